// The archive's addresses: /archive/2024 for a year, /archive/2024/02 for a month. One place parses and
// writes them, so a link and the page it leads to always agree.

/** A four-digit year segment, or null for any other. */
export function archiveYearOf(segment: string): number | null {
  return /^\d{4}$/.test(segment) && Number(segment) > 0 ? Number(segment) : null;
}

/** A two-digit month segment (01–12), or null for any other. */
export function archiveMonthOf(segment: string): number | null {
  return /^(0[1-9]|1[0-2])$/.test(segment) ? Number(segment) : null;
}

export const archiveYearPath = (year: number) => `/archive/${year}`;

export const archiveMonthPath = (year: number, month: number) =>
  `/archive/${year}/${String(month).padStart(2, '0')}`;
