#!/usr/bin/env python3
"""Write the four <stem>.expect.json files (hand annotations) and check every string against the text."""
import json, os
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def T(number, text, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=None):
    d = {"number": number, "textStartsWith": text, "lead": list(lead), "co": list(co), "leaders": list(leaders),
         "deadline": deadline, "status": status, "statusText": statusText}
    if note: d["note"] = note
    return d
cases = {}

cases["fengxin_2021_progress"] = {
 "source": "http://www.xmzaj.com/fxxrmzf/jcbslse2/202110/a194e5d1d846417f94f931d0bae6596d.shtml (traditional-character mirror of a 奉新县人民政府 page, path fxxrmzf/…/202110; pages corpus, stored excerpt)",
 "kind": "progress", "partial": True, "place": "江西省宜春市奉新县", "year": 2021,
 "tasks": [
  T("4", "奉新縣 示范幼兒園", lead=["教體局", "發改委", "住建局", "自然資源局"], status="on_schedule", statusText="是",
    note="whole item (9 chars with the space). 是否達到進度要求 = 是 → on_schedule; progress '基本完成項目建設。' so done is arguable but the row itself plans 完成項目建設 for October. 掛點領導 cell empty. Single 責任單位 column → all units lead (no first-is-lead rule printed)."),
  T("13", "2020年棚戶區改造安置房新建工程山水嘉苑棚改安置小區", lead=["發投集團", "住建局", "房屋征收管理辦公室", "赤岸鎮"], status="on_schedule", statusText="是",
    note="verdict column says 是, but the progress cell says '項目目前暫停實施' (paused after a design change) → stalled is a strong alternative; I follow the document's own verdict column. 赤岸鎮 is a listed 責任單位 (town government), kept as a unit."),
  T("15", "城東新區路網建設", lead=["發投集團", "自然資源局", "發改委", "城管局", "馮川鎮"], status="on_schedule", statusText="是",
    note="whole item (8 chars)."),
  T("16", "奉新縣老舊小區、老城區停車場及周邊道路改造工程", status="on_schedule", statusText="是",
    note="verdict 是 is visible; the row is cut inside the 10月 plan cell, so its 掛點領導/責任單位 cells are not in the text → lead []."),
 ],
 "summary": "奉新县 2021年9月 政府投资类 重点项目 推进情况表 (rows 4, 13, 15, 16 visible); every visible row is marked 是 for 是否达到进度要求.",
 "notes": "Traditional-character mirror; the table is flattened with ' | ' separators and each row's last two cells (掛點領導 empty, 責任單位 space-separated) on a following line. Units split on spaces as a reader would. Row numbers are printed (4, 13, 15, 16) – the page shows a subset of rows. No deadlines (the 10月 工作計劃 column is a plan, not a 完成时限). Year 2021 from the column headers and the 202110 path."
}

cases["linxiang_2020_report"] = {
 "source": "http://souzy.net/24733/24760/24821/24986/28267/content_1771769.html (traditional-character mirror with inline pinyin glosses; 临湘市教育体育局 公示 dated 2020年12月2日; pages corpus, stored excerpt)",
 "kind": "report", "partial": False, "place": "湖南省岳阳市临湘市", "year": 2020,
 "tasks": [
  T("1", "省實(shí)事工程:擴(kuò)大公辦學(xué)前教育資源", status="done", statusText="圓滿完成",
    note="item '1、省實事工程:…' is itself one task; the category label is part of the printed item text."),
  T("①", "提質(zhì)改造鄉(xiāng)村小規(guī)模學(xué)校", status="done", statusText="圓滿完成",
    note="under '2、岳陽市民生實事工程:'; the numbered group heading is a category, its ①② sub-items are the tasks."),
  T("②", "建成社會(huì)足球場(chǎng) 7 個(gè)", status="done", statusText="圓滿完成", note="whole item."),
  T("①", "完成臨湘市特殊學(xué)校建設(shè)", status="done", statusText="圓滿完成",
    note="under '3、臨湘市民生實事工程:'; numbering restarts."),
  T("②", "建成 2 所中學(xué)社會(huì)足球場(chǎng)", status="done", statusText="圓滿完成"),
  T("③", "建成 3 所中心小學(xué)教師周轉(zhuǎn)宿舍", status="done", statusText="圓滿完成"),
  T("④", "建成 2 棟鄉(xiāng)鎮(zhèn)中學(xué)教學(xué)樓", status="done", statusText="圓滿完成"),
 ],
 "summary": "临湘市教育体育局 2020年 省/岳阳市/临湘市 民生实事 项目任务完成情况公示: 7 items listed, closing line says the bureau 圆满完成 all 2020 民生实事工程建设任务.",
 "notes": "Status comes from one closing sentence covering every listed item ('至2020年12月底,教育體育局圓滿完成2020年民生實事工程建設任務') → done for all 7. Units: the only unit is the reporting body 教育體育局, named as the one that completed the work but not per task, so lead is left [] (alternative: lead ['教育體育局'] for all). Strings keep the mirror's inline pinyin glosses because verify matches verbatim. The 1、2、3、 groups (省/岳陽市/臨湘市) are tiers; only item 1 is a single task, items 2 and 3 are headings over ①… sub-items. No deadlines."
}

cases["chuxiong_2021_plan"] = {
 "source": "http://cxz.gov.cn/info/egovinfo/1001/xxgkxt_content/115323000151673132-/2021-0204011.htm (楚雄州人民政府办公室, 楚政办通〔2021〕5号; pages corpus, stored excerpt)",
 "kind": "plan", "partial": True, "place": "云南省楚雄彝族自治州", "year": 2021,
 "tasks": [
  T("①", "以就业促增收,增加城镇居民工资性收入", lead=["州人力资源和社会保障局"], co=["州就业工作领导小组各成员单位", "10县市人民政府"],
    note="inline '(牵头部门:X;责任单位:Y,Z)': 牵头部门 → lead, 责任单位 → co. '10县市人民政府' is a unit group kept whole."),
  T("②", "以创业促发展,增加城镇居民经营性收入", note="the bracket is cut at '(牵头部' → lead []/co []; counted with its visible text."),
 ],
 "summary": "楚雄州 2021年 8项民生工程和10件惠民实事 工作方案; the excerpt reaches only the first two sub-tasks of 1.城乡居民增收工程 / (1)增加城镇居民收入.",
 "notes": "Headings 一、工作任务 / (一)实施8项民生工程 / 1.城乡居民增收工程 / (1)增加城镇居民收入 are not tasks; the ①② items are. No 牵头领导 or 完成时限 printed in the visible part. Plan: no statuses."
}

cases["yunnan_2016_plan"] = {
 "source": "https://dinovaliano.com/news/finance/2016/01/25/16817rkit.shtml (news relay of 云南省 2016年10大惠民实事; pages corpus, stored excerpt)",
 "kind": "plan", "partial": True, "place": "云南省", "year": 2016,
 "tasks": [
  T("一", "实施脱贫攻坚工程", lead=["省扶贫办", "省住房城乡建设厅", "省委农办"],
    note="whole title (8 chars); '主办单位:A、B、C' → all lead (no lead/co split printed)."),
  T("二", "实施农村公", note="cut mid-title at the end of the excerpt; counted with its visible part (5 chars), no units visible."),
 ],
 "summary": "云南省 2016年 10大惠民实事 list (news relay); the excerpt shows 一 with its 主要内容 and 主办单位, and the start of 二.",
 "notes": "The narrative paragraphs before the list mention several 实事 (脱贫攻坚, 农村公路, 旅游厕所, 证件办理) in prose; they are not counted separately – the list items are the tasks. 主办单位 read as lead units. No deadlines or statuses."
}

txt = {s: open(os.path.join(here, s + '.txt'), encoding='utf-8').read() for s in cases}
for stem, c in cases.items():
    c["taskCount"] = len(c["tasks"])
    t = txt[stem]
    for k in c["tasks"]:
        for s in [k["textStartsWith"], k["statusText"], k["deadline"], *k["lead"], *k["co"], *k["leaders"]]:
            if s and s not in t:
                print("MISSING", stem, repr(s))
    order = ["source", "kind", "partial", "place", "year", "taskCount", "tasks", "summary", "notes"]
    out = {k: c[k] for k in order}
    with open(os.path.join(here, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(stem, c["taskCount"])
