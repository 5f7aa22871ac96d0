#!/usr/bin/env bash
# Re-records examples/support/cassette.jsonl from the rule-based stand-in model (stand-in/server.mjs),
# offline. To record from a real model instead, run from the repo root with OPENAI_API_KEY set:
#   OPENAI_API_KEY=stand-in-needs-no-key node dist/cli.js run --config examples/support/promptgate.yml --record
set -euo pipefail
cd "$(dirname "$0")/../../.."
url_file=$(mktemp)
node examples/support/stand-in/server.mjs --port 0 > "$url_file" &
server=$!
trap 'kill $server; rm -f "$url_file" examples/support/stand-in/.record.yml' EXIT
for _ in $(seq 50); do [ -s "$url_file" ] && break; sleep 0.1; done
url=$(cat "$url_file")
# The same config, with the real provider pointed at the stand-in.
sed "s|    type: openai\$|    type: openai\n    baseUrl: $url|" examples/support/promptgate.yml > examples/support/stand-in/.record.yml
rm -f examples/support/cassette.jsonl
OPENAI_API_KEY=stand-in-needs-no-key node dist/cli.js run --config examples/support/stand-in/.record.yml --record --no-cache || test $? -eq 1 || { echo "recording failed"; exit 1; }
echo "recorded $(wc -l < examples/support/cassette.jsonl) responses into examples/support/cassette.jsonl"
