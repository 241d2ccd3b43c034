import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { nowOf, type When } from './clock';
import { getDocument } from './documents';

/** An editing lock lapses after this long without a heartbeat from the editor's page. */
export const LOCK_TIMEOUT_MS = 5 * 60 * 1000;

export type EditLock = {
  userId: number;
  userName: string;
  since: Date;
  heartbeatAt: Date;
  expired: boolean;
  mine: boolean;
};

function requireEditor(actor: Actor, attempted: string, documentId: number) {
  authorize(actor, 'document.lock', { attempted, type: 'document', id: documentId });
  getDocument(actor, documentId);
}

export function getEditLock(actor: Actor, documentId: number, when?: When): EditLock | null {
  getDocument(actor, documentId);
  const row = getDb()
    .select({
      userId: schema.documentLocks.userId,
      userName: schema.users.displayName,
      since: schema.documentLocks.since,
      heartbeatAt: schema.documentLocks.heartbeatAt,
    })
    .from(schema.documentLocks)
    .innerJoin(schema.users, eq(schema.users.id, schema.documentLocks.userId))
    .where(eq(schema.documentLocks.documentId, documentId))
    .get();
  if (!row) return null;
  return {
    ...row,
    expired: nowOf(when).getTime() - row.heartbeatAt.getTime() > LOCK_TIMEOUT_MS,
    mine: actor.kind === 'user' && actor.userId === row.userId,
  };
}

/**
 * Takes or renews the editing lock. Someone else's live lock is only taken with `takeOver`; an expired
 * one is free. The lock is advisory: it tells others who is editing; saves are protected by the base
 * revision check, not by the lock.
 */
export function acquireEditLock(
  actor: Actor,
  documentId: number,
  options: { takeOver?: boolean } = {},
  when?: When,
): EditLock {
  requireEditor(actor, 'documents.lock', documentId);
  const now = nowOf(when);
  const userId = (actor as Extract<Actor, { kind: 'user' }>).userId;
  getDb().transaction(
    (tx) => {
      const current = tx
        .select()
        .from(schema.documentLocks)
        .where(eq(schema.documentLocks.documentId, documentId))
        .get();
      const live = current && now.getTime() - current.heartbeatAt.getTime() <= LOCK_TIMEOUT_MS;
      if (current && current.userId === userId) {
        tx.update(schema.documentLocks)
          .set({ heartbeatAt: now })
          .where(eq(schema.documentLocks.documentId, documentId))
          .run();
      } else if (!current) {
        tx.insert(schema.documentLocks).values({ documentId, userId, since: now, heartbeatAt: now }).run();
      } else if (!live || options.takeOver) {
        tx.update(schema.documentLocks)
          .set({ userId, since: now, heartbeatAt: now })
          .where(eq(schema.documentLocks.documentId, documentId))
          .run();
      }
    },
    { behavior: 'immediate' },
  );
  return getEditLock(actor, documentId, when)!;
}

export function releaseEditLock(actor: Actor, documentId: number): void {
  if (actor.kind !== 'user') return;
  getDb()
    .delete(schema.documentLocks)
    .where(
      and(eq(schema.documentLocks.documentId, documentId), eq(schema.documentLocks.userId, actor.userId)),
    )
    .run();
}

export type ScratchCopy = { baseRevisionId: number | null; headline: string; body: string; savedAt: Date };

/** Autosave: overwrites the actor's one scratch copy of the document. Not a revision. */
export function saveScratchCopy(
  actor: Actor,
  documentId: number,
  copy: Omit<ScratchCopy, 'savedAt'>,
  when?: When,
): Date {
  requireEditor(actor, 'documents.autosave', documentId);
  const userId = (actor as Extract<Actor, { kind: 'user' }>).userId;
  const savedAt = nowOf(when);
  getDb()
    .insert(schema.documentDrafts)
    .values({ documentId, userId, ...copy, savedAt })
    .onConflictDoUpdate({
      target: [schema.documentDrafts.documentId, schema.documentDrafts.userId],
      set: { ...copy, savedAt },
    })
    .run();
  return savedAt;
}

export function getScratchCopy(actor: Actor, documentId: number): ScratchCopy | null {
  if (actor.kind !== 'user') return null;
  return (
    getDb()
      .select({
        baseRevisionId: schema.documentDrafts.baseRevisionId,
        headline: schema.documentDrafts.headline,
        body: schema.documentDrafts.body,
        savedAt: schema.documentDrafts.savedAt,
      })
      .from(schema.documentDrafts)
      .where(
        and(eq(schema.documentDrafts.documentId, documentId), eq(schema.documentDrafts.userId, actor.userId)),
      )
      .get() ?? null
  );
}

export function discardScratchCopy(actor: Actor, documentId: number): void {
  if (actor.kind !== 'user') return;
  getDb()
    .delete(schema.documentDrafts)
    .where(
      and(eq(schema.documentDrafts.documentId, documentId), eq(schema.documentDrafts.userId, actor.userId)),
    )
    .run();
}
