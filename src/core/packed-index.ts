import type { IndexHit, QueryTerm } from './search-index.js';
import { includesSorted, type TermLists } from './corpus-terms.js';
import { indexOfKey, type StringTable } from './string-table.js';

/**
 * The search index for a large corpus: minisearch's own ranking (BM25+ per field, a field's boost,
 * a term's weight, and the sum multiplied by how many query terms a passage matched), computed over
 * term lists in typed arrays instead of minisearch's map per term and per posting. On 1,000
 * generated articles minisearch took 16 s to add their passages, 3 s to restore its index at
 * every start and most of a 1.4 GB heap; these lists are built by counting, load as flat memory
 * and are walked without making an object per posting. Scores are computed in minisearch's order
 * of operations, so both indexes rank a corpus alike (tests/core/search-index.test.ts holds them to it).
 */

export type PackedField = TermLists & { readonly boost: number; readonly averageLength: number };
/** The fields' lists are over one term table, common terms' lists left empty. */
export type PackedIndexData = { readonly passages: number; readonly terms: StringTable; readonly fields: readonly PackedField[] };

// minisearch's defaults: term frequency saturation, length normalization, and the BM25+ floor.
const K = 1.2;
const B = 0.7;
const D = 0.5;

export function buildPackedIndex(
  passages: number,
  terms: StringTable,
  fields: readonly { readonly boost: number; readonly lists: TermLists }[],
): PackedIndexData {
  return { passages, terms, fields: fields.map(({ boost, lists }) => ({ ...lists, boost, averageLength: runningAverage(lists.lengths) })) };
}

/** The mean as minisearch keeps it, one document at a time, so that scores agree to the last bit. */
function runningAverage(lengths: Uint32Array): number {
  let average = 0;
  lengths.forEach((length, count) => {
    average = (average * count + length) / (count + 1);
  });
  return average;
}

export type PackedIndex = { search(terms: readonly QueryTerm[], limit: number): IndexHit[] };

export function openPackedIndex(data: PackedIndexData): PackedIndex {
  const { passages, terms: table, fields } = data;
  // Scratch space for one search at a time, reused: a stamp tells which entries this search wrote.
  const total = new Float64Array(passages);
  const quality = new Uint32Array(passages);
  const termScore = new Float64Array(passages);
  const seen = new Uint32Array(passages);
  const seenForTerm = new Uint32Array(passages);
  // The passages a search touched, in the order it first touched them, and those of one term.
  const touched = new Uint32Array(passages);
  const touchedByTerm = new Uint32Array(passages);
  let search = 0;
  let termSearch = 0;

  return {
    search(terms, limit) {
      if (limit <= 0) return [];
      if (++search === 0xffffffff) (search = 1), seen.fill(0);
      let touchedCount = 0;
      // Each term's row, looked up once: the hits' matched terms read it again.
      const rows = terms.map(({ term }) => indexOfKey(table, term));
      for (let k = 0; k < terms.length; k++) {
        if (++termSearch === 0xffffffff) (termSearch = 1), seenForTerm.fill(0);
        const index = rows[k]!;
        if (index < 0) continue;
        const { weight } = terms[k]!;
        let byTermCount = 0;
        for (const field of fields) {
          const start = field.offsets[index]!;
          const end = field.offsets[index + 1]!;
          const matching = end - start;
          const idf = Math.log(1 + (passages - matching + 0.5) / (matching + 0.5));
          for (let at = start; at < end; at++) {
            const id = field.ids[at]!;
            const count = field.counts[at]!;
            const raw = idf * (D + (count * (K + 1)) / (count + K * (1 - B + (B * field.lengths[id]!) / field.averageLength)));
            const score = weight * field.boost * raw;
            if (seenForTerm[id] === termSearch) termScore[id]! += score;
            else {
              seenForTerm[id] = termSearch;
              termScore[id] = score;
              touchedByTerm[byTermCount++] = id;
            }
          }
        }
        for (let t = 0; t < byTermCount; t++) {
          const id = touchedByTerm[t]!;
          if (seen[id] === search) {
            total[id]! += termScore[id]!;
            quality[id]!++;
          } else {
            seen[id] = search;
            total[id] = termScore[id]!;
            quality[id] = 1;
            touched[touchedCount++] = id;
          }
        }
      }
      // The best `limit`, kept as they are scored rather than sorting thousands of objects to keep
      // sixty; like minisearch's stable sort, equal scores keep the order passages were first found in.
      const best: { id: number; score: number }[] = [];
      for (let t = 0; t < touchedCount; t++) {
        const id = touched[t]!;
        const score = total[id]! * quality[id]!;
        if (best.length === limit && !(score > best[limit - 1]!.score)) continue;
        let at = best.length;
        while (at > 0 && best[at - 1]!.score < score) at--;
        best.splice(at, 0, { id, score });
        if (best.length > limit) best.pop();
      }
      return best.map(({ id, score }) => ({
        id,
        score,
        terms: terms.filter((_, k) => lists(fields, rows[k]!, id)).map(({ term }) => term),
      }));
    },
  };
}

/** Whether passage `id` is listed under the term of row `index` (-1: a term not indexed) in any field. */
function lists(fields: PackedIndexData['fields'], index: number, id: number): boolean {
  return index >= 0 && fields.some((field) => includesSorted(field.ids, field.offsets[index]!, field.offsets[index + 1]!, id));
}
