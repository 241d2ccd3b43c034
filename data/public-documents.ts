import 'server-only';
import type Database from 'better-sqlite3';
import { getDb, type Db } from '@/db';
import { releaseAddress, type ReleaseAddress } from '@/domain/release-address';
import type { ContentLanguage, DocumentChangeKind, IssuedKind, Validity } from '@/domain/vocabulary';
import { getSiteSettings } from './site-settings';

// What the public may read of issued documents (policy documents and interpretations): published, public,
// and disclosed proactively as of the published revision. Public reads need no actor: nothing else is
// selected. Raw statements, prepared once per connection (the catalogue is read on every public request).

const connection = (db: Db) => (db as Db & { $client: Database.Database }).$client;
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function prepared(text: string): Database.Statement {
  const sqlite = connection(getDb());
  let cache = statements.get(sqlite);
  if (!cache) statements.set(sqlite, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = sqlite.prepare(text)));
  return statement;
}

/** The catalogue entry of a document's published revision: the newest at or before it. */
const PUBLISHED_ENTRY = `(SELECT ce.revision_id FROM catalogue_entries ce
  WHERE ce.document_id = d.id AND ce.revision_id <= d.published_revision_id
  ORDER BY ce.revision_id DESC LIMIT 1)`;

/** A published, public, proactively disclosed issued document (`d`, its entry `pc` left-joined). */
const PUBLIC_ISSUED = `d.kind IN ('policy_document', 'interpretation') AND d.visibility = 'public'
  AND d.publication_state = 'published' AND coalesce(pc.disclosure, 'proactive') = 'proactive'`;

export type PublicAddressOf = ReleaseAddress & { language: ContentLanguage; headline: string };

export type PublicIssuedDocument = ReleaseAddress & {
  kind: IssuedKind;
  language: ContentLanguage;
  headline: string;
  body: string;
  firstPublishedAt: Date;
  lastPublishedAt: Date;
  correctionNote: string;
  indexNumber: string | null;
  issuingBody: string;
  documentNumber: string;
  writtenOn: string | null;
  effectiveOn: string | null;
  validUntil: string | null;
  category: { name: string; nameZh: string } | null;
  validity: Validity;
  validityChangedOn: string | null;
  /** The published document that amended or repealed this one. */
  changedBy: PublicAddressOf | null;
  /** What this one does to an earlier document, and which. */
  changes: { kind: DocumentChangeKind; target: PublicAddressOf } | null;
  policy: PublicAddressOf | null;
  interpretations: PublicAddressOf[];
  /** The same document in the other language. */
  counterpart: PublicAddressOf | null;
  /** The press release of the meeting that adopted it, in its language when published. */
  release: PublicAddressOf | null;
};

type AddressRow = {
  id: number;
  slug: string | null;
  first_published_at: number;
  language: ContentLanguage;
  headline: string;
};

function addressOf(row: AddressRow | undefined, timeZone: string): PublicAddressOf | null {
  if (!row) return null;
  return {
    ...releaseAddress(
      { id: row.id, slug: row.slug, firstPublishedAt: new Date(row.first_published_at) },
      timeZone,
    ),
    language: row.language,
    headline: row.headline,
  };
}

const ADDRESS_SELECT = `SELECT d.id, d.slug, d.first_published_at, d.language, r.headline
  FROM documents d JOIN revisions r ON r.id = d.published_revision_id
  LEFT JOIN catalogue_entries pc ON pc.revision_id = ${PUBLISHED_ENTRY}`;

/** A published issued document the public may read, by id; null otherwise (never, withdrawn, not disclosed). */
export function getPublishedIssued(id: number): PublicIssuedDocument | null {
  const row = prepared(
    `SELECT d.*, r.headline, r.body, pc.issuing_body, pc.document_number, pc.written_on, pc.effective_on,
       pc.valid_until, pc.changes_document_id, pc.change_kind, tc.name AS category_name,
       tc.name_zh AS category_name_zh, ix.index_number
     FROM documents d JOIN revisions r ON r.id = d.published_revision_id
     LEFT JOIN catalogue_entries pc ON pc.revision_id = ${PUBLISHED_ENTRY}
     LEFT JOIN topic_categories tc ON tc.id = pc.category_id
     LEFT JOIN index_numbers ix ON ix.document_id = d.id
     WHERE d.id = ? AND ${PUBLIC_ISSUED}`,
  ).get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const { timeZone } = getSiteSettings();
  const one = (where: string, ...params: unknown[]) =>
    addressOf(
      prepared(`${ADDRESS_SELECT} WHERE ${where} AND ${PUBLIC_ISSUED} ORDER BY d.id LIMIT 1`).get(
        ...params,
      ) as AddressRow | undefined,
      timeZone,
    );
  const language = row.language as ContentLanguage;
  const originalId = (row.translation_of_id as number | null) ?? id;
  const changesId = row.changes_document_id as number | null;
  return {
    ...releaseAddress(
      {
        id,
        slug: row.slug as string | null,
        firstPublishedAt: new Date(row.first_published_at as number),
      },
      timeZone,
    ),
    kind: row.kind as IssuedKind,
    language,
    headline: row.headline as string,
    body: row.body as string,
    firstPublishedAt: new Date(row.first_published_at as number),
    lastPublishedAt: new Date(row.last_published_at as number),
    correctionNote: row.correction_note as string,
    indexNumber: (row.index_number as string | null) ?? null,
    issuingBody: (row.issuing_body as string | null) ?? '',
    documentNumber: (row.document_number as string | null) ?? '',
    writtenOn: (row.written_on as string | null) ?? null,
    effectiveOn: (row.effective_on as string | null) ?? null,
    validUntil: (row.valid_until as string | null) ?? null,
    category: row.category_name
      ? { name: row.category_name as string, nameZh: (row.category_name_zh as string) || '' }
      : null,
    validity: row.validity as Validity,
    validityChangedOn: (row.validity_changed_on as string | null) ?? null,
    changedBy: row.validity_changed_by_id ? one('d.id = ?', row.validity_changed_by_id) : null,
    changes:
      changesId !== null && row.change_kind
        ? (() => {
            const target = one('d.id = ?', changesId);
            return target ? { kind: row.change_kind as DocumentChangeKind, target } : null;
          })()
        : null,
    policy: row.interprets_id ? one('d.id = ?', row.interprets_id) : null,
    interpretations: (
      prepared(`${ADDRESS_SELECT} WHERE d.interprets_id = ? AND ${PUBLIC_ISSUED} ORDER BY d.id`).all(
        id,
      ) as AddressRow[]
    ).flatMap((r) => addressOf(r, timeZone) ?? []),
    counterpart: one('(d.id = ? OR d.translation_of_id = ?) AND d.id <> ?', originalId, originalId, id),
    release: addressOf(
      prepared(
        `SELECT d.id, d.slug, d.first_published_at, d.language, r.headline
         FROM documents d JOIN revisions r ON r.id = d.published_revision_id
         WHERE d.meeting_id = ? AND d.kind = 'press_release' AND d.visibility = 'public'
           AND d.publication_state = 'published'
         ORDER BY d.language = ? DESC, d.id LIMIT 1`,
      ).get(row.meeting_id, language) as AddressRow | undefined,
      timeZone,
    ),
  };
}

/** Whether an issued document's published revision is disclosed proactively (only those are public). */
export function isProactivelyDisclosed(id: number): boolean {
  return Boolean(
    prepared(
      `SELECT 1 FROM documents d LEFT JOIN catalogue_entries pc ON pc.revision_id = ${PUBLISHED_ENTRY}
       WHERE d.id = ? AND coalesce(pc.disclosure, 'proactive') = 'proactive'`,
    ).get(id),
  );
}

/** Whether a public issued document was withdrawn (its page answers 410), as opposed to never published. */
export function isWithdrawnIssued(id: number): boolean {
  return Boolean(
    prepared(
      `SELECT 1 FROM documents d WHERE d.id = ? AND d.kind IN ('policy_document', 'interpretation')
       AND d.visibility = 'public' AND d.publication_state = 'withdrawn'`,
    ).get(id),
  );
}

/**
 * For a release's page: each adopted title's published issued document in the release's language (or
 * the other one when it has none in it), by decision id. The one change the release page needs.
 */
export function publishedDocumentsOfMeeting(
  meetingId: number,
  language: ContentLanguage,
): Map<number, PublicAddressOf> {
  const { timeZone } = getSiteSettings();
  const rows = prepared(
    `SELECT d.decision_id, d.id, d.slug, d.first_published_at, d.language, r.headline
     FROM documents d JOIN revisions r ON r.id = d.published_revision_id
     LEFT JOIN catalogue_entries pc ON pc.revision_id = ${PUBLISHED_ENTRY}
     WHERE d.meeting_id = ? AND d.kind = 'policy_document' AND ${PUBLIC_ISSUED}
     ORDER BY d.language = ? ASC, d.id`,
  ).all(meetingId, language) as (AddressRow & { decision_id: number })[];
  // Rows in the other language come first, so the release's own language wins.
  const byDecision = new Map<number, PublicAddressOf>();
  for (const row of rows) byDecision.set(row.decision_id, addressOf(row, timeZone)!);
  return byDecision;
}

/** The published policy documents a published release's meeting adopted, in the release's language first. */
export function issuedDocumentsOfRelease(releaseId: number, language: ContentLanguage): PublicAddressOf[] {
  const meeting = prepared(
    `SELECT meeting_id FROM documents WHERE id = ? AND kind = 'press_release' AND publication_state = 'published'`,
  ).get(releaseId) as { meeting_id: number } | undefined;
  return meeting ? [...publishedDocumentsOfMeeting(meeting.meeting_id, language).values()] : [];
}

export { PUBLISHED_ENTRY, PUBLIC_ISSUED, prepared as preparedPublicStatement };
