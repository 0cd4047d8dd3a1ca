-- test/beleid.sql: the shipped tariff policy of seeds 001, 002 and 004 and the
-- richttariefpercentages the documents give (issue 5 item 4; README "Shipped
-- tariff policy").  For each policy: the outcome for each class, prestatie group,
-- leveringsvorm and kenmerk its rules distinguish, each citing the document lines.
-- Where the document does not give the RT% (GGZ 2025, GZ 2026) the test first checks
-- that wlz.tariefpercentage says so (P0002), then inserts a made-up RT% so that
-- every expected value below is RT% plus or minus what the document says,
-- worked out by hand.  Issue 15: each policy for every year its document states
-- (ZK GGZ 2024-2026, CZ GZ 2024-2026: the shipped RT%s of 2024 and 2025 answer
-- without a made-up one), P0002 for a year without policy, Zilveren Kruis's
-- ceiling on a historical percentage and Zorg en Zekerheid's greatest(h - 0,5,
-- least(h, RT%)).  Nothing here depends on generated ids.
BEGIN;
SELECT plan(127);

-- Shorthands.  kl: class; hist: historical percentage; km: kenmerken.
CREATE FUNCTION pg_temp.zk(zorgprofiel text DEFAULT NULL, leveringsvorm wlz.leveringsvorm DEFAULT NULL,
                           prestatie text DEFAULT NULL, kl wlz.aanbiederklasse DEFAULT 'bestaand',
                           hist numeric DEFAULT NULL, km text[] DEFAULT '{}')
RETURNS numeric LANGUAGE sql AS $$
    SELECT wlz.tariefpercentage('zilverenkruis', 'GGZ', 2025, prestatie, zorgprofiel, leveringsvorm, kl, hist, km)
$$;
CREATE FUNCTION pg_temp.cz(leveringsvorm wlz.leveringsvorm DEFAULT NULL, prestatie text DEFAULT NULL,
                           kl wlz.aanbiederklasse DEFAULT 'bestaand', hist numeric DEFAULT NULL,
                           km text[] DEFAULT '{}', zorgprofiel text DEFAULT NULL)
RETURNS numeric LANGUAGE sql AS $$
    SELECT wlz.tariefpercentage('cz', 'GZ', 2026, prestatie, zorgprofiel, leveringsvorm, kl, hist, km)
$$;
CREATE FUNCTION pg_temp.zz(sector wlz.sector, leveringsvorm wlz.leveringsvorm DEFAULT NULL,
                           kl wlz.aanbiederklasse DEFAULT 'bestaand', hist numeric DEFAULT NULL)
RETURNS numeric LANGUAGE sql AS $$
    SELECT wlz.tariefpercentage('zorgenzekerheid', sector, 2022, NULL, NULL, leveringsvorm, kl, hist)
$$;

-- ---------------------------------------------------------------------------
-- The richttariefpercentages in the documents.
-- ---------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT sector::text, jaar, percentage, bron FROM wlz.richttarief WHERE meegeleverd ORDER BY jaar, sector$$,
    $$VALUES ('GGZ', 2022, 95.8, '004_bd9ba15cba346436.txt L684-689'),
             ('GZ', 2022, 95.8, '004_bd9ba15cba346436.txt L684-689'),
             ('VV', 2022, 95.8, '004_bd9ba15cba346436.txt L684-689'),
             ('GGZ', 2024, 97.3, '001_984eca5123cbd441.txt L993-999'),
             ('GZ', 2025, 97.8, '002_f8c218839efa0959.txt L700-702')$$,
    'shipped RT%: 95,8 in 2022 (004 L685), GGZ 2024 97,3 (001 L999), GZ 2025 97,8 (002 L702)');

-- ---------------------------------------------------------------------------
-- Zilveren Kruis GGZ 2025 (seed 001 2.3-2.4).
-- ---------------------------------------------------------------------------
SELECT throws_ok($$SELECT pg_temp.zk()$$, 'P0002', NULL,
    'ZK GGZ 2025 without the RT% 2025 ("volgt 05-09-24", 001 L1025): P0002');
INSERT INTO wlz.richttarief (sector, jaar, percentage, toelichting) VALUES ('GGZ', 2025, 97.1, 'test');

SELECT is(pg_temp.zk(), 97.1, 'ZK bestaand, no zorgprofiel: the RT% (001 L1014-1025)');
SELECT is(pg_temp.zk('3GGZ W', 'verblijf'), 97.1, 'ZK bestaand W3 verblijf: the RT% (no adjustment, 001 L1031-1033)');
SELECT is(pg_temp.zk('W5', 'verblijf'), 99.1, 'ZK W5 verblijf: RT% + 2 (001 L1031, L1044)');
SELECT is(pg_temp.zk('GGZ B7', 'verblijf'), 99.1, 'ZK B7 verblijf: RT% + 2 (001 L1031, L1044)');
SELECT is(pg_temp.zk('3GGZ W', 'vpt'), 99.1, 'ZK VPT: RT% + 2 (001 L1031, L1048)');
SELECT is(pg_temp.zk('4GGZ C', 'mpt'), 99.1, 'ZK MPT: RT% + 2 (001 L1031, L1048)');
SELECT is(pg_temp.zk(NULL, 'dtv'), 97.1, 'ZK DTV: no surcharge, DTV is not named (001 L1031)');
SELECT is(pg_temp.zk('W5', 'vpt'), 99.1, 'ZK W5 via VPT: one surcharge of 2, not 4 (001 L1031; no stacking)');
SELECT is(pg_temp.zk('B7', 'mpt'), 99.1, 'ZK B7 via MPT: one surcharge of 2 (001 L1031; no stacking)');
SELECT is(pg_temp.zk('W1', 'verblijf'), 95.1, 'ZK W1 intramural: RT% - 2 (001 L1032-1033, L1050)');
SELECT is(pg_temp.zk('GGZ W2', 'verblijf'), 95.1, 'ZK W2 intramural: RT% - 2 (001 L1050)');
SELECT is(pg_temp.zk('W1', 'vpt'), 99.1, 'ZK W1 via VPT: the VPT surcharge, no discount ("(intramuraal)", 001 L1050)');
SELECT is(pg_temp.zk('W2', 'dtv'), 97.1, 'ZK W2 via DTV: neither (001 L1050 names intramural care only)');
SELECT is(pg_temp.zk('W1'), 97.1, 'ZK W1 without leveringsvorm: the discount needs verblijf (001 L1050)');
SELECT is(pg_temp.zk(prestatie => 'Z1007'), 100.0, 'ZK Z1007: 100% (001 L1032, L1046)');
SELECT is(pg_temp.zk('W1', 'verblijf', 'Z1008'), 100.0, 'ZK Z1008 for a W1 client in verblijf: still 100% (001 L1046)');
SELECT is(pg_temp.zk(kl => 'nieuw'), 93.9, 'ZK nieuw: 93,9% (001 L1142-1145)');
SELECT is(pg_temp.zk(kl => 'bestaand-maar-nieuw'), 93.9,
    'ZK bestaand-maar-nieuw: 93,9% ("voor het eerst een overeenkomst afsluiten met Zilveren Kruis", 001 L1133)');
SELECT is(pg_temp.zk('W5', 'vpt', kl => 'nieuw'), 93.9, 'ZK nieuw W5 via VPT: no surcharges (001 L1147)');
SELECT is(pg_temp.zk('W1', 'verblijf', kl => 'bestaand-maar-nieuw'), 93.9, 'ZK bestaand-maar-nieuw W1 verblijf: no discount (001 L1147)');
SELECT is(pg_temp.zk(prestatie => 'Z1007', kl => 'nieuw'), 93.9, 'ZK nieuw Z1007: 93,9%, the 100% is a surcharge (001 L552-553, L1147)');
SELECT is(pg_temp.zk(hist => 95.0), 95.0, 'ZK historically lower 95,0: kept for 2024-2026 (001 L1091-1093)');
SELECT is(pg_temp.zk('W5', 'vpt', hist => 95.0), 95.0, 'ZK historically lower W5 via VPT: no surcharge (001 L1100-1101)');
SELECT is(pg_temp.zk('W1', 'verblijf', hist => 95.0), 95.0, 'ZK historically lower W1 verblijf: no discount (001 L1100-1101)');
SELECT is(pg_temp.zk(prestatie => 'Z1007', hist => 95.0), 95.0, 'ZK historically lower Z1007: no surcharge (001 L1100-1101)');
SELECT is(pg_temp.zk('W5', 'vpt', kl => 'nieuw', hist => 95.0), 93.9, 'ZK nieuw comes first: 93,9 even with a historical percentage (001 L1133)');

SELECT results_eq(
    $$SELECT stap, bewerking::text, waarde, resultaat, bron
      FROM wlz.tariefpercentage_uitleg('zilverenkruis', 'GGZ', 2025, zorgprofiel => 'W5', leveringsvorm => 'vpt')$$,
    $$VALUES (0, 'richttarief', 97.1, 97.1, NULL::text),
             (1, 'opslag', 2, 99.1, '001_984eca5123cbd441.txt L1031-1032, L1044, L338-341, L550')$$,
    'ZK uitleg W5 via VPT: RT%, then the W5/B7 surcharge once (001 L1044)');

UPDATE wlz.richttarief SET percentage = 98.5 WHERE sector = 'GGZ' AND jaar = 2025;
SELECT is(pg_temp.zk('W5', 'verblijf'), 100.0, 'ZK with an RT% of 98,5, W5: 100.5 capped at 100 ("tot een maximum van 100%", 001 L1031-1032)');
SELECT is(pg_temp.zk('W1', 'verblijf'), 96.5, 'ZK with an RT% of 98,5, W1 verblijf: 96.5 (001 L1050)');
SELECT results_eq(
    $$SELECT stap, bewerking::text, resultaat
      FROM wlz.tariefpercentage_uitleg('zilverenkruis', 'GGZ', 2025, zorgprofiel => 'W5', leveringsvorm => 'mpt')$$,
    $$VALUES (0, 'richttarief', 98.5), (1, 'opslag', 100.5), (2, 'maximum', 100)$$,
    'ZK uitleg with an RT% of 98,5: the cap shows as the last step (001 L1031-1032)');

-- ---------------------------------------------------------------------------
-- CZ GZ 2026 (seed 002 5.1).
-- ---------------------------------------------------------------------------
SELECT throws_ok($$SELECT pg_temp.cz()$$, 'P0002', NULL,
    'CZ GZ 2026 without the RT% 2026 (published 5 September 2025, 002 L686-690): P0002');
INSERT INTO wlz.richttarief (sector, jaar, percentage, toelichting) VALUES ('GZ', 2026, 96.5, 'test');

SELECT is(pg_temp.cz(), 96.5, 'CZ bestaand: the RT% (002 L704-705)');
SELECT is(pg_temp.cz('verblijf', zorgprofiel => '4VG'), 96.5, 'CZ bestaand 4VG verblijf (ZZP): the RT% (002 L704)');
SELECT is(pg_temp.cz('mpt'), 96.5, 'CZ MPT: the RT%, the 100% is not for MPT (002 L837-839)');
SELECT is(pg_temp.cz('vpt'), 100.0, 'CZ VPT: 100% (002 L834)');
SELECT is(pg_temp.cz('dtv'), 100.0, 'CZ DTV: 100% (002 L834)');
SELECT is(pg_temp.cz(km => '{logeren}'), 100.0, 'CZ logeren: 100% (002 L834)');
SELECT is(pg_temp.cz(prestatie => 'VG7+'), 96.5, 'CZ VG7+: the regional percentage, here the RT% (002 L1134-1135)');
SELECT is(pg_temp.cz('vpt', 'Z913'), 96.5, 'CZ toeslag dagbesteding with VPT: not 100% (002 L844)');
SELECT is(pg_temp.cz('dtv', 'Z978'), 96.5, 'CZ toeslag woonzorg with DTV: not 100% (002 L844)');
SELECT is(pg_temp.cz(prestatie => 'Z975', km => '{logeren}'), 96.5, 'CZ toeslag with logeren: not 100% (002 L844)');
SELECT is(pg_temp.cz(kl => 'nieuw'), 94.5, 'CZ nieuw: RT% - 2 (002 L735-736)');
SELECT is(pg_temp.cz('vpt', kl => 'nieuw'), 94.5, 'CZ nieuw VPT: RT% - 2, no 100% (002 L843)');
SELECT is(pg_temp.cz(kl => 'bestaand-maar-nieuw'), 94.5, 'CZ bestaand-maar-nieuw: RT% - 2 (002 L735, L743-746)');
SELECT is(pg_temp.cz('dtv', kl => 'bestaand-maar-nieuw'), 94.5, 'CZ bestaand-maar-nieuw DTV: no 100% (002 L843)');
SELECT is(pg_temp.cz(hist => 93.0), 93.0, 'CZ historically lower 93: kept (002 L750-758)');
SELECT is(pg_temp.cz('vpt', hist => 93.0), 93.0, 'CZ historically lower, VPT: no 100% (002 L843)');
SELECT is(pg_temp.cz(hist => 98.0), 96.5, 'CZ historical 98 above the RT%: at most the RT% (002 L759)');
SELECT is(pg_temp.cz(km => '{lagere-kosten}'), 94.5, 'CZ historisch lagere kosten: RT% - 2 (002 L783)');
SELECT is(pg_temp.cz('vpt', km => '{lagere-kosten}'), 94.5, 'CZ historisch lagere kosten, VPT: no 100% (002 L843)');
SELECT is(pg_temp.cz(km => '{geen-regionale-bijdrage}'), 94.5, 'CZ no active regional contribution: the lower tariff (002 L809-810)');
SELECT is(pg_temp.cz(km => '{geen-regionale-bijdrage,logeren}'), 94.5, 'CZ no regional contribution, logeren: no 100% (002 L843)');
SELECT is(pg_temp.cz(km => '{good-practices}'), 96.5, 'CZ: a kenmerk the policy does not know changes nothing');

SELECT results_eq(
    $$SELECT stap, bewerking::text, waarde, resultaat
      FROM wlz.tariefpercentage_uitleg('cz', 'GZ', 2026, leveringsvorm => 'vpt')$$,
    $$VALUES (0, 'richttarief', 96.5, 96.5), (1, 'vast', 100, 100)$$,
    'CZ uitleg VPT: RT%, then 100 (002 L834)');
SELECT results_eq(
    $$SELECT stap, bewerking::text, resultaat
      FROM wlz.tariefpercentage_uitleg('cz', 'GZ', 2026, prestatie => 'Z913', leveringsvorm => 'vpt')$$,
    $$VALUES (0, 'richttarief', 96.5), (1, 'richttarief', 96.5)$$,
    'CZ uitleg toeslag with VPT: the rule that keeps the RT% is listed (002 L844)');
SELECT results_eq(
    $$SELECT stap, bewerking::text, waarde, resultaat
      FROM wlz.tariefpercentage_uitleg('cz', 'GZ', 2026, historisch => 98)$$,
    $$VALUES (0, 'richttarief', 96.5, 96.5), (1, 'historisch', 98, 98), (2, 'maximum', 96.5, 96.5)$$,
    'CZ uitleg historical 98: the historical percentage, then at most the RT% (002 L759)');

-- ---------------------------------------------------------------------------
-- Zorg en Zekerheid 2022, every sector (seed 004 2.3.1).  The RT% 95,8 ships.
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.zz('GZ'), 95.8, 'Z&Z GZ 2022 without a weighted average: the RT% 95,8 (004 L685)');
SELECT is(pg_temp.zz('VV'), 95.8, 'Z&Z VV 2022: the RT% 95,8 (004 L685)');
SELECT is(pg_temp.zz('GGZ', 'vpt'), 95.8, 'Z&Z GGZ VPT 2022: the RT% 95,8 (004 L685)');
SELECT is(pg_temp.zz('GZ', kl => 'nieuw'), 95.8, 'Z&Z nieuw: the RT%, the document has no rule for new providers');
SELECT is(pg_temp.zz('GZ', hist => 96.6), 96.1, 'Z&Z worked example: 96,6% - 0,5% = 96,1% (004 L745-747)');
SELECT is(pg_temp.zz('VV', 'mpt', hist => 96.6), 96.1, 'Z&Z MPT: the same, no MPT/VPT/ZZP distinction (004 L747-751)');
SELECT is(pg_temp.zz('GGZ', 'verblijf', hist => 96.6), 96.1, 'Z&Z GGZ ZZP: the same (004 L747-751)');
SELECT is(pg_temp.zz('GZ', hist => 98.25), 97.75, 'Z&Z weighted average 98,25: 97,75 (0,5 point, 004 L709, L739)');
-- Issue 15 item 4: "maximaal 0,5 procentpunt ... achteruit" (L709-711, L739) towards
-- "het landelijk tariefpercentage" (L697, L707, L759): greatest(h - 0,5, least(h, RT%)),
-- and a percentage already below 95,8 is continued (L914-918).
SELECT is(pg_temp.zz('GZ', hist => 96.0), 95.8, 'Z&Z weighted average 96,0: at most 0,5 down but not below the RT% 95,8 (004 L697, L709, L759)');
SELECT is(pg_temp.zz('VV', hist => 95.0), 95.0, 'Z&Z weighted average 95,0, below the RT%: stays 95,0, not 94,5 (004 L709 "achteruit", L914-918)');
SELECT is(pg_temp.zz('GGZ', hist => 97.0), 96.5, 'Z&Z weighted average 97,0: 97,0 - 0,5 = 96,5 (004 L709-711, L739)');
SELECT is(pg_temp.zz('GZ', hist => 96.3), 95.8, 'Z&Z 96,3: 96,3 - 0,5 = 95,8 is exactly the RT% (004 L709, L759)');
SELECT is(pg_temp.zz('GZ', hist => 96.31), 95.81, 'Z&Z 96,31: 95,81, just above the RT%, the full 0,5 (004 L709)');
SELECT is(pg_temp.zz('GZ', hist => 96.29), 95.8, 'Z&Z 96,29: 95,79 would pass the RT%, so 95,8 (004 L697, L759)');
SELECT is(pg_temp.zz('GZ', hist => 95.8), 95.8, 'Z&Z 95,8, exactly the RT%: stays 95,8 (004 L709)');
SELECT is(pg_temp.zz('GZ', hist => 95.79), 95.79, 'Z&Z 95,79, just below the RT%: stays, never up (004 L709 "achteruit", L914-918)');
SELECT is(pg_temp.zz('VV', 'mpt', hist => 100), 99.5, 'Z&Z 100: 99,5, for every prestatie (004 L747-751)');
SELECT is(pg_temp.zz('GZ', hist => 0), 0::numeric, 'Z&Z 0: stays 0 (004 L914-918)');
SELECT results_eq(
    $$SELECT stap, bewerking::text, waarde, resultaat, bron
      FROM wlz.tariefpercentage_uitleg('zorgenzekerheid', 'GZ', 2022, historisch => 96.6)$$,
    $$VALUES (0, 'richttarief', 95.8, 95.8, '004_bd9ba15cba346436.txt L684-689'),
             (1, 'historisch', 96.6, 96.6, '004_bd9ba15cba346436.txt L727-733, L761-765'),
             (2, 'maximum', 95.8, 95.8, '004_bd9ba15cba346436.txt L697, L707-711, L757-759'),
             (3, 'minimum', 96.1, 96.1, '004_bd9ba15cba346436.txt L707-711, L735-751, L910-918')$$,
    'Z&Z uitleg of the worked example: historisch, at most the RT%, at least historisch - 0,5 (004 L745-747)');
SELECT results_eq(
    $$SELECT stap, bewerking::text, waarde, resultaat
      FROM wlz.tariefpercentage_uitleg('zorgenzekerheid', 'VV', 2022, historisch => 95.0)$$,
    $$VALUES (0, 'richttarief', 95.8, 95.8), (1, 'historisch', 95.0, 95.0),
             (2, 'maximum', 95.8, 95.0), (3, 'minimum', 94.5, 95.0)$$,
    'Z&Z uitleg 95,0: neither bound moves it (004 L914-918)');
SELECT throws_ok($$SELECT wlz.tariefpercentage('zorgenzekerheid', 'GZ', 2023, historisch => 96.6)$$, 'P0002',
    'no tariff policy for zorgkantoor "zorgenzekerheid", sector GZ in 2023',
    'Z&Z 2023: the flankerend beleid is stated for 2022 ("aanbieders in 2022", 004 L709), no step for 2023: no policy, P0002');

-- ---------------------------------------------------------------------------
-- Issue 15 item 1: a policy holds for every year its document states.  These
-- years need no made-up RT%: GGZ 2024 (97,3, 001 L993-999) and GZ 2025 (97,8,
-- 002 L700-702) ship.
-- ---------------------------------------------------------------------------
CREATE FUNCTION pg_temp.zk24(zorgprofiel text DEFAULT NULL, leveringsvorm wlz.leveringsvorm DEFAULT NULL,
                             prestatie text DEFAULT NULL, kl wlz.aanbiederklasse DEFAULT 'bestaand',
                             hist numeric DEFAULT NULL)
RETURNS numeric LANGUAGE sql AS $$
    SELECT wlz.tariefpercentage('zilverenkruis', 'GGZ', 2024, prestatie, zorgprofiel, leveringsvorm, kl, hist)
$$;
CREATE FUNCTION pg_temp.cz25(leveringsvorm wlz.leveringsvorm DEFAULT NULL, prestatie text DEFAULT NULL,
                             kl wlz.aanbiederklasse DEFAULT 'bestaand', hist numeric DEFAULT NULL,
                             km text[] DEFAULT '{}')
RETURNS numeric LANGUAGE sql AS $$
    SELECT wlz.tariefpercentage('cz', 'GZ', 2025, prestatie, NULL, leveringsvorm, kl, hist, km)
$$;

SELECT is(pg_temp.zk24(kl => 'nieuw'), 93.9,
    'ZK GGZ 2024 nieuw: 93,9% ("vanaf 2024", column "2024-2026", 001 L1133-1145), not the RT% 97,3');
SELECT is(pg_temp.zk24(kl => 'bestaand-maar-nieuw'), 93.9, 'ZK GGZ 2024 bestaand-maar-nieuw: 93,9% (001 L1133-1145)');
SELECT is(pg_temp.zk24(), 97.3, 'ZK GGZ 2024 bestaand: the RT% 2024 97,3 (001 L999)');
SELECT is(pg_temp.zk24('W5', 'verblijf'), 99.3, 'ZK GGZ 2024 W5 verblijf: 97,3 + 2 ("voor de komende jaren", 001 L338-341, L1031)');
SELECT is(pg_temp.zk24('W1', 'verblijf'), 95.3, 'ZK GGZ 2024 W1 intramural: 97,3 - 2 (001 L338-341, L1050)');
SELECT is(pg_temp.zk24('W3', 'vpt'), 99.3, 'ZK GGZ 2024 VPT: 97,3 + 2 (001 L1048)');
SELECT is(pg_temp.zk24(prestatie => 'Z1007'), 100::numeric, 'ZK GGZ 2024 Z1007: 100% (001 L1046)');
SELECT is(pg_temp.zk24('W5', 'vpt', hist => 94), 94::numeric,
    'ZK GGZ 2024 historically lower 94 on W5 via VPT: kept, "ook af voor 2024-2026", no surcharge (001 L1091-1093, L1100-1101)');
INSERT INTO wlz.richttarief (sector, jaar, percentage, toelichting) VALUES ('GGZ', 2026, 96.8, 'test');
SELECT is(wlz.tariefpercentage('zilverenkruis', 'GGZ', 2026, zorgprofiel => 'W5', leveringsvorm => 'verblijf'), 98.8,
    'ZK GGZ 2026 (RT% 96,8 made up) W5: 96,8 + 2 (001 L171 "voor 2024 (t/m 2026)", L1031)');
SELECT is(wlz.tariefpercentage('zilverenkruis', 'GGZ', 2026, klasse => 'nieuw'), 93.9, 'ZK GGZ 2026 nieuw: 93,9% (001 L1136-1145)');

SELECT is(pg_temp.cz25(kl => 'nieuw'), 95.8, 'CZ GZ 2025 nieuw: 97,8 - 2 ("van het betreffende inkoopjaar", 002 L669, L736-737)');
SELECT is(pg_temp.cz25(kl => 'bestaand-maar-nieuw'), 95.8, 'CZ GZ 2025 bestaand-maar-nieuw: 95,8 (002 L743-746)');
SELECT is(pg_temp.cz25('vpt'), 100::numeric, 'CZ GZ 2025 VPT: 100% ("voor 2024, 2025 en 2026", 002 L832, L846)');
SELECT is(pg_temp.cz25('dtv'), 100::numeric, 'CZ GZ 2025 DTV: 100% (002 L832, L846)');
SELECT is(pg_temp.cz25(km => '{logeren}'), 100::numeric, 'CZ GZ 2025 logeren: 100% (002 L832, L846)');
SELECT is(pg_temp.cz25('mpt'), 97.8, 'CZ GZ 2025 MPT: the RT% 97,8 (002 L837-839)');
SELECT is(pg_temp.cz25(hist => 99), 97.8, 'CZ GZ 2025 historical 99: at most the RT% 97,8 (002 L759-760)');
SELECT is(pg_temp.cz25('vpt', hist => 95), 95::numeric, 'CZ GZ 2025 historical 95 on VPT: 95, no 100% (002 L843)');
SELECT is(pg_temp.cz25('vpt', 'Z913'), 97.8, 'CZ GZ 2025 toeslag Z913 with VPT: the RT% (002 L844)');
SELECT is(pg_temp.cz25('vpt', km => '{geen-regionale-bijdrage}'), 95.8, 'CZ GZ 2025 VPT without a regional contribution: 95,8, no 100% (002 L810, L843)');
SELECT is(pg_temp.cz25('vpt', km => '{lagere-kosten}'), 95.8, 'CZ GZ 2025 VPT with historically lower costs: 95,8 (002 L783, L843)');
SELECT is(pg_temp.cz25('vpt', kl => 'nieuw'), 95.8, 'CZ GZ 2025 nieuw VPT: 95,8, the 100% is not for the lower categories (002 L843)');
SELECT throws_ok($$SELECT wlz.tariefpercentage('cz', 'GZ', 2024, klasse => 'nieuw')$$, 'P0002',
    'no richttariefpercentage for sector GZ in 2024',
    'CZ GZ 2024: the policy holds (002 L669) but no document gives the RT% GZ 2024: P0002 for the RT%');

-- ---------------------------------------------------------------------------
-- Issue 15 item 1: a year without any policy is P0002, not the bare RT%; the
-- hint names the years and sectors the zorgkantoor has and the INSERT that adds one.
-- ---------------------------------------------------------------------------
-- The HINT of the error a statement raises.
CREATE FUNCTION pg_temp.hint(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    h text;
BEGIN
    EXECUTE sql;
    RETURN NULL;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT;
    RETURN h;
END
$$;
SELECT throws_ok($$SELECT wlz.tariefpercentage('zilverenkruis', 'GGZ', 2023, klasse => 'nieuw')$$, 'P0002',
    'no tariff policy for zorgkantoor "zilverenkruis", sector GGZ in 2023',
    'ZK GGZ 2023: before the policy "vanaf 2024" (001 L1133): no policy, P0002, not the RT%');
SELECT throws_ok($$SELECT wlz.tariefpercentage('zilverenkruis', 'GGZ', 2027)$$, 'P0002',
    'no tariff policy for zorgkantoor "zilverenkruis", sector GGZ in 2027',
    'ZK GGZ 2027: the policy "kunnen ... verlengen naar 2027" (001 L173) is not a policy yet: P0002');
SELECT is(pg_temp.hint($$SELECT wlz.tariefpercentage('zilverenkruis', 'VV', 2025)$$),
    'Its rules cover GZ 2026, GGZ 2024-2026. Add the policy of VV 2025 as rules, e.g. INSERT INTO wlz.tariefregel '
    '(zorgkantoor, sector, jaar, tot_en_met, volgorde, bewerking) VALUES (''zilverenkruis'', ''VV'', 2025, NULL, 10, '
    '''richttarief''); for the RT% as it is.',
    'ZK VV 2025 (sectorvreemd, "richttariefpercentage van de sector V&V", 001 L1170-1171): the hint names the sectors and years ZK has and the INSERT');
SELECT throws_ok($$SELECT wlz.tariefpercentage('cz', 'GZ', 2027, leveringsvorm => 'vpt')$$, 'P0002',
    'no tariff policy for zorgkantoor "cz", sector GZ in 2027',
    'CZ GZ 2027: "vanaf het jaar 2027 tegen het richttariefpercentage of een ander tariefpercentage" (002 L847-848): no policy yet, P0002');
SELECT throws_ok($$SELECT wlz.tariefpercentage('vgz', 'GZ', 2025)$$, 'P0002',
    'no tariff policy for zorgkantoor "vgz", sector GZ in 2025',
    'VGZ GZ 2025: the overview is VGZ''s policy for 2026 only (000 L1): P0002, not the RT% 97,8');
SELECT is(pg_temp.hint($$SELECT wlz.tariefpercentage('vgz', 'GZ', 2025)$$),
    'Its rules cover GZ 2026. Add the policy of GZ 2025 as rules, e.g. INSERT INTO wlz.tariefregel '
    '(zorgkantoor, sector, jaar, tot_en_met, volgorde, bewerking) VALUES (''vgz'', ''GZ'', 2025, NULL, 10, '
    '''richttarief''); for the RT% as it is.',
    'VGZ GZ 2025: the hint names the years VGZ has (GZ 2026) and the INSERT that adds a policy');

-- ---------------------------------------------------------------------------
-- Issue 15 item 2: "tot maximaal het voor prestatie geldende tariefpercentage (zie
-- bijlage 8)" (001 L1095, L236-237; "voor de sector geldende", L2153-2154, L2161):
-- a historical percentage is at most what the same care gets otherwise.
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.zk24('W3', 'verblijf', hist => 99), 97.3, 'ZK 2024 W3 verblijf historical 99: capped at the RT% 97,3 that W3 gets (001 L1095)');
SELECT is(pg_temp.zk24('W5', 'verblijf', hist => 99), 99::numeric, 'ZK 2024 W5 verblijf historical 99: under W5''s 99,3, kept (001 L1095, L1044)');
SELECT is(pg_temp.zk24('W5', 'verblijf', hist => 99.3), 99.3, 'ZK 2024 W5 verblijf historical 99,3: exactly W5''s 99,3 (001 L1095)');
SELECT is(pg_temp.zk24('W5', 'verblijf', hist => 99.5), 99.3, 'ZK 2024 W5 verblijf historical 99,5: capped at W5''s 97,3 + 2 (001 L1095, L1044)');
SELECT is(pg_temp.zk24('W3', 'vpt', hist => 99.5), 99.3, 'ZK 2024 W3 via VPT historical 99,5: capped at VPT''s 99,3 (001 L1095, L1048)');
SELECT is(pg_temp.zk24('W1', 'verblijf', hist => 96), 95.3,
    'ZK 2024 W1 intramural historical 96: capped at W1''s 97,3 - 2 = 95,3 (001 L1095, L1050; README: beyond the letter)');
SELECT is(pg_temp.zk24('W1', 'vpt', hist => 96), 96::numeric, 'ZK 2024 W1 via VPT historical 96: under 99,3, kept (001 L1095)');
SELECT is(pg_temp.zk24(prestatie => 'Z1007', hist => 99.5), 99.5, 'ZK 2024 Z1007 historical 99,5: under 100, kept, no surcharge (001 L1095, L1100-1101)');
SELECT is(pg_temp.zk24('W3', 'verblijf', hist => 94), 94::numeric, 'ZK 2024 W3 verblijf historical 94: kept (001 L1091-1093)');
SELECT is(pg_temp.zk24('W5', 'verblijf', kl => 'nieuw', hist => 99), 93.9, 'ZK 2024 nieuw with a historical 99: 93,9, the class comes first (001 L1133)');
SELECT results_eq(
    $$SELECT stap, bewerking::text, waarde, resultaat, bron
      FROM wlz.tariefpercentage_uitleg('zilverenkruis', 'GGZ', 2024, zorgprofiel => 'W5', leveringsvorm => 'verblijf',
                                       historisch => 99.5)$$,
    $$VALUES (0, 'richttarief', 97.3, 97.3, '001_984eca5123cbd441.txt L993-999'),
             (1, 'historisch', 99.5, 99.5, '001_984eca5123cbd441.txt L1090-1101'),
             (2, 'maximum', 99.3, 99.3, '001_984eca5123cbd441.txt L1093-1095, L236-237, L2152-2154, L2160-2162')$$,
    'ZK uitleg 2024 W5 historical 99,5: the cap shows the regular 99,3 as its waarde (001 L1095)');
SELECT is(pg_temp.zk('W3', 'verblijf', hist => 99), 98.5, 'ZK 2025 (RT% 98,5 made up above) W3 historical 99: capped at 98,5 (001 L1095)');
SELECT is(pg_temp.zk('W5', 'verblijf', hist => 99.9), 99.9, 'ZK 2025 (RT% 98,5) W5 historical 99,9: under W5''s 100 (98,5 + 2 capped at 100), kept (001 L1031-1032, L1095)');

-- ---------------------------------------------------------------------------
-- uitleg agrees with tariefpercentage, for every case above that has a class.
-- ---------------------------------------------------------------------------
SELECT is(
    (SELECT count(*) FROM (VALUES
        ('zilverenkruis', 'GGZ'::wlz.sector, 2025, NULL, 'W5', 'vpt'::wlz.leveringsvorm, 'bestaand'::wlz.aanbiederklasse, NULL::numeric, '{}'::text[]),
        ('zilverenkruis', 'GGZ', 2025, 'Z1008', 'W1', 'verblijf', 'bestaand', NULL, '{}'),
        ('zilverenkruis', 'GGZ', 2025, NULL, 'W2', 'verblijf', 'bestaand', NULL, '{}'),
        ('zilverenkruis', 'GGZ', 2025, NULL, 'W5', 'vpt', 'nieuw', NULL, '{}'),
        ('zilverenkruis', 'GGZ', 2025, NULL, 'W5', 'vpt', 'bestaand', 95, '{}'),
        ('cz', 'GZ', 2026, NULL, NULL, 'dtv', 'bestaand', NULL, '{}'),
        ('cz', 'GZ', 2026, 'Z913', NULL, 'vpt', 'bestaand', NULL, '{}'),
        ('cz', 'GZ', 2026, NULL, NULL, NULL, 'bestaand-maar-nieuw', NULL, '{}'),
        ('cz', 'GZ', 2026, NULL, NULL, 'vpt', 'bestaand', 98, '{}'),
        ('cz', 'GZ', 2026, NULL, NULL, NULL, 'bestaand', NULL, '{geen-regionale-bijdrage,logeren}'),
        ('zorgenzekerheid', 'VV', 2022, NULL, NULL, 'mpt', 'bestaand', 96.6, '{}'),
        ('zorgenzekerheid', 'GZ', 2022, NULL, NULL, NULL, 'bestaand', 96.0, '{}'),
        ('zorgenzekerheid', 'GZ', 2022, NULL, NULL, NULL, 'bestaand', 95.0, '{}'),
        ('zilverenkruis', 'GGZ', 2024, NULL, 'W5', 'verblijf', 'bestaand', 99.5, '{}'),
        ('zilverenkruis', 'GGZ', 2024, NULL, 'W1', 'verblijf', 'bestaand', 96, '{}'),
        ('cz', 'GZ', 2025, NULL, NULL, 'vpt', 'nieuw', NULL, '{}')
      ) AS c(zk, sector, jaar, prestatie, zorgprofiel, leveringsvorm, klasse, historisch, kenmerken)
      WHERE wlz.tariefpercentage(zk, sector, jaar, prestatie, zorgprofiel, leveringsvorm, klasse, historisch, kenmerken)
            = (SELECT u.resultaat FROM wlz.tariefpercentage_uitleg(zk, sector, jaar, prestatie, zorgprofiel,
                                                                    leveringsvorm, klasse, historisch, kenmerken) u
               ORDER BY u.stap DESC LIMIT 1)),
    16::bigint, 'the last uitleg step equals tariefpercentage in 16 cases of the three policies');

-- ---------------------------------------------------------------------------
-- Every shipped row cites its document and says how it was read.
-- ---------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT zorgkantoor, coalesce(sector::text, '-'), jaar, tot_en_met, count(*) FROM wlz.tariefregel
      WHERE meegeleverd AND bron NOT LIKE '000\_%' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3$$,
    $$VALUES ('cz', 'GZ', 2024, 2026, 8::bigint), ('zilverenkruis', 'GGZ', 2024, 2026, 7::bigint),
             ('zorgenzekerheid', '-', 2022, NULL::integer, 3::bigint)$$,
    'ZK GGZ ships 7 rules for 2024-2026 (001 L1091-1095, L1133-1145), CZ GZ 8 for 2024-2026 (002 L669), Z&Z 3 for 2022 (004 L709)');
SELECT is((SELECT count(*) FROM wlz.tariefregel
           WHERE meegeleverd AND bron NOT LIKE '000\_%'
             AND (bron !~ '^(00[0-4])_[0-9a-f]{16}\.txt L[0-9]+(-[0-9]+)?(, L[0-9]+(-[0-9]+)?)*$'
                  OR toelichting IS NULL)),
          0::bigint, 'every shipped rule of the three has bron "<seed file> L<from>-<to>, ..." and a toelichting');
SELECT is((SELECT count(*) FROM wlz.tariefregel
           WHERE meegeleverd AND tot_en_met IS NOT NULL
             AND toelichting !~ '[0-9]{4} tot en met [0-9]{4}'),
          0::bigint, 'every shipped rule for several years says in its toelichting which years and why');
SELECT is((SELECT count(*) FROM wlz.richttarief
           WHERE meegeleverd AND (bron !~ '^00[0-4]_[0-9a-f]{16}\.txt L[0-9]+' OR toelichting IS NULL)),
          0::bigint, 'every shipped RT% has bron and toelichting');
SELECT is((SELECT count(*) FROM wlz.tariefregel t
           WHERE meegeleverd AND NOT EXISTS (SELECT FROM pg_catalog.regexp_matches(t.bron, '^(\d{3})_') m
                                             WHERE (m[1] = '001' AND t.zorgkantoor = 'zilverenkruis')
                                                OR (m[1] = '002' AND t.zorgkantoor = 'cz')
                                                OR (m[1] = '004' AND t.zorgkantoor = 'zorgenzekerheid')
                                                OR m[1] = '000')),
          0::bigint, 'each shipped rule cites its own zorgkantoor''s document (or the VGN overview, 000)');

SELECT * FROM finish();
ROLLBACK;
