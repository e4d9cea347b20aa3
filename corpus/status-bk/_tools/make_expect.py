#!/usr/bin/env python3
"""Write <stem>.expect.json for batch status-bk; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- 和政
DOCS['hezheng_2013_progress'] = dict(
 source="https://www.yybnet.net/linxia/hezheng/201401/4056308.html (yybnet.net 临夏/和政 news relay, URL dated 2014-01: `和政县项目建设成效显著`, 本报和政讯, 通讯员李斌; the item is complete, followed by a `新闻推荐` teaser and page chrome); pages corpus, stored excerpt 1831 bytes",
 kind="progress", partial=False, place="甘肃省临夏回族自治州和政县 (county)", year=2013,
 tasks=[
  T(None, "临康和二级路", "done", "已建成",
    note="Whole project name, 6 characters (`投资2.3亿元的临康和二级路`). Named in `投资2.3亿元的临康和二级路、投资1.4亿元的前川新区廉租房等68个项目已建成`; the group verb `已建成` (built) → done."),
  T(None, "前川新区廉租房", "done", "已建成",
    note="Whole project name, 7 characters. Second named member of the `…等68个项目已建成` group → done."),
  T(None, "松鸣风情小镇综合开发", "done", "完成了年度建设任务",
    note="Named in `投资15.3亿元的松鸣风情小镇综合开发、投资8833万元的和铁公路升级改造等项目完成了年度建设任务`: the year's construction target is met → done (FORMAT: 完成). on_schedule is the alternative for a reader who codes the multi-year project rather than the annual target."),
  T(None, "和铁公路升级改造", "done", "完成了年度建设任务",
    note="Second member of the `…等项目完成了年度建设任务` group → done (same call as 松鸣风情小镇)."),
  T(None, "古动物化石三号展览馆", "done", "完成了建设任务",
    note="Named in `投资1.6亿元的古动物化石三号展览馆、投资4600万元的古生物化石国家地质公园主碑广场等重点建设项目,集中利用半年时间就完成了建设任务` → done."),
  T(None, "古生物化石国家地质公园主碑广场", "done", "完成了建设任务",
    note="Second member of the same group → done."),
 ],
 summary=dict(printed=["2013年全县共列建设项目116项", "其中新建项目89项", "续建项目27项", "68个项目已建成"],
   counts={"done": 6},
   note="A county news item on 2013 project construction: totals (116 projects, 89 new, 27 continued), then three `A、B等…<state>` sentences that name two projects each. The named projects are examples of larger groups (`等68个项目已建成`); only the named ones are tasks."),
 notes=[
  "Tasks are the six individually named projects, in printed order, number null; each takes the state of the `A、B等…` sentence that names it. The investment figure before each name (`投资2.3亿元的`) is not part of the task text.",
  "`县发改局负责人介绍说` names a source of the figures, not a unit responsible for a task; no units, leaders or deadlines are printed.",
  "The `新闻推荐` block after the article (`和政637万元奖励富民增收先进…22个标准化养殖场…`) is a teaser for another news item, and the closing sentence is site chrome; neither holds tasks.",
  "Year 2013 is printed (`2013年,和政县提出…`, `2013年全县共列建设项目116项`); the item itself is from January 2014 (URL path 201401).",
 ])

# ---------------------------------------------------------------- 暨阳街道 (诸暨)
DOCS['zhuji_2023_report'] = dict(
 source="http://www.zhuji.gov.cn/art/2024/1/17/art_1229561805_1894087.html (诸暨市 government site, 信息公开 page of 暨阳街道: `暨阳街道2023年民生实事项目完成情况报告`, 成文日期 2024-01-17; metadata lines, title, then `第一项:`…`第五项:`); pages corpus, stored excerpt 1857 bytes",
 kind="report", partial=False, place="浙江省绍兴市诸暨市暨阳街道 (subdistrict of a county-level city)", year=2023,
 tasks=[
  T("一", "校舍维修建设及设施设备提升工程", "done", "已于9月1日前完工并全部投入使用",
    note="`第一项:校舍维修建设及设施设备提升工程。` then a `包括…` paragraph (滨江小学 … 苎萝幼儿园) and `该项目已于9月1日前完工并全部投入使用` → done. The schools listed after `包括` are the scope of this one item, not separate tasks."),
  T("二", "暨阳街道农村公路大中修工程", "done", "已于10月中旬完工",
    note="`第二项:` two roads (张庄—董村, 大埂头—清水潭) with their investment; `该项目已于10月中旬完工` → done."),
  T("三", "社区卫生站医疗健康资源扩容建设工程", "done", "已于10月底完成",
    note="`第三项:` `该项目已于10月底完成` → done."),
  T("四", "普惠性托育机构及托位增设工程", "done", "已于10月底完成",
    note="`第四项:` `该项目已于10月底完成` → done."),
  T("五", "社区爱心食堂建设工程", "done", "已于9月底完工并于10月22日开业",
    note="`第五项:` `该项目已于9月底完工并于10月22日开业` → done."),
 ],
 summary=dict(printed=["暨阳街道2023年民生实事项目完成情况报告", "成文日期: 2024-01-17"],
   counts={"done": 5},
   note="A subdistrict's year-end completion report on its 2023 民生实事: one heading per item (`第N项:<name>。`), a scope paragraph with investment and funding, and a closing completion sentence. No total count is printed."),
 notes=[
  "number: `第一项` is written `一` (as `（一）`/`一是` elsewhere in the corpus); textStartsWith is the item name after `第N项:`.",
  "Units: each item says who pays (`资金由街道负责,教体局补助部分`, `交通局补助部分`, `建设局补助部分`, `民政局补助部分`). I read these as funding arrangements, not as 牵头/责任 assignments, so lead/co are empty. A reader who reads them as units would put 街道 (暨阳街道) as lead and 教体局/交通局/建设局/民政局 as co.",
  "The completion dates (`9月1日前`, `10月中旬`, `10月底`, `9月底`) report when the work was finished; they are not deadlines, so deadline is null.",
  "Partial: the excerpt (1857 bytes, under the store's ~2,000-byte cap) ends at the end of 第五项; a 第六项 heading would have fitted, so the report most likely has five items. partial=false, with that caveat.",
  "Place: the issuer is 暨阳街道, a subdistrict of 诸暨市 (绍兴); the page is on zhuji.gov.cn. Stem `zhuji`.",
 ])

# ---------------------------------------------------------------- 高港
DOCS['gaogang_undated_progress'] = dict(
 source="http://v7time.com/?id=249953 (mirror of a 高港 WeChat-style item `高港十项重点民生实事进展如何`, `截至10月底`; one short line per phrase, photo captions between projects; cut after the heading of the 7th 实事); pages corpus, stored excerpt 1998 bytes",
 kind="progress", partial=True, place="江苏省泰州市高港区 (district)", year=None,
 tasks=[
  T(None, "柴墟幼儿园建设项目", "on_schedule", "正全面推进",
    note="Under heading `幼儿园建设项目` (one 实事, two sub-projects). Its own line `①柴墟幼儿园建设项目主体验收完成,内外墙粉刷、消防、暖通、水电等施工结束` is a stage without a verdict, so it takes the lead's group state `10个民生实事票决项目 正全面推进` → on_schedule. done is the alternative for a reader who reads `施工结束` as completion (the item does not say 完工/投入使用)."),
  T(None, "胡庄中心幼儿园改扩建项目", "on_schedule", "正在进行地基施工",
    note="`②胡庄中心幼儿园改扩建项目正在进行地基施工` — under way → on_schedule (as 正在推进)."),
  T(None, "白马中学与海军小学合署办学项目", "on_schedule", "正在进行地基施工", deadline="2020年",
    note="Heading `学校建设项目`; description ends `2020年完成主体工程建设` (the project's target, recorded as deadline `2020年`); `进展情况:该项目正在进行地基施工` → on_schedule."),
  T(None, "村庄河道疏浚整治活水工程", "on_schedule", "正全面推进",
    note="Target 117 river courses; `进展情况:该项目累计完成河道整治100条` — figures only, so the group state `正全面推进` applies → on_schedule. null is the alternative for a reader who does not apply the lead sentence to each item."),
  T(None, "农村生活污水治理项目", "on_schedule", "已全面施工",
    note="`该项目24个自然村已全面施工,累计建设污水管网约85公里` (85 of 100 km) → under way → on_schedule."),
  T(None, "市三院改造提升工程", "on_schedule", "正在对病房楼7-9层拆除改造",
    note="`该项目已进场施工,正在对病房楼7-9层拆除改造` → on_schedule."),
  T(None, "首批校园体育锻炼场地面向社会开放工程", "done", "6月底已完工",
    note="Heading `健身惠民工程` (one 实事, two sub-projects); `①首批校园体育锻炼场地面向社会开放工程6月底已完工` → done."),
  T(None, "新建及改造全民健身点项目", "done", "9月底已完工",
    note="`②新建及改造全民健身点项目9月底已完工` → done."),
  T(None, "“一路高畅”四好农村路项目", "on_schedule", "正全面推进",
    note="The excerpt ends on this heading line (7th 实事), before its description and progress line. Only the lead's group state covers it → on_schedule; null is the alternative for a reader who does not code a cut item."),
 ],
 summary=dict(printed=["高港十项重点民生实事进展如何", "10个民生实事票决项目", "正全面推进"],
   counts={"on_schedule": 7, "done": 2},
   note="Ten 人大代表票决 民生实事; the stored part holds 7 of them (two with two sub-projects each): heading line, description, `进展情况:` line (with ①② when there are two sub-projects), then photo captions repeating the names."),
 notes=[
  "Tasks are the leaf projects: 实事 headings that cover two sub-projects (`幼儿园建设项目`, `健身惠民工程`) and the generic `学校建设项目` heading are sections; the sub-projects named in the description and the ①② progress lines are the tasks. textStartsWith is the project name as printed in its description or heading line.",
  "Lines repeating a project name right after its progress line (`柴墟幼儿园`, `胡庄中心幼儿园`, `白马中学与海军小学合署办学`, `农村生活污水治理`, `市三院改造提升工程` …) are photo captions, not tasks. The one-character lines `本 文 摘 要` and the teaser line are page chrome.",
  "Group state: the lead says all ten projects `正全面推进`; an item's own 进展情况 wins (已完工 → done; 正在…/已全面施工 → on_schedule), and items whose own line is only a stage or a figure take the group state.",
  "No units or leaders are printed. Year: not printed (only `截至10月底`, and `2020年完成主体工程建设` as a target), so year is null and the stem is `undated`; the target year suggests the item is from 2019.",
 ])

# ---------------------------------------------------------------- 茂县
DOCS['maoxian_undated_progress'] = dict(
 source="http://ttc114.com/page-902-981.html (forum/portal copy, with its header line, of a news item on the assisting province's 对口援建 of 茂县: `截至今年4月底,我省确定的两批36个援建项目中,已完全竣工17个:即…`); pages corpus, stored excerpt 900 bytes, complete",
 kind="progress", partial=False, place="四川省阿坝藏族羌族自治州茂县 (county; 阿坝州 is taken, 茂县 is not)", year=None,
 tasks=[
  T(None, "农房重建", "done", "已完全竣工", note="Whole item, 4 characters. First of the 17 listed after `已完全竣工17个:即` → done."),
  T(None, "黑虎路", "done", "已完全竣工", note="Whole item, 3 characters → done."),
  T(None, "茂县中学", "done", "已完全竣工", note="Whole item, 4 characters → done."),
  T(None, "同心幼儿园", "done", "已完全竣工", note="Whole item, 5 characters → done."),
  T(None, "东兴小学", "done", "已完全竣工", note="Whole item → done."),
  T(None, "光明小学", "done", "已完全竣工", note="Whole item → done."),
  T(None, "石大关小学", "done", "已完全竣工", note="Whole item → done."),
  T(None, "三龙小学", "done", "已完全竣工", note="Whole item → done."),
  T(None, "土门小学", "done", "已完全竣工", note="Whole item → done (a different project from 土门中心卫生院 below)."),
  T(None, "雅都小学", "done", "已完全竣工", note="Whole item → done."),
  T(None, "郝不苏", "done", "已完全竣工", note="Whole item, 3 characters, printed as a bare place name (a reconstruction project at that place) → done."),
  T(None, "南新镇", "done", "已完全竣工", note="Whole item, a bare town name (the town's reconstruction project) → done."),
  T(None, "沙坝", "done", "已完全竣工", note="Whole item, 2 characters, a bare place name → done."),
  T(None, "较场", "done", "已完全竣工", note="Whole item, 2 characters, a bare place name → done."),
  T(None, "土门中心卫生院", "done", "已完全竣工", note="Whole item, 7 characters → done."),
  T(None, "应急资金2000万元", "done", "已完全竣工",
    note="`资金援助项目2个——应急资金2000万元和1100万元项目前期经费`: the two funding items are counted in the 17 and split at `和`. `资金援助项目2个` is their group label, not a task. A funding item counted as `竣工` means it has been delivered → done."),
  T(None, "1100万元项目前期经费", "done", "已完全竣工", note="Second funding item → done."),
 ],
 summary=dict(printed=["两批36个援建项目", "已完全竣工17个", "资金援助项目2个"],
   counts={"done": 17},
   note="A short item: the province will send 13 quality supervisors; 16.94亿元 transferred since 2008-08; `三年援建任务两年基本完成`实现在望; then the 17 completed projects of 36, listed with `、`. The list has 15 names plus two funding items, which adds up to the printed 17."),
 notes=[
  "Tasks are the 17 items of the completed list, in printed order, number null, all under `已完全竣工17个` → done. The other 19 of the 36 projects are not named.",
  "`我省将向茂县首批派遣13名工程质量监督人员开展援建工作` is a measure announced by the assisting province, not one of the projects; it is not a task. The assisting province (`我省`) is not named in the stored text.",
  "Many items are short bare names (郝不苏, 南新镇, 沙坝, 较场 are place names standing for the project there); textStartsWith is the whole item as printed.",
  "No units, leaders or deadlines are printed. Year not printed (`截至今年4月底`, funds `从2008年8月以来`, `三年援建任务两年基本完成`实现在望 point to April 2010), so year is null and the stem is `undated`.",
  "The first line (`中国土特产论坛BBS| 广告热线:… | 设为首页 |`, `网址:中国特产网`) is the host site's chrome.",
 ])

# ---------------------------------------------------------------- 宝兴
DOCS['baoxing_2014_progress'] = dict(
 source="https://scf.org.cn/csjjh/n3421/n3424/n3429/u1ai214642.html (上海慈善网, 上海市慈善基金会, 2014-09-23: progress of the foundation's 6 reconstruction projects in the 芦山 earthquake area, numbered 一、…六、); pages corpus, stored excerpt 1268 bytes, complete",
 kind="progress", partial=False, place="四川省雅安市宝兴县 (county; five of the six projects; item 一 is in 雅安市雨城区)", year=2014,
 tasks=[
  T("一", "雨城区孔坪福兴敬老院", "on_schedule", "项目建设正在顺利进行中",
    note="`项目建设正在顺利进行中,预计10月主体结构封顶,力争年底交房` → on_schedule. `预计…`/`力争年底交房` are forecasts and aims, so deadline is null. This project is in 雨城区, not 宝兴."),
  T("二", "宝兴县妇幼保健院", "on_schedule", "二次结构砌体等工序已经开始实施",
    note="`8月5日主体结构封顶。二次结构砌体等工序已经开始实施` — a stage reached and the next works under way → on_schedule. null is the alternative for a reader who codes only explicit schedule words."),
  T("三", "宝兴县教师进修学校", "on_schedule", "二次结构砌体等工序已经开始实施",
    note="`7月30日主体结构封顶。二次结构砌体等工序已经开始实施,装饰装修工作也在铺排中` → on_schedule (as item 二)."),
  T("四", "宝兴县灵关镇中心幼儿园", "on_schedule", "二次结构砌体等工序已经开始实施",
    note="`8月5日主体结构封顶。…装饰装修工作也在铺排中` → on_schedule (as item 二)."),
  T("五", "宝兴县社会福利院", "on_schedule", "项目建设正在顺利进行中",
    note="`项目建设正在顺利进行中,预计11月主体结构封顶,2015年1月交房` → on_schedule; the dates are forecasts."),
  T("六", "宝兴县大溪乡罗家坝灾民安置点", "stalled", "还无法进场施工",
    note="`由于该项目受到附近国家道路和截洪沟建设的影响,目前,还无法进场施工。有关问题正在与宝兴县政府协调过程中` — work has not started, blocked → stalled (暂未开工). `宝兴县政府` is the party the problem is being coordinated with, not a unit responsible for the task."),
 ],
 summary=dict(printed=["市会援建芦山灾区的6个项目", "6个项目建设进展如下"],
   counts={"on_schedule": 5, "stalled": 1},
   note="An NGO progress note (the donor, 上海市慈善基金会, visited the sites): a lead paragraph, then one numbered line per project, `一、<project>,<state>。`. Six items against the printed count 6."),
 notes=[
  "Tasks are the six numbered projects (number as printed, `一`…`六`); textStartsWith is the project name before the first comma.",
  "No units are printed: the foundation (`市会`) is the donor of all six projects, not a unit named per task, and `宝兴县政府` (item 六) is a coordination counterpart. lead/co are empty.",
  "Stage lines (`主体结构封顶`) with follow-on works `已经开始实施` are coded on_schedule; `正在顺利进行中` → on_schedule; `还无法进场施工` → stalled.",
  "The issuer is a charity foundation reporting on projects it funds in 宝兴 (and one in 雨城区); place is the county where five of the six projects are.",
  "`(建设情况如下图所示)` refers to a photo not in the text.",
 ])

def main():
    for stem, d in DOCS.items():
        text = open(os.path.join(OUT, stem + '.txt'), encoding='utf-8').read()
        nt = norm(text)
        def need(s, what):
            if s:
                assert norm(s) in nt, (stem, what, s)
        for t in d['tasks']:
            need(t['textStartsWith'], 'tsw')
            need(t['statusText'], 'statusText')
            for u in t['lead'] + t['co']: need(u, 'unit')
            for p in t['leaders']: need(p, 'leader')
            need(t['deadline'], 'deadline')
            assert (t['status'] is None) == (t['statusText'] is None), (stem, t['textStartsWith'])
        for p in d['summary'].get('printed') or []: need(p, 'printed')
        c = collections.Counter(str(t['status']) if t['status'] else 'null' for t in d['tasks'])
        if d['summary'].get('counts'):
            assert dict(c) == d['summary']['counts'], (stem, dict(c), d['summary']['counts'])
        out = dict(source=d['source'], kind=d['kind'], partial=d['partial'], place=d['place'], year=d['year'],
                   taskCount=len(d['tasks']), tasks=d['tasks'], summary=d['summary'])
        if 'lagging' in d: out['lagging'] = d['lagging']
        out['notes'] = d['notes']
        with open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
        print(stem, len(d['tasks']), dict(c))

main()
