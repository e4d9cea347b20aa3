// The yardstick of the batch bench: what any converter of the corpus must do at least. Walks the folder,
// reads each file, hashes it (sha256), sniffs it (PDF header, binary bytes) and decodes text with the
// platform's TextDecoder (BOM, else a declared charset, else strict UTF-8, else GB18030). Plain JS that
// imports nothing of taskgen, so the floor is the same whichever taskgen is measured against it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function charsetOf(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const m = /charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 1024).toString('latin1'));
  return m ? m[1].toLowerCase() : null;
}

function decode(bytes) {
  const declared = charsetOf(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // an unknown label: detect as if none were given
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

let files = 0;
let chars = 0;
const visit = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) visit(p);
    else if (e.isFile()) {
      const bytes = readFileSync(p);
      createHash('sha256').update(bytes).digest('hex');
      files++;
      if (bytes.subarray(0, 1024).includes('%PDF-', 0, 'latin1')) continue;
      if (bytes.subarray(0, 8192).includes(0)) continue;
      chars += decode(bytes).length;
    }
  }
};
visit(process.argv[2]);
process.stdout.write(JSON.stringify({ files, chars }) + '\n');
