import json
B = '/work/staging5/mixed-u/'
def T(number, tsw, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=None):
    d = {'number': number, 'textStartsWith': tsw, 'lead': list(lead), 'co': list(co), 'leaders': list(leaders),
         'deadline': deadline, 'status': status, 'statusText': statusText}
    if note: d['note'] = note
    return d
def W(stem, d):
    d['taskCount'] = len(d['tasks'])
    order = ['source','kind','partial','place','year','taskCount','tasks','summary','layout','tests','ambiguities','notes']
    out = {k: d[k] for k in order if k in d}
    json.dump(out, open(B + stem + '.expect.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

# ---------------- jindong
XZ = '各乡镇(街道)'
W('jindong_2024_minshi_plan', {
 'source': 'https://www.jindong.gov.cn/art/2024/3/29/art_1229171464_59336061.html (金华市金东区人民政府, 重点实事栏目, "2024年金东区政府民生实事项目", 发布 2024-03-29; pages corpus, stored excerpt 1,998 bytes)',
 'kind': 'plan', 'partial': True, 'place': '浙江省金华市金东区', 'year': 2024,
 'tasks': [
  T('1', '新(改、扩)建一批中小学校', ['区教体局'], ['东孝街道','孝顺镇','傅村镇','曹宅镇','澧浦镇','区发改局','金义新区发展集团','区城投集团','区社发公司','区资规分局'],
    note="事项分类 '打造区域教育高地' (rowspan over rows 1–2) precedes the name; the 协同单位 cell is printed one unit per line (10 lines)"),
  T('2', '中小学校清廉阳光厨房建设', ['区教体局'], [], note="协同单位 cell is '/' (none); row has no 事项分类 cell (rowspan from row 1)"),
  T('3', '新(改)建村卫生室', ['区卫健局'], [XZ], note="事项分类 '“医”心为民工程' spans rows 3–5; whole 事项名称 is 9 characters"),
  T('4', '医疗卫生机构迁(扩)建', ['区卫健局'], ['源东乡','区发改局','区资规分局']),
  T('5', '献血屋建设', ['区卫健局'], ['区红十字会','区行政执法局','区资规分局'], note='whole 事项名称 (5 characters)'),
  T('6', '避灾安置场所规范化建设', ['区应急管理局'], [XZ], note="事项分类 '“防灾救灾”工程' spans rows 6–7"),
  T('7', '基层消防力量建设提质升级', ['区消防救援大队'], [XZ], note="项目内容 mentions 乡镇(街道)专职消防队 etc. — not units"),
  T('8', '暑期托管服务', ['团区委'], [XZ,'区总工会','区妇联','区教体局'], note="事项分类 '“娃有所托”工程' spans rows 8–10; whole 事项名称 (6 characters)"),
  T('9', '家门口青少年宫', ['团区委'], [XZ,'区教体局'], note='whole 事项名称 (7 characters)'),
 ],
 'summary': None,
 'layout': 'Official county-district page; the table is flattened one cell per paragraph (blank line between cells): header 序号/事项分类/事项名称/项目内容/牵头单位/协同单位. 事项分类 is a rowspan cell that appears only on the first row of its group (rows 1, 3, 6, 8), so rows have 5 or 6 cells. Multi-unit 协同单位 cells are printed one unit per paragraph, so a row ends where the next bare number starts. An empty co cell is written "/".',
 'tests': ['rowspan category cell present on some rows only (row length 6 vs 5)', 'one-unit-per-line co cell of up to 10 lines', "'/' as an empty cell", '牵头单位 → lead, 协同单位 → co', 'short whole-item names (<8 chars)', 'row cut inside the co cell'],
 'ambiguities': [
  "textStartsWith is the 事项名称 cell (the task's own name); the 项目内容 cell (e.g. '实施新(改、扩)建中小学校5家。') is the target text of the same task. A reader could also take the 项目内容 as the task text; the 事项分类 (group) is not part of the task.",
  "Row 10 ('新建1家公办普惠托育机构 / 新增托班8个。 / 区卫健局 / 区住建局 / 区机关事务…') is NOT counted: the store cuts its 协同单位 cell inside a unit name ('区机关事务'), following the mixed-z/plans convention for rows whose unit cell is cut. Its lead 区卫健局 is complete, so counting it (lead 区卫健局, co 区住建局) is defensible.",
  "'各乡镇(街道)' kept whole as a collective unit."],
 'notes': ['Plan, no statuses or deadlines; no leaders printed.', 'Page chrome (索引号, 发布机构, 成文日期…) printed as bullet lines before the title; kept as stored.', 'Document title 2024年金东区政府民生实事任务分解方案; page title 2024年金东区政府民生实事项目.']
})

# ---------------- huoshan
W('huoshan_2025_plan', {
 'source': 'https://www.ahhuoshan.gov.cn/public/6598161/37968314.html (霍山县人民政府信息公开, "2025年开发区重点工作及责任清单"; pages corpus, stored excerpt 782 bytes — the whole stored text)',
 'kind': 'plan', 'partial': True, 'place': '安徽省六安市霍山县 (霍山经济开发区)', 'year': 2025,
 'tasks': [
  T('1', '坚持服务跟着项目走', ['招商工作部','安商工作部'], [], ['叶林'], '全年', note="task cell contains PDF line-break spaces ('工作机 制', '服务重 大项目'); unit cell '招商工作部、安商工作部' split at '、'"),
  T('2', '全力推进开发区“空间再造”', ['改革办'], [], ['马振明'], '全年'),
  T('3', '持续提升园区承载能力', ['规划建设局'], [], ['张云峰'], '全年'),
 ],
 'summary': None,
 'layout': "Pipe-delimited table as stored: every cell on its own line ending in ' |': 序号/重点工作/责任领导/责任单位/完成时限. A named leader per row (责任领导), a single 责任单位 column, and a 完成时限 per row.",
 'tests': ["cells one per line with trailing ' |'", '责任领导 column → leaders (people, no titles)', 'single 责任单位 column → lead', '完成时限 column → deadline', "units without a county prefix (招商工作部, 改革办, 规划建设局 are 开发区 internal departments)", "stray spaces inside task text from PDF line breaks"],
 'ambiguities': [
  "deadline '全年' is the printed 完成时限 cell; it is a period ('during the whole year'), not a date. Recorded as printed; null is defensible.",
  "The units are departments of the 开发区 管委会 and have no 县/区 prefix; they are recorded as printed.",
  "Scope: a 开发区 (development-zone) key-work list published by the county, not the county 政府工作报告 breakdown itself. Kept because it is a per-task responsibility list of the same family (责任领导/责任单位/完成时限)."],
 'notes': ["The stored page holds only the table (3 rows); partial=true because the page title and any notice are not stored and the list may continue.", "Task 1 text has a doubled closing quote '“领导+专班””' as stored."]
})

# ---------------- nanling
W('nanling_2024_plan', {
 'source': 'https://www.nlx.gov.cn/openness/public/6605131/39230837.html (南陵县人民政府信息公开, 附件 "2024年《政府工作报告》重点工作目标任务分解表"; pages corpus, stored excerpt 755 bytes — the whole stored text)',
 'kind': 'plan', 'partial': True, 'place': '安徽省芜湖市南陵县', 'year': 2024,
 'tasks': [
  T('80', '极回应群众新期待新要求', ['县教育局'], ['县各有关单位'], ['俞 悦'],
    note="the stored page starts at row 80 (a later page of the attachment); its task text begins mid-word ('极回应…', i.e. the tail of '积极') and repeats the sentence '实施中小学办学能力提升工程,推动义务教育优质均衡发展。' twice, as stored"),
  T('81', '保障芜职院现代物流智造学院', ['县教育局'], ['县各有关单位'], ['陆 明','俞 悦'],
    note="分管县领导 cell '陆 明俞 悦' = two two-character names, each printed with a justification space, glued together with no separator"),
 ],
 'summary': None,
 'layout': "Pipe-delimited table, one cell per line ending in ' |': 序号/目标与任务/分 管 县领导/牵头责任单位/责任单位 (header itself has justification spaces). Row numbers 80 and 81: the stored text is a late page of a long table.",
 'tests': ['分管县领导 column → leaders', "leader names with justification spaces ('俞 悦') and two names glued in one cell ('陆 明俞 悦')", '牵头责任单位 → lead, 责任单位 → co', 'collective co unit 县各有关单位', 'row numbers that do not start at 1', 'task text that starts mid-word'],
 'ambiguities': [
  "Leaders are recorded with the printed justification space ('俞 悦', '陆 明'); whitespace-insensitive matching gives 俞悦/陆明. Splitting '陆 明俞 悦' into two people relies on the two-character-name pattern; a parser may return it whole.",
  "textStartsWith for row 80 is the stored text, which starts with '极' (the page cut '积极' in the original PDF page break); the true task text probably begins earlier on the previous page.",
  "'县各有关单位' kept as a collective co unit."],
 'notes': ['Plan: no statuses; no deadlines printed.', 'Same document was noted in mixed-z (staging4) as "usable, left out for time"; it is used here for its leader column.']
})

# ---------------- shaoxing
W('shaoxing_2020q1_progress', {
 'source': 'http://www.sx.gov.cn/art/2020/5/14/art_1229265336_3684645.html (绍兴市人民政府 政务公开>工作报告, "市政府2020年重点工作(预下达)一季度进展情况表", 发布 2020-05-14; pages corpus, stored excerpt 1,998 bytes)',
 'kind': 'progress', 'partial': True, 'place': '浙江省绍兴市', 'year': 2020,
 'tasks': [
  T('1', '坚持“稳开稳走,提质提效”的总体态势', ['市发改委'], note='progress cell reports 1-2月 indicators and provincial rankings; no status word'),
  T('2', '持续推进重大项目攻坚', ['市发改委'], note="progress mixes one structural indicator above target ('投资增长12.5%') with others declining; no status word"),
  T('3', '聚焦重点领域编制培育发展新兴产业新三年行动计划', ['市发改委'], note="progress cell ends in ';' (as stored)"),
  T('4', '深入推进省级军民融合示范区建设', [], note="the 责任单位 cell is cut by the store at '市发' (presumably 市发改委) → lead []"),
 ],
 'summary': None,
 'layout': 'City-government progress table flattened one cell per paragraph: 序号/内容与要求/进展情况/责任单位. The progress cell sits BETWEEN the task and the unit, so the unit is the paragraph after a long progress paragraph.',
 'tests': ['flattened 4-column table with the unit column last', 'long progress cells full of figures, rankings and other organisations (金融机构, 地市) that are not units', 'progress text without any status word → status null', 'quarter (一季度) in the title is a reporting period, not a deadline', 'last row cut inside the unit cell'],
 'ambiguities': [
  "All statuses null: the progress cells give figures ('同比下降12.7%', '全省第2') and actions ('已在办理', '启动…前期工作') but no verdict word; '已在办理'/'启动' describe sub-steps, not the task. A reader inferring lagging for task 2 (investment down 12.7%) would go beyond the text.",
  "Task 4 is counted with lead [] although its unit is cut ('市发'); leaving it out (plans convention for cut unit cells) is defensible.",
  "The '确保地区生产总值增长7%左右' target and similar numbers are targets, not deadlines."],
 'notes': ['Page chrome (当前位置, 发布日期, 分享) kept as stored.', 'Same city publishes year-end 完成情况 tables (2021-01-19 pipe table; 2022-01-21 glued-cell table) for the same tasks; those were seen but not used (same place).']
})

# ---------------- kaihua
W('kaihua_2023q1_progress', {
 'source': 'no address stored by the pages corpus for this page (result had no url); page header: "开化县2023年度重点工作清单(一季度政府工作报告重点任务执行落实情况)", 时间 2023-12-22 17:46, 来源 开化县; stored excerpt 2,000 bytes',
 'kind': 'progress', 'partial': True, 'place': '浙江省衢州市开化县', 'year': 2023,
 'tasks': [
  T('1', '启动新安综合体建设', [], [], [], '5月底前', 'on_schedule', '达序推进',
    note="进度安排 has three dated steps ('①2月上旬前…②3月底前…③5月底前…'); 进展情况 '①已完成。…②截至3月31日,施工图正在图审。' reports step 1 done — the task verdict is the 完成情况 cell"),
  T('2', '以更加开放的姿态,支持银行、证券、保险业发展', [], [], [], '6月底前', 'on_schedule', '达序推进',
    note="steps dated 3月底前 / 5月底前 / 6月底前; progress '①已完成。' refers to step 1 only"),
  T('3', '出境水II类以上水质天数占比和空气优良率均保持在98%以上', [], [], [], None, None, None,
    note="the store cuts the row inside its 进展情况 cell, so the 完成情况 cell is missing → status null; schedule steps are recurring (每月/每季度/每半年), no date"),
 ],
 'summary': None,
 'layout': "Pipe table, one row per line: 序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况 |. Schedule and progress cells are numbered with circled digits ①②③ that pair step to step; the verdict ('达序推进') is in its own last column. No unit or leader column.",
 'tests': ["status in a separate 完成情况 column ('达序推进')", "sub-step '已完成' inside the progress cell that must NOT become the task status", 'circled-number steps with their own dates in 进度安排', 'no unit column → lead []', 'row cut before its status cell', "Roman numerals both as ASCII 'II' and as 'Ⅰ'/'Ⅱ' (U+2160/2161)"],
 'ambiguities': [
  "'达序推进' → on_schedule (FORMAT: 达进度/序时推进 → on_schedule).",
  "'①已完成。' in the progress cells refers to the first scheduled step; reading it as done for the task would be wrong, since the verdict column says 达序推进.",
  "deadline = the date of the last scheduled step ('5月底前', '6月底前'). These are step dates of a schedule, not a single 完成时限; null is defensible. Task 3 has no dated step.",
  "Title says 2023年度重点工作清单 but the content is the 一季度 report; published 2023-12-22."],
 'notes': ['The pages corpus returned this page twice (two different queries) without an address; the place comes from the page text (开化县).', 'Statuses: on_schedule 2, null 1.']
})
print('ok')
