import Link from 'next/link';
import { translator } from '@/messages';

const t = translator('en');

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t('public.notFoundTitle')}</h1>
      <p className="mt-4">{t('public.notFound')}</p>
      <p className="mt-4">
        <Link href="/" className="text-blue-900 underline">
          {t('public.home')}
        </Link>
      </p>
    </main>
  );
}
