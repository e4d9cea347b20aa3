import json
B = '/work/staging33/mixed-g/'
def T(number, tsw, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=None):
    d = {'number': number, 'textStartsWith': tsw, 'lead': list(lead), 'co': list(co), 'leaders': list(leaders),
         'deadline': deadline, 'status': status, 'statusText': statusText}
    if note: d['note'] = note
    return d
def W(stem, d):
    d['taskCount'] = len(d['tasks'])
    order = ['source','kind','partial','place','year','taskCount','tasks','summary','lagging','notes']
    out = {k: d[k] for k in order if k in d}
    json.dump(out, open(B + stem + '.expect.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

DONE = '已完成年度目标任务'
W('hualong_2023_report', {
 'source': 'http://pyhualong.gov.cn/2023/07-28/2897290.html (濮阳市华龙区人民政府网站, 政务公开>新闻动态>部门动态, "我区上半年重点民生实事工作进展顺利", 来源:区发展和改革委员会, 2023-07-28; pages corpus, stored excerpt 1380 bytes — whole stored text)',
 'kind': 'report',
 'partial': False,
 'place': '河南省濮阳市华龙区',
 'year': 2023,
 'tasks': [
  T(None, '残疾儿童和孤独症儿童康复救助', status='done', statusText=DONE,
    note="printed '在全区残疾儿童和孤独症儿童康复救助方面已救助126名…'; one of the '等2项' whose shared verdict is '已完成年度目标任务'"),
  T(None, '集中培训“红十字救护员”637人', status='done', statusText=DONE,
    note="second of the '等2项'; the verdict follows it directly"),
  T(None, '惠民惠农财政补贴资金“一卡通”发放管理', status='good', statusText='进展较快',
    note="named inside the '等16项…进展较快' list; 进展较快 → good (brief maps 进展较快 to good)"),
  T(None, '妇女“两癌”筛查及新生儿“两病”筛查', status='good', statusText='进展较快',
    note="one task: the 及 joins two screenings inside one list item (list items are separated by 、)"),
  T(None, '城镇新增就业', status='good', statusText='进展较快',
    note='whole item is 6 characters (shorter than 8)'),
  T(None, '特殊困难老人家庭适老化改造', status='on_schedule', statusText='正在积极推进',
    note="named inside the '等3项…正在积极推进' list"),
  T(None, '持续完善城区基础设施', status='on_schedule', statusText='正在积极推进'),
  T(None, '增加城乡教育资源供给', status='on_schedule', statusText='正在积极推进'),
 ],
 'summary': {
  'total': '10件21项 (21 items)',
  'statusCounts': {'done': 2, 'good': 16, 'on_schedule': 3},
  'namedTasks': 8,
  'scopes': [
   {'scope': 'whole programme (省定13 + 市定5 + 区定3 = 21 项)',
    'printed': ['10件21项重点民生实事整体进展顺利', '等2项已完成年度目标任务', '等16项重点民生实事进展较快', '等3项重点民生实事正在积极推进']}
  ]
 },
 'notes': [
  'No numbering anywhere: the tasks are named only inside three status sentences (已完成 / 进展较快 / 正在积极推进), so number is null for all.',
  'No unit is named per task. 区直各牵头单位 and 发改、督查等部门 are generic mentions in the preamble, not task units, so lead/co are empty.',
  'Only 8 of the 21 items are named (2 done + 3 of the 16 进展较快 + 3 正在积极推进); the other 13 进展较快 items are hidden behind 等16项. taskCount counts the named ones only.',
  "2 + 16 + 3 = 21 matches the printed total 21项.",
  "Scrape damage kept as stored: '我民生实事项目' (区 lost), '市定民生实事5项定民生实事3项' (the 区 of 区定 and a closing ) lost), '华龙办文202310号' (brackets lost), and a missing 。 before 此外. The text also says '我市10件21项' although it is a district page.",
  'status good for 进展较快 follows the brief (good = 进展较快/超序时); a reader could argue on_schedule. 正在积极推进 → on_schedule.',
  'kind report: a department news item summarising half-year progress, not a formal 督查通报 and not a table.'
 ]
})
