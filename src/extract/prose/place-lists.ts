/**
 * Places that share one kind of works, and what became of theirs (枣阳 2017):
 *   截至目前，枣阳市兴隆镇、熊集镇2座污水处理厂已经建成并试运行；王城镇、琚湾镇、鹿头镇污水处理厂今年4月底可建成，
 *   吴店镇污水处理厂今年6月底可建成；新市镇、杨垱镇、太平镇污水处理厂建设的前期工作已完成，…
 * Each place's works is an item, named as a reader names it (兴隆镇污水处理厂), with the verdict said after the noun.
 * Only towns, townships, villages, streets and communities count as places here; a list of counties is where work
 * lags, not a list of works.
 */
import { proseVerdict } from '../../classify/lexicon.js';
import { fold } from '../text.js';
import { statusFrom, type Context, type StatusListItem } from './context.js';
import { FACILITY_NOUN } from './works.js';

/** A town, township, village, street or community; or a city's neighbourhood (新建里, 湘江里; not 公里). */
const PLACE = '[\\u4e00-\\u9fa5]{1,5}?(?:镇|乡|村|街道|社区|(?<!公)里)';

/** Two or more places parted by 、, a count of the works (2座), and the works' noun (污水处理厂, 文化广场). */
const PLACE_LIST = new RegExp(
  `((?:${PLACE}、){1,30}${PLACE})(?:[0-9一二三四五六七八九十两]{1,3}(?:座|个|所|处))?([\\u4e00-\\u9fa5]{0,8}?(?:${FACILITY_NOUN}))(?=[^、])`,
  'g',
);

/** A city or county named before the first place (枣阳市兴隆镇): the reader's item is the town. */
const OWNER_PREFIX = /^[\u4e00-\u9fa5]{1,4}?(?:市|县|区)(?=[\u4e00-\u9fa5]{2})/;

export function placeWorksLists(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  const folded = fold(text);
  for (const m of folded.matchAll(PLACE_LIST)) {
    const at = m.index ?? 0;
    if (covered.some(([a, b]) => at < b && at + m[0].length > a)) continue;
    const end = at + m[0].length;
    const said = verdictClauses(text.slice(end).split(/[；;。]/)[0]!);
    if (said === null) continue;
    const status = statusFrom(proseVerdict(said, { saidOfSubject: true }), text.slice(at, end) + said);
    if (!status) continue;
    const noun = text.slice(end - m[2]!.length, end);
    const places = text.slice(at, at + m[1]!.length).split('、');
    places[0] = places[0]!.replace(OWNER_PREFIX, '');
    for (const place of places) out.push({ number: null, text: place + noun, lead: [], status, para: s.para });
    covered.push([at, end + said.length]);
  }
}

/**
 * What is said of the works: its clause, and the next when that goes on about the same works (建设的前期工作已完成，计划今年
 * 5月底前开工建设 — still to start) rather than naming another (…今年4月底可建成，吴店镇污水处理厂今年6月底可建成).
 */
function verdictClauses(rest: string): string | null {
  const comma = rest.search(/[，,]/);
  const first = comma < 0 ? rest : rest.slice(0, comma);
  const next = comma < 0 ? '' : rest.slice(comma + 1).split(/[，,]/)[0]!;
  // (Sliced from the text, so the evidence keeps the comma as printed.)
  const said = next !== '' && GOES_ON.test(next.trim()) ? rest.slice(0, comma + 1 + next.length) : first;
  return proseVerdict(said, { saidOfSubject: true }) ? said : null;
}

/** A clause that goes on about the subject before it: it opens with an adverb or a verb of plan, not a name. */
const GOES_ON = /^(?:计划|预计|拟|将|正在|正|已经|已|目前|现|并|且|但|尚|还|仍)/;
