-- test/betrouwbaar.sql: regression tests for defects that the reliability
-- tooling of test/betrouwbaar/ (fuzzer, sqlsmith, sanitizers) found.  Each
-- test names the tool and the input that showed the defect.
BEGIN;
SELECT plan(10);

-- Binary input through COPY (FORMAT binary): one row of one field holding
-- exactly the given bytes.  The server runs printf to produce the file.
CREATE TEMP TABLE bin (t wlz.termijn);
CREATE TEMP TABLE bin_lijst (t wlz.termijn[]);
CREATE FUNCTION pg_temp.octaal(b bytea) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(string_agg('\' || (v >> 6)::text || ((v >> 3) & 7)::text || (v & 7)::text,
                               '' ORDER BY i), '')
    FROM generate_series(0, length(b) - 1) AS i, LATERAL (SELECT get_byte(b, i) AS v) x
$$;
CREATE FUNCTION pg_temp.copy_binair(tabel text, veld bytea) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    bestand bytea := '\x5047434f50590aff0d0a00'::bytea   -- signature
                     || '\x0000000000000000'::bytea       -- flags, header extension
                     || '\x0001'::bytea                   -- one field
                     || int4send(length(veld)) || veld
                     || '\xffff'::bytea;                  -- trailer
BEGIN
    EXECUTE format('COPY %s FROM PROGRAM %L WITH (FORMAT binary)', tabel,
                   format('printf ''%s''', pg_temp.octaal(bestand)));
END
$$;
-- An array of wlz.termijn with one element of the given bytes (array_recv).
CREATE FUNCTION pg_temp.lijst_binair(element bytea) RETURNS bytea
LANGUAGE sql STABLE AS $$
    SELECT int4send(1) || int4send(0) || int4send('wlz.termijn'::regtype::oid::integer)
           || int4send(1) || int4send(1) || int4send(length(element)) || element
$$;

-- fuzz.c (wlz.termijn binary recv, seed 20250701): input "\x01\x05" and every
-- other byte string shorter than 6 bytes was rejected with 08P01 "insufficient
-- data left in message" (a protocol violation) instead of a data exception.
-- The binary form is version 1, unit 0 (kalenderdagen), amount 20 as int32.
SELECT lives_ok($$SELECT pg_temp.copy_binair('bin', '\x010000000014')$$,
                'six bytes are a term (version 1, unit 0, amount 20)');
SELECT is((SELECT t::text FROM bin), '20 kalenderdagen', 'and read as 20 kalenderdagen');
SELECT throws_ok($$SELECT pg_temp.copy_binair('bin', '\x0105')$$,
                 '22P03', 'invalid binary data for type wlz.termijn',
                 'two bytes: 22P03, not the protocol violation 08P01');
SELECT throws_ok($$SELECT pg_temp.copy_binair('bin', '\x01')$$,
                 '22P03', 'invalid binary data for type wlz.termijn', 'one byte: 22P03');
SELECT throws_ok($$SELECT pg_temp.copy_binair('bin', ''::bytea)$$,
                 '22P03', 'invalid binary data for type wlz.termijn', 'no bytes: 22P03');
SELECT throws_ok($$SELECT pg_temp.copy_binair('bin', '\x0100000000')$$,
                 '22P03', 'invalid binary data for type wlz.termijn', 'five bytes: 22P03');
SELECT throws_ok($$SELECT pg_temp.copy_binair('bin', '\x01000000001400')$$,
                 '22P03', NULL, 'seven bytes: 22P03');
SELECT throws_ok($$SELECT pg_temp.copy_binair('bin_lijst', pg_temp.lijst_binair('\x0103'))$$,
                 '22P03', 'invalid binary data for type wlz.termijn',
                 'a short element of an array: 22P03');
SELECT lives_ok($$SELECT pg_temp.copy_binair('bin_lijst', pg_temp.lijst_binair('\x0103fffffffe'))$$,
                'an array of one term in binary (unit 3, amount -2) reads');
SELECT is((SELECT t::text FROM bin_lijst), '{"-2 maanden"}', 'as {-2 maanden}');

SELECT * FROM finish();
ROLLBACK;
