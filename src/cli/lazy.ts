/**
 * Modules a command loads when it runs, not when the CLI starts: `taskgen batch` parses only in its
 * workers, so its main thread (and `--help`) need not carry the extractors and the HTML parser.
 */
export const pipeline = () => import('../pipeline.js');
