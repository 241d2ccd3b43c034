import Link from 'next/link';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/public/site-footer';
import { getSiteSettings } from '@/data/site-settings';
import { translator } from '@/messages';

const t = translator('en');

// Every public page reads the site settings (the footer): rendered per request, never at build time.
export const dynamic = 'force-dynamic';

export default function PublicLayout({ children }: { children: ReactNode }) {
  const settings = getSiteSettings();
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <header className="border-b-4 border-red-800 bg-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between px-4 py-4">
          <Link href="/" className="text-xl font-semibold text-red-900">
            {settings.sectionName}
          </Link>
          <Link href="/login" className="text-sm text-slate-700 underline">
            {t('public.staffSignIn')}
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter settings={settings} t={t} />
    </div>
  );
}
