import json
rec = {
 "url": "http://www.hzqrmtzx.cn/p/30428.html",
 "corpus": "pages",
 "query": "街道 重点工作 进展 已完成 正在推进",
 "rank": 7,
 "excerpt": json.loads(r'''"11月11日,区政府办张竞平副区长一行到西湖街道对创文创卫重点社区问题清单整改落实情况进行检查督办。\n张区长一行在到陆家咀督办\n11月11日街道各社区双创工作进展情况:\n珠明山社区二组路面垃圾清理转运中\n珠明山社区三组路面房前屋后院垃圾清理转运\n新桥社区邓家大湾4组道路平整施工中:\n新桥社区邓家大湾3组屋前水沟污水整治施工中。\n新桥社区雷家大湾6组污水沟下埋涵管已基本完工。\n新桥社区邓家大湾4组屋前杂物垃圾清理中\n西湖社区五组屋旁平整硬化\n西湖社区五组居民房屋旁边驳岸施工中\n西湖社区二组清理屋后垃圾及修建污水沟\n三台河社区三组潘家湾臭水体进行整改,排水沟渠修建中。\n2020年11月11日\n责编:区融媒体中心 童益"''')
}
stem = "huangzhou_2020_progress"
json.dump(rec, open("_raw/%s.json" % stem, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
open("%s.txt" % stem, "w", encoding="utf-8").write(rec["excerpt"])
print(stem, len(rec["excerpt"].encode("utf-8")), "bytes")
