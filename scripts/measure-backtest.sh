#!/usr/bin/env bash
# Times backtests (POST /api/v1/screening/backtest) of a draft rule set over a catalogue of N
# listings (default 20,000) from S sellers (default 2,000), against a running Steward, then
# SWEEPS sweeps of the whole catalogue (default 1; POST /api/v1/sweeps, polled until finished).
# Fills the catalogue first unless FILL=no (to time another build over the same data). Needs
# curl and jq.
#   STEWARD_BOOTSTRAP_ADMIN_KEY=local-admin-key-change-me-0001 ./steward demo   # elsewhere
#   scripts/measure-backtest.sh [N] [S] [ROUNDS]
set -euo pipefail
N=${1:-20000}
S=${2:-2000}
ROUNDS=${3:-3}
BASE=${BASE:-http://localhost:8080}
ADMIN=${ADMIN:-local-admin-key-change-me-0001}
MP=${MP_CODE:-backtest}
json() { curl -sS -f -H 'Content-Type: application/json' "$@"; }

if [ "${FILL:-yes}" != no ]; then
  json -X PUT "$BASE/api/v1/marketplaces/$MP" -H "Authorization: Bearer $ADMIN" -d '{"name":"Backtest"}' >/dev/null
  KEY=$(json -X POST "$BASE/api/v1/admin/api-keys" -H "Authorization: Bearer $ADMIN" \
    -d "{\"subjectType\":\"MARKETPLACE\",\"subjectId\":\"$MP\"}" | jq -r .key)
  seq 1 "$S" | xargs -P 4 -I{} curl -sS -f -o /dev/null -X PUT -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $KEY" "$BASE/api/v1/marketplaces/$MP/sellers/s{}" \
    -d '{"displayName":"Seller {}","stores":[{"id":"st{}","name":"Store {}"}]}'
  # titles that name a brand of the demo's dictionary now and then, in batches of 5,000
  for from in $(seq 1 5000 "$N"); do
    to=$((from + 4999 > N ? N : from + 4999))
    seq "$from" "$to" | jq -R -s -c --argjson s "$S" 'split("\n") | map(select(length > 0) | tonumber) |
      map(. as $i | ((($i % $s) + 1) | tostring) as $k | {id: ("L" + ($i | tostring)), listing: {
        sellerId: ("s" + $k), storeId: ("st" + $k),
        title: (if $i % 7 == 0 then "Nike running shoes size " + ($i | tostring) elif $i % 11 == 0 then
          "case for iPhone " + ($i | tostring) else "plain cotton shirt " + ($i | tostring) end),
        price: 10, currency: "EUR"}})' |
      curl -sS -f -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Bearer $KEY" \
        --data-binary @- "$BASE/api/v1/marketplaces/$MP/listings:batch"
  done
  echo "catalogue: $N listings of $S sellers in marketplace $MP"
fi
DRAFT='{"version":"draft-measure","defaults":{"refer":0.5,"block":0.85},"rules":[
  {"id":"any-mention","weight":0.9,"when":{"is":"UNAUTHORISED_MENTION"}},
  {"id":"stuffing","weight":0.8,"when":{"atLeast":{"measure":"DISTINCT_BRANDS","value":3}}}]}'
for r in $(seq 1 "$ROUNDS"); do
  start=$(date +%s.%N)
  OUT=$(json -X POST "$BASE/api/v1/screening/backtest?limit=100000&marketplace=$MP" \
    -H "Authorization: Bearer $ADMIN" -d "$DRAFT")
  end=$(date +%s.%N)
  echo "backtest $r: $(echo "$OUT" | jq .listings) listings in $(echo "$end - $start" | bc) s," \
    "changes $(echo "$OUT" | jq -c .changes)"
done
for r in $(seq 1 "${SWEEPS:-1}"); do
  ID=$(json -X POST "$BASE/api/v1/sweeps" -H "Authorization: Bearer $ADMIN" -d '{"reason":"measurement"}' | jq -r .id)
  while :; do
    P=$(json "$BASE/api/v1/sweeps/$ID" -H "Authorization: Bearer $ADMIN")
    [ "$(echo "$P" | jq -r .status)" = RUNNING ] || break
    sleep 1
  done
  echo "sweep $r: $(echo "$P" | jq -r .status), $(echo "$P" | jq .done) listings at $(echo "$P" | jq .ratePerSecond)/s"
done
