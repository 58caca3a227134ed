#!/usr/bin/env bash
# The gate end to end, as a corpus maintainer meets it: the known findings
# pass, one new spelling fails and is the only finding named as failing,
# edits elsewhere in an article do not bring a known finding back, and every
# output format says the same.
set -uo pipefail

checker="$TEST_SRCDIR/$TEST_WORKSPACE/checker/checker"
gate="$TEST_SRCDIR/$TEST_WORKSPACE/tests/gate"
scratch="$TEST_TMPDIR/gate"
failures=0

fail() {
  echo "FAIL $*"
  failures=$((failures + 1))
}

# A fresh copy of the corpus, its configuration and its baseline.
fresh_corpus() {
  rm -rf "$scratch" && mkdir -p "$scratch"
  cp -rL "$gate/articles" "$gate/factcheck.textproto" "$gate/baseline.textproto" "$scratch/"
}

# check NAME EXPECTED_EXIT FLAG...: runs the checker on the copy.
check() {
  local name=$1 expected=$2
  shift 2
  "$checker" --corpus="$scratch" "$@" >"$TEST_TMPDIR/out" 2>"$TEST_TMPDIR/err"
  local actual=$?
  [[ $actual -eq $expected ]] || { fail "$name: exit $actual, expected $expected"; sed 's/^/  /' "$TEST_TMPDIR/err" | head -5; }
}

contains() { grep -qF -- "$2" "$TEST_TMPDIR/$3" || fail "$1: $3 lacks: $2"; }

fresh_corpus
check "known findings pass" 0
contains "known findings pass" "Gate passed: no new finding at warning or above (2 baselined)." out
contains "drafts are excluded" "Checked 3 documents (0 skipped)" out

# Editing other lines of an article moves every finding's lines, not its id.
sed -i 's/^Port Calloway, a fishing town/A new first paragraph.\n\nPort Calloway, a fishing town/' \
  "$scratch/articles/calloway-gazette.txt"
echo "A late correction to another paragraph." >>"$scratch/articles/coast-radio.txt"
check "edits elsewhere keep findings known" 0

fresh_corpus
mkdir -p "$scratch/late-edition"
cp "$gate/late-edition/mainland-courier.txt" "$scratch/late-edition/"
check "a new spelling fails the gate" 1
contains "names the new finding" "Gate failed: 1 finding at warning or above is not in the baseline (2 baselined)." out
contains "names the new finding" "NAME_SPELLING  Moreau / Moreaux (name)" out
contains "lists the known ones" "Baselined (known findings, not failing the gate):" out
[[ $(grep -c "^WARNING\|^ERROR" "$TEST_TMPDIR/out") -eq 1 ]] || fail "only the new finding is shown in full"

check "github annotations" 1 --format=github
[[ $(wc -l <"$TEST_TMPDIR/out") -eq 1 ]] || fail "github: one annotation, for the new finding"
contains "github annotation" "::warning file=$scratch/late-edition/mainland-courier.txt,line=6,title=Name spelling%3A Moreau / Moreaux" out

check "sarif" 1 --format=sarif
python3 - "$TEST_TMPDIR/out" <<'PY' || fail "sarif: baseline states"
import json, sys
log = json.load(open(sys.argv[1]))
states = sorted(r["baselineState"] for r in log["runs"][0]["results"])
assert states == ["new", "unchanged", "unchanged"], states
PY

check "junit" 1 --format=junit
python3 - "$TEST_TMPDIR/out" <<'PY' || fail "junit: counts"
import sys, xml.etree.ElementTree as tree
suites = tree.parse(sys.argv[1]).getroot()
assert (suites.get("tests"), suites.get("failures"), suites.get("skipped")) == ("3", "1", "2"), suites.attrib
PY

check "report only" 0 --no_exit_code
check "a higher threshold" 0 --min_severity=error
contains "a higher threshold" "Gate passed: no new finding at error or above (2 baselined)." out

# Accepting the new finding: record it, and the gate passes again.
check "write the baseline" 0 --write_baseline="$scratch/baseline.textproto"
contains "write the baseline" "recorded 3 findings in $scratch/baseline.textproto" err
check "accepted findings pass" 0
contains "accepted findings pass" "(3 baselined)" out

# A configuration that names its corpus is a run by itself.
fresh_corpus
mkdir -p "$TEST_TMPDIR/elsewhere"
printf 'corpus: "../gate"\nexclude: "articles/drafts/**"\nbaseline: "../gate/baseline.textproto"\naccepted_spelling: "Katherine Ostrander"\nseverity { kind: QUANTITY severity: ERROR }\n' \
  >"$TEST_TMPDIR/elsewhere/factcheck.textproto"
"$checker" --config="$TEST_TMPDIR/elsewhere/factcheck.textproto" >"$TEST_TMPDIR/out" 2>"$TEST_TMPDIR/err"
[[ $? -eq 0 ]] || fail "a configuration's corpus: exit $?"
contains "a configuration's corpus" "Checked 3 documents (0 skipped)" out
contains "a configuration's corpus" "(2 baselined)" out

# Mistakes are exit 2, with the file and line.
fresh_corpus
printf 'exclude: "articles/drafts/**"\nrules: "names"\nrules: "nmaes"\n' >"$scratch/factcheck.textproto"
check "unknown rule module" 2
contains "unknown rule module" "$scratch/factcheck.textproto:3: unknown rule module \"nmaes\"" err
printf 'min_severity: WARNING\nincldue: "articles/**"\n' >"$scratch/factcheck.textproto"
check "misspelled setting" 2
contains "misspelled setting" "$scratch/factcheck.textproto:2:" err
printf 'accepted_spelling: "Ostrander"\n' >"$scratch/factcheck.textproto"
check "accepted spelling without a given name" 2
contains "accepted spelling without a given name" "$scratch/factcheck.textproto:1: not a full name" err

fresh_corpus
check "missing baseline" 2 --baseline="$scratch/nowhere.textproto"
contains "missing baseline" "record the current findings with --write_baseline=" err
check "bad threshold" 2 --min_severity=severe
contains "bad threshold" "--min_severity must be info, warning or error" err

if [[ $failures -gt 0 ]]; then
  echo "$failures checks failed"
  exit 1
fi
echo "all gate checks passed"
