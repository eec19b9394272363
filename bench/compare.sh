#!/usr/bin/env bash
# Whole-process timings and peak memory, printed as Markdown (BENCHMARKS.md holds the latest):
#   1. `agreements list` on the embedded data against a hello-world Rust binary (the process floor),
#      as the median ratio of 1,600 pairs of single runs, timed by hyperfine back to back;
#   2. `agreements --data big.json list --sector energy --format json` against the same query in jq,
#      at 100,000 and 1,000,000 records, and the 100,000-record TOML file for comparison;
#   3. peak resident memory (/usr/bin/time) against the file size;
#   4. the same query on the records as JSON Lines, against DuckDB (its Python package, installed
#      in a virtualenv from PyPI) and jq: wall time, CPU time and peak memory of each;
#   5. ranked search against the list query.
# Usage: bench/compare.sh [RECORDS...]   (default: 100000 1000000). Builds what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() { apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; }
command -v hyperfine >/dev/null || apt_install hyperfine
command -v jq >/dev/null || apt_install jq
[[ -x /usr/bin/time ]] || apt_install time

sizes=("$@")
((${#sizes[@]})) || sizes=(100000 1000000)
out=target/bench
bin=$out/agreements
mkdir -p "$out"
cargo build --release --quiet --example gen
# The binary on its own, as users build it: built together with the example, it would get the
# features that dev-dependencies turn on in shared crates, and different code.
cargo build --release --quiet --bin agreements
rustc -O -o "$out/hello.built" bench/hello.rs
# Both binaries are timed as copies, as `cargo install` copies the binary it builds: this
# machine maps a copied file with fewer page faults than the file the linker wrote (125 against
# 135 for `agreements list`, after dropping the page cache), and hello gets the same treatment.
install -m 755 target/release/agreements "$bin"
install -m 755 "$out/hello.built" "$out/hello"

median() { jq -r ".results[$2].median" "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
seconds() { awk -v s="$1" 'BEGIN { printf "%.3f s", s }'; }
peak_kib() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1; }

echo "## Machine"
echo
echo "- $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(uname -sr), $(rustc --version)"
echo "- $(hyperfine --version), $(jq --version); run on $(date -u +%Y-%m-%d)"
echo

echo "## Start-up: \`agreements list\` against a hello-world binary"
echo
# Pairs, not rounds: hyperfine times one run of each binary back to back (in alternating order),
# so the machine's drift, which moves the floor by 40% within a second here, hits both alike.
# Each block's figure is the median of its per-pair ratios; the headline is the median of all.
blocks=4
pairs=400
hyperfine -N --style none --warmup 30 --runs 10 "$out/hello" "$bin list" >/dev/null
echo "| block | pairs | hello (median) | agreements list (median) | median of pair ratios | middle half of pair ratios |"
echo "|---|---|---|---|---|---|"
rm -rf "$out/pairs"
for block in $(seq "$blocks"); do
  mkdir -p "$out/pairs/$block"
  for i in $(seq "$pairs"); do
    if ((i % 2)); then order=("$out/hello" "$bin list"); else order=("$bin list" "$out/hello"); fi
    hyperfine -N --style none --runs 1 --export-json "$out/pairs/$block/$i.json" "${order[@]}" >/dev/null
  done
  jq -rs --arg block "$block" -f bench/pairs.jq "$out/pairs/$block"/*.json
done
echo
echo "All $((blocks * pairs)) pairs: median ratio **$(jq -rs -f bench/pairs.jq --arg block all "$out"/pairs/*/*.json | cut -d'|' -f6 | tr -d ' ')** (target: at most 1.3)."
echo

echo "## Scale: the energy records of a big JSON dataset, against jq"
echo
echo "| records | file | agreements (median) | user + system | jq (median) | jq / agreements | peak memory | memory / file |"
echo "|---|---|---|---|---|---|---|---|"
previous=""
linear=""
for n in "${sizes[@]}"; do
  json="$out/agreements-$n.json"
  if [[ ! -f $json ]]; then
    target/release/examples/gen "$n" --out "$out" $([[ $n -gt 100000 ]] && echo --json-only) >/dev/null
  fi
  runs=$(( n > 100000 ? 3 : 10 ))
  hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$out/scale-$n.json" \
    "$bin --data $json list --sector energy --format json" \
    "jq '[.agreements[] | select(.sector == \"energy\")]' $json" >/dev/null
  ours=$(median "$out/scale-$n.json" 0)
  theirs=$(median "$out/scale-$n.json" 1)
  bytes=$(stat -c %s "$json")
  peak=$(peak_kib "$bin" --data "$json" list --sector energy --format json)
  user=$(jq -r '.results[0].user' "$out/scale-$n.json")
  system=$(jq -r '.results[0].system' "$out/scale-$n.json")
  echo "| $n | $((bytes / 1048576)) MiB | $(seconds "$ours") | $(seconds "$user") + $(seconds "$system") | $(seconds "$theirs") | $(ratio "$theirs" "$ours") | $((peak / 1024)) MiB | $(ratio "$((peak * 1024))" "$bytes") |"
  if [[ -n $previous ]]; then
    IFS=: read -r before before_wall before_user <<<"$previous"
    linear+="- $n records take $(ratio "$ours" "$before_wall")x the wall time and $(ratio "$user" "$before_user")x the user time of $before ($(ratio "$n" "$before")x the records)."$'\n'
  fi
  previous="$n:$ours:$user"
done
echo
if [[ -n $linear ]]; then printf '%s' "$linear"; else echo "Run it with two sizes to compare them."; fi
echo

echo "## JSON Lines, against DuckDB"
echo
# DuckDB reads newline-delimited JSON in parallel (its fast path for JSON); the same file holds
# the records one per line as `list --format jsonl` writes them, which agreements reads too.
# DuckDB runs as its Python package in a virtualenv of its own (installed here, from PyPI).
duck="$out/duckdb-venv/bin/python"
[[ -x $duck ]] || { python3 -m venv "$out/duckdb-venv" && "$out/duckdb-venv/bin/pip" install -q duckdb; }
cat >"$out/duck.py" <<'PY'
import sys, duckdb
duckdb.sql(f"""COPY (SELECT * FROM read_json('{sys.argv[1]}', format = 'newline_delimited')
               WHERE sector = 'energy') TO '/dev/stdout' (FORMAT json, ARRAY true)""")
PY
echo "- $("$duck" -c 'import duckdb; print("DuckDB", duckdb.__version__)'), $(nproc) threads"
echo
echo "| records | file | tool | wall (median) | CPU: user + system (mean) | peak memory | memory / file | wall / agreements' |"
echo "|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  jsonl="$out/agreements-$n.jsonl"
  [[ -f $jsonl ]] || "$bin" --data "$out/agreements-$n.json" list --format jsonl >"$jsonl"
  runs=$(( n > 100000 ? 3 : 10 ))
  tools=(agreements DuckDB jq)
  commands=("$bin --data $jsonl list --sector energy --format json"
            "$duck $out/duck.py $jsonl"
            "jq -c 'select(.sector == \"energy\")' $jsonl")
  hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$out/duck-$n.json" \
    "${commands[@]}" >/dev/null
  bytes=$(stat -c %s "$jsonl")
  ours=$(median "$out/duck-$n.json" 0)
  for i in 0 1 2; do
    wall=$(median "$out/duck-$n.json" "$i")
    user=$(jq -r ".results[$i].user" "$out/duck-$n.json")
    system=$(jq -r ".results[$i].system" "$out/duck-$n.json")
    # The same command line as hyperfine's, through the shell for jq's quoted filter.
    peak=$(/usr/bin/time -f "%M" sh -c "${commands[$i]}" 2>&1 >/dev/null | tail -1)
    echo "| $n | $((bytes / 1048576)) MiB | ${tools[$i]} | $(seconds "$wall") | $(seconds "$user") + $(seconds "$system") | $((peak / 1024)) MiB | $(ratio "$((peak * 1024))" "$bytes") | $(ratio "$wall" "$ours") |"
  done
done
echo
echo "Ranked search against the list query, on the first size's JSON Lines file:"
echo
first="$out/agreements-${sizes[0]}.jsonl"
hyperfine -N --style none --warmup 1 --runs 5 --export-json "$out/search.json" \
  "$bin --data $first search gazprom pipeline --format json" \
  "$bin --data $first list --sector energy --format json" >/dev/null
echo "- \`search gazprom pipeline\` $(seconds "$(median "$out/search.json" 0)"), \`list --sector energy\` $(seconds "$(median "$out/search.json" 1)"): $(ratio "$(median "$out/search.json" 0)" "$(median "$out/search.json" 1)")x (target: at most 2x)."
echo

toml="$out/agreements-${sizes[0]}.toml"
if [[ -f $toml ]]; then
  echo "## TOML at ${sizes[0]} records"
  echo
  hyperfine -N --style none --warmup 1 --runs 5 --export-json "$out/toml.json" \
    "$bin --data $toml list --sector energy --format json" \
    "$bin --data ${toml%.toml}.json list --sector energy --format json" >/dev/null
  t=$(median "$out/toml.json" 0)
  j=$(median "$out/toml.json" 1)
  echo "The same query on the TOML file ($(( $(stat -c %s "$toml") / 1048576 )) MiB) takes $(seconds "$t"), $(ratio "$t" "$j")x the JSON file's $(seconds "$j"); \`agreements convert big.toml --to json > big.json\` is the fast path."
fi
