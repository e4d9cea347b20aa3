import json
def T(number, tsw, status=None, st=None, lead=(), co=(), note=None):
    d = {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": [],
         "deadline": None, "status": status, "statusText": st}
    if note: d["note"] = note
    return d
def W(stem, source, kind, partial, place, year, tasks, summary, notes, lagging=None):
    d = {"source": source, "kind": kind, "partial": partial, "place": place, "year": year,
         "taskCount": len(tasks), "tasks": tasks}
    if summary is not None: d["summary"] = summary
    if lagging is not None: d["lagging"] = lagging
    d["notes"] = notes
    json.dump(d, open(f"/work/staging7/status-q/{stem}.expect.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(stem, len(tasks))

W("shifeng_2019_report", "http://www.shifeng.gov.cn/c27212/20190702/i909638.html", "report", False,
  "湖南省株洲市石峰区", 2019, [
  T(None, "金盆岭污染治理项目", "lagging", "项目施工进缓慢",
    note="'因一季度降水比较频繁,项目施工进缓慢,建议加快施工进度' — '进缓慢' is the page's own damage (进度缓慢/进展缓慢), copied as printed → lagging"),
  T(None, "湘天桥管网项目应做好与直部门对接工作", None, None,
    note="only an instruction ('应做好与直部门对接工作加快审批办理推进施工进度'); no status word → null ('加快…推进施工进度' implies it is behind, lagging arguable). '直部门' (scrape damage for 市直部门?) is a counterpart to liaise with, not a unit of the task"),
  T(None, "桥梁厂片区基础设施提质工程(道岔)项目", "lagging", "项目缓慢",
    note="'(道岔)' is part of the project name; '建议与市绿化办对接' is advice to the project, so 市绿化办 is not recorded as a co unit (co ['市绿化办'] arguable)"),
  ], {"printed": ["上半年对湘江流域石峰段水系污染治理工程及桥梁厂片区基础设施提质工程(道岔)开展了督查督办行动"]},
  ["A district 审计局's half-year 督查督办 information report on two 产业项目 portfolios (湘江流域石峰段水系污染治理工程; 桥梁厂片区基础设施提质工程(道岔)); the three paragraphs each name one project with a problem and advice.",
   "No numbering: each task is a bare paragraph → number null.",
   "石峰区审计局 is the inspecting/reporting body, not the lead of any project → lead [] everywhere.",
   "The whole page is short (about 750 bytes) → partial false.",
   "The two portfolio names in the preamble are groupings, not tasks (金盆岭/湘天桥 belong to the 湘江流域 portfolio; the third paragraph is the 桥梁厂 project itself)."])

W("dazhou_2019_notice", "https://jianbiaow.cn/zhuantifanwen/gongwenfanwen/110058.html", "notice", True,
  "四川省达州市 (inferred)", 2019, [
  T(None, "万源寨子河水库", "on_schedule", "已开工建设",
    note="'35个争取开工项目中万源寨子河水库、张家坝新区土地整治等15个项目已开工建设' — a 争取开工 project that has started; on_schedule (done arguable since starting was the year's aim). Whole item shorter than 8 chars. 万源 (a county-level city) is part of the name, not a unit"),
  T(None, "张家坝新区土地整治", "on_schedule", "已开工建设", note="same clause as 万源寨子河水库"),
  T(None, "XX机场迁建", "on_schedule", "前期工作进展顺利",
    note="'31个加快前期项目中,XX机场迁建、市绕城高速公路、通万高速公路等项目前期工作进展顺利' — the 范文 site anonymised the airport's name as 'XX'; copied as printed; 进展顺利 → on_schedule (good arguable)"),
  T(None, "市绕城高速公路", "on_schedule", "前期工作进展顺利", note="whole item shorter than 8 chars"),
  T(None, "通万高速公路", "on_schedule", "前期工作进展顺利", note="whole item shorter than 8 chars; 通万 = 通江–万源, which (with 万源) places the document in 达州"),
  ], {"total": 150, "completed_investment": "199亿元", "share_of_plan": "75%", "behind_target": "8.3个百分点",
      "by_type": {"竣工投产": 33, "加快建设": 51, "争取开工": 35, "争取开工_started": 15, "加快前期": 31},
      "printed": ["全市150个重点项目完成投资199亿元,占年度投资计划的75%,欠目标进度8.3个百分点",
                  "35个争取开工项目中万源寨子河水库、张家坝新区土地整治等15个项目已开工建设",
                  "31个加快前期项目中,XX机场迁建、市绕城高速公路、通万高速公路等项目前期工作进展顺利"]},
  ["A 公文范文 site's copy ('篇一') of a city 督查通报 (市委目督办 + 市政府督查室, 11月14日—18日) on how the 全市投资及重点项目推进会 was carried out; the site's headings say '2019年' and once '20XX年'; year 2019 taken from the page headings (the body prints no year).",
   "Place inferred: 万源 and 通万高速 (通江–万源) are in 达州; the city is never named. 大竹 (a county of 达州) is on the taken list; the city itself is not.",
   "Counts (33 竣工投产, 51 加快建设, 35 争取开工, 31 加快前期) are larger than the names; only named projects are tasks.",
   "The portfolio verdict '欠目标进度8.3个百分点' is not copied to the named projects.",
   "Cut inside (二) '科学确' → partial; the '牵3/头领导' page-marker damage is kept as found.",
   "No unit is tied to any named project (the 保障措施 mention 牵头领导、责任领导、责任单位 in general) → lead/co empty."])

W("jinmen_2021_report", "https://www.kmdn.gov.tw/1117/1271/1272/333741?cprint=pt", "report", True,
  "金門縣 (福建金门)", 2021, [
  T(None, "烏坵鄉公所重建工程", "good", "進度微幅超前", lead=["民政處"],
    note="'民政處指出,有關烏坵鄉辦公廳舍拆除及重建…7月份工程預計進度:12.4100%。工程實際進度:13.0228%。進度微幅超前:0.6128%' → good (超進度). 民政處 reports on the case as its owner → lead"),
  T(None, "小坵島避難所結報", None, None,
    note="named in the case list '關於烏坵鄉公所重建工程、鄉村整建、小坵島避難所結報等案' but no progress given before the cut → null; whole item shorter than 8 chars"),
  T(None, "烏坵鄉小坵村公共廁所興建工程委託設計監造服務", "lagging", "因受疫情影響稍有延誤", lead=["建設處"],
    note="建設處 says the two design-supervision contracts were negotiated 110年5月28日 '協助由烏坵鄉公所與廠商議價完成' and '因受疫情影響稍有延誤' → lagging; 建設處 reports it (lead); 烏坵鄉公所 is the contracting party it assisted — co ['烏坵鄉公所'] arguable, left out"),
  T(None, "烏坵鄉村整建工程委託設計監造服務", "lagging", "因受疫情影響稍有延誤", lead=["建設處"],
    note="same sentence as the 公共廁所 contract; this is the design work for the case listed as '鄉村整建' in the case list, so '鄉村整建' is not counted a second time"),
  ], {"cross_office_cases": 9, "office_cases": 30,
      "printed": ["其中跨處局有9案,各處局則有30案"]},
  ["Traditional-character original (金門日報 / kmdn.gov.tw print view) of a news report on the county's 縣政裁示第17次管考會議 (progress review of 列管案件); kind report.",
   "Year: the text cites '110年5月28日' and '7月份工程預計進度' as past → ROC 110 = 2021; the article's own date is not in the stored copy.",
   "Percentages printed with full stops and colons ('進度:12.4100%'); kept as found.",
   "Cut mid-sentence ('預計於') at 2,000 bytes → partial; only the cross-office cases about 烏坵 are in the file (39 cases announced).",
   "Offices are named without the county prefix (民政處, 建設處); recorded as printed.",
   "The officials listed as attending are not leaders of any task → leaders []."])

W("xuzhou_2017_notice", "https://effleurerspa.com/building/detail_8014.html", "notice", False,
  "江苏省徐州市", 2017, [
  T(None, "新沂市地下综合管廊", "on_schedule", "在4月份实现开工",
    note="'新沂市地下综合管廊等16个项目在4月份实现开工' — started as planned → on_schedule; 新沂市 is part of the project name (where), not a unit"),
  T(None, "邳州一汽锡柴发电机组", "on_schedule", "较好完成序时进度",
    note="'邳州一汽锡柴发电机组等8个项目较好完成序时进度' → on_schedule (good arguable from 较好)"),
  T(None, "新沂市静脉产业园", "lagging", "进度有所滞后",
    note="'新沂市静脉产业园等10个项目因手续办理、征地拆迁、投资计划调整等原因进度有所滞后' → lagging"),
  ], {"projects": 205, "annual_implementing": 171, "completed_share": "29.1%", "planned_new_starts": 108, "started": 87,
      "inspected": 18, "on_schedule": 8, "lagging": 10,
      "printed": ["171项年度实施项目完成投资297亿元,完成年度投资计划的29.1%",
                  "全市108个计划新开工项目1至4月累计开工87项,开工率80.6%",
                  "邳州一汽锡柴发电机组等8个项目较好完成序时进度",
                  "新沂市静脉产业园等10个项目因手续办理、征地拆迁、投资计划调整等原因进度有所滞后"]},
  ["A third-party mirror (spam-site boilerplate after the text kept as found) of a 徐州 news item relaying the 市发改委 + 市委督察室 + 市政府督察室 督察 of the 重大项目 in April 2017.",
   "Each status clause names one project then 'A等N个项目' → only the named one is a task; counts go to summary.",
   "丰县、沛县、邳州、新沂、贾汪、铜山 are the 板块 inspected (where), not units of any task.",
   "The text ends with the site's disclaimer table, so the news item looks whole → partial false."])

W("jieshou_undated_report", "https://www.xiaomilidoc.com/p-287217.html", "report", True,
  "安徽省界首市 (inferred)", None, [
  T("1", "职教园拆迁项目", "on_schedule", "正常推进", lead=["陶庙镇"],
    note="listed under '正常推进的项目2个,分别是:' and again as '(一)正常推进的项目 1.职教园拆迁项目'; '项目工作提示任务:陶庙镇半个月内要启动项目征迁工作' names the responsible town → lead 陶庙镇. Whole item shorter than 8 chars"),
  T("2", "城区黑臭水体治理项目", "on_schedule", "正常推进", lead=["市住建局"],
    note="'市住建局要确保城区黑臭水体治理项目3月份全面开工建设' → lead 市住建局; 万福沟、界临河、回民沟、东城河 are its river sections, not tasks"),
  T(None, "云城学校项目", "lagging", "未完成3月份目标任务",
    note="from '未完成3月份目标任务的项目5个,分别是:…'; the report itself calls them '未完成序时的项目' → lagging (at_risk arguable from the literal '未完成…目标任务'). Whole item shorter than 8 chars; its own section (二)(二) is past the cut, so no unit"),
  T(None, "养城中学项目", "lagging", "未完成3月份目标任务", note="as 云城学校项目"),
  T(None, "靳大安置区项目", "lagging", "未完成3月份目标任务", note="as 云城学校项目"),
  T(None, "银河皮具产业园项目", "lagging", "未完成3月份目标任务", note="as 云城学校项目"),
  T(None, "云龙粮机老厂区拆迁项目", "lagging", "未完成3月份目标任务", note="as 云城学校项目"),
  ], {"inspected": 7, "on_schedule": 2, "lagging": 5,
      "printed": ["本次督查共7个重点项目,其中正常推进的项目2个",
                  "未完成3月份目标任务的项目5个"]},
  ["A document-sharing site's (小米粒文库) text of a county-level city's 督查 report (市项目管理服务中心 + 市督查考核中心, 4月2日至3日) on 7 projects due by March; viewer chrome ('_第1页', '1/5', a replacement character and the upload date 2020-11-20 glued to the body) kept as found.",
   "Year not printed in the body; the upload date (2020-11-20) is the site's → year null, file 'undated'.",
   "Place inferred from 陶庙镇 and the city rivers 万福沟/东城河/界临河 (界首市, 阜阳) — uncertain; the city is never named.",
   "Two lists by status with '分别是:' then per-project sections with '项目工作提示任务:' (who must do what) and '项目进展情况:'. Only the two 正常推进 sections are in the file; the five lagging projects' sections are past the cut → partial, and they carry no unit.",
   "融媒体中心 (to hold 电视问政 for lagging units) is not a unit of any task."])

W("xuzhou_2015_report", "http://www.yrdcpcn.org.cn/c187/20240912/i226564.phtml", "report", False,
  "江苏省徐州市", 2015, [
  T(None, "郑徐客专徐州段", None, None,
    note="progress facts only ('主线桩基和墩**成全部设计量,桥梁完成85%'; '**' is the mirror's damage) under the portfolio heading '一是项目实施进度总体较好' → null (on_schedule arguable from the heading)"),
  T(None, "骆马湖水源地项目", None, None, note="progress facts only ('全面开工…基本完成') → null, as 郑徐客专"),
  T(None, "雨润农副产品采购中心项目", None, None, note="progress facts only ('建成…封顶') → null, as 郑徐客专"),
  T(None, "轨道交通1号线", "on_schedule", "进展顺利", note="'轨道交通1号线、徐矿集团热电联产、苏斯尔克超仿棉、苏宁广场等一批项目进展顺利'; whole item shorter than 8 chars"),
  T(None, "徐矿集团热电联产", "on_schedule", "进展顺利"),
  T(None, "苏斯尔克超仿棉", "on_schedule", "进展顺利", note="whole item shorter than 8 chars"),
  T(None, "苏宁广场", "on_schedule", "进展顺利", note="whole item shorter than 8 chars"),
  T(None, "电网输变电工程", "on_schedule", "开工建设", note="'电网输变电工程、睢宁土地整治省级试点工程、水利基础设施建设等7个项目开工建设,基本做到了应开尽开'; whole item shorter than 8 chars"),
  T(None, "睢宁土地整治省级试点工程", "on_schedule", "开工建设"),
  T(None, "水利基础设施建设", "on_schedule", "开工建设"),
  T(None, "润成集团新能源汽车基地", "on_schedule", "实现新开工", note="'计有润成集团新能源汽车基地、大元特种电机、维维食品产业园、沛县总部经济园、极易化工烷基酚等31个重大产业项目实现新开工'"),
  T(None, "大元特种电机", "on_schedule", "实现新开工", note="whole item shorter than 8 chars"),
  T(None, "维维食品产业园", "on_schedule", "实现新开工", note="whole item shorter than 8 chars"),
  T(None, "沛县总部经济园", "on_schedule", "实现新开工", note="whole item shorter than 8 chars; 沛县 is part of the name"),
  T(None, "极易化工烷基酚", "on_schedule", "实现新开工", note="whole item shorter than 8 chars"),
  T(None, "晶玻光学触控屏项目", "good", "提前开工建设", note="a 前期 project whose approvals were done and which started early → good"),
  T(None, "徐工重卡一期工程", "done", "正式下线",
    note="'首台汉风重卡于3月18日正式下线' under '三是部分项目投产运行' → in production → done (on_schedule arguable: only the first truck)"),
  T(None, "金昊集团铸造模具项目", "on_schedule", "试生产", note="'已有5台3D打印设备安装完成并试生产' — trial production → on_schedule (done arguable)"),
  T(None, "泉山科技企业加速器园区项目", "done", "竣工", note="'一期10栋办公楼竣工并开始招商' — phase one completed → done"),
  T(None, "北京升华电梯", "on_schedule", "部分建成投产", note="'北京升华电梯、中能硅烷法技改等项目部分建成投产' — partly in production → on_schedule (done arguable); whole item shorter than 8 chars"),
  T(None, "中能硅烷法技改", "on_schedule", "部分建成投产", note="as 北京升华电梯; whole item shorter than 8 chars"),
  ], {"total": 156, "completed_investment": "128亿元", "share_of_plan": "16.3%", "basically_on_schedule": 149,
      "new_infrastructure_starts": 7, "new_industrial_starts": 31,
      "printed": ["徐州市l56个年度建设项目完成投资128亿元", "149个项目基本完成序时进度,占项目总数的95%"]},
  ["A mirror (yrdcpcn.org.cn, re-dated 2020-10-09) of the 徐州市发展和改革委员会's 2015/4/27 first-quarter note on the 重大项目; organised '一是…二是…三是' with named projects in each clause.",
   "'l56' (letter l for 1) is the page's own typo, kept in the summary's printed fragment.",
   "Group headings are portfolio verdicts ('项目实施进度总体较好', '新开工项目好于预期', '部分项目投产运行'); item statuses come from each clause's own words; items with only progress facts are null.",
   "No unit is named for any project (徐工、徐矿集团、润成集团 etc. are enterprises inside project names).",
   "Ends with a complete sentence → partial false."])
