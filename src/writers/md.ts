import type { TaskDocument } from '../model/schema.js';
import { joinUnits } from './format.js';

export function writeMarkdown(docs: TaskDocument[]): string {
  return docs.map(documentMarkdown).join('\n');
}

function documentMarkdown(doc: TaskDocument): string {
  const out: string[] = [];
  out.push(`# ${mdInline(doc.title ?? doc.source.path)}`, '');
  const facts = [
    ['类型', doc.kind],
    ['发布机关', doc.issuer],
    ['成文日期', doc.date],
    ['文号', doc.docNumber],
    ['年度', doc.year === null ? null : String(doc.year)],
    ['期间', doc.period],
    ['来源', doc.source.path],
  ].filter((f): f is [string, string] => f[1] !== null && f[1] !== undefined);
  for (const [k, v] of facts) out.push(`- ${k}:${mdInline(v)}`);
  out.push('');
  const hasLeaders = doc.tasks.some((t) => t.leaders.length > 0);
  const hasDeadline = doc.tasks.some((t) => t.deadline);
  const hasStatus = doc.tasks.some((t) => t.status);
  const header = ['编号', '任务', '牵头单位', '责任单位'];
  if (hasLeaders) header.push('牵头领导');
  if (hasDeadline) header.push('完成时限');
  if (hasStatus) header.push('状态');
  out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
  for (const t of doc.tasks) {
    const row = [t.id, t.text, joinUnits(t.leadUnits), joinUnits(t.coUnits)];
    if (hasLeaders) row.push(t.leaders.join('、'));
    if (hasDeadline) row.push(t.deadline ?? '');
    if (hasStatus) row.push(t.status ? t.status.label : '');
    out.push(`| ${row.map(mdCell).join(' | ')} |`);
  }
  if (doc.warnings.length) {
    out.push('', '## 提示', '');
    for (const w of doc.warnings) out.push(`- ${mdInline(w.message)}`);
  }
  return out.join('\n') + '\n';
}

function mdCell(s: string): string {
  return mdInline(s).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function mdInline(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}
