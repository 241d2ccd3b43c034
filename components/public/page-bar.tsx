import type { Locale, Translate } from '@/messages';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { LanguageSwitch } from './language-switch';

type Props = { locale: Locale; t: Translate; switchHref: string; crumbs?: Crumb[] };

/**
 * The bar at the top of every public page: where the page sits (breadcrumbs, on every page below home) and
 * the link to the same page in the other language, which only the page itself knows.
 */
export function PageBar({ locale, t, switchHref, crumbs }: Props) {
  return (
    <div className="page-bar mb-6 flex flex-wrap items-start justify-between gap-3">
      {crumbs ? <Breadcrumbs crumbs={crumbs} locale={locale} t={t} /> : <span />}
      <LanguageSwitch locale={locale} t={t} href={switchHref} />
    </div>
  );
}
