import json
B = '/work/staging46/plans-a'

def T(number, tsw, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=None):
    d = {'number': number, 'textStartsWith': tsw, 'lead': list(lead), 'co': list(co), 'leaders': list(leaders),
         'deadline': deadline, 'status': status, 'statusText': statusText}
    if note: d['note'] = note
    return d

def save(stem, exp):
    exp['taskCount'] = len(exp['tasks'])
    keys = ['source', 'kind', 'partial', 'place', 'year', 'taskCount', 'tasks', 'summary', 'lagging', 'layout', 'tests', 'ambiguities', 'notes']
    out = {k: exp[k] for k in keys if k in exp}
    json.dump(out, open(f'{B}/{stem}.expect.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

# ---------------------------------------------------------------- 芜湖 2025 plan
G = ['各县市区政府', '开发区管委会']
save('wuhu_2025_plan', {
 'source': 'https://www.wuhunews.cn/djzx/2025-02-28/540207.html (芜湖新闻网 repost “芜湖市政府重要通知!” of 芜湖市人民政府关于2025年重点工作及责任分解的通知; the wuhu.gov.cn original 39835585 is dated 2025-02-26; pages corpus, stored excerpt 1999 bytes)',
 'kind': 'plan', 'partial': True, 'place': '安徽省芜湖市', 'year': 2025,
 'tasks': [
  T('1', '地区生产总值增长6%以上。', ['市发展改革委'], G),
  T('2', '固定资产投资增长6%左右。', ['市发展改革委'], G),
  T('3', '规上工业增加值增长9%以上。', ['市工业和信息化局'], G),
  T('4', '社会消费品零售总额增长5%左右。', ['市商务局'], G),
  T('5', '一般公共预算收入增长3%左右。', ['市财政局'], G),
  T('6', '居民人均可支配收入与经济增长相匹配。', ['市人力资源社会保障局', '市农业农村局'], G,
    note="two lead units in one cell separated only by a space ('市人力资源社会保障局 市农业农村局')"),
  T('7', '单位GDP能耗和主要污染物减排完成省下达指标。', ['市发展改革委', '市生态环境局'], G,
    note='two lead units separated by a space'),
  T('8', '统筹衔接消费券发放与消费品以旧换新行动', ['市商务局'], ['市财政局', '市工业和信息化局'] + G,
    note="row (8) sits under the sub-heading '1 | 大力提振消费。 | ||', which has no units and is not a task; co cell 'A B 各县市区政府、 开发区管委会' mixes space and 、 separators"),
  T('9', '把促消费和惠民生结合起来,实施提振消费专项行动', ['市发展改革委', '市商务局'], ['市财政局'] + G),
 ],
 'summary': {'scopes': [{'scope': '市政府重点工作任务 (a table; the notice says 225 items in the full plan, not in this excerpt)',
   'printed': ['一、市政府重点工作任务', '一、主要预期目标', '二、重点做好以下九个方面工作'], 'tasks_in_excerpt': 9, 'statuses': 'none (plan)'}]},
 'layout': "Pipe-flattened table '序号 | 目标与任务 | 牵头责任单位 | 责任单位 |'. Rows are numbered '(1)'…'(10)' continuously; section rows ('一、主要预期目标 | |||', '(一)加强经济运行调节…'), and a sub-heading row '1 | 大力提振消费。 | ||' with empty unit cells sit between them. Multi-unit cells use spaces ('市发展改革委 市生态环境局') and a stray space after 、 ('各县市区政府、 开发区管委会').",
 'tests': ["牵头责任单位 column → lead, 责任单位 column → co",
   "two units in one cell separated only by a space",
   "a numbered sub-heading row '1 | 大力提振消费。' with no units that must not become a task, and whose number '1' clashes with row '(1)'",
   "section heading rows in the number column ('一、主要预期目标', '(一)…')"],
 'ambiguities': ["number: printed '(1)'…'(9)' recorded as '1'…'9' (parentheses dropped, as the brief does for （一）→'一'); a tool that keeps '(1)' is equally right",
   "'各县市区政府、 开发区管委会' could be kept whole as one collective group; split here at 、 into two collective units (each kept whole)"],
 'notes': ["Row (10) ('积极发展数字消费…') is cut inside its lead cell at '市发'; not counted.",
   "The sub-heading '1 | 大力提振消费。' is not counted: it is the heading of rows (8)-(10) and has no units.",
   "No leaders, deadlines or statuses are printed (plan).",
   "Same place as wuhu_2021_notice in this folder (different year and kind); drop one if one document per place is wanted."]
})

# ---------------------------------------------------------------- 海曙 2023 plan
save('haishu_2023_plan', {
 'source': 'http://www.haishu.gov.cn/art/2023/2/13/art_1229829659_1803977.html (宁波市海曙区人民政府办公室, 海政办发〔2023〕2号, 成文 2023-02-10; pages corpus, stored excerpt 1999 bytes)',
 'kind': 'plan', 'partial': True, 'place': '浙江省宁波市海曙区', 'year': 2023,
 'tasks': [
  T('1', '一般公共预算收入增长6%。', ['区财政局'], [], ['叶枝利'], note="group '一、叶枝利区长牵头重点工作'; the group has a single item"),
  T('1', '提高国家级临空经济示范区能级,全力保障西枢纽开发建设', ['经济投资局', '航空口岸局'], ['区发改局'], ['张盈军'],
    note="group '二、张盈军区政府党组成员牵头重点工作'; '责任单位:经济投资局和航空口岸局分别牵头、区发改局' → the two named with 分别牵头 are lead, 区发改局 is co"),
  T('1', '地区生产总值增长6%。', ['区发改局'], [], ['徐洪涛'], note="group '三、徐洪涛常务副区长牵头重点工作'; printed '1. 地区生产总值…' with a space after the dot"),
  T('2', '完成上级下达的能源和环境指标计划目标。', ['区发改局'], ['海曙生态环境分局'], ['徐洪涛'],
    note="the rule '(列第一位者为牵头或汇总单位,下同)' is printed at the end of this unit line → first = lead"),
  T('3', '城乡居民人均可支配收入与经济增长基本同步', ['区发改局'], ['区人力社保局', '区农业农村局'], ['徐洪涛'],
    note="first-listed rule applied by '下同'"),
 ],
 'summary': {'scopes': [{'scope': '2023年政府工作报告重点工作责任分解 (leader groups)',
   'printed': ['一、叶枝利区长牵头重点工作', '二、张盈军区政府党组成员牵头重点工作', '三、徐洪涛常务副区长牵头重点工作'],
   'tasks_in_excerpt': 5, 'statuses': 'none (plan)'}]},
 'layout': "Notice with a '- 索 引 号:' metadata list, the 印发 text naming two attachments, then the breakdown as leader-group headings ('一、X区长牵头重点工作') each followed by '1.任务。' / '责任单位:…' lines. Numbering restarts at 1 in every group.",
 'tests': ["leader taken from a group heading with a title to strip (区长 / 区政府党组成员 / 常务副区长)",
   "'X和Y分别牵头、Z' inside the 责任单位 label: X and Y lead, Z co",
   "a first-listed-is-lead rule stated in parentheses at the end of item 2's unit line ('下同') and applied to later items, but not backwards to the single-unit items above it",
   "numbering restarting per leader group (three tasks numbered '1')"],
 'ambiguities': ["'经济投资局' and '航空口岸局' are printed without the 区 prefix (they are probably the 临空经济示范区 bodies); kept as printed",
   "Under a reading that ignores the 列第一位 rule, items 2 and 3 would have all units as lead"],
 'notes': ["Item 4 of the 徐洪涛 group ('以生产性服务业提升带动服务业提质…') is cut before its 责任单位 line; not counted.",
   "The second attachment (2023年海曙区民生实事项目目标任务责任分解) is only named, not in the excerpt.",
   "海曙 is a district of 宁波 (宁波, 鄞州, 奉化, 余姚, 宁海 are used/claimed elsewhere; 海曙 itself is not on the list)."]
})

# ---------------------------------------------------------------- 略阳 department plan
A = ['文化宣传股', '文化馆']
L = ['文物股', '郙阁公司']
save('lueyang_2019_plan', {
 'source': 'https://lueyang.qinfeng.gov.cn/info/1013/2824.htm (略阳县人民政府网站, a culture-and-tourism department task table; title not in the stored text; pages corpus, stored excerpt 1881 bytes)',
 'kind': 'plan', 'partial': False, 'place': '陕西省汉中市略阳县 (county culture-and-tourism department)', 'year': 2019,
 'tasks': [
  T('1', '“两馆一站”免费开放服务人次较上年增长15%。', ['文化宣传股', '文化馆', '图书馆'], [], ['夏俊贵'], '12月底前', note='指标 公共文化服务; all row cells printed'),
  T('2', '全年组织开展文化下乡等惠民演出不少于100场。', A, [], ['夏俊贵'], None,
    note="unit cell printed run together as '文化宣传股文化馆' → split into 文化宣传股, 文化馆; leader carried down from row 1 (merged cell)"),
  T('3', '开展好“三下乡”活动。', A, [], ['夏俊贵'], None, note='no unit or leader printed on the row; carried down (merged cells)'),
  T('4', '推进县文化馆、图书馆总分馆制建设。', A, [], ['夏俊贵'], None, note='carried down'),
  T('5', '培育规模以上文化服务企业1家。', A, [], ['夏俊贵'], None, note="指标 文化产业; unit carried down from row 2"),
  T('6', '完成非遗展厅布展任务,办好《郙阁颂》学术交流活动。', ['羌研会', '灵岩寺博物馆'], [], ['夏俊贵'], None, note='指标 非遗保护'),
  T('7', '开展专项整治行动4次以上,查办案件不少于5件。', ['执法大队'], [], ['夏俊贵'], None, note='指标 文化市场管理'),
  T('8', '净化文化市场和网络文化环境抽查合格率达到92%以上。', ['执法大队'], [], ['夏俊贵'], None, note='unit carried down'),
  T('9', '完成县级应急广播系统(二期)建设。', ['广电事业股'], [], ['夏俊贵'], None, note='指标 广电'),
  T('10', '完善西淮坝油菜观花线路观景平台及配套服务设施建设', ['旅游股'], [], ['周斐'], '5月底',
    note="指标 三建设一整治; leader printed '周 斐' (space-padded two-character name)"),
  T('11', '新建、改建旅游厕所6 座。', ['旅游股'], [], ['周斐'], None, note="whole item is short; printed with a space in '6 座'; unit/leader carried down"),
  T('12', '指导完成八渡河旅游带美丽风景线建设。', ['旅游股'], [], ['周斐'], None, note='carried down'),
  T('13', '抓好旅游环境综合整治工作。', ['旅游股'], [], ['周斐'], None, note='carried down'),
  T('14', '实施灵岩寺景区综合开发(梅花洞栈道)、天龙溶泉矿泉水', L, [], ['周斐'], None, note='指标 旅游项目; units printed on this row'),
  T('15', '指导完成八渡河旅游带恢复重建。', L, [], ['周斐'], None, note='carried down'),
  T('16', '全年举办大型文旅活动3场次,全年接待游客140万人次', L, [], ['周斐'], None, note='指标 旅游宣传和旅游收入; unit carried down (doubtful: see ambiguities)'),
  T('17', '完成灵岩寺摩崖石刻修缮项目方案设计。', L, [], ['周斐'], None, note='指标 文物保护; carried down'),
  T('18', '完成灵岩寺陈列布展和绿化工程。', L, [], ['周斐'], None, note='指标 项目建设; carried down'),
  T('19', '完成白水江镇江神庙的维修和布展工作。', L, [], ['周斐'], None, note='carried down'),
  T('20', '完成包扶村脱贫攻坚年度任务。', ['各股室', '委属部门单位'], [], ['黄文阁'], '10月底前', note="指标 脱贫攻坚; unit cell '各股室、委属部门单位' split at 、"),
 ],
 'summary': {'scopes': [{'scope': 'a county culture-and-tourism department task table (20 numbered rows)',
   'printed': ['序号', '指标', '工作任务', '完成时限', '责任领导', '责任股室', '(单位)', '备注'], 'tasks': 20, 'statuses': 'none (plan)'}]},
 'layout': "A table flattened to one cell per line: header '序号/指标/工作任务/完成时限/责任领导/责任股室/(单位)/备注' (the unit header split over two lines), then rows '<n>' / optional 指标 / task / optional 完成时限 / optional 责任领导 / optional unit lines. Merged cells are printed only on the first row of their span, so most rows print only a number and a task. 备注 is always empty.",
 'tests': ["merged cells flattened: unit and leader carried down to the following rows",
   "the 指标 (category) cell sits between the row number and the task, and must not be read as the task",
   "a unit cell whose three units are on separate lines (文化宣传股 / 文化馆 / 图书馆) and another where two units run together ('文化宣传股文化馆')",
   "department-level units (股室, 馆, 执法大队, a company 郙阁公司) rather than county bureaus",
   "a two-character leader name padded with a space ('周 斐')",
   "deadlines printed on only three rows"],
 'ambiguities': ["Carry-down: a blank cell and the lower part of a merged cell look the same once flattened. Units and leaders are carried down from the nearest row above that prints them (how a reader of the original merged table would see it). Leaders: 夏俊贵 rows 1-9 (文化/广电), 周斐 rows 10-19 (旅游/文物), 黄文阁 row 20 — a plausible split. Units for rows 16 (旅游宣传和旅游收入) and 3-5 are the most doubtful carry-downs.",
   "Deadlines are recorded only where printed (rows 1, 10, 20). A strict carry-down would give 12月底前 to rows 2-9 and 5月底 to rows 11-19; 5月底 is implausible for row 16 (全年接待游客140万人次) and rows 17-19, so deadline is left null on the unprinted rows.",
   "Whether this table is the department's share of the county 政府工作报告 (as the brief asks) or its own annual target list is not stated in the stored text; the title is missing. It is kept as a department-level plan.",
   "All units lead: the unit column has no lead marker; a first-listed-is-lead reading would make 文化宣传股 / 羌研会 / 文物股 lead and the others co."],
 'notes': ["Place from the site (lueyang.qinfeng.gov.cn) and the text ('略阳观花活动', '汉中油菜花海'). Year 2019 from '精心策划2019年汉中油菜花海略阳观花活动'.",
   "The department is a culture/tourism/广电 body ('各股室、委属部门单位' suggests a 委-type bureau); its exact name is not printed.",
   "partial=false: 1881 bytes, under the store's ~2000-byte cap, and the table ends with row 20 and its last unit cell; the page may still have had a title above the table that the store did not keep.",
   "No statuses (plan)."]
})

# ---------------------------------------------------------------- 芜湖 2021 上半年 notice
save('wuhu_2021_notice', {
 'source': 'https://www.wuhu.gov.cn/openness/public/6596211/31657151.html (芜湖市人民政府, 发布时间 2021-08-14, 市政府督查办; pages corpus, stored excerpt 1998 bytes)',
 'kind': 'notice', 'partial': True, 'place': '安徽省芜湖市', 'year': 2021,
 'tasks': [
  T('1', '进出口总额增长高于全国平均水平', ['市商务局'], [], [], None, 'lagging', '低于同期全国增长水平',
    note="item printed as '关于“…”事项。'; textStartsWith is the quoted task; target is 'higher than the national rate', result 23.8% vs 27.1% → lagging"),
  T('2', '实施京东超级转运中心一期等服务业项目54个', ['市发展和改革委员会', '市商务局'], [], [], None, 'lagging', '进度滞后',
    note="'上半年正在实施项目56个' is not the item's status; the item closes with '进度滞后'"),
  T('3', '高水平推进‘1115’新基建行动计划', ['市发展和改革委员会', '市经济和信息化局'], [], [], None, 'lagging', '进度滞后',
    note="inner quotes are full-width single quotes ‘1115’"),
  T('4', '2021年新认证‘三品一标’农产品151个', ['市农业农村局'], [], [], None, 'lagging', '完成年度计划26%',
    note="no status word on the item; lagging because it is listed under '一、总体情况及存在问题' after '但也存在部分省市重点项目进展较慢问题', and 26% at mid-year"),
  T('5', '2021年全市计划改造187个老旧小区', [], [], [], None, 'lagging', '完成率8.7%',
    note="cut by the store before its '(牵头责任单位:…)' bracket, so lead is empty; '已开工160个小区' is a sub-fact; lagging by the section, as item 4"),
 ],
 'summary': {'scopes': [{'scope': '2021年重点工作任务上半年进展 (芜政秘〔2021〕19号 breakdown)', 'total': None,
   'by_status': {'lagging': 5},
   'printed': ['各项重点工作有序推进,取得积极成效', '但也存在部分省市重点项目进展较慢问题'],
   'note': 'only the problem items are listed; the count of problem items is not printed in the stored part'}]},
 'layout': "Government-site notice: title, metadata line, one opening paragraph citing the breakdown plan, then '一、总体情况及存在问题' with a general verdict and a numbered list '1.关于“<task>”事项。' followed by a paragraph of figures ending with a status phrase and '(牵头责任单位:A、B)'.",
 'tests': ["task text inside '关于“…”事项' quotes",
   "lead units in a trailing '(牵头责任单位:…)' bracket after the status sentence",
   "status words at the end of a figures paragraph ('进度滞后'), a comparison ('低于同期全国增长水平') and no status word at all (items 4 and 5, lagging only by the section heading)",
   "an on_schedule-looking phrase ('正在实施项目56个', '已开工160个小区') inside a lagging item"],
 'ambiguities': ["items 4 and 5: a strict reader who requires a status word would give null; they are marked lagging because the whole list is the '存在问题' list",
   "item 1: '低于同期全国增长水平' read as lagging (the target is relative to the national rate)",
   "item 5 is counted although its unit bracket is cut (a task named in a status list counts)"],
 'notes': ["The stored part stops inside item 5 ('完成率'); later items, if any, are missing.",
   "Same place as wuhu_2025_plan in this folder (different year and kind).",
   "The 2021 breakdown plan itself (wuhu.gov.cn 30139121) was seen but its stored part holds only 1½ items (plans-b/mixed-v also rejected it)."]
})
print('ok')
