#!/usr/bin/env python3
"""Write <stem>.expect.json files for status-j from hand-written annotations (no extraction code)."""
import json, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def T(number, tsw, status=None, st=None, lead=(), co=(), note=None):
    t = {"number": number, "textStartsWith": tsw, "lead": list(lead), "co": list(co),
         "leaders": [], "deadline": None, "status": status, "statusText": st}
    if note: t["note"] = note
    return t

def write(stem, source, kind, partial, place, year, tasks, summary, notes):
    exp = {"source": source, "kind": kind, "partial": partial, "place": place, "year": year,
           "taskCount": len(tasks), "tasks": tasks, "summary": summary, "notes": notes}
    with open(os.path.join(D, stem + ".expect.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2); fh.write("\n")

# 1 Dezhou (traditional/garbled conversion)
S = "8個項目完工"; U = "5個項目未開工"
write("dezhou_undated_progress_trad",
  "http://stellalashacademy.com/shandong/info/131796.html (mirror of a 中招網 news item on 德州 municipal key projects, undated; pages corpus, stored excerpt 978 bytes)",
  "progress", False, "德州市(山东省)— inferred from 樂陵、齊河、石濟客運專線; the text does not name the city", None,
  [T(None, "京滬高鐵", "done", S),
   T(None, "樂陵華商國家食糖儲備庫", "done", S),
   T(None, "齊河?xùn)|盟現(xiàn)代生態(tài)旅游城項目", "stalled", U, note="土地手續(xù)已報省國土廳等待批復(fù)"),
   T(None, "石濟(jì)客運專線", "stalled", U, note="初步設(shè)計在修改變更中"),
   T(None, "齊耀生物質(zhì)循環(huán)經(jīng)濟(jì)示范園項目", "stalled", U, note="正在完善可研報告"),
   T(None, "國電生物質(zhì)發(fā)電項目", "stalled", U, note="核準手續等待國家發改委批復"),
   T(None, "華能四期", "stalled", U, note="“上大壓小”指標完成難度大; name shorter than 8 chars"),
   T(None, "中際海洋石油勘探信號收攬機(jī)項目", "stalled", "未能開工", note="one of the 9 省級重點項目")],
  {"scopes": [
     {"scope": "107個市級重點項目", "counts": {"started": 102, "done": 8, "stalled": 5},
      "printed": ["今年107個市級重點項目", "已有102個項目開工", S, U]},
     {"scope": "9個省級重點項目", "counts": {"started": 8, "stalled": 1},
      "printed": ["9個省級重點項目", "8個項目開工", "未能開工"]}]},
  "News relay of key-project progress to end of September. Two named completed projects (of 8) and all 5 named "
  "unstarted municipal projects plus 1 unstarted provincial project. Year not printed (京滬高鐵 finished in 2011, so "
  "probably 2010 or 2011) -> null. Text is a simplified->traditional conversion with pinyin glosses left in; strings "
  "copied as stored.")

# 2 Dachen
write("dachen_2021_report",
  "https://m.bidcenter.com.cn/newsrili-1-158480178.html (relay of 大陈乡人民政府 report to the township people's congress, 2021; pages corpus, stored excerpt 2000 bytes)",
  "report", True, "大陈乡(江山市,衢州市,浙江省)", 2021,
  [T("一", "“书香大陈”文化健身公园建设项目", "done", "现已完工并投入投用"),
   T("二", "萃文小学及大陈幼儿园连接221省道道路提升项目", "done", "现已建成使用"),
   T("三", "大陈智慧农贸市场改造提升项目", "done", "现已改造成为一座智慧化农贸市场,并投入投用")],
  {"scopes": [{"scope": "2021年度大陈乡民生实事项目", "counts": {"total": 3, "done": 3},
               "printed": ["民生实事项目有3个"]}]},
  "Year-end report: 3 projects, first listed after 分别为 and then reported under 一、二、三 headings ending 完成情况. "
  "Counted once each (the 分别为 list and the headings name the same three). No units named. partial: excerpt is "
  "cut at 2000 bytes, though the body seems complete (only page chrome follows).")

# 3 Guangyuan
G50 = "完成投资达50%以上"; SYNC = "达到了与时间进度同步"; FAST = "建设进展较快"; PRE = "前期工作正在加快推进"
write("guangyuan_2012_progress",
  "http://news.cntv.cn/20120412/118619.shtml (央视网 relay of 四川新闻网, 2012-04-12; pages corpus, stored excerpt 1368 bytes)",
  "progress", False, "广元市(四川省)", 2012,
  [T(None, "广南高速公路", "done", "竣工通车"),
   T(None, "广南广巴高速公路连接线", "good", G50),
   T(None, "省道105线木鱼至乔庄段公路", "good", G50),
   T(None, "攀成钢精铁矿洗选", "good", G50),
   T(None, "领航科技自还原冷固球团", "good", G50),
   T(None, "中卫至贵阳输气干线", "good", G50),
   T(None, "中石化广元地区天然气勘探开发", "good", G50),
   T(None, "昭化水电站", "good", G50),
   T(None, "澳源体育中心", "good", G50),
   T(None, "广甘高速公路", "on_schedule", SYNC),
   T(None, "苍溪航电枢纽", "on_schedule", SYNC),
   T(None, "兰成原油管道", "on_schedule", SYNC),
   T(None, "广元国际商贸会展中心", "on_schedule", SYNC),
   T(None, "7个现代农业示范园区项目", "good", FAST),
   T(None, "8个棚户区改造项目", "good", FAST),
   T(None, "娃哈哈饮料生产线", "good", FAST),
   T(None, "中石化元坝气田天然气试采", "good", FAST),
   T(None, "西成铁路客运专线", None, None, note="前期项目: 施工设计即将展开,可望年内开工建设 — no status word; could be read on_schedule"),
   T(None, "雷家河水库", "on_schedule", "已完成可研报批并开始设计招标"),
   T(None, "武引二期剑阁灌区工程", "on_schedule", PRE),
   T(None, "大寨水库", "on_schedule", PRE)],
  {"scopes": [
     {"scope": "62个续建项目", "counts": {"done": 1, "over50pct": 9, "in_step": 23},
      "printed": ["62个续建项目", "1个项目竣工通车", "9个项目完成投资达50%以上", "23个项目完成投资超过25%以上"]},
     {"scope": "63个开工项目", "counts": {"started": 28, "fast": 19},
      "printed": ["63个开工项目中28个项目开工建设", "19个项目建设进展较快"]},
     {"scope": "20个加快前期工作项目", "counts": {"prework_advancing": 18},
      "printed": ["20个加快前期工作项目", "18个项目前期工作正在加快推进"]}]},
  "Q1 news of municipal key projects: named projects in 、-lists ending 等N个项目 + a status clause. Only the named "
  "members of each 等N个 group are tasks; the unnamed remainder sits in summary counts. 9 projects at >=50% of the "
  "annual plan after one quarter coded good (ahead of time progress); another reader could code on_schedule. "
  "'7个现代农业示范园区项目' and '8个棚户区改造项目' are group items kept as printed.")

# 4 Jinshan
write("jinshan_2019_progress",
  "http://shcafe.org/shzxxw/97226.html (上海热线新闻网 relay, 2019; pages corpus, stored excerpt 1353 bytes)",
  "progress", False, "金山区(上海市)", 2019,
  [T(None, "滨海综合会展中心等填海工程", None, None, note="inspected; no status stated"),
   T(None, "金山生活垃圾永久处理厂改扩建(一期)(二期)工程", None, None, note="inspected; no status stated"),
   T(None, "养老服务中心", None, None, note="inspected; no status stated"),
   T(None, "北环路(南丰公路朱泾镇段)", "done", "竣工")],
  {"scopes": [{"scope": "2019年47个重大项目和实事项目", "counts": {"total": 47, "done": 9, "under_construction": 34, "preparatory": 4},
               "printed": ["47个重大项目和实际项目中", "已完成9个项目", "34个项目处于建设阶段", "4个项目处于前期阶段"]}]},
  "Counts-by-status news (PD inspection). The stored text is a machine-paraphrased copy (实践项目/实际项目 stand for "
  "实事项目, 杜志忠's inspection). Tasks: the three inspected projects named after 包括 (no status) and 北环路, said to be "
  "竣工. The list of 2017-2019 实事 areas (长期保险、教育医疗设施建设 … 和平金山) is not counted: no status is said of "
  "those items and they read as categories; another reader could add them as 9 null-status tasks.")

# 5 Guannan
write("guannan_2017_notice",
  "http://xxgk.guannan.gov.cn/zdly/show-3407.html (灌南县人民政府办公室, 2017-05-24; pages corpus, stored excerpt 1998 bytes)",
  "notice", True, "灌南县(连云港市,江苏省)", 2017,
  [T(None, "建设工程23个,达到和基本达到18个", None, None, note="mixed: 18 达到/基本达到, 5 未达计划进度"),
   T(None, "产业项目14个,达到和基本达到13个", None, None, note="mixed: 13 of 14 达到/基本达到"),
   T(None, "工作事项9个,达到和基本达到9个", "on_schedule", "达到和基本达到9个、占比100%"),
   T(None, "双城同创项目16个,完成和达到16个", "on_schedule", "完成和达到16个、占比100%",
     note="完成和达到 mixes done and on schedule; coded on_schedule")],
  {"scopes": [{"scope": "县领导第一、二、三批挂钩重点工程项目62个", "counts": {
      "建设工程": {"total": 23, "on_schedule": 18, "lagging": 5},
      "产业项目": {"total": 14, "on_schedule": 13},
      "工作事项": {"total": 9, "on_schedule": 9},
      "双城同创项目": {"total": 16, "done_or_on_schedule": 16},
      "形象进度": {"主体完工": 2, "基本过半": 2, "主体开工": 13},
      "前期工作": 20},
     "printed": ["建设工程23个", "达到和基本达到18个", "产业项目14个", "达到和基本达到13个", "工作事项9个",
                 "双城同创项目16个", "完成和达到16个", "建设工程有5个未达计划进度", "有20个处于前期工作"]}]},
  "督查通报 that reports only counts by status per category of the 62 county-leader-linked projects; no project "
  "or unit is named (涉及责任单位41个). The four categories are taken as the task items (each is a clause a status "
  "count is said of); status given only where the whole category shares one. Another reader could annotate 0 tasks "
  "and keep only the summary. partial: cut in section 四.")

# 6 Ninghai
write("ninghai_2021_progress",
  "http://nh.cnnb.com.cn/system/2021/01/23/012194244.shtml (宁海新闻网, 2021-01-23; pages corpus, stored excerpt 1998 bytes)",
  "progress", True, "宁海县(宁波市,浙江省)", 2021,
  [T(None, x) for x in ["公共卫生能力提升工程", "新时代美丽乡村建设工程", "县精神康复中心暨深甽中心卫生院迁建工程",
                        "城西幼儿园工程", "菜市场提升改造工程", "困难老人家庭适老化改造工程", "城区排水提质增效工程",
                        "省美丽宜居示范村创建工程", "老旧小区改造工程", "普惠性托育项目建设工程"]],
  {"scopes": [{"scope": "2020年10项民生实事项目", "counts": {"total": 10, "done": 8, "mostly_done": 1, "not_done": 1},
               "printed": ["8个项目完成年度目标", "1个项目基本完成年度目标", "1个项目未完成年度目标"]}]},
  "News of the 人大票决 of the 2021 list (10 projects in a 、-list after 分别是, no status, no units) plus 2020 "
  "completion counts that are not tied to named projects. The ten 2020 projects named in the satisfaction-vote "
  "results are not counted as tasks (a vote is not a status); another reader could add them as 10 more null-status "
  "tasks. partial: the stored page may be cut at ~2000 bytes.")
print("ok")
