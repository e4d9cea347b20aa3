# Writes the hand-made expectations (typed from reading the documents). Not taskgen.
import json
B = '/work/staging5/plans-u'
def T(number, tsw, lead, co=(), leaders=(), deadline=None, note=None):
    d = {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": list(leaders),
         "deadline": deadline, "status": None, "statusText": None}
    if note: d["note"] = note
    return d
cases = {}

# 1 龙湾 2023
L = ["李丹"]
cases["longwan_2023_plan"] = {
 "source": "http://www.longwan.gov.cn/art/2023/3/22/art_1229536979_58972142.html (温州市龙湾区人民政府 区府办, 2023-03-22, \"2023年区政府工作报告重点工作责任分解\"; pages corpus, NFKC-normalised, stored excerpt 1989 bytes)",
 "kind": "plan", "partial": True, "place": "浙江省温州市龙湾区", "year": 2023,
 "tasks": [
  T("1", "地区生产总值增长6.5%", ["区发改局"], leaders=L, note="区本级任务数 cell empty (a blank line between task and unit)"),
  T("2", "一般公共预算收入增长与经济增长基本同步", ["区财政局"], leaders=L),
  T("3", "固定资产投资增长10.0%左右", ["区发改局"], leaders=L, note="'5%' is the 区本级任务数 cell (a target), not a unit and not a deadline"),
  T("4", "单位生产总值能耗确保完成上级下达的目标任务", ["区发改局"], leaders=L),
  T("5", "精准承接中央五大政策和省市“8+4”经济政策体系", ["区政府办公室"], ["区财政局"], L, note="unit cell '区政府办公室*、区财政局': the asterisk marks the lead (judgement, see ambiguities); '9亿元' is the 任务数 cell"),
  T("6", "抢抓利好政策释放窗口期", ["区财政局"], ["区发改局"], L, note="'区财政局*、区发改局'; '12亿元/10亿元' is the 任务数 cell"),
  T("7", "发挥政府产业基金作用", ["区财政局"], ["区科技局", "区投促中心"], L, note="'区财政局*、区科技局、区投促中心'; '10亿元' is the 任务数 cell"),
  T("8", "认真落实温州扩大有效投资“百项千亿”工程", ["区发改局"], leaders=L),
  T("9", "着力推进重大建设项目340个以上", ["区发改局"], leaders=L, note="'190个/226亿元' is the 任务数 cell"),
 ],
 "summary": None,
 "layout": "Web page; a table flattened to one cell per paragraph (cells separated by blank lines) under leader-group headings. '一、夏禹桨区长牵头重点工作' is followed only by '总负责。' (no tasks); '二、李丹常委、常务副区长牵头重点工作' (indented with three spaces) heads a table 序号/重点工作/区本级任务数/责任单位. The header cell '区本级任务数' is itself split over two paragraphs ('区本级' / '任务数'). An empty 任务数 cell shows as an extra blank line, so rows have 3 or 4 paragraphs.",
 "tests": [
  "leader taken from a group heading with two titles between name and 牵头 ('李丹常委、常务副区长牵头重点工作') → leaders ['李丹']",
  "a leader group with no tasks ('夏禹桨区长牵头重点工作 / 总负责。') must not create a task or leak 夏禹桨 into tasks",
  "variable-length flattened rows: the optional 任务数 cell ('5%', '9亿元', '12亿元/10亿元', '190个/226亿元') is neither unit nor deadline",
  "an asterisk after the first unit ('区财政局*、区发改局') as the lead marker; the unit name is recorded without '*'",
  "a header cell split over two paragraphs"
 ],
 "ambiguities": [
  "The asterisk: the stored part never explains '*'. It appears only on the first unit of multi-unit cells, which matches the usual Zhejiang convention (牵头单位 marked with *). I read '*' = lead and put the other units in co. If '*' is ignored, the usual single-list rule would put all units in lead.",
  "Single-unit cells have no asterisk; the lone unit goes to lead.",
  "Place: 龙湾 is a district of 温州 (温州 is on the used list; 苍南/泰顺/乐清/平阳 are listed separately, so the list is per district/county). The document is the district's own breakdown, not 温州's."
 ],
 "notes": [
  "Row 10 ('理顺中国眼谷建设管理体制机制…') is cut by the store inside its task cell; no units; not counted.",
  "Stored text is 1989 UTF-8 bytes (a little short of 2000: probably a trailing blank/space lost at the cut)."
 ]
}

# 2 郑州 2012 十大实事 (traditional mirror with pinyin glosses)
Z = ["劉東"]
cases["zhengzhou_2012_minshi_plan_trad"] = {
 "source": "http://sebasdess.com/news/xwtj/sysn/201203/t20120313_21855.html (third-party traditional-character mirror with pinyin glosses of a 2012-03 newspaper report (記者 孫娟) reprinting 鄭州市2012年十大實事任務分解表; pages corpus, NFKC-normalised, stored excerpt 1999 bytes)",
 "kind": "plan", "partial": True, "place": "鄭州市 / 郑州市 (河南)", "year": 2012,
 "tasks": [
  T(None, "市區(qū)新增優(yōu)質(zhì)中小學(xué)招生學(xué)位2.36萬(wàn)個(gè)", ["市教育局"], leaders=Z, deadline="12月底前",
    note="主管領(lǐng)導(dǎo):劉東 → leaders; 責(zé)任單位:市教育局 → lead; 主要責任人:毛杰 is the unit's responsible official (not recorded as a leader); 進(jìn)度安排 gives '6月底前…;12月底前全部落實(shí),實(shí)現(xiàn)招生' → deadline = last milestone"),
  T(None, "市區(qū)新建、改擴(kuò)建中小學(xué)校30所", ["市教育局"], leaders=Z, deadline="12月底前",
    note="same labels; 進(jìn)度安排 '6月底前,爭(zhēng)取在市區(qū)開工10所、六縣(市)開工4所;12月底前全部開工' → deadline = last milestone"),
 ],
 "summary": {"items_total_in_plan": 60, "items_selected_by_newspaper": 20},
 "layout": "Newspaper prose intro, a topic heading '關(guān)鍵詞 教育', then per item: the task sentence on its own line followed by four label lines '主管領(lǐng)導(dǎo):X' / '責(zé)任單位:Y' / '主要責任人:Z' / '進(jìn)度安排:…'. No item numbers. Every label word carries pinyin glosses from the mirror ('領(lǐng)導(dǎo)', '責(zé)任', '進(jìn)度').",
 "tests": [
  "label lines whose label words are broken by pinyin glosses ('責(zé)任單位:', '主管領(lǐng)導(dǎo):', '進(jìn)度安排:')",
  "a per-task city-leader label (主管領導) → leaders; a second person label (主要責任人) that is NOT a government leader",
  "a schedule line with two dated milestones; deadline = the final one",
  "unnumbered tasks under a '關鍵詞 X' heading; prose intro mentioning 主辦、協辦單位 and 十大實事 that is not a task"
 ],
 "ambiguities": [
  "leaders: 劉東 (主管領導, the vice-mayor) only. 毛杰 (主要責任人) is the person responsible inside 市教育局; adding him to leaders is defensible but he is a unit official, not a 分管 leader.",
  "deadline: '12月底前' is the last step of the 進度安排 line; the line also has '6月底前' for an intermediate step. null is defensible since the slot is a schedule, not a 完成時限 column.",
  "kind: a newspaper reprint of the government's 任務分解表 (selected 20 of 60 items); treated as a plan."
 ],
 "notes": [
  "Third item '新建、改擴(kuò)建幼兒園84所,' is cut by the store before its labels; not counted.",
  "The intro also says earlier years listed 主辦、協辦單位 and 主要責任人 — prose, not tasks.",
  "Year 2012 is printed in the intro ('市政府公布了2012年十大實(shí)事的任務(wù)分解表')."
 ]
}

# 3 舟山 2022 (traditional mirror with glosses)
S = ["徐仁標"]
rule = "列第一位者為牽頭或匯總單位,下同 → first unit lead, rest co"
cases["zhoushan_2022_plan_trad"] = {
 "source": "http://baixuncn.com/article/56584.html (third-party traditional-character mirror with pinyin glosses of 舟山市人民政府辦公室關于印發政府工作報告2022年重點工作任務責任分解的通知, 2022-04-29; pages corpus, NFKC-normalised, stored excerpt 1999 bytes). A simplified copy of the same text is at https://chujiewang.net/cxw/col131/1750.",
 "kind": "plan", "partial": True, "place": "舟山市 (浙江)", "year": 2022,
 "tasks": [
  T("1", "一般公共預算收入增長7%", ["市財政局"], ["市稅務局", "各縣(區(qū))政府", "功能區(qū)管委會"], S,
    note="'責任單位:市財政局、市稅務局,各縣(區(qū))政府、功能區(qū)管委會(列第一位者為牽頭或匯總單位,下同)'. The trailing parenthesis is the convention note, not a unit. '各縣(區(qū))政府' is the collective 各縣(區)政府 with the mirror's gloss inside its own parenthesis; kept whole as printed. '功能區(qū)管委會' kept as printed (the 各 is not distributed)."),
  T("2", "加強政府投資預算管理,提高重大項目資金保障能力", ["市財政局"], leaders=S),
  T("3", "落實落細新的組合式稅費支持政策", ["市財政局"], ["市稅務局"], S, note=rule),
  T("4", "推進國資國企改革三年行動", ["市財政局"], leaders=S, note="'市財政局(國資委)': alias parenthesis (the 國資委 is housed in 財政局) goes to the note"),
  T("5", "嚴肅財經(jīng)紀律,嚴控“三公”經(jīng)費", ["市財政局"], ["市審計局"], S, note=rule),
 ],
 "summary": None,
 "layout": "Mirror page: a news lead paragraph, the notice, then '一、徐仁標市長牽頭重點工作' and items '1.任務。' each followed by a line '責任單位:A、B,C、D'. The first item's unit line ends with '(列第一位者為牽頭或匯總單位,下同)'. Traditional characters with pinyin glosses ('發(fā)', '區(qū)', '經(jīng)') and mojibake ('?lián)斪鳛?、' for 擔當作為).",
 "tests": [
  "leader-group heading in traditional characters ('徐仁標市長牽頭重點工作') → leaders ['徐仁標']",
  "the first-listed-is-lead rule stated once, in a parenthesis closing the first unit line, and applying to later items ('下同')",
  "a collective unit whose own parenthesis contains a pinyin gloss: '各縣(區(qū))政府' (nested parentheses)",
  "an alias parenthesis after a unit: '市財政局(國資委)'",
  "a news lead that quotes task content from later in the document (雙碳, 332萬千瓦清潔火電) — not tasks"
 ],
 "ambiguities": [
  "Item 1: '各縣(區(qū))政府、功能區(qū)管委會' could be read as one collective ('各縣(區)政府、功能區管委會'); I split at '、' as printed, without carrying 各 to 功能區管委會.",
  "Without the 列第一位 rule all units would go to lead; items 1, 3 and 5 are affected."
 ],
 "notes": [
  "Heading '二、毛江平常務副' is cut by the store; no items under it are present.",
  "Units are recorded as printed, glosses included ('功能區(qū)管委會'). The mirror glossed 區 in the unit names but not 財政局/稅務局."
 ]
}

# 4 浙江 2024 (traditional mirror, no glosses)
W = ["王浩"]
r2 = "rule stated in item 2 ('除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同') → first unit lead, rest co"
cases["zhejiang_2024_plan_trad"] = {
 "source": "https://bg3.co/a/zhe-jiang-sheng-sheng-chang-fu-sheng-chang-2024nian-qian-tou-zhong-dian-gong-zuo-gong-bu.html (third-party traditional-character repost '浙江省省長、副省長2024年牽頭重點工作公佈' of 浙江省人民政府辦公廳 2024年政府工作報告重點工作責任分解; pages corpus, NFKC-normalised, stored excerpt 1999 bytes)",
 "kind": "plan", "partial": True, "place": "浙江省 (province)", "year": 2024,
 "tasks": [
  T("1", "一般公共預算收入與經濟增長同步", ["省財政廳"], leaders=W),
  T("2", "堅持政府過緊日子,嚴肅財經紀律", ["省政府辦公廳", "省財政廳"], ["省商務廳", "省文化廣電和旅遊廳"], W,
    note="'責任單位:省政府辦公廳、省財政廳牽頭,省商務廳、省文化廣電和旅遊廳(除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同)': the units before '牽頭' are both leads; the rest co. The parenthesis is the convention note."),
  T("3", "積極爭取並高效用好地方政府專項債券", ["省財政廳"], ["省發展改革委"], W, note=r2),
  T("4", "發揮“4+1”專項基金撬動作用", ["省財政廳"], ["省發展改革委", "省經信廳", "省科技廳", "省海洋經濟廳", "省商務廳", "省金融控股公司"], W, note=r2),
 ],
 "summary": None,
 "layout": "Repost page in traditional characters (converted, no pinyin glosses): intro paragraphs, '一、王浩省長牽頭重點工作', then '1.任務。' paragraphs each followed by '責任單位:…', all separated by blank lines.",
 "tests": [
  "'X、Y牽頭,Z、W' inside a 責任單位 label: the 牽頭 verb marks the two leads, the group after ',' is co",
  "the rule with an exception stated in item 2 ('除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同'): later multi-unit lists → first unit lead",
  "traditional 牽頭/責任單位/廳; '爲' (not '為') from a converter",
  "leader group heading → leaders ['王浩']"
 ],
 "ambiguities": [
  "Item 1 has a single unit, so the rule (stated only from item 2 on) does not matter for it.",
  "Items 3 and 4 rely on the rule; the plain single-list reading would put every unit in lead."
 ],
 "notes": [
  "Item 5 ('必須牢記囑託、感恩奮進…') is cut by the store before its unit line; not counted.",
  "Same province as zhejiang_2020_plan (different year and layout)."
 ]
}

# 5 浙江 2020 (simplified mirror)
Y = ["袁家军"]
cases["zhejiang_2020_plan"] = {
 "source": "https://myjjzx.cn/zxzc/126.html (third-party repost '省政府印发2020年政府工作报告重点工作责任分解通知' of 浙江省人民政府办公厅 2020年政府工作报告重点工作责任分解; pages corpus, NFKC-normalised, stored excerpt 1999 bytes)",
 "kind": "plan", "partial": True, "place": "浙江省 (province)", "year": 2020,
 "tasks": [
  T("1", "稳企业、防风险。扎实做好稳企业各项工作", ["省发展改革委", "省经信厅", "省财政厅", "省商务厅", "省地方金融监管局"], leaders=Y),
  T("2", "“最多跑一次”改革和政府数字化转型", ["省委改革办", "省大数据局"], leaders=Y),
  T("3", "全面构建“多规合一”国土空间规划体系", ["省发展改革委", "省自然资源厅"], leaders=Y),
  T("4", "加快推进杭州城西科创大走廊科技创新高地建设", ["杭州市政府", "省科技厅"], leaders=Y, note="a city government listed first among provincial leads"),
 ],
 "summary": None,
 "layout": "Repost page with site chrome ('加入收藏 | 繁體中文 | 表格下载'), then '一、袁家军省长主抓重点工作' and items indented with two spaces '  1. 标题。正文…', each followed (after two blank lines) by '  牵头单位:A、B、C'. Long runs of blank lines (up to seven) between heading and first item.",
 "tests": [
  "leader group heading with 主抓 instead of 牵头 ('袁家军省长主抓重点工作')",
  "a label '牵头单位:' listing several units → all lead, co empty",
  "numbers with leading spaces and a space after the dot ('  1. ')",
  "site chrome '繁體中文' link that is not content"
 ],
 "ambiguities": [
  "All units on a '牵头单位:' line are leads; no 列第一位 rule is printed in the stored part."
 ],
 "notes": [
  "Item 5 ('全力推进数字经济“一号工程”…') is cut inside its text; not counted.",
  "Same province as zhejiang_2024_plan_trad."
 ]
}

# 6 衢州 2021
cases["quzhou_2021_plan"] = {
 "source": "http://www.qz.gov.cn/art/2021/3/26/art_1229563913_2265193.html (衢州市人民政府办公室 衢政办发〔2021〕3号, 2021-03-24; pages corpus, NFKC-normalised, stored excerpt 1999 bytes)",
 "kind": "plan", "partial": True, "place": "衢州市 (浙江)", "year": 2021,
 "tasks": [
  T("1", "聚焦不平衡不充分问题,实施提高居民收入富民行动", ["市发改委", "市农业农村局", "市文旅局"], leaders=["汤飞帆"],
    note="'牵头市领导:汤飞帆' → leaders; '责任单位:市发改委、市农业农村局、市文旅局' has no lead marker and no 列第一位 rule in the stored part → all lead"),
 ],
 "summary": None,
 "layout": "Notice with metadata block, then the attachment title split over two paragraphs ('政府工作报告“十四五”时期' / '重点工作责任分解'), then '1.任务。' + blank line + '牵头市领导:X' + blank line + '责任单位:A、B、C'.",
 "tests": [
  "a per-task leader LABEL line '牵头市领导:' (no leader group heading)",
  "责任单位 label with several units and no lead marker",
  "a 十四五 (multi-year) breakdown inside a 2021 notice that announces three attachments"
 ],
 "ambiguities": [
  "Lead vs co: Zhejiang breakdowns often state '列第一位者为牵头单位' somewhere; it is not in the stored part, so the plain rule (all units lead) is used. Under a first-listed-is-lead rule, lead = ['市发改委'] and co = ['市农业农村局', '市文旅局']."
 ],
 "notes": [
  "Item 2 ('实施做大产业扩大税源行动,加快构建现代产业体系。') has its leader line ('牵头市领导:汤飞帆') but its unit list is cut at '市协'; not counted (plans-new convention).",
  "Thin case (one task) kept for the leader-label layout at city level in a place not yet used."
 ]
}

for stem, c in cases.items():
    tasks = c.pop("tasks")
    out = {"source": c["source"], "kind": c["kind"], "partial": c["partial"], "place": c["place"], "year": c["year"],
           "taskCount": len(tasks), "tasks": tasks, "summary": c["summary"], "layout": c["layout"], "tests": c["tests"],
           "ambiguities": c["ambiguities"], "notes": c["notes"]}
    json.dump(out, open(f"{B}/{stem}.expect.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(stem, len(tasks))
