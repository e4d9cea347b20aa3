/**
 * TaskDocuments built from the hand-checked gold files, so report tests do not
 * depend on the parser's progress. The conversion is mechanical: gold
 * `lead`/`co` → leadUnits/coUnits, gold status code + statusText → Status,
 * gold lagging groups → LaggingGroup with items classified by their wording.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TaskDocument, type Status, type StatusCode } from '../src/model/schema.js';

export const GOLD_DIR = '/work/shared/gold';
export const GOLD = {
  notice000: '000_115ca89f1edc460a.gold.json',
  plan001: '001_7e4457f6583ea8ab.gold.json',
  plan002: '002_62242f2f62d00f55.gold.json',
  progress004: '004_2743b5618ee4f335.gold.json',
} as const;

interface GoldUnit {
  name: string;
  note: string | null;
}
interface GoldTask {
  number: string;
  path: string[];
  section: string[];
  text: string;
  lead: GoldUnit[];
  co: GoldUnit[];
  leaders: string[];
  status: StatusCode | null;
  statusText: string | null;
  progress: string | null;
}
export interface Gold {
  doc: string;
  kind: 'plan' | 'notice' | 'progress' | 'report';
  title: string;
  issuer: string | null;
  date: string | null;
  docNumber: string | null;
  year: number | null;
  summary: Record<string, number | string>;
  tasks: GoldTask[];
  lagging: { unit: string; stated_count: number | null; items: string[] }[];
  groups: Record<string, string[]>;
}

const LABEL: Record<StatusCode, string> = {
  done: '已完成',
  good: '完成较好',
  on_schedule: '序时推进',
  lagging: '推进较慢',
  stalled: '无实质性进展',
  at_risk: '难度较大',
  unknown: '未明确',
};

/** The FORMAT.md vocabulary, most specific first (未开展实质性 before 推进较慢 etc.). */
const ITEM_WORDS: [RegExp, StatusCode][] = [
  [/无实质性进展|未开展实质性工作|暂未开工|暂未开展|未启动/, 'stalled'],
  [/难度较大|难以完成|未完成目标任务/, 'at_risk'],
  [/推进较慢|进展较慢|低于序时进度|滞后|未达序时|欠进度|下降|上升/, 'lagging'],
];

export function classifyItem(text: string): Status | null {
  for (const [re, code] of ITEM_WORDS) {
    const m = re.exec(text);
    if (m) return { code, label: m[0], evidence: text, source: 'notice-list' };
  }
  return null;
}

export function readGold(file: string): Gold {
  return JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as Gold;
}

export function goldDocument(file: string, period: string | null = null): TaskDocument {
  const gold = readGold(file);
  const doc = {
    schemaVersion: 1,
    generator: 'gold',
    kind: gold.kind,
    title: gold.title,
    issuer: gold.issuer,
    date: gold.date,
    docNumber: gold.docNumber,
    year: gold.year,
    period,
    source: { path: gold.doc, sha256: '0'.repeat(64), format: 'text', encoding: 'utf-8' },
    summary: { stated: gold.summary },
    tasks: gold.tasks.map((t) => ({
      id: t.path.join('.'),
      number: t.number,
      path: t.path,
      section: t.section,
      text: t.text,
      leadUnits: t.lead.map((u) => ({ name: u.name, raw: u.name, note: u.note })),
      coUnits: t.co.map((u) => ({ name: u.name, raw: u.name, note: u.note })),
      leaders: t.leaders,
      deadline: null,
      progress: t.progress,
      status: t.status
        ? {
            code: t.status,
            label: LABEL[t.status],
            evidence: t.statusText ?? LABEL[t.status],
            source: t.statusText && gold.kind === 'notice' ? 'notice-list' : 'column',
          }
        : null,
    })),
    lagging: gold.lagging.map((g) => ({
      unit: g.unit,
      statedCount: g.stated_count,
      items: g.items.map((text) => ({ text, status: classifyItem(text), taskId: null })),
    })),
    groups: gold.groups,
    warnings: [],
  };
  return TaskDocument.parse(doc);
}
