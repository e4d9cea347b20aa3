import json, os, re, unicodedata
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
def T(number, tsw, status=None, st=None, note="", lead=None, co=None, leaders=None, deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": lead or [], "co": co or [], "leaders": leaders or [],
            "deadline": deadline, "status": status, "statusText": st, "note": note}
def src(stem, url, site, date):
    n = len(open(stem + ".txt", encoding="utf-8").read().encode("utf-8"))
    return "%s (%s; %s); pages corpus, stored excerpt %d bytes" % (url, site, date, n)
docs = {}

# ---------------- 雨花街道 2020 ----------------
stem = "yuhua_2020_report"
docs[stem] = {
 "source": src(stem, "https://www.yhrd.cn/_t167/89/84/c13195a362884/page.htm", "yhrd.cn, 雨花台区人大 site", "2020-04-17"),
 "kind": "report", "partial": False,
 "place": "江苏省南京市雨花台区雨花街道", "year": 2020, "taskCount": 5,
 "tasks": [
  T(None, "雨花苑老旧小区整治工程项目", "on_schedule", "已完成施工进度的50%",
    "works under way (施工进度 50%); '预计9月底可以完工' is an expected completion, not a deadline → deadline null"),
  T(None, "康盛花园9-12幢片区整治工程项目", "stalled", "待批复后开展后续工作",
    "still in approvals: 初步设计已获批复, 概算文本已上报, waiting for approval → stalled (尚处前期); the author gives no verdict, null defensible"),
  T(None, "花神科技园小游园二期建设项目", "stalled", "已完成工程前期手续",
    "only the 前期手续 are done; construction not stated as started → stalled (尚处前期); null defensible"),
  T(None, "退役军人活动场所打造工程", "on_schedule", "按序时进度推进",
    "可行性研究报告已完成, 装修设计 under way, next 立项审批; the sentence closes with '按序时进度推进' → on_schedule"),
  T(None, "雨花街道文体中心建设", "on_schedule", "硬装已经结束,软装和家具正在设计阶段",
    "hard fit-out finished, soft fit-out in design → in progress → on_schedule"),
 ],
 "summary": {"scopes": [{"scope": "区人大常委会2020年民生实事重点项目 (those in 雨花街道)", "total": None, "by_status": {},
   "printed": ["区人大常委会2020年民生实事重点项目"], "note": "no counts printed; five projects listed after '目前,' separated by ';'"}]},
 "layout": "人大街道工委 news item on a 'cloud supervision' of 民生实事 projects; one paragraph '目前,' + five ';'-separated clauses, each 'project + progress words'",
 "tests": "unnumbered ';'-separated project clauses in one sentence; mix of construction progress (50%), approval-stage descriptions and an explicit '按序时进度推进'; expected completion '预计9月底可以完工' is not a deadline",
 "ambiguities": [
  "tasks 2 and 3 are pre-construction stage descriptions without a verdict; coded stalled (尚处前期) — null is defensible, and task 4 at a similar stage is called 按序时进度推进 by the author",
  "task 1: percentage progress in construction → on_schedule (null defensible, as percentages alone are not verdicts)",
  "place: the page is on yhrd.cn (雨花台区人大); 雨花街道, 花神科技园 and 康盛花园 are in 南京市雨花台区 — district inferred from the site and names, not printed"],
 "notes": ["No units or leaders are named for any project; 雨花街道人大工委 is the supervisor, not a lead unit.",
           "Full text of the item is stored (991 bytes, ends with the article's last sentence) → partial false."]
}

# ---------------- 漕河镇 (兖州) undated ----------------
stem = "caohe_undated_report"
docs[stem] = {
 "source": src(stem, "http://www.yunhepan.com/news/277789.shtml", "yunhepan.com, local news relay (通讯员 蔡祥珍 孔维征)", "date not printed"),
 "kind": "report", "partial": True,
 "place": "山东省济宁市兖州市(今兖州区)漕河镇", "year": None, "taskCount": 12,
 "tasks": [
  T(None, "金鑫玻璃一期工程", "on_schedule", "二期正在进行窑炉施工",
    "one project, two phases: '一期工程已投产' (done) and '二期正在进行窑炉施工' (in progress) → project on_schedule; splitting into two tasks (done + on_schedule) is defensible"),
  T(None, "浩润工贸包装彩印项目", "on_schedule", "正在安装设备",
    "shares the clause '车间已建成,正在安装设备' with 国大钢构 (joined by 和)"),
  T(None, "国大钢构12万吨钢管制造项目", "on_schedule", "正在安装设备", "see previous task"),
  T(None, "土佬茂食品屠宰分割车间", "on_schedule", "熟食生产车间已完成主体工程",
    "project named only through its parts: 屠宰分割车间已投产, 熟食生产车间已完成主体工程, 办公楼已投入使用 → project still in progress → on_schedule; textStartsWith is the first part's name (the project itself is 土佬茂食品)"),
  T(None, "海钰生物保健食品生产项目", "on_schedule", "制剂车间正在安装设备", "原料车间已建成 + 制剂车间正在安装设备"),
  T(None, "车马龙年产10万辆电动车零部件项目", "on_schedule", "厂房主体和办公楼主体已完工",
    "主体已完工 = structure finished, not the project → on_schedule (done defensible)"),
  T(None, "长安机械农机提升器项目", "done", "车间已建成",
    "only '车间已建成' is stated → done (已建成 ≈ 已竣工); on_schedule defensible since production start is not stated"),
  T(None, "工业园区和谷肖线镇驻地至社区段", "on_schedule", "正在进行排水、人行道铺设和绿化亮化工作",
    "road section: 道路硬化 finished, drainage/sidewalk/greening under way"),
  T(None, "贫水区2万亩农业综合开发工程", "done", "已完工", ""),
  T(None, "东厂提水站改造工程", "on_schedule", "正在施工", ""),
  T(None, "社区服务中心、幼儿园和商业街", "done", "已投入使用",
    "three facilities of 漕河新村社区 sharing one status; kept as one task (three if split on 、/和)"),
  T(None, "敬老院建设", "stalled", "已完成规划设计等前期手续办理",
    "only planning/前期手续 done → not yet under construction → stalled (尚处前期); null defensible"),
 ],
 "summary": {"scopes": [
   {"scope": "七个重点建设项目", "total": 7, "by_status": {"on_schedule": 6, "done": 1},
    "printed": ["七个重点建设项目进展顺利"], "note": "portfolio verdict '进展顺利' (on_schedule/good); the seven projects follow after ':' separated by ';'"}]},
 "layout": "township news report (本网讯) in three thematic paragraphs; key projects listed after '七个重点建设项目进展顺利:' as ';'-separated clauses, each project followed by phase-level status words; later paragraphs mix activities (counts) with named works and statuses",
 "tests": "per-phase statuses inside one project (一期已投产, 二期正在…); two projects sharing one status clause joined by 和; '主体已完工' vs project completion; facilities listed with 、 sharing one status; counts/activities (垃圾池467个, 上房21栋) that are not status items",
 "ambiguities": [
  "year not printed; '全兖州市' places it before 兖州市 became 兖州区 (2013); '12345' 发展思路 and 四德工程 suggest c. 2012–2013 → year null, stem 'undated'",
  "project-level status chosen where phases differ (金鑫玻璃, 土佬茂, 海钰): the still-running phase decides → on_schedule",
  "not counted as tasks: '建成启用镇垃圾压缩站' (status glued before the object, done), 漕河新村社区 上房 counts and '其他3个村的上房拆旧工作稳步推进' (on_schedule, villages unnamed), 后楼村旧村复垦 (done), activity counts (垃圾池, 树木, 路灯), 四德工程, 信访 — a reader could add some of them"],
 "notes": ["No units or leaders named (company names are project owners inside project names).",
           "Stored text is the first 1,998 bytes of the page; it ends mid-word ('社会更加和谐稳') → partial true."]
}

# ---------------- 润雅乡 2016 ----------------
stem = "runya_2016_progress"
docs[stem] = {
 "source": src(stem, "http://www.ysx.gov.cn/zwgk/bmxx/xzdw/ryx/ghjhzj/201611/t20161103_490012.html", "ysx.gov.cn, 永顺县人民政府 official site", "2016-11-03"),
 "kind": "progress", "partial": True,
 "place": "湖南省湘西土家族苗族自治州永顺县润雅乡", "year": 2016, "taskCount": 13,
 "tasks": [
  T(None, "五官术启科路面硬化1.5公里", "done", "已全部完工",
    "first of three 、-joined road items sharing '村道建设已全部完工'"),
  T(None, "署科村三家车路面硬化1.5公里", "done", "已全部完工", "second of the three"),
  T(None, "麻阳村甘溪组路面硬化1.5公里", "done", "已全部完工", "third of the three; '村道建设' glued after the last item"),
  T(None, "润雅乡凤沟至政府路面硬化4.5公里", "on_schedule", "路基正在整理之中", "已完成设计 + 路基正在整理之中"),
  T(None, "五官村下勺峰至五官道路硬化4公里", "stalled", "均已完成项目设计,预计下半年实施",
    "first of three ','-joined items sharing '均已完成项目设计,预计下半年实施' — design only, works not started → stalled; '预计下半年实施' is an expected start, not a deadline"),
  T(None, "凤鸣村爱门口至胡家湾道路硬化2公里", "stalled", "均已完成项目设计,预计下半年实施", "second of the three"),
  T(None, "凤鸣村大庄进组公路硬化", "stalled", "均已完成项目设计,预计下半年实施", "third of the three"),
  T(None, "七角至政府路面硬化", None, None,
    "named only in the 具体工作计划 sentence '下半年按期完成七角至政府路面硬化' — a plan, no status", deadline="下半年"),
  T("一", "完成县分烟叶任务", "done", "已完成县分烟叶任务1276",
    "printed '一是…' in a '.'-separated 一是…五是 list; the amount '1276' has lost its unit in the stored text"),
  T("二", "完成白皮柚、莓茶种植", "done", "已完成白皮柚种植100亩、莓茶150",
    "已完成 with amounts (100亩, 150[亩]); the year's target is not stated, so 'done' rests on the word 已完成 (on_schedule defensible)"),
  T("三", "建成1个千亩以上示范园", "stalled", "正进行规划",
    "status sentence '计划的千亩农业建设示范园正进行规划' — still at planning → stalled (尚处前期); on_schedule defensible"),
  T("四", "准备烟叶烘烤前期工作", None, None, "no status stated in the excerpt"),
  T("五", "我乡五个扶贫村各建立1个百亩以上标准示范园", None, None, "no status stated; the excerpt ends after the 三是 status"),
 ],
 "summary": {"scopes": [
   {"scope": "基础设施建设项目 (村道/路面硬化)", "total": None, "by_status": {"done": 3, "on_schedule": 1, "stalled": 3},
    "printed": ["基础设施建设项目有序推进", "村道建设已全部完工"], "note": "section verdict '有序推进'; also a problem statement '导致城镇化进程缓慢' about town infrastructure in general (no named item)"},
   {"scope": "产业开发", "total": 5, "by_status": {"done": 2, "stalled": 1, "null": 2},
    "printed": ["润雅乡计划进行的产业开发有五项", "产业开发工作稳步进行"]}]},
 "layout": "township 上半年 自查报告 on its 主要工作目标 (official county site): section headings '一、…有序推进' / '二、…稳步进行'; roads listed in one long sentence (、-joined groups sharing a status, ';' between groups); industry targets as '一是…。二是…' with ASCII '.' separators, then a single '截止6月份,…' sentence giving statuses for the first three",
 "tests": "one status shared by 、-joined items ('…、…、…村道建设已全部完工'); '均已完成项目设计,预计下半年实施' shared by three ','-joined items; 一是…五是 targets whose statuses come later in a separate sentence (matching by content, not position); a planned item with 下半年 in the plan paragraph; unit-less amounts ('1276.', '莓茶150.')",
 "ambiguities": [
  "tasks 5–7 and 三是: design/planning stage, works not started → stalled; on_schedule defensible because the text sets 下半年 for them",
  "二是: done only by the word 已完成 — the target area is not stated",
  "task 8 (七角至政府路面硬化) comes from the 下一步 plan; deadline '下半年' taken from '下半年按期完成'; a reader could leave it out",
  "place: 润雅乡 is a township of 永顺县 in 湘西州; 湘西 (prefecture) is on the taken list, the county/township are not"],
 "notes": ["文号 printed garbled as '永政发〔20169号' (kept as found).",
           "Stored text is the first 1,999 bytes of the page, ending inside section 二 → partial true; sections 三… are missing."]
}

# ---------------- 龙桥镇 (庐江) 2020, traditional ----------------
stem = "longqiao_2020_report_trad"
docs[stem] = {
 "source": src(stem, "http://m.ilynn.cn/document_detail/41449.html", "ilynn.cn, third-party document mirror, traditional characters with pinyin garble", "date not printed"),
 "kind": "report", "partial": True,
 "place": "安徽省合肥市庐江县龙桥镇", "year": 2020, "taskCount": 8,
 "tasks": [
  T(None, "金鼎礦業(yè)年產(chǎn)100萬噸采選項目", "done", "已建成試產(chǎn)",
    "县级“双百攻坚” project; 已建成试产 → done (trial production)"),
  T(None, "輝隆中成磷酸-銨技改配套項目", "on_schedule", "用地正在征地拆遷",
    "land acquisition under way → on_schedule ('正在'); stalled (尚处前期) defensible"),
  T(None, "2.51萬平方米花泥路安置房", "done", "均已完工",
    "first of four 、-joined 镇级 projects closed by '…項目等工程均已完工'"),
  T(None, "3.29萬平方米廬銅鐵路安置房", "done", "均已完工", "second of the four"),
  T(None, "30公里村莊道路綠化", "done", "均已完工", "third of the four"),
  T(None, "市級大建設(三條路)項目", "done", "均已完工", "fourth of the four; '(三條路)' kept inside the item"),
  T(None, "防洪達標工程安置房項目", "on_schedule", "已開工建設", ""),
  T(None, "缺口自來水廠擴建", "on_schedule", "主體工程已完工",
    "主体工程已完工, 扫尾 expected '今年六月份' → not finished → on_schedule; '預計今年六月份完成項目掃尾' is an expectation, deadline null"),
 ],
 "summary": {"scopes": [
   {"scope": "“双百攻坚”期间 新建续建重点项目", "total": 26, "by_status": {"started": 24},
    "printed": ["新建續(xù)建重點項目26個,開工24個,完成投資2.95億元"], "note": "only 8 of the 26 are named"},
   {"scope": "纳入县级“双百攻坚”行动 大项目", "total": 2, "by_status": {"done": 1, "on_schedule": 1},
    "printed": ["其中納入縣級“雙百攻堅”行動2個大項目"]}]},
 "layout": "镇 政府工作报告 (year-review section '一、2020年和“十三五”工作回顧'), numbered '(一)(二)(三)' topic paragraphs; in (二) the projects follow a count sentence, each closed by its status; four 、-joined projects share '等工程均已完工'; ';' separates the rest",
 "tests": "traditional characters with inline pinyin garble inside words ('鎮(zhèn)', '項目' intact but '礦業(yè)', '產(chǎn)'); a punctuation garble '推進?!半p百攻堅”' where '。“雙' was lost; 、-list closed by '…項目等工程均已完工'; 主體工程已完工 ≠ project done; '預計今年六月份' expectation not a deadline",
 "ambiguities": [
  "place inferred: the excerpt names only '龍橋產業新城', '缺口自來水廠', '廬銅鐵路', 金鼎礦業, 輝隆中成 and '縣委縣政府和鎮黨委' → 庐江县龙桥镇 (安徽合肥); the town name with 镇 is not printed as such",
  "year: the report reviews 2020 ('2020年和“十三五”工作回顧') and was presumably given at the early-2021 镇人代会; year set to 2020 (the status date is about the end of 2020); '今年六月份' means June 2021",
  "textStartsWith strings keep the pinyin garble verbatim ('金鼎礦業(yè)年產(chǎn)…'); a reader matching on clean characters would look for '金鼎礦業年產100萬噸采選項目'",
  "the first (一) paragraph's figures (工业总产值, 财政收入…) are indicators, not tasks"],
 "notes": ["Stored text is the first 1,998 bytes of the page, ending at '(三)加強政府監(jiān)管職責,安全環(huán)保' → partial true.",
           "No units or leaders are named."]
}

for stem, d in docs.items():
    text = norm(open(stem + ".txt", encoding="utf-8").read())
    assert d["taskCount"] == len(d["tasks"]), stem
    for t in d["tasks"]:
        for k in ("textStartsWith", "statusText", "deadline"):
            if t.get(k): assert norm(t[k]) in text, (stem, k, t[k])
    for sc in d["summary"]["scopes"]:
        for p in sc["printed"]: assert norm(p) in text, (stem, p)
    json.dump(d, open(stem + ".expect.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(stem, d["taskCount"])
