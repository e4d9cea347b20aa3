/**
 * `node --import tsx scripts/draft-eval.ts`: measures `taskgen draft`.
 *
 * 1. Unit suggestion, leave-one-place-out: for seed 001 (徐州) every annotated
 *    plan except 徐州's teaches; each 徐州 task's text alone is given to the
 *    suggester, and its ranked lead roles are compared with the plan's real
 *    lead units by role (alias key without place/level prefix). top-1: the
 *    first suggestion is one of the real leads; top-3: one of the first three
 *    is. The same for seed 002 (界首), and the lexicon-only baseline beside both.
 * 2. Seed 003 (宿州 2024 report): the 主要预期目标 tasks, no task from the
 *    2023 review chapter, and the first 40 tasks printed for a human read.
 *
 * How the parameters were kept honest: every choice (BM25 k1/b, n-grams,
 * generic-word removal, neighbours, vote power, similarity floor, heading
 * and clause weights, lexicon and lead-frequency priors) was made on the
 * development set (`--grid`): the 54 annotated plans that are neither seed,
 * each scored with its own place (and any plan repeating one of its tasks)
 * left out, the seeds teaching nothing. Lexicon words added in this round
 * came from the development set's misses (`--misses`, which never prints a
 * seed's). 001 and 002 are only scored. The grid also prints the setting each
 * seed would have chosen for itself, to show the other seed's figure under it.
 * Caveats: the lexicon was extended on 001's misses in an earlier session, so
 * 001 stays optimistic; the role families 商务粮储局→商务局, 投资促进中心→投促局,
 * 行政审批局→政务服务管理局 and the zone role (高新区/经开区管委会) were named after
 * 002's list of lead units had been seen (not its misses): the strict
 * alias-key figures do not pool families and are printed beside.
 *
 * Runs of 2026-12-04 (lead role, top-1 / top-3 of tasks; strict alias key in brackets):
 *   before this round (bd44d06): 001 0.793 / 0.900, lexicon only 0.773 / 0.880;
 *                                002 0.449 / 0.551, lexicon only 0.395 / 0.456.
 *   now: development set 0.713 / 0.851 (0.675 / 0.799), lexicon only 0.614 / 0.675;
 *        001 徐州 (150 tasks) 0.813 / 0.940 (0.680 / 0.840), lexicon only 0.780 / 0.893;
 *        002 界首 (147 tasks) 0.469 / 0.639 (0.429 / 0.565), lexicon only 0.422 / 0.517.
 *   Each seed's own best setting, reported for the other: chosen on 001 → 002 0.510 / 0.660;
 *   chosen on 002 → 001 0.813 / 0.947. No setting reaches 0.6 / 0.8 on 002: `--coverage` shows
 *   the ceiling, the share of its tasks whose real lead's role any training document names at all.
 *
 * Training documents: ../shared/gold, fixtures/*\/expected.json, ../shared/corpus
 * (plans, mixed, status) and corpus/ (plans-new, status-new, status-heldout) —
 * annotations, not parser output, so the measure is of the suggester alone.
 * Notices and progress tables teach (their tasks carry the plan's units) but
 * are never scored; `--plans-only` learns from plans alone.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { UnitSuggester, DEFAULT_SUGGEST, type Example, type SuggestOptions } from '../src/draft/suggest.js';
import { roleKey, roleFamily, isCollectiveUnit, isPlaceBody } from '../src/draft/roles.js';
import { DOMAINS } from '../src/draft/lexicon.js';
import { placeOfPlan, planLabel } from '../src/draft/examples.js';

const ROOT = join(import.meta.dirname, '..');
const SHARED = join(ROOT, '..', 'shared');

/** `--plans-only`: learn from annotated plans alone, as before notices and progress tables were added. */
const WITH_NOTICES = !process.argv.includes('--plans-only');

interface AnnotatedPlan {
  /** A notice or progress table: it teaches, it is never scored. */
  teachesOnly: boolean;
  file: string;
  place: string | null;
  examples: Example[];
}

type UnitAnn = string | { name: string };
interface AnnTask {
  number?: string;
  section?: string[];
  path?: string[];
  text?: string;
  textStartsWith?: string;
  lead?: UnitAnn[];
  co?: UnitAnn[];
}

function unitName(u: UnitAnn): string {
  return typeof u === 'string' ? u : u.name;
}

function loadAnnotated(file: string): AnnotatedPlan | null {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { kind?: string; title?: string; issuer?: string; year?: number; tasks?: AnnTask[] };
  if (!json.tasks) return null;
  // Notices and progress tables name each task's responsible units too (the ones its plan assigned): they teach,
  // but only plans are scored, on the development set or as seeds.
  const teachesOnly = json.kind !== 'plan';
  if (teachesOnly && !WITH_NOTICES) return null;
  const place = placeOfPlan(json.issuer ?? null, json.title ?? null);
  const label = planLabel(place, json.year ?? null, basename(file).replace(/\.(expect|gold)\.json$|\/expected\.json$/, ''), json.kind);
  const examples = json.tasks.map((t) => ({
    text: t.text ?? t.textStartsWith ?? '',
    lead: (t.lead ?? []).map(unitName),
    co: (t.co ?? []).map(unitName),
    source: label,
    ref: t.path?.join('.') ?? t.number ?? '',
    place,
    heading: t.section?.[t.section.length - 1] ?? null,
  }));
  return { file, place, examples, teachesOnly };
}

function annotatedFiles(): string[] {
  const files: string[] = [];
  const add = (dir: string, test: (f: string) => boolean) => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).sort()) if (test(f)) files.push(join(dir, f));
  };
  add(join(SHARED, 'gold'), (f) => f.endsWith('.gold.json'));
  for (const d of readdirSync(join(ROOT, 'fixtures')).sort()) {
    const f = join(ROOT, 'fixtures', d, 'expected.json');
    if (existsSync(f)) files.push(f);
  }
  add(join(SHARED, 'corpus', 'plans'), (f) => f.endsWith('.expect.json'));
  add(join(SHARED, 'corpus', 'mixed'), (f) => f.endsWith('.expect.json') && f.includes('plan'));
  add(join(ROOT, 'corpus', 'plans-new'), (f) => f.endsWith('.expect.json'));
  if (WITH_NOTICES) {
    add(join(SHARED, 'corpus', 'status'), (f) => f.endsWith('.expect.json'));
    add(join(SHARED, 'corpus', 'mixed'), (f) => f.endsWith('.expect.json') && !f.includes('plan'));
    for (const d of ['status-new', 'status-heldout']) add(join(ROOT, 'corpus', d), (f) => f.endsWith('.expect.json'));
  }
  return files;
}

/** A plan is 徐州's if its issuer or title says so, or it is a copy of seed 001 (fixtures seed-001-*). */
function isFrom(plan: AnnotatedPlan, place: string, seed: string): boolean {
  return plan.place === place || plan.file.includes(`/${seed}_`) || plan.file.includes(`seed-${seed}-`);
}

export interface Score {
  tasks: number;
  top1: number;
  top3: number;
  /** The same, by strict alias key of the printed suggestion (经信局 ≠ 工信局, 文旅局 ≠ 文广旅局). */
  strictTop1: number;
  strictTop3: number;
}

interface Tally {
  tasks: number;
  top1: number;
  top3: number;
  strict1: number;
  strict3: number;
}

const emptyTally = (): Tally => ({ tasks: 0, top1: 0, top3: 0, strict1: 0, strict3: 0 });

/** `--misses`: print the development set's misses (never a seed's: those are only ever scored). */
const PRINT_MISSES = process.argv.includes('--misses');

/** Scores one plan's tasks against a suggester that never saw that plan's place. */
function tallyPlan(suggester: UnitSuggester, target: AnnotatedPlan, lexiconOnly: boolean, into: Tally, printMisses = false): void {
  for (const ex of target.examples) {
    const truthKeys = ex.lead.filter((n) => !isCollectiveUnit(n)).map(roleKey);
    const truth = new Set(truthKeys.map(roleFamily));
    const strictTruth = new Set(truthKeys);
    if (truth.size === 0) continue;
    into.tasks++;
    const lead = suggester.suggest(ex.text, '市', { lexiconOnly, heading: ex.heading }).lead;
    const ranked = lead.map((s) => s.role);
    const printed = lead.map((s) => roleKey(s.name));
    if (ranked.slice(0, 1).some((r) => truth.has(r))) into.top1++;
    if (ranked.slice(0, 3).some((r) => truth.has(r))) into.top3++;
    else if (printMisses) console.log(`miss ${basename(target.file)} ${ex.ref} [${ex.heading ?? ''}] ${ex.text.slice(0, 60)}\n   real ${[...truth].join('、')} | suggested ${lead.slice(0, 3).map((s) => `${s.role} ${s.score}`).join('、')}`);
    if (printed.slice(0, 1).some((r) => strictTruth.has(r))) into.strict1++;
    if (printed.slice(0, 3).some((r) => strictTruth.has(r))) into.strict3++;
  }
}

function scoreOf(t: Tally): Score {
  const n = t.tasks || 1;
  return { tasks: t.tasks, top1: t.top1 / n, top3: t.top3 / n, strictTop1: t.strict1 / n, strictTop3: t.strict3 / n };
}

/** Seed 001 or 002 with every plan of its place (and its fixture copies) left out of what the suggester learns. */
export function scoreHeldOut(plans: AnnotatedPlan[], target: AnnotatedPlan, place: string, seed: string, lexiconOnly: boolean, opts: Partial<SuggestOptions> = {}): Score {
  const suggester = new UnitSuggester(trainingFor(plans, target, place, seed).flatMap((p) => p.examples), opts);
  const tally = emptyTally();
  tallyPlan(suggester, target, lexiconOnly, tally);
  return scoreOf(tally);
}

/** Every plan but the seed's place's, and none repeating one of the seed's tasks word for word (a copy under another name). */
function trainingFor(plans: AnnotatedPlan[], target: AnnotatedPlan, place: string, seed: string): AnnotatedPlan[] {
  const texts = new Set(target.examples.map((e) => e.text));
  return plans.filter((p) => !isFrom(p, place, seed) && !p.examples.some((e) => texts.has(e.text)));
}

/**
 * The development set parameters are chosen on: every annotated plan except
 * seeds 001 and 002 (and their copies), each scored with the plans of its own
 * place — and any plan repeating one of its tasks word for word — left out of
 * what the suggester learns; 001 and 002 teach nothing here either, so
 * nothing chosen on this set has seen the seeds it is reported for.
 */
export function scoreDevelopment(plans: AnnotatedPlan[], lexiconOnly: boolean, opts: Partial<SuggestOptions> = {}): Score {
  const dev = plans.filter((p) => !SEEDS.some(([seed, place]) => isFrom(p, place, seed)));
  const tally = emptyTally();
  for (const target of dev.filter((p) => !p.teachesOnly)) {
    const texts = new Set(target.examples.map((e) => e.text));
    const train = dev.filter((p) => p !== target && !(target.place && p.place === target.place) && !p.examples.some((e) => texts.has(e.text)));
    tallyPlan(new UnitSuggester(train.flatMap((p) => p.examples), opts), target, lexiconOnly, tally, PRINT_MISSES && !lexiconOnly);
  }
  return scoreOf(tally);
}

const SEEDS = [
  ['001', '徐州'],
  ['002', '界首'],
] as const;

function fmt(s: Score): string {
  return `tasks ${s.tasks}  top-1 ${s.top1.toFixed(3)}  top-3 ${s.top3.toFixed(3)}   (strict alias key: top-1 ${s.strictTop1.toFixed(3)}  top-3 ${s.strictTop3.toFixed(3)})`;
}

function seedTarget(plans: AnnotatedPlan[], seed: string): AnnotatedPlan {
  return plans.find((p) => p.file.includes(`/gold/${seed}_`))!;
}

async function main(): Promise<void> {
  const plans = annotatedFiles().map(loadAnnotated).filter((p): p is AnnotatedPlan => p !== null);
  console.log(`annotated plans: ${plans.length}, tasks: ${plans.reduce((n, p) => n + p.examples.length, 0)}`);
  if (process.argv.includes('--grid')) return grid(plans);
  if (process.argv.includes('--edges')) return edges(plans);
  if (process.argv.includes('--coverage')) return coverage(plans);
  console.log(`\ndevelopment set (parameters are chosen here)`);
  console.log(`  retrieval+lexicon  ${fmt(scoreDevelopment(plans, false))}`);
  console.log(`  lexicon only       ${fmt(scoreDevelopment(plans, true))}`);
  for (const [seed, place] of SEEDS) {
    const target = seedTarget(plans, seed);
    const train = trainingFor(plans, target, place, seed);
    console.log(`\nseed ${seed} (${place} left out; ${train.length} plans, ${train.reduce((n, p) => n + p.examples.length, 0)} tasks teach)`);
    console.log(`  retrieval+lexicon  ${fmt(scoreHeldOut(plans, target, place, seed, false))}`);
    console.log(`  lexicon only       ${fmt(scoreHeldOut(plans, target, place, seed, true))}`);
  }
  if (!process.argv.includes('--units-only')) await checkReport(plans);
}

/**
 * `--grid`: the parameters in two stages (the retrieval model first, then
 * how votes are combined, at the first stage's choice), each combination
 * scored on the development set and on each seed. The best development score
 * is the default; the seeds' columns are printed to show how far each seed
 * would have favoured other choices, never to choose.
 */
type Row = { opts: Partial<SuggestOptions>; dev: Score; s1: Score; s2: Score };

function grid(plans: AnnotatedPlan[]): void {
  const first: Array<Partial<SuggestOptions>> = [];
  for (const trigrams of [false, true])
    for (const generic of [false, true])
      for (const k1 of [0.8, 1.2, 2.0])
        for (const b of [0.5, 0.75, 0.9]) first.push({ bm25: { k1, b, trigrams, generic } });
  const bm25 = gridReport('stage 1, retrieval model', plans, first).opts.bm25!;
  const second: Array<Partial<SuggestOptions>> = [];
  for (const neighbours of [8, 16])
    for (const power of [1, 2, 3])
      for (const minSimilarity of [0.05, 0.12])
        for (const headingWeight of [0, 0.3])
          for (const lexiconWeight of [0.15, 0.3, 0.6])
            for (const clauseWeight of [0, 0.5])
              for (const priorWeight of [0, 0.3]) second.push({ bm25, neighbours, power, minSimilarity, headingWeight, lexiconWeight, clauseWeight, priorWeight });
  gridReport('stage 2, votes', plans, second);
}

/** Scores every setting on the development set and both seeds; prints the best of each and the development top 8. */
function gridReport(stage: string, plans: AnnotatedPlan[], settings: Array<Partial<SuggestOptions>>): Row {
  const objective = (s: Score) => s.top1 + s.top3;
  const rows: Row[] = settings.map((opts) => {
    const dev = scoreDevelopment(plans, false, opts);
    const [s1, s2] = SEEDS.map(([seed, place]) => scoreHeldOut(plans, seedTarget(plans, seed), place, seed, false, opts)) as [Score, Score];
    return { opts, dev, s1, s2 };
  });
  const show = (label: string, r: Row) =>
    console.log(
      `${label}: ${JSON.stringify(r.opts)}\n   dev ${r.dev.top1.toFixed(3)}/${r.dev.top3.toFixed(3)}  001 ${r.s1.top1.toFixed(3)}/${r.s1.top3.toFixed(3)}  002 ${r.s2.top1.toFixed(3)}/${r.s2.top3.toFixed(3)}`,
    );
  const best = (key: 'dev' | 's1' | 's2') => rows.reduce((a, b) => (objective(b[key]) > objective(a[key]) ? b : a));
  console.log(`\n${stage}: ${rows.length} settings`);
  show('best on the development set (chosen)', best('dev'));
  show('best on 001 (would be reported for 002)', best('s1'));
  show('best on 002 (would be reported for 001)', best('s2'));
  [...rows].sort((a, b) => objective(b.dev) - objective(a.dev)).slice(0, 8).forEach((r, i) => show(`  dev #${i + 1}`, r));
  return best('dev');
}

/**
 * `--edges`: stage 2 chose the largest lexicon and prior weights and the lowest similarity floor it
 * offered (the defaults now); this scores one step beyond each, around the defaults.
 */
function edges(plans: AnnotatedPlan[]): void {
  const settings: Array<Partial<SuggestOptions>> = [];
  for (const lexiconWeight of [0.6, 1])
    for (const priorWeight of [0.3, 0.6, 1])
      for (const minSimilarity of [0, 0.05]) settings.push({ ...DEFAULT_SUGGEST, lexiconWeight, priorWeight, minSimilarity });
  gridReport('edges of stage 2', plans, settings);
}

/**
 * `--coverage`: the ceiling each seed's figures sit under — the share of its
 * tasks with a real lead whose role some training plan's lead has (retrieval
 * could name it) or the lexicon has (the lexicon could), and the roles most
 * often missing. A diagnostic of the data, not of any setting.
 */
function coverage(plans: AnnotatedPlan[]): void {
  const lexiconRoles = new Set(DOMAINS.flatMap((d) => d.lead.map((b) => roleFamily(roleKey(`市${b}`)))));
  for (const [seed, place] of SEEDS) {
    const trainRoles = new Set(
      plans
        .filter((p) => !isFrom(p, place, seed))
        .flatMap((p) => p.examples.flatMap((e) => e.lead.filter((n) => !isCollectiveUnit(n) && !isPlaceBody(n)).map((n) => roleFamily(roleKey(n))))),
    );
    let tasks = 0;
    let byPlans = 0;
    let byLexicon = 0;
    let either = 0;
    const missing = new Map<string, number>();
    for (const ex of seedTarget(plans, seed).examples) {
      const truth = ex.lead.filter((n) => !isCollectiveUnit(n)).map((n) => roleFamily(roleKey(n)));
      if (truth.length === 0) continue;
      tasks++;
      const p = truth.some((r) => trainRoles.has(r));
      const l = truth.some((r) => lexiconRoles.has(r));
      if (p) byPlans++;
      if (l) byLexicon++;
      if (p || l) either++;
      else for (const r of truth) missing.set(r, (missing.get(r) ?? 0) + 1);
    }
    const share = (n: number) => (n / tasks).toFixed(3);
    console.log(`seed ${seed}: ${tasks} tasks; a real lead's role is known to the training plans ${share(byPlans)}, the lexicon ${share(byLexicon)}, either ${share(either)}`);
    console.log(`  roles of the tasks neither knows: ${[...missing].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')}`);
  }
}

async function checkReport(plans: AnnotatedPlan[]): Promise<void> {
  const { draftFromFile } = await import('../src/draft/index.js');
  const seedFile = readdirSync(join(SHARED, 'seeds')).find((f) => f.startsWith('003_'))!;
  const suggester = new UnitSuggester(plans.flatMap((p) => p.examples));
  const { doc } = await draftFromFile(join(SHARED, 'seeds', seedFile), { suggester });
  const targets = doc.tasks.filter((t) => t.section.some((s) => s.includes('主要预期目标')));
  console.log(`\nseed 003: ${doc.tasks.length} tasks; 主要预期目标 tasks: ${targets.length}`);
  for (const t of targets) console.log(`  ${t.id} ${t.text}`);
  const review = doc.tasks.filter((t) => /回顾|2023年工作/.test(t.section.join('/')));
  console.log(`  tasks from the 2023 review chapter: ${review.length}`);
  console.log('\nfirst 40 tasks:');
  for (const t of doc.tasks.slice(0, 40)) {
    console.log(`  ${t.id} [${t.section.slice(-1)[0]}] ${t.text}`);
    console.log(`      牵头 ${t.leadUnits.map((u) => u.name).join('、')} | 责任 ${t.coUnits.map((u) => u.name).join('、')} | 时限 ${t.deadline ?? '-'}`);
  }
}

await main();
