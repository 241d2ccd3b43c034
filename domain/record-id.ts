// The one reading of a record id, from a path segment, a form field or a JSON body. Number() and
// parseInt() read far more than an id ("1e0", "0x1", " 1", "1.0" all become 1, "12abc" becomes 12), which
// gave one record many addresses; an id is written in decimal digits only.

const DIGITS = /^\d{1,16}$/;

/** A positive safe integer written as decimal digits (or given as such a number); null for anything else. */
export function parseRecordId(value: unknown): number | null {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && DIGITS.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
