-- test/betrouwbaar/pgbench/opzet.sql: the data set of the concurrency check.
--
-- Two user zorgkantoren with the same policy for GZ in jaar 3000, built so
-- that the tariff percentage always equals (n_rt + n_regel) / 10000, where
-- teller holds the number of edits each writer committed:
--   RT% (wlz.richttarief GZ 3000)           n_rt / 10000
--   'opslag' rule, toelichting 'teller'      + n_regel / 10000
--   'opslag' and 'afslag' rules, kenmerk 'paar', toelichting 'paar' and
--   'paar-extra': always in pairs of the same waarde, so they cancel out
-- The writers change the counter and the policy in one transaction; a reader
-- that sees a policy that does not match the counter of its own snapshot has
-- seen an edit half, or a cache from an earlier snapshot.
CREATE EXTENSION wlzcontract;

CREATE TABLE teller (n_rt bigint NOT NULL, n_regel bigint NOT NULL);
INSERT INTO teller VALUES (0, 0);

INSERT INTO wlz.zorgkantoor (code, naam) VALUES
    ('gelijktijdig-a', 'Gelijktijdig A'), ('gelijktijdig-b', 'Gelijktijdig B');
INSERT INTO wlz.richttarief (sector, jaar, percentage) VALUES ('GZ', 3000, 0);
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, kenmerk, bewerking, waarde, toelichting)
SELECT zk, 'GZ', 3000, v.volgorde, v.kenmerk, v.bewerking::wlz.bewerking, v.waarde, v.toelichting
FROM unnest(ARRAY['gelijktijdig-a', 'gelijktijdig-b']) AS zk,
     (VALUES (1, NULL, 'opslag', 0, 'teller'),
             (2, 'paar', 'opslag', 10, 'paar'),
             (3, 'paar', 'afslag', 10, 'paar'),
             (4, NULL, 'afslag', 50, 'nooit')) AS v(volgorde, kenmerk, bewerking, waarde, toelichting);
-- the 'nooit' rule is for klasse nieuw only: it never applies to the calls below
UPDATE wlz.tariefregel SET klassen = '{nieuw}' WHERE toelichting = 'nooit';

-- What the readers compute over: both zorgkantoren, with and without the pair.
CREATE TABLE declaratie AS
SELECT i AS id,
       CASE WHEN i % 2 = 0 THEN 'gelijktijdig-a' ELSE 'gelijktijdig-b' END AS zorgkantoor,
       'GZ'::wlz.sector AS sector, 3000 AS jaar,
       CASE WHEN i % 3 = 0 THEN '{paar}'::text[] ELSE '{}'::text[] END AS kenmerken
FROM generate_series(1, 1000) AS i;
ANALYZE declaratie;

-- The reader in PL/pgSQL: a simple expression keeps its call site (and the
-- engine's cache) for the whole transaction; the counter read before and
-- after brackets what it may see.
CREATE FUNCTION lus(n integer) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    voor bigint;
    na bigint;
    p numeric;
BEGIN
    FOR i IN 1 .. n LOOP
        SELECT t.n_rt + t.n_regel INTO voor FROM public.teller t;
        p := wlz.tariefpercentage('gelijktijdig-a', 'GZ', 3000, kenmerken => '{paar}');
        SELECT t.n_rt + t.n_regel INTO na FROM public.teller t;
        IF p * 10000 < voor OR p * 10000 > na THEN
            RAISE EXCEPTION 'stale tariff percentage: % x 10000 is not between % and %', p, voor, na;
        END IF;
    END LOOP;
END
$$;
