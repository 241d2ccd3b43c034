import 'server-only';
import { eq } from 'drizzle-orm';
import { schema, type Tx } from '@/db';
import { releaseSlug } from '@/domain/slug';

/** The slug a press release gets when it is published (domain/slug.ts `releaseSlug`), inside the transaction. */
export function publishedSlug(tx: Tx, documentId: number, headline: string): string {
  const row = tx
    .select({
      language: schema.documents.language,
      sessionNumber: schema.meetings.sessionNumber,
      heldOn: schema.meetings.heldOn,
    })
    .from(schema.documents)
    .innerJoin(schema.meetings, eq(schema.meetings.id, schema.documents.meetingId))
    .where(eq(schema.documents.id, documentId))
    .get();
  // The document is the one this transaction is publishing: it exists.
  return releaseSlug({ ...row!, headline });
}
