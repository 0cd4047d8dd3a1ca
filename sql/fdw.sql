--
-- fdw: wlzcontract beyond one machine with postgres_fdw (SPEC 6).
--
-- A declarations table partitioned by year whose partitions are foreign tables
-- on two shard databases of this cluster.  With the server option
-- extensions 'wlzcontract', postgres_fdw ships the IMMUTABLE functions and
-- operators of the extension to the shards (they appear in the Remote SQL),
-- and what the shards compute equals a local computation, also when the local
-- session's TimeZone is not the shards' (postgres_fdw runs remote sessions in
-- GMT).  The catalog side (volatility, binary I/O, operator classes) is in
-- test/distributie.sql; README "Beyond one machine" explains the path.
--
SET DateStyle = 'ISO, YMD';
SET TimeZone = 'Europe/Amsterdam';
SET search_path = public, wlz;

CREATE EXTENSION postgres_fdw;

-- How to reach this cluster: its own port, PGHOST and PGPASSWORD when they are
-- set (pg_virtualenv sets them), libpq's defaults otherwise.
\set pghost ''
\set pgpassword ''
\getenv pghost PGHOST
\getenv pgpassword PGPASSWORD
SELECT current_setting('port') AS pgport, current_user AS pguser, current_database() AS hoofd \gset

-- Two shards: one database per year, each with wlzcontract and a plain table.
DROP DATABASE IF EXISTS wlz_fdw_2024;
DROP DATABASE IF EXISTS wlz_fdw_2025;
CREATE DATABASE wlz_fdw_2024;
CREATE DATABASE wlz_fdw_2025;
\c wlz_fdw_2024
CREATE EXTENSION wlzcontract;
CREATE TABLE declaratie (
    id integer NOT NULL, jaar integer NOT NULL CHECK (jaar = 2024), zorgkantoor text NOT NULL,
    zorgprofiel text NOT NULL, datum date NOT NULL, ingediend timestamptz NOT NULL,
    termijn wlz.termijn NOT NULL, nza_tarief numeric NOT NULL, percentage numeric NOT NULL);
-- what a postgres_fdw session on a shard runs with
CREATE VIEW sessie AS
    SELECT current_setting('TimeZone') AS timezone, current_setting('DateStyle') AS datestyle,
           current_setting('search_path') AS search_path;
\c wlz_fdw_2025
CREATE EXTENSION wlzcontract;
CREATE TABLE declaratie (
    id integer NOT NULL, jaar integer NOT NULL CHECK (jaar = 2025), zorgkantoor text NOT NULL,
    zorgprofiel text NOT NULL, datum date NOT NULL, ingediend timestamptz NOT NULL,
    termijn wlz.termijn NOT NULL, nza_tarief numeric NOT NULL, percentage numeric NOT NULL);
\c :hoofd
SET DateStyle = 'ISO, YMD';
SET TimeZone = 'Europe/Amsterdam';
SET search_path = public, wlz;

CREATE SERVER shard_2024 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host :'pghost', port :'pgport', dbname 'wlz_fdw_2024', extensions 'wlzcontract');
CREATE SERVER shard_2025 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host :'pghost', port :'pgport', dbname 'wlz_fdw_2025', extensions 'wlzcontract');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard_2024 OPTIONS (user :'pguser', password :'pgpassword');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard_2025 OPTIONS (user :'pguser', password :'pgpassword');

CREATE TABLE declaratie (
    id integer NOT NULL, jaar integer NOT NULL, zorgkantoor text NOT NULL,
    zorgprofiel text NOT NULL, datum date NOT NULL, ingediend timestamptz NOT NULL,
    termijn wlz.termijn NOT NULL, nza_tarief numeric NOT NULL, percentage numeric NOT NULL
) PARTITION BY LIST (jaar);
CREATE FOREIGN TABLE declaratie_2024 PARTITION OF declaratie FOR VALUES IN (2024)
    SERVER shard_2024 OPTIONS (table_name 'declaratie');
CREATE FOREIGN TABLE declaratie_2025 PARTITION OF declaratie FOR VALUES IN (2025)
    SERVER shard_2025 OPTIONS (table_name 'declaratie');
CREATE FOREIGN TABLE sessie_2024 (timezone text, datestyle text, search_path text)
    SERVER shard_2024 OPTIONS (table_name 'sessie');

-- The remote session: GMT, ISO dates, search_path pg_catalog, whatever ours is.
SELECT * FROM sessie_2024;

-- Two years of declarations, inserted through the partitioned table, which
-- routes each row to its shard: two rows a day, each submitted 0-44 days
-- later at a clock time in Amsterdam that walks through the day (so some fall
-- just before or after midnight in New York, UTC and Amsterdam), over DST
-- changes and feestdagen.  wlz.lokaal makes the data itself independent of
-- this session's TimeZone.
INSERT INTO declaratie
SELECT i, extract(year FROM d)::integer,
       (ARRAY['cz', 'vgz', 'zilverenkruis'])[1 + i % 3],
       (ARRAY['VG4', '4VG', 'W5', '9bVV', 'GGZ-W5', '10VV', 'ZZP 7 VG'])[1 + i % 7],
       d,
       wlz.lokaal(d + i % 45, time '00:00' + (i * 97 % 1440) * interval '1 minute'),
       (ARRAY['20 kalenderdagen', '5 werkdagen', '2 weken', '1 maand', '48 uur', '-3 werkdagen',
              '0 kalenderdagen', '1 jaar', '-24 uur', '3 dagen'])[1 + i % 10]::wlz.termijn,
       round(150 + (i % 97) * 3.37, 2),
       (ARRAY[97.3, 97.8, 100, 95.05])[1 + i % 4]
FROM generate_series(0, 1461) AS i, LATERAL (SELECT date '2024-01-01' + i / 2 AS d) AS x;
SELECT tableoid::regclass AS partitie, jaar, count(*), min(datum), max(datum)
FROM declaratie GROUP BY 1, 2 ORDER BY 2;

-- The same rows in a local table, for the local computation.
CREATE TABLE declaratie_lokaal AS SELECT * FROM declaratie;

-- 1. WHERE clauses: the calendar, the type's operators and the term ends are
-- all in the Remote SQL of both partitions, evaluated on the shards.
CREATE VIEW na_termijn AS
SELECT id FROM declaratie
WHERE wlz.is_werkdag(datum)                                          -- care on a werkdag
  AND NOT wlz.is_feestdag(datum + '1 dag'::wlz.termijn)              -- not the eve of a feestdag
  AND wlz.werkdagen(datum, datum + '2 weken'::wlz.termijn) = 10      -- no feestdag in the next two weeks
  AND termijn >= '1 werkdag' AND termijn < '1 jaar'                  -- werkdagen, weken or maanden
  AND ingediend > wlz.termijn_einde(wlz.lokaal(datum, '17:00'), termijn, atw => true);  -- submitted late
EXPLAIN (VERBOSE, COSTS OFF) SELECT * FROM na_termijn;

-- The declaration deadline: the end of the 17th werkdag of the month after the
-- care was given.
CREATE VIEW te_laat AS
SELECT id FROM declaratie
WHERE NOT wlz.tijdig(ingediend, wlz.werkdag_van_maand(datum + '1 maand'::wlz.termijn, 17));
EXPLAIN (VERBOSE, COSTS OFF) SELECT * FROM te_laat;

-- 2. Aggregates.  With partitionwise aggregation and the partition key in
-- GROUP BY, each shard computes its year whole: the calendar, the term ends,
-- wlz.tarief, wlz.extrapolatie and the aggregate wlz.richttariefpercentage
-- (here over percentage and amount only to show that an aggregate of the
-- extension runs on the shards).
CREATE VIEW per_jaar AS
SELECT jaar, zorgkantoor,
       count(*) AS regels,
       count(*) FILTER (WHERE wlz.is_werkdag(datum)) AS op_werkdag,
       count(*) FILTER (WHERE wlz.is_feestdag(datum)) AS op_feestdag,
       count(*) FILTER (WHERE NOT wlz.tijdig(ingediend, wlz.werkdag_van_maand(datum + '1 maand'::wlz.termijn, 17))) AS te_laat,
       count(DISTINCT wlz.zorgprofiel(zorgprofiel)) AS zorgprofielen,
       count(DISTINCT termijn) AS termijnen,
       max(wlz.termijn_einde(ingediend, termijn, atw => true)) AS laatste_einde,
       min(ingediend + termijn) AS vroegste_plus_termijn,
       sum(wlz.tarief(nza_tarief, percentage)) AS bedrag,
       sum(wlz.tarief(nza_tarief, 12.5, 3.75, percentage)) AS bedrag_met_nhc_nic,
       wlz.extrapolatie(sum(wlz.tarief(nza_tarief, percentage)) FILTER (WHERE datum <= make_date(jaar, 6, 30)),
                        sum(wlz.tarief(nza_tarief, percentage)) FILTER (WHERE datum >= make_date(jaar, 6, 1)
                                                                         AND datum <= make_date(jaar, 6, 30)),
                        make_date(jaar, 6, 30)) AS prognose,
       wlz.richttariefpercentage(percentage, nza_tarief) AS richttarief
FROM declaratie
GROUP BY jaar, zorgkantoor;
SET enable_partitionwise_aggregate = on;
EXPLAIN (VERBOSE, COSTS OFF) SELECT * FROM per_jaar;
-- Without the partition key in GROUP BY the aggregate is not pushed down
-- (postgres_fdw ships whole aggregates only): the rows come over and are
-- aggregated here; a WHERE clause would still be evaluated on the shards.
EXPLAIN (VERBOSE, COSTS OFF)
SELECT zorgkantoor, count(*) FILTER (WHERE wlz.is_werkdag(datum)) FROM declaratie GROUP BY zorgkantoor;

-- 3. The shards' results equal a local computation, with this session in New
-- York and in Amsterdam.  Each view gets a twin over the local table; both
-- are materialised (CREATE TABLE AS plans the view as above) and compared as
-- multisets.
DO $$
DECLARE
    v text;
BEGIN
    FOREACH v IN ARRAY ARRAY['na_termijn', 'te_laat', 'per_jaar'] LOOP
        EXECUTE format('CREATE VIEW %I AS %s', v || '_lokaal',
                       replace(pg_get_viewdef(v::regclass), 'FROM declaratie', 'FROM declaratie_lokaal declaratie'));
    END LOOP;
END
$$;
CREATE FUNCTION pg_temp.vergelijk(v text, OUT rijen bigint, OUT verschil bigint)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TEMP TABLE uit_fdw AS SELECT * FROM %I', v);
    EXECUTE format('CREATE TEMP TABLE uit_lokaal AS SELECT * FROM %I', v || '_lokaal');
    EXECUTE 'SELECT count(*) FROM uit_fdw' INTO rijen;
    EXECUTE '(SELECT count(*) FROM ((TABLE uit_fdw EXCEPT ALL TABLE uit_lokaal)
              UNION ALL (TABLE uit_lokaal EXCEPT ALL TABLE uit_fdw)) AS x)' INTO verschil;
    DROP TABLE uit_fdw, uit_lokaal;
END
$$;
SET TimeZone = 'America/New_York';
SELECT v AS view, current_setting('TimeZone') AS timezone, r.*
FROM unnest(ARRAY['na_termijn', 'te_laat', 'per_jaar']) AS v, pg_temp.vergelijk(v) AS r;
SET TimeZone = 'Europe/Amsterdam';
SELECT v AS view, current_setting('TimeZone') AS timezone, r.*
FROM unnest(ARRAY['na_termijn', 'te_laat', 'per_jaar']) AS v, pg_temp.vergelijk(v) AS r;
-- By hand: 2024 has 255 werkdagen and 9 feestdagen, two rows each, so
-- op_werkdag adds up to 510 and op_feestdag to 18; 2025 has 253 werkdagen
-- (506) and 9 feestdagen (18).  The seven spellings are five zorgprofielen.
-- The earliest cz row plus its term: row 6, care on 4 January 2024, submitted
-- 10 January 09:42 (6 x 97 minutes), 0 kalenderdagen.
SELECT * FROM per_jaar ORDER BY jaar, zorgkantoor;

-- The data crosses day boundaries that differ by zone, so a result that
-- depended on the TimeZone would have shown a difference: ingediend::date (the
-- session's date) is not the Amsterdam date for this many rows.
SET TimeZone = 'America/New_York';
SELECT count(*) FILTER (WHERE ingediend::date <> (ingediend AT TIME ZONE 'Europe/Amsterdam')::date) AS andere_datum_new_york
FROM declaratie_lokaal;
SET TimeZone = 'UTC';
SELECT count(*) FILTER (WHERE ingediend::date <> (ingediend AT TIME ZONE 'Europe/Amsterdam')::date) AS andere_datum_utc
FROM declaratie_lokaal;
SET TimeZone = 'Europe/Amsterdam';

-- 4. What is not shipped; the Filter line of a Foreign Scan runs locally,
-- after the rows have arrived.
-- ingediend::date is STABLE (the session's date): local.
EXPLAIN (VERBOSE, COSTS OFF)
SELECT id FROM declaratie WHERE wlz.werkdagen(datum, ingediend::date) > 10;
-- AT TIME ZONE 'Europe/Amsterdam' is IMMUTABLE, but postgres_fdw ships a
-- function with a collatable argument only when the collation comes from a
-- column of the foreign table; a text constant's does not: local too.
EXPLAIN (VERBOSE, COSTS OFF)
SELECT id FROM declaratie
WHERE wlz.werkdagen(datum, (ingediend AT TIME ZONE 'Europe/Amsterdam')::date) > 10;
-- A STABLE function that reads tables: local.
EXPLAIN (VERBOSE, COSTS OFF)
SELECT id FROM declaratie WHERE percentage > wlz.tariefpercentage(zorgkantoor, 'GZ', jaar);

-- Without the extensions option nothing of wlzcontract is shipped: the 2024
-- shard without it, next to the 2025 shard with it.  The answer is the same.
ALTER SERVER shard_2024 OPTIONS (DROP extensions);
EXPLAIN (VERBOSE, COSTS OFF)
SELECT id FROM declaratie WHERE wlz.is_werkdag(datum) AND termijn = '5 werkdagen';
SELECT (SELECT count(*) FROM declaratie WHERE wlz.is_werkdag(datum) AND termijn = '5 werkdagen') AS fdw,
       (SELECT count(*) FROM declaratie_lokaal WHERE wlz.is_werkdag(datum) AND termijn = '5 werkdagen') AS lokaal;
ALTER SERVER shard_2024 OPTIONS (ADD extensions 'wlzcontract');

-- 5. The tariff policy as a value (SPEC 8).  wlz.tariefpercentage(zorgkantoor,
-- sector, jaar, ...) reads tables, so it is not shipped; its form over a
-- wlz.tariefbeleid value reads only that value.  The STABLE constructor runs
-- once, here, as an initplan, and the value goes to the shards as a parameter
-- ($1 in the Remote SQL): the shards compute with CZ's policy although they
-- have no RT% for GZ 2026 at all.
INSERT INTO wlz.richttarief (sector, jaar, percentage, bron) VALUES ('GZ', 2026, 96.5, 'fdw.sql');
EXPLAIN (VERBOSE, COSTS OFF)
SELECT id FROM declaratie
WHERE wlz.tariefpercentage((SELECT wlz.tariefbeleid('cz', 'GZ', 2026)), zorgprofiel => zorgprofiel,
                           klasse => 'nieuw', leveringsvorm => 'vpt') < 95;
-- The same answer as the table form computed here: CZ GZ 2026, new, VPT:
-- 96.5 - 2 = 94.5 (002 L733-746) for every zorgprofiel, so every row.
SELECT (SELECT count(*) FROM declaratie
        WHERE wlz.tariefpercentage((SELECT wlz.tariefbeleid('cz', 'GZ', 2026)), zorgprofiel => zorgprofiel,
                                   klasse => 'nieuw', leveringsvorm => 'vpt') = 94.5) AS fdw,
       (SELECT count(*) FROM declaratie_lokaal
        WHERE wlz.tariefpercentage('cz', 'GZ', 2026, zorgprofiel => zorgprofiel,
                                   klasse => 'nieuw', leveringsvorm => 'vpt') = 94.5) AS lokaal,
       (SELECT count(*) FROM declaratie_lokaal) AS rijen;
DELETE FROM wlz.richttarief WHERE sector = 'GZ' AND jaar = 2026 AND NOT meegeleverd;

-- Clean up: the shards are databases of this cluster.
DROP VIEW na_termijn, te_laat, per_jaar, na_termijn_lokaal, te_laat_lokaal, per_jaar_lokaal;
DROP TABLE declaratie, declaratie_lokaal;
DROP FOREIGN TABLE sessie_2024;
SELECT postgres_fdw_disconnect_all();
DROP USER MAPPING FOR CURRENT_USER SERVER shard_2024;
DROP USER MAPPING FOR CURRENT_USER SERVER shard_2025;
DROP SERVER shard_2024, shard_2025;
DROP EXTENSION postgres_fdw;
DROP DATABASE wlz_fdw_2024;
DROP DATABASE wlz_fdw_2025;
