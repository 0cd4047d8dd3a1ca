-- test/betrouwbaar/eigen_rijen.sql: add user rows to every table of the
-- extension, generically, so that tables added later are covered too.
--
-- For each table (tables that others reference first; a column zorgkantoor
-- counts as a reference to wlz.zorgkantoor) two rows with
-- meegeleverd = false are copied from a shipped row:
--   eigen1  its foreign keys into extension tables point at the eigen1 row
--           there (a user row referring to a user row);
--   eigen2  its foreign keys keep pointing at the shipped row it was copied
--           from (a user row referring to a shipped row).
-- Identity columns take their default; the text columns of a primary key or
-- unique constraint get '-eigen1' / '-eigen2' appended and the numeric ones
-- 1000 / 2000 added, unless a foreign key sets them.  A table without
-- shipped rows gets a row made up from its defining (NOT NULL) and text
-- columns: a value per type, the rest NULL.  A row the table refuses is an error naming
-- the table: these rules must then learn about it.
--
-- Also a user table in public that uses the extension's types, operator
-- classes and IMMUTABLE functions (index, generated column, CHECK).
--
-- Run with psql -v ON_ERROR_STOP=1 in the database to fill.

CREATE TEMP TABLE eigen (tabel regclass, merk text, rij jsonb);

CREATE FUNCTION pg_temp.extensietabellen() RETURNS SETOF regclass
LANGUAGE sql STABLE AS $$
    SELECT c.oid::regclass
    FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
    WHERE d.refclassid = 'pg_extension'::regclass
      AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'wlzcontract')
      AND d.deptype = 'e' AND d.classid = 'pg_class'::regclass
      AND c.relkind IN ('r', 'p')
$$;

CREATE FUNCTION pg_temp.eigen_rij(t regclass, merk text, verwijs_eigen boolean)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    a record;
    kolommen text[] := '{}';
    waarden text[] := '{}';
    fk record;
    expr text;
    sleutel boolean;
    verschuiving integer := CASE merk WHEN 'eigen1' THEN 1000 ELSE 2000 END;
    kopie boolean;
    rij jsonb;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_attribute
                   WHERE attrelid = t AND attname = 'meegeleverd' AND NOT attisdropped) THEN
        RAISE EXCEPTION 'table % has no column meegeleverd', t;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT FROM %s WHERE meegeleverd)', t) INTO kopie;

    FOR a IN
        SELECT attname, attnum, atttypid, attidentity, attgenerated, attnotnull, atthasdef,
               (SELECT typtype FROM pg_type WHERE oid = atttypid) AS typtype,
               (SELECT typcategory FROM pg_type WHERE oid = atttypid) AS typcategory
        FROM pg_attribute
        WHERE attrelid = t AND attnum > 0 AND NOT attisdropped
        ORDER BY attnum
    LOOP
        CONTINUE WHEN a.attidentity <> '' OR a.attgenerated <> '';
        sleutel := EXISTS (SELECT FROM pg_constraint
                           WHERE conrelid = t AND contype IN ('p', 'u')
                             AND a.attnum = ANY (conkey));
        -- a foreign key into an extension table
        SELECT c.confrelid::regclass AS doel, fa.attname AS doelkolom INTO fk
        FROM pg_constraint c
        JOIN LATERAL unnest(c.conkey, c.confkey) AS k(van, naar) ON k.van = a.attnum
        JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = k.naar
        WHERE c.conrelid = t AND c.contype = 'f'
          AND c.confrelid IN (SELECT pg_temp.extensietabellen())
        LIMIT 1;
        -- a column zorgkantoor refers to wlz.zorgkantoor.code like a foreign
        -- key (0.2.0 checks it with a trigger: codes are not unique there)
        IF fk.doel IS NULL AND a.attname = 'zorgkantoor' AND t <> 'wlz.zorgkantoor'::regclass THEN
            SELECT 'wlz.zorgkantoor'::regclass AS doel, 'code'::name AS doelkolom INTO fk;
        END IF;

        IF a.attname = 'meegeleverd' THEN
            expr := 'false';
        ELSIF fk.doel IS NOT NULL AND verwijs_eigen THEN
            expr := format('(SELECT (e.rij->>%L)::%s FROM pg_temp.eigen e '
                           'WHERE e.tabel = %L::regclass AND e.merk = ''eigen1'')',
                           fk.doelkolom, a.atttypid::regtype, fk.doel);
        ELSIF kopie THEN
            expr := format('s.%I', a.attname);
            IF sleutel AND fk.doel IS NULL THEN
                CASE a.typcategory
                    WHEN 'S' THEN expr := format('s.%I || %L', a.attname, '-' || merk);
                    WHEN 'N' THEN expr := format('s.%I + %s', a.attname, verschuiving);
                    ELSE NULL;
                END CASE;
            END IF;
        ELSIF fk.doel IS NOT NULL THEN
            -- a made-up row refers to a shipped row
            expr := format('(SELECT d.%I FROM %s d WHERE d.meegeleverd ORDER BY d.%I LIMIT 1)',
                           fk.doelkolom, fk.doel, fk.doelkolom);
        ELSIF NOT a.atthasdef AND (a.attnotnull OR a.typcategory = 'S') THEN
            -- a made-up value for a defining column, and for every text
            -- column (a CHECK may need it where NOT NULL cannot say so)
            expr := CASE
                WHEN a.atttypid = 'wlz.termijn'::regtype THEN '''1 week''::wlz.termijn'
                WHEN a.atttypid IN ('date'::regtype, 'timestamptz'::regtype, 'timestamp'::regtype)
                    THEN format('%L::%s', '2025-01-01', a.atttypid::regtype)
                WHEN a.atttypid = 'boolean'::regtype THEN 'false'
                WHEN a.typtype = 'e' THEN format('pg_catalog.enum_first(NULL::%s)', a.atttypid::regtype)
                WHEN a.typcategory = 'S' THEN quote_literal(merk)
                WHEN a.typcategory = 'N' THEN format('%s::%s', verschuiving / 20, a.atttypid::regtype)
                ELSE format('NULL::%s', a.atttypid::regtype) END;
        ELSE
            CONTINUE;
        END IF;
        kolommen := kolommen || quote_ident(a.attname);
        waarden := waarden || expr;
    END LOOP;

    IF kopie THEN
        EXECUTE format('INSERT INTO %s AS n (%s) SELECT %s FROM %s s WHERE s.meegeleverd '
                       'ORDER BY s::text LIMIT 1 RETURNING to_jsonb(n)',
                       t, array_to_string(kolommen, ', '), array_to_string(waarden, ', '), t)
            INTO rij;
    ELSE
        EXECUTE format('INSERT INTO %s AS n (%s) VALUES (%s) RETURNING to_jsonb(n)',
                       t, array_to_string(kolommen, ', '), array_to_string(waarden, ', '))
            INTO rij;
    END IF;
    INSERT INTO pg_temp.eigen VALUES (t, merk, rij);
EXCEPTION WHEN OTHERS THEN
    RAISE EXCEPTION 'cannot add a user row (%) to %: %', merk, t, SQLERRM
        USING HINT = 'Teach test/betrouwbaar/eigen_rijen.sql how to make a row for this table.';
END
$$;

DO $$
DECLARE
    klaar regclass[] := '{}';
    t regclass;
    voortgang boolean := true;
BEGIN
    -- tables whose foreign keys point only at tables already done
    WHILE voortgang LOOP
        voortgang := false;
        FOR t IN
            SELECT x FROM pg_temp.extensietabellen() x
            WHERE x <> ALL (klaar)
              AND NOT EXISTS (SELECT FROM pg_constraint c
                              WHERE c.conrelid = x AND c.contype = 'f' AND c.confrelid <> x
                                AND c.confrelid IN (SELECT pg_temp.extensietabellen())
                                AND c.confrelid::regclass <> ALL (klaar))
              AND (x = 'wlz.zorgkantoor'::regclass OR 'wlz.zorgkantoor'::regclass = ANY (klaar)
                   OR NOT EXISTS (SELECT FROM pg_attribute
                                  WHERE attrelid = x AND attname = 'zorgkantoor' AND NOT attisdropped))
            ORDER BY x::text
        LOOP
            PERFORM pg_temp.eigen_rij(t, 'eigen1', true);
            PERFORM pg_temp.eigen_rij(t, 'eigen2', false);
            klaar := klaar || t;
            voortgang := true;
        END LOOP;
    END LOOP;
    IF EXISTS (SELECT FROM pg_temp.extensietabellen() x WHERE x <> ALL (klaar)) THEN
        RAISE EXCEPTION 'foreign keys between the extension tables form a cycle';
    END IF;
END
$$;

-- A user table built on the extension's types, operators and functions.
CREATE TABLE public.eigen_termijnen (
    id          integer PRIMARY KEY,
    t           wlz.termijn NOT NULL,
    sector      wlz.sector,
    profiel     text CHECK (wlz.zorgprofiel(profiel) IS NOT NULL),
    einde       timestamptz GENERATED ALWAYS AS (wlz.termijn_einde(date '2025-09-05', t, true)) STORED
);
CREATE INDEX eigen_termijnen_t_idx ON public.eigen_termijnen (t);
CREATE INDEX eigen_termijnen_t_hash_idx ON public.eigen_termijnen USING hash (t);
CREATE INDEX eigen_termijnen_dag_idx ON public.eigen_termijnen ((date '2025-09-05' OPERATOR(wlz.+) t));
INSERT INTO public.eigen_termijnen (id, t, sector, profiel)
SELECT i, (ARRAY['20 kalenderdagen', '5 werkdagen', '2 weken', '1 maand', '-3 werkdagen'])[1 + i % 5]::wlz.termijn,
       (ARRAY['VV', 'GZ', 'GGZ'])[1 + i % 3]::wlz.sector,
       (ARRAY['VG4', 'W5', '9bVV', '806'])[1 + i % 4]
FROM generate_series(1, 50) AS i;

SELECT tabel::text AS tabel, merk, rij FROM pg_temp.eigen ORDER BY tabel::text, merk;
