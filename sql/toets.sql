--
-- toets: the provider checks of SPEC 10 as a user sees them: the shipped
-- rows, the policy value, each check with its result rows, and the errors
-- with their hints. The rules and their boundaries are tested in
-- test/toets.sql. Nothing here is left behind.
--
SET DateStyle = 'ISO, YMD';
SET TimeZone = 'Europe/Amsterdam';

-- What ships: norms per zorgkantoor (NULL: national), documents per class,
-- the LVHC target groups, and the catalogue of the checks.
SELECT coalesce(zorgkantoor, 'landelijk') AS zorgkantoor, count(*) AS normen,
       count(DISTINCT code) AS codes, min(lower(jaren)) AS vanaf, max(upper(jaren)) - 1 AS tot_en_met
FROM wlz.norm GROUP BY 1 ORDER BY 1;
SELECT zorgkantoor, sector, jaren, klassen, contractvormen, count(*) AS documenten
FROM wlz.documenteis GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, klassen, contractvormen;
SELECT code, naam, periode FROM wlz.lvhc ORDER BY code;
SELECT soort, count(*) FROM wlz.controle
WHERE soort NOT IN ('declaratie', 'combinatie', 'traject') GROUP BY soort ORDER BY soort;

-- A norm and its reading.
SELECT code, zorgkantoor, sectoren, jaren, vergelijking, waarde, noemer, eenheid, klassen, gevolg, bron
FROM wlz.norm WHERE code IN ('eigen-levering', 'wlz-clienten', 'vg7plus-begeleiding') ORDER BY code, id DESC;

-- wlz.toets: one row per norm of the code that applies (SPEC 10 signature).
SELECT * FROM wlz.toets('cz', 'GZ', 2026, 'eigen-levering', 0.7);
SELECT * FROM wlz.toets('cz', 'GZ', 2026, 'wtza-zorgverleners', 12, 'nieuw');
SELECT * FROM wlz.toets('zilverenkruis', 'GGZ', 2025, 'wlz-clienten', 9, 'nieuw');
SELECT * FROM wlz.toets('zilverenkruis', 'GGZ', 2025, 'wlz-clienten', 9, 'bestaand');
SELECT * FROM wlz.toets(NULL, NULL, 2028, 'milieuthermometer-fte', 300);
-- the same over the policy value, and as one boolean
SELECT t.* FROM wlz.toets(wlz.toetsbeleid('cz', 'GZ', 2026), 'kanslijnen', 2) t;
SELECT wlz.voldoet(wlz.toetsbeleid('cz', 'GZ', 2026), 'kanslijnen', 1) AS een_kanslijn;

-- The policy value: what it holds, as jsonb.
WITH b AS (SELECT wlz.toetsbeleid('cz', 'GZ', 2026)::jsonb AS j)
SELECT j ->> 'zorgkantoor' AS zorgkantoor, j ->> 'sector' AS sector, j ->> 'jaar' AS jaar,
       jsonb_array_length(j -> 'normen') AS normen, jsonb_array_length(j -> 'documenten') AS documenten,
       j -> 'termijnen' AS termijnen
FROM b;
SELECT wlz.toetsbeleid(NULL, 'VV', 2027)::jsonb -> 'termijnen' AS termijnen_vv_2027;
SELECT '{"jaar": 2027, "normen": [{"code": "x", "vergelijking": ">=", "waarde": 2, "noemer": 3, "vanaf": 2027}]}'::wlz.toetsbeleid;

-- wlz.documenttoets: a new provider's inschrijving for CZ 2026 on 31 July 2025.
SELECT document, status, voldaan, uiterlijk, toelichting
FROM wlz.documenttoets('cz', 'GZ', 2026, 'nieuw', date '2025-07-31', date '2026-01-01',
       ARRAY[ROW('bestuursverklaring', date '2025-07-30', NULL, NULL, NULL),
             ROW('kvk-uittreksel', date '2025-01-30', NULL, 'Zorg BV', NULL),
             ROW('ubo-uittreksel', date '2025-01-31', NULL, 'Zorg B.V.', NULL),
             ROW('aansprakelijkheidsverzekering', date '2025-07-15', 2500000, 'Zorg BV', date '2026-01-01'),
             ROW('vog-rp', NULL, NULL, NULL, NULL)]::wlz.document[],
       inschrijver => 'Zorg BV')
WHERE document IN ('bestuursverklaring', 'inschrijvingsverklaring', 'kvk-uittreksel', 'ubo-uittreksel',
                   'aansprakelijkheidsverzekering', 'vog-rp', 'clientenraad', 'governancecode');
SELECT document, status, uiterlijk, bron
FROM wlz.documenttoets('zilverenkruis', 'GGZ', 2025, 'bestaand-maar-nieuw', date '2024-07-31', date '2025-01-01',
                       ARRAY[ROW('bestuursverklaring', date '2024-07-31', NULL, NULL, NULL)]::wlz.document[]);

-- Subcontracting.
SELECT wlz.eigen_levering(volume, door_onderaannemer) AS eigen
FROM (VALUES (120.50, false), (60.25, true), (NULL, false)) AS r(volume, door_onderaannemer);
SELECT * FROM wlz.onderaannemingstoets('cz', 'GZ', 2026, 0.65, true, false, NULL);

-- mpt before vpt for new clients from 2027.
SELECT n, wlz.geclusterd(n) FROM generate_series(0, 4) n;
SELECT * FROM wlz.leveringsvormtoets(NULL, 'VV', 2027, date '2027-02-01', 1, 750, 1000);
SELECT * FROM wlz.leveringsvormtoets(NULL, 'VV', 2027, date '2027-02-01', 2, 900, 1000, '{3}');
SELECT * FROM wlz.leveringsvormtoets(NULL, 'VV', 2027, date '2027-02-01', 2);
SELECT * FROM wlz.leveringsvormtoets(NULL, 'VV', 2027, date '2027-02-01', 5);
SELECT wlz.mpt_aandeel(v::wlz.leveringsvorm, g) AS mpt_aandeel
FROM (VALUES ('mpt', false), ('mpt', false), ('vpt', false), ('vpt', true), ('verblijf', false)) AS c(v, g);

-- VG7+.
SELECT g AS groepsgrootte, wlz.begeleiders_nodig(g) FROM generate_series(6, 9) g;
SELECT * FROM wlz.vg7plus_toets(NULL, 'GZ', 2027, true, date '2025-11-15', date '2026-01-01', 9, 3,
                                date '2027-02-01', NULL);

-- LVHC.
SELECT wlz.lvhc_plafond(12, 2027) AS jaar_2027, wlz.lvhc_plafond(12, 2028) AS jaar_2028,
       wlz.lvhc_plafond(12, 2027, 340) AS met_340_ligdagen;
SELECT * FROM wlz.lvhc_toets(NULL, NULL, 2027, 'nah-plus', 8, '[2025-04-01,2028-04-01)', 2900,
                             '[2027-01-01,2028-01-01)', NULL, 8, date '2025-04-01');

-- The regiobudget HLO application for 2027.
SELECT code, voldaan, toelichting
FROM wlz.regiobudgettoets(NULL, 'VV', 2027, timestamptz '2026-07-01 16:30+02', '[2027-01-01,2029-07-01)',
                          '{2,4}', 1, 1, 0, true)
WHERE code NOT IN (SELECT code FROM wlz.controle WHERE soort = 'regiobudget-vraag');

-- Errors, each with a hint where one helps.
SELECT * FROM wlz.toets('cz', 'GZ', 2026, 'eigen-levring', 1);
SELECT * FROM wlz.toets('menzies', 'GZ', 2026, 'eigen-levering', 1);
SELECT * FROM wlz.toets('cz', 'GZ', NULL, 'eigen-levering', 1);
SELECT * FROM wlz.documenttoets('cz', 'GZ', 2026, 'bestaand', date '2025-07-31', date '2026-01-01', '{}');
SELECT * FROM wlz.documenttoets('cz', 'GZ', 2026, 'nieuw', date '2025-07-31', date '2026-01-01',
                                ARRAY[ROW('polis', NULL, NULL, NULL, NULL)]::wlz.document[]);
SELECT * FROM wlz.leveringsvormtoets(NULL, 'VV', 2027, date '2027-02-01', 1, criteria => '{0}');
SELECT wlz.lvhc_plafond(1, 2027, 366);
SELECT wlz.begeleiders_nodig(-2);
SELECT '{"jaar": 2027, "normen": [{"code": "x", "waarde": 1, "vanaf": 2027}]}'::wlz.toetsbeleid;
SELECT '{"jaar": 2027, "regio": "noord"}'::wlz.toetsbeleid;
UPDATE wlz.documenteis SET min_bedrag = 1000000 WHERE id = -20;

-- Binary COPY round trip of a policy value.
CREATE TABLE toetsbeleid_kopie (b wlz.toetsbeleid);
INSERT INTO toetsbeleid_kopie VALUES (wlz.toetsbeleid('zilverenkruis', 'GGZ', 2025));
\copy toetsbeleid_kopie TO 'results/toetsbeleid.bin' WITH (FORMAT binary)
CREATE TABLE toetsbeleid_terug (b wlz.toetsbeleid);
\copy toetsbeleid_terug FROM 'results/toetsbeleid.bin' WITH (FORMAT binary)
SELECT (SELECT b::jsonb FROM toetsbeleid_kopie) = (SELECT b::jsonb FROM toetsbeleid_terug) AS gelijk;
DROP TABLE toetsbeleid_kopie, toetsbeleid_terug;
