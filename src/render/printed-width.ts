/**
 * How wide text prints, in characters of its own size: a CJK character or
 * full-width form is one, an ASCII or Latin-1 character half (digits and
 * letters are set in Times New Roman beside 仿宋). Used to lay out titles and
 * table columns before any font is at hand.
 */
export function printedWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) <= 0xff ? 0.5 : 1;
  return w;
}
