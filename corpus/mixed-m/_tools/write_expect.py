#!/usr/bin/env python3
"""Write the hand-made expectations (<stem>.expect.json). Every string was read off the document text."""
import json, os
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
raw = os.path.join(here, '_raw')

def T(number, tsw, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=None):
    d = {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": list(leaders),
         "deadline": deadline, "status": status, "statusText": statusText}
    if note:
        d["note"] = note
    return d

def src(stem):
    return json.load(open(os.path.join(raw, 'A_%s.json' % stem), encoding='utf-8'))['url']

cases = {}

cases['haiyan_2022_plan'] = dict(kind='plan', partial=True, tasks=[
    T("1", "全县生产总值增长7.5%左右", lead=["县发改局"], co=["县财政局", "县税务局", "县农业农村局"], leaders=["王丹"]),
    T("2", "落实党政机关过紧日子的要求", lead=["县财政局"], leaders=["王丹"]),
    T("1", "坚持县政府常务会议集体学法", lead=["县司法局"], leaders=["曹惠明"]),
    T("2", "深化“亩均论英雄”“标准地”改革", leaders=["曹惠明"],
      note="cut by the store before its 责任单位 line, so lead/co are empty"),
  ],
  summary="海盐县 2022 政府工作报告重点工作责任分解: tasks grouped under the 牵头县领导 (王丹县长, 曹惠明常务副县长), each with 责任单位 whose first unit is the 牵头单位.",
  notes="The document says (首位单位为牵头单位,下同), so the first 责任单位 goes to lead and the rest to co. The group heading "
        "`一、王丹县长牵头重点工作` gives the leader for the items under it; only the name is kept (王丹, 曹惠明), not the title. "
        "Numbering restarts at 1 under each leader and is kept as printed. Item 1 of 王丹 bundles three indicators (GDP, 一般公共预算收入, 居民收入) "
        "in one numbered item with one unit list, so it is one task. No deadlines are printed. The excerpt stops inside 曹惠明 item 2, "
        "and the 民生实事项目责任分解 announced in the notice is not in the excerpt.")

cases['shapotou_2017_notice'] = dict(kind='notice', partial=True, tasks=[
    T("1", "农业和科技委员会承办的", lead=["农业和科技委员会"], status="done", statusText="已办结"),
    T("2", "财政局承办的“关于将镇罗", lead=["财政局"], status="done", statusText="已办结"),
  ],
  summary="沙坡头区政府督查室 督查通报第13期 (2017): 人大建议、政协提案办理情况; counts per session, then each suggestion with its 承办 unit and 办理情况.",
  notes="Each numbered suggestion is one task (a unit of work with a handling unit and a verdict). The task text begins with the "
        "承办 unit (`农业和科技委员会承办的“关于解决…的建议”(第1号)`), so textStartsWith starts there and the unit before 承办的 is lead. "
        "`办理情况:已办结` → done. The counts in 一、基本情况 (2件已办结, 1件正在办理, 暂无法办理…) name no items and give no tasks. "
        "柔远镇夹渠村, 镇罗/宣和/常乐 are places, not units. The excerpt stops inside item 2's 办理情况.")

cases['sunan_2009_report'] = dict(kind='report', partial=True, tasks=[
    T("1", "城镇经济适用住宅楼三期工程"),
    T("2", "大河乡牧民集中定居住宅楼二期工程"),
    T("3", "红湾寺镇老年人公寓二期工程"),
    T("4", "红湾小学寄宿楼工程"),
    T("5", "隆畅河大桥工程"),
    T("1", "滨河路中段", note="first 新建工程 item, cut by the store after 5 characters"),
  ],
  summary="肃南裕固族自治县城乡建设局 2009-05-12 汇报 on 城镇化建设: 30 projects (5 续建 all resumed, 25 新建 of which 9 started); per-project progress for the 续建 list.",
  notes="Place: the title only says 我县/县城乡建设局; 红湾寺镇 (the county seat), 大河乡 and 隆畅河 identify 甘肃张掖 肃南县. "
        "Statuses are null: each item states a stage of work (正在进行室内粉刷…, 正在进行外墙刷灰, 正在进行桥墩护锥砌筑…), not a verdict "
        "against schedule. The group line `续建工程 5项 ,均已复工建设` could be read as on_schedule for items 1–5; I did not, because 复工 "
        "says only that work restarted. No units or deadlines are printed. 新建工程 item 1 is cut after `滨河路中段`; kept as a task "
        "(whole printed item, shorter than 8). `新建工程 25项,现已开工建设 9项` is a count without names.")

cases['xinluo_undated_report'] = dict(kind='report', partial=False, tasks=[
    T(None, "新罗区疾病预防控制中心综合大楼及实验楼项目"),
    T(None, "龙岩人民医院病房综合大楼项目"),
    T(None, "何家陂水库建设项目"),
    T(None, "省道203线苏坂至大吉公路改造项目"),
    T(None, "龙岩市第二中学教学楼项目"),
  ],
  summary="闽西新闻网 news (relay) on 龙岩市新罗区 民生项目: 80 projects, 4.92亿 invested by mid-August; five named projects with their current works.",
  notes="Relay page with site boilerplate. The year is not printed (`8月24日`, `今年`; the relay footer `Copyright 2018` is the site's), so undated. "
        "Each named project is a task; numbers are null. Statuses are null: the clauses state current works and money spent "
        "(已完成外墙装修,正进行室内装修; 已完成投资3870万元), not a schedule verdict. `其余各项民生项目均按序时进度推进` applies to the "
        "unnamed rest and gives no task; one could read it as implying the named five are also on schedule, which I did not. "
        "The `总投资…的` prefix is left out of textStartsWith so it starts at the project name. No units.")

cases['zhangping_undated_report'] = dict(kind='report', partial=False, tasks=[
    T(None, "总投资1535万元的11个校安工程", note="parent item; its two named sub-items follow as their own tasks"),
    T(None, "联兴小学学生宿舍楼"),
    T(None, "联兴小学教学楼已完成招投标"),
    T(None, "工业路路灯进行招投标前期工作", deadline="8月底"),
    T(None, "新桥、永福卫生院附属设施和西园、芦芝卫生院D级危房改造项目"),
    T(None, "食品安全监测工作", status="on_schedule", statusText="顺利开展"),
  ],
  summary="News relay on 漳平市 10个为民办实事项目 (about 1.4亿元): the projects in outline, then progress of the 校安工程, 工业路路灯, 卫生院 and 食品安全 items.",
  notes="Place from `漳平市成立专门工作领导小组`. Year not printed (`今年年初`, `半年多来`); the relay path says news2007 but that is the "
        "mirror's, so undated. Tasks are the items in the progress paragraph. The opening list (城区公共休闲广场、公共停车场工业路等城市公共设施建设;"
        "城市内河清淤;农村家园清洁;…) names the 10 projects only in outline and ends with 等等; I did not count it separately, since its "
        "校安/医疗/公共设施 items reappear below (counting 城市内河清淤 and 农村家园清洁 as extra null-status tasks is the alternative). "
        "联兴小学学生宿舍楼 and 联兴小学教学楼 are named sub-items of the 11个校安工程 and are kept as tasks of their own; merging them is the "
        "alternative. `已开工`, `已完成招投标`, `已进行前期准备工作`, `主体已封顶` state stages, not verdicts → null. 工业路路灯: "
        "`预计8月底可以完成` is a forecast; its date is kept as the deadline and the status left null (on_schedule is the alternative). "
        "食品安全监测工作 `顺利开展` → on_schedule. No units are named (各有关监管部门 is too vague to be a unit).")

cases['changting_2024_report'] = dict(kind='report', partial=False, tasks=[
    T(None, "铝材绿色循环利用产业园项目"),
    T(None, "云敦高端鞋服设计制造及智能化生产项目"),
    T(None, "5000吨节能电机用高性能稀土永磁材料建设项目"),
    T(None, "加楷科技产业园(建筑用铝模及爬架生产、租赁一体化)项目"),
    T(None, "汀州医院主体功能搬迁项目", status="done", statusText="竣工项目10个"),
    T(None, "芋圆系列冷冻制品加工生产项目", status="done", statusText="竣工项目10个"),
    T(None, "鑫龙混凝土扩建项目", status="done", statusText="竣工项目10个"),
  ],
  summary="闽西日报 item (2024-10-09): 长汀县 三季度 开竣工项目32个 (22 开工, 10 竣工), with named examples of each.",
  notes="Tasks are the projects named in the 开工 and 竣工 lists; 包括…等 means the lists are samples, and the counts (22, 10) are not "
        "tasks. 竣工 → done (statusText is the list head `竣工项目10个`). 开工 items → null: starting work this quarter is an event, not a "
        "schedule verdict (on_schedule is the alternative). The photo caption `汀州医院主体功能搬迁项目` repeats a 竣工 item and is not "
        "counted twice. Year from the page address (2024-10/09) and the 三季度 wording. No units.")

for stem, c in cases.items():
    out = {"source": src(stem), "kind": c['kind'], "partial": c['partial'], "taskCount": len(c['tasks']),
           "tasks": c['tasks'], "summary": c['summary'], "notes": c['notes']}
    with open(os.path.join(here, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(stem, len(c['tasks']))
