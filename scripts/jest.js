#!/usr/bin/env node
// Runs Jest with the arguments given. On Node 24.9+ Jest loads the ESM-only NestJS packages
// natively, through the VM modules flag; older Node gets the CommonJS bridge (test/jest/base.config.js).
const { spawnSync } = require('node:child_process');

const [major, minor] = process.versions.node.split('.').map(Number);
const nativeEsm = major > 24 || (major === 24 && minor >= 9);

const env = { ...process.env };
if (nativeEsm) {
  // The flag is experimental in name only for what Jest uses; its warning would open every run.
  env.NODE_OPTIONS = [env.NODE_OPTIONS, '--experimental-vm-modules', '--disable-warning=ExperimentalWarning'].filter(Boolean).join(' ');
}

const result = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
