/**
 * What was built, ending a works' name without 项目/工程: a plant, a school, a road, a bridge (郁江二桥), a dike, a power
 * station, a wharf or a ship lock, a park or a green (白荡河绿地, 常州 2015), a parking lot (公共停车场, 市北 2016), a housing estate or resettlement area (农房改善集中区, 兴东镇 2025). One list
 * for the readers that take a clause's subject as a project (named-clauses.ts) and for the counts that announce works
 * (目前共建设9处停车场，分别为…, sentences.ts).
 */
export const FACILITY_NOUN =
  '大道(?:[东西南北]?段|[一二三四五六七八九十]期)?|(?:产业|旅游|通村|通组|连接)路|公园|绿地|绿道|游园|街区|[路街](?:[东西南北]?段|[一二三四五六七八九十]期)|生产线|基地|中心|厂房|厂|幼儿园|小学|中学|学校|医院|卫生院|大桥|[一二三四五六七八九十]桥|公路|道路|油路|园区|产业园|集中区|安置区|小区|水库|水电站|电站|河堤|堤防|馆|场|站|楼|设施|码头|隧道|船闸';

/** The end of a project's or a facility's name (…项目, …工程, …产业园, …学校), with a bracket after it. */
export const WORKS_END = new RegExp(`(?:项目|工程|${FACILITY_NOUN})(?:[一二三四五六七八九十]{1,4}期)?(?:[一二三四五六七八九十]阶段)?(?:[（(][^()（）]*[)）])?$`);

/**
 * A works' length given right after its name, before the comma that opens what is said of it (永茂至聚宝公路13.8公里，
 * 已竣工通车, 洮南 2015): part of how the report names it.
 */
export const WORKS_LENGTH = '[0-9]{1,4}(?:\\.[0-9]{1,2})?(?:公里|千米)';
