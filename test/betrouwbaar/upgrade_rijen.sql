-- test/betrouwbaar/upgrade_rijen.sql: rows a user adds, the same in 0.1.0 and
-- in 0.2.0 (INSERTs only), for upgrade.t. One or more in every table of 0.1.0,
-- among them rows with the key of a shipped row (which then replace it) and
-- the RT%s that README tells users to add themselves.

-- an own zorgkantoor, and a shipped one given another name
INSERT INTO wlz.zorgkantoor (code, naam, bron) VALUES ('eigenzk', 'Eigen zorgkantoor', 'eigen');

-- the RT%s the documents do not give (README), and an own reading of a shipped one
INSERT INTO wlz.richttarief (sector, jaar, percentage, bron)
VALUES ('GZ', 2026, 96.5, 'eigen'), ('GGZ', 2025, 97.0, 'eigen'), ('VV', 2026, 96.0, 'eigen');

-- an own prestatie
INSERT INTO wlz.prestatie (code, sector, zorgprofiel, leveringsvorm, omschrijving)
VALUES ('Z9001', 'GZ', '4VG', 'vpt', 'eigen prestatie');

-- a step with the key of a shipped step (the RT% published a week late), an
-- own step, and one relative to a shipped step
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, uiterst, bron)
VALUES ('cz', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-12 23:59:59.999999+02', 'eigen'),
       ('eigenzk', NULL, 2026, 'inschrijving', '2025-07-31 17:00:00+02', 'eigen'),
       -- a key 0.1.0 did not ship and 0.2.0 does (VGZ's certificate, 000 L141):
       -- the user's row wins after the update
       ('vgz', 'GZ', 2026, 'milieuthermometer-certificaat', '2026-05-31 23:59:59.999999+02', 'eigen');
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, na_stap, termijn, atw, bron)
VALUES ('eigenzk', NULL, 2026, 'bezwaar-inkoopbeleid', 'inschrijving', '-5 werkdagen', false, 'eigen');

-- what the own zorgkantoor's classes get
INSERT INTO wlz.klasse_gevolg (zorgkantoor, sector, jaar, klasse, onderwerp, omschrijving, looptijd)
VALUES ('eigenzk', 'GZ', 2026, 'nieuw', 'looptijd', 'eenjarige overeenkomst', '[2026-01-01,2027-01-01)');

-- an own policy, and an own rule on top of CZ's
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, bewerking, waarde, eindregel, bron)
VALUES ('eigenzk', 'GZ', 2026, 10, NULL, 'richttarief', NULL, false, 'eigen'),
       ('eigenzk', 'GZ', 2026, 20, '{nieuw}', 'afslag', 1.5, true, 'eigen'),
       ('cz', 'GZ', 2026, 1, NULL, 'opslag', 0.25, false, 'eigen');
