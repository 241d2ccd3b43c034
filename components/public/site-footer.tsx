import type { SiteIdentity } from '@/data/site-settings';
import type { Translate } from '@/messages';

/** The identity block every public page carries, as the province's portal shows it. */
export function SiteFooter({ settings, t }: { settings: SiteIdentity; t: Translate }) {
  const codeLine = [
    settings.websiteCode && t('public.websiteCode', { value: settings.websiteCode }),
    settings.icpNumber,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <footer className="mt-16 border-t border-line bg-surface-muted" aria-label={t('public.footerLabel')}>
      <div className="mx-auto max-w-page space-y-1 px-gutter py-8 text-sm text-ink">
        {settings.hostedBy ? <p>{t('public.hostedBy', { value: settings.hostedBy })}</p> : null}
        {settings.operator ? <p>{t('public.operator', { value: settings.operator })}</p> : null}
        {codeLine ? <p>{codeLine}</p> : null}
        {settings.securityRecord ? <p>{settings.securityRecord}</p> : null}
      </div>
    </footer>
  );
}
