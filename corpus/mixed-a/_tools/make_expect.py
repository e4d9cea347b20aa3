"""Write <stem>.expect.json for mixed-a; assert every annotated string occurs in the document
(NFKC, whitespace removed, as verify.py does)."""
import json, re, unicodedata, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status, stext, note, lead=(), co=(), leaders=(), deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co),
            "leaders": list(leaders), "deadline": deadline, "status": status,
            "statusText": stext, "note": note}

docs = {}

# ---------------------------------------------------------------- 甘南州 2018
docs["gannan_2018_progress"] = {
 "source": "http://fzgg.gnzrmzf.gov.cn/info/1025/1327.htm (fzgg.gnzrmzf.gov.cn, 甘南州发展和改革委员会 site, column 项目建设, '2018年省列、州列重大项目进展情况', 发布日期 2018-12-24, 来源:本站原创); pages corpus, stored excerpt 1999 bytes",
 "kind": "progress",
 "partial": True,
 "place": "甘肃省甘南藏族自治州 (prefecture; the 州 发改委 reports on the 省列 major projects located in the 州)",
 "year": 2018,
 "tasks": [
  T("1", "兰州至合作铁路建设项目", "stalled", "正在开展可研方案调整工作",
    "'1、兰州至合作铁路建设项目。正在开展可研方案调整工作,我州已向省上出具了甘南州出资承诺书,下一步将继续加大向国家和省上的汇报衔接力度,力争尽快开工建设。' — still in 可研 (feasibility) adjustment and not started ('力争尽快开工建设') although listed among the 计划新开工 projects: stalled (尚处前期)"),
  T("2", "西宁经合作至成都铁路(甘肃段)建设项目", "stalled", "正在加快推进前置性手续办理",
    "'2、…境内全线定测工作基本完成,正在加快推进前置性手续办理。' — survey done, pre-construction approvals still being processed: stalled (尚处前期). the stored text has ASCII parentheses in '(甘肃段)'"),
  T("3", "卓尼至合作高速公路建设项目", "stalled", "因项目政府资本金无来源,正在与社会资本意向出资方谈判",
    "'3、…项目前置性手续已全部办结,工可研及初步设计已批复,“两评一案”已通过审查,目前因项目政府资本金无来源,正在与社会资本意向出资方谈判。' — approvals complete but blocked by missing government capital, not started: stalled (at_risk would also be defensible)"),
  T("4", "王格尔塘至夏河高速公路建设项目", "on_schedule", "公路全线正在进行路基土石方施工",
    "'4、…公路全线正在进行路基土石方施工、桥梁桩基施工,…累计完成投资8.5亿元。' — under construction"),
  T("5", "夏河县拉卜楞-桑科大景区旅游基础设施建设项目", "on_schedule", "1#、2#、3#公厕已完成95%",
    "'5、…阿木去乎黑力宁巴、桑科大观景台已全部完工,1#、2#、3#公厕已完成95%,桑科、甘加帐' — sub-works partly '已全部完工', others at 95%; the item as a whole is in progress → on_schedule. Text is cut off here (excerpt limit)"),
 ],
 "summary": {
  "period": "2018 (page of 2018-12-24; '截至目前')",
  "printed": ["全州省列重大项目共8项", "截至目前完成投资14.99亿元,投资完成率为53.54%"],
  "statusCounts": "none printed per status; 8 省列 projects announced (2 续建, 6 计划新开工), 5 described before the cut",
  "stalled": 3, "on_schedule": 2,
  "scopes": [
   {"name": "省列重大项目", "printed": ["全州省列重大项目共8项", "续建项目2项", "计划新开工项目6项"]}
  ],
  "note": "the 州列 projects named in the title are not reached in the stored excerpt"
 },
 "notes": [
  "Family 2 progress report by the 州发改委 with a numbered per-project status (1、…5、). No units, leaders or deadlines are printed per item.",
  "Status words are descriptive, not verdicts: items 1–3 are still in pre-construction work or blocked ('正在开展可研方案调整工作', '正在加快推进前置性手续办理', '因项目政府资本金无来源') although listed for 2018 start — read as stalled (尚处前期); 4–5 are under construction → on_schedule.",
  "textStartsWith is the project title after 'N、' (each title ends at '。'); the items 1–5 are the whole titles.",
  "Excerpt cut at ~2,000 bytes inside item 5 ('桑科、甘加帐'); items 6–8 and the 州列 part are missing → partial."
 ]
}

# ---------------------------------------------------------------- 隆安县 2015
docs["longan_2015_report"] = {
 "source": "http://gl-ledlight.com/html/channellax.jingmaojjjs201505t20150528_1393081.html (gl-ledlight.com, an unrelated-domain mirror of a 南宁 government news page; the path keeps 'jingmaojjjs/201505/t20150528_1393081', i.e. the 经贸/经济建设 column, 2015-05-28); pages corpus, stored excerpt 1182 bytes",
 "kind": "report",
 "partial": False,
 "place": "广西壮族自治区南宁市隆安县 (the 南宁 副市长's 第二十服务队 visits projects in 隆安县)",
 "year": 2015,
 "tasks": [
  T(None, "广西铂洋香蕉制品有限公司香蕉深加工项目", "on_schedule", "均已开工建设一期项目",
    "named in the visit list; status in the closing sentence '广西铂洋香蕉制品有限公司香蕉深加工项目、隆安县体育中心项目均已开工建设一期项目' (shared with 隆安县体育中心项目) — 已开工 → on_schedule"),
  T(None, "隆安生态农业光伏大棚项目", "on_schedule", "已经完成一期建设工作,计划6月份进行并网试产",
    "'隆安生态农业光伏大棚项目已经完成一期建设工作,计划6月份进行并网试产' — phase 1 built, grid trial planned for June: the project as a whole is not finished → on_schedule (done would be defensible only for 一期). '6月份' is a planned date, not a printed deadline"),
  T(None, "广西南宁粒粒谷生态产业综合开发项目", "stalled", "正在进行前期工作",
    "'目前除粒粒谷生态产业综合开发项目、南宁港隆安港区宝塔作业区一期工程正在进行前期工作外' — still in pre-construction work → stalled (尚处前期). The closing sentence shortens the name to '粒粒谷生态产业综合开发项目'; textStartsWith follows the first (full) mention in the visit list"),
  T(None, "南宁港隆安港区宝塔作业区一期工程", "stalled", "正在进行前期工作",
    "shared status with 粒粒谷 ('…正在进行前期工作外') → stalled (尚处前期)"),
  T(None, "隆安县体育中心项目", "on_schedule", "均已开工建设一期项目",
    "shared closing clause with the 香蕉深加工 project → on_schedule. Whole item is 9 characters"),
 ],
 "summary": {
  "period": "2015 (visit on 5月8日; year from the page path t20150528)",
  "printed": ["隆安县部分项目", "正在进行前期工作", "均已开工建设一期项目"],
  "statusCounts": "none printed; 5 projects named, each given a state in one closing sentence",
  "stalled": 2, "on_schedule": 3,
  "scopes": [
   {"name": "服务队联系的重大项目、服务的重点企业", "printed": ["全面了解联系的重大项目、服务的重点企业建设进展情况"]}
  ]
 },
 "notes": [
  "Family 2: a 调研 news report (副市长唐斌率第二十服务队) whose last paragraph gives a state for each of the five projects visited; no units, leaders or deadlines per project. '唐斌' is the visiting 副市长, not a per-task leader.",
  "Tasks are unnumbered and appear twice: first in the visit list (used for textStartsWith), then in the status sentence (used for statusText).",
  "'正在进行前期工作' read as stalled (尚处前期, not started); '已开工建设一期' and '已经完成一期建设工作,计划6月份进行并网试产' read as on_schedule.",
  "The year is not printed in the text; 2015 comes from the URL path (t20150528) and matches '5月8日'."
 ]
}

for stem, d in docs.items():
    text = norm(open(stem + ".txt", encoding="utf-8").read())
    d["taskCount"] = len(d["tasks"])
    for t in d["tasks"]:
        for s in [t["textStartsWith"], t["statusText"], t["deadline"]] + t["lead"] + t["co"] + t["leaders"]:
            if s:
                assert norm(s) in text, (stem, s)
    for p in d["summary"].get("printed", []):
        assert norm(p) in text, (stem, p)
    for sc in d["summary"].get("scopes", []):
        for p in sc["printed"]:
            assert norm(p) in text, (stem, p)
    order = ["source", "kind", "partial", "place", "year", "taskCount", "tasks", "summary", "lagging", "notes"]
    out = {k: d[k] for k in order if k in d}
    with open(stem + ".expect.json", "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
    print(stem, d["taskCount"], "tasks")
