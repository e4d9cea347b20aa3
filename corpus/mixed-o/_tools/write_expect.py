#!/usr/bin/env python3
"""Write the hand-made expectations (<stem>.expect.json). Every string here was read off the document text."""
import json, os
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def T(number, tsw, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=None):
    d = {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": list(leaders),
         "deadline": deadline, "status": status, "statusText": statusText}
    if note:
        d["note"] = note
    return d

cases = {}

# ---------------------------------------------------------------- 辽中区 2024 plan
LZ_CO23 = ["自然资源分局", "生态环境分局", "区发展改革局"]
cases["liaozhong_2024_plan"] = {
    "source": "http://www.liaozhong.gov.cn/zwgk/fdzdgknr/zfwj/slzzfwj/202401/t20240118_4592091.html (沈阳市辽中区人民政府, 沈辽中政发〔2024〕1号, published 2024-01-18; pages corpus, stored excerpt 1,999 bytes)",
    "kind": "plan", "partial": True, "place": "辽宁省沈阳市辽中区", "year": 2024,
    "tasks": [
        T("1", "加快构建具有辽中特色的现代化产业体系", ["区农业农村局"], ["区发展改革局", "区工业和信息化局", "沈阳近海经济区管委会"], [],
          note="责任领导 cell empty: the next printed line after the 配合单位 cell is row number 2; rows 2-4 print 冯冬昌 there"),
        T("2", "加快安徽节源、沈发废弃油脂等在建项目的建设进度", ["沈阳近海经济区管委会"], LZ_CO23, ["冯冬昌"],
          note="'安徽节源' is a company name inside the task text, not a place or unit"),
        T("3", "推动胜达再生塑料、敏实铝循环利用等一批项目的签约落地", ["沈阳近海经济区管委会"], LZ_CO23, ["冯冬昌"]),
        T("4", "聚焦装备制造及配套产业,扶持远程摩擦", ["区工业和信息化局"], ["沈阳近海经济区管委会", "各镇政府(街道办事处)"], ["冯冬昌"],
          note="'各镇政府(街道办事处)' kept whole as one collective unit"),
        T("5", "聚焦保税加工和现代物流产业,大力发展“保税+”新业态", [], [], [],
          note="task text complete, but the excerpt is cut in the 牵头单位 cell after '沈' (probably 沈阳近海经济区管委会); lead left empty, co and leader not visible"),
    ],
    "summary": "2024年政府工作报告主要工作任务分解表 (table 序号/主要工作举措/牵头单位/配合单位/责任领导), first section 一、做大做强主导产业; rows 1-5 visible, row 5 cut in its lead cell",
    "notes": "Table flattened to one cell per paragraph. Column order 牵头单位 → lead, 配合单位 → co, 责任领导 → leaders. Row 1 has no leader cell printed (empty cell), so leaders []. 配合单位 lists split on 、; the bare '自然资源分局'/'生态环境分局' are kept as printed (not expanded to 沈阳市自然资源局辽中分局). The 一、 heading is a section, not a task.",
}

# ---------------------------------------------------------------- 兰州 undated plan
cases["lanzhou_undated_plan"] = {
    "source": "http://fsou.com/html/text/lar/172182/17218205_4.html (law-mirror page 4 of a 兰州市 task-division text; pages corpus, stored excerpt 1,998 bytes)",
    "kind": "plan", "partial": True, "place": "甘肃省兰州市", "year": None,
    "tasks": [
        T("1", "在兰州设立综合配套改革试验区事宜", ["市发改委"], ["相关部门"], ["杨志武"]),
        T("2", "兰州市大气污染成因及防治对策研究项目", ["市环保局"], ["相关部门"], ["吴继德"]),
        T("3", "污水管网和污水处理厂项目", ["市建委"], ["相关部门"], ["吴继德"]),
        T("4", "兰州城市轨道交通项目", ["市建设局"], ["市发改委"], ["吴继德"],
          note="'市发改委配合' → co"),
        T("5", "国家新材料基地建设事宜", ["市工信委"], ["相关部门"], ["姚国庆"],
          note="the action text is cut at '争', but the item title and its '由…负责,…牵头,…配合' clause are complete"),
    ],
    "summary": "items N、<title> each followed by '由X副市长负责,<unit>牵头,<unit>配合,<actions>'; 5 items visible, no statuses or deadlines",
    "notes": "Each item is a title line (the task) and a body line. '由X副市长负责' → leaders [X] (the title 副市长 is not part of the name); 'U牵头' → lead; 'U配合' → co. The bare '相关部门' standing alone in the co slot is kept as a collective unit (it is not a trailing 等相关单位); dropping it is the alternative. Units like 环保部/国家发改委/建设部 in the body are outside bodies to liaise with, not task units. Year not printed in the stored part (content points to about 2008-2010; the 兰政发〔2010〕99号 分工方案 on another mirror may be the same document family, unverified) → undated.",
}

# ---------------------------------------------------------------- 鞍山 2024 plan
AS_G = ["各县(市)区政府", "各开发区管委会"]
cases["anshan_2024_plan"] = {
    "source": "http://www.anshan.gov.cn/html/ASSZF/202402/0170728695136485.html (鞍山市人民政府, 鞍政发〔2024〕1号, dated 2024-02-02; pages corpus, stored excerpt 1,991 bytes)",
    "kind": "plan", "partial": True, "place": "辽宁省鞍山市", "year": 2024,
    "tasks": [
        T("1", "地区生产总值增长6%", ["市发展改革委"], ["全市经济运行工作专班各部门"] + AS_G),
        T("2", "规模以上工业增加值增长6%", ["市工业和信息化局"], ["各相关部门"] + AS_G),
        T("3", "固定资产投资增长10%以上", ["市发展改革委"], ["各相关部门"] + AS_G),
        T("4", "社会消费品零售总额增长9%", ["市商务局"], AS_G),
        T("5", "一般公共预算收入增长10%以上", ["市财政局"], ["市税务局"] + AS_G,
          note="'市税务局等相关部门' → 市税务局 (等相关部门 dropped)"),
        T("6", "居民收入增长与经济增长基本同步", ["市发展改革委", "市农业农村局"], ["各相关部门", "各县(市)区政府"],
          note="责任单位 cut at '各开发区管委' (the third group is incomplete and left out)"),
    ],
    "summary": "2024年市《政府工作报告》任务分解和责任分工方案, section 一、经济社会发展的主要预期目标; items 'N.target。' each followed by label lines 牵头单位:/责任单位:; 6 items visible, 6th cut inside its 责任单位 line",
    "notes": "牵头单位 → lead, 责任单位 → co. In 责任单位 lines a ',' separates the department group from the area groups, and '、' splits 各县(市)区政府 from 各开发区管委会; each collective is kept whole. '全市经济运行工作专班各部门' and '各相关部门' are kept as collective units (standalone in the slot). All six items are indicator targets, but each is a numbered item with its own units, so each is a task. The cover notice and the 为全面贯彻… preamble are not tasks.",
}

# ---------------------------------------------------------------- 烈山区 2023 progress table
cases["lieshan_2023_progress"] = {
    "source": "https://www.lieshan.gov.cn/zwgk/public/37/63040125.html (淮北市烈山区人民政府办公室, 发布 2023-10-11; pages corpus, stored excerpt 1,999 bytes)",
    "kind": "progress", "partial": True, "place": "安徽省淮北市烈山区", "year": 2023,
    "tasks": [
        T("1", "开工建设古饶智慧农业产业园", ["古饶镇"], status="on_schedule", statusText="序时完成"),
        T("2", "盘活低效用地、废旧校舍、闲置村部等", ["古饶镇"], status="on_schedule", statusText="序时完成",
          note="the trailing 等 belongs to the task text, not to a unit list"),
        T("3", "办好石榴文化旅游节、地锅鸡美食文化节等特色节庆活动", ["烈山镇"], status="on_schedule", statusText="序时完成"),
        T("4", "全力保障市人民医院新院区投入使用", ["烈山镇"],
          note="row cut inside its 前三季度进展情况 cell ('…并开始陆'); the 完成状况 verdict is not visible → status null"),
    ],
    "summary": "2023年烈山区重点工作任务第三季度进展情况: table 序号/重点工作及责任分解内容/牵头责任单位/3季度目标任务/前三季度进展情况/前三季度完成状况; rows 1-3 have the verdict 序时完成, row 4 cut before its verdict",
    "notes": "Each row is flattened to one cell per paragraph, in column order. 牵头责任单位 (a 镇) → lead. The verdict column 前三季度完成状况 gives the status: '序时完成' (met the quarter's scheduled target) → on_schedule; 'done' is the alternative reading of 完成, but the verdict is against the 3季度 target, not the year's task. The 3季度目标任务 and 进展情况 cells are progress text, not deadlines. '淮北医疗集团' in row 4's progress cell is not a unit of the task.",
}

# ---------------------------------------------------------------- 营口 2021 report (traditional)
cases["yingkou_2021_report_trad"] = {
    "source": "https://daluzixun.com/news/1626226309472170 (third-party relay in traditional characters of a report on 营口市 2021年市级重点民生实事项目进展情况调度会; pages corpus, stored excerpt 1,651 bytes, whole page)",
    "kind": "report", "partial": True, "place": "辽宁省营口市", "year": 2021,
    "tasks": [
        T(None, "市中心醫院450平方米核酸檢測基地建設工程", status="done", statusText="已完工"),
        T(None, "主城區100處“口袋公園”建設工程", status="done", statusText="已完工"),
        T(None, "都市和農村道路改造工程", status="on_schedule", statusText="已開工"),
        T(None, "營口市醫療物資應急儲備庫工程", status="on_schedule", statusText="已開工"),
        T(None, "市第三人民醫院新建工程", status="on_schedule", statusText="已開工"),
        T(None, "改建育才幼儿園", status="on_schedule", statusText="已開工",
          note="whole item, 7 characters (note the simplified 儿 inside traditional text, as printed)"),
        T(None, "營口市全民健身建設工程", status="on_schedule", statusText="已開工"),
        T(None, "老舊社區改造工程", status="on_schedule", statusText="已開工"),
    ],
    "summary": "市发改委 reported: 2 sub-projects 已完工 (named), 12 sub-projects 已開工 of which 6 are named before '等12個子項目已開工'; no per-project units",
    "notes": "Status lists: '兩個子項目已完工,分別是A和B' → done; 'C、D、E、F、G、H等12個子項目已開工' → the six named ones get '已開工'. 已開工 is mapped to on_schedule (work under way, nothing says it lags); null is the alternative since 已開工 is not a verdict against a schedule. The other 6 started sub-projects are unnamed and not tasks. 市發改委 reports and '項目牽頭承辦單位' are generic, so lead [] for every task. Traditional-character relay kept as stored.",
}

# ---------------------------------------------------------------- 阿图什 2016 report (昆山援疆)
ON = "on_schedule"
cases["atushi_2016_report"] = {
    "source": "http://item.xjmsw.cn/yjzl/20160706/2016070618867.html (新疆民生网 援疆专栏 relay of a 昆山日报 report, 2016-07-06; pages corpus, stored excerpt 2,000 bytes)",
    "kind": "report", "partial": True, "place": "新疆克孜勒苏州阿图什市 (昆山对口援建项目)", "year": 2016,
    "tasks": [
        T(None, "昆山产业园污水处理厂(1万吨/天)", status="done", statusText="已完工"),
        T(None, "阿图什市人民医院分院建设项目", deadline="10月", status=ON, statusText="主体完工,正在进行配套设施建设",
          note="'计划10月竣工' → deadline 10月"),
        T(None, "阿图什市创业孵化基地", status="done", statusText="完工"),
        T(None, "阿图什市第三双语幼儿园", deadline="8月", status=ON, statusText="主体完工,正在进行配套建设",
          note="shares one clause with the 第四双语幼儿园: '两个项目主体完工,正在进行配套建设,计划8月竣工'"),
        T(None, "阿图什市第四双语幼儿园", deadline="8月", status=ON, statusText="主体完工,正在进行配套建设"),
        T(None, "阿图什市昆山第二小学(跨年度项目)", deadline="10月", status=ON, statusText="主体完工,正在进行配套建设"),
        T(None, "阿图什市安居富民工程(3700户)", status=ON, statusText="已开工建设3700户"),
        T(None, "阿图什市格达良乡戈壁农业示范工程", deadline="8月底", status=ON, statusText="正在建设中"),
        T(None, "阿图什市小微园区厂房及配套设施", deadline="8月底", status=ON, statusText="正在建设中"),
        T(None, "阿图什市工业园区基础设施", deadline="8月底", status=ON, statusText="正在建设中"),
        T(None, "阿图什市设施农、林业、农村改造及配套", deadline="8月底", status=ON, statusText="正在建设中",
          note="counted as one item as punctuated (',' separates the items, '、' is inside this one); the clause says '6个项目' but only 5 comma-separated names are printed, so this one may be two projects"),
        T(None, "阿图什市公安基础设施", deadline="8月底", status=ON, statusText="正在建设中"),
        T(None, "阿图什市人民医院分院配套项目", deadline="10月", status=ON, statusText="正在设备采购中",
          note="printed as '投资1000万元的阿图什市人民医院分院配套项目正在设备采购中,计划10月完成'"),
        T(None, "阿扎克乡铁提尔示范村建设", deadline="9月底", status=ON, statusText="正有序推进",
          note="its named parts (群众活动中心、葡萄文化长廊、天然气入户等项目建设) are treated as parts of this one task; '预计今年9月底示范村建设将完成' → deadline 9月底"),
    ],
    "summary": "昆山援疆 2016 project progress as of end of June: 续建项目全部复工建设 (category, no names), 11 new 工程类 projects named with statuses, one 采购类 project, and the 铁提尔示范村; no units per project",
    "lagging": [],
    "notes": "No per-project units: 昆山援疆工作组 pushes all projects, so lead [] everywhere. 已完工/完工 → done. '主体完工,正在进行配套(设施)建设,计划N月竣工' → on_schedule (under way, on its plan); 'good' or 'done' (for the main structure) are alternatives. '已开工建设3700户' (all 3700 started) → on_schedule. '6个项目正在建设中,计划8月底全部竣工' gives every item of that list 正在建设中 and deadline 8月底. Deadlines are the month as printed after 计划/预计. '阿图什市' is a place inside the project names, not a unit.",
}

for stem, c in cases.items():
    c["taskCount"] = len(c["tasks"])
    order = ["source", "kind", "partial", "place", "year", "taskCount", "tasks", "summary", "lagging", "notes"]
    out = {k: c[k] for k in order if k in c}
    with open(os.path.join(here, stem + ".expect.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(stem, c["taskCount"])
