import 'server-only';
import { checkMinutesAgainstRecords } from '@/domain/minutes-consistency';
import { draftMinutes, type MinutesDraft } from '@/domain/minutes-draft';
import type { Mismatch } from '@/domain/release-findings';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { MeetingDetail } from './meetings';
import { minutesRecordsIn, readMinutesRecords } from './minutes-records';

// The minutes drafted from, and checked against, a meeting's records. The meeting was read by the caller,
// for an actor allowed to read it: its minutes' records come with it.

export function minutesDraftFor(meeting: MeetingDetail, language: ContentLanguage): MinutesDraft {
  return draftMinutes(minutesRecordsIn(meeting, readMinutesRecords(meeting.id), language), language);
}

export function minutesFindings(
  meeting: MeetingDetail,
  text: { headline: string; body: string },
  language: ContentLanguage,
): Mismatch[] {
  const records = minutesRecordsIn(meeting, readMinutesRecords(meeting.id), language);
  return checkMinutesAgainstRecords(`${text.headline}\n\n${text.body}`, records, language);
}
