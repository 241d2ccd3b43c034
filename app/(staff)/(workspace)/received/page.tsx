import Link from 'next/link';
import { listReceivedMinutes } from '@/data/issued-minutes';
import { formatDateTime } from '@/domain/format';
import { formatMinutesNumber } from '@/domain/minutes-number';
import { getSiteSettings } from '@/data/site-settings';
import { loadOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('received.title');

/** A unit liaison's inbox: the issued minutes distributed to the unit, and whether they were opened. */
export default async function ReceivedMinutesPage() {
  const { actor, t, locale } = await requireUser('/received');
  // Only a unit's liaison has an inbox: anyone else gets the 404 page.
  const received = loadOr404(() => listReceivedMinutes(actor));
  const { timeZone } = getSiteSettings();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('received.title')}</h1>
      <p className="mb-6 text-muted">{t('received.intro')}</p>
      {received.length === 0 ? (
        <p className="rounded border border-dashed border-line-strong bg-surface p-8 text-center">
          {t('received.empty')}
        </p>
      ) : (
        <ul className="space-y-3">
          {received.map((m) => (
            <li key={m.documentId} className="rounded border border-line bg-surface p-4">
              <p className="font-medium">
                <Link href={`/received/${m.documentId}`} className="text-link underline" lang={m.language}>
                  {m.headline}
                </Link>
              </p>
              <p className="mt-1 text-sm text-muted">
                {[
                  m.number ? formatMinutesNumber(m.number, m.language) : null,
                  t(`received.distribution.${m.distribution}`),
                  m.issuedAt
                    ? t('received.issuedAt', { time: formatDateTime(m.issuedAt, locale, timeZone) })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p className="mt-1 text-sm">
                {m.openedAt ? (
                  t('received.openedAt', { time: formatDateTime(m.openedAt, locale, timeZone) })
                ) : (
                  <span className="rounded-full bg-warning-soft px-2 py-0.5 font-medium text-warning">
                    {t('received.unread')}
                  </span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
