/**
 * The Word files open in LibreOffice: soffice converts them to PDF, and the PDF
 * is A4 with the title on page 1 and as many pages as the content needs.
 * .ci/run installs LibreOffice; on a developer machine without it the test says
 * so and is skipped, never silently passed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderNotice, renderPlan } from '../src/render/index.js';
import { GOLD, goldDocument } from './support/gold-documents.js';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPdfinfo = spawnSync('pdfinfo', ['-v']).status === 0;
if (!hasSoffice && process.env.CI) throw new Error('CI must have LibreOffice (soffice): .ci/run installs libreoffice-writer-nogui');

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe.skipIf(!hasSoffice || !hasPdfinfo)('Word output opens in LibreOffice (soffice and pdfinfo required)', () => {
  it('converts the notice and the plan to A4 PDFs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'taskgen-soffice-'));
    made.push(dir);
    const notice = join(dir, 'notice.docx');
    const plan = join(dir, 'plan.docx');
    writeFileSync(notice, (await renderNotice(goldDocument(GOLD.notice000, { period: '一季度' }), 'docx', { date: '2021-04-21' })) as Buffer);
    writeFileSync(plan, (await renderPlan(goldDocument(GOLD.plan002), 'docx')) as Buffer);
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, notice, plan], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(r.status, r.stderr).toBe(0);
    for (const name of ['notice', 'plan']) {
      const pdf = join(dir, `${name}.pdf`);
      expect(existsSync(pdf), `${name}.pdf was not written:\n${r.stdout}\n${r.stderr}`).toBe(true);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
      const firstPage = spawnSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      expect(firstPage).toContain(name === 'notice' ? '一季度完成情况的通报' : '2020年市政府重点工作');
    }
    // The 128-row appendix is a compact table, not rows snapped to the 29 pt body grid (68 pages before).
    // Measured 26 pages with LibreOffice 7.4 and Noto CJK (27 before the columns were fitted to the rows);
    // the bound leaves room for other font metrics.
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [join(dir, 'notice.pdf')], { encoding: 'utf8' }).stdout)?.[1]);
    expect(pages).toBeLessThanOrEqual(30);
  }, 240_000);
});
