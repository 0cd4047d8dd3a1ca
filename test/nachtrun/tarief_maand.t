#!/bin/bash
# test/nachtrun/tarief_maand.t: the nightly procedure of tarief_maand.sql is
# restartable after a failure, without double rows.
#
# A month of 20 000 declaration lines (and 500 of the month before, which it
# must leave alone; May and April 2026), in batches of 1 000:
#   1. a line whose year has no RT% makes the run fail (P0002) in batch 8:
#      batches 1-7 stay committed, nothing of batch 8;
#   2. with the line corrected, the next run is ended from outside
#      (pg_terminate_backend) while it waits in batch 15, which another
#      session holds up: batches 8-14 are committed, nothing of batch 15;
#   3. the third run does the last 6 batches and says it found 14 000 done;
#      then every line of the month has exactly one row, none of another
#      month, and each percentage and amount equals the one computed here in
#      plain SQL from README's rules for CZ GZ 2026 (not by the extension);
#   4. a fourth run changes nothing.
# The NOTICEs report each batch.  Runs inside the throw-away cluster of make
# test (test/run), prints TAP.
set -uo pipefail
nachtrun=$(cd "$(dirname "$0")" && pwd)
. "$nachtrun/../betrouwbaar/lib.sh"

echo "1..20"

val() { psql -X -Atq -d $db -c "$1"; }
# the id of the n-th May line
line() { val "SELECT id FROM declaratie WHERE maand = '2026-05-01' ORDER BY id OFFSET $(($1 - 1)) LIMIT 1"; }
done_may() { val "SELECT count(*) FROM declaratie_tarief WHERE maand = '2026-05-01'"; }
# show <file>: a run's output, after a check of it that failed
show() { [ "$tap_last" = 0 ] || diag <"$1"; }
okk() { ok "$@"; tap_last=$1; }
is() { # is <got> <expected> <description>
	[ "$1" = "$2" ]
	ok $? "$3"
	[ "$1" = "$2" ] || printf 'got:      %s\nexpected: %s\n' "$1" "$2" | diag
}

db=wlz_nachtrun
export PGOPTIONS='-c lc_messages=C'

dropdb --if-exists $db >/dev/null 2>&1
createdb $db
q -d $db -c 'CREATE EXTENSION wlzcontract' -f "$top/test/readme/tabellen.sql" >"$scratch/opzet" 2>&1 &&
q -d $db >>"$scratch/opzet" 2>&1 <<'SQL'
INSERT INTO wlz.richttarief (sector, jaar, percentage, toelichting)
VALUES ('GZ', 2026, 96.5, 'test/nachtrun: voorbeeld, niet het echte percentage');
CREATE INDEX ON declaratie (maand, id);
-- 20 500 lines; every 41st in April, the others (20 000) in May 2026 (README's lines are
-- of January to March)
INSERT INTO declaratie (agb, zorgkantoor, sector, jaar, maand, datum, prestatie, leveringsvorm, klasse, zorg, nhc, nic)
SELECT '01', 'cz', 'GZ', 2026, m, m + g % 28, (ARRAY['4VG', '5VG', '6VG'])[1 + g % 3],
       (ARRAY['verblijf', 'vpt', 'mpt', 'dtv'])[1 + g % 4]::wlz.leveringsvorm,
       (ARRAY['bestaand', 'bestaand-maar-nieuw', 'nieuw'])[1 + g / 4 % 3]::wlz.aanbiederklasse,
       150.05 + g % 211, 20.10 + g % 7, 4.35
FROM generate_series(1, 20500) g
CROSS JOIN LATERAL (SELECT CASE WHEN g % 41 = 0 THEN date '2026-04-01' ELSE date '2026-05-01' END AS m) x;
SQL
okk $? "a database with the extension, README's tables, the RT% GZ 2026 and 20 500 generated declaration lines"
show "$scratch/opzet"

q -d $db -f "$nachtrun/tarief_maand.sql" >"$scratch/out" 2>&1
okk $? "tarief_maand.sql creates the table declaratie_tarief and the procedure tarief_maand"
show "$scratch/out"

# ---------------------------------------------------------------------------
# 1. A failure inside the run: line 7 500 has a year without an RT%
bad=$(line 7500)
val "UPDATE declaratie SET jaar = 2062 WHERE id = $bad" >/dev/null
psql -X -q -v VERBOSITY=verbose -d $db -c "CALL tarief_maand(date '2026-05-15', 1000)" >"$scratch/run1" 2>&1
status=$?
[ $status != 0 ] && grep -q 'ERROR:  P0002' "$scratch/run1"
okk $? "run 1 fails with P0002 (no RT% for GZ 2062) in the batch of line 7 500"
show "$scratch/run1"
is "$(done_may)" 7000 "run 1: batches 1-7 (7 000 lines) are committed, nothing of batch 8"
is "$(grep -c 'NOTICE:  00000: batch [0-9]*: 1000 regels t/m declaratie' "$scratch/run1")" 7 \
	"run 1: a NOTICE for each of the 7 batches it committed, 1 000 lines each"
grep -q 'NOTICE:  00000: tarief_maand 2026-05: 20000 regels, 0 al berekend' "$scratch/run1"
ok $? "run 1: the first NOTICE says 20 000 lines, none done"

# ---------------------------------------------------------------------------
# 2. Ended from outside: another session holds line 14 500 (an uncommitted
# row with its id), so the run waits in batch 15 until it is terminated.
val "UPDATE declaratie SET jaar = 2026 WHERE id = $bad" >/dev/null
held=$(line 14500)
PGAPPNAME=nachtrun_houdt psql -X -q -d $db >"$scratch/holder" 2>&1 <<SQL &
BEGIN;
INSERT INTO declaratie_tarief (declaratie_id, maand, percentage, bedrag) VALUES ($held, '2026-05-01', 0, 0);
SELECT pg_sleep(120);
SQL
holder=$!
waitfor() { # waitfor <query that gives a pid>: up to 30 s
	local pid i
	for i in $(seq 1 300); do
		pid=$(val "$1")
		[ -n "$pid" ] && { echo "$pid"; return 0; }
		sleep 0.1
	done
	return 1
}
hpid=$(waitfor "SELECT pid FROM pg_stat_activity WHERE application_name = 'nachtrun_houdt' AND wait_event = 'PgSleep'")
PGAPPNAME=nachtrun psql -X -q -v VERBOSITY=verbose -d $db -c "CALL tarief_maand(date '2026-05-01', 1000)" >"$scratch/run2" 2>&1 &
run2=$!
rpid=$(waitfor "SELECT pid FROM pg_stat_activity WHERE application_name = 'nachtrun' AND wait_event_type = 'Lock'")
ok $? "run 2 waits in the batch of line 14 500, which another session holds"
val "SELECT pg_terminate_backend($rpid)" >/dev/null
wait $run2
status=$?
[ $status != 0 ] && grep -q 'terminating connection due to administrator command' "$scratch/run2"
okk $? "run 2 is ended with pg_terminate_backend"
show "$scratch/run2"
[ -n "$hpid" ] && val "SELECT pg_terminate_backend($hpid)" >/dev/null
wait $holder
is "$(done_may)" 14000 "after run 2: batches 1-14 (14 000 lines) are committed, nothing of batch 15"
is "$(val "SELECT count(*) FROM declaratie_tarief WHERE declaratie_id = $held")" 0 \
	"the other session's row of line 14 500 is gone with it"

# ---------------------------------------------------------------------------
# 3. The rerun finishes the month
psql -X -q -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d $db -c "CALL tarief_maand(date '2026-05-01', 1000)" >"$scratch/run3" 2>&1
okk $? "run 3 finishes"
show "$scratch/run3"
grep -q 'NOTICE:  00000: tarief_maand 2026-05: 20000 regels, 14000 al berekend' "$scratch/run3"
ok $? "run 3: the first NOTICE says 14 000 of 20 000 lines were done"
is "$(grep -c 'NOTICE:  00000: batch [0-9]*: ' "$scratch/run3")|$(grep -c 'NOTICE:  00000: batch [0-9]*: 1000 regels' "$scratch/run3")" "6|6" \
	"run 3: it does the 6 batches left, 1 000 new lines each (it skips the lines done)"
is "$(val "SELECT count(*), count(DISTINCT declaratie_id) FROM declaratie_tarief")" "20000|20000" \
	"20 000 rows, one per line: no line twice"
is "$(val "SELECT count(*) FROM declaratie d WHERE d.maand = '2026-05-01'
                AND NOT EXISTS (SELECT FROM declaratie_tarief t WHERE t.declaratie_id = d.id)")" 0 \
	"every line of May has its row"
is "$(val "SELECT count(*) FROM declaratie_tarief t JOIN declaratie d ON d.id = t.declaratie_id
           WHERE d.maand <> '2026-05-01' OR t.maand <> '2026-05-01'")" 0 "no row for a line of April"
# README's rules for CZ GZ 2026 with the RT% 96.5: a provider new to CZ gets
# 2 points less; VPT and DTV 100 %; the rest the RT%.  The amount: the care
# component at that percentage, rounded half away from zero (numeric round),
# plus NHC and NIC.
is "$(val "SELECT count(*) FILTER (WHERE t.percentage <> e.pct OR t.bedrag <> e.bedrag OR scale(t.bedrag) <> 2),
                  count(*) FILTER (WHERE e.pct = 100), count(*) FILTER (WHERE e.pct = 94.5),
                  count(*) FILTER (WHERE e.pct = 96.5), sum(t.bedrag) = sum(e.bedrag)
           FROM declaratie_tarief t JOIN declaratie d ON d.id = t.declaratie_id
           CROSS JOIN LATERAL (SELECT CASE WHEN d.klasse <> 'bestaand' THEN 96.5 - 2
                                           WHEN d.leveringsvorm IN ('vpt', 'dtv') THEN 100
                                           ELSE 96.5 END AS pct) p
           CROSS JOIN LATERAL (SELECT p.pct, round(d.zorg * p.pct / 100, 2) + d.nhc + d.nic AS bedrag) e")" \
	"0|3334|13331|3335|t" \
	"each row's percentage and amount equal README's rules computed in plain SQL (3 334 at 100 %, 13 331 at 94.5, 3 335 at 96.5)"

# ---------------------------------------------------------------------------
# 4. Nothing left to do
before=$(val "SELECT count(*), max(berekend_op) FROM declaratie_tarief")
psql -X -q -v ON_ERROR_STOP=1 -d $db -c "CALL tarief_maand(date '2026-05-01', 1000)" >"$scratch/run4" 2>&1
status=$?
[ $status = 0 ] && grep -q 'NOTICE:  tarief_maand 2026-05: klaar, 0 batches' "$scratch/run4" &&
	[ "$(val "SELECT count(*), max(berekend_op) FROM declaratie_tarief")" = "$before" ]
okk $? "run 4 over the finished month does nothing and changes nothing"
show "$scratch/run4"

# Misuse: a batch of 0, and a CALL inside a transaction block (COMMIT in the
# procedure is then not allowed)
psql -X -q -v VERBOSITY=verbose -d $db -c "CALL tarief_maand(date '2026-05-01', 0)" >"$scratch/out" 2>&1
grep -q 'ERROR:  22023' "$scratch/out"
ok $? "a batch size of 0 is 22023"
psql -X -q -v VERBOSITY=verbose -d $db -c 'BEGIN' -c "CALL tarief_maand(date '2026-04-01', 10)" >"$scratch/out" 2>&1
grep -q 'ERROR:  2D000' "$scratch/out" && [ "$(val "SELECT count(*) FROM declaratie_tarief WHERE maand = '2026-04-01'")" = 0 ]
okk $? "CALL inside BEGIN fails at its first COMMIT (2D000) and leaves nothing: run it in autocommit"
show "$scratch/out"

dropdb $db
[ $tap_failed = 0 ]
