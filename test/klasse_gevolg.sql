-- test/klasse_gevolg.sql: what each class gets (SPEC 3, last paragraph).
--
-- Per document the rows that matter, each checked against the seed lines it
-- cites; then how the table is shipped (dump-safe, readable by PUBLIC, every
-- row cited with line numbers that exist in the seed), the constraints, and a
-- user row made of the defining columns alone.
BEGIN;
SELECT plan(47);

-- The looptijd of each class (and contractvorm) of one document, as
-- 'klasse/contractvorm' => daterange.
CREATE FUNCTION pg_temp.looptijden(zk text, sec wlz.sector, j integer)
RETURNS TABLE (wie text, looptijd daterange) LANGUAGE sql STABLE AS $$
    SELECT g.klasse || coalesce('/' || g.contractvorm, ''), g.looptijd
    FROM wlz.klasse_gevolg g
    WHERE g.meegeleverd AND g.onderwerp = 'looptijd' AND g.zorgkantoor = zk
      AND g.sector IS NOT DISTINCT FROM sec AND j BETWEEN g.jaar AND coalesce(g.tot_en_met, g.jaar)
$$;

-- ---------------------------------------------------------------------------
-- 001: Zilveren Kruis GGZ, inkoopjaar 2025.

-- 6.9.2 (L2080-2096): the intended contract per class and, for bestaand, per
-- contractvorm. Periods by hand: "overeenkomst 2024-2026" = 1-1-2024 up to
-- and including 31-12-2026, "twee jaar (2025-2026)", "eenjarige (2025)".
SELECT set_eq(
    $$SELECT wie, looptijd FROM pg_temp.looptijden('zilverenkruis', 'GGZ', 2025)$$,
    $$VALUES ('bestaand/meerjarig', '[2024-01-01,2027-01-01)'::daterange),
             ('bestaand/heel-jaar', '[2025-01-01,2027-01-01)'),
             ('bestaand/deel-jaar', '[2025-01-01,2026-01-01)'),
             ('bestaand-maar-nieuw', '[2025-01-01,2026-01-01)'),
             ('nieuw', '[2025-01-01,2026-01-01)')$$,
    'ZK GGZ 2025: 2024-2026 stays, heel-jaar two years, deel-jaar, bestaand-maar-nieuw and nieuw one year (001 L2080-2096)');
SELECT results_eq(
    $$SELECT contractvorm, verlengingen FROM wlz.klasse_gevolg
      WHERE meegeleverd AND zorgkantoor = 'zilverenkruis' AND 2025 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND onderwerp = 'verlenging'$$,
    $$VALUES ('heel-jaar', 2)$$,
    'ZK GGZ 2025: only the two-year contract may be extended, "twee keer met een periode van één jaar" (001 L2087-2088)');
SELECT ok((SELECT looptijd @> date '2025-12-31' AND NOT looptijd @> date '2026-01-01'
           FROM wlz.klasse_gevolg
           WHERE meegeleverd AND zorgkantoor = 'zilverenkruis' AND 2025 BETWEEN jaar AND coalesce(tot_en_met, jaar)
             AND klasse = 'nieuw' AND onderwerp = 'looptijd'),
          'ZK GGZ 2025: a new provider''s "éénjarige overeenkomst" ends with 2025 (001 L2925-2929)');

-- 6.8.4 (L1919-1965): documents per class.
SELECT set_eq(
    $$SELECT klasse || coalesce('/' || contractvorm, ''), split_part(omschrijving, ':', 1)
      FROM wlz.klasse_gevolg
      WHERE meegeleverd AND zorgkantoor = 'zilverenkruis' AND 2025 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND onderwerp = 'documenten'
        AND klasse <> 'nieuw'$$,
    $$VALUES ('bestaand/meerjarig', 'instemmingsverklaring'),
             ('bestaand/heel-jaar', 'bestuursverklaring, zonder aanvullende documenten ter onderbouwing; wijzigingen melden met de gewijzigde documenten; onderbouwende stukken desgevraagd overleggen'),
             ('bestaand/deel-jaar', 'bestuursverklaring, zonder aanvullende documenten ter onderbouwing; wijzigingen melden met de gewijzigde documenten; onderbouwende stukken desgevraagd overleggen'),
             ('bestaand-maar-nieuw', 'bestuursverklaring en een beknopt ondernemingsplan ("tenminste het bedrijfs- en financieel plan"); geen informatie ter onderbouwing van de bestuursverklaring, de zorgkantoren wisselen die zo nodig onderling uit')$$,
    'ZK GGZ 2025: instemmingsverklaring for meerjarig (L1919-1927), bestuursverklaring for a contract up to 31-12-2024 (L1929-1949), plus a beknopt ondernemingsplan for bestaand-maar-nieuw (L1951-1959)');
-- 7.5: the maximum ages, "niet ouder dan zes maanden" (KvK L2361, UBO L2387
-- and its printscreen L2408-2409: one row) and "niet ouder dan een jaar" (VOG RP L2476).
SELECT set_eq(
    $$SELECT split_part(omschrijving, ' ', 1), max_leeftijd FROM wlz.klasse_gevolg
      WHERE meegeleverd AND zorgkantoor = 'zilverenkruis' AND 2025 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND max_leeftijd IS NOT NULL$$,
    $$VALUES ('afschrift', interval '6 months'), ('afschrift', interval '6 months'), ('Verklaring', interval '1 year')$$,
    'ZK GGZ 2025: KvK and UBO extracts at most six months old, VOG RP at most a year (001 L2361, L2387, L2476)');
SELECT is_empty(
    $$SELECT FROM wlz.klasse_gevolg
      WHERE meegeleverd AND zorgkantoor = 'zilverenkruis' AND max_leeftijd IS NOT NULL AND klasse <> 'nieuw'$$,
    'ZK GGZ 2025: only new providers send dated documents; bestaand-maar-nieuw need not support the bestuursverklaring (001 L1957-1959)');
SELECT is((SELECT date '2024-07-31' - max_leeftijd FROM wlz.klasse_gevolg
           WHERE meegeleverd AND zorgkantoor = 'zilverenkruis' AND omschrijving LIKE 'Verklaring omtrent gedrag%'),
          timestamp '2023-07-31',
          'ZK GGZ 2025: a VOG RP for the inschrijving of 31-7-2024 may date from 31-7-2023 (001 L2476, L1709)');
-- 7.2 (L2287-2290) and 2.4 (L1145-1147).
SELECT ok(EXISTS (SELECT FROM wlz.klasse_gevolg
                  WHERE meegeleverd AND zorgkantoor = 'zilverenkruis' AND 2025 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND klasse = 'nieuw'
                    AND onderwerp = 'voorwaarde' AND omschrijving LIKE '%minder dan 10 Wlz-cliënten%'),
          'ZK GGZ 2025: fewer than 10 Wlz clients in the ZK regions, "in principe niet" contracted (001 L2287-2290)');
SELECT set_eq(
    $$SELECT klasse FROM wlz.klasse_gevolg
      WHERE meegeleverd AND zorgkantoor = 'zilverenkruis' AND 2025 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND onderwerp = 'tarief'
        AND omschrijving LIKE 'tariefpercentage zorg 93,9%%'$$,
    ARRAY['bestaand-maar-nieuw', 'nieuw']::wlz.aanbiederklasse[],
    'ZK GGZ 2025: 93,9% for providers new to ZK, read as both classes without a ZK contract (001 L1133-1145)');
SELECT ok((SELECT omschrijving LIKE '%NHC/NIC 100%%' AND omschrijving LIKE '%op- en afslagen gelden niet%'
           FROM wlz.klasse_gevolg
           WHERE meegeleverd AND zorgkantoor = 'zilverenkruis' AND 2025 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND klasse = 'nieuw' AND onderwerp = 'tarief'),
          'ZK GGZ 2025: NHC/NIC 100% and no surcharges or discounts for new providers (001 L1145-1147)');

-- ---------------------------------------------------------------------------
-- 002: CZ GZ, inkoopjaar 2026.

-- 6.4 (L1368-1378): three- or two-year contracts to 31-12-2026 continue; every
-- other class gets one year, 2026.
SELECT set_eq(
    $$SELECT wie, looptijd FROM pg_temp.looptijden('cz', 'GZ', 2026)$$,
    $$VALUES ('bestaand/meerjarig', '[2024-01-01,2027-01-01)'::daterange),
             ('bestaand/meerjarig', '[2025-01-01,2027-01-01)'),
             ('bestaand/heel-jaar', '[2026-01-01,2027-01-01)'),
             ('bestaand/deel-jaar', '[2026-01-01,2027-01-01)'),
             ('bestaand-maar-nieuw', '[2026-01-01,2027-01-01)'),
             ('nieuw', '[2026-01-01,2027-01-01)')$$,
    'CZ GZ 2026: 2024-2026 and 2025-2026 continue, everyone else one year 2026 (002 L1368-1378)');
-- L1380-1381: "Voor alle type overeenkomsten", so one row for each class.
SELECT set_eq(
    $$SELECT klasse, verlengingen FROM wlz.klasse_gevolg
      WHERE meegeleverd AND zorgkantoor = 'cz' AND 2026 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND onderwerp = 'verlenging'$$,
    $$VALUES ('bestaand'::wlz.aanbiederklasse, 2), ('bestaand-maar-nieuw', 2), ('nieuw', 2)$$,
    'CZ GZ 2026: every contract type may be extended twice by one year (002 L1380-1381)');
-- The query of README: what a new provider gets at CZ in 2026.
SELECT set_eq(
    $$SELECT onderwerp FROM wlz.klasse_gevolg WHERE zorgkantoor = 'cz' AND 2026 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND klasse = 'nieuw'$$,
    ARRAY['looptijd', 'verlenging', 'tarief', 'volume', 'betaling', 'documenten', 'documenten', 'documenten',
          'documenten', 'documenten', 'voorwaarde', 'voorwaarde', 'beoordeling'],
    'CZ GZ 2026: a new provider''s rows cover contract, extension, tariff, volume, payment, five document rows, two conditions, assessment');
SELECT ok((SELECT omschrijving LIKE '%"2% lager is dan het richttariefpercentage van het betreffende inkoopjaar"%'
           FROM wlz.klasse_gevolg WHERE meegeleverd AND zorgkantoor = 'cz' AND 2026 BETWEEN jaar AND coalesce(tot_en_met, jaar)
             AND klasse = 'nieuw' AND onderwerp = 'tarief'),
          'CZ GZ 2026: new providers get RT% minus 2% (002 L735-736)');
SELECT ok((SELECT omschrijving LIKE '%"niet hoger zijn dan het richttariefpercentage"%'
           FROM wlz.klasse_gevolg WHERE meegeleverd AND zorgkantoor = 'cz' AND 2026 BETWEEN jaar AND coalesce(tot_en_met, jaar)
             AND klasse = 'bestaand-maar-nieuw' AND onderwerp = 'tarief'),
          'CZ GZ 2026: bestaand-maar-nieuw negotiate, capped at the RT% (002 L743-746)');
-- Bijlage 3: KvK "niet ouder dan zes maanden" (L2133), UBO "6 maanden" (L2163),
-- VOG RP "niet ouder dan een jaar" (L2300).
SELECT set_eq(
    $$SELECT max_leeftijd FROM wlz.klasse_gevolg
      WHERE meegeleverd AND zorgkantoor = 'cz' AND 2026 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND max_leeftijd IS NOT NULL$$,
    $$VALUES (interval '6 months'), ('6 months'), ('1 year')$$,
    'CZ GZ 2026: KvK and UBO extracts at most six months old, VOG RP at most a year (002 L2133, L2163, L2300)');
SELECT ok((SELECT omschrijving LIKE 'geen voorschot%' AND omschrijving LIKE '%minimaal een halfjaar%'
           FROM wlz.klasse_gevolg WHERE meegeleverd AND zorgkantoor = 'cz' AND 2026 BETWEEN jaar AND coalesce(tot_en_met, jaar)
             AND klasse = 'nieuw' AND onderwerp = 'betaling'),
          'CZ GZ 2026: new providers are paid afterwards, without voorschot, for at least half a year (002 L2009-2012)');
SELECT is((SELECT omschrijving FROM wlz.klasse_gevolg WHERE meegeleverd AND zorgkantoor = 'cz' AND 2026 BETWEEN jaar AND coalesce(tot_en_met, jaar)
           AND contractvorm = 'meerjarig' AND onderwerp = 'documenten'),
          'inschrijvingsverklaring (met daarin de ZN-instemmingsverklaring): de aanbieder voldoet aan de voorwaarden voor 2026, er gelden geen uitsluitingsgronden van de bestuursverklaring 2026 en hij aanvaardt de overeenkomst Wlz 2025-2026',
          'CZ GZ 2026: a contract to 31-12-2026 needs only the inschrijvingsverklaring (002 L1399-1406, L1389-1390)');

-- ---------------------------------------------------------------------------
-- 000: the VGN overview, GZ 2026, seven zorgkantoren (its CZ cells are cited
-- with the CZ rows above).

-- Meerjaren beleid (L268-273, L487-491): three-year contracts for existing
-- providers, read as 2024-2026; DSW's "Meerjarige afspraken 2024-2028".
SELECT set_eq(
    $$SELECT zorgkantoor, looptijd FROM wlz.klasse_gevolg
      WHERE meegeleverd AND sector = 'GZ' AND 2026 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND klasse = 'bestaand' AND onderwerp = 'looptijd'
        AND zorgkantoor <> 'cz'$$,
    $$VALUES ('zilverenkruis', '[2024-01-01,2027-01-01)'::daterange), ('vgz', '[2024-01-01,2027-01-01)'),
             ('zorgenzekerheid', '[2024-01-01,2027-01-01)'), ('salland', '[2024-01-01,2027-01-01)'),
             ('dsw', '[2024-01-01,2029-01-01)')$$,
    'VGN GZ 2026: three years for existing providers at ZK, VGZ, Z&Z and Salland, 2024-2028 at DSW (000 L270, L272, L489, L491, L487)');
SELECT set_eq(
    $$SELECT zorgkantoor, verlengingen FROM wlz.klasse_gevolg
      WHERE meegeleverd AND sector = 'GZ' AND 2026 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND onderwerp = 'verlenging' AND klasse = 'bestaand'$$,
    $$VALUES ('cz', 2), ('vgz', 2), ('salland', 2)$$,
    'VGN GZ 2026: "2 keer een jaar te verlengen (door zorgkantoor)" only at CZ, VGZ and Salland (000 L271, L272, L491)');
-- Salland (L491): "met omzet > €100.000".
SELECT ok((SELECT omschrijving LIKE '%meer dan € 100.000%' AND toelichting LIKE 'strikt groter%'
           FROM wlz.klasse_gevolg
           WHERE meegeleverd AND zorgkantoor = 'salland' AND 2026 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND onderwerp = 'voorwaarde'),
          'VGN GZ 2026: Salland''s three-year contract needs a turnover above EUR 100 000 (000 L491)');
-- Tarief% (L129, L134, L147, L363, L377): what new providers get, per zorgkantoor.
SELECT set_eq(
    $$SELECT zorgkantoor, substring(omschrijving FROM '(93,7%|2%|91%|lager tarief)') FROM wlz.klasse_gevolg
      WHERE meegeleverd AND sector = 'GZ' AND 2026 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND klasse = 'nieuw' AND onderwerp = 'tarief'$$,
    $$VALUES ('zilverenkruis', '93,7%'), ('cz', '2%'), ('menzis', '2%'), ('dsw', '91%'),
             ('zorgenzekerheid', 'lager tarief')$$,
    'VGN GZ 2026: new providers 93,7% at ZK, RT% -2 at CZ and Menzis, 91% of the NZa maximum at DSW, "kan leiden tot lager tarief" at Z&Z (000 L129, L134, L147, L377, L363)');

-- ---------------------------------------------------------------------------
-- 004: Zorg en Zekerheid 2022, all sectors (NULL).

SELECT set_eq(
    $$SELECT klasse || coalesce('/' || contractvorm, ''), onderwerp FROM wlz.klasse_gevolg
      WHERE meegeleverd AND zorgkantoor = 'zorgenzekerheid' AND 2022 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND sector IS NULL$$,
    $$VALUES ('bestaand/meerjarig', 'looptijd'), ('nieuw', 'beoordeling'), ('nieuw', 'tarief'), ('bestaand', 'tarief')$$,
    'Z&Z 2022: a multi-year contract continues (004 L93-95); new providers are judged on the speerpunten (L1167-1170) and may get maatwerk (L772-776); lower agreements continue (L914-918)');
SELECT is((SELECT looptijd FROM wlz.klasse_gevolg
           WHERE meegeleverd AND zorgkantoor = 'zorgenzekerheid' AND 2022 BETWEEN jaar AND coalesce(tot_en_met, jaar) AND onderwerp = 'looptijd'),
          NULL::daterange,
          'Z&Z 2022: no period is made up where the document gives none (004 L85-95)');

-- ---------------------------------------------------------------------------
-- Issue 15: rows whose document states several years hold for all of them
-- (jaar tot en met tot_en_met); the tariff rows agree with wlz.tariefregel.

SELECT set_eq(
    $$SELECT zorgkantoor, klasse::text, jaar, tot_en_met FROM wlz.klasse_gevolg
      WHERE meegeleverd AND tot_en_met IS NOT NULL AND onderwerp = 'tarief'$$,
    $$VALUES ('zilverenkruis', 'bestaand-maar-nieuw', 2024, 2026), ('zilverenkruis', 'nieuw', 2024, 2026),
             ('cz', 'nieuw', 2024, 2026), ('cz', 'bestaand-maar-nieuw', 2024, 2026),
             ('zilverenkruis', 'bestaand', 2024, 2026), ('salland', 'bestaand', 2024, 2026),
             ('dsw', 'bestaand', 2024, 2028), ('zorgenzekerheid', 'bestaand', 2022, 2023)$$,
    'tariff statements for several years: ZK 93,9% 2024-2026 (001 L1133-1145), CZ 2024-2026 (002 L669), "Tariefpercentages voor 3 jaar" (000 L268-269), Salland "Tarief voor looptijd" (000 L491), DSW 2024-2028 (000 L487-488), Z&Z "voor 2022 en 2023" (004 L916)');
SELECT is((SELECT count(*) FROM wlz.klasse_gevolg
           WHERE meegeleverd AND zorgkantoor = 'cz' AND klasse = 'nieuw' AND onderwerp = 'tarief'
             AND 2025 BETWEEN jaar AND coalesce(tot_en_met, jaar)),
          1::bigint, 'CZ 2025: a new provider''s tariff row applies in 2025 too ("van het betreffende inkoopjaar", 002 L736-737)');
SELECT is_empty(
    $$SELECT zorgkantoor, sector FROM wlz.tariefregel
      WHERE meegeleverd AND 'bestaand-maar-nieuw' = ANY (klassen)
      EXCEPT
      SELECT zorgkantoor, sector FROM wlz.klasse_gevolg
      WHERE meegeleverd AND klasse = 'bestaand-maar-nieuw' AND onderwerp = 'tarief'$$,
    'every policy whose tariff rules treat bestaand-maar-nieuw as new says so in klasse_gevolg too (ZK GZ 000 L129, Menzis L147, DSW L377)');
SELECT is((SELECT count(*) FROM wlz.klasse_gevolg
           WHERE meegeleverd AND zorgkantoor = 'menzis' AND onderwerp = 'tarief' AND toelichting LIKE '%2 procentpunt%'),
          2::bigint, 'Menzis "-2% van het richttarief-percentage": 2 points, as wlz.tariefregel reads it (000 L147)');

-- ---------------------------------------------------------------------------
-- Shipped as configuration.

SELECT is((SELECT extcondition[array_position(extconfig, 'wlz.klasse_gevolg'::regclass)]
           FROM pg_extension WHERE extname = 'wlzcontract'),
          'WHERE NOT meegeleverd',
          'wlz.klasse_gevolg is registered with pg_extension_config_dump for user rows');
SELECT is((SELECT extcondition[array_position(extconfig, 'wlz.klasse_gevolg_id_seq'::regclass)]
           FROM pg_extension WHERE extname = 'wlzcontract'),
          '',
          'and so is its identity sequence, so restored user rows keep their ids');
SELECT ok(has_table_privilege('public', 'wlz.klasse_gevolg', 'SELECT'), 'PUBLIC may read wlz.klasse_gevolg');
SELECT ok(NOT has_table_privilege('public', 'wlz.klasse_gevolg', 'INSERT,UPDATE,DELETE'),
          'PUBLIC may not change wlz.klasse_gevolg');

-- Every shipped row cites a seed and lines: "file Lx-y, Lz; file Lw". The
-- lines must exist: 000 has 566 lines, 001 3146, 002 2626, 004 1265.
CREATE TEMP TABLE regels AS
SELECT g.id, d[1] AS bestand, r[1]::integer AS van, coalesce(r[2]::integer, r[1]::integer) AS tot
FROM wlz.klasse_gevolg g,
     unnest(string_to_array(g.bron, '; ')) AS s(deel),
     regexp_match(s.deel, '^(\d{3}_[0-9a-f]{16}\.txt) ') AS d,
     regexp_matches(s.deel, 'L(\d+)(?:-(\d+))?', 'g') AS r
WHERE g.meegeleverd;
SELECT is_empty(
    $$SELECT id, bron FROM wlz.klasse_gevolg
      WHERE meegeleverd
        AND (bron IS NULL
             OR bron !~ '^\d{3}_[0-9a-f]{16}\.txt L\d+(-\d+)?(, L\d+(-\d+)?)*(; \d{3}_[0-9a-f]{16}\.txt L\d+(-\d+)?(, L\d+(-\d+)?)*)*$')$$,
    'every shipped row cites its source as "file Lx-y, Lz" (several separated by "; ")');
SELECT is_empty(
    $$SELECT id, bestand, van, tot FROM regels
      WHERE van > tot OR van < 1
         OR tot > CASE bestand WHEN '000_5a856cd43381b77b.txt' THEN 566
                               WHEN '001_984eca5123cbd441.txt' THEN 3146
                               WHEN '002_f8c218839efa0959.txt' THEN 2626
                               WHEN '004_bd9ba15cba346436.txt' THEN 1265 END
         OR bestand NOT IN ('000_5a856cd43381b77b.txt', '001_984eca5123cbd441.txt',
                            '002_f8c218839efa0959.txt', '004_bd9ba15cba346436.txt')$$,
    'every cited line exists in its seed');
SELECT is_empty(
    $$SELECT id FROM wlz.klasse_gevolg g
      WHERE meegeleverd AND NOT EXISTS (SELECT FROM regels r WHERE r.id = g.id)$$,
    'every shipped row cites at least one line');

-- ---------------------------------------------------------------------------
-- Constraints.

SELECT throws_ok($$INSERT INTO wlz.klasse_gevolg (zorgkantoor, jaar, klasse, contractvorm, onderwerp, omschrijving)
                   VALUES ('cz', 2026, 'bestaand', 'tweejarig', 'looptijd', 'x')$$,
                 '23514', NULL, 'a contractvorm other than meerjarig, heel-jaar or deel-jaar is rejected');
SELECT throws_ok($$INSERT INTO wlz.klasse_gevolg (zorgkantoor, jaar, klasse, contractvorm, onderwerp, omschrijving)
                   VALUES ('cz', 2026, 'nieuw', 'meerjarig', 'looptijd', 'x')$$,
                 '23514', NULL, 'a contractvorm is only for bestaand (SPEC 3: NULL otherwise)');
SELECT throws_ok($$INSERT INTO wlz.klasse_gevolg (zorgkantoor, jaar, klasse, onderwerp, omschrijving)
                   VALUES ('cz', 2026, 'nieuw', 'bonus', 'x')$$,
                 '23514', NULL, 'an onderwerp outside the vocabulary is rejected');
SELECT throws_ok($$INSERT INTO wlz.klasse_gevolg (zorgkantoor, jaar, klasse, onderwerp, omschrijving, looptijd)
                   VALUES ('cz', 2026, 'nieuw', 'tarief', 'x', '[2026-01-01,2027-01-01)')$$,
                 '23514', NULL, 'a looptijd belongs to a looptijd row only');
SELECT throws_ok($$INSERT INTO wlz.klasse_gevolg (zorgkantoor, jaar, klasse, onderwerp, omschrijving, looptijd)
                   VALUES ('cz', 2026, 'nieuw', 'looptijd', 'x', 'empty')$$,
                 '23514', NULL, 'an empty looptijd is rejected');
SELECT throws_ok($$INSERT INTO wlz.klasse_gevolg (zorgkantoor, jaar, klasse, onderwerp, omschrijving, max_leeftijd)
                   VALUES ('cz', 2026, 'nieuw', 'documenten', 'x', '-6 months')$$,
                 '23514', NULL, 'a maximum age must be positive');
SELECT throws_ok($$INSERT INTO wlz.klasse_gevolg (zorgkantoor, jaar, klasse, onderwerp, omschrijving)
                   VALUES ('cz', 2026, 'nieuw', 'tarief', '')$$,
                 '23514', NULL, 'an empty omschrijving is rejected');
SELECT throws_ok($$INSERT INTO wlz.klasse_gevolg (zorgkantoor, jaar, klasse, onderwerp, omschrijving)
                   VALUES ('geen', 2026, 'nieuw', 'tarief', 'x')$$,
                 '23503', NULL, 'the zorgkantoor must exist in wlz.zorgkantoor');
SELECT throws_ok($$INSERT INTO wlz.klasse_gevolg (zorgkantoor, klasse, onderwerp, omschrijving)
                   VALUES ('cz', 'nieuw', 'tarief', 'x')$$,
                 '23514', NULL, 'jaar is a defining column (only a row that switches a shipped row off may leave it out)');
SELECT throws_ok($$INSERT INTO wlz.klasse_gevolg (zorgkantoor, jaar, klasse, onderwerp, omschrijving)
                   VALUES ('cz', 2026, 'oud', 'tarief', 'x')$$,
                 '22P02', NULL, 'klasse is a wlz.aanbiederklasse');
SELECT throws_ok($$INSERT INTO wlz.klasse_gevolg (zorgkantoor, jaar, tot_en_met, klasse, onderwerp, omschrijving)
                   VALUES ('cz', 2026, 2025, 'nieuw', 'tarief', 'x')$$,
                 '23514', NULL, 'tot_en_met before jaar is rejected');

-- A user row: the defining columns alone.
INSERT INTO wlz.klasse_gevolg (zorgkantoor, jaar, klasse, onderwerp, omschrijving)
VALUES ('cz', 2027, 'nieuw', 'tarief', 'eigen notitie: RT% min 2 procentpunt');
SELECT results_eq(
    $$SELECT meegeleverd, id IS NOT NULL, sector IS NULL AND contractvorm IS NULL AND tot_en_met IS NULL
      FROM wlz.klasse_gevolg WHERE jaar = 2027$$,
    $$VALUES (false, true, true)$$,
    'a user row needs only zorgkantoor, jaar, klasse, onderwerp and omschrijving, and is kept by pg_dump');

SELECT * FROM finish();
ROLLBACK;
