import json
m = {'jiangling':'jiangling_undated_notice','guangxi':'guangxi_2016_report','hainan':'hainan_undated_report',
     'mianyang':'mianyang_2022_notice','yichun':'yichun_2021_report'}
for k, stem in m.items():
    d = json.load(open('_raw/%s.json' % k))
    open(stem + '.txt', 'w', encoding='utf-8').write(d['excerpt'])
