import json
T=lambda **k: dict(dict(number=None,lead=[],co=[],leaders=[],deadline=None,status=None,statusText=None,note=""),**k)
tasks=[
T(textStartsWith="完成交通投资30亿元",status="done",statusText="完成综合交通投资33.9亿元",note="row 1; whole item shorter than 8 characters? no (9 chars); target 30亿 exceeded (33.9亿) in a year-end table: done; 'good' defensible"),
T(textStartsWith="建成329国道北移工程",status="done",statusText="已完工",note="row 2"),
T(textStartsWith="104国道南移完成工程量30%",status=None,note="row 3; only figures ('年度任务目标8.65亿元,累计完成投资11.3元' — 亿 missing in the source), no status words; the uniform '100.0%' 形象进度 column is not read as a status"),
T(textStartsWith="南北中心大道全线高架完成工程量50%以上",status=None,note="row 4; '进度至53%' meets the 50% target but no status words are printed; done defensible"),
T(textStartsWith="新章镇大桥、彩虹桥新建等项目落地建设",status="stalled",statusText="项目暂缓",note="row 5; one row covering two bridges: 新章镇大桥 '项目暂缓' (suspended), 彩虹桥 '按要求推进相关工作' (on_schedule); the row is kept as one task with the stalled part as its status — null or a split into two tasks would be defensible"),
T(textStartsWith="逐步打通跨乡镇虞南断头路2条",status=None,note="row 6; two road sections with 形象进度 30% / 45% and work under way, no status words; on_schedule defensible"),
T(textStartsWith="改造提升农村道路40公里",status="done",statusText="已完成40公里",note="row 7"),
T(textStartsWith="谋深谋实104国道东复线",status=None,note="row 8; only 'research under way' text ('共同开展融合建设方案研究,加快破解项目存在问题、推动项目落地'); on_schedule defensible"),
T(textStartsWith="实现200人以上较大自然村公交通达率97%以上",status="done",statusText="已完成",note="row 9; '已完成,目前通达率98%'"),
]
tasks[0]["note"]="row 1; target 30亿 exceeded (33.9亿) in a year-end table: done; 'good' defensible"
exp=dict(
 source="http://www.shangyu.gov.cn/art/2025/1/2/art_1229463394_59169228.html — shangyu.gov.cn (绍兴市上虞区人民政府 site; the same column art_1229463394 holds the 区交通运输局 '决策部署落实' quarterly tables), 2025-01-02 (URL date) — pages corpus, stored excerpt 1388 bytes",
 kind="progress", partial=False, place="浙江省绍兴市上虞区 (区交通运输局 work table; district named only by the site)", year=2024,
 taskCount=len(tasks), tasks=tasks,
 summary=dict(scopes=[dict(scope="区交通运输局 year-end key-work table (9 rows)", total=9,
   by_status=dict(done=4, stalled=1, null=4),
   printed=["完成综合交通投资33.9亿元","已完工","项目暂缓","已完成40公里","已完成,目前通达率98%"],
   note="every row carries '100.0%' in the 形象进度 column, including rows whose own text says 53% or 项目暂缓; counts above ignore that column")]),
 layout="pipe-separated three-column table (工作内容 | 当前工作进展 | 形象进度) with a header row and 9 task rows; no numbering, no units, no deadlines; the page title is not in the stored excerpt",
 tests="task text in column 1 and status words inside free progress text in column 2; a uniform 100.0% column that must not be read as 'all done'; one row covering two projects with different fates",
 notes=[
  "year 2024 inferred: the page is dated 2025-01-02 and reports year-end results; no year is printed in the excerpt",
  "place: the district is not named in the text; the site (shangyu.gov.cn) and the 金区长 mention identify 上虞区; 绍兴 (the city) is on the taken list, 上虞 is not",
  "no lead units are printed; the table belongs to the 区交通运输局 column of the site, so lead is left empty rather than inferred",
  "partial false: the 9 rows look complete, but the page heading (title, date line) was not stored",
  "'累计完成投资11.3元' lacks 亿 in the source (scrape or source typo), kept as found"])
json.dump(exp,open('shangyu_2024_progress.expect.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
