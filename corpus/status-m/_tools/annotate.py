import json, re, unicodedata, os
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
STEMS = {'danfeng': 'danfeng_2018_notice', 'qingshui': 'qingshui_2012_report', 'ningde': 'ningde_undated_report'}
raw = {k: json.load(open('_raw/%s.json' % k, encoding='utf-8')) for k in STEMS}
for k, stem in STEMS.items():
    with open(stem + '.txt', 'w', encoding='utf-8') as fh:
        fh.write(raw[k]['excerpt'])

def T(num, tsw, status=None, st=None, note=None, lead=None, co=None, deadline=None):
    t = {"number": num, "textStartsWith": tsw, "lead": lead or [], "co": co or [], "leaders": [],
         "deadline": deadline, "status": status, "statusText": st}
    if note: t["note"] = note
    return t

def write(key, kind, partial, place, year, tasks, summary, notes, lagging=None):
    stem = STEMS[key]
    text = raw[key]['excerpt']
    for t in tasks:
        for s in [t['textStartsWith'], t['statusText'], t['deadline']] + t['lead'] + t['co']:
            assert s is None or s in text, (stem, s)
        assert (t['status'] is None) == (t['statusText'] is None), (stem, t)
    d = {"source": raw[key]['url'], "kind": kind, "partial": partial, "place": place, "year": year,
         "taskCount": len(tasks), "tasks": tasks, "summary": summary}
    if lagging: d["lagging"] = lagging
    d["notes"] = notes
    json.dump(d, open(stem + '.expect.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    print(stem, len(tasks), 'with status', sum(1 for t in tasks if t['status']))

# ---------------- 丹凤 2018 ----------------
NS = "stage description only ('正在…'/'已完成…' of a step); no verdict on schedule → null (on_schedule arguable)"
tasks = [
    T("一", "关于解决城区“大班额”问题", note="numbered 实事 heading; its status is given per sub-project below → null"),
    T(None, "县幼儿园改扩建(西校区)项目", note="'已完成了选址,正在办理环评、风评和土地划拨、移交等前期手续': " + NS),
    T(None, "新建丹凤高级中学项目", "stalled", "因投资主体变动,现正重新对外招商",
      note="investment done (7500万) but the investor changed and a new one is being sought: work on hold → stalled; at_risk arguable"),
    T(None, "江南小区幼儿园项目", note="'已完成主体,正在进行墙体填充施工和二次装修设计': " + NS),
    T(None, "新建竹林关镇丹水小学", note="'一号教学楼正在施工,二号教学楼正在进行招标': " + NS),
    T("二", "关于解决城乡群众“就医难”问题", note="numbered 实事 heading → null"),
    T(None, "县中医院迁建项目", note="'主体完成建设…正在进行室内装修': " + NS),
    T(None, "精神病康复专科医院建设项目", note="'围墙已建成,正在进行地基处理': " + NS),
    T(None, "县医院医技楼建设项目", note="'正在进行招标': " + NS),
    T(None, "医疗专业人才引进", note="recruitment figures, '现正在等待分配' → null"),
    T("三", "关于实施城区供气全覆盖", note="numbered 实事 heading → null"),
    T(None, "城区天然气和集中供暖支线管网建设项目", note="lists the estates already connected (完成…安装并通气); partial completion, no overall verdict → null"),
    T(None, "集中供暖项目", note="'已完成协议签订,正在办理前期手续': " + NS),
    T("四", "关于解决“买卖难”问题", note="numbered 实事 heading → null"),
    T(None, "城西综合市场项目", "stalled", "8月底后停止施工",
      note="'项目主体工程已全部完工…因资金短缺,8月底后停止施工' → stalled (work stopped for lack of funds)"),
    T(None, "城中综合市场项目", "done", "已建成", note="'已建成并开始营' (cut by the store mid-word) → done"),
]
write('danfeng', 'notice', True, '陕西省商洛市丹凤县', 2018, tasks,
      "县政府督查室 通报 on the 2018 为民办好十件实事 up to the end of September: four numbered 实事 headings, each with per-project progress prose; two projects stated stopped/on hold, one built",
      ["Mirror copy: the county name is replaced by spam ('皇冠足球比分人民政府督查室', '新建皇冠足球比分幼儿园西校区'); the place is identified from '新建丹凤高级中学项目' and '竹林关镇' (a town of 丹凤县). Text kept as returned.",
       "Two levels are annotated: the numbered 实事 headings （一）–（四） (number '一'…'四', null status) and the named projects under them (number null). If only one level is wanted: 4 headings or 12 projects.",
       "Only explicit verdicts are coded: '现正重新对外招商' after an investor change → stalled; '停止施工' → stalled; '已建成' → done. The many '正在进行…/正在办理前期手续' stage descriptions are left null (on_schedule arguable); nothing in the text calls them 滞后 or 序时.",
       "partial: the excerpt stops at 实事 （四） inside '开始营…'; 实事 （五）–（十） are not in the store's text.",
       "No units, leaders or deadlines are printed."])

# ---------------- 清水 2012 ----------------
NF = "progress figures only, no verdict → null"
tasks = [
    T(None, "村级公益事业“一事一议”财政奖补项目", note=NF),
    T(None, "太坪农村饮水安全工程和金集农村饮水安全管网延伸工程", note="figures + forecast '预计11月底全面完成建设任务': a forecast, not a printed deadline or a verdict → null, deadline null"),
    T(None, "建成干鲜果基地7.43万亩", note="status-first clause; '建成…7.43万亩' reports an amount, the year's target is not given → null (done arguable). textStartsWith keeps the leading verb because the clause has no other item name"),
    T(None, "远门铁炉、红堡古道等4乡镇8村集中连片整村推进扶贫工程", note=NF),
    T(None, "红堡半山、山门薛家等8村易地扶贫搬迁458户农户住宅工程", "done", "实施完成",
      note="inside the same ';'-clause as the 整村推进 item; a separately named piece of work with its own verdict '实施完成…' → kept as its own task, done"),
    T(None, "193户易地扶贫搬迁项目", note="'完成前期准备工作' (a step, not the project) → null"),
    T(None, "红堡邓沟、远门安业河、王河响水河、白沙程沟流域4个万亩梯田示范点项目", note=NF),
    T(None, "牛头河桐温大桥至鲁沟段等2条堤防治理工程", note=NF),
    T(None, "火车站广场建设工程", note="'已完成前期工作,启动基础工程' → null (on_schedule arguable)"),
    T(None, "永清路提升改造工程", note="one section done, the other partly → null"),
    T(None, "西华路瓦沟河至李沟段拓宽改造工程", note="'完成土地征用及施工图设计' (preparatory steps) → null"),
    T(None, "清社公路改造工程", "done", "基本完工", note="'基本完工' → done"),
    T(None, "庄天二级公路支线红堡至县城段", note="'路基土石方及桥涵工程全部完工' is one phase; paving still in progress (4.2公里) → null; done arguable for the phase"),
    T(None, "山门中学宿舍", note="cut by the store right after the name → null"),
]
write('qingshui', 'report', True, '甘肃省天水市清水县', 2012, tasks,
      "天水日报 relay: progress of 清水县's 10 件惠民实事 in the first half of 2012, one ';'-separated run-on paragraph with figures per project; two explicit completions",
      ["News relay (yybnet.net, 2012-08); text as stored. Year from the URL path 201208 and '今年上半年'.",
       "The document promises 10 件实事 but never numbers them; each ';'-clause names one or more works. 14 works are annotated (the 10 实事 are split into sub-projects by the text itself). The 易地扶贫搬迁 458户 and 193户 parts are split from the 整村推进 clause because each has its own verb.",
       "Only '实施完成' and '基本完工' are read as verdicts (done). Figures, '完成前期工作', '启动基础工程' and forecasts are left null.",
       "The headline '进展顺利' is about all 10 together and is not copied onto each item.",
       "partial: the excerpt stops at '山门中学宿舍'. No units, leaders or deadlines."])

# ---------------- 宁德 undated ----------------
tasks = [
    T(None, "宁德新能源湖西数码项目三期", "good", "完成投资超序时进度"),
    T(None, "寿宁兆翔摩托车(电动车)配件生产", "good", "完成投资超序时进度"),
    T(None, "古田洋上至汶洋公路工程", "good", "完成投资超序时进度",
      note="the three named projects share one status lead-out '等268个项目完成投资超序时进度' → good; the other 265 are not named"),
]
write('ningde', 'report', False, '福建省宁德市', None, tasks,
      "宁德 市重点办 news: 1-8月 在建市重点项目 investment progress by county, sector and project; three named projects stated 超序时进度",
      ["Year unknown (no date in the stored text) → undated.",
       "County percentages (蕉城83.8%…) and sector percentages are places/categories, not tasks; counts (300个, 271个, 29个) are not tasks.",
       "'超序时进度' → good. 'completed investment above schedule' is a per-project verdict shared by the three named examples.",
       "Small case (3 tasks), kept because it is the only one of the three with a shared trailing status on a '、'-list."])
