import { describe, expect, it } from 'vitest';
import { checkReleaseAgainstRecords } from './release-consistency';
import { sessionNumberOf } from './chinese-numerals';
import type { MeetingRecords } from './release-draft';
import { draftChineseRelease, joinTitles } from './release-draft-zh';

// The demo meeting's facts in Chinese (date, chair, title line, session, the first document's title) are
// the public record; the other titles and the texts of what was stressed are this project's own wording.
const base: MeetingRecords = {
  bodyName: '省政府',
  meetingName: '常务会议',
  sessionNumber: 25,
  heldOn: '2024-02-23',
  chairName: '黄强',
  chairTitle: '省委副书记、省长',
  purpose: '传达学习中共中央政治局第十一次集体学习精神，研究部署加快发展新质生产力等工作',
  agendaItems: [],
  decisions: [],
};

type Decision = MeetingRecords['decisions'][number];
const decision = (title: string, extra: Partial<Decision> = {}): Decision => ({
  title,
  kind: 'policies_and_measures',
  outcome: 'adopted',
  emphasis: '',
  ...extra,
});
const POLICY = '支持新能源与智能网联汽车产业高质量发展若干政策措施';
const LAND = '关于进一步做好土地征收工作的通知';
const CHARITY = '第四届四川慈善奖拟表彰对象名单';
const NAMING = '攀枝花市东区等13个县（市、区）为第三批省级生态县';

const textOf = (r: MeetingRecords) => {
  const d = draftChineseRelease(r);
  return `${d.headline}\n\n${d.paragraphs.join('\n\n')}`;
};

describe('drafting a Chinese release', () => {
  it('with no decisions: the dateline with title before name, then the closing sentence', () => {
    const draft = draftChineseRelease(base);
    expect(draft.headline).toBe('黄强主持召开省政府第25次常务会议');
    expect(draft.paragraphs).toEqual([
      '2月23日，省委副书记、省长黄强主持召开省政府第25次常务会议，传达学习中共中央政治局第十一次集体学习精神，研究部署加快发展新质生产力等工作。',
      '会议还研究了其他事项。',
    ]);
  });

  it('without a title line or purpose, the dateline still reads as a sentence', () => {
    expect(draftChineseRelease({ ...base, chairTitle: '', purpose: '' }).paragraphs[0]).toBe(
      '2月23日，黄强主持召开省政府第25次常务会议。',
    );
  });

  it('what the meeting stressed: 会议强调 unless the text already opens with its own lead', () => {
    const r = {
      ...base,
      agendaItems: [
        { stressed: '要深刻把握发展新质生产力的内在要求。' },
        { stressed: '会议指出，要坚持稳中求进' },
        { stressed: ' ' },
      ],
    };
    expect(draftChineseRelease(r).paragraphs.slice(1, 3)).toEqual([
      '会议强调，要深刻把握发展新质生产力的内在要求。',
      '会议指出，要坚持稳中求进。',
    ]);
  });

  it('one decision: 会议审议通过《…》。', () => {
    expect(draftChineseRelease({ ...base, decisions: [decision(POLICY)] }).paragraphs[1]).toBe(
      `会议审议通过《${POLICY}》。`,
    );
  });

  it('three documents run on in 《》 without separators; a list joins with 和', () => {
    const r = {
      ...base,
      decisions: [
        decision(LAND, { kind: 'notice' }),
        decision('四川省自然资源督察办法', { kind: 'measures' }),
        decision(CHARITY, { kind: 'nomination_list' }),
      ],
    };
    expect(draftChineseRelease(r).paragraphs[1]).toBe(
      `会议审议通过《${LAND}》《四川省自然资源督察办法》和${CHARITY}。`,
    );
    expect(checkReleaseAgainstRecords(textOf(r), r, 'zh')).toEqual([]);
  });

  it('a naming: 会议决定命名…', () => {
    const r = { ...base, decisions: [decision(NAMING, { kind: 'naming' })] };
    expect(draftChineseRelease(r).paragraphs[1]).toBe(`会议决定命名${NAMING}。`);
  });

  it('adopted in principle: 原则通过, in its own clause or its own paragraph with the emphasis', () => {
    const inPrinciple = decision('四川省加快建设现代化产业体系实施方案', {
      kind: 'plan',
      outcome: 'adopted_in_principle',
    });
    expect(
      draftChineseRelease({ ...base, decisions: [decision(LAND, { kind: 'notice' }), inPrinciple] })
        .paragraphs[1],
    ).toBe(`会议审议通过《${LAND}》，原则通过《四川省加快建设现代化产业体系实施方案》。`);
    const emphasised = { ...inPrinciple, emphasis: '要按程序报省委审定。' };
    expect(draftChineseRelease({ ...base, decisions: [emphasised] }).paragraphs[1]).toBe(
      '会议原则通过《四川省加快建设现代化产业体系实施方案》。会议强调，要按程序报省委审定。',
    );
  });

  it('an emphasised document has its paragraph; the rest follow with 还', () => {
    const r = {
      ...base,
      decisions: [
        decision(POLICY, { emphasis: '要聚焦关键核心技术攻关，加快构建产业生态' }),
        decision(LAND, { kind: 'notice' }),
        decision(NAMING, { kind: 'naming' }),
      ],
    };
    expect(draftChineseRelease(r).paragraphs.slice(1, 3)).toEqual([
      `会议审议通过《${POLICY}》。会议强调，要聚焦关键核心技术攻关，加快构建产业生态。`,
      `会议还审议通过《${LAND}》，决定命名${NAMING}。`,
    ]);
  });

  it('leaves out what was deferred, not adopted or only noted', () => {
    const r = {
      ...base,
      decisions: [
        decision(LAND, { kind: 'notice', outcome: 'deferred' }),
        decision(POLICY, { outcome: 'noted' }),
      ],
    };
    expect(draftChineseRelease(r).paragraphs).toHaveLength(2);
    expect(checkReleaseAgainstRecords(textOf(r), r, 'zh')).toEqual([]);
  });

  it('a title already in 《》 is not bracketed twice', () => {
    expect(joinTitles([{ title: `《${POLICY}》`, kind: 'policies_and_measures' }])).toBe(`《${POLICY}》`);
  });
});

describe('the Chinese consistency check', () => {
  const records = {
    ...base,
    decisions: [
      decision(POLICY),
      decision(LAND, { kind: 'notice' }),
      decision(CHARITY, { kind: 'nomination_list' }),
    ],
  };
  const text = textOf(records);

  it('accepts the drafted text, and stray spaces or line breaks in it', () => {
    expect(checkReleaseAgainstRecords(text, records, 'zh')).toEqual([]);
    expect(checkReleaseAgainstRecords(text.replace('黄强主持', '黄 强\n主持'), records, 'zh')).toEqual([]);
  });

  it('accepts the session in Chinese numerals', () => {
    expect(checkReleaseAgainstRecords(text.replaceAll('第25次', '第二十五次'), records, 'zh')).toEqual([]);
  });

  it('catches a wrong date, even one that ends like the right one', () => {
    expect(checkReleaseAgainstRecords(text.replace('2月23日', '2月24日'), records, 'zh')).toEqual([
      { kind: 'date', expected: '2月23日' },
    ]);
    expect(checkReleaseAgainstRecords(text.replace('2月23日', '12月23日'), records, 'zh')).toEqual([
      { kind: 'date', expected: '2月23日' },
    ]);
  });

  it('catches a wrong session number wherever it is written', () => {
    expect(
      checkReleaseAgainstRecords(text.replace('第25次常务会议，', '第24次常务会议，'), records, 'zh'),
    ).toEqual([{ kind: 'ordinal', expected: '第25次', found: ['第25次', '第24次'] }]);
  });

  it('catches a wrong chair and a wrong title line', () => {
    const edited = text.replaceAll('黄强', '王强').replace('省委副书记、省长', '省长');
    expect(checkReleaseAgainstRecords(edited, records, 'zh')).toEqual([
      { kind: 'chair_name', expected: '黄强', where: 'body' },
      { kind: 'chair_title', expected: '省委副书记、省长' },
      // Where the chair is named (before 主持), a name one character off is pointed out too.
      { kind: 'chair_name_near', expected: '黄强', found: '王强', where: 'headline' },
      { kind: 'chair_name_near', expected: '黄强', found: '王强', where: 'body' },
    ]);
  });

  it('reads the body apart from the headline: a homophone typo in the text is caught though the headline is right', () => {
    const [headline, ...body] = text.split('\n\n');
    const typo = [headline, ...body.map((p) => p.replace('黄强', '黄墙'))].join('\n\n');
    expect(checkReleaseAgainstRecords(typo, records, 'zh')).toEqual([
      { kind: 'chair_name', expected: '黄强', where: 'body' },
      { kind: 'chair_name_near', expected: '黄强', found: '黄墙', where: 'body' },
    ]);
    // With the name right elsewhere in the text, the near-miss alone remains: a warning, not a mismatch.
    const alsoRight = `${typo}\n\n会议要求，黄强同志的讲话精神要抓好落实。`;
    expect(checkReleaseAgainstRecords(alsoRight, records, 'zh')).toEqual([
      { kind: 'chair_name_near', expected: '黄强', found: '黄墙', where: 'body' },
    ]);
  });

  it('catches a dropped title, and a document title written without its 《》', () => {
    expect(checkReleaseAgainstRecords(text.replace(`《${LAND}》`, ''), records, 'zh')).toEqual([
      { kind: 'decision_title', expected: `《${LAND}》` },
    ]);
    expect(checkReleaseAgainstRecords(text.replace(`《${POLICY}》`, POLICY), records, 'zh')).toEqual([
      { kind: 'decision_title', expected: `《${POLICY}》` },
    ]);
  });
});

describe('session numbers as written', () => {
  it.each([
    ['25', 25],
    ['七', 7],
    ['十', 10],
    ['十五', 15],
    ['二十五', 25],
    ['一百零三', 103],
    ['两百', 200],
    ['二五x', Number.NaN],
  ])('%s is %d', (written, n) => {
    expect(sessionNumberOf(written)).toBe(n);
  });
});
