const base = require('./jest/base.config');

/** HTTP end-to-end tests, each file on a database of its own. */
module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  testRegex: '\\.e2e-spec\\.ts$',
  setupFiles: ['<rootDir>/test/jest/e2e-environment.js'],
  testTimeout: 60_000,
};
