--
-- tariefbeleid: the tariff policy as a value (SPEC 8). Rules and their
-- equality with the table form are tested in test/tariefbeleid.sql; this is
-- the visible surface: what a value says, how it travels, how it is refused.
--
INSERT INTO wlz.richttarief (sector, jaar, percentage, bron) VALUES ('GZ', 2026, 96.5, 'tariefbeleid.sql');

-- A value says whose policy it is, its RT%, and carries the rules that apply
-- (CZ GZ 2026: the eight rules of 002 5.1) and every prestatie.
SELECT j->>'zorgkantoor' AS zorgkantoor, j->>'sector' AS sector, j->>'jaar' AS jaar,
       j->'richttarief'->>'percentage' AS rt, jsonb_array_length(j->'regels') AS regels,
       (SELECT string_agg(r->>'id' || ' ' || (r->>'bewerking'), ', ') FROM jsonb_array_elements(j->'regels') r) AS welke,
       jsonb_array_length(j->'prestaties') = (SELECT count(*) FROM wlz.prestatie_geldend) AS alle_prestaties
FROM (SELECT wlz.tariefbeleid('cz', 'GZ', 2026)::text::jsonb AS j) x;

-- Evaluated per row from the value, as a scalar subquery (it runs once).
SELECT p.prestatie, k AS klasse,
       wlz.tariefpercentage((SELECT wlz.tariefbeleid('cz', 'GZ', 2026)), prestatie => p.prestatie, klasse => k) AS pct
FROM (VALUES ('6VG'), ('Z472')) AS p(prestatie),
     unnest(ARRAY['bestaand', 'nieuw']::wlz.aanbiederklasse[]) AS k
ORDER BY 1, 2;
SELECT stap, regel_id, bewerking, waarde, resultaat
FROM wlz.tariefpercentage_uitleg((SELECT wlz.tariefbeleid('cz', 'GZ', 2026)), prestatie => '6VG',
                                 leveringsvorm => 'vpt', klasse => 'nieuw');

-- In binary: COPY ... (FORMAT binary) out and in again gives the same value.
CREATE TEMP TABLE beleid_uit AS SELECT wlz.tariefbeleid('cz', 'GZ', 2026) AS b;
\copy beleid_uit TO 'results/tariefbeleid.bin' (FORMAT binary)
CREATE TEMP TABLE beleid_in (b wlz.tariefbeleid);
\copy beleid_in FROM 'results/tariefbeleid.bin' (FORMAT binary)
SELECT (SELECT b::text FROM beleid_uit) = (SELECT b::text FROM beleid_in) AS zelfde_tekst,
       wlz.tariefpercentage((SELECT b FROM beleid_in), klasse => 'nieuw') AS pct;

-- Refused: what is not a policy, and NULLs.
SELECT 'cz'::wlz.tariefbeleid;
SELECT '{"versie": 1}'::wlz.tariefbeleid;
SELECT replace((SELECT b::text FROM beleid_uit), '"afslag"', '"korting"')::wlz.tariefbeleid;
SELECT wlz.tariefpercentage(NULL::wlz.tariefbeleid);
SELECT wlz.tariefbeleid('cz', 'VV', 2026);

DELETE FROM wlz.richttarief WHERE sector = 'GZ' AND jaar = 2026 AND NOT meegeleverd;
