#!/bin/bash
# test/betrouwbaar/schema.t: CREATE EXTENSION refuses a schema wlz that it
# did not make (SPEC 7): one that another role owns, or one that holds
# objects already; nothing is created then. An empty schema of the installing
# role is fine, and so is the schema CREATE EXTENSION makes itself.
#
# Runs inside the throw-away cluster of make test (test/run), prints TAP.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

echo "1..7"

db=wlz_schema
dropdb --if-exists "$db" 2>/dev/null
createdb "$db"
PGOPTIONS='-c client_min_messages=warning' psql -X -q -c 'DROP ROLE IF EXISTS wlz_planter' -c 'CREATE ROLE wlz_planter NOLOGIN'

# nothing of the extension: no pg_extension row, no object in wlz but the planted ones
niets() {
	psql -X -Atq -d "$db" -c "
		SELECT (SELECT count(*) FROM pg_extension WHERE extname = 'wlzcontract')
		     + (SELECT count(*) FROM pg_proc WHERE pronamespace = 'wlz'::regnamespace AND proname <> 'tariefpercentage')
		     + (SELECT count(*) FROM pg_class WHERE relnamespace = 'wlz'::regnamespace AND relname <> 'eigen')"
}

# a schema of another role, with an overload that would capture README's call
q -d "$db" -c "CREATE SCHEMA wlz AUTHORIZATION wlz_planter" \
	-c "CREATE FUNCTION wlz.tariefpercentage(text, text, integer, klasse text) RETURNS numeric LANGUAGE sql AS 'SELECT 100'" \
	-c "ALTER FUNCTION wlz.tariefpercentage(text, text, integer, text) OWNER TO wlz_planter"
psql -X -q -d "$db" -c 'CREATE EXTENSION wlzcontract' >"$scratch/out" 2>&1
[ $? != 0 ] && grep -q 'ERROR:  schema "wlz" is owned by role "wlz_planter", not by the installing role' "$scratch/out" &&
	grep -q 'SQLSTATE\|HINT:  Drop or rename that schema' "$scratch/out"
ok $? "a schema wlz owned by another role: CREATE EXTENSION fails with a hint"
diag <"$scratch/out"
psql -X -q -d "$db" -c '\set VERBOSITY verbose' -c 'CREATE EXTENSION wlzcontract' >"$scratch/out" 2>&1
grep -q 'ERROR:  42501' "$scratch/out"
ok $? "... with SQLSTATE 42501"
[ "$(niets)" = 0 ]
ok $? "... and nothing is created"

# an own schema that holds an object already
q -d "$db" -c "DROP SCHEMA wlz CASCADE" -c "CREATE SCHEMA wlz" -c "CREATE TABLE wlz.eigen (a integer)"
psql -X -q -d "$db" -c '\set VERBOSITY verbose' -c 'CREATE EXTENSION wlzcontract' >"$scratch/out" 2>&1
[ $? != 0 ] && grep -q 'ERROR:  42P06: schema "wlz" already exists and is not empty' "$scratch/out" &&
	grep -q 'DETAIL:  It holds 1 object that wlzcontract did not create' "$scratch/out"
ok $? "a schema wlz of the installing role with a table in it: 42P06, the detail counts the object"
diag <"$scratch/out"
[ "$(niets)" = 0 ]
ok $? "... and nothing is created"

# an empty schema of the installing role, and none at all
q -d "$db" -c "DROP SCHEMA wlz CASCADE" -c "CREATE SCHEMA wlz" -c "CREATE EXTENSION wlzcontract" >"$scratch/out" 2>&1
ok $? "an empty schema wlz of the installing role is used"
diag <"$scratch/out"
q -d "$db" -c "DROP EXTENSION wlzcontract" -c "DROP SCHEMA wlz" -c "CREATE EXTENSION wlzcontract" \
	-c "SELECT wlz.versie()" >"$scratch/out" 2>&1
ok $? "without a schema wlz, CREATE EXTENSION makes it"
diag <"$scratch/out"

dropdb --if-exists "$db"
psql -X -q -c 'DROP ROLE IF EXISTS wlz_planter'
[ "$tap_failed" = 0 ]
