#!/usr/bin/env python3
"""Write the hand-made expectations (<stem>.expect.json). Every string here was read off the document text."""
import json, os
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def T(number, tsw, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=None):
    d = {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": list(leaders),
         "deadline": deadline, "status": status, "statusText": statusText}
    if note:
        d["note"] = note
    return d

cases = {}

# ---------------------------------------------------------------- 栖霞市 2024 notice (traditional-character relay)
QX_DONE = "已完成"
QX_Q2 = "已完成二季度任務"
cases["qixia_2024_notice"] = {
    "source": "http://www.qwzhang.com/art/2024/7/10/art_100160_2950943.html (traditional-character relay of 棲霞市人民政府辦公室 notice dated 2024年7月10日; pages corpus, stored excerpt 2,000 bytes)",
    "kind": "notice", "partial": True, "place": "山东省烟台市栖霞市 (county-level city)", "year": 2024,
    "tasks": [
        T("①", "多種國家第九批集采藥品降價", status="done", statusText=QX_DONE),
        T("②", "提高職工基本醫療保險普通門診統籌待遇水平", status="done", statusText=QX_DONE),
        T("③", "開展兒童齲病防治工作", status="done", statusText=QX_DONE),
        T("④", "做好因病致貧重病患者待遇救助工作", status="done", statusText=QX_DONE),
        T("⑤", "5G基站建設", status="done", statusText=QX_DONE,
          note="whole item, 6 characters"),
        T("⑥", "全民健身活動中心多功能運動示范場工程", status="done", statusText=QX_DONE,
          note="①-⑥ share the one closing clause '已完成'"),
        T("1", "地方儲備糧倉庫擴建項目", lead=["發改局"], deadline="2024年5月", status="on_schedule", statusText=QX_Q2,
          note="verdict is against the quarter's target; the project itself is not finished (預計在7月中旬整體竣工). It is not among the six named done items, so it sits in the '18項按計劃推進' group -> on_schedule (done is the alternative). deadline is the target date printed in 任務目標 (預計2024年5月完工)"),
        T("2", "開展政務服務“減證便民”創新工作", lead=["審批局"], status="on_schedule", statusText=QX_Q2,
          note="same reasoning as row 1"),
        T("3", "“城市大腦”建設項目", deadline="2024年上半年",
          note="row cut inside its 進展情況 cell: no unit and no verdict visible. deadline is the target printed in 任務目標 (2024年上半年建成)"),
    ],
    "summary": "栖霞市政府督查室 Q2 2024 notice on 30 重点民生实事: 6 named as 已完成, 18 按计划推进 and 6 进展较为缓慢 given as counts only; attached progress table rows 1-3 (excerpt cut in row 3).",
    "notes": "The '18項按計劃推進' and '6項進展較為緩慢' groups are counts without names, so they give no tasks and no lagging list (the lagging items are not named in the excerpt). ①-⑥ have no units in the notice; their table rows are beyond the cut. Numbers ①-⑥ are kept as printed. Units in the table are as printed (發改局, 審批局, no 市 prefix).",
}

# ---------------------------------------------------------------- 缙云县 2023 progress (mixed traditional relay with pinyin garble)
cases["jinyun_2023_progress"] = {
    "source": "http://12345qb.com/art/2023/7/5/art_1229727719_59144786.html (relay of a 缙云县 民生实事 progress table, path dated 2023-07-05; pages corpus, stored excerpt 2,000 bytes)",
    "kind": "progress", "partial": True, "place": "浙江省丽水市缙云县", "year": 2023,
    "tasks": [
        T("1", "完成中醫(yī)院遷建、婦計中心", note="the text after the category cell 加強醫療基礎設施建設; progress percentages only, no verdict -> null"),
        T("2", "新改擴建村衛(wèi)生室5家", status="done", statusText="已完成建設(shè)并投入使用",
          note="category cell merged into row 1, so the row starts with the task text"),
        T("3", "實施低保家庭“善居工程”100戶", note="40 of 100 households started; no verdict"),
        T("4", "新改建農(nóng)村生活污水處理設(shè)施27個", note="'27個項目開工建設(shè)中' is under way without a schedule verdict -> null (on_schedule is the alternative)"),
        T("5", "完成城市公園、口袋公園改造3個", note="mixed sub-item progress (one park 100%, others moving/under way); no overall verdict"),
        T("6", "實施低等級公路提升改造工程35公里", note="'項目完成總體進(jìn)度的98.42%' is a figure, not a verdict"),
        T("7", "公交化改造農(nóng)村班線10條", status="done", statusText="已完成10條線路改造"),
        T("8", "為高齡老人投保意外傷害保險", deadline="7月底前", status="on_schedule", statusText="能順利完成",
          note="'在7月底前能順利完成…投保' is read as an on-time forecast -> on_schedule (null is the alternative); deadline is the printed date"),
        T("9", "為5000名60周歲以上老年人免費接種1針23價肺炎疫苗", deadline="10月底前",
          note="'預(yù)計9月開展…10月底前完成' is a plan, not a verdict -> null; deadline is the printed completion date"),
        T("10", "改建提升鄉(xiāng)鎮(zhèn)老年學(xué)堂13所", note="row cut in its 完成情況 cell"),
    ],
    "summary": "缙云县 2023 民生实事 progress table (序號/項目分類/實事內容/完成情況), rows 1-10, cut in row 10; 2 done, 1 forecast on time, 7 without a verdict.",
    "notes": "Place: the relay page does not print a title, but row 5 names 縉云縣名山社區 and row 1 舒洪中心衛生院 (舒洪 is a 缙云 town); year from the page path (art/2023/7/5). The mirror inserts pinyin in brackets after some characters (醫(yī), 設(shè)); all strings are copied with the garble. 項目分類 cells (加強醫療基礎設施建設, 提升城鄉 人居環境, 優化農村 出行條件, 推進暖心 養老服務) are categories, not tasks. No unit column, so lead/co are empty throughout.",
}

# ---------------------------------------------------------------- 罗城仫佬族自治县 2012 report
cases["luocheng_2012_report"] = {
    "source": "http://old.gxcic.net/subject/ztbd/showgjgc.asp?ID=167250 (广西建设网 relay of a 罗城仫佬族自治县 住房和城乡建设 year report, by 韦时磊、谢丹; pages corpus, stored excerpt 1,270 bytes, whole article)",
    "kind": "report", "partial": False, "place": "广西壮族自治区河池市罗城仫佬族自治县", "year": 2012,
    "tasks": [
        T(None, "于成龙公园中心广场", status="done", statusText="已全部完工",
          note="'第二期建设任务已完成' follows in the same clause and is kept inside this item"),
        T(None, "凤凰城、龙湖小区的道路", status="on_schedule", statusText="已于去年12月开工建设",
          note="under construction under the heading '县庆项目年内建设任务顺利完成' -> on_schedule (null is the alternative)"),
        T(None, "仫佬族博物馆和于成龙廉政文化博物馆", status="on_schedule", statusText="现正在开挖基础",
          note="two museums joined by 和 with one shared clause; kept as one item (splitting into two is the alternative)"),
        T(None, "“三线一圈”风貌改造", status="on_schedule", statusText="顺利实现开工"),
        T(None, "东门镇上凤立屯新农村建设示范点风貌改造", status="done", statusText="已完成",
          note="东门镇/上凤立屯 name where the work is, they are not units"),
        T(None, "石围屯实施古村落古民居保护工程", status="on_schedule", statusText="有序实施"),
        T(None, "全县第二批危房改造工作", status="done", statusText="已完成"),
        T(None, "农村危房改造任务1300户", status="done", statusText="开竣工率100%",
          note="100% started and completed, under the heading '危房改造工作全面完成'"),
        T(None, "2011年新建廉租住房项目", status="done", statusText="已完工"),
        T(None, "2012年118套新建廉租住房项目", status="on_schedule", statusText="全部实现开工",
          note="all started; on_schedule, null is the alternative"),
    ],
    "summary": "罗城县 2012 住建 year report: 10 named projects, 5 done (完工/已完成/开竣工率100%) and 5 under way (开工/有序实施), grouped under three headings.",
    "notes": "No numbering: every task has number null. The three paragraph headings (县庆项目…, 城乡风貌改造…, 危房改造工作…) are group verdicts, not tasks. No units are named (only generic 有关部门), so lead/co are empty. Year: the article reviews 2012 and says 去年 for 2012 dates, so it was written early 2013; the stem uses the year it reports on.",
}

# ---------------------------------------------------------------- 武汉市武昌区 2021 report
cases["wuchang_2021_report"] = {
    "source": "https://wuchang.gov.cn/zwgk_37/fdzdgknr/qtzdgknr/zfgzbg/zfgzbgzxqk/202104/t20210427_1676687.html (武昌区政府办, published 2021-04-27; pages corpus, stored excerpt 1,991 bytes)",
    "kind": "report", "partial": True, "place": "湖北省武汉市武昌区", "year": 2021,
    "tasks": [
        T("1", "地区生产总值增长7%,完成固定资产投资300亿元", lead=["区发改局"], note="figures only, no verdict"),
        T("2", "地方一般公共财政预算收入增长15%", lead=["区财政局"], status="good", statusText="超预算进度10.4个百分点"),
        T("3", "社会消费品零售总额增长10%", lead=["区商务局"], note="figures and rankings only, no verdict"),
        T("4", "城镇居民人均可支配收入增长高于经济增长", lead=["区发改局"], note="'相关数据未出': explicitly no status"),
        T("5", "坚持总部经济引领发展战略,设立区投资促进中心", lead=["区商务局"], status="good", statusText="达目标进度的164%",
          note="'达目标进度的164%' is ahead of the target schedule -> good"),
        T("6", "新增准独角兽企业2家", lead=["区科经局"], note="cut inside its 完成情况 text"),
    ],
    "summary": "武昌区 2021 区《政府工作报告》责任分解事项 Q1 completion report: items 1-6 each with one (责任单位:…) and a 完成情况 paragraph; 2 ahead of schedule, 4 without a verdict; cut in item 6.",
    "notes": "The single (责任单位:X) per item is taken as lead. Indicator items count because each is a numbered item with its own unit. Place from '设立武昌区投资促进中心' in item 5 and the site.",
}

# ---------------------------------------------------------------- 丽水市莲都区 2023 plan
LD = "区发改局"
cases["liandu_2023_plan"] = {
    "source": "http://www.liandu.gov.cn/art/2023/4/17/art_1229389376_59114525.html (莲都区人民政府办公室, published 2023-04-17; pages corpus, stored excerpt 1,996 bytes)",
    "kind": "plan", "partial": True, "place": "浙江省丽水市莲都区", "year": 2023,
    "tasks": [
        T("1", "地区生产总值增长6.5%以上", lead=[LD], co=["区农业农村局", "区经商局", "区市场监管局", "区建设局", "区交通局", "莲都邮政管理局", "区商金中心", "区人力社保局"],
          note="责任单位 list also contains 区发改局, the 牵头单位; it is listed once, as lead"),
        T("2", "区本级固定资产投资增长25%", lead=[LD]),
        T("3", "区本级规上工业增加值增长10%", lead=["区经商局"], co=["莲都经开区管委会"]),
        T("4", "农业增加值增长3.5%", lead=["区农业农村局"]),
        T("5", "服务业增加值增长6%", lead=[LD]),
        T("6", "社会消费品零售总额增长6%", lead=["区商金中心"]),
        T("7", "区本级外贸出口总额保持适度增长", lead=["区商金中心"]),
        T("8", "区本级一般公共预算收入增长7.5%", lead=["区财政局"]),
        T("9", "研究与试验发展(R&D)经费投入强度达到2.6%", lead=["区科技局"], co=["区经商局", "区建设局", "区农业农村局", "莲都经开区管委会"]),
        T("10", "城镇登记失业率控制在3%以内", lead=["区人力社保局"]),
        T("11", "城乡居民人均可支配收入增长与经济增长基本同步", lead=["区人力社保局"]),
        T("12", "完成省、市下达的能源指标计划目标", lead=[LD], co=["区经商局", "莲都经开区管委会", "区供电公司", "各乡镇(街道)"],
          note="各乡镇(街道) kept whole as a unit group"),
        T("13", "完成省、市下达的环境指标计划目标", lead=["区生态环境分局"]),
        T("14", "深化政务服务“一网通办”", co=["区行政服务中心", "区深改服务中心"],
          note="excerpt cut after the 责任单位 cell; the 牵头单位 cell is not visible, so lead is empty and both printed 责任单位 go to co"),
    ],
    "summary": "莲都区 2023 政府工作报告重点工作责任分解 table (分类/序号/事项/责任单位/牵头单位), rows 1-14; the page title speaks of Q1 progress but no progress column is in the excerpt.",
    "notes": "Column order is 责任单位 then 牵头单位. 牵头单位 -> lead; 责任单位 -> co, without repeating the lead unit (rows 2, 4-8, 10, 11, 13 have the same unit in both cells, so co is empty). 发展目标 and 激发市场活力 are 分类 headings, not tasks. Indicator targets count as tasks: each is a numbered row with its own units. No statuses are stated in the excerpt.",
}

for stem, c in cases.items():
    c["taskCount"] = len(c["tasks"])
    order = ["source", "kind", "partial", "place", "year", "taskCount", "tasks", "summary", "lagging", "notes"]
    out = {k: c[k] for k in order if k in c}
    with open(os.path.join(here, stem + ".expect.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(stem, out["taskCount"])
