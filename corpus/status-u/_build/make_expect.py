# Writes the expect.json files of staging5/status-u (hand annotations; no parser involved).
import json, os
BASE = '/work/staging5/status-u'

def T(number, tsw, status=None, statusText=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    d = {'number': number, 'textStartsWith': tsw, 'lead': list(lead), 'co': list(co), 'leaders': list(leaders),
         'deadline': deadline, 'status': status, 'statusText': statusText}
    if note:
        d['note'] = note
    return d

def write(stem, d):
    d['taskCount'] = len(d['tasks'])
    order = ['source', 'kind', 'partial', 'place', 'year', 'taskCount', 'tasks', 'summary', 'lagging', 'layout', 'tests', 'ambiguities', 'notes']
    out = {k: d[k] for k in order if k in d}
    with open(os.path.join(BASE, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write('\n')

# ---------------------------------------------------------------- 宁波 2014
write('ningbo_2014_notice', {
    'source': 'http://daily.cnnb.com.cn/nbrb/html/2014-07/22/content_776769.htm?div=-1',
    'kind': 'notice', 'partial': True, 'place': '浙江省宁波市', 'year': 2014,
    'tasks': [
        T('1', '轨道交通1号线一期工程', 'done', '已于2014年5月30日通车试运营',
          lead=['市轨道交通工程建设指挥部'], leaders=['林静国', '尹文德'],
          note="whole item '轨道交通1号线一期工程投入试运营。'; 林静国 = 牵头领导, 尹文德 = 项目责任人; the 实际完成情况 says the line opened for trial operation, which is the task itself"),
        T('2', '新增安装300套路口交通信息视频采集设备', 'on_schedule', '项目按预期计划扎实有序推进',
          lead=['市公安局'], co=['市城管局', '市财政局'], leaders=['王仁洲', '王伟标'],
          note="配合单位 → co; progress also gives '已完成年度目标任务的55%'; 王仁洲 = 牵头领导, 王伟标 = 项目责任人"),
        T('3', '新辟公交线路10条,优化调整20条', None, None,
          lead=['市交通委'], co=['市公安局', '市城管局', '各区政府'], leaders=['王仁洲', '劳可军'],
          note="no 实际完成情况 sentence: the item is followed by a flattened per-district table (鄞州 海曙、江东、江北 镇海 北仑 合计 / 新辟线路年度目标 2 5 1 2 10 / 实际完成 1 2 0 3 6 / 优化调整… 实际完成 12 12 0 0 24); figures only, no status word → null. District names in the table are places, not units"),
        T('4', '新投放公共自行车3000辆,新增100个网点', None, None,
          lead=['市交通委', '各区政府', '相关管委会'],
          co=['市发改委', '市经信委', '市公安局', '市财政局', '市国土资源局', '市规划局', '市住建委', '市城管局', '市工商局', '宁波电业局'],
          leaders=['王仁洲', '劳可军'],
          note="责任单位 lists three units separated by ',' (市交通委,各区政府,相关管委会) → all lead; 项目责任人 '劳可军,各区区长,相关管委会主任' — only 劳可军 is a person's name, the other two are roles and are not put in leaders; the excerpt ends inside this item's district table, before any progress text → null"),
    ],
    'summary': {'scopes': [{'scope': '2014年市政府民生实事项目', 'total': 42, 'by_status': {},
                            'printed': ['2014年市政府民生实事项目共有42项任务', '实事项目总体进展情况良好'],
                            'note': 'only the total and an overall verdict are printed; no counts by status'}]},
    'layout': "newspaper 公示 of 民生实事 progress (1—6月): intro paragraph, then per item on ONE line '<N>.<task>。 牵头领导:X 责任单位:Y 项目责任人:Z [配合单位:…] 实际完成情况:…' — the label fields are separated by single spaces, not line breaks; two items carry a flattened per-district numbers table instead of a progress sentence",
    'tests': "inline label fields on a single line separated by spaces (no line breaks between 牵头领导/责任单位/项目责任人/配合单位/实际完成情况); people vs units (牵头领导 and 项目责任人 are people, 项目责任人 may mix a name with roles); 配合单位 → co; status words inside the 实际完成情况 text; numbers tables glued after the labels",
    'ambiguities': [
        "task 1: '已于2014年5月30日通车试运营' read as done (the task is '投入试运营'); a reader who requires a 完成 word would leave it null",
        "task 2: '项目按预期计划扎实有序推进' → on_schedule (FORMAT: 正在推进/持续推进 → on_schedule)",
        "task 3: the district table shows 6 of 10 new routes and 24 of 20 adjusted routes at mid-year, but no status word is printed → null (good or on_schedule could be argued for the 优化调整 half)",
        "task 4: 各区政府 and 相关管委会 are collective units kept whole in lead",
    ],
    'notes': [
        "kind notice: a 公示 of progress '接受社会监督' issued for the 市政府办公厅 (cf. the 巴中 进度公示 in shared/corpus/mixed)",
        "The stored copy is one long line (the page's paragraphs were joined with spaces); it is the first 2,000 bytes of the page (partial: 42 tasks announced, 4 present).",
        "Both retrievals (see _raw/) returned the same excerpt; _copyB/ is identical.",
    ],
})

# ---------------------------------------------------------------- 大姚 (year not printed)
write('dayao_undated_notice', {
    'source': 'http://www.dayaozx.com/dyxgr/6891.html',
    'kind': 'notice', 'partial': True, 'place': '云南省楚雄彝族自治州大姚县', 'year': None,
    'tasks': [
        T('一', '金碧镇仓街社区现代农业示范基地建设项目', 'lagging', '仍未达到倒排工期序时进度要求',
          leaders=['李开传', '王鹏'],
          note="printed (一); 县级责任领导 '李开传县委副书记' and 项目单位责任领导 '王鹏金碧镇党委副书记、镇人民政府代理镇长' — names glued to their titles; only the names go to leaders. The summary paragraph also names this project as '进展缓慢'. The 项目进度评价 line starts with '本周…推进正常' but the verdict is '但仍未达到倒排工期序时进度要求' → lagging"),
        T('二', '金碧镇凉桥村委会蛋鸡养殖项目', 'on_schedule', '达到倒排工期序时进度要求',
          leaders=['周建民', '王鹏'],
          note="printed (二); 项目进度评价: '本周工作推进正常,达到倒排工期序时进度要求。'"),
        T('三', '金碧镇黄海屯村委会冷库建设项目', None, None,
          leaders=['何兴平'],
          note="printed (三); the excerpt ends at '项目单' (inside the 项目单位责任领导 label), before its 项目进度评价 → null; 何兴平 = 县级责任领导 (县委常委、县人民政府常务副县长)"),
    ],
    'summary': {'scopes': [
        {'scope': '上年未完工项目 (printed as 年未完工项目, year digits lost)', 'total': 3, 'by_status': {'lagging': 1},
         'printed': ['年未完工项目3个正在推进', '其中金碧镇仓街社区现代农业示范基地建设项目进展缓慢']},
        {'scope': '当年项目 (printed as 年项目, year digits lost)', 'total': 11, 'by_status': {'started': 8},
         'printed': ['年项目11个,开工8个,开工率达72%', '未达倒排工期序时进度4月30日前所有项目全部开工的要求'],
         'note': 'portfolio-level verdict (not all started by 4月30日); none of the 11 is named in this excerpt'},
    ]},
    'layout': "weekly 通报 (第6期) on 上海市对口帮扶 projects: summary paragraph with counts, section heading '一、年未完工项目进展情况(3个)', then per project '(一)name' followed by label lines 县级责任领导: / 项目单位责任领导: / 本周进展情况: / 下周计划: / 项目进度评价:",
    'tests': "per-item '项目进度评价:' verdict line (a status label line, not a table column); leader names glued to their job titles ('李开传县委副书记'); 'X推进正常,但仍未达到…要求' — the verdict after 但 decides; 下周计划 dates (5月25日, 5月30日) are next-week plans, not deadlines; summary names a lagging project in prose before the itemised list; figures lost from the text ('棚膜铺设亩', '拨付使用万元')",
    'ambiguities': [
        "year unknown: every year number was lost in the stored text ('根据县委次常委会议', '年未完工项目', '年项目11个'); 上海 helped 大姚 under 沪滇 pairing for several years and nothing in the excerpt fixes which → year null, file named 'undated'",
        "lead left empty: no unit is labelled; the 项目单位 is evidently 金碧镇 (its 党委副书记 is the 项目单位责任领导) but it is printed only inside the person's title and inside the project names",
        "task 一: status lagging from '仍未达到倒排工期序时进度要求' (also '进展缓慢' in the summary); '推进正常' in the same line refers to this week's work only",
        "下周计划 dates are not deadlines; '离5月底完工差距仍然较大' implies a 5月底 completion target for task 一 but it is not stated as the task's deadline → deadline null",
    ],
    'notes': [
        "Source is a 大姚 local site mirror (dayaozx.com); the notice is addressed '各乡镇,县级相关部门' and issued weekly by decision of a 县委常委会议.",
        "Stored text is the first 2,000 bytes of the page (partial). Both retrievals returned the same excerpt; _copyB/ is identical.",
        "Digits lost in the stored text are kept as found ('铺设亩', '排水沟4条米', '资金拨付使用万元').",
    ],
})

# ---------------------------------------------------------------- 余姚 2025
write('yuyao_2025_progress', {
    'source': 'https://www.yy.gov.cn/art/2025/5/20/art_1229694747_59100642.html',
    'kind': 'progress', 'partial': True, 'place': '浙江省宁波市余姚市', 'year': 2025,
    'tasks': [
        T('1', '新建公用和专用电动汽车充电桩350个', None, None, lead=['市发改局'], leaders=['吕  乐'],
          note="形象进度 28%; progress cell gives figures only"),
        T('2', '建设电动自行车“充电驿站”1440个', None, None, lead=['市消防大队'], leaders=['吕  乐'],
          note="形象进度 30%; quotes are part of the task text"),
        T('3', '全市新(改)建“家门口青少年宫”13家', None, None, lead=['团市委'], leaders=['吕  乐'],
          note="形象进度 45%"),
        T('4', '聚焦人民群众反映的噪声问题', 'on_schedule', '工作进度均按照上级要求时序推进',
          lead=['生态环境局余姚分局'], leaders=['毛丕显'],
          note="形象进度 65%; the status phrase closes the progress cell"),
        T('5', '推动2家工厂企业原料利用最大化', None, None, lead=['生态环境局余姚分局'], leaders=['毛丕显'],
          note="the progress cell is cut mid-sentence ('确保飞灰项目整体长'); its visible part says one sub-project '已正式投运', which is not a verdict on the task → null"),
    ],
    'summary': None,
    'layout': "progress table flattened one cell per paragraph (blank line between cells): 序号 / 目标任务 / 牵头 市领导 (header split over two paragraphs '牵头' + '市领导') / 责任单位 / 进展情况 / 形象进度(%)",
    'tests': "header cell split across two paragraphs; leader column with a justification space ('吕  乐'); 形象进度 percentages are not statuses; a status phrase at the end of one progress cell; 市 here means 余姚市 (county-level city) reporting its share of the 宁波市政府民生实事",
    'ambiguities': [
        "leaders kept as printed '吕  乐' (two spaces, justification of a two-character name); a normaliser may write 吕乐",
        "task 4: '工作进度均按照上级要求时序推进' → on_schedule (时序推进 = 序时推进)",
        "tasks 1–3 and 5: percentages only (28%, 30%, 45%) and no status word → null; a scorer might treat low 形象进度 as lagging, the document does not",
    ],
    'notes': [
        "Published on the 余姚市 government site (信息来源: 市政府办公室) with the title '2025年宁波市政府民生实事项目进展情况(截至5月15日)': the 宁波 city 民生实事 as carried out in 余姚; 截至5月15日 is a reporting date, not a deadline.",
        "余姚 is a county-level city under 宁波; this folder also holds a 宁波 city document (ningbo_2014_notice) of a different year, issuer and layout.",
        "Stored text is the first ~2,000 bytes (1,997); task 5 is cut. Both retrievals returned the same excerpt; _copyB/ is identical.",
    ],
})

# ---------------------------------------------------------------- 濮阳 2016
PY_STALL = '已到开工时间节点而未开工'
write('puyang_2016_report', {
    'source': 'https://pydc.gov.cn/pc/news_view.asp?id=8531',
    'kind': 'report', 'partial': True, 'place': '河南省濮阳市', 'year': 2016,
    'tasks': [
        T('1', '同力建材粉煤灰加工项目', 'stalled', '尚未开工建设', lead=['濮阳县'],
          note="group '濮阳县4个:' item 1"),
        T('2', '高贝斯高科技医用新材料产业园', 'stalled', '未开工原因是受市场因素影响', lead=['濮阳县'],
          note="group '濮阳县4个:' item 2; the text adds '暂取消二期建设' (phase 2 cancelled) — see ambiguities"),
        T('3', '丰利能源化工公司固废处理中心', 'stalled', PY_STALL, lead=['濮阳县'],
          note="group '濮阳县4个:' item 3; its own text ('待农作物收割后方可进地施工') has no status word, the status comes from the list heading"),
        T('4', '光明医院医护养老中心', 'stalled', '暂未实质性开工', lead=['濮阳县'],
          note="group '濮阳县4个:' item 4"),
        T(None, '天宇20MWP分布式光伏发电项目', 'stalled', '未开工原因是原址土地手续未完成', lead=['范县'],
          note="group '范县1个:' (single item, unnumbered)"),
        T(None, '新天龙市场', 'stalled', '未开工原因是土地等手续未完成', lead=['华龙区'],
          note="group '华龙区1个:'; whole item name is 5 characters"),
        T(None, '煤炭储配中心', 'stalled', '未开工原因是储煤场设计尚未完成', lead=['工业园区'],
          note="group '工业园区1个:'; whole item name is 6 characters"),
        T('1', '达亿康妇儿医院建设项目', 'stalled', '未开工原因是设计方案未经市规划联席会研究通过', lead=['示范区'],
          note="group '示范区2个:' item 1 (numbering restarts per group)"),
        T('2', '滨河特色风情街区', 'stalled', '未开工原因是建设方案未定', lead=['示范区'],
          note="group '示范区2个:' item 2"),
        T(None, '河南省地震应急救援训练基地项目', 'stalled', '停工原因是设备招标第一次流标', lead=['市直'],
          note="second list '已开工的263个项目中,有9个项目停工,分别是:' group '市直1个:'; the excerpt ends at the next group heading '濮阳县' → the other 8 停工 projects are not in this file"),
    ],
    'summary': {'scopes': [
        {'scope': '全市省市重点项目', 'total': 341, 'by_status': {'started': 264, 'not_started': 77, 'not_started_overdue': 9, 'not_started_not_yet_due': 68, 'halted': 9},
         'printed': ['341个省市重点项目中,264个已开工建设,77个未开工建设,开工率为77.4%', '68个尚未到开工时间,有9个项目已到开工时间节点而未开工', '已开工的263个项目中,有9个项目停工'],
         'note': "the printed 263 contradicts the 264 started two sentences earlier; kept as printed"},
        {'scope': '各县(区)开工率排名', 'total': None, 'by_status': {},
         'printed': ['华龙区41个项目,开工39个,开工率95.1%', '示范区12个项目,开工5个,开工率41.7%'],
         'note': 'ten per-county lines (counts only, no named projects): 华龙区, 南乐县, 清丰县, 范县, 开发区, 濮阳县, 市直, 台前县, 工业园区, 示范区'},
    ]},
    'layout': "督查 news item: totals, a per-county ranking list ('X县N个项目,开工M个,开工率P%;'), then the overdue-not-started projects grouped by county/district: 'X县N个:' heading line followed by numbered ('1. ') or unnumbered project lines '<project>,<reason>。'; then a second grouped list of halted (停工) projects",
    'tests': "per-unit groups with a stated count ('濮阳县4个:', '示范区2个:'); numbering that restarts in every group and is absent for single-item groups; status carried by the list heading (已到开工时间节点而未开工 / 停工) and repeated in varying words per item ('尚未开工建设', '暂未实质性开工', '未开工原因是…', none at all); ranking lines that look like per-unit groups but name no project; a 264/263 inconsistency",
    'ambiguities': [
        "lead = the county/district group heading (濮阳县, 范县, 华龙区, 工业园区, 示范区, 市直). These are the units that own the projects in this list (市直 = the city departments); the shared convention 'a place named as where work lags is not a unit' (巴中) could argue for lead [] — there the counties were where a city-wide task lagged, here each project belongs to exactly one group",
        "all ten → stalled. Nine are '已到开工时间节点而未开工' (overdue, not started: FORMAT 暂未开工 → stalled). The tenth is 停工 (work halted after starting), mapped to stalled as the nearest code; at_risk is defensible",
        "task 2: '暂取消二期建设' means phase 2 was cancelled; still reported in the not-started list → stalled",
        "no 'lagging' key: the groups are fully captured by lead, and verify.py requires lagging items to be task numbers, which restart per group here (濮阳县 1–4, 示范区 1–2) and are missing for single-item groups. Stated group counts: 濮阳县 4, 范县 1, 华龙区 1, 工业园区 1, 示范区 2 (= 9, matches '9个项目分别是'); 停工: 市直 1 (of 9)",
        "year 2016 is not printed on the page excerpt; it is inferred from the same 341-project portfolio and identical per-county totals (华龙区41, 南乐县34, 清丰县39, 范县34 …) in '8月份全市重点项目建设进展情况通报' (濮阳网, 2016-09-13, https://www.pyxww.com/news/yaowen/2016-09-13/13722.html)",
    ],
    'notes': [
        "pydc.gov.cn is the site of 濮阳市城乡一体化示范区 (the '示范区' of the lists); the report covers the whole city ('全市341个省市重点项目', by 市委市政府督查局).",
        "Stored text is the first 2,000 bytes (partial). Both retrievals returned the same excerpt; _copyB/ is identical.",
    ],
})

# ---------------------------------------------------------------- 开封 2016
write('kaifeng_2016_report', {
    'source': 'http://www.kfdxm.com/xhdd/view.asp?id=422',
    'kind': 'report', 'partial': False, 'place': '河南省开封市', 'year': 2016,
    'tasks': [
        T(None, '杞县柿园110千伏输变电工程', 'done', '已完工', note="'A、B2个已完工' — status after the pair with a count"),
        T(None, '智慧城市展示体验中心建设', 'done', '已完工'),
        T(None, '中意湖项目', 'good', '推进较快', note="'C、D2个项目推进较快,当年任务基本完成'; whole item 5 characters"),
        T(None, '尉氏优德医疗设备项目', 'good', '推进较快'),
    ],
    'summary': {'scopes': [
        {'scope': '“双50”项目(含子项目)', 'total': 118, 'by_status': {}, 'printed': ['今年“双50”项目加上子项目共118个,总体进展顺利']},
        {'scope': '68个重点推进项目', 'total': 68,
         'by_status': {'done': 2, 'good': 2, 'on_schedule': 54, 'basically_on_schedule': 4, 'lagging': 6},
         'printed': ['68个重点推进项目中,年内应开工项目28个、应竣工25个,实际开工9个、竣工2个', '2个已完工', '2个项目推进较快', '54个项目进展顺利', '4个基本顺利', '6个项目存在问题,进展较慢'],
         'note': "2+2+54+4+6 = 68; 进展顺利 → on_schedule, 基本顺利 left as its own bucket, 进展较慢 → lagging; only the first four are named"},
        {'scope': '50个争取开工项目', 'total': 50, 'by_status': {'started': 23, 'preparing': 27},
         'printed': ['50个争取开工项目中23个项目已经开工', '27个项目正在做前期工作']},
    ]},
    'layout': "督查 bulletin (第11期, 市委市政府督查局) on 市级领导分包 “双50” projects: one dense paragraph of counts in which two pairs of projects are named, each pair closed by a count and a status ('A、B2个已完工;C、D2个项目推进较快'); the per-project table is only announced ('附:…督查情况一览表'); 报/送 distribution lines at the end",
    'tests': "pairs of names joined by 、 with the count glued to the second name ('智慧城市展示体验中心建设2个已完工'); good status (推进较快) next to done; many status buckets with counts but no names (54 进展顺利, 4 基本顺利, 6 进展较慢) that must not produce tasks; distribution list (报:/送:) and editor line that are not tasks",
    'ambiguities': [
        "'推进较快,当年任务基本完成' → good (FORMAT: 超进度 → good); done could be argued from 当年任务基本完成, but 基本 hedges it",
        "'智慧城市展示体验中心建设2个已完工': the count '2个' is glued to the second name; textStartsWith stops before it",
        "no leaders or units: the 分包 市级领导 and 责任单位 are only in the attached table, which is not in the page text",
    ],
    'notes': [
        "kind report: an internal 督查 bulletin (报 市级领导…, 送 各县区…) rather than a public 通报; the city is named in the cited rule '《开封市重点项目建设及招商引资工作督查考核办法(试行)》(汴政办【2016】50号)'.",
        "The page text is complete (1,702 bytes, under the store's cap) but the attached 一览表 is absent.",
        "Source kfdxm.com is a 开封 site carrying the bulletin. Both retrievals returned the same excerpt; _copyB/ is identical.",
        "This folder also holds kaifeng_2019_report (different year, issuer and layout); drop one of them if one document per place is wanted.",
    ],
})

# ---------------------------------------------------------------- 开封 2019
STARTED, STALL, EARLY, DONE = '已开工建设', '应开未开', '已提前开工', '已基本提前完工'
write('kaifeng_2019_report', {
    'source': 'http://menchuang.net/news/89757.html',
    'kind': 'report', 'partial': True, 'place': '河南省开封市', 'year': 2019,
    'tasks': [
        T(None, '河南国网电缆集团有限公司防火电缆项目', 'on_schedule', STARTED, note="list 1 '累计有 168 个项目已开工建设,分别为:'"),
        T(None, '开封联诚木业有限公司联诚木业项目', 'on_schedule', STARTED),
        T(None, '汴梁小宋城二期项目', 'on_schedule', STARTED),
        T(None, '大相国寺周边整体改造项目', 'on_schedule', STARTED),
        T(None, '基础设施项目(东昌路北延、昌盛路)', 'on_schedule', STARTED, note="the 、 is inside the parentheses: one item"),
        T(None, '柳池生态种植园', 'on_schedule', STARTED, note="last item before '等项目有 ;' (stray 有 in the source); whole item 7 characters"),
        T(None, '建祥产业园项目', 'stalled', STALL, note="list 2 '有 18 个项目应开未开,分别为:'; whole item 7 characters"),
        T(None, '开封高富聚脲醛实业有限公司年产 20 万吨脲甲醛项目', 'stalled', STALL, note="spaces around the figure as in the source"),
        T(None, '开封市陇海医院医养结合项目', 'stalled', STALL),
        T(None, '蓄水坝、节制闸工程', 'stalled', STALL, note="last item before '等项目'; kept as one item — see ambiguities"),
        T(None, '河南数字化建筑产业园 (一期)', 'good', EARLY, note="list 3 '有 11 个项目已提前开工,分别为:'; a space before '(一期)' in the source"),
        T(None, '河南昊晖建材有限公司建筑材料生产项目', 'good', EARLY),
        T(None, '幸福里·十顷園城市综合体', 'good', EARLY, note="traditional 園 as in the source"),
        T(None, '开封市传染病医院迁建项目', 'good', EARLY),
        T(None, '开封中盛家具项目', 'done', DONE, note="list 4 '有 52个项目已基本提前完工,分别为:'; whole item 7 characters"),
        T(None, '尉氏辰辉新型建筑材料有限公司建筑材料生产项目', 'done', DONE),
        T(None, '开封市多多美门业有限公司防盗室内门窗生产项目', 'done', DONE),
        T(None, '河南青和铝业有限公司铝型材加工项目', 'done', DONE),
        T(None, '开封市御品官瓷文化艺术有限公司龙亭官瓷文化产业园项目', 'done', DONE),
        T(None, '河南皮阿诺工程橱柜定制', 'done', DONE, note="last item before '等项目。'"),
    ],
    'summary': {'scopes': [
        {'scope': '“6590”重点项目', 'total': 502, 'by_status': {},
         'printed': ['2019 年我市“6590”重点项目共 502 个(含兰考县)', '截止目前已超出年度时序进度 10 个百分点'],
         'note': 'portfolio verdict (超出时序进度) not copied to the items'},
        {'scope': '截止 8 月底应开工项目', 'total': 186, 'by_status': {'started': 168, 'stalled': 18, 'good': 11},
         'printed': ['截止 8 月底合计应开工项目 186 个,累计有 168 个项目已开工建设', '有 18 个项目应开未开', '有 11 个项目已提前开工'],
         'note': '168 + 18 = 186; the 11 提前开工 are a further group (projects started ahead of their planned date)'},
        {'scope': '竣工项目', 'total': 174, 'by_status': {'done': 33, 'basically_done_early': 52},
         'printed': ['竣工项目 174 个(含新开工并竣工项目 79 个)', '1 —8 月份应竣工项目 33 个已全部竣工', '有 52个项目已基本提前完工']},
    ]},
    'layout': "news-style progress report: counts per project class, each followed by '分别为:' and a 、-list of project names closed by '等项目' — four lists with four statuses (已开工建设 / 应开未开 / 已提前开工 / 已基本提前完工), two of them in one sentence separated by ';'",
    'tests': "several 、-lists with counts far larger than the names given (168, 18, 11, 52 vs 6, 4, 4, 6); 、 inside parentheses; status before the list ('有 18 个项目应开未开,分别为:'); stray spaces around numbers ('2019 年', '1 —8 月份', '年产 20 万吨'); a garbled sentence ('新开工项目为 开工率为 69.38% 。'); portfolio-level 超出时序进度 that must not be copied to items; traditional 園 inside a simplified text",
    'ambiguities': [
        "list 1 '已开工建设' (started, among 应开工 projects) → on_schedule; it reports that the project started as required, not a schedule verdict, so null is defensible",
        "list 3 '已提前开工' → good (ahead of plan)",
        "list 4 '已基本提前完工' → done; the hedge 基本 could keep it null or on_schedule",
        "'蓄水坝、节制闸工程' kept as one item (a water project of dams and sluices); a reader splitting on every 、 gets two items, '蓄水坝' and '节制闸工程'",
        "partial: the stored text (1,973 bytes) ends at a sentence boundary, close to the store's 2,000-byte cap; whether the page continued is unknown",
    ],
    'notes': [
        "The city is not named in a title (the excerpt has none); 开封 is evident from '我市“6590”重点项目…(含兰考县)' and the project names (开封联诚木业, 汴梁小宋城, 大相国寺, 开封市传染病医院, 尉氏).",
        "Source menchuang.net is a third-party site reproducing the text; no official copy was in the store.",
        "The excerpt starts with a newline, kept. Spaces around figures may be ordinary or other space characters in the original; the tool output shows ordinary spaces and they are saved as such.",
        "Both retrievals returned the same excerpt; _copyB/ is identical.",
    ],
})
print('ok')
