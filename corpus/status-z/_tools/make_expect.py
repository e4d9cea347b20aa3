import json, os
D = '/work/staging4/status-z'

def T(number, tsw, status=None, st=None, lead=None, note=None, deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": lead or [], "co": [], "leaders": [],
            "deadline": deadline, "status": status, "statusText": st, "note": note}

cases = {}

# ---------------- wenshang ----------------
U = "县农村人居环境整治工作专班"
ws = [
 T("1", "农村人居环境整治提升工程", "done", "已完成", [U],
   "row '1 | 农村人居环境整治提升工程 | 推广“信用+”人居环境治理新模式,…试点村达到100个。 | … | 已完成 | 县农村人居环境整治工作专班 |'; the project name follows the number, the row's own target is '推广“信用+”人居环境治理新模式' (project 1 groups the following sub-rows, but every row carries its own 进度评价, so each row is a task)"),
 T(None, "新增国家卫生乡镇2个、省级美丽乡村3个。", "done", "已完成", [U],
   "continuation row of project 1 (序号/项目名称/主办单位 cells merged, stored as '| |||'); lead carried over from the merged 主办单位 cell; progress says 验收材料已准备完毕 but the 进度评价 cell says 已完成"),
 T(None, "建设“四好农村路”50公里。", "done", "已完成", [U], "continuation row of project 1; quotes are part of the name"),
 T(None, "新增绿化面积387亩。", "done", "已完成", [U], "continuation row of project 1; whole item is 11 chars"),
 T(None, "完成生活污水治理村庄61个。", "on_schedule", "正常推进", [U], "continuation row of project 1; 正常推进 → on_schedule"),
 T(None, "完成废弃坑塘治理村庄10个。", "done", "已完成", [U], "continuation row of project 1"),
 T(None, "市场化运作农村户厕、公厕保洁管护。", "on_schedule", "正常推进", [U],
   "continuation row of project 1; progress cell has its own '1.…2.…' numbering, which is not task numbering"),
 T(None, "持续推动生活垃圾分类,", None, None, [U],
   "continuation row of project 1, cut by the store inside the progress cell ('…垃圾分类亭100个,目'); the 进度评价 cell is lost → status null; target cell ends with ',' as printed (whole item, 10 chars)"),
]
cases['wenshang_2023_progress'] = dict(
 source="http://wenshang.gov.cn/art/2023/11/29/art_71075_2765607.html?xxgkhide=1",
 kind="progress", partial=True, place="山东省济宁市汶上县", year=2023, tasks=ws, summary=None,
 layout="民生实事 progress table stored as pipe rows: header '序号 | 项目名称 | 项目内容 | 当前进展情况 | 进度评价 | 主办单位 |'; row 1 has all six cells, the following rows of the same project have only 项目内容/当前进展情况/进度评价 followed by empty merged-cell placeholders ('| |||'); no title or intro in the stored excerpt",
 tests="status column (进度评价: 已完成 / 正常推进) in a flattened table; rows of one project (merged 序号/项目名称/主办单位 cells) each carrying their own status; lead unit only on the first row of the merged block; numbered sub-steps '1.…2.…' inside a progress cell; row cut mid-cell at the store limit",
 ambiguities="each row of project 1 is a task (own target, own status); the project name '农村人居环境整治提升工程' is used as textStartsWith for row 1 because it is what follows the printed number; the 主办单位 '县农村人居环境整治工作专班' is given to every row of the merged block (a reader of the original table sees one merged cell) — a stricter reading would give it to row 1 only; 正常推进 → on_schedule; last row has no status (cut)",
 notes=[
  "Official site of 汶上县 (wenshang.gov.cn), URL dated 2023-11-29; the stored excerpt starts with the table header (no title) and stops at the ~2,000-byte cap inside row 8 ('…垃圾分类亭100个,目').",
  "Year 2023 from the URL and from '2023年目标建成垃圾分类亭100个' in the text; content matches the county's 民生实事 list (项目名称/项目内容/主办单位).",
  "Only project 1 (农村人居环境整治提升工程) is visible; its 8 sub-targets are the tasks.",
  "Row 2's progress text ('验收材料已准备完毕,正制作永久性宣传标语…') reads as unfinished, but the table's own 进度评价 says 已完成; the table's verdict is annotated.",
  "No counts are printed → summary null."])

# ---------------- hunan ----------------
big = [
 "改造县乡公路3290公里", "建成乡镇到村水泥(沥青)路11702公里", "解决农村饮水不安全人口319.61万人", "扩建乡镇敬老院174所",
 "城市低保对象月人均补差185元", "农村低保对象月人均补差70元", "农村五保户分散供养标准为1556元", "农村危房改造113423户",
 "国有林场危旧房改造20495户", "新增廉租住房115372套", "城镇生活垃圾无害化处理率达65.4%", "新增城镇就业人员71.6万人",
 "新增农村劳动力转移就业82.67万人", "新型农村养老保险参保人数1306.25万人", "居民医保门诊统筹的县市区115个",
 "统筹地区新农合政策范围内住院费用平均补偿率为73.2%", "新建农村沼气池131661口", "建设农村清洁工程示范村103个",
 "建设农家书屋19818个", "城市治安电子防控系统建设安装监控摄像机6539个", "新增通电话自然村969个",
 "新增行政村实现互联网宽带上网2733个", "帮扶贫困农民613432人", "农民工和农村劳动预备制培训49.58万人",
 "移民实用技术与就业技能培训67755人", "贫困农民帮扶培训15130人"]
hn = [T(None, s, "done", "超额完成任务", None,
        "item %d of the 26 in '有26个考核指标超额完成任务,分别是:'; text up to the first ',' (the achieved figure), followed by '为任务的…%%'/'超任务…'" % (i+1))
      for i, s in enumerate(big)]
hn += [
 T(None, "完成病险水库除险加固376座", "done", "100%完成任务", None, "item 1 of '12个考核指标100%完成任务,分别是:'; ';'-separated; whole item"),
 T(None, "移民重点县100%纳入新型农村养老保险试点范围", "done", "100%完成任务", None, "item 2 of the 12; contains '100%' itself; whole item"),
 T(None, "全省农村五保对象在县乡级新农合定点医疗机构住院", "done", "100%完成任务", None,
   "item 3 of the 12, cut by the store ('…定点医疗机构住院' is the whole visible remnant); the other 9 of the 12 are not in the stored text"),
]
cases['hunan_2011_notice'] = dict(
 source="http://fsou.com/html/text/lar/173645/17364524_1.html",
 kind="notice", partial=True, place="湖南省", year=2011, tasks=hn,
 summary={"scopes": [{"scope": "为民办实事考核指标", "total": 38,
   "by_status": {"done": 38},
   "printed": ["32项、38个为民办实事考核指标中,有26个考核指标超额完成任务", "12个考核指标100%完成任务",
               "31个省直责任单位和14个市州政府均按时完成了各项任务,考核达标"],
   "note": "26 超额完成 + 12 100%完成 = 38; 29 of them are named in the stored text (26 + 3, the third cut)"}]},
 layout="law-archive mirror (法搜网 fsou.com) of the 为民办实事 section '(二)为民办实事考核指标完成情况。' of a provincial 绩效评估和为民办实事 通报: count sentence, then '有26个考核指标超额完成任务,分别是:' and a 26-item ';'-separated list, each item 'achievement figure,为任务的N%' or ',超任务N', then '12个考核指标100%完成任务,分别是:' and a second ';'-list cut after its third item",
 tests="status stated once for a whole ';'-list ('超额完成任务' / '100%完成任务') and applied to every item; items that contain ',' and '(…)' internally ('水泥(沥青)路'); percent figures inside items ('为任务的164.5%', '100%纳入'); a count (26/12) that must be matched by the list; list cut at the store limit",
 ambiguities="超额完成任务 and 100%完成任务 → done (year-end results, shared README: 超额完成 (year end) → done; '超额' could be argued good); each item's text is the achieved result, so textStartsWith is the figure up to the first ','; the 26 items are counted exactly as stated (no merges needed); kind notice and year 2011 are inferred (see notes)",
 notes=[
  "Stored page is page 1 of a split document on fsou.com (法搜网); it begins at '(二)为民办实事考核指标完成情况。' with no title, issuer or date, and stops at 2,000 bytes inside the 12-item list.",
  "Province: '14个市州政府' and the 省直责任单位 fit 湖南 (14 市州); the same site stores 湘办发[2011]3号 '关于2010年绩效评估和为民办实事情况的通报' with the identical '(一)…(二)为民办实事…' structure.",
  "Year 2011 is inferred: a gov.cn report of the 湖南 provincial executive meeting of 2012-01-14 says '2011年…38個為民辦實事項目全部落到實處,26個項目超額完成' — the same 38 and 26 as this text. The 2010 通报 on the same site is a different document.",
  "kind 'notice': the text is a section of a 省委办公厅/省政府办公厅 通报 on year-end 考核 (inferred from the sister document and the wording '经考核验收').",
  "No units per item: '31个省直责任单位和14个市州政府' is a collective statement, not a task unit."])

# ---------------- sanyuan ----------------
good = ["三明宾馆重建", "闽新新型建材生产", "城市物流园基础建设", "徐碧新城住宅建设", "天尊短流程铸造技改", "汽车综合服务集中区建设"]
sy = [T(None, s, None, None, None,
        "named in '…等13个省市重点项目,完成年计划70%以上' — a completion figure, no status word; 70% of the annual plan after 8 months is above the 8/12 = 66.7% time-line, so a reader could infer good (ahead), but the document states no verdict for these items → null")
      for s in good]
for s in ["三明一品农林产品仓储", "华油仓储", "三明汽车维修中心"]:
    sy.append(T(None, s, "lagging", "滞后", None, "named in '…等26个项目滞后' (3 of the 26 are named)"))
for t in sy:
    t['note'] += "; whole item (%d chars)" % len(t['textStartsWith'])
cases['sanyuan_2010_report'] = dict(
 source="http://www.smsy.gov.cn/ztzl/yxml/ztzl/dg150tdhwdzyzt/zdxmjszy/201009/t20100918_975046.htm",
 kind="report", partial=False, place="福建省三明市三元区", year=2010, tasks=sy,
 summary={"scopes": [
   {"scope": "重点项目 (投资)", "total": None, "by_status": {},
    "printed": ["占年计划74%,超序时进度7.33个百分点"], "note": "portfolio-level verdict 超序时进度 (good for the whole portfolio), not applied to items"},
   {"scope": "省市重点项目 完成年计划70%以上", "total": 13, "by_status": {},
    "printed": ["等13个省市重点项目,完成年计划70%以上"], "note": "6 of 13 named; figure without status word"},
   {"scope": "省市区在建或预备重点项目", "total": 82, "by_status": {"lagging": 26},
    "printed": ["82个省市区在建或预备重点项目中", "等26个项目滞后"], "note": "3 of the 26 named"}]},
 layout="short district news item (重点项目建设战役指挥部办公室) under the headline '我区1-8月重点项目固投超序时进度7.33个百分点': one paragraph with a '、'-list '…等13个省市重点项目,完成年计划70%以上' and a '、'-list '…等26个项目滞后', then the 指挥部 request",
 tests="status after a '、'-list closed by '等N个项目滞后'; counts larger than the named items (13/6, 26/3); a portfolio verdict in the headline (超序时进度) that must not be copied onto items; a completion figure ('完成年计划70%以上') that is not a status word; short project names (华油仓储, 4 chars)",
 ambiguities="the 6 '完成年计划70%以上' projects are left null (figure only; good could be argued because 70% > 8/12 of the year); the headline's 超序时进度 is portfolio-level only; '挂包领导协调、责任单位跟进' is a generic request, not a unit of any task",
 notes=[
  "Page of the 三元区 government site (smsy.gov.cn, 三明市三元区), dated 2010-09-18, source 重点项目建设战役指挥部办公室; the text says only '我区' — the district is taken from the site.",
  "Complete article (the stored text ends with '附件:' / '相关报道').",
  "No units, leaders or deadlines in the text."])

# ---------------- xiangshan ----------------
xs = [
 T(None, "大金山隧道", "stalled", "计划安排年底开工", None,
   "'其中大金山隧道等6个项目(其中二个分项)计划安排年底开工', under '特别是项目开工率明显不足' → not started, start only planned for year end → stalled (as 石泉 '预计9月底前开工建设' in shared/status); '年底' is a planned start, not a deadline → deadline null; whole item (5 chars)"),
 T(None, "小型水库", "stalled", "未按计划实施或开工", None,
   "'小型水库等13个项目政策处理、报批、设计等前期工作进度缓慢,未按计划实施或开工' → not started as planned → stalled; '前期工作进度缓慢' would give lagging (alternative); whole item (4 chars)"),
 T(None, "客运中心", "stalled", "主体工程没有动建", None,
   "'已开工项目中有客运中心等3个项目主体工程没有动建' — started, but main works not begun → stalled; whole item (4 chars)"),
 T(None, "天安电工基地", "lagging", "进度缓慢", None, "'天安电工基地等近十个项目进度缓慢'; whole item (6 chars)"),
 T(None, "政策性住房保险", "done", "基本完成", None,
   "实事工程 list '政策性住房保险、疏浚、整治河道、经济适用房主体工程等项目内容均已基本完成' → done (基本完成 → done, as '已经完成或基本完成' elsewhere); whole item (7 chars)"),
 T(None, "疏浚、整治河道", "done", "基本完成", None,
   "'疏浚' has no object of its own: '疏浚、整治河道' read as one item (dredge and regulate the river channels), not split at '、'; whole item (7 chars)"),
 T(None, "经济适用房主体工程", "done", "基本完成", None, "whole item (9 chars)"),
 T(None, "农民引水", "on_schedule", "已在实施中", None,
   "'农民引水、安置房、标准海塘加固、有线电视数字化改造、保险等项目已在实施中' → on_schedule (being implemented; FORMAT 正在推进 → on_schedule; null could be argued: 'underway' is not a verdict on pace); the '、' before 农民引水 joins it to the previous list in print — the status words '均已基本完成' close the first list; whole item (4 chars)"),
 T(None, "安置房", "on_schedule", "已在实施中", None, "whole item (3 chars)"),
 T(None, "标准海塘加固", "on_schedule", "已在实施中", None, "whole item (6 chars)"),
 T(None, "有线电视数字化改造", "on_schedule", "已在实施中", None, "whole item (9 chars)"),
 T(None, "保险", "on_schedule", "已在实施中", None, "whole item (2 chars); a separate item from 政策性住房保险 as printed"),
 T(None, "教育", "stalled", "还处于落实或筹建阶段", None,
   "'教育、环境治理、电视网络、视频监控等项目还处于落实或筹建阶段' at the end of July → not yet started → stalled (FORMAT 暂未开展/未启动; null could be argued, cf. 无锡经开区 前期准备 items left null); whole item (2 chars)"),
 T(None, "环境治理", "stalled", "还处于落实或筹建阶段", None, "whole item (4 chars)"),
 T(None, "电视网络", "stalled", "还处于落实或筹建阶段", None, "whole item (4 chars)"),
 T(None, "视频监控", "stalled", "还处于落实或筹建阶段", None, "whole item (4 chars)"),
]
cases['xiangshan_2007_report'] = dict(
 source="http://54xsr.com/bbs/archiver/tid-7579.html",
 kind="report", partial=True, place="浙江省宁波市象山县", year=2007, tasks=xs,
 summary={"scopes": [
   {"scope": "重点工程建设项目", "total": 42, "by_status": {"stalled": 22},
    "printed": ["大金山隧道等6个项目(其中二个分项)计划安排年底开工", "小型水库等13个项目", "客运中心等3个项目主体工程没有动建",
                "天安电工基地等近十个项目进度缓慢", "目前有24个存在或可能要出现前期工作、政策处理等方面问题;18个项目进展较顺利或已进入顺利实施阶段"],
    "note": "6 + 13 + 3 = 22 not started (stalled, as read here); 'nearly ten' (近十个) lagging is not an exact count and is left out of by_status; '18个项目进展较顺利' names none"},
   {"scope": "实事工程项目", "total": 8, "by_status": {},
    "printed": ["8个实事工程项目中"], "note": "8 projects, but 12 项目内容 are named across the three status groups; no count per group"}]},
 layout="forum archive page (象山 local forum 54xsr.com) reposting a county report '2007年1-7月全县重点工程进展情况': '一、 完成投资情况' with investment per category, '二、 项目进展情况' with four status sentences 'A等N个项目 <status>', then one sentence on the 8 实事工程 with three '、'-lists each closed by a status phrase; followed by two forum replies and a third cut at the store limit",
 tests="status after 'A等N个项目' (one named example per group, counts larger than names); three consecutive '、'-lists in one sentence, the first closed by '均已基本完成' and joined to the second by '、' instead of ';'; not-started wordings (计划安排年底开工 / 未按计划实施或开工 / 主体工程没有动建 / 还处于落实或筹建阶段); very short items (保险, 教育); forum reply text that is not part of the report",
 ambiguities="'计划安排年底开工', '未按计划实施或开工', '主体工程没有动建', '还处于落实或筹建阶段' all → stalled (not started); '小型水库' could be lagging ('前期工作进度缓慢'); '已在实施中' → on_schedule (could be null); '基本完成' → done; '疏浚、整治河道' kept as one item; '保险' kept separate from '政策性住房保险'",
 notes=[
  "Source is a forum print view (archiver) of 54xsr.com, posted 2007-8-27 by a user; the report itself has no issuer or date in the stored text. Place: the text says only '全县'; 54xsr.com is a 象山 forum (another thread on it, tid-14016, reposts '象山县重点工程建设巡礼' from xiangshan.gov.cn, with 41 县重点工程 in 2008 vs 42 here), and '标准海塘加固' fits a coastal county — 象山县 is inferred, not printed.",
  "Forum replies ('空子 发表于…', '山鹰猎狐 发表于…') are kept as stored; they contain no tasks.",
  "Stored text stops at the ~2,000-byte cap inside the third reply ('工程倒'); the report part is complete.",
  "No units, leaders or deadlines are named."])

# ---------------- jianning ----------------
jn = [
 T(None, "建宁县闽赣省际(建宁)公铁联运物流园铁路专用线", None, None, None,
   "newly added to the 2021 second batch of 省重点项目 ('2个项目,列入2021年第二批增补省重点项目名单') — a project on the list, no progress status"),
 T(None, "三明绿田莲子系列食品深加工产业化", None, None, None, "second of the two added projects; no status"),
 T(None, "味蕾跳动年产3万吨农副产品系列深加工", "on_schedule", "如期开工建设", None,
   "'味蕾跳动年产3万吨农副产品系列深加工等5个新项目如期开工建设' → on_schedule (如期 = as scheduled; construction started on time); 1 of 5 named"),
 T(None, "莆炎高速公路建宁西互通连接线", "done", "竣工", None, "'…等2个项目竣工' → done; 1 of 2 named"),
 T(None, "明一生态养殖厂区", "on_schedule", "有序推进", None, "'明一生态养殖厂区等4个在建项目有序推进' → on_schedule; 1 of 4 named; whole item (8 chars)"),
]
cases['jianning_2021_report'] = dict(
 source="http://www.fjjn.gov.cn/zwgk/zdjsxm/jsqk/202110/t20211025_1717698.htm",
 kind="report", partial=False, place="福建省三明市建宁县", year=2021, tasks=jn,
 summary={"scopes": [{"scope": "省级重点项目 (11, excluding the added batches)", "total": 11,
   "by_status": {"on_schedule": 9, "done": 2},
   "printed": ["11个(不含第一、第二批增补)省级重点项目完成投资11.59亿元,占年度计划的98.43%,超序时进度23.4个百分点",
               "等5个新项目如期开工建设", "等2个项目竣工", "等4个在建项目有序推进"],
   "note": "5 + 2 + 4 = 11; portfolio verdict 超序时进度 (good) not copied onto items"}]},
 layout="county 发改局 news item: headline on 2 projects added to the 省重点项目 list, a paragraph naming them in a '、'-list, then one sentence with three 'A等N个…项目 <status>' clauses separated by ','",
 tests="three status clauses in one sentence, each naming one example of a counted group; statuses 如期开工建设 / 竣工 / 有序推进; named projects with no status (added to the list) next to projects with status; parentheses inside a project name ('闽赣省际(建宁)'); portfolio-level 超序时进度",
 ambiguities="'如期开工建设' → on_schedule (started on schedule; the project is not complete); '竣工' → done; '有序推进' → on_schedule; the two newly listed projects are annotated as tasks with status null — drop them if only items with progress count as tasks",
 notes=[
  "Official site of 建宁县 (fjjn.gov.cn), dated 2021-10-13, source 建宁县发改局; reporting date 1-9月 2021.",
  "Complete article.",
  "No units, leaders or deadlines in the text."])

for stem, c in cases.items():
    out = {"source": c['source'], "kind": c['kind'], "partial": c['partial'], "place": c['place'], "year": c['year'],
           "taskCount": len(c['tasks']), "tasks": c['tasks'], "summary": c['summary']}
    if c.get('lagging'): out['lagging'] = c['lagging']
    out.update({"layout": c['layout'], "tests": c['tests'], "ambiguities": c['ambiguities'], "notes": c['notes']})
    with open(os.path.join(D, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
    print(stem, len(c['tasks']))
