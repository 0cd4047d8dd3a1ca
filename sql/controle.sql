--
-- controle: the declaration controls (SPEC 9) as a user sees them: the
-- catalogue, the rules, the policy value, the per-line function and its
-- explanation, the aggregates over a client's lines, and their errors.
-- The rows added here are removed at the end.
--

-- The functions, with their volatility: the policy forms and the aggregates'
-- support functions are IMMUTABLE; the constructors and the table forms read
-- tables (STABLE), and so does the final function of the aggregates without
-- a policy argument.
SELECT p.oid::regprocedure AS functie, p.provolatile AS vol, p.prokind AS soort
FROM pg_proc p
WHERE p.pronamespace = 'wlz'::regnamespace
  AND (p.proname LIKE '%controle%' OR p.proname LIKE 'controlebeleid%')
ORDER BY p.proname, p.oid::regprocedure::text;

-- The catalogue: every control with its kind and its source.
SELECT code, soort, bron FROM wlz.controle
WHERE soort IN ('declaratie', 'combinatie', 'traject')
ORDER BY soort, code;

-- The rules behind them.
SELECT id, controle, zorgkantoor AS zk, geldig, prestaties, kenmerk, toets,
       coalesce(vereist_kenmerk, termijn::text, werkdag || 'e werkdag +' || maanden,
                tolerantie::text, zorgprofielen::text) AS parameter
FROM wlz.declaratieregel ORDER BY id DESC;
SELECT id, controle, geldig, prestaties, niet_met FROM wlz.combinatieregel ORDER BY id DESC;
SELECT id, controle, geldig, soort, toets, termijn, verlenging, aantal FROM wlz.trajectregel ORDER BY id DESC;

-- The policy of Zorg en Zekerheid for 2022 as a value: its text form is JSON.
-- The prestaties it knows (from wlz.prestatie) are left out here.
SELECT jsonb_pretty(wlz.controlebeleid('zorgenzekerheid', 2022)::text::jsonb - 'prestaties') AS beleid;
SELECT jsonb_typeof(wlz.controlebeleid('zorgenzekerheid', 2022)::text::jsonb -> 'prestaties') AS prestaties,
       (SELECT count(*) FROM jsonb_object_keys(wlz.controlebeleid('zorgenzekerheid', 2022)::text::jsonb -> 'prestaties')) =
       (SELECT count(*) FROM wlz.prestatie) AS alle_prestaties;

-- One line (table form): CZ, VG7+ in January 2026, without the zorgkantoor's
-- approval; with it; a prestatie that is not in wlz.prestatie.
SELECT wlz.declaratiecontrole('cz', 'VG7+', daterange('2026-01-01', '2026-02-01'), '2026-02-10 09:00+01') AS zonder,
       wlz.declaratiecontrole('cz', 'VG7+', daterange('2026-01-01', '2026-02-01'), '2026-02-10 09:00+01',
                              kenmerken => '{toestemming-zorgkantoor}') AS met,
       wlz.declaratiecontrole('cz', 'Z999', daterange('2026-01-01', '2026-02-01'), NULL) AS onbekend;

-- Why: every rule that applies to a Zorg en Zekerheid line of February 2022,
-- declared on 1 June 2022 at 00:00, one cent off the tariff.
SELECT code, voldaan, toelichting, bron
FROM wlz.declaratiecontrole_uitleg('zorgenzekerheid', '4VG', daterange('2022-02-01', '2022-03-01'),
                                   '2022-06-01 00:00+02', '4VG', 241.26, 241.25)
ORDER BY code;

-- The same line against the policy value, as a scalar subquery (SPEC 8).
SELECT wlz.declaratiecontrole((SELECT wlz.controlebeleid('zorgenzekerheid', 2022)), '4VG',
                              daterange('2022-02-01', '2022-03-01'), '2022-06-01 00:00+02', '4VG', 241.26, 241.25);

-- A toeslag at the wrong zorgprofiel, and one that cannot be judged.
SELECT code, voldaan, toelichting
FROM wlz.declaratiecontrole_uitleg('vgz', 'Z912', daterange('2026-03-01', '2026-04-01'), NULL, '4VG')
UNION ALL
SELECT code, voldaan, toelichting
FROM wlz.declaratiecontrole_uitleg('vgz', 'Z912', daterange('2026-03-01', '2026-04-01'), NULL)
ORDER BY 1, 2;

-- A client's lines: VG7+ with a dagbesteding toeslag on one day, and on the
-- day after; trajects of observatie and CCA.
SELECT client, wlz.combinatiecontrole(prestatie, periode) AS landelijk,
       wlz.combinatiecontrole((SELECT wlz.controlebeleid('cz', NULL)), prestatie, periode) AS cz
FROM (VALUES (1, 'VG7+', daterange('2026-01-01', '2026-02-01')), (1, 'Z913', daterange('2026-01-31', '2026-03-01')),
             (2, 'VG7+', daterange('2026-01-01', '2026-02-01')), (2, 'Z913', daterange('2026-02-01', '2026-03-01'))) r(client, prestatie, periode)
GROUP BY client ORDER BY client;
SELECT client, wlz.trajectcontrole(soort, periode, uren)
FROM (VALUES (1, 'observatie', daterange('2026-01-01', '2026-10-01'), NULL::numeric),
             (2, 'observatie', daterange('2026-01-01', '2026-10-02'), NULL),
             (3, 'cca', daterange('2027-01-01', '2027-07-01'), 32),
             (4, 'cca', daterange('2027-01-01', '2027-07-02'), 33),
             (5, 'cca', daterange('2026-10-01', '2027-04-01'), 10), (5, 'cca', daterange('2028-03-31', '2028-05-01'), 10),
             (6, 'lvg-indicatie', daterange('2026-01-01', '2029-01-02'), NULL)) t(client, soort, periode, uren)
GROUP BY client ORDER BY client;

-- A control of one's own: a catalogue row and a rule; and a shipped control
-- switched off.
INSERT INTO wlz.controle (code, soort, omschrijving, bron)
VALUES ('eigen-machtiging', 'declaratie', 'Mondzorg vraagt een machtiging van het zorgkantoor', 'eigen beleid 2026');
INSERT INTO wlz.declaratieregel (controle, zorgkantoor, geldig, kenmerk, toets, vereist_kenmerk, bron)
VALUES ('eigen-machtiging', 'vgz', '[2026-01-01,2027-01-01)', 'mondzorg', 'vereist-kenmerk', 'machtiging', 'eigen beleid 2026');
INSERT INTO wlz.controle (code, actief) VALUES ('vg7plus-declaratie-toestemming', false);
SELECT wlz.declaratiecontrole('vgz', 'VG7+', daterange('2026-05-01', '2026-06-01'), NULL, kenmerken => '{mondzorg}');
DELETE FROM wlz.declaratieregel WHERE NOT meegeleverd;
DELETE FROM wlz.controle WHERE NOT meegeleverd;
-- a shipped rule is read-only; the hint says how to replace it
UPDATE wlz.declaratieregel SET tolerantie = 1 WHERE id = -20;

-- Errors.
SELECT wlz.declaratiecontrole(NULL, '4VG', daterange('2026-01-01', '2026-02-01'), NULL);
SELECT wlz.declaratiecontrole('cz', '4VG', daterange('2026-01-01', NULL), NULL);
SELECT wlz.declaratiecontrole('cz', '4VG', 'empty', NULL);
SELECT wlz.declaratiecontrole(wlz.controlebeleid('cz', 2026), '4VG', daterange('2025-12-01', '2026-01-01'), NULL);
SELECT wlz.controlebeleid('nergens', 2026);
SELECT wlz.controlebeleid('cz');
SELECT '{"declaratieregels": [{"controle": "x", "toets": "werkdag", "werkdag": 20, "maanden": 1}]}'::wlz.controlebeleid;
SELECT wlz.trajectcontrole(s, r) FROM (VALUES ('logeren', daterange('2026-01-01', '2026-02-01'))) v(s, r);
SELECT wlz.trajectcontrole(s, r, u) FROM (VALUES ('cca', daterange('2027-01-01', '2027-02-01'), -1)) v(s, r, u);

-- The binary form (version byte 1 and the text) read back through COPY, and
-- recv checking it.
CREATE TEMP TABLE beleid_ruw (b bytea);
CREATE TEMP TABLE beleid_terug (b wlz.controlebeleid);
INSERT INTO beleid_ruw VALUES (wlz.controlebeleid_send('{"jaar": 2026}'));
SELECT b FROM beleid_ruw;
\copy beleid_ruw TO 'results/controlebeleid_ruw.bin' WITH (FORMAT binary)
\copy beleid_terug FROM 'results/controlebeleid_ruw.bin' WITH (FORMAT binary)
SELECT b FROM beleid_terug;
TRUNCATE beleid_ruw;
INSERT INTO beleid_ruw VALUES ('\x027b7d');	-- version 2
\copy beleid_ruw TO 'results/controlebeleid_ruw.bin' WITH (FORMAT binary)
\copy beleid_terug FROM 'results/controlebeleid_ruw.bin' WITH (FORMAT binary)
TRUNCATE beleid_ruw;
INSERT INTO beleid_ruw VALUES ('\x017b226a61617222');	-- {"jaar" : not JSON
\copy beleid_ruw TO 'results/controlebeleid_ruw.bin' WITH (FORMAT binary)
\copy beleid_terug FROM 'results/controlebeleid_ruw.bin' WITH (FORMAT binary)
TRUNCATE beleid_ruw;
INSERT INTO beleid_ruw VALUES ('\x');	-- nothing
\copy beleid_ruw TO 'results/controlebeleid_ruw.bin' WITH (FORMAT binary)
\copy beleid_terug FROM 'results/controlebeleid_ruw.bin' WITH (FORMAT binary)
DROP TABLE beleid_ruw, beleid_terug;
