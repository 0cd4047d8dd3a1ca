-- test/nachtrun/tarief_maand.sql: what a zorgkantoor runs at night, as an
-- example (README "A nightly run: a stored procedure"); not part of the
-- extension.  It reads the declarations table of README's examples
-- (test/readme/tabellen.sql): declaratie(id, zorgkantoor, sector, jaar, maand,
-- prestatie, leveringsvorm, klasse, zorg, nhc, nic).
--
--   psql -X -v ON_ERROR_STOP=1 -d <database> -f test/nachtrun/tarief_maand.sql
--   psql -X -d <database> -c "CALL tarief_maand(date '2026-03-01')"
--
-- tarief_maand(maand, batch) computes the tariff of every declaration line of
-- that month (wlz.tariefpercentage and wlz.tarief) into declaratie_tarief, one
-- row per line, in batches of `batch` lines in declaration id order, with a
-- COMMIT after each batch and a NOTICE that says how far it is.
--
-- Restartable.  A failure (a line whose year has no RT%, the server
-- restarting, someone ending the session) rolls back only the batch it was
-- in; the batches before it are committed.  Calling it again skips the lines
-- that have a result and goes on with the rest: the batches are chosen among
-- the lines without a row in declaratie_tarief.  declaratie_id is the primary
-- key, and the INSERT says ON CONFLICT DO NOTHING, so no line gets two rows,
-- also not when two runs overlap (they then only do work twice).  A run over
-- a month that is done changes nothing.
--
-- A procedure with a SET clause cannot COMMIT, so this one has no
-- SET search_path and names the extension's functions in full.  Declaration
-- controls, once the extension has them, belong in the same INSERT.
--
-- For large months, an index on declaratie (maand, id) lets each batch start
-- where the previous one ended.

CREATE TABLE IF NOT EXISTS declaratie_tarief (
    declaratie_id bigint PRIMARY KEY REFERENCES declaratie (id),
    maand         date NOT NULL,
    percentage    numeric NOT NULL,
    bedrag        numeric NOT NULL,
    berekend_op   timestamptz NOT NULL DEFAULT now()   -- the start of the batch's transaction
);
COMMENT ON TABLE declaratie_tarief IS
    'tariff per declaration line, by the procedure tarief_maand (test/nachtrun/tarief_maand.sql)';

CREATE OR REPLACE PROCEDURE tarief_maand(p_maand date, p_batch integer DEFAULT 10000)
LANGUAGE plpgsql
AS $$
DECLARE
    v_maand   date := date_trunc('month', p_maand)::date;
    v_na      bigint := 0;       -- the batches of this run: lines with an id above this one
    v_tot     bigint;            -- the last line of the batch at hand
    v_nieuw   bigint;
    v_klaar   bigint;
    v_totaal  bigint;
    v_batches integer := 0;
    v_start   timestamptz := clock_timestamp();
BEGIN
    IF p_maand IS NULL OR p_batch IS NULL OR p_batch < 1 THEN
        RAISE EXCEPTION 'tarief_maand(%, %): a month and a batch size of at least 1, please', p_maand, p_batch
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT count(*) INTO v_totaal FROM declaratie WHERE maand = v_maand;
    SELECT count(*) INTO v_klaar
    FROM declaratie_tarief t JOIN declaratie d ON d.id = t.declaratie_id
    WHERE d.maand = v_maand;
    RAISE NOTICE 'tarief_maand %: % regels, % al berekend', to_char(v_maand, 'YYYY-MM'), v_totaal, v_klaar;

    LOOP
        -- the next batch: the first p_batch lines of the month without a result
        SELECT max(id) INTO v_tot
        FROM (SELECT d.id FROM declaratie d
              WHERE d.maand = v_maand AND d.id > v_na
                AND NOT EXISTS (SELECT FROM declaratie_tarief t WHERE t.declaratie_id = d.id)
              ORDER BY d.id
              LIMIT p_batch) b;
        EXIT WHEN v_tot IS NULL;

        INSERT INTO declaratie_tarief (declaratie_id, maand, percentage, bedrag)
        SELECT d.id, d.maand, p.pct, wlz.tarief(d.zorg, d.nhc, d.nic, p.pct)
        FROM declaratie d
        CROSS JOIN LATERAL (SELECT wlz.tariefpercentage(d.zorgkantoor, d.sector, d.jaar,
                                                        prestatie => d.prestatie,
                                                        leveringsvorm => d.leveringsvorm,
                                                        klasse => d.klasse) AS pct) p
        WHERE d.maand = v_maand AND d.id > v_na AND d.id <= v_tot
          AND NOT EXISTS (SELECT FROM declaratie_tarief t WHERE t.declaratie_id = d.id)
        ON CONFLICT (declaratie_id) DO NOTHING;
        GET DIAGNOSTICS v_nieuw = ROW_COUNT;
        COMMIT;

        v_na := v_tot;
        v_batches := v_batches + 1;
        v_klaar := v_klaar + v_nieuw;
        RAISE NOTICE 'batch %: % regels t/m declaratie %, % van % klaar', v_batches, v_nieuw, v_tot, v_klaar, v_totaal;
    END LOOP;

    RAISE NOTICE 'tarief_maand %: klaar, % batches in % s', to_char(v_maand, 'YYYY-MM'), v_batches,
        round(extract(epoch FROM clock_timestamp() - v_start), 1);
END
$$;
COMMENT ON PROCEDURE tarief_maand(date, integer) IS
    'the tariff of every declaration line of a month into declaratie_tarief, in batches with COMMIT; restartable '
    '(test/nachtrun/tarief_maand.sql)';
