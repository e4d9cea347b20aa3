"""Write <stem>.expect.json for status-ab; assert every annotated string occurs in the document
(NFKC, whitespace removed, as verify.py does). Expectations come only from reading the documents."""
import json, re, unicodedata, os
from collections import Counter
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(tsw, status, stext, note, number=None, lead=(), co=(), leaders=(), deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co),
            "leaders": list(leaders), "deadline": deadline, "status": status,
            "statusText": stext, "note": note}

docs = {}

# ------------------------------------------------------------------ 鹿寨 2012
S_ROAD = "计划这两条公路到12月底前全部铺成油路,工程全面竣工"
docs["luzhai_2012_progress"] = {
 "source": "http://www.luzhai.gov.cn/xxgk/fdzdgknr/zdxm/202102/t20210226_2616944.shtml (luzhai.gov.cn, 鹿寨县人民政府 政府信息公开 > 重点项目 column; the URL carries the posting date 2021-02-26, the text is about 2012, progress '到11月12日'); pages corpus, stored excerpt 1998 bytes",
 "kind": "progress",
 "partial": True,
 "place": "广西壮族自治区柳州市鹿寨县",
 "year": 2012,
 "tasks": [
  T("拉沟至木龙四级通村油路", "on_schedule", "拉沟至木龙公路已完成工程量60.5%",
    "component of the 自治区 千村公路通畅项目 ('建设板盘至背塘四级通村油路和拉沟至木龙四级通村油路'); '到11月12日,拉沟至木龙公路已完成工程量60.5%' with completion planned by 12月底 → on_schedule. Deadline from '" + S_ROAD + "'",
    deadline="12月底前"),
  T("板盘至背塘四级通村油路", "on_schedule", "板盘至背塘公路已完成工程量61.1%",
    "second road of the 千村公路通畅项目; same 12月底前 plan", deadline="12月底前"),
  T("英山大桥", "on_schedule", "英山大桥、白合大桥均已完成80%的工程量",
    "县本级 路桥畅通工程 sub-item; whole item (4 characters); 80% done, in progress"),
  T("白合大桥", "on_schedule", "英山大桥、白合大桥均已完成80%的工程量",
    "whole item; shares the sentence with 英山大桥"),
  T("大良大桥", "done", "大良大桥已完工,于8月2日竣工验收",
    "whole item; completed and accepted 8月2日"),
  T("福龙桥", "on_schedule", "已完成50.5%的工程量",
    "whole item (3 characters); '计划投资70万元建设的福龙桥,已完成50.5%的工程量' → in progress"),
  T("英山至黄腊四级柏油路", "on_schedule", "英山至黄腊四级柏油路已完成59.5%的工程量",
    "the 【任务】 sentence reads '福龙桥的建设和维修英山至黄腊四级柏油路' (建设 belongs to the bridges, 维修 to this road); 59.5% done → in progress"),
  T("桥东路改造工程", "done", "已完成所有工程量,于10月30日竣工验收",
    "listed in 【任务】 as '县城桥东路'; '投资456万元的桥东路改造工程,已完成所有工程量,于10月30日竣工验收' → done. Item name shorter than 8 characters"),
  T("农村饮水安全工程建设", "done", "自治区级和县本级的农村饮水安全工程建设全部完工并投入使用",
    "自治区 强基惠民工程 sub-item; one sentence covers both the 自治区级 and the 县本级 drinking-water item"),
  T("农村饮水安全", "done", "自治区级和县本级的农村饮水安全工程建设全部完工并投入使用",
    "县本级 水利助农工程 sub-item ('水利助农工程的农村饮水安全、节水灌溉改造等2个子项目'); same status sentence as the previous task (县本级的…全部完工并投入使用). textStartsWith is a substring of the previous task's text — a tool may merge the two"),
  T("小型农田水利重点县建设", "done", "全部竣工并通过了自治区级总体验收",
    "'自治区级的小型农田水利重点县建设项目全部竣工并通过了自治区级总体验收'"),
  T("中小河流治理项目", None, None,
    "the excerpt stops right after '中小河流治理项目总体' — its status is cut off"),
  T("小型病险水库除险加固项目", None, None,
    "named in 【任务】 and in the 5-sub-item sentence; no status before the excerpt ends"),
  T("大中型水库移民新村建设", None, None,
    "named only; no status before the excerpt ends"),
  T("节水灌溉改造", None, None,
    "县本级 水利助农工程 sub-item; no status in the excerpt (6 characters, whole item)"),
 ],
 "summary": {
  "printed": ["2012年为民办实事工程大部分子项提前完成或达标", "等6个子项目", "等2个子项目", "到11月12日"],
  "done": 5, "on_schedule": 6, "null": 4,
  "note": "14 sub-items are announced (自治区 强基惠民 6; 县本级 路桥畅通 6; 水利助农 2); the two 千村公路 roads replace their parent item, so 15 tasks; no totals of done/ongoing are printed in the excerpt"
 },
 "notes": [
  "Progress news/report posted on the county's 重点项目 disclosure column; kind progress. No units, leaders or deadlines per item except the two roads' '12月底前'. '我县' is the actor throughout.",
  "The parent item '千村公路通畅项目' is represented by its two named roads (each with its own percentage); a tool that emits the parent instead is also reasonable.",
  "80%/60%/50% complete in November with a year-end target: coded on_schedule (the document frames everything as progress, title '大部分子项提前完成或达标').",
  "Excerpt is cut at 2,000 bytes inside the sentence on 中小河流治理项目 → partial.",
  "Place: 鹿寨 (luzhai) is in neither taken.txt nor any PLACES-CLAIMED.txt.",
 ],
}

# ------------------------------------------------------------------ 河源 2014 (traditional mirror)
ST_HY = "未動(dòng)工的重點(diǎn)項(xiàng)目包括"
docs["heyuan_2014_progress_trad"] = {
 "source": "http://bchyzm.com/2014/sz_0723/36121.html (bchyzm.com, a traditional-character mirror of a 河源日报 '本報訊(記者 黃冉 張濤)' item; URL date 2014-07-23; text: '2014年上半年經濟形勢分析聯席會議'); pages corpus, stored excerpt 1998 bytes",
 "kind": "progress",
 "partial": True,
 "place": "广东省河源市",
 "year": 2014,
 "tasks": [
  T("市城市防洪三期工程", "stalled", ST_HY,
    "first of five named among '9 個未動工的重點項目' — not started by end of June → stalled"),
  T("市高新區(qū)優(yōu)質(zhì)水資源產(chǎn)業(yè)開(kāi)發(fā)一期工程", "stalled", ST_HY,
    "the mirror's pinyin garble '(qū)' etc. kept verbatim"),
  T("市高新區(qū)實(shí)驗(yàn)學(xué)校", "stalled", ST_HY, "shared sentence"),
  T("中國(guó)客家黃酒生產(chǎn)基地", "stalled", ST_HY, "shared sentence"),
  T("龍川縣光榮院福利院", "stalled", ST_HY,
    "shared sentence; 龍川縣 is part of the project name / location, not a unit"),
 ],
 "summary": {
  "printed": ["有9 個(gè)項(xiàng)目至今尚未開(kāi)工建設(shè)", "全市動(dòng)工建設(shè)重點(diǎn)項(xiàng)目100 個(gè),動(dòng)工率90.9%", "占年度投資計(jì)劃的49.8%"],
  "total_not_started": 9, "named": 5, "started": 100, "stalled": 5,
  "note": "9 projects not started, 5 of them named ('…等'); 100 started (90.9%); 81.8億元 = 49.8% of the annual plan; the remaining 4 unstarted projects are not named"
 },
 "notes": [
  "News report (family 2) on 河源市 重点项目 at 6月底 2014; only the not-started projects are named, so all tasks are stalled.",
  "'其中多數項目原計劃在上半年完成規劃設計、征地拆遷等前期工作,從第三季度開始施工建設' — most of the nine were not due to start before Q3, so one could argue they are not late; stalled is still the literal status (not started, 前期). 'lagging' or 'at_risk' ('部分項目進展并不順利') are defensible for some, but the text does not say which.",
  "No units: '業主單位' and '市政府' are generic; no leaders, no deadlines ('原定時間節點' is not given).",
  "Traditional-character mirror with parenthesised pinyin after converted characters ('項(xiàng)'); all annotated strings keep it verbatim; stem carries _trad. The excerpt ends in the site's 熱點圖片/新聞推薦 sidebar, cut at 2,000 bytes → partial (the article body itself looks complete).",
  "Place: 河源 (heyuan) is in neither taken.txt nor any PLACES-CLAIMED.txt.",
 ],
}

# ------------------------------------------------------------------ 岑巩 2010 (traditional mirror)
ST_CG_ON = "建設工程形象進度達到75%"
ST_CG_ST = "已完成征地等前期工作,預計9月底開工建設"
docs["cengong_2010_progress_trad"] = {
 "source": "http://www.zhxpm.cn/news/qdnyw/201007/35579.shtml (zhxpm.cn, a traditional-character mirror of a 黔东南 news item '本港訊 (張維軍)', source 岑鞏縣發改局; URL date 2010-07; text '截至6月底'); pages corpus, stored excerpt 800 bytes",
 "kind": "progress",
 "partial": False,
 "place": "贵州省黔东南苗族侗族自治州岑巩县",
 "year": 2010,
 "tasks": [
  T("新興村外環路", "on_schedule", ST_CG_ON,
    "'新興村外環路、濱河路農村道路建設工程形象進度達到75%,完成投資2400萬元' → in construction; whole item (6 characters)"),
  T("濱河路農村道路", "on_schedule", ST_CG_ON, "shared sentence; whole item"),
  T("外環東路", "stalled", ST_CG_ST,
    "'外環東路、外環西路、濱河東路已完成征地等前期工作,預計9月底開工建設' → not started, 尚處前期 → stalled. '預計9月底開工建設' is an expected start date, not a completion deadline, so deadline stays null"),
  T("外環西路", "stalled", ST_CG_ST,
    "listed first in the plan sentence as '新興縣城外環西路'; shared status sentence"),
  T("濱河東路", "stalled", ST_CG_ST, "shared status sentence"),
 ],
 "summary": {
  "printed": ["項目總投資達1.6542億元", "完成投資2400萬元"],
  "on_schedule": 2, "stalled": 3,
  "note": "five road projects of the 新興縣城 road network; two under construction at 75%, three at the pre-start (land acquisition done) stage"
 },
 "notes": [
  "Short news item, complete (ends with the 負責人 comment) → partial false.",
  "岑鞏縣發改局 is the source of the information ('筆者從岑鞏縣發改局獲悉'), not a responsible unit for the roads; no units, leaders or deadlines are printed.",
  "Year 2010 from the URL (201007) and '截至6月底' plus the forward reference to '十二五'.",
  "All task texts are whole road names shorter than 8 characters (verify notes, not errors).",
  "Traditional characters (no pinyin garble in this mirror); stem carries _trad.",
  "Place: 岑巩 (cengong) is in neither taken.txt nor any PLACES-CLAIMED.txt (qiandongnan, the prefecture, is taken).",
 ],
}

# ------------------------------------------------------------------ 东乡 2015
ST_XJ = "15个续建项目已全面复工建设"
ST_NEW = "18个新建项目已开工建设"
ST_SOON = "6个项目将于近期开工建设"
ST_KY = "5个项目可研已通过评审"
def xj(t, n): return T(t, "on_schedule", ST_XJ, n)
def nw(t, n): return T(t, "on_schedule", ST_NEW, n)
def soon(t, n): return T(t, "stalled", ST_SOON, n)
docs["dongxiang_2015_progress"] = {
 "source": "no URL: the pages corpus returned this excerpt without an address (two queries, same result). A newspaper relay ('本报东乡讯', author 郭得侠; the 新闻推荐 line cites 鑫报/兰州警方, so probably a 兰州 paper via a county-news aggregator, '东乡族新闻'); undated — year 2015 inferred from the project names ('2015年易地扶贫搬迁', '2015年中央财政小型农田水利工程', '2015年农网改造升级工程'); pages corpus, stored excerpt 1630 bytes",
 "kind": "progress",
 "partial": False,
 "place": "甘肃省临夏回族自治州东乡族自治县",
 "year": 2015,
 "tasks": [
  xj("大夏河堤防工程", "续建 project; '…等15个续建项目已全面复工建设' → resumed construction = on_schedule"),
  xj("幸福小区B区廉租房", "续建; shared sentence"),
  xj("高级中学", "续建; shared sentence; whole item (4 characters)"),
  nw("坪庄沟上游地质灾害综合治理工程", "新建; '…等18个新建项目已开工建设' → 已开工 = on_schedule"),
  nw("棚户区改造", "新建; whole item"),
  nw("五苏木至达板道路改建", "新建"),
  nw("危旧房改造", "新建; whole item"),
  nw("整村推进", "新建; whole item"),
  nw("新一轮退耕还林", "新建; whole item"),
  nw("2015年易地扶贫搬迁", "新建"),
  nw("东乡佳杰商贸有限公司牛羊肉屠宰加工", "新建; an enterprise project — the company is the project owner named in the title, not a government unit"),
  nw("河滩天然气加气母站项目", "新建; last of the 9 named of 18"),
  soon("考勒加油站", "'…6个项目将于近期开工建设' → not yet started → stalled; whole item"),
  soon("2015年中央财政小型农田水利工程", "not yet started"),
  soon("百和乡35千伏变电站改造工程", "not yet started; 百和乡 is a location"),
  soon("2015年农网改造升级工程", "not yet started"),
  soon("东乡家苑(东塬小区)廉租房一至五期室外附属工程", "not yet started"),
  soon("东乡县平安城市社会治安视频监控建设", "the 6th of '…和…建设6个项目' — all six are named"),
  T("大中型水库特困移民避险解困扶持试点项目", "stalled", "正在施工图设计",
    "design stage (施工图设计) → 尚处前期 → stalled"),
  T("折红二级公路", "stalled", ST_KY,
    "'折红二级公路、河滩镇生活垃圾处理等5个项目可研已通过评审' → feasibility study approved, pre-start → stalled; whole item (6 characters)"),
  T("河滩镇生活垃圾处理", "stalled", ST_KY, "shared sentence"),
 ],
 "summary": {
  "printed": [ST_XJ, "完成投资1.8亿元", ST_NEW, "完成投资3.39亿元", ST_SOON, ST_KY, "其余项目正在积极开展前期工作"],
  "on_schedule": 12, "stalled": 9,
  "note": "groups: 15 续建 resumed (3 named), 18 新建 started (9 named), 6 to start soon (all 6 named), 1 in construction-drawing design, 5 with feasibility approved (2 named), rest in 前期"
 },
 "notes": [
  "News item (family 2): every named project carries a status through its group sentence; no units, leaders or deadlines.",
  "'已全面复工建设' (续建, resumed after winter) and '已开工建设' are both coded on_schedule; '将于近期开工建设', '正在施工图设计' and '可研已通过评审' are all pre-start → stalled (a reader could call '将于近期开工' on_schedule if the start is on plan; the text gives no plan date).",
  "No URL and no date were returned by the corpus; the year is inferred — flag as doubtful for source checking.",
  "The trailing 新闻推荐 line and the site slogan are page chrome, not tasks.",
  "Place: 东乡族自治县 (dongxiang) is in neither taken.txt nor any PLACES-CLAIMED.txt; not to be confused with 江西抚州东乡区.",
 ],
}

bad = 0
for stem, d in docs.items():
    with open(stem + '.txt', encoding='utf-8') as fh:
        text = norm(fh.read())
    def chk(s, what):
        global bad
        if s and norm(s) not in text:
            print('MISSING', stem, what, repr(s)); bad += 1
    for i, t in enumerate(d['tasks'], 1):
        chk(t['textStartsWith'], 'task%d tsw' % i)
        chk(t['statusText'], 'task%d status' % i)
        chk(t['deadline'], 'task%d deadline' % i)
        for u in t['lead'] + t['co'] + t['leaders']:
            chk(u, 'task%d unit' % i)
    for p in d['summary'].get('printed', []):
        chk(p, 'printed')
    for l in d.get('lagging', []):
        chk(l['unit'], 'lagging unit')
    out = {"source": d["source"], "kind": d["kind"], "partial": d["partial"], "place": d["place"],
           "year": d["year"], "taskCount": len(d["tasks"]), "tasks": d["tasks"], "summary": d["summary"]}
    if "lagging" in d:
        out["lagging"] = d["lagging"]
    out["notes"] = d["notes"]
    with open(stem + '.expect.json', 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print(stem, len(d['tasks']), dict(Counter(t['status'] for t in d['tasks'])))
print('missing:', bad)
