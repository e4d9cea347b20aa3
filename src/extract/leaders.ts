/**
 * Leaders (people, not units): the names after 责任领导:/分管省领导:/牵头市领导:,
 * in a 责任领导 column, or in a heading that groups tasks under one leader
 * ("一、王纲市长主抓重点工作"). Names are kept as printed; a title printed
 * with the name (市长, 副县长, 同志) is not part of it.
 */
import { fold, splitTopLevel, stripSpaces, trimEndOf } from './text.js';

/** Titles printed after or before a leader's name: 王纲市长, 副市长李四, 张三同志. */
const TITLE = '(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长|盟长|镇长|乡长)|(?:市委|县委|区委)?(?:副)?书记|(?:[省市县区]委)?常委|秘书长|(?:副)?主任|(?:副)?局长';

/** A post with no name in it (县委办公室主任, 县人民政府常务副县长): the office, not a leader. */
const POST_ONLY = /^(?:[省市县区]委|[省市县区](?:人民)?政府|[省市县区]人大|[省市县区]政协)/;
const TITLE_AFTER = new RegExp(`^(\\p{Script=Han}{2,4}?)(?:${TITLE})$`, 'u');
const TITLE_BEFORE = new RegExp(`^(?:${TITLE})(\\p{Script=Han}{2,4})$`, 'u');

/** Leader names: split on 、 and commas, trailing 。, the honorific 同志 and a printed title removed. */
export function splitLeaders(text: string): string[] {
  return splitTopLevel(trimEndOf(stripSpaces(text), '。.'), '、,，;；/')
    .map((s) => withoutTitle(s.replace(/同志$/, '').trim()))
    .filter((s) => s !== '' && !POST_ONLY.test(fold(s)));
}

function withoutTitle(name: string): string {
  const f = fold(name);
  const m = TITLE_AFTER.exec(f) ?? TITLE_BEFORE.exec(f);
  if (!m) return name;
  const at = f.indexOf(m[1]!);
  return name.slice(at, at + m[1]!.length);
}

/**
 * A heading that groups tasks under a leader: "朱伟县长牵头重点工作",
 * "王纲市长主抓重点工作", "张三副市长分管工作". The name is the 2–4 characters
 * before the title; the title is not part of it.
 */
const LEADER_HEADING =
  /^(\p{Script=Han}{2,4}?)(?:同志)?(?:(?:[省市县区]委)?常委[、，,]?)?(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长|盟长|镇长|乡长|书记|主任|秘书长)(?:牵头|主抓|分管|负责|领衔|联系|包抓)/u;

/** The heading's own number (二、, （二）), which is not part of the name. */
const HEADING_ORDINAL = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])/;

/** The one reader of leader headings (二、李丹常委、常务副区长牵头重点工作 → 李丹), for outlines and tables alike. */
export function leadersOfHeading(heading: string): string[] {
  const printed = stripSpaces(heading).replace(HEADING_ORDINAL, '');
  const m = LEADER_HEADING.exec(fold(printed));
  return m ? [printed.slice(0, m[1]!.length)] : [];
}
