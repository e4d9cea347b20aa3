#!/usr/bin/env python3
"""Write <stem>.expect.json for batch mixed-ax; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)
DOCS = {}
# ------------------------------------------------------------ 玉树
G = "已經(jīng)全面施工"
R = "已具備施工條件,計劃8月15日開(kāi)工建設(shè)"
rnote = ("One of the five projects named before `等12個(gè)項(xiàng)目已具備施工條件,計劃8月15日開(kāi)工建設(shè)`. Ready to start, start planned two days after the report: "
         "no verdict word and not yet under way → null. stalled (未开工) is the alternative for a reader who codes every not-started project; "
         "`計劃8月15日開工` is a planned start, not a deadline.")
DOCS['yushu_2010_progress_trad'] = dict(
 source="http://m.yogviha.cn/gn/2010/08-14/2467775.shtml (traditional-character spam mirror, with pinyin glosses, of a chinanews.com item of 2010-08-14, 記者何偉; complete item plus the chinanews footer); pages corpus, stored excerpt 1964 bytes",
 kind="progress", partial=False, place="青海省玉树藏族自治州 (玉树县结古镇; the projects are prefecture- and county-level, 州/县)", year=2010,
 tasks=[
  T(None, "扎西科路污水管道工程", "on_schedule", "正在烈日下加緊施工",
    note="The reporter's site visit: `100多名工人正在烈日下加緊施工`; the worker's `計劃8月底就完工了` is a forecast, not a deadline. A different project from the road 扎西科路(西同路) below (sewer pipe vs road). 北京援建單位 is the builder on site, not a task unit."),
  T(None, "扎西科路(西同路)", "on_schedule", G, note="First of `…等3條道路已經(jīng)全面施工` → on_schedule (works fully under way). Whole name, 9 characters."),
  T(None, "214國(guó)道巴塘段", "on_schedule", G, note="Second of the 3 roads; shared state `已經全面施工`. The gloss `(guó)` sits inside the name as stored."),
  T(None, "214國(guó)道當(dāng)代段", "on_schedule", G, note="Third of the 3 roads; shared state."),
  T(None, "110千伏變電所", "on_schedule", "也已全面開(kāi)工", note="`110千伏變電所也已全面開工` → on_schedule (started). Whole name, 8 characters."),
  T(None, "結(jié)古鎮(zhèn)自來(lái)水廠", None, None, note=rnote),
  T(None, "玉樹(shù)州公共衛(wèi)生服務(wù)中心", None, None, note="Second named project of the 12 ready to start → null (see 結古鎮自來水廠)."),
  T(None, "玉樹(shù)州第二民族中學(xué)", None, None, note="Third named ready-to-start project → null."),
  T(None, "玉樹(shù)縣污水處理廠", None, None, note="Fourth named ready-to-start project → null."),
  T(None, "玉樹(shù)州社會(huì)福利中心", None, None, note="Fifth named project, closed by `等12個項目`; the other 7 of the 12 are not named → not tasks."),
 ],
 summary=dict(printed=["第二批開(kāi)工項(xiàng)目共148個(gè)", "等12個(gè)項(xiàng)目已具備施工條件", "計(jì)劃安排總投資為162.86億元"],
   counts={"on_schedule": 5, "null": 5},
   note="A news item on the second batch (148 projects) of 玉树 earthquake reconstruction: one project seen on site, 3 roads and a substation under way, 5 named of 12 projects ready to start on 8月15日."),
 notes=[
  "Tasks are the individually named projects. Group states are copied to every member: `等3條道路已經全面施工` (3 roads) and `等12個項目已具備施工條件,計劃8月15日開工建設` (5 named).",
  "Ready-to-start projects are null, not stalled: the item reports them as prepared and scheduled, not as behind. A reader who codes 未开工 as stalled would code these 5 stalled.",
  "No units: 青海省住房和城鄉建設廳副廳長許國成 and the 指揮部 are informants; 北京援建單位 is the builder of one site. No leaders, no deadlines (all dates are forecasts or planned starts).",
  "Traditional-character spam mirror with pinyin glosses inside words (`頁(yè)`, `樹(shù)`); textStartsWith keeps the glosses as stored. The year 2010 comes from the URL path (2010/08-14) and the events (2010 玉树 earthquake, 第二批開工項目); the page footer `Copyright ©1999-2024` is the mirror's.",
  "The store kept the whole item (1,010 characters); the trailing footer is the mirror's, so partial is false.",
 ])
# ------------------------------------------------------------ 兴东镇
DOCS['xingdong_2025_progress'] = dict(
 source="http://www.vojs.cn/jsnews/1761877263322.shtml (江苏交广网 news item `聚焦项目建设彰显代表担当 兴化市兴东镇组织人大代表开展重点项目视察`, 2025-10-31, 来源:兴东镇/吴剑 杨洪江; complete item plus site footer); pages corpus, stored excerpt 1965 bytes",
 kind="progress", partial=False, place="江苏省泰州市兴化市兴东镇 (town)", year=2025,
 tasks=[
  T(None, "塔头村党群服务中心", "on_schedule", "主体工程竣工,正在抓紧装潢布置",
    note="`主体工程竣工,正在抓紧装潢布置`: main structure finished, fit-out under way → on_schedule. done is the alternative for a reader who counts 主体竣工 as finished."),
  T(None, "孙唐村首个农房改善集中区一期", "done", "已建成",
    note="`孙唐村3栋24户的农房改善集中区已建成,正在完善相关设施配套` → done (the houses are built; supporting facilities are being completed). on_schedule is the alternative."),
  T(None, "周韩村“傍花湾”农文旅项目", "on_schedule", "正抢抓工期,一片繁忙",
    note="Named in the visit list as `周韩村“傍花湾”农文旅项目`, its state under the longer name `周韩村“傍花湾”农文旅融合重点项目建设者正抢抓工期,一片繁忙` → on_schedule."),
  T(None, "兴东镇人大代表联络站", "done", "已建成投入使用",
    note="The sentence is split by a stray paragraph break after `依托周韩村“亲娘舅调解工作室”`; `兴东镇人大代表联络站已建成投入使用` → done."),
 ],
 summary=dict(printed=["镇重点项目建设推进情况", "年度“票选实事”完成进展"], counts={"done": 2, "on_schedule": 2},
   note="A town news item: 人大代表 visit four sites, each given a stage; the 票选实事 are mentioned but not named."),
 notes=[
  "Tasks are the four sites of the visit list; each has its own state sentence.",
  "No units: 镇人大主席刘德军 chairs the visit, he is not a task leader; 亲娘舅调解工作室 is what the liaison station is built on (`依托…`), not a separate project.",
  "The 年度“票选实事” are mentioned without names → not tasks.",
  "The store kept the item and most of the vojs.cn footer (radio hosts' names, copyright line); partial false because the article is complete.",
 ])
# ------------------------------------------------------------ 龙伏镇
DOCS['longfu_2018_report'] = dict(
 source="https://www.xiaomilidoc.com/p-4385426.html (文库 preview of `乡镇XX年一季度工作情况汇报`; the town is named in the text: `精美龙伏`, `推介龙伏`, `在浏阳`; cut at `村村第1页共1页`, the end of the free preview); pages corpus, stored excerpt 1433 bytes",
 kind="report", partial=True, place="湖南省长沙市浏阳市龙伏镇 (town; 浏阳 the county-level city is taken, the town is not)", year=2018,
 tasks=[
  T(None, "石柱峰景区开发事宜", None, None,
    note="`积极与浏阳文旅公司、北京磐融公司对接石柱峰景区开发事宜`: talks with two companies, no stage word → null. The companies are counterparts, not units."),
  T(None, "凤凰峡景区的公共配套设施", "done", "完善了",
    note="`完善了凤凰峡景区的公共配套设施` → done (reported as completed in the quarter)."),
  T(None, "污水处理厂", "on_schedule", "快速推进",
    note="`污水处理厂快速推进,目前完成基础底层混凝土浇灌` → on_schedule. Whole name, 5 characters."),
  T(None, "焦达峰故居布展方案", "on_schedule", "已经编制完成,进入了上报评审阶段",
    note="The exhibition plan is compiled and under review → on_schedule for the 布展 task. done is the alternative for a reader who takes the plan itself as the task."),
  T(None, "沈家大屋修缮设计方案", "on_schedule", "已经开始", note="`沈家大屋修缮设计方案已经开始` → on_schedule (design work started)."),
  T(None, "黄桥田园综合体", "on_schedule", "有力有序推进", note="First of four in `…等项目有力有序推进` → on_schedule. Whole name, 7 characters."),
  T(None, "沈家大屋田园综合体", "on_schedule", "有力有序推进", note="Second of the four; shared state. Different from 沈家大屋修缮设计方案 (restoration design) above."),
  T(None, "蒙华铁路", "on_schedule", "有力有序推进", note="Third of the four; a national railway whose local work (征拆/配合) the town reports; shared state. Whole name, 4 characters."),
  T(None, "3个安置区建设", "on_schedule", "有力有序推进", note="Fourth of the four (`3个安置区建设等项目`); one task, the three areas are not named. Whole item, 7 characters."),
 ],
 summary=dict(printed=["截止到3月15日完成财政总收入309万元", "共新增耕地约15公顷"], counts={"done": 1, "on_schedule": 7, "null": 1},
   note="A town's first-quarter work report (2018); section (一)项目引建 lists projects with a stage each; the excerpt stops at the start of section (二)."),
 notes=[
  "Tasks are the named projects in section (一). The 招商恳谈会 (an event held) and the 土地开发 result (`共新增耕地约15公顷,成功迎接了全市现场观摩`) are achievements, not named projects, and are left out; a reader who counts them would add two done items.",
  "The shared state `有力有序推进` is copied to the four members of the `、` list closed by `等项目`.",
  "No units, leaders or deadlines are printed. 浏阳文旅公司 and 北京磐融公司 are negotiating partners.",
  "Year 2018 from `2018年主要目标任务` (the title masks the year as `XX年`). Place from `精美龙伏`, `推介龙伏`, `在浏阳率先`, 焦达峰故居 and 沈家大屋 (both in 龙伏镇).",
  "Text has no paragraph breaks (文库 preview flattened); it ends with the preview marker `第1页共1页` after `村村`.",
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
