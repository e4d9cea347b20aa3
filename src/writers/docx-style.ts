/**
 * Word layout settings a user may override from a small JSON file (`--style`),
 * since `--template` cannot reach docx. Defaults are GB/T 9704-2012: A4, margins
 * 37/35/28/26 mm, 22 lines of 28 characters, 2号小标宋 title, 3号仿宋 body,
 * 五号 table text.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { describeFsError, InputError } from '../errors.js';

export interface DocxStyle {
  /** Millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  fonts: { title: string; body: string; heading1: string; heading2: string; pageNumber: string; latin: string };
  /** Points. */
  sizes: { title: number; body: number; table: number; appendixTitle: number; pageNumber: number; header: number };
  /** Lines per page in the text block (22 in the standard). */
  linesPerPage: number;
  /** 发文机关标志 and the line under it, as hex RGB. */
  redHead: { color: string };
}

export const DEFAULT_STYLE: DocxStyle = {
  margins: { top: 37, bottom: 35, left: 28, right: 26 },
  fonts: { title: '方正小标宋简体', body: '仿宋_GB2312', heading1: '黑体', heading2: '楷体_GB2312', pageNumber: '宋体', latin: 'Times New Roman' },
  sizes: { title: 22, body: 16, table: 10.5, appendixTitle: 18, pageNumber: 14, header: 36 },
  linesPerPage: 22,
  redHead: { color: 'E60012' },
};

const mm = z.number().min(5).max(80);
const pt = z.number().min(5).max(72);
const font = z.string().trim().min(1).max(64);
const StyleFile = z
  .object({
    margins: z.object({ top: mm, bottom: mm, left: mm, right: mm }).partial().strict(),
    fonts: z.object({ title: font, body: font, heading1: font, heading2: font, pageNumber: font, latin: font }).partial().strict(),
    sizes: z.object({ title: pt, body: pt, table: pt, appendixTitle: pt, pageNumber: pt, header: pt }).partial().strict(),
    linesPerPage: z.number().int().min(15).max(40),
    redHead: z.object({ color: z.string().regex(/^#?[0-9A-Fa-f]{6}$/) }).partial().strict(),
  })
  .partial()
  .strict();

/** Merge a partial style over the defaults, section by section. */
export function mergeStyle(partial: z.infer<typeof StyleFile>): DocxStyle {
  return {
    margins: { ...DEFAULT_STYLE.margins, ...partial.margins },
    fonts: { ...DEFAULT_STYLE.fonts, ...partial.fonts },
    sizes: { ...DEFAULT_STYLE.sizes, ...partial.sizes },
    linesPerPage: partial.linesPerPage ?? DEFAULT_STYLE.linesPerPage,
    redHead: { color: (partial.redHead?.color ?? DEFAULT_STYLE.redHead.color).replace(/^#/, '').toUpperCase() },
  };
}

export async function loadStyleFile(file: string): Promise<DocxStyle> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(file, describeFsError(e));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(file, `not valid JSON (${(e as Error).message})`);
  }
  const parsed = StyleFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'style';
    throw new InputError(file, `${where}: ${issue.message} (keys: margins, fonts, sizes, linesPerPage, redHead)`);
  }
  return mergeStyle(parsed.data);
}
