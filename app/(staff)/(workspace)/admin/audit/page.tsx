import { SelectField, TextField } from '@/components/ui/fields';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { listAuditEvents, type AuditEventRow } from '@/data/audit-log';
import { getSiteSettings } from '@/data/site-settings';
import { listUsers } from '@/data/users';
import { auditFilterQuery, parseAuditFilters } from '@/web/audit-filters';
import { formatDateTime, isoInstant } from '@/domain/format';
import { loadOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import type { MessageKey, Translate } from '@/messages';
import { titleOf } from '@/web/page-title';

const PAGE_SIZE = 50;

const fieldLabels: Record<string, MessageKey> = {
  userId: 'audit.filterUser',
  documentId: 'audit.filterDocument',
  action: 'audit.filterAction',
  from: 'audit.filterFrom',
  to: 'audit.filterTo',
};

function actorLabel(t: Translate, row: AuditEventRow): string {
  if (row.actorKind === 'system') return t('audit.system');
  if (row.actorKind === 'anonymous') return t('audit.anonymous');
  if (row.actorKind === 'token') {
    const tokenId = (JSON.parse(row.detail) as { tokenId?: number }).tokenId ?? '?';
    return t('audit.viaToken', { name: row.actorName ?? `#${row.actorId}`, token: tokenId });
  }
  return row.actorName ?? `#${row.actorId}`;
}

export const generateMetadata = () => titleOf('audit.title');

export default async function AuditPage({ searchParams }: PageProps<'/admin/audit'>) {
  const { actor, t, locale } = await requireUser('/admin/audit');
  const params = await searchParams;
  const first = (name: string) => [params[name]].flat()[0];
  const parsed = parseAuditFilters(first, t);
  const page = pageParam(params.page);
  const result = parsed.ok ? loadOr404(() => listAuditEvents(actor, parsed.filters, page, PAGE_SIZE)) : null;
  const users = loadOr404(() => listUsers(actor));
  const { timeZone } = getSiteSettings();
  const filters = parsed.ok ? parsed.filters : {};

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t('audit.title')}</h1>
        {parsed.ok ? (
          <a
            href={`/api/admin/audit-export${auditFilterQuery(filters)}`}
            className="rounded border border-line-strong bg-surface px-4 py-2 text-sm font-medium hover:bg-surface-muted"
          >
            {t('audit.export')}
          </a>
        ) : null}
      </div>
      <form
        method="get"
        action="/admin/audit"
        aria-label={t('audit.apply')}
        className="mb-6 grid gap-x-4 rounded border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-5"
      >
        <SelectField
          name="userId"
          label={t('audit.filterUser')}
          defaultValue={first('userId') ?? ''}
          options={[
            { value: '', label: t('audit.anyone') },
            ...users.map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.username})` })),
          ]}
        />
        <TextField
          name="documentId"
          type="number"
          label={t('audit.filterDocument')}
          defaultValue={first('documentId')}
        />
        <TextField
          name="action"
          label={t('audit.filterAction')}
          hint={t('audit.filterActionHint')}
          defaultValue={first('action')}
        />
        <TextField name="from" type="date" label={t('audit.filterFrom')} defaultValue={first('from')} />
        <TextField name="to" type="date" label={t('audit.filterTo')} defaultValue={first('to')} />
        <div>
          <button
            type="submit"
            className="rounded border border-accent bg-accent px-4 py-2 text-sm font-medium text-inverse hover:bg-accent-strong"
          >
            {t('audit.apply')}
          </button>
        </div>
      </form>

      {parsed.ok ? null : (
        <div
          role="alert"
          className="rounded border border-danger-line bg-danger-soft p-4 text-sm text-danger"
        >
          <p className="font-medium">{t('audit.invalidFilters')}</p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {parsed.problems.map((p) => (
              <div key={p.field} className="contents">
                <dt className="font-medium">{fieldLabels[p.field] ? t(fieldLabels[p.field]!) : p.field}</dt>
                <dd>{p.message}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}

      {result && result.rows.length === 0 ? (
        <div className="rounded border border-dashed border-line-strong bg-surface p-8 text-center">
          <p className="font-medium">{t('audit.empty')}</p>
        </div>
      ) : null}

      {result && result.rows.length > 0 ? (
        <>
          <p className="mb-2 text-sm text-muted">{t('audit.count', { count: result.total })}</p>
          {/* Wider than a phone: the region scrolls sideways, so it takes keyboard focus (arrow keys scroll it). */}
          <div
            className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-focus"
            role="region"
            aria-label={t('audit.title')}
            tabIndex={0}
          >
            <table className="w-full border-collapse bg-surface text-sm">
              <caption className="sr-only">{t('audit.title')}</caption>
              <thead>
                <tr className="border-b border-line text-left">
                  {(['time', 'user', 'action', 'subject', 'detail'] as const).map((c) => (
                    <th key={c} scope="col" className="p-2">
                      {t(`audit.column.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => (
                  <tr key={row.id} className="border-b border-line-subtle align-top">
                    <td className="p-2 whitespace-nowrap">
                      <time dateTime={isoInstant(row.createdAt)} title={isoInstant(row.createdAt)}>
                        {formatDateTime(row.createdAt, locale, timeZone)}
                      </time>
                    </td>
                    <td className="p-2">{actorLabel(t, row)}</td>
                    <td className="p-2 font-mono">{row.action}</td>
                    <td className="p-2 whitespace-nowrap">
                      {row.subjectId ? `${row.subjectType} #${row.subjectId}` : row.subjectType}
                    </td>
                    <td className="max-w-md p-2 font-mono text-xs break-words whitespace-pre-wrap">
                      {row.detail}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={page}
            total={result.total}
            pageSize={PAGE_SIZE}
            href={(p) => `/admin/audit${auditFilterQuery(filters, { page: String(p) })}`}
            t={t}
          />
        </>
      ) : null}
    </>
  );
}
