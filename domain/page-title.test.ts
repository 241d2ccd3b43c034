import { describe, expect, it } from 'vitest';
import { translator } from '@/messages';
import { meetingPageTitle } from './page-title';

const meeting = { sessionNumber: 25, meetingName: 'Executive Meeting', heldOn: '2024-02-23' };

describe('the title of a meeting page', () => {
  it('names the page, then the session and date of the meeting, in English', () => {
    const t = translator('en');
    expect(meetingPageTitle(t, 'en', t('documents.kind.press_release'), meeting)).toBe(
      'Press release — 25th Executive Meeting, February 23, 2024',
    );
  });

  it('in Chinese, with the Chinese ordinal and date', () => {
    const t = translator('zh');
    expect(
      meetingPageTitle(t, 'zh', t('documents.kind.minutes'), { ...meeting, meetingName: '省政府常务会议' }),
    ).toBe('会议纪要 — 第25次省政府常务会议（2024年2月23日）');
  });
});
