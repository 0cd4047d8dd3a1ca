-- test/bench/measure-controle.sql: make bench for the declaration controls (SPEC 9):
-- wlz.declaratiecontrole in its table form and its policy-value form against
-- wlz.tarief on the same rows (target: within 2x), and the aggregates
-- wlz.combinatiecontrole and wlz.trajectcontrole against the plain SQL an analyst
-- would write (a self-join on overlapping dateranges; window functions over
-- gaps and islands), with a check that both give the same answer.
--
-- Runs after data.sql (it derives its rows from bench.declaratie, so it has as
-- many) in the database of test/bench/run; psql variable runs (default 3), the
-- best run counts. Each query is an aggregate over the rows under EXPLAIN
-- (ANALYZE, TIMING OFF), as in measure.sql; "1 proc" is the same query with
-- max_parallel_workers_per_gather = 0.

\if :{?runs}
\else
\set runs 3
\endif

-- The best of n runs: milliseconds and workers launched (workers = 0: one process).
CREATE FUNCTION bench.controle_meet(q text, n integer, workers integer DEFAULT NULL,
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

-- ---------------------------------------------------------------------------
-- The rows
-- ---------------------------------------------------------------------------
-- Declaration lines: the rows of bench.declaratie, 40 a client, monthly from a
-- start between January 2022 and December 2023 (so Zorg en Zekerheid's time
-- limits of 2022 and VG7+ from 2026 both occur), with the seven zorgkantoren
-- of SPEC 1, moments of submission 0-44 days after the month, the amount of
-- wlz.tarief (one cent off in one line of fifty), approvals on a third of the
-- lines; every fourth client has VG7+ in the even months from 2026, and now
-- and then a toeslag that starts on the last day of the month before (a day in
-- common with a VG7+ month, or with none).
\warn '== measure-controle: the rows'
CREATE UNLOGGED TABLE bench.controleregel AS
SELECT d.id, c.client,
       (ARRAY['zilverenkruis', 'cz', 'vgz', 'menzis', 'dsw', 'zorgenzekerheid', 'salland'])[1 + c.client % 7] AS zorgkantoor,
       p.prestatie,
       CASE WHEN p.toeslag THEN daterange(m.m - 1, (m.m + interval '1 month')::date)
            ELSE daterange(m.m, (m.m + interval '1 month')::date) END AS periode,
       wlz.lokaal((m.m + interval '1 month')::date + (d.id % 45)::integer, '10:00') AS ingediend,
       CASE WHEN d.prestatie ~ '^[0-9]' THEN d.prestatie ELSE '5VG' END AS zorgprofiel,
       wlz.tarief(d.nza_tarief, d.percentage) + CASE WHEN d.id % 50 = 0 THEN 0.01 ELSE 0 END AS bedrag,
       wlz.tarief(d.nza_tarief, d.percentage) AS verwacht,
       CASE WHEN d.id % 3 = 0 THEN '{toestemming-zorgkantoor}'::text[]
            WHEN d.id % 101 = 0 THEN '{mondzorg}' ELSE '{}' END AS kenmerken,
       d.nza_tarief, d.percentage
FROM bench.declaratie d
CROSS JOIN LATERAL (SELECT (d.id - 1) / 40 + 1 AS client, (d.id - 1) % 40 AS k) c
CROSS JOIN LATERAL (SELECT (date '2022-01-01' + ((c.client % 24) + c.k) * interval '1 month')::date AS m) m
CROSS JOIN LATERAL (
    SELECT CASE WHEN c.client % 4 = 0 AND c.k % 2 = 0 AND m.m >= date '2026-01-01' THEN 'VG7+'
                WHEN (c.client + c.k) % 9 = 0 THEN (ARRAY['Z913', 'Z978', 'Z912', 'Z916', 'Z975'])[1 + (c.client + c.k) % 5]
                ELSE d.prestatie END AS prestatie,
           NOT (c.client % 4 = 0 AND c.k % 2 = 0 AND m.m >= date '2026-01-01') AND (c.client + c.k) % 9 = 0 AS toeslag) p;
-- Traject lines: 40 a client from 2027, monthly, one soort a client; a month
-- left out now and then (every 5th to 14th) ends a traject, so trajects last
-- 4 to 13 months; CCA lines carry 0-8 hours.
CREATE UNLOGGED TABLE bench.trajectlijn AS
SELECT c.client, (ARRAY['observatie', 'cca', 'lvg-indicatie'])[1 + c.client % 3] AS soort,
       daterange(m.m, (m.m + interval '1 month')::date) AS periode,
       CASE WHEN c.client % 3 = 1 THEN (d.id % 9)::numeric END AS uren
FROM bench.declaratie d
CROSS JOIN LATERAL (SELECT (d.id - 1) / 40 + 1 AS client, (d.id - 1) % 40 AS k) c
CROSS JOIN LATERAL (SELECT (date '2027-01-01' + ((c.client % 12) + c.k) * interval '1 month')::date AS m) m
WHERE c.k % (5 + c.client % 10) <> 4 + c.client % 10;
VACUUM (FREEZE, ANALYZE) bench.controleregel, bench.trajectlijn;

-- ---------------------------------------------------------------------------
-- The queries
-- ---------------------------------------------------------------------------
CREATE TABLE bench.controle_meting (
    nr        integer PRIMARY KEY,
    functie   text NOT NULL,
    tabel     text NOT NULL,
    c         text NOT NULL,        -- the function of the extension
    a         text NOT NULL,        -- what it is measured against
    tegen     text NOT NULL,        -- what (a) is
    rijen     bigint,
    c_ms      numeric,
    c_workers integer,
    c1_ms     numeric,
    a_ms      numeric,
    a1_ms     numeric
);
INSERT INTO bench.controle_meting (nr, functie, tabel, tegen, c, a) VALUES
(1, 'wlz.declaratiecontrole(zorgkantoor, ...) [table form]', 'bench.controleregel', 'wlz.tarief',
 $q$SELECT count(*) FILTER (WHERE cardinality(wlz.declaratiecontrole(zorgkantoor, prestatie, periode, ingediend,
                                                                     zorgprofiel, bedrag, verwacht, kenmerken)) > 0)
    FROM bench.controleregel$q$,
 $q$SELECT sum(wlz.tarief(nza_tarief, percentage)) FROM bench.controleregel$q$),
(2, 'wlz.declaratiecontrole((SELECT wlz.controlebeleid(''zorgenzekerheid'', NULL)), ...) [policy value]', 'bench.controleregel', 'wlz.tarief',
 $q$SELECT count(*) FILTER (WHERE cardinality(wlz.declaratiecontrole((SELECT wlz.controlebeleid('zorgenzekerheid', NULL)),
                                                                     prestatie, periode, ingediend, zorgprofiel, bedrag,
                                                                     verwacht, kenmerken)) > 0)
    FROM bench.controleregel$q$,
 $q$SELECT sum(wlz.tarief(nza_tarief, percentage)) FROM bench.controleregel$q$),
(3, 'wlz.declaratiecontrole(b.beleid, ...) [policy per zorgkantoor, CTE join]', 'bench.controleregel', 'join + wlz.tarief',
 $q$WITH b AS MATERIALIZED (SELECT code, wlz.controlebeleid(code, NULL) AS beleid FROM wlz.zorgkantoor WHERE meegeleverd)
    SELECT count(*) FILTER (WHERE cardinality(wlz.declaratiecontrole(b.beleid, prestatie, periode, ingediend,
                                                                     zorgprofiel, bedrag, verwacht, kenmerken)) > 0)
    FROM bench.controleregel r JOIN b ON b.code = r.zorgkantoor$q$,
 $q$WITH b AS MATERIALIZED (SELECT code, wlz.controlebeleid(code, NULL) AS beleid FROM wlz.zorgkantoor WHERE meegeleverd)
    SELECT sum(wlz.tarief(nza_tarief, percentage)) FROM bench.controleregel r JOIN b ON b.code = r.zorgkantoor$q$),
(4, 'wlz.combinatiecontrole(prestatie, periode) GROUP BY client', 'bench.controleregel', 'SQL self-join',
 $q$SELECT count(*) FILTER (WHERE cardinality(c) > 0)
    FROM (SELECT client, wlz.combinatiecontrole(prestatie, periode) AS c FROM bench.controleregel GROUP BY client) s$q$,
 $q$SELECT count(DISTINCT a.client)
    FROM wlz.combinatieregel_geldend r
    JOIN bench.controleregel a ON a.prestatie = ANY (r.prestaties)
    JOIN bench.controleregel b ON b.client = a.client AND b.prestatie = ANY (r.niet_met)
    WHERE r.zorgkantoor IS NULL AND a.periode && b.periode
      AND (a.periode * b.periode) && coalesce(r.geldig, '(,)'::daterange)$q$),
(5, 'wlz.trajectcontrole(soort, periode, uren) GROUP BY client', 'bench.trajectlijn', 'SQL window functions',
 $q$SELECT count(*) FILTER (WHERE cardinality(c) > 0)
    FROM (SELECT client, wlz.trajectcontrole(soort, periode, uren) AS c FROM bench.trajectlijn GROUP BY client) s$q$,
 $q$SELECT count(DISTINCT client) FROM bench.traject_sql$q$);

-- The analyst's version of the seven shipped traject rules (003 L824, L283,
-- L892), for these rows: lines that overlap or touch form a traject (gaps and
-- islands), then a window over the trajects of one client and soort. Every
-- traject here starts in 2027 or later, so the rules' periods (from 2026 or
-- 2027) need no condition.
CREATE VIEW bench.traject_sql AS
WITH s AS (
    SELECT client, soort, lower(periode) AS lo, upper(periode) AS hi, uren,
           CASE WHEN lower(periode) <= max(upper(periode)) OVER (PARTITION BY client, soort ORDER BY lower(periode), upper(periode)
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                THEN 0 ELSE 1 END AS nieuw
    FROM bench.trajectlijn
), t AS (
    SELECT *, sum(nieuw) OVER (PARTITION BY client, soort ORDER BY lo, hi ROWS UNBOUNDED PRECEDING) AS nr FROM s
), traject AS (
    SELECT client, soort, nr, min(lo) AS lo, max(hi) AS hi, sum(uren) AS uren FROM t GROUP BY client, soort, nr
), v AS (
    SELECT *, lag(hi) OVER w AS vorige_hi, first_value(lo) OVER w AS eerste,
           sum(hi - lo) OVER (PARTITION BY client, soort) AS dagen,
           count(*) OVER (PARTITION BY client, soort, extract(year FROM lo)) AS per_jaar
    FROM traject WINDOW w AS (PARTITION BY client, soort ORDER BY lo)
)
SELECT DISTINCT client, code
FROM v, LATERAL (VALUES
    ('observatie-duur', soort = 'observatie' AND hi > (lo + interval '9 months')::date),
    ('observatie-totaal', soort = 'observatie' AND dagen > (eerste + interval '1 year')::date - eerste),
    ('cca-duur', soort = 'cca' AND hi > (lo + interval '6 months')::date),
    ('cca-uren', soort = 'cca' AND uren > 32),
    ('cca-per-jaar', soort = 'cca' AND per_jaar > 1),
    ('cca-wachttijd', soort = 'cca' AND lo < (vorige_hi + interval '1 year')::date),
    ('lvg-indicatie-duur', soort = 'lvg-indicatie' AND hi > (lo + interval '3 years')::date)) AS c(code, faalt)
WHERE faalt;

UPDATE bench.controle_meting m SET rijen = n
FROM (VALUES ('bench.controleregel', (SELECT count(*) FROM bench.controleregel)),
             ('bench.trajectlijn', (SELECT count(*) FROM bench.trajectlijn))) AS t(tabel, n)
WHERE t.tabel = m.tabel;

-- ---------------------------------------------------------------------------
-- The same answers
-- ---------------------------------------------------------------------------
\warn '== measure-controle: the forms agree'
SELECT (WITH b AS MATERIALIZED (SELECT code, wlz.controlebeleid(code, NULL) AS beleid FROM wlz.zorgkantoor WHERE meegeleverd)
        SELECT count(*) FROM bench.controleregel r JOIN b ON b.code = r.zorgkantoor
        WHERE wlz.declaratiecontrole(r.zorgkantoor, r.prestatie, r.periode, r.ingediend, r.zorgprofiel, r.bedrag, r.verwacht, r.kenmerken)
              IS DISTINCT FROM
              wlz.declaratiecontrole(b.beleid, r.prestatie, r.periode, r.ingediend, r.zorgprofiel, r.bedrag, r.verwacht, r.kenmerken))
           AS beleid_anders,
       (SELECT count(*) FROM ((SELECT client FROM (SELECT client, wlz.combinatiecontrole(prestatie, periode) AS c
                                                   FROM bench.controleregel GROUP BY client) s WHERE cardinality(c) > 0
                               EXCEPT
                               SELECT DISTINCT a.client FROM wlz.combinatieregel_geldend r
                               JOIN bench.controleregel a ON a.prestatie = ANY (r.prestaties)
                               JOIN bench.controleregel b ON b.client = a.client AND b.prestatie = ANY (r.niet_met)
                               WHERE r.zorgkantoor IS NULL AND a.periode && b.periode
                                 AND (a.periode * b.periode) && coalesce(r.geldig, '(,)'::daterange))
                              UNION ALL
                              (SELECT DISTINCT a.client FROM wlz.combinatieregel_geldend r
                               JOIN bench.controleregel a ON a.prestatie = ANY (r.prestaties)
                               JOIN bench.controleregel b ON b.client = a.client AND b.prestatie = ANY (r.niet_met)
                               WHERE r.zorgkantoor IS NULL AND a.periode && b.periode
                                 AND (a.periode * b.periode) && coalesce(r.geldig, '(,)'::daterange)
                               EXCEPT
                               SELECT client FROM (SELECT client, wlz.combinatiecontrole(prestatie, periode) AS c
                                                   FROM bench.controleregel GROUP BY client) s WHERE cardinality(c) > 0)) d)
           AS combinatie_anders,
       (SELECT count(*) FROM ((SELECT client, code FROM (SELECT client, wlz.trajectcontrole(soort, periode, uren) AS c
                                                         FROM bench.trajectlijn GROUP BY client) s, unnest(c) AS code
                               EXCEPT SELECT client, code FROM bench.traject_sql)
                              UNION ALL
                              (SELECT client, code FROM bench.traject_sql
                               EXCEPT SELECT client, code FROM (SELECT client, wlz.trajectcontrole(soort, periode, uren) AS c
                                                                FROM bench.trajectlijn GROUP BY client) s, unnest(c) AS code)) d)
           AS traject_anders \gset
\echo 'declaratiecontrole: table form and policy form differ on' :beleid_anders 'lines;'
\echo 'combinatiecontrole and the self-join differ on' :combinatie_anders 'clients; trajectcontrole and the window SQL on' :traject_anders '(client, code) pairs'

-- ---------------------------------------------------------------------------
-- The measurements
-- ---------------------------------------------------------------------------
\set i 1
\ir measure-controle-een.sql
\set i 2
\ir measure-controle-een.sql
\set i 3
\ir measure-controle-een.sql
\set i 4
\ir measure-controle-een.sql
\set i 5
\ir measure-controle-een.sql

\echo
\echo 'make bench, declaration controls: best of' :runs 'runs; ms = executor time (EXPLAIN ANALYZE, TIMING OFF);'
\echo 'C/(a) = C ms / (a) ms: per line the target is <= 2 against wlz.tarief on the same rows;'
\echo 'for the aggregates (a) is the plain SQL an analyst would write; 1 proc = max_parallel_workers_per_gather = 0'
\echo
SELECT nr AS "#", functie AS "function", to_char(rijen, 'FM999G999G999') AS "rows",
       to_char(c_ms, 'FM999G990D0') AS "C ms", tegen AS "(a)", to_char(a_ms, 'FM999G990D0') AS "(a) ms",
       to_char(c_ms / nullif(a_ms, 0), 'FM990D00') AS "C/(a)",
       c_workers AS "workers",
       to_char(c1_ms, 'FM999G990D0') AS "C 1 proc ms", to_char(a1_ms, 'FM999G990D0') AS "(a) 1 proc ms",
       to_char(c1_ms / nullif(a1_ms, 0), 'FM990D00') AS "C/(a) 1 proc"
FROM bench.controle_meting ORDER BY nr;
