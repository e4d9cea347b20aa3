import json
rec = {
 "url": "http://lksmqw.cn/news/4847.html",
 "corpus": "pages",
 "query": "黑龙江 县 百大项目 进展 已竣工投产 正在进行设备安装 主体已封顶",
 "rank": 5,
 "excerpt": json.loads(r'''"摘要 進(jìn)入5月,五常市“強(qiáng)縣”大項(xiàng)目建設(shè)已取得重大進(jìn)展。人民醫(yī)院綜合樓、五常鎮(zhèn)排水管網(wǎng)及污水處理廠、五常市垃圾處理廠、鐵通路(五常—尚志段)等13個(gè)“強(qiáng)縣”項(xiàng)目陸續(xù)開工,其中,宏益鐵礦已...\n進(jìn)入5月,五常市“強(qiáng)縣”大項(xiàng)目建設(shè)已取得重大進(jìn)展。人民醫(yī)院綜合樓、五常鎮(zhèn)排水管網(wǎng)及污水處理廠、五常市垃圾處理廠、鐵通路(五常—尚志段)等13個(gè)“強(qiáng)縣”項(xiàng)目陸續(xù)開工,其中,宏益鐵礦已完成一期工程建設(shè)任務(wù)。 據(jù)介紹,僅4月份,五常市就成功與哈爾濱現(xiàn)代銳馳數(shù)控設(shè)備制造有限公司、哈爾濱順達(dá)機(jī)電設(shè)備有限公司、哈爾濱建平耐磨鼓風(fēng)機(jī)有限公司、五常豐源塑業(yè)有限公司四家企業(yè)落戶五常;在工業(yè)技改類項(xiàng)目中,松鶴制藥生化提取車間及制劑車間項(xiàng)目、北牛制藥年產(chǎn)4億片四味脾胃舒建設(shè)項(xiàng)目、金業(yè)電子年產(chǎn)20噸硅烷氣體項(xiàng)目等正在穩(wěn)步推進(jìn)。 據(jù)有關(guān)人士介紹,五常市年初確立的五大類145個(gè)本市級(jí)重點(diǎn)項(xiàng)目中,惠民工程類的希望大街、文化路拓寬改造等項(xiàng)目已破土動(dòng)工,城南休閑廣場(chǎng)拆遷進(jìn)展順利;在招商類項(xiàng)目中,黑龍江博瑞遺傳有限公司、豐澤電力、黑龍江金業(yè)電子氣體有限公司、長(zhǎng)慶乳業(yè)、海明潤(rùn)超硬材料公司相繼開工建設(shè)。 |"'''),
}
stem = "wuchanghlj_undated_report_trad"
json.dump(rec, open("_raw/%s.json" % stem, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
open("%s.txt" % stem, "w", encoding="utf-8").write(rec["excerpt"])
print(stem, len(rec["excerpt"].encode("utf-8")), "bytes")
