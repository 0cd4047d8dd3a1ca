-- ---------------------------------------------------------------------------
-- Meegeleverd: the read-only trigger and the loader (SPEC 7; 10-meegeleverd.sql
-- says how the pattern works). First in both scripts.
-- ---------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION wlz.meegeleverd_bewaken()
RETURNS trigger
AS 'MODULE_PATHNAME', 'wlz_meegeleverd_bewaken'
LANGUAGE C PARALLEL SAFE;
COMMENT ON FUNCTION wlz.meegeleverd_bewaken() IS
  'trigger: meegeleverde rijen (meegeleverd = true) zijn alleen-lezen buiten de scripts van de extensie; het eerste argument noemt de sleutel waarmee een eigen rij een meegeleverde rij vervangt (of ''vervangt''), een tweede de kolom die een code uit wlz.zorgkantoor moet bevatten';

-- The loader (the pattern of postgresql-unit's unit_load). rijen is a data
-- file of data/: a header line with column names, then one row per line,
-- fields separated by a tab, \N for NULL. It replaces the table's shipped
-- rows by these and never touches a row of a user. The data files hold no
-- other backslash, tab or newline inside a field; the loader refuses one.
CREATE OR REPLACE FUNCTION wlz.meegeleverd_laden(tabel regclass, rijen text)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $laden$
DECLARE
    regels   text[] := pg_catalog.string_to_array(pg_catalog.btrim(rijen, E'\n'), E'\n');
    kolommen text[];
    soorten  text[];
    velden   text[];
    rij      text;
    rijlijst text[] := '{}';
    i        integer;
BEGIN
    IF cardinality(regels) IS NULL OR cardinality(regels) = 0 THEN
        RAISE EXCEPTION 'data for % has no header line', tabel
            USING ERRCODE = '22P02';
    END IF;
    kolommen := string_to_array(regels[1], E'\t');
    SELECT array_agg(format_type(a.atttypid, a.atttypmod) ORDER BY k.nr)
      INTO soorten
      FROM unnest(kolommen) WITH ORDINALITY AS k(naam, nr)
      LEFT JOIN pg_attribute a
        ON a.attrelid = tabel AND a.attname = k.naam AND a.attnum > 0 AND NOT a.attisdropped;
    IF array_position(soorten, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'data for % names column "%", which % does not have',
                        tabel, kolommen[array_position(soorten, NULL)], tabel
            USING ERRCODE = '42703';
    END IF;
    IF 'meegeleverd' = ANY (kolommen) THEN
        RAISE EXCEPTION 'data for % must not name column "meegeleverd"', tabel
            USING ERRCODE = '22P02',
                  HINT = 'The loader sets meegeleverd = true on every row it loads.';
    END IF;

    FOR i IN 2 .. cardinality(regels) LOOP
        IF position(E'\\' IN replace(regels[i], E'\\N', '')) > 0 OR position(E'\r' IN regels[i]) > 0 THEN
            RAISE EXCEPTION 'data for %, line %: only \N may contain a backslash', tabel, i
                USING ERRCODE = '22P02';
        END IF;
        velden := string_to_array(regels[i], E'\t', E'\\N');
        IF cardinality(velden) <> cardinality(kolommen) THEN
            RAISE EXCEPTION 'data for %, line %: % fields, the header has %',
                            tabel, i, cardinality(velden), cardinality(kolommen)
                USING ERRCODE = '22P02';
        END IF;
        SELECT format('(%s, true)', string_agg(format('%s::%s', quote_nullable(v.veld), s.soort), ', ' ORDER BY v.nr))
          INTO STRICT rij
          FROM unnest(velden) WITH ORDINALITY AS v(veld, nr)
          JOIN unnest(soorten) WITH ORDINALITY AS s(soort, nr) USING (nr);
        rijlijst := rijlijst || rij;
    END LOOP;

    EXECUTE format('DELETE FROM %s WHERE meegeleverd', tabel);
    IF cardinality(rijlijst) > 0 THEN
        EXECUTE format('INSERT INTO %s (%s, meegeleverd) VALUES %s', tabel,
                       (SELECT string_agg(quote_ident(k), ', ') FROM unnest(kolommen) AS k),
                       array_to_string(rijlijst, E',\n'));
    END IF;
    RETURN cardinality(rijlijst);
END
$laden$;
COMMENT ON FUNCTION wlz.meegeleverd_laden(regclass, text) IS
  'lader van de meegeleverde rijen: vervangt de rijen met meegeleverd = true van de tabel door die van een gegevensbestand (kopregel met kolomnamen, tab tussen de velden, \N voor NULL) en laat eigen rijen staan; werkt alleen in CREATE EXTENSION en ALTER EXTENSION ... UPDATE';

