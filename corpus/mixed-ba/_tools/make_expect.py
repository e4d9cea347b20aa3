#!/usr/bin/env python3
"""Write <stem>.expect.json for batch mixed-ba; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))


def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)


DOCS = {}

# ---------------------------------------------------------------- 含山 林头镇
DOCS['hanshan_2021_plan_trad'] = dict(
 source="https://stmt-intl.com/Home/Content/?ClassId=6824&Id=1056419 (traditional-character mirror with pinyin glosses of a 林頭鎮黨委 item on the town's “我為群眾辦實事”重點項目, dated 2021-06-01 17:15; complete short item); pages corpus, stored excerpt 1226 bytes",
 kind="plan", partial=False,
 place="安徽省马鞍山市含山县林头镇 (township; county from 巢二路 and the 马鞍山日报 item on 林头镇福山村 returned by the same search)",
 year=2021,
 tasks=[
  T(None, "由鎮(zhèn)公路站負責的農(nóng)村道路硬化項目", lead=["鎮(zhèn)公路站"], deadline="2021年11月份",
    note="Theme label `聚焦“幸福民生”,。` then one sentence `由X負責的Y項目,,…,,預計2021年11月份完成。`. The unit is printed inside the task sentence (`由…負責的`) → lead, kept with the mirror's gloss `(zhèn)` (the unit is 鎮公路站). textStartsWith starts after the theme label; a reader who strips the `由…負責的` phrase would start at `農(nóng)村道路硬化項目`. `預計…完成` in a plan of commitments is the target date → deadline; null is the alternative for a reader who treats every `預計` as a forecast. No status."),
  T(None, "由農(nóng)業(yè)農(nóng)村辦負責的福山胡榮省級美麗鄉(xiāng)村建設項目", lead=["農(nóng)業(yè)農(nóng)村辦"], deadline="2021年12月份",
    note="Theme `聚焦“鄉村振興”`. Lead 農業農村辦 (printed without 鎮, glosses kept). Target `預計2021年12月份完成` → deadline (first of the two `2021年12月份` dates in the text; verify checks only that the string occurs)."),
  T(None, "由鎮(zhèn)經(jīng)濟發(fā)展辦負責的林洋集團光伏發(fā)電項目", lead=["鎮(zhèn)經(jīng)濟發(fā)展辦"], deadline="2021年6月份",
    note="Theme `聚焦“綠色轉型”`. Lead 鎮經濟發展辦 (glosses kept). `預計2021年6月份完成` — the item is dated 2021-06-01, so the target month is the current one, but no progress word is printed → status null."),
  T(None, "由鎮(zhèn)城建規(guī)劃分局負責的林頭鎮(zhèn)城市運動休閑景觀綠化工程", lead=["鎮(zhèn)城建規(guī)劃分局"], deadline="2021年12月份",
    note="Theme `聚焦“社會治理”` (this label ends with `。` only, without the stray `,`). Lead 鎮城建規劃分局 (glosses kept); deadline from `預計2021年12月份完成`."),
 ],
 summary=dict(printed=["累計征集“我為群眾辦實事”重點項目10項"], counts={"null": 4},
   note="The item announces 10 collected projects but prints only four, one under each `聚焦“…”` theme label; each names its responsible office in `由X負責的` and a target month. No statuses."),
 notes=[
  "Tasks are the four projects printed; the other six of the `10項` are not in the text (the item is short and complete, so partial is false).",
  "All four units are town-level offices of 林頭鎮 printed in the task sentence as `由X負責的`; no co-units or leaders.",
  "The mirror inserts pinyin glosses into characters (`鎮(zhèn)`, `農(nóng)`, `業(yè)`, `發(fā)`, `規(guī)`) and stray commas (`,,`, `,。`, `、…,、`); all strings are kept as stored.",
  "Place: the text names only 林頭鎮 and 巢二路; 林頭鎮 with 福山村 is in 含山县 (马鞍山), per a 马鞍山日报 relay returned by the same search. 含山 is not in taken.txt/stems; 马鞍山's 当涂县 is a different county.",
 ])

# ---------------------------------------------------------------- 连江县(马祖)
DOCS['mazu_2008_plan_trad'] = dict(
 source="https://www.matsu-news.gov.tw/news/article/29065 (馬祖日報 page `第46次擴大主管會報縣長裁示事項/連江縣政府提供`, dated 2008-12-18; numbered directives, each closing with the responsible 局 in parentheses; cut inside item 15); pages corpus, stored excerpt 1998 bytes",
 kind="plan", partial=True,
 place="連江縣 (馬祖), Taiwan-administered county (ROC 連江縣政府); not 福建省福州市连江县 (stem lianjiang, taken)",
 year=2008,
 tasks=[
  T("1", "對於地區低收入戶、殘障朋友、特殊境遇婦女", lead=["民政局"],
    note="Each item is `N、directive。(X局)`; the one parenthesised bureau is the office charged → lead."),
  T("2", "大同之家主任乙職在未派補之前", lead=["民政局"],
    note="Names persons (`請林局長暫兼`, `也請啟忠專員多協助幫忙`): they are the people asked to act, not 牵头领导 of a plan → leaders left empty; a reader who records named persons would put 林局長 (title + surname) there."),
  T("3", "春節將近,有關勞軍以及遊藝春節活動", lead=["民政局"]),
  T("4", "年關將近,配合年度的結束", lead=["財政局"]),
  T("5", "對於各單位公產及公有土地登記管理", lead=["財政局"],
    note="`正在向國有財產局申辦土地撥用單位` — 國有財產局 is the agency applied to, not a co-unit."),
  T("6", "98年元旦升旗活動相關事宜", lead=["教育局"],
    note="`98年` is ROC year 98 = 2009 (the event date, not a deadline)."),
  T("7", "學校將在一月二十日放寒假", lead=["教育局"],
    note="`一月二十日` is when schools close, the occasion for the arrangements, not a deadline → null."),
  T("8", "今年冬季有關大白菜、蘿蔔等收購加工案子", lead=["建設局"]),
  T("9", "路邊的路樹及雜草應要及時清理", lead=["建設局"]),
  T("10", "有關縣府大樓前蔬菜公園景觀", lead=["建設局"],
    note="`在春節前希望能見到成效` is a hope about results, not a set deadline → deadline null; `春節前` is the alternative."),
  T("11", "春節期間應確實掌握地區市場狀況", lead=["建設局"]),
  T("12", "在春節期間地區正在進行的各項工程", lead=["工務局"],
    note="`正在進行的各項工程` describes the works to be supervised, not a status of this directive."),
  T("13", "后澳水庫啟用典禮相關事宜", lead=["工務局"]),
  T("14", "過年期間各鄉用水量的統計", lead=["工務局"]),
  T("15", "本年度即將結束,有關相關", note="Cut by the store after `有關相關`; whole stored item (12 characters); its bureau is not in the excerpt → lead empty."),
 ],
 summary=dict(printed=["第46次擴大主管會報縣長裁示事項"], counts={"null": 15},
   note="A county head's directive list from a management meeting: numbered `1、`…`15、` items, each ending with the bureau in parentheses (民政局 3, 財政局 2, 教育局 2, 建設局 4, 工務局 3). No statuses, counts or deadlines."),
 notes=[
  "Place judgement: 連江縣 here is the Taiwan-administered county of the Matsu islands (馬祖日報, 縣長 of 連江縣政府, 介壽村, 后澳水庫, ROC year 98). taken.txt holds `lianjiang 连江县 福建` (a mainland county of 福州); I treat Matsu as a different place (as the corpus already does for 金門, status-q), with stem `mazu`. If the orchestrator counts the shared name as taken, drop this case.",
  "Every unit is a bare bureau name (`民政局`, `財政局`…) without the 縣 prefix; kept as printed.",
  "No item has a status; the list is an assignment of tasks, so kind is plan (a `裁示事項` list is the Taiwan counterpart of 会议议定事项).",
  "Lines start with a stored space before the number (` 1、`); verify ignores whitespace.",
 ])

# ---------------------------------------------------------------- 北川
DOCS['beichuan_2010_progress'] = dict(
 source="https://www.zgjct.com/news/544514.html (building-industry news site relaying a 中国建设报 item `济南援建北川工程完工`; the page header shows the relay date 2020-03-18, the text is from 2010); pages corpus, stored excerpt 2000 bytes (the article is complete, the page is cut after it)",
 kind="progress", partial=False,
 place="四川省绵阳市北川羌族自治县 (county; 擂鼓镇 and the new county town)",
 year=2010,
 tasks=[
  T(None, "新建擂鼓镇中心小学", "done", "工程于2009年9月前全部完工并交付使用",
    note="First of the `援建擂鼓镇项目包括…等8项工程` list; `新建` governs the first four buildings. The list's own state `工程于2009年9月前全部完工并交付使用` → done for all eight."),
  T(None, "幼儿园", "done", "工程于2009年9月前全部完工并交付使用", note="Whole list item (3 characters; the 擂鼓镇 kindergarten). Group state → done."),
  T(None, "文化站", "done", "工程于2009年9月前全部完工并交付使用", note="Whole list item (3 characters). Group state → done."),
  T(None, "卫生院", "done", "工程于2009年9月前全部完工并交付使用", note="Whole list item (3 characters); the list joins it to the road items with `及`. Group state → done."),
  T(None, "擂鼓镇3号干路主车道及支路延长线", "done", "工程于2009年9月前全部完工并交付使用",
    note="One item: the main carriageway and the branch extension of road No. 3 are joined by `及` inside one list slot. Group state → done."),
  T(None, "4号乡镇支路北延长线", "done", "工程于2009年9月前全部完工并交付使用", note="Group state → done."),
  T(None, "跨干河子桥", "done", "工程于2009年9月前全部完工并交付使用", note="Whole list item (5 characters). Group state → done."),
  T(None, "吉娜羌寨桥", "done", "工程于2009年9月前全部完工并交付使用",
    note="Whole list item (5 characters), closed by `等8项工程`; the eight names match the printed count."),
  T(None, "新建永昌大道", "done", "另外4项工程于今年9月25日前全部完工",
    note="First of the `援建北川新县城项目5项,即…` list (6 characters). Its state is the `另外4项工程…全部完工` clause (the four other than 安居房B区) → done; the lead sentence `日前,济南市援建北川工程项目全部完工` confirms it. `部分工程正在进行工程决算审计` is accounting after completion, not a building stage."),
  T(None, "永昌大桥", "done", "另外4项工程于今年9月25日前全部完工", note="Whole list item (4 characters). → done."),
  T(None, "整治绿化顺义河", "done", "另外4项工程于今年9月25日前全部完工", note="Whole list item (7 characters). → done."),
  T(None, "新建北川县广电中心", "done", "另外4项工程于今年9月25日前全部完工", note="→ done."),
  T(None, "北川安居房尔玛小区B区", "done", "完成验收交工",
    note="Its own state: `其中北川安居房B区18栋住宅楼于今年4月28日完成验收交工` → done (named by the short form 安居房B区)."),
 ],
 summary=dict(printed=["等8项工程", "援建北川新县城项目5项", "济南市援建北川工程项目全部完工"], counts={"done": 13},
   note="A relay of a national construction-paper item on 济南's partner-aid projects in 北川 after the 2008 earthquake: two named lists (8 擂鼓镇 works, 5 new-county-town works) each with a group state, one project with its own state. Both lists add up to their printed counts."),
 notes=[
  "Tasks are the 13 named projects of the two lists; the two headings (`援建擂鼓镇项目`, `援建北川新县城项目`) group them and are sections, not tasks.",
  "No unit is assigned per project: the 济南市援建北川工程指挥部 runs all of them, 北川县政府 receives them; lead is left empty (a reader who puts the 指挥部 as lead of every task would add 13 identical leads).",
  "Year: `2008年8月13日` + `两年多来` and `今年4月28日`/`今年9月25日` place the text in 2010 (the 2020-03-18 date is the relay site's).",
  "Group states apply to each member without its own state; the 安居房B区 item has its own (`完成验收交工`).",
 ])

# ---------------------------------------------------------------- 桑植
DOCS['sangzhi_2020_progress'] = dict(
 source="http://www.xianmlhg.com/a/sangzhizaixian/2020/0503/220565.html (copy of a 红网时刻桑植 item `我县召开乡镇农贸市场建设工作推进会`, dated 2020-05-03, `4月24日讯`; complete); pages corpus, stored excerpt 1591 bytes",
 kind="progress", partial=False,
 place="湖南省张家界市桑植县 (county; 张家界 the city is taken, 桑植 is not)",
 year=2020,
 tasks=[
  T(None, "走马坪白族乡叶家桥村农贸市场", "done", "已完成建设",
    note="`走马坪白族乡叶家桥村农贸市场和龙洞坪村农贸市场已完成建设` → done."),
  T(None, "龙洞坪村农贸市场", "done", "已完成建设", note="Second member of the same clause (the 乡 is shared with 叶家桥村: 走马坪白族乡). → done."),
  T(None, "刘家坪白族乡长征村", "on_schedule", "正在建设中",
    note="First of `…等5处农贸市场正在建设中` → on_schedule (under construction; no lag stated)."),
  T(None, "桥自弯镇集镇", "on_schedule", "正在建设中", note="Whole list item (6 characters). → on_schedule."),
  T(None, "马合口白族乡马合口村", "on_schedule", "正在建设中", note="→ on_schedule."),
  T(None, "上河溪乡集镇", "on_schedule", "正在建设中", note="Whole list item (6 characters). → on_schedule."),
  T(None, "上洞街乡集镇", "on_schedule", "正在建设中", note="Whole list item (6 characters); the five names match `5处`. → on_schedule."),
  T(None, "澧源市场", None, None,
    note="Named only in the plan sentence `城区内新建澧源市场和澧源镇朱家台社区菜市场` (4 characters). The status sentence ends `其它农贸市场正在办理前期准备工作`, which may or may not cover the two city markets (the meeting is about 乡镇 markets) → null. stalled (preparations only, no works) is the alternative for a reader who applies `其它` to them."),
  T(None, "澧源镇朱家台社区菜市场", None, None, note="Second city market of the plan sentence; same reasoning → null."),
 ],
 summary=dict(printed=["计划新建乡镇农贸市场9处,改造扩建5处", "等5处农贸市场正在建设中", "其它农贸市场正在办理前期准备工作"],
   counts={"done": 2, "on_schedule": 5, "null": 2},
   note="A county meeting news item: a plan sentence (9 new + 5 expanded township markets, 2 named city markets) and one status sentence with three groups (2 finished, 5 under construction, the rest in preparation)."),
 notes=[
  "Tasks are the named markets: 7 township markets named with a state and the 2 city markets named in the plan. The unnamed remainder of the 14 township markets (`其它农贸市场…前期准备`) is not a task.",
  "`正在建设中` → on_schedule, as earlier batches coded `正在建设之中`.",
  "No units, leaders or deadlines: 县长赵云海 chairs the meeting and 县领导陈荣昌、黄清 attend; nobody is assigned a market.",
 ])

# ---------------------------------------------------------------- 龙圩
DOCS['longxu_2019_progress_trad'] = dict(
 source="http://m.bkw8.com/content/2019-12/10/content_335289.htm (traditional-character mirror of a 梧州零距离网-西江都市报 item on 龙圩区 rural compulsory-education school projects, `12月9日`, path date 2019-12-10; complete, ends with a stray `|`); pages corpus, stored excerpt 1702 bytes",
 kind="progress", partial=False,
 place="广西壮族自治区梧州市龙圩区 (district; 梧州's 长洲区 and 苍海新区 are taken, 龙圩 is not)",
 year=2019,
 tasks=[
  T(None, "2018年第二批農村義務教育校舍維修改造項目", "done", "均已完工",
    note="A batch of 6 projects named only as a batch: `…項目共6個,目前均已完工` → done. It is a leaf task because no member is named."),
  T(None, "華新小學新建教學綜合樓", "on_schedule", "正在抓緊進行室內外裝修",
    note="Member of the 2018 first-batch (續建) programme. Site visit: exterior tiling under way; the official's quote `兩個項目正在抓緊進行室內外裝修,預計12月31日前可全部完工` → on_schedule (works under way, finishing expected on time). The date is a forecast → deadline null."),
  T(None, "西羅小學新建教學綜合樓", "on_schedule", "正在抓緊進行室內外裝修",
    note="Second of the `兩個項目` in the quote (interior and exterior wall puttying) → on_schedule."),
  T(None, "社學小學新建教學綜合樓", "done", "已經完工",
    note="Photo caption `社學小學新建教學綜合樓項目已經完工`, and it heads the `…等30個項目已經完成施工` list → done."),
  T(None, "四合小學新建教學綜合樓", "done", "已經完成施工", note="Member of `…等30個項目已經完成施工,并準備交付使用` → done."),
  T(None, "華新小學修建圍墻", "done", "已經完成施工",
    note="Member of the same list → done. A different project from 華新小學新建教學綜合樓 (wall vs. teaching building), which is still being finished."),
 ],
 summary=dict(printed=["共6個,目前均已完工", "項目共33個,目前已完工30個項目", "等30個項目已經完成施工"],
   counts={"done": 4, "on_schedule": 2},
   note="District news item: two batch counts (6 of 6 done; 30 of 33 done, the rest `進入收尾階段`), a site visit to two unfinished buildings, and three named examples of the 30 finished projects."),
 notes=[
  "The 2018 first-batch programme (`續建2018年第一批薄改計劃、校舍維修改造項目共33個`) has named members, so it is a section, not a task; its group state (30 done, remainder `已進入收尾階段`) is reflected in the members. A reader who keeps the batch as a task would code it on_schedule (`進入收尾階段`).",
  "The year's investment scope at the end (`新建23棟教學綜合樓、3棟教學樓、1棟食堂…`) names no project and has no state; not a task.",
  "No units: 龍圩區教育部門 is the source of the information, not assigned a task; lead left empty. No leaders; all dates are forecasts.",
  "Traditional-character mirror (`墻`, `并`, `用于` as stored); strings kept as stored.",
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
