"""Write <stem>.expect.json for status-c; assert every annotated string occurs in the document
(NFKC, whitespace removed, as verify.py does)."""
import json, re, unicodedata, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

def T(number, tsw, status, stext, note, lead=(), co=(), leaders=(), deadline=None):
    return {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co),
            "leaders": list(leaders), "deadline": deadline, "status": status,
            "statusText": stext, "note": note}

docs = {}

# ---------------------------------------------------------------- 池州 2025
lag = "未达预期8项分别是"
docs["chizhou_2025_progress"] = {
 "source": "http://auto-yph.com/OpennessContent/show/1664621.html (auto-yph.com, mirror of the 池州市人民政府 政府信息公开 page; 索引号 11341800003280140M/202507-00011, 发布机构 池州市人民政府办公室, 成文日期 2025-06-26, 发布日期 2025-07-07); pages corpus, stored excerpt 2000 bytes",
 "kind": "progress",
 "partial": True,
 "place": "安徽省池州市 (prefecture-level city; 市政府办公室 report on the 2025年市政府重点工作责任清单, 池政秘〔2025〕9号)",
 "year": 2025,
 "tasks": [
  T("1", "地区生产总值增长6.5%以上", "lagging", lag, "市发改委牵头的第1项; '一季度增长6.4%,增速居全省第6位'. The attached 汇总表 starts again with row '1 | 地区' and is cut there (same task, not counted twice)", lead=["市发改委"]),
  T("2", "固定资产投资增长8%以上", "lagging", lag, "市发改委牵头的第2项; '1-5月份增长5.1%'", lead=["市发改委"]),
  T("3", "规模以上工业增加值增长9%以上", "lagging", lag, "'1-5月份增长7.7%'", lead=["市工业和信息化局"]),
  T("4", "一般公共预算收入增长5%", "lagging", lag, "'1-5月份增长4%,增速居全省第3位'", lead=["市财政局"]),
  T("5", "社会消费品零售总额增长6%", "lagging", lag, "'一季度增长4.6%,增速居全省末位'", lead=["市商务局"]),
  T("6", "城镇居民人均可支配收入增长5.5%", "lagging", lag, "'一季度增长5.2%,增速居全省第7位'", lead=["市人社局"]),
  T("7", "农村居民人均可支配收入增长7%", "lagging", lag, "'一季度增长6.9%,增速居全省第4位'", lead=["市农业农村局"]),
  T("11", "生态环境质量指标完成省下达目标任务", "lagging", lag, "第11项 (numbering of the 147-item list, not consecutive); PM2.5 上升4.8%, 优良天数比例 下降1.4%", lead=["市生态环境局"]),
  T(None, "建成省级创新型城市", "done", "2项已完成", "named in brackets after '2项已完成'; no number or unit printed"),
  T(None, "完成人工造林任务", "done", "2项已完成", "second of the two completed items; whole item is 8 characters; no number or unit printed"),
 ],
 "summary": {"scopes": [{
   "scope": "2025年市政府重点工作 (1-5月份)", "total": 147,
   "by_status": {"done": 2, "on_schedule": 137, "lagging": 8},
   "printed": ["147项市政府重点工作总体进展顺利", "2项已完成", "137项按序时推进", "8项未达预期目标"],
   "note": "2 + 137 + 8 = 147. The 2 done and the 8 lagging items are named (10 tasks); the 137 on-schedule items are not named in the stored text. The attached 汇总表 (序号/重点工作任务/牵头责任单位/工作评价/1-5月份进展情况/近期工作安排) is cut after its header and '1 | 地区'."}]},
 "lagging": [
  {"unit": "市发改委", "stated_count": None, "items": ["1", "2"]},
  {"unit": "市工业和信息化局", "stated_count": None, "items": ["3"]},
  {"unit": "市财政局", "stated_count": None, "items": ["4"]},
  {"unit": "市商务局", "stated_count": None, "items": ["5"]},
  {"unit": "市人社局", "stated_count": None, "items": ["6"]},
  {"unit": "市农业农村局", "stated_count": None, "items": ["7"]},
  {"unit": "市生态环境局", "stated_count": None, "items": ["11"]},
 ],
 "notes": [
  "Kind 'progress': a 市政府办公室 进展情况的报告 with an attached 进展情况汇总表, not a 督查通报.",
  "'未达预期目标' (not reaching the expected target at 1-5月) read as lagging; the figures after each item (一季度/1-5月份 growth) are the evidence, not the verdict, so the shared words '未达预期8项分别是' are the statusText for all eight.",
  "Units from the pattern 'X牵头的第N项' → lead X; 第N项 → number N. Six of the eight lagging items are economic indicators (增长N%) rather than works; they are still tasks of the list.",
  "The 2 completed items carry no number or unit; 'number' null.",
  "Mirror domain (auto-yph.com) carries the 池州 government page header (索引号, 发布机构)."
 ],
}

# ---------------------------------------------------------------- 浏阳 2024
docs["liuyang_2024_progress"] = {
 "source": "https://ixbang.com/bid/detail/3BD27952C853D80EC2E8DA122B0151D4.html (ixbang.com, tender-information relay; publishing unit masked '(略)'; dated 2024年12月9日 in the text); pages corpus, stored excerpt 1183 bytes",
 "kind": "progress",
 "partial": False,
 "place": "湖南省长沙市浏阳市 (county-level city; inferred from '其中浏阳…' and 金阳新城/洞阳镇/大瑶中学/杨花中学; the 承办 unit is masked '(略)', evidently the education side)",
 "year": 2024,
 "tasks": [
  T(None, "建成县域普通高中“徐特立项目”", "done", "已完成。", "row '建成县域普通高中“徐特立项目”(其中浏阳1所)。 | 竣工并投入使用 | 已完成。 | 100'"),
  T(None, "提质改造“爱晚”老年学校。", "done", "已完成。", "whole item; quantity cell '建设“爱晚”老年学校2所'"),
  T(None, "建设品质县中10所(其中浏阳4所)。", "done", "已完成。", "quantity cell '建设品质县中4所'"),
  T(None, "增加基础教育学位(略)个", "done", "已完成。", "the provincial total is masked '(略)'; '(其中浏阳3675个)'; quantity cell '增加基础教育学位3675个'"),
  T(None, "金阳新城新增学位项目。", "on_schedule", "正在进行基础施工", "whole item (11 characters); '已完成招投标等前期工作,正在进行基础施工。'; the quantity cell plans completion of 洞阳镇北园小学 in 2025 (not read as a deadline)"),
  T(None, "乡镇中小学品质提升项目。", "on_schedule", "其他项目正在按计划施工", "whole item; '已完成大瑶中学、杨花中学建设,其他项目正在按计划施工' — two schools finished, the rest under way → the running part decides; the plan cell says '2025年全面完成' (multi-year item; not read as a deadline)"),
 ],
 "summary": {"scopes": [{
   "scope": "(略) 承办的2024年重点民生实事项目 (完成情况公示, 2024年12月9日)", "total": 6,
   "by_status": {"done": 4, "on_schedule": 2},
   "printed": ["2024年重点民生实事项目完成情况公示如下"],
   "note": "no count is printed; 6 rows. Every row has '100' in the 预计至12月31日 column."}]},
 "lagging": [],
 "notes": [
  "The table is scrape-damaged: header cells (工作任务 | 实际已完成工作量 | 完成工作进度(%) | 预计至12月31日完成工作量 | 预计至12月31日完成工作进度(%)) do not line up with the row cells; read each row as task | quantity/plan | progress text | expected %. The progress text cell gives the status.",
  "No 牵头/责任单位 printed per row (the 承办 unit itself is masked); lead/co empty.",
  "The '100' expected-completion column is a forecast, not a status; rows 5 and 6 are multi-year items (2025) under construction → on_schedule.",
  "Place inferred: '浏阳' is printed only inside the rows; stem liuyang."
 ],
}

# ---------------------------------------------------------------- 官塘桥街道 2024 (traditional)
docs["guantangqiao_2024_report_trad"] = {
 "source": "http://tetegou.com/2024/1015/1869565.shtml (tetegou.com, traditional-character mirror of a 金山网 (镇江) news item, URL date 2024-10-15, meeting 10月12日; reporters 陈玉/孙晨飞); pages corpus, stored excerpt 1805 bytes",
 "kind": "report",
 "partial": False,
 "place": "江苏省镇江市润州区官塘桥街道 (street office)",
 "year": 2024,
 "tasks": [
  T(None, "滴翠園居民文體活動中心項目", "on_schedule", "項目完成進(jìn)度90%", "'基礎(chǔ)裝修和部分設(shè)備安裝已經(jīng)完成'; '預(yù)計10月底正式運(yùn)行' is an expectation, not a deadline"),
  T(None, "鎮(zhèn)江農(nóng)批市場停車場建設(shè)項目", "on_schedule", "目前場地已經(jīng)平整結(jié)束", "'11月底對場地做精細(xì)化改造后投入使用' (expected); name begins with the place 镇江, not a unit"),
  T(None, "世茂云圖小區(qū)兒童娛樂設(shè)施項目", "done", "目前已經(jīng)全面竣工并交付使用", "the news calls it 在小区空旷区域建设了儿童娱乐设施 … 目前已经全面竣工并交付使用"),
 ],
 "summary": {"scopes": [{
   "scope": "官塘桥街道 2024 民生实事项目 (截至10月)", "total": 6,
   "by_status": {"done": 4, "on_schedule": 2},
   "printed": ["6件民生實(shí)事項目均按序時推進(jìn)", "其中4件已經(jīng)全面竣工并交付使用", "另外2件分別將在10月底和11月底竣工完成"],
   "note": "headline '6件實(shí)事已經(jīng)全面完成4件'. Three projects are named (visited by the 議政代表); the two unfinished ones are the two named on_schedule projects (10月底 / 11月底 match), so three of the four finished projects are unnamed."}]},
 "lagging": [],
 "notes": [
  "Traditional characters with scrape damage: pinyin readings in brackets after some characters (實(shí), 進(jìn), 鎮(zhèn) …) are kept verbatim, so every annotated string carries them.",
  "'均按序時推進' covers all six; the two named unfinished projects are on_schedule, the finished one done.",
  "Only 3 tasks: the minimum for the brief; the other three projects are counted in the summary only.",
  "Place: 潤州區官塘橋街道 is printed; the city (镇江) is on the taken list, the street is not."
 ],
}

# ---------------------------------------------------------------- 六盘水 2024
docs["liupanshui_2024_report"] = {
 "source": "https://wxredian.com/art?id=aa5e52dc07dfe49ae2582c9cef0213ec (wxredian.com, relay of a WeChat post, 2024-11-21, on the 六盘水市2024年“十件民生实事”1—10月推进情况新闻发布会); pages corpus, stored excerpt 1995 bytes",
 "kind": "report",
 "partial": True,
 "place": "贵州省六盘水市 (prefecture-level city; 市级“十件民生实事”)",
 "year": 2024,
 "tasks": [
  T(None, "建成县、乡镇(街道)就业公共服务机构92个", "done", "县、乡级就业公共服务机构覆盖率达100%", "'已建成…'; full coverage reached → done"),
  T(None, "建成村级就业公共服务站1152个", "done", "村级就业公共服务覆盖率达100%", "'已建成…'; full coverage → done"),
  T(None, "选派农业特色优势产业科技特派员137名", "done", "科技特派员实现了乡镇全覆盖", "coverage goal reached → done"),
  T(None, "开展农业技能技术培训2633人次", None, None, "a running count with no target or verdict printed → null"),
  T(None, "完成“西部计划”志愿者招(续)聘877名", None, None, "'完成' states a quantity done, the target is not printed → null (done defensible)"),
  T(None, "新建、改扩建的7所城区小学已全部建成投用", "done", "已全部建成投用", "'实现新增学位5960个'"),
  T(None, "已引进46名省外校长、教师开展教育教学帮扶工作", None, None, "count only → null"),
  T(None, "省级区域医疗中心第一批次38台/套医疗设备", "done", "已验收并交付使用", "only the first batch is named and it is delivered → done for the named item; on_schedule defensible for the equipment programme as a whole"),
  T(None, "完成65岁以上老年人免费体检21.8万人", None, None, "count only → null"),
  T(None, "完成65岁及以上老年人结核病筛查17.67万人", None, None, "one clause with two screenings (老年人 17.67万, '初高中学生结核病筛查8.77万人'); kept as one task; count only → null"),
  T(None, "盘州市鸡场坪镇卫生院已完成基础建设", "on_schedule", "正在进行设备安装", "'已完成基础建设、消毒供应室等改造,正在进行设备安装'; 盘州市 is part of the project name, not a unit"),
  T(None, "钟山区木果镇卫生院已完成人员配备", "on_schedule", "正在进行设备配送安装", "'已完成人员配备、科室建设及设备采招,正在进行设备配送安装'; 钟山区 is part of the name"),
  T(None, "开展食品安全抽检8823批次", None, None, "count only → null"),
  T(None, "已启动3000户老人家庭适老化改造", "on_schedule", "完成改造2670户", "2670 of 3000 households → under way"),
  T(None, "进行5个示范性社区老年助餐点建设", None, None, "the sentence is cut after '其' (excerpt end); 进行…建设 suggests on_schedule, but the progress words are lost → null"),
 ],
 "summary": {"scopes": [{
   "scope": "六盘水市2024年市级“十件民生实事” (1—10月)", "total": 32,
   "by_status": {},
   "printed": ["10个方面32个小项", "完成投资5.8亿元,占年度投资目标92.40%", "各项民生实事正有序推进"],
   "note": "32 小项 in 10 方面; no per-status counts. The overall '正有序推进' is a portfolio statement and is not copied to items whose own sentence gives no verdict. The excerpt stops inside the 4th 方面 (养老); 托幼, 乡村公路, 消防, 文体, 宜居环境, 生活配套 are not reached."}]},
 "lagging": [],
 "notes": [
  "The news states achievements, not the task wording: textStartsWith is the achievement clause as printed (dropping a leading '已' where the clause begins with it and the rest reads as the task).",
  "Counts without a target or verdict (培训人次, 体检人数, 抽检批次, 引进人数) → status null; coverage reached 100% / 全覆盖 / 已全部建成投用 → done; '正在进行…' and partial household counts → on_schedule.",
  "Sub-items are split at the semicolons of each 方面 paragraph; the two screenings in one clause are kept as one task (splitting defensible → 16 tasks).",
  "No units printed."
 ],
}

for stem, d in docs.items():
    text = norm(open(stem + ".txt", encoding="utf-8").read())
    def need(s, what):
        if s and norm(s) not in text:
            raise SystemExit("%s: %s not in text: %r" % (stem, what, s))
    for i, t in enumerate(d["tasks"], 1):
        need(t["textStartsWith"], "task %d tsw" % i)
        need(t["statusText"], "task %d statusText" % i)
        need(t["deadline"], "task %d deadline" % i)
        for u in t["lead"] + t["co"] + t["leaders"]:
            need(u, "task %d unit" % i)
        assert (t["status"] is None) == (t["statusText"] is None), (stem, i)
    for sc in d["summary"]["scopes"]:
        for p in sc["printed"]:
            need(p, "printed")
    for lg in d.get("lagging", []):
        need(lg["unit"], "lagging unit")
    out = {"source": d["source"], "kind": d["kind"], "partial": d["partial"], "place": d["place"],
           "year": d["year"], "taskCount": len(d["tasks"]), "tasks": d["tasks"],
           "summary": d["summary"], "lagging": d.get("lagging", []), "notes": d["notes"]}
    json.dump(out, open(stem + ".expect.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    from collections import Counter
    print(stem, len(d["tasks"]), dict(Counter(t["status"] for t in d["tasks"])))
