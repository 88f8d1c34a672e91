#!/usr/bin/env node
// Runs the e2e suite on the embedded SQLite, then on PostgreSQL when TEST_DATABASE_URL is set.
const { spawnSync } = require('node:child_process');

const extraArgs = process.argv.slice(2);
const targets = [{ name: 'SQLite', databaseUrl: undefined }];
if (process.env.TEST_DATABASE_URL) targets.push({ name: 'PostgreSQL', databaseUrl: process.env.TEST_DATABASE_URL });
else console.log('TEST_DATABASE_URL is not set: the e2e suite runs on SQLite only.');

for (const target of targets) {
  console.log(`\n=== e2e tests on ${target.name} ===`);
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (target.databaseUrl) env.E2E_DATABASE_URL = target.databaseUrl;
  else delete env.E2E_DATABASE_URL;
  const result = spawnSync(
    process.execPath,
    [require.resolve('./jest'), '--config', 'test/jest-e2e.config.js', '--maxWorkers=2', ...extraArgs],
    { stdio: 'inherit', env },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
