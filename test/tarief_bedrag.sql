-- test/tarief_bedrag.sql: amounts (wlz.tarief, SPEC 4.1), the richttarief model
-- aggregate (wlz.richttariefpercentage, SPEC 4.3) and volume extrapolation
-- (wlz.extrapolatie, SPEC 5). Expected amounts are worked out by hand (decimal,
-- rounding half away from zero) in the comments.
BEGIN;
SELECT plan(74);

-- ---------------------------------------------------------------------------
-- wlz.tarief(nza_tarief, percentage): nza_tarief x percentage / 100, to cents
-- ---------------------------------------------------------------------------
SELECT is(wlz.tarief(100, 97.3), 97.30, '100 x 97,3 % = 97,30');
SELECT is(wlz.tarief(100, 97.3)::text, '97.30', 'an amount always has two decimals');
SELECT is(wlz.tarief(123.45, 97.8), 120.73, '123,45 x 0,978 = 120,7341 -> 120,73');
SELECT is(wlz.tarief(10.01, 50), 5.01, '10,01 x 0,5 = 5,005 -> 5,01: a half cent rounds away from zero');
SELECT is(wlz.tarief(-10.01, 50), -5.01, '-5,005 -> -5,01: away from zero for a credit line too');
SELECT is(wlz.tarief(1.01, 50), 0.51, '0,505 -> 0,51');
SELECT is(wlz.tarief(2.675, 100), 2.68, '2,675 -> 2,68 (round(2.675, 2) in binary floating point, as many client languages do it, gives 2,67)');
SELECT is(wlz.tarief(0.01, 50), 0.01, '0,005 -> 0,01');
SELECT is(wlz.tarief(0.01, 49.99), 0.00, '0,004999 -> 0,00');
SELECT is(wlz.tarief(1.00999999999999999999, 50), 0.50,
          '0,504999999999999999995 -> 0,50: one rounding only (round(a * p / 100, 2) in SQL divides at 20 decimals and gives 0,51)');
SELECT is(wlz.tarief(8765.43, 93.7), 8213.21, '8765,43 x 0,937 = 8213,20791 -> 8213,21 (000 L129: 93,7 %)');
SELECT is(wlz.tarief(123456789012345678.91, 97.3), 120123455709012345.58,
          'large amounts stay exact: 120123455709012345,57943 -> ,58');
SELECT is(wlz.tarief(0, 97.3), 0.00, 'zero amount');
SELECT is(wlz.tarief(100, 0), 0.00, 'percentage 0 is allowed');
SELECT is(wlz.tarief(12.345, 100), 12.35, 'percentage 100 is allowed; the amount is still rounded to cents');
SELECT is(wlz.tarief(NULL, 97.3), NULL, 'STRICT: NULL in, NULL out');
SELECT throws_ok('SELECT wlz.tarief(100, 100.01)', '22023', 'tariff percentage 100.01 is out of range',
                 'above 100 % of the NZa maximum is 22023 (SPEC 4.1)');
SELECT throws_ok('SELECT wlz.tarief(100, -0.01)', '22023', NULL, 'a negative percentage is 22023');
SELECT throws_ok($$SELECT wlz.tarief(100, 'NaN')$$, '22023', NULL, 'a NaN percentage is 22023');
SELECT throws_ok($$SELECT wlz.tarief('NaN', 50)$$, '22023', NULL, 'a NaN amount is 22023');
SELECT throws_ok($$SELECT wlz.tarief('Infinity', 50)$$, '22023', NULL, 'an infinite amount is 22023');
SELECT throws_ok($$SELECT wlz.tarief(('1' || repeat('0', 131071))::numeric, 50)$$, '22003', NULL,
                 'an amount beyond numeric''s range is 22003');

-- ---------------------------------------------------------------------------
-- wlz.tarief(zorg, nhc, nic, percentage): zorg at the percentage, NHC/NIC at 100 %
-- (002 L714-716; 004 L739-743)
-- ---------------------------------------------------------------------------
SELECT is(wlz.tarief(250.00, 40.12, 8.35, 97.3), 291.72,
          '250 x 0,973 = 243,25, + 40,12 + 8,35 = 291,72 (002 L714-716)');
SELECT is(wlz.tarief(10.01, 1.00, 2.00, 50), 8.01, 'the care part is rounded first: 5,005 -> 5,01, + 3 = 8,01');
SELECT is(wlz.tarief(250.00, 40.12, 8.345, 97.3), 291.715,
          'NHC and NIC are added as given (100 % of an amount needs no rounding)');
SELECT is(wlz.tarief(250.00, 0, 0, 100), 250.00, 'an MPT prestatie without NHC/NIC: the care part alone');
SELECT is(wlz.tarief(250.00, 40.12, 8.35, 0), 48.47, 'percentage 0 still pays NHC and NIC');
SELECT throws_ok('SELECT wlz.tarief(250.00, 40.12, 8.35, 101)', '22023', NULL,
                 'the four-argument form checks the percentage too');
SELECT throws_ok($$SELECT wlz.tarief(250.00, 'NaN', 8.35, 97.3)$$, '22023', NULL, 'a NaN NHC is 22023');
SELECT is(wlz.tarief(250.00, NULL, 8.35, 97.3), NULL, 'STRICT: a NULL NHC gives NULL');

-- ---------------------------------------------------------------------------
-- wlz.extrapolatie(realisatie, realisatie_laatste_maand, laatste_maand)
-- ---------------------------------------------------------------------------
-- CZ: Jan-Jun + June / 30 x 184 (184 = Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31).
SELECT is(wlz.extrapolatie(6000000, 1050000, date '2025-06-30'), 12440000::numeric,
          'CZ: 6.000.000 + 1.050.000 / 30 x 184 = 12.440.000');
SELECT is(wlz.extrapolatie(6000000, 1050000, date '2025-06-01'), 12440000::numeric,
          'any day of the last month names the month');
SELECT is(wlz.extrapolatie(6000000.50, 1050000, date '2025-06-15')::text, '12440000.50',
          'an exact extrapolation keeps the scale of realisatie');
SELECT is(wlz.extrapolatie(2000, 1160, date '2024-02-10'), 14240::numeric,
          'leap year: February has 29 days and 306 follow: 2000 + 1160 / 29 x 306 = 14240');
SELECT is(wlz.extrapolatie(2000, 1120, date '2025-02-10'), 14240::numeric,
          'common year: 28 days, 306 follow: 2000 + 1120 / 28 x 306 = 14240');
SELECT is(wlz.extrapolatie(310, 310, date '2024-01-31'), 3660::numeric,
          'January of a leap year: 310 + 310 / 31 x 335 = 3660');
SELECT is(wlz.extrapolatie(310, 310, date '2025-01-31'), 3650::numeric,
          'January of a common year: 310 + 310 / 31 x 334 = 3650');
SELECT is(wlz.extrapolatie(2000, 1120, date '2100-02-01'), 14240::numeric,
          '2100 is not a leap year: 28 days');
SELECT is(wlz.extrapolatie(2000, 1160, date '2000-02-01'), 14240::numeric,
          '2000 is a leap year: 29 days');
SELECT is(wlz.extrapolatie(12345.67, 999, date '2025-12-31'), 12345.67,
          'December: nothing is left of the year');
SELECT is(wlz.extrapolatie(600, 100, date '2025-06-30'), 1213.3333333333333333,
          'an inexact quotient: 100 x 184 / 30 = 613,33..., at numeric division''s precision');
SELECT is(wlz.extrapolatie(0, 0, date '2025-03-31'), 0::numeric, 'nothing realised, nothing extrapolated');
SELECT throws_ok($$SELECT wlz.extrapolatie(1, 1, 'infinity')$$, '22008', NULL,
                 'an infinite month is 22008');
SELECT throws_ok($$SELECT wlz.extrapolatie('NaN', 1, date '2025-06-30')$$, '22023', NULL,
                 'a NaN realisation is 22023');

-- ---------------------------------------------------------------------------
-- wlz.richttariefpercentage: the smallest p with at least 75 % of the providers
-- by count and 75 % by market share at a kostenpercentage <= p (000 L42-46)
-- ---------------------------------------------------------------------------
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (90, 1), (95, 1), (97, 1), (99, 1)) v(k, m)),
          97::numeric, 'four equal providers: 3 of 4 (75 %) at or below 97');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (95.0, 1), (95, 1), (95.00, 1), (99, 1)) v(k, m)),
          95::numeric, 'ties written with different scales (95.0, 95, 95.00) are one kostenpercentage');
CREATE TEMP TABLE rt_groot (k numeric, m numeric);
INSERT INTO rt_groot VALUES (repeat('9', 10000)::numeric, 1), (1, 1), (2, 1), (3, 1);
SELECT is((SELECT pg_column_compression(k) FROM rt_groot WHERE k > 3), 'pglz',
          'a kostenpercentage of 10 000 digits is stored compressed');
SELECT is((SELECT wlz.richttariefpercentage(k, m, 1) = repeat('9', 10000)::numeric FROM rt_groot), true,
          'a compressed kostenpercentage from a table is read whole (norm 1: the largest)');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (99, 1), (90, 1), (97, 1), (95, 1)) v(k, m)),
          97::numeric, 'the order of the rows does not matter');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (90, 1), (95, 1), (97, 1), (99, 7)) v(k, m)),
          99::numeric, 'by count 97 suffices, but at 97 only 3 of 10 of the market share: 99');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (90, 7), (95, 1), (97, 1), (99, 1)) v(k, m)),
          97::numeric, 'by market share 90 suffices (7 of 10), but by count only at 97');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (95, 1), (95, 1), (95, 1), (99, 1)) v(k, m)),
          95::numeric, 'ties: three providers at 95 count together (3 of 4)');
SELECT is((SELECT wlz.richttariefpercentage(k, m)
           FROM (VALUES (90, 1), (96, 1), (96, 1), (96, 1), (99, 1)) v(k, m)),
          96::numeric, 'ties across the threshold: 3,75 of 5 needed, 1 below 96 and 4 at or below it');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (90, 5), (95, 5), (97, 0), (99, 0)) v(k, m)),
          97::numeric, 'a market share of zero still counts by count: 95 has the whole market, 97 the count');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (90, 0), (95, 0), (97, 0), (99, 0)) v(k, m)),
          97::numeric, 'all market shares zero: the market share test holds trivially, the count decides');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (97.25, 0.1), (96.875, 0.2)) v(k, m)),
          97.25, 'two providers: 75 % of 2 is 1,5, so both: the highest');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (97.3, 12.5)) v(k, m)),
          97.3, 'one provider: its own kostenpercentage');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (90, 1), (NULL, 1), (95, NULL), (97, 1)) v(k, m)),
          97::numeric, 'rows with a NULL kostenpercentage or marktaandeel are skipped: 90 and 97, 1,5 of 2');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (1, 1)) v(k, m) WHERE false),
          NULL, 'no rows: NULL');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (NULL::numeric, 1::numeric)) v(k, m)),
          NULL, 'only NULL rows: NULL');
SELECT is((SELECT wlz.richttariefpercentage(k, m, 0.5) FROM (VALUES (90, 1), (95, 1), (97, 1), (99, 1)) v(k, m)),
          95::numeric, 'norm 0,5: 2 of 4');
SELECT is((SELECT wlz.richttariefpercentage(k, m, 1) FROM (VALUES (90, 1), (95, 1), (97, 1), (99, 1)) v(k, m)),
          99::numeric, 'norm 1: everyone');
SELECT is((SELECT array_agg(p ORDER BY s) FROM (
             SELECT s, wlz.richttariefpercentage(k, m) AS p
             FROM (VALUES ('GZ', 90, 1), ('GZ', 97, 1), ('GZ', 95, 1), ('GZ', 99, 1),
                          ('GGZ', 97.3, 1), ('GGZ', 80, 1)) v(s, k, m) GROUP BY s) g),
          ARRAY[97.3, 97]::numeric[], 'one richttariefpercentage per sector with GROUP BY');
SELECT throws_ok($$SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (90, -1)) v(k, m)$$, '22023',
                 'marktaandeel -1 is negative', 'a negative market share is 22023');
SELECT throws_ok($$SELECT wlz.richttariefpercentage(k, 1) FROM (VALUES ('NaN'::numeric)) v(k)$$, '22023', NULL,
                 'a NaN kostenpercentage is 22023');
SELECT throws_ok($$SELECT wlz.richttariefpercentage(90, 1, 0)$$, '22023', 'norm 0 is out of range',
                 'norm 0 is 22023');
SELECT throws_ok($$SELECT wlz.richttariefpercentage(90, 1, 1.5)$$, '22023', NULL, 'norm above 1 is 22023');
SELECT throws_ok($$SELECT wlz.richttariefpercentage(90, 1, NULL)$$, '22004', NULL, 'a NULL norm is 22004');
SELECT throws_ok($$SELECT wlz.richttariefpercentage(k, 1, n) FROM (VALUES (90, 0.75), (95, 0.8)) v(k, n)$$,
                 '22023', NULL, 'different norms within one group are 22023');

-- Partial aggregation (combine, serialise, deserialise) gives the answer of the
-- definition written out with window functions: the smallest k with at least 75 % of the
-- rows and of the market share at or below it (ties included by RANGE).
CREATE TABLE tarief_proef_rt (i integer, k numeric, m numeric) PARTITION BY LIST ((i % 3));
CREATE TABLE tarief_proef_rt0 PARTITION OF tarief_proef_rt FOR VALUES IN (0);
CREATE TABLE tarief_proef_rt1 PARTITION OF tarief_proef_rt FOR VALUES IN (1);
CREATE TABLE tarief_proef_rt2 PARTITION OF tarief_proef_rt FOR VALUES IN (2);
INSERT INTO tarief_proef_rt
SELECT i, round(80 + (i * 7919 % 2000) / 100.0, 2), i * 104729 % 1000 FROM generate_series(1, 20000) i;
ANALYZE tarief_proef_rt;
CREATE TEMP TABLE definitie AS
WITH t AS (SELECT count(*) AS n, sum(m) AS ms FROM tarief_proef_rt),
     c AS (SELECT k, count(*) OVER w AS cn, sum(m) OVER w AS cm FROM tarief_proef_rt
           WINDOW w AS (ORDER BY k RANGE UNBOUNDED PRECEDING))
SELECT min(c.k) AS p FROM c, t WHERE c.cn >= 0.75 * t.n AND c.cm >= 0.75 * t.ms;
CREATE FUNCTION pg_temp.plan(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    r text;
    uit text := '';
BEGIN
    FOR r IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        uit := uit || r || E'\n';
    END LOOP;
    RETURN uit;
END
$$;

SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM tarief_proef_rt), (SELECT p FROM definitie),
          'serially: the definition');
SET LOCAL enable_partitionwise_aggregate = on;
SELECT matches(pg_temp.plan('SELECT wlz.richttariefpercentage(k, m) FROM tarief_proef_rt'),
               '(Partial Aggregate.*){3}',
               'partitionwise: three partial states, combined by the final aggregate');
SELECT is((SELECT wlz.richttariefpercentage(k, m) FROM tarief_proef_rt), (SELECT p FROM definitie),
          'partitionwise: the same answer');
SET LOCAL enable_partitionwise_aggregate = off;
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
SELECT matches(pg_temp.plan('SELECT wlz.richttariefpercentage(k, m) FROM tarief_proef_rt'),
               'Gather.*Partial Aggregate', 'the planner aggregates in parallel (PARALLEL = SAFE)');
-- A top-level statement, so that the workers run (a query that calls pgTAP cannot).
CREATE TEMP TABLE parallel_uitkomst AS SELECT wlz.richttariefpercentage(k, m) AS p FROM tarief_proef_rt;
SELECT is((SELECT p FROM parallel_uitkomst), (SELECT p FROM definitie),
          'in parallel workers: the same answer');

SELECT * FROM finish();
ROLLBACK;
