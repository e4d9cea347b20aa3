/**
 * The folder holding taskgen's own package.json, found from this module's location. The source tree
 * (src/util/), the compiled bundle (dist/, where every module shares one or a few files) and an
 * installed copy all sit inside it, at different depths, so files shipped beside the code
 * (templates/, package.json, the batch worker) are found from here, never by a fixed `../..`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

function isTaskgenPackage(dir: string): boolean {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'taskgen';
  } catch {
    return false;
  }
}

export function packageRoot(): string {
  if (root) return root;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (isTaskgenPackage(dir)) return (root = dir);
    if (dirname(dir) === dir) throw new Error(`taskgen's package.json not found above ${fileURLToPath(import.meta.url)}`);
  }
}

/** A file or folder shipped with taskgen, by its path inside the package (`templates/`, `package.json`). */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
