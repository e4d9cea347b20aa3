/**
 * Header fields every kind shares: title, issuer, date, 文号, year, period.
 * Government pages wrap the document in a metadata box (发布机构, 成文日期,
 * 文号, 名称) and end the body with a signature (issuer line + date line); the
 * signature is the document's own word, so it wins over the page box.
 */
import type { Block } from '../model/blocks.js';
import { fold } from './text.js';

export interface DocumentMeta {
  title: string | null;
  issuer: string | null;
  date: string | null;
  docNumber: string | null;
  year: number | null;
  period: string | null;
}

/** How far into a document header fields are looked for; task lists come later and contain look-alikes. */
const HEAD_LINES = 60;

const FIELD_LABEL = '[\\s\\u3000]*';
const TITLE_FIELD = new RegExp(`^(?:信息名称|名${FIELD_LABEL}称|标${FIELD_LABEL}题)${FIELD_LABEL}[:：]\\s*(.+)$`);
const PUBLISHER_FIELD = new RegExp(`发布机构${FIELD_LABEL}[:：]\\s*([^\\s:：]+)`);
const WRITTEN_DATE_FIELD = new RegExp(`成文日期${FIELD_LABEL}[:：]\\s*(\\d{4})[-./年](\\d{1,2})[-./月](\\d{1,2})`);
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*\d{1,4}\s*号/;
const SIGNATURE_DATE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const ISSUER_NAME = /^[\u4e00-\u9fa5()（）]{2,30}(?:人民政府|人民政府办公室|人民政府办公厅|政府办公室|政府|办公室|办公厅|委员会|督查室|督查办|督查考核中心|局|委)$/;
const TITLE_WORDS = /(关于|通知|通报|方案|清单|统计表|情况表|报告|重点工作|任务分解|责任分工|(?:推进|进展|完成|落实|进度)情况$)/;
const PERIOD = /(前三季度|[一二三四1-4]季度|上半年|下半年|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月(?:份)?|全年)/;

/**
 * Patterns are written in simplified characters and tested on the folded text;
 * what is returned is sliced from the printed text, so a traditional-character
 * page keeps its own 辦公室 / 號.
 */
function execPrinted(re: RegExp, printed: string): string[] | null {
  const withIndices = new RegExp(re.source, re.flags.includes('d') ? re.flags : re.flags + 'd');
  const m = withIndices.exec(fold(printed));
  if (!m?.indices) return null;
  return m.indices.map((span) => (span ? printed.slice(span[0], span[1]) : ''));
}

export function extractMeta(blocks: Block[]): DocumentMeta {
  const lines = headLines(blocks);
  const title = findTitle(lines, blocks);
  const signature = findSignature(blocks);
  return {
    title,
    issuer: signature?.issuer ?? findPublisher(lines),
    date: signature?.date ?? findWrittenDate(lines),
    docNumber: findDocNumber(lines),
    year: findYear(title, lines),
    period: findPeriod(title, lines),
  };
}

function headLines(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (out.length >= HEAD_LINES) break;
    if (b.kind === 'para') out.push(b.text.trim());
    else for (const row of b.rows.slice(0, 3)) out.push(row.join(' ').trim());
  }
  return out;
}

function findTitle(lines: string[], blocks: Block[]): string | null {
  let title: string | null = null;
  for (const line of lines) {
    const m = execPrinted(TITLE_FIELD, line);
    if (m?.[1]) {
      title = m[1].trim();
      break;
    }
  }
  if (!title) {
    const at = lines.findIndex(isTitleLike);
    title = at < 0 ? null : joinWrappedTitle(lines[at]!, lines[at + 1]);
  }
  if (!title) return null;
  return preferOwnHeading(title, blocks);
}

const DOC_TYPE_END = /(通知|通报|方案|清单|意见|报告|决定|办法|计划|要点|规划|公告|批复|函|[统计情况]表)(?:\([^()]*\)|（[^（）]*）)?$/;

/**
 * Long titles are printed over two centred lines ("…关于印发马鞍山市2022年" /
 * "优化营商环境重点任务责任清单的通知"); a first line that does not yet end with
 * the document type continues on the next short line that does.
 */
function joinWrappedTitle(first: string, next: string | undefined): string {
  if (DOC_TYPE_END.test(fold(first)) || next === undefined) return first;
  if (next.length > 40 || /[。:：;；]/.test(next) || !DOC_TYPE_END.test(fold(next))) return first;
  return first + next;
}

function isTitleLike(line: string): boolean {
  return (
    line.length >= 6 &&
    line.length <= 80 &&
    TITLE_WORDS.test(fold(line)) &&
    !/[。;；]$/.test(line) &&
    !/[:：]/.test(line) &&
    !/^(?:当前位置|首页|来源|附件)/.test(line) &&
    // 一、重点工作完成情况 is a section heading, not the title.
    !/^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])/.test(line)
  );
}

/**
 * Page titles often carry decoration (a year or site prefix) that the document's
 * own heading lacks; when a block starts with a heading that is a proper suffix
 * of the page title, that heading is the document's title as printed.
 */
function preferOwnHeading(title: string, blocks: Block[]): string {
  for (const b of blocks.slice(0, HEAD_LINES)) {
    const text = b.kind === 'para' ? b.text.trim() : (b.rows[0]?.[0] ?? '').trim();
    for (let cut = 1; cut <= 8 && cut < title.length - 8; cut++) {
      const suffix = title.slice(cut);
      if (text.startsWith(suffix + ' ') || text.startsWith(suffix + '\u3000')) return suffix;
    }
  }
  return title;
}

function findSignature(blocks: Block[]): { issuer: string; date: string } | null {
  const paras = blocks.filter((b): b is Extract<Block, { kind: 'para' }> => b.kind === 'para');
  for (let i = 1; i < paras.length; i++) {
    const dateLine = paras[i]!.text.trim();
    if (!SIGNATURE_DATE.test(dateLine)) continue;
    const issuerLine = paras[i - 1]!.text.trim();
    if (!ISSUER_NAME.test(fold(issuerLine))) continue;
    const date = chineseDateToIso(dateLine);
    if (date) return { issuer: issuerLine, date };
  }
  return null;
}

function findPublisher(lines: string[]): string | null {
  for (const line of lines) {
    const m = execPrinted(PUBLISHER_FIELD, line);
    if (m?.[1]) return m[1];
  }
  return null;
}

function findWrittenDate(lines: string[]): string | null {
  for (const line of lines) {
    const m = execPrinted(WRITTEN_DATE_FIELD, line);
    if (m) return isoDate(m[1]!, m[2]!, m[3]!);
  }
  return null;
}

function findDocNumber(lines: string[]): string | null {
  for (const line of lines) {
    const m = execPrinted(DOC_NUMBER, line);
    if (m) return normalizeDocNumber(m[0]!);
  }
  return null;
}

/** GB/T 9704 writes 文号 with 〔〕; pages often type [] or （）. */
export function normalizeDocNumber(s: string): string {
  return s.replace(/\s+/g, '').replace(/[［\[（(](\d{4})[］\]）)]/, '〔$1〕');
}

function findYear(title: string | null, lines: string[]): number | null {
  for (const text of [title ?? '', ...lines]) {
    const m = /((?:19|20)\d{2})\s*(?:年|上半年|下半年|[一二三四]季度|度)/.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

function findPeriod(title: string | null, lines: string[]): string | null {
  for (const text of [title ?? '', ...lines.slice(0, 20)]) {
    const m = execPrinted(PERIOD, text);
    if (m) return m[1]!.replace(/\s+/g, '');
  }
  return null;
}

export function chineseDateToIso(s: string): string | null {
  const m = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s);
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
}

function isoDate(y: string, m: string, d: string): string | null {
  const mm = Number(m);
  const dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}
