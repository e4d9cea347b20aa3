import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { parseFile } from '../src/pipeline.js';
import { splitSentences } from '../src/extract/report.js';

const seed = join(import.meta.dirname, '../fixtures/seed-003-suzhou-report/source.txt');

describe('government work report (seed 003)', () => {
  test('the 主要预期目标 list becomes one task per target (source line 65)', async () => {
    const doc = await parseFile(seed);
    expect(doc.kind).toBe('report');
    const targets = doc.tasks.filter((t) => t.section[1] === '主要预期目标');
    expect(targets.map((t) => t.text)).toEqual([
      '地区生产总值增长7%左右',
      '一般公共预算收入增长5.5%左右',
      '固定资产投资增长10%左右',
      '社会消费品零售总额增长8%左右',
      '城镇常住居民人均可支配收入增速与地区生产总值增速同步',
      '农村常住居民人均可支配收入增速高于全省平均水平',
      '生态环境持续改善,节能减排完成年度任务,主要动态经济指标位居全省前列。',
    ]);
    expect(targets[0]!.id).toBe('二.1');
  });

  test('work-plan chapters give sentence tasks under their headings; the review chapter gives none', async () => {
    const doc = await parseFile(seed);
    const first = doc.tasks.find((t) => t.id === '三.(一).1')!;
    expect(first.text).toBe('坚持工业强市、产业兴市不动摇,深入推进“5512”产业工程,加快培育发展新质生产力。');
    expect(first.section).toEqual(['2024年工作重点', '奋力聚产业,做强实体经济']);
    const second = doc.tasks.find((t) => t.id === '三.(一).2')!;
    expect(second.text).toBe('做大做强制造业主导产业集群,新增规上工业企业130户,规上工业增加值增长8%,制造业投资占全部投资比重超25%。');
    expect(second.section[2]).toBe('加快主导产业规模化');
    expect(doc.tasks.some((t) => t.path[0] === '一')).toBe(false);
    // 四、全面加强政府自身建设 has no (一) level: its titled paragraphs (铸牢政治之魂。…) are the groups
    expect(doc.tasks.find((t) => t.id === '四.1')!.section).toEqual(['全面加强政府自身建设', '铸牢政治之魂']);
  });

  test('splitSentences keeps quoted full stops inside their sentence', () => {
    expect(splitSentences('开展“双招双引。”行动;建设产业园区。')).toEqual(['开展“双招双引。”行动', '建设产业园区。']);
  });
});
