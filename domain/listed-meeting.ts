import { translator, type Locale } from '@/messages';
import { formatCalendarDate } from './format';
import { ordinal } from './ordinal';

/** The meeting a published release reports, as its publication names it. */
export type ListedMeeting = { sessionNumber: number; meetingName: string; heldOn: string };

/**
 * "25th Executive Meeting · February 23, 2024" / "第25次常务会议 · 2024年2月23日": what tells apart, in a
 * public list, releases whose headlines read alike (every release of a chair does). Written in the
 * release's own language, like the headline above it and the meeting name it quotes.
 */
export function listedMeetingLine(meeting: ListedMeeting, language: Locale): string {
  const designation = translator(language)('meetings.designation', {
    ordinal: ordinal(meeting.sessionNumber, language),
    meetingName: meeting.meetingName,
  });
  return `${designation} · ${formatCalendarDate(meeting.heldOn, language)}`;
}
