-- test/zorgkantoor.sql: the shipped zorgkantoren (SPEC 1) and how the table is
-- shipped (dump-safe, readable by PUBLIC, user rows with defining columns only).
BEGIN;
SELECT plan(12);

SELECT set_eq('SELECT code FROM wlz.zorgkantoor WHERE meegeleverd',
              ARRAY['zilverenkruis', 'cz', 'vgz', 'menzis', 'dsw', 'zorgenzekerheid', 'salland'],
              'the seven zorgkantoren of SPEC 1 are shipped');
SELECT is_empty($$SELECT code FROM wlz.zorgkantoor WHERE meegeleverd AND (bron IS NULL OR bron = '')$$,
                'every shipped row cites its source');

-- Regions, where the documents name them.
-- 001 L1449-1461: the eleven zorgkantoorregio's of Zilveren Kruis (GGZ 2025).
SELECT is((SELECT cardinality(regios) FROM wlz.zorgkantoor WHERE code = 'zilverenkruis'), 11,
          'Zilveren Kruis runs 11 regions (001 L1449-1461)');
SELECT ok((SELECT 'Zaanstreek Waterland' = ANY (regios) AND 'Zwolle' = ANY (regios)
           FROM wlz.zorgkantoor WHERE code = 'zilverenkruis'),
          'Zilveren Kruis regions include Zaanstreek Waterland and Zwolle (001 L1460-1461)');
-- 002 L56 and L597-598: "de zes zorgkantoorregio's van CZ".
SELECT is((SELECT regios FROM wlz.zorgkantoor WHERE code = 'cz'),
          ARRAY['Haaglanden', 'Zuid-Hollandse eilanden', 'Zeeland', 'West-Brabant',
                'Zuidoost-Brabant', 'Zuid-Limburg'],
          'CZ runs the six regions of 002 L56');
-- 004 L2-4: Zuid-Holland Noord and Amstelland en de Meerlanden.
SELECT is((SELECT regios FROM wlz.zorgkantoor WHERE code = 'zorgenzekerheid'),
          ARRAY['Zuid-Holland Noord', 'Amstelland en de Meerlanden'],
          'Zorg en Zekerheid runs the two regions of 004 L2-4');
-- 000 names no regions (seed-000 section 0): those stay NULL rather than guessed.
SELECT set_eq('SELECT code FROM wlz.zorgkantoor WHERE meegeleverd AND regios IS NULL',
              ARRAY['vgz', 'menzis', 'dsw', 'salland'],
              'no regions are made up where no document names them');

-- Shipped as configuration: pg_dump keeps the rows users add, not the shipped ones.
SELECT is((SELECT extcondition[array_position(extconfig, 'wlz.zorgkantoor'::regclass)]
           FROM pg_extension WHERE extname = 'wlzcontract'),
          'WHERE NOT meegeleverd',
          'wlz.zorgkantoor is registered with pg_extension_config_dump for user rows');
SELECT ok(has_table_privilege('public', 'wlz.zorgkantoor', 'SELECT'), 'PUBLIC may read wlz.zorgkantoor');
SELECT ok(NOT has_table_privilege('public', 'wlz.zorgkantoor', 'INSERT,UPDATE,DELETE'),
          'PUBLIC may not change wlz.zorgkantoor');

-- A user row needs only the defining columns and is not marked as shipped.
INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('proef', 'Proefzorgkantoor');
SELECT is((SELECT meegeleverd FROM wlz.zorgkantoor WHERE code = 'proef'), false,
          'a row a user adds is not marked meegeleverd, so pg_dump keeps it');
SELECT throws_ok($$INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('Proef 2', 'x')$$, '23514', NULL,
                 'a code that is not a lower-case slug is rejected');

SELECT * FROM finish();
ROLLBACK;
