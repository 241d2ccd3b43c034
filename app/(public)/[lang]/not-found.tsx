import Link from 'next/link';
import { translator } from '@/messages';

const en = translator('en');
const zh = translator('zh');

// A not-found page receives no route parameters, so it speaks both languages of the site.
export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-semibold">{en('public.notFoundTitle')}</h1>
      <p className="mt-4">{en('public.notFound')}</p>
      <p className="mt-4">
        <Link href="/" className="text-blue-900 underline">
          {en('public.home')}
        </Link>
      </p>
      <div lang="zh-CN" className="mt-10 border-t border-slate-200 pt-6">
        <h2 className="text-xl font-semibold">{zh('public.notFoundTitle')}</h2>
        <p className="mt-4">{zh('public.notFound')}</p>
        <p className="mt-4">
          <Link href="/zh" className="text-blue-900 underline">
            {zh('public.home')}
          </Link>
        </p>
      </div>
    </>
  );
}
