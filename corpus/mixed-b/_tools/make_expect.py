"""Write <stem>.expect.json for mixed-b; assert every annotated string occurs in the document
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

# ---------------------------------------------------------------- 江门江海区外海街道 2019
done = "已全面完成投入使用"
docs["jianghai_2019_report"] = {
 "source": "http://www.jianghai.gov.cn/zwgk/zfxxgkmlxt/zfxxgkml/whjdbsc/content/post_1586308.html (jianghai.gov.cn, 江门市江海区人民政府 政府信息公开 column of 外海街道办事处; news item on a 区人大常委会 调研 held 10月25日, year 2019 from the text); pages corpus, stored excerpt 1780 bytes",
 "kind": "report",
 "partial": False,
 "place": "广东省江门市江海区外海街道 (street office; the 区人大常委会 调研组 visits the 街道 人大工委, which reports on the 街道's 票决 民生实事)",
 "year": 2019,
 "tasks": [
  T("1", "七西文化综合楼", "done", done,
    "numbered list '1、七西文化综合楼;' (whole item, 7 characters); status from the later sentence '其中,七西文化综合楼;石鹤利党建广场工程;金溪大道改造工程;南山泵房建设项目已全面完成投入使用' which covers items 1-4"),
  T("2", "石鹤利党建广场工程", "done", done, "'2、石鹤利党建广场工程;' — shared status sentence with items 1, 3, 4"),
  T("3", "金溪大道改造工程", "done", done, "'3、金溪大道改造工程;' — shared status sentence"),
  T("4", "南山泵房建设项目", "done", done, "'4、南山泵房建设项目;' — shared status sentence"),
  T("5", "外海中心小学教学楼项目", "on_schedule", "将于11月1日正式投入使用",
    "'外海中心小学教学楼项目将于11月1日正式投入使用,将有4个班搬到新教学楼正式上课' — not yet in use on 10月25日 but with a fixed opening date a week later; read as on_schedule (near completion, per plan). '11月1日' is an expected opening date, not a printed deadline"),
 ],
 "summary": {
  "total": 5,
  "printed": ["2019年民生实事票决的5项民生实事项目", "已全面完成投入使用", "将于11月1日正式投入使用"],
  "done": 4, "on_schedule": 1,
  "note": "no counts beyond '5项'; the 4 done items are named again in the status sentence, separated by ';'"
 },
 "notes": [
  "Author body: the item is published under 外海街道办事处 on the 江海区 site, but it reports a 区人大常委会 调研组 (副主任张成富) hearing the 街道 人大工委副主任 梁辉远 on the 票选民生实事项目 — a 人大 supervision document of family 2 (per-item status), kind 'report' (news).",
  "No units, leaders or deadlines are printed for the projects; 张成富/梁辉远/周竞龙 are 人大 officials at the meeting, not task leaders.",
  "Place: jiangmen (江门 the city) is in taken.txt; the 江海区/外海街道 level is not claimed anywhere (checked taken.txt and every PLACES-CLAIMED.txt).",
  "Items 1-4 share one statusText; item 1's text is only 7 characters (whole item).",
 ],
}

# ---------------------------------------------------------------- 湖北某县 县政协 调研报告 (undated)
docs["hubeixxxian_undated_report"] = {
 "source": "https://cnrencai.com/diaoyanbaogao/1065766.html (cnrencai.com, a 范文 (model-essay) site reposting a real 县政协 调研报告 with dates blanked: '于月日', '年市下达', '月,完成'; titled '委员会项目建设调研报告范文'); pages corpus, stored excerpt 2000 bytes",
 "kind": "report",
 "partial": True,
 "place": "湖北省某县 (county not named; '我县' on the 谷竹高速公路 (谷城—竹溪) line, so one of the 襄阳/十堰 counties it crosses; 县政协副主席李绪伦 leads the 调研)",
 "year": None,
 "tasks": [
  T(None, "谷竹高速公路前期准备工作", "on_schedule", "顺利推进",
    "'谷竹高速公路前期准备工作顺利推进;' — only the preparatory work is in progress; named '高速公路前期准备' in the list of visited sites"),
  T(None, "中医院迁建工程正抓紧施工", "on_schedule", "正抓紧施工",
    "'中医院迁建工程正抓紧施工;' (whole clause; the status words are part of it)"),
  T(None, "400套2000平米的两处廉租房建设", "on_schedule", "已全面开工正加紧建设中",
    "'400套2000平米的两处廉租房建设已全面开工正加紧建设中;'"),
  T(None, "橡皮坝建设如不是受暴雨灾害影响", "lagging", "如不是受暴雨灾害影响,已完成工程量80%",
    "'橡皮坝建设如不是受暴雨灾害影响,已完成工程量80%。' — a garbled counterfactual: the dam would have reached 80% of the works but for the rainstorm, i.e. it is behind; read as lagging (judgement call, null would also be defensible)"),
 ],
 "summary": {
  "total_named": 4,
  "printed": ["高速公路前期准备、廉租房、中医院迁建、橡皮坝等重点工程", "各重点项目建设进展较为顺利", "全县在建项目达到128个"],
  "on_schedule": 3, "lagging": 1,
  "note": "overall judgement '各重点项目建设进展较为顺利'; the investment paragraph gives 固定资产投资 targets and progress (12.98亿元, 占工作目标35亿元的37.1%) and '全县在建项目达到128个', which are aggregates, not tasks"
 },
 "notes": [
  "Author body: 县政协 (政协副主席 带领部分政协常委 调研 '全县上半年重点项目建设情况'), family 2 report with a status for each of the four visited projects.",
  "Reliability doubt: reposted on a model-essay site with the year, month and day blanked out and the county name absent; the text itself reads as a genuine report (named 副主席, concrete figures), but it cannot be dated (the 谷竹高速 preparatory stage and '科学发展观' wording point to about 2008-2010). Year left null, stem 'undated'.",
  "Place stem 'hubeixxxian' (湖北某县): xxxian and hubeixxshi are used elsewhere; this prefix is new.",
  "The 固定资产投资 target (县政府安排固定资产投资计划工作目标35亿元) has progress figures but no status words; not counted as a task.",
  "Excerpt cut at 2000 bytes in mid-word ('投资项'); later sections (problems, suggestions) are missing.",
 ],
}

for stem, d in docs.items():
    text = norm(open(stem + ".txt", encoding="utf-8").read())
    for t in d["tasks"]:
        for s in [t["textStartsWith"], t["statusText"], t["deadline"], *t["lead"], *t["co"], *t["leaders"]]:
            if s:
                assert norm(s) in text, (stem, s)
    for s in d["summary"].get("printed", []):
        assert norm(s) in text, (stem, s)
    d["taskCount"] = len(d["tasks"])
    order = ["source", "kind", "partial", "place", "year", "taskCount", "tasks", "summary", "lagging", "notes"]
    out = {k: d[k] for k in order if k in d}
    with open(stem + ".expect.json", "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
    print(stem, d["taskCount"])
