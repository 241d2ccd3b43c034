import { describe, expect, it } from 'vitest';
import { DEMO_AGENDA, DEMO_BODY, DEMO_DECISIONS, DEMO_MEETING } from '@/db/demo-records';
import { checkReleaseAgainstRecords, isWarning } from './release-consistency';
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

  it('reads the body apart from the headline: a misspelt chair in the text is caught though the headline is right', () => {
    const edited = text.replace('On February 23, Huang Qiang,', 'On February 23, Huang Qian,');
    expect(edited.startsWith('Huang Qiang Chairs')).toBe(true);
    expect(checkReleaseAgainstRecords(edited, records)).toEqual([
      { kind: 'chair_name', expected: 'Huang Qiang', where: 'body' },
      { kind: 'chair_name_near', expected: 'Huang Qiang', found: 'Huang Qian', where: 'body' },
    ]);
  });

  it('warns of a near-miss wherever it is, and takes a possessive for the name itself', () => {
    const edited = text
      .replace('Huang Qiang Chairs', 'Hunag Qiang Chairs')
      .replace('Some other issues', "Huang Qiang's remarks aside, some other issues");
    expect(checkReleaseAgainstRecords(edited, records)).toEqual([
      { kind: 'chair_name_near', expected: 'Huang Qiang', found: 'Hunag Qiang', where: 'headline' },
    ]);
    expect(isWarning({ kind: 'chair_name_near', expected: '', found: '', where: 'headline' })).toBe(true);
    // A name with digits is read whole, not as a near-miss of its letters.
    const numbered = { ...records, chairName: 'Chair mxdstsgy37', chairTitle: '' };
    const numberedDraft = draftRelease(numbered);
    expect(
      checkReleaseAgainstRecords(
        `${numberedDraft.headline}\n\n${numberedDraft.paragraphs.join('\n\n')}`,
        numbered,
      ),
    ).toEqual([]);
    expect(isWarning({ kind: 'chair_name', expected: '', where: 'body' })).toBe(false);
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
