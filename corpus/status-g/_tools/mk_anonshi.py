import json
T=lambda **k: dict(dict(number=None,lead=[],co=[],leaders=[],deadline=None,status=None,statusText=None,note=""),**k)
tasks=[
T(number="1",textStartsWith="《主要经济指标》X指标增长低于预期",status="lagging",statusText="增长低于预期",note="item 1 of the '落后的任务' list; task = the 7 main economic indicators, named after the colon-less sentence; the figures are all 'x%' placeholders"),
T(number="2",textStartsWith="“促进……的主营业务收入",status="lagging",statusText="进度还没有达到",note="item 2; the task quotation is garbled in the source ('“促进……的主营业务收入。。。而其他企业突围“X亿元”'); status from '的进度还没有达到'"),
T(number="3",textStartsWith="“税收超亿元工业企业突破X家”",status="lagging",statusText="未达进度",note="item 3; the text adds that the target is unlikely to be met ('难以新增', '退出…的可能性较大'): at_risk defensible"),
T(number="4",textStartsWith="“力争规模以上工业百元主营业务收入成本全省最低”",status="lagging",statusText="目标未达成",note="item 4"),
T(number="5",textStartsWith="“5***级以上乡村旅游点”",status="stalled",statusText="尚未正式启动",note="item 5; printed '未如期完成' and then '还处于起步阶段,尚未正式启动' — the more specific not-started wording chosen; lagging defensible. Item text is 14 characters incl. quotes"),
T(number="6",textStartsWith="“新建、改建城市公厕超过x座”",status="lagging",statusText="未如期完成",note="item 6; '仅建成x座'"),
T(number="7",textStartsWith="“支持X省文化生态保护区建设”",status="lagging",statusText="未按要求开展",note="item 7; the work was re-targeted (改为x县创建…) and is now '已进入规划设计阶段'; stalled defensible"),
]
exp=dict(
 source="https://www.haowenren.com/29330.html — haowenren.com (范文/template site; a city's 2021 mid-year report on its 政府工作报告 tasks with names and figures replaced by X/x), date not printed beyond '2021年上半年' — pages corpus, stored excerpt 2000 bytes",
 kind="report", partial=False, place="XX市 (anonymised prefecture-level city; province 'X省' also anonymised)", year=2021,
 taskCount=len(tasks), tasks=tasks,
 summary=dict(scopes=[dict(scope="2021年市《政府工作报告》 tasks at mid-year; only the lagging ones are listed", total=None,
   by_status=dict(lagging=6, stalled=1),
   printed=["x项任务中的x项能按计划正常执行,x项进度相对滞后","落后的任务有"],
   note="all counts are 'x' placeholders; the full per-task progress is in an attachment ('见附表') that is not in the excerpt")]),
 layout="short report: title, one-paragraph preamble, heading '1、 基本情况', a summary sentence with placeholder counts, then '落后的任务有:' and seven items '1.' … '7.' each = quoted task (in “” or 《》) + verdict (未达进度 / 目标未达成 / 未如期完成 / 未按要求开展) + explanation",
 tests="a list of lagging tasks only, each item naming the task in quotation marks followed by a verdict phrase; template placeholders (X, x, ***) inside task text; a section heading '1、' that is not a task although it uses the same digits as the items",
 notes=[
  "anonymised source: stem 'anonshi' chosen to avoid clashing with the taken stems xxshi/xxxian/xxxiang/xxzizhiqushi",
  "'1、 基本情况' is a section heading, not a task",
  "every item is a 'lagging' task by construction (listed under 落后的任务); per-item verdict words are taken as statusText",
  "no units, leaders or deadlines are printed",
  "the wording reads like a machine-rewritten template (e.g. '突围“X亿元”', '5***级'), kept verbatim"])
json.dump(exp,open('anonshi_2021_report.expect.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
