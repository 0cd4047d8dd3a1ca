-- ---------------------------------------------------------------------------
-- Tarief: a policy as a value, wlz.tariefbeleid (SPEC 8; src/tariefbeleid.c,
-- src/tariefregel.c)
-- ---------------------------------------------------------------------------
--
-- wlz.tariefbeleid(zorgkantoor, sector, jaar) reads the tables once (STABLE)
-- and returns the policy as a value; wlz.tariefpercentage(beleid, ...) and
-- its _uitleg read nothing but that value (IMMUTABLE), so the per-row work
-- runs where no table can be read: on a Citus worker, on a postgres_fdw
-- shard. Write the constructor as a scalar subquery or a CTE:
--	  wlz.tariefpercentage((SELECT wlz.tariefbeleid('cz', 'GZ', 2026)), prestatie => d.prestatie)

CREATE TYPE wlz.tariefbeleid;

CREATE FUNCTION wlz.tariefbeleid_in(cstring, oid, integer)
RETURNS wlz.tariefbeleid
AS 'MODULE_PATHNAME', 'wlz_tariefbeleid_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tariefbeleid_in(cstring, oid, integer) IS
  'invoer van wlz.tariefbeleid: de JSON die de uitvoer toont; gecontroleerd zoals de rekenregels hem lezen (22P02 bij een fout)';

CREATE FUNCTION wlz.tariefbeleid_out(wlz.tariefbeleid)
RETURNS cstring
AS 'MODULE_PATHNAME', 'wlz_tariefbeleid_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tariefbeleid_out(wlz.tariefbeleid) IS
  'uitvoer van wlz.tariefbeleid: JSON met versie, zorgkantoor, sector, jaar, richttarief, de geldende regels en de prestaties';

CREATE FUNCTION wlz.tariefbeleid_recv(internal, oid, integer)
RETURNS wlz.tariefbeleid
AS 'MODULE_PATHNAME', 'wlz_tariefbeleid_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tariefbeleid_recv(internal, oid, integer) IS
  'binaire invoer van wlz.tariefbeleid: een formaatbyte (1) en de JSON-tekst, gecontroleerd als bij de tekstinvoer';

CREATE FUNCTION wlz.tariefbeleid_send(wlz.tariefbeleid)
RETURNS bytea
AS 'MODULE_PATHNAME', 'wlz_tariefbeleid_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tariefbeleid_send(wlz.tariefbeleid) IS
  'binaire uitvoer van wlz.tariefbeleid: een formaatbyte (1) en de JSON-tekst';

CREATE TYPE wlz.tariefbeleid (
    INPUT = wlz.tariefbeleid_in,
    OUTPUT = wlz.tariefbeleid_out,
    RECEIVE = wlz.tariefbeleid_recv,
    SEND = wlz.tariefbeleid_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE wlz.tariefbeleid IS
  'het tariefbeleid van een zorgkantoor voor een sector en jaar als waarde: RT%, de geldende regels en de prestaties; maak haar met wlz.tariefbeleid(zorgkantoor, sector, jaar), reken ermee met wlz.tariefpercentage(beleid, ...)';

CREATE OR REPLACE FUNCTION wlz.tariefbeleid(zorgkantoor text, sector wlz.sector, jaar integer)
RETURNS wlz.tariefbeleid
AS 'MODULE_PATHNAME', 'wlz_tariefbeleid'
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tariefbeleid(text, wlz.sector, integer) IS
  'het tariefbeleid als waarde: leest wlz.zorgkantoor_geldend, wlz.richttarief_geldend, wlz.tariefregel_geldend en wlz.prestatie_geldend één keer, met dezelfde fouten als wlz.tariefpercentage (22004, P0002); schrijf het als scalaire subquery of CTE, zodat het één keer draait';

CREATE OR REPLACE FUNCTION wlz.tariefpercentage(
    beleid wlz.tariefbeleid,
    prestatie text DEFAULT NULL, zorgprofiel text DEFAULT NULL,
    leveringsvorm wlz.leveringsvorm DEFAULT NULL,
    klasse wlz.aanbiederklasse DEFAULT 'bestaand',
    historisch numeric DEFAULT NULL, kenmerken text[] DEFAULT '{}')
RETURNS numeric
AS 'MODULE_PATHNAME', 'wlz_tariefpercentage_beleid'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tariefpercentage(wlz.tariefbeleid, text, text, wlz.leveringsvorm, wlz.aanbiederklasse, numeric, text[]) IS
  'tariefpercentage volgens een tariefbeleid als waarde (wlz.tariefbeleid): hetzelfde antwoord als de vorm met zorgkantoor, sector en jaar, zonder een tabel te lezen (IMMUTABLE: draait op Citus-workers en postgres_fdw-shards); NULL-beleid geeft fout 22004';

CREATE OR REPLACE FUNCTION wlz.tariefpercentage_uitleg(
    beleid wlz.tariefbeleid,
    prestatie text DEFAULT NULL, zorgprofiel text DEFAULT NULL,
    leveringsvorm wlz.leveringsvorm DEFAULT NULL,
    klasse wlz.aanbiederklasse DEFAULT 'bestaand',
    historisch numeric DEFAULT NULL, kenmerken text[] DEFAULT '{}')
RETURNS TABLE (stap integer, regel_id integer, bewerking wlz.bewerking, waarde numeric,
               resultaat numeric, bron text, toelichting text)
AS 'MODULE_PATHNAME', 'wlz_tariefpercentage_uitleg_beleid'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION wlz.tariefpercentage_uitleg(wlz.tariefbeleid, text, text, wlz.leveringsvorm, wlz.aanbiederklasse, numeric, text[]) IS
  'waarom dit tariefpercentage, volgens een tariefbeleid als waarde: dezelfde rijen als de vorm met zorgkantoor, sector en jaar, zonder een tabel te lezen';
