/**
 * Minimal glob support for `taskgen batch 'archive/**\/*.html'` when the shell
 * did not expand the pattern (quoted, or Windows cmd). Node 20 has no fs.glob.
 * Supports `*`, `**`, `?`, `[abc]` and `{a,b}`.
 */
import { isAbsolute, resolve, sep } from 'node:path';

const MAGIC = /[*?[{]/;

export function isGlob(s: string): boolean {
  return MAGIC.test(s);
}

/** Splits a pattern into the folder to walk (no magic) and the pattern relative to it. */
export function splitGlob(pattern: string, cwd: string): { base: string; rest: string } {
  const parts = pattern.split(/[\\/]/);
  const firstMagic = parts.findIndex((p) => MAGIC.test(p));
  const baseParts = parts.slice(0, firstMagic);
  const rest = parts.slice(firstMagic).join('/');
  const baseText = baseParts.join('/') || (isAbsolute(pattern) ? sep : '.');
  return { base: resolve(cwd, baseText), rest };
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let i = 0;
  let braceDepth = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more whole folders; a bare `**` matches anything.
        if (pattern[i + 2] === '/') {
          re += '(?:[^/]*/)*';
          i += 3;
        } else {
          re += '.*';
          i += 2;
        }
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const body = pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else if (c === '{') {
      braceDepth++;
      re += '(?:';
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      re += ')';
    } else if (c === ',' && braceDepth > 0) re += '|';
    else re += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
    i++;
  }
  return new RegExp(`^${re}$`, 'u');
}
