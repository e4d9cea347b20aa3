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
  const zone = zoneBody(name);
  if (zone) return zone;
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
  const zone = zoneBody(name);
  if (zone) return zone;
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
  // 重庆's 经济和信息化委员会 (经济信息委, 经信委); 科技和经信局 (蔡甸, 汉阳) is printed 科经局 too.
  经济信息委: '工信局',
  经信委: '工信局',
  科技和经信局: '科经局',
  文旅局: '文广旅局',
  文旅体局: '文广旅局',
  水务局: '水利局',
  // 商务粮食局 (界首): commerce merged with the grain bureau; the alias table reads its 粮食局 as 粮储局.
  商务粮储局: '商务局',
  投资促进中心: '投促局',
  // 行政审批局 (相对集中行政许可权) and 政务服务管理局/政务办 run the same service halls.
  行政审批局: '政务服务管理局',
  政务办: '政务服务管理局',
  经开区管委会: '开发区管委会',
  高新区管委会: '开发区管委会',
};

export function roleFamily(role: string): string {
  return ROLE_FAMILIES[role] ?? role;
}

/** The State Council's ministries, whose local counterparts are 局 of the same name (农业农村部 → 农业农村局). */
const MINISTRY = /^(?:中华人民共和国)?(教育|科学技术|科技|工业和信息化|公安|民政|司法|财政|人力资源和?社会保障|自然资源|生态环境|住房和?城乡建设|交通运输|水利|农业农村|商务|文化和旅游|退役军人事务|应急管理)部$/;

/**
 * 省财政厅 does at province level what 市财政局 does in a city, and 农业农村部
 * what 农业农村局 does: a provincial or national plan teaches local drafts.
 * Party departments (委宣传部, 中央组织部) are no ministries and keep their 部.
 */
function provincialAsLocal(name: string): string {
  const ministry = MINISTRY.exec(name);
  if (ministry) return `${ministry[1]}局`;
  return name.replace(/厅$/, '局');
}

/** 高新技术产业开发区 / 高新区, 经济技术开发区 / 经开区, 开发区, with or without 管委会, at the end of a zone's name. */
const ZONE = /(高新技术产业开发区|高新区|经济技术开发区|经济开发区|经开区|开发区)(?:管委会|管理委员会)?$/;

/**
 * 安徽阜阳界首高新技术产业开发区管委会 → 高新区管委会, 立山经济开发区 →
 * 经开区管委会: a development zone's administration, which nearly every city
 * and county has, by its kind alone. The zone's own place name is dropped, so
 * one place's zone teaches another's draft without printing its name.
 */
export function zoneBody(name: string): string | null {
  const m = ZONE.exec(name.trim());
  if (!m) return null;
  // 开发区管理体制: a word, not a body; a zone's name is short.
  if (name.trim().length > 24) return null;
  const kind = m[1]!.startsWith('高新') ? '高新区' : /^经/.test(m[1]!) ? '经开区' : '开发区';
  return `${kind}管委会`;
}

/**
 * 立山经济开发区, 铜山区政府, 泉阳镇, 人民大垸: bodies of one place, which a
 * draft for another place must never print. A department (市财政局) is
 * generic once its level word is removed; these are not.
 */
export function isPlaceBody(name: string): boolean {
  if (zoneBody(name)) return false;
  return /(?:开发区|园区|产业园|新区|高新区|经开区|管委会|镇|乡|街道|办事处|大垸|管理区|农场|林场|[区县市]政府|人民政府)$/.test(name.trim()) || /^[\u4e00-\u9fa5]{1,4}(?:镇|乡|街道)/.test(name.trim());
}
