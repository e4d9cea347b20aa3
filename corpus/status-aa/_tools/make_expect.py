"""Write <stem>.expect.json for status-aa; assert every annotated string occurs in the document
(NFKC, whitespace removed, as verify.py does)."""
import json, re, unicodedata, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))


def T(number, tsw, status, stext, note, lead=(), co=(), leaders=(), deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co),
            "leaders": list(leaders), "deadline": deadline, "status": status,
            "statusText": stext, "note": note}


def nbytes(stem):
    with open(stem + '.txt', encoding='utf-8') as fh:
        return len(fh.read().encode('utf-8'))


docs = {}

# ---------------------------------------------------------------- 双峰 2017
S_DONE = "有5个项目竣工"
S_OPEN = "有2个项目开工"
docs["shuangfeng_2017_report"] = {
 "source": "http://www.mshnol.net/a/difang/loudi/2017/1210/57880.html (mshnol.net '湖南民生在线', a DedeCMS news mirror; 时间 2017-12-10 22:06, 来源 湖南日报, 记者 张福芳 通讯员 王威群; '双峰7个重点项目集中开工竣工 全县建设再掀高潮'); pages corpus, stored excerpt %d bytes" % nbytes("shuangfeng_2017_report"),
 "kind": "report",
 "partial": False,
 "place": "湖南省娄底市双峰县",
 "year": 2017,
 "tasks": [
  T(None, "职业中专产教融合实训基地", "done", S_DONE,
    "first of the 5 in '有5个项目竣工,包括职业中专产教融合实训基地、易地扶贫搬迁安置点、贫困村光伏电站、沪昆高速三塘铺收费站改扩建、青树坪镇中心大市场' (竣工 → done); also named in the lead sentence"),
  T(None, "易地扶贫搬迁安置点", "done", S_DONE,
    "second of the 5 竣工 projects; the lead sentence calls it '2017年度易地扶贫搬迁安置点' — the list form is used here (whole item, 9 characters)"),
  T(None, "贫困村光伏电站", "done", S_DONE,
    "third of the 5 竣工 projects; whole item (7 characters)"),
  T(None, "沪昆高速三塘铺收费站改扩建", "done", S_DONE,
    "fourth of the 5 竣工 projects; whole item"),
  T(None, "青树坪镇中心大市场", "done", S_DONE,
    "fifth of the 5 竣工 projects; whole item; 青树坪镇 is part of the project name, not a unit"),
  T(None, "梓门桥镇万亩红心脐橙基地黄马州产业园", "on_schedule", S_OPEN,
    "first of '有2个项目开工,包括梓门桥镇万亩红心脐橙基地黄马州产业园、桑圆门业投资1.24亿元建设的年产50万樘门生产线' — 开工 → on_schedule (brief: 已开工 = on_schedule)"),
  T(None, "桑圆门业投资1.24亿元建设的年产50万樘门生产线", "on_schedule", S_OPEN,
    "second of the 2 开工 projects; 桑圆门业 is the investing company, not a government unit"),
 ],
 "summary": {
  "total": 7,
  "by_status": {"done": 5, "on_schedule": 2},
  "printed": ["等7个重点项目集中开工、竣工活动",
              "这次开工、竣工的7个重点项目中,有5个项目竣工",
              "有2个项目开工",
              "1至11月,全县206个重点项目完成投资113亿元,占目标任务的95%",
              "预计全年将完成投资126亿元,超额完成目标任务"],
  "note": "all 7 projects of the 集中开工竣工 event are named (5 + 2); the 206 重点项目 are given as an investment total only"
 },
 "layout": "news item on a mirror site: header junk (DedeCMS slogan, site names, breadcrumb), title, time/source line, lead sentence naming 2 of the 7 projects, a paragraph of county GDP/investment figures, then one sentence 'N个项目中,有5个项目竣工,包括A、B、C、D、E;有2个项目开工,包括F、G', then site footer junk (二维码, 顶/踩 counters, 畅言 notice)",
 "tests": "statuses stated before the '、'-lists they govern ('有5个项目竣工,包括…' / '有2个项目开工,包括…'); counts that must match the lists (5 + 2 = 7); a project named twice (lead and list) with slightly different wording; a long project name containing a figure ('投资1.24亿元建设的年产50万樘门生产线'); page junk before and after",
 "ambiguities": "开工 → on_schedule per the brief (not stalled: work has started); 竣工 → done. The investment figures (95% of target by November) are portfolio-level and are not copied to the items.",
 "notes": [
  "Source is the 湖南民生在线 mirror of a 湖南日报 report; no government issuer. The event was on 12月8日 (2017).",
  "No units, leaders or deadlines are named; 梓门桥镇 / 青树坪镇 in project names are locations, and 桑圆门业 is a company.",
  "Place check: 双峰 / 娄底 appear in no taken.txt or PLACES-CLAIMED.txt entry at the time of saving."
 ],
}

# ---------------------------------------------------------------- 巴马 2016
docs["bama_2016_report"] = {
 "source": "https://www.yybnet.net/hechi/bama/201608/1653253.html (yybnet.net 地方网, 河池 > 巴马 news section; dateline '巴马讯', URL month 2016-08, text reports '今年1月至6月' and the coming 县庆); pages corpus, stored excerpt %d bytes" % nbytes("bama_2016_report"),
 "kind": "report",
 "partial": True,
 "place": "广西壮族自治区河池市巴马瑶族自治县",
 "year": 2016,
 "tasks": [
  T(None, "城东体育广场项目", "on_schedule", "工人们日夜兼程进行紧张施工",
    "lead sentence: '巴马瑶族自治县城东体育广场项目建设工地上,工人们日夜兼程进行紧张施工,努力在县庆前完工并投入使用' — under construction → on_schedule (8 characters)"),
  T(None, "百魔洞、水晶宫、百鸟岩等景区设施改善提升工程", "done", "已完成",
    "'百魔洞、水晶宫、百鸟岩等景区设施改善提升工程已完成' — read as one 工程 covering three scenic areas (the '、' names places, not separate projects); splitting into three tasks is the alternative reading"),
  T(None, "命河—水晶宫5A级景区创建", "on_schedule", "加快推动",
    "'命河—水晶宫5A级景区创建加快推动' → on_schedule; the dash is an em dash (—) in the stored text"),
  T(None, "赐福湖小镇", "on_schedule", "已正式开工并加快实施",
    "first of '赐福湖小镇、百魔洞度假区、中脉养生都会等旅游项目已正式开工并加快实施' (shared status); whole item (5 characters)"),
  T(None, "百魔洞度假区", "on_schedule", "已正式开工并加快实施",
    "second of the 3 旅游项目 (shared status); whole item (6 characters)"),
  T(None, "中脉养生都会", "on_schedule", "已正式开工并加快实施",
    "third of the 3 旅游项目 (shared status); whole item (6 characters)"),
  T(None, "河百高速(巴马段)", "on_schedule", "正在加速建设",
    "'河百高速(巴马段)正在加速建设' → on_schedule; parentheses are full-width in the stored text; whole item (9 characters)"),
  T(None, "贺州至巴马高速公路", "stalled", "前期工作正在加紧进行",
    "'贺州至巴马高速公路前期工作正在加紧进行' — only preliminary work, not started → stalled (尚处前期); the wording is positive, so on_schedule for the 前期 stage is arguable"),
  T(None, "巴马至平果二级路", "null_placeholder", None,
    "'巴马至平果二级路完成投资7777.5万元,占总投资的\\n64.8%' — a progress figure with no verdict → null (in progress by implication; on_schedule arguable). The stored text has a line break inside '占总投资的 / 64.8%'"),
  T(None, "城区路网管线下地工程", "null_placeholder", None,
    "'城区路网管线下地工程已完成工程量的62%' — figure only → null (on_schedule arguable). Sub-project of the umbrella sentence '投资近4亿元,对县城区寿乡大道、文化街、环城路等路网进行升级改造' (the umbrella is not counted as a separate task)"),
  T(None, "寿乡大道延伸项目", "null_placeholder", None,
    "'寿乡大道延伸项目完成工程量的90%' — figure only → null (on_schedule arguable); whole item (8 characters)"),
  T(None, "城南入城大道建安工程", "null_placeholder", None,
    "'城南入城大道建安工程累计完成投资4200万元,占合同总价67.8%' — figure only → null (on_schedule arguable)"),
  T(None, "国际旅游新城区二期道路硬化工程", "stalled", "已完成勘察设计及施工预算工作",
    "only survey/design and the construction budget are done; construction not started → stalled (尚处前期)"),
  T(None, "民族艺术馆", "on_schedule", "正在全速推进",
    "first of '县城区的民族艺术馆、老年活动中心、民族体育馆等县庆重点项目也正在全速推进' (shared status); whole item (5 characters)"),
  T(None, "老年活动中心", "on_schedule", "正在全速推进",
    "second of the 3 县庆重点项目; whole item (6 characters)"),
  T(None, "民族体育馆", "on_schedule", "正在全速推进",
    "third of the 3 县庆重点项目; whole item (5 characters)"),
  T(None, "淀粉厂至龙洪", "on_schedule", "正在紧锣密鼓地建设中",
    "first of '淀粉厂至龙洪、水晶宫至凤山江洲、弄追至帝皇宫道路正在紧锣密鼓地建设中' — three road sections sharing the trailing '道路' and the status; whole item (6 characters)"),
  T(None, "水晶宫至凤山江洲", "on_schedule", "正在紧锣密鼓地建设中",
    "second road section (shared status); whole item (8 characters)"),
  T(None, "弄追至帝皇宫道路", "on_schedule", "正在紧锣密鼓地建设中",
    "third road section (shared status); '道路' printed only here"),
  T(None, "完成全县50个贫困村“十三五”20户以上屯级道路硬化建设计划", "null_placeholder", None,
    "last sentence, cut by the store after '已安排财政': what is 完成 is the 建设计划 (the plan), not the roads → no status for the road-hardening work itself (null); done is the alternative literal reading. textStartsWith begins with the verb because the sentence has no subject"),
 ],
 "summary": {
  "total": None,
  "by_status": {"on_schedule": 12, "stalled": 2, "done": 1, "null": 5},
  "printed": ["今年1月至6月,巴马全县自治区级市级层面重大项目投资完成近3亿元,年度投资完成率超过50%,排名全市第一",
              "投资近4亿元,对县城区寿乡大道、文化街、环城路等路网进行升级改造"],
  "note": "no count of projects is printed; the 1-6月 figure is portfolio-level (year-half investment rate over 50%) and is not copied to the items"
 },
 "layout": "county news item (no title in the stored text, starts '巴马讯'): a lead on one project under construction, a portfolio figure, a paragraph of political framing, then one long '目前,…' paragraph of clauses 'A、B、C等X + status' and 'X 完成投资/工程量 N%' separated by ',' and ';', cut at the ~2,000-byte store limit",
 "tests": "many short clauses with shared statuses after '、'-lists ending in '等…项目'; a preliminary-stage item worded positively ('前期工作正在加紧进行'); progress figures without a verdict (null); a line break inside a figure; full-width parentheses and an em dash inside names; an umbrella sentence that is not itself a task; a final clause cut mid-sentence",
 "ambiguities": "百魔洞/水晶宫/百鸟岩 one 工程 vs three; figure-only items null vs on_schedule; 前期 items stalled vs on_schedule; the last item (plan completed) null vs done.",
 "notes": [
  "Year 2016 from the URL (201608) and '今年1月至6月'; the 县庆 (60th anniversary of 巴马瑶族自治县, founded 1956) fits 2016.",
  "No units, leaders or deadlines are named for the items ('区、市党委、政府', '巴马县各级领导' are general). 百日行动 is the campaign name.",
  "The stored text stops at '已安排财政' (1998 bytes).",
  "Place check: 巴马 / 河池 appear in no taken.txt or PLACES-CLAIMED.txt entry (罗城, another 河池 county, is in mixed-n; 鹿寨 in staging48 is 柳州)."
 ],
}

# ---------------------------------------------------------------- 祥云 2022 (traditional)
docs["xiangyun_2022_report_trad"] = {
 "source": "http://www.thenutrichic.com/xianshi/content/2023-01/10/content_41522.html (thenutrichic.com, a traditional-character mirror of a 大理 newspaper item '本報訊(通訊員 胡林果 陳治學 徐亞園 特約記者 陳應國)'; URL date 2023-01-10; no title in the stored text, which starts with an image-file fragment); pages corpus, stored excerpt %d bytes" % nbytes("xiangyun_2022_report_trad"),
 "kind": "report",
 "partial": True,
 "place": "云南省大理白族自治州祥云县",
 "year": 2022,
 "tasks": [
  T(None, "祥云西站物流樞紐示范物流園區申報方案", "done", "完成國家發改委專家評審答辯",
    "the application (申報方案) has passed the NDRC expert review defence → done for that step; null is arguable (the 物流園區 itself has no construction status)"),
  T(None, "云南最大的鐵路專用線", "done", "通車運營",
    "'云南最大的鐵路專用線通車運營' → done (in operation)"),
  T(None, "滇西能源建材物流產業園煤炭產品儲備設施建設項目", "on_schedule", "加快推進",
    "→ on_schedule"),
  T(None, "滇西醫療物資應急儲備庫建設項目", "on_schedule", "主體工程完工",
    "'主體工程完工' — the main structure is finished, the project as a whole is not → on_schedule (done arguable)"),
  T(None, "建云公司日產3000噸新型干法水泥熟料生產線", "done", "建成投產",
    "→ done"),
  T(None, "皇正集團茅草壩新型建材產業園原料基地一期工程", "on_schedule", "有序推進",
    "first of '…一期工程、建云公司年產1000萬噸砂石骨料和水泥窯協同工業固廢處置等項目有序推進' (shared status)"),
  T(None, "建云公司年產1000萬噸砂石骨料和水泥窯協同工業固廢處置", "on_schedule", "有序推進",
    "second of the '等項目有序推進' list; read as one task (one company, '和'-joined); two tasks (砂石骨料 / 水泥窯協同工業固廢處置) is the alternative"),
  T(None, "立新年產1萬噸再生硅材料項目", "done", "一期投產",
    "'立新年產1萬噸再生硅材料項目一期投產' — phase 1 in production → done (as the precedent jining 一期投產 → done); on_schedule arguable since only phase 1 is meant"),
  T(None, "鴻新年產10吉瓦單晶硅棒及單晶硅切片項目", "on_schedule", "落地實施",
    "'落地實施' (landed and being implemented) → on_schedule"),
  T(None, "保利協鑫10萬噸顆粒硅一體化項目", "stalled", "能評審批進度加快",
    "only the energy-assessment approval is advancing → pre-construction stage → stalled (尚处前期); worded positively, so on_schedule for the approval stage is arguable"),
  T(None, "大理宸宇年產10萬噸電池負極一體化項目", "on_schedule", "送電試車",
    "power-on trial run, not yet in production → on_schedule (done arguable)"),
  T(None, "貝特瑞年產20萬噸鋰電池負極材料一體化基地", "on_schedule", "加快推進",
    "'…一體化基地建設加快推進' → on_schedule"),
  T(None, "昆宇", "stalled", "簽約落地",
    "first of '昆宇、中電、??松纫慌履茉?、新材料項目簽約落地' — the list is partly mojibake (probably '埃克森等一批新能源' garbled); 簽約落地 = signed, construction not started → stalled (尚处前期); null arguable since signing is reported as an achievement. Whole item (2 characters)"),
  T(None, "中電", "stalled", "簽約落地",
    "second of the signed list (shared status); whole item (2 characters). The garbled third name ('??松…') is not annotated as a task"),
  T(None, "廣東墨??萍际┊a業孵化項目", "on_schedule", "開工建設",
    "'廣東墨??萍际┊a業孵化項目開工建設' — name garbled by the mirror (probably 廣東墨睿科技產業孵化項目); kept verbatim; 開工建設 → on_schedule"),
  T(None, "2021年祥云縣電子商務進農村綜合示范項目", "on_schedule", "建設順利推進",
    "'2021年祥云縣電子商務進農村綜合示范項目建設順利推進' → on_schedule; the text sits right after the garble '先河?,F代服務業勢頭良好,'"),
 ],
 "summary": {
  "total": None,
  "by_status": {"on_schedule": 9, "done": 4, "stalled": 3},
  "printed": ["集中開工項目67個,總投資229.4億元,年內預計完成投資47.8億元",
              "祥云西站、水目山公鐵聯運物流園到發量達596萬噸"],
  "note": "the 67 集中開工 projects are given as a count only; the stored text stops at '萬花溪中型水' (start of the water-conservancy paragraph)"
 },
 "layout": "newspaper item in a traditional-character mirror, no headline in the stored text (starts with an image-file name fragment '…copy.jpg)'): one paragraph of sector sub-themes ('物流產業持續壯大,' '新型建材產業穩步發展,' …) each followed by ',' -separated clauses 'project + status verb', with mojibake in two places, then a second paragraph with a count, cut at the store limit",
 "tests": "status verbs after long project names in traditional characters ('建成投產', '加快推進', '有序推進', '一期投產', '送電試車', '簽約落地', '開工建設'); '、'-lists with '等項目' and a shared status; scrape mojibake ('??松纫慌履茉?', '墨??萍际┊a', '?,F代') inside names; sector headings that are not tasks; image-name junk at the start",
 "ambiguities": "一期投產 done vs on_schedule; 主體工程完工 / 送電試車 on_schedule vs done; 能評審批 / 簽約落地 stalled vs on_schedule/null; 申報方案 評審答辯 done vs null; '建云公司…砂石骨料和水泥窯協同…' one vs two tasks.",
 "notes": [
  "Year 2022 is inferred: the mirror URL is dated 2023-01-10 and the text reviews the year ('年內預計完成投資', '被列為云南省2022年省級外貿轉型升級基地縣'); the 電子商務 project is labelled '2021年' but reported as 順利推進 in this review.",
  "Characters are kept as stored (traditional forms mixed with 云/干/祥云 simplified forms; '?' and other garble from the mirror). Stem has the _trad suffix.",
  "No units, leaders or deadlines: 建云公司, 皇正集團, 立新, 鴻新, 保利協鑫, 大理宸宇, 貝特瑞 are companies (project owners), not government units.",
  "Not annotated as tasks: the sector headings, the throughput figure (596萬噸), '首開高層次人才科技成果中試基地建設先河' (an achievement phrase attached to the 墨睿 item), the garbled third signed project, and the 67 集中開工 projects (count only).",
  "Place check: 祥云 is in no taken.txt or PLACES-CLAIMED.txt entry (巍山 and the city 大理 are other places in the same prefecture)."
 ],
}

# ---------------------------------------------------------------- 青川 2007 一季度
docs["qingchuan_2007_progress"] = {
 "source": "https://www.cngy.gov.cn/gongkai/show/20070308162406-024338-00-000.html (cngy.gov.cn, 广元市 government site, 发布机构 青川县, 发布时间 2007-03-08, '青川县一季度重点工程重点项目建设进展顺利'); pages corpus, stored excerpt %d bytes" % nbytes("qingchuan_2007_progress"),
 "kind": "progress",
 "partial": False,
 "place": "四川省广元市青川县",
 "year": 2007,
 "tasks": [
  T(None, "凉唐公路改造", "on_schedule", "“五一”节前可实现基本通车",
    "交通方面: '凉唐公路改造完成投资2400万元,“五一”节前可实现基本通车' — under way with a near completion date → on_schedule; whole item (6 characters)"),
  T(None, "酒家垭隧道", "null_placeholder", None,
    "'酒家垭隧道完成投资600万元,上道坑掘进950米,下道坑掘进776米' — figures only → null (in progress by implication; on_schedule arguable); whole item (5 characters)"),
  T(None, "姚秦公路改造", "on_schedule", "7月底可实现铺油",
    "'姚秦公路改造完成投资200万元,7月底可实现铺油' → on_schedule; whole item (6 characters)"),
  T(None, "截污干管", "null_placeholder", None,
    "城市建设方面: '截污干管完成投资50万元,铺设管道2300米' — figures only → null; whole item (4 characters)"),
  T(None, "旧城改造一期工程", "on_schedule", "进展顺利",
    "'旧城改造一期工程进展顺利' → on_schedule; whole item (8 characters)"),
  T(None, "竹园一期防洪堤", "null_placeholder", None,
    "'竹园一期防洪堤完成以堤代步600米' — quantity only → null; whole item (7 characters)"),
  T(None, "退耕还林工程", "null_placeholder", None,
    "农业方面: '退耕还林工程有效管理22.42万亩,完成投资2000万元' — figures only → null; whole item (6 characters)"),
  T(None, "天保工程", "null_placeholder", None,
    "'天保工程有效管护279万亩' — figure only → null; whole item (4 characters)"),
  T(None, "绿色通道建设", "done", "完成公路沿线植树任务",
    "'绿色通道建设完成公路沿线植树任务,改造了部分水系林' → done (the planting task is stated as completed); whole item (6 characters)"),
  T(None, "文江口电站", "null_placeholder", None,
    "能源方面: '文江口电站完成投资300万元' — figure only → null; whole item (5 characters)"),
  T(None, "县城电网改造工程", "on_schedule", "开工建设",
    "'县城电网改造工程开工建设' → on_schedule (已开工); whole item (8 characters)"),
  T(None, "川珍实业建成校县合作研发中心", "done", "建成",
    "工业方面: '川珍实业建成校县合作研发中心' — the status verb 建成 sits inside the clause (company + 建成 + object) → done; textStartsWith is the clause start"),
  T(None, "乡镇小矿山建设", "null_placeholder", None,
    "'乡镇小矿山建设完成计改投资625万元' — figure only → null; whole item (7 characters)"),
  T(None, "开工建设青川职高教学楼", "on_schedule", "开工建设",
    "社会事业方面: '开工建设青川职高教学楼,完成投资100万元' — status verb first, then the object; → on_schedule. textStartsWith is the clause start; the bare name would be '青川职高教学楼'"),
  T(None, "完成1所乡镇卫生院主体工程建设", "on_schedule", "开工建设6所",
    "'完成1所乡镇卫生院主体工程建设,开工建设6所,4所正进行招标前准备工作' — one task (乡镇卫生院建设) with a mixed state: 1 main structure done, 6 started, 4 pre-tender → on_schedule overall; splitting into three sub-items (done/on_schedule/stalled) is the alternative"),
  T(None, "新村建设", "null_placeholder", None,
    "农村投资方面: '新村建设预计投入3000万元,建筑面积达10余万平方米' — a forecast, no status → null; whole item (4 characters)"),
 ],
 "summary": {
  "total": None,
  "by_status": {"on_schedule": 6, "done": 2, "null": 8},
  "printed": ["青川县一季度重点工程重点项目建设进展顺利"],
  "note": "no counts are printed; the headline gives a portfolio verdict (进展顺利) that is not copied to the items"
 },
 "layout": "short county government news item: title, 发布机构/发布时间/字体 widget lines, then seven paragraphs '<sector>方面:' each with ';' or ','-separated clauses 'project + figures/status'",
 "tests": "sector headings ('交通方面:' …) that are not tasks; many short project names (4–8 characters); figure-only clauses next to status clauses; forecasts as status ('“五一”节前可实现基本通车', '7月底可实现铺油'); status verbs at the front of a clause ('开工建设青川职高教学楼', '完成1所乡镇卫生院…') and inside it ('川珍实业建成…'); page widget lines ('字体:', '[', '大', '中', '小', ']')",
 "ambiguities": "figure-only items null vs on_schedule; forecasts on_schedule; the 卫生院 clause one task vs three; textStartsWith for clauses that start with the status verb.",
 "notes": [
  "Published 2007-03-08 on cngy.gov.cn (广元市) with 发布机构 青川县; 'Q1' is as of early March.",
  "No units, leaders or deadlines; '“五一”节前' and '7月底' are forecasts of completion, recorded in statusText, not as deadlines (they are not assigned time limits).",
  "Place check: 青川 is in no taken.txt or PLACES-CLAIMED.txt entry (广元 the city is taken)."
 ],
}

# ------------------------------------------------------------------ write
for stem, d in docs.items():
    for t in d["tasks"]:
        if t["status"] == "null_placeholder":
            t["status"] = None
    d["taskCount"] = len(d["tasks"])
    order = ["source", "kind", "partial", "place", "year", "taskCount", "tasks", "summary", "layout",
             "tests", "ambiguities", "notes"]
    out = {k: d[k] for k in order if k in d}
    with open(stem + '.txt', encoding='utf-8') as fh:
        text = norm(fh.read())
    bad = []
    for t in out["tasks"]:
        for s in [t["textStartsWith"], t["statusText"], t["deadline"]] + t["lead"] + t["co"] + t["leaders"]:
            if s and norm(s) not in text:
                bad.append(s)
        if t["status"] is not None and not t["statusText"]:
            bad.append("status without statusText: " + t["textStartsWith"])
    for s in out["summary"].get("printed", []):
        if norm(s) not in text:
            bad.append(s)
    # by_status consistency
    counts = {}
    for t in out["tasks"]:
        k = t["status"] or "null"
        counts[k] = counts.get(k, 0) + 1
    if counts != out["summary"]["by_status"]:
        bad.append("by_status %r != %r" % (out["summary"]["by_status"], counts))
    if bad:
        raise SystemExit("%s: %r" % (stem, bad))
    with open(stem + '.expect.json', 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
    print(stem, out["taskCount"], counts)
