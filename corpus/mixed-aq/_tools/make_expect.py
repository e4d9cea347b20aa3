#!/usr/bin/env python3
"""Write the three <stem>.expect.json files; assert every annotated string occurs in the document
(NFKC, whitespace removed, as verify.py does) and that summary counts match the task statuses."""
import json, os, re, unicodedata
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, note=None, lead=(), co=(), leaders=(), deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": list(leaders),
            "deadline": deadline, "status": status, "statusText": st, "note": note}

DOCS = {}

# ---------------------------------------------------------------- 湛江 2004
DOCS['zhanjiang_2004_progress_trad'] = {
 "source": "http://m.36byz.com/news/45390.html (traditional-character mirror of a 景觀中國網 news item `湛江市政項目建設進展如何?有條不紊順利進行`, `admin 2004-05-20`); pages corpus, stored excerpt 1987 bytes, cut inside the 8th greening project",
 "kind": "progress",
 "partial": True,
 "place": "广东省湛江市 (prefecture-level city)",
 "year": 2004,
 "tasks": [
  T(None, "漁港公園(原海洋公園和觀海長廊三期范圍)", "on_schedule", "綠化項目正在緊張進行", deadline="2004年10月1日前",
    note="First of the `綠化項目有12項`. Started 2003-10, earthworks and drainage done, planting `正在緊張進行`: under way, no lag stated → on_schedule. Planned completion `計劃2004年10月1日前完成` recorded as deadline. The parenthesis is ASCII in the stored text."),
  T(None, "北橋公園", "on_schedule", "園建和綠化工程正在施工中", deadline="2004年10月1日前",
    note="Started 2004-02, earthworks done, landscaping and planting under construction → on_schedule. `計劃在2004年10月1日前完工` → deadline. Whole name of 4 characters."),
  T(None, "金沙灣觀海長廊一期", "on_schedule", "目前已完成工程量的60%", deadline="2004年6月底",
    note="60% of the works done, planned finish end of June 2004: under way → on_schedule (a percentage without a verdict; null would be the strict alternative)."),
  T(None, "菉塘河生態公園", "on_schedule", "目前正在施工中",
    note="Phase 1 zone A started 2004-02 and `目前正在施工中`; phase 2 land acquisition basically done, start possible end of 2004. Coded on the phase under construction → on_schedule. Whole name of 7 characters."),
  T(None, "機場路綠化", "on_schedule", "工程于2004年2月動工",
    note="Only `工程于2004年2月動工` plus dimensions: started, nothing says it is finished or late → on_schedule (started). Whole name of 5 characters."),
  T(None, "東新路綠化", "on_schedule", "工程于2002年4月動工", deadline="2004年6月底",
    note="Started 2002-04, `計劃2004年6月底完工`: still under way with a planned finish → on_schedule. Whole name of 5 characters."),
  T(None, "南國熱帶花園", "on_schedule", "擴初設計正在進行", deadline="2005年底前",
    note="Preparatory stage: plan approved, preliminary design under way, most land agreements signed and paid; construction is planned to start only at the end of 2004 (`計劃2004年底動工建設`). Not yet due to be built, so not `stalled` by the brief's definition: coded on_schedule (preparations on plan). stalled would be the reading of readers who code every 前期 item as stalled. `2005年底前完成全部工程` → deadline. Whole name of 6 characters."),
  T(None, "綠心霞湖公園部分綜合整", None, None,
    note="The 8th greening item, cut by the store after `綜合整` (presumably 綜合整治). The preceding `城市` stands apart between runs of spaces like the section label `綠化`, so it is read as a label or scrape debris, not part of the name; `城市綠心霞湖公園…` is the alternative reading (verify.py ignores the spaces, so both match). No stage before the cut → status null."),
 ],
 "summary": {
  "printed": ["綠化項目有12項", "目前市政項目建設進展順利"],
  "counts": {"on_schedule": 7, "null": 1},
  "note": "A 2004 news item on Zhanjiang's 市政 projects; the stored part holds only the greening section: `正在施工和準備施工的綠化項目有12項`, of which 7 are described in full and the 8th is cut. The lead sentence `目前市政項目建設進展順利` is a general verdict, not a per-item status."
 },
 "notes": [
  "Traditional-character mirror: stem has `_trad`. No pinyin glosses in this excerpt.",
  "The opening teaser line is scrape damage: `進展順利?! 【G化  湛江市…的綠化` repeats the first sentence with `綠化` garbled to `【G化` and stops; the body then starts again. Only the body is annotated.",
  "Items are separated by runs of spaces in the stored text (the tool output shows them as spaces; I copied them as ASCII spaces and cannot tell whether the page had U+3000 or no-break spaces). Each item is `Name。` followed by its progress sentences.",
  "Stage phrases without a verdict (正在施工中, 已完成工程量的60%, 動工) are coded on_schedule, as in earlier corpus folders (lianjiang, jingtai); no item is said to be late.",
  "Deadlines are the planned completion dates stated per item with `計劃…完成/完工`; none for items without such a sentence.",
  "No units or leaders are named."
 ]
}

# ---------------------------------------------------------------- 莆田 2021
DOCS['putian_2021_progress'] = {
 "source": "https://www.putian.gov.cn/ggfwpt/jyly/ywjy/202112/t20211210_1687469.htm (莆田市人民政府 site, 教育领域 column; item `市直学校教育工程PPP项目超序时推进`, 发布时间 2021-10-27, 来源 湄洲日报, author 晓余); pages corpus, stored excerpt 1491 bytes, complete",
 "kind": "progress",
 "partial": False,
 "place": "福建省莆田市 (prefecture-level city; 市直 school projects)",
 "year": 2021,
 "tasks": [
  T(None, "莆田第二中学新建工程", "done", "已完成竣工验收",
    note="First of `四所已完成竣工验收的学校项目为A、B、C及D` → done."),
  T(None, "莆田市教师进修学院教学综合楼建设工程", "done", "已完成竣工验收",
    note="Second of the four completed projects."),
  T(None, "莆田职业技术学校迁建工程", "done", "已完成竣工验收",
    note="Third of the four completed projects."),
  T(None, "福建广播电视大学莆田分校迁建工程", "done", "已完成竣工验收",
    note="Fourth, joined by `及`."),
  T(None, "莆田市外国语学校(莆田市第一中学妈祖城校区)建设工程", "on_schedule", "另有四所学校在建",
    note="First of the four 在建 schools; its own sentence gives only a forecast (`预计12月底完成初中部食堂竣工验收`), so the status comes from the group statement `另有四所学校在建` (also `各在建教育项目均已复工复产`) → on_schedule. The forecast is not a deadline. Parentheses are ASCII in the stored text."),
  T(None, "莆田市特殊教育学校新综合楼建设工程", "on_schedule", "正在进行装饰装修",
    note="Fit-out under way, `预计12月底完成竣工验收` (forecast, not recorded as deadline) → on_schedule."),
  T(None, "莆田市职业技术教育中心哲理校区改扩建工程", "on_schedule", "二期项目正在进行基础施工",
    note="Phase 1 `已完成竣工验收`, phase 2 foundations under way. Counted among the four 在建 schools, so one task, on_schedule (the project as a whole is not finished)."),
  T(None, "莆田第一中学新度校区建设工程", "on_schedule", "进行主体结构施工",
    note="South zone main structure and masonry, north zone main structure and foundations under way → on_schedule."),
 ],
 "summary": {
  "printed": ["四所学校已完成竣工验收,另有四所学校在建", "市直学校教育工程PPP项目超序时推进", "占年度计划的125.30%"],
  "counts": {"done": 4, "on_schedule": 4},
  "note": "A municipal news item on the 市直 education PPP package: investment ahead of schedule (形象投资 125.30%, 实际投资 221.03% of the annual plan), then 4 named schools completed and 4 named schools under construction, each with a stage. The package-level `超序时推进` (ahead of schedule) is about investment and is not copied to each school; coding the four 在建 schools `good` from it would be the alternative reading."
 },
 "notes": [
  "Tasks are the 8 named school projects (number null); the two counts of four agree with the named lists.",
  "Statuses: 已完成竣工验收 → done; 在建 / 正在进行装饰装修 / 正在进行基础施工 / 进行主体结构施工 → on_schedule (no lag stated).",
  "Forecasts `预计12月底…` are not recorded as deadlines.",
  "No units or leaders are named; 晓余 is the reporter. The page chrome (教育领域/医疗卫生/社会保障, 分享到…, 扫一扫…, 附件下载) is not tasks.",
  "Leading spaces of the paragraphs are kept as the tool showed them (copied as ASCII spaces)."
 ]
}

# ---------------------------------------------------------------- 来宾 2016
DOCS['laibin_2016_progress'] = {
 "source": "https://m.yybnet.net/nanning/binyang/201703/5975817.html (玉林新闻网 mobile, relay of 来宾日报 `来宾市去年完成交通固投超41亿元`, 2017-03-27, 记者 韦海臣); pages corpus, stored excerpt 2000 bytes, cut at `此外,来宾市结合`",
 "kind": "progress",
 "partial": True,
 "place": "广西壮族自治区来宾市 (prefecture-level city)",
 "year": 2016,
 "tasks": [
  T(None, "梧州至柳州高速公路", "on_schedule", "进入路面施工阶段",
    note="`在建的梧州至柳州高速公路,2016年完成路基施工,进入路面施工阶段,2017年年底将建成通车`: roadbed finished, paving stage → on_schedule. The 2017 opening is a forecast, not recorded as deadline. Whole name of 9 characters."),
  T(None, "柳州至南宁高速公路双向八车道改扩建及来宾绕城高速项目", "on_schedule", "启动征地拆迁和主线路基施工工作",
    note="One project: the article counts `高速公路4条` (梧柳, 柳南改扩建及来宾绕城, 贺来, 来巴), so `…改扩建及来宾绕城高速项目` is read as one item. Land acquisition and main-line roadbed started → on_schedule. Splitting at `及` into two tasks is the alternative."),
  T(None, "贺州至来宾", "on_schedule", "前期工作",
    note="`开展了贺州至来宾、来宾至巴马高速公路前期工作`: preparatory work under way on a highway that is listed as a 前期 project, not as one due to be built → on_schedule (stalled is the alternative for readers who code every 前期 item as stalled). `其中金秀至象州段已经明确路线走向,象州至来宾段正在进行选线` are two sections of this highway, not separate tasks. Whole name of 5 characters as printed before `、`."),
  T(None, "来宾至巴马高速公路", "on_schedule", "前期工作",
    note="Second of the two 前期 highways; same reading. Whole name of 9 characters."),
  T(None, "武宣东乡至百崖槽", "done", "建成通车",
    note="`武宣东乡至百崖槽、象州港区猛山作业区进港公路项目建成通车`: two roads, one state → done. Whole name of 8 characters as printed."),
  T(None, "象州港区猛山作业区进港公路项目", "done", "建成通车",
    note="Second of the pair → done."),
  T(None, "来宾至正龙二级路", "done", "年内完工通车",
    note="`来宾至正龙二级路年内完工通车` (2016) → done."),
  T(None, "迁江至马山古零", "on_schedule", "按计划顺利推进",
    note="First of four projects in `迁江至马山古零、寺山至贵港、来宾至思练公路、合山里兰至马安码头项目按计划顺利推进,预计2017年可建成通车` → on_schedule. Whole name of 7 characters."),
  T(None, "寺山至贵港", "on_schedule", "按计划顺利推进",
    note="Second of the four. Whole name of 5 characters."),
  T(None, "来宾至思练公路", "on_schedule", "按计划顺利推进",
    note="Third of the four. Whole name of 7 characters."),
  T(None, "合山里兰至马安码头项目", "on_schedule", "按计划顺利推进",
    note="Fourth of the four."),
  T(None, "象州石龙至来宾二级公路", "stalled", "待国土部用地批文后项目开展路基施工",
    note="A 2016 trunk-road project whose land survey is done but whose roadbed works wait for the land-use approval: not started, held up → stalled (on_schedule or null are defensible since no delay is stated outright)."),
  T(None, "来宾至凤凰公路(柳州至来宾工业大道一期工程)", "on_schedule", "正在进行施工图设计",
    note="Preparatory work: feasibility study approved, construction drawings being designed → on_schedule (preparations under way; stalled is the 前期 alternative). Parentheses are ASCII in the stored text."),
  T(None, "来宾良江至宾阳武陵公路", "on_schedule", "正在进行初步设计",
    note="Preliminary design under way, `2017年可开工建设` (start date, not a deadline) → on_schedule, same 前期 reading."),
  T(None, "武宣二塘樟村作业区进港公路", "on_schedule", "进展顺利",
    note="`武宣二塘樟村作业区进港公路进展顺利` → on_schedule."),
 ],
 "summary": {
  "printed": ["完成交通固定资产投资41.2亿元", "高速公路4条"],
  "counts": {"done": 3, "on_schedule": 11, "stalled": 1},
  "note": "A 来宾日报 report on the city's 2016 transport investment (41.2亿元, 117.8% of the city target): four expressways (2 under construction, 2 in preparation), then trunk roads and port roads, each named with a stage. The text is cut in the next paragraph (`此外,来宾市结合`), probably before the rural-road part."
 },
 "notes": [
  "Tasks are the 15 named projects (number null), split at `、` where several share one state.",
  "Stage words: 建成通车 / 完工通车 → done; 进入路面施工阶段 / 启动…施工 / 按计划顺利推进 / 进展顺利 → on_schedule; 前期工作 / 正在进行施工图设计 / 正在进行初步设计 on projects designated for preparation → on_schedule (judgement, see each note); 待…批文后…开展路基施工 → stalled.",
  "Forecast dates (`2017年年底将建成通车`, `预计2017年可建成通车`, `2017年可开工建设`) are not recorded as deadlines.",
  "No units or leaders are named; 自治区交通运输厅 only sets the investment plan. The page header `看家乡事,品故乡情` and the byline are chrome.",
  "The URL sits under a 宾阳 (南宁) news section of yybnet, but the article is about 来宾市."
 ]
}

for stem, d in DOCS.items():
    with open(os.path.join(OUT, stem + '.txt'), encoding='utf-8') as fh:
        text = norm(fh.read())
    d['taskCount'] = len(d['tasks'])
    for t in d['tasks']:
        for s in [t['textStartsWith'], t['statusText'], t['deadline']] + t['lead'] + t['co'] + t['leaders']:
            if s:
                assert norm(s) in text, (stem, s)
        assert (t['status'] is None) == (t['statusText'] is None), (stem, t)
    for p in d['summary']['printed']:
        assert norm(p) in text, (stem, p)
    c = Counter(str(t['status']) if t['status'] else 'null' for t in d['tasks'])
    assert dict(c) == d['summary']['counts'], (stem, dict(c), d['summary']['counts'])
    order = ["source", "kind", "partial", "place", "year", "taskCount", "tasks", "summary", "notes"]
    out = {k: d[k] for k in order}
    with open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print(stem, d['taskCount'], dict(c))
