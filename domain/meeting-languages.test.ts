import { describe, expect, it } from 'vitest';
import { missingIn, otherLanguage, recordsIn, type BilingualMeeting } from './meeting-languages';

const meeting = (overrides: Partial<BilingualMeeting> = {}): BilingualMeeting => ({
  body: {
    name: 'the Council',
    nameZh: '市政府',
    meetingName: 'Executive Meeting',
    meetingNameZh: '常务会议',
  },
  sessionNumber: 4,
  heldOn: '2031-03-02',
  chairName: 'Li Hua',
  chairNameZh: '李华',
  chairTitle: 'Mayor',
  chairTitleZh: '市长',
  purpose: '',
  purposeZh: '',
  agendaItems: [
    { kind: 'other', title: 'Roads', titleZh: '道路', stressed: '', stressedZh: '要加快道路建设' },
  ],
  decisions: [
    {
      title: 'Road Plan',
      titleZh: '道路规划',
      kind: 'plan',
      outcome: 'adopted',
      emphasis: '',
      emphasisZh: '',
    },
    { title: '', titleZh: '缓议事项', kind: 'notice', outcome: 'deferred', emphasis: '', emphasisZh: '' },
  ],
  ...overrides,
});

describe('a meeting in one language', () => {
  it('takes each field from its language', () => {
    expect(recordsIn(meeting(), 'zh')).toMatchObject({
      bodyName: '市政府',
      meetingName: '常务会议',
      chairName: '李华',
      chairTitle: '市长',
      agendaItems: [{ stressed: '要加快道路建设' }],
      decisions: [{ title: '道路规划' }, { title: '缓议事项' }],
    });
    expect(recordsIn(meeting(), 'en')).toMatchObject({
      chairName: 'Li Hua',
      decisions: [{ title: 'Road Plan' }, { title: '' }],
    });
    expect(otherLanguage('zh')).toBe('en');
  });
});

describe('what a language lacks', () => {
  it('lists a translation missing where the other language has the value, in the records’ order', () => {
    expect(missingIn(meeting(), 'en')).toEqual([{ field: 'stressed', position: 1, known: '要加快道路建设' }]);
    expect(missingIn(meeting(), 'zh')).toEqual([]);
  });

  it('asks for what every release states even when neither language has it', () => {
    const bare = meeting({
      body: { name: '', nameZh: '', meetingName: '', meetingNameZh: '' },
      chairName: '',
      chairNameZh: '',
    });
    expect(missingIn(bare, 'zh').map((m) => m.field)).toEqual(['bodyName', 'meetingName', 'chairName']);
  });

  it('leaves out decisions a release does not report, and a naming’s emphasis', () => {
    const m = meeting({
      decisions: [
        {
          title: '',
          titleZh: '不予通过的办法',
          kind: 'measures',
          outcome: 'not_adopted',
          emphasis: '',
          emphasisZh: '',
        },
        {
          title: '',
          titleZh: '某县为生态县',
          kind: 'naming',
          outcome: 'adopted',
          emphasis: '',
          emphasisZh: '强调',
        },
      ],
    });
    expect(missingIn(m, 'en').filter((f) => f.field !== 'stressed')).toEqual([
      { field: 'decisionTitle', position: 2, known: '某县为生态县' },
    ]);
  });
});
