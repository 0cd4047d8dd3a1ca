#!/bin/bash
# test/betrouwbaar/concurrency.t: policy edits under load (pgbench).
#
# Several clients edit wlz.richttarief and wlz.tariefregel (update the RT%,
# update a rule, update two rules in two statements, insert and delete pairs
# of rules) while others run wlz.tariefpercentage over a table, through
# wlz.tariefpercentage_uitleg, and in a PL/pgSQL loop (where a call site, and
# the engine's per-query cache, lives for the whole transaction).  Every
# reader checks its result against a counter the writers update in the same
# transaction (pgbench/opzet.sql explains the arithmetic): a policy edit seen
# half, or a cache kept from an earlier snapshot, aborts that client.  Run
# once with prepared statements and once with simple queries.
#
# make test runs a short round; make concurrency a long one
# (CONCURRENCY_CLIENTS, CONCURRENCY_TRANSACTIONS per client).
set -uo pipefail
. "$(dirname "$0")/lib.sh"

clients=${CONCURRENCY_CLIENTS:-6}
transactions=${CONCURRENCY_TRANSACTIONS:-100}
db=wlz_gelijktijdig
dir=$here/pgbench

echo "1..9"

createdb "$db"
q -d "$db" -f "$dir/opzet.sql" >"$scratch/opzet" 2>&1
ok $? "the policy of two zorgkantoren for GZ 3000, a counter and 1000 declarations"
diag <"$scratch/opzet"

log=$(server_log)
from=$(log_size "$log")

scripts=(schrijf_rt.sql@3 schrijf_regel.sql@3 schrijf_paar.sql@2 paar_erbij.sql@1 paar_eraf.sql@1
	lees_tabel.sql@4 lees_uitleg.sql@2 lees_lus.sql@4)
args=()
for s in "${scripts[@]}"; do args+=(-f "$dir/$s"); done

for mode in prepared simple; do
	pgbench -n -M "$mode" -c "$clients" -j 2 -t "$transactions" "${args[@]}" "$db" \
		>"$scratch/pgbench" 2>&1
	status=$?
	# pgbench exits non-zero when a client aborted; check the counts too
	done_tx=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$scratch/pgbench")
	failed_tx=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$scratch/pgbench")
	[ "$status" = 0 ] && [ "${done_tx:-0}" = $((clients * transactions)) ] && [ "${failed_tx:-0}" = 0 ]
	ok $? "pgbench -M $mode, $clients clients x $transactions transactions: no error, every reader saw whole edits from its own snapshot"
	if [ "$status" != 0 ]; then
		grep -E 'ERROR|DETAIL|CONTEXT|abort' "$scratch/pgbench" |
			sed -E 's/client [0-9]+/client N/; s/[0-9]+(\.[0-9]+)?/#/g' | sort | uniq -c | sort -rn | diag
	fi
	# every script ran at least once
	ran=$(grep -cE '^ - [1-9][0-9]* transactions' "$scratch/pgbench" || true)
	[ "$ran" = "${#scripts[@]}" ]
	ok $? "pgbench -M $mode ran each of the ${#scripts[@]} scripts (writers and readers)"
done

read -r n_rt n_regel < <(psql -X -Atq -F ' ' -d "$db" -c 'SELECT n_rt, n_regel FROM teller')
[ "${n_rt:-0}" -gt 0 ] && [ "${n_regel:-0}" -gt 0 ]
ok $? "the writers committed edits (RT% $n_rt times, the rule $n_regel times)"

# After the run, in a new session: everything agrees with the counter.
psql -X -Atq -d "$db" -c "
	SELECT count(*) FROM declaratie d, teller t
	WHERE wlz.tariefpercentage(d.zorgkantoor, d.sector, d.jaar, kenmerken => d.kenmerken)
	      <> (t.n_rt + t.n_regel) * 0.0001" >"$scratch/scheef" 2>&1
[ "$(cat "$scratch/scheef")" = 0 ]
ok $? "afterwards every declaration gets (n_rt + n_regel) / 10000 = $((n_rt + n_regel))e-4" ||
	diag <"$scratch/scheef"

# The check can fail: a policy that disagrees with the counter is caught.
psql -X -Atq -d "$db" -c "UPDATE wlz.tariefregel SET waarde = waarde + 1 WHERE toelichting = 'teller' AND zorgkantoor = 'gelijktijdig-b'" >/dev/null
pgbench -n -c 1 -t 1 -f "$dir/lees_tabel.sql" "$db" >"$scratch/pgbench" 2>&1
status=$?
[ "$status" != 0 ] && grep -q 'division by zero' "$scratch/pgbench"
ok $? "a reader does notice a policy that disagrees with the counter"

if [ -n "$log" ]; then
	log_problems "$log" "$from" >"$scratch/log"
	[ ! -s "$scratch/log" ]
	ok $? "the server log shows no crash or sanitizer report"
	diag <"$scratch/log"
else
	ok 0 "the server log shows no crash or sanitizer report # SKIP server log not found"
fi
dropdb "$db"
[ "$tap_failed" = 0 ]
