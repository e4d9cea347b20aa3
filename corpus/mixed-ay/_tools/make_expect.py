#!/usr/bin/env python3
"""Write <stem>.expect.json for batch mixed-ay; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)
DOCS = {}
# ------------------------------------------------------------ 六合
NEW = "已完成新开工安置房3417套"
PRE = "正在进行前期手续办理"
DOCS['luhequ_2022_progress'] = dict(
 source="http://www.njlh.gov.cn/lhqrmzf/202203/t20220316_3320592.html (南京市六合区人民政府 site, URL dated 2022-03-16; the page's site header `南京市六合区人民政府 / www.njlh.gov.cn` and one paragraph on the 2022 棚户区改造 targets and projects; no footer stored, but the paragraph ends with a full sentence); pages corpus, stored excerpt 630 bytes",
 kind="progress", partial=False, place="江苏省南京市六合区 (district; 南京 the city has other places in the corpus, 六合 itself is not taken; stem `luhequ` because `luhe` is 陆河)", year=2022,
 tasks=[
  T(None, "朝天街2#地块拆迁安置房项目", "done", NEW,
    note="First of the three projects listed after `目前已完成新开工安置房3417套,其中:` (810 units). The task the district reports on is the 新开工 target, and this project's units are counted as started → done (its 新开工 is complete). on_schedule is the alternative for a reader who takes the whole building project as the task (construction has only begun). 14 characters, whole name without the unit count."),
  T(None, "朝天街4#地块拆迁安置房项目", "done", NEW, note="Second project under `已完成新开工…其中:` (390 units); same reading as 朝天街2#地块."),
  T(None, "龙袍新城拆迁安置房一期项目", "done", NEW, note="Third project under `已完成新开工…其中:` (2217 units); 810 + 390 + 2217 = 3417, the printed total. Different from the 二期 project below."),
  T(None, "针织厂B地块经济适用房(拆迁安置房)项目", "stalled", PRE,
    note="First of the two projects sharing `正在进行前期手续办理`: approvals under way, construction not started while it counts toward the 新开工 target → stalled (尚处前期), as the corpus codes pre-construction items. on_schedule (work `正在进行`) and null (no verdict word) are the alternatives. The parenthesis `(拆迁安置房)` is part of the name as printed (ASCII brackets in the store)."),
  T(None, "龙袍新城拆迁安置房二期项目", "stalled", PRE, note="Second project sharing `正在进行前期手续办理` → stalled (尚处前期); same alternatives as 针织厂B地块."),
  T(None, "金牛湖-冶山旅游度假区冶山安置房项目", "done", "已具备基本建成条件",
    note="Printed `基本建成金牛湖-冶山旅游度假区冶山安置房项目444套已完成主体及装饰施工,已具备基本建成条件`. `基本建成` at the start names the target category (the 400-unit 基本建成 target), so textStartsWith begins at the project name. Main structure and decoration finished, `已具备基本建成条件` → done for the 基本建成 target (444 ≥ 400)."),
 ],
 summary=dict(printed=["新开工安置房7000套,基本建成400套", "已完成新开工安置房3417套"], counts={"done": 4, "stalled": 2},
   note="The province's 2022 targets for the district: 新开工 7000 units and 基本建成 400 units. Started so far: 3417 units in three named projects (the figures add up); two projects in approvals; one project ready as 基本建成 (444 units)."),
 notes=[
  "A short district page on 棚户区改造 (shanty-town redevelopment). One paragraph, three `;`-separated clauses: a `其中:` list of three started projects, a pair of projects in approvals, and one project finished to 基本建成.",
  "Tasks are the six named 安置房 projects in printed order, number null. The two targets (新开工 7000套, 基本建成 400套) are summary figures, not tasks.",
  "Shared states are copied to every member of their list: `已完成新开工安置房3417套` to the three projects after `其中:`, and `正在进行前期手续办理` to the two projects before it.",
  "No units, leaders or deadlines are printed. 省住建厅 only issued the targets and is not a task unit; the 区住建局 is not named.",
  "Year 2022 from the text (`2022年省住建厅下达`) and the URL (202203).",
 ])
# ------------------------------------------------------------ 定州
OK = "正在顺利推进"
DOCS['dingzhou_2014_progress'] = dict(
 source="https://dingzhoudaily.com/dushi/2014-05-22/43022.html (定州日报 site, URL dated 2014-05-22; a news item `笔者从市住建局获悉` on the 城市主干道提升改造工程, one paragraph per road, ending with the photo caption `见习生刘鹏摄`; complete); pages corpus, stored excerpt 1668 bytes",
 kind="progress", partial=False, place="河北省定州市 (county-level city, under 保定 in 2014; provincially administered)", year=2014,
 tasks=[
  T(None, "中山路博陵街\u2500护城河段", "on_schedule", OK,
    note="First paragraph after the lead sentence. The road is worked in segments: `博陵街─护城河段` (south half's roadbed and gravel done, north side's storm drain backfilled 1190 m, footway `预计8月底完工`), `回民街段` (paving bricks 14000 m²) and `农机路段` (north half done, south half's roadbed trench finished); then `预计5月底完工,快车道通车时间预计为9月中旬`. I read 回民街段 and 农机路段 as further 中山路 segments (they follow in the same paragraph without a new road name), so one task. Work is partly done and continues → on_schedule, with the lead's verdict `我市城市主干道提升改造工程正在顺利推进`. The `─` between 博陵街 and 护城河 is U+2500 as stored. The 5月底/8月底/9月中旬 dates are forecasts (`预计`), not deadlines."),
  T(None, "兴定路南北两侧雨水管道已全部铺设完成", "on_schedule", OK,
    note="Second paragraph: storm drains on both sides laid, north half's roadbed and gravel done, pipes and resurfacing east of 明月街 `预计5月底前完成`, the part west of 明月街 and 自来佛街 waits for heat pipes. Components finished, works continuing → on_schedule (lead verdict). done would misread `已全部铺设完成`, which covers one component only."),
  T(None, "博陵街管道铺设已全部完成", "on_schedule", OK,
    note="Third paragraph: pipes laid, the east half north of 中山路 has roadbed and gravel done, completion `预计5月底` after the heat pipes → on_schedule (lead verdict). A different task from the 中山路 segment named `博陵街─护城河段`. The whole paragraph is one item, and textStartsWith (12 characters) runs into its first clause."),
  T(None, "清风街快车道改造及排水工程已完成", "on_schedule", "正在建设",
    note="Fourth paragraph: carriageway and drainage done, `两侧非机动车道和人行道铺装正在建设`, with quantities done, `预计5月底前完工` → on_schedule, stated in its own words (`正在建设`). done is wrong for the same reason as for 兴定路."),
  T(None, "兴华路管道铺设已完成", "on_schedule", OK,
    note="Fifth paragraph: pipes, base courses, the 明月街 junction's concrete surface and the carriageway all done; `剩余沥青混凝土面层和人行道铺装预计5月底完工` → on_schedule (lead verdict). The closing photo caption (`图为兴定路清风街至明月街路段施工现场`) is not a task."),
 ],
 summary=dict(printed=["我市城市主干道提升改造工程正在顺利推进"], counts={"on_schedule": 5},
   note="A city news item on five trunk roads under one upgrade programme; no count is printed. Each road gets its own paragraph with component-level progress, and each is still in construction."),
 notes=[
  "Tasks are the five roads, in printed order, one per paragraph (中山路, 兴定路, 博陵街, 清风街, 兴华路), number null. Each paragraph opens with the road's name, and textStartsWith is the paragraph's opening (the name alone is 3 characters).",
  "Status: the lead sentence's `正在顺利推进` covers the programme. For each road the paragraph lists finished components (`已全部完成`, `已完成`) next to unfinished ones and a `预计…完工` forecast, so every road is on_schedule, not done. Only 清风街 prints an explicit in-progress phrase of its own (`正在建设`); the others cite the lead verdict.",
  "No units, leaders or deadlines: 市住建局 is the reporter's source (`笔者从市住建局获悉`), not a task unit; every date is a forecast with `预计`.",
  "An earlier reader listed `定州 2013 trad (2 named groups)` as considered and not used; this is a different document (2014, 5 roads). 定州 is in neither taken.txt nor taken-stems.txt.",
 ])

for stem, d in DOCS.items():
    txt = norm(open(os.path.join(OUT, stem + '.txt'), encoding='utf-8').read())
    for t in d['tasks']:
        for s in [t['textStartsWith'], t['statusText'], t['deadline']] + t['lead'] + t['co'] + t['leaders']:
            if s: assert norm(s) in txt, (stem, s)
        assert (t['status'] is None) == (t['statusText'] is None), (stem, t['textStartsWith'])
    for s in d['summary']['printed']: assert norm(s) in txt, (stem, s)
    c = collections.Counter(t['status'] or 'null' for t in d['tasks'])
    assert dict(c) == d['summary']['counts'], (stem, c)
    out = dict(source=d['source'], kind=d['kind'], partial=d['partial'], place=d['place'], year=d['year'],
               taskCount=len(d['tasks']), tasks=d['tasks'], summary=d['summary'], notes=d['notes'])
    json.dump(out, open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(stem, len(d['tasks']), dict(c))
