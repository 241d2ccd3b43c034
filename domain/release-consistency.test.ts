import { describe, expect, it } from 'vitest';
import { DEMO_AGENDA, DEMO_BODY, DEMO_DECISIONS, DEMO_MEETING } from '@/db/demo-records';
import { checkReleaseAgainstRecords } from './release-consistency';
import { draftRelease, type MeetingRecords } from './release-draft';

const records: MeetingRecords = {
  bodyName: DEMO_BODY.name,
  meetingName: DEMO_BODY.meetingName,
  ...DEMO_MEETING,
  agendaItems: DEMO_AGENDA,
  decisions: DEMO_DECISIONS,
};
const draft = draftRelease(records);
const text = `${draft.headline}\n\n${draft.paragraphs.join('\n\n')}`;

describe('checkReleaseAgainstRecords', () => {
  it('finds nothing wrong with a release drafted from the records', () => {
    expect(checkReleaseAgainstRecords(text, records)).toEqual([]);
  });

  it('catches a wrong session ordinal', () => {
    const edited = text.replace('25th Executive Meeting', '24th Executive Meeting');
    expect(checkReleaseAgainstRecords(edited, records)).toEqual([
      { kind: 'ordinal', expected: '25th', found: ['24th'] },
    ]);
  });

  it('catches a dropped adopted title', () => {
    const edited = text.replace('the Notice on Further Facilitating Land Acquisition, ', '');
    expect(checkReleaseAgainstRecords(edited, records)).toEqual([
      { kind: 'decision_title', expected: 'Notice on Further Facilitating Land Acquisition' },
    ]);
  });

  it('catches a wrong date, chair and title line, all at once', () => {
    const edited = text
      .replaceAll('February 23', 'February 24')
      .replaceAll('Huang Qiang', 'Someone Else')
      .replaceAll('Deputy Secretary', 'Secretary');
    const kinds = checkReleaseAgainstRecords(edited, records).map((m) => m.kind);
    expect(kinds).toEqual(['date', 'chair_name', 'chair_title']);
  });

  it('ignores differences of whitespace and case in titles', () => {
    const edited = text.replace('Notice on Further Facilitating', 'notice  on further\nfacilitating');
    expect(checkReleaseAgainstRecords(edited, records)).toEqual([]);
  });

  it('does not ask for decisions that were deferred', () => {
    const withDeferred: MeetingRecords = {
      ...records,
      decisions: [
        ...records.decisions,
        { title: 'Plan Not Yet Agreed', kind: 'plan', outcome: 'deferred', emphasis: '' },
      ],
    };
    expect(checkReleaseAgainstRecords(text, withDeferred)).toEqual([]);
  });
});
