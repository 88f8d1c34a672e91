/** Shared by the unit and e2e Jest configs. */
const path = require('node:path');
const vm = require('node:vm');
const { esmPackages } = require('./esm-packages');

const rootDir = path.resolve(__dirname, '../..');

// Jest's own test for loading ES modules with require(): Node 24.9+ run with
// --experimental-vm-modules, which scripts/jest.js sets. Nest 12's packages are ESM only.
const nativeEsm = typeof vm.SourceTextModule?.prototype.hasAsyncGraph === 'function';

const typescript = {
  // The swagger plugin runs here too, so tests see the same OpenAPI metadata as the build.
  // Type errors are reported by `npm run typecheck`; here ts-jest only compiles.
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { exclude: ['**'], ignoreCodes: [151002] }, astTransformers: { before: ['<rootDir>/test/jest/swagger-plugin.transformer.js'] } }],
};

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Older Node: the installed ES-module packages are compiled to CommonJS, wherever npm nests them. */
function commonJsBridge() {
  const packages = esmPackages(path.join(rootDir, 'node_modules')).map(escapeRegExp).join('|');
  return {
    transform: { ...typescript, '^.+\\.js$': '<rootDir>/test/jest/esm-interop.transformer.js' },
    transformIgnorePatterns: [`^(?!.*/node_modules/(${packages})/).*/node_modules/`],
  };
}

module.exports = {
  rootDir,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: typescript,
  ...(nativeEsm ? {} : commonJsBridge()),
  moduleNameMapper: {
    '^@app/common$': '<rootDir>/libs/common/src',
    '^@app/common/(.*)$': '<rootDir>/libs/common/src/$1',
  },
};
