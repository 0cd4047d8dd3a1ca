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

