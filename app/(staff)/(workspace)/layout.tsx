import Link from 'next/link';
import type { ReactNode } from 'react';
import { signOutUser } from '@/actions/sign-out';
import { listMyTasks, listReviewQueue } from '@/data/documents';
import { unreadNotificationCount } from '@/data/notifications';
import { requireUser } from '@/lib/session';

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const { actor, name, locale, t } = await requireUser('/meetings');
  const queued = listReviewQueue(actor).length;
  const unread = unreadNotificationCount(actor);
  const roles = actor.roles;
  const staff = roles.some((r) => r !== 'admin');
  return (
    <div lang={locale}>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href="/meetings" className="text-lg font-semibold text-blue-900">
            {t('app.name')}
          </Link>
          <nav aria-label={t('nav.label')}>
            <ul className="flex flex-wrap items-center gap-4 text-sm">
              {staff ? (
                <li>
                  <Link href="/meetings" className="underline-offset-4 hover:underline">
                    {t('nav.meetings')}
                  </Link>
                </li>
              ) : null}
              {roles.includes('secretary') ? (
                <li>
                  <Link href="/tasks" className="underline-offset-4 hover:underline">
                    {t('nav.myTasksCount', { count: listMyTasks(actor).length })}
                  </Link>
                </li>
              ) : null}
              {roles.includes('reviewer') || roles.includes('leader') ? (
                <li>
                  <Link href="/review" className="underline-offset-4 hover:underline">
                    {t('nav.reviewCount', { count: queued })}
                  </Link>
                </li>
              ) : null}
              {roles.includes('admin') ? (
                <>
                  <li>
                    <Link href="/admin/users" className="underline-offset-4 hover:underline">
                      {t('nav.users')}
                    </Link>
                  </li>
                  <li>
                    <Link href="/admin/bodies" className="underline-offset-4 hover:underline">
                      {t('nav.bodies')}
                    </Link>
                  </li>
                  <li>
                    <Link href="/admin/review-chains" className="underline-offset-4 hover:underline">
                      {t('nav.chains')}
                    </Link>
                  </li>
                  <li>
                    <Link href="/admin/audit" className="underline-offset-4 hover:underline">
                      {t('nav.audit')}
                    </Link>
                  </li>
                  <li>
                    <Link href="/admin/settings" className="underline-offset-4 hover:underline">
                      {t('nav.settings')}
                    </Link>
                  </li>
                </>
              ) : null}
              <li>
                <Link href="/notifications" className="underline-offset-4 hover:underline">
                  {t('notifications.navCount', { count: unread })}
                </Link>
              </li>
              <li>
                <Link href="/account" className="underline-offset-4 hover:underline">
                  {t('nav.account')}
                </Link>
              </li>
              <li>
                <Link href="/" className="underline-offset-4 hover:underline">
                  {t('nav.publicSite')}
                </Link>
              </li>
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
