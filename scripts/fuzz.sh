#!/usr/bin/env bash
# Coverage-guided fuzzing of the loaders (libFuzzer through cargo-fuzz).
#   scripts/fuzz.sh [SECONDS]       default: 300 s per target
# Needs `cargo install cargo-fuzz`. cargo-fuzz asks for a nightly compiler;
# RUSTC_BOOTSTRAP=1 lets the stable one accept its -Z flags.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-300}
mkdir -p fuzz/corpus/answers fuzz/corpus/questionnaire
cp -n examples/campagne-2026/*.yaml tests/hostile/answers/*.yaml fuzz/corpus/answers/ 2>/dev/null || true
cp -n questionnaires/*.yaml tests/fixtures/mini/questionnaire.yaml tests/hostile/questionnaires/*.yaml fuzz/corpus/questionnaire/ 2>/dev/null || true
mkdir -p fuzz/corpus/yaml_parity
cp -n examples/campagne-2026/*.yaml tests/hostile/answers/*.yaml fuzz/corpus/yaml_parity/ 2>/dev/null || true
for target in answers questionnaire yaml_parity; do
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1
done
