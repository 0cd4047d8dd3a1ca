#!/bin/bash
# test/clients/bi_sessie.t: a BI tool's session (fully qualified names, the
# search_path left alone) through JDBC: comparisons, IN, BETWEEN and joins on
# wlz.termijn fail without schema wlz on the path, and work with each of the
# ways README "BI tools and drivers" gives (BiSessie.java says what it checks).
#
# Two login roles, wlz_bi and wlz_bi2, that may read the tables; the role and
# database settings the test makes go with them and the database.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

db=wlz_bi
make_db $db
if ! out=$(psql -X -q -v ON_ERROR_STOP=1 -d $db 2>&1 <<-'SQL'
	SET client_min_messages = warning;
	DROP ROLE IF EXISTS wlz_bi;
	DROP ROLE IF EXISTS wlz_bi2;
	CREATE ROLE wlz_bi LOGIN PASSWORD 'bi-wachtwoord';
	CREATE ROLE wlz_bi2 LOGIN PASSWORD 'bi-wachtwoord';
	CREATE TABLE bi_termijn (id integer PRIMARY KEY, termijn wlz.termijn);
	INSERT INTO bi_termijn VALUES (1, '5 werkdagen'), (2, '10 kalenderdagen'), (3, '20 kalenderdagen'),
	  (4, '30 kalenderdagen'), (5, '1 week'), (6, '24 uur'), (7, '7 kalenderdagen'), (8, '7 dagen');
	GRANT SELECT ON bi_termijn TO wlz_bi, wlz_bi2;
SQL
); then
	echo "1..1"
	echo "not ok 1 - set up roles and the table bi_termijn"
	printf '%s\n' "$out" | sed 's/^/# /'
	exit 1
fi
java -cp /usr/share/java/postgresql.jar "$here/BiSessie.java" $db
status=$?
# the roles belong to the cluster, not to the database: leave none behind
psql -X -q -d postgres -c "DROP DATABASE $db" -c 'DROP ROLE wlz_bi' -c 'DROP ROLE wlz_bi2' >/dev/null 2>&1
exit $status
