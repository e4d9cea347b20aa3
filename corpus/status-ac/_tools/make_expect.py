"""Write <stem>.expect.json for status-ac; assert every annotated string occurs in the document
(NFKC, whitespace removed, as verify.py does). Expectations come only from reading the documents."""
import json, re, unicodedata, os
from collections import Counter
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(tsw, status, stext, note, number=None, lead=(), co=(), leaders=(), deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co),
            "leaders": list(leaders), "deadline": deadline, "status": status,
            "statusText": stext, "note": note}

docs = {}

# ------------------------------------------------------------------ 镇原 2023 (traditional mirror)
S_HEAT = "當(dāng)年開工、當(dāng)年建成投用"
S_ROAD = "市政道路項目建成通車"
S_PUB = "等項目陸續(xù)建成"
S_GAS = "完成天然氣“村村通”12個鄉(xiāng)鎮(zhèn)7000戶"
S_HW = "2條三級公路建成通車"
docs["zhenyuan_2023_report_trad"] = {
 "source": "http://m.dfzdm.com/html/1655/2024-01-23/content-482064.html (m.dfzdm.com, a traditional-character mirror with pinyin garble of a 隴東報 item '(慶陽融媒記者張凡)', page date 2024-01-23; the text reviews 2023); pages corpus, stored excerpt 1690 bytes",
 "kind": "report",
 "partial": False,
 "place": "甘肃省庆阳市镇原县",
 "year": 2023,
 "tasks": [
  T("鎮(zhèn)原縣制氫制甲醇及重卡一體科技園項目", "on_schedule", "項目開工建設(shè)",
    "lead paragraph: '近日,鎮(zhèn)原縣制氫制甲醇及重卡一體科技園項目開工建設(shè),雖是寒冬,但項目施工現(xiàn)場機器轟鳴' → started, under construction. A tool may start the text at '制氫制甲醇' (dropping the county prefix); the pinyin garble '(zhèn)' is verbatim in the mirror"),
  T("縣城西區(qū)供熱", "done", S_HEAT,
    "'縣城西區(qū)供熱、綜合管網(wǎng)等項目當(dāng)年開工、當(dāng)年建成投用' → built and in use (whole item, short)"),
  T("綜合管網(wǎng)", "done", S_HEAT, "second item of the same 、-list; same status (whole item, short)"),
  T("東新街道路", "done", S_ROAD, "'東新街道路、北濱河路延伸段等市政道路項目建成通車' (whole item)"),
  T("北濱河路延伸段", "done", S_ROAD, "second road of the same list (whole item)"),
  T("市政公共服務(wù)設(shè)施改造", "done", S_PUB,
    "'市政公共服務(wù)設(shè)施改造、公共停車場等項目陸續(xù)建成' → done"),
  T("公共停車場", "done", S_PUB, "second item of the same list (whole item)"),
  T("天然氣“村村通”12個鄉(xiāng)鎮(zhèn)7000戶", "done", S_GAS,
    "'同時,完成天然氣“村村通”12個鄉(xiāng)鎮(zhèn)7000戶' → done (完成 governs this item and the next)"),
  T("農(nóng)房抗震改造1292戶", "done", "完成天然氣“村村通”12個鄉(xiāng)鎮(zhèn)7000戶,農(nóng)房抗震改造1292戶",
    "second object of the one verb 完成 ('完成天然氣“村村通”…7000戶,農(nóng)房抗震改造1292戶') → done; statusText is the whole clause because 完成 stands before the first object"),
  T("農(nóng)村供水改造工程8處", None, None,
    "'實施農(nóng)村供水改造工程8處,受益群眾5.2萬人' — 實施 (carried out) with beneficiaries counted; in a year review this reads as done, but no completion word is printed → null (a tool coding done is defensible)"),
  T("西區(qū)供水等水利惠民工程", "on_schedule", "西區(qū)供水等水利惠民工程加快推進",
    "'加快推進' → in progress"),
  T("吳家溝水庫綜合利用項目", "on_schedule", "完成庫區(qū)清淤、穿鑿隧洞和凈水廠主體建設(shè)",
    "some stages completed (庫區(qū)清淤, 隧洞, 凈水廠主體) — the project as a whole is in progress → on_schedule, not done"),
  T("平慶鐵路", "on_schedule", "平慶鐵路開工建設(shè)",
    "'平慶鐵路開工建設(shè)' → started (whole item, 4 characters)"),
  T("翟池至上肖", "done", S_HW,
    "'翟池至上肖、張莊至武溝2條三級公路建成通車' → two roads, both opened (whole item)"),
  T("張莊至武溝", "done", S_HW, "second road of the pair (whole item)"),
  T("硬化村組道路247公里", None, None,
    "year-review quantity without a status word → null (a tool may code done)"),
  T("養(yǎng)護農(nóng)村公路2765公里", None, None,
    "year-review quantity; the clause goes on '獲評全省“四好農(nóng)村路”示范縣' (an award, not a status) → null"),
 ],
 "summary": {
  "printed": ["全縣實施重點項目150個,完成投資57.6億元", "實施農(nóng)村供水改造工程8處"],
  "note": "no counts by status are printed; 150 key projects in 2023, a handful named"
 },
 "notes": [
  "Year-review news in a 隴東報 relay (the lead is a single project's start); kind report. No units, leaders or deadlines.",
  "The mirror inserts pinyin after some characters ('鎮(zhèn)', '項目開工建設(shè)'); every annotated string keeps it verbatim. The four '?' before '據(jù)' are in the stored text.",
  "、-lists sharing one status verb are split into one task per named item (供熱 / 綜合管網(wǎng); 東新街道路 / 北濱河路延伸段; 市政公共服務(wù)設(shè)施改造 / 公共停車場; 翟池至上肖 / 張莊至武溝).",
  "Quantities without a status verb (實施…8處, 硬化…247公里, 養(yǎng)護…2765公里) are tasks with status null.",
  "Place: 镇原 (zhenyuan) is in neither taken.txt nor any PLACES-CLAIMED.txt; it is 甘肃庆阳镇原县 (not 云南镇沅 or 贵州镇远).",
 ],
}
# fix summary counts below from the tasks

# ------------------------------------------------------------------ 镇原 2020
S_KG = "当天集中开工的"
docs["zhenyuan_2020_report"] = {
 "source": "https://m.yybnet.net/qingyang/zhenyuan/202003/10271348.html (m.yybnet.net 地方网, 庆阳/镇原 news section; '本报讯(记者张昶昶)3月10日', URL month 2020-03); pages corpus, stored excerpt 2000 bytes",
 "kind": "report",
 "partial": True,
 "place": "甘肃省庆阳市镇原县",
 "year": 2020,
 "tasks": [
  T("福建圣农1.2亿羽肉鸡全产业链饲料厂", "on_schedule", S_KG,
    "first of the 14 projects '当天集中开工' (started) → on_schedule. The 圣农 chain is printed as '饲料厂、屠宰场、种鸡场、污水处理厂'; split into four tasks (13 named + 等 = 14 is consistent); a tool that keeps the 圣农 chain as one task is also reasonable"),
  T("屠宰场", "on_schedule", S_KG, "圣农 chain component (whole item, 3 characters)"),
  T("种鸡场", "on_schedule", S_KG, "圣农 chain component (whole item, 3 characters)"),
  T("污水处理厂", "on_schedule", S_KG,
    "last 圣农 chain component. The list reads '…种鸡场、污水处理厂和甘肃金星啤酒厂新厂区建设项目、…': the 和 joins this facility and the unrelated 金星 brewery project inside one 、-item; split at 和 (whole item, 5 characters)"),
  T("甘肃金星啤酒厂新厂区建设项目", "on_schedule", S_KG, "separate enterprise project joined by 和 to the previous item; a tool that keeps '污水处理厂和甘肃金星…' as one task misses this one"),
  T("镇原县城关镇莲池小学建设项目", "on_schedule", S_KG, ""),
  T("镇原县金龙工业集中区污水处理厂二期项目", "on_schedule", S_KG, ""),
  T("镇原县蒲河流域水环境综合治理项目", "on_schedule", S_KG, ""),
  T("镇原县平泉镇2万吨果品气调库建设项目", "on_schedule", S_KG, ""),
  T("城区失地农民安置小区建设项目", "on_schedule", S_KG, ""),
  T("庆阳正欣元15万只生猪养殖项目", "on_schedule", S_KG, ""),
  T("镇原县滨河北路高庄-祁川段道路工程", "on_schedule", S_KG, ""),
  T("镇原县苹果产业项目", "on_schedule", S_KG, "last named item before '等14个重点项目'"),
  T("镇原县茹河河道氧化塘湿地应急项目", None, None,
    "named only in '贠建民一行还查看了…等项目建设情况' — inspected, no status printed → null"),
  T("工业污水处理厂尾水人工湿地工程", None, None, "same inspection sentence → null"),
 ],
 "summary": {
  "printed": ["镇原县14个重点项目集中开工", "今年镇原县计划实施项目279个", "目前已开工68个", "等14个重点项目,总投资25.3亿元"],
  "note": "14 projects started on 3月10日 (13 named if the 圣农 chain is split into four; the 污水处理厂/金星 和-pair is split); 68 of 279 planned projects started so far"
 },
 "notes": [
  "Groundbreaking news (集中开工); every named project in the 14-list gets on_schedule (开工 = started, in progress). kind report.",
  "The 和 in '污水处理厂和甘肃金星啤酒厂新厂区建设项目' joins two different projects (the 圣农 chain's last facility and an unrelated brewery project) inside one 、-item; split at 和 into '污水处理厂' and '甘肃金星啤酒厂新厂区建设项目'. With the 圣农 chain as four facilities, 13 items are named before '等14个重点项目'; keeping the chain as one project gives 10.",
  "Leaders named (贠建民, 包东红, 马晓方, 卢小亨, 魏胜文) attend the ceremony; they are not responsible leaders of tasks → leaders empty.",
  "The excerpt ends inside the '新闻推荐' sidebar at 2000 bytes → partial (the article itself is complete).",
 ],
}

# ------------------------------------------------------------------ 镇安 2015
S_ZA = "这次集中开工的"
docs["zhenan_2015_report"] = {
 "source": "http://eslrb.slrbs.com/slrb/20150116/html/content_20150116001003.htm (商洛日报 e-paper eslrb.slrbs.com, 01版, 发布日期 2015年01月16日, '本报讯 (谭显根 陈风军)'); pages corpus, stored excerpt 2000 bytes",
 "kind": "report",
 "partial": True,
 "place": "陕西省商洛市镇安县",
 "year": 2015,
 "tasks": [
  T("塔云山景区二期", "on_schedule", S_ZA, "one of the 17 projects '近期集中开工' → started (whole item, 6 characters)"),
  T("兴隆遗址公园", "on_schedule", S_ZA, "whole item; described further below (plan details, '共分三期进行') — no other status"),
  T("县石材工业集中区", "on_schedule", S_ZA, "whole item; described further below as '县石材工业集中区项目'"),
  T("月河钼钨产业园", "on_schedule", S_ZA, "whole item (7 characters)"),
  T("云盖寺省级旅游文化古镇建设", "on_schedule", S_ZA, ""),
  T("镇云新区象鼻子片区及三中综合城市建设", "on_schedule", S_ZA,
    "one item: '象鼻子片区及三中' both qualify '综合城市建设'; a tool that splits at 及 is arguable"),
  T("中小企业孵化园企业扩能建设", "on_schedule", S_ZA, ""),
  T("陕南移民搬迁工程", "on_schedule", S_ZA, ""),
  T("县城棚户区改造", "on_schedule", S_ZA, "whole item (7 characters)"),
  T("保障性住房", "on_schedule", S_ZA, "whole item (5 characters)"),
  T("安业清真农业产业园", "on_schedule", S_ZA, "last named item before '等17个项目'"),
 ],
 "summary": {
  "printed": ["镇安县2015年首批17个重点项目近期集中开工", "确定2015年实施50个重点建设项目", "等17个项目"],
  "note": "11 of the 17 started projects are named; 50 key projects planned for 2015"
 },
 "notes": [
  "Groundbreaking news (集中开工) on page 1 of 商洛日报; kind report. All named items share the status 'started' → on_schedule. No units, leaders or deadlines.",
  "'五大工程' and the four kinds of 重点项目 (现代工业园区、特色农业园区、精品旅游景区、新型城乡社区) are themes, not tasks.",
  "Excerpt cut at 2000 bytes inside the 石材工业集中区 description → partial.",
  "Place: 镇安 (zhenan) is in neither taken.txt nor any PLACES-CLAIMED.txt (an earlier reader saw a counts-only 镇安 2011 page).",
 ],
}

# ------------------------------------------------------------------ 镇安 2023
S_ZA3 = "本次集中开工项目19个"
docs["zhenan_2023_report"] = {
 "source": "http://www.chuanshu.news3.cn/zixun/2023/0814/13441.html (chuanshu.news3.cn relay, '2023-08-14 16:26:16 来源:腾讯网'; '本报讯(通讯员 陈风军 朱小双 周绪虎)'); pages corpus, stored excerpt 1994 bytes",
 "kind": "report",
 "partial": False,
 "place": "陕西省商洛市镇安县",
 "year": 2023,
 "tasks": [
  T("月河年处理15万吨尾渣综合加工利用项目", "on_schedule", S_ZA3, "named among the 19 projects that started on 8月14日 → on_schedule"),
  T("城安矿业东阳钨矿南水沟尾矿库项目", "on_schedule", S_ZA3, ""),
  T("镇安百益花椒产业链建设项目", "on_schedule", S_ZA3, ""),
  T("铁厂镇黄龙铺乡村振兴示范区项目", "on_schedule", S_ZA3, ""),
  T("鲤跃智慧养殖产业园项目", "on_schedule", S_ZA3, ""),
  T("龙鼎惠达·云河赋项目", "on_schedule", S_ZA3, "also the ceremony site ('在龙鼎惠达·云河赋项目建设现场隆重举行…集中开工仪式')"),
  T("青槐社区园中路片区棚户区改造项目", "on_schedule", S_ZA3, ""),
  T("虹华街片区棚户区改造(德佑家园)项目", "on_schedule", S_ZA3, "parenthesis is part of the name"),
  T("福寿岭生命文化公园(一期)建设项目", "on_schedule", S_ZA3, "last named item, directly followed by '8个项目投资达1亿元以上'"),
 ],
 "summary": {
  "printed": ["本次集中开工项目19个,总投资28.27亿元", "8个项目投资达1亿元以上", "上半年重点项目观摩测评全市第一"],
  "note": "9 projects are named but the text says '8个项目投资达1亿元以上' — a printed count that does not match the list (or one named project is the ceremony site counted apart); all 9 are kept"
 },
 "notes": [
  "Groundbreaking news (三季度集中开工); kind report. All named projects share 'started' → on_schedule. No units, leaders or deadlines ('县级领导包联机制' is general).",
  "Printed count mismatch: 9 names before '8个项目'. I keep all 9; a tool that trusts the count might drop one.",
  "'六大类' (现代工业、生态康养、…、民生工程) are categories, not tasks.",
 ],
}

for stem, d in docs.items():
    text = norm(open(stem + '.txt', encoding='utf-8').read())
    for t in d['tasks']:
        for k in ('textStartsWith', 'statusText', 'deadline'):
            if t.get(k):
                assert norm(t[k]) in text, (stem, k, t[k])
        for k in ('lead', 'co', 'leaders'):
            for u in t[k]:
                assert norm(u) in text, (stem, k, u)
        assert (t['status'] is None) == (t['statusText'] is None), (stem, t)
    for p in d['summary'].get('printed', []):
        assert norm(p) in text, (stem, 'printed', p)
    c = Counter(str(t['status']) if t['status'] else 'null' for t in d['tasks'])
    d['summary'].update({k: v for k, v in c.items()})
    out = {"source": d["source"], "kind": d["kind"], "partial": d["partial"], "place": d["place"],
           "year": d["year"], "taskCount": len(d["tasks"]), "tasks": d["tasks"],
           "summary": d["summary"], "notes": d["notes"]}
    with open(stem + '.expect.json', 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
    print(stem, len(d['tasks']), dict(c))
