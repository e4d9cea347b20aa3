#!/usr/bin/env python3
"""Write <stem>.expect.json for batch mixed-av; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- 荥经
DOCS['yingjing_undated_progress'] = dict(
 source="http://bid.caigoupt.com/info-238996907.html (tender-portal copy of a news item `四川雅安紧盯目标不放松 纵深推进交通工程建设` on the 荥经县交通运输局's year; the portal masks the year and most figures with `*`); pages corpus, stored excerpt 866 bytes, complete",
 kind="progress", partial=False, place="四川省雅安市荥经县 (county)", year=None,
 tasks=[
  T(None, "雅西路面整治工程", "done", "雅西路面整治工程完工",
    note="Under `重大项目推动有效`; `完工` → done."),
  T(None, "邛芦荥、乐荥省重扩容工程", "on_schedule", "前期工作加快推动",
    note="`邛芦荥、乐荥省重扩容工程` names two roads sharing the suffix (邛崃–芦山–荥经 and 乐山–荥经); split into two tasks. Both are in preparations (`规划配套资金**.*亿,前期工作加快推动`): coded on_schedule because the document says the preparations are being pushed (`加快推动` = 正在推进) and states no delay; stalled is the alternative for a reader who codes any not-yet-started project as 未开工."),
  T(None, "乐荥省重扩容工程", "on_schedule", "前期工作加快推动",
    note="Second road of the pair; same preparations sentence → on_schedule (stalled alternative)."),
  T(None, "省道***线青龙至雨城望鱼段工程", "on_schedule", "主体工程至**%",
    note="Under `重点项目亮点突出`; main works at a (masked) percentage → under way, on_schedule. The road number and the percentage are masked by the copying portal; kept as stored."),
  T(None, "省道***线泗坪至牛背山工程", "on_schedule", "积极探索大熊猫国家公园准入",
    note="Preparations: still seeking admission into the 大熊猫国家公园. Coded on_schedule (work actively pursued, no delay word, listed among the 亮点); stalled is the alternative (construction not begun)."),
  T(None, "省道***线五宪至龙苍沟工程", "on_schedule", "修订稿编制中",
    note="Preparations: a revised draft (of the plan/study) is being compiled. on_schedule for the same reason; stalled alternative."),
  T(None, "国道***线雨城至泗坪工程", "on_schedule", "初步确定路线",
    note="Preparations: route provisionally fixed. on_schedule (a preparation milestone reached); stalled alternative."),
  T(None, "撤并建制村畅通", "done", "全面完工",
    note="Under `节点目标提前实现`: `撤并建制村畅通、通组道路改建、铁索桥改公路桥全面完工` — one shared verdict for three works → done. Whole item name, 7 characters."),
  T(None, "通组道路改建", "done", "全面完工", note="Second of the three; shared `全面完工` → done. Whole item name."),
  T(None, "铁索桥改公路桥", "done", "全面完工", note="Third of the three; shared `全面完工` → done. Whole item name."),
 ],
 summary=dict(printed=["重大项目推动有效", "重点项目亮点突出", "节点目标提前实现"],
   counts={"done": 4, "on_schedule": 6},
   note="Three verdict-headed groups (重大项目 / 重点项目 / 节点目标) in one paragraph; no totals are printed. `全年新改建农村公路**.*公里` is a sector quantity, not a named task."),
 notes=[
  "Place: the text names 荥经县交通运输局 and the headline names 雅安; 荥经 is a county of 雅安 (宝兴, another 雅安 county, is taken; 荥经 is not).",
  "Year: masked by the portal (`****年`), so the stem is `undated`. The projects (大熊猫国家公园 admission, 撤并建制村畅通) suggest about 2020–2021.",
  "Units: the 荥经县交通运输局 is the reporting body; no unit is printed against a project, so lead/co are [] throughout. A reader who credits every project to it would put `荥经县交通运输局` in lead for all ten.",
  "Preparation-stage projects (tasks 2–3, 5–7) are coded on_schedule; see each note for the stalled alternative.",
  "Masked digits (`***`, `**.*`, `**%`) are kept as stored in every annotated string.",
 ])

# ---------------------------------------------------------------- 新平
DOCS['xinping_undated_report'] = dict(
 source="https://98523.com/fanwen/gongzuozongjie/jianshegongzuozongji/201112/128400_2.html (范文 site, page 2 of a county 水利 工程建设 work summary; every year is blanked to a space, e.g. ` 年4月20日`, `新发改复字〔 〕87号`); pages corpus, stored excerpt 1998 bytes, starts and ends mid-text",
 kind="report", partial=True, place="云南省玉溪市新平彝族傣族自治县 (county)", year=None,
 tasks=[
  T("2", "二期工程建设方案于", "done", "全部完成建设任务,目前正在进行竣工结算",
    note="Item `2、` of a section whose heading is before the excerpt (probably a 小型农田水利 or 土地整治 project with a 一期 in item 1). Works in 扬武镇丁苴 and 腰街镇曼蚌; ` 年7月底全部完成建设任务,目前正在进行竣工结算` → done. The text opens with the cut tail `全部完工。` of the previous item, whose name is lost; it is not counted as a task."),
  T("二", "建兴马鹿集镇片区土地整治排水沟渠项目工程", "done", "于5月1日全部完工",
    note="`(二)` heading; `于5月1日全部完工,…目前正等待验收` → done (awaiting acceptance). The `完成任务的 0%` figure has lost a digit (blanked like the years, probably 100%); kept as stored. 县发改委 approved the project (`批复兴建`); an approver is not a unit of the task."),
  T("三", "马鹿集镇供水工程黑马箐水库工程", "done", "工程按批复内容全部完成",
    note="`(三)` heading; `工程按批复内容全部完成,目前工程正在进行竣工资料整编` → done."),
  T("四", "光山河水库除险加固工程建设", None, None, lead=["县水利局", "光山河水库建设管理局"],
    note="`(四)` heading; the excerpt stops at `于 年1月20日开工,` before any state → null (on_schedule only if one assumes the works went on). The two bodies `在县水利局和光山河水库建设管理局认真组织管理下` run the works, so they are recorded as lead; a reader who reads them as background would leave lead empty. 中央、省、市、县各级领导 are not units."),
 ],
 summary=dict(printed=[], counts={"done": 3, "null": 1},
   note="No totals in the stored part; it is the middle of a 工程建设 section of a work summary."),
 notes=[
  "Place: not printed on this page. Inferred as 新平县 from 扬武镇 and 腰街镇 (both towns of 新平), the approval numbers `新发改复字` (新平 发改委) and `玉水管复` (玉溪 水利). 新平 appears in status-b's README only as a candidate seen and not used.",
  "Year: every year is blanked by the 范文 site (` 年`, `〔 〕`, `〔20 〕`), so the stem is `undated`; the page path says 2011-12, so the summary is from about 2011.",
  "Numbering: one arabic item (`2、`) from the cut first section and three `(二)…(四)` section headings, each a single project; numbers are recorded as printed (`2`, `二`, `三`, `四`).",
  "Approvers (云南省水利厅, 云南省财政厅, 县发改委) are not units; only task 4 names the bodies that carry out the work.",
 ])

# ---------------------------------------------------------------- 泰兴
DOCS['taixing_2018_progress_trad'] = dict(
 source="http://www.abcjf.cn/html/news/taixing/2018/0427/102699.html (traditional-character mirror, in a `taixing` news column, dated 2018-04-27 by its path; the reporter line is garbled `。ㄓ浾 周偉 邱婧)`); pages corpus, stored excerpt 836 bytes, complete",
 kind="progress", partial=False, place="江苏省泰州市泰兴市 (county-level city)", year=2018,
 tasks=[
  T(None, "飛鳳小區建于2002年", "on_schedule", "也正在加緊進行",
    note="The first 老小区 named; its paragraph gives the problems and the 248萬元 budget but no stage. The next sentence `同樣在三泰新村一區,改造工程也正在加緊進行` (`同樣…也`) says the 飛鳳 works are also under way → on_schedule, statusText the shared words. null is the alternative for a reader who wants a stage in 飛鳳's own sentence."),
  T(None, "三泰新村一區,改造工程", "on_schedule", "改造工程也正在加緊進行",
    note="`有望9月底完成改造任務` is a forecast, not a deadline."),
  T(None, "文昌苑", "on_schedule", "也已全面啟動",
    note="First of the two named in `文昌苑、銀杏新村四區等4個老小區改造工程也已全面啟動` → started, on_schedule. Whole item name (3 characters). The other two of the 4 are not named."),
  T(None, "銀杏新村四區", "on_schedule", "也已全面啟動", note="Second named member of the `等4個` group → on_schedule. Whole item name."),
 ],
 summary=dict(printed=["等4個老小區改造工程也已全面啟動", "每年有計劃地改造老舊小區5到6個"],
   counts={"on_schedule": 4},
   note="Only 2 of the `4個` started 老小区 are named; 2 more are counted but unnamed and are not tasks."),
 notes=[
  "Place: `我市` with 三泰新村 (三泰 = 泰兴) in a mirror column named `taixing`; 泰兴 is a county-level city of 泰州. 泰兴 appears in other READMEs only as a candidate seen and not used.",
  "Scrape damage kept as stored: the opening `| 。ㄓ浾` (a garbled `(記者`), the trailing ` |`, and the blanks between paragraphs.",
  "Units: `我市住建部門` is named for the yearly survey, not against any project; lead/co are [] throughout.",
  "All four projects are under way; none is done.",
 ])

# ---------------------------------------------------------------- 皮山
DOCS['pishan_2017_progress_trad'] = dict(
 source="pages corpus, no URL stored (traditional-character copy of a 统一战线 column item `安徽省援疆十大重點項目集中交付運營儀式舉行`, text by 鄭莉、鄭重, editor 李晨陽); stored excerpt 1081 bytes, complete",
 kind="progress", partial=False, place="新疆维吾尔自治区和田地区皮山县 (county)", year=2017,
 tasks=[
  T(None, "皮山縣人民醫院", "done", "本次交付使用",
    note="First of the `本次交付使用的10個援建項目為A、B、C、D等` list: handed over and in operation (`集中交付運營`) → done. Whole item name."),
  T(None, "皮山縣公共文化中心", "done", "本次交付使用", note="Second named project of the handed-over list → done."),
  T(None, "新城區客運樞紐站", "done", "本次交付使用", note="Third named project → done."),
  T(None, "婦幼保健站業務用房", "done", "本次交付使用", note="Fourth named project → done. The other 6 of the 10 are not named."),
 ],
 summary=dict(printed=["本次交付使用的10個援建項目", "本年度援建皮山縣的42個援疆項目全部開工建設", "實施援疆項目94個(類)"],
   counts={"done": 4},
   note="10 projects handed over, 4 named; the 42 projects of the year are all started (a count, no names)."),
 notes=[
  "Year: the item says `2018年度援疆項目投資計劃編制…已經啟動` and `本年度…42個援疆項目全部開工建設`, so it is from late 2017.",
  "Units: 安徽省 (and its 發改委, the informant) is the partner province, not a unit of the tasks; no unit is printed against any project.",
  "No URL: the pages corpus returned this excerpt without an address; status-bl's README records the same (`皮山 2017 援疆 (no URL stored)`) and did not use it.",
 ])

# ---------------------------------------------------------------- 城中区
DOCS['chengzhong_2021_progress'] = dict(
 source="https://house.focus.cn/author/155486984/newslist/44 (an author's news-list page on 焦点房产; three blurbs, the third on 西宁市城中区城乡建设局); pages corpus, stored excerpt 779 bytes, complete",
 kind="progress", partial=False, place="青海省西宁市城中区 (district)", year=2021,
 tasks=[
  T(None, "解放路", "done", "已完成沥青铺设并通车",
    note="`解放路、香房巷已完成沥青铺设并通车` → done (paved and open to traffic). Whole item name (3 characters)."),
  T(None, "香房巷", "done", "已完成沥青铺设并通车", note="Second of the pair → done. Whole item name."),
  T(None, "大同街", "on_schedule", "已完成水稳层铺设,目前在开展养护工作",
    note="Base course laid, now curing (`养护`) before the surface → under way, on_schedule. Whole item name."),
  T(None, "自新巷", "on_schedule", "已完成水稳层铺设,目前在开展养护工作", note="Second of the pair → on_schedule. Whole item name."),
 ],
 summary=dict(printed=["围绕老旧小区改造、道路雨污分流等项目稳步推进"],
   counts={"done": 2, "on_schedule": 2},
   note="The first two blurbs are national figures (老旧小区 5.47万个, 31省份 房地产 investment) and hold no tasks."),
 notes=[
  "Place: 西宁市城中区 is printed. 西宁 the city is taken; 城中区 is a district inside it and not taken. The stem `chengzhong` is not in use (柳州 also has a 城中区; this one is 西宁's).",
  "Year: the page's first blurb is about 2021年1—11月, and the 城中区 blurb sits with it (`我为群众办实事` was the 2021 campaign), so 2021.",
  "Units: 西宁市城中区城乡建设局 is the reporting body; no unit is printed against a road, so lead/co are [] (a reader who credits all four to it would put it in lead).",
  "`老旧小区改造、道路雨污分流` are the programme areas the roads belong to, not separate tasks with a stage.",
 ])

for stem, d in DOCS.items():
    with open(os.path.join(OUT, stem + '.txt'), encoding='utf-8') as fh:
        text = norm(fh.read())
    for t in d['tasks']:
        for k in ('textStartsWith', 'statusText', 'deadline'):
            if t.get(k):
                assert norm(t[k]) in text, (stem, k, t[k])
        for u in t['lead'] + t['co'] + t['leaders']:
            assert norm(u) in text, (stem, u)
        assert (t['status'] is None) == (t['statusText'] is None), (stem, t['textStartsWith'])
    for p in d['summary'].get('printed') or []:
        assert norm(p) in text, (stem, p)
    c = collections.Counter(t['status'] or 'null' for t in d['tasks'])
    if d['summary'].get('counts'):
        assert dict(c) == d['summary']['counts'], (stem, dict(c))
    exp = {'source': d['source'], 'kind': d['kind'], 'partial': d['partial'], 'place': d['place'], 'year': d['year'],
           'taskCount': len(d['tasks']), 'tasks': d['tasks'], 'summary': d['summary'], 'notes': d['notes']}
    with open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print(stem, len(d['tasks']), dict(c))
