import json
BASE = "/work/staging7/status-p"
def T(number, tsw, status=None, st=None, lead=(), co=(), note=None, deadline=None):
    d = {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": [],
         "deadline": deadline, "status": status, "statusText": st}
    if note: d["note"] = note
    return d
def W(stem, source, kind, partial, place, year, tasks, summary, notes, lagging=None, layout=None):
    d = {"source": source, "kind": kind, "partial": partial, "place": place, "year": year,
         "taskCount": len(tasks), "tasks": tasks}
    if summary is not None: d["summary"] = summary
    if lagging is not None: d["lagging"] = lagging
    if layout: d["layout"] = layout
    d["notes"] = notes
    json.dump(d, open(f"{BASE}/{stem}.expect.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(stem, len(tasks))

# ---------------- 白银 2016 ----------------
W("baiyin_2016_notice", "https://yybnet.net/baiyin/jingyuan/201611/5540528.html", "notice", True,
  "甘肃省白银市", 2016, [
  T(None, "靖远县金三角生态农业科技创业园农业生产交易市场项目", "lagging", "进展缓慢", lead=["靖远县政府"],
    note="first of three '、'-joined projects closed by '进展缓慢'; '责成项目责任单位靖远县政府等单位…做出书面检查' names 靖远县政府 for the group of four — given to the 靖远 project only (the '等单位' hides the others); lead [] arguable"),
  T(None, "甘肃郝氏炭纤维产业园建设项目", "lagging", "进展缓慢",
    note="same '进展缓慢' clause; its responsible unit is hidden in '靖远县政府等单位' → lead [] (靖远县政府 arguable)"),
  T(None, "白银市文化艺术中心项目", "lagging", "进展缓慢",
    note="same clause; no unit of its own → lead []. '白银市' is part of the project name"),
  T(None, "平川区中医医院建设项目", "stalled", "迟迟未开工", lead=["平川区政府"],
    note="'平川区中医医院建设项目迟迟未开工的' → stalled (not started). '市政府约谈平川区政府等单位主要负责人' → 平川区政府 as its lead (the body answerable for the 平川 project); lead [] arguable"),
  T(None, "靖远县客运中心项目", "stalled", "未按合同约定开工建设", lead=["靖远县交通局"],
    note="'对靖远县客运中心项目未按合同约定开工建设、郭山搀公路改建项目进展缓慢、审计整改未到位的,责令项目责任单位靖远县交通局、会宁县交通局做出书面检查' — two projects, two 责任单位 in the same order → 靖远县交通局 here. 局长王尚文 is the official disciplined (诫勉谈话), not a 牵头领导 → leaders []"),
  T(None, "郭山搀公路改建项目", "lagging", "进展缓慢", lead=["会宁县交通局"],
    note="second project of the clause → 会宁县交通局 (order pairing; the road runs through 会宁). '审计整改未到位' is a third problem in the clause with no task text of its own → not a task. 局长邢欢民 → not a leader of the task"),
  T(None, "白银银西工业园区环评", "lagging", "滞后",
    note="environmental-problem clause: '对白银银西工业园区环评滞后、白银区对城市环境保护方面缺乏有效监管、…等5家单位存在环保方面突出问题的,责成白银区政' (cut). Only the three '…滞后' items are work items with a status; '缺乏有效监管', '超标排放', '存在环境安全隐患', '设施不配套', '未全覆盖' are violations, not tasks. textStartsWith = whole item before '滞后' (10 chars)"),
  T(None, "平川区城区污水收集管网建设和经济开发区扩区规划环评", "lagging", "滞后",
    note="one '、' item joining two works with '和' under a single '滞后'; kept as one task (splitting into 污水收集管网建设 / 经济开发区扩区规划环评 is arguable)"),
  T(None, "靖远县黄家洼砂石料开采破坏生态环境及该区域违法违规建设项目清理整顿", "lagging", "清理整顿滞后",
    note="the work is the 清理整顿 of the named area; textStartsWith is the item as printed from its start. The unit for the env items is cut off ('责成白银区政…') → lead []"),
  ], {"scopes": [{"scope": "典型问题", "total": 10,
      "printed": ["针对存在的重点项目建设进展缓慢、审计整改事项未整改到位、环境保护问题突出等10个典型问题"],
      "note": "the 10 are problems, not tasks; they do not map one-to-one onto the 9 tasks here (the env clause bundles 5 units' problems)"}]},
  ["Newspaper relay (兰州晚报 via yybnet.net) of a 白银市 问责 通报, 2016-11-18; the stored text stops at ~2,000 bytes inside the environmental clause ('责成白银区政') → partial.",
   "Projects are named in '、'-lists, each list closed by its status words ('进展缓慢', '迟迟未开工', '未按合同约定开工建设', '滞后'); the status clause binds item by item, not to the whole sentence.",
   "Units: '项目责任单位X等单位' and '约谈Y等单位主要负责人' name only some units; they were given to the project whose place they share (靖远/平川) — a reader's pairing, noted per task.",
   "Named officials (李伯亮, 王尚文, 邢欢民) are people disciplined for the delays, not task leaders → leaders [] everywhere.",
   "No deadlines in the text."],
  layout="news relay of a 问责通报: one long sentence per problem class, '对A、B、C进展缓慢,D迟迟未开工的,责成项目责任单位X等单位…' then '对E未按合同约定开工建设、F进展缓慢、审计整改未到位的,责令项目责任单位X、Y…' then an environmental clause cut by the store")

# ---------------- 永安 2012 ----------------
groups = [
 ("永安汽車城建設工程", None), ("北部工業新城工程", "good"), ("城市規劃建設管理工程", None),
 ("文化創意產業園區建設工程", "good"), ("中央和省地屬企業發展工程", "good"), ("社會事業項目工程", "good"),
 ("農業產業化工程", "good"), ("水利建設工程", None), ("交通基礎設施建設工程", None), ("旅遊產業發展工程", None)]
tasks = [
  T(None, "中國重汽福建海西汽車生產項目", None, None,
    note="lead-in example: '車架生產線進行聯調運行,輕卡焊接設備5月中旬已具備試焊條件,塗裝生產線設備進入運行階段' — progress facts, no status word → null (on_schedule arguable)"),
  T(None, "永安新越金屬真空鍍膜項目", None, None,
    note="'設備安裝已完成75%,廠區工程進入掃尾階段' — progress figure and stage, no verdict → null (on_schedule arguable)"),
]
for name, st in groups:
    note = None
    if name == "文化創意產業園區建設工程":
        note = "listed as '文化創意產業園區建設工程(10個)' but named '文化創意產業園建設工程' (no 區) in the 超序時進度 sentence — same 工程; match by meaning"
    elif name == "北部工業新城工程":
        note = "listed as '北部工業新城工程(14個)' but named '北部工業新城建設工程' in the 超序時進度 sentence — same 工程"
    elif st == "good":
        note = "named in '1至5月,A、B、C、D、E等五個工程超序時進度' → good (超进度)"
    else:
        note = "one of the ten 工程 (count in brackets); not named in the 超序時進度 sentence → null"
    if len(name) < 8:
        note += "; whole item shorter than 8 chars"
    tasks.append(T(None, name, st, "超序時進度" if st else None, note=note))
W("yongan_2012_report", "https://vzvkv.com/big5/news/2012/201206/20120615104316.shtml", "report", False,
  "福建省三明市永安市", 2012, tasks,
  {"scopes": [{"scope": "十大重點工程 (工程)", "total": 10, "by_status": {"good": 5},
     "printed": ["永安市104個“十大重點工程”項目建設進展順利", "1至5月完成投資21.5億元,占年計劃投資的45.5%", "等五個工程超序時進度"],
     "note": "10 工程 with 104 projects; 5 工程 超序時進度; the portfolio '進展順利' is not copied to the items"}]},
  ["Traditional-character (big5) mirror of a 2012 news item on 永安市's 十大重點工程, 1–5月; the text has no year — 2012 comes from the URL path (/2012/201206/20120615…) → year inferred.",
   "The ten 工程 are listed as 'name(N個)' joined by '、' and closed by '等“十大重點工程”'; the counts in brackets are not part of the names used in textStartsWith.",
   "Five are named again in '…等五個工程超序時進度', two of them in a different wording (see notes) — good for a fuzzy-matching test.",
   "The two projects in the opening sentence are kept as null-status tasks (dropping them is the alternative).",
   "No units, leaders or deadlines: '總指揮部' and '責任領導、責任人' are mentioned only generically.",
   "The stored text reaches the end of the article (last paragraph complete) → partial false."],
  layout="news prose, traditional characters: opening sentence with two projects' progress, a counted '、'-list of ten 工程 with '(N個)', then 'A、B、C、D、E等五個工程超序時進度'")

# ---------------- 城阳 2010 ----------------
done_items = ["开展“元旦春节”送温暖活动", "创建区级“残疾人之家”综合服务机构一处", "开展救助贫困学生活动",
  "继续开展“樱桃连民心”活动", "调整城乡居民最低生活保障标准", "为**中路和**路等道路增设中央隔离设施",
  "实施农村困难群众危房修缮工程", "增加城区休闲、运动设施", "实施中经二路道路路面工程", "开展检察官“三进”活动",
  "开展青少年维权帮扶教育活动", "建设“放心肉”服务体系"]
tasks = []
for i, t in enumerate(done_items, 1):
    note = "item %d of '(已完成项目:1.…;2.…;…12.…)' — numbered list inside a bracket, ';'-separated → done" % i
    if i == 6: note += "; '**' is the site's anonymisation, copied as printed"
    tasks.append(T(str(i), t, "done", "已完成", note=note))
tasks.append(T("一", "实施百姓乐园(二期)建设工程", "lagging", "进展缓慢",
  note="'(一)' under '二、存在问题项目': '…因前期论证时间较长,导致项目进展缓慢' → lagging. Contradicts the summary ('2个项目达到计划进度但存在困难和问题'); the item's own words win (on_schedule arguable). '区政府分管领导' is unnamed → no leader. Next-step dates (8月中旬/8月底/9月上旬启用) are milestones in '下一步措施', not recorded as deadline (deadline '9月上旬' arguable)"))
tasks.append(T("二", "实施中小学建设工程", "on_schedule", "达到计划进度但存在困难和问题",
  note="'(二)' under '二、存在问题项目': only its problem is given ('尚未办理供地手续'); status from the summary line that puts both problem items at '达到计划进度但存在困难和问题' → on_schedule (at_risk arguable). '棘洪滩街道学校设施配套' is the sub-project named after it, not a unit. '**国土资源分局' is a counterpart to liaise with, not a co unit. '12月底前' is the date for the land procedure only → deadline null"))
W("chengyang_2010_report", "https://bqfww.com/gongwen/gongwenjingxuan/0gvly.html", "report", True,
  "山东省青岛市城阳区 (inferred)", 2010, tasks,
  {"scopes": [{"scope": "“解民忧、送温暖”活动项目", "total": 56, "by_status": {"done": 12, "on_schedule": 44},
     "printed": ["56个项目已完成12项,42个项目正在按计划推进,2个项目达到计划进度但存在困难和问题"],
     "note": "42 正在按计划推进 + 2 达到计划进度但存在困难和问题 = 44 on_schedule by the summary; 12 done items are named; the 42 are not; the 2 problem items are named, and item (一) says 进展缓慢 (lagging) against the summary"}]},
  ["范文-site copy (bqfww.com) of a district '“解民忧、送温暖”进展情况汇报材料'; title repeated three times with an XML namespace line (Word paste) and a '(转载请注明来自:本站)' insertion — kept as found.",
   "Place inferred: 棘洪滩街道 and the '樱桃连民心' campaign belong to 青岛市城阳区; street names are anonymised ('**中路', '**国土资源分局'). The city 青岛 (qingdao) is on the taken list; the district is not — flag for the coordinator if districts of taken cities are to be excluded.",
   "Year inferred: '2011年优先考虑其被置换地块的土地指标' in the next-step text → written in 2010.",
   "The stored text stops inside item (二)'s next-step paragraph (~2,000 bytes) → partial; further problem items, if any, are not here (the summary says 2, both present).",
   "No lead/co units or leaders per item: the document is a district-level roll-up without unit columns."],
  layout="范文 copy of a progress report: '一、项目总体进展情况' with counts and a bracketed '(已完成项目:1.…;2.…;…12.…)' list inline, then '二、存在问题项目' with '(一)…(二)…' items each followed by 存在问题/下一步措施 paragraphs")

# ---------------- 安福 undated ----------------
W("anfu_undated_notice", "https://m.meidekan.com/zuowen/125253054.html", "notice", True,
  "江西省吉安市安福县", None, [
  T(None, "流星工业园有限公司项目", "done", "基本建成投入使用",
    note="'基本建成投入使用的项目有:A、B、C、D等四个项目' — list after its status; 基本建成投入使用 → done"),
  T(None, "江西建鹏工程机械有限公司项目", "done", "基本建成投入使用"),
  T(None, "造林绿化“一大四小”项目", "done", "基本建成投入使用", note="quotation marks inside the name kept"),
  T(None, "江西固欧家居有限公司", "done", "基本建成投入使用",
    note="last item, closed by '等四个项目' (4 names, count 4 — 等 is a closing word here, nothing hidden)"),
  ], {"scopes": [{"scope": "重点项目", "total": 56,      "printed": ["全县56个重点项目,已开工建设37个,开工率66%", "达到目标进度的项目32个,计划完成率57.1%"],
     "note": "per-category counts (工业及招商引资13/10, 城市建设23/14, 社会事业7/4, 旅游商贸及交通物流4/2, 农业基础设施及产业化9/7) are categories with 开工率 figures, not tasks"}]},
  ["范文-site copy (meidekan.com, '2023年项目进度督查通报(优质8篇)', 篇一) of a 安福县 督查通报 on 56 重点项目, 1-6月; stored text stops at ~2,000 bytes inside the 达到目标进度 counts → partial.",
   "Year: the body anonymises years as '[x1]', '[x2]', 'x2年度'; the site's '2023' is its upload date → year null, file 'undated'.",
   "The 督查 bodies (县委办、县政府办、县效能办、县重点项目办牵头) lead the inspection, not the projects → lead [] for every task.",
   "Only four projects are named; the five categories carry counts and 开工率 only and are not tasks (status would have to be invented)."],
  layout="督查通报 prose: addressees, basis (督查办法/细则 with anonymised 文号), counts by category with 开工率, then '基本建成投入使用的项目有:A、B、C、D等四个项目'")
