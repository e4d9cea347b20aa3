#!/usr/bin/env python3
"""Write <stem>.expect.json for batch mixed-au; assert every annotated string occurs in the document.
Adapted from /work/main/corpus/mixed-as/_tools/make_expect.py."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- 杂多
Z_DONE = "等项目已竣工"
Z_REST = "等剩余项目将于6月底全部竣工"
DOCS['zaduo_2013_progress'] = dict(
 source="http://www.qinghai.gov.cn/ztzl/system/2013/04/18/010042553.shtml (青海省人民政府网, 专题 `建设美好新玉树 / 对口援建`: `援建杂多项目进入冲刺阶段`, 来源 西宁晚报, 发布时间 2013-04-18; complete item with site chrome); pages corpus, stored excerpt 1650 bytes",
 kind="progress", partial=False, place="青海省玉树藏族自治州杂多县 (county; 萨呼腾镇 is its seat), projects built by 西宁市 as partner city", year=2013,
 tasks=[
  T(None, "萨呼腾镇农牧民住房建设工程", "done", Z_DONE,
    note="First of three projects in the list `目前援建的A、B、C等项目已竣工` → done."),
  T(None, "萨呼腾镇城镇桥梁工程", "done", Z_DONE, note="Second of the `已竣工` list → done."),
  T(None, "第二幼儿园", "done", Z_DONE,
    note="Third of the `已竣工` list; the whole item is 5 characters. → done."),
  T(None, "第一寄宿制学校", "on_schedule", Z_REST,
    note="First of five `剩余项目` in the list closed by `等剩余项目将于6月底全部竣工`. Not finished; the item says they are to be finished by the end of June, and the lead says all 60 援建 projects `已经进入最后冲刺阶段` → on_schedule. null is the alternative for a reader who codes only present-tense verdicts. `6月底` is kept out of deadline: it is the planned finish date stated as a forecast (the lead says `预计全部建设将于今年6月底全面完成验收移交工作`), not an assigned deadline; a reader who takes it as a deadline would put `6月底`."),
  T(None, "儿童福利", "on_schedule", Z_REST, note="Second `剩余项目` (4 characters, the whole item as printed; presumably the 儿童福利院). → on_schedule."),
  T(None, "民族中学", "on_schedule", Z_REST, note="Third `剩余项目` (4 characters, the whole item). → on_schedule."),
  T(None, "杂多县第一幼儿园", "on_schedule", Z_REST, note="Fourth `剩余项目`. → on_schedule."),
  T(None, "孤儿学校", "on_schedule", Z_REST, note="Fifth `剩余项目` (4 characters, the whole item). → on_schedule."),
 ],
 summary=dict(printed=["截至目前我市60个援建项目中", "由杂多县项目管理办公室直接监管的24项已基本完工",
                       "各援建单位承担监管项目26项,其中已竣工项目6项,组织验收项目11项,在建项目9项"],
   counts={"done": 3, "on_schedule": 5},
   note="Counts: of 60 援建 projects, 24 (supervised by the county project office) are basically finished; of 26 supervised by the 援建单位, 6 are finished, 11 under acceptance, 9 under construction (24 + 26 = 50; the other 10 are not accounted for in the text). Only 8 projects are named, 3 finished and 5 `剩余`."),
 notes=[
  "A short news item (西宁晚报 via the 青海 government site). Tasks are the eight named projects in the last two sentences, in printed order, number null. The 60/24/26 figures and the list of project domains (`项目涉及农牧民住房、城镇居民住房、文教卫体公建…`) are summary, not tasks.",
  "Shared statuses: `等项目已竣工` closes a 、-list of three; `等剩余项目将于6月底全部竣工` closes a 、-list of five.",
  "Units: none per task. 西宁市援建玉树杂多项目指挥部 is the source of the news (`记者17日从…了解到`), 杂多县项目管理办公室 and 各援建单位 appear only in the counts; lead/co are [] throughout.",
  "Page chrome (`中央人民政府网站 | 省委 | …`, breadcrumb, `来源/发布时间/编辑`) is kept as stored. The item is complete (it ends with the byline `(赵凛松)`).",
  "Place: the projects are in 萨呼腾镇, the seat of 杂多县 (玉树州, 青海); 西宁 (taken) is the partner city, not the place of the projects.",
 ])

# ---------------------------------------------------------------- 木里
M_ST = "等10个项目竣工"
DOCS['muli_2014_progress'] = dict(
 source="http://f.china.com.cn/2015-01/21/content_34618928.htm (中国发展门户网 relay of 四川日报 `对口支援木里去年完成10个项目`, 发布时间 2015-01-21; complete); pages corpus, stored excerpt 1371 bytes. A traditional-character relay of the same item (no URL) and a longer 凉山 mirror (a1movingpro.com) also exist.",
 kind="progress", partial=False, place="四川省凉山彝族自治州木里藏族自治县 (autonomous county); projects funded by 攀枝花市 as partner city", year=2014,
 tasks=[
  T(None, "木里县城市供水改扩建及管网改造", "done", M_ST,
    note="First of ten names in `到去年末,攀枝花援建的A、B、…等10个项目竣工` → done. The lead also says `城市供水改扩建及管网改造完工`."),
  T(None, "县中学校舍", "done", M_ST, note="Second of the ten (5 characters, whole item). The lead: `木里县中学新校舍投用`. → done."),
  T(None, "县医院门诊大楼", "done", M_ST, note="Third of the ten (7 characters, whole item). → done."),
  T(None, "县中藏医院", "done", M_ST, note="Fourth of the ten (5 characters, whole item). → done."),
  T(None, "固增乡1.3公里通乡水泥公路", "done", M_ST, note="Fifth of the ten. 固增乡 is part of the project name, not a unit. → done."),
  T(None, "县电视台虚拟演播室系统设备", "done", M_ST, note="Sixth of the ten (an equipment purchase). → done."),
  T(None, "县第三期144套廉租房", "done", M_ST, note="Seventh of the ten. → done."),
  T(None, "援藏干部人才周转房", "done", M_ST, note="Eighth of the ten. → done."),
  T(None, "新农村建设", "done", M_ST, note="Ninth of the ten (5 characters, whole item). → done."),
  T(None, "旅游基础设施", "done", M_ST, note="Tenth of the ten (6 characters, whole item); the list is closed by `等10个项目竣工`, and the count matches. → done."),
 ],
 summary=dict(printed=["攀枝花市2014年对口支援木里藏族自治县的15个项目完成年度目标,其中10个项目竣工,5个项目按计划推进",
                       "实施援建项目15个", "建设项目共计37个"],
   counts={"done": 10},
   note="15 援建 projects in 2014: 10 finished (all named), 5 `按计划推进` (none named, so not tasks). The five-year plan covers 37 projects."),
 notes=[
  "A short newspaper item. Tasks are the ten projects named in the last paragraph, in printed order, number null; the list closer `等10个项目竣工` gives each done and its count matches the ten names.",
  "The five unnamed `按计划推进` projects and the category counts (`民生工程项目6个、…基础设施建设项目5个…`) are summary, not tasks.",
  "Units: none per task. 攀枝花市 is the partner city (援建方), not a responsible unit printed against a task; lead/co are [] throughout.",
  "Year: the projects are the 2014 batch (`去年`, `截至去年底`), reported on 2015-01-21.",
 ])

# ---------------------------------------------------------------- 余庆
Y_MAIN = "等4个项目主体施工"
Y_START = "启动了县城东部实验二小、白泥第二幼儿园、特殊教育学校土石方开挖"
DOCS['yuqing_2017_progress'] = dict(
 source="http://eastchinadaily.com/domestic/4153.html (华东日报 relay `任务分解等方式有效推进教育民生项目建设`, 2017-07-27, 通讯员 赵仕锐; the 核心提示 teaser repeats the opening; complete); pages corpus, stored excerpt 1307 bytes",
 kind="progress", partial=False, place="贵州省遵义市余庆县 (county)", year=2017,
 tasks=[
  T(None, "构皮滩镇第三幼儿园", "on_schedule", Y_MAIN,
    note="First of four names in `完成A、B、C、D等4个项目主体施工`: the main structure is finished in the half year, the project is not → on_schedule (stage reached, in a report that says the projects are `有效推进`). done is the alternative for a reader who codes the completed 主体施工 step. The verb `完成` stands before the list, so the statusText is the list closer."),
  T(None, "中职学校实训综合楼", "on_schedule", Y_MAIN, note="Second of the four 主体施工 projects → on_schedule."),
  T(None, "构皮滩中学综合楼", "on_schedule", Y_MAIN, note="Third of the four 主体施工 projects → on_schedule."),
  T(None, "城关中学整体迁建", "on_schedule", Y_MAIN, note="Fourth of the four; the count `4个` matches the names. → on_schedule."),
  T(None, "余庆中学扩建项目", "on_schedule", "余庆中学扩建项目土方开挖",
    note="`完成…和余庆中学扩建项目土方开挖`: earthworks finished → on_schedule (early stage reached)."),
  T(None, "县城东部实验二小", "on_schedule", Y_START,
    note="First of three in `启动了A、B、C土石方开挖`: works started in the period → on_schedule. null is the alternative (started is not a verdict, as status-x coded `已開工建設`)."),
  T(None, "白泥第二幼儿园", "on_schedule", Y_START, note="Second of the three started projects → on_schedule (null alternative)."),
  T(None, "特殊教育学校", "on_schedule", Y_START, note="Third of the three started projects (6 characters, whole item) → on_schedule (null alternative)."),
  T(None, "龙溪镇第二幼儿园", "done", "完成龙溪镇第二幼儿园等8个其他教育民生项目建设",
    note="A batch of 8 `其他教育民生项目` named by its first member, like 儋州's `市委老机关幼儿园拆除重建等10个学前教育项目` in mixed-as: one task. `完成…建设` → done."),
 ],
 summary=dict(printed=["共投入教育民生项目建设资金17936.85万元", "政府拟办十件实事中教育项目资金1.443亿元",
                       "15个其他教育民生项目主体完工", "9个正在推进", "启动8个新建项目"],
   counts={"on_schedule": 8, "done": 1},
   note="Half-year report of the 县教育局: named 十件实事 education projects with a stage, one named batch of 8 finished `其他` projects, and unnamed counts (15 主体完工, 9 正在推进, 8 新建 started) that are not tasks."),
 notes=[
  "A county news item (通讯员 copy) on the 教育局's first half of 2017. The 核心提示 teaser repeats the first sentence and is cut (`共投入`); it is kept as stored. Tasks are the named projects and the one named batch, number null.",
  "Units: the 余庆县教育局 is the reporting body (`认真落实主体责任`), but no unit is printed against any project; lead/co are [] throughout. A reader who credits every project to the 教育局 would put `余庆县教育局` in lead for all nine.",
  "`领导挂包,任务分解` names methods, not assignments; no leaders or deadlines are printed.",
  "Stage codes are judgement calls (see each task): 主体施工/土方开挖 finished → on_schedule; 启动…开挖 → on_schedule (null alternative); 完成…建设 → done.",
 ])

# ---------------------------------------------------------------- 舟曲
DOCS['zhouqu_2012_progress'] = dict(
 source="http://paper.ce.cn/jjrb/html/2012-10/03/content_130463.htm (经济日报 e-paper, 2012-10-03, on 舟曲 灾后重建 two years on; cut at `舟曲的灾后恢复重建规划安排`); pages corpus, stored excerpt 1999 bytes",
 kind="progress", partial=True, place="甘肃省甘南藏族自治州舟曲县 (county)", year=2012,
 tasks=[
  T(None, "舟曲“8·8”城乡居民安置住房摇号分配工作", "done", "已全面完成",
    note="`…摇号分配工作已全面完成` → done."),
  T(None, "所有教育重建项目", "done", "于今年秋季开学全部投入使用",
    note="All education reconstruction projects `也于今年秋季开学全部投入使用` → done. Kept as one task: the text names the group, not single schools."),
  T(None, "永久性供水工程", "done", "已建成投入运行",
    note="7 characters, the whole item. `已建成投入运行` → done."),
  T(None, "新瓦场桥等城镇桥梁新建维修加固工程", "done", "都已经建成通车",
    note="`A和B都已经建成通车`: first of the two, the bridge works (named by 新瓦场桥) → done."),
  T(None, "新老城区主要市政道路", "done", "都已经建成通车",
    note="Second of the pair joined by `和` → done. A reader who keeps `A和B` as one item would merge this with the bridges."),
  T(None, "三眼峪、罗家峪山洪泥石流排导渠和拦挡坝工程", "done", "基本完成",
    note="`…工程,以及峰迭新区四条沟道治理项目基本完成`: shared `基本完成` → done. on_schedule is the alternative for a reader who does not take `基本完成` as finished. Kept as one task: the two valleys share one works name."),
  T(None, "峰迭新区四条沟道治理项目", "done", "基本完成",
    note="Second item under the shared `基本完成` → done (on_schedule alternative)."),
  T(None, "地质灾害预测预警体系", "done", "基本建立",
    note="`地质灾害预测预警体系基本建立` → done (on_schedule alternative, as for `基本完成`)."),
 ],
 summary=dict(printed=["8大类共170个项目", "170个项目累计完成投资43亿元", "81个项目已完成建设内容"],
   counts={"done": 8},
   note="170 projects in 8 categories; 81 `已完成建设内容` by 2012-08-31. The text names eight works (or groups of works) with a state, all finished or basically finished. The eight categories are the plan's chapters, not tasks."),
 notes=[
  "A national newspaper feature; the stored part holds the opening, the plan figures, the progress sentence and one paragraph of commentary, cut at `规划安排`.",
  "Tasks are the works in the long progress sentence, in printed order, number null. `城镇基础设施…焕然一新` introduces the infrastructure items and is not itself a task; `81个项目已完成建设内容` is a count.",
  "`基本完成` / `基本建立` → done (three tasks); on_schedule is the alternative.",
  "Units: 甘肃省舟曲灾后重建前方协调指导小组 is the source (`记者从…了解到`); `援建、自建、代建单位` are named only as a class. No unit, leader or deadline is printed against a task; lead/co are [] throughout.",
  "Places named as locations (舟曲老城区、峰迭新区、兰州市秦王川转移安置区, 兰州新区) are not units; 峰迭新区 inside a project name stays in the name.",
 ])

# ---------------------------------------------------------------- 康定
K_ST = "均在6月底完工"
DOCS['kangding_undated_progress_trad'] = dict(
 source="http://thewayofeft.com/html/xw/gxdt/10117.html (traditional-character mirror with pinyin glosses of a 康巴传媒网 (甘孜日报) news item, path `xw/gxdt` = 新闻/各县动态; byline 陳美岺 張巖; no date printed; complete two-paragraph item); pages corpus, stored excerpt 1016 bytes",
 kind="progress", partial=False, place="四川省甘孜藏族自治州康定县 (county; 康定市 since 2015)", year=None,
 tasks=[
  T(None, "1972套城鄉(xiāng)居民住房維修加固", "done", K_ST,
    note="First of four in `A、B、C以及D均在6月底完工` → done. The figure 1972套 is part of the item as printed."),
  T(None, "6532套農(nóng)村居民住房維修加固", "done", K_ST, note="Second of the four → done."),
  T(None, "民族中學維修加固", "done", K_ST, note="Third of the four (7 characters, whole item) → done."),
  T(None, "地質(zhì)災害排危除險項目", "done", K_ST, note="Fourth, joined by `以及` → done."),
 ],
 summary=dict(printed=["康定縣38個災后恢復重建項目,累計開工38個,開工率100%,完工項目6個"],
   counts={"done": 4},
   note="38 reconstruction projects after the 芦山 earthquake: all 38 started, 6 finished; four finished items are named."),
 notes=[
  "Tasks are the four items named as finished, in printed order, number null; `均在6月底完工` closes the list.",
  "Not tasks: the second paragraph's sector phrases (`城鄉居民住房重建加快推進、公共服務設施重建全面啟動、產業重建有序實施、基礎設施重建和文化旅游重建順利推進、防災減災、地質災害防治和生態環境修復扎實推進`) describe the reconstruction domains as a whole under `呈現出…的良好勢態`. A reader who takes them as work items would add five to seven on_schedule tasks (加快推進/全面啟動/有序實施/順利推進/扎實推進). Part of that run is scrape-damaged in the store (`有序?qū)嵤?、`).",
  "No units, leaders or deadlines are printed; `6月底` is when the works were finished, not a deadline.",
  "Year: none printed. The text says `今年是蘆山地震災后恢復重建的高峰期和攻堅期,是完成三年重建規劃任務關鍵之年` (the 2013 earthquake's three-year plan) and 6 of 38 projects finished by 7月20日, which points to 2014; stem `undated`. 康定县 became 康定市 in 2015.",
  "Traditional-character mirror with pinyin glosses inside words (`網(wǎng)`, `規(guī)劃`); annotated strings keep them as stored.",
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
