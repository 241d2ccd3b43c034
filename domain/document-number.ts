// A document number (文号) as the issuing body writes it: its prefix, the year in brackets and a serial.
//   Chinese: 川府发〔2024〕5号   (the year in 〔〕, the serial without leading zeros, 号 at the end)
//   English: Sichuan Gov. Issue [2024] No. 5
// The year is the year the document was written; two documents of one body never share a number, which
// the data layer checks against the published ones.

export type DocumentNumber = { prefix: string; year: number; serial: number };

export type DocumentNumberProblem = 'form' | 'year' | 'year_mismatch';

const ZH = /^([\p{Script=Han}A-Za-z]{1,20})〔(\d{4})〕([1-9]\d{0,4})号$/u;
const EN = /^([A-Z][A-Za-z.' ]{0,60}[A-Za-z.]) \[(\d{4})\] No\. ([1-9]\d{0,4})$/;

/** The parts of a document number in either form, or null when it is in neither. */
export function parseDocumentNumber(value: string): DocumentNumber | null {
  const match = ZH.exec(value.trim()) ?? EN.exec(value.trim());
  if (!match) return null;
  return { prefix: match[1]!.trim(), year: Number(match[2]), serial: Number(match[3]) };
}

/**
 * What is wrong with a document number, or null: an empty one is allowed (not every document has one).
 * With the date written, the number's year must be that year.
 */
export function documentNumberProblem(
  value: string,
  writtenOn?: string | null,
): DocumentNumberProblem | null {
  if (value.trim() === '') return null;
  const parsed = parseDocumentNumber(value);
  if (!parsed) return 'form';
  if (parsed.year < 1949 || parsed.year > 2100) return 'year';
  if (writtenOn && /^\d{4}-/.test(writtenOn) && Number(writtenOn.slice(0, 4)) !== parsed.year) {
    return 'year_mismatch';
  }
  return null;
}

/** One spelling per number, for the uniqueness check: "川府发〔2024〕05号" is not allowed, so trimming suffices. */
export const normalDocumentNumber = (value: string): string => value.trim().replace(/\s+/g, ' ');
