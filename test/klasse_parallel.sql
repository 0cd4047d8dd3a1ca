-- test/klasse_parallel.sql: the classification aggregates wlz.aanbiederklasse
-- and wlz.klassificatie, each in its 5- and 6-argument form, give the same
-- answers when parallel workers aggregate parts of a provider's contracts and
-- the leader combines their partial states as when one process aggregates all
-- of them (SPEC 3: combine, serialise and deserialise functions next to the
-- transition function; issue 14 item 6). test/parallel_combine.sql lists
-- every aggregate with a combine function and checks the others.
--
-- A parallel plan alone proves little. The combine function only matters for
-- a provider whose contracts went into two partial states, and how the
-- workers share a table is a matter of timing: on this machine one worker
-- often reads the whole table before the other has started, and then every
-- provider has one partial state (issue 14: a combine function that drops its
-- second state can pass that way). So the contracts lie in a table of two
-- partitions, each contract in a random one, and the parallel workers
-- aggregate each partition apart (partitionwise aggregation): every provider
-- with contracts in both partitions reaches the leader as two or more partial
-- states, serialised in a worker and deserialised in the leader, whichever
-- worker read what. The leader itself reads nothing
-- (parallel_leader_participation = off). The parallel answers are kept from
-- the very run whose EXPLAIN ANALYZE shows the plan, the workers and how many
-- partial states the leader combined.
BEGIN;
SELECT plan(10);

-- The helpers and settings the parallel tests share.
\ir parallel_opzet.psql

-- ---------------------------------------------------------------------------
-- The data
-- ---------------------------------------------------------------------------

-- 30 000 generated providers (fixed seed), each with 0-6 contracts with the
-- seven zorgkantoren of SPEC 1, 2019-2027, some adjacent, some overlapping,
-- some unbounded or empty, and a first declaration month; each contract (and
-- the row of NULLs of a provider without any) in one of the two partitions at
-- random, drawn in the subqueries: in the outer select list the planner would
-- take random() for the ORDER BY's, one value a row. Ordinary tables (workers
-- cannot read temporary ones), dropped by the ROLLBACK. The rows go in in
-- random order, so that the contracts of one provider also lie on pages far
-- apart within a partition.
SELECT setseed(0.2024);
SELECT pg_temp.twee_delen('klasse_parallel_ok', 'agb int, zorgkantoor text, looptijd daterange, declareert_sinds date');
INSERT INTO klasse_parallel_ok
SELECT coalesce(c.deel, a.deel), a.agb, c.zorgkantoor, c.looptijd, a.declareert_sinds
FROM (SELECT agb, (random() * 6)::int AS n, 1 + (random() < 0.5)::int AS deel,
             CASE WHEN random() < 0.2 THEN NULL
                  ELSE date '2022-01-01' + (random() * 900)::int END AS declareert_sinds
      FROM generate_series(1, 30000) agb) a
LEFT JOIN LATERAL (
    SELECT 1 + (random() < 0.5)::int AS deel,
           (ARRAY['zilverenkruis', 'cz', 'vgz', 'menzis', 'dsw', 'zorgenzekerheid', 'salland'])
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
-- With a group per provider the planner would rather aggregate the two
-- partitions together than apart (fewer partial states); told that each
-- partition holds few providers, it aggregates them apart. Only the plan
-- changes, not what is counted.
ALTER TABLE klasse_parallel_ok_1 ALTER COLUMN agb SET (n_distinct = 100);
ALTER TABLE klasse_parallel_ok_2 ALTER COLUMN agb SET (n_distinct = 100);
ANALYZE klasse_parallel_ok;

-- All four aggregates, one row per provider; tabel picks the table or one
-- partition.
CREATE FUNCTION pg_temp.vraag(tabel text DEFAULT 'klasse_parallel_ok') RETURNS text LANGUAGE sql AS $$
    SELECT format($q$SELECT o.agb,
           wlz.klassificatie(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024) AS k,
           wlz.klassificatie(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024, o.declareert_sinds) AS k6,
           wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024) AS a,
           wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024, o.declareert_sinds) AS a6
    FROM %I o GROUP BY o.agb$q$, tabel)
$$;

-- ---------------------------------------------------------------------------
-- Serial: in one process, all contracts, and for comparison each partition
-- alone.
-- ---------------------------------------------------------------------------
SET LOCAL max_parallel_workers_per_gather = 0;
SELECT pg_temp.draai('serieel', pg_temp.vraag());
SELECT pg_temp.draai('deel1', pg_temp.vraag('klasse_parallel_ok_1'));
SELECT pg_temp.draai('deel2', pg_temp.vraag('klasse_parallel_ok_2'));
SELECT is(count(*) FILTER (WHERE pg_temp.vorm(plan) !~ 'Gather|Partial|Finalize'), 3::bigint,
          'the serial plans have no workers and no partial states')
FROM gedraaid;

-- The split matters: a combine function that lost a partial state would give
-- other answers. Each partition alone gives about a third of the providers
-- (10 526 and 10 716) another klassificatie.
SELECT ok((SELECT count(*) FROM serieel s JOIN deel1 d USING (agb) WHERE (s.k, s.k6) IS DISTINCT FROM (d.k, d.k6)) > 5000
          AND (SELECT count(*) FROM serieel s JOIN deel2 d USING (agb) WHERE (s.k, s.k6) IS DISTINCT FROM (d.k, d.k6)) > 5000,
          'each partition alone gives more than 5 000 providers another klassificatie');

-- ---------------------------------------------------------------------------
-- Parallel: two workers, at no cost, for a table of any size, each partition
-- aggregated apart; the leader only gathers and combines.
-- ---------------------------------------------------------------------------
SELECT pg_temp.parallel_combineren();
SELECT pg_temp.draai('parallel', pg_temp.vraag());
SELECT diag(naam || ': ' || v.gelezen) FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'parallel';

SELECT matches(pg_temp.vorm(plan),
               '^Finalize (Hash|Group)Aggregate > Gather( Merge)? > (Sort > )?Parallel Append > Partial (Hash|Group)Aggregate > (Sort > )?Parallel Seq Scan$',
               'workers aggregate each partition partially, the leader finalises')
FROM gedraaid WHERE naam = 'parallel';
SELECT is((v.gestart, v.deelaggregaten), (2, 2), 'two workers, a partial aggregate for each partition')
FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'parallel';
-- A provider with k partial states takes k - 1 merges; the providers with
-- contracts in both partitions have at least two.
SELECT cmp_ok(v.deeltoestanden - v.groepen, '>=', b.n,
              format('each of the %s providers with contracts in both partitions reaches the leader as two or more partial states, merged by the combine function', b.n))
FROM gedraaid, pg_temp.verloop(plan) v,
     (SELECT count(*) AS n FROM (SELECT agb FROM klasse_parallel_ok_1 INTERSECT SELECT agb FROM klasse_parallel_ok_2) b) b
WHERE naam = 'parallel';

-- ---------------------------------------------------------------------------
-- The same answers
-- ---------------------------------------------------------------------------
SELECT is((SELECT count(*) FROM serieel), 30000::bigint, 'one row per provider, 30 000 providers');
SELECT is((SELECT count(*) FROM (SELECT * FROM serieel EXCEPT ALL SELECT * FROM parallel) d), 0::bigint,
          'parallel and serial give the same class, contractvorm and toelichting for every provider, in all four aggregates');
SELECT is((SELECT count(*) FROM (SELECT * FROM parallel EXCEPT ALL SELECT * FROM serieel) d), 0::bigint,
          'and nothing more');
SELECT ok((SELECT count(DISTINCT (k).klasse) = 3 AND count(DISTINCT (k).contractvorm) = 3 FROM serieel),
          'the generated set reaches every class and every contractvorm');
SELECT ok((SELECT bool_and((k).klasse = a AND (k6).klasse = a6)
                  AND bool_and((k6).klasse <> 'bestaand-maar-nieuw' OR (k).klasse = 'bestaand-maar-nieuw')
           FROM serieel),
          'klassificatie agrees with aanbiederklasse in both forms; the declaration condition only ever takes bestaand-maar-nieuw away');

SELECT * FROM finish();
ROLLBACK;
