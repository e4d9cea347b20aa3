/**
 * Which lexicon terms can match a text at all, decided before any of their regexes runs (issue 15).
 *
 * The status vocabulary is 135 large regexes (lexicon-terms.ts), and V8 compiles a regex on its first
 * execution: the first `verdictOf` of a process cost 20–40 ms, nearly all of it compiling terms that could not
 * match the short line asked about. Here, once per term, a walk over the regex's source finds a set of
 * characters of which every match must contain at least one:
 *   - a literal character → itself; a class of listed characters (or a short range) → those;
 *   - a sequence → the smallest set among its mandatory elements (an element quantified to at least once);
 *   - an alternation → the union of its alternatives' sets (none, if one alternative has none);
 *   - an optional element, a lookaround, an anchor → not mandatory.
 * Whatever the walk cannot analyse (`.`, a negated class, a wide range, \w, \s, a back-reference, flags i/u/v)
 * gives no set, and such a term always runs. A term whose characters are all absent from the text cannot match
 * it, so skipping it changes no hit: the scan's results are the same with and without the filter
 * (tests/lexicon-prefilter.test.ts checks every sentence of the fixtures and corpora).
 *
 * The walk is not done at run time when it can be helped: over the ~14,000 characters of the lexicon's sources it
 * cost a cold process 8 ms of its own and as much again in background compiles of the walk, about what the filter
 * saved. lexicon-prefilter-table.ts lists each term's characters by its source, made by
 * `node --import tsx scripts/lexicon-prefilter-table.ts`; a term changed since (its source not listed) is walked
 * when the filter is built, so a stale table costs a little time and never a hit.
 */

/**
 * A set of UTF-16 code units (duplicates allowed), or null: nothing known (the term must always run). Kept as plain
 * arrays and read with charCodeAt: the walk runs once per process over ~14,000 characters of regex source, cold,
 * so it must allocate little (a first version with a Set per character and one-character strings cost 15–30 ms).
 */
type Units = number[] | null;

/** Ranges wider than this in a class are not enumerated (\u4e00-\u9fa5 says nothing useful). */
const RANGE_MAX = 64;

const enum C {
  Bar = 0x7c, // |
  Open = 0x28, // (
  Close = 0x29, // )
  Star = 0x2a,
  Plus = 0x2b,
  Question = 0x3f,
  BraceOpen = 0x7b,
  Comma = 0x2c,
  BraceClose = 0x7d,
  BracketOpen = 0x5b,
  BracketClose = 0x5d,
  Caret = 0x5e,
  Dollar = 0x24,
  Dot = 0x2e,
  Backslash = 0x5c,
  Colon = 0x3a,
  Equals = 0x3d,
  Bang = 0x21,
  Less = 0x3c,
  Greater = 0x3e,
  Dash = 0x2d,
}

const DIGITS = [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39];

/** Thrown (and caught in requiredChars) where the walk meets syntax it does not analyse. */
const UNANALYSABLE = new Error('unanalysable regex syntax');

let src = '';
let pos = 0;
/** Set by atom(): the atom was zero-width (anchor, lookaround, \b). */
let zeroWidth = false;

/** Code units every match of `re` must hold at least one of, or null when the regex cannot be analysed. */
export function requiredChars(re: RegExp): Set<number> | null {
  const flags = re.flags;
  if (flags.includes('i') || flags.includes('u') || flags.includes('v')) return null;
  src = re.source;
  pos = 0;
  try {
    const units = alternation();
    return pos === src.length && units !== null && units.length ? new Set(units) : null;
  } catch (err) {
    if (err === UNANALYSABLE) return null;
    throw err;
  } finally {
    src = '';
  }
}

/** alternative ('|' alternative)* — stops before ')' or at the end: the union, or null if one alternative has none. */
function alternation(): Units {
  let union = sequence();
  while (pos < src.length && src.charCodeAt(pos) === C.Bar) {
    pos++;
    const next = sequence();
    union = union === null || next === null ? null : union.concat(next);
  }
  return union;
}

/** The smallest set among the mandatory atoms of a sequence (null when none has a set). */
function sequence(): Units {
  let best: Units = null;
  while (pos < src.length) {
    const c = src.charCodeAt(pos);
    if (c === C.Bar || c === C.Close) break;
    const units = atom();
    const wasZeroWidth = zeroWidth;
    const min = quantifierMin();
    if (wasZeroWidth || min === 0 || units === null) continue;
    if (best === null || units.length < best.length) best = units;
  }
  return best;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The least repetition count of the quantifier after an atom (1 when there is none); consumes it. */
function quantifierMin(): number {
  const c = src.charCodeAt(pos);
  let min = 1;
  if (c === C.Question || c === C.Star) {
    min = 0;
    pos++;
  } else if (c === C.Plus) {
    pos++;
  } else if (c === C.BraceOpen) {
    // {n}, {n,}, {n,m}; anything else is a literal '{' (Annex B), read by the next atom.
    let i = pos + 1;
    let n = 0;
    if (!isDigit(src.charCodeAt(i))) return 1;
    while (isDigit(src.charCodeAt(i))) n = n * 10 + (src.charCodeAt(i++) - 0x30);
    if (src.charCodeAt(i) === C.Comma) {
      i++;
      while (isDigit(src.charCodeAt(i))) i++;
    }
    if (src.charCodeAt(i) !== C.BraceClose) return 1;
    min = n;
    pos = i + 1;
  } else {
    return 1;
  }
  if (src.charCodeAt(pos) === C.Question) pos++; // lazy
  return min;
}

function atom(): Units {
  zeroWidth = false;
  const c = src.charCodeAt(pos++);
  switch (c) {
    case C.Caret:
    case C.Dollar:
      zeroWidth = true;
      return null;
    case C.Dot:
      return null;
    case C.BracketOpen:
      return charClass();
    case C.Open:
      return group();
    case C.Backslash: {
      const e = src.charCodeAt(pos);
      if (e === 0x62 || e === 0x42) {
        // \b \B
        pos++;
        zeroWidth = true;
        return null;
      }
      if ((e >= 0x31 && e <= 0x39) || e === 0x6b) throw UNANALYSABLE; // a back-reference
      return escaped();
    }
    case C.Close:
    case C.Bar:
    case C.Star:
    case C.Plus:
    case C.Question:
      throw UNANALYSABLE;
    default:
      return [c];
  }
}

function group(): Units {
  let lookaround = false;
  if (src.charCodeAt(pos) === C.Question) {
    const k = src.charCodeAt(pos + 1);
    if (k === C.Colon) pos += 2;
    else if (k === C.Equals || k === C.Bang) {
      pos += 2;
      lookaround = true;
    } else if (k === C.Less && (src.charCodeAt(pos + 2) === C.Equals || src.charCodeAt(pos + 2) === C.Bang)) {
      pos += 3;
      lookaround = true;
    } else if (k === C.Less) {
      const end = src.indexOf('>', pos);
      if (end < 0) throw UNANALYSABLE;
      pos = end + 1;
    } else throw UNANALYSABLE;
  }
  const units = alternation();
  if (src.charCodeAt(pos) !== C.Close) throw UNANALYSABLE;
  pos++;
  zeroWidth = lookaround;
  return lookaround ? null : units;
}

function hex(digits: number): number {
  let v = 0;
  for (let i = 0; i < digits; i++) {
    const c = src.charCodeAt(pos++);
    const d = isDigit(c) ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
    if (d < 0) throw UNANALYSABLE;
    v = v * 16 + d;
  }
  return v;
}

/** The characters an escape (after its backslash, inside or outside a class) stands for; consumes it. */
function escaped(): Units {
  const c = src.charCodeAt(pos++);
  switch (c) {
    case 0x64: // \d
      return DIGITS;
    case 0x44: // \D \w \W \s \S
    case 0x77:
    case 0x57:
    case 0x73:
    case 0x53:
      return null;
    case 0x75: // \uXXXX (\u{…} only with the u flag, which is not analysed)
      return [hex(4)];
    case 0x78: // \xXX
      return [hex(2)];
    case 0x6e:
      return [10];
    case 0x72:
      return [13];
    case 0x74:
      return [9];
    case 0x66:
      return [12];
    case 0x76:
      return [11];
    case 0x30:
      if (isDigit(src.charCodeAt(pos))) throw UNANALYSABLE; // octal
      return [0];
    default:
      // An identity escape (\- \. \( \/) stands for itself; other letters and digits (\c, \p, octal) are not analysed.
      if (isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || Number.isNaN(c)) throw UNANALYSABLE;
      return [c];
  }
}

/** One member of a class: a code unit, or the units of a class escape (\d), or null (\w, \s). */
function classMember(): number | Units {
  const c = src.charCodeAt(pos++);
  if (Number.isNaN(c)) throw UNANALYSABLE;
  if (c !== C.Backslash) return c;
  const e = src.charCodeAt(pos);
  if (e === 0x62) {
    pos++;
    return 8; // [\b] is a backspace
  }
  if (e === C.Dash) {
    pos++;
    return C.Dash;
  }
  const units = escaped();
  return units !== null && units.length === 1 ? units[0]! : units;
}

/** A class after its '[': its units, or null for a negated class or one too wide to list. */
function charClass(): Units {
  const units: number[] = [];
  let known = true;
  if (src.charCodeAt(pos) === C.Caret) {
    known = false;
    pos++;
  }
  while (src.charCodeAt(pos) !== C.BracketClose) {
    const from = classMember();
    if (typeof from === 'number' && src.charCodeAt(pos) === C.Dash && src.charCodeAt(pos + 1) !== C.BracketClose) {
      pos++;
      const to = classMember();
      if (typeof to !== 'number' || to < from) throw UNANALYSABLE;
      if (to - from + 1 > RANGE_MAX) known = false;
      else for (let u = from; u <= to; u++) units.push(u);
    } else if (typeof from === 'number') units.push(from);
    else if (from === null) known = false;
    else for (const u of from) units.push(u);
  }
  pos++;
  return known && units.length ? units : null;
}

/** The characters `requiredChars` finds, as a string ('' when none are known): the form of the table. */
export function requiredCharsText(re: RegExp): string {
  const set = requiredChars(re);
  return set === null ? '' : String.fromCharCode(...[...set].sort((a, b) => a - b));
}

/**
 * For a list of patterns: the indices of those that must always run, and for each character the indices of the
 * patterns it may let match. `candidates(text)` marks the patterns worth running on a text. `known` gives, by regex
 * source, what requiredCharsText would find (lexicon-prefilter-table.ts); patterns not in it are walked here.
 */
export class Prefilter {
  private readonly always: number[] = [];
  private readonly byChar = new Map<number, number[]>();
  readonly size: number;
  private walkedHere = 0;

  constructor(patterns: readonly RegExp[], known: Readonly<Record<string, string>> = {}) {
    this.size = patterns.length;
    for (let i = 0; i < patterns.length; i++) {
      const re = patterns[i]!;
      let chars = Object.hasOwn(known, re.source) && !/[iuv]/.test(re.flags) ? known[re.source]! : undefined;
      if (chars === undefined) {
        chars = requiredCharsText(re);
        this.walkedHere++;
      }
      if (chars === '') {
        this.always.push(i);
        continue;
      }
      for (let k = 0; k < chars.length; k++) {
        const c = chars.charCodeAt(k);
        const list = this.byChar.get(c);
        if (list === undefined) this.byChar.set(c, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  }

  /** Patterns walked when the filter was built, because `known` did not list them. */
  get walked(): number {
    return this.walkedHere;
  }

  /** Patterns never filtered out (their source could not be analysed). */
  get unfiltered(): number {
    return this.always.length;
  }

  /** A flag per pattern: 1 where the pattern may match `text`, 0 where it cannot. */
  candidates(text: string): Uint8Array {
    const run = new Uint8Array(this.size);
    for (const i of this.always) run[i] = 1;
    for (let k = 0; k < text.length; k++) {
      const list = this.byChar.get(text.charCodeAt(k));
      if (list !== undefined) for (const i of list) run[i] = 1;
    }
    return run;
  }
}
