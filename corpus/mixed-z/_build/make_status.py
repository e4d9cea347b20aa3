import json
def T(number, tsw, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=None):
    d = {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co), "leaders": list(leaders),
         "deadline": deadline, "status": status, "statusText": statusText}
    if note: d["note"] = note
    return d
def dump(stem, obj):
    obj["taskCount"] = len(obj["tasks"])
    keys = ["source","kind","partial","place","year","taskCount","tasks","summary","lagging","layout","tests","ambiguities","notes"]
    out = {k: obj[k] for k in keys if k in obj}
    json.dump(out, open('/work/staging4/mixed-z/%s.expect.json' % stem, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

# ---------------- 闽清 2024
LG = "lagging"
dump("minqing_2024_notice", {
 "source": "http://www.fzmq.gov.cn/xjwz/ztzl/fwqy/gzxx/202407/t20240719_4862238.htm (闽清县人民政府网站, 服务企业专题 工作信息, 2024-07-19; the series is titled like '2023年重大项目1-11月建设情况' — this page is the 2024 1-6月 issue; pages corpus, stored excerpt 2,000 bytes)",
 "kind": "notice", "partial": True, "place": "福建省福州市闽清县", "year": 2024,
 "tasks": [
  T(None,"京台高速东桥互通连接线",status=LG,statusText="投资滞后", note="市重点项目: '未达序时进度项目3项为:京台高速东桥互通连接线(投资滞后)、…' — group status 未达序时进度 (lagging); the item's own bracket '(投资滞后)' is used as statusText. Whole item (11 characters) before its bracket"),
  T(None,"福州金线莲组培产业园",status=LG,statusText="开工滞后", note="whole item (10 characters); '(开工滞后)' = start behind schedule — kept lagging (the group says 未达序时进度); stalled is the alternative reading if 开工滞后 means not yet started. '福州' is part of the project name, not a place of this document"),
  T(None,"闽清县南部文化创意产业园基础设施项目(一期)",status=LG,statusText="开工滞后", note="the project name ends in its own bracket '(一期)', followed by the status bracket '(开工滞后)'; the first bracket belongs to the name"),
  T(None,"闽清县南山片区老旧小区及周边基础设施建设工程",["城乡建设工作指挥部"],status=LG,statusText="未达序时进度", note="县重点项目, under '一、十大重点工作指挥部滞后情况': '2.城乡建设工作指挥部:项目23项,未达序时进度2项为:A、B。' — the 指挥部 owning the projects → lead; '2.' numbers the 指挥部 group, not the project, so number null"),
  T(None,"城区污水处理厂扩容项目",["城乡建设工作指挥部"],status=LG,statusText="未达序时进度", note="whole item (11 characters)"),
  T(None,"闽清县城关变电站附属工程拆迁安置项目",["梅溪新城建设工作指挥部"],status=LG,statusText="未达序时进度", note="'4.梅溪新城建设工作指挥部:项目33项,未达序时进度2项为:…'"),
  T(None,"闽清县总部经济研发中心",["梅溪新城建设工作指挥部"],status=LG,statusText="未达序时进度", note="whole item (11 characters)"),
 ],
 "summary": {"scopes": [
  {"scope": "省重点项目", "total": 8, "by_status": {"good": 8}, "printed": ["8项省重点项目累计完成投资12.88亿元", "超序时进度2.99个百分点"], "note": "portfolio-level 超序时进度 (投资); no item named; not applied to tasks"},
  {"scope": "市重点项目", "total": 110, "by_status": {"lagging": 3}, "printed": ["110项市重点项目累计完成投资84.58亿元", "未达序时进度项目3项为"], "note": "portfolio 超序时进度10.95个百分点; 3 named lagging projects = 3 stated"},
  {"scope": "县重点项目", "total": 476, "by_status": {"lagging": 13}, "printed": ["476项县重点项目累计完成投资194.85亿元", "未达到序时进度项目共13项,占全年项目数的2.73%"], "note": "13 stated; 4 named before the cut (2 城乡建设 + 2 梅溪新城); groups 1 (党建引领, 7 项) and 5 (工业(产业)园区, 57 项) '均达序时进度' name no project; group 3 (闽清新区) '暂未明确项目清单'"}
 ]},
 "lagging": [
  {"unit": "城乡建设工作指挥部", "stated_count": 2, "items": [], "item_texts": ["闽清县南山片区老旧小区及周边基础设施建设工程", "城区污水处理厂扩容项目"]},
  {"unit": "梅溪新城建设工作指挥部", "stated_count": 2, "items": [], "item_texts": ["闽清县城关变电站附属工程拆迁安置项目", "闽清县总部经济研发中心"]}
 ],
 "layout": "county 重大项目 monthly bulletin in prose: '[本期综述]' counts for 省/市/县 重点项目 with 超序时进度 figures; '§省重点项目§' / '§市重点项目§' / '§县重点项目§' section markers; a 、-list of lagging projects each with a status bracket ('(投资滞后)', '(开工滞后)'); then '一、十大重点工作指挥部滞后情况' with numbered 指挥部 lines 'N.X指挥部:项目M项,未达序时进度K项为:A、B。' or '均达序时进度' / '暂未明确项目清单'",
 "tests": "status list introduced by '未达序时进度项目3项为:' with per-item status brackets; a project name that itself ends in a bracket before its status bracket; lagging items grouped by an owning body (指挥部) whose line number is not a task number; groups with '均达序时进度' and no names (nothing to extract); portfolio-level 超序时进度 that must not be applied to items; § section markers",
 "ambiguities": "(1) 指挥部 as lead: the document groups lagging projects under the 指挥部 responsible for them; they are recorded as lead (like '由X负责的' groups in status-y), but a reader could treat 指挥部 as a grouping heading rather than a 责任单位. (2) '开工滞后' → lagging (group wording 未达序时进度); stalled is arguable. (3) The 3 市重点 projects have no unit. (4) 超序时进度 at portfolio level (good) is kept in the summary only. (5) Kind: the page is a 建设情况 bulletin that says '具体情况通报如下' → notice; progress is the alternative.",
 "notes": [
  "Partial: cut at '6.乡村振兴工作指挥部:项目' — 9 of the 13 县 lagging projects are beyond the cut.",
  "No deadlines; no leaders.",
  "lagging[] groups use items: [] with item_texts because the tasks are unnumbered and verify.py accepts only task numbers in items (the status-y convention).",
  "Retrieved twice by separate searches ('重点项目 督查 未开工 滞后 项目名称 责任单位 通报 福建' and '闽清县 重大项目 未达序时进度 指挥部 1-6月 2024'); identical (2,000 bytes). The store also has the 2023 1-11月 and 2020 1-6月 issues of the same bulletin (not used).",
  "Scope fit: like yinchuan_2022 / litong_2022 in status-y, this is project tracking, not a 政府工作报告/民生实事 list."
 ]
})

# ---------------- 焦作 2013
SL = "进展缓慢"
dump("jiaozuo_2013_report", {
 "source": "http://epaper.jzrb.com/rb/html/2013-10/10/content_229751.htm (焦作日报 e-paper, 2013-10-10: 市委督查室、市政府督查室 督查 of the '十大建设' 2013年重点工作 1~9月份; pages corpus, stored excerpt 2,000 bytes)",
 "kind": "report", "partial": True, "place": "河南省焦作市", "year": 2013,
 "tasks": [
  T("1","引黄入焦总干渠工程",["市水利局"],status=LG,statusText=SL, note="一、城市水系建设 / '(三)进展缓慢的有2项。' then '1.引黄入焦总干渠工程。(责任单位:市水利局)' — status from the group heading; whole item (9 characters)"),
  T("2","大沙河防洪治理工程",["市水利局"],status=LG,statusText=SL, note="whole item (9 characters)"),
  T("1","郑焦城际铁路配套设施建设项目",["市投资集团"],status=LG,statusText=SL, note="二、铁路建设; numbering restarts at 1 in each section"),
  T("2","郑焦城际铁路资金保障工作",["武陟县政府","修武县政府","市投资集团"],status=LG,statusText=SL, note="'(责任单位:武陟县政府、修武县政府、市投资集团)' — one 责任单位 label → all lead; the two county governments are labelled units here, not places where work lags"),
  T(None,"月山编组站北侧废弃矿山地质环境治理工程",["市国土资源局","博爱县政府"],status=LG,statusText=SL, note="三、生态建设: a single lagging item printed without a number"),
  T("1","河南超威电源有限公司年产900万千伏安时新型大容量铅酸蓄电池项目",["沁阳市政府"],status=LG,statusText=SL, note="五、新区和产业集聚区10亿元以上项目建设, '(三)进展缓慢的有8项。'"),
  T("2","河南昌通科技有限公司年产60万吨异型特种钢件",["温县政府"],status=LG,statusText=SL),
  T("3","河南昆仑能源天然气有限公司天然气综合利用核心枢纽区项目",["博爱县政府"],status=LG,statusText=SL),
  T("4","博爱华夏动力科技有限公司一期年产电动车电机5万套生产线",["博爱县政府"],status=LG,statusText=SL, note="'博爱' here is part of the company name; the unit is the bracketed 博爱县政府"),
  T("5","丹尼斯扩建项目",["山阳区政府"],status=LG,statusText=SL, note="whole item (7 characters)"),
  T("6","河南三木表层材料工业园有限",status=LG,statusText=SL, note="cut by the store after '有限' (whole visible remnant, 13 characters); status from its group heading; its 责任单位 bracket is beyond the cut → lead []"),
 ],
 "summary": {"scopes": [
  {"scope": "“十大建设”2013年重点工作 (all)", "total": 139, "by_status": {"done": 24, "on_schedule": 82, "lagging": 26, "stalled": 7}, "printed": ["涉及的139项工作任务中,24项已完成,82项进展顺利,26项进展缓慢,7项无进展"], "note": "进展顺利 → on_schedule, 无进展 → stalled (FORMAT: 无实质性进展); 24+82+26+7 = 139"},
  {"scope": "一、城市水系建设", "total": 8, "by_status": {"done": 1, "on_schedule": 5, "lagging": 2}, "printed": ["城市水系建设(共8项)"]},
  {"scope": "二、铁路建设", "total": 7, "by_status": {"done": 1, "on_schedule": 4, "lagging": 2}, "printed": ["铁路建设(共7项)"]},
  {"scope": "三、生态建设", "total": 29, "by_status": {"done": 14, "on_schedule": 14, "lagging": 1}, "printed": ["生态建设(共29项)"]},
  {"scope": "四、焦作海关及综合保税区物流园区建设", "total": 8, "by_status": {"done": 2, "on_schedule": 6}, "printed": ["焦作海关及综合保税区物流园区建设(共8项)"]},
  {"scope": "五、新区和产业集聚区10亿元以上项目建设", "total": 25, "by_status": {"done": 1, "on_schedule": 16, "lagging": 8}, "printed": ["新区和产业集聚区10亿元以上项目建设(共25项)"], "note": "8 lagging stated; 5 complete + 1 cut visible"}
 ]},
 "lagging": [],
 "layout": "newspaper item reprinting a 督查 result: lead paragraph with totals by status, then sections '一、X(共N项)' each with status sub-headings '(一)已完成的有N项。' / '(二)进展顺利的有N项。' / '(三)进展缓慢的有N项。'; only the 进展缓慢 group lists items, as '1.name。(责任单位:X)' (numbering restarting per section) or one unnumbered line when the group has one item",
 "tests": "status taken from a '(三)进展缓慢的有N项。' heading and applied to the numbered items under it; status sub-headings (一)(二)(三) that look like task numbers but are headings with counts only; '(责任单位:…)' bracket after the item's full stop; numbering restarting per section; an unnumbered single item; section 四 with no lagging group; county/city governments as labelled units; company names containing place names (博爱华夏…, 河南…); item cut mid-name",
 "ambiguities": "Only lagging items are named, so every task is lagging; the done / 进展顺利 / 无进展 groups are counts only (summary). '进展缓慢' → lagging. The 7 '无进展' (stalled) items are not in the visible part. Kind 'report' (newspaper publication of the 督查 result); 'notice' is the alternative. Units: the paren label is 责任单位 (single unit label) → lead.",
 "notes": [
  "Partial: cut inside section 五's 6th lagging item; items 7–8 of that group and sections 六–十 are beyond the cut.",
  "No deadlines, no leaders.",
  "Retrieved twice by separate searches ('实事项目 推进情况 进度滞后的项目 责任单位 区政府督查室 季度 通报 河南' and '焦作 十大建设 2013年重点工作 1~9月份 进展缓慢 无进展 责任单位'); identical (2,000 bytes). The same store also has the 1至4月份 issue (2013-05-14) of this series — not used.",
  "焦作 is not on the taken list; the '~' in '1~9月份' is as stored."
 ]
})

# ---------------- 南阳 2014 (traditional mirror with glosses)
G,SLW,ING = "任務(wù)完成較好","工作推進(jìn)緩慢","工作推進(jìn)中"
GX = "高新區(qū)"
dump("nanyang_2014_notice_trad", {
 "source": "http://www.simfy.cn/nanyang/focus/2014-07-08/074415771.html (third-party mirror, path '/nanyang/focus/2014-07-08/', of a 南阳市“一改双优”活动办公室 督查通报; traditional characters with pinyin glosses inserted after many characters, e.g. '項(xiàng)目'; pages corpus, stored excerpt 2,000 bytes)",
 "kind": "notice", "partial": True, "place": "河南省南阳市 (城区)", "year": 2014,
 "tasks": [
  T("1","中關(guān)村南陽科技園項(xiàng)目(一期)",[GX],deadline="6月底",status="good",statusText=G, note="'1.中關村南陽科技園項目(一期),要求6月底完成物探、地探及地面附屬物清理。責任單位:高新區。' then '督查結果:任務完成較好。…'; glosses kept verbatim in every string (the clean reading is 中关村南阳科技园项目(一期), unit 高新区); 完成较好 → good (FORMAT); the progress text says the work is done ('已完成…清理任务'), so done is the alternative; deadline '6月底' is the required completion point stated for the task"),
  T("2","南陽水科技產(chǎn)業(yè)園項(xiàng)目",[GX],deadline="6月底",status=LG,statusText=SLW, note="推进缓慢 → lagging ('物探、地探未做')"),
  T("3","樂凱華光綠色印刷和環(huán)保柔印版材產(chǎn)業(yè)化項(xiàng)目",["宛城區(qū)"],deadline="6月底",status="on_schedule",statusText=ING, note="'工作推進中' is the middle verdict between 完成較好 and 推進緩慢 → on_schedule (FORMAT: 正在推进); the 6月底 target is not yet met (东段 still under construction), so lagging is arguable"),
  T("4","商務(wù)中心區(qū)及特色商業(yè)區(qū)建設(shè)項(xiàng)目",["市城鄉(xiāng)一體化示范區(qū)"],deadline="6月底",status=LG,statusText=SLW, note="verdict 推进缓慢 → lagging; the progress text says '未開工建設' (required start not made), so stalled is the alternative; '姜營社區' is where the work is, not a unit"),
  T("5","南陽中商農(nóng)產(chǎn)品中心批發(fā)市場項(xiàng)目",[GX],deadline="6月底",status="good",statusText=G, note="完成较好 → good; progress '道路硬化任务提前完成' would support done"),
  T("6","牧原生豬養(yǎng)殖、設(shè)備加工及科研生產(chǎn)建設(shè)項(xiàng)目",["臥龍區(qū)"],deadline="6月底",status=LG,statusText=SLW, note="the 、 inside the project name is not a split point; the page is cut inside this item's progress text ('…目前已建60%,10'), after its verdict"),
 ],
 "summary": {"scopes": [
  {"scope": "城区7个重大项目、重点工作 (6月底节点)", "total": 7, "by_status": {"good": 2, "lagging": 3, "on_schedule": 1}, "printed": ["城區(qū)7個(gè)重大項(xiàng)目、重點(diǎn)工作"], "note": "7 stated; 6 visible (by_status counts the visible verdicts only); no totals by status are printed"}
 ]},
 "lagging": [],
 "layout": "mirror of a 督查通报 in prose: intro sentence ('…進行了現場督查,F將督查結果通報如下:' — 現 damaged to 'F' by the mirror), then per item: 'N.name,要求6月底…。責任單位:X。' and a following line '督查結果:<verdict>。<progress>'; traditional characters with pinyin glosses in brackets after many characters",
 "tests": "per-item verdict on its own '督查结果:' line after the task line; three verdict classes (完成较好 / 推进中 / 推进缓慢); '责任单位:X。' inline at the end of the task line; deadline phrase '要求6月底…' inside the task; traditional text with inline pinyin glosses that break words and unit names ('高新區(qū)'); 、 inside names",
 "ambiguities": "Status mapping: 任务完成较好 → good (FORMAT '完成较好'), though items 1 and 5 report the work finished (done arguable); 工作推进中 → on_schedule (could be lagging: target date passed, not finished); 工作推进缓慢 → lagging (item 4 not started → stalled arguable). Units are districts/zones (高新区, 宛城区, 卧龙区, 城乡一体化示范区), labelled 责任单位 → lead. All strings keep the mirror's glosses because verify.py matches verbatim; clean forms are given in notes.",
 "notes": [
  "Partial: 7 items announced, the store cut item 6's progress text; item 7 is beyond the cut.",
  "Year from the mirror path (2014-07-08) and '7月1日至4日' / '6月底'节点; the text names no year.",
  "The mirror damaged '現將' to 'F(xiàn)將' — kept as stored.",
  "Retrieved twice by separate searches ('实事项目 推进情况 进度滞后的项目 责任单位 区政府督查室 季度 通报 河南' and '南阳 一改双优 重大项目 督查结果 工作推进缓慢 任务完成较好 6月底'); identical (2,000 bytes).",
  "Scope fit: 重大项目、重点工作 with a 6月底 节点 under a city campaign ('一改双优'), not a 政府工作报告 list; kept for its per-item verdict lines."
 ]
})
