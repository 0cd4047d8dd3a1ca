-- test/demo/report-controle.sql: the declaration controls (SPEC 9) over the demo's
-- declaration lines (test/demo/data.sql, schema demo), as a section of the report.
--
--   psql -X -v ON_ERROR_STOP=1 -f test/demo/report-controle.sql    after data.sql, in the same database
--
-- (m) controles  every line of demo.declaratie through wlz.declaratiecontrole:
--                the lines per zorgkantoor, how many pass, and the count per
--                control; then one line that fails, explained rule by rule
--                (wlz.declaratiecontrole_uitleg).
--
-- The demo's lines carry a provider, zorgkantoor, prestatie, zorgprofiel and
-- month, and nothing else a control needs. The report adds, the same way on
-- every run: the moment of submission (a working day of the month after, the
-- 1st to the 17th, at 10:00; one line in 97 two to four months late) and the
-- zorgkantoor's approval for VG7+, which the providers that offer it (kenmerk
-- vg7plus) have from the zorgkantoor of their own region only. The lines run
-- from January 2025 to June 2026: of the shipped time limits (Zorg en
-- Zekerheid 2022, CZ's liquidity correction 2026) and amount checks (Zorg en
-- Zekerheid 2022) none covers them, and the national rules of the landelijk
-- beleidskader start in 2027, so what the shipped rules find here is VG7+
-- without approval. The lines are not linked to clients, so the controls over
-- a client's lines (wlz.combinatiecontrole, wlz.trajectcontrole) have nothing
-- to work on here; README shows them. It creates only temporary objects.

\set ON_ERROR_STOP on
\pset footer off
\pset null ''
SET client_min_messages = warning;
SET TimeZone = 'Europe/Amsterdam';
SET DateStyle = 'ISO, YMD';

CREATE TEMP TABLE controle_regel AS
SELECT d.id, d.agb, d.zorgkantoor, d.prestatie, d.zorgprofiel,
       daterange(d.datum, (d.datum + interval '1 month')::date) AS periode,
       CASE WHEN d.id % 97 = 0
            THEN wlz.lokaal(wlz.werkdag_van_maand((d.datum + (2 + d.id % 3) * interval '1 month')::date, 1 + (d.id % 17)::integer), '10:00')
            ELSE wlz.lokaal(wlz.werkdag_van_maand((d.datum + interval '1 month')::date, 1 + (d.id % 17)::integer), '10:00')
       END AS ingediend,
       CASE WHEN 'vg7plus' = ANY (a.kenmerken) AND a.thuis = d.zorgkantoor
            THEN '{toestemming-zorgkantoor}'::text[] ELSE '{}' END AS kenmerken
FROM demo.declaratie d
JOIN demo.aanbieder a USING (agb);
CREATE TEMP TABLE controle_uitkomst AS
SELECT r.*, wlz.declaratiecontrole(r.zorgkantoor, r.prestatie, r.periode, r.ingediend, r.zorgprofiel,
                                   kenmerken => r.kenmerken) AS codes
FROM controle_regel r;

\echo
\echo '== (m) Declaratiecontroles (wlz.declaratiecontrole) over de declaratieregels, per zorgkantoor'
\echo '   ingediend: een werkdag van de maand erna (1 op 97 twee tot vier maanden later); toestemming'
\echo '   voor VG7+ alleen van het zorgkantoor van de eigen regio (synthetisch, zie de kop van dit bestand)'
SELECT coalesce(zorgkantoor, 'totaal') AS zorgkantoor,
       count(*) AS regels,
       count(*) FILTER (WHERE codes = '{}') AS "zonder bevinding",
       count(*) FILTER (WHERE codes <> '{}') AS "met bevinding",
       to_char(100.0 * count(*) FILTER (WHERE codes <> '{}') / count(*), 'FM990D00') || ' %' AS aandeel
FROM controle_uitkomst
GROUP BY ROLLUP (zorgkantoor)
ORDER BY zorgkantoor IS NULL, zorgkantoor;

\echo '   per controle en zorgkantoor (een regel kan meer controles niet halen):'
SELECT x.code AS controle, coalesce(u.zorgkantoor, 'totaal') AS zorgkantoor, count(*) AS regels
FROM controle_uitkomst u
CROSS JOIN LATERAL unnest(u.codes) AS x(code)
GROUP BY x.code, ROLLUP (u.zorgkantoor)
ORDER BY x.code, u.zorgkantoor IS NULL, u.zorgkantoor;
\echo '   de bron van die controles (wlz.controle):'
SELECT c.code AS controle, c.bron
FROM wlz.controle_geldend c
WHERE c.code IN (SELECT unnest(codes) FROM controle_uitkomst)
ORDER BY c.code;

\echo '   de controles die voor deze regels gelden, en hoe vaak (wlz.declaratiecontrole_uitleg, een regel op 50):'
SELECT e.code AS controle, count(*) AS toegepast, count(*) FILTER (WHERE e.voldaan) AS voldaan,
       count(*) FILTER (WHERE NOT e.voldaan) AS "niet voldaan", count(*) FILTER (WHERE e.voldaan IS NULL) AS "niet te beoordelen"
FROM controle_regel r
CROSS JOIN LATERAL wlz.declaratiecontrole_uitleg(r.zorgkantoor, r.prestatie, r.periode, r.ingediend, r.zorgprofiel,
                                                 kenmerken => r.kenmerken) AS e
WHERE r.id % 50 = 0
GROUP BY e.code
ORDER BY e.code;

\echo
\echo '   waarom: de eerste regel die een controle niet haalt, regel voor regel (wlz.declaratiecontrole_uitleg):'
SELECT id AS regel, agb, zorgkantoor, prestatie, zorgprofiel, lower(periode) AS maand,
       to_char(ingediend, 'YYYY-MM-DD HH24:MI') AS ingediend, kenmerken, codes
FROM controle_uitkomst WHERE codes <> '{}' ORDER BY id LIMIT 1 \gset uitleg_
SELECT :uitleg_regel AS regel, :'uitleg_agb' AS agb, :'uitleg_zorgkantoor' AS zorgkantoor,
       :'uitleg_prestatie' AS prestatie, :'uitleg_zorgprofiel' AS zorgprofiel, :'uitleg_maand' AS maand,
       :'uitleg_ingediend' AS ingediend, :'uitleg_codes' AS codes;
SELECT e.code AS controle, e.voldaan, e.toelichting, e.bron
FROM controle_regel r
CROSS JOIN LATERAL wlz.declaratiecontrole_uitleg(r.zorgkantoor, r.prestatie, r.periode, r.ingediend, r.zorgprofiel,
                                                 kenmerken => r.kenmerken) AS e
WHERE r.id = :uitleg_regel
ORDER BY e.code;
