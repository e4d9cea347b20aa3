import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
stem = "heyuan_2014_progress_trad"
rec = json.loads(r'''{
 "url": "http://bchyzm.com/2014/sz_0723/36121.html",
 "corpus": "pages",
 "query": "我市重点项目上半年建设总体进展偏慢 9项目未动工 河源 2014",
 "rank": 1,
 "excerpt": "我市重點(diǎn)項(xiàng)目上半年建設(shè)總體進(jìn)展偏慢 9 項(xiàng)目未動(dòng)工\n本報(bào)訊(記者 黃冉 張濤)昨日,記者從 2014年上半年經(jīng)濟(jì)形勢(shì)分析聯(lián)席會(huì)議上獲悉,受資金、征地拆遷、氣候等影響,我市重點(diǎn)項(xiàng)目上半年建設(shè)總體進(jìn)展偏慢,有9 個(gè)項(xiàng)目至今尚未開(kāi)工建設(shè)。\n截止6 月底,全市動(dòng)工建設(shè)重點(diǎn)項(xiàng)目100 個(gè),動(dòng)工率90.9%,完成投資81.8 億元,占年度投資計(jì)劃的49.8%。9 個(gè)未動(dòng)工的重點(diǎn)項(xiàng)目包括市城市防洪三期工程、市高新區(qū)優(yōu)質(zhì)水資源產(chǎn)業(yè)開(kāi)發(fā)一期工程、市高新區(qū)實(shí)驗(yàn)學(xué)校、中國(guó)客家黃酒生產(chǎn)基地、龍川縣光榮院福利院等,其中多數(shù)項(xiàng)目原計(jì)劃在上半年完成規(guī)劃設(shè)計(jì)、征地拆遷等前期工作,從第三季度開(kāi)始施工建設(shè)。但從目前情況來(lái)看,部分項(xiàng)目進(jìn)展并不順利。市政府表示,下半年將千方百計(jì)加快項(xiàng)目建設(shè)進(jìn)度,加強(qiáng)對(duì)重點(diǎn)項(xiàng)目的分類管理,督促業(yè)主單位抓緊落實(shí)項(xiàng)目開(kāi)工條件,爭(zhēng)取在原定時(shí)間節(jié)點(diǎn)開(kāi)工建設(shè)。\n熱點(diǎn)圖片\n- 頭條新聞\n- 新聞推薦\n- 我市抓好“1+3”農(nóng)業(yè)產(chǎn)業(yè)發(fā)展 產(chǎn)業(yè)提檔升級(jí)賦能農(nóng)業(yè)高質(zhì)量發(fā)展\n- 河源海關(guān)助力兒童玩具走俏世界 上半年玩具出口7.8億元\n- 河源搶抓“奧運(yùn)經(jīng)濟(jì)”紅利 上半年出口體育用品5.36億元\n- 智慧農(nóng)機(jī)釋放現(xiàn)代“無(wú)人農(nóng)業(yè)”魅力 工廠化農(nóng)業(yè)與農(nóng)"
}''')
os.makedirs('_raw', exist_ok=True)
with open('_raw/%s.json' % stem, 'w', encoding='utf-8') as fh:
    json.dump(rec, fh, ensure_ascii=False, indent=1)
with open('%s.txt' % stem, 'w', encoding='utf-8') as fh:
    fh.write(rec['excerpt'])
print(stem, len(rec['excerpt'].encode('utf-8')), 'bytes', len(rec['excerpt']), 'chars')
