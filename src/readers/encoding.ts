/**
 * The one place where bytes become text. Chinese government pages come in
 * UTF-8, GBK/GB18030 (often declaring gb2312 while using GBK-only characters,
 * or declaring nothing) and Big5; statistical detectors are unreliable on
 * short Chinese text, so the order is: BOM → declared charset → strict UTF-8 →
 * GB18030 vs Big5 by which decoding reads as ordinary Chinese.
 */
import { createRequire } from 'node:module';

type IconvLite = typeof import('iconv-lite');
let iconvModule: IconvLite | undefined;
/**
 * iconv-lite, loaded the first time an encoding needs it (Big5, single-byte Western charsets,
 * invalid GB18030/UTF-16 bytes): loading it and building its GB18030 table costs ~200 ms, which
 * every run paid even though Node's own decoders read valid GBK in well under a millisecond.
 */
function iconv(): IconvLite {
  return (iconvModule ??= createRequire(import.meta.url)('iconv-lite') as IconvLite);
}

/**
 * Encodings Node's built-in decoder reads exactly as iconv-lite does on valid bytes (tests/encoding-native.test.ts
 * compares every two-byte GBK pair, four-byte GB18030 samples and UTF-16 text). Only valid input is
 * decoded natively (`fatal`): on invalid bytes the two libraries emit different numbers of U+FFFD, and
 * the GB18030-or-Big5 guess counts them, so invalid input keeps iconv-lite's reading. Big5 is not here:
 * Node's ICU Big5 maps hundreds of pairs (HKSCS 0x8140…) to other code points than iconv-lite.
 * One deliberate difference: the 18 GBK pairs that GB18030-2005 left in the private use area
 * (A6D9–A6DF, A6EC, A6ED, A6F3 vertical punctuation; FE59, FE61, FE66, FE67, FE6D, FE7E, FE90, FEA0
 * ideographs) come back as the characters GB18030-2022 and browsers give them (U+FE10–FE19,
 * U+9FB4–9FBB), not as private-use code points no font shows.
 */
const NATIVE_DECODERS: Record<string, InstanceType<typeof TextDecoder>> = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  gb18030: new TextDecoder('gb18030', { fatal: true, ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
};

/**
 * Bytes → text in a named encoding, a leading U+FEFF dropped (as iconv-lite always did: a BOM is
 * not text). Natively where Node's decoder agrees, else iconv-lite.
 */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  const native = NATIVE_DECODERS[encoding];
  if (native) {
    try {
      const text = native.decode(bytes);
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
      // Invalid bytes: iconv-lite's replacement characters, as before.
    }
  }
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

export interface Decoded {
  text: string;
  /** The encoding actually used, lower-case: 'utf-8', 'gb18030', 'big5', 'utf-16le', … */
  encoding: string;
}

/** Declarations are only honoured near the top, as browsers do (they pre-scan 1024 bytes; we allow more). */
const DECLARATION_WINDOW = 4096;

/**
 * Frequent characters in Chinese administrative prose, in simplified form and
 * (second string) the traditional forms that differ. Decoding GBK bytes as Big5
 * or vice versa yields valid but rare characters, so the share of these tells
 * which decoding is the real one.
 */
const COMMON_SIMPLIFIED =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞推项责牵协落镇街乡村服企创';
const COMMON_TRADITIONAL_ONLY =
  '這為個國時來們於對會發動過說產種後學經進著電裡現實兩體機當點從業應開還義間樣與關線內數麼質氣變條沒結問無軍並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處隊給門規熱領東導壓爭濟階術極聯認權證採轉單風帶場車務萬達積議聲報鬥類離華確張馬節話況溫傳許廣記觀織裝眾書覆兒須際驗連斷難礦備辦習響約勞團歷構稱準號維劃選標寫親養層卻專狀廠識適屬圓調滿縣參紅細聽該鐵價嚴龍飛項責牽協鎮鄉創';
const COMMON_CHINESE = new Set([...COMMON_SIMPLIFIED, ...COMMON_TRADITIONAL_ONLY]);
/** Frequent characters that exist only in simplified form (their traditional form is another code point). */
const SIMPLIFIED_ONLY = new Set(
  '这为个国时来们于对会发动过说产种后学经进着电里现实两体机当点从业应开还义间样与关线内数么质气变条没结问无军并题党员总设长头资边级图统较将组见计别论运农几区强决干战则据处队给门规热领东导压争济阶术极联认权证采转单风带场车务万达积议声报斗类离华确张马节话况温传许广记观织装众书复儿须际验连断难矿备办习响约劳团历构称准号维划选标写亲养层却专状厂识适属圆调满县参红细听该铁价严龙飞项责牵协镇乡创',
);
const TRADITIONAL_ONLY = new Set(COMMON_TRADITIONAL_ONLY);

/** Whether a Chinese text is written in simplified or traditional characters (by frequent characters of each). */
export function chineseScript(text: string): 'simplified' | 'traditional' | 'unknown' {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (SIMPLIFIED_ONLY.has(ch)) simplified++;
    else if (TRADITIONAL_ONLY.has(ch)) traditional++;
  }
  if (simplified >= 5 && simplified > 4 * traditional) return 'simplified';
  if (traditional >= 5 && traditional > 4 * simplified) return 'traditional';
  return 'unknown';
}

/** Charset labels as pages write them → the decoder we use. */
const GB_FAMILY = new Set([
  'gb2312', 'gbk', 'x-gbk', 'gb18030', 'gb_2312-80', 'gb_2312', 'chinese', 'csgb2312', 'iso-ir-58', 'cp936', 'ms936', 'windows-936', 'euc-cn',
]);
const BIG5_FAMILY = new Set(['big5', 'big5-hkscs', 'cn-big5', 'x-x-big5', 'csbig5', 'cp950', 'ms950', 'windows-950']);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/** Map a declared charset label to the decoder name, or null if we cannot decode it. */
export function normaliseCharset(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (UTF8_LABELS.has(l)) return 'utf-8';
  // Real pages declare gb2312 and then use GBK characters (镕, 堃, 喆); GB18030 is the superset.
  if (GB_FAMILY.has(l)) return 'gb18030';
  if (BIG5_FAMILY.has(l)) return 'big5';
  if (l === 'utf-16' || l === 'utf-16le') return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  return iconv().encodingExists(l) ? l : null;
}

/** Byte-order mark at the start, if any, with its length. */
export function detectBom(bytes: Buffer): { encoding: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * The charset a document declares about itself in its first few KB:
 * `<meta charset>`, `<meta http-equiv="Content-Type" content="…charset=…">`,
 * or an XML declaration. Returns the raw label (not normalised).
 */
export function findDeclaredCharset(bytes: Buffer): string | null {
  // Declarations are ASCII; latin1 maps each byte to one char so offsets stay meaningful.
  return declarationIn(bytes.subarray(0, DECLARATION_WINDOW).toString('latin1'));
}

function declarationIn(head: string): string | null {
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const metaTags = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metaTags) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    // Covers both <meta charset="x"> and content="text/html; charset=x".
    if (direct?.[1]) return direct[1];
  }
  return null;
}

/**
 * UTF-16 without a BOM, told by its own declaration: read as bytes, its ASCII markup has a NUL
 * beside every character, so the declaration scan above cannot see it and the file looked binary.
 * A file whose start, read as UTF-16LE (or BE), declares a UTF-16 charset
 * (`<meta charset="utf-16le">`, `<?xml … encoding="UTF-16"?>`) is read as such.
 */
export function sniffUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, DECLARATION_WINDOW * 2);
  if (!head.includes(0)) return null;
  const even = head.subarray(0, head.length & ~1);
  if (isUtf16Label(declarationIn(even.toString('utf16le')))) return 'utf-16le';
  if (isUtf16Label(declarationIn(Buffer.from(even).swap16().toString('utf16le')))) return 'utf-16be';
  return null;
}

function isUtf16Label(label: string | null): boolean {
  return label !== null && /^(?:utf-?16(?:le|be)?|ucs-?2|unicode)$/i.test(label);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as UTF-8, or null if they are not valid UTF-8. */
export function decodeStrictUtf8(bytes: Buffer): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function isPrivateUse(code: number): boolean {
  return (code >= 0xe000 && code <= 0xf8ff) || (code >= 0xf0000 && code <= 0x10ffff);
}

function isCjkIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x20000 && code <= 0x2ffff);
}

/**
 * How much a decoding reads like real Chinese: frequent characters count for it,
 * replacement and private-use characters (what a wrong double-byte table yields)
 * count heavily against it.
 */
export function chineseReadabilityScore(text: string): number {
  let common = 0;
  let bad = 0;
  let rare = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd || isPrivateUse(code)) bad++;
    else if (COMMON_CHINESE.has(ch)) common++;
    else if (isCjkIdeograph(code) && (code < 0x4e00 || code > 0x9fa5)) rare++;
  }
  return common - 4 * bad - rare;
}

/** Enough text to tell the two tables apart with certainty; decoding a whole large page twice is wasted work. */
const DETECTION_SAMPLE_BYTES = 32 * 1024;

/**
 * GB18030 text that needs no second opinion: no replacement or private-use character, and at least
 * half of its non-ASCII characters among the frequent ones. Measured on every GBK page of the
 * corpora and fixtures, the real reading has 0.70–0.81 of them; Big5 bytes read as GB18030 have
 * 0.02–0.05 and hundreds of replacement characters. Big5 is decoded only by iconv-lite, whose
 * tables cost more to load than the rest of reading a page, so the common case skips it.
 */
export function clearlyGb18030(text: string): boolean {
  // Code units and a table, not `for…of` and a Set of one-character strings: this runs once per legacy
  // page, cold, and took ~10 ms of a 50 KB page's start-up that way. Pairs are read as one code point.
  const isCommon = commonChineseTable();
  let nonAscii = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code === 0xfffd || isPrivateUse(code)) return false;
    nonAscii++;
    if (code < 0x10000 && isCommon[code] === 1) common++;
  }
  return nonAscii >= MIN_EVIDENCE && common * 2 >= nonAscii;
}

let commonTable: Uint8Array | null = null;

/** COMMON_CHINESE as a table by code unit (all of its characters are in the BMP). */
function commonChineseTable(): Uint8Array {
  if (commonTable) return commonTable;
  const table = new Uint8Array(0x10000);
  for (const ch of COMMON_CHINESE) if (ch.length === 1) table[ch.charCodeAt(0)] = 1;
  return (commonTable = table);
}

/** Fewer non-ASCII characters than this are too few to trust a share of them. */
const MIN_EVIDENCE = 40;

/** Choose between GB18030 and Big5 for bytes that are not UTF-8. Ties go to GB18030 (mainland pages dominate). */
export function guessChineseLegacy(bytes: Buffer): Decoded {
  const sample = bytes.length > DETECTION_SAMPLE_BYTES ? bytes.subarray(0, DETECTION_SAMPLE_BYTES) : bytes;
  const gb = decodeAs(sample, 'gb18030');
  if (clearlyGb18030(gb)) return sample === bytes ? { text: gb, encoding: 'gb18030' } : { text: decodeAs(bytes, 'gb18030'), encoding: 'gb18030' };
  const big5 = decodeAs(sample, 'big5');
  const encoding = chineseReadabilityScore(big5) > chineseReadabilityScore(gb) ? 'big5' : 'gb18030';
  if (sample === bytes) return { text: encoding === 'big5' ? big5 : gb, encoding };
  return { text: decodeAs(bytes, encoding), encoding };
}

function isWesternSingleByte(encoding: string): boolean {
  return /^(?:iso-?8859-\d+|latin\d?|windows-125\d|cp125\d|us-ascii|ascii|iso-ir-100)$/.test(encoding);
}

function hasHighBytes(bytes: Buffer): boolean {
  return bytes.some((b) => b >= 0x80);
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** Decode a document's bytes to text, reporting which encoding was used. */
export function decodeText(bytes: Buffer): Decoded {
  const bom = detectBom(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16), encoding: utf16 };

  const declaredLabel = findDeclaredCharset(bytes);
  const declared = declaredLabel ? normaliseCharset(declaredLabel) : null;
  const utf8 = decodeStrictUtf8(bytes);

  if (declared === 'utf-8' && utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  if (declared && isWesternSingleByte(declared) && hasHighBytes(bytes)) {
    // CMS templates copied from Western sites declare iso-8859-1 over Chinese text; browsers show
    // mojibake there, but taskgen's inputs are Chinese, so the bytes decide when they read as Chinese.
    if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
    const guess = guessChineseLegacy(bytes);
    if (chineseReadabilityScore(guess.text) > 0) return guess;
  }
  if (declared && declared !== 'utf-8') {
    const text = decodeAs(bytes, declared);
    // A page that declares a legacy charset but is valid UTF-8 and decodes badly
    // under its declaration was re-saved as UTF-8 without fixing the <meta>.
    if (utf8 !== null && countReplacement(text) > 0 && countReplacement(utf8) === 0) return { text: utf8, encoding: 'utf-8' };
    return { text, encoding: declared };
  }
  // No usable declaration (or a false UTF-8 one): the bytes decide.
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return guessChineseLegacy(bytes);
}
