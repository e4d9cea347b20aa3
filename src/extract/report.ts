/**
 * Government work reports (政府工作报告) are the narrative that plans are
 * broken down from. A supervision office splits the current-year chapters into
 * sentence-level tasks (宿州 2021: "目标任务细分为302项"); this does the same,
 * so a report can be compared with the plan and the notices made from it.
 * Reports name no units, so tasks carry none and no per-task warning is raised.
 */
import type { Block } from '../model/blocks.js';
import type { Task } from '../model/schema.js';
import { extractedDocument, type ExtractContext, type ExtractedDocument, type Extractor } from './types.js';
import { chineseDateToIso } from './meta.js';

const CHAPTER = /^([一二三四五六七八九十]{1,3})[、.．]\s*(.{2,40})$/;
const SUBSECTION = /^[(（]([一二三四五六七八九十]{1,3})[)）]\s*(.+)$/;
/** Chapters that announce this year's work, as opposed to reviewing last year's. */
const PLAN_CHAPTER = /(工作重点|重点工作|工作安排|主要任务|目标任务|自身建设|政府建设|发展思路|总体要求)/;
const REVIEW_CHAPTER = /(回顾|过去|一年来)/;
/** Chapters that set direction: only their explicit target list becomes tasks, not the analysis around it. */
const DIRECTION_CHAPTER = /(发展思路|总体要求|指导思想)/;
const TARGETS = /主要预期目标(?:是|为)?\s*[:：](.+)$/;
/** A paragraph opening with a short phrase and 。 ("加快主导产业规模化。…") is a titled group of tasks. */
const LEAD_PHRASE = /^([^。，,：:；;“”]{2,16})。(.+)$/;
const CLOSING = /^(各位代表|我们登载|相关推荐|分享)/;

interface Cursor {
  chapter: { numeral: string; title: string; inPlan: boolean; direction: boolean } | null;
  subsection: { numeral: string; title: string } | null;
  counter: number;
}

export const extractReport: Extractor = (blocks: Block[], ctx: ExtractContext): ExtractedDocument => {
  const tasks: Task[] = [];
  const cur: Cursor = { chapter: null, subsection: null, counter: 0 };
  let truncated = 0;

  const addSentences = (body: string, section: string[]) => {
    for (const sentence of splitSentences(body)) {
      if (/\uFFFD$/.test(sentence)) truncated++;
      cur.counter++;
      const path = [cur.chapter!.numeral, ...(cur.subsection ? [`(${cur.subsection.numeral})`] : []), String(cur.counter)];
      tasks.push(reportTask(path, section, sentence));
    }
  };

  for (const b of blocks) {
    if (b.kind !== 'para') continue;
    const text = b.text.trim();
    const chapter = CHAPTER.exec(text);
    if (chapter && !/[。；;]$/.test(text)) {
      const title = chapter[2]!;
      cur.chapter = {
        numeral: chapter[1]!,
        title,
        inPlan: PLAN_CHAPTER.test(title) && !REVIEW_CHAPTER.test(title),
        direction: DIRECTION_CHAPTER.test(title),
      };
      cur.subsection = null;
      cur.counter = 0;
      continue;
    }
    if (!cur.chapter?.inPlan || CLOSING.test(text)) continue;
    const chapterTitle = cur.chapter.title;

    const targets = TARGETS.exec(text);
    if (targets) {
      addSentences(targets[1]!, [chapterTitle, '主要预期目标']);
      continue;
    }
    if (cur.chapter.direction) continue;

    const sub = SUBSECTION.exec(text);
    if (sub) {
      const [heading, rest] = splitHeadingSentence(sub[2]!);
      cur.subsection = { numeral: sub[1]!, title: heading };
      cur.counter = 0;
      if (rest) addSentences(rest, [chapterTitle, heading]);
      continue;
    }
    const lead = LEAD_PHRASE.exec(text) ?? quotedLeadPhrase(text);
    if (lead) {
      const section = [chapterTitle, ...(cur.subsection ? [cur.subsection.title] : []), lead[1]!];
      addSentences(lead[2]!, section);
    }
    // Other paragraphs in a plan chapter are framing ("2024年,我们将…") and carry no task of their own.
  }

  if (truncated) ctx.warn('truncated-text', `${truncated} task sentence(s) end in a replacement character: the source was cut off`);
  const delivered = findDeliveryDate(blocks);
  return extractedDocument('report', {
    title: findReportTitle(blocks),
    issuer: findReportIssuer(blocks),
    date: delivered,
    year: delivered ? Number(delivered.slice(0, 4)) : null,
    tasks,
  });
};

/**
 * A lead phrase with a quoted word in it: 金融“输血”赋能循环。…, 推动农业由“大”到“强”。…
 * (宿州 2024). Scanned by hand, not by a regex, so the quotes can be balanced
 * without nested quantifiers. Same limits as LEAD_PHRASE: 2–16 characters, no
 * comma, colon or semicolon before the 。.
 */
function quotedLeadPhrase(text: string): [string, string, string] | null {
  let open = false;
  for (let i = 0; i < Math.min(text.length, 24); i++) {
    const ch = text[i]!;
    if (ch === '“') {
      if (open) return null;
      open = true;
    } else if (ch === '”') {
      if (!open) return null;
      open = false;
    } else if (/[，,：:；;]/.test(ch)) return null;
    else if (ch === '。') {
      const phrase = text.slice(0, i);
      const length = [...phrase.replace(/[“”]/g, '')].length;
      if (open || length < 2 || length > 16 || !phrase.includes('“')) return null;
      const rest = text.slice(i + 1);
      return rest ? [text, phrase, rest] : null;
    }
  }
  return null;
}

function reportTask(path: string[], section: string[], text: string): Task {
  return {
    id: path.join('.'),
    number: path[path.length - 1]!,
    path,
    section,
    text,
    leadUnits: [],
    coUnits: [],
    leaders: [],
    deadline: null,
    progress: null,
    status: null,
  };
}

/** "奋力聚产业,做强实体经济。坚持…" → ["奋力聚产业,做强实体经济", "坚持…"]. */
function splitHeadingSentence(s: string): [string, string] {
  const i = s.indexOf('。');
  return i < 0 ? [s.trim(), ''] : [s.slice(0, i).trim(), s.slice(i + 1).trim()];
}

/** Sentences end at 。 or ；; a quoted 。 stays inside its quotation. */
export function splitSentences(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '“' || ch === '《' || ch === '(' || ch === '（') depth++;
    else if ((ch === '”' || ch === '》' || ch === ')' || ch === '）') && depth > 0) depth--;
    else if (depth === 0 && (ch === '。' || ch === '；' || ch === ';')) {
      pushSentence(out, body.slice(start, i + 1));
      start = i + 1;
    }
  }
  pushSentence(out, body.slice(start));
  return out;
}

function pushSentence(out: string[], s: string): void {
  const t = s.trim().replace(/[；;]$/, '');
  if ([...t].length >= 6) out.push(t);
}

function paraTexts(blocks: Block[]): string[] {
  return blocks.filter((b) => b.kind === 'para').map((b) => (b as { text: string }).text.trim());
}

/** Reports are headed 政府工作报告 and subtitled with the session they were delivered at. */
function findReportTitle(blocks: Block[]): string | null {
  const printed = paraTexts(blocks).find((t) => /^(?:\d{4}年)?(?:[\u4e00-\u9fa5]{2,8}[市县区])?(?:人民)?政府工作报告$/.test(t));
  if (printed) return printed;
  return paraTexts(blocks).some((t) => /向大会报告政府工作|政府工作报告/.test(t)) ? '政府工作报告' : null;
}

function findDeliveryDate(blocks: Block[]): string | null {
  for (const t of paraTexts(blocks)) {
    if (/人民代表大会.*会议上/.test(t)) {
      const d = chineseDateToIso(t);
      if (d) return d;
    }
  }
  return null;
}

/** "我代表市人民政府" + "在宿州市第六届人民代表大会" → 宿州市人民政府. */
function findReportIssuer(blocks: Block[]): string | null {
  const texts = paraTexts(blocks);
  const session = texts.map((t) => /在([\u4e00-\u9fa5]{2,8}?[市县区])第.{1,4}届人民代表大会/.exec(t)).find(Boolean);
  const speaker = texts.some((t) => /代表(?:市|县|区)?人民政府/.test(t));
  return session && speaker ? `${session[1]}人民政府` : null;
}
