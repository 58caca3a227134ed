#!/usr/bin/env bash
# Golden files: the checker's output in every format, byte for byte, on the
# gate corpus with its late article (tests/gate): known findings, a new one,
# an accepted spelling, a configuration and a baseline.
#
# After a deliberate change, look at the diff, then rewrite the files:
#   bazel run //tests/golden:golden_test -- --update
set -uo pipefail

cd "$TEST_SRCDIR/$TEST_WORKSPACE" 2>/dev/null || true  # bazel run starts elsewhere
checker=checker/checker
golden=tests/golden
scratch=${TEST_TMPDIR:-$(mktemp -d)}
update=false
[[ ${1:-} == --update ]] && update=true

# Relative paths are the runfiles', not the user's, even under bazel run.
run() { env -u BUILD_WORKING_DIRECTORY -u BUILD_WORKSPACE_DIRECTORY "$checker" --corpus=tests/gate "$@"; }

failures=0
for format in text json sarif github junit html; do
  output="$scratch/ferry.$format"
  if [[ $format == html ]]; then
    run --report="$output" >/dev/null 2>&1
  else
    run --format="$format" >"$output" 2>/dev/null
  fi
  if $update; then
    cp "$output" "$BUILD_WORKSPACE_DIRECTORY/$golden/ferry.$format"
    echo "updated $golden/ferry.$format"
  elif ! diff -u "$golden/ferry.$format" "$output"; then
    echo "FAIL: --format=$format differs from $golden/ferry.$format (if intended: bazel run //tests/golden:golden_test -- --update)"
    failures=$((failures + 1))
  fi
done
exit $((failures > 0))
