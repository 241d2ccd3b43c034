import Link from 'next/link';
import type { CatalogueRow } from '@/data/public-catalogue';
import { documentPath } from '@/domain/document-address';
import { formatDate } from '@/domain/format';
import { releasePath } from '@/domain/release-address';
import type { Locale, MessageKey, Translate } from '@/messages';
import { localePath } from '@/web/public-locale';

type Props = { rows: CatalogueRow[]; locale: Locale; timeZone: string; t: Translate };

/** The catalogue's rows: index number, title, document number, date and validity. */
export function CatalogueTable({ rows, locale, timeZone, t }: Props) {
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-line-strong">
            <th scope="col" className="py-2 pr-4">
              {t('issued.field.indexNumber')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('catalogue.column.title')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('issued.field.documentNumber')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('catalogue.column.date')}
            </th>
            <th scope="col" className="py-2">
              {t('issued.field.validity')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const path = row.kind === 'press_release' ? releasePath(row) : documentPath(row);
            return (
              <tr key={row.id} className="border-b border-line-subtle align-top" data-testid="catalogue-row">
                <td className="py-2 pr-4 font-mono text-xs">{row.indexNumber ?? '—'}</td>
                <td className="py-2 pr-4">
                  <Link
                    href={localePath(row.language, path)}
                    className="text-link underline"
                    lang={row.language}
                  >
                    {row.headline}
                  </Link>
                  <span className="block text-xs text-muted">
                    {t(`documents.kind.${row.kind}` as MessageKey)}
                  </span>
                </td>
                <td className="py-2 pr-4" lang={row.language}>
                  {row.documentNumber || '—'}
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={row.firstPublishedAt.toISOString()}>
                    {formatDate(row.firstPublishedAt, locale, timeZone)}
                  </time>
                </td>
                <td className="py-2">
                  {row.validity ? t(`issued.validity.${row.validity}` as MessageKey) : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
