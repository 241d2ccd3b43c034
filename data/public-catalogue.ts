import 'server-only';
import { asc } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { releaseAddress, type ReleaseAddress } from '@/domain/release-address';
import type { ContentLanguage, DocumentKind, Validity } from '@/domain/vocabulary';
import { PUBLIC_ISSUED, PUBLISHED_ENTRY, preparedPublicStatement as prepared } from './public-documents';
import { getSiteSettings } from './site-settings';

// The public disclosure catalogue (政府信息公开目录): every published release and issued document of an
// edition's language, filtered and a page at a time. Public reads need no actor.

export const CATALOGUE_KINDS = ['press_release', 'policy_document', 'interpretation'] as const;
export const CATALOGUE_PAGE_SIZE = 20;

export type CatalogueFilters = {
  bodyId: number | null;
  categoryId: number | null;
  year: number | null;
  validity: Validity | null;
  kind: (typeof CATALOGUE_KINDS)[number] | null;
  q: string;
  page: number;
};

export type CatalogueRow = ReleaseAddress & {
  kind: DocumentKind;
  language: ContentLanguage;
  headline: string;
  indexNumber: string | null;
  documentNumber: string;
  firstPublishedAt: Date;
  /** Null for a release, which has no validity. */
  validity: Validity | null;
};

/** The instant a calendar year starts in a time zone (zones without daylight saving at New Year). */
function startOfYear(year: number, timeZone: string): number {
  const guess = Date.UTC(year, 0, 1);
  const wall = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(guess));
  const part = (type: string) => Number(wall.find((p) => p.type === type)?.value);
  const shown = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return guess - (shown - guess);
}

const FROM = `FROM documents d
  JOIN meetings m ON m.id = d.meeting_id
  JOIN revisions r ON r.id = d.published_revision_id
  LEFT JOIN catalogue_entries pc ON pc.revision_id = ${PUBLISHED_ENTRY}
  LEFT JOIN index_numbers ix ON ix.document_id = d.id`;

const WHERE = `WHERE d.language = @edition AND d.kind IN ('press_release', 'policy_document', 'interpretation')
  AND ((d.kind = 'press_release' AND d.visibility = 'public' AND d.publication_state = 'published')
    OR (${PUBLIC_ISSUED}))
  AND (@kind IS NULL OR d.kind = @kind)
  AND (@body IS NULL OR m.body_id = @body)
  AND (@category IS NULL OR pc.category_id = @category)
  AND (@validity IS NULL OR (d.kind <> 'press_release' AND d.validity = @validity))
  AND (@from IS NULL OR (d.first_published_at >= @from AND d.first_published_at < @until))
  AND (@q IS NULL OR r.headline LIKE @q ESCAPE '\\' OR pc.document_number LIKE @q ESCAPE '\\'
    OR ix.index_number LIKE @q ESCAPE '\\')`;

/** One page of an edition's catalogue, newest first, and how many match. */
export function listCatalogue(
  edition: ContentLanguage,
  filters: CatalogueFilters,
): { rows: CatalogueRow[]; total: number } {
  const { timeZone } = getSiteSettings();
  const q = filters.q.trim();
  const params = {
    edition,
    kind: filters.kind,
    body: filters.bodyId,
    category: filters.categoryId,
    validity: filters.validity,
    from: filters.year === null ? null : startOfYear(filters.year, timeZone),
    until: filters.year === null ? null : startOfYear(filters.year + 1, timeZone),
    q: q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
  };
  const total = (prepared(`SELECT count(*) AS n ${FROM} ${WHERE}`).get(params) as { n: number }).n;
  const rows = prepared(
    `SELECT d.id, d.kind, d.slug, d.first_published_at, d.language, d.validity, r.headline,
       ix.index_number, pc.document_number
     ${FROM} ${WHERE}
     ORDER BY d.first_published_at DESC, d.id DESC LIMIT @limit OFFSET @offset`,
  ).all({
    ...params,
    limit: CATALOGUE_PAGE_SIZE,
    offset: (Math.max(1, filters.page) - 1) * CATALOGUE_PAGE_SIZE,
  }) as {
    id: number;
    kind: DocumentKind;
    slug: string | null;
    first_published_at: number;
    language: ContentLanguage;
    validity: Validity;
    headline: string;
    index_number: string | null;
    document_number: string | null;
  }[];
  return {
    total,
    rows: rows.map((r) => ({
      ...releaseAddress(
        { id: r.id, slug: r.slug, firstPublishedAt: new Date(r.first_published_at) },
        timeZone,
      ),
      kind: r.kind,
      language: r.language,
      headline: r.headline,
      indexNumber: r.index_number,
      documentNumber: r.document_number ?? '',
      firstPublishedAt: new Date(r.first_published_at),
      validity: r.kind === 'press_release' ? null : r.validity,
    })),
  };
}

/** What the catalogue's filters offer: the bodies, the topic categories. */
export function catalogueChoices() {
  const db = getDb();
  return {
    bodies: db
      .select({ id: schema.bodies.id, name: schema.bodies.name, nameZh: schema.bodies.nameZh })
      .from(schema.bodies)
      .orderBy(asc(schema.bodies.id))
      .all(),
    categories: db.select().from(schema.topicCategories).orderBy(asc(schema.topicCategories.code)).all(),
  };
}
