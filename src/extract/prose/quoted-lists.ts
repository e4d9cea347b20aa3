/**
 * Quoted names judged together: “A”“B”“C”等5小项已完成, “A”(市住建局)、“B”(…) 成效突出, 除“A”受疫情影响暂停外，均已完成,
 * 无法如期完成的是“A”项目 — the quotations are the items, their clause (or the lead-in that introduces them) the verdict.
 */
import { proseVerdict } from '../../classify/lexicon.js';
import { fold, lastIndexOfAny } from '../text.js';
import { cleanItem, plausibleItem } from './items.js';
import { COUNT } from './sentences.js';
import { contextStatus, statusFrom, type Context, type StatusListItem } from './context.js';

/** Quoted names one after another: “A”“B”, “A”、“B”, “A”项目、“B”项目, “A”(市住建局)、“B”(…). */
const QUOTED_RUN = /(?:“[^“”]{2,60}”(?:项目|工程)?(?:[（(][^（）()“”]{2,40}[)）])?[、，,和及与\s]*)+/g;

/** The rest of a name after a quotation inside it, up to the 、 (or 以及) that starts the next item of its list, or to its noun. */
const NAME_GOES_ON = /^[\u4e00-\u9fa5A-Za-z0-9]{2,30}?(?=、|以及)|^[\u4e00-\u9fa5A-Za-z0-9]{2,40}?(?:项目|工程|基地)/;

/**
 * Words that introduce what follows as one of a set (还有, 包括, 其中, …的是, 有), or the verb alone that opens a task's
 * name (实施“教育光环境达标工程”, 宿松 2024).
 */
const QUOTE_INTRODUCER = /还有|包括|其中|分别|[是有为][:：]?\s*$|^\s*(?:实施|推进|推动|开展|建设|打造|启动|新建|续建|加快|做好)\s*$/;

/**
 * What is said of a run: its own clause, and a clause that turns on it (…曾因过程性滞后被通报，但均能如期完成),
 * not the clauses after that (…等手段，对标对表，…确保完成).
 */
function clauseWithTurn(after: string): string {
  const pieces = after.split(/(?=[，,])/);
  let out = pieces[0] ?? '';
  for (const p of pieces.slice(1)) {
    if (!/^[，,]\s*(?:但|却|然而|不过)/.test(p)) break;
    out += p;
  }
  return out;
}

/** The names of a quoted run and the bracket after each, sliced from the print at the folded match's offsets. */
function quotedNames(folded: string, printed: string): Array<{ name: string; unit: string | null }> {
  return [...folded.matchAll(/“([^“”]{2,60})”(?:项目|工程)?([（(][^（）()“”]{2,40}[)）])?/g)].map((n) => {
    const at = n.index ?? 0;
    const unitAt = at + n[0].length - (n[2]?.length ?? 0);
    return { name: printed.slice(at + 1, at + 1 + n[1]!.length), unit: n[2] ? printed.slice(unitAt, at + n[0].length) : null };
  });
}

/** “A”“B”等N项已完成, “A”(市住建局)…, “A”成效突出: quoted names with the verdict of their clause. */
export function quotedLists(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  // Patterns match a simplified copy of the same length (項目 → 项目); slices come from the print.
  for (const m of fold(text).matchAll(QUOTED_RUN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (covered.some(([a, b]) => start < b && end > a)) continue;
    const names = quotedNames(m[0], text.slice(start, end));
    const rest = text.slice(end);
    const clauseEnd = rest.search(/[。；;]/);
    const after = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    // What is said before a quotation reaches back to the previous quotation or clause end, not over other items.
    const from = Math.max(...['”', '；', ';', '。'].map((c) => text.lastIndexOf(c, start - 1) + 1));
    const before = text.slice(from, start);
    const clauseStart = lastIndexOfAny(before, '，,；;');
    // 采取“去编制化”方式, “放管服”改革的理念: a lone quotation followed by the way or idea it names is a term, not an item.
    if (names.length === 1 && /^\s*(?:方式|模式|机制|理念|原则|思路|做法|办法)/.test(after)) continue;
    // 全面超额完成“十一五”规划目标 (佳木斯 2010), “十三五”期间: a quoted period or plan qualifying what follows is no item.
    if (names.length === 1 && /^\s*(?:规划|纲要|期间|时期|以来|末期?)/.test(fold(after))) continue;
    // 75个“两重一实”项目扎实推进: a count before the quotation names a kind of project, not one.
    // 78个市级“百大项目”已开复工27个 (牡丹江 2019): a level between the count and the quotation changes nothing.
    if (/(?:[0-9]{1,4}|[一二两三四五六七八九十百]{1,4})\s*(?:个|项|件|类)\s*(?:(?:国家|省|市|县|区)级)?\s*$/.test(fold(before))) continue;
    // 20个项目属于环境治理“三大战役”项目 (自贡 2018): what the projects belong to is a kind, not one of them.
    if (/属于[^，,。；;“”]{0,8}$/.test(fold(before))) continue;
    // A、“四城同创”城市基础设施提质工程、B等8个工程已开工 (高邮 2016): a quotation whose name goes on after it up to the next
    // 、 is a word of one item in a list of names, read with the list; one whose name goes on to a project's noun
    // (“宁湘直流”新能源基地中卫300万千瓦光伏复合项目…已全容量并网发电, 中卫 2023) is a word of that project's name.
    const goesOn = names.length === 1 ? NAME_GOES_ON.exec(fold(after)) : null;
    if (goesOn && !proseVerdict(goesOn[0])) continue;
    const listed = /^\s*等/.test(after) || new RegExp(`^\\s*${COUNT.source}`).test(fold(after));
    const unitOfEach = names.length > 0 && names.every((n) => n.unit !== null);
    // 除“A”受疫情影响暂停外，均已完成: the exceptions take what is said of them before 外, never the verdict on the rest.
    const except = /除\s*$/.test(before) ? /^([^，,。；;]*?)外/.exec(after) : null;
    // A lone quotation is a term of the sentence when a verb of its clause governs it (聚焦群众“急难愁盼”，扎实推进…;
    // 交出了一份温暖人心的“民生答卷”, 高州 2024): its clause ends at the comma after it, and what other clauses or the
    // group say is not said of it. One that opens its clause (项目中，“农村通村公路建设”上榜) or is introduced
    // (同样上榜的还有…中的“志愿服务队伍建设”, 四川 2015) is an item like any other.
    const ownBefore = before.slice(Math.max(clauseStart, before.lastIndexOf('\n')) + 1);
    const term = names.length === 1 && !unitOfEach && !except && ownBefore.trim() !== '' && !QUOTE_INTRODUCER.test(fold(ownBefore));
    const ownAfter = term && /[，,]\s*$/.test(m[0]) ? '' : clauseWithTurn(after);
    const verdict = except ? proseVerdict(except[1]!, { saidOfSubject: true }) : proseVerdict(ownAfter, { saidOfSubject: true });
    if (except && !verdict) continue;
    // 全县“大干三季度、冲刺全年红”的进军号角正式吹响 (镇安 2023): a lone quotation before 的 qualifies the noun after it
    // (a slogan, a call), and is no item unless its own clause judges it.
    // Governed by a verb (要以“钉钉子”的精神抓好落实…未完成目标, 仙居 2017), it qualifies that noun whatever the clause says.
    if (names.length === 1 && /^\s*的/.test(after) && (!verdict || term)) continue;
    // 无法如期完成的是“A”项目，该项目前期工作已完成… (青田 2023): a lead-in that introduces the quotation with its verdict
    // (…的是, …的有) says what became of it; what follows tells of its steps.
    const introduced = /的(?:是|有|为)[:：]?\s*$/.test(before) ? statusFrom(proseVerdict(before), before) : null;
    const status =
      introduced ??
      statusFrom(verdict, (before.slice(clauseStart + 1) + m[0] + after).trim()) ??
      (term && !listed
        ? statusFrom(proseVerdict(ownBefore), ownBefore)
        : listed || names.length === 1 || names.length >= 3
          ? (statusFrom(proseVerdict(before), before) ?? contextStatus(ctx))
          : null);
    // A lone quotation is a name in passing unless its clause gives it a verdict or a unit.
    if (!status && !unitOfEach) continue;
    for (const n of names) {
      // “下一步我们将…，确保如期完成…。”: a quotation that ends a sentence or speaks as 我们 is someone's words, not a name
      // (“新建鹤上中心幼儿园1所,新增学位360个” with its comma is one).
      if (/[。！？!?]|我们|咱们/.test(n.name)) continue;
      const item = cleanItem(n.name + (n.unit ?? ''));
      if (item && plausibleItem(item.text)) out.push({ ...item, status, para: s.para, quoted: true });
    }
    const tail = /^\s*等?\s*[0-9一二三四五六七八九十]{0,4}\s*(?:个|项|件|小项|大项)?/.exec(after);
    covered.push([start, end + (tail ? tail[0].length : 0)]);
  }
}

