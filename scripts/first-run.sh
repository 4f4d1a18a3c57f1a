#!/usr/bin/env bash
# A newcomer's first run, checked: clone the committed tree into a temporary folder, run the
# README's command (npm install && npm start), request / and a policy page, stop the server.
# Fails if either page does not answer 200 within the time allowed.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
port="${FIRST_RUN_PORT:-4391}"
work="$(mktemp -d)"
log="$work/start.log"
server=""

cleanup() {
  if [ -n "$server" ]; then kill -- "-$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

git clone -q "$repo" "$work/site"
cd "$work/site"
echo "first run: npm install && npm start in a fresh clone ($work/site), port $port"
# Its own process group, so stopping it stops astro preview too.
setsid bash -c "npm install --no-fund --no-audit && npm start -- --port $port" >"$log" 2>&1 &
server=$!

status() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$1" || true; }
for _ in $(seq 1 240); do
  if [ "$(status /)" = 200 ]; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then
    echo "first run: npm start exited before serving the site:"; tail -30 "$log"; exit 1
  fi
  sleep 1
done
for path in / /policies/kap-001/; do
  code="$(status "$path")"
  if [ "$code" != 200 ]; then
    echo "first run: GET $path answered $code, not 200:"; tail -30 "$log"; exit 1
  fi
  echo "first run: GET $path 200"
done
