import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb, schema } from '@/db';
import { ROLES, type Role } from '@/domain/vocabulary';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { recordAudit } from './audit';
import { nowOf, type When } from './clock';
import { invalid, notFound } from './errors';
import { rolesOf } from './users';

// API tokens: issued by an administrator for another system, acting for one account with at most the
// roles of its scope. The secret is shown once and only its SHA-256 hash is kept.

/** The roles a token may be scoped to: the editorial ones. Administration is never done with a token. */
export const TOKEN_SCOPES = ['secretary', 'reviewer', 'leader'] as const satisfies readonly Role[];
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The expiry a new token is offered: DEFAULT_TOKEN_DAYS from now. */
export const defaultTokenExpiry = (when?: When) =>
  new Date(nowOf(when).getTime() + DEFAULT_TOKEN_DAYS * DAY_MS);

const TOKEN_FORMAT = /^gz_([1-9]\d{0,11})_([A-Za-z0-9_-]{43})$/;

export const formatToken = (id: number, secret: string) => `gz_${id}_${secret}`;

/** The token's id and secret, or null when the text cannot be a token at all. */
export function parseToken(raw: string): { id: number; secret: string } | null {
  const match = TOKEN_FORMAT.exec(raw);
  return match ? { id: Number(match[1]), secret: match[2]! } : null;
}

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

const parseRoles = (stored: string): Role[] =>
  stored.split(',').filter((r): r is Role => (ROLES as readonly string[]).includes(r));

export type TokenInput = { name: string; userId: number; roles: TokenScope[]; expiresAt: Date };

/**
 * Issues a token for an account. Its scope must be roles the account holds now (a token never has more
 * power than its account), and it must expire within a year. Returns the token text: the only time it exists.
 */
export function issueApiToken(
  actor: Actor,
  input: TokenInput,
  when?: When,
): { id: number; token: string; expiresAt: Date } {
  authorize(actor, 'apiTokens.manage', { attempted: 'apiTokens.issue', type: 'api_token' });
  const now = nowOf(when);
  const roles = [...new Set(input.roles)];
  if (roles.length === 0 || roles.some((r) => !TOKEN_SCOPES.includes(r)))
    throw invalid('tokens.scopeRequired');
  const days = (input.expiresAt.getTime() - now.getTime()) / DAY_MS;
  if (Number.isNaN(days) || days <= 0 || days > MAX_TOKEN_DAYS)
    throw invalid('tokens.expiryRange', { max: MAX_TOKEN_DAYS });
  const account = getDb()
    .select({ disabled: schema.users.disabled })
    .from(schema.users)
    .where(eq(schema.users.id, input.userId))
    .get();
  if (!account) throw notFound();
  if (account.disabled) throw invalid('tokens.accountDisabled');
  const held = rolesOf(input.userId);
  const missing = roles.find((r) => !held.includes(r));
  if (missing) throw invalid('tokens.roleNotHeld', { role: missing });

  const secret = randomBytes(32).toString('base64url');
  const id = getDb().transaction(
    (tx) => {
      const row = tx
        .insert(schema.apiTokens)
        .values({
          name: input.name,
          userId: input.userId,
          roles: roles.join(','),
          secretHash: hashSecret(secret),
          createdBy: actor.kind === 'user' ? actor.userId : null,
          createdAt: now,
          expiresAt: input.expiresAt,
        })
        .returning({ id: schema.apiTokens.id })
        .get();
      recordAudit(
        actor,
        {
          action: 'apiToken.issued',
          subjectType: 'api_token',
          subjectId: row.id,
          detail: { name: input.name, userId: input.userId, roles, expiresAt: input.expiresAt.toISOString() },
          at: now,
        },
        tx,
      );
      return row.id;
    },
    { behavior: 'immediate' },
  );
  return { id, token: formatToken(id, secret), expiresAt: input.expiresAt };
}

export type TokenStatus = 'active' | 'expired' | 'revoked';

export type ApiTokenSummary = {
  id: number;
  name: string;
  accountName: string;
  accountUsername: string;
  roles: Role[];
  createdAt: Date;
  createdByName: string | null;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  status: TokenStatus;
};

const statusOf = (t: { revokedAt: Date | null; expiresAt: Date }, now: Date): TokenStatus =>
  t.revokedAt ? 'revoked' : t.expiresAt <= now ? 'expired' : 'active';

/** Every token, newest first, without its hash. */
export function listApiTokens(actor: Actor, when?: When): ApiTokenSummary[] {
  authorize(actor, 'apiTokens.manage', { attempted: 'apiTokens.list', type: 'api_token' });
  const now = nowOf(when);
  const issuer = alias(schema.users, 'issuer');
  return getDb()
    .select({
      id: schema.apiTokens.id,
      name: schema.apiTokens.name,
      accountName: schema.users.displayName,
      accountUsername: schema.users.username,
      roles: schema.apiTokens.roles,
      createdAt: schema.apiTokens.createdAt,
      createdByName: issuer.displayName,
      expiresAt: schema.apiTokens.expiresAt,
      lastUsedAt: schema.apiTokens.lastUsedAt,
      revokedAt: schema.apiTokens.revokedAt,
    })
    .from(schema.apiTokens)
    .innerJoin(schema.users, eq(schema.users.id, schema.apiTokens.userId))
    .leftJoin(issuer, eq(issuer.id, schema.apiTokens.createdBy))
    .orderBy(desc(schema.apiTokens.id))
    .all()
    .map((t) => ({ ...t, roles: parseRoles(t.roles), status: statusOf(t, now) }));
}

/** Revokes a token at once; the record stays, for the audit trail. Revoking twice changes nothing. */
export function revokeApiToken(actor: Actor, tokenId: number, when?: When): void {
  authorize(actor, 'apiTokens.manage', { attempted: 'apiTokens.revoke', type: 'api_token', id: tokenId });
  const now = nowOf(when);
  getDb().transaction(
    (tx) => {
      const token = tx
        .select({ revokedAt: schema.apiTokens.revokedAt, name: schema.apiTokens.name })
        .from(schema.apiTokens)
        .where(eq(schema.apiTokens.id, tokenId))
        .get();
      if (!token) throw notFound();
      if (token.revokedAt) return;
      tx.update(schema.apiTokens)
        .set({ revokedAt: now, revokedBy: actor.kind === 'user' ? actor.userId : null })
        .where(eq(schema.apiTokens.id, tokenId))
        .run();
      recordAudit(
        actor,
        {
          action: 'apiToken.revoked',
          subjectType: 'api_token',
          subjectId: tokenId,
          detail: { name: token.name },
          at: now,
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

export type TokenRefusal = 'missing' | 'malformed' | 'unknown' | 'revoked' | 'expired' | 'account_disabled';

export type TokenCheck =
  | { ok: true; actor: Extract<Actor, { kind: 'user' }>; tokenId: number }
  | { ok: false; reason: TokenRefusal; tokenId?: number };

/**
 * Turns an Authorization header into the token's actor: its account, with the roles of its scope that the
 * account still holds (a role taken from the account is taken from its tokens too). Records the use time.
 */
export function authenticateApiToken(authorization: string | null, when?: When): TokenCheck {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!bearer) return { ok: false, reason: 'missing' };
  const parsed = parseToken(bearer[1]!);
  if (!parsed) return { ok: false, reason: 'malformed' };
  const now = nowOf(when);
  const db = getDb();
  const row = db
    .select({
      userId: schema.apiTokens.userId,
      roles: schema.apiTokens.roles,
      secretHash: schema.apiTokens.secretHash,
      expiresAt: schema.apiTokens.expiresAt,
      revokedAt: schema.apiTokens.revokedAt,
      disabled: schema.users.disabled,
    })
    .from(schema.apiTokens)
    .innerJoin(schema.users, eq(schema.users.id, schema.apiTokens.userId))
    .where(eq(schema.apiTokens.id, parsed.id))
    .get();
  const given = Buffer.from(hashSecret(parsed.secret), 'hex');
  // Compared in constant time, and hashed even for an unknown id, so timing tells nothing of the secret.
  const matches = row ? timingSafeEqual(given, Buffer.from(row.secretHash, 'hex')) : false;
  if (!row || !matches) return { ok: false, reason: 'unknown', tokenId: parsed.id };
  if (row.revokedAt) return { ok: false, reason: 'revoked', tokenId: parsed.id };
  if (row.expiresAt <= now) return { ok: false, reason: 'expired', tokenId: parsed.id };
  if (row.disabled) return { ok: false, reason: 'account_disabled', tokenId: parsed.id };
  const held = rolesOf(row.userId);
  db.update(schema.apiTokens).set({ lastUsedAt: now }).where(eq(schema.apiTokens.id, parsed.id)).run();
  return {
    ok: true,
    tokenId: parsed.id,
    actor: {
      kind: 'user',
      userId: row.userId,
      roles: parseRoles(row.roles).filter((r) => held.includes(r)),
      tokenId: parsed.id,
    },
  };
}

export type ApiUse = { method: string; endpoint: string; status: number; outcome: string };

/**
 * One audit event per request made with a valid token: who, which token, what, and how it ended. (Requests
 * without one are counted per address instead: data/anonymous-refusals.ts.)
 */
export function recordApiUse(check: Extract<TokenCheck, { ok: true }>, use: ApiUse): void {
  recordAudit(check.actor, {
    action: 'api.request',
    subjectType: 'api_token',
    subjectId: check.tokenId,
    detail: use,
  });
}
