import json, re, unicodedata, os
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
STEMS = {'xinyang': 'xinyang_2015_report', 'xiping': 'xiping_2020_report', 'pingjiang': 'pingjiang_undated_report',
         'qujing': 'qujing_undated_report', 'wanzhou': 'wanzhou_2022_report'}
raw = {k: json.load(open('_raw/%s.json' % k, encoding='utf-8')) for k in STEMS}
for k, stem in STEMS.items():
    with open(stem + '.txt', 'w', encoding='utf-8') as fh:
        fh.write(raw[k]['excerpt'])

def T(num, tsw, status=None, st=None, note=None, lead=None, co=None, deadline=None):
    t = {"number": num, "textStartsWith": tsw, "lead": lead or [], "co": co or [], "leaders": [],
         "deadline": deadline, "status": status, "statusText": st}
    if note: t["note"] = note
    return t

def write(key, kind, partial, place, year, tasks, summary, notes, lagging=None):
    stem = STEMS[key]
    text = norm(raw[key]['excerpt'])
    for t in tasks:
        for s in [t['textStartsWith'], t['statusText'], t['deadline']] + t['lead'] + t['co']:
            assert s is None or norm(s) in text, (stem, s)
        assert (t['status'] is None) == (t['statusText'] is None), (stem, t)
    d = {"source": raw[key]['url'], "kind": kind, "partial": partial, "place": place, "year": year,
         "taskCount": len(tasks), "tasks": tasks, "summary": summary}
    if lagging: d["lagging"] = lagging
    d["notes"] = notes
    json.dump(d, open(stem + '.expect.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    print(stem, len(tasks), 'with status', sum(1 for t in tasks if t['status']))

# ---------------- 信阳 2015 ----------------
g1 = ["滨河绿地景观提升工程", "华新水泥窑垃圾协同处理配套设施新建工程", "湖东水厂出厂输水管道改造工程", "深入推进市法律援助工作",
      "四一路维修改造工程", "持续推广利用清洁能源,提高天然气普及率工作", "鸡公山大街红军广场至G312立交桥以北供水管网改扩建工程",
      "中心城区新发展50家便民蔬菜超市", "治安视频监控系统工程", "公安智能交通系统工程"]
g2 = ["南湾湖风景区中学项目", "市百花幼儿园项目", "信阳市传染病医院新建综合病房楼项目", "信阳职业技术学院附属医院综合病房楼项目",
      "续建公共自行车服务系统工程", "启动第三污水处理厂前期工作", "新增100辆公交车和站点项目", "龙江东路工程",
      "开工建设第二污水处理厂工程", "市中心医院羊山分院暨全科临床医师培养基地项目", "市商务中心区城市综合体项目", "实施界河综合治理工程"]
g3 = ["市儿童医院病房楼项目", "开工建设信阳东站旅客换乘中心项目", "实施信阳火车站改扩建及羊山街道棚户区改造工程",
      "实施新十八大街中段至南京路段贯通工程", "信阳外国语高级中学项目", "完成平桥中山大街跨宁西铁路立交桥建设工程",
      "建成市残疾人综合服务中心一期主体工程", "实施平西沟综合治理工"]
assert (len(g1), len(g2), len(g3)) == (10, 12, 8)
tasks = [T(None, x, "done", "已经建成投入使用") for x in g1]
tasks[0]["note"] = "list '已经建成投入使用的项目有…' (';'-separated, 10 names = stated 10) → done"
tasks[5]["note"] = "one item containing a comma ('持续推广利用清洁能源,提高天然气普及率工作'); the list separator is ';', so not split"
tasks += [T(None, x, "done", "完成了年度工作目标任务") for x in g2]
tasks[10]["note"] = "list '完成了年度工作目标任务的项目有…' (12 names = stated 12): cross-year projects that met their 2015 annual target → done for the year's task; on_schedule arguable (the projects themselves are not finished)"
tasks += [T(None, x, "on_schedule", "正在推进") for x in g3]
tasks[22]["note"] = "list '正在推进的项目有…' (stated 8) → on_schedule as the nearest code for an in-progress statement; lagging arguable, since these are the cross-year items that did NOT meet the annual target (set against the 12 that did), but the text never says 滞后; null also arguable"
tasks[29]["note"] = "8th item cut by the store mid-word ('…综合治理工'); text up to the cut"
write('xinyang', 'report', True, '河南省信阳市', 2015, tasks,
      "信阳晚报 relay of the 市政府督查室 report to the city people's congress standing committee on the 2015 十件实事 (31 sub-projects): names 10 built-and-in-use, 12 that met the annual target and 8 still in progress",
      ["Source is the 信阳晚报 (wanbao.xyxww.com.cn) report of 2016-01-05 on the 2015-12-31 session; kind 'report' (a 完成情况的报告 relayed as news).",
       "The counts in the second paragraph (10 / 12 / 8 / 1 cancelled) match the named lists except the cancelled item, which is never named → not a task.",
       "partial: the store's excerpt stops inside the 8th in-progress item.",
       "Item names kept exactly as the ';'-separated list prints them, including verb-initial ones ('启动…', '开工建设…', '实施…', '完成…', '建成…'): they are the official sub-project titles.",
       "No units, leaders or deadlines are given; the reporter 陈东升 (市政府督查室主任) is the speaker, not a task leader."])

# ---------------- 西平 2020 ----------------
tasks = [
    T("1", "全社会固定资产投资增速高于全省平均水平", note="numbered target; progress '1-11月…同比增长6.3%,全市第3位' is a figure/ranking, no verdict → null"),
    T("2", "规模以上工业增加值增速高于全省平均水平", note="numbered target; only growth figures → null"),
    T("3", "改扩建或开工新建1所以失能、半失能特困人员康复安置为主要功能的中心敬老院", "done", "建成西平县中心敬老院",
      note="'对第一托养中心进行了改建,建成西平县中心敬老院' and 护理型床位 '达到100%' (target 50%) → done"),
    T("4", "完善农村经济困难高龄、失能等老年人补贴制度", "done", "完成了特困人员供养服务设施适老化改造任务",
      note="two sentences under one number (subsidy system + 20 敬老院 适老化改造) kept as one task; the second half is stated 完成 → done; the subsidy half is reported as ongoing payments"),
    T("5", "10月底之前完成西平县腾云气体有限公司关闭退出", "done", "已完成关闭退出任务", deadline="10月底之前",
      note="target and progress on one line: '9月28日…已完成关闭退出任务' → done, before the printed deadline '10月底之前'"),
    T("6", "加快推进历史遗留矿山地质环境恢复治理", note="progress '全县已恢复面积646亩' + 山长制 方案 印发: a figure without a target or verdict → null (done arguable for the 山长制 half)"),
    T("7", "高质量完成造林0.71万亩、国家储备林0.12万亩", note="cut by the store before its progress paragraph → null"),
]
write('xiping', 'report', True, '河南省驻马店市西平县', 2020, tasks,
      "西平县 督查局 year-end 落实情况汇报 on the 2020 work targets set by 驻马店市: numbered target line + progress paragraph per task; 3 stated done, 4 without a verdict (one cut)",
      ["County government site, column 民生实事 (zdmsly/msss), published 2021-01; text as stored (one '50 张' with a space).",
       "Every numbered target counts as a task, including the two growth indicators (1, 2): the document itself numbers them as targets of work. If indicators are excluded, taskCount becomes 5.",
       "Statuses only where the progress paragraph says 完成/建成; progress figures alone (6.3%, 646亩) are not read as verdicts.",
       "The 督查局 is the reporter, not a lead unit; no 牵头/责任 units are printed, so lead/co stay empty.",
       "partial: the excerpt ends inside target 7."])

# ---------------- 平江县大洲乡 ----------------
tasks = [
    T(None, "大龙公路", "done", "竣工通车", note="the lead story: '大龙公路竣工通车' (5 km road hardened this year); not explicitly listed under the 10件实事 sentence but it is the tenth named item of the township's year work → kept, done; drop it if only the list after '确立了10件实事建设项目' counts"),
    T(None, "6个村的电网改造", "done", "已完成", note="'已完成6个村的电网改造' — status precedes the item; textStartsWith is the item after '已完成'"),
    T(None, "安全村500亩新建油茶林", "done", "全部完成", note="'全部完成安全村500亩新建油茶林'"),
    T(None, "中学、机关、安全等地已架通有线电视和宽带网", "done", "已架通", note="one item (cable TV + broadband to several sites); '已架通' → done"),
    T(None, "“五站合一”工程", "done", "基本完成", note="'基本完成' → done (on_schedule arguable: basically, not fully, complete)"),
    T(None, "汪坪集镇棚户", "done", "已经拆除", note="the 汪坪集镇 block is read as two tasks: shanty demolition (done) and the street works (in progress)"),
    T(None, "街道绿化、路灯安装、环卫设施建设、线缆架放地埋等工程", "on_schedule", "正在实施", note="four works joined by '、' under one '等工程 正在实施' → one task; '正在实施' → on_schedule (in progress, no delay stated; null arguable)"),
    T(None, "投资268万元的自来水厂", "on_schedule", "工程进展顺利", note="'饮水主管道已全部铺设,工程进展顺利' → on_schedule"),
    T(None, "扩大3万亩生态公益林", note="'该乡还将力争…' — still to be done, no status → null"),
    T(None, "完成100户无房户和危房户的建设", note="still to be done → null"),
    T(None, "乡级敬老院的扩建", note="still to be done → null; '及' joins it to the previous item, read as a separate 实事"),
]
write('pingjiang', 'report', False, '湖南省岳阳市平江县大洲乡', 'undated', tasks,
      "平江县 site relay of a newspaper item on 大洲乡's 10件实事: road 竣工通车, then a sentence of items with 已完成/全部完成/已架通/基本完成/已经拆除/正在实施/进展顺利, then three items still planned",
      ["The township (大洲乡) is inside 平江县, whose government site carries the story; the place stem is the county.",
       "The stored text repeats the 10件实事 paragraph twice (page duplication); tasks are annotated once.",
       "Statuses often come before the item ('已完成6个村的电网改造', '全部完成安全村…'); textStartsWith then starts after the status words.",
       "No year in the text or URL → undated; no units, leaders or deadlines.",
       "Not partial: the item ends at the close of the paragraph (the repeated copy ends the same way)."])

# ---------------- 曲靖 ----------------
items = ["曲靖市年易地扶贫搬迁工程", "马龙区龙翔中学", "云南曲靖钢铁集团呈钢钢铁有限公司新建1×65mw高温超高压煤气发电工程",
         "现代设施农业休闲观光", "永发牧业能繁母牛肉牛养殖场项目", "陆良县云南陆航农业科技有限公司工厂化大棚蔬菜基地",
         "陆良南收费站至南盘江大桥道路改扩建", "高效节水项目", "云南神农陆良年出栏24万头商品猪基地",
         "年全国新增0亿斤粮食生产能力规划田间工程", "年产1万辆电动车", "万和欣城", "龙湖壹号二期", "龙园二期项目",
         "师宗县全民健身中心", "子午景观大道市政工程", "竹基镇3a级文化旅游小镇及楹联小镇", "丹凤路改造提升工程安置区道路项目",
         "罗平县思源实验学校", "金色雅苑b区项目", "富源县体育活动中心", "花宫旅游(一期)", "锦源胜境印象",
         "沪昆高速铁路富源北站片区城市棚户区改造项目", "宣威市凯胜建筑建材仓储批发市场", "宣拓牧业科技有限公司标准化养殖场",
         "牡丹根艺盆景文化旅游产业园", "云南宣瑞玉米良种研发中心", "再丰种植养殖专业合作社优质肉牛基地", "华林养殖场万头猪场", "荣恒农业"]
assert len(items) == 31
tasks = [T(None, x, "done", "已竣(完)工") for x in items]
tasks[0]["note"] = "list '1—10月,共52个项目已竣(完)工,分别是:' → done; groups by county separated by ',', items by '、'"
tasks[1]["note"] = "first item of a county group: the county name (马龙区, 陆良县, 师宗县, 罗平县, 富源县, 宣威市) runs straight into the project name and is kept in textStartsWith as printed; it is a place label, not a unit"
tasks[9]["note"] = "'年全国新增0亿斤…' — the mirror dropped numbers (year, amounts) throughout; copied as stored"
tasks[30]["note"] = "item cut by the store ('荣恒农业…'); 52 stated, 31 reached"
write('qujing', 'report', True, '云南省曲靖市', 'undated', tasks,
      "曲靖市 '六个一百' 重点项目 1—10月 progress report (mirror with digits stripped): section 竣工投产项目 names the projects that 已竣(完)工, grouped by county; excerpt stops at item 31 of the stated 52",
      ["Mirror site (jiaogulana.com) of a 曲靖 report; numbers such as the year, project counts and amounts are missing ('市级年继续实施…即:个重点竣工项目'), a mirror artefact kept verbatim. Year unknown → undated.",
       "Place identified by '曲靖市年易地扶贫搬迁工程' and the county names (马龙区, 陆良县, 师宗县, 罗平县, 富源县, 宣威市), all in 曲靖市.",
       "Only the 竣工 list is named in the excerpt; portfolio figures (53.7%, 80.8%) are not copied onto items.",
       "Short whole items (马龙区龙翔中学, 高效节水项目, 万和欣城, 龙湖壹号二期, 龙园二期项目, 锦源胜境印象, 荣恒农业) will raise 'shorter than 8' notes.",
       "No units, leaders or deadlines."])

# ---------------- 万州 2022 ----------------
tasks = [
    T(None, "市级高新区创建工作", "on_schedule", "稳步推进", note="'市级高新区创建工作稳步推进' → on_schedule; no separator before the next item in the stored text"),
    T(None, "环高校创新生态圈一期载体三峡山地特色农业科技创新中心二期工程", "on_schedule", "启动建设",
      note="'…二期工程(综合服务中心)启动建设' → on_schedule (work started at half-year; null arguable: a milestone, not a verdict)"),
    T(None, "首届“三峡人才节”", note="'纳入重庆英才大会唯一区县专项活动' says how the event is framed, not whether it is done → null (done arguable)"),
    T(None, "中储粮粮食仓储物流项目一期", "on_schedule", "主体施工", note="'…项目一期主体施工' (the stored text runs on into '中通快递…') → under construction, on_schedule (null arguable)"),
    T(None, "中通快递渝东(万州)智能科技产业链园区建设", "on_schedule", "有序推进", note="'有序推进' → on_schedule"),
    T(None, "三峡银行", "on_schedule", "正IPO排队审查", note="'三峡银行正IPO排队审查' → in the listing queue; on_schedule as the nearest code, null arguable; whole item shorter than 8"),
    T(None, "华泰财险万州支公司", "done", "实现开业", note="'华泰财险万州支公司实现开业' → done"),
    T(None, "农商行数据灾备中心", "on_schedule", "抓紧建设", note="'抓紧建设' → under construction, on_schedule (null arguable)"),
]
write('wanzhou', 'report', True, '重庆市万州区', 2022, tasks,
      "万州区政府办 half-year 完成情况 of the 2022 区政府工作报告 targets: prose paragraph '一是产业加快转型升级' naming projects with 稳步推进/启动建设/主体施工/有序推进/实现开业/抓紧建设; excerpt ends inside 一是",
      ["District government site; the stored text has lost separators between clauses (e.g. '稳步推进环高校…', '主体施工中通快递…' where 中通快递 is the company) — copied verbatim.",
       "Only named projects/undertakings are tasks; counts (27 工业项目开工建设, 11个项目竣工投产, 新培育市级科技型企业80…) and indicators (GDP, 投资) are not.",
       "Several in-progress wordings (启动建设, 主体施工, 抓紧建设, 正IPO排队审查) are mapped to on_schedule; each could be null.",
       "厚捷医药进入全市拟上市企业储备库 is a company milestone, not a government task → not annotated (arguable).",
       "No units, leaders or deadlines in this excerpt; partial (ends mid-paragraph)."])
