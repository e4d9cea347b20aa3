#!/usr/bin/env python3
"""Write <stem>.expect.json for batch mixed-bc; assert every annotated string occurs in the document.

The 宜城 item texts are sliced from the stored .txt (traditional characters with pinyin-gloss damage such as
`動(dòng)`), so nothing there is retyped; every other string is checked against the normalised text below.
"""
import collections
import json
import os
import re
import unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))


def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)


def text_of(stem):
    with open(os.path.join(OUT, stem + '.txt'), encoding='utf-8') as fh:
        return fh.read()


DOCS = {}

# ---------------------------------------------------------------- 潜江 (table, page 2 of a doc mirror)
DOCS['qianjiang_2017_progress'] = dict(
 source="https://wanglu.net/thread/t13-338853-2.html (wanglu.net document-sharing mirror, page 2 of a table; header `编辑: kieth | 2017-12-23 |`; rows flattened to ` , `-separated cells, several cells broken over lines; the stored part starts in the tail of a row whose number and name are on page 1 and is cut inside row 11); pages corpus, stored excerpt 2000 bytes",
 kind="progress", partial=True,
 place="湖北省潜江市 (county-level city; not printed in the stored part — inferred from 章华南路, 紫月路, 东荆大道, 袁杨路, `紫月路东延至仙桃毛嘴`, 汉宜高速 and `天门张港渡口`, all 潜江 names/neighbours)",
 year=2017,
 tasks=[
  T(None, "清除保护区内生活垃圾",
    lead=["市住建委"], leaders=["刘爱国", "徐国亮", "刘志勇", "杨贤森"],
    note="Tail of a row whose 序号 and 项目名称 are before the stored part (a drinking-water-source protection project: `饮用水水源地一级保护区`, `天门张港渡口…搬迁新址`). textStartsWith is its first stored cell text. Progress cell `已基本完成保护区内拆迁任务;…保护区围栏建设完成60%,绿化建设完成40%.` reports sub-works in numbers with no verdict on the row → status null (on_schedule is the alternative for a reader who reads `已基本完成…` as on track; done is wrong: fencing 60%, greening 40%). Unit column `市住建委` → lead. Leader column `刘爱国徐国亮刘志勇杨贤森` is four three-character names run together, split as a reader does."),
  T("10", "章华南路(汉宜高速―刘杨路)综合整治", "done", "已完工",
    lead=["市交通运输局", "市住建委"], leaders=["周先平", "舒中雄", "刘爱国", "何本龙", "胡金烈", "王启军"],
    note="Row 10: 序号 / 项目名称 / 建设性质 `新建` / 建设内容 / investment figures (20000, 5000, 3000, 10000) / 年度目标 `完成道路修补、地下管网建设和立面整治.` / progress `已完工.` / 责任单位 / 责任领导. Whole name kept as printed with the U+2015 dash `―`. The unit cell `市交通运输局市住建委` runs two bodies together → lead 市交通运输局, 市住建委 (one unit column → both lead). The leader cell runs six names together → six leaders. 年度目标 is a target, not a deadline."),
  T("11", "紫月路改造工程",
    note="Row 11 (`续建`): its progress cell `已完成紫月路东段改扩道路建设工程和章华南路至袁光路段路` is cut by the store, and the 责任单位/责任领导 cells are past the cut → lead and leaders empty. The stored progress says one of the three sub-works (东段) is finished; no verdict on the row → null (on_schedule is the alternative). `已完成` here is not done: the 西延 and 东延 works are still listed in the 年度目标."),
 ],
 summary=dict(printed=[], counts={"null": 2, "done": 1},
   note="No counts printed. A 潜江 project table (the page mirror gives no title in its stored part): each row 序号 , 项目名称 , 新建/续建 , 建设内容 , 总投资 , 年度计划投资 , 年度目标 , two completion figures , 进展 , 责任单位 , 责任领导. Only rows 10 and the tail of 9 are whole; 11 is cut."),
 notes=[
  "Year 2017 is the mirror's post date (`2017-12-23`); the table's own year is not in the stored part. 紫月路 is `续建` and 章华南路 `新建`, consistent with a 2017 list.",
  "Columns are inferred from position; the figures (3300; 20000/5000/3000/10000; 22500/14800/17600/20000) are money (万元) and are not tasks or statuses.",
  "Run-together cells: `市交通运输局市住建委` (two units) and `周先平舒中雄刘爱国何本龙胡金烈王启军` (six names) are split; a reader who keeps the cell whole would give one unit string and one leader string.",
  "刘爱国 appears as a leader in both row 9 and row 10 (he is listed for 市住建委 projects).",
 ])

# ---------------------------------------------------------------- 蕲春 (news)
OK = "on_schedule"
DOCS['qichun_2017_progress'] = dict(
 source="http://qichun.cjyun.org/p/7444.html (云上蕲春, 蕲春广电全媒体 item by 刘明正 on the 城南现代服务区 指挥部's 23 key projects at the end of March; complete; the page ends with the site's `请输入验证码`); pages corpus, stored excerpt 1680 bytes",
 kind="progress", partial=False,
 place="湖北省黄冈市蕲春县 (county; named: `蕲春广电全媒体`; 李时珍中医院, 县博物馆 etc. are 县 projects)",
 year=2017,
 tasks=[
  T(None, "县博物馆、图书馆、文化馆、档案馆等“四馆”建设", OK, "顺利推进",
    note="`截止3月底,总投资近3亿元的县博物馆、图书馆、文化馆、档案馆等“四馆”建设顺利推进,项目主体工程将于5月份封顶。` One task (the four halls are one 四馆 project, the intro's “四馆一中心”). `顺利推进` → on_schedule. `将于5月份封顶` is a forecast, not a deadline."),
  T(None, "李时珍中医院门诊中心楼、医技综合楼、住院楼、综合服务楼", OK, "正在进行紧张的室内外装饰装修",
    note="Four buildings of one hospital project → one task. Main works finished (`主体工程竣工后`), fit-out under way → on_schedule (work proceeding; not yet done)."),
  T(None, "县老年大学主体工程已经完工", OK, "正在加快建设",
    note="`县老年大学主体工程已经完工,门球场、健身场等附属设施正在加快建设。` The main building is finished but the project is not → on_schedule from `正在加快建设`; done is the alternative for a reader who takes `主体工程已经完工` as the verdict. textStartsWith runs on into the status words because the item is one clause."),
  T(None, "县公安局业务用房", OK, "正在进行室内装饰装修", deadline="今年上半年",
    note="`县公安局业务用房、县人民法院审判大楼主体工程正在进行室内装饰装修,今年上半年建成投入使用。` Two separate buildings for two bodies → two tasks with the shared status. Deadline `今年上半年` (printed completion time, no 预计); a reader who treats it as a forecast leaves it null. 县公安局 is the building's owner, not a responsible unit named by the article → no lead."),
  T(None, "县人民法院审判大楼", OK, "正在进行室内装饰装修", deadline="今年上半年",
    note="Second building of the same clause."),
  T(None, "十里畈、八斗地、杨树畈、付畈还建小区", OK, "建设进展顺利",
    note="Four 还建小区 under one status (`…还建小区建设进展顺利`) → one task; a reader who splits the shared suffix gives four tasks with the same status. The next sentence (`六大还建小区2016年…1570套`) is a past figure, not a task."),
  T(None, "东璧大道", "done", "实现通车",
    note="`东璧大道、梅家塘大桥实现通车后,…` — two infrastructure works reported as open to traffic → two tasks, done."),
  T(None, "梅家塘大桥", "done", "实现通车", note="Second of the pair."),
  T(None, "十里河路、体育路延伸段、南阳四路等7条道路", deadline="今年上半年",
    note="`…等7条道路在今年上半年都要全面开工建设。` Not yet started; the sentence states a requirement, not a status → null (stalled would overstate: the start is scheduled). One task for the 7 roads (only 3 named, `等` closes the list). Deadline `今年上半年` for the start."),
 ],
 summary=dict(printed=["23个在建基础设施、公共服务设施和行政服务设施重点项目"],
   counts={"on_schedule": 6, "done": 2, "null": 1},
   note="A county news item: the 城南现代服务区 has 23 projects under construction; the article names 11 works in 9 statements, each with its own stage words."),
 notes=[
  "Year 2017 is inferred: `截止3月底` plus `六大还建小区2016年向拆迁群众提供了1570套还建房` (last year = 2016). The page shows no date.",
  "No units: the article names no responsible body per project (片区建设指挥部 runs them all; it is mentioned only as organiser).",
  "Stage phrases `正在进行…装饰装修`, `正在加快建设`, `建设进展顺利`, `顺利推进` → on_schedule; `实现通车` → done.",
 ])

# ---------------------------------------------------------------- 邱县 (news)
DOCS['qiuxian_2024_progress'] = dict(
 source="https://finance.sina.com.cn/jjxw/2024-12-27/doc-ineawhzx6029715.shtml (新浪财经 媒体滚动 2024-12-27 11:05, `转自:邯郸新闻网`: `奋进强国路 阔步新征程|邱县项目建设热潮涌动`; title printed twice; cut at `从县领导到主`); pages corpus, stored excerpt 1998 bytes",
 kind="progress", partial=True,
 place="河北省邯郸市邱县 (county; named; 邯郸 the city is taken, 邱县 is not)",
 year=2024,
 tasks=[
  T(None, "北京大蒙集团有限公司项目", OK, "正在按计划顺利推进",
    note="`走进北京大蒙集团有限公司项目建设现场,…宿舍楼和办公楼主体结构已完成…四个车间的钢构架设完毕…另外四个车间处在钢构架设的紧张施工阶段。…整个项目正在按计划顺利推进,有望在春节之后投入生产运营。` The item's own summary `正在按计划顺利推进` → on_schedule. 王子龙 is the company's 项目负责人, not a government leader → leaders empty."),
  T(None, "河北京耀生物发展有限公司", OK, "进入设备安装调试阶段",
    note="`…河北京耀生物发展有限公司,1号、5号车间进入设备安装调试阶段,正在为正式投入生产做最后的准备工作。` The same project is then called `京耀谷朊粉项目` (7 characters; the company name is used as textStartsWith because it opens the item). Stage words → on_schedule; null is the alternative for a reader who takes a stage without a verdict as no status."),
  T(None, "哆呋食品二期项目", OK, "一路加速推进建设进度",
    note="`哆呋食品二期项目5月份开工建设,一路加速推进建设进度,现在1号车间、2号车间已投产,3号、4号车间设备已安装完成。` Half in production, the rest being fitted → on_schedule (not done). textStartsWith is the project name; the paragraph opens with the company `河北哆呋食品有限公司` (its existing plant), which a reader could use instead. 赵军利 is the 企业负责人, not a leader."),
 ],
 summary=dict(printed=["10多个重点项目"], counts={"on_schedule": 3},
   note="A county news piece: `今年冬季邱县启动10多个重点项目建设`, then three named projects with their stage; cut in the closing paragraph on the `四个一`包联机制 (县领导 包联), so any leader names are past the cut."),
 notes=[
  "Year 2024: `12月18日` and the 2024-12-27 post; `今年冬季`.",
  "No units or government leaders in the stored part; company heads are not task leaders.",
  "All three are coded on_schedule from stage wording; none is finished (`有望在春节之后投入生产运营`, `做最后的准备工作`, 3号/4号 车间 not yet producing).",
 ])

# ---------------------------------------------------------------- 涉县 (plan list)
DOCS['shexianhb_2025_plan'] = dict(
 source="http://www.wrujm.cn/mobile/quote/1597.html (mirror of a 涉县融媒体中心 item: the 县政府2025年度十件民生实事项目 voted at the close of 涉县第十八届人民代表大会第五次会议; `一、heading` + one description paragraph per 实事; cut inside item 七); pages corpus, stored excerpt 1998 bytes",
 kind="plan", partial=True,
 place="河北省邯郸市涉县 (county; named; stem `shexianhb` because `shexian` is 安徽 歙县)",
 year=2025,
 tasks=[
  T("一", "2025年村内基础设施提升工程",
    note="Heading line `一、2025年村内基础设施提升工程`; its paragraph (`在17个乡镇(街道办)硬化道路10万平方米并安装太阳能路灯1000盏…`) is the task content. No unit, leader or deadline is printed for any item; `17个乡镇(街道办)` are the places served, not units."),
  T("二", "2025年农村饮水维修养护工程"),
  T("三", "城乡电网改造升级工程"),
  T("四", "集中供热扩建工程", note="Whole heading (8 characters)."),
  T("五", "涉县中心城区排水管网建设与改造工程"),
  T("六", "中小学幼儿园扩优提质工程"),
  T("七", "2025年防火通道硬化工程", note="Cut inside its description (`…极易滑坡的`); items 八–十 are past the cut."),
 ],
 summary=dict(printed=["县政府2025年度十件民生实事项目"], counts={"null": 7},
   note="A 十件民生实事 list as adopted by the county 人大 (plan for 2025); 7 of 10 items stored."),
 notes=[
  "Kind plan: the list is the year's commitment; nothing reports progress, so every status is null.",
  "No 牵头单位/责任单位 in the stored part; the item headings are the task texts.",
 ])

# ---------------------------------------------------------------- 宜城 (plan, 一是…十是, traditional with gloss damage)
Y = 'yichenghb_2024_plan_trad'
yt = text_of(Y)
NUMS = '一二三四五六七八九十'
ytasks = []
for i, n in enumerate(NUMS):
    a = yt.index(n + '是', yt.index('集中力量')) + 2
    end = yt.index(NUMS[i + 1] + '是', a) if i + 1 < len(NUMS) else yt.index('。', a)
    item = yt[a:end].rstrip(';')
    first = re.split(r'[,;]', item)[0]
    ytasks.append((n, first, item))
Y_NOTES = {
  '一': "`一是…;二是…;…十是…。` in one sentence after `集中力量辦好十件為民實(shí)事:`. number is the printed `一` of `一是`. textStartsWith is the item up to its first `,`/`;`, copied from the stored text with its gloss damage (`動(dòng)`, `運(yùn)`, `紐` …) kept. No units, leaders, deadlines or statuses are printed for any item.",
  '五': "One 实事 with two works (`宋玉幼兒園投入使用,完成雷河中學(xué)遷建主體工程`) → one task; splitting at the comma is the alternative.",
  '七': "Three works under one 实事 (遺址保護(hù)展示, 宋玉辭賦園, 博物館展陳) → one task.",
  '八': "Two works (養(yǎng)老服務(wù)中心, 幸福食堂4個(gè)) → one task.",
  '九': "Two works (公墓4處, 跑馬山公墓擴(kuò)建) → one task.",
  '十': "Last item; the sentence closes with `。`.",
}
DOCS[Y] = dict(
 source="http://pstl.com.cn/news/ycyw/202312/t4670512.shtml (traditional-character mirror, with inserted pinyin glosses such as `會(huì)`, `實(shí)`, of 楚都宜城網 `【聚焦兩會(huì)】宜城2024年十件民生實(shí)事“出爐”`, 發(fā)布時(shí)間 2023-12-28; the ten 实事 as `一是…;二是…;…十是…。`; complete, followed by the site footer); pages corpus, stored excerpt 1992 bytes",
 kind="plan", partial=False,
 place="湖北省襄阳市宜城市 (county-level city; named; stem `yichenghb` because `yicheng` is 山东 峄城)",
 year=2024,
 tasks=[T(n, first, note=Y_NOTES.get(n)) for n, first, item in ytasks],
 summary=dict(printed=["十件民生實(shí)事"], counts={"null": 10},
   note="A 人代会 news item listing the city government's ten 实事 for 2024; a plan with no units or progress."),
 notes=[
  "Year 2024: the list is `2024年宜城市政府將辦好十件民生實(shí)事`, announced 2023-12-28.",
  "The mirror inserts a gloss after many characters (`實(shí)事`, `區(qū)`); annotated strings keep them exactly as stored. After NFKC normalisation they still do not match the clean characters, so an extractor must read through them.",
  "Every status is null: nothing reports progress.",
 ])


def main():
    for stem, d in DOCS.items():
        nt = norm(text_of(stem))

        def need(s, what):
            if s:
                assert norm(s) in nt, (stem, what, s)
        for t in d['tasks']:
            need(t['textStartsWith'], 'tsw')
            need(t['statusText'], 'statusText')
            for u in t['lead'] + t['co']:
                need(u, 'unit')
            for p in t['leaders']:
                need(p, 'leader')
            need(t['deadline'], 'deadline')
            assert (t['status'] is None) == (t['statusText'] is None), (stem, t['textStartsWith'])
            if t['note'] is None:
                del t['note']
        for p in d['summary'].get('printed') or []:
            need(p, 'printed')
        c = collections.Counter(str(t['status']) if t['status'] else 'null' for t in d['tasks'])
        assert dict(c) == d['summary']['counts'], (stem, dict(c), d['summary']['counts'])
        out = dict(source=d['source'], kind=d['kind'], partial=d['partial'], place=d['place'], year=d['year'],
                   taskCount=len(d['tasks']), tasks=d['tasks'], summary=d['summary'], notes=d['notes'])
        with open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
        print(stem, len(d['tasks']), dict(c))


main()
