#!/usr/bin/env python3
"""Writes the five <stem>.expect.json files of this folder (hand annotation kept as data here)."""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def T(number, tsw, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=None):
    d = {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": list(leaders),
         "deadline": deadline, "status": status, "statusText": statusText}
    if note:
        d["note"] = note
    return d

docs = {}

# ---------------------------------------------------------------- 辽宁 2024 plan
LN_CO_END = ["各市人民政府", "省沈抚示范区管委会"]
docs["liaoning_2024_plan"] = {
 "source": "http://lctxcc.com/web/zwgkx/zfwj/szfwj/2024n/2024021811042573211/index.shtml (mirror of the 辽宁省人民政府 site path zwgkx/zfwj/szfwj; 辽政发〔2024〕3号 '辽宁省人民政府关于印发《2024年省〈政府工作报告〉重点工作分工方案》的通知', 2024-02-05; pages corpus, stored excerpt 2,000 bytes)",
 "kind": "plan", "partial": True, "place": "辽宁省 (province level)", "year": 2024, "taskCount": 5,
 "tasks": [
  T("1", "地区生产总值增长5.5%左右", ["省发展改革委"], ["省工业和信息化厅", "省农业农村厅", "省商务厅"] + LN_CO_END, ["王 健"],
    note="label lines 牵头领导/牵头单位/责任单位 under each numbered target; '…省商务厅等,各市人民政府,…' — '等' dropped, the ',' after 等 separates the department list from the two collective/area units; '王 健' printed with a justification space (the person is 王健), kept as printed"),
  T("2", "一般公共预算收入增长5%", ["省财政厅"], ["省税务局"] + LN_CO_END, ["王 健"],
    note="'省税务局等,各市人民政府,…' — 等 dropped; whole item is 12 characters"),
  T("3", "规模以上工业增加值增长5.5%", ["省工业和信息化厅"], ["省委军民融合办", "省发展改革委", "省农业农村厅", "省国资委"] + LN_CO_END, ["王利波"]),
  T("4", "固定资产投资增长10%", ["省发展改革委"], ["省工业和信息化厅", "省农业农村厅", "省商务厅", "省国资委"] + LN_CO_END, ["王 健"]),
  T("5", "社会消费品零售总额增长8%", [], [], ["靳国"],
    note="the stored excerpt ends at '牵头领导:靳国' — the leader's name is cut by the store's ~2,000-byte cap (the full name is probably longer); '靳国' is what this file holds. 牵头单位/责任单位 lines are lost, so lead/co are empty"),
 ],
 "summary": None,
 "layout": "national-style 分工方案 notice: cover letter, title, preamble, heading '一、今年全省经济社会发展的主要预期目标', then 'N.target。' followed by three indented label lines '牵头领导:' / '牵头单位:' / '责任单位:' (leader is a named vice-governor, not a role)",
 "tests": ["label lines after each numbered item", "leader names (王 健 with justification space, 王利波)", "责任单位 list mixing 、 and , with '等' before the comma", "collective units 各市人民政府", "item cut inside the leader line"],
 "notes": [
  "Province level: the place is 辽宁省 itself. Not on the taken list (盘锦/大洼/沈阳 etc. were seen but not used).",
  "The 2023 version (辽政发〔2023〕2号, 206843.jhzobq.asia mirror) has the same layout but '牵头领导:省政府分管领导同志' (a role, not a person); the 2024 one was preferred because it names leaders.",
  "责任单位 → co, because a separate 牵头单位 line exists for every item.",
  "No 完成时限 is stated for the five targets → deadline null.",
  "The heading '一、今年全省经济社会发展的主要预期目标' is a section, not a task.",
  "The text was retrieved twice (queries '辽宁 政府工作报告 任务分解 牵头领导…' and '辽政发〔2024〕3号 … 王健'); both copies are identical (_copyB/)."
 ]
}

# ---------------------------------------------------------------- 昆明 2023 民生实事 plan
KM_CO = ["各县(市)区人民政府", "滇中新区管委会", "各开发(度假)区管委会", "磨憨—磨丁合作区管委会"]
docs["kunming_2023_minshi_plan"] = {
 "source": "http://m.chuanshu.nancai.net/diaoyan/2023/0223/10270.html (news page reproducing the 昆明市人民政府办公室 notice of 2023-02-20 on the 责任分解 of the 10件惠民实事; pages corpus, stored excerpt 2,000 bytes)",
 "kind": "plan", "partial": True, "place": "云南省昆明市", "year": 2023, "taskCount": 4,
 "tasks": [
  T("一", "扩大优质教育资源", ["市教育体育局"], KM_CO, [], "2023年12月31日前",
    note="'一、 扩大优质教育资源。新增公办幼儿园40所,…' — a space follows '一、'; the item is a short title sentence plus targets; textStartsWith is the title (8 characters)"),
  T("二", "实施农村供水保障工程,提升3万农村人口供水保障水平", ["市水务局"], KM_CO, [], "2023年12月31日前"),
  T("三", "加大食品药品安全监管力度", ["市市场监管局"],
    ["各县(市)区人民政府", "市农业农村局", "滇中新区管委会", "各开发(度假)区管委会", "磨憨—磨丁合作区管委会"], [], "2023年12月31日前",
    note="a department (市农业农村局) sits between the collective units in 责任单位 — kept in printed order"),
  T("四", "促进城乡就业和深入实施全民参保计划", [], [], [], None,
    note="cut inside the target text ('基本养老保险参保人数465'); its 牵头单位/责任单位/完成时限 lines are lost"),
 ],
 "summary": {"scopes": [{"scope": "昆明市2023年10件惠民实事", "total": 10, "by_status": {}, "printed": ["10件惠民实事进行责任分解和立项督查"], "note": "10 stated; 4 visible in the stored excerpt"}]},
 "layout": "news lead paragraph, then list 'N、 title。targets' each followed by three label lines 牵头单位: / 责任单位: / 完成时限: (one line each, no indentation)",
 "tests": ["label lines incl. 完成时限", "collective units with ASCII parens '各县(市)区人民政府', '各开发(度假)区管委会' kept whole", "em-dash inside a unit name (磨憨—磨丁合作区管委会)", "space after the Chinese numeral '一、 '"],
 "notes": [
  "Place 昆明 is new to the corpus (status-y's README lists 昆明 2023 as considered for mixed-y but not used; mixed-y used none of it).",
  "责任单位 → co (a separate 牵头单位 line exists); 完成时限 → deadline verbatim '2023年12月31日前'.",
  "The stored text folded full-width parentheses to ASCII; units are written as stored ('各县(市)区人民政府').",
  "Source is a third-party news page (nancai.net), not the official km.gov.cn copy, which was not in the store.",
  "Retrieved twice with different queries (a 云南 十件民生实事 query and a query on the title/first item); identical."
 ]
}

# ---------------------------------------------------------------- 南昌县 2024 民生实事 plan
docs["nanchangxian_2024_minshi_plan"] = {
 "source": "https://m.taishandichan.com/ncx/ncxrmzf/zfzdgzu/202409/04fd78cce965476d9010f29b9bc74805.shtml (mirror of the 南昌县人民政府 site, path ncx/ncxrmzf; '关于下达2024年南昌县政府民生实事人大代表票决项目任务的通知', 生成日期 2024-03-16; pages corpus, stored excerpt 1,993 bytes)",
 "kind": "plan", "partial": True, "place": "江西省南昌市南昌县", "year": 2024, "taskCount": 4,
 "tasks": [
  T("一", "莲塘等片区20个排水单元雨污管网分流改造", ["县城管执法局"], ["江西洪城水业环保公司", "属地乡镇"], ["涂超"], None,
    note="label paragraphs 牵头领导: / 牵头单位: / 责任单位: / 任务目标: separated by blank lines; '2024年度计划…' in 任务目标 is the plan year, not a deadline; 属地乡镇 is a collective unit"),
  T("二", "10万平方米老旧小区改造项目", ["县城管执法局"], ["莲塘镇"], ["涂超"], None,
    note="stored damage: '责任单位:莲塘镇任务目标:2024年计划…' — the 责任单位 line and the 任务目标 line are glued; the unit is 莲塘镇 only"),
  T("三", "新建300个公共充电桩项目", ["县城管执法局"], ["县城投集团"], ["涂超"], None),
  T("四", "塘南等7个乡镇1000公里农村安全饮水管网铺设项目", [], [], [], None,
    note="only the title survives; the excerpt ends right after it"),
 ],
 "summary": {"scopes": [{"scope": "2024年县政府民生实事人大代表票决项目", "total": 12, "by_status": {}, "printed": ["投票决定的12项2024年县政府民生实事人大代表票决项目任务"], "note": "12 stated; 4 visible"}]},
 "layout": "government-site page furniture (索引号/发布机构 lines, '• 浏览量:' bullets), notice text, then per project 'N、title' paragraph followed by label paragraphs 牵头领导/牵头单位/责任单位/任务目标",
 "tests": ["牵头领导 label with a person", "blank-line separated label paragraphs", "two labels glued on one line ('莲塘镇任务目标:')", "task title is a project name; the target is in a separate 任务目标 paragraph", "enterprise as a unit (江西洪城水业环保公司, 县城投集团)"],
 "notes": [
  "Stem 'nanchangxian' = 南昌县 (a county of 南昌市), to keep it apart from the city; neither is on the taken list. 新建区 (xinjianqu, also 南昌) is taken but is a different district; its 2024 progress table was seen and not used.",
  "textStartsWith is the project title; the 任务目标 paragraph is treated as the task's detail, not a separate task.",
  "No 完成时限 label; '2024年度计划' / '2024年计划' are plan-year statements, not deadlines → deadline null.",
  "Source is a mirror host (taishandichan.com) serving the 南昌县政府 path; the official ncx.gov.cn copy was not in the store.",
  "Retrieved twice (a 江西 民生实事 分工 query and a query on the first project and 涂超); identical."
 ]
}

# ---------------------------------------------------------------- 毕节 2017 notice
DONE = ("done", "已全面完成目标任务")
docs["bijie_2017_notice"] = {
 "source": "https://yangtze.silkroadinfo.org.cn/2020/0921/c485a4283635/page.htm (reposted 2020-10-13; '来源:毕节市发展和改革委员会 2017/12/14' — '毕节市2017年度十件民生实事 1-11月推进情况通报'; pages corpus, stored excerpt 1,996 bytes)",
 "kind": "notice", "partial": True, "place": "贵州省毕节市", "year": 2017, "taskCount": 14,
 "tasks": [
  T(None, "市第二人民医院", status=DONE[0], statusText=DONE[1], note="first of six named examples of '…等17项已全面完成目标任务'; whole item (7 characters)"),
  T(None, "市公共卫生中心", status=DONE[0], statusText=DONE[1], note="whole item (7 characters)"),
  T(None, "农村危房改造", status=DONE[0], statusText=DONE[1], note="whole item (6 characters)"),
  T(None, "处置隐患路段", status=DONE[0], statusText=DONE[1], note="whole item (6 characters); the same work appears again as a sub-target of 实事二 ('处置隐患路段158…'), which is annotated separately as 实事二"),
  T(None, "退耕还林", status=DONE[0], statusText=DONE[1], note="whole item (4 characters)"),
  T(None, "城乡居民基本养老保险", status=DONE[0], statusText=DONE[1], note="last named item before '等17项' — 6 of the 17 are named"),
  T(None, "易地扶贫搬迁", note="'易地扶贫搬迁、新增城市公厕等8项完成进度80%以上' — a progress band, no status word → null; whole item (6 characters)"),
  T(None, "新增城市公厕", note="same 80%-band group → null; whole item"),
  T(None, "农村饮水安全巩固提升工程", note="'…等项完成进度低于80%' — below 80% of the year's work, but the notice does not call it late (no 滞后/缓慢/未达序时) → null"),
  T(None, "乡村农民体育健身工程", note="printed '乡村农民体育健身工程3等项' — the count is misplaced (read '等3项'); the '3' is not part of the item; status null as the item above"),
  T(None, "毕节民族中学从省级三类申二类", status="stalled", statusText="申报工作暂时停止",
    note="'…因省修订完善评估方案,申报工作暂时停止' — work halted → stalled (FORMAT: 暂未开展/未启动 family); the cause is external, recorded here"),
  T(None, "市实验高中和赫章一中申报省级示范性高中", status="stalled", statusText="申报工作暂时停止",
    note="kept as one item: '市实验高中和赫章一中' share one predicate '申报省级示范性高中'; a reader could split it into two applications (市实验高中 / 赫章一中) — judgement call"),
  T("一", "减少农村贫困人口23.48万人", ["市扶贫办"], [], [], None, "on_schedule", "按计划稳步推进",
    note="'实事一:…(牵头单位:市扶贫办)' then '完成情况:…各项工作按计划稳步推进' → on_schedule (按计划 ≈ 按序时); number from '实事一'"),
  T("二", "开工建设毕节城市现代有轨电车项目", [], [], [], None, None, None,
    note="'实事二:' — cut inside the target list ('处置隐患路段158'); no unit, no progress text survives"),
 ],
 "summary": {"scopes": [{"scope": "十件民生实事 (30项)", "total": 30,
   "by_status": {"done": 17},
   "printed": ["全市十件民生实事共涉及30项", "其中市直单位负责实施的7项,县区负责实施的23项", "17项已全面完成目标任务", "8项完成进度80%以上", "3等项完成进度低于80%", "申报工作暂时停止"],
   "note": "only 17 已全面完成 is a status; 8项完成进度80%以上 and 3项完成进度低于80% are progress bands without a status word. 17 + 8 + 3 = 28; the remaining 2 are presumably the halted school applications (毕节民族中学 …; 市实验高中和赫章一中 …), which would support annotating them as two items. '截至10月' although the title says 1-11月."}]},
 "layout": "通报 from a 发改委: '一、总体情况' prose with four 、-lists each ending in '等N项' + a status/progress phrase; then '二、任务推进情况' with '实事一:target。(牵头单位:X)' and a '完成情况:' paragraph",
 "tests": ["、-lists with '等N项' and a status phrase after the count", "progress bands (80%以上 / 低于80%) that are not status words", "misplaced count '3等项'", "halted work → stalled", "'实事一:' numbering with an inline '(牵头单位:X)'", "status phrase inside a long 完成情况 paragraph"],
 "notes": [
  "Kind notice (推进情况通报).",
  "Only six of the 17 done items, two of the 8 and two of the 3 are named; counts are recorded in summary, not as tasks.",
  "Place is new (贵州 used so far: 安顺, 黔东南).",
  "Double spaces inside the 实事一 paragraph ('全市  61个', '农户  40余万户') are kept as stored.",
  "Retrieved twice (a 贵州 重点民生实事 query and the title); identical."
 ]
}

# ---------------------------------------------------------------- 乌鲁木齐 2014 report
OVER = ("done", "均超额完成年度目标任务")
HEAD = ("done", "当年完成的 97 件实事")
docs["wulumuqi_2014_report"] = {
 "source": "http://wulumuqi.baogaosu.com/xinwen/%E4%B8%AA/28021318/ (regional news aggregator, dated 29.12.2014: '乌鲁木齐市改善民生10个方面100件实事办理工作情况'; pages corpus, stored excerpt 1,998 bytes)",
 "kind": "report", "partial": True, "place": "新疆维吾尔自治区乌鲁木齐市", "year": 2014, "taskCount": 8,
 "tasks": [
  T("一", "完善社区就业服务体系", status=OVER[0], statusText=OVER[1], note="'一是…' items separated by ';'; status from '上述6项实事均超额完成年度目标任务' (超额完成 → done), and all items sit under the heading '一、当年完成的 97 件实事'"),
  T("二", "强化就业技能、岗位技能和创业能力培训", status=OVER[0], statusText=OVER[1], note="internal 、 not split"),
  T("三", "完成安置城镇人员就业8.92万人", status=OVER[0], statusText=OVER[1]),
  T("四", "开展农村富余劳动力转移就业工作", status=OVER[0], statusText=OVER[1]),
  T("五", "推进城乡低收入群体重特大疾病医疗救助工作", status=OVER[0], statusText=OVER[1], note="long item: figures, then '同时,制定了《…“救急难”试点实施方案》' — all one item"),
  T("六", "改善老年活动场所条件", status=OVER[0], statusText=OVER[1], note="last of the six covered by '上述6项实事均超额完成年度目标任务'"),
  T("七", "落实积极的就业政策", status=HEAD[0], statusText=HEAD[1], note="after the '上述6项' sentence: no own status word; done from the section heading '一、当年完成的 97 件实事'"),
  T("八", "建设完成了50个基层公共就业服务所(站)", status=HEAD[0], statusText=HEAD[1], note="cut ('进一步提'); done from the section heading"),
 ],
 "summary": {"scopes": [{"scope": "10个方面100件实事", "total": 100, "by_status": {"done": 97, "multi_year": 3},
   "printed": ["100件实事已全部落实", "除按计划需跨年度实施建设的3件实事,其余97件实事均已完成", "上述6项实事均超额完成年度目标任务"],
   "note": "sub-scope '(一)促进就业和提高社会保障水平方面 15' — 15 items stated (the word 件/项 lost after 15), 8 visible"}]},
 "layout": "year-end news report: totals paragraph, heading '一、当年完成的 97 件实事', sub-heading '(一)…方面 15', then one long paragraph of '一是…;二是…;…' items with a group status sentence after the sixth item",
 "tests": ["一是…二是… items in one paragraph", "group status sentence after a run of items ('上述6项实事均超额完成年度目标任务')", "status from a section heading for items after that sentence", "stray count after a sub-heading ('方面 15')", "no units named"],
 "notes": [
  "Kind report (year-end progress report in news form); no 承办单位 is named for any item → lead/co empty.",
  "超额完成年度目标任务 → done (year-end), as in the shared status README.",
  "Items 七 and 八 take done from the heading; their statusText is the heading's words.",
  "Place new: 新疆 had no case so far.",
  "Retrieved twice (a 新疆 惠民实事 query and the title); identical."
 ]
}

for stem, d in docs.items():
    assert d["taskCount"] == len(d["tasks"]), stem
    with open(os.path.join(HERE, stem + ".expect.json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
print("wrote", len(docs))
