import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import type { Actor } from './actor';
import type { DocumentChange } from './document-change';
import { GazetteError } from './errors';
import { dueDocuments, publishDocument } from './workflow';
import { rolesOf } from './users';

export type TickResult = {
  published: DocumentChange[];
  refused: { documentId: number; reason: string }[];
};

// A schedule that was refused (its leader lost the role, or was disabled) stays due until a leader
// unschedules it; it is tried, and its refusal audited, once per process rather than on every tick.
const refusedOnce = new Set<string>();

/**
 * Publishes every scheduled document whose time has come, as the leader who scheduled it (with that
 * user's roles as they are now: a leader who lost the role, or was disabled, publishes nothing), through
 * the same function as "publish now". Safe to run twice: a published document is no longer due.
 */
export function publishDueDocuments(now: Date): TickResult {
  const result: TickResult = { published: [], refused: [] };
  for (const due of dueDocuments(now)) {
    const key = `${due.id}:${due.scheduledFor?.getTime()}`;
    if (refusedOnce.has(key)) continue;
    try {
      result.published.push(
        publishDocument(
          schedulerActor(due.scheduledBy),
          due.id,
          { comment: 'scheduled publication', onlyIfDue: true },
          { now },
        ),
      );
    } catch (error) {
      if (!(error instanceof GazetteError)) throw error;
      refusedOnce.add(key);
      result.refused.push({ documentId: due.id, reason: error.key });
    }
  }
  return result;
}

function schedulerActor(userId: number | null): Actor {
  if (userId === null) return { kind: 'user', userId: -1, roles: [] };
  const db = getDb();
  const user = db
    .select({ disabled: schema.users.disabled })
    .from(schema.users)
    .where(eq(schema.users.id, userId))
    .get();
  return { kind: 'user', userId, roles: user && !user.disabled ? rolesOf(userId) : [] };
}
