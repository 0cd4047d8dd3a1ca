-- test/lint.sql: catalog lint for every object of the extension.
--
-- Fails when a function, aggregate, type, table, column or operator of
-- wlzcontract has no COMMENT, a C function or aggregate is not PARALLEL SAFE, a function is
-- SECURITY DEFINER, or an SQL/PL/pgSQL function does not pin search_path.
-- Each check lists the offending objects, so a failure names them; each check
-- is also shown to catch a planted offender, so none of them passes vacuously.
BEGIN;
SELECT plan(18);

-- Objects that belong to the extension (pg_depend deptype 'e').
CREATE FUNCTION pg_temp.ext_objects(cls regclass) RETURNS SETOF oid
LANGUAGE sql STABLE AS $$
    SELECT d.objid FROM pg_depend d
    WHERE d.refclassid = 'pg_extension'::regclass
      AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'wlzcontract')
      AND d.deptype = 'e' AND d.classid = cls
$$;

CREATE FUNCTION pg_temp.lint_uncommented() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT 'function ' || p.oid::regprocedure::text FROM pg_proc p
    WHERE p.oid IN (SELECT pg_temp.ext_objects('pg_proc'))
      AND obj_description(p.oid, 'pg_proc') IS NULL
    UNION ALL
    SELECT 'type ' || t.oid::regtype::text FROM pg_type t
    WHERE t.oid IN (SELECT pg_temp.ext_objects('pg_type'))
      AND obj_description(t.oid, 'pg_type') IS NULL
    UNION ALL
    SELECT 'table ' || c.oid::regclass::text FROM pg_class c
    WHERE c.oid IN (SELECT pg_temp.ext_objects('pg_class')) AND c.relkind IN ('r', 'v', 'p')
      AND obj_description(c.oid, 'pg_class') IS NULL
    UNION ALL
    SELECT 'column ' || a.attrelid::regclass::text || '.' || a.attname FROM pg_attribute a
    WHERE a.attrelid IN (SELECT c.oid FROM pg_class c
                         WHERE c.oid IN (SELECT pg_temp.ext_objects('pg_class'))
                           AND c.relkind IN ('r', 'v', 'p'))
      AND a.attnum > 0
      AND NOT a.attisdropped AND col_description(a.attrelid, a.attnum) IS NULL
    UNION ALL
    SELECT 'operator ' || o.oid::regoperator::text FROM pg_operator o
    WHERE o.oid IN (SELECT pg_temp.ext_objects('pg_operator'))
      AND obj_description(o.oid, 'pg_operator') IS NULL
$$;

CREATE FUNCTION pg_temp.lint_not_parallel_safe() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT p.oid::regprocedure::text FROM pg_proc p
    WHERE p.oid IN (SELECT pg_temp.ext_objects('pg_proc'))
      AND (p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c') OR p.prokind = 'a')
      AND p.proparallel <> 's'
$$;

CREATE FUNCTION pg_temp.lint_security_definer() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT p.oid::regprocedure::text FROM pg_proc p
    WHERE p.oid IN (SELECT pg_temp.ext_objects('pg_proc')) AND p.prosecdef
$$;

CREATE FUNCTION pg_temp.lint_search_path_not_pinned() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT p.oid::regprocedure::text FROM pg_proc p
    WHERE p.oid IN (SELECT pg_temp.ext_objects('pg_proc'))
      AND p.prolang IN (SELECT oid FROM pg_language WHERE lanname IN ('sql', 'plpgsql'))
      AND NOT EXISTS (SELECT FROM unnest(p.proconfig) c WHERE c LIKE 'search\_path=%')
$$;

-- Shipped tables: dump-safe for user rows, readable by PUBLIC, every shipped row cited.
CREATE FUNCTION pg_temp.ext_tables() RETURNS SETOF regclass
LANGUAGE sql STABLE AS $$
    SELECT c.oid::regclass FROM pg_class c
    WHERE c.oid IN (SELECT pg_temp.ext_objects('pg_class')) AND c.relkind IN ('r', 'p')
$$;

CREATE FUNCTION pg_temp.lint_tables_not_config_dumped() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT t::text FROM pg_temp.ext_tables() t
    WHERE NOT EXISTS (
        SELECT FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(tab, cond)
        WHERE e.extname = 'wlzcontract' AND x.tab = t AND x.cond = 'WHERE NOT meegeleverd')
$$;

CREATE FUNCTION pg_temp.lint_tables_privileges() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT t::text FROM pg_temp.ext_tables() t
    WHERE NOT has_table_privilege('public', t, 'SELECT')
       OR has_table_privilege('public', t, 'INSERT')
       OR has_table_privilege('public', t, 'UPDATE')
       OR has_table_privilege('public', t, 'DELETE')
       OR has_table_privilege('public', t, 'TRUNCATE')
$$;

CREATE FUNCTION pg_temp.lint_shipped_rows_without_bron() RETURNS SETOF text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    t regclass;
    n bigint;
BEGIN
    FOR t IN SELECT * FROM pg_temp.ext_tables() LOOP
        EXECUTE format('SELECT count(*) FROM %s WHERE meegeleverd AND coalesce(bron, '''') = ''''', t)
            INTO n;
        IF n > 0 THEN
            RETURN NEXT format('%s: %s rows', t, n);
        END IF;
    END LOOP;
END
$$;

-- The lint looks at something: the extension has functions, types and tables.
SELECT cmp_ok((SELECT count(*) FROM pg_temp.ext_objects('pg_proc')), '>', 0::bigint,
              'the extension owns functions');
SELECT cmp_ok((SELECT count(*) FROM pg_temp.ext_objects('pg_type')), '>', 0::bigint,
              'the extension owns types');
SELECT cmp_ok((SELECT count(*) FROM pg_temp.ext_objects('pg_class')), '>', 0::bigint,
              'the extension owns tables');

-- The rules, on the extension as installed.
SELECT is_empty('SELECT * FROM pg_temp.lint_uncommented()',
                'every function, type, table, column and operator has a COMMENT');
SELECT is_empty('SELECT * FROM pg_temp.lint_not_parallel_safe()',
                'every C function and aggregate is PARALLEL SAFE');
SELECT is_empty('SELECT * FROM pg_temp.lint_security_definer()',
                'no function is SECURITY DEFINER');
SELECT is_empty('SELECT * FROM pg_temp.lint_search_path_not_pinned()',
                'every SQL and PL/pgSQL function pins search_path');
SELECT is_empty($$SELECT n.nspname FROM pg_namespace n WHERE n.nspname = 'wlz'
                   AND NOT has_schema_privilege('public', n.oid, 'USAGE')$$,
                'PUBLIC may use schema wlz');

SELECT is_empty('SELECT * FROM pg_temp.lint_tables_not_config_dumped()',
                'every table is registered with pg_extension_config_dump(..., ''WHERE NOT meegeleverd'')');
SELECT is_empty('SELECT * FROM pg_temp.lint_tables_privileges()',
                'PUBLIC may read every table and change none');
SELECT is_empty('SELECT * FROM pg_temp.lint_shipped_rows_without_bron()',
                'every shipped row of every table cites its source in bron');

-- Each check catches a planted offender (rolled back with the transaction).
CREATE FUNCTION wlz.lint_probe_c(integer) RETURNS text
    AS '$libdir/wlzcontract', 'wlz_versie' LANGUAGE C IMMUTABLE STRICT SECURITY DEFINER;
CREATE FUNCTION wlz.lint_probe_sql(integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS 'SELECT $1';
CREATE TYPE wlz.lint_probe_type AS (a integer);
ALTER EXTENSION wlzcontract ADD FUNCTION wlz.lint_probe_c(integer);
ALTER EXTENSION wlzcontract ADD FUNCTION wlz.lint_probe_sql(integer);
ALTER EXTENSION wlzcontract ADD TYPE wlz.lint_probe_type;

ALTER TABLE wlz.zorgkantoor DISABLE TRIGGER meegeleverd_bewaken;  -- shipped rows are read-only
UPDATE wlz.zorgkantoor SET bron = NULL WHERE code = 'dsw';
SELECT set_eq('SELECT * FROM pg_temp.lint_shipped_rows_without_bron()',
              ARRAY['wlz.zorgkantoor: 1 rows'],
              'the bron check names a table with a shipped row without source');

SELECT set_eq('SELECT * FROM pg_temp.lint_uncommented()',
              ARRAY['function wlz.lint_probe_c(integer)', 'function wlz.lint_probe_sql(integer)',
                    'type wlz.lint_probe_type'],
              'the COMMENT check names uncommented functions and types');
SELECT set_eq('SELECT * FROM pg_temp.lint_not_parallel_safe()',
              ARRAY['wlz.lint_probe_c(integer)'],
              'the PARALLEL SAFE check names a C function that is not');
SELECT set_eq('SELECT * FROM pg_temp.lint_security_definer()',
              ARRAY['wlz.lint_probe_c(integer)'],
              'the SECURITY DEFINER check names it');
SELECT set_eq('SELECT * FROM pg_temp.lint_search_path_not_pinned()',
              ARRAY['wlz.lint_probe_sql(integer)'],
              'the search_path check names an SQL function without SET search_path');

ALTER FUNCTION wlz.lint_probe_sql(integer) SET search_path = pg_catalog;
SELECT is_empty('SELECT * FROM pg_temp.lint_search_path_not_pinned()',
                'SET search_path satisfies the search_path check');
COMMENT ON TYPE wlz.lint_probe_type IS 'probe';
SELECT ok(NOT EXISTS (SELECT FROM pg_temp.lint_uncommented() u WHERE u LIKE 'type wlz.lint_probe_type%'),
          'a COMMENT satisfies the COMMENT check');

SELECT * FROM finish();
ROLLBACK;
