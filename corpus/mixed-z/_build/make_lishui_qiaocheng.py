import json
def T(number, tsw, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=None):
    d = {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": list(leaders),
         "deadline": deadline, "status": status, "statusText": statusText}
    if note: d["note"] = note
    return d
def dump(stem, obj):
    obj["taskCount"] = len(obj["tasks"])
    keys = ["source","kind","partial","place","year","taskCount","tasks","summary","lagging","layout","tests","ambiguities","notes"]
    out = {k: obj[k] for k in keys if k in obj}
    json.dump(out, open('/work/staging4/mixed-z/%s.expect.json' % stem, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

# ---------------- 丽水 2023 plan
L4co = ["市经信局","市科技局","市财政局","市自然资源局","市生态环境局","市建设局","市交通运输局","市水利局","市农业农村局","市文广旅体局","市卫生健康委"]
dump("lishui_2023_plan", {
 "source": "https://www.lishui.gov.cn/art/2023/7/11/art_1229738349_57348087.html (丽水市人民政府门户网站, 专题 '2023市政府重点工作(已归档)', page dated 2023-07-11; pages corpus, stored excerpt 2,000 bytes)",
 "kind": "plan", "partial": True, "place": "浙江省丽水市", "year": 2023,
 "tasks": [
  T("1","生产总值增长6%以上,高质量前提下能快则快",["市发改委"], note="whole item '生产总值增长6%以上,高质量前提下能快则快。'; label line '责任单位:市发改委' after a blank line"),
  T("2","规上工业增加值增长8%",["市经信局"], note="whole item (12 characters)"),
  T("3","研发投入强度达到2.3%",["市科技局"], note="whole item (12 characters)"),
  T("4","固定资产投资增长10%",["市发改委"],L4co, note="12 units under one '责任单位:' label, followed by the bracket '(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)': first unit → lead, the other 11 → co; the bracket itself is not a unit. Whole item (11 characters)"),
  T("5","社会消费品零售总额增长5%,外贸出口增长5%",["市商务局"], note="two indicators in one item, one unit"),
  T("6","城乡居民收入增速保持全省领先",["市人力社保局","市农业农村局"], note="'责任单位:市人力社保局、市农业农村局分别牵头' — '分别牵头' (each leads its own part) → both lead, no co; the suffix 分别牵头 is not part of the unit name"),
  T("7","一般公共预算收入与经济增长基本同步",["市财政局"]),
  T("8","居民消费价格涨幅控制在3%以内",["市发改委"]),
  T("9","城镇新增就业、节能减排降碳完成省定任务",["市人力社保局","市发改委"], note="'市人力社保局、市发改委分别牵头' → both lead; the 、 inside the task text joins two indicators and is not a split point"),
  T("10","实施招商引资“百千”行动",["市双招双引办"],["市发改委","市经信局","各县(市、区)政府","丽水开发区管委会"], note="under section heading '(一)全力以赴拼经济稳增长促发展。' (a section, not a task); '责任单位:市双招双引办、市发改委、市经信局,各县(市、区)政府、丽水开发区管委会' — first unit → lead by the 列第一位 rule stated under item 4 ('下同'); the rest → co; '各县(市、区)政府' kept whole as a unit group (its 、 is inside the bracket); ',' and '、' both separate units here"),
 ],
 "summary": None, "lagging": [],
 "layout": "archived topic page: breadcrumb, title '市政府工作报告重点工作责任分解(2023年)', date line, then heading '一、全市经济社会发展主要预期目标', numbered items '1.…' each followed (after a blank line) by a label line '责任单位:…'; heading '二、重点抓好六方面工作' and sub-heading '(一)…' before item 10; no cover notice",
 "tests": "single '责任单位:' label whose first unit is the lead only because of a rule stated once in a bracket after item 4 ('列第一位为牵头或汇总单位,下同'); '分别牵头' suffix making every listed unit a lead; rule bracket glued to the end of a unit list; mixed ',' and '、' separators; collective unit group with an inner 、 in brackets; section headings (一、 / 二、 / (一)) that are not tasks; last item cut inside its label",
 "ambiguities": "Items 1–3 precede the rule bracket; they have a single unit each, so the rule makes no difference. The rule bracket says '除标注“分别牵头”外,列第一位为牵头或汇总单位' — 牵头 OR 汇总 (lead or collecting unit); the first unit is recorded as lead. Without that bracket, a reader following FORMAT ('牵头(责任)单位:' lists go to lead) would put all units of items 4 and 10 in lead; that is the alternative reading.",
 "notes": [
  "Partial: the store cut the page inside item 11's label ('责任单位:市'); item 11's text is complete but its unit assignment is cut, so it is not counted (plans README / plans-new rule).",
  "No leaders and no deadlines are printed; all status null (plan).",
  "Retrieved twice by separate searches with different queries ('(牵头单位:市发展改革委;责任单位:…)' and '丽水市政府工作报告重点工作责任分解 2023年 …'); both answers are identical (2,000 bytes); see _raw/A_ and _raw/B_.",
  "丽水 is not on the taken-places list; 浙江 is over-represented in earlier rounds, but this is a 责任单位-only label layout with the 列第一位 rule in a bracket, which no earlier case has."
 ]
})

# ---------------- 谯城 2025 plan
ZX = "各乡镇人民政府、街道办事处"
dump("qiaocheng_2025_plan", {
 "source": "https://bzqc.gov.cn/OpennessContent/show/2830307.html (亳州市谯城区人民政府信息公开, '谯城区2025年政府工作报告重点工作任务分解表', 发布 2025-03-28, 信息来源 谯城区委督查考核办; pages corpus, stored excerpt 1,998 bytes)",
 "kind": "plan", "partial": True, "place": "安徽省亳州市谯城区", "year": 2025,
 "tasks": [
  T("1","地区生产总值增长6.5%左右",["区发改委"],["区政府各部门",ZX,"谯城经开区管委会","魏武国控集团"], note="row '1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。' — cells separated by single spaces; 主要责任单位 → lead, 协同配合单位 → co; the co cell ends in '。' (not part of the last unit)"),
  T("2","一般公共预算收入增长5%左右",["区财政局","区税务局"],["区政府有关部门",ZX,"谯城经开区管委会","魏武国控集团"], note="the 主要责任单位 cell holds two units on two lines ('区财政局' / '区税务局') → both lead; the co cell starts on the third line"),
  T("3","固定资产投资增长7.5%左右",["区发改委"],["区工信局","区住建局","区交通局","区水利局","区农业农村局","区教育局","区卫健委",ZX,"谯城经开区管委会","魏武国控集团"], note="co cell mixes '、' (between bureaus) and ',' (between groups)"),
  T("4","社会消费品零售总额增长8.2%左右",["区商务局"],["区发改委","区市场监管局"]),
  T("5","规模以上工业增加值增长10%左右",["区工信局"],["区农业农村局","区商务局","区药发中心",ZX,"谯城经开区管委会"]),
 ],
 "summary": None, "lagging": [],
 "layout": "government disclosure page: breadcrumb, metadata printed twice (inline key/value, then one per line), title, publish line, then the table flattened to text: header '序号 重点工作任务 主要责任单位 协同配合单位', a section row '一、2025年经济社会发展的主要预期目标', and rows 'N task 主要责任单位 协同配合单位' with single spaces between cells; a multi-unit 主要责任单位 cell puts one unit per line, so the row continues over three lines",
 "tests": "space-separated cells on one line (task ends in '。', then lead, then co list); a lead cell spread over two lines; co lists with '、' and ','; collective groups ('区政府各部门', '区政府有关部门', '各乡镇人民政府、街道办事处'); a state-owned company as a co unit (魏武国控集团); header row and duplicated metadata block before the table; last row cut in its co cell",
 "ambiguities": "'各乡镇人民政府、街道办事处' is kept whole as one collective unit (各 scopes both, like '各区、县级市' in the shared README); splitting it into '各乡镇人民政府' and '街道办事处' is the alternative (the second part would then lack its 各). Column roles come from the header: 主要责任单位 → lead, 协同配合单位 → co.",
 "notes": [
  "Partial: the store cut row 6 inside its 协同配合单位 cell ('…谯城经开'); row 6 (城镇、农村常住居民人均可支配收入分别增长5.2%、8%左右。, lead 区人社局 / 区农业农村局) has an incomplete unit assignment, so it is not counted (plans-new rule: an item whose assignment is cut is not counted even when its lead is complete).",
  "No 牵头领导 column, no deadlines; status null (plan).",
  "Retrieved twice by separate searches ('谯城区 2025年政府工作报告重点工作任务分解表 主要责任单位 协同配合单位' and '谯城区2025年政府工作报告重点工作任务分解表 地区生产总值增长6.5%左右 魏武国控集团'); identical (1,998 bytes).",
  "谯城 (亳州) was only mentioned in mixed-y for a 2020 page that ends before its table; it is not on the taken list. The same store also has the 谯城区教育局 extract of this table (rows 3, 68, 69, 73) and a 发改委 progress table for 2025 — not used, to keep one document per place."
 ]
})
