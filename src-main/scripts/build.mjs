// Builds the main-side bundles (esbuild) and the renderer (vite).
//   node src-main/scripts/build.mjs            everything
//   node src-main/scripts/build.mjs --main     main side only (fast; the CLI launcher uses this)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  define: { __RAPPORT_VERSION__: JSON.stringify(pkg.version) },
};

export async function buildMain() {
  await Promise.all([
    build({
      ...common,
      entryPoints: { cli: 'src-main/cli/main.ts' },
      outdir: 'dist/main',
      outExtension: { '.js': '.mjs' },
      format: 'esm',
      packages: 'external',
    }),
    build({
      ...common,
      entryPoints: { run: 'bench/run.ts' },
      outdir: 'dist/bench',
      outExtension: { '.js': '.mjs' },
      format: 'esm',
      packages: 'external',
    }),
    build({
      ...common,
      entryPoints: { 'electron-main': 'src-main/hosts/electron/main.ts' },
      outdir: 'dist/main',
      outExtension: { '.js': '.cjs' },
      format: 'cjs',
      packages: 'external',
    }),
    buildVaultWorker('dist/main'),
    // A sandboxed preload can require only 'electron': bundle everything else in.
    build({
      ...common,
      entryPoints: { preload: 'src-main/hosts/electron/preload.ts' },
      outdir: 'dist/main',
      outExtension: { '.js': '.cjs' },
      format: 'cjs',
      external: ['electron'],
    }),
  ]);
}

/**
 * The vault worker (bulk jobs on their own thread and connection). Self-contained but for the native SQLite
 * module: the packaged app loads it from app.asar.unpacked, where only that module's folder is unpacked.
 */
export function buildVaultWorker(outdir) {
  return build({
    ...common,
    entryPoints: { 'vault-worker': 'src-main/core/jobs/vault-worker.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    external: ['better-sqlite3-multiple-ciphers'],
    // Bundled CommonJS dependencies may call require() for Node built-ins.
    banner: { js: "import { createRequire as __rapportRequire } from 'node:module'; const require = __rapportRequire(import.meta.url);" },
  });
}

export async function buildRenderer() {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const mainOnly = process.argv.includes('--main');
  const started = Date.now();
  await buildMain();
  if (!mainOnly) await buildRenderer();
  console.log(`Built ${mainOnly ? 'main side' : 'main side and renderer'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
