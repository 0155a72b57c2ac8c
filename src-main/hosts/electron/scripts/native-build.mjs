// @ts-check
// Builds better-sqlite3-multiple-ciphers for Electron's ABI into native/electron/<platform>-<arch>/.
//
// Why out of tree: node_modules keeps its Node build (tests, CLI, browser host); rebuilding it in place for
// Electron (electron-rebuild, install-app-deps, electron-builder's npmRebuild) would break those until
// rebuilt back. The desktop app loads this copy through better-sqlite3's `nativeBinding` option (native.ts).
//
//   node src-main/hosts/electron/scripts/native-build.mjs [--arch x64|arm64|ia32|armv7l]
//
// electron-builder also runs it as its beforePack hook (electron-builder.yml), once per target arch.
// Needs: internet (Electron headers), Python 3 and a C++ toolchain (Xcode CLT / MSVC Build Tools / g++ make).
// Native modules cannot be cross-compiled: build each OS's app on that OS.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MODULE = 'better-sqlite3-multiple-ciphers';
const BINARY = 'better_sqlite3.node';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
/** electron-builder's Arch enum, by value. */
const BUILDER_ARCHES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** @param {string} file */
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** electron-builder (and our folder names) call 32-bit ARM `armv7l`; Node calls it `arm`. */
const hostArch = () => (process.arch === 'arm' ? 'armv7l' : process.arch);

/**
 * @param {{ projectDir?: string, electronVersion?: string, arch?: string, log?: (message: string) => void }} [options]
 * @returns {Promise<string>} the path of the built binary
 */
export async function buildElectronNative(options = {}) {
  const projectDir = options.projectDir ?? ROOT;
  const arch = options.arch ?? hostArch();
  const log = options.log ?? ((message) => console.log(message));
  const electronVersion = options.electronVersion ?? readJson(path.join(projectDir, 'node_modules', 'electron', 'package.json')).version;
  const moduleDir = path.join(projectDir, 'node_modules', MODULE);
  const moduleVersion = readJson(path.join(moduleDir, 'package.json')).version;

  // A private copy of the package (sources only, not its Node build), so the rebuild cannot touch node_modules.
  const work = path.join(projectDir, '.tmp', 'electron-native', `${process.platform}-${arch}`);
  const copy = path.join(work, 'node_modules', MODULE);
  const ownBuild = path.join(moduleDir, 'build');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  writeFileSync(
    path.join(work, 'package.json'),
    JSON.stringify({ name: 'rapport-electron-native', private: true, dependencies: { [MODULE]: moduleVersion } }, null, 2),
  );
  cpSync(moduleDir, copy, { recursive: true, filter: (src) => src !== ownBuild && !src.startsWith(ownBuild + path.sep) });

  log(`Building ${MODULE} ${moduleVersion} for Electron ${electronVersion} (${process.platform}-${arch})…`);
  const { rebuild } = await import('@electron/rebuild');
  // From source always: predictable, and no dependency on someone publishing a prebuild for this Electron.
  await rebuild({ buildPath: work, electronVersion, arch, onlyModules: [MODULE], force: true, buildFromSource: true, mode: 'sequential' });

  const built = path.join(copy, 'build', 'Release', BINARY);
  if (!existsSync(built)) throw new Error(`The rebuild finished but ${built} is missing`);
  const outDir = path.join(projectDir, 'native', 'electron', `${process.platform}-${arch}`);
  mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, BINARY);
  copyFileSync(built, out);
  writeFileSync(
    path.join(outDir, 'build-info.json'),
    JSON.stringify({ module: MODULE, moduleVersion, electronVersion, platform: process.platform, arch, builtAt: new Date().toISOString() }, null, 2),
  );
  log(`Wrote ${path.relative(projectDir, out)}`);
  return out;
}

/**
 * electron-builder's beforePack hook: build the binding for the arch being packed, before extraResources
 * copies native/electron/${platform}-${arch} into the app.
 * @param {{ arch: number, electronPlatformName: string, packager: { projectDir: string, config: { electronVersion?: string | null } } }} context
 */
export async function beforePack(context) {
  const arch = BUILDER_ARCHES[context.arch] ?? String(context.arch);
  // A universal macOS app is packed as x64 and arm64 first; those two runs built both bindings.
  if (arch === 'universal') return;
  const targetPlatform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  if (targetPlatform !== process.platform) {
    throw new Error(`${MODULE} cannot be cross-compiled: build the ${targetPlatform} app on ${targetPlatform}, not ${process.platform}.`);
  }
  await buildElectronNative({
    projectDir: context.packager.projectDir,
    electronVersion: context.packager.config.electronVersion ?? undefined,
    arch,
  });
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const archFlag = process.argv.indexOf('--arch');
  const arch = archFlag >= 0 ? process.argv[archFlag + 1] : undefined;
  buildElectronNative({ arch }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
