-- The engine reads the rows that apply (wlz.zorgkantoor_geldend,
-- wlz.richttarief_geldend, wlz.tariefregel_geldend, wlz.prestatie_geldend)
-- once per (zorgkantoor, sector, jaar) and query (src/tariefregel.c). 0.2.0
-- points the functions at new C symbols; 0.1.0's symbols keep reading the
-- tables as 0.1.0 did, for a database not yet updated.

CREATE OR REPLACE FUNCTION wlz.tariefpercentage(
    zorgkantoor text, sector wlz.sector, jaar integer,
    prestatie text DEFAULT NULL, zorgprofiel text DEFAULT NULL,
    leveringsvorm wlz.leveringsvorm DEFAULT NULL,
    klasse wlz.aanbiederklasse DEFAULT 'bestaand',
    historisch numeric DEFAULT NULL, kenmerken text[] DEFAULT '{}')
RETURNS numeric
AS 'MODULE_PATHNAME', 'wlz_tariefpercentage_0_2'
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION wlz.tariefpercentage(text, wlz.sector, integer, text, text, wlz.leveringsvorm, wlz.aanbiederklasse, numeric, text[]) IS
  'tariefpercentage (van het NZa-maximumtarief) volgens wlz.tariefregel: vanaf het RT% van sector en jaar, de passende regels in volgorde, begrensd op 0-100; NULL in zorgkantoor, sector of jaar geeft fout 22004, een ontbrekend zorgkantoor of RT% fout P0002';

CREATE OR REPLACE FUNCTION wlz.tariefpercentage_uitleg(
    zorgkantoor text, sector wlz.sector, jaar integer,
    prestatie text DEFAULT NULL, zorgprofiel text DEFAULT NULL,
    leveringsvorm wlz.leveringsvorm DEFAULT NULL,
    klasse wlz.aanbiederklasse DEFAULT 'bestaand',
    historisch numeric DEFAULT NULL, kenmerken text[] DEFAULT '{}')
RETURNS TABLE (stap integer, regel_id integer, bewerking wlz.bewerking, waarde numeric,
               resultaat numeric, bron text, toelichting text)
AS 'MODULE_PATHNAME', 'wlz_tariefpercentage_uitleg_0_2'
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION wlz.tariefpercentage_uitleg(text, wlz.sector, integer, text, text, wlz.leveringsvorm, wlz.aanbiederklasse, numeric, text[]) IS
  'waarom dit tariefpercentage: stap 0 is het RT% (vertrekpunt), daarna elke toegepaste regel met de waarde erna; een laatste rij zonder regel_id als de grens 0-100 het resultaat veranderde; het laatste resultaat is wlz.tariefpercentage';
