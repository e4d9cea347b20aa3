/**
 * Mirrors that put a pinyin gloss after characters (項(xiàng)目, 責(zé)任單位, 進(jìn)展) break every
 * grammar that reads the text: 責(zé)任單位: is no longer a label, 等19個(gè)項(xiàng)目 no longer a count.
 * The layout is read with the glosses taken out, and every string the extraction gives back (task
 * texts, progress, units, evidence) is mapped to the span it covers in the text as printed, glosses
 * included, so the output quotes the page as it stands.
 */
import type { Block } from '../model/blocks.js';
import type { Unit } from '../model/schema.js';
import type { ExtractedDocument } from './types.js';
import { PINYIN_GLOSS } from '../classify/lexicon.js';

/** A page with fewer glosses than this is not a glossing mirror: (pm), (a) are the page's own words. */
const MIN_GLOSSES = 3;

interface Stripped {
  text: string;
  /** at[i]: offset in the printed text of stripped character i; at[text.length] is the printed length. */
  at: number[];
}

function stripGlosses(printed: string): Stripped {
  let text = '';
  const at: number[] = [];
  let from = 0;
  for (const m of printed.matchAll(PINYIN_GLOSS)) {
    const end = m.index ?? 0;
    for (let i = from; i < end; i++) at.push(i);
    text += printed.slice(from, end);
    from = end + m[0].length;
  }
  for (let i = from; i < printed.length; i++) at.push(i);
  text += printed.slice(from);
  at.push(printed.length);
  return { text, at };
}

function countGlosses(blocks: Block[], limit: number): number {
  let n = 0;
  const re = new RegExp(PINYIN_GLOSS.source, 'g');
  for (const b of blocks) {
    const texts = b.kind === 'para' ? [b.text] : b.rows.flat();
    for (const t of texts) {
      for (const _ of t.matchAll(re)) if (++n >= limit) return n;
    }
  }
  return n;
}

/** The blocks with glosses removed, and the way back from a string of them to the printed text. */
export interface Unglossed {
  blocks: Block[];
  /** The printed span of a string read from the stripped blocks; the string itself when it is not a span of one. */
  printed(s: string): string;
}

export function withoutGlosses(blocks: Block[]): Unglossed | null {
  if (countGlosses(blocks, MIN_GLOSSES) < MIN_GLOSSES) return null;
  const pieces: Array<{ s: Stripped; printed: string }> = [];
  const strip = (t: string): string => {
    const s = stripGlosses(t);
    if (s.text !== t) pieces.push({ s, printed: t });
    return s.text;
  };
  const out: Block[] = blocks.map((b) => (b.kind === 'para' ? { ...b, text: strip(b.text) } : { ...b, rows: b.rows.map((r) => r.map(strip)) }));
  const cache = new Map<string, string>();
  return {
    blocks: out,
    printed(str: string): string {
      if (str === '') return str;
      const hit = cache.get(str);
      if (hit !== undefined) return hit;
      let result = str;
      for (const p of pieces) {
        const k = p.s.text.indexOf(str);
        if (k < 0) continue;
        result = p.printed.slice(p.s.at[k], p.s.at[k + str.length]);
        break;
      }
      cache.set(str, result);
      return result;
    },
  };
}

/** A unit as printed; a name completed from a shared prefix (市 + 外經(jīng)貿(mào)局) keeps the printed part's glosses. */
function unitPrinted(u: Unit, printed: (s: string) => string): Unit {
  const raw = printed(u.raw);
  const name = u.raw !== '' && u.name.endsWith(u.raw) ? u.name.slice(0, u.name.length - u.raw.length) + raw : printed(u.name);
  return { ...u, name, raw };
}

/** The extracted document with every string taken from the stripped page given as the page printed it. */
export function restoreGlosses(doc: ExtractedDocument, g: Unglossed): ExtractedDocument {
  const p = (s: string): string => g.printed(s);
  return {
    ...doc,
    title: doc.title === null ? null : p(doc.title),
    tasks: doc.tasks.map((t) => ({
      ...t,
      text: p(t.text),
      section: t.section.map(p),
      leadUnits: t.leadUnits.map((u) => unitPrinted(u, p)),
      coUnits: t.coUnits.map((u) => unitPrinted(u, p)),
      progress: t.progress === null ? null : p(t.progress),
      status: t.status === null ? null : { ...t.status, evidence: p(t.status.evidence) },
    })),
    lagging: doc.lagging.map((l) => ({ ...l, unit: p(l.unit), items: l.items.map((i) => ({ ...i, text: p(i.text) })) })),
  };
}
