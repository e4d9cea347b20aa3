#!/usr/bin/env python3
"""Write <stem>.expect.json for batch mixed-at; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- 北流
GROUP = "正有序推進"
DOCS['beiliu_2016_progress_trad'] = dict(
 source="http://2jc1.com/news/xyjjbd/20161206/131000.html (traditional-character mirror with pinyin glosses of a 玉林 news item `玉林訊(記者 梁進維)` on 北流's 交通設施大提升工程; no date in the text, the URL path gives 2016-12-06; complete item, 780 bytes); pages corpus",
 kind="progress", partial=False, place="广西壮族自治区玉林市北流市 (county-level city)", year=2016,
 tasks=[
  T(None, "北流市印塘圭江大橋及引道工程", "on_schedule", "橋面基本完成",
    note="`北流市印塘圭江大橋及引道工程橋面基本完成`: the deck is basically finished, the project (bridge and approaches) is not yet finished → on_schedule. done is the alternative for a reader who takes `基本完成` as completion."),
  T(None, "北流城區(qū)至大容山國家森林公園二級公路", "done", "已在國慶前實現通車",
    note="The mirror glosses `區(qū)`; kept as stored. `已在國慶前實現通車` (opened to traffic before National Day) → done."),
  T(None, "324國道北流段大修工程", "on_schedule", GROUP,
    note="First of eight projects in the `、` list that ends `…三環(huán)西路等正有序推進`; the group state applies to each → on_schedule."),
  T(None, "北流至玉林新橋二級路北流段", "on_schedule", GROUP, note="Group state `等正有序推進` → on_schedule."),
  T(None, "清灣至南寧蘇圩高速公路項目(浦北至北流段)", "on_schedule", GROUP,
    note="The parenthesis `(浦北至北流段)` is part of the project name (the section inside 北流), not a unit."),
  T(None, "岑玉線北流甘村至新圩公路改擴建", "on_schedule", GROUP, note="Group state → on_schedule."),
  T(None, "岑溪南渡至陸川公路北流段", "on_schedule", GROUP, note="Group state → on_schedule."),
  T(None, "六靖至大倫文城二級路", "on_schedule", GROUP, note="Group state → on_schedule."),
  T(None, "工業(yè)大道二期(含路寶水泥廠支線)", "on_schedule", GROUP,
    note="`(含路寶水泥廠支線)` is part of the name (scope), not a unit; the mirror glosses `業(yè)`."),
  T(None, "三環(huán)西路", "on_schedule", GROUP,
    note="Last member of the list before `等正有序推進` → on_schedule. The photo caption at the top (`工人正在三環(huán)西路緊張施工`) says the same. The whole item is the road name (shorter than 8 characters without the gloss)."),
 ],
 summary=dict(printed=["共推進交通設施大提升建設項目34個", "總投資117.4億元"],
   counts={"done": 1, "on_schedule": 9},
   note="34 projects are under the programme; 10 are named in the stored text (all of it). One has opened to traffic, one has its deck basically finished, and eight share the state `等正有序推進`."),
 notes=[
  "A short news item in a traditional-character mirror with pinyin glosses inside words (`環(huán)`, `區(qū)`, `業(yè)`); every annotated string keeps the glosses as stored.",
  "Tasks are the ten named road/bridge projects in printed order, number null. The first two carry their own state; the `、` list of eight shares the trailing `等正有序推進`.",
  "No units, leaders or deadlines are printed (北流市 is the place; 玉林訊 is the dateline).",
  "Year: none in the text (`今年來`, `國慶前`); 2016 from the URL path 20161206.",
 ])

# ---------------------------------------------------------------- 金城镇 (金坛区)
DOCS['jinchengzhen_2020_report'] = dict(
 source="https://www.jintan.gov.cn/html/czjt/2020/IJMJQALL_0803/156268.html (常州市金坛区人民政府 site, 区镇动态: `金城镇:镇人大开展2020年度民生实事项目实施情况专项督查`, 发布时间 2020-08-03; complete item, 1304 bytes); pages corpus",
 kind="report", partial=False, place="江苏省常州市金坛区金城镇 (town)", year=2020,
 tasks=[
  T(None, "前庄村夕阳红服务中心建设项目", None, None,
    note="First of the four projects the deputies inspected (`代表们首先视察了A、B、C和D`). No state of its own. The chairman's closing verdict covers the whole programme: `工程进展不平衡、整体进度较缓慢`. Because it says progress is uneven, it does not say that this project is slow → null. lagging (statusText `整体进度较缓慢`) is the alternative for a reader who applies the verdict to every project."),
  T(None, "农业水价综合改革高湖灌区建设工程", None, None, note="Inspected project 2 of 4; no state of its own → null (see task 1)."),
  T(None, "沈渎大清培村庄河塘清淤工程", None, None, note="Inspected project 3 of 4; no state of its own → null (see task 1)."),
  T(None, "镇为民服务大厅建设项目", None, None, note="Inspected project 4 of 4 (joined by `和`); no state of its own → null (see task 1)."),
 ],
 summary=dict(printed=["今年重点实施的8项民生实事项目", "工程进展不平衡、整体进度较缓慢"],
   counts={"null": 4},
   note="The town's 人大 supervised its 8 票决 民生实事 projects; four are named as the sites visited. The only verdict is for the programme as a whole: uneven progress, overall slow (blamed on COVID-19), with a request to speed up construction."),
 notes=[
  "A town 人大 督查 news item (kind report): the deputies visit four project sites, hear 副镇长 孙桂华's report and the 人大主席 张建俊 sums up. Neither person is a task leader, so leaders stay empty.",
  "Tasks are the four named projects in the `A、B、C和D` list; the other four of the `8项` are not named in the text.",
  "`镇有关职能部门` are asked to coordinate, but no unit is tied to a project → no units.",
  "Judgement call: the closing sentence is a programme-level verdict qualified by `进展不平衡`; it is recorded in the summary, not as a per-task status.",
 ])

# ---------------------------------------------------------------- 新滩镇 (洪湖市)
DOCS['xintan_2022_report'] = dict(
 source="http://hhrd.net/html/xzdt/2023-4-17/23417161945D4I9K.html (洪湖 人大 site, 乡镇动态: `新滩镇人大视察2022年政府民生实事项目完成情况`; the visit was on 2月20日 (2023, per the URL path); cut at exactly 2000 bytes in the page chrome after the article); pages corpus",
 kind="report", partial=True, place="湖北省荆州市洪湖市新滩镇 (town)", year=2022,
 tasks=[
  T(None, "排水闸至S329省道700米路段升级改造项目", "done", "解决了群众反较强烈的多年来一直想解决而没有解决的痛点、堵点问题",
    note="The deputies inspect the completion of the six 2022 projects; this one `解决了…痛点、堵点问题` (the problem is solved, the road is in use) → done. The stored text has the typo `反较强烈` (for 反映较强烈); kept."),
  T(None, "中心水厂扩容1万吨项目", "done", "极大地缓解了用水高峰期园区企业生产用水水量不足、供水不及时的老大难问题",
    note="The plant has relieved the water shortage, so it is running → done."),
  T(None, "七一沟应急排涝泵站及配套工程项目", "done", "抢在汛期前竣工", note="`开工早、进度快,抢在汛期前竣工` → done."),
  T(None, "中学校门口停车场新建项目", "done", "工期短、见效快",
    note="`工期短、见效快,广大师生和学生家长拍手叫好` — built and in use → done. The words are an appraisal rather than a completion verb; null is the alternative for a reader who wants one."),
  T(None, "人民路上堤路续建项目", "done", "标准高、质量好、视野广阔、受益面广,深得民心",
    note="Only a quality appraisal of the finished road (`标准高、质量好…受益面广`), under the headline `2022年政府民生实事项目完成情况` → done; null is the alternative (no completion verb)."),
  T(None, "东升桥危桥拆除重建项目", "done", "最终能圆满完工",
    note="`虽受疫情等因素影响颇费周折,最终能圆满完工` → done (delayed, but finished)."),
 ],
 summary=dict(printed=["票决出的6个政府民生实事项目", "新滩镇人大视察2022年政府民生实事项目完成情况"],
   counts={"done": 6},
   note="Six 票决 projects of 2022, each named with an appraisal; all are presented as finished. The item closes with 6 suggested projects for 2023 (not named)."),
 notes=[
  "Tasks are the six projects in the `代表们普遍认为:` sentence, separated by `;`, number null; each task's text is the clause before its first comma.",
  "Appraisal clauses (`解决了…问题`, `极大地缓解了…`, `见效快`, `深得民心`) describe projects in use; with the headline `…完成情况` they are coded done. Only 七一沟 (`竣工`) and 东升桥 (`圆满完工`) use a completion verb.",
  "No units, leaders or deadlines are printed. 张晴晴 and 张泽亮 speak at the meeting; they are not task leaders.",
  "Year: the projects are 2022's (the visit was in February 2023). The excerpt ends in the page chrome (`发送给好友 | 加`), after the article.",
 ])

# ---------------------------------------------------------------- 昌宁县
DOCS['changningxian_2017_progress'] = dict(
 source="https://zzxcpxw.com/html/zwgk..infoegovinfo1001xxgknry01526384-X-17_F2018-0518001.html (mirror of the 昌宁县 政府信息公开 page `2017年度沪滇扶贫协作项目进展情况`, 索引号 01526384-X-17_F/2018-0518001, 发布日期 2018-05-18, 发布机构 昌宁县扶贫办; complete item, 1546 bytes); pages corpus",
 kind="progress", partial=False, place="云南省保山市昌宁县 (county)", year=2017,
 tasks=[
  T(None, "柯街镇立斯达村沪滇扶贫协作项目", "on_schedule", "其他项目正在进行项目招投标和政府采购等相关工作",
    note="Project 1 of the two listed after `分别是:`. Both projects `已完成方案编制及第一批600万启动资金下达`; in 立斯达村 the pea planting (360亩), 7 村民小组活动室, the 服务部 building, the landslide works and 1 village road are finished, and `其他项目正在进行项目招投标和政府采购` (expected to start by month's end) → under way, on_schedule. The finished components are not separate tasks (they are parts of this project)."),
  T(None, "鸡飞镇邑等村上海市对口支援云南建设项目", "on_schedule", "其他项目正在进行项目招投标和政府采购等相关工作",
    note="Project 2 of 2: `邑等村已完成邑等村完小标准化建设`, and the remaining components are in tendering (`其他项目正在进行…`) → on_schedule, as project 1."),
  T(None, "2017年闵行区对口支持昌宁县中草药种植200万元项目", "on_schedule", "正在进行实施方案编报",
    note="A third, separately funded project: only preparation is under way (`正在进行实施方案编报,预计5月底可开工建设,12月底完工`). Judgement call: preparation in progress with no sign of delay → on_schedule; null is the alternative for a reader who codes a project not yet started as having no verdict (stalled is not meant: nothing says it is stuck). `12月底完工` is a forecast, not a deadline. 闵行区 is the donor, not a unit of the task."),
 ],
 summary=dict(printed=["2017年度沪滇扶贫协作项目共两个", "总投资2315.61万元"],
   counts={"on_schedule": 3},
   note="Two 沪滇 projects (as printed: `共两个,分别是:A、B`) plus a third 闵行区-funded project named at the end. No project is finished as a whole; several components of project 1 and one of project 2 are."),
 notes=[
  "Tasks are the three named projects; their finished components (甜脆豌豆360亩, 村民小组活动室7个, 立斯达为民农业综合开发服务部经营用房, 滑坡点除险加固, 硬化村内道路1条, 邑等村完小标准化建设) are parts of projects 1 and 2, not separate tasks. A reader who lists components would add six done tasks.",
  "`其他项目正在进行项目招投标和政府采购等相关工作` follows the 邑等村 clause but covers the remaining components of both projects.",
  "No units, leaders or deadlines are printed; 昌宁县扶贫办 is the publisher. All dates (`本月底`, `11月底`, `5月底`, `12月底`) are forecasts.",
  "Year: the 2017 batch, reported on 2018-05-18.",
 ])

# ---------------------------------------------------------------- 大兴安岭
DOCS['daxinganling_2022_progress_trad'] = dict(
 source="http://aftabkazi.com/n2/2022/1114/c220075-40192908.html (traditional-character mirror with pinyin glosses of 人民网黑龙江频道 `開工率100%、投資完成率125%、財政資金到位率100% 大興安嶺省級重點項目實現三個百分百`, 2022-11-14, 來源:黑龍江日報; cut mid-sentence at `前移至`, 1953 bytes); pages corpus",
 kind="progress", partial=True, place="黑龙江省大兴安岭地区 (prefecture-level region)", year=2022,
 tasks=[
  T(None, "漠河機(jī)場改擴建工程", "on_schedule", "整體項目加速推進(jìn)",
    deadline="2022年12月",
    note="A 省重點建設項目: interior works in the terminal, `整體項目加速推進(jìn)`, `目前已成功校飛、試飛` → under way, on_schedule. Deadline: `建設(shè)年限為2020年11月至2022年12月` — the planned construction period ends 2022年12月 (not met or missed yet). A reader who keeps deadlines for explicit 完成时限 only would leave it null."),
  T(None, "漠河、塔河、呼瑪30萬千瓦風(fēng)電光伏項目", "on_schedule", "成功落地",
    note="`成功落地` — the project has been secured and sited; no construction stage is given. Coded on_schedule (a milestone reached, progress positive); null is the alternative."),
  T(None, "國邦北藥", "on_schedule", "進(jìn)展順利",
    note="`國邦北藥、天草藥業(yè)等重大產(chǎn)業(yè)項目進(jìn)展順利` — two named industrial projects share the state → on_schedule. The whole item is the 4-character company name."),
  T(None, "天草藥業(yè)", "on_schedule", "進(jìn)展順利", note="Second member of the same list → on_schedule."),
  T(None, "5G基站建設(shè)", "on_schedule", "取得階段性成果",
    note="`5G基站建設(shè)等一批重大基礎(chǔ)設(shè)施項目取得階段性成果` → partial results, under way → on_schedule."),
 ],
 summary=dict(printed=["大興安嶺省地縣140個重點項目開工建設", "其中8個省級重點項目", "開工率100%、投資完成率125%、財政資金到位率100%"],
   counts={"on_schedule": 5},
   note="140 重点项目 (省地县) with 开工率 93%, 投资完成率 80%, 资金到位率 100% for the first three quarters; 8 provincial projects at 100%/125%/100%. Five projects are named."),
 notes=[
  "A news item in a traditional-character mirror with pinyin glosses (`機(jī)`, `進(jìn)`, `設(shè)`); every annotated string keeps the glosses as stored.",
  "Tasks are the five named projects, number null; the two 藥 companies are split from the `、` list they share.",
  "Rates (93%, 125%) are programme-level; they are not per-task statuses.",
  "No units or leaders are printed; the `領導包保制、雙牽頭負責制` sentence names mechanisms, not task units. The excerpt is cut mid-sentence (`他們將服務項目建設位置前移至`).",
 ])


def main():
    for stem, d in DOCS.items():
        text = open(os.path.join(OUT, stem + '.txt'), encoding='utf-8').read()
        nt = norm(text)
        def need(s, what):
            if s:
                assert norm(s) in nt, (stem, what, s)
        for t in d['tasks']:
            need(t['textStartsWith'], 'tsw')
            need(t['statusText'], 'statusText')
            for u in t['lead'] + t['co']: need(u, 'unit')
            for p in t['leaders']: need(p, 'leader')
            need(t['deadline'], 'deadline')
            assert (t['status'] is None) == (t['statusText'] is None), (stem, t['textStartsWith'])
        for p in d['summary'].get('printed') or []: need(p, 'printed')
        c = collections.Counter(str(t['status']) if t['status'] else 'null' for t in d['tasks'])
        if d['summary'].get('counts'):
            assert dict(c) == d['summary']['counts'], (stem, dict(c), d['summary']['counts'])
        out = dict(source=d['source'], kind=d['kind'], partial=d['partial'], place=d['place'], year=d['year'],
                   taskCount=len(d['tasks']), tasks=d['tasks'], summary=d['summary'])
        if 'lagging' in d: out['lagging'] = d['lagging']
        out['notes'] = d['notes']
        with open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
        print(stem, len(d['tasks']), dict(c))

main()
