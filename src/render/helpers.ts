/**
 * The only helpers a report template may call (templates are compiled with
 * knownHelpersOnly). Each returns a plain string, so HTML escaping still
 * applies to its result in `{{…}}`.
 */
import type Handlebars from 'handlebars';
import { bracketOrdinal, chineseNumeral, headingOrdinal } from './numerals.js';
import { chineseDate } from './dates.js';
import { formatUnit } from './units.js';

export const HELPER_NAMES = ['cnNum', 'cnOrdinal', 'percent', 'cnDate', 'joinUnits', 'md', 'mdCell', 'eq'] as const;

/** Handlebars passes its options object last; strip it to get the template's own arguments. */
function args(raw: unknown[]): unknown[] {
  return raw.slice(0, -1);
}

function toInt(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 9999 ? n : null;
}

/** Characters that would start Markdown syntax inside running text or a table cell. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

export function registerHelpers(hb: typeof Handlebars, _format: string): void {
  hb.registerHelper('cnNum', (...raw: unknown[]) => {
    const n = toInt(args(raw)[0]);
    return n === null ? '' : chineseNumeral(n);
  });
  // {{cnOrdinal 3}} → 三、   {{cnOrdinal 3 "bracket"}} → （三）
  hb.registerHelper('cnOrdinal', (...raw: unknown[]) => {
    const [v, style] = args(raw);
    const n = toInt(v);
    if (n === null || n === 0) return '';
    return style === 'bracket' ? bracketOrdinal(n) : headingOrdinal(n);
  });
  // {{percent 87}} → 87%   {{percent part total}} → rounded share
  hb.registerHelper('percent', (...raw: unknown[]) => {
    const [a, b] = args(raw);
    const part = Number(a);
    if (!Number.isFinite(part)) return '';
    if (b === undefined) return `${part}%`;
    const total = Number(b);
    if (!Number.isFinite(total) || total <= 0) return '';
    return `${Math.round((part * 100) / total)}%`;
  });
  hb.registerHelper('cnDate', (...raw: unknown[]) => {
    const v = args(raw)[0];
    return typeof v === 'string' ? chineseDate(v) : '';
  });
  // {{joinUnits units}} over [{name, note}] or plain names; optional separator
  hb.registerHelper('joinUnits', (...raw: unknown[]) => {
    const [list, sep] = args(raw);
    if (!Array.isArray(list)) return typeof list === 'string' ? list : '';
    const names = list.map((u) =>
      typeof u === 'string' ? u : u && typeof u === 'object' && typeof (u as { name?: unknown }).name === 'string'
        ? formatUnit({ name: (u as { name: string }).name, note: typeof (u as { note?: unknown }).note === 'string' ? (u as { note: string }).note : null })
        : '',
    );
    return names.filter(Boolean).join(typeof sep === 'string' ? sep : '、');
  });
  hb.registerHelper('md', (...raw: unknown[]) => escapeMarkdown(String(args(raw)[0] ?? '')));
  // A table cell: escaped, and line breaks kept as <br> because a Markdown row is one line.
  hb.registerHelper('mdCell', (...raw: unknown[]) =>
    escapeMarkdown(String(args(raw)[0] ?? ''))
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .join('<br>'),
  );
  hb.registerHelper('eq', (...raw: unknown[]) => {
    const [a, b] = args(raw);
    return a === b;
  });
}
