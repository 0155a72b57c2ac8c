import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * One node_modules serves two ABIs: tests and the CLI load better-sqlite3 under Node, the desktop app under
 * Electron. Rebuilding node_modules in place for Electron would break the Node side, so the desktop build
 * step (scripts/native-build.mjs) compiles an Electron-ABI copy into its own folder and the app loads that.
 */
export const NATIVE_FILE = 'better_sqlite3.node';
/** Repo-relative folder the build step writes to; electron-builder copies `<this>/<platform>-<arch>` into resources/native. */
export const DEV_NATIVE_DIR = path.join('native', 'electron');
/** Folder under `process.resourcesPath` in a packaged app (see extraResources in electron-builder.yml). */
export const PACKAGED_NATIVE_DIR = 'native';

export interface NativeBindingInputs {
  isPackaged: boolean;
  /** `process.resourcesPath` (packaged) */
  resourcesPath: string;
  /** `app.getAppPath()`: the repo root when run unpackaged with `electron .` */
  appPath: string;
  platform: NodeJS.Platform;
  arch: string;
  exists: (file: string) => boolean;
}

/** electron-builder names 32-bit ARM `armv7l`; Node and Electron report `arm`. */
export const builderArchName = (arch: string): string => (arch === 'arm' ? 'armv7l' : arch);

export const devNativeFolder = (platform: NodeJS.Platform, arch: string): string =>
  path.join(DEV_NATIVE_DIR, `${platform}-${builderArchName(arch)}`);

/**
 * The Electron-ABI binding to hand to better-sqlite3, or undefined to let it load its default build (right
 * when the build machine rebuilt node_modules for Electron itself; otherwise the vault fails to open with
 * an ABI error, which the log records).
 */
export function resolveNativeBinding(inputs: NativeBindingInputs): string | undefined {
  const candidate = inputs.isPackaged
    ? path.join(inputs.resourcesPath, PACKAGED_NATIVE_DIR, NATIVE_FILE)
    : path.join(inputs.appPath, devNativeFolder(inputs.platform, inputs.arch), NATIVE_FILE);
  return inputs.exists(candidate) ? candidate : undefined;
}

/** The same, with this process's platform, arch and file system. */
export function electronNativeBinding(where: { isPackaged: boolean; appPath: string; resourcesPath: string }): string | undefined {
  return resolveNativeBinding({ ...where, platform: process.platform, arch: process.arch, exists: existsSync });
}
