#!/usr/bin/env python3
"""Write <stem>.expect.json for batch mixed-bb; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))


def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)


DOCS = {}

# ---------------------------------------------------------------- 商水
DONE, OK, NORM, SLOW = '已完成8项', '正常推进项目4项', '常态化治理项目2项', '进展较慢项目5项'
PFX = "The quoted name opens with the bureau in charge (`“X局…项目”`); that prefix is read as the lead. textStartsWith keeps the quoted string whole (the quotes are delimiters); a reader who strips the bureau would start after it."
DOCS['shangshui_2019_notice'] = dict(
 source="http://www.shangshui.gov.cn/sitesources/ssx/page_pc/zwgk/zdxxgk/ssgc/articleFBB8632AD007437192D5B5C3FC53EB6A.html (商水县人民政府 page `商水县2019年城乡民生实事11月份进展情况督查通报`, 2019-12-02 14:37:39; a summary paragraph sorting all 20 实事 into five status lists, then the detailed numbered items, cut inside item 3); pages corpus, stored excerpt 1996 bytes",
 kind="notice", partial=True,
 place="河南省周口市商水县 (county; no 周口 place in the corpus)",
 year=2019,
 tasks=[
  T(None, "城管局停车场项目", "done", DONE, lead=["城管局"], note="First of the `已完成8项,分别是“A”、“B”…` list. " + PFX),
  T(None, "文广旅局安装直播卫星项目", "done", DONE, lead=["文广旅局"]),
  T(None, "人社局养老保险及医疗保险项目", "done", DONE, lead=["人社局"]),
  T(None, "民政局敬老院改造项目", "done", DONE, lead=["民政局"]),
  T(None, "水利局安全饮水管道升级项目", "done", DONE, lead=["水利局"]),
  T(None, "农业农村局旱厕改造项目", "done", DONE, lead=["农业农村局"]),
  T(None, "电业局线路新改建项目", "done", DONE, lead=["电业局"]),
  T(None, "发改委气化乡村项目", "done", DONE, lead=["发改委"], note="Eighth name; the list matches its count `8项`."),
  T("1", "完成县综合福利中心老年养护院项目", "on_schedule", "正常施工中", lead=["民政局"],
    note="Numbered item 1 of `一、城区十件民生实事`, `(责任单位:民政局)`; it is the list's “民政局老年养护院项目” (正常推进项目4项), so it is one task, recorded at its numbered item. Its own progress says `正常施工中` (statusText); `正常推进项目4项` in the summary agrees. `预计12月底前完工` is a forecast, not a deadline."),
  T("2", "建成商水县残疾人托养中心", "on_schedule", OK, lead=["残联"],
    note="Numbered item 2, `(责任单位:残联)`; the list's “残联残疾人托养中心项目”. The item's progress (`项目主体已封顶,二次结构已完工,计划12月底主体工程完工`) has no status word, so the status comes from the summary list `正常推进项目4项`. `计划12月底` is a plan, not the task's deadline."),
  T(None, "城管局街头游园项目", "on_schedule", OK, lead=["城管局"]),
  T(None, "教体局新建学校项目", "on_schedule", OK, lead=["教体局"], note="Fourth name of `正常推进项目4项`."),
  T(None, "公安局优化城区标线、红绿灯项目", "on_schedule", NORM, lead=["公安局"],
    note="`常态化治理项目2项`: routine, continuing work without an end point. Coded on_schedule (continuing, nothing lagging, like 持续推进); null is the alternative for a reader who treats 常态化 as no progress status. One item: the 、 joins two parts inside one quoted name."),
  T(None, "相关乡镇政府所在地交通拥堵治理项目", "on_schedule", NORM,
    note="Second `常态化治理` item. By the list's pattern the name opens with the body in charge, but here `相关乡镇政府所在地` reads as the place treated (the seats of the township governments); lead left empty. A reader who follows the pattern would put `相关乡镇政府` as lead (it occurs in the text)."),
  T(None, "住建局郑新街、科技路改造项目", "lagging", SLOW, lead=["住建局"], note="One quoted item covering two streets; kept as one task as printed."),
  T(None, "交通局危桥改造项目", "lagging", SLOW, lead=["交通局"]),
  T(None, "城管局提高道路通行能力设施改造项目", "lagging", SLOW, lead=["城管局"]),
  T(None, "城管局城区路灯更新改造项目", "lagging", SLOW, lead=["城管局"]),
  T(None, "城管局垃圾中转站、公厕项目", "lagging", SLOW, lead=["城管局"], note="Fifth name of `进展较慢项目5项`; one quoted item."),
  T("3", "完成5条以上小街小巷改造", None, None, lead=["住建局"],
    note="Numbered item 3, `(责任单位:住建局)`; the list's `取消项目1项,“住建局小街小巷改造项目”`. The county government cancelled it (`故县政府取消了该工程项目的实施`). No status code fits a cancelled task, so status is null; stalled is the alternative for a reader who codes `取消` as no work done. The excerpt is cut at the end of this item."),
 ],
 summary=dict(printed=["二十件城乡民生实事", DONE, OK, NORM, SLOW, "取消项目1项"],
   counts={"done": 8, "on_schedule": 6, "lagging": 5, "null": 1},
   note="A county 督查 notice on the 20 城乡民生实事 at the end of November: one paragraph sorts all 20 into five lists (8 done, 4 正常推进, 2 常态化治理, 5 进展较慢, 1 取消), each item quoted with its bureau as prefix; then the detailed items `1.…(责任单位:X)` / `进展情况:…` begin and are cut in item 3. The lists add up to 20."),
 notes=[
  "Tasks are the 20 实事 named in the summary lists. Three of them are also the numbered detail items 1–3 in the stored part; each of those is one task, recorded at its numbered item (number, text and `(责任单位:X)` unit) rather than twice.",
  "Units: the numbered items print `(责任单位:X)` → lead; the quoted list names carry their bureau as a prefix (`城管局停车场项目`), read as lead. Bare bureau names (`城管局`, `住建局`…) are kept as printed, without 县.",
  "Statuses: `已完成` → done; `正常推进` / `正常施工中` → on_schedule; `常态化治理` → on_schedule (see task 13); `进展较慢` → lagging; `取消` → null (see task 20).",
  "The remaining detail items (4–10 of 城区十件 and the 乡村 items) are past the cut; partial is true.",
 ])

# ---------------------------------------------------------------- 太康
CO = ["有关乡镇"]
DOCS['taikang_2020_plan'] = dict(
 source="http://taikang.gov.cn/sitesources/tkx/page_pc/zwgk/zfxxgkml/zfwj/article0A4E9ACA3B104043A37D7F436DDDB72B.html (太康县人民政府 `关于印发2020年太康县重点民生实事的通知`, 太政〔2020〕13号, 2020-5-12; ten 实事 headed 一、…十、, each leaf closing with `(牵头责任单位:X;配合单位:Y)`; cut at the start of 三); pages corpus, stored excerpt 1999 bytes",
 kind="plan", partial=True,
 place="河南省周口市太康县 (county)",
 year=2020,
 tasks=[
  T("一", "启动支农路东延及东环路闭合建设工程", lead=["公路局", "住建局"], co=CO, deadline="2021年6月30日前",
    note="Item 一: a heading, then two works (支农路东延; 东环路闭合), both `2021年6月30日前完成`, and ONE unit bracket `(牵头责任单位:公路局、住建局;配合单位:有关乡镇)` at the end of the item. Read as one task covering both works, textStartsWith at the heading. A reader who splits the two works would give both the same units and deadline (`为完善城区路网结构` / `实施东环路闭合建设工程`). `牵头责任单位` → lead; `配合单位` → co; `有关乡镇` is a unit group, kept whole."),
  T(None, "为了改善太康人民的饮用水质量", lead=["水利局"], co=CO, deadline="2020年年底前",
    note="Item 二 is a heading over three leaves, each with its own unit bracket, so 二 is a section and each leaf a task (path 二, no own number). Leaf 1: 引江济淮入太、引黄调蓄工程, `一期工程于2020年年底前完成`, `(牵头责任单位:水利局;配合单位:有关乡镇)`. textStartsWith is the leaf's first words (a purpose clause); a reader who starts at the work would use `加快推进引江济淮入太、引黄调蓄工程建设`."),
  T(None, "因地制宜见缝插绿", lead=["城管局"], co=CO, deadline="2020年年底前",
    note="Leaf 2 of 二: 街头游园9个, `2020年年底前完成。(牵头责任单位:城管局;配合单位:有关乡镇)`."),
  T(None, "推进河道生态修复、实施骨干河道绿化工程", lead=["水利局"], co=CO, deadline="2020年年底前",
    note="Leaf 3 of 二: river restoration, `2020年年底前完成。(牵头责任单位:水利局;配合单位:有关乡镇)`."),
  T("三", "完善居村联养", note="Item 三, cut after its first words (6 characters, the whole stored item); its units are past the cut → lead empty."),
 ],
 summary=dict(printed=["确定了十件重点民生实事"], counts={"null": 5},
   note="A county government notice issuing the ten voted 民生实事 as a plan. Each leaf names its lead and co-operating units in brackets and a completion date. No statuses."),
 notes=[
  "Deadlines are the completion dates printed in the leaf (`2021年6月30日前完成`, `2020年年底前完成`), recorded without 完成.",
  "Only items 一–三 are in the stored part (the notice announces ten); partial is true.",
  "Units are bare bureau names (`公路局`, `住建局`, `水利局`, `城管局`), kept as printed.",
 ])

# ---------------------------------------------------------------- 新丰 (广东)
FAST = '進度較快'
DOCS['xinfenggd_undated_progress_trad'] = dict(
 source="http://www.onezt.com/zwgk/fzgg/content/post_2073321.html (traditional-character mirror of a 新丰县 发改 page on the county's key projects to the end of September; no date in the excerpt; cut at `(三)分部門完成`); pages corpus, stored excerpt 2000 bytes",
 kind="progress", partial=True,
 place="广东省韶关市新丰县 (county; inferred from `韶新高速新豐段`, `廣興牧業(新豐)`, `豐江新城`, 梅坑鎮, 黃磜鎮 and `我縣`; stem `xinfenggd` to keep it apart from 江西 信丰)",
 year=None,
 tasks=[
  T(None, "世博玖鋼", "good", FAST, note="`世博玖鋼和廣興牧業(新豐)增資擴產項目進度較快,已分別累計完成年度投資計劃的225.00%、179.74%` — two projects (two percentages), the suffix 增資擴產項目 shared. Whole item (4 characters). `進度較快` with 225% of the annual plan by September → good (ahead of schedule)."),
  T(None, "廣興牧業(新豐)增資擴產項目", "good", FAST, note="Second project of the same clause (179.74%)."),
  T(None, "來石村風貌提升示範項目", "good", FAST, note="Under 農業旅游項目11個; 149.25% of the annual plan."),
  T(None, "梅坑鎮長江村黃泥塘風貌提升示範項目", "good", FAST, note="112.12% of the annual plan."),
  T(None, "韶新高速新豐段", "good", FAST, note="Under 基礎設施項目12個; `…項目進度較快`, 108.16%. Whole item (7 characters)."),
  T(None, "豐江新城龍圍起步區路網項目", "good", FAST, note="The bracket `(濱江路、豐寧路會前壩段)` names its sections; one project, 93.24% of the annual plan by September (above the 75% time schedule) → good with the document's `進度較快`."),
  T(None, "眾興花園項目", "good", "建設進度較快", note="Under 城建工程項目7個; 85.00%. Whole item (6 characters)."),
  T(None, "碧桂園星悅灣項目", "good", "建設進度較快", note="83.70%."),
  T(None, "行政服務中心暨市民活動中心建設項目", "good", "完成投資進度較快",
    note="Under 社會民生項目6個: `A、B和C建設項目完成投資進度較快,年投資額進度分別為121.34%、93.33%和86.67%` — three figures, so three projects. A = 行政服務中心暨市民活動中心建設項目."),
  T(None, "婦幼保健院升級", "good", "完成投資進度較快", note="B of the same list (93.33%); the shared suffix 建設項目 follows C. Whole item (6 characters)."),
  T(None, "教育補短板項目(二期)", "good", "完成投資進度較快", note="C of the same list (86.67%)."),
  T(None, "黃磜鎮雪峒陶瓷土廢棄礦區綜合整治工程", "good", "建設進度較快", note="Under 生態環保項目5個; 112.24% of the annual plan."),
 ],
 summary=dict(printed=["全縣59個重點項目已開工54個", "我縣牽頭的17個市重點項目", "我縣牽頭的5個省重點項目已全部開工復產"],
   counts={"good": 12},
   note="A county report on its 59 key projects to the end of September: overall and per-level totals, then one paragraph per sector (工業制造18, 農業旅游11, 基礎設施12, 城建工程7, 社會民生6, 生態環保5) with the sector's investment share and the named projects that are `進度較快`. Only those named projects are tasks."),
 notes=[
  "Sector headings with counts (`工業制造項目18個` …) are sections; their unnamed members are not tasks. The 17 市重點 and 5 省重點 projects are counted, not named.",
  "Every named project is singled out as `進度較快` (建設進度較快 / 完成投資進度較快), most above 100% of the annual plan → good (FORMAT: 超进度). on_schedule is the alternative for the ones below 100% (豐江新城 93.24%, 眾興花園 85%, 碧桂園 83.7%, 婦幼保健院 93.33%, 教育補短板 86.67%) for a reader who reads `較快` only as relative to the sector.",
  "`A和B…項目進度較快,…分別…X%、Y%` and `A、B和C…分別為X%、Y%和Z%` are split by their percentages.",
  "Year: the excerpt gives no year (`1-9月`, `截至9月底`, `經過項目中期調整`); 韶新高速 was under construction 2020–2022 and the mirror's post id suggests about 2021, so the stem says undated.",
  "No units or leaders are named per project. Traditional characters as stored.",
 ])

# ---------------------------------------------------------------- 开江
DOCS['kaijiang_2019_plan'] = dict(
 source="http://www.kaijiang.gov.cn/xxgk-show-16014.html (开江县人民政府 信息公开 page `第十八届人民政府第65次常务会议`, 来源 县政府办公室, 2019-11-15; meeting of 2019-11-12; an opening summary, then one paragraph per decision; cut at `会前,专`); pages corpus, stored excerpt 2000 bytes",
 kind="plan", partial=True,
 place="四川省达州市开江县 (county; 达州 the city and 大竹 are used elsewhere, 开江 is not)",
 year=2019,
 tasks=[
  T(None, "会议同意周忠平同志原分管退役军人事务调整至黄橹洁同志",
    note="Decision on the division of work among deputy heads, to be filed with the 市委组织部 and issued `以“县政府”名义`. No body is named to carry it out → lead empty. The three names are the persons whose portfolios move, not leaders of a task → leaders empty. A reader who keeps only work tasks would drop this decision."),
  T(None, "在听取完开江生态环境局近期工作情况汇报后",
    lead=["开江生态环境局", "县住建局", "县农业农村局", "县自然资源局", "县水务局"],
    note="The county head's requirement after the 生态环境局 report: `开江生态环境局、县住建局、县农业农村局、县自然资源局、县水务局等部门要分工协作,全力做好项目包装、专项资金争取等工作`. The five bodies share the work with no 牵头 named → all lead; `等部门` dropped. 周建平 (县长) issues the requirement and is not a task leader. textStartsWith is the paragraph's start; a reader who starts at the requirement would use `要抓住各级强力推进生态环境基础建设等政策机遇`."),
  T(None, "会议原则同意县财政局拟草的《关于加快财政扶贫资金支出进度相关事项》", lead=["县财政局"],
    note="`修改完善后,批复实施`: the drafting bureau revises and carries it out → lead 县财政局."),
  T(None, "会议同意县农业农村局拟草并经合法性审查的《开江县现代农业园区建设推进方案(2019-2023年)》", lead=["县农业农村局"],
    note="`修改完善报县委审定后以“两办”名义印发实施` → lead 县农业农村局 (drafter). `2019-2023年` is the plan's period, not a deadline."),
  T(None, "会议同意县脱贫攻坚办对全县各乡镇、县级各部门(单位)2018年脱贫攻坚目标绩效管理考核评价后拟定的", lead=["县脱贫攻坚办"],
    note="`…《2018年脱贫攻坚工作目标绩效考核结果》,报县委审定` → lead 县脱贫攻坚办. 全县各乡镇/县级各部门 are the units assessed, not task units."),
 ],
 summary=dict(printed=["第十八届人民政府第65次常务会议"], counts={"null": 5},
   note="A county executive meeting report: the opening sentence lists the topics (including four documents reviewed), then five decision paragraphs (`会议同意…`, `会议原则同意…`, and one `周建平要求:…` after a report). Each decision names the bureau that drafted the item or must act on it. No statuses or deadlines."),
 notes=[
  "Kind is plan: a list of 议定事项 (decisions with the body to act), like the 裁示事项 lists of earlier batches.",
  "The opening summary's four reviewed documents (`审定了《…》《…》《…》和《…》等议题`) are topics, not tasks; the 现代农业园区 方案 reappears as decision 4, the other three are past the cut.",
  "`会前,专` (cut) begins a note on a study session before the meeting; not a task.",
  "textStartsWith strings are the first words of each decision paragraph, kept with `会议同意` / `会议原则同意` because that is where the printed item starts.",
 ])

# ---------------------------------------------------------------- 新田
C, O = "集中竣工", "集中开工"
DOCS['xintian_2021_progress'] = dict(
 source="(no URL stored) a 红网 item `红网时刻12月27日讯(通讯员 蒋军君 蒋若冰)`: 湖南省新田县 集中开竣工活动 on 12月26日; complete, with 来源/作者/编辑 footer; pages corpus, stored excerpt 1798 bytes (returned at rank 8 for an unrelated 新丰 query)",
 kind="progress", partial=False,
 place="湖南省永州市新田县 (county; named in the text)",
 year=2021,
 tasks=[
  T(None, "二广高速新田连接线目", "done", C, note="First of `此次集中竣工的项目分别为A、B、…、H。` (8 names, matching `集中竣工项目8个`). `目` is the page's slip for 项目; kept as printed. `集中竣工` → done."),
  T(None, "群瀚科技医疗器械和5G通信设备生产项目", "done", C, note="One project (the 和 joins two product lines inside one name)."),
  T(None, "龙家大院创国家4A级旅游景区建设", "done", C),
  T(None, "新田县城至土桥公路项目", "done", C),
  T(None, "老旧小区配套改造及电梯加装项目", "done", C),
  T(None, "老年大学综合教学楼及附属工程项目", "done", C),
  T(None, "城乡客运一体化", "done", C, note="Whole list item (7 characters)."),
  T(None, "县职业中专产教融合实训基地改扩建项目", "done", C, note="Eighth name; the list closes with `。`."),
  T(None, "无机非金属新材料产业项目(新煜田)", "on_schedule", O,
    note="First of `集中开工的项目为A、B、C、D。` (4, matching `集中开工项目4个`). Started at the ceremony → on_schedule (as earlier batches coded 开工建设). The paragraph after gives its investment (`拟投资5亿元`) — the same task."),
  T(None, "一科玖玖公司一诺生物提取加工", "on_schedule", O, note="Described again as `…提取加工项目投资总额不低于6000万元,为2021年省重点项目` (gives the year)."),
  T(None, "高标准农田建设", "on_schedule", O, note="Whole list item (7 characters); `计划建成高标准农田2.7万亩` is its target, not a status."),
  T(None, "新田河二期治理", "on_schedule", O, note="Whole list item (7 characters); described later as `新田河综合治理项目`."),
 ],
 summary=dict(printed=["集中开竣工项目12个", "集中开工项目4个", "集中竣工项目8个"],
   counts={"done": 8, "on_schedule": 4},
   note="A county news item on a joint completion/start ceremony: counts, one list of 8 completed projects, one list of 4 started projects, then details of the 4 started ones. Both lists match their counts."),
 notes=[
  "Tasks are the 12 named projects; the detail paragraph repeats the 4 started ones (same tasks, not new ones).",
  "No units: 通讯员 and 编辑 are reporters; no body is assigned a project.",
  "Year 2021 from `为2021年省重点项目` and the 12月26日 ceremony reported on 12月27日.",
  "`开工` at a start ceremony → on_schedule; stalled is not apt (work has begun), done is not apt (only started).",
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
            for u in t['lead'] + t['co']:
                need(u, 'unit')
            for p in t['leaders']:
                need(p, 'leader')
            need(t['deadline'], 'deadline')
            assert (t['status'] is None) == (t['statusText'] is None), (stem, t['textStartsWith'])
        for p in d['summary'].get('printed') or []:
            need(p, 'printed')
        c = collections.Counter(str(t['status']) if t['status'] else 'null' for t in d['tasks'])
        if d['summary'].get('counts'):
            assert dict(c) == d['summary']['counts'], (stem, dict(c), d['summary']['counts'])
        out = dict(source=d['source'], kind=d['kind'], partial=d['partial'], place=d['place'], year=d['year'],
                   taskCount=len(d['tasks']), tasks=d['tasks'], summary=d['summary'])
        out['notes'] = d['notes']
        with open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
        print(stem, len(d['tasks']), dict(c))


main()
