#!/usr/bin/env python3
"""Write <stem>.expect.json for the four documents and assert that every annotated string occurs in the text
(NFKC, whitespace removed, the same comparison verify.py makes)."""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))


def T(number, text, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=''):
    return {'number': number, 'textStartsWith': text, 'lead': list(lead), 'co': list(co),
            'leaders': list(leaders), 'deadline': deadline, 'status': status, 'statusText': statusText,
            'note': note}


def nbytes(stem):
    with open(os.path.join(ROOT, stem + '.txt'), 'rb') as fh:
        return len(fh.read())


DOCS = {}

# ---------------------------------------------------------------- 德安
DOCS['dean_2025_progress'] = {
    'source': 'https://www.dean.gov.cn/zw/zwwgk/02/dcdb/202504/t20250424_6899939.html (dean.gov.cn, 德安县人民政府 site, '
              '政务公开 > 督查督办 column; URL date 2025-04-24); pages corpus, stored excerpt %d bytes' % nbytes('dean_2025_progress'),
    'kind': 'progress',
    'partial': True,
    'place': '江西省九江市德安县 (county; 九江 the city is claimed elsewhere as jiujiang, 德安 is not)',
    'year': 2025,
    'tasks': [
        T('1', '德安县养老服务中心项目', lead=['民政局'], leaders=['付卯生'], status='on_schedule',
          statusText='室内加固结构主体施工至六层',
          note='进展情况 lists construction stages (拆除完成, 墙体砌筑进场, 主体施工至六层, 顶板浇筑完成); 存在问题 `无`. '
               'Building under way with no stated delay -> on_schedule. Leader and unit from the 责任 领导 / 责任 单位 cells.'),
        T('2', '德安县城乡供水一体化水厂标准化提升及配水管网提升项目', lead=['水利局'], leaders=['付卯生'],
          status='on_schedule', statusText='标准化提升改造已完成90%',
          note='Four numbered sub-parts inside the progress cell (1.–4.: 90%, 85%, 60%, 45%) are stages of this one project, '
               'not separate tasks. 存在问题 `无`, 下步计划 `持续推进项目建设进度` -> on_schedule.'),
        T('3', '德安一中校舍新建项目', lead=['教体局'], leaders=['付卯生'], status='stalled',
          statusText='项目用地预审正在办理中',
          note='Still in pre-construction approvals: 可研 awaiting documents, `初设文本待审批`, `项目用地预审正在办理中`; 存在问题 '
               'says 自然资源局 has not approved the design. 尚处前期 -> stalled. lagging would be a defensible reading (an '
               'approval is blocked), but the table states no delay verdict. The 4 numbered lines inside the cell are steps, not tasks.'),
        T('4', '德安县居民小区安充及消防设备配套项目', status='on_schedule',
          statusText='13个小区60台设备、783个插座建设并投运',
          note='`已完成博阳御景园小区…等13个小区60台设备、783个插座建设并投运` is progress on part of the project (the 存在问题 '
               'cell says some owners refuse installation); the project as a whole is not reported finished -> on_schedule '
               '(done is arguable). The row is cut inside 存在问题, so its 下步计划, 责任 领导 and 责任 单位 cells are missing: '
               'lead [] and leaders [].'),
    ],
    'summary': {
        'printed': ['2025年德安县人大代表票决的民生实事项目进展情况台账',
                    '| 序号 | 项目名称 | 进展情况 | 存在问题 | 下步计划 | 责任 领导 | 责任 单位 |'],
        'rows_visible': 4,
        'note': 'A pipe table, one row per line; the header cells 责任 领导 / 责任 单位 carry a scrape space. No totals are printed.',
    },
    'notes': [
        'Layout: `| 1 | name | progress | problems | next step | leader | unit |`. The leader column is a person (付卯生), the unit column a bureau without the 县 prefix (民政局, 水利局, 教体局).',
        'Progress cells contain their own `1. … 2. …` sub-numbering; these are steps of one project and must not become tasks.',
        'The stored excerpt is exactly 2,000 bytes and ends inside row 4 (`…无法安装; `).',
        'Status words are descriptive (施工至六层, 已完成90%, 正在办理中); no 序时/滞后 verdict column exists. Codes were inferred from the stage described.',
    ],
}

# ---------------------------------------------------------------- XX区 (anonymised)
DOCS['xxqu_2016_report'] = {
    'source': 'https://m.taodocs.com/p-28929779.html (taodocs.com, a document-sharing site; the .doc `XX区关于落实XX市十件民生实事的进展情况汇报(精简篇)` '
              'uploaded by junjun2875, page dated 2015/12/19 although the text cites 《2016年十件民生实事责任分工》); pages corpus, stored excerpt %d bytes' % nbytes('xxqu_2016_report'),
    'kind': 'report',
    'partial': True,
    'place': 'anonymised: an unnamed district (XX区) of an unnamed city (XX市); the place names are replaced by XX in the source',
    'year': 2016,
    'tasks': [
        T('一', 'XX市第一幼儿园二期建设工程', co=['XX街'], status='stalled',
          statusText='现正由XX街组织人员进行征地工作',
          note='Printed `㈠` (the parenthesised-ideograph glyph), recorded as 一. Land acquisition still under way '
               '(9 households signed, 23 not; `余下工作计划下周完成`) -> stalled (尚处前期); on_schedule is defensible. '
               'XX街 is the body doing the 征地 work for this item, so it is put in co; the reporting district (`由我区作为牵头单位`) '
               'is the lead for all four projects but is only named as 我区, so lead is [].'),
        T('二', 'XX区机关幼儿园扩建工程', status='stalled', statusText='现正进行地质钻探及环评工作',
          note='Printed `㈡`. Land certificate obtained, now drilling and 环评 -> pre-construction -> stalled (on_schedule defensible).'),
        T('三', '新建XX市实验学校工程', status='stalled',
          statusText='已完成了项目用地的放线、种边界桩工作',
          note='Printed `㈢`. Co-operation agreement signed with a developer (`XX市长大房地产有限公司`, an investor, not a unit); '
               'only site set-out done -> stalled (尚处前期). The excerpt is cut right after this sentence.'),
        T(None, '扩建XX市第五小学', status=None,
          note='Fourth project named only in the opening list (`由我区作为牵头单位的项目共有4个:…扩建XX市第五小学`). Its '
               'numbered section (㈣) lies beyond the cut, so no status is visible. The same opening list also names the '
               'first three projects in shorter form (`扩建XX市第一幼儿园`, `XX区机关幼儿园`, `规划新建XX市实验学校`); those '
               'mentions are the same tasks as ㈠–㈢ and must not be counted twice.'),
    ],
    'summary': {
        'printed': ['由我区作为牵头单位的项目共有4个'],
        'stated_count': 4,
        'note': 'The report covers 4 教育 projects of the city\'s 十件民生实事 for which the district is 牵头单位; 3 have a progress paragraph before the cut.',
    },
    'notes': [
        'The page starts with document-site chrome (文档名称, 格式, 上传人, 下载…) and repeats the title three times before the text.',
        'Numbering uses the single-glyph forms ㈠㈡㈢ run inline in one paragraph (`一、进展情况㈠…。㈡…。㈢…`), with no line breaks between items.',
        'All three visible items are in pre-construction stages; none is reported 开工, 完成 or 滞后.',
        'Year: the text cites 《2016年十件民生实事责任分工》 while the upload date shown is 2015/12/19; 2016 is taken from the text.',
    ],
}

# ---------------------------------------------------------------- 甘谷
GANGU = [
    ('1', '加快建设总投资7.58亿元的县医院迁建项目'),
    ('2', '开工新建西环路,改造提升新城路'),
    ('3', '完成新安大道一期工程'),
    ('4', '加快建成土桥子脊兽产业园'),
    ('5', '完成柳湖片区黑臭水体治理'),
    ('6', '开工建设西城区九年制学校'),
    ('7', '确保六中新校区、三中初中部'),
    ('8', '新建行政村公共厕所120座'),
    ('9', '建成农村生活垃圾处理站5个'),
    ('10', '城区新建便民市场5处'),
    ('11', '“一事一议”硬化村内巷道37.5万平方米'),
    ('12', '建成“一村一场”体育惠民工程15个'),
    ('13', '积极引导1000名以上高校毕业生到基层'),
    ('14', '城区新建生态停车场2处'),
    ('15', '为62户贫困残疾人家庭实施家居无障碍改造工程'),
]
DOCS['gangu_2020_plan'] = {
    'source': 'http://www.gangu.gov.cn/info/1481/326551.htm (gangu.gov.cn, 甘谷县人民政府 site, 政府信息公开; news `【直击两会】甘谷县政府2020年将为民办好15件大事和民生实事`, '
              '来源 甘谷县融媒体中心, 2020-05-11); pages corpus, stored excerpt %d bytes' % nbytes('gangu_2020_plan'),
    'kind': 'plan',
    'partial': False,
    'place': '甘肃省天水市甘谷县 (county; 天水\'s 清水县 is claimed elsewhere, 甘谷 is not)',
    'year': 2020,
    'tasks': [T(n, t, note='Printed `(%s)`; no unit, leader, deadline or status is given for any item.' % n if n == '1' else '')
              for n, t in GANGU],
    'summary': {
        'printed': ['重点抓好15件大事和民生实事', '2020年将为民办好15件大事和民生实事'],
        'stated_count': 15,
        'note': 'The count printed twice (15) matches the 15 numbered items.',
    },
    'notes': [
        'A news relay of the 2020 县《政府工作报告》: one paragraph with inline items `(1)…。 (2)…。 … (15)…。` separated by a space, '
        'then the page title and metadata AFTER the body (the body comes first in the stored text).',
        'No units, leaders, deadlines or statuses: every task has empty lists and status null. The plan is a list of '
        'commitments, not a breakdown with 责任单位.',
        'Item (2) bundles 开工新建西环路 with 改造提升 four roads; item (7) names five schools; item (8) three kinds of toilets; '
        'item (15) three separate services. Each numbered item is kept as one task, as printed.',
        'Numbers like `7.58亿元`, `37.5万平方米` sit inside item text and must not be read as item numbers.',
    ],
}

# ---------------------------------------------------------------- 十堰
SHIYAN = [
    ('一', '解决农村10万人安全饮水问题'),
    ('二', '新建300个农村村级综合服务社'),
    ('三', '完善26个乡镇卫生院医疗急救站'),
    ('四', '改造社区公厕和设置生态移动公厕30个'),
    ('五', '改造17个老式垃圾中转站'),
    ('六', '维修改造城区60条内街小巷'),
    ('七', '新建30个公交站廊'),
    ('八', '全程改造美化城区人民路'),
    ('九', '启动建设1000套公共租赁住房'),
    ('十', '新建和改建5所幼儿园'),
]
DOCS['shiyan_2011_plan'] = {
    'source': 'http://sjwhw.net/2011-1/201112074107.Html (sjwhw.net, a mirror of a 秦楚网 / 十堰晚报 news page, 发布时间 2011年1月20日7:41); '
              'pages corpus, stored excerpt %d bytes' % nbytes('shiyan_2011_plan'),
    'kind': 'plan',
    'partial': False,
    'place': '湖北省十堰市 (prefecture-level city)',
    'year': 2011,
    'tasks': [T(n, t, note='Printed `一、`; whole item as textStartsWith. No unit, leader, deadline or status.' if n == '一' else '')
              for n, t in SHIYAN],
    'summary': {
        'printed': ['今年市政府要为全市人民着力办好10件实事', '市政府2011年10件实事'],
        'stated_count': 10,
        'note': 'The stated count (10) matches the 10 numbered items.',
    },
    'notes': [
        'News report of the 市长 announcing the 10 实事 in the 2011 市《政府工作报告》. Items are `一、…。` lines separated by blank lines made of a single space.',
        'Several items contain figures at their start (`新建300个`, `完善26个`, `改造17个`); they are quantities, not numbering.',
        'No units, leaders, deadlines or statuses anywhere: all tasks have empty lists and status null.',
        'Item 二 joins two deliverables (`新建300个农村村级综合服务社、新建改造20个社区综合服务站`); kept as one task as printed.',
    ],
}


def main():
    for stem, exp in DOCS.items():
        exp['taskCount'] = len(exp['tasks'])
        # key order: put taskCount after year
        ordered = {}
        for k in ('source', 'kind', 'partial', 'place', 'year', 'taskCount', 'tasks', 'summary', 'notes'):
            if k in exp:
                ordered[k] = exp[k]
        with open(os.path.join(ROOT, stem + '.txt'), encoding='utf-8') as fh:
            text = norm(fh.read())

        def need(s, what):
            if s:
                assert norm(s) in text, (stem, what, s)
        for i, t in enumerate(ordered['tasks'], 1):
            need(t['textStartsWith'], 'task %d text' % i)
            for u in t['lead'] + t['co']:
                need(u, 'task %d unit' % i)
            for p in t['leaders']:
                need(p, 'task %d leader' % i)
            need(t['deadline'], 'task %d deadline' % i)
            need(t['statusText'], 'task %d statusText' % i)
            assert (t['status'] is None) == (t['statusText'] is None), (stem, i)
        for p in ordered['summary'].get('printed', []):
            need(p, 'summary printed')
        with open(os.path.join(ROOT, stem + '.expect.json'), 'w', encoding='utf-8') as fh:
            json.dump(ordered, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        print(stem, ordered['taskCount'], 'tasks')


if __name__ == '__main__':
    main()
