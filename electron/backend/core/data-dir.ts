// Where the app keeps its data. Both hosts use the same folder, so the desktop app and the browser
// fallback see the same register. Overridden by --data-dir or THUONG_TRUC_DATA_DIR.
import os from 'node:os';
import path from 'node:path';

/** Folder name under the platform's per-user application data folder. */
export const APP_FOLDER_NAME = 'Thuong Truc';
export const DATABASE_FILE_NAME = 'thuong-truc.sqlite';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER_NAME);
}

/** The folder chosen on the command line or in the environment, else the default. */
export function resolveDataDir(argv: string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  const fromArgs = readOption(argv, '--data-dir');
  const chosen = fromArgs ?? env.THUONG_TRUC_DATA_DIR;
  return chosen ? path.resolve(chosen) : defaultDataDir();
}

/** Value of "--name value" or "--name=value". */
export function readOption(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}
