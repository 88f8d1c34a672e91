/** Shared by the unit and e2e Jest configs. */
module.exports = {
  rootDir: require('node:path').resolve(__dirname, '../..'),
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    // The swagger plugin runs here too, so tests see the same OpenAPI metadata as the build.
    // Type errors are reported by `npm run typecheck`; here ts-jest only compiles.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { exclude: ['**'], ignoreCodes: [151002] }, astTransformers: { before: ['<rootDir>/test/jest/swagger-plugin.transformer.js'] } }],
    '^.+\\.js$': '<rootDir>/test/jest/esm-interop.transformer.js',
  },
  // ES-module-only packages, wherever npm nests them (content-disposition: under @fastify/static).
  transformIgnorePatterns: ['^(?!.*/node_modules/(@nestjs|content-disposition)/).*/node_modules/'],
  moduleNameMapper: {
    '^@app/common$': '<rootDir>/libs/common/src',
    '^@app/common/(.*)$': '<rootDir>/libs/common/src/$1',
  },
};
