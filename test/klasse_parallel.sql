-- test/klasse_parallel.sql: the classification aggregates under a parallel
-- plan give the same answers as a serial run (SPEC 3: combine, serialise and
-- deserialise functions next to the transition function).
--
-- 100 000 generated providers (fixed seed), each with 0-4 contracts with the
-- seven zorgkantoren of SPEC 1, 2019-2027, some adjacent, some overlapping,
-- some unbounded or empty, and a first declaration month. The table is an
-- ordinary one (workers cannot read temporary tables), dropped by the ROLLBACK. The rows go in in
-- random order, so the contracts of one provider land on pages that different
-- workers read: their partial states meet in the combine function.
BEGIN;
SELECT plan(8);

SELECT setseed(0.2024);
CREATE TABLE klasse_parallel_ok AS
SELECT a.agb, c.zorgkantoor, c.looptijd, a.declareert_sinds
FROM (SELECT agb, (random() * 5)::int AS n,
             CASE WHEN random() < 0.2 THEN NULL
                  ELSE date '2022-01-01' + (random() * 900)::int END AS declareert_sinds
      FROM generate_series(1, 100000) agb) a
LEFT JOIN LATERAL (
    SELECT (ARRAY['zilverenkruis', 'cz', 'vgz', 'menzis', 'dsw', 'zorgenzekerheid', 'salland'])
               [1 + (random() * 6)::int] AS zorgkantoor,
           CASE WHEN soort < 0.02 THEN 'empty'::daterange
                -- whole calendar years, as most contracts run: chains and gaps
                WHEN soort < 0.45 THEN daterange(make_date(j, 1, 1), make_date(j + (random() * 2)::int + 1, 1, 1))
                -- running, no end date
                WHEN soort < 0.55 THEN daterange(s, NULL)
                -- anything else: half-year starts, a day off now and then
                ELSE daterange(s, s + 30 + (random() * 1000)::int)
           END AS looptijd
    FROM (SELECT random() AS soort, 2019 + (random() * 6)::int AS j,
                 date '2019-01-01' + ((random() * 7)::int * 182 + (random() < 0.5)::int) AS s,
                 i FROM generate_series(1, a.n) i) g
) c ON true
ORDER BY random();
ANALYZE klasse_parallel_ok;

-- With a group per provider the planner finds partial aggregation not worth it
-- at the transition function's true cost; a high cost, for this transaction
-- only, tips it over.
ALTER FUNCTION wlz.klasse_stap(internal, text, daterange, text, date, integer) COST 1000;
ALTER FUNCTION wlz.klasse_stap(internal, text, daterange, text, date, integer, date) COST 1000;
SET LOCAL max_parallel_workers_per_gather = 2;
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
CREATE FUNCTION pg_temp.plan(opties text, q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    r text;
    p text := '';
BEGIN
    FOR r IN EXECUTE 'EXPLAIN (' || opties || ') ' || q LOOP
        p := p || r || E'\n';
    END LOOP;
    RETURN p;
END
$$;
CREATE FUNCTION pg_temp.vraag() RETURNS text LANGUAGE sql AS $$
    SELECT $q$SELECT o.agb,
           wlz.klassificatie(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024) AS k,
           wlz.klassificatie(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024, o.declareert_sinds) AS k6,
           wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024) AS a
    FROM klasse_parallel_ok o GROUP BY o.agb$q$
$$;

SELECT ok(p ~ 'Partial (Hash|Group)Aggregate' AND p ~ 'Gather' AND p ~ 'Finalize',
          'the plan aggregates partially in parallel workers and combines the states')
FROM pg_temp.plan('COSTS OFF', pg_temp.vraag()) p;
SELECT ok(p ~ 'Workers Launched: [12]', 'and the workers run')
FROM pg_temp.plan('ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF', pg_temp.vraag()) p;
DO $$ BEGIN EXECUTE 'CREATE TEMP TABLE parallel AS ' || pg_temp.vraag(); END $$;

SET LOCAL max_parallel_workers_per_gather = 0;
SELECT ok(p !~ 'Gather', 'the serial plan has no workers')
FROM pg_temp.plan('COSTS OFF', pg_temp.vraag()) p;
DO $$ BEGIN EXECUTE 'CREATE TEMP TABLE serieel AS ' || pg_temp.vraag(); END $$;

SELECT is((SELECT count(*) FROM serieel), 100000::bigint, 'one row per provider, 100 000 providers');
SELECT is((SELECT count(*) FROM (SELECT * FROM serieel EXCEPT ALL SELECT * FROM parallel) d), 0::bigint,
          'parallel and serial give the same class, contractvorm and toelichting for every provider');
SELECT is((SELECT count(*) FROM (SELECT * FROM parallel EXCEPT ALL SELECT * FROM serieel) d), 0::bigint,
          'and nothing more');
SELECT ok((SELECT count(DISTINCT (k).klasse) = 3 AND count(DISTINCT (k).contractvorm) = 3 FROM serieel),
          'the generated set reaches every class and every contractvorm');
SELECT ok((SELECT bool_and((k).klasse = a) AND bool_and((k6).klasse <> 'bestaand-maar-nieuw' OR (k).klasse = 'bestaand-maar-nieuw')
           FROM serieel),
          'klassificatie agrees with aanbiederklasse; the declaration condition only ever takes bestaand-maar-nieuw away');

SELECT * FROM finish();
ROLLBACK;
