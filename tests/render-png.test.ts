/**
 * What a person sees: the HTML notice printed to a PNG by headless Chromium,
 * decoded here (node:zlib) and checked for size, ink, the title block and the
 * bar chart. Skipped, with the reason in the test name, only when Chromium is
 * missing on a developer machine; in CI (CI set) a missing Chromium fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { renderNotice } from '../src/render/index.js';
import { GOLD, goldDocument } from './support/gold-documents.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const mustRun = Boolean(process.env['CI']);
const WIDTH = 1240;
const HEIGHT = 1754;

interface Image {
  width: number;
  height: number;
  /** RGB triples, row-major. */
  rgb: Uint8Array;
}

/** PNG → RGB for 8-bit truecolour (with or without alpha), the form Chromium writes. */
function decodePng(buf: Buffer): Image {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error(`bit depth ${data[8]} not handled`);
      colorType = data[9]!;
      if (data[12] !== 0) throw new Error('interlaced PNG not handled');
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  if (!channels) throw new Error(`colour type ${colorType} not handled`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 3);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? cur[x - channels]! : 0;
      const b = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[x] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      out.set(cur.subarray(x * channels, x * channels + 3), (y * width + x) * 3);
    }
    prev = cur;
  }
  return { width, height, rgb: out };
}

function countPixels(img: Image, test: (r: number, g: number, b: number) => boolean, box = { x0: 0, y0: 0, x1: img.width, y1: img.height }): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * img.width + x) * 3;
      if (test(img.rgb[i]!, img.rgb[i + 1]!, img.rgb[i + 2]!)) n++;
    }
  }
  return n;
}

const notWhite = (r: number, g: number, b: number) => r < 245 || g < 245 || b < 245;
const dark = (r: number, g: number, b: number) => r < 100 && g < 100 && b < 100;
/** The chart's bar colour #8c1c13, allowing for anti-aliasing. */
const barRed = (r: number, g: number, b: number) => r > 110 && r < 170 && g < 60 && b < 60;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'taskgen-png-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('HTML notice as a person sees it', () => {
  const title = 'renders seed 000 to a non-blank A4-shaped PNG with title, text and chart';
  const run = available || mustRun ? it : it.skip;
  run(available ? title : `${title} (skipped: ${CHROMIUM} not installed and CI not set)`, async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is required when CI is set`).toBe(true);
    const html = join(dir, 'notice.html');
    const png = join(dir, 'notice.png');
    writeFileSync(html, (await renderNotice(goldDocument(GOLD.notice000, { period: '一季度' }), 'html', { date: '2021-04-21' })) as string);
    const r = spawnSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--screenshot=${png}`,
        `--window-size=${WIDTH},${HEIGHT}`,
        `file://${html}`,
      ],
      { encoding: 'utf8', timeout: 90_000 },
    );
    expect(existsSync(png), `chromium wrote no screenshot (exit ${r.status}): ${r.stderr.slice(-500)}`).toBe(true);
    const img = decodePng(readFileSync(png));
    expect([img.width, img.height]).toEqual([WIDTH, HEIGHT]);

    const total = img.width * img.height;
    const ink = countPixels(img, notWhite) / total;
    expect(ink).toBeGreaterThan(0.02); // a page of text, not a blank
    expect(ink).toBeLessThan(0.4); // white paper, not a dark or grey background

    // The A4 page (210 mm = 794 CSS px) is centred: nothing is printed in the outer margins.
    const margin = { x0: 0, y0: 0, x1: Math.floor((WIDTH - 794) / 2) - 4, y1: HEIGHT };
    expect(countPixels(img, dark, margin)).toBe(0);

    // The title sits in the top band, below the 37 mm top margin (≈140 px) and centred.
    const titleBand = { x0: 300, y0: 140, x1: 940, y1: 260 };
    expect(countPixels(img, dark, titleBand)).toBeGreaterThan(2000);

    // The bar chart is drawn: a solid block of the bar colour, wider for 市发展改革委 (8) than for the ones (1).
    expect(countPixels(img, barRed)).toBeGreaterThan(5000);
  });
});
