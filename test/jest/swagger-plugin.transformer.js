// Runs the @nestjs/swagger CLI plugin inside ts-jest, with nest-cli.json's options, so the
// OpenAPI document built in tests matches the one from `nest build`.
const { before } = require('@nestjs/swagger/plugin');
const nestCli = require('../../nest-cli.json');

const pluginOptions = nestCli.compilerOptions.plugins.find((plugin) => plugin.name === '@nestjs/swagger').options;

module.exports = {
  name: 'nestjs-swagger-transformer',
  // Bump to invalidate Jest's transform cache when the options change.
  version: 1,
  factory: (compiler) => before(pluginOptions, compiler.program),
};
