-- test/demo/report-toets.sql: the provider checks of SPEC 10 over the demo
-- data set (test/demo/data.sql), inkoopjaar 2026, gehandicaptenzorg.
--
--   psql -X -v ON_ERROR_STOP=1 -f test/demo/report-toets.sql    after data.sql, in the same database
--
-- Which demo providers fail which norm or document, and one of each
-- explained:
--   (e) normen      every norm of the provider's zorgkantoor for GZ 2026 that
--                   concerns a provider (wlz.toets over wlz.toetsbeleid), and
--                   own delivery measured on the declaration lines
--                   (wlz.eigen_levering, wlz.onderaannemingstoets)
--   (f) documenten  the documents of CZ's inschrijvingen (wlz.documenttoets;
--                   CZ GZ 2026 is the GZ document list the documents give)
--   (g) VG7+        the providers that offer VG7+ (wlz.vg7plus_toets)
-- The data set has no fte, turnover, kanslijnen, subcontracting or documents:
-- they are made up here, deterministically from the AGB code (md5, no
-- random()), so every run prints the same.  Temporary objects only.

\set ON_ERROR_STOP on
\pset footer off
\pset null ''
SET client_min_messages = warning;
SET TimeZone = 'Europe/Amsterdam';
SET DateStyle = 'ISO, YMD';

\set inkoopjaar 2026
\set referentiejaar 2025

-- A number in [0, 1) from a key: the made-up inputs.
CREATE FUNCTION pg_temp.u(sleutel text) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
    SELECT ('x' || substr(md5(sleutel), 1, 8))::bit(32)::bigint / 4294967296.0
$$;

-- The class of every inschrijving, as in report.sql part (a).
CREATE TEMP TABLE klasse AS
SELECT i.id, i.agb, i.zorgkantoor, i.peildatum,
       (wlz.klassificatie(o.zorgkantoor, o.looptijd, i.zorgkantoor, i.peildatum, :referentiejaar,
                          d.sinds)).*
FROM demo.inschrijving i
LEFT JOIN demo.overeenkomst o ON o.agb = i.agb
LEFT JOIN (SELECT agb, min(datum) AS sinds FROM demo.declaratie GROUP BY agb) d ON d.agb = i.agb
WHERE i.inkoopjaar = :inkoopjaar
GROUP BY i.id;

-- The policy of every zorgkantoor for GZ 2026, read once (SPEC 8), and the
-- norm codes it holds.
CREATE TEMP TABLE beleid AS
SELECT z.code AS zorgkantoor, wlz.toetsbeleid(z.code, 'GZ', :inkoopjaar) AS b
FROM wlz.zorgkantoor_geldend z;
CREATE TEMP TABLE beleidsnorm AS
SELECT DISTINCT p.zorgkantoor, n ->> 'code' AS code
FROM beleid p, jsonb_array_elements(p.b::jsonb -> 'normen') n;

\echo
\echo '================================================================================'
\echo ' wlzcontract demo: toetsing van aanbieders, inkoopjaar' :inkoopjaar '- gehandicaptenzorg'
\echo '================================================================================'
SELECT p.zorgkantoor,
       jsonb_array_length(p.b::jsonb -> 'normen') AS normen,
       jsonb_array_length(p.b::jsonb -> 'documenten') AS documenteisen,
       (SELECT string_agg(DISTINCT n ->> 'code', ', ') FROM jsonb_array_elements(p.b::jsonb -> 'normen') n) AS codes
FROM beleid p ORDER BY p.zorgkantoor;

-- ---------------------------------------------------------------------------
-- (e) Normen.  Own delivery from the declaration lines of January-June 2026:
-- a line goes to a subcontractor when its draw is below the provider's
-- made-up subcontracting rate (most providers subcontract little, some a lot).
CREATE TEMP TABLE eigen AS
SELECT d.agb, d.zorgkantoor,
       wlz.eigen_levering(d.aantal, pg_temp.u(d.id::text) < 0.6 * pg_temp.u(d.agb || 'onderaanneming') ^ 3) AS aandeel,
       count(*) AS regels
FROM demo.declaratie d
WHERE d.datum >= make_date(:inkoopjaar, 1, 1)
GROUP BY d.agb, d.zorgkantoor;

-- The other measurements, one row per inschrijving and code.
CREATE TEMP TABLE meting AS
SELECT k.id, k.agb, k.zorgkantoor, k.klasse, m.code, m.waarde
FROM klasse k
JOIN demo.aanbieder a ON a.agb = k.agb
LEFT JOIN eigen e ON e.agb = k.agb AND e.zorgkantoor = k.zorgkantoor
CROSS JOIN LATERAL (VALUES
    ('eigen-levering', e.aandeel),
    ('kanslijnen', floor(4 * pg_temp.u(a.agb || 'kanslijnen'))),
    ('mobiliteitsplan-fte', round(a.omvang * (0.3 + 0.6 * pg_temp.u(a.agb || 'fte')), 1)),
    ('good-practices', floor(2 * pg_temp.u(a.agb || 'gp')) + CASE WHEN 'good-practices' = ANY (a.kenmerken) THEN 2 ELSE 0 END),
    ('bewezen-innovaties', floor(4 * pg_temp.u(a.agb || 'innovatie'))),
    ('omzet', round(a.omvang * 40000 * (0.1 + pg_temp.u(a.agb || 'omzet')))),
    ('verblijf-met-behandeling', round(55 + 35 * pg_temp.u(a.agb || 'behandeling'), 1)),
    ('verzekering-per-gebeurtenis', CASE WHEN pg_temp.u(a.agb || 'polis') < 0.08 THEN 1250000 ELSE 2500000 END),
    ('klachten-reactietermijn', CASE WHEN pg_temp.u(a.agb || 'klacht') < 0.05 THEN 8 ELSE 6 END),
    ('wtza-zorgverleners', 1 + floor(14 * pg_temp.u(a.agb || 'zorgverleners')))) AS m(code, waarde);

CREATE TEMP TABLE uitkomst AS
SELECT m.id, m.agb, m.zorgkantoor, m.klasse, m.code, m.waarde, t.*
FROM meting m
JOIN beleidsnorm n USING (zorgkantoor, code)
JOIN beleid p USING (zorgkantoor)
CROSS JOIN LATERAL wlz.toets(p.b, m.code, m.waarde, m.klasse) t;

\echo
\echo '== (e) Normen: aanbieders die een norm van hun zorgkantoor niet halen'
\echo '   wlz.toets(wlz.toetsbeleid(zorgkantoor, ''GZ'', 2026), code, waarde, klasse); gemeten of verzonnen per aanbieder'
SELECT u.zorgkantoor, u.code AS norm, u.vergelijking || ' ' || trim_scale(round(u.norm, 4)) AS grens,
       count(u.voldoet) AS getoetst, count(*) FILTER (WHERE NOT u.voldoet) AS "voldoet niet",
       left(u.gevolg, 60) AS gevolg, u.bron
FROM uitkomst u
GROUP BY u.zorgkantoor, u.code, u.vergelijking, u.norm, u.gevolg, u.bron
ORDER BY u.zorgkantoor, u.code, u.norm;

\echo '   eigen levering over de declaratieregels (wlz.eigen_levering), per zorgkantoor met een norm:'
SELECT e.zorgkantoor, count(*) AS aanbieders, sum(e.regels) AS regels,
       round(min(e.aandeel), 3) AS laagste, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY e.aandeel)::numeric, 3) AS mediaan,
       count(*) FILTER (WHERE NOT wlz.voldoet(p.b, 'eigen-levering', e.aandeel)) AS "onder 2/3"
FROM eigen e JOIN beleid p USING (zorgkantoor)
WHERE (e.zorgkantoor, 'eigen-levering') IN (SELECT zorgkantoor, code FROM beleidsnorm)
GROUP BY e.zorgkantoor ORDER BY e.zorgkantoor;

-- One provider explained: the CZ inschrijving that fails most norms.
SELECT u.id AS uitleg_id, u.agb AS uitleg_agb, a.naam AS uitleg_naam, u.klasse AS uitleg_klasse
FROM uitkomst u JOIN demo.aanbieder a USING (agb)
WHERE u.zorgkantoor = 'cz'
GROUP BY u.id, u.agb, a.naam, u.klasse
ORDER BY count(*) FILTER (WHERE NOT u.voldoet) DESC, u.agb
LIMIT 1 \gset
\echo
\echo '   een aanbieder toegelicht:' :uitleg_agb :uitleg_naam '- klasse' :uitleg_klasse 'bij CZ'
SELECT u.code AS norm, trim_scale(round(u.waarde, 4)) AS waarde, u.vergelijking, trim_scale(round(u.norm, 4)) AS norm,
       u.voldoet, CASE WHEN NOT u.voldoet THEN u.gevolg END AS gevolg, u.bron
FROM uitkomst u WHERE u.id = :uitleg_id
ORDER BY u.voldoet, u.code, u.norm;
SELECT t.code, t.voldaan, t.toelichting
FROM meting m JOIN beleid p USING (zorgkantoor)
CROSS JOIN LATERAL wlz.onderaannemingstoets(p.b, m.waarde,
                                            volledig_pakket => pg_temp.u(m.agb || 'pakket') < 0.1,
                                            toestemming => false,
                                            gemeld => pg_temp.u(m.agb || 'gemeld') >= 0.05) t
WHERE m.id = :uitleg_id AND m.code = 'eigen-levering';

-- ---------------------------------------------------------------------------
-- (f) Documenten.  CZ's inschrijvingen hand in what their class must bring
-- at inschrijving (wlz.documenteis via the policy value), with made-up gaps:
-- 4 % of the documents missing; dated up to seven months before the
-- inschrijving (so some six-month extracts are too old); 8 % of the
-- insurance policies below € 2.500.000, 3 % in another entity's name, 3 %
-- starting a month after the contract.  What is due later is not handed in:
-- it shows as later, with its date.
CREATE TEMP TABLE ingeleverd AS
SELECT k.id, array_agg(ROW(d ->> 'code',
                           k.peildatum - (CASE WHEN d ->> 'max_leeftijd' IS NOT NULL
                                               THEN floor(213 * pg_temp.u(k.agb || (d ->> 'code') || 'datum'))
                                               ELSE 3 END)::integer,
                           CASE WHEN d ->> 'min_bedrag' IS NOT NULL
                                THEN CASE WHEN pg_temp.u(k.agb || 'polis') < 0.08 THEN 1250000 ELSE 2500000 END END,
                           CASE WHEN pg_temp.u(k.agb || (d ->> 'code') || 'naam') < 0.03 THEN a.naam || ' Holding' ELSE a.naam END,
                           CASE WHEN (d ->> 'ingaan_bij_start')::boolean
                                THEN CASE WHEN pg_temp.u(k.agb || 'ingang') < 0.03 THEN date '2026-02-01' ELSE date '2026-01-01' END END
                          )::wlz.document) AS documenten
FROM klasse k
JOIN demo.aanbieder a ON a.agb = k.agb
JOIN beleid p ON p.zorgkantoor = k.zorgkantoor
CROSS JOIN LATERAL jsonb_array_elements(p.b::jsonb -> 'documenten') d
WHERE k.zorgkantoor = 'cz'
  AND d ->> 'moment' = 'inschrijving'
  AND d -> 'klassen' ? k.klasse::text
  AND (d -> 'contractvormen' = 'null'::jsonb OR d -> 'contractvormen' ? k.contractvorm)
  AND pg_temp.u(k.agb || (d ->> 'code')) >= 0.04
GROUP BY k.id;

CREATE TEMP TABLE documentuitkomst AS
SELECT k.id, k.agb, k.klasse, k.contractvorm, t.*
FROM klasse k
JOIN demo.aanbieder a ON a.agb = k.agb
JOIN beleid p ON p.zorgkantoor = k.zorgkantoor
LEFT JOIN ingeleverd i ON i.id = k.id
CROSS JOIN LATERAL wlz.documenttoets(p.b, k.klasse, k.peildatum, make_date(:inkoopjaar, 1, 1),
                                     coalesce(i.documenten, '{}'), k.contractvorm, inschrijver => a.naam) t
WHERE k.zorgkantoor = 'cz';

\echo
\echo '== (f) Documenten bij de inschrijving bij CZ (wlz.documenttoets, Bijlage 3 en 6.5 van 002)'
SELECT klasse || coalesce(' / ' || contractvorm, '') AS klasse, count(DISTINCT id) AS inschrijvingen,
       count(DISTINCT id) FILTER (WHERE id NOT IN (SELECT id FROM documentuitkomst WHERE voldaan = false)) AS volledig,
       count(*) FILTER (WHERE status = 'ok') AS ok, count(*) FILTER (WHERE status = 'ontbreekt') AS ontbreekt,
       count(*) FILTER (WHERE status = 'te oud') AS "te oud", count(*) FILTER (WHERE status = 'te laag') AS "te laag",
       count(*) FILTER (WHERE status = 'andere entiteit') AS "andere entiteit",
       count(*) FILTER (WHERE status = 'te laat') AS "te laat", count(*) FILTER (WHERE status = 'later') AS later
FROM documentuitkomst
GROUP BY klasse, contractvorm ORDER BY klasse, contractvorm;
\echo '   per document dat niet in orde is:'
SELECT document, status, count(*) AS aanbieders, min(bron) AS bron
FROM documentuitkomst WHERE voldaan = false
GROUP BY document, status ORDER BY count(*) DESC, document, status;

SELECT d.id AS doc_id, d.agb AS doc_agb, a.naam AS doc_naam, k.peildatum AS doc_peildatum
FROM documentuitkomst d JOIN demo.aanbieder a USING (agb) JOIN klasse k USING (id)
WHERE d.klasse = 'nieuw'
GROUP BY d.id, d.agb, a.naam, k.peildatum
ORDER BY count(*) FILTER (WHERE d.voldaan = false) DESC, d.agb
LIMIT 1 \gset
\echo
\echo '   een nieuwe aanbieder toegelicht:' :doc_agb :doc_naam '- ingeschreven op' :doc_peildatum
SELECT document, status, uiterlijk, left(toelichting, 110) AS toelichting, bron
FROM documentuitkomst WHERE id = :doc_id AND status <> 'ok';

-- ---------------------------------------------------------------------------
-- (g) VG7+.  The providers with the kenmerk vg7plus, against the policy of
-- their home zorgkantoor for GZ 2026 (the national VG7+ norms hold in every
-- region): made-up group sizes of 5 to 9, staffing around 2 per 6, the
-- zorgkantoor's permission (4 % of them only after the start on 1 January
-- 2026) and VG7 aanbod (2 % without).
CREATE TEMP TABLE vg7 AS
SELECT a.agb, a.naam, t.*
FROM demo.aanbieder a
JOIN beleid p ON p.zorgkantoor = a.thuis
CROSS JOIN LATERAL (SELECT 5 + floor(5 * pg_temp.u(a.agb || 'groep'))::integer AS groep) g
CROSS JOIN LATERAL wlz.vg7plus_toets(
    p.b,
    vg7_aanbod => pg_temp.u(a.agb || 'vg7') >= 0.02,
    toestemming => CASE WHEN pg_temp.u(a.agb || 'toestemming') < 0.04 THEN date '2026-02-15' ELSE date '2025-11-01' END,
    start => date '2026-01-01',
    groepsgrootte => g.groep,
    begeleiders => round(g.groep / 3.0 * (0.85 + 0.3 * pg_temp.u(a.agb || 'begeleiders')), 1)) t
WHERE 'vg7plus' = ANY (a.kenmerken);

\echo
\echo '== (g) VG7+ (wlz.vg7plus_toets): aanbieders met VG7+-aanbod'
SELECT code, count(*) AS aanbieders, count(*) FILTER (WHERE voldaan) AS ja, count(*) FILTER (WHERE NOT voldaan) AS nee,
       count(*) FILTER (WHERE voldaan IS NULL) AS "ter beoordeling", min(bron) AS bron
FROM vg7 GROUP BY code ORDER BY min(code);
\echo '   te weinig begeleiders (2 op 6, wlz.begeleiders_nodig):'
SELECT agb, naam, toelichting FROM vg7 WHERE code = 'vg7plus-begeleiding' AND NOT voldaan ORDER BY agb LIMIT 5;
