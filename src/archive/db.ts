/**
 * The batch archive: one SQLite file (`archive.db`) holding every parsed
 * document, its tasks and their unit assignments, plus the files that failed.
 *
 * Crash safety comes from SQLite itself (WAL, one transaction per document):
 * a document is either fully in the archive or not at all, and re-parsing a
 * document replaces its rows instead of adding to them, so a batch killed at
 * any moment and run again converges on the same rows as an uninterrupted run.
 */
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpackTaskLines } from './pack.js';
import type { DocumentKind, StatusCode, Task, TaskDocument, Unit } from '../model/schema.js';
import { aliasKey, aliasTableId } from '../extract/aliases.js';
import { GENERATOR } from '../version.js';
import { InputError } from '../errors.js';
import type { Provenance } from './place.js';
import { findDuplicates, metaKey, metaKeyDecides, preferredOriginal, type DuplicateCandidate } from './identity.js';
import type { FileStamp } from '../batch/stamps.js';

export const ARCHIVE_FILE = 'archive.db';
/** Bumped whenever the tables change; an archive of another version is refused rather than misread. */
export const ARCHIVE_VERSION = 2;
/** How long a writer waits for another connection's transaction (a WAL checkpoint can take a while). */
const BUSY_TIMEOUT_MS = 60_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id          INTEGER PRIMARY KEY,
  path        TEXT NOT NULL UNIQUE,   -- absolute path of the source file
  out         TEXT NOT NULL,          -- JSON output, relative to the archive folder
  sha256      TEXT NOT NULL,
  generator   TEXT NOT NULL,
  format      TEXT NOT NULL,
  kind        TEXT NOT NULL,
  issuer      TEXT,                   -- the document's own, else batch --issuer
  issuer_source TEXT,                 -- document | option
  place       TEXT,                   -- 宿州, 池州…: from the document, batch --place, or a folder name
  place_source TEXT,                  -- document | option | folder
  same_as     INTEGER,                -- the document this row is a copy of (same bytes, or the same notice in another format); NULL for the one counted
  year        INTEGER,
  period      TEXT,
  title       TEXT,
  date        TEXT,
  doc_number  TEXT,
  task_count  INTEGER NOT NULL,
  warnings    TEXT NOT NULL,          -- JSON array of schema Warning
  jsonl       BLOB NOT NULL           -- this document's lines of tasks.jsonl, deflated; the file is rebuilt from these
);

CREATE TABLE IF NOT EXISTS tasks (
  id              INTEGER PRIMARY KEY,
  doc_id          INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq             INTEGER NOT NULL,   -- order in the document
  task_id         TEXT NOT NULL,
  number          TEXT NOT NULL,
  path            TEXT NOT NULL,      -- JSON array
  section         TEXT NOT NULL,      -- JSON array
  text            TEXT NOT NULL,
  progress        TEXT,
  status_code     TEXT,
  status_label    TEXT,
  status_evidence TEXT,
  status_source   TEXT
);
CREATE INDEX IF NOT EXISTS tasks_doc ON tasks(doc_id, seq);

CREATE TABLE IF NOT EXISTS assignments (
  id         INTEGER PRIMARY KEY,
  task       INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  role       TEXT NOT NULL CHECK (role IN ('lead', 'co')),
  name       TEXT NOT NULL,           -- printed name, never rewritten
  note       TEXT,
  alias_key  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS assignments_task ON assignments(task);

-- A notice's own list of laggards, by unit: kept because it blames units the
-- appendix table may not (an item with no matching row, or a row led by another body).
CREATE TABLE IF NOT EXISTS lagging_items (
  id          INTEGER PRIMARY KEY,
  doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  unit        TEXT NOT NULL,
  alias_key   TEXT NOT NULL,
  text        TEXT NOT NULL,
  status_code TEXT,
  task_id     TEXT
);
CREATE INDEX IF NOT EXISTS lagging_items_doc ON lagging_items(doc_id);

-- What each export beside the archive (tasks.jsonl…) was last written from, so an unchanged one is not
-- rewritten: the fingerprint of its source rows, and the file's size and mtime (ms) once written.
CREATE TABLE IF NOT EXISTS exports (
  name        TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  size        INTEGER NOT NULL,
  mtime_ms    REAL NOT NULL
);

-- What each source file looked like when a batch last read it (batch/stamps.ts) and what reading it gave:
-- a rerun that finds the file with the same size, times and inode takes sha256 and counts from here
-- instead of reading it again. Trusted only while sha256 and generator are those of the document row,
-- or of the failure row for a file that failed for its content alone (counts NULL).
CREATE TABLE IF NOT EXISTS source_stamps (
  path      TEXT PRIMARY KEY,
  sha256    TEXT NOT NULL,
  generator TEXT NOT NULL,
  size      INTEGER NOT NULL,
  mtime_ms  REAL NOT NULL,
  ctime_ms  REAL NOT NULL,
  ino       INTEGER NOT NULL,
  counts    TEXT                    -- JSON: kind, warnings and status counts, the document's share of a batch summary
) WITHOUT ROWID;                    -- one b-tree by path, not a table and its index: pages written per document

-- Facts about the archive as a whole: 'alias-keys' names the taskgen and alias table every stored
-- alias_key was computed with (absent when unknown, e.g. after rows written under another table).
CREATE TABLE IF NOT EXISTS meta (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS failures (
  path       TEXT PRIMARY KEY,
  sha256     TEXT,
  generator  TEXT NOT NULL,
  reason     TEXT NOT NULL,
  exit_code  INTEGER NOT NULL
);
`;

/**
 * Indexes only the queries (units, history, documents) and the end of a batch use; no write of a
 * document needs them. Maintained row by row they were half the write time of a document (an
 * assignment's key lands on a random page of assignments_key: ~150 such pages per document, each
 * written whole to the WAL), so a batch that writes many documents drops them and builds them once
 * at the end (bulkLoad / buildQueryIndexes).
 */
const QUERY_INDEXES: Record<string, string> = {
  documents_sha: 'documents(sha256, generator)',
  documents_year: 'documents(year, period)',
  documents_issuer: 'documents(issuer)',
  documents_place: 'documents(place)',
  documents_same_as: 'documents(same_as)',
  assignments_key: 'assignments(alias_key, role)',
  lagging_items_key: 'lagging_items(alias_key)',
};

/** A batch writing at least this many documents, and at least a quarter of what the archive holds, drops QUERY_INDEXES. */
const BULK_MIN_DOCUMENTS = 64;

export interface DocumentRow {
  id: number;
  path: string;
  out: string;
  sha256: string;
  generator: string;
  format: string;
  kind: string;
  issuer: string | null;
  issuer_source: string | null;
  place: string | null;
  place_source: string | null;
  same_as: number | null;
  year: number | null;
  period: string | null;
  title: string | null;
  date: string | null;
  task_count: number;
}

/** Kind, warning count and status counts of one document: its share of a batch summary. */
export interface DocumentCounts {
  kind: DocumentKind;
  warnings: number;
  statuses: Partial<Record<StatusCode | 'none', number>>;
}

/** A stamp as the archive keeps it (batch/stamps.ts), with the counts the read gave (null: the file failed). */
export interface StoredStamp extends FileStamp {
  counts: DocumentCounts | null;
}

/** A stamp to record for a path, with the sha256 of the bytes read. */
export interface NewStamp {
  path: string;
  sha256: string;
  stamp: StoredStamp;
}

/** A failure the file's content alone decided, with the stamp the file had then (knownFailures). */
export interface KnownFailure {
  reason: string;
  exitCode: number;
  stamp: FileStamp;
}

/** What a batch plans with for a path already in the archive (knownFiles). */
export interface KnownFile {
  out: string;
  sha256: string;
  generator: string;
  issuer: string | null;
  issuer_source: string | null;
  place: string | null;
  place_source: string | null;
  title: string | null;
  /** Set when a stamp vouches for this very document (same sha256 and generator). */
  stamp: (StoredStamp & { counts: DocumentCounts }) | null;
  /** A failure is also recorded for the path (a killed run): such a file is always read again. */
  failed: boolean;
}

export interface FailureRow {
  path: string;
  sha256: string | null;
  generator: string;
  reason: string;
  exit_code: number;
}

/** Tables every taskgen archive has; a SQLite file without them is someone else's database. */
const ARCHIVE_TABLES = ['documents', 'tasks', 'assignments', 'lagging_items', 'failures'];

/**
 * SQLite follows links: an `archive.db` (or its -wal/-shm/-journal) planted as a symlink in --out
 * would have the batch write wherever it points.
 */
function refuseLinkedFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    let linked = false;
    try {
      linked = lstatSync(f).isSymbolicLink();
    } catch {
      continue; // not there yet: SQLite creates a plain file
    }
    if (linked) throw new InputError(f, 'is a symbolic link; the archive must be a plain file inside --out (refused, nothing written)');
  }
}

function openForWriting(file: string, existing: boolean): Db {
  // Batch workers write concurrently, one short transaction each; a writer waits its turn rather than fail.
  return new Database(file, { fileMustExist: existing, timeout: BUSY_TIMEOUT_MS });
}

/**
 * A read-only connection. A WAL-mode archive in a folder this process cannot write (a read-only share,
 * another user's folder) cannot be opened in place without its -shm file; it is read from a private
 * copy instead, which the archive deletes when it is closed.
 */
function openForReading(file: string): Db {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    db.pragma('user_version', { simple: true }); // the first read is where a missing -shm shows
    return db;
  } catch (e) {
    if (!isReadOnlyFolderError(e)) throw e;
    return openPrivateCopy(file);
  }
}

function isReadOnlyFolderError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'));
}

function openPrivateCopy(file: string): Db {
  const dir = mkdtempSync(join(tmpdir(), 'taskgen-archive-'));
  const copy = join(dir, ARCHIVE_FILE);
  try {
    copyFileSync(file, copy);
    // A -wal left by a batch that was killed holds committed documents: it is read along with the file.
    if (existsSync(file + '-wal')) copyFileSync(file + '-wal', copy + '-wal');
    const db = new Database(copy, { readonly: false, fileMustExist: true });
    privateCopies.set(db, dir);
    return db;
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/** Connections opened on a private copy (openPrivateCopy) → the temp folder to remove on close. */
const privateCopies = new WeakMap<Db, string>();

function checkIsArchive(db: Db, file: string): void {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
  if (tables.length === 0) {
    // A new archive: the writer creates the tables. A reader has nothing to ask of it.
    if (db.readonly) throw new InputError(file, 'empty archive (no batch has written to it)');
    return;
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  if (!ARCHIVE_TABLES.every((t) => tables.includes(t))) throw new InputError(file, 'not a taskgen archive (a SQLite database with other tables)');
  if (version !== ARCHIVE_VERSION) {
    throw new InputError(file, `archive format ${version} is not the one this taskgen writes (${ARCHIVE_VERSION}); use a new --out folder`);
  }
}

function prepareWriter(db: Db, existing: boolean): void {
  // Each document's transaction rewrites the partly filled last page of every table and index it appends
  // to, and the interior pages above them; at 2 KB a page that rewrite costs half what it did at 4 KB. A
  // first batch of 400 files wrote 8.5× its input at 4 KB, 7.7× at 2 KB (7.6× at 1 KB, whose writes each
  // dirty a whole 4 KB page of the OS). Takes effect only on a new archive.
  if (!existing) db.pragma('page_size = 2048');
  if (!existing) db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a killed process (only a power cut can lose the last commits).
  db.pragma('synchronous = NORMAL');
  // Checkpoints are where WAL mode pays its fsync; a batch commits a transaction per document, and
  // checkpointing every ~40 MB of WAL instead of every 4 MB cut the write time per document by ~20 %.
  // In pages: 20,000 of a new archive's 2 KB (10,000 of an older archive's 4 KB would do, and more is harmless).
  db.pragma('wal_autocheckpoint = 20000');
  // The query indexes a bulk load builds at its end sort in memory, not through a temp file as large as
  // they are (12 MB written and read back for 2,000 documents).
  db.pragma('temp_store = MEMORY');
  if (!existing) {
    db.exec(SCHEMA);
    // Also puts back indexes a batch killed before its end had dropped.
    createQueryIndexes(db);
    db.pragma(`user_version = ${ARCHIVE_VERSION}`);
  }
}

function createQueryIndexes(db: Db): void {
  db.exec(Object.entries(QUERY_INDEXES).map(([name, on]) => `CREATE INDEX IF NOT EXISTS ${name} ON ${on};`).join('\n'));
}

/**
 * SQLite's complaints about the file itself, in the user's terms; anything else (a bug, a full disk
 * handled elsewhere) passes through unchanged.
 */
/** The taskgen and alias table alias keys are computed with (Archive 'alias-keys' record). */
function aliasStamp(): string {
  return `${GENERATOR} ${aliasTableId()}`;
}

export function archiveError(e: unknown, file: string): unknown {
  if (e instanceof InputError) return e;
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string') return e;
  const detail = (e as Error).message;
  if (code === 'SQLITE_NOTADB') return new InputError(file, `not a taskgen archive (${detail})`);
  if (code.startsWith('SQLITE_CORRUPT')) return new InputError(file, `corrupt archive (${detail}); run the batch again with a new --out folder`);
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH')) {
    return new InputError(file, `cannot open the archive (${detail})`);
  }
  if (code.startsWith('SQLITE_IOERR')) return new InputError(file, `cannot read or write the archive (${detail})`);
  if (code === 'SQLITE_FULL') return new InputError(file, 'no space left on the device');
  return e;
}

/** The provenance columns of a document row. */
export interface ProvenanceRow {
  issuer: string | null;
  issuer_source: string | null;
  place: string | null;
  place_source: string | null;
  title: string | null;
}

/** What a document says of itself, to derive its provenance again: an issuer from an option is not its own. */
export function ownFields(row: ProvenanceRow): { issuer: string | null; title: string | null } {
  return { issuer: row.issuer_source === 'document' ? row.issuer : null, title: row.title };
}

export function provenanceChanged(row: ProvenanceRow, p: Provenance): boolean {
  return !(p.issuer === row.issuer && p.issuerSource === row.issuer_source && p.place === row.place && p.placeSource === row.place_source);
}

/** A document row a connection wrote, as preferredOriginal ranks it (Archive.writtenOriginals). */
interface WrittenOriginal {
  id: number;
  path: string;
  format: string;
  taskCount: number;
}

export class Archive {
  readonly db: Db;
  private readonly statements = new Map<string, Statement>();
  /** Unit names repeat across thousands of rows; each key is computed once per open archive. */
  private readonly aliasKeys = new Map<string, string>();
  /**
   * The document this connection wrote that linkDuplicates would count for a group of copies, by the
   * group's keys (same bytes; same kind, issuer, date and title): a later copy goes in already linked to
   * it (replaceDocument), so linkDuplicates need not rewrite it.
   */
  private readonly writtenOriginals = new Map<string, WrittenOriginal>();

  private constructor(db: Db) {
    this.db = db;
  }

  private keyOf(name: string): string {
    let key = this.aliasKeys.get(name);
    if (key === undefined) {
      key = aliasKey(name);
      this.aliasKeys.set(name, key);
    }
    return key;
  }

  /** Printed names whose stored key is not what aliasKey gives now (a user alias file, a newer taskgen). */
  private staleAliasKeys(): { table: 'assignments' | 'lagging_items'; name: string; key: string }[] {
    this.aliasKeys.clear();
    const stale: { table: 'assignments' | 'lagging_items'; name: string; key: string }[] = [];
    const check = (table: 'assignments' | 'lagging_items', column: 'name' | 'unit') => {
      const rows = this.stmt(`SELECT DISTINCT ${column} AS name, alias_key FROM ${table}`).all() as { name: string; alias_key: string }[];
      for (const r of rows) {
        const key = this.keyOf(r.name);
        if (key !== r.alias_key) stale.push({ table, name: r.name, key });
      }
    };
    check('assignments', 'name');
    check('lagging_items', 'unit');
    return stale;
  }

  needsAliasRefresh(): boolean {
    if (this.aliasKeysCurrent()) return false;
    return this.staleAliasKeys().length > 0;
  }

  /**
   * Re-keys units whose grouping changed since they were stored, so documents skipped as unchanged
   * group the same way as freshly parsed ones. Skipped when the archive records that every key was
   * computed with the current table (scanning every assignment took most of a rerun over 2,000 files).
   */
  refreshAliasKeys(): number {
    if (this.aliasKeysCurrent()) return 0;
    const stale = this.staleAliasKeys();
    let changed = 0;
    this.db.transaction(() => {
      for (const s of stale) {
        const column = s.table === 'assignments' ? 'name' : 'unit';
        changed += this.stmt(`UPDATE ${s.table} SET alias_key = ? WHERE ${column} = ?`).run(s.key, s.name).changes;
      }
      this.stmt("INSERT INTO meta (name, value) VALUES ('alias-keys', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value").run(aliasStamp());
    }).immediate();
    return changed;
  }

  /** Whether the archive records that its keys were all computed with the current alias table. */
  private aliasKeysCurrent(): boolean {
    try {
      const row = this.stmt("SELECT value FROM meta WHERE name = 'alias-keys'").get() as { value: string } | undefined;
      return row?.value === aliasStamp();
    } catch {
      return false; // an archive of a taskgen without the meta table (opened read-only, so not given it)
    }
  }

  /** Rows about to be keyed with another table than the recorded one: the record no longer holds. */
  private forgetAliasStampIfOther(): void {
    const row = this.stmt("SELECT value FROM meta WHERE name = 'alias-keys'").get() as { value: string } | undefined;
    if (row && row.value !== aliasStamp()) this.stmt("DELETE FROM meta WHERE name = 'alias-keys'").run();
  }

  /** Prepared once per archive: preparing is a measurable share of a 150-task insert. */
  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /**
   * Opens (creating if needed) `<dir>/archive.db`. `existing`: a second writer on an archive another
   * connection has just set up (a batch worker), which neither creates tables nor stamps the version.
   * A file that is not a taskgen archive (another SQLite file, a truncated or corrupt one, not SQLite
   * at all) is an InputError naming it, never a SQLite stack.
   */
  static open(dir: string, opts: { readonly?: boolean; existing?: boolean } = {}): Archive {
    const readonly = opts.readonly ?? false;
    const file = join(dir, ARCHIVE_FILE);
    if (!readonly) {
      mkdirSync(dir, { recursive: true });
      refuseLinkedFiles(file);
    }
    let db: Db | undefined;
    try {
      db = readonly ? openForReading(file) : openForWriting(file, opts.existing ?? false);
      checkIsArchive(db, file);
      if (!readonly) prepareWriter(db, opts.existing ?? false);
      db.pragma('foreign_keys = ON');
      return new Archive(db);
    } catch (e) {
      db?.close();
      throw archiveError(e, file);
    }
  }

  /**
   * Leaves a finished archive in rollback-journal mode, checkpointed, with no -wal/-shm beside it:
   * a WAL database cannot be opened at all from a read-only folder that lacks its -shm file, and a
   * finished archive is often copied to a read-only share. The next batch switches WAL back on.
   * Best effort: another connection still open (a second batch) keeps it in WAL, which is fine.
   */
  settle(): void {
    try {
      this.db.pragma('busy_timeout = 0'); // never wait for a second batch here
      this.db.pragma('journal_mode = DELETE');
    } catch {
      // Busy: the archive stays in WAL mode; queries from a writable folder still work.
    }
  }

  /**
   * Before a batch writes `documents` documents: when they are many, drops the indexes only queries use,
   * so each document's rows go in without them; buildQueryIndexes puts them back once at the end. A run
   * killed in between leaves them missing (queries stay correct, only slower) until the next batch opens
   * the archive. Returns whether they were dropped.
   */
  bulkLoad(documents: number): boolean {
    const held = (this.stmt('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    if (documents < BULK_MIN_DOCUMENTS || documents * 4 < held) return false;
    this.db.exec(Object.keys(QUERY_INDEXES).map((name) => `DROP INDEX IF EXISTS ${name};`).join('\n'));
    this.statements.clear();
    return true;
  }

  /** Builds the indexes bulkLoad dropped (a sort per index, instead of a page write per row). */
  buildQueryIndexes(): void {
    createQueryIndexes(this.db);
    this.statements.clear();
  }

  close(): void {
    this.db.close();
    const copy = privateCopies.get(this.db);
    if (copy) rmSync(copy, { recursive: true, force: true });
  }

  /** The row for a source path if it was parsed from exactly these bytes by this taskgen version. */
  findCurrent(path: string, sha256: string, generator: string): DocumentRow | undefined {
    return this.stmt('SELECT * FROM documents WHERE path = ? AND sha256 = ? AND generator = ?')
      .get(path, sha256, generator) as DocumentRow | undefined;
  }

  /**
   * Every archived path with what a batch plans with, in one read: a lookup per file (SELECT * carries
   * the document's packed task lines) took a sixth of a rerun over 2,000 files.
   */
  knownFiles(): Map<string, KnownFile> {
    const rows = this.stmt(
      `SELECT d.path, d.out, d.sha256, d.generator, d.issuer, d.issuer_source, d.place, d.place_source, d.title,
              s.size, s.mtime_ms, s.ctime_ms, s.ino, s.counts, f.path IS NOT NULL AS failed
       FROM documents d
       LEFT JOIN source_stamps s ON s.path = d.path AND s.sha256 = d.sha256 AND s.generator = d.generator AND s.counts IS NOT NULL
       LEFT JOIN failures f ON f.path = d.path`,
    ).all() as (Omit<KnownFile, 'stamp' | 'failed'> & { path: string; size: number | null; mtime_ms: number; ctime_ms: number; ino: number; counts: string; failed: number })[];
    const known = new Map<string, KnownFile>();
    for (const { path, size, mtime_ms, ctime_ms, ino, counts, failed, ...doc } of rows) {
      const stamp = size === null ? null : { size, mtimeMs: mtime_ms, ctimeMs: ctime_ms, ino, counts: JSON.parse(counts) as DocumentCounts };
      known.set(path, { ...doc, stamp, failed: failed === 1 });
    }
    return known;
  }

  /** Failures of this taskgen that a stamp vouches for: failed for their content, and not read since. */
  knownFailures(): Map<string, KnownFailure> {
    const rows = this.stmt(
      `SELECT f.path, f.reason, f.exit_code AS exitCode, s.size, s.mtime_ms, s.ctime_ms, s.ino
       FROM failures f JOIN source_stamps s ON s.path = f.path AND s.sha256 = f.sha256 AND s.generator = f.generator AND s.counts IS NULL
       WHERE f.generator = ?`,
    ).all(GENERATOR) as { path: string; reason: string; exitCode: number; size: number; mtime_ms: number; ctime_ms: number; ino: number }[];
    return new Map(rows.map((r) => [r.path, { reason: r.reason, exitCode: r.exitCode, stamp: { size: r.size, mtimeMs: r.mtime_ms, ctimeMs: r.ctime_ms, ino: r.ino } }]));
  }

  /**
   * Records how files looked when read and what they gave, all in one transaction: a batch writes them
   * once at its end, since a row per document written with the document's own transaction added a page
   * or two to each of those (~4 % of a first batch's writes).
   */
  recordStamps(stamps: NewStamp[]): void {
    if (stamps.length === 0) return;
    const upsert = this.stmt(
      `INSERT INTO source_stamps (path, sha256, generator, size, mtime_ms, ctime_ms, ino, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, generator = excluded.generator, size = excluded.size,
         mtime_ms = excluded.mtime_ms, ctime_ms = excluded.ctime_ms, ino = excluded.ino, counts = excluded.counts`,
    );
    this.db.transaction(() => {
      for (const { path, sha256, stamp: s } of stamps) {
        upsert.run(path, sha256, GENERATOR, s.size, s.mtimeMs, s.ctimeMs, s.ino, s.counts && JSON.stringify(s.counts));
      }
    }).immediate();
  }

  /** Forgets the stamps of these paths (files about to be read again), in one transaction; writes only if any exist. */
  forgetStamps(paths: string[]): void {
    const has = this.stmt('SELECT 1 FROM source_stamps WHERE path = ?');
    const stale = paths.filter((p) => has.get(p) !== undefined);
    if (stale.length === 0) return;
    const drop = this.stmt('DELETE FROM source_stamps WHERE path = ?');
    this.db.transaction(() => stale.forEach((p) => drop.run(p))).immediate();
  }

  findByPath(path: string): DocumentRow | undefined {
    return this.stmt('SELECT * FROM documents WHERE path = ?').get(path) as DocumentRow | undefined;
  }

  document(id: number): DocumentRow | undefined {
    return this.stmt('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  }


  /**
   * Replaces everything the archive holds for `doc.source.path` in one transaction. A new row that is a
   * copy of one this connection already wrote (the same bytes, or the same document in another format
   * as linkDuplicates tells them without comparing tasks) goes in linked to the one linkDuplicates would
   * count: the link it gives most copies, which set afterwards rewrote the whole row, its packed task
   * lines included (a tenth of the bytes a first batch of copies wrote). The link is only a head start:
   * linkDuplicates still decides every row's link at the end of the batch.
   */
  replaceDocument(path: string, out: string, doc: TaskDocument, jsonl: Buffer, provenance: Partial<Provenance> = {}): number {
    const issuer = provenance.issuer ?? doc.issuer;
    const self: WrittenOriginal = { id: 0, path, format: doc.source.format, taskCount: doc.tasks.length };
    const meta = metaKey({ kind: doc.kind, issuer, date: doc.date, title: doc.title });
    const keys = [`sha ${doc.source.sha256} ${doc.generator}`, ...(meta !== null && metaKeyDecides({ issuer, date: doc.date }) ? [`meta ${meta}`] : [])];
    let original: WrittenOriginal | null = null;
    for (const key of keys) {
      const o = this.writtenOriginals.get(key);
      if (o && (!original || preferredOriginal(o, original) < 0)) original = o;
    }
    const linked = original !== null && preferredOriginal(original, self) < 0 ? original : null;
    const tx = this.db.transaction(() => {
      const { id } = this.stmt(
          `INSERT INTO documents (path, out, sha256, generator, format, kind, issuer, issuer_source, place, place_source, same_as, year, period, title, date, doc_number, task_count, warnings, jsonl)
           VALUES (@path, @out, @sha256, @generator, @format, @kind, @issuer, @issuerSource, @place, @placeSource, @sameAs, @year, @period, @title, @date, @docNumber, @taskCount, @warnings, @jsonl)
           ON CONFLICT(path) DO UPDATE SET out = excluded.out, sha256 = excluded.sha256, generator = excluded.generator,
             format = excluded.format, kind = excluded.kind, issuer = excluded.issuer, issuer_source = excluded.issuer_source,
             place = excluded.place, place_source = excluded.place_source, year = excluded.year,
             period = excluded.period, title = excluded.title, date = excluded.date, doc_number = excluded.doc_number,
             task_count = excluded.task_count, warnings = excluded.warnings, jsonl = excluded.jsonl
           RETURNING id`,
        )
        .get({
          path,
          out,
          sha256: doc.source.sha256,
          generator: doc.generator,
          format: doc.source.format,
          kind: doc.kind,
          issuer,
          issuerSource: provenance.issuerSource ?? (doc.issuer ? 'document' : null),
          place: provenance.place ?? null,
          placeSource: provenance.placeSource ?? null,
          sameAs: linked?.id ?? null,
          year: doc.year,
          period: doc.period,
          title: doc.title,
          date: doc.date,
          docNumber: doc.docNumber,
          taskCount: doc.tasks.length,
          warnings: JSON.stringify(doc.warnings),
          jsonl,
        }) as { id: number };
      // Cascades to assignments; the document keeps its id so `diff <id> <id>` stays stable across re-parses.
      this.stmt('DELETE FROM tasks WHERE doc_id = ?').run(id);
      this.stmt('DELETE FROM lagging_items WHERE doc_id = ?').run(id);
      this.stmt('DELETE FROM failures WHERE path = ?').run(path);
      this.forgetAliasStampIfOther();
      this.insertTasks(id, doc.tasks);
      this.insertLaggingItems(id, doc);
      return id;
    });
    // IMMEDIATE: take the write lock up front, so two workers never deadlock upgrading a read lock.
    const id = tx.immediate();
    const counted = linked ?? { ...self, id };
    for (const key of keys) this.writtenOriginals.set(key, counted);
    return id;
  }

  /**
   * Records a file that failed. A document parsed from the file's earlier bytes is dropped in the same
   * transaction: the archive describes the inputs as they are now.
   */
  recordFailure(f: FailureRow): void {
    this.db.transaction(() => {
      this.stmt('DELETE FROM documents WHERE path = ?').run(f.path);
      this.stmt(
        `INSERT INTO failures (path, sha256, generator, reason, exit_code) VALUES (@path, @sha256, @generator, @reason, @exit_code)
         ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, generator = excluded.generator,
           reason = excluded.reason, exit_code = excluded.exit_code`,
      ).run(f);
    }).immediate();
  }

  /** Kind, warning count and status counts of the document archived for a path (an unchanged file's share of the summary). */
  documentCounts(path: string): DocumentCounts | null {
    const row = this.stmt('SELECT id, kind, warnings FROM documents WHERE path = ?').get(path) as { id: number; kind: DocumentKind; warnings: string } | undefined;
    if (!row) return null;
    const warnings = (JSON.parse(row.warnings) as unknown[]).length;
    return { kind: row.kind, warnings, statuses: this.statusCounts(row.id) };
  }

  /**
   * Re-derives place and issuer of an unchanged document (batch --issuer/--place may differ from the
   * run that parsed it); writes only when something changed.
   */
  updateProvenance(path: string, derive: (doc: { issuer: string | null; title: string | null }) => Provenance): void {
    const row = this.stmt('SELECT issuer, issuer_source, place, place_source, title FROM documents WHERE path = ?').get(path) as
      | ProvenanceRow
      | undefined;
    if (!row) return;
    const p = derive(ownFields(row));
    if (!provenanceChanged(row, p)) return;
    this.setProvenance(path, p);
  }

  setProvenance(path: string, p: Provenance): void {
    this.stmt('UPDATE documents SET issuer = ?, issuer_source = ?, place = ?, place_source = ? WHERE path = ?')
      .run(p.issuer, p.issuerSource, p.place, p.placeSource, path);
  }

  /** Drops the failure recorded for a path, if any (a read first: an unchanged file mostly has none, and a rerun asks for each). */
  clearFailure(path: string): void {
    if (this.stmt('SELECT 1 FROM failures WHERE path = ?').get(path)) this.stmt('DELETE FROM failures WHERE path = ?').run(path);
  }

  failures(): FailureRow[] {
    return this.stmt('SELECT * FROM failures ORDER BY path').all() as FailureRow[];
  }

  /** Distinct documents: copies of another are not counted. */
  countDocuments(): number {
    return (this.stmt('SELECT count(*) AS n FROM documents WHERE same_as IS NULL').get() as { n: number }).n;
  }

  documents(): DocumentRow[] {
    return this.stmt('SELECT * FROM documents ORDER BY path').all() as DocumentRow[];
  }

  /** Task status counts of one document; `none` for tasks the document gives no status. */
  statusCounts(docId: number): Partial<Record<StatusCode | 'none', number>> {
    const rows = this.stmt('SELECT coalesce(status_code, \'none\') AS code, count(*) AS n FROM tasks WHERE doc_id = ? GROUP BY 1')
      .all(docId) as { code: StatusCode | 'none'; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.code, r.n]));
  }

  /** Each document's tasks.jsonl lines in path order, one document at a time (the archive may be larger than memory wants). */
  *iterateTaskLines(): Generator<Buffer> {
    // A copy's tasks are its original's: written once, or every count downstream doubles.
    const stmt = this.stmt('SELECT jsonl FROM documents WHERE same_as IS NULL ORDER BY path');
    for (const r of stmt.iterate() as IterableIterator<{ jsonl: Buffer }>) yield unpackTaskLines(r.jsonl);
  }

  /**
   * What tasks.jsonl is made of (iterateTaskLines): each counted document's path and packed lines, hashed.
   * Equal fingerprints mean byte-equal files, so an unchanged archive's tasks.jsonl need not be rebuilt.
   */
  taskLinesFingerprint(): string {
    const hash = createHash('sha256').update('tasks.jsonl 1\n');
    const stmt = this.stmt('SELECT path, jsonl FROM documents WHERE same_as IS NULL ORDER BY path');
    for (const r of stmt.iterate() as IterableIterator<{ path: string; jsonl: Buffer }>) {
      hash.update(`${r.path.length}:${r.path}${r.jsonl.length}:`).update(r.jsonl);
    }
    return hash.digest('hex');
  }

  /** What an export was last written from (writeExportIfChanged); undefined if never, or by a taskgen without the record. */
  exportStamp(name: string): { fingerprint: string; size: number; mtimeMs: number } | undefined {
    const row = this.stmt('SELECT fingerprint, size, mtime_ms AS mtimeMs FROM exports WHERE name = ?').get(name);
    return row as { fingerprint: string; size: number; mtimeMs: number } | undefined;
  }

  recordExport(name: string, stamp: { fingerprint: string; size: number; mtimeMs: number }): void {
    this.stmt(
      `INSERT INTO exports (name, fingerprint, size, mtime_ms) VALUES (?, ?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET fingerprint = excluded.fingerprint, size = excluded.size, mtime_ms = excluded.mtime_ms`,
    ).run(name, stamp.fingerprint, stamp.size, stamp.mtimeMs);
  }

  /** Warnings of one document, as stored. */
  *iterateWarnings(): Generator<{ path: string; warnings: { code: string; message: string; taskId?: string }[] }> {
    const stmt = this.stmt("SELECT path, warnings FROM documents WHERE warnings <> '[]' ORDER BY path");
    for (const r of stmt.iterate() as IterableIterator<{ path: string; warnings: string }>) {
      yield { path: r.path, warnings: JSON.parse(r.warnings) as { code: string; message: string; taskId?: string }[] };
    }
  }

  /**
   * Marks every copy with the document it copies (same bytes, or the same notice in another format),
   * from scratch over the whole archive, so the result depends only on the rows, never on which worker
   * finished first or whether an earlier run was killed half-way.
   */
  linkDuplicates(): number {
    const rows = this.stmt(
      'SELECT id, path, sha256, format, kind, issuer, date, title, task_count AS taskCount, same_as AS sameAs FROM documents ORDER BY path',
    ).all() as (Omit<DuplicateCandidate, 'taskKeys'> & { sameAs: number | null })[];
    const taskTexts = this.stmt('SELECT text FROM tasks WHERE doc_id = ? ORDER BY seq');
    const copies = findDuplicates(rows, (id) => (taskTexts.all(id) as { text: string }[]).map((r) => r.text));
    // Only rows whose link changes are written: a document row carries its deflated task lines, and
    // rewriting every copy's row on every run made a rerun with nothing changed write megabytes.
    const changed = rows.filter((r) => (copies.get(r.id) ?? null) !== r.sameAs);
    if (changed.length) {
      this.db.transaction(() => {
        const link = this.stmt('UPDATE documents SET same_as = ? WHERE id = ?');
        for (const r of changed) link.run(copies.get(r.id) ?? null, r.id);
      }).immediate();
    }
    return copies.size;
  }

  private insertTasks(docId: number, tasks: Task[]): void {
    const insTask = this.stmt(
      `INSERT INTO tasks (doc_id, seq, task_id, number, path, section, text, progress, status_code, status_label, status_evidence, status_source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insUnit = this.stmt('INSERT INTO assignments (task, role, name, note, alias_key) VALUES (?, ?, ?, ?, ?)');
    tasks.forEach((t, seq) => {
      const { lastInsertRowid } = insTask.run(
        docId,
        seq,
        t.id,
        t.number,
        JSON.stringify(t.path),
        JSON.stringify(t.section),
        t.text,
        t.progress,
        t.status?.code ?? null,
        t.status?.label ?? null,
        t.status?.evidence ?? null,
        t.status?.source ?? null,
      );
      const addUnits = (role: 'lead' | 'co', units: Unit[]) => {
        for (const u of units) insUnit.run(lastInsertRowid, role, u.name, u.note, this.keyOf(u.name));
      };
      addUnits('lead', t.leadUnits);
      addUnits('co', t.coUnits);
    });
  }

  private insertLaggingItems(docId: number, doc: TaskDocument): void {
    const ins = this.stmt(
      'INSERT INTO lagging_items (doc_id, unit, alias_key, text, status_code, task_id) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const group of doc.lagging) {
      for (const item of group.items) {
        ins.run(docId, group.unit, this.keyOf(group.unit), item.text, item.status?.code ?? null, item.taskId);
      }
    }
  }
}
