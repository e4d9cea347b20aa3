import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def T(number, tsw, status, st, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- changde
DOCS["changde_2015_progress"] = dict(
 source="https://fgw.changde.gov.cn/zhdt/gzdt/content_142368 (常德市发展和改革委员会 site, 综合动态 > 工作动态, 发布时间 2015-05-14, 信息来源: 市发改委: `【本市】我市40个重大项目六成开工在建`, a news item relayed from the 市项目办); pages corpus, stored excerpt 1996 bytes, cut mid-sentence",
 kind="progress", partial=True, place="湖南省常德市 (prefecture-level city)", year=2015,
 tasks=[
  T(None, "石长铁路复线建设", None, None,
    note="First of the 十大基础设施项目. Only an investment figure (`已完成投资1.22亿元,占年计划的24.4%`), no stage or verdict → null (same rule as earlier batches: investment-only items get no status). The share of plan is not compared with a schedule by the document."),
  T(None, "城区改线工程", None, None,
    note="`城区改线工程已完成投资1.3亿元,占年计划的32.4%`: a separately named project (it follows the 石长铁路 clause after a comma, probably the 石长铁路 城区改线, but printed as its own item with its own figure). Investment only → null. Whole name, 6 characters."),
  T(None, "黔张常铁路建设工程", None, None,
    note="`已完成投资1787万元` only → null."),
  T(None, "桃花源机场和机场快速路", None, None,
    note="One item: the airport and its expressway share one investment figure (`已完成投资1.02亿元,占年计划的46.4%`), so they are not split. Investment only → null."),
  T(None, "沅澧快速干线", "stalled", "正进行拆迁",
    note="`沅澧快速干线目前一号大道临澧和鼎城段正进行拆迁`: relocation/land clearance under way, construction not reported → still in preparation → stalled (the earlier batches coded 征地拆迁 stages as stalled). on_schedule is defensible if clearance is read as the first works stage. 临澧, 鼎城 are the sections' places, not units. Whole name, 6 characters."),
  T(None, "安慈高速建设", "stalled", "正进行土地报批等前期工作",
    note="`目前正进行土地报批等前期工作`: explicitly 前期 → stalled. Whole name, 6 characters."),
  T(None, "新型材料项目", "stalled", "争取尽快签约落地",
    note="First of the 十大产业项目: `正进行土地平整,争取尽快签约落地` — the investment agreement is not even signed → not started → stalled. Whole name, 6 characters."),
  T(None, "汉能光伏一期", None, None,
    note="`已完成投资2.69亿元,占年计划的26.9%` only → null. Whole name, 6 characters."),
  T(None, "华电常德电厂一期", None, None,
    note="`已完成投资3.2亿元,占年计划的13.9%` only → null. The low share is not called slow by the document."),
  T(None, "常德卷烟厂“十二五”易地技改项目", "on_schedule", "正进行土地平整",
    note="`正进行土地平整`: site levelling under way → on_schedule (site work begun; status-bh coded 湟中's 三通一平 the same way). Unlike 新型材料项目 no unsigned agreement is mentioned. stalled is the alternative (levelling as pre-construction). Curly quotes around 十二五 kept as printed."),
  T(None, "西洞庭生物科技园建设项目", "on_schedule", "进展有序",
    note="`西洞庭生物科技园建设项目崎丰生物三期、生物科技产业园等工程进展有序` → on_schedule. 崎丰生物三期 and 生物科技产业园 are component works of this one 十大产业 project, so they are not separate tasks."),
  T(None, "常德万达广场建设", "on_schedule", "正进行主体工程建设",
    note="First of the 十大城建项目: investment figure plus `目前正进行主体工程建设` → under construction → on_schedule."),
  T(None, "穿紫河风光带建设", "on_schedule", "已开工建设",
    note="`柏子园等泵站改造已完成,大、小河街,东段水系整治等已开工建设`: one component done, others started → on_schedule for the project as a whole. The components (柏子园泵站, 大、小河街, 东段水系整治) are parts of this project, not tasks."),
  T(None, "洞庭大道东延线", None, None,
    note="`今年已完成投资1.77亿元` only → null. Whole name, 7 characters."),
  T(None, "柳叶大道西延线建设", "on_schedule", "正进行综合管网、桥梁墩身施工",
    note="Works under way → on_schedule."),
  T(None, "白鹤大道建设", None, None,
    note="`已完成投资2559万元` only → null. Whole name, 6 characters."),
  T(None, "华侨城常德欢乐水世界建设", "on_schedule", "目前水公园主体工程已完成95%",
    note="Investment 42% of plan and main structure 95% done: under way, not finished → on_schedule."),
  T(None, "柳叶湖环湖景观大道", "on_schedule", "正进行环湖路及景观建设",
    note="Works under way → on_schedule."),
  T(None, "武陵阁步行城商圈美化项目", None, None,
    note="`已完成投资1亿元,占年计划的31%` only → null."),
  T(None, "常德智慧谷建设", None, None,
    note="The excerpt is cut right after `常德智慧谷建设“两师”、“两校”、常德财经职业技术学院已完成`; what was completed (investment? a stage?) is lost → null. The three component schools are parts of this project, not tasks."),
 ],
 summary={"scopes": [{"scope": "常德市2015年40个重大建设项目", "total": 40,
   "by_status": {"in_construction": 25, "preliminary": 7, "planning": 8},
   "printed": ["我市明确的40个重大建设项目中", "目前已有25个项目在建", "7个项目正处于前期工作阶段", "8个项目正在积极策划之中"],
   "note": "25 + 7 + 8 = 40 reconciles. The three groups (十大基础设施项目, 十大产业项目, 十大城建项目) are printed as 十大 each; the excerpt names 6, 5 and 9 items before the cut (the fourth 十 group is beyond the cut)."}],
  "counts_in_tasks": {"on_schedule": 7, "stalled": 3, "null": 10}},
 notes=[
  "A 市发改委 site news item (relayed from the 市项目办) giving one clause per named project, grouped under 十大基础设施项目 / 十大产业项目 / 十大城建项目. Tasks are the 20 named projects (number null), split at `;` and at `,` where a new project name starts.",
  "Ten projects have only an investment figure (sometimes with a share of annual plan) and no stage or verdict → status null, as in earlier batches (景泰 2017). A reader comparing shares with the date (mid-May ≈ 37% of the year) might call some low; the document does not, so no status is invented.",
  "Stage words coded: 正进行主体工程建设 / 正进行…施工 / 正进行…建设 / 已开工建设 / 主体工程已完成95% / 进展有序 → on_schedule; 正进行土地报批等前期工作 / 正进行拆迁 / 争取尽快签约落地 → stalled (still in 前期; the brief's rule). 正进行土地平整 alone → on_schedule (judgement, see its note).",
  "Project names are taken as printed, including a trailing 建设 where the clause reads `<name>建设已完成投资…` (石长铁路复线建设, 常德万达广场建设 …), because that is the verbatim start of the item.",
  "No units or leaders are printed per project; 市项目办 and 市发改委 are the source/issuer. 临澧, 鼎城 (sections of 沅澧快速干线) are places.",
  "Whitespace runs in the header (`17:01    信息来源`, `  •   昨日`, the 6-space paragraph indents) are copied as displayed by the search tool; no annotated string depends on them.",
 ])

# ---------------------------------------------------------------- longquan
LQ_A = "等已通过可行性研究报告批复"
DOCS["longquan_2011_progress"] = dict(
 source="http://dmasean.com/index.php/news/info/1148.html (a spam-titled mirror page, header `beat·365(中国)-唯一官方网站`, carrying the item `龙泉市建设局今年将投入1.4亿元完善城区道路网`, `(来源:龙泉市建设局)`); pages corpus, stored excerpt 1076 bytes (complete)",
 kind="progress", partial=False, place="浙江省丽水市龙泉市 (county-level city)", year=2011,
 tasks=[
  T(None, "龙翔路(三期)市政工程", "stalled", "已通过可行性研究报告批复",
    note="First of six road projects sharing `…道路景观工程等已通过可行性研究报告批复`: feasibility study approved, no construction → still in 前期 → stalled (brief's rule; also FORMAT's 暂未开工). The document does not say the project is late (it is an early-year plan item), so null is the alternative. ASCII parentheses kept as stored."),
  T(None, "华楼街(后沙路至江滨北路段)市政工程", "stalled", "已通过可行性研究报告批复",
    note="Second of the six; same status. The parenthesis names the section; 后沙路/江滨北路 are roads, not units."),
  T(None, "东茶路(贤良路至华楼街段)市政工程", "stalled", "已通过可行性研究报告批复",
    note="Third of the six; same status."),
  T(None, "贤良路(东茶路至江滨北路段)市政工程", "stalled", "已通过可行性研究报告批复",
    note="Fourth of the six; same status. Its text also starts the section name of the previous item (`东茶路(贤良路…`), but as a task it starts after the 、."),
  T(None, "变河路(华楼街至江滨北路段)市政工程", "stalled", "已通过可行性研究报告批复",
    note="Fifth of the six; same status."),
  T(None, "江滨北路(环城东路至中山东路段)道路景观工程", "stalled", "已通过可行性研究报告批复",
    note="Sixth; the `等` after it closes the list (it adds no named task)."),
  T(None, "大水槽路市政工程", "stalled", "已完成施工招投标",
    note="`大水槽路市政工程、广济街(…)市政工程已完成施工招投标`: construction tendering done, works not reported started → stalled (judgement; on_schedule would be the reading 'about to start'). Whole name, 8 characters."),
  T(None, "广济街(龙泰路至松溪弄路段)市政工程", "stalled", "已完成施工招投标",
    note="Second of the pair; same status."),
  T(None, "环城西路改造工程", "stalled", "正在进行前期准备工作",
    note="`环城西路改造工程、留槎洲大桥北端西侧通道、圣塔桥重建工程正在进行前期准备工作` → explicitly 前期 → stalled. Whole name, 8 characters."),
  T(None, "留槎洲大桥北端西侧通道", "stalled", "正在进行前期准备工作",
    note="Second of the three; same status."),
  T(None, "圣塔桥重建工程", "stalled", "正在进行前期准备工作",
    note="Third of the three; the one bridge of the headline's `10条新建道路以及1条桥梁`. Whole name, 7 characters."),
 ],
 summary={"scopes": [{"scope": "龙泉市建设局2011年城区道路网建设", "total": 11,
   "by_status": {"stalled": 11},
   "printed": ["启动城区10条新建道路以及1条桥梁建设", "等已通过可行性研究报告批复", "已完成施工招投标", "正在进行前期准备工作"],
   "note": "10 roads + 1 bridge = 11 = the named items (6 + 2 + 3). All 11 are at a pre-construction stage, so all are stalled under the brief's 前期 rule; see notes for the alternative."}]},
 notes=[
  "One sentence lists 11 named road/bridge projects in three 、-lists, each list closed by a shared stage phrase (可研批复 / 施工招投标 / 前期准备工作). Tasks are the 11 names (number null), split at 、; the parentheses give the section of each road.",
  "Status judgement: every item is before construction. I coded all stalled (FORMAT: 暂未开工; brief: still in preparations), following earlier batches (景泰: 完成征地拆迁及招投标 → stalled). Because this is an early-year item (`今年将投入`) and the document claims no delay, a grader could reasonably prefer null for all 11; the three stage groups are kept distinct in statusText so either policy can be checked.",
  "No units per project: 龙泉市建设局 is the source and implementer of the whole programme, not a per-task unit (same treatment as earlier batches for issuing bureaux).",
  "Page chrome kept as stored: the spam header line `beat·365(中国)-唯一官方网站` and the trailing `Baidu` / `sogou` lines. The closing paragraph (`五纵五横` network, `一环八纵八横` by 2015) is a goal, not a task.",
 ])

# ---------------------------------------------------------------- pingnan
DOCS["pingnan_2014_progress"] = dict(
 source="https://www.yybnet.net/guigang/pingnan/201404/1775940.html (悠悠网 贵港/平南 channel, `本报讯` item by 记者高瞻 通讯员黄雄清; URL date 2014-04, text `截至3月上旬`); pages corpus, stored excerpt 912 bytes (complete)",
 kind="progress", partial=False, place="广西壮族自治区贵港市平南县 (county)", year=2014,
 tasks=[
  T(None, "平塘至官垌", "on_schedule", "按计划推进",
    note="First of `该局跨年度项目平塘至官垌、思和至北胜、上渡至武林3个项目按计划推进` → on_schedule. Road names only (whole name, 5 characters)."),
  T(None, "思和至北胜", "on_schedule", "按计划推进", note="Second of the 3 carry-over projects; same status."),
  T(None, "上渡至武林", "on_schedule", "按计划推进", note="Third; the printed count 3 matches the three names."),
  T(None, "丹竹至东华3.5公里", "stalled", "基本完成测设工作",
    note="First of `丹竹至东华3.5公里、坡头至沙冲3.9公里、拥平至下良3.6公里、旺仲至旺冲村委等4个项目基本完成测设工作,计划5月开工建设`: survey/design nearly done, start planned for May → not started → stalled (brief's 前期 rule; null is the alternative since a May start is not late in early March). `计划5月开工建设` is a planned start, not a completion deadline, so deadline is null. The length is part of the printed name and kept."),
  T(None, "坡头至沙冲3.9公里", "stalled", "基本完成测设工作", note="Second of the 4; same status."),
  T(None, "拥平至下良3.6公里", "stalled", "基本完成测设工作", note="Third of the 4; same status."),
  T(None, "旺仲至旺冲村委", "stalled", "基本完成测设工作", note="Fourth; `等4个项目` matches the four names. Whole name, 7 characters."),
  T(None, "平安至蒋村", "stalled", "正在进行测量设计",
    note="`平安至蒋村等14个项目…正在进行测量设计` → survey and design under way → stalled (前期). Only this one of the 14 is named; the other 13 give no task."),
  T(None, "古和至平山公路山舟桥", "stalled", "正在进行测量设计",
    note="`古和至平山公路山舟桥2个桥梁项目正在进行测量设计`: the text says 2 bridge projects but prints one name string; read as one task (the 山舟桥 on the 古和至平山 road). Splitting into `古和至平山公路` and `山舟桥` is the alternative if a 、 was lost. Status as above → stalled."),
 ],
 summary={"scopes": [{"scope": "平南县交通运输局 2014 transport projects", "total": None,
   "by_status": {"on_schedule": 3, "stalled": 6},
   "printed": ["今年10个重点项目", "3个项目按计划推进", "等4个项目基本完成测设工作", "等14个项目", "2个桥梁项目正在进行测量设计"],
   "note": "The lead sentence speaks of 10个重点项目, but the progress sentence lists 3 + 4 + 14 + 2 = 23 projects; the document does not reconcile the two, so no total is asserted. 9 projects are named."}]},
 notes=[
  "A newspaper item (贵港 local paper via yybnet) on the county transport bureau: one lead paragraph on how the 10 key projects are assigned inside the bureau, then one sentence with four status groups, each a 、-list closed by `N个项目` and a stage phrase.",
  "Tasks are the 9 named road/bridge projects (number null). `等N个项目` counts add no named tasks.",
  "No units: 平南县交通运输局 is the implementing bureau for all projects and the subject of the item; the internal assignment to `局班子各成员、局股室以及下属单位领导` names no unit per project. Reporters (高瞻, 黄雄清) are not leaders.",
  "`按计划推进` → on_schedule; `基本完成测设工作,计划5月开工建设` and `正在进行测量设计` → stalled under the brief's rule for projects still in preparation (judgement; null is the alternative because the item does not call them late).",
  "Page chrome after the body (`新闻推荐`, `...`, the 平南新闻 slogan) is not part of the document's content and gives no task.",
 ])

# ---------------------------------------------------------------- jiangyan
DOCS["jiangyan_undated_progress"] = dict(
 source="http://106.14.199.10/forum.php?goto=lastpost&mod=redirect&tid=99961 (a Discuz forum post, no title or date in the stored text; the body is a transport-works progress list for 姜堰, with the forum's anti-copy noise strings interleaved); pages corpus, stored excerpt 782 bytes (complete)",
 kind="progress", partial=False, place="江苏省泰州市姜堰 (inferred: 溱潼镇, 海姜大道, `姜堰海陵界`)", year=None,
 tasks=[
  T(None, "溱潼镇鹊仙南路工程", "on_schedule", "已完成土方填筑", deadline="9月底",
    note="`溱潼镇鹊仙南路工程,已完成土方填筑,确保9月底完成主体工程建设`: earthworks done, works continuing → on_schedule. Deadline `9月底` from `确保9月底完成主体工程建设` (the committed date for the main works). 溱潼镇 is part of the project name as printed (the town where the road is), not a unit."),
  T(None, "县道大中修工程", "on_schedule", "已完成建设任务的65%", deadline="10月底",
    note="The line starts with forum noise (`\" x& q0 d9 v, J( `( \\, H. {\" v`); the task text begins at 县道. 65% done → on_schedule; `确保10月底建成通车` → deadline `10月底`. The noise `6 k* `) b, R5 t\" N` after the ; is not part of the task. Whole name, 7 characters."),
  T(None, "海姜大道(正太大桥—姜堰海陵界)路面改造工程", "stalled", "已进入施工招投标程序", deadline="12月底",
    note="Construction tendering under way, works not started → stalled (前期; on_schedule/null are the alternatives since the document gives a December target and no delay). `12月底完成快车道主体工程建设` → deadline `12月底`. ASCII parentheses and the em dash kept as stored."),
  T(None, "公交候车亭建设工程", "on_schedule", "已完成328国道、姜高公路沿线土建施工的80%", deadline="11月底",
    note="Line starts with forum noise ending `i% l`; the task text begins at 公交. 80% of civil works along two roads → on_schedule. `确保11月底完成全部建设任务` → deadline `11月底`. The 、 inside the status text joins two roads, not two tasks."),
  T(None, "51辆新能源公交车购置", "stalled", "即将进入招投标程序", deadline="12月底",
    note="Line starts with noise `5 |( J' m, K3 E! v`; the task text begins at 51辆 (the noise segment ends in `v`, like the other noise runs). Market survey and tender preparation done, tender not yet opened → not started → stalled (前期; judgement as above). `确保12月底正式投入运行` → deadline `12月底`."),
 ],
 summary={"scopes": [{"scope": "姜堰 transport works (forum post)", "total": 5,
   "by_status": {"on_schedule": 3, "stalled": 2}, "printed": [],
   "note": "No counts or totals printed; 5 = the named items."}]},
 notes=[
  "Each line is one work item: `<name>,<stage>,确保<date>完成/建成/投入…;`. Tasks are the 5 items (number null). This is the only file in this batch with a deadline per item: the `确保X月底…` (and for 海姜大道 the bare `12月底完成…`) dates are recorded as printed (`9月底`, `10月底`, `12月底`, `11月底`, `12月底`).",
  "Damage kept as found: Discuz anti-copy noise strings (`\" x& q0 d9 v, …`, `& b/ ]2 g$ M\" …`, three pure-noise lines at the end, stray `|` lines). A parser must not treat the noise as task text or numbering (`5 |(` and `3 ^8` look like numbers but are noise).",
  "Place is inferred, not printed as an issuer: 溱潼镇 is a town of 姜堰, 海姜大道 runs to the `姜堰海陵界` (boundary of 姜堰 and 海陵区), `姜高公路` starts in 姜堰. 泰州市 itself (stem taizhou) is used elsewhere; 姜堰 is treated as its own place, as earlier batches did for districts. Year unknown (no date in the stored text) → `undated`, year null.",
  "No units or leaders printed (the implementing bureau is not named).",
  "`已进入施工招投标程序` and `即将进入招投标程序` → stalled under the brief's 前期 rule; the other three show works under way → on_schedule.",
 ])

# ---------------------------------------------------------------- hejiang (traditional, with pinyin glosses)
DOCS["hejiang_undated_progress_trad"] = dict(
 source="http://rcjobhotel.cn/Info/Info_Info.aspx?InfoID=-108380 (a traditional-character mirror page with pinyin glosses after some characters, e.g. `鎮(zhèn)`; no title, no date; ends with the mirror's `★免責(zé)聲明` line, cut); pages corpus, stored excerpt 1655 bytes",
 kind="progress", partial=False, place="四川省泸州市合江县 (inferred: 福寶古鎮, 堯壩, 法王寺, 玉蘭山, 自懷 are all in 合江)", year=None,
 tasks=[
  T(None, "三宮八廟修繕項目", "done", "全面結(jié)束",
    note="Component 1 of `一是福寶古鎮(zhèn)項目:包括三宮八廟建設(shè)、基礎(chǔ)設(shè)施建設(shè)和防洪堤建設(shè)三大部分`. `三宮八廟修繕項目全面結(jié)束,完成投資400萬元` → finished → done. The parent 福寶古鎮項目 only groups its three parts, so it is a section (一), not a task; the parts carry the statuses. Text is verbatim traditional; this name has no gloss."),
  T(None, "水、電、管網(wǎng)等基礎(chǔ)設(shè)施建設(shè)工作", "on_schedule", "第三期工程已上網(wǎng)招標(biāo)",
    note="Component 2: phases 1–2 built (`第一、二期建設(shè)工程完成投資500萬元`), phase 3 out to tender → the component is under way → on_schedule. The pinyin glosses (`網(wǎng)`, `礎(chǔ)`, `設(shè)`) are part of the stored text and kept in textStartsWith and statusText. The 、 in `水、電、管網` lists utilities of one item, not tasks."),
  T(None, "防洪堤建設(shè)項目", "stalled", "正在爭取省上批復(fù)",
    note="Component 3: `已完成初步設(shè)計(jì)等前期工作,正在爭取省上批復(fù)` → awaiting provincial approval, not started → stalled."),
  T(None, "白鹿古鎮(zhèn)至玉蘭山景區(qū)“白加黑”旅游公路建設(shè)項目", "stalled", "正在設(shè)計(jì)施工圖",
    note="Under `二是通道建設(shè)`: `正在設(shè)計(jì)施工圖,擬于8月開工建設(shè)` → design stage, start planned for August → stalled (前期). `擬于8月開工` is a planned start, not a completion deadline → deadline null."),
  T(None, "“四七”旅游環(huán)線公路建設(shè)項目", "stalled", "正在爭取省上批復(fù)",
    note="`已完成《可研》等前期工作,正在爭取省上批復(fù)` → awaiting approval → stalled. textStartsWith begins with the curly quote as printed."),
  T(None, "江津中山至自懷段12公里路基加寬改造建設(shè)工程", "on_schedule", "正在緊張施工",
    note="`正在緊張施工,預(yù)計(jì)8月底完工` → under construction → on_schedule. `預計8月底完工` is an expected completion, printed as a forecast rather than a required deadline; deadline left null (a grader who takes forecasts as deadlines would use `8月底`). 江津中山 is the neighbouring 重庆 town where the road starts; 自懷 is in 合江."),
  T(None, "堯壩仿古步行街建設(shè)", "on_schedule", "建設(shè)力度加大",
    note="`堯壩仿古步行街建設(shè)力度加大,今年可望完成20000平米建設(shè)任務(wù)` → work being stepped up, expected to meet the year's target → on_schedule (no stage word; null is the alternative). Whole name as printed ends with the glossed 建設(shè)."),
  T(None, "旅游客運(yùn)站", "on_schedule", "主體工程已完工,正在裝修",
    note="Under `三是旅游配套設(shè)施項目`: main structure finished, fit-out under way → on_schedule (a finished stage, not the project). Whole name, 5 characters + gloss."),
  T(None, "縣城四星級賓館建設(shè)項目", "on_schedule", "正快速啟動(dòng)",
    note="`正快速啟動(dòng),計(jì)劃12月前完成投資2000萬元` → being launched → on_schedule (judgement: 啟動 = started; stalled would be the reading 'not yet built'). `12月前` is an investment target, not a deadline for the project → deadline null."),
  T(None, "鼓樓山景區(qū)項目", "on_schedule", "啟動(dòng)鼓樓山景區(qū)項目",
    note="Under `四是景點打造`: `啟動(dòng)鼓樓山景區(qū)項目,新建接待設(shè)施2家` → launched, two reception facilities built → on_schedule. The project name follows the verb 啟動; textStartsWith is the name itself."),
  T(None, "法王寺村民聚居點建設(shè)項目", "stalled", "正在進(jìn)行施工圖設(shè)計(jì)",
    note="`全面啟動(dòng),完成規(guī)劃和選址,正在進(jìn)行施工圖設(shè)計(jì),擬于7月動(dòng)工建設(shè)` → design stage, construction to start in July → stalled (前期). 全面啟動 refers to the project process, not construction."),
  T(None, "玉蘭山琴蛙湖移壩擴(kuò)容項目", "stalled", "完成玉蘭山琴蛙湖移壩擴(kuò)容項目地形測繪",
    note="`完成玉蘭山琴蛙湖移壩擴(kuò)容項目地形測繪`: only the topographic survey is done → stalled (前期). The item is named inside its own status clause; statusText keeps the whole clause."),
 ],
 summary={"scopes": [{"scope": "合江县 tourism projects (一是…四是)", "total": None,
   "by_status": {"done": 1, "on_schedule": 6, "stalled": 5}, "printed": [],
   "note": "No counts printed; 12 named items across four `X是` sections."}]},
 notes=[
  "Structure: four paragraphs `一是…:`, `二是…:`, `三是…:`, `四是…:`. Section 一 is one project (福寶古鎮) with three named components; sections 二–四 are headings (通道建設, 旅游配套設施項目, 景點打造) over several projects separated by `;` or `。`. Tasks are the 12 named projects/components; the `X是` numbers belong to sections, so every task has number null.",
  "Text damage kept as found: traditional characters from a mirror, with a pinyin gloss after 18 particular characters (設(shè), 計(jì), 網(wǎng), 鎮(zhèn), 區(qū), 動(dòng), 進(jìn) …) at every occurrence, while most characters (項, 建, 工, 程 …) carry none. Every annotated string includes the glosses exactly as stored. A normaliser has to strip `(pinyin)` runs that follow a CJK character; the ASCII parentheses are the same ones the document would use for real asides.",
  "Place inferred from the names (福寶古鎮, 堯壩, 法王寺, 玉蘭山, 自懷 — all 合江县, 泸州); the county is not printed. Year unknown → undated. Earlier batches (mixed-aj, mixed-ao) skipped this page for those two reasons; I used it because the place is unambiguous from five landmarks and the page is rich in stage words.",
  "No units or leaders printed.",
  "Stage words: 全面結束 → done; 正在緊張施工 / 主體工程已完工,正在裝修 / 第三期工程已上網招標 (after phases 1–2) / 力度加大 / 快速啟動 / 啟動…新建接待設施 → on_schedule; 正在爭取省上批復 / 正在設計施工圖 / 正在進行施工圖設計 / 完成…地形測繪 → stalled (前期).",
  "The `★免責(zé)聲明…` line is mirror chrome, cut mid-sentence; it is not a task. partial is false because the body (一 to 四) is complete.",
 ])

# ---------------------------------------------------------------- write + check
for stem, d in DOCS.items():
    text = open(os.path.join(OUT, stem + ".txt"), encoding="utf-8").read()
    for t in d["tasks"]:
        for s in [t["textStartsWith"], t["statusText"], t["deadline"], *t["lead"], *t["co"], *t["leaders"]]:
            if s is not None:
                assert s in text, (stem, s)
    for sc in d["summary"]["scopes"]:
        for p in sc.get("printed", []):
            assert p in text, (stem, p)
    out = {"source": d["source"], "kind": d["kind"], "partial": d["partial"], "place": d["place"], "year": d["year"],
           "taskCount": len(d["tasks"]), "tasks": d["tasks"], "summary": d["summary"], "notes": d["notes"]}
    with open(os.path.join(OUT, stem + ".expect.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    from collections import Counter
    print(stem, len(d["tasks"]), dict(Counter(str(t["status"]) for t in d["tasks"])))
