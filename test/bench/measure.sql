-- test/bench/measure.sql: the measurements of make bench (test/bench/run), over the
-- tables of data.sql and the baselines of baseline.sql, and the table it prints.
--
-- psql variables: steekproef, the rows of bench.dag and bench.declaratie on which the
-- PL/pgSQL baselines (b) run (their time is extrapolated per row to the whole table);
-- runs, how often each query runs (the best time counts); py, set when
-- baseline_python.sql is loaded: the calendar rows then also time baseline (py),
-- PL/Python with workalendar, in one process on bench.dag_py (extrapolated per row
-- the same way), against the C function in one process.
--
-- Each query is an aggregate over the rows (count(*) FILTER, sum, max), so that no
-- result travels to the client, and runs under EXPLAIN (ANALYZE, TIMING OFF): its
-- "Execution Time" is the executor's time for the whole query, parallel workers
-- included, and the plan says how many workers ran. TIMING OFF leaves out the
-- per-node clock reads that EXPLAIN ANALYZE otherwise adds to every row.

\if :{?steekproef}
\else
\set steekproef 1000000
\endif
\if :{?runs}
\else
\set runs 3
\endif

-- The best of n runs of one query: milliseconds and workers launched. With workers =
-- 0 the query runs in one process (max_parallel_workers_per_gather = 0 for this
-- transaction only).
CREATE FUNCTION bench.meet(q text, n integer, workers integer DEFAULT NULL,
                           OUT ms numeric, OUT gestart integer)
LANGUAGE plpgsql
AS $$
DECLARE
    plan jsonb;
    t    numeric;
BEGIN
    IF workers IS NOT NULL THEN
        PERFORM set_config('max_parallel_workers_per_gather', workers::text, true);
    END IF;
    FOR i IN 1 .. n LOOP
        EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ' || q INTO plan;
        t := (plan -> 0 ->> 'Execution Time')::numeric;
        IF ms IS NULL OR t < ms THEN
            ms := t;
            gestart := coalesce((SELECT sum(w::integer)
                                 FROM jsonb_path_query(plan, 'strict $.**."Workers Launched"') AS w), 0);
        END IF;
    END LOOP;
END
$$;

-- The C query and baseline (a) in turns: C, (a), C, (a), ... so that a spell of load
-- from elsewhere on the machine weighs on both, not on one of them. The best time of
-- each counts, with the workers of the C query's best run. At least n pairs, and more
-- (up to 3n) while the pairs so far took less than 10 s: for the cheap per-row queries
-- the best of a few more runs is a steadier floor on a shared machine.
CREATE FUNCTION bench.meet_paar(c text, a text, n integer,
                                OUT c_ms numeric, OUT c_workers integer, OUT a_ms numeric)
LANGUAGE plpgsql
AS $$
DECLARE
    m     record;
    start timestamptz := clock_timestamp();
BEGIN
    FOR i IN 1 .. 3 * n LOOP
        EXIT WHEN i > n AND clock_timestamp() - start > interval '10 seconds';
        SELECT * INTO m FROM bench.meet(c, 1);
        IF c_ms IS NULL OR m.ms < c_ms THEN
            c_ms := m.ms;
            c_workers := m.gestart;
        END IF;
        SELECT * INTO m FROM bench.meet(a, 1);
        IF a_ms IS NULL OR m.ms < a_ms THEN
            a_ms := m.ms;
        END IF;
    END LOOP;
END
$$;

CREATE TABLE bench.meting (
    nr        integer PRIMARY KEY,
    functie   text NOT NULL,
    tabel     text NOT NULL,        -- the table whose rows the query reads
    c         text NOT NULL,        -- the C function
    a         text NOT NULL,        -- baseline (a), the built-in expression
    b         text NOT NULL,        -- baseline (b), baseline.sql
    b_rijen   bigint,               -- (b) runs on this many rows (NULL: all of them)
    rijen     bigint,
    c_ms      numeric,
    c_workers integer,
    c1_ms     numeric,              -- C in one process
    a_ms      numeric,
    b_ms      numeric,              -- extrapolated to all rows when b_rijen is set
    py        text,                 -- baseline (py), baseline_python.sql (calendar rows)
    py_rijen  bigint,               -- (py) runs on this many rows (bench.dag_py)
    py_ms     numeric               -- extrapolated to all rows
);

INSERT INTO bench.meting (nr, functie, tabel, c, a, b, b_rijen) VALUES
(1, 'wlz.is_werkdag(d)', 'bench.dag',
 $q$SELECT count(*) FILTER (WHERE wlz.is_werkdag(d)) FROM bench.dag$q$,
 $q$SELECT count(*) FILTER (WHERE extract(isodow FROM d) < 6) FROM bench.dag$q$,
 $q$SELECT count(*) FILTER (WHERE werkdag) FROM bench.is_werkdag_b$q$, NULL),
(2, 'wlz.werkdagen(d, tot)', 'bench.dag',
 $q$SELECT sum(wlz.werkdagen(d, tot)) FROM bench.dag$q$,
 $q$SELECT sum(tot - d) FROM bench.dag$q$,
 $q$SELECT sum(werkdagen) FROM bench.werkdagen_b$q$, NULL),
(3, 'd + ''5 werkdagen''', 'bench.dag',
 $q$SELECT max(d OPERATOR(wlz.+) '5 werkdagen'::wlz.termijn) FROM bench.dag$q$,
 $q$SELECT max(d + 5) FROM bench.dag$q$,
 $q$SELECT max(resultaat) FROM bench.plus_werkdagen_b(5)$q$, NULL),
(4, 'wlz.termijn_einde(d, ''20 kalenderdagen'', atw => true)', 'bench.dag',
 $q$SELECT max(wlz.termijn_einde(d, '20 kalenderdagen', true)) FROM bench.dag$q$,
 $q$SELECT max((d + 20 + time '23:59:59.999999') AT TIME ZONE 'Europe/Amsterdam') FROM bench.dag$q$,
 format($q$SELECT max(bench.termijn_einde_b(d, 20, 'kalenderdagen', true)) FROM bench.dag WHERE id <= %s$q$,
        :steekproef), :steekproef),
(5, 'wlz.tarief(nza_tarief, percentage)', 'bench.declaratie',
 $q$SELECT sum(wlz.tarief(nza_tarief, percentage)) FROM bench.declaratie$q$,
 $q$SELECT sum(round(nza_tarief * percentage / 100, 2)) FROM bench.declaratie$q$,
 $q$SELECT sum(bench.tarief_b(nza_tarief, percentage)) FROM bench.declaratie$q$, NULL),
(6, 'wlz.tariefpercentage(...) [(a) = wlz.tarief]', 'bench.declaratie',
 $q$SELECT sum(wlz.tariefpercentage(zorgkantoor, sector, jaar, prestatie, NULL, leveringsvorm, klasse,
                                   historisch, coalesce(kenmerken, '{}'))) FROM bench.declaratie$q$,
 $q$SELECT sum(wlz.tarief(nza_tarief, percentage)) FROM bench.declaratie$q$,
 format($q$SELECT sum(bench.tariefpercentage_b(zorgkantoor, sector, jaar, prestatie, NULL, leveringsvorm,
                                               klasse, historisch, coalesce(kenmerken, '{}')))
           FROM bench.declaratie WHERE id <= %s$q$, :steekproef), :steekproef),
(7, 'wlz.aanbiederklasse(...) GROUP BY agb', 'bench.overeenkomst',
 $q$SELECT count(*) FILTER (WHERE k = 'bestaand-maar-nieuw')
    FROM (SELECT agb, wlz.aanbiederklasse(zorgkantoor, looptijd, 'cz', date '2025-07-01', 2025) AS k
          FROM bench.overeenkomst GROUP BY agb) AS s$q$,
 $q$SELECT count(*) FILTER (WHERE n > 1)
    FROM (SELECT agb, count(*) AS n FROM bench.overeenkomst GROUP BY agb) AS s$q$,
 $q$SELECT count(*) FILTER (WHERE klasse = 'bestaand-maar-nieuw')
    FROM bench.aanbiederklasse_b('cz', date '2025-07-01', 2025)$q$, NULL),
(8, 'wlz.richttariefpercentage(...) GROUP BY sector', 'bench.aanbieder',
 $q$SELECT sector, wlz.richttariefpercentage(kostenpercentage, marktaandeel)
    FROM bench.aanbieder GROUP BY sector$q$,
 $q$SELECT sector, count(*) FROM bench.aanbieder GROUP BY sector$q$,
 $q$SELECT * FROM bench.richttariefpercentage_b$q$, NULL);

-- (b) on a sample only when the table is larger than the sample
UPDATE bench.meting SET b_rijen = NULL
WHERE b_rijen >= (SELECT count(*) FROM bench.dag) AND tabel = 'bench.dag'
   OR b_rijen >= (SELECT count(*) FROM bench.declaratie) AND tabel = 'bench.declaratie';
UPDATE bench.meting m SET rijen = n
FROM (VALUES ('bench.dag', (SELECT count(*) FROM bench.dag)),
             ('bench.declaratie', (SELECT count(*) FROM bench.declaratie)),
             ('bench.overeenkomst', (SELECT count(*) FROM bench.overeenkomst)),
             ('bench.aanbieder', (SELECT count(*) FROM bench.aanbieder))) AS t(tabel, n)
WHERE t.tabel = m.tabel;

-- Baseline (py) for the calendar rows, on the sample table bench.dag_py.
\if :{?py}
UPDATE bench.meting m SET py = v.py, py_rijen = (SELECT count(*) FROM bench.dag_py)
FROM (VALUES
  (1, $q$SELECT count(*) FILTER (WHERE bench.py_is_werkdag(d)) FROM bench.dag_py$q$),
  (2, $q$SELECT sum(bench.py_werkdagen(d, tot)) FROM bench.dag_py$q$),
  (3, $q$SELECT max(bench.py_plus_werkdagen(d, 5)) FROM bench.dag_py$q$)) AS v(nr, py)
WHERE m.nr = v.nr;
\endif

-- One measurement after the other (measure_one.sql, with i the number).
\set i 1
\ir measure_one.sql
\set i 2
\ir measure_one.sql
\set i 3
\ir measure_one.sql
\set i 4
\ir measure_one.sql
\set i 5
\ir measure_one.sql
\set i 6
\ir measure_one.sql
\set i 7
\ir measure_one.sql
\set i 8
\ir measure_one.sql

\echo
SELECT 3 * :runs AS runs3 \gset
\echo 'make bench: best of' :runs 'runs (C and (a): in turns,' :runs 'to' :runs3 'each); ms = executor time (EXPLAIN ANALYZE, TIMING OFF);'
\echo 'C/(a) = C ms / (a) ms (target <= 1.3); (b)/C = (b) ms / C ms (target >= 20);'
\echo '1 proc = C with max_parallel_workers_per_gather = 0; par x = 1 proc ms / C ms'
\echo '* = (b) ran on the first' :steekproef 'rows, its time extrapolated per row'
\if :{?py}
SELECT bench.py_workalendar_versie() AS py_versie, min(py_rijen) AS py_rijen FROM bench.meting \gset
\echo '(py) = PL/Python with workalendar' :py_versie '(Netherlands) in one process, on the first' :py_rijen 'rows,'
\echo '       extrapolated per row; (py)/C = (py) ms / 1 proc ms. Not the ATW calendar: Koninginnedag'
\echo '       on a Sunday before 1980 differs (README, test/bench/baseline_python.sql); the answers'
SELECT count(*) FILTER (WHERE bench.py_is_werkdag(d) IS DISTINCT FROM wlz.is_werkdag(d)
                           OR bench.py_werkdagen(d, tot) IS DISTINCT FROM wlz.werkdagen(d, tot)
                           OR bench.py_plus_werkdagen(d, 5)
                              IS DISTINCT FROM d OPERATOR(wlz.+) '5 werkdagen'::wlz.termijn) AS py_anders
FROM bench.dag_py \gset
\echo '       of (py) on those rows differ from the C functions in' :py_anders 'rows'
\else
\echo '(py) not run: plpython3u or python3-workalendar is not installed'
\endif
\echo
SELECT nr AS "#", functie AS "function", to_char(rijen, 'FM999G999G999') AS "rows",
       to_char(c_ms, 'FM999G990D0') AS "C ms",
       to_char(a_ms, 'FM999G990D0') AS "(a) ms",
       to_char(c_ms / nullif(a_ms, 0), 'FM990D00') AS "C/(a)",
       to_char(b_ms, 'FM999G999G990D0') || CASE WHEN b_rijen IS NOT NULL THEN '*' ELSE '' END AS "(b) ms",
       to_char(b_ms / nullif(c_ms, 0), 'FM999G990D0') AS "(b)/C",
       coalesce(to_char(py_ms, 'FM999G999G990D0') || '*', '') AS "(py) ms",
       coalesce(to_char(py_ms / nullif(c1_ms, 0), 'FM999G990D0'), '') AS "(py)/C",
       c_workers AS "workers",
       to_char(c1_ms, 'FM999G990D0') AS "1 proc ms",
       to_char(c1_ms / nullif(c_ms, 0), 'FM990D00') AS "par x"
FROM bench.meting ORDER BY nr;

SELECT name AS "setting", current_setting(name) AS "value"
FROM pg_settings
WHERE name IN ('max_parallel_workers_per_gather', 'max_parallel_workers', 'max_worker_processes',
               'jit', 'shared_buffers', 'work_mem', 'effective_cache_size', 'server_version')
UNION ALL
SELECT 'jit available (pg_jit_available())', pg_jit_available()::text
ORDER BY 1;
