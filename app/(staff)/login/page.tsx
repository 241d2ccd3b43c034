import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { LoginForm } from '@/components/auth/login-form';
import { loginLocale } from '@/web/login-locale';
import { htmlLang } from '@/web/public-locale';
import { translator, type Locale } from '@/messages';

async function pageLocale(searchParams: PageProps<'/login'>['searchParams']): Promise<Locale> {
  const { lang } = await searchParams;
  return loginLocale(lang, (await headers()).get('accept-language'));
}

export async function generateMetadata({ searchParams }: PageProps<'/login'>): Promise<Metadata> {
  return { title: translator(await pageLocale(searchParams))('login.title') };
}

export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  const { callbackUrl, changed } = await searchParams;
  const locale = await pageLocale(searchParams);
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const t = translator(locale);
  const callback = typeof callbackUrl === 'string' ? callbackUrl : '/meetings';
  return (
    <main id="main" lang={htmlLang[locale]} className="mx-auto mt-16 max-w-sm px-4">
      <div className="mb-6 flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t('login.title')}</h1>
        <Link
          href={{ pathname: '/login', query: { lang: other, callbackUrl: callback } }}
          hrefLang={htmlLang[other]}
          lang={htmlLang[other]}
          className="text-sm underline"
        >
          {t('public.otherLanguage')}
        </Link>
      </div>
      {changed ? (
        <p
          role="status"
          className="mb-4 rounded border border-success-line bg-success-soft px-3 py-2 text-sm text-success"
        >
          {t('login.passwordChanged')}
        </p>
      ) : null}
      <LoginForm
        callbackUrl={callback}
        locale={locale}
        labels={{
          username: t('login.username'),
          password: t('login.password'),
          submit: t('login.submit'),
          submitting: t('login.submitting'),
        }}
      />
    </main>
  );
}
