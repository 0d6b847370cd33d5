#!/usr/bin/env bash
# The walk of docs/operators-guide.md, start to end, on a throw-away embedded store.
# Run from the repository root after `npm ci`:   bash docs/examples/operators-guide-walk.sh
# Needs curl and jq. VEZEL_DATA (default: a new temporary folder) and PORT (default 3999) may be set.
set -euo pipefail

export VEZEL_DATA="${VEZEL_DATA:-$(mktemp -d)/data}"
export VEZEL_DEMO=0 # the walk starts empty: no demo operator
export VEZEL_SCHEDULE=0 # the walk does by hand what the server's daily cycle would do by itself
PORT="${PORT:-3999}"
export VEZEL="http://127.0.0.1:$PORT"
examples=docs/examples

vezel() { node bin/vezel.js "$@"; }
step() { printf '\n$ %s\n' "$*"; }
api() { curl -sS -H "Authorization: Bearer $VEZEL_TOKEN" -H 'Content-Type: application/json' "$VEZEL$1" "${@:2}"; echo; }
expect() { # expect <what> <actual> <wanted>
  if [ "$2" != "$3" ]; then echo "FAILED: $1 is '$2', expected '$3'" >&2; exit 1; fi
}
server=
serve() { # the server with its clock standing still on day $1
  PORT=$PORT node bin/vezel.js serve --as-of "$1" >"$VEZEL_DATA.serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 60); do curl -s "$VEZEL/health" >/dev/null && break; sleep 1; done
  echo "(vezel serve --as-of $1)"
}
stop() {
  kill "$server"
  wait "$server" || true
  server=
  echo "(server stopped)"
}
trap '[ -n "$server" ] && kill "$server"' EXIT

echo "The store: $VEZEL_DATA"

# 1–3: seller, catalog, customer, and a user with a token (CLI, no server running)
step vezel sellers add --file $examples/seller.json
vezel sellers add --file $examples/seller.json
step vezel catalog add --file $examples/product.json
vezel catalog add --file $examples/product.json
step vezel customers add --file $examples/customer.json
vezel customers add --file $examples/customer.json
step vezel users create --email anna@glasweg.example --name "Anna Jansen" --role admin
vezel users create --email anna@glasweg.example --name "Anna Jansen" --role admin
VEZEL_TOKEN=$(vezel users token anna@glasweg.example --name "operators guide" | tail -1)
export VEZEL_TOKEN

# 4–5: quote, order, contract; premises, NAP, switch, the access order (API)
serve 2027-03-01
step api /quotes -d @$examples/quote.json
api /quotes -d @$examples/quote.json | jq -c '{id, issuedOn, validUntil, binding}'
step api /orders -d '{"quoteId": "Q-1"}'
api /orders -d '{"quoteId": "Q-1"}' | jq -c '{id, receivedOn}'
for action in record-signed-form accept activate; do
  step api /orders/O-1/$action -d '{}'
  api /orders/O-1/$action -d '{}' | jq -c '{contractId, order: .order | {signedFormOn, acceptedOn, activatedOn}}'
done
step api /contracts/C-1
api /contracts/C-1 | jq -c '.timeline | {status, formedOn, startsOn, currentTerm, noticeDeadline}'
step api /premises
api /premises -d '{"address": {"street": "Voorstraat", "houseNumber": "210", "postcode": "3311 ES", "city": "Dordrecht"}, "customerId": "CU-1"}' | jq -c '{id, customerId}'
api /cables -d '{"id": "DDR-CENTRUM-03", "fiberCount": 48, "description": "Voorstraat, Dordrecht centrum"}' | jq -c '{id, fiberCount}'
api /naps -d '{"premisesId": "PR-1", "cableId": "DDR-CENTRUM-03", "fiber": 7}' | jq -c '{id, state}'
api /naps/NAP-1/state -d '{"state": "active"}' | jq -c '{id, state, activatedOn}'
api /cpe -d '{"serialNumber": "FS2027000042", "model": "FS S3900-24T4S", "ports": 28, "sticker": "GW-0042"}' | jq -c '{id, state}'
api /cpe/CPE-1/install -d '{"customerId": "CU-1", "contractId": "C-1", "premisesId": "PR-1", "ownership": "lent", "depositCents": 15000}' | jq -c '{id, state, ownership, depositCents}'
step api /network-orders -d @$examples/access-order.json
api /network-orders -d @$examples/access-order.json | jq -c '{id, state}'
api /network-orders/NO-1/accept -d '{}' | jq -c '{id, state}'
api /network-orders/NO-1/plan -d '{"plannedOn": "2027-03-01"}' | jq -c '{id, state, plannedOn}'
api /network-orders/NO-1/program -d '{}' | jq -c '{id, state, serviceId}'
api /network-orders/NO-1/release -d '{}' | jq -c '{id, state}'
stop

# 6–7: the bill run, the bank statement, the unmatched queue (CLI)
step vezel billing run glasweg 2027-Q2
vezel billing run glasweg 2027-Q2
step vezel invoices show INV-1
vezel invoices show INV-1
step vezel billing issue BR-1
vezel billing issue BR-1
vezel invoices pdf INV-1 --out "$VEZEL_DATA.GW-000001.pdf"
vezel invoices ubl INV-1 --out "$VEZEL_DATA.GW-000001.xml"
expect "the payment reference" "$(vezel invoices show INV-1 --json | jq -r .paymentReference)" RF51GW000001
step vezel bank import $examples/camt053-glasweg.xml --seller glasweg
vezel bank import $examples/camt053-glasweg.xml --seller glasweg
step vezel payments show PAY-1
vezel payments show PAY-1
expect "PAY-1 matched by" "$(vezel payments show PAY-1 --json | jq -r .matchedBy)" payment-reference
expect "PAY-1 allocated to INV-1" "$(vezel payments show PAY-1 --json | jq -r '.allocations[0].amountCents')" 79053
step vezel payments unmatched --seller glasweg
vezel payments unmatched --seller glasweg
step vezel payments assign PAY-2 --customer CU-1
vezel payments assign PAY-2 --customer CU-1
step vezel statement --seller glasweg --customer CU-1 --as-of 2027-04-21
vezel statement --seller glasweg --customer CU-1 --as-of 2027-04-21

# 7 (cont.) and 9: the access service activated once paid; a fault and its SLA clock (API)
serve 2027-05-12
step api /network-orders/NO-1/payments
api /network-orders/NO-1/payments -d '{"charge": "first-invoice", "paidOn": "2027-04-20"}' | jq -c '{id, missing: .activation.missing}'
api /network-orders/NO-1/payments -d '{"charge": "one-time-charges", "paidOn": "2027-04-20"}' | jq -c '{id, cleared: .activation.cleared}'
api /network-orders/NO-1/activate -d '{}' | jq -c '{id, state, tmf622State, activatedOn, serviceId}'
step api /faults -d @$examples/fault.json
api /faults -d @$examples/fault.json | jq -c '{id, state, sla: .sla | {status, averageBy, maximumBy}}'
api /faults/FLT-1/actions -d '{"action": "start", "note": "Ploeg onderweg"}' | jq -c '{id, state}'
api /faults/FLT-1/repair-report -d '{"repairedAt": "2027-05-12T11:40:00+02:00", "note": "Las hersteld bij Voorstraat 180"}' | jq -c '{id, state, status: .sla.status}'
api /faults/FLT-1/close -d '{"reason": "repaired"}' | jq -c '{id, state, closureReason}'
stop

# 8: the next quarter unpaid, the dunning ladder (CLI)
step vezel billing run glasweg 2027-Q3 --issue
vezel billing run glasweg 2027-Q3 --issue
step vezel dunning run --seller glasweg --as-of 2027-08-07
vezel dunning run --seller glasweg --as-of 2027-08-07
vezel dunning cases --customer CU-1

# 8 (cont.) and 10: paid late; notice (API)
serve 2027-10-15
step api /payments
api /payments -d '{"sellerId": "glasweg", "customerId": "CU-1", "amountCents": 32907, "valueDate": "2027-08-12", "invoiceNumber": "GW-000002"}' | jq -c '{id, unallocatedCents}'
step api /contracts/C-1/notice
api /contracts/C-1/notice -d '{"by": "customer", "channel": "email"}' | jq -c '{status, effectiveEnd, endedBy}'
stop

step vezel dunning run --seller glasweg --as-of 2027-10-15
vezel dunning run --seller glasweg --as-of 2027-10-15
step vezel network close-ended --as-of 2028-03-01
vezel network close-ended --as-of 2028-03-01

# 10 (cont.): the switch back, the deposit settled (API)
serve 2028-03-06
step api /cpe/CPE-1/return
api /cpe/CPE-1/return -d '{"returnedOn": "2028-03-03", "sticker": "GW-0042", "damageShare": "0"}' | jq -c '{id, state, returnedOn}'
api /cpe/CPE-1/settle-deposit -d '{}' | jq -c '{refund, deposit, damageShare, openClaims, because}'
stop

echo
echo "Done: the walk ran to the end on $VEZEL_DATA"
