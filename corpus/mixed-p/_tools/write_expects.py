import json
B='/work/staging7/mixed-p/'
def T(number, tsw, lead=(), co=(), leaders=(), deadline=None, status=None, statusText=None, note=None):
    d={'number':number,'textStartsWith':tsw,'lead':list(lead),'co':list(co),'leaders':list(leaders),'deadline':deadline,'status':status,'statusText':statusText}
    if note: d['note']=note
    return d
def W(stem, d):
    d['taskCount']=len(d['tasks'])
    order=['source','kind','partial','place','year','taskCount','tasks','summary','lagging','layout','notes']
    out={k:d[k] for k in order if k in d}
    json.dump(out, open(B+stem+'.expect.json','w',encoding='utf-8'), ensure_ascii=False, indent=1)

W('tianchang_2021_progress', {
 'source':'https://www.tianchang.gov.cn/public/161054615/1109881211.html (天长市政府信息公开 【任务执行及落实情况】 page of 万寿镇, published 2021-10-11; pages corpus, stored excerpt 1,987 bytes, cut inside the 存在问题和建议 cell of the first row)',
 'kind':'progress','partial':True,'place':'安徽省天长市万寿镇','year':2021,
 'tasks':[T('18','万寿、永丰、张铺、大通瞄准特色产业',lead=['万寿镇'],leaders=['何学军'],
   note='Row of a 6-column table (主要工作任务 / 牵头领导 / 主要责任单位 / 工作落实情况 / 存在问题和建议 / 进度自评) flattened to one cell per line with 4-space indents. 18 is the task number of the city-level 政府工作报告 breakdown, kept as printed. 永丰、张铺、大通 are other towns named inside the task text, not units of this row (the 主要责任单位 cell is 万寿镇 only). The 进度自评 cell is beyond the cap, so status null; the 工作落实情况 cell says one sub-project 项目进展迟缓, which is not a status of the whole task.')],
 'summary':None,
 'layout':'Town-level quarterly self-report table: header cells one per line, then two section rows (聚焦“一体化”,全方位融入长三角 / 加快沿苏经济带建设) that are group headings, then the task row whose 工作落实情况 and 存在问题和建议 cells are multi-line numbered lists (1、…5、) that must not be read as tasks.',
 'notes':['Only one task row survives the ~2,000-byte cap.','Section headings are not tasks.','The numbered 1、2、3… lines inside the 工作落实情况 and 存在问题和建议 cells are progress/problem sentences, not tasks.','填报单位 万寿镇 and 承办人 季雨 are the reporter, not leaders; 牵头领导 何学军 is the leader.']})

W('jinzhou_2018_report', {
 'source':'https://shenyang.baogaosu.com/xinwen/...锦州超八成重点任务... /67011241 (news aggregator relay of a 锦州 government news item, 16.05.2018; pages corpus, stored excerpt 2,000 bytes = store cap)',
 'kind':'report','partial':True,'place':'辽宁省锦州市','year':2018,
 'tasks':[
  T(None,'锦州天工半导体项目',status='on_schedule',statusText='顺利推进',note="'一批重大项目顺利推进,…锦州天工半导体项目和…神工半导体三期项目都已经开工建设' → on_schedule from 顺利推进; 已经开工建设 is the fact. 投资达12亿元的 precedes the name and is not part of the task name."),
  T(None,'神工半导体三期项目',status='on_schedule',statusText='顺利推进',note='same sentence as the previous task; 锦州市太和区 in the first paragraph names where the site is, not a unit.'),
  T(None,'锦州文化艺术中心项目',status='on_schedule',statusText='进展顺利'),
  T(None,'辽西大剧院主体工程',status='done',statusText='全部完成',note='主体工程全部完成 → done for the 主体工程 named.'),
  T(None,'青少年宫土建工程二次结构',note='完成总量的95% — a figure, no status word → null.'),
  T(None,'群众艺术馆土建工程二次结构',note='完成总量的90% → null.')],
 'summary':{'total':194,'on_schedule':166,'printed':['194项重点任务进度表,目前已有166项任务完成了全年序时进度,占总数的85.6%']},
 'layout':'News prose about a 194-item 重点任务进度表; the items are named inline inside sentences with status words after them (顺利推进 / 进展顺利 / 全部完成 / 完成总量的95%). No numbering, no units, no leaders.',
 'notes':['No units are printed for any item; 市委、市政府主要领导 / 市政府班子成员 are generic and not attached to a task.','《辽宁沿海经济带锦州市发展三年攻坚计划》 全面启动 was considered and not counted: it is a plan the city launched, not a named item of the 194 tasks (a reader could include it with status null).','完成全年序时进度 in the summary means reaching the year-to-date schedule → counted as on_schedule.']})

W('jinzhou_2016_report', {
 'source':'http://oemstone.com/html/jzszfcs244062009jczx524144501index.html (third-party mirror of a 锦州市政府 决策执行 page, 发布 2016-06-16; pages corpus, stored excerpt 2,000 bytes = store cap, cut inside the 部分完成 list)',
 'kind':'report','partial':True,'place':'辽宁省锦州市','year':2016,
 'tasks':[
  T(None,'一般公共预算收入',status='on_schedule',statusText='完成进度',note="'3项完成进度(…)' — 完成进度 at 上半年 means the half-year (双过半) schedule was met, not that the year's target is done → on_schedule."),
  T(None,'居民消费价格涨幅',status='on_schedule',statusText='完成进度'),
  T(None,'农村常住居民人均可支配收入',status='on_schedule',statusText='完成进度'),
  T(None,'地区生产总值',status='lagging',statusText='未完成进度',note='short item (6 chars): the whole item'),
  T(None,'固定资产投入',status='lagging',statusText='未完成进度',note='short item: the whole item'),
  T(None,'规模以上工业增加值',status='lagging',statusText='未完成进度'),
  T(None,'社会消费品零售总额',status='lagging',statusText='未完成进度'),
  T(None,'城镇常住居民人均可支配收入',status='lagging',statusText='未完成进度'),
  T(None,'园林绿化养护市场化试点',note="'因政策调整原因取消1项工作(园林绿化养护市场化试点)' — cancelled; no status code fits → null (statusText would be 取消).")],
 'summary':{'total':90,'indicators':8,'indicators_on_schedule':3,'indicators_lagging':5,'key_work':82,'cancelled':1,'partial':7,
   'printed':['10大类90项具体任务指标','8项主要经济发展指标中3项完成进度','5项未完成进度','所列82项重点工作,因政策调整原因取消1项工作','7项工作部分完成']},
 'layout':'督查 report addressed upward (报告), prose with parenthesised status lists: N项<status>(item、item、…). The 7项部分完成 list is cut after its first character by the store.',
 'notes':['Tasks are named only inside status lists; each counts with that list status.','The report classifies into 完成 / 部分完成 / 未完成 by the 双过半 half-year requirement; for the 8 indicators the printed words are 完成进度 / 未完成进度.','未完成进度 → lagging (behind the half-year schedule), not at_risk: nothing says the year target cannot be met.','No units or leaders are printed in the stored part.']})

W('yuncheng_2017_plan', {
 'source':'https://ncp.pkulaw.com/epidemiclar/38be8d5449e27cd4d9743b715461238bbdfb.html (北大法宝 pkulaw law-database mirror of 运城市人民政府办公厅 通知, 2017-04-13; pages corpus, stored excerpt 1,999 bytes = store cap, cut inside 2.(1))',
 'kind':'plan','partial':True,'place':'山西省运城市','year':2017,
 'tasks':[
  T('1','加强应急预案管理',lead=['市直各有关单位','各县(市、区)人民政府','各开发区管委会'],note='1.完善应急预案体系 groups (1)–(4); the single bracket (责任单位:…) after (4) covers the whole group, so each sub-item gets those units. 责任单位 is the only unit label → lead.'),
  T('2','推进政府及其部门应急预案',lead=['市直各有关单位','各县(市、区)人民政府','各开发区管委会']),
  T('3','加强应急预案演练',lead=['市直各有关单位','各县(市、区)人民政府','各开发区管委会']),
  T('4','加强应急预案的培训宣传',lead=['市直各有关单位','各县(市、区)人民政府','各开发区管委会']),
  T('1','深入推进市、县、乡三级政府',note='2.健全应急管理体制和运行机制 (1); cut by the store before its 责任单位 bracket → lead [].')],
 'summary':{'printed':['9项具体建设任务和7项重点建设项目']},
 'layout':'Law-database mirror header (【法宝引证码】/【时效性】), title printed twice, signature date twice, then a 十三五 plan breakdown: (一) heading / 1. group title / (1)…(4) sub-items / one (责任单位:…) line after the group, shared by all sub-items above it.',
 'notes':['Kind plan: a 规划责任分解, not an annual 政府工作报告 breakdown; no deadlines or leaders.','Numbers restart in each group ((1) under 1. and (1) under 2.), so two tasks carry number 1.','1. and 2. are group titles (sections), not tasks; (一)“一案三制”建设 is a heading.','Unit groups 各县(市、区)人民政府 and 各开发区管委会 kept whole; 市直各有关单位 is a collective unit.','If a reader treats 1.完善应急预案体系 as the task and (1)–(4) as its content, the file has 2 tasks instead of 5; I chose the leaves because each is a separate duty.']})
