/*
 * wlzcontract--0.1.0.sql
 *	  Install script of wlzcontract 0.1.0 (schema wlz, see wlzcontract.control).
 *
 * Conventions (checked by test/lint.sql):
 *	- every object is schema-qualified and has a COMMENT;
 *	- C functions carry their strictest true volatility, STRICT where NULL has
 *	  no meaning, and PARALLEL SAFE;
 *	- SQL and PL/pgSQL functions pin search_path; nothing is SECURITY DEFINER;
 *	- shipped tables are registered with pg_extension_config_dump so that
 *	  rows users add (meegeleverd = false) survive pg_dump, and PUBLIC may
 *	  read them.
 */

\echo Use "CREATE EXTENSION wlzcontract" to load this file. \quit

GRANT USAGE ON SCHEMA wlz TO PUBLIC;
COMMENT ON SCHEMA wlz IS 'wlzcontract: Wlz zorginkoop (tarieven, aanbiederklassen, termijnen)';

-- ---------------------------------------------------------------------------
-- Basis: library version, the enums every part uses, the zorgkantoren
-- ---------------------------------------------------------------------------

CREATE FUNCTION wlz.versie()
RETURNS text
AS 'MODULE_PATHNAME', 'wlz_versie'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.versie() IS
  'versie van de geladen C-bibliotheek; hoort gelijk te zijn aan extversion in pg_extension';

CREATE TYPE wlz.sector AS ENUM ('VV', 'GZ', 'GGZ');
COMMENT ON TYPE wlz.sector IS
  'Wlz-sector: VV (verpleging en verzorging), GZ (gehandicaptenzorg), GGZ (langdurige ggz)';

CREATE TYPE wlz.leveringsvorm AS ENUM ('verblijf', 'vpt', 'mpt', 'dtv');
COMMENT ON TYPE wlz.leveringsvorm IS
  'leveringsvorm in natura (iWlz-code): verblijf (4), vpt volledig pakket thuis (5), mpt modulair pakket thuis (7), dtv deeltijdverblijf (8)';

CREATE TYPE wlz.aanbiederklasse AS ENUM ('bestaand', 'bestaand-maar-nieuw', 'nieuw');
COMMENT ON TYPE wlz.aanbiederklasse IS
  'klasse van een zorgaanbieder voor een zorgkantoor: bestaand, bestaand-maar-nieuw (nieuw voor dit zorgkantoor, wel een overeenkomst elders) of nieuw';

CREATE TABLE wlz.zorgkantoor (
    code        text PRIMARY KEY
                CONSTRAINT zorgkantoor_code_check CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    naam        text NOT NULL,
    regios      text[],
    bron        text,
    toelichting text,
    meegeleverd boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE wlz.zorgkantoor IS
  'zorgkantoren, met als sleutel een slug in kleine letters (''zilverenkruis'', ''cz'', ...); voeg eigen rijen toe';
COMMENT ON COLUMN wlz.zorgkantoor.code IS 'sleutel: kleine letters, cijfers en koppeltekens';
COMMENT ON COLUMN wlz.zorgkantoor.naam IS 'naam zoals de documenten hem schrijven';
COMMENT ON COLUMN wlz.zorgkantoor.regios IS 'zorgkantoorregio''s, voor zover een document ze noemt (NULL: niet genoemd)';
COMMENT ON COLUMN wlz.zorgkantoor.bron IS 'document en regels waaruit de rij komt';
COMMENT ON COLUMN wlz.zorgkantoor.toelichting IS 'vrije toelichting';
COMMENT ON COLUMN wlz.zorgkantoor.meegeleverd IS
  'true voor rijen die de extensie meelevert; pg_dump bewaart alleen rijen met false';

INSERT INTO wlz.zorgkantoor (code, naam, regios, bron, toelichting, meegeleverd) VALUES
  ('zilverenkruis', 'Zilveren Kruis',
   ARRAY['Amsterdam', 'Apeldoorn/Zutphen e.o.', 'Drenthe', 'Flevoland', 'Friesland',
         '''t Gooi incl. Almere', 'Kennemerland', 'Rotterdam', 'Utrecht',
         'Zaanstreek Waterland', 'Zwolle'],
   '000_5a856cd43381b77b.txt L63; 001_984eca5123cbd441.txt L1449-1461 (regio''s), L3142 (Zilveren Kruis Zorgkantoor N.V.)',
   'regio''s volgens het GGZ-inkoopbeleid 2024-2026 (actualisatie 2025)', true),
  ('cz', 'CZ',
   ARRAY['Haaglanden', 'Zuid-Hollandse eilanden', 'Zeeland', 'West-Brabant',
         'Zuidoost-Brabant', 'Zuid-Limburg'],
   '000_5a856cd43381b77b.txt L64; 002_f8c218839efa0959.txt L53-56 (regio''s), L597-598 (zes zorgkantoorregio''s)',
   'regio''s volgens het GZ-zorginkoopdocument 2024-2026, inkoopjaar 2026', true),
  ('vgz', 'VGZ', NULL,
   '000_5a856cd43381b77b.txt L65',
   'het VGN-overzicht noemt geen regio''s', true),
  ('menzis', 'Menzis', NULL,
   '000_5a856cd43381b77b.txt L66',
   'het VGN-overzicht noemt geen regio''s', true),
  ('dsw', 'DSW', NULL,
   '000_5a856cd43381b77b.txt L344',
   'het VGN-overzicht noemt geen regio''s', true),
  ('zorgenzekerheid', 'Zorg en Zekerheid',
   ARRAY['Zuid-Holland Noord', 'Amstelland en de Meerlanden'],
   '000_5a856cd43381b77b.txt L345; 004_bd9ba15cba346436.txt L2-4, L33-35 (regio''s)',
   'regio''s volgens het regionale inkoopkader Wlz 2021-2023, aanvulling 2022', true),
  ('salland', 'Salland', NULL,
   '000_5a856cd43381b77b.txt L346',
   'het VGN-overzicht noemt geen regio''s', true);

SELECT pg_catalog.pg_extension_config_dump('wlz.zorgkantoor', 'WHERE NOT meegeleverd');
GRANT SELECT ON wlz.zorgkantoor TO PUBLIC;

-- ---------------------------------------------------------------------------
-- Kalender: ATW feestdagen en werkdagen (src/kalender.c, SPEC 2.1)
-- ---------------------------------------------------------------------------


-- ---------------------------------------------------------------------------
-- Termijn: het type wlz.termijn, rekenen en termijneinden (src/termijn.c, SPEC 2.2-2.3)
-- ---------------------------------------------------------------------------


-- ---------------------------------------------------------------------------
-- Termijnkalender: de inkooptijdpaden van de documenten (SPEC 2.4)
-- ---------------------------------------------------------------------------


-- ---------------------------------------------------------------------------
-- Klasse: aanbiederklasse en klassificatie (src/klasse.c, SPEC 3)
-- ---------------------------------------------------------------------------


-- ---------------------------------------------------------------------------
-- Tarief: bedragen, beleidsregels en het richttariefmodel (src/tarief.c, SPEC 4-5)
-- ---------------------------------------------------------------------------

-- The policy tables (SPEC 4.2). The functions over them follow below.

CREATE TYPE wlz.bewerking AS ENUM
  ('richttarief', 'vast', 'historisch', 'opslag', 'afslag', 'factor', 'maximum', 'minimum');
COMMENT ON TYPE wlz.bewerking IS
  'wat een tariefregel met het percentage doet: richttarief (:= RT%), vast (:= waarde), historisch (:= historisch percentage), opslag (+ waarde procentpunt), afslag (- waarde procentpunt), factor (x waarde / 100), maximum en minimum (grens waarde, of RT% als waarde NULL is)';

CREATE TABLE wlz.richttarief (
    sector        wlz.sector NOT NULL,
    jaar          integer NOT NULL,
    percentage    numeric NOT NULL
                  CONSTRAINT richttarief_percentage_check CHECK (percentage BETWEEN 0 AND 100),
    bekendgemaakt date,
    bron          text,
    toelichting   text,
    meegeleverd   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (sector, jaar)
);
COMMENT ON TABLE wlz.richttarief IS
  'het landelijke richttariefpercentage (RT%) per sector en jaar; voeg het percentage van een nieuw jaar toe zodra het bekend is';
COMMENT ON COLUMN wlz.richttarief.sector IS 'sector';
COMMENT ON COLUMN wlz.richttarief.jaar IS 'tariefjaar';
COMMENT ON COLUMN wlz.richttarief.percentage IS 'richttariefpercentage van het NZa-maximumtarief (0-100)';
COMMENT ON COLUMN wlz.richttarief.bekendgemaakt IS 'datum van bekendmaking';
COMMENT ON COLUMN wlz.richttarief.bron IS 'document en regels waaruit de rij komt';
COMMENT ON COLUMN wlz.richttarief.toelichting IS 'vrije toelichting';
COMMENT ON COLUMN wlz.richttarief.meegeleverd IS
  'true voor rijen die de extensie meelevert; pg_dump bewaart alleen rijen met false';
SELECT pg_catalog.pg_extension_config_dump('wlz.richttarief', 'WHERE NOT meegeleverd');
GRANT SELECT ON wlz.richttarief TO PUBLIC;

CREATE TABLE wlz.prestatie (
    code          text PRIMARY KEY,
    sector        wlz.sector,
    zorgprofiel   text,
    leveringsvorm wlz.leveringsvorm,
    omschrijving  text,
    iwlz_code     text,
    bron          text,
    toelichting   text,
    meegeleverd   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE wlz.prestatie IS
  'zorgprofielen (iWlz COD163-labels en VG7+) en NZa-prestatiecodes; vult in wlz.tariefpercentage zorgprofiel en leveringsvorm aan';
COMMENT ON COLUMN wlz.prestatie.code IS 'prestatiecode of zorgprofiellabel (''Z472'', ''4VG'', ''VG7+'')';
COMMENT ON COLUMN wlz.prestatie.sector IS 'sector (NULL: niet aan een sector gebonden)';
COMMENT ON COLUMN wlz.prestatie.zorgprofiel IS 'zorgprofiel (COD163-label) waar de prestatie bij hoort';
COMMENT ON COLUMN wlz.prestatie.leveringsvorm IS 'leveringsvorm waar de prestatie bij hoort';
COMMENT ON COLUMN wlz.prestatie.omschrijving IS 'omschrijving';
COMMENT ON COLUMN wlz.prestatie.iwlz_code IS 'iWlz-code (COD163 voor zorgprofielen)';
COMMENT ON COLUMN wlz.prestatie.bron IS 'document en regels waaruit de rij komt';
COMMENT ON COLUMN wlz.prestatie.toelichting IS 'vrije toelichting';
COMMENT ON COLUMN wlz.prestatie.meegeleverd IS
  'true voor rijen die de extensie meelevert; pg_dump bewaart alleen rijen met false';
SELECT pg_catalog.pg_extension_config_dump('wlz.prestatie', 'WHERE NOT meegeleverd');
GRANT SELECT ON wlz.prestatie TO PUBLIC;

CREATE TABLE wlz.tariefregel (
    id              integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    zorgkantoor     text NOT NULL REFERENCES wlz.zorgkantoor (code) ON UPDATE CASCADE,
    sector          wlz.sector,
    jaar            integer NOT NULL,
    volgorde        integer NOT NULL,
    klassen         wlz.aanbiederklasse[],
    leveringsvormen wlz.leveringsvorm[],
    zorgprofielen   text[],
    prestaties      text[],
    kenmerk         text,
    groep           text,
    bewerking       wlz.bewerking NOT NULL,
    waarde          numeric,
    eindregel       boolean NOT NULL DEFAULT false,
    bron            text,
    toelichting     text,
    meegeleverd     boolean NOT NULL DEFAULT false,
    CONSTRAINT tariefregel_waarde_check
        CHECK (waarde IS NOT NULL OR bewerking NOT IN ('vast', 'opslag', 'afslag', 'factor'))
);
COMMENT ON TABLE wlz.tariefregel IS
  'tariefbeleid per zorgkantoor, sector en jaar als geordende regels; wlz.tariefpercentage past ze toe vanaf het RT%';
COMMENT ON COLUMN wlz.tariefregel.id IS 'regelnummer (gegenereerd)';
COMMENT ON COLUMN wlz.tariefregel.zorgkantoor IS 'zorgkantoor (wlz.zorgkantoor.code)';
COMMENT ON COLUMN wlz.tariefregel.sector IS 'sector (NULL: alle sectoren)';
COMMENT ON COLUMN wlz.tariefregel.jaar IS 'tariefjaar';
COMMENT ON COLUMN wlz.tariefregel.volgorde IS 'volgorde van toepassen (oplopend; bij gelijke volgorde het laagste id eerst)';
COMMENT ON COLUMN wlz.tariefregel.klassen IS 'geldt voor deze aanbiederklassen (NULL: alle)';
COMMENT ON COLUMN wlz.tariefregel.leveringsvormen IS 'geldt voor deze leveringsvormen (NULL: alle)';
COMMENT ON COLUMN wlz.tariefregel.zorgprofielen IS 'geldt voor deze zorgprofielen, COD163-labels (NULL: alle)';
COMMENT ON COLUMN wlz.tariefregel.prestaties IS 'geldt voor deze prestatiecodes (NULL: alle)';
COMMENT ON COLUMN wlz.tariefregel.kenmerk IS 'geldt alleen als de aanbieder dit kenmerk heeft (NULL: altijd); ''historisch'' als een historisch percentage is meegegeven';
COMMENT ON COLUMN wlz.tariefregel.groep IS 'van passende regels met dezelfde groep geldt alleen de eerste';
COMMENT ON COLUMN wlz.tariefregel.bewerking IS 'wat de regel doet (wlz.bewerking)';
COMMENT ON COLUMN wlz.tariefregel.waarde IS 'percentage of procentpunten voor de bewerking';
COMMENT ON COLUMN wlz.tariefregel.eindregel IS 'stop na deze regel';
COMMENT ON COLUMN wlz.tariefregel.bron IS 'document en regels waaruit de rij komt';
COMMENT ON COLUMN wlz.tariefregel.toelichting IS 'hoe de tekst is gelezen, waar die dubbelzinnig is';
COMMENT ON COLUMN wlz.tariefregel.meegeleverd IS
  'true voor rijen die de extensie meelevert; pg_dump bewaart alleen rijen met false';
CREATE INDEX tariefregel_zorgkantoor_jaar_idx ON wlz.tariefregel (zorgkantoor, jaar, volgorde);
SELECT pg_catalog.pg_extension_config_dump('wlz.tariefregel', 'WHERE NOT meegeleverd');
SELECT pg_catalog.pg_extension_config_dump('wlz.tariefregel_id_seq', '');
GRANT SELECT ON wlz.tariefregel TO PUBLIC;

