const babelJest = require('babel-jest').default;
module.exports = babelJest.createTransformer(require('./esm-interop.babel.js'));
