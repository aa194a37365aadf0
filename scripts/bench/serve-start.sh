#!/usr/bin/env bash
# Time from launching `gwrkg serve` (no arguments: seeds/) to its first SPARQL answer that needs the
# seed's data (issue 8: within 2.5 s on a 2-core machine). Runs the launch RUNS times and prints each
# time, then the median, min and max, the CPU time the server had used by then, and the load.
#
#   scripts/bench/serve-start.sh [RUNS] [-- COMMAND...]
#   scripts/bench/serve-start.sh 5                          # java -jar target/gwrkg.jar serve
#   scripts/bench/serve-start.sh 5 -- bin/gwrkg serve       # through the launcher
#
# Polls every 20 ms with curl; a run that has not answered within 60 s counts as a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-5}
shift || true
if [[ ${1:-} == "--" ]]; then
    shift
    command=("$@")
else
    command=(java -jar target/gwrkg.jar serve)
fi
port=${BENCH_PORT:-39030}
query='PREFIX qb: <http://purl.org/linked-data/cube#> ASK { ?o a qb:Observation }'
url="http://127.0.0.1:$port/kg/sparql"

now_ms() { date +%s%3N; }
# CPU time (user + system, all threads) the process has used: less sensitive to other load than the
# wall time, so a before/after comparison on a busy machine can lean on it too.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"; }

echo "load at start: $(uptime | sed 's/.*load average/load average/')"
echo "command: ${command[*]} --port $port"
times=()
cpus=()
for ((i = 1; i <= runs; i++)); do
    start=$(now_ms)
    "${command[@]}" --port "$port" >/dev/null 2>&1 &
    pid=$!
    answered=""
    while (( $(now_ms) - start < 60000 )); do
        if body=$(curl -s --max-time 2 -H 'Accept: application/sparql-results+json' \
                --data-urlencode "query=$query" "$url" 2>/dev/null) && [[ $body == *'"boolean"'*true* ]]; then
            answered=$(( $(now_ms) - start ))
            cpu=$(cpu_ms "$pid")
            break
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            break
        fi
        sleep 0.02
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [[ -z $answered ]]; then
        echo "run $i: no answer (server exited or 60 s passed)" >&2
        exit 1
    fi
    echo "run $i: ${answered} ms (cpu ${cpu} ms)"
    times+=("$answered")
    cpus+=("$cpu")
    sleep 1
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
sorted_cpu=($(printf '%s\n' "${cpus[@]}" | sort -n))
echo "median ${sorted[$(( runs / 2 ))]} ms, min ${sorted[0]} ms, max ${sorted[$(( runs - 1 ))]} ms over $runs runs;" \
    "cpu median ${sorted_cpu[$(( runs / 2 ))]} ms (${sorted_cpu[0]}..${sorted_cpu[$(( runs - 1 ))]})"
echo "load at end: $(uptime | sed 's/.*load average/load average/')"
