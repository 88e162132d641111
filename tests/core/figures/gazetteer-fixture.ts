import { readFileSync } from 'node:fs';
import { GazetteerSchema, type Gazetteer } from '../../../src/core/gazetteer.js';

/** The real gazetteer of corpus/cities.json: the extractor's only knowledge of names. */
export const gazetteer: Gazetteer = GazetteerSchema.parse(
  JSON.parse(readFileSync(new URL('../../../corpus/cities.json', import.meta.url), 'utf8')),
);
