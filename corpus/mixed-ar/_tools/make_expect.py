#!/usr/bin/env python3
"""Write <stem>.expect.json for mixed-ar; assert every annotated string occurs in the document."""
import json, os, re, unicodedata
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)

def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, statusText=None, note=None, lead=(), co=(), leaders=(), deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": list(leaders),
            "deadline": deadline, "status": status, "statusText": statusText, "note": note}

def src(stem, extra):
    raw = json.load(open(os.path.join(OUT, '_raw', stem + '.json'), encoding='utf-8'))
    return "%s (%s); pages corpus, stored excerpt %d bytes" % (raw['url'], extra, len(raw['excerpt'].encode('utf-8')))

DOCS = {}

# ---------------------------------------------------------------- 荆家镇 2020
stem = 'jingjia_2020_progress'
DOCS[stem] = dict(
 source=None, src_extra="桓台县荆家镇人民政府 government-disclosure page `荆家镇2020年重点民生实事项目情况`, 发文日期 2020-12-08; cut inside item 五",
 kind="progress", partial=True, place="山东省淄博市桓台县荆家镇 (town)", year=2020,
 tasks=[
  T("一", "抓好美丽乡村精品示范区建设", "done", "已完工",
    "`截止目前一标、二标的墙体粉刷工作,三标的节点工程、广场建设、路沿石铺装、绿化已完工`: the works named for all three 标段 are reported finished, nothing is said to be pending → done. The sentence lists finished works rather than saying the whole 示范区 is finished, so on_schedule is the other defensible reading. The seven villages are locations, not units."),
  T("二", "深入开展河道整治工作", "done", "8条河沟全部具备行洪泄洪能力",
    "The item's goal is flood-season discharge (`为确保汛期河道通畅`); `截止目前,8条河沟全部具备行洪泄洪能力` says all 8 watercourses have reached it → done. There is no word 完成/完工, so null is the cautious alternative. The two named 工程 (小清河复航及防洪防汛综合治理工程, 东猪龙河下游防汛综合治理工程) are parts of this item, not separate tasks."),
  T("三", "推进高标准农田建设", "on_schedule", "目前已顺利开工",
    "Started, `预计明年4月底完工` → on_schedule. The expected completion date is a forecast, not a printed deadline, so deadline is null."),
  T("四", "深入开展建筑能效提升和清洁供暖工作", "on_schedule", "现工程进展顺利",
    "气代煤: `现工程进展顺利,正在进行入户低压管线施工工作`; 建筑能效提升: 1420 of 82734户 done. Under way, no lag stated → on_schedule."),
  T("五", "全力做好城乡环境大整治精细管理大提升工作", None, None,
    "The excerpt stops inside this item (`…环境卫生大扫除专项`) before any state is given → null."),
 ],
 summary={"printed": ["荆家镇2020年重点民生实事项目情况"], "counts": None,
          "note": "A town government's year-end list of its 2020 重点民生实事, numbered 一…五 with a state in prose. No totals or counts are printed. The stored part holds items 一–五; item 五 is cut, and later items (if any) are missing."},
 notes=[
  "Tasks are the numbered items 一…五 (number `一` for `一、`). textStartsWith is the item's heading sentence without its full stop.",
  "No lead or co-operating units, leaders or deadlines are printed for any item; the issuing body 荆家镇人民政府 is the implementer of all of them and is not repeated per item, so lead is [] throughout.",
  "Village names (柳村、王明…, 伊家、前刘…, 东刘村…) are locations, not units.",
  "Header lines (索引号, 发文日期, `• 字号:`, `• 打印`) are page chrome kept as stored.",
 ])

# ---------------------------------------------------------------- 维西 2013 (trad)
stem = 'weixi_2013_progress_trad'
DOCS[stem] = dict(
 src_extra="traditional-character mirror with pinyin glosses of a 香格里拉网 item (記者 楊洪程) on 维西县's four 小(二)型病险水库; URL date 2013-02-05; complete article",
 kind="progress", partial=False, place="云南省迪庆藏族自治州维西傈僳族自治县 (county)", year=2013,
 tasks=[
  T(None, "糯閣洛水庫(kù)", "done", "工程通過驗(yàn)收,投入使用",
    "`糯閣洛水庫(kù)于2011年12月底動(dòng)工,2012年4月底完工…目前,工程通過驗(yàn)收,投入使用` → done. Name as printed, with the mirror's pinyin gloss `(kù)` inside it."),
  T(None, "章子口水庫(kù)", "stalled", "正加緊開展協(xié)調(diào)及辦理相關(guān)手續(xù)",
    "`章子口水庫(kù)、北甸水庫(kù)正加緊開展協(xié)調(diào)及辦理相關(guān)手續(xù)`: a 2012 project (`列為中央財(cái)政2012年…重點(diǎn)項(xiàng)目`) still arranging approvals in early 2013, not started → stalled (still in preparation when it should be under construction). Whole name, under 8 characters without the gloss."),
  T(None, "拉牙水庫(kù)", "on_schedule", "于2012年10月動(dòng)工建設(shè)",
    "`拉牙水庫(kù)于2012年10月動(dòng)工建設(shè),目前已完成“三通一平”工程`: started, site preparation finished → on_schedule."),
  T(None, "北甸水庫(kù)", "stalled", "正加緊開展協(xié)調(diào)及辦理相關(guān)手續(xù)",
    "Second member of the shared sentence with 章子口水庫 → stalled, same reading."),
 ],
 summary={"printed": ["維西縣的四座小(二)型水庫(kù)"], "counts": {"done": 1, "on_schedule": 1, "stalled": 2},
          "note": "Four reservoirs are named in one list (`…是維西縣的四座小(二)型水庫(kù)`), then each gets a stage: one finished and accepted, one started, two still arranging procedures. The named list matches the printed count of 4."},
 notes=[
  "Tasks are the four named reservoirs (number null), in the order of the opening list (糯閣洛, 章子口, 拉牙, 北甸); the stage sentences give them in a different order.",
  "The mirror glosses characters with pinyin (`水庫(kù)`, `網(wǎng)訊`); the glosses are kept inside names and status words, exactly as stored. The stored parentheses are ASCII.",
  "No units, leaders or deadlines are printed. 水利部 and 中央財(cái)政 approve and fund; they are not responsible units of a task. The reporter 楊洪程 is not a leader.",
  "Coding 章子口/北甸 as stalled is a judgement: the text does not use 滞后 or 未开工, but they were funded as 2012 projects and in February 2013 still had not started. null (no verdict printed) is the cautious alternative.",
  "The trailing ` |` is page residue kept as stored.",
 ])

# ---------------------------------------------------------------- 天峨 2017
stem = 'tiane_2017_progress'
DOCS[stem] = dict(
 src_extra="河池 local news portal item on 天峨县's 2017 扶贫 project package; URL date 2017-05-22; complete article followed by `热门推荐`",
 kind="progress", partial=False, place="广西壮族自治区河池市天峨县 (county)", year=2017,
 tasks=[
  T(None, "三堡乡顶换村3公里产业路", "on_schedule", "完成开挖50%",
    "In the plan list it is printed as `三堡乡顶换村3公里、甲板村3.5公里、三堡村4.8公里油茶种植产业路` (shared suffix); the status sentence names it in full: `三堡乡顶换村3公里产业路完成开挖50%` → on_schedule. textStartsWith uses the full form from the status sentence."),
  T(None, "甲板村3.5公里产业路", "done", "已建成并开始投入使用",
    "`甲板村3.5公里产业路已建成并开始投入使用` → done. Full name taken from the status sentence (the list prints only `甲板村3.5公里`)."),
  T(None, "三堡村4.8公里油茶种植产业路", "on_schedule", "目前工程进度50%",
    "`三堡村4.8公里油茶种植产业路目前工程进度50%` → on_schedule (under way, no lag stated)."),
  T(None, "六排镇纳合村纳岭至瑶洞6.5公里产业路", "on_schedule", "所有项目有序推进",
    "The only one of the six roads without its own stage. The group sentence `截至目前,所有项目有序推进` covers it → on_schedule by the group rule. null is defensible if the general sentence is read as a headline, not a status."),
  T(None, "纳直乡盘阳河源寿元素果蔬种植产业路", "done", "全部施工完毕",
    "`纳直乡…产业路,下老乡圭里村生猪养殖2公里产业路全部施工完毕`: two roads, one state → done."),
  T(None, "下老乡圭里村生猪养殖2公里产业路", "done", "全部施工完毕",
    "Second road of the shared `全部施工完毕` sentence → done."),
 ],
 summary={"printed": ["今年计划新建产业道路6条", "所有项目有序推进"], "counts": {"done": 3, "on_schedule": 3},
          "note": "A county news item on a 1亿-yuan package of five project types (农村道路, 水利基础设施, 农村危房改造, 村级公共服务中心, 农村宽带网络). Only the six 产业道路 are enumerated against a printed count (`新建产业道路6条`) and given per-item stages; the other four types are described by amounts and counts."},
 notes=[
  "Tasks are the six named 产业道路 (number null), in the order of the plan list; the list's count `6条` matches.",
  "Not counted as tasks (judgement): the five project types (they are programme categories with money/quantity targets, no per-item state) and two named plans inside them, `完善甲岩、当里、龙凤等村公共服务设施建设` and `实施纳赖村有线网络工程`, which are only said to be planned (`计划…`). A reader who counts every named project would add 纳赖村有线网络工程 (and possibly the 公共服务设施 item) with on_schedule from `所有项目有序推进`.",
  "Township/village names are locations; no responsible units, leaders or deadlines are printed. `一季度计划实施` is a schedule for the roads, not a deadline of the form the brief asks for, so deadline is null.",
  "The general sentence `截至目前,所有项目有序推进` is applied as a group status only where no item-specific state is printed (六排镇 road); item-specific states win for the other five.",
 ])

# ---------------------------------------------------------------- 凯里 2010
stem = 'kaili_2010_progress'
DOCS[stem] = dict(
 src_extra="mobile page of 黔东南新闻网 (`本港讯`, 薛亮/杨懿) `凯里市新增中央投资教育项目全部完工`, URL date 2010-01; complete article",
 kind="progress", partial=False, place="贵州省黔东南苗族侗族自治州凯里市 (county-level city)", year=2010,
 tasks=[
  T(None, "新建凯里特殊教育学校工程", "done", "所有项目已全部完工",
    "`目前所有项目已全部完工` is a group state over the 7 projects (`共获取新增中央投资教育项目7个`) → done for each. Name as printed at the start of the second paragraph."),
  T(None, "龙场中学", "done", "所有项目已全部完工", "First of three 第一批 农村初中校舍改造 projects; only area and investment are given per school, the state is the group sentence. Whole name, 4 characters."),
  T(None, "舟溪中学", "done", "所有项目已全部完工", "第一批; group state → done. Whole name, 4 characters."),
  T(None, "翁项九年制义务教育学校", "done", "所有项目已全部完工", "第一批; group state → done."),
  T(None, "万潮中学", "done", "所有项目已全部完工", "First of three 第二批 projects; group state → done. Whole name, 4 characters."),
  T(None, "大风洞正钰中学", "done", "所有项目已全部完工", "第二批; group state → done. Whole name, 7 characters."),
  T(None, "鸭塘中学", "done", "所有项目已全部完工", "第二批; group state → done. Whole name, 4 characters."),
 ],
 summary={"printed": ["凯里市共获取新增中央投资教育项目7个", "目前所有项目已全部完工"], "counts": {"done": 7},
          "note": "A short news item: 7 centrally funded education projects (1 special-education school + 2 batches of 3 rural junior-middle-school renovations), all finished; per project only floor area and investment. The named projects add up to the printed 7 (1+3+3)."},
 notes=[
  "Tasks are the seven named projects (number null). The two `第X批新增中央投资…农村初中校舍改造项目3个` headings are groupings, not tasks.",
  "All statuses come from one group sentence in the lead paragraph (`目前所有项目已全部完工`), applied to each member per the group rule.",
  "凯里市发展和改革局 is the source of the information, not a responsible unit of the projects; no units, leaders or deadlines are printed, so lead/co are [].",
  "Year: the page is dated 2010-01 in its URL and reports completion `日前`; the projects themselves are the 2009 stimulus (新增中央投资) batches. 2010 is the report's year.",
  "凯里 is the seat of 黔东南州, whose stem `qiandongnan` is taken; 凯里市 is a separate county-level place (as 罗城/巴马 were taken beside 河池市).",
 ])

# ---------------------------------------------------------------- 平原 (trad)
stem = 'pingyuan_undated_progress_trad'
DOCS[stem] = dict(
 src_extra="traditional-character spam mirror (adult-site keyword header kept as stored) of a 平原县 county-paper item `我縣中小學樓房化建設穩(wěn)步推進` (記者 張崇熙); no date printed; cut mid-sentence at 2,000 bytes",
 kind="progress", partial=True, place="山东省德州市平原县 (county)", year=None,
 tasks=[
  T(None, "桃園街道辦事處中心小學建設工程", "on_schedule", "教學樓正進行內部裝修",
    "First paragraph: `目前,教學樓正進行內部裝修,幼兒園、宿舍樓、餐廳樓主體已經(jīng)基本完成,預計9月份即可投入使用` → on_schedule. Name as printed in the third paragraph (first mentioned as `該辦事處中心小學建設工程`)."),
  T(None, "平原四中綜合樓工程", "on_schedule", "室內外裝飾已達到90%",
    "`主體建設已完成,室內外裝飾已達到90%` → on_schedule (nearly finished, not said to be finished). Whole name, 8 characters."),
  T(None, "實驗小學東校區(qū)建設工程", "on_schedule", "7月中旬即可開工建設",
    "`地面附屬物清理、施工圖審查、招投標已完成, 7月中旬即可開工建設`: not started yet, but preparations are complete and the start is imminent; it is listed among the projects `正在建設實施中` and no delay is stated → on_schedule. stalled is the alternative for readers who code every not-yet-started project as stalled."),
  T(None, "前曹鎮(zhèn)中心小學樓房化建設工程", "on_schedule", "室內外裝飾已達到95%",
    "Main building done, fit-out 95%, `宿舍樓、學生餐廳樓主體二層正在施工` → on_schedule."),
  T(None, "王鳳樓鎮(zhèn)中心小學樓房化建設工程", "on_schedule", "室內外裝飾已達到95%",
    "Main building done, fit-out 95%, phase-2 building designed → on_schedule."),
  T(None, "張華鎮(zhèn)中心小學樓房化建設工程", "on_schedule", "室內外裝飾已達到85%",
    "Main building done, fit-out 85% → on_schedule."),
  T(None, "王杲鋪鎮(zhèn)中心小學樓房化建設工程", "on_schedule", "室內外裝飾已達到95%",
    "Main building done, fit-out 95%; the excerpt stops inside its phase-2 clause (`…招投標已完`)."),
 ],
 summary={"printed": ["全縣有7個中小學校舍樓房化建設工程正在建設實施中"], "counts": {"on_schedule": 7},
          "note": "A county news item on school-building projects: one feature paragraph on 桃園街道辦事處中心小學, then a run-on list of six more projects, each with a construction stage. The text prints a count of 7 projects `正在建設實施中`; whether 桃園 is one of the 7 is not said. If it is not, the 7th project lies after the cut."},
 notes=[
  "Tasks are the named school-building projects (number null), in order of appearance. The printed count 7 and the 7 named projects agree only if 桃園 is one of the 7; that is unclear, and the excerpt is cut, so partial is true and taskCount is what the file holds.",
  "The first line is a spam keyword header added by the mirror site; it is kept verbatim and is not part of the article. `???` before each paragraph are damaged indent characters, kept as stored.",
  "The mirror glosses characters with pinyin (`鎮(zhèn)`, `區(qū)`, `穩(wěn)`); glosses are kept inside names and status words exactly as stored.",
  "Town names (前曹鎮, 王鳳樓鎮…) are part of the project names, not responsible units; 桃園街道辦事處 is the location and informant for the first project, not a listed unit. No units, leaders or deadlines are printed. `預計9月份即可投入使用` and `7月中旬即可開工建設` are expectations, not deadlines.",
  "Year: no date in the stored text. Outside the file, a 德州日报 item of 2013-01-14 reports that 桃園街道辦事處中心小學 moved into its new building in January 2013, which puts this item around mid-2012; the stem says `undated` because the document itself does not print a year.",
 ])

def main():
    for stem, d in DOCS.items():
        text = open(os.path.join(OUT, stem + '.txt'), encoding='utf-8').read()
        nt = norm(text)
        for t in d['tasks']:
            for s in [t['textStartsWith'], t['statusText'], t['deadline']] + t['lead'] + t['co'] + t['leaders']:
                if s: assert norm(s) in nt, (stem, s)
            assert (t['status'] is None) == (t['statusText'] is None), (stem, t)
        for p in d['summary'].get('printed') or []:
            assert norm(p) in nt, (stem, p)
        cnt = Counter(t['status'] for t in d['tasks'])
        if d['summary'].get('counts') is None:
            d['summary']['counts'] = {('null' if k is None else k): v for k, v in cnt.items()}
        else:
            assert {('null' if k is None else k): v for k, v in cnt.items()} == d['summary']['counts'], (stem, cnt)
        exp = {"source": src(stem, d['src_extra']), "kind": d['kind'], "partial": d['partial'], "place": d['place'],
               "year": d['year'], "taskCount": len(d['tasks']), "tasks": d['tasks'], "summary": d['summary'],
               "notes": d['notes']}
        with open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1); fh.write('\n')
        print(stem, len(d['tasks']), dict(cnt))

main()
