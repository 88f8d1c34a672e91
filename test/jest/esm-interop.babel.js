// Nest 12 ships its packages as ES modules. Node 20 loads them from our CommonJS
// build through require(esm), but Jest's module runtime only does so on Node 24.9+,
// so under Jest those packages are compiled to CommonJS with this config.
function importMetaToCommonJs({ types: t, template }) {
  // Built from __filename without calling require: some of these files declare their own
  // `require` (createRequire), which would shadow ours while still uninitialised.
  const url = template.expression.ast`'file://' + __filename`;
  return {
    visitor: {
      MetaProperty(path) {
        const member = path.parentPath;
        if (!member.isMemberExpression()) return;
        const property = member.node.property.name;
        if (property === 'url') {
          member.replaceWith(t.cloneNode(url));
        } else if (property === 'dirname') {
          member.replaceWith(t.identifier('__dirname'));
        } else if (property === 'filename') {
          member.replaceWith(t.identifier('__filename'));
        } else if (property === 'resolve') {
          member.replaceWith(template.expression.ast`require.resolve`);
        }
      },
    },
  };
}

module.exports = {
  babelrc: false,
  configFile: false,
  plugins: [importMetaToCommonJs, '@babel/plugin-transform-dynamic-import', '@babel/plugin-transform-modules-commonjs'],
};
