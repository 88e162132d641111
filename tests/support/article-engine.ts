import { parseDocument } from '../../src/core/document.js';
import type { Engine } from '../../src/core/engine-types.js';
import { createEngine } from '../../src/core/engine-data.js';
import { loadDictionary, loadDictionaryPlaces } from '../../src/corpus/dictionary.js';
import { gazetteer } from '../core/figures/gazetteer-fixture.js';
import type { PreparedDictionary } from '../../src/core/dictionary-data.js';
import type { DictionaryPlace } from '../../src/core/places.js';

let dictionary: PreparedDictionary | undefined;
let places: readonly DictionaryPlace[] | undefined;

/**
 * The real engine (dictionary, its places and the gazetteer included) over a made-up article of a few paragraphs,
 * for behaviours the shipped article has no example of.
 */
export function articleEngine(title: string, paragraphs: readonly string[]): Engine {
  // The dictionary is the same for every article: prepared once a test file, not once an article.
  dictionary ??= loadDictionary();
  places ??= loadDictionaryPlaces();
  const text = [`---\ntitle: ${title}\ndate: 2024-10-30\n---\n${title}`, ...paragraphs.map((paragraph) => `　　${paragraph}`)].join('\n');
  const parsed = parseDocument('article', text);
  if (parsed.kind !== 'ok') throw new Error(parsed.problem);
  return createEngine({ documents: [parsed.document], gazetteer, dictionary, places });
}
