# test/virtualenv.sh: sourced by test/run and test/betrouwbaar/run.
#
# The throw-away cluster has to work from a checkout in any folder, also one
# the server's OS user (postgres) cannot read, such as root's home (mode
# 0700), and two runs on one machine must not clash.  So:
#
#   make_scratch   makes $scratch, a directory under /tmp that everyone may
#                  read (mode 755) and that is removed when the script ends;
#                  whatever the server reads (the extension installed with
#                  DESTDIR, a preloaded library, ...) goes there, never into
#                  the checkout
#   virtualenv     pg_virtualenv [options] command: on a free port of its own
#                  (pg_virtualenv hands $PGPORT to pg_createcluster -p, which
#                  otherwise always takes 5432 in pg_virtualenv's fresh
#                  configuration root); inside, PGPORT is that port
#
# Ports are reserved with a directory /tmp/wlzcontract-port.<port>, made with
# mkdir (atomic) and removed at the end, so that concurrent runs never pick
# the same one; a port is skipped when something answers on it or a cluster
# of this machine is configured for it.

_wlz_cleanup_paths=()
_wlz_cleanup() {
	local p
	for p in "${_wlz_cleanup_paths[@]}"; do
		rm -rf "$p"
	done
}
trap _wlz_cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

make_scratch() {
	scratch=$(mktemp -d /tmp/wlzcontract.XXXXXX)
	_wlz_cleanup_paths+=("$scratch")
	chmod 755 "$scratch"
}

# port_taken <port>: something listens on it, or a cluster is configured for it
port_taken() {
	(: <>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
	(: <>"/dev/tcp/::1/$1") 2>/dev/null && return 0
	[ -e "/var/run/postgresql/.s.PGSQL.$1" ] || [ -e "/var/run/postgresql/.s.PGSQL.$1.lock" ] && return 0
	pg_lsclusters -h 2>/dev/null | awk -v p="$1" '$3 == p { f = 1 } END { exit !f }'
}

# reserve_port: sets $port to a free port, reserved until the script ends
reserve_port() {
	local i
	for i in $(seq 1 200); do
		port=$((20000 + RANDOM % 10000))
		port_taken "$port" && continue
		mkdir "/tmp/wlzcontract-port.$port" 2>/dev/null || continue
		_wlz_cleanup_paths+=("/tmp/wlzcontract-port.$port")
		return 0
	done
	echo "no free port found between 20000 and 29999" >&2
	return 1
}

virtualenv() {
	local port
	reserve_port
	PGPORT=$port pg_virtualenv "$@"
}
