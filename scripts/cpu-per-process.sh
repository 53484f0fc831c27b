#!/usr/bin/env bash
# Runs a command (a load run) and prints the CPU seconds each part of the running platform used meanwhile (user +
# system, from /proc), so a load's cost can be split by component: the gateway, each service, Keycloak, PostgreSQL
# (all its backends together), the launcher (which hosts the development MongoDB wire server), Zipkin, and the
# command itself. Usage: scripts/cpu-per-process.sh java scripts/LoadScoring.java http://localhost:8080 ... (docs/benchmarks.md);
# with CPU_FROM=<regex>, counting starts at the command's first output line that matches (its set-up left out; the
# command's own CPU is then its whole run's).
set -euo pipefail
hz=$(getconf CLK_TCK)
part() {   # which component a process belongs to, from its command line
  case "$1" in
    *gateway-exec*) echo gateway ;; *lending-app-exec*) echo lending ;; *scoring-app-exec*) echo scoring ;;
    *kyc-app-exec*) echo kyc ;; *disclosure-app-exec*) echo disclosure ;; *web-exec*) echo web ;;
    *keycloak*) echo keycloak ;; *zipkin*) echo zipkin ;; *io.peerlend.infra.Platform*) echo launcher ;;
    postgres*) echo postgresql ;; *) echo "" ;;
  esac
}
snapshot() {   # "component pid ticks" per process of the platform
  for stat in /proc/[0-9]*/stat; do
    pid=${stat#/proc/}; pid=${pid%/stat}
    name=$(part "$( { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null || true)")
    [ -n "$name" ] || continue
    # fields 14 and 15 (utime, stime) counted after the command name, which may hold spaces: strip it first
    ticks=$(sed 's/^.*) //' "$stat" 2>/dev/null | awk '{print $12 + $13}') || continue
    echo "$name $pid ${ticks:-0}"
  done
}
start=$(date +%s.%N)
if [ -n "${CPU_FROM:-}" ]; then
  # count only from the first output line matching CPU_FROM (for example after a load's set-up phase)
  before=""
  while IFS= read -r line; do
    echo "$line"
    if [ -z "$before" ] && [[ "$line" =~ $CPU_FROM ]]; then before=$(snapshot); start=$(date +%s.%N); fi
  done < <("$@" 2>&1)
  [ -n "$before" ] || { echo "no output line matched CPU_FROM=$CPU_FROM" >&2; exit 1; }
else
  before=$(snapshot)
  "$@" &
  wait $!
fi
end=$(date +%s.%N)
after=$(snapshot)
printf 'wall time: %.1f s\n' "$(echo "$end - $start" | bc)"
# per process: what it used since the first snapshot (all of it if it started since); a process that ended meanwhile
# cannot be read any more: it is left out, and a line says how many were
awk -v hz="$hz" '
  NR == FNR { seen[$2] = $3; next }
  { used[$1] += $3 - ($2 in seen ? seen[$2] : 0); alive[$2] = 1 }
  END {
    for (n in used) printf "%-11s %7.1f s CPU\n", n, used[n] / hz | "sort -k2 -n -r"
    close("sort -k2 -n -r")
    for (p in seen) if (!(p in alive)) gone++
    if (gone) printf "(%d process(es) ended during the run; their CPU is not counted)\n", gone
  }' <(echo "$before") <(echo "$after")
# the command's own CPU (the load generator): its children's times as this shell saw them
times >"${TMPDIR:-/tmp}/cpu-per-process.$$"
tail -1 "${TMPDIR:-/tmp}/cpu-per-process.$$" | awk '{split($1, u, "m"); split($2, s, "m"); printf "%-11s %7.1f s CPU\n", "command", \
  u[1] * 60 + u[2] + s[1] * 60 + s[2]}'
rm -f "${TMPDIR:-/tmp}/cpu-per-process.$$"
