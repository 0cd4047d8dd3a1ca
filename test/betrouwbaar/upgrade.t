#!/bin/bash
# test/betrouwbaar/upgrade.t: a database of 0.1.0 with a user's rows comes to
# 0.2.0 without losing a row or changing an answer (SPEC 7, issue 14).
#
#   update       0.1.0 + the rows of upgrade_rijen.sql (every table, among them
#                rows with the key of a shipped row), 0.1.0's SQL answering on
#                the new library, then ALTER EXTENSION ... UPDATE;
#   fresh        0.2.0 + the same rows;
#   dump         0.1.0 + the same rows, pg_dump -Fc, pg_restore into a server
#                whose default version is 0.2.0.
# All three must give the same catalog (update only), the same user rows and
# the same answers (antwoorden.sql: tariff percentages, explanations,
# deadlines, the rows that apply). Then the rows 0.1.0 let a user change:
# a changed shipped rule, a deleted one, a changed timetable row and a row
# planted with meegeleverd = true keep their answers across the update.
#
# Runs inside the throw-away cluster of make test (test/run), prints TAP.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

echo "1..13"

target=$(default_version)
extdir=$(extension_dir)
# the 0.1.0 script is not installed by make install; the server must find it
[ -f "$extdir/wlzcontract--0.1.0.sql" ] || cp "$top/wlzcontract--0.1.0.sql" "$extdir/" 2>/dev/null

antwoorden() {
	psql -X -Atq -v ON_ERROR_STOP=1 -d "$1" -f "$here/antwoorden.sql"
}
# The catalog without the sequences' values, which are data: a user's rows
# in 0.1.0 took ids after the shipped ones; the rows themselves are compared
# by antwoorden.sql.
schema_zonder_volgnummers() {
	schema "$1" | grep -v '^SELECT pg_catalog.setval'
}

for db in wlz_upg_oud wlz_upg_nieuw wlz_upg_dump wlz_upg_terug wlz_upg_eigen; do
	dropdb --if-exists "$db" 2>/dev/null
	createdb "$db"
done

# --- 0.1.0's SQL on the new library -------------------------------------------
# Between make install and ALTER EXTENSION ... UPDATE a database runs its
# 0.1.0 SQL against the library of $target (SPEC 7): the answers of 0.1.0's
# README, by hand: RT% 96.5 - 2 = 94.5 for a provider new to CZ (002
# L733-746); 5 September + 20 kalenderdagen = 25 September (002 L692-698);
# one contract with CZ in force on the peildatum: bestaand.
vraag_oud="SELECT wlz.versie(), (SELECT extversion FROM pg_extension WHERE extname = 'wlzcontract'),
       wlz.tariefpercentage('cz', 'GZ', 2026, prestatie => '6VG', leveringsvorm => 'vpt', klasse => 'bestaand-maar-nieuw'),
       wlz.uiterste('cz', 2026, 'bezwaar-richttarief') = wlz.termijn_einde(date '2025-09-05', '20 kalenderdagen'),
       wlz.termijn_einde(date '2025-09-05', '20 kalenderdagen') = timestamptz '2025-09-25 23:59:59.999999+02',
       wlz.zorgprofiel('VG4'),
       (SELECT wlz.aanbiederklasse(z, l, 'cz', date '2024-07-31', 2024)
          FROM (VALUES ('cz', daterange('2023-01-01', NULL))) AS o(z, l))"

# --- update ----------------------------------------------------------------
{
	q -d wlz_upg_oud -c "CREATE EXTENSION wlzcontract VERSION '0.1.0'" &&
		psql -X -Atq -v ON_ERROR_STOP=1 -d wlz_upg_oud -c 'BEGIN' \
			-c "INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GZ', 2026, 96.5)" \
			-c "$vraag_oud" -c 'ROLLBACK' >"$scratch/oud_sql" &&
		q -d wlz_upg_oud -f "$here/upgrade_rijen.sql" &&
		q -d wlz_upg_oud -c "SET client_min_messages = warning" -c "ALTER EXTENSION wlzcontract UPDATE TO '$target'"
} >"$scratch/err" 2>&1
ok $? "0.1.0 with user rows in every table updates to $target"
diag <"$scratch/err"
[ "$(cat "$scratch/oud_sql")" = "$target|0.1.0|94.5|t|t|4VG|bestaand" ]
ok $? "before the update, 0.1.0's SQL on the library of $target gives 0.1.0's answers"
diag <"$scratch/oud_sql"

# --- fresh -------------------------------------------------------------------
{
	q -d wlz_upg_nieuw -c "CREATE EXTENSION wlzcontract" &&
		q -d wlz_upg_nieuw -f "$here/upgrade_rijen.sql"
} >"$scratch/err" 2>&1
ok $? "a fresh $target takes the same user rows"
diag <"$scratch/err"

schema_zonder_volgnummers wlz_upg_oud >"$scratch/oud.sql"
schema_zonder_volgnummers wlz_upg_nieuw >"$scratch/nieuw.sql"
grep -q 'ALTER EXTENSION wlzcontract ADD FUNCTION' "$scratch/nieuw.sql" &&
	diff -u "$scratch/nieuw.sql" "$scratch/oud.sql" >"$scratch/diff"
ok $? "the updated database has the catalog of the fresh one (pg_dump --schema-only --binary-upgrade)"
diag <"$scratch/diff"

antwoorden wlz_upg_oud >"$scratch/oud.txt" 2>"$scratch/err.oud"
antwoorden wlz_upg_nieuw >"$scratch/nieuw.txt" 2>"$scratch/err.nieuw"
n_eigen=$(grep -c '^eigen ' "$scratch/nieuw.txt")
n_tarief=$(grep -c '^tarief .*: [0-9]' "$scratch/nieuw.txt")
[ "$n_eigen" -ge 10 ] && [ "$n_tarief" -ge 100 ] && [ ! -s "$scratch/err.nieuw" ]
ok $? "the answers are worth comparing ($n_eigen user rows, $n_tarief tariff percentages that are numbers)"
cat "$scratch/err.nieuw" | diag
grep -q 'eigen wlz.richttarief .*"jaar": 2026, .*"sector": "GZ"' "$scratch/oud.txt" &&
	grep -q '^uiterste cz 2026 bezwaar-richttarief GZ: 2025-10-02 23:59:59.999999' "$scratch/oud.txt" &&
	grep -q '^uiterste vgz 2026 milieuthermometer-certificaat GZ: 2026-05-31 23:59:59.999999' "$scratch/oud.txt"
ok $? "after the update the user's RT% is there, the user's timetable row replaces the shipped one (12-9 + 20 = 2-10), and the user's row for a key that only $target ships wins (31-5, not 30-6)"
diff -u "$scratch/nieuw.txt" "$scratch/oud.txt" >"$scratch/diff"
ok $? "the updated database has the user rows and gives every answer of the fresh one"
diag <"$scratch/diff"

# --- dump of 0.1.0 restored into 0.2.0 -----------------------------------------
{
	q -d wlz_upg_dump -c "CREATE EXTENSION wlzcontract VERSION '0.1.0'" &&
		q -d wlz_upg_dump -f "$here/upgrade_rijen.sql" &&
		pg_dump -Fc -d wlz_upg_dump -f "$scratch/oud.dump" &&
		pg_restore --exit-on-error -d wlz_upg_terug "$scratch/oud.dump"
} >"$scratch/err" 2>&1
ok $? "pg_dump of 0.1.0 with user rows restores into a server with $target"
diag <"$scratch/err"
[ "$(psql -X -Atq -d wlz_upg_terug -c "SELECT extversion FROM pg_extension WHERE extname = 'wlzcontract'")" = "$target" ]
ok $? "the restored database runs $target"
antwoorden wlz_upg_terug >"$scratch/terug.txt" 2>&1
diff -u "$scratch/nieuw.txt" "$scratch/terug.txt" >"$scratch/diff"
ok $? "and has the user rows and gives every answer of the fresh one"
diag <"$scratch/diff"

# --- what 0.1.0 let a user do to shipped rows ---------------------------------
# Zilveren Kruis GGZ 2025 (seed 001): rule 1 gives a new provider 93.9 (L1133),
# rule 2 a provider with a historical percentage that percentage (L1090).
vraag="SELECT wlz.tariefpercentage('zilverenkruis', 'GGZ', 2025, klasse => 'nieuw'),
              wlz.tariefpercentage('zilverenkruis', 'GGZ', 2025, historisch => 90),
              wlz.uiterste('cz', 2026, 'bezwaar-richttarief', 'GZ')::date"
{
	q -d wlz_upg_eigen -c "CREATE EXTENSION wlzcontract VERSION '0.1.0'" &&
		q -d wlz_upg_eigen -c "
			INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GGZ', 2025, 97.0), ('GZ', 2026, 96.5);
			UPDATE wlz.tariefregel SET waarde = 93.5 WHERE id = 1;
			DELETE FROM wlz.tariefregel WHERE id = 2;
			UPDATE wlz.termijnkalender SET uiterst = '2025-09-12 23:59:59.999999+02'
			 WHERE zorgkantoor = 'cz' AND inkoopjaar = 2026 AND stap = 'richttarief-bekendmaking';
			INSERT INTO wlz.prestatie (code, omschrijving, meegeleverd) VALUES ('Z9002', 'geplant', true);"
} >"$scratch/err" 2>&1
ok $? "0.1.0: a user changes and deletes shipped rows and plants one"
diag <"$scratch/err"
voor=$(psql -X -Atq -d wlz_upg_eigen -c "$vraag" 2>&1)
psql -X -q -d wlz_upg_eigen -c "SET client_min_messages = warning" -c "ALTER EXTENSION wlzcontract UPDATE TO '$target'" >"$scratch/err" 2>&1
na=$(psql -X -Atq -d wlz_upg_eigen -c "$vraag" 2>&1)
[ "$voor" = "93.5|97.0|2025-10-02" ] && [ "$na" = "$voor" ]
ok $? "their answers survive the update: 93.5 (changed rule), 97.0 (deleted rule stays off: the RT%), 2-10 (changed date)"
{ echo "before: $voor"; echo "after:  $na"; cat "$scratch/err"; } | diag
psql -X -Atq -d wlz_upg_eigen -c "
	SELECT string_agg(format('%s %s %s %s', t, id > 0, vervangt, actief), ', ' ORDER BY t, vervangt)
	FROM (SELECT 'tariefregel' AS t, id, vervangt, actief FROM wlz.tariefregel WHERE NOT meegeleverd
	      UNION ALL
	      SELECT 'prestatie ' || code, 1, NULL, actief FROM wlz.prestatie WHERE NOT meegeleverd
	      UNION ALL
	      SELECT 'termijnkalender ' || stap, id, NULL, actief FROM wlz.termijnkalender WHERE NOT meegeleverd) x" \
	>"$scratch/eigen.txt" 2>&1
[ "$(cat "$scratch/eigen.txt")" = "prestatie Z9002 t  t, tariefregel t -2 f, tariefregel t -1 t, termijnkalender richttarief-bekendmaking t  t" ]
ok $? "as rows of the user's: the changed rule replaces -1, the deleted -2 is switched off, the changed step and the planted prestatie are the user's"
diag <"$scratch/eigen.txt"

for db in wlz_upg_oud wlz_upg_nieuw wlz_upg_dump wlz_upg_terug wlz_upg_eigen; do
	dropdb --if-exists "$db"
done
[ "$tap_failed" = 0 ]
