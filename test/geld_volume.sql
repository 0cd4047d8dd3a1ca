-- test/geld_volume.sql: the money cycle up to the settlement (SPEC 11): the
-- initial production agreement of every zorgkantoor that ships volume rules,
-- the reshuffle (agreement, korting, margin, "terughoudend", crisis beds), the
-- settlement basis and the priority of leveringsvormen, with the documents' own
-- numbers and the boundaries worked out by hand in the comments.
--
-- Sources (seeds/): 000 = VGN overview GZ 2026, 001 = Zilveren Kruis GGZ
-- 2024-2026, 002 = CZ GZ 2026, 004 = Zorg en Zekerheid 2022.
BEGIN;
SELECT plan(76);

-- ---------------------------------------------------------------------------
-- CZ: the herschikte productieafspraak and 95 % of it (002 L909-925)
-- ---------------------------------------------------------------------------

-- L911-913: "realisatiecijfers januari tot en met juni 2025 + (juni 2025/30
-- dagen * 184 dagen)": 6 000 000 + 1 050 000 / 30 x 184 = 6 000 000 + 6 440 000.
SELECT is(wlz.herschikkingsafspraak(6000000, 1050000, date '2025-06-30'), 12440000::numeric,
          '002 L911-913: Jan-Jun 6 000 000 + June 1 050 000 / 30 x 184 = 12 440 000');
SELECT is(wlz.herschikkingsafspraak(6000000, 1050000, date '2025-06-30'),
          wlz.extrapolatie(6000000, 1050000, date '2025-06-30'),
          'without korting or toezeggingen it is wlz.extrapolatie');
-- L909-910: 95 % of it: 12 440 000 x 0,95 = 11 818 000.
SELECT is(wlz.productieafspraak('cz', 'GZ', 2026, 12440000), 11818000::numeric,
          '002 L909-910: the initial agreement 2026 is 95 % of the reshuffled 12 440 000 = 11 818 000');
SELECT is(wlz.productieafspraak('cz', 'GZ', 2026,
                                wlz.herschikkingsafspraak(6000000, 1050000, date '2025-06-30') - 40000),
          11780000::numeric,
          '002 L915-920: after a correction of 40 000 (e.g. volume declared without permission): (12 440 000 - 40 000) x 0,95');
SELECT results_eq(
    $$SELECT stap, regel_id, bewerking::text, waarde, resultaat, bron
      FROM wlz.productieafspraak_uitleg('cz', 'GZ', 2026, 12440000) ORDER BY stap$$,
    $$VALUES (0, NULL::integer, 'grondslag', 12440000::numeric, 12440000::numeric, NULL::text),
             (1, -1, 'grondslag', 12440000, 12440000, '002_f8c218839efa0959.txt L904-905, L909-920'),
             (2, -2, 'aandeel', 95, 11818000, '002_f8c218839efa0959.txt L909-910; 000_5a856cd43381b77b.txt L288'),
             (3, -3, 'niet-toegekend', 622000, 11818000, '002_f8c218839efa0959.txt L922-925')$$,
    '_uitleg: the basis, the 95 % and the 5 % that is not reserved per provider (622 000, L922-925), each with its lines');
SELECT is((SELECT resultaat FROM wlz.productieafspraak_uitleg('cz', 'GZ', 2026, 12440000) ORDER BY stap DESC LIMIT 1),
          wlz.productieafspraak('cz', 'GZ', 2026, 12440000),
          'the last result of _uitleg is wlz.productieafspraak');
SELECT is(wlz.productieafspraak('cz', 'GZ', 2026, 12440000, leveringsvorm => 'dtv'), 11818000::numeric,
          '002 L910: "ZZP, VPT DTV en MPT": every leveringsvorm, DTV too');
SELECT is(wlz.productieafspraak('cz', 'GZ', 2024, 100), 95::numeric,
          '002 L904-905: the policy holds for 2024-2026, so 2024 too');
SELECT throws_ok($$SELECT wlz.productieafspraak('cz', 'GZ', 2027, 100)$$, 'P0002',
                 'no volume rule of cz GZ 2027 applies', '2027: no rule ships (P0002)');
SELECT throws_ok($$SELECT wlz.productieafspraak('cz', 'VV', 2026, 100)$$, 'P0002', NULL,
                 'CZ''s document is GZ: VV has no rule');

-- L941-947: new providers, from the clients they already have in care.
SELECT is(wlz.productieafspraak('cz', 'GZ', 2026, 0, 'nieuw'), 0::numeric,
          '002 L943-944: a new provider without Wlz clients in care gets no volume');
SELECT is(wlz.productieafspraak('cz', 'GZ', 2026, 250000, 'nieuw'), 250000::numeric,
          '002 L943: a new provider: the volume of the clients it has in care, not 95 %');
SELECT is(wlz.productieafspraak('cz', 'GZ', 2026, 250000, 'bestaand-maar-nieuw'), 250000::numeric,
          '002 L909-910 "eerder gecontracteerde": bestaand-maar-nieuw had no CZ contract, so as new');
SELECT results_eq(
    $$SELECT regel_id, bron FROM wlz.productieafspraak_uitleg('cz', 'GZ', 2026, 250000, 'nieuw') WHERE stap > 0$$,
    $$VALUES (-4, '002_f8c218839efa0959.txt L941-949')$$,
    'and _uitleg cites L941-949');

-- ---------------------------------------------------------------------------
-- VGZ, DSW, Zorg en Zekerheid 2026 in the VGN overview (000 L285-290, L519-536)
-- ---------------------------------------------------------------------------

SELECT is(wlz.productieafspraak('vgz', 'GZ', 2026, 1000000), 980000::numeric,
          '000 L289: VGZ, "Initiële afspraak 98% volume 2025 (prognose herschikking)": 1 000 000 -> 980 000');
SELECT is(wlz.productieafspraak('vgz', 'GZ', 2026, 1000000, 'nieuw', 'mpt'), 980000::numeric,
          '000 L289 names no class or leveringsvorm: all of them');
SELECT is(wlz.productieafspraak('dsw', 'GZ', 2026, 48, leveringsvorm => 'verblijf'), 48::numeric,
          '000 L519: DSW, "Volume verblijf obv (goedgekeurde) capaciteit": the capacity itself');
SELECT is(wlz.productieafspraak('dsw', 'GZ', 2026, 200000, leveringsvorm => 'vpt'), 190000::numeric,
          '000 L520: DSW, "Volume extramuraal 95% op basis van herschikking": VPT 200 000 -> 190 000');
SELECT is(wlz.productieafspraak('dsw', 'GZ', 2026, 200000, leveringsvorm => 'mpt'), 190000::numeric,
          '000 L520: MPT is extramural too');
SELECT throws_ok($$SELECT wlz.productieafspraak('dsw', 'GZ', 2026, 200000)$$, 'P0002',
                 'no volume rule of dsw GZ 2026 applies',
                 'DSW without a leveringsvorm: capacity or 95 % depends on it, so no rule applies (P0002)');
SELECT is(wlz.productieafspraak('zorgenzekerheid', 'GZ', 2026, 400000), 380000::numeric,
          '000 L525: Zorg en Zekerheid, "Volume 95% 2024 (herschikking)+groei": 400 000 -> 380 000');
SELECT is(wlz.productieafspraak('zorgenzekerheid', 'GZ', 2026, 400000, kenmerken => '{crisis}'), 400000::numeric,
          '000 L526: "Crisis 100%"');
SELECT is(wlz.productieafspraak('zorgenzekerheid', 'GZ', 2026, 400000, kenmerken => '{crisis}')
          - wlz.productieafspraak('zorgenzekerheid', 'GZ', 2026, 400000), 20000::numeric,
          'a crisis agreement keeps the 5 % the others lose');
SELECT throws_ok($$SELECT wlz.productieafspraak('menzis', 'GZ', 2026, 100)$$, 'P0002', NULL,
                 '000 L290: Menzis "Obv 2025" gives no percentage, so no rule ships');

-- ---------------------------------------------------------------------------
-- Zorg en Zekerheid 2022 (004 L1036-1052) and Zilveren Kruis (001 L1502-1521)
-- ---------------------------------------------------------------------------

SELECT is(wlz.productieafspraak('zorgenzekerheid', 'VV', 2022, 500000, kenmerken => '{crisis}'), 450000::numeric,
          '004 L1050-1052: the comfortbrief, 90 % of the crisis volume in last year''s reshuffle: 500 000 -> 450 000');
SELECT is(wlz.productieafspraak('zorgenzekerheid', 'GZ', 2022, 500000, kenmerken => '{crisis}'), 450000::numeric,
          'the 2022 framework covers every sector');
SELECT is(wlz.productieafspraak('zorgenzekerheid', 'VV', 2022, 500000), 500000::numeric,
          '004 L1040-1046: the 1-afspraak, the expected volume and growth agreed beforehand');
SELECT is(wlz.productieafspraak('zilverenkruis', 'GGZ', 2025, 750000), 0::numeric,
          '001 L1504-1505: "We maken geen initiële afspraken over volumes"');
SELECT is(wlz.productieafspraak('zilverenkruis', 'GGZ', 2024, 1), 0::numeric, '001: for 2024-2026, 2024 too');
SELECT is(wlz.productieafspraak('zilverenkruis', 'GGZ', 2026, 1), 0::numeric, '... and 2026');
SELECT ok((SELECT toelichting ~ '€ 1' FROM wlz.productieafspraak_uitleg('zilverenkruis', 'GGZ', 2025, 1) WHERE stap = 1),
          '001 L1518-1519: _uitleg says the budgetformulier holds € 1');

-- ---------------------------------------------------------------------------
-- Arguments and the policy value
-- ---------------------------------------------------------------------------

SELECT is(wlz.productieafspraak('cz', 'GZ', 2026, NULL), NULL::numeric, 'a NULL basisvolume gives NULL');
SELECT throws_ok($$SELECT wlz.productieafspraak('cz', 'GZ', 2026, -1)$$, '22023',
                 'basisvolume -1 is out of range', 'a negative basisvolume: 22023');
SELECT throws_ok($$SELECT wlz.productieafspraak('cz', 'GZ', 2026, 'NaN')$$, '22023', NULL, 'NaN: 22023');
SELECT throws_ok($$SELECT wlz.productieafspraak(NULL, 'GZ', 2026, 1)$$, '22004',
                 'zorgkantoor of a money policy must not be null', 'no zorgkantoor: 22004');
SELECT throws_ok($$SELECT wlz.productieafspraak('cz', 'GZ', NULL, 1)$$, '22004', NULL, 'no year: 22004');
SELECT throws_ok($$SELECT wlz.productieafspraak('nergens', 'GZ', 2026, 1)$$, 'P0002',
                 'zorgkantoor "nergens" does not exist', 'an unknown zorgkantoor: P0002');
SELECT throws_ok($$SELECT wlz.productieafspraak(NULL::wlz.geldbeleid, 1)$$, '22004',
                 'money policy must not be null', 'a NULL policy value: 22004');
SELECT throws_ok($$SELECT wlz.productieafspraak('cz', 'GZ', 2026, 100, NULL)$$, 'P0002', NULL,
                 'klasse NULL matches no class-scoped rule, and CZ scopes all of them: P0002');
-- the value and the table form agree, on every shipped combination
SELECT is_empty(
    $$SELECT zk, s, j, k, lv, km
      FROM (VALUES ('cz', 'GZ'::wlz.sector, 2026), ('vgz', 'GZ', 2026), ('dsw', 'GZ', 2026),
                   ('zorgenzekerheid', 'GZ', 2026), ('zorgenzekerheid', 'VV', 2022),
                   ('zilverenkruis', 'GGZ', 2025)) p(zk, s, j),
           unnest(enum_range(NULL::wlz.aanbiederklasse)) k,
           unnest(enum_range(NULL::wlz.leveringsvorm)) lv,
           unnest(ARRAY['{}', '{crisis}']::text[][]) km
      WHERE wlz.productieafspraak(zk, s, j, 123456.78, k, lv, km::text[])
            IS DISTINCT FROM wlz.productieafspraak((SELECT wlz.geldbeleid(zk, s, j)), 123456.78, k, lv, km::text[])$$,
    'SPEC 8: the IMMUTABLE form over wlz.geldbeleid gives what the table form gives (6 policies x 3 classes x 4 leveringsvormen x 2)');
SELECT is(wlz.productieafspraak(b.beleid, 1000000), 950000::numeric,
          'the policy value as a CTE, as SPEC 8 writes it')
FROM (SELECT wlz.geldbeleid('cz', 'GZ', 2026) AS beleid) b;

-- A user's rows: replace CZ's 95 % by 97 %, then switch the 5 % step off.
INSERT INTO wlz.volumeregel (zorgkantoor, sector, jaren, volgorde, klassen, bewerking, waarde, vervangt, bron)
VALUES ('cz', 'GZ', '[2026,2027)', 20, '{bestaand}', 'aandeel', 97, -2, 'eigen besluit');
SELECT is(wlz.productieafspraak('cz', 'GZ', 2026, 1000), 970::numeric,
          'a user row with vervangt replaces the shipped 95 % (SPEC 7)');
SELECT is(wlz.productieafspraak('cz', 'GZ', 2025, 1000), 1000::numeric,
          'vervangt replaces the shipped rule in all its years: the replacement holds for its own years only, so 2025 has no 95 % step left');
INSERT INTO wlz.volumeregel (vervangt, actief) VALUES (-2, false);
DELETE FROM wlz.volumeregel WHERE NOT meegeleverd AND vervangt = -2 AND actief;
SELECT is(wlz.productieafspraak('cz', 'GZ', 2026, 1000), 1000::numeric,
          'actief = false switches the shipped rule off: grondslag and niet-toegekend remain');
SELECT throws_ok($$UPDATE wlz.volumeregel SET waarde = 90 WHERE id = -2$$, '55000',
                 'cannot update a shipped row of wlz.volumeregel', 'shipped rules are read-only (SPEC 7)');
SELECT throws_ok($$INSERT INTO wlz.volumeregel (zorgkantoor, jaren, volgorde, bewerking) VALUES ('cz', '[2026,2027)', 1, 'aandeel')$$,
                 '23514', NULL, 'an aandeel needs a waarde (CHECK)');
SELECT throws_ok($$INSERT INTO wlz.volumeregel (zorgkantoor, jaren, volgorde, bewerking) VALUES ('nergens', '[2026,2027)', 1, 'grondslag')$$,
                 '23503', NULL, 'a zorgkantoor that does not exist is refused (the trigger checks the code)');
DELETE FROM wlz.volumeregel WHERE NOT meegeleverd;

-- ---------------------------------------------------------------------------
-- The reshuffle: korting, margin, "terughoudend" (001 L3017-3079, L2978)
-- ---------------------------------------------------------------------------

-- L3077-3079: a procentual korting over the extrapolated production when the
-- funds do not suffice: (10 100 000 - 10 000 000) / 10 100 000 x 100.
SELECT is(wlz.herschikkingskorting(10100000, 10000000), round(100::numeric * 100000 / 10100000, 20),
          '001 L3077-3079: the korting is the shortfall as a share of the extrapolated production, 0,990...%');
SELECT is(wlz.herschikkingskorting(9000000, 10000000), 0::numeric, 'no shortfall, no korting');
SELECT throws_ok($$SELECT wlz.herschikkingskorting(-1, 10)$$, '22023', NULL, 'a negative amount: 22023');
-- 7 000 000 through July + July 1 000 000 / 31 x 153 days = 11 935 483,87...; 2 %
-- korting and 50 000 of toezeggingen (L3058-3060).
SELECT is(round(wlz.herschikkingsafspraak(7000000, 1000000, date '2025-07-31'), 2), 11935483.87,
          '001 L3070-3072: the last month''s rate to the end of the year: 7 000 000 + 1 000 000 / 31 x 153');
SELECT is(round(wlz.herschikkingsafspraak(7000000, 1000000, date '2025-07-31', 2, 50000), 2),
          round((7000000 + 1000000::numeric / 31 * 153) * 0.98 + 50000, 2),
          '001 L3058-3060, L3077-3079: minus 2 % korting, plus 50 000 of toezeggingen');
SELECT throws_ok($$SELECT wlz.herschikkingsafspraak(1, 1, date '2025-06-30', 101)$$, '22023',
                 'korting 101 is out of range', 'a korting above 100: 22023');

-- L3031-3033: "groter dreigt te worden dan 1%". 100 extrapolated against 99 is
-- exactly 1 %: not more. Against 98,99 it is 1,01 %: more.
CREATE TEMP TABLE zk AS SELECT wlz.geldbeleid('zilverenkruis', 'GGZ', 2025) AS b;
SELECT is(wlz.herschikkingsadvies(b, 100, 99, date '2025-07-01'), 'geld-volgt-klant',
          '001 L3031-3033: exactly 1 % is not more than the margin: money keeps following the client') FROM zk;
SELECT is(wlz.herschikkingsadvies(b, 100, 98.99, date '2025-07-01'), 'tussentijdse-herschikking',
          '001 L3031-3033: 1,01 % is: an interim reshuffle') FROM zk;
SELECT is(wlz.herschikkingsadvies(b, 100, 98.99, date '2025-05-31'), 'terughoudend',
          '001 L3034-3036: on 31 May, "vóór 1 juni", very reluctant, "ook bij een geprognosticeerd tekort van groter dan 1%"') FROM zk;
SELECT is(wlz.herschikkingsadvies(b, 100, 98.99, date '2025-06-01'), 'tussentijdse-herschikking',
          '001 L3034: on 1 June itself no longer before 1 June') FROM zk;
SELECT is(wlz.herschikkingsadvies(b, 100, 99, date '2025-05-31'), 'geld-volgt-klant',
          'within the margin before June: nothing to be reluctant about') FROM zk;
SELECT results_eq(
    $$SELECT onderdeel, regel_id, bron FROM zk, wlz.herschikkingsadvies_uitleg(zk.b, 100, 98.99, date '2025-05-31') ORDER BY stap$$,
    $$VALUES ('onzekerheid', NULL::integer, NULL::text),
             ('marge', -1, '001_984eca5123cbd441.txt L3017-3020, L3031-3034, L2978; 000_5a856cd43381b77b.txt L285-286'),
             ('terughoudend-tot', -2, '001_984eca5123cbd441.txt L3034-3036'),
             ('advies', NULL, NULL)$$,
    '_uitleg: the uncertainty, the margin and the reluctant period with their lines, then the advice');
SELECT is(wlz.herschikkingsadvies(wlz.geldbeleid('zilverenkruis', 'GGZ', 2023), 100, 98.5, date '2023-03-01'),
          'geld-volgt-klant', '001 L2978: "Tot en met 2023 ... een marge van 2%": 1,5 % is within it');
SELECT is(wlz.herschikkingsadvies(wlz.geldbeleid('zilverenkruis', 'GGZ', 2023), 100, 97.99, date '2023-03-01'),
          'tussentijdse-herschikking', '2,01 % is not; 2023 has no "terughoudend" rule in this document');
SELECT throws_ok($$SELECT wlz.herschikkingsadvies(wlz.geldbeleid('cz', 'GZ', 2026), 100, 90, date '2026-07-01')$$,
                 'P0002', 'the money policy of cz GZ 2026 has no herschikkingsmarge',
                 'CZ has no margin rule: P0002');

-- Crisis beds (L3061-3065): 255,5 occupied days of one place in 2025 is
-- exactly 70 %: not less, the agreement stays; 255 days is 69,86 %: lower.
SELECT is(wlz.bezetting(255.5, 1, daterange('2025-01-01', '2026-01-01')), 70::numeric,
          'wlz.bezetting: 255,5 days of 1 place in 365 days is 70 %');
SELECT is(wlz.crisisherschikking(b, 100000, 69000, wlz.bezetting(255.5, 1, daterange('2025-01-01', '2026-01-01'))),
          100000::numeric, '001 L3063-3065: exactly 70 % is not "minder dan 70%": the agreement stays') FROM zk;
SELECT is(wlz.crisisherschikking(b, 100000, 69000, wlz.bezetting(255, 1, daterange('2025-01-01', '2026-01-01'))),
          69000::numeric, '001 L3063-3065: 69,86 % is: "in principe een lagere afspraak", the extrapolated production') FROM zk;
SELECT throws_ok($$SELECT wlz.bezetting(10, 0, daterange('2025-01-01', '2025-02-01'))$$, '22023', NULL,
                 'no places: 22023');

-- ---------------------------------------------------------------------------
-- Settlement and budget (001 L3044-3047, L3105-3107; 002 L930-931; 004 L799-809,
-- L1048-1064; 002 L1014)
-- ---------------------------------------------------------------------------

SELECT is(wlz.afrekenbasis(1200000, 1000000), 1000000::numeric,
          '002 L930-931, 001 L3046-3047: above the agreement is not paid: least(1 200 000, 1 000 000)');
SELECT is(wlz.afrekenbasis(900000, 1000000, 50000), 950000::numeric,
          '001 L3105-3107: the realisation within the agreement plus other costs (regional development)');
SELECT is(wlz.afrekenbasis(wlz.geldbeleid('zorgenzekerheid', 'VV', 2022), 300000, 450000, 0, '{crisis}'), 450000::numeric,
          '004 L1048-1050: a crisis agreement is "100% gegarandeerd": 450 000 even with 300 000 realised');
SELECT is(wlz.afrekenbasis(wlz.geldbeleid('zorgenzekerheid', 'VV', 2022), 300000, 450000), 300000::numeric,
          'without the kenmerk only what was realised');
SELECT results_eq(
    $$SELECT leveringsvorm::text, rang, toegekend, regel_id
      FROM wlz.voorrangsverdeling(wlz.geldbeleid('zorgenzekerheid', 'VV', 2022), 'groei', 1000,
                                  '{verblijf,mpt,vpt}', '{500,400,300}')$$,
    $$VALUES ('mpt', 1, 400::numeric, -14), ('vpt', 2, 300, -14), ('verblijf', 3, 300, -14)$$,
    '004 L803, L809: growth within the budget, MPT before VPT before ZZP: 1 000 gives 400, 300 and what is left, 300');
SELECT results_eq(
    $$SELECT leveringsvorm::text, toegekend
      FROM wlz.voorrangsverdeling(wlz.geldbeleid('zorgenzekerheid', 'VV', 2022), 'groei', 700,
                                  '{verblijf,mpt,vpt}', '{500,400,300}')$$,
    $$VALUES ('mpt', 400::numeric), ('vpt', 300), ('verblijf', 0)$$,
    'exactly enough for MPT and VPT: ZZP gets nothing');
SELECT results_eq(
    $$SELECT leveringsvorm::text, rang, toegekend
      FROM wlz.voorrangsverdeling(wlz.geldbeleid('cz', 'GZ', 2026), 'herschikking', 600,
                                  '{mpt,verblijf,vpt}', '{200,500,300}')$$,
    $$VALUES ('vpt', 1, 300::numeric), ('verblijf', 2, 300), ('mpt', NULL, 0)$$,
    '002 L1014: CZ gives VPT priority over ZZP; MPT, not named, comes after');
SELECT results_eq(
    $$SELECT leveringsvorm::text, toegekend, regel_id
      FROM wlz.voorrangsverdeling(wlz.geldbeleid('zorgenzekerheid', 'VV', 2022), 'herschikking', 600,
                                  '{mpt,vpt,verblijf}', '{200,400,600}')$$,
    $$VALUES ('mpt', 100::numeric, -17), ('vpt', 200, -17), ('verblijf', 300, -17)$$,
    '004 L1056-1064: overproduction per leveringsvorm follows the money if budget is left, no order given: pro rata (600 of 1 200)');
SELECT throws_ok($$SELECT * FROM wlz.voorrangsverdeling(wlz.geldbeleid('cz', 'GZ', 2026), 'groei', 1, '{mpt}', '{1,2}')$$,
                 '22023', NULL, 'one amount per leveringsvorm: 22023');
SELECT throws_ok($$SELECT * FROM wlz.voorrangsverdeling(wlz.geldbeleid('cz', 'GZ', 2026), 'anders', 1, '{mpt}', '{1}')$$,
                 '22023', 'unknown kind of distribution "anders"', 'only groei and herschikking');

SELECT * FROM finish();
ROLLBACK;
