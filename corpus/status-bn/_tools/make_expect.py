#!/usr/bin/env python3
"""Write <stem>.expect.json for status-bn; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
def T(tsw, status=None, st=None, number=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=[], co=[], leaders=[], deadline=None,
                status=status, statusText=st, note=note)
D = {}

OS = "各水源点建设项目推进均较为顺利"
D['huize_2013_progress'] = dict(
 source="https://lovely28.com/html/newsa2013050143195956.html (mirror of a county 水务局 item `全县1-4月水利建设情况`, 发布日期 2013-05-15 per the URL and the damaged `?013-05-15`; the counter script points at qjdwgk.gov.cn); pages corpus, stored excerpt 2000 bytes, cut inside section 三",
 kind="progress", partial=True, place="云南省曲靖市会泽县 (county; inferred from 老厂乡, 乐业镇, 大海乡, 马路乡, 金钟, 雨碌 and 毛家村水电站, all in 会泽)", year=2013,
 tasks=[
  T("苏斗河", "on_schedule", OS, note="First of the 8 水源点 (`1.42亿元的苏斗河和…2座中型水库`). Group state `各水源点建设项目推进均较为顺利` → on_schedule. Its own sentence `苏斗河和田尾巴水库工程将在上半年内实现下闸蓄水` is a forecast, not a deadline. Whole name, 3 characters."),
  T("老厂乡田尾巴", "on_schedule", OS, note="小(一)型水库; group state; also named in the 下闸蓄水 forecast."),
  T("乐业镇马厂", "on_schedule", OS, note="小(一)型水库 (`乐业镇马厂2座小(一)型水库` closes the pair 田尾巴/马厂); group state. Whole name, 5 characters."),
  T("大海乡老炉房", "on_schedule", OS, note="小(二)型水库; group state."),
  T("马路乡八道", "on_schedule", OS, note="小(二)型水库; group state. Whole name, 5 characters."),
  T("马路乡半坡", "on_schedule", OS, note="小(二)型水库; group state. Whole name, 5 characters."),
  T("毛家村水电站水资源综合利用工程", "on_schedule", OS, note="The 8th 水源点; group state."),
  T("2012年农村饮水安全项目", "on_schedule", "目前已全面进入扫尾阶段", note="Section 二 (`二是饮水安全项目成效明显`) is about this one project: `全面进入扫尾阶段`, some towns' works `已陆续进入验收阶段` → on_schedule (done is the alternative for a reader who takes 扫尾 as finished)."),
  T("2012年度重点县项目", "on_schedule", "重点县项目即将完工", note="Section 三 heading `三是重点县项目即将完工`; the excerpt is cut at `目前,该项目已基本`. on_schedule (nearly finished, not yet done)."),
 ],
 summary=dict(printed=["建成各类水利工程457件", "共8处水源点工程"], counts=dict(on_schedule=9),
   note="A county 水务局 progress item for January–April 2013 in three `一是…三是` sections. Section 一 names 8 水源点 and gives one group state; sections 二 and 三 each report one project."),
 notes=[
  "Tasks are the named projects. The section headings `一是水源点建设扎实推进`, `二是…`, `三是…` are sections; 二 and 三 each cover one project, which is kept as the task.",
  "Scrape damage kept as stored: `?` for lost characters, stray `span lang=\"en-us\">` fragments, `?/span>` after headings. The second 中型水库 (`2.56亿元的迤?…`) lost its name after 迤, so it is not listed as a task (8 水源点 printed, 7 named).",
  "No units, leaders or deadlines are printed. `水务局` in the source line is the publisher, not a task unit.",
  "Place: the county is not named in the stored text. 老厂乡, 乐业镇, 大海乡, 马路乡, 金钟, 雨碌 and 毛家村 are in 会泽县 (曲靖). status-bj's README mentions this page as `富源 2013`; I read the towns as 会泽. 曲靖 the city is taken (qujing_undated_report); the brief treats a county inside a taken city as free. If 曲靖 is read strictly at prefecture level, this is the document to drop.",
 ])

KG = "7个项目集中开工"
D['lulong_2019_report'] = dict(
 source="http://qhd.hebei.com.cn/system/2019/10/28/100084014.shtml (秦皇岛日报 item on 卢龙县 2019年秋季重点项目集中开工, 10月20日); pages corpus, complete item, 1464 bytes",
 kind="report", partial=False, place="河北省秦皇岛市卢龙县 (county)", year=2019,
 tasks=[
  T("河北领标科技发展有限公司年产800万平方米", "on_schedule", KG, number="1", note="Listed after `这7个项目分别为:` as `总投资20.8亿元的<项目>`; the task text is the project name after the investment phrase. Started at the 集中开工 → on_schedule (as for zhenan_2015_report)."),
  T("北京中艺映画文化传媒有限公司棋盘山综合开发项目", "on_schedule", KG, number="2", note="Project 2 of 7 (numbered by position, not printed)."),
  T("卢龙文景科技有限公司装配式装饰产业研发基地项目", "on_schedule", KG, number="3"),
  T("秦皇岛永桢建筑工程有限公司装配式钢结构和轻钢房屋项目", "on_schedule", KG, number="4"),
  T("河北中薯农业科技集团股份有限公司优质鲜薯深加工二期工程", "on_schedule", KG, number="5"),
  T("秦皇岛满仓面业有限公司年加工小麦12万吨面粉项目", "on_schedule", KG, number="6"),
  T("卢龙县峪兴农业科技有限公司醴泉山谷二期项目", "on_schedule", KG, number="7", note="Separated from item 6 by `,` instead of `;`."),
 ],
 summary=dict(printed=["总投资45亿元的7个项目集中开工", "全县共有亿元以上在建项目27个"], counts=dict(on_schedule=7),
   note="Groundbreaking news: one intro sentence with the count, a `;`-list of the 7 projects each with its investment, then general paragraphs."),
 notes=[
  "number: none is printed; positions 1–7 are given as the list order. A reader who keeps number null loses nothing else.",
  "The companies are project owners (业主), not government units: lead/co stay empty. No leaders or deadlines.",
  "Status: every named project shares the state `集中开工` (started). on_schedule follows zhenan_2015_report; null is the alternative for a reader who does not code a groundbreaking as progress.",
 ])

KW = "重點項目集中開工儀式近日舉行"
D['wangdu_2021_report_trad'] = dict(
 source="http://www.shinianju.cn/content/2021-09/03/content_55100.html (traditional-character mirror with pinyin glosses of a 保定日報 item, 2021-09-03 08:41, on 望都縣 2021年第三批重點項目集中開工); pages corpus, complete item, 1480 bytes",
 kind="report", partial=False, place="河北省保定市望都县 (county)", year=2021,
 tasks=[
  T("中化現代農業(yè)河北有限公司望都技術服務中心", "on_schedule", KW, note="First of the 7 projects in the `、`-list after `此次集中開工項目包括`; the gloss `(yè)` is kept as stored. Started → on_schedule."),
  T("北京靜成林科技發(fā)展有限公司生產醫(yī)療器械配件", "on_schedule", KW),
  T("北京旺宏汽車配件有限公司生產智能控制設備零部件", "on_schedule", KW),
  T("北京航天恒昊科技有限公司生產精密設備零部件", "on_schedule", KW),
  T("北京宇博智通技術開發(fā)有限公司生產精密機械零部件", "on_schedule", KW),
  T("綠豐有機肥制造有限公司新建有機無機復混肥", "on_schedule", KW),
  T("保定研鈺新型材料有限責任公司生產礦渣微粉", "on_schedule", KW, note="Last item, closed by `等7個重點項目` (the count matches the list)."),
 ],
 summary=dict(printed=["共涉及7個項目", "2021年全縣共實施省、市重點項目22項", "1-7月份完成投資16.45億元"], counts=dict(on_schedule=7),
   note="Groundbreaking news: count, one `、`-list of 7 projects closed by `等7個重點項目`, then county totals."),
 notes=[
  "Traditional-character mirror; pinyin glosses inside words (`業(yè)`, `發(fā)展`, `醫(yī)療`) are kept in textStartsWith as stored.",
  "Companies are project owners, not units; no leaders or deadlines. Status as in lulong_2019_report (集中开工 → on_schedule; null is the alternative).",
  "The county totals (22 projects, `投資完成率達到102%`) are figures, not tasks.",
 ])

KJ = "4個超億元項目開工"
D['jizhou_2017_report_trad'] = dict(
 source="http://www.bklai.com/diqu/hengshui/201711/02393758.html (traditional-character mirror with pinyin glosses of a 河北新聞網 item, URL dated 2017-11, on 衡水市冀州區 下半年重點項目集中開工, 10月29日); pages corpus, complete item, 1417 bytes",
 kind="report", partial=False, place="河北省衡水市冀州区 (district; 衡水 the city is taken, 冀州 is not)", year=2017,
 tasks=[
  T("衡水大正和源家具有限公司現", "on_schedule", KJ, note="Printed `現(xiàn)代家具項目`; textStartsWith stops at the gloss. First of the 4 projects after `其中,`; each is `<項目>總投資…`. Started → on_schedule."),
  T("華族科技有限公司項目", "on_schedule", KJ, note="Whole project name, 10 characters."),
  T("河北龍馬膠輥有限公司膠輥生產", "on_schedule", KJ, note="Printed `膠輥生產(chǎn)項目`; the gloss cuts the name, so textStartsWith stops before it."),
  T("冀新公園及冀午渠濱水公園建設", "on_schedule", KJ, note="Printed `…建設(shè)工程項目`; the only non-industrial project (a city park)."),
 ],
 summary=dict(printed=["4個超億元項目開工", "總投資6.1億元"], counts=dict(on_schedule=4),
   note="Groundbreaking news with a photo caption, an intro and one paragraph naming the 4 projects with investment and area."),
 notes=[
  "Traditional-character mirror with pinyin glosses; strings are quoted as stored.",
  "Companies are project owners, not units. No leaders or deadlines. Status as in lulong_2019_report.",
  "`相關(guān)新聞` links at the end are page furniture, not tasks.",
  "Place: 冀州区 (a district of 衡水 since 2016). `hengshui_2019_progress` is the city; the district has no entry. Districts inside a taken city were skipped by some earlier readers; if that rule is applied, this is a document to drop.",
 ])

D['tianquan_2014_progress'] = dict(
 source="https://m.yybnet.net/yaan/tianquan/201404/5346744.html (relay of a 四川日报 item, 2014-04-19 13:23, `芦山地震首批灾后重建教育项目交付使用`, filed under 雅安/天全); pages corpus, stored excerpt 1995 bytes; the item is complete, followed by a `新闻推荐` teaser that is cut",
 kind="progress", partial=False, place="四川省雅安市天全县 (county; two of the three projects are in 雨城区 and 芦山县)", year=2014,
 tasks=[
  T("天全县远发栋梁小学", "done", "等首批灾后重建教育项目交付使用", note="Headline project: `天全县远发栋梁小学等首批灾后重建教育项目交付使用` (handed over 4月18日); 主体工程 finished in December → done. 9 characters, the school's name."),
  T("雨城区上里镇首创小学", "done", "也交付使用", note="`当日,雨城区上里镇首创小学、芦山中学图书馆“先锋楼”也交付使用` → done."),
  T("芦山中学图书馆“先锋楼”", "done", "也交付使用", note="Same sentence as 首创小学 → done. Whole name with its quotes."),
 ],
 summary=dict(printed=["涉及的46个项目目前已有39个开工建设", "预计秋季开学将有10个项目竣工投入使用", "该县教育卫生涉及的56个项目资金达到6亿元"], counts=dict(done=3),
   note="News item on the first post-quake school projects handed over: 3 named projects, all 交付使用, then counts for 天全 (46 projects, 39 started) and 芦山 (56 projects)."),
 notes=[
  "Tasks are the three named projects. The 天全 counts (46/39, 10 expected by autumn) and the 芦山 count (56) name no project, so they are summary figures.",
  "No units, leaders or deadlines: 省扶贫基金会栋梁工程分会, 爱心企业 and 中国中铁二局 are donors, and 天全县教育局负责人 is the informant.",
  "The `新闻推荐` teaser after the item (遥感“天眼”, 北川) is page furniture; it is not part of the document's tasks, and partial is false because the item itself is complete.",
  "Place: the item is filed under 天全 and leads with 天全; 雨城区 and 芦山县 appear for one project each. 芦山 (lushan) is taken, 天全 and 雨城 are not.",
 ])

for stem, d in D.items():
    text = norm(open(os.path.join(OUT, stem + '.txt'), encoding='utf-8').read())
    for t in d['tasks']:
        for s in [t['textStartsWith'], t['statusText']] + t['lead'] + t['co']:
            if s: assert norm(s) in text, (stem, s)
    for s in d['summary']['printed']: assert norm(s) in text, (stem, s)
    c = collections.Counter(t['status'] for t in d['tasks'])
    assert dict(c) == d['summary']['counts'], (stem, c)
    out = dict(source=d['source'], kind=d['kind'], partial=d['partial'], place=d['place'], year=d['year'],
               taskCount=len(d['tasks']), tasks=d['tasks'], summary=d['summary'], notes=d['notes'])
    json.dump(out, open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(stem, len(d['tasks']), dict(c))
