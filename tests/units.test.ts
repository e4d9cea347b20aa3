import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseUnitList, splitLeaders } from '../src/extract/units.js';
import { aliasKey, loadAliasFile, resetAliases } from '../src/extract/aliases.js';
import { InputError } from '../src/errors.js';

const names = (text: string, city: string | null = '徐州') => parseUnitList(text, { city }).map((u) => u.name);
const withNotes = (text: string, city: string | null = '徐州') =>
  parseUnitList(text, { city }).map((u) => (u.note ? `${u.name}(${u.note})` : u.name));

describe('parseUnitList: splitting', () => {
  it('never splits inside brackets or quotes', () => {
    expect(names('各县(市、区)政府,市“双随机、一公开”工作联席会议成员单位')).toEqual([
      '各县(市、区)政府',
      '市“双随机、一公开”工作联席会议成员单位',
    ]);
  });

  it('moves a trailing duty scope to note and keeps the printed slice in raw', () => {
    const units = parseUnitList('市工信局(节能)、发改委(节能)、生态环境局(减排)', { city: '徐州' });
    expect(units).toEqual([
      { name: '市工信局', raw: '市工信局(节能)', note: '节能' },
      { name: '市发改委', raw: '发改委(节能)', note: '节能' },
      { name: '市生态环境局', raw: '生态环境局(减排)', note: '减排' },
    ]);
  });

  it('treats alias and merged-office brackets as notes', () => {
    expect(withNotes('安徽阜阳界首高新技术产业开发区管委会(以下简称高新区管委会),市发展改革委', '界首')).toEqual([
      '安徽阜阳界首高新技术产业开发区管委会(以下简称高新区管委会)',
      '市发展改革委',
    ]);
    expect(withNotes('市行政审批局(政务服务管理局、数据资源局)', '界首')).toEqual(['市行政审批局(政务服务管理局、数据资源局)']);
  });

  it('keeps an administrative-level bracket as part of a collective name', () => {
    expect(withNotes('各乡镇(街道)、县财政局', '沭阳')).toEqual(['各乡镇(街道)', '县财政局']);
  });

  it('normalises full-width brackets and digits in names but not in notes', () => {
    expect(withNotes('市发展改革委（节能）、财政局，各县（市、区）政府')).toEqual(['市发展改革委(节能)', '市财政局', '各县(市、区)政府']);
  });

  it('reads a space between two complete names as a separator, not as damage', () => {
    expect(names('市发改委 市财政局、统计局')).toEqual(['市发改委', '市财政局', '市统计局']);
    expect(names('各县(市、区)政府 徐州经开区管委会')).toEqual(['各县(市、区)政府', '徐州经开区管委会']);
    expect(names('市委 宣传部')).toEqual(['市委宣传部']);
  });

  it('removes line-break damage inside a name', () => {
    expect(names('各县(市、区)政府,徐\n\n州经开区、高新区管委会')).toEqual(['各县(市、区)政府', '徐州经开区管委会', '徐州高新区管委会']);
  });
});

describe('parseUnitList: shared prefixes and suffixes', () => {
  it('distributes 市 and 市委 inside a 、 group, and a comma starts a new group', () => {
    expect(names('市委宣传部、统战部、人才办,市发改委、科技局、市场监管局')).toEqual([
      '市委宣传部',
      '市委统战部',
      '市委人才办',
      '市发改委',
      '市科技局',
      '市市场监管局',
    ]);
    expect(names('市委人才办,市人社局、教育局')).toEqual(['市委人才办', '市人社局', '市教育局']);
  });

  it('distributes both a place prefix and an organisation suffix', () => {
    expect(names('徐州经开区、高新区、港务区管委会')).toEqual(['徐州经开区管委会', '徐州高新区管委会', '徐州港务区管委会']);
  });

  it('distributes a shared suffix over bare places', () => {
    expect(names('各县(市)、铜山区、贾汪区政府')).toEqual(['各县(市)政府', '铜山区政府', '贾汪区政府']);
    expect(names('邳州市、新沂市、贾汪区、鼓楼区政府')).toEqual(['邳州市政府', '新沂市政府', '贾汪区政府', '鼓楼区政府']);
    expect(names('沭城街道、南关街道办事处', '沭阳')).toEqual(['沭城街道办事处', '南关街道办事处']);
  });

  it('shares the collective qualifier with a bare level: 各县、区人民政府', () => {
    expect(names('各县、区人民政府', '蚌埠')).toEqual(['各县人民政府', '各区人民政府']);
  });

  it('lends a place-named head\'s administrative level, not its place name, to a department', () => {
    expect(withNotes('市科技局,徐州市税务局(落实研发费用加计扣除政策)、统计局(监测)')).toEqual([
      '市科技局',
      '徐州市税务局(落实研发费用加计扣除政策)',
      '市统计局(监测)',
    ]);
  });

  it('gives no prefix to self-contained names', () => {
    expect(names('市交通运输局、国资委、交控集团、观音机场')).toEqual(['市交通运输局', '市国资委', '市交控集团', '观音机场']);
    expect(names('市文化旅游体育局、团市委', '界首')).toEqual(['市文化旅游体育局', '团市委']);
    expect(names('市农业农村局、供电界首分公司', '界首')).toEqual(['市农业农村局', '供电界首分公司']);
    expect(names('国家金融监督管理总局徐州监管分局、中国人民银行徐州市分行')).toEqual([
      '国家金融监督管理总局徐州监管分局',
      '中国人民银行徐州市分行',
    ]);
  });

  it('distributes the provincial prefix in provincial documents', () => {
    expect(names('省发展改革委、财政厅、工业和信息化厅', null)).toEqual(['省发展改革委', '省财政厅', '省工业和信息化厅']);
    expect(names('市发改委、省财政厅')).toEqual(['市发改委', '省财政厅']);
  });

  it('uses the county level prefix in county documents', () => {
    expect(names('县城管局、住建局、公安局(交警大队)', '沭阳')).toEqual(['县城管局', '县住建局', '县公安局']);
  });

  it('leaves lists printed in full unchanged', () => {
    expect(names('高新区管委会,市科技局、市市场监管局(知识产权局)', '界首')).toEqual(['高新区管委会', '市科技局', '市市场监管局']);
  });
});

describe('parseUnitList: collectives, 等 and 及', () => {
  it('drops the trailing 等… qualifier but keeps the units before it', () => {
    expect(names('徐工集团等涉改国企')).toEqual(['徐工集团']);
    expect(names('市住建局、城管局等非公路市政道路主管部门,各县(市、区)政府')).toEqual(['市住建局', '市城管局', '各县(市、区)政府']);
    expect(names('市经济和信息化局、市商务粮食局等相关单位', '界首')).toEqual(['市经济和信息化局', '市商务粮食局']);
  });

  it('keeps 高等 inside a name', () => {
    expect(names('市高等教育研究中心')).toEqual(['市高等教育研究中心']);
  });

  it('gives a bare body type the group\'s collective qualifier', () => {
    expect(names('各县(市、区)人民政府、管委会')).toEqual(['各县(市、区)人民政府', '各管委会']);
  });

  it('reads 相关县(市、区)政府及管委会 as two collectives sharing 相关', () => {
    expect(names('相关县(市、区)政府及管委会')).toEqual(['相关县(市、区)政府', '相关管委会']);
    expect(names('市防灾减灾救灾及应急救援协同各成员单位')).toEqual(['市防灾减灾救灾及应急救援协同各成员单位']);
  });

  it('resolves a group reference to the appendix members', () => {
    const groups = { 市环境保护委员会成员单位: ['高新区管委会', '市政府办公室'] };
    const units = parseUnitList('市环境保护委员会成员单位(见附件)', { city: '界首', groups });
    expect(units).toEqual([
      { name: '市环境保护委员会成员单位', raw: '市环境保护委员会成员单位(见附件)', note: '见附件', members: ['高新区管委会', '市政府办公室'] },
    ]);
  });

  it('returns nothing for an empty list', () => {
    expect(parseUnitList('  。')).toEqual([]);
  });
});

describe('splitLeaders', () => {
  it('splits on 、 and commas and drops the final 。', () => {
    expect(splitLeaders('朱广奇、秦玉超、张林清。')).toEqual(['朱广奇', '秦玉超', '张林清']);
    expect(splitLeaders('王伟，陈静')).toEqual(['王伟', '陈静']);
  });
});

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('aliasKey', () => {
  afterEach(() => resetAliases());

  it('groups the common abbreviations of one body', () => {
    const same = (...xs: string[]) => expect(new Set(xs.map(aliasKey)).size).toBe(1);
    same('市发改委', '市发展改革委', '市发展和改革委员会');
    same('市人社局', '市人力资源社会保障局', '市人力资源和社会保障局');
    same('市经信局', '市经济和信息化局');
    same('市住建局', '市住房城乡建设局', '市住房和城乡建设局');
    same('市卫健委', '市卫生健康委', '市卫生健康委员会');
    same('市资规局', '市自然资源和规划局');
    same('市文广旅局', '市文化广电和旅游局');
    same('市市场监管局', '市市场监督管理局');
  });

  it('keeps different bodies and different levels apart', () => {
    expect(aliasKey('市财政局')).not.toBe(aliasKey('县财政局'));
    expect(aliasKey('市发改委')).not.toBe(aliasKey('市工信局'));
    expect(aliasKey('市住建局')).not.toBe(aliasKey('市资规局'));
  });

  it('reads traditional characters, full-width brackets and a trailing note', () => {
    expect(aliasKey('市發展和改革委員會')).toBe(aliasKey('市发改委'));
    expect(aliasKey('市衛生健康委（監測）')).toBe(aliasKey('市卫健委'));
  });

  it('extends the table from a user alias file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'taskgen-alias-'));
    made.push(dir);
    const file = join(dir, 'aliases.json');
    writeFileSync(file, JSON.stringify({ 数据局: ['政务服务和数据管理局'] }));
    expect(aliasKey('市政务服务和数据管理局')).not.toBe(aliasKey('市数据局'));
    await loadAliasFile(file);
    expect(aliasKey('市政务服务和数据管理局')).toBe(aliasKey('市数据局'));
  });

  it('rejects a malformed alias file with an InputError', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'taskgen-alias-'));
    made.push(dir);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ 发改委: '发展改革委' }));
    await expect(loadAliasFile(bad)).rejects.toThrow(InputError);
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "a": [');
    await expect(loadAliasFile(notJson)).rejects.toThrow(/not valid JSON/);
    await expect(loadAliasFile(join(dir, 'missing.json'))).rejects.toThrow(InputError);
  });
});

describe('a shared prefix already printed on every name', () => {
  it('is not added twice when the city is unknown', () => {
    expect(parseUnitList('蚌埠高新区管委会、蚌埠经开区管委会', { city: null }).map((u) => u.name)).toEqual(['蚌埠高新区管委会', '蚌埠经开区管委会']);
    expect(parseUnitList('市发改委、市财政局').map((u) => u.name)).toEqual(['市发改委', '市财政局']);
  });
});

describe('parseUnitList: collective groups and conjunctions (corpus phrasing)', () => {
  it('keeps a collective of levels joined by 、 as one unit', () => {
    expect(names('市商务局,市发改委、市财政局,各区、县级市')).toEqual(['市商务局', '市发改委', '市财政局', '各区、县级市']);
    expect(names('各乡、镇')).toEqual(['各乡、镇']);
  });

  it('gives each part of 各乡、镇人民政府 the whole group as its printed form', () => {
    const units = parseUnitList('市统计局,各乡、镇人民政府,人民大垸、荒湖管理区');
    expect(units.map((u) => u.name)).toEqual(['市统计局', '各乡人民政府', '各镇人民政府', '人民大垸', '荒湖管理区']);
    expect(units[1]!.raw).toBe('各乡、镇人民政府');
  });

  it('splits 及 / 和 between two whole units, after a closing 等 too', () => {
    expect(names('市级各有关部门及各县市区政府')).toEqual(['市级各有关部门', '各县市区政府']);
    expect(names('扶贫办、中央和国家机关工委、全国总工会等和各省级人民政府')).toEqual(['扶贫办', '中央和国家机关工委', '全国总工会', '各省级人民政府']);
    expect(names('商务部、供销合作总社等和各有关省级人民政府')).toEqual(['商务部', '供销合作总社', '各有关省级人民政府']);
  });

  it('does not split 和 inside a name', () => {
    expect(names('文化和旅游部、人力资源和社会保障局、县住房和城乡建设局')).toEqual(['文化和旅游部', '人力资源和社会保障局', '县住房和城乡建设局']);
  });
});
