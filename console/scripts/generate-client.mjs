// Writes src/api/schema.d.ts, the types openapi-fetch checks every request and answer against,
// from the API's own document (docs/openapi.yaml, written by `npm run openapi:export`).
// With --check it writes nothing and fails when the committed file differs: a stale client.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const consoleRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const documentPath = join(consoleRoot, '..', 'docs', 'openapi.yaml');
const schemaPath = join(consoleRoot, 'src', 'api', 'schema.d.ts');

const HEADER = '// Generated from docs/openapi.yaml by `npm run generate -w console`: do not edit.\n\n';

export async function generatedSchema() {
  const ast = await openapiTS(pathToFileURL(documentPath), { alphabetize: true, defaultNonNullable: false });
  return HEADER + astToString(ast);
}

const generated = await generatedSchema();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(schemaPath, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (committed !== generated) {
    console.error(`${relative(process.cwd(), schemaPath)} is stale: docs/openapi.yaml changed. Run \`npm run generate -w console\` and commit it.`);
    process.exit(1);
  }
  console.log('The console client matches docs/openapi.yaml.');
} else {
  writeFileSync(schemaPath, generated);
}
