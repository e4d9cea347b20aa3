#!/usr/bin/env python3
"""Write _raw/*.json, <stem>.txt and <stem>.expect.json from hand-written annotations."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    d = {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co),
         "leaders": list(leaders), "deadline": deadline, "status": status, "statusText": st}
    if note: d["note"] = note
    return d

DOCS = []

# 1 九江 ---------------------------------------------------------------
JJ_U1 = ["市住建局", "柴桑区政府", "濂溪区政府"]
JJ_U2 = ["市城管局", "市城发集团"]
DOCS.append(dict(
    stem="jiujiang_2025_progress", ex="jiujiang",
    query="民生实事 进展情况 通报 已完成 未开工 县 江西", rank=2,
    url="https://www.jiujiang.gov.cn/xxgk/xzwgk/zxgk/zdxmtj/202506/t20250627_6937481.html",
    publisher="九江市人民政府网站，来源中国九江网", date="2025-06-27",
    kind="progress", partial=True, place="江西省九江市", year=2025,
    tasks=[
        T("①", "柴桑区九一六社区完整社区建设项目", "on_schedule", "正在进行海绵城市下沉式绿地和雨污管网铺设施工",
          lead=JJ_U1, deadline="2025年12月",
          note="sub-project ① of row 1 (中心城区完整社区建设项目); units and 竣工时间 are the row's"),
        T("②", "濂溪区赣北商城完整社区建设项目", "done", "目前已全面完工", lead=JJ_U1, deadline="2025年12月",
          note="sub-project ② of row 1"),
        T("①", "浔阳区武装部南侧道路项目", "done", "已全面完工,5月31日正式通车", lead=JJ_U2, deadline="2025年12月",
          note="sub-project ① of row 2 (打通“断头路”项目)"),
        T("②", "九江市站前路延伸段立交工程", "on_schedule", "2024年11月开工建设", lead=JJ_U2, deadline="2025年12月",
          note="sub-project ② of row 2; the stored text breaks off after '目前', so only the start of works is stated"),
    ],
    summary={"scopes": [{"scope": "2025年市人大代表票决民生实事项目", "printed": ["(共十大类 25个子项目)"]}]},
    notes="Table flattened one cell per line; the stored excerpt holds only rows 1-2 of 25 sub-projects. "
          "Each row bundles two sub-projects ①② whose progress is stated separately, so the four sub-projects are the tasks. "
          "The single 责任单位 column is read as lead units for all listed units; 竣工时间 taken as the deadline.",
))

# 2 舒城 ---------------------------------------------------------------
SC1, SC2, SC3 = "已全面完工", "已完成打卡年度任务", "已全部完成计划"
DOCS.append(dict(
    stem="shucheng_2018_report", ex="shucheng",
    query="十件民生实事 进展 已完成 序时推进 安徽 县", rank=7,
    url="http://zgjkxw.org.cn/html/yixueqianyan/2018-10-27/11754.html",
    publisher="健康导报新闻网", date="2018-10-27",
    kind="report", partial=False, place="安徽省六安市舒城县", year=2018,
    tasks=[
        T(None, "棚户区改造", "done", SC1, note="建设类 项目; name shorter than 8 characters"),
        T(None, "“四好农村路”建设", "done", SC1),
        T(None, "农村危房改造", "done", SC1, note="name shorter than 8 characters"),
        T(None, "贫困残疾人康复", "done", SC2, note="补助补偿类; name shorter than 8 characters"),
        T(None, "政策性农业保险", "done", SC2, note="name shorter than 8 characters"),
        T(None, "城乡居民养老保险", "done", SC2),
        T(None, "医疗卫生人才能力提升工程", "done", SC3, note="培训类"),
        T(None, "技工大省技能培训工程", "done", SC3),
        T(None, "学前教育促进工程幼师培训", "done", SC3),
    ],
    summary={"scopes": [{"scope": "33项民生工程", "printed": ["33项民生工程已有24项提前完成年度目标任务",
                                                         "12个建设类项目已全面完工", "13个项目已完成打卡年度任务",
                                                         "3个培训类项目已全部完成计划",
                                                         "下剩项目正按照序时加快推进中"]}]},
    notes="News relay (prose). Three 、-lists after 其中 name examples ('等') of groups whose status is stated; each named project is a task "
          "with its group's status. No units are named. The remaining unnamed projects (下剩项目 … 正按照序时加快推进中) are counted only in the summary.",
))

# 3 普陀 ---------------------------------------------------------------
DOCS.append(dict(
    stem="putuo_2013_report", ex="putuo",
    query="区政府实事项目 完成情况 已完成 基本完成 上海 区 年度", rank=3,
    url="https://www.shpt.gov.cn/shpt/gkxzmzf-qinkuang/20140122/21733.html",
    publisher="上海普陀（普陀区政府网站）", date="2014-01-22",
    kind="report", partial=True, place="上海市普陀区", year=2013,
    tasks=[
        T(None, "城镇登记失业人数为19912人", "done", "控制在指标范围内", note="under item 一"),
        T(None, "扶持547人成功创业", "done", "完成全年目标的109.4%", note="under item 一; over-fulfilled (109.4%) — could be read as good"),
        T(None, "普陀曹杨创业园区建设", "done", "完成", note="under item 一"),
        T(None, "真如、曹杨社区老年人助餐服务点", "done", "设立了", note="under item 二"),
        T(None, "居家养老人数达到20553人", "done", "完成全年目标的100.75%", note="under item 二"),
        T(None, "老年活动室新建项目9个", "done", "完成全年目标的200%", note="under item 二; 新建9个/改造11个 kept as one clause"),
        T(None, "真如镇、曹杨新村街道老年日间服务中心建设", "done", "完成", note="under item 二"),
        T(None, "沙田学校、普雄学校建筑加固工程", "on_schedule", "主体完工",
          note="under item 三; 主体完工 (main structure finished) read as under way, not finished; another reader may code done"),
        T(None, "新杨中学由于施工方案进行调整和修改", "lagging", "由于施工方案进行调整和修改,预计2014年6月建筑主体完工",
          note="under item 三; the 新杨中学 reinforcement slipped into 2014 — a year-end report, so lagging"),
        T(None, "延河中学、文达学校、真如中学", "done", "完成", note="under item 三: 8所学校体育场地夜间开放工作 as one task"),
        T(None, "豪园幼儿园整体建设工程", "done", "完成", note="under item 三"),
        T(None, "曹杨街道花溪路百姓健身步道", "done", "建成", note="under item 三; three 健身步道 in one clause kept as one task"),
        T(None, "长征镇文化活动中心百姓健身房", "done", "完成", note="under item 三; 健身房 + 体育活动房 clause as one task"),
        T(None, "普陀区中心医院外科医技楼", "done", "并投入使用", note="under item 四 (建成…并投入使用)"),
        T(None, "为全区800户重残无业等困难残疾人", "done", "提供了", note="under item 四"),
        T(None, "为辖区内1800对符合条件的计划怀孕夫妇", "done", "提供了", note="under item 四"),
        T(None, "32.9万平方米的旧住房修缮和改造工程", "done", "完成全年目标的164.5%", note="under item 五; over-fulfilled — could be good"),
        T(None, "全区新落实廉租住房配租724户", "done", "做到了“应保尽保”", note="under item 五"),
        T(None, "共有产权保障住房(经济适用住房)申请供应工作", "on_schedule", "有序推进", note="under item 五"),
        T(None, "区筹公共租赁住房申请供应工作", "on_schedule", "有序推进", note="under item 五; the stored text breaks off inside this clause"),
    ],
    summary={},
    notes="Year-end completion report in five numbered prose paragraphs 一–五, each bundling several 实事 in ;-separated clauses. "
          "Tasks are the clauses (one work item each) with their own status; number null because the clause itself is unnumbered "
          "(its paragraph number is in the note). No units are named. Stored text stops inside paragraph 五.",
))

# 4 高淳 ---------------------------------------------------------------
DOCS.append(dict(
    stem="gaochun_2020_progress_trad", ex="gaochun",
    query="高淳区 民生重点实事进度表", rank=3,
    url="http://m.yeyang91.net/gcqrmzf/202004/t20200422_1840991.html",
    publisher="高淳區發展和改革委員會（繁体转载站）", date="2020-04-22",
    kind="progress", partial=True, place="江苏省南京市高淳区", year=2020,
    tasks=[
        T("1", "美麗鄉村 建設", "on_schedule", "是", lead=["農業農村局"],
          note="name 美麗鄉村建設 is 6 characters (whole cell); status from column 是否達進度 = 是"),
        T("2", "綠道建設", "on_schedule", "是", lead=["城建局"], note="name is 4 characters (whole cell)"),
        T("3", "城區道路拓建改造", "on_schedule", "是", lead=["城建局"]),
        T("4", "村級小泵站更新改造", "on_schedule", "是", lead=["水務局"]),
        T("5", "開展小微水體整治", None, None,
          note="row cut off in the stored text before its progress, status and unit cells"),
    ],
    summary={},
    notes="Traditional-character mirror of the 高淳区发改委 monthly table (flattened with | separators). Columns: 年度任務 (name + content), "
          "本月進展, 是否達進度, 下月計劃, 責任單位. 是 in 是否達進度 is read as on_schedule; the 責任單位 cell is the lead unit.",
))

# 5 昆山 ---------------------------------------------------------------
KS_DONE = ["樾城路线性活力广场", "城市公园南入口", "三个桥下空间改造项目", "东集园", "宾晞游园", "七巧街景拓展工程", "亭林口袋公园建设工程"]
ks = [T(None, n, "done", "已完工", note="昆小薇 sub-item" + ("; name shorter than 8 characters" if len(n) < 8 else "")) for n in KS_DONE]
ks += [
    T(None, "老城区水利站闸工程", "on_schedule", "进度50%", note="昆小薇 sub-item; a percentage under way read as on_schedule"),
    T(None, "拱辰桥北侧桥下空间改造", "on_schedule", "进度50%", note="昆小薇 sub-item"),
    T(None, "中环外框架道路雨水管网缺陷修复养护工程", "on_schedule", "工程形象进度约69%"),
    T(None, "傀儡湖水源保护与生态提升工程", "on_schedule", "整体进度过半"),
    T(None, "2023年老城区(里厍一村)老旧小区改造工程", "on_schedule", "目前主道路开挖施工中,总进度80%"),
    T(None, "公交节能减排绿色出行提升行动", "on_schedule", "新车正在陆续接回中"),
    T(None, "长江路沿线公交亭提升改造工程", "on_schedule", "样板站台已完成现场安装"),
    T(None, "鹿城路北延(萧林路-中环北线)工程", "on_schedule", "已进场,正在开展管线迁改"),
    T(None, "昆北路(昆太路—中环北线)改造工程", "on_schedule", "正在推进项目选址及工可前五大评工作",
      note="still in site selection / feasibility; another reader may code stalled (construction not started — only 7 of 10 have started)"),
    T(None, "城市功能载体“三馆三中心两厅”提升工程(一期)", "on_schedule", "运营管理单位已进驻现场"),
    T(None, "昆山市玉峰实验学校及爱心学校提升改造工程", "on_schedule", "正在加快推进方案调整研究",
      note="only scheme revision under way; another reader may code stalled"),
]
DOCS.append(dict(
    stem="kunshan_2023_progress", ex="kunshan",
    query="区民生实事项目 进展情况表 已完工 主体施工 牵头单位 江苏 区", rank=8,
    url="http://jinyujiazi.com/szsrmzf/ssxmjjzqk/202311/e6694963a1c842bdaa8e426b09aeb3bd.shtml",
    publisher="昆山市人民政府（转载站）", date="2023-11-02",
    kind="progress", partial=False, place="江苏省苏州市昆山市", year=2023,
    tasks=ks,
    summary={"scopes": [
        {"scope": "2023年昆山市民生实事工程(10项)", "printed": ["共10项", "已开工7项,开工率70%"]},
        {"scope": "“昆小薇?共享鹿城”专项行动建设工程(9个子项)", "printed": ["计划实施9个子项,总进度88%", "7个项目已完工"]}]},
    notes="One prose paragraph, ;-separated. The 10 实事 are the 昆小薇 programme plus nine projects; the 昆小薇 programme is "
          "represented by its nine named sub-items (7 已完工 in a 、-list, 2 at 进度50%) rather than as a task of its own. "
          "No units are named. Percentages and '正在…' phrases read as on_schedule.",
))

# 6 湘西 ---------------------------------------------------------------
XX = "未达时序进度"
DOCS.append(dict(
    stem="xiangxi_2023_report", ex="xiangxi",
    query="重点民生实事 进展 提前完成 进展偏慢 湖南 县 调度会", rank=4,
    url="http://rsj.xxz.gov.cn/ztzl/zdmsss/202310/t20231027_2084934.html",
    publisher="湘西州人力资源和社会保障局网站", date="2023-10-27",
    kind="report", partial=True, place="湖南省湘西土家族苗族自治州", year=2023,
    tasks=[
        T(None, "建设县域普通高中“徐特立项目”", "lagging", XX),
        T(None, "农村大团寨消防设施建设", "lagging", XX),
        T(None, "新能源汽车充电桩", "lagging", XX),
    ],
    summary={"scopes": [{"scope": "省州重点民生实事61指标", "printed": ["省州重点民生实事61指标", "3项指标进行重点督导"]}]},
    notes="Work-method news (一是…四是) about supervising the 61 省州重点民生实事 indicators; the only task-level content is the 、-list of "
          "three indicators 未达时序进度, each a task with status lagging. 州政府督查室 leads the inspection, not the tasks, so no units.",
))


def main():
    for d in DOCS:
        ex = open(os.path.join(HERE, "ex", d["ex"] + ".txt"), encoding="utf-8").read()
        raw = {"tool": "search", "corpus": "pages", "query": d["query"], "rank": d["rank"], "url": d["url"], "excerpt": ex}
        with open(os.path.join(OUT, "_raw", d["stem"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(raw, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(OUT, d["stem"] + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(ex)
        exp = {"source": "%s (%s, %s; pages corpus, stored excerpt %d bytes)" % (d["url"], d["publisher"], d["date"], len(ex.encode())),
               "kind": d["kind"], "partial": d["partial"], "place": d["place"], "year": d["year"],
               "taskCount": len(d["tasks"]), "tasks": d["tasks"], "summary": d["summary"], "notes": d["notes"]}
        with open(os.path.join(OUT, d["stem"] + ".expect.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
        from collections import Counter
        c = Counter(t["status"] for t in d["tasks"])
        print(d["stem"], d["kind"], len(d["tasks"]), dict(c))

if __name__ == "__main__":
    main()
