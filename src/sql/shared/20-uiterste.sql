-- wlz.uiterste: follow na_stap until a fixed moment, then apply the terms on
-- the way back. Every lookup prefers, in this order: the zorgkantoor's own row
-- over the national one, the row for the sector over the all-sector row, a
-- user row over a shipped one. The referenced step is looked up the same way,
-- so a zorgkantoor's own publication date moves the terms that hang on it.
-- A call without sector takes the all-sector row; where only sector rows
-- exist it takes them when they are of one sector, and then stays in that
-- sector; rows of several sectors make the call ambiguous (P0002).
--
-- A chain may also end in an event: a row without uiterst and na_stap, a
-- moment that only the caller knows (a request of the zorgkantoor, a notice
-- of the provider, the start of its contract). wlz.uiterste then raises P0002
-- with a hint; wlz.uiterste_na takes that moment and applies the terms from
-- it. A chain has exactly one end, so one moment is all it ever needs.
--
-- wlz.uiterste_keten does the walking for both: the steps from the one asked
-- for to the end of the chain, the terms between them, and the fixed moment
-- at the end (NULL when the end is an event).
CREATE OR REPLACE FUNCTION wlz.uiterste_keten(zorgkantoor text, inkoopjaar integer, stap text,
                                   sector wlz.sector, aanroep text,
                                   OUT stappen text[], OUT termijnen wlz.termijn[],
                                   OUT atws boolean[], OUT uiterst timestamptz)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $keten$
DECLARE
    zk          text := uiterste_keten.zorgkantoor;
    jaar        integer := uiterste_keten.inkoopjaar;
    huidig      text := uiterste_keten.stap;
    sec         wlz.sector := uiterste_keten.sector;
    r           record;
    ids         integer[] := '{}';
    sectoren    wlz.sector[];
    wie         text;
    tip         text;
BEGIN
    stappen := '{}';
    termijnen := '{}';
    atws := '{}';
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
                          HINT = CASE WHEN aanroep = 'wlz.uiterste_na'
                                      THEN format('Pass the sector, e.g. wlz.uiterste_na(%L, %s, %L, <moment>, %L).',
                                                  zk, jaar, uiterste_keten.stap, sectoren[1])
                                      ELSE format('Pass the sector, e.g. wlz.uiterste(%L, %s, %L, %L).',
                                                  zk, jaar, uiterste_keten.stap, sectoren[1]) END;
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

    uiterst := r.uiterst;
END
$keten$;
COMMENT ON FUNCTION wlz.uiterste_keten(text, integer, text, wlz.sector, text) IS
  'intern, voor wlz.uiterste en wlz.uiterste_na: de keten van een stap naar het vaste moment of de gebeurtenis waarop hij volgt (stappen, de termijnen en atw ertussen, uiterst NULL bij een gebeurtenis); aanroep is de functienaam voor de hints; fouten zoals wlz.uiterste';

CREATE OR REPLACE FUNCTION wlz.uiterste(zorgkantoor text, inkoopjaar integer, stap text,
                             sector wlz.sector DEFAULT NULL)
RETURNS timestamptz
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $uiterste$
DECLARE
    k           record;
    n           integer;
    moment      timestamptz;
    i           integer;
BEGIN
    IF uiterste.inkoopjaar IS NULL OR uiterste.stap IS NULL THEN
        RETURN NULL;
    END IF;
    k := wlz.uiterste_keten(uiterste.zorgkantoor, uiterste.inkoopjaar, uiterste.stap, uiterste.sector,
                            'wlz.uiterste');
    n := cardinality(k.stappen);
    IF k.uiterst IS NULL THEN
        -- the chain ends in an event: only the caller knows its moment
        IF n = 1 THEN
            RAISE EXCEPTION 'step "%" is an event that wlz.termijnkalender does not date', uiterste.stap
                USING ERRCODE = 'P0002',
                      DETAIL = 'A row without uiterst and na_stap is a moment that only you know, such as a request, a notice or the start of a contract.',
                      HINT = format('Steps that follow it resolve with wlz.uiterste_na(%L, %s, <step>, <moment of %s>%s).',
                                    uiterste.zorgkantoor, uiterste.inkoopjaar, uiterste.stap,
                                    CASE WHEN uiterste.sector IS NOT NULL THEN format(', %L', uiterste.sector) ELSE '' END);
        END IF;
        RAISE EXCEPTION 'step "%" runs from event "%", which wlz.termijnkalender does not date',
                        uiterste.stap, k.stappen[n]
            USING ERRCODE = 'P0002',
                  DETAIL = format('The steps refer to each other as %s; "%s" is a moment that only you know.',
                                  array_to_string(k.stappen, ' -> '), k.stappen[n]),
                  HINT = format('Pass the moment of "%s" (a timestamptz, or a date): wlz.uiterste_na(%L, %s, %L, <moment of %s>%s).',
                                k.stappen[n], uiterste.zorgkantoor, uiterste.inkoopjaar, uiterste.stap,
                                k.stappen[n],
                                CASE WHEN uiterste.sector IS NOT NULL THEN format(', %L', uiterste.sector) ELSE '' END);
    END IF;

    moment := k.uiterst;
    FOR i IN REVERSE n - 1 .. 1 LOOP
        moment := wlz.termijn_einde(moment, k.termijnen[i], k.atws[i]);
    END LOOP;
    RETURN moment;
END
$uiterste$;
COMMENT ON FUNCTION wlz.uiterste(text, integer, text, wlz.sector) IS
  'uiterste moment van een stap uit wlz.termijnkalender: een vaste rij geeft uiterst, een relatieve rij wlz.termijn_einde(uiterste van na_stap, termijn, atw); eigen zorgkantoor gaat voor landelijk (zorgkantoor NULL), sector voor alle sectoren, eigen rij voor meegeleverde; zonder sector de rij voor alle sectoren (of die van de enige sector die de stap heeft); onbekende stap P0002, kringverwijzing 42P17, een stap die op een gebeurtenis volgt P0002 (gebruik wlz.uiterste_na)';

-- wlz.uiterste_na: the same for a step that runs from an event, from the
-- moment the caller gives. A date is the day of the event: the first term
-- runs from the end of that day (hours on a date: 22023), as
-- wlz.termijn_einde(date, ...) does. NULL inkoopjaar, stap or gebeurtenis
-- gives NULL (no event yet, no deadline). A step whose chain ends in a fixed
-- moment has no event to pass: 22023.
CREATE OR REPLACE FUNCTION wlz.uiterste_na(zorgkantoor text, inkoopjaar integer, stap text,
                                gebeurtenis timestamptz, sector wlz.sector DEFAULT NULL)
RETURNS timestamptz
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $uiterste_na$
DECLARE
    k           record;
    n           integer;
    moment      timestamptz;
    i           integer;
BEGIN
    IF uiterste_na.inkoopjaar IS NULL OR uiterste_na.stap IS NULL OR uiterste_na.gebeurtenis IS NULL THEN
        RETURN NULL;
    END IF;
    k := wlz.uiterste_keten(uiterste_na.zorgkantoor, uiterste_na.inkoopjaar, uiterste_na.stap,
                            uiterste_na.sector, 'wlz.uiterste_na');
    n := cardinality(k.stappen);
    IF k.uiterst IS NOT NULL THEN
        RAISE EXCEPTION 'step "%" does not run from an event', uiterste_na.stap
            USING ERRCODE = '22023',
                  DETAIL = CASE WHEN n = 1
                                THEN format('Step "%s" has a fixed moment in wlz.termijnkalender.', k.stappen[1])
                                ELSE format('The steps refer to each other as %s, and "%s" has a fixed moment in wlz.termijnkalender.',
                                            array_to_string(k.stappen, ' -> '), k.stappen[n]) END,
                  HINT = format('Use wlz.uiterste(%L, %s, %L%s).',
                                uiterste_na.zorgkantoor, uiterste_na.inkoopjaar, uiterste_na.stap,
                                CASE WHEN uiterste_na.sector IS NOT NULL THEN format(', %L', uiterste_na.sector) ELSE '' END);
    END IF;

    moment := uiterste_na.gebeurtenis;
    FOR i IN REVERSE n - 1 .. 1 LOOP
        moment := wlz.termijn_einde(moment, k.termijnen[i], k.atws[i]);
    END LOOP;
    RETURN moment;
END
$uiterste_na$;
COMMENT ON FUNCTION wlz.uiterste_na(text, integer, text, timestamptz, wlz.sector) IS
  'uiterste moment van een stap uit wlz.termijnkalender die volgt op een gebeurtenis (een rij zonder uiterst en na_stap: een verzoek, een melding, de ingangsdatum van een overeenkomst), gerekend vanaf gebeurtenis, het moment dat alleen de gebruiker kent; verder als wlz.uiterste; NULL gebeurtenis geeft NULL, een stap met een vast moment aan het eind van de keten 22023';

CREATE OR REPLACE FUNCTION wlz.uiterste_na(zorgkantoor text, inkoopjaar integer, stap text,
                                gebeurtenis date, sector wlz.sector DEFAULT NULL)
RETURNS timestamptz
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $uiterste_na$
DECLARE
    k           record;
    n           integer;
    moment      timestamptz;
    i           integer;
BEGIN
    IF uiterste_na.inkoopjaar IS NULL OR uiterste_na.stap IS NULL OR uiterste_na.gebeurtenis IS NULL THEN
        RETURN NULL;
    END IF;
    k := wlz.uiterste_keten(uiterste_na.zorgkantoor, uiterste_na.inkoopjaar, uiterste_na.stap,
                            uiterste_na.sector, 'wlz.uiterste_na');
    n := cardinality(k.stappen);
    IF k.uiterst IS NOT NULL THEN
        RAISE EXCEPTION 'step "%" does not run from an event', uiterste_na.stap
            USING ERRCODE = '22023',
                  DETAIL = CASE WHEN n = 1
                                THEN format('Step "%s" has a fixed moment in wlz.termijnkalender.', k.stappen[1])
                                ELSE format('The steps refer to each other as %s, and "%s" has a fixed moment in wlz.termijnkalender.',
                                            array_to_string(k.stappen, ' -> '), k.stappen[n]) END,
                  HINT = format('Use wlz.uiterste(%L, %s, %L%s).',
                                uiterste_na.zorgkantoor, uiterste_na.inkoopjaar, uiterste_na.stap,
                                CASE WHEN uiterste_na.sector IS NOT NULL THEN format(', %L', uiterste_na.sector) ELSE '' END);
    END IF;

    IF n = 1 THEN
        RETURN wlz.einde_dag(uiterste_na.gebeurtenis);
    END IF;
    moment := wlz.termijn_einde(uiterste_na.gebeurtenis, k.termijnen[n - 1], k.atws[n - 1]);
    FOR i IN REVERSE n - 2 .. 1 LOOP
        moment := wlz.termijn_einde(moment, k.termijnen[i], k.atws[i]);
    END LOOP;
    RETURN moment;
END
$uiterste_na$;
COMMENT ON FUNCTION wlz.uiterste_na(text, integer, text, date, wlz.sector) IS
  'als wlz.uiterste_na met een tijdstip, met de dag van de gebeurtenis: de eerste termijn loopt vanaf het einde van die dag (uren op een datum: 22023), de gebeurtenis zelf geeft het einde van die dag';
