#!/usr/bin/env bash
# Runs every benchmark (run time with -prof gc, JPA, compile time) in one go, writes
# benchmarks/results/latest.md (the table) and latest.json (raw JMH output), and prints the table.
#
#   benchmarks/run.sh           the full run (about 8 minutes on 2 cores)
#   benchmarks/run.sh --smoke   one fork, one short iteration each: checks that everything runs
#                               (a few minutes; CI-friendly). Writes to benchmarks/target/results-smoke/
#                               so that the committed results are never replaced by meaningless numbers.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

args=()
out="benchmarks/results"
for arg in "$@"; do
  case "$arg" in
    --smoke) args+=(--smoke); out="benchmarks/target/results-smoke" ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $arg (use --smoke)" >&2; exit 2 ;;
  esac
done

# Build the module and what it needs in the reactor (nothing is installed into ~/.m2).
mvn -B -q -pl benchmarks -am package -DskipTests

mkdir -p benchmarks/target
java -version 2> benchmarks/target/java-version.txt
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
exec java -cp "$classpath" io.transmute.benchmarks.report.RunAll \
  --out "$out" --java-version benchmarks/target/java-version.txt "${args[@]}"
