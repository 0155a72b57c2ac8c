// `npm start`: installs what is missing, builds, and launches the desktop app — or, where the Electron
// binary is not available, says so in one line and starts the browser host instead.
import path from 'node:path';
import { build, electronBinary, ensureNodeModules, log, root, run } from './setup.mjs';

ensureNodeModules();
log('Building…');
build();

const electron = electronBinary();
const passthrough = process.argv.slice(2);
if (electron) {
  log('Starting Rapport (Electron)…');
  process.exit(run(electron, [root, ...passthrough]));
}
console.log('Electron is not available on this machine (its binary was not downloaded); starting the browser host instead — open the URL below.');
process.exit(run(process.execPath, [path.join(root, 'src-main/cli/launcher.cjs'), ...passthrough, 'serve']));
