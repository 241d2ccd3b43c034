import 'server-only';
import { and, eq } from 'drizzle-orm';
import { schema, type Tx } from '@/db';
import { conflict } from './errors';

type DocumentRow = typeof schema.documents.$inferSelect;

// A policy document and its interpretation go out together (同步发布): the interpretation never before its
// policy, and the policy without it only where the site's setting allows.

/**
 * For an interpretation being published (or scheduled for `scheduleAt`): whether its policy document is not
 * live by then. Any other document waits for nothing here.
 */
export function policyWaiting(tx: Tx, doc: DocumentRow, scheduleAt?: Date): boolean {
  if (doc.kind !== 'interpretation' || doc.interpretsId === null) return false;
  const policy = tx.select().from(schema.documents).where(eq(schema.documents.id, doc.interpretsId)).get();
  if (!policy) return true;
  if (policy.publicationState === 'published') return false;
  return !(
    scheduleAt !== undefined &&
    policy.workingState === 'scheduled' &&
    policy.scheduledFor !== null &&
    policy.scheduledFor <= scheduleAt
  );
}

/**
 * Refuses a policy's publication on its own (not in one step with its interpretation) when the site
 * requires the interpretation with it and none is published yet.
 */
export function assertMayGoWithoutInterpretation(tx: Tx, doc: DocumentRow): void {
  const allowed = tx
    .select({ on: schema.siteSettings.policyWithoutInterpretation })
    .from(schema.siteSettings)
    .get()?.on;
  if (allowed !== false) return;
  const published = tx
    .select({ id: schema.documents.id })
    .from(schema.documents)
    .where(and(eq(schema.documents.interpretsId, doc.id), eq(schema.documents.publicationState, 'published')))
    .get();
  if (!published) throw conflict('issued.refused.interpretationWithPolicy');
}
