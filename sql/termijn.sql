--
-- termijn: the type wlz.termijn, its arithmetic, and the end of a term
-- (SPEC 2.2, 2.3).  The rules are checked in test/termijn.sql; this file shows
-- the surface: input and output, errors, operators, binary I/O.
--
SET DateStyle = 'ISO, YMD';
SET TimeZone = 'Europe/Amsterdam';
-- The operators live in schema wlz; put it on the path (or write OPERATOR(wlz.+)).
SET search_path = public, wlz;

-- Input: Dutch and English units, singular and plural, any case, extra white
-- space, signed amounts.  Output: canonical Dutch.
SELECT invoer, invoer::wlz.termijn AS termijn
FROM unnest(ARRAY[
    '20 kalenderdagen', '1 kalenderdag', '1 kalenderdagen', '  20   Kalenderdagen ',
    '20 dagen', '1 dag', '3 days', '1 day', '10 calendar days', '1 CALENDAR  DAY',
    '5 werkdagen', '1 werkdag', '17 working days', '3 business days', '1 Business Day',
    '24 uur', '1 uur', '48 uren', '2 hours', '1 hour',
    '2 weken', '1 week', '3 weeks',
    '6 maanden', '1 maand', '1 month', '12 months',
    '1 jaar', '2 jaar', '2 jaren', '5 years', '1 year',
    '-24 uur', '- 24 uur', '+5 werkdagen', '-1 dag', '0 dagen', '-0 uur', '007 dagen',
    '100000 dagen', '-100000 werkdagen', '20kalenderdagen'
]) AS invoer;
SELECT E'\t5\n Working\t\tDays\r\n'::wlz.termijn AS tabs_en_regeleinden;

-- Bad input: no amount, no unit, words for numbers, unknown units, fractions,
-- amounts beyond 100000 either way.
SELECT '20'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT 'twintig dagen'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT 'dagen'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT '5 lichtjaren'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT ''::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT '   '::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT '1.5 uur'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT '5 werkdagen extra'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT '5 dagen 3 uur'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT '100001 dagen'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT '-100001 uur'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT '99999999999999999999999 dagen'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE

-- Casts from and to text.
SELECT ' 5 Working Days'::text::wlz.termijn AS van_tekst,
       '5 werkdagen'::wlz.termijn::text AS naar_tekst,
       pg_typeof('5 werkdagen'::wlz.termijn::text) AS type;
CREATE TEMP TABLE stap (t wlz.termijn);
INSERT INTO stap SELECT '2 Weeks'::text;	-- assignment cast
SELECT t FROM stap;
DROP TABLE stap;

-- Comparison is structural: by unit (kalenderdagen, werkdagen, weken, maanden,
-- jaren, uren), then by amount; 7 kalenderdagen is not 1 week.
SELECT '7 kalenderdagen'::wlz.termijn = '1 week' AS gelijk,
       '7 kalenderdagen'::wlz.termijn <> '1 week' AS ongelijk,
       '7 dagen'::wlz.termijn = '7 kalenderdagen' AS zelfde,
       '100000 dagen'::wlz.termijn < '-100000 werkdagen' AS eenheid_eerst;
SELECT t FROM unnest('{24 uur,1 jaar,2 weken,-3 dagen,1 maand,5 werkdagen,20 kalenderdagen,0 dagen,-1 uur,1 week}'::wlz.termijn[]) AS t
ORDER BY t;
SELECT count(DISTINCT t) AS verschillend
FROM unnest('{5 werkdagen,5 working days,5 business days,5 dagen}'::wlz.termijn[]) AS t;

-- Unary minus turns a term around; d - t = d + (-t).
SELECT -'24 uur'::wlz.termijn AS min_24_uur, -'-5 werkdagen'::wlz.termijn AS plus_5;

-- date + termijn, the documents' own arithmetic: "20 kalenderdagen na
-- publicatie" (000 L304-305) from 05-09 is 25-09 and from 01-07 is 21-07, the
-- dates Zilveren Kruis writes (000 L300-302).
SELECT date '2025-09-05' + '20 kalenderdagen'::wlz.termijn AS bezwaar_rt,
       date '2025-07-01' + '20 kalenderdagen'::wlz.termijn AS kort_geding_nvi;
-- Month arithmetic as PostgreSQL's; werkdagen skip weekends and feestdagen.
SELECT date '2025-01-31' + '1 maand'::wlz.termijn AS eind_februari,
       date '2024-01-31' + '1 maand'::wlz.termijn AS schrikkeljaar,
       date '2024-02-29' + '1 jaar'::wlz.termijn AS na_29_februari,
       date '2024-02-29' - '4 jaar'::wlz.termijn AS terug_29_februari,
       date '2025-12-24' + '5 werkdagen'::wlz.termijn AS over_nieuwjaar,
       date '2026-01-05' - '5 werkdagen'::wlz.termijn AS terug_over_nieuwjaar,
       date '2026-04-04' + '0 werkdagen'::wlz.termijn AS nul_werkdagen,
       '2 weken'::wlz.termijn + date '2025-12-25' AS termijn_plus_datum;
-- Infinite dates pass through, as in date + integer.
SELECT date 'infinity' + '5 werkdagen'::wlz.termijn AS oneindig,
       date '-infinity' - '1 maand'::wlz.termijn AS min_oneindig;
-- Hours on a date have no meaning.
SELECT date '2025-06-13' + '24 uur'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT date '2025-06-13' - '1 uur'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
-- werkdagen outside 1965-2199, and dates PostgreSQL cannot hold.
SELECT date '2199-12-30' + '5 werkdagen'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT date '1960-06-01' + '5 werkdagen'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT date '1960-06-01' + '5 kalenderdagen'::wlz.termijn AS kalenderdagen_mogen;
SELECT date '5874897-12-01' + '1 maand'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE

-- Without wlz on the path: OPERATOR(wlz.+), or the function.
SET search_path = public;
SELECT date '2025-09-05' OPERATOR(wlz.+) '20 kalenderdagen'::wlz.termijn AS met_operator,
       wlz.datum_plus_termijn('2025-09-05', '20 kalenderdagen') AS met_functie;
SET search_path = public, wlz;
-- An untyped literal after + stays an interval for timestamptz (wlz.termijn
-- has the category of interval, which stays the preferred type).
SELECT timestamptz '2025-06-13 12:00' + '1 day' AS interval_blijft;

-- timestamptz + termijn: calendar units keep the Amsterdam wall-clock time
-- across DST (2025-03-30 and 2025-10-26), hours are elapsed time.
SELECT timestamptz '2025-03-29 12:00' + '1 dag'::wlz.termijn AS dag_over_zomertijd,
       timestamptz '2025-03-29 12:00' + '24 uur'::wlz.termijn AS uur_over_zomertijd,
       timestamptz '2025-10-25 12:00' + '1 dag'::wlz.termijn AS dag_over_wintertijd,
       timestamptz '2025-10-25 12:00' + '24 uur'::wlz.termijn AS uur_over_wintertijd;
SELECT timestamptz '2025-06-13 12:00' - '24 uur'::wlz.termijn AS min_24_uur,
       timestamptz '2025-06-13 12:00' + '-24 uur'::wlz.termijn AS plus_min_24_uur,
       timestamptz '2025-06-13 12:00' + '5 werkdagen'::wlz.termijn AS werkdagen,
       '1 maand'::wlz.termijn + timestamptz '2025-01-31 09:00' AS maand;
-- The same instants under another TimeZone (shown in UTC): nothing changes.
SET TimeZone = 'UTC';
SELECT timestamptz '2025-03-29 11:00+00' + '1 dag'::wlz.termijn AS dag_over_zomertijd,
       timestamptz '2025-10-25 10:00+00' + '1 dag'::wlz.termijn AS dag_over_wintertijd;
SET TimeZone = 'Europe/Amsterdam';
SELECT timestamptz 'infinity' + '1 dag'::wlz.termijn AS oneindig,
       timestamptz '-infinity' - '24 uur'::wlz.termijn AS min_oneindig;
SELECT timestamptz '294276-12-31 12:00+00' + '1 maand'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE
SELECT timestamptz '294276-12-31 12:00+00' + '24 uur'::wlz.termijn;
\echo :LAST_ERROR_SQLSTATE

-- einde_dag, lokaal (a clock time that does not exist on 30 March, and one
-- that occurs twice on 26 October, resolve as PostgreSQL does).
SELECT wlz.einde_dag('2025-09-25') AS einde_25_sept,
       wlz.einde_dag('2025-12-31') AS einde_winter,
       wlz.einde_dag('infinity') AS oneindig;
SELECT wlz.lokaal('2025-06-13', '12:00') AS vragen_nvi,
       wlz.lokaal('2025-03-30', '02:30') AS bestaat_niet,
       wlz.lokaal('2025-10-26', '02:30') AS bestaat_twee_keer,
       wlz.lokaal('2025-06-13', '24:00') AS middernacht;

-- termijn_einde: SPEC's example, the date and the timestamptz forms, hours,
-- the ATW (a 3-day term over Easter 2026: art. 2 gives Wednesday 8 April).
SELECT wlz.termijn_einde(date '2025-09-05', '20 kalenderdagen') AS bezwaar_rt;
SELECT wlz.termijn_einde(date '2026-04-02', '3 kalenderdagen') AS zonder_atw,
       wlz.termijn_einde(date '2026-04-02', '3 kalenderdagen', true) AS met_atw,
       wlz.termijn_einde(date '2026-04-02', '3 kalenderdagen', atw => true) AS benoemd;
SELECT wlz.termijn_einde(timestamptz '2025-06-13 12:00', '24 uur') AS uren,
       wlz.termijn_einde(timestamptz '2025-06-13 12:00', '24 uur', true) AS uren_atw,
       wlz.termijn_einde(timestamptz '2025-06-13 12:00', '1 dag') AS dag,
       wlz.termijn_einde(timestamptz '2025-06-13 12:00', '0 dagen') AS nul;
SELECT wlz.termijn_einde(date '2025-06-13', '24 uur');
\echo :LAST_ERROR_SQLSTATE
SELECT wlz.termijn_einde(date '1960-01-01', '20 kalenderdagen', true);
\echo :LAST_ERROR_SQLSTATE
SELECT wlz.termijn_einde(date 'infinity', '20 kalenderdagen', true) AS oneindig,
       wlz.termijn_einde(timestamptz '-infinity', '24 uur') AS min_oneindig;
-- An untyped first argument is a timestamptz: midnight in the session's
-- TimeZone.  In Tokyo that is still 4 September in Amsterdam.
SET TimeZone = 'Asia/Tokyo';
SELECT wlz.termijn_einde('2025-09-05', '20 kalenderdagen') AT TIME ZONE 'Europe/Amsterdam' AS ongetypeerd,
       wlz.termijn_einde(date '2025-09-05', '20 kalenderdagen') AT TIME ZONE 'Europe/Amsterdam' AS datum;
SET TimeZone = 'Europe/Amsterdam';

-- tijdig: on or before the end of the local day.
SELECT wlz.tijdig('2025-09-25 23:59:59.999999+02', '2025-09-25') AS laatste_moment,
       wlz.tijdig('2025-09-26 00:00:00+02', '2025-09-25') AS te_laat,
       wlz.tijdig('2025-09-25 22:30:00+00', '2025-09-25') AS utc_te_laat,
       wlz.tijdig('-infinity', '2025-09-25') AS min_oneindig,
       wlz.tijdig('2025-09-25 12:00+02', 'infinity') AS geen_termijn;

-- Binary COPY round trip.
CREATE TEMP TABLE termijnen (t wlz.termijn);
INSERT INTO termijnen
SELECT unnest('{20 kalenderdagen,5 werkdagen,-24 uur,2 weken,6 maanden,1 jaar,0 dagen,-100000 uur,100000 jaar}'::wlz.termijn[]);
\copy termijnen TO 'results/termijn.bin' WITH (FORMAT binary)
CREATE TEMP TABLE terug (t wlz.termijn);
\copy terug FROM 'results/termijn.bin' WITH (FORMAT binary)
SELECT t FROM terug ORDER BY t;
SELECT (SELECT array_agg(t ORDER BY t) FROM termijnen) = (SELECT array_agg(t ORDER BY t) FROM terug) AS rondreis;
-- The binary form (version 1, unit, amount), and recv checking it: the bytes
-- of a bytea column copied into a wlz.termijn column.
SELECT wlz.termijn_send('20 kalenderdagen') AS twintig_dagen, wlz.termijn_send('-24 uur') AS min_24_uur;
TRUNCATE terug;
CREATE TEMP TABLE ruw (b bytea);
INSERT INTO ruw VALUES ('\x010100000005');
\copy ruw TO 'results/termijn_ruw.bin' WITH (FORMAT binary)
\copy terug FROM 'results/termijn_ruw.bin' WITH (FORMAT binary)
SELECT t FROM terug;
TRUNCATE ruw;
INSERT INTO ruw VALUES ('\x020000000014');	-- version 2
\copy ruw TO 'results/termijn_ruw.bin' WITH (FORMAT binary)
\copy terug FROM 'results/termijn_ruw.bin' WITH (FORMAT binary)
TRUNCATE ruw;
INSERT INTO ruw VALUES ('\x010600000014');	-- unit 6
\copy ruw TO 'results/termijn_ruw.bin' WITH (FORMAT binary)
\copy terug FROM 'results/termijn_ruw.bin' WITH (FORMAT binary)
TRUNCATE ruw;
INSERT INTO ruw VALUES ('\x0100000186a1');	-- 100001 kalenderdagen
\copy ruw TO 'results/termijn_ruw.bin' WITH (FORMAT binary)
\copy terug FROM 'results/termijn_ruw.bin' WITH (FORMAT binary)
TRUNCATE ruw;
INSERT INTO ruw VALUES ('\x010000000014ff');	-- a byte too many
\copy ruw TO 'results/termijn_ruw.bin' WITH (FORMAT binary)
\copy terug FROM 'results/termijn_ruw.bin' WITH (FORMAT binary)
TRUNCATE ruw;
INSERT INTO ruw VALUES ('\x010000');	-- too short
\copy ruw TO 'results/termijn_ruw.bin' WITH (FORMAT binary)
\copy terug FROM 'results/termijn_ruw.bin' WITH (FORMAT binary)

-- Hash aggregation and a btree index use the operator classes.
CREATE TEMP TABLE stappen AS
SELECT (ARRAY['20 kalenderdagen', '5 werkdagen', '24 uur', '1 week'])[1 + i % 4]::wlz.termijn AS t
FROM generate_series(1, 1000) AS i;
ANALYZE stappen;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT t, count(*) FROM stappen GROUP BY t;
SELECT t, count(*) FROM stappen GROUP BY t ORDER BY t;
SELECT count(DISTINCT t) FROM stappen;
RESET enable_sort;
SET enable_hashagg = off;
SELECT t, count(*) FROM stappen GROUP BY t ORDER BY t;
RESET enable_hashagg;
CREATE INDEX ON stappen (t);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM stappen WHERE t = '5 werkdagen';
SELECT count(*) FROM stappen WHERE t = '5 werkdagen';
SELECT count(*) FROM stappen WHERE t > '5 werkdagen';
RESET enable_seqscan;
-- A hash join.
CREATE TEMP TABLE gezocht (t wlz.termijn);
INSERT INTO gezocht VALUES ('24 uur'), ('1 week'), ('2 weken');
ANALYZE gezocht;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT g.t, count(*) FROM stappen s JOIN gezocht g ON s.t = g.t GROUP BY g.t;
SELECT g.t, count(*) FROM stappen s JOIN gezocht g ON s.t = g.t GROUP BY g.t ORDER BY g.t;
RESET enable_mergejoin;
RESET enable_nestloop;
