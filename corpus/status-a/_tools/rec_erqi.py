import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
stem = "erqi_2016_notice"
rec = json.loads(r'''{
 "url": "http://henan.kjzch.com/zhengzhou/2016-08-20/235026.html",
 "corpus": "pages",
 "query": "区重点项目 1-6月 进展情况 项目名称 建设内容 形象进度 已完成 滞后原因",
 "rank": 3,
 "excerpt": "1-6月份重点项目推进情况通报\n\n索 引 号:005256013/2016-00092主题分类:国民经济管理、国有资产监督 /重大建设项目/项目信息/重大项目信息\n发布机构:二七区发改统计局关 键 词:重大项目\n文    号成文日期:2016-08-20发布日期:2016-08-20\n体    裁生效日期废止日期\n1-6月份重点项目推进情况通报\n\n重点项目目标完成情况\n\n2016年全区80个重大项目中,拟开工项目35个,续建项目27个,竣工项目13个,前期项目5个。项目总投资2886.9亿元,全年计划完成投资441.8亿元。\n\n截至6月底,凤凰岛国际会议交流中心、郑州绿地城、盛润运河城、天地和苑、二七新区北安置区(二期)等11个项目新开工建设,郑州CSD国际时尚商贸中心、花花牛年产四十万吨乳制品项目(二期)、鑫苑名城等40个项目正在加速建设推进。80个项目共完成投资197.6亿元,占年计划的44.8%。\n\n从各管委会、乡(镇)街道重大项目投资完成情况上看,嵩山路街道、京广路街道、建中街街道、淮河路街道四个单位重大项目投资进度完成情况较好,超过序时进度(50%)。樱桃沟管委会、侯寨乡等大部分单位项目投资落后于序时进度。\n\n标签:\n留言与评论(共有 0 条评论)\n   \n验证码:"
}''')
os.makedirs('_raw', exist_ok=True)
with open('_raw/%s.json' % stem, 'w', encoding='utf-8') as fh:
    json.dump(rec, fh, ensure_ascii=False, indent=1)
with open('%s.txt' % stem, 'w', encoding='utf-8') as fh:
    fh.write(rec['excerpt'])
print(stem, len(rec['excerpt'].encode('utf-8')), 'bytes', len(rec['excerpt']), 'chars')
