import json
base = '/work/staging42/plans-b'
CO = ["各乡镇人民政府", "经济开发区管委会", "县政府有关部门", "有关直属单位"]
def t(num, tsw, lead, note=None):
    d = {"number": num, "textStartsWith": tsw, "lead": lead, "co": list(CO), "leaders": [],
         "deadline": None, "status": None, "statusText": None}
    if note: d["note"] = note
    return d
lingbi = {
 "source": "https://www.lingbi.gov.cn/public/6626531/154359391.html (灵璧县人民政府网站, 信息公开 > 灵璧县卫生健康委员会 > 决策部署落实情况, 发表时间 2021-05-07, \"县卫健委2021年政府工作报告任务分解\"; pages corpus, stored excerpt 1995 bytes)",
 "kind": "plan",
 "partial": True,
 "place": "安徽省宿州市灵璧县",
 "year": 2021,
 "taskCount": 5,
 "tasks": [
  t("1", "落实积极应对人口老龄化国家战略", ["县卫健委", "县民政局"],
    "two units on the 牵头责任单位 line; both read as lead (no first-listed rule is stated)"),
  t("2", "加强重大公共卫生安全风险源头防控", ["县卫健委"],
    "task sentence has no final 。 in the source"),
  t("3", "毫不放松抓好新冠肺炎疫情常态化防控工作", ["县卫健委"]),
  t("4", "创建国家卫生县城。", ["县卫健委"], "whole item is 8 characters plus 。"),
  t("5", "树立全周期健康管理理念", ["县卫健委"],
    "long item (家庭医生签约, 县妇幼保健院/医疗废物集中处置中心/县疾控中心, 16个乡镇卫生院、158个村卫生室) kept as one task as printed"),
 ],
 "summary": {
  "scopes": [
   {"scope": "the 县卫健委 extract of the county 2021 政府工作报告 breakdown (items renumbered 1-5 on this page)",
    "printed": ["县卫健委2021年政府工作报告任务分解"], "tasks": 5, "statuses": "none (plan)"}
  ]
 },
 "layout": "Department page on a county site. Title line, source line, then five items '1.任务。' each followed by a blank line, '牵头责任单位:X' and '主要协作单位:A、B,C、D' on their own paragraphs. Footer '监督方式:0557-6031710' and a cut '扫一扫在手机打'.",
 "notes": [
  "主要协作单位 goes to co; 牵头责任单位 goes to lead.",
  "The co line '各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位' is split at both 、 and , into four groups; '有关直属单位' is read as the county government's 有关直属单位 but kept as printed. A reader could also keep '县政府有关部门、有关直属单位' as one group.",
  "'经济开发区管委会' is the county's (灵璧) 经济开发区 管委会; kept as printed without the place name.",
  "No leaders, no deadlines, no statuses are printed.",
  "partial=true because the store cut the page footer ('扫一扫在手机打'); the five-item list itself looks complete (it ends with the 监督方式 line).",
  "The item numbers 1-5 are this department page's own numbering, not the numbers in the county-wide breakdown."
 ]
}
json.dump(lingbi, open(f'{base}/lingbi_2021_plan.expect.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
