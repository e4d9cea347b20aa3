/**
 * Builds TaskDocuments from the hand-checked gold files, so the archive and
 * its queries can be tested on real documents independently of the parser.
 */
import { readFileSync } from 'node:fs';
import type { Status, StatusCode, TaskDocument } from '../src/model/schema.js';

export const GOLD_DIR = '/work/shared/gold';

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
  leaders?: string[];
  status: StatusCode | null;
  statusText: string | null;
  progress: string | null;
}
interface Gold {
  doc: string;
  kind: TaskDocument['kind'];
  title: string | null;
  issuer: string | null;
  date: string | null;
  docNumber: string | null;
  year: number | null;
  tasks: GoldTask[];
  lagging?: { unit: string; stated_count: number | null; items: string[] }[];
  groups?: Record<string, string[]>;
}

/** The FORMAT.md vocabulary, most specific first, for lagging-list items (gold stores them as plain text). */
const ITEM_LEXICON: [RegExp, StatusCode][] = [
  [/无实质性进展|未开展实质性工作|暂未开工|暂未开展|未启动/, 'stalled'],
  [/难度较大|难以完成|未完成目标任务/, 'at_risk'],
  [/推进较慢|进展较慢|低于序时|滞后|未达序时|欠进度|下降|上升/, 'lagging'],
];

function itemStatus(text: string): Status | null {
  for (const [re, code] of ITEM_LEXICON) {
    const m = re.exec(text);
    if (m) return { code, label: m[0], evidence: m[0], source: 'lexicon' };
  }
  return null;
}

export function goldDocument(name: string, overrides: Partial<TaskDocument> = {}): TaskDocument {
  const gold = JSON.parse(readFileSync(`${GOLD_DIR}/${name}.gold.json`, 'utf8')) as Gold;
  return {
    schemaVersion: 1,
    generator: 'taskgen@test',
    kind: gold.kind,
    title: gold.title,
    issuer: gold.issuer,
    date: gold.date,
    docNumber: gold.docNumber,
    year: gold.year,
    period: null,
    source: { path: `/gold/${gold.doc}`, sha256: name, format: 'text', encoding: 'utf-8' },
    summary: { stated: {} },
    tasks: gold.tasks.map((t) => ({
      id: t.path.join('.'),
      number: t.number,
      path: t.path,
      section: t.section,
      text: t.text,
      leadUnits: t.lead.map((u) => ({ name: u.name, raw: u.name, note: u.note })),
      coUnits: t.co.map((u) => ({ name: u.name, raw: u.name, note: u.note })),
      leaders: t.leaders ?? [],
      deadline: null,
      progress: t.progress,
      status: t.status
        ? { code: t.status, label: t.statusText ?? t.status, evidence: t.statusText ?? t.status, source: 'notice-list' }
        : null,
    })),
    lagging: (gold.lagging ?? []).map((g) => ({
      unit: g.unit,
      statedCount: g.stated_count,
      items: g.items.map((text) => ({ text, status: itemStatus(text), taskId: null })),
    })),
    groups: gold.groups ?? {},
    warnings: [],
    ...overrides,
  };
}

export const SEED_000 = '000_115ca89f1edc460a';
export const SEED_001 = '001_7e4457f6583ea8ab';
export const SEED_002 = '002_62242f2f62d00f55';
export const SEED_004 = '004_2743b5618ee4f335';
