#!/usr/bin/env bash
# Runs the FCS JMH benchmarks and prints each result as MB/s of DATA and events/s, with the ratio to the naive
# ByteBuffer baseline of the same run. Extra arguments go to JMH (default: a short run, -f 1 -wi 2 -i 3).
# Build first: mvn -B -o -pl cellengine-analysis,cellengine-benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")"
jar=target/benchmarks.jar
[[ -f $jar ]] || { echo "missing $jar: build it first (see the comment at the top of this script)" >&2; exit 1; }
out=$(mktemp --suffix=.json)
args=("$@")
[[ ${#args[@]} -gt 0 ]] || args=(-f 1 -wi 2 -i 3)
java ${JMH_JAVA_OPTS:-} -jar "$jar" 'cellengine.benchmarks.fcs' "${args[@]}" -rf json -rff "$out" >&2
echo "cores: $(nproc)"
python3 - "$out" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
bytes_per_value = {"Int16DecodeBenchmark": 2}
scores = {}
for r in rows:
    cls, method = r["benchmark"].split(".")[-2:]
    p = r["params"]
    key = (cls, p.get("order", ""))
    ms = r["primaryMetric"]["score"]
    events, channels = int(p["events"]), int(p["channels"])
    data = events * channels * bytes_per_value.get(cls, 4)
    scores.setdefault(key, {})[method] = ms
    print(f"{cls}.{method} {p.get('order', '')}: {ms:8.2f} ms/op  {data / ms / 1e3:8.0f} MB/s  "
          f"{events / ms / 1e3:6.1f} M events/s")
for (cls, order), m in scores.items():
    if "reader" in m and "naiveByteBuffer" in m:
        print(f"{cls} {order}: reader is {m['naiveByteBuffer'] / m['reader']:.2f}x the naive baseline")
PY
rm -f "$out"
