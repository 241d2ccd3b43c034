import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { documentOf, makeUser, newMeeting, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor, type Actor } from './actor';
import {
  authenticateApiToken,
  issueApiToken,
  listApiTokens,
  parseToken,
  recordApiUse,
  revokeApiToken,
  type TokenCheck,
} from './api-tokens';
import { createBody, createMeeting } from './meetings';
import { setUserDisabled, setUserRoles } from './users';
import { approveStep, publishDocument, requestChanges, saveRevision, submitForReview } from './workflow';

let cleanup: () => void;
let admin: Actor;
let bodyId: number;
beforeAll(async () => {
  cleanup = useTempDatabase();
  admin = await makeUser('tok-admin', ['admin']);
  bodyId = createBody(systemActor('seed'), {
    originalLanguage: 'en',
    name: 'the Council',
    meetingName: 'Council Meeting',
  }).id;
});
afterAll(() => cleanup());

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);
const bearer = (token: string) => `Bearer ${token}`;

function tokenActor(check: TokenCheck) {
  if (!check.ok) throw new Error(`token refused: ${check.reason}`);
  return check.actor;
}

describe('issuing and checking tokens', () => {
  it('shows the secret once, keeps only its hash, and turns it back into the account with its scope', async () => {
    const account = await makeUser('oa-system', ['secretary', 'reviewer']);
    const issued = issueApiToken(admin, {
      name: 'Office automation',
      userId: account.userId,
      roles: ['secretary'],
      expiresAt: inDays(90),
    });
    expect(issued.token).toMatch(/^gz_\d+_[A-Za-z0-9_-]{43}$/);
    expect(parseToken(issued.token)?.id).toBe(issued.id);

    const stored = getDb().select().from(schema.apiTokens).where(eq(schema.apiTokens.id, issued.id)).get()!;
    expect(stored.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(parseToken(issued.token)!.secret);

    const check = authenticateApiToken(bearer(issued.token));
    expect(check).toEqual({
      ok: true,
      tokenId: issued.id,
      actor: { kind: 'user', userId: account.userId, roles: ['secretary'], tokenId: issued.id },
    });
    const listed = listApiTokens(admin).find((t) => t.id === issued.id)!;
    expect(listed).toMatchObject({ name: 'Office automation', status: 'active', roles: ['secretary'] });
    expect(listed.lastUsedAt).toBeInstanceOf(Date);
    expect(listed).not.toHaveProperty('secretHash');
  });

  it('refuses a missing, malformed, wrong, expired or revoked token, and one whose account is disabled', async () => {
    const account = await makeUser('portal', ['secretary']);
    const { id, token } = issueApiToken(admin, {
      name: 'Data portal',
      userId: account.userId,
      roles: ['secretary'],
      expiresAt: inDays(1),
    });
    expect(authenticateApiToken(null)).toEqual({ ok: false, reason: 'missing' });
    expect(authenticateApiToken('Basic abc')).toEqual({ ok: false, reason: 'missing' });
    expect(authenticateApiToken('Bearer gz_1_short')).toEqual({ ok: false, reason: 'malformed' });
    const wrong = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect(authenticateApiToken(bearer(wrong))).toEqual({ ok: false, reason: 'unknown', tokenId: id });
    expect(authenticateApiToken(bearer(token), { now: inDays(2) })).toEqual({
      ok: false,
      reason: 'expired',
      tokenId: id,
    });

    setUserDisabled(admin, account.userId, true);
    expect(authenticateApiToken(bearer(token))).toMatchObject({ ok: false, reason: 'account_disabled' });
    setUserDisabled(admin, account.userId, false);
    expect(authenticateApiToken(bearer(token)).ok).toBe(true);

    revokeApiToken(admin, id);
    expect(authenticateApiToken(bearer(token))).toMatchObject({ ok: false, reason: 'revoked' });
    expect(listApiTokens(admin).find((t) => t.id === id)?.status).toBe('revoked');
  });

  it('gives a token no more than its account holds, now and later', async () => {
    const account = await makeUser('feeder', ['secretary']);
    expect(
      refusalOf(() =>
        issueApiToken(admin, {
          name: 'x',
          userId: account.userId,
          roles: ['reviewer'],
          expiresAt: inDays(5),
        }),
      ).key,
    ).toBe('tokens.roleNotHeld');
    const { token } = issueApiToken(admin, {
      name: 'Feeder',
      userId: account.userId,
      roles: ['secretary'],
      expiresAt: inDays(5),
    });
    setUserRoles(admin, account.userId, ['reviewer']);
    expect(tokenActor(authenticateApiToken(bearer(token))).roles).toEqual([]);
  });

  it('lets only administrators issue, list and revoke, with a scope and an expiry within a year', async () => {
    const secretary = await makeUser('not-admin', ['secretary']);
    const target = {
      name: 'y',
      userId: (secretary as { userId: number }).userId,
      roles: ['secretary'] as const,
    };
    expect(
      refusalOf(() => issueApiToken(secretary, { ...target, roles: ['secretary'], expiresAt: inDays(5) }))
        .kind,
    ).toBe('forbidden');
    expect(refusalOf(() => listApiTokens(secretary)).kind).toBe('forbidden');
    expect(refusalOf(() => revokeApiToken(secretary, 1)).kind).toBe('forbidden');
    expect(refusalOf(() => issueApiToken(admin, { ...target, roles: [], expiresAt: inDays(5) })).key).toBe(
      'tokens.scopeRequired',
    );
    expect(
      refusalOf(() => issueApiToken(admin, { ...target, roles: ['secretary'], expiresAt: inDays(366) })).key,
    ).toBe('tokens.expiryRange');
    expect(
      refusalOf(() => issueApiToken(admin, { ...target, roles: ['secretary'], expiresAt: inDays(-1) })).key,
    ).toBe('tokens.expiryRange');
  });
});

describe('the token actor under the workflow rules', () => {
  it('writes and submits, but never signs, even when scoped to every editorial role', async () => {
    const account = await makeUser('all-roles', ['secretary', 'reviewer', 'leader']);
    const { token } = issueApiToken(admin, {
      name: 'Everything',
      userId: account.userId,
      roles: ['secretary', 'reviewer', 'leader'],
      expiresAt: inDays(30),
    });
    const actor = tokenActor(authenticateApiToken(bearer(token)));
    const meetingId = newMeeting(actor, bodyId);
    const minutes = documentOf(meetingId, 'minutes');
    const { revisionId } = saveRevision(actor, {
      documentId: minutes,
      baseRevisionId: null,
      headline: 'Minutes',
      body: 'Text.',
    });
    submitForReview(actor, minutes);

    expect(
      refusalOf(() => approveStep(actor, minutes, revisionId, '', undefined, { confidentiality: true })).key,
    ).toBe('workflow.refused.roleRequired');
    expect(refusalOf(() => requestChanges(actor, minutes, 'No.')).key).toBe('workflow.refused.roleRequired');

    // A person with the leader role signs as usual; the token still cannot publish what was approved.
    const leader = await makeUser('signing-leader', ['leader']);
    approveStep(leader, minutes, revisionId, '', undefined, { confidentiality: true });
    expect(refusalOf(() => publishDocument(actor, minutes)).key).toBe('workflow.refused.roleRequired');
    const doc = getDb().select().from(schema.documents).where(eq(schema.documents.id, minutes)).get()!;
    expect(doc.workingState).toBe('approved');
  });

  it('refuses a token without the secretary role, and names the token in every audit event', async () => {
    const account = await makeUser('reader-system', ['reviewer']);
    const { id, token } = issueApiToken(admin, {
      name: 'Reader',
      userId: account.userId,
      roles: ['reviewer'],
      expiresAt: inDays(30),
    });
    const check = authenticateApiToken(bearer(token));
    const actor = tokenActor(check);
    const error = refusalOf(() =>
      createMeeting(actor, {
        bodyId,
        sessionNumber: 2,
        heldOn: '2031-05-01',
        location: '',
        chairName: 'Wang Lin',
        chairTitle: '',
        attendees: '',
        purpose: '',
        status: 'held',
      }),
    );
    expect(error.kind).toBe('forbidden');
    if (!check.ok) throw new Error('the token was refused');
    recordApiUse(check, {
      method: 'POST',
      endpoint: 'POST /api/v1/meetings',
      status: 403,
      outcome: 'refused',
    });

    const events = getDb()
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.actorId, account.userId))
      .all();
    expect(events.map((e) => [e.action, e.actorKind])).toEqual([
      ['permission.refused', 'token'],
      ['api.request', 'token'],
    ]);
    for (const e of events) expect(JSON.parse(e.detail)).toMatchObject({ tokenId: id });
    expect(JSON.parse(events[1]!.detail)).toMatchObject({ endpoint: 'POST /api/v1/meetings', status: 403 });
  });
});
