import { describe, expect, it } from 'vitest';
import { isListDecision, publicListText, type ListEntry } from './nomination-list';
import { LIST_DISCLOSURES } from './vocabulary';

const entries: ListEntry[] = [
  {
    name: '王小明',
    unitOrPlace: '成都市青羊区',
    reason: '长期资助困难学生',
    idNumber: 'PRIVATEID510105198001011234',
    phone: 'PRIVATEPHONE13812345678',
    address: 'PRIVATEADDRESS人民南路4段19号',
    notes: 'PRIVATENOTES family asked for no photo',
  },
  {
    name: 'Li Ming',
    unitOrPlace: 'Mianyang',
    reason: 'flood relief volunteer',
    idNumber: 'PRIVATEID2',
    phone: 'PRIVATEPHONE2',
    address: 'PRIVATEADDRESS2',
    notes: 'PRIVATENOTES2',
  },
];

describe("a list's public text", () => {
  it('holds the public fields as the disclosure allows, in each language', () => {
    expect(publicListText(entries, 'public', 'zh')).toBe(
      '- 王小明（成都市青羊区）：长期资助困难学生\n- Li Ming（Mianyang）：flood relief volunteer',
    );
    expect(publicListText(entries, 'public', 'en')).toBe(
      '- 王小明, 成都市青羊区: 长期资助困难学生\n- Li Ming, Mianyang: flood relief volunteer',
    );
    expect(publicListText(entries, 'names_only', 'zh')).toBe('名单：王小明、Li Ming。');
    expect(publicListText(entries, 'names_only', 'en')).toBe('The list: 王小明, Li Ming.');
    expect(publicListText(entries, 'not_disclosed', 'en')).toBeNull();
    expect(publicListText([], 'public', 'en')).toBeNull();
  });

  it('never holds a private field, whatever the disclosure and language', () => {
    for (const disclosure of LIST_DISCLOSURES) {
      for (const language of ['zh', 'en'] as const) {
        expect(publicListText(entries, disclosure, language) ?? '').not.toMatch(/PRIVATE/);
      }
    }
  });

  it('is for nomination lists and namings', () => {
    expect(isListDecision('nomination_list')).toBe(true);
    expect(isListDecision('naming')).toBe(true);
    expect(isListDecision('notice')).toBe(false);
  });
});
