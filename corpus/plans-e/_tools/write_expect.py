#!/usr/bin/env python3
"""Write <stem>.expect.json for each document and check every annotated string occurs (NFKC, whitespace removed)."""
import json, os, re, unicodedata
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
def T(number, tsw, lead=(), co=(), leaders=(), deadline=None, note=None):
    return {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": list(leaders),
            "deadline": deadline, "status": None, "statusText": None, "note": note}
EXP = {}
EXP['xinmi_2021_plan'] = {
 "source": "http://henan.kjzch.com/zhengzhou/2021-03-30/775911.html (henan.kjzch.com mirror of 新密市人民政府 信息公开; 新密政办〔2021〕6号, 成文日期 2021-03-26, 发布日期 2021-03-30; pages corpus, stored excerpt 1998 bytes)",
 "kind": "plan",
 "partial": True,
 "place": "河南省郑州市新密市 (county-level city)",
 "year": 2021,
 "tasks": [
  T("1", "严格管控地方政府债务,切实保障“三保”支出", lead=["市财政局"],
    note="section 一、承担的2021年省政府工作报告重点工作任务及责任分解. Label line '责任单位:市 财政局' (scrape space inside the unit name); only one 责任单位, no 牵头单位 line, so it is the lead."),
  T("2", "以兰考、鄢陵、新安、南乐、新郑5个国家级县城新型城镇化建设示范县为引领", lead=["市城镇化服务中心"],
    co=["市发展改革委", "住建局", "各乡镇政府", "街道办事处", "伏羲山管委会"],
    note="Two label lines: '牵头单位:市 城镇化服务中心' then '责任单位: 市发展改革委、住建局, 各乡镇政府、街道办事处 、伏羲 山管委 会'. Because a 牵头单位 is printed, the 责任单位 list is read as co. '住建局' shares the 市 prefix of 市发展改革委 (= 市住建局), kept as printed. '各乡镇政府、街道办事处' split into two; 各 governs both (各街道办事处). '伏羲 山管委 会' has scrape spaces (伏羲山管委会). The number '5' is printed as ' 5 ' with spaces."),
  T("3", "加强城市和建筑风貌管理,统筹地上地下", lead=["市住建局", "资源规划局", "大数据局", "发展改革委", "城管局"],
    note="Only '责任单位:' is printed (five units, the 市 prefix written once and shared: 市住建局、资源规划局、大数据局、发展改革委、城管局; scrape spaces inside). No 牵头/配合 split, so all are recorded as lead (alternative: first-listed 市住建局 = lead, rest co)."),
  T("4", "深入构建现代农业经营体系,规范提升",
    note="Cut by the excerpt limit inside the task text; no unit lines survive. textStartsWith is the whole visible item."),
 ],
 "summary": {"scopes": [{"scope": "我市承担的2021年省政府工作报告重点工作任务",
   "total": None, "by_status": {},
   "printed": ["承担的2021年省政府工作报告重点工作任务及责任分解"],
   "note": "No total printed in the excerpt. The notice announces a breakdown of the tasks the city 'undertakes' from both the 省 (河南省) and 郑州市 government work reports; only part 一 (省 report) is visible, 4 items, the 4th cut."}]},
 "layout": "Mirror of a gov.cn 信息公开 page: title, bullet metadata block (索引号/发布机构/…/文号), addressee line, preamble citing 郑政办〔2021〕15号 and 〔2021〕7号, heading '一 、 承担的 20 21 年 省 政府工作报告重点工作任务及责任分解', then items 'N . task。' followed by separate label lines '牵头单位:…' and/or '责任单位:…'. Heavy PDF/Word scrape damage: spaces inside numbers ('20 21', '1 .') and inside unit names ('市 财政局', '资源规划 局', '伏羲 山管委 会').",
 "tests": "label lines below each item; mixed items with only 责任单位 vs. 牵头单位 + 责任单位; a shared 市 prefix over a list; spaces inside unit names and numbers; list separators mixing '、' and ',' (full-width/ASCII comma as scraped); a cut final item with no units; the document is a county-level city's breakdown of tasks handed down from higher-level reports (省 and 郑州市).",
 "ambiguities": "(1) Whether 责任单位 means lead when it is the only label (items 1, 3) but co when a 牵头单位 is also printed (item 2) — recorded that way here. (2) Splitting '各乡镇政府、街道办事处' into two units vs. keeping it as one group. (3) '住建局'/'资源规划局' etc. without the 市 prefix — kept as printed. (4) Year: 2021 from the title; the tasks come from the 2021 河南省政府工作报告, not 新密's own report.",
 "notes": [
  "Partial: cut inside item 4's text.",
  "No status (plan), no deadlines and no leaders printed in the excerpt.",
  "Place: 郑州 (zhengzhou) is taken, 新密 (a county-level city under 郑州) is not; stem xinmi.",
  "Transcribed from the search tool's JSON display into _tools/write_raw.py; UTF-8 size 1998 bytes (store excerpts are ~2000), so the transcription is probably complete; runs of spaces copied as displayed."
 ]
}
for stem, exp in EXP.items():
    exp['taskCount'] = len(exp['tasks'])
    order = ['source','kind','partial','place','year','taskCount','tasks','summary','layout','tests','ambiguities','notes']
    exp = {k: exp[k] for k in order if k in exp}
    text = norm(open(os.path.join(HERE, stem + '.txt'), encoding='utf-8').read())
    for t in exp['tasks']:
        for s in [t['textStartsWith'], *t['lead'], *t['co'], *t['leaders'], t['deadline'] or '']:
            if s and norm(s) not in text: print('MISSING', stem, repr(s))
    for sc in exp['summary']['scopes']:
        for p in sc['printed']:
            if norm(p) not in text: print('MISSING printed', stem, repr(p))
    with open(os.path.join(HERE, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print(stem, exp['taskCount'], 'tasks')
