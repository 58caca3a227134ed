#!/usr/bin/env bash
# A million tiny files: every one is read, the two that disagree are still
# found among them, and the two that cannot be read are listed, not lost.
set -euo pipefail

checker="$TEST_SRCDIR/$TEST_WORKSPACE/checker/checker"
corpus="$TEST_TMPDIR/million"
rm -rf "$corpus"

python3 - "$corpus" <<'PY'
import os, sys
root = sys.argv[1]
for folder in range(1000):
    path = os.path.join(root, "%03d" % folder)
    os.makedirs(path)
    for note in range(1000):
        if folder == 0 and note < 2:
            continue  # the two articles below take their places
        with open(os.path.join(path, "%03d.txt" % note), "w") as f:
            f.write("Note %d.%d: the archive box was scanned.\n" % (folder, note))
with open(os.path.join(root, "000", "000.txt"), "w") as f:
    f.write("Varnholm, a port city home to 320,000 people, is flooded.\n")
with open(os.path.join(root, "000", "001.txt"), "w") as f:
    f.write("Varnholm is home to about 250,000 people.\n")
open(os.path.join(root, "empty.txt"), "w").close()
with open(os.path.join(root, "scan.txt"), "wb") as f:
    f.write(bytes(range(256)) * 4)
PY

code=0
"$checker" --corpus="$corpus" --jobs=2 >"$TEST_TMPDIR/out" 2>"$TEST_TMPDIR/err" || code=$?
failures=0
check() {
  if ! grep -qF -- "$2" "$TEST_TMPDIR/$1"; then
    echo "FAIL: $1 lacks: $2"
    failures=$((failures + 1))
  fi
}
[[ $code -eq 1 ]] || { echo "FAIL: exit $code, expected 1 (two sources disagree)"; failures=$((failures + 1)); }
check out "Checked 1000000 documents (2 skipped)"
check out "population of Varnholm"
check err "skipped empty.txt: empty file"
check err "skipped scan.txt: binary file"
head -3 "$TEST_TMPDIR/out"
[[ $failures -eq 0 ]]
