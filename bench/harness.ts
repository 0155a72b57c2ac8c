// The small toolkit every suite uses: timing with warmup, percentiles, ratios, event-loop stalls, memory.
// Misses against targets are information, never failures: nothing here throws on a slow figure.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createRandom } from '../src-main/core/services/sample/generator.js';
import type { Fixture } from './fixtures.js';

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentiles: with a few hundred samples interpolation adds nothing but false precision. */
export function stats(samples: readonly number[]): Stats {
  if (samples.length === 0) return { n: 0, p50: NaN, p95: NaN, mean: NaN, min: NaN, max: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const sum = sorted.reduce((a, b) => a + b, 0);
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), mean: sum / sorted.length, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** app ÷ baseline; NaN when there is no usable baseline. */
export const ratio = (app: number, baseline: number): number => (baseline > 0 && Number.isFinite(app) ? app / baseline : NaN);

/**
 * Warmup calls get indexes after the measured ones (iterations … iterations + warmup − 1), so an op that picks
 * its id by index never measures an id it already warmed. Size input arrays to warmup + iterations.
 */
export interface LoopOptions {
  warmup: number;
  iterations: number;
  /**
   * Stop measuring once this much time has gone (after at least `minIterations`, default 20): slow operations
   * on a busy machine then cost minutes, not hours. Stats carry `n`, so a cut-short sample is visible.
   */
  budgetMs?: number;
  minIterations?: number;
}

const overBudget = (options: LoopOptions, started: number, done: number): boolean =>
  options.budgetMs !== undefined && done >= (options.minIterations ?? 20) && performance.now() - started > options.budgetMs;

type Op = (i: number) => unknown;

/** Returned by an op that times itself, to keep its own setup or teardown (a close, say) out of the sample. */
export class SelfTimed {
  constructor(readonly ms: number) {}
}

/** Runs op and returns its sample; a synchronous op is not awaited, so no microtask turn is added to its time. */
async function timeOne(op: Op, i: number): Promise<number> {
  const started = performance.now();
  let result = op(i);
  if (result instanceof Promise) result = await result;
  return result instanceof SelfTimed ? result.ms : performance.now() - started;
}

/** Times each call on its own (performance.now has µs resolution; our calls take 10 µs and up). */
export async function measure(op: Op, options: LoopOptions): Promise<Stats> {
  for (let w = 0; w < options.warmup; w++) await timeOne(op, options.iterations + w);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < options.iterations && !overBudget(options, started, i); i++) samples.push(await timeOne(op, i));
  return stats(samples);
}

/**
 * Runs every op alternately, call by call, with the same index, rotating which goes first: on a shared
 * 2-core machine noise then hits all sides alike, which keeps ratios honest even when absolute figures wander.
 */
export async function compareMany(ops: readonly Op[], options: LoopOptions): Promise<Stats[]> {
  for (let w = 0; w < options.warmup; w++) for (const op of ops) await timeOne(op, options.iterations + w);
  const samples: number[][] = ops.map(() => []);
  const started = performance.now();
  for (let i = 0; i < options.iterations && !overBudget(options, started, i); i++) {
    for (let k = 0; k < ops.length; k++) {
      const side = (i + k) % ops.length;
      samples[side]!.push(await timeOne(ops[side]!, i));
    }
  }
  return samples.map(stats);
}

/** App against baseline, interleaved (see compareMany). */
export async function compare(app: Op, baseline: Op, options: LoopOptions): Promise<{ app: Stats; baseline: Stats }> {
  const [a, b] = await compareMany([app, baseline], options);
  return { app: a!, baseline: b! };
}

export interface LoopWatch {
  /** Longest single stall seen, the p99 and the mean timer delay, in ms. */
  stop(): { maxMs: number; p99Ms: number; meanMs: number };
}

/**
 * Event-loop stalls via perf_hooks' timer histogram. With 1 ms resolution a stall of S ms shows up as
 * a delay of about S ms, so `maxMs` is the longest time the loop could not answer anything (an IPC call,
 * a repaint message) — the figure the "never block for more than ~50 ms" rule is about.
 */
export function watchEventLoop(resolutionMs = 1): LoopWatch {
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      const ms = (ns: number): number => ns / 1e6;
      return { maxMs: ms(histogram.max), p99Ms: ms(histogram.percentile(99)), meanMs: ms(histogram.mean) };
    },
  };
}

/** The loop's delay while doing nothing for `ms`: the noise floor a stall figure should be read against. */
export async function idleLoopDelay(ms: number): Promise<ReturnType<LoopWatch['stop']>> {
  const watch = watchEventLoop();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return watch.stop();
}

export interface MemorySnapshot {
  rssMiB: number;
  heapUsedMiB: number;
  externalMiB: number;
  /** Peak resident set of the whole run so far (the OS's figure). */
  maxRssMiB: number;
}

export function memory(): MemorySnapshot {
  const m = process.memoryUsage();
  const mib = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
  return {
    rssMiB: mib(m.rss),
    heapUsedMiB: mib(m.heapUsed),
    externalMiB: mib(m.external),
    maxRssMiB: mib(process.resourceUsage().maxRSS * 1024),
  };
}

/** A target states a rule the project has set; it is checked and reported, never enforced. */
export interface Target {
  /** Which figure the rule is about. */
  on: 'app' | 'ratio';
  /** `max`: the figure must stay at or below `value`; `min`: at or above. */
  kind: 'max' | 'min';
  value: number;
  /** Where the rule comes from, shown in the JSON. */
  why: string;
}

/** `files/s`: documents handled per second; `fraction`: a share in [0, 1] such as a precision or a recall. */
export type Unit = 'ms' | 'µs' | 'rows/s' | 'files/s' | 'MiB' | 'count' | 'fraction';

export interface Metric {
  suite: string;
  /** Candidates in the data set the figure was taken on. */
  scale: number;
  name: string;
  unit: Unit;
  app: number;
  baseline?: number;
  /** app ÷ baseline. */
  ratio?: number;
  target?: Target;
  status?: 'PASS' | 'MISS';
  /** Anything a reader needs to interpret the figure: full stats, settings, counts. */
  detail?: Record<string, unknown>;
}

/** Builds one metric and judges it against its target, if any. */
export function metric(m: Omit<Metric, 'ratio' | 'status'>): Metric {
  const r = m.baseline === undefined ? undefined : ratio(m.app, m.baseline);
  const out: Metric = { ...m, ...(r === undefined ? {} : { ratio: r }) };
  if (m.target) {
    const figure = m.target.on === 'app' ? m.app : r;
    if (figure !== undefined && Number.isFinite(figure)) {
      out.status = (m.target.kind === 'max' ? figure <= m.target.value : figure >= m.target.value) ? 'PASS' : 'MISS';
    }
  }
  return out;
}

/** The usual pair of rows for a latency comparison: p50 and p95, each with its ratio. */
export function latencyMetrics(
  base: { suite: string; scale: number; name: string; target?: { p50?: Target; p95?: Target } },
  app: Stats,
  baseline?: Stats,
): Metric[] {
  return (['p50', 'p95'] as const).map((q) => {
    const target = base.target?.[q];
    return metric({
      suite: base.suite,
      scale: base.scale,
      name: `${base.name} ${q}`,
      unit: 'ms',
      app: app[q],
      ...(baseline ? { baseline: baseline[q] } : {}),
      ...(target ? { target } : {}),
      detail: { app, ...(baseline ? { baseline } : {}) },
    });
  });
}

export interface SuiteContext {
  /** Candidates at this scale (a 'per-scale' suite) or the scale a 'once' suite should use. */
  scale: number;
  seed: number;
  /** `--quick`: the run is limited to 10k; a suite with slow extras may skip them (keep core figures comparable). */
  quick: boolean;
  /** The cached pair of vaults at `scale`, built on first use (so suites that bring their own data skip it). */
  fixture(): Promise<Fixture>;
  /** A private scratch directory, removed after the suite. */
  scratchDir: string;
  log(message: string): void;
}

export interface Suite {
  /** Used by `--only`. */
  name: string;
  title: string;
  /** What the app and baseline columns mean for this suite. */
  app: string;
  baseline: string;
  /** 'per-scale': runs at every scale of the run; 'once': runs once, at the smallest scale. */
  mode: 'per-scale' | 'once';
  run(ctx: SuiteContext): Promise<Metric[]>;
}

/** Seeded integers in [min, max] so every run (and both sides of a comparison) sees the same ids and offsets. */
export function seededInts(seed: number, count: number, min: number, max: number): number[] {
  const r = createRandom(seed);
  return Array.from({ length: count }, () => r.int(min, max));
}
