import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
stem = "qingchuan_2007_progress"
rec = json.loads(r'''{
 "url": "https://www.cngy.gov.cn/gongkai/show/20070308162406-024338-00-000.html",
 "corpus": "pages",
 "query": "四川 县 重点项目 进展 已竣工",
 "rank": 2,
 "excerpt": "青川县一季度重点工程重点项目建设进展顺利\n发布机构: 青川县\n发布时间: 2007-03-08\n字体:\n[\n大\n中\n小\n]\n交通方面:凉唐公路改造完成投资2400万元,“五一”节前可实现基本通车;酒家垭隧道完成投资600万元,上道坑掘进950米,下道坑掘进776米;姚秦公路改造完成投资200万元,7月底可实现铺油。\n城市建设方面:截污干管完成投资50万元,铺设管道2300米,旧城改造一期工程进展顺利,竹园一期防洪堤完成以堤代步600米。\n农业方面:退耕还林工程有效管理22.42万亩,完成投资2000万元,天保工程有效管护279万亩,绿色通道建设完成公路沿线植树任务,改造了部分水系林。\n能源方面:文江口电站完成投资300万元,县城电网改造工程开工建设。\n工业方面:川珍实业建成校县合作研发中心,乡镇小矿山建设完成计改投资625万元。\n社会事业方面:开工建设青川职高教学楼,完成投资100万元,完成1所乡镇卫生院主体工程建设,开工建设6所,4所正进行招标前准备工作。\n农村投资方面:新村建设预计投入3000万元,建筑面积达10余万平方米。"
}''')
os.makedirs('_raw', exist_ok=True)
with open('_raw/%s.json' % stem, 'w', encoding='utf-8') as fh:
    json.dump(rec, fh, ensure_ascii=False, indent=1)
with open('%s.txt' % stem, 'w', encoding='utf-8') as fh:
    fh.write(rec['excerpt'])
print(stem, len(rec['excerpt'].encode('utf-8')), 'bytes', len(rec['excerpt']), 'chars')
