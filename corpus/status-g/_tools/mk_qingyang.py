import json
T=lambda **k: dict(dict(number=None,lead=[],co=[],leaders=[],deadline=None,status=None,statusText=None,note=""),**k)
tasks=[
T(number="81",textStartsWith="科学精准落实疫情防控优化措施",lead=["县卫健委","各乡镇","县开发区"],co=["县直有关单位"],leaders=["汪峰","吴蓓蓓"],
  status="on_schedule",statusText="达到时序进度",
  note="row 81 (numbering of the county-wide list, not 1..n); columns 牵头领导 '汪  峰   吴蓓蓓' (two leaders; the spaces inside 汪  峰 are layout padding), 牵头责任单位 县卫健委, 主体责任单位 '各乡镇\\n县开发区' (two units on separate lines), 配合责任单位 县直有关单位; 主体责任单位 read as lead next to the 牵头 unit"),
T(number="85",textStartsWith="新增托育机构2所以上。",lead=["县卫健委","有关乡镇"],co=["县直有关单位"],leaders=["吴蓓蓓"],
  status="done",statusText="已完成",note="row 85; whole item is 11 characters; 牵头 县卫健委, 主体 有关乡镇, 配合 县直有关单位"),
T(number="87",textStartsWith="创建全国中医药示范县、国家慢性病综合防控示范区",lead=["县卫健委"],co=["县直有关单位"],leaders=["吴蓓蓓"],
  status="on_schedule",statusText="达到时序进度",note="row 87; 牵头 and 主体 columns both 县卫健委 (listed once); its progress text is cut off by the excerpt ('积极宣传中医适宜技')"),
]
exp=dict(
 source="https://www.ahqy.gov.cn/OpennessContent/show/1493481.html — ahqy.gov.cn (青阳县人民政府 site, 政府信息公开 > 青阳县卫生健康委员会 > 决策部署落实情况), 发布日期 2024-01-04 — pages corpus, stored excerpt 1970 bytes",
 kind="progress", partial=True, place="安徽省池州市青阳县 (county; 县卫生健康委员会 extract of the county list)", year=2023,
 taskCount=len(tasks), tasks=tasks,
 summary=dict(scopes=[dict(scope="卫健委 rows of the 2023年县政府重点工作责任清单 (10-12月), as far as the excerpt goes", total=None,
   by_status=dict(on_schedule=2, done=1),
   printed=["2023年县政府重点工作责任清单进展情况汇总表(10-12月)","达到时序进度","已完成"],
   note="rows 81, 85, 87 are visible; the excerpt stops inside row 87's progress column, so further rows (if any) are missing; no totals are printed")]),
 layout="gov.cn disclosure page: metadata block (索引号, 发布机构, 名称, 发布日期), then a table flattened to text: header row '序号 2023年重点工作任务 牵头领导 牵头责任单位 主体责任单位 配合责任单位 工作评价 2023年10-12月份进展情况 20224年1-3月份进度安排 备注' and rows 'N task leader(s) unit unit unit evaluation progress next-plan', cells separated by spaces and sometimes newlines",
 tests="space-flattened table: task text, leaders, three unit columns and a status column run together on one line; non-consecutive row numbers (81, 85, 87) from a larger county list; a leader name with internal padding ('汪  峰'); a unit cell broken over two lines",
 notes=[
  "status taken from the 工作评价 column: 达到时序进度 → on_schedule, 已完成 → done",
  "lead = 牵头责任单位 plus 主体责任单位 (deduplicated); co = 配合责任单位; 牵头领导 names → leaders",
  "header typo '20224年1-3月份进度安排' kept as found; that column is next quarter's plan, not a deadline, so deadline is null",
  "year 2023 (printed in the title); published 2024-01-04",
  "青阳 (qingyang, 安徽池州) is not on the taken list (qingyuan, qingshui, qingdao, qinghai are other places)"])
json.dump(exp,open('qingyang_2023_progress.expect.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
