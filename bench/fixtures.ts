// Seeded vault pairs for the bench: the same agency twice, once encrypted (what the app ships) and once
// in plain SQLite (the baseline every ratio is taken against). Cached on disk because the 100k pair takes minutes.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityCounts } from '../src-shared/ipc/contract.js';
import { openEncrypted, openPlain, type ReadDb, type WriteDb } from '../src-main/core/db/database.js';
import { latestSchemaVersion, migrate } from '../src-main/core/db/migrate.js';
import { flushSearchIndex, optimizeSearchIndex } from '../src-main/core/services/search-index.js';
import { entityCounts } from '../src-main/core/db/repositories/overview.js';
import { generateSampleAgency } from '../src-main/core/services/sample/generator.js';
import { DEFAULT_SCRYPT, serializeKeyFile, wrapWithPassphrase } from '../src-main/core/vault/keyfile.js';
import { DB_FILE, KEY_FILE } from '../src-main/core/vault/vault.js';

/** Fixed so the generator is deterministic: the same seed and `now` give byte-for-byte the same rows. */
export const FIXTURE_NOW = new Date('2026-05-01T09:00:00.000Z');
/** Bench data only; a real vault's passphrase never appears anywhere. */
export const FIXTURE_PASSPHRASE = 'correct horse battery staple (bench)';
/** Bumped when the fixture recipe changes, so stale caches are rebuilt rather than trusted. */
const RECIPE = 3;
/**
 * Candidates per transaction while building. Not one outer transaction: since migration 0002's search
 * triggers, every insert takes a statement journal, and under an outer transaction SQLite's sub-journal
 * makes each statement's release walk an ever-growing journal (measured at 4k candidates, encrypted:
 * 14.4 s with one outer transaction and temp_store=FILE, far worse with the app's temp_store=MEMORY;
 * 8.7 s committing every 4000). The rows are identical either way; the digest check below proves it.
 */
const BUILD_CHUNK = 5000;
/** Holds a whole build chunk's dirty pages, so nothing spills to the WAL mid-transaction. */
const BUILD_CACHE_KIB = 512 * 1024;

export interface Fixture {
  scale: number;
  seed: number;
  dir: string;
  /** A complete vault folder (rapport.db + vault.key), so createCore could open it too. */
  vaultDir: string;
  encryptedPath: string;
  keyFilePath: string;
  plainPath: string;
  /** The raw 32-byte data key (hex) the app would hold after unlocking. */
  keyHex: string;
  counts: EntityCounts;
  /** Distinct (country, city) pairs, for indexed location queries. */
  places: { country: string; city: string }[];
  maxCandidateId: number;
  sizesMiB: { encrypted: number; plain: number };
  /** How the fixture came to be in this run. */
  build: {
    reused: boolean;
    encryptedMs: number;
    plainMs: number;
    totalMs: number;
    /** Set when this run migrated an older cached fixture forward rather than generating a new one. */
    upgradedFrom?: number;
    upgrades: NonNullable<Manifest['upgrades']>;
  };
}

interface Manifest {
  recipe: number;
  scale: number;
  seed: number;
  now: string;
  schemaVersion: number;
  withResumeText: boolean;
  keyHex: string;
  counts: EntityCounts;
  places: Fixture['places'];
  maxCandidateId: number;
  buildMs: { encrypted: number; plain: number };
  builtAt: string;
  /** Schema upgrades applied to a cached fixture instead of regenerating it. */
  upgrades?: { from: number; to: number; ms: number; at: string }[];
}

/** Walks up to the package root: the bench runs bundled from dist/bench but also from source. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'rapport') return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export const benchTmpDir = (): string => path.join(repoRoot(), '.tmp', 'bench');

export const keyBuffer = (fixture: Pick<Fixture, 'keyHex'>): Buffer => Buffer.from(fixture.keyHex, 'hex');

const mib = (file: string): number => {
  let bytes = 0;
  for (const suffix of ['', '-wal']) if (existsSync(file + suffix)) bytes += statSync(file + suffix).size;
  return Math.round((bytes / 1048576) * 10) / 10;
};

/** Returns the cached pair for (scale, seed, schema), building it first if it is missing or stale. */
export async function loadFixture(
  scale: number,
  seed: number,
  options: { fresh?: boolean; log?: (message: string) => void } = {},
): Promise<Fixture> {
  const log = options.log ?? (() => undefined);
  const schemaVersion = latestSchemaVersion();
  const dir = path.join(benchTmpDir(), `${scale}-${seed}-v${schemaVersion}`);
  const manifestPath = path.join(dir, 'fixture.json');
  let manifest = options.fresh ? null : readManifest(manifestPath);
  if (manifest && !matches(manifest, scale, seed, schemaVersion)) manifest = null;
  let reused = true;
  let totalMs = 0;
  let upgradedFrom: number | undefined;
  if (!manifest && !options.fresh) {
    const older = findOlder(scale, seed, schemaVersion);
    if (older) {
      const started = performance.now();
      manifest = upgrade(older.dir, older.manifest, dir, schemaVersion, log);
      totalMs = performance.now() - started;
      upgradedFrom = older.manifest.schemaVersion;
    }
  }
  if (!manifest) {
    reused = false;
    const started = performance.now();
    manifest = await build(dir, scale, seed, schemaVersion, log);
    totalMs = performance.now() - started;
  }
  const vaultDir = path.join(dir, 'vault');
  const encryptedPath = path.join(vaultDir, DB_FILE);
  const plainPath = path.join(dir, 'plain.db');
  return {
    scale,
    seed,
    dir,
    vaultDir,
    encryptedPath,
    keyFilePath: path.join(vaultDir, KEY_FILE),
    plainPath,
    keyHex: manifest.keyHex,
    counts: manifest.counts,
    places: manifest.places,
    maxCandidateId: manifest.maxCandidateId,
    sizesMiB: { encrypted: mib(encryptedPath), plain: mib(plainPath) },
    build: {
      reused,
      encryptedMs: manifest.buildMs.encrypted,
      plainMs: manifest.buildMs.plain,
      totalMs,
      ...(upgradedFrom === undefined ? {} : { upgradedFrom }),
      upgrades: manifest.upgrades ?? [],
    },
  };
}

/** The newest cached fixture for (scale, seed) at an older schema, built by the current recipe. */
function findOlder(scale: number, seed: number, schemaVersion: number): { dir: string; manifest: Manifest } | null {
  const root = benchTmpDir();
  if (!existsSync(root)) return null;
  const candidates = readdirSync(root)
    .map((name) => /^(\d+)-(\d+)-v(\d+)$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[1]) === scale && Number(m[2]) === seed && Number(m[3]) < schemaVersion)
    .map((m) => ({ dir: path.join(root, m[0]), manifest: readManifest(path.join(root, m[0], 'fixture.json')) }))
    .filter((c): c is { dir: string; manifest: Manifest } => c.manifest !== null && c.manifest.recipe === RECIPE && c.manifest.now === FIXTURE_NOW.toISOString())
    .sort((a, b) => b.manifest.schemaVersion - a.manifest.schemaVersion);
  return candidates[0] ?? null;
}

/**
 * Migrates both copies of an older fixture forward, as a user's vault would be on update: minutes cheaper
 * than regenerating 100k candidates each time a migration lands. The rows are the older generator's; use
 * --fresh when a generator change matters to a figure.
 */
function upgrade(fromDir: string, old: Manifest, dir: string, schemaVersion: number, log: (message: string) => void): Manifest {
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  renameSync(fromDir, partial);
  log(`fixture ${old.scale}: migrating the cached v${old.schemaVersion} pair to v${schemaVersion}…`);
  const started = performance.now();
  const encrypted = openEncrypted(path.join(partial, 'vault', DB_FILE), Buffer.from(old.keyHex, 'hex'));
  const plain = openPlain(path.join(partial, 'plain.db'));
  let digests: [string, string];
  try {
    for (const db of [encrypted, plain]) {
      migrate(db);
      // A migration may queue the search index for a rebuild (0009 did): the bench times searches, not that.
      // Merged into one segment, as a freshly generated fixture's index is.
      if (flushSearchIndex(db) > 0) optimizeSearchIndex(db);
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
    digests = [digest(encrypted), digest(plain)];
  } finally {
    encrypted.close();
    plain.close();
  }
  if (digests[0] !== digests[1]) throw new Error(`Fixture ${old.scale}: the copies differ after migrating to v${schemaVersion}`);
  const ms = Math.round(performance.now() - started);
  const manifest: Manifest = {
    ...old,
    schemaVersion,
    upgrades: [...(old.upgrades ?? []), { from: old.schemaVersion, to: schemaVersion, ms, at: new Date().toISOString() }],
  };
  writeFileSync(path.join(partial, 'fixture.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return manifest;
}

function readManifest(file: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

const matches = (m: Manifest, scale: number, seed: number, schemaVersion: number): boolean =>
  m.recipe === RECIPE && m.scale === scale && m.seed === seed && m.schemaVersion === schemaVersion && m.now === FIXTURE_NOW.toISOString();

/** Builds in a side folder and renames it into place: an interrupted build never looks like a cached fixture. */
async function build(dir: string, scale: number, seed: number, schemaVersion: number, log: (message: string) => void): Promise<Manifest> {
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(path.join(partial, 'vault'), { recursive: true });
  const key = randomBytes(32);

  log(`fixture ${scale}: generating the encrypted vault…`);
  const encrypted = openEncrypted(path.join(partial, 'vault', DB_FILE), key, { cacheSizeKiB: BUILD_CACHE_KIB });
  const encryptedRun = await generate(encrypted, scale, seed, (m) => log(`fixture ${scale}: encrypted ${m}`));
  const encryptedDigest = digest(encrypted);
  const counts = entityCounts(encrypted);
  const places = encrypted.prepare('SELECT DISTINCT country, city FROM candidates ORDER BY country, city').all() as Fixture['places'];
  const maxCandidateId = (encrypted.prepare('SELECT max(id) AS id FROM candidates').get() as { id: number }).id;
  encrypted.close();
  // A real vault folder: the key file wraps the data key with the passphrase (unlock cost measured from it).
  const keyFile = await wrapWithPassphrase(key, FIXTURE_PASSPHRASE, DEFAULT_SCRYPT);
  writeFileSync(path.join(partial, 'vault', KEY_FILE), serializeKeyFile(keyFile), { mode: 0o600 });

  log(`fixture ${scale}: generating the plain copy…`);
  const plain = openPlain(path.join(partial, 'plain.db'), { cacheSizeKiB: BUILD_CACHE_KIB });
  const plainRun = await generate(plain, scale, seed, (m) => log(`fixture ${scale}: plain ${m}`));
  const plainDigest = digest(plain);
  plain.close();
  // Ratios are only meaningful if both sides hold the same rows.
  if (plainDigest !== encryptedDigest) {
    throw new Error(`Fixture ${scale}: the plain and encrypted copies differ (${plainDigest} vs ${encryptedDigest}); is the generator deterministic?`);
  }

  const manifest: Manifest = {
    recipe: RECIPE,
    scale,
    seed,
    now: FIXTURE_NOW.toISOString(),
    schemaVersion,
    withResumeText: true,
    keyHex: key.toString('hex'),
    counts,
    places,
    maxCandidateId,
    buildMs: { encrypted: Math.round(encryptedRun), plain: Math.round(plainRun) },
    builtAt: new Date().toISOString(),
  };
  writeFileSync(path.join(partial, 'fixture.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return manifest;
}

/** Migrate, then the agency in BUILD_CHUNK-candidate transactions (the generator commits each chunk). */
async function generate(db: WriteDb, scale: number, seed: number, log: (message: string) => void): Promise<number> {
  migrate(db);
  const started = performance.now();
  let nextReport = 0.25;
  await generateSampleAgency(db, {
    candidates: scale,
    seed,
    now: FIXTURE_NOW,
    chunkSize: BUILD_CHUNK,
    // Search suites will read resume text; generating it now keeps one fixture for every suite.
    withResumeText: true,
    onProgress: (done, total, phase) => {
      if (phase === 'candidates' && total > 0 && done / total >= nextReport) {
        log(`${Math.round((done / total) * 100)}% of candidates (${((performance.now() - started) / 1000).toFixed(0)} s)`);
        while (done / total >= nextReport) nextReport += 0.25;
      }
    },
  });
  // Fold the WAL into the main file so each run starts from the same on-disk layout.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return performance.now() - started;
}

function digest(db: ReadDb): string {
  const row = db
    .prepare(
      `SELECT count(*) AS n, sum(length(display_name) + length(experience) + length(headline)) AS chars, max(updated_at) AS latest
       FROM candidates`,
    )
    .get();
  const activities = db.prepare('SELECT count(*) AS n, max(occurred_at) AS latest, sum(length(subject)) AS chars FROM activities').get();
  return JSON.stringify({ row, activities, counts: entityCounts(db) });
}
