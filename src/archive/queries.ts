/**
 * Questions asked of the archive across documents and years: which units are
 * behind, and what one unit was asked to do over time. Units are grouped by
 * `aliasKey`, so 市发改委 / 市发展改革委 / 市发展和改革委员会 count as one body,
 * while the printed names are always shown as printed.
 */
import type { Archive } from './db.js';
import type { StatusCode } from '../model/schema.js';
import { STATUS_CODES } from '../model/codes.js';
import { aliasKey } from '../extract/aliases.js';
import { UsageError } from '../errors.js';
import { barePlace } from './place.js';

/** `behind` is shorthand for every code that means "not on track". */
export const BEHIND: readonly StatusCode[] = ['lagging', 'stalled', 'at_risk'];

export function parseStatusList(spec: string): StatusCode[] {
  const codes = new Set<StatusCode>();
  for (const part of spec.split(/[,，]/).map((s) => s.trim()).filter(Boolean)) {
    if (part === 'behind') BEHIND.forEach((c) => codes.add(c));
    else {
      if (!(STATUS_CODES as readonly string[]).includes(part)) {
        throw new UsageError(`unknown status '${part}' (use ${STATUS_CODES.join(', ')} or behind)`);
      }
      codes.add(part as StatusCode);
    }
  }
  if (codes.size === 0) throw new UsageError('--status needs at least one status code');
  return [...codes];
}

export type Role = 'lead' | 'co' | 'any';

/** `@name0, @name1, …` for an SQL `IN (…)`, with each value put into `params` under its name. */
function inList(name: string, values: readonly unknown[], params: Record<string, unknown>): string {
  values.forEach((v, i) => (params[`${name}${i}`] = v));
  return values.map((_, i) => `@${name}${i}`).join(', ');
}

export interface UnitsQuery {
  statuses: StatusCode[];
  since?: number | undefined;
  /** Substrings of the issuer; a document matches if its issuer contains any of them. */
  issuers?: string[] | undefined;
  /** Places (宿州, 池州…); a document matches if its place is one of them. */
  places?: string[] | undefined;
  role?: Role | undefined;
}

export interface UnitRow {
  unit: string;
  /** Every city has a 发改委: a unit is a unit of one place. */
  place: string | null;
  /** Printed names grouped under this unit in this year/period, most frequent first. */
  names: string[];
  year: number | null;
  period: string | null;
  /** Distinct tasks the unit is assigned to whose status is one of the queried codes. */
  behind: number;
  /** Distinct tasks the unit is assigned to in those documents. */
  assigned: number;
  share: number;
  /** Items a notice's own lagging list attributes to this unit with a queried status (matched to a row or not). */
  listed: number;
  documents: number;
}

export function unitsReport(archive: Archive, q: UnitsQuery): UnitRow[] {
  const { where, params } = documentFilter(q);
  const roleClause = q.role === 'lead' || q.role === 'co' ? 'AND s.role = @role' : '';
  const statusParams: Record<string, unknown> = {};
  const statusIn = inList('s', q.statuses, statusParams);
  const taskRows = archive.db
    .prepare(
      `WITH a AS (
         SELECT DISTINCT s.alias_key, d.place, d.id AS doc_id, d.year, d.period, t.id AS task_row, t.status_code
         FROM assignments s JOIN tasks t ON t.id = s.task JOIN documents d ON d.id = t.doc_id
         WHERE ${where} ${roleClause})
       SELECT alias_key, place, year, period, count(*) AS assigned,
              sum(CASE WHEN status_code IN (${statusIn}) THEN 1 ELSE 0 END) AS behind,
              count(DISTINCT doc_id) AS documents
       FROM a GROUP BY alias_key, place, year, period`,
    )
    .all({ ...params, ...statusParams, role: q.role ?? 'any' }) as {
    alias_key: string;
    place: string | null;
    year: number | null;
    period: string | null;
    assigned: number;
    behind: number;
    documents: number;
  }[];
  const listedRows = archive.db
    .prepare(
      `SELECT l.alias_key, d.place, d.year, d.period, count(*) AS listed, count(DISTINCT d.id) AS documents
       FROM lagging_items l JOIN documents d ON d.id = l.doc_id
       WHERE ${where} AND l.status_code IN (${statusIn})
       GROUP BY l.alias_key, d.place, d.year, d.period`,
    )
    .all({ ...params, ...statusParams }) as {
    alias_key: string;
    place: string | null;
    year: number | null;
    period: string | null;
    listed: number;
    documents: number;
  }[];

  const rows = new Map<string, UnitRow>();
  const keyOf = (k: string, pl: string | null, y: number | null, p: string | null) => JSON.stringify([k, pl, y, p]);
  for (const r of taskRows) {
    rows.set(keyOf(r.alias_key, r.place, r.year, r.period), {
      unit: r.alias_key,
      place: r.place,
      names: [],
      year: r.year,
      period: r.period,
      behind: r.behind,
      assigned: r.assigned,
      share: r.assigned ? r.behind / r.assigned : 0,
      listed: 0,
      documents: r.documents,
    });
  }
  for (const r of listedRows) {
    const key = keyOf(r.alias_key, r.place, r.year, r.period);
    const row = rows.get(key);
    if (row) row.listed = r.listed;
    else
      rows.set(key, {
        unit: r.alias_key,
        place: r.place,
        names: [],
        year: r.year,
        period: r.period,
        behind: 0,
        assigned: 0,
        share: 0,
        listed: r.listed,
        documents: r.documents,
      });
  }
  const names = printedNames(archive, where, params);
  const result = [...rows.values()].filter((r) => r.behind > 0 || r.listed > 0);
  for (const r of result) r.names = names.get(keyOf(r.unit, r.place, r.year, r.period)) ?? [r.unit];
  result.sort(
    (a, b) =>
      b.behind - a.behind ||
      b.listed - a.listed ||
      b.share - a.share ||
      (b.year ?? 0) - (a.year ?? 0) ||
      (a.place ?? '').localeCompare(b.place ?? '') ||
      a.unit.localeCompare(b.unit),
  );
  return result;
}

export interface DocumentQuery {
  since?: number | undefined;
  issuers?: string[] | undefined;
  places?: string[] | undefined;
}

/** The documents a query looks at; a copy of another document (same_as) never counts a second time. */
export function documentFilter(q: DocumentQuery): {
  where: string;
  params: Record<string, unknown>;
} {
  const clauses = ['d.same_as IS NULL'];
  const params: Record<string, unknown> = {};
  if (q.since !== undefined) {
    clauses.push('d.year >= @since');
    params.since = q.since;
  }
  if (q.issuers && q.issuers.length) {
    clauses.push('(' + q.issuers.map((_, i) => `instr(coalesce(d.issuer, ''), @issuer${i}) > 0`).join(' OR ') + ')');
    q.issuers.forEach((s, i) => (params[`issuer${i}`] = s));
  }
  if (q.places && q.places.length) {
    clauses.push(`d.place IN (${inList('place', q.places.map(barePlace), params)})`);
  }
  return { where: clauses.join(' AND '), params };
}

/**
 * Why one document falls outside `--place`/`--issuer` (null when it is inside), by the rules `documentFilter`
 * gives SQL: the place is one of those given, the issuer contains one of the texts.
 */
export function outsideFilter(doc: { place: string | null; issuer: string | null }, q: DocumentQuery): string | null {
  if (q.places && q.places.length && (doc.place === null || !q.places.map(barePlace).includes(doc.place))) {
    return `the document is ${doc.place ? `of ${doc.place}` : 'of no known place'}, not of --place ${q.places.join(' ')}`;
  }
  if (q.issuers && q.issuers.length && !q.issuers.some((i) => (doc.issuer ?? '').includes(i))) {
    return `the document's issuer is ${doc.issuer ?? 'not known'}, not one of --issuer ${q.issuers.join(' ')}`;
  }
  return null;
}

/** Printed names per alias key and year/period, most frequent first, from assignments and lagging lists. */
function printedNames(archive: Archive, where: string, params: Record<string, unknown>): Map<string, string[]> {
  const rows = archive.db
    .prepare(
      `SELECT alias_key, place, year, period, name, sum(n) AS n FROM (
         SELECT s.alias_key, d.place, d.year, d.period, s.name, count(*) AS n
         FROM assignments s JOIN tasks t ON t.id = s.task JOIN documents d ON d.id = t.doc_id
         WHERE ${where} GROUP BY 1, 2, 3, 4, 5
         UNION ALL
         SELECT l.alias_key, d.place, d.year, d.period, l.unit AS name, count(*) AS n
         FROM lagging_items l JOIN documents d ON d.id = l.doc_id
         WHERE ${where} GROUP BY 1, 2, 3, 4, 5)
       GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, n DESC, name`,
    )
    .all(params) as { alias_key: string; place: string | null; year: number | null; period: string | null; name: string }[];
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const key = JSON.stringify([r.alias_key, r.place, r.year, r.period]);
    const list = out.get(key) ?? [];
    list.push(r.name);
    out.set(key, list);
  }
  return out;
}

/** What every row about a document shows of it, as `DOCUMENT_FACTS` selects it. */
export interface DocumentFacts {
  place: string | null;
  issuer: string | null;
  kind: string;
  year: number | null;
  period: string | null;
  date: string | null;
  title: string | null;
}

const DOCUMENT_FACTS = 'd.place, d.issuer, d.kind, d.year, d.period, d.date, d.title';

export interface HistoryRow extends DocumentFacts {
  docId: number;
  path: string;
  taskId: string | null;
  /** `lead`/`co` for an assignment; `listed` for a lagging-list item naming the unit that no assigned row covers. */
  role: 'lead' | 'co' | 'listed';
  printedName: string;
  text: string;
  status: StatusCode | null;
  statusLabel: string | null;
  progress: string | null;
}

export function unitHistory(archive: Archive, unit: string, q: DocumentQuery & { statuses?: StatusCode[] | undefined } = {}): HistoryRow[] {
  const key = aliasKey(unit);
  const { where, params } = documentFilter(q);
  const assigned = archive.db
    .prepare(
      `SELECT d.id AS docId, d.path, ${DOCUMENT_FACTS}, t.task_id AS taskId, t.seq,
              CASE WHEN sum(s.role = 'lead') > 0 THEN 'lead' ELSE 'co' END AS role, min(s.name) AS printedName, t.text, t.status_code AS status,
              t.status_label AS statusLabel, t.progress
       FROM assignments s JOIN tasks t ON t.id = s.task JOIN documents d ON d.id = t.doc_id
       WHERE s.alias_key = @key AND ${where}
       GROUP BY t.id`,
    )
    .all({ ...params, key }) as (HistoryRow & { seq: number })[];
  const covered = new Set(assigned.map((r) => `${r.docId}\u0000${r.taskId}`));
  const listed = (
    archive.db
      .prepare(
        `SELECT d.id AS docId, d.path, ${DOCUMENT_FACTS}, l.task_id AS taskId, l.id AS seq,
                'listed' AS role, l.unit AS printedName, l.text, l.status_code AS status, NULL AS statusLabel, NULL AS progress
         FROM lagging_items l JOIN documents d ON d.id = l.doc_id
         WHERE l.alias_key = @key AND ${where}`,
      )
      .all({ ...params, key }) as (HistoryRow & { seq: number })[]
  ).filter((r) => r.taskId === null || !covered.has(`${r.docId}\u0000${r.taskId}`));
  const rows = [...assigned, ...listed.map((r) => ({ ...r, seq: Number.MAX_SAFE_INTEGER / 2 + r.seq }))];
  rows.sort(
    (a, b) =>
      (a.year ?? 0) - (b.year ?? 0) ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.path.localeCompare(b.path) ||
      a.seq - b.seq,
  );
  const wanted = q.statuses && q.statuses.length ? new Set<StatusCode | null>(q.statuses) : null;
  return rows.filter((r) => wanted === null || wanted.has(r.status)).map(({ seq: _seq, ...r }) => r);
}

export interface YearSummary {
  year: number | null;
  documents: number;
  tasks: number;
  /** Tasks per status code; `none` for tasks their document gives no status. */
  statuses: Partial<Record<StatusCode | 'none', number>>;
}

/** One line per year over a unit's history: how many documents, tasks and which statuses. */
export function historyByYear(rows: HistoryRow[]): YearSummary[] {
  const years = new Map<number | null, { docs: Set<number>; tasks: number; statuses: Partial<Record<StatusCode | 'none', number>> }>();
  for (const r of rows) {
    const y = years.get(r.year) ?? { docs: new Set<number>(), tasks: 0, statuses: {} };
    y.docs.add(r.docId);
    y.tasks++;
    const code = r.status ?? 'none';
    y.statuses[code] = (y.statuses[code] ?? 0) + 1;
    years.set(r.year, y);
  }
  return [...years.entries()]
    .sort(([a], [b]) => (a ?? 0) - (b ?? 0))
    .map(([year, y]) => ({ year, documents: y.docs.size, tasks: y.tasks, statuses: y.statuses }));
}

export interface DocumentListRow extends DocumentFacts {
  id: number;
  tasks: number;
  statuses: Partial<Record<StatusCode | 'none', number>>;
  /** The file counted first, then every copy (same bytes, or the same document in another format). */
  paths: string[];
  formats: string[];
}

/** The archive's distinct documents with every path each was found at, for `taskgen documents`. */
export function listDocuments(archive: Archive, q: DocumentQuery & { kinds?: string[] | undefined } = {}): DocumentListRow[] {
  const { where, params } = documentFilter(q);
  const kindClause = q.kinds && q.kinds.length ? `AND d.kind IN (${inList('kind', q.kinds, params)})` : '';
  const docs = archive.db
    .prepare(
      `SELECT d.id, ${DOCUMENT_FACTS}, d.task_count AS tasks, d.path, d.format
       FROM documents d WHERE ${where} ${kindClause}
       ORDER BY d.place IS NULL, d.place, d.year, d.date, d.path`,
    )
    .all(params) as (Omit<DocumentListRow, 'statuses' | 'paths' | 'formats'> & { path: string; format: string })[];
  const copies = archive.db.prepare('SELECT path, format FROM documents WHERE same_as = ? ORDER BY path');
  return docs.map(({ path, format, ...d }) => {
    const others = copies.all(d.id) as { path: string; format: string }[];
    return {
      ...d,
      statuses: archive.statusCounts(d.id),
      paths: [path, ...others.map((o) => o.path)],
      formats: [...new Set([format, ...others.map((o) => o.format)])],
    };
  });
}
