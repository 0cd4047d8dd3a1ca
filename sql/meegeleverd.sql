--
-- meegeleverd: shipped rows are read-only, a user's row replaces or switches
-- one off, the engines read the rows that apply (SPEC 7). The rows added
-- here are removed at the end.
--

-- Shipped rows have negative ids, fixed in the data files; user rows take
-- positive ids from the identity sequence.
SELECT min(id) < 0 AND max(id) < 0 AS negatief, bool_and(meegeleverd) AS meegeleverd
FROM wlz.tariefregel;

-- A shipped row cannot be changed, deleted or truncated; no row of one's
-- own can claim to be shipped. Each error says what to do instead.
UPDATE wlz.tariefregel SET waarde = 90 WHERE id = -1;
DELETE FROM wlz.richttarief WHERE sector = 'GZ' AND jaar = 2025;
UPDATE wlz.termijnkalender SET uiterst = now() WHERE id = -1;
TRUNCATE wlz.prestatie;
INSERT INTO wlz.prestatie (code, meegeleverd) VALUES ('Z999', true);
INSERT INTO wlz.prestatie (code, omschrijving) VALUES ('Z999', 'eigen prestatie');
UPDATE wlz.prestatie SET meegeleverd = true WHERE code = 'Z999';
DELETE FROM wlz.prestatie WHERE code = 'Z999';

-- Replacing a shipped RT% (natural key sector, jaar): a row of one's own with
-- the same key. The engine reads it; the shipped row stays as it was.
SELECT wlz.tariefpercentage('cz', 'GZ', 2025) AS voor;
INSERT INTO wlz.richttarief (sector, jaar, percentage, bron)
VALUES ('GZ', 2025, 97.5, 'eigen correctie');
SELECT wlz.tariefpercentage('cz', 'GZ', 2025) AS na;
SELECT sector, jaar, percentage, meegeleverd FROM wlz.richttarief
WHERE sector = 'GZ' AND jaar = 2025 ORDER BY meegeleverd;
SELECT percentage FROM wlz.richttarief_geldend WHERE sector = 'GZ' AND jaar = 2025;
-- one row of one's own per key
INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GZ', 2025, 97.6);

-- Switching it off: actief = false. Then neither row applies.
UPDATE wlz.richttarief SET actief = false WHERE sector = 'GZ' AND jaar = 2025 AND NOT meegeleverd;
SELECT count(*) AS geldend FROM wlz.richttarief_geldend WHERE sector = 'GZ' AND jaar = 2025;
SELECT wlz.tariefpercentage('cz', 'GZ', 2025);

-- Tables with a generated id: a row of one's own names the shipped row it
-- replaces in vervangt. CZ's new providers get the RT% minus 2 points (002
-- L733-746); a user makes it 3.
INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GZ', 2026, 96.5);
SELECT regel_id, bewerking, waarde, resultaat
FROM wlz.tariefpercentage_uitleg('cz', 'GZ', 2026, klasse => 'nieuw');
-- The row it replaces holds for 2024-2026 (tot_en_met): a replacement does so
-- too, or those years lose the rule.
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, tot_en_met, volgorde, klassen, bewerking, waarde,
                             vervangt, bron)
SELECT zorgkantoor, sector, jaar, tot_en_met, volgorde, klassen, bewerking, 3, id, 'eigen afspraak'
FROM wlz.tariefregel WHERE id = -7;
SELECT stap, regel_id > 0 AS eigen, bewerking, waarde, resultaat, bron
FROM wlz.tariefpercentage_uitleg('cz', 'GZ', 2026, klasse => 'nieuw');

-- Switching a shipped rule off needs vervangt and actief alone.
DELETE FROM wlz.tariefregel WHERE NOT meegeleverd;
INSERT INTO wlz.tariefregel (vervangt, actief) VALUES (-7, false);
SELECT wlz.tariefpercentage('cz', 'GZ', 2026, klasse => 'nieuw') AS zonder_afslag;
-- vervangt names a shipped row (negative id); a row of one's own cannot be shipped
INSERT INTO wlz.tariefregel (vervangt, actief) VALUES (7, false);
INSERT INTO wlz.tariefregel (id, zorgkantoor, jaar, volgorde, bewerking) VALUES (-999, 'cz', 2026, 1, 'richttarief');
-- a rule that is not a switch-off needs its defining columns
INSERT INTO wlz.tariefregel (zorgkantoor, jaar, bewerking) VALUES ('cz', 2026, 'richttarief');
-- and its zorgkantoor must exist
INSERT INTO wlz.tariefregel (zorgkantoor, jaar, volgorde, bewerking) VALUES ('cz-zuid', 2026, 1, 'richttarief');

-- The views say which rows apply and take their columns' comments along.
SELECT col_description('wlz.tariefregel_geldend'::regclass, 1) = col_description('wlz.tariefregel'::regclass, 1)
       AS zelfde_commentaar;

DELETE FROM wlz.tariefregel WHERE NOT meegeleverd;
DELETE FROM wlz.richttarief WHERE NOT meegeleverd;

-- The loader works only in the extension's own scripts.
SELECT wlz.meegeleverd_laden('wlz.richttarief', E'sector\tjaar\tpercentage\nGZ\t2030\t99');
