-- The money cycle (SPEC 11): what an analyst sees. The rules are tested with
-- their sources in test/geld_*.sql; this file pins the visible surface: the
-- policy value, the explanations, the errors, and the binary form.
SET client_min_messages = warning;
SET datestyle = 'ISO, YMD';
SET timezone = 'Europe/Amsterdam';

-- The policy of a zorgkantoor, sector and year as a value.
SELECT wlz.geldbeleid('vgz', 'GZ', 2026);
SELECT wlz.geldbeleid_naam(b), wlz.geldbeleid_jaar(b),
       jsonb_array_length(b::text::jsonb -> 'volumeregels') AS volumeregels,
       jsonb_array_length(b::text::jsonb -> 'geldregels') AS geldregels,
       jsonb_array_length(b::text::jsonb -> 'betaalregels') AS betaalregels
FROM (SELECT wlz.geldbeleid('cz', 'GZ', 2026) AS b) x;
SELECT regel_id, soort, waarde, leveringsvormen, kenmerk, bron
FROM wlz.geldregels(wlz.geldbeleid('zorgenzekerheid', 'VV', 2022)) ORDER BY regel_id DESC;

-- The initial production agreement and why (CZ: 95 % of 12 440 000).
SELECT wlz.productieafspraak('cz', 'GZ', 2026, wlz.herschikkingsafspraak(6000000, 1050000, date '2025-06-30'));
SELECT stap, regel_id, bewerking, waarde, resultaat, bron
FROM wlz.productieafspraak_uitleg('cz', 'GZ', 2026, 12440000);
SELECT zk, s, j, k, lv, km, wlz.productieafspraak(zk, s, j, 1000000, k, lv, km) AS afspraak
FROM (VALUES ('cz', 'GZ'::wlz.sector, 2026, 'bestaand'::wlz.aanbiederklasse, NULL::wlz.leveringsvorm, '{}'::text[]),
             ('cz', 'GZ', 2026, 'nieuw', NULL, '{}'),
             ('vgz', 'GZ', 2026, 'bestaand', NULL, '{}'),
             ('dsw', 'GZ', 2026, 'bestaand', 'verblijf', '{}'),
             ('dsw', 'GZ', 2026, 'bestaand', 'mpt', '{}'),
             ('zorgenzekerheid', 'GZ', 2026, 'bestaand', NULL, '{}'),
             ('zorgenzekerheid', 'GZ', 2026, 'bestaand', NULL, '{crisis}'),
             ('zorgenzekerheid', 'VV', 2022, 'bestaand', NULL, '{crisis}'),
             ('zilverenkruis', 'GGZ', 2025, 'bestaand', NULL, '{}')) v(zk, s, j, k, lv, km);
SELECT wlz.productieafspraak('dsw', 'GZ', 2026, 1000);
SELECT wlz.productieafspraak('cz', 'GZ', 2026, -5);

-- The reshuffle: the advice of Zilveren Kruis, step by step.
SELECT stap, regel_id, onderdeel, waarde, bron, toelichting
FROM wlz.herschikkingsadvies_uitleg(wlz.geldbeleid('zilverenkruis', 'GGZ', 2025), 10000000, 9880000, date '2025-05-15');
SELECT wlz.herschikkingsadvies(wlz.geldbeleid('zilverenkruis', 'GGZ', 2025), 10000000, 9880000, d) AS advies, d
FROM unnest('{2025-05-31,2025-06-01}'::date[]) d;
SELECT wlz.herschikkingsafspraak(7000000, 1000000, date '2025-07-31', 1.2, 25000) AS afspraak,
       wlz.crisisherschikking(wlz.geldbeleid('zilverenkruis', 'GGZ', 2025), 365000, 240000,
                              wlz.bezetting(240, 1, daterange('2025-01-01', '2026-01-01'))) AS crisis;
SELECT * FROM wlz.voorrangsverdeling(wlz.geldbeleid('zorgenzekerheid', 'VV', 2022), 'groei', 650000,
                                     '{verblijf,vpt,mpt}', '{300000,250000,200000}');

-- The CAK payment of a month, and why.
SELECT stap, regel_id, onderdeel, waarde, bron, toelichting
FROM wlz.cak_betaling_uitleg('cz', 'GZ', 2026, date '2026-06-01', true, 400000, 500000, 1200000,
                             liquiditeitscorrectie => 25000);
SELECT stap, onderdeel, waarde, toelichting
FROM wlz.cak_betaling_uitleg(wlz.geldbeleid('zorgenzekerheid', 'VV', 2022), date '2022-04-01', true, 300000, 150000,
                             crisis_realisatie => 60000, bevoorschottingspercentage => 95);
SELECT m::date AS maand, wlz.liquiditeitsmelding_uiterlijk(wlz.geldbeleid('cz', 'GZ', 2026), m::date) AS uiterlijk
FROM generate_series(date '2026-03-01', date '2026-10-01', interval '1 month') m;
SELECT wlz.cak_betaling('cz', 'GZ', 2026, date '2026-12-01', true, 1000, 0, 1200000);
SELECT wlz.cak_betaling('cz', 'GZ', 2026, date '2026-12-01', true, 1000, 0, 1200000, 1200000, 1100000,
                        liquiditeitscorrectie => 10);

-- The aggregates.
SELECT wlz.gewogen_tariefpercentage(p, b) AS gewogen,
       wlz.tariefpercentage('zorgenzekerheid', 'VV', 2022, leveringsvorm => 'mpt',
                            historisch => wlz.gewogen_tariefpercentage(p, b)) AS tariefpercentage_2022
FROM (VALUES (97, 600), (96, 400)) v(p, b);
SELECT lv, wlz.overproductie(r, p) FROM (VALUES ('mpt', 120, 100), ('mpt', 80, 100), ('vpt', 300, 250)) v(lv, r, p)
GROUP BY lv ORDER BY lv;
SELECT maand, pct, wlz.bezettingssignaal(maand, pct, 40, 60, 3) OVER (ORDER BY maand ROWS 2 PRECEDING) AS signaal
FROM (VALUES (date '2022-01-01', 45), ('2022-02-01', 38), ('2022-03-01', 64), ('2022-04-01', 39), ('2022-05-01', 50)) v(maand, pct);

-- Input that is refused.
SELECT '{"zorgkantoor": "x", "sector": "GZ", "jaar": 2026, "volumeregels": [{"bewerking": "aandeel"}]}'::wlz.geldbeleid;
SELECT '{"zorgkantoor": "x", "sector": "GZ", "jaar": 2026, "regels": []}'::wlz.geldbeleid;
SELECT wlz.geldbeleid('nergens', 'GZ', 2026);

-- Binary COPY round trip; recv refuses another version.
CREATE TEMP TABLE beleid (b wlz.geldbeleid);
INSERT INTO beleid VALUES (wlz.geldbeleid('cz', 'GZ', 2026)), (wlz.geldbeleid('zorgenzekerheid', 'VV', 2022));
\copy beleid TO 'results/geld.bin' WITH (FORMAT binary)
CREATE TEMP TABLE terug (b wlz.geldbeleid);
\copy terug FROM 'results/geld.bin' WITH (FORMAT binary)
SELECT (SELECT array_agg(b::text ORDER BY b::text) FROM beleid) = (SELECT array_agg(b::text ORDER BY b::text) FROM terug) AS rondreis;
CREATE TEMP TABLE ruw (b bytea);
INSERT INTO ruw VALUES ('\x02' || convert_to('{"zorgkantoor": "x", "sector": "GZ", "jaar": 2026}', 'UTF8'));
\copy ruw TO 'results/geld_ruw.bin' WITH (FORMAT binary)
\copy terug FROM 'results/geld_ruw.bin' WITH (FORMAT binary)
TRUNCATE ruw;
INSERT INTO ruw VALUES ('\x01' || convert_to('{"zorgkantoor": "x", "sector": "GZ", "jaar": 2026}', 'UTF8'));
\copy ruw TO 'results/geld_ruw.bin' WITH (FORMAT binary)
\copy terug FROM 'results/geld_ruw.bin' WITH (FORMAT binary)
SELECT b FROM terug WHERE b::text LIKE '{"zorgkantoor": "x"%';
