-- test/demo/data.sql: the demo data set of wlzcontract (SPEC 6).
--
-- A synthetic but realistic purchasing round of the seven zorgkantoren for the
-- gehandicaptenzorg, inkoopjaar 2026: about 2 000 providers, their
-- overeenkomsten 2020-2026, the inschrijvingen for 2026 around the deadlines of
-- wlz.termijnkalender, bezwaren and other requests, synthetic NZa maximum
-- tariffs and at least 10^6 declaration lines (January 2025 to June 2026).
-- Everything is built here with generate_series and random() after setseed, so
-- every run gives the same rows.  Nothing is real: names, AGB codes, amounts.
--
-- It lives in its own schema "demo" (CREATE SCHEMA fails when that exists:
-- drop it yourself, this file never drops anything).  The one thing it adds
-- outside that schema is the RT% GZ 2026 in wlz.richttarief, which the
-- documents do not give (published 5 September 2025), as a user row marked
-- synthetic, and only when there is no row for GZ 2026 yet.
--
--   psql -v ON_ERROR_STOP=1 -f test/demo/data.sql                 into any database with wlzcontract
--   psql -v ON_ERROR_STOP=1 -v declaraties=100000 -f ...          fewer declaration lines (default 1000000)
--
-- Nothing depends on the session's TimeZone: moments are built with wlz.lokaal
-- (a clock time in Europe/Amsterdam) and moved by whole seconds only.

\set ON_ERROR_STOP on
\if :{?declaraties}
\else
\set declaraties 1000000
\endif

\echo '== demo: schema demo, zaad (setseed) 0.2026'
BEGIN;
SET LOCAL client_min_messages = warning;
SET LOCAL synchronous_commit = off;
SELECT setseed(0.2026) \gset

CREATE SCHEMA demo;
COMMENT ON SCHEMA demo IS
  'demo-gegevens van wlzcontract (test/demo/data.sql): synthetisch, niets is echt';

-- ---------------------------------------------------------------------------
\echo '== richttarief GZ 2026 (synthetisch, alleen als er nog geen rij is)'
INSERT INTO wlz.richttarief (sector, jaar, percentage, bekendgemaakt, bron, toelichting, meegeleverd)
VALUES ('GZ', 2026, 98.2, date '2025-09-05', 'test/demo/data.sql',
        'synthetisch (demo): het RT% GZ 2026 is op 5 september 2025 bekendgemaakt en staat niet in de documenten; 98,2 is verzonnen',
        false)
ON CONFLICT (sector, jaar, meegeleverd) DO NOTHING;

-- ---------------------------------------------------------------------------
\echo '== aanbieders (2 000)'
-- Each provider has a home zorgkantoor (weighted by size of the regions), a
-- place in one of its regions, a target group and a segment that decides its
-- contract history:
--   gevestigd (88 %)  contracts with the home zorgkantoor since 2020-2023,
--                     a third also with one or two other zorgkantoren
--   jong (7 %)        a first contract in 2025, from February to October
--   nieuw (5 %)       no contract at all
CREATE TABLE demo.aanbieder (
    agb          char(8) NOT NULL,
    naam         text NOT NULL,
    plaats       text,
    thuis        text NOT NULL,
    doelgroep    text NOT NULL,
    segment      text NOT NULL,
    omvang       integer NOT NULL,
    kenmerken    text[] NOT NULL DEFAULT '{}',
    historisch   numeric
);
COMMENT ON TABLE demo.aanbieder IS 'zorgaanbieders (synthetisch)';
COMMENT ON COLUMN demo.aanbieder.agb IS 'AGB-achtige code: 8 cijfers, 2 voor de soort en 6 volgnummer (synthetisch, niet geldig)';
COMMENT ON COLUMN demo.aanbieder.naam IS 'naam (verzonnen)';
COMMENT ON COLUMN demo.aanbieder.plaats IS 'vestigingsplaats';
COMMENT ON COLUMN demo.aanbieder.thuis IS 'zorgkantoor van de eigen regio (wlz.zorgkantoor.code)';
COMMENT ON COLUMN demo.aanbieder.doelgroep IS 'doelgroep: VG, LVG, LG, ZGvis of ZGaud';
COMMENT ON COLUMN demo.aanbieder.segment IS 'hoe de contracthistorie is gemaakt: gevestigd, jong of nieuw';
COMMENT ON COLUMN demo.aanbieder.omvang IS 'relatieve omvang (ongeveer het aantal clienten)';
COMMENT ON COLUMN demo.aanbieder.kenmerken IS 'kenmerken voor het tariefbeleid (wlz.tariefpercentage kenmerken)';
COMMENT ON COLUMN demo.aanbieder.historisch IS 'historisch lager tariefpercentage, als de aanbieder dat heeft';

INSERT INTO demo.aanbieder (agb, naam, plaats, thuis, doelgroep, segment, omvang, kenmerken, historisch)
SELECT CASE WHEN r.u1 < 0.8 THEN '73' ELSE '75' END || lpad((100000 + i * 104729 % 900000)::text, 6, '0'),
       concat_ws(' ', (ARRAY['Stichting', 'Zorggroep', 'Stichting', 'Woonzorg', 'Zorgboerderij',
                             'Stichting', 'Begeleid Wonen', 'Zorgcentrum'])[1 + n % 8],
                      (ARRAY['De Linde', 'Het Baken', 'Ons Huis', 'De Zonnehoek', 'De Brink', 'Het Veld',
                             'De Wingerd', 'Huize Esch', 'De Hoge Weide', 'Het Anker', 'De Ruimte',
                             'Zonnestraal', 'De Bolster', 'Het Gein', 'De Horst', 'Welgelegen', 'De Kim',
                             'Dichtbij', 'Samen Thuis', 'De Akker', 'Het Erf', 'De Waard', 'Klavertje Vier',
                             'De Hofstede', 'Het Palet', 'De Meander', 'Vogelzang', 'De Bongerd',
                             'Het Lichtpunt', 'De Kapberg'])[1 + (n / 8) % 30],
                      k.plaatsen[1 + (n / 240) % cardinality(k.plaatsen)]),
       k.plaatsen[1 + (n / 240) % cardinality(k.plaatsen)],
       k.code,
       CASE WHEN r.u3 < 0.65 THEN 'VG' WHEN r.u3 < 0.75 THEN 'LVG' WHEN r.u3 < 0.87 THEN 'LG'
            WHEN r.u3 < 0.93 THEN 'ZGvis' ELSE 'ZGaud' END,
       CASE WHEN r.u4 < 0.88 THEN 'gevestigd' WHEN r.u4 < 0.95 THEN 'jong' ELSE 'nieuw' END,
       -- sizes from 3 to about 600 clients, most of them small
       (3 + 600 * r.u5 ^ 4)::integer,
       array_remove(ARRAY[CASE WHEN r.u6 < 0.20 THEN 'good-practices' END,
                          CASE WHEN r.u7 < 0.06 THEN 'vg7plus' END,
                          CASE WHEN r.u7 > 0.90 THEN 'complexe-zorg' END], NULL),
       CASE WHEN r.u8 < 0.05 THEN round((92 + 5 * r.u1)::numeric, 1) END
FROM generate_series(1, 2000) AS i
CROSS JOIN LATERAL (SELECT (i * 7919) % 6000 AS n) p
CROSS JOIN LATERAL (SELECT random() AS u1, random() AS u2, random() AS u3, random() AS u4,
                           random() AS u5, random() AS u6, random() AS u7, random() AS u8, i AS rij) r
CROSS JOIN LATERAL (
    SELECT code, plaatsen FROM (VALUES
        (0.30, 'zilverenkruis', ARRAY['Amsterdam', 'Apeldoorn', 'Assen', 'Almere', 'Leeuwarden', 'Hilversum',
                                      'Haarlem', 'Rotterdam', 'Utrecht', 'Zaandam', 'Zwolle']),
        (0.52, 'cz', ARRAY['Den Haag', 'Spijkenisse', 'Middelburg', 'Breda', 'Eindhoven', 'Heerlen', 'Maastricht']),
        (0.72, 'vgz', ARRAY['Nijmegen', 'Arnhem', 'Tilburg', 'Den Bosch', 'Venlo', 'Roermond', 'Helmond']),
        (0.85, 'menzis', ARRAY['Enschede', 'Groningen', 'Doetinchem', 'Emmen', 'Hengelo']),
        (0.91, 'dsw', ARRAY['Schiedam', 'Vlaardingen', 'Delft', 'Maassluis']),
        (0.96, 'zorgenzekerheid', ARRAY['Leiden', 'Alphen aan den Rijn', 'Amstelveen', 'Hoofddorp']),
        (1.01, 'salland', ARRAY['Deventer', 'Raalte', 'Rijssen', 'Olst'])) AS z(tot, code, plaatsen)
    WHERE r.u2 < z.tot ORDER BY z.tot LIMIT 1) k
ORDER BY i;

-- ---------------------------------------------------------------------------
\echo '== overeenkomsten 2020-2025 en meerjarige tot en met 2026'
-- First the relations: which provider has had contracts with which
-- zorgkantoor, since when and in which pattern.  Then the contracts of each
-- pattern, as daterange with [) bounds:
--   meerjarig  yearly contracts from the start year, then 2024-2026 in one
--   tweejarig  yearly contracts, then 2025-2026 in one
--   jaarlijks  one contract per year (2026 comes after the inschrijving)
--   wijziging  yearly, 2025 split in two by an amendment that chains on
--   gat        yearly, 2024 ends early and 2025 starts late: a gap
--   lopend     one contract without an end date
--   gestopt    yearly, the last ending in 2022, 2023 or 2024
--   jong       a first contract in 2025 (the segment jong)
CREATE TABLE demo.relatie (
    agb          char(8) NOT NULL,
    zorgkantoor  text NOT NULL,
    thuis        boolean NOT NULL,
    patroon      text NOT NULL,
    beginjaar    integer NOT NULL,
    maand_a      integer NOT NULL,
    maand_b      integer NOT NULL
);
COMMENT ON TABLE demo.relatie IS 'hoe de contracthistorie van een aanbieder met een zorgkantoor is gemaakt (hulptabel van de demo)';
COMMENT ON COLUMN demo.relatie.agb IS 'aanbieder';
COMMENT ON COLUMN demo.relatie.zorgkantoor IS 'zorgkantoor';
COMMENT ON COLUMN demo.relatie.thuis IS 'het zorgkantoor van de eigen regio';
COMMENT ON COLUMN demo.relatie.patroon IS 'patroon van de overeenkomsten (zie data.sql)';
COMMENT ON COLUMN demo.relatie.beginjaar IS 'jaar van de eerste overeenkomst';
COMMENT ON COLUMN demo.relatie.maand_a IS 'maand waarin een overeenkomst eindigt of wijzigt (patroon gat, wijziging, gestopt)';
COMMENT ON COLUMN demo.relatie.maand_b IS 'maand waarin een overeenkomst begint (patroon gat, jong)';

INSERT INTO demo.relatie
SELECT a.agb, a.code, a.code = a.thuis,
       CASE WHEN a.segment = 'jong' AND a.code = a.thuis THEN 'jong'
            WHEN u.p < 0.40 THEN 'meerjarig' WHEN u.p < 0.50 THEN 'tweejarig'
            WHEN u.p < 0.72 THEN 'jaarlijks' WHEN u.p < 0.79 THEN 'wijziging'
            WHEN u.p < 0.87 THEN 'gat' WHEN u.p < 0.92 THEN 'lopend' ELSE 'gestopt' END,
       CASE WHEN a.code = a.thuis THEN 2020 + floor(u.j * u.j * 4)::integer
            ELSE 2020 + floor(u.j * 6)::integer END,
       2 + floor(u.m * 10)::integer, 2 + floor(u.n * 9)::integer
FROM (SELECT a.agb, a.thuis, a.segment, z.code
      FROM demo.aanbieder a
      JOIN wlz.zorgkantoor z
        ON z.meegeleverd
       AND (z.code = a.thuis AND a.segment <> 'nieuw'
            -- about a third of the established providers also work in one or
            -- two other regions (chosen by a hash of the code, so fixed too)
            OR (a.segment = 'gevestigd' AND z.code <> a.thuis
                AND ((abs(hashtext(a.agb || 'elders')) % 100 < 33 AND abs(hashtext(a.agb || z.code)) % 6 = 0)
                     OR (abs(hashtext(a.agb || 'ver')) % 100 < 12 AND abs(hashtext(z.code || a.agb)) % 6 = 1))))
      ORDER BY a.agb, z.code) a
-- random() in a LATERAL subquery that refers to the row: one draw per row, in
-- the order of the sorted rows, so the same after every setseed
CROSS JOIN LATERAL (SELECT random() AS p, random() AS j, random() AS m, random() AS n, a.agb, a.code) u;

CREATE TABLE demo.overeenkomst (
    id           integer GENERATED BY DEFAULT AS IDENTITY,
    agb          char(8) NOT NULL,
    zorgkantoor  text NOT NULL,
    sector       wlz.sector NOT NULL DEFAULT 'GZ',
    looptijd     daterange NOT NULL,
    soort        text
);
COMMENT ON TABLE demo.overeenkomst IS 'Wlz-overeenkomsten van aanbieders met zorgkantoren, 2020-2026 (synthetisch)';
COMMENT ON COLUMN demo.overeenkomst.id IS 'nummer';
COMMENT ON COLUMN demo.overeenkomst.agb IS 'aanbieder';
COMMENT ON COLUMN demo.overeenkomst.zorgkantoor IS 'zorgkantoor';
COMMENT ON COLUMN demo.overeenkomst.sector IS 'sector';
COMMENT ON COLUMN demo.overeenkomst.looptijd IS 'looptijd, [) zoals daterange; zonder einde: lopend';
COMMENT ON COLUMN demo.overeenkomst.soort IS 'eenjarig, meerjarig, wijziging, doorlopend of 2026 (na de inschrijving)';

INSERT INTO demo.overeenkomst (agb, zorgkantoor, looptijd, soort)
SELECT agb, zorgkantoor, looptijd, soort FROM (
    -- yearly contracts before the multi-year one, or all of them
    SELECT r.agb, r.zorgkantoor, daterange(make_date(y, 1, 1), make_date(y + 1, 1, 1)) AS looptijd,
           'eenjarig' AS soort
    FROM demo.relatie r,
         generate_series(r.beginjaar,
                         CASE r.patroon WHEN 'meerjarig' THEN 2023 WHEN 'tweejarig' THEN 2024
                                        WHEN 'jaarlijks' THEN 2025 WHEN 'wijziging' THEN 2024
                                        WHEN 'gat' THEN 2023
                                        WHEN 'gestopt' THEN greatest(r.beginjaar, 2022 + r.maand_a % 3)
                                        ELSE 0 END) AS y
    WHERE r.patroon IN ('meerjarig', 'tweejarig', 'jaarlijks', 'wijziging', 'gat', 'gestopt')
    UNION ALL
    SELECT agb, zorgkantoor, daterange('2024-01-01', '2027-01-01'), 'meerjarig'
    FROM demo.relatie WHERE patroon = 'meerjarig'
    UNION ALL
    SELECT agb, zorgkantoor, daterange('2025-01-01', '2027-01-01'), 'meerjarig'
    FROM demo.relatie WHERE patroon = 'tweejarig'
    UNION ALL
    -- an amendment: the 2025 contract is replaced mid-year, without a gap
    SELECT agb, zorgkantoor, daterange('2025-01-01', make_date(2025, maand_a, 1)), 'eenjarig'
    FROM demo.relatie WHERE patroon = 'wijziging'
    UNION ALL
    SELECT agb, zorgkantoor, daterange(make_date(2025, maand_a, 1), '2026-01-01'), 'wijziging'
    FROM demo.relatie WHERE patroon = 'wijziging'
    UNION ALL
    -- a gap: 2024 ends early, 2025 starts late
    SELECT agb, zorgkantoor, daterange('2024-01-01', make_date(2024, maand_a, 1)), 'eenjarig'
    FROM demo.relatie WHERE patroon = 'gat'
    UNION ALL
    SELECT agb, zorgkantoor, daterange(make_date(2025, maand_b, 1), '2026-01-01'), 'eenjarig'
    FROM demo.relatie WHERE patroon = 'gat'
    UNION ALL
    SELECT agb, zorgkantoor, daterange(make_date(beginjaar, 1, 1), NULL), 'doorlopend'
    FROM demo.relatie WHERE patroon = 'lopend'
    UNION ALL
    SELECT agb, zorgkantoor, daterange(make_date(2025, maand_b, 1), '2026-01-01'), 'eenjarig'
    FROM demo.relatie WHERE patroon = 'jong'
) o
ORDER BY agb, zorgkantoor, lower(looptijd);

-- ---------------------------------------------------------------------------
\echo '== inschrijvingen inkoopjaar 2026 (rond de uiterste inschrijfdatum)'
-- Every provider registers for 2026 with each zorgkantoor it has had a
-- contract with since 2024, and some with a new one: the providers of the
-- segment nieuw, and one in eight of the others (a neighbouring region).
-- The moments: most in July 2025, more towards the end; some on a Saturday
-- or Sunday, some on the last day, some minutes or seconds after 17:00 on
-- 31 July (CZ's deadline, the only inschrijving deadline in the catalogue for
-- 2026), a few days late.  The other zorgkantoren' documents give no date; the
-- rows are spread the same way.
CREATE TABLE demo.inschrijving (
    id           integer GENERATED BY DEFAULT AS IDENTITY,
    agb          char(8) NOT NULL,
    zorgkantoor  text NOT NULL,
    sector       wlz.sector NOT NULL DEFAULT 'GZ',
    inkoopjaar   integer NOT NULL,
    ingediend    timestamptz NOT NULL,
    peildatum    date GENERATED ALWAYS AS ((ingediend AT TIME ZONE 'Europe/Amsterdam')::date) STORED
);
COMMENT ON TABLE demo.inschrijving IS 'inschrijvingen voor een inkoopjaar (synthetisch)';
COMMENT ON COLUMN demo.inschrijving.id IS 'nummer';
COMMENT ON COLUMN demo.inschrijving.agb IS 'aanbieder';
COMMENT ON COLUMN demo.inschrijving.zorgkantoor IS 'zorgkantoor waar ingeschreven is';
COMMENT ON COLUMN demo.inschrijving.sector IS 'sector';
COMMENT ON COLUMN demo.inschrijving.inkoopjaar IS 'inkoopjaar';
COMMENT ON COLUMN demo.inschrijving.ingediend IS 'moment van indienen';
COMMENT ON COLUMN demo.inschrijving.peildatum IS 'de dag van indienen in Europe/Amsterdam: de peildatum van de klasse';

INSERT INTO demo.inschrijving (agb, zorgkantoor, inkoopjaar, ingediend)
SELECT w.agb, w.zorgkantoor, 2026,
       CASE
         -- seconds to minutes after 17:00 on the last day
         WHEN t.v < 0.012 THEN wlz.lokaal('2025-07-31', '17:00') + make_interval(secs => 1 + floor(t.w * 900))
         -- that evening or the days after, one of them a Saturday
         WHEN t.v < 0.025 THEN wlz.lokaal(date '2025-07-31' + floor(t.w * 3)::integer, '17:00')
                               + make_interval(secs => floor(t.x * 6 * 3600))
         -- the last day, before 17:00
         WHEN t.v < 0.200 THEN wlz.lokaal('2025-07-31', '08:00') + make_interval(secs => floor(t.w * 9 * 3600))
         -- July, more towards the end, at any time of day (weekends included)
         ELSE wlz.lokaal(date '2025-07-01' + floor(29.99 * sqrt(t.w))::integer, '07:00')
              + make_interval(secs => floor(t.x * 16 * 3600))
       END
FROM (
    SELECT a.agb, r.zorgkantoor
    FROM demo.aanbieder a JOIN demo.relatie r USING (agb)
    WHERE r.patroon <> 'gestopt' OR greatest(r.beginjaar, 2022 + r.maand_a % 3) >= 2024
    UNION
    SELECT a.agb, z.code
    FROM demo.aanbieder a
    JOIN wlz.zorgkantoor z ON z.meegeleverd
    WHERE (a.segment = 'nieuw' AND z.code = a.thuis)
       OR (a.segment <> 'nieuw' AND abs(hashtext(a.agb || 'buur')) % 8 = 0
           AND z.code = (ARRAY['zilverenkruis', 'cz', 'vgz', 'menzis', 'dsw', 'zorgenzekerheid', 'salland'])
                        [1 + abs(hashtext(a.agb)) % 7]
           AND NOT EXISTS (SELECT FROM demo.relatie r WHERE r.agb = a.agb AND r.zorgkantoor = z.code))
    ORDER BY 1, 2
) w
CROSS JOIN LATERAL (SELECT random() AS v, random() AS w, random() AS x, w.agb, w.zorgkantoor) t;

-- ---------------------------------------------------------------------------
\echo '== overeenkomsten 2026 (na een tijdige inschrijving)'
-- Who registered in time and has no contract for 2026 yet gets a one-year
-- contract 2026 (signed in November 2025); a late inschrijving with CZ gets none.
INSERT INTO demo.overeenkomst (agb, zorgkantoor, looptijd, soort)
SELECT i.agb, i.zorgkantoor, daterange('2026-01-01', '2027-01-01'), '2026'
FROM demo.inschrijving i
WHERE NOT EXISTS (SELECT FROM demo.overeenkomst o
                  WHERE o.agb = i.agb AND o.zorgkantoor = i.zorgkantoor
                    AND o.looptijd @> date '2026-01-01')
  AND (i.zorgkantoor <> 'cz' OR i.ingediend <= wlz.lokaal('2025-07-31', '17:00'))
ORDER BY i.agb, i.zorgkantoor;

-- ---------------------------------------------------------------------------
\echo '== bezwaren en verzoeken (rond hun termijn)'
-- Per zorgkantoor the steps of 2026 against which providers object or file a
-- request, at the deadline of wlz.termijnkalender: most in the days before,
-- some on the last day up to 23:59:59, some just after midnight, on the
-- Saturday after, or days late.
CREATE TABLE demo.bezwaar (
    id           integer GENERATED BY DEFAULT AS IDENTITY,
    agb          char(8) NOT NULL,
    zorgkantoor  text NOT NULL,
    sector       wlz.sector NOT NULL DEFAULT 'GZ',
    inkoopjaar   integer NOT NULL,
    stap         text NOT NULL,
    ingediend    timestamptz NOT NULL
);
COMMENT ON TABLE demo.bezwaar IS 'bezwaren en verzoeken van aanbieders per stap van de termijnkalender (synthetisch)';
COMMENT ON COLUMN demo.bezwaar.id IS 'nummer';
COMMENT ON COLUMN demo.bezwaar.agb IS 'aanbieder';
COMMENT ON COLUMN demo.bezwaar.zorgkantoor IS 'zorgkantoor';
COMMENT ON COLUMN demo.bezwaar.sector IS 'sector';
COMMENT ON COLUMN demo.bezwaar.inkoopjaar IS 'inkoopjaar';
COMMENT ON COLUMN demo.bezwaar.stap IS 'stap van wlz.termijnkalender (bezwaar-inkoopbeleid, bezwaar-richttarief, hardheidsclausule, ...)';
COMMENT ON COLUMN demo.bezwaar.ingediend IS 'moment van indienen';

WITH stap AS MATERIALIZED (
    -- only the steps with a row for this zorgkantoor that resolves to a moment
    -- (Menzis' objection counts back from an inschrijving date that the
    -- documents do not give)
    SELECT z.code, st.stap, st.kans
    FROM wlz.zorgkantoor z
    CROSS JOIN (VALUES ('bezwaar-inkoopbeleid', 0.04), ('bezwaar-richttarief', 0.06),
                       ('hardheidsclausule', 0.05), ('bezwaar-beoordeling', 0.05)) AS st(stap, kans)
    WHERE z.meegeleverd
      AND EXISTS (SELECT FROM wlz.termijnkalender t
                  WHERE t.inkoopjaar = 2026 AND t.zorgkantoor = z.code AND t.stap = st.stap
                    AND (t.sector = 'GZ' OR t.sector IS NULL)
                    AND t.na_stap IS DISTINCT FROM 'inschrijving')
), termijn AS MATERIALIZED (
    SELECT code, stap, kans, dag, wlz.lokaal(dag + 1, '00:00') AS dag_na
    FROM stap
    CROSS JOIN LATERAL (SELECT (wlz.uiterste(code, 2026, stap, 'GZ') AT TIME ZONE 'Europe/Amsterdam')::date AS dag) d
)
INSERT INTO demo.bezwaar (agb, zorgkantoor, inkoopjaar, stap, ingediend)
SELECT p.agb, p.zorgkantoor, 2026, p.stap,
       CASE
         WHEN t.v < 0.03 THEN p.dag_na + make_interval(secs => floor(t.w * 120))                 -- just after midnight
         WHEN t.v < 0.06 THEN wlz.lokaal(p.dag + 1 + (12 - extract(isodow FROM p.dag)::integer) % 7,
                                        '10:00') + make_interval(secs => floor(t.w * 6 * 3600))  -- the Saturday after
         WHEN t.v < 0.09 THEN wlz.lokaal(p.dag + 1 + floor(t.w * 5)::integer, '09:00')
                              + make_interval(secs => floor(t.x * 8 * 3600))                     -- days late
         WHEN t.v < 0.13 THEN p.dag_na - make_interval(secs => 1 + floor(t.w * 7200))            -- the last hours
         ELSE wlz.lokaal(p.dag - floor(t.w * t.w * 14)::integer, '08:00')
              + make_interval(secs => floor(t.x * 10 * 3600))                                    -- before
       END
FROM (SELECT i.id, i.agb, i.zorgkantoor, s.stap, s.kans, s.dag, s.dag_na
      FROM demo.inschrijving i JOIN termijn s ON s.code = i.zorgkantoor
      ORDER BY i.id, s.stap) p
CROSS JOIN LATERAL (SELECT random() AS k, random() AS v, random() AS w, random() AS x, p.id, p.stap) t
WHERE t.k < p.kans;

CREATE TABLE demo.verzoek_toelichting (
    id               integer GENERATED BY DEFAULT AS IDENTITY,
    inschrijving_id  integer NOT NULL,
    verzocht         timestamptz NOT NULL,
    beantwoord       timestamptz
);
COMMENT ON TABLE demo.verzoek_toelichting IS
  'verzoeken van het zorgkantoor om een inschrijving toe te lichten; CZ geeft daarvoor 5 werkdagen (wlz.termijnkalender, stap toelichting-inschrijving)';
COMMENT ON COLUMN demo.verzoek_toelichting.id IS 'nummer';
COMMENT ON COLUMN demo.verzoek_toelichting.inschrijving_id IS 'inschrijving (demo.inschrijving.id)';
COMMENT ON COLUMN demo.verzoek_toelichting.verzocht IS 'moment van het verzoek';
COMMENT ON COLUMN demo.verzoek_toelichting.beantwoord IS 'moment van het antwoord (NULL: geen antwoord)';

-- Requests on a working day in August 2025, answered within one to ten days.
INSERT INTO demo.verzoek_toelichting (inschrijving_id, verzocht, beantwoord)
SELECT i.id, v.verzocht,
       CASE WHEN t.w < 0.03 THEN NULL
            ELSE v.verzocht + make_interval(secs => floor((1 + 9 * t.x * t.x) * 86400)) END
FROM demo.inschrijving i
CROSS JOIN LATERAL (SELECT random() AS k, random() AS d, random() AS h, random() AS w, random() AS x, i.id) t
CROSS JOIN LATERAL (SELECT wlz.lokaal(wlz.werkdag_van_maand('2025-08-01', 1 + floor(t.d * 15)::integer), '09:00')
                           + make_interval(secs => floor(t.h * 8 * 3600)) AS verzocht) v
WHERE i.zorgkantoor = 'cz' AND t.k < 0.08
ORDER BY i.id;

-- ---------------------------------------------------------------------------
\echo '== NZa-maximumtarieven 2025 en 2026 (synthetisch)'
-- The NZa's real tariff tables are not public in a readable form
-- (reference.md 1.7): these amounts are made up, in the right order of
-- magnitude, per prestatie and leveringsvorm, split into the care component
-- and NHC / NIC.  2026 is 2025 plus 3.85 %.
CREATE TABLE demo.nza_tarief (
    jaar          integer NOT NULL,
    prestatie     text NOT NULL,
    leveringsvorm wlz.leveringsvorm NOT NULL,
    eenheid       text NOT NULL,
    zorg          numeric(10,2) NOT NULL,
    nhc           numeric(10,2) NOT NULL,
    nic           numeric(10,2) NOT NULL,
    synthetisch   boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE demo.nza_tarief IS
  'SYNTHETISCH: verzonnen NZa-maximumtarieven per prestatie, leveringsvorm en jaar, in componenten zorg, NHC en NIC; geen echte NZa-bedragen';
COMMENT ON COLUMN demo.nza_tarief.jaar IS 'tariefjaar';
COMMENT ON COLUMN demo.nza_tarief.prestatie IS 'prestatie (wlz.prestatie.code)';
COMMENT ON COLUMN demo.nza_tarief.leveringsvorm IS 'leveringsvorm';
COMMENT ON COLUMN demo.nza_tarief.eenheid IS 'eenheid van het tarief: dag, uur of dagdeel';
COMMENT ON COLUMN demo.nza_tarief.zorg IS 'component zorg (euro per eenheid); hierop geldt het tariefpercentage';
COMMENT ON COLUMN demo.nza_tarief.nhc IS 'normatieve huisvestingscomponent (euro per eenheid), tegen 100 %';
COMMENT ON COLUMN demo.nza_tarief.nic IS 'normatieve inventariscomponent (euro per eenheid), tegen 100 %';
COMMENT ON COLUMN demo.nza_tarief.synthetisch IS 'true: het bedrag is verzonnen voor de demo, niet van de NZa';

INSERT INTO demo.nza_tarief (jaar, prestatie, leveringsvorm, eenheid, zorg, nhc, nic)
SELECT j.jaar, b.prestatie, l.vorm,
       CASE WHEN l.vorm = 'mpt' THEN 'uur' WHEN b.prestatie = 'Z913' THEN 'dagdeel' ELSE 'dag' END,
       round(CASE WHEN l.vorm = 'mpt' AND b.profiel THEN 71.35
                  WHEN l.vorm = 'vpt' AND b.profiel THEN b.zorg * 0.82
                  WHEN l.vorm = 'dtv' AND b.profiel THEN b.zorg * 0.90
                  ELSE b.zorg END * j.factor, 2),
       round(CASE WHEN NOT b.profiel OR l.vorm IN ('vpt', 'mpt') THEN 0
                  WHEN l.vorm = 'dtv' THEN 19.95 ELSE 39.85 END * j.factor, 2),
       round(CASE WHEN NOT b.profiel OR l.vorm IN ('vpt', 'mpt') THEN 0
                  WHEN l.vorm = 'dtv' THEN 3.10 ELSE 6.15 END * j.factor, 2)
FROM (VALUES ('1VG', 112.40, true), ('2VG', 141.75, true), ('3VG', 178.20, true), ('4VG', 209.65, true),
             ('5VG', 258.90, true), ('6VG', 301.30, true), ('7VG', 372.85, true), ('8VG', 331.60, true),
             ('VG7+', 548.00, true),
             ('1LVG', 205.10, true), ('2LVG', 251.45, true), ('3LVG', 318.70, true), ('4LVG', 364.20, true),
             ('5LVG', 421.95, true), ('1SGLVG', 547.30, true),
             ('1LG', 128.35, true), ('2LG', 152.60, true), ('3LG', 187.15, true), ('4LG', 223.40, true),
             ('5LG', 262.80, true), ('6LG', 318.25, true), ('7LG', 381.90, true),
             ('1ZGvis', 148.70, true), ('2ZGvis', 189.35, true), ('3ZGvis', 246.10, true),
             ('4ZGvis', 297.55, true), ('5ZGvis', 352.40, true),
             ('1ZGaud', 161.25, true), ('2ZGaud', 214.80, true), ('3ZGaud', 268.35, true), ('4ZGaud', 319.90, true),
             ('Z472', 132.40, false), ('Z473', 198.60, false), ('Z913', 48.75, false))
     AS b(prestatie, zorg, profiel)
CROSS JOIN (VALUES ('verblijf'::wlz.leveringsvorm), ('vpt'), ('mpt'), ('dtv')) AS l(vorm)
CROSS JOIN (VALUES (2025, 1.0), (2026, 1.0385)) AS j(jaar, factor)
-- VG7+ and SGLVG only with verblijf, and VG7+ only from 2026 (003 L1003)
WHERE (b.prestatie NOT IN ('VG7+', '1SGLVG') OR l.vorm = 'verblijf')
  AND (b.prestatie <> 'VG7+' OR j.jaar = 2026)
ORDER BY 1, 2, 3;

-- ---------------------------------------------------------------------------
\echo '== declaraties januari 2025 - juni 2026: ten minste' :declaraties 'regels'
-- One line per client, prestatie and month: a provider declares each month
-- in which it has a contract with that zorgkantoor, as many lines as its size
-- gives (scaled so that the total is the asked number, plus the months of the
-- smallest providers that would otherwise get none).  Most providers
-- declare from January 2025; one in thirty only from a later month, which
-- matters for bestaand-maar-nieuw.  Leveringsvorm: verblijf 60 %, vpt 10 %,
-- mpt 25 %, dtv 5 %; a dagbesteding toeslag (Z913) on one line in twelve,
-- complex care (Z472, Z473) for providers with that kenmerk, VG7+ from 2026
-- for those that offer it.
CREATE TABLE demo.declaratie (
    id            bigint NOT NULL,
    agb           char(8) NOT NULL,
    zorgkantoor   text NOT NULL,
    prestatie     text NOT NULL,
    zorgprofiel   text NOT NULL,
    leveringsvorm wlz.leveringsvorm NOT NULL,
    datum         date NOT NULL,
    aantal        numeric(6,2) NOT NULL
);
COMMENT ON TABLE demo.declaratie IS 'declaratieregels per client, prestatie en maand (synthetisch)';
COMMENT ON COLUMN demo.declaratie.id IS 'regelnummer';
COMMENT ON COLUMN demo.declaratie.agb IS 'aanbieder';
COMMENT ON COLUMN demo.declaratie.zorgkantoor IS 'zorgkantoor';
COMMENT ON COLUMN demo.declaratie.prestatie IS 'prestatie (wlz.prestatie.code; demo.nza_tarief)';
COMMENT ON COLUMN demo.declaratie.zorgprofiel IS 'zorgprofiel van de client (COD163-label)';
COMMENT ON COLUMN demo.declaratie.leveringsvorm IS 'leveringsvorm';
COMMENT ON COLUMN demo.declaratie.datum IS 'eerste dag van de declaratieperiode (een kalendermaand)';
COMMENT ON COLUMN demo.declaratie.aantal IS 'aantal eenheden (dagen, uren of dagdelen)';

CREATE TEMP TABLE maand_actief ON COMMIT DROP AS
SELECT a.agb, m.zorgkantoor, m.maand, m.dagen, a.omvang, a.doelgroep, a.kenmerken
FROM demo.aanbieder a
CROSS JOIN LATERAL (SELECT (1 + (abs(hashtext(a.agb || 'start')) % 30 = 0)::integer
                                * (1 + abs(hashtext(a.agb)) % 5)) AS vanaf) s
JOIN LATERAL (
    SELECT DISTINCT o.zorgkantoor, mm.maand,
           upper(o.looptijd * daterange(mm.maand, (mm.maand + interval '1 month')::date))
           - lower(o.looptijd * daterange(mm.maand, (mm.maand + interval '1 month')::date)) AS dagen
    FROM demo.overeenkomst o
    CROSS JOIN generate_series(date '2025-01-01', date '2026-06-01', interval '1 month') AS g(m)
    CROSS JOIN LATERAL (SELECT g.m::date AS maand) mm
    WHERE o.agb = a.agb
      AND o.looptijd && daterange(mm.maand, (mm.maand + interval '1 month')::date)
      AND mm.maand >= make_date(2025, s.vanaf, 1)) m ON true
ORDER BY a.agb, m.zorgkantoor, m.maand;

CREATE TEMP TABLE regels ON COMMIT DROP AS
SELECT m.*, sum(m.omvang) OVER () AS totaal,
       sum(m.omvang) OVER (ORDER BY m.agb, m.zorgkantoor, m.maand) AS tot_hier
FROM maand_actief m;

INSERT INTO demo.declaratie (id, agb, zorgkantoor, prestatie, zorgprofiel, leveringsvorm, datum, aantal)
SELECT row_number() OVER (), x.agb, x.zorgkantoor,
       CASE WHEN x.t < 1.0 / 12 THEN 'Z913'
            WHEN 'complexe-zorg' = ANY (x.kenmerken) AND x.t < 0.14 THEN (ARRAY['Z472', 'Z473'])[1 + (x.t * 100)::integer % 2]
            WHEN x.profiel = '7VG' AND x.vorm = 'verblijf' AND x.maand >= '2026-01-01'
                 AND 'vg7plus' = ANY (x.kenmerken) AND x.t > 0.5 THEN 'VG7+'
            ELSE x.profiel END,
       x.profiel, x.vorm, x.maand,
       CASE WHEN x.t < 1.0 / 12 THEN 2 + floor(x.q * 18)
            WHEN x.vorm = 'mpt' THEN 4 + floor(x.q * 36)
            WHEN x.vorm = 'dtv' THEN least(x.dagen, 6 + floor(x.q * 10))
            ELSE x.dagen END
FROM (
    SELECT r.agb, r.zorgkantoor, r.maand, r.dagen, r.kenmerken,
           p.profielen[1 + floor(u.p * cardinality(p.profielen))::integer] AS profiel,
           -- SGLVG is only intramural
           CASE WHEN u.l < 0.60 OR p.profielen[1 + floor(u.p * cardinality(p.profielen))::integer] = '1SGLVG'
                THEN 'verblijf' WHEN u.l < 0.70 THEN 'vpt'
                WHEN u.l < 0.95 THEN 'mpt' ELSE 'dtv' END::wlz.leveringsvorm AS vorm,
           u.t, u.q
    FROM regels r
    -- at least one line per month with a contract, so that even the smallest
    -- provider declares in every month it may
    CROSS JOIN LATERAL generate_series(1, greatest(1, floor(:declaraties::numeric * r.tot_hier / r.totaal)
                                                      - floor(:declaraties::numeric * (r.tot_hier - r.omvang) / r.totaal))::integer) AS n
    CROSS JOIN LATERAL (SELECT CASE r.doelgroep
        WHEN 'VG' THEN '{1VG,2VG,2VG,3VG,3VG,3VG,4VG,4VG,4VG,4VG,5VG,5VG,5VG,5VG,5VG,6VG,6VG,6VG,6VG,7VG,7VG,7VG,8VG,8VG}'::text[]
        WHEN 'LVG' THEN '{1LVG,2LVG,2LVG,3LVG,3LVG,4LVG,4LVG,5LVG,1SGLVG}'::text[]
        WHEN 'LG' THEN '{1LG,2LG,3LG,3LG,4LG,4LG,5LG,5LG,6LG,6LG,7LG}'::text[]
        WHEN 'ZGvis' THEN '{1ZGvis,2ZGvis,3ZGvis,3ZGvis,4ZGvis,5ZGvis}'::text[]
        ELSE '{1ZGaud,2ZGaud,2ZGaud,3ZGaud,4ZGaud}'::text[] END AS profielen) p
    CROSS JOIN LATERAL (SELECT random() AS p, random() AS l, random() AS t, random() AS q, r.agb, r.maand, n) u
) x;

COMMIT;

-- ---------------------------------------------------------------------------
\echo '== sleutels en indexen'
ALTER TABLE demo.aanbieder ADD PRIMARY KEY (agb);
ALTER TABLE demo.relatie ADD PRIMARY KEY (agb, zorgkantoor);
ALTER TABLE demo.overeenkomst ADD PRIMARY KEY (id);
ALTER TABLE demo.inschrijving ADD PRIMARY KEY (id);
ALTER TABLE demo.bezwaar ADD PRIMARY KEY (id);
ALTER TABLE demo.verzoek_toelichting ADD PRIMARY KEY (id);
ALTER TABLE demo.nza_tarief ADD PRIMARY KEY (jaar, prestatie, leveringsvorm);
ALTER TABLE demo.declaratie ADD PRIMARY KEY (id);
-- No foreign key to wlz.zorgkantoor: since 0.2.0 a user's row may replace a
-- shipped zorgkantoor, so its code is not unique (README "Shipped tables and
-- your own rows").
ALTER TABLE demo.relatie ADD FOREIGN KEY (agb) REFERENCES demo.aanbieder;
ALTER TABLE demo.overeenkomst ADD FOREIGN KEY (agb) REFERENCES demo.aanbieder;
ALTER TABLE demo.inschrijving ADD FOREIGN KEY (agb) REFERENCES demo.aanbieder;
ALTER TABLE demo.inschrijving ADD UNIQUE (agb, zorgkantoor, inkoopjaar);
ALTER TABLE demo.bezwaar ADD FOREIGN KEY (agb) REFERENCES demo.aanbieder;
ALTER TABLE demo.verzoek_toelichting ADD FOREIGN KEY (inschrijving_id) REFERENCES demo.inschrijving;
CREATE INDEX ON demo.overeenkomst (agb);
CREATE INDEX ON demo.declaratie (zorgkantoor, datum);
CREATE INDEX ON demo.declaratie (agb);

\echo '== ANALYZE'
ANALYZE demo.aanbieder, demo.relatie, demo.overeenkomst, demo.inschrijving, demo.bezwaar,
        demo.verzoek_toelichting, demo.nza_tarief, demo.declaratie;

SELECT (SELECT count(*) FROM demo.aanbieder) AS aanbieders,
       (SELECT count(*) FROM demo.overeenkomst) AS overeenkomsten,
       (SELECT count(*) FROM demo.inschrijving) AS inschrijvingen,
       (SELECT count(*) FROM demo.bezwaar) AS bezwaren,
       (SELECT count(*) FROM demo.declaratie) AS declaratieregels \gset
\echo '== klaar:' :aanbieders 'aanbieders,' :overeenkomsten 'overeenkomsten,' :inschrijvingen 'inschrijvingen,' :bezwaren 'bezwaren,' :declaratieregels 'declaratieregels'
