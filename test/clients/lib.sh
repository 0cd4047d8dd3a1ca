# test/clients/lib.sh: shared by the driver tests' shell scripts (sourced).
#
# They run inside the throw-away cluster of make test (test/run; pg_virtualenv
# sets PGHOST, PGPORT, PGUSER, PGPASSWORD) and print TAP, which test/run
# counts.

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
PATH=$("$PG_CONFIG" --bindir):$PATH
export PATH

# make_db <name>: a fresh database with opzet.sql (the extension, README's
# tables, the RT% GZ 2026); on failure a failing TAP line and exit
make_db() {
	local out
	if ! out=$( { dropdb --if-exists "$1" && createdb "$1" &&
		psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$here/opzet.sql"; } 2>&1); then
		echo "1..1"
		echo "not ok 1 - set up the database $1"
		printf '%s\n' "$out" | sed 's/^/# /'
		exit 1
	fi
}
