/**
 * The Word font table, naming every font the document uses with a fallback
 * (w:altName), its character set (GB2312) and its family (serif / sans), so a
 * viewer without 方正小标宋 or 仿宋_GB2312 substitutes a Chinese serif face
 * instead of whatever CJK face it finds first (often a Japanese sans).
 * The `docx` package writes this part only for embedded fonts, so the part it
 * wrote is replaced in the packed file.
 */
import JSZip from 'jszip';
import type { DocxStyle } from './docx-style.js';

interface FontEntry {
  name: string;
  altName?: string;
  family: 'roman' | 'swiss' | 'modern' | 'auto';
  /** 86 = GB2312, 00 = ANSI. */
  charset: '86' | '00';
}

/** Each official face and the chain it falls back along: 方正小标宋简体 → 华文中宋 → 宋体, 仿宋_GB2312 → 仿宋 → FangSong … */
const KNOWN: Record<string, Omit<FontEntry, 'name'>> = {
  方正小标宋简体: { altName: '华文中宋', family: 'roman', charset: '86' },
  华文中宋: { altName: '宋体', family: 'roman', charset: '86' },
  宋体: { altName: 'SimSun', family: 'roman', charset: '86' },
  SimSun: { family: 'roman', charset: '86' },
  仿宋_GB2312: { altName: '仿宋', family: 'roman', charset: '86' },
  仿宋: { altName: 'FangSong', family: 'roman', charset: '86' },
  FangSong: { family: 'roman', charset: '86' },
  黑体: { altName: 'SimHei', family: 'swiss', charset: '86' },
  SimHei: { family: 'swiss', charset: '86' },
  楷体_GB2312: { altName: '楷体', family: 'roman', charset: '86' },
  楷体: { altName: 'KaiTi', family: 'roman', charset: '86' },
  KaiTi: { family: 'roman', charset: '86' },
  'Times New Roman': { family: 'roman', charset: '00' },
};

/** The fonts of a style and, after each, the fonts it falls back to. */
export function fontEntries(fonts: DocxStyle['fonts']): FontEntry[] {
  const out: FontEntry[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    while (name && !seen.has(name)) {
      seen.add(name);
      const known = KNOWN[name];
      out.push({ name, family: 'auto', charset: /[^\u0000-\u007f]/.test(name) ? '86' : '00', ...known });
      name = known?.altName ?? '';
    }
  };
  for (const name of Object.values(fonts)) add(name);
  return out;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
}

export function fontTableXml(entries: FontEntry[]): string {
  const fonts = entries
    .map(
      (f) =>
        `<w:font w:name="${escapeXml(f.name)}">` +
        (f.altName ? `<w:altName w:val="${escapeXml(f.altName)}"/>` : '') +
        `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}

/** The packed document with its font table replaced; everything else is left byte for byte. */
export async function withFontTable(docx: Buffer, fonts: DocxStyle['fonts']): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file('word/fontTable.xml', fontTableXml(fontEntries(fonts)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
