import type { Metadata } from 'next';
import { LoginForm } from '@/components/auth/login-form';
import { translator } from '@/messages';

const t = translator('en');

export const metadata: Metadata = { title: t('login.title') };

export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  const { callbackUrl, changed } = await searchParams;
  return (
    <main id="main" className="mx-auto mt-16 max-w-sm px-4">
      <h1 className="mb-6 text-2xl font-semibold">{t('login.title')}</h1>
      {changed ? (
        <p
          role="status"
          className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          {t('login.passwordChanged')}
        </p>
      ) : null}
      <LoginForm
        callbackUrl={typeof callbackUrl === 'string' ? callbackUrl : '/meetings'}
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
