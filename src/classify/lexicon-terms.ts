/**
 * The phrases of the status vocabulary (see lexicon.ts, which finds them in text and settles overlaps): each
 * pattern with the code it says, in prose and in table cells. Kept in a file of its own so the list can be read
 * and reviewed whole; the rules that use it live beside findStatusPhrases.
 */
import type { StatusCode } from '../model/schema.js';

export interface Term {
  /** Pattern over text with spaces removed. */
  re: RegExp;
  code: StatusCode;
  /** Phrases that already carry a negation (未启动, 无实质性进展) must not be re-negated by their own 未/无. */
  selfNegated?: boolean;
  /** A stage, not a verdict (正在进行前期工作): it speaks only when nothing else in the text says the works go on or are done. */
  stage?: boolean;
  /** A step of the preparations done (已完成施工图设计): under way, unless the text says the works are still to begin. */
  prep?: boolean;
  /** Nearly finished (即将建成): under way, unless the text says the works are done (基本完工). */
  nearly?: boolean;
  /** A bare verb (完成桩基打桩) that reports only right after the project it is said of; at a clause's head it is an order. */
  afterSubject?: boolean;
  /** A finish forecast (将于6月底全部竣工): under way, and only when nothing else in the text says anything. */
  forecast?: boolean;
}

/**
 * Not said as an aim or a date still ahead, nor negated, in the clause before a finishing phrase: 确保…竣工, 计划年底建成通车,
 * 将于…投入使用, 未…完成 are no verdicts. One guard for every such phrase below.
 */
/**
 * The steps of a project's preparations, before its works (施工图, 招投标, 可研, 征地, 三通一平), named alone: the list
 * readers take no such step for an item of its own. (The "a step done" term below keeps its own, narrower list: widening
 * it to these words changed three corpus documents, one for the worse.)
 */
export const PREPARATION_STEPS =
  '施工图(?:设计|审查)?|招投标|招标|可行性研究|可研|环境影响评价|环评|征地|征迁|拆迁|地质勘探|地勘|勘察|勘探|测量设计|测设|立项|选址|初步设计|方案设计|规划设计|用地预审|土地报批|放线|场地平整|三通一平';

const NOT_AIMED = '(?<!(?:确保|力争|争取|计划|预计|将|要|需|须|能否|年底|年内|明年|下半年|未|没有|没)[^，,。；;]{0,8})';

// Order does not matter: overlapping matches are resolved by keeping the longest.
const TERMS: Term[] = [
  { re: /提前完成|超出(?:年度)?目标任务|全面完成|已经完成|已完成|已通过(?:竣工)?验收|已(?:同|经)?通过[^，,。；;]{1,4}?(?:竣工)?验收|已投产|已投入使用|圆满完成|顺利完成|圆满(?:完工|竣工)|已(?:经)?(?:全部|全面)完成|全部完成|超额完成|已完工|已竣(?:[(（]完[)）])?工|已办结/g, code: 'done' },
  { re: /完成较好|超进度|超序时(?:进度)?|好于序时(?:进度)?|快于序时(?:进度)?|提前(?:开复工|复工|开工)|提前完成[^，,。；;]{0,6}?(?:节点|阶段性?|季度|半年|月度)(?:目标|任务|进度)/g, code: 'good' },
  // 高于时序进度, 超出或完成年度计划投资的有6宗 (蕉岭 2020): ahead of the calendar or of the year's investment plan.
  { re: /(?:高于|快于)(?:时序|时间)进度|超出(?:或完成)?(?:年度)?(?:计划投资|投资计划)/g, code: 'good' },
  // 已提前完成全年任务 (凤台 2019): the year's task done early — done, said whole (提前 with it, so nothing stands between).
  { re: /提前(?:全面)?完成(?:了)?(?:全年|年度)(?:目标)?任务/g, code: 'done' },
  // 已提前完成年度计划 (内江 2018): the year's (investment) plan met early, the works going on: ahead.
  { re: /提前完成(?:了)?(?:年度|全年)(?:投资)?计划(?:投资)?/g, code: 'good' },
  // 超额完成1—6月计划投资 (凉州 2020): more than the months' share of the plan, ahead; 完成1—6月计划 met it (not 完成…的80%).
  { re: /(?:超额|提前)完成(?:了)?[0-9一二三四五六七八九十]{1,2}[—–\-~至到][0-9一二三四五六七八九十]{1,2}月(?:份)?(?:计划|目标|任务)/g, code: 'good' },
  { re: /(?<!超额|提前)完成(?:了)?[0-9一二三四五六七八九十]{1,2}[—–\-~至到][0-9一二三四五六七八九十]{1,2}月(?:份)?(?:计划|目标|任务)(?![^，,。；;]{0,6}的)/g, code: 'on_schedule' },
  // 已完成上半年节点目标: an interim target met on time (the year's is still to come).
  { re: /完成[^，,。；;]{0,6}?(?:节点|阶段性?|[一二三四1-4]季度|半年|月度)(?:目标|任务|进度)/g, code: 'on_schedule' },
  {
    re: /序时推进|(?:时间|任务)过半[、，,]?(?:进度|任务)过半|双过半|按序时(?:进度)?(?:推进)?|达(?:到)?(?:序时)?进度|达序时|达序推进|正在推进|持续推进|按(?:计划|进度|时序|节点)推进|按(?:预期|既定|原定)?计划[^，,。；;]{0,6}?推进|(?:正常)?有序推进|稳步推进|扎实推进|加快推进|加快(?:建设|实施)(?=$|[。，,；;])|正常推进|推进正常|进展正常|达到[^，,。；;未]{0,6}?序时进度(?:要求)?|进展(?:较为|比较|较|十分|非常|总体)?(?:顺利|有序)|推进顺利|顺利推进|符合序时(?:进度)?|(?:推进|实施|进行)中(?=$|[。,，;；)）])/g,
    code: 'on_schedule',
  },
  {
    re: /推进较慢|进展缓慢|进展较慢|推进缓慢|(?:进度|完成率)(?:均)?不足[0-9]{1,2}(?:\.[0-9]+)?[%％]|(?:进展|进度|推进|建设)(?:偏|较|过)?慢(?=$|[。，,；;、等的])|(?:低于|慢于|落后于?)(?:时序|时间)进度|开工(?:较|偏)?晚|(?:之前|此前|前期)?停工整改|进度较慢|进度缓慢|建设缓慢|进展迟缓|低于序时(?:进度)?|低于(?:年度)?目标(?:任务)?|滞后(?:于)?(?:序时)?(?:进度)?|未达(?:到)?(?:序时)?进度|未达(?:到)?序时|未达序(?:推进)?|未达(?:到)?[^，,。；;]{1,6}?序时进度(?:要求)?|未达(?:到)?预期(?:目标|进度)?|欠进度|明显下降|下降明显|有所下降|同比下降|出现下降|下降/g,
    code: 'lagging',
  },
  {
    re: /无实质性进展|暂停(?:实施|施工|建设)?|暂时停止|停止实施|暂缓(?:实施|进行|建设|推进)|(?<=项目|工程)暂缓(?=$|[。，,；;])|未开展(?:实质性)?工作|未开展实质性|暂未开工|暂未开展|尚未开展|尚未(?:正式)?启动|未(?:正式)?启动|尚未开工|应开(?:工)?未开(?:工)?|未开(?:复)?工|未(?:能)?按(?:计划|期|时)开(?:复)?工/g,
    code: 'stalled',
    selfNegated: true,
  },
  { re: /(?:不能|无法|难以|不能够)(?:全部|全面|如期|按期|按时)?完成|(?:完成|实现)有一定(?:困难|难度)|难度较大|难度很大|难以完成|难以实现|难完成|未完成(?:年度)?目标(?:任务)?|未达到?(?:全年|年度)目标(?:任务)?|完不成/g, code: 'at_risk', selfNegated: true },
  // Still at its preparations, the works not begun (尚处前期): 正在进行前期准备工作 (江陵, 12 items), 正在进行前期设计 (正宁),
  // 目前正在方案设计 / 目前正在招标 (杨舍 2022), 项目用地预审正在办理中 (德安 2025), 前期工作正在加紧进行 (巴马 2016), 正在开展
  // 可研方案调整工作 (甘南 2018), 正在加紧实施资格预审前期工作 (隆昌 2019), 正处于前期手续办理阶段 (开州 2024), 现正进行
  // 地质钻探及环评工作 / 现正由XX街组织人员进行征地工作 (2016), 正抓紧推进前期工作 (常州 2015), 正加紧开展协调及办理相关手续 (维西 2013), 正在争取省上批复, 正在设计施工图 (合江), 正进行拆迁 (常德 2015), 正在按计划加快办理前期手续 (合水 2019), 正在进行相关规划设计审批手续 (惠济 2019), 正积极开展前期工作
  // (高县 2014), 正在优化设计方案 (汉台 2023), 现已进入招标程序 (长洲 2015),
  // 已发布招标公告 (松阳 2022), 正进行规划 (润雅 2016). Readers of 11 documents in corpus/ code these stalled (one, 大观 2024, on_schedule). How fast the
  // preparations go is another verdict that wins over the stage: 前期工作进展顺利, 前期工作正在加快推进 (达州, 广元) are on course;
  // what is bought (招投标采购) and a design being worked out (落实深化设计) are not the stage.
  {
    re: /(?:正在|现正|正(?=进行|开展|办理|优化|按计划|积极|全力|抓紧|加紧|加快))(?:按计划|按程序)?(?:抓紧|加紧|加快|积极|全力)?(?:进行|开展|抓紧|加紧|办理|优化|推进|编制)?(?:前期(?:准备|筹备)?工作|前期(?:各项)?手续|(?:各项)?前置性手续|(?:前期|方案|施工图|规划|初步)(?:勘察(?:和|及|、)?)?设计(?!院|单位|阶段)|勘察(?:和|及|、)?设计(?!院|单位)|方案设计|设计方案|招标(?!采购)|招投标(?!采购)|可研|可行性研究|用地预审|环评|地质(?:钻探|勘探|勘察)|征地|拆迁|征迁|测量设计|勘测设计|测设|土地(?:挂牌|报批|征收)|规划(?!局|部门|[^，,。；;]{0,4}(?:建设|实施))|立项|选址)|(?:正在|现正|正由)[^，,。；;]{1,12}?(?:前期(?:各项)?(?:准备|筹备)?|征地|征迁)工作|(?:正在|现正|正)[^，,。；;]{0,10}?办理(?:相关|有关|各项)(?:审批|报批|建设|用地)?手续|(?:正在|现正|正)(?:积极|全力|加紧|抓紧)?(?:争取|申请|等待|申报|报请)[^，,。；;]{0,8}?(?:批复|审批|核准|立项|批准)|正在设计施工图|(?:已|现已)?进入(?:施工|工程)?(?:招标|招投标)(?:程序|阶段)|已(?:经)?发布招标公告|(?:正|目前|尚|还|仍)?处(?:于|在)前期[^，,。；;]{0,6}?阶段|正(?:在|处于)?(?:可研|可行性研究|招标|立项|前期)阶段|(?:前期(?:准备)?工作|前期手续|用地预审|可研)正在(?:加紧|抓紧)?(?:进行|办理)(?:中)?|(?:正在|现正|正)(?:进行|办理|完善)[^，,。；;]{0,10}?(?:审批|报批|报建|用地|规划)手续/g,
    code: 'stalled',
    stage: true,
  },
  // A start still ahead, said in a report: 天裕煤气发电等4个项目近期可开工建设 (沛县 2011), 6个项目将于近期开工建设 (东乡
  // 2015), 有望开工, 施工单位近期将进场施工 (常州 2015), 近期可进入施工阶段 (葫芦岛 2015): the works not begun. A stage: works said to go on in the same text speak over it (一期已投产，二期即将开工).
  // (力争/计划/确保…开工 are a plan's aims, and not read here.)
  {
    re: /(?:近期|近日|马上|即将|有望|可望|将于[^，,。；;]{1,8}?)(?:将|可|能)?(?:开工|动工|进场施工|进场|进入(?:施工|建设)阶段)(?:建设)?(?=$|[。，,；;])/g,
    code: 'stalled',
    stage: true,
  },
  // Approvals on the way to the works: 3个项目环评获批, 中电投80万吨烯烃项目获自治区发改委核准, 核准申请报告已上报国家发改委
  // (准格尔旗 2016), 已完成…可研批复 (嘉峪关 2020), 已通过可行性研究报告批复 (龙泉 2011), 等16个项目完成备案或核准 (邯郸 2013): the preparations, the works not begun. A stage, as above.
  {
    re: /环评(?:已|已经)?(?:获批|批复|获得批复)|完成(?:了)?(?:项目)?(?:备案|核准)(?:或|和|及|、)?(?:备案|核准)?(?=$|[。，,；;])|(?:获|获得|取得)(?:了)?[^，,。；;]{0,10}?(?:核准|立项批复|可研批复)|(?:已|已经)?通过(?:了)?[^，,。；;]{0,4}?(?:可行性研究报告|可研(?:报告)?|初步设计|立项)(?:的)?(?:批复|审批|评审)|(?:核准|立项)(?:申请)?(?:报告)?(?:已|已经)(?:上报|报送)|(?:立项|用地|规划|可研|征地|环评)(?:已|已经)?(?:获批|批复|获得批复)/g,
    code: 'stalled',
    stage: true,
  },
  // How notices and news reports word a group of items (the group heading or a list's lead-in).
  // 确保/力争…完成 is an aim, not a verdict.
  { re: /(?<!确保|力争|争取|计划|预计|将|要|需|须|能否|以)(?:完成任务|如期(?:全面|圆满|顺利|高质量)*完成|按计划完成(?![0-9一二三四五六七八九十])|完成(?:了)?(?:[0-9０-９]{4})?(?:全年|年度|调整后(?:的)?(?:方案)?)(?:工作)?(?:目标)?任务|完成(?:了)?(?:[0-9０-９]{4})?(?:全年|年度|调整后(?:的)?(?:方案)?)(?:工作)?目标)|都已完成|均已完成|完成的(?=有?[0-9一二三四五六七八九十]+[个项件])/g, code: 'done' },
  // 超过倒排工期计划进度 (天门), 超过序时进度: ahead of the plan's own schedule.
  { re: /超时间进度|超过[^，,。；;]{0,6}?(?:计划|时间|序时|时序)(?:平均)?进度|成效突出|完成情况(?:较好|良好)|进展(?:情况)?良好|进展较快|推进较快|进度较快|超额完成[^，,。；;]{0,6}(?:节点目标|序时进度)|大幅(?:度)?超过(?:目标)?(?:任务)?(?:进度)?/g, code: 'good' },
  // 建设者正抢抓工期 (兴东镇 2025): the builders racing the schedule are at work on it.
  {
    re: /正(?:在)?(?:抓紧|加紧|加快)(?:实施|推进|建设|施工)|正(?:在)?(?:抢抓|抢赶|抢|赶)(?:工期|进度)|(?<!计划|将|预计|力争|争取|确保|拟|可)(?:实现)?部分投产|与时间进度(?:基本)?同步|按(?:照)?(?:时序)?进度(?:推进|完成)|达到(?:时序|时间)进度(?:要求)?|按时?序推进|按时推进|已(?:实际)?开工(?:建设)?|已完成或达到(?:时序)?进度|达到或超过(?:目标任务)?进度/g,
    code: 'on_schedule',
  },
  // 需进一步加快施工速度 / 有待加快推进 (恩平): a notice saying an item must speed up says it is behind.
  // 完成情况不够理想 (涪陵): below what was expected, a lag rather than a stated failure.
  // 因土地和前期手续问题影响建设计划进度 (商洛 2014): the schedule held up, behind.
  // (解决影响项目进度的突出问题 names problems to solve: an order, not a verdict.)
  { re: /(?<!解决|消除|避免|防止|协调|排除)(?:影响|拖慢|延误|耽误)(?:了)?(?:工程|建设|项目|施工)?(?:计划|施工|工期)?进度(?!的)/g, code: 'lagging' },
  // 仅完成71% (大英): only so much done, behind; 还未全面实施, 书架还未到位: not yet in place.
  { re: /仅(?:完成|达到?|实现)[^，,。；;]{0,6}?[0-9.]+[%％]|(?:还|尚)?未全面(?:实施|完成|到位|铺开|落实)|(?:还|尚)?未到位|(?:完成情况|进展情况|进展|推进|进度)?(?:不够|不太|不甚|不)理想|进展不大|推进不力|进展偏慢|进度偏慢|推进偏慢|(?:需|需要|亟需|亟待|有待)(?:进一步)?加快(?:施工|建设|推进|工作)?(?:速度|进度|步伐)|(?:需|需要|亟需|亟待|有待)(?:进一步)?(?:大力|加大力度|全力)推进|未按(?:照)?(?:时序)?进度(?:完成|推进)|未达到?(?:全年|年度)?目标(?:任务)?进度|有一定进度/g, code: 'lagging', selfNegated: true },
  // Not started yet: 预计9月底前开工, 计划安排年底开工 (象山), 计划年内完成方案设计 (独山港 2023: the design still ahead), 预计6月份开复工, 下半年还将开工建设 (回民区 2021), 主体工程没有动建, 尚未动工, 还处于落实或筹建阶段 (not 计划新开工项目
  // 实现全部开工建设, 沧州 2020: the plan met).
  // 未能按时动工, 无法如期开工, 仍没有进行实质性动工建设 (东莞): the start date passed without a start.
  {
    re: /(?:预计|计划(?:安排|于)?)(?:(?!实现|已)[^，,。；;]){0,12}(?:开工|开复工|复工|动工|进场施工)|(?:预计|计划|拟)(?:(?!实现|已)[^，,。；;]){0,8}?完成(?:方案|初步|施工图)?设计|(?:还将|将要)(?:于[^，,。；;]{1,8}?)?(?:开工|开复工|动工)|即将(?:全面|正式)?(?:开工|动工|进场施工)|近期(?:开工|动工|办理开工)|(?:未(?:能)?|没(?:有|能)|无法|不能)(?:按期|如期|按时|按计划)(?:开工|动工)(?:建设)?|未按(?:照)?[^，,。；;]{1,8}?(?:约定|要求|计划)(?:开工|动工)(?:建设)?|(?:没有|未)(?:进行)?实质性(?:动工|开工|建设)|没有动建|未动建|尚未动工|未动工|(?:还|仍|尚)(?:只)?处于[^，,。；;]{0,8}?(?:筹建|筹备|谋划|论证|落实)阶段/g,
    code: 'stalled',
    selfNegated: true,
  },
  // 常态化开展: ongoing work, on course. 等工程正在实施, 6个项目正在建设中 (平江, 阿图什), 控藻工程河底护底施工中 (无锡经开区),
  // 双创中学开工在建 (临渭) closing its clause: under way.
  { re: /常态化(?:开展|推进|实施)(?=$|[。，,；;]|的(?:有|是|为))|正在实施(?=$|[。，,；;])|(?:开工)?在建(?=$|[。，,；;])|正在(?:施工|建设)中|(?<!在)(?:施工|建设)中(?=$|[。，,；;、(（])/g, code: 'on_schedule' },
  // 等多项工程正在紧锣密鼓地进行中 (防城港 2013): the works pressing on.
  { re: /(?:正在|正)?紧锣密鼓(?:地)?(?:进行|推进|施工|建设|实施)中?|正在[^，,。；;]{1,6}?地(?:进行|推进)中/g, code: 'on_schedule' },
  // 正在进行内部装修, 正在开展管线迁改, 正在进行主体施工 (大荔 2014, 昆山 2023): the works under way; 综合办公楼已封顶,
  // 二期临江东路正在硬化 (澧县 2009): built to the roof, being surfaced.
  // 江西力科电动车有限公司(正在平地) (广丰 2014): the site being levelled, the works begun.
  { re: /(?:已|主体(?:工程)?(?:已)?)封顶|正在(?:硬化|铺设|浇筑|装修|安装|调试|平地|平整场地|场地平整)(?:设备|管网|路面)?(?=$|[。，,；;…)）])/g, code: 'on_schedule' },
  // 通过了省级验收, 都完成了预定任务 (澧县 2009): accepted, or the set task done.
  // 完成3098个沼气池修建任务: the stated task done, closing its clause.
  { re: /(?<!待|未|需|将|要|能否|确保|力争|争取)通过(?:了)?(?:省级|市级|国家|上级)?(?:竣工|交工)?验收|完成(?:了)?(?:预定|既定)(?:的)?(?:目标)?任务|(?<!确保|力争|争取|计划|预计|将|要|需|须|能否|以|未|没有)完成(?:了)?[0-9]{1,6}[个座处所条户][^，,。；;]{0,8}?任务(?=$|[。，,；;])/g, code: 'done' },
  // (正进行造价、检测采购招标及施工图设计 (武侯 2018) is paperwork: 施工图 is no works.)
  // 正在进行风机吊装, 正在进行基础土建工程, 正在进行道路检修和风机基础灌注, 正在建造风机塔筒 (通辽 2022): works going on.
  // 正在进行路基清表工程 (泸县 2016): the roadbed being cleared, a road's first works; 正在进行停车场建设, 正在进行河道清淤 (沧州 2020).
  { re: /正(?:在)?(?:进行|开展)[^，,。；;]{0,10}?(?:施工(?!图)|装修|安装|浇筑|迁改|作业|调试|吊装|土建|灌注|检修|铺装|铺设|平整|路基|路面|清表|掘进|架设|清淤|(?<!前期|规划|设计)建设)|正在建造/g, code: 'on_schedule' },
  // 一期工程小学教学楼已进入地下工程筏板钢筋绑扎中 (沂水): a stage of the building works entered and under way.
  { re: /进入[^，,。；;]{0,12}?(?:施工|绑扎|浇筑|安装|装修|砌筑|吊装|铺设)中/g, code: 'on_schedule' },
  // 目前各路段建设施工顺利进行 (泸县 2016), 施工正在紧张进行中: the works going on (确保施工顺利进行 is an aim).
  { re: new RegExp(`${NOT_AIMED}(?:施工|建设|工程)(?:正在|正|均|都)?(?:顺利|有序|紧张|加紧|全面)?进行中?(?=$|[。，,；;])`, 'g'), code: 'on_schedule' },
  // 正在开展清单编制工作 (怀柔 2022): a piece of the work going on (the preparations, and clearing the site, 正在进行拆迁工作
  // (登封), are not: what else the text says decides).
  { re: /正在(?:开展|进行)(?![^，,。；;]{0,12}?(?:前期|可研|可行性|招标|招投标|设计|预审|手续|环评|拆迁|征地|征收))[^，,。；;]{1,12}?工作(?=$|[。，,；;])/g, code: 'on_schedule' },
  // 一期码头即将建成投入使用, 郁江二桥完成投资已过半 (桂平 2015), 即将完工 (麟游 2025): nearly finished, or past halfway: under way.
  // (基本完工,即将建成开放, 宿迁 2019: the works done, the opening to come — the done phrase speaks, see Term.nearly.)
  // 冲击地压与水害治理近完工 (麟游 2025): 近/接近 完工 says the same.
  { re: /(?:即将|接近|临近|(?<![最附])近)(?:建成|完工|竣工|投入使用|投用|投产|通车)/g, code: 'on_schedule', nearly: true },
  // 整体进度过半 (昆山 2023): past halfway, under way.
  { re: /(?:完成投资|投资|进度|工程量|工程)已过半|(?:整体|总体|工程|建设|施工)进度(?:已)?过半/g, code: 'on_schedule' },
  // 目前进入调试运行阶段, 已经实现单机试车, 具备试车条件 (鄂托克旗), 2个项目试产, 13个项目部分投产 (沛县 2011): built and being
  // run in, not yet producing: under way. (建设完成,已进入调试阶段 (临池 2024) and 已建成试产 (龙桥 2020) are read as done.)
  { re: /(?:进入|处于)[^，,。；;]{0,4}?(?:调试运行|试运行|试生产|试车)阶段|(?:实现|进行)(?:了)?(?:单机|联动|整体)?试车|具备试车条件|(?<!计划|预计|将|争取|力争|建成)试产(?=$|[。，,；;])|(?<!计划|预计|将|争取|力争)部分投产/g, code: 'on_schedule' },
  // 施工单位正陆续进厂 (鄂托克旗): the builders coming on site.
  { re: /(?:施工单位|施工队伍)(?:已|正|正在)?(?:陆续)?进(?:场|厂)/g, code: 'on_schedule' },
  // 该项目已进场施工 (武侯 2018): the builders on site, the works begun.
  { re: /(?:已|已经)进场(?:施工|开工|建设)/g, code: 'on_schedule' },
  // 3.15公里产业路正在动工建设, 还有103公里正在依程序建设 (湘阴 2023): being built (施工图, 施工许可 are paperwork).
  { re: /正在[^，,。；;]{0,4}?(?:动工|开工|建设|施工)(?!图|单位|方案|许可|手续)/g, code: 'on_schedule' },
  // 路面垃圾清理转运中, 排水沟渠修建中, 屋前水沟污水整治施工中 (黄州 2020), 综合楼在内墙装修中 (邓家铺): the work going on,
  // said as it closes its line.
  { re: /(?:清理|转运|整治|整改|修建|改造|安装|铺设|硬化|平整|拆除|装修|装饰)中(?=$|[。，,；;])/g, code: 'on_schedule' },
  // 万科05地块幼儿园竣工待验收 (芗城 2018): built, awaiting acceptance.
  { re: /竣工待验收|完工待验收/g, code: 'done' },
  // 铁路专用线通车运营, 一期投产 (祥云 2022): open and running, producing.
  { re: new RegExp(`${NOT_AIMED}(?:通车运营|投入运营|建成运营|一期投产(?!后))`, 'g'), code: 'done' },
  // 送电试车 (祥云 2022): the works finished and being tried, on course.
  { re: /送电试车/g, code: 'on_schedule' },
  // 主体施工至六层 (德安 2025): the works that far along, under way. (已进场施工 alone the 宿迁 2019 reader took for progress
  // with no verdict.)
  { re: /(?:施工|建设|建)至(?:第)?[0-9一二三四五六七八九十]+层/g, code: 'on_schedule' },
  // 天宝中心幼儿园已进入装修, 夏商新境界幼儿园在建三层 (芗城 2018): the works under way.
  { re: /(?:已|已经)进入(?:主体)?(?:施工|装修|安装|建设)(?:阶段)?|在建[0-9一二三四五六七八九十]+层/g, code: 'on_schedule' },
  // 中心综合市场进入重建升级改造阶段 (陆河): the works entered, said without 已 (即将/将进入 is still ahead).
  { re: /(?<!即将|将|计划|预计|拟|要|准备)进入[^，,。；;]{0,8}?(?:施工|装修|安装|建设|改造|重建)阶段/g, code: 'on_schedule' },
  // 等重点项目进度已超过90% (锡林浩特 2025): the works that far along, under way (仅达30% is read as behind above).
  { re: /(?:工程|形象|建设|施工)?进度(?:已|已经)?(?:超过|达到?)[0-9]{1,2}(?:\.[0-9]+)?[%％]/g, code: 'on_schedule' },
  // 动态达到年度目标 (大观 2024): the year's target is met.
  { re: /(?:动态)?达到(?:了)?(?:全年|年度)目标(?:任务)?|完成率(?:达到?)?100[%％]/g, code: 'done' },
  // 3项完成进度(…)、5项未完成进度(…) (锦州 2016, judged against 双过半): the schedule kept, or not.
  // (Said of a count or a subject, or opening what is said of a list: 3项完成进度, 均已完成进度; 完成进度为88% is a
  // figure's name.)
  { re: /(?:^|(?<=[项个件]|均|都|已|已经))完成(?:了)?(?:序时|时序|时间)?进度(?![的为在达是0-9０-９%％])/g, code: 'on_schedule' },
  { re: /未(?:能)?完成(?:序时|时序|时间)?进度(?![的为在达是0-9０-９%％])/g, code: 'lagging', selfNegated: true },
  // 较好完成序时进度, 在4月份实现开工 (徐州 2017): the schedule kept, the start made.
  { re: /(?:较好|顺利|基本|全面)?完成(?:了)?序时(?:进度|目标)|实现(?:了)?(?:全部|全面)?(?:新)?(?:开复工|开工|复工)/g, code: 'on_schedule' },
  // 等7个项目开工建设。 (徐州 2015; …至南门峡镇公路开工建设, 海东 2024): a counted group or a named works begun, right after its count (or opening what is said of a list)
  // and closing the clause; 等9个新项目全部开工建设, 等一批新项目顺利开工建设 (邢台 2016), 等11个项目新开工建设 (二七区 2016):
  // with an adverb between.
  { re: /(?:^|(?<=项目|工程|中心|[路桥站厂校院馆园楼线库场所]|[0-9一二三四五六七八九十两]个|[0-9一二三四五六七八九十两]项))(?:均|都|已|已经|全部|均已|已全部|顺利|新)?开工建设(?=$|[，,。；;])/g, code: 'on_schedule' },
  // 等96个项目开工,占年度开工目标的96.97% (贵阳 2020): a counted group of projects begun (开工 alone only after its count).
  { re: /(?<=[0-9０-９一二三四五六七八九十两百]个(?:[\u4e00-\u9fa5]{0,4})?项目)(?:均|都|已|已经|全部|均已|已全部|顺利|新)?开工(?=$|[，,。；;])/g, code: 'on_schedule' },
  // 开工建设的项目有16个，分别是… (高邮 2016): a list's lead-in naming its projects by the state they are in (计划开工的项目,
  // 拟开工的项目 are aims; 在建项目70个, a figure, judges no list).
  { re: /(?<!计划|拟|将|预计|未|待|应|需|要|争取|力争|确保)(?:已|新)?(?:开工|动工)(?:建设)?的项目(?=有|共有|为)/g, code: 'on_schedule' },
  // 等5个项目顺利完工 (贵阳 2020): finished, said of a counted group or a named works.
  { re: new RegExp(`${NOT_AIMED}(?:顺利|如期|全部|全面|均已|已全部|相继|陆续)(?:完工|竣工)`, 'g'), code: 'done' },
  // 集中开工, 陆续开工 (镇安 2015), 等工程相继开工建设 (常州 2015): begun, said of a group of projects.
  { re: /(?:集中|陆续|全面|相继)开工(?:建设)?|(?:陆续|相继)(?:实施|推进)(?=$|[。，,；;])/g, code: 'on_schedule' },
  // 因选址调整无法开工建设 (连南): cannot start.
  { re: /(?:无法|不能|未能|难以)(?:开工|动工)(?:建设)?/g, code: 'stalled', selfNegated: true },
  // 19项工程有序开展。8项工程稳步实施。 (宿迁 2019): under way as planned, when it closes the clause (扎实开展“…”活动 is an order).
  { re: /(?<!(?:保证|确保|力争|争取|为了?)[^，,。；;]{0,8})(?:有序|稳步|顺利|扎实)(?:开展|实施)(?=$|[。，,；;])/g, code: 'on_schedule' },
  // 骆马湖沙滩扩建工程基本完工 (宿迁 2019): essentially finished.
  { re: /基本(?:完工|建成|竣工)/g, code: 'done' },
  // 项目缓慢, 施工进缓慢 (石峰, the page lost 展): slow, said right after the work.
  { re: /(?:^|(?<=项目|工程|施工|建设|推进|进展|进度|进))缓慢/g, code: 'lagging' },
  // 等项目进展较好 / 等项目相对滞后 (船山): how a report grades its projects.
  { re: /(?:进展|推进|进度|建设)(?:情况)?较好/g, code: 'good' },
  { re: /(?:相对|较为|比较|明显|稍显|略显|有所)滞后|(?:进展|推进|进度|建设)(?:相对|较为|比较|明显|稍显|略显|仍然|仍|还)(?:偏慢|较慢|缓慢|迟缓)/g, code: 'lagging' },
  // 一直处于停工状态 (新余), 已停工: work has stopped.
  // 8月底后停止施工 (丹凤 2018): the works stopped.
  { re: /处于(?:停工|停滞)(?:状态)?|(?:停工|停滞)状态|已停工|全面停工|停止(?:施工|建设)/g, code: 'stalled' },
  // 已启动实施项目 (东北塘 2025), 文昌苑、银杏新村四区也已全面启动 (泰兴 2018): begun.
  { re: /(?:已|已经)(?:启动|开始)实施|(?:已|已经)全面启动(?=$|[。，,；;]|建设|实施|施工)/g, code: 'on_schedule' },
  // 等74个新建项目顺利开工, 等一批项目也启动建设 (天宁 2017): begun, said of a group (将/计划…启动 is an aim).
  { re: new RegExp(`${NOT_AIMED}(?:顺利|全面|已经|已|也|均)(?:开工|启动建设|动工)(?=$|[。，,；;])`, 'g'), code: 'on_schedule' },
  // 已复工, 主体开工 (自贡, 滨海): work under way again, or the main works begun.
  // 已于4月15日复工, 已于4月5日开工 (满洲里 2016), 已于1月16号正式开工 (玉山 2017): begun, or begun again, on a date now past.
  { re: /(?:已(?:全部|全面|陆续)?|全面|陆续)(?:开)?复工|主体(?:工程)?(?:已)?开工|(?:已|已经)(?:于|在)[0-9０-９一二三四五六七八九十月日号底初中旬上下年．.]{2,12}(?:正式|全面|顺利)?(?:开复工|复工|开工|动工)/g, code: 'on_schedule' },
  // 未复工项目共3个 (江陵): stopped and not resumed.
  { re: /(?:未|尚未|没有|仍未)复工/g, code: 'stalled', selfNegated: true },
  // 建设进度正常 / 建设进度一般 (江陵, grading its projects 较快 / 正常 / 一般): on course, and behind the rest.
  { re: /(?:建设|施工)?进度正常|建设正常/g, code: 'on_schedule' },
  { re: /(?:进度|进展|推进)(?:情况)?一般(?=$|[项的，,。；;])/g, code: 'lagging' },
  // 超预算进度10.4个百分点, 达目标进度的164% (武昌 2021): ahead of the schedule, or more than its share done.
  { re: /超(?:过)?(?:预算|计划|时间|时序|序时|目标)进度|达(?:到)?(?:目标|序时|计划)进度的(?:1(?:0[1-9]|[1-9][0-9])|[2-9][0-9]{2}|[1-9][0-9]{3,})(?:\.[0-9]+)?[%％]/g, code: 'good' },
  // 超季度目标30% (绵阳 骏马项目): ahead of the interim target.
  { re: /超(?:过)?(?:季度|月度|半年|阶段性?|序时)(?:目标|任务|计划)/g, code: 'good' },
  // 因…影响进程, 影响项目进度 (新余): held up, behind.
  { re: /影响(?:了)?(?:(?:工程|项目|建设|施工|整体)的?)?(?:进程|进度)(?!的)/g, code: 'lagging' },
  // Projects (省重点工程): 提前竣工 is done; 未按期竣工 is past its date, behind rather than hopeless.
  { re: /提前(?:竣工|完工|建成)/g, code: 'done' },
  // 未完成季度目标任务, 未完成年初确定的季度目标任务 (淄川), 未完成3月份目标任务 (界首): an interim target missed is behind,
  // not lost (未完成年度目标 is at_risk).
  { re: /未(?:能)?完成[^，,。；;]{0,8}?(?:季度|月度|阶段性?|序时|半年|时间节点|节点|[0-9一二三四五六七八九十]{1,2}月份?(?:底)?)(?:目标|进度)/g, code: 'lagging', selfNegated: true },
  // 均完成目标任务, 已经完工, 已在2021年秋季开学投入使用 (宜春 2021): the target met, the work finished.
  { re: new RegExp(`${NOT_AIMED}(?:均|都|已|已经|全部|如期|按期)完成(?:了)?(?:既定|预定|预期)?目标任务|已经(?:完工|竣工|建成|投入使用|投用)|已(?:经)?(?:在|于)[^，,。；;]{1,16}?(?:完工|竣工|建成|投用|投入使用|通车|办结|启用|开园|开馆|开业)|(?:已|正式)(?:启用|开园|开馆|开业)`, 'g'), code: 'done' },
  // A、B以及C项目均在6月底完工 (康定 2014): a group said finished in a month named, no aim or 将 before it.
  { re: new RegExp(`${NOT_AIMED}(?:均|都|全部)(?:已)?(?:在|于)[0-9０-９一二三四五六七八九十]{1,2}月(?:份|底|末|初|中旬|上旬|下旬)?(?:全部)?(?:完工|竣工|建成|投用|投入使用)`, 'g'), code: 'done' },
  // 第一寄宿制学校、…等剩余项目将于6月底全部竣工 (杂多 2013), 预计8月底完工 (湘乡 2018), 预计年内能竣工投产 (宜兴 2022): the
  // works' finish forecast, so not finished and not held up: under way. The weakest word of all (Term.forecast): a lag, a
  // stage or a step said beside it speaks instead (由于方案调整…预计2014年6月主体完工, 普陀 2013). A start forecast is above (stalled).
  { re: new RegExp(`${NOT_AIMED}(?:预计|将于|将在|有望于?|可望于?)[^，,。；;]{0,12}?(?:能够?|可以?)?(?:全部|全面|陆续|基本)?(?:竣工|完工|建成|投入使用|投用|交付使用)(?!后|之后|以后)`, 'g'), code: 'on_schedule', forecast: true },
  // 在7月底前能顺利完成 (缙云 2023), 有望如期完成: on course to finish by a date still ahead, not finished
  // (…被通报，但均能如期完成 looks back on a year: done).
  { re: /(?:(?<=前)能够?|有望|可望|预计能)(?:按期|如期|按时|顺利)?完成/g, code: 'on_schedule' },
  // “五一”节前可实现基本通车, 7月底可实现铺油 (青川 2007): a date ahead by which it can be done, on course.
  { re: /(?<=前|底)可(?:实现)?(?:基本|全面)?(?:通车|完工|建成|铺油|投用|完成)/g, code: 'on_schedule' },
  // 完成了特困人员供养服务设施适老化改造任务 (西平 2020): the task named between 完成了 and 任务 is done.
  { re: new RegExp(`${NOT_AIMED}(?:已|已经)?完成了[^，,。；;]{2,24}?任务(?![的之]?[0-9０-９]|的?(?:一半|部分))`, 'g'), code: 'done' },
  // 已完成地质勘探工作, 已完成主体建设, 已完成可研报批 (湖北 十件实事, 正宁, 广元 2012), 已完成施工招投标 (龙泉 2011), 已完成“三通一平”
  // 工程 (维西 2013): a step towards the works done, the
  // works themselves still under way.
  { re: /(?:已|已经|已基本|基本)完成(?:了)?(?:项目)?[“"]?(?:施工|工程|监理)?(?:主体(?:工程)?(?:建设|施工|封顶|验收)?|地质勘探|勘探|勘察|测设|测量设计|初步设计|施工图|图纸设计|方案设计|设计|招标|招投标|选址|立项|可研|征地|拆迁|放线|桩基|地基|场地平整|土地平整|场平|三通一平|修建性详规|详规|修建性详细规划)/g, code: 'on_schedule', prep: true },
  // 霞溪村安置楼完成桩基基础打桩, 福建经贸学校新校区完成二期2#实训楼封顶 (洛江 河市镇): a stage of the works done, said
  // right after the project, without 已; the works go on. (At a clause's head, 完成主体施工 is a plan's order.)
  { re: new RegExp(`${NOT_AIMED}(?<!已|已经|基本)完成(?:了)?[^，,。；;]{0,12}?(?:桩基|打桩|基础施工|基础工程|封顶|主体施工|主体结构|土方开挖|土石方开挖|框架结构|主体框架)`, 'g'), code: 'on_schedule', afterSubject: true },
  // 东溪段万里生态水系建设项目完成征地40亩及征地清表工作 (洛江 河市镇): a step of the preparations done, said the same way.
  { re: new RegExp(`${NOT_AIMED}(?<!已|已经|基本)完成(?:了)?(?:${PREPARATION_STEPS}|清表)`, 'g'), code: 'on_schedule', prep: true, afterSubject: true },
  // 等工程均全面展开, 已开始建设一层主体结构 (湖北 十件实事 2011): the works begun across the board, or begun.
  { re: /(?:全面|陆续|相继)(?:展开|铺开)(?=$|[。，,；;])|(?<!将|计划|预计|拟|要|争取|力争|确保|即将|准备)(?:已|已经)开始(?:建设|施工|动工)/g, code: 'on_schedule' },
  // 等3项重点民生实事正在积极推进 (华龙 2023): under way; 积极推进 closing what is said of a subject, not opening an order.
  // 正高效推进的项目是… (河池), 县道路灯项目正加速落地 (如东 2025): 正 alone, and the pace said in other words.
  { re: /正(?:在)?(?:积极|全力|加紧|加快|加速|抓紧|稳步|有序|扎实|高效|快速|全速)(?:建设)?(?:推进|实施|建设|落地)|积极推进(?=$|[。，,；;])/g, code: 'on_schedule' },
  // 等3个项目已接近尾声 (河池), 设备安装已接近尾声 (鄂托克旗), 进入收尾阶段: the works nearly done, still under way.
  { re: /(?:已|已经)?(?:接近|临近)尾声|(?:进入|转入)(?:了)?收尾(?:阶段)?/g, code: 'on_schedule' },
  // 火车站路改造工程施工已基本结束, …供水管网新建、改造工程全部结束 (当涂 2008): the works over, finished.
  { re: new RegExp(`${NOT_AIMED}(?:(?:施工|工程|建设|改造)(?:已经?|均已)?(?:基本|全部|全面)?|(?:已经?|均已)(?:基本|全部|全面)?|(?:基本|全部|全面))结束(?=$|[。，,；;])`, 'g'), code: 'done' },
  // 目前全部更换完毕 (元宝山区 2021), 已安装完毕: the work finished (a step of the preparations, 场地已平整完毕, 新余, is not).
  { re: new RegExp(`${NOT_AIMED}(?:全部|已经?|均已|均)[\u4e00-\u9fa5]{0,4}?(?<!平整|拆迁|征地|征收|清表|设计|招标|手续|报批)完毕`, 'g'), code: 'done' },
  // 工作进展:解决中 (元宝山区 2021), 正在整改中: being dealt with, under way.
  { re: /(?:^|(?<=[:：，,。；;]))(?:正在)?(?:解决|办理|整改|协调|推进|实施)中(?=$|[。，,；;])/g, code: 'on_schedule' },
  // 建成并营业6处 (泰山区 2019), 建成开业, 建成并交付使用: built and open.
  { re: new RegExp(`${NOT_AIMED}建成(?:并)?(?:营业|开业|开放|运营|交付(?:使用)?)`, 'g'), code: 'done' },
  // 等42个新建项目开工24个, 等24个续建项目复工23个 (合水 2019): so many of the group begun, the group under way.
  { re: /(?:已)?(?:开工|复工|开复工)(?:了)?[0-9]{1,4}(?:个|项)(?=$|[，,。；;])/g, code: 'on_schedule' },
  // …等项目也加快施工 (衡水 2019): said of a group after 也/均/都, a report of works speeding on (加快施工 alone is an order).
  { re: /(?<=[也均都])(?:在)?(?:加快|加紧|抓紧)(?:施工|建设|推进)(?=$|[。，,；;])/g, code: 'on_schedule' },
  // …项目开始装修施工, 开始主体施工, 启动基础施工 (连江 2017), 开始主道综合管线施工 (常州 2015): a stage of the works begun (将/计划…开始施工 is an aim).
  { re: new RegExp(`${NOT_AIMED}(?<!拟|准备)(?:开始|启动)[\\u4e00-\\u9fa5]{0,8}?施工(?=$|[。，,；;])`, 'g'), code: 'on_schedule' },
  // 南区部分楼宇进行主体结构施工, 继续进行电气自控及设备安装工作, 正在进行"三通一平"工程 (莆田 2021, 常州 2015, 湟中 2011):
  // a stage of the works being done (将/拟/准备进行 is an aim; 进行施工图设计 and the preparations are the stage above; 目前还在进行
  // 办公楼装修 (新余) says the works drag on).
  { re: /(?<![将拟要需划备]|还在|仍在)(?:(?:正在|正|继续|现正)进行(?:(?!前期|施工图|设计|招标|规划|可研)[^，,。；;]){1,14}?(?:工程|施工|安装|砌筑|浇筑|铺设|粉刷|装修|装饰)|进行(?:(?!前期|施工图|设计|招标|规划|可研)[^，,。；;]){1,12}?(?:施工|安装|砌筑|浇筑|铺设|粉刷|装修))(?:工作)?(?=$|[。，,；;])/g, code: 'on_schedule' },
  // 累计完成顶管4900米 (常州 2015): so much of the works done so far, the works going on (累计完成投资10.81亿元 is a year's
  // sum in a summary, 延安 2023, and says nothing); 完成部分灰土及桥梁结构施工: part of it done; 主体施工2475户 (湟中 2011): so
  // many in their main works.
  { re: /累计(?:已)?完成(?=[\u4e00-\u9fa5]{1,8}?[0-9][0-9.]*(?:余|多)?(?:万|千)?(?:米|公里|千米|延米|平方米|立方米|方|户|座|根|栋|套|亩|条|处))|(?:已|已经)?完成(?:了)?部分(?![0-9０-９])|主体施工(?=[0-9０-９])/g, code: 'on_schedule' },
  // 等35个项目超额完成进度目标 (邯郸 2013): more than the schedule asked, ahead (超额完成 a year's task is done).
  { re: /超额完成(?:了)?(?:序时|时序|时间)?进度(?:目标|计划)?/g, code: 'good' },
  // 等项目转入开工建设 (三明), 等多项工程进入开工建设阶段 (葫芦岛 2015): moved on from the preparations to the works, under way.
  { re: new RegExp(`${NOT_AIMED}(?:转入(?:开工|施工|建设|正式施工)(?:建设)?|(?<!近期|即将|可|将)进入(?:开工|施工)(?:建设)?阶段)`, 'g'), code: 'on_schedule' },
  // 目前已建成主体框架 (泾川): the frame built, the works going on (建成 alone would say finished).
  { re: /(?:已|已经)?建成(?:了)?主体(?:框架|结构|工程)?/g, code: 'on_schedule' },
  // 6座桥梁率先完成改造施工 (如东 2025): the works finished first among them (a part, 已完成厂房建设, is a step).
  { re: new RegExp(`${NOT_AIMED}(?:率先|已经?|均已|全部)完成(?:了)?(?:改造|改建|新建)?(?:施工|建设|改造)(?=$|[。，,；;])`, 'g'), code: 'done' },
  // 可行性研究报告已完成, 初步设计均已完成 (雨花 2020, 上虞 2024): a step towards the works done, the works still ahead.
  { re: /(?:可行性研究报告|可研(?:报告)?|初步设计|施工图(?:设计)?|设计方案|规划设计|地质勘探|勘察设计|招投标|招标|前期工作|前期手续)(?:工作)?(?:均|都|已经|已|均已)+(?:基本)?(?:完成|结束)/g, code: 'on_schedule', prep: true },
  // 软装和家具正在设计阶段, 正处于招标阶段: a stage under way.
  // (正处于前期手续办理阶段 is the preparations stage, above.)
  { re: /(?:正在|正处于|正处在)(?!前期|可研|可行性研究|招标|立项)[^，,。；;]{0,8}?阶段/g, code: 'on_schedule' },
  // 等各项工作建设如火如荼, 施工现场热火朝天 (肥乡 2014): works in full swing.
  { re: /如火如荼|热火朝天/g, code: 'on_schedule' },
  // 等22个项目实现竣工投产或一期投产 (济宁 2009): built and producing; 等10个项目基本具备竣工条件: nearly finished, under way.
  { re: /(?:实现|已|已经)(?:竣工|建成)投产/g, code: 'done' },
  { re: /(?:基本)?具备(?:了)?竣工(?:验收)?条件/g, code: 'on_schedule' },
  // 等工程进展加快 (湖北 十件实事): moving faster than before, graded above the rest.
  { re: /(?:进展|进度|推进)(?:明显)?加快(?=$|[。，,；;])/g, code: 'good' },
  // 等项目全速推进, 加速推进 (青海 2024): under way at full pace.
  { re: /(?:全速|加速|快速|全力)推进(?=$|[。，,；;])/g, code: 'on_schedule' },
  // 顺利通车, 建成通车, 已通车 (青海 2024): a road or line open to traffic, finished.
  { re: new RegExp(`${NOT_AIMED}(?:顺利|建成|全线|已经|已)通车`, 'g'), code: 'done' },
  // 城乡风貌改造既定目标全部实现 (罗城 2012): the group's stated aims all reached.
  { re: new RegExp(`${NOT_AIMED}(?:既定|预定|年度)?目标(?:已)?(?:全部|全面)实现|(?:全部|全面)实现(?:了)?(?:既定|预定|年度)目标`, 'g'), code: 'done' },
  // 已全部完工 (罗城 2012): finished, all of it.
  { re: new RegExp(`已(?:经)?(?:全部|全面|基本)(?:完工|建成)|${NOT_AIMED}(?:全部|全面)(?:完工|竣工)`, 'g'), code: 'done' },
  // 等项目陆续建成, 相继建成投用, 先后竣工 (镇原 2023): a group of projects finished one after another.
  { re: new RegExp(`${NOT_AIMED}(?:陆续|相继|先后)(?:建成|完工|竣工|投用|投入使用)`, 'g'), code: 'done' },
  // 已于去年12月开工建设, 于去年11月开工 (罗城 2012): a start made on a date.
  { re: /(?<!将|计划|预计|拟|要|争取|力争|确保)(?:已|已经)?于[0-9０-９一二三四五六七八九十去今年月日号底初中旬上下]{1,12}(?:正式|全面|顺利)?(?:开工|动工)(?:建设)?/g, code: 'on_schedule' },
  // 等已建成, 已建成使用, 进入试生产阶段 (海南): built; 进入收尾阶段: the last works under way.
  { re: /已(?:经)?建成(?:使用|投用|投产|通车|运营)?(?!的)|(?:进入|投入)试生产(?:阶段)?/g, code: 'done' },
  // 正在进行收尾, 正在开展收尾工作 (大余 2024, 桂林经开区 2023): the last works going on.
  { re: /(?:进入|进行入|处于)?(?:收尾|扫尾)阶段|正在(?:抓紧|加紧)?(?:进行|开展)?(?:收尾|扫尾)(?:工作)?|(?:收尾|扫尾)(?:工作)?中/g, code: 'on_schedule' },
  // 与全年目标有较大差距 (沙坪坝 2022): far short of the year's aim.
  { re: /(?:与|距|离)(?:全年|年度)?(?:目标|计划)(?:任务)?(?:要求)?(?:还|仍|尚)?(?:有|存在)(?:较大|很大|一定|不小|明显)?差距/g, code: 'lagging' },
  // 只有苏嘴镇的泰山路建设没有达到序时 (淮安 2018): behind the schedule, said plainly.
  { re: /没(?:有)?(?:达到|达)(?:序时|时序)(?:进度)?/g, code: 'lagging', selfNegated: true },
  // 主体完工，正在进行配套建设, 土建部分已全部完工 (常州 2015), …室内外装饰已达到90% (平原: a share of the fitting-out done); 正在建设中, 正在设备采购中 (阿图什 2016): the main works done, the rest under way.
  // 阿图什市创业孵化基地完工: finished, said right after what was built.
  { re: /(?:^|(?<=项目|工程|基地|中心|厂|园|校|院|站|馆|设施))完工(?=$|[。，,；;])/g, code: 'done' },
  { re: /(?:主体|土建)(?:工程|部分|结构)?(?:已|已经|均已)?(?:全部|基本)?(?:完工|竣工|封顶)|(?:装饰|装修|施工|工程|建设)(?:工程)?(?:进度)?(?:已)?达到?[0-9]{1,2}(?:\.[0-9]+)?[%％]|正在(?!(?:加紧|满负荷|火热)?(?:生产|运营|营业))[\u4e00-\u9fa5]{0,6}?中(?=$|[。，,；;])/g, code: 'on_schedule' },
  // 等项目投入使用 (广西 2016), closing what is said of a list: in use (将/计划…投入使用 is an aim).
  // 已交付使用, 集中交付使用 (皮山 2017): handed over for use, finished.
  { re: new RegExp(`${NOT_AIMED}(?:^|(?<=项目|工程|等|均|已经|全部))投入使用(?=$|[。，,；;])|${NOT_AIMED}(?:^|(?<=已|已经|均已|全部|集中|正式|顺利))交付(?:使用|运营)(?!后|之后|以后)`, 'g'), code: 'done' },
  // 等项目前期工作取得关键性突破: the work moving, a step reached.
  { re: /取得(?:了)?(?:关键性|重大|实质性|阶段性|积极|明显)(?:进展|突破|成效)/g, code: 'on_schedule' },
  // 建设完毕, 已改造完毕: finished.
  { re: /(?:建设|施工|改造|实施|已)完毕/g, code: 'done' },
  // 已实现1个月内完成 (马关): what was achieved is the completion itself.
  { re: /已实现[^，,。；;完]{0,10}(?:完成|完工|竣工|建成)/g, code: 'done' },
  // 已于2014年11月14日前完工, 已于6月底建成: the date between 已 and the verdict.
  { re: /已于[0-9０-９一二三四五六七八九十年月日号底初中旬上下半季度]{1,16}(?:前|之前)?(?:全面|全部|顺利)?(?:完工|完成|竣工|建成|投用|投入使用|通车|办结)/g, code: 'done' },
  // 于2011年12月底动工,2012年4月底完工 (维西 2013): finished on a date, told after its start (将/计划/预计于… is an aim).
  { re: /(?<=(?:动工|开工)(?:建设)?[，,])(?:于)?[0-9０-９]{4}年[0-9０-９一二三四五六七八九十月日号底初中旬上下]{1,8}(?:全面|全部|顺利)?(?:完工|竣工|建成)(?=$|[。，,；;])/g, code: 'done' },
  // 等2个项目竣工, 等7个项目建成投用, 等项目内容均已基本完成: a finished project; 确保/计划…竣工 is an aim, 竣工验收 a step.
  // 已全面进入试运营阶段 (泰安 2021), 已经试生产 (广丰 2014), 管网已铺设完成 (2018), 已于2月底前全部安装到位 (2022),
  // …并投入使用 (普陀 2013): built and running, or the works laid or fitted in full; …影像中心建设完成, (临池 2024) closing
  // its clause.
  { re: new RegExp(`${NOT_AIMED}(?:(?:已|已经|全面|正式)+(?:进入|投入)?试(?:运营|运行|生产)|(?:已|已经|均已|全部)[^，,。；;]{0,10}?(?:铺设|安装|敷设)(?:完成|完毕|到位)(?=$|[，,。；;])|并(?:已)?投入(?:使用|运营|投用)|(?<![，,。；;、和及])(?:已|已经)?建设完成(?=$|[，,。；;]))`, 'g'), code: 'done' },
  // 才府玻璃全面达产, 创威轨道交通项目正式投产 (德惠 2019), 已投入使用,正在加紧生产中 / 产品生产正在火热进行中 (桂林经开区
  // 2023): a plant producing is a works finished; its production under way is no works under way.
  { re: new RegExp(`${NOT_AIMED}(?:全面|已|已经|正式|顺利)(?:达产|投产)|(?:产品)?生产正在[^，,。；;]{0,4}进行中|正在(?:加紧|满负荷|火热)?(?:生产|运营|营业)中?(?=$|[，,。；;])`, 'g'), code: 'done' },
  // 全年完成投资18.2亿元,完成年度的120% (琼中 2014): the year's whole done and more. Readers of corpus/ code it done (完成全年
  // 目标的101.5%, 苏州 2017; 完成年度計劃的112.5%, 福建 2021; one reader, 琼中, ahead).
  { re: /完成(?:了)?(?:年度|全年)(?:投资)?(?:计划|目标|任务)?(?:的)?(?:10[1-9]|1[1-9][0-9]|[2-9][0-9]{2})(?:\.[0-9]+)?[%％]/g, code: 'done' },
  // …建设(改造)农村电网各类线路587.8公里,完成目标任务。 (阿坝): the task's aim met, said at the end of what was done.
  { re: new RegExp(`${NOT_AIMED}(?<=^|[，,])(?:全面|圆满|已|均)?完成(?:了)?(?:年度)?目标任务(?=$|[。，,；;（(])`, 'g'), code: 'done' },
  // 等17个项目按时完成年度投资计划 (琼中 2014): the year's plan done (完成年度投资计划的80% is a share, see isPartialShare).
  // (完成年度计划100%及以上, 完成年度计划投资90%以上: a share, judged by quantitative bands against the report's date.)
  { re: new RegExp(`${NOT_AIMED}(?:按时|如期|按期|全面)?完成(?:了)?(?:年度|全年)(?:投资)?(?:计划|目标任务|任务|目标)(?!(?:投资|总额)?(?:的)?[0-9０-９])`, 'g'), code: 'done' },
  // 等技改项目完工投用, 已并网发电 (麟游 2025): finished and in use, a power project feeding the grid.
  { re: new RegExp(`${NOT_AIMED}(?:(?:建成)?竣工(?!验收|投产|时间|日期|检测|备案|结算|决算|审计)|建成投用|建成投运|建成投产|完工投(?:用|运|产)|竣工投(?:用|运|产))|${NOT_AIMED}基本完成|${NOT_AIMED}(?:已|已经|实现|顺利|全容量)+并网(?:发电)?`, 'g'), code: 'done' },
  // 等5个新项目如期开工建设 (建宁): started on the date set, on schedule.
  { re: /(?:如期|按期|按时|按计划)开工(?:建设)?/g, code: 'on_schedule' },
  // 未如期完成 (XX市 2021 半年报告): the date passed, the work not done — behind, as 未按期竣工 is.
  { re: /未(?:能)?(?:按期)?竣工|未(?:能)?按期(?:完工|建成|投产)|未(?:能)?(?:如期|按期|按时)完成/g, code: 'lagging', selfNegated: true },
  // 未完成事项14个，分别是… (驻马店 2020): the items not yet done when the report was made (a bare 未完成 cell says no more).
  // (未开工原因是土地等手续未完成, 濮阳 2016: the cause, not the verdict)
  { re: /(?<![将要需能否])(?<!(?:原因|因为|因|由于)[^，,。；;]{0,20})未完成(?=(?:的)?(?:事项|项目|任务|指标))/g, code: 'lagging', selfNegated: true },
  // 印塘圭江大桥及引道工程桥面基本完成 (北流 2016), 路基已完成: a part of the works finished, the rest under way.
  { re: /(?:桥面|路基|桩基|下部结构|上部结构|主体框架)(?:工程|施工)?(?:已|已经|均已)?(?:全部|基本)?(?:完成|完工)/g, code: 'on_schedule' },
  // 该项目24个自然村已全面施工 (高港): the works under way everywhere.
  { re: new RegExp(`${NOT_AIMED}(?:已|已经|均已|正|正在)全面施工(?=$|[。，,；;])`, 'g'), code: 'on_schedule' },
  // 目前,还无法进场施工 (宝兴 2014), 仍不能开工: the works cannot begin yet.
  { re: /(?:还|仍|尚|暂|暂时)(?:无法|不能|未能)(?:进场(?:施工)?|开工|动工)/g, code: 'stalled', selfNegated: true },
  // 生活垃圾焚烧发电厂正式运营 (海东 2024), 正式投运: open and running, finished (将于…正式运营 is an aim).
  { re: new RegExp(`${NOT_AIMED}正式(?:运营|投运|运行|营运)(?!前|后|时|之)`, 'g'), code: 'done' },
  // 力争尽早开工 (高县 2014), 争取尽快动工: a start still wished for, the works not begun. A stage: works said to go on speak over it.
  { re: /(?:力争|争取|确保)?(?:尽早|尽快|早日)(?:开工|动工|进场施工)(?:建设)?/g, code: 'stalled', stage: true },
  // 部分生产线试运行 (通辽 2022), 部分设备安装 (沛县 2011), 已开始安装变电站设备 (泰安 2021): part of it being run in or fitted,
  // the works going on.
  { re: /部分(?:生产线|设备|机组|线路)?(?:已)?(?:试运行|试生产|安装)|(?<![将拟要需划备])(?:已|已经|正|正在)开始安装/g, code: 'on_schedule' },
];

// ---- table cells and progress text --------------------------------------------
// Verdicts as progress tables print them, in a status column or inside the
// progress cell: 苍南 `57%(赤溪、灵溪偏慢)`, 嘉兴 进展状态 `按时推进`.
// Kept apart from the prose phrases above so each list stays easy to review.
const CELL_TERMS: Term[] = [
  { re: /偏慢|严重滞后/g, code: 'lagging' },
  // 序时完成 (烈山 2023, a 完成状况 cell): the quarter's share done on schedule.
  { re: /按时推进|按期推进|如期推进|(?:按)?序时完成/g, code: 'on_schedule' },
];

export const ALL_TERMS: Term[] = [...TERMS, ...CELL_TERMS];
