-- ---------------------------------------------------------------------------
-- Controle: the catalogue of every check the extension knows (SPEC 9-10)
-- ---------------------------------------------------------------------------
--
-- One row per control: declaration controls (per line, per client's lines),
-- provider checks (norms, documents) and whatever a user adds. Every result of
-- a check names its control by code, so SELECT * FROM wlz.controle lists what
-- is checked and where it comes from. The rules behind a control live in the
-- tables of its engine. Data: data/controle*.tsv (one file per part).

CREATE TABLE wlz.controle (
    code         text NOT NULL
                 CONSTRAINT controle_code_check CHECK (code ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    soort        text
                 CONSTRAINT controle_soort_check CHECK (soort ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    omschrijving text,
    bron         text,
    toelichting  text,
    meegeleverd  boolean NOT NULL DEFAULT false,
    actief       boolean NOT NULL DEFAULT true,
    CONSTRAINT controle_pkey PRIMARY KEY (code, meegeleverd),
    CONSTRAINT controle_nodig_check CHECK ((soort IS NOT NULL AND omschrijving IS NOT NULL) OR NOT actief)
);
COMMENT ON TABLE wlz.controle IS
  'catalogus van alle controles (declaratiecontroles, combinatie- en trajectcontroles, normen en documenteisen): code, soort, omschrijving en bron; een eigen rij met dezelfde code vervangt een meegeleverde, actief = false zet haar uit';
COMMENT ON COLUMN wlz.controle.code IS 'code van de controle, kleine letters met koppeltekens (''vg7plus-combinatie''); de uitkomsten van de controles noemen haar';
COMMENT ON COLUMN wlz.controle.soort IS 'soort controle: declaratie (één regel), combinatie en traject (de regels van één cliënt), norm en document (een aanbieder), of een eigen soort';
COMMENT ON COLUMN wlz.controle.omschrijving IS 'wat de controle nagaat, in het Nederlands';
COMMENT ON COLUMN wlz.controle.bron IS 'document en regels waaruit de controle komt';
COMMENT ON COLUMN wlz.controle.toelichting IS 'hoe de tekst is gelezen, waar die ruimte laat';
COMMENT ON COLUMN wlz.controle.meegeleverd IS
  'true: rij van de extensie (alleen-lezen, elke versie vervangt haar; pg_dump slaat haar over); false: eigen rij, die een meegeleverde rij met dezelfde code vervangt';
COMMENT ON COLUMN wlz.controle.actief IS
  'false: deze eigen rij zet de meegeleverde controle met dezelfde code uit (geen van beide geldt)';
SELECT pg_catalog.pg_extension_config_dump('wlz.controle', 'WHERE NOT meegeleverd');
GRANT SELECT ON wlz.controle TO PUBLIC;
CREATE TRIGGER meegeleverd_bewaken BEFORE INSERT OR UPDATE OR DELETE ON wlz.controle
    FOR EACH ROW EXECUTE FUNCTION wlz.meegeleverd_bewaken('code');
CREATE TRIGGER meegeleverd_bewaken_truncate BEFORE TRUNCATE ON wlz.controle
    FOR EACH STATEMENT EXECUTE FUNCTION wlz.meegeleverd_bewaken('code');

CREATE VIEW wlz.controle_geldend WITH (security_invoker = true) AS
SELECT t.* FROM wlz.controle t
WHERE t.actief
  AND (NOT t.meegeleverd
       OR NOT EXISTS (SELECT FROM wlz.controle u WHERE NOT u.meegeleverd AND u.code = t.code));
GRANT SELECT ON wlz.controle_geldend TO PUBLIC;
COMMENT ON VIEW wlz.controle_geldend IS
  'de controles die gelden: een eigen rij in plaats van de meegeleverde rij met dezelfde code, zonder uitgezette rijen';
