import { describe, expect, it } from 'vitest';
import { buildEnglishLexicon, englishFromData, englishToData, englishWords, isPastForm, prepareEnglish, sameWord, stem, translateEnglish, type JoinFinder } from '../../src/core/english.js';
import { parseCedict } from '../../src/core/lexicon.js';

const CEDICT = [
  '新能源 新能源 [xin1 neng2 yuan2] /new energy/',
  '車 车 [che1] /car/vehicle/CL:輛|辆[liang4]/',
  '裝車 装车 [zhuang1 che1] /to load a vehicle/',
  '產量 产量 [chan3 liang4] /output/yield/',
  '上海 上海 [shang4 hai3] /Shanghai/',
  '港 港 [gang3] /harbor/port/',
  '接口 接口 [jie1 kou3] /interface/port/',
  '白皮書 白皮书 [bai2 pi2 shu1] /white paper (e.g. government report)/',
  '設立 设立 [she4 li4] /to set up/to establish/',
  '也 也 [ye3] /also/too/as well/',
  '市長 市长 [shi4 zhang3] /mayor/',
  '企業 企业 [qi3 ye4] /enterprise/company/',
].join('\n');
const lexicon = buildEnglishLexicon(parseCedict(CEDICT), () => true);

// A corpus that writes 新能源汽车, 新能源汽车产量 and 上海港, and nothing else together.
const CORPUS = ['新能源汽车产量', '上海港'];
const join: JoinFinder = (left, right) => {
  const pattern = new RegExp(`${left}\\p{Script=Han}{0,2}?${right}`, 'u');
  return CORPUS.flatMap((text) => pattern.exec(text)?.[0] ?? []);
};

const renderings = (question: string, finder?: JoinFinder, using = lexicon) =>
  Object.fromEntries(translateEnglish(question, using, finder).translations.map(({ source, forms }) => [source, forms.map((form) => form.text)]));

describe('translating English word by word', () => {
  it('renders each word by its dictionary senses without a corpus to join them', () => {
    expect(renderings('Shanghai port')).toEqual({ shanghai: ['上海'], port: ['接口'] });
  });

  it.each([
    ['a lone character the word rendering hid', 'Shanghai port', { shanghai: ['上海港', '上海'], port: ['上海港', '接口'] }],
    ['a phrase and a word, with a gap the corpus fills', 'new energy vehicle', { 'new energy': ['新能源汽车', '新能源'], vehicle: ['新能源汽车', '车', '装车'] }],
    [
      'a compound that grows from the one before',
      'new energy vehicle output',
      { 'new energy': ['新能源汽车', '新能源'], vehicle: ['新能源汽车产量', '新能源汽车', '车', '装车'], output: ['新能源汽车产量', '产量'] },
    ],
  ])('gives neighbours the corpus compound first: %s', (_what, question, expected) => {
    expect(renderings(question, join)).toEqual(expected);
  });

  it.each([
    ['a phrase ending in a word that alone says nothing', 'the white paper', { 'white paper': ['白皮书'] }],
    ['a verb with its particle', 'Where was it set up?', { 'set up': ['设立'] }],
    ['no phrase that begins with such a word', 'as well', { well: ['也'] }],
  ])('reads %s', (_what, question, expected) => {
    expect(renderings(question)).toEqual(expected);
  });

  it('does not join words a stopword keeps apart', () => {
    expect(renderings('output of vehicle', join)).toEqual({ output: ['产量'], vehicle: ['车', '装车'] });
  });
});

describe('preparing an English question', () => {
  it.each([
    ['How many test licences were issued?', 'How many test licenses were issued?'],
    ['the export service centre', 'the export service center'],
    ['kilometres of test roads', 'kilometers of test roads'],
    ['the harbour', 'the harbor'],
    ['utilise the programme', 'utilize the program'],
    ['rural revitalisation and mechanised farming', 'rural revitalization and mechanized farming'],
    ['our tour of four cities', 'our tour of four cities'],
  ])('spells %j the dictionary’s way', (question, prepared) => {
    expect(prepareEnglish(question)).toBe(prepared);
  });

  it.each([
    ['What did he say about the expo?', 'What did he say about the exposition?'],
    ['Where is the CIIE held?', 'Where is the china international import expo held?'],
    ["Wuhu's tech contract deals", "Wuhu's technology contract deals"],
    ['hi-tech firms', 'high tech firms'],
    ['high-tech firms', 'high-tech firms'],
    ['sci-tech innovation', 'science and technology innovation'],
  ])('expands the clipping in %j', (question, prepared) => {
    expect(prepareEnglish(question)).toBe(prepared);
  });

  it.each([
    ['cards used across provinces', 'cards used cross-province'],
    ['trade across borders', 'trade cross-border'],
    ['travel across cities', 'travel cross-city'],
    ['schools across the city', 'schools across the city'],
    ['farms across the region', 'farms across the region'],
  ])('reads crossing in %j as cross- (跨), but not throughout one place', (question, prepared) => {
    expect(prepareEnglish(question)).toBe(prepared);
  });
});

describe('reading English words', () => {
  it.each([
    ["Wuhu's technology contracts", ['wuhu', 'technology', 'contracts']],
    ['Hangzhou’s graduates', ['hangzhou', 'graduates']],
    ['high-tech firms', ['high-tech', 'firms']],
  ])('reads %j as %j', (text, words) => {
    expect(englishWords(text)).toEqual(words);
  });

  it.each([
    ['a typo one letter off a word with renderings', 'the mayer', { mayer: ['市长'] }],
    ['a letter dropped from a plural', 'enterprses', { enterprses: ['企业'] }],
    ['no guess under five letters', 'the mayr', {}],
  ])('renders %s by the word it is one typo from', (_what, question, expected) => {
    expect(renderings(question)).toEqual(expected);
  });

  it.each([
    ['an adverb by its adjective', 'directly', { directly: ['直接'] }],
    ['a noun in -ment by its verb', 'settlement', { settlement: ['奠定', '结算'] }],
  ])('renders %s when the word itself has no rendering', (_what, question, expected) => {
    const entries = parseCedict(['直接 直接 [zhi2 jie1] /direct/', '奠定 奠定 [dian4 ding4] /to establish/to settle/', '結算 结算 [jie2 suan4] /to settle a bill/'].join('\n'));
    expect(renderings(question, undefined, buildEnglishLexicon(entries, () => true))).toEqual(expected);
  });

  it('renders an adverb by its adjective too when the adverb has only a phrase of its own (直通: "to go directly to")', () => {
    const entries = parseCedict(['直接 直接 [zhi2 jie1] /direct/', '直通 直通 [zhi2 tong1] /to go directly to/'].join('\n'));
    expect(renderings('directly', undefined, buildEnglishLexicon(entries, () => true))).toEqual({ directly: ['直接', '直通'] });
  });

  it.each([
    ['a plural the stemmer parts from its singular', 'buses', { buses: ['公共汽车'] }],
    ['a plural noun in -ment', 'settlements', { settlements: ['结算'] }],
  ])('renders %s by its base word', (_what, question, expected) => {
    const entries = parseCedict(['公共汽車 公共汽车 [gong1 gong4 qi4 che1] /bus/', '結算 结算 [jie2 suan4] /to settle/'].join('\n'));
    expect(renderings(question, undefined, buildEnglishLexicon(entries, () => true))).toEqual(expected);
  });

  it.each([
    ['the first character of a rendering', 'cross-province settlement', ['跨省']],
    ['a whole rendering', 'cross-regional cooperation', ['跨区域']],
    ['nothing the corpus does not write', 'cross-border trade', []],
  ])('renders cross- as 跨 before %s', (_what, question, expected) => {
    const entries = parseCedict(['省份 省份 [sheng3 fen4] /province/', '區域 区域 [qu1 yu4] /region/', '邊境 边境 [bian1 jing4] /border/'].join('\n'));
    const texts = ['跨省结算', '跨区域合作'];
    const crossing: JoinFinder = (left, right) => texts.flatMap((text) => new RegExp(`${left}\\p{Script=Han}{0,2}?${right}`, 'u').exec(text)?.[0] ?? []);
    const [source] = question.split(' ');
    expect(renderings(question, crossing, buildEnglishLexicon(entries, () => true))[source!] ?? []).toEqual(expected);
  });

  it('keeps a word of a two-word sense beside a later one-word sense of another entry (settle: 奠定 and 结算)', () => {
    const entries = parseCedict(['奠定 奠定 [dian4 ding4] /to establish/to settle/', '結算 结算 [jie2 suan4] /to settle a bill/'].join('\n'));
    expect(renderings('settled', undefined, buildEnglishLexicon(entries, () => true))).toEqual({ settled: ['奠定', '结算'] });
  });

  it('takes no word the dictionary knows for a typo, even one the corpus cannot render (robots is not roots)', () => {
    const entries = parseCedict(['機器人 机器人 [ji1 qi4 ren2] /robot/', '根 根 [gen1] /root/'].join('\n'));
    const withoutRobots = buildEnglishLexicon(entries, (word) => word !== '机器人');
    expect(translateEnglish('robots', withoutRobots)).toEqual({ translations: [], unmatched: ['robots'] });
  });
});

describe('sameWord', () => {
  it.each([
    ['cities', 'city', true],
    ['produced', 'produce', true],
    ['planned', 'plan', true],
    ['held', 'hold', true],
    ['inspection', 'inspect', true],
    ['investment', 'invest', true],
    ['conference', 'confer', false],
    ['international', 'internal', false],
    ['attended', 'attendants', false],
    // A word that is also a property of every object is still only a word.
    ['constructor', 'constructors', true],
  ])('reads %s and %s as one word: %s', (a, b, same) => {
    expect(sameWord(a, b)).toBe(same);
  });

  it.each([
    ['vice mayor', '副市长'],
    ['deputy mayor', '副市长'],
    ['assistant mayor', '副市长'],
  ])('reads the title %j as the dictionary’s deputy mayor', (question, text) => {
    const entries = parseCedict('副市長 副市长 [fu4 shi4 zhang3] /deputy mayor/');
    const forms = translateEnglish(question, buildEnglishLexicon(entries, () => true)).translations[0]!.forms;
    expect(forms.map((form) => form.text)).toEqual([text]);
  });

  it('links the head of a short sense more strongly than its modifier (computer chip: chip 0.6, computer 0.42)', () => {
    const entries = parseCedict('芯片 芯片 [xin1 pian4] /computer chip; microchip/');
    const strength = (word: string) => translateEnglish(word, buildEnglishLexicon(entries, () => true)).translations[0]?.forms[0]?.strength;
    expect(strength('chip')).toBeCloseTo(0.6);
    expect(strength('computer')).toBeCloseTo(0.6 / Math.SQRT2);
  });

  it('ranks a sense that writes the word itself above one that shares only its stem (conference: 会议 before 会商)', () => {
    const entries = parseCedict(['會商 会商 [hui4 shang1] /to confer/to hold a conference/', '會議 会议 [hui4 yi4] /meeting/conference/'].join('\n'));
    const forms = translateEnglish('conference', buildEnglishLexicon(entries, () => true)).translations[0]!.forms;
    expect(forms.map((form) => form.text)).toEqual(['会议', '会商']);
  });
});

describe('englishToData', () => {
  it('gives back, through englishFromData, a lexicon that translates as the one it was given', () => {
    const entries = parseCedict(['會商 会商 [hui4 shang1] /to confer/to hold a conference/', '會議 会议 [hui4 yi4] /meeting/conference/', CEDICT].join('\n'));
    const built = buildEnglishLexicon(entries, () => true);
    const restored = englishFromData(englishToData(built));
    for (const question of ['conference', 'Shanghai port', 'the mayor', 'white paper', 'enterprses']) {
      expect(translateEnglish(question, restored)).toEqual(translateEnglish(question, built));
    }
  });
});

describe('isPastForm', () => {
  it.each([
    ['attended', true],
    ['held', true],
    ['signed', true],
    ['people', false],
    ['speed', false],
    ['red', false],
  ])('reads %s as a past form: %s', (word, past) => {
    expect(isPastForm(word)).toBe(past);
  });
});

describe('stem', () => {
  it.each([
    ['held', 'hold'],
    ['spoke', 'speak'],
    ['paid', 'pay'],
    ['grew', 'grow'],
    ['enterprises', 'enterprise'],
  ])('gives %s the stem of %s', (form, base) => {
    expect(stem(form)).toBe(stem(base));
  });
});
