import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
stem = "cengong_2010_progress_trad"
rec = json.loads(r'''{
 "url": "http://www.zhxpm.cn/news/qdnyw/201007/35579.shtml",
 "corpus": "pages",
 "query": "岑巩县融资1.65亿元加快城市路网建设 外环西路 滨河东路",
 "rank": 1,
 "excerpt": "岑鞏縣融資1.65億元加快城市路網建設(圖)\n本港訊 (張維軍)近日,筆者從岑鞏縣發改局獲悉:近期,該縣根據《新興城市總體規劃》啟動實施建設新興縣城外環西路、外環東路、濱河東路、新興村外環路和濱河路農村道路等路網建設,項目總投資達1.6542億元。\n截至6月底,新興村外環路、濱河路農村道路建設工程形象進度達到75%,完成投資2400萬元;外環東路、外環西路、濱河東路已完成征地等前期工作,預計9月底開工建設。\n據該局負責人介紹,這些工程的建設,對進一步完善城市路網,優化城市人居環境條件,提升城市品位,改善民生等均具有十分重要的意義,特別是為該縣“十二五”的城鎮化建設打下了良好的基礎。"
}''')
os.makedirs('_raw', exist_ok=True)
with open('_raw/%s.json' % stem, 'w', encoding='utf-8') as fh:
    json.dump(rec, fh, ensure_ascii=False, indent=1)
with open('%s.txt' % stem, 'w', encoding='utf-8') as fh:
    fh.write(rec['excerpt'])
print(stem, len(rec['excerpt'].encode('utf-8')), 'bytes', len(rec['excerpt']), 'chars')
