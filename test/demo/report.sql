-- test/demo/report.sql: the analyst's report over the demo data set
-- (test/demo/data.sql), inkoopjaar 2026, gehandicaptenzorg.
--
--   psql -X -v ON_ERROR_STOP=1 -f test/demo/report.sql    after data.sql, in the same database
--
-- Four parts, each the query an analyst at a zorgkantoor would write, and each
-- printing the question it answers ("Vraag: ..."):
--   (a) klassen    providers per class and contractvorm per zorgkantoor
--                  (wlz.klassificatie over each inschrijving's contracts)
--   (b) termijnen  late inschrijvingen, bezwaren and toelichtingen per step,
--                  against wlz.uiterste / wlz.termijn_einde, with a legend of
--                  every column
--   (c) tarieven   tariff percentages per zorgkantoor, prestatie group and class,
--                  and one wlz.tariefpercentage_uitleg in full
--   (d) waarde     contract values January-June 2026 and the year extrapolated:
--                  declarations x NZa tariff x percentage, NHC and NIC at 100 %;
--                  euro amounts with a space between thousands
-- It creates only temporary objects.  Whatever tariff policy wlz.tariefregel
-- holds is used; without rules for 2026 every percentage is the RT%.

\set ON_ERROR_STOP on
\pset footer off
\pset null ''
SET client_min_messages = warning;
-- Moments are shown on the Amsterdam clock; the computations do not depend on it.
SET TimeZone = 'Europe/Amsterdam';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';

\set inkoopjaar 2026
\set referentiejaar 2025

-- A whole-euro amount with a space between thousands (1 234 567), right-aligned
-- in a column as wide as its header (psql aligns text to the left).
CREATE FUNCTION pg_temp.euro(bedrag numeric, kop text) RETURNS text
LANGUAGE sql IMMUTABLE
RETURN lpad(replace(to_char(round(bedrag), 'FM999,999,999,999,990'), ',', ' '), greatest(length(kop), 13));

\echo
\echo '================================================================================'
\echo ' wlzcontract demo: inkoopjaar' :inkoopjaar '- gehandicaptenzorg - synthetische gegevens'
\echo '================================================================================'
SELECT (SELECT count(*) FROM demo.aanbieder) AS aanbieders,
       (SELECT count(*) FROM demo.overeenkomst) AS overeenkomsten,
       (SELECT count(*) FROM demo.inschrijving) AS inschrijvingen,
       (SELECT count(*) FROM demo.bezwaar) AS "bezwaren en verzoeken",
       (SELECT count(*) FROM demo.declaratie) AS declaratieregels,
       (SELECT percentage FROM wlz.richttarief WHERE sector = 'GZ' AND jaar = :inkoopjaar) AS "RT% GZ 2026",
       (SELECT count(*) FROM wlz.tariefregel_geldend
        WHERE :inkoopjaar BETWEEN jaar AND coalesce(tot_en_met, jaar) AND sector IS DISTINCT FROM 'GGZ')
         AS "tariefregels 2026";

-- ---------------------------------------------------------------------------
-- (a) Klassen.  One group per inschrijving: its provider's contracts (a LEFT
-- JOIN, so a provider without any is one row of NULLs: nieuw), judged on the
-- day of inschrijving against the referentiejaar, with the month of its first
-- declaration for the bestaand-maar-nieuw condition.
CREATE TEMP TABLE klasse AS
SELECT i.id, i.agb, i.zorgkantoor, i.peildatum,
       (wlz.klassificatie(o.zorgkantoor, o.looptijd, i.zorgkantoor, i.peildatum, :referentiejaar,
                          d.sinds)).*
FROM demo.inschrijving i
LEFT JOIN demo.overeenkomst o ON o.agb = i.agb
LEFT JOIN (SELECT agb, min(datum) AS sinds FROM demo.declaratie GROUP BY agb) d ON d.agb = i.agb
WHERE i.inkoopjaar = :inkoopjaar
GROUP BY i.id;

\echo
\echo '== (a) Aanbieders per klasse en contractvorm, per zorgkantoor'
\echo '   Vraag: welke inschrijvers zijn voor elk zorgkantoor bestaand, bestaand-maar-nieuw of nieuw,'
\echo '   en met wat voor overeenkomst zijn de bestaande gecontracteerd?'
\echo '   wlz.klassificatie op de dag van inschrijving, referentiejaar' :referentiejaar
SELECT coalesce(zorgkantoor, 'totaal') AS zorgkantoor,
       count(*) AS inschrijvingen,
       count(*) FILTER (WHERE klasse = 'bestaand') AS bestaand,
       count(*) FILTER (WHERE contractvorm = 'meerjarig') AS "- meerjarig",
       count(*) FILTER (WHERE contractvorm = 'heel-jaar') AS "- heel-jaar",
       count(*) FILTER (WHERE contractvorm = 'deel-jaar') AS "- deel-jaar",
       count(*) FILTER (WHERE klasse = 'bestaand-maar-nieuw') AS "bestaand-maar-nieuw",
       count(*) FILTER (WHERE klasse = 'nieuw') AS nieuw
FROM klasse
GROUP BY ROLLUP (zorgkantoor)
ORDER BY zorgkantoor IS NULL, zorgkantoor;

\echo '   waarom (wlz.klassificatie toelichting), een voorbeeld per klasse en contractvorm bij CZ:'
SELECT DISTINCT ON (klasse, contractvorm) agb, peildatum, klasse, contractvorm, toelichting
FROM klasse
WHERE zorgkantoor = 'cz'
ORDER BY klasse, contractvorm, agb;

-- ---------------------------------------------------------------------------
-- (b) Termijnen.  Every inschrijving and bezwaar against the last moment of
-- its step (wlz.uiterste, the zorgkantoor's own row before the national one).
-- A step without a row for that zorgkantoor has no deadline to judge against.
CREATE FUNCTION pg_temp.uiterste_of_null(zorgkantoor text, inkoopjaar integer, stap text)
RETURNS timestamptz LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN wlz.uiterste(zorgkantoor, inkoopjaar, stap, 'GZ');
EXCEPTION WHEN no_data_found THEN   -- P0002: no such step (or its anchor) in the catalogue
    RETURN NULL;
END $$;

CREATE TEMP TABLE indiening AS
SELECT i.agb, i.zorgkantoor, i.inkoopjaar, 'inschrijving' AS stap, i.ingediend
FROM demo.inschrijving i WHERE i.inkoopjaar = :inkoopjaar
UNION ALL
SELECT b.agb, b.zorgkantoor, b.inkoopjaar, b.stap, b.ingediend
FROM demo.bezwaar b WHERE b.inkoopjaar = :inkoopjaar;

CREATE TEMP TABLE termijn AS
SELECT zorgkantoor, stap, u AS uiterst, (u AT TIME ZONE 'Europe/Amsterdam')::date AS uiterste_dag
FROM (SELECT DISTINCT zorgkantoor, stap FROM indiening) s
CROSS JOIN LATERAL pg_temp.uiterste_of_null(s.zorgkantoor, :inkoopjaar, s.stap) AS u;

\echo
\echo '== (b) Te laat ingediend, per stap en zorgkantoor (wlz.uiterste; wlz.tijdig voor de dag zelf)'
\echo '   Vraag: hoeveel inschrijvingen, bezwaren en verzoeken kwamen na de uiterste termijn binnen,'
\echo '   bij welk zorgkantoor, en hoe nipt?'
\echo '   Kolommen (tijden in Amsterdam):'
\echo '     stap                       de stap in wlz.termijnkalender: inschrijving, bezwaar-..., hardheidsclausule'
\echo '     zorgkantoor                het zorgkantoor waar is ingediend'
\echo '     uiterste                   het laatste moment, wlz.uiterste(zorgkantoor, 2026, stap); 23:59:59 staat voor'
\echo '                                het einde van de dag (23:59:59.999999)'
\echo '     ingediend                  het aantal indieningen voor die stap bij dat zorgkantoor'
\echo '     te laat                    daarvan na het uiterste moment'
\echo '     na het uur, wel op de dag  te laat, maar nog op de dag van de termijn (wlz.tijdig met die dag): alleen'
\echo '                                mogelijk bij een termijn met een kloktijd, zoals 17:00 voor de inschrijving'
\echo '     binnen een uur te laat     te laat met hooguit een uur'
\echo '     op de laatste dag          op tijd, en op de dag van de termijn zelf'
\echo '     in het weekend             op een zaterdag of zondag ingediend, op tijd of te laat'
SELECT i.stap, i.zorgkantoor,
       to_char(t.uiterst, 'YYYY-MM-DD HH24:MI:SS') AS uiterste,
       count(*) AS ingediend,
       count(*) FILTER (WHERE i.ingediend > t.uiterst) AS "te laat",
       count(*) FILTER (WHERE i.ingediend > t.uiterst AND wlz.tijdig(i.ingediend, t.uiterste_dag))
         AS "na het uur, wel op de dag",
       count(*) FILTER (WHERE i.ingediend > t.uiterst
                          AND i.ingediend <= t.uiterst + interval '1 hour') AS "binnen een uur te laat",
       count(*) FILTER (WHERE i.ingediend <= t.uiterst
                          AND (i.ingediend AT TIME ZONE 'Europe/Amsterdam')::date = t.uiterste_dag)
         AS "op de laatste dag",
       count(*) FILTER (WHERE extract(isodow FROM i.ingediend AT TIME ZONE 'Europe/Amsterdam') > 5)
         AS "in het weekend"
FROM indiening i JOIN termijn t USING (zorgkantoor, stap)
WHERE t.uiterst IS NOT NULL
GROUP BY i.stap, i.zorgkantoor, t.uiterst
ORDER BY t.uiterst, i.stap, i.zorgkantoor;

SELECT string_agg(DISTINCT i.stap || ' bij ' || i.zorgkantoor, ', ' ORDER BY i.stap || ' bij ' || i.zorgkantoor)
         AS "geen termijn in wlz.termijnkalender (niet beoordeeld)"
FROM indiening i JOIN termijn t USING (zorgkantoor, stap)
WHERE t.uiterst IS NULL;

\echo '   het nipst te laat, per stap: de indiening die het minst te laat was (agb van de aanbieder, dag van'
\echo '   de week, "te laat met" in uren:minuten:seconden na het uiterste moment)'
SELECT DISTINCT ON (i.stap) i.stap, i.zorgkantoor, i.agb,
       to_char(i.ingediend, 'YYYY-MM-DD HH24:MI:SS') AS ingediend,
       (ARRAY['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'])
         [extract(isodow FROM i.ingediend AT TIME ZONE 'Europe/Amsterdam')] AS dag,
       to_char(t.uiterst, 'YYYY-MM-DD HH24:MI:SS') AS uiterste,
       justify_hours(make_interval(secs => round(extract(epoch FROM i.ingediend - t.uiterst)))) AS "te laat met"
FROM indiening i JOIN termijn t USING (zorgkantoor, stap)
WHERE i.ingediend > t.uiterst
ORDER BY i.stap, i.ingediend - t.uiterst, i.agb;

-- CZ asks some providers to explain their inschrijving; the answer is due
-- within the term of the step toelichting-inschrijving (5 werkdagen after
-- the request), which runs from a moment only CZ knows: wlz.termijn_einde.
\echo '   toelichting op de inschrijving bij CZ: CZ vraagt een aanbieder zijn inschrijving toe te lichten; het'
\echo '   antwoord moet er binnen de termijn van de stap toelichting-inschrijving in wlz.termijnkalender zijn,'
\echo '   gerekend vanaf het verzoek met wlz.termijn_einde(verzocht, termijn). Kolommen: de termijn, het aantal'
\echo '   verzoeken, daarvan op tijd, te laat en (nog) niet beantwoord, en het eerste verzoek dat te laat'
\echo '   beantwoord werd:'
WITH t AS (
    SELECT termijn FROM wlz.termijnkalender
    WHERE zorgkantoor = 'cz' AND inkoopjaar = :inkoopjaar AND stap = 'toelichting-inschrijving'
    ORDER BY meegeleverd LIMIT 1
), v AS (
    SELECT v.*, t.termijn, wlz.termijn_einde(v.verzocht, t.termijn) AS uiterst
    FROM demo.verzoek_toelichting v CROSS JOIN t
)
SELECT termijn, count(*) AS verzoeken,
       count(*) FILTER (WHERE beantwoord <= uiterst) AS "op tijd",
       count(*) FILTER (WHERE beantwoord > uiterst) AS "te laat",
       count(*) FILTER (WHERE beantwoord IS NULL) AS "geen antwoord",
       (SELECT format('verzocht %s, uiterlijk %s, beantwoord %s',
                      to_char(verzocht, 'YYYY-MM-DD HH24:MI'), to_char(uiterst, 'YYYY-MM-DD HH24:MI:SS'),
                      to_char(beantwoord, 'YYYY-MM-DD HH24:MI'))
        FROM v WHERE beantwoord > uiterst ORDER BY id LIMIT 1) AS "voorbeeld te laat"
FROM v GROUP BY termijn;

-- ---------------------------------------------------------------------------
-- (c) Tariefpercentages.  What wlz.tariefpercentage gives per zorgkantoor for
-- a few prestaties that stand for their group, per class (without kenmerken
-- and without a historical percentage).  Without rules for the year every
-- cell is the RT%.
\echo
\echo '== (c) Tariefpercentage (van het NZa-maximum) per prestatiegroep en klasse, per zorgkantoor'
\echo '   Vraag: welk percentage van het NZa-maximumtarief krijgt een aanbieder in 2026, naar zorgkantoor,'
\echo '   prestatie en klasse, en waarom?'
\echo '   wlz.tariefpercentage(zorgkantoor, ''GZ'', jaar, prestatie, leveringsvorm, klasse), zonder kenmerken'
SELECT g.groep, k.klasse,
       trim_scale(round(max(p.pct) FILTER (WHERE z.code = 'zilverenkruis'), 3)) AS zilverenkruis,
       trim_scale(round(max(p.pct) FILTER (WHERE z.code = 'cz'), 3)) AS cz,
       trim_scale(round(max(p.pct) FILTER (WHERE z.code = 'vgz'), 3)) AS vgz,
       trim_scale(round(max(p.pct) FILTER (WHERE z.code = 'menzis'), 3)) AS menzis,
       trim_scale(round(max(p.pct) FILTER (WHERE z.code = 'dsw'), 3)) AS dsw,
       trim_scale(round(max(p.pct) FILTER (WHERE z.code = 'zorgenzekerheid'), 3)) AS zorgenzekerheid,
       trim_scale(round(max(p.pct) FILTER (WHERE z.code = 'salland'), 3)) AS salland
FROM (VALUES (1, 'ZZP 4VG verblijf', '4VG', 'verblijf'::wlz.leveringsvorm),
             (2, 'VPT 4VG', '4VG', 'vpt'), (3, 'MPT 4VG', '4VG', 'mpt'),
             (4, 'VG7+ verblijf', 'VG7+', 'verblijf'),
             (5, 'complexe zorg Z472', 'Z472', 'verblijf'),
             (6, 'toeslag dagbesteding Z913', 'Z913', 'verblijf')) AS g(nr, groep, prestatie, leveringsvorm)
CROSS JOIN unnest(enum_range(NULL::wlz.aanbiederklasse)) AS k(klasse)
CROSS JOIN wlz.zorgkantoor z
CROSS JOIN LATERAL (SELECT wlz.tariefpercentage(z.code, 'GZ', :inkoopjaar, prestatie => g.prestatie,
                                                leveringsvorm => g.leveringsvorm, klasse => k.klasse) AS pct) p
WHERE z.meegeleverd
GROUP BY g.nr, g.groep, k.klasse
ORDER BY g.nr, k.klasse;

-- The arguments of every declaration line of the year (class from (a), the
-- provider's kenmerken and historical percentage), with how many steps the
-- explanation has: the one with the most is shown in full.
CREATE TEMP TABLE combinatie AS
SELECT d.zorgkantoor, d.prestatie, d.leveringsvorm, coalesce(k.klasse, 'bestaand') AS klasse,
       a.historisch, a.kenmerken, count(*) AS regels
FROM demo.declaratie d
JOIN demo.aanbieder a USING (agb)
LEFT JOIN klasse k ON k.agb = d.agb AND k.zorgkantoor = d.zorgkantoor
WHERE d.datum >= make_date(:inkoopjaar, 1, 1) AND d.datum < make_date(:inkoopjaar + 1, 1, 1)
GROUP BY 1, 2, 3, 4, 5, 6;

SELECT c.zorgkantoor AS u_zorgkantoor, c.prestatie AS u_prestatie, c.leveringsvorm AS u_leveringsvorm,
       c.klasse AS u_klasse, coalesce(c.historisch::text, '') AS u_historisch, c.kenmerken AS u_kenmerken,
       format('   %s, prestatie %s, %s, klasse %s, historisch percentage %s, kenmerken %s (%s)',
              c.zorgkantoor, c.prestatie, c.leveringsvorm, c.klasse, coalesce(c.historisch::text, 'geen'),
              c.kenmerken, s.stappen || CASE s.stappen WHEN 1 THEN ' stap' ELSE ' stappen' END) AS u_titel
FROM combinatie c
CROSS JOIN LATERAL (SELECT count(*) AS stappen
                    FROM wlz.tariefpercentage_uitleg(c.zorgkantoor, 'GZ', :inkoopjaar, prestatie => c.prestatie,
                                                     leveringsvorm => c.leveringsvorm, klasse => c.klasse,
                                                     historisch => c.historisch, kenmerken => c.kenmerken)) s
ORDER BY s.stappen DESC, c.regels DESC, c.zorgkantoor, c.prestatie, c.leveringsvorm, c.klasse,
         c.historisch NULLS FIRST, c.kenmerken
LIMIT 1 \gset

\echo
\echo '   waarom dit percentage (wlz.tariefpercentage_uitleg), voor de gedeclareerde combinatie met de meeste stappen:'
\echo :u_titel
SELECT stap, regel_id, bewerking, trim_scale(waarde) AS waarde, trim_scale(resultaat) AS resultaat, bron, toelichting
FROM wlz.tariefpercentage_uitleg(:'u_zorgkantoor', 'GZ', :inkoopjaar, prestatie => :'u_prestatie',
                                 leveringsvorm => :'u_leveringsvorm', klasse => :'u_klasse',
                                 historisch => nullif(:'u_historisch', '')::numeric,
                                 kenmerken => :'u_kenmerken')
ORDER BY stap;

-- ---------------------------------------------------------------------------
-- (d) Contractwaarde.  Every declaration line of January to June: the units
-- times the tariff (wlz.tarief, 4 arguments: the care component at the
-- percentage, rounded to cents, plus NHC and NIC at 100 %), the percentage per
-- line from wlz.tariefpercentage.  The year is extrapolated from June's daily
-- rate (wlz.extrapolatie).
\echo
\echo '== (d) Contractwaarde per zorgkantoor, januari-juni' :inkoopjaar 'en het jaar geextrapoleerd (euro)'
\echo '   Vraag: wat is er in het eerste halfjaar' :inkoopjaar 'gedeclareerd tegen het tarief van het beleid,'
\echo '   hoeveel is dat onder het NZa-maximum, en waar komt het jaar op uit?'
\echo '   declaraties x wlz.tarief(zorg, nhc, nic, wlz.tariefpercentage(...)); NHC en NIC tegen 100 %'
\echo '   Kolommen: regels = declaratieregels; NZa-maximum = tegen 100 % van het NZa-tarief; contractwaarde ='
\echo '   tegen het tariefpercentage; waarvan NHC+NIC = het deel voor huisvesting en inventaris (altijd 100 %);'
\echo '   % zorgcomponent = contractwaarde zonder NHC+NIC als percentage van de NZa-zorgcomponent; jaar ='
\echo '   wlz.extrapolatie van de contractwaarde naar heel' :inkoopjaar '(juni doorgetrokken). Bedragen in hele euro.'
WITH regel AS (
    SELECT d.zorgkantoor, d.datum, d.aantal, t.zorg, t.nhc, t.nic,
           wlz.tarief(t.zorg, t.nhc, t.nic,
                      wlz.tariefpercentage(d.zorgkantoor, 'GZ', :inkoopjaar, prestatie => d.prestatie,
                                           leveringsvorm => d.leveringsvorm,
                                           klasse => coalesce(k.klasse, 'bestaand'),
                                           historisch => a.historisch, kenmerken => a.kenmerken)) AS tarief
    FROM demo.declaratie d
    JOIN demo.aanbieder a USING (agb)
    JOIN demo.nza_tarief t ON t.jaar = :inkoopjaar AND t.prestatie = d.prestatie
                          AND t.leveringsvorm = d.leveringsvorm
    LEFT JOIN klasse k ON k.agb = d.agb AND k.zorgkantoor = d.zorgkantoor
    WHERE d.datum >= make_date(:inkoopjaar, 1, 1) AND d.datum < make_date(:inkoopjaar + 1, 1, 1)
)
SELECT coalesce(zorgkantoor, 'totaal') AS zorgkantoor,
       count(*) AS regels,
       pg_temp.euro(sum(aantal * (zorg + nhc + nic)), 'NZa-maximum') AS "NZa-maximum",
       pg_temp.euro(sum(aantal * tarief), 'contractwaarde') AS contractwaarde,
       pg_temp.euro(sum(aantal * (nhc + nic)), 'waarvan NHC+NIC') AS "waarvan NHC+NIC",
       trim_scale(round(100 * sum(aantal * (tarief - nhc - nic)) / sum(aantal * zorg), 3)) AS "% zorgcomponent",
       pg_temp.euro(wlz.extrapolatie(sum(aantal * tarief),
                                     sum(aantal * tarief) FILTER (WHERE datum >= make_date(:inkoopjaar, 6, 1)),
                                     make_date(:inkoopjaar, 6, 30)),
                    'jaar (geextrapoleerd)') AS "jaar (geextrapoleerd)"
FROM regel
GROUP BY ROLLUP (zorgkantoor)
ORDER BY zorgkantoor IS NULL, zorgkantoor;
