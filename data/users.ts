import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import { ROLES, type Role } from '@/domain/vocabulary';
import { dummyPasswordHash, hashPassword, verifyPassword } from '@/data/passwords';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { authorize, authorizeOwnAccount } from './authorize';
import { conflict, invalid, notFound } from './errors';
import { clearFailures, isThrottled, recordFailure, throttleKeys } from './signin-throttle';

export type SessionUser = {
  id: number;
  displayName: string;
  roles: Role[];
  sessionVersion: number;
  locale: 'en' | 'zh';
};

export type UserSummary = {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  disabled: boolean;
  createdAt: Date;
  /** The unit the user belongs to: a unit liaison reads the issued minutes distributed to it. */
  unitId: number | null;
};

/** A user's roles, in the vocabulary's order. */
export function rolesOf(userId: number): Role[] {
  return getDb()
    .select({ role: schema.userRoles.role })
    .from(schema.userRoles)
    .where(eq(schema.userRoles.userId, userId))
    .all()
    .map((r) => r.role)
    .sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
}

/**
 * Checks a sign-in. Unknown user, disabled user and wrong password give the same answer (null) after the
 * same amount of work. Every attempt is audited.
 */
export async function verifyCredentials(
  username: string,
  password: string,
  address = 'unknown',
): Promise<SessionUser | null> {
  const db = getDb();
  const user = db
    .select({
      id: schema.users.id,
      displayName: schema.users.displayName,
      passwordHash: schema.users.passwordHash,
      disabled: schema.users.disabled,
      sessionVersion: schema.users.sessionVersion,
      locale: schema.users.locale,
    })
    .from(schema.users)
    .where(eq(schema.users.username, username.trim().toLowerCase()))
    .get();
  const keys = throttleKeys(username.trim().toLowerCase(), address, user !== undefined);
  if (isThrottled(keys)) {
    // Same answer, same work, as any other refusal; the attempt is not even checked.
    await verifyPassword(await dummyPasswordHash(), password);
    recordAudit(null, {
      action: 'signin.throttled',
      subjectType: 'user',
      detail: { username: username.slice(0, 100), address },
    });
    return null;
  }
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid || user.disabled) {
    recordFailure(keys);
    recordAudit(null, {
      action: 'signin.failed',
      subjectType: 'user',
      subjectId: user?.id ?? '',
      detail: { username: username.slice(0, 100) },
    });
    return null;
  }
  clearFailures(keys);
  const actor: Actor = { kind: 'user', userId: user.id, roles: rolesOf(user.id) };
  recordAudit(actor, { action: 'signin.succeeded', subjectType: 'user', subjectId: user.id });
  return {
    id: user.id,
    displayName: user.displayName,
    roles: [...actor.roles],
    sessionVersion: user.sessionVersion,
    locale: user.locale,
  };
}

/**
 * The user behind a session, if the session is still valid: still open (not signed out), the user's
 * session version unchanged, the user not disabled.
 */
export function loadSessionUser(
  userId: number,
  sessionVersion: number,
  sessionId: string,
): SessionUser | null {
  const user = getDb()
    .select({
      id: schema.users.id,
      displayName: schema.users.displayName,
      disabled: schema.users.disabled,
      sessionVersion: schema.users.sessionVersion,
      locale: schema.users.locale,
    })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .where(and(eq(schema.sessions.id, sessionId), eq(schema.sessions.userId, userId)))
    .get();
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  return { ...user, roles: rolesOf(user.id) };
}

export function listUsers(actor: Actor): UserSummary[] {
  authorize(actor, 'users.manage', { attempted: 'users.list', type: 'user' });
  const db = getDb();
  const rows = db
    .select({
      id: schema.users.id,
      username: schema.users.username,
      displayName: schema.users.displayName,
      email: schema.users.email,
      disabled: schema.users.disabled,
      createdAt: schema.users.createdAt,
      unitId: schema.users.unitId,
      roles: sql<string | null>`group_concat(${schema.userRoles.role})`,
    })
    .from(schema.users)
    .leftJoin(schema.userRoles, eq(schema.userRoles.userId, schema.users.id))
    .groupBy(schema.users.id)
    .orderBy(asc(schema.users.username))
    .all();
  return rows.map((r) => ({
    ...r,
    roles: ((r.roles?.split(',') ?? []) as Role[]).sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b)),
  }));
}

export type NewUser = {
  username: string;
  displayName: string;
  email?: string;
  password: string;
  roles: Role[];
};

export async function createUser(actor: Actor, input: NewUser): Promise<{ id: number }> {
  authorize(actor, 'users.manage', { attempted: 'users.create', type: 'user' });
  const passwordHash = await hashPassword(input.password);
  const username = input.username.trim().toLowerCase();
  const db = getDb();
  return db.transaction(
    (tx) => {
      const taken = tx
        .select({ id: schema.users.id })
        .from(schema.users)
        .where(eq(schema.users.username, username))
        .get();
      if (taken) throw conflict('users.usernameTaken', { username });
      const created = tx
        .insert(schema.users)
        .values({
          username,
          displayName: input.displayName.trim(),
          email: input.email?.trim() || null,
          passwordHash,
        })
        .returning({ id: schema.users.id })
        .get();
      if (input.roles.length) {
        tx.insert(schema.userRoles)
          .values([...new Set(input.roles)].map((role) => ({ userId: created.id, role })))
          .run();
      }
      recordAudit(
        actor,
        {
          action: 'user.created',
          subjectType: 'user',
          subjectId: created.id,
          detail: { username, roles: input.roles },
        },
        tx,
      );
      return created;
    },
    { behavior: 'immediate' },
  );
}

function bumpSessionVersion(tx: Tx, userId: number) {
  tx.update(schema.users)
    .set({ sessionVersion: sql`${schema.users.sessionVersion} + 1` })
    .where(eq(schema.users.id, userId))
    .run();
}

function requireExistingUser(userId: number) {
  const found = getDb()
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.id, userId))
    .get();
  if (!found) throw notFound();
}

/** Replaces a user's roles; their sessions end so the new roles apply at once. */
export function setUserRoles(actor: Actor, userId: number, roles: Role[]): void {
  authorize(actor, 'users.manage', { attempted: 'users.setRoles', type: 'user', id: userId });
  requireExistingUser(userId);
  if (actor.kind === 'user' && actor.userId === userId && !roles.includes('admin')) {
    throw conflict('users.cannotDropOwnAdmin');
  }
  getDb().transaction(
    (tx) => {
      tx.delete(schema.userRoles).where(eq(schema.userRoles.userId, userId)).run();
      if (roles.length) {
        tx.insert(schema.userRoles)
          .values([...new Set(roles)].map((role) => ({ userId, role })))
          .run();
      }
      bumpSessionVersion(tx, userId);
      recordAudit(
        actor,
        { action: 'user.rolesChanged', subjectType: 'user', subjectId: userId, detail: { roles } },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

/**
 * Puts a user in one of the bodies' units, or in none. It matters to a unit liaison, who reads the issued
 * minutes distributed to that unit; it is read at each request, so the user's sessions carry on.
 */
export function setUserUnit(actor: Actor, userId: number, unitId: number | null): void {
  authorize(actor, 'users.manage', { attempted: 'users.setUnit', type: 'user', id: userId });
  requireExistingUser(userId);
  getDb().transaction(
    (tx) => {
      if (unitId !== null) {
        const unit = tx
          .select({ id: schema.units.id })
          .from(schema.units)
          .where(eq(schema.units.id, unitId))
          .get();
        if (!unit) throw invalid('users.unknownUnit');
      }
      tx.update(schema.users).set({ unitId }).where(eq(schema.users.id, userId)).run();
      recordAudit(
        actor,
        { action: 'user.unitChanged', subjectType: 'user', subjectId: userId, detail: { unitId } },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

export function setUserDisabled(actor: Actor, userId: number, disabled: boolean): void {
  authorize(actor, 'users.manage', {
    attempted: disabled ? 'users.disable' : 'users.enable',
    type: 'user',
    id: userId,
  });
  requireExistingUser(userId);
  if (actor.kind === 'user' && actor.userId === userId) throw conflict('users.cannotDisableSelf');
  getDb().transaction(
    (tx) => {
      tx.update(schema.users).set({ disabled }).where(eq(schema.users.id, userId)).run();
      bumpSessionVersion(tx, userId);
      recordAudit(
        actor,
        { action: disabled ? 'user.disabled' : 'user.enabled', subjectType: 'user', subjectId: userId },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

export async function resetUserPassword(actor: Actor, userId: number, newPassword: string): Promise<void> {
  authorize(actor, 'users.manage', { attempted: 'users.resetPassword', type: 'user', id: userId });
  requireExistingUser(userId);
  const passwordHash = await hashPassword(newPassword);
  getDb().transaction(
    (tx) => {
      tx.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, userId)).run();
      bumpSessionVersion(tx, userId);
      recordAudit(actor, { action: 'user.passwordReset', subjectType: 'user', subjectId: userId }, tx);
    },
    { behavior: 'immediate' },
  );
}

/** Everyone may change their own password, given the current one. Other sessions end; this one is renewed. */
export async function changeOwnPassword(
  actor: Actor,
  current: string,
  next: string,
): Promise<{ sessionVersion: number }> {
  authorizeOwnAccount(actor, 'users.changeOwnPassword');
  const db = getDb();
  const user = db
    .select({ passwordHash: schema.users.passwordHash })
    .from(schema.users)
    .where(and(eq(schema.users.id, actor.userId), eq(schema.users.disabled, false)))
    .get();
  if (!user) throw notFound();
  if (!(await verifyPassword(user.passwordHash, current))) {
    recordAudit(actor, { action: 'user.passwordChangeFailed', subjectType: 'user', subjectId: actor.userId });
    throw conflict('account.wrongCurrentPassword');
  }
  const passwordHash = await hashPassword(next);
  return db.transaction(
    (tx) => {
      const updated = tx
        .update(schema.users)
        .set({ passwordHash, sessionVersion: sql`${schema.users.sessionVersion} + 1` })
        .where(eq(schema.users.id, actor.userId))
        .returning({ sessionVersion: schema.users.sessionVersion })
        .get();
      recordAudit(
        actor,
        { action: 'user.passwordChanged', subjectType: 'user', subjectId: actor.userId },
        tx,
      );
      return updated;
    },
    { behavior: 'immediate' },
  );
}

export function countUsers(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(schema.users)
      .get()?.n ?? 0
  );
}

/** Everyone chooses the language their workspace speaks. */
export function setOwnLocale(actor: Actor, locale: 'en' | 'zh'): void {
  authorizeOwnAccount(actor, 'users.setOwnLocale');
  getDb().update(schema.users).set({ locale }).where(eq(schema.users.id, actor.userId)).run();
  recordAudit(actor, {
    action: 'user.localeChanged',
    subjectType: 'user',
    subjectId: actor.userId,
    detail: { locale },
  });
}
