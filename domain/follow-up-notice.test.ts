import { describe, expect, it } from 'vitest';
import { draftNotice, type NoticeInput } from './follow-up-notice';

const zh: NoticeInput = {
  language: 'zh',
  bodyName: '省政府',
  meetingName: '常务会议',
  sessionNumber: 25,
  heldOn: '2024-02-23',
  items: [
    {
      task: '制定实施细则',
      leadUnit: '省经济和信息化厅',
      coUnits: ['省财政厅', '省商务厅'],
      deadline: '2024-03-31',
      reportCycle: 'monthly',
    },
    { task: '开展专项督查', leadUnit: '省财政厅', coUnits: [], deadline: null, reportCycle: 'none' },
  ],
};

describe('the notice to units', () => {
  it('drafts the Chinese notice in the standard form', () => {
    const notice = draftNotice(zh);
    expect(notice.title).toBe('关于省政府第25次常务会议议定事项的督办通知');
    expect(notice.addressees).toBe('省经济和信息化厅、省财政厅、省商务厅：');
    expect(notice.opening).toBe(
      '2024年2月23日，省政府召开第25次常务会议。现将会议议定事项的督办要求通知如下：',
    );
    expect(notice.items).toEqual([
      '一、制定实施细则。由省经济和信息化厅牵头，省财政厅、省商务厅配合，于2024年3月31日前完成，每月报送进展。',
      '二、开展专项督查。由省财政厅牵头。',
    ]);
    expect(notice.closing).toContain('按期报送进展情况');
  });

  it('drafts the English notice', () => {
    const notice = draftNotice({
      ...zh,
      language: 'en',
      bodyName: "the People's Government of Sichuan Province",
      meetingName: 'Executive Meeting',
      items: [
        {
          task: 'draw up the implementing rules',
          leadUnit: 'the Department of Economy and Information Technology',
          coUnits: ['the Department of Finance', 'the Department of Commerce'],
          deadline: '2024-03-31',
          reportCycle: 'quarterly',
        },
      ],
    });
    expect(notice.title).toBe(
      "Notice on the follow-up of the decisions of the 25th Executive Meeting of the People's Government of Sichuan Province",
    );
    expect(notice.opening).toContain('was held on 23 February 2024');
    expect(notice.items).toEqual([
      '1. The Department of Economy and Information Technology is to lead, with the Department of Finance and the Department of Commerce: draw up the implementing rules, by 31 March 2024, reporting progress quarterly.',
    ]);
  });
});
