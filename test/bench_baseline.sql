-- test/bench_baseline.sql: the baselines (b) of make bench (test/bench/baseline.sql)
-- give the same answers as the C functions, on the small sample of
-- test/bench/data.sql, so that the comparison make bench prints is honest.
-- Each check counts the rows where the two differ (must be 0) and something
-- non-trivial about the rows compared, so that it cannot pass on no rows.
-- Everything (the schema bench, the synthetic policy rows) goes with the ROLLBACK.
BEGIN;
SELECT plan(16);
SET LOCAL client_min_messages = warning;

\set klein 1
\ir bench/data.sql
\ir bench/baseline.sql

-- is_werkdag
SELECT is((SELECT count(*) FROM bench.dag t JOIN bench.is_werkdag_b b USING (id)
           WHERE wlz.is_werkdag(t.d) IS DISTINCT FROM b.werkdag), 0::bigint,
          'is_werkdag: the holiday table gives the same answer on every sample day');
SELECT ok((SELECT count(*) FILTER (WHERE wlz.is_werkdag(d)) BETWEEN 13000 AND 14500
                  AND count(*) FILTER (WHERE wlz.is_feestdag(d) AND extract(isodow FROM d) < 6) > 100
           FROM bench.dag),
          'is_werkdag: 20 000 days, about 69 % werkdagen, more than 100 weekday holidays among them');

-- werkdagen, both directions
SELECT is((SELECT count(*) FROM bench.dag t JOIN bench.werkdagen_b b USING (id)
           WHERE wlz.werkdagen(t.d, t.tot) IS DISTINCT FROM b.werkdagen
              OR wlz.werkdagen(t.tot, t.d) IS DISTINCT FROM -b.werkdagen), 0::bigint,
          'werkdagen: the calendar join gives the same count, forwards and backwards');
SELECT ok((SELECT count(*) = 20000 AND count(*) FILTER (WHERE werkdagen < (tot - d) * 5 / 7 - 1) > 1000
           FROM bench.werkdagen_b),
          'werkdagen: 20 000 pairs, more than 1 000 of them with holidays in between');

-- date + n werkdagen
SELECT is((SELECT count(*) FROM generate_series(-7, 7, 7) AS n, bench.plus_werkdagen_b(n) AS b
           JOIN bench.dag AS t USING (id)
           WHERE t.d OPERATOR(wlz.+) (n || ' werkdagen')::wlz.termijn IS DISTINCT FROM b.resultaat),
          0::bigint,
          'date + n werkdagen: the calendar join gives the same day for -7, 0 and 7');
SELECT is((SELECT count(*) FROM bench.plus_werkdagen_b(5) AS b WHERE b.resultaat - b.d > 5),
          (SELECT count(*) FROM bench.dag WHERE (d OPERATOR(wlz.+) '5 werkdagen'::wlz.termijn) - d > 5),
          'date + 5 werkdagen: as many results beyond 5 calendar days either way');

-- termijn_einde, with and without the Algemene termijnenwet, over several units
CREATE TEMP TABLE termijn_einde_cmp AS
SELECT x.t, a.atw, d.d,
       wlz.termijn_einde(d.d, x.t::wlz.termijn, a.atw) AS c,
       bench.termijn_einde_b(d.d, split_part(x.t, ' ', 1)::integer, split_part(x.t, ' ', 2), a.atw) AS b
FROM bench.dag AS d,
     (VALUES ('20 kalenderdagen'), ('1 kalenderdag'), ('3 kalenderdagen'), ('91 kalenderdagen'),
             ('-3 kalenderdagen'), ('5 werkdagen'), ('0 werkdagen'), ('-2 werkdagen'), ('2 weken'),
             ('1 maand'), ('4 maanden'), ('1 jaar')) AS x(t),
     (VALUES (true), (false)) AS a(atw)
WHERE d.id <= 1000;
SELECT is((SELECT count(*) FROM termijn_einde_cmp WHERE c IS DISTINCT FROM b), 0::bigint,
          'termijn_einde: the PL/pgSQL version gives the same end for 12 terms, with and without the ATW');
SELECT ok((SELECT count(*) = 24000
                  AND count(*) FILTER (WHERE atw AND t = '20 kalenderdagen'
                                       AND c > (d + 20 + time '23:59:59.999999') AT TIME ZONE 'Europe/Amsterdam') > 100
           FROM termijn_einde_cmp),
          'termijn_einde: 24 000 ends compared, more than 100 of them moved by the ATW');

-- tarief
SELECT is((SELECT count(*) FROM bench.declaratie
           WHERE wlz.tarief(nza_tarief, percentage) IS DISTINCT FROM bench.tarief_b(nza_tarief, percentage)),
          0::bigint, 'tarief: the expression gives the same amount for every declaration line');
SELECT ok((SELECT count(*) = 20000 AND count(DISTINCT wlz.tarief(nza_tarief, percentage)) > 10000
           FROM bench.declaratie),
          'tarief: 20 000 lines, more than 10 000 different amounts');

-- tariefpercentage
CREATE TEMP TABLE tariefpercentage_cmp AS
SELECT wlz.tariefpercentage(zorgkantoor, sector, jaar, prestatie, NULL, leveringsvorm, klasse,
                            historisch, coalesce(kenmerken, '{}')) AS c,
       bench.tariefpercentage_b(zorgkantoor, sector, jaar, prestatie, NULL, leveringsvorm, klasse,
                                historisch, coalesce(kenmerken, '{}')) AS b
FROM bench.declaratie;
SELECT is((SELECT count(*) FROM tariefpercentage_cmp WHERE c IS DISTINCT FROM b), 0::bigint,
          'tariefpercentage: the PL/pgSQL rule engine gives the same percentage for every declaration line');
SELECT ok((SELECT count(*) = 20000 AND count(DISTINCT c) > 100 FROM tariefpercentage_cmp),
          'tariefpercentage: 20 000 lines, more than 100 different percentages');

-- aanbiederklasse, for two zorgkantoren and peildata
CREATE TEMP TABLE klasse_cmp AS
SELECT v.zk, s.agb, s.c, b.klasse AS b
FROM (VALUES ('cz', date '2025-07-01', 2025), ('vgz', date '2024-03-01', 2025)) AS v(zk, peil, jaar),
     LATERAL (SELECT o.agb, wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, v.zk, v.peil, v.jaar) AS c
              FROM bench.overeenkomst AS o GROUP BY o.agb) AS s
     FULL JOIN LATERAL bench.aanbiederklasse_b(v.zk, v.peil, v.jaar) AS b USING (agb);
SELECT is((SELECT count(*) FROM klasse_cmp WHERE c IS DISTINCT FROM b), 0::bigint,
          'aanbiederklasse: range_agg gives the same class for every provider');
SELECT ok((SELECT count(*) FILTER (WHERE c = 'bestaand') > 300
                  AND count(*) FILTER (WHERE c = 'bestaand-maar-nieuw') > 2000
                  AND count(*) FILTER (WHERE c = 'nieuw') > 2000
           FROM klasse_cmp),
          'aanbiederklasse: every class occurs, hundreds of times');

-- richttariefpercentage per sector, on the sample and on 19 ever smaller parts of it
-- (a twentieth of the providers goes after each round)
CREATE TEMP TABLE richttarief_cmp (ronde integer, sector wlz.sector, c numeric, b numeric);
DO $$
BEGIN
    FOR ronde IN 0 .. 19 LOOP
        DELETE FROM bench.aanbieder WHERE id % 20 = ronde - 1;
        INSERT INTO richttarief_cmp
        SELECT ronde, sector, c.c, b.richttariefpercentage
        FROM (SELECT sector, wlz.richttariefpercentage(kostenpercentage, marktaandeel) AS c
              FROM bench.aanbieder GROUP BY sector) AS c
        FULL JOIN bench.richttariefpercentage_b AS b USING (sector);
    END LOOP;
END
$$;
SELECT is((SELECT count(*) FROM richttarief_cmp WHERE c IS DISTINCT FROM b), 0::bigint,
          'richttariefpercentage: the window sums give the same percentage per sector, 20 times');
SELECT ok((SELECT count(*) = 60 AND count(DISTINCT c) > 5 FROM richttarief_cmp),
          'richttariefpercentage: 60 answers compared, more than 5 different ones');

SELECT * FROM finish();
ROLLBACK;
