# Writes the expect files; every string is cut out of the delivered text (asserted), never retyped blindly.
import json, os
B = '/work/staging6/status-t'
def doc(stem): return open(f'{B}/{stem}.txt', encoding='utf-8').read()
def T(number, tsw, status, st, lead=None, note=None, text=None):
    assert tsw in text, tsw
    if st: assert st in text, st
    for u in lead or []: assert u in text, u
    t = {'number': number, 'textStartsWith': tsw, 'lead': lead or [], 'co': [], 'leaders': [], 'deadline': None,
         'status': status, 'statusText': st}
    if note: t['note'] = note
    return t
def write(stem, d):
    for s in d['summary']['scopes']:
        for p in s['printed']: assert p in doc(stem), p
    d['taskCount'] = len(d['tasks'])
    json.dump(d, open(f'{B}/{stem}.expect.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    print(stem, d['taskCount'])

# 1 zhenjiang
s = 'zhenjiang_undated_report'; x = doc(s)
G = '已有3項提前完成'
write(s, {
 'source': 'http://www.dingqianjf.com/news/show/386/1402773_0.html', 'kind': 'report', 'partial': True,
 'place': '江苏省镇江市', 'year': None, 'taskCount': 0,
 'tasks': [
  T(None, '上半年全市新增護理型養(yǎng)老床位787張', 'done', G, text=x, note='1st of the 3 items after 這3項工作分別是:; status from the group sentence (the item itself also says 提前完成55%的年度目標)'),
  T(None, '在市政務服務辦成立市政府公共熱線服務中心', 'done', G, text=x, note='2nd item; 市政務服務辦 is where the centre is set up, not a labelled unit → lead []'),
  T(None, '全市62個街道(鎮(zhèn)、園區(qū))共設置全要素網格5889個', 'done', G, text=x, note='3rd item'),
  T(None, '三中改擴建工程', None, None, text=x, note='site visited by the 督查 group; only a deputy remark 項目進展得都很快 follows (see ambiguities)'),
  T(None, '市環(huán)境監(jiān)測中心檢測實驗室', None, None, text=x, note='site visited'),
  T(None, '孟家灣濕地公園建設', None, None, text=x, note='site visited (現場 follows)'),
  T(None, '德高護理院', None, None, text=x, note='site visited; whole item shorter than 8 characters'),
 ],
 'summary': {'scopes': [{'scope': '民生十件實事 39項細化工作任務', 'total': 39, 'by_status': {'done': 3, 'on_schedule': 36},
   'printed': ['39項細化工作任務中,已有3項提前完成,其他項目正按計劃全力推進中', '這3項工作分別是:'],
   'note': '已有3項提前完成 → done (ahead of the year-end deadline); 其他項目正按計劃全力推進中 → on_schedule, 36 derived (39-3), not printed'}]},
 'layout': 'news prose (traditional-character mirror with pinyin glosses 鎮(zhèn)): counts sentence, a 4-site 督查 list, then 這3項工作分別是: with three ;-separated result sentences, then a group sentence for the rest',
 'tests': "items are result sentences (figures, 提前完成…目標) separated by ';' after 分別是:; gloss-damaged unit-like strings (市環(huán)境監(jiān)測中心); a place of establishment (在市政務服務辦成立) that is not a unit; a deputy's impression vs. an official status; trailing unrelated air-quality section",
 'ambiguities': [
   "The four visited sites (三中改擴建工程, 市環境監測中心檢測實驗室, 孟家灣濕地公園建設, 德高護理院) are followed only by a 人大代表's remark '項目進展得都很快' → status null; a reader could map it to good (進展較快).",
   "提前完成 here is ahead of the year-end deadline at mid-year; mapped done (task finished), as in the corpus (提前完成 → done).",
   "Year not in the stored text or address. The 12345 實體化 and 全要素網格 items suggest 2018 (江苏's 全要素网格 drive), but this is inference only → year null, file named 'undated'.",
 ],
 'notes': ['Mirror of a 中国江苏网 (jschina) news item on dingqianjf.com; traditional characters with inline pinyin glosses kept as stored.',
   "Scrape damage kept: '進展情況?,F場' (a '。現' turned into '?,F').",
   'The air-quality paragraph (PM2.5) at the end is not a task; text is cut at 2,000 bytes (市區(qū)PM2).']})

# 2 jiading
s = 'jiading_undated_report'; x = doc(s)
G = '已提前完成上半年节点目标'
items = ['建设标准化老年活动室', '开展儿童乳牙免费涂氟', '开展脑卒中高危人群筛查', '新辟开通公交线路']
write(s, {
 'source': 'https://www.jiading.gov.cn/publicity/zhgk/ssxm/jzdc/117575', 'kind': 'report', 'partial': False,
 'place': '上海市嘉定区', 'year': None, 'taskCount': 0,
 'tasks': [T(None, it, 'good', G, text=x, note=('the count 4个项目 is glued to this last item' if i == 3 else None)) for i, it in enumerate(items)],
 'summary': {'scopes': [{'scope': '区政府实事项目 (一季度)', 'total': 34, 'by_status': {'good': 4, 'lagging': 0},
   'printed': ['34项区政府实事项目具体事项都在积极推进过程中,没有出现滞后的情况', '4个项目已提前完成上半年节点目标,占总数的12%'],
   'note': 'the other 30 are 积极推进 (no schedule verdict beyond 没有出现滞后) → not counted as on_schedule'}]},
 'layout': 'two-sentence progress note: a count with an explicit zero-lagging statement, then a 、-list of four items closed by a glued count (…公交线路4个项目) and a status phrase',
 'tests': "glued count after the last 、-item; 提前完成上半年节点目标 = ahead of a mid-year milestone (good), not done; '没有出现滞后' is a negated status that must not make anything lagging",
 'ambiguities': ["提前完成上半年节点目标 mapped good (ahead of schedule), not done: the year's target is not claimed.",
   'Year not recoverable from the page or its address (earlier annotators rejected this page for that reason); kept as undated because the good status is rare in the corpus.'],
 'notes': ['Whole page as stored (304 bytes); no units or leaders are named.']})

# 3 dayawan
s = 'dayawan_2017_notice'; x = doc(s)
st = '未完成年度任務'
sites = ['媽廟河截污清淤工程', '大亞灣兒童公園', '龍海三路', '坪山河治理工程']
write(s, {
 'source': 'http://m.tianjinjuncheng.com/zwgk/wgk/zxgk/zxgcgk/content/post_2061608.html', 'kind': 'notice', 'partial': True,
 'place': '广东省惠州市大亚湾经济技术开发区', 'year': 2017, 'taskCount': 0,
 'tasks': [T(None, it, 'at_risk', st, text=x, note='named only as a site of the afternoon 督查 visit to the 14 未完成年度任務 / 滯后 projects') for it in sites],
 'summary': {'scopes': [{'scope': '2017年市委市政府重要工作 + 區“三類”重點項目 not finished in the year', 'total': 14,
   'by_status': {'at_risk': 14},
   'printed': ['2017年市委、市政府重要交辦工作8宗未完成年度任務的項目', '2017年區“三類”重點項目6宗未完成年度任務的項目', '聽取14宗滯后項目責任單位匯報', '年底前無法完成年度任務的8項工作'],
   'note': '8 + 6 = 14; the same 14 are called 未完成年度任務 and 滯后; 年底前無法完成年度任務 repeats the 8'}]},
 'layout': '督查 notice (通知) addressed to a list of units, with 一、…六、 sections; statuses only as counts (8宗/6宗/14宗); four projects named only in the site-visit schedule',
 'tests': "addressee list of units (各街道辦事處,區委組織部、監察局…) that must not become task units; counts with 宗 as the measure word; projects named inside a schedule line ('依次到A、B、C、D項目現場'); traditional characters",
 'ambiguities': ["The 4 named projects are inferred to be among the 14 unfinished ones (the visit is part of the 督查 of those 14); the page does not say so item by item.",
   "未完成年度任務 at the year's end mapped at_risk (FORMAT: 未完成目标任务); the notice also calls them 滯后項目 → lagging would be the other reading.",
   'Year: the work year is 2017 (督查 on 2018年1月4日); the notice date itself is cut off.'],
 'notes': ["Mirror (tianjinjuncheng.com, traditional characters) of a 大亚湾区 page; place inferred from 大亞灣兒童公園, 龍海三路, 媽廟河, 坪山河 and the 石化管理中心/港務集團 addressees.",
   'No unit is tied to any project; the addressee list is not a responsibility label → lead [] throughout.',
   'Text cut at 1,999 bytes (于1月8日).']})

# 4 beijing shuiwu
s = 'beijingshuiwu_2015_notice'; x = doc(s)
D = '已完成3项'; L = '需大力推进'
done = [('水环境产业联盟', None), ('“河长制”试点', 'quotes are part of the name'), ('水务管理体制改革总体方案', "joined to the previous item by '和'")]
lag = [('定福庄再生水厂', None),
       ('顺义李遂和牛栏山再生水厂', "read as 顺义李遂再生水厂 (shared suffix); the '和' pair counts as two items so that the list reaches the stated 13"),
       ('牛栏山再生水厂', "second half of '顺义李遂和牛栏山再生水厂'"),
       ('污水和再生水管线工程', "read as 污水管线工程 (shared suffix)"),
       ('再生水管线工程', "second half of '污水和再生水管线工程'"),
       ('清河北岸截污管线工程', None), ('高安屯污泥无害化工程', None), ('中小河道疏浚治理', None),
       ('中心城区下凹式立交桥雨水泵站升级改造', None), ('第十水厂输水管线拆迁', None), ('固定资产投资', 'whole item shorter than 8 characters'),
       ('清河口雨洪湿地公园建设', None), ('凉水河水环境综合治理', None)]
tasks = [T(None, a, 'done', D, text=x, note=n) for a, n in done] + [T(None, a, 'lagging', L, text=x, note=n) for a, n in lag]
write(s, {
 'source': 'http://www.twyulecheng.com/zwgk/zzgc/201912/t20191219_1304873.html', 'kind': 'notice', 'partial': False,
 'place': '北京市 (市水务局)', 'year': 2015, 'taskCount': 0, 'tasks': tasks,
 'summary': {'scopes': [{'scope': '水务折子工程', 'total': 60, 'by_status': {'done': 3, 'lagging': 13},
   'printed': ['年初共下达60项折子,目前多数项目进展顺利', '一、已完成3项:', '二、需大力推进的项目有13项:'],
   'note': 'the remaining 44 are only 多数项目进展顺利 (not counted item by item)'}]},
 'layout': '督查 bulletin (第7期) with two numbered status headings, each with a count and a colon, followed on the next line by a 、-list; the first list ends with a 和-joined item',
 'tests': "status from a heading line above the list; 、-list whose last pair is joined by '和'; 和 inside items with a shared suffix (顺义李遂和牛栏山再生水厂, 污水和再生水管线工程) so that 11 printed segments make the stated 13; spam-substituted issuer name",
 'ambiguities': ["需大力推进 mapped lagging: the heading singles these 13 out against 多数项目进展顺利; it could also be read as a plain exhortation (status null).",
   "13 stated vs 11 、-segments: the two '和' segments are split into two items each (shared suffix 再生水厂 / 管线工程) to reach 13; the first half keeps the whole span as textStartsWith because '顺义李遂' / '污水' alone are not printed as items.",
   "Issuer replaced by the spam site ('台灣娛樂城督查室'); the place is inferred from 定福庄/顺义/牛栏山/高安屯/清河/凉水河/第十水厂 (北京 water facilities) and the 北京 term 折子工程."],
 'notes': ['Complete as stored (890 bytes); the 附表 with per-item progress is not in the stored text.', 'No units are named (各牵头单位 only) → lead [] throughout.']})
