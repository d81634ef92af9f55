#!/usr/bin/env bash
# Builds the benchmarks and runs them with the GC profiler (ns/op and B/op).
#   benchmarks/run.sh           full run (2 forks, 5 warm-up + 10 measured 1-s iterations)
#   benchmarks/run.sh --quick   quick run, under 3 minutes (1 fork, 3 + 5 iterations)
# Extra arguments go to JMH, e.g. a benchmark regex: benchmarks/run.sh --quick 'check'
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
quick=()
if [ "${1:-}" = "--quick" ]; then
  quick=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
  shift
fi
(cd "$root" && mvn -q -B -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true)
mkdir -p "$root/benchmarks/results"
exec java -Dqinglian.home="$root" -jar "$root/benchmarks/target/benchmarks.jar" \
  "${quick[@]}" -prof gc -rf json -rff "$root/benchmarks/results/latest.json" "$@"
