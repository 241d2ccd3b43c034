import Link from 'next/link';
import type { ReactNode } from 'react';
import { signOutUser } from '@/actions/sign-out';
import { listMyTasks, listReviewQueue } from '@/data/documents';
import { unreadNotificationCount } from '@/data/notifications';
import type { Role } from '@/domain/vocabulary';
import { requireUser } from '@/lib/session';

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const { actor, name, locale, t } = await requireUser('/meetings');
  const has = (role: Role) => actor.roles.includes(role);
  // Each link is listed only for those who may use it; the counts are computed only for links shown.
  const links: { href: string; label: () => string; shown: boolean }[] = [
    { href: '/meetings', label: () => t('nav.meetings'), shown: actor.roles.some((r) => r !== 'admin') },
    {
      href: '/tasks',
      label: () => t('nav.myTasksCount', { count: listMyTasks(actor).length }),
      shown: has('secretary'),
    },
    {
      href: '/review',
      label: () => t('nav.reviewCount', { count: listReviewQueue(actor).length }),
      shown: has('reviewer') || has('leader'),
    },
    { href: '/admin/users', label: () => t('nav.users'), shown: has('admin') },
    { href: '/admin/bodies', label: () => t('nav.bodies'), shown: has('admin') },
    { href: '/admin/review-chains', label: () => t('nav.chains'), shown: has('admin') },
    { href: '/admin/audit', label: () => t('nav.audit'), shown: has('admin') },
    { href: '/admin/import', label: () => t('nav.import'), shown: has('admin') },
    { href: '/admin/tokens', label: () => t('nav.tokens'), shown: has('admin') },
    { href: '/admin/settings', label: () => t('nav.settings'), shown: has('admin') },
    {
      href: '/notifications',
      label: () => t('notifications.navCount', { count: unreadNotificationCount(actor) }),
      shown: true,
    },
    { href: '/account', label: () => t('nav.account'), shown: true },
    { href: '/', label: () => t('nav.publicSite'), shown: true },
  ];
  return (
    <div lang={locale}>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href="/meetings" className="text-lg font-semibold text-blue-900">
            {t('app.name')}
          </Link>
          <nav aria-label={t('nav.label')}>
            <ul className="flex flex-wrap items-center gap-4 text-sm">
              {links
                .filter((link) => link.shown)
                .map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="underline-offset-4 hover:underline">
                      {link.label()}
                    </Link>
                  </li>
                ))}
              <li className="text-slate-700">{t('nav.signedInAs', { name })}</li>
              <li>
                <form action={signOutUser}>
                  <button
                    type="submit"
                    className="rounded border border-slate-400 px-3 py-1 hover:bg-slate-100"
                  >
                    {t('nav.signOut')}
                  </button>
                </form>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
