#!/usr/bin/env python3
"""Write <stem>.expect.json for batch status-bp; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- 西兴街道 (table)
GA = ["公共管理办", "各社区"]
GF = ["公共服务办", "各社区"]
DOCS['xixing_undated_progress'] = dict(
 source="pages corpus record returned without an address (query `街道 为民办实事 项目 进展情况 已完成 正在推进 社区 改造 2020 第一季度`, rank 6): a street office's project table `序号 | 项目类别 | 具体项目及内容 | 责任科室 | 1-6月完成情况`, flattened by the store to one cell per line; cut inside the progress cell of category 2 item 2; stored excerpt 1990 bytes",
 kind="progress", partial=True, place="浙江省杭州市滨江区西兴街道 (street office; inferred from `美丽西兴`, `西兴街道“全民运动会”`, `浙赣铁路沿线`)", year=None,
 tasks=[
  T("1", "提升城市综合环境秩序,打造街容", "done", "已完成", lead=GA, deadline="11月底前",
    note="Category 1 `推进“美丽西兴”建设,优化街区环境` is a section (it only groups items 1.–5.); its 责任科室 cell `公共管理办、各社区` spans all five items (rowspan flattened to one line after item 1), so both units are lead of each item. `各社区` is a collective unit and kept. Progress cell `已完成。` → done. `计划11月底前完成` → deadline `11月底前`."),
  T("2", "提升城市道路及两侧环境", "done", "已完成", lead=GA, deadline="7月底前", note="Progress cell `已完成。` → done."),
  T("3", "提升住宅小区环境秩序", "on_schedule", "公厕完成1座,开工建设2座", lead=GA, deadline="8月底前",
    note="Two parts (3 公厕, 2 垃圾集置房): `公厕完成1座,开工建设2座;迎春区块垃圾集置点已经完成工程量的90%,缤纷区块完成工程量的70%` — under way, deadline 8月 not yet passed → on_schedule."),
  T("4", "提升公路铁路两侧环境", "stalled", "已经完成设计和工程量预算编制", lead=GA, deadline="9月底前",
    note="Only design and budget done, works not begun at end of June (`已经完成设计和工程量预算编制`) → stalled, the corpus convention for projects still in preparations. on_schedule is the alternative for a reader who counts design as progress towards a September deadline; this is the most doubtful code in the file."),
  T("5", "提升市容绿化环境", "done", "已完成", lead=GA, deadline="11月底前", note="Progress cell `已完成。` → done."),
  T("1", "组建并完善太极、排舞、工间操等", "on_schedule", "目前已举行群众文化活动62场", lead=GF, deadline="12月底前",
    note="Category 2 `推进“亚运西兴”建设,营造运动活力氛围` (section); 责任科室 `公共服务办、各社区` spans its items. Numbering restarts at 1. A year-long programme with teams formed and 62 events held → on_schedule."),
  T("2", "围绕“迎亚运”主题举行西兴街道", "lagging", "运动会计划项目相应推后", lead=GF, deadline="10月底前",
    note="Two events held in May, then `6月因面上活动管控,中高考等原因运动会计划项目相应推后` (postponed) → lagging. The stored text stops inside this cell (`举办工间操、排舞`), so later cells and categories are lost. `计划于4月启动` is a start date, not the deadline; `10月底前完成全部赛事项目` is the deadline."),
 ],
 summary=dict(printed=["1-6月完成情况", "责任科室"], counts={"done": 3, "on_schedule": 2, "stalled": 1, "lagging": 1},
   note="No totals are printed; the stored part holds two categories (5 + 2 items) of what is likely a longer list."),
 notes=[
  "Layout: a flattened table, one cell per line separated by blank lines: header row (5 cells), then category number, category title, item 1 text, the 责任科室 cell (only once per category, after the first item), a lone-space cell, item 1 progress; later items of the category come as text/progress pairs without a unit cell (rowspan).",
  "Tasks are the numbered items `1.`…`5.` under each category (leaves); the two categories are sections. Item numbers are recorded as printed, so category 2 restarts at `1`.",
  "Units: the 责任科室 column is the only unit column → lead. `公共管理办、各社区` → `公共管理办`, `各社区`; likewise `公共服务办`, `各社区`.",
  "Deadlines: each item ends `计划N月底前完成`; recorded as `N月底前`.",
  "Year: none printed. `迎亚运` and `6月因面上活动管控,中高考` point to 2021–2023 (Hangzhou Asian Games prepared for 2022, held 2023); left undated. The `8月8日全民健身日` mention in a 1-6月 cell is as stored.",
  "Source address: the pages corpus returned this record without a URL (a second, more specific query did not return it again), so `_raw` has url null.",
 ])

# ---------------------------------------------------------------- 洮南
DOCS['taonan_2015_progress'] = dict(
 source="http://bcrbszb.bcxww.com/html/2016-01/25/content_17340.htm (白城日报 e-paper item, 2016-01-25, on 洮南市交通运输局's 2015 work; complete as stored); pages corpus, stored excerpt 1205 bytes",
 kind="progress", partial=False, place="吉林省白城市洮南市 (county-level city)", year=2015,
 tasks=[
  T(None, "永茂至聚宝公路13.8公里", "done", "已竣工通车",
    note="First named part of `农村公路改扩建工程共109.4公里`; `已竣工通车` → done."),
  T(None, "雏鹰项目路46.8公里", "on_schedule", "目前已完成路基工程",
    note="`已完成黑水、向阳两个场区及进场路33公里,其余为二龙场区,目前已完成路基工程,待场区内建设完成后进行水泥路面施工` — 33 km done, the rest at roadbed stage waiting for the 场区 → on_schedule (part finished, part under way). `待…` is a dependency, not a stall verdict."),
  T(None, "各相关乡镇连通工程62.8公里", "done", "已全部竣工", note="`已全部竣工` → done."),
  T(None, "安定镇远望村及友谊村道路两侧路面硬化工程", "done", "已完成所有工程项目", note="`已完成所有工程项目` → done."),
  T(None, "镇煤线富文桥改建工程", "done", "工程已竣工通车", note="Bridge rebuild (70 m → 120 m); `工程已竣工通车` → done."),
 ],
 summary=dict(printed=["农村公路改扩建工程共109.4公里"], counts={"done": 4, "on_schedule": 1},
   note="The four road parts add up to the printed total: 13.8 + 46.8 + 62.8 = 123.4, not 109.4 — the printed total does not match its parts (the 安定镇 paving is in 平方米 and the bridge has no length counted). Recorded as printed."),
 notes=[
  "Layout: a lead sentence, then two paragraphs each opening with a topic sentence (`做好农村公路改扩建工作。`, `公路养护质量稳步上升。`). The first names five works separated by `。` and `;` with a stage each.",
  "Tasks are the five named works. The 公路养护 paragraph gives only quantities (灌缝, 坑槽, 路肩, 警示桩) — sector statistics, not named tasks, so it yields none.",
  "No unit is assigned per work: 洮南市交通运输局 is the bureau whose year is reported (the subject of the whole piece), not a unit named for a task, so lead/co are empty. A reader who gives every task to the bureau would put `洮南市交通运输局` as lead throughout.",
  "Year: the works are 2015's (`2015年,洮南市交通运输局…`), published 2016-01-25.",
 ])

# ---------------------------------------------------------------- 晋城
DOCS['jincheng_2019_progress'] = dict(
 source="http://www.shicijianshang.com/m/c4ak3FWXQvEDrAUtjqnIgHTcG2gLCwLB.html (re-post of a 太行日报 item on 晋城's school projects at mid-2019, one phrase per line, with a recurring image caption `晋城三所新学校正式投入使用,晋城新建学校`; complete as stored, ends `来源:太行日报`); pages corpus, stored excerpt 1758 bytes",
 kind="progress", partial=False, place="山西省晋城市 (prefecture-level city; the second half is its 城区 district)", year=2019,
 tasks=[
  T(None, "晋城三中\n\n已于6月27日正式搬迁", "done", "已于6月27日正式搬迁",
    note="Items are phrases split over short lines; textStartsWith keeps the stored line breaks. Moved into its new campus on 27 June → done."),
  T(None, "晋城五中\n\n搬迁至晋城三中旧校区", "done", "搬迁至晋城三中旧校区",
    note="Printed `7月1日 / 晋城五中 / 搬迁至晋城三中旧校区` — the move is reported as happening on 1 July → done. null is the alternative for a reader who takes the bare date as a schedule rather than a fact."),
  T(None, "晋城一中教育集团南岭爱物学校", "on_schedule", "师资配备和硬件设施已基本到位",
    note="`已正式成立`, staff and equipment `已基本到位`, enrolment `正在录取`, opens 1 September → on_schedule (the school does not open until September)."),
  T(None, "综合实践基地项目", "on_schedule", "正在进行", note="`正在进行 / 工程验收和场馆设施设备建设` → on_schedule."),
  T(None, "晋城中专\n\n10月底前可完成整体搬迁", None, None,
    note="Only a forecast `10月底前可完成整体搬迁`; no present state → null. Not a deadline (a bureau chief's estimate)."),
  T(None, "新建改建13所幼儿园建设项目", "on_schedule", "4所已开工",
    note="A batch of 13 kindergartens: `4所已开工 / 9所正在办理前期手续`. Coded by the started part → on_schedule; stalled (9 of 13 still in preparations) is the alternative. The kindergartens are not named, so the batch is one task."),
  T(None, "城区职业中学:\n\n公寓楼完成主体四层", "on_schedule", "公寓楼完成主体四层",
    note="Second part (`从城区教科局获悉`): `学校:` label then its state. Four storeys of the dormitory built → on_schedule."),
  T(None, "凤鸣中学:\n\n艺体楼建筑设计方案", "stalled", "正在办理建筑工程规划许可证",
    note="Design approved, planning permit being obtained — not started → stalled (corpus convention for projects in preparations); null is the alternative."),
  T(None, "西城小学:\n\n已开工建设并序时推进", "on_schedule", "已开工建设并序时推进", note="`序时推进` → on_schedule."),
  T(None, "新建东南学校:\n\n正在进行施工图设计", "stalled", "正在进行施工图设计",
    note="`正在进行施工图设计 / 和场地平整土方` — still in design, only site levelling → stalled (preparations); on_schedule is the alternative for a reader who counts site levelling as works begun."),
  T(None, "新建后河小学:\n\n正在办理前期手续", "stalled", "正在办理前期手续", note="Preparations → stalled."),
  T(None, "新建太平仙幼儿园:\n\n正在办理规划条件", "stalled", "正在办理规划条件意见书", note="Preparations (planning conditions) → stalled."),
  T(None, "新建苗匠幼儿园:\n\n已完成建设工程用地", "stalled", "已完成建设工程用地和",
    note="`已完成建设工程用地和 / 建设工程规划许可证等前期手续` — preparations finished, works not yet begun → stalled; on_schedule is the alternative (ready to start). statusText is cut at the stored line break."),
 ],
 summary=dict(printed=["新建改建13所幼儿园建设项目", "4所已开工", "9所正在办理前期手续"],
   counts={"done": 2, "on_schedule": 5, "stalled": 5, "null": 1},
   note="The page title says `晋城新改建11所中小学校名单`, a re-poster's title; the text names 12 schools/projects plus one batch of 13 kindergartens. No count in the body matches 11."),
 notes=[
  "Layout: a re-post with one phrase per line. First half: the 市教育局局长's mid-year statement (`晋城三中 / 已于…`, `7月1日 / 晋城五中 / 搬迁至…`, …, `新建改建13所幼儿园建设项目 / 4所已开工 / 9所正在办理前期手续`); second half, after `从城区教科局获悉`, `<学校>: / <state>` pairs. The image caption `晋城三所新学校正式投入使用,晋城新建学校` recurs between items; it is not a task.",
  "textStartsWith: where the school name is shorter than 8 characters, the string continues into the next stored line with its line breaks kept (verify ignores whitespace).",
  "No units or leaders per task: 晋城市教育局 (whose pledge is reported), its 局长李志忠 (the speaker) and 城区教科局 (the informant) are sources, not assigned units. No deadlines: `9月1日即可正式开学` and `10月底前可完成` are forecasts.",
  "Pre-construction items are coded stalled (corpus convention 尚处前期), each with its alternative in the task note.",
 ])

# ---------------------------------------------------------------- 回民区 (traditional)
DOCS['huimin_2021_progress_trad'] = dict(
 source="http://nm.people.com.cn/BIG5/n2/2021/0529/c196689-34751520.html (人民网内蒙古频道, BIG5 traditional-character edition, 2021-05-29: 回民区's report at the city's 重大项目集中开工 rally; complete as stored); pages corpus, stored excerpt 1174 bytes",
 kind="progress", partial=False, place="内蒙古自治区呼和浩特市回民区 (district)", year=2021,
 tasks=[
  T(None, "祥生文旅城·水樂園", "on_schedule", "已開復工",
    note="First of the 、-list in `已開復工祥生文旅城·水樂園、振華購物中心公寓樓、2021年城鎮老舊小區改造等重大項目23個` — started/resumed → on_schedule. Whole name shorter than 8 characters."),
  T(None, "振華購物中心公寓樓", "on_schedule", "已開復工", note="Same list → on_schedule."),
  T(None, "2021年城鎮老舊小區改造", "on_schedule", "已開復工", note="Same list → on_schedule."),
  T(None, "慧谷昊庭", "stalled", "預計6月份開復工",
    note="`預計6月份開復工慧谷昊庭、…等重大項目2個` — not yet started at the time of writing → stalled (not started); null is the alternative for a reader who treats a start expected within weeks as no verdict. Whole name shorter than 8."),
  T(None, "內蒙古農業大學附屬秋實中學新校區", "stalled", "預計6月份開復工", note="Same list as 慧谷昊庭 → stalled."),
  T(None, "巴彥淖爾路兩側道路綠化硬化", "stalled", "下半年還將開工建設",
    note="`下半年還將開工建設A、B、C等重大項目3個` — planned for the second half → stalled (not started); null is the alternative."),
  T(None, "碧桂園星耀", "stalled", "下半年還將開工建設", note="Same list → stalled. Whole name shorter than 8."),
  T(None, "碧桂園星鑽", "stalled", "下半年還將開工建設", note="Same list → stalled. Whole name shorter than 8."),
 ],
 summary=dict(printed=["企業投資項目28個", "重大項目23個", "開復工率82%", "重大項目2個", "重大項目3個"],
   counts={"on_schedule": 3, "stalled": 5},
   note="28 projects planned = 23 started + 2 expected in June + 3 in the second half; 3 + 2 + 3 of them are named (each list ends `等…N個`)."),
 notes=[
  "Layout: headline, dateline, photo caption, lead paragraph, then one paragraph of three 、-lists, each preceded by its stage (`已開復工…`, `預計6月份開復工…`, `下半年還將開工建設…`) and closed by `等重大項目N個`. The list separator before the second list is the small semicolon `﹔` (U+FE54), kept as stored.",
  "Tasks are the eight named projects. Not tasks: `第四十中學新建項目` (named only as the venue of the sub-rally), the city's `伊利現代智慧健康谷國家乳業技術創新中心` (the city-level ceremony, not a 回民區 list item).",
  "Units: none assigned; 回民區委書記馬丙全 is the speaker, not a task leader.",
  "Not-yet-started items are coded stalled (the corpus codes 未開工/前期 items so); each has null as its alternative.",
 ])

# ---------------------------------------------------------------- 安康 (traditional mirror)
DOCS['ankang_undated_progress_trad'] = dict(
 source="http://www.hfzshll.com/news/ankang/akzh/149045.html (traditional-character mirror of a 安康 newspaper item: the 市政府办纪检组 and 督查室 inspect the health projects the 市卫生局 publicly pledged; no date stored; complete as stored); pages corpus, stored excerpt 1011 bytes",
 kind="progress", partial=False, place="陕西省安康市 (prefecture-level city; from the mirror's path /news/ankang/ and `中心城區`)", year=None,
 tasks=[
  T(None, "市兒童醫院累計完成投資", "on_schedule", "累計完成投資23448萬元,占總投資的87%", lead=["市衛生局"], deadline="年底前",
    note="Investment 87% done; the 督查室 demands `確保年底前市兒童醫院門急診醫技綜合樓竣工` → on_schedule (not yet finished), deadline `年底前`."),
  T(None, "市婦幼保健院完成主樓", "on_schedule", "正進行第3層模板支護", lead=["市衛生局"], deadline="年底前",
    note="Second floor cast, third under way → on_schedule; target `年底前…主體封頂`."),
  T(None, "市精神病專科醫院完成", "on_schedule", "正進行樁基承臺施工", lead=["市衛生局"], deadline="年底前",
    note="Piles done, pile caps under way → on_schedule; target `年底前…主體封頂`."),
  T(None, "市公共衛生服務中心完成", "stalled", "正進行臨時用電配電房施工", lead=["市衛生局"],
    note="Survey, plans, 環評 and 節能 approvals done; only the temporary power room is being built, and the 督查室 asks that it `盡快開工建設` — main works not started → stalled (corpus convention for projects in preparations). on_schedule is the alternative (preparations complete, site works begun). No date: `盡快` is not a deadline."),
 ],
 summary=dict(printed=["對市衛生局對外公開承諾的項目進行督查"], counts={"on_schedule": 3, "stalled": 1},
   note="No count is printed; four projects are inspected, one `;`-clause each."),
 notes=[
  "Layout: one lead paragraph (who inspected what), one paragraph of four `;`-separated project clauses with investment shares and construction stages, one paragraph of the 督查室's demands naming each project's year-end target.",
  "Units: the projects are the ones `市衛生局對外公開承諾`, and the 督查室 urges `市衛生局及相關建設單位` to speed up, so `市衛生局` is lead of each; `相關建設單位` is unnamed and dropped. The 市政府辦紀檢組 and 督查室 are the inspectors, not units.",
  "textStartsWith is the clause start (`市兒童醫院累計完成投資…`), which runs past the short project names into the state.",
  "Deadlines: `確保年底前A竣工,B、C主體封頂,D盡快開工建設` — `年底前` goes to A–C; D has only `盡快`.",
  "Year: none stored → undated.",
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
