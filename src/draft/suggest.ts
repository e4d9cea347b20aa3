/**
 * Suggests who should lead and co-operate on a task, from the most similar
 * tasks in earlier plans (BM25 over character bi- and trigrams, the task's
 * section heading as weaker query terms) and the built-in domain lexicon as a
 * prior beside them. Every suggestion is by role (roleKey), so a city plan
 * teaches a county draft, and carries the evidence that produced it.
 */
import { Bm25Index, DEFAULT_BM25, type Bm25Options, type Query } from './bm25.js';
import { DOMAINS, lexiconHits } from './lexicon.js';
import { isCollectiveUnit, isPlaceBody, nameAtLevel, printedBody, roleFamily, roleKey, zoneBody, type Level } from './roles.js';

/** One task of an earlier plan, with the units it printed. */
export interface Example {
  text: string;
  lead: string[];
  co: string[];
  /** 徐州 2024 分解方案: names the plan in the evidence. */
  source: string;
  /** 二.(一).3: the task's number in that plan. */
  ref: string;
  /** The plan's own place name (徐州), whose bodies are never copied into another place's draft. */
  place: string | null;
  /** The plan's heading the task sits under (以创新提升产业能级), when known. */
  heading?: string | null;
}

export interface Suggestion {
  /** roleFamily(roleKey(name)): 发改委, 工信局 (经信局 pooled in). */
  role: string;
  /** The name as the draft prints it, at the draft's level. */
  name: string;
  score: number;
  evidence: string;
}

export interface Suggestions {
  lead: Suggestion[];
  co: Suggestion[];
}

/**
 * The model's parameters. The defaults were chosen on the development set
 * of scripts/draft-eval.ts (every annotated plan except seeds 001 and 002,
 * each scored with its own place left out), never on the seeds they are
 * reported for; see that script for the grid and the figures.
 */
export interface SuggestOptions {
  bm25: Bm25Options;
  /** How many of the most similar earlier tasks vote. */
  neighbours: number;
  /** A neighbour votes similarity^power: the closest tasks dominate, loose matches still count. */
  power: number;
  /** Retrieval hits below this similarity share too little wording to say anything about the owner. */
  minSimilarity: number;
  /** Query weight of the section heading's terms, against 1 for the task's own (0: headings unused). */
  headingWeight: number;
  /** Weight of the lexicon's first domain, against the summed retrieval votes. */
  lexiconWeight: number;
  /** Total weight of the clauses' own neighbours (shared among a compound task's clauses; 0: whole text only). */
  clauseWeight: number;
  /** Weight of how often a role leads anywhere in the earlier plans, added to roles that have a vote. */
  priorWeight: number;
}

export const DEFAULT_SUGGEST: SuggestOptions = {
  bm25: DEFAULT_BM25,
  neighbours: 8,
  power: 3,
  minSimilarity: 0.05,
  headingWeight: 0.3,
  lexiconWeight: 0.6,
  clauseWeight: 0.5,
  priorWeight: 0.3,
};
interface Vote {
  score: number;
  bestWeight: number;
  /** The most similar earlier task that voted for this role. */
  evidence: string;
  /** lexicon: 义务教育, when the lexicon voted too. */
  lexicon: string | null;
  bodies: Map<string, number>;
  levelled: boolean;
}

export class UnitSuggester {
  private readonly index: Bm25Index;
  private readonly examples: Example[] = [];
  /** role → how many earlier tasks it leads: the prior. */
  private readonly leads = new Map<string, number>();
  private leadTotal = 0;
  readonly opts: SuggestOptions;
  /** role → printed body → plan place ('' when unknown) → how many plan tasks printed it. */
  private readonly bodies = new Map<string, Map<string, Map<string, number>>>();
  /** The draft's own place: its earlier plans' names for a body win (宿州 prints 经济和信息化局, 徐州 工信局). */
  private homePlace: string | null = null;
  private readonly seen = new Set<string>();

  constructor(examples: Iterable<Example> = [], opts: Partial<SuggestOptions> = {}) {
    this.opts = { ...DEFAULT_SUGGEST, ...opts };
    this.index = new Bm25Index(this.opts.bm25);
    // The lexicon's standard names start every role's tally, so one plan's 生态环境分局 is not what a draft prints.
    const standard = new Set(DOMAINS.flatMap((d) => [...d.lead, ...(d.co ?? [])]));
    for (const body of standard) this.countBody(`市${body}`, '', 1);
    for (const e of examples) this.add(e);
  }

  /**
   * A printed unit name's role, body and whether it may be suggested at all, worked out once per
   * suggester: an archive of 2,000 plans prints a few hundred names 10^5 times. Per suggester, not
   * per process, so a user's alias file (loaded before) is always the one applied.
   */
  private readonly units = new Map<string, UnitName>();

  private unit(name: string): UnitName {
    let u = this.units.get(name);
    if (!u) {
      const body = printedBody(name);
      u = {
        role: roleFamily(roleKey(name)),
        body,
        suggestible: !isCollectiveUnit(name) && !isPlaceBody(name),
        // A zone (高新区管委会) is printed as it is, never with the draft's 市/县 in front.
        levelled: !zoneBody(name) && /^[\u4e00-\u9fa5]{0,4}?[省市县区]/.test(name) && body !== name,
      };
      this.units.set(name, u);
    }
    return u;
  }

  private countBody(name: string, place: string, weight: number): void {
    const { role, body } = this.unit(name);
    let byBody = this.bodies.get(role);
    if (!byBody) this.bodies.set(role, (byBody = new Map()));
    let byPlace = byBody.get(body);
    if (!byPlace) byBody.set(body, (byPlace = new Map()));
    byPlace.set(place, (byPlace.get(place) ?? 0) + weight);
  }

  add(example: Example): void {
    if (example.lead.length === 0 && example.co.length === 0) return;
    // The same task with the same units (one plan archived as HTML and PDF, or copied year to year) is one example:
    // repeating it would only multiply its vote.
    const key = `${example.text}\u0001${example.lead.join('、')}\u0001${example.co.join('、')}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.examples.push(example);
    this.index.add(example.text);
    for (const name of example.lead) {
      const { role, suggestible } = this.unit(name);
      if (!suggestible) continue;
      this.leads.set(role, (this.leads.get(role) ?? 0) + 1);
      this.leadTotal++;
    }
    for (const name of [...example.lead, ...example.co]) {
      if (this.unit(name).suggestible) this.countBody(name, example.place ?? '', 1);
    }
  }

  /** The place the draft is for: names its own earlier plans printed are preferred (×10). */
  setHomePlace(place: string | null): void {
    this.homePlace = place;
  }

  private commonBody(role: string): string | null {
    const byBody = this.bodies.get(role);
    if (!byBody) return null;
    let best: string | null = null;
    let bestCount = -1;
    for (const [body, byPlace] of byBody) {
      let count = 0;
      for (const [place, n] of byPlace) count += place !== '' && place === this.homePlace ? n * 10 : n;
      if (count > bestCount || (count === bestCount && best !== null && body.localeCompare(best) < 0)) {
        best = body;
        bestCount = count;
      }
    }
    return best;
  }

  get size(): number {
    return this.examples.length;
  }

  /** Ranked lead and co suggestions for one task's text, printed at `level`; no plan's own place bodies. */
  suggest(text: string, level: Level, opts: { lexiconOnly?: boolean; heading?: string | null } = {}): Suggestions {
    const lead = new Map<string, Vote>();
    const co = new Map<string, Vote>();
    if (!opts.lexiconOnly) this.retrievalVotes(text, opts.heading ?? null, lead, co);
    lexiconVotes(text, this.opts.lexiconWeight, lead, co);
    if (!opts.lexiconOnly && this.opts.priorWeight > 0 && this.leadTotal > 0) {
      for (const [role, v] of lead) v.score += (this.opts.priorWeight * (this.leads.get(role) ?? 0)) / this.leadTotal;
    }
    const name = (role: string) => this.commonBody(role);
    return { lead: ranked(lead, level, name), co: ranked(co, level, name) };
  }

  private retrievalVotes(text: string, heading: string | null, lead: Map<string, Vote>, co: Map<string, Vote>): void {
    this.neighbourVotes(text, heading, 1, lead, co);
    if (this.opts.clauseWeight <= 0) return;
    // A compound commitment (获批国家高新区,通过国家创新型县验收,新增高新技术企业20家) names several pieces
    // of work; each clause also asks on its own, so an owner of one clause is heard beside the whole's.
    const clauses = clausesOf(text);
    if (clauses.length < 2) return;
    for (const clause of clauses) this.neighbourVotes(clause, null, this.opts.clauseWeight / clauses.length, lead, co);
  }

  private neighbourVotes(text: string, heading: string | null, scale: number, lead: Map<string, Vote>, co: Map<string, Vote>): void {
    const { neighbours, power, minSimilarity, headingWeight } = this.opts;
    const query: Query = new Map();
    if (heading && headingWeight > 0) this.index.addToQuery(query, heading, headingWeight);
    this.index.addToQuery(query, text, 1);
    const self = this.index.selfScore(query);
    if (self <= 0) return;
    for (const hit of this.index.search(query, neighbours)) {
      const similarity = Math.min(1, hit.score / self);
      if (similarity < minSimilarity) break;
      const ex = this.examples[hit.doc]!;
      const evidence = `${ex.source} ${ex.ref}「${clip(ex.text, 24)}」相似度 ${similarity.toFixed(2)}`;
      const weight = scale * Math.pow(similarity, power);
      this.castUnits(ex.lead, ex.place, weight, evidence, lead);
      this.castUnits(ex.co, ex.place, weight * 0.5, evidence, co);
      // A plan's lead on a similar task is a fair co-operator here too.
      this.castUnits(ex.lead.slice(1), ex.place, weight * 0.3, evidence, co);
    }
  }

  private castUnits(names: string[], place: string | null, weight: number, evidence: string, into: Map<string, Vote>): void {
    // A task led by several bodies splits its vote, so a 市统计局 (监测) on every target does not outvote the owner.
    const own = names.map((n) => this.unit(n)).filter((u) => u.suggestible && !(place && u.body.includes(place)));
    own.forEach((u, i) => {
      const w = (weight * (i === 0 ? 1 : 0.6)) / Math.sqrt(own.length);
      cast(into, u.role, u.body, w, evidence, u.levelled);
    });
  }
}

interface UnitName {
  role: string;
  body: string;
  /** Not a collective (各县区政府) nor one place's own body (泉阳镇). */
  suggestible: boolean;
  /** Printed with a level word (市财政局): the draft prints it at its own level. */
  levelled: boolean;
}

/** A task's clauses (split at ，；。), those with at least four Han characters to ask about. */
function clausesOf(text: string): string[] {
  return text.split(/[,，;；。]/).filter((c) => (c.match(/[\u4e00-\u9fa5]/g)?.length ?? 0) >= 4);
}

function lexiconVotes(text: string, lexiconWeight: number, lead: Map<string, Vote>, co: Map<string, Vote>): void {
  lexiconHits(text).forEach((hit, rank) => {
    const weight = lexiconWeight * Math.pow(0.6, rank);
    const evidence = `lexicon: ${hit.word}`;
    hit.domain.lead.forEach((body, i) => cast(lead, roleFamily(roleKey(`市${body}`)), body, weight * Math.pow(0.7, i), evidence, true));
    for (const body of hit.domain.co ?? []) cast(co, roleFamily(roleKey(`市${body}`)), body, weight * 0.5, evidence, true);
  });
}

function cast(into: Map<string, Vote>, role: string, body: string, weight: number, evidence: string, levelled: boolean): void {
  if (!role) return;
  let v = into.get(role);
  if (!v) into.set(role, (v = { score: 0, bestWeight: 0, evidence: '', lexicon: null, bodies: new Map(), levelled }));
  v.score += weight;
  // One plan printing 经济和信息化局 bare (a table column headed 市直单位) does not stop the draft adding its level.
  v.levelled ||= levelled;
  // An earlier plan's task is the evidence an office can check; the lexicon's word is added beside it, not instead.
  const fromLexicon = evidence.startsWith('lexicon: ');
  if (fromLexicon) v.lexicon ??= evidence;
  else if (weight > v.bestWeight) {
    v.bestWeight = weight;
    v.evidence = evidence;
  }
  v.bodies.set(body, (v.bodies.get(body) ?? 0) + weight);
}

function ranked(votes: Map<string, Vote>, level: Level, commonBody: (role: string) => string | null): Suggestion[] {
  return [...votes.entries()]
    .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
    .map(([role, v]) => {
      const body = commonBody(role) ?? [...v.bodies.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      return { role, name: v.levelled ? nameAtLevel(body, level) : body, score: round(Math.min(1, v.score)), evidence: [v.evidence, v.lexicon].filter(Boolean).join('；') };
    });
}

function clip(s: string, n: number): string {
  const chars = [...s];
  return chars.length <= n ? s : chars.slice(0, n).join('') + '…';
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
