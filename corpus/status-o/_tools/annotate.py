import json, re, unicodedata
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
raw = {k: json.load(open('_raw/%s.json' % k)) for k in ['jiangling','guangxi','hainan','mianyang','yichun']}

def T(num, tsw, status=None, st=None, note=None):
    t = {"number": num, "textStartsWith": tsw, "lead": [], "co": [], "leaders": [], "deadline": None,
         "status": status, "statusText": st}
    if note: t["note"] = note
    return t

def write(stem, key, kind, partial, place, year, tasks, summary, notes):
    text = norm(raw[key]['excerpt'])
    for t in tasks:
        for s in [t['textStartsWith'], t['statusText']]:
            assert s is None or norm(s) in text, (stem, s)
    d = {"source": raw[key]['url'], "kind": kind, "partial": partial, "place": place, "year": year,
         "taskCount": len(tasks), "tasks": tasks, "summary": summary, "notes": notes}
    json.dump(d, open(stem + '.expect.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    print(stem, len(tasks), sum(1 for t in tasks if t['status']))

# ---------- 江陵 ----------
g1 = ["江陵發(fā)電廠一期","蒙華鐵路江陵段","中航物流","躍進碼頭","縣委黨校遷址新建","志翔化工","銘耀新能源","宇翔食品",
      "興順豆制品","微塑園再生資源","泰克體育用品","天銀固廢二期","荊江大堤堤頂防汛路面改造工程","城區(qū)二水廠",
      "濱江新區(qū)污水處理廠","藍星島","開發(fā)區(qū)道路建設","沙公高速","石首長江大橋連接線(江陵段)","周馬線","沙熊線(機場路)"]
g2 = ["荊江大堤綜合整治","內荊河治理","華港能源倉儲物流園","天佑天元","通運駕考中心","勞動就業(yè)公共實訓基地"]
g3 = ["煤炭鐵水聯(lián)運儲配基地一期","萬佳投資","斯米克新材料","荊江表業(yè)","石化碼頭"]
g4 = ["G351改擴建工程","縣群眾文體活動中心","宏洋汽配","火車站物流園","一號車城","藍星島旅游公路","退漁還湖",
      "城區(qū)段砂石碼頭集并","還遷房","白馬寺糧庫二期","三觀線","楚才路(江陵大道-建設路)"]
g5 = ["國康環(huán)保","楚才路","駿馬紙業(yè)"]
assert (len(g1),len(g2),len(g3),len(g4),len(g5)) == (21,6,5,12,3)
tasks = [T(None,x,"good","建設進度較快") for x in g1]
tasks[0]["note"] = "group '01、建設進度較快項目共21個' → good (faster than planned); 21 names = stated 21"
tasks += [T(None,x,"on_schedule","建設進度正常") for x in g2]
tasks[21]["note"] = "group '02、建設進度正常項目共6個' → on_schedule; 6 = 6"
tasks += [T(None,x,"lagging","建設進度一般") for x in g3]
tasks[27]["note"] = "group '03、建設進度一般項目共5個' → lagging (ranked below 正常, above 前期/未復工); null arguable — '一般' (mediocre) is not an explicit 滯後"
tasks += [T(None,x,"stalled","正在進行前期準備工作") for x in g4]
tasks[32]["note"] = "group '04、正在進行前期準備工作的項目共12個' → stalled (construction not started; still in preliminary work, cf. 未开工); null arguable if these are simply not yet due to start"
tasks[43]["note"] = "'楚才路(江陵大道-建設路)' in the 前期 group; a second '楚才路' appears in the 未復工 group — kept as two tasks"
tasks += [T(None,x,"stalled","未復工") for x in g5]
tasks[44]["note"] = "group '05、未復工項目共3個' → stalled (work not resumed)"
write('jiangling_undated_notice','jiangling','notice',False,'湖北省荊州市江陵縣','undated',
      tasks,
      "江陵縣 May progress 通報 (TV relay, traditional script with mojibake fragments) sorting 47 重點項目 into five named groups: 較快 21 / 正常 6 / 一般 5 / 前期準備 12 / 未復工 3",
      ["Mirror of a 江陵電視臺 item on a forum-like site (shzhaxx.cn), traditional characters with conversion garbage such as 'ā(xié)', '(qū)', '(yè)', '(huán)', 'F(xiàn)將' — kept verbatim; every string copied from the stored text.",
       "Every group's count equals the number of names (21+6+5+12+3 = 47); all 47 items are tasks with the group's status.",
       "No units, leaders or deadlines; numbers 01–05 belong to the groups, not to tasks, so number is null.",
       "Year unknown: text says only '5月份' (蒙華鐵路 under construction suggests c. 2016–2019, a guess)."])

# ---------- 广西 ----------
gA = ["桂林北動車所","防城港漁公式港區第五作業區501號泊位工程","寶駿新能源車産能建設項目","廣西銅石嶺國際旅遊度假區一期"]
gB = ["雲桂鐵路南寧至百色段","南寧吳圩機場第二高速","崇左至靖西高速公路","百色區域電網一期工程"]
gC = ["大藤峽水利樞紐","南方公司銻銀多金屬綜合回收","靖西萬生隆國際商貿物流中心","上林縣龍母湖國際生態文化旅遊","南寧萬達茂"]
gD = ["桂林機場","梧州機場","馱英水庫及灌區","欽州100萬噸芳烴"]
tasks = [T(None,x,"on_schedule","實現新開工") for x in gA]
tasks[0]["note"] = "'…等項目實現新開工' under the lead-in '全區重大項目基本按照原定進度計劃有序推進' → on_schedule (started as planned); null arguable"
tasks += [T(None,x,"done","投入使用") for x in gB]
tasks[4]["note"] = "'…等項目投入使用' → done"
tasks += [T(None,x,"on_schedule","加快推進") for x in gC]
tasks[8]["note"] = "'…等項目加快推進' → on_schedule (under construction within the '有序推進' paragraph); null arguable — 加快推進 is not a verdict"
tasks += [T(None,x,None,None) for x in gD]
tasks[13]["note"] = "'…等項目前期工作取得關鍵性突破' — positive preliminary-work milestone, no progress verdict → null (good arguable)"
write('guangxi_2016_report','guangxi','report',False,'廣西壯族自治區',2016,tasks,
      "gov.cn big5 relay of a 廣西日報 item on the 2016 region-level 重大項目 通報 meeting: 17 named projects in four '、'-lists closed by 實現新開工 / 投入使用 / 加快推進 / 前期工作取得關鍵性突破",
      ["Traditional-character gov.cn gateway copy; the name '防城港漁公式港區' is as stored (a conversion artefact for 漁澫港區) and is copied verbatim.",
       "Portfolio-level figures (35.85% of annual plan, 比去年同期快2.05個百分點) are not copied onto items.",
       "Each list ends in '等項目', so the lists are examples; no counts are given per list.",
       "No units, leaders or deadlines."])

# ---------- 海南 ----------
tasks = [T(None,x,"done","已建成使用") for x in ["海棠湾康莱德","希尔顿","中港万丽","博鳌国宾馆","香水湾君澜"]]
tasks[0]["note"] = "'如海棠湾康莱德、希尔顿、中港万丽、博鳌国宾馆、香水湾君澜等5家五星级酒店已建成使用' → 5 tasks, done"
tasks += [T(None,"国际会展中心","done","已建成"),
          T(None,"垃圾处理设施(海口、文昌2个垃圾焚烧发电厂","done","已建成","one item with a parenthesised breakdown (2 plants + 3 transfer stations), not split"),
          T(None,"农村危房改造项目","done","已建成")]
tasks += [T(None,x,"done","已经建成投产") for x in ["80万吨甲醇","160万吨造纸","医用手套1、2、3号生产线","胎面胶及轮胎翻新"]]
tasks[10]["note"] = "'医用手套1、2、3号生产线' kept as one item (the 、 joins line numbers)"
tasks += [T(None,"英利100兆瓦多晶硅太阳能电池项目","done","进入试生产阶段","trial production; counted by the text among the '16个项目已建成竣工或收尾' → done; on_schedule arguable"),
          T(None,"现代包装工业园","on_schedule","进行入收尾阶段","'进行入收尾阶段' (in final stage, not yet complete) → on_schedule; done arguable since the text counts 收尾 with 竣工"),
          T(None,"合瑞制药厂","on_schedule","进行入收尾阶段"),
          T(None,"昌江核电一期",None,None,"'有52个项目处于投资建设高峰期。如昌江核电一期、东方电厂二期、大广坝…' — a construction phase, no verdict → null"),
          T(None,"东方电厂二期",None,None)]
write('hainan_undated_report','hainan','report',True,'海南省','undated',tasks,
      "Page 3 of a 海南省 重点项目 progress report: county ranking by investment, then '(二)项目推进情况' naming built / finishing / peak-construction projects",
      ["Stored text is page 3 of a paginated copy (kleyou.com), starting mid-ranking and cut after '大广坝' — partial; the cut item '大广坝…' is not annotated.",
       "The 17-line county ranking (完成投资/进度 per 市县) are places with figures, not tasks.",
       "15 names are given for the '16个项目已建成竣工或收尾'.",
       "Year not stated on this page (hotels named suggest c. 2010–2011, a guess); no units, leaders or deadlines."])

# ---------- 绵阳 ----------
names = ["绵阳科技城新区直管区一期基础设施项目","绵阳惠科模组项目","绵阳京东方OLED模组项目","绵阳新能源汽车用动力电池项目",
         "绵阳科技智谷科技园区孵化示范中心项目","中南高科·涪城智能电子产业项目","仙海教育旅游康养产业建设项目",
         "中国(绵阳)科技城高端装备制造产业园标准厂房项目","绵阳高倍率锂电池智能制造项目","新希望六和150万头生猪全产业链基地项目",
         "绵阳新型农药生产装置及配套设施项目","绵阳中电光谷绵阳科技园","西南科技大学城市学院安州校区扩建工程项目",
         "绵阳高强超薄耐摔玻璃智能制造产业化项目","绵阳市OLED显示和5G通讯膜材产业化项"]
tasks = [T(None,x,"good","骏马项目") for x in names]
tasks[0]["note"] = "listed under the heading '骏马项目', defined as '超季度目标30%且超额完成投资5000万元以上' → good"
tasks[-1]["note"] = "item cut mid-word by the store ('…产业化项'); kept, the name is identifiable"
write('mianyang_2022_notice','mianyang','notice',True,'四川省绵阳市',2022,tasks,
      "News relay of the 绵阳市项目投资促进委员会办公室 通报 of the 2022 quarterly '骏马项目' and '蜗牛项目' lists; stored text ends inside the 骏马 list",
      ["The quarter is printed as '2022年*季度' (sic).",
       "The 蜗牛项目 list (未按期开工 / 未实现季度目标) is not in the stored text — partial.",
       "Place 绵阳 from the project names (绵阳科技城…) and '市项目办'; no units, leaders or deadlines."])

# ---------- 宜春 ----------
tasks = [T("一","城区教育基础设施建设","done","全部建设完成","'10所学校全部建设完成…均超额完成目标任务' → done (year-end; good arguable for 超额)"),
         T("二","“四好农村路”建设","done","均超额完成任务","year-end '均超额完成任务' → done; good arguable"),
         T("三","养老服务设施配套建设","done","均完成目标任务"),
         T("四","市级教育补短板","done","已经完工","十五中 in use, 一中/三中/实验中学一期 '已经完工' → done; whole heading (7 chars)"),
         T("五","中心城区畅通工程建设","done","已完成","first sub-item '…机非隔离带已完成'; the item is cut mid-sentence; done also from the lead-in '10件民生实事顺利完成'")]
write('yichun_2021_report','yichun','report',True,'江西省宜春市',2021,tasks,
      "宜春市政府 '2021年市政府10件民生实事完成情况' (year-end): headed items （一）–（五） each with completion figures; stored text cut inside item 5",
      ["Official 宜春 site; lead-in '10件民生实事顺利完成,部分超额完成目标任务'.",
       "Only items 一–五 are in the stored text (cut after '增设秀江路与昌黎大桥信号灯'); 六–十 missing → partial.",
       "Stem 'yichun' = 宜春 (江西), not 伊春 (黑龙江).",
       "No units, leaders or deadlines."])
