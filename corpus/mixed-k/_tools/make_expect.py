import json, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def T(number, tsw, status=None, st=None, lead=(), co=(), note=None, deadline=None):
    d = dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=[], deadline=deadline, status=status, statusText=st)
    if note: d["note"] = note
    return d
ALL = "各项民生工程均已完工"
docs = {}
docs["tielingxian_2022_report"] = dict(
 source="http://www.tielingxian.gov.cn/tlx/xxgk/fdzdgknr/zdmsxx/msxx/2022122610314629563/index.html (铁岭县人民政府, 2022-12-26; pages corpus, stored excerpt 1998 bytes)",
 kind="report", partial=True, place="辽宁省铁岭市铁岭县", year=2022,
 tasks=[
  T("一","政务服务大厅搬迁改造工程","done","已于2022年7月4日正式投入使用"),
  T("二","工人文化宫建设工程","on_schedule","已完成主体封顶和土建工程", note="intro says all 10 are 已完工; the item itself only reports roof-out and civil works, so coded on_schedule (alternative: done)"),
  T("三","农村道路提升工程","done","现已全部完工", note="正在组织验收工作 follows"),
  T("四","老旧小区改造工程","done","基础工程已全部完工", note="only 基础工程 said complete; alternative on_schedule"),
  T("五","宜居美丽乡村建设工程","done",ALL, note="item text cut off by the store; status taken from the blanket intro sentence"),
  T(None,"网红小镇建设","done",ALL, note="named only in the intro list; whole name shorter than 8 chars"),
  T(None,"妇幼保健机构服务能力提升","done",ALL, note="named only in the intro list"),
  T(None,"污水管网改造","done",ALL, note="named only in the intro list; whole name shorter than 8 chars"),
  T(None,"新地旺便民市场建设","done",ALL, note="named only in the intro list"),
  T(None,"新台子镇八里庄小学改扩建","done",ALL, note="named only in the intro list"),
 ],
 summary={"scopes":[{"what":"10项民生实事工程","printed":["10项民生实事工程",ALL]}]},
 notes="County announcement of completion of its 10 livelihood projects. Items (一)-(四) have their own status sentences; (五) is cut off and the last five appear only in the intro 、-list, so they take the blanket status 各项民生工程均已完工. No units are named.")
docs["dalixian_2014_report"] = dict(
 source="https://dalivip.com/news/1627.html (大荔县 news relay, 2014-12-17; pages corpus, stored excerpt 1490 bytes)",
 kind="report", partial=False, place="陕西省渭南市大荔县", year=2014,
 tasks=[
  T(None,"中医院迁建工程","on_schedule","正在进行装修及设施安装"),
  T(None,"县医院迁建工程","on_schedule","正在进行内部装修"),
  T(None,"妇幼保健院改扩建工程","on_schedule","二期门诊住院楼正在进行主体施工", note="phase 1 完成…并投入使用; coded by the unfinished phase 2"),
  T(None,"东府医院建设工程","on_schedule","正在进行内部装修"),
  T(None,"50个村级托老所、公益性公墓","done","全部建成", note="托老所 and 公墓 read as one item; another reader could split into two done items"),
  T(None,"殡仪馆启动迁建","on_schedule","启动迁建", note="whole item shorter than 8 chars; 'started' read as under way"),
  T(None,"建成保障性住房1984套","done","建成保障性住房1984套"),
  T(None,"整合危房改造资金1380万元","done","建成了新房"),
  T(None,"洛北供水改造项目","done","解决了51个行政村共计6万余人的安全饮水问题", note="no explicit 完工 word; read as done from the result stated"),
  T(None,"1.4公里黄河控导工程","done","已竣工"),
  T(None,"19公里渭河综治工程","done","主体工程全部完成", note="only main works; alternative on_schedule"),
  T(None,"7公里洛河北堤闭合工程","on_schedule","正在加紧实施"),
 ],
 summary={"scopes":[{"what":"十大民生工程","printed":["十大民生工程累计共完成投资15.8亿元"]}]},
 notes="News relay: one long sentence of ;-separated project clauses, each with its own status. Projects named with 总投资…的 prefixes; textStartsWith uses the project name as printed. No units.")
docs["linwei_2018_report"] = dict(
 source="https://m.yybnet.net/weinan/news/201807/7784521.html (华商报/渭南新闻 relay of 临渭区政府, 2018-07; pages corpus, stored excerpt 1630 bytes)",
 kind="report", partial=False, place="陕西省渭南市临渭区", year=2018,
 tasks=[
  T(None,"瑞泉中学","done","基本建成", note="、-list of three schools sharing 基本建成; 'basically built' coded done (alternative on_schedule)"),
  T(None,"西安路小学","done","基本建成"),
  T(None,"滨河小学","done","基本建成"),
  T(None,"双创中学","on_schedule","开工在建"),
  T(None,"解放路中学、三马路中学等6所学校","on_schedule","实施合并和初改小", note="merger under way; no clear status word, a reader could leave status null"),
  T(None,"市二院搬迁新址","done","搬迁新址"),
  T(None,"中医医院","on_schedule","加快推进", note="中医医院和市殡仪馆迁建项目 split into two items"),
  T(None,"市殡仪馆迁建项目","on_schedule","加快推进"),
  T(None,"华山大街综合改造","done","基本完工"),
  T(None,"渭桥路","on_schedule","加快建设", note="渭桥路、520省道等6条重点道路 — only two named"),
  T(None,"520省道","on_schedule","加快建设"),
  T(None,"公共文化中心项目","on_schedule","主体竣工", note="main structure finished only; alternative done"),
 ],
 summary={"scopes":[{"what":"26个民生项目","printed":["26个民生项目累计完成投资18亿元"]}]},
 notes="News: statuses in ;-clauses with 、-lists of named projects. Count-only items (卫生室14个, 健身广场35个, 公厕) were not made tasks. No units.")
docs["xingtai_2016_report_trad"] = dict(
 source="http://www.bklai.com/diqu/xingtai/201607/16313666.html (邢台日报 relay, 2016-07; pages corpus, stored excerpt 1599 bytes, traditional characters with pinyin artifacts)",
 kind="report", partial=False, place="河北省邢台市", year=2016,
 tasks=[
  T(None,"富晶特玻高硼硅新材料","on_schedule","順利開工建設", note="prefixed 市開發(fā)區(qū) (location, not a unit)"),
  T(None,"巨鹿縣桂康鐵路機車配件","on_schedule","順利開工建設"),
  T(None,"寧晉縣能工高壓電纜成套設備","on_schedule","順利開工建設"),
  T(None,"威縣光伏建筑一體化","on_schedule","全部開工建設", note="province-level key project list"),
  T(None,"邢臺縣頤綠電子商務","on_schedule","全部開工建設"),
  T(None,"開發(fā)區(qū)威達光機電","on_schedule","實現(xiàn)部分投產(chǎn)", note="partial production coded on_schedule; alternative done"),
  T(None,"清河縣御捷乘用車和客車","on_schedule","實現(xiàn)部分投產(chǎn)"),
  T(None,"南宮市泰能醫(yī)療用品","on_schedule","實現(xiàn)部分投產(chǎn)"),
  T(None,"廣宗縣萬達輪胎生產(chǎn)線","on_schedule","實現(xiàn)部分投產(chǎn)"),
  T(None,"寧晉縣玉鋒玉米深加工","on_schedule","實現(xiàn)部分投產(chǎn)"),
 ],
 summary={"scopes":[{"what":"市重點項目 new starts","printed":["全市86個計劃新開工重點項目中,有85個項目開工建設"]},{"what":"省重點項目 partial production","printed":["等7個項目實現(xiàn)部分投產(chǎn)"]}]},
 notes="Traditional-character relay with pinyin artifacts in the stored text (發(fā) etc.). Named projects appear in 、-lists before a shared status. County names prefixed to projects are locations, not units; the ranking lists of counties are not tasks.")
docs["tongchuan_2025_plan"] = dict(
 source="http://www.tongchuan.gov.cn/resources/site/1/html/xxgk/zcwj/tcszfwj/tzbf/202503/874452.html (铜川市人民政府办公室, 2025-03-03, 铜政办发〔2025〕1号; pages corpus, stored excerpt 2000 bytes)",
 kind="plan", partial=True, place="陕西省铜川市", year=2025,
 tasks=[
  T("1","生产总值增长6%左右",lead=["市发展改革委"]),
  T("2","固定资产投资增长7%左右",lead=["市发展改革委"]),
  T("3","一般公共预算收入增长3.5%",lead=["市财政局"]),
  T("4","城镇居民收入增长6%",lead=["市人社局"]),
  T("5","农村居民收入增长7%",lead=["市农业农村局"]),
  T("6","城镇新增就业5000人以上",lead=["市人社局"]),
  T("7","粮食产量32万吨以上",lead=["市农业农村局"]),
  T("8","社会消费品零售总额增长8%左右",lead=["市商务局"]),
  T("9","农林牧渔业增加值增长4.8%左右",lead=["市农业农村局"]),
  T("10","开展提振消费专项行动",lead=["市商务局"]),
  T("11","加快10个商贸项目建设",lead=["市商务局"],co=["市交通运输局","市邮政管理局"], note="three units jointly 负责; first read as lead (alternative: all three lead)"),
  T("12","实施文旅产业高质量发展三年行动",note="cut off by the store before its unit"),
 ],
 notes="Numbered items each followed by (X负责); one unit = lead. Item 11 names three units in one 负责 clause. Item 12 truncated.")
docs["tongchuan_2020_plan"] = dict(
 source="http://www.tongchuan.gov.cn/resources/site/1/html/xxgk/xxgkml/zcwj/tzbf/202005/251530.html (铜川市人民政府办公室, 2020-05-26, 铜政办发〔2020〕14号; pages corpus, stored excerpt 1998 bytes)",
 kind="plan", partial=True, place="陕西省铜川市", year=2020,
 tasks=[
  T("1","生产总值增长5%左右",lead=["市发展改革委"]),
  T("2","规模以上工业增加值增长6%",lead=["市工信局"]),
  T("3","全社会固定资产投资增长7%",lead=["市发展改革委"]),
  T("4","社会消费品零售总额增长6%",lead=["市商务局"]),
  T("5","地方财政收入增长3.5%",lead=["市财政局"]),
  T("6","城镇居民人均可支配收入增长7%",lead=["市人社局"]),
  T("7","农村居民人均可支配收入增长8%",lead=["市农业农村局"]),
  T("8","城镇调查失业率、城镇登记失业率",lead=["市人社局"]),
  T("9","居民消费价格涨幅3.5%左右",lead=["市发展改革委"]),
  T("10","单位生产总值能耗完成省级下达指标任务",lead=["市发展改革委"]),
  T("11","主要污染物排放完成省级下达指标任务",lead=["市生态环境局"]),
  T("12","持续推进“精煤、优电、强材料”",note="cut off by the store before its unit"),
 ],
 notes="Same layout as the 2025 document (numbered target + (X负责)); lines separated by single newlines. Item 12 truncated.")
for stem, d in docs.items():
    out = dict(source=d["source"], kind=d["kind"], partial=d["partial"], place=d["place"], year=d["year"],
               taskCount=len(d["tasks"]), tasks=d["tasks"], summary=d.get("summary", {}), notes=d["notes"])
    with open(os.path.join(base, stem + ".expect.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(stem, d["kind"], len(d["tasks"]), dict(Counter(t["status"] for t in d["tasks"])))
