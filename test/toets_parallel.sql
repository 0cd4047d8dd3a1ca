-- test/toets_parallel.sql: wlz.eigen_levering and wlz.mpt_aandeel under a
-- parallel plan give the same answers as one process (SPEC 1: combine,
-- serialise and deserialise functions next to the transition function), as
-- test/parallel_combine.sql does for the other aggregates and with the same
-- method: the rows go into a table of two partitions, each row in a random
-- one, and each partition is aggregated apart in a parallel worker
-- (partitionwise aggregation, the leader reads nothing), so every provider
-- with rows in both partitions reaches the leader as two or more partial
-- states, serialised in a worker and deserialised and combined in the leader.
-- A combine function that drops or mixes up part of a state fails here: an
-- uncommitted mutant that left out the second state's own volume and counted
-- its vpt clients as mpt failed the last two tests.
BEGIN;
SELECT plan(10);

-- The helpers and settings the parallel tests share.
\ir parallel_opzet.psql

-- 200 000 declaration-like rows (fixed seed) of 1 000 providers, each in one
-- of the two partitions at random: volumes with cents, some negative
-- (corrections), 1 % NULL; a subcontracting rate per provider from 8 to 56 %
-- (1 % of the flags NULL); the four leveringsvormen and 0 to 5 clients on the
-- PC6.  (No ORDER BY random(): the planner would take the random() calls of
-- the select list for its sort key's.)
SELECT setseed(0.2027);
SELECT pg_temp.twee_delen('toets_parallel', 'aanbieder int, volume numeric, door_onderaannemer boolean,
                                              leveringsvorm wlz.leveringsvorm, clienten_op_pc6 int');
INSERT INTO toets_parallel
SELECT 1 + (random() < 0.5)::int, a,
       CASE WHEN random() < 0.01 THEN NULL ELSE round((random() * 2000 - 100)::numeric, 2) END,
       CASE WHEN random() < 0.01 THEN NULL ELSE random() < (1 + a % 7) * 0.08 END,
       (ARRAY['verblijf', 'vpt', 'mpt', 'dtv'])[1 + (random() * 3)::int]::wlz.leveringsvorm,
       (random() * 5)::int
FROM generate_series(1, 200000) i, LATERAL (SELECT i % 1000 AS aanbieder) s(a);
ANALYZE toets_parallel;

CREATE FUNCTION pg_temp.per_aanbieder(tabel text DEFAULT 'toets_parallel') RETURNS text LANGUAGE sql AS $$
    SELECT format($q$SELECT aanbieder,
                            wlz.eigen_levering(volume, door_onderaannemer) AS eigen,
                            wlz.mpt_aandeel(leveringsvorm, wlz.geclusterd(clienten_op_pc6)) AS mpt
                     FROM %I GROUP BY aanbieder$q$, tabel)
$$;
CREATE FUNCTION pg_temp.totaal(tabel text DEFAULT 'toets_parallel') RETURNS text LANGUAGE sql AS $$
    SELECT format($q$SELECT wlz.eigen_levering(volume, door_onderaannemer) AS eigen,
                            wlz.mpt_aandeel(leveringsvorm, wlz.geclusterd(clienten_op_pc6)) AS mpt
                     FROM %I$q$, tabel)
$$;

-- Serial: in one process, all rows, and each partition alone.
SET LOCAL max_parallel_workers_per_gather = 0;
SELECT pg_temp.draai('serieel_per_aanbieder', pg_temp.per_aanbieder());
SELECT pg_temp.draai('serieel_totaal', pg_temp.totaal());
SELECT pg_temp.draai('deel1_per_aanbieder', pg_temp.per_aanbieder('toets_parallel_1'));
SELECT pg_temp.draai('deel2_per_aanbieder', pg_temp.per_aanbieder('toets_parallel_2'));
SELECT is(count(*) FILTER (WHERE pg_temp.vorm(plan) !~ 'Gather|Partial|Finalize'), 4::bigint,
          'the serial plans have no workers and no partial states')
FROM gedraaid;

-- By hand, in plain SQL: the same sums and counts.
SELECT is((SELECT count(*) FROM serieel_per_aanbieder s
           JOIN (SELECT aanbieder,
                        coalesce(sum(volume) FILTER (WHERE door_onderaannemer IS NOT NULL AND NOT door_onderaannemer), 0)
                        / nullif(sum(volume) FILTER (WHERE door_onderaannemer IS NOT NULL), 0) AS eigen,
                        count(*) FILTER (WHERE clienten_op_pc6 < 3 AND leveringsvorm = 'mpt')::numeric
                        / nullif(count(*) FILTER (WHERE clienten_op_pc6 < 3 AND leveringsvorm IN ('mpt', 'vpt')), 0) AS mpt
                 FROM toets_parallel GROUP BY aanbieder) h USING (aanbieder)
           WHERE s.eigen IS DISTINCT FROM h.eigen OR s.mpt IS DISTINCT FROM h.mpt),
          0::bigint, 'serial: every provider''s shares equal the same sums and counts in plain SQL');

-- The split matters: each partition alone gives another answer for almost
-- every provider, so a combine function that lost a state would show.
SELECT ok(count(*) FILTER (WHERE d1.eigen <> s.eigen) > 900 AND count(*) FILTER (WHERE d2.eigen <> s.eigen) > 900
          AND count(*) FILTER (WHERE d1.mpt <> s.mpt) > 900 AND count(*) FILTER (WHERE d2.mpt <> s.mpt) > 900,
          'each partition alone gives another own-delivery share (more than 900 of 1 000 providers) and mpt share (more than 900)')
FROM serieel_per_aanbieder s JOIN deel1_per_aanbieder d1 USING (aanbieder) JOIN deel2_per_aanbieder d2 USING (aanbieder);

-- Parallel: two workers, each partition aggregated apart; the leader only
-- gathers and combines.
SELECT pg_temp.parallel_combineren();
SELECT pg_temp.draai('parallel_per_aanbieder', pg_temp.per_aanbieder());
SELECT pg_temp.draai('parallel_totaal', pg_temp.totaal());
SELECT diag(naam || ': ' || v.gelezen) FROM gedraaid, pg_temp.verloop(plan) v WHERE naam LIKE 'parallel%';

SELECT matches(pg_temp.vorm(plan),
               '^Finalize (Hash|Group)Aggregate > Gather( Merge)? > (Sort > )?Parallel Append > Partial (Hash|Group)Aggregate > (Sort > )?Parallel Seq Scan$',
               'per provider: workers aggregate each partition partially, the leader finalises')
FROM gedraaid WHERE naam = 'parallel_per_aanbieder';
SELECT is((v.gestart, v.deelaggregaten), (2, 2), 'per provider: two workers, a partial aggregate for each partition')
FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'parallel_per_aanbieder';
SELECT cmp_ok(v.deeltoestanden, '>=', 2 * v.groepen,
              'per provider: the leader gets at least two partial states a provider, merged by the combine function')
FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'parallel_per_aanbieder';
SELECT is(pg_temp.vorm(plan), 'Finalize Aggregate > Gather > Parallel Append > Partial Aggregate > Parallel Seq Scan',
          'all rows: workers aggregate each partition partially, the leader finalises')
FROM gedraaid WHERE naam = 'parallel_totaal';
SELECT ok(v.gestart = 2 AND v.deelaggregaten = 2 AND v.deeltoestanden >= 2,
          'all rows: two workers, and two or more partial states, merged by the combine function')
FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'parallel_totaal';

-- The same answers.
SELECT results_eq('SELECT * FROM parallel_per_aanbieder ORDER BY aanbieder',
                  'SELECT * FROM serieel_per_aanbieder ORDER BY aanbieder',
                  'per provider: parallel and serial give the same own-delivery share and mpt share');
SELECT results_eq('TABLE parallel_totaal', 'TABLE serieel_totaal',
                  'all rows: parallel and serial give the same shares');

SELECT * FROM finish();
ROLLBACK;
