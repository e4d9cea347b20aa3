import json, os, re, unicodedata
F = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def T(number, tsw, status, st, note, lead=(), co=(), leaders=(), deadline=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

E = {}

# ---------------------------------------------------------------- 阿坝
E['aba_undated_report'] = dict(
 source='http://ask.fsou.com/html/text/lar/173477/17347704_4.html (page 4 of a document reposted on an ask/wenku-style mirror; no title, date or issuer in this part); pages corpus, stored excerpt 1998 bytes',
 kind='report', partial=True,
 place='四川省阿坝藏族羌族自治州 (prefecture; inferred: 若尔盖县巴西纪念馆, 藏区农牧民, 1354个行政村 = 阿坝州的行政村数; the name 阿坝 is not printed)',
 year=None,
 tasks=[
  T('5', '推进“村村农家店”建设', 'done', '全面完成目标任务',
    'Last item of a section cut off above (probably （八）商贸/流通); `完成970个农家店、3个县级配送中心建设,全面完成目标任务`.'),
  T('1', '农村交通建设。建成农村公路', 'done', '完成了目标任务',
    'Path (九)-1. `建成农村公路900公里,完成了目标任务(其中:通乡油路、水泥路100公里,完成目标任务;通村公路800公里,完成目标任务)` - the bracketed parts are sub-figures of the same item, not tasks.'),
  T('2', '国省干线公路养护管理', 'done', '完成目标任务', 'Path (九)-2. `路面使用性能指数达82,完成目标任务`.'),
  T('3', '农村电网改造工程', 'done', '完成目标任务', 'Path (九)-3.'),
  T('4', '农村通信。解决46个', 'good', '完成目标任务的102%',
    'Path (九)-4. Both parts exceed target: `完成目标任务的102%` and `完成目标任务的107.32%` -> good (超进度/exceeded).'),
  T('1', '退耕还林工程。继续巩固', None, None,
    'Path (十)-1. `继续巩固退耕还林成果69.3万亩。` gives a quantity only, no verdict against a target: status null.'),
  T('2', '重点流域污染企业治理', 'done', '完成目标任务', 'Path (十)-2. `限期治理4户挂牌工业企业,并投入试运行,完成目标任务`.'),
  T('3', '实施退牧还草工程', 'good', '完成目标任务的133%',
    'Path (十)-3. `完成目标任务的133%` and `完成目标任务的180%` -> good. textStartsWith keeps the verb 实施 as printed.'),
  T('1', '文化基础设施建设', 'done', '全面完成目标任务',
    'Path (十一)-1. 若尔盖县巴西纪念馆 is a facility opened free of charge, not a unit.'),
  T('2', '农家书屋建设。完成227个', 'done', '全面完成目标任务', 'Path (十一)-2.'),
  T('3', '改善体育活动设施条件', 'good', '完成目标任务的103.6%',
    'Path (十一)-3. Mixed item: 锻炼人次 `完成目标任务的103.6%` (exceeded), the fitness facilities `全面完成目标任务`, and 2 体育健身馆 only at 选址等前期工作 `预计明年上半年全面完成`. Coded by its first, headline figure (good); done or on_schedule are defensible, and the gym part is not yet finished.'),
  T('4', '广播电视“村村通”', 'done', '完成了目标任务', 'Path (十一)-4.'),
  T('5', '农村电影放映工程', 'done', '完成目标任务', 'Path (十一)-5.'),
 ],
 summary=dict(counts=dict(done=9, good=3, null=1),
   note='A 民生工程 completion report, each numbered item closing with a verdict against its target (完成目标任务 / 完成目标任务的N% / 全面完成目标任务). The excerpt starts inside an earlier section (item 5 of it) and ends at the heading `二、资金到位`, so the report\'s own totals, title and date are not in this file. No units are printed.'),
 notes=[
  'Tasks = the 13 numbered leaf items (one item 5 from a section cut off above, then (九) 1-4, (十) 1-3, (十一) 1-5). Numbers repeat across sections; the section headings (九)基础设施工程, (十)生态环境工程, (十一)文化体育工程 group items and are not tasks.',
  '`完成目标任务` / `完成了目标任务` / `全面完成目标任务` -> done; `完成目标任务的N%` with N > 100 -> good.',
  'Place inferred, not printed: 若尔盖县 is a county of 阿坝州, `藏区农牧民` fits 阿坝, and 1354 is the number of 行政村 of 阿坝州 (a 2013 阿坝州 page in the same store reports 1354个农家书屋). A county-level reading is excluded because 163 乡镇文化站 and 1354 villages exceed any single county. Year not printed (the `村村通`/`农家书屋`/`村村农家店` programmes suggest about 2009-2011): year null, stem undated.',
  'ASCII punctuation and the space in `建成5个全民健身路径工程, 建设14个` are kept as stored.',
 ])

# ---------------------------------------------------------------- 葫芦岛
E['huludao_2015_progress'] = dict(
 source='http://covid-19.chinadaily.com.cn/hqpl/zggc/2015-06-01/content_13780413.html (中国日报网 中国观察 page `葫芦岛市14项城建民生工程争先恐后向前推进`, 2015-06-01 15:32:09); pages corpus, stored excerpt 2000 bytes',
 kind='progress', partial=True,
 place='辽宁省葫芦岛市 (prefecture-level city)', year=2015,
 tasks=[
  T(None, '保障性安居工程', 'on_schedule', '已经启动',
    '`今年,全市建设保障性安居工程任务为4138套,目前保障性住房的配租建设以及城市棚户区改造工作已经启动` -> started. The lead paragraph names it `住房保障` among the works that `进入开工建设阶段` (same project, counted once).'),
  T(None, '农村危房改造', 'on_schedule', '进入开工建设阶段',
    'Component of `宜居乡村建设工程`. Its own sentence gives only the target (1500户) and the first batch issued (1375户); the state comes from the lead group sentence `城区排水管网改造、龙湾公园改造、截污管网扩建、农村危房改造、住房保障等多项工程进入开工建设阶段`.'),
  T(None, '“十百千”宜居乡村建设', None, None,
    'Second component of `宜居乡村建设工程`; `“十百千”建设工程今年任务是10个宜居示范乡、32个宜居示范村、251个宜居达标村` - targets only, no state: null.'),
  T(None, '龙湾公园改造工程', 'stalled', '近期可进入施工阶段',
    '`目前已经完成立项、环评等前期手续,近期可进入施工阶段,年底完工` - approvals done, construction not started -> still 前期 (stalled by the 未开工/前期 rule). Contradiction: the lead sentence lists `龙湾公园改造` among works that `进入开工建设阶段`; the specific sentence is followed. on_schedule is the other defensible reading.'),
  T(None, '天化路道路建设一期工程', 'stalled', '目前正在进行前期各项准备工作', 'Preparations only -> stalled (前期).'),
  T(None, '城区排水管网改扩建工程', 'on_schedule', '于5月22日正式开工',
    'Started 5月22日. The lead sentence calls it `城区排水管网改造` (counted once).'),
  T(None, '新华立交桥维修加固工程', 'stalled', '正委托省有关部门进行检测',
    '`正委托省有关部门进行检测...工程将于近期开工` - inspection commissioned, not started -> stalled (前期).'),
  T(None, '无害化垃圾处理场建设工程', 'on_schedule', '目前已完成场地平整及部分填埋区建设工作',
    'Site levelling and part of the landfill area built, `预计9月建成并投付使用` -> under way.'),
  T(None, '老垃圾场治理二期工程(封场)', None, None,
    '`计划今年9月开工,明年6月竣工` - a schedule only, start not yet due at the date of the item (June): no present state, status null. The parenthesis is ASCII in the stored text.'),
  T(None, '青山水源净配水干管工程', 'stalled', '预计6月开工建设',
    '`目前二台子净水厂完成控规、详规,一期征地已批复。预计6月开工建设` - planning and land approval done, construction still to start -> stalled (前期); on_schedule defensible since the start is due the same month.'),
  T(None, '城市供水管网改扩建二期工程', 'stalled', '初步设计调整已送交发改委',
    '`初步设计调整已送交发改委进行专家` (cut by the store mid-sentence) - design review stage -> stalled (前期).'),
  T(None, '截污管网扩建', 'on_schedule', '进入开工建设阶段',
    'Named only in the lead group sentence (`...截污管网扩建...等多项工程进入开工建设阶段`); its own paragraph is beyond the cut.'),
 ],
 summary=dict(printed=['加速推进14项城建民生工程建设'], counts=dict(on_schedule=5, stalled=5, null=2),
   note='News on the 14 城建民生工程 of 葫芦岛 (per-project stage clauses separated by `;`). The store cut the text after about 11 of the 14 projects, so taskCount is what this file holds; the total 14 is printed but not all members are.'),
 notes=[
  'Tasks = every project named with something said about it: the 5 of the lead group sentence merged with the detailed clauses (城区排水管网改造 = 城区排水管网改扩建工程, 住房保障 = 保障性安居工程, 龙湾公园改造 = 龙湾公园改造工程), plus the remaining detailed clauses. 宜居乡村建设工程 is split into its two printed components (农村危房改造, “十百千”宜居乡村建设) because the text treats them separately; the parent itself is not a separate task.',
  'Stage words: 已经启动 / 正式开工 / 已完成场地平整及部分填埋区建设 / 进入开工建设阶段 -> on_schedule; approvals, inspection, design review or other preparations with construction not started -> stalled (前期, a judgement; the text states no delay); a future start date with no present state -> null.',
  '葫芦岛市住建部门 is the reporting body, not a per-project unit; no units, leaders or deadlines per project are printed (`年底完工`, `预计9月建成` are expectations, not deadlines).',
  'Header lines (移动新媒体 / 中国搜索 / 微阅读 > 中国观察) and the line with a single space are kept as stored.',
 ])

# ---------------------------------------------------------------- 巴里坤
E['balikun_2014_progress_trad'] = dict(
 source='http://gu27guzigm.pixnet.net/blog/post/406780471-... (traditional-character blog repost of a 天山网 item, original title `新疆巴裡坤縣5個援疆項目進展順利`; 9月29日, 2014); pages corpus, stored excerpt 2000 bytes',
 kind='progress', partial=True,
 place='新疆维吾尔自治区哈密地区巴里坤哈萨克自治县 (county)', year=2014,
 tasks=[
  T(None, '巴裡坤縣婦幼保健所建設大樓', 'done', '已經基本竣工',
    '`已經基本竣工,目前正在做裝修和粉刷工作。預計在十月底就可以交付使用` - 基本竣工 coded done (as 基本完成 elsewhere in the corpus); on_schedule is defensible because fitting-out continues and handover is still ahead.'),
  T(None, '奎蘇鎮中學綜合教學樓', 'on_schedule', '基礎工程正在緊張的實施當中',
    '河南省援建; started 2014年5月1日, foundations under way, `預計該項目將於2015年10月底竣工` (an expectation, not a deadline).'),
  T(None, '定居興牧工程', None, None,
    'Only plan figures (935戶, 總投資1.09億元, 援疆資金1402.5萬元) and the townships where it is carried out; no stage stated: null. The following `目前此項工程均基本竣工` is read as belonging to 安居富民工程 (`此項` = this item); if `均` is read as covering both 兩居 works, this task would be done.'),
  T(None, '安居富民工程', 'done', '目前此項工程均基本竣工',
    '`安居富民工程總投資1.5億元...目前此項工程均基本竣工。部分安居富民房已經達到入住條件。` -> done (基本竣工).'),
 ],
 summary=dict(printed=['確立了5個建設項'], counts=dict(done=2, on_schedule=1, null=1),
   note='A 天山网 news item on 5 援疆 projects of 巴里坤县 in 2014 (2 續建, 3 新建, 援疆資金4677萬元); four are named, each in its own paragraph. The headline claims `進展順利` for all, but the body gives stages per project. The store cut the text at `(原標題:新疆巴裡坤縣5個援疆項目進展`.'),
 notes=[
  'Tasks = the four named 援疆 projects, number null. The fifth project is not named in the excerpt. The school facilities the principal mentions inside his quote (300米標準跑道的塑膠運動場, 營養餐餐廳, 教師周轉房: `2014年配套的標準化建設項目還有...`) are supporting works of the school, with no stage; they are not counted as tasks (a reader counting them would add three null tasks).',
  '`兩居工程` is the umbrella for 安居富民 + 定居興牧, not a separate task.',
  'Traditional-character mirror: `項默` appears twice where the original had `項目。` / `項目,` (mirror damage), and `交付使用。”` carries a stray closing quote; kept as stored. Townships (大紅柳峽鄉 …) are places, not units; 河南省 is the aiding province, not a responsible unit of this text.',
 ])

# ---------------------------------------------------------------- 南涧
E['nanjian_undated_progress'] = dict(
 source='https://00.wendadaohang.com/zd/jBBrBIZnDnTZee0ejn.html (Q&A site repost `云南南涧建制村全部通客车`, citing 南涧县交通运输局); pages corpus, stored excerpt 1079 bytes, complete',
 kind='progress', partial=False,
 place='云南省大理白族自治州南涧彝族自治县 (county)', year=None,
 tasks=[
  T(None, '南涧至景东高速公路南涧段', 'on_schedule', '正在稳步推进中',
    'First of three motorway sections sharing `建设正在稳步推进中` (3个项目累计投资超过46.2亿元).'),
  T(None, '大理至南涧高速公路南涧段', 'on_schedule', '正在稳步推进中', 'Second of the three.'),
  T(None, '宾川至南涧高速公路南涧段', 'on_schedule', '正在稳步推进中', 'Third of the three.'),
  T(None, '大理至临沧云县高速公路南涧段', 'stalled', '已完成工可评审',
    '`已完成工可评审,计划2021年开工建设` - feasibility review passed, construction not started -> 前期, stalled by the corpus convention. The start is planned for next year and no delay is stated, so null (or on_schedule for its preparations) is defensible.'),
  T(None, '大理至临沧铁路南涧段', 'on_schedule', '已累计完成投资25.26亿元',
    'Under construction (25.26亿元 invested), `计划今年年底通车` -> on_schedule.'),
 ],
 summary=dict(printed=['南涧县重大项目交通加快推进'], counts=dict(on_schedule=4, stalled=1),
   note='A short 交通运输局 item reposted on a Q&A site: an achievement paragraph (100% 通公路/通客车), a paragraph of cumulative figures since 2016, and one paragraph giving a stage to five named 重大交通项目. `温馨提示…相似回答` is site chrome.'),
 notes=[
  'Tasks = the five named major transport projects, number null. The cumulative programmes since 2016 (提级改造村组扶贫公路, 县乡公路沥青路面改造, 建制村通畅项目, 撤并建制村通畅项目, 硬化农村扶贫公路) are statistics of work already done over several years, not named projects of the reporting period; they are not counted (a reader counting them would add five done tasks).',
  'Undated: the text gives no date. `计划2021年开工建设` and the railway `计划今年年底通车` (大理至临沧铁路 opened at the end of 2020) place it in 2020; year left null, stem undated.',
  '南涧彝族自治县交通运输局 is the source of the news, not a unit assigned to a project.',
 ])

# ---------------------------------------------------------------- 辽阳
E['liaoyang_2011_progress_trad'] = dict(
 source='http://www.shilongwang1.cn/news/20111019/289449.html (traditional-character mirror `遼陽公路建設工程全部竣工`, 2011-10-19, 來源:網絡, author 馬超); pages corpus, stored excerpt 864 bytes, complete',
 kind='progress', partial=False,
 place='辽宁省辽阳市 (prefecture-level city)', year=2011,
 tasks=[
  T(None, '小小線', 'done', '完成了',
    'First of four roads in `完成了小小線、沈營線燈塔外環、沈環線、黑大線等縣級以上公路新建、改建、大中修工程166.6公里`; the headline `遼陽市公路建設工程全部竣工` confirms completion. Whole name 3 characters.'),
  T(None, '沈營線燈塔外環', 'done', '完成了', 'Second of the four.'),
  T(None, '沈環線', 'done', '完成了', 'Third of the four.'),
  T(None, '黑大線', 'done', '完成了', 'Fourth of the four; `等` ends the list.'),
 ],
 summary=dict(printed=['遼陽市公路建設工程全部竣工'], counts=dict(done=4),
   note='A short 2011 news item: the city\'s road programme is all completed (340.8公里, 3.25億元), split into 縣級以上公路 works (166.6公里, four roads named) and 鄉村公路 works (174.2公里).'),
 notes=[
  'Tasks = the four named roads, number null, all done. The two work categories (縣級以上公路新建、改建、大中修工程 and 鄉村公路新建、大中修) are aggregates; the first is the group of the named roads and the second names no project, so neither is a separate task (a reader counting 鄉村公路新建、大中修 would add one done task).',
  '市公路系統 is the reporting sector, not a per-road unit; no units or leaders printed.',
  'Traditional-character mirror with header chrome (`來源:網絡 編輯:56885 關注度:摘要:... ...`), kept as stored.',
 ])

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

for stem, e in E.items():
    text = open(os.path.join(F, stem + '.txt'), encoding='utf-8').read()
    nt = norm(text)
    e['taskCount'] = len(e['tasks'])
    cnt = {}
    for t in e['tasks']:
        for k in ('textStartsWith', 'statusText', 'deadline'):
            if t[k]:
                assert norm(t[k]) in nt, (stem, k, t[k])
        for u in t['lead'] + t['co'] + t['leaders']:
            assert norm(u) in nt, (stem, u)
        assert (t['status'] is None) == (t['statusText'] is None), (stem, t)
        key = t['status'] or 'null'
        cnt[key] = cnt.get(key, 0) + 1
    assert cnt == e['summary']['counts'], (stem, cnt, e['summary']['counts'])
    for p in e['summary'].get('printed', []):
        assert norm(p) in nt, (stem, p)
    out = dict(source=e['source'], kind=e['kind'], partial=e['partial'], place=e['place'], year=e['year'],
               taskCount=e['taskCount'], tasks=e['tasks'], summary=e['summary'], notes=e['notes'])
    with open(os.path.join(F, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print(stem, e['taskCount'], cnt)
