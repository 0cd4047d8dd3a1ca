--
-- Provider classification (SPEC 3): the aggregates, their output and errors.
-- The toelichting spells dates in ISO whatever DateStyle says (pg_regress runs
-- with 'Postgres, MDY').
--
\da wlz.aanbiederklasse
\da wlz.klassificatie

CREATE TABLE aanbieder (agb text PRIMARY KEY, naam text, declareert_sinds date);
CREATE TABLE overeenkomst (agb text REFERENCES aanbieder, zorgkantoor text, looptijd daterange);
INSERT INTO aanbieder VALUES
  ('01', 'Meerjarig bij CZ',          '2015-01-01'),
  ('02', 'Heel 2024 bij CZ',          '2015-01-01'),
  ('03', 'Sinds maart bij CZ',        '2024-03-01'),
  ('04', 'VGZ in twee delen',         '2019-01-01'),
  ('05', 'VGZ met een gat',           '2019-01-01'),
  ('06', 'VGZ, declareert later',     '2024-02-01'),
  ('07', 'Half VGZ, half DSW',        '2019-01-01'),
  ('08', 'Nog nergens',               NULL);
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

-- CZ judges inschrijvingen of 31 July 2024 against 2024, in one query; the
-- provider without contracts arrives as a LEFT JOIN row of NULLs.
SELECT a.agb, a.naam,
       wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024) AS zonder_declaraties,
       wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024,
                           a.declareert_sinds) AS klasse
FROM aanbieder a LEFT JOIN overeenkomst o USING (agb)
GROUP BY a.agb, a.naam
ORDER BY a.agb;

-- The same with the contractvorm and the reason.
\x on
SELECT a.agb, (wlz.klassificatie(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024,
                                 a.declareert_sinds)).*
FROM aanbieder a LEFT JOIN overeenkomst o USING (agb)
GROUP BY a.agb
ORDER BY a.agb;
\x off

-- CZ GZ 2026 (issue 15 item 5): the class against the referentiejaar 2024 as
-- written (002 L1347-1350), the contract form on the year of the peildatum
-- 31 July 2025, "het aan 2026 voorafgaande jaar" (L1370-1375, L1408-1410).
\x on
SELECT c.geval, (wlz.klassificatie(c.zorgkantoor, c.looptijd, 'cz', date '2025-07-31', 2024)).*
FROM (VALUES ('eenjarig 2025',  'cz',  daterange('2025-01-01', '2026-01-01')),
             ('deel van 2025',  'cz',  daterange('2025-03-01', '2026-01-01')),
             ('2025-2026',      'cz',  daterange('2025-01-01', '2027-01-01')),
             ('2024-2026',      'cz',  daterange('2024-01-01', '2027-01-01')),
             ('VGZ 2024-2025',  'vgz', daterange('2024-01-01', '2026-01-01'))) c(geval, zorgkantoor, looptijd)
GROUP BY c.geval
ORDER BY c.geval;
\x off

-- Errors: what is judged must be given, and the same in every row of a group.
SELECT wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, NULL, date '2024-07-31', 2024)
FROM overeenkomst o;
SELECT wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', NULL, 2024)
FROM overeenkomst o;
SELECT wlz.klassificatie(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', NULL)
FROM overeenkomst o;
SELECT wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, o.zorgkantoor, date '2024-07-31', 2024)
FROM overeenkomst o WHERE agb = '07';
SELECT wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', p, 2024)
FROM overeenkomst o, (VALUES (date '2024-07-31'), (date '2024-08-01')) v(p);
SELECT wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', j)
FROM overeenkomst o, (VALUES (2024), (2023)) v(j);
SELECT wlz.aanbiederklasse(NULL, daterange('2024-01-01', NULL), 'cz', date '2024-07-31', 2024);
SELECT wlz.aanbiederklasse('vgz', NULL, 'cz', date '2024-07-31', 2024);
SELECT wlz.aanbiederklasse('vgz', daterange('2024-01-01', NULL), 'cz', date 'infinity', 2024);
SELECT wlz.aanbiederklasse('vgz', daterange('2024-01-01', NULL), 'cz', date '2024-07-31', 0);

DROP TABLE overeenkomst, aanbieder;
