import { randomFigure } from './figures.js';
import type { Rng } from './prng.js';
import { sampleWord, type Vocabulary } from './vocabulary.js';

/** What an article is made of: the vocabulary to draw words from and the places to name. */
export type ArticleSources = {
  readonly vocabulary: Vocabulary;
  readonly places: readonly string[];
};

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文斌慧晨宇鹏雪琳'];
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3_650;
const DAY_MS = 86_400_000;

/**
 * One news article: front matter (title, author, date) in the format src/core/document.ts reads,
 * then the title line, paragraphs of 100–300 characters indented with ideographic spaces, a few
 * section headings, and a byline; about 3,000 characters in all.
 */
export function writeArticle(sources: ArticleSources, rng: Rng): string {
  const title = `${rng.pick(sources.places)}${phrase(sources, rng, rng.int(3, 5))}`;
  const author = `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}${rng.chance(0.6) ? rng.pick(GIVEN) : ''}`;
  const date = new Date(FIRST_DAY + rng.int(0, DAYS) * DAY_MS).toISOString().slice(0, 10);
  const lines = [title];
  const target = rng.int(2_700, 3_300);
  let length = 0;
  while (length < target) {
    if (lines.length > 3 && rng.chance(0.15)) lines.push(`　　${phrase(sources, rng, rng.int(3, 5))}`);
    const paragraph = writeParagraph(sources, rng);
    lines.push(`　　${paragraph}`);
    length += paragraph.length;
  }
  lines.push(`　　本报记者${author}采写`);
  return `---\ntitle: ${title}\nauthor: ${author}\ndate: ${date}\n---\n\n${lines.join('\n')}\n`;
}

function writeParagraph(sources: ArticleSources, rng: Rng): string {
  const target = rng.int(100, 300);
  const sentences: string[] = [];
  let length = 0;
  while (length < target) {
    const sentence = writeSentence(sources, rng);
    sentences.push(sentence);
    length += sentence.length;
  }
  const last = sentences.at(-1)?.length ?? 0;
  if (length > 300 && sentences.length > 1 && length - last >= 100) sentences.pop();
  return sentences.join('');
}

/** 15–40 words, figures and place names among them, in clauses split by commas. */
function writeSentence(sources: ArticleSources, rng: Rng): string {
  const count = rng.int(15, 40);
  let text = '';
  let clause = rng.int(4, 12);
  for (let i = 0; i < count; i++) {
    if (i > 0 && --clause === 0) {
      text += '，';
      clause = rng.int(4, 12);
    } else if (i > 0 && rng.chance(0.02)) {
      text += '、';
    }
    text += nextToken(sources, rng);
  }
  const end = rng.next();
  const sentence = `${text}${end < 0.9 ? '。' : end < 0.95 ? '！' : '？'}`;
  return rng.chance(0.05) ? `“${sentence}”` : sentence;
}

function nextToken(sources: ArticleSources, rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.035) return randomFigure(rng);
  if (roll < 0.06) return rng.pick(sources.places);
  return sampleWord(sources.vocabulary, rng);
}

function phrase(sources: ArticleSources, rng: Rng, words: number): string {
  return Array.from({ length: words }, () => sampleWord(sources.vocabulary, rng)).join('');
}
