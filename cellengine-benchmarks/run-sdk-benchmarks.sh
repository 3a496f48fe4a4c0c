#!/usr/bin/env bash
# Runs the SDK overhead benchmark (getExperiment through the SDK vs by hand with HttpClient + JSON-B, on loopback
# against the fake server) and prints both scores and their ratio (target: sdk / handWritten <= 1.2).
# Build first: mvn -B -o -pl cellengine-benchmarks -am package -DskipTests
# Extra arguments go to JMH (default: the annotations' 3 x 2 s warm-up, 5 x 2 s measurement, 1 fork).
set -euo pipefail
cd "$(dirname "$0")"
jar=target/benchmarks.jar
[[ -f $jar ]] || { echo "missing $jar: build it first (see the comment at the top of this script)" >&2; exit 1; }
out=$(mktemp --suffix=.json)
java ${JMH_JAVA_OPTS:-} -jar "$jar" 'cellengine.benchmarks.sdk' "$@" -rf json -rff "$out" >&2
echo "cores: $(nproc)"
python3 - "$out" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
scores = {r["benchmark"].split(".")[-1]: r["primaryMetric"] for r in rows}
for name, m in scores.items():
    print(f"{name:12s} {m['score']:8.1f} ± {m['scoreError']:.1f} {m['scoreUnit']}")
if "sdk" in scores and "handWritten" in scores:
    print(f"ratio sdk / handWritten: {scores['sdk']['score'] / scores['handWritten']['score']:.3f} (target <= 1.2)")
PY
