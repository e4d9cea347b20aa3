import { describe, expect, test } from 'vitest';
import { extractMeta, normalizeDocNumber, chineseDateToIso } from '../src/extract/meta.js';
import type { Block } from '../src/model/blocks.js';

const paras = (...lines: string[]): Block[] => lines.map((text) => ({ kind: 'para', text }));

describe('extractMeta', () => {
  test('signature (issuer line + date line) wins over the page box', () => {
    const m = extractMeta(
      paras('发布机构：政府办公室 成文日期：2024-01-28', '信息名称：市政府关于印发2024年重点工作的通知', '正文……', '徐州市人民政府', '2024年1月29日'),
    );
    expect(m.issuer).toBe('徐州市人民政府');
    expect(m.date).toBe('2024-01-29');
    expect(m.title).toBe('市政府关于印发2024年重点工作的通知');
    expect(m.year).toBe(2024);
  });

  test('page box used when there is no signature; full-width colons', () => {
    const m = extractMeta(paras('发布机构：宿州市政府办公室', '成文日期：2021-04-21 发布日期：2021-04-21', '关于2021年《市政府工作报告》重点目标任务一季度完成情况的通报'));
    expect(m.issuer).toBe('宿州市政府办公室');
    expect(m.date).toBe('2021-04-21');
    expect(m.period).toBe('一季度');
  });

  test('文号 in any bracket style is normalised to 〔〕', () => {
    expect(extractMeta(paras('宿政办[2024]1号')).docNumber).toBe('宿政办〔2024〕1号');
    expect(extractMeta(paras('文号：界政发〔2020〕11号')).docNumber).toBe('界政发〔2020〕11号');
    expect(normalizeDocNumber('皖政 （2023） 5 号')).toBe('皖政〔2023〕5号');
  });

  test('an empty 文号 field yields null, not the next field', () => {
    expect(extractMeta(paras('文  号: 性: 有效')).docNumber).toBeNull();
  });

  test('a table heading that is a suffix of the page title is the title as printed', () => {
    const m = extractMeta(paras('2022上半年重点工作进展情况统计表(政府)', '上半年重点工作进展情况统计表(政府) 序号 承担的重点工作 完成状态'));
    expect(m.title).toBe('上半年重点工作进展情况统计表(政府)');
    expect(m.year).toBe(2022);
    expect(m.period).toBe('上半年');
  });

  test('Chinese dates', () => {
    expect(chineseDateToIso('2020年7月30日')).toBe('2020-07-30');
    expect(chineseDateToIso('2020年13月30日')).toBeNull();
  });
});

describe('wrapped titles', () => {
  test('a title printed over two lines is joined when the first does not end with the document type', () => {
    const m = extractMeta(paras('马鞍山市人民政府办公室关于印发马鞍山市2022年', '优化营商环境重点任务责任清单的通知', '马政办〔2022〕15号'));
    expect(m.title).toBe('马鞍山市人民政府办公室关于印发马鞍山市2022年优化营商环境重点任务责任清单的通知');
  });
  test('a complete title is not extended by the next line', () => {
    const m = extractMeta(paras('关于印发2022年重点工作的通知', '各县、区人民政府任务清单'));
    expect(m.title).toBe('关于印发2022年重点工作的通知');
  });
});
