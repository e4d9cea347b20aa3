import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
stem = "shuangfeng_2017_report"
rec = json.loads(r'''{
 "url": "http://www.mshnol.net/a/difang/loudi/2017/1210/57880.html",
 "corpus": "pages",
 "query": "湖南 县 为民办实事 项目 进展情况 已完工 正在建设",
 "rank": 6,
 "excerpt": "织梦CMS - 轻松建站从此开始!\n\n湖南民生在线-湖南在线民生频道-湖南民生在线新闻网-湖南民生新闻网-湖南民生在线网-湖南民生频道\n\n当前位置: > 地 方 > 娄 底 >\n\n双峰7个重点项目集中开工竣工 全县建设再掀高潮\n\n时间:2017-12-10 22:06来源:湖南日报 责任编辑:刘艳\n\n12月8日上午,双峰县举行职业中专产教融合实训基地、2017年度易地扶贫搬迁安置点等7个重点项目集中开工、竣工活动,全县项目建设再掀高潮。\n\n今年来,双峰县科学统筹“稳增长、促改革、调结构、惠民生、防风险”等各项工作,全县经济社会保持较快发展。今年前三季度,全县完成地区生产总值151.28亿元,同比增长8.3%。1至11月,全县206个重点项目完成投资113亿元,占目标任务的95%,预计全年将完成投资126亿元,超额完成目标任务。\n\n这次开工、竣工的7个重点项目中,有5个项目竣工,包括职业中专产教融合实训基地、易地扶贫搬迁安置点、贫困村光伏电站、沪昆高速三塘铺收费站改扩建、青树坪镇中心大市场;有2个项目开工,包括梓门桥镇万亩红心脐橙基地黄马州产业园、桑圆门业投资1.24亿元建设的年产50万樘门生产线。(湖南日报 记者 张福芳 通讯员 王威群)\n\n织梦二维码生成器\n顶一下\n(0)\n0%\n踩一下\n(0)\n0%\n------分隔线----------------------------\n尚未注册畅言帐号,请到后台注册"
}''')
os.makedirs('_raw', exist_ok=True)
with open('_raw/%s.json' % stem, 'w', encoding='utf-8') as fh:
    json.dump(rec, fh, ensure_ascii=False, indent=1)
with open('%s.txt' % stem, 'w', encoding='utf-8') as fh:
    fh.write(rec['excerpt'])
print(stem, len(rec['excerpt'].encode('utf-8')), 'bytes', len(rec['excerpt']), 'chars')
