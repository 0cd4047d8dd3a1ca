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
-- Tarief: bedragen, beleidsregels en het richttariefmodel (src/tarief.c,
-- src/tariefregel.c, src/richttarief.c, src/zorgprofiel.c; SPEC 4-5)
-- ---------------------------------------------------------------------------

-- Amounts (SPEC 4.1): exact numeric arithmetic, rounded once, half away from zero.

CREATE FUNCTION wlz.tarief(nza_tarief numeric, percentage numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'wlz_tarief'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tarief(numeric, numeric) IS
  'tarief = nza_tarief x percentage / 100, afgerond op centen (half van nul af); percentage buiten 0-100 geeft fout 22023';

CREATE FUNCTION wlz.tarief(zorg numeric, nhc numeric, nic numeric, percentage numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'wlz_tarief_componenten'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tarief(numeric, numeric, numeric, numeric) IS
  'tarief = component zorg x percentage / 100 (afgerond op centen) + NHC + NIC tegen 100 %';

-- Volume (SPEC 5).

CREATE FUNCTION wlz.extrapolatie(realisatie numeric, realisatie_laatste_maand numeric, laatste_maand date)
RETURNS numeric
AS 'MODULE_PATHNAME', 'wlz_extrapolatie'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.extrapolatie(numeric, numeric, date) IS
  'realisatie tot en met de maand van laatste_maand, doorgetrokken naar het hele jaar tegen het dagtempo van die maand: realisatie + realisatie_laatste_maand / dagen in die maand x resterende dagen van het jaar (CZ: jan-jun + juni / 30 x 184)';

-- The richttarief model (SPEC 4.3): an aggregate over the providers of a sector.

CREATE FUNCTION wlz.richttariefpercentage_stap(internal, numeric, numeric)
RETURNS internal
AS 'MODULE_PATHNAME', 'wlz_richttariefpercentage_stap'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION wlz.richttariefpercentage_stap(internal, numeric, numeric) IS
  'overgangsfunctie van wlz.richttariefpercentage(kostenpercentage, marktaandeel)';
CREATE FUNCTION wlz.richttariefpercentage_stap(internal, numeric, numeric, numeric)
RETURNS internal
AS 'MODULE_PATHNAME', 'wlz_richttariefpercentage_stap'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION wlz.richttariefpercentage_stap(internal, numeric, numeric, numeric) IS
  'overgangsfunctie van wlz.richttariefpercentage(kostenpercentage, marktaandeel, norm)';
CREATE FUNCTION wlz.richttariefpercentage_samenvoegen(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'wlz_richttariefpercentage_samenvoegen'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION wlz.richttariefpercentage_samenvoegen(internal, internal) IS
  'combinatiefunctie van wlz.richttariefpercentage (parallel aggregeren)';
CREATE FUNCTION wlz.richttariefpercentage_serialiseer(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'wlz_richttariefpercentage_serialiseer'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.richttariefpercentage_serialiseer(internal) IS
  'serialisatie van de toestand van wlz.richttariefpercentage (parallel aggregeren)';
CREATE FUNCTION wlz.richttariefpercentage_deserialiseer(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'wlz_richttariefpercentage_deserialiseer'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.richttariefpercentage_deserialiseer(bytea, internal) IS
  'deserialisatie van de toestand van wlz.richttariefpercentage (parallel aggregeren)';
CREATE FUNCTION wlz.richttariefpercentage_uitkomst(internal)
RETURNS numeric
AS 'MODULE_PATHNAME', 'wlz_richttariefpercentage_uitkomst'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION wlz.richttariefpercentage_uitkomst(internal) IS
  'eindfunctie van wlz.richttariefpercentage';

CREATE AGGREGATE wlz.richttariefpercentage(kostenpercentage numeric, marktaandeel numeric) (
    SFUNC = wlz.richttariefpercentage_stap,
    STYPE = internal,
    FINALFUNC = wlz.richttariefpercentage_uitkomst,
    COMBINEFUNC = wlz.richttariefpercentage_samenvoegen,
    SERIALFUNC = wlz.richttariefpercentage_serialiseer,
    DESERIALFUNC = wlz.richttariefpercentage_deserialiseer,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE wlz.richttariefpercentage(numeric, numeric) IS
  'richttariefmodel: het kleinste kostenpercentage p waarbij ten minste 75 % van de aanbieders naar aantal en ten minste 75 % naar marktaandeel een kostenpercentage <= p heeft; NULL zonder rijen';

CREATE AGGREGATE wlz.richttariefpercentage(kostenpercentage numeric, marktaandeel numeric, norm numeric) (
    SFUNC = wlz.richttariefpercentage_stap,
    STYPE = internal,
    FINALFUNC = wlz.richttariefpercentage_uitkomst,
    COMBINEFUNC = wlz.richttariefpercentage_samenvoegen,
    SERIALFUNC = wlz.richttariefpercentage_serialiseer,
    DESERIALFUNC = wlz.richttariefpercentage_deserialiseer,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE wlz.richttariefpercentage(numeric, numeric, numeric) IS
  'richttariefmodel met een eigen norm (0 < norm <= 1, gelijk in alle rijen) in plaats van 0,75';

-- Zorgprofielen: COD163 labels (compiled in, so the normaliser is IMMUTABLE).

CREATE FUNCTION wlz.zorgprofiel(text)
RETURNS text
AS 'MODULE_PATHNAME', 'wlz_zorgprofiel'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.zorgprofiel(text) IS
  'het iWlz COD163-label van een zorgprofiel (''4VG'', ''9VV B'', ''5GGZ W'', ''VG7+'') uit de schrijfwijzen van de documenten (''VG4'', ''W5'', ''GGZ-W5'', ''9bVV'', ''GGZWonen1'', ''ZZP 7 VG'') of een COD163-code (''806''); onbekend geeft fout 22P02';

CREATE FUNCTION wlz.zorgprofiel(text[])
RETURNS text[]
AS 'MODULE_PATHNAME', 'wlz_zorgprofiel_array'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.zorgprofiel(text[]) IS
  'wlz.zorgprofiel(text) voor elk element van een lijst (NULL-elementen blijven NULL)';

-- The policy tables (SPEC 4.2) and the rule engine over them.

CREATE TYPE wlz.bewerking AS ENUM
  ('richttarief', 'vast', 'historisch', 'opslag', 'afslag', 'factor', 'maximum', 'minimum');
COMMENT ON TYPE wlz.bewerking IS
  'wat een tariefregel met het percentage doet: richttarief (:= RT%), vast (:= waarde), historisch (:= historisch percentage), opslag (+ waarde procentpunt), afslag (- waarde procentpunt), factor (x waarde / 100), maximum en minimum (grens waarde, of RT% als waarde NULL is)';

-- The engine reads wlz.zorgkantoor, wlz.richttarief, wlz.tariefregel and
-- wlz.prestatie once per (zorgkantoor, sector, jaar) and query (src/tariefregel.c).

CREATE FUNCTION wlz.tariefpercentage(
    zorgkantoor text, sector wlz.sector, jaar integer,
    prestatie text DEFAULT NULL, zorgprofiel text DEFAULT NULL,
    leveringsvorm wlz.leveringsvorm DEFAULT NULL,
    klasse wlz.aanbiederklasse DEFAULT 'bestaand',
    historisch numeric DEFAULT NULL, kenmerken text[] DEFAULT '{}')
RETURNS numeric
AS 'MODULE_PATHNAME', 'wlz_tariefpercentage'
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tariefpercentage(text, wlz.sector, integer, text, text, wlz.leveringsvorm, wlz.aanbiederklasse, numeric, text[]) IS
  'tariefpercentage (van het NZa-maximumtarief) volgens wlz.tariefregel: vanaf het RT% van sector en jaar, de passende regels in volgorde, begrensd op 0-100; NULL in zorgkantoor, sector of jaar geeft fout 22004, een ontbrekend zorgkantoor of RT% fout P0002';

CREATE FUNCTION wlz.tariefpercentage_uitleg(
    zorgkantoor text, sector wlz.sector, jaar integer,
    prestatie text DEFAULT NULL, zorgprofiel text DEFAULT NULL,
    leveringsvorm wlz.leveringsvorm DEFAULT NULL,
    klasse wlz.aanbiederklasse DEFAULT 'bestaand',
    historisch numeric DEFAULT NULL, kenmerken text[] DEFAULT '{}')
RETURNS TABLE (stap integer, regel_id integer, bewerking wlz.bewerking, waarde numeric,
               resultaat numeric, bron text, toelichting text)
AS 'MODULE_PATHNAME', 'wlz_tariefpercentage_uitleg'
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION wlz.tariefpercentage_uitleg(text, wlz.sector, integer, text, text, wlz.leveringsvorm, wlz.aanbiederklasse, numeric, text[]) IS
  'waarom dit tariefpercentage: stap 0 is het RT% (vertrekpunt), daarna elke toegepaste regel met de waarde erna; een laatste rij zonder regel_id als de grens 0-100 het resultaat veranderde; het laatste resultaat is wlz.tariefpercentage';

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
    code          text PRIMARY KEY
                  CONSTRAINT prestatie_code_check CHECK (code <> '' AND code = pg_catalog.btrim(code)),
    sector        wlz.sector,
    zorgprofiel   text
                  CONSTRAINT prestatie_zorgprofiel_check
                  CHECK (zorgprofiel IS NULL OR wlz.zorgprofiel(zorgprofiel) IS NOT NULL),
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
COMMENT ON COLUMN wlz.prestatie.zorgprofiel IS 'zorgprofiel waar de prestatie bij hoort: een schrijfwijze die wlz.zorgprofiel kent (de meegeleverde rijen gebruiken het COD163-label)';
COMMENT ON COLUMN wlz.prestatie.leveringsvorm IS 'leveringsvorm waar de prestatie bij hoort';
COMMENT ON COLUMN wlz.prestatie.omschrijving IS 'omschrijving';
COMMENT ON COLUMN wlz.prestatie.iwlz_code IS 'iWlz-code (COD163 voor zorgprofielen)';
COMMENT ON COLUMN wlz.prestatie.bron IS 'document en regels waaruit de rij komt';
COMMENT ON COLUMN wlz.prestatie.toelichting IS 'vrije toelichting';
COMMENT ON COLUMN wlz.prestatie.meegeleverd IS
  'true voor rijen die de extensie meelevert; pg_dump bewaart alleen rijen met false';
SELECT pg_catalog.pg_extension_config_dump('wlz.prestatie', 'WHERE NOT meegeleverd');
GRANT SELECT ON wlz.prestatie TO PUBLIC;

-- Shipped prestaties: every zorgprofiel of COD163 (code = label), VG7+ and the
-- NZa prestatiecodes the documents name.
INSERT INTO wlz.prestatie (code, sector, zorgprofiel, leveringsvorm, omschrijving, iwlz_code,
                           bron, toelichting, meegeleverd) VALUES
  ('1VV', 'VV', '1VV', NULL, 'Beschut wonen met enige begeleiding', '750',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('2VV', 'VV', '2VV', NULL, 'Beschut wonen met begeleiding en verzorging', '751',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('3VV', 'VV', '3VV', NULL, 'Beschut wonen met begeleiding en intensieve verzorging', '752',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('4VV', 'VV', '4VV', NULL, 'Beschut wonen met intensieve begeleiding en uitgebreide verzorging', '753',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('5VV', 'VV', '5VV', NULL, 'Beschermd wonen met intensieve dementiezorg', '754',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('6VV', 'VV', '6VV', NULL, 'Beschermd wonen met intensieve verzorging en verpleging', '755',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('7VV', 'VV', '7VV', NULL, 'Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met nadruk op begeleiding', '756',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('8VV', 'VV', '8VV', NULL, 'Beschermd wonen met zeer intensieve zorg, vanwege specifieke aandoeningen, met de nadruk op verzorging/verpleging', '757',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('9VV', 'VV', '9VV', NULL, 'Herstelgerichte behandeling met verpleging en verzorging', '758',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('10VV', 'VV', '10VV', NULL, 'Beschermd verblijf met intensieve palliatief-terminale zorg', '759',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('9VV A', 'VV', '9VV A', NULL, 'Geriatrische revalidatiezorg', '190',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('9VV B', 'VV', '9VV B', NULL, 'Herstelgerichte behandeling met verpleging en verzorging', '191',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163); 003_4dfcc8dfa2c5951c.txt L750 (ZZP 9b)', NULL, true),
  ('1VG', 'GZ', '1VG', NULL, 'Wonen met enige begeleiding', '800',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('2VG', 'GZ', '2VG', NULL, 'Wonen met begeleiding', '802',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('3VG', 'GZ', '3VG', NULL, 'Wonen met begeleiding en verzorging', '804',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('4VG', 'GZ', '4VG', NULL, 'Wonen met begeleiding en intensieve verzorging', '806',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('5VG', 'GZ', '5VG', NULL, 'Wonen met intensieve begeleiding en intensieve verzorging', '808',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('6VG', 'GZ', '6VG', NULL, 'Wonen met intensieve begeleiding, verzorging en gedragsregulering', '810',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('7VG', 'GZ', '7VG', NULL, '(Besloten) wonen met zeer intensieve begeleiding, verzorging en gedragsregulering', '812',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163); 003_4dfcc8dfa2c5951c.txt L861 (ZZP 7 VG)', NULL, true),
  ('8VG', 'GZ', '8VG', NULL, 'Wonen met begeleiding en volledige verzorging en verpleging', '814',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('1LVG', 'GZ', '1LVG', NULL, 'Wonen met enige behandeling en begeleiding', '780',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('2LVG', 'GZ', '2LVG', NULL, 'Wonen met behandeling en begeleiding', '781',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('3LVG', 'GZ', '3LVG', NULL, 'Wonen met intensieve behandeling en begeleiding, kleine groep', '782',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('4LVG', 'GZ', '4LVG', NULL, 'Wonen met zeer intensieve behandeling en begeleiding', '783',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('5LVG', 'GZ', '5LVG', NULL, 'Besloten wonen met zeer intensieve behandeling en begeleiding', '784',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('1SGLVG', 'GZ', '1SGLVG', NULL, 'Behandeling in een SGLVG-behandelcentrum', '790',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163); 000_5a856cd43381b77b.txt L125 (SGLVG)', NULL, true),
  ('1LG', 'GZ', '1LG', NULL, 'Wonen met enige begeleiding en enige verzorging', '820',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('2LG', 'GZ', '2LG', NULL, 'Wonen met begeleiding en enige verzorging', '822',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('3LG', 'GZ', '3LG', NULL, 'Wonen met enige begeleiding en verzorging', '824',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('4LG', 'GZ', '4LG', NULL, 'Wonen met begeleiding en verzorging', '826',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('5LG', 'GZ', '5LG', NULL, 'Wonen met begeleiding en intensieve verzorging', '828',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('6LG', 'GZ', '6LG', NULL, 'Wonen met intensieve begeleiding en intensieve verzorging', '830',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('7LG', 'GZ', '7LG', NULL, 'Wonen met zeer intensieve begeleiding en zeer intensieve verzorging', '832',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('1ZGvis', 'GZ', '1ZGvis', NULL, 'Wonen met enige begeleiding en enige verzorging', '840',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('2ZGvis', 'GZ', '2ZGvis', NULL, 'Wonen met begeleiding en enige verzorging', '842',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('3ZGvis', 'GZ', '3ZGvis', NULL, 'Wonen met intensieve begeleiding en verzorging', '844',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('4ZGvis', 'GZ', '4ZGvis', NULL, 'Wonen met intensieve begeleiding en intensieve verzorging', '846',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('5ZGvis', 'GZ', '5ZGvis', NULL, 'Wonen met zeer intensieve begeleiding en zeer intensieve verzorging', '848',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163); 000_5a856cd43381b77b.txt L125 (5ZGVIS)', NULL, true),
  ('1ZGaud', 'GZ', '1ZGaud', NULL, 'Wonen met begeleiding en enige verzorging', '850',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('2ZGaud', 'GZ', '2ZGaud', NULL, 'Wonen met intensieve begeleiding en verzorging', '852',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('3ZGaud', 'GZ', '3ZGaud', NULL, 'Wonen met intensieve begeleiding en intensieve verzorging', '854',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163); 000_5a856cd43381b77b.txt L125', NULL, true),
  ('4ZGaud', 'GZ', '4ZGaud', NULL, 'Wonen met intensieve begeleiding en enige verzorging', '856',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('1GGZ B', 'GGZ', '1GGZ B', NULL, 'Voortgezet verblijf met beleiding', '860',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('2GGZ B', 'GGZ', '2GGZ B', NULL, 'Voortgezet verblijf met structuur en uitgebreide begeleiding', '862',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('3GGZ B', 'GGZ', '3GGZ B', NULL, 'Voortgezet verblijf met intensieve begeleiding', '864',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('4GGZ B', 'GGZ', '4GGZ B', NULL, 'Voortgezet verblijf met intensieve begeleiding en verzorging', '766',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('5GGZ B', 'GGZ', '5GGZ B', NULL, 'Voortgezet verblijf met intensieve begeleiding en gedragsregulering', '768',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('6GGZ B', 'GGZ', '6GGZ B', NULL, 'Voortgezet verblijf met intensieve begeleiding en intensieve verpleging en verzorging', '770',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('7GGZ B', 'GGZ', '7GGZ B', NULL, 'Beveiligd voortgezet verblijf vanwege extreme gedragsproblematiek met zeer intensieve begeleiding', '772',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163); 001_984eca5123cbd441.txt L1031-1033 (B7)', NULL, true),
  ('1GGZ C', 'GGZ', '1GGZ C', NULL, 'Beschermd wonen met begeleiding', '760',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('2GGZ C', 'GGZ', '2GGZ C', NULL, 'Gestructureerd beschermd wonen met uitgebreide begeleiding', '762',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('3GGZ C', 'GGZ', '3GGZ C', NULL, 'Beschermd wonen met intensieve begeleiding', '764',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('4GGZ C', 'GGZ', '4GGZ C', NULL, 'Gestructureerd beschermd wonen met intensieve begeleiding en verzorging', '866',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('5GGZ C', 'GGZ', '5GGZ C', NULL, 'Beschermd wonen met intensieve begeleiding en gedragsregulering', '868',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('6GGZ C', 'GGZ', '6GGZ C', NULL, 'Beschermd wonen met intensieve begeleiding en intensieve verpleging en verzorging', '870',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('1GGZ W', 'GGZ', '1GGZ W', NULL, 'Wonen met intensieve begeleiding', '880',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163); 001_984eca5123cbd441.txt L1032-1033 (W1)', NULL, true),
  ('2GGZ W', 'GGZ', '2GGZ W', NULL, 'Wonen met intensieve begeleiding en verzorging', '882',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163); 001_984eca5123cbd441.txt L1032-1033 (W2)', NULL, true),
  ('3GGZ W', 'GGZ', '3GGZ W', NULL, 'Wonen met intensieve begeleiding en gedragsregulering', '884',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('4GGZ W', 'GGZ', '4GGZ W', NULL, 'Wonen met intensieve begeleiding en intensieve verpleging en verzorging', '886',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163)', NULL, true),
  ('5GGZ W', 'GGZ', '5GGZ W', NULL, 'Beveiligd Wonen vanwege extreme gedragsproblematiek met zeer intensieve begeleiding', '888',
   'iWlz 2.4 codelijst COD163 (informatiemodel.istandaarden.nl/informatiemodel/iwlz/estafette/2.4/codelijsten/cod163); 001_984eca5123cbd441.txt L1031-1033 (W5)', NULL, true),
  ('VG7+', 'GZ', 'VG7+', NULL, 'VG7+: aparte NZa-prestatie voor VG7-cliënten die aan de prestatiebeschrijving voldoen, per 1 januari 2026', NULL,
   '003_4dfcc8dfa2c5951c.txt L1003; 000_5a856cd43381b77b.txt L57; 002_f8c218839efa0959.txt L1112', 'geen COD163-code in iWlz 2.4; niet te combineren met de toeslagen Z911-Z915, Z919, Z975-Z980 (003 L1015-1020)', true),
  ('Z472', 'GZ', NULL, NULL, 'complexe zorg (Menzis: gegarandeerd aanbod complexe doelgroepen)', NULL,
   '000_5a856cd43381b77b.txt L146', NULL, true),
  ('Z473', 'GZ', NULL, NULL, 'complexe zorg (Menzis: gegarandeerd aanbod complexe doelgroepen)', NULL,
   '000_5a856cd43381b77b.txt L146', NULL, true),
  ('Z1007', 'GGZ', NULL, NULL, 'beveiligde zorg', NULL,
   '001_984eca5123cbd441.txt L1031-1033, L1046', NULL, true),
  ('Z1008', 'GGZ', NULL, NULL, 'beveiligde zorg', NULL,
   '001_984eca5123cbd441.txt L1031-1033, L1046', NULL, true),
  ('Z911', NULL, NULL, NULL, 'toeslag MFC en observatie', NULL,
   '003_4dfcc8dfa2c5951c.txt L1019', 'sector niet vermeld; genoemd bij VG7+ (GZ)', true),
  ('Z912', NULL, NULL, NULL, 'toeslag MFC en observatie', NULL,
   '003_4dfcc8dfa2c5951c.txt L1019', 'sector niet vermeld; genoemd bij VG7+ (GZ)', true),
  ('Z913', NULL, NULL, NULL, 'toeslag dagbesteding', NULL,
   '003_4dfcc8dfa2c5951c.txt L1018', 'sector niet vermeld; genoemd bij VG7+ (GZ)', true),
  ('Z914', NULL, NULL, NULL, 'toeslag dagbesteding', NULL,
   '003_4dfcc8dfa2c5951c.txt L1018', 'sector niet vermeld; genoemd bij VG7+ (GZ); valt binnen "Z913 tm Z915"', true),
  ('Z915', NULL, NULL, NULL, 'toeslag dagbesteding', NULL,
   '003_4dfcc8dfa2c5951c.txt L1018', 'sector niet vermeld; genoemd bij VG7+ (GZ)', true),
  ('Z919', NULL, NULL, NULL, 'toeslag dagbesteding', NULL,
   '003_4dfcc8dfa2c5951c.txt L1018', 'sector niet vermeld; genoemd bij VG7+ (GZ)', true),
  ('Z975', NULL, NULL, NULL, 'toeslag gespecialiseerde epilepsiezorg (laag)', NULL,
   '003_4dfcc8dfa2c5951c.txt L1020', 'sector niet vermeld; genoemd bij VG7+ (GZ); laag/midden/hoog naar de volgorde van de opsomming', true),
  ('Z976', NULL, NULL, NULL, 'toeslag gespecialiseerde epilepsiezorg (midden)', NULL,
   '003_4dfcc8dfa2c5951c.txt L1020', 'sector niet vermeld; genoemd bij VG7+ (GZ); laag/midden/hoog naar de volgorde van de opsomming', true),
  ('Z977', NULL, NULL, NULL, 'toeslag gespecialiseerde epilepsiezorg (hoog)', NULL,
   '003_4dfcc8dfa2c5951c.txt L1020', 'sector niet vermeld; genoemd bij VG7+ (GZ); laag/midden/hoog naar de volgorde van de opsomming', true),
  ('Z978', NULL, NULL, NULL, 'toeslag woonzorg', NULL,
   '003_4dfcc8dfa2c5951c.txt L1017', 'sector niet vermeld; genoemd bij VG7+ (GZ)', true),
  ('Z979', NULL, NULL, NULL, 'toeslag woonzorg', NULL,
   '003_4dfcc8dfa2c5951c.txt L1017', 'sector niet vermeld; genoemd bij VG7+ (GZ); valt binnen "Z978 tm Z980"', true),
  ('Z980', NULL, NULL, NULL, 'toeslag woonzorg', NULL,
   '003_4dfcc8dfa2c5951c.txt L1017', 'sector niet vermeld; genoemd bij VG7+ (GZ)', true),
  ('H335', NULL, NULL, NULL, 'Wlz-behandeling (SO/AVG; PA/VS onder voorwaarden)', NULL,
   '003_4dfcc8dfa2c5951c.txt L96', 'sector niet vermeld', true),
  ('H336', NULL, NULL, NULL, 'Wlz-behandeling (SO/AVG; PA/VS onder voorwaarden)', NULL,
   '003_4dfcc8dfa2c5951c.txt L96', 'sector niet vermeld', true);

CREATE TABLE wlz.tariefregel (
    id              integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    zorgkantoor     text NOT NULL REFERENCES wlz.zorgkantoor (code) ON UPDATE CASCADE,
    sector          wlz.sector,
    jaar            integer NOT NULL,
    volgorde        integer NOT NULL,
    klassen         wlz.aanbiederklasse[]
                    CONSTRAINT tariefregel_klassen_check
                    CHECK (pg_catalog.cardinality(klassen) > 0
                           AND pg_catalog.array_position(klassen, NULL) IS NULL),
    leveringsvormen wlz.leveringsvorm[]
                    CONSTRAINT tariefregel_leveringsvormen_check
                    CHECK (pg_catalog.cardinality(leveringsvormen) > 0
                           AND pg_catalog.array_position(leveringsvormen, NULL) IS NULL),
    zorgprofielen   text[]
                    CONSTRAINT tariefregel_zorgprofielen_check
                    CHECK (zorgprofielen IS NULL
                           OR (pg_catalog.cardinality(zorgprofielen) > 0
                               AND pg_catalog.array_position(zorgprofielen, NULL) IS NULL
                               AND wlz.zorgprofiel(zorgprofielen) IS NOT NULL)),
    prestaties      text[]
                    CONSTRAINT tariefregel_prestaties_check
                    CHECK (pg_catalog.cardinality(prestaties) > 0
                           AND pg_catalog.array_position(prestaties, NULL) IS NULL),
    kenmerk         text
                    CONSTRAINT tariefregel_kenmerk_check CHECK (kenmerk <> ''),
    groep           text
                    CONSTRAINT tariefregel_groep_check CHECK (groep <> ''),
    bewerking       wlz.bewerking NOT NULL,
    waarde          numeric
                    CONSTRAINT tariefregel_waarde_eindig_check
                    CHECK (waarde > '-Infinity' AND waarde < 'Infinity'),
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
COMMENT ON COLUMN wlz.tariefregel.zorgprofielen IS 'geldt voor deze zorgprofielen, in elke schrijfwijze die wlz.zorgprofiel kent (''W5'' = ''5GGZ W''; NULL: alle)';
COMMENT ON COLUMN wlz.tariefregel.prestaties IS 'geldt voor deze prestatiecodes (NULL: alle)';
COMMENT ON COLUMN wlz.tariefregel.kenmerk IS 'geldt alleen als de aanbieder dit kenmerk heeft (NULL: altijd); ''historisch'' als een historisch percentage is meegegeven';
COMMENT ON COLUMN wlz.tariefregel.groep IS 'van passende regels met dezelfde groep geldt alleen de eerste';
COMMENT ON COLUMN wlz.tariefregel.bewerking IS 'wat de regel doet (wlz.bewerking)';
COMMENT ON COLUMN wlz.tariefregel.waarde IS 'percentage of procentpunten voor de bewerking (niet gebruikt bij richttarief en historisch)';
COMMENT ON COLUMN wlz.tariefregel.eindregel IS 'stop na deze regel';
COMMENT ON COLUMN wlz.tariefregel.bron IS 'document en regels waaruit de rij komt';
COMMENT ON COLUMN wlz.tariefregel.toelichting IS 'hoe de tekst is gelezen, waar die dubbelzinnig is';
COMMENT ON COLUMN wlz.tariefregel.meegeleverd IS
  'true voor rijen die de extensie meelevert; pg_dump bewaart alleen rijen met false';
CREATE INDEX tariefregel_zorgkantoor_jaar_idx ON wlz.tariefregel (zorgkantoor, jaar, volgorde);
SELECT pg_catalog.pg_extension_config_dump('wlz.tariefregel', 'WHERE NOT meegeleverd');
SELECT pg_catalog.pg_extension_config_dump('wlz.tariefregel_id_seq', '');
GRANT SELECT ON wlz.tariefregel TO PUBLIC;

