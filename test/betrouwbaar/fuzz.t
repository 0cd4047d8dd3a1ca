#!/bin/bash
# test/betrouwbaar/fuzz.t: a short run of the fuzzer (fuzz.c) for make test:
# a few thousand generated and mutated inputs per parser, a fixed seed, and
# the server log read for crashes.  make fuzz runs the long one.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

inputs=${FUZZ_INPUTS:-20000}
seed=${FUZZ_SEED:-20250701}
bin=$scratch/fuzz

if ! ${CC:-cc} -O2 -Wall -Wextra -Wno-unused-parameter -o "$bin" "$here/fuzz.c" \
	-I"$("$PG_CONFIG" --includedir)" -L"$("$PG_CONFIG" --libdir)" -lpq 2>"$scratch/cc"; then
	echo "1..1"
	ok 1 "the fuzzer builds (needs libpq-dev)"
	diag <"$scratch/cc"
	exit 1
fi

createdb wlz_fuzz
q -d wlz_fuzz -c 'CREATE EXTENSION wlzcontract'
log=$(server_log)
from=$(log_size "$log")

# fuzz prints its own plan (5 checks per parser); one more for the log
"$bin" -n "$inputs" -s "$seed" ${FUZZ_VERBOSE:+-v} "dbname=wlz_fuzz" >"$scratch/out"
status=$?
planned=$(sed -n 's/^1\.\.\([0-9]*\)$/\1/p' "$scratch/out")
echo "1..$((${planned:-0} + 1))"
grep -v '^1\.\.' "$scratch/out"
tap_n=${planned:-0}
[ $status != 2 ] || tap_failed=1

if [ -n "$log" ]; then
	log_problems "$log" "$from" >"$scratch/log"
	[ ! -s "$scratch/log" ]
	ok $? "the server log shows no crash or sanitizer report"
	diag <"$scratch/log"
else
	ok 0 "the server log shows no crash or sanitizer report # SKIP server log not found"
fi
dropdb wlz_fuzz
[ "$status" = 0 ] && [ "$tap_failed" = 0 ]
