-- test/clients/opzet.sql: the database each driver test of test/clients/
-- connects to: the extension, README's tables (test/readme/tabellen.sql) and
-- the RT% GZ 2026 that README's tariff question adds (96.5, made up), as a
-- user row in wlz.richttarief.
--
--   psql -X -v ON_ERROR_STOP=1 -d <new database> -f test/clients/opzet.sql
CREATE EXTENSION wlzcontract;
\ir ../readme/tabellen.sql
INSERT INTO wlz.richttarief (sector, jaar, percentage, toelichting)
VALUES ('GZ', 2026, 96.5, 'test/clients: voorbeeld, niet het echte percentage');
