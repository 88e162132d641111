import type { Rng } from './prng.js';

/**
 * Quantities the way Chinese news writes them, so that generated text exercises figure extraction
 * as the real article does: amounts in 亿元 and 万人, shares in %, counts with their counter word,
 * years and dates.
 */
const AMOUNT_UNITS = ['亿元', '万元', '万亿元', '亿美元', '万人', '万人次', '万吨', '平方公里'] as const;
const COUNTERS = ['家', '个', '项', '件', '台', '所', '座', '条', '名', '位'] as const;
const APPROX = ['', '', '', '约', '近', '超过'] as const;
const APPROX_AFTER = ['', '', '', '余', '多'] as const;

export function randomFigure(rng: Rng): string {
  switch (rng.int(0, 5)) {
    case 0:
      return `${rng.int(2000, 2024)}年`;
    case 1:
      return `${rng.int(1, 12)}月${rng.int(1, 28)}日`;
    case 2:
      return `${decimal(rng, 99)}%`;
    case 3:
      return `${rng.pick(APPROX)}${decimal(rng, 999)}${rng.pick(AMOUNT_UNITS)}`;
    default:
      // 约 before or 余 after a count, never both: "约38多座" is not Chinese.
      return rng.chance(0.5)
        ? `${rng.pick(APPROX)}${rng.int(2, 2000)}${rng.pick(COUNTERS)}`
        : `${rng.int(2, 2000)}${rng.pick(APPROX_AFTER)}${rng.pick(COUNTERS)}`;
  }
}

function decimal(rng: Rng, max: number): string {
  const whole = rng.int(1, max);
  return rng.chance(0.5) ? `${whole}.${rng.int(1, 99)}` : String(whole);
}
