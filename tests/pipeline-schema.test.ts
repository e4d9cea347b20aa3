/**
 * The parse path assembles documents without running zod (src/pipeline.ts): this is where its
 * output is held to the schema instead. Every fixture's document must pass the zod schema and come
 * out of it unchanged, keys in the schema's order, so skipping validation at run time changes
 * neither what is accepted nor a byte of the JSON written.
 */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/pipeline.js';
import { TaskDocument } from '../src/model/schema.js';
import { loadFixtureCases } from './support/fixtures.js';

describe('parse output against the zod schema', () => {
  const cases = loadFixtureCases();

  it('covers the fixtures', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [c.name, c.source]))('%s: valid, and already in the schema’s shape and key order', async (_name, source) => {
    const doc = await parseFile(source);
    const checked = TaskDocument.parse(doc);
    expect(JSON.stringify(doc)).toBe(JSON.stringify(checked));
  });
});
