import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './cli.js';

/** Bundles the vault worker from the current sources into `outdir` (what `npm run build` ships in dist/main). */
export async function buildWorkerInto(outdir: string): Promise<string> {
  const build = (await import(pathToFileURL(path.join(repoRoot, 'src-main/scripts/build.mjs')).href)) as { buildVaultWorker(outdir: string): Promise<unknown> };
  await build.buildVaultWorker(outdir);
  return path.join(outdir, 'vault-worker.mjs');
}
