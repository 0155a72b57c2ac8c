import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderArchName, resolveNativeBinding } from '../native.js';

const base = { resourcesPath: '/opt/Rapport/resources', appPath: '/src/rapport', platform: 'linux' as const, arch: 'x64' };

describe('resolveNativeBinding', () => {
  it('uses resources/native when packaged', () => {
    const file = path.join('/opt/Rapport/resources', 'native', 'better_sqlite3.node');
    expect(resolveNativeBinding({ ...base, isPackaged: true, exists: (f) => f === file })).toBe(file);
  });

  it('uses native/electron/<platform>-<arch> in the repo when unpackaged', () => {
    const file = path.join('/src/rapport', 'native', 'electron', 'linux-x64', 'better_sqlite3.node');
    expect(resolveNativeBinding({ ...base, isPackaged: false, exists: (f) => f === file })).toBe(file);
  });

  it('names 32-bit ARM the way electron-builder does', () => {
    expect(builderArchName('arm')).toBe('armv7l');
    expect(builderArchName('arm64')).toBe('arm64');
    const file = path.join('/src/rapport', 'native', 'electron', 'linux-armv7l', 'better_sqlite3.node');
    expect(resolveNativeBinding({ ...base, arch: 'arm', isPackaged: false, exists: (f) => f === file })).toBe(file);
  });

  it('falls back to the default binding when no Electron build is present', () => {
    expect(resolveNativeBinding({ ...base, isPackaged: true, exists: () => false })).toBeUndefined();
    expect(resolveNativeBinding({ ...base, isPackaged: false, exists: () => false })).toBeUndefined();
  });
});
