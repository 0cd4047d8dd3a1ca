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
	src/meegeleverd.o \
	src/termijn.o \
	src/klasse.o \
	src/tarief.o \
	src/tariefregel.o \
	src/tariefbeleid.o \
	src/beleidwaarde.o \
	src/richttarief.o \
	src/zorgprofiel.o \
	src/toets.o \
	src/geld.o \
	src/controle.o

# The scripts. 0.1.0's full script stays as it shipped. The scripts of 0.2.0
# are made by src/sql/maak from the parts in src/sql/ and the data files in
# data/ (src/sql/laden.sql names them); a later release adds its own upgrade
# script the same way. The parts in src/sql/shared/ are in both: objects new
# in 0.2.0, and those the upgrade replaces with CREATE OR REPLACE.
SHARED_FIRST = src/sql/shared/00-lader.sql
SHARED       = $(filter-out $(SHARED_FIRST),$(sort $(wildcard src/sql/shared/*.sql)))
DATA_FILES   = $(sort $(wildcard data/*.tsv data/*/*.tsv))
SCRIPT_DEPS  = src/sql/maak src/sql/laden.sql $(SHARED_FIRST) $(SHARED) $(DATA_FILES)

DATA         = $(EXTENSION)--0.1.0.sql
DATA_built   = $(EXTENSION)--$(EXTVERSION).sql $(EXTENSION)--0.1.0--$(EXTVERSION).sql


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

# The scripts of the current version (see DATA_built above).
$(EXTENSION)--$(EXTVERSION).sql: src/sql/kop.sql src/sql/wlzcontract.sql $(SCRIPT_DEPS)
	src/sql/maak $@ 'CREATE EXTENSION $(EXTENSION)' src/sql/kop.sql $(SHARED_FIRST) \
		src/sql/wlzcontract.sql $(SHARED) src/sql/laden.sql

$(EXTENSION)--0.1.0--$(EXTVERSION).sql: src/sql/$(EXTENSION)--0.1.0--$(EXTVERSION).sql \
		src/sql/$(EXTENSION)--0.1.0--$(EXTVERSION)-na.sql $(SCRIPT_DEPS)
	src/sql/maak $@ "ALTER EXTENSION $(EXTENSION) UPDATE TO '$(EXTVERSION)'" $(SHARED_FIRST) \
		src/sql/$(EXTENSION)--0.1.0--$(EXTVERSION).sql $(SHARED) src/sql/laden.sql \
		src/sql/$(EXTENSION)--0.1.0--$(EXTVERSION)-na.sql

# The objects depend on the shared header; the version is compiled in.
$(OBJS): src/wlzcontract.h
src/wlzcontract.o: $(EXTENSION).control

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
