/**
 * Where earlier plans come from: an archive written by `taskgen batch`, and
 * plans given with --like (a source document or `taskgen parse` JSON). Only
 * plans teach: their tasks carry the units an office actually chose.
 */
import type { TaskDocument } from '../model/schema.js';
import type { Example } from './suggest.js';
import { placeOfIssuer } from './roles.js';

/** 徐州 2024 分解方案: how the evidence names the plan a suggestion came from. */
export function planLabel(place: string | null, year: number | null, fallback: string): string {
  return `${place ?? fallback}${year ? ` ${year}` : ''} 分解方案`;
}

/** A plan's place: its issuer (徐州市人民政府), else the place its title names (界首市人民政府关于…). */
export function placeOfPlan(issuer: string | null, title: string | null): string | null {
  const fromIssuer = placeOfIssuer(issuer);
  if (fromIssuer) return fromIssuer;
  const m = /^(?:[\u4e00-\u9fa5]{2,3}省)?([\u4e00-\u9fa5]{2,3}?)[市县区](?:人民政府)/.exec(title ?? '');
  return m ? m[1]! : null;
}

export function examplesFromDocument(doc: TaskDocument, fallbackLabel: string): Example[] {
  if (doc.kind !== 'plan') return [];
  const place = placeOfPlan(doc.issuer, doc.title);
  const source = planLabel(place, doc.year, fallbackLabel);
  return doc.tasks
    .filter((t) => t.leadUnits.length > 0 || t.coUnits.length > 0)
    .map((t) => ({
      text: t.text,
      lead: t.leadUnits.map((u) => u.name),
      co: t.coUnits.map((u) => u.name),
      source,
      ref: t.path.join('.'),
      place,
    }));
}

interface ArchiveTaskRow {
  task: number;
  text: string;
  path: string;
  issuer: string | null;
  title: string | null;
  year: number | null;
  role: 'lead' | 'co';
  name: string;
}

/**
 * Every plan task of an archive with its assignments, in one query. The
 * archive is opened read-only: drafting never writes to it.
 */
export async function examplesFromArchive(dir: string): Promise<Example[]> {
  const { Archive } = await import('../archive/db.js');
  const archive = Archive.open(dir, { readonly: true });
  try {
    const rows = archive.db
      .prepare(
        `SELECT t.id AS task, t.text, t.path, d.issuer, d.title, d.year, a.role, a.name
           FROM tasks t JOIN documents d ON d.id = t.doc_id JOIN assignments a ON a.task = t.id
          WHERE d.kind = 'plan' ORDER BY t.id, a.id`,
      )
      .all() as ArchiveTaskRow[];
    return groupArchiveRows(rows);
  } finally {
    archive.close();
  }
}

function groupArchiveRows(rows: ArchiveTaskRow[]): Example[] {
  const out: Example[] = [];
  let current: Example | null = null;
  let currentTask = -1;
  for (const r of rows) {
    if (r.task !== currentTask) {
      const place = placeOfPlan(r.issuer, r.title);
      current = { text: r.text, lead: [], co: [], source: planLabel(place, r.year, '存档'), ref: pathLabel(r.path), place };
      currentTask = r.task;
      out.push(current);
    }
    (r.role === 'lead' ? current!.lead : current!.co).push(r.name);
  }
  return out;
}

function pathLabel(json: string): string {
  try {
    const path = JSON.parse(json) as unknown;
    return Array.isArray(path) ? path.join('.') : '';
  } catch {
    return '';
  }
}
