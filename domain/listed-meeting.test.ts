import { describe, expect, it } from 'vitest';
import { listedMeetingLine } from './listed-meeting';

describe('listedMeetingLine', () => {
  const meeting = { sessionNumber: 25, meetingName: 'Executive Meeting', heldOn: '2024-02-23' };

  it('names the session and the day with its year, in English', () => {
    expect(listedMeetingLine(meeting, 'en')).toBe('25th Executive Meeting · February 23, 2024');
  });

  it('writes the Chinese ordinal and date in Chinese', () => {
    expect(listedMeetingLine({ ...meeting, meetingName: '常务会议' }, 'zh')).toBe(
      '第25次常务会议 · 2024年2月23日',
    );
  });

  it('keeps the calendar day whatever the time zone (a date, not an instant)', () => {
    expect(listedMeetingLine({ ...meeting, sessionNumber: 1, heldOn: '2023-12-31' }, 'en')).toBe(
      '1st Executive Meeting · December 31, 2023',
    );
  });
});
