-- wlz.uiterste: follow na_stap until a fixed moment, then apply the terms on
-- the way back. Every lookup prefers, in this order: the zorgkantoor's own row
-- over the national one, the row for the sector over the all-sector row, a
-- user row over a shipped one. The referenced step is looked up the same way,
-- so a zorgkantoor's own publication date moves the terms that hang on it.
-- A call without sector takes the all-sector row; where only sector rows
-- exist it takes them when they are of one sector, and then stays in that
-- sector; rows of several sectors make the call ambiguous (P0002).
CREATE OR REPLACE FUNCTION wlz.uiterste(zorgkantoor text, inkoopjaar integer, stap text,
                             sector wlz.sector DEFAULT NULL)
RETURNS timestamptz
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $uiterste$
DECLARE
    zk          text := uiterste.zorgkantoor;
    jaar        integer := uiterste.inkoopjaar;
    huidig      text := uiterste.stap;
    sec         wlz.sector := uiterste.sector;
    r           record;
    ids         integer[] := '{}';
    stappen     text[] := '{}';
    termijnen   wlz.termijn[] := '{}';
    atws        boolean[] := '{}';
    sectoren    wlz.sector[];
    wie         text;
    tip         text;
    moment      timestamptz;
    i           integer;
BEGIN
    IF jaar IS NULL OR huidig IS NULL THEN
        RETURN NULL;
    END IF;
    IF zk IS NOT NULL AND NOT EXISTS (SELECT FROM wlz.zorgkantoor_geldend z WHERE z.code = zk) THEN
        RAISE EXCEPTION 'zorgkantoor "%" does not exist', zk
            USING ERRCODE = 'P0002',
                  HINT = format('Use a code from wlz.zorgkantoor (%s), or NULL for the national (ZN) steps.',
                                (SELECT string_agg(z.code, ', ' ORDER BY z.code) FROM wlz.zorgkantoor_geldend z));
    END IF;
    wie := CASE WHEN zk IS NULL THEN 'the national (ZN) steps'
                ELSE format('zorgkantoor "%s"', zk) END;

    LOOP
        SELECT t.id, t.zorgkantoor, t.sector, t.uiterst, t.na_stap, t.termijn, t.atw
          INTO r
          FROM wlz.termijnkalender_geldend t
         WHERE t.inkoopjaar = jaar
           AND t.stap = huidig
           AND (t.zorgkantoor = zk OR t.zorgkantoor IS NULL)
           AND (t.sector = sec OR t.sector IS NULL OR sec IS NULL)
         ORDER BY t.zorgkantoor IS NULL, t.sector IS DISTINCT FROM sec, t.meegeleverd, t.sector
         LIMIT 1;

        IF NOT FOUND THEN
            SELECT array_agg(DISTINCT t.sector) INTO sectoren
              FROM wlz.termijnkalender_geldend t
             WHERE t.inkoopjaar = jaar AND t.stap = huidig
               AND (t.zorgkantoor = zk OR t.zorgkantoor IS NULL);
            IF cardinality(ids) = 0 THEN
                SELECT format('Steps for %s in inkoopjaar %s%s: %s.', wie, jaar,
                              CASE WHEN sec IS NOT NULL THEN format(' and sector %s', sec) ELSE '' END,
                              string_agg(DISTINCT t.stap, ', ' ORDER BY t.stap))
                  INTO tip
                  FROM wlz.termijnkalender_geldend t
                 WHERE t.inkoopjaar = jaar
                   AND (t.zorgkantoor = zk OR t.zorgkantoor IS NULL)
                   AND (t.sector = sec OR t.sector IS NULL OR sec IS NULL)
                HAVING count(*) > 0;
                IF tip IS NULL AND sec IS NOT NULL THEN
                    SELECT format('wlz.termijnkalender has no steps for %s in inkoopjaar %s and sector %s; it has steps for sector %s.',
                                  wie, jaar, sec, array_to_string(array_agg(DISTINCT t.sector), ', '))
                      INTO tip
                      FROM wlz.termijnkalender_geldend t
                     WHERE t.inkoopjaar = jaar
                       AND (t.zorgkantoor = zk OR t.zorgkantoor IS NULL)
                    HAVING count(*) > 0;
                END IF;
                IF tip IS NULL THEN
                    SELECT format('wlz.termijnkalender has no steps for %s in inkoopjaar %s%s.', wie, jaar,
                                  CASE WHEN count(*) > 0
                                       THEN format('; it has steps for inkoopjaar %s',
                                                   string_agg(DISTINCT t.inkoopjaar::text, ', ' ORDER BY t.inkoopjaar::text))
                                       ELSE '' END)
                      INTO tip
                      FROM wlz.termijnkalender_geldend t
                     WHERE t.zorgkantoor = zk OR t.zorgkantoor IS NULL;
                END IF;
                IF sectoren IS NOT NULL THEN
                    RAISE EXCEPTION 'step "%" does not exist for % in inkoopjaar % and sector %',
                                    huidig, wie, jaar, sec
                        USING ERRCODE = 'P0002',
                              DETAIL = format('The step exists only for sector %s.',
                                              array_to_string(sectoren, ', ')),
                              HINT = tip;
                END IF;
                RAISE EXCEPTION 'step "%" does not exist for % in inkoopjaar %', huidig, wie, jaar
                    USING ERRCODE = 'P0002', HINT = tip;
            END IF;
            RAISE EXCEPTION 'step "%" refers to step "%", which does not exist for % in inkoopjaar %',
                            stappen[cardinality(stappen)], huidig, wie, jaar
                USING ERRCODE = 'P0002',
                      DETAIL = format('The steps refer to each other as %s -> %s.',
                                      array_to_string(stappen, ' -> '), huidig),
                      HINT = format('Add a row for step "%s" with its moment in uiterst, or compute the term from a moment you know with wlz.termijn_einde(moment, %L).',
                                    huidig, termijnen[cardinality(termijnen)]::text);
        END IF;

        IF r.id = ANY (ids) THEN
            RAISE EXCEPTION 'cycle in wlz.termijnkalender at step "%" for % in inkoopjaar %', huidig, wie, jaar
                USING ERRCODE = '42P17',
                      DETAIL = format('The steps refer to each other as %s -> %s.',
                                      array_to_string(stappen, ' -> '), huidig),
                      HINT = 'Give one of these steps a fixed moment (uiterst) instead of na_stap and termijn.';
        END IF;

        -- Without a sector the all-sector row is wanted; sector rows of one
        -- sector will do, rows of several sectors make the call ambiguous.
        IF sec IS NULL AND r.sector IS NOT NULL THEN
            SELECT array_agg(DISTINCT t.sector) INTO sectoren
              FROM wlz.termijnkalender_geldend t
             WHERE t.inkoopjaar = jaar AND t.stap = huidig
               AND t.zorgkantoor IS NOT DISTINCT FROM r.zorgkantoor;
            IF cardinality(sectoren) > 1 THEN
                RAISE EXCEPTION 'step "%" for % in inkoopjaar % has no row for all sectors', huidig, wie, jaar
                    USING ERRCODE = 'P0002',
                          DETAIL = format('The step exists for sectors %s.', array_to_string(sectoren, ', ')),
                          HINT = format('Pass the sector, e.g. wlz.uiterste(%L, %s, %L, %L).',
                                        zk, jaar, uiterste.stap, sectoren[1]);
            END IF;
            sec := r.sector;
        END IF;

        ids := ids || r.id;
        stappen := stappen || huidig;
        EXIT WHEN r.na_stap IS NULL;
        termijnen := termijnen || r.termijn;
        atws := atws || r.atw;
        huidig := r.na_stap;
    END LOOP;

    moment := r.uiterst;
    FOR i IN REVERSE cardinality(termijnen) .. 1 LOOP
        moment := wlz.termijn_einde(moment, termijnen[i], atws[i]);
    END LOOP;
    RETURN moment;
END
$uiterste$;
COMMENT ON FUNCTION wlz.uiterste(text, integer, text, wlz.sector) IS
  'uiterste moment van een stap uit wlz.termijnkalender: een vaste rij geeft uiterst, een relatieve rij wlz.termijn_einde(uiterste van na_stap, termijn, atw); eigen zorgkantoor gaat voor landelijk (zorgkantoor NULL), sector voor alle sectoren, eigen rij voor meegeleverde; zonder sector de rij voor alle sectoren (of die van de enige sector die de stap heeft); onbekende stap P0002, kringverwijzing 42P17';
