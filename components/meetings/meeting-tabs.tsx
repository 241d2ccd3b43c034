import Link from 'next/link';
import type { Translate } from '@/messages';

type Tab = 'records' | 'agenda' | 'minutes' | 'press_release' | 'history';

/** The meeting's pages: its records (agenda items and decisions) and each of its documents. */
export function MeetingTabs({ meetingId, active, t }: { meetingId: number; active: Tab; t: Translate }) {
  const tabs: { id: Tab; href: string; label: string }[] = [
    { id: 'records', href: `/meetings/${meetingId}`, label: t('meetings.tab.records') },
    { id: 'agenda', href: `/meetings/${meetingId}/agenda`, label: t('documents.kind.agenda') },
    { id: 'minutes', href: `/meetings/${meetingId}/minutes`, label: t('documents.kind.minutes') },
    { id: 'press_release', href: `/meetings/${meetingId}/release`, label: t('documents.kind.press_release') },
    { id: 'history', href: `/meetings/${meetingId}/history`, label: t('documents.history') },
  ];
  return (
    <nav aria-label={t('meetings.tabs')} className="mb-8 border-b border-slate-300">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link
              href={tab.href}
              aria-current={tab.id === active ? 'page' : undefined}
              className={`inline-block rounded-t border border-b-0 px-4 py-2 text-sm ${
                tab.id === active
                  ? 'border-slate-300 bg-white font-semibold'
                  : 'border-transparent text-blue-900 hover:bg-slate-100'
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
