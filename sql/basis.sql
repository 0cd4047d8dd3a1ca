--
-- basis: what the skeleton of wlzcontract installs (schema, version, enums,
-- the zorgkantoor table). pg_regress runs this with the extension created.
--

-- The library and the SQL objects come from one version (wlzcontract.control).
SELECT e.extversion = wlz.versie() AS versie_klopt, n.nspname AS schema, e.extrelocatable
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname = 'wlzcontract';

-- The enums, in their defined order.
SELECT enum_range(NULL::wlz.sector) AS sector;
SELECT enum_range(NULL::wlz.leveringsvorm) AS leveringsvorm;
SELECT enum_range(NULL::wlz.aanbiederklasse) AS aanbiederklasse;
SELECT 'GGZ'::wlz.sector > 'VV'::wlz.sector AS ggz_na_vv;
SELECT 'thuis'::wlz.leveringsvorm;

-- The seven zorgkantoren of SPEC 1, with the regions the documents name.
SELECT code, naam, regios FROM wlz.zorgkantoor ORDER BY code;

-- A user adds a zorgkantoor with the defining columns alone.
INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('mijn-zorgkantoor', 'Mijn zorgkantoor')
RETURNING code, naam, regios, bron, meegeleverd;
-- Codes are lower-case slugs, a row needs a name.
INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('Zilveren Kruis', 'Zilveren Kruis');
INSERT INTO wlz.zorgkantoor (code) VALUES ('zondernaam');
DELETE FROM wlz.zorgkantoor WHERE code = 'mijn-zorgkantoor';

-- A row of one's own with a shipped code takes the place of the shipped row
-- (SPEC 7; sql/meegeleverd.sql shows the whole pattern); one such row per code.
INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('cz', 'CZ Zorgkantoor');
SELECT code, naam, meegeleverd FROM wlz.zorgkantoor_geldend WHERE code = 'cz';
INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('cz', 'CZ nogmaals');
DELETE FROM wlz.zorgkantoor WHERE code = 'cz' AND NOT meegeleverd;
SELECT code, naam, meegeleverd FROM wlz.zorgkantoor_geldend WHERE code = 'cz';
