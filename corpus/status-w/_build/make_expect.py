#!/usr/bin/env python3
"""Writes the five expect.json files of status-w (hand annotation, kept as data here)."""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = json.load(open(os.path.join(HERE, '_raw', 'A.json'), encoding='utf-8'))

def T(number, tsw, status=None, statusText=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": list(leaders),
            "deadline": deadline, "status": status, "statusText": statusText, "note": note}

cases = {}

# ---------------------------------------------------------------- 滦州 2019
L = []
L.append(T(None, "提高城乡低保和特困供养人员基本生活标准", "done", "已办结",
           note="quoted “…”已办结; outer quotation marks delimit the item in prose and are not included; whole item"))
for tsw, note in [
    ("建设多功能文化广场", "first of the 10 named 子项目 in 'A、B、…、J等10个子项目也已开工建设'; whole item (9 chars); the lead paragraph describes the same 文化广场 as '在如火如荼地紧张建设中'"),
    ("大修省道平青乐线城区段道路", "whole item"),
    ("建设西高坎农贸市场交易大厅", "whole item"),
    ("维修岩山商业城", "whole item (7 chars)"),
    ("改造人民道", "whole item (5 chars)"),
    ("完善城区交通管理设施", "whole item"),
    ("改善农村办学条件", "whole item (8 chars)"),
    ("健全农村客运站点", "whole item (8 chars)"),
    ("完善移动通讯设施布局", "whole item"),
    ("完善联通设施", "last item, followed by '等10个子项目'; whole item (6 chars); 10 named = stated 10"),
]:
    L.append(T(None, tsw, "on_schedule", "有序推进",
               note=note + "; own words only '已开工建设' (a milestone, not a verdict); status from the sentence '所有项目均在有序推进中。其中,…' that introduces this list"))
cases['luanzhou_2019_report'] = dict(
    kind="report", partial=False, place="河北省唐山市滦州市", year=2019, tasks=L,
    summary={"scopes": [{"scope": "滦州市2019年十大实事工程 (子项目)", "total": None,
                         "by_status": {"done": 1, "started": 10},
                         "printed": ["所有项目均在有序推进中", "“提高城乡低保和特困供养人员基本生活标准”已办结",
                                     "等10个子项目也已开工建设", "其余项目正在积极跑办前期手续"],
                         "note": "total number of 子项目 not stated; the rest ('其余项目') are in preparation and not named"}]},
    layout="official provincial media news item (长城网唐山讯, ts.hebei.com.cn): lead paragraph about one project, then one prose paragraph: portfolio verdict '所有项目均在有序推进中', '其中,作为十大实事工程的子项目之一的“A”已办结,B、C、…、K等10个子项目也已开工建设,其余项目正在积极跑办前期手续', then three '小标题。' paragraphs of measures",
    tests="quoted single item with its own status word (已办结); long 、-list closed by '等10个子项目' with a started-only clause; portfolio-level verdict sentence preceding '其中'; measures paragraphs ('针对进度缓慢的工程') that name no task",
    ambiguities="the 10 started 子项目 carry only '已开工建设'; they are given on_schedule from '所有项目均在有序推进中' because the list follows '其中' under that sentence (an alternative reading leaves them null and keeps the verdict in the summary only, as status-y did for portfolio-level verdicts); '已办结' → done; '针对进度缓慢的工程' is generic and names nothing → no lagging task",
    notes=["Text complete (1,887 bytes, ends with the article's last sentence); no units, leaders or deadlines are named.",
           "'文化广场' in the first paragraph is the same project as task 2 ('建设多功能文化广场'); not a separate task.",
           "Place: 滦州市 (county-level city of 唐山, 河北); year from '这市2019年确定的重点民生工程' and the URL (2019/04/10)."])

# ---------------------------------------------------------------- 吴忠 2016
W = []
for i, (tsw, note) in enumerate([
    ("向全市1891名特困群众和1206名残疾人发放生活救助金", "whole item; '和' joins two beneficiary groups of one 子项, not two items"),
    ("为全市依法登记宗教场所全部免费订阅一份《吴忠日报》", "whole item, including the 《》 title"),
    ("购买公益性岗位252个", "whole item (11 chars)"),
    ("对吴忠餐饮店免费制作发放统一标识标牌", "last of the four, followed by '4个子项已提前完成'; 4 named = stated 4"),
]):
    W.append(T(None, tsw, "done", "已提前完成", note=note))
W.append(T(None, "市区第二、三自来水厂水质提标改造", "on_schedule", "时间过半、进度过半",
           note="the only named example of '…等22个子项实现了时间过半、进度过半'; the 、 in '第二、三自来水厂' is inside one name and is not a separator; 时间过半、进度过半 = on schedule at mid-year"))
for tsw, note in [
    ("市区10个老旧小区基础设施维修改造", "first of the 稳步推进 group"),
    ("小学生口腔卫生计划", "whole item (9 chars)"),
    ("电动车综合管理整治", "whole item (9 chars)"),
    ("建设市区城市绿道", "whole item (8 chars); followed by '4个子项也在稳步推进当中'; 4 named = stated 4"),
]:
    W.append(T(None, tsw, "on_schedule", "稳步推进",
               note=note + "; '也在稳步推进当中' → on_schedule (the text does not say these are behind, although they are listed apart from the 22 that reached 时间过半、进度过半)"))
cases['wuzhong_2016_report'] = dict(
    kind="report", partial=False, place="宁夏回族自治区吴忠市", year=2016, tasks=W,
    summary={"scopes": [{"scope": "吴忠市2016年10件为民实事 (30个子项)", "total": 30,
                         "by_status": {"done": 4, "on_schedule": 26},
                         "printed": ["10件实事共涉及30个子项", "4个子项已提前完成", "等22个子项实现了时间过半、进度过半",
                                     "4个子项也在稳步推进当中", "10件实事目前正在稳步推进"],
                         "note": "4 + 22 + 4 = 30, the counts reconcile; only 1 of the 22 is named"}]},
    layout="city government site reprint of a 吴忠日报 news item: inspection paragraph naming the sites visited, then one paragraph '10件实事共涉及30个子项,其中A、B、C、D4个子项已提前完成;E等22个子项实现了时间过半、进度过半;F、G、H、I4个子项也在稳步推进当中。', then a paragraph on 议案/提案 (not tasks), byline, page footer",
    tests="three ;-separated status groups, each a 、-list closed by 'N个子项' glued to the last item ('…标识标牌4个子项', '…城市绿道4个子项'); a count word directly after an item that ends in a digit-free noun; 、 inside a name ('第二、三自来水厂'); '和' inside one item; inspection sites named in the first paragraph that are not listed tasks",
    ambiguities="'稳步推进' → on_schedule (could be read as weaker than 时间过半、进度过半, but no lag is stated); '时间过半、进度过半' → on_schedule; 滨河体育运动公园、市妇幼保健院、利通区第七小学 are sites the 督查室 visited — probably among the 30 子项, but the text gives them no status and does not call them 实事 → not tasks; 议案/提案 paragraph is not about the 实事",
    notes=["Text complete (ends with the page footer '扫一扫在手机上查看当前页面').",
           "Year: the inspection is of '2016年度市政府承诺为民办理实事' on 8月10日 (2016); the page URL is dated 2017-10-17 (re-publication).",
           "利通区 is mentioned only as the location of a school; it is a district of 吴忠 (利通 2022 is in status-y, a different document and year).",
           "No units, leaders or deadlines are named."])

# ---------------------------------------------------------------- 新疆 2021
X = []
for tsw, note in [
    ("自治区中医医院中医药传承创新工程", "first example of '…等7个重点民生项目建成投用'"),
    ("阿克苏市电影小镇(磷肥厂改造)文旅产业园建设项目", "second example; the bracket '(磷肥厂改造)' is part of the project name"),
    ("阿勒泰市将军山乡村旅游基础设施建设项目", "third example; 3 named of the stated 7"),
]:
    X.append(T(None, tsw, "done", "建成投用", note=note + "; 建成投用 (completed and in use) → done"))
for tsw, note in [
    ("城镇棚户区改造和公租房项目", "first example of '…等36个重点民生项目实现新开工建设'; '和' joins one project heading, kept whole"),
    ("高标准农田建设项目", "second example (9 chars)"),
    ("新疆财经大学建设项目", "third example; 3 named of the stated 36"),
]:
    X.append(T(None, tsw, None, None, note=note + "; '实现新开工建设' reports a milestone (construction started), not a verdict on schedule → null"))
cases['xinjiang_2021_report'] = dict(
    kind="report", partial=False, place="新疆维吾尔自治区", year=2021, tasks=X,
    summary={"scopes": [{"scope": "2021年自治区民生类重点项目", "total": 93,
                         "by_status": {"done": 7, "started": 36},
                         "printed": ["民生类重点项目共安排93项", "7个重点民生项目建成投用", "36个重点民生项目实现新开工建设",
                                     "为年计划的105.9%", "城镇建设项目、卫生体育项目超额完成年度计划,分别达到127%、112%"],
                         "note": "portfolio investment 105.9% of plan (headline '重点民生项目超额完成年度计划'); the two sector categories 城镇建设项目/卫生体育项目 '超额完成年度计划' are groups of projects, not tasks"}]},
    layout="人民政协报 (rmzxb.com.cn) reprint of a 新疆日报 item: site menu line and breadcrumb, headline, date/source line, investment totals, a sector sentence 'A、B超额完成年度计划,分别达到127%、112%', then 'X、Y、Z等7个重点民生项目建成投用。P、Q、R等36个重点民生项目实现新开工建设。', background totals, editor line and footer",
    tests="two 'A、B、C等N个…' example lists with a status phrase after the count; a bracket inside a project name; '和' inside one project; sector categories with an over-fulfilment verdict that are not tasks; started-only milestone vs completed",
    ambiguities="'建成投用' → done; '实现新开工建设' → null (start of construction is a milestone; the article does not say whether starting was on time); 城镇建设项目、卫生体育项目 (sector categories with '超额完成年度计划') left out of tasks — a parser that lists them would report 'good' for two non-tasks; the headline verdict applies to the portfolio's investment, not to named items",
    notes=["Text complete (ends '相关新闻'); the page is a national outlet's reprint of 新疆日报; the reporting body is 自治区发展改革委.",
           "Province-level document; 乌鲁木齐 2014 (mixed-w) is a different place, year and layout.",
           "No units, leaders or deadlines are named."])

# ---------------------------------------------------------------- 同德 2020
D = []
D.append(T(None, "尕巴松多镇美丽城镇建设项目", "lagging", "未竣工", deadline="年内",
           note="'2017年项目未竣工1项:X。' — a 2017 project still not completed in 2020; the notice introduces the lists with '部分项目进展缓慢,未按时限要求完成建设任务' → lagging; deadline from '2016至2018年未完工项目,务必年内建成' (= by end of 2020)"))
for tsw, note in [
    ("夏日仓至班多村公路", "first of '2018年项目未竣工3项:A、B、C。' (9 chars, whole item)"),
    ("污水管网改扩建建设", "second of the three (9 chars, whole item)"),
    ("新区供热站改扩建", "third of the three (8 chars, whole item); 3 named = stated 3"),
]:
    D.append(T(None, tsw, "lagging", "未竣工", deadline="年内",
               note=note + "; overdue 2018 project → lagging ('进展缓慢,未按时限要求完成建设任务'); deadline from '2016至2018年未完工项目,务必年内建成'"))
cases['tongde_2020_notice'] = dict(
    kind="notice", partial=True, place="青海省海南藏族自治州同德县", year=2020, tasks=D,
    summary={"scopes": [{"scope": "2016年以来发改渠道下达项目 (overdue and 2020 projects)", "total": None,
                         "by_status": {"lagging": 4},
                         "printed": ["2017年项目未竣工1项", "2018年项目未竣工3项", "2020年已下达中央预算内项目20项,开工7项",
                                     "部分项目进展缓慢,未按时限要求完成建设任务"],
                         "note": "2020: 20 projects allocated, 7 started — none named; 2019 '未开工项目' mentioned only in the requirements (none named)"}]},
    layout="county government site: metadata pipe table (索引号/生效日期/文号/所属主题), title, addressee, reason line, '一、项目推进情况' with a verdict sentence and one line per year 'YYYY年项目未竣工N项:A、B、C。', '二、工作要求' with 一要…二要…三要 requirement paragraphs that set deadlines per year group; stored text cut inside 三要",
    tests="per-year lagging lists with counts ('未竣工N项:'), colon-introduced 、-lists; verdict sentence ('进展缓慢') separate from the lists; deadlines stated for a group in a later requirements paragraph ('2016至2018年未完工项目,务必年内建成'); 一要/二要/三要 requirement headings that are not tasks; a counts-only line for 2020 with no names",
    ambiguities="'未竣工' for projects of 2017/2018 read as lagging (overdue) rather than at_risk: the notice itself calls them '进展缓慢' and '未按时限要求完成建设任务'; deadline '年内' (the year of the notice, 2020) is a new deadline set by the notice for the '2016至2018年未完工项目' group and is applied to all four; 项目主管单位 are not named → no units; the groups are by year, not by unit → no lagging array",
    notes=["Partial: the stored text (1,999 bytes) stops inside '三要实行月通报制。我局将'.",
           "Issuer is implied by '我局' (县发改局); the inspection was by 海南州发展和改革委员会 (海南 here is 海南藏族自治州 in 青海, not 海南省).",
           "'发展和改革委员会委' (doubled 委) is in the document as stored."])

# ---------------------------------------------------------------- 南宁 2018
N = []
N.append(T(None, "南宁市羁押中心", None, None,
           note="'A、B等项目开工建设' — started only → null; whole item (7 chars)"))
N.append(T(None, "南宁教育园区基础设施建设项目(三期)", None, None,
           note="second of the 开工建设 pair; bracket '(三期)' is part of the name; started only → null"))
for tsw, note in [
    ("南宁国际会展中心升级改造工程", "first of 'C、D、E等项目建成竣工'"),
    ("南宁园博园项目", "whole item (7 chars)"),
    ("南宁市图书馆", "whole item (6 chars); the list ends '等项目建成竣工……'"),
]:
    N.append(T(None, tsw, "done", "建成竣工", note=note + "; 建成竣工 → done"))
N.append(T(None, "南宁凤岭综合客运枢纽站(长途客运站部分)一期工程", "done", "竣工",
           note="'2018年11月26日,…之一的南宁凤岭综合客运枢纽站(长途客运站部分)一期工程竣工' — the date is when it was completed, not a deadline; the phrase before it ('南宁市迎接自治区成立60周年公益性项目之一的') is a description, not part of the task name"))
cases['nanning_2018_report'] = dict(
    kind="report", partial=True, place="广西壮族自治区南宁市", year=2018, tasks=N,
    summary={"scopes": [{"scope": "2018年南宁市自治区和市级层面重大项目", "total": 546,
                         "by_status": {},
                         "printed": ["2018年南宁重大项目投资计划圆满完成", "546项自治区和市级层面重大项目完成投资1004.79亿元,完成年度计划的111.76%"],
                         "note": "portfolio-level investment verdict (111.76% of plan); no per-status counts"}]},
    layout="南宁新闻网 (china.com.cn regional) reprint of 南宁日报: menu line, headline, meta line, lead sentence 'A、B等项目开工建设;C、D、E等项目建成竣工……2018年,我市546项…完成年度计划的111.76%', process paragraph, sub-headings ('明确责任' / '加强沟通协调加快项目推进'), a paragraph on one completed project with its completion date, measures paragraphs; cut mid-sentence",
    tests="two 'A、B等项目 <status>' clauses joined by ';' in one lead sentence, ending in '……'; brackets inside project names; a completion date that is not a deadline; descriptive prefix before a project name ('…公益性项目之一的'); sub-headings that are not tasks; portfolio verdict in the headline",
    ambiguities="'开工建设' → null (milestone, not a verdict; the annual target for these two may have been to start, but the text does not say so); '建成竣工'/'竣工' → done; the headline '投资计划圆满完成' is a portfolio verdict (summary only); '南宁东站、轨道交通1号线、公交枢纽' are existing facilities the 客运站 links to, not tasks",
    notes=["Partial: the stored text (1,999 bytes) stops at '县(区'.",
           "Scope caveat: 重大项目 (major-project tracking) rather than 政府工作报告/民生实事 tasks — kept for the ;-joined status clauses and 'N项…完成年度计划的X%' summary.",
           "No units, leaders or deadlines are named (南宁市发展改革委 is the reporting body, not a task unit)."])

for stem, c in cases.items():
    out = {"source": RAW[stem]["url"], "kind": c["kind"], "partial": c["partial"], "place": c["place"], "year": c["year"],
           "taskCount": len(c["tasks"]), "tasks": c["tasks"], "summary": c["summary"],
           "layout": c["layout"], "tests": c["tests"], "ambiguities": c["ambiguities"], "notes": c["notes"]}
    with open(os.path.join(HERE, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
    print(stem, len(c["tasks"]))
