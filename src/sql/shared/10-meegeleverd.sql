-- ---------------------------------------------------------------------------
-- Meegeleverd: shipped rows, the loader, the rows that apply (SPEC 7)
-- ---------------------------------------------------------------------------
--
-- Every table with shipped policy rows follows one pattern:
--	- meegeleverd = true marks a shipped row. The loader below replaces the
--	  shipped rows of a table in CREATE EXTENSION and in every ALTER EXTENSION
--	  ... UPDATE; pg_dump keeps only the other rows (pg_extension_config_dump
--	  with WHERE NOT meegeleverd);
--	- the trigger wlz.meegeleverd_bewaken refuses, outside the extension's
--	  own scripts, to change or delete a shipped row, to set meegeleverd, or
--	  to truncate the table;
--	- a user's row with the same key takes the place of a shipped row: the
--	  natural key (zorgkantoor.code, richttarief (sector, jaar),
--	  prestatie.code, termijnkalender (zorgkantoor, sector, inkoopjaar,
--	  stap)), or, in a table whose rows have a generated id, vervangt = the
--	  id of the shipped row;
--	- actief = false makes a user's row switch the shipped row off: then
--	  neither applies;
--	- shipped rows have negative ids, fixed in the data files (data/) and
--	  stable across versions; the identity sequences give a user's rows
--	  positive ids, so the two never meet;
--	- the view <table>_geldend holds the rows that apply. The functions read
--	  those views.
--
-- This part is in both the install script and the upgrade script, after the
-- tables have their 0.2.0 shape; the two functions are in 00-lader.sql, which
-- comes before the tables (the upgrade uses the loader before it alters them).

-- The triggers and what they allow a user to do, table by table. Where a
-- column names a zorgkantoor, the trigger checks that it exists (a foreign
-- key cannot: a user's row may share a code with a shipped row).
CREATE TRIGGER meegeleverd_bewaken BEFORE INSERT OR UPDATE OR DELETE ON wlz.zorgkantoor
    FOR EACH ROW EXECUTE FUNCTION wlz.meegeleverd_bewaken('code');
CREATE TRIGGER meegeleverd_bewaken_truncate BEFORE TRUNCATE ON wlz.zorgkantoor
    FOR EACH STATEMENT EXECUTE FUNCTION wlz.meegeleverd_bewaken('code');
CREATE TRIGGER meegeleverd_bewaken BEFORE INSERT OR UPDATE OR DELETE ON wlz.richttarief
    FOR EACH ROW EXECUTE FUNCTION wlz.meegeleverd_bewaken('sector, jaar');
CREATE TRIGGER meegeleverd_bewaken_truncate BEFORE TRUNCATE ON wlz.richttarief
    FOR EACH STATEMENT EXECUTE FUNCTION wlz.meegeleverd_bewaken('sector, jaar');
CREATE TRIGGER meegeleverd_bewaken BEFORE INSERT OR UPDATE OR DELETE ON wlz.prestatie
    FOR EACH ROW EXECUTE FUNCTION wlz.meegeleverd_bewaken('code');
CREATE TRIGGER meegeleverd_bewaken_truncate BEFORE TRUNCATE ON wlz.prestatie
    FOR EACH STATEMENT EXECUTE FUNCTION wlz.meegeleverd_bewaken('code');
CREATE TRIGGER meegeleverd_bewaken BEFORE INSERT OR UPDATE OR DELETE ON wlz.termijnkalender
    FOR EACH ROW EXECUTE FUNCTION wlz.meegeleverd_bewaken('zorgkantoor, sector, inkoopjaar, stap', 'zorgkantoor');
CREATE TRIGGER meegeleverd_bewaken_truncate BEFORE TRUNCATE ON wlz.termijnkalender
    FOR EACH STATEMENT EXECUTE FUNCTION wlz.meegeleverd_bewaken('zorgkantoor, sector, inkoopjaar, stap');
CREATE TRIGGER meegeleverd_bewaken BEFORE INSERT OR UPDATE OR DELETE ON wlz.klasse_gevolg
    FOR EACH ROW EXECUTE FUNCTION wlz.meegeleverd_bewaken('vervangt', 'zorgkantoor');
CREATE TRIGGER meegeleverd_bewaken_truncate BEFORE TRUNCATE ON wlz.klasse_gevolg
    FOR EACH STATEMENT EXECUTE FUNCTION wlz.meegeleverd_bewaken('vervangt');
CREATE TRIGGER meegeleverd_bewaken BEFORE INSERT OR UPDATE OR DELETE ON wlz.tariefregel
    FOR EACH ROW EXECUTE FUNCTION wlz.meegeleverd_bewaken('vervangt', 'zorgkantoor');
CREATE TRIGGER meegeleverd_bewaken_truncate BEFORE TRUNCATE ON wlz.tariefregel
    FOR EACH STATEMENT EXECUTE FUNCTION wlz.meegeleverd_bewaken('vervangt');

-- The rows that apply: a user's row in place of the shipped row with its key,
-- switched-off rows (actief = false) left out.
CREATE VIEW wlz.zorgkantoor_geldend WITH (security_invoker = true) AS
SELECT t.* FROM wlz.zorgkantoor t
WHERE t.actief
  AND (NOT t.meegeleverd
       OR NOT EXISTS (SELECT FROM wlz.zorgkantoor u WHERE NOT u.meegeleverd AND u.code = t.code));
CREATE VIEW wlz.richttarief_geldend WITH (security_invoker = true) AS
SELECT t.* FROM wlz.richttarief t
WHERE t.actief
  AND (NOT t.meegeleverd
       OR NOT EXISTS (SELECT FROM wlz.richttarief u
                      WHERE NOT u.meegeleverd AND u.sector = t.sector AND u.jaar = t.jaar));
CREATE VIEW wlz.prestatie_geldend WITH (security_invoker = true) AS
SELECT t.* FROM wlz.prestatie t
WHERE t.actief
  AND (NOT t.meegeleverd
       OR NOT EXISTS (SELECT FROM wlz.prestatie u WHERE NOT u.meegeleverd AND u.code = t.code));
CREATE VIEW wlz.termijnkalender_geldend WITH (security_invoker = true) AS
SELECT t.* FROM wlz.termijnkalender t
WHERE t.actief
  AND (NOT t.meegeleverd
       OR NOT EXISTS (SELECT FROM wlz.termijnkalender u
                      WHERE NOT u.meegeleverd
                        AND u.zorgkantoor IS NOT DISTINCT FROM t.zorgkantoor
                        AND u.sector IS NOT DISTINCT FROM t.sector
                        AND u.inkoopjaar = t.inkoopjaar AND u.stap = t.stap));
CREATE VIEW wlz.klasse_gevolg_geldend WITH (security_invoker = true) AS
SELECT t.* FROM wlz.klasse_gevolg t
WHERE t.actief
  AND NOT EXISTS (SELECT FROM wlz.klasse_gevolg u WHERE NOT u.meegeleverd AND u.vervangt = t.id);
CREATE VIEW wlz.tariefregel_geldend WITH (security_invoker = true) AS
SELECT t.* FROM wlz.tariefregel t
WHERE t.actief
  AND NOT EXISTS (SELECT FROM wlz.tariefregel u WHERE NOT u.meegeleverd AND u.vervangt = t.id);
GRANT SELECT ON wlz.zorgkantoor_geldend, wlz.richttarief_geldend, wlz.prestatie_geldend,
                wlz.termijnkalender_geldend, wlz.klasse_gevolg_geldend, wlz.tariefregel_geldend
    TO PUBLIC;

COMMENT ON VIEW wlz.zorgkantoor_geldend IS
  'de zorgkantoren die gelden: een eigen rij in plaats van de meegeleverde rij met dezelfde code, zonder uitgezette rijen';
COMMENT ON VIEW wlz.richttarief_geldend IS
  'de RT%''s die gelden: een eigen rij in plaats van de meegeleverde rij met dezelfde sector en hetzelfde jaar, zonder uitgezette rijen';
COMMENT ON VIEW wlz.prestatie_geldend IS
  'de prestaties die gelden: een eigen rij in plaats van de meegeleverde rij met dezelfde code, zonder uitgezette rijen';
COMMENT ON VIEW wlz.termijnkalender_geldend IS
  'de stappen die gelden: een eigen rij in plaats van de meegeleverde rij met dezelfde zorgkantoor, sector, inkoopjaar en stap, zonder uitgezette rijen';
COMMENT ON VIEW wlz.klasse_gevolg_geldend IS
  'de gevolgen die gelden: meegeleverde rijen die geen eigen rij vervangt (vervangt = id), en eigen rijen, zonder uitgezette rijen';
COMMENT ON VIEW wlz.tariefregel_geldend IS
  'de tariefregels die gelden: meegeleverde regels die geen eigen regel vervangt (vervangt = id), en eigen regels, zonder uitgezette rijen; wlz.tariefpercentage leest deze';

-- The columns of the pattern, table by table.
COMMENT ON COLUMN wlz.zorgkantoor.meegeleverd IS
  'true: rij van de extensie (alleen-lezen, elke versie vervangt haar; pg_dump slaat haar over); false: eigen rij, die een meegeleverde rij met dezelfde code vervangt';
COMMENT ON COLUMN wlz.zorgkantoor.actief IS
  'false: deze eigen rij zet de meegeleverde rij met dezelfde code uit (geen van beide geldt)';
COMMENT ON COLUMN wlz.richttarief.meegeleverd IS
  'true: rij van de extensie (alleen-lezen, elke versie vervangt haar; pg_dump slaat haar over); false: eigen rij, die een meegeleverde rij met dezelfde sector en hetzelfde jaar vervangt';
COMMENT ON COLUMN wlz.richttarief.actief IS
  'false: deze eigen rij zet de meegeleverde rij met dezelfde sector en hetzelfde jaar uit (geen van beide geldt)';
COMMENT ON COLUMN wlz.prestatie.meegeleverd IS
  'true: rij van de extensie (alleen-lezen, elke versie vervangt haar; pg_dump slaat haar over); false: eigen rij, die een meegeleverde rij met dezelfde code vervangt';
COMMENT ON COLUMN wlz.prestatie.actief IS
  'false: deze eigen rij zet de meegeleverde rij met dezelfde code uit (geen van beide geldt)';
COMMENT ON COLUMN wlz.termijnkalender.id IS
  'rijnummer: negatief en vast voor meegeleverde rijen, positief (gegenereerd) voor eigen rijen';
COMMENT ON COLUMN wlz.termijnkalender.meegeleverd IS
  'true: rij van de extensie (alleen-lezen, elke versie vervangt haar; pg_dump slaat haar over); false: eigen rij, die een meegeleverde rij met dezelfde zorgkantoor, sector, inkoopjaar en stap vervangt';
COMMENT ON COLUMN wlz.termijnkalender.actief IS
  'false: deze eigen rij zet de meegeleverde rij met dezelfde zorgkantoor, sector, inkoopjaar en stap uit (geen van beide geldt)';
COMMENT ON COLUMN wlz.klasse_gevolg.id IS
  'rijnummer: negatief en vast voor meegeleverde rijen, positief (gegenereerd) voor eigen rijen';
COMMENT ON COLUMN wlz.klasse_gevolg.meegeleverd IS
  'true: rij van de extensie (alleen-lezen, elke versie vervangt haar; pg_dump slaat haar over); false: eigen rij';
COMMENT ON COLUMN wlz.klasse_gevolg.actief IS
  'false: deze eigen rij zet de meegeleverde rij vervangt uit (geen van beide geldt); dan volstaan vervangt en actief';
COMMENT ON COLUMN wlz.klasse_gevolg.vervangt IS
  'id van de meegeleverde rij die deze eigen rij vervangt (NULL: een rij erbij)';
COMMENT ON COLUMN wlz.tariefregel.id IS
  'regelnummer: negatief en vast voor meegeleverde regels, positief (gegenereerd) voor eigen regels';
COMMENT ON COLUMN wlz.tariefregel.meegeleverd IS
  'true: regel van de extensie (alleen-lezen, elke versie vervangt haar; pg_dump slaat haar over); false: eigen regel';
COMMENT ON COLUMN wlz.tariefregel.actief IS
  'false: deze eigen regel zet de meegeleverde regel vervangt uit (geen van beide geldt); dan volstaan vervangt en actief';
COMMENT ON COLUMN wlz.tariefregel.vervangt IS
  'id van de meegeleverde regel die deze eigen regel vervangt (NULL: een regel erbij)';

