-- test/veiligheid.sql: who may do what, and objects a hostile user creates in
-- public change no result of the extension.
--
--   * no SECURITY DEFINER; every SQL and PL/pgSQL function pins a search_path
--     of pg_catalog (and wlz) with pg_temp explicitly last (test/lint.sql
--     checks that one is pinned at all);
--   * PUBLIC may read every table of the extension and use schema wlz, and
--     cannot create in wlz or change any table or sequence of the extension;
--   * a policy role (README "Reliability and security") granted INSERT,
--     UPDATE, DELETE on wlz.tariefregel and wlz.richttarief edits policy, and
--     nothing else;
--   * a hostile role with CREATE on public plants functions, operators and
--     types there that would shadow what the extension's functions use
--     (date_pl_interval, = and || on text, = and < on integer, = on the
--     extension's enums, termijn_einde, einde_dag, lokaal, zorgprofiel,
--     cardinality, array_position, format, a domain named date, ...), each
--     logging its call and returning a wrong value; with search_path =
--     public, pg_catalog, wlz every function of the extension gives what it
--     gave before, and nothing was logged.  A function that does not pin its
--     search_path is shown to fall for the same trap.
--
-- Roles are created inside the transaction and rolled back with it.
BEGIN;
SELECT plan(26);

-- ---------------------------------------------------------------------------
-- Catalog
-- ---------------------------------------------------------------------------
CREATE FUNCTION pg_temp.ext_objects(cls regclass) RETURNS SETOF oid
LANGUAGE sql STABLE AS $$
    SELECT d.objid FROM pg_depend d
    WHERE d.refclassid = 'pg_extension'::regclass
      AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'wlzcontract')
      AND d.deptype = 'e' AND d.classid = cls
$$;

SELECT is_empty($$SELECT oid::regprocedure FROM pg_proc
                  WHERE oid IN (SELECT pg_temp.ext_objects('pg_proc')) AND prosecdef$$,
                'no function of the extension is SECURITY DEFINER');

-- A pinned search_path is only safe when it names trusted schemas and puts
-- pg_temp last (left out, pg_temp is searched first for tables and types).
CREATE FUNCTION pg_temp.onveilig_pad() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT p.oid::regprocedure::text || ': ' || coalesce(c.pad, '(none)')
    FROM pg_proc p
    LEFT JOIN LATERAL (SELECT substr(x, length('search_path=') + 1) AS pad
                       FROM unnest(p.proconfig) x WHERE x LIKE 'search\_path=%') c ON true
    WHERE p.oid IN (SELECT pg_temp.ext_objects('pg_proc'))
      AND p.prolang IN (SELECT oid FROM pg_language WHERE lanname IN ('sql', 'plpgsql'))
      AND (c.pad IS NULL
           OR EXISTS (SELECT FROM unnest(string_to_array(replace(c.pad, ' ', ''), ',')) s
                      WHERE s NOT IN ('pg_catalog', 'wlz', 'pg_temp'))
           OR (string_to_array(replace(c.pad, ' ', ''), ','))[cardinality(string_to_array(c.pad, ','))]
              IS DISTINCT FROM 'pg_temp')
$$;
SELECT is_empty('SELECT * FROM pg_temp.onveilig_pad()',
                'every SQL and PL/pgSQL function pins search_path to pg_catalog (, wlz), pg_temp: pg_temp last');
SELECT cmp_ok((SELECT count(*) FROM pg_proc
               WHERE oid IN (SELECT pg_temp.ext_objects('pg_proc'))
                 AND prolang IN (SELECT oid FROM pg_language WHERE lanname IN ('sql', 'plpgsql'))),
              '>', 0::bigint, 'the extension has SQL or PL/pgSQL functions to check');
-- the check catches a path without pg_temp last, and one with public
CREATE FUNCTION wlz.veiligheid_probe1() RETURNS integer LANGUAGE sql
    SET search_path = pg_catalog AS 'SELECT 1';
CREATE FUNCTION wlz.veiligheid_probe2() RETURNS integer LANGUAGE sql
    SET search_path = public, pg_catalog, pg_temp AS 'SELECT 1';
ALTER EXTENSION wlzcontract ADD FUNCTION wlz.veiligheid_probe1();
ALTER EXTENSION wlzcontract ADD FUNCTION wlz.veiligheid_probe2();
SELECT set_eq('SELECT * FROM pg_temp.onveilig_pad()',
              ARRAY['wlz.veiligheid_probe1(): pg_catalog', 'wlz.veiligheid_probe2(): public, pg_catalog, pg_temp'],
              'the search_path check names a path without pg_temp last and a path with public');
ALTER EXTENSION wlzcontract DROP FUNCTION wlz.veiligheid_probe1();
ALTER EXTENSION wlzcontract DROP FUNCTION wlz.veiligheid_probe2();
DROP FUNCTION wlz.veiligheid_probe1(), wlz.veiligheid_probe2();

-- ---------------------------------------------------------------------------
-- Privileges of PUBLIC, tried by an ordinary role
-- ---------------------------------------------------------------------------
CREATE ROLE wlz_gast NOLOGIN;

CREATE FUNCTION pg_temp.ext_tabellen() RETURNS SETOF regclass
LANGUAGE sql STABLE AS $$
    SELECT c.oid::regclass FROM pg_class c
    WHERE c.oid IN (SELECT pg_temp.ext_objects('pg_class')) AND c.relkind IN ('r', 'p')
    ORDER BY 1
$$;

-- Try a statement on every table of the extension as the current role; one
-- line per table with the SQLSTATE (or 'ok').
CREATE FUNCTION pg_temp.probeer(opdracht text) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    t regclass;
    uitkomst text;
BEGIN
    FOR t IN SELECT * FROM pg_temp.ext_tabellen() LOOP
        BEGIN
            EXECUTE format(opdracht, t);
            uitkomst := 'ok';
        EXCEPTION WHEN OTHERS THEN
            uitkomst := SQLSTATE;
        END;
        RETURN NEXT t::text || ' ' || uitkomst;
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION pg_temp.probeer(text), pg_temp.ext_tabellen(), pg_temp.ext_objects(regclass) TO PUBLIC;

CREATE FUNCTION pg_temp.verwacht(uitkomst text) RETURNS SETOF text
LANGUAGE sql STABLE AS $$ SELECT t::text || ' ' || uitkomst FROM pg_temp.ext_tabellen() t $$;

SET LOCAL ROLE wlz_gast;
SELECT set_eq($$SELECT * FROM pg_temp.probeer('SELECT count(*) FROM %s')$$,
              $$SELECT * FROM pg_temp.verwacht('ok')$$,
              'PUBLIC reads every table of the extension');
SELECT set_eq($$SELECT * FROM pg_temp.probeer('INSERT INTO %s DEFAULT VALUES')$$,
              $$SELECT * FROM pg_temp.verwacht('42501')$$,
              'PUBLIC cannot INSERT into any table of the extension (42501)');
SELECT set_eq($$SELECT * FROM pg_temp.probeer('UPDATE %s SET meegeleverd = meegeleverd')$$,
              $$SELECT * FROM pg_temp.verwacht('42501')$$,
              'PUBLIC cannot UPDATE any table of the extension (42501)');
SELECT set_eq($$SELECT * FROM pg_temp.probeer('DELETE FROM %s')$$,
              $$SELECT * FROM pg_temp.verwacht('42501')$$,
              'PUBLIC cannot DELETE from any table of the extension (42501)');
SELECT set_eq($$SELECT * FROM pg_temp.probeer('TRUNCATE %s CASCADE')$$,
              $$SELECT * FROM pg_temp.verwacht('42501')$$,
              'PUBLIC cannot TRUNCATE any table of the extension (42501)');
SELECT throws_ok($$SELECT setval('wlz.tariefregel_id_seq', 1000000)$$, '42501', NULL,
                 'PUBLIC cannot move an identity sequence (setval)');
SELECT throws_ok('CREATE FUNCTION wlz.eigen() RETURNS integer LANGUAGE sql AS ''SELECT 1''', '42501', NULL,
                 'PUBLIC cannot create objects in schema wlz');
SELECT is(wlz.zorgprofiel('VG4'), '4VG', 'PUBLIC may use the functions of the extension');
RESET ROLE;

SELECT is_empty($$SELECT c.oid::regclass FROM pg_class c
                  WHERE c.oid IN (SELECT pg_temp.ext_objects('pg_class')) AND c.relkind = 'S'
                    AND (has_sequence_privilege('public', c.oid, 'USAGE')
                         OR has_sequence_privilege('public', c.oid, 'UPDATE'))$$,
                'PUBLIC has no USAGE or UPDATE on a sequence of the extension');

-- ---------------------------------------------------------------------------
-- A policy role: editing tariff policy, nothing else (README)
-- ---------------------------------------------------------------------------
CREATE ROLE wlz_proef_beleid NOLOGIN;
GRANT INSERT, UPDATE, DELETE ON wlz.tariefregel, wlz.richttarief TO wlz_proef_beleid;
CREATE ROLE wlz_redacteur NOLOGIN IN ROLE wlz_proef_beleid;
INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('veilig', 'Veiligheidsproef');

SET LOCAL ROLE wlz_redacteur;
SELECT lives_ok($$INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GZ', 2097, 96)$$,
                'a member of wlz_proef_beleid adds a richttarief');
SELECT lives_ok($$INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, bewerking, waarde)
                  VALUES ('veilig', 'GZ', 2097, 1, 'opslag', 1.5)$$,
                'and a tariff rule (its identity needs no grant on the sequence)');
SELECT lives_ok($$UPDATE wlz.tariefregel SET waarde = 2 WHERE zorgkantoor = 'veilig'$$,
                'and changes it');
-- RT% 96, opslag 2 points: 98
SELECT is(wlz.tariefpercentage('veilig', 'GZ', 2097), 98.0, 'which wlz.tariefpercentage applies: 96 + 2 = 98');
SELECT lives_ok($$DELETE FROM wlz.tariefregel WHERE zorgkantoor = 'veilig'$$, 'and deletes it');
SELECT throws_ok($$INSERT INTO wlz.zorgkantoor (code, naam) VALUES ('anders', 'Anders')$$, '42501', NULL,
                 'wlz_proef_beleid cannot change the other tables (wlz.zorgkantoor)');
RESET ROLE;
SET LOCAL ROLE wlz_gast;
SELECT throws_ok($$INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('VV', 2097, 96)$$,
                 '42501', NULL, 'a role outside wlz_proef_beleid cannot');
RESET ROLE;

-- ---------------------------------------------------------------------------
-- Hostile objects in public
-- ---------------------------------------------------------------------------
-- Policy rows the tariff functions read (as the owner).
INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GGZ', 2097, 97.3);
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, zorgprofielen, kenmerk,
                             groep, bewerking, waarde, eindregel)
VALUES ('veilig', 'GGZ', 2097, 1, '{nieuw}', NULL, NULL, NULL, 'afslag', 2, false),
       ('veilig', 'GGZ', 2097, 2, NULL, '{W5}', NULL, 'x', 'opslag', 1, false),
       ('veilig', 'GGZ', 2097, 3, NULL, NULL, 'good-practices', 'x', 'opslag', 3, false),
       ('veilig', NULL, 2097, 4, NULL, NULL, NULL, NULL, 'maximum', 99, true);
INSERT INTO wlz.prestatie (code, zorgprofiel, leveringsvorm) VALUES ('VEILIG-1', 'W5', 'verblijf');

-- Everything the extension offers, each value in its own column, names
-- qualified: only the extension's own internals can be hijacked.
CREATE FUNCTION pg_temp.batterij() RETURNS TABLE (
    a text, b pg_catalog.timestamptz, c pg_catalog.timestamptz, d pg_catalog.timestamptz,
    e pg_catalog.timestamptz, f boolean, g pg_catalog.date, h pg_catalog.date,
    i pg_catalog.timestamptz, j text, k text[], l numeric, m numeric, n text, o numeric,
    p numeric, q numeric, r integer, s pg_catalog.date, t boolean, u boolean, v text,
    w pg_catalog.timestamptz, x pg_catalog.timestamptz, y text, z text)
LANGUAGE sql AS $$
    SELECT '  5 Working Days'::wlz.termijn::pg_catalog.text,
           wlz.termijn_einde('2025-09-05'::pg_catalog.date, '20 kalenderdagen', true),
           wlz.termijn_einde('2025-09-05 10:00+02'::pg_catalog.timestamptz, '-24 uur'),
           wlz.einde_dag('2025-03-30'::pg_catalog.date),
           wlz.lokaal('2025-10-26'::pg_catalog.date, '02:30'::pg_catalog.time),
           wlz.tijdig('2025-09-25 23:00+02'::pg_catalog.timestamptz, '2025-09-25'::pg_catalog.date),
           '2026-04-02'::pg_catalog.date OPERATOR(wlz.+) '3 werkdagen'::wlz.termijn,
           '2025-01-31'::pg_catalog.date OPERATOR(wlz.-) '-1 maand'::wlz.termijn,
           '2025-03-29 12:00+01'::pg_catalog.timestamptz OPERATOR(wlz.+) '1 kalenderdag'::wlz.termijn,
           wlz.zorgprofiel('GGZ-W5'),
           wlz.zorgprofiel(ARRAY['VG4', '9bVV', '806']),
           wlz.tariefpercentage('veilig', 'GGZ', 2097, zorgprofiel => 'W5', klasse => 'nieuw',
                                kenmerken => '{good-practices}'),
           wlz.tariefpercentage('veilig', 'GGZ', 2097, prestatie => 'VEILIG-1'),
           (SELECT pg_catalog.string_agg(pg_catalog.concat_ws(':', u.stap, u.bewerking, u.resultaat),
                                         ' ' ORDER BY u.stap)
            FROM wlz.tariefpercentage_uitleg('veilig', 'GGZ', 2097, zorgprofiel => 'W5',
                                             klasse => 'nieuw') u),
           wlz.tarief(123.45, 97.3),
           wlz.tarief(100, 10.5, 3.25, 96.5),
           wlz.extrapolatie(6000000, 1050000, '2025-06-30'::pg_catalog.date),
           wlz.werkdagen('2026-04-02'::pg_catalog.date, '2026-04-07'::pg_catalog.date),
           wlz.werkdag_van_maand('2026-02-01'::pg_catalog.date, 17),
           wlz.is_feestdag('2025-05-05'::pg_catalog.date),
           wlz.is_werkdag('2025-05-29'::pg_catalog.date),
           (SELECT pg_catalog.string_agg(f.naam, ',' ORDER BY f.datum, f.naam) FROM wlz.feestdagen(2016) f),
           wlz.uiterste('cz', 2026, 'bezwaar-richttarief', 'GZ'),
           wlz.uiterste('zilverenkruis', 2025, 'overeenkomst-ondertekend'),
           (SELECT wlz.richttariefpercentage(k.p, k.m)::pg_catalog.text
            FROM (VALUES (95.0, 1.0), (96.0, 2.0), (97.0, 1.0), (98.0, 0.5)) AS k(p, m)),
           (SELECT pg_catalog.string_agg(t.t::pg_catalog.text, ',' ORDER BY t.t)
            FROM unnest('{"2 weken","5 werkdagen","24 uur","20 kalenderdagen"}'::wlz.termijn[]) AS t(t))
$$;

CREATE TEMP TABLE voor AS SELECT * FROM pg_temp.batterij();
SELECT is((SELECT count(*) FROM voor WHERE NOT (voor IS NOT NULL)), 0::bigint,
          'the battery computes a value for every entry point (no NULLs)');

-- The hostile role and its traps.
CREATE ROLE wlz_vijand NOLOGIN;
GRANT CREATE, USAGE ON SCHEMA public TO wlz_vijand;
CREATE TABLE public.aanval (val text);
GRANT INSERT ON public.aanval TO PUBLIC;

SET LOCAL ROLE wlz_vijand;
CREATE FUNCTION public.val(naam text) RETURNS void LANGUAGE plpgsql AS
    $f$BEGIN INSERT INTO public.aanval VALUES (naam); END$f$;
CREATE FUNCTION public.date_pl_interval(date, interval) RETURNS timestamp LANGUAGE plpgsql AS
    $f$BEGIN PERFORM public.val('date_pl_interval'); RETURN '1999-01-01'; END$f$;
CREATE FUNCTION public.tekst_gelijk(text, text) RETURNS boolean LANGUAGE plpgsql AS
    $f$BEGIN PERFORM public.val('= text'); RETURN true; END$f$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, PROCEDURE = public.tekst_gelijk);
CREATE FUNCTION public.tekst_plak(text, text) RETURNS text LANGUAGE plpgsql AS
    $f$BEGIN PERFORM public.val('|| text'); RETURN 'gekaapt'; END$f$;
CREATE OPERATOR public.|| (LEFTARG = text, RIGHTARG = text, PROCEDURE = public.tekst_plak);
CREATE FUNCTION public.tekst_regex(text, text) RETURNS boolean LANGUAGE plpgsql AS
    $f$BEGIN PERFORM public.val('~ text'); RETURN true; END$f$;
CREATE OPERATOR public.~ (LEFTARG = text, RIGHTARG = text, PROCEDURE = public.tekst_regex);
CREATE FUNCTION public.int_gelijk(integer, integer) RETURNS boolean LANGUAGE plpgsql AS
    $f$BEGIN PERFORM public.val('= integer'); RETURN true; END$f$;
CREATE OPERATOR public.= (LEFTARG = integer, RIGHTARG = integer, PROCEDURE = public.int_gelijk);
CREATE FUNCTION public.int_kleiner(integer, integer) RETURNS boolean LANGUAGE plpgsql AS
    $f$BEGIN PERFORM public.val('< integer'); RETURN false; END$f$;
CREATE OPERATOR public.< (LEFTARG = integer, RIGHTARG = integer, PROCEDURE = public.int_kleiner);
CREATE FUNCTION public.sector_gelijk(wlz.sector, wlz.sector) RETURNS boolean LANGUAGE plpgsql AS
    $f$BEGIN PERFORM public.val('= wlz.sector'); RETURN true; END$f$;
CREATE OPERATOR public.= (LEFTARG = wlz.sector, RIGHTARG = wlz.sector, PROCEDURE = public.sector_gelijk);
CREATE FUNCTION public.enum_gelijk(anyenum, anyenum) RETURNS boolean LANGUAGE plpgsql AS
    $f$BEGIN PERFORM public.val('= anyenum'); RETURN true; END$f$;
CREATE OPERATOR public.= (LEFTARG = anyenum, RIGHTARG = anyenum, PROCEDURE = public.enum_gelijk);
CREATE FUNCTION public.termijn_einde(timestamptz, wlz.termijn, boolean DEFAULT false) RETURNS timestamptz
    LANGUAGE plpgsql AS $f$BEGIN PERFORM public.val('termijn_einde'); RETURN '1999-01-01'; END$f$;
CREATE FUNCTION public.einde_dag(date) RETURNS timestamptz
    LANGUAGE plpgsql AS $f$BEGIN PERFORM public.val('einde_dag'); RETURN '1999-01-01'; END$f$;
CREATE FUNCTION public.lokaal(date, time) RETURNS timestamptz
    LANGUAGE plpgsql AS $f$BEGIN PERFORM public.val('lokaal'); RETURN '1999-01-01'; END$f$;
CREATE FUNCTION public.zorgprofiel(text) RETURNS text
    LANGUAGE plpgsql AS $f$BEGIN PERFORM public.val('zorgprofiel'); RETURN '1VV'; END$f$;
CREATE FUNCTION public.cardinality(anyarray) RETURNS integer
    LANGUAGE plpgsql AS $f$BEGIN PERFORM public.val('cardinality'); RETURN 0; END$f$;
CREATE FUNCTION public.array_position(anycompatiblearray, anycompatible) RETURNS integer
    LANGUAGE plpgsql AS $f$BEGIN PERFORM public.val('array_position'); RETURN 1; END$f$;
CREATE FUNCTION public.array_to_string(anyarray, text) RETURNS text
    LANGUAGE plpgsql AS $f$BEGIN PERFORM public.val('array_to_string'); RETURN 'gekaapt'; END$f$;
CREATE FUNCTION public.format(text, VARIADIC text[]) RETURNS text
    LANGUAGE plpgsql AS $f$BEGIN PERFORM public.val('format'); RETURN 'gekaapt'; END$f$;
CREATE FUNCTION public.lower(text) RETURNS text
    LANGUAGE plpgsql AS $f$BEGIN PERFORM public.val('lower'); RETURN 'gekaapt'; END$f$;
CREATE FUNCTION public.now() RETURNS timestamptz
    LANGUAGE plpgsql AS $f$BEGIN PERFORM public.val('now'); RETURN '1999-01-01'; END$f$;
CREATE DOMAIN public.date AS pg_catalog.date CHECK (public.lower('x') IS NOT NULL);
CREATE DOMAIN public.text AS pg_catalog.varchar;
RESET ROLE;

-- The victim puts public before pg_catalog, the worst case.
SET LOCAL search_path = public, pg_catalog, wlz;
CREATE TEMP TABLE na AS SELECT * FROM pg_temp.batterij();
-- the same trap catches a function that does not pin its search_path
CREATE FUNCTION pg_temp.onbeschermd(d pg_catalog.date) RETURNS pg_catalog.timestamptz
    LANGUAGE sql AS 'SELECT termijn_einde(d::timestamptz, ''1 week'')';
CREATE TEMP TABLE onbeschermd AS SELECT pg_temp.onbeschermd('2025-09-05') AS u;
RESET search_path;

SELECT is((SELECT count(*) FROM na), 1::bigint, 'under search_path = public, pg_catalog, wlz the battery ran');
SELECT is_empty($$SELECT * FROM pg_temp.voor EXCEPT SELECT * FROM pg_temp.na$$,
                'every function of the extension gives the same results with the hostile objects in front');
SELECT is_empty($$SELECT val FROM public.aanval WHERE val <> 'termijn_einde'$$,
                'no hostile object was called by the extension');
SELECT is((SELECT u FROM onbeschermd), '1999-01-01'::timestamptz,
          'while a function without a pinned search_path does call the hostile termijn_einde');
SELECT is((SELECT array_agg(val) FROM public.aanval), ARRAY['termijn_einde'],
          'and that was the only call of a hostile object');

SELECT * FROM finish();
ROLLBACK;
