-- test/toets.sql: the provider checks of SPEC 10, rule by rule.
--
-- Each rule is checked with the documents' own numbers and the boundaries a
-- hand computation gives (exactly at a threshold, one below or above, one day
-- too old), each citing the seed lines it rests on:
--   000 = 000_5a856cd43381b77b.txt (VGN overview GZ 2026)
--   001 = 001_984eca5123cbd441.txt (Zilveren Kruis GGZ 2024-2026, 2025)
--   002 = 002_f8c218839efa0959.txt (CZ GZ 2026)
--   003 = 003_4dfcc8dfa2c5951c.txt (ZN Landelijk Beleidskader Wlz 2027)
--   004 = 004_bd9ba15cba346436.txt (Zorg en Zekerheid 2021-2023, 2022)
-- Then how the tables are shipped (cited lines that exist, the catalogue in
-- wlz.controle), user rows that replace or switch off a shipped row, the
-- policy value (its text form, what its input refuses) and the errors of
-- every function with their SQLSTATE.  The value forms and the table forms
-- must give the same rows: checked for every shipped norm.
BEGIN;
SELECT plan(197);

-- ---------------------------------------------------------------------------
-- The shipped rows: sources, codes, the catalogue
-- ---------------------------------------------------------------------------

-- Every shipped row cites a seed and lines: "file Lx-y, Lz" (several separated
-- by "; "); the lines exist: 000 has 566 lines, 001 3146, 002 2626, 003 1186,
-- 004 1265.
CREATE TEMP TABLE bronnen AS
SELECT t.tabel, t.sleutel, t.bron FROM (
    SELECT 'norm' AS tabel, id::text AS sleutel, bron FROM wlz.norm WHERE meegeleverd
    UNION ALL SELECT 'documenteis', id::text, bron FROM wlz.documenteis WHERE meegeleverd
    UNION ALL SELECT 'lvhc', code, bron FROM wlz.lvhc WHERE meegeleverd
    UNION ALL SELECT 'controle', code, bron FROM wlz.controle
              WHERE meegeleverd AND soort NOT IN ('declaratie', 'combinatie', 'traject')) t;
CREATE TEMP TABLE regels AS
SELECT b.tabel, b.sleutel, d[1] AS bestand, r[1]::integer AS van, coalesce(r[2]::integer, r[1]::integer) AS tot
FROM bronnen b,
     unnest(string_to_array(b.bron, '; ')) AS s(deel),
     regexp_match(s.deel, '^(\d{3}_[0-9a-f]{16}\.txt) ') AS d,
     regexp_matches(s.deel, 'L(\d+)(?:-(\d+))?', 'g') AS r;
SELECT is_empty(
    $$SELECT tabel, sleutel, bron FROM bronnen
      WHERE bron IS NULL
         OR bron !~ '^\d{3}_[0-9a-f]{16}\.txt L\d+(-\d+)?(, L\d+(-\d+)?)*(; \d{3}_[0-9a-f]{16}\.txt L\d+(-\d+)?(, L\d+(-\d+)?)*)*$'$$,
    'every shipped norm, documenteis, lvhc and controle row cites its source as "file Lx-y, Lz"');
SELECT is_empty(
    $$SELECT tabel, sleutel, bestand, van, tot FROM regels
      WHERE van > tot OR van < 1
         OR tot > CASE bestand WHEN '000_5a856cd43381b77b.txt' THEN 566
                               WHEN '001_984eca5123cbd441.txt' THEN 3146
                               WHEN '002_f8c218839efa0959.txt' THEN 2626
                               WHEN '003_4dfcc8dfa2c5951c.txt' THEN 1186
                               WHEN '004_bd9ba15cba346436.txt' THEN 1265 END
         OR bestand NOT IN ('000_5a856cd43381b77b.txt', '001_984eca5123cbd441.txt', '002_f8c218839efa0959.txt',
                            '003_4dfcc8dfa2c5951c.txt', '004_bd9ba15cba346436.txt')$$,
    'every cited line exists in its seed');
SELECT is((SELECT count(*) FROM wlz.norm WHERE meegeleverd), 49::bigint, '49 shipped norms');
SELECT is((SELECT count(*) FROM wlz.documenteis WHERE meegeleverd), 55::bigint,
          '55 shipped document requirements: Zilveren Kruis GGZ 2025 and CZ GZ 2026');
SELECT set_eq($$SELECT code FROM wlz.lvhc WHERE meegeleverd$$,
              ARRAY['huntington', 'lbs', 'gp-plus', 'dzep', 'ms-plus', 'nah-plus'],
              'the six LVHC target groups of the Rlz (003 L236-241)');
SELECT is((SELECT count(DISTINCT periode) FROM wlz.lvhc WHERE meegeleverd), 1::bigint,
          'all bought for 2027 up to and including 2029 (003 L243)');
SELECT set_eq($$SELECT DISTINCT code FROM wlz.norm WHERE meegeleverd$$,
              $$SELECT code FROM wlz.controle WHERE meegeleverd AND soort = 'norm'$$,
              'every norm code has its row of soort norm in the catalogue wlz.controle, and no other');
SELECT set_eq($$SELECT DISTINCT code FROM wlz.documenteis WHERE meegeleverd$$,
              $$SELECT code FROM wlz.controle WHERE meegeleverd AND soort = 'document'$$,
              'every document code has its row of soort document in wlz.controle, and no other');
SELECT is_empty($$SELECT id FROM wlz.norm WHERE meegeleverd AND (gevolg IS NULL OR toelichting IS NULL OR omschrijving IS NULL)$$,
                'every shipped norm says what is measured, what follows, and how it was read');

-- ---------------------------------------------------------------------------
-- wlz.toets: the documents' thresholds and their boundaries
-- ---------------------------------------------------------------------------

CREATE FUNCTION pg_temp.voldoet(zk text, s wlz.sector, j integer, c text, w numeric,
                                k wlz.aanbiederklasse DEFAULT NULL)
RETURNS boolean[] LANGUAGE sql AS $$
    SELECT array_agg(t.voldoet ORDER BY t.norm) FROM wlz.toets(zk, s, j, c, w, k) t
$$;

-- 001 L1986-1989, 002 L1306-1307: own delivery at least two thirds; exactly
-- 2/3 computed by the aggregate (200 of 300) holds, 0.6666 does not.
SELECT is((SELECT wlz.eigen_levering(v, o) FROM (VALUES (200, false), (100, true)) x(v, o)),
          200 / 300.0, 'wlz.eigen_levering: 200 of 300 delivered itself is 2/3');
SELECT is(pg_temp.voldoet('cz', 'GZ', 2026, 'eigen-levering',
                          (SELECT wlz.eigen_levering(v, o) FROM (VALUES (200, false), (100, true)) x(v, o))),
          ARRAY[true], 'CZ: exactly two thirds delivered itself meets "tenminste 2/3" (002 L1306-1307)');
SELECT is(pg_temp.voldoet('cz', 'GZ', 2026, 'eigen-levering', 0.6666), ARRAY[false],
          'CZ: 0.6666 is below two thirds');
SELECT is(pg_temp.voldoet('zilverenkruis', 'GGZ', 2025, 'eigen-levering', 2 / 3.0), ARRAY[true],
          'Zilveren Kruis: two thirds "tenminste tweederde" (001 L1987)');
SELECT is((SELECT norm FROM wlz.toets('cz', 'GZ', 2026, 'eigen-levering', 1)), 2 / 3::numeric,
          'the norm is shown as 2/3');
-- 001 L2286-2290: fewer than 10 Wlz clients, "in principe niet" (new providers)
SELECT is(pg_temp.voldoet('zilverenkruis', 'GGZ', 2025, 'wlz-clienten', 10, 'nieuw'), ARRAY[true],
          'Zilveren Kruis: a new provider with 10 Wlz clients is not "minder dan 10" (001 L2289)');
SELECT is(pg_temp.voldoet('zilverenkruis', 'GGZ', 2025, 'wlz-clienten', 9, 'nieuw'), ARRAY[false],
          'Zilveren Kruis: 9 clients is fewer than 10');
SELECT is_empty($$SELECT * FROM wlz.toets('zilverenkruis', 'GGZ', 2025, 'wlz-clienten', 3, 'bestaand')$$,
                'the 10-client rule is for new providers: no norm applies to bestaand (chapter 7, footnote 16)');
SELECT is((SELECT gevolg FROM wlz.toets('zilverenkruis', 'GGZ', 2025, 'wlz-clienten', 9)),
          'komt in principe niet voor contractering in aanmerking', 'and says what follows (001 L2289-2290)');
-- 001 L2691-2692, 002 L2508-2510: insurance at least € 2.500.000 per event
SELECT is(pg_temp.voldoet('zilverenkruis', 'GGZ', 2025, 'verzekering-per-gebeurtenis', 2500000, 'nieuw'),
          ARRAY[true], 'Zilveren Kruis: exactly € 2.500.000 per event is "minimaal" (001 L2691-2692)');
SELECT is(pg_temp.voldoet('cz', 'GZ', 2026, 'verzekering-per-gebeurtenis', 2499999.99, 'nieuw'),
          ARRAY[false], 'CZ: one cent less is too little (002 L2509)');
-- 001 L1423-1425: more than 10 meerzorg clients brings the meerzorgdialoog
SELECT is(pg_temp.voldoet('zilverenkruis', 'GGZ', 2025, 'meerzorg-clienten', 10), ARRAY[true],
          '10 meerzorg clients: no dialogue on the number ("meer dan 10", 001 L1424)');
SELECT is((SELECT ARRAY[voldoet::text, gevolg] FROM wlz.toets('zilverenkruis', 'GGZ', 2026, 'meerzorg-clienten', 11)),
          ARRAY['false', 'het zorgkantoor voert een meerzorgdialoog'], '11: the meerzorgdialoog (2024-2026)');
-- FTE sizes: mobility plan above 100 fte (000 L222 CZ; 003 L319), Milieuthermometer above 250 FTE (003 L327)
SELECT is(pg_temp.voldoet('cz', 'GZ', 2026, 'mobiliteitsplan-fte', 100), ARRAY[true],
          'CZ 2026: 100 fte brings no mobility plan (000 L222)');
SELECT is(pg_temp.voldoet('cz', 'GZ', 2026, 'mobiliteitsplan-fte', 100.5), ARRAY[false],
          'CZ 2026: 100.5 fte is "meer dan 100 fte": a mobility plan');
SELECT is(pg_temp.voldoet(NULL, 'VV', 2027, 'mobiliteitsplan-fte', 101), ARRAY[false],
          '2027, national: 101 fte brings the mobility plan (003 L319)');
SELECT is(pg_temp.voldoet('cz', 'GZ', 2027, 'mobiliteitsplan-fte', 101), ARRAY[false],
          'CZ 2027 has no row of its own: the national row applies');
SELECT is(pg_temp.voldoet(NULL, NULL, 2028, 'milieuthermometer-fte', 250), ARRAY[true],
          'Milieuthermometer: 250 FTE is not "meer dan 250" (003 L327)');
SELECT is(pg_temp.voldoet(NULL, NULL, 2028, 'milieuthermometer-fte', 251), ARRAY[false],
          '251 FTE: brons per 1 January 2028, zilver per 1 January 2030');
SELECT is(pg_temp.voldoet(NULL, NULL, 2030, 'milieuthermometer-vergoeding-fte', 251), ARRAY[true],
          'the certification costs are paid above 250 FTE, 2027 up to and including 2030 (003 L334)');
SELECT is(pg_temp.voldoet(NULL, NULL, 2030, 'milieuthermometer-vergoeding-fte', 250), ARRAY[false],
          '250 FTE: no reimbursement');
-- turnover: Salland's three-year contract needs omzet > € 100.000 (000 L491)
SELECT is(pg_temp.voldoet('salland', 'GZ', 2026, 'omzet', 100000, 'bestaand'), ARRAY[false],
          'Salland: exactly € 100.000 is not "> €100.000" (000 L491)');
SELECT is(pg_temp.voldoet('salland', 'GZ', 2025, 'omzet', 100000.01, 'bestaand'), ARRAY[true],
          'Salland: a cent more gets the three-year contract (policy 2024-2026)');
-- regional budget shares (001 L1227-1228, L1375; 000 L331, L475-476; 003 L559)
SELECT is(pg_temp.voldoet('zilverenkruis', 'GGZ', 2024, 'regionale-middelen', 0.2), ARRAY[true],
          'Zilveren Kruis: 0.2 % of the contracteerruimte for regional plans is the maximum (001 L1375)');
SELECT is(pg_temp.voldoet('zilverenkruis', 'GGZ', 2026, 'regionale-middelen', 0.21), ARRAY[false],
          '0.21 % is more');
SELECT is(pg_temp.voldoet('zilverenkruis', 'GGZ', 2025, 'contracteerruimte-zorg', 99), ARRAY[false],
          '"meer dan 99%" of the contracteerruimte to care: exactly 99 is not more (001 L964)');
SELECT is(pg_temp.voldoet('zilverenkruis', 'GGZ', 2024, 'budget-gericht-contracteren', 2500000), ARRAY[true],
          'gericht contracteren: € 2.500.000 a year (001 L1220-1221)');
SELECT is(pg_temp.voldoet('vgz', 'GZ', 2026, 'reserve-onvoorzien', 2), ARRAY[true],
          'VGZ reserves 2 % of the budget (000 L331)');
SELECT is(pg_temp.voldoet('dsw', 'GZ', 2026, 'innovatiebudget', 1.01), ARRAY[false],
          'DSW: the innovation budget is at most 1 % (000 L475)');
SELECT is(pg_temp.voldoet(NULL, 'VV', 2029, 'regiobudget-landelijk', 40000000), ARRAY[true],
          'the national regiobudget HLO: € 40 miljoen a year, 2027-2029 (003 L559)');
SELECT throws_ok($$SELECT * FROM wlz.toets(NULL, 'VV', 2030, 'regiobudget-eerste-jaar', 2030)$$,
                 'P0002', NULL, 'the regiobudget norms hold for 2027-2029 only: none in 2030');
-- counts: two kanslijnen (002 L407), two good practices (000 L140), two innovations (000 L482)
SELECT is(pg_temp.voldoet('cz', 'GZ', 2026, 'kanslijnen', 1), ARRAY[false], 'CZ: one kanslijn is fewer than two (002 L407)');
SELECT is(pg_temp.voldoet('vgz', 'GZ', 2026, 'good-practices', 2), ARRAY[true], 'VGZ: 2 good practices earn the +0,2 % (000 L140)');
SELECT is(pg_temp.voldoet('salland', 'GZ', 2024, 'bewezen-innovaties', 1), ARRAY[false], 'Salland: at least 2 innovations 2024-2026 (000 L482)');
-- 002 L2251-2254: Wtza van rechtswege with 2 up to at most 10 zorgverleners: two rows of one code
SELECT is(pg_temp.voldoet('cz', 'GZ', 2026, 'wtza-zorgverleners', 10, 'nieuw'), ARRAY[true, true],
          'CZ: 10 zorgverleners is "tot maximaal 10" (002 L2252)');
SELECT is(pg_temp.voldoet('cz', 'GZ', 2026, 'wtza-zorgverleners', 11, 'nieuw'), ARRAY[true, false],
          'CZ: 11 is above the upper bound');
SELECT is(pg_temp.voldoet('cz', 'GZ', 2026, 'wtza-zorgverleners', 1, 'nieuw'), ARRAY[false, true],
          'CZ: 1 is below the lower bound (a solist in a BV is the other way, L2255-2256)');
-- 003 L1053: Salviq, 60 places for GZ and GGZ together
SELECT is(pg_temp.voldoet(NULL, 'GGZ', 2027, 'salviq-plaatsen', 60), ARRAY[true], 'Salviq: 60 places (003 L1053), GGZ');
SELECT is(pg_temp.voldoet(NULL, 'GZ', 2027, 'salviq-plaatsen', 61), ARRAY[false], 'Salviq: 61, GZ');
SELECT throws_ok($$SELECT * FROM wlz.toets(NULL, 'VV', 2027, 'salviq-plaatsen', 1)$$, 'P0002', NULL,
                 'Salviq is GZ and GGZ: no norm for VV');
-- 004 L489: Zorg en Zekerheid talks to every provider at least twice a year
SELECT is(pg_temp.voldoet('zorgenzekerheid', 'VV', 2022, 'dialoog-per-jaar', 2), ARRAY[true],
          'Zorg en Zekerheid: two dialogues a year (004 L489)');

-- NULL and the value form
SELECT is((SELECT voldoet FROM wlz.toets('cz', 'GZ', 2026, 'kanslijnen', NULL)), NULL::boolean,
          'a NULL waarde: voldoet NULL, the norm and its source still shown');
SELECT is(wlz.voldoet(wlz.toetsbeleid('cz', 'GZ', 2026), 'wtza-zorgverleners', 11), false,
          'wlz.voldoet: false when one of the norms of the code fails');
SELECT is(wlz.voldoet(wlz.toetsbeleid('zilverenkruis', 'GGZ', 2025), 'wlz-clienten', 3, 'bestaand'), true,
          'wlz.voldoet: true when no norm of the code applies to the class');
SELECT is(wlz.voldoet(wlz.toetsbeleid('cz', 'GZ', 2026), 'kanslijnen', NULL), NULL::boolean,
          'wlz.voldoet: NULL for a NULL waarde');
SELECT is_empty(
    $$SELECT n.code, n.zorgkantoor, j, w FROM wlz.norm n,
             generate_series(lower(n.jaren), lower(n.jaren)) j,
             (VALUES (0), (1), (2), (10), (100), (2500000)) v(w),
             LATERAL unnest(coalesce(n.sectoren, ARRAY[NULL::wlz.sector])) s
      WHERE n.meegeleverd
        AND (SELECT array_agg(t ORDER BY t::text) FROM wlz.toets(n.zorgkantoor, s, j, n.code, w) t)
            IS DISTINCT FROM
            (SELECT array_agg(t ORDER BY t::text) FROM wlz.toets(wlz.toetsbeleid(n.zorgkantoor, s, j), n.code, w) t)$$,
    'for every shipped norm the value form and the table form give the same rows');

-- errors
SELECT throws_ok($$SELECT * FROM wlz.toets('cz', 'GZ', 2026, 'eigen-levring', 1)$$, 'P0002',
                 'no norm "eigen-levring" applies to cz, sector GZ, 2026', 'a code without a norm: P0002, with the codes as hint');
SELECT throws_ok($$SELECT * FROM wlz.toets('cz', 'GZ', NULL, 'eigen-levering', 1)$$, '22004', NULL, 'NULL jaar: 22004');
SELECT throws_ok($$SELECT * FROM wlz.toets('cz', 'GZ', 2026, NULL, 1)$$, '22004', NULL, 'NULL code: 22004');
SELECT throws_ok($$SELECT * FROM wlz.toets('menzies', 'GZ', 2026, 'eigen-levering', 1)$$, 'P0002',
                 'zorgkantoor "menzies" does not exist', 'an unknown zorgkantoor: P0002');
SELECT throws_ok($$SELECT * FROM wlz.toets('cz', 'GZ', 2026, 'eigen-levering', 'NaN')$$, '22023', NULL,
                 'a NaN waarde: 22023');
SELECT throws_ok($$SELECT * FROM wlz.toets(NULL::wlz.toetsbeleid, 'eigen-levering', 1)$$, '22004', NULL,
                 'a NULL policy value: 22004');

-- ---------------------------------------------------------------------------
-- User rows: replace, switch off, add
-- ---------------------------------------------------------------------------

SELECT throws_ok($$UPDATE wlz.norm SET waarde = 1 WHERE id = -14$$, NULL, NULL, 'a shipped norm is read-only');
INSERT INTO wlz.norm (vervangt, code, zorgkantoor, sectoren, jaren, vergelijking, waarde, noemer, eenheid, bron, toelichting)
VALUES (-14, 'eigen-levering', 'cz', '{GZ}', '[2026,2027)', '>=', 3, 4, 'aandeel', 'eigen beleid', 'test: driekwart');
SELECT is((SELECT ARRAY[norm::text, bron] FROM wlz.toets('cz', 'GZ', 2026, 'eigen-levering', 0.7)),
          ARRAY['0.75000000000000000000', 'eigen beleid'], 'a user row with vervangt = -14 replaces the shipped norm');
SELECT is(pg_temp.voldoet('cz', 'GZ', 2026, 'eigen-levering', 0.7), ARRAY[false], 'and 0.7 no longer meets it');
INSERT INTO wlz.norm (vervangt, actief) VALUES (-29, false);
SELECT throws_ok($$SELECT * FROM wlz.toets('vgz', 'VV', 2027, 'mobiliteitsplan-fte', 101)$$, 'P0002', NULL,
                 'a user row with actief = false switches the national mobility norm off');
INSERT INTO wlz.norm (code, zorgkantoor, jaren, vergelijking, waarde, eenheid, gevolg)
VALUES ('mobiliteitsplan-fte', 'vgz', '[2027,2028)', '<=', 50, 'fte', 'eigen plan');
SELECT is((SELECT ARRAY[voldoet::text, norm::text, gevolg] FROM wlz.toets('vgz', 'VV', 2027, 'mobiliteitsplan-fte', 60)),
          ARRAY['false', '50', 'eigen plan'], 'a zorgkantoor''s own row with the defining columns alone');
SELECT throws_ok($$INSERT INTO wlz.norm (code, jaren, vergelijking, waarde) VALUES ('x', '[2027,2028)', '≥', 1)$$,
                 '23514', NULL, 'a comparison other than <, <=, =, >=, > is refused');
SELECT throws_ok($$INSERT INTO wlz.norm (code, jaren, vergelijking, waarde, noemer) VALUES ('x', '[2027,2028)', '>=', 1, 0)$$,
                 '23514', NULL, 'a denominator must be positive');
SELECT throws_ok($$INSERT INTO wlz.norm (code, zorgkantoor, jaren, vergelijking, waarde) VALUES ('x', 'geen', '[2027,2028)', '>=', 1)$$,
                 '23503', NULL, 'the zorgkantoor must exist');
SELECT throws_ok($$INSERT INTO wlz.documenteis (code, jaren, klassen, moment, max_leeftijd) VALUES ('x', '[2027,2028)', '{nieuw}', 'inschrijving', '24 uur')$$,
                 '23514', NULL, 'a maximum age in hours is refused (the checks count in days)');
SELECT throws_ok($$INSERT INTO wlz.documenteis (code, jaren, klassen, moment) VALUES ('x', '[2027,2028)', '{nieuw}', 'na-ingang')$$,
                 '23514', NULL, 'na-ingang needs a term');
DELETE FROM wlz.norm WHERE NOT meegeleverd;

-- ---------------------------------------------------------------------------
-- wlz.documenttoets: 001 L1919-2074, L2313-2816; 002 L1399-1442, Bijlage 3
-- ---------------------------------------------------------------------------

CREATE FUNCTION pg_temp.doc(zk text, s wlz.sector, j integer, k wlz.aanbiederklasse, ingediend date,
                            docs wlz.document[], document text, peildatum date DEFAULT NULL,
                            inschrijver text DEFAULT NULL, cv text DEFAULT NULL)
RETURNS text LANGUAGE sql AS $$
    SELECT t.status || ' ' || t.uiterlijk FROM wlz.documenttoets(zk, s, j, k, ingediend, make_date(j, 1, 1), docs,
                                                                 contractvorm => cv, peildatum => peildatum,
                                                                 inschrijver => inschrijver) t
    WHERE t.document = $7
$$;

-- the lists per class
SELECT set_eq($$SELECT document FROM wlz.documenttoets('zilverenkruis', 'GGZ', 2025, 'bestaand', date '2024-07-31', date '2025-01-01', '{}', 'meerjarig')$$,
              ARRAY['instemmingsverklaring'], 'Zilveren Kruis, contract to 31-12-2026: the instemmingsverklaring only (001 L1919-1922)');
SELECT set_eq($$SELECT document FROM wlz.documenttoets('zilverenkruis', 'GGZ', 2025, 'bestaand', date '2024-07-31', date '2025-01-01', '{}', 'deel-jaar')$$,
              ARRAY['bestuursverklaring'], 'a contract to 31-12-2024: the bestuursverklaring (001 L1929-1933)');
SELECT set_eq($$SELECT document FROM wlz.documenttoets('zilverenkruis', 'GGZ', 2025, 'bestaand-maar-nieuw', date '2024-07-31', date '2025-01-01', '{}')$$,
              ARRAY['bestuursverklaring', 'bedrijfsplan', 'financieel-plan'],
              'bestaand-maar-nieuw: bestuursverklaring and "tenminste het bedrijfs- en financieel plan" (001 L1955-1957)');
SELECT is((SELECT count(*) FROM wlz.documenttoets('zilverenkruis', 'GGZ', 2025, 'nieuw', date '2024-07-31', date '2025-01-01', '{}')),
          21::bigint, 'a new provider: the bestuursverklaring and the 20 items of 7.5 (001 L2313-2816)');
SELECT set_eq($$SELECT document FROM wlz.documenttoets('cz', 'GZ', 2026, 'bestaand', date '2025-07-31', date '2026-01-01', '{}', 'heel-jaar')$$,
              ARRAY['bestuursverklaring', 'inschrijvingsverklaring'],
              'CZ, a one-year contract to 31-12-2025: bestuursverklaring and inschrijvingsverklaring (002 L1408-1410)');
SELECT is((SELECT count(*) FROM wlz.documenttoets('cz', 'GZ', 2026, 'nieuw', date '2025-07-31', date '2026-01-01', '{}')),
          22::bigint, 'CZ, a new provider: both declarations and the 20 items of Bijlage 3 (002 L1437-1442, L2087-2626)');
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31', '{}', 'statuten'), 'ontbreekt 2025-07-31',
          'a document due at inschrijving that is missing: ontbreekt (an incomplete inschrijving, 002 L1463-1470)');

-- maximum age: "niet ouder dan zes maanden op het moment van inschrijving" (002 L2133-2134)
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31',
                      ARRAY[ROW('kvk-uittreksel', date '2025-01-31', NULL, NULL, NULL)]::wlz.document[], 'kvk-uittreksel'),
          'ok 2025-07-31', 'a KvK extract of 31-1-2025 for the inschrijving of 31-7-2025 is six months old: ok');
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31',
                      ARRAY[ROW('kvk-uittreksel', date '2025-01-30', NULL, NULL, NULL)]::wlz.document[], 'kvk-uittreksel'),
          'te oud 2025-07-31', 'one day older: te oud');
SELECT is(pg_temp.doc('zilverenkruis', 'GGZ', 2025, 'nieuw', '2024-08-31',
                      ARRAY[ROW('ubo-uittreksel', date '2024-02-29', NULL, NULL, NULL)]::wlz.document[], 'ubo-uittreksel'),
          'ok 2024-08-31', 'month arithmetic of wlz.termijn: 31-8-2024 minus 6 maanden is 29-2-2024 (leap year), still ok');
SELECT is(pg_temp.doc('zilverenkruis', 'GGZ', 2025, 'nieuw', '2024-08-31',
                      ARRAY[ROW('ubo-uittreksel', date '2024-02-28', NULL, NULL, NULL)]::wlz.document[], 'ubo-uittreksel'),
          'te oud 2024-08-31', 'and 28-2-2024 is one day too old');
SELECT is(pg_temp.doc('zilverenkruis', 'GGZ', 2025, 'nieuw', '2024-07-31',
                      ARRAY[ROW('vog-rp', date '2023-07-31', NULL, NULL, NULL)]::wlz.document[], 'vog-rp'),
          'ok 2024-07-31', 'VOG RP "niet ouder dan een jaar" (001 L2476): 31-7-2023 for 31-7-2024 is ok');
SELECT is(pg_temp.doc('zilverenkruis', 'GGZ', 2025, 'nieuw', '2024-07-31',
                      ARRAY[ROW('vog-rp', date '2023-07-30', NULL, NULL, NULL)]::wlz.document[], 'vog-rp'),
          'te oud 2024-07-31', '30-7-2023 is one day too old');
SELECT is(pg_temp.doc('zilverenkruis', 'GGZ', 2025, 'nieuw', '2024-07-31',
                      ARRAY[ROW('vog-rp', NULL, NULL, NULL, NULL)]::wlz.document[], 'vog-rp'),
          'onbekend 2024-07-31', 'without a date the age cannot be judged: onbekend');
SELECT is(pg_temp.doc('zilverenkruis', 'GGZ', 2025, 'nieuw', '2024-07-31',
                      ARRAY[ROW('vog-rp', date '2024-08-01', NULL, NULL, NULL)]::wlz.document[], 'vog-rp'),
          'te laat 2024-07-31', 'a document dated after the inschrijving was not with it: te laat');
SELECT is(pg_temp.doc('zilverenkruis', 'GGZ', 2025, 'nieuw', '2024-07-31',
                      ARRAY[ROW('vog-rp', date '2023-01-01', NULL, NULL, NULL), ROW('vog-rp', date '2024-06-01', NULL, NULL, NULL)]::wlz.document[], 'vog-rp'),
          'ok 2024-07-31', 'of two copies the better one counts');

-- minimum amount and same entity and start: the insurance (001 L2684-2702, 002 L2499-2520)
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31',
                      ARRAY[ROW('aansprakelijkheidsverzekering', date '2025-07-01', 2500000, 'Zorg B.V.', date '2026-01-01')]::wlz.document[],
                      'aansprakelijkheidsverzekering', inschrijver => 'zorg bv'),
          'ok 2025-07-31', 'a policy of exactly € 2.500.000, in the registrant''s name ("Zorg B.V." is "zorg bv"), from the start: ok');
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31',
                      ARRAY[ROW('aansprakelijkheidsverzekering', date '2025-07-01', 2499999.99, 'Zorg BV', date '2026-01-01')]::wlz.document[],
                      'aansprakelijkheidsverzekering', inschrijver => 'Zorg BV'),
          'te laag 2025-07-31', '€ 2.499.999,99: te laag (002 L2509)');
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31',
                      ARRAY[ROW('aansprakelijkheidsverzekering', date '2025-07-01', 3000000, 'Zorg Holding BV', date '2026-01-01')]::wlz.document[],
                      'aansprakelijkheidsverzekering', inschrijver => 'Zorg BV'),
          'andere entiteit 2025-07-31', 'in the name of another entity: andere entiteit (002 L2513-2518)');
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31',
                      ARRAY[ROW('aansprakelijkheidsverzekering', date '2025-07-01', 3000000, 'Zorg BV', date '2026-01-02')]::wlz.document[],
                      'aansprakelijkheidsverzekering', inschrijver => 'Zorg BV'),
          'te laat 2025-07-31', 'starting one day after the contract: te laat ("uiterlijk vanaf de ingangsdatum", 002 L2510-2512)');
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31',
                      ARRAY[ROW('kvk-uittreksel', date '2025-06-01', NULL, 'Andere BV', NULL)]::wlz.document[], 'kvk-uittreksel'),
          'ok 2025-07-31', 'without the registrant''s name the entity is not checked');

-- due later: the cliëntenraad 6 maanden after the start (002 L2358-2359), the governance code at the start of care
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31', '{}', 'clientenraad'), 'later 2026-07-01',
          'at inschrijving the cliëntenraad is due later: 1-1-2026 plus 6 maanden = 1-7-2026');
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31', '{}', 'clientenraad', peildatum => date '2026-07-01'),
          'later 2026-07-01', 'on 1-7-2026 still in time');
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31', '{}', 'clientenraad', peildatum => date '2026-07-02'),
          'ontbreekt 2026-07-01', 'on 2-7-2026 missing');
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31',
                      ARRAY[ROW('clientenraad', date '2026-07-02', NULL, NULL, NULL)]::wlz.document[], 'clientenraad'),
          'te laat 2026-07-01', 'installed on 2-7-2026: te laat');
SELECT is(pg_temp.doc('cz', 'GZ', 2026, 'nieuw', '2025-07-31', '{}', 'governancecode', peildatum => date '2026-01-02'),
          'ontbreekt 2026-01-01', 'the Governancecode is due at the start of care (002 L1659), the start of the contract by default');
SELECT is((SELECT t.status || ' ' || t.uiterlijk FROM wlz.documenttoets('cz', 'GZ', 2026, 'nieuw', date '2025-07-31', date '2026-01-01', '{}',
                                                                        peildatum => date '2026-02-01', zorgstart => date '2026-03-01') t
           WHERE t.document = 'governancecode'),
          'later 2026-03-01', 'with care starting on 1-3-2026 it is due then');
SELECT is(pg_temp.doc('zilverenkruis', 'GGZ', 2025, 'nieuw', '2024-07-31', '{}', 'kwaliteitsverslag'), 'later 2026-01-01',
          'the report over the first year: the row reads the end of the first year (001 L2590-2592)');

-- errors
SELECT throws_ok($$SELECT * FROM wlz.documenttoets('cz', 'GZ', 2026, 'bestaand', date '2025-07-31', date '2026-01-01', '{}')$$,
                 '22004', NULL, 'a bestaand provider without contractvorm: 22004');
SELECT throws_ok($$SELECT * FROM wlz.documenttoets('cz', 'GZ', 2026, 'bestaand', date '2025-07-31', date '2026-01-01', '{}', 'tweejarig')$$,
                 '22023', NULL, 'an unknown contractvorm: 22023');
SELECT throws_ok($$SELECT * FROM wlz.documenttoets('cz', 'GZ', 2026, 'nieuw', date '2025-07-31', date '2026-01-01',
                                                   ARRAY[ROW('kvk', date '2025-06-01', NULL, NULL, NULL)]::wlz.document[])$$,
                 '22023', 'document "kvk" is not a documenteis of cz, sector GZ, 2026', 'an unknown document code: 22023');
SELECT throws_ok($$SELECT * FROM wlz.documenttoets('cz', 'GZ', 2026, 'nieuw', date '2025-07-31', date '2026-01-01',
                                                   ARRAY[ROW(NULL, date '2025-06-01', NULL, NULL, NULL)]::wlz.document[])$$,
                 '22004', NULL, 'a document without a code: 22004');
SELECT throws_ok($$SELECT * FROM wlz.documenttoets('cz', 'GZ', 2026, NULL, date '2025-07-31', date '2026-01-01', '{}')$$,
                 '22004', NULL, 'NULL klasse: 22004');
SELECT throws_ok($$SELECT * FROM wlz.documenttoets('cz', 'GZ', 2026, 'nieuw', NULL, date '2026-01-01', '{}')$$,
                 '22004', NULL, 'NULL ingediend: 22004');

-- ---------------------------------------------------------------------------
-- Subcontracting: wlz.eigen_levering and wlz.onderaannemingstoets (002 L1299-1311)
-- ---------------------------------------------------------------------------

SELECT is((SELECT wlz.eigen_levering(v, o) FROM (VALUES (10, false), (NULL, true), (5, NULL), (10, true)) x(v, o)),
          0.5, 'rows with a NULL do not count: 10 of 20');
SELECT is((SELECT wlz.eigen_levering(v, o) FROM (VALUES (1, true)) x(v, o) WHERE false), NULL::numeric,
          'no rows: NULL');
SELECT is((SELECT wlz.eigen_levering(v, o) FROM (VALUES (0, false)) x(v, o)), NULL::numeric,
          'no volume: NULL');
SELECT throws_ok($$SELECT wlz.eigen_levering(v, o) FROM (VALUES ('NaN'::numeric, false)) x(v, o)$$, '22023', NULL,
                 'a NaN volume: 22023');
SELECT results_eq(
    $$SELECT code, voldaan FROM wlz.onderaannemingstoets('cz', 'GZ', 2026, 2 / 3.0, true, true, true)$$,
    $$VALUES ('eigen-levering', true), ('onderaanneming-volledig-pakket', true), ('onderaanneming-melding', true)$$,
    'two thirds, a full package by a subcontractor with the zorgkantoor''s permission, reported: all met (002 L1306-1308)');
SELECT results_eq(
    $$SELECT code, voldaan FROM wlz.onderaannemingstoets('cz', 'GZ', 2026, 0.5, true)$$,
    $$VALUES ('eigen-levering', false), ('onderaanneming-volledig-pakket', false), ('onderaanneming-melding', NULL::boolean)$$,
    'half, a full package without permission, reporting unknown');
SELECT is((SELECT bron FROM wlz.onderaannemingstoets('zilverenkruis', 'GGZ', 2025, 0.7) WHERE code = 'eigen-levering'),
          '001_984eca5123cbd441.txt L1986-1989', 'Zilveren Kruis cites its own lines');
SELECT is((SELECT voldaan FROM wlz.onderaannemingstoets('vgz', 'GZ', 2026, 0.7) WHERE code = 'eigen-levering'), NULL::boolean,
          'VGZ has no own-delivery norm in the documents: voldaan NULL');
SELECT throws_ok($$SELECT * FROM wlz.onderaannemingstoets('cz', 'GZ', 2026, -0.1)$$, '22023', NULL, 'a negative share: 22023');

-- ---------------------------------------------------------------------------
-- mpt before vpt (003 L493-553)
-- ---------------------------------------------------------------------------

SELECT is(wlz.geclusterd(2), false, 'two clients on one PC6 are not clustered');
SELECT is(wlz.geclusterd(3), true, '"drie of meer mensen met dezelfde postcode (PC6 niveau)" (003 L521)');
SELECT throws_ok($$SELECT wlz.geclusterd(-1)$$, '22023', NULL, 'a negative number: 22023');

CREATE FUNCTION pg_temp.vorm(start date, pc6 integer, kosten numeric DEFAULT NULL, inkomsten numeric DEFAULT NULL,
                             criteria integer[] DEFAULT '{}')
RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(t.leveringsvorm::text, '-') || ' ' || t.code
    FROM wlz.leveringsvormtoets(NULL, 'VV', 2027, start, pc6, kosten, inkomsten, criteria) t
$$;
SELECT is(pg_temp.vorm('2027-01-01', 1), 'mpt mpt-voor-vpt-uitgangspunt',
          'a new client from 1 January 2027 with unclustered care: mpt in principle (003 L499, L547)');
SELECT is(pg_temp.vorm('2026-12-31', 1), '- mpt-voor-vpt-niet-nieuw', 'care at home since 31-12-2026: not a new client, the test does not apply');
SELECT is(pg_temp.vorm('2027-03-01', 3), '- mpt-voor-vpt-geclusterd', 'exactly 3 clients on the PC6: clustered, the test does not apply');
SELECT is(pg_temp.vorm('2027-03-01', 2, 799.99, 1000, '{1}'), 'mpt mpt-voor-vpt-kosten',
          'costs of 79.999 % of the vpt income: mpt always, whatever the criteria (003 L543)');
SELECT is(pg_temp.vorm('2027-03-01', 2, 800, 1000, '{1}'), 'vpt mpt-voor-vpt-criterium-1',
          'costs of exactly 80 %: not "minder dan 80%", so criterion 1 can make vpt fit');
SELECT is(pg_temp.vorm('2027-03-01', 2, 800, 1000), 'mpt mpt-voor-vpt-uitgangspunt', 'at 80 % without a criterion: mpt');
SELECT is(pg_temp.vorm('2027-03-01', 2, NULL, NULL, '{4,2}'), 'vpt mpt-voor-vpt-criterium-4',
          'criteria 4 and 2 without costs: vpt, named by the first criterion given');
SELECT is((SELECT leveringsvorm FROM wlz.leveringsvormtoets('cz', 'GZ', 2027, date '2027-03-01', 1)), NULL::wlz.leveringsvorm,
          'the toetsingskader is V&V (003 chapter 3): none for GZ');
SELECT throws_ok($$SELECT * FROM wlz.leveringsvormtoets(NULL, 'VV', 2027, date '2027-03-01', 1, criteria => '{5}')$$,
                 '22023', 'criterion 5 does not exist', 'a criterion other than 1-4: 22023');
SELECT throws_ok($$SELECT * FROM wlz.leveringsvormtoets(NULL, 'VV', 2027, date '2027-03-01', 1, 10, 0)$$,
                 '22023', NULL, 'a vpt income of 0: 22023');
SELECT throws_ok($$SELECT * FROM wlz.leveringsvormtoets(NULL, 'VV', 2027, NULL, 1)$$, '22004', NULL, 'NULL start: 22004');

-- the provider's mpt share among unclustered clients against the benchmark of 90 % (003 L551)
CREATE TEMP TABLE client (aanbieder text, leveringsvorm wlz.leveringsvorm, pc6 integer);
INSERT INTO client
SELECT 'a', CASE WHEN i <= 9 THEN 'mpt' ELSE 'vpt' END::wlz.leveringsvorm, 1 FROM generate_series(1, 10) i
UNION ALL SELECT 'a', 'vpt', 4                -- clustered: does not count
UNION ALL SELECT 'a', 'verblijf', 1           -- not care at home: does not count
UNION ALL SELECT 'b', CASE WHEN i <= 8 THEN 'mpt' ELSE 'vpt' END::wlz.leveringsvorm, 2 FROM generate_series(1, 9) i;
SELECT results_eq(
    $$SELECT aanbieder, wlz.mpt_aandeel(leveringsvorm, wlz.geclusterd(pc6)) FROM client GROUP BY aanbieder ORDER BY aanbieder$$,
    $$VALUES ('a', 0.9), ('b', 8 / 9.0)$$,
    'mpt share: 9 of 10 unclustered (the clustered vpt and the verblijf left out); 8 of 9');
SELECT results_eq(
    $$SELECT aanbieder, (SELECT voldoet FROM wlz.toets(NULL, 'VV', 2027, 'mpt-aandeel-ongeclusterd',
                                                        wlz.mpt_aandeel(leveringsvorm, wlz.geclusterd(pc6))))
      FROM client GROUP BY aanbieder ORDER BY aanbieder$$,
    $$VALUES ('a', true), ('b', false)$$,
    'exactly 90 % meets "minimaal 90%", 88.9 % does not');
SELECT is((SELECT wlz.mpt_aandeel(leveringsvorm, true) FROM client), NULL::numeric, 'no unclustered clients: NULL');

-- ---------------------------------------------------------------------------
-- VG7+ (003 L1009-1037; 000 L151-154, L187)
-- ---------------------------------------------------------------------------

SELECT is(wlz.begeleiders_nodig(9), 3::numeric, '2 per 6: a group of 9 needs 3 begeleiders (003 L1024)');
SELECT is(wlz.begeleiders_nodig(8), 2.67, 'a group of 8 needs 2.67 ("2,5 tot 3"; rounded up to hundredths)');
SELECT is(wlz.begeleiders_nodig(6), 2::numeric, 'a group of 6 needs 2');
SELECT is(wlz.begeleiders_nodig(7), 2.34, 'a group of 7: 2.333… rounded up to 2.34, never below the ratio');
SELECT throws_ok($$SELECT wlz.begeleiders_nodig(-1)$$, '22023', NULL, 'a negative group: 22023');

CREATE FUNCTION pg_temp.vg7(code text, jaar integer, aanbod boolean, toestemming date, start date, groep integer,
                            begeleiders numeric, instroom date DEFAULT NULL, onderbouwd boolean DEFAULT NULL,
                            meerzorg boolean DEFAULT false)
RETURNS boolean LANGUAGE sql AS $$
    SELECT t.voldaan FROM wlz.vg7plus_toets(NULL, 'GZ', jaar, aanbod, toestemming, start, groep, begeleiders,
                                            instroom, onderbouwd, meerzorg) t
    WHERE t.code = $1
$$;
SELECT is(pg_temp.vg7('vg7plus-begeleiding', 2026, true, '2025-12-01', '2026-01-01', 9, 3), true,
          '9 clients with 3 begeleiders: 2 op 6 (003 L1024)');
SELECT is(pg_temp.vg7('vg7plus-begeleiding', 2026, true, '2025-12-01', '2026-01-01', 9, 2.99), false, 'with 2.99: not');
SELECT is(pg_temp.vg7('vg7plus-begeleiding', 2027, true, '2025-12-01', '2026-01-01', 8, 2.5), false,
          '8 clients with 2.5: below 2 op 6 (the text''s "2,5 tot 3" read as the exact ratio 2.67)');
SELECT is(pg_temp.vg7('vg7plus-groepsgrootte', 2027, true, '2025-12-01', '2026-01-01', 6, 2), true, 'a group of 6');
SELECT is(pg_temp.vg7('vg7plus-groepsgrootte', 2027, true, '2025-12-01', '2026-01-01', 7, 3), NULL::boolean,
          'a group of 7: possible with the staffing, a talk with the zorgkantoor (L1022-1024): for a person');
SELECT is(pg_temp.vg7('vg7plus-vg7-aanbod', 2026, false, '2025-12-01', '2026-01-01', 6, 2), false,
          'no VG7 aanbod: no VG7+ (003 L1032; 000 L151)');
SELECT is(pg_temp.vg7('vg7plus-toestemming', 2026, true, '2026-01-01', '2026-01-01', 6, 2), true,
          'permission on the first day of delivery is "vooraf" enough (000 L152)');
SELECT is(pg_temp.vg7('vg7plus-toestemming', 2026, true, '2026-01-02', '2026-01-01', 6, 2), false,
          'permission a day after the start: not beforehand');
SELECT is(pg_temp.vg7('vg7plus-toestemming', 2026, true, NULL, '2026-01-01', 6, 2), false, 'no permission');
SELECT is(pg_temp.vg7('vg7plus-meerzorgwaardig', 2027, true, '2025-12-01', '2026-01-01', 6, 2, '2026-12-31', false), true,
          'a client in before 1-1-2027 needs no substantiation (003 L1037)');
SELECT is(pg_temp.vg7('vg7plus-meerzorgwaardig', 2027, true, '2025-12-01', '2026-01-01', 6, 2, '2027-01-01', false), false,
          'a client in on 1-1-2027 needs it');
SELECT is(pg_temp.vg7('vg7plus-meerzorgwaardig', 2027, true, '2025-12-01', '2026-01-01', 6, 2, '2027-01-01', true), true,
          'and has it');
SELECT is(pg_temp.vg7('vg7plus-meerzorg', 2027, true, '2025-12-01', '2026-01-01', 6, 2, meerzorg => true), NULL::boolean,
          'meerzorg on VG7+ only in exceptional cases, as maatwerk: for a person (003 L1009; 000 L154)');
SELECT throws_ok($$SELECT * FROM wlz.vg7plus_toets(NULL, 'GZ', 2027, true, NULL, NULL, 0, 1)$$, '22023', NULL,
                 'a group of 0: 22023');

-- ---------------------------------------------------------------------------
-- LVHC (003 L236-273)
-- ---------------------------------------------------------------------------

SELECT is(wlz.lvhc_plafond(10, 2027), 3650::numeric, '10 places x 365 days of 2027 (003 L269; default: every day of the year)');
SELECT is(wlz.lvhc_plafond(10, 2028), 3660::numeric, '2028 is a leap year: 366 days');
SELECT is(wlz.lvhc_plafond(10, 2027, 300.5), 3005::numeric, 'with expected ligdagen 300.5');
SELECT is(wlz.lvhc_plafond(10, NULL), NULL::numeric, 'NULL jaar: NULL');
SELECT throws_ok($$SELECT wlz.lvhc_plafond(10, 2027, 366)$$, '22023', NULL, 'more ligdagen than 2027 has: 22023');
SELECT throws_ok($$SELECT wlz.lvhc_plafond(-1, 2027)$$, '22023', NULL, 'negative places: 22023');

CREATE FUNCTION pg_temp.lvhc(code text, afspraak numeric, periode daterange DEFAULT '[2027-01-01,2028-01-01)',
                             afgesproken integer DEFAULT 12, eerste date DEFAULT '2026-07-01', doelgroep text DEFAULT 'huntington')
RETURNS boolean LANGUAGE sql AS $$
    SELECT t.voldaan FROM wlz.lvhc_toets(NULL, NULL, 2027, doelgroep, 12, '[2026-07-01,2028-07-01)', afspraak, periode,
                                         NULL, afgesproken, eerste) t
    WHERE t.code = $1
$$;
SELECT is(pg_temp.lvhc('lvhc-plafond', 4380), true, 'a production agreement of 12 places x 365 = 4380 days: at the ceiling');
SELECT is(pg_temp.lvhc('lvhc-plafond', 4381), false, 'one day more: above it');
SELECT is((SELECT t.voldaan FROM wlz.lvhc_toets(NULL, NULL, 2028, 'huntington', 12, '[2026-07-01,2028-07-01)', 2184) t
           WHERE t.code = 'lvhc-plafond'), true,
          'in 2028 the recognition ends on 1 July: 182 days x 12 = 2184 (L270)');
SELECT is((SELECT t.voldaan FROM wlz.lvhc_toets(NULL, NULL, 2028, 'huntington', 12, '[2026-07-01,2028-07-01)', 2185) t
           WHERE t.code = 'lvhc-plafond'), false, 'and 2185 is above it');
SELECT is(pg_temp.lvhc('lvhc-plaatsen', 1, afgesproken => 13), false, '13 places where 12 are recognised: cannot be raised (L268)');
SELECT is(pg_temp.lvhc('lvhc-looptijd', 1, periode => '[2027-01-01,2028-07-02)'), false,
          'an agreement one day beyond the recognition (L270)');
SELECT is(pg_temp.lvhc('lvhc-declaratie', 1, eerste => '2026-06-30'), false,
          'declared a day before the date on the advice (L267)');
SELECT is(pg_temp.lvhc('lvhc-doelgroep', 1, doelgroep => 'gp-plus'), true, 'GP+ is a target group (L238)');
SELECT is(pg_temp.lvhc('lvhc-doelgroep', 1, doelgroep => 'korsakov'), false, 'Korsakov is not one of the six');
SELECT is(pg_temp.lvhc('lvhc-doelgroep', 1, periode => '[2029-06-01,2030-01-02)', doelgroep => 'dzep'), false,
          'an agreement running into 2030 is outside the 2027-2029 purchase (L243)');
SELECT throws_ok($$SELECT * FROM wlz.lvhc_toets(NULL, NULL, 2027, 'huntington', 12, 'empty', 1)$$, '22023', NULL,
                 'an empty recognition: 22023');
SELECT throws_ok($$SELECT * FROM wlz.lvhc_toets(NULL, NULL, 2027, 'huntington', NULL::integer, '[2027-01-01,2028-01-01)', 1)$$,
                 '22004', NULL, 'no places: 22004');

-- ---------------------------------------------------------------------------
-- The regiobudget HLO application (003 L559-724)
-- ---------------------------------------------------------------------------

CREATE FUNCTION pg_temp.rb(code text, ingediend timestamptz DEFAULT '2026-06-30 12:00+02',
                           looptijd daterange DEFAULT '[2027-01-01,2030-01-01)', themas integer[] DEFAULT '{1}',
                           zo integer DEFAULT 1, ander integer DEFAULT 2, kosten numeric DEFAULT 0,
                           plan boolean DEFAULT true)
RETURNS boolean LANGUAGE sql AS $$
    SELECT t.voldaan FROM wlz.regiobudgettoets(NULL, 'VV', 2027, ingediend, looptijd, themas, zo, ander, kosten, plan) t
    WHERE t.code = $1
$$;
SELECT is(pg_temp.rb('regiobudget-tijdig', '2026-07-01 23:59:59.999999+02'), true,
          'submitted at the last instant of 1 July 2026 (003 L678, L745)');
SELECT is(pg_temp.rb('regiobudget-tijdig', '2026-07-02 00:00:00+02'), false, 'a microsecond later: late');
SELECT is(pg_temp.rb('regiobudget-partijen', zo => 1, ander => 2), true, '1 zorgorganisatie with 2 other parties (003 L691)');
SELECT is(pg_temp.rb('regiobudget-partijen', zo => 1, ander => 1), false, 'with 1 other party: not');
SELECT is(pg_temp.rb('regiobudget-partijen', zo => 0, ander => 3), false, 'without a zorgorganisatie: not');
SELECT is(pg_temp.rb('regiobudget-looptijd', looptijd => '[2027-01-01,2030-01-01)'), true, '2027 up to and including 2029 (L680, L709)');
SELECT is(pg_temp.rb('regiobudget-looptijd', looptijd => '[2027-01-01,2030-01-02)'), false, 'one day into 2030: not');
SELECT is(pg_temp.rb('regiobudget-thema', themas => '{2,5}'), true, 'themes 2 and 5 (L574, L577)');
SELECT is(pg_temp.rb('regiobudget-thema', themas => '{6}'), false, 'there is no theme 6');
SELECT is(pg_temp.rb('regiobudget-certificering', kosten => 1), false,
          'costs for the Milieuthermometer certification: not from the regiobudget (L579, L672)');
SELECT is(pg_temp.rb('regiobudget-advies', zo => 0), false, 'one no: the advice is not positive…');
SELECT ok((SELECT toelichting ~ 'niet automatisch tot afwijzing' FROM wlz.regiobudgettoets(NULL, 'VV', 2027,
            timestamptz '2026-06-30 12:00+02', '[2027-01-01,2030-01-01)', '{1}', 0, 2) WHERE code = 'regiobudget-advies'),
          '…and says that a no is no rejection (L724)');
SELECT is((SELECT count(*) FROM wlz.regiobudgettoets(NULL, 'VV', 2027, timestamptz '2026-06-30 12:00+02',
                                                     '[2027-01-01,2030-01-01)', '{1}', 1, 2)
           WHERE voldaan IS NULL AND code IN (SELECT code FROM wlz.controle WHERE soort = 'regiobudget-vraag')),
          15::bigint, 'the 15 questions a person answers are listed with voldaan NULL (L690-720)');
SELECT is((SELECT voldaan FROM wlz.regiobudgettoets(NULL, 'VV', 2028, timestamptz '2027-06-30 12:00+02',
                                                    '[2028-01-01,2030-01-01)', '{1}', 1, 2) WHERE code = 'regiobudget-tijdig'),
          NULL::boolean, '2028: the catalogue has no deadline for it yet, so not judged');

-- ---------------------------------------------------------------------------
-- The policy value
-- ---------------------------------------------------------------------------

SELECT is((SELECT (wlz.toetsbeleid('cz', 'GZ', 2026)::text)::wlz.toetsbeleid::jsonb = wlz.toetsbeleid('cz', 'GZ', 2026)::jsonb),
          true, 'text output and input give the same value');
SELECT is((SELECT jsonb_array_length(wlz.toetsbeleid('cz', 'GZ', 2026)::jsonb -> 'normen')), 10,
          'CZ GZ 2026: its own norms and the national ones that apply (VG7+)');
SELECT is(wlz.toetsbeleid(NULL, 'VV', 2027)::jsonb -> 'termijnen' ->> 'regiobudget-aanvraag' IS NOT NULL, true,
          'the value carries the deadline of the regiobudget application');
SELECT throws_ok($$SELECT '{"jaar": 2026, "normen": [{"code": "x"}]}'::wlz.toetsbeleid$$, '22P02', NULL,
                 'a norm without its comparison: 22P02');
SELECT throws_ok($$SELECT '{"jaar": 2026, "kleur": "rood"}'::wlz.toetsbeleid$$, '22P02', NULL, 'an unknown key: 22P02');
SELECT throws_ok($$SELECT '{"sector": "GZ"}'::wlz.toetsbeleid$$, '22P02', NULL, 'no jaar: 22P02');
SELECT throws_ok($$SELECT '[1, 2]'::wlz.toetsbeleid$$, '22P02', NULL, 'not an object: 22P02');
SELECT throws_ok($$SELECT '{"jaar": 2026, "normen": [{"code": "x", "vergelijking": "≥", "waarde": 1, "vanaf": 2026}]}'::wlz.toetsbeleid$$,
                 '22P02', NULL, 'an unknown comparison: 22P02');
SELECT throws_ok($$SELECT '{"jaar": 2026, "termijnen": {"regiobudget-aanvraag": "2026-07-01 23:59:59"}}'::wlz.toetsbeleid$$,
                 '22P02', NULL, 'a deadline without an offset (it would depend on TimeZone): 22P02');
SELECT throws_ok($$SELECT '{"jaar": 2026, "sector": "ZZ"}'::wlz.toetsbeleid$$, '22P02', NULL, 'an unknown sector: 22P02');
SELECT throws_ok($$SELECT '{"jaar": 2026, "documenten": [{"code": "x", "klassen": ["nieuw"], "moment": "na-ingang"}]}'::wlz.toetsbeleid$$,
                 '22P02', NULL, 'na-ingang without a term: 22P02');
SELECT throws_ok($$SELECT '{"jaar": 2026}'::jsonb::wlz.toetsbeleid, '{"jaar": "2026"}'::jsonb::wlz.toetsbeleid$$,
                 '22P02', NULL, 'the cast from jsonb checks too');
SELECT lives_ok($$SELECT * FROM wlz.toets('{"jaar": 2026, "normen": [{"code": "x", "vergelijking": ">=", "waarde": 2, "noemer": 3, "vanaf": 2026}]}'::wlz.toetsbeleid, 'x', 1)$$,
                'a hand-made value works with the checks');
-- The constructor remembers its value per call site, for the active snapshot
-- only: a PL/pgSQL loop (whose expression state lasts the whole transaction)
-- sees a norm added between two turns.
CREATE FUNCTION pg_temp.normen_in_lus() RETURNS integer[] LANGUAGE plpgsql AS $$
DECLARE
    uit integer[] := '{}';
    n integer;
BEGIN
    FOR i IN 1 .. 2 LOOP
        n := jsonb_array_length(wlz.toetsbeleid('cz', 'GZ', 2026)::jsonb -> 'normen');
        uit := uit || n;
        INSERT INTO wlz.norm (code, zorgkantoor, jaren, vergelijking, waarde) VALUES ('lus', 'cz', '[2026,2027)', '>=', i);
    END LOOP;
    RETURN uit;
END $$;
SELECT is(pg_temp.normen_in_lus(), ARRAY[10, 11], 'wlz.toetsbeleid in a loop sees a norm added in the loop');
DELETE FROM wlz.norm WHERE code = 'lus';
SET LOCAL TimeZone = 'UTC';
SET LOCAL DateStyle = 'SQL, DMY';
SELECT is((SELECT toelichting FROM wlz.regiobudgettoets(NULL, 'VV', 2027, timestamptz '2026-07-01 12:00+02',
                                                        '[2027-01-01,2030-01-01)', '{1}', 1, 2) WHERE code = 'regiobudget-tijdig'),
          'ingediend 2026-07-01 12:00:00+02, uiterlijk 2026-07-01 23:59:59.999999+02 (stap regiobudget-aanvraag)',
          'the explanations show Amsterdam time and ISO dates whatever the session''s TimeZone and DateStyle');

SELECT * FROM finish();
ROLLBACK;
