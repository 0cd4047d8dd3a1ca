-- test/controle_parallel.sql: the aggregates of SPEC 9 (wlz.combinatiecontrole
-- and wlz.trajectcontrole, with and without a policy) give the same answers
-- when parallel workers aggregate parts of a client's lines and the leader
-- combines their partial states as when one process aggregates all of them.
--
-- As in test/klasse_parallel.sql and test/parallel_combine.sql: the lines go in
-- a table of two partitions, each line in a random one, and each partition is
-- aggregated apart (partitionwise aggregation) in two parallel workers, the
-- leader reading nothing (parallel_leader_participation = off). Every client
-- with lines in both partitions then reaches the leader as two partial states,
-- serialised in a worker and deserialised in the leader, and only the combine
-- function brings the two halves together: a VG7+ line in one half and a
-- toeslag in the other, or two halves of one traject. Each partition alone
-- gives other answers than the whole, so a combine function that lost a state
-- would fail here.
BEGIN;
SELECT plan(12);

-- The helpers and settings the parallel tests share.
\ir parallel_opzet.psql

-- ---------------------------------------------------------------------------
-- The lines: 20 000 clients (fixed seed), each with monthly lines of a
-- zorgprofiel in 2025-2027, one in three with VG7+ months and toeslagen
-- (listed or not) in months that sometimes meet them and sometimes do not,
-- and trajects of observatie, cca (with hours) and lvg-indicatie cut into
-- monthly pieces. Ordinary tables (workers cannot read temporary ones),
-- dropped by the ROLLBACK.
-- ---------------------------------------------------------------------------
SELECT setseed(0.1709);
SELECT pg_temp.twee_delen('controle_regel', 'client int, prestatie text, periode daterange');
INSERT INTO controle_regel
SELECT 1 + (random() < 0.5)::int, c, p, daterange(m, (m + interval '1 month')::date)
FROM generate_series(1, 20000) c,
     LATERAL (SELECT c % 3 = 0 AS vg7plus, 1 + (c * 7) % 11 AS van, (c * 13) % 7 AS duur) k,
     LATERAL (SELECT p, make_date(2025 + (i - 1) / 12, 1 + (i - 1) % 12, 1) AS m
              FROM generate_series(k.van, k.van + 14 + k.duur) i,
                   LATERAL (SELECT CASE WHEN k.vg7plus AND i >= 13 THEN 'VG7+' ELSE '7VG' END AS p
                            UNION ALL
                            SELECT (ARRAY['Z913', 'Z978', 'Z916', 'Z975', 'Z912'])[1 + (c + i) % 5]
                            WHERE (i + c) % (3 + c % 5) = 0) t) x;
ANALYZE controle_regel;

SELECT pg_temp.twee_delen('controle_traject', 'client int, soort text, periode daterange, uren numeric');
INSERT INTO controle_traject
SELECT 1 + (random() < 0.5)::int, c, s,
       daterange(greatest(m, v), least((m + interval '1 month')::date, v + l)),
       CASE WHEN s = 'cca' THEN (c % 9)::numeric END
FROM generate_series(1, 20000) c,
     LATERAL (SELECT (ARRAY['observatie', 'cca', 'lvg-indicatie'])[1 + c % 3] AS s,
                     date '2027-01-01' + (c * 31) % 400 AS v,
                     (ARRAY[150, 181, 182, 274, 276, 365, 1096, 1098])[1 + (c / 3) % 8] AS l) k,
     LATERAL (SELECT (date_trunc('month', k.v) + g * interval '1 month')::date AS m
              FROM generate_series(0, 40) g) x
WHERE m < v + l
UNION ALL
-- a second traject for some: soon after the first, or more than a year later
SELECT 1 + (random() < 0.5)::int, c, 'cca', daterange(d, d + 60), 6
FROM generate_series(2, 20000, 6) c,
     LATERAL (SELECT date '2027-01-01' + (c * 31) % 400 + (ARRAY[200, 400, 600])[1 + c % 3] AS d) x;
ANALYZE controle_traject;

CREATE FUNCTION pg_temp.vraag_combinatie(tabel text) RETURNS text LANGUAGE sql AS $$
    SELECT format($q$SELECT client, wlz.combinatiecontrole(prestatie, periode) AS landelijk,
                            wlz.combinatiecontrole((SELECT wlz.controlebeleid('cz', NULL)), prestatie, periode) AS beleid
                     FROM %I GROUP BY client$q$, tabel)
$$;
CREATE FUNCTION pg_temp.vraag_traject(tabel text) RETURNS text LANGUAGE sql AS $$
    SELECT format($q$SELECT client, wlz.trajectcontrole(soort, periode) AS zonder_uren,
                            wlz.trajectcontrole(soort, periode, uren) AS landelijk,
                            wlz.trajectcontrole((SELECT wlz.controlebeleid('vgz', NULL)), soort, periode) AS beleid_zonder_uren,
                            wlz.trajectcontrole((SELECT wlz.controlebeleid('vgz', NULL)), soort, periode, uren) AS beleid
                     FROM %I GROUP BY client$q$, tabel)
$$;

-- Serial: all lines, and each partition alone.
SET LOCAL max_parallel_workers_per_gather = 0;
SELECT pg_temp.draai('serieel_combinatie', pg_temp.vraag_combinatie('controle_regel'));
SELECT pg_temp.draai('deel1_combinatie', pg_temp.vraag_combinatie('controle_regel_1'));
SELECT pg_temp.draai('deel2_combinatie', pg_temp.vraag_combinatie('controle_regel_2'));
SELECT pg_temp.draai('serieel_traject', pg_temp.vraag_traject('controle_traject'));
SELECT pg_temp.draai('deel1_traject', pg_temp.vraag_traject('controle_traject_1'));
SELECT pg_temp.draai('deel2_traject', pg_temp.vraag_traject('controle_traject_2'));

SELECT ok((SELECT count(*) FILTER (WHERE landelijk = '{vg7plus-combinatie}') BETWEEN 1000 AND 10000
                  AND count(*) FILTER (WHERE landelijk = '{}') > 10000
                  AND bool_and(landelijk = beleid)
           FROM serieel_combinatie),
          'serial: between 1 000 and 10 000 of the 20 000 clients have VG7+ and a toeslag on one day, and both forms agree');
SELECT ok((SELECT count(DISTINCT landelijk) >= 6 AND bool_and(landelijk = beleid) AND bool_and(zonder_uren = beleid_zonder_uren)
           FROM serieel_traject),
          'serial: the trajects give at least six different answers, and both forms agree');
SELECT cmp_ok((SELECT count(*) FROM serieel_combinatie s JOIN deel1_combinatie d USING (client) WHERE s.landelijk <> d.landelijk)
              + (SELECT count(*) FROM serieel_combinatie s JOIN deel2_combinatie d USING (client) WHERE s.landelijk <> d.landelijk),
              '>', 500::bigint,
              'combination: for more than 500 clients a partition alone gives another answer than all lines');
SELECT cmp_ok((SELECT count(*) FROM serieel_traject s JOIN deel1_traject d USING (client) WHERE s.landelijk <> d.landelijk)
              + (SELECT count(*) FROM serieel_traject s JOIN deel2_traject d USING (client) WHERE s.landelijk <> d.landelijk),
              '>', 2000::bigint,
              'traject: for more than 2 000 clients a partition alone gives another answer than all lines');

-- Parallel: two workers, each partition aggregated apart; the leader only
-- gathers and combines. A group per client is cheap to hash, so a high cost
-- for the transition functions (this transaction only) tips the planner to
-- partial aggregation, as in test/klasse_parallel.sql.
ALTER FUNCTION wlz.combinatiecontrole_stap(internal, text, daterange) COST 1000;
ALTER FUNCTION wlz.combinatiecontrole_stap(internal, wlz.controlebeleid, text, daterange) COST 1000;
ALTER FUNCTION wlz.trajectcontrole_stap(internal, text, daterange) COST 1000;
ALTER FUNCTION wlz.trajectcontrole_stap(internal, text, daterange, numeric) COST 1000;
ALTER FUNCTION wlz.trajectcontrole_stap(internal, wlz.controlebeleid, text, daterange) COST 1000;
ALTER FUNCTION wlz.trajectcontrole_stap(internal, wlz.controlebeleid, text, daterange, numeric) COST 1000;
SELECT pg_temp.parallel_combineren();
SET LOCAL work_mem = '256MB';   -- a hash table for the 20 000 states, per partition
SET LOCAL enable_sort = off;     -- hash, per partition, rather than one sort over both
SELECT pg_temp.draai('parallel_combinatie', pg_temp.vraag_combinatie('controle_regel'));
SELECT pg_temp.draai('parallel_traject', pg_temp.vraag_traject('controle_traject'));

SELECT is((v.gestart, v.deelaggregaten), (2, 2), 'combination: two workers, a partial aggregate for each partition')
FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'parallel_combinatie';
SELECT cmp_ok(v.deeltoestanden, '>=', (SELECT count(DISTINCT (client, deel)) FROM controle_regel),
              'combination: the leader gets a partial state for every client in every partition it has lines in, and merges them')
FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'parallel_combinatie';
SELECT is((v.gestart, v.deelaggregaten), (2, 2), 'traject: two workers, a partial aggregate for each partition')
FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'parallel_traject';
SELECT cmp_ok(v.deeltoestanden, '>=', (SELECT count(DISTINCT (client, deel)) FROM controle_traject),
              'traject: likewise')
FROM gedraaid, pg_temp.verloop(plan) v WHERE naam = 'parallel_traject';
SELECT results_eq('SELECT * FROM parallel_combinatie ORDER BY client', 'SELECT * FROM serieel_combinatie ORDER BY client',
                  'combination: parallel and serial give the same codes for every client, with and without a policy');
SELECT results_eq('SELECT * FROM parallel_traject ORDER BY client', 'SELECT * FROM serieel_traject ORDER BY client',
                  'traject: parallel and serial give the same codes for every client, in all four forms');

-- One group over all lines: the leader combines the two partitions' states.
SELECT pg_temp.draai('parallel_alles', $q$SELECT wlz.combinatiecontrole(prestatie, periode) AS c FROM controle_regel
                                         WHERE client IN (3, 5)$q$);
SELECT is((SELECT c FROM parallel_alles),
          (SELECT wlz.combinatiecontrole(prestatie, periode) FROM (SELECT * FROM controle_regel WHERE client IN (3, 5)
                                                                    ORDER BY client, periode) s),
          'a single group: the same answer');
SELECT cmp_ok((SELECT count(*) FROM (SELECT client FROM controle_regel GROUP BY client HAVING count(DISTINCT deel) = 2) s),
              '>', 19000::bigint, 'nearly all clients have lines in both partitions');

SELECT * FROM finish();
ROLLBACK;
