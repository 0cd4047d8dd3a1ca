-- test/bench/baseline.sql: baseline (b) of make bench, what a competent analyst
-- would write without wlzcontract, in plain SQL and PL/pgSQL over tables.
-- test/bench_baseline.sql checks that each gives the same answers as the C function
-- (run in make test); test/bench/run times them against the C functions.
--
-- Everything here reads bench.dag and bench.declaratie (test/bench/data.sql), so the
-- same views and functions serve the benchmark and the check. The objects live in
-- the schema bench and pin search_path, as the project's own SQL does.

CREATE SCHEMA IF NOT EXISTS bench;

-- ---------------------------------------------------------------------------
-- The calendar as tables: the holidays of the Algemene termijnenwet (art. 3)
-- from the same rules, and a calendar with a running count of werkdagen.
-- ---------------------------------------------------------------------------

-- Easter Sunday by the anonymous Gregorian algorithm (Meeus), as an analyst copies it.
CREATE FUNCTION bench.pasen(jaar integer) RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT make_date(jaar, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1)
    FROM (SELECT h, l, (a + 11 * h + 22 * l) / 451 AS m
          FROM (SELECT a, h, (32 + 2 * e + 2 * i - h - k) % 7 AS l
                FROM (SELECT a, e, i, k, (19 * a + b - d - g + 15) % 30 AS h
                      FROM (SELECT jaar % 19 AS a, jaar / 100 AS b, (jaar / 100) / 4 AS d,
                                   (jaar / 100) % 4 AS e, (jaar / 100 - (jaar / 100 + 8) / 25 + 1) / 3 AS g,
                                   (jaar % 100) / 4 AS i, (jaar % 100) % 4 AS k) AS s1) AS s2) AS s3) AS s4
$$;

-- ATW art. 3: Nieuwjaarsdag, Goede Vrijdag, Tweede Paasdag, Koningsdag (27 April,
-- the 26th when that is a Sunday; before 2014 Koninginnedag 30 April, on a Sunday the
-- 29th from 1980 and 1 May before), Bevrijdingsdag (5 May, every year), Hemelvaartsdag,
-- Tweede Pinksterdag, Eerste and Tweede Kerstdag; 1965-2199, like wlz.feestdagen.
CREATE TABLE bench.feestdag AS
SELECT f.datum, f.naam
FROM generate_series(1965, 2199) AS jaar,
     LATERAL (SELECT bench.pasen(jaar) AS pasen) AS p,
     LATERAL (VALUES
       (make_date(jaar, 1, 1), 'Nieuwjaarsdag'),
       (p.pasen - 2, 'Goede Vrijdag'),
       (p.pasen + 1, 'Tweede Paasdag'),
       (CASE WHEN jaar >= 2014 THEN
               make_date(jaar, 4, 27) - (extract(isodow FROM make_date(jaar, 4, 27)) = 7)::integer
             WHEN extract(isodow FROM make_date(jaar, 4, 30)) <> 7 THEN make_date(jaar, 4, 30)
             WHEN jaar >= 1980 THEN make_date(jaar, 4, 29)
             ELSE make_date(jaar, 5, 1) END,
        CASE WHEN jaar >= 2014 THEN 'Koningsdag' ELSE 'Koninginnedag' END),
       (make_date(jaar, 5, 5), 'Bevrijdingsdag'),
       (p.pasen + 39, 'Hemelvaartsdag'),
       (p.pasen + 50, 'Tweede Pinksterdag'),
       (make_date(jaar, 12, 25), 'Eerste Kerstdag'),
       (make_date(jaar, 12, 26), 'Tweede Kerstdag')) AS f(datum, naam);
CREATE INDEX ON bench.feestdag (datum);

-- One row per day: werkdag or not, and rang = the number of werkdagen from
-- 1965-01-01 up to and including that day (a window sum).
CREATE TABLE bench.kalender AS
SELECT datum, werkdag,
       sum(werkdag::integer) OVER (ORDER BY datum)::integer AS rang
FROM (SELECT d::date AS datum,
             extract(isodow FROM d) < 6
             AND NOT EXISTS (SELECT FROM bench.feestdag f WHERE f.datum = d::date) AS werkdag
      FROM generate_series(timestamp '1965-01-01', timestamp '2199-12-31', interval '1 day') AS d) AS k;
ALTER TABLE bench.kalender ADD PRIMARY KEY (datum);
CREATE INDEX ON bench.kalender (rang) WHERE werkdag;
ANALYZE bench.feestdag, bench.kalender;

-- ---------------------------------------------------------------------------
-- Per-row calendar functions, as set-based queries over bench.dag
-- ---------------------------------------------------------------------------
-- (Views and SQL functions that the planner inlines cannot carry SET search_path;
-- every name in them is schema-qualified instead.)

-- is_werkdag(d): Monday to Friday and not in the holiday table. NOT IN over the small
-- holiday table runs as a hashed subplan: one hash probe per row. (NOT EXISTS here
-- would probe the index once per row, three times slower.)
CREATE VIEW bench.is_werkdag_b AS
SELECT t.id, t.d,
       extract(isodow FROM t.d) < 6 AND t.d NOT IN (SELECT f.datum FROM bench.feestdag AS f) AS werkdag
FROM bench.dag AS t;

-- werkdagen(d, tot): the difference of the running counts, two calendar joins.
CREATE VIEW bench.werkdagen_b AS
SELECT t.id, t.d, t.tot, k2.rang - k1.rang AS werkdagen
FROM bench.dag AS t
JOIN bench.kalender AS k1 ON k1.datum = t.d
JOIN bench.kalender AS k2 ON k2.datum = t.tot;

-- d + n werkdagen: the werkdag whose rang is n further (for n < 0 counted from the day
-- before d); 0 werkdagen is d itself. Inlined by the planner into the calling query.
CREATE FUNCTION bench.plus_werkdagen_b(n integer)
RETURNS TABLE (id integer, d date, resultaat date)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT t.id, t.d, CASE WHEN n = 0 THEN t.d ELSE w.datum END
    FROM bench.dag AS t
    JOIN bench.kalender AS k ON k.datum = t.d
    LEFT JOIN bench.kalender AS w
      ON n <> 0 AND w.werkdag
     AND w.rang = CASE WHEN n > 0 THEN k.rang + n ELSE k.rang - k.werkdag::integer + n + 1 END
$$;

-- ---------------------------------------------------------------------------
-- The end of a term under the Algemene termijnenwet, in PL/pgSQL over the calendar
-- ---------------------------------------------------------------------------

-- termijn_einde(begin, aantal eenheid, atw): the last day is begin moved by the term
-- (werkdagen through the calendar, maanden and jaren by PostgreSQL's month
-- arithmetic); with the ATW, art. 2 (a term of at least 3 days, any weken or maanden:
-- at least two werkdagen after begin) and then art. 1 (a last day that is not a
-- werkdag moves to the next werkdag), not for what art. 4 excludes (more than 90
-- days, 12 weeks, 3 months; years), nor backward terms. The end is 23:59:59.999999 on
-- that day in Amsterdam. eenheid is the canonical Dutch unit of wlz.termijn.
CREATE FUNCTION bench.termijn_einde_b(begin date, aantal integer, eenheid text, atw boolean)
RETURNS timestamptz
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    laatste  date;
    verlengd boolean := false;   -- does the ATW apply at all
    art2     boolean := false;
BEGIN
    IF eenheid IN ('kalenderdag', 'kalenderdagen') THEN
        laatste := begin + aantal;
        verlengd := aantal BETWEEN 1 AND 90;
        art2 := aantal >= 3;
    ELSIF eenheid IN ('week', 'weken') THEN
        laatste := begin + 7 * aantal;
        verlengd := aantal BETWEEN 1 AND 12;
        art2 := true;
    ELSIF eenheid IN ('maand', 'maanden') THEN
        laatste := (begin + make_interval(months => aantal))::date;
        verlengd := aantal BETWEEN 1 AND 3;
        art2 := true;
    ELSIF eenheid = 'jaar' THEN
        laatste := (begin + make_interval(years => aantal))::date;
    ELSIF eenheid IN ('werkdag', 'werkdagen') THEN
        SELECT p.resultaat INTO STRICT laatste
        FROM (SELECT CASE WHEN aantal = 0 THEN k.datum ELSE w.datum END AS resultaat
              FROM bench.kalender AS k
              LEFT JOIN bench.kalender AS w
                ON aantal <> 0 AND w.werkdag
               AND w.rang = CASE WHEN aantal > 0 THEN k.rang + aantal
                                 ELSE k.rang - k.werkdag::integer + aantal + 1 END
              WHERE k.datum = begin) AS p;
    ELSE
        RAISE EXCEPTION 'unit % is not supported from a date', eenheid USING ERRCODE = '22023';
    END IF;

    IF atw AND verlengd THEN
        IF art2 AND (SELECT count(*) FROM bench.kalender AS k
                     WHERE k.datum > begin AND k.datum <= laatste AND k.werkdag) < 2 THEN
            SELECT k.datum INTO laatste FROM bench.kalender AS k
            WHERE k.datum > begin AND k.werkdag ORDER BY k.datum OFFSET 1 LIMIT 1;
        END IF;
        IF NOT (SELECT k.werkdag FROM bench.kalender AS k WHERE k.datum = laatste) THEN
            SELECT min(k.datum) INTO laatste FROM bench.kalender AS k
            WHERE k.datum > laatste AND k.werkdag;
        END IF;
    END IF;

    RETURN (laatste + time '23:59:59.999999') AT TIME ZONE 'Europe/Amsterdam';
END
$$;

-- ---------------------------------------------------------------------------
-- Tariffs
-- ---------------------------------------------------------------------------

-- The error of tarief_b. IMMUTABLE (it only raises), so that tarief_b below, whose
-- body then contains nothing but immutable functions, is inlined by the planner.
CREATE FUNCTION bench.fout_percentage(percentage numeric) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'tariff percentage % is out of range', percentage USING ERRCODE = '22023';
END
$$;

-- tarief(nza_tarief, percentage): round(nza_tarief x percentage / 100, 2), with the
-- check that the percentage lies in 0-100. Multiplying by 0.01 keeps the product
-- exact, as wlz.tarief does. A scalar SQL function that the planner inlines, so it
-- costs what the expression costs: for that it has no SET (names are
-- schema-qualified instead) and is not STRICT (the planner inlines a strict function
-- only when the body is strict too; a NULL argument gives NULL here all the same).
CREATE FUNCTION bench.tarief_b(nza_tarief numeric, percentage numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN percentage < 0 OR percentage > 100
                THEN bench.fout_percentage(percentage)
                ELSE pg_catalog.round(nza_tarief * percentage * 0.01, 2) END
$$;

-- tariefpercentage(...): the rule engine in PL/pgSQL. Start at the RT%, walk the
-- zorgkantoor's rules for the year and sector in (volgorde, id) order, apply those
-- whose scope matches (a prestatie known in wlz.prestatie fills in zorgprofiel and
-- leveringsvorm; a historical percentage is the kenmerk 'historisch'), only the first
-- of a groep, stop after an eindregel, keep the result within 0-100.
CREATE FUNCTION bench.tariefpercentage_b(
    p_zorgkantoor text, p_sector wlz.sector, p_jaar integer,
    p_prestatie text DEFAULT NULL, p_zorgprofiel text DEFAULT NULL,
    p_leveringsvorm wlz.leveringsvorm DEFAULT NULL,
    p_klasse wlz.aanbiederklasse DEFAULT 'bestaand',
    p_historisch numeric DEFAULT NULL, p_kenmerken text[] DEFAULT '{}')
RETURNS numeric
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    rt       numeric;
    v        numeric;
    profiel  text := wlz.zorgprofiel(p_zorgprofiel);
    vorm     wlz.leveringsvorm := p_leveringsvorm;
    kenmerk  text[] := coalesce(p_kenmerken, '{}');
    gebruikt text[] := '{}';
    p        record;
    r        record;
BEGIN
    IF p_zorgkantoor IS NULL OR p_sector IS NULL OR p_jaar IS NULL THEN
        RAISE EXCEPTION 'zorgkantoor, sector and jaar are required' USING ERRCODE = '22004';
    END IF;
    IF NOT EXISTS (SELECT FROM wlz.zorgkantoor AS z WHERE z.code = p_zorgkantoor) THEN
        RAISE EXCEPTION 'zorgkantoor "%" does not exist', p_zorgkantoor USING ERRCODE = 'P0002';
    END IF;
    SELECT t.percentage INTO rt FROM wlz.richttarief AS t
    WHERE t.sector = p_sector AND t.jaar = p_jaar;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no richttariefpercentage for sector % in %', p_sector, p_jaar
            USING ERRCODE = 'P0002';
    END IF;
    IF p_historisch IS NOT NULL THEN
        IF p_historisch < 0 OR p_historisch > 100 OR p_historisch = 'NaN' THEN
            RAISE EXCEPTION 'historical tariff percentage % is out of range', p_historisch
                USING ERRCODE = '22023';
        END IF;
        kenmerk := kenmerk || 'historisch'::text;
    END IF;
    IF p_prestatie IS NOT NULL AND (profiel IS NULL OR vorm IS NULL) THEN
        SELECT x.zorgprofiel, x.leveringsvorm INTO p FROM wlz.prestatie AS x
        WHERE x.code = p_prestatie;
        IF FOUND THEN
            profiel := coalesce(profiel, wlz.zorgprofiel(p.zorgprofiel));
            vorm := coalesce(vorm, p.leveringsvorm);
        END IF;
    END IF;

    v := rt;
    FOR r IN
        SELECT t.bewerking, t.waarde, t.eindregel, t.groep, t.klassen, t.leveringsvormen,
               wlz.zorgprofiel(t.zorgprofielen) AS zorgprofielen, t.prestaties, t.kenmerk
        FROM wlz.tariefregel AS t
        WHERE t.zorgkantoor = p_zorgkantoor AND t.jaar = p_jaar
          AND (t.sector IS NULL OR t.sector = p_sector)
        ORDER BY t.volgorde, t.id
    LOOP
        CONTINUE WHEN r.klassen IS NOT NULL AND NOT coalesce(p_klasse = ANY (r.klassen), false);
        CONTINUE WHEN r.leveringsvormen IS NOT NULL AND NOT coalesce(vorm = ANY (r.leveringsvormen), false);
        CONTINUE WHEN r.zorgprofielen IS NOT NULL AND NOT coalesce(profiel = ANY (r.zorgprofielen), false);
        CONTINUE WHEN r.prestaties IS NOT NULL AND NOT coalesce(p_prestatie = ANY (r.prestaties), false);
        CONTINUE WHEN r.kenmerk IS NOT NULL AND NOT coalesce(r.kenmerk = ANY (kenmerk), false);
        CONTINUE WHEN r.bewerking = 'historisch' AND p_historisch IS NULL;
        IF r.groep IS NOT NULL THEN
            CONTINUE WHEN r.groep = ANY (gebruikt);
            gebruikt := gebruikt || r.groep;
        END IF;
        v := CASE r.bewerking
                 WHEN 'richttarief' THEN rt
                 WHEN 'vast' THEN r.waarde
                 WHEN 'historisch' THEN p_historisch
                 WHEN 'opslag' THEN v + r.waarde
                 WHEN 'afslag' THEN v - r.waarde
                 WHEN 'factor' THEN v * (r.waarde * 0.01)
                 WHEN 'maximum' THEN least(v, coalesce(r.waarde, rt))
                 WHEN 'minimum' THEN greatest(v, coalesce(r.waarde, rt))
             END;
        EXIT WHEN r.eindregel;
    END LOOP;
    RETURN least(greatest(v, 0), 100);
END
$$;

-- ---------------------------------------------------------------------------
-- The richttarief model: window sums over the distinct kostenpercentages
-- ---------------------------------------------------------------------------

-- Per sector the smallest kostenpercentage p with at least 75 % of the providers by
-- count and at least 75 % of the market share at or below p.
CREATE VIEW bench.richttariefpercentage_b AS
SELECT sector, min(kostenpercentage) AS richttariefpercentage
FROM (SELECT sector, kostenpercentage,
             sum(n) OVER cum AS n_cum, sum(n) OVER alle AS n_tot,
             sum(m) OVER cum AS m_cum, sum(m) OVER alle AS m_tot
      FROM (SELECT sector, kostenpercentage, count(*) AS n, sum(marktaandeel) AS m
            FROM bench.aanbieder
            WHERE kostenpercentage IS NOT NULL AND marktaandeel IS NOT NULL
            GROUP BY sector, kostenpercentage) AS g
      WINDOW cum AS (PARTITION BY sector ORDER BY kostenpercentage),
             alle AS (PARTITION BY sector)) AS c
WHERE n_cum >= 0.75 * n_tot AND m_cum >= 0.75 * m_tot
GROUP BY sector;

-- ---------------------------------------------------------------------------
-- The classification: range_agg per provider and zorgkantoor
-- ---------------------------------------------------------------------------

-- aanbiederklasse(zorgkantoor, peildatum, referentiejaar) per provider of
-- bench.overeenkomst: bestaand when a contract with this zorgkantoor contains the
-- peildatum; bestaand-maar-nieuw when for one other zorgkantoor the union of its
-- contracts (range_agg merges those that overlap or meet) contains every day from
-- 1 January of the referentiejaar (or the peildatum, if earlier) to 31 December (or
-- the peildatum, if later); nieuw otherwise. An inlined SQL function.
CREATE FUNCTION bench.aanbiederklasse_b(zorgkantoor text, peildatum date, referentiejaar integer)
RETURNS TABLE (agb integer, klasse wlz.aanbiederklasse)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT p.agb,
           CASE WHEN pg_catalog.bool_or(p.zorgkantoor = $1 AND p.op_peildatum) THEN 'bestaand'
                WHEN pg_catalog.bool_or(p.zorgkantoor <> $1 AND p.dekt) THEN 'bestaand-maar-nieuw'
                ELSE 'nieuw' END::wlz.aanbiederklasse
    FROM (SELECT o.agb, o.zorgkantoor,
                 pg_catalog.bool_or(o.looptijd OPERATOR(pg_catalog.@>) $2) AS op_peildatum,
                 pg_catalog.range_agg(o.looptijd) OPERATOR(pg_catalog.@>)
                   pg_catalog.daterange(LEAST(pg_catalog.make_date($3, 1, 1), $2),
                                        GREATEST(pg_catalog.make_date($3 + 1, 1, 1), $2 + 1)) AS dekt
          FROM bench.overeenkomst AS o
          GROUP BY o.agb, o.zorgkantoor) AS p
    GROUP BY p.agb
$$;
