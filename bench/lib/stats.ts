/** Small statistics helpers: median, percentiles, power-law fits. */

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (rank - lo);
}

export const round = (value: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Least-squares fit of ms = a · n^b on log–log axes. */
export interface PowerFit {
  a: number;
  b: number;
}

export function fitPowerLaw(points: readonly { n: number; ms: number }[]): PowerFit | null {
  const usable = points.filter((p) => p.n > 0 && p.ms > 0);
  if (usable.length < 2) return null;
  const xs = usable.map((p) => Math.log(p.n));
  const ys = usable.map((p) => Math.log(p.ms));
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let cov = 0;
  let vx = 0;
  xs.forEach((x, i) => {
    cov += (x - mx) * ((ys[i] as number) - my);
    vx += (x - mx) ** 2;
  });
  if (vx === 0) return null;
  const b = cov / vx;
  return { a: Math.exp(my - b * mx), b };
}

export const predict = (fit: PowerFit, n: number) => fit.a * n ** fit.b;
