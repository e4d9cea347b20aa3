import json, re, unicodedata

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status, statusText, note, lead=(), co=(), leaders=(), deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co),
            "leaders": list(leaders), "deadline": deadline, "status": status,
            "statusText": statusText, "note": note}

def save(stem, exp):
    text = norm(open(stem + ".txt", encoding="utf-8").read())
    exp["taskCount"] = len(exp["tasks"])
    for t in exp["tasks"]:
        for s in [t["textStartsWith"], t["statusText"], t["deadline"]] + t["lead"] + t["co"] + t["leaders"]:
            if s:
                assert norm(s) in text, (stem, s)
    for sc in exp["summary"]["scopes"]:
        for p in sc.get("printed", []):
            assert norm(p) in text, (stem, p)
    order = ["source", "kind", "partial", "place", "year", "taskCount", "tasks", "summary", "lagging",
             "layout", "tests", "ambiguities", "notes"]
    out = {k: exp[k] for k in order if k in exp}
    json.dump(out, open(stem + ".expect.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    from collections import Counter
    print(stem, len(exp["tasks"]), dict(Counter(t["status"] for t in exp["tasks"])))

def nbytes(stem):
    return len(open(stem + ".txt", encoding="utf-8").read().encode("utf-8"))

# ---------------------------------------------------------------- 云门山街道
stem = "yunmenshan_undated_report"
save(stem, {
 "source": "http://paper.jrqzw.net/Newspapernews.aspx?b=719&nid=5023 (paper.jrqzw.net, 今日青州 e-paper; no date printed); pages corpus, stored excerpt %d bytes" % nbytes(stem),
 "kind": "report",
 "partial": False,
 "place": "山东省潍坊市青州市云门山街道",
 "year": None,
 "tasks": [
  T(None, "农村道路建设和背街小巷的整治", "done", "基本完成",
    "headline sentence '…的整治基本完成', then '目前,完成…背街小巷整治13条'; 基本完成 → done (on_schedule defensible: 'basically' finished)"),
  T(None, "城乡环卫一体化工作", "on_schedule", "初见成效",
    "'初见成效' (first results) with the 垃圾中转站 built and '已实现正常运转'; the work as a whole is still running → on_schedule; done defensible for the 中转站 alone, which is not split out as its own task"),
  T(None, "城市管理向小区延伸", "on_schedule", "已完成130余个居民小区的排查工作",
    "147 小区 to visit, 130余 done → in progress; no verdict word, the headline states the item only"),
  T(None, "安全饮水工程进展顺利", "on_schedule", "进展顺利",
    "task text begins with the headline (the item name '安全饮水工程' is 6 characters, so the 8+ prefix runs into the status words); '已完成85%' and '确保在潍坊验收前全部完成'", deadline="潍坊验收前"),
 ],
 "summary": {"scopes": [{
    "scope": "云门山街道为民办实事工作",
    "total": 4,
    "by_status": {"done": 1, "on_schedule": 3},
    "printed": ["对道路、环卫一体化、城市管理、安全饮水等工作进行逐一落实"],
    "note": "no counts printed; the lead sentence names the four fields, each then has a headline sentence + detail paragraph; total and by_status are this reader's coding"}]},
 "layout": "newspaper item (本报讯): lead paragraph naming four 为民办实事 fields, then four paragraphs each opened by a headline sentence that is 'work item + status' (基本完成 / 初见成效 / 进展顺利) or the item alone (城市管理向小区延伸), followed by 目前,… details",
 "tests": "unnumbered paragraph-headline tasks; status words inside the headline sentence vs. in a later '目前,' sentence; one commitment deadline tied to an event (潍坊验收前) rather than a date",
 "ambiguities": [
   "task 1 '基本完成' coded done (on_schedule defensible)",
   "task 2 '初见成效' coded on_schedule; the 垃圾中转站 inside it is built and running (done), not split out",
   "task 4 deadline '潍坊验收前' from '确保在潍坊验收前全部完成' (a committed finishing point, not a calendar date); null defensible",
   "village names (沈家、东十里、十字、寨子、后寺、瓜市) are where the 背街小巷 work was done, not separate tasks"
 ],
 "notes": [
   "Place: 云门山街道 printed; 青州市 inferred from the site (jrqzw = 今日青州网) and '潍坊验收'; 云门山 is a 街道 of 青州市, 山东潍坊.",
   "No year printed anywhere in the excerpt → year null, stem 'undated'.",
   "No lead/co units or leaders named; 街道 itself is the actor.",
   "The excerpt ends with the item's final sentence (1,273 bytes, under the 2,000-byte cap) → partial false."
 ]
})

# ---------------------------------------------------------------- XX街道 督查报告
stem = "xxjiedao_2022_notice"
lag = "5项工作推进滞后"
note_lag = "one of the five items before '等5项工作推进滞后'"
save(stem, {
 "source": "https://alatiku.com/fanwen/zongjie/rjrl0o.html (alatiku.com, 范文 site; page titled '2024年上半年街道办事处重点工作督查报告', body dated 2022); pages corpus, stored excerpt %d bytes" % nbytes(stem),
 "kind": "notice",
 "partial": True,
 "place": "XX街道 (anonymised street office; district/city/province not named)",
 "year": 2022,
 "tasks": [
  T(None, "XX工作已完成,共有1857人", "done", "已完成",
    "item name masked ('XX工作', 4 characters) so the 8+ character prefix runs into the status; '共有1857人参与筛查' — a screening campaign"),
  T(None, "XX已完成平页面布局初稿", "on_schedule", "正在抓紧落实深化设计",
    "first draft of the layout done, deepening the design now → on_schedule (not among the 5 named lagging items, so presumably one of the 4 '推进顺利')"),
  T(None, "XX项目根据方案进行研究设计", "on_schedule", "积极落实开工前期各项筹备工作,准备施工",
    "pre-construction ('准备施工'); by the count it is not lagging → on_schedule; stalled (尚处前期) defensible"),
  T(None, "XX建设项目已竣工", "done", "已竣工",
    "item name masked ('XX建设项目', 6 characters) so the prefix includes '已竣工'"),
  T(None, "XX室外环境微更新", "done", "已完成",
    "'XX室外环境微更新已完成' runs straight into the next list with the full stop lost ('已完成XX功能体系建设'); read as a completed item, the five after it being the lagging ones"),
  T(None, "XX功能体系建设", "lagging", lag, note_lag),
  T(None, "非机动车集中充电桩加装工作", "lagging", lag, note_lag),
  T(None, "社区事务受理中心新址建设", "lagging", lag,
    note_lag + "; printed '…新址建设XX更新' with no 、 before XX更新 — split because the count is 5"),
  T(None, "XX更新", "lagging", lag, note_lag + "; whole item shorter than 8 characters (masked name)"),
  T(None, "XX品质提升", "lagging", lag, note_lag + "; whole item shorter than 8 characters (masked name)"),
  T(None, "街道总体规划研究", None, None,
    "街道重点工作专班推进事项: the list is cut off before any status"),
  T(None, "XX区域城市更新改造工作", None, None, "专班 list, cut off before any status"),
  T(None, "创建X儿童友好社区", None, None, "专班 list, cut off before any status"),
  T(None, "城市运行联勤联动和数据化深度治理", None, None, "专班 list, cut off before any status; one item (和 joins two aspects of one work)"),
  T(None, "XX二村封闭式管理", None, None, "专班 list, last visible item; the excerpt ends here, the item may continue"),
 ],
 "summary": {"scopes": [
   {"scope": "XX街道2022年度重点工作 (all)", "total": 60, "by_status": {},
    "printed": ["共确定2022年度XX街道重点工作60项", "总体上,重点工作滞后项目占比约%"],
    "note": "overall lag percentage is blank in the source ('约%')"},
   {"scope": "街道民生实事项目", "total": 10, "by_status": {"done": 1, "on_schedule": 4, "lagging": 5},
    "printed": ["10项街道民生实事项目中,1项已完成,4项推进顺利,5项推进滞后,滞后项目占比50%"],
    "note": "推进顺利 coded on_schedule; all 10 are named in the text (5 non-lagging + 5 lagging), but three of the non-lagging carry completion words (已完成/已竣工/已完成) against a printed count of 1 已完成"},
   {"scope": "街道重点工作专班推进项目", "total": 12, "by_status": {"on_schedule": 6, "lagging": 6},
    "printed": ["12项街道重点工作专班推进项目中,6项推进顺利,6项推进滞后,滞后项目占比50%"],
    "note": "only 5 of the 12 named before the cut, without statuses"},
   {"scope": "市委、市政府重点工作涉及本区并需要街道参与的项目", "total": 14, "by_status": {"on_schedule": 13, "lagging": 1},
    "printed": ["14项市委、市政府重点工作涉及本区并需要街道参与的项目中,13项推进正常,1项推进滞后"],
    "note": "推进正常 → on_schedule; items not reached in the excerpt"},
   {"scope": "区委、区政府重点工作需要街道参与的项目", "total": 21, "by_status": {"on_schedule": 15, "lagging": 6},
    "printed": ["21项区委、区政府重点工作需要街道参与的项目中,15项推进正常,6项推进滞后"],
    "note": "items not reached in the excerpt"},
   {"scope": "区领导来街道调研提出的工作", "total": 3, "by_status": {"on_schedule": 3},
    "printed": ["3项区领导来街道调研提出的工作均正常推进"], "note": "items not reached"}
 ]},
 "layout": "街道 党政办公室 督查报告 (1-7月): title, one '一、总体工作情况' count paragraph over five scopes (10/12/14/21/3 items, with 已完成/推进顺利/推进正常/推进滞后 counts), then per-scope prose: 民生实事 items as sentences, lagging ones gathered into one 、-list closed by '等5项工作推进滞后'; the 专班 list is cut off",
 "tests": "supervision report with printed per-scope counts; masked item names (XX…) giving short prefixes; a lost sentence break ('已完成XX功能体系建设'); a shared lagging status over a 5-item list with one missing separator; cut-off list with null statuses",
 "ambiguities": [
   "the printed count says 1 of 10 民生实事 '已完成', but three named items read 已完成/已竣工/已完成; coded by their own words (done ×3); the author apparently counts two of them under 推进顺利",
   "task 3 '准备施工' (pre-construction) coded on_schedule because by elimination it is among the non-lagging items; stalled defensible",
   "推进顺利/推进正常 → on_schedule, not good (no 'ahead of plan' wording)",
   "tasks 8/9 split at '新址建设XX更新' (no separator printed) to make the stated 5; task 5/6 split at the lost full stop in '微更新已完成XX功能体系建设'",
   "kind 'notice': a 督查报告 by the 党政办公室 with status counts (family 1); 'report' defensible",
   "year 2022 from the body ('2022年上半年…', '2022年度'); the site's page title says 2024"
 ],
 "notes": [
   "Anonymised 范文 copy: place names and several item names are replaced by XX/X in the source.",
   "No lead units or leaders printed in the excerpt; 党政办公室 is the supervisor, not a lead unit.",
   "Excerpt 2,000 bytes and ends mid-list → partial true."
 ]
})

# ---------------------------------------------------------------- 某镇 镇区建设 (traditional)
stem = "xxzhen_2018_report_trad"
Z = "鎮(zhèn)"
save(stem, {
 "source": "http://www.lookme-vision.com/a/201809/1735679.html (lookme-vision.com, traditional-character 范文 mirror with pinyin garble; URL path 2018-09); pages corpus, stored excerpt %d bytes" % nbytes(stem),
 "kind": "report",
 "partial": True,
 "place": "某镇 (anonymised township: '我鎮', under an unnamed 縣 and 市; province not named)",
 "year": 2018,
 "tasks": [
  T("1", "投資1520萬元的" + Z + "社區(qū)土地綜合整治項目", "stalled",
    "正在評審招標,前期征地拆遷工作正同步進行,爭取在明年3月份開工建設",
    "續建項目 1: design done, tendering under review, land acquisition in parallel, start hoped for next March → not started (尚处前期); the start target is not a completion deadline"),
  T("2", "總投資300萬元(其中市政府扶持資金150萬元)的" + Z + "區(qū)道路管網建設項目", "done", "管網鋪設已完成",
    "續建項目 2"),
  T("3", "投資1500萬元,建筑面積8000" + Z + "區(qū)商業(yè)街一期建設項目", "on_schedule", "主體工程已完工,正在進行內部裝修",
    "續建項目 3: structure finished, interior fit-out under way → on_schedule (the running part decides)"),
  T("4", "投資220萬元的" + Z + "中心幼兒園周邊道路管網建設項目", "done", "管網已鋪設完成", "續建項目 4"),
  T("5", "投資1500萬元、建筑面積3000的" + Z + "區(qū)超市建設項目", "done", "已建成並投入使用", "續建項目 5"),
  T("1", "投資6000萬元的市機械配件制造有限公司建設項目", None, None,
    "謀劃項目 1 (planned): '計劃于20xx年3月開工,年底建成' — plan, no status", deadline="年底建成"),
  T("2", "投資1000萬元、總長7400米的東三干渠硬化項目", None, None,
    "謀劃項目 2 (planned): '計劃20xx年開工,20xx年建成'", deadline="20xx年建成"),
  T("3", "投資1200萬元、總長9400米的大沙河清淤復堤項目", None, None,
    "謀劃項目 3 (planned): '計劃20xx年6月開工,年底完成'", deadline="年底完成"),
 ],
 "summary": {"scopes": [
   {"scope": "20xx年續建項目", "total": 5, "by_status": {"done": 3, "on_schedule": 1, "stalled": 1},
    "printed": ["一、20xx年續(xù)建項目"], "note": "no counts printed; five numbered projects each with a '目前…' status clause; by_status is this reader's coding"},
   {"scope": "20xx年謀劃項目", "total": None, "by_status": {},
    "printed": ["20xx年謀劃項目"], "note": "planned projects; three visible, a fourth ('4、投資1000萬元、') cut off"}
 ]},
 "layout": "town report to the county ('根據縣政府工作安排…報告如下'): 一、續建項目 1–5, each 'investment + project name, 目前/該項目 + status'; 二、發展計劃 (prose) and (二)謀劃項目 1–4 with planned start/finish; numbering restarts at 1 in section 二",
 "tests": "numbered 1、 items restarting per section; investment amounts before the project name (the task text starts with 投資…); traditional characters with pinyin garble '鎮(zhèn)' and mis-decoded '(一)/(二)' headings ('。ㄒ唬╂' / '。ǘ'); status items followed by plan-only items with planned finish dates",
 "ambiguities": [
   "task 1 coded stalled (尚处前期: 評審招標, 征地拆遷, 開工 targeted for next March); null defensible as the author gives no negative verdict",
   "task 3 '主體工程已完工,正在進行內部裝修' → on_schedule (done defensible for the structure)",
   "tasks 6–8 deadlines are the planned finish phrases ('年底建成', '20xx年建成', '年底完成'); the masked '20xx' year kept as printed",
   "the cut-off 4th 謀劃項目 ('4、投資1000萬元、') is not counted: nothing but an amount is visible",
   "(一)鎮區發展計劃 is general prose (繼續加大…基礎設施建設) and is not counted as a task",
   "year 2018 from the page title ('2018年鎮區建設發展工作計劃') and URL path 201809; the body masks every year as 20xx; the 續建 statuses probably describe late 2017 or 2018"
 ],
 "notes": [
   "Anonymised 范文 copy; '市政府扶持資金' and '東三干渠', '大沙河' do not identify the place.",
   "Kind 'report': titled 工作計劃 but section 一 reports status of five continuing projects (family 2); 'plan' defensible for section 二.",
   "Units, leaders: none printed.",
   "Excerpt 1,979 bytes, ends mid-item ('4、投資1000萬元、') → partial true."
 ]
})

# ---------------------------------------------------------------- 黄州区西湖街道
stem = "huangzhou_2020_progress"
save(stem, {
 "source": "http://www.hzqrmtzx.cn/p/30428.html (hzqrmtzx.cn, 区融媒体中心 site; 2020-11-11); pages corpus, stored excerpt %d bytes" % nbytes(stem),
 "kind": "progress",
 "partial": False,
 "place": "湖北省黄冈市黄州区西湖街道 (district inferred, see notes)",
 "year": 2020,
 "tasks": [
  T(None, "珠明山社区二组路面垃圾清理转运", "on_schedule", "清理转运中", "caption-style line, '…中' = under way"),
  T(None, "珠明山社区三组路面房前屋后院垃圾清理转运", None, None,
    "same work as task 1 but without '中' or any other status word → null (on_schedule defensible from the heading '进展情况')"),
  T(None, "新桥社区邓家大湾4组道路平整施工", "on_schedule", "道路平整施工中", "'施工中' = under construction"),
  T(None, "新桥社区邓家大湾3组屋前水沟污水整治", "on_schedule", "污水整治施工中", ""),
  T(None, "新桥社区雷家大湾6组污水沟下埋涵管", "done", "已基本完工", "'已基本完工' → done (on_schedule defensible)"),
  T(None, "新桥社区邓家大湾4组屋前杂物垃圾清理", "on_schedule", "垃圾清理中", ""),
  T(None, "西湖社区五组屋旁平整硬化", None, None, "whole line is the work, no status word → null"),
  T(None, "西湖社区五组居民房屋旁边驳岸施工", "on_schedule", "驳岸施工中", ""),
  T(None, "西湖社区二组清理屋后垃圾及修建污水沟", None, None, "no status word → null; one task (及 joins two parts of the same site work)"),
  T(None, "三台河社区三组潘家湾臭水体进行整改", "on_schedule", "排水沟渠修建中", "'进行整改' + '排水沟渠修建中' → under way"),
 ],
 "summary": {"scopes": [{
    "scope": "西湖街道各社区双创(创文创卫)问题清单整改 — 11月11日进展",
    "total": 10, "by_status": {"on_schedule": 6, "done": 1},
    "printed": ["创文创卫重点社区问题清单整改落实情况", "11月11日街道各社区双创工作进展情况"],
    "note": "no counts printed; ten caption lines (photo captions on the web page) under '进展情况:'; three carry no status word"}]},
 "layout": "district news item on a 副区长 督办 visit, then '11月11日街道各社区双创工作进展情况:' and ten one-line items 'community + group + work + status (…中 / 已基本完工)', several without status; date and editor lines",
 "tests": "unnumbered one-line items (photo captions) where the status is a '…中' suffix glued to the work; items with no status → null; place names (社区/组/大湾) that are locations, not units",
 "ambiguities": [
   "'…中' suffixes (清理转运中, 施工中, 清理中, 修建中) → on_schedule",
   "'已基本完工' → done (on_schedule defensible)",
   "three lines without any status word coded null, although the heading calls everything '进展情况'",
   "communities (珠明山社区, 新桥社区, 西湖社区, 三台河社区) are where the work is, not lead units → lead empty",
   "kind 'progress' (a 进展情况 list inside a 督办 news item); 'notice' defensible"
 ],
 "notes": [
   "Place: 西湖街道 printed, '区政府办张竞平副区长', footer '区融媒体中心'; district 黄州区 (黄冈市) inferred from the domain hzqrmtzx (黄州区融媒体中心) and 三台河 — not printed.",
   "区政府办张竞平副区长 is the inspecting leader, not a task leader.",
   "Full item stored (850 bytes, ends with date and 责编 line) → partial false."
 ]
})
