import json, os, re, unicodedata
os.chdir(os.path.dirname(os.path.abspath(__file__)) + "/..")
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
def T(number, tsw, status=None, st=None, note="", lead=None, co=None, leaders=None, deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": lead or [], "co": co or [], "leaders": leaders or [],
            "deadline": deadline, "status": status, "statusText": st, "note": note}
def src(stem, url, site, date):
    n = len(open(stem + ".txt", encoding="utf-8").read().encode("utf-8"))
    return "%s (%s; %s); pages corpus, stored excerpt %d bytes" % (url, site, date, n)
docs = {}

# ---------------- 达茂旗 2017 ----------------
stem = "damaoqi_2017_report"
DONE3 = "其中有3个项目已竣工"
docs[stem] = {
 "source": src(stem, "http://zxyzs.com/neimenggu/zhengce/2017/74219.html", "zxyzs.com, investment-portal relay of a 达茂旗 news item; no date printed, 2017 from the text ('2017年达茂旗共实施…', '截至6月底')", "c. July 2017"),
 "kind": "report", "partial": True,
 "place": "内蒙古自治区包头市达尔罕茂明安联合旗 (达茂旗)", "year": 2017, "taskCount": 6,
 "tasks": [
  T(None, "达茂旗农畜产品品牌建设项目", "on_schedule", "已完成工程量的76.4%",
    "lead paragraph: 86 trademarks registered, 49 direct-sale shops, 76.4% of the works done → under way"),
  T(None, "百灵庙镇供水管网改造工程项目", "on_schedule", "已完成管道铺设17.6公里,占年度计划的35%",
    "35% of the annual plan at about the end of June; the text gives no verdict → on_schedule (lagging defensible: below half of the plan at mid-year, but the document does not say so)"),
  T(None, "华碳石墨新材料技术研发中心项目", "on_schedule", "中试车间土建已完工,正在安装设备",
    "civil works of the pilot workshop finished, equipment being installed → still under way"),
  T(None, "新能源电力送出线路项目", "done", DONE3,
    "first of the three projects named after '其中有3个项目已竣工,分别为:'"),
  T(None, "内蒙古包头广恒新能源百灵庙2万千瓦光伏特许权项目", "done", DONE3,
    "second of the three 已竣工 projects; the name begins with the province/city/company — it is a project name, not a unit"),
  T(None, "爱能森风光热储综合发电项目", "done", DONE3, "third of the three 已竣工 projects (joined by 和)"),
 ],
 "summary": {"scopes": [
   {"scope": "2017年达茂旗亿元以上重点项目", "total": 100, "by_status": {"开复工": 100, "已竣工": 3},
    "printed": ["2017年达茂旗共实施亿元以上重点项目100个", "100个项目已全部开复工", "完成年度任务的55.43%", "其中有3个项目已竣工"],
    "note": "counts as of 6月底; only the three completed projects are named among the 100"},
   {"scope": "春季集中开工项目", "total": 50, "by_status": {"新建": 24, "续建": 26},
    "printed": ["达茂旗春季集中开工项目50个", "新建项目24个", "续建项目26个", "50个春季集中开工项目已完成投资63.05亿元"],
    "note": "no project of this group is named before the excerpt is cut off ('项目手…')"}]},
 "layout": "investment-portal relay of a banner (旗) news item: a lead paragraph with three projects and their progress joined by ';', a count paragraph naming the three completed projects after '分别为:', then narrative paragraphs (cut off)",
 "tests": "progress stated as percentages and physical quantities (76.4%, 17.6公里/35%) without a verdict word; three names after '分别为:' joined by '、' and '和' sharing '已竣工'; project names that begin with place/company names (内蒙古包头广恒新能源…)",
 "ambiguities": [
  "'占年度计划的35%' at 6月底 → on_schedule because the text states progress and no verdict; lagging is defensible by arithmetic.",
  "'中试车间土建已完工,正在安装设备' → on_schedule (the project, not the workshop shell, is the task).",
  "The lead paragraph ends with '……' (the news item elides further projects); only the three named are tasks."],
 "notes": ["No unit, leader or deadline is named for any project; lead/co empty.",
           "达茂旗 = 达尔罕茂明安联合旗, a banner (county level) of 包头市; 百灵庙镇 is its seat — as part of a project name it is not a unit.",
           "Excerpt ends mid-word ('项目手') → partial."]
}

# ---------------- 皋兰县 2016 ----------------
stem = "gaolan_2016_report"
groups = [
 ("石洞镇", "4个项目已开工建设", ["省警察学院建设", "刘香记冷冻食品加工基地", "道地中药饮片生产线", "年产30万m3环保节能复合一体隔墙板生产线"],
  "石洞镇 负责实施重点项目11个; four are named, closed by '4个项目已开工建设完成投资4.024亿元'"),
 ("忠和镇", "截至目前,全部开工", ["北龙口国际商贸城", "保利领秀山项目", "兰州生态文化创意城道路工程", "肖家窑循环产业园", "污泥处置工程项目"],
  "忠和镇 负责实施 these 5 重点项目; '截至目前,全部开工'"),
 ("什川镇", "3个重点项目全部开工", ["兰州龙山冰雪大世界滑雪场", "盐什公路拆迁安置区", "甘肃鼎尊养老什川颐养中心"],
  "什川镇 负责实施 these 3; '3个重点项目全部开工'"),
 ("九合镇", "5个重点项目已开工", ["兰州久和汽配城", "九合小微产业园", "九合新联友冷冻农副产品批发交易市场", "康顺现代物流园", "李麻沙沟防洪排洪治理工程"],
  "九合镇 负责实施重点项目6个; five are named, '5个重点项目已开工' (the sixth is not named)"),
 ("水阜镇", "4个重点项目已开工", ["大宇工程机械物流园", "名贵花卉苗木繁育与生产示范基地", "绿色生态农业休闲观光园", "大牧庄西域联盟中心"],
  "水阜镇 负责实施重点项目5个; four are named, '4个重点项目已开工' (the fifth is not named)"),
 ("黑石镇", "6个重点项目全部开工", ["多祥新型建筑材料加工生产线", "保锋钢质木制防火门生产线", "宏原新型建筑材料加工生产线", "长龙钢结构金属加工生产线", "保锋年产2万吨钢结构生产线", "兰州盈德15000Nm3/h空分工程"],
  "黑石镇 负责实施重点项目6个; all six named, '6个重点项目全部开工'"),
]
gtasks = []
for town, st, names, gnote in groups:
    for i, n in enumerate(names):
        gtasks.append(T(None, n, "on_schedule", st,
                        (gnote + "; shared status copied to every name of the 、-list" if i == 0 else "same 、-list and shared status as the first project of " + town)
                        + ("" if len(norm(n)) >= 8 else "; whole name is shorter than 8 characters"),
                        lead=[town]))
docs[stem] = {
 "source": src(stem, "https://yybnet.net/lanzhou/gaolan/201608/5553412.html", "yybnet.net, relay of a 兰州 newspaper item on the 皋兰县政府全体会议 of 8月23日", "2016-08 (from the URL)"),
 "kind": "report", "partial": True,
 "place": "甘肃省兰州市皋兰县", "year": 2016, "taskCount": len(gtasks),
 "tasks": gtasks,
 "summary": {"scopes": [
   {"scope": "2016年皋兰县重点项目", "total": 80, "by_status": {"开工": 53},
    "printed": ["皋兰县共实施重点项目80个", "开工53个", "完成投资20.16亿元"],
    "note": "the per-town paragraphs name 27 projects, all started; the remaining projects (incl. the 39 under 16 部门) are not named in the excerpt"},
   {"scope": "per town (镇负责实施)", "total": None,
    "by_status": {"石洞镇": "11 (4 named, 4 已开工)", "忠和镇": "5 (全部开工)", "什川镇": "3 (全部开工)", "九合镇": "6 (5 named, 5 已开工)", "水阜镇": "5 (4 named, 4 已开工)", "黑石镇": "6 (全部开工)"},
    "printed": ["石洞镇负责实施重点项目11个", "九合镇负责实施重点项目6个", "水阜镇负责实施重点项目5个", "黑石镇负责实施重点项目6个"],
    "note": "for 石洞镇/九合镇/水阜镇 only the started projects are named; whether the unnamed ones are unstarted is not stated"},
   {"scope": "部门负责的重点项目", "total": 39, "by_status": {},
    "printed": ["住建、交通、水务、教育等16个部门分别负责实施39个重点项"],
    "note": "cut off by the excerpt"}]},
 "layout": "newspaper item: lead quote, county totals, then one sentence per town '<镇>负责实施(重点项目N个,)A、B、C…N个(重点)项目已开工/全部开工,完成投资X亿元'; a departments paragraph is cut off",
 "tests": "the responsible town is printed before each 、-list ('石洞镇负责实施…') → lead unit per group; shared statuses at the end of each list; counts that exceed the named projects (11 vs 4, 6 vs 5, 5 vs 4); names containing m3 and Nm3/h",
 "ambiguities": [
  "lead: each town is printed as '负责实施' the listed projects (the text says projects are divided '以项目所在镇和项目责任单位划分'), so the town is taken as the lead unit; a reader who treats the towns only as locations would leave lead empty.",
  "'已开工' / '全部开工' in August → on_schedule (works under way); none is reported finished or behind.",
  "Unnamed projects of 石洞镇 (7), 九合镇 (1), 水阜镇 (1) are not tasks; the text does not say they are unstarted."],
 "notes": ["No leaders or deadlines; '百日攻坚' (from 7月18日) is a campaign, not a deadline.",
           "Excerpt ends mid-word ('39个重点项') → partial; the 39 departmental projects are not listed in the stored part."]
}

# ---------------- 九河乡 2018 ----------------
stem = "jiuhe_2018_report_trad"
DONE_ROADS = "實施完成了"
roads_done = ["甸頭至金普", "拉普至拉支", "拉支至通海樂", "靈芝園路", "大麥地路", "蕎地坪路", "新房路", "龍應(yīng)路", "中和路", "關(guān)上通達路"]
roads_on = ["峰坪路", "牛住山路", "松坪路", "白巖路"]
jt = [
 T(None, "滇中引水工程九河鄉(xiāng)境內(nèi)35kV、10kV線路架設(shè)及白漢場110kV變電站改造", "done", "已順利完成",
   "section '項目建設(shè)持續(xù)推進'; one clause (line erection and substation upgrade) → one task"),
 T(None, "香爐山隧洞2#支洞施工", "on_schedule", "香爐山隧洞2#支洞施工順利", "works on the adit proceeding smoothly"),
 T(None, "香爐山隧洞3#、3-1#支洞及中南打羅箐石料場項目協(xié)調(diào)", "on_schedule", "正有序推進",
   "the township's task is the coordination (協調) for these works; '正有序推進' → on_schedule"),
 T(None, "香麗高速公路建設(shè)項目", "on_schedule", "香麗高速公路建設(shè)項目有序推進", ""),
 T(None, "大麗高速九河互通立交建設(shè)項目", "on_schedule", "已完成征地",
   "land acquisition done, 11 households signed, 7 households surveyed, 1 signed → the township's 征地拆遷 work is under way; stalled defensible if read as construction not begun (尚处前期)"),
 T(None, "雄古工業(yè)園區(qū)的水、電、路基礎(chǔ)設(shè)施建設(shè)", "done", "基本完善",
   "'基本完善' (substantially complete) → done; on_schedule defensible"),
 T(None, "污水處理廠", "done", "已基本建成",
   "in the 雄古工業園區 sentence: '污水處理廠、天燃氣廠已基本建成' — shared status; whole name shorter than 8 characters"),
 T(None, "天燃氣廠", "done", "已基本建成", "shares '已基本建成' with 污水處理廠; whole name shorter than 8 characters"),
]
for i, r in enumerate(roads_done):
    jt.append(T(None, r, "done", DONE_ROADS,
                ("section '基礎(chǔ)設(shè)施不斷完善': '實施完成了A、B、…等通村通組道路' — ten village roads share the status" if i == 0 else "one of the ten completed 通村通組道路 (same 、-list)")
                + "; whole name shorter than 8 characters"))
for i, r in enumerate(roads_on):
    jt.append(T(None, r, "on_schedule", "正在實施建設(shè)中",
                ("four roads '峰坪路、牛住山路、松坪路、白巖路正在實施建設中' share the status" if i == 0 else "one of the four roads under construction (same 、-list)")
                + "; whole name shorter than 8 characters"))
jt += [
 T(None, "九河大溝綜合治理建設(shè)項目", "on_schedule", "施工單位已進場開展前期工作",
   "printed after '投資930萬元,長2.64公里的'; tender and technical briefing done, contractor on site → on_schedule; stalled defensible (only 前期工作 so far)"),
 T(None, "金普村拉支組民族團結(jié)示範村建設(shè)項目", "done", "實施完成了投資100萬元的金普村拉支組民族團結(jié)示範村建設(shè)項目",
   "'實施完成了投資100萬元的…' → done"),
 T(None, "九河村回龍組美麗鄉(xiāng)村建設(shè)項目", "on_schedule", "正有序推進", "'投資150萬元的…正有序推進'"),
 T(None, "在214國道沿線種植燈籠樹100余棵", "done", "種植燈籠樹100余棵",
   "section '人居環(huán)境全面提升'; an action reported as carried out (利用植樹節活動)"),
 T(None, "投資41.8萬元安裝了LED燈1100盞", "done", "亮化工程已覆蓋全鄉(xiāng)90%以上的村組",
   "lighting: 1100 lamps installed, 亮化工程 covers over 90% of village groups → done for the installation (on_schedule defensible: coverage not 100%)"),
 T(None, "鄉(xiāng)村“四潔”、農(nóng)戶“五整潔”專項行動", "on_schedule", "深入開展了",
   "ongoing campaign ('深入開展了') → on_schedule; the two named campaigns are in one clause → one task"),
 T(None, "農(nóng)村“七改三清”專項行動", "on_schedule", "著力推進", "ongoing campaign ('著力推進')"),
]
docs[stem] = {
 "source": src(stem, "http://m.22ggss.com/News/1280423.html", "m.22ggss.com, traditional-character mirror of an 農業網 (agronet.com.cn) relay of a 九河鄉 item", "undated page; 2018 from the text"),
 "kind": "report", "partial": True,
 "place": "云南省丽江市玉龙纳西族自治县九河白族乡 (printed: 玉龍縣九河鄉)", "year": 2018, "taskCount": len(jt),
 "tasks": jt,
 "summary": {"scopes": [
   {"scope": "項目建設 (2018, 九河鄉)", "total": None, "by_status": {"done": 4, "on_schedule": 4},
    "printed": ["項目建設(shè)持續(xù)推進"], "note": "counts are the annotator's; the text prints no totals"},
   {"scope": "基礎設施 (通村通組道路 etc.)", "total": None, "by_status": {"done": 11, "on_schedule": 6},
    "printed": ["基礎(chǔ)設(shè)施不斷完善", "等通村通組道路", "正在實施建設(shè)中"], "note": "ten roads done, four under construction, plus three named projects"},
   {"scope": "人居環境", "total": None, "by_status": {"done": 2, "on_schedule": 2},
    "printed": ["人居環(huán)境全面提升", "亮化工程已覆蓋全鄉(xiāng)90%以上的村組"], "note": ""}]},
 "layout": "township year review (news relay) in three headed paragraphs (項目建設持續推進 / 基礎設施不斷完善 / 人居環境全面提升), each a run of clauses naming a project and its state; traditional characters with scrape damage '字(pinyin)' after many characters",
 "tests": "traditional characters with inline pinyin garble (鄉(xiāng), 設(shè), 項目 without garble); 、-lists of short road names sharing 實施完成了 / 正在實施建設中; projects the township only coordinates (協調, 征地拆遷); campaigns (專項行動) as tasks",
 "ambiguities": [
  "Roads: the ten completed and four ongoing 通村通組道路 are split into one task per road (shared status copied), following the 、-list convention; grouping them as two tasks is defensible.",
  "雄古工業園區: the infrastructure clause and the two plants (污水處理廠, 天燃氣廠) are kept as three tasks; '映華集團順利入駐' is an outcome (a firm moving in), not a task.",
  "'基本完善' / '已基本建成' → done; on_schedule defensible.",
  "大麗高速九河互通立交 and 九河大溝綜合治理: only preparatory work (征地/拆遷; 招標/進場) is reported → on_schedule for the township's part; stalled defensible.",
  "人居環境 items (植樹, LED燈/亮化, 四潔五整潔, 七改三清) are counted as tasks because each is a work item with a stated state; a reader who counts only 項目 would drop them (then 23 tasks)."],
 "notes": ["No units, leaders or deadlines are printed.",
           "Place: printed '玉龍縣九河鄉'; 九河 is 九河白族乡 of 玉龙纳西族自治县, 丽江市, 云南.",
           "Excerpt ends with the relay's footer cut off ('農業網(Agronet.com.cn)微') → partial (the article body itself seems complete)."]
}

# ---------------- 五常 (undated) ----------------
stem = "wuchanghlj_undated_report_trad"
S13 = "陸續(xù)開工"
S_TG = "正在穩(wěn)步推進(jìn)"
S_HM = "已破土動(dòng)工"
S_ZS = "相繼開工建設(shè)"
wt = [
 T(None, "人民醫(yī)院綜合樓", "on_schedule", S13,
   "first of four names in '…等13個“強縣”項目陸續開工' (13 projects, 4 named); shared status; the sentence is printed twice (摘要 and body) — counted once"),
 T(None, "五常鎮(zhèn)排水管網(wǎng)及污水處理廠", "on_schedule", S13, "same list; 五常鎮 is part of the project name"),
 T(None, "五常市垃圾處理廠", "on_schedule", S13, "same list"),
 T(None, "鐵通路(五常—尚志段)", "on_schedule", S13, "same list"),
 T(None, "宏益鐵礦", "done", "宏益鐵礦已完成一期工程建設(shè)任務(wù)",
   "'其中,宏益鐵礦已完成一期工程建設任務' — phase one completed → done (on_schedule defensible if the whole mine project is meant); whole name shorter than 8 characters"),
 T(None, "松鶴制藥生化提取車間及制劑車間項(xiàng)目", "on_schedule", S_TG,
   "工業技改類項目; three names closed by '等正在穩步推進'"),
 T(None, "北牛制藥年產(chǎn)4億片四味脾胃舒建設(shè)項(xiàng)目", "on_schedule", S_TG, "same 技改 list"),
 T(None, "金業(yè)電子年產(chǎn)20噸硅烷氣體項(xiàng)目", "on_schedule", S_TG, "same 技改 list"),
 T(None, "希望大街", "on_schedule", S_HM,
   "惠民工程類; '希望大街、文化路拓寬改造等項目已破土動工'; whole name shorter than 8 characters"),
 T(None, "文化路拓寬改造", "on_schedule", S_HM, "same 惠民工程 list; whole name shorter than 8 characters"),
 T(None, "城南休閑廣場(chǎng)", "on_schedule", "拆遷進(jìn)展順利",
   "demolition for the square 'progressing smoothly' → on_schedule; stalled defensible (construction not begun, 尚處前期)"),
 T(None, "黑龍江博瑞遺傳有限公司", "on_schedule", S_ZS,
   "招商類項目: five firms/projects closed by '相繼開工建設'; company names stand for their projects here"),
 T(None, "豐澤電力", "on_schedule", S_ZS, "same 招商 list; whole name shorter than 8 characters"),
 T(None, "黑龍江金業(yè)電子氣體有限公司", "on_schedule", S_ZS, "same 招商 list"),
 T(None, "長(zhǎng)慶乳業(yè)", "on_schedule", S_ZS, "same 招商 list"),
 T(None, "海明潤(rùn)超硬材料公司", "on_schedule", S_ZS, "same 招商 list"),
]
docs[stem] = {
 "source": src(stem, "http://lksmqw.cn/news/4847.html", "lksmqw.cn, traditional-character mirror (with inline pinyin garble) of a 五常 news item", "undated; '進入5月' / '僅4月份', year not printed"),
 "kind": "report", "partial": False,
 "place": "黑龙江省哈尔滨市五常市", "year": None, "taskCount": len(wt),
 "tasks": wt,
 "summary": {"scopes": [
   {"scope": "“強縣”大項目", "total": 13, "by_status": {"陸續開工": 13, "一期完成 (宏益鐵礦)": 1},
    "printed": ["等13個(gè)“強(qiáng)縣”項(xiàng)目陸續(xù)開工", "宏益鐵礦已完成一期工程建設(shè)任務(wù)"],
    "note": "13 projects, 5 named (4 in the list + 宏益鐵礦 after 其中)"},
   {"scope": "年初確立的市級重點項目", "total": 145, "by_status": {},
    "printed": ["五大類145個(gè)本市級(jí)重點(diǎn)項(xiàng)目中"],
    "note": "only 惠民工程類 and 招商類 examples are named"}]},
 "layout": "news item with a one-line 摘要 that repeats the first sentence, then one paragraph: a 13-project list with a shared status, 招商 signings (四家企業落戶), 技改 list, 惠民工程 list, 招商類 list; traditional characters with '(pinyin)' after many characters",
 "tests": "duplicated lead sentence (摘要 + body) must not double the tasks; shared statuses closing 、-lists; inline pinyin garble inside names and status words (陸續(xù)開工, 穩(wěn)步推進(jìn)); company names standing for projects",
 "ambiguities": [
  "The four enterprises that '落戶五常' in April (哈爾濱現代銳馳數控…, 哈爾濱順達機電…, 哈爾濱建平耐磨鼓風機…, 五常豐源塑業…) are 招商 results (signings), not work items with a progress status → not tasks; a reader may add them as done.",
  "宏益鐵礦 '已完成一期工程建設任務' → done (phase); on_schedule defensible.",
  "城南休閑廣場 '拆遷進展順利' → on_schedule; stalled defensible.",
  "Year not printed; '強縣' (黑龙江 扩权强县 policy) suggests c. 2009–2011 — left null (stem 'undated')."],
 "notes": ["No units, leaders or deadlines are named.",
           "Stem 'wuchanghlj' because 'wuchang' (武昌, 湖北) is taken.",
           "The item ends with ' |' (page-table residue); the body looks complete → partial false."]
}

bad = 0
for stem, d in docs.items():
    text = norm(open(stem + ".txt", encoding="utf-8").read())
    for t in d["tasks"]:
        for s in [t["textStartsWith"], t["statusText"], t["deadline"]] + t["lead"] + t["co"] + t["leaders"]:
            if s and norm(s) not in text:
                print("MISSING", stem, repr(s)); bad += 1
    for sc in d["summary"]["scopes"]:
        for p in sc["printed"]:
            if norm(p) not in text:
                print("MISSING printed", stem, repr(p)); bad += 1
    assert d["taskCount"] == len(d["tasks"])
    json.dump(d, open(stem + ".expect.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    from collections import Counter
    print(stem, d["taskCount"], dict(Counter(t["status"] for t in d["tasks"])))
print("missing:", bad)
