--
-- termijnkalender: the deadline catalogue (SPEC 2.4), the table
-- wlz.termijnkalender with the timetables of the documents and wlz.uiterste.
--
SET TimeZone = 'Europe/Amsterdam';
SET DateStyle = 'ISO, YMD';
\set SHOW_CONTEXT never

-- Resolve a step, or show the error it raises (the catalogue ships a few
-- steps that hang on an event without a date, or on a date no document gives).
CREATE FUNCTION pg_temp.probeer(zk text, jaar integer, stap text, sector wlz.sector DEFAULT NULL)
RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RETURN wlz.uiterste(zk, jaar, stap, sector)::text;
EXCEPTION WHEN OTHERS THEN
    RETURN 'ERROR ' || SQLSTATE;
END
$$;

-- What ships: one block per document.
SELECT coalesce(zorgkantoor, '(landelijk)') AS zorgkantoor, sector, inkoopjaar,
       count(*) AS stappen, count(na_stap) AS relatief,
       count(*) FILTER (WHERE uiterst IS NULL AND na_stap IS NULL) AS gebeurtenis,
       string_agg(DISTINCT split_part(bron, ' ', 1), ', ') AS bron
FROM wlz.termijnkalender
GROUP BY zorgkantoor, sector, inkoopjaar
ORDER BY inkoopjaar, zorgkantoor NULLS FIRST, sector;

-- Zilveren Kruis GGZ 2025: the 17 steps of chapter 6 (001 L1695-1756) and the
-- terms and dates of the text, each resolved. Relative steps show their rule;
-- the events (a moment only the caller knows) and the steps after them do not
-- resolve here (wlz.uiterste_na below).
SELECT stap,
       coalesce(na_stap || ' + ' || termijn::text,
                CASE WHEN uiterst IS NOT NULL THEN 'vast' ELSE 'gebeurtenis' END) AS regel,
       pg_temp.probeer(zorgkantoor, inkoopjaar, stap, sector) AS uiterste
FROM wlz.termijnkalender
WHERE zorgkantoor = 'zilverenkruis' AND inkoopjaar = 2025
ORDER BY 3, 1;

-- The seven zorgkantoren of the VGN overview for GZ 2026 (000 L299-312,
-- L545-553, L200-203, L427-429): fixed dates and terms side by side.
-- DSW's hardheidsclausule runs from the national publication date (000 L40).
SELECT z.code AS zorgkantoor, s.stap,
       coalesce(t.na_stap || ' + ' || t.termijn::text,
                CASE WHEN t.uiterst IS NOT NULL THEN 'vast' END,
                '(geen rij)') AS regel,
       pg_temp.probeer(z.code, 2026, s.stap, 'GZ') AS uiterste
FROM wlz.zorgkantoor z
CROSS JOIN (VALUES ('bezwaar-inkoopbeleid'), ('bezwaar-richttarief'), ('hardheidsclausule')) AS s(stap)
LEFT JOIN wlz.termijnkalender t
       ON t.zorgkantoor = z.code AND t.inkoopjaar = 2026 AND t.stap = s.stap AND t.sector = 'GZ'
ORDER BY s.stap, z.code;

-- The national steps (zorgkantoor NULL) serve every zorgkantoor that has no
-- row of its own; a call without a sector takes the only sector that has the
-- step.
SELECT wlz.uiterste(NULL, 2027, 'zorgatlas') AS landelijk,
       wlz.uiterste('vgz', 2027, 'zorgatlas') AS vgz,
       wlz.uiterste('vgz', 2027, 'regiobudget-aanvraag') AS regiobudget,
       wlz.uiterste('dsw', 2026, 'richttarief-bekendmaking') AS dsw_via_landelijk;

-- The dated steps that issue 15 added outside Zilveren Kruis: CZ (002 L785,
-- L1713, L1715-1716, L1821-1822), VGZ's certificate (000 L141), ZN's yearly
-- 1 June publication and the end of the CEIz (003 L519, L228).
SELECT t.zorgkantoor, t.inkoopjaar, t.stap,
       coalesce(t.na_stap || ' + ' || t.termijn::text, 'vast') AS regel,
       wlz.uiterste(t.zorgkantoor, t.inkoopjaar, t.stap, t.sector) AS uiterste
FROM wlz.termijnkalender t
WHERE (t.zorgkantoor = 'cz' AND t.stap IN ('gesprek-lagere-kosten', 'tussentijdse-inschrijving-opening',
                                           'tussentijdse-terugkoppeling', 'vecozo-aanvraag'))
   OR t.stap IN ('milieuthermometer-certificaat', 'ceiz-einde')
   OR (t.zorgkantoor IS NULL AND t.sector IS NULL AND t.stap = 'inkoopbeleid-bekendmaking')
ORDER BY 5, 3;

-- Steps that run from an event: the caller passes the moment of the event
-- (wlz.uiterste_na), a timestamptz or the day of it.
SELECT t.zorgkantoor, t.stap, t.na_stap AS gebeurtenis, t.termijn
FROM wlz.termijnkalender t
JOIN wlz.termijnkalender g
  ON g.zorgkantoor IS NOT DISTINCT FROM t.zorgkantoor AND g.sector IS NOT DISTINCT FROM t.sector
 AND g.inkoopjaar = t.inkoopjaar AND g.stap = t.na_stap AND g.uiterst IS NULL AND g.na_stap IS NULL
ORDER BY 1, 2;
SELECT wlz.uiterste_na('cz', 2026, 'contact-nieuwe-aanbieder', timestamptz '2025-09-08 10:00+02') AS contact,
       wlz.uiterste_na('cz', 2026, 'toelichting-inschrijving', timestamptz '2025-08-12 11:00+02') AS toelichting,
       wlz.uiterste_na('zilverenkruis', 2025, 'reactie-melding-onderaannemer', date '2025-03-03') AS reactie,
       wlz.uiterste_na('zilverenkruis', 2025, 'clientenraad', date '2025-04-01', 'GGZ') AS clientenraad,
       wlz.uiterste_na('zilverenkruis', 2025, 'kwaliteitsverslag', date '2025-04-01') AS kwaliteitsverslag;
-- Per provider, from a table of events: one call per row, NULL where the event
-- has not happened.
SELECT a.naam, a.ingangsdatum, wlz.uiterste_na('cz', 2026, 'clientenraad', a.ingangsdatum) AS clientenraad
FROM (VALUES ('Zorg aan de Maas', date '2026-01-01'), ('De Linde', date '2026-04-15'),
             ('Nog niet gestart', NULL)) a(naam, ingangsdatum)
ORDER BY a.naam;

-- NULL inkoopjaar or stap gives NULL, as a STRICT function would.
SELECT wlz.uiterste('cz', NULL, 'vragen') IS NULL AS jaar_null,
       wlz.uiterste('cz', 2026, NULL) IS NULL AS stap_null;

-- The catalogue answers in instants: the session's TimeZone changes only how
-- they print.
SET TimeZone = 'UTC';
SELECT wlz.uiterste('cz', 2026, 'inschrijving') AS inschrijving_utc,
       wlz.uiterste('cz', 2026, 'inschrijving') = timestamptz '2025-07-31 17:00:00+02' AS zelfde_moment;
SET TimeZone = 'Europe/Amsterdam';

-- Errors: an unknown step (P0002, the hint lists the steps), an unknown
-- zorgkantoor, a year without steps, a sector without steps.
SELECT wlz.uiterste('vgz', 2026, 'inschrijving');
SELECT wlz.uiterste('menzies', 2026, 'vragen');
SELECT wlz.uiterste('cz', 2030, 'vragen');
SELECT wlz.uiterste('cz', 2026, 'vragen', 'VV');

-- A step that hangs on an event without a date (the request for an
-- explanation), and Menzis' objection "24 uur voor de uiterste inschrijfdatum"
-- (000 L311), a date the overview does not give.
SELECT wlz.uiterste('cz', 2026, 'toelichting-inschrijving');
SELECT wlz.uiterste('menzis', 2026, 'bezwaar-inkoopbeleid');
-- An event itself; and the event form on a step with a fixed moment (22023),
-- and on a step after a missing step (P0002).
SELECT wlz.uiterste('zilverenkruis', 2025, 'ingangsdatum-overeenkomst', 'GGZ');
SELECT wlz.uiterste_na('cz', 2026, 'bezwaar-richttarief', timestamptz '2025-09-08 10:00+02');
SELECT wlz.uiterste_na('menzis', 2026, 'bezwaar-inkoopbeleid', timestamptz '2025-07-31 17:00+02');

BEGIN;
-- A user row supplies the missing date; the objection follows, 24 hours back.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
VALUES ('menzis', 'GZ', 2026, 'inschrijving', wlz.lokaal('2025-07-31', '17:00'));
SELECT wlz.uiterste('menzis', 2026, 'bezwaar-inkoopbeleid') AS menzis_bezwaar;

-- A user row with the actual publication date of a nota wins over the shipped
-- row, and the objection term moves with it (CZ: 20 kalenderdagen).
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
VALUES ('cz', 'GZ', 2026, 'nota-van-inlichtingen', wlz.einde_dag('2025-07-04'))
RETURNING stap, uiterst, meegeleverd;
SELECT wlz.uiterste('cz', 2026, 'nota-van-inlichtingen') AS nota,
       wlz.uiterste('cz', 2026, 'bezwaar-inkoopbeleid') AS bezwaar;

-- A row for a sector wins over the all-sector row (Zorg en Zekerheid 2022
-- covers all sectors, 004 L1150-1156); a call without sector keeps the
-- all-sector row.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
VALUES ('zorgenzekerheid', 'VV', 2022, 'inschrijving', wlz.lokaal('2021-08-02', '12:00'));
SELECT wlz.uiterste('zorgenzekerheid', 2022, 'inschrijving', 'VV') AS vv,
       wlz.uiterste('zorgenzekerheid', 2022, 'inschrijving', 'GZ') AS gz,
       wlz.uiterste('zorgenzekerheid', 2022, 'inschrijving') AS alle;

-- Rows of two sectors and none for all: a call without sector is ambiguous.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst)
VALUES (NULL, 'GZ', 2027, 'regiobudget-aanvraag', wlz.einde_dag('2026-07-01'));
SELECT wlz.uiterste('vgz', 2027, 'regiobudget-aanvraag');
ROLLBACK;

BEGIN;
-- A cycle in the catalogue (42P17), with the steps in the detail.
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, na_stap, termijn) VALUES
  ('salland', NULL, 2028, 'vragen', 'nota-van-inlichtingen', '-14 kalenderdagen'),
  ('salland', NULL, 2028, 'nota-van-inlichtingen', 'inschrijving', '-30 kalenderdagen'),
  ('salland', NULL, 2028, 'inschrijving', 'vragen', '6 weken');
SELECT wlz.uiterste('salland', 2028, 'vragen');
ROLLBACK;

-- The table keeps its rows well-formed (the constraint names say which rule).
\set VERBOSITY terse
-- both a fixed moment and a term
INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, uiterst, na_stap, termijn)
VALUES ('cz', 2028, 'vragen', '2027-06-13 12:00+02', 'inschrijving', '1 week');
-- a step without its term
INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, na_stap)
VALUES ('cz', 2028, 'vragen', 'inschrijving');
-- atw on a fixed moment would do nothing
INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, uiterst, atw)
VALUES ('cz', 2028, 'vragen', '2027-06-13 12:00+02', true);
-- nor on an event (a row without uiterst and na_stap)
INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, atw)
VALUES ('cz', 2028, 'verzoek-contact', true);
-- a step that refers to itself
INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, na_stap, termijn)
VALUES ('cz', 2028, 'vragen', 'vragen', '1 week');
-- step names are lower-case words joined by hyphens
INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, uiterst)
VALUES ('cz', 2028, 'Vragen NVI', '2027-06-13 12:00+02');
-- the zorgkantoor must exist
INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, uiterst)
VALUES ('menzies', 2028, 'vragen', '2027-06-13 12:00+02');
-- one row per zorgkantoor, sector, inkoopjaar and step (NULLs count as equal)
INSERT INTO wlz.termijnkalender (zorgkantoor, inkoopjaar, stap, na_stap, termijn)
VALUES ('cz', 2028, 'vragen', 'inschrijving', '-20 werkdagen'),
       ('cz', 2028, 'vragen', 'inschrijving', '-15 werkdagen');
\set VERBOSITY default
