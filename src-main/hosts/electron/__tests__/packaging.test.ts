import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_NATIVE_DIR, NATIVE_FILE, PACKAGED_NATIVE_DIR } from '../native.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const builderYml = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
const scalar = (key: string): string | undefined => new RegExp(`^${key}:\\s*(\\S+)\\s*$`, 'm').exec(builderYml)?.[1];

interface NativeBuildModule {
  beforePack(context: { arch: number; electronPlatformName: string; packager: { projectDir: string; config: object } }): Promise<void>;
}
// A plain .mjs (it runs under Node on the build machine without a compile step): loaded untyped.
const hookPath = path.join(root, 'src-main', 'hosts', 'electron', 'scripts', 'native-build.mjs');
const loadHook = async () => (await import(hookPath)) as NativeBuildModule;

describe('electron-builder.yml', () => {
  it('pins the Electron version that is installed', () => {
    const installed = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
    expect(scalar('electronVersion')).toBe(installed);
  });

  it('packs the entry points package.json and main.ts point at', () => {
    const main = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).main;
    expect(builderYml).toContain(`- ${main}`);
    expect(builderYml).toContain('- dist/main/preload.cjs');
    expect(builderYml).toContain('- dist/renderer/**');
  });

  it('ships the Electron-ABI binding where native.ts looks for it', () => {
    expect(builderYml).toContain(`from: ${DEV_NATIVE_DIR.split(path.sep).join('/')}/\${platform}-\${arch}`);
    expect(builderYml).toContain(`to: ${PACKAGED_NATIVE_DIR}\n`);
    expect(builderYml).toContain(`- ${NATIVE_FILE}`);
    expect(scalar('npmRebuild')).toBe('false');
    expect(scalar('beforePack')).toBe('./src-main/hosts/electron/scripts/native-build.mjs');
    expect(existsSync(hookPath)).toBe(true);
  });

  it('has the icon it refers to', () => {
    expect(existsSync(path.join(root, 'assets', 'icon.png'))).toBe(true);
  });
});

describe('native build hook', () => {
  const context = (arch: number, electronPlatformName: string) => ({
    arch,
    electronPlatformName,
    packager: { projectDir: path.join(root, '.tmp', 'never-used'), config: {} },
  });

  it('refuses to cross-compile for another OS', async () => {
    const { beforePack } = await loadHook();
    const other = process.platform === 'win32' ? 'linux' : 'win32';
    await expect(beforePack(context(1, other))).rejects.toThrow(/cannot be cross-compiled/);
  });

  it('does nothing for the universal macOS merge step (the per-arch packs built both)', async () => {
    const { beforePack } = await loadHook();
    await expect(beforePack(context(4, 'darwin'))).resolves.toBeUndefined();
  });
});
