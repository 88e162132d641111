import type { Form } from './query.js';
import { segmentWords } from './segment.js';
import type { KnownName, Vocabulary } from './vocabulary.js';

/**
 * A Chinese question cut into the words it is about: question words and phrases taken out, typed
 * homophones fixed, the cut mended where the corpus writes the words otherwise. The words of
 * `./query.ts`'s concepts and measures come from here.
 */

// Question words, particles and function words: they say what kind of answer is wanted, not what
// it is about. Matched as whole tokens after segmentation. Greetings and thanks (你好, 谢谢) too: in
// front of a question they say nothing; a message of nothing else is small talk (./validate.ts).
const CHINESE_STOPWORDS = new Set(
  `的 了 吗 呢 吧 啊 呀 么 嘛 哦 是 有 在 和 与 及 或 都 也 还 就 又 被 把 对 从 向 给 让 要 能 可以 已 已经 过 着
  请问 请 告诉 我 我们 你 你们 他 她 它 他们 她们 它们 这 那 这个 那个 这些 那些 这里 那里 这是 那是 这篇 那篇 本文 文章 稿子 这篇文章
  多少 几 几个 多少个 什么 啥 哪 哪些 哪个 哪里 哪儿 哪年 哪一年 哪天 何时 什么时候 谁 是谁 哪位 怎么 怎么样 怎样 如何 为什么 为何
  多大 一共 总共 共 一下 观点 看法 意见 态度 比作 比喻 第几 第几届 哪届 几届 第几次 几次 举措 措施 做法 办法 内容 特点 之间 之中 起来 出来 下来 上来 加起来 分别 各自 各 其 该 此 了吗 没有 有没有 是否 能否 吗 说 说了 讲 讲了 提到 介绍 一些 哪几个 几家 几项 几条 几次 多长 多久 具体
  较 名字 名称 全称 叫做 里 内 期间 呢 啥子 咋 咋样 干嘛 干什么 做了 做 搞 有啥 有什么 是什么 叫什么 多少钱 具体是 方面 情况 怎么回事 那么 还有 以及 目前 现在 到底 究竟 主要 达到 包括 包含
  你好 您好 大家好 谢谢 多谢 麻烦 哈喽 嗨`
    .split(/\s+/u)
    .filter((word) => word !== ''),
);

// Question phrases cut out before segmentation, so that their characters cannot join the words
// around them (哪一年开始 must not yield 一年).
const QUESTION_PHRASES =
  /是?谁(?:写|采写|撰写)的?|哪一年|哪一天|哪一届|哪一位|哪一个|什么时候|多长时间|多少时间|(?:是|有|要)?多少钱(?:一[张个件份次位人斤瓶])?|(?:是|有)?多少[个家项条件次届位座名倍人所台只批辆款笔张套]?|(?:是|有)?几[个家项条件次届年位座名倍成人所台只批辆款笔张套]?|多大|多长|多久|多高|多远|第几|哪年|哪天|是谁|(?:什么|哪些)(?:数据|数字)|是什么|有哪些|为什么|怎么样|怎样|如何/gu;
/**
 * The question with its question phrases cut out, each left as a space. A counter after 多少 or 几
 * that begins a word with what follows (多少人才, 几项目) stays: it is the word's, not the question's.
 */
export function withoutQuestionPhrases(text: string, vocabulary: Vocabulary): string {
  return text.replace(QUESTION_PHRASES, (phrase: string, at: number) => {
    const last = phrase.at(-1)!;
    const counts = /[多几]/u.test(phrase) && COUNTERS.includes(last) && phrase.length > 1;
    return counts && beginsWord(text, at + phrase.length - 1, vocabulary) ? ` ${last}` : ' ';
  });
}

/**
 * Whether the character at `at` begins a word of two or more characters, as the question is cut:
 * a word the dictionary or the corpus knows (人才), not two fragments the cutter joined (条河).
 */
export function beginsWord(text: string, at: number, vocabulary: Vocabulary): boolean {
  const run = /^\p{Script=Han}+/u.exec(text.slice(at))?.[0];
  const first = run === undefined || run.length < 2 ? undefined : segment(run, vocabulary)[0];
  return first !== undefined && first.length > 1 && (vocabulary.isWord(first) || vocabulary.occurrences(first) > 0);
}

/** The counters a question counts with after 几 or 多少 (几个城市, 多少家企业, 多少套). */
export const COUNTERS = '个家项条件次届年位座名倍成人元亿万所只台批辆款笔张套头亩种类单架艘份户场例列票部篇本枚颗株';

/** A question or function word, or a word made only of their characters (了吗, 是否). */
export function isQuestionWord(word: string): boolean {
  return CHINESE_STOPWORDS.has(word) || [...word].every((char) => CHINESE_STOPWORDS.has(char));
}

/**
 * Replaces a bigram the corpus lacks, and no dictionary knows, by its corpus homophone, when the
 * fix is a name the corpus uses (松将 → 松江) or joins a neighbour into a corpus string (九城是 →
 * 九城市, 科创代 → 科创贷). A fix that joins nothing would turn a correct question into another.
 */
export function correctHomophones(text: string, vocabulary: Vocabulary): string {
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i]! + chars[i + 1]!;
    if (!/^\p{Script=Han}{2}$/u.test(bigram)) continue;
    if (vocabulary.occurrences(bigram) > 0 || vocabulary.isWord(bigram)) continue;
    const fix = vocabulary.homophoneOf(bigram);
    if (fix === null) continue;
    const before = chars[i - 1] ?? '';
    const after = chars[i + 2] ?? '';
    const joinsBefore = before !== '' && vocabulary.occurrences(before + fix) > 0;
    const joinsAfter = after !== '' && vocabulary.occurrences(fix + after) > 0;
    // A character that already makes a word with its other neighbour (开始 in 开始共建) is no typo,
    // unless the fix keeps that word inside a longer corpus string (充电庄 → 充电桩).
    if (
      (before !== '' && vocabulary.isWord(before + chars[i]!) && !joinsBefore) ||
      (after !== '' && vocabulary.isWord(chars[i + 1]! + after) && !joinsAfter)
    ) {
      continue;
    }
    const isName = vocabulary.names.some((name) => name.text === fix);
    // 订仓 for 订舱: a character the corpus never writes, where the fix is a bigram it does write.
    // (Any bigram whose fix is a word would also read 通到 as 通道.)
    const unwritten = [...bigram].every((char, k) => char === fix[k] || vocabulary.occurrences(char) === 0);
    // 发形 for 发行 in a corpus that writes 形 elsewhere (形成): the typed character is next to no
    // word alone, so it makes no phrase with its neighbour as 到 does in 通到.
    const lone = vocabulary.isWord(fix) && [...bigram].every((char, k) => char === fix[k] || isRareAlone(char, vocabulary));
    if (!isName && !joinsBefore && !joinsAfter && !unwritten && !lone) continue;
    chars[i] = fix[0]!;
    chars[i + 1] = fix[1]!;
  }
  return chars.join('');
}

// Below this many times in a million words a character is rarely a word on its own (形 3.7, 庄 2.2;
// 到 2,945, 将 1,061, 代 66).
const RARE_ALONE_PER_MILLION = 10;

function isRareAlone(char: string, vocabulary: Vocabulary): boolean {
  return (vocabulary.words.frequency(char) / vocabulary.words.total) * 1e6 < RARE_ALONE_PER_MILLION;
}

/** Cuts a Han run into words, then rejoins fragments the corpus writes together (科 + 创 → 科创). */
export function segment(run: string, vocabulary: Vocabulary): string[] {
  const merged: string[] = [];
  for (const word of segmentWords(run, vocabulary.words)) {
    const last = merged.at(-1);
    // Fragments join when the corpus writes them together (进博 + 会 → 进博会); a fragment joins
    // a dictionary word only into another word (车 + 出口 stays apart though the corpus writes 汽车出口).
    const fragment = last !== undefined && (last.length === 1 || word.length === 1);
    const whole = last !== undefined && last.length > 1 ? last : word;
    if (
      last !== undefined &&
      fragment &&
      !CHINESE_STOPWORDS.has(last) &&
      !CHINESE_STOPWORDS.has(word) &&
      vocabulary.occurrences(last + word) > 0 &&
      (whole.length === 1 || !vocabulary.isWord(whole) || vocabulary.isWord(last + word))
    ) {
      merged[merged.length - 1] = last + word;
    } else {
      merged.push(word);
    }
  }
  return mendBoundaries(merged, vocabulary).flatMap((word) => splitPlacePrefix(word, vocabulary));
}

/**
 * 上海港, 南京路: a word the corpus never writes that begins with a place it does is that place's
 * thing, so the place is asked about (a passage about 芜湖港 does not answer for 上海港).
 */
function splitPlacePrefix(word: string, vocabulary: Vocabulary): string[] {
  const chars = [...word];
  if (chars.length < 3 || vocabulary.occurrences(word) > 0) return [word];
  for (let end = chars.length - 1; end >= 2; end--) {
    const head = chars.slice(0, end).join('');
    if (isPlaceName(head, vocabulary)) return [head, chars.slice(end).join('')];
  }
  return [word];
}

// Administrative suffixes of a place name that also begin an office or body (市长, 区委, 县长).
const PLACE_SUFFIX = /[市区县省]$/u;

/**
 * Moves a character across a cut the word model made in the wrong place, when the corpus says so:
 * a place's suffix belongs to the office after it (芜湖市 | 长 → 芜湖 | 市长), and a single
 * character that the corpus writes with the next word's first one takes it (整 | 车厂 → 整车 | 厂)
 * when no piece of the next word is in the corpus (新 | 高铁站 stays: the corpus has 高铁).
 */
function mendBoundaries(words: readonly string[], vocabulary: Vocabulary): string[] {
  const mended = [...words];
  for (let i = 0; i + 1 < mended.length; i++) {
    const word = mended[i]!;
    const next = mended[i + 1]!;
    if (PLACE_SUFFIX.test(word) && [...next].length === 1 && isPlaceName(word, vocabulary)) {
      const base = word.slice(0, -1);
      const office = word.slice(-1) + next;
      if (isPlaceName(base, vocabulary) && vocabulary.isWord(office)) {
        mended.splice(i, 2, base, office);
        continue;
      }
    }
    const chars = [...next];
    if (
      [...word].length === 1 &&
      chars.length >= 2 &&
      !CHINESE_STOPWORDS.has(word) &&
      corpusParts(next, vocabulary).length === 0 &&
      vocabulary.occurrences(next) === 0 &&
      vocabulary.occurrences(word + chars[0]!) > 0
    ) {
      mended.splice(i, 2, word + chars[0]!, chars.slice(1).join(''));
    }
  }
  return mended;
}

function isPlaceName(text: string, vocabulary: Vocabulary): boolean {
  return namesWritten(text, vocabulary).some((name) => name.kind === 'city' || name.kind === 'place');
}

/**
 * The places, bodies and people the corpus writes as `text`. None of them is ever what a question
 * measures (苏州 in 苏州筹集了多少套): the measure is about it.
 */
export function namesWritten(text: string, vocabulary: Vocabulary): readonly KnownName[] {
  return vocabulary.names.filter((name) => name.text === text);
}

/**
 * The longest pieces of a word the corpus lacks that the corpus has (高铁站 → 高铁), each as
 * strong as the share of the word it covers.
 */
export function corpusParts(word: string, vocabulary: Vocabulary): Form[] {
  const chars = [...word];
  for (let length = chars.length - 1; length >= 2; length--) {
    const parts: Form[] = [];
    for (let start = 0; start + length <= chars.length; start++) {
      const part = chars.slice(start, start + length).join('');
      if (vocabulary.occurrences(part) > 0) parts.push({ text: part, strength: length / chars.length });
    }
    if (parts.length > 0) return parts;
  }
  return [];
}
