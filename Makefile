# wlzcontract: PGXS build.
#
#   make && make install          build and install into the server pg_config names
#   make installcheck             pg_regress against a running server (PGHOST/PGPORT/...)
#   make test                     everything from nothing (packages, build, throw-away cluster,
#                                 pg_regress + pgTAP); last line "N passed, N failed"
#   make demo                     the same set-up, then the demo data set and report
#                                 (KEEP=1: in a cluster that stays, 15/wlzdemo)
#   make bench                    the same set-up, then the benchmark (test/bench/run):
#                                 C functions against built-ins and plain SQL, one
#                                 table (SCALE=0.1: a tenth of the rows); not in make test
#
# The version lives in one place: default_version in wlzcontract.control.

EXTENSION   = wlzcontract
EXTVERSION := $(shell sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" $(EXTENSION).control)

MODULE_big  = wlzcontract
OBJS        = \
	src/wlzcontract.o \
	src/kalender.o \
	src/termijn.o \
	src/klasse.o \
	src/tarief.o \
	src/tariefregel.o \
	src/richttarief.o \
	src/zorgprofiel.o

# The full install script of the current version plus every upgrade script.
DATA        = $(EXTENSION)--$(EXTVERSION).sql $(wildcard $(EXTENSION)--*--*.sql)

# pg_regress: every sql/<name>.sql in name order, against expected/<name>.out.
REGRESS      = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --load-extension=$(EXTENSION)

PG_CPPFLAGS = -DWLZ_VERSION='"$(EXTVERSION)"'
EXTRA_CLEAN = results regression.diffs regression.out tmp_install log

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
else
# No server development files yet: only the targets that install them work.
all install installcheck:
	@echo "PGXS not found (pg_config: $(PG_CONFIG)); 'make test' or 'make demo' installs" \
	      "postgresql-server-dev-15, or install it yourself" >&2; exit 1
endif

# The objects depend on the shared header.
$(OBJS): src/wlzcontract.h

.PHONY: test demo deps bench
test:
	@test/run test
demo:
	@test/run demo
bench:
	@SCALE="$(SCALE)" test/run bench
deps:
	@test/run deps

# Reliability (test/betrouwbaar/run; README "Reliability and security"). Each
# sets itself up like make test, in a throw-away cluster.
#   make fuzz         the fuzzer, 10^6 inputs per parser (FUZZ_INPUTS, FUZZ_SEED)
#   make sqlsmith     10^4 sqlsmith queries (SQLSMITH_QUERIES, SQLSMITH_SEED)
#   make sanitize     make test's suite against an ASan + UBSan build
#   make valgrind     pg_regress on a subset with the server under valgrind
#   make concurrency  the pgbench check, longer
.PHONY: fuzz sqlsmith sanitize valgrind concurrency
fuzz sqlsmith sanitize valgrind concurrency:
	@test/betrouwbaar/run $@

EXTRA_CLEAN += test/betrouwbaar/tmp
