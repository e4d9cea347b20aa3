/**
 * A unit's role, apart from the place and level that printed it: 市发改委,
 * 县发展改革委 and 徐州市发展和改革委员会 all do the 发改委's work. Suggestions
 * are learnt and scored by role, then printed for the draft's own level
 * (a city plan's 市发展改革委 becomes 县发展改革委 in a county draft).
 */
import { aliasKey } from '../extract/aliases.js';

export type Level = '市' | '县' | '区';
export const LEVELS: readonly Level[] = ['市', '县', '区'];

/** 安徽省 / 徐州市 / 界首市 / 埇桥区 at the head of a name: two or three characters, then the level word. */
const PLACE_HEAD = /^[\u4e00-\u9fa5]{2,3}?[省市县区](?=[\u4e00-\u9fa5]{2})/;
/** The bare level word a plan prints before its own bodies (市财政局, 县委宣传部); 市场监管局's 市 is its own name. */
const LEVEL_HEAD = /^[省市县区](?!场)(?=[\u4e00-\u9fa5]{2})/;
/** A body's name ends in one of these words; a place-stripped remainder that does not is no body (市场监管局 stays whole). */
const BODY_TAIL = /(?:局|委|办|厅|部|院|中心|会|所|处|队|站|社|行|司|公司|馆|团|组|室|联|分局|支队|大队|管委会)$/;

/**
 * 各县(市、区)政府, 市直各单位, 相关乡镇: collective addressees, never a
 * department one could suggest as the owner of a task.
 */
export function isCollectiveUnit(name: string): boolean {
  return /^(?:各|相关|有关|市直|县直|区直|其他|全市|全县|全区)/.test(name) || /(?:各单位|各部门|成员单位|相关单位|有关单位)$/.test(name);
}

/**
 * 市发展改革委 → 发改委, 徐州市税务局 → 税务局, 市委宣传部 → 委宣传部: the
 * alias key with the place and level prefix removed, so plans from different
 * places and levels agree on who does what.
 */
export function roleKey(name: string): string {
  let key = aliasKey(provincialAsLocal(name.trim()));
  for (let i = 0; i < 2; i++) {
    const place = PLACE_HEAD.exec(key);
    if (!place) break;
    const rest = key.slice(place[0].length);
    if (!BODY_TAIL.test(rest)) break;
    key = rest;
  }
  return key.replace(LEVEL_HEAD, '');
}

/** The printed body name without its level word: 市发展改革委 → 发展改革委 (kept as printed, not abbreviated). */
export function printedBody(name: string): string {
  let s = provincialAsLocal(name.trim());
  for (let i = 0; i < 2; i++) {
    const place = PLACE_HEAD.exec(s);
    if (!place || !BODY_TAIL.test(s.slice(place[0].length))) break;
    s = s.slice(place[0].length);
  }
  return s.replace(LEVEL_HEAD, '');
}

/**
 * 宿州市人民政府 → 市, 泗县人民政府 → 县, 埇桥区人民政府 → 区: the level a
 * report's issuer governs, which its draft's unit names are printed at.
 */
export function levelOfIssuer(issuer: string | null): Level | null {
  const m = /([市县区])(?:人民)?政府$/.exec(issuer?.trim() ?? '');
  return m ? (m[1] as Level) : null;
}

/** 宿州市人民政府 → 宿州: the place name that other places' drafts must never carry. */
export function placeOfIssuer(issuer: string | null): string | null {
  const m = /^(?:[\u4e00-\u9fa5]{2,3}省)?([\u4e00-\u9fa5]{2,3}?)[市县区](?:人民)?政府$/.exec(issuer?.trim() ?? '');
  return m ? m[1]! : null;
}

/** 发展改革委 at 县 level → 县发展改革委; a 委-led party body keeps its 委 (委宣传部 → 县委宣传部). */
export function nameAtLevel(body: string, level: Level): string {
  return `${level}${body}`;
}

/**
 * Bodies that do one job under names that differ by province or reform year:
 * 工业和信息化局 (江苏) is 经济和信息化局 (安徽); 文化广电和旅游局, 文化和旅游局
 * and 文化旅游体育局 run culture and tourism. Votes are pooled by family so
 * plans from any province teach; the printed name is the one the votes used most.
 */
const ROLE_FAMILIES: Record<string, string> = {
  经信局: '工信局',
  文旅局: '文广旅局',
  文旅体局: '文广旅局',
  水务局: '水利局',
};

export function roleFamily(role: string): string {
  return ROLE_FAMILIES[role] ?? role;
}

/** 省财政厅 does at province level what 市财政局 does in a city: a provincial plan teaches local drafts. */
function provincialAsLocal(name: string): string {
  return name.replace(/厅$/, '局');
}

/**
 * 立山经济开发区, 铜山区政府, 泉阳镇, 人民大垸: bodies of one place, which a
 * draft for another place must never print. A department (市财政局) is
 * generic once its level word is removed; these are not.
 */
export function isPlaceBody(name: string): boolean {
  return /(?:开发区|园区|产业园|新区|高新区|经开区|管委会|镇|乡|街道|办事处|大垸|管理区|农场|林场|[区县市]政府|人民政府)$/.test(name.trim()) || /^[\u4e00-\u9fa5]{1,4}(?:镇|乡|街道)/.test(name.trim());
}
