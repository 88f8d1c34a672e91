/** `--name value` and `--flag` arguments; unknown names are refused so typos do not pass silently. */
export function parseArgs(argv: readonly string[], known: Record<string, 'value' | 'flag'>): Map<string, string> {
  const args = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const name = argv[index]!.replace(/^--/, '');
    const kind = known[name];
    if (!argv[index]!.startsWith('--') || !kind) {
      throw new Error(`Unknown argument ${argv[index]}; known: ${Object.keys(known).map((key) => `--${key}`).join(' ')}`);
    }
    if (kind === 'flag') {
      args.set(name, 'true');
    } else {
      const value = argv[index + 1];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      args.set(name, value);
      index += 1;
    }
  }
  return args;
}

export function parseScale(raw: string | undefined): number {
  const scale = Number(raw ?? '1');
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) throw new Error(`--scale must be in (0, 1], got ${raw}`);
  return scale;
}
