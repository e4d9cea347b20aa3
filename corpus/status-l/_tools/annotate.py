import json, os, re, unicodedata
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
STEMS = {'qinghai': 'qinghai_undated_report', 'huhehaotejingkaiqu': 'huhehaotejingkaiqu_2016_progress',
         'ningxia': 'ningxia_2010_report', 'fujian': 'fujian_2021_notice'}
raw = {k: json.load(open('_raw/%s.json' % k, encoding='utf-8')) for k in STEMS}
for k, stem in STEMS.items():
    with open(stem + '.txt', 'w', encoding='utf-8') as fh:
        fh.write(raw[k]['excerpt'])

def T(num, tsw, status=None, st=None, note=None, lead=None, co=None, deadline=None):
    t = {"number": num, "textStartsWith": tsw, "lead": lead or [], "co": co or [], "leaders": [],
         "deadline": deadline, "status": status, "statusText": st}
    if note: t["note"] = note
    return t

def write(key, kind, partial, place, year, tasks, summary, notes, lagging=None):
    stem = STEMS[key]
    text = norm(raw[key]['excerpt'])
    for t in tasks:
        for s in [t['textStartsWith'], t['statusText'], t['deadline']] + t['lead'] + t['co']:
            assert s is None or norm(s) in text, (stem, s)
        assert (t['status'] is None) == (t['statusText'] is None), (stem, t)
    for l in lagging or []:
        for s in [l['unit']] + l['items']:
            assert norm(s) in text, (stem, s)
    d = {"source": raw[key]['url'], "kind": kind, "partial": partial, "place": place, "year": year,
         "taskCount": len(tasks), "tasks": tasks, "summary": summary}
    if lagging: d["lagging"] = lagging
    d["notes"] = notes
    json.dump(d, open(stem + '.expect.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    from collections import Counter
    print(stem, len(tasks), 'with status', sum(1 for t in tasks if t['status']), dict(Counter(t['status'] for t in tasks)))

# ---------------- 青海 西宁—海东都市圈 ----------------
FS = "shared '全速推進' after a '、'-list of 3 projects → on_schedule (progress praised, no comparison with plan; good arguable)"
YX = "shared '有序實施' after a '、'-list of 4 projects → on_schedule"
JK = "'加快實施/加快建設' (a stock phrase for 'under construction') → null; on_schedule arguable"
ST = "stage description only → null"
tasks = [
    T(None, "西寧至成都鐵路", "on_schedule", "全速推進", FS),
    T(None, "機場三期", "on_schedule", "全速推進", FS + "; whole item shorter than 8 chars"),
    T(None, "G0612西寧至和田高速湟源至西海", "on_schedule", "全速推進", FS),
    T(None, "加西高速大通至西海段", "done", "順利通車", "shared '順利通車' after a 2-item '、'-list → done"),
    T(None, "西互一級擴能改造工程", "done", "順利通車", "shared '順利通車' → done"),
    T(None, "瞿壇至化隆高速", None, None, "'完成土建工程' is a milestone (civil works), not completion of the road → null"),
    T(None, "G227老城關經西寧至上新莊段", "on_schedule", "有序實施", YX),
    T(None, "G109小峽口(王家莊至崑崙路)", "on_schedule", "有序實施", YX),
    T(None, "大河家(甘青界)至清水段", "on_schedule", "有序實施", YX),
    T(None, "民小公路核心區段連接工程", "on_schedule", "有序實施", YX),
    T(None, "郭隆750千伏變電站2號主變", "done", "建成投運"),
    T(None, "小寨、天恆330千伏輸變電", None, None, "two substations sharing one name suffix, read as one item; '進行土建施工': " + ST),
    T(None, "湟水北乾渠扶貧灌溉二期", "done", "全部完工", "'…及…全部完工' covers both items → done"),
    T(None, "引大濟湟西乾渠田間配套建設", "done", "全部完工", "shared '全部完工' → done"),
    T(None, "大河灘水庫", None, None, "'完成主體工程' (main works only) → null; done arguable"),
    T(None, "小馬雞溝水庫", None, None, "'進行壩體澆築': " + ST),
    T(None, "積石山地震青海災後重建項目", None, None, "named programme with a count only ('開工174項') → null"),
    T(None, "青藏高原生態大數據中心", None, None, JK),
    T(None, "橋頭以大代小750千伏送出工程", None, None, JK),
    T(None, "京東科技綠色算力運營項目", None, None, "'服務器已上架': " + ST),
    T(None, "天合光能35GW直拉單晶一、二期", "done", "建成投產"),
    T(None, "晶科能源20GW拉棒切方生產線", None, None, "'試生產' (trial production) → null; done arguable"),
    T(None, "紅獅硅基新材料", None, None, JK),
    T(None, "泰豐先行年產16萬噸高能密度鋰電材料智能製造基地", None, None, JK),
    T(None, "青海絲綢雲谷低碳算力產業園", None, None, JK),
    T(None, "雙寨物流基地擴能改造工程", None, None, "'開工建設' (started) → null"),
    T(None, "西寧長城國家文化公園(大通段)文化旅遊複合廊道建設", None, None, "'進入收尾' (finishing) → null; on_schedule arguable"),
    T(None, "互助縣現代農業產業園建設", None, None, "'開工在即' (about to start) → null; not called late"),
    T(None, "青海理工學院", "done", "獲批", "the reported step is the approval of the new university: '獲批' → done (judgement call)"),
    T(None, "青海職業技術大學", "done", "獲批", "shared '獲批' → done"),
    T(None, "青海警官職業學院新校區", None, None, "its predicate is cut off by the store → null"),
    T(None, "青海農牧科技技術學院校園提質改造", None, None, "its predicate is cut off by the store → null"),
]
write('qinghai', 'report', True, '青海省 (西寧—海東都市圈)', None, tasks,
      "人民網-青海頻道 relay of a 青海省發展和改革委員會 progress note on the 100 西寧—海東都市圈 key projects, Jan–May: four sector paragraphs naming projects in '、'-lists, each list followed by one shared predicate (通車/建成投運/全部完工/有序實施/加快建設…)",
      ["Year not printed in the store's text ('今年1-5月', '6月26日電'); 2024 can be inferred from 積石山地震 (Dec 2023) rebuilding, so year is left undated.",
       "Traditional-character relay (tw.bg3.co) of a 人民網 story; a simplified/garbled copy exists at ephen.com.cn and suomi360.com. Text kept as returned.",
       "Predicates follow '、'-lists and apply to every item of the list (e.g. 3 projects '全速推進', 4 projects '有序實施', 2 '順利通車', 2 '全部完工').",
       "Only verdict-like predicates are coded: 順利通車/建成投運/全部完工/建成投產 → done; 有序實施 → on_schedule; 全速推進 → on_schedule (good arguable); 獲批 → done for two universities (judgement call). Stage descriptions (進行土建施工, 完成主體工程, 試生產, 進入收尾, 開工在即) and the stock '加快實施/加快建設' are null.",
       "'小寨、天恆330千伏輸變電' kept as one item (shared suffix); splitting would give 2.",
       "partial: the excerpt stops inside the 公共服務 paragraph ('青海建築職業學校實'); that last fragment is not annotated.",
       "No units, leaders or deadlines are printed for any project."])

# ---------------- 呼和浩特经开区 十个全覆盖 ----------------
CO = "呼和浩特经济技术开发区投资开发集团公司"
tasks = [
    T("1", "安全饮水工程:12个任务村", "done", "全部完成", "'12个任务村的主管网和支管网全部完成,6个任务村的新建水源已全部完工' → done (the 6 water sources read as the full scope)", lead=[CO]),
    T("2", "街巷硬化工程:街巷硬化长度", "done", "12个任务村已全部完工", lead=[CO]),
    T("3", "卫生室工程:8个任务村中", None, None, "5 of 8 in use, 3 still being fitted out; no verdict → null", lead=[CO]),
    T("4", "活动室工程:其中10个任务村", None, None, "10 done, 2 being fitted out → null", lead=[CO]),
    T("5", "超市工程:8个任务村中的7个", None, None, "7 of 8 in use → null", lead=[CO]),
    T("6", "阵地建设工程:8个任务村中", None, None, "6 of 8 done → null", lead=[CO]),
    T("7", "戏台建设工程:牌楼板村", None, None, "3 villages done, 1 plastering → null", lead=[CO]),
    T("8", "人居环境综合整治工程:抹灰", None, None, "quantities only → null", lead=[CO]),
]
write('huhehaotejingkaiqu', 'progress', False, '内蒙古自治区呼和浩特市 呼和浩特经济技术开发区 (沙尔沁镇)', 2016, tasks,
      "2016-08-08 company notice: progress to 3 August of the 8 numbered '十个全覆盖' works the 开发区投资开发集团 builds in 12 villages of 沙尔沁镇; two works fully done, the rest given village by village",
      ["Place: the 开发区 (沙尔沁镇 in 土默特左旗 is administered by the 呼和浩特经济技术开发区); stem huhehaotejingkaiqu.",
       "lead: the whole list is introduced as '呼和浩特经济技术开发区投资开发集团公司承担的…建设任务', so that unit is given as lead for every item (judgement call; leave lead empty if only per-item units count).",
       "Only the whole-work verdicts '全部完成'/'全部完工' are coded done; per-village mixes (some 已投入使用, some 正在铺地砖) are null — partial progress with no overall verdict.",
       "textStartsWith includes the colon after each work name, as printed; item 2 has a space after '2、'."])

# ---------------- 宁夏 2010 民生计划 ----------------
tasks = [
    T(None, "保障農村飲水安全", "good", "完成計劃的111.4%", "over 100% of plan → good"),
    T(None, "整村推進村均投入資金", "good", "完成計劃的379%", "over plan → good"),
    T(None, "城鄉福利機構建設", "good", "完成計劃的128%", "over plan → good"),
    T(None, "推進全民創業培育小企業", "good", "分別完成2010年民生計劃任務的220%、414%和205%",
      "one 实事 with three indicators (小企業/小老闆/新崗位), all over plan → one task, good"),
    T(None, "電視戶戶通設備安裝工程", "lagging", "有所推遲", "asked in a question: '廣電局的…有所推遲,會不會延誤…' → lagging; unit 廣電局 from the possessive", lead=["廣電局"]),
    T(None, "建設50家‘放心肉示範店’", None, None, "'已建成49家' of 50, one outstanding; no verdict → null", lead=["商務廳"]),
    T(None, "全區天然氣充裝單位安全遠程電子監控工作", None, None, "only a question whether it can be 100% done in November → null (at_risk arguable)"),
    T(None, "2000例白內障復明手術", None, None, "'還差300多例,趕年底能完成嗎' → null (at_risk arguable)", lead=["衛生廳"]),
]
write('ningxia', 'report', True, '寧夏回族自治區', 2010, tasks,
      "gov.cn (big5 gate) relay of the 自治區政府 第80次常務會議 hearing the 2010 '10項民生計劃為民辦30件實事' reports to end of October: four 实事 quoted with over-plan percentages, then the chairman's questions on four items, one of them stated as delayed",
      ["Only 8 of the 30 实事 are named in the text; the counts ('23件提前完成,其中19件超額完成') name no items and are not tasks.",
       "Over-plan percentages (111.4%, 379%, 128%, 220%/414%/205%) → good.",
       "The last four items come as the chairman's questions. '有所推遲' is a statement inside the question → lagging. '已建成49家' and '還差300多例' are facts with no verdict → null; at_risk arguable for the questions 'can it be done by year end'.",
       "lead units are read from '廣電局的…', '商務廳牽頭…', '衛生廳的…'. The long list of 26 牽頭單位 is not tied to items and is not used.",
       "partial: the excerpt stops in 王正偉's remarks ('我們讓全區12個市')."])

# ---------------- 福建 2021 为民办实事 通报 ----------------
GEN = "general statement '29項為民辦實事項目全面完成' covers every 为民办实事 item → done"
tasks = [
    T(None, "建設(shè)全省重大疫情救治基地", "done", "全面完成", GEN + "; the item's own line gives funds only ('完成年度計劃的112.5%')"),
    T("一", "省立醫(yī)院金山院區(qū)二期項目", None, None, "sub-project: '感染樓主體結構封頂…' stage description → null"),
    T("二", "協(xié)和醫(yī)院西院二期項目", None, None, "sub-project: stage description → null"),
    T("三", "濱海新城醫(yī)院二期項目", None, None, "sub-project: '主體工程已封頂' (topping-out) → null"),
    T(None, "提升衛(wèi)生應(yīng)急救援處置能力", "done", "完成95支應(yīng)急隊伍組建和裝備配備"),
    T(None, "提升疾控機構(gòu)實驗室檢測能力", "done", "均已通過驗收"),
    T(None, "提升基本公共衛(wèi)生服務(wù)能力", "done", "完成2021年度目標(biāo)任務(wù)"),
    T(None, "增加省級優(yōu)質(zhì)醫(yī)療資源供給", "done", "全面完成", GEN + "; its own line is cut off by the store"),
]
write('fujian', 'notice', True, '福建省', 2021, tasks,
      "news relay (traditional characters with mis-converted glyphs) of the 省委辦公廳/省政府辦公廳 通報 on the 2021 为民办实事 projects: all 29 declared 全面完成; five item headings and three numbered hospital sub-projects in the stored opening",
      ["Mirror text has broken conversions such as '設(shè)', '關(guān)'; every string is copied as printed.",
       "Two levels: item headings (unnumbered lines, number null) and the hospital sub-projects （一）–（三） under the first heading. If one level only: 5 headings or 3 sub-projects.",
       "Heading statuses: own verdict where printed (完成…組建和裝備配備, 均已通過驗收, 完成2021年度目標任務); otherwise the general '全面完成' of all 29 items (judgement call). Sub-projects describe construction stages and stay null even though the parent item is declared complete.",
       "partial: the excerpt stops inside the fifth heading ('2.56億元全部下'); the other 24 items are not in the store's text.",
       "No units are printed per item (only 省級財政)."])
