#!/usr/bin/env bash
# The HTML report in a real browser (Debian's headless Chromium): renders
# the report of the sample corpus to a screenshot, checks that its DOM holds
# every finding of the JSON report, that the page logs nothing to the console
# (no script error, nothing blocked), and that filters, j/k, deep links and
# sorting work; then that a corpus written to attack the page stays text.
#
#   tests/browser/report_in_chromium.sh CHECKER OUT_DIR
#
# Prints one line per check, "ok ..." or "FAIL ...", then "N passed, N failed".
set -uo pipefail

checker=$1
out=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
mkdir -p "$out"
passed=0
failed=0

ok() { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
expect() { if eval "$2"; then ok "$1"; else fail "$1"; fi; }

# Chromium as the issue and this machine's closed network require: no
# sandbox (CI runs as root), no GPU, no background traffic, a fresh profile.
chromium_run() {
  local profile
  profile=$(mktemp -d)
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@"
  local status=$?
  rm -rf "$profile"
  return $status
}

# Lines the page itself logged (errors, warnings, CSP violations).
console_lines() { grep -F ':CONSOLE' "$1"; }

# with_behaviour REPORT COPY: the report with report_behaviour.js run last.
with_behaviour() {
  python3 - "$1" "$2" "$here/report_behaviour.js" <<'PY'
import sys
page, copy, script = sys.argv[1:]
text = open(page).read()
at = text.rindex("</body>")
open(copy, "w").write(text[:at] + "<script>" + open(script).read() + "</script>\n" + text[at:])
PY
}

"$checker" --corpus="$repo/testdata/corpus" --report="$out/report.html" --format=json \
  >"$out/report.json" 2>/dev/null
expect "the checker wrote the report" '[[ -s $out/report.html ]]'

chromium_run --window-size=1280,1800 --screenshot="$out/report.png" "file://$out/report.html" \
  >/dev/null 2>"$out/screenshot.log"
expect "Chromium rendered a screenshot ($out/report.png)" \
  '[[ $(head -c 8 "$out/report.png" | od -An -tx1 | tr -d " \n") == 89504e470d0a1a0a ]]'

chromium_run --dump-dom "file://$out/report.html" >"$out/report.dom" 2>"$out/dom.log"
missing=$(python3 - "$out/report.json" "$out/report.dom" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
dom = open(sys.argv[2]).read()
ids = [d["id"] for d in report["discrepancies"]]
print(" ".join(i for i in ids if f'id="finding-{i}"' not in dom) if ids else "no findings")
PY
)
expect "the DOM has a card for every finding of the JSON report" '[[ -z $missing ]]'
expect "the page's script ran (it writes the count)" \
  'grep -q "<span id=\"shown\">[0-9]* of [0-9]* findings shown</span>" "$out/report.dom"'
expect "the picture is in the DOM" 'grep -q "<g class=\"node in-findings\"" "$out/report.dom"'
expect "no console messages" '! console_lines "$out/dom.log" >/dev/null && ! console_lines "$out/screenshot.log" >/dev/null'

# The reader's actions, driven inside the page.
with_behaviour "$out/report.html" "$out/behaviour.html"
chromium_run --dump-dom "file://$out/behaviour.html" >"$out/behaviour.dom" 2>"$out/behaviour.log"
behaviour=$(python3 -c '
import html, re, sys
match = re.search(r"<pre id=\"behaviour\">([^<]*)</pre>", open(sys.argv[1]).read())
print(html.unescape(match.group(1)) if match else "FAIL the behaviour checks did not run")
' "$out/behaviour.dom")
while IFS= read -r line; do
  case "$line" in
    ok*) ok "${line#ok   }" ;;
    *) fail "${line#FAIL }" ;;
  esac
done <<<"$behaviour"
expect "no console messages while driven" '! console_lines "$out/behaviour.log" >/dev/null'

# A corpus written to attack the page, in its text, its metadata and its
# file names: all of it must reach the page, as text. In the text, the
# markup is written as character references, which the checker reads as
# the characters they stand for (a tag itself it reads as no text).
hostile="$out/hostile-corpus"
rm -rf "$hostile" && mkdir -p "$hostile"
printf '%s\n' 'outlet <img src=x onerror="window.corpusScriptRan=4">' '' \
  'Varnholm, a city home to 320,000 people, &lt;script&gt;window.corpusScriptRan=1&lt;/script&gt; is flooded.' \
  >"$hostile/a.txt"
printf '%s\n' 'Varnholm is home to about 290,000 people "&gt;&lt;svg onload="window.corpusScriptRan=2"&gt; &lt;img src=x onerror="window.corpusScriptRan=3"&gt;.' \
  >"$hostile/b\"><img src=x onerror=\"window.corpusScriptRan=5\">.txt"
"$checker" --corpus="$hostile" --report="$out/hostile.html" >/dev/null 2>&1
with_behaviour "$out/hostile.html" "$out/hostile-behaviour.html"
chromium_run --dump-dom "file://$out/hostile-behaviour.html" >"$out/hostile.dom" 2>"$out/hostile.log"
for payload in 1 2 3 4 5; do
  expect "attack $payload from the corpus reached the page as text" \
    'grep -q "corpusScriptRan=\(&quot;\)\?$payload" "$out/hostile.dom"'
done
expect "no attack from the corpus ran or became an element" \
  'grep -q "ok   no corpus text became an element" "$out/hostile.dom"'
expect "a hostile corpus logs nothing to the console" '! console_lines "$out/hostile.log" >/dev/null'

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
