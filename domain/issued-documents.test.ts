import { describe, expect, it } from 'vitest';
import { documentIdOfPath, documentPath, isPublicDocumentPath } from './document-address';
import { documentNumberProblem, parseDocumentNumber } from './document-number';
import { bodyCodeOf, formatIndexNumber, indexNumberOnPublication, nextSerial } from './index-number';
import { applyValidityEvent, hasExpired, lastDayInForce, type ValidityState } from './validity';

describe('index numbers', () => {
  it('are the body code, category, year and a five-digit serial', () => {
    expect(formatIndexNumber({ bodyCode: 'B1', category: 'ECON', year: 2024, serial: 5 })).toBe(
      'B1/ECON-2024-00005',
    );
    expect(formatIndexNumber({ bodyCode: '115100', category: '', year: 2024, serial: 12 })).toBe(
      '115100/GEN-2024-00012',
    );
  });
  it('refuse a serial or year that is not one', () => {
    expect(() => formatIndexNumber({ bodyCode: 'B1', category: 'X', year: 2024, serial: 0 })).toThrow(
      RangeError,
    );
    expect(() => formatIndexNumber({ bodyCode: 'B1', category: 'X', year: 24, serial: 1 })).toThrow(
      RangeError,
    );
  });
  it('take the next serial after the highest used, starting at 1', () => {
    expect(nextSerial(null)).toBe(1);
    expect(nextSerial(41)).toBe(42);
  });
  it('use the body code, or B and the id', () => {
    expect(bodyCodeOf({ id: 3, catalogueCode: '' })).toBe('B3');
    expect(bodyCodeOf({ id: 3, catalogueCode: ' 11510000 ' })).toBe('11510000');
  });
  it('keep the number a document already has on republication', () => {
    let asked = 0;
    const fresh = () => `new-${++asked}`;
    expect(indexNumberOnPublication('B1/ECON-2024-00001', fresh)).toBe('B1/ECON-2024-00001');
    expect(asked).toBe(0);
    expect(indexNumberOnPublication(null, fresh)).toBe('new-1');
  });
});

describe('document numbers', () => {
  it('read the Chinese and the English form', () => {
    expect(parseDocumentNumber('川府发〔2024〕5号')).toEqual({ prefix: '川府发', year: 2024, serial: 5 });
    expect(parseDocumentNumber('Sichuan Gov. Issue [2024] No. 5')).toEqual({
      prefix: 'Sichuan Gov. Issue',
      year: 2024,
      serial: 5,
    });
  });
  it.each([
    ['川府发[2024]5号', 'form'],
    ['川府发〔2024〕05号', 'form'],
    ['川府发〔2024〕5', 'form'],
    ['Sichuan Gov. Issue (2024) No. 5', 'form'],
    ['Sichuan Gov. Issue [2024] No. 0', 'form'],
    ['川府发〔1900〕5号', 'year'],
  ] as const)('refuse %s (%s)', (value, problem) => {
    expect(documentNumberProblem(value)).toBe(problem);
  });
  it('allow an empty number and check the year against the date written', () => {
    expect(documentNumberProblem('')).toBeNull();
    expect(documentNumberProblem('川府发〔2024〕5号', '2024-02-28')).toBeNull();
    expect(documentNumberProblem('川府发〔2024〕5号', '2023-12-30')).toBe('year_mismatch');
  });
});

describe('validity', () => {
  const inForce: ValidityState = { validity: 'in_force', changedOn: null, changedById: null };
  it('is amended, then repealed, by later documents, with the date and the document', () => {
    const amended = applyValidityEvent(inForce, { kind: 'amends', on: '2025-01-02', byDocumentId: 7 });
    expect(amended).toEqual({
      changed: true,
      next: { validity: 'amended', changedOn: '2025-01-02', changedById: 7 },
    });
    const repealed =
      amended.changed &&
      applyValidityEvent(amended.next, { kind: 'repeals', on: '2026-05-01', byDocumentId: 9 });
    expect(repealed).toEqual({
      changed: true,
      next: { validity: 'repealed', changedOn: '2026-05-01', changedById: 9 },
    });
  });
  it('never leaves repealed or expired', () => {
    for (const validity of ['repealed', 'expired'] as const) {
      const state = { validity, changedOn: '2025-01-01', changedById: null };
      expect(applyValidityEvent(state, { kind: 'amends', on: '2026-01-01', byDocumentId: 1 })).toEqual({
        changed: false,
        reason: 'final',
      });
      expect(applyValidityEvent(state, { kind: 'expire', on: '2026-01-01' }).changed).toBe(false);
    }
  });
  it('expires the day after the last day in force', () => {
    expect(lastDayInForce('2024-03-06', 4)).toBe('2028-03-05');
    expect(lastDayInForce('2024-02-29', 1)).toBe('2025-02-28');
    expect(hasExpired('2028-03-05', '2028-03-05')).toBe(false);
    expect(hasExpired('2028-03-05', '2028-03-06')).toBe(true);
    expect(hasExpired(null, '2999-01-01')).toBe(false);
  });
});

describe('document addresses', () => {
  it('are written and read back', () => {
    const path = documentPath({ year: '2024', id: 12, slug: 'several-policies' });
    expect(path).toBe('/documents/2024/12-several-policies');
    expect(documentIdOfPath(path)).toBe(12);
    expect(isPublicDocumentPath(path)).toBe(true);
  });
  it('are told from the workspace document pages', () => {
    expect(isPublicDocumentPath('/documents/12')).toBe(false);
    expect(isPublicDocumentPath('/documents/12/compare')).toBe(false);
    expect(documentIdOfPath('/documents/12/compare')).toBeNull();
  });
});
