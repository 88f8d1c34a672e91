import { execFileSync } from 'node:child_process';

/** The commit measured, and whether the app's sources differed from it. */
export function gitState(cwd: string): { commit: string; dirty: boolean } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  try {
    const changed = git('status', '--porcelain', '--', 'src', 'libs', 'migrations', 'package.json');
    return { commit: git('rev-parse', 'HEAD'), dirty: changed.length > 0 };
  } catch {
    return { commit: 'unknown', dirty: true };
  }
}
