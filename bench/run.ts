// `npm run bench [-- --quick] [-- --only <suite>] [-- --json FILE]`
// Seeded synthetic vaults at 10k and 100k candidates; every figure is reported against raw SQLite on the same
// data in the same run. Misses against targets are printed, never turned into a failing exit code: only a
// crash (a suite that throws, a bad argument) exits non-zero.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE_SIZE_KIB, openPlain, sqliteVersions } from '../src-main/core/db/database.js';
import { APP_VERSION } from '../src-main/core/version.js';
import { benchTmpDir, loadFixture, type Fixture } from './fixtures.js';
import { memory, type SuiteContext } from './harness.js';
import { renderReport, type SuiteRecord } from './report.js';
import { suites } from './suites/index.js';

interface Args {
  json: string | null;
  quick: boolean;
  only: string[];
  seed: number;
  fresh: boolean;
  scales: number[];
}

const USAGE = `usage: npm run bench -- [--quick] [--only <suite>[,<suite>]] [--json FILE] [--seed N] [--fresh] [--scales 10000,100000]
  --quick    10k candidates only (default: 10k and 100k)
  --only     run these suites: ${suites.map((s) => s.name).join(', ')}
  --json     also write every result, with full stats, to FILE
  --seed     data seed (default 42); fixtures are cached per scale and seed in .tmp/bench/
  --fresh    rebuild the cached fixtures
  --scales   explicit candidate counts (for development with small data)`;

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: null, quick: false, only: [], seed: 42, fresh: false, scales: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--json') args.json = path.resolve(value());
    else if (flag === '--quick') args.quick = true;
    else if (flag === '--only') args.only.push(...value().split(',').filter(Boolean));
    else if (flag === '--seed') args.seed = Number.parseInt(value(), 10);
    else if (flag === '--fresh') args.fresh = true;
    else if (flag === '--scales') args.scales = value().split(',').map((s) => Number.parseInt(s, 10));
    else if (flag === '--help' || flag === '-h') throw new UsageError('');
    else throw new UsageError(`unknown argument: ${flag}`);
  }
  if (!Number.isInteger(args.seed) || args.seed < 0) throw new UsageError('--seed must be a non-negative integer');
  if (args.scales.some((n) => !Number.isInteger(n) || n < 100)) throw new UsageError('--scales takes candidate counts of 100 or more');
  const unknown = args.only.filter((name) => !suites.some((s) => s.name === name));
  if (unknown.length > 0) throw new UsageError(`no suite named ${unknown.join(', ')}`);
  if (args.scales.length === 0) args.scales = args.quick ? [10_000] : [10_000, 100_000];
  args.scales = [...new Set(args.scales)].sort((a, b) => a - b);
  return args;
}

const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};

function describeFixture(f: Fixture): string {
  const built = `encrypted ${(f.build.encryptedMs / 1000).toFixed(1)} s, plain ${(f.build.plainMs / 1000).toFixed(1)} s`;
  const upgrades = f.build.upgrades.map((u) => `v${u.from}→v${u.to} in ${(u.ms / 1000).toFixed(1)} s`).join(', ');
  const how = !f.build.reused
    ? `generated in this run in ${(f.build.totalMs / 1000).toFixed(1)} s (${built})`
    : `reused from cache (generation took ${built}${upgrades ? `; schema migrated ${upgrades}` : ''}` +
      `${f.build.upgradedFrom !== undefined ? ', the last in this run' : ''})`;
  const c = f.counts;
  return (
    `fixture ${f.scale}: ${how}; ${c.candidates} candidates, ${c.applications} applications, ${c.activities} activities, ` +
    `${c.jobs} jobs; ${f.sizesMiB.encrypted} MiB encrypted, ${f.sizesMiB.plain} MiB plain`
  );
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`bench: ${error.message}`);
    console.error(USAGE);
    return error.message ? 2 : 0;
  }

  const startedAt = new Date();
  const probe = openPlain(':memory:');
  const versions = sqliteVersions(probe);
  probe.close();
  const machine = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    totalMemMiB: Math.round(os.totalmem() / 1048576),
    loadavgAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
  console.log(
    `Rapport ${APP_VERSION} bench · node ${machine.node} · SQLite ${versions.sqlite} · ${versions.cipher} · ` +
      `${machine.cpus} × ${machine.cpuModel} · load ${machine.loadavgAtStart.join(' ')} · seed ${args.seed} · ` +
      `scales ${args.scales.join(', ')}`,
  );

  const fixtures = new Map<number, Promise<Fixture>>();
  const fixtureFor = (scale: number): Promise<Fixture> => {
    let pending = fixtures.get(scale);
    if (!pending) {
      pending = loadFixture(scale, args.seed, { fresh: args.fresh, log }).then((f) => {
        log(describeFixture(f));
        return f;
      });
      fixtures.set(scale, pending);
    }
    return pending;
  };

  const selected = suites.filter((s) => args.only.length === 0 || args.only.includes(s.name));
  // Scale by scale, so the 10k figures arrive before the 100k fixture is built.
  const plan = [
    ...args.scales.flatMap((scale) => selected.filter((s) => s.mode === 'per-scale').map((suite) => ({ suite, scale }))),
    ...selected.filter((s) => s.mode === 'once').map((suite) => ({ suite, scale: args.scales[0]! })),
  ];

  const records: SuiteRecord[] = [];
  const settledFixtures = async (): Promise<Fixture[]> =>
    (await Promise.allSettled(fixtures.values())).flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  /** Rewritten after every suite, so a run that is killed part-way still leaves what it measured. */
  const writeJson = async (complete: boolean): Promise<void> => {
    if (!args.json) return;
    const out = {
      tool: 'rapport-bench',
      format: 1,
      complete,
      version: APP_VERSION,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      args,
      machine: { ...machine, loadavgAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100) },
      sqlite: versions,
      cacheSizeKiB: CACHE_SIZE_KIB,
      // The key is bench data; it is left out anyway so a results file never carries key material.
      fixtures: (await settledFixtures()).map(({ keyHex: _keyHex, ...f }) => f),
      suites: records,
    };
    mkdirSync(path.dirname(args.json), { recursive: true });
    writeFileSync(args.json, `${JSON.stringify(out, null, 2)}\n`);
  };

  const scratchRoot = path.join(benchTmpDir(), `scratch-${process.pid}`);
  try {
    for (const { suite, scale } of plan) {
      const scratchDir = path.join(scratchRoot, suite.name);
      mkdirSync(scratchDir, { recursive: true });
      const ctx: SuiteContext = {
        scale,
        seed: args.seed,
        quick: args.quick,
        fixture: () => fixtureFor(scale),
        scratchDir,
        log,
      };
      log(`${suite.name} @ ${scale}…`);
      const started = performance.now();
      const record: SuiteRecord = { suite: suite.name, title: suite.title, app: suite.app, baseline: suite.baseline, scale, ms: 0, memory: memory(), metrics: [] };
      try {
        record.metrics = await suite.run(ctx);
        // A 'once' suite may pick its own data size; the table shows the size the figures were taken at.
        if (record.metrics[0]) record.scale = record.metrics[0].scale;
      } catch (error) {
        record.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
        log(`${suite.name} @ ${scale} CRASHED: ${record.error}`);
      } finally {
        rmSync(scratchDir, { recursive: true, force: true });
      }
      record.ms = performance.now() - started;
      record.memory = memory();
      records.push(record);
      log(`${suite.name} @ ${scale} done in ${(record.ms / 1000).toFixed(1)} s`);
      await writeJson(false);
    }
  } finally {
    rmSync(scratchRoot, { recursive: true, force: true });
  }

  const fixtureList = await settledFixtures();
  console.log(renderReport(records));
  if (fixtureList.length > 0) {
    console.log('\nFixtures:');
    for (const f of fixtureList) console.log(`  ${describeFixture(f)}`);
  }
  if (args.json) {
    await writeJson(true);
    console.log(`\nResults written to ${args.json}`);
  }
  return records.some((r) => r.error) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
