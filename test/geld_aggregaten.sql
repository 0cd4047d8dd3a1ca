-- test/geld_aggregaten.sql: the aggregates of the money cycle (SPEC 11):
-- wlz.gewogen_tariefpercentage (004 L727-733, L761-765), wlz.overproductie
-- (004 L1052-1064) and wlz.bezettingssignaal (004 L1066-1071), each rule with
-- the document's numbers and its boundaries, and then all of them under a
-- parallel plan whose workers' partial states really meet in the combine
-- functions (SET parallel_leader_participation = off), against a serial run
-- and against the plain SQL an analyst would write.
BEGIN;
SELECT plan(60);

-- ---------------------------------------------------------------------------
-- wlz.gewogen_tariefpercentage
-- ---------------------------------------------------------------------------

-- 004 L745: "Het berekende gewogen gemiddelde van het tariefpercentage 2020 is
-- 96,6%". Two prestatiecodes: 97 % on 600 declared, 96 % on 400: 96 600 / 1 000.
SELECT is(wlz.gewogen_tariefpercentage(p, b), 96.6,
          '004 L727-733: per prestatiecode the percentage, weighted with the declared amounts: (97 x 600 + 96 x 400) / 1 000 = 96,6')
FROM (VALUES (97, 600), (96, 400)) v(p, b);
SELECT is(wlz.tariefpercentage('zorgenzekerheid', 'VV', 2022, leveringsvorm => 'mpt',
              historisch => (SELECT wlz.gewogen_tariefpercentage(p, b) FROM (VALUES (97, 600), (96, 400)) v(p, b))),
          96.1, '004 L745-747: it feeds historisch: "96,6% - 0,5% = 96,1%"');
SELECT is(wlz.gewogen_tariefpercentage(p, b), 97.3,
          'exact numeric: (95,8 x 100 + 97,8 x 300) / 400 = 97,3')
FROM (VALUES (95.8, 100), (97.8, 300)) v(p, b);
SELECT is(wlz.gewogen_tariefpercentage(p, b), 96.75,
          'a credit (a negative amount) weighs negatively: (58 200 + 38 400 - 19 200) / 800')
FROM (VALUES (97, 600), (96, 400), (96, -200)) v(p, b);
SELECT results_eq(
    $$SELECT wlz.gewogen_tariefpercentage(p, b), sum(p * b) / sum(b)
      FROM (VALUES (97::numeric, 600::numeric), (96, 400), (NULL, 1000)) v(p, b)$$,
    $$VALUES (96.6, 48.3)$$,
    'a row without a percentage is left out as a whole; sum(p * b) / sum(b) keeps its amount in the denominator (48,3)');
SELECT is(wlz.gewogen_tariefpercentage(p, b), 96.6, 'a row without an amount is left out')
FROM (VALUES (97, 600), (96, 400), (50, NULL)) v(p, b);
SELECT is(wlz.gewogen_tariefpercentage(p, b), NULL, 'no rows: NULL')
FROM (VALUES (97::numeric, 600::numeric)) v(p, b) WHERE false;
SELECT is(wlz.gewogen_tariefpercentage(p, b), NULL, 'amounts that add up to 0: no weight, NULL')
FROM (VALUES (97, 600), (96, -600)) v(p, b);
SELECT is(wlz.gewogen_tariefpercentage(p, b), 50::numeric, 'the bounds 0 and 100 are percentages')
FROM (VALUES (100, 1), (0, 1)) v(p, b);
SELECT throws_ok($$SELECT wlz.gewogen_tariefpercentage(100.01, 1)$$, '22023',
                 'tariff percentage 100.01 is out of range', 'a percentage above 100: 22023');
SELECT throws_ok($$SELECT wlz.gewogen_tariefpercentage(-0.01, 1)$$, '22023', NULL, 'below 0: 22023');
SELECT throws_ok($$SELECT wlz.gewogen_tariefpercentage('NaN', 1)$$, '22023', NULL, 'NaN: 22023');
SELECT throws_ok($$SELECT wlz.gewogen_tariefpercentage(97, 'Infinity')$$, '22023',
                 'declared amount Infinity is not a finite number', 'an infinite amount: 22023');

-- L761-765: not active in 2020: the percentages of 2021 and the declarations of
-- January-April 2021. Provider a declared in 2020 (96,6) and 2021; provider b
-- only in 2021: (95,8 x 300 + 97,8 x 100) / 400 = 96,3, May left out;
-- provider c only in 2019.
CREATE TEMP TABLE decl (agb text, maand date, p numeric, b numeric);
INSERT INTO decl VALUES
  ('a', '2020-03-01', 97, 600), ('a', '2020-12-31', 96, 400), ('a', '2021-02-01', 90, 1000),
  ('b', '2021-01-01', 95.8, 300), ('b', '2021-04-30', 97.8, 100), ('b', '2021-05-01', 50, 1000),
  ('c', '2019-06-01', 97, 1);
SELECT results_eq(
    $$SELECT agb, wlz.gewogen_tariefpercentage(p, b, maand, 2020) FROM decl GROUP BY agb ORDER BY agb$$,
    $$VALUES ('a', 96.6), ('b', 96.3), ('c', NULL)$$,
    '004 L727-729, L761-765: 2020 for who declared then; else January-April 2021 (30 April in, 1 May out); else NULL');
SELECT is(wlz.tariefpercentage('zorgenzekerheid', 'GZ', 2022, historisch => g), 95.8,
          'provider b: 96,3 - 0,5 = 95,8 (004 L745-747)')
FROM (SELECT wlz.gewogen_tariefpercentage(p, b, maand, 2020) AS g FROM decl WHERE agb = 'b') x;
SELECT is(wlz.gewogen_tariefpercentage(p, b, maand, 2020), NULL, 'a provider that declared only in 2019 has neither')
FROM decl WHERE agb = 'c';
SELECT throws_ok($$SELECT wlz.gewogen_tariefpercentage(p, b, maand, CASE WHEN agb = 'a' THEN 2020 ELSE 2021 END) FROM decl$$,
                 '22023', NULL, 'one basisjaar per group: 22023');
SELECT throws_ok($$SELECT wlz.gewogen_tariefpercentage(p, b, maand, NULL) FROM decl$$, '22004', NULL,
                 'basisjaar NULL: 22004');

-- ---------------------------------------------------------------------------
-- wlz.overproductie (004 L1056-1064: per leveringsvorm, above the ceiling)
-- ---------------------------------------------------------------------------

SELECT is(wlz.overproductie(r, p), 10.5, '100 over 90, 50 under 60, 10,5 over 10: 10 + 0 + 0,5')
FROM (VALUES (100, 90), (50, 60), (10.5, 10)) v(r, p);
SELECT is(wlz.overproductie(r, p), 0::numeric, 'exactly at the ceiling is no overproduction: 0, not NULL')
FROM (VALUES (90, 90)) v(r, p);
SELECT is(wlz.overproductie(r, p), NULL, 'no rows: NULL, like sum')
FROM (VALUES (1::numeric, 2::numeric)) v(r, p) WHERE false;
SELECT is(wlz.overproductie(r, p), 5::numeric, 'a row without a ceiling is left out')
FROM (VALUES (100, 95), (100, NULL)) v(r, p);
SELECT results_eq(
    $$SELECT lv, wlz.overproductie(r, p) FROM (VALUES ('mpt', 120, 100), ('mpt', 80, 100), ('vpt', 300, 250),
                                                        ('verblijf', 900, 1000)) v(lv, r, p)
      GROUP BY lv ORDER BY lv$$,
    $$VALUES ('mpt', 20::numeric), ('verblijf', 0), ('vpt', 50)$$,
    '004 L1060-1062: "per leveringsvorm bekijken welke overproductie gerealiseerd is": under at one provider does not offset over at another');
SELECT throws_ok($$SELECT wlz.overproductie('Infinity', 1)$$, '22023', NULL, 'an infinite realisation: 22023');

-- ---------------------------------------------------------------------------
-- wlz.bezettingssignaal (004 L1066-1071): "over een periode van 3
-- aaneengesloten maanden minder dan 40% of meer dan 60% bezetting"
-- ---------------------------------------------------------------------------

CREATE TEMP TABLE bez (agb text, maand date, pct numeric);
INSERT INTO bez VALUES
  -- a: below 40 in February, March and April: the third month in a row is April
  ('a', '2022-01-01', 45), ('a', '2022-02-01', 39), ('a', '2022-03-01', 35), ('a', '2022-04-01', 39.99),
  -- b: exactly 40 and exactly 60 are inside the band
  ('b', '2022-01-01', 40), ('b', '2022-02-01', 39), ('b', '2022-03-01', 38), ('b', '2022-04-01', 60),
  -- c: below, above, below: outside the band three months running
  ('c', '2022-01-01', 39), ('c', '2022-02-01', 60.01), ('c', '2022-03-15', 12),
  -- d: three months outside, but not consecutive (no row for April)
  ('d', '2022-03-01', 70), ('d', '2022-05-01', 70), ('d', '2022-06-01', 70);
CREATE TEMP VIEW venster AS
SELECT agb, maand, wlz.bezettingssignaal(maand, pct, 40, 60, 3) OVER w AS signaal
FROM bez WINDOW w AS (PARTITION BY agb ORDER BY maand ROWS 2 PRECEDING);
SELECT results_eq(
    $$SELECT maand, signaal FROM venster WHERE agb = 'a' ORDER BY maand$$,
    $$VALUES (date '2022-01-01', false), ('2022-02-01', false), ('2022-03-01', false), ('2022-04-01', true)$$,
    '004 L1068-1070: over ROWS 2 PRECEDING the signal comes in the third month below 40 %, not the second');
SELECT is((SELECT bool_or(signaal) FROM venster WHERE agb = 'b'), false,
          'exactly 40 % is not "minder dan 40%", exactly 60 % not "meer dan 60%"');
SELECT is((SELECT signaal FROM venster WHERE agb = 'c' AND maand = '2022-03-15'), true,
          'below, above (60,01 %), below: three months outside the band (any day stands for its month)');
SELECT is((SELECT bool_or(signaal) FROM venster WHERE agb = 'd'), false,
          'three months outside with a month missing between them are not "aaneengesloten"');
SELECT results_eq(
    $$SELECT agb, wlz.bezettingssignaal(maand, pct, 40, 60, 3) FROM bez GROUP BY agb ORDER BY agb$$,
    $$VALUES ('a', true), ('b', false), ('c', true), ('d', false)$$,
    'grouped by provider: is there a run of three anywhere in the rows');
SELECT is(wlz.bezettingssignaal(maand, pct, 40, 60, 3), false, 'two months outside are not three')
FROM bez WHERE agb = 'a' AND maand < '2022-04-01';
SELECT is(wlz.bezettingssignaal(maand, pct, 40, 60, 3), NULL, 'no rows: NULL')
FROM bez WHERE false;
SELECT results_eq(
    $$SELECT agb, maand, wlz.bezettingssignaal(maand, pct, 40, 60, 3) OVER w FROM bez
      WINDOW w AS (PARTITION BY agb ORDER BY maand ROWS 2 PRECEDING) ORDER BY agb, maand$$,
    $$SELECT agb, maand, wlz.bezettingssignaal(p.b, maand, pct) OVER w
      FROM bez, (SELECT wlz.geldbeleid('zorgenzekerheid', 'VV', 2022) AS b) p
      WINDOW w AS (PARTITION BY agb ORDER BY maand ROWS 2 PRECEDING) ORDER BY agb, maand$$,
    'the policy form reads 40, 60 and 3 from Zorg en Zekerheid 2022''s geldregels and agrees with the explicit form');
SELECT throws_ok($$SELECT wlz.bezettingssignaal(wlz.geldbeleid('cz', 'GZ', 2026), maand, pct) FROM bez$$,
                 'P0002', 'the money policy of cz GZ 2026 has no occupancy band', 'CZ has no band: P0002');
SELECT throws_ok($$SELECT wlz.bezettingssignaal(m, 30, 40, 60, 3) FROM unnest('{2022-01-01,2022-01-20}'::date[]) m$$,
                 '22023', 'month 2022-01 appears more than once in an occupancy signal', 'one row per month: 22023');
SELECT throws_ok($$SELECT wlz.bezettingssignaal(maand, pct, 40, 60, CASE WHEN agb = 'a' THEN 3 ELSE 2 END) FROM bez$$,
                 '22023', 'the occupancy thresholds differ between rows', 'one band per signal: 22023');
SELECT throws_ok($$SELECT wlz.bezettingssignaal(maand, pct, NULL, 60, 3) FROM bez$$, '22004', NULL,
                 'a NULL threshold: 22004');
SELECT throws_ok($$SELECT wlz.bezettingssignaal(maand, pct, 60, 40, 3) FROM bez$$, '22023', NULL,
                 'onder above boven: 22023');
SELECT throws_ok($$SELECT wlz.bezettingssignaal(maand, pct, 40, 60, 0) FROM bez$$, '22023', NULL,
                 'zero months: 22023');
SELECT throws_ok($$SELECT wlz.bezettingssignaal(date '2022-01-01', -1, 40, 60, 3)$$, '22023', NULL,
                 'a negative occupancy: 22023');
SELECT is(wlz.bezettingssignaal(maand, pct, 40, 60, 3), true, 'a row without an occupancy is left out')
FROM (SELECT * FROM bez WHERE agb = 'a' UNION ALL SELECT 'a', '2022-05-01', NULL) x;

-- ---------------------------------------------------------------------------
-- In parallel: 120 000 declaration lines of 400 providers and 24 months of
-- occupancy of 400 crisis providers. As test/parallel_combine.sql explains,
-- a parallel plan alone proves little (one worker may read the whole table
-- before the other starts), so each row goes into one of two partitions and
-- each partition is aggregated apart (partitionwise aggregation) in the
-- workers: every provider with rows in both reaches the leader as two or more
-- partial states, serialised in a worker and deserialised in the leader, and
-- the combine function merges them. The leader reads nothing. Ordinary
-- tables (workers cannot read temporary ones), dropped by the ROLLBACK.
-- ---------------------------------------------------------------------------

-- The helpers and settings the parallel tests share.
\ir parallel_opzet.psql

-- Pseudo-random columns from hashint4extended(i, seed), a different seed per
-- column (successive random() calls after setseed are not independent enough).
CREATE FUNCTION pg_temp.h(i integer, seed integer, n integer) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT (abs(hashint4extended(i, seed)) % n)::integer $$;
SELECT pg_temp.twee_delen('geld_parallel_decl', 'agb int, maand date, p numeric, b numeric, r numeric, plafond numeric');
INSERT INTO geld_parallel_decl
SELECT 1 + pg_temp.h(i, 13, 2),
       pg_temp.h(i, 1, 400),
       date '2020-01-01' + pg_temp.h(i, 2, 700),
       CASE WHEN pg_temp.h(i, 3, 50) = 0 THEN NULL ELSE 90 + pg_temp.h(i, 4, 101)::numeric / 10 END,
       CASE WHEN pg_temp.h(i, 5, 50) = 0 THEN NULL ELSE pg_temp.h(i, 6, 2050000)::numeric / 100 - 500 END,
       pg_temp.h(i, 7, 100000)::numeric / 100,
       CASE WHEN pg_temp.h(i, 8, 50) = 0 THEN NULL ELSE pg_temp.h(i, 9, 100000)::numeric / 100 END
FROM generate_series(1, 120000) i;
-- occupancy around 50 %, outside 40-60 two months in five
SELECT pg_temp.twee_delen('geld_parallel_bez', 'agb int, maand date, pct numeric');
INSERT INTO geld_parallel_bez
SELECT 1 + pg_temp.h(a * 24 + m, 14, 2), a, (date '2021-01-01' + make_interval(months => m))::date,
       33.5 + pg_temp.h(a * 24 + m, 11, 3300)::numeric / 100
FROM generate_series(1, 400) a, generate_series(0, 23) m;
ANALYZE geld_parallel_decl;
ANALYZE geld_parallel_bez;

-- One aggregate per query: together the planner would sort all rows instead of
-- aggregating each partition apart.
CREATE FUNCTION pg_temp.per_aanbieder(agg text, tabel text DEFAULT 'geld_parallel_decl') RETURNS text LANGUAGE sql AS $$
    SELECT format($q$SELECT agb, %s AS a FROM %I GROUP BY agb$q$,
                  CASE agg WHEN 'g' THEN 'wlz.gewogen_tariefpercentage(p, b)'
                           WHEN 'g4' THEN 'wlz.gewogen_tariefpercentage(p, b, maand, 2020)'
                           ELSE 'wlz.overproductie(r, plafond)' END, tabel)
$$;
CREATE FUNCTION pg_temp.totaal() RETURNS text LANGUAGE sql AS $$
    SELECT $q$SELECT wlz.gewogen_tariefpercentage(p, b) AS g,
                     wlz.gewogen_tariefpercentage(p, b, maand, 2021) AS g4,
                     wlz.overproductie(r, plafond) AS o, count(*) AS n
              FROM geld_parallel_decl$q$
$$;
CREATE FUNCTION pg_temp.bezetting(agg text, tabel text DEFAULT 'geld_parallel_bez') RETURNS text LANGUAGE sql AS $$
    SELECT format($q$SELECT agb, %s AS a FROM %I GROUP BY agb$q$,
                  CASE agg WHEN 's' THEN 'wlz.bezettingssignaal(maand, pct, 40, 60, 3)'
                           ELSE 'wlz.bezettingssignaal((SELECT wlz.geldbeleid(''zorgenzekerheid'', ''VV'', 2022)), maand, pct)' END,
                  tabel)
$$;
CREATE TEMP TABLE soort (naam text, agg text, tekst text);
INSERT INTO soort VALUES ('g', 'g', 'the weighted percentage'), ('g4', 'g4', 'the weighted percentage with its fallback'),
                         ('o', 'o', 'the overproduction'), ('s', 's', 'the occupancy signal'),
                         ('sb', 'sb', 'the occupancy signal of the policy');
CREATE FUNCTION pg_temp.vraag(agg text, tabel text DEFAULT NULL) RETURNS text LANGUAGE sql AS $$
    SELECT CASE WHEN agg IN ('s', 'sb') THEN pg_temp.bezetting(agg, coalesce(tabel, 'geld_parallel_bez'))
                ELSE pg_temp.per_aanbieder(agg, coalesce(tabel, 'geld_parallel_decl')) END
$$;

-- Serial, and each partition alone.
SET LOCAL max_parallel_workers_per_gather = 0;
SELECT pg_temp.draai('ser_' || naam, pg_temp.vraag(agg)) FROM soort;
SELECT pg_temp.draai('ser_totaal', pg_temp.totaal());
SELECT pg_temp.draai('deel1_' || naam, pg_temp.vraag(agg, CASE WHEN agg IN ('s', 'sb') THEN 'geld_parallel_bez_1'
                                                               ELSE 'geld_parallel_decl_1' END)) FROM soort;
SELECT is(count(*) FILTER (WHERE v.gestart IS NULL AND v.deelaggregaten = 0), 11::bigint,
          'the serial plans have no workers and no partial states')
FROM gedraaid, pg_temp.verloop(plan) v;
-- A combine function that lost a state would give other answers: one partition
-- alone differs from all rows for (almost) every provider.
CREATE FUNCTION pg_temp.verschil(naam text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM %I s JOIN %I d USING (agb) WHERE s.a IS DISTINCT FROM d.a',
                   'ser_' || naam, 'deel1_' || naam) INTO n;
    RETURN n;
END
$$;
SELECT ok(pg_temp.verschil('g') > 390 AND pg_temp.verschil('g4') > 390 AND pg_temp.verschil('o') > 390,
          'one partition alone gives another weighted percentage (both forms) and overproduction for almost all 400 providers');
SELECT ok(pg_temp.verschil('s') > 50, 'and another occupancy signal for many of the 400 providers');
SELECT ok((SELECT count(*) FILTER (WHERE a) BETWEEN 20 AND 380 FROM ser_s)
          AND (SELECT count(*) FROM ser_g JOIN ser_g4 USING (agb) WHERE ser_g.a IS DISTINCT FROM ser_g4.a) > 300,
          'the generated rows give signals for some providers, not all, and make the four-argument form differ');

-- Parallel: two workers, each partition aggregated apart, the leader combines.
-- A high cost of the transitions, for this transaction only, makes partial
-- aggregation worth it to the planner (as test/klasse_parallel.sql does).
ALTER FUNCTION wlz.gewogen_stap(internal, numeric, numeric) COST 1000;
ALTER FUNCTION wlz.gewogen_stap(internal, numeric, numeric, date, integer) COST 1000;
ALTER FUNCTION wlz.overproductie_stap(internal, numeric, numeric) COST 1000;
ALTER FUNCTION wlz.bezetting_stap(internal, date, numeric, numeric, numeric, integer) COST 1000;
ALTER FUNCTION wlz.bezetting_stap(internal, wlz.geldbeleid, date, numeric) COST 1000;
SELECT pg_temp.parallel_combineren();
SELECT pg_temp.draai('par_' || naam, pg_temp.vraag(agg)) FROM soort;
SELECT pg_temp.draai('par_totaal', pg_temp.totaal());
SELECT ok(v.gestart = 2 AND v.deelaggregaten = 2 AND v.deeltoestanden >= 2 * v.groepen,
          s.tekst || ': two workers, a partial aggregate per partition, the leader gets two or more partial states a provider and combines them')
FROM soort s JOIN gedraaid g ON g.naam = 'par_' || s.naam, pg_temp.verloop(g.plan) v ORDER BY s.naam;
SELECT ok(v.gestart = 2 AND v.deelaggregaten = 2 AND v.deeltoestanden >= 2,
          'over the whole table: two workers, two or more partial states, combined')
FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'par_totaal';

CREATE FUNCTION pg_temp.gelijk(naam text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM (SELECT * FROM %I EXCEPT ALL SELECT * FROM %I) x', 'par_' || naam, 'ser_' || naam)
        INTO n;
    IF n > 0 THEN RETURN false; END IF;
    EXECUTE format('SELECT count(*) FROM (SELECT * FROM %I EXCEPT ALL SELECT * FROM %I) x', 'ser_' || naam, 'par_' || naam)
        INTO n;
    RETURN n = 0;
END
$$;
SELECT is((SELECT count(*) FROM ser_g), 400::bigint, 'one row per provider, 400 providers');
SELECT ok(pg_temp.gelijk(naam), tekst || ': parallel and serial give the same answer for every provider')
FROM soort ORDER BY naam;
SELECT results_eq('SELECT * FROM par_totaal', 'SELECT * FROM ser_totaal',
                  'over the whole table, parallel equals serial');
SELECT ok(pg_temp.gelijk('s') AND NOT EXISTS (SELECT FROM ser_s JOIN ser_sb USING (agb) WHERE ser_s.a IS DISTINCT FROM ser_sb.a),
          'the policy form gives the explicit form''s answer');
SET LOCAL max_parallel_workers_per_gather = 0;
SELECT is_empty(
    $$SELECT agb, maand FROM (
        SELECT agb, maand, wlz.bezettingssignaal(maand, pct, 40, 60, 3) OVER (PARTITION BY agb ORDER BY maand ROWS 2 PRECEDING) AS s,
               coalesce(pct NOT BETWEEN 40 AND 60
                        AND lag(pct NOT BETWEEN 40 AND 60) OVER w AND lag(pct NOT BETWEEN 40 AND 60, 2) OVER w
                        AND lag(maand, 2) OVER w = maand - interval '2 months', false) AS l
        FROM geld_parallel_bez WINDOW w AS (PARTITION BY agb ORDER BY maand)) x
      WHERE s IS DISTINCT FROM l$$,
    'over a sliding frame (the inverse transition takes the oldest month out) the signal of 9 600 months equals the plain SQL with lag()');
SELECT is_empty(
    $$SELECT agb FROM ser_g JOIN ser_o USING (agb)
      JOIN (SELECT agb, sum(p * b) FILTER (WHERE p IS NOT NULL AND b IS NOT NULL)
                        / nullif(sum(b) FILTER (WHERE p IS NOT NULL AND b IS NOT NULL), 0) AS g,
                   sum(greatest(r - plafond, 0)) FILTER (WHERE plafond IS NOT NULL) AS o
            FROM geld_parallel_decl GROUP BY agb) q USING (agb)
      WHERE ser_g.a IS DISTINCT FROM q.g OR ser_o.a IS DISTINCT FROM q.o$$,
    'the plain SQL an analyst would write gives the same numbers');

SELECT * FROM finish();
ROLLBACK;
