/**
 * The flat task record CSV and XLSX share: Chinese headers and status words by
 * default (what an office reads), English keys and codes with `--keys en`
 * (what a script reads; the columns taskgen wrote before).
 */
import type { TaskDocument } from '../model/schema.js';
import { SUMMARY_WORDS } from '../render/status.js';
import { documentFields, joinUnits, unitCell } from './format.js';

export const KEY_LANGUAGES = ['zh', 'en'] as const;
export type KeyLanguage = (typeof KEY_LANGUAGES)[number];

const EN_COLUMNS = [
  'document', 'kind', 'title', 'year', 'period', 'id', 'number', 'section', 'text',
  'lead_units', 'co_units', 'leaders', 'deadline', 'progress', 'status', 'status_label', 'status_evidence',
] as const;

/**
 * The eight columns the issue names first, in the order offices print them; the
 * document and section after, so a sheet still sorts and filters by them.
 * No header here may read as a second number or status column when the sheet
 * is parsed back (编号, 原状态 would), hence 所属部分 and 判断依据.
 */
const ZH_COLUMNS = ['序号', '工作任务', '牵头单位', '责任单位', '牵头领导', '完成时限', '进展情况', '状态', '所属部分', '判断依据'] as const;

/** Chinese for the document kinds, for the 类型 cell of a CSV. */
export const KIND_WORDS: Record<string, string> = { plan: '分解方案', notice: '通报', progress: '进展情况表', report: '工作报告' };

export function taskRecords(doc: TaskDocument, keys: KeyLanguage): { headers: string[]; rows: (string | number | null)[][] } {
  if (keys === 'en') {
    const head = documentFields(doc);
    const rows = doc.tasks.map((t) => {
      const cells: Record<(typeof EN_COLUMNS)[number], string | number | null> = {
        document: head.document,
        kind: head.kind,
        title: head.title,
        year: head.year,
        period: head.period,
        id: t.id,
        number: t.number,
        section: t.section.join(' / '),
        text: t.text,
        lead_units: joinUnits(t.leadUnits),
        co_units: joinUnits(t.coUnits),
        leaders: t.leaders.join('、'),
        deadline: t.deadline,
        progress: t.progress,
        status: t.status?.code ?? null,
        status_label: t.status?.label ?? null,
        status_evidence: t.status?.evidence ?? null,
      };
      return EN_COLUMNS.map((c) => cells[c]);
    });
    return { headers: [...EN_COLUMNS], rows };
  }
  const rows = doc.tasks.map((t, i) => [
    i + 1,
    t.text,
    unitCell(t.leadUnits),
    unitCell(t.coUnits),
    t.leaders.join('、'),
    t.deadline,
    t.progress,
    t.status && t.status.code !== 'unknown' ? SUMMARY_WORDS[t.status.code] : null,
    t.section.join(' / '),
    t.status?.evidence ?? null,
  ]);
  return { headers: [...ZH_COLUMNS], rows };
}

/** The document columns a CSV of several documents repeats on each row, in Chinese. */
export function documentColumnsZh(doc: TaskDocument): { headers: string[]; cells: (string | number | null)[] } {
  const head = documentFields(doc);
  return {
    headers: ['文件', '类型', '标题', '年度', '期间'],
    cells: [head.document, KIND_WORDS[head.kind] ?? head.kind, head.title, head.year, head.period],
  };
}
