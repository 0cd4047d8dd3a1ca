-- test/tariefbeleid.sql: the tariff policy as a value (SPEC 8, issue 19).
--
-- wlz.tariefbeleid(zorgkantoor, sector, jaar) reads the tables once;
-- wlz.tariefpercentage(beleid, ...) and its _uitleg read only the value. The
-- two forms must give the same answer for every shipped policy, every year its
-- document states it for, and a sample of calls (classes, leveringsvormen,
-- prestaties, historical percentages, kenmerken) that reaches every rule; and
-- the same explanation. Then: the value is a snapshot of the policy, its text
-- form goes round, bad values and NULLs are refused with the right SQLSTATE.
BEGIN;
SELECT plan(26);

-- An RT% for every sector and year a shipped rule covers (made up where the
-- documents give none: 96.5), as a user would add it.
INSERT INTO wlz.richttarief (sector, jaar, percentage, bron)
SELECT DISTINCT s, j, 96.5, 'test: verzonnen'
FROM wlz.tariefregel_geldend r
CROSS JOIN LATERAL unnest(CASE WHEN r.sector IS NULL THEN enum_range(NULL::wlz.sector)
                               ELSE ARRAY[r.sector] END) AS s
CROSS JOIN LATERAL generate_series(r.jaar, coalesce(r.tot_en_met, r.jaar)) AS j
WHERE NOT EXISTS (SELECT FROM wlz.richttarief_geldend g WHERE g.sector = s AND g.jaar = j);

-- Every (zorgkantoor, sector, jaar) with a policy, and its value.
CREATE TEMP TABLE beleid AS
SELECT DISTINCT r.zorgkantoor AS zk, s AS sector, j AS jaar
FROM wlz.tariefregel_geldend r
CROSS JOIN LATERAL unnest(CASE WHEN r.sector IS NULL THEN enum_range(NULL::wlz.sector)
                               ELSE ARRAY[r.sector] END) AS s
CROSS JOIN LATERAL generate_series(r.jaar, coalesce(r.tot_en_met, r.jaar)) AS j;
ALTER TABLE beleid ADD COLUMN waarde wlz.tariefbeleid;
UPDATE beleid SET waarde = wlz.tariefbeleid(zk, sector, jaar);

SELECT cmp_ok((SELECT count(*) FROM beleid), '>=', 15::bigint,
              'the shipped policies: every zorgkantoor, sector and year a rule covers (ZK GGZ 2024-2026, CZ GZ 2024-2026, the VGN overview 2026, Z&Z 2022 in three sectors)');

-- The calls: every class and leveringsvorm, prestaties of every kind (a
-- zorgprofiel, VG7+, a prestatiecode, a toeslag, an unknown code), without and
-- with a historical percentage below and above the RT%, and every kenmerk a
-- rule names, one at a time.
CREATE TEMP TABLE aanroep AS
SELECT k AS klasse, l AS leveringsvorm, p AS prestatie, h AS historisch, km AS kenmerken
FROM unnest(enum_range(NULL::wlz.aanbiederklasse)) AS k,
     (SELECT NULL::wlz.leveringsvorm UNION ALL SELECT unnest(enum_range(NULL::wlz.leveringsvorm))) AS lv(l),
     (VALUES (NULL::text), ('4VG'), ('6VG'), ('VG7+'), ('5GGZ W'), ('2GGZ B'), ('Z472'), ('Z913'), ('onbekend')) AS pr(p),
     (VALUES (NULL::numeric), (93.0), (99.5)) AS hi(h),
     (SELECT '{}'::text[] UNION ALL SELECT DISTINCT ARRAY[kenmerk] FROM wlz.tariefregel_geldend
      WHERE kenmerk IS NOT NULL) AS ke(km);

CREATE TEMP TABLE vergelijking AS
SELECT b.zk, b.sector, b.jaar, a.*,
       wlz.tariefpercentage(b.zk, b.sector, b.jaar, prestatie => a.prestatie,
                            leveringsvorm => a.leveringsvorm, klasse => a.klasse,
                            historisch => a.historisch, kenmerken => a.kenmerken) AS tabel,
       wlz.tariefpercentage(b.waarde, prestatie => a.prestatie,
                            leveringsvorm => a.leveringsvorm, klasse => a.klasse,
                            historisch => a.historisch, kenmerken => a.kenmerken) AS waarde
FROM beleid b CROSS JOIN aanroep a;

SELECT cmp_ok((SELECT count(*) FROM vergelijking), '>', 50000::bigint,
              'more than 50 000 calls compared');
SELECT cmp_ok((SELECT count(DISTINCT tabel) FROM vergelijking), '>=', 20::bigint,
              'and they give many different percentages, so the comparison can tell');
SELECT is_empty($$SELECT zk, sector, jaar, klasse, leveringsvorm, prestatie, historisch, kenmerken, tabel, waarde
                  FROM vergelijking WHERE tabel IS DISTINCT FROM waarde$$,
                'the value form gives the table form''s percentage for every call');

-- Every rule that applies to some call in the table form applies in the value
-- form too, with the same steps: the explanation, for a smaller sample.
SELECT is_empty($$
    SELECT b.zk, b.sector, b.jaar, a.klasse, a.leveringsvorm, a.prestatie, a.historisch, a.kenmerken
    FROM beleid b
    CROSS JOIN (SELECT * FROM aanroep WHERE prestatie IS NULL OR prestatie IN ('VG7+', 'Z472')) a
    WHERE (SELECT array_agg(u ORDER BY u.stap)
           FROM wlz.tariefpercentage_uitleg(b.zk, b.sector, b.jaar, prestatie => a.prestatie,
                                            leveringsvorm => a.leveringsvorm, klasse => a.klasse,
                                            historisch => a.historisch, kenmerken => a.kenmerken) u)
          IS DISTINCT FROM
          (SELECT array_agg(u ORDER BY u.stap)
           FROM wlz.tariefpercentage_uitleg(b.waarde, prestatie => a.prestatie,
                                            leveringsvorm => a.leveringsvorm, klasse => a.klasse,
                                            historisch => a.historisch, kenmerken => a.kenmerken) u)$$,
    'and the same explanation, step by step, with the same rule ids and sources');
SELECT cmp_ok((SELECT count(DISTINCT u.regel_id)
               FROM beleid b CROSS JOIN aanroep a
               CROSS JOIN LATERAL wlz.tariefpercentage_uitleg(b.waarde, prestatie => a.prestatie,
                                      leveringsvorm => a.leveringsvorm, klasse => a.klasse,
                                      historisch => a.historisch, kenmerken => a.kenmerken) u),
              '>=', (SELECT count(*) * 9 / 10 FROM wlz.tariefregel_geldend),
              'the sample reaches at least nine in ten of the shipped rules');

-- CZ GZ 2026 by hand (002 L733-746, L834): RT% 96.5, a provider new to CZ
-- 2 points less (94.5), VPT for an existing provider 100.
SELECT is(wlz.tariefpercentage((SELECT waarde FROM beleid WHERE zk = 'cz' AND sector = 'GZ' AND jaar = 2026),
                               prestatie => '6VG', leveringsvorm => 'vpt', klasse => 'bestaand-maar-nieuw'),
          94.5, '002 L733-746: CZ, new to CZ, VPT: 96.5 - 2 = 94.5 through the value');
SELECT is(wlz.tariefpercentage((SELECT waarde FROM beleid WHERE zk = 'cz' AND sector = 'GZ' AND jaar = 2026),
                               prestatie => '6VG', leveringsvorm => 'vpt'),
          100::numeric, '002 L834: CZ, existing provider, VPT: 100');

-- A value is the policy as it was read: a later user row changes new values,
-- not the one already made. The scalar subquery runs once.
CREATE TEMP TABLE oud AS SELECT wlz.tariefbeleid('cz', 'GZ', 2026) AS w;
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, tot_en_met, volgorde, klassen, bewerking, waarde,
                             eindregel, vervangt, bron)
SELECT zorgkantoor, sector, jaar, tot_en_met, volgorde, klassen, bewerking, 3, eindregel, id, 'test: eigen afspraak'
FROM wlz.tariefregel WHERE id = -7;
SELECT is(wlz.tariefpercentage((SELECT w FROM oud), klasse => 'nieuw'), 94.5,
          'a value made before the user''s rule keeps the policy it was made from (96.5 - 2)');
SELECT is(wlz.tariefpercentage((SELECT wlz.tariefbeleid('cz', 'GZ', 2026)), klasse => 'nieuw'), 93.5,
          'a new value has the user''s rule that replaces -7 (96.5 - 3)');
SELECT is(wlz.tariefpercentage('cz', 'GZ', 2026, klasse => 'nieuw'), 93.5,
          'as the table form');

-- The text form: JSON, read back to the same value.
SELECT is((SELECT (w::text::wlz.tariefbeleid)::text = w::text FROM oud), true,
          'the text form reads back to the same text');
SELECT is((SELECT wlz.tariefpercentage(w::text::wlz.tariefbeleid, klasse => 'nieuw') FROM oud), 94.5,
          'and to the same answers');
SELECT is((SELECT concat_ws(' ', j->>'zorgkantoor', j->>'sector', j->>'jaar', j->'richttarief'->>'percentage')
           FROM (SELECT w::text::jsonb AS j FROM oud) x),
          'cz GZ 2026 96.5', 'the text is JSON that says whose policy it is and its RT%');

-- Bad values: 22P02 with a hint that shows where a value comes from.
SELECT throws_ok($$SELECT '{}'::wlz.tariefbeleid$$, '22P02',
                 'invalid input syntax for type wlz.tariefbeleid', 'an object without keys is no policy');
SELECT throws_ok($$SELECT '[1, 2]'::wlz.tariefbeleid$$, '22P02', NULL, 'an array is no policy');
SELECT throws_ok($$SELECT 'cz'::wlz.tariefbeleid$$, '22P02', NULL, 'a zorgkantoor code is no policy');
SELECT throws_ok($$SELECT replace((SELECT w::text FROM oud), '"afslag"', '"korting"')::wlz.tariefbeleid$$,
                 '22P02', NULL, 'an unknown bewerking is refused');
SELECT throws_ok($$SELECT replace((SELECT w::text FROM oud), '"versie": 1', '"versie": 2')::wlz.tariefbeleid$$,
                 '22P02', NULL, 'an unknown version is refused');
SELECT throws_ok($$SELECT replace((SELECT w::text FROM oud), '"percentage": 96.5', '"percentage": 101')::wlz.tariefbeleid$$,
                 '22P02', NULL, 'an RT% above 100 is refused');
SELECT throws_ok($$SELECT replace((SELECT w::text FROM oud), '["4VG", "4VG", null]', '["4VG", "VG99", null]')::wlz.tariefbeleid$$,
                 '22P02', NULL, 'a zorgprofiel that does not exist is refused');

-- NULLs and missing data: the constructor says what the table form says.
SELECT throws_ok($$SELECT wlz.tariefpercentage(NULL::wlz.tariefbeleid)$$, '22004',
                 'tariefbeleid of a tariff percentage must not be null', 'a NULL policy is 22004');
SELECT throws_ok($$SELECT wlz.tariefbeleid(NULL, 'GZ', 2026)$$, '22004', NULL, 'a NULL zorgkantoor is 22004');
SELECT throws_ok($$SELECT wlz.tariefbeleid('menzies', 'GZ', 2026)$$, 'P0002',
                 'zorgkantoor "menzies" does not exist', 'an unknown zorgkantoor is P0002');
SELECT throws_ok($$SELECT wlz.tariefbeleid('vgz', 'GZ', 2025)$$, 'P0002', NULL,
                 'a year without a policy is P0002, as in the table form');

-- Volatility: the constructor reads tables, the per-row form only its value.
SELECT is((SELECT string_agg(p.oid::regprocedure::text || ' ' || p.provolatile::text || p.proparallel::text, ', '
                             ORDER BY p.oid::regprocedure::text)
           FROM pg_proc p
           WHERE p.proname IN ('tariefbeleid', 'tariefpercentage', 'tariefpercentage_uitleg')
             AND p.pronamespace = 'wlz'::regnamespace
             AND (p.proname = 'tariefbeleid' OR p.proargtypes[0] = 'wlz.tariefbeleid'::regtype)),
          'wlz.tariefbeleid(text,wlz.sector,integer) ss, '
          'wlz.tariefpercentage(wlz.tariefbeleid,text,text,wlz.leveringsvorm,wlz.aanbiederklasse,numeric,text[]) is, '
          'wlz.tariefpercentage_uitleg(wlz.tariefbeleid,text,text,wlz.leveringsvorm,wlz.aanbiederklasse,numeric,text[]) is',
          'wlz.tariefbeleid is STABLE, the per-row forms IMMUTABLE, all PARALLEL SAFE');

SELECT * FROM finish();
ROLLBACK;
