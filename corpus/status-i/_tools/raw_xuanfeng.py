import json
d = {"tool":"search","corpus":"pages","query":"重点项目 推进情况 通报 竣工投用 未开工 滞后 项目 江苏 县","rank":8,
"url":"http://arkombiservisi.com/portal.php?aid=33206&mod=view",
"excerpt": json.loads(r'''"今年以來,宣風(fēng)鎮(zhèn)制定并實(shí)施了2020年度全市重大產(chǎn)業(yè)項(xiàng)目時(shí)間倒排表。截至目前,所有項(xiàng)目推進(jìn)良好,大多數(shù)項(xiàng)目達(dá)到或超過序時(shí)進(jìn)度。 該鎮(zhèn)確定的鳳棲小鎮(zhèn)核心區(qū)項(xiàng)目計(jì)劃投資30億元,截至5月,完成投資21億元,完成年計(jì)劃的70%,總體進(jìn)展情況良好,其中,會(huì)展交易中心、農(nóng)產(chǎn)品共享平臺(tái)等項(xiàng)目進(jìn)展較快。江西德凱車燈有限公司新建100萬套車燈項(xiàng)目已投產(chǎn),其余項(xiàng)目均在序時(shí)進(jìn)度之內(nèi)。 截至目前,已簽約的重大項(xiàng)目共5個(gè),2020年計(jì)劃投資65.5億元,截至5月,已完成投資27.5億元,占全年投資的42%,其中高標(biāo)準(zhǔn)農(nóng)田項(xiàng)目進(jìn)入掃尾階段,其他項(xiàng)目按照序時(shí)進(jìn)度建設(shè)。 |"''')}
json.dump(d, open('/work/staging18/status-i/_raw/xuanfeng_2020_report_trad.json','w'), ensure_ascii=False, indent=1)
open('/work/staging18/status-i/xuanfeng_2020_report_trad.txt','w').write(d['excerpt'])
