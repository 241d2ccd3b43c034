// The disclosure catalogue's index number (索引号): the issuing body's code, the topic category, the year of
// first publication and a serial per body and year, e.g. "B1/ECON-2024-00005". Given once, at the first
// publication, and never changed: the data layer stores it beside the document and reads it back.

export type IndexNumberParts = { bodyCode: string; category: string; year: number; serial: number };

const SERIAL_DIGITS = 5;

/** The code a body's index numbers start with: its catalogue code, or "B" and its id when it has none. */
export const bodyCodeOf = (body: { id: number; catalogueCode: string }): string =>
  body.catalogueCode.trim() || `B${body.id}`;

/** "B1/ECON-2024-00005"; a document without a category is filed under "GEN". */
export function formatIndexNumber({ bodyCode, category, year, serial }: IndexNumberParts): string {
  if (!Number.isInteger(serial) || serial < 1)
    throw new RangeError(`serial must be a positive integer: ${serial}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a year: ${year}`);
  return `${bodyCode}/${category || 'GEN'}-${year}-${String(serial).padStart(SERIAL_DIGITS, '0')}`;
}

/** The serial after the highest one a body has used this year (serials are never reused). */
export const nextSerial = (highestUsed: number | null | undefined): number => (highestUsed ?? 0) + 1;

/**
 * The index number a publication keeps: the one it already has (immutable once given), or a new one.
 */
export const indexNumberOnPublication = (existing: string | null, fresh: () => string): string =>
  existing ?? fresh();
