import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface AppBuild {
  /** Holds dist/, entrypoint.sh and a node_modules link: run `node dist/src/main.js` or `./entrypoint.sh` here. */
  dir: string;
  cleanUp(): void;
}

/**
 * Builds the app (unless told to reuse dist/) and runs it from a private copy, so a rebuild of
 * dist/ by someone else in the same checkout (tests, `npm start`) cannot pull the files from
 * under a server this script restarts many times. The compiled code requires its own files
 * by relative path and packages from node_modules, found through the link.
 */
export function prepareAppBuild(root: string, build: boolean): AppBuild {
  if (build) {
    console.log('Building the app (npm run build)');
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('npm run build failed');
  }
  if (!existsSync(join(root, 'dist', 'src', 'main.js'))) throw new Error('dist/src/main.js is missing: run without --no-build');
  const dir = mkdtempSync(join(tmpdir(), 'vision-bench-app-'));
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
  copyFileSync(join(root, 'entrypoint.sh'), join(dir, 'entrypoint.sh'));
  chmodSync(join(dir, 'entrypoint.sh'), 0o755);
  if (!existsSync(join(dir, 'dist', 'src', 'main.js')) || !existsSync(join(dir, 'dist', 'src', 'database', 'data-source.js'))) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error('dist/ changed while it was copied (a build running elsewhere?): try again');
  }
  return { dir, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}
