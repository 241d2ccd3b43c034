// Numbers as Chinese texts write them: Arabic digits, or Chinese numerals (第七次, 第二十五次, 第一百零三次).

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 25 for "25" or "二十五", 103 for "一百零三", 10 for "十"; NaN for anything else (and for nothing). */
export function sessionNumberOf(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  if (!written) return Number.NaN;
  let total = 0;
  let digit: number | null = null;
  for (const ch of written) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in UNITS) {
      total += (digit ?? 1) * UNITS[ch]!;
      digit = null;
    } else return Number.NaN;
  }
  return total + (digit ?? 0);
}

const WRITTEN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → "一", 10 → "十", 12 → "十二", 25 → "二十五", 99 → "九十九": the numbering of a document's sections. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`Not a section number: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return WRITTEN_DIGITS[ones]!;
  return `${tens === 1 ? '' : WRITTEN_DIGITS[tens]}十${ones === 0 ? '' : WRITTEN_DIGITS[ones]}`;
}
