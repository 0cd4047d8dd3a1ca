-- test/bench/data.sql: the benchmark's data, generated with generate_series and a
-- fixed seed, so every run measures the same rows.
--
-- psql variables (set before \i; each has the default of issue 7):
--   dagen          rows of bench.dag          (dates for the calendar and term
--                                             functions; 10^7)
--   declaraties    rows of bench.declaratie   (declaration lines for the tariff
--                                             functions; 10^7)
--   overeenkomsten rows of bench.overeenkomst (contracts for wlz.aanbiederklasse;
--                                             10^6, about 2.5 per provider)
--   aanbieders     rows of bench.aanbieder    (providers for wlz.richttariefpercentage;
--                                             10^5)
--   klein          when set: the small sample of test/bench_baseline.sql (2 * 10^4
--                  rows each, 3 000 providers) for the sizes not set explicitly
--
-- Tables are UNLOGGED (nothing to recover in a throw-away cluster, and a faster load);
-- unlogged tables are scanned in parallel like any other. The policy the tariff
-- functions read is a synthetic one for seven zorgkantoren of our own ('bench-1' ..
-- 'bench-7'), so shipped policy rows never change what is measured.

\if :{?klein}
\if :{?dagen}
\else
\set dagen 20000
\endif
\if :{?declaraties}
\else
\set declaraties 20000
\endif
\if :{?overeenkomsten}
\else
\set overeenkomsten 20000
\endif
\if :{?aanbieders}
\else
\set aanbieders 3000
\endif
\endif
\if :{?dagen}
\else
\set dagen 10000000
\endif
\if :{?declaraties}
\else
\set declaraties 10000000
\endif
\if :{?overeenkomsten}
\else
\set overeenkomsten 1000000
\endif
\if :{?aanbieders}
\else
\set aanbieders 100000
\endif

CREATE SCHEMA IF NOT EXISTS bench;
-- \gset: no output line (this file also runs inside a pgTAP test)
SELECT setseed(0.4242) AS bench_seed \gset

-- Dates 2000-2030 (inside the calendar 1965-2199) and a second date 0-90 days later.
CREATE UNLOGGED TABLE bench.dag (
    id  integer NOT NULL,
    d   date NOT NULL,
    tot date NOT NULL
);
INSERT INTO bench.dag
SELECT i, d, d + (random() * 90)::integer
FROM (SELECT i, date '2000-01-01' + (random() * 11322)::integer AS d
      FROM generate_series(1, :dagen) AS i) AS x;

-- The policy: seven zorgkantoren, RT% for 2025 and 2026 (kept when the extension
-- ships them), and eight rules each per year that exercise every kind of scope,
-- groep and eindregel.
INSERT INTO wlz.zorgkantoor (code, naam)
SELECT 'bench-' || i, 'benchmark-zorgkantoor ' || i FROM generate_series(1, 7) AS i;
INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES
  ('VV', 2025, 97.1), ('GZ', 2025, 97.8), ('GGZ', 2025, 97.3),
  ('VV', 2026, 97.4), ('GZ', 2026, 98.1), ('GGZ', 2026, 97.6)
ON CONFLICT DO NOTHING;
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, leveringsvormen,
                             zorgprofielen, prestaties, kenmerk, groep, bewerking, waarde,
                             eindregel)
SELECT 'bench-' || z, r.sector, j, r.volgorde, r.klassen, r.leveringsvormen,
       r.zorgprofielen, r.prestaties, r.kenmerk, r.groep, r.bewerking,
       r.waarde + 0.25 * z, r.eindregel
FROM generate_series(1, 7) AS z, generate_series(2025, 2026) AS j,
     (VALUES
       (NULL::wlz.sector, 10, '{nieuw,bestaand-maar-nieuw}'::wlz.aanbiederklasse[],
        NULL::wlz.leveringsvorm[], NULL::text[], NULL::text[], NULL, 'instroom',
        'afslag'::wlz.bewerking, 2.0, false),
       (NULL, 15, NULL, NULL, NULL, NULL, 'historisch', 'basis', 'historisch', NULL, false),
       (NULL, 20, NULL, NULL, NULL, NULL, 'good-practices', 'kwaliteit', 'opslag', 1.0, false),
       ('VV', 30, NULL, '{vpt,mpt}', NULL, NULL, NULL, NULL, 'opslag', 0.25, false),
       ('GGZ', 40, NULL, NULL, '{W5,B7}', NULL, NULL, NULL, 'vast', 99.75, true),
       ('GZ', 50, NULL, NULL, NULL, '{VG7+}', NULL, NULL, 'factor', 100.5, false),
       (NULL, 60, '{nieuw}', NULL, NULL, NULL, NULL, NULL, 'maximum', NULL, false),
       (NULL, 70, NULL, NULL, NULL, NULL, NULL, NULL, 'minimum', 90.0, false)
     ) AS r(sector, volgorde, klassen, leveringsvormen, zorgprofielen, prestaties, kenmerk,
            groep, bewerking, waarde, eindregel);

-- Declaration lines: a zorgkantoor, sector and year, a prestatie (a zorgprofiel of
-- that sector, sometimes a prestatiecode), leveringsvorm, class, now and then a
-- historical percentage or a kenmerk, and an NZa tariff and a percentage for wlz.tarief.
CREATE UNLOGGED TABLE bench.declaratie (
    id            integer NOT NULL,
    zorgkantoor   text NOT NULL,
    sector        wlz.sector NOT NULL,
    jaar          integer NOT NULL,
    prestatie     text,
    leveringsvorm wlz.leveringsvorm,
    klasse        wlz.aanbiederklasse,
    historisch    numeric,
    kenmerken     text[],
    nza_tarief    numeric NOT NULL,
    percentage    numeric NOT NULL
);
INSERT INTO bench.declaratie
SELECT x.i,
       'bench-' || (1 + floor(random() * 7)::integer),
       s.sector,
       2025 + (random() < 0.5)::integer,
       CASE WHEN random() < 0.05 THEN s.codes[1 + floor(random() * cardinality(s.codes))::integer]
            ELSE s.profielen[1 + floor(random() * cardinality(s.profielen))::integer] END,
       (ARRAY['verblijf', 'verblijf', 'verblijf', 'vpt', 'mpt', 'dtv']::wlz.leveringsvorm[])
         [1 + floor(random() * 6)::integer],
       CASE WHEN x.k < 0.85 THEN 'bestaand' WHEN x.k < 0.95 THEN 'bestaand-maar-nieuw'
            ELSE 'nieuw' END::wlz.aanbiederklasse,
       CASE WHEN random() < 0.03 THEN round((90 + random() * 10)::numeric, 1) END,
       CASE WHEN random() < 0.10 THEN '{good-practices}'::text[] END,
       round((80 + random() * 270)::numeric, 2),
       round((90 + random() * 10)::numeric, 3)
FROM (SELECT i, random() AS k, random() AS s FROM generate_series(1, :declaraties) AS i) AS x,
     LATERAL (SELECT sector, profielen, codes
              FROM (VALUES
                ('VV'::wlz.sector, 0.5,
                 '{1VV,2VV,3VV,4VV,5VV,6VV,7VV,8VV,9VV,10VV}'::text[], '{H335,H336}'::text[]),
                ('GZ', 0.85, '{1VG,2VG,3VG,4VG,5VG,6VG,7VG,8VG,VG7+,1LVG,3LG,2ZGaud}', '{Z472,Z473}'),
                ('GGZ', 1.01, '{1GGZ B,3GGZ B,7GGZ B,2GGZ C,4GGZ W,5GGZ W}', '{Z1007,Z1008}')
              ) AS v(sector, tot, profielen, codes)
              WHERE x.s < v.tot ORDER BY v.tot LIMIT 1) AS s;

-- Providers of the richttarief model: a kostenpercentage with one decimal (so many
-- ties) and a market share, in the three sectors.
CREATE UNLOGGED TABLE bench.aanbieder (
    id               integer NOT NULL,
    sector           wlz.sector NOT NULL,
    kostenpercentage numeric,
    marktaandeel     numeric
);
INSERT INTO bench.aanbieder
SELECT i, (ARRAY['VV', 'GZ', 'GGZ']::wlz.sector[])[1 + i % 3],
       round((85 + random() * 20)::numeric, 1),
       round((random() * random() * 1000)::numeric, 4)
FROM generate_series(1, :aanbieders) AS i;

-- Contracts for the classification aggregate: about 2.5 per provider with the seven
-- zorgkantoren of SPEC 1, 2019-2027; whole calendar years (chains and gaps), running
-- ones, half-year starts a day off now and then, a few empty ranges, as
-- test/klasse_parallel.sql generates them. Meant to go in in random order, but they do
-- not: the planner computes the ORDER BY random() once per row and uses that value for
-- every random() of the select list as well, so agb, the zorgkantoor and the lengths
-- of the contracts follow the sort key. The table is therefore sorted by agb and each provider's contracts are all with
-- one zorgkantoor (zilverenkruis for agb 1-57 142, cz next, and so on). Kept as it is,
-- so that make bench measures what earlier runs measured; README "Performance: make
-- bench" says what a shuffled table with mixed zorgkantoren does to row 7.
CREATE UNLOGGED TABLE bench.overeenkomst (
    id          integer NOT NULL,
    agb         integer NOT NULL,
    zorgkantoor text NOT NULL,
    looptijd    daterange NOT NULL
);
INSERT INTO bench.overeenkomst
SELECT i, 1 + floor(random() * (:overeenkomsten / 2.5))::integer,
       (ARRAY['zilverenkruis', 'cz', 'vgz', 'menzis', 'dsw', 'zorgenzekerheid', 'salland'])
         [1 + floor(random() * 7)::integer],
       CASE WHEN soort < 0.02 THEN 'empty'::daterange
            WHEN soort < 0.45 THEN daterange(make_date(j, 1, 1),
                                             make_date(j + floor(random() * 3)::integer + 1, 1, 1))
            WHEN soort < 0.55 THEN daterange(s, NULL)
            ELSE daterange(s, s + 30 + floor(random() * 1000)::integer) END
FROM (SELECT i, random() AS soort, 2019 + floor(random() * 7)::integer AS j,
             date '2019-01-01' + (floor(random() * 8)::integer * 182 + (random() < 0.5)::integer) AS s
      FROM generate_series(1, :overeenkomsten) AS i) AS g
ORDER BY random();
