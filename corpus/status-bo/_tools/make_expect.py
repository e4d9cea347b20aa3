#!/usr/bin/env python3
"""Write <stem>.expect.json for batch status-bo; assert every annotated string occurs in the document."""
import json, os, re, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=st, note=note)

DOCS = {}

# ---------------------------------------------------------------- 陆河 (traditional mirror)
DOCS['luhe_undated_progress_trad'] = dict(
 source="http://ssgyh.cn/portal/article/index/id/8248.html (traditional-character mirror with pinyin glosses of a 陆河县 piece on the county's 农贸市场升级改造, naming each town market with its stage and closing `在此希望各鎮…`; no title, date or issuer stored); pages corpus, stored excerpt 944 bytes, complete as stored",
 kind="notice", partial=False, place="广东省汕尾市陆河县 (county)", year=None,
 tasks=[
  T(None, "螺溪鎮(zhèn)農(nóng)貿(mào)市場", "done", "已全面升級改造完成并投入使用",
    note="First of five `;`-separated market clauses after `截至目前`. The mirror's pinyin glosses (`鎮(zhèn)`, `農(nóng)`) are kept as stored in every string."),
  T(None, "新田鎮(zhèn)中心綜合市場", "on_schedule", "進(jìn)入重建升級改造階段",
    note="`進入重建升級改造階段` (entered the rebuilding stage) → on_schedule."),
  T(None, "河口鎮(zhèn)寶龍綜合市場", "lagging", "進(jìn)度嚴(yán)重滯后",
    note="`雖已提交工程設計方案,但遲遲未能動工建設,進度嚴重滯後`: the document's own verdict is 嚴重滯後 → lagging. stalled is the alternative for a reader who codes the fact `遲遲未能動工` (not started)."),
  T(None, "河田鎮(zhèn)新城市場", "on_schedule", "已開工",
    note="`河田鎮新城市場升級改造工程已開工,并劃分臨時擺賣點…` → on_schedule (work started, traders re-housed)."),
  T(None, "河田鎮(zhèn)朝陽市場", "stalled", "將實施舊改工程",
    note="`已列入縣城舊改項目,將實施舊改工程` — listed in the county's old-town renewal, work still to come → stalled (尚未啟動, as the corpus codes not-yet-started items); null is the alternative for a reader who reads it as a plan with no state."),
 ],
 summary=dict(printed=["陸河縣農(nóng)貿(mào)市場改造升級工作方案"], counts={"done": 1, "on_schedule": 2, "lagging": 1, "stalled": 1},
   note="No totals are printed; five town markets are named, one clause each, in one sentence."),
 notes=[
  "Layout: one sentence `據了解,截至目前A已…;B進入…;C雖已…,但…,進度嚴重滯後;D…已開工,并…;E已列入…,將實施…。` then a closing paragraph of demands on the towns (`在此希望各鎮堅決落實…`). Each paragraph starts with `? ? ? ?` (lost indentation), kept as stored.",
  "Tasks are the five markets in printed order, number null. The towns (螺溪鎮, 新田鎮, 河口鎮, 河田鎮) are where the markets are, not units; no unit, leader or deadline is printed.",
  "kind notice: the county's demands on its towns (`希望各鎮…嚴格按照《陸河縣農貿市場改造升級工作方案》實施`) make this a supervision notice rather than a news report; progress is the alternative reading.",
  "Year: none stored (no title or date line) → undated.",
 ])

# ---------------------------------------------------------------- 南开
DOCS['nankai_undated_progress'] = dict(
 source="http://www.hbxmad.com/newdetail-56190.html (advertising-site copy of a news item on 南开区's 9 标准化菜市场, machine-reworded in places: `提高改造` for 提升改造, `赶紧` for 抓紧, `悉数`; prefixed with the site's `天津墙体广告`); pages corpus, stored excerpt 1035 bytes, complete",
 kind="progress", partial=False, place="天津市南开区 (district)", year=None,
 tasks=[
  T(None, "前江路菜市场", "on_schedule", "主体工程已封顶", note="Whole name, 6 characters. Second paragraph `前江路菜市场主体工程已封顶` (the lead sentence says the same) → on_schedule."),
  T(None, "三 马路菜市场", "on_schedule", "进入主体施工阶段", note="The stored text has a space in `三 马路` in the second paragraph (`三马路` in the lead); kept, verify ignores whitespace. → on_schedule."),
  T(None, "融侨菜市场", "on_schedule", "已进行内部装修", note="Whole name. `已进行内部装修` → on_schedule."),
  T(None, "勇士路菜市场", "stalled", "正在赶紧做前期开工准备工作", note="Only in the lead-up (`前期开工准备`) → stalled (尚处前期), as the corpus codes pre-construction items; on_schedule is the alternative for a reader who codes `正在…` as progress."),
  T(None, "双峰道", "done", "已提高改造结束", note="One of four names sharing `双峰道、西湖道、云阳道、二马路已提高改造结束,开业 纳客` (the store left a space in `开业 纳客`) → done. Whole name (3 characters); the word 菜市场 is understood."),
  T(None, "西湖道", "done", "已提高改造结束", note="Shared clause → done."),
  T(None, "云阳道", "done", "已提高改造结束", note="Shared clause → done."),
  T(None, "二马路", "done", "已提高改造结束", note="Shared clause → done. `二马路` is also a substring of nothing else here; `三 马路` is a different market."),
  T(None, "久华里菜市场", "stalled", "正在筹划提高改造中", note="`正在筹划提高改造中` (still planning the upgrade) → stalled (not started); null is the alternative."),
 ],
 summary=dict(printed=["南开区改造新建9个标准化菜市场", "南开区已建有标准化菜市场27个"],
   counts={"on_schedule": 3, "stalled": 2, "done": 4},
   note="Nine named markets against the printed count 9 (`改造新建的9个菜市场中`); they agree."),
 notes=[
  "Layout: a lead sentence chaining four stages (`A主体工程封顶,B主体施工,C内部装修,D、E、F、G提高改造结束……`), the count, then a second paragraph repeating them with `已`/`进入` and adding 勇士路 and 久华里, then a quote from 区商务委副主任. Each market is one task, counted once.",
  "The copy is machine-reworded (伪原创): statusText keeps the reworded words as stored (`提高改造结束`, `赶紧做前期`).",
  "区商务委 is named only as the informant; no unit is given per market, so lead/co are empty. No leaders or deadlines.",
  "Year: only `本年` → undated.",
 ])

# ---------------------------------------------------------------- 惠济
DOCS['huiji_2019_progress'] = dict(
 source="http://henan.kjzch.com/zhengzhou/2019-01-07/271266.html (mirror of a 惠济区 government information-disclosure page: 发布机构 惠济区市政管理中心, 成文日期 2019-01-07, on the district's parking-lot construction); pages corpus, stored excerpt 1468 bytes, complete",
 kind="progress", partial=False, place="河南省郑州市惠济区 (district)", year=2019,
 tasks=[
  T(None, "惠济区市民服务中心项目", "on_schedule", "5层正在施工",
    note="Long paragraph: 一期 `主楼4层浇筑完成,5层正在施工;东西配楼一层正在施工`; 二期 `施工招标完成…正在进行柱墩基槽清理` → on_schedule."),
  T(None, "秦岭路立体停车场项目", "on_schedule", "北侧主体建筑已封顶",
    note="`北侧主体建筑已封顶,南侧建筑受管控影响预计2019年4月底封顶` → on_schedule; the 4月底 date is a forecast, not a deadline, and `受管控影响` is a reason, not a lagging verdict."),
  T(None, "兴隆铺路汇通停车场项目", "stalled", "正在进行相关规划设计审批手续",
    note="Still in planning/design approval → stalled (尚处前期), as the corpus codes pre-construction items; null is the alternative."),
 ],
 summary=dict(printed=["惠济区新建停车场23处", "累计新增停车泊位6000个"],
   counts={"on_schedule": 2, "stalled": 1},
   note="The 23 built lots are not named; the three named projects are the ones `明年…投用`."),
 notes=[
  "Layout: a metadata block stored as pipe rows (索引号, 发布机构, 成文日期…), one intro sentence with totals, then one paragraph per named project (`X项目,<size>…。<stage>。`).",
  "惠济区发改委 appears only as the body that approved 一期 (`已立项`), not as a unit responsible for the task; no units, leaders or deadlines are assigned.",
  "Year: 成文日期 2019-01-07; the stages describe the end of 2018 (`明年` = 2019).",
 ])

# ---------------------------------------------------------------- 市北 (traditional mirror)
DOCS['shibei_2016_progress_trad'] = dict(
 source="http://macsoso.com/xin/2016/85023.html (traditional-character mirror with pinyin glosses of a 信网 (青岛) news item dated `9月22日`, 2016, on 市北区's public parking lots, source 青岛市城乡建设委员会); pages corpus, stored excerpt 1099 bytes, complete",
 kind="progress", partial=False, place="山东省青岛市市北区 (district)", year=2016,
 tasks=[
  T(None, "撫順路26號公共停車場", "done", "已建成", note="Listed in `分別為…` and again in `已建成項目為…` → done."),
  T(None, "北仲路71號樹蔭式公共停車場", "on_schedule", "工程建設(shè)正在積極推進(jìn)中",
    note="One of the nine lots `目前共建設` that is not in the `已建成` list; the only state for unfinished work is the programme sentence `工程建設正在積極推進中` → on_schedule. null is the alternative for a reader who wants a per-lot word."),
  T(None, "中冶文沁苑公共停車場", "done", "已建成", note="In the `已建成` list → done."),
  T(None, "中航公共停車場", "on_schedule", "工程建設(shè)正在積極推進(jìn)中", note="Not in the `已建成` list → on_schedule by the programme sentence (null alternative)."),
  T(None, "沈陽路23號公共停車場", "on_schedule", "工程建設(shè)正在積極推進(jìn)中", note="As 中航 → on_schedule (null alternative)."),
  T(None, "海泊河北岸公共停車場", "on_schedule", "工程建設(shè)正在積極推進(jìn)中", note="As 中航 → on_schedule (null alternative)."),
  T(None, "東山公園公共停車場", "on_schedule", "工程建設(shè)正在積極推進(jìn)中", note="As 中航 → on_schedule (null alternative)."),
  T(None, "開平路小區(qū)保障房北側(cè)公共停車場", "done", "已建成", note="Gloss `區(qū)` and `側(cè)` kept as stored. In the `已建成` list → done."),
  T(None, "長沙路周口路路口公共停車場", "done", "已建成", note="First in the `已建成` list → done."),
 ],
 summary=dict(printed=["目前共建設(shè)9處停車場", "計劃建設(shè)停車位8353個", "目前已建設(shè)停車位4885個"],
   counts={"done": 4, "on_schedule": 5},
   note="Nine lots named against the printed 9; four are listed as built (`已建成項目為`, separated by `;`)."),
 notes=[
  "Layout: an intro with the district's parking-space figures (planned 8353, built 4885, under construction 102, remaining 3366) ending `工程建設正在積極推進中`; `目前共建設9處停車場,分別為A、B、…、I。`; totals; `已建成項目為I;A;C;H。`; byline; site chrome `[編輯:夜樓]大家愛看`.",
  "Tasks are the nine lots in the order of the `分別為` list, number null. The built list is in a different order; its four members are done.",
  "青島市城鄉建設委員會 is the informant; no unit, leader or deadline per lot is printed.",
  "Year: the URL path and `2016年市北區共計劃…` give 2016.",
 ])

# ---------------------------------------------------------------- 邓家铺
DOCS['dengjiapu_undated_report'] = dict(
 source="http://tudiao.com/a/2112/1467769.html (document-sharing site: a school-district progress report (汇报) on 薄改 new-build projects, signed `邓家铺中心学校`, followed by snippets of two unrelated 薄改 reports (河津市东光德学校 …); cut inside the last snippet); pages corpus, stored excerpt 2000 bytes",
 kind="report", partial=True, place="湖南省邵阳市武冈市邓家铺镇 (town; inferred: only `邓家铺中心学校` and `我镇` are printed)", year=None,
 tasks=[
  T("1", "中心小学:教学楼、学生宿舍", "on_schedule", "正在装修",
    note="Mixed row: 教学楼/学生宿舍 `已完成主体,正在装修`; 运动场 `待薄改办统一招标后实施`; 综合楼 `已签订合同`; 教师宿舍/食堂 `在设计、预算中`. The built parts lead → on_schedule. Section 三 adds `中心小学的征地矛盾尚未彻底解决,拟建项目无法实施` (a problem for the not-yet-built parts); at_risk/stalled are readings for those sub-parts only."),
  T("2", "黄塘中学:综合楼、教师公租房", "on_schedule", "已基本完成内外装饰",
    note="`已基本完成内外装饰,运动场已招标,明天签订合同` → on_schedule (基本完成 of one stage, sports ground just tendered); done is not right while the 运动场 is unbuilt. Section 三 notes its 征地款/建设资金未到位."),
  T("3", "白水小学:综合楼在内墙装修中", "on_schedule", "在内墙装修中", note="Whole item. → on_schedule."),
  T("4", "白羊小学:学生宿舍和教师宿舍", "on_schedule", "已完成第一层(共两层)", note="First of two storeys built → on_schedule."),
  T("5", "东旗小学:教师宿舍即将完成", "on_schedule", "即将完成第一层(共两层)", note="→ on_schedule."),
  T("6", "双桥中学:教师公租房已完成基础", "on_schedule", "已完成基础", note="Foundations done → on_schedule."),
  T("7", "杨龙小学:教师宿舍已完成第一层", "on_schedule", "已完成第一层(共两层)", note="Same words as item 4 → on_schedule."),
  T("8", "名利小学:浴室已完成", "done", "浴室已完成", note="Whole item; its only project, a bath house, is finished → done."),
 ],
 summary=dict(printed=["全镇共有8所学校有新建项目", "5所学校仅有维修项目"],
   counts={"on_schedule": 7, "done": 1},
   note="Eight numbered schools against the printed `8所学校有新建项目`; they agree. The 5 repair-only schools are not named (`所有维修项目…全部维修到位`), so they are not tasks."),
 notes=[
  "Layout: `一、基本情况:` (school counts), `二、新建项目进度情况:` with items `1、<学校>:<楼> <stage>。` … `8、`, `三、存在的困难:` with two numbered problems (not tasks: they name no new task, only obstacles of items 1 and 2), signature `邓家铺中心学校。`, then unrelated snippets from other reports on the same site.",
  "textStartsWith keeps the ASCII colon the store left after each school name; schools are sites, not units, so lead/co are empty. No leaders or deadlines.",
  "Year: the text prints `已于2023年9月前`, but the page path is /a/2112/ (Dec 2021) and the 薄改 programme ran 2014–2018; document-sharing sites rewrite years, so I left it undated.",
  "kind report: an upward 汇报 from a town's central school, not a supervision notice.",
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
        out['notes'] = d['notes']
        with open(os.path.join(OUT, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
        print(stem, len(d['tasks']), dict(c))

main()
