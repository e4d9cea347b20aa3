/**
 * The completion time a report's sentence sets for itself: 年底前, 上半年,
 * 6月底前建成, 2024年9月底前. Reports seldom set one; a plan prints it in
 * 完成时限 where they do, and leaves the rest to the office.
 */

/** Longest forms first; each alternative is a fixed phrase or a bounded digit run, so matching stays linear. */
const DEADLINE = /(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末|中旬|上旬|下旬)?前|年底前|年内|上半年|下半年|[一二三四]季度|全年/;

/** 全年 alone is the year's scope, not a deadline ("全年实施…"); it becomes one only as 全年完成. */
export function deadlineOf(text: string): string | null {
  const m = DEADLINE.exec(text);
  if (!m) return null;
  if (m[0] === '全年') return /全年(?:完成|建成|实现)/.test(text) ? '年底前' : deadlineAfter(text, m.index + 2);
  if (m[0] === '年内') return '年底前';
  return m[0];
}

function deadlineAfter(text: string, from: number): string | null {
  const rest = text.slice(from);
  const m = DEADLINE.exec(rest);
  return m && m[0] !== '全年' ? (m[0] === '年内' ? '年底前' : m[0]) : null;
}
