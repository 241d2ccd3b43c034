import { describe, expect, it } from 'vitest';
import { checkMinutesAgainstRecords } from './minutes-consistency';
import { draftMinutes, type MinutesRecords } from './minutes-draft';

const base: MinutesRecords = {
  bodyName: '省政府',
  meetingName: '常务会议',
  sessionNumber: 25,
  heldOn: '2024-02-23',
  location: '成都',
  chairName: '黄强',
  chairTitle: '省长',
  attendance: [],
  items: [],
  distribution: { main: [], cc: [] },
};

const english: MinutesRecords = {
  ...base,
  bodyName: "the People's Government of Sichuan Province",
  meetingName: 'Executive Meeting',
  location: 'Chengdu',
  chairName: 'Huang Qiang',
  chairTitle: 'Governor',
};

const vehicles = {
  title: '支持新能源与智能网联汽车产业高质量发展',
  deliberation: '会议审议了《支持新能源与智能网联汽车产业高质量发展若干政策措施》',
  conclusion: 'agreed' as const,
  assignments: [
    {
      task: '抓紧制定实施细则',
      leadUnit: '省经济和信息化厅',
      coUnits: ['省发展改革委', '省财政厅'],
      deadline: '2024-03-31',
    },
    { task: '做好政策解读', leadUnit: '省政府办公厅', coUnits: [], deadline: null },
  ],
};

describe('the minutes drafted from the records', () => {
  it('with no items: the heading, date, place and chair, the opening, nothing else', () => {
    const { headline, body } = draftMinutes(base, 'zh');
    expect(headline).toBe('省政府第25次常务会议纪要');
    expect(body).toBe(
      [
        '**时间：** 2024年2月23日  \n**地点：** 成都  \n**主持：** 黄强（省长）',
        '2024年2月23日，黄强主持召开省政府第25次常务会议。现将会议议定事项纪要如下：',
      ].join('\n\n'),
    );
    const en = draftMinutes(english, 'en');
    expect(en.headline).toBe(
      "Minutes of the 25th Executive Meeting of the People's Government of Sichuan Province",
    );
    expect(en.body).toContain('**Chair:** Huang Qiang, Governor');
    expect(en.body).toContain('On 23 February 2024, Huang Qiang presided over the 25th Executive Meeting');
  });

  it('an item with two assignments: numbered, its conclusion, one sentence per assignment', () => {
    const { body } = draftMinutes({ ...base, items: [vehicles] }, 'zh');
    expect(body).toContain(
      '**一、支持新能源与智能网联汽车产业高质量发展**\n\n会议审议了《支持新能源与智能网联汽车产业高质量发展若干政策措施》。会议同意。\n\n请省经济和信息化厅牵头，省发展改革委、省财政厅配合，抓紧制定实施细则，于2024年3月31日前完成。\n\n请省政府办公厅牵头，做好政策解读。',
    );
    const en = draftMinutes(
      {
        ...english,
        items: [
          {
            title: 'New energy vehicles',
            deliberation: '',
            conclusion: 'agreed',
            assignments: [
              {
                task: 'draw up the implementing rules',
                leadUnit: 'the Department of Economy and Information Technology',
                coUnits: ['the Development and Reform Commission', 'the Department of Finance'],
                deadline: '2024-03-31',
              },
            ],
          },
        ],
      },
      'en',
    );
    expect(en.body).toContain('**1. New energy vehicles**\n\nThe meeting agreed.');
    expect(en.body).toContain(
      'The Department of Economy and Information Technology is to lead, with the Development and Reform Commission and the Department of Finance co-operating, and draw up the implementing rules by 31 March 2024.',
    );
  });

  it('an absent member with the reason, and each attendance list in its place', () => {
    const records: MinutesRecords = {
      ...base,
      attendance: [
        { role: 'present', name: '黄强', title: '省长', unit: '', reason: '' },
        { role: 'present', name: '甲副省长', title: '副省长', unit: '', reason: '' },
        { role: 'absent', name: '乙副省长', title: '副省长', unit: '', reason: '因公出差。' },
        { role: 'non_voting', name: '丙', title: '厅长', unit: '省财政厅', reason: '' },
        { role: 'minute_taker', name: '丁', title: '', unit: '省政府办公厅', reason: '' },
      ],
    };
    const { body } = draftMinutes(records, 'zh');
    expect(body).toContain('**出席：** 黄强（省长）；甲副省长（副省长）');
    expect(body).toContain('**请假：** 乙副省长（副省长），因公出差');
    expect(body).toContain('**列席：** 丙（省财政厅厅长）');
    expect(body).toContain('**记录：** 丁（省政府办公厅）');
    const en = draftMinutes(
      {
        ...english,
        attendance: [
          { role: 'absent', name: 'Li Ming', title: 'Vice Governor', unit: '', reason: 'on official travel' },
        ],
      },
      'en',
    );
    expect(en.body).toContain('**Absent:** Li Ming (Vice Governor), on official travel');
  });

  it('an item to be revised and resubmitted, and the distribution after a rule', () => {
    const records: MinutesRecords = {
      ...base,
      items: [
        { title: '四川省自然资源督察办法', deliberation: '', conclusion: 'revise_resubmit', assignments: [] },
      ],
      distribution: { main: ['省自然资源厅'], cc: ['省政府办公厅', '省司法厅'] },
    };
    const { body } = draftMinutes(records, 'zh');
    expect(body).toContain('**一、四川省自然资源督察办法**\n\n会议要求修改完善后再提交会议审议。');
    expect(body.endsWith('---\n\n**主送：** 省自然资源厅  \n**抄送：** 省政府办公厅，省司法厅')).toBe(true);
    const en = draftMinutes(
      { ...english, items: [{ ...records.items[0]!, title: 'Supervision measures' }] },
      'en',
    );
    expect(en.body).toContain('The meeting asked for it to be revised and submitted again.');
  });
});

describe('the minutes checked against their records', () => {
  const records: MinutesRecords = {
    ...base,
    attendance: [
      { role: 'present', name: '黄强', title: '省长', unit: '', reason: '' },
      { role: 'present', name: '李明', title: '副省长', unit: '', reason: '' },
    ],
    items: [vehicles, { title: '其他事项', deliberation: '', conclusion: null, assignments: [] }],
  };

  it('finds nothing in the text it drafted, in either language', () => {
    expect(
      checkMinutesAgainstRecords(Object.values(draftMinutes(records, 'zh')).join('\n\n'), records, 'zh'),
    ).toEqual([]);
    const en: MinutesRecords = {
      ...english,
      items: [
        {
          title: 'Vehicles',
          deliberation: '',
          conclusion: 'noted',
          assignments: [
            { task: 'report', leadUnit: 'the Department of Finance', coUnits: [], deadline: '2024-04-01' },
          ],
        },
      ],
    };
    expect(checkMinutesAgainstRecords(Object.values(draftMinutes(en, 'en')).join('\n\n'), en, 'en')).toEqual(
      [],
    );
  });

  it('finds a changed conclusion, an assignment whose deadline moved away from its unit, a missing attendee', () => {
    const { headline, body } = draftMinutes(records, 'zh');
    const edited = body
      .replace('会议同意。', '会议原则同意。')
      .replace('，于2024年3月31日前完成。', '。\n\n于2024年4月30日前完成。');
    expect(checkMinutesAgainstRecords(`${headline}\n\n${edited}`, records, 'zh')).toEqual([
      { kind: 'conclusion', expected: '会议同意。' },
      {
        kind: 'assignment',
        expected:
          '请省经济和信息化厅牵头，省发展改革委、省财政厅配合，抓紧制定实施细则，于2024年3月31日前完成。',
      },
    ]);
    const withoutAttendee = body.replace('；李明（副省长）', '');
    expect(checkMinutesAgainstRecords(withoutAttendee, records, 'zh')).toEqual([
      { kind: 'attendee', expected: '李明' },
    ]);
  });

  it('does not ask for an item the minutes record nothing of', () => {
    const { body } = draftMinutes(records, 'zh');
    expect(body).not.toContain('其他事项');
    expect(checkMinutesAgainstRecords(body, records, 'zh').filter((f) => f.kind === 'agenda_item')).toEqual(
      [],
    );
  });
});
