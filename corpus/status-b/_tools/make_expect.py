import json, os, re, unicodedata
os.chdir(os.path.dirname(os.path.abspath(__file__)) + "/..")
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
def T(number, tsw, status=None, st=None, note="", lead=None, co=None, leaders=None, deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": lead or [], "co": co or [], "leaders": leaders or [],
            "deadline": deadline, "status": status, "statusText": st, "note": note}
def src(stem, url, site, date):
    n = len(open(stem + ".txt", encoding="utf-8").read().encode("utf-8"))
    return "%s (%s; %s); pages corpus, stored excerpt %d bytes" % (url, site, date, n)
docs = {}

# ---------------- 长春 2018 ----------------
stem = "changchun_2018_progress"
D6 = "6个项目已完工并运营(投产)"
B5 = "5个项目正在建设中"
P5 = "5个项目仍在积极推动中"
docs[stem] = {
 "source": src(stem, "https://mjuaeds.com/html/page1891416.html",
               "mjuaeds.com, mirror (spam-retitled footer '365备用大陆') of a 长春市商务局 page, footer address 吉林省长春市人民大街1578号 / wzx@changchun.gov.cn; 来源:项目处",
               "发布日期 2018-6-8"),
 "kind": "progress", "partial": True,
 "place": "吉林省长春市", "year": 2018, "taskCount": 11,
 "tasks": [
  T(None, "绿园区高速动车组产品四五级检测维修项目", "done", D6,
    "first of the 6 completed/operating projects ('其中:'); '已正常进行200公里动车组电器柜检修' confirms operation; 绿园区 is the location inside the project name, not a unit"),
  T(None, "榆树市年产12万吨有机酸项目", "done", "于2017年12月份投产",
    "second completed project; its own clause states 投产 (榆树市 = location)"),
  T(None, "净月高新区论坛品牌战略合作项目", "done", D6,
    "third completed project; '成功举办2018“净月论坛”' — a cooperation/event project, counted as a task because it is one of the 17 tracked projects with a stated state"),
  T(None, "宽城区海尔(长春)市场创新产业园项目", "on_schedule", "二期已经完工,企业内部正在根据要求筹备三期工程",
    "first of '5个项目正在建设中'; phase 2 finished, phase 3 being prepared → project as a whole under way (not done)"),
  T(None, "长春新区易华录国际食品安全创新产业园项目", "on_schedule", "正在做降水和桩基础",
    "second of the 5 under construction"),
  T(None, "净月高新区复华未来世界—文化旅游中心项目", "on_schedule", "塔楼结构全部封顶",
    "third of the 5; tower topped out, curtain wall 70%, other parts 正在施工中, '计划年底前主体全部完工' is a target, not a deadline for a unit"),
  T(None, "净月高新区麦田国际学校项目", "on_schedule", "正在内外部装修",
    "fourth of the 5"),
  T(None, "农安县环境生态综合治理项目", "on_schedule", "后续工程正在做总体规划",
    "fifth of the 5; '环卫市场化运营部分已完成设备购置' is one part done; the project stays under way. The follow-up 伊通河水环境综合治理工程 is part of this project's next step, not a separate task"),
  T(None, "新兴产业股权投资基金", "stalled", P5,
    "first of '…等5个项目仍在积极推动中' (named 3 of 5): neither completed nor under construction, still being negotiated → stalled (尚处前期); on_schedule is defensible because the text states active work ('积极推动')"),
  T(None, "城市配送物流园", "stalled", P5,
    "second of the 5 still being pushed; whole name shorter than 8 characters"),
  T(None, "爱众智慧产业城", "stalled", P5,
    "third named of the 5 (joined before '等5个项目'); whole name shorter than 8 characters"),
 ],
 "summary": {"scopes": [
   {"scope": "市商务局持续跟踪的经贸活动洽谈推动项目 (保留的17个项目)", "total": 17,
    "by_status": {"已完工并运营(投产)": 6, "正在建设中": 5, "仍在积极推动中": 5, "取消": 1},
    "printed": ["保留的17个项目中", "6个项目已完工并运营(投产)", "5个项目正在建设中", "等5个项目仍在积极推动中", "另有 1个项目因企业改变投资意向而取消"],
    "note": "6+5+5+1 = 17; named: 3 of the 6 completed, all 5 under construction, 3 of the 5 still pushed; the cancelled one is not named"}]},
 "layout": "department web page (项目处) relayed on a spam mirror: one intro sentence, then three paragraphs by state, each opened by a count ('6个项目已完工并运营(投产),其中:' / '5个项目正在建设中,其中:' / '另外,…等5个项目仍在积极推动中'), projects separated by ';' inside the first two; footer of the site (phone numbers, address) at the end, cut off",
 "tests": "status given by a paragraph-opening count that applies to the ';'-separated projects after '其中:'; project names beginning with district/county names (绿园区, 榆树市, 净月高新区, 宽城区, 长春新区, 农安县) that are locations, not units; a completed sub-part ('二期已经完工', '已完成设备购置') inside a project that is still under way; names listed before '等5个项目' sharing a status",
 "ambiguities": [
  "The 6 completed projects: only 3 are named; the 5 '仍在积极推动中': only 3 named — counts kept in summary only.",
  "'仍在积极推动中' → stalled (not yet started/landed); on_schedule defensible.",
  "'二期已经完工' (海尔) → on_schedule for the project, not done.",
  "市商务局 tracks the projects ('对…项目进行持续跟踪'); it is not stated as the implementing or responsible unit, so lead is left empty (lead = 市商务局 defensible). '君正书记带队' names the leader of the trips where the projects were negotiated, not a responsible leader."],
 "notes": ["Footer '365备用大陆' is mirror spam replacing the site name; the address and e-mail identify 长春市.",
           "Excerpt ends mid-word ('中国互联网信') in the footer → partial (the project text itself looks complete)."]
}

# ---------------- 芗城 2018 ----------------
stem = "xiangcheng_2018_report"
BASE = "正进行基础施工"
docs[stem] = {
 "source": src(stem, "http://zz.fjsen.com/2018-06/18/content_21163837.htm", "zz.fjsen.com 东南网 漳州频道, news item credited '(芗城区竞赛办 区教育局)'", "2018-06-18 08:25:37"),
 "kind": "report", "partial": False,
 "place": "福建省漳州市芗城区", "year": 2018, "taskCount": 9,
 "tasks": [
  T(None, "校园直饮水工程", "done", "已完工", "whole name shorter than 8 characters"),
  T(None, "万科05地块幼儿园", "done", "竣工待验收",
    "completed, awaiting acceptance → done (on_schedule defensible: not yet accepted/in use)"),
  T(None, "天宝中心幼儿园", "on_schedule", "已进入装修", "whole name shorter than 8 characters"),
  T(None, "夏商新境界幼儿园", "on_schedule", "在建三层,本月可封顶",
    "third floor under construction, topping out expected this month"),
  T(None, "师大附小(二期)", "on_schedule", "正在进行室内外装修", "whole item shorter than 8 characters"),
  T(None, "元光小学", "on_schedule", BASE, "first of four names before '等正进行基础施工'; whole name shorter than 8 characters"),
  T(None, "新华北小学", "on_schedule", BASE, "second of the four; whole name shorter than 8 characters"),
  T(None, "漳州金峰实验小学(一期)", "on_schedule", BASE, "third of the four"),
  T(None, "闽南师大附属芝山幼儿园", "on_schedule", BASE, "fourth of the four (followed by '等', but 4 + 5 named = the 9 projects stated)"),
 ],
 "summary": {"scopes": [
   {"scope": "2018年芗城区教育建设重点项目", "total": 9, "by_status": {"已开工": 9},
    "printed": ["今年芗城区教育建设重点项目共9个", "9个项目都已开工", "累计完成投资2.2亿元", "占年计划投资的55.18%"],
    "note": "all 9 are named in the body; the headline '9个教育建设重点项目均已开工' repeats the count"}]},
 "layout": "short news item: headline, dateline, one count paragraph, one paragraph of clauses separated by '。' and ';' each naming a project and its stage, a 、-list of four schools sharing '正进行基础施工', credit line in brackets, then site chrome (bullets, 相关新闻)",
 "tests": "construction-stage wording (已完工 / 竣工待验收 / 已进入装修 / 在建三层 / 正在进行室内外装修 / 正进行基础施工); a 、-list closed by '等' sharing one status; short school names (< 8 characters); a credit line naming two units that are sources, not leads",
 "ambiguities": [
  "'竣工待验收' → done; on_schedule defensible.",
  "The credit '(芗城区竞赛办 区教育局)' names who wrote/supplied the item; not treated as lead units (区教育局 as lead for all nine is defensible).",
  "'本月可封顶' is an expected milestone, not a deadline."],
 "notes": ["No unit, leader or deadline is assigned to any project.",
           "Whole article appears to be stored (ends with page chrome) → partial false."]
}

# ---------------- 开阳 undated ----------------
stem = "kaiyang_undated_report"
OUT = "室内工程全部完成,正在进行室外附属工程建设"
ORD = "正在有序推进"
PRE = "立项、选址、规划方案、勘界、征地工作已完成"
docs[stem] = {
 "source": src(stem, "https://m.leju.com/guizhou/7_24/6650957222958661377.html", "m.leju.com 乐居 贵州, relay of a newspaper item ('本报讯3月30日'); year not printed", "undated (3月30日)"),
 "kind": "report", "partial": True,
 "place": "贵州省贵阳市开阳县", "year": None, "taskCount": 9,
 "tasks": [
  T(None, "双流镇幼儿园", "on_schedule", OUT,
    "indoor works finished, outdoor ancillary works under way → still under way; whole name shorter than 8 characters"),
  T(None, "龙岗镇第二幼儿园", "on_schedule", OUT, "shares the clause with 双流镇幼儿园"),
  T(None, "开阳五中二期", "on_schedule", ORD, "first of five names before '等建设正在有序推进'; whole name shorter than 8 characters"),
  T(None, "开阳职校运动场及汽车实训基地", "on_schedule", ORD, "second of the five"),
  T(None, "开阳一中实验楼", "on_schedule", ORD, "third of the five; whole name shorter than 8 characters"),
  T(None, "开阳县第七小学", "on_schedule", ORD, "fourth of the five; whole name shorter than 8 characters"),
  T(None, "开阳县第八小学", "on_schedule", ORD, "fifth of the five; whole name shorter than 8 characters"),
  T(None, "开阳县特殊教育学校", "on_schedule", PRE,
    "preparatory steps (立项/选址/规划方案/勘界/征地) completed, construction not started → on_schedule for the pre-construction stage; stalled (尚处前期) defensible; NOT done — '已完成' refers to the preparatory steps"),
  T(None, "开阳县第六中学", "on_schedule", PRE,
    "same clause as 开阳县特殊教育学校 ('…建设项目立项…已完成'); whole name shorter than 8 characters"),
 ],
 "summary": {"scopes": [
   {"scope": "开阳县今年建成、续建、新开工教育项目", "total": 30, "by_status": {},
    "printed": ["开阳县将建成、续建、新开工教育项目30个", "总投资104257万元", "将新增234个班10040个学位"],
    "note": "only 9 of the 30 are named; no counts by status are printed"}]},
 "layout": "one-paragraph news item: a count sentence, then three 、-lists each closed by one shared state (室内工程全部完成,正在进行室外附属工程建设 / 等建设正在有序推进 / 建设项目立项…征地工作已完成), then narrative (cut off), then site chrome",
 "tests": "shared states over 、-lists; '已完成' that refers to preparatory steps (立项、选址…征地) or to a part (室内工程全部完成) and must not make the project done; short school names",
 "ambiguities": [
  "特殊教育学校 / 第六中学: pre-construction → on_schedule (stalled defensible).",
  "双流镇幼儿园 / 龙岗镇第二幼儿园: indoor works done, outdoor under way → on_schedule (done defensible only if one reads the main building as the project).",
  "Year is not printed (stem 'undated'); the 乐居 URL carries no date."],
 "notes": ["开阳县教育局 is the news source ('记者从开阳县教育局获悉'), not stated as the lead of any project; lead left empty (县教育局 as lead defensible).",
           "'开阳县四大班子领导' visit the sites — not named leaders.",
           "Text cut mid-word ('项目建设困') before the comment chrome → partial."]
}

# ---------------- 巍山 2015 ----------------
stem = "weishan_2015_report"
DONE = "全面完成"
GOING = "扎实稳步实施"
docs[stem] = {
 "source": src(stem, "http://dali8.net/thread-69295-1-1.html", "dali8.net forum repost of a correspondent's news item (通讯员:杨树兴), with forum anti-copy garble lines", "early 2016 (reports on 2015: '2015年,累计完成…', '去年,巍山县…')"),
 "kind": "report", "partial": False,
 "place": "云南省大理白族自治州巍山彝族回族自治县", "year": 2015, "taskCount": 11,
 "tasks": [
  T(None, "巍宝山水库工程", "done", DONE, "first of four works after '全面完成' (separated by ','); whole name shorter than 8 characters"),
  T(None, "大石板水库扩建工程", "done", DONE, "second of the four"),
  T(None, "西河治理二、三期工程", "done", DONE, "third of the four; one task (phases 2 and 3 of one river regulation)"),
  T(None, "灌区改造水利血防工程建设", "done", DONE, "fourth (joined by '和')"),
  T(None, "锁水阁水库改扩建工程", "on_schedule", GOING, "first of six names before '扎实稳步实施'"),
  T(None, "甸中河水库", "on_schedule", GOING, "second of six; whole name shorter than 8 characters"),
  T(None, "东山干渠工程", "on_schedule", GOING, "third of six; whole name shorter than 8 characters"),
  T(None, "中央财政小型农田水利重点县建设项目", "on_schedule", GOING, "fourth of six"),
  T(None, "农村饮水安全工程", "on_schedule", GOING, "fifth of six"),
  T(None, "中央财政小型农田水利第五批重点县项目", "on_schedule", GOING, "sixth of six"),
  T(None, "61件小(二)型水库除险加固工程", "on_schedule", "已完工41件,正在实施20件",
    "a batch of 61 small reservoirs: 41 finished, 20 under way → the batch is under way (done for 41 of 61); textStartsWith keeps the count as printed"),
 ],
 "summary": {"scopes": [
   {"scope": "2015年巍山县水利建设", "total": None, "by_status": {},
    "printed": ["全县计划完成水利建设投资33020万元", "累计完成投资34750万元", "新增灌溉面积0.88万亩", "改善灌溉面积3万亩"],
    "note": "investment overshoots the plan (34750 > 33020 万元); no project count is printed"},
   {"scope": "小(二)型水库除险加固", "total": 61, "by_status": {"已完工": 41, "正在实施": 20},
    "printed": ["61件小(二)型水库除险加固工程已完工41件,正在实施20件"],
    "note": "the only per-status count in the text"}]},
 "layout": "forum repost: headline and every paragraph end carry random anti-copy garble ('6 S( C+ d0 y…'); body = a lead sentence with totals, one sentence '全面完成 A,B,C和D', one 、-list closed by '扎实稳步实施', one count sentence; correspondent/contact lines",
 "tests": "status words placed before the list (全面完成 …) and after it (… 扎实稳步实施); ',' used as list separator in the first sentence and '、' in the second; garble tokens adjacent to real text (e.g. 'E2015年', '3万亩 R. C8'); a counted batch with mixed status",
 "ambiguities": [
  "'扎实稳步实施' → on_schedule (stated as going steadily, no verdict of delay).",
  "The 61-reservoir batch → on_schedule (41 done / 20 under way); splitting it into two tasks (done 41, on_schedule 20) is defensible.",
  "'灌区改造水利血防工程建设' read as one work; reading '灌区改造' and '水利血防工程' as two is possible."],
 "notes": ["No unit, leader or deadline is named (巍山县白龙桥中学 is the correspondent's contact address, not a unit).",
           "大理 (dali, the county-level city) is taken; 巍山 is a separate county of 大理州.",
           "Text ends with a stray '|' of the forum table; article complete → partial false."]
}

for stem, d in docs.items():
    text = norm(open(stem + ".txt", encoding="utf-8").read())
    assert d["taskCount"] == len(d["tasks"]), stem
    for t in d["tasks"]:
        for s in [t["textStartsWith"], t["statusText"], t["deadline"]] + t["lead"] + t["co"] + t["leaders"]:
            assert s is None or norm(s) in text, (stem, s)
    for sc in d["summary"]["scopes"]:
        for p in sc["printed"]:
            assert norm(p) in text, (stem, p)
    with open(stem + ".expect.json", "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print(stem, len(d["tasks"]), dict(Counter(t["status"] for t in d["tasks"])))
