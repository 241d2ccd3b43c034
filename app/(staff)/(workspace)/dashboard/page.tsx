import { ChartFrame, FiguresTable } from '@/components/dashboard/chart-frame';
import { BarChart, LineChart, type Series } from '@/components/dashboard/svg-charts';
import { unitName } from '@/components/follow-up/follow-up-table';
import { dashboardFigures } from '@/data/dashboard';
import type { DocumentKind } from '@/domain/vocabulary';
import { loadOr404 } from '@/web/load-or-404';
import { titleOf } from '@/web/page-title';
import { requireUser } from '@/web/session';

export const generateMetadata = () => titleOf('dashboard.title');

const BLUE = '#1e40af';
const AMBER = '#b45309';
const RED = '#b91c1c';

/** The leaders' dashboard: follow-up and publication figures as SVG charts, each with its table. */
export default async function DashboardPage() {
  const { actor, t, locale } = await requireUser('/dashboard');
  const f = loadOr404(() => dashboardFigures(actor));
  const percent = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((n / of) * 100)}%`);
  const languages: Series[] = [
    { name: t('language.zh'), colour: RED },
    { name: t('language.en'), colour: BLUE },
  ];
  const months = [...new Set(f.publications.map((p) => p.month))];
  const published = months.map((m) =>
    (['zh', 'en'] as const).map(
      (l) => f.publications.find((p) => p.month === m && p.language === l)?.count ?? 0,
    ),
  );
  const kindLabel = (kind: DocumentKind) => t(`documents.kind.${kind}`);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('dashboard.title')}</h1>
      <p className="mb-6 text-muted">{t('dashboard.intro')}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFrame
          id="by-status"
          title={t('dashboard.byStatus.title')}
          tableLabel={t('dashboard.table')}
          svg={
            <BarChart
              id="by-status-chart"
              title={t('dashboard.byStatus.title')}
              desc={t('dashboard.byStatus.desc')}
              categories={f.byStatus.map((s) => t(`followUp.status.${s.status}`))}
              series={[{ name: t('dashboard.byStatus.count'), colour: BLUE }]}
              values={f.byStatus.map((s) => [s.count])}
            />
          }
          table={
            <FiguresTable
              caption={t('dashboard.byStatus.title')}
              head={[t('followUp.col.status'), t('dashboard.byStatus.count')]}
              rows={f.byStatus.map((s) => [t(`followUp.status.${s.status}`), s.count])}
            />
          }
        />
        <ChartFrame
          id="overdue"
          title={t('dashboard.overdueByUnit.title')}
          tableLabel={t('dashboard.table')}
          svg={
            f.overdueByUnit.length === 0 ? (
              <p>{t('dashboard.overdueByUnit.none')}</p>
            ) : (
              <BarChart
                id="overdue-chart"
                title={t('dashboard.overdueByUnit.title')}
                desc={t('dashboard.overdueByUnit.desc')}
                categories={f.overdueByUnit.map((u) => unitName(u, locale))}
                series={[{ name: t('followUp.status.overdue'), colour: RED }]}
                values={f.overdueByUnit.map((u) => [u.count])}
              />
            )
          }
          table={
            <FiguresTable
              caption={t('dashboard.overdueByUnit.title')}
              head={[t('dashboard.overdueByUnit.unit'), t('followUp.status.overdue')]}
              rows={f.overdueByUnit.map((u) => [unitName(u, locale), u.count])}
            />
          }
        />
        <ChartFrame
          id="publication-time"
          title={t('dashboard.publicationTime.title')}
          tableLabel={t('dashboard.table')}
          svg={
            f.publicationTime.length === 0 ? (
              <p>{t('dashboard.empty')}</p>
            ) : (
              <LineChart
                id="publication-time-chart"
                title={t('dashboard.publicationTime.title')}
                desc={t('dashboard.publicationTime.desc')}
                months={f.publicationTime.map((m) => m.month)}
                series={[
                  { name: t('dashboard.publicationTime.median'), colour: BLUE },
                  { name: t('dashboard.publicationTime.p90'), colour: AMBER },
                ]}
                values={f.publicationTime.map((m) => [m.medianDays, m.p90Days])}
              />
            )
          }
          table={
            <FiguresTable
              caption={t('dashboard.publicationTime.title')}
              head={[
                t('dashboard.month'),
                t('dashboard.publications.count'),
                t('dashboard.publicationTime.median'),
                t('dashboard.publicationTime.p90'),
              ]}
              rows={f.publicationTime.map((m) => [m.month, m.releases, m.medianDays, m.p90Days])}
            />
          }
        />
        <ChartFrame
          id="review"
          title={t('dashboard.review.title')}
          tableLabel={t('dashboard.table')}
          svg={
            f.review.length === 0 ? (
              <p>{t('dashboard.empty')}</p>
            ) : (
              <BarChart
                id="review-chart"
                title={t('dashboard.review.title')}
                desc={t('dashboard.review.desc')}
                categories={f.review.map((r) => kindLabel(r.kind))}
                series={[{ name: t('dashboard.review.medianHours'), colour: BLUE }]}
                values={f.review.map((r) => [r.medianHours])}
              />
            )
          }
          table={
            <FiguresTable
              caption={t('dashboard.review.title')}
              head={[
                t('dashboard.review.kind'),
                t('dashboard.review.cycles'),
                t('dashboard.review.medianHours'),
                t('dashboard.review.changesShare'),
              ]}
              rows={f.review.map((r) => [
                kindLabel(r.kind),
                r.cycles,
                r.medianHours,
                `${r.changesRequested} (${percent(r.changesRequested, r.cycles)})`,
              ])}
            />
          }
        />
        <ChartFrame
          id="publications"
          title={t('dashboard.publications.title')}
          tableLabel={t('dashboard.table')}
          svg={
            months.length === 0 ? (
              <p>{t('dashboard.empty')}</p>
            ) : (
              <BarChart
                id="publications-chart"
                title={t('dashboard.publications.title')}
                desc={t('dashboard.publications.desc')}
                categories={months}
                series={languages}
                values={published}
              />
            )
          }
          table={
            <FiguresTable
              caption={t('dashboard.publications.title')}
              head={[t('dashboard.month'), ...languages.map((l) => l.name)]}
              rows={months.map((m, i) => [m, ...published[i]!])}
            />
          }
        />
      </div>
    </>
  );
}
