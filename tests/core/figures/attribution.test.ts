import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/core/figures/extract.js';
import { gazetteer } from './gazetteer-fixture.js';

function figure(text: string, raw: string) {
  const found = extractFigures({ text, date: '2024-10-20', gazetteer }).find((f) => f.raw === raw);
  if (found === undefined) throw new Error(`no ${raw} in ${text}`);
  return found;
}

// A made-up news paragraph, not from the corpus: a quote, a list of cities, a district, a person
// named like a district (宁国 after 书记) and a paragraph without any place.
const NEWS = [
  '10月18日，第三届长三角数字经济大会在合肥开幕。今年前三季度，合肥集成电路产量达到58.6万片，同比增长近三成。',
  '“今年以来，我们的技术合同成交额达12亿元。”安徽省芜湖市委书记宁国说。',
  '上半年，苏州工业园区实现营收816亿元。',
  '其中，20余个项目已先后在嘉兴、金华落地。',
  '宣城市委书记宁国表示，全市新增企业300家。',
  '九城市已成立16个产业园区联盟。',
  '业内人士认为，区域内充电桩数量已是2020年的3倍。',
].join('\n');

describe('extractFigures: entity', () => {
  it.each([
    ['58.6万片', '合肥', 'the subject of its clause'],
    ['三成', '合肥', 'the subject of an earlier clause of the sentence'],
    ['12亿元', '芜湖', "the quoted speaker's city, though the quote says 我们"],
    ['816亿元', '苏州', 'the city of a district (苏州工业园区)'],
    ['20余个', '嘉兴、金华', 'all the cities of a list after it'],
    ['300家', '宣城', 'the office before a person named like a place (宁国)'],
    ['16个', 'G60九城市', 'the group named 九城市'],
    ['第三届', '长三角数字经济大会', 'the event an edition numbers'],
    ['10月18日', '长三角数字经济大会', 'the event the date is the day of'],
    ['3倍', null, 'no one in a paragraph that names no place'],
  ] as const)('attributes %s to %s: %s', (raw, entity, _reason) => {
    expect(figure(NEWS, raw).entity).toBe(entity);
  });

  it.each([
    ['长三角地区新能源汽车产量达到386万辆。', '386万辆', '长三角', 'the region its clause names'],
    ['高铁站明年建成，将通达80%以上的长三角主要城市。', '80%以上', null, 'not a region after 的: it qualifies a noun'],
    ['占地约860亩的宣城物流园投入使用。', '860亩', '宣城', 'a city after 的: the owner of the noun it qualifies'],
    ['第三届长三角数字经济大会在合肥开幕。', '第三届', '长三角数字经济大会', 'an event named with the region: the event'],
    ['嘉兴为4800余家企业建立了碳账户。论坛上，6家银行签署协议，将提供500亿元绿色信贷。', '500亿元', null, 'not the city of the sentence before one that opens at a meeting (论坛上)'],
    ['嘉兴为4800余家企业建立了碳账户。今年，6家银行签署协议，将提供500亿元绿色信贷。', '500亿元', '嘉兴', 'the city of the sentence before, when the paragraph goes on about it'],
  ] as const)('in %s attributes %s to %s: %s', (text, raw, entity, _reason) => {
    expect(figure(text, raw).entity).toBe(entity);
  });
});

describe('extractFigures: entity, with places beyond the gazetteer', () => {
  // As places.ts adds them for a text that writes them.
  const place = (name: string) => ({ key: name, name, province: '', pinyin: '', english: '', aliases: [], subAreas: [] });
  const withPlaces = { ...gazetteer, cities: [...gazetteer.cities, ...['上海', '浙江', '宁波', '舟山'].map(place)] };
  const entityOf = (text: string, raw: string) => extractFigures({ text, date: '2024-10-20', gazetteer: withPlaces }).find((f) => f.raw === raw)?.entity;

  it.each([
    ['上海跨境电商进出口约1960亿元。', '1960亿元', '上海', 'a place the gazetteer lacks'],
    ['松江区工业发展较快，贸易居上海第二位，重大项目投资额达到1328亿元。', '1328亿元', '松江', 'not the league of a rank (居上海)'],
    ['松江区工业发展较快，企业数上升至上海第一位，重大项目投资额达到1328亿元。', '1328亿元', '松江', 'not the league of a rank (至上海)'],
    ['杭州农产品网络零售额约412亿元，占浙江全省的四成以上。', '四成以上', '杭州', 'not the whole of a share (占浙江)'],
    ['金华新增规模较大。新增规模在浙江省排名第三。', '第三', '金华', 'not the place a rank is counted in (在浙江省排名)'],
    ['浙江宁波水产预制菜企业出口额约27亿元。', '27亿元', '宁波', 'the place, not the province before it'],
    ['物流园位于宣城。农产品经铁路直达宁波舟山港，已带动周边2300余户农户增收。', '2300余户', '宣城', 'not where goods go (直达宁波舟山港)'],
    ['在湖州，过去一个集装箱走公路运到宁波舟山港要4500元左右。', '4500元左右', '湖州', 'not where goods are carried (运到宁波舟山港)'],
    ['合肥与上海、杭州等城市共建人才飞地11个。', '11个', '合肥', 'not the partners after 与 and before 等'],
    ['在湖州，由上海企业投资建设的一家康养社区已入住上海老人近600名，入住率达到78%。', '78%', '湖州', 'not who built a thing (由) or moved in (入住)'],
  ] as const)('in %s attributes %s to %s: %s', (text, raw, entity, _reason) => {
    expect(entityOf(text, raw)).toBe(entity);
  });
});

describe('extractFigures: metric', () => {
  it.each([
    ['贸易进出口额达到3.8万亿美元。', '3.8万亿美元', '贸易进出口额'],
    ['九城市落地项目总投资达到1.29万亿元。', '1.29万亿元', '落地项目总投资'],
    ['利用外资增长54.5%。', '54.5%', '利用外资增长'],
    ['先后引进和培育了56家新型研发机构。', '56家', '新型研发机构'],
    ['已参与共建两个产业联盟、四个科技成果示范基地。', '四个', '参与共建科技成果示范基地'],
    ['规上工业产值规模居上海第二位。', '第二位', '规上工业产值规模上海排名'],
    ['成功举办第五届G60科创成果拍卖会。', '第五届', 'G60科创成果拍卖会届次'],
    ['营业收入120亿元，同比增长15%。', '15%', '营业收入同比增长'],
    ['我们与兄弟城市的技术合同成交额达33亿元。', '33亿元', '技术合同成交额'],
    ['高铁枢纽明年建成，年客流量预计达2500万人次。', '2500万人次', '高铁枢纽年客流量'],
    ['产量达到58.6万辆，产值突破2000亿元。', '2000亿元', '产值'],
    ['新能源汽车产量达到58.6万辆，产值突破2000亿元。', '2000亿元', '新能源汽车产值'],
    ['协会会长李强说，平台今年促成订单800笔，合同金额约90亿元。', '90亿元', '合同金额'],
    ['苏州从事工业软件研发的企业超过300家。', '300家', '工业软件研发企业'],
    ['嘉兴的丝绸出口额今年前三季度达到12.5亿元，同比增长8%。', '12.5亿元', '丝绸出口额'],
    ['嘉兴的丝绸出口额今年前三季度达到12.5亿元，同比增长8%。', '8%', '丝绸出口额同比增长'],
    ['本地配套率由2019年的不足40%提高到目前的65%。', '40%', '本地配套率'],
    ['本地配套率由2019年的不足40%提高到目前的65%。', '65%', '本地配套率'],
    ['本地配套率由2019年的不足40%提高到目前的65%。', '2019年', '本地配套率基期年份'],
    ['研发人员全时当量达到52万人年，比2019年增长12%。', '2019年', '研发人员全时当量基期年份'],
    ['全省累计发放测试牌照300余张。', '300余张', '发放测试牌照'],
    ['全市共办理外国人工作许可8000件。', '8000件', '办理外国人工作许可'],
    ['已有9家汽车及零部件企业在海外建厂。', '9家', '汽车及零部件企业'],
    ['已有600余名工程师参与。', '600余名', '工程师参与'],
    ['今年6月，总规模50亿元的产业基金在嘉兴设立。', '50亿元', '产业基金总规模'],
    ['今年6月，总规模50亿元的产业基金在嘉兴设立。', '今年6月', '产业基金设立日期'],
    ['2022年长三角地区人才资源总量超过900万人。', '2022年', '人才资源总量年份'],
    ['三省一市已实现职称互认的领域扩大到26个。', '26个', '职称互认领域'],
    ['截至今年9月底，全省累计建成充电桩1万个。', '今年9月底', '统计截止日期'],
    ['今年7月，占地约860亩的物流园投入使用。', '今年7月', '物流园投入使用日期'],
    ['集装箱多式联运量占港口集装箱吞吐量的比重约为8.5%。', '8.5%', '集装箱多式联运量占港口集装箱吞吐量的比重'],
    ['零部件可以在长三角4小时车程范围内配齐。', '4小时', '车程范围'],
    ['青年人才可申请最长14天的免费住宿。', '14天', '青年人才可申请最长免费住宿时间'],
    ['以前企业送检要排队半年，现在缩短到两个月左右。', '两个月左右', '企业送检排队时间'],
    ['力争3年内新增人才1000名。', '3年内', '目标期限'],
    ['发布了《长三角物流发展行动方案（2024—2027年）》。', '2024—2027年', '长三角物流发展行动方案期限'],
    ['服务中心计划明年上半年投入运行。', '明年上半年', '服务中心投入运行日期'],
    ['距离合肥约140公里的芜湖以整零协同见长。', '140公里', '合肥距离'],
    ['人才资源总量超过5200万人，占全国的四分之一左右。', '四分之一左右', '人才资源总量占全国比例'],
    ['全市规上企业已有410家，今年前三季度实现产值1850亿元。', '1850亿元', '规上企业实现产值'],
    ['充电桩68.5万个，是2021年底的2.7倍。', '2021年底', '充电桩基期'],
    ['订舱时间由过去的半天缩短到10分钟左右。', '半天', '订舱时间'],
    ['订舱时间由过去的半天缩短到10分钟左右。', '10分钟左右', '订舱时间'],
    ['损耗率由过去的20%左右降到8%。', '8%', '损耗率'],
    ['城乡居民收入比由2020年的1.61缩小到1.53。', '1.53', '城乡居民收入比'],
    ['务农人员平均年龄超过60岁。', '60岁', '务农人员平均年龄'],
    ['网络时延已降至5毫秒以内。', '5毫秒以内', '网络时延'],
  ])('labels %s as %s', (text, raw, metric) => {
    expect(figure(text, raw).metric).toBe(metric);
  });
});
