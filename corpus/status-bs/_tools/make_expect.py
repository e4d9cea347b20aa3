#!/usr/bin/env python3
"""Write <stem>.expect.json for batch status-bs; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}


# ---------------------------------------------------------------- 济源
OS = "on_schedule"
DOCS['jiyuan_2009_notice'] = dict(
 source="https://m.daumloan.com/p-56997637.html (document-sharing preview of `督查工作通报.doc`, 济督通〔2009〕16号 `市级领导联系重点工程重点项目督查通报` by the 市委市政府督查局; site header and download notices kept; page markers `— 1—`/`— 2—` glued into the text; cut inside the second 已开工 list at `城市基础设施建设`); pages corpus, stored excerpt 1999 bytes",
 kind="notice", partial=True, place="河南省济源市 (省直管 county-level city; not in the taken list)", year=2009,
 tasks=[
  T(None, "金信特种玻璃项目", OS, "已开工 5项",
    note="First of the `新建项目 3 月份前应开工 7项, 已开工 5项(…)` list. Started by its due month → on_schedule (the notice's verdict is `已开工` against `应开工`; no lag is stated). Leaders: every project has a `市级领导` contact, but no name or unit is printed."),
  T(None, "电网建设", OS, "已开工 5项",
    note="Second item of the same `已开工 5项(…)` list → on_schedule. The whole item is 4 characters."),
  T(None, "沁园中学项目", OS, "已开工 5项", note="Same list → on_schedule."),
  T(None, "中冠华庭项目", OS, "已开工 5项", note="Same list → on_schedule."),
  T(None, "愚公名居项目", OS, "已开工 5项", note="Same list, last of five (the count matches the five names) → on_schedule."),
  T(None, "中原特钢风力发电机轴项目", "stalled", "未按期开工 2 项",
    note="`未按期开工 2 项(中原特钢风力发电机轴项目、市中心敬老院项目)`: due to start before March and not started → stalled (the FORMAT class for 暂未开工/未启动). lagging is the alternative for a reader who stresses `未按期` (late against the schedule) rather than `未开工`."),
  T(None, "市中心敬老院项目", "stalled", "未按期开工 2 项", note="Second of the two not started on time → stalled (lagging alternative, as above)."),
  T(None, "钢铁节能减排及综合配套改造项目", OS, "目前已开工 4 项",
    note="`3 月份应开工 10 项,目前已开工 4 项(…)`: first name in the list of those started → on_schedule. The six March projects not yet started are not named in the stored part."),
  T(None, "职业技能实训中心项目", OS, "目前已开工 4 项", note="Same list → on_schedule."),
  T(None, "城市基础设施建设", OS, "目前已开工 4 项",
    note="Third name of the `已开工 4 项` list; the excerpt is cut right after `城市基础设施建设` (the name may continue, e.g. `…项目`), and the fourth name is lost. Inside the parentheses of the started list → on_schedule."),
 ],
 summary=dict(printed=["市级领导联系的 88 个重点建设项目", "新建项目 3 月份前应开工 7项, 已开工 5项", "未按期开工 2 项", "3 月份应开工 10 项,目前已开工 4 项"],
   counts={"on_schedule": 8, "stalled": 2},
   note="A 督查通报 on the 88 projects each linked to a 市级领导: totals by sector and by kind (续建 30, 新建 26, 重大前期工作 13, 重大储备 19), then the start-date check of new projects. The 7 due before March split 5 started + 2 not started, both named in full; of the 10 due in March, 4 started, of which the stored part names 3."),
 notes=[
  "Layout: a document-sharing page (`下载此文档`, `文档分类:办公文档 | 页数:约19页`, bullet download notices) whose preview runs the whole .doc text together in one paragraph, with the page markers `— 1—` and `— 2—` inside sentences and spaces inside numbers and brackets (`济督通〔 2009 〕 16号`, `88 个`, `7项`).",
  "Tasks: the projects named inside the parenthesised lists after `已开工 N项` / `未按期开工 N 项`. The counts without names (`续建 30 项` etc.) are summary, not tasks.",
  "Status: `已开工` against a due start month → on_schedule; `未按期开工` → stalled (lagging alternative). No unit, leader or deadline is printed with any project; `3 月份前`/`3 月份` are the due start months of the groups, not task deadlines.",
  "Place: 济源 is a 省直管 city in 河南 (not in taken.txt, no stem `jiyuan*`); one earlier README lists `济源 2009` as out of that batch's year range, which this brief's 2008–2025 range includes.",
 ])

# ---------------------------------------------------------------- 汤阴
DOCS['tangyin_undated_plan_trad'] = dict(
 source="https://www.sv3r.com/2017/12-22/3463653.html (traditional-character mirror of a 汤阴县 十件实事 list; the store keeps only items 1–10 with no title or date; the mirror path is dated 2017-12-22); pages corpus, stored excerpt 1982 bytes",
 kind="plan", partial=False, place="河南省安阳市汤阴县 (county; not in the taken list)", year=None,
 tasks=[
  T("1", "實施城區道路安全暢通工程", lead=["住建局"], note="Item `1、…(責任單位:住建局)`: a target list item → status null. The bracket `(責任單位:X)` at the end of each item is its only unit → lead."),
  T("2", "實施道路綠化提升工程", lead=["住建局"], note="Plan item → null; `創建省級園林城市` is part of the target."),
  T("3", "完成第二水廠建設工程", lead=["住建局"], note="Plan item → null; `完成` states the target. A stray space follows `工程。`."),
  T("4", "啟動長虹路北棚戶區改造工程", lead=["住建局"], note="Plan item → null."),
  T("5", "抓好建築垃圾處理", lead=["行政執法局"], note="Plan item → null; textStartsWith is the item's heading clause (8 characters)."),
  T("6", "擴充城鄉教育資源", lead=["教體局"], note="Plan item → null. It names several schools (中華路/光華路小學, 文王中學, 德賢路小學, 湯陰一中南校區, eight rural middle schools) as one item with one unit; kept as one task because the list numbers it as one 实事."),
  T("7", "完成縣婦幼保健院業務綜合樓主體工程", lead=["衛計委"], note="Plan item → null."),
  T("8", "完成湯陰縣社會福利中心一期(兒童福利院)主體工程", lead=["民政局"], note="Plan item → null; the bracket `(兒童福利院)` is part of the name, not a unit."),
  T("9", "實施農村安全飲水工程", lead=["水務局"], note="Plan item → null."),
  T("10", "開工建設S302省道升級改建工程", lead=["公路局"], note="Plan item → null."),
 ],
 summary=dict(printed=["(責任單位:住建局)"], counts={"null": 10},
   note="Ten numbered 实事 with one responsible unit each; no title, year or progress is printed."),
 notes=[
  "Layout: ten lines `N、heading clause。detail。(責任單位:X)`; the unit bracket uses ASCII `(`/`:`/`)` as stored. Traditional characters with mirror conversion slips kept (`公裏`, `方麵`, `康複`).",
  "Units: `住建局` ×4, `行政執法局`, `教體局`, `衛計委`, `民政局`, `水務局`, `公路局`, each as printed without the county prefix; all go to lead (one unit column, `責任單位`).",
  "Status: null for all ten — verbs such as `完成`, `啟動`, `開工建設` state the year's targets. No deadlines are printed.",
  "Year: none in the stored text. The mirror path carries 2017-12-22, so the list is probably the 2018 (or 2017) 十件实事; written as undated. partial=false because the stored part holds items 1–10 complete; the page title (lost) would have named the year.",
  "Place: 汤阴 (安阳) is not in taken.txt, taken-stems or any README.",
 ])

# ---------------------------------------------------------------- 濮阳县
N = None
DOCS['puyangxian_2019_progress'] = dict(
 source="http://pyrb.pyxww.com/content/201906/06/c39456.html (濮阳日报 e-paper, 2019-06-06, news item on 濮阳县's 十二件民生实事; cut at `二批试点县城安置区`); pages corpus, stored excerpt 1998 bytes",
 kind="progress", partial=True, place="河南省濮阳市濮阳县 (county; 濮阳 the city and 华龙区 are taken, 濮阳县 is not)", year=2019,
 tasks=[
  T(N, "就业形势更加稳固", note="Employment 实事: `1至4月` figures only, no verdict → null. The paragraph names no project, so its heading clause is the task (as in 修水's 工程 paragraphs)."),
  T(N, "自4月1日起,实行80岁以上老人", "done", "前期补报2437人已落实完毕",
    note="`自4月1日起,实行80岁以上老人基本医保报销比例提高5个百分点,前期补报2437人已落实完毕` → done (the policy is in force and the back-payments are settled)."),
  T(N, "健康水平持续提高", note="Screening 实事: counts only (`开展免费血清学筛查2771人…`) → null."),
  T(N, "实施残疾儿童康复救助计划", note="`为144名残疾儿童实施康复救助`: a running count with no target or verdict → null."),
  T(N, "对38个行政村实施环境整治", note="Figure only → null."),
  T(N, "15719户农村户厕改造完成", "done", "15719户农村户厕改造完成",
    note="`15719户农村户厕改造完成` → done for the count reported; no target is printed, so on_schedule is the alternative for a reader who takes it as a running total."),
  T(N, "柳屯镇等6个乡镇污水处理厂", OS, "钢筋绑扎完成", note="Under construction (`钢筋绑扎完成`) → on_schedule."),
  T(N, "清河头至柳屯等9条85公里县乡道路", OS, "正在进行路基施工", note="→ on_schedule."),
  T(N, "县第七小学", "stalled", "正在前期准备",
    note="`县第七小学、第九小学正在前期准备`: split into the two schools; not yet under construction → stalled (corpus convention for projects still in preparation; on_schedule is the alternative because preparation is under way). Name shorter than 8 characters."),
  T(N, "第九小学", "stalled", "正在前期准备", note="Second school of the same clause → stalled (see above)."),
  T(N, "城西中学", OS, "正在基础施工", note="→ on_schedule."),
  T(N, "新高中等4所学校", OS, "正在装修", note="Group of 4 schools named by its first (`新高中等4所学校`) → one task, on_schedule."),
  T(N, "10所农村寄宿制学校", OS, "全部开工", note="`10所农村寄宿制学校全部开工` → on_schedule (started, not finished)."),
  T(N, "基层综合性文化服务中心", "done", "实现了100%全覆盖", note="`实现了100%全覆盖` → done."),
  T(N, "全民健身中心", OS, "主体已完工",
    note="`全民健身中心主体已完工`: the main structure is finished, the project is not → on_schedule (done is the alternative for a reader who counts 主体完工 as the year's target)."),
  T(N, "龙文化公园等3个足球场", "done", "投入使用", note="`…投入使用` → done."),
  T(N, "县中医院", OS, "装修进展顺利", note="→ on_schedule. Name shorter than 8 characters."),
  T(N, "县人民医院", OS, "基础部分完成30%", note="→ on_schedule."),
  T(N, "精神病院", "stalled", "正在办理前期手续",
    note="`精神病院、户部寨卫生院正在办理前期手续` split into two; not started → stalled (on_schedule alternative)."),
  T(N, "户部寨卫生院", "stalled", "正在办理前期手续", note="Second of the pair → stalled."),
  T(N, "仁济等5所医院", OS, "正开展升级自评", note="→ on_schedule (the upgrade self-assessment is under way)."),
  T(N, "昌盛西路等4条道路", OS, "正在施工", note="→ on_schedule."),
  T(N, "红旗路东延等7条道路", OS, "正在清障",
    note="Site clearance is work on the ground → on_schedule; stalled is the alternative for a reader who counts 清障 as preparation before construction."),
  T(N, "花园路等7条道路", "stalled", "正在招标",
    note="Still tendering, construction not started → stalled (corpus convention for projects not yet under construction; on_schedule alternative)."),
  T(N, "县城区污水处理厂", OS, "土建已完成80%", note="→ on_schedule."),
  T(N, "城南新区污水厂", OS, "正在基础施工", note="→ on_schedule."),
  T(N, "县二中等4所学校换热站", "done", "已完工", note="→ done."),
  T(N, "龙城国际二期等2017年项目", OS, "正在装修", note="棚户区改造, 2017 batch → on_schedule."),
  T(N, "2018年项目已建至16层", OS, "已建至16层", note="棚户区改造, 2018 batch (`2018年项目`, unnamed) → on_schedule. textStartsWith runs into the stage because the item name alone is 7 characters."),
  T(N, "2019年项目正在清障", OS, "正在清障", note="棚户区改造, 2019 batch → on_schedule (as 红旗路东延; stalled alternative)."),
  T(N, "滩区迁建扎实推进", OS, "扎实推进",
    note="Heading clause of the last 实事 (`滩区迁建扎实推进。`) whose detail is cut after `二批试点县城安置区` → on_schedule from `扎实推进`."),
 ],
 summary=dict(printed=["扎实做好对十二件民生实事顺利推进"],
   counts={"null": 4, "done": 5, "on_schedule": 17, "stalled": 5},
   note="A county news item walking through the 十二件民生实事 paragraph by paragraph; the 12 are not numbered or listed, and the stored part reaches the eleventh or twelfth (滩区迁建)."),
 notes=[
  "Layout: headline lost; lead sentence, then one line per 实事 or sub-theme, most opening with a theme clause (`农村基础设施不断完善。`, `教育基础设施建设加快。`, `实施医院提质工程。`, `加快棚户区改造。`) followed by named works each with a stage, separated by `,` or `;`. Two lines have no theme clause (`自4月1日起,…`, `实施残疾儿童康复救助计划,…`).",
  "Tasks: each named work or group (`X等N所学校`, `X等N条道路`) that gets its own stage; theme clauses that only introduce named works are headings. Lines with figures and no named project (就业, 筛查, 残疾儿童康复, 环境整治) are kept as null tasks, like the 工程 paragraphs in mixed-as/修水. A reader who counts the 12 实事 instead would get about 11 tasks in the stored part.",
  "Pairs sharing one clause are split (县第七小学/第九小学, 精神病院/户部寨卫生院); groups named by a first member plus a count (`新高中等4所学校`) stay whole.",
  "Stage words → codes: 已完工/投入使用/实现全覆盖/已落实完毕/改造完成 → done; 正在施工/正在基础施工/正在装修/钢筋绑扎完成/主体已完工/完成30%/80%/已建至16层/全部开工/正在清障/扎实推进 → on_schedule; 正在前期准备/正在办理前期手续/正在招标 → stalled (not yet under construction; each note gives on_schedule as the alternative).",
  "No units, leaders or deadlines are printed. Place: 濮阳县 is a county of the taken city 濮阳 (puyang_2016 lists `濮阳县4个` only as a group label); stem `puyangxian` because `puyang` is in use.",
 ])

# ---------------------------------------------------------------- 沂水
DOCS['yishui_undated_progress'] = dict(
 source="https://121xx.cn/art/info/78688640 (relay of a 沂水 WeChat-style piece `这3所新学校最新动态来了`; no date printed; complete, ends `END`); pages corpus, stored excerpt 1209 bytes",
 kind="progress", partial=False, place="山东省临沂市沂水县 (county; 临沂 the city is taken, 沂水 is not)", year=None,
 tasks=[
  T(N, "锦绣小学", OS, "二层主体已完成",
    note="Section `锦绣小学`: `幼儿园楼、办公楼、综合楼二层主体已完成,两栋教学楼分别进行一层墙柱扎筋…` → under construction → on_schedule. `预计今年秋季开学投入使用` is a forecast, not a deadline. Name shorter than 8 characters (also `沂水县锦绣小学` in the banner)."),
  T(N, "特殊教育学校", OS, "教学楼、宿舍楼标二层混凝土浇筑完成",
    note="Section `特殊教育学校`: concrete poured to the second floor → on_schedule; `预计7月1日建成使用` is a forecast."),
  T(N, "第八实验小学", OS, "已进入地下工程筏板钢筋绑扎中",
    note="Section `第八实验小学`: `一期工程小学教学楼已进入地下工程筏板钢筋绑扎中` → on_schedule; `预计7月30日前完成内墙粉刷,9月1日,基本具备开学条件` are forecasts."),
 ],
 summary=dict(printed=["这3所新学校最新动态来了", "20项民生实事之一"], counts={"on_schedule": 3},
   note="Three school projects, one section each, all under construction; the piece says school building is one of the county's `125工程` 20 民生实事."),
 notes=[
  "Layout: short banner lines (`好消息!`, the three school names, `这3所新学校最新动态来了`, `一起抢先看`), one background paragraph, then three sections each headed by the school name on its own line and followed by one paragraph, and closing lines ending `END`.",
  "Tasks: the three schools; the banner repeats their names and is not a second set of tasks.",
  "Status: every school is mid-construction → on_schedule. The `预计…` dates are forecasts, so deadline is null (corpus convention: planned completions are deadlines, forecasts are not).",
  "No units: 县委、县政府 are named as driving school building in general, not as units of a task. Year: none printed (the relay gives no date), so undated.",
 ])

# ---------------------------------------------------------------- 衡南
DOCS['hengnan_2022_report_trad'] = dict(
 source="https://www.qclgf.com/zwgk/zdlyxxgk/msss/20230329/i2972940.html (traditional-character mirror of the 衡南县 site's 重点民生实事 column, path dated 2023-03-29; breadcrumb kept; spam token `关键词2` inside the text; cut at `走進改造擴建後的冠市鎮敬`); pages corpus, stored excerpt 1992 bytes",
 kind="report", partial=True, place="湖南省衡阳市衡南县 (county; not in the taken list)", year=2022,
 tasks=[
  T(N, '關愛在校留守兒童"三愛三護"行動', "done", "交卷",
    note="First of the five projects voted by the 县人大 (`票決確定了A、B、C、D、E等5個縣級民生實事項目`). The headline `交卷!…5個縣級民生實事項目取得這些成效`, published in March 2023 about the 2022 projects, reports them as delivered → done. Its own section (一) describes the programme running (`對4327名…留守兒童提供免費照管服務`), so on_schedule is the alternative for a reader who reads it as ongoing service."),
  T(N, "湘江風光帶(雲集大橋-正德路段)亮化提質", "done", "交卷",
    note="Named only in the list; status from the headline `交卷…取得這些成效` → done (null is the alternative for a reader who wants the project's own section, lost to the cut)."),
  T(N, "縣城望月路提質改造", "done", "交卷", note="Named only in the list → done from the headline (null alternative)."),
  T(N, "冠市鎮敬老院維修改造", "done", "改造擴建後",
    note="Section (二) `冠市鎮敬老院:提供高品質的社會化養老服務` begins `走進改造擴建後的冠市鎮敬…` (cut) → the renovation is finished → done."),
  T(N, "縣城公廁建設", "done", "交卷", note="Last of the five (`…縣城公廁建設等5個`); named only in the list → done from the headline (null alternative). Whole item 6 characters."),
 ],
 summary=dict(printed=["5個縣級民生實事項目取得這些成效", "等5個縣級民生實事項目"], counts={"done": 5},
   note="A year-end review of the five 2022 county 民生实事 chosen by 人大代表票决; the list names all five, the stored part then reaches section (一) and the first words of (二)."),
 notes=[
  "Layout: breadcrumb line, headline `聚焦兩會 | 交卷!…`, an intro naming the five projects in a `、` list closed by `等5個縣級民生實事項目`, then sections `(一)\"三愛三護\"撐起留守兒童一片藍天` and `(二)冠市鎮敬老院:…`, each a feature-style paragraph; the section headings use short names, not the list names.",
  "Tasks: the five named in the intro (count matches). Section headings repeat tasks 1 and 4 under other names and are not extra tasks.",
  "Status: the headline `交卷` (results handed in) plus `取得這些成效` is the document's own verdict on all five → done; task 4 also has its own `改造擴建後`. A stricter reader gives null to tasks 2, 3 and 5, whose sections are lost, and on_schedule to task 1 (an ongoing programme).",
  "Units: none per project; 衡南縣人大常委會 runs the vote and is not a unit of any task. Deadlines none. Traditional characters with mirror slips (`頁麵`, `票決製`, `係統`, `誌願`) and ASCII double quotes kept.",
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
        out['notes'] = d['notes']
        with open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
        print(stem, len(d['tasks']), dict(c))

main()
