-- ---------------------------------------------------------------------------
-- Upgrade from 0.1.0: the objects of 0.1.0 get their 0.2.0 shape (the install
-- script defines them so in src/sql/wlzcontract.sql). Every user row stays,
-- and so does every answer a user's row gave:
--	- 0.1.0 let anyone change or delete a shipped row, or add one with
--	  meegeleverd = true. A row marked shipped that is not exactly as 0.1.0
--	  shipped it (data/0.1.0/) becomes the user's row; where it was a shipped
--	  row that the user changed, it now replaces that row (the same key, or
--	  vervangt = the new id);
--	- a shipped row the user deleted is switched off by a row of theirs;
--	- shipped rows of 0.1.0 with id k come back from data/ with id -k.
-- ---------------------------------------------------------------------------

-- The shipped rows of 0.1.0, exactly as it shipped them.
CREATE TEMP TABLE meegeleverd_0_1_0_zorgkantoor (LIKE wlz.zorgkantoor);
CREATE TEMP TABLE meegeleverd_0_1_0_richttarief (LIKE wlz.richttarief);
CREATE TEMP TABLE meegeleverd_0_1_0_prestatie (LIKE wlz.prestatie);
CREATE TEMP TABLE meegeleverd_0_1_0_termijnkalender (LIKE wlz.termijnkalender);
CREATE TEMP TABLE meegeleverd_0_1_0_klasse_gevolg (LIKE wlz.klasse_gevolg);
CREATE TEMP TABLE meegeleverd_0_1_0_tariefregel (LIKE wlz.tariefregel);
--@ laad pg_temp.meegeleverd_0_1_0_zorgkantoor data/0.1.0/zorgkantoor.tsv
--@ laad pg_temp.meegeleverd_0_1_0_richttarief data/0.1.0/richttarief.tsv
--@ laad pg_temp.meegeleverd_0_1_0_prestatie data/0.1.0/prestatie.tsv
--@ laad pg_temp.meegeleverd_0_1_0_termijnkalender data/0.1.0/termijnkalender.tsv
--@ laad pg_temp.meegeleverd_0_1_0_klasse_gevolg data/0.1.0/klasse_gevolg.tsv
--@ laad pg_temp.meegeleverd_0_1_0_tariefregel data/0.1.0/tariefregel.tsv

-- Shipped rows the user deleted, by key (id for the tables with an id):
-- after the load a row of the user's switches each off.
CREATE TEMP TABLE meegeleverd_0_1_0_weg AS
SELECT 'zorgkantoor' AS tabel, p.code AS code, NULL::wlz.sector AS sector, NULL::integer AS jaar,
       NULL::text AS stap, NULL::integer AS id
  FROM pg_temp.meegeleverd_0_1_0_zorgkantoor p
 WHERE NOT EXISTS (SELECT FROM wlz.zorgkantoor t WHERE t.code = p.code)
UNION ALL
SELECT 'richttarief', NULL, p.sector, p.jaar, NULL, NULL
  FROM pg_temp.meegeleverd_0_1_0_richttarief p
 WHERE NOT EXISTS (SELECT FROM wlz.richttarief t WHERE t.sector = p.sector AND t.jaar = p.jaar)
UNION ALL
SELECT 'prestatie', p.code, NULL, NULL, NULL, NULL
  FROM pg_temp.meegeleverd_0_1_0_prestatie p
 WHERE NOT EXISTS (SELECT FROM wlz.prestatie t WHERE t.code = p.code)
UNION ALL
SELECT 'termijnkalender', p.zorgkantoor, p.sector, p.inkoopjaar, p.stap, NULL
  FROM pg_temp.meegeleverd_0_1_0_termijnkalender p
 WHERE NOT EXISTS (SELECT FROM wlz.termijnkalender t
                   WHERE t.zorgkantoor IS NOT DISTINCT FROM p.zorgkantoor
                     AND t.sector IS NOT DISTINCT FROM p.sector
                     AND t.inkoopjaar = p.inkoopjaar AND t.stap = p.stap)
UNION ALL
SELECT 'klasse_gevolg', NULL, NULL, NULL, NULL, p.id
  FROM pg_temp.meegeleverd_0_1_0_klasse_gevolg p
 WHERE NOT EXISTS (SELECT FROM wlz.klasse_gevolg t WHERE t.id = p.id)
UNION ALL
SELECT 'tariefregel', NULL, NULL, NULL, NULL, p.id
  FROM pg_temp.meegeleverd_0_1_0_tariefregel p
 WHERE NOT EXISTS (SELECT FROM wlz.tariefregel t WHERE t.id = p.id);

-- Rows marked shipped that 0.1.0 did not ship so: the user's. (A changed
-- timetable row whose key already has a user row was never used: the user
-- row won in 0.1.0 too. It goes with the shipped rows.)
UPDATE wlz.zorgkantoor t SET meegeleverd = false
 WHERE t.meegeleverd
   AND NOT EXISTS (SELECT FROM pg_temp.meegeleverd_0_1_0_zorgkantoor p WHERE ROW(p.*) IS NOT DISTINCT FROM ROW(t.*));
UPDATE wlz.richttarief t SET meegeleverd = false
 WHERE t.meegeleverd
   AND NOT EXISTS (SELECT FROM pg_temp.meegeleverd_0_1_0_richttarief p WHERE ROW(p.*) IS NOT DISTINCT FROM ROW(t.*));
UPDATE wlz.prestatie t SET meegeleverd = false
 WHERE t.meegeleverd
   AND NOT EXISTS (SELECT FROM pg_temp.meegeleverd_0_1_0_prestatie p WHERE ROW(p.*) IS NOT DISTINCT FROM ROW(t.*));
UPDATE wlz.termijnkalender t SET meegeleverd = false
 WHERE t.meegeleverd
   AND NOT EXISTS (SELECT FROM pg_temp.meegeleverd_0_1_0_termijnkalender p WHERE ROW(p.*) IS NOT DISTINCT FROM ROW(t.*))
   AND NOT EXISTS (SELECT FROM wlz.termijnkalender u
                   WHERE NOT u.meegeleverd
                     AND u.zorgkantoor IS NOT DISTINCT FROM t.zorgkantoor
                     AND u.sector IS NOT DISTINCT FROM t.sector
                     AND u.inkoopjaar = t.inkoopjaar AND u.stap = t.stap);
CREATE TEMP TABLE meegeleverd_0_1_0_eigen AS
SELECT 'klasse_gevolg' AS tabel, t.id
  FROM wlz.klasse_gevolg t
 WHERE t.meegeleverd
   AND NOT EXISTS (SELECT FROM pg_temp.meegeleverd_0_1_0_klasse_gevolg p WHERE ROW(p.*) IS NOT DISTINCT FROM ROW(t.*))
UNION ALL
SELECT 'tariefregel', t.id
  FROM wlz.tariefregel t
 WHERE t.meegeleverd
   AND NOT EXISTS (SELECT FROM pg_temp.meegeleverd_0_1_0_tariefregel p WHERE ROW(p.*) IS NOT DISTINCT FROM ROW(t.*));
UPDATE wlz.klasse_gevolg t SET meegeleverd = false
  FROM pg_temp.meegeleverd_0_1_0_eigen e WHERE e.tabel = 'klasse_gevolg' AND e.id = t.id;
UPDATE wlz.tariefregel t SET meegeleverd = false
  FROM pg_temp.meegeleverd_0_1_0_eigen e WHERE e.tabel = 'tariefregel' AND e.id = t.id;

-- A user's row may have the key of a shipped row: keys include meegeleverd,
-- and the zorgkantoor code is no longer unique, so the foreign keys go.
ALTER TABLE wlz.termijnkalender DROP CONSTRAINT termijnkalender_zorgkantoor_fkey;
ALTER TABLE wlz.klasse_gevolg DROP CONSTRAINT klasse_gevolg_zorgkantoor_fkey;
ALTER TABLE wlz.tariefregel DROP CONSTRAINT tariefregel_zorgkantoor_fkey;

-- The shipped rows of 0.1.0 go now (the load below brings 0.2.0's), so that
-- the constraints of 0.2.0 hold for what remains: the user's rows.
DELETE FROM wlz.zorgkantoor WHERE meegeleverd;
DELETE FROM wlz.richttarief WHERE meegeleverd;
DELETE FROM wlz.prestatie WHERE meegeleverd;
DELETE FROM wlz.termijnkalender WHERE meegeleverd;
DELETE FROM wlz.klasse_gevolg WHERE meegeleverd;
DELETE FROM wlz.tariefregel WHERE meegeleverd;

ALTER TABLE wlz.zorgkantoor
    ALTER COLUMN naam DROP NOT NULL,
    ADD COLUMN actief boolean,
    DROP CONSTRAINT zorgkantoor_pkey,
    ADD CONSTRAINT zorgkantoor_pkey PRIMARY KEY (code, meegeleverd),
    ADD CONSTRAINT zorgkantoor_naam_check CHECK (naam IS NOT NULL OR NOT actief);

ALTER TABLE wlz.richttarief
    ALTER COLUMN percentage DROP NOT NULL,
    ADD COLUMN actief boolean,
    DROP CONSTRAINT richttarief_pkey,
    ADD CONSTRAINT richttarief_pkey PRIMARY KEY (sector, jaar, meegeleverd),
    ADD CONSTRAINT richttarief_percentage_nodig_check CHECK (percentage IS NOT NULL OR NOT actief);

ALTER TABLE wlz.prestatie
    ADD COLUMN actief boolean,
    DROP CONSTRAINT prestatie_pkey,
    ADD CONSTRAINT prestatie_pkey PRIMARY KEY (code, meegeleverd);

ALTER TABLE wlz.termijnkalender
    ADD COLUMN actief boolean,
    DROP CONSTRAINT termijnkalender_vast_of_relatief,
    ADD CONSTRAINT termijnkalender_vast_of_relatief CHECK (
        (uiterst IS NOT NULL AND na_stap IS NULL AND termijn IS NULL AND NOT atw)
        OR (uiterst IS NULL AND na_stap IS NOT NULL AND termijn IS NOT NULL)
        OR (uiterst IS NULL AND na_stap IS NULL AND termijn IS NULL AND NOT atw)
        OR NOT actief),
    ADD CONSTRAINT termijnkalender_id_check CHECK ((id < 0) = meegeleverd);
-- A row without uiterst and na_stap is an event that only the caller can date
-- (wlz.uiterste_na); the comments say so, as in src/sql/wlzcontract.sql.
COMMENT ON TABLE wlz.termijnkalender IS
  'inkooptijdpaden: per zorgkantoor, sector en inkoopjaar de stappen met hun uiterste moment, vast (uiterst), als termijn na een andere stap (na_stap + termijn), of een gebeurtenis die alleen de gebruiker kan dateren (uiterst, na_stap en termijn leeg: een verzoek, een melding, de ingangsdatum van een overeenkomst); wlz.uiterste rekent een stap uit, wlz.uiterste_na een stap die op een gebeurtenis volgt';
COMMENT ON COLUMN wlz.termijnkalender.uiterst IS
  'vast uiterste moment (een datum zonder tijd is het einde van die dag in Europe/Amsterdam); NULL bij een relatieve stap en bij een gebeurtenis (uiterst, na_stap en termijn alle drie NULL: een moment dat alleen de gebruiker kent, door te geven aan wlz.uiterste_na)';
COMMENT ON COLUMN wlz.termijnkalender.na_stap IS
  'relatieve stap: de stap (zelfde zorgkantoor en inkoopjaar) waarna de termijn loopt; dat kan een gebeurtenis zijn (een rij zonder uiterst en na_stap), dan rekent wlz.uiterste_na vanaf het moment dat de gebruiker meegeeft';

ALTER TABLE wlz.klasse_gevolg
    ALTER COLUMN zorgkantoor DROP NOT NULL,
    ALTER COLUMN jaar DROP NOT NULL,
    ALTER COLUMN klasse DROP NOT NULL,
    ALTER COLUMN onderwerp DROP NOT NULL,
    ALTER COLUMN omschrijving DROP NOT NULL,
    ADD COLUMN actief boolean,
    ADD COLUMN vervangt integer,
    ADD CONSTRAINT klasse_gevolg_id_check CHECK ((id < 0) = meegeleverd),
    ADD CONSTRAINT klasse_gevolg_vervangt_check CHECK (vervangt IS NULL OR (vervangt < 0 AND NOT meegeleverd)),
    ADD CONSTRAINT klasse_gevolg_nodig_check CHECK (
        (zorgkantoor IS NOT NULL AND jaar IS NOT NULL AND klasse IS NOT NULL
         AND onderwerp IS NOT NULL AND omschrijving IS NOT NULL)
        OR (NOT actief AND vervangt IS NOT NULL));

ALTER TABLE wlz.tariefregel
    ALTER COLUMN zorgkantoor DROP NOT NULL,
    ALTER COLUMN jaar DROP NOT NULL,
    ALTER COLUMN volgorde DROP NOT NULL,
    ALTER COLUMN bewerking DROP NOT NULL,
    ADD COLUMN actief boolean,
    ADD COLUMN vervangt integer,
    ADD CONSTRAINT tariefregel_id_check CHECK ((id < 0) = meegeleverd),
    ADD CONSTRAINT tariefregel_vervangt_check CHECK (vervangt IS NULL OR (vervangt < 0 AND NOT meegeleverd)),
    ADD CONSTRAINT tariefregel_nodig_check CHECK (
        (zorgkantoor IS NOT NULL AND jaar IS NOT NULL AND volgorde IS NOT NULL
         AND bewerking IS NOT NULL)
        OR (NOT actief AND vervangt IS NOT NULL));

-- actief without a "missing value" (a fast default), so that the catalog is
-- the one a fresh install has: the tables are small, fill it and then set it.
UPDATE wlz.zorgkantoor SET actief = true;
UPDATE wlz.richttarief SET actief = true;
UPDATE wlz.prestatie SET actief = true;
UPDATE wlz.termijnkalender SET actief = true;
UPDATE wlz.klasse_gevolg SET actief = true;
UPDATE wlz.tariefregel SET actief = true;
ALTER TABLE wlz.zorgkantoor ALTER COLUMN actief SET DEFAULT true, ALTER COLUMN actief SET NOT NULL;
ALTER TABLE wlz.richttarief ALTER COLUMN actief SET DEFAULT true, ALTER COLUMN actief SET NOT NULL;
ALTER TABLE wlz.prestatie ALTER COLUMN actief SET DEFAULT true, ALTER COLUMN actief SET NOT NULL;
ALTER TABLE wlz.termijnkalender ALTER COLUMN actief SET DEFAULT true, ALTER COLUMN actief SET NOT NULL;
ALTER TABLE wlz.klasse_gevolg ALTER COLUMN actief SET DEFAULT true, ALTER COLUMN actief SET NOT NULL;
ALTER TABLE wlz.tariefregel ALTER COLUMN actief SET DEFAULT true, ALTER COLUMN actief SET NOT NULL;

-- A changed shipped row with an id replaces the row that now ships with -id.
UPDATE wlz.klasse_gevolg t SET vervangt = -t.id
  FROM pg_temp.meegeleverd_0_1_0_eigen e
 WHERE e.tabel = 'klasse_gevolg' AND e.id = t.id
   AND EXISTS (SELECT FROM pg_temp.meegeleverd_0_1_0_klasse_gevolg p WHERE p.id = t.id);
UPDATE wlz.tariefregel t SET vervangt = -t.id
  FROM pg_temp.meegeleverd_0_1_0_eigen e
 WHERE e.tabel = 'tariefregel' AND e.id = t.id
   AND EXISTS (SELECT FROM pg_temp.meegeleverd_0_1_0_tariefregel p WHERE p.id = t.id);

-- Issue 15: a rule or a class consequence may hold for several years (jaar
-- tot en met tot_en_met), and a maximum or minimum may take its bound from the
-- RT%, the historical percentage or the regular answer (basis). Plain columns
-- without a default, so the catalog is that of a fresh install; new columns of
-- wlz.tariefregel rather than labels of wlz.bewerking, which could not be used
-- by the shipped rows that this same transaction loads.
ALTER TABLE wlz.tariefregel
    ADD COLUMN tot_en_met integer,
    ADD COLUMN basis text,
    ADD CONSTRAINT tariefregel_tot_en_met_check CHECK (tot_en_met >= jaar),
    ADD CONSTRAINT tariefregel_basis_check CHECK (basis IN ('richttarief', 'historisch', 'regulier')),
    ADD CONSTRAINT tariefregel_basis_bewerking_check
        CHECK (basis IS NULL OR bewerking IN ('maximum', 'minimum'));
ALTER TABLE wlz.klasse_gevolg
    ADD COLUMN tot_en_met integer,
    ADD CONSTRAINT klasse_gevolg_tot_en_met_check CHECK (tot_en_met >= jaar);
COMMENT ON TYPE wlz.bewerking IS
  'wat een tariefregel met het percentage doet: richttarief (:= RT%), vast (:= waarde), historisch (:= historisch percentage), opslag (+ waarde procentpunt), afslag (- waarde procentpunt), factor (x waarde / 100), maximum en minimum (grens waarde, of RT% als waarde NULL is; met wlz.tariefregel.basis: basis + waarde)';
COMMENT ON TABLE wlz.tariefregel IS
  'tariefbeleid per zorgkantoor, sector en jaar (of jaren: jaar tot en met tot_en_met) als geordende regels; wlz.tariefpercentage past ze toe vanaf het RT%';
COMMENT ON COLUMN wlz.tariefregel.jaar IS 'tariefjaar; met tot_en_met het eerste jaar waarin de regel geldt';
COMMENT ON COLUMN wlz.tariefregel.waarde IS 'percentage of procentpunten voor de bewerking (niet gebruikt bij richttarief en historisch); bij maximum en minimum met een basis: procentpunten bij die basis';
COMMENT ON COLUMN wlz.tariefregel.tot_en_met IS
  'het laatste tariefjaar waarin de regel geldt, als het document er meer noemt (CZ "Tariefsystematiek 2024 tot en met 2026": jaar 2024, tot_en_met 2026); NULL: alleen jaar';
COMMENT ON COLUMN wlz.tariefregel.basis IS
  'alleen bij maximum en minimum: waar de grens van uitgaat, grens = basis + waarde (waarde NULL: + 0); richttarief: het RT%; historisch: het meegegeven historische percentage (zonder dat geldt de regel niet); regulier: wat dezelfde aanroep zonder historisch percentage geeft (de regels zonder historisch-regels); NULL: de grens is waarde, of het RT% als waarde NULL is';
COMMENT ON COLUMN wlz.klasse_gevolg.jaar IS
  'inkoopjaar: het jaar waarvoor het document inkoopt (2025 voor een inschrijving in juli 2024); met tot_en_met het eerste jaar waarvoor de rij geldt';
COMMENT ON COLUMN wlz.klasse_gevolg.tot_en_met IS
  'het laatste inkoopjaar waarvoor de rij geldt, als het document er meer noemt (93,9% "2024-2026": jaar 2024, tot_en_met 2026); NULL: alleen jaar';

ALTER FUNCTION wlz.versie() STABLE;
