-- test/bench/measure-geld.sql: the money cycle's rows of make bench (SPEC 11), over
-- the tables of data.sql: each aggregate and per-row function of 70-geld.sql against
-- (a) the cheapest built-in over the same rows and (b) the plain SQL an analyst would
-- write for the same answer; the column "same" says whether C and (b) agree.
--
-- Runs after data.sql (and after measure.sql or on its own: it brings what it
-- needs). psql variable runs: how often each query runs, the best time counts.
-- Every query is an aggregate over the rows and runs under EXPLAIN (ANALYZE,
-- TIMING OFF), as in measure.sql; "1 proc" is the C query with
-- max_parallel_workers_per_gather = 0.
--
-- The per-row functions take the policy value as a scalar subquery (an initplan,
-- computed once, SPEC 8); #6 is the table form, which reads the policy once per query.
-- Occupancies for #8: 24 months of every provider of bench.aanbieder, made here.

\if :{?runs}
\else
\set runs 3
\endif

-- one row of 24 months per provider, occupancy about 50 %, outside 40-60 % one
-- month in five
CREATE UNLOGGED TABLE bench.bezetting AS
SELECT a.id AS agb, (date '2024-01-01' + make_interval(months => m))::date AS maand,
       37.5 + (abs(hashint4extended(a.id * 24 + m, 11)) % 2500)::numeric / 100 AS pct
FROM bench.aanbieder a, generate_series(0, 23) AS m;
VACUUM (FREEZE, ANALYZE) bench.bezetting;

CREATE TABLE bench.geld_meting (
    nr        integer PRIMARY KEY,
    functie   text NOT NULL,
    tabel     text NOT NULL,
    c         text NOT NULL,
    a         text NOT NULL,
    b         text NOT NULL,
    rijen     bigint,
    c_ms      numeric,
    c_workers integer,
    c1_ms     numeric,
    a_ms      numeric,
    b_ms      numeric,
    gelijk    boolean
);

INSERT INTO bench.geld_meting (nr, functie, tabel, c, a, b) VALUES
(1, 'wlz.gewogen_tariefpercentage(p, b)', 'bench.declaratie',
 $q$SELECT wlz.gewogen_tariefpercentage(percentage, nza_tarief) FROM bench.declaratie$q$,
 $q$SELECT sum(nza_tarief) FROM bench.declaratie$q$,
 $q$SELECT sum(percentage * nza_tarief) / sum(nza_tarief) FROM bench.declaratie$q$),
(2, 'wlz.gewogen_tariefpercentage(p, b) GROUP BY prestatie', 'bench.declaratie',
 $q$SELECT sum(g) FROM (SELECT prestatie, wlz.gewogen_tariefpercentage(percentage, nza_tarief) AS g
                        FROM bench.declaratie GROUP BY prestatie) s$q$,
 $q$SELECT sum(g) FROM (SELECT prestatie, sum(nza_tarief) AS g FROM bench.declaratie GROUP BY prestatie) s$q$,
 $q$SELECT sum(g) FROM (SELECT prestatie, sum(percentage * nza_tarief) / sum(nza_tarief) AS g
                        FROM bench.declaratie GROUP BY prestatie) s$q$),
(3, 'wlz.gewogen_tariefpercentage(p, b, maand, 2025) GROUP BY prestatie', 'bench.declaratie',
 $q$SELECT sum(g) FROM (SELECT prestatie,
                               wlz.gewogen_tariefpercentage(percentage, nza_tarief, make_date(jaar, 1 + id % 12, 1), 2025) AS g
                        FROM bench.declaratie GROUP BY prestatie) s$q$,
 $q$SELECT sum(g) FROM (SELECT prestatie, sum(nza_tarief) FILTER (WHERE make_date(jaar, 1 + id % 12, 1) < '2026-05-01') AS g
                        FROM bench.declaratie GROUP BY prestatie) s$q$,
 $q$SELECT sum(g) FROM (
        SELECT prestatie,
               coalesce(sum(percentage * nza_tarief) FILTER (WHERE m < '2026-01-01')
                          / sum(nza_tarief) FILTER (WHERE m < '2026-01-01'),
                        sum(percentage * nza_tarief) FILTER (WHERE m >= '2026-01-01' AND m < '2026-05-01')
                          / sum(nza_tarief) FILTER (WHERE m >= '2026-01-01' AND m < '2026-05-01')) AS g
        FROM (SELECT prestatie, percentage, nza_tarief, make_date(jaar, 1 + id % 12, 1) AS m
              FROM bench.declaratie) d
        GROUP BY prestatie) s$q$),
(4, 'wlz.overproductie(r, plafond) GROUP BY zorgkantoor', 'bench.declaratie',
 $q$SELECT sum(o) FROM (SELECT zorgkantoor, wlz.overproductie(nza_tarief, 200) AS o
                        FROM bench.declaratie GROUP BY zorgkantoor) s$q$,
 $q$SELECT sum(o) FROM (SELECT zorgkantoor, sum(nza_tarief) AS o FROM bench.declaratie GROUP BY zorgkantoor) s$q$,
 $q$SELECT sum(o) FROM (SELECT zorgkantoor, sum(greatest(nza_tarief - 200, 0)) AS o
                        FROM bench.declaratie GROUP BY zorgkantoor) s$q$),
(5, 'wlz.productieafspraak(beleid, ...)', 'bench.declaratie',
 $q$SELECT sum(wlz.productieafspraak((SELECT wlz.geldbeleid('cz', 'GZ', 2026)), nza_tarief, klasse, leveringsvorm))
    FROM bench.declaratie$q$,
 $q$SELECT sum(nza_tarief * 0.95) FROM bench.declaratie$q$,
 $q$SELECT sum(CASE WHEN klasse = 'bestaand' THEN nza_tarief * 0.95 ELSE nza_tarief END) FROM bench.declaratie$q$),
(6, 'wlz.productieafspraak(''cz'', ''GZ'', 2026, ...) [table form]', 'bench.declaratie',
 $q$SELECT sum(wlz.productieafspraak('cz', 'GZ', 2026, nza_tarief, klasse, leveringsvorm)) FROM bench.declaratie$q$,
 $q$SELECT sum(nza_tarief * 0.95) FROM bench.declaratie$q$,
 $q$SELECT sum(CASE WHEN klasse = 'bestaand' THEN nza_tarief * 0.95 ELSE nza_tarief END) FROM bench.declaratie$q$),
(7, 'wlz.cak_betaling(beleid, maand, ...)', 'bench.declaratie',
 $q$SELECT sum(wlz.cak_betaling((SELECT wlz.geldbeleid('cz', 'GZ', 2026)), make_date(2026, 3 + id % 8, 1), true,
                                nza_tarief * 1000, nza_tarief * 500, 120000))
    FROM bench.declaratie$q$,
 $q$SELECT sum(round(nza_tarief * 1000 - nza_tarief * 500, 2)) FROM bench.declaratie$q$,
 $q$SELECT sum(round(least(nza_tarief * 1000 + 2 * 120000 / 12, 120000) - nza_tarief * 500, 2))
    FROM bench.declaratie$q$),
(8, 'wlz.bezettingssignaal(...) OVER (ROWS 2 PRECEDING)', 'bench.bezetting',
 $q$SELECT count(*) FILTER (WHERE s)
    FROM (SELECT wlz.bezettingssignaal(maand, pct, 40, 60, 3) OVER w AS s FROM bench.bezetting
          WINDOW w AS (PARTITION BY agb ORDER BY maand ROWS 2 PRECEDING)) x$q$,
 $q$SELECT count(*) FILTER (WHERE n = 3)
    FROM (SELECT count(*) OVER w AS n FROM bench.bezetting
          WINDOW w AS (PARTITION BY agb ORDER BY maand ROWS 2 PRECEDING)) x$q$,
 $q$SELECT count(*) FILTER (WHERE b0 AND b1 AND b2 AND m2 = maand - interval '2 months')
    FROM (SELECT maand, pct NOT BETWEEN 40 AND 60 AS b0,
                 lag(pct NOT BETWEEN 40 AND 60) OVER w AS b1, lag(pct NOT BETWEEN 40 AND 60, 2) OVER w AS b2,
                 lag(maand, 2) OVER w AS m2
          FROM bench.bezetting WINDOW w AS (PARTITION BY agb ORDER BY maand)) x$q$);

UPDATE bench.geld_meting m SET rijen = n
FROM (VALUES ('bench.declaratie', (SELECT count(*) FROM bench.declaratie)),
             ('bench.bezetting', (SELECT count(*) FROM bench.bezetting))) AS t(tabel, n)
WHERE t.tabel = m.tabel;

-- The best of n runs: milliseconds and workers launched; with een_proces, without
-- workers, and the setting back as it was.
CREATE FUNCTION bench.geld_meet(q text, n integer, een_proces boolean DEFAULT false,
                                OUT ms numeric, OUT gestart integer)
LANGUAGE plpgsql
AS $$
DECLARE
    plan jsonb;
    t    numeric;
    oud  text := current_setting('max_parallel_workers_per_gather');
BEGIN
    IF een_proces THEN
        PERFORM set_config('max_parallel_workers_per_gather', '0', true);
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
    PERFORM set_config('max_parallel_workers_per_gather', oud, true);
END
$$;

SELECT set_config('bench.runs', :'runs', false) AS bench_runs \gset
DO $$
DECLARE
    m     record;
    runs  integer := current_setting('bench.runs')::integer;
    rc    numeric;
    rb    numeric;
    c     record;
BEGIN
    FOR m IN SELECT * FROM bench.geld_meting ORDER BY nr LOOP
        RAISE WARNING '== %', m.functie;
        EXECUTE m.c INTO rc;
        EXECUTE m.b INTO rb;
        SELECT * INTO c FROM bench.geld_meet(m.c, runs);
        UPDATE bench.geld_meting
        SET c_ms = c.ms, c_workers = c.gestart,
            c1_ms = (SELECT ms FROM bench.geld_meet(m.c, runs, true)),
            a_ms = (SELECT ms FROM bench.geld_meet(m.a, runs)),
            b_ms = (SELECT ms FROM bench.geld_meet(m.b, runs)),
            gelijk = rc = rb
        WHERE nr = m.nr;
    END LOOP;
END
$$;

\echo
\echo 'make bench, the money cycle: best of' :runs 'runs; ms = executor time (EXPLAIN ANALYZE, TIMING OFF);'
\echo 'C/(a) = C ms / (a) ms; (b)/C = (b) ms / C ms; same = C and (b) give the same number;'
\echo '1 proc = C with max_parallel_workers_per_gather = 0; par x = 1 proc ms / C ms'
\echo
SELECT nr AS "#", functie AS "function", to_char(rijen, 'FM999G999G999') AS "rows",
       to_char(c_ms, 'FM999G990D0') AS "C ms",
       to_char(a_ms, 'FM999G990D0') AS "(a) ms",
       to_char(c_ms / nullif(a_ms, 0), 'FM990D00') AS "C/(a)",
       to_char(b_ms, 'FM999G999G990D0') AS "(b) ms",
       to_char(b_ms / nullif(c_ms, 0), 'FM999G990D00') AS "(b)/C",
       gelijk AS "same",
       c_workers AS "workers",
       to_char(c1_ms, 'FM999G990D0') AS "1 proc ms",
       to_char(c1_ms / nullif(c_ms, 0), 'FM990D00') AS "par x"
FROM bench.geld_meting ORDER BY nr;
