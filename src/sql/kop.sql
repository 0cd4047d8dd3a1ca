/*
 * Install script of wlzcontract (schema wlz, see wlzcontract.control), made
 * by src/sql/maak from these parts (Makefile):
 *	  src/sql/kop.sql            this header and the check of the schema
 *	  src/sql/shared/00-*.sql    the loader and the read-only trigger
 *	  src/sql/wlzcontract.sql    the objects of 0.1.0 in their current form
 *	  src/sql/shared/[1-9]*.sql  objects the upgrade defines the same way
 *	  src/sql/laden.sql          the shipped rows, from data/
 *
 * Conventions (checked by test/lint.sql):
 *	- every object is schema-qualified and has a COMMENT;
 *	- C functions carry their strictest true volatility, STRICT where NULL has
 *	  no meaning, and PARALLEL SAFE;
 *	- SQL and PL/pgSQL functions pin search_path; nothing is SECURITY DEFINER;
 *	- shipped rows come from data/ through wlz.meegeleverd_laden and are
 *	  read-only; pg_extension_config_dump keeps the rows users add
 *	  (meegeleverd = false) in pg_dump, and PUBLIC may read them.
 */

-- The schema wlz must be the one CREATE EXTENSION just made, or an empty one
-- of the installing role: a schema that someone else created first, or that
-- already holds objects, could hold functions that capture our own calls, and
-- its owner could rename it or drop the extension with every user row.
DO $schema$
DECLARE
    schema_oid oid := (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = 'wlz');
    eigenaar   oid := (SELECT n.nspowner FROM pg_catalog.pg_namespace n WHERE n.nspname = 'wlz');
    installeur oid := (SELECT e.extowner FROM pg_catalog.pg_extension e
                       WHERE e.extname = 'wlzcontract');
    objecten   bigint;
BEGIN
    IF eigenaar IS DISTINCT FROM installeur THEN
        RAISE EXCEPTION 'schema "wlz" is owned by role "%", not by the installing role "%"',
                        pg_catalog.pg_get_userbyid(eigenaar), pg_catalog.pg_get_userbyid(installeur)
            USING ERRCODE = '42501',
                  DETAIL = 'wlzcontract installs into the schema wlz and must own it alone.',
                  HINT = 'Drop or rename that schema (ALTER SCHEMA wlz RENAME TO ...), then run CREATE EXTENSION wlzcontract again; it creates the schema itself.';
    END IF;
    SELECT (SELECT pg_catalog.count(*) FROM pg_catalog.pg_class WHERE relnamespace = schema_oid)
         + (SELECT pg_catalog.count(*) FROM pg_catalog.pg_proc WHERE pronamespace = schema_oid)
         + (SELECT pg_catalog.count(*) FROM pg_catalog.pg_type t
             WHERE t.typnamespace = schema_oid AND t.typrelid = 0
               AND NOT EXISTS (SELECT FROM pg_catalog.pg_type e WHERE e.typarray = t.oid))
         + (SELECT pg_catalog.count(*) FROM pg_catalog.pg_operator WHERE oprnamespace = schema_oid)
         + (SELECT pg_catalog.count(*) FROM pg_catalog.pg_opfamily WHERE opfnamespace = schema_oid)
         + (SELECT pg_catalog.count(*) FROM pg_catalog.pg_collation WHERE collnamespace = schema_oid)
         + (SELECT pg_catalog.count(*) FROM pg_catalog.pg_conversion WHERE connamespace = schema_oid)
         + (SELECT pg_catalog.count(*) FROM pg_catalog.pg_ts_config WHERE cfgnamespace = schema_oid)
         + (SELECT pg_catalog.count(*) FROM pg_catalog.pg_ts_dict WHERE dictnamespace = schema_oid)
         + (SELECT pg_catalog.count(*) FROM pg_catalog.pg_statistic_ext WHERE stxnamespace = schema_oid)
      INTO objecten;
    IF objecten > 0 THEN
        RAISE EXCEPTION 'schema "wlz" already exists and is not empty'
            USING ERRCODE = '42P06',
                  DETAIL = CASE WHEN objecten = 1 THEN 'It holds 1 object that wlzcontract did not create.'
                                ELSE pg_catalog.format('It holds %s objects that wlzcontract did not create.', objecten) END,
                  HINT = 'Move those objects elsewhere or rename the schema (ALTER SCHEMA wlz RENAME TO ...), then run CREATE EXTENSION wlzcontract again.';
    END IF;
END
$schema$;

