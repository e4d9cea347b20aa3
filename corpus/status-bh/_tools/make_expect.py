import json, os, re, unicodedata
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def T(number, tsw, status, st, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- yantai
DOCS["yantai_2020_notice"] = dict(
 source="http://www.yantai.gov.cn/art/2020/7/16/art_43396_2922927.html (烟台市人民政府 site, 市政府办公室, 日期 2020-07-16: `2020年我市重点任务公开承诺事项上半年推进情况`, a 市委督查室 调度 of the 23 公开承诺事项); pages corpus, stored excerpt 1995 bytes",
 kind="notice", partial=True, place="山东省烟台市 (prefecture-level city)", year=2020,
 tasks=[
  T("1", "万华聚氨酯产业链一体化—乙烯项目建成投产", "on_schedule", "推进顺利", lead=["开发区"],
    note="Heading `一、推进顺利的14项` gives the status to items 1–4. The same project is named in the summary sentence (`老岚水库、万华聚氨酯产业链一体化—乙烯等14项推进顺利`); it is one task, not two. Its 推进情况 (`正在调试设备,9月底可投产`) agrees: under way, not finished. `开发区` is printed without a city prefix; kept as printed."),
  T("2", "建设6大类、82个重点水利工程暨全域治水项目", "on_schedule", "推进顺利", lead=["市水利局"],
    note="Group status from the heading. The 、 inside `6大类、82个` is part of the text, not a list of tasks."),
  T("3", "推进省市重点项目建设,197个市级重点项目完成投资660亿元", "on_schedule", "推进顺利", lead=["市发改委"],
    note="Group status from the heading; 197 projects are the scope of one 承诺事项, not separate tasks."),
  T("4", "潍烟高铁10月份开工建设", "on_schedule", "推进顺利", lead=["市交通运输局"],
    note="The unit's closing parenthesis is missing in the store (`(牵头单位:市交通运输局` then a blank line), and `推进情况` has lost its colon; kept as found. `10月份开工建设` is the commitment's own target, not a deadline column, so deadline is null. Status from the heading (the 推进情况 describes approvals, start still pending, but the notice files it under 推进顺利). The excerpt is cut inside this item's 推进情况 (`约93.4`)."),
  T(None, "老岚水库", "on_schedule", "推进顺利",
    note="Named only in the summary sentence as one of the 14 `推进顺利` items; its numbered entry lies beyond the cut. Whole name, 4 characters. No unit printed for it in this excerpt."),
  T(None, "幸福新城", "lagging", "部分工作进展较慢",
    note="Named only in the summary: `幸福新城、城市轨道交通等9项部分工作进展较慢` → lagging. Section 二 (the 9 slow items, with their units) is beyond the cut. Whole name, 4 characters."),
  T(None, "城市轨道交通", "lagging", "部分工作进展较慢",
    note="Second named member of the 9 slow items; same status. Whole name, 6 characters."),
 ],
 summary={"scopes": [{"scope": "2020年重点任务公开承诺事项 (烟台 share of the province-wide list)", "total": 23,
   "by_status": {"on_schedule": 14, "lagging": 9},
   "printed": ["其中我市23项", "等14项推进顺利", "等9项部分工作进展较慢", "一、推进顺利的14项"],
   "note": "推进顺利 → on_schedule (progressing as planned, no claim of completion or of being ahead); 部分工作进展较慢 → lagging. 14 + 9 = 23 reconciles. The excerpt shows items 1–4 of the 14 and names 1 more (老岚水库) and 2 of the 9."}]},
 notes=[
  "Issuer: the page is on the city government site (来源: 市政府办公室); the 调度 was done by 市委督查室. Treated as a notice (督查 results published per item with a status group).",
  "Tasks: numbered items 1–4 under `一、推进顺利的14项` plus the three projects named only in the summary sentence (老岚水库; 幸福新城, 城市轨道交通). 万华… appears in both places and is counted once (as item 1).",
  "Each numbered item has one unit in `(牵头单位:X)` → lead. No co units, no leaders, no deadlines printed.",
  "`4月14日,大众日报公开刊发…` is background, not a task. `推进情况:` paragraphs are progress text; they do not override the group status.",
 ])

# ---------------------------------------------------------------- yushan
DOCS["yushan_2017_progress"] = dict(
 source="http://jxjw.net/p/184937 (repost of the 玉山卫生 account: `玉山县卫计委2017年重点项目建设进展情况(2月25日)`); pages corpus, stored excerpt 835 bytes (complete)",
 kind="progress", partial=False, place="江西省上饶市玉山县 (county)", year=2017,
 tasks=[
  T("一", "樟村镇中心卫生院整体迁建工程", "done", "整体迁建已基本完成",
    note="`现卫生院整体迁建已基本完成` → done (基本完成 read as completion); the 今日进度 lists finishing trades (doors, wall paint, scaffolding at the gate), so on_schedule is the alternative reading."),
  T("二", "怀玉乡中心卫生院门诊公卫楼", "on_schedule", "现已完成三层楼面浇筑",
    note="A finished construction stage (third-floor slab poured) with work continuing (plastering, wiring): under way → on_schedule. 已完成 here completes a stage, not the building."),
  T("三", "紫湖镇卫生院整体迁建工程", "on_schedule", "已于1月16号正式开工",
    note="Started 16 January; today waiting for setting-out: under way → on_schedule."),
  T("四", "文成镇卫生院整体迁建工程", "on_schedule", "已于1月17号正式开工",
    note="Started 17 January; 三通一平 and backfill done: under way → on_schedule."),
 ],
 summary={"scopes": [{"scope": "卫计委2017年重点项目", "total": 4, "by_status": {"done": 1, "on_schedule": 3},
   "printed": ["玉山县卫计委2017年重点项目建设进展情况(2月25日)"], "note": "no counts printed; total = the four numbered projects"}]},
 notes=[
  "A daily progress bulletin: four projects numbered 一–四, each with a one-line stage and a `今日进度:` line of the day's work. The stage line gives the status; the 今日进度 line is progress detail.",
  "No units are printed per project (the 卫计委 is the issuer; `玉山卫生` is the posting account, not a unit), so lead/co are empty. `规划局苏队长` in item 三 is a contact, not a responsible unit.",
  "The same source has a 2月28日 edition (jxjw.net/p/191306) with identical stage lines; only the 2月25日 one is used.",
 ])

# ---------------------------------------------------------------- changzhou
S1 = "相继开工建设"
DOCS["changzhou_2015_progress"] = dict(
 source="pages corpus record with no url stored (title line `市城乡建设局2015年重点工程三季度推进情况 | 发布日期:2015-10-23 |`); stored excerpt 1998 bytes, cut mid-word at the end (`全力完成今年各项建`). Place inferred from the street and project names (兰陵北路, 晋陵南路, 青果巷, 戚墅堰污水处理厂, 采菱港, 横塘河): 常州市.",
 kind="progress", partial=True, place="江苏省常州市 (prefecture-level city; issuer 市城乡建设局) — inferred, the city is not named in the excerpt", year=2015,
 tasks=[
  T(None, "三堡街(五星路-勤业路)", "on_schedule", S1, note="First of six roads sharing `…、新一路等工程相继开工建设` → started → on_schedule. Parentheses and hyphen are ASCII in the store."),
  T(None, "光华路(兰陵北路-晋陵南路)", "on_schedule", S1, note="Road section; shares `相继开工建设`. Not the same task as the 光华路 greenway below."),
  T(None, "新堂北路", "on_schedule", S1, note="Shares `相继开工建设`. Whole name, 4 characters."),
  T(None, "永宁路", "on_schedule", S1, note="Shares `相继开工建设`. Whole name, 3 characters."),
  T(None, "龙汇路及综合管廊", "on_schedule", S1, note="One project (road with its utility tunnel), joined by 及; shares `相继开工建设`. Whole name, 8 characters."),
  T(None, "新一路", "on_schedule", S1, note="Last of the six, followed by `等工程相继开工建设`; 等 is not a further task. Whole name, 3 characters."),
  T(None, "劳动西路(五星路-龙江路)", "on_schedule", "正进行雨污水管道及灰土施工", note="Shares the `正进行…施工` clause with the next road → under way."),
  T(None, "横塘河西路(青龙西路-竹林北路)", "on_schedule", "正进行雨污水管道及灰土施工", note="Second of the pair."),
  T(None, "飞龙西路大修工程", "on_schedule", "开始沥青面层施工", note="`混凝土路基及水稳完成,开始沥青面层施工`: one stage done, the next begun → on_schedule."),
  T(None, "福阳路", "on_schedule", "完成部分灰土及桥梁结构施工", note="Part of the works done → under way → on_schedule. Whole name, 3 characters."),
  T(None, "红梅路人行道改造", "done", "基本完成", note="`红梅路人行道改造基本完成` → done (基本完成 read as completion, as in the other documents of this batch); on_schedule is the alternative. Whole name, 8 characters."),
  T(None, "丽华路生态绿道", "done", "丽华路生态绿道已完成", note="`已完成` → done. Whole name, 7 characters."),
  T(None, "光华路", "on_schedule", "已进场施工", note="The greenway: `光华路、大明路生态绿道及采菱港滨河绿地已进场施工` names three projects; `生态绿道` is shared by 光华路 and 大明路. The verbatim start of this task is only `光华路` (3 characters), which is also the start of the road task above; a matcher has to tell them apart by the longer road name."),
  T(None, "大明路生态绿道", "on_schedule", "已进场施工", note="Second greenway of the shared clause → on_schedule."),
  T(None, "采菱港滨河绿地", "on_schedule", "已进场施工", note="Third member of the shared clause, joined by 及. Whole name, 7 characters."),
  T(None, "白荡河绿地", "done", "已完成全部园路铺设及景观造景工作", note="`已完成全部园路铺设及景观造景工作`: all paths and landscaping finished → done; on_schedule is defensible because completion of the park is not stated in so many words. Whole name, 5 characters."),
  T(None, "横塘河湿地公园", "on_schedule", "继续开展市政设施、绿化种植工作", note="Work continuing → on_schedule. Whole name, 7 characters."),
  T(None, "皇粮浜公园", "stalled", "正抓紧推进前期工作", note="`皇粮浜公园及陶家村绿地等项目正抓紧推进前期工作`: a 2015 重点工程 still in 前期 in Q3 → stalled (not yet built when it should be, the brief's reading); null or on_schedule are the alternatives since no lag is stated. Whole name, 5 characters."),
  T(None, "陶家村绿地", "stalled", "正抓紧推进前期工作", note="Second member of the same clause; `等项目` adds no named task. Whole name, 5 characters."),
  T(None, "应急水源取水头部及泵站工程", "on_schedule", "土建部分已全部完工", note="Only the civil-works part is finished (equipment not mentioned) → on_schedule; done is the alternative if the civil works are the whole scope."),
  T(None, "自来水深度处理工艺改造工程", "on_schedule", "完成施工场地构筑物拆除和绿化迁移", note="Site clearance done → works under way → on_schedule."),
  T(None, "戚墅堰污水处理厂三期", "on_schedule", "继续进行电气自控及设备安装工作", note="Structures basically done, installation continuing → on_schedule."),
  T(None, "江边污水厂管网扩建工程", "on_schedule", "累计完成顶管4900米", note="Only a cumulative quantity of pipe-jacking is given: physical work under way → on_schedule; null is the alternative (no status word)."),
  T(None, "天然气利用三期工程", "on_schedule", "累计完成铸铁管改造25公里", note="Quantities only (25 km replaced, 30 km new) → under way → on_schedule; null is the alternative."),
  T(None, "青果巷历史文化街区", "on_schedule", "开始主道综合管线施工", note="Pipeline works begun and repair of groups 8–10 continuing → on_schedule. `青果巷8号、9号、10号组团` are parts of this project, not tasks."),
  T(None, "文化广场一期工程", "on_schedule", "已完成抗拔桩1300余根", note="Foundation quantities (piles, earthwork, shoring) → under way → on_schedule."),
  T(None, "二期工程", "stalled", "二期工程施工单位近期将进场施工", note="文化广场 phase 2: the contractor `近期将进场施工` (has not entered the site) → not started → stalled; null is the alternative since no lag is stated. Printed name is only `二期工程` (4 characters); it belongs to 文化广场."),
 ],
 summary={"scopes": [{"scope": "市城乡建设局承担的2015年重点工程", "total": 55, "by_status": {},
   "printed": ["四大类55项重点工程项目", "三季度新开工项目11个"],
   "note": "No status counts; 11 new starts in Q3 are not identified one by one. Named tasks: done 3, on_schedule 21, stalled 3."}]},
 notes=[
  "Layout: four category paragraphs (路网完善 / 生态绿城 / 民生保障 / 城市文化), each a run of clauses separated by ;, and inside a clause several projects joined by 、 or 及 share one stage phrase. Tasks = named projects (number null); the category names are sections.",
  "Stage words coded: 相继开工建设 / 正进行…施工 / 开始…施工 / 已进场施工 / 继续… / a finished sub-stage → on_schedule; 已完成 / 基本完成 / 已完成全部… → done; 正抓紧推进前期工作 / 近期将进场施工 → stalled.",
  "No units, leaders or deadlines are printed per project (the issuer 市城乡建设局 is responsible for all 55), so lead/co are empty.",
  "The stored record has no url. The title line ends in ` |` cells (`… |`, `发布日期:2015-10-23 |`), kept as found.",
 ])

# ---------------------------------------------------------------- huangzhong
DOCS["huangzhong_2011_progress"] = dict(
 source="pages corpus record with no url stored (county-site news `湟中县万余套保障性住房建设项目进展顺利`, 时间:2011-12-09, 来源:本站; a PHP fragment `exit();?>` leaked into the page); stored excerpt 1242 bytes, complete",
 kind="progress", partial=False, place="青海省西宁市湟中县 (county; now 湟中区)", year=2011,
 tasks=[
  T(None, "6000户农村困难群众危旧房改造项目", "on_schedule", "已竣工103户、主体施工2475户、正在备料3422户",
    note="Named in prose after its investment (`投资11520万元的…项目`); textStartsWith is the project name. Mixed stages (some done, most under construction or stocking materials) → on_schedule."),
  T(None, "6500户农村奖励性住房建设项目", "on_schedule", "竣工1600户、主体施工4700户", note="Part completed, most under construction → on_schedule."),
  T(None, "270套国有林场棚户区改造项目", "stalled", "正在办理农用地转用手续",
    note="`地勘已完成,正在办理农用地转用手续,预计8月上旬开工建设`: not started, still getting land approval → stalled. `预计8月上旬开工建设` is an expected start, not a deadline."),
  T(None, "50套廉租房建设项目", "on_schedule", "正在进行\"三通一平\"工程",
    note="`施工图审查、招投标等前期工作已结束,正在进行\"三通一平\"工程`: preparation finished and site levelling under way → on_schedule; stalled is the alternative if 三通一平 is read as still pre-construction. The store has straight double quotes around 三通一平."),
  T(None, "50套棚户区安置房", "on_schedule", "主体全部完工,正在进行室内粉刷", note="Structure finished, interior work under way → on_schedule. Whole name, 8 characters."),
  T(None, "400套公共租赁住房建设项目", "on_schedule", "330套进行基础施工",
    note="330 units in foundation works, the other 70 in land acquisition and design (`预计8月底开工建设`). The project as a whole has started → on_schedule."),
 ],
 summary={"scopes": [{"scope": "城乡困难群众保障性住房", "total": 13270, "by_status": {"started": 9308},
   "printed": ["保障性住房13270套", "目前已开工建设9308套"], "note": "counts are dwellings (套), not projects; 6 named projects"}]},
 notes=[
  "One long sentence, six projects separated by ;, each introduced by `投资N万元的` and followed by its stages and completed investment. Tasks = the six projects (number null); the headline's `进展顺利` is general.",
  "Date: page time 2011-12-09, but the text expects starts in `8月上旬` / `8月底`, so it was written around July 2011; year 2011 either way.",
  "No units, leaders or deadlines printed.",
 ])

# ---------------------------------------------------------------- yicheng
DOCS["yicheng_2012_report"] = dict(
 source="http://sfzggw.zaozhuang.gov.cn/fgyw/zdjsxm/201211/t20121108_192567.html (枣庄市发展和改革委员会 site, 重点建设项目 column, 更新时间 2012-11-08: `峄城区专项督查全区重点项目建设`); pages corpus, stored excerpt 1131 bytes, complete",
 kind="report", partial=False, place="山东省枣庄市峄城区 (district)", year=2012,
 tasks=[
  T(None, "申丰速凝早强特种水泥建设项目", "done", "已提前建成投产",
    note="First of three named in `其中A、B、C等28个项目已提前建成投产` → done (提前建成投产 = completed ahead of plan; FORMAT puts 提前完成 under done)."),
  T(None, "保税仓库建设项目", "done", "已提前建成投产", note="Second named member; same status. Whole name, 8 characters."),
  T(None, "110kV棠阴输变电工程", "done", "已提前建成投产", note="Third named member; `等28个项目` adds no named task."),
 ],
 summary={"scopes": [{"scope": "峄城区重点项目", "total": 57, "by_status": {"started": 57, "done": 28},
   "printed": ["全区57个重点项目", "57个重点项目全部开工", "等28个项目已提前建成投产", "个别项目进度偏慢"],
   "note": "the slow projects (`个别项目进度偏慢`) are not named, so they give no task"}]},
 notes=[
  "A 督查 news item: 区重点项目办 with 区督查和绩效管理局 inspected all 57 projects. Only three projects are named, all in the done group; this document tests a short 、-list before `等N个项目` with a shared status.",
  "`110月份` is scrape damage for `1-10月份` (the dash is lost); kept as found.",
  "No units, leaders or deadlines printed for the projects; the inspecting offices are not task units.",
 ])

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))

for stem, d in DOCS.items():
    text = open(os.path.join(OUT, stem + ".txt"), encoding="utf-8").read()
    nt = norm(text)
    for t in d["tasks"]:
        for key in ("textStartsWith", "statusText", "deadline"):
            if t[key]: assert norm(t[key]) in nt, (stem, key, t[key])
        for u in t["lead"] + t["co"] + t["leaders"]: assert norm(u) in nt, (stem, u)
    for sc in d["summary"]["scopes"]:
        for p in sc["printed"]: assert norm(p) in nt, (stem, p)
    exp = {"source": d["source"], "kind": d["kind"], "partial": d["partial"], "place": d["place"], "year": d["year"],
           "taskCount": len(d["tasks"]), "tasks": d["tasks"], "summary": d["summary"], "notes": d["notes"]}
    with open(os.path.join(OUT, stem + ".expect.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1); fh.write("\n")
    from collections import Counter
    print(stem, d["kind"], len(d["tasks"]), dict(Counter(str(t["status"]) for t in d["tasks"])),
          "units" if any(t["lead"] or t["co"] for t in d["tasks"]) else "no units")
