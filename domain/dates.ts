import { dateTimeFormat } from './date-time-format';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a 'YYYY-MM-DD' string names a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** "February 23" for 2024-02-23: the dateline of a release names the day without its year. */
export function englishMonthDay(isoDate: string): string {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not a date: ${isoDate}`);
  return dateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** "2月23日" for 2024-02-23: the Chinese dateline, likewise without the year. */
export function chineseMonthDay(isoDate: string): string {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not a date: ${isoDate}`);
  const [, month, day] = isoDate.split('-').map(Number);
  return `${month}月${day}日`;
}

/** The calendar day an instant falls on in a time zone, as 'YYYY-MM-DD'. */
export function isoDateInZone(instant: Date, timeZone: string): string {
  return dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
