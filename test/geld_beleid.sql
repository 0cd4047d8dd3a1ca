-- test/geld_beleid.sql: the money policy as a value (SPEC 8, 11): what
-- wlz.geldbeleid(zorgkantoor, sector, jaar) reads, the checked text form and
-- the binary form of type wlz.geldbeleid, a policy written by hand, and the
-- user's rows in wlz.geldregel and wlz.betaalregel (SPEC 7: a row of one's own
-- replaces a shipped one or comes first, actief = false switches one off).
BEGIN;
SELECT plan(56);

-- ---------------------------------------------------------------------------
-- What the constructor reads
-- ---------------------------------------------------------------------------

CREATE FUNCTION pg_temp.aantallen(zk text, s wlz.sector, j integer) RETURNS integer[]
LANGUAGE sql STABLE AS $$
    SELECT ARRAY[jsonb_array_length(v -> 'volumeregels'), jsonb_array_length(v -> 'geldregels'),
                 jsonb_array_length(v -> 'betaalregels')]
    FROM (SELECT wlz.geldbeleid(zk, s, j)::text::jsonb AS v) x
$$;
SELECT is(pg_temp.aantallen('cz', 'GZ', 2026), ARRAY[4, 2, 10],
          'CZ GZ 2026: 4 volume rules (002 L909-949), 2 geldregels (L1014, L1969-1971), 10 payment rules (Bijlage 1)');
SELECT is(pg_temp.aantallen('cz', 'GZ', 2024), ARRAY[4, 0, 0],
          'CZ GZ 2024: only the volume rules span 2024-2026 (002 L904-905)');
SELECT is(pg_temp.aantallen('zilverenkruis', 'GGZ', 2025), ARRAY[1, 3, 0],
          'Zilveren Kruis GGZ 2025: no initial volume, margin, terughoudend-tot, crisis occupancy');
SELECT is(pg_temp.aantallen('zilverenkruis', 'GGZ', 2023), ARRAY[0, 1, 0],
          'Zilveren Kruis GGZ 2023: the 2 % margin of footnote 17 only (001 L2978)');
SELECT is(pg_temp.aantallen('zorgenzekerheid', 'VV', 2022), ARRAY[3, 7, 1],
          'Zorg en Zekerheid 2022, rows for every sector: 3 volume, 7 geld, 1 payment rule');
SELECT is(pg_temp.aantallen('zorgenzekerheid', 'GZ', 2026), ARRAY[4, 0, 0], 'Zorg en Zekerheid GZ 2026 (000 L524-526)');
SELECT is(pg_temp.aantallen('salland', 'GZ', 2026), ARRAY[0, 0, 0],
          'Salland: the overview gives no volume numbers (000 L534-536): an empty policy, not an error');
SELECT is((SELECT array_agg(v ->> 'id' ORDER BY n) FROM jsonb_array_elements(wlz.geldbeleid('cz', 'GZ', 2026)::text::jsonb -> 'volumeregels')
                                                     WITH ORDINALITY AS e(v, n)),
          ARRAY['-1', '-2', '-3', '-4'], 'volume rules in volgorde');
SELECT throws_ok($$SELECT wlz.geldbeleid(NULL, 'GZ', 2026)$$, '22004',
                 'zorgkantoor of a money policy must not be null', 'NULL zorgkantoor: 22004');
SELECT throws_ok($$SELECT wlz.geldbeleid('cz', NULL, 2026)$$, '22004', 'sector of a money policy must not be null',
                 'NULL sector: 22004');
SELECT throws_ok($$SELECT wlz.geldbeleid('nergens', 'GZ', 2026)$$, 'P0002', 'zorgkantoor "nergens" does not exist',
                 'an unknown zorgkantoor: P0002');
SELECT is(wlz.geldbeleid_naam(wlz.geldbeleid('cz', 'GZ', 2026)), 'cz GZ 2026', 'wlz.geldbeleid_naam');
SELECT is(wlz.geldbeleid_jaar(wlz.geldbeleid('cz', 'GZ', 2026)), 2026, 'wlz.geldbeleid_jaar');
SELECT results_eq(
    $$SELECT regel_id, soort, waarde FROM wlz.geldregels(wlz.geldbeleid('zilverenkruis', 'GGZ', 2025)) ORDER BY regel_id DESC$$,
    $$VALUES (-1, 'herschikkingsmarge', 1::numeric), (-2, 'terughoudend-tot', 6), (-3, 'crisisbezetting-minimum', 70)$$,
    'wlz.geldregels lists the parameters in the value');
SELECT is((SELECT leveringsvormen FROM wlz.geldregels(wlz.geldbeleid('zorgenzekerheid', 'VV', 2022)) WHERE soort = 'voorrang-groei'),
          '{mpt,vpt,verblijf}'::wlz.leveringsvorm[], 'a priority keeps its order, MPT before VPT before ZZP (004 L809)');

-- ---------------------------------------------------------------------------
-- The text and binary forms
-- ---------------------------------------------------------------------------

SELECT is_empty(
    $$SELECT zk FROM (VALUES ('cz', 'GZ'::wlz.sector, 2026), ('vgz', 'GZ', 2026), ('dsw', 'GZ', 2026),
                             ('zorgenzekerheid', 'VV', 2022), ('zorgenzekerheid', 'GZ', 2026),
                             ('zilverenkruis', 'GGZ', 2025), ('salland', 'GZ', 2026)) p(zk, s, j)
      WHERE wlz.geldbeleid(zk, s, j)::text::wlz.geldbeleid::text IS DISTINCT FROM wlz.geldbeleid(zk, s, j)::text$$,
    'the text form reads back to the same value, for every shipped policy');
SELECT is(wlz.geldbeleid_send(b), '\x01'::bytea || convert_to(b::text, 'UTF8'),
          'the binary form is a version byte 1 and the text form: no OID (Citus, postgres_fdw)')
FROM (SELECT wlz.geldbeleid('cz', 'GZ', 2026) AS b) x;
SELECT is('{"zorgkantoor": "proef", "sector": "GZ", "jaar": 2026}'::wlz.geldbeleid::text,
          '{"zorgkantoor": "proef", "sector": "GZ", "jaar": 2026, "volumeregels": [], "geldregels": [], "betaalregels": []}',
          'a policy by hand: the rules may be left out; the zorgkantoor need not exist (a value, not a look-up)');
SELECT is(('{"zorgkantoor": "proef", "sector": "GZ", "jaar": 2026, "volumeregels": [{"bewerking": "aandeel", "waarde": 50,'
           || ' "klassen": ["nieuw", "bestaand"], "leveringsvormen": ["vpt"]}]}')::wlz.geldbeleid::text,
          '{"zorgkantoor": "proef", "sector": "GZ", "jaar": 2026, "volumeregels": [{"id": null, "klassen": ["bestaand", "nieuw"], '
          '"leveringsvormen": ["vpt"], "kenmerk": null, "bewerking": "aandeel", "waarde": 50, "eindregel": false, "bron": null, '
          '"toelichting": null}], "geldregels": [], "betaalregels": []}',
          'the output is canonical: every key, classes in the order of the enum');
SELECT is(wlz.productieafspraak('{"zorgkantoor": "proef", "sector": "GZ", "jaar": 2026, "volumeregels": [{"bewerking": "aandeel", "waarde": 50}]}',
                                1000.5),
          500.250, 'and it computes: 50 % of 1 000,5');
SELECT throws_ok($$SELECT wlz.productieafspraak('{"zorgkantoor": "proef", "sector": "GZ", "jaar": 2026}', 1)$$,
                 'P0002', 'no volume rule of proef GZ 2026 applies', 'an empty policy has no rule: P0002');

CREATE FUNCTION pg_temp.fout(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    d text;
BEGIN
    PERFORM t::wlz.geldbeleid;
    RETURN 'geen fout';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ' ' || coalesce(d, SQLERRM);
END
$$;
CREATE TEMP TABLE kop AS SELECT '"zorgkantoor": "x", "sector": "GZ", "jaar": 2026'::text AS k;
SELECT is(pg_temp.fout('{'), '22P02 The input string ended unexpectedly.', 'not JSON: 22P02');
SELECT is(pg_temp.fout('[]'), '22P02 The value must be a JSON object.', 'not an object: 22P02');
SELECT is(pg_temp.fout('{"sector": "GZ", "jaar": 2026}'), '22P02 The key "zorgkantoor" is missing.', 'no zorgkantoor');
SELECT is(pg_temp.fout('{"zorgkantoor": "", "sector": "GZ", "jaar": 2026}'), '22P02 The key "zorgkantoor" must not be empty.',
          'an empty zorgkantoor');
SELECT is(pg_temp.fout('{' || k || ', "regio": "x"}'), '22P02 Unknown key "regio".', 'an unknown key') FROM kop;
SELECT is(pg_temp.fout('{"zorgkantoor": "x", "sector": "ZZ", "jaar": 2026}'), '22P02 The key "sector" has an unknown value "ZZ".',
          'an unknown sector');
SELECT is(pg_temp.fout('{"zorgkantoor": "x", "sector": "GZ", "jaar": 2026.5}'),
          '22P02 The key "jaar" must be a whole number from 1 to 9999.', 'a year that is not whole');
SELECT is(pg_temp.fout('{' || k || ', "volumeregels": {}}'), '22P02 The key "volumeregels" must be an array.',
          'rules must be an array') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "volumeregels": [1]}'), '22P02 volumeregels element 1 must be an object.',
          'a rule must be an object') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "volumeregels": [{"bewerking": "grondslag"}, {"bewerking": "deel"}]}'),
          '22P02 The key "bewerking" of volumeregels element 2 has an unknown value "deel".', 'an unknown bewerking, with its element') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "volumeregels": [{"bewerking": "aandeel"}]}'),
          '22P02 The key "waarde" of volumeregels element 1 is missing: bewerking aandeel needs one.', 'an aandeel without waarde') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "volumeregels": [{"bewerking": "vast", "waarde": -1}]}'),
          '22P02 The key "waarde" of volumeregels element 1 must not be negative.', 'a negative waarde') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "volumeregels": [{"bewerking": "vast", "waarde": 1, "klassen": []}]}'),
          '22P02 The key "klassen" of volumeregels element 1 must not be empty (null means all).', 'an empty class list') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "volumeregels": [{"bewerking": "vast", "waarde": 1, "klassen": ["oud"]}]}'),
          '22P02 The key "klassen" of volumeregels element 1 has an unknown value "oud".', 'an unknown class') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "geldregels": [{"soort": "marge", "waarde": 1}]}'),
          '22P02 The key "soort" of geldregels element 1 has an unknown value "marge".', 'an unknown soort') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "geldregels": [{"soort": "terughoudend-tot", "waarde": 13}]}'),
          '22P02 geldregels element 1: soort terughoudend-tot needs a waarde, a month from 1 to 12.', 'month 13') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "geldregels": [{"soort": "voorrang-groei"}]}'),
          '22P02 geldregels element 1: soort voorrang-groei needs leveringsvormen in order.', 'a priority without order') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "geldregels": [{"soort": "voorrang-groei", "leveringsvormen": ["mpt", "vpt", "mpt"]}]}'),
          '22P02 The key "leveringsvormen" of geldregels element 1 names mpt twice.', 'a leveringsvorm twice') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "betaalregels": [{"van_maand": 4, "tot_maand": 3, "methode": "realisatie"}]}'),
          '22P02 betaalregels element 1: van_maand 4 comes after tot_maand 3.', 'months the wrong way round') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "betaalregels": [{"van_maand": 1, "tot_maand": 2, "methode": "pro-rata"}]}'),
          '22P02 betaalregels element 1: methode pro-rata needs a plafond (the agreement it divides).', 'pro rata without its agreement') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "betaalregels": [{"van_maand": 1, "tot_maand": 37, "methode": "aw319"}]}'),
          '22P02 The key "tot_maand" of betaalregels element 1 must be a whole number from 1 to 36.', 'month 37') FROM kop;
SELECT is(pg_temp.fout('{' || k || ', "betaalregels": [{"van_maand": 1, "tot_maand": 2, "methode": "aw319", "met_voorschot": "ja"}]}'),
          '22P02 The key "met_voorschot" of betaalregels element 1 must be true, false or null.', 'a boolean that is not') FROM kop;

-- ---------------------------------------------------------------------------
-- The user's rows (SPEC 7)
-- ---------------------------------------------------------------------------

-- Zilveren Kruis's margin of 1 % replaced by 1,5 %: 1,01 % is then within it.
INSERT INTO wlz.geldregel (zorgkantoor, sector, jaren, soort, waarde, vervangt, bron)
VALUES ('zilverenkruis', 'GGZ', '[2025,2026)', 'herschikkingsmarge', 1.5, -1, 'eigen besluit');
SELECT is(wlz.herschikkingsadvies(wlz.geldbeleid('zilverenkruis', 'GGZ', 2025), 100, 98.99, date '2025-07-01'),
          'geld-volgt-klant', 'a user row with vervangt replaces the shipped margin');
SELECT is((SELECT bron FROM wlz.herschikkingsadvies_uitleg(wlz.geldbeleid('zilverenkruis', 'GGZ', 2025), 100, 98.99,
                                                           date '2025-07-01') WHERE onderdeel = 'marge'),
          'eigen besluit', 'and _uitleg cites it');
-- A margin for CZ, which ships none: a row of one's own is enough.
INSERT INTO wlz.geldregel (zorgkantoor, sector, jaren, soort, waarde) VALUES ('cz', 'GZ', '[2026,2027)', 'herschikkingsmarge', 2);
SELECT is(wlz.herschikkingsadvies(wlz.geldbeleid('cz', 'GZ', 2026), 100, 97.5, date '2026-03-01'),
          'tussentijdse-herschikking', 'a zorgkantoor''s own margin (2,5 % > 2 %; no "terughoudend" rule at CZ)');
-- Without vervangt a user's row of the same soort comes before the shipped one.
INSERT INTO wlz.geldregel (zorgkantoor, jaren, soort, waarde) VALUES ('zorgenzekerheid', '[2022,2023)', 'bezetting-maanden', 2);
SELECT is((SELECT wlz.bezettingssignaal(p.b, m, 30)
           FROM (SELECT wlz.geldbeleid('zorgenzekerheid', 'VV', 2022) AS b) p, unnest('{2022-01-01,2022-02-01}'::date[]) m),
          true, 'a user row of the same soort comes first: two months below 40 % now make a signal');
-- CZ's April paid with one month of advance instead of two.
INSERT INTO wlz.betaalregel (zorgkantoor, sector, jaren, met_voorschot, van_maand, tot_maand, methode, voorschotmaanden, plafond,
                             liquiditeitscorrectie, bron)
VALUES ('cz', 'GZ', '[2026,2027)', true, 4, 4, 'realisatie', 1, 'actueel', true, 'eigen besluit');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-04-01', true, 190000, 285000, 1200000), 5000.00,
          'a user payment rule for April comes before the shipped rule of April-October: 190 000 + 100 000 - 285 000');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-05-01', true, 300000, 290000, 1200000), 210000.00,
          'May keeps the shipped rule: 300 000 + 200 000 - 290 000');
-- Switch off Zorg en Zekerheid's crisis exemption.
INSERT INTO wlz.geldregel (vervangt, actief) VALUES (-16, false);
SELECT is(wlz.cak_betaling(wlz.geldbeleid('zorgenzekerheid', 'VV', 2022), date '2022-05-01', true, 500000, 300000,
                           crisis_realisatie => 100000, bevoorschottingspercentage => 90),
          150000.00, 'actief = false switches the exemption off: the crisis part is discounted too');
-- The table forms read again in the next statement.
SELECT is(wlz.productieafspraak('vgz', 'GZ', 2026, 1000), 980::numeric, 'VGZ 98 % ...');
INSERT INTO wlz.volumeregel (zorgkantoor, sector, jaren, volgorde, bewerking, waarde, vervangt)
VALUES ('vgz', 'GZ', '[2026,2027)', 20, 'aandeel', 99, -12);
SELECT is(wlz.productieafspraak('vgz', 'GZ', 2026, 1000), 990::numeric,
          '... and 99 % after a user row, in the same transaction (the table form reads under the new snapshot)');
SELECT throws_ok($$UPDATE wlz.geldregel SET waarde = 3 WHERE id = -1$$, '55000', NULL, 'shipped geldregels are read-only');
SELECT throws_ok($$DELETE FROM wlz.betaalregel WHERE id = -1$$, '55000', NULL, 'shipped betaalregels are read-only');
SELECT throws_ok($$INSERT INTO wlz.geldregel (zorgkantoor, jaren, soort, waarde) VALUES ('cz', '[2026,2027)', 'terughoudend-tot', 13)$$,
                 '23514', NULL, 'a CHECK keeps terughoudend-tot a month');
SELECT throws_ok($$INSERT INTO wlz.betaalregel (zorgkantoor, jaren, van_maand, tot_maand, methode) VALUES ('cz', '[2026,2027)', 5, 4, 'aw319')$$,
                 '23514', NULL, 'and van_maand before tot_maand');

SELECT * FROM finish();
ROLLBACK;
