#!/usr/bin/env bash
# Runs the checker for fact_consistency_test (rules/defs.bzl).
#
#   fact_consistency_test.sh test CHECKER PACKAGE expect_pass|expect_failure FLAG... -- SRC...
#   fact_consistency_test.sh update_baseline CHECKER PACKAGE BASELINE FLAG... -- SRC...
#
# Paths are relative to the runfiles root, where Bazel starts tests and
# binaries; BASELINE is relative to the workspace. The corpus is exactly the
# SRC files, laid out as in PACKAGE: the runfiles folder also holds the
# test's own executable, which is no article.
set -uo pipefail

mode=$1 checker=$2 package=$3 target=$4
shift 4
flags=()
while [[ $# -gt 0 && $1 != -- ]]; do
  flags+=("$1")
  shift
done
shift

scratch=${TEST_TMPDIR:-$(mktemp -d)}
corpus="$scratch/$package"
rm -rf "$corpus" && mkdir -p "$corpus"
for src in "$@"; do
  relative=${src#"$package"/}
  mkdir -p "$(dirname "$corpus/$relative")"
  ln -s "$PWD/$src" "$corpus/$relative"
done

# Paths are the runfiles', not the source folder's that the checker would
# resolve them against under bazel run.
run_checker() {
  env -u BUILD_WORKING_DIRECTORY -u BUILD_WORKSPACE_DIRECTORY \
    "$checker" --corpus="$corpus" "${flags[@]}" "$@"
}

case "$mode" in
  test)
    run_checker
    status=$?
    if [[ $target == expect_failure ]]; then
      if [[ $status -eq 1 ]]; then
        echo "PASS: the gate failed, as this test expects."
        exit 0
      fi
      echo "FAIL: this test expects the gate to fail (exit 1); the checker exited $status."
      exit 1
    fi
    exit "$status"
    ;;
  update_baseline)
    if [[ -z ${BUILD_WORKSPACE_DIRECTORY:-} ]]; then
      echo "update_baseline writes into the source tree: run it with bazel run." >&2
      exit 2
    fi
    run_checker --write_baseline="$BUILD_WORKSPACE_DIRECTORY/$target"
    ;;
  *)
    echo "unknown mode: $mode" >&2
    exit 2
    ;;
esac
