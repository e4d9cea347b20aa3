#!/usr/bin/env python3
"""Write <stem>.expect.json for batch status-bq; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- 旬阳
DOCS['xunyang_2018_notice'] = dict(
 source="http://8.134.116.66:6068/Content-1373634.html (bare-IP mirror of a 旬阳县 government page in the 安康 county-site CMS layout `Content-NNNNNNN.html`; a 县政府督查室-style 通报 on the matters 议定 at the 县政府第4次常务会议 of 2018-05-04, state at 5月25日; cut inside item 4 of section 二); pages corpus, stored excerpt 1999 bytes",
 kind="notice", partial=True, place="陕西省安康市旬阳县 (county, since 2021 the county-level city 旬阳市; 安康 the city is taken, 旬阳 is not)", year=2018,
 tasks=[
  T("1", "由县编办、发改局负责,调整充实县优化提升营商环境工作领导小组", "done", "已落实事项",
    lead=["县编办", "发改局"],
    note="Section `一、已落实事项(3件)` gives every item in it the state 已落实 → done; the item's own result `已印发了《…通知》(旬政办发〔2018〕52号),明确了职责任务` agrees. Units `由县编办、发改局负责` → lead 县编办 and 发改局 (a reader means 县发改局; written as printed because the shared prefix 县 is not repeated in the text). The task text starts with the unit clause, which is kept in textStartsWith because it is the start of the item."),
  T("2", "关于2018年重点项目建设推进问题", "done", "已落实事项",
    lead=["项目办", "政府督查室"],
    note="Item 2 of 已落实事项 → done. The assignment is `项目办、政府督查室要盯住项目建设进度不放` → lead 项目办, 政府督查室. The item reports a 巡察 and 督办函 sent `对推进缓慢的中医院迁建、第三小学等项目`; those projects are objects of the 督办, not tasks of this notice, and `推进缓慢` describes them, not this item (whose own state is 已落实)."),
  T("3", "关于2016年冬季退役士兵安置问题", "done", "已落实事项",
    lead=["县人社局", "民政局", "编办"],
    note="Item 3 of 已落实事项 → done (`目前安置人员介绍信已全部开出`). Units `由县人社局、民政局、编办负责` → lead 县人社局, 民政局, 编办 (as printed; a reader means 县民政局, 县编办). 县安置办 only issued the notice; it is not an assigned unit."),
  T("1", "由县编办、发改局负责,依据省市方案,结合我县实际", "on_schedule", "正在落实事项",
    lead=["县编办", "发改局"],
    note="Section `二、正在落实事项(12件)` → on_schedule (正在落实 ≈ 正在推进). The item's own progress: a draft 方案 `已拟定` and waits for the 领导小组. Units as in section 一 item 1. Numbering restarts at 1 in section 二. `尽快出台` is not a deadline."),
  T("2", "由县编办、发改局牵头,考评办配合", "on_schedule", "正在落实事项",
    lead=["县编办", "发改局"], co=["考评办"],
    note="正在落实 → on_schedule; `已草拟了《旬阳县2018年优化提升营商环境工作考核办法》,待市上考核办法印发后…`. `由县编办、发改局牵头,考评办配合` → lead 县编办, 发改局; co 考评办."),
  T("3", "《关于积极推进毛绒玩具创意产业发展的实施意见》", "on_schedule", "正在落实事项",
    lead=["县人社局"],
    note="正在落实 → on_schedule; `已修改完善,正按程序送审`. `由县人社局负责` → lead 县人社局."),
  T("4", "关于食品安全县级工作", "on_schedule", "正在落实事项",
    note="The excerpt stops after `4.关于食品安全县级工作`: only the start of the item is stored, so its units and progress are lost. It sits in the 正在落实事项 list, so it takes that state (on_schedule); textStartsWith is the whole stored fragment (10 characters)."),
 ],
 summary=dict(printed=["议定事项15件", "已落实3件", "正在落实12件", "已落实事项(3件)", "正在落实事项(12件)"],
   counts={"done": 3, "on_schedule": 4},
   note="The notice prints 15 matters: 3 已落实 (all stored) and 12 正在落实, of which items 1–4 are stored (4 cut at its start). The stored counts match the printed 3 and the first 4 of 12."),
 notes=[
  "Layout: one lead sentence with the totals, then two numbered lists under `一、已落实事项(3件)` and `二、正在落实事项(12件)`. Items are numbered `1.` or `2、` (both separators occur), restarting at 1 in each section; each item names its units in a `由…负责` / `由…牵头,…配合` clause (item 2 of 一 uses `项目办、政府督查室要…`) and ends with the progress found at 5月25日.",
  "Status comes from the section heading for every item in it: 已落实 → done, 正在落实 → on_schedule. statusText is the heading phrase (`已落实事项` / `正在落实事项`), which is the only status wording; the item bodies report actions, not verdicts.",
  "Units are written as printed. Shared prefixes are not repeated in the text (`县编办、发改局`, `县人社局、民政局、编办`), so the second and later units are given without 县; a scorer that distributes prefixes would read 县发改局, 县民政局, 县编办.",
  "No leaders and no deadlines are printed (`尽快`, `抓紧` are not dates). The date 2018年5月4日 is the meeting, 5月25日 the state date.",
  "Place: the mirror (a bare IP) does not name its site, but the items cite `旬政办发〔2018〕52号`, `旬安办发〔2018〕1号` and `《旬阳县…》`, so the issuer is 旬阳县. Kind notice: it is a 通报 of the 督查 of 常务会议 matters.",
 ])

# ---------------------------------------------------------------- 睢宁
_done = "竣工或基本竣工"
_good = "超序时进度"
_pre = "正在积极推进图纸审核、预算编制、征迁清表等相关工作"
DOCS['suiningxian_2017_progress'] = dict(
 source="http://jrsncn.com/news/2017/0720/368607.html (睢宁新闻网 item `上半年城建重点工程实现时间过半任务超半`, 2017-07-20; cut inside the 措施 paragraph after the project lists); pages corpus, stored excerpt 1998 bytes",
 kind="progress", partial=True, place="江苏省徐州市睢宁县 (county; 徐州 the city is taken, 睢宁 is not; stem suiningxian to keep it apart from 遂宁)", year=2017,
 tasks=[
  T(None, "仝场小学项目", "on_schedule", "正在紧张地建设当中",
    note="The lead example: 教学楼 and 教研楼 `已经基本建设完成`, 食堂综合楼 `正在紧张地建设当中` → one project, under way → on_schedule (done is not reached while the 食堂 is still being built). `预计8月30日可以交付使用` / `将在九月中旬交付使用` are forecasts, not deadlines. textStartsWith is the whole name as printed (`仝场小学项目建设现场`)."),
  T(None, "中央大街整修", "done", _done, note="First of the 10 named items of `…等20余项工程竣工或基本竣工` → done (基本竣工 read as done; the group state is shared)."),
  T(None, "城东污水处理厂", "done", _done, note="竣工或基本竣工 list → done."),
  T(None, "恒隆广场", "done", _done, note="竣工或基本竣工 list → done."),
  T(None, "九鼎商贸城", "done", _done, note="竣工或基本竣工 list → done."),
  T(None, "城区绿化三年提升", "done", _done, note="竣工或基本竣工 list → done."),
  T(None, "云河西段整治", "done", _done, note="竣工或基本竣工 list → done."),
  T(None, "生态绿带工程", "done", _done, note="竣工或基本竣工 list → done."),
  T(None, "新市东街", "done", _done, note="竣工或基本竣工 list → done."),
  T(None, "国道省道县道路域环境整治及沿线绿化提升立面整治", "done", _done, note="竣工或基本竣工 list → done; one item (the 、 inside it is not a list separator: `国道省道县道` is one phrase)."),
  T(None, "双沟LNG储配站", "done", _done, note="Last named item before `等20余项工程竣工或基本竣工` → done."),
  T(None, "乐园路", "good", _good, note="First of 6 named items of `…等42项工程进度较快,超序时进度` → good (超序时 = ahead of schedule, the FORMAT.md `超进度` class)."),
  T(None, "505省道公路养护改善工程", "good", _good, note="超序时进度 list → good."),
  T(None, "文化创意商业街", "good", _good, note="超序时进度 list → good."),
  T(None, "永昶嘉园定销房", "good", _good, note="超序时进度 list → good."),
  T(None, "中医院分院", "good", _good, note="超序时进度 list → good."),
  T(None, "妇幼保健院", "good", _good, note="超序时进度 list → good."),
  T(None, "高铁商务起步区", "stalled", _pre, note="First of 8 named items of `…等18项工程,正在积极推进图纸审核、预算编制、征迁清表等相关工作`: drawings, budgets and site clearance, i.e. not yet under construction → stalled (corpus convention for projects still in preparations). on_schedule is the alternative for a reader who takes `正在积极推进` at its word; these may be among the 7 `前期推进项目` the lead paragraph plans only to prepare this year."),
  T(None, "城乡公交首末站", "stalled", _pre, note="Preparations list → stalled (alternative on_schedule)."),
  T(None, "中山北路", "stalled", _pre, note="Preparations list → stalled (alternative on_schedule)."),
  T(None, "睢河北路", "stalled", _pre, note="Preparations list → stalled (alternative on_schedule)."),
  T(None, "站前路", "stalled", _pre, note="Preparations list → stalled (alternative on_schedule)."),
  T(None, "街坊中心", "stalled", _pre, note="Preparations list → stalled (alternative on_schedule)."),
  T(None, "中等专业学校迁建", "stalled", _pre, note="Preparations list → stalled (alternative on_schedule)."),
  T(None, "睢宁县科技园", "stalled", _pre, note="Last named item of the preparations list → stalled (alternative on_schedule)."),
 ],
 summary=dict(printed=["城建重点工程共计142项", "计划实施项目135项", "前期推进项目7项", "已累计开(复)工116项", "20余项工程竣工或基本竣工", "42项工程进度较快", "18项工程"],
   counts={"on_schedule": 1, "done": 10, "good": 6, "stalled": 8},
   note="County news item (县城建指挥部 as source) on the 142 城建重点工程 at mid-2017. Three 、-lists, each closed by `等N项工程` and a shared state, name 10 of `20余`, 6 of 42 and 8 of 18 projects; the lead paragraph adds 仝场小学. The named items are far fewer than the counts, as `等` signals."),
 notes=[
  "Layout: site chrome (`欢迎光临睢宁新闻网!…`), headline, dateline, a totals paragraph, one paragraph on 仝场小学, then one long sentence with three ;-separated clauses, each a 、-list of project names ending `等N项工程` + state: `竣工或基本竣工` / `进度较快,超序时进度` / `正在积极推进图纸审核、预算编制、征迁清表等相关工作`. The stored part is cut in the following 措施 paragraph (`每月召开`).",
  "Every named project in a list takes the list's state; statusText is the shared state phrase. done for 竣工或基本竣工, good for 超序时进度, stalled for the preparations list (see task notes for the alternative).",
  "No units, leaders or deadlines: 县城建指挥部 is the reporting and scheduling body for all 142 works, not an assignee of a named project. Forecasts (`预计8月30日可以交付使用`) are not deadlines.",
  "textStartsWith is the whole project name where it is shorter than 8 characters (`乐园路`, `站前路`, …).",
 ])

# ---------------------------------------------------------------- 枣阳
_dl = "2017年底"
DOCS['zaoyang_2017_progress'] = dict(
 source="http://www.dowater.com/news/2017-03-20/533068.html (中国污水处理工程网 relay of a 汉江网 item `枣阳市计划污水处理设施年底将覆盖各镇`, 2017-03-20; complete as stored); pages corpus, stored excerpt 1240 bytes",
 kind="progress", partial=False, place="湖北省襄阳市枣阳市 (county-level city; 襄阳 the city is taken, 枣阳 is not)", year=2017,
 tasks=[
  T(None, "吴店镇污水处理厂", "on_schedule", "吴店镇污水处理厂今年6月底可建成", deadline=_dl,
    note="Visited by the 副市长, then `吴店镇污水处理厂今年6月底可建成` → under construction and expected in June → on_schedule (a completion forecast is read as 在建). Deadline: the 副市长's requirement `要确保2017年底完成枣阳市所有建制镇污水处理设施建设任务` applies to every town plant; the June date is a forecast."),
  T(None, "熊集镇污水处理厂", "done", "已经建成并试运行", deadline=_dl,
    note="Visited; `兴隆镇、熊集镇2座污水处理厂已经建成并试运行` → done (built, in trial operation)."),
  T(None, "南城梁集污水处理厂", None, None,
    note="Named only as a site the 副市长 visited (`南城梁集污水处理厂察看`); its stage is not stated → null. 南城 is a 街道, not a 建制镇, so the year-end requirement for `所有建制镇` is not given as its deadline. A reader who drops visit-only sites would not count it as a task."),
  T(None, "兴隆镇", "done", "已经建成并试运行", deadline=_dl,
    note="`兴隆镇、熊集镇2座污水处理厂已经建成并试运行` → done. textStartsWith is the town name (the plant is `兴隆镇…污水处理厂`, the words are split by the shared noun)."),
  T(None, "王城镇", "on_schedule", "污水处理厂今年4月底可建成", deadline=_dl,
    note="`王城镇、琚湾镇、鹿头镇污水处理厂今年4月底可建成` → under way, expected end of April → on_schedule. The April date is a forecast; the deadline is the year-end requirement."),
  T(None, "琚湾镇", "on_schedule", "污水处理厂今年4月底可建成", deadline=_dl, note="Same clause as 王城镇 → on_schedule."),
  T(None, "鹿头镇", "on_schedule", "污水处理厂今年4月底可建成", deadline=_dl, note="Same clause as 王城镇 → on_schedule."),
  T(None, "新市镇", "stalled", "前期工作已完成,计划今年5月底前开工建设", deadline=_dl,
    note="`新市镇、杨垱镇、太平镇污水处理厂建设的前期工作已完成,计划今年5月底前开工建设` → preparations finished, not yet started → stalled (corpus convention 尚未开工). on_schedule is the alternative (start planned for May). `5月底前开工` is a start target, not the task's deadline."),
  T(None, "杨垱镇", "stalled", "前期工作已完成,计划今年5月底前开工建设", deadline=_dl, note="Same clause as 新市镇 → stalled (alternative on_schedule)."),
  T(None, "太平镇", "stalled", "前期工作已完成,计划今年5月底前开工建设", deadline=_dl, note="Same clause as 新市镇 → stalled (alternative on_schedule)."),
  T(None, "七方镇", "stalled", "正在进行污水处理厂和污水管网施工图设计", deadline=_dl,
    note="`七方镇、刘升镇等镇正在进行污水处理厂和污水管网施工图设计` → still in design → stalled (preparations; alternative on_schedule). `等镇` means further unnamed towns, which are not tasks."),
  T(None, "刘升镇", "stalled", "正在进行污水处理厂和污水管网施工图设计", deadline=_dl, note="Same clause as 七方镇 → stalled (alternative on_schedule)."),
 ],
 summary=dict(printed=["2座污水处理厂已经建成并试运行", "要确保2017年底完成枣阳市所有建制镇污水处理设施建设任务"],
   counts={"on_schedule": 4, "done": 2, "stalled": 5, "null": 1},
   note="A short news item: the 副市长's visit to three plants, then one sentence giving the stage of each town's plant in four ;-separated groups, then his year-end requirement."),
 notes=[
  "Tasks are the town sewage plants named with a stage (11) plus 南城梁集, named only as a visited site (null). Groups share their stage: `兴隆镇、熊集镇2座…已经建成并试运行`; `王城镇、琚湾镇、鹿头镇…今年4月底可建成`; `吴店镇…今年6月底可建成`; `新市镇、杨垱镇、太平镇…前期工作已完成,计划今年5月底前开工建设`; `七方镇、刘升镇等镇正在进行…施工图设计`.",
  "Codes: 已经建成并试运行 → done; `可建成` by a month this year → on_schedule; preparations done or design under way → stalled (the corpus convention for projects not yet started; each task note gives on_schedule as the alternative).",
  "Deadline: `要确保2017年底完成枣阳市所有建制镇污水处理设施建设任务` is a stated requirement covering every 建制镇 plant, so `2017年底` is given to the eleven town plants (also to the two already built, for which it is moot). Month forecasts (`4月底可建成`, `6月底可建成`) and the planned start (`5月底前开工`) are not deadlines.",
  "No units or leaders: 副市长詹德昊 is the visiting official (a 襄阳 city leader), not an assignee; no bureau is named.",
 ])

# ---------------------------------------------------------------- 平度 白沙河街道
_on = "已经陆续开工建设"
_old = "已经建成投入使用"
DOCS['pingdu_undated_progress'] = dict(
 source="http://www.shaheshizx.com/shqs/2852.html (copy on an unrelated host of a street-office item `内容转自秀美白沙河` on its 7 new 社区服务中心; no date printed; cut at `宝` at the start of the 宝丰 paragraph); pages corpus, stored excerpt 1999 bytes",
 kind="progress", partial=True, place="山东省青岛市平度市白沙河街道 (inferred: 张戈庄, 麻兰, 峰山, 泉组河, 荣泰 are 白沙河街道 place names; the 街道 was set up in Dec 2012, so the item is 2013 or later; 青岛 is taken, 平度 is not)", year=None,
 tasks=[
  T(None, "青源社区服务中心", "on_schedule", _on, deadline="10月份",
    note="First of the 7 new centres. `除了沙河社区服务中心完成选址和图纸设计、尚未动工外,其他6处社区服务中心从7月份开始已经陆续开工建设,计划10月份全部竣工并投入使用` → under construction → on_schedule; `计划10月份全部竣工` is the planned completion → deadline `10月份`. textStartsWith uses the full name from its own paragraph (the list prints only `青源`)."),
  T(None, "沙河社区服务中心", "stalled", "尚未动工",
    note="The exception in `除了…外`: `完成选址和图纸设计、尚未动工` → not started → stalled. The 10月份 plan is stated for the other six, so no deadline here; `年底前该项工作将完美收官` is a forecast for the whole programme."),
  T(None, "荣泰社区服务中心", "on_schedule", _on, deadline="10月份", note="One of `其他6处` → on_schedule; deadline 10月份."),
  T(None, "泉组河社区服务中心", "on_schedule", _on, deadline="10月份", note="One of `其他6处` → on_schedule; deadline 10月份."),
  T(None, "清水社区服务中心", "on_schedule", _on, deadline="10月份", note="One of `其他6处` → on_schedule; deadline 10月份."),
  T(None, "宝丰", "on_schedule", _on, deadline="10月份",
    note="Named only in the opening list (`新建青源、沙河、荣泰、泉组河、清水、宝丰、百果园7处社区服务中心`); its own paragraph is cut after `宝`. One of `其他6处` → on_schedule; deadline 10月份. textStartsWith is the whole printed name (2 characters)."),
  T(None, "百果园", "on_schedule", _on, deadline="10月份",
    note="Named only in the opening list; its paragraph is beyond the cut. One of `其他6处` → on_schedule; deadline 10月份."),
  T(None, "张戈庄", "done", _old,
    note="`加上已经建成投入使用的张戈庄、麻兰、峰山、尚河头4处社区服务中心` → an earlier centre, already in use → done. These four are context for the year's programme; a reader who keeps only the 7 new centres as tasks would drop them (the task count would then be 7)."),
  T(None, "麻兰", "done", _old, note="Earlier centre, `已经建成投入使用` → done (see 张戈庄)."),
  T(None, "峰山", "done", _old, note="Earlier centre, `已经建成投入使用` → done (see 张戈庄)."),
  T(None, "尚河头", "done", _old, note="Earlier centre, `已经建成投入使用` → done (see 张戈庄)."),
 ],
 summary=dict(printed=["7处社区服务中心", "4处社区服务中心", "其他6处社区服务中心"],
   counts={"on_schedule": 6, "stalled": 1, "done": 4},
   note="7 new centres this year (1 not started, 6 under construction) plus 4 centres already in use; the item then gives each new centre's site and coverage (cut in the 6th of 7). Amounts in the source are blanked (`总建筑面积余平米`, `总投资万元`) — scrape damage kept."),
 notes=[
  "Layout: lead paragraph listing the 7 new 社区服务中心 in one 、-list; a services paragraph; a sentence naming the 4 centres already in use; the status sentence `除了沙河…尚未动工外,其他6处…已经陆续开工建设,计划10月份全部竣工并投入使用`; then one paragraph per new centre (`X社区服务中心,位于Y村,服务覆盖范围:…;`) — coverage villages are not tasks.",
  "The `除了X…外,其他N处…` construction gives X one state and every other listed item the other; statusText is the shared phrase.",
  "No units or leaders: the 街道 (`我街道`) builds all centres. Deadline `10月份` for the six under way (`计划10月份全部竣工`); no year is printed anywhere in the excerpt, so the document is undated.",
  "Place inference: 白沙河街道 is a 平度市 街道 (formed 2012 from 张戈庄镇 and 麻兰镇); the host domain is unrelated (spam host).",
 ])

# ---------------------------------------------------------------- 天津 滨海新区 塘沽 新河街道
DOCS['binhaixinqu_2011_progress'] = dict(
 source="http://news.022china.com/2011/08-31/511018_0.html (中国网·滨海高新 news item on 塘沽新河街道's 社区服务站, 2011-08-31; complete as stored); pages corpus, stored excerpt 852 bytes",
 kind="progress", partial=False, place="天津市滨海新区 (塘沽) 新河街道 (street office; stem binhaixinqu because `binhai` is taken by 江苏 滨海县)", year=2011,
 tasks=[
  T(None, "岷江里社区服务站", "done", "目前社区服务站已经竣工",
    note="The lead project: `已基本竣工,并于下周验收工程`, then `目前社区服务站已经竣工,预计在下周进行工程验收` → built, acceptance pending → done (on_schedule is the alternative for a reader who waits for 验收). Location `位于漓江里社区内` is not a separate task."),
  T(None, "新建里", "done", "已建成使用",
    note="`截至目前,新建里、湘江里社区服务工作站已建成使用` → done. textStartsWith is the name as printed before the shared noun (3 characters)."),
  T(None, "湘江里社区服务工作站", "done", "已建成使用", note="Same clause as 新建里 → done."),
  T(None, "新河街道6500平方米服务中心", "stalled", "土地规划手续已经办结",
    note="`新河街道6500平方米服务中心、高辛里社区服务站土地规划手续已经办结` → land and planning procedures done, construction not begun → stalled (corpus convention for projects still in preparations); on_schedule is the alternative."),
  T(None, "高辛里社区服务站", "stalled", "土地规划手续已经办结", note="Same clause as the 街道 服务中心 → stalled (alternative on_schedule)."),
 ],
 summary=dict(printed=["岷江里社区服务站已基本竣工", "新建里、湘江里社区服务工作站已建成使用"],
   counts={"done": 3, "stalled": 2},
   note="A short news item: one station described at length (dates, floor area, rooms), then two sentences giving the state of four further stations/centres."),
 notes=[
  "Tasks are the five named 社区服务站/服务中心, each with a stated stage. The list of rooms and service stations inside 岷江里 (党员服务站, 社区工作站, 计生服务站 …) are parts of one building, not tasks.",
  "No units or leaders: 塘沽新河街道办事处 is the source (`记者从…了解到`) and builder of all five; `2011年3月18日动工兴建` is a start date and `预计在下周进行工程验收` a forecast, not deadlines.",
 ])

def main():
    for stem, d in DOCS.items():
        text = open(os.path.join(OUT, stem + '.txt'), encoding='utf-8').read()
        nt = norm(text)
        def need(s, what):
            if s:
                assert norm(s) in nt, (stem, what, s)
        for t in d['tasks']:
            need(t['textStartsWith'], 'tsw')
            need(t['statusText'], 'statusText')
            for u in t['lead'] + t['co']: need(u, 'unit')
            for p in t['leaders']: need(p, 'leader')
            need(t['deadline'], 'deadline')
            assert (t['status'] is None) == (t['statusText'] is None), (stem, t['textStartsWith'])
        for p in d['summary'].get('printed') or []: need(p, 'printed')
        c = collections.Counter(str(t['status']) if t['status'] else 'null' for t in d['tasks'])
        if d['summary'].get('counts'):
            assert dict(c) == d['summary']['counts'], (stem, dict(c), d['summary']['counts'])
        out = dict(source=d['source'], kind=d['kind'], partial=d['partial'], place=d['place'], year=d['year'],
                   taskCount=len(d['tasks']), tasks=d['tasks'], summary=d['summary'])
        if 'lagging' in d: out['lagging'] = d['lagging']
        out['notes'] = d['notes']
        with open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
        print(stem, len(d['tasks']), dict(c))

main()
