-- test/klasse.sql: the classification rules (SPEC 3), one scenario per rule and
-- per boundary, each named after the case it covers.
--
-- The definitions: seed 001 L1898-1913 (Zilveren Kruis GGZ 2025, §6.8.3) and
-- seed 002 L1343-1361 (CZ GZ 2026, §6.3), word for word the same:
--   bestaand            "op het moment van inschrijven een overeenkomst heeft
--                       met het zorgkantoor waar ingeschreven wordt" (001 L1899-1901)
--   bestaand-maar-nieuw "op het moment van inschrijven al wel een overeenkomst
--                       heeft met ten minste één ander zorgkantoor voor minimaal
--                       het hele kalenderjaar 2024 en waarbij hij ten minste vanaf
--                       1-1-2024 ook daadwerkelijk zorgkosten declareert" (001 L1902-1905)
--   nieuw               the rest (001 L1907-1913)
-- and the contract forms of a bestaand provider: "overeenkomst tot en met
-- 31 december 2026" (meerjarig, 001 L1919-1927), "tot en met 31 december 2024"
-- (one year, 001 L1929-1930), "voor een deel van het ... jaar" (002 L1373-1375).
--
-- Unless a scenario says otherwise: Zilveren Kruis judges an inschrijving of
-- 31 July 2024 (the deadline, 001 L1890) against referentiejaar 2024.
BEGIN;
SELECT plan(70);

CREATE TEMP TABLE ok (geval text, zorgkantoor text, looptijd daterange, declareert_sinds date);
INSERT INTO ok VALUES
  -- bestaand and its contractvormen
  ('meerjarig',            'zilverenkruis', '[2024-01-01,2027-01-01)', NULL),
  ('heel-jaar',            'zilverenkruis', '[2024-01-01,2025-01-01)', NULL),
  ('heel-jaar-keten',      'zilverenkruis', '[2022-01-01,2024-04-01)', NULL),
  ('heel-jaar-keten',      'zilverenkruis', '[2024-04-01,2025-01-01)', NULL),
  ('deel-jaar',            'zilverenkruis', '[2024-03-01,2025-01-01)', NULL),
  ('meerjarig-1-januari',  'zilverenkruis', '[2024-01-01,2025-01-02)', NULL),
  ('peildatum-laatste-dag','zilverenkruis', '[2024-01-01,2024-08-01)', NULL),
  ('peildatum-eerste-dag', 'zilverenkruis', '[2024-07-31,2025-01-01)', NULL),
  ('bestaand-en-ander',    'zilverenkruis', '[2024-06-01,2025-01-01)', NULL),
  ('bestaand-en-ander',    'vgz',           '[2020-01-01,)',           NULL),
  ('meerjarig-en-deel',    'zilverenkruis', '[2024-06-01,2024-09-01)', NULL),
  ('meerjarig-en-deel',    'zilverenkruis', '[2024-07-01,2026-01-01)', NULL),
  -- a contract with this zorgkantoor that is not in force on the peildatum
  ('zk-afgelopen',         'zilverenkruis', '[2023-01-01,2024-07-31)', NULL),
  ('zk-afgelopen-ander',   'zilverenkruis', '[2023-01-01,2024-07-31)', NULL),
  ('zk-afgelopen-ander',   'menzis',        '[2023-01-01,2025-01-01)', NULL),
  ('zk-later',             'zilverenkruis', '[2025-01-01,2026-01-01)', NULL),
  -- coverage by another zorgkantoor
  ('ander-heel-jaar',      'vgz',           '[2024-01-01,2025-01-01)', NULL),
  ('ander-keten',          'vgz',           '[2024-01-01,2024-07-01)', NULL),
  ('ander-keten',          'vgz',           '[2024-07-01,)',           NULL),
  ('ander-overlap',        'vgz',           '[2024-05-01,2026-01-01)', NULL),
  ('ander-overlap',        'vgz',           '[2023-06-01,2024-09-01)', NULL),
  ('ander-onbegrensd',     'dsw',           '(,)',                     NULL),
  ('een-dag-gat',          'vgz',           '[2024-01-01,2024-06-15)', NULL),
  ('een-dag-gat',          'vgz',           '[2024-06-16,2025-01-01)', NULL),
  ('vanaf-2-januari',      'vgz',           '[2024-01-02,2025-01-01)', NULL),
  ('tot-30-december',      'vgz',           '[2023-01-01,2024-12-31)', NULL),
  ('twee-zorgkantoren',    'vgz',           '[2024-01-01,2024-07-01)', NULL),
  ('twee-zorgkantoren',    'cz',            '[2024-07-01,2025-01-01)', NULL),
  ('twee-en-een-dekt',     'vgz',           '[2024-01-01,2024-07-01)', NULL),
  ('twee-en-een-dekt',     'cz',            '[2023-01-01,2025-01-01)', NULL),
  ('leeg-en-dekking',      'vgz',           'empty',                   NULL),
  ('leeg-en-dekking',      'vgz',           '[2024-01-01,2025-01-01)', NULL),
  ('alleen-leeg',          'vgz',           'empty',                   NULL),
  ('geen-overeenkomsten',  NULL,            NULL,                      NULL),
  -- the declaration condition (6 arguments)
  ('declareert-1-januari', 'vgz',           '[2020-01-01,)',           '2024-01-01'),
  ('declareert-2023',      'vgz',           '[2020-01-01,)',           '2023-05-01'),
  ('declareert-februari',  'vgz',           '[2020-01-01,)',           '2024-02-01'),
  ('declareert-niet',      'vgz',           '[2020-01-01,)',           NULL),
  ('declareert-per-rij',   'vgz',           '[2020-01-01,2024-06-01)', '2024-03-01'),
  ('declareert-per-rij',   'vgz',           '[2024-06-01,)',           '2023-11-01'),
  ('declareert-per-rij',   'vgz',           '[2019-01-01,2020-01-01)', NULL);

CREATE FUNCTION pg_temp.klasse(g text) RETURNS wlz.aanbiederklasse
LANGUAGE sql AS $$
    SELECT wlz.aanbiederklasse(zorgkantoor, looptijd, 'zilverenkruis', date '2024-07-31', 2024)
    FROM ok WHERE geval = g
$$;
CREATE FUNCTION pg_temp.klasse6(g text) RETURNS wlz.aanbiederklasse
LANGUAGE sql AS $$
    SELECT wlz.aanbiederklasse(zorgkantoor, looptijd, 'zilverenkruis', date '2024-07-31', 2024,
                               declareert_sinds)
    FROM ok WHERE geval = g
$$;
CREATE FUNCTION pg_temp.k(g text) RETURNS wlz.klassificatie
LANGUAGE sql AS $$
    SELECT wlz.klassificatie(zorgkantoor, looptijd, 'zilverenkruis', date '2024-07-31', 2024)
    FROM ok WHERE geval = g
$$;
CREATE FUNCTION pg_temp.k6(g text) RETURNS wlz.klassificatie
LANGUAGE sql AS $$
    SELECT wlz.klassificatie(zorgkantoor, looptijd, 'zilverenkruis', date '2024-07-31', 2024,
                             declareert_sinds)
    FROM ok WHERE geval = g
$$;

-- ---------------------------------------------------------------------------
-- bestaand: a contract with this zorgkantoor on the peildatum (001 L1899-1901)
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.k('meerjarig'), ('bestaand', 'meerjarig',
  'overeenkomst met zilverenkruis (2024-01-01 t/m 2026-12-31) loopt op de peildatum 2024-07-31 en loopt door in 2025: meerjarig')::wlz.klassificatie,
  'meerjarig: overeenkomst tot en met 31 december 2026 (001 L1919-1927)');
SELECT is(pg_temp.k('heel-jaar'), ('bestaand', 'heel-jaar',
  'overeenkomst met zilverenkruis (2024-01-01 t/m 2024-12-31) loopt op de peildatum 2024-07-31; de overeenkomsten met zilverenkruis dekken heel 2024: heel-jaar')::wlz.klassificatie,
  'heel-jaar: overeenkomst tot en met 31 december 2024 (001 L1929-1930)');
SELECT is((pg_temp.k('heel-jaar-keten')).contractvorm, 'heel-jaar',
  'heel-jaar: a renewal on 1 April chains on without a gap and covers 2024');
SELECT is(pg_temp.k('deel-jaar'), ('bestaand', 'deel-jaar',
  'overeenkomst met zilverenkruis (2024-03-01 t/m 2024-12-31) loopt op de peildatum 2024-07-31; de overeenkomsten met zilverenkruis dekken 2024 niet helemaal (geen overeenkomst van 2024-01-01 t/m 2024-02-29): deel-jaar')::wlz.klassificatie,
  'deel-jaar: from 1 March; the gap ends on 29 February of the leap year (002 L1373-1375)');
SELECT is((pg_temp.k('meerjarig-1-januari')).contractvorm, 'meerjarig',
  'meerjarig: a contract up to and including 1 January 2025 runs into the year after the peildatum''s year (2024)');
SELECT is(pg_temp.klasse('peildatum-laatste-dag'), 'bestaand',
  'bestaand: the peildatum is the last day of the contract ([2024-01-01,2024-08-01) holds 31 July)');
SELECT is((pg_temp.k('peildatum-laatste-dag')).contractvorm, 'deel-jaar',
  'deel-jaar: that contract ends on 31 July, so 2024 is not covered');
SELECT is(pg_temp.klasse('peildatum-eerste-dag'), 'bestaand',
  'bestaand: the contract starts on the peildatum itself');
SELECT is(pg_temp.klasse('bestaand-en-ander'), 'bestaand',
  'bestaand wins over coverage by another zorgkantoor');
SELECT is(pg_temp.k('meerjarig-en-deel'), ('bestaand', 'meerjarig',
  'overeenkomst met zilverenkruis (2024-07-01 t/m 2025-12-31) loopt op de peildatum 2024-07-31 en loopt door in 2025: meerjarig')::wlz.klassificatie,
  'meerjarig: of two contracts in force on the peildatum the one that runs longest counts and is named');

-- ---------------------------------------------------------------------------
-- a contract with this zorgkantoor that is not in force on the peildatum
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.k('zk-afgelopen'), ('nieuw', NULL,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31 (die van 2023-01-01 t/m 2024-07-30 is afgelopen); geen overeenkomst met een ander zorgkantoor')::wlz.klassificatie,
  'nieuw: the contract with this zorgkantoor ended the day before the peildatum (001 L1907-1908)');
SELECT is(pg_temp.k('zk-afgelopen-ander'), ('bestaand-maar-nieuw', NULL,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31 (die van 2023-01-01 t/m 2024-07-30 is afgelopen); de overeenkomsten met menzis dekken 2024 en de peildatum zonder onderbreking (2023-01-01 t/m 2024-12-31)')::wlz.klassificatie,
  'bestaand-maar-nieuw: ended with this zorgkantoor, but another covers 2024 (001 L1902-1905)');
SELECT is((pg_temp.k('zk-later')).toelichting,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31 (die van 2025-01-01 t/m 2025-12-31 begint later); geen overeenkomst met een ander zorgkantoor',
  'nieuw: a contract with this zorgkantoor that starts after the peildatum does not count');

-- ---------------------------------------------------------------------------
-- bestaand-maar-nieuw: coverage of the whole referentiejaar by one other
-- zorgkantoor (001 L1902-1905, 002 L1347-1350)
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.klasse('ander-heel-jaar'), 'bestaand-maar-nieuw',
  'bestaand-maar-nieuw: one contract with vgz for exactly 2024');
SELECT is(pg_temp.k('ander-keten'), ('bestaand-maar-nieuw', NULL,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31; de overeenkomsten met vgz dekken 2024 en de peildatum zonder onderbreking (vanaf 2024-01-01, doorlopend)')::wlz.klassificatie,
  'bestaand-maar-nieuw: [2024-01-01,2024-07-01) + [2024-07-01,) are adjacent and cover 2024');
SELECT is((pg_temp.k('ander-overlap')).toelichting,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31; de overeenkomsten met vgz dekken 2024 en de peildatum zonder onderbreking (2023-06-01 t/m 2025-12-31)',
  'bestaand-maar-nieuw: overlapping contracts, in any order, chain from 2023-06-01 to 2025-12-31');
SELECT is(pg_temp.klasse('ander-onbegrensd'), 'bestaand-maar-nieuw',
  'bestaand-maar-nieuw: a contract unbounded on both sides covers every year');
SELECT is(pg_temp.k('een-dag-gat'), ('nieuw', NULL,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31; de overeenkomsten met vgz dekken 2024 en de peildatum niet zonder onderbreking: geen overeenkomst op 2024-06-15')::wlz.klassificatie,
  'nieuw: a single missing day (15 June) breaks the coverage "voor minimaal het hele kalenderjaar" (001 L1909-1911)');
SELECT is((pg_temp.k('vanaf-2-januari')).toelichting,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31; de overeenkomsten met vgz dekken 2024 en de peildatum niet zonder onderbreking: geen overeenkomst op 2024-01-01',
  'nieuw: coverage from 2 January misses 1 January');
SELECT is((pg_temp.k('tot-30-december')).toelichting,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31; de overeenkomsten met vgz dekken 2024 en de peildatum niet zonder onderbreking: geen overeenkomst op 2024-12-31',
  'nieuw: coverage up to 30 December misses 31 December');
SELECT is(pg_temp.k('twee-zorgkantoren'), ('nieuw', NULL,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31; de overeenkomsten met vgz dekken 2024 en de peildatum niet zonder onderbreking: geen overeenkomst van 2024-07-01 t/m 2024-12-31')::wlz.klassificatie,
  'nieuw: vgz for the first half and cz for the second are never added up (SPEC 3); the one reaching furthest is named');
SELECT is((pg_temp.k('twee-en-een-dekt')).toelichting,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31; de overeenkomsten met cz dekken 2024 en de peildatum zonder onderbreking (2023-01-01 t/m 2024-12-31)',
  'bestaand-maar-nieuw: of two other zorgkantoren, the one that covers the year is named');
SELECT is(pg_temp.klasse('leeg-en-dekking'), 'bestaand-maar-nieuw',
  'an empty looptijd covers nothing and spoils nothing');
SELECT is(pg_temp.k('alleen-leeg'), ('nieuw', NULL, 'geen enkele overeenkomst')::wlz.klassificatie,
  'nieuw: a provider whose only contract is empty has no contract');

-- A peildatum after the referentiejaar: CZ GZ 2026 still names 2024 (002 L1349,
-- "voor 2025" in L1361) while the inschrijving is in 2025. The contract must then
-- also run on the peildatum, chained to 2024 without a gap.
SELECT is(wlz.aanbiederklasse(z, r, 'cz', date '2025-07-01', 2024), 'nieuw',
  'nieuw: vgz covered 2024 but ended on 31 December, before the peildatum in 2025 (002 L1347-1350)')
FROM (VALUES ('vgz', daterange('2024-01-01', '2025-01-01'))) v(z, r);
SELECT is((wlz.klassificatie(z, r, 'cz', date '2025-07-01', 2024)).toelichting,
  'geen overeenkomst met cz op de peildatum 2025-07-01; de overeenkomsten met vgz dekken 2024 en de peildatum niet zonder onderbreking: geen overeenkomst van 2025-01-01 t/m 2025-07-01',
  'nieuw: the gap between the referentiejaar and the peildatum is named')
FROM (VALUES ('vgz', daterange('2024-01-01', '2025-01-01'))) v(z, r);
SELECT is(wlz.aanbiederklasse(z, r, 'cz', date '2025-07-01', 2024), 'bestaand-maar-nieuw',
  'bestaand-maar-nieuw: the renewal for 2025 chains on and runs on the peildatum')
FROM (VALUES ('vgz', daterange('2024-01-01', '2025-01-01')),
             ('vgz', daterange('2025-01-01', '2026-01-01'))) v(z, r);

-- ---------------------------------------------------------------------------
-- The contractvorm is judged on the calendar year of the peildatum, the class
-- on the referentiejaar (issue 15 item 5). CZ GZ 2026 names 2024 for
-- bestaand-maar-nieuw (002 L1347-1350, L1357-1360) but "het hele aan 2026
-- voorafgaande jaar een eenjarige overeenkomst" (L1370-1372), "een deel van het
-- aan 2026 voorafgaande jaar" (L1373-1375) and "een eenjarige overeenkomst tot
-- en met 31 december 2025" (L1408-1410) for the contract form; the inschrijving
-- closes 31 juli 2025 (L1207-1211). So a CZ call passes peildatum 2025-07-31 and
-- referentiejaar 2024, and the one-year contract for 2025 is heel-jaar.
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE cz (geval text, zorgkantoor text, looptijd daterange);
INSERT INTO cz VALUES
  ('eenjarig-2025',     'cz',  '[2025-01-01,2026-01-01)'),
  ('deel-2025',         'cz',  '[2025-03-01,2026-01-01)'),
  ('tweejarig',         'cz',  '[2025-01-01,2027-01-01)'),
  ('driejarig',         'cz',  '[2024-01-01,2027-01-01)'),
  ('tot-1-januari',     'cz',  '[2025-01-01,2026-01-02)'),
  ('eenjarig-keten',    'cz',  '[2024-01-01,2025-01-01)'),
  ('eenjarig-keten',    'cz',  '[2025-01-01,2026-01-01)'),
  ('eenjarig-en-vgz',   'cz',  '[2025-01-01,2026-01-01)'),
  ('eenjarig-en-vgz',   'vgz', '[2020-01-01,)'),
  ('vgz-2024-2025',     'vgz', '[2024-01-01,2026-01-01)');
CREATE FUNCTION pg_temp.cz(g text) RETURNS wlz.klassificatie
LANGUAGE sql AS $$
    SELECT wlz.klassificatie(zorgkantoor, looptijd, 'cz', date '2025-07-31', 2024)
    FROM cz WHERE geval = g
$$;
SELECT is(pg_temp.cz('eenjarig-2025'), ('bestaand', 'heel-jaar',
  'overeenkomst met cz (2025-01-01 t/m 2025-12-31) loopt op de peildatum 2025-07-31; de overeenkomsten met cz dekken heel 2025: heel-jaar')::wlz.klassificatie,
  'CZ 2026, referentiejaar 2024: a one-year contract for 2025 is heel-jaar, not meerjarig (002 L1370-1372, L1408-1410)');
SELECT is(pg_temp.cz('deel-2025'), ('bestaand', 'deel-jaar',
  'overeenkomst met cz (2025-03-01 t/m 2025-12-31) loopt op de peildatum 2025-07-31; de overeenkomsten met cz dekken 2025 niet helemaal (geen overeenkomst van 2025-01-01 t/m 2025-02-28): deel-jaar')::wlz.klassificatie,
  'CZ 2026: a contract for part of 2025 is deel-jaar, the gap ends on 28 February (002 L1373-1375)');
SELECT is(pg_temp.cz('tweejarig'), ('bestaand', 'meerjarig',
  'overeenkomst met cz (2025-01-01 t/m 2026-12-31) loopt op de peildatum 2025-07-31 en loopt door in 2026: meerjarig')::wlz.klassificatie,
  'CZ 2026: the two-year contract 2025-2026 is meerjarig (002 L1369, L1399-1400)');
SELECT is((pg_temp.cz('driejarig')).contractvorm, 'meerjarig',
  'CZ 2026: the three-year contract 2024-2026 is meerjarig (002 L1368, L1399-1400)');
SELECT is((pg_temp.cz('tot-1-januari')).contractvorm, 'meerjarig',
  'CZ 2026: a contract up to and including 1 January 2026 runs into the year after the peildatum''s year');
SELECT is((pg_temp.cz('eenjarig-keten')).contractvorm, 'heel-jaar',
  'CZ 2026: one-year contracts for 2024 and 2025 chain; the one in force ends with 2025: heel-jaar');
SELECT is((pg_temp.cz('eenjarig-en-vgz')).contractvorm, 'heel-jaar',
  'CZ 2026: a contract with another zorgkantoor does not change the contractvorm');
SELECT is(pg_temp.cz('vgz-2024-2025'), ('bestaand-maar-nieuw', NULL,
  'geen overeenkomst met cz op de peildatum 2025-07-31; de overeenkomsten met vgz dekken 2024 en de peildatum zonder onderbreking (2024-01-01 t/m 2025-12-31)')::wlz.klassificatie,
  'CZ 2026: bestaand-maar-nieuw is still judged on the referentiejaar 2024 as written (002 L1347-1350)');
SELECT is((wlz.klassificatie(z, r, 'cz', date '2025-07-01', 2024, date '2024-01-01')).contractvorm, 'heel-jaar',
  '6 arguments: the contractvorm on the peildatum''s year too')
FROM (VALUES ('cz', daterange('2025-01-01', '2026-01-01'))) v(z, r);
-- A mid-year inschrijving has its peildatum in the inkoopjaar itself (CZ
-- "van 1 december 2025 tot 2 maart 2026", 002 L1713): across New Year the year
-- of the contract form moves with it.
SELECT is((wlz.klassificatie(z, r, 'cz', date '2025-12-31', 2024)).contractvorm, 'meerjarig',
  'peildatum 31 December 2025: a contract to the end of 2026 runs into the year after 2025')
FROM (VALUES ('cz', daterange('2025-01-01', '2027-01-01'))) v(z, r);
SELECT is((wlz.klassificatie(z, r, 'cz', date '2026-01-01', 2024)).contractvorm, 'heel-jaar',
  'peildatum 1 January 2026: the same contract now covers the whole peildatum''s year 2026')
FROM (VALUES ('cz', daterange('2025-01-01', '2027-01-01'))) v(z, r);
-- 29 February: referentiejaar 2023, peildatum in the leap year 2024.
SELECT is((wlz.klassificatie(z, r, 'vgz', date '2024-02-29', 2023)).toelichting,
  'overeenkomst met vgz (2023-03-01 t/m 2024-12-31) loopt op de peildatum 2024-02-29; de overeenkomsten met vgz dekken heel 2024: heel-jaar',
  'peildatum 29 February 2024, referentiejaar 2023: the contract form is judged on 2024')
FROM (VALUES ('vgz', daterange('2023-03-01', '2025-01-01'))) v(z, r);
-- Zilveren Kruis GGZ 2025: peildatum 31-7-2024 (001 L1709) and referentiejaar
-- 2024 (001 L1902-1905) are one year, so nothing changes there: the scenarios
-- at the top of this file (meerjarig, heel-jaar, deel-jaar) still hold.
SELECT results_eq(
  $$SELECT g, (pg_temp.k(g)).contractvorm FROM unnest(ARRAY['meerjarig', 'heel-jaar', 'heel-jaar-keten',
      'deel-jaar', 'meerjarig-1-januari', 'peildatum-laatste-dag', 'meerjarig-en-deel']) g$$,
  $$VALUES ('meerjarig', 'meerjarig'), ('heel-jaar', 'heel-jaar'), ('heel-jaar-keten', 'heel-jaar'),
           ('deel-jaar', 'deel-jaar'), ('meerjarig-1-januari', 'meerjarig'),
           ('peildatum-laatste-dag', 'deel-jaar'), ('meerjarig-en-deel', 'meerjarig')$$,
  'Zilveren Kruis GGZ 2025 (peildatum and referentiejaar both in 2024): every contractvorm as before');

-- 0.1.0's C symbol keeps 0.1.0's answer (SPEC 7): between make install and
-- ALTER EXTENSION ... UPDATE a database on 0.1.0 still judges the contract
-- form on the referentiejaar. The aggregate of 0.1.0, rebuilt in pg_temp.
DO $$
BEGIN
    EXECUTE format($f$CREATE FUNCTION pg_temp.klassificatie_uitkomst_0_1_0(internal)
                      RETURNS wlz.klassificatie AS %L, 'wlz_klassificatie_uitkomst'
                      LANGUAGE C IMMUTABLE$f$,
                   (SELECT probin FROM pg_proc WHERE oid = 'wlz.klassificatie_uitkomst(internal)'::regprocedure));
END
$$;
CREATE AGGREGATE pg_temp.klassificatie_0_1_0(text, daterange, text, date, integer) (
    SFUNC = wlz.klasse_stap, STYPE = internal, FINALFUNC = pg_temp.klassificatie_uitkomst_0_1_0);
SELECT is((SELECT pg_temp.klassificatie_0_1_0(zorgkantoor, looptijd, 'cz', date '2025-07-31', 2024)
           FROM cz WHERE geval = 'eenjarig-2025'),
  ('bestaand', 'meerjarig',
   'overeenkomst met cz (2025-01-01 t/m 2025-12-31) loopt op de peildatum 2025-07-31 en loopt door in 2025: meerjarig')::wlz.klassificatie,
  '0.1.0''s symbol wlz_klassificatie_uitkomst still answers as 0.1.0 did (SPEC 7)');
SELECT is((SELECT provolatile::text || proparallel::text || prosrc FROM pg_proc
           WHERE oid = 'wlz.klassificatie_uitkomst(internal)'::regprocedure),
          'iswlz_klassificatie_uitkomst_peiljaar',
          'wlz.klassificatie''s final function is the 0.2.0 symbol, IMMUTABLE and PARALLEL SAFE');

-- A year across New Year and 29 February: referentiejaar 2023, peildatum 2024-02-29.
SELECT is(wlz.aanbiederklasse(z, r, 'vgz', date '2024-02-29', 2023), 'bestaand-maar-nieuw',
  'bestaand-maar-nieuw: referentiejaar 2023 and a peildatum on 29 February 2024, chained over New Year')
FROM (VALUES ('cz', daterange('2022-07-01', '2024-01-01')),
             ('cz', daterange('2024-01-01', '2024-03-01'))) v(z, r);
SELECT is(wlz.aanbiederklasse(z, r, 'vgz', date '2024-02-29', 2023), 'nieuw',
  'nieuw: the renewal ends on 28 February 2024, the day before the peildatum')
FROM (VALUES ('cz', daterange('2022-07-01', '2024-01-01')),
             ('cz', daterange('2024-01-01', '2024-02-29'))) v(z, r);

-- ---------------------------------------------------------------------------
-- nieuw: no contract at all, a LEFT JOIN row (001 L1907-1908)
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.k('geen-overeenkomsten'), ('nieuw', NULL, 'geen enkele overeenkomst')::wlz.klassificatie,
  'nieuw: a provider without contracts arrives as one row of NULL contract columns');
SELECT is(wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', date '2025-07-01', 2024), 'nieuw',
  'nieuw: a LEFT JOIN that finds no contract')
FROM (VALUES (1)) a(agb) LEFT JOIN ok o ON false;
SELECT is(count(*), 0::bigint, 'over no rows at all the aggregate is NULL, as aggregates are')
FROM (SELECT wlz.aanbiederklasse(zorgkantoor, looptijd, 'cz', date '2025-07-01', 2024) AS k
      FROM ok WHERE false) s WHERE k IS NOT NULL;

-- ---------------------------------------------------------------------------
-- the declaration condition: "ten minste vanaf 1-1-2024 ook daadwerkelijk
-- zorgkosten declareert" (001 L1904-1905, L1910-1911)
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.klasse6('declareert-1-januari'), 'bestaand-maar-nieuw',
  '6 arguments: declaring since 1 January 2024 meets "vanaf 1-1-2024"');
SELECT is(pg_temp.klasse6('declareert-2023'), 'bestaand-maar-nieuw',
  '6 arguments: declaring since May 2023 meets it too');
SELECT is(pg_temp.k6('declareert-februari'), ('nieuw', NULL,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31; de overeenkomsten met vgz dekken 2024 en de peildatum zonder onderbreking (vanaf 2020-01-01, doorlopend), maar de aanbieder declareert pas sinds 2024-02-01, na 1 januari 2024')::wlz.klassificatie,
  '6 arguments: declarations from 1 February 2024 make the provider nieuw (001 L1910-1911)');
SELECT is(pg_temp.klasse('declareert-februari'), 'bestaand-maar-nieuw',
  '5 arguments: the same provider is bestaand-maar-nieuw, the declaration condition is not checked');
SELECT is((pg_temp.k6('declareert-niet')).toelichting,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31; de overeenkomsten met vgz dekken 2024 en de peildatum zonder onderbreking (vanaf 2020-01-01, doorlopend), maar de aanbieder declareert geen Wlz-zorg',
  '6 arguments: NULL declareert_sinds means never declared: nieuw');
SELECT is((pg_temp.k6('declareert-1-januari')).toelichting,
  'geen overeenkomst met zilverenkruis op de peildatum 2024-07-31; de overeenkomsten met vgz dekken 2024 en de peildatum zonder onderbreking (vanaf 2020-01-01, doorlopend); declareert Wlz-zorg sinds 2024-01-01',
  '6 arguments: the toelichting says since when the provider declares');
SELECT is(pg_temp.klasse6('declareert-per-rij'), 'bestaand-maar-nieuw',
  '6 arguments: the earliest non-NULL declareert_sinds of the group counts (2023-11-01)');
SELECT is(pg_temp.klasse6('meerjarig'), 'bestaand',
  '6 arguments: bestaand does not need declarations');
SELECT is((pg_temp.k6('meerjarig')).contractvorm, 'meerjarig',
  '6 arguments: contractvorm as in the 5-argument form');

-- ---------------------------------------------------------------------------
-- the answer depends on the set of rows, not their order
-- ---------------------------------------------------------------------------
SELECT is(
  (SELECT wlz.klassificatie(zorgkantoor, looptijd, 'zilverenkruis', date '2024-07-31', 2024
                            ORDER BY looptijd DESC) FROM ok WHERE geval = 'ander-overlap'),
  (SELECT wlz.klassificatie(zorgkantoor, looptijd, 'zilverenkruis', date '2024-07-31', 2024
                            ORDER BY looptijd) FROM ok WHERE geval = 'ander-overlap'),
  'the same contracts in the opposite order give the same classification and toelichting');
SELECT is(
  (SELECT wlz.klassificatie(zorgkantoor, looptijd, 'zilverenkruis', date '2024-07-31', 2024
                            ORDER BY zorgkantoor DESC) FROM ok WHERE geval = 'twee-zorgkantoren'),
  pg_temp.k('twee-zorgkantoren'),
  'the zorgkantoor named in the toelichting does not depend on the order of the rows');

-- ---------------------------------------------------------------------------
-- one query over many providers, grouped, with a LEFT JOIN
-- ---------------------------------------------------------------------------
SELECT results_eq(
  $$SELECT a.geval, wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'zilverenkruis',
                                         date '2024-07-31', 2024)::text
    FROM (VALUES ('heel-jaar'), ('ander-keten'), ('een-dag-gat'), ('zonder')) a(geval)
    LEFT JOIN ok o USING (geval)
    GROUP BY a.geval ORDER BY a.geval$$,
  $$VALUES ('ander-keten', 'bestaand-maar-nieuw'), ('een-dag-gat', 'nieuw'),
           ('heel-jaar', 'bestaand'), ('zonder', 'nieuw')$$,
  'GROUP BY provider over a LEFT JOIN: each provider its class, the one without contracts nieuw');

-- ---------------------------------------------------------------------------
-- errors (SPEC 1 and 3)
-- ---------------------------------------------------------------------------
SELECT throws_ok($$SELECT wlz.aanbiederklasse(zorgkantoor, looptijd, NULL, date '2024-07-31', 2024) FROM ok$$,
  '22004', 'zorgkantoor of a classification must not be null', 'NULL zorgkantoor: 22004');
SELECT throws_ok($$SELECT wlz.aanbiederklasse(zorgkantoor, looptijd, 'cz', NULL, 2024) FROM ok$$,
  '22004', 'peildatum of a classification must not be null', 'NULL peildatum: 22004');
SELECT throws_ok($$SELECT wlz.klassificatie(zorgkantoor, looptijd, 'cz', date '2024-07-31', NULL, NULL::date) FROM ok$$,
  '22004', 'referentiejaar of a classification must not be null', 'NULL referentiejaar: 22004 (6-argument klassificatie)');
SELECT throws_ok($$SELECT wlz.aanbiederklasse(NULL::text, NULL::daterange, NULL, date '2024-07-31', 2024)$$,
  '22004', NULL, 'NULL zorgkantoor on a provider without contracts: 22004 too');
SELECT throws_ok($$SELECT wlz.aanbiederklasse(z, r, z, date '2024-07-31', 2024)
                   FROM (VALUES ('cz', daterange('2024-01-01', NULL)), ('vgz', daterange('2024-01-01', NULL))) v(z, r)$$,
  '22023', 'zorgkantoor differs between the rows of one classification', 'zorgkantoor differing between rows: 22023');
SELECT throws_ok($$SELECT wlz.aanbiederklasse('cz', r, 'cz', p, 2024)
                   FROM (VALUES (daterange('2024-01-01', NULL), date '2024-07-31'),
                                (daterange('2024-01-01', NULL), date '2024-08-01')) v(r, p)$$,
  '22023', 'peildatum differs between the rows of one classification', 'peildatum differing between rows: 22023');
SELECT throws_ok($$SELECT wlz.aanbiederklasse('cz', daterange('2024-01-01', NULL), 'cz', date '2024-07-31', j)
                   FROM (VALUES (2024), (2023)) v(j)$$,
  '22023', 'referentiejaar differs between the rows of one classification', 'referentiejaar differing between rows: 22023');
SELECT throws_ok($$SELECT wlz.aanbiederklasse(NULL, daterange('2024-01-01', NULL), 'cz', date '2024-07-31', 2024)$$,
  '22004', 'ok_zorgkantoor of a contract must not be null', 'a contract without zorgkantoor: 22004');
SELECT throws_ok($$SELECT wlz.aanbiederklasse('vgz', NULL, 'cz', date '2024-07-31', 2024)$$,
  '22004', 'ok_looptijd of a contract must not be null', 'a contract without looptijd: 22004');
SELECT throws_ok($$SELECT wlz.aanbiederklasse('vgz', daterange('2024-01-01', NULL), 'cz', date 'infinity', 2024)$$,
  '22008', 'peildatum of a classification must be a finite date', 'an infinite peildatum: 22008');
SELECT throws_ok($$SELECT wlz.aanbiederklasse('vgz', daterange('2024-01-01', NULL), 'cz', date '2024-07-31', 10000)$$,
  '22008', 'referentiejaar 10000 is out of range', 'a referentiejaar beyond 9999: 22008');

SELECT * FROM finish();
ROLLBACK;
