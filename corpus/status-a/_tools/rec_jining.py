import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
stem = "jining_2009_progress_trad"
rec = json.loads(r'''{
 "url": "http://odtgfuq.cn/new/403_425/2009_12_17_xu87371325461712190024807.shtml",
 "corpus": "pages",
 "query": "山东 县 重点项目 推进情况通报 竣工投产 加快建设 未开工 项目 名单",
 "rank": 8,
 "excerpt": "濟寧188個重點產(chǎn)業(yè)項目完成投資211億\n今年以來,濟寧市的重點產(chǎn)業(yè)項目建設(shè)保持了平穩(wěn)較快增長態(tài)勢,建設(shè)進度逐步加快。前11個月,山東濟寧第一、二批納入集中調(diào)度的188個重點產(chǎn)業(yè)項目完成投資211億元多,其中有70個項目已完成年度投資計劃。\n今年1—11月,濟寧第一、二批納入集中調(diào)度的188個重點項目完成投資211.56億元,占年度投資計劃的101.5%,其中70個完成了年度投資計劃。任城區(qū)山推奧特機械配件生產(chǎn)項目、兗州益海嘉里年產(chǎn)24萬噸面粉9萬噸花生油項目等32個項目已竣工投產(chǎn)或一期試生產(chǎn);山東沃爾華工程機械液壓泵閥中小型挖掘機整機制造項目、泰山玻璃纖維鄒城有限公司四期項目等10個項目基本具備竣工條件。\n這188個重點項目中續(xù)建項目有61個,累計完成投資113.11億元,占年度計劃的107%。目前,濟寧碳素工業(yè)總公司年產(chǎn)50萬噸預(yù)焙陽極、華勤集團年產(chǎn)600萬套轎車子午胎、太陽紙業(yè)年產(chǎn)20萬噸化機漿等22個項目實現(xiàn)竣工投產(chǎn)或一期投產(chǎn),另有10個項目基本具備竣工條件。\n同時,今年88個新開工項目已有83個開工建設(shè),其中山東龍昕電工有限公司變壓器生產(chǎn)線項目、微山同泰焦化有限公司甲醇項目等10個項目已竣工投產(chǎn)或一期試生產(chǎn)。"
}''')
os.makedirs('_raw', exist_ok=True)
with open('_raw/%s.json' % stem, 'w', encoding='utf-8') as fh:
    json.dump(rec, fh, ensure_ascii=False, indent=1)
with open('%s.txt' % stem, 'w', encoding='utf-8') as fh:
    fh.write(rec['excerpt'])
print(stem, len(rec['excerpt'].encode('utf-8')), 'bytes', len(rec['excerpt']), 'chars')
