// `npm start`: installs what is missing, builds, and launches the desktop app — or, where the Electron
// binary is not available, says so in one line and starts the browser host instead.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build, electronBinary, ensureNodeModules, log, root, run } from './setup.mjs';

ensureNodeModules();
log('Building…');
build();

const electron = electronBinary();
const passthrough = process.argv.slice(2);
if (electron) {
  // Electron needs the SQLite module compiled for its own ABI, kept apart from node_modules' Node build.
  const arch = process.arch === 'arm' ? 'armv7l' : process.arch;
  const native = path.join(root, 'native/electron', `${process.platform}-${arch}`, 'better_sqlite3.node');
  if (!existsSync(native)) {
    log('Compiling the encrypted SQLite module for Electron (once, a few minutes)…');
    const code = run(process.execPath, [path.join(root, 'src-main/hosts/electron/scripts/native-build.mjs')]);
    if (code !== 0) {
      console.error('Could not compile the SQLite module for Electron; starting the browser host instead.');
      process.exit(run(process.execPath, [path.join(root, 'src-main/cli/launcher.cjs'), ...passthrough, 'serve']));
    }
  }
  log('Starting Rapport (Electron)…');
  process.exit(run(electron, [root, ...passthrough]));
}
console.log('Electron is not available on this machine (its binary was not downloaded); starting the browser host instead — open the URL below.');
process.exit(run(process.execPath, [path.join(root, 'src-main/cli/launcher.cjs'), ...passthrough, 'serve']));
