#!/usr/bin/env bash
# The command line as a user meets it: exit codes, --format, --report.
set -uo pipefail

checker="$TEST_SRCDIR/$TEST_WORKSPACE/checker/checker"
corpus="$TEST_SRCDIR/$TEST_WORKSPACE/testdata/corpus"
scratch="$TEST_TMPDIR/cli"
rm -rf "$scratch" && mkdir -p "$scratch"
failures=0

# expect NAME EXPECTED_EXIT COMMAND...: runs COMMAND, keeping its stdout and
# stderr in $scratch/out and $scratch/err.
expect() {
  local name=$1 expected=$2
  shift 2
  "$@" >"$scratch/out" 2>"$scratch/err"
  local actual=$?
  if [[ $actual -ne $expected ]]; then
    echo "FAIL $name: exit $actual, expected $expected"
    sed 's/^/  stderr: /' "$scratch/err" | head -5
    failures=$((failures + 1))
  fi
}

# contains NAME FILE TEXT
contains() {
  if ! grep -qF -- "$3" "$2"; then
    echo "FAIL $1: $2 lacks: $3"
    failures=$((failures + 1))
  fi
}

lacks() {
  if grep -qF -- "$3" "$2"; then
    echo "FAIL $1: $2 contains: $3"
    failures=$((failures + 1))
  fi
}

expect "sample corpus disagrees" 1 "$checker" --corpus="$corpus"
contains "text summary" "$scratch/out" "Checked 7 documents (0 skipped): "
contains "text summary" "$scratch/out" "3 discrepancies (3 warnings)."

# Any number of threads gives the same report, however many are asked for
# (the system once refused 100,000 and the checker crashed).
expect "one thread" 1 "$checker" --corpus="$corpus" --format=json --jobs=1
mv "$scratch/out" "$scratch/one-thread.json"
expect "more threads than the system gives" 1 "$checker" --corpus="$corpus" --format=json --jobs=100000
cmp -s "$scratch/out" "$scratch/one-thread.json" ||
  { echo "FAIL --jobs=100000: not the report of --jobs=1"; failures=$((failures + 1)); }

# Output that cannot be written (a full disk) fails the run, in every
# format and stage, rather than passing for a report given.
if [[ -c /dev/full ]]; then
  for format in text json sarif github junit; do
    "$checker" --corpus="$corpus" --format="$format" >/dev/full 2>"$scratch/err"
    status=$?
    [[ $status -eq 2 ]] || { echo "FAIL --format=$format to a full disk: exit $status"; failures=$((failures + 1)); }
    contains "--format=$format to a full disk" "$scratch/err" "cannot write"
  done
  "$checker" --corpus="$corpus" --stage=extract >/dev/full 2>"$scratch/err"
  status=$?
  [[ $status -eq 2 ]] || { echo "FAIL --stage=extract to a full disk: exit $status"; failures=$((failures + 1)); }
  contains "--stage=extract to a full disk" "$scratch/err" "cannot write the records to standard output"
fi

expect "json format" 1 "$checker" --corpus="$corpus" --format=json
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert len(r["discrepancies"]) == 3' \
  "$scratch/out" || { echo "FAIL json format: stdout is not the JSON report"; failures=$((failures + 1)); }

expect "report to a path" 1 "$checker" --corpus="$corpus" --report="$scratch/report.html"
contains "report written" "$scratch/report.html" "<!DOCTYPE html>"
contains "report path printed" "$scratch/err" "wrote the HTML report to $scratch/report.html"

# --report alone writes factcheck-report.html where the user is, even before
# another flag.
(
  failures=0
  cd "$scratch" && expect "bare --report" 1 "$checker" --corpus="$corpus" --report --format=json
  exit "$failures"
) || failures=$((failures + 1))
[[ -s "$scratch/factcheck-report.html" ]] || { echo "FAIL bare --report: no factcheck-report.html"; failures=$((failures + 1)); }

# A working directory removed under the run: the report cannot be written
# there, and the checker says so rather than crashing.
mkdir -p "$scratch/gone"
(
  failures=0
  cd "$scratch/gone" && rmdir "$scratch/gone"
  expect "report in a removed folder" 2 "$checker" --corpus="$corpus" --report=r.html
  contains "report in a removed folder" "$scratch/err" "cannot write r.html"
  exit "$failures"
) || failures=$((failures + 1))

# Under `bazel run`, relative paths are the user's.
mkdir -p "$scratch/user"
cp -r "$corpus" "$scratch/user/articles"
expect "relative to BUILD_WORKING_DIRECTORY" 1 \
  env BUILD_WORKING_DIRECTORY="$scratch/user" "$checker" --corpus=articles --report=mine.html
[[ -s "$scratch/user/mine.html" ]] || { echo "FAIL relative report path"; failures=$((failures + 1)); }

expect "missing corpus" 2 "$checker" --corpus="$scratch/nowhere"
contains "missing corpus message" "$scratch/err" "corpus not found"

mkdir -p "$scratch/empty"
expect "no readable input" 2 "$checker" --corpus="$scratch/empty"
contains "no readable input message" "$scratch/err" "no readable articles"

expect "bad format" 2 "$checker" --corpus="$corpus" --format=xml
contains "bad format message" "$scratch/err" "--format must be one of text, json, sarif, github, junit"

# A mapper's records are compact unless asked for as JSON, to read or filter.
expect "records as JSON" 0 "$checker" --corpus="$corpus" --stage=extract --format=json
contains "records as JSON" "$scratch/out" $'\t{"document":{"summary":'
expect "records in a report's format" 2 "$checker" --corpus="$corpus" --stage=extract --format=sarif
contains "records in a report's format message" "$scratch/err" \
  "--stage=extract writes records, compact or with --format=json as JSON, not sarif"

# A reducer given the articles' folder rather than the mappers' records.
expect "records from a folder" 2 "$checker" --corpus="$corpus" --stage=compare
contains "records from a folder message" "$scratch/err" "is a folder"

expect "unknown flag" 2 "$checker" --corpuss="$corpus"
contains "unknown flag message" "$scratch/err" "unknown flag '--corpuss="

expect "help" 0 "$checker" --help
contains "help lists flags" "$scratch/out" "--corpus  (default: \"testdata/corpus\")"
contains "help gives exit codes" "$scratch/out" "Exit codes: 0 nothing fails the gate"
contains "help lists gate flags" "$scratch/out" "--write_baseline"

# Progress goes to a terminal only: here stderr is a file.
expect "no progress off a terminal" 1 "$checker" --corpus="$corpus"
lacks "no progress off a terminal" "$scratch/err" "files read"

# A flag's value it cannot take is a usage error (2), not Abseil's exit 1,
# which would read as findings.
expect "flag value not a number" 2 "$checker" --jobs=abc
contains "flag value not a number message" "$scratch/err" "checker: --jobs=abc: Illegal value 'abc'"
expect "flag without its value" 2 "$checker" --jobs
contains "flag without its value message" "$scratch/err" "checker: --jobs needs a value"
expect "boolean flag's value" 2 "$checker" --no_exit_code=maybe
expect "negative jobs" 2 "$checker" --jobs=-1
contains "negative jobs message" "$scratch/err" "--jobs must be 0 (one thread per core) or more, not -1"
expect "Abseil's own flag" 2 "$checker" --flagfile=/nonexistent
contains "Abseil's own flag message" "$scratch/err" "unknown flag '--flagfile=/nonexistent'"
expect "jobs as the next argument" 1 "$checker" --corpus="$corpus" --jobs 2

expect "report path after a space" 2 "$checker" --report "$scratch/spaced.html"
contains "report path after a space message" "$scratch/err" \
  "unexpected argument '$scratch/spaced.html' (to write the report there: --report=$scratch/spaced.html)"

expect "stray argument" 2 "$checker" "$corpus"
contains "stray argument message" "$scratch/err" "unexpected argument '$corpus' (to check it: --corpus=$corpus)"
expect "stray word" 2 "$checker" report
contains "stray word message" "$scratch/err" "unexpected argument 'report' (flags take the form --name=value; see --help)"

# A corpus whose sources agree passes the gate; an empty file is named and
# skipped, and invalid UTF-8 is replaced and reported.
mkdir -p "$scratch/agree"
printf 'Varnholm, a port city home to 320,000 people, is flooded.\n' >"$scratch/agree/a.txt"
printf 'Varnholm is home to more than 320,000 people.\n' >"$scratch/agree/b.txt"
printf 'Caf\xe9 closed.\n' >"$scratch/agree/c.txt"
: >"$scratch/agree/d.txt"
expect "agreeing corpus" 0 "$checker" --corpus="$scratch/agree"
contains "repaired file named" "$scratch/err" "repaired c.txt: 1 byte of invalid UTF-8 or NUL replaced with U+FFFD"
contains "skipped file named" "$scratch/err" "skipped d.txt: empty file"
contains "repaired file in the report" "$scratch/out" "Repaired:"
contains "repaired file in the report" "$scratch/out" "  c.txt: 1 byte of invalid UTF-8 or NUL replaced with U+FFFD"
# Standard error names the first ten skipped inputs and repaired documents
# and counts the rest; the report lists every one.
mkdir -p "$scratch/many"
printf 'Varnholm is home to 320,000 people.\n' >"$scratch/many/a.txt"
for i in $(seq 10 34); do
  : >"$scratch/many/empty$i.txt"
  printf 'Caf\xe9 %s closed.\n' "$i" >"$scratch/many/repaired$i.txt"
done
expect "many skipped and repaired" 0 "$checker" --corpus="$scratch/many"
contains "first skipped named" "$scratch/err" "skipped empty19.txt: empty file"
lacks "eleventh skipped not named" "$scratch/err" "skipped empty20.txt"
contains "skipped counted" "$scratch/err" "skipped 15 more inputs, each listed in the report with why"
contains "first repaired named" "$scratch/err" "repaired repaired19.txt: 1 byte"
contains "repaired counted" "$scratch/err" "repaired 15 more documents, each listed in the report with why"
contains "every skipped in the report" "$scratch/out" "  empty34.txt: empty file"
contains "every repaired in the report" "$scratch/out" "  repaired34.txt: 1 byte"
[[ $(wc -l <"$scratch/err") -eq 22 ]] || { echo "FAIL many notes: stderr has $(wc -l <"$scratch/err") lines, not 22"; failures=$((failures + 1)); }

# Under bazel run, a path given without --corpus is the user's: looked for
# where they ran from.
(cd / && BUILD_WORKING_DIRECTORY="$scratch" "$checker" agree >"$scratch/out" 2>"$scratch/err")
contains "stray path under bazel run" "$scratch/err" "unexpected argument 'agree' (to check it: --corpus=agree)"

# A JSON Lines record whose date is not one is checked without it.
printf '%s\n' '{"text": "Varnholm is home to 320,000 people."}' \
  '{"text": "Varnholm is home to 410,000 people.", "date": "soon"}' >"$scratch/undated.jsonl"
expect "record with a bad date" 1 "$checker" --corpus="$scratch/undated.jsonl"
contains "record with a bad date repaired" "$scratch/err" \
  'repaired undated.jsonl:2: its date, "soon", is not a date and was left out'
contains "record with a bad date checked" "$scratch/out" "undated.jsonl:2:1  Varnholm is home to"

# Corpus text never becomes markup in the report, not even the markup its
# character references stand for (a tag itself is read as no text).
mkdir -p "$scratch/hostile"
printf 'Varnholm, a city home to 320,000 people, &lt;script&gt;alert(1)&lt;/script&gt; is flooded.\n' \
  >"$scratch/hostile/a.txt"
printf 'Varnholm is home to about 290,000 people "&gt;&lt;svg onload=alert(1)&gt; &lt;img src=x onerror=alert(1)&gt;.\n' \
  >"$scratch/hostile/b.txt"
expect "hostile corpus" 1 "$checker" --corpus="$scratch/hostile" --report="$scratch/hostile.html"
contains "script escaped" "$scratch/hostile.html" "&lt;script&gt;alert(1)&lt;/script&gt;"
contains "svg escaped" "$scratch/hostile.html" "&quot;&gt;&lt;svg onload=alert(1)&gt;"
lacks "no raw script" "$scratch/hostile.html" "<script>alert"
lacks "no raw svg" "$scratch/hostile.html" "<svg onload"
lacks "no raw img" "$scratch/hostile.html" "<img src=x"

if [[ $failures -gt 0 ]]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all command-line checks passed"
