#!/usr/bin/env bash
# Runs the SDK overhead benchmarks and prints their scores and ratios:
#  - GetExperimentBenchmark: getExperiment through the SDK vs the same request by hand with HttpClient + JSON-B, on
#    loopback against the fake server (target: sdk / handWritten <= 1.2);
#  - ClientOverheadBenchmark: the SDK's own CPU per call with the network and server taken out (a transport that
#    replays recorded bytes) vs plain JSON-B binding of the same bytes;
#  - TransportOverheadBenchmark: getExperiment through the Apache HttpClient 5 transport vs the JDK one, same run.
# Loopback figures on a small machine are noisy (the server, the client and the JIT share the cores), so the script
# reports the median of every measured iteration of every fork beside JMH's mean, and the ratio of the medians.
# Build first: mvn -B -o -pl cellengine-benchmarks -am package -DskipTests
# Extra arguments go to JMH (default: the annotations' warm-up, measurement and forks; about 5 minutes in all).
set -euo pipefail
cd "$(dirname "$0")"
jar=target/benchmarks.jar
[[ -f $jar ]] || { echo "missing $jar: build it first (see the comment at the top of this script)" >&2; exit 1; }
out=$(mktemp --suffix=.json)
java ${JMH_JAVA_OPTS:-} -jar "$jar" 'cellengine.benchmarks.(sdk|overhead|transport)' "$@" -rf json -rff "$out" >&2
echo "cores: $(nproc), load average before the summary: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out" <<'PY'
import json, statistics, sys
rows = json.load(open(sys.argv[1]))
scores = {}
for r in rows:
    name = ".".join(r["benchmark"].split(".")[-2:])
    m = r["primaryMetric"]
    raw = [x for fork in m["rawData"] for x in fork]
    scores[name] = statistics.median(raw)
    forks = ", ".join(f"{statistics.median(f):.1f}" for f in m["rawData"])
    print(f"{name:40s} median {scores[name]:8.1f} {m['scoreUnit']}  (mean {m['score']:.1f} ± {m['scoreError']:.1f};"
          f" per-fork medians {forks})")
def ratio(a, b, label):
    if a in scores and b in scores:
        print(f"{label}: {scores[a] / scores[b]:.3f}")
ratio("GetExperimentBenchmark.sdk", "GetExperimentBenchmark.handWritten",
      "ratio sdk / handWritten on loopback (medians; target <= 1.2)")
ratio("ClientOverheadBenchmark.sdk", "ClientOverheadBenchmark.bindingOnly",
      "client-side CPU, sdk pipeline / JSON-B binding alone (medians)")
ratio("TransportOverheadBenchmark.apache", "TransportOverheadBenchmark.jdk",
      "per call on loopback, apache transport / jdk transport (medians)")
PY
