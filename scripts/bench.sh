#!/usr/bin/env bash
# Benchmark: scores N generated answer files (default 35,000, one per commune)
# of the default 40-question questionnaire, against `cat` of the same files,
# and times the demo report. Release build. Prints wall times and peak memory.
#
#   scripts/bench.sh [N...]        e.g. scripts/bench.sh 5000 35000
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(5000 35000)

cargo build --release -q
bin=target/release/boussole
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gen() { # N DIR: N answer files, deterministic, with na/unknown/comments
  python3 - "$1" "$2" <<'PY'
import os, re, sys, random
n, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
text = open("questionnaires/ia-gouvernance.fr.yaml", encoding="utf-8").read()
ids = re.findall(r"^      - id: (\S+)", text, re.M)
options = {}
cur = None
for line in text.splitlines():
    m = re.match(r"^      - id: (\S+)", line)
    if m: cur = m.group(1); options[cur] = 0
    elif re.match(r"^          - label:", line) and cur: options[cur] += 1
rng = random.Random(42)
for i in range(n):
    dept = f"Commune {i // 3:05d}"
    lines = ['questionnaire: ia-gouvernance', 'version: "2026.1"',
             f'department: "{dept}"', f'respondent: "Répondant {i}"', 'date: 2026-10-04', 'answers:']
    for q in ids:
        r = rng.random()
        if r < 0.03: lines.append(f"  {q}: na"); continue
        if r < 0.06: lines.append(f"  {q}: unknown"); continue
        k = options[q] or 5
        lines.append(f"  {q}:\n    choice: {rng.randrange(k)}")
        if r > 0.9: lines.append('    comment: "Démarche engagée, à consolider l’an prochain."')
    with open(os.path.join(out, f"r{i:05d}.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
PY
}

peak() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(uname -m)"
for n in "${counts[@]}"; do
  dir="$work/c$n"
  gen "$n" "$dir"
  size=$(du -sh "$dir" | cut -f1)
  echo "== $n files ($size)"
  cat "$dir"/*.yaml >/dev/null 2>&1 || true  # warm the page cache
  t0=$(date +%s.%N); find "$dir" -name '*.yaml' -print0 | xargs -0 cat >/dev/null; t1=$(date +%s.%N)
  cat_s=$(echo "$t1 - $t0" | bc)
  t0=$(date +%s.%N); "$bin" score --format json "$dir" >/dev/null; t1=$(date +%s.%N)
  score_s=$(echo "$t1 - $t0" | bc)
  mem=$(peak "$bin" score --format json "$dir")
  printf "cat: %.3f s   score: %.3f s   ratio: %.2f   peak RSS: %d MB\n" \
    "$cat_s" "$score_s" "$(echo "$score_s / $cat_s" | bc -l)" "$((mem / 1024))"
done

if "$bin" demo --help >/dev/null 2>&1; then
  echo "== demo report"
  t0=$(date +%s.%N); "$bin" demo -o "$work/demo" --date 2026-11-28 >/dev/null; t1=$(date +%s.%N)
  pdf=$(find "$work/demo" -name '*.pdf' | head -1)
  printf "demo: %.3f s (campaign + report), PDF %d KB\n" "$(echo "$t1 - $t0" | bc)" "$(( $(stat -c %s "$pdf") / 1024 ))"
fi
