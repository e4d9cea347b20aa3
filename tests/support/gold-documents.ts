/**
 * TaskDocuments built from the hand-checked gold expectations of the seed
 * fixtures (the expected.json of the seed fixtures, copies of shared/gold), so report
 * and archive tests stand on known-good data independently of the parser.
 * The conversion is mechanical: gold lead/co → leadUnits/coUnits, gold status
 * + statusText → Status, gold lagging groups → LaggingGroup with each item
 * classified by its wording.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TaskDocument, type Status, type StatusCode } from '../../src/model/schema.js';
import { FIXTURES_DIR } from './fixtures.js';

export const SEED_000 = '000_115ca89f1edc460a';
export const SEED_001 = '001_7e4457f6583ea8ab';
export const SEED_002 = '002_62242f2f62d00f55';
export const SEED_004 = '004_2743b5618ee4f335';

/** The seed fixtures by the role tests use them in. */
export const GOLD = { notice000: SEED_000, plan001: SEED_001, plan002: SEED_002, progress004: SEED_004 } as const;

const FIXTURE_OF: Record<string, string> = {
  [SEED_000]: 'seed-000-suzhou-notice',
  [SEED_001]: 'seed-001-xuzhou-plan',
  [SEED_002]: 'seed-002-jieshou-plan',
  [SEED_004]: 'seed-004-progress-table',
};

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
export interface Gold {
  doc: string;
  kind: TaskDocument['kind'];
  title: string | null;
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
  [/推进较慢|进展较慢|低于序时进度|低于序时|滞后|未达序时|欠进度|下降|上升/, 'lagging'],
];

export function classifyItem(text: string): Status | null {
  for (const [re, code] of ITEM_WORDS) {
    const m = re.exec(text);
    if (m) return { code, label: m[0], evidence: text, source: 'notice-list' };
  }
  return null;
}

export function readGold(seed: string): Gold {
  const dir = FIXTURE_OF[seed];
  if (!dir) throw new Error(`no fixture for seed ${seed}`);
  return JSON.parse(readFileSync(join(FIXTURES_DIR, dir, 'expected.json'), 'utf8')) as Gold;
}

export function goldDocument(seed: string, overrides: Partial<TaskDocument> = {}): TaskDocument {
  const gold = readGold(seed);
  return TaskDocument.parse({
    schemaVersion: 1,
    generator: 'taskgen@test',
    kind: gold.kind,
    title: gold.title,
    issuer: gold.issuer,
    date: gold.date,
    docNumber: gold.docNumber,
    year: gold.year,
    period: null,
    source: { path: `/gold/${gold.doc}`, sha256: seed, format: 'text', encoding: 'utf-8' },
    summary: { stated: gold.summary ?? {} },
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
        ? {
            code: t.status,
            label: LABEL[t.status],
            evidence: t.statusText ?? LABEL[t.status],
            source: t.statusText && gold.kind === 'notice' ? 'notice-list' : 'column',
          }
        : null,
    })),
    lagging: (gold.lagging ?? []).map((g) => ({
      unit: g.unit,
      statedCount: g.stated_count,
      items: g.items.map((text) => ({ text, status: classifyItem(text), taskId: null })),
    })),
    groups: gold.groups ?? {},
    warnings: [],
    ...overrides,
  });
}
