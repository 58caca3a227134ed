#!/usr/bin/env bash
# Builds every fuzz target with --config=fuzz (clang, libFuzzer, ASan, UBSan)
# and runs each for a bounded time from its seed corpus, two at a time.
# Prints one line per fuzzer and ends with "N passed, N failed". A crash
# leaves its input and log in the artifacts folder.
#
#   fuzz/run_fuzzers.sh [SECONDS_EACH] [ARTIFACTS_DIR]
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-30}
artifacts=${2:-$(mktemp -d)}
mkdir -p "$artifacts"

fuzzers=$(bazel query --noshow_progress \
  'attr(linkopts, "-fsanitize=fuzzer", kind(cc_binary, //fuzz:*))' 2>/dev/null | sort)
if [[ -z "$fuzzers" ]] || ! bazel build --noshow_progress --config=fuzz $fuzzers 2>"$artifacts/build.log"; then
  tail -20 "$artifacts/build.log"
  echo "0 passed, 1 failed"
  exit 1
fi
bin=$(bazel info --config=fuzz bazel-bin 2>/dev/null)

# The seed folder each fuzzer starts from, as fuzz/BUILD.bazel names it.
seeds() {
  bazel query --noshow_progress "labels(data, ${1}_test)" 2>/dev/null |
    sed -n 's#^//fuzz:\(corpus/[^/]*\)/.*#fuzz/\1#p' | sort -u | head -1
}

run() {
  local target=$1 name=${1#//fuzz:}
  local work="$artifacts/$name" seed_dir
  # Asked here, in the workspace: bazel cannot answer from the scratch folder.
  seed_dir=$(seeds "$target")
  if [[ -z "$seed_dir" || ! -d "$seed_dir" ]]; then
    echo "$name: FAILED (no seed folder found for $target)"
    return 1
  fi
  seed_dir="$PWD/$seed_dir"
  mkdir -p "$work/corpus"
  # New inputs go to the scratch folder; the kept seeds are only read.
  # Entropic scheduling is off: over the rule modules' coverage (RE2's
  # programs and DFAs) its bookkeeping took a third of the time. Without it
  # the module fuzzers run two to seven times the inputs in the same time
  # and reach at least the same coverage.
  if (cd "$work" && "$bin/fuzz/$name" -entropic=0 -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 corpus "$seed_dir") >"$work/log" 2>&1; then
    echo "$name: ok, $(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log") runs in ${seconds}s"
  else
    echo "$name: FAILED (log and crash input in $work)"
    grep -m3 -E "ERROR|runtime error|SUMMARY" "$work/log"
    return 1
  fi
}

passed=0
failed=0
pids=()
names=()
for target in $fuzzers; do
  run "$target" >"$artifacts/${target#//fuzz:}.result" &
  pids+=($!)
  names+=("${target#//fuzz:}")
  if (( ${#pids[@]} == 2 )); then
    for i in "${!pids[@]}"; do
      if wait "${pids[$i]}"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
      cat "$artifacts/${names[$i]}.result"
    done
    pids=()
    names=()
  fi
done
for i in "${!pids[@]}"; do
  if wait "${pids[$i]}"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  cat "$artifacts/${names[$i]}.result"
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
