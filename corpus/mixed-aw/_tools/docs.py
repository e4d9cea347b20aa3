# ---------------------------------------------------------------- 雨花区 (长沙)
yh_rows = ["建安小区","铁建小区","人印小区","市歌舞剧院宿舍小区","雨花亭乡政府宿舍小区","浦沅小区11-14栋","区环卫局宿舍",
  "交警宿舍","东进小区","武警宿舍","湖南行政学院职工宿舍小区","公交小区","变压器厂宿舍","馨安苑","建丰公寓",
  "王家冲小区(20—29栋、43栋)","省歌舞剧院宿舍小区"]
DOCS['yuhuaqu_2021_progress'] = dict(
 source="http://www.yuhua.gov.cn/zwgk97/xxgkml/384213/qrjhjj14/tzgg6829/202112/t20211221_10409696.html (长沙市雨花区 government site, 区人居环境局 公示 `2021年雨花区老旧小区改造项目开工情况公示`, 发布日期 2021-12-21; cut after the number of row 18); pages corpus, stored excerpt 1818 bytes",
 kind="progress", partial=True, place="湖南省长沙市雨花区 (district; not 南京 雨花台区 雨花街道, which is `yuhua` in the corpus)", year=2021,
 tasks=[T(str(i+1), name, "on_schedule", "已开工",
          note=("Row %d: 小区名称 cell → textStartsWith (whole cell); 实施进度 `已开工` → on_schedule (work started, not finished)." % (i+1))
               + (" The 所在街道及社区 cell is where the estate lies, not a unit." if i == 0 else ""))
        for i, name in enumerate(yh_rows)],
 summary=dict(printed=["2021年雨花区城镇老旧小区改造项目开工情况", "省民生实事"],
   counts={"on_schedule": 17},
   note="A one-table 公示: columns 序号 / 所在街道及社区 / 小区名称 / 实施进度 / 备注; every stored row reads `已开工`; 备注 is `省民生实事` or empty. No totals printed."),
 notes=[
  "The store flattened the table to one cell per paragraph; empty 备注 cells show as a missing paragraph, so a row is 4 or 5 paragraphs.",
  "Tasks are the 17 complete rows. The excerpt ends with the number `18` alone, so row 18 is not counted (no name, no state).",
  "`已开工` coded on_schedule, as earlier corpus files code 已开工 (66 times on_schedule). A reader who takes 开工 itself as the target of this 公示 would code done.",
  "No units: 所在街道及社区 (e.g. 左家塘街道官塘冲社区) names the location; the publisher 区人居环境局 is not tied to rows. No leaders or deadlines.",
  "Whitespace: the page has long runs of spaces before the table title; the .txt keeps them as copied from the returned JSON string (verify ignores whitespace). The stored excerpt is 1,818 bytes, shorter than the ~2,000-byte store limit, most likely because trailing content after `18` was empty.",
 ])

# ---------------------------------------------------------------- 鲤城区 (泉州)
DOCS['licheng_2025_notice'] = dict(
 source="http://zjh-app.net/zwgk/qzbm/fgj/zdxm/xmjd/202508/t20250818_3200935.htm (spam-renamed mirror of the 鲤城区 government site, 区发改局 重点项目 项目进度 column, path date 2025-08-18; the mirror replaced the place name 鲤城 by `炸金花app`; cut inside item ②); pages corpus, stored excerpt 2000 bytes",
 kind="notice", partial=True, place="福建省泉州市鲤城区 (district; inferred from 浮桥/金龙/开元/鲤中/海滨 街道, 江南城建集团 and 泉州五中江南校区; the mirror masks the name)", year=2025,
 tasks=[
  T(None, "鲤悦小区", "on_schedule", "本月新开工项目1个",
    note="Section 3 (新开工项目): `本月新开工项目1个,即鲤悦小区` → on_schedule (started this month). Whole name, 4 characters."),
  T(None, "中通正和医药生产项目", "done", "本月建成项目1个",
    note="Section 4 (竣工项目): `本月建成项目1个,即中通正和医药生产项目` → done."),
  T(None, "西隅中心小学坂头校区北侧商住用地", "done", "累计完成报批",
    note="Section 5 (用地报批项目): named among the `累计完成报批…等9个项目` → done for the 报批 step."),
  T(None, "泉州五中江南校区", "done", "累计完成报批", note="Second of the three named 已报批 projects → done. Whole name, 8 characters."),
  T(None, "中环城贯通工程(炸金花app段)", "done", "累计完成报批",
    note="Third named 已报批 project. `炸金花app` is the mirror's replacement of `鲤城`; kept as stored."),
  T("1", "IDG周边配套市政道路工程项目", None, None,
    note="Printed `①`. Listed after `其中:` as an item with a problem: `选址红线涉及文保,正在申请调规`. No verdict word; `正在申请` is a step under way on a blocked project, so neither on_schedule nor lagging is stated → null (at_risk is the reading of a reader who takes the 文保 conflict as a risk)."),
  T("2", "新建新步", None, None,
    note="Printed `②`; the excerpt stops after `新建新步` (the name is cut), so no state → null. Whole stored text, 4 characters."),
 ],
 summary=dict(printed=["82个在建重点项目完成投资65.78亿元", "新开工项目12个", "建成或部分建成项目6个", "用地报批项目9个",
                       "本月新增策划项目13个"],
   counts={"done": 4, "on_schedule": 1, "null": 2},
   note="A monthly 通报 of the district's key projects to units (高新区管委会, 街道, 区直有关单位…). Sections 1–5 are categories with counts and percentages; only sections 3–5 name projects."),
 notes=[
  "Tasks are the named projects that get a state (sections 3, 4, 5) and the two ①② items under section 5. The numbered sections 1.–5. are categories (区级重点项目, 策划生成, 新开工, 竣工, 用地报批), not tasks; the named projects inside them take number null.",
  "Section 1 gives investment shares by sector (交通, 农林水利…) — sector statistics, not tasks.",
  "Section 2 lists units with numbers of newly proposed projects (`区城管局2个、教育局1个,浮桥街道1个…`). These are counts per unit, not tasks, and no unit is tied to a named project, so no task has a lead.",
  "The addressee line (`高新区管委会,各街道党工委和办事处,区直有关单位…`) is the distribution list, not task units.",
  "Year 2025 from `截至2025年7月底`. No leaders or deadlines.",
 ])

# ---------------------------------------------------------------- 蚌埠
DOCS['bengbu_2021_progress'] = dict(
 source="https://gongtong1688.com/www/public/21981/49037171 (copy of the 蚌埠市住建局 public-information page `2021年市住建局年度重大建设项目施工进度情况(上半年)`, 填报 2021-06-18; rows 1, 2, 4, 5, 9 lost as empty cells; cut inside row 10); pages corpus, stored excerpt 2000 bytes",
 kind="progress", partial=True, place="安徽省蚌埠市 (prefecture-level city; 怀远 is a different, county-level place)", year=2021,
 tasks=[
  T("3", "持续推进海绵城市建设", None, None, lead=["城建科"],
    note="Progress cell: `累计完成3平方公里…5月13日参加省住建厅组织的评审,结果尚未公布` — facts, no verdict → null."),
  T("6", "加快城镇污水处理提质增效", None, None, lead=["城建科"],
    note="Cell: tenders done in March, `设计施工一体化招标…6月16日开标` — procurement stage, no verdict → null (on_schedule is a generous reading)."),
  T("7", "蚌埠市再生水回用工程", "on_schedule", "正在对滤池实施改造", lead=["节水中心"],
    note="Cell lists works under way at two plants (`正在对滤池实施改造`, `正在进行土方开挖`, `正在土建施工`) → on_schedule."),
  T("8", "循环经济产业园-蚌埠市飞灰固化物填埋场项目", None, None, lead=["环卫处"],
    note="Cell: `可行性研究报告已编制完成,正在申报…专家评审;…环境影响报告书编制完成48%` — a project still in its preparations with no verdict → null (stalled would need words like 未开工)."),
  T("10", "新建城市绿道30公里、街头绿地(游园)17个", None, None, lead=["市政园林科"],
    note="Cell: `督促各县区按照计划抓紧推进各项目实施,截至目前已完成…` with lists of finished sub-projects; the excerpt is cut inside it. `按照计划抓紧推进` is what the 科 urges the counties to do, not a state → null; on_schedule is the alternative."),
 ],
 summary=dict(printed=["2021年市住建局年度重大建设项目施工进度情况(上半年)", "填报单位(盖章):市住建局"],
   counts={"on_schedule": 1, "null": 4},
   note="A pipe table: 序号 | 项目内容 | 服务对象 | 牵头科室 | 完成时限及项目推进完成情况. The store lost rows 1, 2, 4, 5 and 9 (they show as `|` and `||||` lines). No totals."),
 notes=[
  "Tasks are the stored numbered rows 3, 6, 7, 8, 10; number as printed.",
  "牵头科室 column → lead (one unit per row: 城建科, 节水中心, 环卫处, 市政园林科). 服务对象 (`全市市民群众`) is the beneficiary, not a unit. The filer 市住建局 is not tied to rows.",
  "The table has no status column; only row 7 carries words that state work under way. Facts and percentages alone are not coded.",
  "The column header reads `完成时限及项目推进完成情况`, but no stored cell gives a 完成时限, so deadline is null throughout.",
 ])

# ---------------------------------------------------------------- 三台
DOCS['santai_undated_progress_trad'] = dict(
 source="http://lakalal8.com/news/content/1237072.html (traditional-character mirror with pinyin glosses of a 中国混凝土与水泥制品网 item `四川:三台县农村公路建设实现开门红`; no date printed); pages corpus, stored excerpt 1055 bytes, complete",
 kind="progress", partial=False, place="四川省绵阳市三台县 (county)", year=None,
 tasks=[
  T(None, "省道成(都)南(江)路72.8公里", "on_schedule", "正在有序推進(jìn)",
    note="First of the four 災後重建工程 components listed before the group state `正在有序推進(jìn)`. The heading word `災(zāi)后重建工程` precedes the name and is left out of textStartsWith."),
  T(None, "縣城凱江橋至中江縣回龍鎮(zhèn)交界處34公里", "on_schedule", "正在有序推進(jìn)",
    note="Second component; 中江縣 is where the road ends, not a unit. Group state → on_schedule."),
  T(None, "高堰鄉(xiāng)至永新鎮(zhèn)13公里", "on_schedule", "正在有序推進(jìn)", note="Third component; group state → on_schedule."),
  T(None, "安保工程10公里", "on_schedule", "正在有序推進(jìn)",
    note="Fourth component; the group state follows it directly. Whole item, 7 characters."),
  T(None, "通村公路完成外業(yè)勘測(cè)150公里", "on_schedule", "已開(kāi)工建設(shè)65公里",
    note="`通村公路完成外業勘測150公里,已開工建設65公里,占民生工程任務210公里的30%` → on_schedule (under construction, 30% of the target). The next sentence (`正在…籌措資金,爭取早日開工建設`) is about the 鎮鄉 in general."),
 ],
 summary=dict(printed=["共計(jì)開(kāi)工建設(shè)160.52公里", "已完成路面工程15.7公里"],
   counts={"on_schedule": 5},
   note="One short news paragraph: a total, the 路面工程 figure, the four 災後重建 roads with one group state, then 通村公路 with its own figures."),
 notes=[
  "Traditional-character mirror with pinyin glosses inside words (`建設(shè)`, `推進(jìn)`); every annotated string keeps the glosses as stored.",
  "`已完成路面工程15.7公里,占民生工程任務(wù)28公里的56%` is a figure for the whole 民生工程 road-surface task without a named project; not counted as a task (a reader who counts it would code it null or on_schedule).",
  "Year: none printed. The 災後重建 (2008 earthquake) roads and the 民生工程 wording suggest 2009–2010; stem `undated`.",
  "No units, leaders or deadlines; `力爭按合同工期完工` is an aim, not a deadline.",
 ])

# ---------------------------------------------------------------- 景德镇
DOCS['jingdezhen_undated_report'] = dict(
 source="https://news.jcgcw.com/engineering/362.html (news item on the 市水务系统's year; no date or city printed); pages corpus, stored excerpt 1368 bytes, complete",
 kind="report", partial=False, place="江西省景德镇市 (prefecture-level city; inferred from 浯溪口水利枢纽 and the 直升机总装园, both in 景德镇; the text says only `市`)", year=None,
 tasks=[
  T(None, "市城防工程西瓜洲、中渡口堤段", "done", "提前完成",
    note="In `一是重点水利工程建设快速推进。`: `提前完成了市城防工程西瓜洲、中渡口堤段建设任务` → done (提前完成). One task for the two 堤段 named together."),
  T(None, "浯溪口水利枢纽主体工程土建标段招标", "on_schedule", "招标已启动",
    note="`浯溪口水利枢纽主体工程土建标段招标已启动`, with the 世行 loan appraised and the design estimate reviewed → on_schedule (preparations moving). A reader who waits for construction would code null."),
  T(None, "129座重点小(二)型病险水库除险加固工程", "on_schedule", "开工建设",
    note="In `二是民生水利工程建设成效显著。`: `129座…除险加固工程开工建设` → on_schedule."),
  T(None, "49座小型病险水库除险加固任务", "done", "完成49座小型病险水库除险加固任务",
    note="`完成49座小型病险水库除险加固任务` → done; textStartsWith starts after the verb `完成`."),
  T(None, "小农水重点县建设", "on_schedule", "全面推进",
    note="`全面推进小农水重点县建设` → on_schedule (推进). The figures that follow (灌溉面积, 水毁工程, 河道) are sector statistics, not tasks."),
  T("三", "积极做好直升机总装园防洪排涝工程吕蒙段可研报告报批工作", "on_schedule", "已通过省发改委、省水利厅审查",
    note="`三是…报批工作。该项目可研报告已通过省发改委、省水利厅审查` → on_schedule: the provincial review is passed but 报批 is not said to be finished; done is the alternative."),
 ],
 summary=dict(printed=["争取上级水利项目资金达4.51亿元"], counts={"done": 2, "on_schedule": 4},
   note="A year report in three `一是/二是/三是` paragraphs; 一 and 二 are headings with several projects each, 三 is one task."),
 notes=[
  "Tasks are the named projects and works with a stage. The `一是`/`二是` sentences are section headings (`重点水利工程建设快速推进`, `民生水利工程建设成效显著`) that group several projects, so their projects take number null; `三是` is a single task and keeps number 三.",
  "kind report: a progress report by the city's 水务系统, not a 督查 notice.",
  "Place inferred (see place). Year: none printed (`今年以来`); 浯溪口 tendering and the World Bank appraisal point to about 2011–2012; stem `undated`.",
  "No units, leaders or deadlines printed.",
 ])
