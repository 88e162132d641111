import { z } from 'zod';
import { normalize } from './normalize.js';

/** The places and bodies the corpus reports on, kept as data in corpus/cities.json. */
export const GazetteerSchema = z
  .object({
    groups: z.array(
      z
        .object({
          key: z.string().min(1),
          aliases: z.array(z.string().min(1)),
          /**
           * A region the whole corpus lies in (长三角): its figures are attributed to it, but a
           * question that names it is not narrowed to the passages that write its name, since every
           * passage is about it whether it says so or not.
           */
          region: z.boolean().default(false),
        })
        .strict(),
    ),
    cities: z.array(
      z
        .object({
          key: z.string().min(1),
          name: z.string().min(1),
          province: z.string().min(1),
          pinyin: z.string().min(1),
          english: z.string().min(1),
          aliases: z.array(z.string().min(1)).min(1),
          subAreas: z.array(
            z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)) }).strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

export type Gazetteer = z.infer<typeof GazetteerSchema>;
export type City = Gazetteer['cities'][number];
export type EntityGroup = Gazetteer['groups'][number];

// Folding runs the Traditional→Simplified converter; a build resolves thousands of names against
// the same cities, and autocomplete every keystroke.
const FOLDED = new WeakMap<City, { readonly forms: readonly string[]; readonly province: string }>();

function foldedCity(city: City): { readonly forms: readonly string[]; readonly province: string } {
  let folded = FOLDED.get(city);
  if (folded === undefined) {
    const forms = [city.key, city.name, city.pinyin, city.english, ...city.aliases];
    for (const area of city.subAreas) forms.push(area.name, ...area.aliases);
    folded = { forms: [...new Set(forms.map(foldName))], province: foldName(city.province) };
    FOLDED.set(city, folded);
  }
  return folded;
}

/** Every spelling of a city, its districts included, folded the way lookups fold user input. */
export function cityNameForms(city: City): readonly string[] {
  return foldedCity(city).forms;
}

/** Folds a place name for comparison: normalized, and without spaces or hyphens ("hu zhou"). */
export function foldName(name: string): string {
  return normalize(name).replace(/[\s\-_'’·.]/gu, '');
}

/**
 * Finds the city a user means by any of its names: 湖州, 湖州市, 浙江省湖州市, 蕪湖, Huzhou, hu zhou,
 * or one of its districts (南浔 → 湖州). Returns null for a place that is not one of them.
 */
export function resolveCity(gazetteer: Gazetteer, name: string): City | null {
  const folded = foldName(name);
  if (folded === '') return null;
  for (const city of gazetteer.cities) {
    if (cityNameForms(city).includes(folded)) return city;
  }
  // 浙江省湖州市 or 江苏苏州: a province prefix before a known form.
  for (const city of gazetteer.cities) {
    const { province } = foldedCity(city);
    const stripped = [province, province.replace(/[省市]$/u, '')]
      .filter((prefix) => folded.startsWith(prefix))
      .map((prefix) => folded.slice(prefix.length));
    if (stripped.some((rest) => rest !== '' && cityNameForms(city).includes(rest))) return city;
  }
  return null;
}
