# test/betrouwbaar/lib.sh: shared by the reliability checks (sourced).
#
# The checks (*.t) run inside a throw-away cluster (pg_virtualenv sets PGHOST,
# PGPORT, PGUSER, PGPASSWORD) and print TAP, which test/run counts.

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
PATH=$("$PG_CONFIG" --bindir):$PATH
export PATH

# Scratch space, removed when the check ends.
scratch=$(mktemp -d)
chmod 755 "$scratch"
trap 'rm -rf "$scratch"' EXIT

tap_n=0
tap_failed=0

# ok <exit status> <description>: one TAP line
ok() {
	tap_n=$((tap_n + 1))
	if [ "$1" = 0 ]; then
		echo "ok $tap_n - $2"
	else
		echo "not ok $tap_n - $2"
		tap_failed=$((tap_failed + 1))
	fi
}

# diag: stdin as TAP comments (at most 40 lines)
diag() {
	head -40 | sed 's/^/# /'
}

# psql that stops at the first error, without .psqlrc
q() {
	psql -X -q -v ON_ERROR_STOP=1 "$@"
}

# The server log of the throw-away cluster, or nothing when it cannot be found.
server_log() {
	local log
	if [ -n "${PG_CLUSTER_CONF_ROOT:-}" ] && [ -n "${PGVERSION:-}" ]; then
		log=$PG_CLUSTER_CONF_ROOT/$PGVERSION/regress/log
		[ -r "$log" ] && { readlink -f "$log"; return; }
	fi
	log=$(psql -X -Atq -c 'SELECT pg_catalog.pg_current_logfile()' 2>/dev/null || true)
	if [ -n "$log" ]; then
		case $log in
		/*) ;;
		*) log=$(psql -X -Atq -c 'SHOW data_directory')/$log ;;
		esac
		[ -r "$log" ] && echo "$log"
	fi
}

# log_size <log>: bytes so far, to look only at what a check adds
log_size() {
	if [ -n "$1" ]; then stat -c %s "$1"; else echo 0; fi
}

# What in a server log means a crash or a sanitizer report.
crash_pattern='terminated by signal|terminated by exception|exited with exit code [2-9]|PANIC:|TRAP:|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:|stack smashing detected|double free or corruption|malloc\(\): '

# log_problems <log> <from byte>: the crash lines written since
log_problems() {
	[ -n "$1" ] || return 0
	tail -c +"$(($2 + 1))" "$1" | grep -aE "$crash_pattern" || true
}

# The share directory the server reads extensions from (extension_destdir
# when make test points the server at its scratch install directory).
extension_dir() {
	local destdir
	destdir=$(psql -X -Atq -c "SELECT pg_catalog.current_setting('extension_destdir', true)" 2>/dev/null || true)
	echo "${destdir}$("$PG_CONFIG" --sharedir)/extension"
}

# default_version from the control file of the checkout
default_version() {
	sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" "$top/wlzcontract.control"
}

# schema <db>: the extension's catalog as pg_dump --binary-upgrade lists it
# (every member; a plain schema dump shows only CREATE EXTENSION), with what
# differs between any two databases left out: OIDs, transaction ids and the
# \restrict key.  dump.t and upgrade.t compare two of these.
schema() {
	pg_dump --schema-only --binary-upgrade -d "$1" |
		grep -vE '^\\(un)?restrict |binary_upgrade_set_next_' |
		sed -E -e "s/(binary_upgrade_create_empty_extension\('wlzcontract', 'wlz', (true|false), '[^']*', )'\{[0-9,]*\}'/\1'{oids}'/" \
			-e "s/relfrozenxid = '[0-9]+', relminmxid = '[0-9]+'/relfrozenxid = 'xid', relminmxid = 'mxid'/" \
			-e "s/^WHERE oid = '[0-9]+';$/WHERE oid = 'oid';/"
}
