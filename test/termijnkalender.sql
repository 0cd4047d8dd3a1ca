-- test/termijnkalender.sql: the deadline catalogue (SPEC 2.4).
--
-- Every shipped step resolves to the moment its document prints or implies
-- (expected values written by hand with their UTC offset: CEST +02 from the
-- last Sunday of March, CET +01 from the last Sunday of October), the
-- documents' own arithmetic, relative steps that follow a changed date, the
-- precedence of sector, zorgkantoor and user rows, and the error paths.
-- The cluster runs with TimeZone UTC; nothing here depends on it.
BEGIN;
SELECT plan(82);

-- Resolve a step or return its SQLSTATE (for the steps that cannot resolve).
CREATE FUNCTION pg_temp.probeer(zk text, jaar integer, stap text, sector wlz.sector)
RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RETURN wlz.uiterste(zk, jaar, stap, sector)::text;
EXCEPTION WHEN OTHERS THEN
    RETURN 'ERROR ' || SQLSTATE;
END
$$;

-- What each shipped step must resolve to, by document. A date alone means the
-- end of that day in Amsterdam (23:59:59.999999); relative steps are worked
-- out by hand in the comment.
CREATE TEMP TABLE verwacht (
    zorgkantoor text, sector wlz.sector, inkoopjaar integer, stap text, moment timestamptz
);

-- 001: Zilveren Kruis GGZ 2025, the table of chapter 6 (L1695-1756).
INSERT INTO verwacht VALUES
  ('zilverenkruis', 'GGZ', 2025, 'inkoopbeleid-bekendmaking', '2024-05-31 23:59:59.999999+02'),  -- L1697 stap 1
  ('zilverenkruis', 'GGZ', 2025, 'vragen', '2024-06-13 12:00+02'),                               -- L1699 stap 2
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-voor-nota-van-inlichtingen', '2024-06-13 12:00+02'),   -- L1701 stap 3
  ('zilverenkruis', 'GGZ', 2025, 'nota-van-inlichtingen', '2024-07-01 23:59:59.999999+02'),      -- L1703 stap 4
  ('zilverenkruis', 'GGZ', 2025, 'inschrijving-opening', '2024-07-01 23:59:59.999999+02'),       -- L1705 stap 5
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-inkoopbeleid', '2024-07-21 23:59:59.999999+02'),       -- L1707 stap 6: 1-7 + 20 kd
  ('zilverenkruis', 'GGZ', 2025, 'verzoek-overeenkomst-per-sector', '2024-07-04 23:59:59.999999+02'), -- L1485 "voor 5 juli"
  ('zilverenkruis', 'GGZ', 2025, 'aanmelding-nieuwe-aanbieder', '2024-07-24 23:59:59.999999+02'), -- L2309
  ('zilverenkruis', 'GGZ', 2025, 'inschrijving', '2024-07-31 17:00+02'),                         -- L1709 stap 7
  ('zilverenkruis', 'GGZ', 2025, 'beoordeling', '2024-08-30 23:59:59.999999+02'),                -- L1711 stap 8
  ('zilverenkruis', 'GGZ', 2025, 'richttarief-bekendmaking', '2024-09-05 23:59:59.999999+02'),   -- L1713 stap 9
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-richttarief', '2024-09-25 23:59:59.999999+02'),        -- L1715 stap 10: 5-9 + 20 kd
  ('zilverenkruis', 'GGZ', 2025, 'intrekking-inschrijving', '2024-09-25 23:59:59.999999+02'),    -- L988-991: same 20 kd
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-beoordeling', '2024-09-25 23:59:59.999999+02'),        -- L1715-1722 printed (L2115: 30-8 + 20 kd = 19-9)
  ('zilverenkruis', 'GGZ', 2025, 'hardheidsclausule', '2024-09-25 23:59:59.999999+02'),          -- L2176-2178: 5-9 + 20 kd
  ('zilverenkruis', 'GGZ', 2025, 'herberekening-tarief', '2024-09-25 23:59:59.999999+02'),       -- L2150
  ('zilverenkruis', 'GGZ', 2025, 'inkoopgesprek', '2024-10-04 23:59:59.999999+02'),              -- L1724-1727 stap 11
  ('zilverenkruis', 'GGZ', 2025, 'overeenkomst-aanbod', '2024-10-25 23:59:59.999999+02'),        -- L1729-1733 stap 12
  ('zilverenkruis', 'GGZ', 2025, 'herberekening-besluit', '2024-10-25 23:59:59.999999+02'),      -- L2155
  ('zilverenkruis', 'GGZ', 2025, 'budgetformulier', '2024-11-01 23:59:59.999999+01'),            -- L1735-1739 stap 13
  ('zilverenkruis', 'GGZ', 2025, 'overeenkomst-ondertekend', '2024-11-01 23:59:59.999999+01'),   -- L1737-1739 stap 13
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-overeenkomst-aanbod', '2024-11-08 23:59:59.999999+01'), -- L1741 stap 14: 25-10 + 14 kd
  ('zilverenkruis', 'GGZ', 2025, 'budgetformulier-controle', '2024-11-14 23:59:59.999999+01'),   -- L1743 stap 15
  ('zilverenkruis', 'GGZ', 2025, 'budgetformulier-nza', '2024-11-15 23:59:59.999999+01'),        -- L1745-1748 stap 16
  ('zilverenkruis', 'GGZ', 2025, 'tussentijdse-inschrijving', '2025-03-01 23:59:59.999999+01'),  -- L2944, L2956
  ('zilverenkruis', 'GGZ', 2025, 'tussentijdse-beoordeling', '2025-03-29 23:59:59.999999+01'),   -- L2959: 1-3 + 4 weken
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-tussentijdse-beoordeling', '2025-04-18 23:59:59.999999+02'), -- L2971: 29-3 + 20 d
  ('zilverenkruis', 'GGZ', 2025, 'tussentijdse-terugkoppeling', '2025-05-01 23:59:59.999999+02'), -- L2965
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-tussentijdse-terugkoppeling', '2025-05-21 23:59:59.999999+02'), -- L2971: 1-5 + 20 d
  ('zilverenkruis', 'GGZ', 2025, 'aanvullende-afspraken', '2025-06-01 23:59:59.999999+02'),      -- L1750-1756 stap 17
  -- dated steps of the text (issue 15 item 8)
  ('zilverenkruis', 'GGZ', 2025, 'koploper-aanvraag', '2025-02-01 23:59:59.999999+01'),          -- L1238 "uiterlijk 1 februari" (2025: L1237)
  ('zilverenkruis', 'GGZ', 2025, 'koploper-terugkoppeling', '2025-03-15 23:59:59.999999+01'),    -- L1239 "uiterlijk 15 maart"
  ('zilverenkruis', 'GGZ', 2025, 'innovatievisie', '2024-12-31 23:59:59.999999+01'),             -- L663, L69 "uiterlijk 31 december 2024"
  ('zilverenkruis', 'GGZ', 2025, 'doorstroomplan', '2024-11-29 23:59:59.999999+01'),             -- L89 "voor 30 november 2024"
  ('zilverenkruis', 'GGZ', 2025, 'hardheidsclausule-advies', '2024-09-08 23:59:59.999999+02'),   -- L2183 "voor 9 september 2024"
  ('zilverenkruis', 'GGZ', 2025, 'herberekening-vragenperiode', '2024-10-06 23:59:59.999999+02'), -- L2163-2164 "tot en met 6 oktober"
  ('zilverenkruis', 'GGZ', 2025, 'herschikking', '2025-10-30 23:59:59.999999+01'),               -- L3093 "uiterlijk 30 oktober" (winter time from 26-10)
  ('zilverenkruis', 'GGZ', 2025, 'herschikking-procedure', '2025-07-15 23:59:59.999999+02'),     -- L3098 "uiterlijk medio juli"
  ('zilverenkruis', 'GGZ', 2025, 'nacalculatie-procedure', '2025-12-31 23:59:59.999999+01'),     -- L3116 "uiterlijk 31 december 2025"
  ('zilverenkruis', 'GGZ', 2025, 'contracteerruimte-inzage', '2024-10-25 23:59:59.999999+02');   -- L247 "Uiterlijk 25 oktober 2024"

-- 002: CZ GZ 2026, §6.1 (L1165-1270) and the terms of the text.
INSERT INTO verwacht VALUES
  ('cz', 'GZ', 2026, 'inkoopbeleid-bekendmaking', '2025-05-28 23:59:59.999999+02'),   -- L1177 stap 1
  ('cz', 'GZ', 2026, 'vragen', '2025-06-13 12:00+02'),                                -- L1185-1187 stap 2
  ('cz', 'GZ', 2026, 'bezwaar-voor-nota-van-inlichtingen', '2025-06-17 23:59:59.999999+02'), -- L1264-1265, L1857: 28-5 + 20 kd
  ('cz', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-01 23:59:59.999999+02'),       -- L1198-1199 stap 3
  ('cz', 'GZ', 2026, 'bezwaar-inkoopbeleid', '2025-07-21 23:59:59.999999+02'),        -- L1264-1265: 1-7 + 20 kd
  ('cz', 'GZ', 2026, 'inschrijving-opening', '2025-07-01 23:59:59.999999+02'),        -- L1203 stap 4
  ('cz', 'GZ', 2026, 'inschrijving', '2025-07-31 17:00+02'),                          -- L1210-1211 stap 5
  ('cz', 'GZ', 2026, 'beoordeling', '2025-09-02 23:59:59.999999+02'),                 -- L1223-1224 stap 6
  ('cz', 'GZ', 2026, 'bezwaar-beoordeling', '2025-09-22 23:59:59.999999+02'),         -- L1879: 2-9 + 20 kd
  ('cz', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05 23:59:59.999999+02'),    -- L1228-1229 stap 7
  ('cz', 'GZ', 2026, 'bezwaar-richttarief', '2025-09-25 23:59:59.999999+02'),         -- L695: 5-9 + 20 kd
  ('cz', 'GZ', 2026, 'intrekking-inschrijving', '2025-09-25 23:59:59.999999+02'),     -- L697-698
  ('cz', 'GZ', 2026, 'hardheidsclausule', '2025-09-25 23:59:59.999999+02'),           -- L900
  ('cz', 'GZ', 2026, 'csrd-duidelijkheid', '2025-09-30 23:59:59.999999+02'),          -- L252 "Vóór 1 oktober"
  ('cz', 'GZ', 2026, 'inkoopgesprek', '2025-10-06 23:59:59.999999+02'),               -- L1543 "voor 7 oktober"
  ('cz', 'GZ', 2026, 'vecozo-certificaat', '2025-10-15 00:00+02'),                    -- L1822 "op 15 oktober"
  ('cz', 'GZ', 2026, 'overeenkomst-aanbod', '2025-10-24 23:59:59.999999+02'),         -- L1236-1237 stap 8
  ('cz', 'GZ', 2026, 'budgetafspraak', '2025-10-24 23:59:59.999999+02'),              -- L1245-1246 stap 9
  ('cz', 'GZ', 2026, 'hardheidsclausule-besluit', '2025-10-24 23:59:59.999999+02'),   -- L901
  ('cz', 'GZ', 2026, 'bezwaar-budgetafspraak', '2025-11-13 23:59:59.999999+01'),      -- L1244, L1265: 24-10 + 20 kd
  ('cz', 'GZ', 2026, 'overeenkomst-ondertekend', '2025-11-06 23:59:59.999999+01'),    -- L1253-1254 stap 10
  ('cz', 'GZ', 2026, 'budgetformulier-nza', '2025-11-13 23:59:59.999999+01'),         -- L1259-1260 "Voor 14 november"
  ('cz', 'GZ', 2026, 'transitiemiddelen-voorstel', '2025-12-01 23:59:59.999999+01'),  -- L1102
  ('cz', 'GZ', 2026, 'zorgatlas', '2025-12-01 23:59:59.999999+01'),                   -- L326-327
  ('cz', 'GZ', 2026, 'transitiemiddelen-toekenning', '2026-03-01 23:59:59.999999+01'), -- L1096
  ('cz', 'GZ', 2026, 'tussentijdse-inschrijving', '2026-03-02 17:00+01'),             -- L1713
  ('cz', 'GZ', 2026, 'transitiemiddelen-aanvulling', '2026-07-01 23:59:59.999999+02'), -- L1099
  ('cz', 'GZ', 2026, 'herschikking', '2026-10-31 23:59:59.999999+01'),                -- L1095 "vóór 1 november"
  -- dated steps of the text (issue 15 item 8)
  ('cz', 'GZ', 2026, 'gesprek-lagere-kosten', '2025-09-30 23:59:59.999999+02'),       -- L785 "voor eind september 2025"
  ('cz', 'GZ', 2026, 'vecozo-aanvraag', '2025-09-17 23:59:59.999999+02'),             -- L1821-1822: 15-10 - 4 weken
  ('cz', 'GZ', 2026, 'tussentijdse-inschrijving-opening', '2025-12-01 23:59:59.999999+01'), -- L1713 "van 1 december 2025"
  ('cz', 'GZ', 2026, 'tussentijdse-terugkoppeling', '2026-05-02 23:59:59.999999+02'); -- L1715-1716: 2-3-2026 + 2 maanden

-- 000: the VGN overview, GZ 2026 (dd-mm dates in 2025).
INSERT INTO verwacht VALUES
  (NULL, 'GZ', 2026, 'inkoopbeleid-bekendmaking', '2025-05-28 23:59:59.999999+02'),  -- L4
  (NULL, 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05 23:59:59.999999+02'),   -- L40
  (NULL, 'GZ', 2026, 'csrd-duidelijkheid', '2025-10-01 23:59:59.999999+02'),         -- L56
  ('zilverenkruis', 'GZ', 2026, 'herberekening-tarief', '2025-09-25 23:59:59.999999+02'),   -- L83
  ('zilverenkruis', 'GZ', 2026, 'hardheidsclausule', '2025-09-25 23:59:59.999999+02'),      -- L200
  ('zilverenkruis', 'GZ', 2026, 'vragen', '2025-06-13 12:00+02'),                           -- L299
  ('zilverenkruis', 'GZ', 2026, 'bezwaar-voor-nota-van-inlichtingen', '2025-06-13 12:00+02'), -- L299
  ('zilverenkruis', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-01 23:59:59.999999+02'),  -- L300
  ('zilverenkruis', 'GZ', 2026, 'bezwaar-inkoopbeleid', '2025-07-21 23:59:59.999999+02'),   -- L301
  ('zilverenkruis', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05 23:59:59.999999+02'), -- L302
  ('zilverenkruis', 'GZ', 2026, 'bezwaar-richttarief', '2025-09-25 23:59:59.999999+02'),    -- L302
  ('vgz', 'GZ', 2026, 'hardheidsclausule', '2025-09-25 23:59:59.999999+02'),                -- L202
  ('vgz', 'GZ', 2026, 'vragen', '2025-06-13 12:00+02'),                                     -- L308
  ('vgz', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-01 23:59:59.999999+02'),            -- L309
  ('vgz', 'GZ', 2026, 'bezwaar-inkoopbeleid', '2025-07-22 23:59:59.999999+02'),             -- L309
  ('vgz', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05 23:59:59.999999+02'),         -- L310
  ('vgz', 'GZ', 2026, 'bezwaar-richttarief', '2025-09-25 23:59:59.999999+02'),              -- L310
  ('vgz', 'GZ', 2026, 'zorgatlas', '2025-12-01 23:59:59.999999+01'),                        -- L332
  ('menzis', 'GZ', 2026, 'herberekening-tarief', '2025-09-25 23:59:59.999999+02'),          -- L96
  ('menzis', 'GZ', 2026, 'hardheidsclausule', '2025-09-25 23:59:59.999999+02'),             -- L203
  ('menzis', 'GZ', 2026, 'vragen', '2025-06-13 12:00+02'),                                  -- L311
  ('menzis', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05 23:59:59.999999+02'),      -- L312
  ('menzis', 'GZ', 2026, 'bezwaar-richttarief', '2025-09-25 23:59:59.999999+02'),           -- L312: 5-9 + 20 kd
  ('dsw', 'GZ', 2026, 'hardheidsclausule', '2025-09-25 23:59:59.999999+02'),                -- L427 + L40: 5-9 + 20 kd
  ('dsw', 'GZ', 2026, 'vragen', '2025-06-13 12:00+02'),                                     -- L545
  ('dsw', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-01 23:59:59.999999+02'),            -- L545
  ('dsw', 'GZ', 2026, 'bezwaar-inkoopbeleid', '2025-07-21 23:59:59.999999+02'),             -- L546: 1-7 + 20 kd
  ('dsw', 'GZ', 2026, 'zorgatlas', '2025-12-01 23:59:59.999999+01'),                        -- L561
  ('zorgenzekerheid', 'GZ', 2026, 'hardheidsclausule', '2025-09-25 23:59:59.999999+02'),    -- L428
  ('zorgenzekerheid', 'GZ', 2026, 'vragen', '2025-06-13 12:00+02'),                         -- L547
  ('zorgenzekerheid', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-01 23:59:59.999999+02'), -- L547
  ('zorgenzekerheid', 'GZ', 2026, 'bezwaar-inkoopbeleid', '2025-07-21 23:59:59.999999+02'), -- L548: 1-7 + 20 kd
  ('zorgenzekerheid', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05 23:59:59.999999+02'), -- L549
  ('zorgenzekerheid', 'GZ', 2026, 'bezwaar-richttarief', '2025-09-25 23:59:59.999999+02'),  -- L549: 5-9 + 20 kd
  ('salland', 'GZ', 2026, 'hardheidsclausule', '2025-10-01 23:59:59.999999+02'),            -- L429
  ('salland', 'GZ', 2026, 'vragen', '2025-06-13 12:00+02'),                                 -- L552
  ('salland', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-01 23:59:59.999999+02'),        -- L552
  ('salland', 'GZ', 2026, 'bezwaar-inkoopbeleid', '2025-07-22 23:59:59.999999+02'),         -- L552
  ('salland', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05 23:59:59.999999+02'),     -- L553
  ('salland', 'GZ', 2026, 'bezwaar-richttarief', '2025-09-25 23:59:59.999999+02'),          -- L553
  ('salland', 'GZ', 2026, 'zorgatlas', '2025-12-01 23:59:59.999999+01'),                    -- L566
  ('salland', 'GZ', 2026, 'transitiemiddelen-voorstel', '2025-12-31 23:59:59.999999+01'),  -- L462, L511
  ('vgz', 'GZ', 2026, 'milieuthermometer-certificaat', '2026-06-30 23:59:59.999999+02');     -- L141 "voor 1 juli 2026"

-- 004: Zorg en Zekerheid 2022, all sectors: Tijdspad L1173-1225, maatwerk
-- L849-863, bezwaar L1232-1261, NZa cycle L1035-1099.
INSERT INTO verwacht VALUES
  ('zorgenzekerheid', NULL, 2022, 'inkoopbeleid-bekendmaking', '2021-05-28 23:59:59.999999+02'), -- L1181
  ('zorgenzekerheid', NULL, 2022, 'inkoopbeleid-presentatie', '2021-06-01 17:00+02'),            -- L1190
  ('zorgenzekerheid', NULL, 2022, 'vragen', '2021-06-17 12:00+02'),                              -- L1192
  ('zorgenzekerheid', NULL, 2022, 'nota-van-inlichtingen', '2021-06-30 23:59:59.999999+02'),     -- L1195
  ('zorgenzekerheid', NULL, 2022, 'bezwaar-inkoopbeleid', '2021-07-20 23:59:59.999999+02'),      -- L1237-1239: 30-6 + 20 kd
  ('zorgenzekerheid', NULL, 2022, 'inschrijving-opening', '2021-07-01 23:59:59.999999+02'),      -- L1201
  ('zorgenzekerheid', NULL, 2022, 'richttarief-bekendmaking', '2021-07-09 23:59:59.999999+02'),  -- L1207
  ('zorgenzekerheid', NULL, 2022, 'inschrijving', '2021-07-30 17:00+02'),                        -- L1201-1202
  ('zorgenzekerheid', NULL, 2022, 'maatwerk-aanmelding', '2021-08-01 23:59:59.999999+02'),       -- L853
  ('zorgenzekerheid', NULL, 2022, 'maatwerk-plan', '2021-09-01 23:59:59.999999+02'),             -- L859
  ('zorgenzekerheid', NULL, 2022, 'maatwerk-beoordeling', '2021-10-01 23:59:59.999999+02'),      -- L863
  ('zorgenzekerheid', NULL, 2022, 'inkoopgesprek', '2021-10-01 23:59:59.999999+02'),             -- L1215
  ('zorgenzekerheid', NULL, 2022, 'beoordeling', '2021-10-22 23:59:59.999999+02'),               -- L1220
  ('zorgenzekerheid', NULL, 2022, 'bezwaar-beoordeling', '2021-11-11 23:59:59.999999+01'),       -- L1237-1241: 22-10 + 20 kd
  ('zorgenzekerheid', NULL, 2022, 'budgetformulier-nza', '2021-11-15 23:59:59.999999+01'),       -- L1225
  ('zorgenzekerheid', NULL, 2022, 'herschikking', '2022-11-01 23:59:59.999999+01'),              -- L1080
  ('zorgenzekerheid', NULL, 2022, 'nacalculatie', '2023-05-31 23:59:59.999999+02');              -- L1095

-- 003: Landelijk Beleidskader Wlz 2027 (ZN), national steps.
INSERT INTO verwacht VALUES
  (NULL, NULL, 2027, 'zorgatlas', '2026-12-01 23:59:59.999999+01'),                  -- L368
  (NULL, NULL, 2027, 'lvhc-prestatiebeschrijving', '2027-07-01 23:59:59.999999+02'), -- L273
  (NULL, NULL, 2027, 'mondzorg-handvatten', '2027-05-31 23:59:59.999999+02'),        -- L1163 "tot 1 juni 2027"
  (NULL, NULL, 2027, 'milieuthermometer-brons', '2027-12-31 23:59:59.999999+01'),    -- L329 "Per 1 januari 2028"
  (NULL, NULL, 2027, 'milieuthermometer-zilver', '2029-12-31 23:59:59.999999+01'),   -- L330 "Per 1 januari 2030"
  (NULL, 'GZ', 2027, 'vg7plus-onderbouwing', '2026-09-30 23:59:59.999999+02'),       -- L1037 "voor 1 oktober 2026"
  (NULL, 'VV', 2027, 'regiobudget-aanvraag', '2026-07-01 23:59:59.999999+02'),       -- L678, L745
  (NULL, 'VV', 2027, 'regiobudget-gunning', '2026-09-01 23:59:59.999999+02'),        -- L684, L746
  (NULL, 'VV', 2027, 'regiobudget-verantwoording', '2028-02-29 23:59:59.999999+01'), -- L726, L747 "februari 2028"
  (NULL, 'VV', 2027, 'regiobudget-toekenning', '2028-04-30 23:59:59.999999+02'),    -- L736, L748 "april 2028"
  (NULL, NULL, 2027, 'inkoopbeleid-bekendmaking', '2026-06-01 23:59:59.999999+02'),  -- L5 "1 juni 2026", L519 "jaarlijks op 1 juni"
  (NULL, NULL, 2028, 'inkoopbeleid-bekendmaking', '2027-06-01 23:59:59.999999+02'),  -- L519 "jaarlijks op 1 juni"
  (NULL, NULL, 2027, 'ceiz-einde', '2026-12-31 23:59:59.999999+01');                 -- L228 "Met ingang van 1 januari 2027"

-- The events: rows without uiterst and na_stap, moments that only the caller
-- knows (a request, a notice, the start of a contract).
CREATE TEMP TABLE gebeurtenis AS
SELECT * FROM (VALUES
  ('zilverenkruis', 'GGZ'::wlz.sector, 2025, 'verzoek-toelichting'),   -- 001 L2036-2040
  ('zilverenkruis', 'GGZ', 2025, 'herberekening-vraag'),               -- 001 L2163-2167
  ('zilverenkruis', 'GGZ', 2025, 'melding-onderaannemer'),             -- 001 L1993-2000
  ('zilverenkruis', 'GGZ', 2025, 'ingangsdatum-overeenkomst'),         -- 001 L2542-2553, L2967-2969
  ('cz', 'GZ', 2026, 'verzoek-toelichting'),                           -- 002 L1493-1498
  ('cz', 'GZ', 2026, 'verzoek-contact'),                               -- 002 L1723-1725
  ('cz', 'GZ', 2026, 'ingangsdatum-overeenkomst')                      -- 002 L2353-2374, L1572-1579
  ) AS g(zorgkantoor, sector, inkoopjaar, stap);

-- The steps that run from an event, each with an example moment of that event
-- and the end worked out by hand (wlz.uiterste_na).
CREATE TEMP TABLE na_gebeurtenis (
    zorgkantoor text, sector wlz.sector, inkoopjaar integer, stap text, gebeurtenis timestamptz, moment timestamptz
);
INSERT INTO na_gebeurtenis VALUES
  -- 001 L2037-2038 "vijf werkdagen": request Monday 5-8-2024 10:00 -> Monday 12-8
  ('zilverenkruis', 'GGZ', 2025, 'toelichting-inschrijving', '2024-08-05 10:00+02', '2024-08-12 23:59:59.999999+02'),
  -- 001 L2165 "binnen 3 werkdagen": question Friday 20-9-2024 -> Wednesday 25-9
  ('zilverenkruis', 'GGZ', 2025, 'herberekening-antwoord', '2024-09-20 15:00+02', '2024-09-25 23:59:59.999999+02'),
  -- 001 L2000 "binnen twee weken": notice Monday 3-3-2025 -> Monday 17-3
  ('zilverenkruis', 'GGZ', 2025, 'reactie-melding-onderaannemer', '2025-03-03 09:00+01', '2025-03-17 23:59:59.999999+01'),
  -- 001 L2542-2543 "6 maanden na ingangsdatum": 1-1-2025 -> 1-7-2025
  ('zilverenkruis', 'GGZ', 2025, 'clientenraad', '2025-01-01 00:00+01', '2025-07-01 23:59:59.999999+02'),
  -- 001 L2590-2591 "Over het eerste jaar": 1-4-2025 -> 1-4-2026
  ('zilverenkruis', 'GGZ', 2025, 'kwaliteitsverslag', '2025-04-01 00:00+02', '2026-04-01 23:59:59.999999+02'),
  -- 002 L1495-1497 "vijf werkdagen": request Tuesday 12-8-2025 -> Tuesday 19-8
  ('cz', 'GZ', 2026, 'toelichting-inschrijving', '2025-08-12 11:00+02', '2025-08-19 23:59:59.999999+02'),
  -- 002 L1724-1725 "binnen drie werkdagen": mail Monday 8-9-2025 10:00 -> Thursday 11-9
  ('cz', 'GZ', 2026, 'contact-nieuwe-aanbieder', '2025-09-08 10:00+02', '2025-09-11 23:59:59.999999+02'),
  -- 002 L2358-2359 "6 maanden na ingangsdatum": 1-1-2026 -> 1-7-2026
  ('cz', 'GZ', 2026, 'clientenraad', '2026-01-01 00:00+01', '2026-07-01 23:59:59.999999+02'),
  -- 002 L2418-2420 "Over het eerste jaar": 1-1-2026 -> 1-1-2027
  ('cz', 'GZ', 2026, 'kwaliteitsverslag', '2026-01-01 00:00+01', '2027-01-01 23:59:59.999999+01');

-- The steps that cannot resolve with wlz.uiterste: the events, the steps that
-- run from one, and Menzis' objection, which hangs on an inschrijving the
-- overview does not date (000 L311).
CREATE TEMP TABLE onoplosbaar AS
SELECT * FROM gebeurtenis
UNION ALL SELECT zorgkantoor, sector, inkoopjaar, stap FROM na_gebeurtenis
UNION ALL VALUES ('menzis', 'GZ'::wlz.sector, 2026, 'bezwaar-inkoopbeleid');

-- 1-2: the expectations cover the catalogue exactly.
SELECT set_eq(
    'SELECT zorgkantoor, sector, inkoopjaar, stap FROM wlz.termijnkalender WHERE meegeleverd',
    'SELECT zorgkantoor, sector, inkoopjaar, stap FROM verwacht
     UNION ALL SELECT zorgkantoor, sector, inkoopjaar, stap FROM onoplosbaar',
    'every shipped step has a hand-written expectation (or is known not to resolve)');
SELECT is((SELECT count(*) FROM wlz.termijnkalender WHERE meegeleverd), 162::bigint,
          '162 steps ship (7 of them events)');

-- 3-8: every shipped step resolves to its document's moment, per document.
SELECT is_empty($$SELECT v.*, pg_temp.probeer(v.zorgkantoor, v.inkoopjaar, v.stap, v.sector)
                  FROM verwacht v WHERE v.inkoopjaar = 2025
                   AND pg_temp.probeer(v.zorgkantoor, v.inkoopjaar, v.stap, v.sector)
                       IS DISTINCT FROM v.moment::text$$,
                'Zilveren Kruis GGZ 2025: every step resolves to the table of 001 L1695-1756 and the text');
SELECT is_empty($$SELECT v.*, wlz.uiterste(v.zorgkantoor, v.inkoopjaar, v.stap, v.sector)
                  FROM verwacht v WHERE v.zorgkantoor = 'cz' AND v.inkoopjaar = 2026
                   AND wlz.uiterste(v.zorgkantoor, v.inkoopjaar, v.stap, v.sector) IS DISTINCT FROM v.moment$$,
                'CZ GZ 2026: every step resolves to 002 L1165-1270 and the text');
SELECT is_empty($$SELECT v.*, wlz.uiterste(v.zorgkantoor, v.inkoopjaar, v.stap, v.sector)
                  FROM verwacht v WHERE coalesce(v.zorgkantoor, '') <> 'cz' AND v.inkoopjaar = 2026
                   AND wlz.uiterste(v.zorgkantoor, v.inkoopjaar, v.stap, v.sector) IS DISTINCT FROM v.moment$$,
                'VGN overview GZ 2026: every step resolves to the cells of 000');
SELECT is_empty($$SELECT v.*, wlz.uiterste(v.zorgkantoor, v.inkoopjaar, v.stap, v.sector)
                  FROM verwacht v WHERE v.inkoopjaar = 2022
                   AND wlz.uiterste(v.zorgkantoor, v.inkoopjaar, v.stap, v.sector) IS DISTINCT FROM v.moment$$,
                'Zorg en Zekerheid 2022: every step resolves to 004 L1173-1261');
SELECT is_empty($$SELECT v.*, wlz.uiterste(v.zorgkantoor, v.inkoopjaar, v.stap, v.sector)
                  FROM verwacht v WHERE v.inkoopjaar IN (2027, 2028)
                   AND wlz.uiterste(v.zorgkantoor, v.inkoopjaar, v.stap, v.sector) IS DISTINCT FROM v.moment$$,
                'ZN 2027: every national step resolves to 003 (and the yearly 1 June of L519 for 2028)');
SELECT is_empty($$SELECT o.*, pg_temp.probeer(o.zorgkantoor, o.inkoopjaar, o.stap, o.sector)
                  FROM onoplosbaar o
                 WHERE pg_temp.probeer(o.zorgkantoor, o.inkoopjaar, o.stap, o.sector) <> 'ERROR P0002'$$,
                'the events and the steps that hang on an undated moment raise P0002 instead of guessing');

-- 9-14: the documents' own arithmetic.
-- 000 L304-305, L302: CZ's "20 kalenderdagen na publicatie" of the RT% (05-09)
-- lands on the 25-09 that Zilveren Kruis prints.
SELECT is(wlz.uiterste('cz', 2026, 'bezwaar-richttarief', 'GZ'),
          wlz.uiterste('zilverenkruis', 2026, 'bezwaar-richttarief', 'GZ'),
          '000 L305 vs L302: 05-09 + 20 kalenderdagen = 25-09');
-- 000 L546 vs L301: DSW's 20 kalenderdagen after the NVI (01-07) = ZK's 21-07.
SELECT is(wlz.uiterste('dsw', 2026, 'bezwaar-inkoopbeleid', 'GZ'),
          wlz.uiterste('zilverenkruis', 2026, 'bezwaar-inkoopbeleid', 'GZ'),
          '000 L546 vs L301: 01-07 + 20 kalenderdagen = 21-07');
-- 000 L309, L552: VGZ and Salland print 22-07, which is 21 days after 01-07.
SELECT is(wlz.uiterste('vgz', 2026, 'bezwaar-inkoopbeleid', 'GZ'),
          wlz.termijn_einde(wlz.uiterste('vgz', 2026, 'nota-van-inlichtingen', 'GZ'), '21 kalenderdagen'),
          '000 L309: VGZ''s 22-07 is 21 kalenderdagen after 01-07, not the 20 of the others');
-- 001 L1715-1722 vs L2115: the table prints 25-9-2024 (a Wednesday), the text
-- says 20 kalenderdagen after the voorlopige terugkoppeling of 30-8-2024 (L1711),
-- which is Thursday 19-9-2024. The printed date ships: a zorgkantoor cannot
-- hold a provider to an earlier day than the one it published.
SELECT is(wlz.uiterste('zilverenkruis', 2025, 'bezwaar-beoordeling', 'GGZ'),
          wlz.uiterste('zilverenkruis', 2025, 'bezwaar-richttarief', 'GGZ'),
          '001 L1715-1722 vs L2115: the kort geding against the assessment ends on the printed 25-9, with the RT% objection (L2119-2121)');
-- 001 L2235 and L1741: 25-10-2024 + 14 kalenderdagen = 8-11-2024, across the
-- end of summer time (27-10-2024): still the end of the local day.
SELECT is(wlz.uiterste('zilverenkruis', 2025, 'bezwaar-overeenkomst-aanbod', 'GGZ'),
          '2024-11-08 23:59:59.999999+01'::timestamptz,
          '001 L1741, L2235: 25-10 + 14 kalenderdagen = 8-11, end of the local day in winter time');
-- 000 L427 + L40: DSW gives no publication date of its own; its
-- hardheidsclausule runs from the national 5 September 2025.
SELECT is(wlz.uiterste('dsw', 2026, 'hardheidsclausule', 'GZ'), '2025-09-25 23:59:59.999999+02'::timestamptz,
          '000 L427: DSW''s 20 kalender-dagen na bekendmaking run from the national 05-09 (L40)');

-- 15-21: relative steps follow a changed date.
-- A user row with the actual publication date of CZ's nota wins over the
-- shipped row, and CZ's objection follows: 4-7 + 20 = 24-7.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
VALUES ('cz', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-04 23:59:59.999999+02');
SELECT is(wlz.uiterste('cz', 2026, 'bezwaar-inkoopbeleid', 'GZ'), '2025-07-24 23:59:59.999999+02'::timestamptz,
          '002 L1264-1265: a user row for the nota moves the objection term with it');
SELECT is(wlz.uiterste('cz', 2026, 'bezwaar-voor-nota-van-inlichtingen', 'GZ'), '2025-06-17 23:59:59.999999+02'::timestamptz,
          'steps that do not hang on the nota stay where they were');
-- The RT% published a week late: a user row with the same key replaces the
-- shipped one (shipped rows are read-only, SPEC 7).
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
VALUES ('cz', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-12 23:59:59.999999+02');
SELECT is(wlz.uiterste('cz', 2026, 'bezwaar-richttarief', 'GZ'), '2025-10-02 23:59:59.999999+02'::timestamptz,
          '002 L692-695: the RT% objection follows a changed publication date (12-9 + 20 = 2-10)');
SELECT is(wlz.uiterste('cz', 2026, 'hardheidsclausule', 'GZ'), '2025-09-25 23:59:59.999999+02'::timestamptz,
          '002 L899-901: CZ''s hardheidsclausule is a fixed date and does not move');
-- A later national publication moves DSW's hardheidsclausule, not the
-- zorgkantoren that give their own date.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
VALUES (NULL, 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-08 23:59:59.999999+02');
SELECT is(wlz.uiterste('dsw', 2026, 'hardheidsclausule', 'GZ'), '2025-09-28 23:59:59.999999+02'::timestamptz,
          '000 L427: DSW follows the national publication date (8-9 + 20 = 28-9)');
SELECT is(wlz.uiterste('menzis', 2026, 'bezwaar-richttarief', 'GZ'), '2025-09-25 23:59:59.999999+02'::timestamptz,
          '000 L312: Menzis counts from its own 5 september, not from the national row');
-- Menzis' "24 uur voor de uiterste inschrijfdatum" (000 L311) resolves once
-- the inschrijving is known: a backward term of exact hours.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
VALUES ('menzis', 'GZ', 2026, 'inschrijving', '2025-07-31 17:00+02');
SELECT is(wlz.uiterste('menzis', 2026, 'bezwaar-inkoopbeleid', 'GZ'), '2025-07-30 17:00+02'::timestamptz,
          '000 L311: 24 uur voor de uiterste inschrijfdatum');

-- 22-23: atw passes through to wlz.termijn_einde. 001 L1707: 21-7-2024 is a
-- Sunday; a user who applies the Algemene termijnenwet gets Monday 22-7.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, na_stap, termijn, atw)
VALUES ('zilverenkruis', 'GGZ', 2025, 'bezwaar-inkoopbeleid', 'nota-van-inlichtingen', '20 kalenderdagen', true);
SELECT is(wlz.uiterste('zilverenkruis', 2025, 'bezwaar-inkoopbeleid', 'GGZ'), '2024-07-22 23:59:59.999999+02'::timestamptz,
          'a user row with atw => true rolls Sunday 21-7-2024 to Monday 22-7-2024');
SELECT is((SELECT count(*) FROM wlz.termijnkalender WHERE meegeleverd AND atw), 0::bigint,
          'no shipped row applies the Algemene termijnenwet: no document says so');

-- 24-29: sector, zorgkantoor and national precedence.
-- Zorg en Zekerheid 2022 covers all three sectors (004 L1150-1156).
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
VALUES ('zorgenzekerheid', 'VV', 2022, 'inschrijving', '2021-08-02 12:00+02');
SELECT is(wlz.uiterste('zorgenzekerheid', 2022, 'inschrijving', 'VV'), '2021-08-02 12:00+02'::timestamptz,
          'the row for the sector wins over the all-sector row');
SELECT is(wlz.uiterste('zorgenzekerheid', 2022, 'inschrijving', 'GGZ'), '2021-07-30 17:00+02'::timestamptz,
          '004 L1201-1202: another sector gets the all-sector row');
SELECT is(wlz.uiterste('zorgenzekerheid', 2022, 'inschrijving'), '2021-07-30 17:00+02'::timestamptz,
          'a call without sector gets the all-sector row, not the VV row');
-- A relative all-sector step follows the sector's own anchor: a VV nota two
-- days later moves the VV objection, not the others.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
VALUES ('zorgenzekerheid', 'VV', 2022, 'nota-van-inlichtingen', '2021-07-02 23:59:59.999999+02');
SELECT is(wlz.uiterste('zorgenzekerheid', 2022, 'bezwaar-inkoopbeleid', 'VV'), '2021-07-22 23:59:59.999999+02'::timestamptz,
          '004 L1237-1239: the all-sector objection term runs from the VV nota for VV (2-7 + 20 = 22-7)');
SELECT is(wlz.uiterste('zorgenzekerheid', 2022, 'bezwaar-inkoopbeleid', 'GZ'), '2021-07-20 23:59:59.999999+02'::timestamptz,
          '004 L1237-1239: and from the all-sector nota for GZ (30-6 + 20 = 20-7)');
-- The zorgkantoor's own row wins over the national one (CZ 002 L252 vs 000 L56).
SELECT is(wlz.uiterste('cz', 2026, 'csrd-duidelijkheid', 'GZ'), '2025-09-30 23:59:59.999999+02'::timestamptz,
          '002 L252 "Vóór 1 oktober" wins over the national "uiterlijk 1 oktober" (000 L56)');

-- 30-33: calls without a sector.
SELECT is(wlz.uiterste('cz', 2026, 'inschrijving'), '2025-07-31 17:00+02'::timestamptz,
          'without a sector, the only sector that has the step is used (002 covers GZ only)');
SELECT is(wlz.uiterste('vgz', 2027, 'regiobudget-aanvraag'), '2026-07-01 23:59:59.999999+02'::timestamptz,
          '003 L745: national VV step, reached from a zorgkantoor without a sector');
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
VALUES (NULL, 'GGZ', 2027, 'regiobudget-aanvraag', '2026-07-15 23:59:59.999999+02');
SELECT throws_ok($$SELECT wlz.uiterste('vgz', 2027, 'regiobudget-aanvraag')$$, 'P0002',
                 'step "regiobudget-aanvraag" for zorgkantoor "vgz" in inkoopjaar 2027 has no row for all sectors',
                 'rows of two sectors and none for all: a call without sector is ambiguous, not a guess');
SELECT throws_ok($$SELECT wlz.uiterste('vgz', 2027, 'regiobudget-aanvraag', 'GZ')$$, 'P0002', NULL,
                 'a sector without the step raises P0002');

-- 34-40: errors.
SELECT throws_ok($$SELECT wlz.uiterste('cz', 2026, 'bezwaar')$$, 'P0002',
                 'step "bezwaar" does not exist for zorgkantoor "cz" in inkoopjaar 2026',
                 'an unknown step raises P0002');
SELECT throws_ok($$SELECT wlz.uiterste('menzies', 2026, 'vragen')$$, 'P0002',
                 'zorgkantoor "menzies" does not exist',
                 'an unknown zorgkantoor raises P0002');
SELECT throws_ok($$SELECT wlz.uiterste(NULL, 2026, 'zorgatlas')$$, 'P0002', NULL,
                 'a national step in a year without it raises P0002');
-- The hint lists the steps there are (checked through the error fields).
CREATE FUNCTION pg_temp.hint(zk text, jaar integer, stap text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE h text;
BEGIN
    PERFORM wlz.uiterste(zk, jaar, stap);
    RETURN NULL;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT;
    RETURN h;
END
$$;
SELECT is(pg_temp.hint('salland', 2026, 'inschrijving'),
          'Steps for zorgkantoor "salland" in inkoopjaar 2026: bezwaar-inkoopbeleid, bezwaar-richttarief, csrd-duidelijkheid, hardheidsclausule, inkoopbeleid-bekendmaking, nota-van-inlichtingen, richttarief-bekendmaking, transitiemiddelen-voorstel, vragen, zorgatlas.',
          'the hint of an unknown step lists the steps of that zorgkantoor and year, national ones included');
SELECT throws_ok($$SELECT wlz.uiterste('cz', 2026, 'toelichting-inschrijving')$$, 'P0002',
                 'step "toelichting-inschrijving" runs from event "verzoek-toelichting", which wlz.termijnkalender does not date',
                 '002 L1495-1497: a term after an event names the event');
SELECT is(pg_temp.hint('cz', 2026, 'toelichting-inschrijving'),
          'Pass the moment of "verzoek-toelichting" (a timestamptz, or a date): wlz.uiterste_na(''cz'', 2026, ''toelichting-inschrijving'', <moment of verzoek-toelichting>).',
          'the hint shows the call with the event');
-- A user's term after a step that has no row (Salland gives no date for the
-- assessment): the missing step is named; it is not an event.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, na_stap, termijn)
VALUES ('salland', 'GZ', 2026, 'bezwaar-beoordeling', 'beoordeling', '20 kalenderdagen');
SELECT throws_ok($$SELECT wlz.uiterste('salland', 2026, 'bezwaar-beoordeling')$$, 'P0002',
                 'step "bezwaar-beoordeling" refers to step "beoordeling", which does not exist for zorgkantoor "salland" in inkoopjaar 2026',
                 'a term after a step without a row still names the missing step (it is not an event)');
-- A cycle over three steps, and one over two.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, na_stap, termijn) VALUES
  ('salland', NULL, 2028, 'vragen', 'nota-van-inlichtingen', '-14 kalenderdagen'),
  ('salland', NULL, 2028, 'nota-van-inlichtingen', 'inschrijving', '-30 kalenderdagen'),
  ('salland', NULL, 2028, 'inschrijving', 'vragen', '6 weken'),
  ('salland', NULL, 2028, 'bezwaar-inkoopbeleid', 'nota-van-inlichtingen', '20 kalenderdagen');
SELECT throws_ok($$SELECT wlz.uiterste('salland', 2028, 'bezwaar-inkoopbeleid')$$, '42P17',
                 'cycle in wlz.termijnkalender at step "nota-van-inlichtingen" for zorgkantoor "salland" in inkoopjaar 2028',
                 'a cycle behind a step raises 42P17 at the step where it closes');
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, na_stap, termijn) VALUES
  ('dsw', 'VV', 2028, 'a', 'b', '1 week'), ('dsw', 'VV', 2028, 'b', 'a', '1 week');
SELECT throws_ok($$SELECT wlz.uiterste('dsw', 2028, 'a', 'VV')$$, '42P17', NULL,
                 'a cycle of two steps raises 42P17');

-- 41-45: the table.
SELECT throws_ok($$INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, uiterst, na_stap, termijn)
                   VALUES ('cz', 2029, 'vragen', '2028-06-13 12:00+02', 'inschrijving', '1 week')$$,
                 '23514', NULL, 'a row is either fixed or relative, not both');
SELECT throws_ok($$INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, na_stap, termijn)
                   VALUES ('cz', 2029, 'vragen', 'vragen', '1 week')$$,
                 '23514', NULL, 'a step cannot refer to itself');
SELECT throws_ok($$INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, uiterst)
                   VALUES ('cz', 2029, 'Vragen', '2028-06-13 12:00+02'),
                          ('cz', 2029, 'vragen', '2028-06-14 12:00+02')$$,
                 '23514', NULL, 'step names are lower-case');
SELECT throws_ok($$INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, uiterst)
                   VALUES (NULL, 2029, 'vragen', '2028-06-13 12:00+02'),
                          (NULL, 2029, 'vragen', '2028-06-14 12:00+02')$$,
                 '23505', NULL, 'one row per zorgkantoor, sector, inkoopjaar and step, also for NULL zorgkantoor and sector');
SELECT lives_ok($$INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, uiterst)
                  VALUES ('zorgenzekerheid', 2022, 'vragen', '2021-06-18 12:00+02')$$,
                'a user row may share its key with a shipped row (it wins)');

-- 46-52: shipped-table conventions and the function's properties.
SELECT is((SELECT extcondition[array_position(extconfig, 'wlz.termijnkalender'::regclass)]
           FROM pg_extension WHERE extname = 'wlzcontract'),
          'WHERE NOT meegeleverd', 'wlz.termijnkalender keeps user rows in pg_dump');
SELECT ok(EXISTS (SELECT FROM pg_extension
                  WHERE extname = 'wlzcontract' AND 'wlz.termijnkalender_id_seq'::regclass = ANY (extconfig)),
          'the id sequence is dumped too');
SELECT is_empty($$SELECT id, stap FROM wlz.termijnkalender
                  WHERE meegeleverd AND (coalesce(bron, '') !~ '^00[0-4]_[0-9a-f]{16}\.txt L[0-9]'
                                         OR coalesce(toelichting, '') = '')$$,
                'every shipped row cites file and lines in bron and explains itself in toelichting');
SELECT is_empty($$SELECT id, stap FROM wlz.termijnkalender
                  WHERE meegeleverd AND uiterst IS NOT NULL
                    AND (uiterst AT TIME ZONE 'Europe/Amsterdam')::time NOT IN ('23:59:59.999999', '12:00', '17:00', '00:00')$$,
                'shipped fixed moments are the end of a local day or a clock time the documents print');
SELECT is((SELECT provolatile::text || proparallel::text FROM pg_proc
           WHERE oid = 'wlz.uiterste(text, integer, text, wlz.sector)'::regprocedure),
          'ss', 'wlz.uiterste is STABLE and PARALLEL SAFE');
SELECT ok(has_table_privilege('public', 'wlz.termijnkalender', 'SELECT')
          AND NOT has_table_privilege('public', 'wlz.termijnkalender', 'INSERT,UPDATE,DELETE'),
          'PUBLIC may read wlz.termijnkalender and change nothing');
SELECT is(wlz.uiterste('cz', 2026, 'vragen', NULL), wlz.uiterste('cz', 2026, 'vragen'),
          'an explicit NULL sector is the default');

-- The event form, wlz.uiterste_na (issue 15 item 8): a step that runs from a
-- moment only the caller knows.
SELECT set_eq(
    'SELECT zorgkantoor, sector, inkoopjaar, stap FROM wlz.termijnkalender
      WHERE meegeleverd AND uiterst IS NULL AND na_stap IS NULL',
    'SELECT * FROM gebeurtenis',
    'the shipped events are exactly the requests, notices and contract starts of 001 and 002');
SELECT is_empty($$SELECT n.*, wlz.uiterste_na(n.zorgkantoor, n.inkoopjaar, n.stap, n.gebeurtenis, n.sector)
                  FROM na_gebeurtenis n
                 WHERE wlz.uiterste_na(n.zorgkantoor, n.inkoopjaar, n.stap, n.gebeurtenis, n.sector)
                       IS DISTINCT FROM n.moment$$,
                'every step that runs from an event resolves from the caller''s moment to the document''s term');
SELECT is_empty($$SELECT n.*
                  FROM na_gebeurtenis n
                 WHERE wlz.uiterste_na(n.zorgkantoor, n.inkoopjaar, n.stap,
                                       (n.gebeurtenis AT TIME ZONE 'Europe/Amsterdam')::date, n.sector)
                       IS DISTINCT FROM n.moment$$,
                'the same from the day of the event (date form): every shipped term counts in days');
-- 001 L2000: reactie-melding-onderaannemer is 2 weken after the notice. The
-- term does not care about the clock time or the sector argument.
SELECT is(wlz.uiterste_na('zilverenkruis', 2025, 'reactie-melding-onderaannemer', timestamptz '2025-03-03 23:59+01'),
          '2025-03-17 23:59:59.999999+01'::timestamptz,
          '001 L2000: a notice late on 3-3-2025, without the sector (ZK 2025 has only GGZ): 17-3-2025');
-- 002 L1724-1725 "binnen drie werkdagen" across Christmas and New Year (ATW
-- feestdagen: 25 and 26 December, 1 January).
SELECT is(wlz.uiterste_na('cz', 2026, 'contact-nieuwe-aanbieder', timestamptz '2025-12-23 10:00+01'),
          '2025-12-30 23:59:59.999999+01'::timestamptz,
          '002 L1725: a mail on Tuesday 23-12-2025: 24, 29 and 30 December are the three werkdagen');
SELECT is(wlz.uiterste_na('cz', 2026, 'contact-nieuwe-aanbieder', date '2025-12-30'),
          '2026-01-05 23:59:59.999999+01'::timestamptz,
          '002 L1725: a mail on 30-12-2025: 31 December, 2 and 5 January (1 January is Nieuwjaarsdag)');
-- The local day counts, not the UTC one: 22:30 UTC on 7 September is 00:30 on
-- 8 September in Amsterdam.
SELECT is(wlz.uiterste_na('cz', 2026, 'contact-nieuwe-aanbieder', timestamptz '2025-09-07 22:30+00'),
          '2025-09-11 23:59:59.999999+02'::timestamptz,
          '002 L1725: a mail at 00:30 Amsterdam time on Monday 8-9 counts from 8-9, whatever the session time zone');
-- Terms that end on the days the clocks change (30-3-2025 and 26-10-2025):
-- still the end of the local day, in the offset of that evening.
SELECT is(wlz.uiterste_na('zilverenkruis', 2025, 'reactie-melding-onderaannemer', date '2025-03-16'),
          '2025-03-30 23:59:59.999999+02'::timestamptz,
          '001 L2000: a notice on 16-3-2025 ends on 30-3-2025, the day summer time starts, at 23:59:59.999999+02');
SELECT is(wlz.uiterste_na('zilverenkruis', 2025, 'reactie-melding-onderaannemer', timestamptz '2025-10-12 12:00+02'),
          '2025-10-26 23:59:59.999999+01'::timestamptz,
          '001 L2000: a notice on 12-10-2025 ends on 26-10-2025, the day summer time ends, at 23:59:59.999999+01');
-- Month arithmetic: 6 maanden after 31 August is the last day of February.
SELECT is(wlz.uiterste_na('zilverenkruis', 2025, 'clientenraad', date '2025-08-31', 'GGZ'),
          '2026-02-28 23:59:59.999999+01'::timestamptz,
          '001 L2542: a contract from 31-8-2025 (mid-year, L2967-2969): the cliëntenraad by 28-2-2026');
-- A user's own event and steps, in a leap year: a CZ contract for 2028 that
-- starts 31-8-2027 has its cliëntenraad by 29-2-2028; a further step of theirs
-- runs from that one (a chain with the event at its end).
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, na_stap, termijn) VALUES
  ('cz', 'GZ', 2028, 'clientenraad', 'ingangsdatum-overeenkomst', '6 maanden'),
  ('cz', 'GZ', 2028, 'clientenraad-controle', 'clientenraad', '2 weken');
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap) VALUES
  ('cz', 'GZ', 2028, 'ingangsdatum-overeenkomst');
SELECT is(wlz.uiterste_na('cz', 2028, 'clientenraad', date '2027-08-31'),
          '2028-02-29 23:59:59.999999+01'::timestamptz,
          'a user row: 31-8-2027 + 6 maanden = 29-2-2028 in a leap year');
SELECT is(wlz.uiterste_na('cz', 2028, 'clientenraad-controle', date '2027-08-31'),
          '2028-03-14 23:59:59.999999+01'::timestamptz,
          'a chain of two terms from one event: 29-2-2028 + 2 weken = 14-3-2028');
-- The event itself: its own moment (a date: the end of that day).
SELECT is(wlz.uiterste_na('cz', 2026, 'verzoek-contact', timestamptz '2025-09-08 10:00+02'),
          '2025-09-08 10:00+02'::timestamptz, 'asked for the event itself, the moment passed');
SELECT is(wlz.uiterste_na('cz', 2026, 'verzoek-contact', date '2025-09-08'),
          '2025-09-08 23:59:59.999999+02'::timestamptz, 'asked for the event itself as a date, the end of that day');
-- Hours: exact elapsed time from a moment, across the end of summer time;
-- from a date they have no start (22023), as in wlz.termijn_einde.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, na_stap, termijn)
VALUES ('cz', 'GZ', 2026, 'contact-spoed', 'verzoek-contact', '48 uur');
SELECT is(wlz.uiterste_na('cz', 2026, 'contact-spoed', timestamptz '2025-10-24 16:00+02'),
          '2025-10-26 15:00+01'::timestamptz, 'a user row of 48 uur: 48 elapsed hours across the end of summer time');
SELECT throws_ok($$SELECT wlz.uiterste_na('cz', 2026, 'contact-spoed', date '2025-10-24')$$, '22023', NULL,
                 'hours after a date: 22023');
-- NULLs: no event yet, no deadline.
SELECT ok(wlz.uiterste_na('cz', 2026, 'contact-nieuwe-aanbieder', NULL::timestamptz) IS NULL
          AND wlz.uiterste_na('cz', 2026, 'contact-nieuwe-aanbieder', NULL::date) IS NULL
          AND wlz.uiterste_na('cz', NULL, 'contact-nieuwe-aanbieder', now()) IS NULL
          AND wlz.uiterste_na('cz', 2026, NULL, now()) IS NULL,
          'NULL gebeurtenis, inkoopjaar or stap gives NULL');
-- Errors.
SELECT throws_ok($$SELECT wlz.uiterste('cz', 2026, 'verzoek-contact')$$, 'P0002',
                 'step "verzoek-contact" is an event that wlz.termijnkalender does not date',
                 'wlz.uiterste on an event itself: P0002');
SELECT throws_ok($$SELECT wlz.uiterste('zilverenkruis', 2025, 'clientenraad', 'GGZ')$$, 'P0002',
                 'step "clientenraad" runs from event "ingangsdatum-overeenkomst", which wlz.termijnkalender does not date',
                 '001 L2542: wlz.uiterste on a step after an event: P0002');
SELECT throws_ok($$SELECT wlz.uiterste_na('cz', 2026, 'bezwaar-richttarief', timestamptz '2025-09-08 10:00+02')$$, '22023',
                 'step "bezwaar-richttarief" does not run from an event',
                 'wlz.uiterste_na on a step whose chain ends in a fixed moment: 22023, the moment passed is not silently ignored');
SELECT throws_ok($$SELECT wlz.uiterste_na('salland', 2026, 'bezwaar-beoordeling', timestamptz '2025-09-02 12:00+02')$$, 'P0002',
                 'step "bezwaar-beoordeling" refers to step "beoordeling", which does not exist for zorgkantoor "salland" in inkoopjaar 2026',
                 'wlz.uiterste_na: a missing step is not an event (add a row for it, dated or an event)');
SELECT throws_ok($$SELECT wlz.uiterste_na('cz', 2026, 'contact', now())$$, 'P0002',
                 'step "contact" does not exist for zorgkantoor "cz" in inkoopjaar 2026',
                 'an unknown step: P0002, as in wlz.uiterste');
-- A row of the user's that dates the event turns it into a fixed step: then
-- wlz.uiterste answers and wlz.uiterste_na refuses.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
VALUES ('zilverenkruis', 'GGZ', 2025, 'verzoek-toelichting', '2024-08-05 10:00+02');
SELECT is(wlz.uiterste('zilverenkruis', 2025, 'toelichting-inschrijving'), '2024-08-12 23:59:59.999999+02'::timestamptz,
          '001 L2038: with the request dated by a user row, wlz.uiterste counts the 5 werkdagen from it');
SELECT throws_ok($$SELECT wlz.uiterste_na('zilverenkruis', 2025, 'toelichting-inschrijving', now())$$, '22023', NULL,
                 'and wlz.uiterste_na refuses a moment for it');
-- The table: an event has neither moment nor term, and no atw.
SELECT throws_ok($$INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, termijn)
                   VALUES ('cz', 2029, 'melding', '1 week')$$,
                 '23514', NULL, 'a term without na_stap is no event');
SELECT throws_ok($$INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, atw)
                   VALUES ('cz', 2029, 'melding', true)$$,
                 '23514', NULL, 'an event has no atw');
SELECT is((SELECT string_agg(provolatile::text || proparallel::text, ',') FROM pg_proc
           WHERE oid IN ('wlz.uiterste_na(text, integer, text, timestamptz, wlz.sector)'::regprocedure,
                         'wlz.uiterste_na(text, integer, text, date, wlz.sector)'::regprocedure)),
          'ss,ss', 'wlz.uiterste_na (both forms) is STABLE and PARALLEL SAFE');
-- An untyped literal resolves to the timestamptz form, as with
-- wlz.termijn_einde (README shows the typed date form).
SELECT is(wlz.uiterste_na('cz', 2026, 'contact-nieuwe-aanbieder', '2025-09-08 10:00+02'),
          '2025-09-11 23:59:59.999999+02'::timestamptz,
          'an untyped literal takes the timestamptz form');

SELECT * FROM finish();
ROLLBACK;
