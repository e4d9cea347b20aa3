/**
 * Chinese numbering as official documents print it: 一、 for level-1 headings,
 * (一) for level-2, and plain counts (十一, 二十一, 一百零五) inside sentences.
 */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const SMALL_UNITS = ['', '十', '百', '千'] as const;

/** 1 → 一, 11 → 十一, 21 → 二十一, 105 → 一百零五, 110 → 一百一十; up to 9999. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`no Chinese numeral for ${n}`);
  if (n === 0) return DIGITS[0];
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = SMALL_UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += DIGITS[0];
    pendingZero = false;
    out += DIGITS[d] + unit;
  });
  // A leading 一十 is read and printed as 十 (十一, not 一十一) only when the number is below 20.
  return n >= 10 && n < 20 ? out.replace(/^一十/, '十') : out;
}

/** Level-1 heading label: 一、 */
export function headingOrdinal(n: number): string {
  return `${chineseNumeral(n)}、`;
}

/** Level-2 heading label, full-width brackets as GB/T 9704 prints them: （一） */
export function bracketOrdinal(n: number): string {
  return `（${chineseNumeral(n)}）`;
}

/**
 * A numbering label kept in a task path ('二', '(一)', '3', '(1)') as it is printed
 * at the start of a heading or item line: 二、 / （一） / 3. / （1）
 */
export function printedLabel(label: string): string {
  const bracketed = /^[(（](.+)[)）]$/.exec(label);
  if (bracketed) return `（${bracketed[1]}）`;
  if (/^[0-9]+$/.test(label)) return `${label}.`;
  return `${label}、`;
}
