import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
stem = "zhenyuan_2023_report_trad"
rec = json.loads(r'''{
 "url": "http://m.dfzdm.com/html/1655/2024-01-23/content-482064.html",
 "corpus": "pages",
 "query": "镇安县 重点项目 进展 通报",
 "rank": 7,
 "excerpt": "- 時間:2024-01-23\n- 點擊:0\n- 來源:隴東報\n? ? ? ?據(jù)隴東報報道 近日,鎮(zhèn)原縣制氫制甲醇及重卡一體科技園項目開工建設(shè),雖是寒冬,但項目施工現(xiàn)場機器轟鳴、焊花飛濺,一派火熱的建設(shè)景象。\n據(jù)悉,該項目是市委、市政府重點招商引資項目,投資規(guī)模大、科技含量高、示范帶動性強,建成后年產(chǎn)值預(yù)計可達34.6億元。\n鎮(zhèn)原縣主動靠前服務(wù),協(xié)同要素保障,真心紓困解難,促進項目建設(shè)提速增效。2023年,全縣實施重點項目150個,完成投資57.6億元。其中,縣城西區(qū)供熱、綜合管網(wǎng)等項目當(dāng)年開工、當(dāng)年建成投用;東新街道路、北濱河路延伸段等市政道路項目建成通車;市政公共服務(wù)設(shè)施改造、公共停車場等項目陸續(xù)建成。同時,完成天然氣“村村通”12個鄉(xiāng)鎮(zhèn)7000戶,農(nóng)房抗震改造1292戶。實施農(nóng)村供水改造工程8處,受益群眾5.2萬人;西區(qū)供水等水利惠民工程加快推進;吳家溝水庫綜合利用項目完成庫區(qū)清淤、穿鑿隧洞和凈水廠主體建設(shè)。平慶鐵路開工建設(shè);翟池至上肖、張莊至武溝2條三級公路建成通車;硬化村組道路247公里;養(yǎng)護農(nóng)村公路2765公里,獲評全省“四好農(nóng)村路”示范縣。\n如今,鎮(zhèn)原縣交通網(wǎng)絡(luò)通暢便捷、市政功能日趨完善,基礎(chǔ)設(shè)施實現(xiàn)整體性改善,進一步夯實了經(jīng)濟社會發(fā)展的基礎(chǔ)。(慶陽融媒記者張凡)"
}''')
os.makedirs('_raw', exist_ok=True)
with open('_raw/%s.json' % stem, 'w', encoding='utf-8') as fh:
    json.dump(rec, fh, ensure_ascii=False, indent=1)
with open('%s.txt' % stem, 'w', encoding='utf-8') as fh:
    fh.write(rec['excerpt'])
print(stem, len(rec['excerpt'].encode('utf-8')), 'bytes', len(rec['excerpt']), 'chars')
