-- test/betrouwbaar/vingerafdruk.sql: one line per table of the extension
-- (and per user table in public), and per sequence of the extension:
--   name|rows|user rows|md5 of all rows in text form, sorted
--   name|last_value|is_called
-- Two databases with the same lines hold the same data.  Run with psql -AtX.
CREATE FUNCTION pg_temp.vingerafdruk() RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    c record;
    regel text;
BEGIN
    FOR c IN
        SELECT cl.oid::regclass AS naam, cl.relkind,
               EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = cl.oid
                       AND a.attname = 'meegeleverd' AND NOT a.attisdropped) AS heeft_merk
        FROM pg_class cl
        WHERE cl.relkind IN ('r', 'p', 'S')
          AND (cl.oid IN (SELECT d.objid FROM pg_depend d
                          WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                            AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'wlzcontract'))
               OR (cl.relnamespace = 'public'::regnamespace AND cl.relkind IN ('r', 'p')))
        ORDER BY cl.oid::regclass::text
    LOOP
        IF c.relkind = 'S' THEN
            EXECUTE format('SELECT %L || ''|'' || last_value || ''|'' || is_called FROM %s',
                           c.naam::text, c.naam) INTO regel;
        ELSE
            EXECUTE format('SELECT %L || ''|'' || count(*) || ''|'' || %s || ''|'' '
                           '|| coalesce(md5(string_agg(r::text, E''\n'' ORDER BY r::text)), '''') '
                           'FROM %s r',
                           c.naam::text,
                           CASE WHEN c.heeft_merk THEN 'count(*) FILTER (WHERE NOT r.meegeleverd)'
                                ELSE '''-''' END,
                           c.naam) INTO regel;
        END IF;
        RETURN NEXT regel;
    END LOOP;
END
$$;
SELECT * FROM pg_temp.vingerafdruk();
