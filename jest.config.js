const base = require('./test/jest/base.config');

/** Unit tests: `*.spec.ts` beside the code. */
module.exports = {
  ...base,
  roots: ['<rootDir>/src', '<rootDir>/libs'],
  testRegex: '\\.spec\\.ts$',
};
