--
-- tarief: the visible surface of the tariff part (SPEC 4-5): amounts, zorgprofielen,
-- the rule engine with its explanation and errors, the richttarief model aggregate and
-- extrapolation. The rules of the engine are tested in test/tarief*.sql; this file
-- shows what a user sees. Nothing here depends on TimeZone or DateStyle.
--

-- Amounts: exact, rounded once to cents, half away from zero.
SELECT wlz.tarief(100, 97.3) AS a, wlz.tarief(10.01, 50) AS half_cent,
       wlz.tarief(-10.01, 50) AS credit, wlz.tarief(123456789012345678.91, 97.3) AS large;
-- Care at the percentage, NHC and NIC at 100 % (002 L714-716).
SELECT wlz.tarief(250.00, 40.12, 8.35, 97.3) AS tarief;
SELECT wlz.tarief(100, 100.5);
SELECT wlz.tarief('NaN', 50);

-- Zorgprofielen: the spellings of the documents become COD163 labels.
SELECT s AS spelling, wlz.zorgprofiel(s) AS label
FROM unnest(ARRAY['VG4', '4 VG', 'W5', 'GGZ-W5', 'ggz w 5', 'B7', '9bVV', 'GGZWonen1',
                  'ZZP 7 VG', 'SGLVG', '5ZGVIS', 'VG7+', '806', '766']) s;
SELECT wlz.zorgprofiel('VG9');
SELECT wlz.zorgprofiel('W5/B7');
SELECT code, sector, zorgprofiel, iwlz_code, omschrijving FROM wlz.prestatie
WHERE code IN ('4VG', '9VV B', '5GGZ W', 'VG7+', 'Z1007', 'H335') ORDER BY code;

-- The engine, on a zorgkantoor of our own: RT% 97,8, W5/B7 and VPT/MPT +2 to at most
-- 100, Z1007/Z1008 at 100, new providers 93,9 without op- and afslagen
-- (after Zilveren Kruis GGZ, 001 L1031-1033, L1133-1147).
INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('regress', 'Regressiezorgkantoor');
INSERT INTO wlz.richttarief (sector, jaar, percentage, bron) VALUES ('GGZ', 2090, 97.8, 'regressie');
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, zorgprofielen,
                             leveringsvormen, prestaties, groep, bewerking, waarde, eindregel,
                             bron, toelichting) VALUES
  ('regress', 'GGZ', 2090, 10, '{nieuw,bestaand-maar-nieuw}', NULL, NULL, NULL, NULL, 'vast', 93.9, true,
   'r L1133', 'nieuwe aanbieder'),
  ('regress', 'GGZ', 2090, 20, NULL, NULL, NULL, '{Z1007,Z1008}', NULL, 'vast', 100, true,
   'r L1032', 'beveiligde zorg'),
  ('regress', 'GGZ', 2090, 30, NULL, '{W5,B7}', NULL, NULL, 'opslag', 'opslag', 2, false,
   'r L1031', 'zorgprofiel W5/B7'),
  ('regress', 'GGZ', 2090, 40, NULL, NULL, '{vpt,mpt}', NULL, 'opslag', 'opslag', 2, false,
   'r L1031', 'VPT/MPT, stapelt niet met W5/B7'),
  ('regress', 'GGZ', 2090, 50, NULL, NULL, NULL, NULL, NULL, 'maximum', 100, false,
   'r L1031-1032', 'tot een maximum van 100%');

SELECT wlz.tariefpercentage('regress', 'GGZ', 2090) AS standaard,
       wlz.tariefpercentage('regress', 'GGZ', 2090, zorgprofiel => 'GGZ W5') AS w5,
       wlz.tariefpercentage('regress', 'GGZ', 2090, zorgprofiel => '5GGZ W', leveringsvorm => 'vpt') AS w5_vpt,
       wlz.tariefpercentage('regress', 'GGZ', 2090, prestatie => 'Z1007') AS z1007,
       wlz.tariefpercentage('regress', 'GGZ', 2090, zorgprofiel => 'W5', klasse => 'nieuw') AS nieuw;
-- (regel_id is shown as the rule's volgorde: ids depend on the rows already there)
SELECT u.stap, r.volgorde AS regel, u.bewerking, u.waarde, u.resultaat, u.bron, u.toelichting
FROM wlz.tariefpercentage_uitleg('regress', 'GGZ', 2090, zorgprofiel => 'B7', leveringsvorm => 'mpt') u
LEFT JOIN wlz.tariefregel r ON r.id = u.regel_id ORDER BY u.stap;
SELECT u.stap, r.volgorde AS regel, u.bewerking, u.waarde, u.resultaat, u.bron, u.toelichting
FROM wlz.tariefpercentage_uitleg('regress', 'GGZ', 2090, klasse => 'nieuw') u
LEFT JOIN wlz.tariefregel r ON r.id = u.regel_id ORDER BY u.stap;

-- The amount for a declaration line: percentage and tariff together.
SELECT wlz.tarief(250.00, 40.12, 8.35,
                  wlz.tariefpercentage('regress', 'GGZ', 2090, zorgprofiel => 'W5')) AS tarief;

-- Errors: unknown zorgkantoor, no policy for the sector and year (with the years
-- and sectors there are), missing richttarief (with the INSERT that fixes them),
-- NULL keys, a bad zorgprofiel, a historical percentage out of range.
SELECT wlz.tariefpercentage('onbekend', 'GGZ', 2090);
SELECT wlz.tariefpercentage('regress', 'VV', 2090);
SELECT wlz.tariefpercentage('regress', 'GGZ', 2091);
SELECT wlz.tariefpercentage('zilverenkruis', 'VV', 2025);
-- CZ's rules hold for 2024-2026 (002 L669); the documents give no RT% GZ 2024.
SELECT wlz.tariefpercentage('cz', 'GZ', 2024);
SELECT wlz.tariefpercentage('regress', NULL, 2090);
SELECT wlz.tariefpercentage('regress', 'GGZ', 2090, zorgprofiel => 'W 6');
SELECT wlz.tariefpercentage('regress', 'GGZ', 2090, historisch => 101);
INSERT INTO wlz.tariefregel (zorgkantoor, jaar, volgorde, zorgprofielen, bewerking, waarde)
VALUES ('regress', 2090, 60, '{W5,VV4-9b}', 'opslag', 1);

-- The richttarief model: 75 % by count and by market share (000 L42-46).
SELECT wlz.richttariefpercentage(k, m) AS rt, wlz.richttariefpercentage(k, m, 0.5) AS rt_half
FROM (VALUES (96.1, 10), (97.3, 30), (97.8, 25), (98.9, 35)) v(k, m);
SELECT wlz.richttariefpercentage(k, m) AS leeg FROM (VALUES (1, 1)) v(k, m) WHERE false;
SELECT wlz.richttariefpercentage(k, m) FROM (VALUES (97, -1)) v(k, m);

-- Extrapolation: CZ, January to June plus June / 30 x 184; a leap-year February.
SELECT wlz.extrapolatie(6000000, 1050000, date '2025-06-30') AS cz,
       wlz.extrapolatie(2000, 1160, date '2024-02-01') AS februari_2024,
       wlz.extrapolatie(600, 100, date '2025-06-30') AS onafgerond;

DELETE FROM wlz.tariefregel WHERE zorgkantoor = 'regress';
DELETE FROM wlz.richttarief WHERE jaar = 2090;
DELETE FROM wlz.zorgkantoor WHERE code = 'regress';
