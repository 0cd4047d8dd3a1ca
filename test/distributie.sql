-- test/distributie.sql: what README "Beyond one machine: postgres_fdw and
-- Citus" claims about types, volatility and the hash function (SPEC 2.2, 6).
--
-- postgres_fdw ships a function only when it is IMMUTABLE and a member of an
-- extension named in the server option (contrib/postgres_fdw/shippable.c);
-- Citus needs binary I/O and a default hash operator class on a distribution
-- column, and refuses STABLE functions on columns in a distributed UPDATE.
-- The hash values are computed here from the definition in README ("The hash
-- function") in plain SQL, independently of src/termijn.c, for every unit at
-- the edges of the amounts; test/termijn.sql pins seven values as literals.
BEGIN;
SELECT plan(22);

CREATE FUNCTION pg_temp.leden(cls regclass) RETURNS SETOF oid
LANGUAGE sql STABLE AS $$
    SELECT d.objid FROM pg_depend d
    WHERE d.refclassid = 'pg_extension'::regclass
      AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'wlzcontract')
      AND d.deptype = 'e' AND d.classid = cls
$$;

CREATE FUNCTION pg_temp.volatiliteit(f regprocedure) RETURNS "char"
LANGUAGE sql STABLE AS $$ SELECT provolatile FROM pg_proc WHERE oid = f $$;

-- Volatility (README: the table of what runs where).

SELECT set_eq(
    $$SELECT p.oid::regprocedure::text FROM pg_proc p
      WHERE p.oid IN (SELECT pg_temp.leden('pg_proc')) AND p.provolatile <> 'i'$$,
    ARRAY['wlz.versie()',
          'wlz.meegeleverd_bewaken()',
          'wlz.meegeleverd_laden(regclass,text)',
          'wlz.uiterste(text,integer,text,wlz.sector)',
          'wlz.tariefbeleid(text,wlz.sector,integer)',
          -- the event form of wlz.uiterste and the chain both forms walk (issue 15)
          'wlz.uiterste_na(text,integer,text,timestamp with time zone,wlz.sector)',
          'wlz.uiterste_na(text,integer,text,date,wlz.sector)',
          'wlz.uiterste_keten(text,integer,text,wlz.sector,text)',
          'wlz.tariefpercentage(text,wlz.sector,integer,text,text,wlz.leveringsvorm,wlz.aanbiederklasse,numeric,text[])',
          'wlz.tariefpercentage_uitleg(text,wlz.sector,integer,text,text,wlz.leveringsvorm,wlz.aanbiederklasse,numeric,text[])',
          -- provider checks (SPEC 10): the constructor and the forms that read the tables
          'wlz.toetsbeleid(text,wlz.sector,integer)', 'wlz.toetsbeleid_lezen(text,wlz.sector,integer)',
          'wlz.toets(text,wlz.sector,integer,text,numeric,wlz.aanbiederklasse)',
          'wlz.documenttoets(text,wlz.sector,integer,wlz.aanbiederklasse,date,date,wlz.document[],text,date,text,date)',
          'wlz.onderaannemingstoets(text,wlz.sector,integer,numeric,boolean,boolean,boolean)',
          'wlz.leveringsvormtoets(text,wlz.sector,integer,date,integer,numeric,numeric,integer[])',
          'wlz.vg7plus_toets(text,wlz.sector,integer,boolean,date,date,integer,numeric,date,boolean,boolean)',
          'wlz.lvhc_toets(text,wlz.sector,integer,text,integer,daterange,numeric,daterange,numeric,integer,date)',
          'wlz.regiobudgettoets(text,wlz.sector,integer,timestamp with time zone,daterange,integer[],integer,integer,numeric,boolean)',
          -- the money cycle (SPEC 11): the constructor and the table forms
          'wlz.geldbeleid(text,wlz.sector,integer)',
          'wlz.productieafspraak(text,wlz.sector,integer,numeric,wlz.aanbiederklasse,wlz.leveringsvorm,text[])',
          'wlz.productieafspraak_uitleg(text,wlz.sector,integer,numeric,wlz.aanbiederklasse,wlz.leveringsvorm,text[])',
          'wlz.cak_betaling(text,wlz.sector,integer,date,boolean,numeric,numeric,numeric,numeric,numeric,numeric,numeric,numeric,numeric,numeric)',
          'wlz.cak_betaling_uitleg(text,wlz.sector,integer,date,boolean,numeric,numeric,numeric,numeric,numeric,numeric,numeric,numeric,numeric,numeric)',
          -- declaration controls (SPEC 9): the constructors of the policy value, the
          -- table-reading forms, and the final function of the aggregates without a
          -- policy argument, which reads the national rules
          'wlz.controlebeleid(text,integer)', 'wlz.controlebeleid()', 'wlz.controlebeleid_maken(text,integer)',
          'wlz.declaratiecontrole(text,text,daterange,timestamp with time zone,text,numeric,numeric,text[])',
          'wlz.declaratiecontrole_uitleg(text,text,daterange,timestamp with time zone,text,numeric,numeric,text[])',
          'wlz.controle_uitkomst_landelijk(internal)'],
    'the only functions that are not IMMUTABLE are those that read tables, wlz.versie (which reports the loaded library) and the loader and its trigger (README lists them)');
SELECT set_eq(
    $$SELECT p.oid::regprocedure::text FROM pg_proc p
      WHERE p.oid IN (SELECT pg_temp.leden('pg_proc')) AND p.provolatile NOT IN ('i', 's')$$,
    ARRAY['wlz.meegeleverd_bewaken()', 'wlz.meegeleverd_laden(regclass,text)'],
    'no function a query calls is VOLATILE (Citus refuses VOLATILE functions in a distributed UPDATE); only the loader and its trigger, which change rows');
SELECT is_empty(
    $$SELECT p.oid::regprocedure::text FROM pg_proc p
      WHERE p.pronamespace = 'wlz'::regnamespace AND p.oid NOT IN (SELECT pg_temp.leden('pg_proc'))$$,
    'every function and aggregate in schema wlz belongs to the extension (postgres_fdw ships only members)');
SELECT is_empty(
    $$SELECT o.oid::regoperator::text FROM pg_operator o
      WHERE o.oid IN (SELECT pg_temp.leden('pg_operator')) AND pg_temp.volatiliteit(o.oprcode) <> 'i'$$,
    'every operator is IMMUTABLE, so postgres_fdw ships every operator of wlz.termijn');
SELECT is_empty(
    $$SELECT a.aggfnoid::regprocedure::text FROM pg_aggregate a
      WHERE a.aggfnoid IN (SELECT pg_temp.leden('pg_proc'))
        AND (a.aggcombinefn = 0
             OR (a.aggtranstype = 'internal'::regtype AND (a.aggserialfn = 0 OR a.aggdeserialfn = 0))
             OR EXISTS (SELECT FROM unnest(ARRAY[a.aggtransfn, a.aggfinalfn, a.aggcombinefn,
                                                 a.aggserialfn, a.aggdeserialfn]) AS f
                        WHERE f <> 0 AND pg_temp.volatiliteit(f) <> 'i'
                          -- the aggregates of SPEC 9 without a policy argument read the
                          -- national rules in their final function (the policy forms do not)
                          AND f <> 'wlz.controle_uitkomst_landelijk(internal)'::regprocedure))$$,
    'every aggregate has IMMUTABLE support functions, a combine function and (internal state) serialisation');

-- The functions README says run on the shards are IMMUTABLE members (as above)
-- with these signatures; a rename would break the README and this list.
SELECT is_empty(
    $$SELECT f FROM unnest(ARRAY[
        'wlz.is_feestdag(date)', 'wlz.is_werkdag(date)', 'wlz.werkdagen(date,date)',
        'wlz.werkdag_van_maand(date,integer)', 'wlz.einde_dag(date)', 'wlz.lokaal(date,time without time zone)',
        'wlz.termijn_einde(timestamp with time zone,wlz.termijn,boolean)', 'wlz.termijn_einde(date,wlz.termijn,boolean)',
        'wlz.tijdig(timestamp with time zone,date)', 'wlz.tarief(numeric,numeric)',
        'wlz.tarief(numeric,numeric,numeric,numeric)', 'wlz.extrapolatie(numeric,numeric,date)',
        'wlz.zorgprofiel(text)', 'wlz.zorgprofiel(text[])', 'wlz.richttariefpercentage(numeric,numeric)',
        'wlz.richttariefpercentage(numeric,numeric,numeric)',
        'wlz.aanbiederklasse(text,daterange,text,date,integer)',
        'wlz.aanbiederklasse(text,daterange,text,date,integer,date)',
        'wlz.klassificatie(text,daterange,text,date,integer)',
        'wlz.klassificatie(text,daterange,text,date,integer,date)']) AS f
      WHERE to_regprocedure(f) IS NULL OR pg_temp.volatiliteit(to_regprocedure(f)) <> 'i'
         OR to_regprocedure(f) NOT IN (SELECT pg_temp.leden('pg_proc'))$$,
    'the functions README names as shipped exist, are IMMUTABLE and belong to the extension');

-- No session state: the library defines no settings.
DO $$ BEGIN PERFORM wlz.versie(); END $$;  -- loads the library
SELECT is_empty($$SELECT name FROM pg_settings WHERE name ILIKE 'wlz%'$$,
                'the library defines no GUC: nothing a node or session could set differently');

-- Results do not depend on the session's TimeZone (postgres_fdw shards run in
-- GMT; Citus workers in whatever their configuration says).  The same
-- instants, as epochs, in four zones; each case sits on a day boundary that
-- differs by zone (DST on 30 March and 26 October 2025; 22:30 UTC on
-- 25 September is already the 26th in Amsterdam, so tijdig is false).
CREATE FUNCTION pg_temp.momenten() RETURNS numeric[]
LANGUAGE sql STABLE AS $$
    SELECT ARRAY[extract(epoch FROM wlz.einde_dag('2025-03-30')),
                 extract(epoch FROM wlz.lokaal('2025-10-26', '02:30')),
                 extract(epoch FROM wlz.termijn_einde(date '2025-09-05', '20 kalenderdagen')),
                 extract(epoch FROM wlz.termijn_einde(timestamptz '2026-04-02 23:30+00', '3 dagen', true)),
                 extract(epoch FROM timestamptz '2025-03-29 12:00+01' OPERATOR(wlz.+) '1 dag'::wlz.termijn),
                 extract(epoch FROM timestamptz '2025-10-25 23:30+00' OPERATOR(wlz.-) '1 week'::wlz.termijn),
                 wlz.tijdig('2025-09-25 22:30+00', '2025-09-25')::integer]
$$;
CREATE TEMP TABLE momenten (zone text, waarden numeric[]);
SET LOCAL TimeZone = 'UTC';
INSERT INTO momenten SELECT current_setting('TimeZone'), pg_temp.momenten();
SET LOCAL TimeZone = 'America/New_York';
INSERT INTO momenten SELECT current_setting('TimeZone'), pg_temp.momenten();
SET LOCAL TimeZone = 'Pacific/Chatham';
INSERT INTO momenten SELECT current_setting('TimeZone'), pg_temp.momenten();
SET LOCAL TimeZone = 'Asia/Kolkata';
INSERT INTO momenten SELECT current_setting('TimeZone'), pg_temp.momenten();
RESET TimeZone;
SELECT is((SELECT count(DISTINCT waarden)::integer FROM momenten), 1,
          'the term ends, einde_dag, lokaal, timestamptz +/- termijn and tijdig give the same instants in four zones');

-- Types (Citus: binary I/O; the hash operator class).

SELECT results_eq(
    $$SELECT typsend::regproc::text, typreceive::regproc::text FROM pg_type WHERE oid = 'wlz.termijn'::regtype$$,
    $$VALUES ('wlz.termijn_send', 'wlz.termijn_recv')$$,
    'wlz.termijn has binary send and receive functions (Citus transfers it in binary)');
SELECT is_empty(
    $$SELECT oid::regtype::text FROM pg_type
      WHERE typnamespace = 'wlz'::regnamespace AND (typsend = 0 OR typreceive = 0)$$,
    'every type in schema wlz (enums, arrays, row types) has binary I/O');
SELECT is_empty(
    $$SELECT oid::regtype::text FROM pg_type
      WHERE typnamespace = 'wlz'::regnamespace AND typtype = 'e' AND typsend <> 'enum_send'::regproc$$,
    'the enums travel as their labels (enum_send), not as OIDs that differ between nodes');
-- Version 1, unit (0 kalenderdagen, 1 werkdagen, 5 uren), amount as a 32-bit
-- big-endian two's complement: 20 = 0x14, -3 = 0xfffffffd, 24 = 0x18.
SELECT results_eq(
    $$SELECT wlz.termijn_send(t) FROM unnest('{20 kalenderdagen,-3 werkdagen,24 uur}'::wlz.termijn[]) AS t$$,
    $$VALUES ('\x010000000014'::bytea), ('\x0101fffffffd'), ('\x010500000018')$$,
    'the binary form is six bytes, version, unit and amount, and holds no OID');
SELECT results_eq(
    $$SELECT am.amname::text COLLATE "default", c.opcname::text COLLATE "default", p.amprocnum::integer, p.amproc::regproc::text
      FROM pg_opclass c JOIN pg_am am ON am.oid = c.opcmethod
      JOIN pg_amproc p ON p.amprocfamily = c.opcfamily
       AND p.amproclefttype = 'wlz.termijn'::regtype AND p.amprocrighttype = 'wlz.termijn'::regtype
      WHERE c.opcintype = 'wlz.termijn'::regtype AND c.opcdefault
      ORDER BY 1, 3$$,
    $$VALUES ('btree', 'termijn_ops', 1, 'wlz.termijn_cmp'), ('btree', 'termijn_ops', 2, 'wlz.termijn_sortsupport'),
             ('hash', 'termijn_ops', 1, 'wlz.termijn_hash'), ('hash', 'termijn_ops', 2, 'wlz.termijn_hash_extended')$$,
    'default btree and hash operator classes: Citus hashes a distribution column with support function 1');
SELECT ok((SELECT oprcanhash AND oprcanmerge FROM pg_operator
           WHERE oid = 'wlz.=(wlz.termijn,wlz.termijn)'::regoperator),
          'wlz.termijn = allows hash and merge joins (co-located and repartition joins)');

-- The shipped tables, which README tells a Citus user to make reference
-- tables, wlz.zorgkantoor first because the others refer to it.
SELECT set_eq(
    $$SELECT c.oid::regclass::text FROM pg_class c
      WHERE c.oid IN (SELECT pg_temp.leden('pg_class')) AND c.relkind IN ('r', 'p')$$,
    ARRAY['wlz.zorgkantoor', 'wlz.termijnkalender', 'wlz.richttarief', 'wlz.prestatie', 'wlz.tariefregel',
          'wlz.klasse_gevolg', 'wlz.controle',
          -- provider checks (SPEC 10)
          'wlz.norm', 'wlz.documenteis', 'wlz.lvhc',
          -- the money cycle (SPEC 11)
          'wlz.volumeregel', 'wlz.geldregel', 'wlz.betaalregel',
          -- declaration controls (SPEC 9)
          'wlz.declaratieregel', 'wlz.combinatieregel', 'wlz.trajectregel'],
    'the shipped tables are the ones README lists for create_reference_table');
SELECT is_empty(
    $$SELECT conname FROM pg_constraint
      WHERE contype = 'f' AND conrelid IN (SELECT pg_temp.leden('pg_class'))$$,
    'no foreign keys between shipped tables (a user''s zorgkantoor row may share a code with a shipped one; a trigger checks the code), so the order of create_reference_table does not matter');
SELECT set_eq(
    $$SELECT a.attrelid::regclass::text || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
      FROM pg_attribute a
      WHERE a.attrelid IN (SELECT pg_temp.leden('pg_class')) AND a.attidentity <> ''$$,
    ARRAY['wlz.termijnkalender.id integer', 'wlz.tariefregel.id integer', 'wlz.klasse_gevolg.id integer',
          -- provider checks (SPEC 10)
          'wlz.norm.id integer', 'wlz.documenteis.id integer',
          -- the money cycle (SPEC 11)
          'wlz.volumeregel.id integer', 'wlz.geldregel.id integer', 'wlz.betaalregel.id integer',
          -- declaration controls (SPEC 9)
          'wlz.declaratieregel.id integer', 'wlz.combinatieregel.id integer', 'wlz.trajectregel.id integer'],
    'the identity columns README''s Citus steps set on the workers are these, all of type integer');

-- The hash function (README "The hash function"), in SQL: uint64 values as
-- numeric in [0, 2^64), xor and logical shifts on bit(64).
CREATE FUNCTION pg_temp.bits(n numeric) RETURNS bit(64) LANGUAGE sql IMMUTABLE AS $$
    SELECT (CASE WHEN n >= 9223372036854775808 THEN n - 18446744073709551616 ELSE n END)::bigint::bit(64)
$$;
CREATE FUNCTION pg_temp.u64(b bit(64)) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN b::bigint < 0 THEN b::bigint + 18446744073709551616 ELSE b::bigint END
$$;
CREATE FUNCTION pg_temp.hex(h text) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_temp.u64(('x' || h)::bit(64))
$$;
-- z xor (z >> k), then times m, modulo 2^64
CREATE FUNCTION pg_temp.stap(z numeric, k integer, m numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT mod(pg_temp.u64(pg_temp.bits(z) # (pg_temp.bits(z) >> k)) * m, 18446744073709551616)
$$;
CREATE FUNCTION pg_temp.readme_hash_extended(eenheid integer, aantal integer, seed bigint)
RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT (pg_temp.bits(z) # (pg_temp.bits(z) >> 31))::bigint
    FROM (SELECT pg_temp.stap(pg_temp.stap(
                   mod(eenheid * 4294967296 + mod(aantal + 4294967296, 4294967296)
                       + mod(seed + 18446744073709551616 + 1, 18446744073709551616) * pg_temp.hex('9E3779B97F4A7C15'),
                       18446744073709551616),
                   30, pg_temp.hex('BF58476D1CE4E5B9')),
                 27, pg_temp.hex('94D049BB133111EB')) AS z) AS s
$$;
CREATE TEMP TABLE termijnen AS
SELECT (u.nr - 1)::integer AS eenheid, a.aantal, format('%s %s', a.aantal, u.naam)::wlz.termijn AS t
FROM unnest(ARRAY['kalenderdagen', 'werkdagen', 'weken', 'maanden', 'jaar', 'uur']) WITH ORDINALITY AS u(naam, nr),
     unnest(ARRAY[-100000, -65536, -1, 0, 1, 5, 20, 65536, 100000]) AS a(aantal);
SELECT is_empty(
    $$SELECT t, s FROM termijnen,
             unnest(ARRAY[0, 1, 42, -1, 9223372036854775807, -9223372036854775808]::bigint[]) AS s
      WHERE wlz.termijn_hash_extended(t, s) <> pg_temp.readme_hash_extended(eenheid, aantal, s)$$,
    'SPEC 2.2: termijn_hash_extended is the README formula for every unit, nine amounts, six seeds');
SELECT is_empty(
    $$SELECT t FROM termijnen
      WHERE wlz.termijn_hash(t) <> substring(pg_temp.readme_hash_extended(eenheid, aantal, 0)::bit(64) FROM 33)::bit(32)::integer$$,
    'SPEC 2.2: termijn_hash is the low 32 bits of the README formula with seed 0, for every unit');
-- The SQL formula agrees with the literals test/termijn.sql pins (computed
-- there by a Python implementation of the same text).
SELECT results_eq(
    $$VALUES (pg_temp.readme_hash_extended(0, 20, 0)), (pg_temp.readme_hash_extended(0, 20, 42)),
             (pg_temp.readme_hash_extended(5, -24, 42))$$,
    $$VALUES (3900778703475868044::bigint), (-1236422156005944934), (-8887820373859071582)$$,
    'the SQL formula gives the pinned values of 20 kalenderdagen (seeds 0, 42) and -24 uur (seed 42)');

-- Hash partitioning: PostgreSQL puts a row in the partition whose remainder is
-- (termijn_hash_extended(t, 0x7A5B22367996DCFD) + 0x49A0F4DD15E5A8E3) mod 2^64
-- mod the modulus (HASH_PARTITION_SEED and hash_combine64 of PostgreSQL 15),
-- so with a fixed hash the same values land in the same partitions in every
-- version of wlzcontract.
CREATE TEMP TABLE verdeeld (t wlz.termijn, eenheid integer, aantal integer) PARTITION BY HASH (t);
CREATE TEMP TABLE verdeeld_0 PARTITION OF verdeeld FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TEMP TABLE verdeeld_1 PARTITION OF verdeeld FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TEMP TABLE verdeeld_2 PARTITION OF verdeeld FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TEMP TABLE verdeeld_3 PARTITION OF verdeeld FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO verdeeld SELECT t, eenheid, aantal FROM termijnen;
SELECT is_empty(
    $$SELECT t, tableoid::regclass FROM verdeeld
      WHERE tableoid::regclass::text <> 'verdeeld_' ||
            mod(mod(pg_temp.u64(pg_temp.readme_hash_extended(eenheid, aantal, x'7A5B22367996DCFD'::bigint)::bit(64))
                    + pg_temp.hex('49A0F4DD15E5A8E3'), 18446744073709551616), 4)$$,
    'a hash-partitioned table puts each wlz.termijn in the partition the README formula gives');
SELECT is((SELECT count(DISTINCT tableoid)::integer FROM verdeeld), 4, 'and the 54 values use all four partitions');

SELECT * FROM finish();
ROLLBACK;
