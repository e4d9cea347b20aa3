/**
 * The projects a report picks out of a group after 其中, judged together and given their figures one by one (新丰):
 *   工业制造项目18个，已完成投资6.34亿元…。其中，世博玖钢和广兴牧业(新丰)增资扩产项目进度较快，已分别累计完成年度投资计划的
 *   225.00%、179.74%；…其中黄磜镇雪峒陶瓷土废弃矿区综合整治工程建设进度较快，已完成年度计划进度的112.24%
 * The subject before the verdict is one name, or as many as the figures after 分别 count, parted at 、 and its last 和/及.
 */
import { SEVERITY, proseVerdict } from '../../classify/lexicon.js';
import { fold } from '../text.js';
import { cleanItem, splitLastConjunction, splitNames } from './items.js';
import { statusFrom, type Context, type StatusListItem } from './context.js';
import { WORKS_END } from './works.js';

/** 其中, then the subject and what is said of it, up to the clause's end. */
const PICKED = /其中[，,:：]?\s*([^，,。；;：:]{4,160})/g;

/** Words between the names and the verdict that say what is measured (建设进度较快, 完成投资进度较快). */
const MEASURED = /(?:建设|完成投资|投资|年度投资)?(?:进度|进展)?$/;

/** A subject that counts the group's projects instead of naming them. */
const COUNTED_SUBJECT = /^(?:有|共|共有|另有)?[0-9一二三四五六七八九十两]{1,3}\s*(?:个|项|件|宗)/;

/** A kind of projects, not one (续建项目复工108项, 基础设施工程慢于时间进度8.8个百分点). */
const CATEGORY = /^(?:续建|新建|新开工|在建|计划|重点|重大|基础设施|产业|民生|社会事业|农业|工业|城建|交通|水利)[\u4e00-\u9fa5]{0,4}(?:项目|工程)$/;

/** A share given to each name in turn: 分别…225.00%、179.74% / 121.34%、93.33%和86.67%. */
const SHARES = /分别[^，,。；;]{0,24}?((?:[0-9]+(?:\.[0-9]+)?[%％][、和及与]){1,20}[0-9]+(?:\.[0-9]+)?[%％])/;

export function pickedLists(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  const folded = fold(text);
  for (const m of folded.matchAll(PICKED)) {
    const at = (m.index ?? 0) + m[0].length - m[1]!.length;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    const clause = text.slice(at, at + m[1]!.length);
    const hit = proseVerdict(clause, { saidOfSubject: true });
    if (!hit || hit.negated || hit.start < 4) continue;
    const verdictAt = clause.indexOf(hit.words);
    // 农村公路提质改造工程进度较慢的为舒城县 (六安 2021): a verdict heading the places it names, not said of the works.
    if (verdictAt < 4 || /^的/.test(clause.slice(verdictAt + hit.words.length))) continue;
    const subject = clause.slice(0, verdictAt).replace(MEASURED, '').trim();
    // 有3个项目已竣工, 8个项目完成年度目标: a count of the group, no name picked out of it.
    if (COUNTED_SUBJECT.test(fold(subject))) continue;
    const rest = text.slice(at + m[1]!.length).split(/[；;。]/)[0]!;
    const shares = SHARES.exec(fold(rest))?.[1]?.split(/[、和及与]/).length ?? 1;
    const names = namesOf(subject, shares);
    if (!names) continue;
    // What the rest says outranks the clause when it is worse (…已完成修建性详规编制，即将全面开工: still to start, 嘉峪关
    // 2020); the figures after 进度较快 (已分别完成年度投资计划的149.25%) only bear it out.
    const said = clause + rest;
    const whole = proseVerdict(said, { saidOfSubject: true });
    const verdict = whole && SEVERITY[whole.code] > SEVERITY[hit.code] ? whole : hit;
    const status = statusFrom(verdict, text.slice(at, at + said.length));
    for (const name of names) out.push({ number: null, text: name, lead: [], status, para: s.para });
    covered.push([at, at + m[1]!.length + rest.length]);
  }
}

/** The names the subject holds when it holds `count` of them, the last a works' name; else null. */
function namesOf(subject: string, count: number): string[] | null {
  let names = splitNames(subject).map((n) => n.trim());
  // (A和B: the last 和 parts two names, as splitLastConjunction parts the last of a longer list.)
  if (names.length < count) names = splitLastConjunction(names.length === 1 ? ['', ...names] : names).filter((n) => n !== '');
  // 总投资1.3亿元的…项目: the name without what it is qualified by, as the other list readers give it.
  names = names.map((n) => cleanItem(n)?.text ?? n);
  if (names.length !== count || names.some((n) => [...n].length < 3 || CATEGORY.test(fold(n)))) return null;
  return WORKS_END.test(fold(names[names.length - 1]!)) ? names : null;
}
