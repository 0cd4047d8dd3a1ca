-- test/betrouwbaar/antwoorden.sql: the answers of a 0.2.0 database, one per
-- line, for upgrade.t: two databases that print the same lines answer the
-- same. Run with psql -AtX. An error is an answer too (its SQLSTATE).
SET TimeZone = 'Europe/Amsterdam';
CREATE FUNCTION pg_temp.probeer(sql text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    r text;
BEGIN
    EXECUTE sql INTO r;
    RETURN coalesce(r, 'NULL');
EXCEPTION WHEN OTHERS THEN
    RETURN 'ERROR ' || SQLSTATE;
END
$$;

-- the user's rows of every table, without their ids (numbered differently
-- after an upgrade), in text form
CREATE FUNCTION pg_temp.eigen_rijen() RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    t regclass;
BEGIN
    FOR t IN
        SELECT c.oid::regclass FROM pg_class c JOIN pg_depend d ON d.objid = c.oid
        WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e' AND c.relkind = 'r'
          AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'wlzcontract')
        ORDER BY 1::text
    LOOP
        RETURN QUERY EXECUTE format(
            'SELECT %L || '' '' || (to_jsonb(t) - ''id'')::text FROM %s t WHERE NOT t.meegeleverd ORDER BY 1',
            t, t);
    END LOOP;
END
$$;
SELECT 'eigen ' || r FROM pg_temp.eigen_rijen() r;

-- tariff percentages: every zorgkantoor, sector, year, class, leveringsvorm,
-- with and without a historical percentage
SELECT format('tarief %s %s %s %s %s %s: %s', z, s, j, k, coalesce(l, '-'), coalesce(h::text, '-'),
              pg_temp.probeer(format(
                  'SELECT wlz.tariefpercentage(%L, %L, %s, leveringsvorm => %L, klasse => %L, historisch => %L)',
                  z, s, j, l, k, h)))
FROM (SELECT DISTINCT code FROM wlz.zorgkantoor) AS zk(z),
     unnest(enum_range(NULL::wlz.sector)) AS s,
     generate_series(2022, 2027) AS j,
     unnest(enum_range(NULL::wlz.aanbiederklasse)) AS k,
     (VALUES (NULL), ('verblijf'), ('vpt'), ('mpt')) AS lv(l),
     (VALUES (NULL::numeric), (93.0)) AS hist(h)
ORDER BY 1;

-- by prestatie, and why (every step of the explanation)
SELECT format('uitleg %s %s %s: %s', z, p, k,
              pg_temp.probeer(format(
                  'SELECT string_agg(concat_ws('' '', stap, bewerking, waarde, resultaat, bron), '' | '' ORDER BY stap) '
                  'FROM wlz.tariefpercentage_uitleg(%L, ''GZ'', 2026, prestatie => %L, klasse => %L)', z, p, k)))
FROM (SELECT DISTINCT code FROM wlz.zorgkantoor) AS zk(z),
     (VALUES ('4VG'), ('VG7+'), ('Z472'), ('Z9001')) AS pr(p),
     unnest(enum_range(NULL::wlz.aanbiederklasse)) AS k
ORDER BY 1;

-- every step of the deadline catalogue, for each zorgkantoor and sector
SELECT format('uiterste %s %s %s %s: %s', coalesce(z, '-'), j, st, coalesce(s::text, '-'),
              pg_temp.probeer(format('SELECT wlz.uiterste(%L, %s, %L, %L)::text', z, j, st, s)))
FROM (SELECT DISTINCT zorgkantoor, inkoopjaar, stap FROM wlz.termijnkalender) AS t(z, j, st),
     (VALUES (NULL::wlz.sector), ('VV'), ('GZ'), ('GGZ')) AS sec(s)
ORDER BY 1;

-- what applies, per table
SELECT 'geldend zorgkantoor ' || (to_jsonb(t) - 'id')::text FROM wlz.zorgkantoor_geldend t ORDER BY 1;
SELECT 'geldend richttarief ' || (to_jsonb(t) - 'id')::text FROM wlz.richttarief_geldend t ORDER BY 1;
SELECT 'geldend prestatie ' || (to_jsonb(t) - 'id')::text FROM wlz.prestatie_geldend t ORDER BY 1;
SELECT 'geldend klasse_gevolg ' || (to_jsonb(t) - 'id')::text FROM wlz.klasse_gevolg_geldend t ORDER BY 1;
