import json, os, re, unicodedata, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)) + "/..")
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
def T(number, tsw, status=None, st=None, note="", lead=None, co=None, leaders=None, deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": lead or [], "co": co or [], "leaders": leaders or [],
            "deadline": deadline, "status": status, "statusText": st, "note": note}
def src(stem, url, site, date):
    n = len(open(stem + ".txt", encoding="utf-8").read().encode("utf-8"))
    return "%s (%s; %s); pages corpus, stored excerpt %d bytes" % (url, site, date, n)
docs = {}

# ---------------- 万顷沙镇 2021 ----------------
stem = "wanqingsha_2021_report"
ST = "已全部完成"
names = ["完善医疗服务保障体系建设", "完善养老服务基础设施建设", "强化基层党建群众服务功能", "加强河涌整治和水环境治理",
         "加强食品安全管理", "加强劳动就业扶持", "改善乡村环境卫生", "提升教育资源配置供给", "推动农业产业振兴", "提高政务服务效率"]
docs[stem] = {
 "source": src(stem, "https://nansha.wsqejt.com/content/2021-12/25/content_177092.html", "nansha.wsqejt.com, relay of a 南沙 news item", "2021-12-25"),
 "kind": "report", "partial": False,
 "place": "广东省广州市南沙区万顷沙镇", "year": 2021, "taskCount": 10,
 "tasks": [T(None, n, "done", ST,
             "one of ten quoted project names listed in a row; the closing clause '等十个项目已全部完成' states the status of all ten"
             + ("" if i else "; no unit is named per project ('由镇人大交给镇政府组织有关单位、部门推进落实' is generic) → lead []"))
           for i, n in enumerate(names)],
 "summary": {"scopes": [{"scope": "万顷沙镇2021年十件民生实事项目 (人大代表票决)", "total": 10, "by_status": {"done": 10},
   "printed": ["万顷沙镇2021年十件民生实事项目", "等十个项目已全部完成"],
   "note": "the ten names are printed as a run of “…”“…” quotations; count 十 and the status are printed once for all"}]},
 "layout": "镇人大 supervision news (人大代表视察): visit paragraph naming the sites visited, then one sentence quoting the ten 民生实事 project names back to back and closing '等十个项目已全部完成'",
 "tests": "ten quoted names with no separators other than the quotation marks (“…”“…”), one shared status at the end; sites visited (环卫中心, 政务服务中心, 综合养老服务中心(颐康中心), 安置区一期配套幼儿园, 十四涌水产交易中心食品检测室, 智正农场) are places, not tasks",
 "ambiguities": [
  "The sites the deputies visited are not counted as tasks: they are locations, and the status sentence is about the ten quoted projects.",
  "lead: the text says the 镇人大 handed the projects to the 镇政府 '组织有关单位、部门推进落实'; 镇政府 could be read as lead for all ten — left empty because it is the implementer of the whole list, not a per-task unit."],
 "notes": ["Supervisor is the 镇人大 (人大代表视察); the item reports the result of the year (December).",
           "Place: 万顷沙镇, 南沙区 (printed: '南沙区万顷沙镇三届人大十次会议'), 广州市 inferred (南沙区 belongs to 广州)."]
}

# ---------------- 东北塘街道 2025 ----------------
stem = "dongbeitang_2025_progress"
docs[stem] = {
 "source": src(stem, "https://www.jsxishan.gov.cn/doc/2025/04/27/4553271.shtml", "jsxishan.gov.cn, 无锡市锡山区 government site", "2025-04-27 (from the URL)"),
 "kind": "progress", "partial": True,
 "place": "江苏省无锡市锡山区东北塘街道 (street not named in the heading; inferred from 东北塘社区/大马巷/春塘/茅梓桥)", "year": 2025, "taskCount": 8,
 "tasks": [
  T(None, "辖区内老旧路灯改造出新工程项目", "done", "该项目已于3月完成", "listed under the heading '已完工项目'"),
  T(None, "完善家门口的托育服务,打造全区首个公建民营“小月龄”托班项目", "done", "硬件装潢和软件装饰工作已于3月完成",
    "under '已完工项目'; '正在开展招生宣传' follows (operation started) → done"),
  T(None, "东蕾苑二期新建工程(2024年度续建项目)", "on_schedule", "目前主体完成约70%", "under '已启动实施项目'; works under way"),
  T(None, "街道社区卫生服务中心改扩建主体工程项目", "on_schedule", "目前正在桩基施工中", "已开工建设 on 3月25日, piling under way"),
  T(None, "东昌路东延、艳阳路西延、英才路南延建设项目", "on_schedule", "完成总工程量的40%",
    "one ☑ item with three roads reported separately: 东昌路东延 40% (under way), 艳阳路西延 '已于4月初完工,待验收后通车', 英才路南延 '已完成施工,并验收通车' → the still-running part decides → on_schedule; splitting into three tasks (on_schedule, done, done) is defensible"),
  T(None, "建成投用巴士邻居服务点2处", "on_schedule", "已完成施工筹备",
    "one of the two points '已于2月建成投用', the other only '已完成施工筹备'; the two 随需公交专线 '已于3月1日开通运行' → item not finished → on_schedule"),
  T(None, "加强城市空间复合利用,新增便民停车泊位50个", "on_schedule", "目前已新增英才路路边便民停车泊位15个",
    "15 of 50 parking spaces added; the second half of the item (改建提升城市休憩角1个) has no progress sentence → on_schedule for the item"),
  T(None, "丰富惠老服务供给,新建(改造)春塘社区、茅梓桥社区居家养老服务站点", "on_schedule", "已启动实施项目",
    "the progress sentence is cut off by the excerpt ('春塘社区居家养老服务站于2月开始'); status taken from the group heading '已启动实施项目'; null defensible"),
 ],
 "summary": {"scopes": [{"scope": "2025年街道民生实事项目 (the part in the excerpt)", "total": None,
   "by_status": {"已完工项目 (heading)": 2, "已启动实施项目 (heading, in excerpt)": 6},
   "printed": ["2025年街道各民生实事项目总体进展良好", "目前正在有序推进", "已完工项目", "已启动实施项目"],
   "note": "no total is printed; the page groups items under two headings, each item marked ☑, followed by its progress lines"}]},
 "layout": "government-site WeChat-style post: intro lines, heading '已完工项目' with 2 ☑ items, heading '已启动实施项目' with ☑ items; each ☑ line is the 民生实事 item (often a long 'goal + project' title), the next line(s) its progress",
 "tests": "☑-bulleted items with headings as group statuses; long item titles containing ',' and ';' (one item = two sub-goals); one item with three sub-roads each given its own status",
 "ambiguities": [
  "Item 5 (three roads) could be split into three tasks; kept whole because it is one ☑ line.",
  "Item 7 and item 8 titles contain ';' joining two sub-goals; kept as one task each (one ☑ line); textStartsWith is the first sub-goal.",
  "Item 2: the heading says 已完工 and the fit-out is finished; enrolment publicity is under way → done."],
 "notes": ["No units or leaders are named.",
           "Street name not printed as such; 东北塘 appears only inside names (东北塘社区巴士邻居服务点, 东北塘随需公交专线). The page sits on jsxishan.gov.cn (锡山区).",
           "Excerpt ends mid-sentence ('…于2月开始') → partial."]
}

# ---------------- 锡林浩特 2025 ----------------
stem = "xilinhaote_2025_progress"
docs[stem] = {
 "source": src(stem, "http://wfcyjxm.com/xilinhaote/zwgk/zfxxgkzl/fdzdgknr/zdlyxxgk/zdjsxm/2025093016410254859/index.html",
               "wfcyjxm.com, mirror of the 锡林浩特市 政府信息公开 page (索引号 01166760-1/2025-00033)", "2025-09-30"),
 "kind": "progress", "partial": True,
 "place": "内蒙古自治区锡林郭勒盟锡林浩特市", "year": 2025, "taskCount": 15,
 "tasks": [
  T(None, "泰富400MW风电项目", "on_schedule", "正在开展风机吊装作业", "shares the status with the next project (joined by 、); '力争年内实现并网发电' is a target, not a deadline"),
  T(None, "智汇隆达42MW分散式风电项目", "on_schedule", "正在开展风机吊装作业", "see previous task"),
  T(None, "明阳年产300台套风电叶片高端制造项目", "done", "皆已投产运营", "three projects closed by '等皆已投产运营'"),
  T(None, "爱味客冷冻薯条扩产项目", "done", "皆已投产运营", "see previous task"),
  T(None, "初王生物科技有限公司乳制品深加工项目", "done", "皆已投产运营", "see previous task; the company name is part of the project name, not a unit"),
  T(None, "防洪排涝提升工程", "done", "等重点项目已完工", "two works closed by '等重点项目已完工'"),
  T(None, "维修改造老旧公厕", "done", "等重点项目已完工", "whole item is 8 characters"),
  T(None, "经济技术开发区道路及配套管网工程", "on_schedule", "进度已超过90%", "'经济技术开发区' is where the work is, not a unit"),
  T(None, "老旧小区改造主体工程建设", "on_schedule", "进度已超过90%", "shares the status with the previous item"),
  T(None, "锡林浩特市中部腹地浑善达克沙地综合治理项目", "on_schedule", "提速推进中", "two projects closed by '提速推进中'"),
  T(None, "“三北”工程林草湿荒一体化保护修复项目", "on_schedule", "提速推进中", "see previous task"),
  T(None, "污水处理厂尾水人工湿地工程", "on_schedule", "已开工", "'近日新增…已开工' → newly started → on_schedule"),
  T(None, "泰富文体中心项目", None, None, "named in the last paragraph, whose status is cut off by the excerpt → null"),
  T(None, "职教中心风雨操场建设", None, None, "cut off → null"),
  T(None, "应急救援物资储备库及", None, None, "name itself truncated at the end of the excerpt → null; dropping it is defensible"),
 ],
 "summary": {"scopes": [{"scope": "2025年全市重点项目", "total": 112,
   "by_status": {"开复工": 106, "新建项目中开工": 59},
   "printed": ["2025年全市计划实施重点项目112个", "已开复工项目106个", "总体开复工率达94.6%", "59个项目顺利开工", "占年度计划投资的56.1%"],
   "note": "then five sector paragraphs (能源及配套 27, 工业及信息化 20, 基础设施 30, 生态保护与发展 10, 社会事业及服务业 19), each naming example projects with a shared status"}]},
 "layout": "county-level-city 政府信息公开 page (table header rows with 标题/索引号/发文机构 rendered as '|' lines), then a count paragraph and one paragraph per sector: '从…领域来看,已实施重点项目N个,…。截至目前,A、B等…(status)'",
 "tests": "、-lists of project names closed by one shared status (皆已投产运营 / 已完工 / 进度已超过90% / 提速推进中); project names that begin with place or company names; a list cut off mid-name at the end",
 "ambiguities": [
  "'进度已超过90%' (Sept.) → on_schedule; the text gives no verdict (good defensible).",
  "'正在开展风机吊装作业,力争年内实现并网发电' → on_schedule; 年内 is a target, not a printed deadline.",
  "The truncated 15th name '应急救援物资储备库及…' is kept as a null-status task; a reader may drop it."],
 "notes": ["No units or leaders are named; counts are by sector.",
           "Excerpt ends mid-list in the 社会事业及服务业 paragraph → partial."]
}

# ---------------- 伊春 2020 ----------------
stem = "yichunhlj_2020_report"
A100 = "完成年度计划100%及以上的项目4个"
A90 = "完成年度计划投资90%以上的项目2个"
A80 = "完成年度计划80%以上的项目2个"
LAG = ("year-end (截至12月末) figure below 100% of the annual investment plan → lagging; the report itself only ranks by completion rate "
       "and uses no word like 滞后, so null is defensible")
docs[stem] = {
 "source": src(stem, "https://bzdlxx.com/zwxxgk/zcgk/fdzdgknr/zdxm/zdjsxmssqk/2021/01/146233",
               "bzdlxx.com, mirror of the 伊春市 政府信息公开 page (重点项目 / 重大建设项目实施情况)", "2021-01 (from the URL)"),
 "kind": "report", "partial": True,
 "place": "黑龙江省伊春市", "year": 2020, "taskCount": 14,
 "tasks": [
  T(None, "新希望生猪养殖场建设项目", "done", A100, "annual investment plan completed (100%+) → done; good defensible since the report is about annual plans, not project completion"),
  T(None, "五营忠芝大山王蓝莓产品生产线技术改造项目", "done", A100, "see task 1; 五营 is part of the name"),
  T(None, "伊春支线机场改扩建工程", "done", A100, "see task 1"),
  T(None, "建龙西钢焦化及综合利用项目", "done", A100, "see task 1"),
  T(None, "铁力市宇祥生物质热电联产建设项目", "lagging", A90, LAG + "; 铁力市 is part of the project name, not a unit"),
  T(None, "格润药业经典名方综合车间建设项目", "lagging", A90, LAG),
  T(None, "伊春旅游公路升级改造工程", "lagging", A80, LAG),
  T(None, "中心城区城市建设项目", "lagging", A80, LAG),
  T(None, "松风食品百万头生猪屠宰项目", "done", "已完成年度计划", "example for '等134个项目已完成年度计划' (县(市)区重点项目)"),
  T(None, "经开区新建基础设施", "lagging", "完成年度计划90%以上", "example for '等3个项目'; " + LAG),
  T(None, "友好区第一中学运动场地建设", "lagging", "完成年度计划在80%以上", "example for '等4个项目'; 友好区 is part of the name; " + LAG),
  T(None, "汤旺县伊春森林温泉度假酒店", "lagging", "完成年度计划70%以上", "example for '等2个项目'; " + LAG),
  T(None, "铁力市城区热电联产集中供热热源建设", "lagging", "完成年度计划60%以上", "example for '等2个项目'; " + LAG),
  T(None, "丰林县红星2020年高标准农田", "lagging", "完成年度计划50%以下", "example for '等5个项目'; the lowest band — clearly behind"),
 ],
 "summary": {"scopes": [
   {"scope": "百大项目", "total": 10, "by_status": {"完成年度计划100%及以上": 4, "90%以上": 2, "80%以上": 2, "not named in excerpt": 2},
    "printed": ["全市10个百大项目全部开复工", "完成年度计划的101.64%", A100, A90, A80],
    "note": "4+2+2 = 8 named; the remaining 2 百大项目 are not mentioned in the excerpt"},
   {"scope": "各县(市)区重点项目", "total": 150,
    "by_status": {"已完成年度计划": 134, "90%以上": 3, "80%以上": 4, "70%以上": 2, "60%以上": 2, "50%以下": 5},
    "printed": ["150个县(市)区重点项目全部开复工", "完成年度计划的109.3%", "等134个项目已完成年度计划", "等3个项目完成年度计划90%以上",
                "等4个项目完成年度计划在80%以上", "等2个项目完成年度计划70%以上", "等2个项目完成年度计划60%以上", "等5个项目完成年度计划50%以下"],
    "note": "only one example project is named per band; the counts sum to 150"},
   {"scope": "市直部门重点项目", "total": 7, "by_status": {}, "printed": ["7个市直部门重点项目全部"], "note": "cut off by the excerpt"}]},
 "layout": "municipal year-end report: 一、基本情况 (counts and money), 二、项目进展情况 with (一)百大项目 / (二)县(市)区 / (三)市直部门; projects are grouped into completion-rate bands, each band naming its projects ('分别为A完成投资…,B完成投资…') or one example ('A等N个项目…')",
 "tests": "statuses expressed only as completion-rate bands of the annual investment plan; project names starting with county/district names (铁力市, 友好区, 汤旺县, 丰林县) that are not units; 'A等N个项目' where only A is named",
 "ambiguities": [
  "Bands below 100% at year-end coded lagging; null (no verdict word) or on_schedule for the 90% band are defensible.",
  "100%+ bands coded done (annual plan completed); good is defensible for 101%+ but no per-project percentage is printed.",
  "Only the named example of each 'A等N个项目' band is a task; the unnamed members are counted only in the summary."],
 "notes": ["Stem 'yichunhlj' = 伊春 (黑龙江); 'yichun' is already used for 宜春 (江西).",
           "Place inferred from 伊春支线机场, 伊春旅游公路, 伊春森林温泉 and the districts/counties named (铁力市, 友好区, 汤旺县, 丰林县, 五营).",
           "No units or leaders are named in the excerpt.",
           "Excerpt ends inside (三) ('7个市直部门重点项目全部') → partial."]
}

bad = 0
for stem, d in docs.items():
    assert d["taskCount"] == len(d["tasks"]), stem
    text = norm(open(stem + ".txt", encoding="utf-8").read())
    for t in d["tasks"]:
        for s in [t["textStartsWith"], t["statusText"], t["deadline"]] + t["lead"] + t["co"] + t["leaders"]:
            if s and norm(s) not in text:
                print("MISSING", stem, s); bad += 1
    for sc in d["summary"]["scopes"]:
        for p in sc["printed"]:
            if norm(p) not in text:
                print("MISSING printed", stem, p); bad += 1
    json.dump(d, open(stem + ".expect.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(stem, d["taskCount"], "tasks")
sys.exit(1 if bad else 0)
