#!/usr/bin/env node
// `rapport` / `npx rapport`: runs the bundled CLI, rebuilding it first when the sources are newer.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '../..');
const bundle = path.join(root, 'dist/main/cli.mjs');

function newestSource(dirs) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '__tests__') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mjs|cjs|json)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of dirs) if (fs.existsSync(dir)) walk(dir);
  return newest;
}

const built = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
if (built < newestSource(['src-main', 'src-shared', 'bench'].map((d) => path.join(root, d)))) {
  const result = spawnSync(process.execPath, [path.join(root, 'src-main/scripts/build.mjs'), '--main'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('rapport: could not build the CLI (run `npm install` first?)');
    process.exit(1);
  }
}

import(require('node:url').pathToFileURL(bundle).href)
  .then((cli) => cli.run(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
