import Link from 'next/link';
import type { PublicAddressOf, PublicIssuedDocument } from '@/data/public-documents';
import { documentPath } from '@/domain/document-address';
import { formatCalendarDate, formatDate } from '@/domain/format';
import type { Locale, MessageKey, Translate } from '@/messages';
import { localePath } from '@/web/public-locale';

type Props = { doc: PublicIssuedDocument; locale: Locale; timeZone: string; t: Translate };

const DocLink = ({ to }: { to: PublicAddressOf }) => (
  <Link href={localePath(to.language, documentPath(to))} className="text-link underline" lang={to.language}>
    {to.headline}
  </Link>
);

/**
 * The catalogue information above an issued document's text (the header block of government portals):
 * index number, issuing body, document number, dates, category and validity, with what changed it.
 */
export function DocumentHeaderBlock({ doc, locale, timeZone, t }: Props) {
  const date = (iso: string | null) => (iso ? formatCalendarDate(iso, locale) : '—');
  const rows: [string, React.ReactNode][] = [
    [t('issued.field.indexNumber'), doc.indexNumber ?? '—'],
    [
      t('issued.field.category'),
      doc.category ? (locale === 'zh' ? doc.category.nameZh || doc.category.name : doc.category.name) : '—',
    ],
    [t('issued.field.issuingBody'), doc.issuingBody || '—'],
    [t('issued.field.documentNumber'), doc.documentNumber || '—'],
    [t('issued.field.writtenOn'), date(doc.writtenOn)],
    [t('issued.field.publishedOn'), formatDate(doc.firstPublishedAt, locale, timeZone)],
    [t('issued.field.effectiveOn'), date(doc.effectiveOn)],
    [t('issued.field.validUntil'), date(doc.validUntil)],
    [
      t('issued.field.validity'),
      <span key="validity" data-testid="document-validity">
        {t(`issued.validity.${doc.validity}` as MessageKey)}
        {doc.validity === 'expired' && doc.validityChangedOn ? (
          <> — {t('issued.validityNote.expired', { date: date(doc.validityChangedOn) })}</>
        ) : null}
        {(doc.validity === 'amended' || doc.validity === 'repealed') && doc.changedBy ? (
          <>
            {' — '}
            {t(`issued.validityNote.${doc.validity}`, { date: date(doc.validityChangedOn) })}{' '}
            <DocLink to={doc.changedBy} />
          </>
        ) : null}
      </span>,
    ],
  ];
  if (doc.changes) {
    rows.push([
      t(doc.changes.kind === 'repeals' ? 'issued.change.repeals' : 'issued.change.amends'),
      <DocLink key="changes" to={doc.changes.target} />,
    ]);
  }
  return (
    <section
      aria-label={t('publicDocument.headerBlock')}
      className="mb-6 rounded border border-line bg-canvas p-4"
      data-testid="document-header-block"
    >
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label} className="flex gap-2">
            <dt className="shrink-0 font-medium text-muted">{label}:</dt>
            <dd className="text-ink">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
