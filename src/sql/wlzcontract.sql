-- ---------------------------------------------------------------------------
-- The objects of 0.1.0 in their 0.2.0 form, without data (install only; the
-- upgrade from 0.1.0 gets the same shape from wlzcontract--0.1.0--0.2.0.sql)
-- ---------------------------------------------------------------------------

GRANT USAGE ON SCHEMA wlz TO PUBLIC;
COMMENT ON SCHEMA wlz IS 'wlzcontract: Wlz zorginkoop (tarieven, aanbiederklassen, termijnen)';

-- ---------------------------------------------------------------------------
-- Basis: library version, the enums every part uses, the zorgkantoren
-- ---------------------------------------------------------------------------

CREATE FUNCTION wlz.versie()
RETURNS text
AS 'MODULE_PATHNAME', 'wlz_versie'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
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
    code        text NOT NULL
                CONSTRAINT zorgkantoor_code_check CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    naam        text,
    regios      text[],
    bron        text,
    toelichting text,
    meegeleverd boolean NOT NULL DEFAULT false,
    actief      boolean NOT NULL DEFAULT true,
    CONSTRAINT zorgkantoor_pkey PRIMARY KEY (code, meegeleverd),
    CONSTRAINT zorgkantoor_naam_check CHECK (naam IS NOT NULL OR NOT actief)
);
COMMENT ON TABLE wlz.zorgkantoor IS
  'zorgkantoren, met als sleutel een slug in kleine letters (''zilverenkruis'', ''cz'', ...); voeg eigen rijen toe';
COMMENT ON COLUMN wlz.zorgkantoor.code IS 'sleutel: kleine letters, cijfers en koppeltekens';
COMMENT ON COLUMN wlz.zorgkantoor.naam IS 'naam zoals de documenten hem schrijven';
COMMENT ON COLUMN wlz.zorgkantoor.regios IS 'zorgkantoorregio''s, voor zover een document ze noemt (NULL: niet genoemd)';
COMMENT ON COLUMN wlz.zorgkantoor.bron IS 'document en regels waaruit de rij komt';
COMMENT ON COLUMN wlz.zorgkantoor.toelichting IS 'vrije toelichting';


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

-- One row per step of a procurement timetable: a fixed moment (uiterst), a
-- term after another step (na_stap + termijn), or an event that only the
-- caller can date (neither: a request, a notice, the start of a contract),
-- resolved by wlz.uiterste and, from an event, wlz.uiterste_na.
-- zorgkantoor NULL holds the national (ZN / all zorgkantoren) steps: a
-- zorgkantoor without a row of its own for a step falls back to them.
-- Shipped rows and user rows may share a key: the user row wins, so a user
-- records an actual publication date in a row of their own, which pg_dump keeps.

CREATE TABLE wlz.termijnkalender (
    id          integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    zorgkantoor text,
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
    CONSTRAINT termijnkalender_stap_uniek
        UNIQUE NULLS NOT DISTINCT (zorgkantoor, sector, inkoopjaar, stap, meegeleverd),
    actief      boolean NOT NULL DEFAULT true,
    CONSTRAINT termijnkalender_vast_of_relatief CHECK (
        (uiterst IS NOT NULL AND na_stap IS NULL AND termijn IS NULL AND NOT atw)
        OR (uiterst IS NULL AND na_stap IS NOT NULL AND termijn IS NOT NULL)
        OR (uiterst IS NULL AND na_stap IS NULL AND termijn IS NULL AND NOT atw)
        OR NOT actief),
    CONSTRAINT termijnkalender_id_check CHECK ((id < 0) = meegeleverd)
);
COMMENT ON TABLE wlz.termijnkalender IS
  'inkooptijdpaden: per zorgkantoor, sector en inkoopjaar de stappen met hun uiterste moment, vast (uiterst), als termijn na een andere stap (na_stap + termijn), of een gebeurtenis die alleen de gebruiker kan dateren (uiterst, na_stap en termijn leeg: een verzoek, een melding, de ingangsdatum van een overeenkomst); wlz.uiterste rekent een stap uit, wlz.uiterste_na een stap die op een gebeurtenis volgt';
COMMENT ON COLUMN wlz.termijnkalender.zorgkantoor IS
  'zorgkantoor (wlz.zorgkantoor.code); NULL: landelijk (ZN, alle zorgkantoren), geldt voor elk zorgkantoor dat de stap zelf niet heeft';
COMMENT ON COLUMN wlz.termijnkalender.sector IS
  'sector (NULL: alle sectoren); een rij voor de gevraagde sector gaat voor de rij voor alle sectoren';
COMMENT ON COLUMN wlz.termijnkalender.inkoopjaar IS
  'het jaar waarvoor wordt ingekocht (de stappen zelf vallen meestal in het jaar ervoor)';
COMMENT ON COLUMN wlz.termijnkalender.stap IS
  'naam van de stap, kleine letters met koppeltekens (''vragen'', ''nota-van-inlichtingen'', ''bezwaar-richttarief'', ...; lijst in README)';
COMMENT ON COLUMN wlz.termijnkalender.uiterst IS
  'vast uiterste moment (een datum zonder tijd is het einde van die dag in Europe/Amsterdam); NULL bij een relatieve stap en bij een gebeurtenis (uiterst, na_stap en termijn alle drie NULL: een moment dat alleen de gebruiker kent, door te geven aan wlz.uiterste_na)';
COMMENT ON COLUMN wlz.termijnkalender.na_stap IS
  'relatieve stap: de stap (zelfde zorgkantoor en inkoopjaar) waarna de termijn loopt; dat kan een gebeurtenis zijn (een rij zonder uiterst en na_stap), dan rekent wlz.uiterste_na vanaf het moment dat de gebruiker meegeeft';
COMMENT ON COLUMN wlz.termijnkalender.termijn IS
  'relatieve stap: de termijn na na_stap (''20 kalenderdagen'', ''5 werkdagen'', ''-24 uur'' telt terug)';
COMMENT ON COLUMN wlz.termijnkalender.atw IS
  'relatieve stap: Algemene termijnenwet toepassen (verlenging over weekend en feestdagen, zie wlz.termijn_einde); de documenten zeggen dat nergens, dus false op de meegeleverde rijen';
COMMENT ON COLUMN wlz.termijnkalender.bron IS 'document en regels waaruit de rij komt';
COMMENT ON COLUMN wlz.termijnkalender.toelichting IS
  'hoe de tekst is gelezen, en waar het document zichzelf tegenspreekt';
CREATE INDEX termijnkalender_stap_idx ON wlz.termijnkalender (inkoopjaar, stap);
SELECT pg_catalog.pg_extension_config_dump('wlz.termijnkalender', 'WHERE NOT meegeleverd');
SELECT pg_catalog.pg_extension_config_dump('wlz.termijnkalender_id_seq', '');
GRANT SELECT ON wlz.termijnkalender TO PUBLIC;



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
    zorgkantoor   text,
    sector        wlz.sector,
    jaar          integer,
    klasse        wlz.aanbiederklasse,
    contractvorm  text
                  CONSTRAINT klasse_gevolg_contractvorm_check
                  CHECK (contractvorm IN ('meerjarig', 'heel-jaar', 'deel-jaar')),
    onderwerp     text
                  CONSTRAINT klasse_gevolg_onderwerp_check
                  CHECK (onderwerp IN ('looptijd', 'verlenging', 'tarief', 'volume', 'betaling',
                                       'documenten', 'beoordeling', 'voorwaarde')),
    omschrijving  text
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
               AND (max_leeftijd IS NULL OR onderwerp = 'documenten')),
    actief        boolean NOT NULL DEFAULT true,
    vervangt      integer,
    CONSTRAINT klasse_gevolg_id_check CHECK ((id < 0) = meegeleverd),
    CONSTRAINT klasse_gevolg_vervangt_check CHECK (vervangt IS NULL OR (vervangt < 0 AND NOT meegeleverd)),
    CONSTRAINT klasse_gevolg_nodig_check CHECK (
        (zorgkantoor IS NOT NULL AND jaar IS NOT NULL AND klasse IS NOT NULL
         AND onderwerp IS NOT NULL AND omschrijving IS NOT NULL)
        OR (NOT actief AND vervangt IS NOT NULL)),
    tot_en_met    integer
                  CONSTRAINT klasse_gevolg_tot_en_met_check CHECK (tot_en_met >= jaar)
);
COMMENT ON TABLE wlz.klasse_gevolg IS
  'wat elke aanbiederklasse (en bij bestaand elke contractvorm) krijgt per zorgkantoor, sector en inkoopjaar volgens de documenten: looptijd, verlenging, tarief in woorden, volume, betaling, documenten, beoordeling en voorwaarden; de tariefpercentages zelf staan in wlz.tariefregel';
COMMENT ON COLUMN wlz.klasse_gevolg.zorgkantoor IS 'zorgkantoor (wlz.zorgkantoor.code)';
COMMENT ON COLUMN wlz.klasse_gevolg.sector IS 'sector (NULL: alle sectoren)';
COMMENT ON COLUMN wlz.klasse_gevolg.jaar IS
  'inkoopjaar: het jaar waarvoor het document inkoopt (2025 voor een inschrijving in juli 2024); met tot_en_met het eerste jaar waarvoor de rij geldt';
COMMENT ON COLUMN wlz.klasse_gevolg.tot_en_met IS
  'het laatste inkoopjaar waarvoor de rij geldt, als het document er meer noemt (93,9% "2024-2026": jaar 2024, tot_en_met 2026); NULL: alleen jaar';
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
CREATE INDEX klasse_gevolg_zorgkantoor_idx ON wlz.klasse_gevolg (zorgkantoor, jaar, klasse);
SELECT pg_catalog.pg_extension_config_dump('wlz.klasse_gevolg', 'WHERE NOT meegeleverd');
SELECT pg_catalog.pg_extension_config_dump('wlz.klasse_gevolg_id_seq', '');
GRANT SELECT ON wlz.klasse_gevolg TO PUBLIC;



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
  'wat een tariefregel met het percentage doet: richttarief (:= RT%), vast (:= waarde), historisch (:= historisch percentage), opslag (+ waarde procentpunt), afslag (- waarde procentpunt), factor (x waarde / 100), maximum en minimum (grens waarde, of RT% als waarde NULL is; met wlz.tariefregel.basis: basis + waarde)';


CREATE TABLE wlz.richttarief (
    sector        wlz.sector NOT NULL,
    jaar          integer NOT NULL,
    percentage    numeric
                  CONSTRAINT richttarief_percentage_check CHECK (percentage BETWEEN 0 AND 100),
    bekendgemaakt date,
    bron          text,
    toelichting   text,
    meegeleverd   boolean NOT NULL DEFAULT false,
    actief        boolean NOT NULL DEFAULT true,
    CONSTRAINT richttarief_pkey PRIMARY KEY (sector, jaar, meegeleverd),
    CONSTRAINT richttarief_percentage_nodig_check CHECK (percentage IS NOT NULL OR NOT actief)
);
COMMENT ON TABLE wlz.richttarief IS
  'het landelijke richttariefpercentage (RT%) per sector en jaar; voeg het percentage van een nieuw jaar toe zodra het bekend is';
COMMENT ON COLUMN wlz.richttarief.sector IS 'sector';
COMMENT ON COLUMN wlz.richttarief.jaar IS 'tariefjaar';
COMMENT ON COLUMN wlz.richttarief.percentage IS 'richttariefpercentage van het NZa-maximumtarief (0-100)';
COMMENT ON COLUMN wlz.richttarief.bekendgemaakt IS 'datum van bekendmaking';
COMMENT ON COLUMN wlz.richttarief.bron IS 'document en regels waaruit de rij komt';
COMMENT ON COLUMN wlz.richttarief.toelichting IS 'vrije toelichting';
SELECT pg_catalog.pg_extension_config_dump('wlz.richttarief', 'WHERE NOT meegeleverd');
GRANT SELECT ON wlz.richttarief TO PUBLIC;

CREATE TABLE wlz.prestatie (
    code          text NOT NULL
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
    meegeleverd   boolean NOT NULL DEFAULT false,
    actief        boolean NOT NULL DEFAULT true,
    CONSTRAINT prestatie_pkey PRIMARY KEY (code, meegeleverd)
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
SELECT pg_catalog.pg_extension_config_dump('wlz.prestatie', 'WHERE NOT meegeleverd');
GRANT SELECT ON wlz.prestatie TO PUBLIC;

CREATE TABLE wlz.tariefregel (
    id              integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    zorgkantoor     text,
    sector          wlz.sector,
    jaar            integer,
    volgorde        integer,
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
    bewerking       wlz.bewerking,
    waarde          numeric
                    CONSTRAINT tariefregel_waarde_eindig_check
                    CHECK (waarde > '-Infinity' AND waarde < 'Infinity'),
    eindregel       boolean NOT NULL DEFAULT false,
    bron            text,
    toelichting     text,
    meegeleverd     boolean NOT NULL DEFAULT false,
    CONSTRAINT tariefregel_waarde_check
        CHECK (waarde IS NOT NULL OR bewerking NOT IN ('vast', 'opslag', 'afslag', 'factor')),
    actief          boolean NOT NULL DEFAULT true,
    vervangt        integer,
    CONSTRAINT tariefregel_id_check CHECK ((id < 0) = meegeleverd),
    CONSTRAINT tariefregel_vervangt_check CHECK (vervangt IS NULL OR (vervangt < 0 AND NOT meegeleverd)),
    CONSTRAINT tariefregel_nodig_check CHECK (
        (zorgkantoor IS NOT NULL AND jaar IS NOT NULL AND volgorde IS NOT NULL
         AND bewerking IS NOT NULL)
        OR (NOT actief AND vervangt IS NOT NULL)),
    tot_en_met      integer
                    CONSTRAINT tariefregel_tot_en_met_check CHECK (tot_en_met >= jaar),
    basis           text
                    CONSTRAINT tariefregel_basis_check
                    CHECK (basis IN ('richttarief', 'historisch', 'regulier')),
    CONSTRAINT tariefregel_basis_bewerking_check
        CHECK (basis IS NULL OR bewerking IN ('maximum', 'minimum'))
);
COMMENT ON TABLE wlz.tariefregel IS
  'tariefbeleid per zorgkantoor, sector en jaar (of jaren: jaar tot en met tot_en_met) als geordende regels; wlz.tariefpercentage past ze toe vanaf het RT%';
COMMENT ON COLUMN wlz.tariefregel.zorgkantoor IS 'zorgkantoor (wlz.zorgkantoor.code)';
COMMENT ON COLUMN wlz.tariefregel.sector IS 'sector (NULL: alle sectoren)';
COMMENT ON COLUMN wlz.tariefregel.jaar IS 'tariefjaar; met tot_en_met het eerste jaar waarin de regel geldt';
COMMENT ON COLUMN wlz.tariefregel.volgorde IS 'volgorde van toepassen (oplopend; bij gelijke volgorde het laagste id eerst)';
COMMENT ON COLUMN wlz.tariefregel.klassen IS 'geldt voor deze aanbiederklassen (NULL: alle)';
COMMENT ON COLUMN wlz.tariefregel.leveringsvormen IS 'geldt voor deze leveringsvormen (NULL: alle)';
COMMENT ON COLUMN wlz.tariefregel.zorgprofielen IS 'geldt voor deze zorgprofielen, in elke schrijfwijze die wlz.zorgprofiel kent (''W5'' = ''5GGZ W''; NULL: alle)';
COMMENT ON COLUMN wlz.tariefregel.prestaties IS 'geldt voor deze prestatiecodes (NULL: alle)';
COMMENT ON COLUMN wlz.tariefregel.kenmerk IS 'geldt alleen als de aanbieder dit kenmerk heeft (NULL: altijd); ''historisch'' als een historisch percentage is meegegeven';
COMMENT ON COLUMN wlz.tariefregel.groep IS 'van passende regels met dezelfde groep geldt alleen de eerste';
COMMENT ON COLUMN wlz.tariefregel.bewerking IS 'wat de regel doet (wlz.bewerking)';
COMMENT ON COLUMN wlz.tariefregel.waarde IS 'percentage of procentpunten voor de bewerking (niet gebruikt bij richttarief en historisch); bij maximum en minimum met een basis: procentpunten bij die basis';
COMMENT ON COLUMN wlz.tariefregel.eindregel IS 'stop na deze regel';
COMMENT ON COLUMN wlz.tariefregel.bron IS 'document en regels waaruit de rij komt';
COMMENT ON COLUMN wlz.tariefregel.toelichting IS 'hoe de tekst is gelezen, waar die dubbelzinnig is';
COMMENT ON COLUMN wlz.tariefregel.tot_en_met IS
  'het laatste tariefjaar waarin de regel geldt, als het document er meer noemt (CZ "Tariefsystematiek 2024 tot en met 2026": jaar 2024, tot_en_met 2026); NULL: alleen jaar';
COMMENT ON COLUMN wlz.tariefregel.basis IS
  'alleen bij maximum en minimum: waar de grens van uitgaat, grens = basis + waarde (waarde NULL: + 0); richttarief: het RT%; historisch: het meegegeven historische percentage (zonder dat geldt de regel niet); regulier: wat dezelfde aanroep zonder historisch percentage geeft (de regels zonder historisch-regels); NULL: de grens is waarde, of het RT% als waarde NULL is';
CREATE INDEX tariefregel_zorgkantoor_jaar_idx ON wlz.tariefregel (zorgkantoor, jaar, volgorde);
SELECT pg_catalog.pg_extension_config_dump('wlz.tariefregel', 'WHERE NOT meegeleverd');
SELECT pg_catalog.pg_extension_config_dump('wlz.tariefregel_id_seq', '');
GRANT SELECT ON wlz.tariefregel TO PUBLIC;
