#!/usr/bin/env bash
# Measures the platform command: seconds until everything is healthy, and the memory of all its processes together
# (PSS, so PostgreSQL's shared memory is not counted once per backend). Starts ./peerlend.sh, measures, stops it.
# Usage: scripts/measure-platform.sh [--fresh]   (--fresh deletes var/ first: a first start, realm import included)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--fresh" ] && rm -rf var
./mvnw -q -DskipTests install >/dev/null   # build outside the timing
mkdir -p var && touch var/.build-stamp
log=$(mktemp)
start=$(date +%s.%N)
./peerlend.sh >"$log" 2>&1 &
launcher=$!
until grep -q "Peerlend is up" "$log"; do
  if ! kill -0 "$launcher" 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 0.5
done
ready=$(date +%s.%N)
sleep 20   # let start-up work settle before reading memory
tree() { echo "$1"; for c in $(cat /proc/"$1"/task/*/children 2>/dev/null); do tree "$c"; done; }
pss_kb=0; rss_kb=0; count=0
# PostgreSQL's postmaster is started through pg_ctl and is not a child of the launcher: add its tree too
postmaster=$(pgrep -f "postgres -D $PWD/var/postgres" | head -1)
for pid in $(tree "$launcher") ${postmaster:+$(tree "$postmaster")}; do
  p=$(awk '/^Pss:/ {print $2}' /proc/"$pid"/smaps_rollup 2>/dev/null || echo 0)
  r=$(awk '/^Rss:/ {print $2}' /proc/"$pid"/smaps_rollup 2>/dev/null || echo 0)
  pss_kb=$((pss_kb + ${p:-0})); rss_kb=$((rss_kb + ${r:-0})); count=$((count + 1))
done
printf 'time to healthy: %.1f s\nprocesses: %d\nmemory (PSS): %d MiB\nmemory (RSS, sum): %d MiB\n' \
  "$(echo "$ready - $start" | bc)" "$count" $((pss_kb / 1024)) $((rss_kb / 1024))
kill -TERM "$launcher"; wait "$launcher" 2>/dev/null || true   # TERM: a background job ignores INT
rm -f "$log"
