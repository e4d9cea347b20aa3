import json
B = '/work/staging6/mixed-t/'
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

# ---------------- haian
W('haian_2023_progress', {
 'source': 'https://www.haian.gov.cn/hasmzju/zdgz/content/fed72601-e743-42c4-bce2-ca1dcb3a7b0d.html (海安市民政局 栏目 重点工作, "海安市民政局2023年民生实事项目实施进度表", progress as of 8月24日; pages corpus, stored excerpt 1,047 bytes, the whole stored text)',
 'kind': 'progress', 'partial': True, 'place': '江苏省南通市海安市', 'year': 2023,
 'tasks': [
  T('15', '新增民营养老机构不少于2家', ['民政局'], ['财政局','住建局','行政审批局','城管局','瑞海集团','各区镇街道'], [], None, 'on_schedule', '是',
    note="row 15 of the city-wide list (this department page holds only its own row); status from the 是否 达序时 column ('是'); the 分管 领导 cell and the 未达序时原因 cell are not in the stored row (empty in the source or dropped), so the row has 6 cells under 8 headers; '9月底前完成' in the progress cell is the date for one sub-item (400户适老化改造), not the task deadline"),
 ],
 'summary': None,
 'layout': "Department page with a pipe table stored one cell per line, each line ending ' |': 序号/责任单位/实施内容/协同单位/分管 领导/最新进度(8月24日)/是否 达序时/未达序时原因 及存在问题. The unit column comes BEFORE the task text; the co-unit cell lists six units separated by single spaces; header cells carry justification spaces ('分管 领导', '是否 达序时'). The verdict is a bare yes/no word ('是') in its own column. Two of the eight cells are missing from the stored row (leader and reason), so cells cannot be matched to headers by position alone.",
 'tests': ["yes/no verdict column '是否达序时' → '是' = on_schedule (a parser must read the header to know what '是' means)", 'unit column before the task text (责任单位 → lead)', "协同单位 cell with units separated by single spaces → co (6 units, including the company 瑞海集团 and the collective '各区镇街道')", 'row shorter than the header (leader and reason cells absent) → leaders []', 'row number 15 on a page that holds a single row', "sub-item date ('9月底前完成') inside the progress cell is not the deadline"],
 'ambiguities': [
  "'是' under '是否 达序时' → on_schedule (FORMAT: 达进度/序时推进 → on_schedule). statusText is the single character '是' as printed; the header words '是否 达序时' give it its meaning.",
  "The stored row has 6 cells for 8 headers. Reading the cells in order, the 5th cell (long progress text) sits under '分管 领导' and '是' under '最新进度'. A reader aligns them by content: progress text → 最新进度, '是' → 是否达序时, leader and reason empty. A positional parser would put the progress text into leaders — that would be wrong.",
  "Units are printed without the 市 prefix ('民政局', '财政局'); recorded as printed. '瑞海集团' is a state-owned company acting as co-unit; '各区镇街道' is a collective unit, kept whole.",
  "textStartsWith is the 实施内容 cell (the task); the department page has no separate item name."],
 'notes': ['One task only; statuses: on_schedule 1.', 'Page title/header line kept as stored; no page chrome in the stored text.', 'The row number (15) belongs to the city-wide 2023 民生实事 list; other departments publish their own rows on their own pages.']
})

# ---------------- zhaoyuan
W('zhaoyuan_2022_progress', {
 'source': 'https://baoqoo.com/art/2022/10/8/art_48731_2934579 (third-party mirror of a 招远市 government page; place from 索引号 113706850042672474 (370685 = 招远市) and 监督电话 area code 0535 (烟台); 成文日期 2022-10-08; pages corpus, stored excerpt 2,000 bytes = the store cap)',
 'kind': 'progress', 'partial': True, 'place': '山东省烟台市招远市', 'year': 2022,
 'tasks': [
  T('14', '改扩建泉山学校及庙后吕家初级中学', ['教育体育局'], [], ['刘福利'], None, 'on_schedule', '正在加速推进施工进度',
    note="first row carries the category cell '四、教育文化' (rowspan over rows 14–16); 工作取得成效 cell '两处学校改扩建项目目前正在加速推进施工进度。'"),
  T('15', '推进学校塑胶运动场地建设', ['教育体育局'], [], ['刘福利'], None, 'on_schedule', '正在全力推进基础施工',
    note="no category cell (rowspan); the row ends with an extra empty cell ('| |'); 成效 cell mixes '罗峰学校正在全力推进基础施工' and '13处农村学校塑胶运动场地已完成基础建设' (a phase, not the task)"),
  T('16', '推进义务教育课后服务', ['教育体育局'], [], ['刘福利'], None, None, None,
    note="whole item name (10 characters); 成效 cell gives figures only (参与率100%, 拨付…75%) — no status word"),
 ],
 'summary': None,
 'layout': "Pipe table, one ROW per line: 类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 | 1-9月份工作取得成效 | 监督电话 |. The 类别 cell ('四、教育文化') is a rowspan printed only on the first row of its group, so rows 15–16 have one cell fewer; item names carry their own number ('14.改扩建…'). Two progress columns (work done, effect). A telephone column ('监督电话0535-8246306') that is neither unit nor leader. Page metadata rows (索引号/成文日期/发布机构) follow the table, and the stored text ends inside spam text of the mirror ('365彩票数').",
 'tests': ['row-per-line pipe table with a rowspan category cell → rows of 8 and 7 cells', "number glued to the item name ('14.改扩建…') rather than in a 序号 column", '分管市领导 column → leaders', 'single 责任单位 column → lead', "监督电话 column is not a unit", "'2022年度任务目标' is a target, not a deadline", "status wording '正在…推进' inside a free-text 成效 cell", 'metadata pipe rows after the table must not become tasks'],
 'ambiguities': [
  "'正在加速推进施工进度' / '正在全力推进基础施工' → on_schedule, following FORMAT (正在推进/持续推进 → on_schedule). The cells only say that work is under way and do not compare with the schedule; null is defensible (an earlier helper, status-u, judged this page to have no status words).",
  "Task 15's 成效 cell has two sub-projects: 罗峰学校 '正在全力推进基础施工' and 13处农村学校 '已完成基础建设' (a phase of the work). The first clause is taken; '已完成' refers to the foundation phase only and does not make the task done.",
  "Task 16: no status word → null.",
  "Units are printed without the 市 prefix ('教育体育局'); recorded as printed.",
  "The page shows rows 14–16 only (category 四、教育文化); rows 1–13 of the 2022 list are on other pages → partial."],
 'notes': ['Statuses: on_schedule 2, null 1.', "Third-party mirror with gambling spam in the page metadata ('365彩票数'); the table text itself is the government table.", 'Leader 刘福利 repeated on every row.']
})

# ---------------- leyu
SH = '镇社会治理和社会事业局'
W('leyu_2022_progress', {
 'source': 'http://821.ampj6m.com/zjgszwz/ssxmjzqk/202302/dd7a6b483b454c5caa83a66dc13f68e1.shtml (third-party mirror of the 张家港市 portal, path zjgszwz/ssxmjzqk = 实事项目及进展情况; "2022年12月份乐余镇民生实事项目推进情况", 来源 张家港市乐余镇, 发布 2023-02-16; pages corpus, stored excerpt 1,986 bytes)',
 'kind': 'progress', 'partial': True, 'place': '江苏省苏州市张家港市乐余镇', 'year': 2022,
 'tasks': [
  T('1', '劣Ⅴ类河道消除治理项目', ['乐余水利站'], [], ['王  忠'], None, 'done', '项目已全部完成。',
    note="leader printed with a justification double space ('王  忠'); Roman numeral Ⅴ is U+2164"),
  T('2', '乐江地块安置房建设项目', [SH + '规划建设条线'], [], ['钱  辉'], None, None, None,
    note="目前进度 '已经完成施工图审图和标底编制。' is a preparatory step; 下一步 '准备启动公开招标。' → no task status"),
  T('3', '乐江综合养老服务中心改造项目', [SH + '民政条线', '乐江社区'], [], ['陶静华'], None, 'done', '项目已全部完成。'),
  T('4', '“口袋公园”建设项目', [SH + '绿化条线', '兆丰社区', '镇妇联'], [], ['陶静华', '范颖飞', '钱  辉'], None, 'done', '项目已全部完成。',
    note="责任领导 cell spans three lines (one name per line), followed on the next line by the 牵头部门 cell — the only row that breaks across lines"),
  T('5', '学校设施提升项目', [], [], ['陶静华'], None, 'done', '项目已全部完成。',
    note="the store cuts the 牵头部门 cell at '镇社会治理和社会事业局教育' (presumably …教育条线) → lead []"),
 ],
 'summary': None,
 'layout': "Town page; the table is flattened to ONE LINE PER ROW with cells separated by single spaces (no pipes, no tabs): 序号 实事工程项目 年度目标 目前进度 下一步工作措施 存在问题 责任领导 牵头部门. '/' marks an empty cell. Cells themselves contain no spaces except the justification double space inside two-character names ('王  忠', '钱  辉'), so a space splits cells but a double space does not. A multi-name leader cell breaks the row over several lines (row 4). Page chrome (breadcrumb with gambling-site name, 来源/发布时间 line) precedes the title.",
 'tests': ['space-separated cells on one line per row (a layout not in the corpus READMEs)', "'/' as empty cell in 下一步工作措施 and 存在问题", "leader names with a double justification space inside a space-separated row", '责任领导 → leaders, 牵头部门 → lead', "unit cell with '、'-separated units including sub-lines of one bureau ('镇社会治理和社会事业局民政条线') and a community ('乐江社区')", "status sentence '项目已全部完成。' in the 目前进度 cell → done", "'已经完成施工图审图…' is a step, not completion → null", 'row broken over lines by a multi-line leader cell', 'last row cut inside the unit cell'],
 'ambiguities': [
  "'项目已全部完成。' → done (report for December, i.e. year end).",
  "Task 2: '已经完成施工图审图和标底编制' reports completed preparatory steps; the project itself (安置房建设) has not started tendering → null. Reading it as lagging or stalled would go beyond the text.",
  "Units '镇社会治理和社会事业局规划建设条线' etc. are one bureau plus a 条线 (work line); kept whole as printed. Splitting off '规划建设条线' as a note is defensible.",
  "Task 5 is counted with lead [] although its unit cell is cut ('镇社会治理和社会事业局教育'); leaving the task out, or taking the cut string as lead, is defensible.",
  "Leaders are kept with their printed double space ('王  忠', '钱  辉'); whitespace-insensitive matching gives 王忠/钱辉.",
  "Place: 乐余镇 is a town of 张家港市, a county-level city under 苏州市. 苏州 is on the brief's used list but 张家港/乐余 are not; flagged in the README."],
 'notes': ['Statuses: done 4, null 1.', 'Deadlines: none printed (年度目标 is a target).', "The mirror's breadcrumb contains a gambling-site name ('bet36体育在线…'); kept as stored."]
})
print('ok')
