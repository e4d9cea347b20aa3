import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
stem = "dongxiang_2015_progress"
rec = json.loads(r'''{
 "url": null,
 "corpus": "pages",
 "query": "东乡项目建设进展良好 大夏河堤防工程 幸福小区B区廉租房 复工",
 "rank": 1,
 "note": "the pages corpus returned this excerpt without an address (also without one for the query '县2015年为民办实事项目进展 已完成 正在推进 未启动 项目', rank 6)",
 "excerpt": "东乡项目建设进展良好\n本报东乡讯 今年,东乡县突出抓谋划、抓结合、抓推进,千方百计争取项目、想方设法引进项目、全力以赴实施项目,全县项目工作有序推进。\n截至目前,大夏河堤防工程、幸福小区B区廉租房、高级中学等15个续建项目已全面复工建设,完成投资1.8亿元;坪庄沟上游地质灾害综合治理工程、棚户区改造、五苏木至达板道路改建、危旧房改造、整村推进、新一轮退耕还林、2015年易地扶贫搬迁、东乡佳杰商贸有限公司牛羊肉屠宰加工、河滩天然气加气母站项目等18个新建项目已开工建设,完成投资3.39亿元;考勒加油站、2015年中央财政小型农田水利工程、百和乡35千伏变电站改造工程、2015年农网改造升级工程、东乡家苑(东塬小区)廉租房一至五期室外附属工程和东乡县平安城市社会治安视频监控建设6个项目将于近期开工建设,大中型水库特困移民避险解困扶持试点项目正在施工图设计,折红二级公路、河滩镇生活垃圾处理等5个项目可研已通过评审,其余项目正在积极开展前期工作。(郭得侠)\n新闻推荐\n■《打击盗抢骗兰州警方在行动》之四十六◇记者金振华特约记者王成军毛艳民鑫报讯社会治安集中整治暨打击“盗抢骗”犯罪专项行动开展以来,兰州市公安局七里河分局刑侦三大队严格落实...\n东乡族新闻,弘扬社会正气。除了新闻,我们还传播幸福和美好!因为热爱所以付出,光阴流水,不变的是东乡族自治县这个家。"
}''')
os.makedirs('_raw', exist_ok=True)
with open('_raw/%s.json' % stem, 'w', encoding='utf-8') as fh:
    json.dump(rec, fh, ensure_ascii=False, indent=1)
with open('%s.txt' % stem, 'w', encoding='utf-8') as fh:
    fh.write(rec['excerpt'])
print(stem, len(rec['excerpt'].encode('utf-8')), 'bytes', len(rec['excerpt']), 'chars')
