/** Small, exact statistics over plain numbers (no interpolation surprises: documented below). */

export interface Summary {
  count: number;
  mean: number | null;
  median: number | null;
  /** Nearest-rank 90th percentile. */
  p90: number | null;
  min: number | null;
  max: number | null;
}

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : sum(values) / values.length);

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (q in 0..1): the smallest value with at least q of the values at or below it. */
export function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { count: 0, mean: null, median: null, p90: null, min: null, max: null };
  return {
    count: values.length,
    mean: mean(values),
    median: median(values),
    p90: percentile(values, 0.9),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** a ÷ b, or null when there is nothing to divide by. */
export const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export interface HistogramBin {
  /** Inclusive lower edge. */
  min: number;
  /** Exclusive upper edge; null for the open last bin. */
  max: number | null;
  label: string;
  count: number;
}

/** Counts values into bins [edge_i, edge_i+1); the last bin is open-ended (≥ last edge). */
export function histogram(values: readonly number[], edges: readonly number[], unit = 'd'): HistogramBin[] {
  const bins: HistogramBin[] = edges.map((min, i) => {
    const max = i + 1 < edges.length ? edges[i + 1]! : null;
    return { min, max, label: max === null ? `${min}+ ${unit}` : `${min}–${max - 1} ${unit}`, count: 0 };
  });
  for (const v of values) {
    for (let i = bins.length - 1; i >= 0; i--) {
      if (v >= bins[i]!.min) {
        bins[i]!.count++;
        break;
      }
    }
  }
  return bins;
}

/** Time-to-fill distribution edges in days: weekly to eight weeks, then 60 and 90. */
export const TIME_TO_FILL_EDGES = [0, 7, 14, 21, 28, 35, 42, 49, 56, 60, 90] as const;

/** Which bin of `histogram(…, edges)` a value falls in (values below the first edge fall in none: -1). */
export function binOf(value: number, edges: readonly number[]): number {
  for (let i = edges.length - 1; i >= 0; i--) if (value >= edges[i]!) return i;
  return -1;
}
