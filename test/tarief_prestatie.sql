-- test/tarief_prestatie.sql: zorgprofielen (wlz.zorgprofiel, SPEC 1) and the shipped
-- wlz.prestatie rows (SPEC 4.2): the iWlz COD163 labels and codes of reference.md 1.2,
-- VG7+, the NZa prestatiecodes the documents name, and the spellings the documents use.
BEGIN;
SELECT plan(69);

-- ---------------------------------------------------------------------------
-- The labels and codes of COD163
-- ---------------------------------------------------------------------------
SELECT is((SELECT count(*) FROM wlz.prestatie WHERE meegeleverd AND iwlz_code IS NOT NULL), 60::bigint,
          'the 60 zorgprofielen of COD163 are shipped (codes 996-999 are not profiles)');
SELECT is_empty($$SELECT code FROM wlz.prestatie WHERE meegeleverd AND zorgprofiel IS DISTINCT FROM code
                  AND iwlz_code IS NOT NULL$$,
                'a zorgprofiel row has the label as code and as zorgprofiel');
SELECT is_empty($$SELECT code FROM wlz.prestatie WHERE meegeleverd AND zorgprofiel IS NOT NULL
                  AND wlz.zorgprofiel(code) <> code$$,
                'every shipped label is its own normal form');
SELECT is_empty($$SELECT code FROM wlz.prestatie WHERE iwlz_code IS NOT NULL
                  AND wlz.zorgprofiel(iwlz_code) <> code$$,
                'every COD163 code normalises to the label of its row');
SELECT is((SELECT array_agg(sector::text || ':' || n ORDER BY sector) FROM (
             SELECT sector, count(*) AS n FROM wlz.prestatie
             WHERE meegeleverd AND zorgprofiel IS NOT NULL GROUP BY sector) s),
          ARRAY['VV:12', 'GZ:31', 'GGZ:18'],
          'VV 1-10 with 9VV A/B; GZ VG 1-8, VG7+, LVG 1-5, SGLVG, LG 1-7, ZGvis 1-5, ZGaud 1-4; GGZ B 1-7, C 1-6, W 1-5');
SELECT is(wlz.zorgprofiel('766'), '4GGZ B', 'COD163 766 is 4GGZ B: the numbering is not monotone (reference.md 1.2)');
SELECT is(wlz.zorgprofiel('860'), '1GGZ B', 'COD163 860 is 1GGZ B');
SELECT is(wlz.zorgprofiel('190'), '9VV A', 'COD163 190 is 9VV A (geriatrische revalidatiezorg)');
-- VG7+ has no COD163 code: "000" is no code of any zorgprofiel (issue 14), and
-- so no CHECK that uses wlz.zorgprofiel lets it through.
SELECT throws_ok($$SELECT wlz.zorgprofiel('000')$$, '22P02', 'invalid input syntax for zorgprofiel: "000"',
                 '000 is not a COD163 code (VG7+ has none)');
SELECT throws_ok($$SELECT wlz.zorgprofiel(ARRAY['4VG', '000'])$$, '22P02', NULL,
                 'nor in a list');
SELECT throws_ok($$INSERT INTO wlz.prestatie (code, zorgprofiel) VALUES ('Z0000', '000')$$, '22P02', NULL,
                 'a prestatie cannot name zorgprofiel 000');
SELECT is(wlz.zorgprofiel('191'), '9VV B', 'COD163 191 is 9VV B');
SELECT is(wlz.zorgprofiel('758'), '9VV', 'COD163 758 is 9VV, a profile of its own');
SELECT is((SELECT iwlz_code FROM wlz.prestatie WHERE code = '4VG'), '806', '4VG carries COD163 806');

-- ---------------------------------------------------------------------------
-- Spellings the documents use
-- ---------------------------------------------------------------------------
SELECT is(wlz.zorgprofiel('VG4'), '4VG', 'VG4 (002 L512 "VG3 en VG4")');
SELECT is(wlz.zorgprofiel('4 VG'), '4VG', '4 VG');
SELECT is(wlz.zorgprofiel(' 4vg '), '4VG', 'case and surrounding white space do not matter');
SELECT is(wlz.zorgprofiel('W5'), '5GGZ W', 'W5 (001 L1031)');
SELECT is(wlz.zorgprofiel('B7'), '7GGZ B', 'B7 (001 L1031)');
SELECT is(wlz.zorgprofiel('GGZ W5'), '5GGZ W', 'GGZ W5 (001 L474)');
SELECT is(wlz.zorgprofiel('GGZ-W5'), '5GGZ W', 'GGZ-W5');
SELECT is(wlz.zorgprofiel('ggz w 5'), '5GGZ W', 'ggz w 5');
SELECT is(wlz.zorgprofiel('GGZ B7'), '7GGZ B', 'GGZ B7 (001 L550)');
SELECT is(wlz.zorgprofiel('GGZ W1'), '1GGZ W', 'GGZ W1 (001 L648)');
SELECT is(wlz.zorgprofiel('9bVV'), '9VV B', '9bVV (ZPROF)');
SELECT is(wlz.zorgprofiel('vv-9b'), '9VV B', 'vv-9b (003 L758)');
SELECT is(wlz.zorgprofiel('VV 9a'), '9VV A', 'VV 9a');
SELECT is(wlz.zorgprofiel('VV4'), '4VV', 'VV4 (003 L201)');
SELECT is(wlz.zorgprofiel('VV10'), '10VV', 'VV10');
SELECT is(wlz.zorgprofiel('ZZP 7 VG'), '7VG', 'ZZP 7 VG (003 L861)');
SELECT is(wlz.zorgprofiel('LG2'), '2LG', 'LG2 (003 L201)');
SELECT is(wlz.zorgprofiel('LVG 1'), '1LVG', 'LVG 1 (003 L882)');
SELECT is(wlz.zorgprofiel('SGLVG'), '1SGLVG', 'SGLVG without a number: there is one (000 L125)');
SELECT is(wlz.zorgprofiel('ZZZP ZGvis 1'), '1ZGvis', 'ZZZP ZGvis 1 (003 L837)');
SELECT is(wlz.zorgprofiel('5ZGVIS'), '5ZGvis', '5ZGVIS (000 L125)');
SELECT is(wlz.zorgprofiel('3ZGaud'), '3ZGaud', '3ZGaud (000 L125)');
SELECT is(wlz.zorgprofiel('3bGGZ'), '3GGZ B', '3bGGZ (ZPROF)');
SELECT is(wlz.zorgprofiel('GGZWonen1'), '1GGZ W', 'GGZWonen1 (ZPROF)');
SELECT is(wlz.zorgprofiel('C3'), '3GGZ C', 'C3');
SELECT is(wlz.zorgprofiel('VG7+'), 'VG7+', 'VG7+ (003 L1003)');
SELECT is(wlz.zorgprofiel('vg 7+'), 'VG7+', 'vg 7+');
SELECT is(wlz.zorgprofiel(NULL::text), NULL, 'STRICT: NULL gives NULL');
SELECT is(wlz.zorgprofiel(ARRAY['VG4', 'W5', NULL]), ARRAY['4VG', '5GGZ W', NULL],
          'the array form normalises every element and keeps NULL elements');
SELECT is(wlz.zorgprofiel('{}'::text[]), '{}'::text[], 'an empty list stays empty');

-- Anything else is 22P02 (SPEC 1), never a guess.
SELECT throws_ok($$SELECT wlz.zorgprofiel('VG9')$$, '22P02', 'invalid input syntax for zorgprofiel: "VG9"',
                 'VG runs to 8');
SELECT throws_ok($$SELECT wlz.zorgprofiel('VG6+')$$, '22P02', NULL, 'only VG7 has a +');
SELECT throws_ok($$SELECT wlz.zorgprofiel('W6')$$, '22P02', NULL, 'GGZ W runs to 5');
SELECT throws_ok($$SELECT wlz.zorgprofiel('4VV B')$$, '22P02', NULL, 'only 9VV has A and B');
SELECT throws_ok($$SELECT wlz.zorgprofiel('VV4–9b')$$, '22P02', NULL,
                 'a range (003 L201 "VV4 tot en met 9b") is not one zorgprofiel');
SELECT throws_ok($$SELECT wlz.zorgprofiel('W5/B7')$$, '22P02', NULL, 'two zorgprofielen are not one');
SELECT throws_ok($$SELECT wlz.zorgprofiel('ZZP 9b')$$, '22P02', NULL,
                 'ZZP 9b (003 L758 writes ZZP-9b) names no sector: refused rather than guessed');
SELECT throws_ok($$SELECT wlz.zorgprofiel('04VG')$$, '22P02', NULL, 'no leading zeros');
SELECT throws_ok($$SELECT wlz.zorgprofiel('4')$$, '22P02', NULL, 'a number alone is not a profile');
SELECT throws_ok($$SELECT wlz.zorgprofiel('999')$$, '22P02', NULL, 'COD163 999 (partnerverblijf) is no profile');
SELECT throws_ok($$SELECT wlz.zorgprofiel('GGZ')$$, '22P02', NULL, 'a sector is not a profile');
SELECT throws_ok($$SELECT wlz.zorgprofiel('')$$, '22P02', NULL, 'the empty string');
SELECT throws_ok($$SELECT wlz.zorgprofiel(ARRAY['4VG', 'VG0'])$$, '22P02', NULL,
                 'the array form refuses a bad element');

-- ---------------------------------------------------------------------------
-- VG7+ and the NZa prestatiecodes
-- ---------------------------------------------------------------------------
SELECT is((SELECT sector::text || ' ' || zorgprofiel FROM wlz.prestatie WHERE code = 'VG7+'), 'GZ VG7+',
          'VG7+ is a GZ prestatie with its own zorgprofiel (003 L1003)');
SELECT ok((SELECT bron LIKE '003_4dfcc8dfa2c5951c.txt L1003%' FROM wlz.prestatie WHERE code = 'VG7+'),
          'VG7+ cites 003 L1003');
SELECT set_eq($$SELECT code FROM wlz.prestatie WHERE meegeleverd AND zorgprofiel IS NULL$$,
              ARRAY['Z472', 'Z473', 'Z1007', 'Z1008', 'Z911', 'Z912', 'Z913', 'Z914', 'Z915', 'Z919',
                    'Z975', 'Z976', 'Z977', 'Z978', 'Z979', 'Z980', 'H335', 'H336'],
              'the NZa prestatiecodes of the documents (000 L146, 001 L1032, 003 L96, L1017-1020)');
SELECT is((SELECT sector::text FROM wlz.prestatie WHERE code = 'Z1007'), 'GGZ',
          'Z1007 beveiligde zorg is GGZ (001 L1032)');
SELECT is((SELECT sector::text FROM wlz.prestatie WHERE code = 'Z472'), 'GZ', 'Z472 is GZ (000 L146)');
SELECT is_empty($$SELECT code FROM wlz.prestatie WHERE meegeleverd AND coalesce(bron, '') = ''$$,
                'every shipped prestatie cites its source');
SELECT is_empty($$SELECT code FROM wlz.prestatie WHERE meegeleverd AND iwlz_code IS NOT NULL
                  AND bron NOT LIKE 'iWlz 2.4 codelijst COD163%'$$,
                'every COD163 row cites the code list');

-- ---------------------------------------------------------------------------
-- The table as shipped
-- ---------------------------------------------------------------------------
SELECT is((SELECT extcondition[array_position(extconfig, 'wlz.prestatie'::regclass)]
           FROM pg_extension WHERE extname = 'wlzcontract'),
          'WHERE NOT meegeleverd', 'pg_dump keeps the prestaties users add');
SELECT ok(has_table_privilege('public', 'wlz.prestatie', 'SELECT'), 'PUBLIC may read wlz.prestatie');
INSERT INTO wlz.prestatie (code) VALUES ('PROEF1');
SELECT is((SELECT meegeleverd FROM wlz.prestatie WHERE code = 'PROEF1'), false,
          'a user row needs only its code and is not marked meegeleverd');
INSERT INTO wlz.prestatie (code, zorgprofiel) VALUES ('PROEF2', 'VG4');
INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GZ', 2097, 97.3);
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, zorgprofielen, bewerking, waarde)
VALUES ('cz', 'GZ', 2097, 1, '{4VG}', 'opslag', 1);
SELECT is(wlz.tariefpercentage('cz', 'GZ', 2097, prestatie => 'PROEF2'), 98.3,
          'a user row may write its zorgprofiel in any spelling: VG4 matches the rule for 4VG, 97,3 + 1');
SELECT throws_ok($$INSERT INTO wlz.prestatie (code) VALUES (' Z472')$$, '23514', NULL,
                 'a code with surrounding white space is refused');

SELECT * FROM finish();
ROLLBACK;
