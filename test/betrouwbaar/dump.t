#!/bin/bash
# test/betrouwbaar/dump.t: nothing is lost.
#
#   dump and restore  user rows added to every table of the extension (found
#                     in the catalog, so later tables are covered too) and a
#                     user table built on the extension's types survive
#                     pg_dump -Fc + pg_restore and a plain pg_dump + psql:
#                     the same rows, no shipped row twice, the dump holding
#                     only user rows, identity sequences past the user rows;
#   upgrade           every version with a full install script in the
#                     checkout has an update path to default_version; the
#                     oldest one, installed and updated with ALTER EXTENSION
#                     ... UPDATE, gives the same objects (pg_dump
#                     --schema-only --binary-upgrade, which lists the
#                     extension's members) and the same shipped rows as a
#                     fresh install of default_version.
#
# Runs inside the throw-away cluster of make test (test/run), prints TAP.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

echo "1..16"

fingerprint() {
	psql -X -Atq -d "$1" -f "$here/vingerafdruk.sql"
}

# ---------------------------------------------------------------------------
# Dump and restore
# ---------------------------------------------------------------------------
createdb wlz_dump_bron
q -d wlz_dump_bron -c 'CREATE EXTENSION wlzcontract'
q -d wlz_dump_bron -f "$here/eigen_rijen.sql" >"$scratch/eigen.out" 2>&1
status=$?
tables=$(psql -X -Atq -d wlz_dump_bron -c "
	SELECT string_agg(c.oid::regclass::text, ', ' ORDER BY 1) FROM pg_class c
	JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype = 'e'
	WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'wlzcontract')
	  AND c.relkind IN ('r', 'p')")
ok $status "two user rows added to every table of the extension ($tables) and a user table on its types"
[ $status = 0 ] || diag <"$scratch/eigen.out"
fingerprint wlz_dump_bron >"$scratch/bron.txt"
# a policy role's grants on extension tables (README "Security")
PGOPTIONS='-c client_min_messages=warning' psql -X -q -c 'DROP ROLE IF EXISTS wlz_dump_beleid' -c 'CREATE ROLE wlz_dump_beleid NOLOGIN'
q -d wlz_dump_bron -c 'GRANT INSERT, UPDATE, DELETE ON wlz.tariefregel, wlz.richttarief TO wlz_dump_beleid'
grants() {
	psql -X -Atq -d "$1" -c "
		SELECT t || ' ' || p || ' ' || has_table_privilege('wlz_dump_beleid', t, p)
		FROM unnest(ARRAY['wlz.tariefregel', 'wlz.richttarief', 'wlz.zorgkantoor']) AS t,
		     unnest(ARRAY['INSERT', 'UPDATE', 'DELETE']) AS p ORDER BY 1"
}
grants wlz_dump_bron >"$scratch/bron.grants"

pg_dump -Fc -d wlz_dump_bron -f "$scratch/bron.dump" 2>"$scratch/err"
ok $? "pg_dump -Fc"
diag <"$scratch/err"

createdb wlz_dump_terug
pg_restore --exit-on-error -d wlz_dump_terug "$scratch/bron.dump" 2>"$scratch/err"
ok $? "pg_restore into a new database, without errors"
diag <"$scratch/err"

fingerprint wlz_dump_terug >"$scratch/terug.txt"
diff -u "$scratch/bron.txt" "$scratch/terug.txt" >"$scratch/diff"
ok $? "after pg_restore every table and sequence holds what it held (shipped rows once, user rows kept)"
diag <"$scratch/diff"

grants wlz_dump_terug >"$scratch/terug.grants"
grep -q 'wlz.tariefregel INSERT true' "$scratch/bron.grants" &&
	diff -u "$scratch/bron.grants" "$scratch/terug.grants" >"$scratch/diff"
ok $? "grants to a policy role on extension tables survive pg_restore"
diag <"$scratch/diff"

pg_dump -d wlz_dump_bron -f "$scratch/bron.sql" 2>"$scratch/err"
ok $? "pg_dump (plain)"
diag <"$scratch/err"

# Rows per extension table in the plain dump's COPY blocks must be the user
# rows; shipped rows come back from CREATE EXTENSION.
awk '/^COPY wlz\./ { t = $2; n[t] = 0; inblock = 1; next }
     /^\\\.$/ { inblock = 0; next }
     inblock { n[t]++ }
     END { for (t in n) print t "|" n[t] }' "$scratch/bron.sql" | sort >"$scratch/gedumpt.txt"
awk -F'|' '$3 ~ /^[0-9]+$/ && $1 ~ /^wlz\./ { print $1 "|" $3 }' "$scratch/bron.txt" | sort >"$scratch/eigen.txt"
diff -u "$scratch/eigen.txt" "$scratch/gedumpt.txt" >"$scratch/diff"
ok $? "the dump holds the user rows of every extension table and no shipped row"
diag <"$scratch/diff"

createdb wlz_dump_tekst
psql -X -q -v ON_ERROR_STOP=1 -d wlz_dump_tekst -f "$scratch/bron.sql" >/dev/null 2>"$scratch/err"
ok $? "the plain dump restores with psql without errors"
diag <"$scratch/err"

fingerprint wlz_dump_tekst >"$scratch/tekst.txt"
diff -u "$scratch/bron.txt" "$scratch/tekst.txt" >"$scratch/diff"
ok $? "after the plain restore every table and sequence holds what it held"
diag <"$scratch/diff"

# Every identity column's sequence has passed the largest id, so new rows
# after a restore do not collide with restored user rows.
psql -X -Atq -d wlz_dump_terug -c "
	CREATE FUNCTION pg_temp.achter() RETURNS SETOF text LANGUAGE plpgsql AS \$\$
	DECLARE c record; m bigint; s bigint;
	BEGIN
	    FOR c IN SELECT a.attrelid::regclass AS t, a.attname
	             FROM pg_attribute a JOIN pg_depend d ON d.objid = a.attrelid
	              AND d.classid = 'pg_class'::regclass AND d.deptype = 'e'
	             WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'wlzcontract')
	               AND a.attidentity <> '' LOOP
	        EXECUTE format('SELECT max(%I) FROM %s', c.attname, c.t) INTO m;
	        s := pg_catalog.pg_sequence_last_value(pg_catalog.pg_get_serial_sequence(c.t::text, c.attname));
	        IF m > coalesce(s, 0) THEN
	            RETURN NEXT format('%s.%s: largest %s, sequence at %s', c.t, c.attname, m, s);
	        END IF;
	    END LOOP;
	END \$\$;
	SELECT * FROM pg_temp.achter()" >"$scratch/achter" 2>&1
[ ! -s "$scratch/achter" ]
ok $? "after pg_restore every identity sequence is past the largest id"
diag <"$scratch/achter"

# ---------------------------------------------------------------------------
# Upgrade
# ---------------------------------------------------------------------------
extdir=$(extension_dir)
target=$(default_version)
full_versions=$(cd "$top" && ls wlzcontract--*.sql | grep -v -- '--.*--' |
	sed 's/^wlzcontract--\(.*\)\.sql$/\1/' | sort -V)
oldest=$(echo "$full_versions" | head -1)

# The install and upgrade scripts of the checkout are all where the server
# looks; old full scripts are not installed by make install, so copy them in.
missing=""
for f in "$top"/wlzcontract--*.sql; do
	b=$(basename "$f")
	case $b in
	wlzcontract--*--*.sql | "wlzcontract--$target.sql")
		[ -f "$extdir/$b" ] || missing="$missing $b"
		;;
	*) [ -f "$extdir/$b" ] || cp "$f" "$extdir/" 2>/dev/null || missing="$missing $b" ;;
	esac
done
[ -z "$missing" ]
ok $? "make install installs the script of $target and every upgrade script of the checkout"
[ -z "$missing" ] || echo "# missing in $extdir:$missing"

createdb wlz_versies
psql -X -Atq -d wlz_versies -c "
	SELECT v FROM unnest(string_to_array('$(echo $full_versions)', ' ')) AS v
	WHERE v <> '$target'
	  AND NOT EXISTS (SELECT FROM pg_catalog.pg_extension_update_paths('wlzcontract') p
	                  WHERE p.source = v AND p.target = '$target' AND p.path IS NOT NULL)" \
	>"$scratch/zonder_pad" 2>&1
[ ! -s "$scratch/zonder_pad" ]
ok $? "every version with an install script ($(echo $full_versions | tr ' ' ,)) has an update path to $target"
sed 's/^/no path to '"$target"' from /' "$scratch/zonder_pad" | diag

createdb wlz_upgrade
{
	q -d wlz_upgrade -c "CREATE EXTENSION wlzcontract VERSION '$oldest'" &&
		q -d wlz_upgrade -c "SET client_min_messages = warning" -c "ALTER EXTENSION wlzcontract UPDATE"
} >"$scratch/err" 2>&1
status=$?
[ $status = 0 ] && [ "$(psql -X -Atq -d wlz_upgrade -c "SELECT extversion FROM pg_extension WHERE extname = 'wlzcontract'")" = "$target" ]
ok $? "CREATE EXTENSION wlzcontract VERSION '$oldest' and ALTER EXTENSION wlzcontract UPDATE reach $target"
diag <"$scratch/err"

createdb wlz_vers
q -d wlz_vers -c 'CREATE EXTENSION wlzcontract'

schema wlz_upgrade >"$scratch/upgrade.sql"
schema wlz_vers >"$scratch/vers.sql"
grep -q 'ALTER EXTENSION wlzcontract ADD FUNCTION' "$scratch/vers.sql" &&
	diff -u "$scratch/vers.sql" "$scratch/upgrade.sql" >"$scratch/diff"
ok $? "after the update the extension has the same objects as a fresh install of $target (pg_dump --schema-only --binary-upgrade)"
diag <"$scratch/diff"

config() {
	psql -X -Atq -d "$1" -c "
		SELECT x.t::regclass::text || ' ' || x.c
		FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(t, c)
		WHERE e.extname = 'wlzcontract' ORDER BY 1"
}
config wlz_upgrade >"$scratch/upgrade.cfg"
config wlz_vers >"$scratch/vers.cfg"
diff -u "$scratch/vers.cfg" "$scratch/upgrade.cfg" >"$scratch/diff"
ok $? "and the same tables and sequences registered with pg_extension_config_dump"
diag <"$scratch/diff"

fingerprint wlz_upgrade >"$scratch/upgrade.txt"
fingerprint wlz_vers >"$scratch/vers.txt"
diff -u "$scratch/vers.txt" "$scratch/upgrade.txt" >"$scratch/diff"
ok $? "and the same shipped rows, ids included"
diag <"$scratch/diff"
echo "# upgrade checked from $oldest to $target; install scripts: $(echo $full_versions)"

for db in wlz_dump_bron wlz_dump_terug wlz_dump_tekst wlz_versies wlz_upgrade wlz_vers; do
	dropdb --if-exists "$db"
done
psql -X -q -c 'DROP ROLE IF EXISTS wlz_dump_beleid'
[ "$tap_failed" = 0 ]
