/**
 * The notice's bar chart (behind items per unit) as inline SVG, drawn here
 * rather than by a charting library so the page stays one self-contained file.
 * Every piece of data that reaches the markup goes through escapeXml.
 */
import { maxOf } from '../util/arrays.js';

export interface ChartBar {
  label: string;
  value: number;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const ROW = 26;
const BAR = 16;
const LABEL_WIDTH = 230;
const WIDTH = 620;
const TOP = 34;
const FONT = `FangSong, STFangsong, 'Noto Serif CJK SC', serif`;

/** Horizontal bars, longest first as the groups are already ordered; the value is printed at each bar's end. */
export function barChartSvg(bars: readonly ChartBar[], title: string): string {
  if (bars.length === 0) return '';
  const max = maxOf(bars.map((b) => b.value), 1);
  const plotWidth = WIDTH - LABEL_WIDTH - 50;
  const height = TOP + bars.length * ROW + 12;
  const rows = bars.map((b, i) => {
    const y = TOP + i * ROW;
    const w = Math.max(2, Math.round((b.value / max) * plotWidth));
    const label = b.label.length > 14 ? `${b.label.slice(0, 13)}…` : b.label;
    return (
      `<g><title>${escapeXml(b.label)}：${b.value}项</title>` +
      `<text x="${LABEL_WIDTH - 8}" y="${y + BAR - 3}" text-anchor="end" font-size="14">${escapeXml(label)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${w}" height="${BAR}" fill="#8c1c13"/>` +
      `<text x="${LABEL_WIDTH + w + 6}" y="${y + BAR - 3}" font-size="13">${b.value}</text></g>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(title)}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escapeXml(FONT)}">` +
    `<text x="${WIDTH / 2}" y="18" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(title)}</text>` +
    `<line x1="${LABEL_WIDTH}" y1="${TOP - 4}" x2="${LABEL_WIDTH}" y2="${height - 8}" stroke="#333" stroke-width="1"/>` +
    rows.join('') +
    `</svg>`
  );
}
