-- test/readme/tabellen.sql: the ordinary tables README.md's examples read,
-- small enough to check every output by hand.  test/readme/readme.t loads
-- this into its database before it runs the examples.

-- Providers and their contracts (README "Provider classes").
CREATE TABLE aanbieder (agb text PRIMARY KEY, naam text, declareert_sinds date);
CREATE TABLE overeenkomst (agb text REFERENCES aanbieder, zorgkantoor text, looptijd daterange);
INSERT INTO aanbieder VALUES
  ('01', 'Meerjarig bij CZ',      '2015-01-01'),
  ('02', 'Heel 2024 bij CZ',      '2015-01-01'),
  ('03', 'Sinds maart bij CZ',    '2024-03-01'),
  ('04', 'VGZ in twee delen',     '2019-01-01'),
  ('05', 'VGZ met een gat',       '2019-01-01'),
  ('06', 'VGZ, declareert later', '2024-02-01'),
  ('07', 'Half VGZ, half DSW',    '2019-01-01'),
  ('08', 'Nog nergens',           NULL);
INSERT INTO overeenkomst VALUES
  ('01', 'cz',  '[2024-01-01,2027-01-01)'),
  ('02', 'cz',  '[2024-01-01,2025-01-01)'),
  ('03', 'cz',  '[2024-03-01,2025-01-01)'),
  ('04', 'vgz', '[2023-01-01,2024-07-01)'),
  ('04', 'vgz', '[2024-07-01,)'),
  ('05', 'vgz', '[2023-01-01,2024-10-01)'),
  ('05', 'vgz', '[2024-10-02,)'),
  ('06', 'vgz', '[2022-01-01,)'),
  ('07', 'vgz', '[2024-01-01,2024-07-01)'),
  ('07', 'dsw', '[2024-07-01,)');

-- Declaration lines: who, for which zorgkantoor, what, when, and the NZa
-- maximum tariff's components (synthetic amounts).
CREATE TABLE declaratie (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agb           text REFERENCES aanbieder,
    zorgkantoor   text,
    sector        wlz.sector,
    jaar          integer,
    maand         date,
    datum         date,
    prestatie     text,
    leveringsvorm wlz.leveringsvorm,
    klasse        wlz.aanbiederklasse,
    zorg          numeric,
    nhc           numeric,
    nic           numeric
);
INSERT INTO declaratie (agb, zorgkantoor, sector, jaar, maand, datum, prestatie, leveringsvorm, klasse,
                        zorg, nhc, nic) VALUES
  ('01', 'cz',            'GZ',  2026, '2026-01-01', '2026-01-15', '4VG',    'verblijf', 'bestaand', 250.00, 30.12, 5.40),
  ('04', 'cz',            'GZ',  2026, '2026-01-01', '2026-01-20', '6VG',    'vpt',      'bestaand-maar-nieuw', 310.00, 0, 0),
  ('04', 'cz',            'GZ',  2026, '2026-02-01', '2026-02-03', '6VG',    'vpt',      'bestaand-maar-nieuw', 310.00, 0, 0),
  ('06', 'cz',            'GZ',  2026, '2026-03-01', '2026-03-10', '5VG',    'verblijf', 'nieuw',    280.00, 28.75, 4.10);

-- Submissions and objections with their moments (README "Deadlines").
CREATE TABLE bezwaar (id integer PRIMARY KEY, zorgkantoor text, ingediend_op timestamptz);
INSERT INTO bezwaar VALUES
  (1, 'cz', '2025-09-25 23:59:59+02'),
  (2, 'cz', '2025-09-26 00:00:01+02');
CREATE TABLE mijn_aanvragen (id integer PRIMARY KEY, zorgkantoor text, ingediend timestamptz);
INSERT INTO mijn_aanvragen VALUES
  (1, 'salland', '2025-10-01 12:00+02'),
  (2, 'salland', '2025-10-02 09:00+02'),
  (3, 'dsw',     '2025-09-15 10:00+02');

-- A column of dates (README "Feestdagen and werkdagen").
CREATE TABLE t (d date);
INSERT INTO t SELECT d::date FROM generate_series(date '2026-01-01', date '2026-12-31', '1 day') d;
