import type { Metadata } from 'next';
import Link from 'next/link';
import { translator } from '@/messages';

const t = translator('en');

export const metadata: Metadata = { title: t('public.withdrawnTitle'), robots: { index: false } };

/** Shown, with status 410, in place of a withdrawn release (the proxy rewrites its address here). */
export default function WithdrawnReleasePage() {
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('public.withdrawnTitle')}</h1>
      <p className="mt-4">{t('public.withdrawn')}</p>
      <p className="mt-4">
        <Link href="/" className="text-blue-900 underline">
          {t('public.home')}
        </Link>
      </p>
    </>
  );
}
