import type { Locale, Translate } from '@/messages';
import { formatCalendarDate } from './format';
import { ordinal } from './ordinal';

export type TitledMeeting = { sessionNumber: number; meetingName: string; heldOn: string };

/**
 * The <title> of a page about one meeting: what the page shows, then the meeting's session and date, so
 * tabs and history entries of different meetings (whose pages are alike) tell apart.
 */
export function meetingPageTitle(t: Translate, locale: Locale, page: string, meeting: TitledMeeting): string {
  return t('pageTitle.meeting', {
    page,
    meeting: t('meetings.designation', {
      ordinal: ordinal(meeting.sessionNumber, locale),
      meetingName: meeting.meetingName,
    }),
    date: formatCalendarDate(meeting.heldOn, locale),
  });
}
