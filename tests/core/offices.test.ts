import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize.js';
import { askedOffice } from '../../src/core/offices.js';

const english = (question: string) => askedOffice({ language: 'en', normalized: normalize(question), measure: [] });

describe('the office a question asks who holds', () => {
  it.each([
    ['a bureau', "Who heads Suzhou's medical insurance bureau?", ['局']],
    ['a mayor', 'Who is the mayor of Huzhou?', ['市长', '区长', '县长']],
    ['a vice mayor, not any mayor', 'Who is the vice mayor of Shanghai?', ['副市长']],
    ['a party secretary', "Who is Songjiang's party secretary?", ['书记']],
    ['a bureau chief, not a party chief', 'Who is the bureau chief of Suzhou?', ['局']],
    ['a commission', 'Who leads the Shanghai economic commission?', ['委']],
  ])('reads %s in English: %s', (_what, question, office) => {
    expect(english(question)).toEqual(office);
  });

  it.each([
    ['a person by name', 'Who is Cheng Xiangmin?'],
    ['a speaker', 'Who said the corridor is a model?'],
  ])('reads none in %s: %s', (_what, question) => {
    expect(english(question)).toEqual([]);
  });

  it('takes a Chinese question’s title from its measure words', () => {
    expect(askedOffice({ language: 'zh', normalized: '苏州医保局局长是谁', measure: ['局长'] })).toEqual(['局长']);
  });
});
