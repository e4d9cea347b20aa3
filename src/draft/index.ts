/**
 * `taskgen draft`: a 政府工作报告 in, the year's 分解方案（征求意见稿） out, as a
 * TaskDocument of kind plan that `taskgen plan`, `notice` and `batch` take
 * like any parsed plan. Every unit in it is a suggestion (suggested: true)
 * with a score and the evidence that produced it.
 */
import { existsSync } from 'node:fs';
import type { TaskDocument, Task, Unit, Warning } from '../model/schema.js';
import { InputError } from '../errors.js';
import { chineseNumeral } from '../render/numerals.js';
import { splitReport, type DraftTask } from './tasks.js';
import { UnitSuggester, type Suggestion, type Suggestions } from './suggest.js';
import { levelOfIssuer, placeOfIssuer, type Level } from './roles.js';
import { examplesFromArchive, examplesFromDocument, TEACHING_KINDS } from './examples.js';

export interface DraftOptions {
  suggester: UnitSuggester;
  /** 市, 县 or 区: the level unit names are printed at (default: the report's issuer's). */
  level?: Level;
  onWarning?: (message: string) => void;
  /** Print one summary line for tasks left without a suggestion, not one per task. */
  quietTasks?: boolean;
}

export interface DraftResult {
  doc: TaskDocument;
}

/** A second lead is printed when its votes come this close to the first's (徐州: 市发改委、市统计局 on the targets). */
const SECOND_LEAD_SHARE = 0.8;
const MAX_CO = 3;
/** Co-operators scoring below this are noise from a single loosely similar task. */
const MIN_CO_SCORE = 0.05;

const EXPECTED = "expected a government work report (政府工作报告, with this year's work chapters and 主要预期目标)";

export async function draftFromFile(path: string, opts: DraftOptions): Promise<DraftResult> {
  const { parseFile } = await import('../pipeline.js');
  const { finalizeDocument } = await import('../model/validate.js');
  const report = await parseFile(path).catch((e: unknown) => {
    // An empty or binary file is refused before it is read; say what draft wanted instead.
    if (e instanceof InputError && /^(?:empty file|binary file)/.test(e.reason)) throw new InputError(path, `${e.reason}; ${EXPECTED}`, e.exitCode);
    throw e;
  });
  if (report.kind !== 'report' || report.tasks.length === 0) {
    throw new InputError(path, `${EXPECTED}; this reads as ${describeKind(report)}`);
  }
  return { doc: finalizeDocument(draftFromReport(report, opts)) };
}

function describeKind(doc: TaskDocument): string {
  if (doc.kind === 'report') return 'a report with no current-year chapters';
  const names = { plan: 'a breakdown plan (分解方案)', notice: 'a status notice (通报)', progress: 'a progress table' } as const;
  return doc.tasks.length === 0 ? 'a document with no tasks' : names[doc.kind];
}

export function draftFromReport(report: TaskDocument, opts: DraftOptions): TaskDocument {
  const level = opts.level ?? levelOfIssuer(report.issuer) ?? '市';
  const warnings: Warning[] = [];
  const warn = (code: string, message: string, taskId?: string) => {
    warnings.push(taskId ? { code, message, taskId } : { code, message });
    opts.onWarning?.(message);
  };
  opts.suggester.setHomePlace(placeOfIssuer(report.issuer));
  const split = splitReport(report.tasks);
  if (split.leftOutSelfBuilding > 0) {
    warn('draft-left-out', `${split.leftOutSelfBuilding} sentence(s) of the 政府自身建设 chapter left out, as plans leave them to the 政府办`);
  }
  if (opts.suggester.size === 0) {
    warn('draft-lexicon-only', 'no earlier plans to learn from: units are suggested from the built-in domain lexicon only');
  }

  const tasks: Task[] = [];
  const unsuggested: string[] = [];
  let counter = 0;
  split.sections.forEach((section, s) => {
    const grouped = section.groups.some((g) => g.title !== null);
    let groupNo = 0;
    for (const group of section.groups) {
      if (group.title !== null) groupNo++;
      for (const dt of group.tasks) {
        counter++;
        const path = [chineseNumeral(s + 1), ...(grouped && group.title !== null ? [`(${chineseNumeral(groupNo)})`] : []), String(counter)];
        // The heading the plan prints the task under (以创新提升产业能级) asks beside the task's own words.
        const heading = dt.section[dt.section.length - 1] ?? null;
        const task = draftedTask(path, dt, opts.suggester.suggest(dt.text, level, { heading }));
        if (task.leadUnits.length === 0) unsuggested.push(task.id);
        tasks.push(task);
      }
    }
  });

  for (const id of unsuggested) {
    const message = `task ${id}: no similar task in earlier plans and no lexicon domain; units left for the office`;
    if (opts.quietTasks) warnings.push({ code: 'no-suggestion', message, taskId: id });
    else warn('no-suggestion', message, id);
  }
  if (opts.quietTasks && unsuggested.length > 0) opts.onWarning?.(`${unsuggested.length} task(s) without a suggested unit: ${unsuggested.join(', ')}`);
  const year = report.year;
  return {
    schemaVersion: report.schemaVersion,
    generator: report.generator,
    kind: 'plan',
    title: `${year ? `${year}年` : ''}《政府工作报告》重点目标任务分解方案（征求意见稿）`,
    issuer: report.issuer,
    date: null,
    docNumber: null,
    year,
    period: null,
    source: report.source,
    summary: { stated: {} },
    tasks,
    lagging: [],
    groups: {},
    warnings,
  };
}

function draftedTask(path: string[], dt: DraftTask, s: Suggestions): Task {
  const lead = pickLeads(s.lead);
  const leadRoles = new Set(lead.map((u) => u.role));
  const co = [...s.lead.slice(lead.length, lead.length + 2), ...s.co]
    .filter((u, i, all) => !leadRoles.has(u.role) && u.score >= MIN_CO_SCORE && all.findIndex((v) => v.role === u.role) === i)
    .slice(0, MAX_CO);
  return {
    id: path.join('.'),
    number: path[path.length - 1]!,
    path,
    section: dt.section,
    text: dt.text,
    leadUnits: lead.map(suggestedUnit),
    coUnits: co.map(suggestedUnit),
    leaders: [],
    deadline: dt.deadline,
    progress: null,
    status: null,
  };
}

function pickLeads(ranked: Suggestion[]): Suggestion[] {
  const [first, second] = ranked;
  if (!first) return [];
  return second && second.score >= first.score * SECOND_LEAD_SHARE ? [first, second] : [first];
}

/** Printed after every suggested unit in a rendered draft: 市发展改革委〔建议〕. */
export const SUGGESTION_MARK = '〔建议〕';

/**
 * The draft as a reader gets it (md, html, txt, docx, xlsx): every suggested
 * unit printed with 〔建议〕 after its name, so a circulated copy cannot be
 * mistaken for units an office decided. The 完成时限 is the report's own
 * wording and stays unmarked. JSON keeps the names clean: it carries
 * `suggested: true`, the score and the evidence instead.
 */
export function markedForReading(doc: TaskDocument): TaskDocument {
  const mark = (units: Unit[]) => units.map((u) => (u.suggested ? { ...u, name: `${u.name}${SUGGESTION_MARK}` } : u));
  return { ...doc, tasks: doc.tasks.map((t) => ({ ...t, leadUnits: mark(t.leadUnits), coUnits: mark(t.coUnits) })) };
}

function suggestedUnit(s: Suggestion): Unit {
  return { name: s.name, raw: s.name, note: null, suggested: true, score: s.score, evidence: s.evidence };
}

/** Why an archive could not be opened, in the user's terms: no temporary paths, no errno codes. */
function archiveProblem(e: unknown): string {
  if (e instanceof InputError) return e.reason;
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'no archive.db in it: not an archive written by `taskgen batch`';
  return (e as Error).message;
}

/**
 * The suggester for a draft: plans from the archive and --like files. An
 * archive that cannot be read, or holds no plans, is a warning: the draft
 * still comes out, with lexicon suggestions.
 */
export async function buildSuggester(
  sources: { archive?: string; like?: string[]; placeOfDraft?: string | null },
  warn: (message: string) => void,
): Promise<UnitSuggester> {
  const suggester = new UnitSuggester();
  if (sources.archive && !existsSync(sources.archive)) {
    warn(`${sources.archive}: no such archive folder; suggesting from the lexicon`);
  } else if (sources.archive) {
    try {
      const examples = await examplesFromArchive(sources.archive);
      if (examples.length === 0) warn(`${sources.archive}: the archive holds no tasks with units (no plan, notice or progress table); suggesting from the lexicon`);
      for (const e of examples) suggester.add(e);
    } catch (e) {
      warn(`${sources.archive}: cannot read the archive (${archiveProblem(e)}); suggesting from the lexicon`);
    }
  }
  if (sources.like?.length) {
    const { parseFile, loadParsedJson } = await import('../pipeline.js');
    for (const file of sources.like) {
      const doc = /\.json$/i.test(file) ? await loadParsedJson(file) : await parseFile(file);
      if (!TEACHING_KINDS.includes(doc.kind)) warn(`${file}: --like expects a breakdown plan (or a notice or progress table naming units); this reads as a ${doc.kind} and teaches nothing`);
      for (const e of examplesFromDocument(doc, file)) suggester.add(e);
    }
  }
  return suggester;
}

