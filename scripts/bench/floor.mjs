// The read+decode floor a parse is measured against (`node scripts/bench/floor.mjs OUT FILE...`):
// what any tool must do with each input before it can understand it — start Node, read the bytes,
// hash them (taskgen records a sha256), decode them (UTF-8 if valid, else GB18030, with Node's own
// decoders) — and write the text out. Plain JavaScript so no loader's start-up is counted.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const [out, ...files] = process.argv.slice(2);
const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');
const texts = [];
for (const file of files) {
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = gb18030.decode(bytes);
  }
  texts.push(`${file}\t${sha256}\n${text}`);
}
writeFileSync(out, texts.join('\n'));
