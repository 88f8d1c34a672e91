// The installed packages whose .js files are ES modules ("type": "module"), read from
// node_modules so that a new ESM-only dependency needs no list edit. Some of them point their
// `require` condition at the same ES module (they count on Node's require(esm)), so the
// type decides, not the exports map.
const fs = require('node:fs');
const path = require('node:path');

function* packageDirectories(directory) {
  let entries;
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const full = path.join(directory, entry.name);
    if (entry.name.startsWith('@')) {
      yield* packageDirectories(full);
      continue;
    }
    yield full;
    yield* packageDirectories(path.join(full, 'node_modules'));
  }
}

function readManifest(directory) {
  try {
    return JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Names of ES-module packages anywhere under `nodeModules`, sorted. */
function esmPackages(nodeModules) {
  const names = new Set();
  for (const directory of packageDirectories(nodeModules)) {
    const manifest = readManifest(directory);
    if (manifest?.type === 'module') names.add(manifest.name);
  }
  return [...names].sort();
}

module.exports = { esmPackages };
