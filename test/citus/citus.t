#!/bin/bash
# test/citus/citus.t: README's "### Citus" against a running Citus cluster.
#
# Runs the SQL blocks of that section (each one marked "(citus:NAME)" in the
# comment before it) on a coordinator and its workers, and checks every
# statement the section makes: the extension reaches the workers, the tables
# of the extension become reference tables and stay read-only where shipped,
# your rows reach every node, what a worker does with an INSERT into the
# identity tables, wlz.termijn in distributed tables and as the distribution
# column, binary COPY, the IMMUTABLE functions on the shards with the answers
# of a local table, what the STABLE look-ups do there and what works instead,
# the policy as a value (SPEC 8, once wlz.tariefbeleid exists), and where
# Citus computes the aggregates.
#
# The cluster is given by two libpq connection strings without dbname:
#   WLZ_CITUS_COORDINATOR='host=127.0.0.1 port=9700 user=postgres'
#   WLZ_CITUS_WORKERS='host=127.0.0.1 port=9701 user=postgres;host=127.0.0.1 port=9702 user=postgres'
# a superuser on every node, Citus in shared_preload_libraries, this
# checkout's wlzcontract installed on every node. The test makes the database
# WLZ_CITUS_DB (wlz_citus) anew on every node, registers the nodes in it
# (the workers by the host and port of their strings) and drops it at the end
# unless WLZ_CITUS_KEEP=1. Without the two variables it prints one line
# (a TAP skip of the whole file: neither passed nor failed).
set -uo pipefail

if [ -z "${WLZ_CITUS_COORDINATOR:-}" ] || [ -z "${WLZ_CITUS_WORKERS:-}" ]; then
	echo "1..0 # SKIP did not run: no Citus cluster (set WLZ_CITUS_COORDINATOR and WLZ_CITUS_WORKERS, README \"Running the Citus test\")"
	exit 0
fi

. "$(dirname "$0")/../betrouwbaar/lib.sh"
readme=$top/README.md

# Only the connection strings count, not the throw-away cluster of make test.
unset PGHOST PGHOSTADDR PGPORT PGDATABASE PGUSER PGPASSWORD PGSERVICE
# The session of a user in New York: nothing may depend on it.
export PGOPTIONS='-c lc_messages=C -c client_min_messages=warning -c TimeZone=America/New_York -c DateStyle=ISO,YMD -c extra_float_digits=1'

db=${WLZ_CITUS_DB:-wlz_citus}
coord_admin=$WLZ_CITUS_COORDINATOR
coord="$WLZ_CITUS_COORDINATOR dbname=$db"
IFS=';' read -r -a worker_admin <<<"$WLZ_CITUS_WORKERS"
workers=()
for w in "${worker_admin[@]}"; do workers+=("$w dbname=$db"); done
nodes=("$coord" "${workers[@]}")

# The host and port of a connection string (key=value form), as the
# arguments of citus_add_node: 'host', port (5432 when it names none).
host_port() {
	local h p
	h=$(sed -n 's/.*\(^\|[[:space:]]\)host=\([^[:space:]]*\).*/\2/p' <<<"$1")
	p=$(sed -n 's/.*\(^\|[[:space:]]\)port=\([0-9]*\).*/\2/p' <<<"$1")
	echo "'${h:-localhost}', ${p:-5432}"
}

# s <conninfo> <sql>: run, stop at the first error, output (stdout and
# stderr) in $out; returns psql's status
s() {
	out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" 2>&1 <<<"$2")
}
# c <sql>: the same on the coordinator
c() {
	s "$coord" "$1"
}
# show: $out as TAP comments, when there is any
show() {
	[ -z "$out" ] || echo "$out" | diag
}
# fails <pattern> <conninfo> <sql>: the statement fails with that message
fails() {
	s "$2" "$3"
	local rc=$?
	[ $rc != 0 ] && grep -qF -- "$1" <<<"$out"
}

# The SQL block of README.md after the comment that names (citus:$1)
readme_block() {
	awk -v tag="(citus:$1)" '
		index($0, tag) { found = 1; next }
		found && /^```sql/ { inblock = 1; next }
		inblock && /^```/ { exit }
		inblock { print }' "$readme"
}
# run_block <name>: run README's block on the coordinator
run_block() {
	local sql
	sql=$(readme_block "$1")
	if [ -z "$sql" ]; then
		out="README.md has no SQL block marked (citus:$1)"
		return 1
	fi
	c "$sql"
}

# same <description> <sql>: the query over the distributed tables ({name})
# and over local tables with the same rows (lokaal_name) gives the same rows,
# and some
same() {
	local dist loc
	dist=$(sed 's/{\([a-z_]*\)}/\1/g' <<<"$2")
	loc=$(sed 's/{\([a-z_]*\)}/lokaal_\1/g' <<<"$2")
	c "$dist"; local rc1=$? d=$out
	c "$loc"; local rc2=$? l=$out
	[ $rc1 = 0 ] && [ $rc2 = 0 ] && [ -n "$d" ] && [ "$d" = "$l" ]
	ok $? "$1"
	if [ "$d" != "$l" ] || [ $rc1 != 0 ] || [ $rc2 != 0 ]; then
		diff <(echo "$d") <(echo "$l") | diag
	fi
}

# on_shards <sql> <text>...: EXPLAIN (VERBOSE) of the query over the
# distributed tables shows every text in the query sent to a shard
on_shards() {
	local sql=$1 t
	shift
	c "EXPLAIN (VERBOSE, COSTS OFF) $(sed 's/{\([a-z_]*\)}/\1/g' <<<"$sql")" || return 1
	shard_query=$(grep -E '^[[:space:]]*Query: ' <<<"$out")
	[ -n "$shard_query" ] || return 1
	for t in "$@"; do
		grep -qF -- "$t" <<<"$shard_query" || { echo "# not in the shard query: $t"; return 1; }
	done
}

# ---------------------------------------------------------------------------
# The cluster and README step 1
# ---------------------------------------------------------------------------
if [ "${#workers[@]}" -lt 2 ]; then
	echo "1..1"
	ok 1 "WLZ_CITUS_WORKERS names at least two workers (it names ${#workers[@]})"
	exit 1
fi

echo "# coordinator: $coord_admin; workers: ${worker_admin[*]}; database $db"
status=0
for n in "$coord_admin" "${worker_admin[@]}"; do
	s "$n" "DROP DATABASE IF EXISTS $db WITH (FORCE)" &&
		s "$n" "CREATE DATABASE $db" &&
		s "$n dbname=$db" "CREATE EXTENSION citus" || { status=1; show; }
done
versions=""
for n in "${nodes[@]}"; do
	s "$n" "SELECT citus_version()" || status=1
	versions+="$(sed 's/ on .*//' <<<"$out")|"
done
[ $status = 0 ] && [ "$(tr '|' '\n' <<<"$versions" | sort -u | grep -c .)" = 1 ]
ok $? "every node runs the same Citus, in a fresh database $db"
echo "# ${versions%%|*}, $(psql -X -At -d "$coord" -c 'SHOW server_version' 2>&1)"
[ $status = 0 ] || { echo "Bail out! no Citus cluster to test against"; exit 1; }

want=$(default_version)
status=0
for n in "${nodes[@]}"; do
	s "$n" "SELECT default_version FROM pg_available_extensions WHERE name = 'wlzcontract'"
	[ "$out" = "$want" ] || { status=1; echo "# $n: wlzcontract ${out:-missing}"; }
done
[ $status = 0 ]
ok $? "step 1: wlzcontract $want is installed on the coordinator and on every worker"
[ $status = 0 ] || { echo "Bail out! install this checkout's wlzcontract on every node (make install)"; exit 1; }

ext_version() { # the version of wlzcontract in the test database of a node, or none
	s "$1" "SELECT coalesce((SELECT extversion FROM pg_extension WHERE extname = 'wlzcontract'), 'none')"
	echo "$out"
}

# Coordinator and the first worker; the others come later.
w1=${workers[0]}
c "SELECT citus_set_coordinator_host($(host_port "$coord_admin"))" &&
	c "SELECT citus_add_node($(host_port "${worker_admin[0]}"))"
ok $? "the coordinator and the first worker are registered (citus_set_coordinator_host, citus_add_node)"
echo "$out" | grep -v '^[0-9]*$' | diag

# ---------------------------------------------------------------------------
# Step 2: the extension on the workers
# ---------------------------------------------------------------------------
c "SET citus.enable_ddl_propagation = off;
   CREATE EXTENSION wlzcontract VERSION '0.1.0';
   RESET citus.enable_ddl_propagation;" &&
	[ "$(ext_version "$w1")" = none ]
ok $? "with citus.enable_ddl_propagation off, CREATE EXTENSION reaches only the coordinator"
c "CREATE TABLE eerst (id integer, termijn wlz.termijn);
   SELECT create_distributed_table('eerst', 'id');
   INSERT INTO eerst VALUES (1, '1 maand'), (2, '3 werkdagen');" &&
	[ "$(ext_version "$w1")" = 0.1.0 ]
ok $? "... but a distributed table with a wlz.termijn column installs it on the worker (0.1.0)"
show
c "ALTER EXTENSION wlzcontract UPDATE" &&
	[ "$(ext_version "$w1")" = "$want" ] && [ "$(ext_version "$coord")" = "$want" ] &&
	c "SELECT string_agg(termijn::text, ',' ORDER BY id) FROM eerst" && [ "$out" = "1 maand,3 werkdagen" ]
ok $? "ALTER EXTENSION wlzcontract UPDATE on the coordinator updates the worker too (0.1.0 to $want)"
show

# Left local: every node has its own copy of the shipped tables.
c "CREATE TABLE los (agb text, zorgkantoor text, prestatie text);
   SELECT create_distributed_table('los', 'agb');
   INSERT INTO los SELECT i::text, 'cz', '4VG' FROM generate_series(1, 40) i;
   INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GZ', 2025, 90);"
lokaal_pct=$(psql -X -At -d "$coord" -c "SELECT wlz.tariefpercentage('cz', 'GZ', 2025)" 2>&1)
c "SELECT DISTINCT wlz.tariefpercentage(zorgkantoor, 'GZ', 2025, prestatie => prestatie) FROM los"
[ "$lokaal_pct" = 90 ] && [ "$out" = 97.8 ]
ok $? "shipped tables left local: the shards read the worker's own copy (RT% GZ 2025: 90 on the coordinator, $out on the shards)"
fails 'no richttariefpercentage for sector GZ in 2026' "$coord" "
	INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GZ', 2026, 96.5);
	SELECT sum(wlz.tariefpercentage(zorgkantoor, 'GZ', 2026, prestatie => prestatie)) FROM los"
ok $? "... and a row added on the coordinator only is missing there"
show

c "DROP TABLE eerst, los; DROP EXTENSION wlzcontract" && [ "$(ext_version "$w1")" = none ]
ok $? "DROP EXTENSION on the coordinator drops it on the worker"

run_block extensie && [ "$(ext_version "$w1")" = "$want" ]
ok $? "step 2: CREATE EXTENSION wlzcontract on the coordinator installs it on the worker"
show
status=0
for i in $(seq 1 $((${#workers[@]} - 1))); do
	c "SELECT citus_add_node($(host_port "${worker_admin[$i]}"))" || status=1
	[ "$(ext_version "${workers[$i]}")" = "$want" ] || status=1
done
[ $status = 0 ]
ok $? "... and on the workers added after it (citus_add_node)"
show

# ---------------------------------------------------------------------------
# Step 3: reference tables
# ---------------------------------------------------------------------------
# A row of the user's from before: it goes along.
c "INSERT INTO wlz.richttarief (sector, jaar, percentage, toelichting)
   VALUES ('GZ', 2026, 96.5, 'voorbeeld, niet het echte percentage')"

fails 'cannot distribute relation "zorgkantoor" because it has triggers' "$coord" \
	"SELECT create_reference_table('wlz.zorgkantoor')"
ok $? "create_reference_table('wlz.zorgkantoor') alone fails: the table has triggers"
show
fails 'cannot insert a row with meegeleverd = true into wlz.zorgkantoor_' "$coord" \
	"SET citus.enable_unsafe_triggers = on; SELECT create_reference_table('wlz.zorgkantoor')"
ok $? "with citus.enable_unsafe_triggers the trigger refuses Citus's copy of the shipped rows"
show

run_block referentietabellen
ok $? "step 3: README's transaction makes the tables reference tables"
show

# The tables of the extension, from the catalog
c "SELECT string_agg(c.oid::regclass::text, ' ' ORDER BY c.oid)
   FROM pg_depend d JOIN pg_class c ON c.oid = d.objid AND d.classid = 'pg_class'::regclass
   WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e' AND c.relkind = 'r'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'wlzcontract')"
tables=$out
echo "# tables of the extension: $tables"
n_tables=$(wc -w <<<"$tables")
c "SELECT count(*) FILTER (WHERE p.partmethod = 'n' AND
          (SELECT count(DISTINCT pl.groupid) FROM pg_dist_shard sh JOIN pg_dist_placement pl USING (shardid)
           WHERE sh.logicalrelid = p.logicalrelid) = (SELECT count(*) FROM pg_dist_node WHERE isactive))
   FROM pg_dist_partition p
   WHERE p.logicalrelid::text = ANY (string_to_array('$tables', ' '))"
[ "$n_tables" -ge 7 ] && [ "$out" = "$n_tables" ]
ok $? "... all $n_tables tables, each with a copy on the coordinator and on every worker"

# shard <table>: the name of its one shard
shard() {
	psql -X -At -d "$coord" -c "SELECT shard_name('$1'::regclass, shardid) FROM pg_dist_shard WHERE logicalrelid = '$1'::regclass"
}
# copies_equal <sql over {t}>: on every node, the shard of every table gives
# what the table gives on the coordinator
copies_equal() {
	local t sh want got n
	for t in $tables; do
		sh=$(shard "$t")
		c "$(sed "s/{t}/$t/g" <<<"$1")"; want=$out
		for n in "${nodes[@]}"; do
			s "$n" "$(sed "s/{t}/$sh/g" <<<"$1")"; got=$out
			[ "$got" = "$want" ] || { echo "# $t on $n: $got, not $want"; return 1; }
		done
	done
}
copies_equal "SELECT count(*) || ' ' || md5(coalesce(string_agg(x::text, E'\n' ORDER BY x::text), '')) FROM {t} x"
ok $? "every copy holds the same rows as the coordinator, the row added before included"

fails 'cannot update a shipped row of wlz.zorgkantoor_' "$coord" "UPDATE wlz.zorgkantoor SET naam = 'x' WHERE code = 'cz'" &&
	fails 'cannot delete a shipped row of wlz.tariefregel_' "$coord" "DELETE FROM wlz.tariefregel WHERE meegeleverd" &&
	fails 'cannot truncate wlz.prestatie' "$coord" "TRUNCATE wlz.prestatie" &&
	fails 'cannot update a shipped row of wlz.richttarief_' "$w1" "UPDATE wlz.richttarief SET percentage = 1 WHERE meegeleverd" &&
	fails 'cannot truncate wlz.controle' "$w1" "TRUNCATE wlz.controle"
ok $? "shipped rows stay read-only, from the coordinator and from a worker (the message names the shard)"
show
fails 'cannot truncate wlz.zorgkantoor' "$coord" "SELECT truncate_local_data_after_distributing_table('wlz.zorgkantoor')"
ok $? "the trigger refuses Citus's truncate_local_data_after_distributing_table"

# ---------------------------------------------------------------------------
# Step 4: your own rows
# ---------------------------------------------------------------------------
c "INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('proef', 'Proefkantoor');
   INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
   VALUES ('proef', 'GZ', 2027, 'offerte', '2026-10-01 12:00+02') RETURNING id;"
first_id=$(tail -1 <<<"$out")
copies_equal "SELECT count(*) || ' ' || md5(coalesce(string_agg(x::text, E'\n' ORDER BY x::text), '')) FROM {t} x WHERE NOT meegeleverd" &&
	[ "$first_id" = 1 ]
ok $? "rows added on the coordinator reach the copy on every node (the first id is 1)"

fails 'duplicate key value violates unique constraint "termijnkalender_pkey' "$w1" "
	INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
	VALUES ('proef', 'GZ', 2028, 'offerte', '2027-10-01 12:00+02')"
ok $? "an INSERT into wlz.termijnkalender on a worker takes id 1 from the worker's sequence: duplicate key"
show
s "$w1" "INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
	VALUES ('proef', 'GZ', 2028, 'offerte', '2027-10-01 12:00+02') RETURNING id" &&
	[ "$out" = 2 ]
ok $? "... the next one is not refused: it takes id 2"
fails 'duplicate key value violates unique constraint "termijnkalender_pkey' "$coord" "
	INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
	VALUES ('proef', 'GZ', 2029, 'offerte', '2028-10-01 12:00+02')"
ok $? "... and the coordinator's next INSERT fails with a duplicate key"
show
c "DELETE FROM wlz.termijnkalender WHERE inkoopjaar = 2028"

s "${workers[1]}" "SELECT last_value < 2147483647 FROM wlz.termijnkalender_id_seq" && [ "$out" = t ]
ok $? "a worker added after CREATE EXTENSION has the extension's sequences at their start too"
# every identity sequence of the extension (eleven in 0.2.0), on every worker
s "$coord" "SELECT count(*) FROM pg_sequence s JOIN pg_depend d ON d.objid = s.seqrelid
	AND d.classid = 'pg_class'::regclass AND d.deptype = 'e'
	WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'wlzcontract')" && n_seq=$out
run_block volgnummers &&
	[ "$n_seq" -ge 3 ] && [ "$(grep -c '|t$' <<<"$out")" = $((n_seq * ${#workers[@]})) ]
ok $? "README's setval on the workers runs for every identity sequence of the extension ($n_seq) on every worker"
show
status=0
for t in termijnkalender tariefregel klasse_gevolg; do
	case $t in
	termijnkalender) v="(zorgkantoor, sector, inkoopjaar, stap, uiterst) VALUES ('proef', 'GZ', 2030, 'offerte', '2029-10-01 12:00+02')" ;;
	tariefregel) v="(zorgkantoor, sector, jaar, volgorde, bewerking, waarde) VALUES ('proef', 'GZ', 2026, 10, 'opslag', 1)" ;;
	klasse_gevolg) v="(vervangt, actief) VALUES ($(psql -X -At -d "$coord" -c 'SELECT min(id) FROM wlz.klasse_gevolg'), false)" ;;
	esac
	for w in "${workers[@]}"; do
		fails "nextval: reached maximum value of sequence \"${t}_id_seq\"" "$w" "INSERT INTO wlz.$t $v" &&
			grep -qF 'nextval(sequence) calls in worker nodes are not supported' <<<"$out" ||
			{ status=1; show; }
	done
	c "INSERT INTO wlz.$t $v" || { status=1; show; }
done
[ $status = 0 ]
ok $? "... then every worker refuses an INSERT into each of them, and the coordinator adds the row"
show
c "CREATE TABLE eigen_referentie (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, x text);
   SELECT create_reference_table('eigen_referentie');" &&
	fails 'nextval: reached maximum value of sequence "eigen_referentie_id_seq"' "$w1" "INSERT INTO eigen_referentie (x) VALUES ('w')"
ok $? "(so Citus does for a reference table of its own with an integer identity column)"
fails 'zorgkantoor "bestaat-niet" does not exist' "$coord" "
	INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
	VALUES ('bestaat-niet', 'GZ', 2027, 'offerte', '2026-10-01 12:00+02')"
ok $? "the trigger's check of the zorgkantoor works on the workers"
show
s "$w1" "INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('proef-werker', 'via een werker');
	INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('VV', 2040, 95);
	INSERT INTO wlz.prestatie (code, sector, zorgprofiel) VALUES ('proef-werker', 'GZ', '4VG');
	INSERT INTO wlz.controle (code, soort, omschrijving) VALUES ('proef-werker', 'declaratie', 'proef');" &&
	copies_equal "SELECT count(*) || ' ' || md5(coalesce(string_agg(x::text, E'\n' ORDER BY x::text), '')) FROM {t} x WHERE NOT meegeleverd"
ok $? "a worker adds rows to the tables with a natural key: they reach every copy"
show
c "DELETE FROM wlz.zorgkantoor WHERE code = 'proef-werker'; DELETE FROM wlz.richttarief WHERE jaar = 2040;
   DELETE FROM wlz.prestatie WHERE code = 'proef-werker'; DELETE FROM wlz.controle WHERE code = 'proef-werker';"

# ---------------------------------------------------------------------------
# Step 5: distributed tables with wlz.termijn
# ---------------------------------------------------------------------------
run_block declaratie
ok $? "step 5: README's table declaratie, distributed by agb"
show

c "CREATE TABLE lokaal_declaratie (LIKE declaratie);
INSERT INTO lokaal_declaratie
SELECT i, lpad((i % 97)::text, 5, '0'),
       (ARRAY['cz', 'vgz', 'dsw', 'menzis', 'zilverenkruis', 'salland', 'zorgenzekerheid'])[1 + i % 7],
       'GZ', 2026,
       (ARRAY['4VG', '5VG', '6VG', 'VG7+', '1LG', 'Z472', '3ZGvis', 'onbekend'])[1 + i % 8],
       (ARRAY['verblijf', 'vpt', 'mpt', 'dtv', NULL])[1 + i % 5]::wlz.leveringsvorm,
       (ARRAY['bestaand', 'bestaand-maar-nieuw', 'nieuw', NULL])[1 + (i / 7) % 4]::wlz.aanbiederklasse,
       CASE i % 6 WHEN 0 THEN '{historisch}' WHEN 1 THEN '{logeren}' WHEN 2 THEN '{lagere-kosten,module-digitaal}'
                  WHEN 3 THEN '{}' WHEN 4 THEN '{monitor-boven,crisis}' END::text[],
       CASE WHEN i % 4 = 0 THEN 90 + (i % 17) / 2.0 END,
       date '2025-11-20' + (i * 37) % 450,
       timestamptz '2025-11-20 00:00+01' + ((i * 7919) % 900001) * interval '47 seconds',
       (ARRAY['1 maand', '10 werkdagen', '2 weken', '3 dagen', '6 weken', '1 jaar', '20 kalenderdagen',
              '8 werkdagen'])[1 + (i / 3) % 8]::wlz.termijn,
       round(150 + ((i * 31) % 20000) / 100.0, 2), NULL, NULL
FROM generate_series(1, 6000) i;
INSERT INTO declaratie SELECT * FROM lokaal_declaratie;
SELECT count(*) FROM declaratie;" &&
	[ "$(tail -1 <<<"$out")" = 6000 ]
ok $? "6000 declaration lines reach the shards"
show
same "... and come back equal to a local table with the same rows" "SELECT * FROM {declaratie} ORDER BY id"
c "SELECT * FROM lokaal_declaratie ORDER BY id"; lokaal_rijen=$out
c "SET citus.enable_binary_protocol = off; SELECT * FROM declaratie ORDER BY id" && [ "$out" = "$lokaal_rijen" ] &&
	c "SHOW citus.enable_binary_protocol" && [ "$out" = on ]
ok $? "... also with citus.enable_binary_protocol off (on by default)"

# The shards do not run in the session's TimeZone.
wtz=$(PGOPTIONS= psql -X -At -d "$w1" -c "SHOW TimeZone" 2>&1)
if [ "$wtz" = America/New_York ]; then
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - a timestamptz turned into text or a date on the shards # skip the workers run in New York time too"
else
	tz="SELECT id, ingediend::text, ingediend::date FROM lokaal_declaratie ORDER BY id"
	c "SET TimeZone = '$wtz'; $tz"; a=$out
	c "$tz"; b=$out
	c "${tz/lokaal_declaratie/declaratie}"
	[ "$out" = "$a" ] && [ "$out" != "$b" ]
	ok $? "a timestamptz turned into text or a date on the shards is in the workers' TimeZone ($wtz), not the session's"
fi

# binary COPY out of and into a distributed table
c "CREATE TABLE declaratie_kopie (LIKE declaratie);
   SELECT create_distributed_table('declaratie_kopie', 'agb', colocate_with => 'declaratie');" &&
	psql -X -q -d "$coord" -c "\\copy declaratie TO '$scratch/declaratie.bin' WITH (FORMAT binary)" &&
	psql -X -q -d "$coord" -c "\\copy declaratie_kopie FROM '$scratch/declaratie.bin' WITH (FORMAT binary)" &&
	c "SELECT * FROM declaratie_kopie ORDER BY id" && [ "$out" = "$lokaal_rijen" ] &&
	head -c 11 "$scratch/declaratie.bin" | grep -qa 'PGCOPY'
ok $? "COPY (FORMAT binary) out of a distributed table and into another keeps every value"

# wlz.termijn as the distribution column
c "CREATE TABLE per_termijn (termijn wlz.termijn, n integer);
   SELECT create_distributed_table('per_termijn', 'termijn');
   CREATE TABLE per_termijn_b (LIKE per_termijn);
   SELECT create_distributed_table('per_termijn_b', 'termijn', colocate_with => 'per_termijn');
   CREATE TABLE lokaal_per_termijn (LIKE per_termijn);
   CREATE TABLE lokaal_per_termijn_b (LIKE per_termijn);
   INSERT INTO lokaal_per_termijn
   SELECT ((1 + i % 23) || ' ' || (ARRAY['dagen', 'werkdagen', 'weken', 'maanden', 'jaar', 'kalenderdagen'])[1 + i % 6])::wlz.termijn, i
   FROM generate_series(1, 1200) i;
   INSERT INTO lokaal_per_termijn_b SELECT termijn, n FROM lokaal_per_termijn WHERE n % 3 = 0;
   INSERT INTO per_termijn SELECT * FROM lokaal_per_termijn;
   INSERT INTO per_termijn_b SELECT * FROM lokaal_per_termijn_b;"
ok $? "a table distributed by a wlz.termijn column"
show
c "SELECT sum(split_part(result, '/', 1)::int) || '/' || sum(split_part(result, '/', 2)::int)
   FROM run_command_on_placements('per_termijn', \$\$
     SELECT count(*) FILTER (WHERE wlz.termijn_hash(t.termijn) NOT BETWEEN s.shardminvalue::int AND s.shardmaxvalue::int)
            || '/' || count(*)
     FROM %1\$s t, pg_dist_shard s WHERE s.shardid = substring('%1\$s' from '_([0-9]+)\$')::bigint\$\$)" &&
	[ "$out" = 0/1200 ] &&
	c "SELECT count(*) FROM (SELECT DISTINCT termijn FROM lokaal_per_termijn) t
	   WHERE get_shard_id_for_distribution_column('per_termijn', termijn) <>
	         (SELECT shardid FROM pg_dist_shard WHERE logicalrelid = 'per_termijn'::regclass
	          AND wlz.termijn_hash(t.termijn) BETWEEN shardminvalue::int AND shardmaxvalue::int)" &&
	[ "$out" = 0 ]
ok $? "... every row lies in the shard whose hash range holds wlz.termijn_hash of its term"
same "... tables distributed by a term join on it, with the answer of local tables" \
	"SELECT a.termijn::text, count(*), sum(b.n) FROM {per_termijn} a JOIN {per_termijn_b} b ON a.termijn OPERATOR(wlz.=) b.termijn AND a.n = b.n GROUP BY a.termijn ORDER BY 1"
on_shards "SELECT count(*) FROM {per_termijn} a JOIN {per_termijn_b} b ON a.termijn OPERATOR(wlz.=) b.termijn" \
	'OPERATOR(wlz.=)' 'per_termijn_b_'
ok $? "... shard by shard (the join is in the query sent to each shard)"

# ---------------------------------------------------------------------------
# Step 6: queries. The IMMUTABLE functions on the shards.
# ---------------------------------------------------------------------------
immutable="SELECT id, wlz.is_werkdag(datum), wlz.is_feestdag(datum), wlz.werkdagen(datum, datum + 45),
       wlz.werkdag_van_maand(datum, 17), datum OPERATOR(wlz.+) termijn, datum OPERATOR(wlz.-) termijn,
       ingediend OPERATOR(wlz.+) termijn, ingediend OPERATOR(wlz.-) termijn, OPERATOR(wlz.-) termijn,
       wlz.termijn_einde(ingediend, termijn), wlz.termijn_einde(datum, termijn, id % 2 = 0),
       wlz.tijdig(ingediend, wlz.werkdag_van_maand(datum OPERATOR(wlz.+) '1 maand'::wlz.termijn, 17)),
       ingediend <= wlz.einde_dag(datum), wlz.lokaal(datum, time '17:00'),
       wlz.tarief(zorg, 96.5), wlz.tarief(zorg, 12.34, 5.6, 94.5), wlz.extrapolatie(zorg * 1000, zorg * 90, datum),
       wlz.zorgprofiel(CASE WHEN prestatie ~ '^[0-9]' OR prestatie = 'VG7+' THEN prestatie END), wlz.termijn_hash(termijn), termijn OPERATOR(wlz.<) '1 maand'::wlz.termijn
FROM {declaratie}
WHERE wlz.is_werkdag(datum) OR termijn OPERATOR(wlz.>=) '2 weken'::wlz.termijn
ORDER BY id"
on_shards "$immutable" 'wlz.is_werkdag(' 'wlz.is_feestdag(' 'wlz.werkdagen(' 'wlz.werkdag_van_maand(' \
	'OPERATOR(wlz.+)' 'OPERATOR(wlz.-)' 'wlz.termijn_einde(' 'wlz.tijdig(' 'wlz.einde_dag(' 'wlz.lokaal(' \
	'wlz.tarief(' 'wlz.extrapolatie(' 'wlz.zorgprofiel(' 'wlz.termijn_hash(' 'OPERATOR(wlz.<)' 'OPERATOR(wlz.>=)'
ok $? "step 6: the IMMUTABLE functions and operators are in the query sent to each shard"
same "... and give the answers of a local table (the coordinator's session in New York)" "$immutable"
c "UPDATE declaratie SET uiterst = wlz.termijn_einde(ingediend, termijn);
   UPDATE lokaal_declaratie SET uiterst = wlz.termijn_einde(ingediend, termijn);"
ok $? "an IMMUTABLE function on columns in a distributed UPDATE"
show
same "... sets what it sets in a local table" "SELECT id, uiterst FROM {declaratie} ORDER BY id"

# ---------------------------------------------------------------------------
# The aggregates
# ---------------------------------------------------------------------------
c "CREATE TABLE overeenkomst (agb text NOT NULL, zorgkantoor text, looptijd daterange);
   SELECT create_distributed_table('overeenkomst', 'agb', colocate_with => 'declaratie');
   CREATE TABLE lokaal_overeenkomst (LIKE overeenkomst);
   INSERT INTO lokaal_overeenkomst
   SELECT lpad(a::text, 5, '0'), (ARRAY['cz', 'vgz', 'dsw', 'menzis'])[1 + (a + k) % 4],
          daterange(date '2022-01-01' + (a * 13 + k * 101) % 900,
                    CASE WHEN (a + k) % 5 <> 0 THEN date '2022-01-01' + (a * 13 + k * 101) % 900 + 30 + (a * 29 + k * 211) % 1200 END)
   FROM generate_series(0, 96) a, generate_series(1, 1 + a % 4) k WHERE a % 11 <> 5;
   INSERT INTO lokaal_overeenkomst SELECT lpad(a::text, 5, '0'), NULL, NULL FROM generate_series(0, 96) a WHERE a % 11 = 5;
   INSERT INTO overeenkomst SELECT * FROM lokaal_overeenkomst;
   CREATE TABLE kosten (agb text NOT NULL, sector wlz.sector, kostenpercentage numeric, marktaandeel numeric);
   SELECT create_distributed_table('kosten', 'agb', colocate_with => 'declaratie');
   CREATE TABLE lokaal_kosten (LIKE kosten);
   INSERT INTO lokaal_kosten
   SELECT lpad(i::text, 5, '0'), (ARRAY['GZ', 'VV', 'GGZ'])[1 + i % 3]::wlz.sector,
          90 + ((i * 37) % 200) / 10.0, 1 + (i * 13) % 50
   FROM generate_series(1, 3000) i;
   INSERT INTO kosten SELECT * FROM lokaal_kosten;"
ok $? "contracts (overeenkomst) and cost percentages (kosten), distributed by agb"
show

klasse="SELECT o.agb, wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', date '2025-07-01', 2025),
       wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', date '2025-07-01', 2025, d.sinds),
       wlz.klassificatie(o.zorgkantoor, o.looptijd, 'vgz', date '2024-03-01', 2024)
FROM {overeenkomst} o
LEFT JOIN (SELECT agb, min(datum) AS sinds FROM {declaratie} GROUP BY agb) d USING (agb)
GROUP BY o.agb ORDER BY o.agb"
on_shards "$klasse" 'wlz.aanbiederklasse(' 'wlz.klassificatie(' 'GROUP BY'
ok $? "wlz.aanbiederklasse and wlz.klassificatie grouped by the distribution column run whole on the workers"
same "... with the answers of local tables" "$klasse"
rt_agb="SELECT agb, wlz.richttariefpercentage(kostenpercentage, marktaandeel) FROM {kosten} GROUP BY agb ORDER BY agb"
on_shards "$rt_agb" 'wlz.richttariefpercentage('
ok $? "wlz.richttariefpercentage grouped by the distribution column runs on the workers"
same "... with the answers of a local table" "$rt_agb"
rt_sector="SELECT sector, wlz.richttariefpercentage(kostenpercentage, marktaandeel),
       wlz.richttariefpercentage(kostenpercentage, marktaandeel, 0.5)
FROM {kosten} GROUP BY sector ORDER BY sector"
on_shards "$rt_sector" 'kostenpercentage' && ! grep -qF 'wlz.richttariefpercentage(' <<<"$shard_query" &&
	on_shards "SELECT sector, sum(kostenpercentage) FROM {kosten} GROUP BY sector" 'sum(kostenpercentage)'
ok $? "grouped by sector it is not sent to the shards: Citus fetches the rows (sum() it does aggregate there)"
same "... with the answers of a local table" "$rt_sector"

# ---------------------------------------------------------------------------
# The STABLE look-ups
# ---------------------------------------------------------------------------
nested='cannot execute a distributed query from a query on a shard'
fails "$nested" "$coord" "SELECT sum(wlz.tariefpercentage(zorgkantoor, sector, jaar, prestatie => prestatie)) FROM declaratie"
ok $? "wlz.tariefpercentage on columns in a multi-shard SELECT: $nested"
show
fails "$nested" "$coord" "SELECT count(wlz.tariefpercentage('cz', 'GZ', 2026)) FROM declaratie"
ok $? "... also with constant arguments"
fails "$nested" "$coord" "SELECT wlz.tariefpercentage(zorgkantoor, sector, jaar, prestatie => prestatie) FROM declaratie WHERE agb = '00007'"
ok $? "... and on one shard (WHERE agb = '00007')"
fails "$nested" "$coord" "SELECT count(*) FROM declaratie d, wlz.tariefpercentage_uitleg(d.zorgkantoor, d.sector, d.jaar, prestatie => d.prestatie) u" &&
	fails "$nested" "$coord" "SELECT count(wlz.uiterste(zorgkantoor, 2026, 'bezwaar-richttarief')) FROM declaratie"
ok $? "... wlz.tariefpercentage_uitleg and wlz.uiterste too"
fails 'STABLE functions used in UPDATE queries cannot be called with column references' "$coord" \
	"UPDATE declaratie SET percentage = wlz.tariefpercentage(zorgkantoor, sector, jaar, prestatie => prestatie)"
ok $? "in a distributed UPDATE on columns Citus refuses them before"
c "UPDATE declaratie SET percentage = wlz.tariefpercentage('cz', 'GZ', 2026) WHERE zorgkantoor = 'cz';
   SELECT DISTINCT percentage FROM declaratie WHERE zorgkantoor = 'cz';" &&
	[ "$out" = 96.5 ]
ok $? "... with constants only the UPDATE works (the coordinator computes 96.5 once)"
subquery="SELECT zorgkantoor, sum(wlz.tarief(zorg, (SELECT wlz.tariefpercentage('cz', 'GZ', 2026, prestatie => '6VG', leveringsvorm => 'vpt'))))
FROM {declaratie} GROUP BY zorgkantoor ORDER BY 1"
on_shards "$subquery" 'read_intermediate_result' && ! grep -qF 'wlz.tariefpercentage(' <<<"$shard_query"
ok $? "a look-up with constants in a scalar subquery runs once on the coordinator: the shards read its value"
same "... with the answers of a local table" "$subquery"

per_row="SELECT id, wlz.tariefpercentage(zorgkantoor, sector, jaar, prestatie => prestatie,
                                leveringsvorm => leveringsvorm, klasse => klasse,
                                historisch => historisch, kenmerken => kenmerken)
FROM lokaal_declaratie ORDER BY id"
c "$per_row"; want_pct=$out
c "UPDATE declaratie SET percentage = NULL"
run_block eerst-groeperen && c "SELECT id, percentage FROM declaratie ORDER BY id" &&
	[ "$out" = "$want_pct" ] && [ "$(grep -c '|$' <<<"$out")" = 0 ]
ok $? "README's MATERIALIZED CTE sets the percentages of per-row calls on a local table"
[ "$out" = "$want_pct" ] || diff <(echo "$out") <(echo "$want_pct") | diag
c "SELECT count(DISTINCT percentage) FROM declaratie"
echo "# $out different percentages over $(c 'SELECT count(*) FROM declaratie'; echo "$out") lines"
c "EXPLAIN (COSTS OFF) $(readme_block eerst-groeperen)"
grep -q 'Distributed Subplan' <<<"$out"
ok $? "... Citus runs the CTE as a subplan on the coordinator"
fails "$nested" "$coord" "
	WITH p AS (SELECT zorgkantoor, prestatie, wlz.tariefpercentage(zorgkantoor, 'GZ', 2026, prestatie => prestatie) AS pct
	           FROM declaratie GROUP BY zorgkantoor, prestatie)
	SELECT count(*), sum(p.pct) FROM declaratie d JOIN p USING (zorgkantoor, prestatie)"
ok $? "... without MATERIALIZED (and grouped) Citus pushes the look-up to the shards, where it fails"
c "SET citus.propagate_set_commands = 'local';
   BEGIN;
   SET LOCAL citus.allow_nested_distributed_execution = on;
   $(sed 's/lokaal_declaratie/declaratie/' <<<"$per_row");
   COMMIT;"
[ "$out" = "$want_pct" ]
ok $? "Citus's hint citus.allow_nested_distributed_execution (SET LOCAL, propagated) gives the same percentages"

c "CREATE TABLE lokaal_groot AS SELECT i, (ARRAY['cz', 'vgz', 'dsw'])[1 + i % 3] AS zorgkantoor,
          (ARRAY['4VG', '5VG', '6VG'])[1 + i % 3] AS prestatie FROM generate_series(1, 60000) i;
   ANALYZE lokaal_groot;"
parallel="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off; SET max_parallel_workers_per_gather = 2;
SELECT sum(wlz.tariefpercentage(zorgkantoor, 'GZ', 2026, prestatie => prestatie)) FROM lokaal_groot"
fails 'cannot use 2PC in transactions involving multiple servers' "$coord" "$parallel"
ok $? "a parallel plan on the coordinator that calls a look-up fails: cannot use 2PC ..."
show
c "${parallel/max_parallel_workers_per_gather = 2/max_parallel_workers_per_gather = 0}"
ok $? "... and runs with max_parallel_workers_per_gather = 0"

# ---------------------------------------------------------------------------
# The policy as a value (SPEC 8)
# ---------------------------------------------------------------------------
# (by name in pg_proc: to_regproc gives NULL when the name is overloaded)
c "SELECT EXISTS (SELECT FROM pg_proc WHERE proname = 'tariefbeleid' AND pronamespace = 'wlz'::regnamespace)"
if [ "$out" != t ]; then
	why="wlz.tariefbeleid does not exist yet (SPEC 8)"
	for d in "the per-row wlz.tariefpercentage(beleid, ...) runs in the query sent to each shard" \
		"... with the subquery as a distributed subplan on the coordinator" \
		"... and gives the percentages of the table form on a local table" \
		"the CTE form joined on the zorgkantoor gives them too" \
		"a prepared statement's parameter gives them too" \
		"a bare constructor in a multi-shard SELECT fails on the shards"; do
		tap_n=$((tap_n + 1))
		echo "ok $tap_n - $d # skip $why"
	done
else
	beleid="SELECT id, wlz.tariefpercentage((SELECT wlz.tariefbeleid('cz', 'GZ', 2026)), prestatie => d.prestatie,
                              leveringsvorm => d.leveringsvorm, klasse => d.klasse,
                              historisch => d.historisch, kenmerken => d.kenmerken)
FROM {declaratie} d ORDER BY id"
	tabel="SELECT id, wlz.tariefpercentage('cz', 'GZ', 2026, prestatie => d.prestatie,
                              leveringsvorm => d.leveringsvorm, klasse => d.klasse,
                              historisch => d.historisch, kenmerken => d.kenmerken)
FROM lokaal_declaratie d ORDER BY id"
	on_shards "$beleid" 'wlz.tariefpercentage(' 'intermediate_result'
	ok $? "the per-row wlz.tariefpercentage(beleid, ...) runs in the query sent to each shard"
	echo "$shard_query" | diag
	c "EXPLAIN (COSTS OFF) $(sed 's/{\([a-z_]*\)}/\1/g' <<<"$beleid")"
	grep -q 'Distributed Subplan' <<<"$out"
	ok $? "... with the subquery as a distributed subplan on the coordinator"
	c "$tabel"; want=$out
	c "$(sed 's/{\([a-z_]*\)}/\1/g' <<<"$beleid")"
	[ "$out" = "$want" ]
	ok $? "... and gives the percentages of the table form on a local table"
	[ "$out" = "$want" ] || diff <(echo "$out") <(echo "$want") | diag
	c "WITH b AS MATERIALIZED (SELECT zk, wlz.tariefbeleid(zk, 'GZ', 2026) AS beleid
	                          FROM unnest(ARRAY['cz', 'vgz', 'dsw', 'menzis', 'zilverenkruis', 'salland', 'zorgenzekerheid']) zk)
	   SELECT d.id, wlz.tariefpercentage(b.beleid, prestatie => d.prestatie, leveringsvorm => d.leveringsvorm,
	                                     klasse => d.klasse, historisch => d.historisch, kenmerken => d.kenmerken)
	   FROM declaratie d JOIN b ON b.zk = d.zorgkantoor ORDER BY d.id"
	[ "$out" = "$want_pct" ]
	ok $? "the CTE form joined on the zorgkantoor gives them too"
	c "PREPARE p(wlz.tariefbeleid) AS
	     SELECT id, wlz.tariefpercentage(\$1, prestatie => d.prestatie, leveringsvorm => d.leveringsvorm,
	                                     klasse => d.klasse, historisch => d.historisch, kenmerken => d.kenmerken)
	     FROM declaratie d ORDER BY id;
	   EXECUTE p(wlz.tariefbeleid('cz', 'GZ', 2026));"
	[ "$out" = "$want" ]
	ok $? "a prepared statement's parameter gives them too"
	fails "$nested" "$coord" "SELECT count(wlz.tariefbeleid(zorgkantoor, sector, jaar)) FROM declaratie"
	ok $? "a bare constructor in a multi-shard SELECT fails on the shards"
	show
fi

# ---------------------------------------------------------------------------
echo "1..$tap_n"
if [ "${WLZ_CITUS_KEEP:-0}" = 0 ]; then
	for n in "$coord_admin" "${worker_admin[@]}"; do
		s "$n" "DROP DATABASE IF EXISTS $db WITH (FORCE)" || show
	done
else
	echo "# kept the database $db on every node (WLZ_CITUS_KEEP)"
fi
[ "$tap_failed" = 0 ]
