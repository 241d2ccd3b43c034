import { describe, expect, it } from 'vitest';
import {
  maskAll,
  maskedValue,
  maskPersonalData,
  PERSONAL_DATA_KINDS,
  scanPersonalData,
  type PersonalDataFinding,
  type PersonalDataKind,
} from '@/domain/personal-data';
import {
  CORPUS_TODAY,
  DEMO_CASES,
  NEAR_MISSES,
  POSITIVES,
  idCheckCharacter,
  type CorpusCase,
} from '@/test/fixtures/personal-data-corpus';

const scan = (c: CorpusCase) =>
  scanPersonalData(c.text, { protectedNames: c.protectedNames, today: CORPUS_TODAY });

type Tally = { expected: number; found: number; right: number };

/** Scores the scan on cases: a finding is right when its kind and its exact span are expected. */
function score(cases: CorpusCase[]) {
  const byKind = new Map<PersonalDataKind, Tally>(
    PERSONAL_DATA_KINDS.map((k) => [k, { expected: 0, found: 0, right: 0 }]),
  );
  const wrong: string[] = [];
  for (const c of cases) {
    const findings = scan(c);
    const expected = c.expect.map((e) => {
      const start = c.text.indexOf(e.value);
      if (start < 0) throw new Error(`${c.name}: "${e.value}" is not in its text`);
      return { kind: e.kind, start, end: start + e.value.length };
    });
    const same = (a: PersonalDataFinding, b: PersonalDataFinding) =>
      a.kind === b.kind && a.start === b.start && a.end === b.end;
    for (const e of expected) {
      byKind.get(e.kind)!.expected++;
      if (findings.some((f) => same(f, e))) byKind.get(e.kind)!.right++;
      else wrong.push(`missed ${e.kind} in ${c.name}: ${JSON.stringify(c.text)}`);
    }
    for (const f of findings) {
      byKind.get(f.kind)!.found++;
      if (!expected.some((e) => same(f, e))) {
        wrong.push(
          `false ${f.kind} ${JSON.stringify(c.text.slice(f.start, f.end))} in ${c.name}: ${JSON.stringify(c.text)}`,
        );
      }
    }
  }
  const total = [...byKind.values()].reduce(
    (t, k) => ({ expected: t.expected + k.expected, found: t.found + k.found, right: t.right + k.right }),
    { expected: 0, found: 0, right: 0 },
  );
  return { byKind, total, wrong };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('the personal-data scan on its corpus', () => {
  it('holds at least 200 positives and 200 near misses written for it', () => {
    const positives = POSITIVES.reduce((n, c) => n + c.expect.length, 0);
    expect(positives).toBeGreaterThanOrEqual(200);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(200);
    for (const c of NEAR_MISSES) expect(c.expect).toEqual([]);
  });

  it('finds what it must and little else: precision and recall of at least 0.98', () => {
    const { byKind, total, wrong } = score([...POSITIVES, ...NEAR_MISSES, ...DEMO_CASES]);
    const precision = ratio(total.right, total.found);
    const recall = ratio(total.right, total.expected);
    const rows = [...byKind].map(
      ([kind, t]) =>
        `  ${kind.padEnd(15)} expected ${String(t.expected).padStart(3)}  found ${String(t.found).padStart(3)}  right ${String(t.right).padStart(3)}  precision ${ratio(t.right, t.found).toFixed(3)}  recall ${ratio(t.right, t.expected).toFixed(3)}`,
    );
    console.log(
      [
        `personal-data scan: ${POSITIVES.length} positive cases (${total.expected} values), ${NEAR_MISSES.length} near misses, ${DEMO_CASES.length} demo texts`,
        ...rows,
        `  all             precision ${precision.toFixed(4)} (${total.right}/${total.found})  recall ${recall.toFixed(4)} (${total.right}/${total.expected})`,
        ...wrong.map((w) => `  ${w}`),
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });

  it('finds nothing in the demo releases and records', () => {
    expect(DEMO_CASES.length).toBeGreaterThan(10);
    for (const c of DEMO_CASES) expect(scan(c), c.text.slice(0, 80)).toEqual([]);
  });
});

const id = (first17: string) => first17 + idCheckCharacter(first17);
const VALID_ID = id('51010719850614203'); // made up: Wuhou District, 14 June 1985
const today = CORPUS_TODAY;

describe('scanPersonalData', () => {
  it('answers offsets into the text as given, sorted and not overlapping', () => {
    const text = `名单：张某，${VALID_ID}，１３８００１３８０００，z@example.com`;
    const findings = scanPersonalData(text, { today });
    expect(findings.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['resident_id', VALID_ID],
      ['mobile', '１３８００１３８０００'],
      ['email', 'z@example.com'],
    ]);
    for (const [k, f] of findings.entries()) {
      if (k > 0) expect(f.start).toBeGreaterThanOrEqual(findings[k - 1]!.end);
    }
  });

  it('checks an ID number by its check character, province and birth date', () => {
    const wrong = VALID_ID.slice(0, 17) + (VALID_ID[17] === '0' ? '1' : '0');
    expect(scanPersonalData(VALID_ID, { today })).toHaveLength(1);
    expect(scanPersonalData(wrong, { today })).toEqual([]);
    expect(scanPersonalData(id('99010719850614203'), { today })).toEqual([]);
    expect(scanPersonalData(id('51010719850230203'), { today })).toEqual([]);
    // Born after the day of the scan: no ID number yet.
    expect(scanPersonalData(id('51010720300614203'), { today })).toEqual([]);
  });

  it('reads an ID number broken by a line end, and never one inside a longer run of digits', () => {
    const broken = `${VALID_ID.slice(0, 9)}\n${VALID_ID.slice(9)}`;
    expect(scanPersonalData(`身份证号：${broken}。`, { today })).toEqual([
      { kind: 'resident_id', start: 5, end: 5 + broken.length },
    ]);
    expect(scanPersonalData(`${VALID_ID}12`, { today })).toEqual([]);
    expect(scanPersonalData(`9${VALID_ID}`, { today })).toEqual([]);
    expect(scanPersonalData('1380013800012', { today })).toEqual([]);
  });

  it('reads a number at the end of a line whatever the next line starts with', () => {
    const text = '手机13812345678\n人员名单另附';
    expect(scanPersonalData(text)).toEqual([{ kind: 'mobile', start: 2, end: 13 }]);
    expect(scanPersonalData('13812345678 人')).toEqual([]);
  });

  it('reads an English address from its label, but not an e-mail, web or IP address', () => {
    const text = 'Email address: zhang1@example.com; IP address: 192.168.1.1; Address: 8 Jinli Street';
    expect(scanPersonalData(text).map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['email', 'zhang1@example.com'],
      ['address', '8 Jinli Street'],
    ]);
  });

  it('takes a mobile number with its country code', () => {
    const text = 'Call +86 138 0013 8000 or 0086-13900139000.';
    expect(scanPersonalData(text).map((f) => text.slice(f.start, f.end))).toEqual([
      '+86 138 0013 8000',
      '0086-13900139000',
    ]);
  });

  it('finds the names on the list, Latin ones as whole words', () => {
    const text = '王小明 and Li Ming met Li Mingyuan.';
    const findings = scanPersonalData(text, { protectedNames: ['王小明', 'Li Ming', ' '] });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['王小明', 'Li Ming']);
    expect(scanPersonalData(text)).toEqual([]);
  });

  it('finds the names on the list in any case', () => {
    const text = 'LI MING and li ming; 王小明';
    const findings = scanPersonalData(text, { protectedNames: ['Li Ming', '王小明'] });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['LI MING', 'li ming', '王小明']);
  });

  it('reads mobile numbers grouped 4-4-3 as well as 3-4-4, never mixed', () => {
    const text = '手机1381 2345 678；座机号码1381 234 5678。';
    expect(scanPersonalData(text).map((f) => text.slice(f.start, f.end))).toEqual(['1381 2345 678']);
  });

  it('leaves document numbers, dates, amounts, hotlines and web addresses alone', () => {
    const text =
      '根据川府发〔2024〕5号，2024年2月23日下达资金1380013800元，增长13.8%；热线12345；详见https://www.sc.gov.cn/10462/13800138000.shtml';
    expect(scanPersonalData(text)).toEqual([]);
  });
});

describe('masking', () => {
  it('masks each kind in the standard way', () => {
    expect(maskedValue('resident_id', '11010119900307123X')).toBe('110101********123X');
    expect(maskedValue('resident_id', '110101 19900307 1234')).toBe('110101 ******** 1234');
    expect(maskedValue('resident_id', '110101199\n003071234')).toBe('110101***\n*****1234');
    expect(maskedValue('mobile', '13812345678')).toBe('138****5678');
    expect(maskedValue('mobile', '+86 138 1234 5678')).toBe('+86 138 **** 5678');
    expect(maskedValue('mobile', '＋８６１３８１２３４５６７８')).toBe('＋８６１３８****５６７８');
    expect(maskedValue('bank_card', '6222 0212 3456 7890 128')).toBe('**** **** **** ***0 128');
    expect(maskedValue('email', 'zhang.san@example.com')).toBe('z***@example.com');
    expect(maskedValue('landline', '028-86012345')).toBe('028-******45');
    expect(maskedValue('landline', '(0816)2234567')).toBe('(0816)*****67');
    expect(maskedValue('passport', 'E12345678')).toBe('E******78');
    expect(maskedValue('address', '成都市武侯区人民南路四段19号3栋501室')).toBe(
      '成都市武侯区人民南路四段*********',
    );
    expect(maskedValue('address', '19 Renmin South Road, Chengdu')).toBe('** Renmin South Road, Chengdu');
    expect(maskedValue('protected_name', '王小明')).toBe('某某');
    expect(maskedValue('protected_name', 'Li Ming')).toBe('[name withheld]');
  });

  it('masks one finding in its text, or all of them', () => {
    const text = `申请人王小明，身份证号${VALID_ID}，手机13812345678。`;
    const findings = scanPersonalData(text, { protectedNames: ['王小明'], today });
    expect(findings).toHaveLength(3);
    expect(maskPersonalData(text, findings[2]!)).toBe(`申请人王小明，身份证号${VALID_ID}，手机138****5678。`);
    const masked = maskAll(text, findings);
    expect(masked).toBe(
      `申请人某某，身份证号${VALID_ID.slice(0, 6)}********${VALID_ID.slice(14)}，手机138****5678。`,
    );
    expect(scanPersonalData(masked, { protectedNames: ['王小明'], today })).toEqual([]);
  });

  it('leaves nothing to find in any masked positive of the corpus', () => {
    for (const c of POSITIVES) {
      const masked = maskAll(c.text, scan(c));
      expect(scan({ ...c, text: masked }), `${c.name}: ${masked}`).toEqual([]);
    }
  });
});
