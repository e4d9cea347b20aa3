#!/usr/bin/env python3
"""Write _raw/<stem>.json (url, query, excerpt) and <stem>.txt (excerpt verbatim, no final newline).
Excerpt strings are JSON string literals transcribed from the pages search tool's JSON display."""
import json, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RECORDS = {}
RECORDS['xinmi_2021_plan'] = {
 "url": "http://henan.kjzch.com/zhengzhou/2021-03-30/775911.html",
 "query": "政府工作报告确定的重点工作任务分解 河南 县 牵头单位 责任单位 完成时限",
 "excerpt": json.loads(r'''"新密市人民政府办公室 关于认真做好我市承担的2021年省、郑州市政府工作报告重点工作任务落实的通知\n\n  • 索引号:005253533/2021-00070\n  • 发布机构:新密市人民政府\n  • 关键词:通知\n  • 成文日期:2021-03-26\n  • 发布日期:2021-03-30\n  • 体裁:通知\n  • 文号:新密政办〔2021〕6号\n  • 新密市人民政府办公室 关于认真做好我市承担的2021年省、郑州市政府工作报告重点工作任务落实的通知\n\n    各乡镇人民政府,各街道办事处,市人民政府各部门,各有关单位:\n\n    根据 《 郑州市人民政府办 公厅 关于 做好 20 21 年省 政府工作报告重点工作任务 落实 的通知》 ( 郑政办〔 20 21 〕 15 号 ) 、 《 郑州市人民政府办 公厅 关于 做好 20 21 年 市政府工作报告重点工作任务 落实 的通知》 ( 郑政办〔 20 21 〕 7 号 )要 求,经市政府同意,决定对我市承担的 20 21 年省、 郑州市政府工作报告重点工作任务进行分解,现将有关事宜通知如下 :\n\n    一 、 承担的 20 21 年 省 政府工作报告重点工作任务及责任分解\n\n    1 . 严格管控地方政府债务,切实保障 “三保”支出。\n\n    责任单位:市 财政局\n\n    2 . 以兰考、鄢陵、新安、南乐、新郑 5 个国家级县城新型城镇化建设示范县为引领,强化县城综合承载能力,满足农村人口向县城转移的需求。\n\n    牵头单位:市 城镇化服务中心\n\n    责任单位: 市发展改革委、住建局, 各乡镇政府、街道办事处 、伏羲 山管委 会\n\n    3 . 加强城市和建筑风貌管理,统筹地上地下,推广海绵城市、韧性城市建设,加快重点区域智慧停车、智能充电设施建设,稳步推进生活垃圾分类,让群众感受到城市温度。\n\n    责任单位: 市 住建局 、资源规划 局、 大数据局 、 发展改革委、城管局\n\n    4 . 深入构建现代农业经营体系,规范提升"''')}
for stem in (sys.argv[1:] or RECORDS):
    rec = RECORDS[stem]
    os.makedirs(os.path.join(HERE, '_raw'), exist_ok=True)
    with open(os.path.join(HERE, '_raw', stem + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, stem + '.txt'), 'w', encoding='utf-8') as fh:
        fh.write(rec['excerpt'])
    print(stem, len(rec['excerpt']), 'chars', len(rec['excerpt'].encode('utf-8')), 'bytes')
