-- test/kalender.sql: the ATW calendar (SPEC 2.1; ATW art. 3; reference.md 4.1-4.2).
--
-- Expected values come from reference.md 4.2 (the holiday table 2024-2028 and
-- its weekdays), from the law's text, or are counted by hand in the comments;
-- Easter is checked against a second computus written here in SQL, and every
-- day of 1965-2199 against a definition in plain SQL.
BEGIN;
SELECT plan(48);

-- Easter Sunday by Oudin's algorithm (1940), a formulation independent of the
-- one in src/kalender.c (Meeus/Jones/Butcher).
CREATE FUNCTION pg_temp.pasen(y integer) RETURNS date
LANGUAGE sql IMMUTABLE AS $$
    SELECT make_date(y, 3 + (l + 40) / 44, l + 28 - 31 * ((3 + (l + 40) / 44) / 4))
    FROM (SELECT i - (y + y / 4 + i + 2 - c + c / 4) % 7 AS l
          FROM (SELECT h - (h / 28) * (1 - (29 / (h + 1)) * ((21 - g) / 11)) AS i, c
                FROM (SELECT (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30 AS h, c, g
                      FROM (SELECT y / 100 AS c, y % 19 AS g) s0) s1) s2) s3
$$;

-- The table of reference.md 4.2, with the weekdays it gives.
SELECT results_eq(
    $$SELECT f.datum, to_char(f.datum, 'Dy'), f.naam
      FROM generate_series(2024, 2028) AS j, wlz.feestdagen(j) AS f ORDER BY f.datum, f.naam$$,
    $$VALUES
      (date '2024-01-01', 'Mon', 'Nieuwjaarsdag'), ('2024-03-29', 'Fri', 'Goede Vrijdag'),
      ('2024-04-01', 'Mon', 'Tweede Paasdag'), ('2024-04-27', 'Sat', 'Koningsdag'),
      ('2024-05-05', 'Sun', 'Bevrijdingsdag'), ('2024-05-09', 'Thu', 'Hemelvaartsdag'),
      ('2024-05-20', 'Mon', 'Tweede Pinksterdag'), ('2024-12-25', 'Wed', 'Eerste Kerstdag'),
      ('2024-12-26', 'Thu', 'Tweede Kerstdag'),
      ('2025-01-01', 'Wed', 'Nieuwjaarsdag'), ('2025-04-18', 'Fri', 'Goede Vrijdag'),
      ('2025-04-21', 'Mon', 'Tweede Paasdag'), ('2025-04-26', 'Sat', 'Koningsdag'),
      ('2025-05-05', 'Mon', 'Bevrijdingsdag'), ('2025-05-29', 'Thu', 'Hemelvaartsdag'),
      ('2025-06-09', 'Mon', 'Tweede Pinksterdag'), ('2025-12-25', 'Thu', 'Eerste Kerstdag'),
      ('2025-12-26', 'Fri', 'Tweede Kerstdag'),
      ('2026-01-01', 'Thu', 'Nieuwjaarsdag'), ('2026-04-03', 'Fri', 'Goede Vrijdag'),
      ('2026-04-06', 'Mon', 'Tweede Paasdag'), ('2026-04-27', 'Mon', 'Koningsdag'),
      ('2026-05-05', 'Tue', 'Bevrijdingsdag'), ('2026-05-14', 'Thu', 'Hemelvaartsdag'),
      ('2026-05-25', 'Mon', 'Tweede Pinksterdag'), ('2026-12-25', 'Fri', 'Eerste Kerstdag'),
      ('2026-12-26', 'Sat', 'Tweede Kerstdag'),
      ('2027-01-01', 'Fri', 'Nieuwjaarsdag'), ('2027-03-26', 'Fri', 'Goede Vrijdag'),
      ('2027-03-29', 'Mon', 'Tweede Paasdag'), ('2027-04-27', 'Tue', 'Koningsdag'),
      ('2027-05-05', 'Wed', 'Bevrijdingsdag'), ('2027-05-06', 'Thu', 'Hemelvaartsdag'),
      ('2027-05-17', 'Mon', 'Tweede Pinksterdag'), ('2027-12-25', 'Sat', 'Eerste Kerstdag'),
      ('2027-12-26', 'Sun', 'Tweede Kerstdag'),
      ('2028-01-01', 'Sat', 'Nieuwjaarsdag'), ('2028-04-14', 'Fri', 'Goede Vrijdag'),
      ('2028-04-17', 'Mon', 'Tweede Paasdag'), ('2028-04-27', 'Thu', 'Koningsdag'),
      ('2028-05-05', 'Fri', 'Bevrijdingsdag'), ('2028-05-25', 'Thu', 'Hemelvaartsdag'),
      ('2028-06-05', 'Mon', 'Tweede Pinksterdag'), ('2028-12-25', 'Mon', 'Eerste Kerstdag'),
      ('2028-12-26', 'Tue', 'Tweede Kerstdag')$$,
    'reference.md 4.2: the ATW holidays 2024-2028, with their weekdays');

-- reference.md 4.2 test vectors, as days: Goede Vrijdag to Tweede Paasdag 2026
-- is one block of days off; 5 May 2026 is a feestdag (not in python-holidays).
SELECT results_eq(
    $$SELECT d, wlz.is_werkdag(d) FROM generate_series(date '2026-04-02', '2026-04-07', '1 day') AS g(x),
      LATERAL (SELECT x::date AS d) s$$,
    $$VALUES (date '2026-04-02', true), ('2026-04-03', false), ('2026-04-04', false),
             ('2026-04-05', false), ('2026-04-06', false), ('2026-04-07', true)$$,
    'reference.md 4.2: Goede Vrijdag, the weekend and Tweede Paasdag 2026 are no werkdagen; Tuesday 7 April is');
SELECT ok(wlz.is_feestdag('2026-05-05') AND NOT wlz.is_werkdag('2026-05-05') AND wlz.is_werkdag('2026-05-06'),
          'reference.md 4.2 / ATW art. 3 lid 1: 5 May 2026 (a Tuesday, not a lustrum year) is a feestdag');
SELECT is((SELECT count(*)::integer FROM generate_series(1965, 2199) AS j, wlz.feestdagen(j) AS f
           WHERE f.naam = 'Bevrijdingsdag' AND f.datum = make_date(j, 5, 5)),
          235, 'ATW art. 3 lid 1 ("de vijfde mei"): 5 May every year, 1965-2199');
SELECT ok(wlz.is_feestdag('2026-04-03') AND wlz.is_feestdag('2027-03-26'),
          'ATW art. 3 lid 2: Goede Vrijdag is a feestdag');
SELECT ok(NOT wlz.is_feestdag('2026-04-05') AND NOT wlz.is_feestdag('2026-05-24'),
          'Easter Sunday and Whit Sunday are not listed (they are Sundays anyway)');

-- Koningsdag (since 2014): 27 April, 26 April when the 27th is a Sunday.
-- 27 April is a Sunday in 2014, 2025 and 2031 (2025-04-27 Sunday: reference.md 4.1).
SELECT results_eq(
    $$SELECT j, f.datum FROM unnest(ARRAY[2014, 2025, 2031, 2026]) AS j, wlz.feestdagen(j) AS f
      WHERE f.naam = 'Koningsdag' ORDER BY j$$,
    $$VALUES (2014, date '2014-04-26'), (2025, '2025-04-26'), (2026, '2026-04-27'), (2031, '2031-04-26')$$,
    'Koningsdag: 26 April when 27 April is a Sunday (2014, 2025, 2031), else 27 April');
SELECT ok(NOT wlz.is_feestdag('2025-04-27') AND NOT wlz.is_feestdag('2031-04-27'),
          'Koningsdag on a Sunday is not kept on the 27th as well');
-- Koninginnedag before 2014: 30 April; when that is a Sunday, 29 April from
-- 1980 (1989, 1995, 2006) and 1 May before (1967, 1972, 1978).
SELECT results_eq(
    $$SELECT j, f.datum FROM unnest(ARRAY[1965, 1967, 1972, 1978, 1979, 1980, 1989, 1995, 2006, 2013]) AS j,
             wlz.feestdagen(j) AS f
      WHERE f.naam = 'Koninginnedag' ORDER BY j$$,
    $$VALUES (1965, date '1965-04-30'), (1967, '1967-05-01'), (1972, '1972-05-01'), (1978, '1978-05-01'),
             (1979, '1979-04-30'), (1980, '1980-04-30'), (1989, '1989-04-29'), (1995, '1995-04-29'),
             (2006, '2006-04-29'), (2013, '2013-04-30')$$,
    'Koninginnedag: 30 April; on a Sunday 1 May before 1980 and 29 April from 1980 to 2013');
SELECT is((SELECT count(*)::integer FROM generate_series(1965, 2199) AS j, wlz.feestdagen(j) AS f
           WHERE f.naam = CASE WHEN j < 2014 THEN 'Koninginnedag' ELSE 'Koningsdag' END
             AND to_char(f.datum, 'Dy') <> 'Sun'
             AND f.datum = CASE
                 WHEN j >= 2014 AND extract(dow FROM make_date(j, 4, 27)) = 0 THEN make_date(j, 4, 26)
                 WHEN j >= 2014 THEN make_date(j, 4, 27)
                 WHEN extract(dow FROM make_date(j, 4, 30)) <> 0 THEN make_date(j, 4, 30)
                 WHEN j >= 1980 THEN make_date(j, 4, 29)
                 ELSE make_date(j, 5, 1) END),
          235, 'ATW art. 3 lid 1 (the day the birthday "wordt gevierd"): the rule holds in every year, never on a Sunday');
SELECT ok(NOT wlz.is_feestdag('2013-04-27') AND NOT wlz.is_feestdag('2014-04-30'),
          'no Koningsdag before 2014, no Koninginnedag after 2013');

-- Easter: a second computus agrees in every year; the extremes within
-- 1965-2199 are 23 March (2008, 2160) and 25 April (2038, 2190); 22 March, the
-- earliest possible date, next falls in 2285.
SELECT is_empty(
    $$SELECT j FROM generate_series(1965, 2199) AS j
      WHERE (SELECT array_agg(f.datum ORDER BY f.naam) FROM wlz.feestdagen(j) AS f
             WHERE f.naam IN ('Goede Vrijdag', 'Tweede Paasdag', 'Hemelvaartsdag', 'Tweede Pinksterdag'))
         <> ARRAY[pg_temp.pasen(j) - 2, pg_temp.pasen(j) + 39, pg_temp.pasen(j) + 1, pg_temp.pasen(j) + 50]$$,
    'Goede Vrijdag, Hemelvaartsdag, Tweede Paas- and Pinksterdag follow Easter (Oudin''s computus) in 1965-2199');
SELECT results_eq(
    $$SELECT f.datum FROM wlz.feestdagen(2008) AS f
      WHERE f.naam IN ('Goede Vrijdag', 'Tweede Paasdag', 'Hemelvaartsdag', 'Tweede Pinksterdag') ORDER BY 1$$,
    $$VALUES (date '2008-03-21'), ('2008-03-24'), ('2008-05-01'), ('2008-05-12')$$,
    'earliest Easter in range, 23 March 2008: Goede Vrijdag 21 March, Hemelvaartsdag 1 May (Easter + 39)');
SELECT results_eq(
    $$SELECT f.datum FROM wlz.feestdagen(2038) AS f
      WHERE f.naam IN ('Goede Vrijdag', 'Tweede Paasdag', 'Koningsdag', 'Hemelvaartsdag', 'Tweede Pinksterdag')
      ORDER BY 1$$,
    $$VALUES (date '2038-04-23'), ('2038-04-26'), ('2038-04-27'), ('2038-06-03'), ('2038-06-14')$$,
    'latest Easter in range, 25 April 2038: Tweede Paasdag 26 April, then Koningsdag 27 April, Pinksteren 14 June');
SELECT set_eq(
    $$SELECT j FROM generate_series(1965, 2199) AS j, wlz.feestdagen(j) AS f
      WHERE f.naam = 'Goede Vrijdag' AND to_char(f.datum, 'MM-DD') IN ('03-21', '04-23')$$,
    ARRAY[2008, 2038, 2160, 2190],
    'Easter on its extremes within 1965-2199: 23 March in 2008 and 2160, 25 April in 2038 and 2190');
SELECT is_empty(
    $$SELECT j FROM generate_series(1965, 2199) AS j, wlz.feestdagen(j) AS f
      WHERE f.naam = 'Goede Vrijdag' AND f.datum < make_date(j, 3, 21)$$,
    'no Easter on 22 March within 1965-2199');

-- Two holidays on one date: both rows (SPEC 2.1).  Hemelvaartsdag is 5 May
-- when Easter is 27 March: 2005, 2016, 2157, 2168.
SELECT set_eq(
    $$SELECT j FROM generate_series(1965, 2199) AS j, wlz.feestdagen(j) AS f
      WHERE f.naam = 'Hemelvaartsdag' AND f.datum = make_date(j, 5, 5)$$,
    ARRAY[2005, 2016, 2157, 2168],
    'Hemelvaartsdag falls on 5 May in 2005, 2016, 2157 and 2168');
SELECT results_eq(
    $$SELECT datum, naam FROM wlz.feestdagen(2016) WHERE datum = '2016-05-05'$$,
    $$VALUES (date '2016-05-05', 'Bevrijdingsdag'), ('2016-05-05', 'Hemelvaartsdag')$$,
    'SPEC 2.1: on 5 May 2016 both rows appear');
SELECT is_empty(
    $$SELECT j FROM generate_series(1965, 2199) AS j
      WHERE (SELECT count(*) FROM wlz.feestdagen(j)) <> 9
         OR (SELECT array_agg(datum) FROM wlz.feestdagen(j))
            <> (SELECT array_agg(datum ORDER BY datum) FROM wlz.feestdagen(j))$$,
    'feestdagen returns nine rows in date order for every year');

-- Every day of 1965-2199: a werkdag is Monday-Friday and not a feestdag, a
-- feestdag is one of the rows of feestdagen.
SELECT is_empty(
    $$WITH dagen AS (SELECT d::date AS d FROM generate_series(date '1965-01-01', date '2199-12-31', '1 day') AS d),
           feest AS (SELECT f.datum FROM generate_series(1965, 2199) AS j, wlz.feestdagen(j) AS f)
      SELECT d FROM dagen
      WHERE wlz.is_feestdag(d) <> EXISTS (SELECT FROM feest WHERE feest.datum = d)
         OR wlz.is_werkdag(d) <> (extract(isodow FROM d) < 6
                                   AND NOT EXISTS (SELECT FROM feest WHERE feest.datum = d))$$,
    'SPEC 2.1: is_feestdag and is_werkdag agree with feestdagen and the weekday on every day of 1965-2199');

-- werkdagen(van, tot) counts van < d <= tot.  2026 has 261 weekdays (it starts
-- on a Thursday: 52 weeks and one Thursday) and 8 feestdagen on weekdays
-- (Tweede Kerstdag is a Saturday): 253.
SELECT is(wlz.werkdagen('2025-12-31', '2026-12-31'), 253, 'werkdagen in 2026: 261 weekdays - 8 feestdagen');
SELECT is(wlz.werkdagen('2026-12-31', '2025-12-31'), -253, 'werkdagen(tot, van) = -werkdagen(van, tot)');
SELECT is(wlz.werkdagen('2026-04-02', '2026-04-07'), 1,
          'van does not count, tot does: Thursday 2 to Tuesday 7 April 2026 holds one werkdag');
SELECT is(wlz.werkdagen('2026-04-07', '2026-04-07'), 0, 'an empty span holds no werkdagen');
SELECT is(wlz.werkdagen('1965-01-01', '2199-12-31'),
          (SELECT count(*)::integer FROM generate_series(date '1965-01-02', date '2199-12-31', '1 day') AS d
           WHERE wlz.is_werkdag(d::date)),
          'werkdagen over the whole calendar equals the count of werkdagen');
-- 3000 spans of up to 400 days either way, spread over the whole calendar.
SELECT is_empty(
    $$WITH p AS (SELECT date '1965-01-01' + 400 + (i * 7919) % 85031 AS van, (i * 104729) % 801 - 400 AS n
                 FROM generate_series(1, 3000) AS i)
      SELECT van, n FROM p
      WHERE wlz.werkdagen(van, van + n) <>
            sign(n) * (SELECT count(*) FROM generate_series(least(van, van + n) + 1, greatest(van, van + n), '1 day') AS d
                       WHERE wlz.is_werkdag(d::date))$$,
    'werkdagen(van, tot) equals a day-by-day count for 3000 spans across 1965-2199');

-- n werkdagen later: the n-th werkdag after the date; werkdagen() counts it back.
SELECT is_empty(
    $$WITH p AS (SELECT date '1968-01-01' + (i * 7919) % 83000 AS d, (i * 31) % 700 AS n
                 FROM generate_series(1, 3000) AS i)
      SELECT d, n FROM p
      WHERE wlz.werkdagen(d, wlz.datum_plus_termijn(d, format('%s werkdagen', n)::wlz.termijn)) <> n
         OR (n > 0 AND NOT wlz.is_werkdag(wlz.datum_plus_termijn(d, format('%s werkdagen', n)::wlz.termijn)))
         OR wlz.werkdagen(wlz.datum_min_termijn(d, format('%s werkdagen', n)::wlz.termijn), d)
            <> n - CASE WHEN n > 0 AND NOT wlz.is_werkdag(d) THEN 1 ELSE 0 END
         OR (n > 0 AND NOT wlz.is_werkdag(wlz.datum_min_termijn(d, format('%s werkdagen', n)::wlz.termijn)))$$,
    'd + n werkdagen is the n-th werkdag after d, d - n werkdagen the n-th before, for 3000 cases');

-- The n-th werkdag of a month: "uiterlijk de 17de werkdag van de maand"
-- (004 L933-935), "de 17e werkdag van de voorliggende maand" (002 L1969-1970).
-- February 2026 starts on a Sunday: 2-6, 9-13, 16-20 are 15 werkdagen, then
-- 23 and 24.  January 2026: 1 January is a feestdag, Friday 2 is the first,
-- then 5-9, 12-16, 19-23 make 16, Monday 26 the 17th.  April 2026: 1, 2, 7-10,
-- 13-17, 20-24 make 16 (3, 6 and 27 April are feestdagen), Tuesday 28 the 17th.
SELECT results_eq(
    $$SELECT wlz.werkdag_van_maand(m, 17) FROM unnest(ARRAY[date '2026-01-31', '2026-02-01', '2026-04-15']) AS m$$,
    $$VALUES (date '2026-01-26'), ('2026-02-24'), ('2026-04-28')$$,
    '004 L933-935 / 002 L1969-1970: the 17th werkdag of January, February and April 2026');
SELECT is_empty(
    $$WITH m AS (SELECT make_date(j, k, 1) AS eerste FROM generate_series(1965, 2199) AS j, generate_series(1, 12) AS k),
           w AS (SELECT eerste, d::date AS d, row_number() OVER (PARTITION BY eerste ORDER BY d) AS n
                 FROM m, generate_series(eerste, eerste + interval '1 month' - interval '1 day', '1 day') AS d
                 WHERE wlz.is_werkdag(d::date))
      SELECT eerste, n FROM w WHERE n IN (1, 17) AND wlz.werkdag_van_maand(eerste + 14, n::integer) <> d$$,
    'werkdag_van_maand(m, 1) and (m, 17) agree with a count of werkdagen, every month of 1965-2199');
SELECT is(wlz.werkdag_van_maand('2026-02-14', 20), date '2026-02-27', 'February 2026 has 20 werkdagen; the 20th is the 27th');

-- The edges of the calendar and bad arguments.
SELECT ok(NOT wlz.is_werkdag('1965-01-01') AND wlz.is_feestdag('1965-01-01'),
          'the calendar starts on 1 January 1965 (ATW art. 5: in force since 1 April 1965)');
SELECT is(wlz.is_werkdag('2199-12-31'), true, 'the calendar ends on Tuesday 31 December 2199');
SELECT throws_ok($$SELECT wlz.is_werkdag('1964-12-31')$$, '22008', NULL, 'is_werkdag before 1965: 22008');
SELECT throws_ok($$SELECT wlz.is_feestdag('2200-01-01')$$, '22008', NULL, 'is_feestdag after 2199: 22008');
SELECT throws_ok($$SELECT wlz.is_werkdag('infinity')$$, '22008', NULL, 'is_werkdag(infinity): 22008');
SELECT throws_ok($$SELECT * FROM wlz.feestdagen(1964)$$, '22008',
                 'year 1964 is outside the holiday calendar', 'feestdagen(1964): 22008');
SELECT throws_ok($$SELECT * FROM wlz.feestdagen(2200)$$, '22008', NULL, 'feestdagen(2200): 22008');
SELECT throws_ok($$SELECT wlz.werkdagen('1964-12-31', '1965-01-05')$$, '22008', NULL, 'werkdagen from before 1965: 22008');
SELECT throws_ok($$SELECT wlz.werkdagen('2025-01-01', '-infinity')$$, '22008', NULL, 'werkdagen to -infinity: 22008');
SELECT throws_ok($$SELECT wlz.werkdag_van_maand('2026-02-01', 21)$$, '22023',
                 'working day 21 does not exist in 2026-02', 'werkdag_van_maand beyond the month: 22023');
SELECT throws_ok($$SELECT wlz.werkdag_van_maand('2026-02-01', 0)$$, '22023', NULL, 'werkdag_van_maand(m, 0): 22023');
SELECT throws_ok($$SELECT wlz.werkdag_van_maand('2026-02-01', -1)$$, '22023', NULL, 'werkdag_van_maand(m, -1): 22023');
SELECT throws_ok($$SELECT wlz.werkdag_van_maand('2200-01-01', 1)$$, '22008', NULL, 'werkdag_van_maand after 2199: 22008');
-- 2199 ends with Christmas on Wednesday and Thursday, Friday 27, the weekend,
-- Monday 30 and Tuesday 31 December.
SELECT is(wlz.datum_plus_termijn('2199-12-27', '2 werkdagen'), date '2199-12-31',
          'the last werkdag of the calendar can be reached: Friday 27 December 2199 + 2 werkdagen');
SELECT throws_ok($$SELECT wlz.datum_plus_termijn('2199-12-27', '3 werkdagen')$$, '22008', NULL,
                 'werkdagen beyond 2199: 22008');
-- 1965 starts on Friday 1 January, a feestdag: Monday 4 January is the first werkdag.
SELECT is(wlz.datum_min_termijn('1965-01-05', '1 werkdag'), date '1965-01-04',
          'the first werkdag of the calendar can be reached: Tuesday 5 January 1965 - 1 werkdag');
SELECT throws_ok($$SELECT wlz.datum_min_termijn('1965-01-05', '2 werkdagen')$$, '22008', NULL,
                 'werkdagen before the first werkdag of 1965: 22008');

-- The calendar is IMMUTABLE and PARALLEL SAFE, and reads no table.
SELECT is_empty(
    $$SELECT p.oid::regprocedure FROM pg_proc p
      WHERE p.proname IN ('feestdagen', 'is_feestdag', 'is_werkdag', 'werkdagen', 'werkdag_van_maand')
        AND p.pronamespace = 'wlz'::regnamespace
        AND (p.provolatile <> 'i' OR p.proparallel <> 's' OR NOT p.proisstrict)$$,
    'the calendar functions are IMMUTABLE, PARALLEL SAFE and STRICT');

SELECT * FROM finish();
ROLLBACK;
