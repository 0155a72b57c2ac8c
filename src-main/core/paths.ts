import os from 'node:os';
import path from 'node:path';

/**
 * The per-user application-data folder, the same one Electron's `app.getPath('userData')` gives for
 * productName "Rapport", so the CLI, the browser host and the desktop app share one vault.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.RAPPORT_DATA_DIR) return path.resolve(env.RAPPORT_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Rapport');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Rapport');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Rapport');
}
