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

-- One row per step of a procurement timetable: a fixed moment (uiterst) or a
-- term after another step (na_stap + termijn), resolved by wlz.uiterste.
-- zorgkantoor NULL holds the national (ZN / all zorgkantoren) steps: a
-- zorgkantoor without a row of its own for a step falls back to them.
-- Shipped rows and user rows may share a key: the user row wins, so a user
-- records an actual publication date in a row of their own, which pg_dump keeps.

CREATE TABLE wlz.termijnkalender (
    id          integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    zorgkantoor text REFERENCES wlz.zorgkantoor (code) ON UPDATE CASCADE,
    sector      wlz.sector,
    inkoopjaar  integer NOT NULL,
    stap        text NOT NULL
                CONSTRAINT termijnkalender_stap_check CHECK (stap ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    uiterst     timestamptz,
    na_stap     text
                CONSTRAINT termijnkalender_na_stap_check
                CHECK (na_stap ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND na_stap <> stap),
    termijn     wlz.termijn,
    atw         boolean NOT NULL DEFAULT false,
    bron        text,
    toelichting text,
    meegeleverd boolean NOT NULL DEFAULT false,
    CONSTRAINT termijnkalender_vast_of_relatief CHECK (
        (uiterst IS NOT NULL AND na_stap IS NULL AND termijn IS NULL AND NOT atw)
        OR (uiterst IS NULL AND na_stap IS NOT NULL AND termijn IS NOT NULL)),
    CONSTRAINT termijnkalender_stap_uniek
        UNIQUE NULLS NOT DISTINCT (zorgkantoor, sector, inkoopjaar, stap, meegeleverd)
);
COMMENT ON TABLE wlz.termijnkalender IS
  'inkooptijdpaden: per zorgkantoor, sector en inkoopjaar de stappen met hun uiterste moment, vast (uiterst) of als termijn na een andere stap (na_stap + termijn); wlz.uiterste rekent een stap uit';
COMMENT ON COLUMN wlz.termijnkalender.id IS 'rijnummer (gegenereerd)';
COMMENT ON COLUMN wlz.termijnkalender.zorgkantoor IS
  'zorgkantoor (wlz.zorgkantoor.code); NULL: landelijk (ZN, alle zorgkantoren), geldt voor elk zorgkantoor dat de stap zelf niet heeft';
COMMENT ON COLUMN wlz.termijnkalender.sector IS
  'sector (NULL: alle sectoren); een rij voor de gevraagde sector gaat voor de rij voor alle sectoren';
COMMENT ON COLUMN wlz.termijnkalender.inkoopjaar IS
  'het jaar waarvoor wordt ingekocht (de stappen zelf vallen meestal in het jaar ervoor)';
COMMENT ON COLUMN wlz.termijnkalender.stap IS
  'naam van de stap, kleine letters met koppeltekens (''vragen'', ''nota-van-inlichtingen'', ''bezwaar-richttarief'', ...; lijst in README)';
COMMENT ON COLUMN wlz.termijnkalender.uiterst IS
  'vast uiterste moment (een datum zonder tijd is het einde van die dag in Europe/Amsterdam); NULL bij een relatieve stap';
COMMENT ON COLUMN wlz.termijnkalender.na_stap IS
  'relatieve stap: de stap (zelfde zorgkantoor en inkoopjaar) waarna de termijn loopt';
COMMENT ON COLUMN wlz.termijnkalender.termijn IS
  'relatieve stap: de termijn na na_stap (''20 kalenderdagen'', ''5 werkdagen'', ''-24 uur'' telt terug)';
COMMENT ON COLUMN wlz.termijnkalender.atw IS
  'relatieve stap: Algemene termijnenwet toepassen (verlenging over weekend en feestdagen, zie wlz.termijn_einde); de documenten zeggen dat nergens, dus false op de meegeleverde rijen';
COMMENT ON COLUMN wlz.termijnkalender.bron IS 'document en regels waaruit de rij komt';
COMMENT ON COLUMN wlz.termijnkalender.toelichting IS
  'hoe de tekst is gelezen, en waar het document zichzelf tegenspreekt';
COMMENT ON COLUMN wlz.termijnkalender.meegeleverd IS
  'true voor rijen die de extensie meelevert; pg_dump bewaart alleen rijen met false; een eigen rij gaat voor een meegeleverde rij met dezelfde sleutel';
CREATE INDEX termijnkalender_stap_idx ON wlz.termijnkalender (inkoopjaar, stap);
SELECT pg_catalog.pg_extension_config_dump('wlz.termijnkalender', 'WHERE NOT meegeleverd');
SELECT pg_catalog.pg_extension_config_dump('wlz.termijnkalender_id_seq', '');
GRANT SELECT ON wlz.termijnkalender TO PUBLIC;

-- wlz.uiterste: follow na_stap until a fixed moment, then apply the terms on
-- the way back. Every lookup prefers, in this order: the zorgkantoor's own row
-- over the national one, the row for the sector over the all-sector row, a
-- user row over a shipped one. The referenced step is looked up the same way,
-- so a zorgkantoor's own publication date moves the terms that hang on it.
-- A call without sector takes the all-sector row; where only sector rows
-- exist it takes them when they are of one sector, and then stays in that
-- sector; rows of several sectors make the call ambiguous (P0002).
CREATE FUNCTION wlz.uiterste(zorgkantoor text, inkoopjaar integer, stap text,
                             sector wlz.sector DEFAULT NULL)
RETURNS timestamptz
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $uiterste$
DECLARE
    zk          text := uiterste.zorgkantoor;
    jaar        integer := uiterste.inkoopjaar;
    huidig      text := uiterste.stap;
    sec         wlz.sector := uiterste.sector;
    r           record;
    ids         integer[] := '{}';
    stappen     text[] := '{}';
    termijnen   wlz.termijn[] := '{}';
    atws        boolean[] := '{}';
    sectoren    wlz.sector[];
    wie         text;
    tip         text;
    moment      timestamptz;
    i           integer;
BEGIN
    IF jaar IS NULL OR huidig IS NULL THEN
        RETURN NULL;
    END IF;
    IF zk IS NOT NULL AND NOT EXISTS (SELECT FROM wlz.zorgkantoor z WHERE z.code = zk) THEN
        RAISE EXCEPTION 'zorgkantoor "%" does not exist', zk
            USING ERRCODE = 'P0002',
                  HINT = format('Use a code from wlz.zorgkantoor (%s), or NULL for the national (ZN) steps.',
                                (SELECT string_agg(z.code, ', ' ORDER BY z.code) FROM wlz.zorgkantoor z));
    END IF;
    wie := CASE WHEN zk IS NULL THEN 'the national (ZN) steps'
                ELSE format('zorgkantoor "%s"', zk) END;

    LOOP
        SELECT t.id, t.zorgkantoor, t.sector, t.uiterst, t.na_stap, t.termijn, t.atw
          INTO r
          FROM wlz.termijnkalender t
         WHERE t.inkoopjaar = jaar
           AND t.stap = huidig
           AND (t.zorgkantoor = zk OR t.zorgkantoor IS NULL)
           AND (t.sector = sec OR t.sector IS NULL OR sec IS NULL)
         ORDER BY t.zorgkantoor IS NULL, t.sector IS DISTINCT FROM sec, t.meegeleverd, t.sector
         LIMIT 1;

        IF NOT FOUND THEN
            SELECT array_agg(DISTINCT t.sector) INTO sectoren
              FROM wlz.termijnkalender t
             WHERE t.inkoopjaar = jaar AND t.stap = huidig
               AND (t.zorgkantoor = zk OR t.zorgkantoor IS NULL);
            IF cardinality(ids) = 0 THEN
                SELECT format('Steps for %s in inkoopjaar %s%s: %s.', wie, jaar,
                              CASE WHEN sec IS NOT NULL THEN format(' and sector %s', sec) ELSE '' END,
                              string_agg(DISTINCT t.stap, ', ' ORDER BY t.stap))
                  INTO tip
                  FROM wlz.termijnkalender t
                 WHERE t.inkoopjaar = jaar
                   AND (t.zorgkantoor = zk OR t.zorgkantoor IS NULL)
                   AND (t.sector = sec OR t.sector IS NULL OR sec IS NULL)
                HAVING count(*) > 0;
                IF tip IS NULL AND sec IS NOT NULL THEN
                    SELECT format('wlz.termijnkalender has no steps for %s in inkoopjaar %s and sector %s; it has steps for sector %s.',
                                  wie, jaar, sec, array_to_string(array_agg(DISTINCT t.sector), ', '))
                      INTO tip
                      FROM wlz.termijnkalender t
                     WHERE t.inkoopjaar = jaar
                       AND (t.zorgkantoor = zk OR t.zorgkantoor IS NULL)
                    HAVING count(*) > 0;
                END IF;
                IF tip IS NULL THEN
                    SELECT format('wlz.termijnkalender has no steps for %s in inkoopjaar %s%s.', wie, jaar,
                                  CASE WHEN count(*) > 0
                                       THEN format('; it has steps for inkoopjaar %s',
                                                   string_agg(DISTINCT t.inkoopjaar::text, ', ' ORDER BY t.inkoopjaar::text))
                                       ELSE '' END)
                      INTO tip
                      FROM wlz.termijnkalender t
                     WHERE t.zorgkantoor = zk OR t.zorgkantoor IS NULL;
                END IF;
                IF sectoren IS NOT NULL THEN
                    RAISE EXCEPTION 'step "%" does not exist for % in inkoopjaar % and sector %',
                                    huidig, wie, jaar, sec
                        USING ERRCODE = 'P0002',
                              DETAIL = format('The step exists only for sector %s.',
                                              array_to_string(sectoren, ', ')),
                              HINT = tip;
                END IF;
                RAISE EXCEPTION 'step "%" does not exist for % in inkoopjaar %', huidig, wie, jaar
                    USING ERRCODE = 'P0002', HINT = tip;
            END IF;
            RAISE EXCEPTION 'step "%" refers to step "%", which does not exist for % in inkoopjaar %',
                            stappen[cardinality(stappen)], huidig, wie, jaar
                USING ERRCODE = 'P0002',
                      DETAIL = format('The steps refer to each other as %s -> %s.',
                                      array_to_string(stappen, ' -> '), huidig),
                      HINT = format('Add a row for step "%s" with its moment in uiterst, or compute the term from a moment you know with wlz.termijn_einde(moment, %L).',
                                    huidig, termijnen[cardinality(termijnen)]::text);
        END IF;

        IF r.id = ANY (ids) THEN
            RAISE EXCEPTION 'cycle in wlz.termijnkalender at step "%" for % in inkoopjaar %', huidig, wie, jaar
                USING ERRCODE = '42P17',
                      DETAIL = format('The steps refer to each other as %s -> %s.',
                                      array_to_string(stappen, ' -> '), huidig),
                      HINT = 'Give one of these steps a fixed moment (uiterst) instead of na_stap and termijn.';
        END IF;

        -- Without a sector the all-sector row is wanted; sector rows of one
        -- sector will do, rows of several sectors make the call ambiguous.
        IF sec IS NULL AND r.sector IS NOT NULL THEN
            SELECT array_agg(DISTINCT t.sector) INTO sectoren
              FROM wlz.termijnkalender t
             WHERE t.inkoopjaar = jaar AND t.stap = huidig
               AND t.zorgkantoor IS NOT DISTINCT FROM r.zorgkantoor;
            IF cardinality(sectoren) > 1 THEN
                RAISE EXCEPTION 'step "%" for % in inkoopjaar % has no row for all sectors', huidig, wie, jaar
                    USING ERRCODE = 'P0002',
                          DETAIL = format('The step exists for sectors %s.', array_to_string(sectoren, ', ')),
                          HINT = format('Pass the sector, e.g. wlz.uiterste(%L, %s, %L, %L).',
                                        zk, jaar, uiterste.stap, sectoren[1]);
            END IF;
            sec := r.sector;
        END IF;

        ids := ids || r.id;
        stappen := stappen || huidig;
        EXIT WHEN r.na_stap IS NULL;
        termijnen := termijnen || r.termijn;
        atws := atws || r.atw;
        huidig := r.na_stap;
    END LOOP;

    moment := r.uiterst;
    FOR i IN REVERSE cardinality(termijnen) .. 1 LOOP
        moment := wlz.termijn_einde(moment, termijnen[i], atws[i]);
    END LOOP;
    RETURN moment;
END
$uiterste$;
COMMENT ON FUNCTION wlz.uiterste(text, integer, text, wlz.sector) IS
  'uiterste moment van een stap uit wlz.termijnkalender: een vaste rij geeft uiterst, een relatieve rij wlz.termijn_einde(uiterste van na_stap, termijn, atw); eigen zorgkantoor gaat voor landelijk (zorgkantoor NULL), sector voor alle sectoren, eigen rij voor meegeleverde; zonder sector de rij voor alle sectoren (of die van de enige sector die de stap heeft); onbekende stap P0002, kringverwijzing 42P17';

-- The shipped timetables. A date without a time is the end of that local day
-- (wlz.einde_dag), a clock time is wlz.lokaal: both independent of the
-- session's TimeZone. Relative terms stay relative, so that a user row with
-- an actual publication date moves every deadline that hangs on it. No
-- document applies the Algemene termijnenwet to its terms: atw stays false.
INSERT INTO wlz.termijnkalender
    (zorgkantoor, sector, inkoopjaar, stap, uiterst, na_stap, termijn, bron, toelichting, meegeleverd)
SELECT v.zorgkantoor, v.sector::wlz.sector, v.inkoopjaar, v.stap,
       CASE WHEN v.datum IS NULL THEN NULL
            WHEN v.tijd IS NULL THEN wlz.einde_dag(v.datum::date)
            ELSE wlz.lokaal(v.datum::date, v.tijd::time) END,
       v.na_stap, v.termijn::wlz.termijn, v.bron, v.toelichting, true
FROM (VALUES
  -- Zilveren Kruis, Wlz GGZ, inkoopjaar 2025: the 17 steps of chapter 6
  -- (001 L1695-1756) and the terms of its text.
  ('zilverenkruis', 'GGZ', 2025, 'inkoopbeleid-bekendmaking', '2024-05-31', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1697, L156-157, L1831',
   'stap 1: bekendmaking van het beleid voor contractering van Wlz-zorg 2025'),
  ('zilverenkruis', 'GGZ', 2025, 'vragen', '2024-06-13', '12:00', NULL, NULL,
   '001_984eca5123cbd441.txt L1699, L1769-1779',
   'stap 2: vragen voor de Nota van Inlichtingen "tot en met 13 juni 12:00 uur", alleen over gewijzigde delen en alleen met het formulier'),
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-voor-nota-van-inlichtingen', '2024-06-13', '12:00', NULL, NULL,
   '001_984eca5123cbd441.txt L1701, L1781-1801',
   'stap 3: vervaltermijn voor bezwaar tegen gewijzigde delen van het inkoopbeleid ("tot uiterlijk 13 juni 2024 12.00 uur"); later kan alleen nog een beroep worden gedaan op eigen, tijdig ingediende vragen en bezwaren'),
  ('zilverenkruis', 'GGZ', 2025, 'nota-van-inlichtingen', '2024-07-01', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1703, L1806-1809',
   'stap 4: publicatie van de Nota van Inlichtingen, "uiterlijk op 1 juli 2024"'),
  ('zilverenkruis', 'GGZ', 2025, 'inschrijving-opening', '2024-07-01', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1705',
   'stap 5: openstellen van de inkoopapplicatie voor inschrijving'),
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-inkoopbeleid', NULL, NULL, 'nota-van-inlichtingen', '20 kalenderdagen',
   '001_984eca5123cbd441.txt L1707, L1811-1822',
   'stap 6: vervaltermijn voor een kort geding tegen gewijzigde delen van het inkoopbeleid inclusief de Nota van Inlichtingen, "20 kalenderdagen na de dag van de publicatie" van de nota: 1-7-2024 + 20 = 21-7-2024, de datum van de tabel. 21-7-2024 is een zondag; het document verschuift niet (met de Algemene termijnenwet zou het maandag 22-7-2024 zijn)'),
  ('zilverenkruis', 'GGZ', 2025, 'verzoek-overeenkomst-per-sector', '2024-07-04', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1482-1488',
   'verzoek om afzonderlijke overeenkomsten per sector "voor 5 juli 2024", gelezen als vóór 5 juli, dus uiterlijk 4 juli'),
  ('zilverenkruis', 'GGZ', 2025, 'aanmelding-nieuwe-aanbieder', '2024-07-24', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L2307-2311',
   'nieuwe zorgaanbieders geven "uiterlijk 24 juli 2024" met het aanvraagformulier aan dat zij willen inschrijven; §6.8.1 (L1876-1878) noemt geen datum'),
  ('zilverenkruis', 'GGZ', 2025, 'inschrijving', '2024-07-31', '17:00', NULL, NULL,
   '001_984eca5123cbd441.txt L1709, L2006-2008',
   'stap 7: inschrijving via VECOZO. De tabel zegt "31-7-2024 17.00 uur", §6.8.8 "uiterlijk 31 juli 2024 voor 17.00 uur"; uiterst is 17:00:00, dus met ingediend <= uiterst telt een inschrijving om precies 17:00:00 nog mee'),
  ('zilverenkruis', 'GGZ', 2025, 'toelichting-inschrijving', NULL, NULL, 'verzoek-toelichting', '5 werkdagen',
   '001_984eca5123cbd441.txt L2036-2040',
   'de zorgaanbieder heeft "vijf werkdagen" voor een toelichting waar het zorgkantoor om vraagt. Het verzoek is een gebeurtenis zonder datum in het tijdpad: reken met wlz.termijn_einde(moment van het verzoek, termijn)'),
  ('zilverenkruis', 'GGZ', 2025, 'beoordeling', '2024-08-30', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1711, L2014',
   'stap 8: terugkoppeling van de beoordeling van de inschrijving, de "voorlopige terugkoppeling" (L2115) of "voorlopige contractering" (L2128)'),
  ('zilverenkruis', 'GGZ', 2025, 'richttarief-bekendmaking', '2024-09-05', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1713, L979-982, L2120-2121',
   'stap 9: bekendmaking van de definitieve richttariefpercentages 2025, "uiterlijk op 5 september 2024"'),
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-richttarief', NULL, NULL, 'richttarief-bekendmaking', '20 kalenderdagen',
   '001_984eca5123cbd441.txt L1715, L1722, L984-987, L2119-2125',
   'stap 10: bezwaar tegen (de totstandkoming van) het richttariefpercentage binnen 20 kalenderdagen: 5-9-2024 + 20 = 25-9-2024, de datum van stap 10'),
  ('zilverenkruis', 'GGZ', 2025, 'intrekking-inschrijving', NULL, NULL, 'richttarief-bekendmaking', '20 kalenderdagen',
   '001_984eca5123cbd441.txt L988-991',
   'de inschrijving niet langer gestand doen vanwege het gepubliceerde richttariefpercentage kan "binnen deze termijn", de 20 kalenderdagen van het bezwaar: 25-9-2024'),
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-beoordeling', NULL, NULL, 'beoordeling', '20 kalenderdagen',
   '001_984eca5123cbd441.txt L1716-1718, L1722, L2112-2117, L2127-2130',
   'stap 10: vervaltermijn voor een kort geding tegen de uitkomst van de beoordeling, "20 kalenderdagen na de dag van de voorlopige terugkoppeling" (L2115, L2128). Het document spreekt zichzelf tegen: de tabel geeft 25-9-2024, maar 30-8-2024 + 20 = 19-9-2024 (en eerder als de terugkoppeling eerder komt). De catalogus volgt de tekst, de vroegste en dus veilige lezing'),
  ('zilverenkruis', 'GGZ', 2025, 'hardheidsclausule', NULL, NULL, 'richttarief-bekendmaking', '20 kalenderdagen',
   '001_984eca5123cbd441.txt L1719, L1722, L2176-2189',
   'stap 10: verzoek om toepassing van de hardheidsclausule "binnen een termijn van 20 kalenderdagen na de dag van de bekendmaking van de definitieve richttariefpercentages": 25-9-2024, als de tabel. Vervaltermijn; advies: het formulier vóór 9 september 2024 inleveren (L2183)'),
  ('zilverenkruis', 'GGZ', 2025, 'herberekening-tarief', '2024-09-25', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1720, L1722, L2136-2150',
   'stap 10: verzoek tot aanpassing van het lager tariefpercentage (herberekening); de tekst geeft een vaste "uiterlijke indieningsdatum 25 september 2024", geen termijn'),
  ('zilverenkruis', 'GGZ', 2025, 'herberekening-antwoord', NULL, NULL, 'herberekening-vraag', '3 werkdagen',
   '001_984eca5123cbd441.txt L2163-2167',
   'aanvullende vragen in de herberekening "binnen 3 werkdagen" beantwoorden; de vragen komen tussen 15 september en 6 oktober 2024 op een datum die het tijdpad niet kent: reken met wlz.termijn_einde(moment van de vraag, termijn). Te laat: het lagere percentage blijft'),
  ('zilverenkruis', 'GGZ', 2025, 'inkoopgesprek', '2024-10-04', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1724-1727, L2200-2215',
   'stap 11: indien van toepassing een gesprek over contractering en voorwaarden; de zorginkoper beslist of het nodig is'),
  ('zilverenkruis', 'GGZ', 2025, 'overeenkomst-aanbod', '2024-10-25', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1729-1733, L2217-2228',
   'stap 12: definitieve terugkoppeling van de inschrijving en toesturen van de overeenkomst met tariefpercentage en initiële afspraak'),
  ('zilverenkruis', 'GGZ', 2025, 'herberekening-besluit', '2024-10-25', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L2155-2162',
   'terugkoppeling op de aanvraag herberekening, "uiterlijk 25 oktober 2024"'),
  ('zilverenkruis', 'GGZ', 2025, 'budgetformulier', '2024-11-01', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1735-1736, L1739, L2252-2253',
   'stap 13: het ondertekende budgetformulier 2025 in het NZa-portaal beschikbaar stellen voor het zorgkantoor'),
  ('zilverenkruis', 'GGZ', 2025, 'overeenkomst-ondertekend', '2024-11-01', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1737-1739, L2230, L2252, L2256-2259',
   'stap 13: overeenkomst en initiële afspraak ondertekenen in VECOZO, "uiterlijk 1 november 2024"; zonder handtekening komt er geen overeenkomst'),
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-overeenkomst-aanbod', NULL, NULL, 'overeenkomst-aanbod', '14 kalenderdagen',
   '001_984eca5123cbd441.txt L1741, L2232-2247',
   'stap 14: vervaltermijn voor een kort geding tegen de definitieve terugkoppeling, "14 kalenderdagen, nadat zij schriftelijk zijn geïnformeerd": 25-10-2024 + 14 = 8-11-2024, als de tabel; de kop van §6.12 zegt "Binnen 14 dagen"'),
  ('zilverenkruis', 'GGZ', 2025, 'budgetformulier-controle', '2024-11-14', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1743, L2254',
   'stap 15: het zorgkantoor controleert de budgetformulieren en zet ze door naar de NZa'),
  ('zilverenkruis', 'GGZ', 2025, 'budgetformulier-nza', '2024-11-15', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1745-1748, L2248, L2269',
   'stap 16: definitieve contractering en indiening van het budgetformulier bij de NZa; "voor zover in een gerechtelijke procedure niet anders wordt bepaald" (voetnoot 13)'),
  ('zilverenkruis', 'GGZ', 2025, 'tussentijdse-inschrijving', '2025-03-01', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L2941-2958',
   'tussentijds inschrijven, één keer, volledig "uiterlijk 1 maart 2025" (een zaterdag; het document verschuift niet)'),
  ('zilverenkruis', 'GGZ', 2025, 'tussentijdse-beoordeling', NULL, NULL, 'tussentijdse-inschrijving', '4 weken',
   '001_984eca5123cbd441.txt L2959-2961',
   'terugkoppeling van de beoordeling "binnen 4 weken na de uiterste indieningsdatum": 1-3-2025 + 4 weken = 29-3-2025 (een zaterdag)'),
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-tussentijdse-beoordeling', NULL, NULL, 'tussentijdse-beoordeling', '20 dagen',
   '001_984eca5123cbd441.txt L2971-2972',
   'vervaltermijn van "20 dagen" voor een gerechtelijke procedure na de terugkoppeling; anders dan elders (L1815, L2115) staat er niet "kalenderdagen", gelezen als kalenderdagen: 29-3-2025 + 20 = 18-4-2025, Goede Vrijdag'),
  ('zilverenkruis', 'GGZ', 2025, 'tussentijdse-terugkoppeling', '2025-05-01', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L2944-2945, L2965-2969',
   'definitieve terugkoppeling tussentijdse inschrijving, een streefdatum ("We streven ernaar uiterlijk 1 mei 2025"); de overeenkomst gaat in op de datum van deze terugkoppeling'),
  ('zilverenkruis', 'GGZ', 2025, 'bezwaar-tussentijdse-terugkoppeling', NULL, NULL, 'tussentijdse-terugkoppeling', '20 dagen',
   '001_984eca5123cbd441.txt L2971-2972',
   'vervaltermijn van "20 dagen" na de definitieve terugkoppeling, gelezen als kalenderdagen: 1-5-2025 + 20 = 21-5-2025'),
  ('zilverenkruis', 'GGZ', 2025, 'aanvullende-afspraken', '2025-06-01', NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1750-1756',
   'stap 17: deadline aanvullende afspraken, waaronder regionale ontwikkeling (GZ en GGZ) en transitiemiddelen (GZ en V&V); 1-6-2025 is een zondag, het document verschuift niet'),

  -- CZ, Wlz GZ, inkoopjaar 2026: the timetable of §6.1 (002 L1165-1270) and
  -- the terms of its text, with the VGN overview's cells for CZ (000).
  ('cz', 'GZ', 2026, 'inkoopbeleid-bekendmaking', '2025-05-28', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1170-1177; 000_5a856cd43381b77b.txt L4',
   'stap 1: publicatie van landelijke visie, regionaal Zorginkoopdocument, concept-overeenkomst en concept-verklaringen 2026; CZ volgt "het landelijk vastgestelde tijdpad" (002 L1166)'),
  ('cz', 'GZ', 2026, 'vragen', '2025-06-13', '12:00', NULL, NULL,
   '002_f8c218839efa0959.txt L1179-1190, L1585-1594; 000_5a856cd43381b77b.txt L303',
   'stap 2: "Uiterlijk 13 juni 2025 tot 12:00 uur", alleen over gewijzigde (groene) teksten, alleen met het format Nota van Inlichtingen per e-mail'),
  ('cz', 'GZ', 2026, 'bezwaar-voor-nota-van-inlichtingen', NULL, NULL, 'inkoopbeleid-bekendmaking', '20 kalenderdagen',
   '002_f8c218839efa0959.txt L1175, L1264-1270, L1856-1871, L1884-1891; 000_5a856cd43381b77b.txt L304',
   'bezwaar (en eventueel kort geding) tegen het Zorginkoopdocument en de ZN-documenten "binnen 20 kalenderdagen na uitgifte": 28-5-2025 + 20 = 17-6-2025 (voetnoot 1 bij stap 1). Vervaltermijn; een kort geding vraagt altijd eerst bezwaar'),
  ('cz', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-01', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1192-1201, L1596-1599; 000_5a856cd43381b77b.txt L303',
   'stap 3: publicatie Nota van Inlichtingen, definitieve overeenkomst en verklaringen 2026, "Uiterlijk 1 juli 2025"'),
  ('cz', 'GZ', 2026, 'bezwaar-inkoopbeleid', NULL, NULL, 'nota-van-inlichtingen', '20 kalenderdagen',
   '002_f8c218839efa0959.txt L1196, L1264-1270, L1866-1871; 000_5a856cd43381b77b.txt L304',
   'bezwaar en eventueel kort geding tegen de Nota van Inlichtingen "binnen 20 kalenderdagen na publicatie van het document" (voetnoot 1 bij stap 3): 1-7-2025 + 20 = 21-7-2025, dezelfde dag als het vaste "kort geding uiterlijk 21-07" van Zilveren Kruis (000 L301). Vervaltermijn'),
  ('cz', 'GZ', 2026, 'inschrijving-opening', '2025-07-01', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1203-1205',
   'stap 4: opening van de inschrijving'),
  ('cz', 'GZ', 2026, 'inschrijving', '2025-07-31', '17:00', NULL, NULL,
   '002_f8c218839efa0959.txt L1207-1216, L1705-1706',
   'stap 5: sluiting van de digitale inschrijving via VECOZO, "31 juli 2025 om 17:00 uur"'),
  ('cz', 'GZ', 2026, 'toelichting-inschrijving', NULL, NULL, 'verzoek-toelichting', '5 werkdagen',
   '002_f8c218839efa0959.txt L1493-1498',
   'de zorgaanbieder heeft "vijf werkdagen" voor een toelichting waar het zorgkantoor om vraagt. Het verzoek is een gebeurtenis zonder datum in het tijdpad: reken met wlz.termijn_einde(moment van het verzoek, termijn)'),
  ('cz', 'GZ', 2026, 'beoordeling', '2025-09-02', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1218-1226, L1787-1789',
   'stap 6: bericht of de zorgaanbieder voor een overeenkomst in aanmerking komt, of een aanvullende informatievraag, "Uiterlijk 2 september 2025"'),
  ('cz', 'GZ', 2026, 'bezwaar-beoordeling', NULL, NULL, 'beoordeling', '20 kalenderdagen',
   '002_f8c218839efa0959.txt L1221, L1264-1270, L1873-1882',
   'bezwaar en eventueel kort geding tegen de beslissing binnen 20 kalenderdagen (voetnoot 1 bij stap 6): 2-9-2025 + 20 = 22-9-2025. Vervaltermijn; alleen met argumenten die niet eerder konden worden aangevoerd'),
  ('cz', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1228-1231, L686-690; 000_5a856cd43381b77b.txt L305',
   'stap 7: publicatie van het definitieve richttariefpercentage 2026 en een nieuwe bijlage 7, "Uiterlijk 5 september 2025"'),
  ('cz', 'GZ', 2026, 'bezwaar-richttarief', NULL, NULL, 'richttarief-bekendmaking', '20 kalenderdagen',
   '002_f8c218839efa0959.txt L692-695; 000_5a856cd43381b77b.txt L305',
   'bezwaar tegen de hoogte en de totstandkoming van het richttariefpercentage 2026 binnen 20 kalenderdagen: 5-9-2025 + 20 = 25-9-2025, de datum die Zilveren Kruis, VGZ en Salland vast noemen (000 L302, L310, L553)'),
  ('cz', 'GZ', 2026, 'intrekking-inschrijving', NULL, NULL, 'richttarief-bekendmaking', '20 kalenderdagen',
   '002_f8c218839efa0959.txt L697-698',
   'de inschrijving niet langer gestand doen vanwege het richttariefpercentage kan "binnen deze termijn", de 20 kalenderdagen van het bezwaar: 25-9-2025'),
  ('cz', 'GZ', 2026, 'hardheidsclausule', '2025-09-25', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L899-901; 000_5a856cd43381b77b.txt L201',
   'een vaste datum, geen termijn: "uiterlijk voor de uiterste indieningsdatum van 25 september 2025" en "Na 25 september 2025 nemen wij de aanvragen niet meer in behandeling", dus 25 september telt nog mee; advies: zo snel mogelijk na 5 september'),
  ('cz', 'GZ', 2026, 'csrd-duidelijkheid', '2025-09-30', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L251-253; 000_5a856cd43381b77b.txt L225, L56',
   'CZ geeft duidelijkheid over metingen voor de CSRD-rapportage 2026 "Vóór 1 oktober 2025", dus uiterlijk 30 september; het VGN-overzicht zegt voor CZ "Uiterlijk 01-10" (000 L225). De catalogus volgt het eigen document van CZ'),
  ('cz', 'GZ', 2026, 'inkoopgesprek', '2025-10-06', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1535-1544',
   'gesprekken met nieuwe zorgaanbieders die positief zijn beoordeeld op de eerste twee aspecten, "voor 7 oktober 2025", dus uiterlijk 6 oktober'),
  ('cz', 'GZ', 2026, 'vecozo-certificaat', '2025-10-15', '00:00', NULL, NULL,
   '002_f8c218839efa0959.txt L1816-1823',
   'wie "op 15 oktober 2025" geen werkend VECOZO-certificaat voor de tekenbevoegde bestuurder heeft, krijgt geen overeenkomst 2026: uiterst is het begin van 15 oktober. De aanvraag bij VECOZO duurt minimaal vier weken'),
  ('cz', 'GZ', 2026, 'overeenkomst-aanbod', '2025-10-24', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1233-1240, L1790-1791',
   'stap 8: aanbieden van de overeenkomst via VECOZO (indien van toepassing) en de offerte-pdf, "Uiterlijk 24 oktober 2025"'),
  ('cz', 'GZ', 2026, 'budgetafspraak', '2025-10-24', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1242-1248',
   'stap 9: verzending van de initiële budgetafspraak 2026, "Uiterlijk 24 oktober 2025"'),
  ('cz', 'GZ', 2026, 'hardheidsclausule-besluit', '2025-10-24', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L901',
   'terugkoppeling van het zorgkantoor op een verzoek om toepassing van de hardheidsclausule, "uiterlijk 24 oktober 2025"'),
  ('cz', 'GZ', 2026, 'bezwaar-budgetafspraak', NULL, NULL, 'budgetafspraak', '20 kalenderdagen',
   '002_f8c218839efa0959.txt L1244, L1264-1270',
   'bezwaar en eventueel kort geding tegen de initiële budgetafspraak binnen 20 kalenderdagen (voetnoot 1 bij stap 9): 24-10-2025 + 20 = 13-11-2025'),
  ('cz', 'GZ', 2026, 'overeenkomst-ondertekend', '2025-11-06', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1250-1257',
   'stap 10: aanlevering van de getekende overeenkomst via VECOZO, "6 november 2025", zonder "uiterlijk" en zonder gevolg bij te laat tekenen'),
  ('cz', 'GZ', 2026, 'budgetformulier-nza', '2025-11-13', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1259-1262, L1790-1793',
   'stap 11: het tweezijdig ondertekende budgetformulier (initiële budgetafspraak) "Voor 14 november 2025" bij de NZa, dus uiterlijk 13 november'),
  ('cz', 'GZ', 2026, 'transitiemiddelen-voorstel', '2025-12-01', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1101-1102',
   'projectvoorstellen transitiemiddelen voor jaar t+1 "Uiterlijk 1 december": voor 2026 is dat 1 december 2025'),
  ('cz', 'GZ', 2026, 'zorgatlas', '2025-12-01', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L326-327; 000_5a856cd43381b77b.txt L329',
   'iedere voor 2026 gecontracteerde zorgaanbieder heeft "uiterlijk 1 december 2025" zijn gegevens in de Zorgatlas gevuld, gecontroleerd en/of geactualiseerd'),
  ('cz', 'GZ', 2026, 'transitiemiddelen-toekenning', '2026-03-01', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1095-1098, L1103-1104',
   'CZ kiest "uiterlijk 1 maart 2026" welke projecten transitiemiddelen krijgen (een zondag; het document verschuift niet). L1095-1096 spreekt nog van "projecten in het jaar 2025"'),
  ('cz', 'GZ', 2026, 'tussentijdse-inschrijving', '2026-03-02', '17:00', NULL, NULL,
   '002_f8c218839efa0959.txt L1713-1721',
   'tussentijds inschrijven "van 1 december 2025 tot 2 maart 2026 17:00 uur"; de beoordeling duurt ongeveer twee maanden na 2 maart'),
  ('cz', 'GZ', 2026, 'transitiemiddelen-aanvulling', '2026-07-01', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1097-1099, L1105-1106; 000_5a856cd43381b77b.txt L330',
   'aanvullende projectvoorstellen transitiemiddelen voor het lopende jaar. Het document spreekt zichzelf tegen: de tekst zegt "tot uiterlijk tot 1 juli 2026" (L1099), het tijdpad "Periode 1 maart – 1 juni" (L1105); het VGN-overzicht zegt "tot 01-07" (000 L330). De catalogus volgt de tekst; wie het tijdpad volgt, voegt een eigen rij toe'),
  ('cz', 'GZ', 2026, 'herschikking', '2026-10-31', NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1093-1095',
   'herschikkingsformulier 2026 van de NZa (met de transitiemiddelen) in het NZa-portaal "vóór 1 november 2026", dus uiterlijk 31 oktober (een zaterdag)'),

  -- The VGN overview of the GZ procurement policies for 2026 (000): the
  -- national statements and the cells of the seven zorgkantoren. Dates
  -- written dd-mm are in 2025 (the RT% 2026 comes "op 5 september 2025", L40).
  (NULL, 'GZ', 2026, 'inkoopbeleid-bekendmaking', '2025-05-28', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L4',
   'landelijk: "De zorgkantoren hebben op 28 mei aanvullingen op het inkoopbeleid voor de jaren 2024-2026 gepubliceerd"; het jaar staat er niet, 2025 volgt uit L40 en L56'),
  (NULL, 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L40, L55, L60',
   'landelijk: "Het richttariefpercentage voor 2026 wordt op 5 september 2025 bekend gemaakt"; geldt voor een zorgkantoor zonder eigen rij (DSW noemt de datum niet)'),
  (NULL, 'GZ', 2026, 'csrd-duidelijkheid', '2025-10-01', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L56, L217, L229, L234, L435, L439, L446',
   'landelijk: "uiterlijk 1 oktober 2025 geven de zorgkantoren duidelijkheid over eventuele metingen voor het verslagjaar 2026" (CSRD); zo ook in de cellen van Zilveren Kruis, VGZ, Menzis, DSW, Zorg en Zekerheid en Salland ("Uiterlijk 01-10"). CZ zelf zegt "Vóór 1 oktober 2025" (eigen rij)'),

  ('zilverenkruis', 'GZ', 2026, 'herberekening-tarief', '2025-09-25', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L83',
   'bij een historisch lager tarief dat tot een niet reëel tariefpercentage leidt: excelsheet, aanvraagformulier Herberekening nieuw tarief (HNT) en bestuursverklaring "indienen uiterlijk 25-09". Het formulier heet nog "HNT 2025" en de cel spreekt van "twee documenten" maar noemt er drie'),
  ('zilverenkruis', 'GZ', 2026, 'hardheidsclausule', '2025-09-25', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L200',
   '"verzoek uiterlijk 25-09"; een vaste datum, net als bij CZ, VGZ, Menzis en Zorg en Zekerheid (DSW: 20 kalenderdagen na de bekendmaking; Salland: 01-10)'),
  ('zilverenkruis', 'GZ', 2026, 'vragen', '2025-06-13', '12:00', NULL, NULL,
   '000_5a856cd43381b77b.txt L299',
   '"Vragen + eventueel bezwaar (in)stellen voor NVI tot en met 13-06 12:00 uur. (alleen gewijzigde delen)"'),
  ('zilverenkruis', 'GZ', 2026, 'bezwaar-voor-nota-van-inlichtingen', '2025-06-13', '12:00', NULL, NULL,
   '000_5a856cd43381b77b.txt L299',
   'het bezwaar tegen de gewijzigde delen gaat samen met de vragen, "tot en met 13-06 12:00 uur", zoals in het eigen GGZ-beleid 2025 van Zilveren Kruis (001 L1701, L1781-1791)'),
  ('zilverenkruis', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-01', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L300',
   '"Publicatie NVI uiterlijk op 01-07"'),
  ('zilverenkruis', 'GZ', 2026, 'bezwaar-inkoopbeleid', '2025-07-21', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L301',
   '"kort geding uiterlijk 21-07": een vaste datum in het overzicht; gelijk aan 01-07 + 20 kalenderdagen, de termijn die Zilveren Kruis in zijn eigen beleid hanteert (001 L1811-1816) en CZ en DSW noemen'),
  ('zilverenkruis', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L302, L80',
   '"Bekendmaking richttariefpercentage 2025 uiterlijk op 05-09": het jaartal 2025 is kennelijk blijven staan, het gaat om het percentage 2026 (L40); ook de duidelijkheid over de opslag hoog complex en essentieel (L80)'),
  ('zilverenkruis', 'GZ', 2026, 'bezwaar-richttarief', '2025-09-25', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L302',
   '"bezwaar en eventueel kort geding uiterlijk 25-09": een vaste datum, gelijk aan 05-09 + 20 kalenderdagen'),

  ('vgz', 'GZ', 2026, 'hardheidsclausule', '2025-09-25', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L202',
   '"verzoek uiterlijk 25-09"'),
  ('vgz', 'GZ', 2026, 'vragen', '2025-06-13', '12:00', NULL, NULL,
   '000_5a856cd43381b77b.txt L308',
   '"Vragen stellen voor NVI (alleen over wijzigingen t.o.v 2024): 13 juni 12:00 uur"'),
  ('vgz', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-01', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L309',
   '"Publicatie NVI uiterlijk 1 juli"'),
  ('vgz', 'GZ', 2026, 'bezwaar-inkoopbeleid', '2025-07-22', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L309',
   '"bezwaar en evt. kort geding uiterlijk 22-07": 21 kalenderdagen na 1 juli, een dag later dan de 20 kalenderdagen (21-07) van Zilveren Kruis, CZ, DSW en Zorg en Zekerheid; de catalogus neemt de datum zoals VGZ hem noemt'),
  ('vgz', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L310',
   '"Bekendmaking richttariefpercentage uiterlijk 5 september"'),
  ('vgz', 'GZ', 2026, 'bezwaar-richttarief', '2025-09-25', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L310',
   '"Bezwaar en evt. kort geding uiterlijk 25-09": een vaste datum, gelijk aan 05-09 + 20 kalenderdagen'),
  ('vgz', 'GZ', 2026, 'zorgatlas', '2025-12-01', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L332',
   '"Iedere zorgaanbieder die voor 2025 wordt gecontracteerd, heeft uiterlijk 1 december 2025 zijn gegevens gevuld": "voor 2025" is kennelijk blijven staan, CZ (002 L326) zegt voor 2026 hetzelfde met 1 december 2025'),

  ('menzis', 'GZ', 2026, 'herberekening-tarief', '2025-09-25', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L96',
   'beroep op de HLT-procedure (tot maximaal het richttariefpercentage 2026) met excelsheet en bestuursverklaring "uiterlijk 25-09"'),
  ('menzis', 'GZ', 2026, 'hardheidsclausule', '2025-09-25', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L203',
   '"uiterlijk 25-09 aanvragen"; bij herschikking wordt beoordeeld of de aanbieder nog in aanmerking komt; de HLT-procedure gaat voor'),
  ('menzis', 'GZ', 2026, 'vragen', '2025-06-13', '12:00', NULL, NULL,
   '000_5a856cd43381b77b.txt L311',
   '"Vragen NVI (alleen wijzigingen) uiterlijk 13-06 12:00 uur"; een publicatiedatum van de nota noemt het overzicht voor Menzis niet'),
  ('menzis', 'GZ', 2026, 'bezwaar-inkoopbeleid', NULL, NULL, 'inschrijving', '-24 uur',
   '000_5a856cd43381b77b.txt L311',
   '"Bezwaar en evt. kort geding uiterlijk 24 uur voor de uiterste inschrijfdatum": 24 uur terug vanaf het uiterste inschrijfmoment. Dat moment staat nergens in het overzicht, dus de catalogus heeft geen inschrijving voor Menzis 2026: voeg die als eigen rij toe, dan volgt het bezwaar (bij 31-07-2025 17:00 uur wordt het 30-07-2025 17:00 uur)'),
  ('menzis', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L312',
   '"Bekendmaking richttariefpercentage uiterlijk 5 september"'),
  ('menzis', 'GZ', 2026, 'bezwaar-richttarief', NULL, NULL, 'richttarief-bekendmaking', '20 kalenderdagen',
   '000_5a856cd43381b77b.txt L312',
   '"bezwaar en evt. kort geding uiterlijk 20 kalenderdagen na publicatie": 5-9-2025 + 20 = 25-9-2025'),

  ('dsw', 'GZ', 2026, 'hardheidsclausule', NULL, NULL, 'richttarief-bekendmaking', '20 kalenderdagen',
   '000_5a856cd43381b77b.txt L427',
   '"aanvraag uiterlijk 20 kalender-dagen na bekendmaking tariefpercentage". DSW noemt zelf geen bekendmakingsdatum en geen bezwaartermijn tegen het richttarief; de termijn loopt vanaf de landelijke bekendmaking (5-9-2025, L40): 25-9-2025'),
  ('dsw', 'GZ', 2026, 'vragen', '2025-06-13', '12:00', NULL, NULL,
   '000_5a856cd43381b77b.txt L545',
   '"Vragen NVI 13-06 12:00 uur"'),
  ('dsw', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-01', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L545',
   '"publicatie NVI uiterlijk 01-07"'),
  ('dsw', 'GZ', 2026, 'bezwaar-inkoopbeleid', NULL, NULL, 'nota-van-inlichtingen', '20 kalenderdagen',
   '000_5a856cd43381b77b.txt L546',
   '"Bezwaar en evt. kort geding uiterlijk binnen 20 kalenderdagen na publicatie NVI": 1-7-2025 + 20 = 21-7-2025'),
  ('dsw', 'GZ', 2026, 'zorgatlas', '2025-12-01', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L561',
   '"uiterlijk 1 december geactualiseerd", zonder jaartal: 2025, zoals bij CZ en VGZ (L329, L332)'),

  ('zorgenzekerheid', 'GZ', 2026, 'hardheidsclausule', '2025-09-25', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L428',
   '"indienen uiterlijk 25-09, beoordeling bij herschikking"'),
  ('zorgenzekerheid', 'GZ', 2026, 'vragen', '2025-06-13', '12:00', NULL, NULL,
   '000_5a856cd43381b77b.txt L547',
   '"Vragen NVI uiterlijk 13-06 12:00 uur (alleen over de wijzigingen)"'),
  ('zorgenzekerheid', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-01', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L547',
   '"publicatie NVI 01-07", zonder "uiterlijk"'),
  ('zorgenzekerheid', 'GZ', 2026, 'bezwaar-inkoopbeleid', NULL, NULL, 'nota-van-inlichtingen', '20 kalenderdagen',
   '000_5a856cd43381b77b.txt L548',
   '"uiterlijk de 20 kalenderdagen na publicatie van betreffend document en/of het moment dat Z&Z haar beslissing kenbaar heeft gemaakt", gelezen vanaf de publicatie van de nota: 1-7-2025 + 20 = 21-7-2025. Het moment van de beslissing is niet bekend; een termijn voor kort geding noemt het overzicht niet'),
  ('zorgenzekerheid', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L549, L381',
   '"Publicatie richttarief 05-09"; dan wordt ook de opslag voor aantrekken en behouden personeel bekend gemaakt (L381)'),
  ('zorgenzekerheid', 'GZ', 2026, 'bezwaar-richttarief', NULL, NULL, 'richttarief-bekendmaking', '20 kalenderdagen',
   '000_5a856cd43381b77b.txt L549',
   '"bezwaar uiterlijk de 20ste kalenderdag daarna": 5-9-2025 + 20 = 25-9-2025; een termijn voor kort geding noemt het overzicht niet'),

  ('salland', 'GZ', 2026, 'hardheidsclausule', '2025-10-01', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L429',
   '"aanvraag uiterlijk 01-10": later dan de 25-09 van de andere zorgkantoren'),
  ('salland', 'GZ', 2026, 'vragen', '2025-06-13', '12:00', NULL, NULL,
   '000_5a856cd43381b77b.txt L551-552',
   '"Vragen NVI 13-06 12:00 uur (alleen over wijzigingen)"; Salland vraagt eerst contact op te nemen met de eigen zorginkoper'),
  ('salland', 'GZ', 2026, 'nota-van-inlichtingen', '2025-07-01', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L552',
   '"publicatie NVI 01-07"'),
  ('salland', 'GZ', 2026, 'bezwaar-inkoopbeleid', '2025-07-22', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L552',
   '"bezwaar en evt. kort geding uiterlijk 22-07": 21 kalenderdagen na 01-07, een dag later dan de 20 kalenderdagen van Zilveren Kruis, CZ, DSW en Zorg en Zekerheid (zoals VGZ)'),
  ('salland', 'GZ', 2026, 'richttarief-bekendmaking', '2025-09-05', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L553',
   '"Publicatie richttarief 05-09"'),
  ('salland', 'GZ', 2026, 'bezwaar-richttarief', '2025-09-25', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L553',
   '"bezwaar en evt. kort geding uiterlijk 25-09": een vaste datum, gelijk aan 05-09 + 20 kalenderdagen'),
  ('salland', 'GZ', 2026, 'zorgatlas', '2025-12-01', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L566',
   '"Uiterlijk 1-12 moet de zorgatlas up-to-date zijn", zonder jaartal: 2025'),
  ('salland', 'GZ', 2026, 'transitiemiddelen-voorstel', '2025-12-31', NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L462, L511',
   'transitiemiddelen op aanvraag via een plan van aanpak met andere aanbieders "uiterlijk 31-12" (L462), "Mogelijkheid voor het indienen van plannen tot 31-12" (L511); het jaar staat er niet, gelezen als 2025 zoals de andere dd-mm-data van het overzicht'),

  -- Zorg en Zekerheid, inkoopjaar 2022, all three sectors (004 L1145-1156):
  -- the Tijdspad of §4.4 (L1173-1225), the maatwerk steps (L849-863), the
  -- objection term of §4.5 (L1232-1261) and the NZa cycle of chapter 3.
  ('zorgenzekerheid', NULL, 2022, 'inkoopbeleid-bekendmaking', '2021-05-28', NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L1178-1182',
   'publiceren regionaal inkoopkader Wlz 2021-2023 (aanvulling 2022), "Vrijdag 28 mei 2021, op de website van het zorgkantoor"'),
  ('zorgenzekerheid', NULL, 2022, 'inkoopbeleid-presentatie', '2021-06-01', '17:00', NULL, NULL,
   '004_bd9ba15cba346436.txt L1184-1190',
   'presentatie van het regionaal inkoopkader, "Dinsdag 1 juni 2021, 16.00 uur tot 17.00 uur"; uiterst is het einde, 17.00 uur'),
  ('zorgenzekerheid', NULL, 2022, 'vragen', '2021-06-17', '12:00', NULL, NULL,
   '004_bd9ba15cba346436.txt L1192-1193',
   'vragen voor de Nota van Inlichtingen "Uiterlijk donderdag 17 juni 2021 tot 12.00 uur, via format"'),
  ('zorgenzekerheid', NULL, 2022, 'nota-van-inlichtingen', '2021-06-30', NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L1195-1196',
   'publiceren Nota van Inlichtingen, "Woensdag 30 juni 2021"'),
  ('zorgenzekerheid', NULL, 2022, 'bezwaar-inkoopbeleid', NULL, NULL, 'nota-van-inlichtingen', '20 kalenderdagen',
   '004_bd9ba15cba346436.txt L1232-1261',
   'bezwaar tegen de Nota van Inlichtingen bij de aanvulling 2022 "uiterlijk op de 20e kalenderdag na publicatie op de website": 30-6-2021 + 20 = 20-7-2021. Daarna vervalt ook het recht op rechtsmiddelen; geen schorsende werking. Bezwaar tegen een aanvulling of wijziging kan alleen over die aanvulling gaan (L1249-1253)'),
  ('zorgenzekerheid', NULL, 2022, 'inschrijving-opening', '2021-07-01', NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L1198-1202, L1159',
   'inschrijving "Vanaf 1 juli 2021" via het Vecozo Zorginkoopportaal'),
  ('zorgenzekerheid', NULL, 2022, 'richttarief-bekendmaking', '2021-07-09', NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L1204-1207, L735-739',
   'bericht met het aanbiederspecifieke richttariefpercentage 2022 (flankerend beleid), "Uiterlijk 9 juli 2021": niet het landelijke percentage, en het komt vóór de sluiting van de inschrijving. Een bezwaartermijn tegen dit percentage noemt het document niet'),
  ('zorgenzekerheid', NULL, 2022, 'inschrijving', '2021-07-30', '17:00', NULL, NULL,
   '004_bd9ba15cba346436.txt L1198-1202',
   'inschrijving van bestaande en nieuwe zorgaanbieders "tot uiterlijk vrijdag 30 juli 2021 17.00 uur"'),
  ('zorgenzekerheid', NULL, 2022, 'maatwerk-aanmelding', '2021-08-01', NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L849-857',
   'in Vecozo aanvinken of de aanbieder gebruik maakt van oplossen knelpunten, innovatie of een verbeterplan, en het plan uploaden als het er is. "1 Augustus 2021" is een zondag en ligt na de sluiting van de inschrijving (30 juli 17.00 uur); "uiterlijk" of een tijd staat er niet'),
  ('zorgenzekerheid', NULL, 2022, 'maatwerk-plan', '2021-09-01', NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L859',
   '"1 September 2021: eventueel indienen plannen bij het zorgkantoor"'),
  ('zorgenzekerheid', NULL, 2022, 'maatwerk-beoordeling', '2021-10-01', NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L863',
   'het zorgkantoor koppelt de beoordeling van de maatwerkplannen terug, "1 Oktober 2021" (dezelfde dag waarop de inkoopgesprekken afgerond zijn)'),
  ('zorgenzekerheid', NULL, 2022, 'inkoopgesprek', '2021-10-01', NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L1209-1215',
   'mogelijkheid tot gesprek over contractering en voorwaarden, "Uiterlijk vrijdag 1 oktober 2021 afgerond"'),
  ('zorgenzekerheid', NULL, 2022, 'beoordeling', '2021-10-22', NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L1217-1220',
   'voorlopige contractering (eenjarige of meerjarige overeenkomst), "Uiterlijk vrijdag 22 oktober 2021": het moment waarop Zorg en Zekerheid de beslissing over wel of geen overeenkomst kenbaar maakt'),
  ('zorgenzekerheid', NULL, 2022, 'bezwaar-beoordeling', NULL, NULL, 'beoordeling', '20 kalenderdagen',
   '004_bd9ba15cba346436.txt L1235-1241, L1255-1259',
   'bezwaar tegen de beslissing over wel of niet toekennen van een overeenkomst "uiterlijk op de 20e kalenderdag" nadat die kenbaar is gemaakt: 22-10-2021 + 20 = 11-11-2021 (eerder als de beslissing eerder komt)'),
  ('zorgenzekerheid', NULL, 2022, 'budgetformulier-nza', '2021-11-15', NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L1222-1225, L1035-1036',
   'definitieve contractering en indiening budgetformulier bij de NZa, "15 november 2021"; de budgetafspraak moet "op 15 november (t-1)" tweezijdig in het NZa-portaal staan'),
  ('zorgenzekerheid', NULL, 2022, 'herschikking', '2022-11-01', NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L1079-1088',
   'de herschikkingsafspraak moet "op 1 november (in het jaar van de overeenkomst)" tweezijdig in het NZa-portaal staan; peilmoment zijn de declaraties die op 1 september zijn ingediend en goedgekeurd'),
  ('zorgenzekerheid', NULL, 2022, 'nacalculatie', '2023-05-31', NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L1094-1099',
   'de nacalculatie "op 31 mei van het volgende jaar (t+1)" tweezijdig in het NZa-portaal, met accountantsverklaring'),

  -- The national Landelijk Beleidskader Wlz 2027 (ZN, 003): no contracting
  -- timetable, but dated steps for all zorgkantoren, some for one sector.
  (NULL, NULL, 2027, 'zorgatlas', '2026-12-01', NULL, NULL, NULL,
   '003_4dfcc8dfa2c5951c.txt L368',
   'iedere voor 2027 gecontracteerde zorgaanbieder heeft "uiterlijk 1 december 2026" zijn gegevens in de Zorgatlas gevuld, gecontroleerd en/of geactualiseerd'),
  (NULL, NULL, 2027, 'lvhc-prestatiebeschrijving', '2027-07-01', NULL, NULL, NULL,
   '003_4dfcc8dfa2c5951c.txt L273',
   'LVHC: gecontracteerde aanbieders die vanaf 2027 REC/DEC-prestaties declareren, voldoen "uiterlijk 1 juli 2027" volledig aan de prestatiebeschrijvingen'),
  (NULL, NULL, 2027, 'mondzorg-handvatten', '2027-05-31', NULL, NULL, NULL,
   '003_4dfcc8dfa2c5951c.txt L1163-1165',
   'zorgaanbieders krijgen "tot 1 juni 2027" om de Handvatten mondzorg te implementeren; vanaf 1 juni 2027 kan het zorgkantoor toetsen, dus uiterlijk 31 mei'),
  (NULL, NULL, 2027, 'milieuthermometer-brons', '2027-12-31', NULL, NULL, NULL,
   '003_4dfcc8dfa2c5951c.txt L325-330',
   'intramurale zorgaanbieders met meer dan 250 FTE "Per 1 januari 2028" gecertificeerd voor minimaal brons van de Milieuthermometer Zorg "(of zicht op het certificaat)", dus uiterlijk 31 december 2027; een verwachting, zonder sanctie'),
  (NULL, NULL, 2027, 'milieuthermometer-zilver', '2029-12-31', NULL, NULL, NULL,
   '003_4dfcc8dfa2c5951c.txt L327-330',
   'dezelfde aanbieders "Per 1 januari 2030" gecertificeerd voor minimaal zilver, dus uiterlijk 31 december 2029'),
  (NULL, 'GZ', 2027, 'vg7plus-onderbouwing', '2026-09-30', NULL, NULL, NULL,
   '003_4dfcc8dfa2c5951c.txt L1037',
   'de zorgkantoren maken "voor 1 oktober 2026" bekend hoe aanbieders de meerzorgwaardigheid van nieuwe VG7+-cliënten onderbouwen (vereist met ingang van 1 januari 2027)'),
  (NULL, 'VV', 2027, 'regiobudget-aanvraag', '2026-07-01', NULL, NULL, NULL,
   '003_4dfcc8dfa2c5951c.txt L678-682, L745',
   'regiobudget Hoofdlijnenakkoord Ouderenzorg, stap 1: eindversie van de aanvraag, "jaarlijks in juli (voor 2027 is de deadline 1 juli)". Het jaar staat er niet; gelezen als 1 juli 2026 (document van 1 juni 2026, budget 2027-2029)'),
  (NULL, 'VV', 2027, 'regiobudget-gunning', '2026-09-01', NULL, NULL, NULL,
   '003_4dfcc8dfa2c5951c.txt L684, L746',
   'regiobudget HLO, stap 2: terugkoppeling van de beoordeling en voorlopige gunning, "jaarlijks in september (voor 2027 is de deadline 1 september)", gelezen als 2026'),
  (NULL, 'VV', 2027, 'regiobudget-verantwoording', '2028-02-29', NULL, NULL, NULL,
   '003_4dfcc8dfa2c5951c.txt L726-728, L747',
   'regiobudget HLO, stap 3: verantwoording "tenminste jaarlijks in februari (eerste deadline februari 2028)"; alleen de maand staat er, uiterst is het einde van februari 2028'),
  (NULL, 'VV', 2027, 'regiobudget-toekenning', '2028-04-30', NULL, NULL, NULL,
   '003_4dfcc8dfa2c5951c.txt L736-738, L748',
   'regiobudget HLO, stap 4: definitieve toekenning bij de nacalculatie, "jaarlijks in april (eerste deadline april 2028)"; alleen de maand staat er, uiterst is het einde van april 2028')
) AS v(zorgkantoor, sector, inkoopjaar, stap, datum, tijd, na_stap, termijn, bron, toelichting);


-- ---------------------------------------------------------------------------
-- Klasse: aanbiederklasse en klassificatie (src/klasse.c, SPEC 3)
-- ---------------------------------------------------------------------------

-- Two aggregates over the overeenkomsten of one provider, one row each (a
-- LEFT JOIN row of NULLs for a provider without any): the class, or the class
-- with its contractvorm and the reason.  Both forms share one state; the
-- 6-argument form also checks that the provider declares since 1 January of
-- the referentiejaar.

CREATE TYPE wlz.klassificatie AS (
    klasse       wlz.aanbiederklasse,
    contractvorm text,
    toelichting  text
);
COMMENT ON TYPE wlz.klassificatie IS
  'uitkomst van wlz.klassificatie: de aanbiederklasse, voor bestaand de contractvorm (meerjarig, heel-jaar, deel-jaar) en in het Nederlands waarom';
COMMENT ON COLUMN wlz.klassificatie.klasse IS 'bestaand, bestaand-maar-nieuw of nieuw';
COMMENT ON COLUMN wlz.klassificatie.contractvorm IS
  'voor bestaand: meerjarig (de lopende overeenkomst loopt door na het referentiejaar), heel-jaar (de overeenkomsten met dit zorgkantoor dekken het referentiejaar), deel-jaar; anders NULL';
COMMENT ON COLUMN wlz.klassificatie.toelichting IS
  'waarom: welke overeenkomst telde, welke dekking er was en waar die brak';

CREATE FUNCTION wlz.klasse_stap(internal, text, daterange, text, date, integer)
RETURNS internal
AS 'MODULE_PATHNAME', 'wlz_klasse_stap'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION wlz.klasse_stap(internal, text, daterange, text, date, integer) IS
  'overgangsfunctie van wlz.aanbiederklasse en wlz.klassificatie (5 argumenten)';
CREATE FUNCTION wlz.klasse_stap(internal, text, daterange, text, date, integer, date)
RETURNS internal
AS 'MODULE_PATHNAME', 'wlz_klasse_stap'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION wlz.klasse_stap(internal, text, daterange, text, date, integer, date) IS
  'overgangsfunctie van wlz.aanbiederklasse en wlz.klassificatie (6 argumenten, met declareert_sinds)';
CREATE FUNCTION wlz.klasse_samenvoegen(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'wlz_klasse_samenvoegen'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION wlz.klasse_samenvoegen(internal, internal) IS
  'combinatiefunctie van wlz.aanbiederklasse en wlz.klassificatie (parallel aggregeren)';
CREATE FUNCTION wlz.klasse_serialiseer(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'wlz_klasse_serialiseer'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.klasse_serialiseer(internal) IS
  'serialisatie van de toestand van wlz.aanbiederklasse en wlz.klassificatie (parallel aggregeren)';
CREATE FUNCTION wlz.klasse_deserialiseer(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'wlz_klasse_deserialiseer'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.klasse_deserialiseer(bytea, internal) IS
  'deserialisatie van de toestand van wlz.aanbiederklasse en wlz.klassificatie (parallel aggregeren)';
CREATE FUNCTION wlz.aanbiederklasse_uitkomst(internal)
RETURNS wlz.aanbiederklasse
AS 'MODULE_PATHNAME', 'wlz_aanbiederklasse_uitkomst'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION wlz.aanbiederklasse_uitkomst(internal) IS
  'eindfunctie van wlz.aanbiederklasse';
CREATE FUNCTION wlz.klassificatie_uitkomst(internal)
RETURNS wlz.klassificatie
AS 'MODULE_PATHNAME', 'wlz_klassificatie_uitkomst'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION wlz.klassificatie_uitkomst(internal) IS
  'eindfunctie van wlz.klassificatie';

CREATE AGGREGATE wlz.aanbiederklasse(ok_zorgkantoor text, ok_looptijd daterange,
                                     zorgkantoor text, peildatum date, referentiejaar integer) (
    SFUNC = wlz.klasse_stap,
    STYPE = internal,
    FINALFUNC = wlz.aanbiederklasse_uitkomst,
    COMBINEFUNC = wlz.klasse_samenvoegen,
    SERIALFUNC = wlz.klasse_serialiseer,
    DESERIALFUNC = wlz.klasse_deserialiseer,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE wlz.aanbiederklasse(text, daterange, text, date, integer) IS
  'aanbiederklasse voor zorgkantoor op peildatum, over de overeenkomsten van een aanbieder (een rij per overeenkomst; NULLs uit een LEFT JOIN: nieuw): bestaand (overeenkomst met dit zorgkantoor op de peildatum), bestaand-maar-nieuw (overeenkomsten met een ander zorgkantoor dekken het hele referentiejaar en de peildatum zonder onderbreking), anders nieuw; de declaratievoorwaarde telt niet mee';
CREATE AGGREGATE wlz.aanbiederklasse(ok_zorgkantoor text, ok_looptijd daterange,
                                     zorgkantoor text, peildatum date, referentiejaar integer,
                                     declareert_sinds date) (
    SFUNC = wlz.klasse_stap,
    STYPE = internal,
    FINALFUNC = wlz.aanbiederklasse_uitkomst,
    COMBINEFUNC = wlz.klasse_samenvoegen,
    SERIALFUNC = wlz.klasse_serialiseer,
    DESERIALFUNC = wlz.klasse_deserialiseer,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE wlz.aanbiederklasse(text, daterange, text, date, integer, date) IS
  'als de vorm met 5 argumenten, en bestaand-maar-nieuw vraagt ook declareert_sinds <= 1 januari van het referentiejaar (de vroegste niet-NULL waarde van de groep telt; NULL: declareert niet)';
CREATE AGGREGATE wlz.klassificatie(ok_zorgkantoor text, ok_looptijd daterange,
                                   zorgkantoor text, peildatum date, referentiejaar integer) (
    SFUNC = wlz.klasse_stap,
    STYPE = internal,
    FINALFUNC = wlz.klassificatie_uitkomst,
    COMBINEFUNC = wlz.klasse_samenvoegen,
    SERIALFUNC = wlz.klasse_serialiseer,
    DESERIALFUNC = wlz.klasse_deserialiseer,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE wlz.klassificatie(text, daterange, text, date, integer) IS
  'wlz.aanbiederklasse met contractvorm en toelichting, als wlz.klassificatie(klasse, contractvorm, toelichting)';
CREATE AGGREGATE wlz.klassificatie(ok_zorgkantoor text, ok_looptijd daterange,
                                   zorgkantoor text, peildatum date, referentiejaar integer,
                                   declareert_sinds date) (
    SFUNC = wlz.klasse_stap,
    STYPE = internal,
    FINALFUNC = wlz.klassificatie_uitkomst,
    COMBINEFUNC = wlz.klasse_samenvoegen,
    SERIALFUNC = wlz.klasse_serialiseer,
    DESERIALFUNC = wlz.klasse_deserialiseer,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE wlz.klassificatie(text, daterange, text, date, integer, date) IS
  'wlz.aanbiederklasse (6 argumenten, met declaratievoorwaarde) met contractvorm en toelichting';


-- ---------------------------------------------------------------------------
-- Klasse: wlz.klasse_gevolg, wat elke klasse krijgt (SPEC 3)
-- ---------------------------------------------------------------------------

-- What the documents give each class, one statement per row, in the words of
-- the document (omschrijving) with the source lines (bron). Where a number is
-- computable it also sits in a column of its own: the contract period
-- (looptijd), the number of one-year extensions (verlengingen) and the maximum
-- age of a document at inschrijving (max_leeftijd). Tariff percentages are
-- numbers of wlz.tariefregel; here they stay words. No function reads this
-- table: it is for people and their queries.

CREATE TABLE wlz.klasse_gevolg (
    id            integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    zorgkantoor   text NOT NULL REFERENCES wlz.zorgkantoor (code) ON UPDATE CASCADE,
    sector        wlz.sector,
    jaar          integer NOT NULL,
    klasse        wlz.aanbiederklasse NOT NULL,
    contractvorm  text
                  CONSTRAINT klasse_gevolg_contractvorm_check
                  CHECK (contractvorm IN ('meerjarig', 'heel-jaar', 'deel-jaar')),
    onderwerp     text NOT NULL
                  CONSTRAINT klasse_gevolg_onderwerp_check
                  CHECK (onderwerp IN ('looptijd', 'verlenging', 'tarief', 'volume', 'betaling',
                                       'documenten', 'beoordeling', 'voorwaarde')),
    omschrijving  text NOT NULL
                  CONSTRAINT klasse_gevolg_omschrijving_check CHECK (omschrijving <> ''),
    looptijd      daterange
                  CONSTRAINT klasse_gevolg_looptijd_check
                  CHECK (NOT pg_catalog.isempty(looptijd) AND NOT pg_catalog.lower_inf(looptijd)),
    verlengingen  integer
                  CONSTRAINT klasse_gevolg_verlengingen_check CHECK (verlengingen >= 0),
    max_leeftijd  interval
                  CONSTRAINT klasse_gevolg_max_leeftijd_check CHECK (max_leeftijd > interval '0'),
    bron          text,
    toelichting   text,
    meegeleverd   boolean NOT NULL DEFAULT false,
    CONSTRAINT klasse_gevolg_contractvorm_klasse_check
        CHECK (contractvorm IS NULL OR klasse = 'bestaand'),
    CONSTRAINT klasse_gevolg_kolom_onderwerp_check
        CHECK ((looptijd IS NULL OR onderwerp = 'looptijd')
               AND (verlengingen IS NULL OR onderwerp = 'verlenging')
               AND (max_leeftijd IS NULL OR onderwerp = 'documenten'))
);
COMMENT ON TABLE wlz.klasse_gevolg IS
  'wat elke aanbiederklasse (en bij bestaand elke contractvorm) krijgt per zorgkantoor, sector en inkoopjaar volgens de documenten: looptijd, verlenging, tarief in woorden, volume, betaling, documenten, beoordeling en voorwaarden; de tariefpercentages zelf staan in wlz.tariefregel';
COMMENT ON COLUMN wlz.klasse_gevolg.id IS 'rijnummer (gegenereerd)';
COMMENT ON COLUMN wlz.klasse_gevolg.zorgkantoor IS 'zorgkantoor (wlz.zorgkantoor.code)';
COMMENT ON COLUMN wlz.klasse_gevolg.sector IS 'sector (NULL: alle sectoren)';
COMMENT ON COLUMN wlz.klasse_gevolg.jaar IS
  'inkoopjaar: het jaar waarvoor het document inkoopt (2025 voor een inschrijving in juli 2024)';
COMMENT ON COLUMN wlz.klasse_gevolg.klasse IS 'aanbiederklasse waarvoor de rij geldt';
COMMENT ON COLUMN wlz.klasse_gevolg.contractvorm IS
  'alleen bij bestaand: meerjarig, heel-jaar of deel-jaar zoals wlz.klassificatie die geeft (NULL: elke contractvorm)';
COMMENT ON COLUMN wlz.klasse_gevolg.onderwerp IS
  'waar de rij over gaat: looptijd, verlenging, tarief, volume, betaling, documenten, beoordeling of voorwaarde';
COMMENT ON COLUMN wlz.klasse_gevolg.omschrijving IS 'wat de klasse krijgt of moet, zoals het document het zegt';
COMMENT ON COLUMN wlz.klasse_gevolg.looptijd IS
  'bij onderwerp looptijd: de periode van de overeenkomst als daterange [begin, einde) (NULL: niet genoemd)';
COMMENT ON COLUMN wlz.klasse_gevolg.verlengingen IS
  'bij onderwerp verlenging: hoe vaak het zorgkantoor de overeenkomst met één jaar mag verlengen';
COMMENT ON COLUMN wlz.klasse_gevolg.max_leeftijd IS
  'bij onderwerp documenten: hoe oud het document op het moment van inschrijving hoogstens mag zijn';
COMMENT ON COLUMN wlz.klasse_gevolg.bron IS 'document en regels waaruit de rij komt';
COMMENT ON COLUMN wlz.klasse_gevolg.toelichting IS
  'hoe de tekst is gelezen, en waar het document dubbelzinnig is';
COMMENT ON COLUMN wlz.klasse_gevolg.meegeleverd IS
  'true voor rijen die de extensie meelevert; pg_dump bewaart alleen rijen met false';
CREATE INDEX klasse_gevolg_zorgkantoor_idx ON wlz.klasse_gevolg (zorgkantoor, jaar, klasse);
SELECT pg_catalog.pg_extension_config_dump('wlz.klasse_gevolg', 'WHERE NOT meegeleverd');
SELECT pg_catalog.pg_extension_config_dump('wlz.klasse_gevolg_id_seq', '');
GRANT SELECT ON wlz.klasse_gevolg TO PUBLIC;

INSERT INTO wlz.klasse_gevolg
    (zorgkantoor, sector, jaar, klasse, contractvorm, onderwerp, omschrijving,
     looptijd, verlengingen, max_leeftijd, bron, toelichting, meegeleverd)
SELECT v.zorgkantoor, v.sector::wlz.sector, v.jaar, v.klasse::wlz.aanbiederklasse, v.contractvorm,
       v.onderwerp, v.omschrijving, v.looptijd::daterange, v.verlengingen, v.max_leeftijd::interval,
       v.bron, v.toelichting, true
FROM (VALUES
  -- Zilveren Kruis, Wlz GGZ, inkoopjaar 2025 (001): the intended contracts of
  -- 6.9.2, the documents of 6.8.4 and 7.5, the tariffs of 2.3 and 2.4 and the
  -- conditions of chapter 7 for new providers.
  ('zilverenkruis', 'GGZ', 2025, 'bestaand', 'meerjarig', 'looptijd',
   'overeenkomst 2024-2026: "de overeenkomst 2024-2026 blijft in stand"',
   '[2024-01-01,2027-01-01)', NULL, NULL,
   '001_984eca5123cbd441.txt L2080-2084, L1919-1920',
   'meerjarig is hier "een overeenkomst tot en met 31 december 2026" (L1919); alleen "wanneer wij in onze beoordeling geen bijzonderheden constateren" (L2080), en "aan dit voornemen kunt u geen rechten ontlenen" (L2078)'),
  ('zilverenkruis', 'GGZ', 2025, 'bestaand', 'heel-jaar', 'looptijd',
   'overeenkomst voor twee jaar (2025-2026), "in principe", voor wie het hele kalenderjaar 2024 een overeenkomst had',
   '[2025-01-01,2027-01-01)', NULL, NULL,
   '001_984eca5123cbd441.txt L2085-2088',
   'wie zo per 2025 een meerjarenovereenkomst sluit, kan voor de inschrijving voor 2026 volstaan met een instemmingsverklaring (L1977-1978)'),
  ('zilverenkruis', 'GGZ', 2025, 'bestaand', 'heel-jaar', 'verlenging',
   'het zorgkantoor kan de overeenkomst 2025-2026 "eenzijdig twee keer met een periode van één jaar" verlengen',
   NULL, 2, NULL,
   '001_984eca5123cbd441.txt L2087-2088',
   'de tekst noemt de verlenging alleen bij de tweejarige overeenkomst; tot uiterlijk 31-12-2028, zoals het beleid zelf tot 2028 verlengd kan worden (L173-176)'),
  ('zilverenkruis', 'GGZ', 2025, 'bestaand', 'heel-jaar', 'voorwaarde',
   'wie voor 2024 een overeenkomst onder voorwaarden had of over 2024 bevindingen heeft, krijgt "niet als vanzelfsprekend een meerjarige overeenkomst"; eerst een gesprek',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L2102-2104', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'bestaand', 'deel-jaar', 'looptijd',
   'eenjarige overeenkomst (2025) voor wie een overeenkomst voor een deel van het kalenderjaar 2024 had',
   '[2025-01-01,2026-01-01)', NULL, NULL,
   '001_984eca5123cbd441.txt L2090-2091', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'bestaand', 'meerjarig', 'documenten',
   'instemmingsverklaring: de eerder ingediende bestuursverklaring voldoet nog, de aanbieder voldoet aan de voorwaarden voor 2025, geen uitsluitingsgronden, aanvaardt de overeenkomst Wlz 2024-2026 en stemt in met het beleid 2025',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1919-1927, L2030', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'bestaand', 'heel-jaar', 'documenten',
   'bestuursverklaring, zonder aanvullende documenten ter onderbouwing; wijzigingen melden met de gewijzigde documenten; onderbouwende stukken desgevraagd overleggen',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1929-1949, L2031',
   'de tekst spreekt van "een overeenkomst tot en met 31 december 2024" (éénjarige overeenkomst), dus heel-jaar en deel-jaar'),
  ('zilverenkruis', 'GGZ', 2025, 'bestaand', 'deel-jaar', 'documenten',
   'bestuursverklaring, zonder aanvullende documenten ter onderbouwing; wijzigingen melden met de gewijzigde documenten; onderbouwende stukken desgevraagd overleggen',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1929-1949, L2031',
   'de tekst spreekt van "een overeenkomst tot en met 31 december 2024" (éénjarige overeenkomst), dus heel-jaar en deel-jaar'),
  ('zilverenkruis', 'GGZ', 2025, 'bestaand', NULL, 'tarief',
   'het Zilveren Kruis tariefpercentage zorg 2025 (uitgangspunt het landelijk richttariefpercentage, met de op- en afslagen van 2.3.2); NHC/NIC 100%',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1008-1025, L1027-1033',
   'de percentages 2025 "volgen 05-09-24"; aanbieders met een (historisch of vrijwillig) lager tariefpercentage krijgen de op- en afslagen niet (L1100-1101)'),
  ('zilverenkruis', 'GGZ', 2025, 'bestaand-maar-nieuw', NULL, 'looptijd',
   'eenjarige overeenkomst (onder voorwaarden) (2025)',
   '[2025-01-01,2026-01-01)', NULL, NULL,
   '001_984eca5123cbd441.txt L2093-2094', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'bestaand-maar-nieuw', NULL, 'tarief',
   'tariefpercentage zorg 93,9% (2024-2026) voor "zorgaanbieders die voor het eerst een overeenkomst afsluiten met Zilveren Kruis"; NHC/NIC 100%; de op- en afslagen gelden niet',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1121-1122, L1133-1147, L1010-1011',
   'interpretatie: de tekst noemt bestaand-maar-nieuw hier niet apart, maar 2.4 geldt voor aanbieders "die nog geen overeenkomst hebben met Zilveren Kruis" en 2.3 scheidt "al een overeenkomst" van "nieuw voor het zorgkantoor"'),
  ('zilverenkruis', 'GGZ', 2025, 'bestaand-maar-nieuw', NULL, 'documenten',
   'bestuursverklaring en een beknopt ondernemingsplan ("tenminste het bedrijfs- en financieel plan"); geen informatie ter onderbouwing van de bestuursverklaring, de zorgkantoren wisselen die zo nodig onderling uit',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1951-1959', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'bestaand-maar-nieuw', NULL, 'beoordeling',
   'mogelijk een inhoudelijk gesprek, bij voorkeur op locatie, in september 2024; het ondernemingsplan wordt beoordeeld als bij nieuwe zorgaanbieders; een incompleet ondernemingsplan kan tot uitsluiting of een andere prioriteit leiden',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L2022-2024, L2883-2899, L2839-2843', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'nieuw', NULL, 'looptijd',
   'eenjarige overeenkomst (onder voorwaarden) (2025): "Met nieuwe zorgaanbieders gaan wij een éénjarige overeenkomst aan"',
   '[2025-01-01,2026-01-01)', NULL, NULL,
   '001_984eca5123cbd441.txt L2096, L2925-2929', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'nieuw', NULL, 'tarief',
   'tariefpercentage zorg 93,9% (2024-2026), NHC/NIC 100%; de op- en afslagen gelden niet; "in uitzonderingsgevallen" een hoger percentage, bijvoorbeeld bij complexe doelgroepen of een knelpunt in de regio',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1124-1147, L2938-2940', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'nieuw', NULL, 'documenten',
   'bestuursverklaring, ondernemingsplan (organisatie-inrichting, missie en strategie, bedrijfsplan, financieel plan met de jaarrekeningen 2022 en 2023 en een begroting 2025) en de documenten ter onderbouwing van 7.5: KvK- en UBO-afschrift, Wtza-toelating, VOG RP, statuten, polisblad aansprakelijkheidsverzekering, bijlage 2 onderaannemerschap, bewijs van de Wtza-meldplicht',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L1961-1965, L2313-2816', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'nieuw', NULL, 'documenten',
   'afschrift van de inschrijving in het Handelsregister van de KvK, met de leden van het toezichthoudend orgaan, "niet ouder dan zes maanden op het moment van inschrijving"',
   NULL, NULL, '6 months',
   '001_984eca5123cbd441.txt L2351-2362', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'nieuw', NULL, 'documenten',
   'afschrift van de inschrijving van de UBO(''s) in het UBO-register (of de bevestiging en een gedateerde printscreen), "niet ouder dan 6 maanden op het moment van inschrijving"',
   NULL, NULL, '6 months',
   '001_984eca5123cbd441.txt L2381-2409', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'nieuw', NULL, 'documenten',
   'Verklaring omtrent gedrag voor rechtspersonen (VOG RP), "niet ouder dan een jaar op het moment van inschrijving" en aangevraagd voor deze inkoopprocedure; een VOG NP of GVA volstaat niet',
   NULL, NULL, '1 year',
   '001_984eca5123cbd441.txt L2471-2488', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'nieuw', NULL, 'documenten',
   'polisblad van een aansprakelijkheidsverzekering van minimaal € 2.500.000 per gebeurtenis, afgesloten op de datum van inschrijving en ingaand uiterlijk op de ingangsdatum van de overeenkomst',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L2684-2700', NULL),
  ('zilverenkruis', 'GGZ', 2025, 'nieuw', NULL, 'voorwaarde',
   'inregeltijd: Governancecode Zorg, kwaliteitskader, bedrijfsadministratie, privacybeleid, klachtenregeling en AO/IC op orde op het moment van zorglevering; cliëntenraad (of andere medezeggenschap) uiterlijk 6 maanden na de ingangsdatum van de overeenkomst',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L2317-2319, L2537-2682, L2931-2936',
   'de kolom van elk item volgt uit de plaats van de X in de tabel van 7.5'),
  ('zilverenkruis', 'GGZ', 2025, 'nieuw', NULL, 'voorwaarde',
   'aanbieders die op het moment van inschrijving aan minder dan 10 Wlz-cliënten zorg leveren in de regio''s van Zilveren Kruis komen "in principe niet" voor contractering in aanmerking; wie in een zorgcoöperatie zit of onderaannemer is, motiveert de meerwaarde van een eigen overeenkomst',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L2287-2295',
   'staat in hoofdstuk 7 (nieuwe zorgaanbieders); of het ook voor bestaand-maar-nieuw geldt zegt de tekst niet'),
  ('zilverenkruis', 'GGZ', 2025, 'nieuw', NULL, 'voorwaarde',
   'toegelaten wie aan alle voorwaarden voldoet én een leemte in specifiek zorgaanbod vervult en door omvang of rol een wezenlijke bijdrage aan de regionale opgave levert; samenwerkingsafspraken in de regio, medisch generalistische zorg en Wlz-specifieke behandeling geborgd',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L2282-2285, L2297-2305',
   'de twee bullets hebben geen voegwoord; 7.7 toetst "of sprake is van vervullen van een leemte" (L2892), dus gelezen als beide'),
  ('zilverenkruis', 'GGZ', 2025, 'nieuw', NULL, 'voorwaarde',
   'uiterlijk 24 juli 2024 met het aanvraagformulier aangeven dat men wil inschrijven',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L2307-2311',
   'wlz.uiterste(''zilverenkruis'', 2025, ''aanmelding-nieuwe-aanbieder'') geeft het moment'),
  ('zilverenkruis', 'GGZ', 2025, 'nieuw', NULL, 'beoordeling',
   'controle van bestuursverklaring en documenten, mogelijk een integriteitstoets, een gesprek in september 2024 bij voorkeur op locatie en beoordeling van het ondernemingsplan; afwijzing onder meer bij een negatief eigen vermogen, geen leemte in de regio of een beeld dat niet strookt met het plan',
   NULL, NULL, NULL,
   '001_984eca5123cbd441.txt L2043-2054, L2883-2923', NULL),
  -- CZ, Wlz GZ, inkoopjaar 2026 (002): the contract types of 6.4, the
  -- documents of 6.5 and bijlage 3, the tariff categories of 5.1.2, volume
  -- (5.2) and payment (bijlage 1). The VGN overview (000) summarises some of
  -- the same cells; its lines are cited next to the document's own.
  ('cz', 'GZ', 2026, 'bestaand', 'meerjarig', 'looptijd',
   'overeenkomst voor drie jaar (2024-2026)',
   '[2024-01-01,2027-01-01)', NULL, NULL,
   '002_f8c218839efa0959.txt L1365-1368, L1399-1400; 000_5a856cd43381b77b.txt L271',
   'meerjarig is hier "een overeenkomst tot en met 31 december 2026" (L1399), een driejarige of een tweejarige; welke van de twee zegt wlz.klassificatie niet'),
  ('cz', 'GZ', 2026, 'bestaand', 'meerjarig', 'looptijd',
   'overeenkomst voor twee jaar (2025-2026)',
   '[2025-01-01,2027-01-01)', NULL, NULL,
   '002_f8c218839efa0959.txt L1365-1369, L1399-1400',
   'meerjarig is hier "een overeenkomst tot en met 31 december 2026" (L1399), een driejarige of een tweejarige; welke van de twee zegt wlz.klassificatie niet'),
  ('cz', 'GZ', 2026, 'bestaand', 'heel-jaar', 'looptijd',
   'overeenkomst voor één jaar (2026) voor wie "het hele aan 2026 voorafgaande jaar een eenjarige overeenkomst" had',
   '[2026-01-01,2027-01-01)', NULL, NULL,
   '002_f8c218839efa0959.txt L1370-1372', NULL),
  ('cz', 'GZ', 2026, 'bestaand', 'deel-jaar', 'looptijd',
   'overeenkomst voor één jaar (2026) voor wie een overeenkomst voor een deel van het aan 2026 voorafgaande jaar had',
   '[2026-01-01,2027-01-01)', NULL, NULL,
   '002_f8c218839efa0959.txt L1373-1375', NULL),
  ('cz', 'GZ', 2026, 'bestaand', NULL, 'verlenging',
   'voor alle typen overeenkomsten kan het zorgkantoor de overeenkomst "eenzijdig twee keer met een periode van één jaar" verlengen',
   NULL, 2, NULL,
   '002_f8c218839efa0959.txt L1380-1381; 000_5a856cd43381b77b.txt L271', NULL),
  ('cz', 'GZ', 2026, 'bestaand', 'meerjarig', 'documenten',
   'inschrijvingsverklaring (met daarin de ZN-instemmingsverklaring): de aanbieder voldoet aan de voorwaarden voor 2026, er gelden geen uitsluitingsgronden van de bestuursverklaring 2026 en hij aanvaardt de overeenkomst Wlz 2025-2026',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1399-1406, L1389-1390', NULL),
  ('cz', 'GZ', 2026, 'bestaand', 'heel-jaar', 'documenten',
   'bestuursverklaring en inschrijvingsverklaring, zonder aanvullende documenten ter onderbouwing; wijzigingen melden met de gewijzigde documenten; onderbouwende stukken desgevraagd overleggen',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1408-1424',
   'de tekst spreekt van "een eenjarige overeenkomst tot en met 31 december 2025", dus heel-jaar en deel-jaar'),
  ('cz', 'GZ', 2026, 'bestaand', 'deel-jaar', 'documenten',
   'bestuursverklaring en inschrijvingsverklaring, zonder aanvullende documenten ter onderbouwing; wijzigingen melden met de gewijzigde documenten; onderbouwende stukken desgevraagd overleggen',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1408-1424',
   'de tekst spreekt van "een eenjarige overeenkomst tot en met 31 december 2025", dus heel-jaar en deel-jaar'),
  ('cz', 'GZ', 2026, 'bestaand', NULL, 'tarief',
   'het richttariefpercentage 2026 voor de sector GZ met de aanpassingen van 5.1.2 (een vast lager percentage bij een historisch lager tarief, historisch lagere kosten of geen actieve bijdrage aan de regionale opgave; 100% voor VPT, DTV en logeren) en de hardheidsclausule; NHC/NIC 100%; tarief en volume worden jaarlijks vastgesteld, ongeacht de contractduur',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L669-674, L709, L723-729, L832-834, L1384-1385', NULL),
  ('cz', 'GZ', 2026, 'bestaand', NULL, 'volume',
   'initiële productieafspraak 2026: 95% van het volume ZZP, VPT, DTV en MPT van de herschikte productieafspraak, met correcties; de overige 5% houdt CZ beschikbaar voor de keuze van de cliënt en knelpunten',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L909-925',
   'geldt voor "alle eerder gecontracteerde zorgaanbieders" (L909-910); L911 noemt de herschikte productieafspraak "van 2024", L912 rekent met de realisatie van 2025'),
  ('cz', 'GZ', 2026, 'bestaand-maar-nieuw', NULL, 'looptijd',
   'overeenkomst van één jaar (2026)',
   '[2026-01-01,2027-01-01)', NULL, NULL,
   '002_f8c218839efa0959.txt L1376-1377', NULL),
  ('cz', 'GZ', 2026, 'bestaand-maar-nieuw', NULL, 'verlenging',
   'voor alle typen overeenkomsten kan het zorgkantoor de overeenkomst "eenzijdig twee keer met een periode van één jaar" verlengen',
   NULL, 2, NULL,
   '002_f8c218839efa0959.txt L1380-1381', NULL),
  ('cz', 'GZ', 2026, 'bestaand-maar-nieuw', NULL, 'tarief',
   'uitzondering op het lagere percentage voor nieuwe aanbieders: CZ gaat met de aanbieder in gesprek; het tariefpercentage kan "niet hoger zijn dan het richttariefpercentage"; NHC/NIC 100%',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L741-746, L709',
   'of het gesprek begint bij RT% min 2% zoals voor nieuwe aanbieders zegt de tekst niet; zeker is alleen de grens'),
  ('cz', 'GZ', 2026, 'bestaand-maar-nieuw', NULL, 'documenten',
   'bestuursverklaring, inschrijvingsverklaring en een beknopt ondernemingsplan ("tenminste het bedrijfs- en financieel plan"); geen informatie ter onderbouwing van de bestuursverklaring, de zorgkantoren wisselen die zo nodig onderling uit',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1426-1436', NULL),
  ('cz', 'GZ', 2026, 'bestaand-maar-nieuw', NULL, 'beoordeling',
   'mogelijk een inhoudelijk gesprek, bij voorkeur op locatie, vóór 7 oktober 2025; het ondernemingsplan wordt beoordeeld als bij nieuwe zorgaanbieders; een incompleet ondernemingsplan kan tot uitsluiting of een andere prioriteit leiden',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1457-1458, L1488-1491, L1543-1544, L2621-2626', NULL),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'looptijd',
   'eenjarige overeenkomst (2026)',
   '[2026-01-01,2027-01-01)', NULL, NULL,
   '002_f8c218839efa0959.txt L1378',
   'een tussentijds gecontracteerde aanbieder begint later in 2026 (L1713-1718); de overeenkomst blijft er een voor 2026'),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'verlenging',
   'voor alle typen overeenkomsten kan het zorgkantoor de overeenkomst "eenzijdig twee keer met een periode van één jaar" verlengen',
   NULL, 2, NULL,
   '002_f8c218839efa0959.txt L1380-1381', NULL),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'tarief',
   'een tariefpercentage dat "2% lager is dan het richttariefpercentage van het betreffende inkoopjaar"; uitzondering (bijvoorbeeld complexe doelgroepen): in gesprek, niet hoger dan het richttariefpercentage; NHC/NIC 100%; de 100% voor VPT, DTV en logeren geldt niet',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L733-746, L709, L841-843; 000_5a856cd43381b77b.txt L134',
   'de 100% voor VPT, DTV en logeren geldt niet "voor de categorie zorgaanbieders met een lager tarief" (L843), en nieuwe aanbieders zijn de eerste van die categorieën (L723-729); of 2% procentpunten of relatief is zegt de tekst niet'),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'volume',
   'productieafspraak op basis van het aantal cliënten met een Wlz-indicatie dat de aanbieder al in zorg heeft; geen volume zolang er nog geen Wlz-cliënten in zorg zijn; bij de herschikking bijgesteld naar de goedgekeurde declaraties',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L941-949', NULL),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'betaling',
   'geen voorschot: betaling achteraf per maand op basis van de declaraties, "voor een periode van minimaal een halfjaar"',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L2007-2012', NULL),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'documenten',
   'bestuursverklaring, inschrijvingsverklaring, ondernemingsplan (organisatie-inrichting, missie en strategie, bedrijfsplan, financieel plan met de jaarrekeningen 2023 en 2024 en een begroting 2026) en de documenten ter onderbouwing van bijlage 3: KvK- en UBO-afschrift, Wtza-toelating (of bewijs van toelating van rechtswege), VOG RP, statuten, polisblad aansprakelijkheidsverzekering, bijlage 2 onderaannemerschap, bewijs van de Wtza-meldplicht',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1437-1442, L1645-1702, L2087-2626', NULL),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'documenten',
   'afschrift van de inschrijving in het Handelsregister van de KvK, met de leden van het toezichthoudend orgaan, "niet ouder dan zes maanden op het moment van inschrijving"',
   NULL, NULL, '6 months',
   '002_f8c218839efa0959.txt L2120-2134', NULL),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'documenten',
   'afschrift van de inschrijving van de UBO(''s) in het UBO-register (of de bevestiging en een gedateerde printscreen), "niet ouder dan 6 maanden op het moment van inschrijving"',
   NULL, NULL, '6 months',
   '002_f8c218839efa0959.txt L2157-2195', NULL),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'documenten',
   'Verklaring omtrent gedrag voor rechtspersonen (VOG RP), "niet ouder dan een jaar op het moment van inschrijving" en aangevraagd voor deze inkoopprocedure; een VOG NP of GVA volstaat niet',
   NULL, NULL, '1 year',
   '002_f8c218839efa0959.txt L2295-2317', NULL),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'documenten',
   'polisblad van een aansprakelijkheidsverzekering van minimaal € 2.500.000 per gebeurtenis, afgesloten op de datum van inschrijving en ingaand uiterlijk op de ingangsdatum van de overeenkomst',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L2499-2518', NULL),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'voorwaarde',
   'overeenkomst onder voorwaarden met inregeltijd, alleen voor de items van bijlage 3: de Governancecode Zorg uiterlijk op het moment van zorglevering, een cliëntenraad (of andere medezeggenschap) uiterlijk 6 maanden na de ingangsdatum van de overeenkomst',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1572-1579, L1656-1659, L2353-2374',
   'de kolommen van de tabel in bijlage 3 zijn in de tekstversie weggevallen; alleen wat de tekst zelf zegt staat hier'),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'voorwaarde',
   'een PGB-zorgaanbieder die naar zorg in natura wil, schrijft in als nieuwe zorgaanbieder en wordt gecontracteerd als hij aan alle voorwaarden voldoet',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1313-1318', NULL),
  ('cz', 'GZ', 2026, 'nieuw', NULL, 'beoordeling',
   'controle van bestuursverklaring, inschrijvingsverklaring en documenten, mogelijk een integriteitstoets, een gesprek (bij voorkeur op locatie) vóór 7 oktober 2025 en, als een overeenkomst volgt, nog een gesprek op locatie vóór de ingang; afwijzing onder meer bij een negatief eigen vermogen of een beeld dat niet strookt met het ondernemingsplan',
   NULL, NULL, NULL,
   '002_f8c218839efa0959.txt L1504-1518, L1520-1565', NULL),
  -- VGN, overzicht inkoopbeleid Wlz 2026 gehandicaptenzorg (000): a secondary
  -- summary of seven zorgkantoren, GZ, inkoopjaar 2026. Its CZ cells are cited
  -- with CZ's own document above. "3 jaar" is read as the policy period
  -- 2024-2026 that the overview summarises (L4, L268).
  ('zilverenkruis', 'GZ', 2026, 'bestaand', NULL, 'looptijd',
   '"Overeenkomst voor bestaande aanbieders voor 3 jaar"',
   '[2024-01-01,2027-01-01)', NULL, NULL,
   '000_5a856cd43381b77b.txt L270',
   'de periode 2024-2026 is gelezen uit "Beleid 2024-2026" (L268); "met mogelijkheid 2 jaar verlengen" (L268) gaat over het beleid, niet over de overeenkomst'),
  ('zilverenkruis', 'GZ', 2026, 'bestaand', NULL, 'tarief',
   '"Tariefpercentages voor 3 jaar"',
   NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L269',
   'het overzicht koppelt dit aan geen klasse; hier bij bestaand, die de overeenkomst voor 3 jaar krijgt'),
  ('zilverenkruis', 'GZ', 2026, 'nieuw', NULL, 'tarief',
   '"Nieuwe aanbieders: 93,7%"; "Voor nieuwe aanbieders en aanbieders met historisch lager tarief: max. het richttariefpercentage 2026"',
   NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L129, L85',
   'hoe 93,7% en het maximum RT% 2026 zich verhouden zegt het overzicht niet; bestaand-maar-nieuw noemt het niet'),
  ('vgz', 'GZ', 2026, 'bestaand', NULL, 'looptijd',
   '"Overeenkomst voor bestaande aanbieders voor 3 jaar"',
   '[2024-01-01,2027-01-01)', NULL, NULL,
   '000_5a856cd43381b77b.txt L272', NULL),
  ('vgz', 'GZ', 2026, 'bestaand', NULL, 'verlenging',
   '"met mogelijkheid 2 keer een jaar te verlengen (door zorgkantoor)"',
   NULL, 2, NULL,
   '000_5a856cd43381b77b.txt L272', NULL),
  ('menzis', 'GZ', 2026, 'nieuw', NULL, 'tarief',
   '"Nieuwe aanbieders: -2% van het richttarief-percentage"',
   NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L147',
   '"van" wijst eerder op 2% van het percentage dan op 2 procentpunten, maar zegt het niet zeker'),
  ('dsw', 'GZ', 2026, 'bestaand', NULL, 'looptijd',
   '"Meerjarige afspraken 2024-2028, resultaatsafspraak die bijdraagt aan toekomstbestendigheid, meerjarig financieel bij bestaande aanbieders"',
   '[2024-01-01,2029-01-01)', NULL, NULL,
   '000_5a856cd43381b77b.txt L487-488',
   'naast de meerjarige afspraken kent DSW een "Eenjarige overeenkomst" (L376); voor wie welke geldt zegt het overzicht niet'),
  ('dsw', 'GZ', 2026, 'bestaand', NULL, 'tarief',
   '"Bestaande aanbieders met resultaatafspraak: tarief vloeit voort uit meerjarenafspraak"',
   NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L378', NULL),
  ('dsw', 'GZ', 2026, 'bestaand', NULL, 'tarief',
   '"Eenjarige overeenkomst: Obv monitor 1% onder, boven of gelijk aan tarief 2025. Max 97,5%"',
   NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L376',
   'het overzicht noemt geen klasse; hier bij bestaand omdat nieuwe aanbieders een eigen regel hebben (91%, L377) en het om het tarief 2025 van de aanbieder gaat'),
  ('dsw', 'GZ', 2026, 'nieuw', NULL, 'tarief',
   '"Nieuwe aanbieders: 91% max. NZa tarief"',
   NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L377',
   'een vast percentage van het NZa-maximumtarief, niet afgeleid van het richttariefpercentage'),
  ('zorgenzekerheid', 'GZ', 2026, 'bestaand', NULL, 'looptijd',
   '"Overeenkomst 3 jaar bestaande aanbieders"',
   '[2024-01-01,2027-01-01)', NULL, NULL,
   '000_5a856cd43381b77b.txt L489',
   'geen verlenging genoemd'),
  ('zorgenzekerheid', 'GZ', 2026, 'nieuw', NULL, 'tarief',
   '"Nieuwe aanbieders, beperkt spectrum of historisch lager tarief kan leiden tot lager tarief"',
   NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L363', 'geen percentage genoemd'),
  ('salland', 'GZ', 2026, 'bestaand', NULL, 'looptijd',
   '"Overeenkomst voor bestaande aanbieders met omzet > €100.000 voor 3 jaar"',
   '[2024-01-01,2027-01-01)', NULL, NULL,
   '000_5a856cd43381b77b.txt L491', NULL),
  ('salland', 'GZ', 2026, 'bestaand', NULL, 'verlenging',
   '"met mogelijkheid 2 keer een jaar te verlengen (door zorgkantoor)", voor bestaande aanbieders met omzet > € 100.000',
   NULL, 2, NULL,
   '000_5a856cd43381b77b.txt L491', NULL),
  ('salland', 'GZ', 2026, 'bestaand', NULL, 'voorwaarde',
   'de overeenkomst voor 3 jaar met verlengingen alleen bij een omzet van meer dan € 100.000',
   NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L491',
   'strikt groter dan € 100.000; over welke periode en of alleen Wlz-omzet telt zegt het overzicht niet, en ook niet wat een bestaande aanbieder met minder omzet krijgt'),
  ('salland', 'GZ', 2026, 'bestaand', NULL, 'tarief',
   '"Tarief voor looptijd"',
   NULL, NULL, NULL,
   '000_5a856cd43381b77b.txt L491',
   'gelezen als: het tarief staat vast voor de looptijd van de overeenkomst'),
  -- Zorg en Zekerheid, regionaal inkoopkader Wlz 2021-2023, aanvulling
  -- inkoopjaar 2022 (004), all three sectors. It defines no classes and gives
  -- few consequences per class; these are the ones it has.
  ('zorgenzekerheid', NULL, 2022, 'bestaand', 'meerjarig', 'looptijd',
   'een meerjarige overeenkomst wordt voortgezet; de inkoopdocumenten 2022 en de Nota''s van Inlichtingen worden er deel van',
   NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L85-95',
   'de looptijd van de meerjarige overeenkomst staat er niet; het kader loopt 2021-2023 (L2). Voorlopige contractering is een "eenjarige of meerjarige overeenkomst" (L1217-1218) zonder te zeggen voor wie'),
  ('zorgenzekerheid', NULL, 2022, 'nieuw', NULL, 'beoordeling',
   'bij de beoordeling van nieuwe zorgaanbieders telt ook mee in hoeverre ze bijdragen aan de speerpunten en aan het oplossen van de knelpunten van 2.2',
   NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L1167-1170', NULL),
  ('zorgenzekerheid', NULL, 2022, 'nieuw', NULL, 'tarief',
   '"nieuwe toetreders" zijn een van de inhoudelijke verschillen die een maatwerkafspraak en afwijken van het richttariefpercentage kunnen rechtvaardigen',
   NULL, NULL, NULL,
   '004_bd9ba15cba346436.txt L767-776',
   'geen percentage en geen richting (hoger of lager) genoemd; het landelijk richttariefpercentage is 95,8% (L685)')
) AS v(zorgkantoor, sector, jaar, klasse, contractvorm, onderwerp, omschrijving,
       looptijd, verlengingen, max_leeftijd, bron, toelichting);


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

-- ---------------------------------------------------------------------------
-- Tarief: meegeleverd beleid 1 - richttarief, Zilveren Kruis GGZ 2025,
-- CZ GZ 2026, Zorg en Zekerheid 2022 (seed 001, 002, 004)
-- ---------------------------------------------------------------------------

-- Richttariefpercentages that the documents give. Only for information in
-- their own document (no rights derive from them), but they are the national
-- figures of their year.  The RT% 2025 GGZ and 2026 GZ are not in the
-- documents ("volgt 05-09-24", 002 L686-690): add them as your own rows.
INSERT INTO wlz.richttarief (sector, jaar, percentage, bekendgemaakt, bron, toelichting, meegeleverd) VALUES
  ('GGZ', 2024, 97.3, date '2024-05-31', '001_984eca5123cbd441.txt L993-999',
   'zoals bekendgemaakt in de Nota van Wijzigingen van 31 mei 2024 (L993-994); uitsluitend ter informatie, geen rechten voor 2025', true),
  ('GZ', 2025, 97.8, NULL, '002_f8c218839efa0959.txt L700-702',
   'uitsluitend ter informatie, geen rechten voor 2026; de datum van bekendmaking staat niet in het document', true),
  ('VV', 2022, 95.8, NULL, '004_bd9ba15cba346436.txt L684-689',
   'het document noemt een landelijk richttariefpercentage van 95,8% zonder sector; gelezen als het percentage van elke sector', true),
  ('GZ', 2022, 95.8, NULL, '004_bd9ba15cba346436.txt L684-689',
   'het document noemt een landelijk richttariefpercentage van 95,8% zonder sector; gelezen als het percentage van elke sector', true),
  ('GGZ', 2022, 95.8, NULL, '004_bd9ba15cba346436.txt L684-689',
   'het document noemt een landelijk richttariefpercentage van 95,8% zonder sector; gelezen als het percentage van elke sector', true);

-- Zilveren Kruis, GGZ 2025 (seed 001, 2.3-2.4).  The RT% GGZ 2025 is not in
-- the document, so wlz.tariefpercentage says P0002 until a user adds it.
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, leveringsvormen, zorgprofielen,
                             prestaties, kenmerk, groep, bewerking, waarde, eindregel, bron, toelichting,
                             meegeleverd) VALUES
  ('zilverenkruis', 'GGZ', 2025, 10, '{nieuw,bestaand-maar-nieuw}', NULL, NULL,
   NULL, NULL, NULL, 'vast', 93.9, true, '001_984eca5123cbd441.txt L1133-1147',
   'nieuw voor Zilveren Kruis ("voor het eerst een overeenkomst afsluiten met Zilveren Kruis", L1133): nieuw en bestaand-maar-nieuw; 93,9% voor 2024-2026, NHC/NIC 100%; de op- en afslagen gelden niet (L1147), ook niet de 100% voor beveiligde zorg, die L552-553 een opslag noemt; een hoger percentage in uitzonderingsgevallen (L1128-1130) is een eigen afspraak', true),
  ('zilverenkruis', 'GGZ', 2025, 20, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'historisch', NULL, true, '001_984eca5123cbd441.txt L1090-1101',
   'het voor 2023 afgesproken lagere percentage geldt ook voor 2024-2026; een op verzoek verhoogd percentage (L1093-1095, 6.9.5) geeft u mee als historisch; de op- en afslagen gelden niet (L1100-1101)', true),
  ('zilverenkruis', 'GGZ', 2025, 30, NULL, NULL, NULL,
   '{Z1007,Z1008}', NULL, NULL, 'vast', 100, true, '001_984eca5123cbd441.txt L1031-1033, L1046',
   'beveiligde zorg "wordt 100% gefinancierd": het eindpercentage, welk zorgprofiel of welke leveringsvorm ook; geen afslag erna', true),
  ('zilverenkruis', 'GGZ', 2025, 40, NULL, NULL, '{W5,B7}',
   NULL, NULL, 'opslag', 'opslag', 2, false, '001_984eca5123cbd441.txt L1031-1032, L1044',
   '+2% gelezen als 2 procentpunt op het RT% (de kolom "Aanpassing op het tariefpercentage"); "tot een maximum van 100%" is de grens 0-100 van wlz.tariefpercentage; groep opslag: W5/B7 via VPT of MPT krijgt de opslag een keer, de tekst zegt niet dat ze stapelen', true),
  ('zilverenkruis', 'GGZ', 2025, 50, NULL, '{vpt,mpt}', NULL,
   NULL, NULL, 'opslag', 'opslag', 2, false, '001_984eca5123cbd441.txt L1031-1032, L1048',
   '+2% gelezen als 2 procentpunt op het RT%, tot 100%; groep opslag: niet bovenop de opslag voor W5/B7', true),
  ('zilverenkruis', 'GGZ', 2025, 60, NULL, '{verblijf}', '{W1,W2}',
   NULL, NULL, NULL, 'afslag', 2, false, '001_984eca5123cbd441.txt L1032-1033, L1050',
   '-2% gelezen als 2 procentpunt; alleen intramuraal ("(intramuraal)", L1050): leveringsvorm verblijf; W1/W2 via VPT of MPT krijgt de opslag van regel 50 en geen afslag; deeltijdverblijf (dtv) noemt de tekst niet en krijgt geen afslag', true);

-- CZ, GZ 2026 (seed 002, 5.1).  The RT% GZ 2026 is not in the document
-- (published 5 September 2025, L686-690).
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, leveringsvormen, zorgprofielen,
                             prestaties, kenmerk, groep, bewerking, waarde, eindregel, bron, toelichting,
                             meegeleverd) VALUES
  ('cz', 'GZ', 2026, 10, '{nieuw,bestaand-maar-nieuw}', NULL, NULL,
   NULL, NULL, NULL, 'afslag', 2, true, '002_f8c218839efa0959.txt L733-746, L841-843',
   '"2% lager dan het richttariefpercentage" gelezen als 2 procentpunt; bestaand-maar-nieuw gaat in 2026 ook voor het eerst een overeenkomst met CZ aan (L735) en valt onder dezelfde uitzondering (L743-746); een uitzondering wordt in gesprek afgesproken, ten hoogste het RT%, en is een eigen afspraak; de 100% voor VPT, DTV en logeren geldt niet voor deze categorie (L843)', true),
  ('cz', 'GZ', 2026, 20, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'historisch', NULL, false, '002_f8c218839efa0959.txt L748-760',
   'het in jaar t-1 afgesproken lagere percentage', true),
  ('cz', 'GZ', 2026, 30, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'maximum', NULL, true, '002_f8c218839efa0959.txt L759-760, L843',
   '"nooit verder verhogen dan het richttariefpercentage": ten hoogste het RT%; de 100% voor VPT, DTV en logeren geldt niet voor een lager tarief (L843), ook al blijft "aanspraak op opslagen" (L760): dit document noemt geen andere opslagen', true),
  ('cz', 'GZ', 2026, 40, NULL, NULL, NULL,
   NULL, 'lagere-kosten', NULL, 'afslag', 2, true, '002_f8c218839efa0959.txt L762-785, L843',
   'historisch lagere kosten: "tenminste 2% lager" dan het RT% 2026, gelezen als 2 procentpunt; een lager afgesproken percentage is een eigen afspraak', true),
  ('cz', 'GZ', 2026, 50, NULL, NULL, NULL,
   NULL, 'geen-regionale-bijdrage', NULL, 'afslag', 2, true, '002_f8c218839efa0959.txt L787-817, L843',
   '"krijgen het lagere tarief" zonder bedrag (L810): gelezen als het vaste lagere percentage van 5.1.2a dat voor nieuwe aanbieders 2 procentpunt is (L736)', true),
  ('cz', 'GZ', 2026, 60, NULL, NULL, NULL,
   '{Z911,Z912,Z913,Z914,Z915,Z919,Z975,Z976,Z977,Z978,Z979,Z980}', NULL, 'thuis-100', 'richttarief', NULL, false,
   '002_f8c218839efa0959.txt L704-705, L841-844',
   'de 100% geldt niet voor toeslagen, dagbesteding en vervoer bij VPT, DTV en logeren (L844): die houden het RT%; het document noemt geen codes, dit zijn de toeslagen die wlz.prestatie kent; dagbesteding en vervoer voegt u toe als eigen regel in groep thuis-100 met een lagere volgorde', true),
  ('cz', 'GZ', 2026, 70, NULL, '{vpt,dtv}', NULL,
   NULL, NULL, 'thuis-100', 'vast', 100, false, '002_f8c218839efa0959.txt L832-839',
   'VPT en DTV 100% voor 2026; niet voor MPT (L837-839)', true),
  ('cz', 'GZ', 2026, 80, NULL, NULL, NULL,
   NULL, 'logeren', 'thuis-100', 'vast', 100, false, '002_f8c218839efa0959.txt L832-834',
   'logeren 100% voor 2026; logeren is geen leveringsvorm en het document noemt geen prestatiecodes: geef kenmerk logeren mee voor een logeerprestatie', true);

-- Zorg en Zekerheid, 2022, all sectors (seed 004, 2.3.1): flankerend beleid.
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, leveringsvormen, zorgprofielen,
                             prestaties, kenmerk, groep, bewerking, waarde, eindregel, bron, toelichting,
                             meegeleverd) VALUES
  ('zorgenzekerheid', NULL, 2022, 10, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'historisch', NULL, false, '004_bd9ba15cba346436.txt L727-733, L761-765',
   'het historisch percentage is het gewogen gemiddelde tariefpercentage 2020 van de aanbieder (tariefpercentage per prestatiecode gewogen met de gedeclareerde bedragen 2020); was de aanbieder in 2020 nog niet actief: percentages 2021 met de declaraties van januari-april 2021; zonder dat gemiddelde geldt het RT%', true),
  ('zorgenzekerheid', NULL, 2022, 20, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'afslag', 0.5, true, '004_bd9ba15cba346436.txt L735-751',
   'min 0,5 procentpunt, zoals in het voorbeeld 96,6% - 0,5% = 96,1% (L745-747), voor alle prestaties (L747-751); de tekst zegt niet of het resultaat ten minste 95,8% blijft of wat geldt als het gemiddelde al onder het RT% ligt: de regel trekt altijd 0,5 af; maatwerk (2.3.2) is een eigen afspraak', true);


-- ---------------------------------------------------------------------------
-- Tarief: meegeleverd beleid 2 - VGN-overzicht GZ 2026, zeven zorgkantoren
-- (seed 000 1.2)
-- ---------------------------------------------------------------------------

-- The VGN overview (seed 000) is a secondary summary of the zorgkantoren's own
-- policies. Its "Tarief%", "Tariefbeleid" and "VG7/VG7+" cells as rules, read
-- with SPEC 4.2: percentage points, no stacking unless the text says so, a
-- condition the zorgkantoor judges as a kenmerk. Where the VG7/VG7+ cell says
-- "Vergoeding: (landelijk) richttariefpercentage", that rule comes first, so
-- that VG7+ stays at the RT% whatever else the provider gets; then the class,
-- the historically lower tariff, the 100 % items and the opslagen/afslagen.
-- CZ's cells (L132-135, L159) are not repeated here: CZ's own document ships
-- above (meegeleverd beleid 1) and says the same; two rule sets for cz, GZ,
-- 2026 would both apply.

-- Zilveren Kruis (L79-85, L125-130, L153).
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, leveringsvormen, zorgprofielen,
                             prestaties, kenmerk, groep, bewerking, waarde, eindregel, bron, toelichting,
                             meegeleverd) VALUES
  ('zilverenkruis', 'GZ', 2026, 10, NULL, NULL, '{VG7+}',
   NULL, NULL, NULL, 'richttarief', NULL, true, '000_5a856cd43381b77b.txt L127, L153',
   '"Complexe zorg (incl. VG7+): richttarief-percentage" en "Vergoeding: richttariefpercentage": VG7+ krijgt het RT%, in elke klasse en ook bij een historisch lager tarief; geen opslag of afslag', true),
  ('zilverenkruis', 'GZ', 2026, 20, '{nieuw,bestaand-maar-nieuw}', NULL, NULL,
   NULL, NULL, NULL, 'vast', 93.7, false, '000_5a856cd43381b77b.txt L129',
   '"Nieuwe aanbieders: 93,7%": een vast percentage van het NZa-maximumtarief; nieuw voor Zilveren Kruis, dus ook bestaand-maar-nieuw (SPEC 4.2); het overzicht noemt bestaand-maar-nieuw niet apart', true),
  ('zilverenkruis', 'GZ', 2026, 30, '{nieuw,bestaand-maar-nieuw}', NULL, NULL,
   NULL, NULL, NULL, 'maximum', NULL, true, '000_5a856cd43381b77b.txt L85',
   '"Voor nieuwe aanbieders ...: max. het richttariefpercentage 2026": 93,7% en ten hoogste het RT% 2026 (het kleinste van de twee); geen opslagen en geen 100% voor logeren, crisis of toeslagen', true),
  ('zilverenkruis', 'GZ', 2026, 40, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'historisch', NULL, false, '000_5a856cd43381b77b.txt L83',
   '"Indien historisch lager tarief, dan tarief handhaven": geef het percentage mee als historisch; een niet reëel percentage gaat via de HNT-aanvraag (uiterlijk 25-09) en is een eigen afspraak', true),
  ('zilverenkruis', 'GZ', 2026, 50, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'maximum', NULL, true, '000_5a856cd43381b77b.txt L85',
   '"... en aanbieders met historisch lager tarief: max. het richttariefpercentage 2026"; het overzicht noemt geen opslagen bovenop het historische tarief: na deze regel niets meer', true),
  ('zilverenkruis', 'GZ', 2026, 60, NULL, NULL, NULL,
   NULL, 'logeren', NULL, 'vast', 100, true, '000_5a856cd43381b77b.txt L130',
   '"Logeren: 100% (eenmalig voor 2026)"; logeren is geen leveringsvorm en het overzicht noemt geen prestatiecodes: geef kenmerk logeren mee', true),
  ('zilverenkruis', 'GZ', 2026, 70, NULL, NULL, NULL,
   NULL, 'crisis', NULL, 'vast', 100, true, '000_5a856cd43381b77b.txt L126',
   '"100% ... crisis": geen prestatiecodes genoemd; geef kenmerk crisis mee voor crisiszorg', true),
  ('zilverenkruis', 'GZ', 2026, 80, NULL, NULL, NULL,
   NULL, 'arts-vg', NULL, 'vast', 100, true, '000_5a856cd43381b77b.txt L126',
   '"100% ... regionale inzet arts VG": geen prestatiecodes genoemd; geef kenmerk arts-vg mee', true),
  ('zilverenkruis', 'GZ', 2026, 90, NULL, NULL, NULL,
   NULL, 'toeslag-100', NULL, 'vast', 100, true, '000_5a856cd43381b77b.txt L126',
   '"100% enkele toeslagen": welke toeslagen zegt het overzicht niet; geef kenmerk toeslag-100 mee voor een toeslag die Zilveren Kruis volgens zijn eigen beleid op 100% vergoedt', true),
  ('zilverenkruis', 'GZ', 2026, 100, NULL, NULL, '{1SGLVG,3ZGaud,5ZGvis}',
   NULL, NULL, NULL, 'opslag', 3, true, '000_5a856cd43381b77b.txt L125, L80',
   '"+3%SGLVG, 3ZGaud, 5ZGVIS" gelezen als +3 procentpunt op de zorgprofielen SGLVG, ZZP 3 ZGaud en ZZP 5 ZGvis (hoog complex en essentieel, L80), niet als +3/+3/+5; tot 100%; geen afslag regulier erna; "komt mogelijk te vervallen" (bekend op 05-09): vervalt de opslag, dan geldt het RT% (L80)', true),
  ('zilverenkruis', 'GZ', 2026, 110, NULL, NULL, NULL,
   NULL, 'complexe-zorg', NULL, 'richttarief', NULL, true, '000_5a856cd43381b77b.txt L127, L81',
   '"Richttarief voor complexe zorg": wat complexe zorg is beoordeelt Zilveren Kruis (kenmerk complexe-zorg); het RT%, ook bij een aanbieder met afslag regulier', true),
  ('zilverenkruis', 'GZ', 2026, 120, NULL, NULL, NULL,
   NULL, 'regulier', NULL, 'afslag', 0.5, false, '000_5a856cd43381b77b.txt L128, L82',
   '"Regulier -0,5% (lage ZZP''s en veel MPT)": 0,5 procentpunt; "lage ZZP''s" en "veel MPT" definieert het overzicht niet: Zilveren Kruis beoordeelt het (kenmerk regulier)', true);

-- VGZ (L88-92, L140-143, L164).
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, leveringsvormen, zorgprofielen,
                             prestaties, kenmerk, groep, bewerking, waarde, eindregel, bron, toelichting,
                             meegeleverd) VALUES
  ('vgz', 'GZ', 2026, 10, NULL, NULL, '{VG7+}',
   NULL, NULL, NULL, 'richttarief', NULL, true, '000_5a856cd43381b77b.txt L164',
   '"Vergoeding: richttariefpercentage": VG7+ krijgt het RT%, zonder transformatieopslag', true),
  ('vgz', 'GZ', 2026, 20, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'historisch', NULL, false, '000_5a856cd43381b77b.txt L91',
   '"Indien historisch lager tarief, dan tarief handhaven"; een niet reëel percentage gaat via de HNT-aanvraag (L92) en is een eigen afspraak', true),
  ('vgz', 'GZ', 2026, 30, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'maximum', NULL, true, '000_5a856cd43381b77b.txt L91',
   '"tenzij het richttariefpercentage lager ligt ..., in dat geval geldt het richttariefpercentage": het kleinste van historisch en RT%; de transformatieopslagen gelden voor het richttarief (L88), niet bovenop een historisch tarief', true),
  ('vgz', 'GZ', 2026, 40, NULL, '{vpt,mpt}', NULL,
   NULL, 'groei-vpt-mpt', 'transformatieopslag', 'opslag', 2.2, false, '000_5a856cd43381b77b.txt L142, L88-89',
   '"+2,2% MPT en VPT bij groeiend aantal en aandeel VPT en/of MPT tov ZZP in voorgaand jaar": 2,2 procentpunt op VPT en MPT; VGZ kent de opslag toe bij gunning (L89); groep transformatieopslag: niet ook de 0,2 van good practices, de tekst zegt niet dat ze stapelen', true),
  ('vgz', 'GZ', 2026, 50, NULL, '{verblijf,vpt,mpt}', NULL,
   NULL, 'good-practices', 'transformatieopslag', 'opslag', 0.2, false, '000_5a856cd43381b77b.txt L140, L88-89',
   '"+0,2% ZZP, VPT en MPT voor min. 2 nieuwe en bewezen good practices": 0,2 procentpunt; ZZP is leveringsvorm verblijf, deeltijdverblijf (dtv) is niet genoemd; groep transformatieopslag: bij VPT/MPT met ook groei-vpt-mpt geldt alleen de 2,2', true);

-- Menzis (L94-97, L144-147, L169-171).
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, leveringsvormen, zorgprofielen,
                             prestaties, kenmerk, groep, bewerking, waarde, eindregel, bron, toelichting,
                             meegeleverd) VALUES
  ('menzis', 'GZ', 2026, 10, NULL, NULL, '{VG7+}',
   NULL, 'module-complexe-zorg', NULL, 'vast', 99, true, '000_5a856cd43381b77b.txt L146, L171',
   '"99% max. NZa tarief voor Z472, Z473 en de nog vast te stellen productcodes voor VG7+" en "Opslag obv module complexe zorg ook van toepassing op VG7+": 99% voor VG7+ bij de module complexe zorg (gelezen als de derde module van L97)', true),
  ('menzis', 'GZ', 2026, 20, NULL, NULL, '{VG7+}',
   NULL, NULL, NULL, 'richttarief', NULL, true, '000_5a856cd43381b77b.txt L169',
   '"Vergoeding: richttariefpercentage": VG7+ zonder module complexe zorg krijgt het RT%, zonder andere module-opslag', true),
  ('menzis', 'GZ', 2026, 30, '{nieuw,bestaand-maar-nieuw}', NULL, NULL,
   NULL, NULL, NULL, 'afslag', 2, true, '000_5a856cd43381b77b.txt L147',
   '"Nieuwe aanbieders: -2% van het richttarief-percentage" gelezen als 2 procentpunt (SPEC 4.2); "van" kan ook 2% van het percentage betekenen (RT% x 0,98); nieuw voor Menzis, dus ook bestaand-maar-nieuw; geen module-opslagen, die noemt het overzicht voor nieuwe aanbieders niet', true),
  ('menzis', 'GZ', 2026, 40, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'historisch', NULL, false, '000_5a856cd43381b77b.txt L95',
   '"Voor zorgaanbieders met een historisch laag tarief, geldt dit tarief"', true),
  ('menzis', 'GZ', 2026, 50, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'maximum', NULL, true, '000_5a856cd43381b77b.txt L95-96',
   '"tenzij het richttariefpercentage lager ligt ..., in dat geval geldt het richttariefpercentage": het kleinste van historisch en RT%; de HLT-procedure (tot max. het RT% 2026, uiterlijk 25-09) geeft een eigen afspraak; geen module-opslagen bovenop een historisch tarief', true),
  ('menzis', 'GZ', 2026, 60, NULL, NULL, NULL,
   '{Z472,Z473}', 'module-complexe-zorg', NULL, 'vast', 99, true, '000_5a856cd43381b77b.txt L146, L97',
   '"Gegarandeerd aanbod complexe doelgroepen: 99% max. NZa tarief voor Z472, Z473": een vast percentage, gelezen als de module complexe zorg (L171; de derde van de 3 modules van L97); zonder de module geldt voor Z472/Z473 het RT%', true),
  ('menzis', 'GZ', 2026, 70, NULL, NULL, NULL,
   NULL, 'module-eigen-netwerk', NULL, 'opslag', 0.2, false, '000_5a856cd43381b77b.txt L144, L97',
   '"+ max 0,2% duurzame inzet eigen netwerk": ten hoogste 0,2 procentpunt; de regel geeft het maximum, een lagere toekenning is een eigen regel; "Opslagen per module": stapelt met de andere module', true),
  ('menzis', 'GZ', 2026, 80, NULL, NULL, NULL,
   NULL, 'module-digitaal', NULL, 'opslag', 0.2, false, '000_5a856cd43381b77b.txt L145, L97',
   '"+ max 0,2% digitaal als het kan": ten hoogste 0,2 procentpunt; de regel geeft het maximum, een lagere toekenning is een eigen regel; "Opslagen per module": stapelt met de andere module', true);

-- DSW (L355, L376-378, L391).
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, leveringsvormen, zorgprofielen,
                             prestaties, kenmerk, groep, bewerking, waarde, eindregel, bron, toelichting,
                             meegeleverd) VALUES
  ('dsw', 'GZ', 2026, 10, '{nieuw,bestaand-maar-nieuw}', NULL, NULL,
   NULL, NULL, NULL, 'vast', 91, true, '000_5a856cd43381b77b.txt L377',
   '"Nieuwe aanbieders: 91% max. NZa tarief": een vast percentage van het NZa-maximumtarief, niet afgeleid van het RT%; nieuw voor DSW, dus ook bestaand-maar-nieuw (SPEC 4.2)', true),
  ('dsw', 'GZ', 2026, 20, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'historisch', NULL, false, '000_5a856cd43381b77b.txt L376',
   '"Eenjarige overeenkomst: Obv monitor 1% onder, boven of gelijk aan tarief 2025": geef het tariefpercentage 2025 van de aanbieder mee als historisch; zonder dat geldt het RT% (DSW noemt het RT% niet; het tarief van een meerjarenafspraak, L378, is een eigen afspraak)', true),
  ('dsw', 'GZ', 2026, 30, NULL, NULL, NULL,
   NULL, 'monitor-boven', 'monitor', 'opslag', 1, false, '000_5a856cd43381b77b.txt L376, L355',
   '"1% ... boven ... tarief 2025": 1 procentpunt erbij als de monitor (L355) dat bepaalt; bedoeld samen met het tarief 2025 als historisch', true),
  ('dsw', 'GZ', 2026, 40, NULL, NULL, NULL,
   NULL, 'monitor-onder', 'monitor', 'afslag', 1, false, '000_5a856cd43381b77b.txt L376, L355',
   '"1% onder ... tarief 2025": 1 procentpunt eraf als de monitor (L355) dat bepaalt; groep monitor: niet ook boven', true),
  ('dsw', 'GZ', 2026, 50, NULL, NULL, NULL,
   NULL, 'historisch', NULL, 'maximum', 97.5, false, '000_5a856cd43381b77b.txt L376',
   '"Max 97,5%": ten hoogste 97,5% voor de eenjarige overeenkomst (met het tarief 2025 als historisch), na de uitkomst van de monitor', true);

-- Zorg en Zekerheid (L362-368, L380-382, L396). Its other cells have no
-- number: "kan leiden tot lager tarief" (L363), the opslag personeel that is
-- published on 05-09 (L381), lump sums (L382).
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, leveringsvormen, zorgprofielen,
                             prestaties, kenmerk, groep, bewerking, waarde, eindregel, bron, toelichting,
                             meegeleverd) VALUES
  ('zorgenzekerheid', 'GZ', 2026, 10, NULL, NULL, '{VG7+}',
   NULL, NULL, NULL, 'richttarief', NULL, true, '000_5a856cd43381b77b.txt L396',
   '"Vergoeding volgens landelijk richttariefpercentage": VG7+ krijgt het landelijke RT%, zonder afwijking of opslag (ook niet de opslag personeel van L381 als u die toevoegt); verder "Richtpercentage" (L362): het RT%', true);

-- Salland (L369-373, L384-385, L402).
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, leveringsvormen, zorgprofielen,
                             prestaties, kenmerk, groep, bewerking, waarde, eindregel, bron, toelichting,
                             meegeleverd) VALUES
  ('salland', 'GZ', 2026, 10, NULL, NULL, '{VG7+}',
   NULL, NULL, NULL, 'richttarief', NULL, true, '000_5a856cd43381b77b.txt L402',
   '"Vergoeding volgens landelijk richttariefpercentage": VG7+ krijgt het landelijke RT%, zonder differentiatie', true),
  ('salland', 'GZ', 2026, 20, NULL, NULL, NULL,
   NULL, 'differentiatie-hoog', 'differentiatie', 'opslag', 1, false, '000_5a856cd43381b77b.txt L384, L369-371',
   '"Afwijking richttarief tussen -2% en +1% obv differentiatie criteria" (rol/positie in regio, transformatie): de regel geeft de bovengrens, +1 procentpunt; een afwijking daartussen is een eigen regel met een eigen kenmerk', true),
  ('salland', 'GZ', 2026, 30, NULL, NULL, NULL,
   NULL, 'differentiatie-laag', 'differentiatie', 'afslag', 2, false, '000_5a856cd43381b77b.txt L384, L372',
   '"Afwijking richttarief tussen -2% en +1%" en "Lager tarief bij niet willen of kunnen voldoen aan basis": de regel geeft de ondergrens, -2 procentpunt; een kleinere afslag is een eigen regel; groep differentiatie: een afwijking, niet twee', true);
