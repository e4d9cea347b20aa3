import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_STYLE, loadStyleFile } from '../src/writers/docx-style.js';
import { statusCellLines } from '../src/render/status.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-style-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function styleFile(content: string): string {
  const f = join(tmp, `style-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(f, content);
  return f;
}

describe('--style FILE', () => {
  it('merges a partial file over the GB/T 9704 defaults', async () => {
    const style = await loadStyleFile(styleFile('{"margins":{"left":25},"redHead":{"color":"#c00000"},"linesPerPage":21}'));
    expect(style.margins).toEqual({ ...DEFAULT_STYLE.margins, left: 25 });
    expect(style.redHead.color).toBe('C00000');
    expect(style.linesPerPage).toBe(21);
    expect(style.fonts).toEqual(DEFAULT_STYLE.fonts);
  });

  it('names the file and the bad key in one line', async () => {
    const bad = styleFile('{"margins":{"top":300}}');
    await expect(loadStyleFile(bad)).rejects.toMatchObject({ file: bad, reason: expect.stringMatching(/^margins\.top: /) });
    const unknown = styleFile('{"colour":"red"}');
    await expect(loadStyleFile(unknown)).rejects.toMatchObject({ reason: expect.stringContaining('keys: margins, fonts, sizes, linesPerPage, redHead') });
    const notJson = styleFile('margins: 1');
    await expect(loadStyleFile(notJson)).rejects.toMatchObject({ reason: expect.stringMatching(/^not valid JSON/) });
  });
});

describe('status words in a four-character column', () => {
  it.each([
    ['推进较慢', ['推进较慢']],
    ['无实质性进展', ['无实质性', '进展']],
    ['完成难度较大', ['完成难度', '较大']],
    ['序时推进中', ['序时推', '进中']],
    ['', []],
  ])('%s', (label, lines) => expect(statusCellLines(label)).toEqual(lines));
});
