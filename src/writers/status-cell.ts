/**
 * A status label in a narrow table column. Four characters fit on a line; a
 * longer label is broken between its two words (无实质性 / 进展, 完成难度 / 较大)
 * rather than wherever the column ends (推进较 / 慢).
 */
export function statusCellLines(label: string, width = 4): string[] {
  const chars = [...label.trim()];
  if (chars.length <= width) return chars.length ? [chars.join('')] : [];
  // 5 → 3+2, 6 → 4+2, 7 → 4+3: never a single character alone on a line.
  const first = chars.length - width === 1 ? width - 1 : width;
  return [chars.slice(0, first).join(''), ...statusCellLines(chars.slice(first).join(''), width)];
}
