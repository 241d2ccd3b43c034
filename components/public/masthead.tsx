import Link from 'next/link';
import type { Masthead as MastheadValues } from '@/data/site-settings';
import type { Locale, Translate } from '@/messages';
import { feedPath, localePath } from '@/web/public-locale';
import { PUBLIC_SECTIONS } from '@/web/public-sections';
import { SectionLinks } from './section-nav';

type Props = { masthead: MastheadValues; sectionName: string; locale: Locale; t: Translate };

/**
 * The public masthead: the body's emblem and name with the section's, search with a visible label, and the
 * primary navigation of the site's sections (web/public-sections.ts), folded into a menu on narrow screens.
 * Printed, it is reduced to the names (globals.css).
 */
export function Masthead({ masthead, sectionName, locale, t }: Props) {
  const name = masthead.bodyName || sectionName;
  const links = PUBLIC_SECTIONS.map((s) => ({
    href: localePath(locale, s.path),
    label: t(s.label),
    path: s.path,
    under: s.under,
  }));
  return (
    <header className="site-header border-t-4 border-brand bg-surface">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-4 px-gutter py-4">
        <Link
          href={localePath(locale, '/')}
          className="masthead-identity flex items-center gap-3"
          aria-label={t('masthead.home', { name: masthead.bodyName ? `${name} ${sectionName}` : name })}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- a small served image; next/image adds script. */}
          <img
            src={masthead.emblemSrc}
            alt={masthead.emblemAlt}
            width={56}
            height={56}
            className="masthead-emblem size-12 shrink-0 md:size-14"
          />
          <span className="flex flex-col">
            <span className="masthead-body text-heading font-semibold text-brand md:text-title">{name}</span>
            {masthead.bodyName ? (
              <span className="masthead-section text-small font-medium text-muted">{sectionName}</span>
            ) : null}
          </span>
        </Link>
        <form
          role="search"
          action={localePath(locale, '/search')}
          className="site-search flex w-full flex-wrap items-center gap-2 text-small sm:w-auto"
        >
          <label htmlFor="site-search" className="font-medium text-ink">
            {t('public.searchLabel')}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            maxLength={200}
            className="min-w-0 flex-1 rounded border border-line-strong bg-surface px-2 py-1 sm:w-56 sm:flex-none"
          />
          <button
            type="submit"
            className="rounded border border-accent bg-accent px-3 py-1 font-medium text-inverse hover:bg-accent-strong"
          >
            {t('public.search')}
          </button>
        </form>
      </div>
      <nav aria-label={t('publicNav.primary')} className="site-nav bg-accent">
        <details className="site-nav-menu mx-auto max-w-page">
          <summary className="cursor-pointer px-gutter py-3 font-medium text-inverse">
            {t('publicNav.menu')}
          </summary>
          <div className="flex flex-col md:flex-row md:items-center md:justify-between md:px-gutter">
            <SectionLinks links={links} />
            <ul className="flex flex-col text-small md:flex-row">
              <li>
                <a
                  href={feedPath(locale)}
                  type="application/atom+xml"
                  className="block px-4 py-3 text-inverse underline md:py-2"
                >
                  {t('public.subscribeFeed')}
                </a>
              </li>
              <li>
                <Link
                  href={locale === 'zh' ? '/login?lang=zh' : '/login'}
                  className="block px-4 py-3 text-inverse underline md:py-2"
                >
                  {t('public.staffSignIn')}
                </Link>
              </li>
            </ul>
          </div>
        </details>
      </nav>
    </header>
  );
}
