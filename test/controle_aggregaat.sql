-- test/controle_aggregaat.sql: the controls over one client's lines (SPEC 9):
-- wlz.combinatiecontrole (prestaties that may not overlap, 003 L1015-1020) and
-- wlz.trajectcontrole (observatie 003 L824, CCA L283, LVG-indicatie L892), in
-- the forms without a policy (national rules) and with one; the boundary days
-- (overlap of exactly one day against adjacent periods, a traject of exactly
-- the allowed length and one day more), NULLs and bad input. Parallel
-- aggregation: test/controle_parallel.sql.
BEGIN;
SELECT plan(62);

-- The lines of one client as (prestatie or soort, van, tot [, uren]).
CREATE FUNCTION pg_temp.comb(regels text) RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE r text[];
BEGIN
    EXECUTE format('SELECT wlz.combinatiecontrole(p, daterange(v::date, t::date)) FROM (VALUES %s) x(p, v, t)', regels) INTO r;
    RETURN r;
END $$;
CREATE FUNCTION pg_temp.comb_b(regels text, zk text DEFAULT 'cz') RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE r text[];
BEGIN
    EXECUTE format('SELECT wlz.combinatiecontrole((SELECT wlz.controlebeleid(%L, NULL)), p, daterange(v::date, t::date))
                    FROM (VALUES %s) x(p, v, t)', zk, regels) INTO r;
    RETURN r;
END $$;
CREATE FUNCTION pg_temp.traj(regels text) RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE r text[];
BEGIN
    EXECUTE format('SELECT wlz.trajectcontrole(s, daterange(v::date, t::date), u::numeric) FROM (VALUES %s) x(s, v, t, u)', regels) INTO r;
    RETURN r;
END $$;
CREATE FUNCTION pg_temp.traj_b(regels text, zk text DEFAULT 'cz') RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE r text[];
BEGIN
    EXECUTE format('SELECT wlz.trajectcontrole((SELECT wlz.controlebeleid(%L, NULL)), s, daterange(v::date, t::date), u::numeric)
                    FROM (VALUES %s) x(s, v, t, u)', zk, regels) INTO r;
    RETURN r;
END $$;

-- ---------------------------------------------------------------------------
-- vg7plus-combinatie (003 L1015-1020, from 1 January 2026, L1003)
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.comb($$('VG7+', '2026-01-01', '2026-02-01'), ('Z913', '2026-01-31', '2026-03-01')$$),
          '{vg7plus-combinatie}', 'VG7+ in January and a dagbesteding toeslag from 31 January: one day in common fails (003 L1018)');
SELECT is(pg_temp.comb($$('VG7+', '2026-01-01', '2026-02-01'), ('Z913', '2026-02-01', '2026-03-01')$$),
          '{}', 'adjacent periods (the toeslag from 1 February) have no day in common: passes');
SELECT results_eq(
    $$SELECT t, pg_temp.comb(format('(''VG7+'', ''2026-03-01'', ''2026-04-01''), (%L, ''2026-03-15'', ''2026-03-16'')', t))
      FROM unnest(ARRAY['Z978', 'Z979', 'Z980', 'Z913', 'Z914', 'Z915', 'Z919', 'Z911', 'Z912', 'Z975', 'Z976', 'Z977']) AS t$$,
    $$SELECT t, '{vg7plus-combinatie}'::text[]
      FROM unnest(ARRAY['Z978', 'Z979', 'Z980', 'Z913', 'Z914', 'Z915', 'Z919', 'Z911', 'Z912', 'Z975', 'Z976', 'Z977']) AS t$$,
    'each of the twelve toeslagen of 003 L1017-1020 with VG7+ on one day fails');
SELECT results_eq(
    $$SELECT t, pg_temp.comb(format('(''VG7+'', ''2026-03-01'', ''2026-04-01''), (%L, ''2026-03-15'', ''2026-03-16'')', t))
      FROM unnest(ARRAY['Z916', 'Z981', 'Z910', 'Z472', '7VG']) AS t$$,
    $$SELECT t, '{}'::text[] FROM unnest(ARRAY['Z916', 'Z981', 'Z910', 'Z472', '7VG']) AS t$$,
    'Z916, Z981, Z910 (outside the ranges), Z472 and 7VG may go with VG7+');
SELECT is(pg_temp.comb($$('VG7+', '2025-12-01', '2026-01-01'), ('Z978', '2025-12-01', '2026-01-01')$$),
          '{}', 'before 2026 the rule does not apply');
SELECT is(pg_temp.comb($$('VG7+', '2025-12-01', '2026-01-01'), ('Z978', '2025-12-31', '2026-01-02')$$),
          '{}', 'an overlap on 31 December 2025 only: not yet');
SELECT is(pg_temp.comb($$('VG7+', '2025-12-01', '2026-01-02'), ('Z978', '2025-12-31', '2026-01-02')$$),
          '{vg7plus-combinatie}', 'an overlap that includes 1 January 2026 fails');
SELECT is(pg_temp.comb($$('VG7+', '2026-01-01', '2026-04-01'), ('Z913', '2026-01-01', '2026-02-01'), ('Z978', '2026-02-01', '2026-03-01'),
                         ('Z975', '2026-03-01', '2026-04-01')$$),
          '{vg7plus-combinatie}', 'three toeslagen at once: the code once');
SELECT is(pg_temp.comb($$('VG7+', '2026-01-01', '2026-02-01'), ('VG7+', '2026-02-01', '2026-03-01'), ('Z913', '2026-03-01', '2026-04-01'),
                         ('Z913', '2026-05-01', '2026-06-01'), ('7VG', '2026-02-15', '2026-06-01')$$),
          '{}', 'monthly lines that follow each other without overlapping pass');
SELECT is(pg_temp.comb($$('VG7+', '2026-01-01', NULL), ('Z913', '2030-01-01', '2030-01-02')$$),
          '{vg7plus-combinatie}', 'an open-ended VG7+ period overlaps a toeslag years later');
SELECT is((SELECT wlz.combinatiecontrole(p, r)
           FROM (VALUES ('VG7+', daterange('2026-01-01', '2026-02-01')), (NULL, daterange('2026-01-01', '2026-02-01')),
                        ('Z913', NULL), ('Z913', 'empty')) v(p, r)),
          '{}', 'NULL prestatie, NULL periode and an empty periode are left out');
SELECT is(pg_temp.comb($$('VG7+', '2026-01-01', '2026-02-01'), ('Z913', NULL, NULL)$$),
          '{vg7plus-combinatie}', 'daterange(NULL, NULL) is not NULL but every day: it overlaps');
SELECT is((SELECT wlz.combinatiecontrole(p, r) FROM (VALUES ('x', 'empty'::daterange)) v(p, r) WHERE false),
          '{}', 'no lines at all: no code');
SELECT is(pg_temp.comb($$('VG7+', '2026-01-01', '2026-02-01'), ('Z913', '2026-01-31', '2026-03-01')$$),
          pg_temp.comb_b($$('VG7+', '2026-01-01', '2026-02-01'), ('Z913', '2026-01-31', '2026-03-01')$$),
          'the policy form gives the same answer');
SELECT is(pg_temp.comb_b($$('VG7+', '2026-01-01', '2026-02-01'), ('Z913', '2026-02-01', '2026-03-01')$$), '{}',
          'and for adjacent periods too');

-- GROUP BY client
CREATE TEMP TABLE regel (client int, prestatie text, periode daterange);
INSERT INTO regel VALUES
  (1, 'VG7+', '[2026-01-01,2026-02-01)'), (1, 'Z913', '[2026-01-31,2026-02-01)'),
  (2, 'VG7+', '[2026-01-01,2026-02-01)'), (2, 'Z913', '[2026-02-01,2026-03-01)'),
  (3, 'VG7+', '[2026-01-01,2026-02-01)'),
  (4, 'Z913', '[2026-01-01,2026-02-01)');
SELECT results_eq($$SELECT client, wlz.combinatiecontrole(prestatie, periode) FROM regel GROUP BY client ORDER BY client$$,
                  $$VALUES (1, '{vg7plus-combinatie}'::text[]), (2, '{}'), (3, '{}'), (4, '{}')$$,
                  'per client (GROUP BY client): only client 1 has VG7+ and a toeslag on one day');
SELECT results_eq($$SELECT client, wlz.combinatiecontrole((SELECT wlz.controlebeleid('vgz', 2026)), prestatie, periode)
                    FROM regel GROUP BY client ORDER BY client$$,
                  $$VALUES (1, '{vg7plus-combinatie}'::text[]), (2, '{}'), (3, '{}'), (4, '{}')$$,
                  'the same with the policy of VGZ 2026');
SELECT throws_ok($$SELECT wlz.combinatiecontrole(b, prestatie, periode)
                   FROM regel, (VALUES (wlz.controlebeleid('cz', 2026)), ('{}'::wlz.controlebeleid)) x(b)$$,
                 '22023', 'beleid differs between the rows of one group', 'two policies in one group: 22023');
SELECT throws_ok($$SELECT wlz.combinatiecontrole(NULL::wlz.controlebeleid, prestatie, periode) FROM regel$$,
                 '22004', 'beleid of a declaration control aggregate must not be null', 'a NULL policy: 22004');

-- a user's own combination rule (and one switched off)
INSERT INTO wlz.controle (code, soort, omschrijving, bron) VALUES ('eigen-dubbel', 'combinatie', 'Geen VPT naast ZZP', 'eigen beleid');
INSERT INTO wlz.combinatieregel (controle, zorgkantoor, prestaties, niet_met, bron)
VALUES ('eigen-dubbel', 'cz', '{4VG}', '{4VG-vpt}', 'eigen beleid');
SELECT is(pg_temp.comb_b($$('4VG', '2026-01-01', '2026-02-01'), ('4VG-vpt', '2026-01-20', '2026-01-21')$$),
          '{eigen-dubbel}', 'a combination rule of one''s own (CZ) applies in CZ''s policy');
SELECT is(pg_temp.comb_b($$('4VG', '2026-01-01', '2026-02-01'), ('4VG-vpt', '2026-01-20', '2026-01-21')$$, 'vgz'),
          '{}', 'not in VGZ''s');
SELECT is(pg_temp.comb($$('4VG', '2026-01-01', '2026-02-01'), ('4VG-vpt', '2026-01-20', '2026-01-21')$$),
          '{}', 'nor in the national rules of the form without a policy');
INSERT INTO wlz.combinatieregel (vervangt, actief) VALUES (-2, false);
SELECT is(pg_temp.comb($$('VG7+', '2026-01-01', '2026-02-01'), ('Z913', '2026-01-31', '2026-03-01')$$),
          '{}', 'the dagbesteding rule switched off (vervangt -2): passes');
SELECT is(pg_temp.comb($$('VG7+', '2026-01-01', '2026-02-01'), ('Z978', '2026-01-31', '2026-03-01')$$),
          '{vg7plus-combinatie}', 'woonzorg still fails');
DELETE FROM wlz.combinatieregel WHERE NOT meegeleverd;
DELETE FROM wlz.controle WHERE NOT meegeleverd;

-- ---------------------------------------------------------------------------
-- observatie (003 L824): a traject at most 6 + 3 months, all observation at
-- most one year
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.traj($$('observatie', '2026-01-01', '2026-07-01', NULL)$$), '{}',
          'observatie: exactly half a year (1 January - 30 June 2026) passes');
SELECT is(pg_temp.traj($$('observatie', '2026-01-01', '2026-10-01', NULL)$$), '{}',
          'observatie: 6 + 3 months exactly (to 30 September) passes (003 L824: extended by three months)');
SELECT is(pg_temp.traj($$('observatie', '2026-01-01', '2026-10-02', NULL)$$), '{observatie-duur}',
          'observatie: one day more (to 1 October) fails');
SELECT is(pg_temp.traj($$('observatie', '2026-01-01', '2026-02-01', NULL), ('observatie', '2026-02-01', '2026-03-01', NULL),
                         ('observatie', '2026-03-01', '2026-04-01', NULL), ('observatie', '2026-04-01', '2026-05-01', NULL),
                         ('observatie', '2026-05-01', '2026-06-01', NULL), ('observatie', '2026-06-01', '2026-07-01', NULL),
                         ('observatie', '2026-07-01', '2026-08-01', NULL), ('observatie', '2026-08-01', '2026-09-01', NULL),
                         ('observatie', '2026-09-01', '2026-10-01', NULL), ('observatie', '2026-10-01', '2026-10-02', NULL)$$),
          '{observatie-duur}', 'monthly lines without a day between are one traject: nine months and a day fail');
SELECT is(pg_temp.traj($$('observatie', '2026-08-31', '2027-05-31', NULL)$$), '{}',
          'observatie: 31 August 2026 + 9 months is 31 May 2027 (months added at once)');
SELECT is(pg_temp.traj($$('observatie', '2026-01-01', '2026-07-01', NULL), ('observatie', '2026-08-01', '2027-01-31', NULL)$$),
          '{}', 'two trajects of 181 and 183 days: 364 days, within one year');
SELECT is(pg_temp.traj($$('observatie', '2026-01-01', '2026-07-01', NULL), ('observatie', '2026-08-01', '2027-02-01', NULL)$$),
          '{}', 'of 181 and 184 days: 365, exactly one year from 1 January 2026');
SELECT is(pg_temp.traj($$('observatie', '2026-01-01', '2026-07-01', NULL), ('observatie', '2026-08-01', '2027-02-02', NULL)$$),
          '{observatie-totaal}', 'of 181 and 185 days: 366, more than one year in total fails');
SELECT is(pg_temp.traj($$('observatie', '2025-01-01', '2025-12-01', NULL)$$), '{}',
          'an observatie that ended in 2025 is before the shipped rules (from 2026)');

-- ---------------------------------------------------------------------------
-- cca (003 L283): 6 months, at most 32 hours, once a year, a new one a year
-- after the last ended
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.traj($$('cca', '2027-01-01', '2027-07-01', 32)$$), '{}',
          'cca: exactly 6 months and 32 hours passes');
SELECT is(pg_temp.traj($$('cca', '2027-01-01', '2027-07-02', 32)$$), '{cca-duur}', 'cca: 6 months and one day fails');
SELECT is(pg_temp.traj($$('cca', '2027-01-01', '2027-04-01', 20), ('cca', '2027-04-01', '2027-07-01', 12.5)$$), '{cca-uren}',
          'cca: 32.5 hours over two lines of one traject fails');
SELECT is(pg_temp.traj($$('cca', '2027-01-01', '2027-04-01', 20), ('cca', '2027-04-01', '2027-07-01', 12)$$), '{}',
          'cca: 20 + 12 = 32 hours passes');
SELECT is(pg_temp.traj($$('cca', '2027-01-01', '2027-04-01', 20), ('cca', '2027-04-01', '2027-07-01', NULL)$$), '{}',
          'lines without hours add nothing');
SELECT is(pg_temp.traj($$('cca', '2026-10-01', '2027-04-01', 30), ('cca', '2028-04-01', '2028-10-01', 30)$$), '{}',
          'the document''s example: started in October, ended in March, the next in April of the year after: passes');
SELECT is(pg_temp.traj($$('cca', '2026-10-01', '2027-04-01', 30), ('cca', '2028-03-31', '2028-09-30', 30)$$), '{cca-wachttijd}',
          'the next starting on 31 March 2028, a day before a year has passed, fails');
SELECT is(pg_temp.traj($$('cca', '2027-01-01', '2027-03-01', 10), ('cca', '2027-05-01', '2027-07-01', 10)$$),
          '{cca-per-jaar,cca-wachttijd}', 'two trajects in 2027 (a gap of two months): more than once a year and no year between');
SELECT is(pg_temp.traj($$('cca', '2027-07-01', '2027-12-31', 10), ('cca', '2028-12-31', '2029-01-02', 10)$$), '{}',
          'a year after the last day (30 December 2027 + the day) passes, in another calendar year');
SELECT throws_ok($$SELECT pg_temp.traj($t$('cca', '2027-01-01', '2027-02-01', -1)$t$)$$, '22023',
                 'uren of a traject line must be a finite number of at least 0', 'negative hours: 22023');
SELECT throws_ok($$SELECT pg_temp.traj($t$('cca', '2027-01-01', '2027-02-01', 'NaN')$t$)$$, '22023', NULL, 'NaN hours: 22023');

-- ---------------------------------------------------------------------------
-- lvg-indicatie (003 L892): at most 3 years
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.traj($$('lvg-indicatie', '2026-01-01', '2029-01-01', NULL)$$), '{}', 'LVG: exactly 3 years passes');
SELECT is(pg_temp.traj($$('lvg-indicatie', '2026-01-01', '2029-01-02', NULL)$$), '{lvg-indicatie-duur}',
          'LVG: 3 years and a day fails (003 L892)');
SELECT is(pg_temp.traj($$('lvg-indicatie', '2028-02-29', '2031-03-01', NULL)$$), '{lvg-indicatie-duur}',
          '29 February 2028 + 3 years is 28 February 2031: to 28 February passes, this one to 1 March fails');
SELECT is(pg_temp.traj($$('lvg-indicatie', '2026-01-01', NULL, NULL)$$), '{}',
          'an open-ended indicatie has no end yet: not judged');

-- several soorten of one client, NULLs, unknown soort
SELECT is(pg_temp.traj($$('lvg-indicatie', '2026-01-01', '2029-01-02', NULL), ('observatie', '2026-01-01', '2026-10-02', NULL),
                         ('cca', '2027-01-01', '2027-07-01', 40)$$),
          '{cca-uren,lvg-indicatie-duur,observatie-duur}', 'three soorten at once: each judged apart, codes sorted');
SELECT is((SELECT wlz.trajectcontrole(s, r, u)
           FROM (VALUES (NULL, daterange('2026-01-01', '2029-01-02'), NULL::numeric), ('cca', NULL, 50),
                        ('cca', 'empty', 50)) v(s, r, u)),
          '{}', 'NULL soort, NULL periode and an empty periode are left out');
SELECT throws_ok($$SELECT pg_temp.traj($t$('logeren', '2026-01-01', '2026-02-01', NULL)$t$)$$, 'P0002',
                 'no traject rules for soort "logeren"', 'a soort without rules: P0002');
SELECT throws_ok($$SELECT pg_temp.traj_b($t$('logeren', '2026-01-01', '2026-02-01', NULL)$t$)$$, 'P0002',
                 'no traject rules for soort "logeren"', 'also with a policy');
SELECT is((SELECT wlz.trajectcontrole(s, r) FROM (VALUES ('cca', daterange('2027-01-01', '2027-07-02'))) v(s, r)),
          '{cca-duur}', 'the form without hours');
SELECT is((SELECT wlz.trajectcontrole((SELECT wlz.controlebeleid('dsw', 2027)), s, r) FROM (VALUES ('cca', daterange('2027-01-01', '2027-07-02'))) v(s, r)),
          '{cca-duur}', 'and with a policy');

-- the policy form gives what the national form gives
CREATE TEMP TABLE traject (client int, soort text, periode daterange, uren numeric);
INSERT INTO traject
SELECT c, s, daterange(v, v + l), CASE WHEN s = 'cca' THEN u END
FROM generate_series(1, 400) c,
     LATERAL (SELECT (ARRAY['observatie', 'cca', 'lvg-indicatie'])[1 + c % 3] AS s,
                     date '2026-01-01' + (c * 37 % 700) AS v,
                     (ARRAY[120, 181, 182, 183, 274, 275, 365, 1096, 1097])[1 + c % 9] AS l,
                     (c % 40)::numeric AS u) x
UNION ALL
SELECT c, 'cca', daterange(date '2029-01-01' + (c % 500), date '2029-03-01' + (c % 500)), 5 FROM generate_series(1, 400, 7) c;
SELECT cmp_ok((SELECT count(DISTINCT r) FROM (SELECT wlz.trajectcontrole(soort, periode, uren) AS r FROM traject GROUP BY client) x),
              '>=', 5::bigint, 'the generated trajects give at least five different answers');
SELECT results_eq(
    $$SELECT client, wlz.trajectcontrole(soort, periode, uren) FROM traject GROUP BY client ORDER BY client$$,
    $$SELECT client, wlz.trajectcontrole((SELECT wlz.controlebeleid('menzis', NULL)), soort, periode, uren)
      FROM traject GROUP BY client ORDER BY client$$,
    'per client, the policy of every year gives the national answer (Menzis has no regional traject rules)');

-- a traject soort of one's own
INSERT INTO wlz.controle (code, soort, omschrijving, bron) VALUES ('logeren-per-jaar', 'traject', 'Logeren hoogstens 2 keer per jaar', 'eigen beleid');
INSERT INTO wlz.trajectregel (controle, soort, toets, aantal, bron) VALUES ('logeren-per-jaar', 'logeren', 'per-jaar', 2, 'eigen beleid');
SELECT is(pg_temp.traj($$('logeren', '2026-01-01', '2026-01-03', NULL), ('logeren', '2026-05-01', '2026-05-03', NULL),
                         ('logeren', '2026-09-01', '2026-09-03', NULL)$$),
          '{logeren-per-jaar}', 'a soort of one''s own (national): three times in 2026 fails');
SELECT is(pg_temp.traj($$('logeren', '2026-01-01', '2026-01-03', NULL), ('logeren', '2026-05-01', '2026-05-03', NULL),
                         ('logeren', '2027-09-01', '2027-09-03', NULL)$$),
          '{}', 'twice in 2026 and once in 2027 passes');
SELECT is(pg_temp.traj($$('logeren', '2026-01-01', '2026-01-03', NULL), ('logeren', '2026-01-03', '2026-01-05', NULL),
                         ('logeren', '2026-09-01', '2026-09-03', NULL)$$),
          '{}', 'two adjacent stays are one traject');
DELETE FROM wlz.trajectregel WHERE NOT meegeleverd;
DELETE FROM wlz.controle WHERE NOT meegeleverd;
SELECT throws_ok($$SELECT pg_temp.traj($t$('logeren', '2026-01-01', '2026-02-01', NULL)$t$)$$, 'P0002', NULL,
                 'gone again with its rules');

-- switching off the CCA hours with the catalogue
INSERT INTO wlz.controle (code, actief) VALUES ('cca-uren', false);
SELECT is(pg_temp.traj($$('cca', '2027-01-01', '2027-07-01', 40)$$), '{}', 'cca-uren switched off in wlz.controle');
DELETE FROM wlz.controle WHERE NOT meegeleverd;
SELECT is(pg_temp.traj($$('cca', '2027-01-01', '2027-07-01', 40)$$), '{cca-uren}', 'and on again');

SELECT * FROM finish();
ROLLBACK;
