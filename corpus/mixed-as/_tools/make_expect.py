#!/usr/bin/env python3
"""Write <stem>.expect.json for batch mixed-as; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- 修水
DOCS['xiushui_2015_progress'] = dict(
 source="https://nanchang.baogaosu.com/xinwen/…/30529350 (aggregator copy of a news item `修水县实施“七大工程”促校园巨变`, dated 13.03.2015 20:15; cut inside the fourth 工程 paragraph); pages corpus, stored excerpt 1997 bytes",
 kind="progress", partial=True, place="江西省九江市修水县 (county)", year=2015,
 tasks=[
  T(None, "白岭镇第二小学教师周转房和学生食堂", "on_schedule", "工程自去年7月动工兴建以来进展顺利",
    note="Project named in the lead paragraph (`修水县白岭镇第二小学教师周转房和学生食堂建设工地`); workers `正在加紧施工`, `进展顺利`, `预计整个工程将在6月底前完工` → on_schedule. The 6月底 date is a forecast, not a deadline. It is a different project from 白岭镇二小综合楼建设 below (周转房/食堂 vs 综合楼)."),
  T(None, "实施农村义务教育学校标准化建设工程", None, None,
    note="First of the 七大工程 paragraphs; it names no single project. 2013 batch `全面完成…36个` (done), 2014 batch `规划实施28所…其中竣工12所` (12 of 28 finished, no verdict word). No status for the 工程 as a whole → null; done (2013 batch) is the reading of a reader who splits the two years."),
  T(None, "渣津镇二小扩容改造", "on_schedule", "其余项目均正在建设之中",
    note="One of the `2014年薄弱学校校舍建设改造项目4个`; group state `其余项目均正在建设之中` (all except 何市) → on_schedule. `预计2015年秋季可以竣工投入使用` is a forecast."),
  T(None, "散原中学扩容改造", "on_schedule", "其余项目均正在建设之中", note="薄弱学校改造 project 2 of 4; group state → on_schedule."),
  T(None, "白岭镇二小综合楼建设", "on_schedule", "其余项目均正在建设之中", note="薄弱学校改造 project 3 of 4; group state → on_schedule."),
  T(None, "何市镇中心小学新校区建设", "done", "何市中小新校区一期建设已完工",
    note="薄弱学校改造 project 4 of 4 (`何市镇中心小学新校区建设配套100万`). Its own state is printed under the short name 何市中小: `新校区一期建设已完工` → done (the funded 一期 is finished). on_schedule is the alternative for a reader who waits for later phases."),
  T(None, "西港镇中学学生宿舍及食堂", "on_schedule", "项目均正在建设之中",
    note="One of the `初中校舍工程改造项目3个` listed after `分别是:`; group state `项目均正在建设之中` → on_schedule; `预计2015年春季可以竣工投入使用` is a forecast."),
  T(None, "山口镇中学学生宿舍", "on_schedule", "项目均正在建设之中", note="初中校舍改造 project 2 of 3; group state → on_schedule."),
  T(None, "古市镇月塘中学学生宿舍楼", "on_schedule", "项目均正在建设之中", note="初中校舍改造 project 3 of 3; group state → on_schedule."),
  T(None, "启动学前教育推进工程", None, None,
    note="Fourth 工程 paragraph (`实施推进工程项目5个…`); the excerpt stops inside it (`填补乡`) before any project or state → null."),
 ],
 summary=dict(printed=["2014年薄弱学校校舍建设改造项目4个", "共实施初中校舍工程改造项目3个", "全面完成2013年标准化建设项目36个"],
   counts=None,
   note="A county news item on 修水's education `七大工程`; the stored part holds the lead project and four of the seven 工程 paragraphs. The two named lists add up to their printed counts (4 and 3)."),
 notes=[
  "Tasks are the individually named projects that get a stage, plus the two 工程 paragraphs that name no project (标准化建设, 学前教育推进) as leaf items. The 薄弱学校改造工程 and 初中校舍改造工程 headings only group their named projects, so they are sections, not tasks.",
  "Group states apply to each member without its own state: `其余项目均正在建设之中` (3 薄弱 projects) and `项目均正在建设之中` (3 初中 projects).",
  "No units, leaders or deadlines are printed; 县教育局 is not named. All `预计…` dates are forecasts, so deadline is null throughout.",
  "Year: the item is dated 2015-03-13; the projects are the 2014 batches reported early in 2015.",
 ])

# ---------------------------------------------------------------- 南安
DOCS['nanan_undated_progress_trad'] = dict(
 source="http://www.ghqlgyb.cn/edu/focus/974761.html (traditional-character mirror with pinyin glosses of a 南安 news item on 5 教育系统为民办实事项目, `截至8月10日`; no year printed; complete two-paragraph item); pages corpus, stored excerpt 608 bytes. A second mirror (iosapp77.com, same path) carries more glosses and the same text.",
 kind="progress", partial=False, place="福建省泉州市南安市 (county-level city)", year=None,
 tasks=[
  T(None, "建設(shè)學校緊急報警裝置和視頻監(jiān)控系統(tǒng)", "on_schedule", "其他4個項目正在按時序進度推進",
    note="The mirror glosses `建設(shè)` and `監(jiān)控`; kept as stored. First of the five projects listed before `等5個教育系統(tǒng)為民辦實事項目`; covered by the group state for the four projects other than the 標準校 one → on_schedule."),
  T(None, "實施中小 學、幼兒園膳食衛(wèi)生工程", "on_schedule", "其他4個項目正在按時序進度推進",
    note="The stored text has a space in `中小 學` (kept; verify ignores whitespace). Group state → on_schedule."),
  T(None, "創(chuàng)建義務(wù)教育階段小學標準校", "done", "已提前完成",
    note="Its state is printed under a longer name: `扶持11所小學創(chuàng)建義務(wù)教育標準化學校項目已提前完成` → done (提前完成). textStartsWith is the name in the list."),
  T(None, "實施義務(wù)教育學校廁所改造工程", "on_schedule", "其他4個項目正在按時序進度推進", note="Group state → on_schedule."),
  T(None, "職業(yè)教育和特殊教育提升工程", "on_schedule", "其他4個項目正在按時序進度推進", note="Group state → on_schedule."),
 ],
 summary=dict(printed=["5個教育系統(tǒng)為民辦實事項目", "這5個項目已累計完成投資1238萬元"],
   counts={"done": 1, "on_schedule": 4},
   note="Five named items against the printed count 5; one is done ahead of time, and `其他4個` are on schedule — the numbers agree (1 + 4 = 5)."),
 notes=[
  "A short county news item in a traditional-character mirror with pinyin glosses inside words (`發(fā)展`, `系統(tǒng)`); every annotated string keeps the glosses as stored.",
  "Tasks are the five projects in the list sentence, in printed order, number null. The `其他4個項目` group state applies to the four projects that are not the 標準校 one.",
  "No units, leaders or deadlines are printed; the 教育局 is not named.",
  "Year: none printed (only `截至8月10日`); stem `undated`.",
 ])

# ---------------------------------------------------------------- 孟津
DOCS['mengjin_2016_notice_trad'] = dict(
 source="http://m.qrsi.cn/html/1//2/150/341/446/19011.html (traditional-character mirror with pinyin glosses of the 孟津县政府督查室 notice `2016年十項重點民生實事進展情況月督查通報(七)`, 發布時間 2016-10-15; cut inside item 9); pages corpus, stored excerpt 1993 bytes",
 kind="notice", partial=True, place="河南省洛阳市孟津县 (county; 孟津区 since 2021)", year=2016,
 tasks=[
  T("1", "實施全國新增500億公斤糧食生產能力", "done", "項目已完工",
    note="Printed `1實施…` with no separator after the number. Under section 一 `已完成全年目標任務的14`; own state `目前,項目已完工` → done."),
  T("2", "規(guī)?;?jié)水灌溉增效示范項目二期工程", "done", "工程已于今年4月底全部完工",
    note="The mirror garbled `規模化節水` into `規(guī)?;?jié)水`; textStartsWith keeps the damage as stored. Own state → done."),
  T("3", "抗旱應急二期建設", "done", "工程于今年3月完工通水", note="Own state → done."),
  T("4", "縣直中學小學部教學樓建設", "done", "已竣工", note="Own state `已竣工` → done."),
  T("5", "孟津一高西校區(qū)教學樓改造", "done", "已完成全年目標任務的14",
    note="The item is one sentence: `…改造主體工程已完成,正在砌墻內粉` — the main structure is finished and interior work continues. It is listed under section 一 `已完成全年目標任務的14`, so the year's target (the main structure) is met → done from the section heading. on_schedule is the alternative for a reader who codes the building, not the annual target."),
  T("6", "麻屯小學教學樓建設", "done", "已完成全年目標任務的14",
    note="Own text `主體已完工` under section 一 → done (annual target met). on_schedule is the alternative if the whole building is the target."),
  T("7", "白鶴小學改造工程", "done", "白鶴小學改造項全部完工", note="Own state `…全部完工,目前已經搬至新校區(qū)` → done."),
  T("8", "城關鎮(zhèn)衛(wèi)生院綜合病房樓建設", "done", "已完成全年目標任務的14",
    note="Printed `8城關…` with no separator. Own text `主體已完工,正在進行內部裝修` under section 一 → done from the section heading; on_schedule is the alternative."),
  T("9", "王良衛(wèi)生院綜合病房樓", "done", "已完成全年目標任務的14",
    note="The excerpt stops after the item's name; it is listed under section 一, so the section heading gives done. Whole stored item."),
 ],
 summary=dict(printed=["已完成全年目標任務的14", "按時間節(jié)點正常推進的29項", "還在做前期準備的7", "十項重點民生實事"],
   counts={"done": 9},
   note="The notice counts 14 done + 29 on schedule (17 工程類 + 12 常態性) + 7 still in preparation = 50 sub-items of the 十項 實事 (the printed figures lack their measure word, e.g. `的14`). The stored part holds the first 9 of the 14 done items; the 29 and the 7 are never listed in it."),
 lagging=[],
 notes=[
  "Tasks are the numbered items under section 一, number as printed (items 1 and 8 have no dot after the number).",
  "Section heading `一、已完成全年目標任務的14` is a group state: it gives done to every item below it. Where an item prints its own completion words, those are the statusText; items 5, 6, 8, 9 print only 主體 progress (or nothing), so the heading is their statusText.",
  "Places and towns (會盟、麻屯、常袋、平樂、白鶴、朝陽鎮) are locations, not units. No units, leaders or deadlines are printed; the issuer is 縣政府督查室.",
  "Traditional-character mirror with pinyin glosses inside words (`發(fā)布`, `節(jié)點`); annotated strings keep them.",
 ])

# ---------------------------------------------------------------- 儋州
DOCS['danzhou_2020_progress'] = dict(
 source="http://haikou.baogaosu.com/xinwen/…/86481493/ (aggregator copy of a 国际旅游岛商报 item `最新进展!儋州集中开工项目累计完成投资52.6亿元`, dated 18.08.2020 12:12; cut mid-sentence at `升级`); pages corpus, stored excerpt 1982 bytes",
 kind="progress", partial=True, place="海南省儋州市 (prefecture-level city)", year=2020,
 tasks=[
  T(None, "海南热带植物园游乐项目", "done", "竣工营业", note="Lead sentence: `海南热带植物园游乐项目竣工营业` → done."),
  T(None, "州市南丰镇南丰学校标准建设附属工程", "done", "竣工交付使用",
    note="The store dropped the first character of `儋州市`; the name starts `州市南丰镇…` as stored. `竣工交付使用` → done."),
  T(None, "儋州市那大城区东三路市政工程项目", "on_schedule", "进入收尾阶段", note="`进入收尾阶段` — nearly finished, not yet done → on_schedule."),
  T(None, "基层医疗卫生机构标准化建设项目", "on_schedule", "正在组织验收",
    note="`正在组织验收`: works finished, acceptance under way. Coded on_schedule because the project is not yet accepted; done is the alternative for a reader who counts construction only."),
  T(None, "儋州市第二幼儿园项目", "on_schedule", "该项目已完成整体工程量的54%",
    note="Reporter saw workers `正在绑扎钢筋,进行梁板模板安装`; `已完成整体工程量的54%,预计年底可交付使用` → under way, on_schedule. `年底` is a forecast, not a deadline. null is the alternative for a reader who codes a bare percentage as no verdict."),
  T(None, "市委老机关幼儿园拆除重建等10个学前教育项目", "on_schedule", "剩余5个正加快推进",
    note="A batch named by its first member: `目前已竣工5个,剩余5个正加快推进,预计今年底可全部建成投入使用` → the batch is half done and the rest is under way → on_schedule. The members are not named in the stored part (it stops at `升级`)."),
 ],
 summary=dict(printed=["儋州市全省统一集中开工项目共9批55个", "目前已累计完成投资52.6亿元", "部分项目已竣工交付使用"],
   counts={"done": 2, "on_schedule": 4},
   note="A city news item on the province-wide 集中开工 batches (9 batches, 55 projects since 2018-11-28); it names six projects or project groups with a stage. No per-project units."),
 notes=[
  "Tasks are the named projects (and one named batch) that get a stage; number null. The 55 projects and the `第七批` batch label are aggregates, not tasks.",
  "儋州市发改委 and 儋州市教育局 are the sources of the information (`记者从…获悉`, `有关负责人介绍`), not responsible units of a task; lead/co are [] throughout.",
  "`…年底可交付使用` and `今年底可全部建成投入使用` are forecasts, not deadlines.",
  "Whitespace indents (six spaces) and the character `ー` in `六个ー` are kept as stored.",
 ])

# ---------------------------------------------------------------- 歙县
DOCS['shexian_2024_progress'] = dict(
 source="https://www.ahshx.gov.cn/zxzx/ztzlan/ztzl/msgc/gkgs/9259968.html (歙县 government site, 民生工程 公开公示 column: `2024年1-9月歙县50项民生实事实施进展情况`, a table stored as pipe rows; cut inside row 8); pages corpus, stored excerpt 1998 bytes",
 kind="progress", partial=True, place="安徽省黄山市歙县 (county)", year=2024,
 tasks=[
  T("1", "促进重点群体稳定就业", None, None, lead=["县人社局"],
    note="Row `1 | 促进重点群体稳定就业 | 城镇新增就业2450人 | 县人社局 | 2712 | 110.69% |` plus a continuation row `“三公里”充分就业社区6个 | 6 | 100%`. Figures only, no status word → null (good/done are the readings of someone who codes percentages)."),
  T("2", "支持毕业生求职创业", "stalled", "待省统一部署后启动实施", lead=["县人社局"],
    note="累计完成/进度 are `—`; 备注 `待省统一部署后启动实施` — not started, waiting for the province → stalled (未启动). null is the alternative for a reader who does not code an externally blocked item."),
  T("3", "放心家政行动", None, None, lead=["科商经信局"],
    note="Whole item name, 6 characters. Two target rows (1187 of 1185, 100%; continuation row 352 of 350, 100%); figures only → null (done is the figure reading). `科商经信局` is printed without the 县 prefix; kept as printed."),
  T("4", "加强城乡低保人员和特困人员生活保障", "on_schedule", "持续推进中", lead=["县民政局"],
    note="The row shifts: 项目名称 `加强城乡低保人员和特困人员生活保障,规范确定和调整低保标准`, then sub-items `最低生活保障` / `特困人员救助供养` with `农村标准(…元/月)` / `城市标准(…元/月)` rows; the four 保障人次 rows all read `持续推进中` → on_schedule."),
  T("5", "农村敬老院运营服务能力提升", None, None, lead=["县民政局"], note="12 of 12, 100%; figures only → null (done is the figure reading)."),
  T("6", "加强城乡公益性公墓建设管理", None, None, lead=["县民政局"], note="4.26 of 5, 85.2%; figures only → null."),
  T("7", "企业职工退休一件事一次办理", None, None, lead=["县人社局"],
    note="921 persons; 进度 cell `以实际完成数统计` (counted by actual numbers) is a counting rule, not a status → null."),
  T("8", "稳步推进长期护理保险制度建设", "stalled", "目前省级文件尚未出台", lead=["县医保局"],
    note="The 累计完成 cell reads `目前省级文件尚未出台,待省级部门文件出台后我市将积极落实、出台市` (cut) — the work has not started for want of the provincial document → stalled; null is the alternative. The excerpt ends inside this cell."),
 ],
 summary=dict(printed=["2024年1-9月歙县50项民生实事实施进展情况", "持续推进中"],
   counts={"on_schedule": 1, "stalled": 2, "null": 5},
   note="A monthly 民生办 progress table for 50 实事; the stored part holds rows 1–8. Columns: 序号 | 项目名称 | 目标任务 | 牵头单位 | 累计完成 | 累计进度 | 备注. No totals are printed."),
 notes=[
  "Tasks are the numbered rows (项目名称 cell → textStartsWith); unnumbered continuation rows (second targets, 农村/城市 sub-rows) belong to the numbered row above and are not separate tasks.",
  "牵头单位 column → lead; each row has one unit. The header line with 民生办 telephone numbers is page chrome.",
  "Percentages and counts alone are not coded as statuses (as in mixed-n 缙云 and mixed-y 临安); only the status words `持续推进中`, `待…启动实施` and `尚未出台` are.",
  "No leaders or deadlines are printed.",
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
