-- ---------------------------------------------------------------------------
-- Last in both scripts: the column comments of every view <table>_geldend
-- (10-meegeleverd.sql; later parts add their own) are those of its table.
-- ---------------------------------------------------------------------------

-- A view's column says what its table's column says (\d+ shows it).
DO $kolommen$
DECLARE
    k record;
BEGIN
    FOR k IN
        SELECT v.oid::regclass AS view, a.attname, pg_catalog.col_description(t.oid, ta.attnum) AS tekst
          FROM pg_catalog.pg_class v
          JOIN pg_catalog.pg_class t
            ON t.relnamespace = v.relnamespace AND v.relname = t.relname || '_geldend'
          JOIN pg_catalog.pg_attribute a ON a.attrelid = v.oid AND a.attnum > 0
          JOIN pg_catalog.pg_attribute ta ON ta.attrelid = t.oid AND ta.attname = a.attname
         WHERE v.relnamespace = 'wlz'::regnamespace AND v.relkind = 'v' AND t.relkind = 'r'
    LOOP
        EXECUTE pg_catalog.format('COMMENT ON COLUMN %s.%I IS %L', k.view, k.attname, k.tekst);
    END LOOP;
END
$kolommen$;
