/**
 * Where earlier plans come from: an archive written by `taskgen batch`, and
 * plans given with --like (a source document or `taskgen parse` JSON). Plans
 * teach, and so do status notices and progress tables: their tasks carry the
 * units the plan assigned (a 督查 notice reports each task under its 牵头单位).
 * Reports name no units and teach nothing.
 */
import type { TaskDocument } from '../model/schema.js';
import type { Example } from './suggest.js';
import { placeOfIssuer } from './roles.js';

const KIND_LABEL: Record<string, string> = { plan: '分解方案', notice: '督查通报', progress: '进展情况表' };

/** Kinds of document whose tasks carry units an office assigned. */
export const TEACHING_KINDS = Object.keys(KIND_LABEL);

/** 徐州 2024 分解方案, 宿州 2021 督查通报: how the evidence names the document a suggestion came from. */
export function planLabel(place: string | null, year: number | null, fallback: string, kind = 'plan'): string {
  return `${place ?? fallback}${year ? ` ${year}` : ''} ${KIND_LABEL[kind] ?? KIND_LABEL.plan}`;
}

/** A plan's place: its issuer (徐州市人民政府), else the place its title names (界首市人民政府关于…). */
export function placeOfPlan(issuer: string | null, title: string | null): string | null {
  const fromIssuer = placeOfIssuer(issuer);
  if (fromIssuer) return fromIssuer;
  const m = /^(?:[\u4e00-\u9fa5]{2,3}省)?([\u4e00-\u9fa5]{2,3}?)[市县区](?:人民政府)/.exec(title ?? '');
  return m ? m[1]! : null;
}

export function examplesFromDocument(doc: TaskDocument, fallbackLabel: string): Example[] {
  if (!TEACHING_KINDS.includes(doc.kind)) return [];
  const place = placeOfPlan(doc.issuer, doc.title);
  const source = planLabel(place, doc.year, fallbackLabel, doc.kind);
  // A draft's own suggestions (suggested: true) are not an office's decision and teach nothing.
  const decided = (units: TaskDocument['tasks'][number]['leadUnits']) => units.filter((u) => !u.suggested).map((u) => u.name);
  return doc.tasks
    .map((t) => ({
      text: t.text,
      lead: decided(t.leadUnits),
      co: decided(t.coUnits),
      source,
      ref: t.path.join('.'),
      place,
    }))
    .filter((e) => e.lead.length > 0 || e.co.length > 0);
}

interface ArchiveTaskRow {
  text: string;
  path: string;
  issuer: string | null;
  title: string | null;
  year: number | null;
  kind: string;
  /** role \u0002 name, joined by \u0001, in printed order. */
  units: string;
}

/**
 * Every distinct plan task of an archive with its assignments. SQLite joins
 * each task's units into one string and collapses identical tasks with
 * identical units (one plan archived as HTML and PDF, copies year to year)
 * to their first occurrence, so a 2,000-plan archive reaches JavaScript as a
 * few thousand rows, not 300,000. Opened read-only: drafting never writes.
 */
export async function examplesFromArchive(dir: string): Promise<Example[]> {
  const { Archive } = await import('../archive/db.js');
  const archive = Archive.open(dir, { readonly: true });
  try {
    const rows = archive.db
      .prepare(
        `WITH units AS (
           SELECT task, group_concat(role || char(2) || name, char(1) ORDER BY id) AS units FROM assignments GROUP BY task
         ), distinct_tasks AS (
           SELECT min(t.id) AS id, u.units FROM tasks t JOIN units u ON u.task = t.id JOIN documents d ON d.id = t.doc_id
            WHERE d.kind IN ('plan', 'notice', 'progress') GROUP BY t.text, u.units
         )
         SELECT t.text, t.path, d.issuer, d.title, d.year, d.kind, dt.units
           FROM distinct_tasks dt JOIN tasks t ON t.id = dt.id JOIN documents d ON d.id = t.doc_id
          ORDER BY t.id`,
      )
      .all() as ArchiveTaskRow[];
    // 2,000 plans share a few hundred issuers: their place and label are worked out once each.
    const labels = new Map<string, { place: string | null; source: string }>();
    return rows.map((r) => {
      const key = `${r.issuer}\u0001${r.title}\u0001${r.year}\u0001${r.kind}`;
      let label = labels.get(key);
      if (!label) {
        const place = placeOfPlan(r.issuer, r.title);
        labels.set(key, (label = { place, source: planLabel(place, r.year, '存档', r.kind) }));
      }
      return exampleOfRow(r, label.place, label.source);
    });
  } finally {
    archive.close();
  }
}

function exampleOfRow(r: ArchiveTaskRow, place: string | null, source: string): Example {
  const lead: string[] = [];
  const co: string[] = [];
  for (const pair of r.units.split('\u0001')) {
    const [role, name] = pair.split('\u0002');
    if (name) (role === 'lead' ? lead : co).push(name);
  }
  return { text: r.text, lead, co, source, ref: pathLabel(r.path), place };
}

function pathLabel(json: string): string {
  // ["二","(一)","3"] → 二.(一).3 without JSON.parse: it ran 26,000 times per draft. Anything unusual is parsed.
  // With no backslash, no label holds an escaped quote, so '","' can only be the separator.
  if (json.startsWith('["') && json.endsWith('"]') && !json.includes('\\')) return json.slice(2, -2).split('","').join('.');
  try {
    const path = JSON.parse(json) as unknown;
    return Array.isArray(path) ? path.join('.') : '';
  } catch {
    return '';
  }
}
