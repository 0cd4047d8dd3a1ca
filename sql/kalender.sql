--
-- kalender: the holidays of the Algemene termijnenwet and working days
-- (SPEC 2.1).  The rules are checked in test/kalender.sql; this file shows
-- the surface: what the functions return and how they fail.
--
SET DateStyle = 'ISO, YMD';

-- The nine days of one year, in date order (reference.md 4.2, 2026: Koningsdag
-- on Monday 27 April and 5 May on a Tuesday).
SELECT datum, to_char(datum, 'Dy') AS dag, naam FROM wlz.feestdagen(2026);

-- When two fall on one date, both rows appear: Hemelvaartsdag on 5 May 2016.
SELECT datum, naam FROM wlz.feestdagen(2016) WHERE datum = '2016-05-05';

-- The King's or Queen's birthday and its Sunday rules: 1 May before 1980,
-- 29 April 1980-2013, 26 April since 2014.
SELECT j AS jaar, f.datum, to_char(f.datum, 'Dy') AS dag, f.naam
FROM unnest(ARRAY[1967, 1979, 1989, 2013, 2014, 2025, 2026]) AS j,
     wlz.feestdagen(j) AS f
WHERE f.naam IN ('Koningsdag', 'Koninginnedag')
ORDER BY j;

-- A feestdag on a Saturday is still a feestdag, but never a werkdag.
SELECT d, to_char(d, 'Dy') AS dag, wlz.is_feestdag(d), wlz.is_werkdag(d)
FROM unnest(ARRAY[date '2026-04-03', '2026-04-04', '2026-04-06', '2026-04-07',
                  '2026-05-05', '2026-12-26', '2026-12-28']) AS d;

-- werkdagen(van, tot) counts van < d <= tot, and changes sign.
SELECT wlz.werkdagen('2026-01-01', '2026-12-31') AS jaar_2026,
       wlz.werkdagen('2026-04-02', '2026-04-07') AS over_pasen,
       wlz.werkdagen('2026-04-07', '2026-04-02') AS terug,
       wlz.werkdagen('2026-04-03', '2026-04-03') AS leeg;

-- The 17th werkdag of a month (declarations, 004 L933-935, 002 L1969-1970).
SELECT maand, wlz.werkdag_van_maand(maand, 17)
FROM unnest(ARRAY[date '2026-01-15', '2026-02-01', '2026-04-30', '2026-05-01']) AS maand;

-- Errors: the calendar covers 1965-2199; numbers of werkdagen count from 1.
SELECT * FROM wlz.feestdagen(1964);
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM wlz.feestdagen(2200);
\echo :LAST_ERROR_SQLSTATE
SELECT wlz.is_werkdag('1964-12-31');
\echo :LAST_ERROR_SQLSTATE
SELECT wlz.is_feestdag('2200-01-01');
\echo :LAST_ERROR_SQLSTATE
SELECT wlz.werkdagen('2025-01-01', 'infinity');
\echo :LAST_ERROR_SQLSTATE
SELECT wlz.werkdag_van_maand('2026-02-01', 21);
\echo :LAST_ERROR_SQLSTATE
SELECT wlz.werkdag_van_maand('2026-02-01', 0);
\echo :LAST_ERROR_SQLSTATE
SELECT wlz.werkdag_van_maand('1899-02-01', 1);
\echo :LAST_ERROR_SQLSTATE

-- NULL in, NULL out.
SELECT wlz.is_werkdag(NULL) IS NULL AS is_null, wlz.werkdagen(NULL, '2026-01-01') IS NULL AS werkdagen_null;
