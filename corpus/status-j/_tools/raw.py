#!/usr/bin/env python3
import json, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = [("dezhou_undated_progress_trad", "重点项目 督查通报 进展滞后的项目 未开工项目 有 山东 县", 2, "http://stellalashacademy.com/shandong/info/131796.html"),
     ("dachen_2021_report", "民生实事 已完成的项目分别是 正在实施 未启动 县政府 通报 2021", 3, "https://m.bidcenter.com.cn/newsrili-1-158480178.html"),
     ("guangyuan_2012_progress", "重点项目建设 进展情况 竣工 项目 开工 项目 未开工 项目 名单 四川 县 季度", 8, "http://news.cntv.cn/20120412/118619.shtml"),
     ("jinshan_2019_progress", "实事项目 一是 已建成 二是 已完工 三是 正在 进展 人大代表 视察 民生", 1, "http://shcafe.org/shzxxw/97226.html"),
     ("guannan_2017_notice", "重点项目 督查通报 进展滞后的项目 未开工项目 有 山东 县", 7, "http://xxgk.guannan.gov.cn/zdly/show-3407.html"),
     ("ninghai_2021_progress", "民生实事项目 完成情况 序号 项目名称 责任单位 完成情况 已完成 未完成", 2, "http://nh.cnnb.com.cn/system/2021/01/23/012194244.shtml")]
for stem, q, rank, url in R:
    with open(os.path.join(D, stem + ".txt"), encoding="utf-8") as fh:
        ex = fh.read()
    with open(os.path.join(D, "_raw", stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"tool": "search", "corpus": "pages", "query": q, "rank": rank, "url": url, "excerpt": ex,
                   "copied": "excerpt copied by hand from the search answer (could not write tool output to a file)"},
                  fh, ensure_ascii=False, indent=2); fh.write("\n")
print("ok")
