-- wlz.klassificatie judges the contractvorm of a bestaand provider on the
-- calendar year of the peildatum, and bestaand-maar-nieuw on the
-- referentiejaar (issue 15 item 5). CZ GZ 2026 names 2024 for the class
-- (002 L1347-1350, L1357-1360) and "het aan 2026 voorafgaande jaar" for the
-- contract form (L1370-1375, L1408-1410); for Zilveren Kruis GGZ 2025 both
-- are 2024. The aggregates stay as they are: only their final function points
-- at a new C symbol; 0.1.0's symbol keeps judging on the referentiejaar, for
-- a database that still runs 0.1.0's SQL against this library (SPEC 7).

CREATE OR REPLACE FUNCTION wlz.klassificatie_uitkomst(internal)
RETURNS wlz.klassificatie
AS 'MODULE_PATHNAME', 'wlz_klassificatie_uitkomst_peiljaar'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION wlz.klassificatie_uitkomst(internal) IS
  'eindfunctie van wlz.klassificatie: de klasse op het referentiejaar, de contractvorm op het kalenderjaar van de peildatum';
COMMENT ON COLUMN wlz.klassificatie.contractvorm IS
  'voor bestaand, beoordeeld op het kalenderjaar van de peildatum: meerjarig (de lopende overeenkomst loopt door na dat jaar), heel-jaar (de overeenkomsten met dit zorgkantoor dekken dat jaar), deel-jaar; anders NULL';
COMMENT ON AGGREGATE wlz.klassificatie(text, daterange, text, date, integer) IS
  'wlz.aanbiederklasse met contractvorm en toelichting, als wlz.klassificatie(klasse, contractvorm, toelichting); de klasse op het referentiejaar, de contractvorm (meerjarig, heel-jaar, deel-jaar) op het kalenderjaar van de peildatum';
COMMENT ON AGGREGATE wlz.klassificatie(text, daterange, text, date, integer, date) IS
  'wlz.aanbiederklasse (6 argumenten, met declaratievoorwaarde) met contractvorm en toelichting; de contractvorm op het kalenderjaar van de peildatum';
