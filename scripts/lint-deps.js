#!/usr/bin/env node
// Runs dependency-cruiser (module boundaries, .dependency-cruiser.cjs) with the arguments given.
// dependency-cruiser 18 runs on Node 22+ only, while the project still passes its tests on
// Node 20.19+: there the check is skipped, saying so, and CI's run on Node 24 (the runtime) makes it.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.warn(`lint:deps skipped: dependency-cruiser needs Node.js 22+, this is ${process.version}. Run it on Node 24 (.nvmrc).`);
  process.exit(0);
}

// The package's `exports` do not include its CLI, so it is found by path.
const depcruise = join(__dirname, '..', 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
const result = spawnSync(process.execPath, [depcruise, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
