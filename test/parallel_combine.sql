-- test/parallel_combine.sql: every aggregate of the extension that has a
-- combine function gives the same answer when parallel workers aggregate
-- parts of the rows and the leader combines their partial states as when one
-- process aggregates all the rows (SPEC 3 and SPEC 4.3: combine, serialise and
-- deserialise functions next to the transition function; issue 14 items 6
-- and 7).
--
-- The aggregates with a combine function, and the file that checks each:
--
--   wlz.aanbiederklasse, wlz.klassificatie (5 and 6 arguments)  test/klasse_parallel.sql
--   wlz.richttariefpercentage (2 and 3 arguments)               this file
--   wlz.eigen_levering, wlz.mpt_aandeel                         test/toets_parallel.sql
--   wlz.gewogen_tariefpercentage (2 and 4 arguments), wlz.overproductie,
--   wlz.bezettingssignaal (5 arguments and the policy form)     test/geld_aggregaten.sql
--   wlz.combinatiecontrole (2 arguments and the policy form),
--   wlz.trajectcontrole (2, 3 arguments and the policy forms)   test/controle_parallel.sql
--
-- A parallel plan alone proves little. The combine function only matters for
-- a group whose rows went into two partial states, and how the workers share
-- a table is a matter of timing: on this machine one worker often reads the
-- whole table before the other has started, and then every group has one
-- partial state (issue 14: a combine function that drops its second state
-- can pass that way). So both files put the rows in a table of two
-- partitions, each row in a random one, and aggregate each partition apart
-- (partitionwise aggregation) in the parallel workers: every group with rows
-- in both partitions reaches the leader as two or more partial states,
-- serialised in a worker and deserialised in the leader, whichever worker
-- read what. The leader itself reads nothing (parallel_leader_participation
-- = off). Each parallel answer is kept from the very run whose EXPLAIN
-- ANALYZE shows the plan, the workers and how many partial states the leader
-- combined.
BEGIN;
SELECT plan(12);

-- ---------------------------------------------------------------------------
-- The list above is complete: a new aggregate with a combine function fails
-- here until it has a parallel test and is added to the list.
-- ---------------------------------------------------------------------------
SELECT set_eq(
    $$SELECT format('%s.%s(%s)', p.pronamespace::regnamespace, p.proname, oidvectortypes(p.proargtypes))
      FROM pg_aggregate a
      JOIN pg_proc p ON p.oid = a.aggfnoid
      JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
      WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'wlzcontract')
        AND a.aggcombinefn <> 0$$,
    ARRAY['wlz.aanbiederklasse(text, daterange, text, date, integer)',
          'wlz.aanbiederklasse(text, daterange, text, date, integer, date)',
          'wlz.klassificatie(text, daterange, text, date, integer)',
          'wlz.klassificatie(text, daterange, text, date, integer, date)',
          'wlz.richttariefpercentage(numeric, numeric)',
          'wlz.richttariefpercentage(numeric, numeric, numeric)',
          -- provider checks (SPEC 10)
          'wlz.eigen_levering(numeric, boolean)', 'wlz.mpt_aandeel(wlz.leveringsvorm, boolean)',
          -- the money cycle (SPEC 11)
          'wlz.gewogen_tariefpercentage(numeric, numeric)',
          'wlz.gewogen_tariefpercentage(numeric, numeric, date, integer)',
          'wlz.overproductie(numeric, numeric)',
          'wlz.bezettingssignaal(date, numeric, numeric, numeric, integer)',
          'wlz.bezettingssignaal(wlz.geldbeleid, date, numeric)',
          -- declaration controls (SPEC 9): test/controle_parallel.sql
          'wlz.combinatiecontrole(text, daterange)', 'wlz.combinatiecontrole(wlz.controlebeleid, text, daterange)',
          'wlz.trajectcontrole(text, daterange)', 'wlz.trajectcontrole(text, daterange, numeric)',
          'wlz.trajectcontrole(wlz.controlebeleid, text, daterange)',
          'wlz.trajectcontrole(wlz.controlebeleid, text, daterange, numeric)'],
    'the aggregates with a combine function are the nineteen that test/klasse_parallel.sql, test/toets_parallel.sql, test/geld_aggregaten.sql, test/controle_parallel.sql and this file check');

-- The helpers and settings the parallel tests share.
\ir parallel_opzet.psql

-- ---------------------------------------------------------------------------
-- wlz.richttariefpercentage (SPEC 4.3, seed 000 L42-46)
-- ---------------------------------------------------------------------------

-- 50 000 generated providers (fixed seed) in 400 sectors, each in one of the
-- two partitions at random (no ORDER BY random(): the planner would take the
-- random() calls of the select list for its sort key's, one value a row).
-- The kostenpercentages have six decimals and are almost all different, so
-- that the answer, a quantile, moves when rows go missing; one in ten is
-- rounded to one decimal and written with one, two or three (97.5, 97.50,
-- 97.500: ties, one value in different forms in different states); a few are
-- NULL (skipped), and in sector 0 all are (no answer). Market shares from 0
-- to 10, one in twenty 0. The norm of the 3-argument form differs per sector,
-- 0.5 to 0.9, and is the same in all rows of one sector, as it must be.
-- Ordinary tables (workers cannot read temporary ones), dropped by the
-- ROLLBACK.
SELECT setseed(0.2025);
SELECT pg_temp.twee_delen('rt_parallel', 'sector int, kostenpercentage numeric, marktaandeel numeric, norm numeric');
INSERT INTO rt_parallel
SELECT 1 + (random() < 0.5)::int, sector,
       CASE WHEN sector = 0 OR random() < 0.02 THEN NULL
            WHEN random() < 0.1 THEN round(round((85 + random() * 20)::numeric, 1), 1 + (random() * 2)::int)
            ELSE round((85 + random() * 20)::numeric, 6) END,
       CASE WHEN random() < 0.05 THEN 0 ELSE round((random() * 10)::numeric, 3) END,
       0.5 + (sector % 5) / 10.0
FROM generate_series(1, 50000) i, LATERAL (SELECT i % 400 AS sector) s;
ANALYZE rt_parallel;

-- Both forms per sector (grouped: the leader combines the states of each
-- sector), and three norms over all rows (one group: the leader combines the
-- states of the two partitions); tabel picks the table or one partition.
CREATE FUNCTION pg_temp.per_sector(tabel text DEFAULT 'rt_parallel') RETURNS text LANGUAGE sql AS $$
    SELECT format($q$SELECT sector,
                            wlz.richttariefpercentage(kostenpercentage, marktaandeel) AS rt,
                            wlz.richttariefpercentage(kostenpercentage, marktaandeel, norm) AS rt_norm
                     FROM %I GROUP BY sector$q$, tabel)
$$;
CREATE FUNCTION pg_temp.landelijk(tabel text DEFAULT 'rt_parallel') RETURNS text LANGUAGE sql AS $$
    SELECT format($q$SELECT wlz.richttariefpercentage(kostenpercentage, marktaandeel) AS rt,
                            wlz.richttariefpercentage(kostenpercentage, marktaandeel, 0.6) AS rt_60,
                            wlz.richttariefpercentage(kostenpercentage, marktaandeel, 0.9) AS rt_90
                     FROM %I$q$, tabel)
$$;

-- Serial: in one process, all rows, and for comparison each partition alone.
SET LOCAL max_parallel_workers_per_gather = 0;
SELECT pg_temp.draai('serieel_per_sector', pg_temp.per_sector());
SELECT pg_temp.draai('serieel_landelijk', pg_temp.landelijk());
SELECT pg_temp.draai('deel1_per_sector', pg_temp.per_sector('rt_parallel_1'));
SELECT pg_temp.draai('deel2_per_sector', pg_temp.per_sector('rt_parallel_2'));
SELECT pg_temp.draai('deel1_landelijk', pg_temp.landelijk('rt_parallel_1'));
SELECT pg_temp.draai('deel2_landelijk', pg_temp.landelijk('rt_parallel_2'));
SELECT is(count(*) FILTER (WHERE pg_temp.vorm(plan) !~ 'Gather|Partial|Finalize'), 6::bigint,
          'the serial plans have no workers and no partial states')
FROM gedraaid;
SELECT is((SELECT (count(*), count(rt), count(rt_norm), bool_and(rt IS NULL) FILTER (WHERE sector = 0))
           FROM serieel_per_sector),
          (400::bigint, 399::bigint, 399::bigint, true),
          'every sector has an answer but sector 0, which has no kostenpercentage');

-- The split matters: a combine function that lost a partial state would give
-- other answers. Each partition alone gives another answer than the whole
-- table for most sectors (361 to 372 of the 399 with an answer; the rest hit
-- a tie), in each form, and for every national figure.
SELECT ok(count(*) FILTER (WHERE d1.rt <> s.rt) > 300 AND count(*) FILTER (WHERE d1.rt_norm <> s.rt_norm) > 300
          AND count(*) FILTER (WHERE d2.rt <> s.rt) > 300 AND count(*) FILTER (WHERE d2.rt_norm <> s.rt_norm) > 300,
          'each partition alone gives another answer than all rows for more than 300 of the 400 sectors, in each form')
FROM serieel_per_sector s JOIN deel1_per_sector d1 USING (sector) JOIN deel2_per_sector d2 USING (sector);
SELECT ok(bool_and(d.rt <> s.rt AND d.rt_60 <> s.rt_60 AND d.rt_90 <> s.rt_90),
          'each partition alone gives another national richttariefpercentage at each of the norms 0.75, 0.6 and 0.9')
FROM serieel_landelijk s, (TABLE deel1_landelijk UNION ALL TABLE deel2_landelijk) d;

-- Parallel: two workers, at no cost, for a table of any size, each partition
-- aggregated apart; the leader only gathers and combines.
SELECT pg_temp.parallel_combineren();
SELECT pg_temp.draai('parallel_per_sector', pg_temp.per_sector());
SELECT pg_temp.draai('parallel_landelijk', pg_temp.landelijk());
SELECT diag(naam || ': ' || v.gelezen) FROM gedraaid, pg_temp.verloop(plan) v WHERE naam LIKE 'parallel%';

SELECT matches(pg_temp.vorm(plan),
               '^Finalize (Hash|Group)Aggregate > Gather( Merge)? > (Sort > )?Parallel Append > Partial (Hash|Group)Aggregate > (Sort > )?Parallel Seq Scan$',
               'per sector: workers aggregate each partition partially, the leader finalises')
FROM gedraaid WHERE naam = 'parallel_per_sector';
SELECT is((v.gestart, v.deelaggregaten), (2, 2), 'per sector: two workers, a partial aggregate for each partition')
FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'parallel_per_sector';
SELECT cmp_ok(v.deeltoestanden, '>=', 2 * v.groepen,
              'per sector: the leader gets at least two partial states a sector (one or more per partition), merged by the combine function')
FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'parallel_per_sector';

SELECT is(pg_temp.vorm(plan), 'Finalize Aggregate > Gather > Parallel Append > Partial Aggregate > Parallel Seq Scan',
          'national: workers aggregate each partition partially, the leader finalises')
FROM gedraaid WHERE naam = 'parallel_landelijk';
SELECT ok(v.gestart = 2 AND v.deelaggregaten = 2 AND v.deeltoestanden >= 2,
          'national: two workers, and two or more partial states, one per partition at least, merged by the combine function')
FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'parallel_landelijk';

-- The same answers.
SELECT results_eq('SELECT * FROM parallel_per_sector ORDER BY sector',
                  'SELECT * FROM serieel_per_sector ORDER BY sector',
                  'per sector: parallel and serial give the same richttariefpercentage, in both forms, for every sector');
SELECT results_eq('TABLE parallel_landelijk', 'TABLE serieel_landelijk',
                  'national: parallel and serial give the same richttariefpercentage at each norm');

SELECT * FROM finish();
ROLLBACK;
