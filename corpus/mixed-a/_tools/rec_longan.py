import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
rec = {
 "url": "http://gl-ledlight.com/html/channellax.jingmaojjjs201505t20150528_1393081.html",
 "corpus": "pages",
 "query": "项目建设 推进会 通报 进度慢 未开工 项目 点名 约谈 广西 县",
 "rank": 5,
 "excerpt": json.loads(r'''"5月8日,副市长唐斌率第二十服务队到隆安县部分项目现场调研,全面了解联系的重大项目、服务的重点企业建设进展情况。\n调研组一行先后到广西铂洋香蕉制品有限公司香蕉深加工项目、隆安生态农业光伏大棚项目、广西南宁粒粒谷生态产业综合开发项目、南宁港隆安港区宝塔作业区一期工程、隆安县体育中心项目等地,详细了解项目的建设进展、存在的主要问题及需要协调解决的问题,随后在隆安县政府召开座谈会,听取相关项目进展的汇报。\n针对项目存在的问题和困难,唐斌要求各相关部门、各项目业主、企业等加强沟通协调,加快项目建设,落实项目建设资金,严格按照时间节点,抓住施工最佳时间,保质保量完成项目建设。\n据悉,目前除粒粒谷生态产业综合开发项目、南宁港隆安港区宝塔作业区一期工程正在进行前期工作外,隆安生态农业光伏大棚项目已经完成一期建设工作,计划6月份进行并网试产,广西铂洋香蕉制品有限公司香蕉深加工项目、隆安县体育中心项目均已开工建设一期项目。"'''),
}
stem = "longan_2015_report"
with open("_raw/%s.json" % stem, "w", encoding="utf-8") as fh:
    json.dump(rec, fh, ensure_ascii=False, indent=1)
with open("%s.txt" % stem, "w", encoding="utf-8") as fh:
    fh.write(rec["excerpt"])
print(stem, len(rec["excerpt"].encode("utf-8")), "bytes")
