import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderNotice, renderPlan } from '../src/render/index.js';
import { compileReport, MAX_OUTPUT_BYTES, MAX_TEMPLATE_BYTES } from '../src/render/engine.js';
import { InputError } from '../src/errors.js';
import { TaskDocument } from '../src/model/schema.js';
import { GOLD, goldDocument } from './support/gold-documents.js';

let root: string;
const notice = goldDocument(GOLD.notice000, { period: '一季度' });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'taskgen-tpl-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh template directory holding the given files (paths relative to it). */
function templateDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'd-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function renderError(files: Record<string, string>, format: 'html' | 'md' | 'txt' = 'html'): Promise<InputError> {
  const dir = templateDir(files);
  try {
    await renderNotice(notice, format, { templateDir: dir });
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('overriding shipped templates by file name', () => {
  it('replaces one partial and keeps the others', async () => {
    const dir = templateDir({ 'opening.hbs': '<p class="custom">共{{totals.total}}项，滞后{{totals.behind}}项。</p>' });
    const html = (await renderNotice(notice, 'html', { templateDir: dir })) as string;
    expect(html).toContain('<p class="custom">共302项，滞后38项。</p>');
    expect(html).not.toContain('经督查');
    expect(html).toContain('（一）市发展改革委（8项）');
  });

  it('a file under DIR/<format>/ wins over one directly in DIR, for that format only', async () => {
    const dir = templateDir({ 'header.hbs': 'ALL {{title}}\n', 'txt/header.hbs': 'TXT {{title}}\n' });
    expect(((await renderNotice(notice, 'txt', { templateDir: dir })) as string).startsWith('TXT 关于2021年')).toBe(true);
    expect(((await renderNotice(notice, 'md', { templateDir: dir })) as string).startsWith('ALL 关于2021年')).toBe(true);
  });

  it('offers the registered helpers to user templates', async () => {
    const dir = templateDir({
      'notice.hbs': '{{cnOrdinal 11}}|{{cnOrdinal 21 "bracket"}}|{{cnNum 105}}|{{percent 38 302}}|{{percent totals.aheadPercent}}|{{cnDate "2024-01-29"}}|{{#each groups}}{{#if (eq index 2)}}{{unit}}{{/if}}{{/each}}',
    });
    const out = (await renderNotice(notice, 'txt', { templateDir: dir })) as string;
    expect(out).toBe('十一、|（二十一）|一百零五|13%|87%|2024年1月29日|市经济和信息化局');
    const plan = templateDir({ 'plan.hbs': '{{#each entries}}{{#if isTask}}{{label}}{{/if}}{{/each}}' });
    const labels = (await renderPlan(goldDocument(GOLD.plan001), 'txt', { templateDir: plan })) as string;
    expect(labels.startsWith('1.2.3.')).toBe(true);
  });
});

describe('a broken user template is an input error naming file, line and column', () => {
  it('syntax error', async () => {
    const e = await renderError({ 'notice.hbs': '<h1>{{title}}</h1>\n<p>{{#each groups}}{{unit}</p>' });
    expect(e.file).toMatch(/notice\.hbs$/);
    expect(e.reason).toMatch(/^line 2, column \d+: syntax error/);
  });

  it('unclosed block in a partial names the partial file', async () => {
    const e = await renderError({ 'partials/unit-group.hbs': '{{#each items}}\n{{text}}\n{{/if}}' });
    expect(e.file).toMatch(/partials\/unit-group\.hbs$/);
    expect(e.reason).toMatch(/^line \d+, column \d+: each doesn't match if/);
  });

  it('a field the data does not have (strict mode) names the file that used it', async () => {
    const e = await renderError({ 'opening.hbs': '<p>{{opening}}</p>\n<p>{{totals.nosuch}}{{missingField}}</p>' });
    expect(e.file).toMatch(/opening\.hbs$/);
    expect(e.reason).toBe('line 2, column 6: "nosuch" is not a field here');
  });

  it('a helper that is not registered', async () => {
    const e = await renderError({ 'notice.hbs': '{{title}}\n{{shout title}}' });
    expect(e.reason).toBe('line 2, column 1: You specified knownHelpersOnly, but used the unknown helper shout');
  });

  it('a template over the size limit', async () => {
    const e = await renderError({ 'notice.hbs': 'x'.repeat(MAX_TEMPLATE_BYTES + 1) });
    expect(MAX_TEMPLATE_BYTES).toBe(256 * 1024);
    expect(e.reason).toBe('template is 256.0 KB; the limit is 256 KB');
  });

  it('partials that include each other forever', async () => {
    const e = await renderError({ 'notice.hbs': '{{> loop}}', 'loop.hbs': 'a{{> loop}}' });
    expect(e.reason).toMatch(/without end|too large/);
  });

  it('a missing template directory', async () => {
    await expect(renderNotice(notice, 'html', { templateDir: join(root, 'nope') })).rejects.toThrow(/template directory does not exist/);
  });
});

describe('bounds on what a template can produce', () => {
  it('stops output above the limit (50 MB by default)', async () => {
    expect(MAX_OUTPUT_BYTES).toBe(50 * 1024 * 1024);
    // 129 appendix rows squared, ~70 bytes each ≈ 1.2 MB: over a 1 MB limit.
    const dir = templateDir({ 'notice.hbs': '{{#each appendix}}{{#each ../appendix}}{{text}}{{/each}}{{/each}}' });
    const report = await compileReport('notice', 'txt', { templateDir: dir, maxOutputBytes: 1024 * 1024 });
    const { buildNoticeView } = await import('../src/render/view.js');
    expect(() => report.render(buildNoticeView(notice))).toThrow(/more than 1 MB of output/);
  });

  it('stops a template that would print more than 50 MB with the default limit', async () => {
    const tasks = Array.from({ length: 1100 }, (_, i) => ({
      id: String(i + 1),
      number: String(i + 1),
      path: [String(i + 1)],
      section: [],
      text: '推进重点项目建设，完成年度投资目标任务。',
      leadUnits: [],
      coUnits: [],
      leaders: [],
      deadline: null,
      progress: null,
      status: { code: 'lagging' as const, label: '推进较慢', evidence: '推进较慢', source: 'column' as const },
    }));
    const big = TaskDocument.parse({ ...notice, lagging: [], tasks });
    const dir = templateDir({ 'notice.hbs': '{{#each appendix}}{{#each ../appendix}}{{text}}{{/each}}{{/each}}' });
    // 1100² rows × 60 bytes ≈ 72 MB.
    await expect(renderNotice(big, 'txt', { templateDir: dir })).rejects.toThrow(/more than 50 MB of output/);
  });
});

describe('prototype access from a template is refused in one line', () => {
  // Handlebars itself renders nothing for these and logs a warning, once per name per process.
  const probes: [string, string][] = [
    ['{{#with constructor}}[{{name}}]{{/with}}', 'constructor'],
    ['{{lookup this "constructor"}}', 'constructor'],
    ['{{lookup (lookup this "constructor") "constructor"}}', 'constructor'],
    ['{{#each groups}}{{constructor}}{{__proto__}}{{/each}}', 'constructor'],
    ['{{#with __proto__}}[{{constructor}}]{{/with}}', '__proto__'],
    ['{{#each groups}}{{#with items}}{{lookup this "constructor"}}{{/with}}{{/each}}', 'constructor'],
    ['{{valueOf}}', 'valueOf'],
  ];
  it.each(probes)('%s', async (probe, name) => {
    const e = await renderError({ 'notice.hbs': probe });
    expect(e.reason).toBe(`"${name}" is not a field here (templates may read only the report's own fields)`);
  });

  it('{{constructor.constructor}} cannot reach Function', async () => {
    const e = await renderError({ 'notice.hbs': '{{constructor.constructor}}' });
    expect(e.reason).toBe('"constructor" is not a field here (templates may read only the report\'s own fields)');
  });
});
