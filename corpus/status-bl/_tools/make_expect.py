#!/usr/bin/env python3
"""Write <stem>.expect.json for batch status-bl; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- 九寨沟
JZG_ST = "18个标志性重大项目主体完工"
JZG_N = "One of the projects in the `目前,…等18个标志性重大项目主体完工,即将陆续投入使用` list → done (see notes for the 主体完工 call)."
DOCS['jiuzhaigou_2019_progress'] = dict(
 source="http://www.zzmmu.com/www_zzmmu/tz/2019/0808/12304.html (portal copy of a news item `九寨沟地震84个重建项目已竣工或主体完工`, 发布时间 2019-08-08; cut mid-sentence at `新型城镇`); pages corpus, stored excerpt 2000 bytes",
 kind="progress", partial=True, place="四川省阿坝州九寨沟县 (county)", year=2019,
 tasks=[
  T(None, "九寨沟县民族体育馆", "done", JZG_ST,
    note="First item of the list; it is also the venue of the `部分重点项目竣工仪式` and is described in its own paragraph (investment, floor area, capacity) with no separate stage. Taken from the list → done."),
  T(None, "玉瓦中学异地迁建", "done", JZG_ST, note=JZG_N),
  T(None, "漳扎镇(双语)幼儿园", "done", JZG_ST, note=JZG_N),
  T(None, "第二人民医院", "done", JZG_ST, note=JZG_N + " Whole item is 6 characters."),
  T(None, "漳扎镇行政服务中心", "done", JZG_ST, note=JZG_N),
  T(None, "漳扎镇供水管网", "done", JZG_ST, note=JZG_N + " Whole item is 7 characters."),
  T(None, "神仙池生态旅游区", "done", JZG_ST, note=JZG_N),
  T(None, "小流域水土流失综合治理", "done", JZG_ST, note=JZG_N),
  T(None, "漳扎镇沙坝沟小流域地质灾害综合治理", "done", JZG_ST, note=JZG_N + " The list switches from `,` to `、` here."),
  T(None, "农牧业生产设施及服务体系", "done", JZG_ST, note=JZG_N),
  T(None, "漳扎镇、大录乡堤防工程", "done", JZG_ST,
    note=JZG_N + " One item: the two places share one 堤防工程 (joined by `和` to the previous item), not two projects."),
 ],
 summary=dict(printed=["已有84个重建项目已竣工或主体完工", "以九寨沟县为主体实施的重建项目共有111个,现已竣工或主体完工84个", "等18个标志性重大项目主体完工"],
   counts={"done": 11},
   note="The list names 11 of the `18个标志性重大项目`; the other 7 are behind `等`. The 111/84 counts are aggregates, not tasks."),
 notes=[
  "Tasks are the 11 named projects of the list; number null. The list separator changes from `,` to `、`/`和` near the end; `漳扎镇、大录乡堤防工程` is read as one item.",
  "Status call: the list's verdict is `主体完工,即将陆续投入使用` and the article counts `竣工或主体完工` together as finished (`完工率`). I coded done. on_schedule is the alternative for a reader who codes 主体完工 (main works finished, fit-out and hand-over pending) as still in progress.",
  "九寨沟县委宣传部 is the source of the news, not a unit of any task; lead/co are [] throughout. `即将陆续投入使用` is not a deadline.",
  "Earthquake reconstruction vein (8·8 九寨沟地震 2017, two-year mark).",
 ])

# ---------------------------------------------------------------- 洛江 河市镇
LJ_NOTE_SEC = "Sector label `{}` is a section, not part of the task."
DOCS['luojiang_undated_progress_trad'] = dict(
 source="http://www.vtrackmedia.com/quanzhou/luojiang/1117685.html (traditional-character mirror with pinyin glosses of a 洛江区 news item on 河市镇's 8 区级在建重点项目, February figures; no date or year printed; complete two-paragraph item); pages corpus, stored excerpt 1392 bytes",
 kind="progress", partial=False, place="福建省泉州市洛江区河市镇 (town)", year=None,
 tasks=[
  T(None, "萬虹路河市段拓改工程霞溪村安置樓", "on_schedule", "完成樁基基礎打樁",
    note=LJ_NOTE_SEC.format("城鎮建設方面") + " Stage fact of a building under construction (piling finished) → on_schedule; null is the alternative for a reader who wants a verdict word."),
  T(None, "洛陽江流域洛江區(qū)河市段綜合整治工程", "on_schedule", "已完成施工進場準備及部分前期征用附屬物清理拆除工作",
    note=LJ_NOTE_SEC.format("基礎設施方面") + " Site-entry preparation and clearance done → on_schedule (work proceeding at the preparatory stage). The mirror glosses `區(qū)`; kept."),
  T(None, "河市東溪段萬里生態(tài)水系建設項目", "on_schedule", "正準備進場施工",
    note="Land taken and cleared (`完成征地40畝及征地清表工作`), `正準備進場施工` → on_schedule; a project in its preparations, not reported as late. stalled (not yet on site) is the alternative."),
  T(None, "小型農田水利河市片區(qū)建設工程", "on_schedule", "已完成初步設計",
    note="Only the preliminary design is done. Coded on_schedule because the item is one of the 在建 projects and nothing says it is late; null is the alternative (no construction stage), and stalled for a reader who codes design-only as 未開工."),
  T(None, "綠野生態(tài)山莊", "on_schedule", "正進行B橋橋基施工",
    note=LJ_NOTE_SEC.format("生態旅游方面") + " Whole item is 6 characters plus glosses. Also `A1大樓內裝飾工程` under way → on_schedule."),
  T(None, "福建經(jīng)貿學校新校區(qū)", "on_schedule", "完成二期2#實訓樓封頂",
    note=LJ_NOTE_SEC.format("科教方面") + " Several buildings at different stages (topped out, foundations, `B棟已建筑至2層`) → on_schedule."),
  T(None, "恒冠·時代廣場", "on_schedule", "1號樓二層柱鋼筋安裝",
    note=LJ_NOTE_SEC.format("房地產建設方面") + " Four buildings at stages from earthworks to second-floor columns → on_schedule. Whole name is 7 characters with the middle dot."),
 ],
 summary=dict(printed=["河市鎮(zhèn)共有區(qū)級在建重點項目8個", "占年度計劃18.35%,超過序時投資進度1.68個百分點"],
   counts={"on_schedule": 7},
   note="8 projects are counted, 7 are named (the 8th is not in the text). The group is `超過序時投資進度1.68個百分點` on investment; that is an aggregate figure, not a per-project status, so no project is coded good from it."),
 notes=[
  "Tasks are the 7 named projects, each after a sector label (`城鎮建設方面:` …); number null.",
  "No project has a verdict word of its own; each gets a stage fact. I coded all seven on_schedule because the text presents them as 在建 projects making progress, with the group ahead of 序時 on investment. null is the reading of a reader who codes only explicit verdict words; see the per-task notes for the two preparation-stage items.",
  "No units, leaders or deadlines; 區委書記洪飛躍 is named for a visit, not as a task leader.",
  "Year: none printed (`年味未盡`, `2月份`), so `undated`. Place: 河市鎮 is a town of 洛江區 (泉州); 泉州 the city is taken, 洛江區 is not. An earlier reader skipped 河市镇/泉州 as inside a taken city; the brief's rule (a place is taken only if the city/county/district itself is) makes 洛江 free. Drop this one if the rule is read at prefecture level.",
  "Traditional-character mirror with pinyin glosses (`鎮(zhèn)`, `區(qū)`, `設(shè)`); annotated strings keep them.",
 ])

# ---------------------------------------------------------------- 莎车
DOCS['shache_2023_progress'] = dict(
 source="https://z.hangzhou.com.cn/2022/esdjs/content/content_8522645.html (杭州网 copy of a 莎车 news item on 上海援疆 projects and the 莎车县纺织服装产业园, `4月24日`, 2023 from the text; cut at `莎车县发展`); pages corpus, stored excerpt 1999 bytes",
 kind="progress", partial=True, place="新疆喀什地区莎车县 (county)", year=2023,
 tasks=[
  T(None, "莎车县纺织园区153万锭纺纱产能的厂房项目", "on_schedule", "现在进入到装修阶段",
    note="The site the reporter visited: `一排排新厂房主体框架已完成`, the contractor says `全部主体结构已全部结束,现在进入到装修阶段`, `计划在六月份完成全部工程` (a plan, not a deadline) → on_schedule."),
  T(None, "一期已完工", "done", "一期已完工",
    note="Phase 1 of `莎车县纺织服装产业园项目` (153万锭). Whole item is 5 characters; the phase is named only by `一期`."),
  T(None, "二期于2022年6月完成招投标", None, None,
    note="Phase 2: tender done in June 2022, `预计今年9月底完工` is a forecast. No stage word for 2023 → null; on_schedule for a reader who reads the forecast as on track."),
  T(None, "7、8号厂房辅房", None, None,
    note="`基本上完成90%`: a percentage alone is not coded (as in mixed-n 缙云, mixed-y 临安, mixed-as 歙县) → null; on_schedule is the alternative. Whole item is 7 characters."),
  T(None, "10 、11号厂房辅房", "done", "已经基本全部完成",
    note="`已经基本全部完成` → done (基本完成; on_schedule for a reader who waits for 全部完成). The stored text has spaces in `10 、11`; kept."),
  T(None, "9号厂房正在基础施工", "on_schedule", "正在基础施工",
    note="Building 9 is at foundations → on_schedule. Whole item is 10 characters including the stage."),
 ],
 summary=dict(printed=["上海对口支援莎车的54个项目正全面加紧施工赶进度", "一期已完工", "预计7、 8、 9、10 、11号厂房在2023年9月底全部完成"],
   counts={"on_schedule": 2, "done": 2, "null": 2},
   note="The 54 援疆 projects are an aggregate with one group phrase; none of them is named, so they are not tasks."),
 notes=[
  "Tasks are the textile-park works that get their own stage: the visited 厂房项目, phase 1, phase 2, and the auxiliary buildings 7/8, 10/11 and 9 as the park official groups them. The park itself (`莎车县纺织服装产业园项目规模153万锭`) is the parent of the phases and is not a separate task.",
  "`预计…完工`, `计划在六月份完成` are forecasts; deadline null throughout. 中恒建设集团 (contractor) and 莎车工业园区管理委员会 (informant) are not units of a task.",
  "Aid vein (上海对口援疆). Year 2023 from `2023年上海援疆项目` and `2023年9月底`; the URL path says 2022 (a site section), the text is 2023.",
 ])

# ---------------------------------------------------------------- 大田 建设镇
DT_GOOD = "超额完成投资建设"
DT_GOOD_N = "One of `三宝住宅小区、联瑞建材市场、文桃灌区建设片工程、邮政街住宅小区、建设溪小流域治理等14个项目超额完成投资建设` → good (investment beyond plan, 超进度). done is not meant: the phrase is about investment, not completion."
DT_DONE5 = "等5个项目完工"
DT_DONE5_N = "One of the 11 工业项目 listed before `等5个项目完工` → done."
DOCS['datian_2012_progress'] = dict(
 source="http://overseas.jjjtsb.com/zhuanti/2012-10/16/content_9630720.htm (portal copy of a 三明日报 item `建设镇提前完成小城镇建设任务`, 2012-10-16; complete, with page chrome after the byline); pages corpus, stored excerpt 1820 bytes",
 kind="progress", partial=False, place="福建省三明市大田县建设镇 (town)", year=2012,
 tasks=[
  T(None, "三宝住宅小区", "good", DT_GOOD, note=DT_GOOD_N + " Whole item is 6 characters."),
  T(None, "联瑞建材市场", "good", DT_GOOD, note=DT_GOOD_N + " Whole item is 6 characters."),
  T(None, "文桃灌区建设片工程", "good", DT_GOOD, note=DT_GOOD_N),
  T(None, "邮政街住宅小区", "good", DT_GOOD, note=DT_GOOD_N + " Whole item is 7 characters."),
  T(None, "建设溪小流域治理", "good", DT_GOOD, note=DT_GOOD_N),
  T(None, "中心幼儿园", "done", "已完工投入使用", note="Named before `等7个项目已完工投入使用` → done. Whole item is 5 characters."),
  T(None, "农产品市场", "on_schedule", "3个项目开工建设",
    note="Named in `仅8月份就有农产品市场、闽中矿山救护中心等3个项目开工建设` → started in August → on_schedule. Whole item is 5 characters."),
  T(None, "闽中矿山救护中心", "on_schedule", "3个项目开工建设", note="Same list as 农产品市场 → on_schedule."),
  T(None, "嘉申能源机械加工", "done", DT_DONE5, note=DT_DONE5_N),
  T(None, "高云水库除险加固工程", "done", DT_DONE5, note=DT_DONE5_N),
  T(None, "农村饮水工程", "done", DT_DONE5, note=DT_DONE5_N + " Whole item is 6 characters."),
  T(None, "建乐茶园", "done", DT_DONE5, note=DT_DONE5_N + " Whole item is 4 characters."),
  T(None, "日供水3000吨的集镇第二水厂项目", "on_schedule", "完成了取水泵房建设和管道铺设",
    note="Stage fact (intake pump house and pipes done) for a project under construction → on_schedule; null for a reader who wants a verdict word."),
  T(None, "11个村农村环境连片整治", "done", "完成了11个村农村环境连片整治", note="`投入2321万元,完成了…` → done."),
  T(None, "集镇北部新区景观建设", "done", "完成了11个村农村环境连片整治和集镇北部新区景观建设", note="Second object of the same `完成了` → done."),
  T(None, "建设中心镇卫生设施改造、绿化、社区建设", "done", "完成了建设中心镇卫生设施改造",
    note="`投入795万元,完成了建设中心镇卫生设施改造、绿化、社区建设` → done; read as one package of works (the 、 list names kinds of work, not separate projects)."),
 ],
 summary=dict(printed=["在建重点项目共22项", "占年度计划111.6%", "等14个项目超额完成投资建设", "等7个项目已完工投入使用", "11个工业项目完成投资2.32亿元"],
   counts={"good": 5, "done": 8, "on_schedule": 3},
   note="Three named lists are shorter than their counts (5 of 14, 1 of 7, 4 of 5, 2 of 3); the rest are behind `等`."),
 notes=[
  "Tasks are the named projects and works that get a stage; number null. 三宝商业广场 and 香樟嘉园 are named only as examples of real-estate projects the town relies on (`以…为依托`), with no stage, so they are not tasks.",
  "good vs done: `超额完成投资建设` is about investment against plan, so good (FORMAT: 超进度). A reader who reads 完成 as done would code those five done.",
  "No units, leaders or deadlines. The reporters (林起煌 涂宝燕) are bylines.",
  "Place: 建设镇 is a town of 大田县; 三明 the city and 三明三元区 are taken, 大田县 is not (a county inside a taken city is free).",
 ])

# ---------------------------------------------------------------- 黄岩 澄江街道
DOCS['huangyan_2022_progress'] = dict(
 source="https://www.zjhy.gov.cn/art/2023/1/6/art_1229531858_59054492.html (黄岩区 government site, page of 2023-01-06: a 澄江街道 table of key projects with a `2022年完成进度(截至9月)` column; stored as pipe rows, cut inside row 4); pages corpus, stored excerpt 1998 bytes",
 kind="progress", partial=True, place="浙江省台州市黄岩区澄江街道 (street office)", year=2022,
 tasks=[
  T("1", "中弘晶能智能制造项目", "done", "已完成", leaders=["毛海东"],
    note="Progress cell `已完成` → done. The 基本情况 cell says the work stands at relocation canvassing (`已经完成拆迁户的意向调查和拆迁动员,98%的村民表示同意支持`), so `已完成` means the 2022 target for the street's part, not the factory. Recorded as printed. Leader: `由党工委副书记、办事处主任毛海东任专班总指挥` names him as head of the task force; a reader who keeps leaders only from a leader column would leave this empty."),
  T("2", "宝湾物流项目", "done", "已完成",
    note="Progress cell `已完成` → done; the description says the 政策处理 of ~600 households `已经进入扫尾阶段`. Village names (石柜岙、余家屿…) are places, not units."),
  T("3", "破难攻坚项目", "done", "已完成",
    note="Progress cell `已完成` → done. The cell describes three pieces (一是…三是…); they are parts of one numbered row, not separate tasks. Whole name is 6 characters."),
  T("4", "甜蜜党建亮点工作", None, None,
    note="The row is cut inside its 基本情况 cell (`完成中华橘源党建联盟提升工程,松岩山景区提升、`), before the progress cell → null."),
 ],
 summary=dict(printed=["2022年完成进度(截至9月)"], counts={"done": 3, "null": 1},
   note="No totals are printed in the stored part."),
 notes=[
  "Layout: pipe rows `序号 | 项目名称 | 基本情况 |`, then the progress cell on its own line (`| 已完成 |`), because the header has the progress column on a second line. Tasks are the numbered rows; number as printed.",
  "No unit column; the street office itself is the doer. The 专班/工作组 are not units of a task.",
  "Place: 澄江街道 is named in row 3 (`困扰澄江群众多年`) and the page is on zjhy.gov.cn (黄岩区). 台州 appears as a taken stem (taizhou_2016_plan); 黄岩区 itself is not taken.",
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
