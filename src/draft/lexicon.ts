/**
 * Which department a government's work of a given kind falls to, as Chinese
 * local governments divide it (三定方案). Used when no earlier plan has a
 * similar task, and beside the retrieval votes when few do. Bodies are printed
 * without their level word; the draft adds its own (市/县/区).
 */
import { fold } from '../extract/text.js';

export interface Domain {
  /** The words that name the domain in a task (the evidence printed: `lexicon: 义务教育`). */
  words: readonly string[];
  /** Usual lead bodies, most usual first. */
  lead: readonly string[];
  /** Usual co-operating bodies. */
  co?: readonly string[];
}

/** More specific domains first: a task naming 招商引资 is the 商务局's even if it also says 项目. */
export const DOMAINS: readonly Domain[] = [
  { words: ['地区生产总值', 'GDP', '经济增长'], lead: ['发展改革委', '统计局'] },
  { words: ['一般公共预算收入', '财政收入', '预算', '专项债', '财政'], lead: ['财政局'], co: ['税务局'] },
  { words: ['税收', '税务', '减税降费'], lead: ['税务局', '财政局'] },
  { words: ['固定资产投资', '重点项目', '有效投资', '中央预算内', '项目储备', '重大项目'], lead: ['发展改革委'], co: ['统计局'] },
  { words: ['居民消费价格', '物价', '价格'], lead: ['发展改革委'] },
  { words: ['出口', '跨境电商', '外经贸', '首店', '步行街'], lead: ['商务局'] },
  { words: ['社会消费品零售', '促消费', '消费', '商圈', '夜经济', '外贸', '进出口', '保税', '自贸'], lead: ['商务局'] },
  { words: ['招商引资', '招商', '利用省外资金', '外资', '投资促进'], lead: ['商务局', '投资促进局'] },
  { words: ['居民人均可支配收入', '城镇居民', '农民增收', '农村居民'], lead: ['统计局', '人力资源社会保障局', '农业农村局'] },
  { words: ['工业项目', '产业投资', '技术改造', '智能制造', '服务型制造', '工业设计', '智能工厂', '未来产业', '新质生产力'], lead: ['工业和信息化局', '经济和信息化局', '发展改革委'] },
  { words: ['轻纺', '纺织', '鞋服', '产业转型升级'], lead: ['工业和信息化局', '经济和信息化局'] },
  { words: ['规上工业', '工业增加值', '制造业', '技改', '专精特新', '工业互联网', '数字化转型', '产业集群', '新材料', '装备制造', '产业链'], lead: ['工业和信息化局', '经济和信息化局'] },
  { words: ['5G', '算力', '数字经济', '大数据', '数据资源', '一网通办', '数字政府', '智慧城市'], lead: ['数据资源局', '经济和信息化局'] },
  { words: ['产学研', '高校院所', '校地合作'], lead: ['科技局', '教育局'] },
  { words: ['技术攻关', '揭榜挂帅', '科创'], lead: ['科技局'] },
  { words: ['机构改革', '编制', '行政管理权限'], lead: ['委编办'] },
  { words: ['科技', '创新', '研发', '高新技术企业', '科技型中小企业', '成果转化', '技术合同'], lead: ['科技局'] },
  { words: ['人才', '引才', '高校毕业生'], lead: ['委组织部', '人力资源社会保障局'] },
  { words: ['就业', '创业', '社保', '社会保险', '养老保险', '技能培训', '欠薪', '劳动'], lead: ['人力资源社会保障局'] },
  { words: ['义务教育', '学前教育', '幼儿园', '中小学', '学位', '高中', '教育', '职业教育', '学校', '双减'], lead: ['教育局'] },
  { words: ['医保', '医疗保障', '医保基金', '集采'], lead: ['医疗保障局'] },
  { words: ['医院', '医疗', '卫生', '健康', '疾病', '疫情', '托育', '生育', '公共卫生', '中医药'], lead: ['卫生健康委'] },
  { words: ['城乡社区', '社区服务', '村(居)'], lead: ['民政局'] },
  { words: ['养老', '社会救助', '低保', '殡葬', '儿童福利', '残疾人', '社区治理', '婚姻'], lead: ['民政局'] },
  { words: ['退役军人', '双拥', '优抚'], lead: ['退役军人事务局'] },
  { words: ['全民健身', '运动会', '体育'], lead: ['体育局', '文化和旅游局'] },
  { words: ['文化', '旅游', '文旅', '景区', '博物馆', '文物', '非遗', '文艺', '考古'], lead: ['文化和旅游局'] },
  { words: ['文明城市', '文明创建', '志愿服务', '道德'], lead: ['文明办'] },
  { words: ['宣传', '意识形态', '舆论'], lead: ['委宣传部'] },
  { words: ['粮食', '耕地保护', '高标准农田', '农业', '乡村振兴', '农村', '种业', '农产品', '畜牧', '肉牛', '和美乡村', '农民'], lead: ['农业农村局'] },
  { words: ['森林', '湿地'], lead: ['林业局'] },
  { words: ['采煤沉陷区', '矿山修复'], lead: ['自然资源和规划局'] },
  { words: ['林业', '造林', '林长制', '绿化'], lead: ['林业局'] },
  { words: ['行蓄洪区', '地表水厂', '水厂', '蓄滞洪'], lead: ['水利局'] },
  { words: ['河湖', '幸福河'], lead: ['水利局', '水务局'] },
  { words: ['水利', '防汛', '河长制', '水库', '灌区', '供水', '水资源', '河道'], lead: ['水利局'] },
  { words: ['生物多样性', '无废城市'], lead: ['生态环境局'] },
  { words: ['生态环境', '污染防治', '大气', '空气质量', 'PM2.5', '水质', '环保', '碳排放', '土壤', '秸秆'], lead: ['生态环境局'] },
  { words: ['节能', '能耗', '碳达峰', '新能源', '光伏', '储能', '电力', '能源'], lead: ['发展改革委'] },
  { words: ['国土空间', '规划', '土地', '用地', '不动产', '矿产', '自然资源'], lead: ['自然资源和规划局'] },
  { words: ['重点工程', '小城镇', '保交楼', '回迁安置', '安置房'], lead: ['住房城乡建设局'] },
  { words: ['城建', '地铁', '道路', '路网'], lead: ['住房城乡建设局'] },
  { words: ['住房', '保障房', '棚户区', '老旧小区', '城市更新', '房地产', '物业', '建筑业', '海绵城市', '燃气', '管网'], lead: ['住房城乡建设局'] },
  { words: ['城市管理', '市容', '环卫', '垃圾分类', '停车', '园林'], lead: ['城市管理局'] },
  { words: ['交通', '公路', '高速', '铁路', '航道', '港口', '公交', '农村公路', '机场', '物流'], lead: ['交通运输局'] },
  { words: ['食品药品', '特种设备'], lead: ['市场监督管理局'] },
  { words: ['市场监管', '食品安全', '药品安全', '质量', '标准化', '知识产权', '经营主体', '市场主体', '个体工商户'], lead: ['市场监督管理局'] },
  { words: ['火灾', '消防安全'], lead: ['消防救援支队', '应急管理局'] },
  { words: ['安全生产', '应急', '防灾减灾', '消防', '森林防火', '自然灾害'], lead: ['应急管理局'] },
  { words: ['改革试点', '改革试验', '政府和社会资本合作', 'PPP', '民生实事'], lead: ['发展改革委'] },
  { words: ['政策兑现', '免申即享', '即申即享'], lead: ['发展改革委', '数据资源局'] },
  { words: ['债务风险', '地方债务', '隐性债务', '化解重大风险'], lead: ['财政局'] },
  { words: ['菜篮子', '稳价保供'], lead: ['商务局', '发展改革委'] },
  { words: ['社会信用', '信用体系'], lead: ['发展改革委'] },
  { words: ['市场准入', '行政许可'], lead: ['市场监督管理局', '政务服务管理局'] },
  { words: ['营商环境', '放管服', '政务服务', '一件事', '审批', '12345'], lead: ['政务服务管理局', '发展改革委'] },
  { words: ['金融', '贷款', '上市', '融资担保', '资本市场', '普惠金融'], lead: ['地方金融监督管理局'] },
  { words: ['国有企业', '国企', '国资'], lead: ['国有资产监督管理委员会'] },
  { words: ['民营经济', '民营企业', '中小企业', '惠企', '企业家'], lead: ['经济和信息化局', '发展改革委'] },
  { words: ['开发区', '园区', '经开区', '高新区'], lead: ['商务局', '科技局'] },
  { words: ['长三角', '区域合作', '一体化', '对口合作'], lead: ['发展改革委'] },
  { words: ['信访', '矛盾纠纷'], lead: ['信访局', '委政法委'] },
  { words: ['平安', '扫黑除恶', '治安', '电信网络诈骗', '社会治理'], lead: ['公安局', '委政法委'] },
  { words: ['法治', '行政执法', '法律援助', '普法', '依法行政', '合法性审查'], lead: ['司法局'] },
  { words: ['审计'], lead: ['审计局'] },
  { words: ['统计', '普查'], lead: ['统计局'] },
  { words: ['人口', '户籍'], lead: ['公安局'] },
  { words: ['民族', '宗教'], lead: ['民族宗教事务局'] },
  { words: ['妇女', '儿童'], lead: ['妇联'] },
  { words: ['供销'], lead: ['供销合作社'] },
  { words: ['粮食储备', '物资储备'], lead: ['粮食和物资储备局'] },
  { words: ['政务公开', '督查', '政府自身建设', '机关'], lead: ['政府办公室'] },
  { words: ['廉政', '作风', '形式主义'], lead: ['政府办公室'] },
];

export interface LexiconHit {
  domain: Domain;
  word: string;
  /** The earlier in the task text the word stands, the more it names the task's subject. */
  at: number;
}

/** Every domain whose word occurs in the task, first occurrence first. */
export function lexiconHits(original: string): LexiconHit[] {
  // 義務教育 names the same domain as 义务教育.
  const text = fold(original);
  const hits: LexiconHit[] = [];
  for (const domain of DOMAINS) {
    let best: LexiconHit | null = null;
    for (const word of domain.words) {
      const at = text.indexOf(word);
      if (at >= 0 && (!best || at < best.at)) best = { domain, word, at };
    }
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => a.at - b.at || DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain));
}
