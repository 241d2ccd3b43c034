import { describe, expect, it } from 'vitest';
import { publishedRecords, statedInRelease } from './published-statement';

describe('statedInRelease', () => {
  const stated = statedInRelease(
    'Huang Qiang Chairs Executive Meeting',
    'The meeting deliberated and adopted the Several Policies and\nMeasures on Tourism.',
  );

  it('finds a text the release states, whatever its case and line breaks', () => {
    expect(stated('several policies and measures on tourism')).toBe(true);
    expect(stated('Huang  Qiang')).toBe(true);
  });

  it('refuses a text the release does not state, and an empty one', () => {
    expect(stated('Measures on Rural Revitalization')).toBe(false);
    expect(stated('   ')).toBe(false);
  });
});

describe('publishedRecords', () => {
  it('keeps the title line and the reported decisions the text states, for the API and the export alike', () => {
    const body =
      'Huang Qiang, Governor of Sichuan Province, presided. The meeting adopted the Notice on Grain. ' +
      'It also discussed the Plan for Roads.';
    const decisions = [
      { title: 'the Notice on Grain', kind: 'notice', outcome: 'adopted' },
      // Named in the text, but deferred: the release does not report it as a decision.
      { title: 'the Plan for Roads', kind: 'plan', outcome: 'deferred' },
      // Adopted, but not (yet) in the published text: a correction being drafted.
      { title: 'the Measures on Water', kind: 'measures', outcome: 'adopted' },
    ] as const;
    expect(
      publishedRecords('Headline', body, {
        chairTitle: ' Governor of Sichuan Province ',
        decisions: [...decisions],
      }),
    ).toEqual({
      chairTitle: 'Governor of Sichuan Province',
      decisions: [{ title: 'the Notice on Grain', kind: 'notice', outcome: 'adopted' }],
    });
    expect(
      publishedRecords('Headline', body, { chairTitle: 'Vice Governor', decisions: [] }).chairTitle,
    ).toBe('');
  });

  it('names a decision by its whole title only, not by a word of a longer title', () => {
    const body =
      'The Executive Meeting deliberated and adopted the Several Policies and Measures for Tourism ' +
      'and the Plan for Roads \\(2024\\).';
    const decisions = [
      {
        title: 'Several Policies and Measures for Tourism',
        kind: 'policies_and_measures',
        outcome: 'adopted',
      },
      { title: 'Measures', kind: 'measures', outcome: 'adopted' },
      { title: 'Plan for Roads (2024)', kind: 'plan', outcome: 'adopted' },
    ] as const;
    expect(
      publishedRecords('Headline', body, { chairTitle: '', decisions: [...decisions] }).decisions.map(
        (d) => d.title,
      ),
    ).toEqual(['Several Policies and Measures for Tourism', 'Plan for Roads (2024)']);
  });
});

describe('publishedRecords of a Chinese release', () => {
  const body =
    '2月23日，省委副书记、省长黄强主持召开省政府第25次常务会议。\n\n' +
    '会议审议通过《支持新能源汽车产业若干政策措施》《四川省自然资源督察办法》和第四届四川慈善奖拟表彰对象名单，' +
    '决定命名攀枝花市东区等13个县为第三批省级生态县。\n\n会议还研究了其他事项。';

  it('keeps the titles the text names in 《》, and a list or naming phrase it states without them', () => {
    const decisions = [
      { title: '支持新能源汽车产业若干政策措施', kind: 'policies_and_measures', outcome: 'adopted' },
      // Only inside a longer title: not named.
      { title: '督察办法', kind: 'measures', outcome: 'adopted' },
      { title: '《四川省自然资源督察办法》', kind: 'measures', outcome: 'adopted' },
      { title: '第四届四川慈善奖拟表彰对象名单', kind: 'nomination_list', outcome: 'adopted' },
      { title: '攀枝花市东区等13个县为第三批省级生态县', kind: 'naming', outcome: 'adopted' },
      // Stated without 《》 but a document's title: the text does not name it as adopted.
      { title: '其他事项', kind: 'notice', outcome: 'adopted' },
    ] as const;
    const stated = publishedRecords(
      '黄强主持召开省政府第25次常务会议',
      body,
      {
        chairTitle: '省委副书记、省长',
        decisions: [...decisions],
      },
      'zh',
    );
    expect(stated.chairTitle).toBe('省委副书记、省长');
    expect(stated.decisions.map((d) => d.title)).toEqual([
      '支持新能源汽车产业若干政策措施',
      '《四川省自然资源督察办法》',
      '第四届四川慈善奖拟表彰对象名单',
      '攀枝花市东区等13个县为第三批省级生态县',
    ]);
  });

  it('names a title written with a stray space or line break inside its 《》, as the consistency check does', () => {
    const spaced = body.replace('《四川省自然资源督察办法》', '《四川省自然资源\n督察办法》');
    const stated = publishedRecords(
      '黄强主持召开省政府第25次常务会议',
      spaced,
      {
        chairTitle: '',
        decisions: [{ title: '四川省自然资源督察办法', kind: 'measures', outcome: 'adopted' }],
      },
      'zh',
    );
    expect(stated.decisions.map((d) => d.title)).toEqual(['四川省自然资源督察办法']);
  });
});
