"""Write <stem>.expect.json for status-a; assert every annotated string occurs in the document
(NFKC, whitespace removed, as verify.py does)."""
import json, re, unicodedata, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status, stext, note, lead=(), co=(), leaders=(), deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co),
            "leaders": list(leaders), "deadline": deadline, "status": status,
            "statusText": stext, "note": note}

docs = {}

# ---------------------------------------------------------------- 松阳 2022 上半年
docs["songyang_2022_progress"] = {
 "source": "http://www.songyang.gov.cn/art/2022/7/28/art_1229664577_58984987.html (songyang.gov.cn, 松阳县人民政府办公室, 发布时间 2022-07-28, '2022年县十件民生实事项目上半年推进情况汇总表'); pages corpus, stored excerpt 1990 bytes",
 "kind": "progress",
 "partial": True,
 "place": "浙江省丽水市松阳县",
 "year": 2022,
 "tasks": [
  T("1", "60周岁以上老年人群“两慢病”常用药免费服用供给", "done", "完成任务数的108.97%",
    "table row 序号1 = 实事 '一、60周岁以上老年人群“两慢病”常用药免费服用供给。' with 指标任务 '8000人以上高血压患者'; 进展情况 '截至6月9日:高血压用药免费服用8718人,完成任务数的108.97%' — the annual count is already exceeded, so done (good would also be defensible: the 下步计划 is '持续开展…'). Number given as the row 序号; the 实事 itself is numbered '一、'",
    lead=["卫健局"], deadline="12月底"),
  T("2", "1700人以上糖尿病患者", "done", "完成任务数的101.24%",
    "row 序号2 is the second indicator of 实事一 (the 实事名称 and 责任单位 cells are merged with row 1, so 卫健局 is printed once, in row 1); 进展 '截至6月9日糖尿病用药免费服用1721人,完成任务数的101.24%'",
    lead=["卫健局"], deadline="12月底"),
  T("3", "农村路灯亮化工程", "stalled", "5月30日已发布招标公告,定于6月20日开标",
    "row 序号3 = 实事 '二、农村路灯亮化工程' (指标 '新增农村路灯1000盏。'); at mid-year only the tender is out ('确定49个村共需安装路灯1108盏;5月30日已发布招标公告,定于6月20日开标。'), construction planned from July → read as stalled (尚处前期, not yet started); the document does not call it late, so on_schedule is arguable",
    lead=["农业农村局"], deadline="11月底"),
  T("4", "农村公路改建提升工程", "on_schedule", "本项目已完成总工程量的85%",
    "row 序号4 = 实事 '三、农村公路改建提升工程' (指标 '实施(新)改建农村公路12公里'); '斋坛-大路、白角外-庄门提升工程已完工,泉大线、平田-塘后提升工程已完成工程量70%;本项目已完成总工程量的85%。' → on_schedule (in progress, 2 of 4 sections finished); the row is cut off inside 下步计划",
    lead=["交通运输局"], deadline="11月底"),
 ],
 "summary": {
  "total": None,
  "printed": ["2022年县十件民生实事项目上半年推进情况汇总表", "完成任务数的108.97%", "完成任务数的101.24%", "本项目已完成总工程量的85%"],
  "done": 2, "on_schedule": 1, "stalled": 1,
  "note": "the title names ten 实事 (县十件民生实事) but the stored excerpt stops after the 3rd 实事 (table row 4, inside its 下步计划 cell); no totals are printed"
 },
 "notes": [
  "Table columns: 序号 / 实事名称 / 指标任务 / 责任单位 / 实施点位 / 完成时限 / 进展情况 / 下步计划. One task per table row (序号), because the rows carry their own 指标, 完成时限 and 进展; 实事一 spans rows 1-2.",
  "实施点位 (全县17家乡镇卫生院, 全县19个乡镇(街道)50余个村, the 4 named road sections) are places, not units; 责任单位 is the lead.",
  "完成时限 printed per row: 12月底 / 12月底 / 11月底 / 11月底.",
  "Row 3 (tender stage) is the main judgement call: stalled vs on_schedule.",
  "Place: 松阳 is not in taken.txt or any PLACES-CLAIMED.txt (staging43 mentioned a 松阳安民乡 2024 document but did not claim it).",
 ],
}

# ---------------------------------------------------------------- 青田 2023 报告
docs["qingtian_2023_report"] = {
 "source": "http://www.qingtian.gov.cn/art/2024/1/8/art_1229374078_499998.html (qingtian.gov.cn, 青田县人民政府, 发布时间 2024-01-08, '关于2023年县政府十方面民生实事和乡镇民生实事票决项目办理情况的报告'); pages corpus, stored excerpt 1999 bytes",
 "kind": "report",
 "partial": True,
 "place": "浙江省丽水市青田县",
 "year": 2023,
 "tasks": [
  T(None, "开工建设华侨医院", "stalled", "暂缓实施",
    "'无法如期完成的是“开工建设华侨医院”项目,该项目前期工作已完成,并具备开工条件。但因该项目专项债未发放到位,资金难以保障,…经研究暂缓实施,待明年专项债资金到位后再开工建设。' — not started and deferred to next year → stalled; at_risk ('无法如期完成') is the alternative reading. Whole item (8 characters)"),
  T(None, "瓯南街道南湾村休闲场所", "lagging", "进度滞后",
    "one of the 3 named 乡镇民生实事票决项目: '另有瓯南街道南湾村休闲场所、仁庄镇孙山村村委办公楼至后山公路硬化、祯埠镇陈篆至海口南岸(祯埠段)道路安全防护设施建设等3个项目受政策处理、林地审批等因素影响进度滞后,完工时间相对延期' — shared status; the 街道/镇 names are locations, not units"),
  T(None, "仁庄镇孙山村村委办公楼至后山公路硬化", "lagging", "进度滞后",
    "second of the 3 lagging 乡镇 projects (shared sentence)"),
  T(None, "祯埠镇陈篆至海口南岸", "lagging", "进度滞后",
    "third of the 3 lagging 乡镇 projects: '祯埠镇陈篆至海口南岸(祯埠段)道路安全防护设施建设'"),
 ],
 "summary": {
  "total": 222,
  "printed": ["集中办理222项群众最关心、最直接、最现实的民生实事",
              "107项省市级民生实事已全部完成",
              "34项县级民生实事已完成31项",
              "81项乡镇民生实事已完成56项",
              "除3个项目进度滞后外",
              "县政府十方面民生实事共涉及子任务34项,截至目前已完成31项,预计到春节前可完成33项",
              "目前已完工56个,剩余25个项目中,预计有22个可在春节前完工"],
  "done_counts": {"省市级": "107/107", "县级": "31/34", "乡镇": "56/81"},
  "named": {"stalled": 1, "lagging": 3},
  "note": "only 4 items are named with a status; the done items are given as counts only"
 },
 "notes": [
  "A 县政府 report to the 县人大常委会 ('在人大常委会的监督支持下') on 2023 民生实事 — family 2, kind report; the excerpt stops inside '二、主要做法'.",
  "No lead units are printed for the named items (牵头部门 and 乡镇(街道) are mentioned only generically).",
  "Aggregates (107 省市级 all done, 31 of 34 县级 done, 56 of 81 乡镇 done) are not tasks; they are in summary.",
  "华侨医院: stalled (postponed, not started) vs at_risk (will not finish this year) — judgement call.",
  "Place: 青田 is not in taken.txt or any PLACES-CLAIMED.txt; it is in the same city (丽水) as songyang, another document here.",
 ],
}

# ---------------------------------------------------------------- 郑州二七区 2016 1-6月
docs["erqi_2016_notice"] = {
 "source": "http://henan.kjzch.com/zhengzhou/2016-08-20/235026.html (henan.kjzch.com, a mirror of a 郑州市二七区 政府信息公开 item: 发布机构 二七区发改统计局, 索引号 005256013/2016-00092, 成文/发布日期 2016-08-20, '1-6月份重点项目推进情况通报'); pages corpus, stored excerpt 1314 bytes",
 "kind": "notice",
 "partial": False,
 "place": "河南省郑州市二七区",
 "year": 2016,
 "tasks": [
  T(None, "凤凰岛国际会议交流中心", "on_schedule", "新开工建设",
    "'截至6月底,凤凰岛国际会议交流中心、郑州绿地城、盛润运河城、天地和苑、二七新区北安置区(二期)等11个项目新开工建设' — 已开工 → on_schedule (shared sentence for tasks 1-5)"),
  T(None, "郑州绿地城", "on_schedule", "新开工建设", "whole item (5 characters); shared sentence"),
  T(None, "盛润运河城", "on_schedule", "新开工建设", "whole item (5 characters); shared sentence"),
  T(None, "天地和苑", "on_schedule", "新开工建设", "whole item (4 characters); shared sentence"),
  T(None, "二七新区北安置区(二期)", "on_schedule", "新开工建设", "shared sentence"),
  T(None, "郑州CSD国际时尚商贸中心", "on_schedule", "正在加速建设推进",
    "'郑州CSD国际时尚商贸中心、花花牛年产四十万吨乳制品项目(二期)、鑫苑名城等40个项目正在加速建设推进' — shared sentence for tasks 6-8"),
  T(None, "花花牛年产四十万吨乳制品项目(二期)", "on_schedule", "正在加速建设推进", "shared sentence"),
  T(None, "鑫苑名城", "on_schedule", "正在加速建设推进", "whole item (4 characters); shared sentence"),
 ],
 "summary": {
  "total": 80,
  "printed": ["2016年全区80个重大项目中",
              "拟开工项目35个,续建项目27个,竣工项目13个,前期项目5个",
              "等11个项目新开工建设",
              "等40个项目正在加速建设推进",
              "80个项目共完成投资197.6亿元,占年计划的44.8%",
              "超过序时进度(50%)",
              "大部分单位项目投资落后于序时进度"],
  "on_schedule": 8,
  "note": "8 projects are named (5 of the 11 newly started, 3 of the 40 under construction); the rest are counts. The ahead/behind statements are about units' investment, not about named projects"
 },
 "lagging": [
  {"unit": "樱桃沟管委会", "stated_count": None, "items": [],
   "note": "'樱桃沟管委会、侯寨乡等大部分单位项目投资落后于序时进度' — investment behind schedule, no project named"},
  {"unit": "侯寨乡", "stated_count": None, "items": [], "note": "same sentence"},
 ],
 "notes": [
  "A 区发改统计局 通报 on the 80 区重大项目 — family 2 (notice). Statuses come only from the two shared sentences; no lead units, leaders or deadlines are printed for projects.",
  "'嵩山路街道、京广路街道、建中街街道、淮河路街道四个单位重大项目投资进度完成情况较好,超过序时进度(50%)' — units ahead of schedule (good), not tasks; kept out of tasks.",
  "樱桃沟管委会 and 侯寨乡 are listed under lagging as units whose investment lags (they are 管委会/乡 administrations, i.e. responsible units here, not just places of work).",
  "Several project names are shorter than 8 characters; they are whole items.",
  "Source is a mirror site (kjzch.com) of the 二七区 government page; the 索引号/发布机构 lines are kept as stored.",
  "Place: zhengzhou (郑州 the city) is in taken.txt; 二七区 is not claimed anywhere.",
 ],
}

# ---------------------------------------------------------------- 济宁 2009 (traditional)
docs["jining_2009_progress_trad"] = {
 "source": "http://odtgfuq.cn/new/403_425/2009_12_17_xu87371325461712190024807.shtml (odtgfuq.cn, a traditional-character mirror of a 2009-12-17 news item titled '濟寧188個重點產(chǎn)業(yè)項目完成投資211億'; every converted character is followed by a scrape-damage annotation such as '產(chǎn)'); pages corpus, stored excerpt 1561 bytes",
 "kind": "progress",
 "partial": False,
 "place": "山东省济宁市",
 "year": 2009,
 "tasks": [
  T(None, "任城區(qū)山推奧特機械配件生產(chǎn)項目", "done", "已竣工投產(chǎn)或一期試生產(chǎn)",
    "'任城區山推奧特機械配件生產項目、兗州益海嘉里…項目等32個項目已竣工投產或一期試生產' — 已竣工投产 → done (the 'or phase-1 trial production' hedge is shared by the whole group)"),
  T(None, "兗州益海嘉里年產(chǎn)24萬噸面粉9萬噸花生油項目", "done", "已竣工投產(chǎn)或一期試生產(chǎn)", "shared sentence with task 1"),
  T(None, "山東沃爾華工程機械液壓泵閥中小型挖掘機整機制造項目", "on_schedule", "基本具備竣工條件",
    "'…等10個項目基本具備竣工條件' — near completion, not yet completed → on_schedule"),
  T(None, "泰山玻璃纖維鄒城有限公司四期項目", "on_schedule", "基本具備竣工條件", "shared sentence with task 3"),
  T(None, "濟寧碳素工業(yè)總公司年產(chǎn)50萬噸預(yù)焙陽極", "done", "實現(xiàn)竣工投產(chǎn)或一期投產(chǎn)",
    "续建 group: '濟寧碳素…、華勤集團…、太陽紙業…等22個項目實現竣工投產或一期投產' — done (shared sentence for tasks 5-7)"),
  T(None, "華勤集團年產(chǎn)600萬套轎車子午胎", "done", "實現(xiàn)竣工投產(chǎn)或一期投產(chǎn)", "shared sentence"),
  T(None, "太陽紙業(yè)年產(chǎn)20萬噸化機漿", "done", "實現(xiàn)竣工投產(chǎn)或一期投產(chǎn)", "shared sentence"),
  T(None, "山東龍昕電工有限公司變壓器生產(chǎn)線項目", "done", "已竣工投產(chǎn)或一期試生產(chǎn)",
    "新开工 group: '其中山東龍昕電工…、微山同泰焦化…等10個項目已竣工投產或一期試生產' — done (shared with task 9)"),
  T(None, "微山同泰焦化有限公司甲醇項目", "done", "已竣工投產(chǎn)或一期試生產(chǎn)", "shared sentence with task 8"),
 ],
 "summary": {
  "total": 188,
  "printed": ["188個重點產(chǎn)業(yè)項目完成投資211億元多",
              "其中有70個項目已完成年度投資計劃",
              "等32個項目已竣工投產(chǎn)或一期試生產(chǎn)",
              "等10個項目基本具備竣工條件",
              "續(xù)建項目有61個",
              "等22個項目實現(xiàn)竣工投產(chǎn)或一期投產(chǎn)",
              "今年88個新開工項目已有83個開工建設(shè)"],
  "done": 7, "on_schedule": 2,
  "note": "9 projects named out of 188; counts: 32 completed/trial production (all projects), 10 basically ready; of 61 续建 22 completed, 10 ready; of 88 新开工 83 started, 10 completed"
 },
 "notes": [
  "News report (family 2) on the 188 重点产业项目 of 济宁市 for 1—11月; no units, leaders or deadlines printed. The district/county prefixes (任城區, 兗州, 鄒城, 微山) are part of project names or locations.",
  "Year 2009 from the URL (2009_12_17) — the text says only '今年1—11月'.",
  "The mirror inserts parenthesised pinyin-like garbage after converted characters ('產(chǎn)', '區(qū)', '業(yè)'); textStartsWith and statusText keep it verbatim. Tasks 5-7 (the 续建 sentence) are named without a trailing '項目'.",
  "'已竣工投產或一期試生產' covers projects that may be only in phase-1 trial production; coded done for the whole group (a completion-type status as stated).",
  "Place: 济宁 the city is not in taken.txt; only townships inside it (caohe 漕河镇, liangshan 拳铺镇) are claimed elsewhere.",
 ],
}

bad = 0
for stem, d in docs.items():
    with open(stem + '.txt', encoding='utf-8') as fh:
        text = norm(fh.read())
    def chk(s, what):
        global bad
        if s and norm(s) not in text:
            print('MISSING', stem, what, repr(s)); bad += 1
    for i, t in enumerate(d['tasks'], 1):
        chk(t['textStartsWith'], 'task%d tsw' % i)
        chk(t['statusText'], 'task%d status' % i)
        chk(t['deadline'], 'task%d deadline' % i)
        for u in t['lead'] + t['co'] + t['leaders']:
            chk(u, 'task%d unit' % i)
    for p in d['summary'].get('printed', []):
        chk(p, 'printed')
    for l in d.get('lagging', []):
        chk(l['unit'], 'lagging unit')
    out = {"source": d["source"], "kind": d["kind"], "partial": d["partial"], "place": d["place"],
           "year": d["year"], "taskCount": len(d["tasks"]), "tasks": d["tasks"], "summary": d["summary"]}
    if "lagging" in d:
        out["lagging"] = d["lagging"]
    out["notes"] = d["notes"]
    with open(stem + '.expect.json', 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    from collections import Counter
    print(stem, len(d['tasks']), dict(Counter(t['status'] for t in d['tasks'])))
print('missing:', bad)
