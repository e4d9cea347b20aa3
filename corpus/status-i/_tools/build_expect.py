#!/usr/bin/env python3
"""Writes <stem>.expect.json from hand-written annotations (read by the annotator from the .txt files)."""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def T(tsw, status=None, st=None, note=None, number=None, lead=(), co=()):
    t = {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": [],
         "deadline": None, "status": status, "statusText": st}
    if note: t["note"] = note
    return t

def write(stem, meta, tasks):
    meta = dict(meta); meta["taskCount"] = len(tasks); meta["tasks"] = tasks
    order = ["source","kind","partial","place","year","taskCount","tasks","summary","layout","ambiguities","notes"]
    out = {k: meta[k] for k in order if k in meta}
    with open(os.path.join(HERE, stem + ".expect.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- 宣风镇 (芦溪县, 萍乡, 江西) 2020
write("xuanfeng_2020_report_trad", {
 "source": "http://arkombiservisi.com/portal.php?aid=33206&mod=view (mirror site of unrelated name reposting a 宣风镇 news item, 2020; pages corpus, stored excerpt 1013 bytes)",
 "kind": "report", "partial": False, "place": "江西省萍乡市芦溪县宣风镇", "year": 2020,
 "summary": {"scopes": [
   {"scope": "鳳棲小鎮核心區項目 (sub-projects)", "by_status": {"good": 2, "done": 1},
    "printed": ["總體進(jìn)展情況良好", "其余項(xiàng)目均在序時(shí)進(jìn)度之內(nèi)"],
    "note": "the unnamed 其余項目 are within schedule (on_schedule) but are not tasks"},
   {"scope": "已簽約的重大項目 (5)", "total": 5, "by_status": {"on_schedule": 1},
    "printed": ["已簽約的重大項(xiàng)目共5個(gè)", "其他項(xiàng)目按照序時(shí)進(jìn)度建設(shè)"],
    "note": "only 高標準農田項目 is named; the other 4 are 按照序時進度建設 but unnamed"},
   {"scope": "town portfolio", "printed": ["所有項(xiàng)目推進(jìn)良好,大多數(shù)項(xiàng)目達(dá)到或超過序時(shí)進(jìn)度"],
    "note": "portfolio verdict, not copied onto items"}]},
 "layout": "traditional-character machine conversion with pinyin glosses in parentheses after many characters (鎮(zhèn), 項(xiàng)); prose paragraphs: one parent project with a verdict, two sub-projects in a '、'-list + 進展較快, one named company project 已投產, then a second portfolio with one named project 進入掃尾階段",
 "ambiguities": "鳳棲小鎮核心區項目 '總體進展情況良好' → on_schedule (it is at 70% of the year plan by May, so good is arguable); 會展交易中心 / 農產品共享平臺 '進展較快' → good; 高標準農田項目 '進入掃尾階段' → on_schedule (done is arguable: 扫尾 = finishing touches). Textual strings keep the pinyin glosses because they are part of the stored text.",
 "notes": ["Place from the text (宣風鎮, 江西德凱車燈); 宣风镇 belongs to 芦溪县, 萍乡市, 江西省 (inferred, not printed). Year 2020 printed ('2020年度全市重大產業項目').",
           "Publisher is a spam mirror; the article ends with ' |' — apparently the whole item.",
           "No units, leaders or deadlines."]},
 [T("鳳棲小鎮(zhèn)核心區(qū)項(xiàng)目", "on_schedule", "總體進(jìn)展情況良好", "parent project; 完成年計劃的70% by May; good arguable"),
  T("會(huì)展交易中心", "good", "進(jìn)展較快", "'會展交易中心、農產品共享平臺等項目進展較快'; whole name (6 chars + glosses)"),
  T("農(nóng)產(chǎn)品共享平臺(tái)", "good", "進(jìn)展較快", "second item of the same '、'-list"),
  T("江西德凱車燈有限公司新建100萬套車燈項(xiàng)目", "done", "已投產(chǎn)"),
  T("高標(biāo)準(zhǔn)農(nóng)田項(xiàng)目", "on_schedule", "進(jìn)入掃尾階段", "one of the 5 signed major projects; done arguable")])

# ---------------------------------------------------------------- 澧县 (常德, 湖南) 2009
ON = "on_schedule"
write("lixian_2009_report", {
 "source": "http://bc0550.com/xwzx/jrlz/content_42107 (spam-hijacked mirror of a 澧县 news item, 2010 about 2009; pages corpus, stored excerpt 2000 bytes)",
 "kind": "report", "partial": True, "place": "湖南省常德市澧县", "year": 2009,
 "summary": {"scopes": [
   {"scope": "全县建设项目 2009", "total": 326, "printed": ["共新上、續建各類建設項目326個"] if False else ["共新上、续建各类建设项目326个"],
    "note": "only ~20 are named with a status"},
   {"scope": "农村公路/饮水/泵站/水库", "by_status": {"done": 4}, "printed": ["都完成了预定任务"]},
   {"scope": "社会事业 buildings", "by_status": {"on_schedule": 5}, "printed": ["也正在按计划、分步骤实施"]}]},
 "layout": "county news item (year-end review of 项目建设年): opening '、'-list of 12 project types without status, then per-sector paragraphs '其中A完成…;B…;C已经完工,D正在硬化;E已封顶,正在进行…', a '、'-list closed by '都完成了预定任务', and a '、…及…' list closed by '正在按计划、分步骤实施'; cut mid-sentence ('其中八百里')",
 "ambiguities": "The opening list (绕城线工程、城区除险压浸工程、…中小型水库除险) carries no status; its items are not separate tasks — they recur below with statuses, except 城区除险压浸工程 and 农村初中校舍改造 (the latter ≈ 张公庙等4所中学校舍改造). A reader who counts the opening list would add 城区除险压浸工程 with null. Quantity-only statements with no verdict (动物防疫体系建设完成10个乡镇, 生猪标准化养殖建成10个标准化养殖场) → null (done arguable at year end). Construction described by stage (污水处理厂 综合办公楼已封顶, 绕城线 路基施工完成6300米, 澧阳新区 已封顶) → on_schedule. The five social-service buildings are split from one '、…及…' list (one grouped task is the alternative).",
 "notes": ["The place name is replaced throughout by a gambling-site string ('英国威廉希尔公司_官方网站:'); 澧县 is inferred from 澧阳新区 (澧阳 is the 澧县 county seat), 张公庙 (a 澧县 town) and 八百里 (八百里洞庭 area). Year 2009 printed.",
           "No units, leaders or deadlines."]},
 [T("污水处理厂", ON, "完成厂区建设,南北二沉池浇铸,综合办公楼已封顶", "short name as printed (5 chars); listed as 污水处理厂工程 above"),
  T("绕城线", ON, "完成征地拆迁,路基施工完成6300米", "short name (3 chars); listed as 绕城线工程 above"),
  T("临江路开发一期工程", "done", "已经完工"),
  T("二期临江东路", ON, "正在硬化", "whole name (6 chars)"),
  T("澧阳新区7万平方米多层建筑", ON, "已封顶,正在进行装饰和设备安装"),
  T("标准良田建设", "done", "完成2万亩,通过了验收", "whole name (6 chars)"),
  T("退耕还林后扶工作", "done", "全部完成,通过了省级验收"),
  T("动物防疫体系建设", None, None, "'完成10个乡镇' — a quantity with no target or verdict; done arguable"),
  T("生猪标准化养殖", None, None, "'建成10个标准化养殖场' — quantity only; 7 chars, whole name"),
  T("农村沼气", "done", "完成3098个沼气池修建任务", "whole name (4 chars); '完成…任务' read as the task completed"),
  T("农村公路建设", "done", "都完成了预定任务", "'一批农村公路建设、农村安全饮水工程、大型泵站改造与中小型水库除险工程都完成了预定任务'"),
  T("农村安全饮水工程", "done", "都完成了预定任务"),
  T("大型泵站改造", "done", "都完成了预定任务", "whole name (6 chars)"),
  T("中小型水库除险工程", "done", "都完成了预定任务"),
  T("张公庙等4所中学校舍改造", "done", "完成了", "'完成了张公庙等4所中学校舍改造' — status precedes the item"),
  T("社会化养老服务中心", ON, "正在按计划、分步骤实施", "'一批社会化养老服务中心、基层法庭、乡镇卫生院、乡镇文化站及村级组织阵地建设项目,也正在按计划、分步骤实施'"),
  T("基层法庭", ON, "正在按计划、分步骤实施", "whole name (4 chars)"),
  T("乡镇卫生院", ON, "正在按计划、分步骤实施", "whole name (5 chars)"),
  T("乡镇文化站", ON, "正在按计划、分步骤实施", "whole name (5 chars)"),
  T("村级组织阵地建设项目", ON, "正在按计划、分步骤实施")])

# ---------------------------------------------------------------- 正宁县周家镇 (庆阳, 甘肃), undated
write("zhengning_undated_report", {
 "source": "https://zgqingyang.gov.cn/zw/xqdt/content_61630 (中国庆阳 / 庆阳市政府网 县区动态, undated; pages corpus, stored excerpt 1229 bytes)",
 "kind": "report", "partial": False, "place": "甘肃省庆阳市正宁县周家镇", "year": None,
 "summary": {"scopes": [
   {"scope": "新建项目", "printed": ["新建项目"], "by_status": {"on_schedule": 3, "stalled": 5, "done": 1}},
   {"scope": "续建项目", "printed": ["续建项目,均已复工建设"], "by_status": {"on_schedule": 4},
    "note": "group statement '均已复工建设' applies to each named 续建 item"},
   {"scope": "town portfolio", "printed": ["全镇项目建设起步良好、进展顺利"], "note": "portfolio verdict, not copied onto items"}]},
 "layout": "town news item on a city site: one paragraph split '新建项目,…;…;…' and '续建项目,均已复工建设,其中,…;…' — ';'-separated clauses 'project + stage', two clauses with two projects joined by '、' / '和'",
 "ambiguities": "Not-started wordings (已完成放线,即将开工建设 / 正在进行前期设计,年内完成建设 / 正在进行棚改协议最后签订工作,完成后尽快组织开工建设) → stalled following the corpus convention for 未开工 (they read as on schedule in tone; null is another reading). 西庄五保家园 '已完成主体建设' → on_schedule (done arguable). The 续建 items take the group status '均已复工建设' → on_schedule; their own clauses are forecasts (预计6月份建成投用, 预计9月份开园) or stages. '年产50万吨建筑垃圾资源化再利用和聚辉建材石料加工项目' kept as one item (two projects is the alternative). 卧牛湾养驴场's clause only gives a livestock count.",
 "notes": ["Year not printed in the stored text ('今年以来'; activity '转变作风改善发展环境建设年'); stem undated.",
           "Trailing page furniture (扫一扫…, 登录) is not content.", "No units, leaders or deadlines (forecast months are not deadlines)."]},
 [T("年产50万吨建筑垃圾资源化再利用和聚辉建材石料加工项目", ON, "正在进行设备安装", "one item or two (see ambiguities)"),
  T("西庄五保家园建设", ON, "已完成主体建设", "done arguable"),
  T("燕家综合服务中心", "stalled", "已完成放线,即将开工建设", "not yet started; on_schedule/null arguable"),
  T("惠家塬四组广场", "stalled", "正在进行前期设计", "7 chars whole name; '惠家塬四组广场、西庄村广场正在进行前期设计,年内完成建设'"),
  T("西庄村广场", "stalled", "正在进行前期设计", "5 chars whole name"),
  T("南街翌景嘉园商住楼开发", "stalled", "完成后尽快组织开工建设", "'…和民俗文化一条街项目,正在进行棚改协议最后签订工作,完成后尽快组织开工建设'"),
  T("民俗文化一条街项目", "stalled", "完成后尽快组织开工建设"),
  T("车家沟村苗林结合点道路", ON, "栽植任务已经完成80%以上", "road '已经拓宽'; planting 80%+"),
  T("芦堡村康家湾780亩花椒树栽植基地", "done", "栽植任务已全面完成"),
  T("核桃峪养殖小区", ON, "均已复工建设", "7 chars whole name; own clause '预计6月份建成投用' is a forecast"),
  T("周家街区公立幼儿园", ON, "均已复工建设", "own clause '预计9月份开园'"),
  T("基层政权(五小工程)建设", ON, "已完成主体验收", "'预计11月底前建成投用'"),
  T("卧牛湾养驴场", ON, "均已复工建设", "6 chars whole name; own clause only '毛驴存栏量已达到40多头'")])

# ---------------------------------------------------------------- 梁山县拳铺镇 (济宁, 山东) 2015
write("liangshan_2015_report_trad", {
 "source": "http://www.ytfushui.com/news/xnc/2015-11-13/15608.html (mirror repost in traditional characters, 2015-11-13; pages corpus, stored excerpt 1541 bytes)",
 "kind": "report", "partial": False, "place": "山东省济宁市梁山县拳铺镇", "year": 2015,
 "summary": {"scopes": [{"scope": "拳鋪鎮 重點項目 (百日攻堅)", "by_status": {"done": 5, "on_schedule": 6},
    "printed": ["重點項目建設取得了突破性進展"], "note": "portfolio sentence; no counts"}]},
 "layout": "town news item (traditional characters, a few with pinyin glosses such as 鎮(zhèn), 產(chǎn)): one long ';'-separated sentence 'project + stage/status', one project (山東水滸汽車城) with sub-items for named 4S shops",
 "ambiguities": "山東水滸汽車城項目 and its sub-items (長安4S店 done; 一汽轎車和中華汽車2家4S店 on_schedule) are annotated as three tasks; keeping only the parent is the alternative. 生產自卸車項目 '生產線已安裝完畢' → on_schedule (installed but not yet in production; done arguable). 藍速龍華電動車項目 '車間主體已建設完畢,裝配線立架已完工,部分設備到位' → on_schedule. Items named with long investor prefixes keep the prefix in textStartsWith where the clause starts with it (恩信公司…).",
 "notes": ["Place and date printed in the text/URL (梁山縣拳鋪鎮, 2015-11-13; '百日攻堅行動').",
           "No units (companies are project owners, not responsible units), leaders or deadlines."]},
 [T("盛潤集團技改新上全鋁、LNG、CNG、LPG生產(chǎn)線", "done", "全部投入運營"),
  T("宇通特種車輛制造項目續(xù)建工程", "done", "已完工"),
  T("山東水滸汽車城項目", ON, "現(xiàn)已完成長安、寶駿、五菱等五家4S店共計3萬平方的主體工程", "parent project (投資6.28億元)"),
  T("長安4S店", "done", "已裝修完畢,并投入試運營", "sub-item of 水滸汽車城; whole name (5 chars)"),
  T("一汽轎車和中華汽車2家4S店", ON, "已完成規(guī)劃、設計并開工建設", "sub-item; construction started"),
  T("藍速龍華電動車項目", ON, "車間主體已建設完畢,裝配線立架已完工,部分設備到位", "'圣德集團與中國航空簽約投資12億元的藍速龍華電動車項目'"),
  T("恩信公司與河北約克簽約投資1.5億元的生產(chǎn)自卸車項目", ON, "生產(chǎn)線已安裝完畢", "done arguable"),
  T("恩信公司與臨沂羅翔公司投資1.1億元建設的輕型半掛車", "done", "已投產(chǎn)運營"),
  T("華泰型鋼新區(qū)", ON, "目前正在建設中", "'已完成選址、規劃、設計,目前正在建設中'"),
  T("濟寧圣建車輪", "done", "已改制完畢并投入生產(chǎn)", "6 chars whole name"),
  T("華通二手車與歐曼簽約的舊車置換項目", ON, "正在進行裝修", "'歐曼4s店和二手車交易形象店正在進行裝修'")])

# ---------------------------------------------------------------- 平庄镇 (元宝山区, 赤峰, 内蒙古) 2011
write("pingzhuang_2011_report_trad", {
 "source": "http://galtzs.cn/new/184_900_201103/22li561410797.shtml (mirror repost in traditional characters with pinyin glosses, 2011-03; pages corpus, stored excerpt 2000 bytes)",
 "kind": "report", "partial": True, "place": "内蒙古自治区赤峰市元宝山区平庄镇", "year": 2011,
 "summary": {"scopes": [{"scope": "平莊鎮 重點工業項目", "printed": ["一些重點項目已經(jīng)進入實質(zhì)性發(fā)展階段"],
    "by_status": {"good": 1, "on_schedule": 2}, "note": "4 named projects, one without a verdict"}]},
 "layout": "town news item: one paragraph, each project introduced by a topic sentence carrying its verdict ('A項目進展迅速。' / 'B項目穩步實施。' / 'C項目進展順利。') followed by details; one project with only a stage; trailing related-links list (not tasks), cut mid-title",
 "ambiguities": "河套酒業項目 '進展迅速' → good although the details say it is still in 前期審批 and 預計4月份開工 (stalled or on_schedule by the details). 華潤燃氣項目 '穩步實施' → on_schedule. 煤炭物流園區建設項目 has only '初步設計已經完成' → null (stalled arguable: not started). 向陽煤業 '進展順利' → on_schedule; its sub-facts (變電所已經建成, 宿舍、食堂已經建成投入使用) are parts of that project, not separate tasks.",
 "notes": ["Place printed (元寶山區平莊鎮, 內蒙古); year from the URL path (201103) and '截止三月中旬'.",
           "The related-links lines (河北威縣…, 康巴什新區…, 達拉特旗…, 東勝區…) are other articles, not tasks.",
           "No units, leaders or deadlines ('預計4月份開工', '年底完工' are forecasts)."]},
 [T("河套酒業(yè)項目", "good", "進展迅速", "'總投資1億元的河套酒業項目進展迅速'; details show it is not yet started"),
  T("華潤燃氣項目", ON, "穩(wěn)步實施", "6 chars + glosses"),
  T("煤炭物流園區(qū)建設(shè)項目", None, None, "'目前項目初步設計已經完成' — stage only"),
  T("向陽煤業(yè)60萬噸深部煤炭資源開發(fā)項目", ON, "進展順利")])
