#!/usr/bin/env python3
"""Write <stem>.expect.json for batch status-bm; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- 双牌
DOCS['shuangpai_2024_progress'] = dict(
 source="http://sp.gov.cn/sp/tzgg/202412/080538b3ae7f4f34b70c4690096e199c.shtml (双牌县人民政府 site, 通知公告 column; 县教育局 公示 of the completion of its 2024 实事项目 乡镇标准化寄宿制学校建设; 公示时间 2024-12-02 to 12-08; complete, page footer reached); pages corpus, stored excerpt 1,297 bytes",
 kind="progress", partial=False, place="湖南省永州市双牌县 (county)", year=2024,
 tasks=[
  T("一", "双牌县何家洞镇中心小学建设", "done", "截止8月底已完成教学楼、礼堂改造",
    note="Item 一; heading and `1、考核任务` repeat the name. `2、完成情况`: all listed works finished and `完成投资167万元`, equal to the planned 167万元 → done."),
  T("二", "双牌县平福头学校建设", "done", "截止8月底双牌县平福头学校完成教学楼改造",
    note="Item 二; works finished, `完成投资135万元` = planned 135万元 → done."),
  T("三", "双牌县麻江镇学校", "done", "截止8月底已完成教学楼改造",
    note="Item 三; the heading lacks `建设` (the 考核任务 line has `双牌县麻江镇学校建设`); textStartsWith is the whole heading (8 characters). `完成投资160万元` = planned 160万元 → done."),
 ],
 summary=dict(printed=["现将我局承办的2024年实事项目乡镇标准化寄宿制学校建设完成情况予以公示"], counts=dict(done=3),
   note="No count is printed; three numbered items, all reported finished with investment equal to plan."),
 notes=[
  "Layout: a two-line preamble, then three items `一、<school>` each with `1、考核任务:` (task and planned investment) and `2、完成情况:` (what was done by `截止8月底`, investment completed), then the 公示 period and the bureau's address.",
  "Units: the undertaking unit is written only as `我局`; the bureau's name (`双牌县教育局`) appears only in the objection/address lines. I left lead empty because no unit is printed with the tasks; a reader who resolves `我局` would put 双牌县教育局 as lead of all three.",
  "`截止8月底` is the reporting date, not a deadline; no deadlines or leaders are printed.",
  "Kind: a department's completion 公示 with one status per item; coded progress (it is not a 督查通报).",
 ])

# ---------------------------------------------------------------- 临沧
DOCS['lincang_2018_progress'] = dict(
 source="https://www.lcdaily.cn/index.php?a=show&c=article&id=65682 (临沧日报 item `全市36件在建重点水利工程有序推进`, 记者 王朝宇; `截至4月25日`, `2018年以来`; the stored part ends after the overview paragraph and the article probably continues); pages corpus, stored excerpt 1,206 bytes",
 kind="progress", partial=True, place="云南省临沧市 (prefecture-level city)", year=2018,
 tasks=[
  T(None, "临翔区鸭子塘水库", "on_schedule", "2017年12月27日完成下闸蓄水验收",
    note="First of three projects in the lead paragraph, each `<county><reservoir>,<start date>开工,<latest milestone>`. 下闸蓄水验收 is a milestone before completion and the project is counted among the 36 `在建` works → on_schedule. done is the reading of a reader who takes impoundment acceptance as completion."),
  T(None, "凤庆县郭大寨水库", "on_schedule", "大坝于2018年4月12日封顶",
    note="Dam topped out; still under construction → on_schedule."),
  T(None, "临翔区龙浩坝水库", "on_schedule", "输水隧洞、竖井开挖及浇筑已完成",
    note="Works finished so far are listed (`…已完成;闸门预埋件安装已完成……`); the project is in progress → on_schedule. The first `已完成` phrase is taken as statusText."),
 ],
 summary=dict(printed=["全市在建重点水利工程共36件", "全市36件在建重点水利工程有序推进"], counts=dict(on_schedule=3),
   note="36 works are counted by type (中型水库 11, 中型渠道 1, 小(一)型水库 19, 水系连通 3, 引调水 2 = 36); only three are named in the stored part."),
 notes=[
  "Layout: headline (a verdict for all 36 works: `有序推进`), a lead paragraph naming three reservoirs with start dates and their latest milestone separated by `;`, then a general paragraph and counts.",
  "Tasks are the three named reservoirs (number null). The headline `有序推进` agrees with the per-project milestones; each task's statusText is its own milestone phrase.",
  "No units, leaders or deadlines are printed. 临翔区 and 凤庆县 are where the works are, not units.",
  "partial: the item stops after the counts paragraph; a newspaper item of this kind usually continues (problems, next steps), so I marked it partial. taskCount is what the file holds.",
 ])

# ---------------------------------------------------------------- 益阳
DOCS['yiyang_2022_progress'] = dict(
 source="http://yiyang.gov.cn/yiyang/2/3/73/content_1685087.html (中国益阳门户网, 2022-11-21: `全市47个重点文旅项目建设稳步推进`, from 市文化旅游广电体育局; cut at 2,000 bytes inside the 大通湖 paragraph); pages corpus, stored excerpt 2,000 bytes",
 kind="progress", partial=True, place="湖南省益阳市 (prefecture-level city)", year=2022,
 tasks=[
  T(None, "山乡巨变清溪景区国家5A级旅游景区创建", "on_schedule", "目前山乡巨变清溪景区著名作家作品展览走廊已进场开工",
    note="益阳高新区 paragraph. The sentence after `目前` lists works at 清溪 (展览走廊 started; 7 清溪书屋 built, batch 4 being sited; 清溪书社 一层 rebuilt; 周立波故居 surroundings upgraded; 774 houses in 谢林港镇 renovated). I read these as progress of the 5A创建 project (continuing) → on_schedule, not as separate tasks; a reader who splits them would add 清溪书屋 (on_schedule), 清溪书社 (done), 周立波故居周边设施 (done), 谢林港镇民居改造 (done)."),
  T(None, "“一园两中心”", None, None,
    note="Named next to the 清溪 project (`…创建、“一园两中心”等4个`); no state of its own → null. textStartsWith is the whole name with its quotes (6 characters)."),
  T(None, "三周文化广场", "on_schedule", "三周文化广场即将竣工",
    note="赫山区; about to be completed, not yet completed → on_schedule."),
  T(None, "胡林翼故居", "done", "目前胡林翼故居项目已完成", note="赫山区 → done."),
  T(None, "益阳市明清古巷文旅综合体", "on_schedule", "目前明清古巷文旅综合体项目核心项目建设已基本完成",
    note="资阳区; core works basically finished, 文物修缮 and supporting works `正在推进` → on_schedule (基本完成 is not done)."),
  T(None, "青龙洲公园", "on_schedule", "其余项目也将如期竣工",
    note="资阳区; covered by `其余项目也将如期竣工` (the paragraph's projects other than 明清古巷) → on_schedule."),
  T(None, "五环时代沅江市全民健身中心", None, None, note="沅江市; named, no state printed → null."),
  T(None, "南竹山现代农业观光产业园建设", None, None, note="沅江市; named, no state → null."),
  T(None, "洞庭乡愁三眼塘红色旅游项目", "on_schedule", "目前洞庭乡愁三眼塘红色旅游项目各季度目标均已完成",
    note="沅江市; every quarterly target met → on_schedule (达进度). The project is not finished; good is an alternative for a reader who reads `均已完成` as ahead of plan."),
  T(None, "五环时代南县全民健身中心", "done", "目前五环时代南县全民健身中心一期已完工并启动运营",
    note="南县; phase 1 finished and operating → done (the printed phase). on_schedule is the alternative if later phases exist."),
  T(None, "罗文花海涂鸦艺术村", None, None, note="南县; named, no state → null."),
  T(None, "大通湖全民健身中心", None, None, note="大通湖 paragraph; the excerpt is cut right after `农垦文化旅` → null."),
 ],
 summary=dict(printed=["47个重点文旅项目建设正在有条不紊推进中", "等4个重点文旅项目", "等8个重点文旅项目", "等3个重点文旅项目", "等5个重点文旅项目", "等6个重点文旅项目"],
   counts=dict(done=2, on_schedule=5, null=5),
   note="One paragraph per county/district with `<named projects>等N个重点文旅项目` and a `目前…` sentence; the stored part covers 高新区, 赫山, 资阳, 沅江, 南县 (4+8+3+5+6 = 26 of 47) and the start of 大通湖."),
 notes=[
  "Tasks are the projects named in the paragraphs (number null), in printed order. The opening verdict for all 47 (`有条不紊推进中`) is not copied to projects that have no sentence of their own; they stay null.",
  "Place names that open each paragraph (益阳高新区, 赫山区, 资阳区, 沅江市, 南县, 大通湖) say where the projects are; they are not units. No units, leaders or deadlines are printed.",
  "`即将竣工`, `基本完成`, `各季度目标均已完成` → on_schedule; `已完成` and `一期已完工并启动运营` → done.",
 ])

# ---------------------------------------------------------------- 沅江
YJ_A = "污水处理设施于2019629日投产试运行"
YJ_B = "于2019930日投产试运行"
YJ_C = "于20191130日投产试运行"
DOCS['yuanjiang_2020_progress'] = dict(
 source="http://yuanjiang.gov.cn/21632/21639/content_1220515.html (沅江市人民政府 site: `沅江市乡镇污水处理项目情况汇报`, 沅江市住房和城乡建设局, 2020-06-15, published 2020-06-16; complete, page footer reached); pages corpus, stored excerpt 1,252 bytes",
 kind="report", partial=False, place="湖南省益阳市沅江市 (county-level city)", year=2020,
 tasks=[
  T(None, "四季红镇", "done", YJ_A, note="Group 1 (`四季红镇、胭脂湖办事处污水处理设施于2019629日投产试运行`). The task is the town's sewage facility; the item is only the town name (4 characters). 投产试运行 (built and in trial operation) → done."),
  T(None, "胭脂湖办事处", "done", YJ_A, note="Group 1; the 街道办事处 of the count `1个街道办事处`."),
  T(None, "草尾镇", "done", YJ_B, note="Group 2 (`草尾镇、南大膳镇、阳罗洲镇、黄茅洲镇于2019930日投产试运行`)."),
  T(None, "南大膳镇", "done", YJ_B, note="Group 2."),
  T(None, "阳罗洲镇", "done", YJ_B, note="Group 2."),
  T(None, "黄茅洲镇", "done", YJ_B, note="Group 2."),
  T(None, "茶盘洲镇", "done", YJ_C, note="Group 3 (`茶盘洲镇、新湾镇、南嘴镇、共华镇、泗湖山镇于20191130日投产试运行`)."),
  T(None, "新湾镇", "done", YJ_C, note="Group 3."),
  T(None, "南嘴镇", "done", YJ_C, note="Group 3."),
  T(None, "共华镇", "done", YJ_C, note="Group 3."),
  T(None, "泗湖山镇", "done", YJ_C, note="Group 3."),
 ],
 summary=dict(printed=["全市10个镇、1个街道办事处、2个芦苇场", "共建污水处理站18座"], counts=dict(done=11),
   note="10 towns + 1 街道办事处 are named (2 + 4 + 5 = 11), matching `目前10个镇、1个街道办事处`; the 2 芦苇场 are `列为第二批` and not named."),
 notes=[
  "Layout: title, an info line (索引号/发布机构/发文日期), `一、基本情况` (counts) and `二、完成情况` with three `;`-separated groups `<places>于<date>投产试运行`, then the signing bureau and date.",
  "Scrape damage kept: dates lost their 年/月 (`201812月`, `2019629日`, `2019930日`, `20191130日`, `2020610日`); statusText keeps them as stored.",
  "Tasks are the per-town sewage facilities, named by town (number null); each group's state applies to every place in it. The facility is not repeated after each town name, so textStartsWith is the town name (shorter than 8 characters).",
  "投产试运行 → done (facility built and put into operation; trial running is the normal first phase). on_schedule is the alternative for a reader who waits for formal acceptance.",
  "The 2 芦苇场 (second batch) are a count, not named tasks; not listed. 沅江市住房和城乡建设局 signs the report; it is not printed as a unit of any item, so lead is empty.",
 ])

# ---------------------------------------------------------------- 寒亭
DOCS['hanting_undated_progress'] = dict(
 source="https://bbs.zcinfo.net/forum.php?goto=lastpost&mod=redirect&tid=3405128 (forum repost of a 寒亭区 (潍坊) news item on 教育项目建设, with photo captions; no year printed; ends with the item and a `|`); pages corpus, stored excerpt 1,862 bytes",
 kind="progress", partial=False, place="山东省潍坊市寒亭区 (district)", year=None,
 tasks=[
  T(None, "扩建第二实验小学西校区", "on_schedule", "项目已全部复工",
    note="First of the pair `扩建第二实验小学西校区、实验中学学生公寓项目已全部复工,…主体施工已接近尾声,预计6月底封顶` → on_schedule. `预计6月底封顶` is a forecast, not a deadline."),
  T(None, "实验中学学生公寓项目", "on_schedule", "项目已全部复工", note="Second of the pair; same state."),
  T(None, "新建富亭街中学", "on_schedule", "工程正在加快建设中",
    note="First of `新建富亭街中学、富亭街小学、特殊教育学校工程正在加快建设中` → on_schedule. textStartsWith keeps `新建` (7 characters, the whole list item)."),
  T(None, "富亭街小学", "on_schedule", "工程正在加快建设中", note="Second of the 新建 list; whole item (5 characters)."),
  T(None, "特殊教育学校工程", "on_schedule", "工程正在加快建设中", note="Third of the 新建 list."),
  T(None, "文化街小学", None, None,
    note="`“十四五”期间…新改扩建文化街小学、吉祥东街小学、白云路小学、益新街小学等11所学校`: planned schools with no state → null (planned, not started; stalled would claim a delay the text does not state)."),
  T(None, "吉祥东街小学", None, None, note="十四五 plan list → null."),
  T(None, "白云路小学", None, None, note="十四五 plan list → null."),
  T(None, "益新街小学", None, None, note="十四五 plan list → null."),
 ],
 summary=dict(printed=["已开工校舍面积124955平方米", "新改扩建文化街小学、吉祥东街小学、白云路小学、益新街小学等11所学校"],
   counts=dict(on_schedule=5, null=4),
   note="Five projects under construction are named in two lists; the 十四五 plan names 4 of 11 schools."),
 notes=[
  "Layout: one prose paragraph with two 、-lists of schools under construction, each list followed by one state; photo captions (`寒亭实验中学公寓`, `…效果图`) repeat the names and are not tasks; a paragraph on the 项目专班; a 十四五 planning paragraph.",
  "Group states apply to every member of their list. The 十四五 kindergartens (20所), the 16 薄弱学校 and the 护眼灯 item are counts or categories without names; not listed as tasks.",
  "No units, leaders or deadlines are printed (`预计6月底封顶` is a forecast).",
  "Year: none printed; the 十四五 reference and `已全部复工` (work resumed after a pause) place it in 2021–2023. Stem `undated`.",
 ])

for stem, d in DOCS.items():
    path = os.path.join(OUT, stem + '.txt')
    text = norm(open(path, encoding='utf-8').read())
    for t in d['tasks']:
        for s in [t['textStartsWith'], t['statusText'], t['deadline']] + t['lead'] + t['co'] + t['leaders']:
            if s: assert norm(s) in text, (stem, s)
    for s in d['summary'].get('printed', []):
        assert norm(s) in text, (stem, s)
    c = collections.Counter(t['status'] or 'null' for t in d['tasks'])
    assert dict(c) == d['summary']['counts'], (stem, dict(c), d['summary']['counts'])
    out = dict(source=d['source'], kind=d['kind'], partial=d['partial'], place=d['place'], year=d['year'],
               taskCount=len(d['tasks']), tasks=d['tasks'], summary=d['summary'], notes=d['notes'])
    with open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(stem, len(d['tasks']), dict(c))
