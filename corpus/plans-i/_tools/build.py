import json, os
D = '/work/staging19/plans-i'
docs = {}

docs['chengdu_2019_plan'] = dict(
 query='十件民生实事 责任分解 牵头单位 配合单位 四川 区', rank=2,
 url='https://0798ci.com/rule/79109.html',
 text="成办发〔2019〕5号《成都市人民政府办公厅关于印发2019年〈政府工作报告〉确定的主要目标任务责任分解方案的通知》\n《成都市人民政府办公厅关于印发2019年〈政府工作报告〉确定的主要目标任务责任分解方案的通知》\n成办发〔2019〕5号\n各区(市)县政府,市政府各部门,有关单位:\n经市政府研究同意,现将《2019年〈政府工作报告〉确定的主要目标任务责任分解方案》印发你们,请结合实际,认真组织实施。\n成都市人民政府办公厅\n2019年2月19日\n2019年《政府工作报告》确定的主要目标任务\n责任分解方案\n一、 经济社会发展主要预期目标\n(一) 地区生产总值增长7.5%左右。(牵头领导:谢瑞武,牵头单位:市发改委,数据提供单位:市统计局)\n(二) 全社会固定资产投资增长10%。(牵头领导:谢瑞武,牵头单位:市发改委,责任单位:市农业农村局、市经信局、市商务局、市住建局,数据提供单位:市统计局)\n(三) 社会消费品零售总额增长9%。(牵头领导:刘筱柳,牵头单位:市商务局,数据提供单位:市统计局)\n(四) 一般公共预算收入与经济保持同步增长。(牵头领导:谢瑞武,牵头单位:市财政局,责任单位:市税务局)\n(五) 城乡居民人均可支配收入分别增长7.5%、8%。(牵头领导:刘筱柳,牵头单位:市人社局,责任单位:市农业农村局;数据提供单位:成调队)\n(六) 全社会研发投入增长12%。(牵头领导:曹俊杰,牵头单位:市科技局,责任单位:市经信局、市教育局、市住建局、市商务局、市卫健委、市财政局,数据提供单位:市统计局)\n(七) 万元地区生产总值能耗、主要污染物排放进一步降低。(牵头领导:谢瑞武,牵头单位:市发改委,责任单位:市经信局、市生态环境局)\n(八) 城镇登记失业率控制在4%以内。(牵头领导:刘筱柳,牵头单位:市人社局)\n二、 主要工作任务\n(一")

docs['jiangxi_2017_plan'] = dict(
 query='重点工作分工方案 牵头单位 配合单位 完成时限 江西', rank=2,
 url='https://xuncaibao.com/zhuantifanwen/cehuafangan/116566.html',
 text="支持鄱余万都滨湖四县小康攻坚重点工作责任分工方案为贯彻落实《江西省人民政府关于支持鄱余万都滨湖四县小康攻坚的指导意见》(赣府发〔2017〕12号),抓好各项重点工作的推进落实,现提出如下分工方案。一、下面是小编为大家整理的【发改方案】江西省人民政府办公厅关于印发支持鄱余万都滨湖四县小康攻坚重点工作责任分工方案,供大家参考。\n支持鄱余万都滨湖四县小康攻坚重点工作责任分工方案\n为贯彻落实《江西省人民政府关于支持鄱余万都滨湖四县小康攻坚的指导意见》(赣府发〔2017〕12号),抓好各项重点工作的推进落实,现提出如下分工方案。\n一、加快基础设施建设\n(一)完善公路交通网络。\n1、按照统一规划、分期实施原则,加快构建环湖旅游快速通道,纳入全省收费公路体系管理。2017年开工建设鄱(阳)余(干)高等级公路,支持都昌至南昌高速公路列入高速公路网规划并开展前期工作,支持万年建设贯通南(鹰潭)北(鄱阳)高铁站一级公路项目建设。(省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门,下同)\n2、加快国省道升级改造,提升区域内公路等级。“十三五”末三级以上县道比重稳步提升,促进与周边县市的互联互通。支持鄱阳县区域内国道G236田畈街至鄱阳县城段升级改造,支持国道G206烟汕线黄金埠段改建、国道G236余干县城段改造,支持万年县城东西外环及上万连接线北线贯通项目建设。支持都昌县三汊港至万户至南峰公路、省道S214线都昌境内左里至县城挂线段新建工程建设。(省发改委、省交通运输厅、省财政厅负责)\n(二)加快铁路建设。\n3、2017年,九景衢铁路建成通车,开工建设昌景黄铁路,支持鄱阳、余干设置高铁站,加快构建环鄱阳湖快速铁路网。支持万年开展皖赣铁")

def T(num, tsw, lead, co, leaders, note=None):
    t = dict(number=num, textStartsWith=tsw, lead=lead, co=co, leaders=leaders, deadline=None, status=None, statusText=None)
    if note: t['note'] = note
    return t

DP = '数据提供单位 (data-supplying unit) not counted as a co unit'
exp = {}
exp['chengdu_2019_plan'] = dict(
 source='https://0798ci.com/rule/79109.html (成都市人民政府办公厅, 成办发〔2019〕5号, 2019-02-19; relayed by 0798ci.com; pages corpus, stored excerpt %d bytes)',
 kind='plan', partial=True, place='四川省成都市', year=2019,
 tasks=[
  T('一','地区生产总值增长7.5%左右',['市发改委'],[],['谢瑞武'],DP+': 市统计局'),
  T('二','全社会固定资产投资增长10%',['市发改委'],['市农业农村局','市经信局','市商务局','市住建局'],['谢瑞武'],DP+': 市统计局'),
  T('三','社会消费品零售总额增长9%',['市商务局'],[],['刘筱柳'],DP+': 市统计局'),
  T('四','一般公共预算收入与经济保持同步增长',['市财政局'],['市税务局'],['谢瑞武']),
  T('五','城乡居民人均可支配收入分别增长7.5%、8%',['市人社局'],['市农业农村局'],['刘筱柳'],DP+': 成调队'),
  T('六','全社会研发投入增长12%',['市科技局'],['市经信局','市教育局','市住建局','市商务局','市卫健委','市财政局'],['曹俊杰'],DP+': 市统计局'),
  T('七','万元地区生产总值能耗、主要污染物排放进一步降低',['市发改委'],['市经信局','市生态环境局'],['谢瑞武']),
  T('八','城镇登记失业率控制在4%以内',['市人社局'],[],['刘筱柳']),
 ],
 summary={},
 notes='Plan layout: (一)-(八) items each followed by a parenthesised (牵头领导:X,牵头单位:Y,责任单位:A、B,数据提供单位:Z). Only section 一 (主要预期目标) survives; the excerpt stops at "二、 主要工作任务 (一". No deadlines, no statuses. 数据提供单位 kept out of co.')
exp['jiangxi_2017_plan'] = dict(
 source='https://xuncaibao.com/zhuantifanwen/cehuafangan/116566.html (江西省人民政府办公厅, 2017; relayed by xuncaibao.com; pages corpus, stored excerpt %d bytes)',
 kind='plan', partial=True, place='江西省(鄱阳、余干、万年、都昌滨湖四县)', year=2017,
 tasks=[
  T('1','按照统一规划、分期实施原则,加快构建环湖旅游快速通道',['省发改委'],['省交通运输厅','省财政厅'],[],'units printed as one list "…负责。列第一位的为牵头部门,下同": first = lead, rest = co'),
  T('2','加快国省道升级改造,提升区域内公路等级',['省发改委'],['省交通运输厅','省财政厅'],[],'same rule (下同)'),
  T('3','2017年,九景衢铁路建成通车,开工建设昌景黄铁路',[],[],[],'excerpt truncated before this item\'s unit list'),
 ],
 summary={},
 notes='Provincial 分工方案 (not a 政府工作报告 breakdown) for the 鄱余万都 four counties. Only three numbered items survive; item 3 is cut off before its units. No leaders, deadlines or statuses.')

for stem, d in docs.items():
    b = len(d['text'].encode('utf-8'))
    with open(os.path.join(D, stem + '.txt'), 'w', encoding='utf-8') as f:
        f.write(d['text'])
    with open(os.path.join(D, '_raw', stem + '.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(tool='search', corpus='pages', query=d['query'], rank=d['rank'], url=d['url'], excerpt=d['text']), f, ensure_ascii=False, indent=1)
    e = exp[stem]
    e['source'] = e['source'] % b
    e['taskCount'] = len(e['tasks'])
    order = ['source','kind','partial','place','year','taskCount','tasks','summary','notes']
    e = {k: e[k] for k in order}
    with open(os.path.join(D, stem + '.expect.json'), 'w', encoding='utf-8') as f:
        json.dump(e, f, ensure_ascii=False, indent=1)
    print(stem, b)
