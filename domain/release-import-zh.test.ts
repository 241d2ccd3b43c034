import { describe, expect, it } from 'vitest';
import { isChineseText, parseReleaseZh } from './release-import-zh';

// The Chinese house style's forms (../shared/seed/zh-house-style.md), each with the facts it must yield.

const page = (opening: string, ...paragraphs: string[]) =>
  [
    '政务公开',
    '省政府召开常务会议',
    '',
    opening,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    '会议还研究了其他事项。',
    '',
    '主办：四川省人民政府办公厅',
  ].join('\n');

describe('parseReleaseZh', () => {
  it.each([
    [
      'afternoon, a governor named after the title',
      '3月5日下午，省长黄强主持召开省政府第26次常务会议，研究部署春耕工作。',
      { chair: '黄强', chairTitle: '省长', meetingNumber: 26, date: '2024-03-05' },
    ],
    [
      'an executive vice-governor chairing',
      '3月12日，常务副省长李明主持召开省政府第27次常务会议。',
      { chair: '李明', chairTitle: '常务副省长', meetingNumber: 27 },
    ],
    [
      'Chinese numerals in the session',
      '4月2日，省长黄强主持召开省政府第七次常务会议。',
      { meetingNumber: 7 },
    ],
    [
      'Chinese numerals past ten',
      '4月9日，省长黄强主持召开省政府第二十五次常务会议，听取汇报。',
      { meetingNumber: 25, purpose: '听取汇报。' },
    ],
  ])('%s', (_, opening, facts) => {
    expect(parseReleaseZh(page(opening), { year: 2024 })).toMatchObject(facts);
  });

  it('reads adoptions: run-on titles, in principle, a list without book-title marks, a naming', () => {
    const r = parseReleaseZh(
      page(
        '2月23日，省长黄强主持召开省政府第25次常务会议。',
        '会议审议通过《甲规划》《乙通知》。会议强调，要抓好落实。',
        '会议原则通过《丙办法》，决定按程序报省委审定。',
        '会议审议通过第四届四川慈善奖拟表彰对象名单。',
        '会议决定命名东区为省级生态县。',
      ),
      { year: 2024 },
    );
    expect(r.decisions).toEqual([
      { title: '甲规划', kind: 'plan', outcome: 'adopted' },
      { title: '乙通知', kind: 'notice', outcome: 'adopted' },
      { title: '丙办法', kind: 'measures', outcome: 'adopted_in_principle' },
      { title: '第四届四川慈善奖拟表彰对象名单', kind: 'nomination_list', outcome: 'adopted' },
      { title: '东区为省级生态县', kind: 'naming', outcome: 'adopted' },
    ]);
  });

  it('takes the year from the page date, a December meeting in a January page being the year before', () => {
    const text = page('12月30日，省长黄强主持召开省政府第45次常务会议。').replace(
      '\n\n',
      '\n发布时间：2025-01-03\n\n',
    );
    expect(parseReleaseZh(text)).toMatchObject({ date: '2024-12-30', published: '2025-01-03' });
  });

  it('reads nothing from a file cut short', () => {
    const text = [
      '省政府召开常务会议',
      '',
      '2月23日，省长黄强主持召开省政府第25次常务会议。',
      '',
      '会议审议通过《甲规划》。会议审议通过《乙',
    ].join('\n');
    const r = parseReleaseZh(text, { year: 2024 });
    expect(r.decisions.map((d) => d.title)).toEqual(['甲规划']);
    expect(r.warnings.some((w) => /cut off/.test(w))).toBe(true);
  });

  it('tells a Chinese text from an English one', () => {
    expect(isChineseText(page('2月23日，省长黄强主持召开省政府第25次常务会议。'))).toBe(true);
    expect(isChineseText('On February 23, Huang Qiang presided over the 25th Executive Meeting.')).toBe(
      false,
    );
  });
});
