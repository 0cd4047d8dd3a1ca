-- test/tarief_jaren.sql: the engine's answer to issue 15 item 1-4, on a test
-- zorgkantoor (the shipped policies are in test/beleid.sql and test/beleid_vgn.sql):
--   - a rule holds for jaar tot en met tot_en_met (NULL: jaar alone); the first and
--     last year apply, the years around them do not;
--   - a maximum or minimum takes its bound from a basis plus waarde: the RT%, the
--     historical percentage, or the regular answer (the same call without a
--     historical percentage);
--   - a zorgkantoor, sector and year without any rule is P0002 with a hint that names
--     the years and sectors the zorgkantoor has and the INSERT that adds a policy,
--     instead of the bare RT%;
--   - the C symbol of 0.1.0 keeps 0.1.0's behaviour (SPEC 7): one year per rule and
--     the RT% when there is no rule.
-- Every expected value is worked out by hand in its description.
BEGIN;
SELECT plan(41);

INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('jaren', 'Proef met jaren'), ('leeg', 'Zonder regels');
INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES
  ('GZ', 2080, 96), ('GZ', 2081, 97), ('GZ', 2082, 98), ('GZ', 2083, 95), ('GZ', 2084, 94),
  ('VV', 2081, 90), ('GGZ', 2081, 92);

-- One rule for 2081-2083: RT% - 1.
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, tot_en_met, volgorde, bewerking, waarde, bron)
VALUES ('jaren', 'GZ', 2081, 2083, 10, 'afslag', 1, 'proef 2081-2083');
-- One rule for 2084 alone (tot_en_met NULL), and one for every sector in 2081.
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, tot_en_met, volgorde, bewerking, waarde, bron)
VALUES ('jaren', 'GZ', 2084, NULL, 10, 'opslag', 1, 'proef 2084'),
       ('jaren', NULL, 2081, 2081, 20, 'opslag', 0.5, 'proef alle sectoren 2081');

-- ---------------------------------------------------------------------------
-- Spans
-- ---------------------------------------------------------------------------
SELECT throws_ok($$SELECT wlz.tariefpercentage('jaren', 'GZ', 2080)$$, 'P0002',
    'no tariff policy for zorgkantoor "jaren", sector GZ in 2080', 'the year before a span: no policy, P0002');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2081), 96.5, 'the first year of 2081-2083: 97 - 1, and + 0,5 for every sector in 2081');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2082), 97::numeric, 'a year inside 2081-2083: 98 - 1');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2083), 94::numeric, 'the last year of 2081-2083: 95 - 1');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2084), 95::numeric, 'the year after: only the rule of 2084, 94 + 1');
SELECT is(wlz.tariefpercentage('jaren', 'VV', 2081), 90.5, 'a sector NULL rule for 2081 only: VV 90 + 0,5');
SELECT throws_ok($$SELECT wlz.tariefpercentage('jaren', 'VV', 2082)$$, 'P0002',
    'no tariff policy for zorgkantoor "jaren", sector VV in 2082', 'tot_en_met = jaar is that year alone');
SELECT results_eq(
    $$SELECT stap, bewerking::text, waarde, resultaat, bron
      FROM wlz.tariefpercentage_uitleg('jaren', 'GZ', 2082)$$,
    $$VALUES (0, 'richttarief', 98::numeric, 98::numeric, NULL::text), (1, 'afslag', 1, 97, 'proef 2081-2083')$$,
    'uitleg 2082: the rule of 2081-2083 with its bron');
SELECT is(
    (SELECT array_agg(wlz.tariefpercentage('jaren', 'GZ', j) ORDER BY j) FROM generate_series(2081, 2084) j),
    ARRAY[96.5, 97, 94, 95]::numeric[], 'one query over 2081-2084 keeps the years apart (one policy per year in the cache)');

-- A user's rule replaces a shipped rule in every year of the shipped rule: give
-- it the span too.  (The shipped CZ rule 10, 2024-2026, 2 points off for nieuw.)
INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GZ', 2026, 96.5);
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, tot_en_met, volgorde, klassen, bewerking, waarde, eindregel, vervangt)
SELECT zorgkantoor, sector, 2025, 2026, volgorde, klassen, bewerking, 1, eindregel, id FROM wlz.tariefregel WHERE id = -7;
SELECT is(wlz.tariefpercentage('cz', 'GZ', 2025, klasse => 'nieuw'), 96.8, 'CZ 2025 nieuw with a user rule for 2025-2026 in place of -7: 97,8 - 1');
SELECT is(wlz.tariefpercentage('cz', 'GZ', 2026, klasse => 'nieuw'), 95.5, 'CZ 2026 nieuw with that user rule: 96,5 - 1');
SELECT is(pg_catalog.count(*), 0::bigint, 'the shipped rule -7 no longer applies in any year')
FROM wlz.tariefregel_geldend WHERE id = -7;
DELETE FROM wlz.tariefregel WHERE vervangt = -7;

-- The constraint.
SELECT throws_ok($$INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, tot_en_met, volgorde, bewerking)
                   VALUES ('jaren', 'GZ', 2083, 2082, 10, 'richttarief')$$,
                 '23514', NULL, 'tot_en_met before jaar is rejected');
SELECT lives_ok($$INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, tot_en_met, volgorde, bewerking, waarde)
                  VALUES ('jaren', 'GGZ', 2081, 2081, 10, 'vast', 91)$$,
                'tot_en_met equal to jaar is allowed');
SELECT is(wlz.tariefpercentage('jaren', 'GGZ', 2081), 91.5, 'GGZ 2081: 91, then + 0,5 for every sector');

-- ---------------------------------------------------------------------------
-- basis: where the bound of a maximum or minimum comes from.  2085, RT% 96.
-- ---------------------------------------------------------------------------
INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GZ', 2085, 96), ('GZ', 2086, 95.8);
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, kenmerk, leveringsvormen, groep, bewerking, waarde, basis, eindregel, bron) VALUES
  -- the regular path: VPT + 2, verblijf - 1
  ('jaren', 'GZ', 2085, 10, NULL, NULL, NULL, 'historisch', NULL, NULL, false, 'h'),
  ('jaren', 'GZ', 2085, 20, 'historisch', NULL, NULL, 'maximum', NULL, 'regulier', true, 'ten hoogste regulier'),
  ('jaren', 'GZ', 2085, 30, 'boven-rt', NULL, 'rt', 'maximum', 1.5, 'richttarief', false, 'ten hoogste RT% + 1,5'),
  ('jaren', 'GZ', 2085, 31, 'onder-rt', NULL, 'rt', 'minimum', -1, 'richttarief', false, 'ten minste RT% - 1'),
  ('jaren', 'GZ', 2085, 40, NULL, '{vpt}', NULL, 'opslag', 2, NULL, false, 'vpt'),
  ('jaren', 'GZ', 2085, 50, NULL, '{verblijf}', NULL, 'afslag', 1, NULL, false, 'verblijf'),
  ('jaren', 'GZ', 2085, 60, 'vast-99', NULL, NULL, 'vast', 99, NULL, false, 'vast 99'),
  ('jaren', 'GZ', 2085, 70, 'vast-99', NULL, NULL, 'maximum', NULL, 'richttarief', false, 'ten hoogste het RT%');
-- Zorg en Zekerheid's form on 2086 (RT% 95,8): greatest(h - 0,5, least(h, RT%)).
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, kenmerk, bewerking, waarde, basis, eindregel) VALUES
  ('jaren', 'GZ', 2086, 10, 'historisch', 'historisch', NULL, NULL, false),
  ('jaren', 'GZ', 2086, 15, 'historisch', 'maximum', NULL, NULL, false),
  ('jaren', 'GZ', 2086, 20, 'historisch', 'minimum', -0.5, 'historisch', true);

SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2085, leveringsvorm => 'vpt'), 98::numeric, 'regular VPT: 96 + 2');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2085, leveringsvorm => 'vpt', historisch => 99), 98::numeric,
          'historical 99 on VPT: at most the regular 98 (basis regulier)');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2085, leveringsvorm => 'vpt', historisch => 97.9), 97.9,
          'historical 97,9 on VPT: under the regular 98, kept; no surcharge after the eindregel');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2085, leveringsvorm => 'verblijf', historisch => 96), 95::numeric,
          'historical 96 in verblijf: at most the regular 96 - 1 = 95');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2085, leveringsvorm => 'verblijf', historisch => 95), 95::numeric,
          'historical 95 in verblijf: exactly the regular 95');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2085, leveringsvorm => 'mpt', historisch => 96.01), 96::numeric,
          'historical 96,01 on MPT: the regular path is the RT% 96');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2085, leveringsvorm => 'vpt', historisch => 99, kenmerken => '{vast-99}'), 96::numeric,
          'the regular path with its own kenmerken: vast 99, at most RT% 96; a historical 99 is capped at that 96');
SELECT results_eq(
    $$SELECT stap, bewerking::text, waarde, resultaat, bron
      FROM wlz.tariefpercentage_uitleg('jaren', 'GZ', 2085, leveringsvorm => 'vpt', historisch => 99)$$,
    $$VALUES (0, 'richttarief', 96::numeric, 96::numeric, NULL::text), (1, 'historisch', 99, 99, 'h'),
             (2, 'maximum', 98, 98, 'ten hoogste regulier')$$,
    'uitleg: the bound of basis regulier shows as its waarde, the regular answer 98');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2085, kenmerken => '{boven-rt}'), 96::numeric,
          'basis richttarief + 1,5 as a maximum: 96 stays 96');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2085, leveringsvorm => 'vpt', kenmerken => '{boven-rt}'), 98::numeric,
          'a bound applies where its volgorde puts it: at most RT% + 1,5 = 97,5 leaves 96, then VPT + 2 = 98');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2085, kenmerken => '{vast-99}'), 96::numeric,
          'vast 99, then at most the RT% (basis richttarief, waarde NULL): 96');
SELECT results_eq(
    $$SELECT stap, bewerking::text, waarde, resultaat
      FROM wlz.tariefpercentage_uitleg('jaren', 'GZ', 2085, kenmerken => '{onder-rt}', leveringsvorm => 'verblijf')$$,
    $$VALUES (0, 'richttarief', 96::numeric, 96::numeric), (1, 'minimum', 95, 96), (2, 'afslag', 1, 95)$$,
    'uitleg: a minimum with basis richttarief and waarde -1 shows its bound 95');

SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2086, historisch => 96.0), 95.8, 'basis historisch: 96,0 -> greatest(95,5, least(96,0, 95,8)) = 95,8');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2086, historisch => 95.0), 95.0, '95,0 -> greatest(94,5, 95,0) = 95,0');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2086, historisch => 97.0), 96.5, '97,0 -> greatest(96,5, 95,8) = 96,5');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2086), 95.8, 'without a historical percentage the rules with basis historisch do not apply: the RT%');
SELECT is(wlz.tariefpercentage('jaren', 'GZ', 2086, kenmerken => '{historisch}'), 95.8,
          'the kenmerk historisch without a percentage: a rule with basis historisch still needs the percentage');

SELECT throws_ok($$INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, bewerking, waarde, basis)
                   VALUES ('jaren', 'GZ', 2085, 99, 'opslag', 1, 'richttarief')$$,
                 '23514', NULL, 'a basis goes with maximum or minimum only');
SELECT throws_ok($$INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, bewerking, basis)
                   VALUES ('jaren', 'GZ', 2085, 99, 'maximum', 'vorige')$$,
                 '23514', NULL, 'basis is richttarief, historisch or regulier');

-- ---------------------------------------------------------------------------
-- No policy at all: P0002 with the years and sectors there are.
-- ---------------------------------------------------------------------------
CREATE FUNCTION pg_temp.fout(sql text) RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
    s text; m text; d text; h text;
BEGIN
    EXECUTE sql;
    RETURN NULL;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
    RETURN ARRAY[s, m, d, h];
END
$$;
SELECT is(pg_temp.fout($$SELECT wlz.tariefpercentage('jaren', 'VV', 2090)$$),
    ARRAY['P0002', 'no tariff policy for zorgkantoor "jaren", sector VV in 2090',
          'wlz.tariefregel has no rule of this zorgkantoor for sector VV (or all sectors) in 2090; the answer would be the bare richttariefpercentage, which is no zorgkantoor''s policy.',
          'Its rules cover GZ 2081-2086, GGZ 2081, all sectors 2081. Add the policy of VV 2090 as rules, e.g. INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, tot_en_met, volgorde, bewerking) VALUES (''jaren'', ''VV'', 2090, NULL, 10, ''richttarief''); for the RT% as it is.'],
    'no policy: P0002, the years per sector merged (2081-2083, 2084, 2085, 2086 are GZ 2081-2086), and the INSERT');
SELECT is((pg_temp.fout($$SELECT * FROM wlz.tariefpercentage_uitleg('leeg', 'GZ', 2081)$$))[4],
    'It has no rules at all. Add its policy of GZ 2081 as rules, e.g. INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, tot_en_met, volgorde, bewerking) VALUES (''leeg'', ''GZ'', 2081, NULL, 10, ''richttarief''); for the RT% as it is.',
    'a zorgkantoor without rules: the hint says so (uitleg too)');
SELECT is((pg_temp.fout($$SELECT wlz.tariefpercentage('leeg', 'GZ', 2099)$$))[2],
    'no tariff policy for zorgkantoor "leeg", sector GZ in 2099', 'no policy comes before the missing RT% (2099 has none)');
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, bewerking)
VALUES ('leeg', 'GZ', 2081, 10, 'richttarief');
SELECT is(wlz.tariefpercentage('leeg', 'GZ', 2081), 97::numeric, 'the INSERT of the hint gives the RT% as it is: 97');
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, bewerking, actief)
VALUES ('leeg', 'GZ', 2082, 10, 'richttarief', false);
SELECT is((pg_temp.fout($$SELECT wlz.tariefpercentage('leeg', 'GZ', 2082)$$))[1], 'P0002',
    'a rule switched off (actief false) is no policy');

-- ---------------------------------------------------------------------------
-- The symbol of 0.1.0 keeps 0.1.0's answers: a database still on 0.1.0 runs it.
-- ---------------------------------------------------------------------------
CREATE FUNCTION pg_temp.tp_0_1(zorgkantoor text, sector wlz.sector, jaar integer,
    prestatie text DEFAULT NULL, zorgprofiel text DEFAULT NULL, leveringsvorm wlz.leveringsvorm DEFAULT NULL,
    klasse wlz.aanbiederklasse DEFAULT 'bestaand', historisch numeric DEFAULT NULL, kenmerken text[] DEFAULT '{}')
RETURNS numeric AS '$libdir/wlzcontract', 'wlz_tariefpercentage' LANGUAGE C STABLE;
SELECT is(pg_temp.tp_0_1('leeg', 'GZ', 2083), 95::numeric, '0.1.0''s symbol: no rule is the RT% (95), no error');
SELECT is(pg_temp.tp_0_1('jaren', 'GZ', 2082), 98::numeric, '0.1.0''s symbol: a rule counts for its jaar only (2081), so 2082 is the RT% 98');

SELECT * FROM finish();
ROLLBACK;
