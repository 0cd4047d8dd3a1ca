-- test/tarief.sql: the tariff rule engine (SPEC 4.2-4.3), wlz.tariefpercentage and
-- wlz.tariefpercentage_uitleg, on a test zorgkantoor whose rules exercise every
-- bewerking, groep, eindregel, every scope column, the historical percentage and the
-- 0-100 bound. Each scenario has its own year (2091-2096), far from the shipped policy,
-- and its own richttarief; every expected value is worked out by hand in the comment.
BEGIN;
SELECT plan(93);

INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('proef', 'Proefzorgkantoor');
INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES
  ('GZ', 2091, 97.8), ('GZ', 2092, 90), ('VV', 2092, 80), ('GZ', 2093, 96),
  ('GZ', 2094, 97.8), ('GZ', 2095, 97.8), ('GZ', 2096, 99);

-- The rules of one scenario, in insertion order (ids ascend with it).
CREATE FUNCTION pg_temp.regel(jaar integer, volgorde integer, bewerking wlz.bewerking,
                              waarde numeric DEFAULT NULL, kenmerk text DEFAULT NULL,
                              groep text DEFAULT NULL, eindregel boolean DEFAULT false,
                              klassen wlz.aanbiederklasse[] DEFAULT NULL,
                              leveringsvormen wlz.leveringsvorm[] DEFAULT NULL,
                              zorgprofielen text[] DEFAULT NULL, prestaties text[] DEFAULT NULL,
                              sector wlz.sector DEFAULT 'GZ')
RETURNS void LANGUAGE sql AS $$
    INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, leveringsvormen,
                                 zorgprofielen, prestaties, kenmerk, groep, bewerking, waarde,
                                 eindregel, bron, toelichting)
    VALUES ('proef', sector, jaar, volgorde, klassen, leveringsvormen, zorgprofielen, prestaties,
            kenmerk, groep, bewerking, waarde, eindregel, 'proef L' || volgorde,
            'regel ' || volgorde)
$$;

-- ---------------------------------------------------------------------------
-- 2091: each bewerking on its own, each rule scoped by its own kenmerk. RT% 97,8.
-- ---------------------------------------------------------------------------
SELECT pg_temp.regel(2091, 10, 'vast', 93.7, 'vast');
SELECT pg_temp.regel(2091, 20, 'opslag', 2, 'opslag');
SELECT pg_temp.regel(2091, 30, 'afslag', 0.5, 'afslag');
SELECT pg_temp.regel(2091, 40, 'factor', 98, 'factor');
SELECT pg_temp.regel(2091, 50, 'maximum', 97.5, 'maximum');
SELECT pg_temp.regel(2091, 60, 'vast', 99, 'maximum-rt');
SELECT pg_temp.regel(2091, 61, 'maximum', NULL, 'maximum-rt');
SELECT pg_temp.regel(2091, 70, 'minimum', 98, 'minimum');
SELECT pg_temp.regel(2091, 80, 'vast', 91, 'minimum-rt');
SELECT pg_temp.regel(2091, 81, 'minimum', NULL, 'minimum-rt');
SELECT pg_temp.regel(2091, 90, 'vast', 50, 'richttarief');
SELECT pg_temp.regel(2091, 91, 'richttarief', NULL, 'richttarief');
SELECT pg_temp.regel(2091, 95, 'historisch', NULL, 'historisch');

SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091), 97.8,
          'no rule applies: the richttariefpercentage itself (SPEC 4.2; 002 L677-679 "uitgangspunt")');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => '{vast}'), 93.7,
          'vast sets the value (000 L129: new providers 93,7 %)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => '{opslag}'), 99.8,
          'opslag adds percentage points: 97,8 + 2 = 99,8 (001 L1031)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => '{afslag}'), 97.3,
          'afslag subtracts percentage points: 97,8 - 0,5 = 97,3 (000 L128)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => '{factor}'), 95.844,
          'factor multiplies exactly: 97,8 x 98 / 100 = 95,844');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => '{maximum}'), 97.5,
          'maximum caps at waarde: least(97,8; 97,5) = 97,5 (000 L376 "Max 97,5%")');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => '{maximum-rt}'), 97.8,
          'maximum without waarde caps at RT%: least(99; 97,8) = 97,8 (000 L85 "max. het richttariefpercentage")');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => '{minimum}'), 98::numeric,
          'minimum raises to waarde: greatest(97,8; 98) = 98');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => '{minimum-rt}'), 97.8,
          'minimum without waarde raises to RT%: greatest(91; 97,8) = 97,8');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => '{richttarief}'), 97.8,
          'richttarief resets the value to RT% after vast 50');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, historisch => 96.1), 96.1,
          'historisch takes the provider''s own percentage; passing it sets the kenmerk ''historisch'' (SPEC 4.2)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => '{opslag,afslag}'), 99.3,
          'two kenmerken: both rules apply in volgorde, 97,8 + 2 - 0,5 = 99,3');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => '{Opslag}'), 97.8,
          'kenmerken match exactly (case matters)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => NULL), 97.8,
          'kenmerken NULL is no kenmerk');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2091, kenmerken => ARRAY[NULL, 'opslag']), 99.8,
          'NULL elements of kenmerken are ignored');

-- ---------------------------------------------------------------------------
-- 2092: every scope column. RT% GZ 90, VV 80. Opslagen are powers of two in
-- hundredths, so the result minus 90 says exactly which rules applied.
-- ---------------------------------------------------------------------------
SELECT pg_temp.regel(2092, 10, 'opslag', 0.01, klassen => '{nieuw,bestaand-maar-nieuw}');
SELECT pg_temp.regel(2092, 20, 'opslag', 0.02, leveringsvormen => '{vpt,mpt}');
SELECT pg_temp.regel(2092, 30, 'opslag', 0.04, zorgprofielen => '{VG4,"GGZ-W5"}');
SELECT pg_temp.regel(2092, 40, 'opslag', 0.08, prestaties => '{Z472}');
SELECT pg_temp.regel(2092, 50, 'opslag', 0.16, kenmerk => 'good-practices');
SELECT pg_temp.regel(2092, 60, 'opslag', 0.32, klassen => '{bestaand}', leveringsvormen => '{verblijf}');
SELECT pg_temp.regel(2092, 70, 'opslag', 0.64, kenmerk => 'alle-sectoren', sector => NULL);
SELECT pg_temp.regel(2092, 80, 'opslag', 1.28, kenmerk => 'alle-sectoren', sector => 'VV');
INSERT INTO wlz.prestatie (code, zorgprofiel, leveringsvorm) VALUES ('PROEF-VPT', 'VG4', 'vpt');

SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092), 90::numeric,
          'scoped rules do not match a call that does not give their dimension');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, klasse => 'nieuw'), 90.01,
          'klassen: nieuw is in {nieuw, bestaand-maar-nieuw} (SPEC 4.2, 001 L1133)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, klasse => 'bestaand-maar-nieuw'), 90.01,
          'klassen: bestaand-maar-nieuw too');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, klasse => NULL, leveringsvorm => 'verblijf'), 90::numeric,
          'klasse NULL matches no klassen scope (the bestaand+verblijf rule does not apply)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, leveringsvorm => 'vpt'), 90.02,
          'leveringsvormen: vpt is in {vpt, mpt} (001 L1031)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, leveringsvorm => 'verblijf'), 90.32,
          'all scopes of a rule must match: bestaand (the default) and verblijf');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, klasse => 'nieuw', leveringsvorm => 'verblijf'), 90.01,
          'one scope that does not match is enough to skip a rule');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, zorgprofiel => '4VG'), 90.04,
          'zorgprofielen: the rule says VG4, the call 4VG; both are normalised');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, zorgprofiel => 'W5'), 90.04,
          'zorgprofielen: the rule says GGZ-W5, the call W5 (001 L1031)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, zorgprofiel => '5VG'), 90::numeric,
          'zorgprofielen: 5VG is not in the list');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, prestatie => 'Z472'), 90.08,
          'prestaties: Z472 (000 L146)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, prestatie => 'z472'), 90::numeric,
          'prestaties match exactly');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, prestatie => '4VG'), 90.04,
          'a prestatie in wlz.prestatie fills the zorgprofiel (shipped row 4VG)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, prestatie => 'PROEF-VPT'), 90.06,
          'a prestatie fills zorgprofiel VG4 and leveringsvorm vpt: 0,04 + 0,02');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, prestatie => 'PROEF-VPT', leveringsvorm => 'verblijf'), 90.36,
          'a given leveringsvorm wins over the prestatie''s: VG4 + bestaand/verblijf = 0,04 + 0,32');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, prestatie => 'PROEF-VPT', zorgprofiel => '5VG'), 90.02,
          'a given zorgprofiel wins over the prestatie''s: only vpt');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, kenmerken => '{x,good-practices}'), 90.16,
          'kenmerk: good-practices among the kenmerken (000 L140)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, kenmerken => '{alle-sectoren}'), 90.64,
          'a rule with sector NULL applies to GZ; the VV rule does not');
SELECT is(wlz.tariefpercentage('proef', 'VV', 2092, kenmerken => '{alle-sectoren}'), 81.92,
          'in VV both apply, from RT% VV: 80 + 0,64 + 1,28 = 81,92');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, prestatie => 'Z472', zorgprofiel => 'VG4',
                               leveringsvorm => 'mpt', klasse => 'nieuw',
                               kenmerken => '{good-practices}'), 90.31,
          'everything at once: 0,01 + 0,02 + 0,04 + 0,08 + 0,16 = 0,31');

-- ---------------------------------------------------------------------------
-- 2093: groep, eindregel and the order of rules. RT% 96.
-- ---------------------------------------------------------------------------
SELECT pg_temp.regel(2093, 5, 'vast', 80, 'gelijk');      -- same volgorde: the lower id first
SELECT pg_temp.regel(2093, 5, 'vast', 85, 'gelijk');
SELECT pg_temp.regel(2093, 10, 'vast', 93.7, groep => 'basis', klassen => '{nieuw}');
SELECT pg_temp.regel(2093, 20, 'vast', 50, 'x', groep => 'basis');
SELECT pg_temp.regel(2093, 30, 'opslag', 1, 'opslag');
SELECT pg_temp.regel(2093, 40, 'afslag', 2, 'stop', eindregel => true);
SELECT pg_temp.regel(2093, 45, 'afslag', 1, 'nooit', eindregel => true);
SELECT pg_temp.regel(2093, 50, 'opslag', 0.5);
-- Inserted last but ordered first: volgorde decides, not the id.
SELECT pg_temp.regel(2093, 1, 'vast', 70, 'eerst');
SELECT pg_temp.regel(2093, 2, 'opslag', 1, 'eerst');

SELECT is(wlz.tariefpercentage('proef', 'GZ', 2093), 96.5,
          'only the unscoped rule: 96 + 0,5; an eindregel that does not match stops nothing');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2093, klasse => 'nieuw'), 94.2,
          'groep basis, nieuw: 93,7 + 0,5');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2093, klasse => 'nieuw', kenmerken => '{x}'), 94.2,
          'of two matching rules with one groep only the first applies: 93,7, not 50');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2093, kenmerken => '{x}'), 50.5,
          'a rule that does not match does not use up its groep: bestaand gets 50 + 0,5');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2093, kenmerken => '{stop}'), 94::numeric,
          'eindregel stops after the rule: 96 - 2, without the 0,5 of volgorde 50');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2093, kenmerken => '{opslag,stop,nooit}'), 95::numeric,
          'rules before the eindregel apply, rules after it do not: 96 + 1 - 2');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2093, kenmerken => '{gelijk}'), 85.5,
          'equal volgorde: lower id first, so vast 85 comes last: 85 + 0,5');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2093, kenmerken => '{eerst}'), 71.5,
          'volgorde 1 and 2 apply before the rest: 70 + 1 + 0,5');

-- ---------------------------------------------------------------------------
-- 2094: historical percentages. RT% 97,8. Modelled on Zorg en Zekerheid 2022,
-- 004 L745-751: a weighted 96,6 % minus 0,5 procentpunt gives 96,1 %; and on the
-- HLT rule "min(HLT, RT%)" of VGZ and Menzis (000 L91-96).
-- ---------------------------------------------------------------------------
SELECT pg_temp.regel(2094, 10, 'historisch', NULL, 'historisch');
SELECT pg_temp.regel(2094, 20, 'maximum', NULL, 'historisch');
SELECT pg_temp.regel(2094, 30, 'afslag', 0.5, 'flankerend');

SELECT is(wlz.tariefpercentage('proef', 'GZ', 2094, historisch => 96.6, kenmerken => '{flankerend}'), 96.1,
          '96,6 - 0,5 = 96,1 (004 L745-751)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2094, historisch => 99), 97.8,
          'an HLT above the RT% is capped at the RT%: min(99; 97,8) (000 L91-92)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2094, historisch => 95.5), 95.5,
          'an HLT below the RT% is kept (000 L95)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2094, historisch => 0), 0::numeric,
          'a historical percentage of 0 is a percentage, not a missing one');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2094), 97.8,
          'without a historical percentage the historisch rules do not apply');
SELECT is((SELECT count(*) FROM wlz.tariefpercentage_uitleg('proef', 'GZ', 2094, kenmerken => '{historisch}')),
          2::bigint,
          'kenmerk historisch without a percentage: the historisch rule is skipped, the maximum applies (start + 1 row)');

-- 2095: a historisch rule without a percentage does not use up its groep.
SELECT pg_temp.regel(2095, 10, 'historisch', NULL, groep => 'basis');
SELECT pg_temp.regel(2095, 20, 'vast', 95, groep => 'basis');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2095), 95::numeric,
          'no historical percentage: the historisch rule does not apply, the next of its groep does');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2095, historisch => 96), 96::numeric,
          'with one: the historisch rule applies and ends its groep');

-- ---------------------------------------------------------------------------
-- 2096: the final 0-100 bound. RT% 99.
-- ---------------------------------------------------------------------------
SELECT pg_temp.regel(2096, 10, 'vast', 120, 'hoog');
SELECT pg_temp.regel(2096, 20, 'afslag', 150, 'laag');
SELECT pg_temp.regel(2096, 30, 'opslag', 5, 'tussen');
SELECT pg_temp.regel(2096, 31, 'afslag', 5, 'tussen');
SELECT pg_temp.regel(2096, 40, 'factor', 200, 'factor');
SELECT pg_temp.regel(2096, 50, 'opslag', 2, 'w5');

SELECT is(wlz.tariefpercentage('proef', 'GZ', 2096, kenmerken => '{hoog}'), 100::numeric,
          'vast 120 is kept within 100 at the end (SPEC 4.2)');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2096, kenmerken => '{laag}'), 0::numeric,
          '99 - 150 is kept within 0');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2096, kenmerken => '{tussen}'), 99::numeric,
          'only the result is bounded, not the steps: 99 + 5 = 104, - 5 = 99');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2096, kenmerken => '{factor}'), 100::numeric,
          'factor 200: 198 is kept within 100');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2096, kenmerken => '{w5}'), 100::numeric,
          'opslag 2 "tot een maximum van 100%" (001 L1031-1032): 99 + 2 = 101 gives 100');
SELECT is((SELECT array_agg(bewerking::text || ':' || resultaat ORDER BY stap)
           FROM wlz.tariefpercentage_uitleg('proef', 'GZ', 2096, kenmerken => '{hoog}')),
          ARRAY['richttarief:99', 'vast:120', 'maximum:100'],
          'uitleg shows the bound as a last row when it changed the value');
SELECT is((SELECT array_agg(bewerking::text || ':' || resultaat ORDER BY stap)
           FROM wlz.tariefpercentage_uitleg('proef', 'GZ', 2096, kenmerken => '{laag}')),
          ARRAY['richttarief:99', 'afslag:-51', 'minimum:0'],
          'and at 0 as a minimum row');
SELECT is((SELECT count(*) FROM wlz.tariefpercentage_uitleg('proef', 'GZ', 2096, kenmerken => '{tussen}')),
          3::bigint,
          'no bound row when the value stayed within 0-100');

-- ---------------------------------------------------------------------------
-- The explanation
-- ---------------------------------------------------------------------------
SELECT results_eq(
  $$SELECT stap, regel_id, bewerking, waarde, resultaat, bron, toelichting
    FROM wlz.tariefpercentage_uitleg('proef', 'GZ', 2093, klasse => 'nieuw', kenmerken => '{x,opslag}')$$,
  $$SELECT * FROM (VALUES
      (0, NULL::integer, 'richttarief'::wlz.bewerking, 96::numeric, 96::numeric, NULL::text,
       'vertrekpunt: landelijk richttariefpercentage GZ 2093'),
      (1, (SELECT id FROM wlz.tariefregel WHERE zorgkantoor = 'proef' AND jaar = 2093 AND volgorde = 10),
       'vast', 93.7, 93.7, 'proef L10', 'regel 10'),
      (2, (SELECT id FROM wlz.tariefregel WHERE zorgkantoor = 'proef' AND jaar = 2093 AND volgorde = 30),
       'opslag', 1, 94.7, 'proef L30', 'regel 30'),
      (3, (SELECT id FROM wlz.tariefregel WHERE zorgkantoor = 'proef' AND jaar = 2093 AND volgorde = 50),
       'opslag', 0.5, 95.2, 'proef L50', 'regel 50')) v$$,
  'uitleg: the RT% start, then every rule that applied with its waarde and the value after it');
SELECT is((SELECT array_agg(waarde ORDER BY stap)
           FROM wlz.tariefpercentage_uitleg('proef', 'GZ', 2091, kenmerken => '{maximum-rt,factor}')),
          ARRAY[97.8, 98, 99, 97.8],
          'uitleg shows the waarde as written (factor 98) and the RT% a maximum without waarde stands for');
SELECT is((SELECT waarde FROM wlz.tariefpercentage_uitleg('proef', 'GZ', 2094, historisch => 96.6)
           WHERE bewerking = 'historisch'),
          96.6,
          'uitleg shows the historical percentage a historisch rule used');
UPDATE wlz.richttarief SET bron = 'proef RT', toelichting = 'x' WHERE sector = 'GZ' AND jaar = 2091;
SELECT is((SELECT bron FROM wlz.tariefpercentage_uitleg('proef', 'GZ', 2091) WHERE stap = 0),
          'proef RT', 'the start row cites the bron of the richttarief');

-- For every call of this file: the last resultaat of uitleg is tariefpercentage,
-- and the steps are numbered 0, 1, 2, ...
CREATE TEMP TABLE aanroep AS
SELECT * FROM (VALUES
  (2091, NULL::text, NULL::text, NULL::wlz.leveringsvorm, 'bestaand'::wlz.aanbiederklasse, NULL::numeric, '{}'::text[]),
  (2091, NULL, NULL, NULL, 'bestaand', NULL, '{opslag,afslag,factor,maximum}'),
  (2091, NULL, NULL, NULL, 'bestaand', 96.1, '{minimum-rt,richttarief}'),
  (2092, 'PROEF-VPT', NULL, NULL, 'nieuw', NULL, '{good-practices,alle-sectoren}'),
  (2092, 'Z472', '4VG', 'verblijf', 'bestaand', NULL, '{}'),
  (2093, NULL, NULL, NULL, 'nieuw', NULL, '{x,opslag,stop}'),
  (2093, NULL, NULL, NULL, 'bestaand', NULL, '{gelijk,eerst}'),
  (2094, NULL, NULL, NULL, 'bestaand', 99, '{flankerend}'),
  (2095, NULL, NULL, NULL, 'bestaand', NULL, '{}'),
  (2096, NULL, NULL, NULL, 'bestaand', NULL, '{hoog}'),
  (2096, NULL, NULL, NULL, 'bestaand', NULL, '{laag,tussen}')) v(jaar, prestatie, zorgprofiel, vorm, klasse, hist, km);
SELECT is_empty(
  $$SELECT a.* FROM aanroep a
    WHERE wlz.tariefpercentage('proef', 'GZ', a.jaar, a.prestatie, a.zorgprofiel, a.vorm, a.klasse, a.hist, a.km)
          IS DISTINCT FROM
          (SELECT u.resultaat FROM wlz.tariefpercentage_uitleg('proef', 'GZ', a.jaar, a.prestatie,
                                     a.zorgprofiel, a.vorm, a.klasse, a.hist, a.km) u
           ORDER BY u.stap DESC LIMIT 1)$$,
  'the last resultaat of uitleg equals tariefpercentage for every call');
SELECT is_empty(
  $$SELECT a.* FROM aanroep a
    WHERE (SELECT array_agg(u.stap ORDER BY u.stap) FROM wlz.tariefpercentage_uitleg('proef', 'GZ', a.jaar,
             a.prestatie, a.zorgprofiel, a.vorm, a.klasse, a.hist, a.km) u)
          <> (SELECT array_agg(i) FROM generate_series(0, (SELECT count(*) - 1 FROM
                wlz.tariefpercentage_uitleg('proef', 'GZ', a.jaar, a.prestatie, a.zorgprofiel, a.vorm,
                                            a.klasse, a.hist, a.km))::integer) i)$$,
  'uitleg numbers its steps 0, 1, 2, ... without gaps');

-- ---------------------------------------------------------------------------
-- The per-query cache
-- ---------------------------------------------------------------------------
-- One statement over rows of several zorgkantoren, sectors and years, alternating,
-- gives what separate calls give (2091 97,8; 2092 GZ 90, VV 80; cz 2090 is absent).
INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('proef2', 'Tweede proef');
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, bewerking, waarde)
VALUES ('proef2', NULL, 2092, 10, 'afslag', 1);
SELECT is(
  (SELECT array_agg(wlz.tariefpercentage(zk, s, j) ORDER BY n)
   FROM (VALUES (1, 'proef', 'GZ'::wlz.sector, 2092), (2, 'proef2', 'GZ', 2092), (3, 'proef', 'VV', 2092),
                (4, 'proef2', 'VV', 2092), (5, 'proef', 'GZ', 2091), (6, 'proef', 'GZ', 2092),
                (7, 'proef2', 'GZ', 2092), (8, 'proef2', 'VV', 2092), (9, 'proef', 'GZ', 2091)) v(n, zk, s, j)),
  ARRAY[90, 89, 80, 79, 97.8, 90, 89, 79, 97.8]::numeric[],
  'one query mixing zorgkantoren, sectors and years keeps their policies apart');

-- A PL/pgSQL loop keeps one expression state for the transaction; it must still see a
-- change of the policy made between its calls.
CREATE FUNCTION pg_temp.lus() RETURNS numeric[] LANGUAGE plpgsql AS $$
DECLARE
    uit numeric[] := '{}';
BEGIN
    FOR i IN 1..3 LOOP
        uit := uit || wlz.tariefpercentage('proef', 'GZ', 2095);
        UPDATE wlz.tariefregel SET waarde = waarde - 1
        WHERE zorgkantoor = 'proef' AND jaar = 2095 AND bewerking = 'vast';
    END LOOP;
    RETURN uit;
END
$$;
SELECT is(pg_temp.lus(), ARRAY[95, 94, 93]::numeric[],
          'a PL/pgSQL loop sees an UPDATE of wlz.tariefregel between its calls');

CREATE FUNCTION pg_temp.lus_rt() RETURNS numeric[] LANGUAGE plpgsql AS $$
DECLARE
    uit numeric[] := '{}';
BEGIN
    FOR i IN 1..2 LOOP
        uit := uit || wlz.tariefpercentage('proef', 'GZ', 2091, prestatie => 'PROEF-X');
        IF i = 1 THEN
            UPDATE wlz.richttarief SET percentage = 90 WHERE sector = 'GZ' AND jaar = 2091;
            INSERT INTO wlz.prestatie (code, zorgprofiel) VALUES ('PROEF-X', '7VG');
            INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, zorgprofielen, bewerking, waarde)
            VALUES ('proef', 'GZ', 2091, 100, '{7VG}', 'opslag', 3);
        END IF;
    END LOOP;
    RETURN uit;
END
$$;
SELECT is(pg_temp.lus_rt(), ARRAY[97.8, 93]::numeric[],
          'and a new richttarief, a new prestatie and a new rule: 90 + 3');

PREPARE tp AS SELECT wlz.tariefpercentage('proef', 'GZ', 2095);
SELECT results_eq('EXECUTE tp', ARRAY[92::numeric], 'a prepared statement before the update (95 - 3)');
UPDATE wlz.tariefregel SET waarde = 91.5 WHERE zorgkantoor = 'proef' AND jaar = 2095 AND bewerking = 'vast';
SELECT results_eq('EXECUTE tp', ARRAY[91.5], 'the same prepared statement sees the update');
DEALLOCATE tp;

-- ---------------------------------------------------------------------------
-- Errors
-- ---------------------------------------------------------------------------
SELECT throws_ok($$SELECT wlz.tariefpercentage('onbekend', 'GZ', 2091)$$, 'P0002',
                 'zorgkantoor "onbekend" does not exist',
                 'a zorgkantoor not in wlz.zorgkantoor is P0002 (SPEC 4.2)');
SELECT throws_ok($$SELECT wlz.tariefpercentage('CZ', 'GZ', 2091)$$, 'P0002', NULL,
                 'zorgkantoor codes are lower-case slugs: CZ is not cz');
SELECT throws_ok($$SELECT wlz.tariefpercentage('proef', 'GGZ', 2091)$$, 'P0002',
                 'no tariff policy for zorgkantoor "proef", sector GGZ in 2091',
                 'no rule for the sector and year is P0002, before the missing richttarief (issue 15)');
INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GZ', 2097, 96);
SELECT throws_ok($$SELECT wlz.tariefpercentage('proef', 'GZ', 2097)$$, 'P0002',
                 'no tariff policy for zorgkantoor "proef", sector GZ in 2097',
                 'nor for a year without rules, even with an RT% (issue 15)');
SELECT throws_ok($$SELECT * FROM wlz.tariefpercentage_uitleg('proef', 'GZ', 1900)$$, 'P0002', NULL,
                 'uitleg too');
SELECT throws_ok($$SELECT wlz.tariefpercentage(NULL, 'GZ', 2091)$$, '22004',
                 'zorgkantoor of a tariff percentage must not be null', 'NULL zorgkantoor is 22004');
SELECT throws_ok($$SELECT wlz.tariefpercentage('proef', NULL, 2091)$$, '22004', NULL, 'NULL sector is 22004');
-- (an untyped NULL year would also fit the form over a wlz.tariefbeleid value,
-- whose third argument is text: PostgreSQL then cannot choose, 42725)
SELECT throws_ok($$SELECT wlz.tariefpercentage('proef', 'GZ', NULL::integer)$$, '22004', NULL, 'NULL jaar is 22004');
SELECT throws_ok($$SELECT wlz.tariefpercentage('proef', 'GZ', 2091, zorgprofiel => 'VG9')$$, '22P02', NULL,
                 'an unknown zorgprofiel argument is 22P02');
SELECT throws_ok($$SELECT wlz.tariefpercentage('proef', 'GZ', 2091, historisch => 100.1)$$, '22023',
                 'historical tariff percentage 100.1 is out of range', 'a historical percentage above 100 is 22023');
SELECT throws_ok($$SELECT wlz.tariefpercentage('proef', 'GZ', 2091, historisch => -1)$$, '22023', NULL,
                 'below 0 too');
SELECT throws_ok($$SELECT wlz.tariefpercentage('proef', 'GZ', 2091, historisch => 'NaN')$$, '22023', NULL,
                 'and NaN');
SELECT throws_ok($$INSERT INTO wlz.tariefregel (zorgkantoor, jaar, volgorde, zorgprofielen, bewerking, waarde)
                   VALUES ('proef', 2091, 1, '{VG4,"VV4-9b"}', 'opslag', 1)$$, '22P02', NULL,
                 'a rule with a zorgprofiel that is no zorgprofiel is refused when written');
SELECT throws_ok($$INSERT INTO wlz.tariefregel (zorgkantoor, jaar, volgorde, klassen, bewerking, waarde)
                   VALUES ('proef', 2091, 1, '{}', 'opslag', 1)$$, '23514', NULL,
                 'an empty scope (which would match nothing) is refused');
SELECT throws_ok($$INSERT INTO wlz.tariefregel (zorgkantoor, jaar, volgorde, prestaties, bewerking, waarde)
                   VALUES ('proef', 2091, 1, '{Z472,NULL}', 'opslag', 1)$$, '23514', NULL,
                 'a NULL element in a scope is refused');
SELECT throws_ok($$INSERT INTO wlz.tariefregel (zorgkantoor, jaar, volgorde, bewerking, waarde)
                   VALUES ('proef', 2091, 1, 'vast', 'NaN')$$, '23514', NULL,
                 'a waarde that is not a finite number is refused');
SELECT throws_ok($$INSERT INTO wlz.tariefregel (zorgkantoor, jaar, volgorde, bewerking)
                   VALUES ('proef', 2091, 1, 'opslag')$$, '23514', NULL,
                 'opslag without waarde is refused');
SELECT throws_ok($$INSERT INTO wlz.prestatie (code, zorgprofiel) VALUES ('PROEF-Y', 'W6')$$, '22P02', NULL,
                 'a prestatie with a zorgprofiel that does not exist is refused');

-- ---------------------------------------------------------------------------
-- Declarations and catalog
-- ---------------------------------------------------------------------------
SELECT is((SELECT provolatile FROM pg_proc WHERE oid = 'wlz.tariefpercentage(text,wlz.sector,integer,text,text,wlz.leveringsvorm,wlz.aanbiederklasse,numeric,text[])'::regprocedure), 's',
          'tariefpercentage is STABLE: it reads tables');
SELECT is((SELECT proisstrict FROM pg_proc WHERE oid = 'wlz.tariefpercentage(text,wlz.sector,integer,text,text,wlz.leveringsvorm,wlz.aanbiederklasse,numeric,text[])'::regprocedure), false,
          'tariefpercentage is not STRICT: NULL arguments have a meaning');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'wlz.tariefpercentage_uitleg(text,wlz.sector,integer,text,text,wlz.leveringsvorm,wlz.aanbiederklasse,numeric,text[])'::regprocedure), 's',
          'uitleg is PARALLEL SAFE');
SELECT is(wlz.tariefpercentage('proef', 'GZ', 2092, NULL, NULL, NULL, NULL, NULL, NULL), 90::numeric,
          'all optional arguments NULL: nothing scoped applies');
SELECT is((SELECT pg_get_function_arguments('wlz.tariefpercentage(text,wlz.sector,integer,text,text,wlz.leveringsvorm,wlz.aanbiederklasse,numeric,text[])'::regprocedure)),
          'zorgkantoor text, sector wlz.sector, jaar integer, prestatie text DEFAULT NULL::text, '
          'zorgprofiel text DEFAULT NULL::text, leveringsvorm wlz.leveringsvorm DEFAULT NULL::wlz.leveringsvorm, '
          'klasse wlz.aanbiederklasse DEFAULT ''bestaand''::wlz.aanbiederklasse, '
          'historisch numeric DEFAULT NULL::numeric, kenmerken text[] DEFAULT ''{}''::text[]',
          'the signature of SPEC 4.3');

SELECT * FROM finish();
ROLLBACK;
