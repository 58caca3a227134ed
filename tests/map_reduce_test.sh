#!/usr/bin/env bash
# The pipeline split as Hadoop Streaming or Spark's pipe would run it gives
# the report of a single run: --stage=extract maps each shard of a JSON Lines
# corpus to keyed records, sort groups them by key, and --stage=compare
# reduces them to findings.
set -euo pipefail

checker="$TEST_SRCDIR/$TEST_WORKSPACE/checker/checker"
make_corpus="$TEST_SRCDIR/$TEST_WORKSPACE/bench/make_corpus"
scratch="$TEST_TMPDIR/map_reduce"
rm -rf "$scratch" && mkdir -p "$scratch/shards"

"$make_corpus" --articles=400 --seed=3 --format=jsonl --out="$scratch" 2>/dev/null
corpus="$scratch/corpus.jsonl"

# The exit code is the gate: 1 when the sources disagree, as they do here.
gate() {
  local code=0
  "$@" || code=$?
  if [[ $code -ne 1 ]]; then
    echo "FAIL: exit $code, expected 1 (sources disagree): $*"
    exit 1
  fi
}

gate "$checker" --corpus="$corpus" --format=json --jobs=2 >"$scratch/single.json" 2>/dev/null

# Map: shards of unequal size, each read from standard input on two threads
# as a mapper is, their records compact, and every other shard's as JSON:
# the reducer reads both.
split -l 97 "$corpus" "$scratch/shards/part-"
format=text
for shard in "$scratch"/shards/part-*; do
  "$checker" --stage=extract --corpus=- --jobs=2 --format=$format <"$shard" >"$shard.records" \
    2>/dev/null
  format=$([[ $format == text ]] && echo json || echo text)
done
# Shuffle: the framework sorts by key, in no order the reducer may rely on.
cat "$scratch"/shards/*.records | LC_ALL=C sort >"$scratch/sorted.records"
# Reduce.
gate "$checker" --stage=compare --corpus=- --format=json \
  <"$scratch/sorted.records" >"$scratch/split.json" 2>/dev/null

records=$(wc -l <"$scratch/sorted.records")
findings=$(grep -c '"kind":' "$scratch/single.json" || true)
if [[ $records -lt 400 || $findings -lt 10 ]]; then
  echo "FAIL: too little to compare: $records records, $findings findings"
  exit 1
fi
# The reports differ only in the corpus they name.
if ! diff <(grep -v '"corpus":' "$scratch/single.json") \
  <(grep -v '"corpus":' "$scratch/split.json") >"$scratch/diff"; then
  echo "FAIL: the split run's report differs from the single run's:"
  head -40 "$scratch/diff"
  exit 1
fi
echo "PASS: $records records from $(ls "$scratch"/shards/*.records | wc -l) shards," \
  "$findings findings, the same report as a single run"
