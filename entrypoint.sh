#!/bin/sh
# Container entry point: apply pending migrations, then hand the process over to the server
# so it receives SIGTERM directly and shuts down gracefully.
set -eu

echo "Running database migrations"
node ./node_modules/typeorm/cli.js migration:run -d dist/src/database/data-source.js

# Under load most of what a request allocates outlives a young-generation collection and is
# promoted; V8 then lets the old space grow to about four times the live data before it
# collects (55 MB live, 234 MB of heap, 330+ MB RSS). Growing by 75 % keeps the server near
# 220 MB at the same CPU cost, with no hard cap that could end the process under a bigger
# live set (docs/performance.md). Node 24's V8 lets each young-generation semi-space grow to
# 64 MB (Node 20's: 16 MB), 70 MB more RSS for no measurable CPU; 32 MB measured the same CPU
# per request as 64 and as little RSS as any size that did not cost throughput.
# V8 refuses these flags in NODE_OPTIONS, hence NODE_HEAP_FLAGS.
# glibc gives each thread that allocates an arena of its own, and libuv's pool threads keep
# theirs full of freed pages: one arena measured 40 MB less RSS under a fortnight's
# availability at 10 connections, at the same throughput, when those threads compressed every
# answer (now only those over 2 MB; docs/performance.md).
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-1}"
# shellcheck disable=SC2086 # the flags are words
exec node ${NODE_HEAP_FLAGS:---heap-growing-percent=75 --max-semi-space-size=32} dist/src/main.js
