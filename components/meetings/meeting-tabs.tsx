import Link from 'next/link';
import { publicationLabel, workingStateLabel } from '@/components/workspace/labels';
import type { MeetingDocument } from '@/data/meetings';
import { documentPagePath, minutesRecordsPath } from '@/domain/workspace-paths';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { Translate } from '@/messages';
import { documentLabel } from './document-label';

type Tab = 'records' | 'agenda' | 'minutes' | 'minutes_records' | 'press_release' | 'history';

type Props = {
  meetingId: number;
  /** The meeting's documents: a tab per press release (one per language), each with its state. */
  documents: MeetingDocument[];
  active: Tab;
  /** The language of the release shown, when the active tab is a release. */
  activeLanguage?: ContentLanguage;
  t: Translate;
};

/** The meeting's pages: its records (agenda items and decisions) and each of its documents. */
export function MeetingTabs({ meetingId, documents, active, activeLanguage, t }: Props) {
  // The original first, then its translation.
  const releases = documents
    .filter((d) => d.kind === 'press_release')
    .sort((a, b) => Number(a.translationOfId !== null) - Number(b.translationOfId !== null));
  const tabs: { id: string; current: boolean; href: string; label: string; state?: string }[] = [
    { id: 'records', href: `/meetings/${meetingId}`, label: t('meetings.tab.records') },
    { id: 'agenda', href: `/meetings/${meetingId}/agenda`, label: t('documents.kind.agenda') },
    { id: 'minutes', href: `/meetings/${meetingId}/minutes`, label: t('documents.kind.minutes') },
    { id: 'minutes_records', href: minutesRecordsPath(meetingId), label: t('minutesRecords.tab') },
  ].map((tab) => ({ ...tab, current: tab.id === active }));
  for (const release of releases) {
    tabs.push({
      id: `release-${release.language}`,
      current:
        active === 'press_release' &&
        (activeLanguage ? activeLanguage === release.language : release.translationOfId === null),
      href: documentPagePath(meetingId, 'press_release', release.language),
      label: documentLabel(t, release),
      state:
        release.publicationState === 'none'
          ? workingStateLabel(t, { workingState: release.workingState, reviewStep: null })
          : publicationLabel(t, release.publicationState),
    });
  }
  tabs.push({
    id: 'history',
    current: active === 'history',
    href: `/meetings/${meetingId}/history`,
    label: t('documents.history'),
  });
  return (
    // On a narrow screen the tabs scroll sideways in one row rather than wrap into a stack of rows.
    <nav aria-label={t('meetings.tabs')} className="mb-8 overflow-x-auto border-b border-line">
      <ul className="flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.id} className="shrink-0 whitespace-nowrap">
            <Link
              href={tab.href}
              aria-current={tab.current ? 'page' : undefined}
              className={`inline-block rounded-t border border-b-0 px-4 py-2 text-sm ${
                tab.current
                  ? 'border-line bg-surface font-semibold'
                  : 'border-transparent text-link hover:bg-surface-muted'
              }`}
            >
              {tab.label}
              {tab.state ? <span className="block text-xs font-normal text-muted">{tab.state}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
