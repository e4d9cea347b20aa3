/**
 * HTML reader: government web pages (and mammoth's docx HTML) → blocks.
 * Site chrome is dropped, each visual line of running text becomes a para,
 * and each data table becomes one table block with spans resolved.
 * Traversal is iterative: a page of 100 000 nested <div>s must neither
 * overflow the stack nor take quadratic time.
 */
// parse5 builds the tree as browsers do; the adapter gives it domhandler nodes. Used directly rather
// than through cheerio, whose entry point also loads its fetch client (undici): ~200 ms of every start.
import { parse as parseHtml5 } from 'parse5';
import { adapter as domhandlerAdapter } from 'parse5-htmlparser2-tree-adapter';
import type { Block } from '../model/blocks.js';
import { trimSpace } from '../util/space.js';
import { pushAll } from '../util/arrays.js';

/** The parts of a domhandler node this reader looks at. */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
}

/** Elements that never carry document text. */
const DROPPED_TAGS = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'menu', 'iframe', 'frame', 'frameset', 'form',
  'button', 'select', 'input', 'textarea', 'svg', 'canvas', 'object', 'embed', 'audio', 'video', 'map',
]);

/**
 * Page-level <header>/<footer> are site banners and footers; inside an
 * <article> or <main> they hold the document's own title or signature.
 */
const PAGE_LEVEL_ONLY_TAGS = new Set(['header', 'footer']);
const CONTENT_CONTAINERS = new Set(['article', 'main']);

/** Elements after/before which a browser starts a new line. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'header', 'footer', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'td', 'th', 'tr', 'ul',
]);

/** Tags whose end tag is often omitted; counting them would overstate nesting depth. */
const IMPLIED_END_TAGS = new Set(['p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'tbody', 'thead', 'tfoot', 'colgroup']);
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Words in an id/class that mark site chrome on government portals: navigation,
 * breadcrumbs (当前位置 / dqwz), share bars, print/font-size toolbars, footers.
 * Compared against whole words of the token: "main-nav", "navBar", "bdshare"
 * hit; "content", "canvas", "navigator" do not. "position" is deliberately
 * absent: Bootstrap's position-relative sits on content containers.
 */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'menubar', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'footer', 'foot', 'share',
  'bdshare', 'toolbar', 'tools', 'sidebar', 'copyright', 'sitemap', 'topbar', 'login', 'search', 'skip',
  // Pinyin class names of Chinese CMSs: 当前位置, 位置, 导航, 分享, 打印, 关闭.
  'dqwz', 'weizhi', 'daohang', 'fenxiang', 'dayin', 'guanbi',
]);

/**
 * Article toolbars printed as bare text, with no class to recognise them by:
 * 【打印本页】【关闭窗口】, 字体:大 中 小, 分享到:. A line made only of these
 * words and brackets is chrome; a sentence that merely mentions 打印 is not.
 */
const TOOLBAR_WORDS = /打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|分享到|分享|返回顶部|返回|字体|字号|[大中小](?=[\s】\]|｜/]|$)/g;
const TOOLBAR_LEFTOVER = /^[\s【】\[\]()（）:：|｜/、,，.。·]*$/;

export function isToolbarLine(text: string): boolean {
  const stripped = text.replace(TOOLBAR_WORDS, '');
  return stripped !== text && TOOLBAR_LEFTOVER.test(stripped) && /打印|关闭|收藏|分享|字体|字号|返回/.test(text);
}

/** Elements nested deeper than this lose their tags (not their text) before parsing. */
const MAX_NESTING = 1000;

/** A cell longer than this is page layout holding the article, not a data table. */
const LAYOUT_CELL_CHARS = 1500;

const MAX_COLSPAN = 1000;

function isElement(node: DomNode): boolean {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function tagName(node: DomNode): string {
  return (node.name ?? '').toLowerCase();
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

function countsForDepth(name: string, selfClosing: string | undefined): boolean {
  return !VOID_TAGS.has(name) && !IMPLIED_END_TAGS.has(name) && selfClosing !== '/';
}

/** Approximate element nesting depth from the tag stream, without building a tree. */
export function estimateNestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    if (!countsForDepth(m[2]!.toLowerCase(), m[3])) continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/**
 * Remove the start and end tags of elements nested deeper than `cap`, keeping
 * their text. No real page nests that deep; a hostile one would otherwise cost
 * parse5 quadratic time (50 s for 100 000 nested <div>s).
 */
export function capNesting(html: string, cap: number): string {
  const kept: boolean[] = [];
  let out = '';
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    if (!countsForDepth(m[2]!.toLowerCase(), m[3])) continue;
    const keep = m[1] === '/' ? (kept.pop() ?? true) : kept.length < cap;
    if (m[1] !== '/') kept.push(keep);
    if (!keep) {
      out += html.slice(last, m.index);
      last = m.index + m[0].length;
    }
  }
  return out + html.slice(last);
}

function parseHtml(html: string): DomNode {
  const safe = estimateNestingDepth(html) > MAX_NESTING ? capNesting(html, MAX_NESTING) : html;
  // With scripting on, as cheerio (and browsers) parse: <noscript> content stays raw text, not markup.
  return parseHtml5(safe, { treeAdapter: domhandlerAdapter, scriptingEnabled: true }) as unknown as DomNode;
}

function insideContent(node: DomNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (isElement(p) && CONTENT_CONTAINERS.has(tagName(p))) return true;
  return false;
}

function isHidden(node: DomNode): boolean {
  const a = node.attribs;
  if (!a) return false;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Split an id/class token into lower-case words at '-', '_' and camelCase humps. */
function tokenWords(token: string): string[] {
  return token
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[-_]+/)
    .filter(Boolean);
}

export function looksLikeChrome(node: DomNode): boolean {
  const a = node.attribs;
  if (!a) return false;
  const tokens = `${a['id'] ?? ''} ${a['class'] ?? ''}`.split(/\s+/).filter(Boolean);
  return tokens.some((t) => tokenWords(t).some((w) => CHROME_WORDS.has(w)));
}

interface WalkOptions {
  /** Drop elements whose id/class marks them as site chrome. */
  dropChrome: boolean;
  /** Emit data tables as table blocks (false inside a cell: a nested table is flattened into the cell's lines). */
  tablesAsBlocks: boolean;
  /** Nodes that contain a <table> somewhere below them. */
  containsTable: Set<DomNode>;
}

function isWideChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2014 && c <= 0x201f) || c >= 0x20000
  );
}

/**
 * Whitespace as a browser renders it: a run becomes one space, except that a
 * source line break between two Chinese characters vanishes (CSS Text 3 segment
 * break rule), so a paragraph hard-wrapped in the HTML source stays intact.
 */
export function collapseWhitespace(raw: string): string {
  return raw.replace(/[ \t\n\r\f]+/g, (run: string, offset: number, whole: string) => {
    if (/[\n\r]/.test(run) && isWideChar(whole[offset - 1]) && isWideChar(whole[offset + run.length])) return '';
    return ' ';
  });
}

/** Accumulates inline text into lines and lines into blocks. */
class BlockSink {
  readonly blocks: Block[] = [];
  private line = '';

  text(s: string): void {
    this.line += s;
  }

  breakLine(): void {
    if (this.line === '') return;
    const text = trimSpace(collapseWhitespace(this.line));
    this.line = '';
    if (text !== '' && !isToolbarLine(text)) this.blocks.push({ kind: 'para', text });
  }

  table(rows: string[][]): void {
    this.breakLine();
    this.blocks.push({ kind: 'table', rows });
  }
}

const BLOCK_END = Symbol('block end');
const PRE_END = Symbol('pre end');
type StackItem = DomNode | typeof BLOCK_END | typeof PRE_END;

/** Walk nodes in document order, writing lines and tables to the sink. */
function walk(nodes: DomNode[], sink: BlockSink, opts: WalkOptions): void {
  const stack: StackItem[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  let preDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === BLOCK_END) {
      sink.breakLine();
      continue;
    }
    if (item === PRE_END) {
      preDepth--;
      continue;
    }
    if (item.type === 'text') {
      const data = item.data ?? '';
      if (preDepth > 0) {
        // In <pre> source line breaks are real line breaks.
        const parts = data.split(/\r\n|\n|\r/);
        parts.forEach((part, i) => {
          if (i > 0) sink.breakLine();
          sink.text(part);
        });
      } else sink.text(data);
      continue;
    }
    if (!isElement(item)) continue; // comments, doctype, CDATA
    const name = tagName(item);
    if (DROPPED_TAGS.has(name) || isHidden(item)) continue;
    if (PAGE_LEVEL_ONLY_TAGS.has(name) && !insideContent(item)) continue;
    if (opts.dropChrome && name !== 'body' && name !== 'html' && looksLikeChrome(item)) continue;
    if (name === 'br') {
      sink.breakLine();
      continue;
    }
    if (name === 'table' && opts.tablesAsBlocks && !opts.containsTable.has(item) && emitDataTable(item, sink, opts)) continue;
    if (BLOCK_TAGS.has(name)) {
      sink.breakLine();
      stack.push(BLOCK_END);
    }
    if (name === 'pre') {
      preDepth++;
      stack.push(PRE_END);
    }
    const children = item.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  sink.breakLine();
}

function childElements(node: DomNode, names: Set<string>): DomNode[] {
  return (node.children ?? []).filter((c) => isElement(c) && names.has(tagName(c)));
}

const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);
const TR = new Set(['tr']);
const CELLS = new Set(['td', 'th']);
const CAPTION = new Set(['caption']);

/** The table's own rows in order (not those of nested tables). */
function tableRows(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  for (const child of table.children ?? []) {
    if (!isElement(child)) continue;
    const name = tagName(child);
    if (name === 'tr') rows.push(child);
    else if (ROW_GROUPS.has(name)) pushAll(rows, childElements(child, TR));
  }
  return rows;
}

function cellText(cell: DomNode, opts: WalkOptions): string {
  const sink = new BlockSink();
  walk(cell.children ?? [], sink, { ...opts, tablesAsBlocks: false });
  // Lines inside one cell (<br>, <p>) stay separate so a unit list printed one per line is not run together.
  return sink.blocks.map((b) => (b.kind === 'para' ? b.text : b.rows.flat().join(' '))).join('\n');
}

function spanValue(raw: string | undefined, fallback: number): number {
  const n = raw === undefined ? NaN : parseInt(raw, 10);
  return Number.isFinite(n) ? n : fallback;
}

/**
 * Place cells on a grid the way a browser lays them out: a cell spanning
 * several rows/columns has its text repeated in every slot it covers.
 */
export function resolveSpans(rows: Array<Array<{ text: string; rowspan: number; colspan: number }>>): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]![c] !== undefined) c++;
      // rowspan=0 means "to the end of the table"; spans beyond the table are clipped as browsers do.
      const rowspan = Math.min(cell.rowspan <= 0 ? rows.length - r : cell.rowspan, rows.length - r);
      const colspan = Math.min(Math.max(cell.colspan, 1), MAX_COLSPAN);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          const row = grid[r + dr]!;
          if (row[c + dc] === undefined) row[c + dc] = cell.text;
        }
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid
    .map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''))
    .filter((row) => row.some((cell) => cell !== ''));
}

/**
 * Emit a table as one table block if it is a data table. Returns false for a
 * layout table (one column, or a cell holding a whole article), which the
 * caller then walks as ordinary blocks.
 */
function emitDataTable(table: DomNode, sink: BlockSink, opts: WalkOptions): boolean {
  const rowNodes = tableRows(table);
  const rows = rowNodes.map((tr) =>
    childElements(tr, CELLS)
      .filter((td) => !isHidden(td))
      .map((td) => ({
        text: cellText(td, opts),
        rowspan: spanValue(td.attribs?.['rowspan'], 1),
        colspan: spanValue(td.attribs?.['colspan'], 1),
      })),
  );
  const maxCells = Math.max(0, ...rows.map((r) => r.reduce((n, c) => n + Math.max(1, c.colspan), 0)));
  const hasArticleCell = rows.some((r) => r.some((c) => c.text.length > LAYOUT_CELL_CHARS));
  if (maxCells <= 1 || hasArticleCell) return false;
  for (const caption of childElements(table, CAPTION)) {
    const captionSink = new BlockSink();
    walk(caption.children ?? [], captionSink, { ...opts, tablesAsBlocks: false });
    sink.breakLine();
    pushAll(sink.blocks, captionSink.blocks);
  }
  const grid = resolveSpans(rows);
  if (grid.length > 0) sink.table(grid);
  return true;
}

/** Every node that has a <table> among its descendants, found in one linear pass. */
function nodesContainingTables(root: DomNode): Set<DomNode> {
  const marked = new Set<DomNode>();
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && tagName(node) === 'table') {
      for (let p = node.parent; p && !marked.has(p); p = p.parent) marked.add(p);
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return marked;
}

/** Convert an HTML document (already decoded to a string) to blocks. */
export function htmlToBlocks(html: string): Block[] {
  const root = parseHtml(html);
  const containsTable = nodesContainingTables(root);
  const withChromeDropped = new BlockSink();
  walk(root.children ?? [], withChromeDropped, { dropChrome: true, tablesAsBlocks: true, containsTable });
  if (withChromeDropped.blocks.length > 0) return withChromeDropped.blocks;
  // A page whose content container happens to carry a chrome-like class: better everything than nothing.
  const everything = new BlockSink();
  walk(root.children ?? [], everything, { dropChrome: false, tablesAsBlocks: true, containsTable });
  return everything.blocks;
}
