import Link from 'next/link';
import type { ReactNode } from 'react';
import { signOutUser } from '@/actions/sign-out';
import { NavMenu } from '@/components/workspace/nav-menu';
import { listMyTasks, listReviewQueue } from '@/data/documents';
import { unreadNotificationCount } from '@/data/notifications';
import { landingPath } from '@/domain/landing';
import { can } from '@/domain/permissions';
import { requireUser } from '@/web/session';
import { workspaceTitleTemplate } from '@/web/page-title';

export const generateMetadata = workspaceTitleTemplate;

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const { actor, name, locale, t } = await requireUser('/meetings');
  // Each link is listed only for those who may use it; the counts are computed only for links shown.
  const links: { href: string; label: () => string; shown: boolean }[] = [
    { href: '/meetings', label: () => t('nav.meetings'), shown: can(actor, 'meetings.read') },
    {
      href: '/tasks',
      label: () => t('nav.myTasksCount', { count: listMyTasks(actor).length }),
      shown: can(actor, 'tasks.read'),
    },
    {
      href: '/review',
      label: () => t('nav.reviewCount', { count: listReviewQueue(actor).length }),
      shown: can(actor, 'reviewQueue.read'),
    },
    { href: '/received', label: () => t('nav.received'), shown: can(actor, 'receivedMinutes.read') },
    { href: '/follow-up', label: () => t('nav.followUp'), shown: can(actor, 'followUp.read') },
    { href: '/dashboard', label: () => t('nav.dashboard'), shown: can(actor, 'dashboard.read') },
    { href: '/admin/users', label: () => t('nav.users'), shown: can(actor, 'users.manage') },
    { href: '/admin/bodies', label: () => t('nav.bodies'), shown: can(actor, 'bodies.manage') },
    { href: '/admin/review-chains', label: () => t('nav.chains'), shown: can(actor, 'reviewChains.set') },
    { href: '/admin/audit', label: () => t('nav.audit'), shown: can(actor, 'audit.read') },
    {
      href: '/admin/disclosure',
      label: () => t('nav.disclosure'),
      shown: can(actor, 'disclosureFigures.read'),
    },
    { href: '/admin/cache', label: () => t('nav.cache'), shown: can(actor, 'audit.read') },
    { href: '/admin/import', label: () => t('nav.import'), shown: can(actor, 'releases.import') },
    { href: '/admin/tokens', label: () => t('nav.tokens'), shown: can(actor, 'apiTokens.manage') },
    { href: '/admin/settings', label: () => t('nav.settings'), shown: can(actor, 'siteSettings.update') },
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
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href={landingPath(actor)} className="text-lg font-semibold text-link">
            {t('app.name')}
          </Link>
          <NavMenu label={t('nav.label')} menuLabel={t('nav.menu')}>
            {links
              .filter((link) => link.shown)
              .map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="underline-offset-4 hover:underline">
                    {link.label()}
                  </Link>
                </li>
              ))}
            <li className="text-muted">{t('nav.signedInAs', { name })}</li>
            <li>
              <form action={signOutUser}>
                <button
                  type="submit"
                  className="rounded border border-line-strong px-3 py-1 hover:bg-surface-muted"
                >
                  {t('nav.signOut')}
                </button>
              </form>
            </li>
          </NavMenu>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
