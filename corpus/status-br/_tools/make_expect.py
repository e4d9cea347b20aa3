#!/usr/bin/env python3
"""Write <stem>.expect.json for batch status-br; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- 滦南
DOCS['luannan_2024_progress'] = dict(
 source="http://admin.jcgcw.com/index/news/detail?id=95187 (relay of a news item `河北滦南全力推进民生项目建设`, 2024-09-11; cut inside the 医疗 paragraph at `邀请市妇幼保健院专家对`); pages corpus, stored excerpt 1999 bytes",
 kind="progress", partial=True,
 place="河北省唐山市滦南县 (county; 唐山 the city and 滦州 are taken, 滦南 is not)", year=2024,
 tasks=[
  T(None, "实施高标准农田建设", "on_schedule", "目前已完成总工程量的25%",
    note="Heading clause of the 农业 paragraph; the work is `预计改造提升农田项目4万亩,各标段于04月20日进场施工,目前已完成总工程量的25%` → under construction → on_schedule. textStartsWith is the clause as printed (9 characters)."),
  T(None, "开展农村厕所改造工程", "on_schedule", "目前已验收8108座户厕",
    note="`开展农村厕所改造工程,目前已验收8108座户厕`: a running count with no target printed, so read as under way → on_schedule (done is the alternative for a reader who takes the count as the year's result)."),
  T(None, "加强农村道路建设", "on_schedule", "完成路面工程10.5公里",
    note="`加强农村道路建设。完成路面工程10.5公里,预计10月底完成15公里` → part done, the rest forecast → on_schedule. `预计10月底完成15公里` is a forecast, not a deadline."),
  T(None, "滦南县今年建成棚改安置房665套", "done", "已完成2024年棚户区改造工程任务",
    note="`今年建成棚改安置房665套,已完成2024年棚户区改造工程任务` → done."),
  T(None, "对450户特殊困难老年人家庭进行居家适老化改造", None, None,
    note="Reported as an action (`进行居家适老化改造…同时下发老年人适老化设备`) with no stage word, so status null; a reader who reads the list after `今年建成…` as accomplished would give done."),
  T(None, "滦南县开展体育惠民工程", None, None,
    note="`开展体育惠民工程,提升标准化体育公园1个,建设更新…健身器材2处,建设百姓健身房1个,新建口袋公园1个` lists contents without a stage → null."),
  T(None, "新建北河新区文津街幼儿园", "on_schedule", "目前已完成基础(地下部分、地基)施工",
    note="Foundations done, `预计12月可完成教学楼主体建设任务` (forecast, not a deadline) → on_schedule."),
  T(None, "新建义务教育学校滦南县倴城镇松树完全小学", None, None,
    note="Named with its floor area and purpose only (`校舍面积10448平方米,方便适龄儿童就近就学`); no stage → null."),
  T(None, "完善全县院前急救体系建设", None, None,
    note="Under the heading `完善医疗体系`; a description of the system to build, no stage → null. The heading itself is not a separate task."),
  T(None, "加强疑难重症患者医疗援助", "done", "完成罕见病、疑难危重症排查工作",
    note="Sub-works reported finished: `成立疑难重症援助中心、组建疑难重症专家库;完成罕见病、疑难危重症排查工作;完成本年度专家库成员培训工作;积极完成远程会诊工作,共完成远程会诊43例` → done (on_schedule is the alternative: the service continues). The item is cut at `邀请市妇幼保健院专家对`."),
 ],
 summary=dict(printed=["全力推进民生项目建设"],
   counts={"on_schedule": 4, "done": 2, "null": 4},
   note="A news item with three themed paragraphs (农业农村, 城区, 教育医疗); no totals are printed."),
 notes=[
  "Layout: headline, date line, a lead sentence, then three paragraphs, each opening with a theme clause (`实施高标准农田建设,推动…`, `补齐城区发展短板,…`, `改善办学条件,…`) followed by `;`-separated works, each with or without a stage. Tasks are the named works; the theme clauses `补齐城区发展短板` and `改善办学条件` and the sub-heading `完善医疗体系` are not tasks (the first theme clause doubles as the 高标准农田 task because its work follows directly).",
  "Codes: a share of the work done or foundations laid → on_schedule; `已完成…任务` → done; works listed without any stage word → null.",
  "No units, leaders or deadlines: the county is the only actor named; `预计10月底`, `预计12月` are forecasts.",
  "Year from the date line `2024-09-11` and `已完成2024年棚户区改造工程任务`.",
 ])

# ---------------------------------------------------------------- 独山港
_pre = "前期工作也有条不紊推进中"
DOCS['dushangang_2023_progress'] = dict(
 source="http://jingji.eeju.com/shangye/2023/0119/13623.html (relay of the town item `独山港镇全力冲刺重大政府投资项目“开门红”`, 2023-01-19; complete as stored, ends at `关键词:`); pages corpus, stored excerpt 1494 bytes",
 kind="progress", partial=False,
 place="浙江省嘉兴市平湖市独山港镇 (town; 嘉兴 the city is taken, 平湖 and 独山港 are not)", year=2023,
 tasks=[
  T(None, "凤舞佳苑西区二期项目项目总建筑面积", "on_schedule", "正在场地平整中", deadline="2025年",
    note="`于2022年12月28日完成招标,正在场地平整中,计划2025年竣工` → tendered and site works begun → on_schedule (stalled is the alternative for a reader who counts site levelling as preparation). `计划2025年竣工` is the planned completion, given as the deadline."),
  T(None, "友邻中心项目项目总建筑面积", "on_schedule", "目前已完成主体结构封顶,进入装修装饰阶段",
    note="Topped out and being fitted out → on_schedule. `预计2023年7月竣工` is a forecast, not a deadline."),
  T(None, "文体中心", "stalled", _pre,
    note="First of `文体中心、龙吟花苑三期、港城佳苑南侧配套用房等项目前期工作也有条不紊推进中,按照计划将于年内陆续开工建设` → preparations, construction not begun → stalled (corpus convention; on_schedule is the alternative). The planned start `年内` is not a completion deadline. Name shorter than 8 characters."),
  T(None, "龙吟花苑三期", "stalled", _pre, note="Same group → stalled (preparations)."),
  T(None, "港城佳苑南侧配套用房", "stalled", _pre, note="Same group → stalled (preparations)."),
  T(None, "星海花苑", "stalled", "计划年内完成方案设计",
    note="`星海花苑、滨港路二期等项目计划年内完成方案设计,力争开工建设` → the design is not yet done, so the project has not started → stalled (null is the alternative: only a plan is stated)."),
  T(None, "滨港路二期", "stalled", "计划年内完成方案设计", note="Same group → stalled."),
  T(None, "翁金线东段提升改造", None, None, deadline="年内",
    note="`翁金线东段提升改造、创业路三期、未来社区创建等项目计划年内完成竣工`: only the plan to finish this year is stated, no present stage → null (a reader who infers works in progress would give on_schedule). `年内` is the planned completion → deadline."),
  T(None, "创业路三期", None, None, deadline="年内", note="Same group → null, deadline 年内."),
  T(None, "未来社区创建", None, None, deadline="年内", note="Same group → null, deadline 年内."),
 ],
 summary=dict(printed=["独山港镇部分重大政府投资项目进展最新情况"],
   counts={"on_schedule": 2, "stalled": 5, "null": 3},
   note="No totals; two projects described in their own paragraphs, then one paragraph of three `、`-lists closed by `等项目` and a shared stage or plan."),
 notes=[
  "Layout: picture caption, headline, lead paragraph, one paragraph each for 凤舞佳苑西区二期 and 友邻中心 (size, stage, forecast), then a paragraph with three grouped lists: preparations under way (3), design planned this year (2), completion planned this year (3).",
  "Group states apply to every member. Pre-construction → stalled (corpus convention), with on_schedule/null as the alternatives noted per task.",
  "Units: `村镇建设办` is the town office reporting and driving all projects (`在村镇建设办团队上下齐心…的氛围下`), not an assignee of a particular project, so no units are given; a reader who takes it as the lead would put `村镇建设办` on every task.",
  "Deadlines: `计划2025年竣工` and `计划年内完成竣工` are planned completions → deadline; `预计2023年7月竣工` (forecast) and `将于年内陆续开工` (planned start) are not.",
 ])

# ---------------------------------------------------------------- 石狮
_gt = "國投集團(tuán)"
_done = "都已完工"
DOCS['shishi_2021_progress_trad'] = dict(
 source="http://www.yyykp.com/shishi/news/2561315.html (spam-host traditional-character mirror of 閩南網 relaying 石獅日報 `石獅:優化教育資源布局 12個在建教育類項目7個已完工`, 2021-12-16; porn-spam header and pinyin-gloss damage kept; cut at `第八實驗小學`); pages corpus, stored excerpt 1998 bytes",
 kind="progress", partial=True,
 place="福建省泉州市石狮市 (county-level city; 泉州 the city is taken, 石狮 is not)", year=2021,
 tasks=[
  T(None, "獅仔山幼兒園", "done", _done, lead=[_gt],
    note="First of the kindergartens in `幼兒園項目中的獅仔山幼兒園、寶蓋六幼、永寧三幼、祥芝二幼等4個項目,…都已完工` → done. Lead: the item says `今年國投集團負責的教育類項目有14個`, so 國投集團 (as printed, with its gloss `團(tuán)`) is the responsible unit of every project here. Name shorter than 8 characters; the caption `圖為獅仔山幼兒園` is not a task."),
  T(None, "寶蓋六幼", "done", _done, lead=[_gt], note="Same list → done."),
  T(None, "永寧三幼", "done", _done, lead=[_gt], note="Same list → done."),
  T(None, "祥芝二幼", "done", _done, lead=[_gt], note="Same list → done."),
  T(None, "永寧信義實(shí)驗(yàn)小學(xué)", "done", _done, lead=[_gt],
    note="First of `中小學和中職學校項目中的永寧信義實驗小學、塔前小學改擴建和鵬山工貿產教融合3個項目,都已完工` → done. textStartsWith keeps the pinyin glosses as stored."),
  T(None, "塔前小學(xué)改擴(kuò)建", "done", _done, lead=[_gt], note="Same list → done."),
  T(None, "鵬山工貿(mào)產(chǎn)教融合", "done", _done, lead=[_gt], note="Same list → done (the `和` before it joins the last member)."),
  T(None, "蚶江二幼項(xiàng)目", "on_schedule", "也在進(jìn)行最后的掃尾,完工在即", lead=[_gt],
    note="`而蚶江二幼項目也在進行最後的掃尾,完工在即` → finishing touches → on_schedule (matches the lead count `1個完工在即`)."),
  T(None, "第八實(shí)驗(yàn)小學(xué)", "on_schedule", "另有4個(gè)正按時(shí)序加速推進(jìn)", lead=[_gt],
    note="Cut right after its name in `在建的4個項目中,第八實驗小學`; the lead paragraph says the 4 projects under construction `正按時序加速推進` → on_schedule. The other three of the four are lost in the cut."),
 ],
 summary=dict(printed=["12個(gè)在建項(xiàng)目中有7個(gè)已完工、1個(gè)完工在即", "除了2個(gè)處于前期工作以外"],
   counts={"done": 7, "on_schedule": 2},
   note="Printed: 14 education projects of 國投集團; 2 in preparation (unnamed), of the 12 under way 7 done, 1 about to finish, 4 on schedule. Stored: the 7 done and the 1 finishing are all named; of the 4 only 第八實驗小學 is named before the cut."),
 notes=[
  "Layout: spam keyword header, site breadcrumb, headline, source line, lead paragraph with the counts, an empty line and a photo caption, a background paragraph, then the list paragraph (4 kindergartens + 3 schools `都已完工`; 蚶江二幼 `完工在即`), then the start of the `在建的4個項目中` paragraph, cut.",
  "Traditional-character mirror with pinyin glosses inside words (`實(shí)驗(yàn)`, `項(xiàng)目`); all strings are given exactly as stored.",
  "Lead unit 國投集團 for all nine: `國投集團負責的教育類項目`; its subsidiary 土地開發公司 built unnamed coastal kindergartens and is not used.",
 ])

# ---------------------------------------------------------------- 大郭镇
DOCS['daguo_2016_report_trad'] = dict(
 source="http://ccnjf.com/news/lhbm/2016/12/63371433432.html (traditional-character mirror of a 2016-12 news report on 臨潁縣大郭鎮 民生工程, section `lhbm`; complete as stored, ends with `責任編輯:翟柯`); pages corpus, stored excerpt 1671 bytes",
 kind="report", partial=False,
 place="河南省漯河市临颍县大郭镇 (town; 漯河 the city is taken, 临颍 and 大郭 are not)", year=2016,
 tasks=[
  T("一", "鎮(zhèn)區(qū)建設(shè)按照“規(guī)劃一步到位", "done", "完成了鎮(zhèn)區(qū)1.1平方公里詳細(xì)性控制規(guī)劃",
    note="`一是鎮區建設…完成了鎮區1.1平方公里詳細性控制規劃` → done."),
  T("二", "加快老糧所中心社區(qū)和商住一體化開發(fā)", "done", "全部達到入住標(biāo)準(zhǔn)",
    note="`3萬平方米主體工程全部封頂,外粉刷已完工, 全部達到入住標準` → ready for occupancy → done."),
  T("三", "新修農(nóng)村公路建設(shè)13.5公里", "done", "解決了群眾出行難問題",
    note="`新修農村公路建設13.5公里,解決了群眾出行難問題` → built → done (the result clause states it)."),
  T("四", "完成農(nóng)電升 級改造", "done", "完成農(nóng)電升 級改造",
    note="The item opens with its result: `完成農電升 級改造 12 個行政村39個臺區…` → done. The space inside `升 級` is scrape damage, kept."),
  T("五", "搞好社會保障,今 年已建設(shè)社東", "done", "已建設(shè)社東、辛莊、路西3個農(nóng)村幸福院",
    note="Three sub-works: 3 幸福院 `已建設…全部達到入住標準`, 608 殘疾人 `辦理了「兩項補貼」手續`, 低保/五保 `實行動態管理` (ongoing). Read as one task (the `五是` item) with the built/processed works → done; a reader splitting the sub-works would give the 低保 management null or on_schedule."),
  T("六", "今年向縣新農(nóng)辦申報了11個人居環(huán)境示范村", "done", "11個示范村全部通過市縣新農(nóng)辦的驗收",
    note="`今年8月份11個示范村全部通過市縣新農辦的驗收` → done; the added `新建村級文化廣場6個` is part of the same item."),
 ],
 summary=dict(printed=["一是", "六是"],
   counts={"done": 6},
   note="No totals; a lead sentence and six `一是…六是` items in one paragraph, all reporting completed works."),
 notes=[
  "Layout: one lead sentence, then one paragraph holding `一是`…`六是`, each item a work with its result; items are separated by `。` except `標準.三是` (ASCII period, kept). Numbers are given as `一`…`六` for `一是`…`六是`.",
  "All six items report finished works (`完成了`, `全部達到入住標準`, `全部通過…驗收`) → done; statusText is the clause that states it.",
  "No units or leaders: the town (大郭鎮) is the only actor; 縣新農辦 receives the application in 六 and 市縣新農辦 inspects, neither is assigned the work. No deadlines.",
  "Traditional-character mirror with pinyin glosses (`鎮(zhèn)`, `區(qū)`) and stray spaces (`良 好`, `升 級`, `今 年`, `應保 盡保`, `努 力`); strings are given as stored. The place 臨潁縣大郭鎮 is named in the first sentence; the year comes from the URL (`/2016/12/`) and `今年8月份`.",
 ])

# ---------------------------------------------------------------- 海门
DOCS['haimen_2020_plan'] = dict(
 source="https://hm.nantong.gov.cn/hmsjyj/zdgzhmsss/content/d5e989c6-1a9b-4bd1-a14b-294f894df25d.html (海门 government site, column of the 教育体育局 (hmsjyj) `重点工作/惠民实事`, 2020-03-02; complete as stored); pages corpus, stored excerpt 632 bytes",
 kind="plan", partial=False,
 place="江苏省南通市海门市 (county-level city in March 2020, 海门区 since August 2020; 南通 the city is taken, 海门 is not)", year=2020,
 tasks=[
  T("1", "实施校舍安全工程,完成加固校舍3.03万平方米", note="Target list of the year; no unit printed with the item (the whole list is the 教育体育局's, see notes), no deadline, no status."),
  T("2", "完成东洲幼儿园改扩建项目", note="Plan item (`完成…,开工建设…;新建成3所幼儿园`): `完成` here is the target, not a report → status null."),
  T("3", "完成育才小学食堂改造项目", note="Plan item; `完成` is the target → null."),
  T("4", "开工建设新城小学", note="Plan item → null; textStartsWith is the whole item without the final `。` (8 characters)."),
  T("5", "第一中学创建为四星级高中", note="Plan item → null."),
  T("6", "实施教育装备提升工程", note="Plan item → null."),
  T("7", "实施校园“三防”提升建设", note="Plan item → null."),
 ],
 summary=dict(printed=["教育体育局2020年为民办实事"], counts={"null": 7},
   note="A department's list of its 2020 为民办实事: seven numbered targets, nothing else."),
 notes=[
  "Layout: title `教育体育局2020年为民办实事`, a source/date line, then seven items `1.`…`7.` each on its own line, each a target sentence (`实施…`, `完成…`, `开工建设…`).",
  "Units: none is printed per item; the list belongs to the 教育体育局 named in the title and the source line, so a reader may give `教育体育局` as lead of all seven. Written here with empty lead because the item text names no unit.",
  "Status null throughout: a plan published at the start of the year; verbs such as `完成`, `新建成`, `实现` state targets, not results. No deadlines beyond the year in the title.",
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
