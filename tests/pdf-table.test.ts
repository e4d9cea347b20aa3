/**
 * PDF tables rebuilt from text positions: a cell's lines are joined as the HTML reader joins them, a wrap
 * without a break and a hand-made line break (<br>) as a line of its own.
 */
import { describe, expect, it } from 'vitest';
import { findTable, textRuns } from '../src/readers/pdf-table.js';
import type { PdfTextItem } from '../src/readers/pdf-worker.js';

const SIZE = 12;
/** Column left edges of a 序号 | 工作 | 状态 | 牵头单位 table, in points. */
const X = [50, 100, 300, 360];

/** One printed line of a cell: its glyphs one em wide each (Latin letters and digits 0.6 em). */
function line(col: number, y: number, str: string): PdfTextItem {
  const width = [...str].reduce((w, ch) => w + (/[\x21-\x7e]/.test(ch) ? 0.6 : 1) * SIZE, 0);
  return { str, x: X[col]!, y, width, size: SIZE };
}

/**
 * Four rows, 50 pt apart, lines of one cell 18 pt apart. The unit column is as wide as its longest name
 * (市人力资源和社会保障局, 11 em); the task column as wide as its longest line (11 em).
 */
const items: PdfTextItem[] = [
  line(0, 100, '1'), line(1, 100, '全市生产总值增长。'), line(2, 100, '序时推进'), line(3, 100, '市人力资源和社会保障局'),
  // The task text wraps (the line fills the column); the two units were printed one per line (<br>).
  line(0, 150, '2'), line(1, 150, '社会消费品零售总额增长'), line(1, 168, 'xx%以上。'), line(2, 150, '序时推进'), line(3, 150, '市政府办公室'), line(3, 168, '市发展改革委'),
  line(0, 200, '3'), line(1, 200, '固定资产投资增长。'), line(2, 200, '序时推进'), line(3, 200, '市商务局'),
  // A line left short because the next word (a Latin run that cannot break) did not fit: a wrap, not a break.
  line(0, 250, '4'), line(1, 250, '推进项目建设'), line(1, 268, 'xxxxxxxxxx年完成'), line(2, 250, '序时推进'), line(3, 250, '市科技局'),
];

describe('PDF table cells', () => {
  it('keeps a hand-made line break inside a cell and joins the lines the column width wrapped', () => {
    const table = findTable(textRuns(items));
    expect(table).not.toBeNull();
    expect(table!.rows).toEqual([
      ['1', '全市生产总值增长。', '序时推进', '市人力资源和社会保障局'],
      ['2', '社会消费品零售总额增长xx%以上。', '序时推进', '市政府办公室\n市发展改革委'],
      ['3', '固定资产投资增长。', '序时推进', '市商务局'],
      ['4', '推进项目建设xxxxxxxxxx年完成', '序时推进', '市科技局'],
    ]);
  });
});
