-- test/termijn.sql: the type wlz.termijn, its arithmetic, the end of a term and
-- the Algemene termijnenwet (SPEC 2.2-2.3; reference.md 4.1-4.4).
--
-- Expected dates are counted by hand in the comments (weekdays checked against
-- a calendar); DST behaviour is checked against PostgreSQL's own
-- timestamptz + interval and AT TIME ZONE; the hash values are computed from
-- the definition in README.md ("The hash function") by an independent
-- implementation (Python) of that text.
BEGIN;
SELECT plan(81);
SET LOCAL search_path = public, wlz;

-- Input and canonical output (SPEC 2.2).
SELECT results_eq(
    $$SELECT i::wlz.termijn::text FROM unnest(ARRAY[
        '20 kalenderdagen', '1 Kalenderdag', ' 5  WERKDAGEN ', '24 uur', '2 weken', '6 maanden',
        '1 jaar', '2 jaren', '-24 uur', '3 Days', '1 calendar day', '10 working days', '2 business days',
        '1 hour', '3 weeks', '1 month', '5 years', '20 dagen', '1 dag', '+7 uren', '0 dagen']) AS i$$,
    $$VALUES ('20 kalenderdagen'), ('1 kalenderdag'), ('5 werkdagen'), ('24 uur'), ('2 weken'), ('6 maanden'),
             ('1 jaar'), ('2 jaar'), ('-24 uur'), ('3 kalenderdagen'), ('1 kalenderdag'), ('10 werkdagen'),
             ('2 werkdagen'), ('1 uur'), ('3 weken'), ('1 maand'), ('5 jaar'), ('20 kalenderdagen'),
             ('1 kalenderdag'), ('7 uur'), ('0 kalenderdagen')$$,
    'SPEC 2.2: Dutch and English units, any case and spacing, canonical Dutch output');
SELECT is('-1 week'::wlz.termijn::text, '-1 week', 'a negative amount of one keeps the singular');
SELECT is_empty(
    $$SELECT t FROM (SELECT format('%s %s', n, u)::wlz.termijn AS t
                     FROM generate_series(-100000, 100000, 997) AS n,
                          unnest(ARRAY['kalenderdagen', 'werkdagen', 'weken', 'maanden', 'jaar', 'uur']) AS u) s
      WHERE t::text::wlz.termijn <> t$$,
    'output reads back as the same value');
SELECT throws_ok($$SELECT '20'::wlz.termijn$$, '22P02', 'invalid input syntax for type wlz.termijn: "20"',
                 'SPEC 2.2: a missing unit is 22P02');
SELECT throws_ok($$SELECT 'twintig dagen'::wlz.termijn$$, '22P02', NULL, 'SPEC 2.2: words for numbers are 22P02');
SELECT throws_ok($$SELECT '5 lichtjaren'::wlz.termijn$$, '22P02', NULL, 'SPEC 2.2: an unknown unit is 22P02');
SELECT throws_ok($$SELECT ''::wlz.termijn$$, '22P02', NULL, 'SPEC 2.2: the empty string is 22P02');
SELECT throws_ok($$SELECT 'werkdagen'::wlz.termijn$$, '22P02', NULL, 'a missing amount is 22P02');
SELECT throws_ok($$SELECT '2,5 uur'::wlz.termijn$$, '22P02', NULL, 'a fraction is 22P02');
SELECT throws_ok($$SELECT '5 dagen en 3 uur'::wlz.termijn$$, '22P02', NULL, 'one unit per term');
SELECT throws_ok($$SELECT '100001 kalenderdagen'::wlz.termijn$$, '22003',
                 'value "100001 kalenderdagen" is out of range for type wlz.termijn',
                 'SPEC 2.2: an amount beyond 100000 is 22003');
SELECT throws_ok($$SELECT '-100001 uur'::wlz.termijn$$, '22003', NULL, 'SPEC 2.2: an amount beyond -100000 is 22003');
SELECT throws_ok($$SELECT '98765432109876543210 dagen'::wlz.termijn$$, '22003', NULL,
                 'an amount beyond any integer is 22003, not a wrapped value');
SELECT is(('100000 jaar'::wlz.termijn)::text, '100000 jaar', '100000 is still allowed');

-- Comparison and hashing (SPEC 2.2).
SELECT ok('7 kalenderdagen'::wlz.termijn <> '1 week' AND '7 kalenderdagen'::wlz.termijn = '7 dagen',
          'SPEC 2.2: equality is structural, 7 kalenderdagen is not 1 week');
SELECT is(ARRAY(SELECT t FROM unnest('{1 uur,1 jaar,1 maand,1 week,1 werkdag,1 kalenderdag,-1 uur,2 kalenderdagen}'::wlz.termijn[]) AS t
                ORDER BY t)::text[],
          '{1 kalenderdag,2 kalenderdagen,1 werkdag,1 week,1 maand,1 jaar,-1 uur,1 uur}'::text[],
          'SPEC 2.2: ordered by unit (kalenderdagen, werkdagen, weken, maanden, jaren, uren), then by amount');
SELECT ok(wlz.termijn_cmp('5 werkdagen', '5 werkdagen') = 0 AND wlz.termijn_cmp('5 werkdagen', '6 werkdagen') = -1
          AND wlz.termijn_cmp('1 week', '100 werkdagen') = 1, 'termijn_cmp returns -1, 0 and 1');
-- The hash values never change between versions (SPEC 2.2): pinned.
SELECT results_eq(
    $$SELECT wlz.termijn_hash(t), wlz.termijn_hash_extended(t, 0), wlz.termijn_hash_extended(t, 42)
      FROM unnest('{20 kalenderdagen,5 werkdagen,2 weken,6 maanden,1 jaar,-24 uur,0 kalenderdagen}'::wlz.termijn[]) AS t$$,
    $$VALUES (1209434508, 3900778703475868044::bigint, -1236422156005944934::bigint),
             (-1388216598, 5850300198034702058, 4933903338831402200),
             (683846015, -6324990919279728257, 3610128907024379272),
             (1489948324, 9206469108651970212, 7798081915819783308),
             (-1807642877, 7896453708697931523, 8919388099729055194),
             (-2075842452, 8099558949466220652, -8887820373859071582),
             (2065550767, -2152535657050944081, 566489329403328680)$$,
    'SPEC 2.2: hash and hash_extended (seeds 0 and 42) of seven literals are fixed');
SELECT is_empty(
    $$SELECT t FROM (SELECT format('%s %s', n, u)::wlz.termijn AS t
                     FROM generate_series(-100000, 100000, 331) AS n,
                          unnest(ARRAY['dagen', 'werkdagen', 'weken', 'maanden', 'jaar', 'uur']) AS u) s
      WHERE wlz.termijn_hash_extended(t, 0) & 4294967295 <> wlz.termijn_hash(t)::bigint & 4294967295$$,
    'hash_extended with seed 0 has the standard hash in its low 32 bits');
SELECT is((SELECT count(DISTINCT wlz.termijn_hash_extended(t, 7))::integer
           FROM (SELECT format('%s %s', n, u)::wlz.termijn AS t
                 FROM generate_series(-100000, 100000) AS n,
                      unnest(ARRAY['dagen', 'werkdagen']) AS u) s),
          400002, 'hash_extended never maps two terms to one value (SplitMix64''s mixer is a bijection)');

-- date + termijn (SPEC 2.2), the documents' arithmetic: "20 kalenderdagen na
-- publicatie" (000 L304-305): from 05-09 to 25-09 and from 01-07 to 21-07,
-- the dates Zilveren Kruis writes (000 L300-302).
SELECT is(date '2025-09-05' + '20 kalenderdagen'::wlz.termijn, date '2025-09-25',
          '000 L302, L305: publication 05-09 + 20 kalenderdagen = 25-09');
SELECT is(date '2025-07-01' + '20 kalenderdagen'::wlz.termijn, date '2025-07-21',
          '000 L300-301, L304: NVI 01-07 + 20 kalenderdagen = 21-07');
-- Across New Year: 20 December + 20 = 9 January (11 days to 31 December, 9 more).
SELECT is(date '2025-12-20' + '20 kalenderdagen'::wlz.termijn, date '2026-01-09', '20 kalenderdagen across New Year');
-- Werkdagen across New Year: after Wednesday 24 December 2025 come Christmas
-- (Thursday, Friday), the weekend, 29, 30, 31 December, Nieuwjaarsdag, Friday 2
-- and Monday 5 January: the 5th werkdag.
SELECT is(date '2025-12-24' + '5 werkdagen'::wlz.termijn, date '2026-01-05', '5 werkdagen across Christmas and New Year');
SELECT is(date '2026-01-05' - '5 werkdagen'::wlz.termijn, date '2025-12-24', 'and back');
-- 29 February: 9 February 2024 + 20 days; 28 February + 2 werkdagen (Thursday
-- 29, Friday 1 March); a year after 29 February is 28 February.
SELECT is(date '2024-02-09' + '20 kalenderdagen'::wlz.termijn, date '2024-02-29', '20 kalenderdagen to 29 February 2024');
SELECT is(date '2024-02-28' + '2 werkdagen'::wlz.termijn, date '2024-03-01', 'werkdagen count 29 February 2024');
SELECT is(date '2024-02-29' + '1 jaar'::wlz.termijn, date '2025-02-28', '29 February + 1 jaar = 28 February');
SELECT is(date '2024-01-31' + '1 maand'::wlz.termijn, date '2024-02-29', '31 January 2024 + 1 maand = 29 February');
SELECT is(date '2025-01-31' + '1 maand'::wlz.termijn, date '2025-02-28',
          'SPEC 2.2: 31 January + 1 maand = 28 February (PostgreSQL month arithmetic)');
SELECT is_empty(
    $$SELECT d, n FROM generate_series(date '2023-01-01', date '2029-12-31', '1 day') AS g(x),
                      LATERAL (SELECT x::date AS d) s, generate_series(-30, 30) AS n
      WHERE d + format('%s maanden', n)::wlz.termijn <> (d + make_interval(months => n))::date
         OR d + format('%s jaar', n)::wlz.termijn <> (d + make_interval(years => n))::date
         OR d + format('%s weken', n)::wlz.termijn <> d + 7 * n
         OR d + format('%s dagen', n)::wlz.termijn <> d + n$$,
    'maanden, jaren, weken and kalenderdagen on a date equal PostgreSQL''s date arithmetic (2023-2029, -30..30)');
SELECT is_empty(
    $$SELECT d, t FROM generate_series(date '2024-11-01', date '2027-02-28', '3 days') AS g(x),
                      LATERAL (SELECT x::date AS d) s,
                      unnest('{20 kalenderdagen,-3 dagen,5 werkdagen,-17 werkdagen,2 weken,-1 week,6 maanden,-1 maand,1 jaar,-2 jaar,0 werkdagen}'::wlz.termijn[]) AS t
      WHERE d + t <> d - (-t) OR d - t <> d + (-t) OR t + d <> d + t$$,
    'd + t = d - (-t) = t + d for every unit');
SELECT is(date '2026-04-04' + '0 werkdagen'::wlz.termijn, date '2026-04-04', 'SPEC 2.2: 0 werkdagen is the date itself');
SELECT is(date 'infinity' + '5 werkdagen'::wlz.termijn, date 'infinity', 'infinity passes through, as in date + integer');
SELECT throws_ok($$SELECT date '2025-06-13' + '24 uur'::wlz.termijn$$, '22023',
                 'cannot apply a term in hours to a date', 'SPEC 2.2: hours on a date are 22023');
SELECT throws_ok($$SELECT date '2025-06-13' - '24 uur'::wlz.termijn$$, '22023', NULL, 'date - hours: 22023');
SELECT throws_ok($$SELECT date '1960-01-04' + '1 werkdag'::wlz.termijn$$, '22008', NULL,
                 'werkdagen before 1965: 22008');
SELECT throws_ok($$SELECT date '5874897-12-31' + '1 dag'::wlz.termijn$$, '22008', NULL,
                 'beyond PostgreSQL''s last date: 22008');

-- timestamptz + termijn (SPEC 2.2): on the DST days of 2025-2027 (30 March, 26
-- October 2025; 29 March, 25 October 2026; 28 March, 31 October 2027:
-- reference.md 4.4) and the days around them, every quarter of an hour, the
-- result equals timestamptz + interval under TimeZone = 'Europe/Amsterdam'.
SET LOCAL TimeZone = 'Europe/Amsterdam';
CREATE TEMP TABLE dst_tijdstip AS
SELECT x AS ts
FROM unnest(ARRAY[date '2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) AS dag,
     generate_series((dag - 1)::timestamptz, (dag + 2)::timestamptz - interval '15 minutes', '15 minutes') AS x;
CREATE TEMP TABLE dst_stap (t wlz.termijn, i interval);
INSERT INTO dst_stap VALUES
    ('1 dag', '1 day'), ('-1 dag', '-1 day'), ('2 dagen', '2 days'), ('1 week', '7 days'),
    ('-1 week', '-7 days'), ('1 maand', '1 month'), ('-1 maand', '-1 month'), ('1 jaar', '1 year'),
    ('-1 jaar', '-1 year'), ('5 uur', '5 hours'), ('-24 uur', '-24 hours');
-- Three local days are 71 hours around a spring change, 73 around an autumn one.
SELECT is((SELECT count(*)::integer FROM dst_tijdstip), 3 * 71 * 4 + 3 * 73 * 4,
          'the DST sample: three local days around each of six DST changes, every quarter of an hour');
SELECT is_empty(
    $$SELECT ts, t FROM dst_tijdstip, dst_stap WHERE ts + t <> ts + i OR ts - t <> ts - i$$,
    'SPEC 2.2: timestamptz +/- termijn equals timestamptz +/- interval under TimeZone Europe/Amsterdam, DST days 2025-2027');
SELECT is(timestamptz '2025-03-29 12:00+01' + '1 dag'::wlz.termijn, timestamptz '2025-03-30 12:00+02',
          'a day over the spring change keeps 12:00 (23 hours later)');
SELECT is(timestamptz '2025-03-29 12:00+01' + '24 uur'::wlz.termijn, timestamptz '2025-03-30 13:00+02',
          'SPEC 2.2: 24 uur over the spring change is elapsed time (13:00 local)');
SELECT is(timestamptz '2025-10-25 12:00+02' + '1 dag'::wlz.termijn, timestamptz '2025-10-26 12:00+01',
          'a day over the autumn change keeps 12:00 (25 hours later)');
SELECT is(timestamptz '2025-10-25 12:00+02' + '24 uur'::wlz.termijn, timestamptz '2025-10-26 11:00+01',
          '24 uur over the autumn change is 11:00 local');
-- lokaal(date, time) = (date + time) AT TIME ZONE 'Europe/Amsterdam', also for
-- 02:00-02:59 on the spring day (does not exist) and the autumn day (twice).
SELECT is_empty(
    $$SELECT d, t FROM unnest(ARRAY[date '2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31',
                                    '2025-06-13', '2025-12-31']) AS d,
                       LATERAL (SELECT make_time(q / 4, q % 4 * 15, 0) AS t FROM generate_series(0, 95) AS q) s
      WHERE wlz.lokaal(d, t) <> (d + t) AT TIME ZONE 'Europe/Amsterdam'$$,
    'SPEC 2.3: lokaal resolves missing and doubled clock times as AT TIME ZONE ''Europe/Amsterdam'' does');
SELECT is(wlz.lokaal('2025-06-13', '12:00'), timestamptz '2025-06-13 10:00+00', 'SPEC 2.3: 13 June 2025 12:00 is 10:00 UTC (CEST)');
SELECT is(wlz.lokaal('2025-01-13', '12:00'), timestamptz '2025-01-13 11:00+00', 'reference.md 4.4: 12:00 is 11:00 UTC in winter');
-- einde_dag(d) is the microsecond before local midnight of d + 1.
SELECT is_empty(
    $$SELECT d FROM generate_series(date '2024-01-01', date '2027-12-31', '1 day') AS g(x), LATERAL (SELECT x::date AS d) s
      WHERE wlz.einde_dag(d) <> ((d + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') - interval '1 microsecond'$$,
    'SPEC 2.3: einde_dag is 23:59:59.999999 Amsterdam time on every day of 2024-2027');

-- Nothing depends on the session's TimeZone: the same results under
-- Europe/Amsterdam, UTC and America/New_York.
CREATE TEMP TABLE tz_geval AS
SELECT x AS ts, x::date AS d, t
FROM generate_series(timestamptz '2025-03-27 00:00+00', timestamptz '2025-04-02 00:00+00', '5 hours 7 minutes') AS x,
     unnest('{1 dag,5 werkdagen,3 dagen,1 maand,-1 week,24 uur,-7 uur}'::wlz.termijn[]) AS t
UNION ALL
SELECT x, x::date, t
FROM generate_series(timestamptz '2026-10-22 00:00+00', timestamptz '2026-10-28 00:00+00', '5 hours 7 minutes') AS x,
     unnest('{1 dag,5 werkdagen,3 dagen,1 maand,-1 week,24 uur,-7 uur}'::wlz.termijn[]) AS t;
CREATE TEMP TABLE tz_uitkomst AS
SELECT ts, d, t, ts + t AS plus, ts - t AS min,
       wlz.termijn_einde(ts, t, true) AS einde_atw, wlz.termijn_einde(ts, t) AS einde,
       CASE WHEN t <> '24 uur' AND t <> '-7 uur' THEN wlz.termijn_einde(d, t, true) END AS einde_datum,
       wlz.einde_dag(d) AS einde_dag, wlz.lokaal(d, '12:00') AS lokaal, wlz.tijdig(ts, d) AS tijdig
FROM tz_geval;
CREATE FUNCTION pg_temp.tz_verschil() RETURNS SETOF tz_uitkomst LANGUAGE sql AS $$
    SELECT * FROM tz_uitkomst
    EXCEPT
    SELECT ts, d, t, ts + t, ts - t, wlz.termijn_einde(ts, t, true), wlz.termijn_einde(ts, t),
           CASE WHEN t <> '24 uur' AND t <> '-7 uur' THEN wlz.termijn_einde(d, t, true) END,
           wlz.einde_dag(d), wlz.lokaal(d, '12:00'), wlz.tijdig(ts, d)
    FROM tz_geval
$$;
SET LOCAL TimeZone = 'UTC';
SELECT is_empty('SELECT * FROM pg_temp.tz_verschil()', 'the same results under TimeZone UTC');
SET LOCAL TimeZone = 'America/New_York';
SELECT is_empty('SELECT * FROM pg_temp.tz_verschil()', 'the same results under TimeZone America/New_York');
SELECT is((SELECT count(*)::integer FROM tz_uitkomst), 2 * 29 * 7, 'the TimeZone sample is not empty');
SET LOCAL TimeZone = 'UTC';

-- termijn_einde (SPEC 2.3).  SPEC's example and 001 L2176-2177 ("binnen een
-- termijn van 20 kalenderdagen na de dag van de bekendmaking").
SELECT is(wlz.termijn_einde(date '2025-09-05', '20 kalenderdagen'), timestamptz '2025-09-25 23:59:59.999999+02',
          'SPEC 2.3: termijn_einde(date 2025-09-05, 20 kalenderdagen) is the end of 25 September');
SELECT is(wlz.termijn_einde(timestamptz '2025-09-04 23:30+00', '20 kalenderdagen'),
          timestamptz '2025-09-25 23:59:59.999999+02',
          'a timestamptz begin counts from its Amsterdam date (23:30 UTC is 01:30 on 5 September)');
SELECT is(wlz.termijn_einde(timestamptz '2025-06-12 12:00+02', '24 uur', true), timestamptz '2025-06-13 12:00+02',
          'uur ends at the exact instant');
SELECT is(wlz.termijn_einde(timestamptz '2025-06-12 12:00+02', '0 dagen'), timestamptz '2025-06-12 23:59:59.999999+02',
          'SPEC 2.3: a term of 0 ends at the end of the begin day');
SELECT is_empty(
    $$SELECT d, t FROM generate_series(date '2025-01-01', date '2026-12-31', '1 day') AS g(x), LATERAL (SELECT x::date AS d) s,
                       unnest('{3 dagen,20 kalenderdagen,5 werkdagen,1 week,1 maand,-20 dagen}'::wlz.termijn[]) AS t
      WHERE wlz.termijn_einde(d, t, true) <> wlz.termijn_einde(wlz.einde_dag(d), t, true)
         OR wlz.termijn_einde(d, t) <> wlz.einde_dag(d + t)$$,
    'SPEC 2.3: a date begin runs from the end of that day; without atw the end is einde_dag(d + t)');
SELECT throws_ok($$SELECT wlz.termijn_einde(date '2025-06-13', '24 uur')$$, '22023', NULL,
                 'SPEC 2.3: hours from a date are 22023');
-- An untyped begin is a timestamptz: local midnight of the session's TimeZone
-- (SPEC 2.3).  In Tokyo, midnight of 5 September is still 4 September in
-- Amsterdam, so the term ends a day earlier than from date '2025-09-05'.
SET LOCAL TimeZone = 'Asia/Tokyo';
SELECT is(wlz.termijn_einde('2025-09-05', '20 kalenderdagen'), timestamptz '2025-09-24 23:59:59.999999+02',
          'SPEC 2.3: an untyped literal resolves to timestamptz, local midnight in the session''s TimeZone');
SELECT is(wlz.termijn_einde(date '2025-09-05', '20 kalenderdagen'), timestamptz '2025-09-25 23:59:59.999999+02',
          'SPEC 2.3: the typed date form does not depend on TimeZone');
SET LOCAL TimeZone = 'UTC';

-- The Algemene termijnenwet (reference.md 4.1).  Art. 1: a term that ends on
-- a Saturday, Sunday or feestdag ends on the next day that is none of these.
-- reference.md 4.2: 24 March + 10 days ends on Goede Vrijdag 3 April 2026 and
-- rolls over the weekend and Tweede Paasdag to Tuesday 7 April; 28 April + 1
-- week ends on Tuesday 5 May 2026 and rolls to Wednesday 6 May.
SELECT is(wlz.termijn_einde(date '2026-03-24', '10 kalenderdagen', true), wlz.einde_dag('2026-04-07'),
          'reference.md 4.2 / ATW art. 1: a term ending on Goede Vrijdag 2026 ends on Tuesday 7 April');
SELECT is(wlz.termijn_einde(date '2026-04-28', '1 week', true), wlz.einde_dag('2026-05-06'),
          'reference.md 4.2 / ATW art. 1: a term ending on 5 May 2026 ends on Wednesday 6 May');
-- reference.md 4.3: a 20-day term that began running on 13 October 2020 (the
-- day after the decision of 12 October) ended on Sunday 1 November and was
-- extended to Monday 2 November.
SELECT is(wlz.termijn_einde(date '2020-10-12', '20 kalenderdagen', true), wlz.einde_dag('2020-11-02'),
          'reference.md 4.3 (Alcatel): 20 kalenderdagen ending Sunday 1 November 2020 end on Monday 2 November');
SELECT is(wlz.termijn_einde(date '2020-10-12', '20 kalenderdagen'), wlz.einde_dag('2020-11-01'),
          'without atw the same term ends on the Sunday');
-- Art. 2: a term of at least 3 days contains at least two days after its
-- begin that are no Saturday, Sunday or feestdag.  From Thursday 2 April 2026:
-- Goede Vrijdag, the weekend and Tweede Paasdag hold none, so 3 days run to
-- Wednesday 8 April (Tuesday 7 and Wednesday 8 are the two); art. 1 alone
-- would give Tuesday 7 April.
SELECT is(wlz.termijn_einde(date '2026-04-02', '3 kalenderdagen', true), wlz.einde_dag('2026-04-08'),
          'ATW art. 2: 3 kalenderdagen over Easter 2026 run to Wednesday 8 April');
-- Christmas 2026: Thursday 24 December + 3 days = Sunday 27; the 25th and 26th
-- are Kerstdagen, so the two days are Monday 28 and Tuesday 29.
SELECT is(wlz.termijn_einde(date '2026-12-24', '3 kalenderdagen', true), wlz.einde_dag('2026-12-29'),
          'ATW art. 2: 3 kalenderdagen over Christmas 2026 run to Tuesday 29 December');
-- Art. 2 also extends a term that ends on a werkdag: from Friday 5 June 2026,
-- 3 days end on Monday 8 June, which is the only werkdag in them.
SELECT is(wlz.termijn_einde(date '2026-06-05', '3 kalenderdagen', true), wlz.einde_dag('2026-06-09'),
          'ATW art. 2: 3 kalenderdagen from a Friday run to Tuesday, though Monday is a werkdag');
SELECT is(wlz.termijn_einde(date '2026-04-02', '2 kalenderdagen', true), wlz.einde_dag('2026-04-07'),
          'ATW art. 2 applies from 3 days: 2 kalenderdagen get art. 1 only (Saturday 4 to Tuesday 7 April)');
-- Art. 4: not for hours, more than 90 days, more than 12 weeks, more than 3
-- months, or years.  Each term below ends on Saturday 7 June 2025 (or 31 May);
-- Monday 9 June 2025 is Tweede Pinksterdag.
SELECT is(wlz.termijn_einde(date '2025-03-09', '90 kalenderdagen', true), wlz.einde_dag('2025-06-10'),
          'ATW art. 4: 90 kalenderdagen are extended (Saturday 7 June 2025 to Tuesday 10, after Pinksteren)');
SELECT is(wlz.termijn_einde(date '2025-03-08', '91 kalenderdagen', true), wlz.einde_dag('2025-06-07'),
          'ATW art. 4: more than 90 kalenderdagen are not');
SELECT is(wlz.termijn_einde(date '2025-03-08', '12 weken', true), wlz.einde_dag('2025-06-02'),
          'ATW art. 4: 12 weken are extended (Saturday 31 May 2025 to Monday 2 June)');
SELECT is(wlz.termijn_einde(date '2025-03-08', '13 weken', true), wlz.einde_dag('2025-06-07'),
          'ATW art. 4: more than 12 weken are not');
SELECT is(wlz.termijn_einde(date '2025-03-07', '3 maanden', true), wlz.einde_dag('2025-06-10'),
          'ATW art. 4: 3 maanden are extended');
SELECT is(wlz.termijn_einde(date '2025-02-07', '4 maanden', true), wlz.einde_dag('2025-06-07'),
          'ATW art. 4: more than 3 maanden are not');
SELECT is(wlz.termijn_einde(date '2024-06-07', '1 jaar', true), wlz.einde_dag('2025-06-07'),
          'ATW art. 4: years are not');
SELECT is(wlz.termijn_einde(timestamptz '2025-06-06 12:00+02', '24 uur', true), timestamptz '2025-06-07 12:00+02',
          'ATW art. 4: hours are not');
-- Backward terms (art. 1 lid 2) and werkdagen are never extended.
SELECT is(wlz.termijn_einde(date '2025-06-27', '-20 kalenderdagen', true), wlz.einde_dag('2025-06-07'),
          'ATW art. 1 lid 2: a backward term ending on a Saturday stays there');
SELECT is_empty(
    $$SELECT d FROM generate_series(date '2025-01-01', date '2026-12-31', '1 day') AS g(x), LATERAL (SELECT x::date AS d) s
      WHERE wlz.termijn_einde(d, '5 werkdagen', true) <> wlz.termijn_einde(d, '5 werkdagen')
         OR wlz.termijn_einde(d, '-3 dagen', true) <> wlz.termijn_einde(d, '-3 dagen')$$,
    'SPEC 2.3: werkdagen and backward terms come out the same with and without atw');
-- With atw every extended term ends on a werkdag, never before the plain end,
-- and contains at least two werkdagen from 3 days up.
SELECT is_empty(
    $$SELECT d, t FROM generate_series(date '2024-01-01', date '2028-12-31', '1 day') AS g(x), LATERAL (SELECT x::date AS d) s,
                       unnest('{1 dag,2 dagen,3 dagen,4 dagen,20 kalenderdagen,90 dagen,1 week,12 weken,1 maand,3 maanden}'::wlz.termijn[]) AS t,
                       LATERAL (SELECT (wlz.termijn_einde(d, t, true) AT TIME ZONE 'Europe/Amsterdam')::date AS e) r
      WHERE NOT wlz.is_werkdag(e) OR e < d + t
         OR (t NOT IN ('1 dag', '2 dagen') AND wlz.werkdagen(d, e) < 2)
         OR (e > d + t AND wlz.is_werkdag(d + t)
             AND (t IN ('1 dag', '2 dagen') OR wlz.werkdagen(d, d + t) >= 2))$$,
    'ATW art. 1-2 over 2024-2028: a werkdag, not before the plain end, two werkdagen from 3 days, else untouched');
SELECT throws_ok($$SELECT wlz.termijn_einde(date '1960-01-04', '20 kalenderdagen', true)$$, '22008', NULL,
                 'atw outside the calendar (1965-2199): 22008');

-- tijdig (SPEC 2.3): on or before the end of the local day.
SELECT ok(wlz.tijdig('2025-09-25 23:59:59.999999+02', '2025-09-25') AND NOT wlz.tijdig('2025-09-26 00:00+02', '2025-09-25'),
          'SPEC 2.3: tijdig up to and including 23:59:59.999999 Amsterdam time');
SELECT ok(wlz.tijdig('2025-12-31 22:59:59+00', '2025-12-31') AND NOT wlz.tijdig('2025-12-31 23:00+00', '2025-12-31'),
          'in winter the local day ends at 23:00 UTC');

SELECT * FROM finish();
ROLLBACK;
