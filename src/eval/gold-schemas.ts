/**
 * The gold files of eval/public (figures.json, not_figures.json, cities.json) as zod schemas, so the
 * eval runner reads them at the boundary and everything after works on checked, typed data. Fields
 * the scorers do not read are optional, so a richer private gold file still parses.
 */
import { z } from 'zod';

export const GoldFigureSchema = z.object({
  id: z.string().min(1),
  raw: z.string().min(1),
  value: z.union([z.number(), z.tuple([z.number(), z.number()]), z.string()]),
  unit: z.string().min(1),
  counter: z.string().nullable().default(null),
  approx: z.boolean(),
  metric: z.string().nullable(),
  entity: z.string().nullable(),
  /** A verbatim fragment of the sentence the figure is in, long enough to tell repeats apart. */
  sentence: z.string().min(1),
  /** Optional figures count when extracted but are not missed when not. */
  optional: z.boolean().default(false),
  note: z.string().default(''),
});
export const GoldFiguresSchema = z.array(GoldFigureSchema);

export const NotFigureSchema = z.object({
  raw: z.string().min(1),
  why: z.string().default(''),
  context: z.string().default(''),
});
export const NotFiguresSchema = z.array(NotFigureSchema);

const RelatedFigureSchema = z.object({ id: z.string(), raw: z.string(), why: z.string().default('') });

export const GoldCitySchema = z.object({
  key: z.string().min(1),
  name_zh: z.string().min(1),
  pinyin: z.string().min(1),
  english: z.string().min(1),
  province: z.string().default(''),
  aliases: z.array(z.string().min(1)),
  sub_areas: z
    .array(z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]), why: z.string().default('') }))
    .default([]),
  mentioned_by_name: z.boolean(),
  has_city_specific_figure: z.boolean(),
  figures_must: z.array(z.string()),
  figure_ids_must: z.array(z.string()),
  figures_shared: z.array(z.string()).default([]),
  figure_ids_shared: z.array(z.string()).default([]),
  figures_related_not_required: z.array(RelatedFigureSchema).default([]),
  mentions: z.array(z.string()).default([]),
  facts_without_numbers: z.array(z.string()).default([]),
  note: z.string().default(''),
});

export const GoldCitiesSchema = z.object({
  cities: z.array(GoldCitySchema).min(1),
  cities_mentioned_without_any_figure: z.array(z.string()).default([]),
  cities_without_city_specific_figure: z.array(z.string()).default([]),
  cities_not_named_at_all: z.array(z.string()).default([]),
  note: z.string().default(''),
});

export type GoldFigure = z.infer<typeof GoldFigureSchema>;
export type NotFigure = z.infer<typeof NotFigureSchema>;
export type GoldCity = z.infer<typeof GoldCitySchema>;
export type GoldCities = z.infer<typeof GoldCitiesSchema>;
