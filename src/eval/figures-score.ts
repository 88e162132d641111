/**
 * Scores extracted figures and city lookups against the gold of eval/public (rules in its
 * README). Pure functions over parsed data: the eval runner reads the files (gold-schemas.ts) and
 * prints what `formatFigureScore` and `formatCityLookups` return.
 *
 * Matching: an extracted figure matches a gold figure when their `raw` agree and the gold
 * `sentence` fragment occurs in the extracted sentence around the extracted span (so the two
 * 第二位 of one sentence go to their own gold entries). Each figure matches at most once.
 *
 * Metric agreement: labels are compared as multisets of characters, punctuation and brackets
 * ignored, by the Dice coefficient 2|A∩B| / (|A| + |B|). A gold label with a parenthetical
 * (技术合同成交额（与G60兄弟城市）) is compared both whole and without it, and the better score
 * counts. A label agrees when the score is at least METRIC_AGREEMENT (0.5): half its characters in
 * common with the gold label, which a label of the wrong quantity rarely reaches.
 */
import type { CityReport, Figure } from '../core/types.js';
import type { GoldCity, GoldFigure, NotFigure } from './gold-schemas.js';

export const METRIC_AGREEMENT = 0.5;

export type FigureMatch = {
  readonly gold: GoldFigure;
  readonly extracted: Figure;
  /** value, unit and approx all agree: the match counts for precision and recall. */
  readonly agrees: boolean;
  readonly metricScore: number;
  readonly metricAgrees: boolean;
  readonly entityAgrees: boolean;
};

export type FigureScore = {
  readonly extracted: number;
  readonly goldRequired: number;
  readonly matches: readonly FigureMatch[];
  /** Extractions that match no gold figure; those inside a not_figures string are listed too. */
  readonly falsePositives: readonly Figure[];
  readonly notFigureHits: readonly { readonly figure: Figure; readonly notFigure: string }[];
  /** Required gold figures no extraction matches with value, unit and approx right. */
  readonly missed: readonly GoldFigure[];
  readonly precision: number;
  readonly recall: number;
  /** Share of matched figures whose value, unit and approx agree. */
  readonly valueUnitApprox: number;
  readonly metric: number;
  readonly entity: number;
};

/** Scores the figures extracted from a whole article against its gold figures. */
export function scoreFigures(
  extracted: readonly Figure[],
  gold: readonly GoldFigure[],
  notFigures: readonly NotFigure[],
): FigureScore {
  const matches = matchFigures(extracted, gold);
  const matched = new Set(matches.map((match) => match.extracted));
  const falsePositives = extracted.filter((figure) => !matched.has(figure));
  const notFigureHits = falsePositives.flatMap((figure) => {
    const hit = notFigures.find((nf) => occurrences(figure.sentence, nf.raw).some((at) => insideOccurrence(figure.span, at, nf.raw)));
    return hit === undefined ? [] : [{ figure, notFigure: hit.raw }];
  });
  const counted = matches.filter((match) => match.agrees);
  const required = gold.filter((figure) => !figure.optional);
  const found = new Set(counted.map((match) => match.gold));
  return {
    extracted: extracted.length,
    goldRequired: required.length,
    matches,
    falsePositives,
    notFigureHits,
    missed: required.filter((figure) => !found.has(figure)),
    precision: ratio(counted.length, extracted.length),
    recall: ratio(required.filter((figure) => found.has(figure)).length, required.length),
    valueUnitApprox: ratio(counted.length, matches.length),
    metric: ratio(matches.filter((match) => match.metricAgrees).length, matches.length),
    entity: ratio(matches.filter((match) => match.entityAgrees).length, matches.length),
  };
}

/** Pairs extracted figures with gold figures (see the module comment), gold order first. */
export function matchFigures(extracted: readonly Figure[], gold: readonly GoldFigure[]): FigureMatch[] {
  const used = new Set<Figure>();
  const matches: FigureMatch[] = [];
  for (const figure of gold) {
    const candidate = extracted.find((e) => !used.has(e) && sameFigure(e, figure));
    if (candidate === undefined) continue;
    used.add(candidate);
    const metricScore = metricSimilarity(candidate.metric, figure.metric);
    matches.push({
      gold: figure,
      extracted: candidate,
      agrees: sameValue(candidate.value, figure.value) && candidate.unit === figure.unit && candidate.approx === figure.approx,
      metricScore,
      metricAgrees: metricScore >= METRIC_AGREEMENT,
      entityAgrees: candidate.entity === figure.entity,
    });
  }
  return matches;
}

/** Whether an extracted figure is the gold figure: same raw, inside the gold sentence fragment. */
export function sameFigure(extracted: Figure, gold: Pick<GoldFigure, 'raw' | 'sentence'>): boolean {
  if (fold(extracted.raw) !== fold(gold.raw)) return false;
  return occurrences(extracted.sentence, gold.sentence).some((at) => insideOccurrence(extracted.span, at, gold.sentence));
}

/** Dice coefficient of two labels' character multisets, the gold label also without its parenthetical. */
export function metricSimilarity(label: string | null, gold: string | null): number {
  if (label === null || gold === null) return label === gold ? 1 : 0;
  const variants = [gold, gold.replace(/[（(][^）)]*[）)]/gu, '')];
  return Math.max(...variants.map((variant) => dice(label, variant)));
}

function dice(a: string, b: string): number {
  const left = labelChars(a);
  const right = labelChars(b);
  if (left.length + right.length === 0) return 1;
  const pool = new Map<string, number>();
  for (const char of right) pool.set(char, (pool.get(char) ?? 0) + 1);
  let common = 0;
  for (const char of left) {
    const left_ = pool.get(char) ?? 0;
    if (left_ > 0) {
      common++;
      pool.set(char, left_ - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

function labelChars(label: string): string[] {
  return [...fold(label)].filter((char) => /[\p{L}\p{N}]/u.test(char));
}

function sameValue(a: Figure['value'], b: GoldFigure['value']): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i] ?? Number.NaN));
  return a === b;
}

function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at !== -1 && part !== ''; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}

function insideOccurrence(span: Figure['span'], at: number, part: string): boolean {
  return at <= span.start && span.end <= at + part.length;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

export type CityLookupResult = {
  readonly key: string;
  readonly exact: boolean;
  /** What is wrong, in a few words each; empty when exact. */
  readonly problems: readonly string[];
};

/**
 * Scores one city lookup: the city is recognised under every alias, its own figures hold every
 * `figures_must` figure and nothing else (no figure of another city, nothing the gold lacks), its
 * shared figures are listed as shared and not as its own, and for a city without a figure of its
 * own the note says so.
 */
export function scoreCityLookup(
  city: GoldCity,
  lookup: (name: string) => CityReport,
  gold: readonly GoldFigure[],
): CityLookupResult {
  const problems: string[] = [];
  for (const alias of [city.key, ...city.aliases]) {
    const key = lookup(alias).city?.key ?? null;
    if (key !== city.key) problems.push(`alias ${alias} → ${key ?? 'null'}`);
  }
  const report = lookup(city.key);
  const byId = new Map(gold.map((figure) => [figure.id, figure]));
  const goldOf = (figure: Figure): GoldFigure | undefined => gold.find((g) => sameFigure(figure, g));
  for (const id of city.figure_ids_must) {
    const want = byId.get(id);
    if (want !== undefined && !report.figures.some((figure) => sameFigure(figure, want))) problems.push(`missing ${id} ${want.raw}`);
  }
  for (const figure of report.figures) {
    const match = goldOf(figure);
    if (match === undefined) problems.push(`not in gold: ${figure.raw}`);
    else if (match.entity !== city.key) problems.push(`other entity's ${match.id} ${match.raw} (${match.entity ?? 'null'})`);
  }
  for (const id of city.figure_ids_shared) {
    const want = byId.get(id);
    if (want !== undefined && !report.shared.some((figure) => sameFigure(figure, want))) problems.push(`shared ${id} not listed as shared`);
  }
  if (!city.has_city_specific_figure && !saysNoFigure(report.note)) problems.push('note does not say there is no figure');
  return { key: city.key, exact: problems.length === 0, problems };
}

/** Scores every gold city's lookup. */
export function scoreCityLookups(
  cities: readonly GoldCity[],
  lookup: (name: string) => CityReport,
  gold: readonly GoldFigure[],
): CityLookupResult[] {
  return cities.map((city) => scoreCityLookup(city, lookup, gold));
}

function saysNoFigure(note: string | null): boolean {
  return note !== null && /没有|未|无|no figure|not name|does not/iu.test(note);
}

/** The figure scores as a text table, then what went wrong, one line each. */
export function formatFigureScore(score: FigureScore, title = 'figures'): string {
  const rows: [string, string][] = [
    ['extracted', String(score.extracted)],
    ['gold (required)', String(score.goldRequired)],
    ['matched', String(score.matches.length)],
    ['precision', score.precision.toFixed(3)],
    ['recall', score.recall.toFixed(3)],
    ['value/unit/approx', score.valueUnitApprox.toFixed(3)],
    [`metric (dice ≥ ${METRIC_AGREEMENT})`, score.metric.toFixed(3)],
    ['entity (exact)', score.entity.toFixed(3)],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const lines = [`${title}`, ...rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`)];
  for (const figure of score.falsePositives) {
    const hit = score.notFigureHits.find((h) => h.figure === figure);
    lines.push(`  false positive: ${figure.raw}${hit ? ` (not a figure: ${hit.notFigure})` : ''} in ${figure.sentence}`);
  }
  for (const figure of score.missed) lines.push(`  missed: ${figure.id} ${figure.raw}`);
  for (const match of score.matches) {
    const { gold, extracted } = match;
    if (!match.agrees) lines.push(`  wrong value: ${gold.id} ${gold.raw} ${JSON.stringify([extracted.value, extracted.unit, extracted.approx])} ≠ ${JSON.stringify([gold.value, gold.unit, gold.approx])}`);
    if (!match.metricAgrees) lines.push(`  metric: ${gold.id} ${extracted.metric ?? 'null'} ≠ ${gold.metric ?? 'null'} (${match.metricScore.toFixed(2)})`);
    if (!match.entityAgrees) lines.push(`  entity: ${gold.id} ${extracted.entity ?? 'null'} ≠ ${gold.entity ?? 'null'}`);
  }
  return lines.join('\n');
}

/** The city lookups as a text table: one line a city, exact or what is wrong. */
export function formatCityLookups(results: readonly CityLookupResult[], title = 'city lookups'): string {
  const exact = results.filter((result) => result.exact).length;
  return [
    `${title}: ${exact}/${results.length} exact`,
    ...results.map((result) => `  ${result.key.padEnd(4, '　')} ${result.exact ? 'exact' : result.problems.join('; ')}`),
  ].join('\n');
}
