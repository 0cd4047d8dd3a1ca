-- test/controle.sql: the declaration controls of one line (SPEC 9):
-- wlz.declaratiecontrole and wlz.declaratiecontrole_uitleg in both forms, the
-- shipped catalogue and rules, each rule against the lines of the document it
-- comes from with hand-computed boundaries (the last allowed day and the first
-- late one, the first day a rule applies), NULLs and bad input, the policy
-- value and a user's own rows. The aggregates: test/controle_aggregaat.sql.
BEGIN;
SELECT plan(155);

SET LOCAL TimeZone = 'UTC';   -- every moment below carries its offset

-- One line: zorgkantoor, prestatie, the days [van, tot), the rest optional.
CREATE FUNCTION pg_temp.dc(zk text, prestatie text, van date, tot date,
                           ingediend timestamptz DEFAULT NULL, zorgprofiel text DEFAULT NULL,
                           bedrag numeric DEFAULT NULL, verwacht numeric DEFAULT NULL,
                           kenmerken text[] DEFAULT '{}')
RETURNS text[] LANGUAGE sql AS $$
    SELECT wlz.declaratiecontrole(zk, prestatie, daterange(van, tot), ingediend, zorgprofiel,
                                  bedrag, verwacht, kenmerken)
$$;
-- Does the line fail control code?
CREATE FUNCTION pg_temp.faalt(code text, zk text, prestatie text, van date, tot date,
                              ingediend timestamptz DEFAULT NULL, zorgprofiel text DEFAULT NULL,
                              bedrag numeric DEFAULT NULL, verwacht numeric DEFAULT NULL,
                              kenmerken text[] DEFAULT '{}')
RETURNS boolean LANGUAGE sql AS $$
    SELECT code = ANY (pg_temp.dc(zk, prestatie, van, tot, ingediend, zorgprofiel, bedrag, verwacht, kenmerken))
$$;

-- ---------------------------------------------------------------------------
-- The catalogue and the shipped rules
-- ---------------------------------------------------------------------------
SELECT set_eq(
    $$SELECT code FROM wlz.controle WHERE meegeleverd AND soort IN ('declaratie', 'combinatie', 'traject')$$,
    ARRAY['prestatie-onbekend', 'toeslag-zorgprofiel', 'locatie-met-behandeling', 'mondzorg-bovenbudgettair',
          'hulpmiddel-bovenbudgettair', 'no-show', 'vg7plus-declaratie-toestemming', 'vg7plus-declaratie-meerzorgwaardig',
          'crisis-goedkeuring', 'crisis-leegstand', 'specifieke-prestatie-toestemming', 'h335-pa-vs',
          'ex-prestatie-erkenning', 'declaratie-termijn', 'declaratie-17e-werkdag',
          'liquiditeitscorrectie-melding', 'bedrag-tarief', 'vg7plus-combinatie',
          'observatie-duur', 'observatie-totaal', 'cca-duur', 'cca-uren', 'cca-per-jaar', 'cca-wachttijd',
          'lvg-indicatie-duur'],
    'the catalogue ships 17 declaration controls, one combination control and 7 traject controls');
SELECT is_empty(
    $$SELECT 'declaratieregel ' || id FROM wlz.declaratieregel r
      WHERE NOT EXISTS (SELECT FROM wlz.controle c WHERE c.code = r.controle AND c.soort = 'declaratie')
      UNION ALL
      SELECT 'combinatieregel ' || id FROM wlz.combinatieregel r
      WHERE NOT EXISTS (SELECT FROM wlz.controle c WHERE c.code = r.controle AND c.soort = 'combinatie')
      UNION ALL
      SELECT 'trajectregel ' || id FROM wlz.trajectregel r
      WHERE NOT EXISTS (SELECT FROM wlz.controle c WHERE c.code = r.controle AND c.soort = 'traject')$$,
    'every shipped rule belongs to a control of its kind in the catalogue');
SELECT is_empty(
    $$SELECT code FROM wlz.controle c WHERE soort IN ('declaratie', 'combinatie', 'traject')
        AND NOT EXISTS (SELECT FROM wlz.declaratieregel r WHERE r.controle = c.code)
        AND NOT EXISTS (SELECT FROM wlz.combinatieregel r WHERE r.controle = c.code)
        AND NOT EXISTS (SELECT FROM wlz.trajectregel r WHERE r.controle = c.code)$$,
    'every shipped control has at least one rule');
SELECT is_empty(
    $$SELECT x FROM (SELECT 'controle ' || code AS x, bron FROM wlz.controle WHERE soort IN ('declaratie', 'combinatie', 'traject')
                     UNION ALL SELECT 'declaratieregel ' || id, bron FROM wlz.declaratieregel
                     UNION ALL SELECT 'combinatieregel ' || id, bron FROM wlz.combinatieregel
                     UNION ALL SELECT 'trajectregel ' || id, bron FROM wlz.trajectregel) s
      WHERE bron !~ '^00[0-4]_[0-9a-f]{16}\.txt L[0-9]+(-[0-9]+)?(, L[0-9]+(-[0-9]+)?)*(; 00[0-4]_[0-9a-f]{16}\.txt L[0-9]+(-[0-9]+)?(, L[0-9]+(-[0-9]+)?)*)*$'$$,
    'every shipped control and rule cites its source as <file> L<a>-<b>');
SELECT results_eq(
    $$SELECT (SELECT count(*) FROM wlz.declaratieregel WHERE meegeleverd),
             (SELECT count(*) FROM wlz.combinatieregel WHERE meegeleverd),
             (SELECT count(*) FROM wlz.trajectregel WHERE meegeleverd),
             (SELECT max(id) FROM (SELECT id FROM wlz.declaratieregel UNION ALL SELECT id FROM wlz.combinatieregel
                                   UNION ALL SELECT id FROM wlz.trajectregel) i)$$,
    $$VALUES (20::bigint, 4::bigint, 7::bigint, -1)$$,
    '20 declaration rules, 4 combination rules, 7 traject rules, all with negative ids');

-- ---------------------------------------------------------------------------
-- prestatie-onbekend (004 L1014-1019: only tariffs the zorgkantoor has set up)
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.dc('cz', 'Z999', '2026-01-01', '2026-02-01'), '{prestatie-onbekend}',
          'prestatie-onbekend: Z999 is not in wlz.prestatie, and is reported, not passed (004 L1014-1019)');
SELECT is(pg_temp.dc('cz', '4VG', '2026-01-01', '2026-02-01'), '{}', 'a 4VG line of CZ in January 2026 passes');
SELECT is(pg_temp.dc('cz', '4vg', '2026-01-01', '2026-02-01'), '{prestatie-onbekend}',
          'prestatiecodes are compared exactly: 4vg is not 4VG');
SELECT is(pg_temp.dc('vgz', 'Z999', '1990-01-01', '1990-02-01'), '{prestatie-onbekend}',
          'prestatie-onbekend holds in every year and for every zorgkantoor');

-- ---------------------------------------------------------------------------
-- NULLs and bad input
-- ---------------------------------------------------------------------------
SELECT throws_ok($$SELECT wlz.declaratiecontrole(NULL, '4VG', daterange('2026-01-01', '2026-02-01'), now())$$,
                 '22004', 'zorgkantoor of a declaration control must not be null', 'NULL zorgkantoor: 22004');
SELECT throws_ok($$SELECT wlz.declaratiecontrole('cz', NULL, daterange('2026-01-01', '2026-02-01'), now())$$,
                 '22004', 'prestatie of a declaration control must not be null', 'NULL prestatie: 22004');
SELECT throws_ok($$SELECT wlz.declaratiecontrole('cz', '4VG', NULL, now())$$,
                 '22004', 'periode of a declaration control must not be null', 'NULL periode: 22004');
SELECT throws_ok($$SELECT wlz.declaratiecontrole('cz', '4VG', 'empty', now())$$,
                 '22023', 'periode of a declaration line must be a bounded, non-empty range of days',
                 'an empty periode: 22023');
SELECT throws_ok($$SELECT wlz.declaratiecontrole('cz', '4VG', daterange('2026-01-01', NULL), now())$$,
                 '22023', 'periode of a declaration line must be a bounded, non-empty range of days',
                 'an unbounded periode: 22023');
SELECT throws_ok($$SELECT wlz.declaratiecontrole('nergens', '4VG', daterange('2026-01-01', '2026-02-01'), now())$$,
                 'P0002', 'zorgkantoor "nergens" does not exist', 'an unknown zorgkantoor: P0002');
SELECT throws_ok($$SELECT wlz.declaratiecontrole('cz', 'Z912', daterange('2026-01-01', '2026-02-01'), now(), 'VG9')$$,
                 '22P02', NULL, 'a zorgprofiel that does not exist: 22P02');
SELECT throws_ok($$SELECT wlz.declaratiecontrole('cz', '4VG', daterange('2026-01-01', '2026-02-01'), now(), NULL, 'NaN', 1)$$,
                 '22023', 'bedrag of a declaration line must be a finite amount', 'bedrag NaN: 22023');
SELECT throws_ok($$SELECT wlz.declaratiecontrole(NULL::wlz.controlebeleid, '4VG', daterange('2026-01-01', '2026-02-01'), now())$$,
                 '22004', 'beleid of a declaration control must not be null', 'a NULL policy: 22004');
SELECT throws_ok($$SELECT wlz.declaratiecontrole(wlz.controlebeleid('cz', 2026), '4VG', daterange('2025-12-01', '2026-01-01'), now())$$,
                 '22023', 'a declaration line of 2025 cannot be checked against the policy of 2026',
                 'a line of 2025 against a policy of 2026: 22023 (the year is that of the last day)');
SELECT is(wlz.declaratiecontrole(wlz.controlebeleid('cz', 2026), '4VG', daterange('2025-12-15', '2026-01-15'), now()), '{}',
          'a line from 15 December 2025 to 14 January 2026 belongs to 2026');
SELECT is(pg_temp.dc('cz', 'VG7+', '2026-01-01', '2026-02-01', kenmerken => NULL), '{vg7plus-declaratie-toestemming}',
          'kenmerken NULL is no kenmerk at all');
SELECT is(pg_temp.dc('cz', 'VG7+', '2026-01-01', '2026-02-01', kenmerken => '{NULL,toestemming-zorgkantoor}'), '{}',
          'a NULL element of kenmerken is left out');
SELECT is(wlz.declaratiecontrole('cz', '4VG', '[2026-01-01,2026-01-31]', now()), '{}',
          'a periode with an inclusive upper bound is the same days');

-- ---------------------------------------------------------------------------
-- toeslag-zorgprofiel: observatie VG5-VG8 and LVG3-LVG5 (003 L817), Z912 by
-- the order of "MFC en observatie (Z911 en Z912)" (L1019)
-- ---------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT p, pg_temp.faalt('toeslag-zorgprofiel', 'cz', 'Z912', '2026-03-01', '2026-04-01', zorgprofiel => p)
      FROM unnest(ARRAY['4VG', '5VG', '6VG', '7VG', '8VG', 'VG7+', '2LVG', '3LVG', '4LVG', '5LVG', '1SGLVG', '7LG']) AS p$$,
    $$VALUES ('4VG', true), ('5VG', false), ('6VG', false), ('7VG', false), ('8VG', false), ('VG7+', true),
             ('2LVG', true), ('3LVG', false), ('4LVG', false), ('5LVG', false), ('1SGLVG', true), ('7LG', true)$$,
    'toeslag observatie: VG5 tot en met VG8 and LVG3 tot en met LVG5 pass, 4VG, 2LVG and the others fail (003 L817)');
SELECT is(pg_temp.dc('cz', 'Z912', '2026-03-01', '2026-04-01', zorgprofiel => 'LVG3'), '{}',
          'the document''s spelling LVG3 is 3LVG');
SELECT is(pg_temp.dc('cz', 'Z912', '2026-03-01', '2026-04-01'), '{}',
          'without a zorgprofiel the toeslag cannot be judged: no code');
SELECT results_eq(
    $$SELECT code, voldaan FROM wlz.declaratiecontrole_uitleg('cz', 'Z912', daterange('2026-03-01', '2026-04-01'), NULL)
      ORDER BY code$$,
    $$VALUES ('prestatie-onbekend', true), ('toeslag-zorgprofiel', NULL::boolean)$$,
    'and the explanation says so: voldaan NULL');
SELECT is(pg_temp.dc('cz', 'Z912', '2025-12-01', '2026-01-01', zorgprofiel => '4VG'), '{}',
          'before 2026 the shipped rule does not apply (000 L50: the 2026 conditions, as in earlier years)');
SELECT is(pg_temp.dc('cz', 'Z912', '2025-12-31', '2026-01-02', zorgprofiel => '4VG'), '{toeslag-zorgprofiel}',
          'a line whose last day is in 2026 falls under it');
SELECT is(pg_temp.dc('cz', 'Z911', '2026-03-01', '2026-04-01', zorgprofiel => '4VG'), '{}',
          'Z911 (MFC) has no zorgprofiel rule');

-- ademhalingsondersteuning: LG2 en LG4 tot en met 7, VV4 tot en met 9b en VG3
-- tot en met 8 (003 L201); no code in the documents: kenmerk
SELECT results_eq(
    $$SELECT p, pg_temp.faalt('toeslag-zorgprofiel', 'vgz', '4LG', '2026-03-01', '2026-04-01', zorgprofiel => p,
                              kenmerken => '{ademhalingsondersteuning}')
      FROM unnest(ARRAY['1LG', '2LG', '3LG', '4LG', '7LG', '3VV', '4VV', '8VV', '9bVV', '10VV',
                        '2VG', '3VG', '8VG', '5LVG']) AS p$$,
    $$VALUES ('1LG', true), ('2LG', false), ('3LG', true), ('4LG', false), ('7LG', false), ('3VV', true),
             ('4VV', false), ('8VV', false), ('9bVV', false), ('10VV', true), ('2VG', true), ('3VG', false),
             ('8VG', false), ('5LVG', true)$$,
    'toeslag ademhalingsondersteuning: LG2, LG4-7, VV4-9b, VG3-8 pass, LG3, VV3, VV10, VG2, LVG fail (003 L201)');
SELECT is(pg_temp.dc('vgz', '3LG', '2026-03-01', '2026-04-01', zorgprofiel => '3LG'), '{}',
          'without the kenmerk (and without a code) the ademhalingstoeslag rule does not apply');

-- a user who knows the code replaces the rule: then the code, not the kenmerk
INSERT INTO wlz.prestatie (code, omschrijving) VALUES ('Z888', 'toeslag chronische ademhalingsondersteuning (eigen)');
INSERT INTO wlz.declaratieregel (controle, geldig, prestaties, toets, zorgprofielen, vervangt, bron)
SELECT controle, geldig, '{Z888}', toets, zorgprofielen, id, 'eigen codelijst'
FROM wlz.declaratieregel WHERE id = -3;
SELECT is(pg_temp.dc('vgz', 'Z888', '2026-03-01', '2026-04-01', zorgprofiel => '3LG'), '{toeslag-zorgprofiel}',
          'a user''s row with the code of the ademhalingstoeslag (vervangt = -3): 3LG fails');
SELECT is(pg_temp.dc('vgz', 'Z888', '2026-03-01', '2026-04-01', zorgprofiel => '4LG'), '{}', '4LG passes');
SELECT is(pg_temp.dc('vgz', '4LG', '2026-03-01', '2026-04-01', zorgprofiel => '3LG',
                     kenmerken => '{ademhalingsondersteuning}'), '{}',
          'the replaced shipped rule (the kenmerk) no longer applies');
DELETE FROM wlz.declaratieregel WHERE NOT meegeleverd;
DELETE FROM wlz.prestatie WHERE code = 'Z888';

-- ---------------------------------------------------------------------------
-- locatie-met-behandeling: ZZP 9b (003 L758-762), invasieve beademing (L205)
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.dc('menzis', '9VV B', '2027-01-01', '2027-02-01'), '{locatie-met-behandeling}',
          '9VV B in 2027 without a location with behandeling fails (003 L762)');
SELECT is(pg_temp.dc('menzis', '9VV', '2027-01-01', '2027-02-01'), '{locatie-met-behandeling}',
          '9VV (COD163 758, also ZZP 9b) likewise');
SELECT is(pg_temp.dc('menzis', '9VV B', '2027-01-01', '2027-02-01', kenmerken => '{locatie-met-behandeling}'), '{}',
          'with kenmerk locatie-met-behandeling it passes');
SELECT is(pg_temp.dc('menzis', '9VV B', '2026-12-01', '2027-01-01'), '{}',
          'December 2026 is before the landelijk beleidskader 2027');
SELECT is(pg_temp.dc('menzis', '9VV A', '2027-01-01', '2027-02-01'), '{}', '9VV A is not ZZP 9b');
SELECT is(pg_temp.dc('vgz', '6LG', '2026-05-01', '2026-06-01', zorgprofiel => '6LG',
                     kenmerken => '{ademhalingsondersteuning,invasieve-beademing}'), '{locatie-met-behandeling}',
          'invasieve beademing only at a place with behandeling (003 L205)');
SELECT is(pg_temp.dc('vgz', '6LG', '2026-05-01', '2026-06-01', zorgprofiel => '6LG',
                     kenmerken => '{ademhalingsondersteuning,invasieve-beademing,locatie-met-behandeling}'), '{}',
          'with the location it passes');

-- ---------------------------------------------------------------------------
-- mondzorg-bovenbudgettair (003 L118, L132), hulpmiddel-bovenbudgettair (L169)
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.dc('dsw', 'Z999', '2027-02-01', '2027-03-01', kenmerken => '{mondzorg}'),
          '{mondzorg-bovenbudgettair,prestatie-onbekend}',
          'mondzorg without verblijf met behandeling bij dezelfde aanbieder fails (003 L118, L132), codes sorted');
SELECT is(pg_temp.dc('dsw', '5VV', '2027-02-01', '2027-03-01', kenmerken => '{mondzorg,verblijf-met-behandeling}'), '{}',
          'with verblijf-met-behandeling it passes');
SELECT is(pg_temp.dc('dsw', '5VV', '2026-12-01', '2027-01-01', kenmerken => '{mondzorg}'), '{}',
          'before 2027 the rule (landelijk beleidskader 2027) does not apply');
SELECT is(pg_temp.dc('dsw', '5VV', '2027-02-01', '2027-03-01', kenmerken => '{persoonsgebonden-hulpmiddel}'),
          '{hulpmiddel-bovenbudgettair}', 'a persoonsgebonden hulpmiddel without verblijf inclusief behandeling fails (003 L169)');
SELECT is(pg_temp.dc('dsw', '5VV', '2027-02-01', '2027-03-01',
                     kenmerken => '{persoonsgebonden-hulpmiddel,verblijf-met-behandeling}'), '{}', 'with it passes');

-- ---------------------------------------------------------------------------
-- no-show (003 L1171, minimum requirement d)
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.dc('salland', '4VG', '2027-03-01', '2027-03-02', kenmerken => '{mondzorg,verblijf-met-behandeling,no-show}'),
          '{no-show}', 'a no-show is not declarable at the zorgkantoor (003 L1171 d)');
SELECT is(pg_temp.dc('salland', '4VG', '2027-03-01', '2027-03-02', kenmerken => '{annulering}'), '{no-show}',
          'nor is a cancelled appointment');
SELECT is(pg_temp.dc('salland', '4VG', '2027-03-01', '2027-03-02', kenmerken => '{annulering,no-show}'), '{no-show}',
          'both: the code once');
SELECT is(pg_temp.dc('salland', '4VG', '2026-12-31', '2027-01-01', kenmerken => '{no-show}'), '{}',
          '31 December 2026 is before the beleidskader 2027');

-- ---------------------------------------------------------------------------
-- vg7plus-declaratie-toestemming (000 L152 and six more, 002 L1117-1119, L1132-1133; from
-- 1 January 2026, 003 L1003)
-- ---------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT zk, pg_temp.dc(zk, 'VG7+', '2026-01-01', '2026-02-01')
      FROM unnest(ARRAY['zilverenkruis', 'cz', 'vgz', 'menzis', 'dsw', 'zorgenzekerheid', 'salland']) AS zk$$,
    $$SELECT zk, '{vg7plus-declaratie-toestemming}'::text[]
      FROM unnest(ARRAY['zilverenkruis', 'cz', 'vgz', 'menzis', 'dsw', 'zorgenzekerheid', 'salland']) AS zk$$,
    'VG7+ without the zorgkantoor''s prior approval fails at all seven zorgkantoren (000 L151-152 ... L400-401)');
SELECT is(pg_temp.dc('cz', 'VG7+', '2026-01-01', '2026-02-01', kenmerken => '{toestemming-zorgkantoor}'), '{}',
          'with toestemming-zorgkantoor it passes (002 L1117-1119)');
SELECT is(pg_temp.dc('cz', 'VG7+', '2025-12-31', '2026-01-01'), '{}',
          'a VG7+ line on 31 December 2025 only: the rule starts 1 January 2026');
SELECT is(pg_temp.dc('cz', 'VG7+', '2025-12-31', '2026-01-02'), '{vg7plus-declaratie-toestemming}',
          'a line of 31 December 2025 and 1 January 2026 falls under it');

-- vg7plus-declaratie-meerzorgwaardig (003 L1037): new clients from 1 January 2027
SELECT is(pg_temp.dc('vgz', 'VG7+', '2027-01-01', '2027-02-01', kenmerken => '{toestemming-zorgkantoor,instroom}'),
          '{vg7plus-declaratie-meerzorgwaardig}', 'VG7+ for a client who entered in 2027 needs the onderbouwing of meerzorgwaardigheid (003 L1037)');
SELECT is(pg_temp.dc('vgz', 'VG7+', '2027-01-01', '2027-02-01',
                     kenmerken => '{toestemming-zorgkantoor,instroom,meerzorgwaardig-onderbouwd}'), '{}', 'with it passes');
SELECT is(pg_temp.dc('vgz', 'VG7+', '2027-01-01', '2027-02-01', kenmerken => '{toestemming-zorgkantoor}'), '{}',
          'a client already in care (no kenmerk instroom) passes');
SELECT is(pg_temp.dc('vgz', 'VG7+', '2026-12-01', '2027-01-01', kenmerken => '{toestemming-zorgkantoor,instroom}'), '{}',
          'December 2026: not yet');

-- ---------------------------------------------------------------------------
-- crisis-goedkeuring (002 L1038-1039) and crisis-leegstand (002 L1043-1045): CZ 2026
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.dc('cz', '7VG', '2026-06-01', '2026-06-15', kenmerken => '{crisis}'), '{crisis-goedkeuring}',
          'a crisis prestatie at CZ without the crisisregisseur''s approval fails (002 L1038-1039)');
SELECT is(pg_temp.dc('cz', '7VG', '2026-06-01', '2026-06-15', kenmerken => '{crisis,goedkeuring-crisisregisseur}'), '{}',
          'with the approval it passes');
SELECT is(pg_temp.dc('vgz', '7VG', '2026-06-01', '2026-06-15', kenmerken => '{crisis}'), '{}',
          'a regional rule: not at VGZ');
SELECT is(pg_temp.dc('cz', '7VG', '2027-01-01', '2027-01-15', kenmerken => '{crisis}'), '{}',
          'and not at CZ in 2027 (the document is CZ''s policy for 2026)');
SELECT is(pg_temp.dc('cz', '7VG', '2026-06-01', '2026-06-15', kenmerken => '{leegstand}'), '{crisis-leegstand}',
          'leegstand of a crisis bed that the crisisregisseur does not know fails (002 L1043-1045)');
SELECT is(pg_temp.dc('cz', '7VG', '2026-06-01', '2026-06-15', kenmerken => '{leegstand,bekend-bij-crisisregisseur}'), '{}',
          'a known bed passes');

-- ---------------------------------------------------------------------------
-- specifieke-prestatie-toestemming (001 L1588-1589: Zilveren Kruis GGZ 2025)
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.dc('zilverenkruis', '5GGZ W', '2025-04-01', '2025-05-01', kenmerken => '{specifieke-prestatie}'),
          '{specifieke-prestatie-toestemming}', 'a new specifieke prestatie at Zilveren Kruis in 2025 without prior approval fails');
SELECT is(pg_temp.dc('zilverenkruis', '5GGZ W', '2025-04-01', '2025-05-01',
                     kenmerken => '{specifieke-prestatie,toestemming-zorgkantoor}'), '{}', 'with it passes');
SELECT is(pg_temp.dc('zilverenkruis', '5GGZ W', '2026-04-01', '2026-05-01', kenmerken => '{specifieke-prestatie}'), '{}',
          'the document is the policy for 2025');

-- ---------------------------------------------------------------------------
-- h335-pa-vs (003 L96) and ex-prestatie-erkenning (003 L267), from 2027
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.dc('menzis', 'H335', '2027-05-01', '2027-06-01', kenmerken => '{pa-vs}'), '{h335-pa-vs}',
          'H335 by a PA or VS without signed agreements with HA and SO/AVG fails (003 L96)');
SELECT is(pg_temp.dc('menzis', 'H336', '2027-05-01', '2027-06-01', kenmerken => '{pa-vs}'), '{h335-pa-vs}', 'H336 likewise');
SELECT is(pg_temp.dc('menzis', 'H335', '2027-05-01', '2027-06-01', kenmerken => '{pa-vs,afspraken-ha-so-avg}'), '{}',
          'with the agreements it passes');
SELECT is(pg_temp.dc('menzis', 'H335', '2027-05-01', '2027-06-01'), '{}', 'H335 by an SO or AVG passes');
SELECT is(pg_temp.dc('menzis', '5VV', '2027-05-01', '2027-06-01', kenmerken => '{ex-prestatie}'), '{ex-prestatie-erkenning}',
          'an EX-prestatie before the recognised ingangsdatum fails (003 L267)');
SELECT is(pg_temp.dc('menzis', '5VV', '2027-05-01', '2027-06-01', kenmerken => '{ex-prestatie,lvhc-erkend}'), '{}',
          'after it passes');

-- ---------------------------------------------------------------------------
-- declaratie-termijn: "later dan drie maanden na de prestatiemaand" (004
-- L981-985), Zorg en Zekerheid 2022; the last allowed moment is the end of the
-- last day of the third month after, in Amsterdam
-- ---------------------------------------------------------------------------
SELECT ok(NOT pg_temp.faalt('declaratie-termijn', 'zorgenzekerheid', '4VG', '2022-01-01', '2022-02-01', '2022-04-30 23:59:59.999999+02'),
          'January 2022: in on 30 April 2022 at 23:59:59.999999 (CEST) is in time (004 L983)');
SELECT ok(pg_temp.faalt('declaratie-termijn', 'zorgenzekerheid', '4VG', '2022-01-01', '2022-02-01', '2022-05-01 00:00:00+02'),
          'January 2022: in on 1 May 2022 at 00:00 is late');
SELECT ok(NOT pg_temp.faalt('declaratie-termijn', 'zorgenzekerheid', '4VG', '2022-02-01', '2022-03-01', '2022-05-31 23:59:59.999999+02'),
          'February 2022: 31 May is the last day (not 28 May, as 28 February + 3 months would give)');
SELECT ok(pg_temp.faalt('declaratie-termijn', 'zorgenzekerheid', '4VG', '2022-02-01', '2022-03-01', '2022-06-01 00:00:00+02'),
          'February 2022: 1 June is late');
SELECT ok(NOT pg_temp.faalt('declaratie-termijn', 'zorgenzekerheid', '4VG', '2022-11-01', '2022-12-01', '2023-02-28 23:59:59.999999+01'),
          'November 2022: 28 February 2023 at 23:59:59.999999 (CET) is in time');
SELECT ok(pg_temp.faalt('declaratie-termijn', 'zorgenzekerheid', '4VG', '2022-11-01', '2022-12-01', '2023-02-28 23:00:00+00'),
          'November 2022: 28 February 2023 23:00 UTC is 1 March 00:00 in Amsterdam: late');
SELECT ok(NOT pg_temp.faalt('declaratie-termijn', 'zorgenzekerheid', '4VG', '2022-01-15', '2022-02-15', '2022-05-31 12:00+02'),
          'a line from 15 January to 14 February 2022 has prestatiemaand February (its last day)');
SELECT ok(NOT pg_temp.faalt('declaratie-17e-werkdag', 'zorgenzekerheid', 'Z913', '2022-12-31', '2023-02-01', '2023-03-06 10:00+01'),
          'a line from 31 December 2022 to 31 January 2023 belongs to January 2023: the rules of 2022 do not apply');
SELECT ok(pg_temp.faalt('declaratie-17e-werkdag', 'zorgenzekerheid', 'Z913', '2022-12-01', '2023-01-01', '2023-03-06 10:00+01'),
          'a line of December 2022 does');
SELECT is(wlz.declaratiecontrole(wlz.controlebeleid('zorgenzekerheid', NULL), 'Z913', daterange('2022-12-31', '2023-02-01'),
                                 '2023-03-06 10:00+01'), '{}',
          'also against the policy of every year, which holds the rules of 2022: the line''s last day decides');
SELECT ok(NOT pg_temp.faalt('declaratie-termijn', 'cz', '4VG', '2022-01-01', '2022-02-01', '2022-12-01 12:00+01'),
          'a regional rule: not at CZ');
SELECT ok(NOT pg_temp.faalt('declaratie-termijn', 'zorgenzekerheid', '4VG', '2023-01-01', '2023-02-01', '2023-12-01 12:00+01'),
          'and not at Zorg en Zekerheid in 2023 (the 2022 aanvulling)');

-- declaratie-17e-werkdag (004 L931-937): the declaration of January is in by
-- the 17th werkdag of February; werkdagen of the ATW calendar
SELECT is(wlz.werkdag_van_maand('2022-02-01', 17), date '2022-02-23', 'the 17th werkdag of February 2022 is the 23rd');
SELECT ok(NOT pg_temp.faalt('declaratie-17e-werkdag', 'zorgenzekerheid', '4VG', '2022-01-01', '2022-02-01', '2022-02-23 23:59:59.999999+01'),
          'January 2022: in on 23 February 2022 at 23:59:59.999999 (CET) is in time (004 L933-935)');
SELECT ok(pg_temp.faalt('declaratie-17e-werkdag', 'zorgenzekerheid', '4VG', '2022-01-01', '2022-02-01', '2022-02-24 00:00:00+01'),
          'January 2022: on 24 February at 00:00 it is late');
SELECT is(wlz.werkdag_van_maand('2022-04-01', 17), date '2022-04-28',
          'the 17th werkdag of April 2022 is the 28th: Goede Vrijdag, Tweede Paasdag and Koningsdag are not werkdagen');
SELECT ok(NOT pg_temp.faalt('declaratie-17e-werkdag', 'zorgenzekerheid', '4VG', '2022-03-01', '2022-04-01', '2022-04-28 23:59:59.999999+02'),
          'March 2022: in on 28 April at 23:59:59.999999 (CEST) is in time');
SELECT ok(pg_temp.faalt('declaratie-17e-werkdag', 'zorgenzekerheid', '4VG', '2022-03-01', '2022-04-01', '2022-04-29 00:00:00+02'),
          'March 2022: 29 April is late');
SELECT is(pg_temp.dc('zorgenzekerheid', '4VG', '2022-03-01', '2022-04-01', '2022-04-29 00:00:00+02'), '{declaratie-17e-werkdag}',
          'late for the voorschot, still within three months: one code');
SELECT ok(NOT pg_temp.faalt('declaratie-17e-werkdag', 'zorgenzekerheid', '4VG', '2022-12-01', '2023-01-01', '2023-01-24 12:00+01'),
          'December 2022: the 17th werkdag of January 2023 is the 24th');

-- liquiditeitscorrectie-melding (002 L1969-1971, L2022-2025, L2037-2040): CZ 2026
SELECT is(wlz.werkdag_van_maand('2026-04-01', 17), date '2026-04-28', 'the 17th werkdag of April 2026 is the 28th');
SELECT ok(NOT pg_temp.faalt('liquiditeitscorrectie-melding', 'cz', '4VG', '2026-03-01', '2026-04-01', '2026-04-28 23:59:59.999999+02',
                            kenmerken => '{liquiditeitscorrectie}'),
          'March 2026 (paid in May): the melding on 28 April 2026 at 23:59:59.999999 is in time (002 L1970)');
SELECT ok(pg_temp.faalt('liquiditeitscorrectie-melding', 'cz', '4VG', '2026-03-01', '2026-04-01', '2026-04-29 00:00:00+02',
                        kenmerken => '{liquiditeitscorrectie}'),
          'on 29 April it is late');
SELECT ok(NOT pg_temp.faalt('liquiditeitscorrectie-melding', 'cz', '4VG', '2026-02-01', '2026-03-01', '2026-03-24 23:59:59.999999+01',
                            kenmerken => '{liquiditeitscorrectie}'),
          'February 2026: the 17th werkdag of March 2026 is the 24th, in time');
SELECT ok(pg_temp.faalt('liquiditeitscorrectie-melding', 'cz', '4VG', '2026-02-01', '2026-03-01', '2026-03-25 00:00:00+01',
                        kenmerken => '{liquiditeitscorrectie}'),
          'February 2026: the 25th is late');
SELECT is(pg_temp.dc('cz', '4VG', '2026-03-01', '2026-04-01', '2026-06-01 00:00:00+02'), '{}',
          'a line without a liquiditeitscorrectie has no 17th-werkdag rule at CZ');

-- ingediend NULL: the time limits cannot be judged
SELECT is(pg_temp.dc('zorgenzekerheid', '4VG', '2022-01-01', '2022-02-01'), '{}',
          'without ingediend the time limits give no code');
SELECT results_eq(
    $$SELECT code, voldaan FROM wlz.declaratiecontrole_uitleg('zorgenzekerheid', '4VG', daterange('2022-01-01', '2022-02-01'), NULL)
      WHERE code IN ('declaratie-termijn', 'declaratie-17e-werkdag') ORDER BY code$$,
    $$VALUES ('declaratie-17e-werkdag', NULL::boolean), ('declaratie-termijn', NULL)$$,
    'and the explanation has voldaan NULL for both');

-- ---------------------------------------------------------------------------
-- bedrag-tarief (004 L994-996, L1014-1019): exactly the tariff set up
-- ---------------------------------------------------------------------------
SELECT ok(NOT pg_temp.faalt('bedrag-tarief', 'zorgenzekerheid', '4VG', '2022-05-01', '2022-06-01', bedrag => 241.25, verwacht => 241.25),
          'an amount equal to the tariff passes (004 L1015-1017)');
SELECT ok(pg_temp.faalt('bedrag-tarief', 'zorgenzekerheid', '4VG', '2022-05-01', '2022-06-01', bedrag => 241.26, verwacht => 241.25),
          'one cent more fails: exactly');
SELECT ok(pg_temp.faalt('bedrag-tarief', 'zorgenzekerheid', '4VG', '2022-05-01', '2022-06-01', bedrag => 241.24, verwacht => 241.25),
          'one cent less fails too');
SELECT ok(NOT pg_temp.faalt('bedrag-tarief', 'zorgenzekerheid', '4VG', '2022-05-01', '2022-06-01', bedrag => 241.250, verwacht => 241.25),
          '241.250 is 241.25');
SELECT ok(NOT pg_temp.faalt('bedrag-tarief', 'zorgenzekerheid', '4VG', '2022-05-01', '2022-06-01', bedrag => 241.26),
          'without verwacht_bedrag the amount is not judged');
SELECT is(wlz.declaratiecontrole('zorgenzekerheid', '4VG', daterange('2022-05-01', '2022-06-01'), '2022-06-10 10:00+02',
                                 bedrag => 241.25, verwacht_bedrag => wlz.tarief(250.00, 96.5)), '{}',
          'verwacht_bedrag from wlz.tarief: 250.00 at 96.5 % is 241.25');
SELECT ok(NOT pg_temp.faalt('bedrag-tarief', 'zorgenzekerheid', '4VG', '2023-05-01', '2023-06-01', bedrag => 1, verwacht => 2),
          'not in 2023');
-- a user's tolerance (vervangt the shipped rule)
INSERT INTO wlz.declaratieregel (controle, zorgkantoor, geldig, toets, tolerantie, vervangt, bron)
VALUES ('bedrag-tarief', 'zorgenzekerheid', '[2022-01-01,2023-01-01)', 'bedrag', 0.01, -20, 'eigen afspraak');
SELECT ok(NOT pg_temp.faalt('bedrag-tarief', 'zorgenzekerheid', '4VG', '2022-05-01', '2022-06-01', bedrag => 241.26, verwacht => 241.25),
          'a user''s rule with tolerantie 0.01: one cent passes');
SELECT ok(pg_temp.faalt('bedrag-tarief', 'zorgenzekerheid', '4VG', '2022-05-01', '2022-06-01', bedrag => 241.27, verwacht => 241.25),
          'two cents fail');
DELETE FROM wlz.declaratieregel WHERE NOT meegeleverd;

-- ---------------------------------------------------------------------------
-- The explanation
-- ---------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT code, voldaan, bron FROM wlz.declaratiecontrole_uitleg('zorgenzekerheid', '4VG', daterange('2022-02-01', '2022-03-01'),
                                                                   '2022-06-01 00:00:00+02', bedrag => 100, verwacht_bedrag => 100)
      ORDER BY code$$,
    $$VALUES ('bedrag-tarief', true, '004_bd9ba15cba346436.txt L994-996, L1014-1019'),
             ('declaratie-17e-werkdag', false, '004_bd9ba15cba346436.txt L931-937'),
             ('declaratie-termijn', false, '004_bd9ba15cba346436.txt L981-985'),
             ('prestatie-onbekend', true, '004_bd9ba15cba346436.txt L1014-1019; 002_f8c218839efa0959.txt L932-935')$$,
    'the explanation: one row per rule that applies, voldaan, and the rule''s bron');
SELECT is((SELECT toelichting FROM wlz.declaratiecontrole_uitleg('zorgenzekerheid', '4VG', daterange('2022-02-01', '2022-03-01'),
                                                                 '2022-06-01 00:00:00+02') WHERE code = 'declaratie-termijn'),
          'prestatiemaand 2022-02; uiterlijk 3 maanden na de prestatiemaand: 2022-05-31, einde van de dag (Nederlandse tijd); ingediend 2022-06-01 00:00:00: te laat',
          'the toelichting of a late line, in Dutch, with the last day and the moment in Amsterdam time');
SELECT is((SELECT toelichting FROM wlz.declaratiecontrole_uitleg('cz', 'Z912', daterange('2026-03-01', '2026-04-01'), NULL, '4VG')
           WHERE code = 'toeslag-zorgprofiel'),
          'zorgprofiel 4VG hoort niet bij de toegestane zorgprofielen (5VG, 6VG, 7VG, 8VG, 3LVG, 4LVG, 5LVG)',
          'the toelichting of a toeslag at the wrong zorgprofiel');
SELECT is((SELECT array_agg(code ORDER BY code) FILTER (WHERE NOT voldaan)
           FROM wlz.declaratiecontrole_uitleg('cz', 'VG7+', daterange('2026-01-01', '2026-02-01'), NULL)),
          wlz.declaratiecontrole('cz', 'VG7+', daterange('2026-01-01', '2026-02-01'), NULL),
          'the failed rows of the explanation are the codes of wlz.declaratiecontrole');
SELECT is_empty($$SELECT * FROM wlz.declaratiecontrole_uitleg('cz', '4VG', daterange('1990-01-01', '1990-02-01'), NULL)
                  WHERE code <> 'prestatie-onbekend'$$,
                'a line of 1990 has only the rule that always applies');

-- ---------------------------------------------------------------------------
-- The policy as a value (SPEC 8)
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE regels AS
SELECT zk, prestatie, daterange(m + s, (m + interval '1 month')::date) AS periode,
       wlz.lokaal((m + interval '1 month')::date + d, '12:00') AS ingediend,
       zp AS zorgprofiel, b AS bedrag, 241.25 AS verwacht, k AS kenmerken
FROM unnest(ARRAY['zilverenkruis', 'cz', 'vgz', 'menzis', 'dsw', 'zorgenzekerheid', 'salland']) AS zk,
     unnest(ARRAY['4VG', 'VG7+', 'Z912', '9VV B', 'H335', 'Z999']) AS prestatie,
     generate_series(date '2021-11-01', date '2027-03-01', interval '2 months') AS g(mm),
     LATERAL (SELECT mm::date AS m) mx,
     unnest(ARRAY[0, -1]) AS s,   -- -1: from the last day of the month before (a line across two years in January)
     unnest(ARRAY[0, 90]) AS d,
     unnest(ARRAY['3VG', NULL]) AS zp,
     unnest(ARRAY[241.25, 241.26]) AS b,
     (VALUES ('{}'::text[]), ('{toestemming-zorgkantoor,mondzorg}'), ('{pa-vs,crisis,liquiditeitscorrectie,no-show}')) AS kk(k);
SELECT cmp_ok((SELECT count(*) FROM regels), '>', 10000::bigint, 'more than 10 000 lines of all kinds');
SELECT ok((SELECT count(DISTINCT wlz.declaratiecontrole(zk, prestatie, periode, ingediend, zorgprofiel, bedrag, verwacht, kenmerken))
           FROM regels) >= 10, 'giving many different answers');
SELECT is_empty(
    $$WITH b AS MATERIALIZED (SELECT z.code, j, wlz.controlebeleid(z.code, j) AS beleid
                              FROM wlz.zorgkantoor z, generate_series(2021, 2027) j)
      SELECT * FROM regels r JOIN b ON b.code = r.zk AND b.j = extract(year FROM upper(r.periode) - 1)::integer
      WHERE wlz.declaratiecontrole(r.zk, r.prestatie, r.periode, r.ingediend, r.zorgprofiel, r.bedrag, r.verwacht, r.kenmerken)
            IS DISTINCT FROM
            wlz.declaratiecontrole(b.beleid, r.prestatie, r.periode, r.ingediend, r.zorgprofiel, r.bedrag, r.verwacht, r.kenmerken)$$,
    'the policy of the line''s zorgkantoor and year gives what the table form gives, for every line');
SELECT is_empty(
    $$WITH b AS MATERIALIZED (SELECT code, wlz.controlebeleid(code, NULL) AS beleid FROM wlz.zorgkantoor)
      SELECT * FROM regels r JOIN b ON b.code = r.zk
      WHERE wlz.declaratiecontrole(r.zk, r.prestatie, r.periode, r.ingediend, r.zorgprofiel, r.bedrag, r.verwacht, r.kenmerken)
            IS DISTINCT FROM
            wlz.declaratiecontrole(b.beleid, r.prestatie, r.periode, r.ingediend, r.zorgprofiel, r.bedrag, r.verwacht, r.kenmerken)$$,
    'so does the policy of every year, joined per zorgkantoor from a CTE');
SELECT is_empty(
    $$SELECT * FROM regels r
      WHERE r.zk = 'zorgenzekerheid' AND lower(r.periode) >= '2022-01-01' AND upper(r.periode) <= '2023-01-01'
        AND (SELECT array_agg((code, voldaan, toelichting, bron)::text ORDER BY code, bron)
             FROM wlz.declaratiecontrole_uitleg(r.zk, r.prestatie, r.periode, r.ingediend, r.zorgprofiel, r.bedrag, r.verwacht, r.kenmerken))
            IS DISTINCT FROM
            (SELECT array_agg((code, voldaan, toelichting, bron)::text ORDER BY code, bron)
             FROM wlz.declaratiecontrole_uitleg((SELECT wlz.controlebeleid('zorgenzekerheid', 2022)), r.prestatie, r.periode,
                                                r.ingediend, r.zorgprofiel, r.bedrag, r.verwacht, r.kenmerken))$$,
    'the explanations of both forms are the same');

-- the value: text, checked input
SELECT is(wlz.controlebeleid('cz', 2026)::text::wlz.controlebeleid::text, wlz.controlebeleid('cz', 2026)::text,
          'the text form reads back as the same value');
SELECT is((wlz.controlebeleid('zorgenzekerheid', 2022)::text::jsonb ->> 'zorgkantoor'), 'zorgenzekerheid',
          'the text form is a JSON object: zorgkantoor');
SELECT is((SELECT array_agg(r ->> 'controle' ORDER BY r ->> 'controle')
           FROM jsonb_array_elements(wlz.controlebeleid('zorgenzekerheid', 2022)::text::jsonb -> 'declaratieregels') r
           WHERE r ? 'tot'),
          ARRAY['bedrag-tarief', 'declaratie-17e-werkdag', 'declaratie-termijn'],
          'the policy of Zorg en Zekerheid 2022 has its three rules of 2022 (and the national ones)');
SELECT is(wlz.controlebeleid_send(wlz.controlebeleid('cz', 2026)),
          '\x01'::bytea || convert_to(wlz.controlebeleid('cz', 2026)::text, 'UTF8'),
          'the binary form is version byte 1 and the text');
SELECT throws_ok($$SELECT wlz.controlebeleid(NULL, 2026)$$, '22004', 'zorgkantoor of a control policy must not be null',
                 'the constructor: zorgkantoor NULL is 22004');
SELECT throws_ok($$SELECT wlz.controlebeleid('nergens', 2026)$$, 'P0002', 'zorgkantoor "nergens" does not exist',
                 'an unknown zorgkantoor is P0002');
SELECT throws_ok($$SELECT wlz.controlebeleid('cz', 0)$$, '22008', 'jaar 0 of a control policy is out of range',
                 'year 0 is 22008');
SELECT throws_ok($$SELECT wlz.controlebeleid('cz')$$, '22P02', 'invalid input syntax for type wlz.controlebeleid: "cz"',
                 'one text argument is a cast to the type: not JSON, 22P02 with a hint');
SELECT throws_ok($$SELECT '[]'::wlz.controlebeleid$$, '22P02', 'invalid input syntax for type wlz.controlebeleid: "[]"',
                 'a JSON array is not a policy');
SELECT throws_ok($$SELECT '{"jaar": 2026, "regels": []}'::wlz.controlebeleid$$, '22P02', NULL, 'an unknown key: 22P02');
SELECT throws_ok($$SELECT '{"declaratieregels": [{"controle": "x", "toets": "raden"}]}'::wlz.controlebeleid$$, '22P02', NULL,
                 'an unknown toets: 22P02');
SELECT throws_ok($$SELECT '{"declaratieregels": [{"controle": "X", "toets": "bekend"}]}'::wlz.controlebeleid$$, '22P02', NULL,
                 'a control code in capitals: 22P02');
SELECT throws_ok($$SELECT '{"declaratieregels": [{"controle": "x", "toets": "zorgprofiel", "zorgprofielen": ["VG9"]}]}'::wlz.controlebeleid$$,
                 '22P02', NULL, 'a zorgprofiel that does not exist: 22P02');
SELECT throws_ok($$SELECT '{"declaratieregels": [{"controle": "x", "toets": "termijn", "termijn": "24 uur"}]}'::wlz.controlebeleid$$,
                 '22P02', NULL, 'a time limit in hours: 22P02');
SELECT throws_ok($$SELECT '{"declaratieregels": [{"controle": "x", "toets": "werkdag", "werkdag": 18, "maanden": 1}]}'::wlz.controlebeleid$$,
                 '22P02', NULL, 'the 18th werkdag (not every month has one): 22P02');
SELECT throws_ok($$SELECT '{"declaratieregels": [{"controle": "x", "toets": "bekend", "van": "2026-01-01", "tot": "2026-01-01"}]}'::wlz.controlebeleid$$,
                 '22P02', NULL, 'a rule valid on no day: 22P02');
SELECT throws_ok($$SELECT '{"declaratieregels": [{"controle": "x", "toets": "bekend", "van": "01-02-2026"}]}'::wlz.controlebeleid$$,
                 '22P02', NULL, 'a date not written YYYY-MM-DD: 22P02');
SELECT throws_ok($$SELECT '{"combinatieregels": [{"controle": "x", "prestaties": ["A"], "niet_met": ["A"]}]}'::wlz.controlebeleid$$,
                 '22P02', NULL, 'a combination with one prestatie on both sides: 22P02');
SELECT throws_ok($$SELECT '{"trajectregels": [{"controle": "x", "soort": "cca", "toets": "uren", "aantal": -1}]}'::wlz.controlebeleid$$,
                 '22P02', NULL, 'negative hours: 22P02');
SELECT lives_ok($$SELECT '{}'::wlz.controlebeleid$$, 'an empty object is a policy without rules');
SELECT is(wlz.declaratiecontrole('{}'::wlz.controlebeleid, 'Z999', daterange('2026-01-01', '2026-02-01'), NULL), '{}',
          'and it finds nothing: the rules are all in the value');

-- ---------------------------------------------------------------------------
-- A user's own rows (SPEC 7): a control of one's own, switching off
-- ---------------------------------------------------------------------------
INSERT INTO wlz.controle (code, soort, omschrijving, bron)
VALUES ('eigen-machtiging', 'declaratie', 'Mondzorg vraagt een machtiging van het zorgkantoor', 'eigen beleid 2026');
INSERT INTO wlz.declaratieregel (controle, zorgkantoor, geldig, kenmerk, toets, vereist_kenmerk, bron)
VALUES ('eigen-machtiging', 'vgz', '[2026-01-01,2027-01-01)', 'mondzorg', 'vereist-kenmerk', 'machtiging', 'eigen beleid 2026');
SELECT is(pg_temp.dc('vgz', '4VG', '2026-05-01', '2026-06-01', kenmerken => '{mondzorg}'), '{eigen-machtiging}',
          'a control of one''s own: a catalogue row and a rule');
SELECT is(pg_temp.dc('vgz', '4VG', '2026-05-01', '2026-06-01', kenmerken => '{mondzorg,machtiging}'), '{}', 'passes with the kenmerk');
SELECT is(pg_temp.dc('cz', '4VG', '2026-05-01', '2026-06-01', kenmerken => '{mondzorg}'), '{}', 'only at VGZ');
INSERT INTO wlz.declaratieregel (controle, toets, vereist_kenmerk) VALUES ('niet-in-de-catalogus', 'vereist-kenmerk', 'x');
SELECT throws_ok($$SELECT wlz.controlebeleid('cz', 2026)$$, 'P0002',
                 'control "niet-in-de-catalogus" of rule ' || (SELECT id FROM wlz.declaratieregel WHERE controle = 'niet-in-de-catalogus')
                 || ' in wlz.declaratieregel is not in wlz.controle',
                 'a rule of a control that is not in the catalogue: P0002');
SELECT throws_ok($$SELECT wlz.declaratiecontrole('cz', '4VG', daterange('2026-01-01', '2026-02-01'), NULL)$$, 'P0002', NULL,
                 'the table form says so too');
DELETE FROM wlz.declaratieregel WHERE controle = 'niet-in-de-catalogus';
-- switching a shipped control off in the catalogue
INSERT INTO wlz.controle (code, actief) VALUES ('no-show', false);
SELECT is(pg_temp.dc('salland', '4VG', '2027-03-01', '2027-03-02', kenmerken => '{no-show}'), '{}',
          'a control switched off in wlz.controle (actief = false) no longer applies');
-- switching one shipped rule off
INSERT INTO wlz.declaratieregel (vervangt, actief) VALUES (-10, false);
SELECT is(pg_temp.dc('cz', 'VG7+', '2026-01-01', '2026-02-01'), '{}', 'a shipped rule switched off (vervangt -10, actief false)');
SELECT throws_ok($$UPDATE wlz.declaratieregel SET toets = 'bekend' WHERE id = -10$$, '55000', NULL,
                 'shipped rules are read-only');
SELECT throws_ok($$INSERT INTO wlz.declaratieregel (controle, zorgkantoor, toets) VALUES ('no-show', 'nergens', 'bekend')$$,
                 '23503', NULL, 'a rule of an unknown zorgkantoor is refused');
SELECT throws_ok($$INSERT INTO wlz.declaratieregel (controle, toets) VALUES ('no-show', 'zorgprofiel')$$,
                 '23514', NULL, 'toets zorgprofiel needs zorgprofielen');
SELECT throws_ok($$INSERT INTO wlz.combinatieregel (controle, prestaties, niet_met) VALUES ('x', '{A}', '{}')$$,
                 '23514', NULL, 'a combination needs prestaties on both sides');
DELETE FROM wlz.declaratieregel WHERE NOT meegeleverd;
DELETE FROM wlz.controle WHERE NOT meegeleverd;
SELECT is(pg_temp.dc('cz', 'VG7+', '2026-01-01', '2026-02-01'), '{vg7plus-declaratie-toestemming}', 'and back when the rows are gone');

-- the table form reads again after a change in the same transaction
SELECT is((SELECT count(*) FROM regels WHERE 'vg7plus-declaratie-toestemming' = ANY (wlz.declaratiecontrole(zk, prestatie, periode, ingediend,
                                                                                                zorgprofiel, bedrag, verwacht, kenmerken)))
          > 0, true, 'VG7+ lines fail without approval');

SELECT * FROM finish();
ROLLBACK;
