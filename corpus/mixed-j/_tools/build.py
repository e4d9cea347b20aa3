import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from docs import DOCS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def T(num, start, status=None, st=None, lead=(), co=(), leaders=(), deadline=None, note=None):
    d = {"number": num, "textStartsWith": start, "lead": list(lead), "co": list(co), "leaders": list(leaders),
         "deadline": deadline, "status": status, "statusText": st}
    if note: d["note"] = note
    return d
EXP = {}
EXP["xinan_2010_notice"] = dict(
 source="https://360docs.net/doc/0216631652.html (新安县人民政府办公室《政务督查》第9期, 2010-05-05, relayed on 360docs.net; pages corpus, stored excerpt %d bytes)",
 kind="notice", partial=True, place="河南省洛阳市新安县", year=2010,
 tasks=[
  T("一", "中小学校安全建设项目", note="parent item; only its sub-projects carry statuses"),
  T(None, "石寺二中学生宿舍项目", "on_schedule", "正在进行三层施工"),
  T(None, "正村中岳小学教学楼项目", "on_schedule", "正在处理基础"),
  T(None, "石寺磨伍小学教学楼项目", "on_schedule", "目前正在处理基础"),
  T(None, "南李村江村小学教学楼项目", "on_schedule", "主体已封顶,正在内外粉刷"),
  T(None, "铁门一中餐厅建设项目", "on_schedule", "正在进行框架柱施工"),
  T(None, "仓头庙东小学综合楼项目", "on_schedule", "正在处理基础"),
  T(None, "五头三中学生餐厅项目", "on_schedule", "设计结束,已进入招标程序", note="pre-construction; a reader could code stalled (not yet started) or null"),
  T("二", "公共文化设施建设项目", note="parent item; text cut off inside it"),
  T(None, "北冶镇文化站", "done", "已基本完成建设任务,正待上级部门验收", note="基本完成 awaiting acceptance; on_schedule is a defensible alternative"),
  T(None, "南李村镇文化站", "on_schedule", "主体工程结束", note="sentence cut off by the store"),
 ],
 summary={"printed": ["通过审批的7个项目进展情况为"]},
 notes="Only items 一 and 二 of the ten 实事 survive in the stored excerpt. No lead unit is assigned; 教育部门 is only mentioned as the body that secured the projects, so lead is left empty.")
EXP["dezhou_undated_report_trad"] = dict(
 source="http://stellalashacademy.com/shandong/info/131796.html (中招网 relay of a 德州市 key-project progress item, undated; traditional-converted text with converter artefacts; pages corpus, stored excerpt %d bytes)",
 kind="report", partial=False, place="山东省德州市", year=None,
 tasks=[
  T(None, "京滬高鐵", "done", "等8個項目完工"),
  T(None, "樂陵華商國家食糖儲備庫", "done", "等8個項目完工"),
  T(None, "齊河?xùn)|盟現代生態旅游城項目", "stalled", "5個項目未開工", note="name kept with the converter artefact ?xùn)| (=東) exactly as stored"),
  T(None, "石濟客運專線", "stalled", "5個項目未開工"),
  T(None, "齊耀生物質循環經濟示范園項目", "stalled", "5個項目未開工"),
  T(None, "國電生物質發電項目", "stalled", "5個項目未開工"),
  T(None, "華能四期", "stalled", "5個項目未開工", note="also 指標完成難度大; at_risk is an alternative reading"),
  T(None, "中際海洋石油勘探信號收攬機項目", "stalled", "未能開工", note="provincial key project"),
 ],
 summary={"printed": ["已有102個項目開工", "5個項目未開工", "8個項目開工"]},
 notes="Year not printed (京沪高铁 completion suggests 2010/2011); year null. The five 未開工 projects are listed one by one after the count, so each gets stalled.")
EXP["wujin_2017_progress"] = dict(
 source="https://www.wj.gov.cn/html/czwj/2017/BENMPFPJ_1019/102703.html (常州市武进区人民政府网站 重点项目, 2017-10; pages corpus, stored excerpt %d bytes)",
 kind="progress", partial=True, place="江苏省常州市武进区", year=2017,
 tasks=[
  T("1", "新建项目。新建项目共185个", note="counts only (开工率86.5%), no status word"),
  T("2", "续建项目。续建项目共118个", note="counts only"),
  T(None, "科技", "good", "进展较好", note="sector group; whole item shorter than 8 chars"),
  T(None, "农业", "good", "进展较好"),
  T(None, "工业", "good", "进展较好"),
  T(None, "服务业项目", "good", "进展较好"),
  T(None, "外资", "lagging", "进展不够理想"),
  T(None, "基础设施", "lagging", "进展不够理想"),
  T(None, "社会事业", "lagging", "进展不够理想"),
 ],
 summary={"printed": ["开工建设160个", "已竣工项目共50个", "累计投入达到序时进度的项目有188个"]},
 notes="Sectors are the named items with statuses. The 分地区 paragraph (绿建区、湟里镇 … 进展情况较好) names places where work goes well; following the brief (places are not units) they are not coded as tasks. Another reader might add them as good items.")
claimed = []
for stem, d in DOCS.items():
    open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8").write(d["text"])
    json.dump({"tool": "search", "corpus": "pages", "query": d["query"], "rank": d["rank"], "url": d["url"], "excerpt": d["text"]},
              open(os.path.join(OUT, "_raw", stem + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    e = dict(EXP[stem]); e["source"] = e["source"] % len(d["text"].encode("utf-8"))
    e["taskCount"] = len(e["tasks"])
    order = ["source","kind","partial","place","year","taskCount","tasks","summary","notes"]
    json.dump({k: e[k] for k in order}, open(os.path.join(OUT, stem + ".expect.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    from collections import Counter
    c = Counter(t["status"] for t in e["tasks"])
    print(stem, e["kind"], e["taskCount"], dict(c))
