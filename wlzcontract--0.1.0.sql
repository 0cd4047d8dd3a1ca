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

-- The calendar is computed in C (easter by the Gregorian computus), 1965-2199;
-- no table, so everything here is IMMUTABLE.

CREATE FUNCTION wlz.feestdagen(jaar integer)
RETURNS TABLE (datum date, naam text)
AS 'MODULE_PATHNAME', 'wlz_feestdagen'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 9;
COMMENT ON FUNCTION wlz.feestdagen(integer) IS
  'de algemeen erkende feestdagen van de Algemene termijnenwet (art. 3, met Goede Vrijdag en elk jaar 5 mei) in een jaar van 1965 tot en met 2199, op datumvolgorde';

CREATE FUNCTION wlz.is_feestdag(date)
RETURNS boolean
AS 'MODULE_PATHNAME', 'wlz_is_feestdag'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.is_feestdag(date) IS
  'true als de dag een feestdag van de Algemene termijnenwet is (ook op een zaterdag of zondag); 1965-2199';

CREATE FUNCTION wlz.is_werkdag(date)
RETURNS boolean
AS 'MODULE_PATHNAME', 'wlz_is_werkdag'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.is_werkdag(date) IS
  'true voor maandag tot en met vrijdag als het geen feestdag van de Algemene termijnenwet is; 1965-2199';

CREATE FUNCTION wlz.werkdagen(van date, tot date)
RETURNS integer
AS 'MODULE_PATHNAME', 'wlz_werkdagen'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.werkdagen(date, date) IS
  'aantal werkdagen d met van < d <= tot; negatief als tot voor van ligt';

CREATE FUNCTION wlz.werkdag_van_maand(maand date, n integer)
RETURNS date
AS 'MODULE_PATHNAME', 'wlz_werkdag_van_maand'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.werkdag_van_maand(date, integer) IS
  'de n-de werkdag van de maand waarin maand valt (bijvoorbeeld de 17e werkdag voor declaraties)';

-- ---------------------------------------------------------------------------
-- Termijn: het type wlz.termijn, rekenen en termijneinden (src/termijn.c, SPEC 2.2-2.3)
-- ---------------------------------------------------------------------------

-- The type: a signed whole amount and a unit, 4 bytes, passed by value.

CREATE TYPE wlz.termijn;

CREATE FUNCTION wlz.termijn_in(cstring)
RETURNS wlz.termijn
AS 'MODULE_PATHNAME', 'wlz_termijn_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.termijn_in(cstring) IS 'invoerfunctie van wlz.termijn';

CREATE FUNCTION wlz.termijn_out(wlz.termijn)
RETURNS cstring
AS 'MODULE_PATHNAME', 'wlz_termijn_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.termijn_out(wlz.termijn) IS 'uitvoerfunctie van wlz.termijn (canoniek Nederlands)';

CREATE FUNCTION wlz.termijn_recv(internal)
RETURNS wlz.termijn
AS 'MODULE_PATHNAME', 'wlz_termijn_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.termijn_recv(internal) IS 'binaire invoer van wlz.termijn (controleert als de invoerfunctie)';

CREATE FUNCTION wlz.termijn_send(wlz.termijn)
RETURNS bytea
AS 'MODULE_PATHNAME', 'wlz_termijn_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.termijn_send(wlz.termijn) IS 'binaire uitvoer van wlz.termijn';

CREATE TYPE wlz.termijn (
    INPUT = wlz.termijn_in,
    OUTPUT = wlz.termijn_out,
    RECEIVE = wlz.termijn_recv,
    SEND = wlz.termijn_send,
    INTERNALLENGTH = 4,
    PASSEDBYVALUE,
    ALIGNMENT = int4,
    STORAGE = plain,
    -- timespan, like interval, which stays the preferred type: an untyped
    -- literal in now() + '1 day' keeps meaning interval with wlz on the path
    CATEGORY = 'T'
);
COMMENT ON TYPE wlz.termijn IS
  'termijn zoals de documenten hem schrijven: een geheel aantal (negatief telt terug) en een eenheid: kalenderdagen, werkdagen, weken, maanden, jaren of uren (''20 kalenderdagen'', ''5 werkdagen'', ''-24 uur'')';

CREATE CAST (text AS wlz.termijn) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (text AS wlz.termijn) IS 'tekst naar termijn, zoals de invoerfunctie';
CREATE CAST (wlz.termijn AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (wlz.termijn AS text) IS 'termijn naar canonieke Nederlandse tekst';

-- Comparison: structural, by unit (kalenderdagen, werkdagen, weken, maanden,
-- jaren, uren), then by amount.

CREATE FUNCTION wlz.termijn_eq(wlz.termijn, wlz.termijn) RETURNS boolean
AS 'MODULE_PATHNAME', 'wlz_termijn_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION wlz.termijn_eq(wlz.termijn, wlz.termijn) IS 'gelijk: dezelfde eenheid en hetzelfde aantal';
CREATE FUNCTION wlz.termijn_ne(wlz.termijn, wlz.termijn) RETURNS boolean
AS 'MODULE_PATHNAME', 'wlz_termijn_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION wlz.termijn_ne(wlz.termijn, wlz.termijn) IS 'ongelijk';
CREATE FUNCTION wlz.termijn_lt(wlz.termijn, wlz.termijn) RETURNS boolean
AS 'MODULE_PATHNAME', 'wlz_termijn_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION wlz.termijn_lt(wlz.termijn, wlz.termijn) IS 'kleiner dan (op eenheid, dan aantal)';
CREATE FUNCTION wlz.termijn_le(wlz.termijn, wlz.termijn) RETURNS boolean
AS 'MODULE_PATHNAME', 'wlz_termijn_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION wlz.termijn_le(wlz.termijn, wlz.termijn) IS 'kleiner dan of gelijk aan (op eenheid, dan aantal)';
CREATE FUNCTION wlz.termijn_gt(wlz.termijn, wlz.termijn) RETURNS boolean
AS 'MODULE_PATHNAME', 'wlz_termijn_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION wlz.termijn_gt(wlz.termijn, wlz.termijn) IS 'groter dan (op eenheid, dan aantal)';
CREATE FUNCTION wlz.termijn_ge(wlz.termijn, wlz.termijn) RETURNS boolean
AS 'MODULE_PATHNAME', 'wlz_termijn_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION wlz.termijn_ge(wlz.termijn, wlz.termijn) IS 'groter dan of gelijk aan (op eenheid, dan aantal)';
CREATE FUNCTION wlz.termijn_cmp(wlz.termijn, wlz.termijn) RETURNS integer
AS 'MODULE_PATHNAME', 'wlz_termijn_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION wlz.termijn_cmp(wlz.termijn, wlz.termijn) IS 'vergelijking voor btree: -1, 0 of 1';
CREATE FUNCTION wlz.termijn_sortsupport(internal) RETURNS void
AS 'MODULE_PATHNAME', 'wlz_termijn_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.termijn_sortsupport(internal) IS 'sorteerondersteuning voor btree';
CREATE FUNCTION wlz.termijn_hash(wlz.termijn) RETURNS integer
AS 'MODULE_PATHNAME', 'wlz_termijn_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION wlz.termijn_hash(wlz.termijn) IS
  'hashwaarde; verandert nooit tussen versies (definitie in README en src/termijn.c)';
CREATE FUNCTION wlz.termijn_hash_extended(wlz.termijn, bigint) RETURNS bigint
AS 'MODULE_PATHNAME', 'wlz_termijn_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION wlz.termijn_hash_extended(wlz.termijn, bigint) IS
  '64-bits hashwaarde met seed (hashpartities); verandert nooit tussen versies';

CREATE OPERATOR wlz.= (
    LEFTARG = wlz.termijn, RIGHTARG = wlz.termijn, PROCEDURE = wlz.termijn_eq,
    COMMUTATOR = OPERATOR(wlz.=), NEGATOR = OPERATOR(wlz.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR wlz.= (wlz.termijn, wlz.termijn) IS 'gelijk: dezelfde eenheid en hetzelfde aantal (''7 kalenderdagen'' is niet ''1 week'')';
CREATE OPERATOR wlz.<> (
    LEFTARG = wlz.termijn, RIGHTARG = wlz.termijn, PROCEDURE = wlz.termijn_ne,
    COMMUTATOR = OPERATOR(wlz.<>), NEGATOR = OPERATOR(wlz.=),
    RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR wlz.<> (wlz.termijn, wlz.termijn) IS 'ongelijk';
CREATE OPERATOR wlz.< (
    LEFTARG = wlz.termijn, RIGHTARG = wlz.termijn, PROCEDURE = wlz.termijn_lt,
    COMMUTATOR = OPERATOR(wlz.>), NEGATOR = OPERATOR(wlz.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR wlz.< (wlz.termijn, wlz.termijn) IS 'kleiner dan (op eenheid, dan aantal)';
CREATE OPERATOR wlz.<= (
    LEFTARG = wlz.termijn, RIGHTARG = wlz.termijn, PROCEDURE = wlz.termijn_le,
    COMMUTATOR = OPERATOR(wlz.>=), NEGATOR = OPERATOR(wlz.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR wlz.<= (wlz.termijn, wlz.termijn) IS 'kleiner dan of gelijk aan (op eenheid, dan aantal)';
CREATE OPERATOR wlz.> (
    LEFTARG = wlz.termijn, RIGHTARG = wlz.termijn, PROCEDURE = wlz.termijn_gt,
    COMMUTATOR = OPERATOR(wlz.<), NEGATOR = OPERATOR(wlz.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR wlz.> (wlz.termijn, wlz.termijn) IS 'groter dan (op eenheid, dan aantal)';
CREATE OPERATOR wlz.>= (
    LEFTARG = wlz.termijn, RIGHTARG = wlz.termijn, PROCEDURE = wlz.termijn_ge,
    COMMUTATOR = OPERATOR(wlz.<=), NEGATOR = OPERATOR(wlz.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR wlz.>= (wlz.termijn, wlz.termijn) IS 'groter dan of gelijk aan (op eenheid, dan aantal)';

CREATE OPERATOR CLASS wlz.termijn_ops
DEFAULT FOR TYPE wlz.termijn USING btree AS
    OPERATOR 1 wlz.<,
    OPERATOR 2 wlz.<=,
    OPERATOR 3 wlz.=,
    OPERATOR 4 wlz.>=,
    OPERATOR 5 wlz.>,
    FUNCTION 1 wlz.termijn_cmp(wlz.termijn, wlz.termijn),
    FUNCTION 2 wlz.termijn_sortsupport(internal);
COMMENT ON OPERATOR CLASS wlz.termijn_ops USING btree IS
  'btree-operatorklasse van wlz.termijn: op eenheid (kalenderdagen, werkdagen, weken, maanden, jaren, uren), dan aantal';

CREATE OPERATOR CLASS wlz.termijn_ops
DEFAULT FOR TYPE wlz.termijn USING hash AS
    OPERATOR 1 wlz.=,
    FUNCTION 1 wlz.termijn_hash(wlz.termijn),
    FUNCTION 2 wlz.termijn_hash_extended(wlz.termijn, bigint);
COMMENT ON OPERATOR CLASS wlz.termijn_ops USING hash IS
  'hash-operatorklasse van wlz.termijn; de hashfunctie verandert nooit tussen versies';

-- Arithmetic (SPEC 2.2): no ATW here, only counting.

CREATE FUNCTION wlz.termijn_tegengestelde(wlz.termijn) RETURNS wlz.termijn
AS 'MODULE_PATHNAME', 'wlz_termijn_tegengestelde' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.termijn_tegengestelde(wlz.termijn) IS
  'dezelfde termijn de andere kant op (-t): d + t = d - (-t)';
CREATE OPERATOR wlz.- (RIGHTARG = wlz.termijn, PROCEDURE = wlz.termijn_tegengestelde);
COMMENT ON OPERATOR wlz.- (NONE, wlz.termijn) IS 'dezelfde termijn de andere kant op: -''24 uur'' is ''-24 uur''';

CREATE FUNCTION wlz.datum_plus_termijn(date, wlz.termijn) RETURNS date
AS 'MODULE_PATHNAME', 'wlz_datum_plus_termijn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.datum_plus_termijn(date, wlz.termijn) IS
  'datum plus termijn: kalenderdagen, weken, maanden en jaren als PostgreSQL, werkdagen volgens de feestdagen van de Algemene termijnenwet; uren op een datum geven een fout';
CREATE FUNCTION wlz.termijn_plus_datum(wlz.termijn, date) RETURNS date
AS 'MODULE_PATHNAME', 'wlz_termijn_plus_datum' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.termijn_plus_datum(wlz.termijn, date) IS 'termijn plus datum (als datum plus termijn)';
CREATE FUNCTION wlz.datum_min_termijn(date, wlz.termijn) RETURNS date
AS 'MODULE_PATHNAME', 'wlz_datum_min_termijn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.datum_min_termijn(date, wlz.termijn) IS 'datum min termijn: datum plus de tegengestelde termijn';

CREATE OPERATOR wlz.+ (
    LEFTARG = date, RIGHTARG = wlz.termijn, PROCEDURE = wlz.datum_plus_termijn,
    COMMUTATOR = OPERATOR(wlz.+)
);
COMMENT ON OPERATOR wlz.+ (date, wlz.termijn) IS
  'datum plus termijn (''5 werkdagen'': de vijfde werkdag na de datum); zonder verlenging door de Algemene termijnenwet';
CREATE OPERATOR wlz.+ (
    LEFTARG = wlz.termijn, RIGHTARG = date, PROCEDURE = wlz.termijn_plus_datum,
    COMMUTATOR = OPERATOR(wlz.+)
);
COMMENT ON OPERATOR wlz.+ (wlz.termijn, date) IS 'termijn plus datum';
CREATE OPERATOR wlz.- (
    LEFTARG = date, RIGHTARG = wlz.termijn, PROCEDURE = wlz.datum_min_termijn
);
COMMENT ON OPERATOR wlz.- (date, wlz.termijn) IS 'datum min termijn (terugrekenen)';

CREATE FUNCTION wlz.tijdstip_plus_termijn(timestamptz, wlz.termijn) RETURNS timestamptz
AS 'MODULE_PATHNAME', 'wlz_tijdstip_plus_termijn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tijdstip_plus_termijn(timestamptz, wlz.termijn) IS
  'tijdstip plus termijn: uren als verstreken tijd; andere eenheden verschuiven de datum in Europe/Amsterdam en houden de kloktijd, ook over zomer- en wintertijd; hangt niet af van TimeZone';
CREATE FUNCTION wlz.termijn_plus_tijdstip(wlz.termijn, timestamptz) RETURNS timestamptz
AS 'MODULE_PATHNAME', 'wlz_termijn_plus_tijdstip' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.termijn_plus_tijdstip(wlz.termijn, timestamptz) IS 'termijn plus tijdstip (als tijdstip plus termijn)';
CREATE FUNCTION wlz.tijdstip_min_termijn(timestamptz, wlz.termijn) RETURNS timestamptz
AS 'MODULE_PATHNAME', 'wlz_tijdstip_min_termijn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tijdstip_min_termijn(timestamptz, wlz.termijn) IS 'tijdstip min termijn: tijdstip plus de tegengestelde termijn';

CREATE OPERATOR wlz.+ (
    LEFTARG = timestamptz, RIGHTARG = wlz.termijn, PROCEDURE = wlz.tijdstip_plus_termijn,
    COMMUTATOR = OPERATOR(wlz.+)
);
COMMENT ON OPERATOR wlz.+ (timestamptz, wlz.termijn) IS
  'tijdstip plus termijn: uren exact, andere eenheden op de kalender van Europe/Amsterdam met dezelfde kloktijd';
CREATE OPERATOR wlz.+ (
    LEFTARG = wlz.termijn, RIGHTARG = timestamptz, PROCEDURE = wlz.termijn_plus_tijdstip,
    COMMUTATOR = OPERATOR(wlz.+)
);
COMMENT ON OPERATOR wlz.+ (wlz.termijn, timestamptz) IS 'termijn plus tijdstip';
CREATE OPERATOR wlz.- (
    LEFTARG = timestamptz, RIGHTARG = wlz.termijn, PROCEDURE = wlz.tijdstip_min_termijn
);
COMMENT ON OPERATOR wlz.- (timestamptz, wlz.termijn) IS 'tijdstip min termijn (terugrekenen)';

-- End of a term and timeliness (SPEC 2.3), all in Europe/Amsterdam.

CREATE FUNCTION wlz.einde_dag(date) RETURNS timestamptz
AS 'MODULE_PATHNAME', 'wlz_einde_dag' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.einde_dag(date) IS
  'het laatste moment van de dag in Europe/Amsterdam (23:59:59.999999 lokale tijd)';

CREATE FUNCTION wlz.lokaal(date, time) RETURNS timestamptz
AS 'MODULE_PATHNAME', 'wlz_lokaal' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.lokaal(date, time) IS
  'die kloktijd op die dag in Europe/Amsterdam (''2025-06-13'', ''12:00''), ongeacht TimeZone';

CREATE FUNCTION wlz.termijn_einde(begin timestamptz, t wlz.termijn, atw boolean DEFAULT false)
RETURNS timestamptz
AS 'MODULE_PATHNAME', 'wlz_termijn_einde' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.termijn_einde(timestamptz, wlz.termijn, boolean) IS
  'einde van een termijn die op begin ingaat: uren op het exacte moment, andere eenheden aan het einde van de laatste dag (Europe/Amsterdam); met atw verlengd volgens de Algemene termijnenwet (art. 1, 2 en 4; niet bij terugrekenen)';

CREATE FUNCTION wlz.termijn_einde(begin date, t wlz.termijn, atw boolean DEFAULT false)
RETURNS timestamptz
AS 'MODULE_PATHNAME', 'wlz_termijn_einde_datum' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.termijn_einde(date, wlz.termijn, boolean) IS
  'einde van een termijn die loopt vanaf het einde van de dag begin (de dag zelf telt niet mee); uren geven hier een fout; met atw verlengd volgens de Algemene termijnenwet';

CREATE FUNCTION wlz.tijdig(ingediend timestamptz, uiterste_dag date) RETURNS boolean
AS 'MODULE_PATHNAME', 'wlz_tijdig' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tijdig(timestamptz, date) IS
  'true als ingediend uiterlijk aan het einde van uiterste_dag (Europe/Amsterdam) ligt';

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

