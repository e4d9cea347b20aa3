/**
 * Modules a command loads when it runs, not when the CLI starts: `taskgen batch` parses only in its
 * workers, so its main thread (and `--help`) need not carry the extractors, cheerio and iconv tables.
 */
export const pipeline = () => import('../pipeline.js');
