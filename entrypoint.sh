#!/bin/sh
# Container entry point: apply pending migrations, then hand the process over to the server
# so it receives SIGTERM directly and shuts down gracefully.
set -eu

echo "Running database migrations"
node ./node_modules/typeorm/cli.js migration:run -d dist/src/database/data-source.js

# V8 sizes its heap for the host, not the container: on a large machine it lets garbage grow
# to 300+ MB under load before collecting. These limits keep the server within a 256 MB
# budget at a small CPU cost (docs/performance.md); set NODE_OPTIONS to choose others.
export NODE_OPTIONS="${NODE_OPTIONS:---max-old-space-size=160 --max-semi-space-size=8}"
exec node dist/src/main.js
