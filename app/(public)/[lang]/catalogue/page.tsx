import type { Metadata } from 'next';
import { LanguageSwitch } from '@/components/public/language-switch';
import { CatalogueTable } from '@/components/public/catalogue-table';
import { Pagination } from '@/components/ui/pagination';
import {
  CATALOGUE_KINDS,
  CATALOGUE_PAGE_SIZE,
  catalogueChoices,
  listCatalogue,
  type CatalogueFilters,
} from '@/data/public-catalogue';
import { getSiteSettings } from '@/data/site-settings';
import { parseRecordId } from '@/domain/record-id';
import { VALIDITIES } from '@/domain/vocabulary';
import type { MessageKey } from '@/messages';
import { localePath, otherLocale, publicLocale } from '@/web/public-locale';

// Reads its query string (the filters), so it is rendered on every request.
export const dynamic = 'force-dynamic';

type Search = Awaited<PageProps<'/[lang]/catalogue'>['searchParams']>;

const param = (search: Search, name: string) => {
  const value = search[name];
  return ((Array.isArray(value) ? value[0] : value) ?? '').slice(0, 200);
};
const oneOf = <T extends string>(values: readonly T[], value: string): T | null =>
  values.includes(value as T) ? (value as T) : null;

function filtersOf(search: Search): CatalogueFilters {
  const year = param(search, 'year');
  const page = param(search, 'page');
  return {
    bodyId: parseRecordId(param(search, 'body')),
    categoryId: parseRecordId(param(search, 'category')),
    year: /^\d{4}$/.test(year) ? Number(year) : null,
    validity: oneOf(VALIDITIES, param(search, 'validity')),
    kind: oneOf(CATALOGUE_KINDS, param(search, 'kind')),
    q: param(search, 'q'),
    page: /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 1,
  };
}

export async function generateMetadata({ params }: PageProps<'/[lang]/catalogue'>): Promise<Metadata> {
  const { t } = publicLocale((await params).lang);
  return { title: t('catalogue.title') };
}

const selectClass = 'mt-1 block rounded border border-line-strong bg-surface px-2 py-1.5';

export default async function CataloguePage({ params, searchParams }: PageProps<'/[lang]/catalogue'>) {
  const { locale, t } = publicLocale((await params).lang);
  const search = await searchParams;
  const filters = filtersOf(search);
  const { rows, total } = listCatalogue(locale, filters);
  const { bodies, categories } = catalogueChoices();
  const { timeZone } = getSiteSettings();
  const action = localePath(locale, '/catalogue');
  const query = Object.fromEntries(
    Object.entries({
      q: filters.q,
      body: filters.bodyId ?? '',
      category: filters.categoryId ?? '',
      year: filters.year ?? '',
      validity: filters.validity ?? '',
      kind: filters.kind ?? '',
    })
      .filter(([, v]) => v !== '')
      .map(([k, v]) => [k, String(v)]),
  );
  const pageHref = (n: number) =>
    `${action}?${new URLSearchParams(n === 1 ? query : { ...query, page: String(n) })}`;
  const currentYear = new Date().getFullYear();
  const select = (
    name: string,
    label: string,
    value: string,
    options: { value: string; label: string }[],
  ) => (
    <div>
      <label htmlFor={`catalogue-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`catalogue-${name}`} name={name} defaultValue={value} className={selectClass}>
        <option value="">{t('catalogue.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <LanguageSwitch locale={locale} t={t} href={localePath(otherLocale(locale), '/catalogue')} />
      <h1 className="text-2xl font-semibold">{t('catalogue.title')}</h1>
      <p className="mt-2 text-muted">{t('catalogue.intro')}</p>
      <form
        role="search"
        aria-label={t('catalogue.search')}
        action={action}
        className="mt-4 flex flex-wrap items-end gap-3"
      >
        <div>
          <label htmlFor="catalogue-q" className="block text-sm font-medium">
            {t('catalogue.search')}
          </label>
          <input
            id="catalogue-q"
            name="q"
            type="search"
            defaultValue={filters.q}
            className="mt-1 block rounded border border-line-strong bg-surface px-2 py-1.5"
          />
        </div>
        {select(
          'body',
          t('catalogue.body'),
          String(filters.bodyId ?? ''),
          bodies.map((b) => ({ value: String(b.id), label: locale === 'zh' ? b.nameZh || b.name : b.name })),
        )}
        {select(
          'category',
          t('issued.field.category'),
          String(filters.categoryId ?? ''),
          categories.map((c) => ({
            value: String(c.id),
            label: locale === 'zh' ? c.nameZh || c.name : c.name,
          })),
        )}
        {select(
          'year',
          t('catalogue.year'),
          String(filters.year ?? ''),
          Array.from({ length: 12 }, (_, i) => String(currentYear - i)).map((y) => ({ value: y, label: y })),
        )}
        {select(
          'validity',
          t('issued.field.validity'),
          filters.validity ?? '',
          VALIDITIES.map((v) => ({ value: v, label: t(`issued.validity.${v}` as MessageKey) })),
        )}
        {select(
          'kind',
          t('issued.field.kind'),
          filters.kind ?? '',
          CATALOGUE_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}` as MessageKey) })),
        )}
        <button type="submit" className="rounded border border-accent bg-accent px-4 py-1.5 text-inverse">
          {t('catalogue.filter')}
        </button>
      </form>
      <p className="mt-4 text-sm text-muted" role="status">
        {t('catalogue.count', { count: total })}
      </p>
      {rows.length === 0 ? (
        <p className="mt-4">{t('catalogue.empty')}</p>
      ) : (
        <CatalogueTable rows={rows} locale={locale} timeZone={timeZone} t={t} />
      )}
      <Pagination page={filters.page} total={total} pageSize={CATALOGUE_PAGE_SIZE} href={pageHref} t={t} />
    </>
  );
}
