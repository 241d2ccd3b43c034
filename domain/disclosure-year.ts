/** The year a page or CSV address names ("?year=2024"), or `fallback` for none or one out of range. */
export function disclosureYear(value: unknown, fallback: number): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== 'string' || !/^\d{4}$/.test(text)) return fallback;
  const year = Number(text);
  return year >= 1990 && year <= 2999 ? year : fallback;
}
