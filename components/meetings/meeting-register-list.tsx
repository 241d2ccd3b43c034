import Link from 'next/link';
import { documentLabel } from '@/components/meetings/document-label';
import { meetingTitle, statusLabel } from '@/components/workspace/labels';
import type { MeetingSummary } from '@/data/meetings';
import { formatCalendarDate } from '@/domain/format';
import type { Locale, MessageKey, Translate } from '@/messages';

const COLUMNS = ['meeting', 'date', 'chair', 'status', 'documents'] as const;

type Props = { rows: MeetingSummary[]; locale: Locale; t: Translate };

/**
 * The register's meetings: a table on wide screens, a card per meeting on phones (five columns do not fit
 * 390 px). Both are rendered; the one out of view is display:none, so it is out of the accessibility tree
 * too and a screen reader meets each meeting once.
 */
export function MeetingRegisterList({ rows, locale, t }: Props) {
  const cell = (m: MeetingSummary) => ({
    title: (
      <Link href={`/meetings/${m.id}`} className="font-medium text-link underline">
        {meetingTitle(t, locale, m)}
      </Link>
    ),
    date: formatCalendarDate(m.heldOn, locale),
    status: t(`meetings.status.${m.status}` as MessageKey),
    documents: m.documents.map((d) => ({
      key: `${d.kind}-${d.language}`,
      text: t('bilingual.releaseState', {
        document: documentLabel(t, d),
        state: statusLabel(t, { ...d, reviewStep: null }),
      }),
    })),
  });
  return (
    <>
      <ul className="space-y-3 md:hidden" data-testid="register-cards">
        {rows.map((m) => {
          const c = cell(m);
          return (
            <li key={m.id} className="rounded border border-line bg-surface p-3 text-sm">
              <p className="text-base">{c.title}</p>
              <p className="text-muted">{m.bodyName}</p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="font-medium">{t('meetings.column.date')}</dt>
                <dd>{c.date}</dd>
                <dt className="font-medium">{t('meetings.column.chair')}</dt>
                <dd>{m.chairName}</dd>
                <dt className="font-medium">{t('meetings.column.status')}</dt>
                <dd>{c.status}</dd>
                {c.documents.length > 0 ? (
                  <>
                    <dt className="font-medium">{t('meetings.column.documents')}</dt>
                    <dd>
                      <ul>
                        {c.documents.map((d) => (
                          <li key={d.key}>{d.text}</li>
                        ))}
                      </ul>
                    </dd>
                  </>
                ) : null}
              </dl>
            </li>
          );
        })}
      </ul>
      <table className="hidden w-full border-collapse bg-surface text-sm md:table">
        <thead>
          <tr className="border-b border-line text-left">
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="p-2">
                {t(`meetings.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => {
            const c = cell(m);
            return (
              <tr key={m.id} className="border-b border-line-subtle">
                <td className="p-2">
                  {c.title}
                  <div className="text-muted">{m.bodyName}</div>
                </td>
                <td className="p-2">{c.date}</td>
                <td className="p-2">{m.chairName}</td>
                <td className="p-2">{c.status}</td>
                <td className="p-2">
                  <ul>
                    {c.documents.map((d) => (
                      <li key={d.key}>{d.text}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
