-- test/toets_parallel.sql: wlz.eigen_levering and wlz.mpt_aandeel under a
-- parallel plan give the same answers as a serial run (SPEC 1: combine,
-- serialise and deserialise functions next to the transition function).
--
-- 300 000 generated rows (fixed seed) for 1 000 providers in random order, so
-- that the rows of one provider land on pages that different workers read and
-- their partial states meet in the combine function; volumes with cents, some
-- negative (corrections), some NULL.  The table is an ordinary one (workers
-- cannot read temporary tables), dropped by the ROLLBACK.
BEGIN;
SELECT plan(8);

SELECT setseed(0.2027);
-- (the rows are made first and then shuffled: with ORDER BY random() in the
-- same SELECT the random() columns come out correlated)
CREATE TABLE toets_parallel_regel AS
WITH g AS MATERIALIZED (
    SELECT (random() * 999)::integer AS aanbieder,
           CASE WHEN random() < 0.01 THEN NULL ELSE round((random() * 2000 - 100)::numeric, 2) END AS volume,
           CASE WHEN random() < 0.01 THEN NULL ELSE random() < 0.3 END AS door_onderaannemer,
           (ARRAY['verblijf', 'vpt', 'mpt', 'dtv'])[1 + (random() * 3)::integer]::wlz.leveringsvorm AS leveringsvorm,
           (random() * 5)::integer AS clienten_op_pc6
    FROM generate_series(1, 300000))
SELECT * FROM g ORDER BY random();
ANALYZE toets_parallel_regel;

SET LOCAL parallel_leader_participation = off;
SET LOCAL max_parallel_workers_per_gather = 2;
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
-- with a group per provider the planner finds partial aggregation not worth
-- it at the transition functions' true cost; a high cost, for this
-- transaction only, tips it over
ALTER FUNCTION wlz.eigen_levering_stap(internal, numeric, boolean) COST 1000;
ALTER FUNCTION wlz.mpt_aandeel_stap(internal, wlz.leveringsvorm, boolean) COST 1000;

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
    SELECT $q$SELECT r.aanbieder,
                     wlz.eigen_levering(r.volume, r.door_onderaannemer) AS eigen,
                     wlz.mpt_aandeel(r.leveringsvorm, wlz.geclusterd(r.clienten_op_pc6)) AS mpt
              FROM toets_parallel_regel r GROUP BY r.aanbieder$q$
$$;

SELECT ok(p ~ 'Partial (Hash|Group)Aggregate' AND p ~ 'Gather' AND p ~ 'Finalize',
          'the plan aggregates partially in parallel workers and combines the states')
FROM pg_temp.plan('COSTS OFF', pg_temp.vraag()) p;
SELECT ok(p ~ 'Workers Launched: [12]', 'and the workers run')
FROM pg_temp.plan('ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF', pg_temp.vraag()) p;
DO $$ BEGIN EXECUTE 'CREATE TEMP TABLE parallel AS ' || pg_temp.vraag(); END $$;
CREATE TEMP TABLE parallel_totaal AS
SELECT wlz.eigen_levering(volume, door_onderaannemer) AS eigen,
       wlz.mpt_aandeel(leveringsvorm, wlz.geclusterd(clienten_op_pc6)) AS mpt
FROM toets_parallel_regel;

SET LOCAL max_parallel_workers_per_gather = 0;
SELECT ok(p !~ 'Gather', 'the serial plan has no workers')
FROM pg_temp.plan('COSTS OFF', pg_temp.vraag()) p;
DO $$ BEGIN EXECUTE 'CREATE TEMP TABLE serieel AS ' || pg_temp.vraag(); END $$;

SELECT is((SELECT count(*) FROM serieel), 1000::bigint, 'one row per provider, 1 000 providers');
SELECT is((SELECT count(*) FROM (SELECT * FROM serieel EXCEPT ALL SELECT * FROM parallel) d), 0::bigint,
          'every provider''s own-delivery share and mpt share are the same serial and parallel');
-- by hand, in plain SQL
SELECT is((SELECT count(*) FROM serieel s
           JOIN (SELECT aanbieder,
                        coalesce(sum(volume) FILTER (WHERE volume IS NOT NULL AND door_onderaannemer IS NOT NULL
                                                            AND NOT door_onderaannemer), 0)
                        / nullif(sum(volume) FILTER (WHERE volume IS NOT NULL AND door_onderaannemer IS NOT NULL), 0) AS eigen,
                        count(*) FILTER (WHERE clienten_op_pc6 < 3 AND leveringsvorm = 'mpt')::numeric
                        / nullif(count(*) FILTER (WHERE clienten_op_pc6 < 3 AND leveringsvorm IN ('mpt', 'vpt')), 0) AS mpt
                 FROM toets_parallel_regel GROUP BY aanbieder) h USING (aanbieder)
           WHERE s.eigen IS DISTINCT FROM h.eigen OR s.mpt IS DISTINCT FROM h.mpt),
          0::bigint, 'and equal to the same sums and counts in plain SQL');
SELECT is((SELECT eigen FROM parallel_totaal),
          (SELECT sum(volume) FILTER (WHERE NOT door_onderaannemer) / sum(volume) FILTER (WHERE door_onderaannemer IS NOT NULL)
           FROM toets_parallel_regel WHERE volume IS NOT NULL),
          'without GROUP BY: the share over all 300 000 rows, parallel');
SELECT is((SELECT mpt FROM parallel_totaal),
          (SELECT count(*) FILTER (WHERE leveringsvorm = 'mpt')::numeric / count(*)
           FROM toets_parallel_regel WHERE clienten_op_pc6 < 3 AND leveringsvorm IN ('mpt', 'vpt')),
          'and the mpt share over all of them');

SELECT * FROM finish();
ROLLBACK;
