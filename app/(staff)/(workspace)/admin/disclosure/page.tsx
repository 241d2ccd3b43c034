import { TextField } from '@/components/ui/fields';
import { disclosureFigures } from '@/data/disclosure-figures';
import { getSiteSettings } from '@/data/site-settings';
import { isoDateInZone } from '@/domain/dates';
import { disclosureYear } from '@/domain/disclosure-year';
import { formatDateTime } from '@/domain/format';
import { loadOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import type { MessageKey } from '@/messages';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('disclosure.title');

const cell = 'border-b border-line-subtle px-3 py-2 text-left';

/** The figures of a year for the annual information-disclosure report, with their CSV. Admins only. */
export default async function DisclosureFiguresPage({ searchParams }: PageProps<'/admin/disclosure'>) {
  const { actor, t, locale } = await requireUser('/admin/disclosure');
  const { timeZone } = getSiteSettings();
  const thisYear = Number(isoDateInZone(new Date(), timeZone).slice(0, 4));
  const year = disclosureYear((await searchParams).year, thisYear);
  const f = loadOr404(() => disclosureFigures(actor, year));
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t('disclosure.title')}</h1>
        <a
          href={`/api/admin/disclosure-figures?year=${year}`}
          className="rounded border border-line-strong bg-surface px-4 py-2 text-sm font-medium hover:bg-surface-muted"
        >
          {t('disclosure.csv', { year })}
        </a>
      </div>
      <p className="mb-4 text-muted">{t('disclosure.intro', { zone: timeZone })}</p>
      <form
        method="get"
        className="mb-6 flex flex-wrap items-end gap-3"
        aria-label={t('disclosure.pickYear')}
      >
        <TextField name="year" type="number" label={t('disclosure.year')} defaultValue={String(year)} />
        <button
          type="submit"
          className="mb-4 rounded border border-accent bg-accent px-4 py-2 text-sm font-medium text-inverse hover:bg-accent-strong"
        >
          {t('disclosure.show')}
        </button>
      </form>
      <section aria-labelledby="disclosed-heading" className="mb-6">
        <h2 id="disclosed-heading" className="mb-2 text-xl font-semibold">
          {t('disclosure.disclosed')}
        </h2>
        {f.disclosed.length === 0 ? (
          <p className="text-muted">{t('disclosure.none')}</p>
        ) : (
          <table className="min-w-80 bg-surface text-sm">
            <thead>
              <tr>
                <th className={cell}>{t('disclosure.kind')}</th>
                <th className={cell}>{t('disclosure.language')}</th>
                <th className={cell}>{t('disclosure.count')}</th>
              </tr>
            </thead>
            <tbody>
              {f.disclosed.map((d) => (
                <tr key={`${d.kind}-${d.language}`}>
                  <td className={cell}>{t(`documents.kind.${d.kind}` as MessageKey)}</td>
                  <td className={cell}>{t(`language.${d.language}`)}</td>
                  <td className={cell}>{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <dl className="mb-6 grid max-w-2xl grid-cols-[1fr_auto] gap-x-6 gap-y-2 rounded border border-line bg-surface p-4 text-sm">
        <dt>{t('disclosure.corrections')}</dt>
        <dd className="font-semibold">{f.corrections}</dd>
        <dt>{t('disclosure.withdrawals')}</dt>
        <dd className="font-semibold">{f.withdrawals.length}</dd>
        <dt>{t('disclosure.confidentialityReviews')}</dt>
        <dd className="font-semibold">{f.confidentialityReviews}</dd>
        <dt>{t('disclosure.overrides')}</dt>
        <dd className="font-semibold">{f.overrides.reduce((n, o) => n + o.count, 0)}</dd>
        <dt>{t('disclosure.median')}</dt>
        <dd className="font-semibold">
          {f.medianDaysToPublication === null
            ? '—'
            : t('disclosure.days', { days: f.medianDaysToPublication })}
        </dd>
      </dl>
      {f.overrides.length > 0 ? (
        <section aria-labelledby="overrides-heading" className="mb-6">
          <h2 id="overrides-heading" className="mb-2 text-xl font-semibold">
            {t('disclosure.overrides')}
          </h2>
          <ul className="list-disc pl-6 text-sm">
            {f.overrides.map((o) => (
              <li key={o.kind}>
                {t(`personalData.kind.${o.kind}` as MessageKey)}: {o.count}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="withdrawals-heading">
        <h2 id="withdrawals-heading" className="mb-2 text-xl font-semibold">
          {t('disclosure.withdrawals')}
        </h2>
        {f.withdrawals.length === 0 ? (
          <p className="text-muted">{t('disclosure.none')}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {f.withdrawals.map((w, i) => (
              <li key={i} className="rounded border border-line bg-surface p-3">
                <p className="font-medium">{w.headline || `#${w.documentId}`}</p>
                <p className="text-muted">
                  {formatDateTime(w.at, locale, timeZone)} — {t('disclosure.reason', { reason: w.reason })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
