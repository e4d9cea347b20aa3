#!/usr/bin/env python3
"""Write <stem>.expect.json for batch mixed-az; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- 临沂
DOCS['linyi_2019_notice'] = dict(
 source="临沂市政府网站 page (header `欢迎访问临沂市政府网站!`, 索引号 1438332361/zfw/2020-0000687): `临沂市住房和城乡建设局关于2019年4月全市城市污水处理设施建设情况的通报`, 发布日期 2019/05/07; pages corpus, stored excerpt 2000 bytes, cut inside section 三. The search result carried no url field (also none when re-found by title).",
 kind="notice", partial=True, place="山东省临沂市 (prefecture-level city; notice of the 市住建局)", year=2019,
 tasks=[
  T(None, "陷泥河净水厂工程", None, None, note="Section 一(一) 城市污水处理厂工程, first plant: `土建工程完成90%,完成投资1.1亿元`. Figures only, no status word → null (on_schedule is the reading of someone who codes a started, advanced build; section 三 later asks to `尽快完成` it as an `已开工工程`)."),
  T(None, "罗庄区第二污水处理厂扩建项目", None, None, note="`土建工程完成98%` → figures only, null. 罗庄区 is part of the name (location), not a unit."),
  T(None, "经济技术开发区第二污水处理厂", None, None, note="`土建工程完成55%` → null."),
  T(None, "费县第二污水处理厂工程", None, None, note="`土建工程完成97%,设备安装已完成` → null (the finished part is a sub-stage; the plant is not reported finished)."),
  T(None, "蒙阴县污水处理厂三期工程", None, None, note="`土建工程完成90%` → null."),
  T("二", "城市污水管网工程", None, None, note="`(二)城市污水管网工程。2019年全市城市污水管网完成建设长度21.23公里,其中中心城区完成14.63公里` — a numbered item naming no project, only lengths → null. Whole item name is 8 characters."),
  T(None, "临沂经济技术开发区中水回用工程", None, None, note="Section 一(三): `土建工程完成30%` → null."),
  T(None, "临沭县再生水利用工程", "stalled", "尚未开工",
    note="Section 一(三) says `临沭县再生水利用工程、郯城县中水深度处理工程正在办理前期手续`; section 二(二) lists the same two `尚未开工` as a problem → stalled (暂未开工). A project only in its preparations: the notice itself files it as a problem, so stalled rather than on_schedule; null is the alternative for a reader who takes 前期手续 as a normal stage."),
  T(None, "郯城县中水深度处理工程", "stalled", "尚未开工", note="As 临沭县再生水利用工程: 前期手续 in 一(三), `尚未开工` in 二(二) → stalled."),
  T(None, "郯城经济开发区污水处理厂二期扩建工程", "stalled", "尚未开工", note="Named only in the problem list 二(一) `…尚未开工` → stalled. The (一) of section 二 groups three projects; it is not the task's own number, so number null."),
  T(None, "沂南县第一污水处理厂扩建工程", "stalled", "尚未开工", note="Problem list 二(一) → stalled."),
  T(None, "临沭县污水处理厂扩建工程", "stalled", "尚未开工", note="Problem list 二(一) → stalled. Different project from 临沭县再生水利用工程."),
 ],
 summary=dict(printed=["临沂市住房和城乡建设局关于2019年4月全市城市污水处理设施建设情况的通报", "二、存在的问题"], counts={"null": 7, "stalled": 5},
   note="A municipal bureau notice on sewage works: section 一 gives each plant's civil-works percentage, section 二 names the projects not started, section 三 (cut) gives requirements. No counts are printed."),
 notes=[
  "Tasks are the individually named works (plants, reuse projects) plus the numbered item (二) 城市污水管网工程, which names no project. The headings (一)城市污水处理厂工程 and (三)城市再生水利用工程 only group named projects, so they are sections.",
  "Percentages alone are not coded (as in mixed-as 歙县); only `尚未开工` is a status word here.",
  "No lead/co units: the addressees (各县区住房和城乡建设局, 开发区建设局 …) are recipients of the whole notice, and the county/district names inside project names are locations. No leaders or deadlines.",
  "Section 三 (`尽快完成陷泥河净水厂工程、罗庄区第二污`) is cut; it restates tasks as requirements and adds no status.",
 ])

# ---------------------------------------------------------------- 平和
DOCS['pinghe_2018_progress_trad'] = dict(
 source="https://159sucan.com/ShowInfo.aspx?id=163926 (traditional-character mirror with pinyin glosses of a 平和县 news item `吳丁順帶隊開展重點項目現場推進活動`, 4月24日; cut mid-sentence at `交通瓶`); pages corpus, stored excerpt 1998 bytes",
 kind="progress", partial=True, place="福建省漳州市平和县 (county; inferred from 縣長吳丁順 and the towns 小溪、霞寨、崎嶺、九峰、長樂、秀峰、蘆溪)", year=2018,
 tasks=[
  T(None, "縣“互聯(lián)網(wǎng)+蜜柚”項目", None, None, note="First site in the list of visited projects; the stored part gives it no stage → null. The mirror glosses 聯/網 inside the name; kept as stored."),
  T(None, "小溪鎮(zhèn)南山花園安置小區(qū)", "on_schedule", "9#樓封頂",
    note="Stage paragraph: `8#樓、9#樓封頂,,10#樓已建成15層,,完成率56.8%。預計2019年12月投入使用` — under construction, buildings topped out → on_schedule. `預計2019年12月` is a forecast."),
  T(None, "霞寨鎮(zhèn)高峰生態(tài)谷", "on_schedule", "已全部完成并投入使用",
    note="Called `省重點項目九龍江高峰生態谷` in its paragraph: 38.28% of the year's investment, and its 旅游服務工程 (伴手禮店, 茶餐廳 …) `已全部完成并投入使用`. Part finished and in use, the rest under way → on_schedule; statusText is the sub-works' completion words (done would overstate: only the 旅游服務 part is finished)."),
  T(None, "崎嶺鄉(xiāng)天湖堂文化廣場", "good", "比原計劃提前2個月完成",
    note="90% of the year's investment; `預計本月底可完成一期工程,,比原計劃提前2個月完成` → ahead of plan → good (超进度). on_schedule is the alternative for a reader who treats the forecast as no verdict."),
  T(None, "九峰鎮(zhèn)黃田村古村落提升暨防洪堤建設(shè)", "on_schedule", "穩(wěn)步推進中",
    note="Paragraph name `九峰鎮黃田村古村落綜合提升暨防洪堤建設項目也在穩步推進中` → on_schedule. `預計2019年12月竣工` is a forecast."),
  T(None, "長樂中心幼兒園", "on_schedule", "進入驗收階段",
    note="Whole item name (6 characters plus glosses). Paragraph: `長樂鄉中心幼兒園主體已完工,,進入驗收階段,,相關配套設施正在完善中` → works finished, acceptance and fittings under way → on_schedule; done is the alternative for a reader who counts the main works."),
  T(None, "秀峰鄉(xiāng)壩頭連心橋", None, None,
    note="Its paragraph starts `解決秀峰鄉壩頭村交通瓶` and the excerpt stops there → no stage stored → null."),
  T(None, "蘆溪鎮(zhèn)安全生態(tài)水系建設(shè)", "on_schedule", "工程進入收尾階段",
    note="`完成時序進度90.86%,,工程進入收尾階段,,預計本月底可完工` → nearly finished → on_schedule."),
 ],
 summary=dict(printed=["三抓三比·十項競賽·十六評比"], counts={"on_schedule": 5, "good": 1, "null": 2},
   note="A county news item on a site tour of 8 named projects (listed in one sentence), followed by stage paragraphs grouped by sector (生態環保, 民生). No totals."),
 notes=[
  "Tasks are the eight sites of the visit list, in printed order, with the list wording as textStartsWith; the stage paragraphs use longer names (九龍江高峰生態谷, 長樂鄉中心幼兒園, 九峰鎮黃田村古村落綜合提升…項目) for the same projects.",
  "The mirror glosses characters with pinyin (`鎮(zhèn)`, `建設(shè)`) and doubles punctuation (`,,`, `,、`); all strings keep them as stored.",
  "No units, leaders or deadlines: 縣長吳丁順 and 縣政協主席張茂杞 lead the tour, not a task. All `預計…` dates are forecasts.",
  "Year 2018 from `2018年計劃投資` in the paragraphs.",
 ])

# ---------------------------------------------------------------- 元谋
_ym_done = "启宪新村、元永、散止、雷依、雷稿、雷老、塘角村、麦地坪、河西村、广茂村、普登村、高姑中村、高姑上村、小力多、大力多、麦良地外村、麦良地以村、小西村、马道地、下麻柳、马头地、沙沟小村、物茂新村、橄榄村、王卖村、跨膀村、金沙坪、丙令村".split("、")
_ym_build = "龙潭村、小山村、练黄村、丁旧村、河外大村、过拉村、腊居村、骂额村、莲花村、丙间村、麦地冲、猛连村、吴果村、白沙地、金马村、新华小村、占马田".split("、")
DOCS['yuanmou_2022_progress'] = dict(
 source="http://yncxym.gov.cn/info/egovinfo/1007/overt_centent/11532328015177503N-/2022-0824027.htm (元谋县 government information page: 县交通运输局 reply to 政协委员 肖亚军's 提案 `关于实施全县30户以上自然村通村公路硬化工程的提案`, signed 2022年8月1日); pages corpus, stored excerpt 1756 bytes, complete",
 kind="progress", partial=False, place="云南省楚雄州元谋县 (county)", year=2022,
 tasks=[T(None, n, "done", "已完成", note=("First of the 村组 in the parenthesised `已完成(…等)29个村组路面硬化68.87公里` list → done. " if i == 0 else "") + ("Whole name, shorter than 8 characters." if len(n) < 8 else "")) for i, n in enumerate(_ym_done)]
     + [T(None, n, "on_schedule", "正在开展路面施工", note=("First of the `另外的(…等)17个村组56.33公里正在开展路面施工` list → under construction → on_schedule. " if i == 0 else "") + ("Printed `新华小村(并入新华通三级)`; the parenthesis (merged into the 新华 三级 road) is a note, not part of the name. " if n == "新华小村" else "") + ("Printed `占马田(并入新华通三级)`; parenthesis is a note. " if n == "占马田" else "") + ("Whole name, shorter than 8 characters." if len(n) < 8 else "")) for i, n in enumerate(_ym_build)]
     + [T(None, "大罗岔", None, None, note="`剩余的大罗岔、小罗岔等38个村小组102.8公里已于2022年6月30日完成勘察设计工作,7月11日组织了一批施工招标发包,计划在年底竣工投入使用` — design done and tendering under way, construction not started. A project only in its preparations, with no verdict word: null (on_schedule is the alternative for a reader who reads `计划在年底竣工` as on track; stalled would overstate). `年底` is the planned completion; recorded here, not as a deadline, because the reply states a plan rather than an assigned time limit."),
        T(None, "小罗岔", None, None, note="Same group sentence as 大罗岔 → null.")],
 summary=dict(printed=["29个村组路面硬化68.87公里", "17个村组56.33公里正在开展路面施工", "38个村小组102.8公里", "共计84个228公里"],
   counts={"done": 28, "on_schedule": 17, "null": 2},
   note="84 村组 in all: 29 hardened (28 named + `等`), 17 under construction (17 named, also closed with `等`), 38 remaining (2 named + `等`). 29 + 17 + 38 = 84, and 68.87 + 56.33 + 102.8 = 228 km. The done list names one 村组 fewer than its printed count."),
 notes=[
  "A 政协提案 reply (办理答复) from the county transport bureau. Its tasks are the named 村组 roads inside three parenthesised lists, each list closed by `等` and a printed count; every named 村组 is a task with the list's state.",
  "Most names are 2–4 characters (`元永`, `散止`); textStartsWith is the whole name.",
  "lead/co are []: the reply is written by 元谋县交通运输局 (it does the survey work itself, `县交通运输局对…开展勘察设计工作`), but no unit is assigned to any road. A reader who makes the replying bureau the lead of every road would put `县交通运输局` in lead.",
  "The 提案 number/委员 (肖亚军) is the addressee, not a leader of a task. No deadlines are assigned.",
 ])

# ---------------------------------------------------------------- 竹山
_zs = [("麻家渡鎮(zhèn)初級(jí)中學", None), ("潘口鄉中心幼兒園", None), ("溢水鎮第二幼兒園", None),
       ("寶豐鎮第(dì)二幼兒園", "lead"), ("秦古鎮第(dì)二幼兒園", None), ("竹坪鄉中心幼兒園", None),
       ("城關鎮明清(qīng)小學", "re"), ("潘(pān)口鄉中心(xīn)小學", "re"), ("寶豐鎮雙壩小學", "re"),
       ("深(shēn)河(hé)鄉九年一貫製學校", "re"), ("縣職業技術集團", "re")]
def _zs_task(n, k):
    if k == "lead":
        return T(None, n, "done", "今春建成啟用", note="Also the subject of the lead sentence (`今春建成啟用…的竹山縣寶豐鎮第二(èr)幼兒園`, glossed differently there) → done; counted once. textStartsWith is its list form.")
    if k == "re":
        return T(None, n, "done", "先後建成", note="In the 改擴建 half of the list (`;改擴建城關鎮明清小學…等75所學校`), which shares the sentence's `2021年至今…先後建成` → done (finished 改擴建). The printed glosses are kept.")
    return T(None, n, "done", "先後建成", note="In the 新建 half of `先後建成…` → done.")
DOCS['zhushan_2023_progress_trad'] = dict(
 source="https://www.xiangtianlong.com/news/HTML_PC/202302/53338.html (traditional-character mirror with pinyin glosses of a 湖北日報 item on 竹山縣 school building, 2月16日; complete item plus site footer); pages corpus, stored excerpt 1266 bytes",
 kind="progress", partial=False, place="湖北省十堰市竹山县 (county)", year=2023,
 tasks=[_zs_task(n, k) for n, k in _zs],
 summary=dict(printed=["75所學校", "共實(shí)施(shī)學校建設項目106個"], counts={"done": 11},
   note="`2021年至今` the county finished building or extending 75 schools (106 school projects); the item names 11 of them (6 新建, 5 改擴建) before `等75所學校`."),
 notes=[
  "Tasks are the 11 schools named in the one list sentence, in printed order; the sentence's verb `先後建成` covers both halves (新建 and 改擴建), so all are done. The lead kindergarten (寶豐鎮第二幼兒園) is the fourth list member and is counted once.",
  "The mirror inserts pinyin glosses inside names (`第(dì)二`, `潘(pān)口`); they are kept as stored in textStartsWith.",
  "No units, leaders or deadlines; the 湖北日報 通訊員 names and the site footer (`初恋直播`, 網站內容來源於網絡) are page chrome.",
  "Year 2023: the site path is 202302 and the item says `今春建成啟用` with `2021年至今`.",
 ])

# ---------------------------------------------------------------- 古田
DOCS['gutian_2019_progress'] = dict(
 source="https://www.cyjpx.com/news/dongtai/2019-11-06/10610.html (copy of a `古田发布` item `卓洋乡中心幼儿园项目启动“三通一平”`, path date 2019-11-06, `11月5日`; complete); pages corpus, stored excerpt 736 bytes",
 kind="progress", partial=False, place="福建省宁德市古田县卓洋乡 (township)", year=2019,
 tasks=[
  T(None, "卓洋乡中心幼儿园项目", "on_schedule", "进入“三通一平”阶段",
    note="`该项目已完成建设用地围垱工作,进入“三通一平”阶段` — site preparation started → on_schedule. `预计于2020年底竣工,2021年春季可投入使用` is a forecast, not a deadline. A project in its early works; null is the alternative for a reader who wants a verdict word."),
  T(None, "前洋幼儿园教学楼", "done", "已先后完成", note="List `近年来已先后完成…等项目建设` → done. Whole name (8 characters)."),
  T(None, "卓洋中心小学教学楼及附属工程", "done", "已先后完成", note="Same list → done."),
  T(None, "中小学围墙修缮", "done", "已先后完成", note="Same list → done. Whole item, 7 characters."),
  T(None, "古十一中综合楼", "done", "已先后完成", note="Same list → done (`古十一中` = 古田县第十一中学, as printed). Whole item, 7 characters."),
 ],
 summary=dict(printed=["卓洋乡中心幼儿园项目启动“三通一平”"], counts={"on_schedule": 1, "done": 4},
   note="A short township news item: one project at its start and four earlier school projects listed as finished. No counts."),
 notes=[
  "Tasks are the new kindergarten and the four finished projects of the `已先后完成…等项目建设` list; the list closes with `等`, so it may not be exhaustive.",
  "No units, leaders or deadlines; 卓洋乡党委、政府 is credited for attention to education, not assigned a task.",
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
