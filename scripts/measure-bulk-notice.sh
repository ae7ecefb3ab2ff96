#!/usr/bin/env bash
# Measures a bulk notice of N listings (default 10,000) against a running Steward:
# creates a marketplace, a seller, N listings, a rights holder with a verified trademark,
# then times the CSV upload and the review of one item. Needs curl and jq.
#   STEWARD_BOOTSTRAP_ADMIN_KEY=local-admin-key-change-me-0001 ./steward demo   # elsewhere
#   scripts/measure-bulk-notice.sh [N]
set -euo pipefail
N=${1:-10000}
BASE=${BASE:-http://localhost:8080}
ADMIN=${ADMIN:-local-admin-key-change-me-0001}
RUN=bulk$(date +%s)
json() { curl -sS -f -H 'Content-Type: application/json' "$@"; }
key() { json -X POST "$BASE/api/v1/admin/api-keys" -H "Authorization: Bearer $ADMIN" \
  -d "{\"subjectType\":\"$1\",\"subjectId\":\"$2\"}" | jq -r .key; }

json -X PUT "$BASE/api/v1/marketplaces/$RUN" -H "Authorization: Bearer $ADMIN" -d '{"name":"Bulk"}' >/dev/null
MP=$(key MARKETPLACE "$RUN")
json -X PUT "$BASE/api/v1/marketplaces/$RUN/sellers/s1" -H "Authorization: Bearer $MP" \
  -d '{"displayName":"Bulk seller","stores":[{"id":"st1","name":"Bulk store"}]}' >/dev/null
start=$(date +%s.%N)
seq 1 "$N" | xargs -P 4 -I{} curl -sS -f -o /dev/null -X PUT -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $MP" "$BASE/api/v1/marketplaces/$RUN/listings/L{}" \
  -d '{"sellerId":"s1","storeId":"st1","title":"Listing {}","price":10,"currency":"EUR"}'
end=$(date +%s.%N)
echo "listings: $N upserts with 4 clients in $(echo "$end - $start" | bc) s"
BATCH=$(mktemp)
seq 1 "$N" | jq -R -s -c --arg s s1 'split("\n") | map(select(length > 0)) |
  map({id: ("B" + .), listing: {sellerId: $s, storeId: "st1", title: ("Batch listing " + .), price: 10, currency: "EUR"}})' > "$BATCH"
start=$(date +%s.%N)
curl -sS -f -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Bearer $MP" \
  --data-binary "@$BATCH" "$BASE/api/v1/marketplaces/$RUN/listings:batch"
end=$(date +%s.%N)
echo "listings: $N in one listings:batch call in $(echo "$end - $start" | bc) s"
rm -f "$BATCH"

RH=$(json -X POST "$BASE/api/v1/rights-holders" -d '{"name":"Bulk brand","contactName":"Counsel","contactEmail":"c@bulk.example"}' | jq -r .id)
RHK=$(key RIGHTS_HOLDER "$RH")
RIGHT=$(json -X POST "$BASE/api/v1/rights-holders/$RH/ip-rights" -H "Authorization: Bearer $RHK" \
  -d '{"type":"TRADEMARK","name":"BULK","registrationNumber":"1","jurisdiction":"EU"}' | jq -r .id)
json -X POST "$BASE/api/v1/ip-rights/$RIGHT/verification" -H "Authorization: Bearer $ADMIN" \
  -d '{"decision":"VERIFIED","reason":"measurement"}' >/dev/null
CSV=$(mktemp)
{ echo "marketplace,listing_id"; seq 1 "$N" | sed "s/^/$RUN,L/"; } > "$CSV"
start=$(date +%s.%N)
OUT=$(curl -sS -f -H "Authorization: Bearer $RHK" -F "file=@$CSV;type=text/csv" -F "ipRightId=$RIGHT" \
  -F reason=COUNTERFEIT -F "explanation=Measured bulk notice of counterfeit listings." -F goodFaithDeclaration=true \
  "$BASE/api/v1/notices/bulk")
end=$(date +%s.%N)
echo "bulk notice: $(echo "$OUT" | jq .accepted) rows accepted, $(echo "$OUT" | jq '.refused | length') refused, in $(echo "$end - $start" | bc) s"
NOTICE=$(echo "$OUT" | jq -r .noticeId)
start=$(date +%s.%N)
json "$BASE/api/v1/notices/$NOTICE" -H "Authorization: Bearer $RHK" -o /dev/null
end=$(date +%s.%N)
echo "GET of the $N-item notice: $(echo "$end - $start" | bc) s"
rm -f "$CSV"
