-- test/demo/report-geld.sql: the money cycle over the demo data set
-- (test/demo/data.sql, schema demo), gehandicaptenzorg, inkoopjaar 2026.
--
--   psql -X -v ON_ERROR_STOP=1 -f test/demo/report-geld.sql    after data.sql, in the same database
--
-- The declared value of a line is its units times the NZa maximum tariff of its
-- year (demo.nza_tarief, synthetic: zorg + NHC + NIC), a stand-in for the
-- approved AW319 amounts. Five parts, each the query an analyst would write:
--   (h) productieafspraak  the reshuffled 2025 per provider and leveringsvorm
--                          (January-June + June / 30 x 184) and the initial
--                          agreement 2026 the zorgkantoor's volume rules give
--   (i) herschikking       2026 extrapolated from January-June against the
--                          agreement: overproduction per leveringsvorm, and a
--                          synthetic remainder of CZ's budget in CZ's priority
--   (j) CAK-betalingen     CZ's payments January-June 2026 of three providers,
--                          with an advance, and the deadlines of a liquidity request
--   (k) tariefpercentage   the weighted average percentage per zorgkantoor
--   (l) crisisbedden       the occupancy signal over synthetic monthly occupancies
-- The policies are read once per zorgkantoor (wlz.geldbeleid, SPEC 8). It creates
-- only temporary objects.

\set ON_ERROR_STOP on
\pset footer off
\pset null ''
SET client_min_messages = warning;
SET TimeZone = 'Europe/Amsterdam';
SET DateStyle = 'ISO, YMD';

\echo
\echo '================================================================================'
\echo ' wlzcontract demo: de geldcyclus - gehandicaptenzorg - synthetische gegevens'
\echo '================================================================================'

-- The declared value per provider, zorgkantoor, leveringsvorm and month.
CREATE TEMP TABLE geld_maand AS
SELECT d.agb, d.zorgkantoor, d.leveringsvorm, d.datum AS maand,
       sum(d.aantal * (t.zorg + t.nhc + t.nic)) AS bedrag
FROM demo.declaratie d
JOIN demo.nza_tarief t ON t.jaar = extract(year FROM d.datum)::integer AND t.prestatie = d.prestatie
                      AND t.leveringsvorm = d.leveringsvorm
GROUP BY d.agb, d.zorgkantoor, d.leveringsvorm, d.datum;
ANALYZE geld_maand;

-- The money policy of each zorgkantoor for GZ 2026, once.
CREATE TEMP TABLE beleid AS
SELECT z.code AS zorgkantoor, wlz.geldbeleid(z.code, 'GZ', 2026) AS b
FROM wlz.zorgkantoor_geldend z;
ALTER TABLE beleid ADD COLUMN volumeregels integer;
UPDATE beleid SET volumeregels = jsonb_array_length(b::text::jsonb -> 'volumeregels');

-- The class per provider and zorgkantoor on 31 July 2025 (the inschrijving).
CREATE TEMP TABLE klasse AS
SELECT p.agb, p.zorgkantoor,
       wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, p.zorgkantoor, date '2025-07-31', 2024) AS klasse
FROM (SELECT DISTINCT agb, zorgkantoor FROM geld_maand) p
LEFT JOIN demo.overeenkomst o ON o.agb = p.agb
GROUP BY p.agb, p.zorgkantoor;

-- ---------------------------------------------------------------------------
-- (h) The initial agreement 2026 from the reshuffled 2025 (002 L909-913).
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE afspraak AS
SELECT h.agb, h.zorgkantoor, h.leveringsvorm, coalesce(k.klasse, 'nieuw') AS klasse, h.herschikt_2025,
       CASE WHEN b.volumeregels > 0
            THEN wlz.productieafspraak(b.b, h.herschikt_2025, coalesce(k.klasse, 'nieuw'), h.leveringsvorm) END
         AS afspraak_2026
FROM (SELECT agb, zorgkantoor, leveringsvorm,
             wlz.herschikkingsafspraak(sum(bedrag) FILTER (WHERE maand < '2025-07-01'),
                                       coalesce(sum(bedrag) FILTER (WHERE maand = '2025-06-01'), 0),
                                       date '2025-06-30') AS herschikt_2025
      FROM geld_maand WHERE maand < '2025-07-01' GROUP BY agb, zorgkantoor, leveringsvorm) h
JOIN beleid b USING (zorgkantoor)
LEFT JOIN klasse k USING (agb, zorgkantoor);

\echo
\echo '== (h) Initiele productieafspraak 2026 per zorgkantoor (euro)'
\echo '   grondslag: herschikt 2025 = januari-juni 2025 + juni / 30 x 184 (wlz.herschikkingsafspraak, 002 L911-913)'
\echo '   afspraak: wlz.productieafspraak met de volumeregels van het zorgkantoor (CZ 95 %, VGZ 98 %, DSW verblijf'
\echo '   capaciteit en extramuraal 95 %, Zorg en Zekerheid 95 %); leeg waar de documenten geen percentage geven;'
\echo '   de capaciteit van DSW staat niet in de demo: hier het herschikte bedrag verblijf als plaatsvervanger'
SELECT a.zorgkantoor, count(DISTINCT a.agb) AS aanbieders,
       round(sum(a.herschikt_2025)) AS "herschikt 2025",
       round(sum(a.afspraak_2026)) AS "afspraak 2026",
       round(sum(a.herschikt_2025) FILTER (WHERE a.afspraak_2026 IS NOT NULL) - sum(a.afspraak_2026))
         AS "niet toegekend",
       trim_scale(round(100 * sum(a.afspraak_2026) / nullif(sum(a.herschikt_2025) FILTER (WHERE a.afspraak_2026 IS NOT NULL), 0), 2))
         AS "%",
       max(b.volumeregels) AS volumeregels
FROM afspraak a JOIN beleid b USING (zorgkantoor)
GROUP BY a.zorgkantoor ORDER BY a.zorgkantoor;

\echo '   waarom, voor de grootste VPT-afspraak bij CZ (wlz.productieafspraak_uitleg):'
SELECT u.stap, u.regel_id, u.bewerking, round(u.waarde, 2) AS waarde, round(u.resultaat, 2) AS resultaat, u.bron
FROM (SELECT * FROM afspraak WHERE zorgkantoor = 'cz' AND leveringsvorm = 'vpt' AND klasse = 'bestaand'
      ORDER BY herschikt_2025 DESC, agb LIMIT 1) a
JOIN beleid b USING (zorgkantoor),
     wlz.productieafspraak_uitleg(b.b, a.herschikt_2025, a.klasse, a.leveringsvorm) u;

-- ---------------------------------------------------------------------------
-- (i) The reshuffle of 2026 (001 L3067-3079; 004 L1052-1064; 002 L1014).
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE herschikking AS
SELECT a.agb, a.zorgkantoor, a.leveringsvorm, a.afspraak_2026,
       wlz.herschikkingsafspraak(coalesce(sum(m.bedrag) FILTER (WHERE m.maand >= '2026-01-01'), 0),
                                 coalesce(sum(m.bedrag) FILTER (WHERE m.maand = '2026-06-01'), 0),
                                 date '2026-06-30') AS geextrapoleerd_2026
FROM afspraak a
LEFT JOIN geld_maand m USING (agb, zorgkantoor, leveringsvorm)
WHERE a.afspraak_2026 IS NOT NULL
GROUP BY a.agb, a.zorgkantoor, a.leveringsvorm, a.afspraak_2026;

\echo
\echo '== (i) Herschikking 2026: de realisatie januari-juni doorgetrokken, tegen de afspraak (euro)'
\echo '   overproductie = wlz.overproductie(geextrapoleerd, afspraak) per leveringsvorm (004 L1060-1062);'
\echo '   afrekenbasis = wlz.afrekenbasis(geextrapoleerd, afspraak): boven de afspraak telt niet (002 L930-931)'
SELECT zorgkantoor, leveringsvorm, count(*) AS aanbieders,
       round(sum(afspraak_2026)) AS afspraak, round(sum(geextrapoleerd_2026)) AS geextrapoleerd,
       round(wlz.overproductie(geextrapoleerd_2026, afspraak_2026)) AS overproductie,
       round(sum(wlz.afrekenbasis(geextrapoleerd_2026, afspraak_2026))) AS afrekenbasis
FROM herschikking
GROUP BY zorgkantoor, leveringsvorm ORDER BY zorgkantoor, leveringsvorm;

\echo '   CZ: stel er is 1 % van de afspraken over (synthetisch); wlz.voorrangsverdeling verdeelt het over de'
\echo '   overproductie in CZ''s volgorde, VPT voor ZZP (002 L1014); MPT en DTV naar rato daarna:'
SELECT v.rang, v.leveringsvorm, round(v.gevraagd) AS overproductie, round(v.toegekend) AS toegekend,
       round(v.rest) AS rest, v.bron
FROM (SELECT array_agg(leveringsvorm ORDER BY leveringsvorm) AS lv, array_agg(o ORDER BY leveringsvorm) AS o,
             sum(a) / 100 AS beschikbaar
      FROM (SELECT leveringsvorm, wlz.overproductie(geextrapoleerd_2026, afspraak_2026) AS o, sum(afspraak_2026) AS a
            FROM herschikking WHERE zorgkantoor = 'cz' GROUP BY leveringsvorm) x) s
JOIN beleid b ON b.zorgkantoor = 'cz',
     wlz.voorrangsverdeling(b.b, 'herschikking', s.beschikbaar, s.lv, s.o) v;

-- ---------------------------------------------------------------------------
-- (j) CAK payments 2026 of three CZ providers with an advance (002 Bijlage 1).
-- The realisation paid in month m is what was declared up to month m - 2
-- (January's care is declared in February and paid in March); each month
-- pays its entitlement minus what the CAK paid before, so the months are
-- computed one after the other.
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE cz_aanbieder AS
SELECT agb, sum(afspraak_2026) AS afspraak
FROM afspraak WHERE zorgkantoor = 'cz' AND klasse = 'bestaand'
GROUP BY agb ORDER BY sum(afspraak_2026) DESC, agb LIMIT 3;

\echo
\echo '== (j) CAK-betalingen januari-juni 2026 (CZ, met voorschot; euro)'
\echo '   januari en februari pro rata van de initiele afspraak, daarna realisatie + 2 maanden voorschot,'
\echo '   met de actuele afspraak als maximum, min wat eerder is betaald (wlz.cak_betaling)'
WITH RECURSIVE maand AS (
    SELECT m::date AS maand, row_number() OVER (ORDER BY m)::integer AS nr
    FROM generate_series(date '2026-01-01', date '2026-06-01', interval '1 month') m
), realisatie AS (
    SELECT c.agb, n.maand, n.nr,
           coalesce((SELECT sum(g.bedrag) FROM geld_maand g
                     WHERE g.agb = c.agb AND g.zorgkantoor = 'cz' AND g.maand >= '2026-01-01'
                       AND g.maand < n.maand - interval '1 month'), 0) AS realisatie
    FROM cz_aanbieder c CROSS JOIN maand n
), betaling AS (
    SELECT r.agb, r.nr, r.maand, r.realisatie,
           wlz.cak_betaling(b.b, r.maand, true, r.realisatie, 0, c.afspraak) AS betaald,
           wlz.cak_betaling(b.b, r.maand, true, r.realisatie, 0, c.afspraak) AS cumulatief
    FROM realisatie r JOIN cz_aanbieder c USING (agb) JOIN beleid b ON b.zorgkantoor = 'cz'
    WHERE r.nr = 1
    UNION ALL
    SELECT r.agb, r.nr, r.maand, r.realisatie, x.betaald, p.cumulatief + x.betaald
    FROM betaling p
    JOIN realisatie r ON r.agb = p.agb AND r.nr = p.nr + 1
    JOIN cz_aanbieder c ON c.agb = r.agb
    JOIN beleid b ON b.zorgkantoor = 'cz'
    CROSS JOIN LATERAL (SELECT wlz.cak_betaling(b.b, r.maand, true, r.realisatie, p.cumulatief, c.afspraak) AS betaald) x
)
SELECT b.agb, b.maand, round(c.afspraak) AS afspraak, round(b.realisatie) AS realisatie,
       b.betaald AS betaling, b.cumulatief AS "totaal betaald"
FROM betaling b JOIN cz_aanbieder c USING (agb)
ORDER BY c.afspraak DESC, b.agb, b.maand;

\echo '   een liquiditeitscorrectie meldt de aanbieder uiterlijk de 17e werkdag van de maand ervoor'
\echo '   (wlz.liquiditeitsmelding_uiterlijk, 002 L1969-1971):'
SELECT m::date AS betaalmaand, wlz.liquiditeitsmelding_uiterlijk(b.b, m::date) AS "melden uiterlijk"
FROM generate_series(date '2026-03-01', date '2026-10-01', interval '1 month') m
JOIN beleid b ON b.zorgkantoor = 'cz';

-- ---------------------------------------------------------------------------
-- (k) The weighted average tariff percentage 2026 (004 L727-733).
-- ---------------------------------------------------------------------------
\echo
\echo '== (k) Gewogen gemiddeld tariefpercentage januari-juni 2026 per zorgkantoor'
\echo '   wlz.gewogen_tariefpercentage(percentage, gedeclareerd bedrag), het percentage per regel van'
\echo '   wlz.tariefpercentage; zo rekent Zorg en Zekerheid het historisch percentage uit (004 L727-733)'
SELECT d.zorgkantoor, count(*) AS regels,
       round(wlz.gewogen_tariefpercentage(
           wlz.tariefpercentage(d.zorgkantoor, 'GZ', 2026, prestatie => d.prestatie, leveringsvorm => d.leveringsvorm),
           d.aantal * t.zorg), 3) AS "gewogen %",
       round(min(wlz.tariefpercentage(d.zorgkantoor, 'GZ', 2026, prestatie => d.prestatie,
                                      leveringsvorm => d.leveringsvorm)), 3) AS "laagste %",
       round(max(wlz.tariefpercentage(d.zorgkantoor, 'GZ', 2026, prestatie => d.prestatie,
                                      leveringsvorm => d.leveringsvorm)), 3) AS "hoogste %"
FROM demo.declaratie d
JOIN demo.nza_tarief t ON t.jaar = 2026 AND t.prestatie = d.prestatie AND t.leveringsvorm = d.leveringsvorm
WHERE d.datum >= '2026-01-01'
GROUP BY d.zorgkantoor ORDER BY d.zorgkantoor;

-- ---------------------------------------------------------------------------
-- (l) Crisis beds: synthetic occupancies of eight providers, 18 months.
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE crisisbezetting AS
SELECT a.agb, m::date AS maand,
       round(50 + (abs(hashtext(a.agb || m::text)) % 3000)::numeric / 100 - 15
             + CASE WHEN a.nr = 3 AND m BETWEEN '2025-09-01' AND '2025-12-01' THEN -18
                    WHEN a.nr = 6 AND m >= '2026-02-01' THEN 20 ELSE 0 END, 1) AS bezetting
FROM (SELECT agb, row_number() OVER (ORDER BY agb) AS nr FROM demo.aanbieder ORDER BY agb LIMIT 8) a,
     generate_series(date '2025-01-01', date '2026-06-01', interval '1 month') m;

\echo
\echo '== (l) Crisisbedden: drie aaneengesloten maanden onder 40 % of boven 60 % bezetting (004 L1066-1071)'
\echo '   wlz.bezettingssignaal(beleid, maand, bezetting) OVER (... ROWS 2 PRECEDING), de band uit het beleid'
\echo '   van Zorg en Zekerheid 2022; synthetische bezetting van acht aanbieders, januari 2025 - juni 2026'
SELECT agb, count(*) FILTER (WHERE signaal) AS "maanden met signaal",
       min(maand) FILTER (WHERE signaal) AS "eerste signaal",
       string_agg(to_char(maand, 'YYYY-MM') || ' ' || bezetting, ', ' ORDER BY maand)
         FILTER (WHERE bezetting < 40 OR bezetting > 60) AS "maanden buiten 40-60 %"
FROM (SELECT c.agb, c.maand, c.bezetting,
             wlz.bezettingssignaal(p.b, c.maand, c.bezetting)
               OVER (PARTITION BY c.agb ORDER BY c.maand ROWS 2 PRECEDING) AS signaal
      FROM crisisbezetting c, (SELECT wlz.geldbeleid('zorgenzekerheid', 'GZ', 2022) AS b) p) s
GROUP BY agb ORDER BY agb;
