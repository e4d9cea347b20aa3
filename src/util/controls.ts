/**
 * Control characters made visible. A file name or a unit name is data from outside: printed raw,
 * `ESC ] 0 ; … BEL` retitles the user's terminal, other escapes recolour or rewrite it, a newline
 * splits a one-line error in two, and bidi overrides reorder what the user reads.
 */

/** C0 controls, DEL, C1 controls, the Unicode line/paragraph separators and the bidi embedding/override/isolate marks. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same without tab, CR and LF, which a quoted CSV cell carries as they are. */
const CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** For anything printed on the terminal: every control character, newline included, as `\xNN`. */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, visible);
}

/** For spreadsheet cells: controls escaped, line breaks kept (the cell is quoted). */
export function escapeControlsInCell(s: string): string {
  return s.replace(CONTROLS_BUT_LINE_BREAKS, visible);
}
