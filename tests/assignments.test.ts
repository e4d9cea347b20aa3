/**
 * Assignment recognisers, with inputs written from the corpus documents' own phrasing
 * (../shared/corpus/plans, mixed). Expected values were read off the source text.
 */
import { describe, expect, it } from 'vitest';
import {
  buildTask,
  dropListRemarks,
  parseInlineAssignment,
  parseLabelled,
  readItemAssignment,
  statesFirstIsLead,
} from '../src/extract/assignments.js';
import { leadersOfHeading, splitLeaders } from '../src/extract/leaders.js';
import type { UnitListOptions } from '../src/extract/units.js';

function roles(inner: string, opts: UnitListOptions = {}): { lead: string[]; co: string[] } {
  const parsed = parseInlineAssignment(inner, false, opts) ?? [];
  const t = buildTask('1', ['1'], [], 'x', parsed, opts);
  return { lead: t.leadUnits.map((u) => u.name), co: t.coUnits.map((u) => u.name) };
}

function labelled(text: string, opts: UnitListOptions = {}): { lead: string[]; co: string[]; leaders: string[] } {
  const t = buildTask('1', ['1'], [], 'x', parseLabelled(text), opts);
  return { lead: t.leadUnits.map((u) => u.name), co: t.coUnits.map((u) => u.name), leaders: t.leaders };
}

describe('the first-listed-leads convention', () => {
  it('is recognised however the plan words it', () => {
    expect(statesFirstIsLead(['(列第一位者为工作牵头单位或汇总单位,下同)'])).toBe(true);
    expect(statesFirstIsLead(['责任单位:财政局、发改局(列第一位者为牵头或汇总单位,下同)'])).toBe(true);
    expect(statesFirstIsLead(['（工业和信息化部、发展改革委等负责。列第一位者为牵头单位，下同）'])).toBe(true);
    expect(statesFirstIsLead(['排在第一位的为牵头单位'])).toBe(true);
    expect(statesFirstIsLead(['各牵头单位要切实承担起牵头协调职责'])).toBe(false);
  });

  it('splits a 责任单位 list: first lead, rest co; the convention bracket is not a note', () => {
    const r = labelled('责任单位:市经信局、市财政局、市税务局(列第一位者为工作牵头单位或汇总单位,下同)', { firstListedLeads: true });
    expect(r.lead).toEqual(['市经信局']);
    expect(r.co).toEqual(['市财政局', '市税务局']);
  });

  it('splits a bracket that ends in 等负责 and states the convention after a full stop', () => {
    const r = roles('工业和信息化部、发展改革委、科技部、农业农村部等负责。列第一位者为牵头单位，下同', { firstListedLeads: true });
    expect(r).toEqual({ lead: ['工业和信息化部'], co: ['发展改革委', '科技部', '农业农村部'] });
  });

  it('keeps an explicit 牵头负责 list whole as lead', () => {
    expect(roles('农业农村部、工业和信息化部牵头负责', { firstListedLeads: true })).toEqual({ lead: ['农业农村部', '工业和信息化部'], co: [] });
  });
});

describe('verbs inside a list', () => {
  it('reads 牵头 / 参加 / 落实 inside a 责任单位 label', () => {
    const r = labelled('责任单位:县扶贫开发办牵头,县教育和体育局、县卫生健康局等有关部门参加,各镇街落实');
    expect(r.lead).toEqual(['县扶贫开发办']);
    expect(r.co).toEqual(['县教育和体育局', '县卫生健康局', '各镇街']);
  });

  it('reads 具体实施 as the implementers, co after the 牵头 unit', () => {
    expect(roles('市委组织部牵头，市直各单位参加，各县市区具体实施')).toEqual({ lead: ['市委组织部'], co: ['市直各单位', '各县市区'] });
  });

  it('reads 部门分工:X牵头,Y配合 and 分管省领导', () => {
    expect(labelled('部门分工:省发展改革委牵头,各地、各部门配合。')).toEqual({ lead: ['省发展改革委'], co: ['各地', '各部门'], leaders: [] });
    expect(labelled('分管省领导:林克庆').leaders).toEqual(['林克庆']);
  });

  it('gives 按职责分工负责 units co after a 牵头 clause and lead when they stand alone', () => {
    expect(roles('市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責')).toEqual({
      lead: ['市政府辦公室', '市行政審批制度改革工作領導小組辦公室'],
      co: ['市級各有關部門', '各縣市區政府'],
    });
    expect(labelled('责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。').lead).toEqual([
      '省发展改革委',
      '省市场监管局',
      '省商务厅',
      '省大数据中心',
    ]);
  });
});

describe('remarks after a list', () => {
  it('ends a list at its first sentence end outside brackets', () => {
    expect(dropListRemarks('A、B。其中，A负责统筹')).toBe('A、B');
    expect(dropListRemarks('各县(市。区)政府')).toBe('各县(市。区)政府');
    expect(dropListRemarks('市经信局、市税务局(列第一位者为工作牵头单位或汇总单位,下同)')).toBe('市经信局、市税务局');
    expect(dropListRemarks('市公安局(交警支队)')).toBe('市公安局(交警支队)');
  });
});

describe('leaders from a group heading', () => {
  it('takes the name before the title', () => {
    expect(leadersOfHeading('朱伟县长牵头重点工作')).toEqual(['朱伟']);
    expect(leadersOfHeading('于会游市长主抓重点工作')).toEqual(['于会游']);
    expect(leadersOfHeading('王纲市长主抓重点工作')).toEqual(['王纲']);
    expect(leadersOfHeading('实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接')).toEqual([]);
  });

  it('reads past the heading number and a second post before the title (龙湾 2023)', () => {
    expect(leadersOfHeading('二、李丹常委、常务副区长牵头重点工作')).toEqual(['李丹']);
    expect(leadersOfHeading('（三）王某区委常委、副区长主抓重点工作')).toEqual(['王某']);
    expect(leadersOfHeading('二、加快常委会建设')).toEqual([]);
  });
});

describe('leader names with their posts (大姚 通报, corpus/status-u)', () => {
  it('drops a 常委 post after the name and a piece that is a post alone', () => {
    expect(splitLeaders('周某某县委常委、县委办公室主任')).toEqual(['周某某']);
    expect(splitLeaders('何某某县委常委、县人民政府常务副县长')).toEqual(['何某某']);
    expect(splitLeaders('张三、李四')).toEqual(['张三', '李四']);
  });
});

describe('leader names from a label', () => {
  it('drops a printed title and the honorific', () => {
    expect(splitLeaders('李四副市长、王五同志')).toEqual(['李四', '王五']);
    expect(splitLeaders('常务副市长吴智勇')).toEqual(['吴智勇']);
    expect(splitLeaders('林克庆')).toEqual(['林克庆']);
  });
});

describe('readItemAssignment: the assignment an item carries, for any extractor', () => {
  const read = (text: string) => {
    const r = readItemAssignment(text);
    const t = buildTask('1', ['1'], [], r.text, r.assignments, {});
    return [t.text, t.leadUnits.map((u) => u.name), t.coUnits.map((u) => u.name)];
  };
  it('reads a trailing bracket and trailing labels, and leaves other text alone', () => {
    expect(read('实现“小升规”60家(责任单位:市经信局);')).toEqual(['实现“小升规”60家;', ['市经信局'], []]);
    expect(read('新增城镇就业3万人。牵头单位:市人社局;配合单位:市教育局')).toEqual(['新增城镇就业3万人。', ['市人社局'], ['市教育局']]);
    expect(read('推进F(含2024年续建项目)。')).toEqual(['推进F(含2024年续建项目)。', [], []]);
  });
});

describe('labels of a one-line record set apart by spaces (宁波 2014 民生实事 公示)', () => {
  it('ends a value at the next label, known or not, and reads 项目责任人 as a leader label', () => {
    const t = labelled('牵头领导:王某某 责任单位:市公安局 项目责任人:李某某 配合单位:市城管局、市财政局 实际完成情况:项目按计划推进。');
    expect(t.lead).toEqual(['市公安局']);
    expect(t.co).toEqual(['市城管局', '市财政局']);
    expect(t.leaders).toEqual(['王某某', '李某某']);
  });

  it('keeps a value whose words are split by a space but are no label', () => {
    expect(labelled('责任单位:市交通委 市公安局').lead).toEqual(['市交通委', '市公安局']);
  });
});
