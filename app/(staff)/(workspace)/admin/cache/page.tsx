import { redirect } from 'next/navigation';
import { purgeOverview, type PurgeDelivery } from '@/data/cache-purges';
import { getSiteSettings } from '@/data/site-settings';
import { can } from '@/domain/permissions';
import { formatDateTime } from '@/domain/format';
import type { MessageKey } from '@/messages';
import { requireUser } from '@/web/session';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('cache.title');

/** The purge outbox: which shared caches are told of public changes, and whether each purge arrived. */
export default async function CachePurgesPage() {
  const { actor, t, locale } = await requireUser('/admin/cache');
  if (!can(actor, 'audit.read')) redirect('/meetings');
  const { targets, pending, failing, recent } = purgeOverview(actor);
  const { timeZone } = getSiteSettings();
  const when = (date: Date) => formatDateTime(date, locale, timeZone);
  // A cause is the change's audit name: 'document.publish' reads as the workflow's own word for it.
  const cause = (name: string) =>
    name.startsWith('document.')
      ? t(`workflow.action.${name.slice('document.'.length)}` as MessageKey)
      : t('cache.cause.settings');
  const status = (row: PurgeDelivery) => {
    if (row.deliveredAt)
      return { label: t('cache.delivered', { at: when(row.deliveredAt) }), tone: 'text-success' };
    if (row.lastError) return { label: t('cache.failing', { error: row.lastError }), tone: 'text-danger' };
    return { label: t('cache.pending'), tone: 'text-warning' };
  };
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('cache.title')}</h1>
      <p className="mb-4 max-w-3xl text-muted">{t('cache.intro')}</p>
      {targets.length === 0 ? (
        <p className="mb-6 max-w-3xl rounded border border-line bg-surface p-4 text-muted">
          {t('cache.noTargets')}
        </p>
      ) : (
        <section aria-labelledby="cache-targets" className="mb-6">
          <h2 id="cache-targets" className="mb-2 text-lg font-semibold">
            {t('cache.targets')}
          </h2>
          <ul className="list-disc pl-6 text-ink">
            {targets.map((target) => (
              <li key={target}>
                <code>{target}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mb-4" data-testid="cache-counts">
        {t('cache.counts', { pending, failing })}
      </p>
      {recent.length === 0 ? (
        <p className="text-muted">{t('cache.empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          {/* Wide on purpose: on a phone the table scrolls sideways rather than breaking every tag. */}
          <table
            className="w-full min-w-[52rem] border-collapse bg-surface text-sm"
            aria-label={t('cache.listLabel')}
          >
            <thead>
              <tr className="border-b border-line text-left">
                <th className="p-2 whitespace-nowrap">{t('cache.colPurge')}</th>
                <th className="p-2 whitespace-nowrap">{t('cache.colCause')}</th>
                <th className="p-2 whitespace-nowrap">{t('cache.colTags')}</th>
                <th className="p-2 whitespace-nowrap">{t('cache.colTarget')}</th>
                <th className="p-2 whitespace-nowrap">{t('cache.colAttempts')}</th>
                <th className="p-2 whitespace-nowrap">{t('cache.colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((row) => {
                const { label, tone } = status(row);
                return (
                  <tr key={`${row.purgeId} ${row.target}`} className="border-b border-line-subtle align-top">
                    <td className="p-2 whitespace-nowrap">
                      #{row.purgeId}
                      <div className="text-muted">{when(row.createdAt)}</div>
                    </td>
                    <td className="p-2 whitespace-nowrap">{cause(row.cause)}</td>
                    <td className="p-2">
                      <code>{row.tags.join(' ')}</code>
                    </td>
                    <td className="p-2 whitespace-nowrap">
                      <code>{row.target}</code>
                    </td>
                    <td className="p-2">{row.attempts}</td>
                    <td className={`p-2 ${tone}`}>{label}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
