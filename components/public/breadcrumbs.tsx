import Link from 'next/link';
import type { Locale, Translate } from '@/messages';
import { localePath } from '@/web/public-locale';

/** One step of the trail; the last is the page itself (no address). Addresses are the page's own (unprefixed). */
export type Crumb = { label: string; path?: string; lang?: string };

/** Where a page sits below home: Home › section › … › the page. */
export function Breadcrumbs({ crumbs, locale, t }: { crumbs: Crumb[]; locale: Locale; t: Translate }) {
  const trail: Crumb[] = [{ label: t('public.home'), path: '/' }, ...crumbs];
  return (
    <nav aria-label={t('publicNav.breadcrumb')} className="breadcrumbs text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((crumb, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={i} className="flex items-center gap-2">
              {i > 0 ? (
                <span aria-hidden="true" className="text-muted">
                  ›
                </span>
              ) : null}
              {last || crumb.path === undefined ? (
                <span
                  aria-current={last ? 'page' : undefined}
                  lang={crumb.lang}
                  className="line-clamp-1 text-muted"
                >
                  {crumb.label}
                </span>
              ) : (
                <Link
                  href={localePath(locale, crumb.path)}
                  className="text-link underline underline-offset-2"
                >
                  {crumb.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
