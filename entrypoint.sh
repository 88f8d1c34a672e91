#!/bin/sh
# Container entry point: apply pending migrations, then hand the process over to the server
# so it receives SIGTERM directly and shuts down gracefully.
set -eu

echo "Running database migrations"
node ./node_modules/typeorm/cli.js migration:run -d dist/src/database/data-source.js

exec node dist/src/main.js
