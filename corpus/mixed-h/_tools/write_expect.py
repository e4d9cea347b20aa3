#!/usr/bin/env python3
"""Write <stem>.expect.json for the three documents; check every string verbatim (NFKC, no whitespace) against <stem>.txt."""
import json, os, re, unicodedata
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
def T(number, tsw, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=''):
    return dict(number=number, textStartsWith=tsw, lead=list(lead), co=list(co), leaders=list(leaders),
                deadline=deadline, status=status, statusText=statusText, note=note)
E = {}
E['fuyang_2019_plan'] = dict(
 source="http://www.fy.gov.cn/openness/detail/content/5d1c64ad7f8b9a7d628b456e.html (阜阳市人民政府网站 信息公开目录 '年度重点工作分解情况', 阜政发〔2019〕16号, 2019-05-20; pages corpus, stored excerpt 1,980 bytes as transcribed)",
 kind="plan", partial=True, place="安徽省阜阳市", year=2019,
 tasks=[
  T("1", "全市生产总值增长8.5%", lead=["市发展改革委"], co=["市政府各部门", "各直属机构"], leaders=["市政府常务副市长"],
    note="'牵头负责领导:市政府常务副市长。' is a post, not a person's name; recorded under leaders because it fills the 领导 slot (alternative: leaders []). 协同责任单位 '市政府各部门、各直属机构' split at 、 (the second means 市政府各直属机构)."),
  T("2", "财政收入与经济增长同步", lead=["市财政局"], co=["市税务局", "人行阜阳中心支行"], leaders=["市政府常务副市长"],
    note="whole item (11 characters); '等' dropped after 人行阜阳中心支行."),
  T("3", "固定资产投资增长12%", lead=["市发展改革委"], co=["市经济和信息化局", "市财政局", "市自然资源和规划局", "市生态环境局", "市城乡建设局"], leaders=["市政府常务副市长"],
    note="the excerpt is cut inside the 协同责任单位 list at '市交通运' (presumably 市交通运输局); the cut unit is not recorded, so co is incomplete."),
 ],
 summary=dict(scopes=[dict(scope="2019年重点工作", total=44, by_status={}, printed=["市政府确定了10个方面44项重点工作", "由孙正东同志负总责"],
   note="44 tasks in 10 sections stated; only section 一 items 1–3 are in the excerpt. 孙正东 is named as 负总责 for the whole plan, not for any single task, so he is not put in any task's leaders.")]),
 layout="municipal 通知 (阜政发〔2019〕16号) under a gov.cn 信息公开 header block; then '一、' section heading and numbered items 'N.task。' each followed by three label lines '牵头负责领导:…。' / '牵头责任单位:…。' / '协同责任单位:…、…。' separated by blank lines",
 tests="label-line layout with three roles (leader post / lead unit / co units); leader given as a post rather than a name; co list with 等; a unit list cut mid-word by the excerpt limit; document-level 负总责 person that must not be attached to tasks; header metadata lines (索引号/文号/名称) that are not tasks",
 ambiguities="(1) leaders = '市政府常务副市长' (a post) vs []. (2) '市政府各部门、各直属机构' split into two vs kept whole as one group. (3) Section heading '一、确保完成全年主要预期目标' is not a task.",
 notes=["Partial: 3 of 44 tasks visible; item 3's co list is cut.", "No deadlines printed.", "Transcribed from the search tool's display (JSON string) — see _raw/fuyang_2019_plan.json; the byte count (1,980) is a little under the store's usual 2,000, so runs of spaces in the metadata header may have been collapsed in transcription (verify.py ignores whitespace)."],
)
E['xiangyang_2023_plan'] = dict(
 source="https://www.dawendou.com/fanwen/gongzuojihua/2149289.html (大文斗范文网, '其他范文 > 工作计划', posted 2023-05-23 by 'YuCe'; copy of 襄阳都市圈发展2023年重点工作清单(征求意见稿); pages corpus, stored excerpt 1,995 bytes as transcribed)",
 kind="plan", partial=True, place="湖北省襄阳市 (襄阳都市圈: 襄阳、十堰、随州、神农架林区)", year=2023,
 tasks=[
  T("1", "印发实施“一总五分十专”襄阳都市圈一揽子规划", lead=["襄阳都市圈发展协调机制办公室", "襄阳都市圈各规划编制牵头单位"], deadline="2023年6月",
    note="section 一、坚持规划引领. Only a 责任单位 list is printed, no 牵头/配合 split, so every unit is recorded as lead (alternative: first-listed = lead, rest co)."),
  T("2", "发挥襄阳都市圈发展协调机制作用", lead=["襄阳市都市圈发展协调机制办公室", "十堰市发改委"], deadline="2023年12月",
    note="note the spelling difference '襄阳市都市圈…' here vs '襄阳都市圈…' in item 1 — kept as printed."),
  T("3", "分领域制定具体实施方案", lead=["襄阳都市圈各规划编制牵头单位"], deadline="2023年3月",
    note="'各规划编制牵头单位' is a unit group name that contains the word 牵头单位; it is the 责任单位, not a lead/co label."),
  T("4", "建立完善襄阳都市圈重大项目清单", lead=["襄阳市、十堰市、随州市、神农架林区发改委"], deadline="2023年2月",
    note="'襄阳市、十堰市、随州市、神农架林区发改委' is a shared-suffix list (= 4 发改委). Kept whole as one group because '随州市发改委' and '神农架林区发改委' are not printed as such; a reader may expand it into four units."),
  T("1", "续建呼南高铁襄荆段", lead=["襄阳市发改委", "襄阳市自然资源和规划局", "宜城市人民政府", "东津新区管委会", "南漳县人民政府"], deadline="2023年12月",
    note="section 二、推进全国性综合交通枢纽城市建设; numbering restarts at 1 in each section, so numbers repeat across sections."),
  T("2", "续建新集枢纽,完成年度建设任务", lead=["汉江国投", "襄阳市水利和湖泊局", "襄阳市交通运输局", "襄城区人民政府", "樊城区人民政府", "谷城县人民政府", "老河口市人民政府"], deadline="2023年12月",
    note="the task title alone ('续建新集枢纽') is 6 characters, so textStartsWith runs on into the clause after the comma. 汉江国投 is a state-owned company, kept as a unit."),
  T("3", "续建襄阳至南漳高速公路", lead=["汉江国投", "襄阳市交通运输局", "襄阳市自然资源和规划局", "襄城区人民政府", "南漳县人民政府"], deadline=None,
    note="the excerpt ends at '完成时限:2023' — the deadline is cut, so deadline null (the visible fragment is '2023')."),
 ],
 summary=dict(scopes=[dict(scope="2023年重点工作清单", total=None, by_status={}, printed=["制定2023年度重点工作清单如下"],
   note="no total count printed in the excerpt; 7 tasks visible in sections 一 (4) and 二 (3, cut).")]),
 layout="范文-site copy: site breadcrumb, title, author/date line, list title + '(征求意见稿)', preamble, then sections '一、…' with numbered items 'N.task。(责任单位:A、B、C,完成时限:YYYY年M月)' — inline bracket with two labelled fields separated by a comma",
 tests="inline bracket '(责任单位:…,完成时限:…)' after each task; 责任单位 only (no lead/co split); per-section numbering that restarts at 1; a shared-suffix unit list ('X市、Y市、Z市发改委'); a unit-group name containing '牵头单位'; deadline cut by the excerpt limit; a short title needing the following clause for 8 characters",
 ambiguities="(1) All 责任单位 as lead vs first-listed as lead. (2) Expand the shared-suffix list in item 一.4 or keep whole. (3) Place: the list covers the 襄阳都市圈 (incl. 十堰/随州/神农架 units) but is drafted for/by 襄阳; recorded as 襄阳市. (4) A 征求意见稿 (draft) on a 范文 site, not an official gov.cn page.",
 notes=["Partial: cut inside item 二.3's bracket.", "No status (plan).", "Transcribed from the search tool's display (JSON string) — see _raw/xiangyang_2023_plan.json."],
)
E['xxxiang_2018_report'] = dict(
 source="http://mswk.cn/Article/ShowArticle.asp?ArticleID=130608 (秘书文库 mswk.cn, member-only 范文 preview '乡政府2018年为民办实事工程情况报告'; place anonymised as 'xx乡'; pages corpus, stored excerpt 1,989 bytes as transcribed)",
 kind="report", partial=True, place="xx乡 (anonymised township; county not named — the terms 垦造耕地/旱改水/县农办 suggest Zhejiang, not asserted)", year=2018,
 tasks=[
  T("一", "乡村“万盏灯光”工程", status="on_schedule", statusText="项目计划10月份前完成安装",
    note="whole item (9 characters with quotes). Lamps bought by the county, 县农办 tendered on 8月2日, installation planned before October → in progress per plan. 县农办 ran the tender but is not stated as the responsible unit, so lead []. 白马村/士元实验区 are places, not units."),
  T("二", "六个行政村垦造耕地项目", status="on_schedule", statusText="在建项目16个",
    note="mixed progress: 16 projects under construction, 6 in closing stage ('6个项目进入收尾阶段,准备验收'), new projects tendered, surveying done and '目前正在设计阶段' → on_schedule overall; no lag stated."),
  T("三", "乡综合文化站二期建设项目", status="on_schedule", statusText="目前文化小剧场正在装修中,预计8月底完工",
    note="in progress with an expected completion (8月底完工) and 10月 opening → on_schedule."),
  T("四", "兰塘畈高标准农田建设项目", status=None, statusText=None,
    note="the body is cut at '该项…………' (member-only preview), so no status is visible."),
 ],
 summary=dict(scopes=[dict(scope="2018年政府为民办实事项目", total=6, by_status={"on_schedule": 3}, printed=["通过票选确定了六项2018年政府为民办实事项目"],
   note="6 projects stated (票选); 4 headings visible, 3 with a status; items 五–六 are beyond the preview cut.")]),
 layout="township report to the 乡人大 ('各位代表:'), preamble, then '一、title' headings each followed by a prose paragraph of progress; member-only preview ends with '该项…………' and site boilerplate ('全文共926字…')",
 tests="status must be read from prose (planned completion dates, 正在装修中, 在建) rather than a status column; no units at all; county office (县农办) and place names (白马村, 士元实验区, 兰塘畈) that are not responsible units; a preview cut mid-item followed by site boilerplate that is not a task",
 ambiguities="(1) All three visible statuses are inferred from prose: on_schedule is the natural reading, but '计划10月份前完成安装' could also be read as not yet started (installation pending). (2) Kind: a 情况报告 to the township 人大 → report (progress is the alternative). (3) Place anonymised; stem uses 'xxxiang' like the existing 'xxxian'/'xxshi' stems.",
 notes=["Weak fit for the 'progress table' ask: no table and no units; kept because it names ≥3 tasks with stated progress.", "Transcribed from the search tool's display (JSON string) — see _raw/xxxiang_2018_report.json."],
)
bad = 0
for stem, e in E.items():
    e = dict(e); tasks = e.pop('tasks')
    out = {k: e[k] for k in ('source', 'kind', 'partial', 'place', 'year')}
    out['taskCount'] = len(tasks); out['tasks'] = tasks
    for k in ('summary', 'layout', 'tests', 'ambiguities', 'notes'):
        out[k] = e[k]
    text = norm(open(os.path.join(HERE, stem + '.txt'), encoding='utf-8').read())
    for t in tasks:
        for s in [t['textStartsWith'], t['deadline'], t['statusText'], *t['lead'], *t['co'], *t['leaders']]:
            if s and norm(s) not in text:
                print('NOT FOUND', stem, repr(s)); bad += 1
    for sc in out['summary']['scopes']:
        for p in sc['printed']:
            if norm(p) not in text: print('NOT FOUND', stem, repr(p)); bad += 1
    with open(os.path.join(HERE, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(stem, len(tasks), 'tasks')
print('bad', bad)
