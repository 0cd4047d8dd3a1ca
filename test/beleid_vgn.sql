-- test/beleid_vgn.sql: the shipped tariff policy of the VGN overview "Overzicht
-- inkoopbeleid Wlz 2026 Gehandicaptenzorg" (seed 000, domain/seed-000.md 1.2), GZ
-- 2026, for the seven zorgkantoren it compares (README "The VGN overview").  For each
-- zorgkantoor: the outcome for each class (nieuw, bestaand-maar-nieuw, bestaand) and
-- each prestatie group, leveringsvorm and kenmerk the rows distinguish, each citing
-- the line of 000_5a856cd43381b77b.txt it checks.  The RT% GZ 2026 is not in the
-- documents (published 5 September 2025, 000 L40): the test first checks that
-- wlz.tariefpercentage says so (P0002), then inserts a made-up RT% of 96,5, so that
-- every expected value below is worked out by hand from it; two scenarios later
-- move it to 93 and 98 to show a cap at the RT% and the bound at 100.
-- CZ ships the rules of its own document (seed 002, test/beleid.sql); here the
-- overview's CZ cells (L132-135, L159) are checked against them.
-- Nothing here depends on generated ids.
BEGIN;
SELECT plan(143);

-- Shorthand: the tariff percentage GZ 2026 of one zorgkantoor.
-- lv: leveringsvorm; kl: class; hist: historical percentage; km: kenmerken.
CREATE FUNCTION pg_temp.t(zk text, lv wlz.leveringsvorm DEFAULT NULL, prestatie text DEFAULT NULL,
                          kl wlz.aanbiederklasse DEFAULT 'bestaand', hist numeric DEFAULT NULL,
                          km text[] DEFAULT '{}', zorgprofiel text DEFAULT NULL)
RETURNS numeric LANGUAGE sql AS $$
    SELECT wlz.tariefpercentage(zk, 'GZ', 2026, prestatie, zorgprofiel, lv, kl, hist, km)
$$;
-- The last resultaat of wlz.tariefpercentage_uitleg for the same arguments.
CREATE FUNCTION pg_temp.u(zk text, lv wlz.leveringsvorm DEFAULT NULL, prestatie text DEFAULT NULL,
                          kl wlz.aanbiederklasse DEFAULT 'bestaand', hist numeric DEFAULT NULL,
                          km text[] DEFAULT '{}', zorgprofiel text DEFAULT NULL)
RETURNS numeric LANGUAGE sql AS $$
    SELECT u.resultaat FROM wlz.tariefpercentage_uitleg(zk, 'GZ', 2026, prestatie, zorgprofiel, lv, kl, hist, km) u
    ORDER BY u.stap DESC LIMIT 1
$$;

-- ---------------------------------------------------------------------------
-- Without the RT% GZ 2026 there is no percentage.  Remove a row a user (or a
-- later release) added, inside this transaction only.
-- ---------------------------------------------------------------------------
DELETE FROM wlz.richttarief WHERE sector = 'GZ' AND jaar = 2026;
SELECT throws_ok($$SELECT wlz.tariefpercentage('vgz', 'GZ', 2026)$$, 'P0002', NULL,
    'VGZ GZ 2026 without the RT% 2026 ("wordt op 5 september 2025 bekend gemaakt", 000 L40): P0002');
INSERT INTO wlz.richttarief (sector, jaar, percentage, toelichting) VALUES ('GZ', 2026, 96.5, 'test');

-- ---------------------------------------------------------------------------
-- Zilveren Kruis (000 L79-85, L125-130, L153).  RT% 96,5.
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.t('zilverenkruis'), 96.5, 'Zilveren Kruis GZ 2026: bestaand = RT% (000 L80-81, L127)');
SELECT is(pg_temp.t('zilverenkruis', 'verblijf', '4VG'), 96.5, 'Zilveren Kruis: bestaand, 4VG verblijf = RT% (000 L79)');
SELECT is(pg_temp.t('zilverenkruis', 'mpt'), 96.5, 'Zilveren Kruis: bestaand, MPT without kenmerk regulier = RT% (000 L128)');
SELECT is(pg_temp.t('zilverenkruis', km => '{regulier}'), 96.0, 'Zilveren Kruis: regulier, 96,5 - 0,5 = 96,0 (000 L128)');
SELECT is(pg_temp.t('zilverenkruis', 'mpt', km => '{regulier}'), 96.0, 'Zilveren Kruis: regulier MPT, 96,5 - 0,5 = 96,0 (000 L128 "veel MPT")');
SELECT is(pg_temp.t('zilverenkruis', 'verblijf', '3ZGaud'), 99.5, 'Zilveren Kruis: 3ZGaud, 96,5 + 3 = 99,5 (000 L125)');
SELECT is(pg_temp.t('zilverenkruis', zorgprofiel => 'SGLVG'), 99.5, 'Zilveren Kruis: SGLVG, 96,5 + 3 = 99,5 (000 L125)');
SELECT is(pg_temp.t('zilverenkruis', zorgprofiel => '5ZGVIS'), 99.5, 'Zilveren Kruis: 5ZGVIS, + 3 points, not + 5 (000 L125, reading b)');
SELECT is(pg_temp.t('zilverenkruis', zorgprofiel => '4ZGaud'), 96.5, 'Zilveren Kruis: 4ZGaud gets no opslag, only ZZP 3 ZGaud is named (000 L125)');
SELECT is(pg_temp.t('zilverenkruis', zorgprofiel => '3ZGvis'), 96.5, 'Zilveren Kruis: 3ZGvis gets no opslag, only ZZP 5 ZGvis is named (000 L125)');
SELECT is(pg_temp.t('zilverenkruis', 'verblijf', '3ZGaud', km => '{regulier}'), 99.5,
    'Zilveren Kruis: 3ZGaud at a regulier provider, + 3 and no afslag (000 L125, L128)');
SELECT is(pg_temp.t('zilverenkruis', prestatie => 'VG7+'), 96.5, 'Zilveren Kruis: VG7+ = RT% (000 L127, L153)');
SELECT is(pg_temp.t('zilverenkruis', prestatie => 'VG7+', km => '{regulier}'), 96.5,
    'Zilveren Kruis: VG7+ at a regulier provider = RT%, no afslag (000 L127)');
SELECT is(pg_temp.t('zilverenkruis', km => '{complexe-zorg,regulier}'), 96.5,
    'Zilveren Kruis: complexe zorg at a regulier provider = RT% (000 L81, L127)');
SELECT is(pg_temp.t('zilverenkruis', km => '{logeren}'), 100::numeric, 'Zilveren Kruis: logeren 100% (000 L130)');
SELECT is(pg_temp.t('zilverenkruis', km => '{logeren,regulier}'), 100::numeric, 'Zilveren Kruis: logeren at a regulier provider 100% (000 L130)');
SELECT is(pg_temp.t('zilverenkruis', km => '{crisis}'), 100::numeric, 'Zilveren Kruis: crisis 100% (000 L126)');
SELECT is(pg_temp.t('zilverenkruis', km => '{arts-vg}'), 100::numeric, 'Zilveren Kruis: regionale inzet arts VG 100% (000 L126)');
SELECT is(pg_temp.t('zilverenkruis', km => '{toeslag-100}'), 100::numeric, 'Zilveren Kruis: enkele toeslagen 100% (000 L126)');
SELECT is(pg_temp.t('zilverenkruis', kl => 'nieuw'), 93.7, 'Zilveren Kruis: nieuw 93,7% (000 L129)');
SELECT is(pg_temp.t('zilverenkruis', kl => 'bestaand-maar-nieuw'), 93.7, 'Zilveren Kruis: bestaand-maar-nieuw, new to ZK: 93,7% (000 L129)');
SELECT is(pg_temp.t('zilverenkruis', kl => 'nieuw', km => '{logeren}'), 93.7, 'Zilveren Kruis: nieuw logeren, max. RT%: 93,7 not 100 (000 L85)');
SELECT is(pg_temp.t('zilverenkruis', 'verblijf', '3ZGaud', kl => 'nieuw'), 93.7, 'Zilveren Kruis: nieuw 3ZGaud, no opslag (000 L85, L129)');
SELECT is(pg_temp.t('zilverenkruis', prestatie => 'VG7+', kl => 'nieuw'), 96.5, 'Zilveren Kruis: VG7+ = RT% in every class (000 L153)');
SELECT is(pg_temp.t('zilverenkruis', hist => 95.0), 95.0, 'Zilveren Kruis: historisch lager tarief 95: kept (000 L83)');
SELECT is(pg_temp.t('zilverenkruis', hist => 98.0), 96.5, 'Zilveren Kruis: historical 98 above the RT%: max. RT% (000 L85)');
SELECT is(pg_temp.t('zilverenkruis', hist => 95.0, km => '{logeren}'), 95.0, 'Zilveren Kruis: historisch 95, logeren: 95, nothing on top (000 L83, L85)');
SELECT is(pg_temp.t('zilverenkruis', hist => 95.0, km => '{regulier}'), 95.0, 'Zilveren Kruis: historisch 95, regulier: 95, no afslag (000 L83)');

-- ---------------------------------------------------------------------------
-- CZ: the overview's cells (000 L132-135, L159) against the shipped rules of
-- CZ's own document (seed 002).  No VGN row ships for CZ.
-- ---------------------------------------------------------------------------
SELECT is((SELECT count(*) FROM wlz.tariefregel WHERE zorgkantoor = 'cz' AND bron LIKE '000\_%'), 0::bigint,
    'CZ GZ 2026: no rows from the overview, CZ''s own document ships (000 L132-135)');
SELECT is(pg_temp.t('cz', 'vpt'), 100::numeric, 'CZ: bestaand VPT 100% (000 L132)');
SELECT is(pg_temp.t('cz', 'dtv'), 100::numeric, 'CZ: bestaand DTV 100% (000 L132)');
SELECT is(pg_temp.t('cz', km => '{logeren}'), 100::numeric, 'CZ: logeren 100% (000 L132)');
SELECT is(pg_temp.t('cz', 'verblijf', '4VG'), 96.5, 'CZ: overig, 4VG verblijf = RT% (000 L133)');
SELECT is(pg_temp.t('cz', 'mpt'), 96.5, 'CZ: overig, MPT = RT% (000 L133)');
SELECT is(pg_temp.t('cz', kl => 'nieuw'), 94.5, 'CZ: nieuw, 96,5 - 2 = 94,5 (000 L134)');
SELECT is(pg_temp.t('cz', kl => 'bestaand-maar-nieuw'), 94.5, 'CZ: bestaand-maar-nieuw, 96,5 - 2 = 94,5 (000 L134)');
SELECT is(pg_temp.t('cz', km => '{lagere-kosten}'), 94.5, 'CZ: historisch lagere kosten, 96,5 - 2 = 94,5 (000 L134)');
SELECT is(pg_temp.t('cz', km => '{geen-regionale-bijdrage}'), 94.5, 'CZ: geen actieve bijdrage regioplannen, 94,5 (000 L134)');
SELECT is(pg_temp.t('cz', hist => 93.0), 93.0,
    'CZ: historisch lager tarief 93 is kept, CZ''s own document, not the overview''s -2 (000 L134; 002 L750-758)');
SELECT is(pg_temp.t('cz', prestatie => 'VG7+'), 96.5, 'CZ: VG7+ = RT% (000 L159)');

-- ---------------------------------------------------------------------------
-- VGZ (000 L88-92, L140-143, L164).
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.t('vgz'), 96.5, 'VGZ: bestaand = RT% ("Richttarief met transformatieopslagen", 000 L88)');
SELECT is(pg_temp.t('vgz', 'verblijf'), 96.5, 'VGZ: bestaand verblijf without opslag = RT% (000 L88)');
SELECT is(pg_temp.t('vgz', kl => 'nieuw'), 96.5, 'VGZ: nieuw = RT%, the overview names no rule for new providers (000 L88-92)');
SELECT is(pg_temp.t('vgz', kl => 'bestaand-maar-nieuw'), 96.5, 'VGZ: bestaand-maar-nieuw = RT% (000 L88-92)');
SELECT is(pg_temp.t('vgz', 'verblijf', km => '{good-practices}'), 96.7, 'VGZ: good practices, ZZP (verblijf) 96,5 + 0,2 = 96,7 (000 L140)');
SELECT is(pg_temp.t('vgz', 'vpt', km => '{good-practices}'), 96.7, 'VGZ: good practices, VPT 96,7 (000 L140)');
SELECT is(pg_temp.t('vgz', 'mpt', km => '{good-practices}'), 96.7, 'VGZ: good practices, MPT 96,7 (000 L140)');
SELECT is(pg_temp.t('vgz', 'dtv', km => '{good-practices}'), 96.5, 'VGZ: good practices, DTV is not named: RT% (000 L140)');
SELECT is(pg_temp.t('vgz', 'vpt', km => '{groei-vpt-mpt}'), 98.7, 'VGZ: growth VPT/MPT, VPT 96,5 + 2,2 = 98,7 (000 L142)');
SELECT is(pg_temp.t('vgz', 'mpt', km => '{groei-vpt-mpt}'), 98.7, 'VGZ: growth VPT/MPT, MPT 98,7 (000 L142)');
SELECT is(pg_temp.t('vgz', 'verblijf', km => '{groei-vpt-mpt}'), 96.5, 'VGZ: growth VPT/MPT does not apply to ZZP (000 L142)');
SELECT is(pg_temp.t('vgz', 'vpt', km => '{good-practices,groei-vpt-mpt}'), 98.7,
    'VGZ: both opslagen on VPT, one of them, 98,7 not 98,9 (000 L140, L142; no stacking)');
SELECT is(pg_temp.t('vgz', 'verblijf', km => '{good-practices,groei-vpt-mpt}'), 96.7,
    'VGZ: both kenmerken on ZZP, only good practices applies: 96,7 (000 L140, L142)');
SELECT is(pg_temp.t('vgz', 'verblijf', 'VG7+', km => '{good-practices}'), 96.5, 'VGZ: VG7+ = RT%, no opslag (000 L164)');
SELECT is(pg_temp.t('vgz', hist => 95.0), 95.0, 'VGZ: historisch lager tarief 95: kept (000 L91)');
SELECT is(pg_temp.t('vgz', hist => 98.0), 96.5, 'VGZ: historical 98, the RT% is lower: RT% (000 L91)');
SELECT is(pg_temp.t('vgz', 'vpt', hist => 95.0, km => '{groei-vpt-mpt}'), 95.0,
    'VGZ: historisch 95, no transformatieopslag on top (000 L88, L91)');

-- ---------------------------------------------------------------------------
-- Menzis (000 L94-97, L144-147, L169-171).
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.t('menzis'), 96.5, 'Menzis: bestaand, basistarief 2025 = RT% 2025: RT% 2026 (000 L94)');
SELECT is(pg_temp.t('menzis', kl => 'nieuw'), 94.5, 'Menzis: nieuw, 96,5 - 2 = 94,5 (000 L147)');
SELECT is(pg_temp.t('menzis', kl => 'bestaand-maar-nieuw'), 94.5, 'Menzis: bestaand-maar-nieuw, new to Menzis: 94,5 (000 L147)');
SELECT is(pg_temp.t('menzis', kl => 'nieuw', km => '{module-digitaal}'), 94.5, 'Menzis: nieuw with a module: 94,5, no opslag (000 L147)');
SELECT is(pg_temp.t('menzis', km => '{module-eigen-netwerk}'), 96.7, 'Menzis: module eigen netwerk, 96,5 + 0,2 = 96,7 (000 L144)');
SELECT is(pg_temp.t('menzis', 'mpt', km => '{module-digitaal}'), 96.7, 'Menzis: module digitaal, 96,5 + 0,2 = 96,7 (000 L145)');
SELECT is(pg_temp.t('menzis', km => '{module-eigen-netwerk,module-digitaal}'), 96.9,
    'Menzis: two modules, "Opslagen per module": 96,5 + 0,2 + 0,2 = 96,9 (000 L97, L144-145)');
SELECT is(pg_temp.t('menzis', prestatie => 'Z472', km => '{module-complexe-zorg}'), 99::numeric,
    'Menzis: Z472 with the module complexe zorg 99% (000 L146)');
SELECT is(pg_temp.t('menzis', prestatie => 'Z473', km => '{module-complexe-zorg}'), 99::numeric,
    'Menzis: Z473 with the module complexe zorg 99% (000 L146)');
SELECT is(pg_temp.t('menzis', prestatie => 'Z472'), 96.5, 'Menzis: Z472 without the module = RT% (000 L146)');
SELECT is(pg_temp.t('menzis', 'verblijf', '4VG', km => '{module-complexe-zorg}'), 96.5,
    'Menzis: module complexe zorg on 4VG, not Z472/Z473/VG7+: RT% (000 L146)');
SELECT is(pg_temp.t('menzis', prestatie => 'Z472', km => '{module-complexe-zorg,module-digitaal}'), 99::numeric,
    'Menzis: Z472, module complexe zorg and digitaal: 99, no opslag on the fixed 99 (000 L146)');
SELECT is(pg_temp.t('menzis', prestatie => 'VG7+'), 96.5, 'Menzis: VG7+ = RT% (000 L169)');
SELECT is(pg_temp.t('menzis', prestatie => 'VG7+', km => '{module-complexe-zorg}'), 99::numeric,
    'Menzis: VG7+ with the module complexe zorg 99% (000 L146, L171)');
SELECT is(pg_temp.t('menzis', prestatie => 'VG7+', km => '{module-digitaal}'), 96.5, 'Menzis: VG7+ with module digitaal = RT% (000 L169)');
SELECT is(pg_temp.t('menzis', hist => 95.0), 95.0, 'Menzis: historisch laag tarief 95: kept (000 L95)');
SELECT is(pg_temp.t('menzis', hist => 98.0), 96.5, 'Menzis: historical 98, the RT% is lower: RT% (000 L95)');
SELECT is(pg_temp.t('menzis', hist => 95.0, km => '{module-digitaal}'), 95.0, 'Menzis: historisch 95 with a module: 95 (000 L95)');

-- ---------------------------------------------------------------------------
-- DSW (000 L355, L376-378, L391).
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.t('dsw'), 96.5, 'DSW: bestaand without a tarief 2025 = RT% 96,5, under the max 97,5 (000 L376)');
SELECT is(pg_temp.t('dsw', kl => 'nieuw'), 91::numeric, 'DSW: nieuw 91% max. NZa tarief (000 L377)');
SELECT is(pg_temp.t('dsw', kl => 'bestaand-maar-nieuw'), 91::numeric, 'DSW: bestaand-maar-nieuw, new to DSW: 91% (000 L377)');
SELECT is(pg_temp.t('dsw', 'vpt', kl => 'nieuw', hist => 95.0), 91::numeric, 'DSW: nieuw with a historical percentage: 91% (000 L377)');
SELECT is(pg_temp.t('dsw', hist => 96.0), 96.0, 'DSW: eenjarig, monitor gelijk: tarief 2025 96 (000 L376)');
SELECT is(pg_temp.t('dsw', hist => 96.0, km => '{monitor-boven}'), 97.0, 'DSW: eenjarig, monitor boven: 96 + 1 = 97 (000 L376)');
SELECT is(pg_temp.t('dsw', hist => 96.0, km => '{monitor-onder}'), 95.0, 'DSW: eenjarig, monitor onder: 96 - 1 = 95 (000 L376)');
SELECT is(pg_temp.t('dsw', hist => 97.2, km => '{monitor-boven}'), 97.5, 'DSW: eenjarig, 97,2 + 1 = 98,2, max 97,5 (000 L376)');
SELECT is(pg_temp.t('dsw', hist => 98.0), 97.5, 'DSW: eenjarig, tarief 2025 98: max 97,5 (000 L376)');
SELECT is(pg_temp.t('dsw', hist => 96.0, km => '{monitor-boven,monitor-onder}'), 97.0,
    'DSW: one monitor outcome, the first rule of groep monitor: 97 (000 L376)');
SELECT is(pg_temp.t('dsw', prestatie => 'VG7+'), 96.5, 'DSW: VG7+ "conform huidig contracteerbeleid", no rule of its own: RT% (000 L391)');

-- ---------------------------------------------------------------------------
-- Zorg en Zekerheid (000 L362-368, L380-382, L396).  A made-up opslag
-- personeel (its value is published 05-09, L381) shows that VG7+ keeps the RT%.
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.t('zorgenzekerheid'), 96.5, 'Zorg en Zekerheid: bestaand "Richtpercentage" = RT% (000 L362)');
SELECT is(pg_temp.t('zorgenzekerheid', kl => 'nieuw'), 96.5, 'Zorg en Zekerheid: nieuw, "kan leiden tot lager tarief" has no number: RT% (000 L363)');
SELECT is(pg_temp.t('zorgenzekerheid', kl => 'bestaand-maar-nieuw'), 96.5, 'Zorg en Zekerheid: bestaand-maar-nieuw = RT% (000 L362-363)');
SELECT is(pg_temp.t('zorgenzekerheid', prestatie => 'VG7+'), 96.5, 'Zorg en Zekerheid: VG7+ landelijk RT% (000 L396)');
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, kenmerk, bewerking, waarde, bron)
VALUES ('zorgenzekerheid', 'GZ', 2026, 50, 'personeel', 'opslag', 1, 'test: opslag personeel (000 L381), waarde verzonnen');
SELECT is(pg_temp.t('zorgenzekerheid', km => '{personeel}'), 97.5, 'Zorg en Zekerheid: a user''s opslag personeel of 1 applies: 97,5 (000 L381)');
SELECT is(pg_temp.t('zorgenzekerheid', prestatie => 'VG7+', km => '{personeel}'), 96.5,
    'Zorg en Zekerheid: VG7+ keeps the landelijk RT% with that opslag (000 L396)');

-- ---------------------------------------------------------------------------
-- Salland (000 L369-373, L384-385, L402).
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.t('salland'), 96.5, 'Salland: bestaand without differentiation = RT% (000 L384)');
SELECT is(pg_temp.t('salland', kl => 'nieuw'), 96.5, 'Salland: nieuw, no rule for new providers: RT% (000 L369-373, L384)');
SELECT is(pg_temp.t('salland', kl => 'bestaand-maar-nieuw'), 96.5, 'Salland: bestaand-maar-nieuw = RT% (000 L384)');
SELECT is(pg_temp.t('salland', km => '{differentiatie-hoog}'), 97.5, 'Salland: top of the range, 96,5 + 1 = 97,5 (000 L384)');
SELECT is(pg_temp.t('salland', km => '{differentiatie-laag}'), 94.5, 'Salland: bottom of the range, 96,5 - 2 = 94,5 (000 L384, L372)');
SELECT is(pg_temp.t('salland', 'mpt', kl => 'nieuw', km => '{differentiatie-laag}'), 94.5,
    'Salland: the differentiation applies in every class and leveringsvorm (000 L384)');
SELECT is(pg_temp.t('salland', km => '{differentiatie-hoog,differentiatie-laag}'), 97.5,
    'Salland: one deviation, the first rule of groep differentiatie: 97,5 (000 L384)');
SELECT is(pg_temp.t('salland', prestatie => 'VG7+', km => '{differentiatie-laag}'), 96.5, 'Salland: VG7+ landelijk RT%, no afslag (000 L402)');
SELECT is(pg_temp.t('salland', prestatie => 'VG7+', km => '{differentiatie-hoog}'), 96.5, 'Salland: VG7+ landelijk RT%, no opslag (000 L402)');

-- ---------------------------------------------------------------------------
-- uitleg: the last step equals wlz.tariefpercentage (and the value worked out by
-- hand), one case with several steps per zorgkantoor.
-- ---------------------------------------------------------------------------
SELECT is(ARRAY[pg_temp.u('zilverenkruis', kl => 'nieuw'), pg_temp.t('zilverenkruis', kl => 'nieuw')],
          ARRAY[93.7, 93.7], 'Zilveren Kruis uitleg nieuw ends with tariefpercentage, 93,7 (000 L85, L129)');
SELECT is(ARRAY[pg_temp.u('cz', 'vpt'), pg_temp.t('cz', 'vpt')],
          ARRAY[100, 100]::numeric[], 'CZ uitleg VPT ends with tariefpercentage, 100 (000 L132)');
SELECT is(ARRAY[pg_temp.u('vgz', 'mpt', hist => 98.0, km => '{groei-vpt-mpt}'),
                pg_temp.t('vgz', 'mpt', hist => 98.0, km => '{groei-vpt-mpt}')],
          ARRAY[96.5, 96.5], 'VGZ uitleg historical 98 ends with tariefpercentage, 96,5 (000 L91)');
SELECT is(ARRAY[pg_temp.u('menzis', km => '{module-eigen-netwerk,module-digitaal}'),
                pg_temp.t('menzis', km => '{module-eigen-netwerk,module-digitaal}')],
          ARRAY[96.9, 96.9], 'Menzis uitleg two modules ends with tariefpercentage, 96,9 (000 L144-145)');
SELECT is(ARRAY[pg_temp.u('dsw', hist => 97.2, km => '{monitor-boven}'),
                pg_temp.t('dsw', hist => 97.2, km => '{monitor-boven}')],
          ARRAY[97.5, 97.5], 'DSW uitleg eenjarig monitor boven ends with tariefpercentage, 97,5 (000 L376)');
SELECT is(ARRAY[pg_temp.u('zorgenzekerheid', prestatie => 'VG7+', km => '{personeel}'),
                pg_temp.t('zorgenzekerheid', prestatie => 'VG7+', km => '{personeel}')],
          ARRAY[96.5, 96.5], 'Zorg en Zekerheid uitleg VG7+ ends with tariefpercentage, 96,5 (000 L396)');
SELECT is(ARRAY[pg_temp.u('salland', km => '{differentiatie-laag}'), pg_temp.t('salland', km => '{differentiatie-laag}')],
          ARRAY[94.5, 94.5], 'Salland uitleg differentiatie laag ends with tariefpercentage, 94,5 (000 L384)');

-- The steps themselves, with the bron of each rule.
SELECT results_eq(
    $$SELECT stap, bewerking::text, waarde, resultaat, bron
      FROM wlz.tariefpercentage_uitleg('zilverenkruis', 'GZ', 2026, klasse => 'nieuw')$$,
    $$VALUES (0, 'richttarief', 96.5, 96.5, NULL::text),
             (1, 'vast', 93.7, 93.7, '000_5a856cd43381b77b.txt L129'),
             (2, 'maximum', 96.5, 93.7, '000_5a856cd43381b77b.txt L85')$$,
    'Zilveren Kruis uitleg nieuw: RT%, 93,7, max. RT% (000 L129, L85)');
SELECT results_eq(
    $$SELECT stap, bewerking::text, waarde, resultaat
      FROM wlz.tariefpercentage_uitleg('dsw', 'GZ', 2026, historisch => 97.2, kenmerken => '{monitor-boven}')$$,
    $$VALUES (0, 'richttarief', 96.5, 96.5), (1, 'historisch', 97.2, 97.2),
             (2, 'opslag', 1, 98.2), (3, 'maximum', 97.5, 97.5)$$,
    'DSW uitleg: tarief 2025, + 1 by the monitor, max 97,5 (000 L376)');
SELECT results_eq(
    $$SELECT stap, bewerking::text, resultaat
      FROM wlz.tariefpercentage_uitleg('vgz', 'GZ', 2026, leveringsvorm => 'vpt',
                                       kenmerken => '{good-practices,groei-vpt-mpt}')$$,
    $$VALUES (0, 'richttarief', 96.5), (1, 'opslag', 98.7)$$,
    'VGZ uitleg VPT with both kenmerken: one transformatieopslag (000 L140, L142)');

-- ---------------------------------------------------------------------------
-- Another RT%: 93 shows the caps at the RT%, 98 the bound at 100.
-- ---------------------------------------------------------------------------
UPDATE wlz.richttarief SET percentage = 93 WHERE sector = 'GZ' AND jaar = 2026;
SELECT is(pg_temp.t('zilverenkruis', kl => 'nieuw'), 93::numeric, 'Zilveren Kruis RT% 93: nieuw 93,7 capped at max. RT% 93 (000 L85)');
SELECT is(pg_temp.t('zilverenkruis', hist => 95.0), 93::numeric, 'Zilveren Kruis RT% 93: historical 95 capped at 93 (000 L85)');
SELECT is(pg_temp.t('menzis', hist => 95.0), 93::numeric, 'Menzis RT% 93: historical 95, the RT% is lower: 93 (000 L95)');
SELECT is(pg_temp.t('dsw', kl => 'nieuw'), 91::numeric, 'DSW RT% 93: nieuw stays 91, not tied to the RT% (000 L377)');
SELECT is(pg_temp.t('menzis', kl => 'nieuw'), 91::numeric, 'Menzis RT% 93: nieuw 93 - 2 = 91 (000 L147)');

UPDATE wlz.richttarief SET percentage = 98 WHERE sector = 'GZ' AND jaar = 2026;
SELECT is(pg_temp.t('zilverenkruis', zorgprofiel => '3ZGaud'), 100::numeric, 'Zilveren Kruis RT% 98: 3ZGaud 98 + 3 = 101, at most 100 (000 L125)');
SELECT results_eq(
    $$SELECT stap, bewerking::text, resultaat
      FROM wlz.tariefpercentage_uitleg('zilverenkruis', 'GZ', 2026, zorgprofiel => '3ZGaud')$$,
    $$VALUES (0, 'richttarief', 98::numeric), (1, 'opslag', 101), (2, 'maximum', 100)$$,
    'Zilveren Kruis uitleg RT% 98, 3ZGaud: the bound at 100 is the last step (000 L125, L60)');
SELECT is(pg_temp.t('zilverenkruis', kl => 'nieuw'), 93.7, 'Zilveren Kruis RT% 98: nieuw 93,7 (000 L129)');
SELECT is(pg_temp.t('dsw', hist => 97.0), 97.0, 'DSW RT% 98: tarief 2025 97 stays 97, not the RT% (000 L376)');
SELECT is(pg_temp.t('dsw'), 97.5, 'DSW RT% 98: bestaand without tarief 2025: the RT% 98, at most 97,5, the max closes the whole one-year route (000 L376; issue 15 item 3)');
SELECT is(pg_temp.t('dsw', prestatie => 'VG7+'), 97.5, 'DSW RT% 98: VG7+ has no rule of its own, so the one-year route and its max 97,5 (000 L376, L391)');
SELECT is(pg_temp.t('dsw', hist => 98.4, km => '{meerjarenafspraak}'), 98.4,
    'DSW RT% 98: a meerjarenafspraak of 98,4 "vloeit voort uit meerjarenafspraak", not capped at 97,5 (000 L378)');
SELECT is(pg_temp.t('vgz', 'vpt', km => '{groei-vpt-mpt}'), 100::numeric, 'VGZ RT% 98: 98 + 2,2 = 100,2, at most 100 (000 L142)');

-- ---------------------------------------------------------------------------
-- Issue 15 item 3: DSW's "Max 97,5%" closes the bullet of the one-year contract
-- ("Eenjarige overeenkomst: Obv monitor 1% onder, boven of gelijk aan tarief 2025.
-- Max 97,5%", 000 L376), so it caps the whole route, with or without the tarief
-- 2025; new providers (L377) and multi-year agreements (L378) have their own
-- bullet.  RT% 97, worked out by hand.
-- ---------------------------------------------------------------------------
UPDATE wlz.richttarief SET percentage = 97 WHERE sector = 'GZ' AND jaar = 2026;
SELECT is(pg_temp.t('dsw', km => '{monitor-boven}'), 97.5,
    'DSW RT% 97, no tarief 2025, monitor boven: 97 + 1 = 98, at most 97,5 (000 L376)');
SELECT is(pg_temp.t('dsw', km => '{monitor-onder}'), 96::numeric, 'DSW RT% 97, no tarief 2025, monitor onder: 97 - 1 = 96 (000 L376)');
SELECT is(pg_temp.t('dsw'), 97::numeric, 'DSW RT% 97, monitor gelijk: 97, under the max (000 L376)');
SELECT is(pg_temp.t('dsw', hist => 96.5, km => '{monitor-boven}'), 97.5,
    'DSW RT% 97, tarief 2025 96,5 + 1 = 97,5: exactly the max stays 97,5 (000 L376)');
SELECT is(pg_temp.t('dsw', hist => 96.6, km => '{monitor-boven}'), 97.5,
    'DSW RT% 97, tarief 2025 96,6 + 1 = 97,6: one tenth over, 97,5 (000 L376)');
SELECT is(pg_temp.t('dsw', hist => 96.4, km => '{monitor-boven}'), 97.4,
    'DSW RT% 97, tarief 2025 96,4 + 1 = 97,4: under the max (000 L376)');
SELECT is(pg_temp.t('dsw', hist => 97.9, km => '{monitor-onder}'), 96.9,
    'DSW RT% 97, tarief 2025 97,9 - 1 = 96,9 (000 L376)');
SELECT is(pg_temp.t('dsw', kl => 'nieuw', km => '{monitor-boven}'), 91::numeric,
    'DSW RT% 97, nieuw with monitor boven: 91, its own bullet (000 L377)');
SELECT is(pg_temp.t('dsw', hist => 97.8, km => '{meerjarenafspraak,monitor-onder}'), 97.8,
    'DSW RT% 97, meerjarenafspraak 97,8: as agreed, no monitor, no max (000 L378)');
SELECT is(pg_temp.t('dsw', km => '{meerjarenafspraak,monitor-boven}'), 97.5,
    'DSW RT% 97, meerjarenafspraak without its percentage: the one-year route, 97,5 (000 L376, L378)');
SELECT results_eq(
    $$SELECT stap, bewerking::text, waarde, resultaat, bron
      FROM wlz.tariefpercentage_uitleg('dsw', 'GZ', 2026, kenmerken => '{monitor-boven}')$$,
    $$VALUES (0, 'richttarief', 97::numeric, 97::numeric, NULL::text),
             (1, 'opslag', 1, 98, '000_5a856cd43381b77b.txt L376, L355'),
             (2, 'maximum', 97.5, 97.5, '000_5a856cd43381b77b.txt L376, L378')$$,
    'DSW uitleg RT% 97 monitor boven: RT%, + 1, max 97,5 (000 L376)');

-- Issue 15 item 6: Menzis "Nieuwe aanbieders: -2% van het richttarief-percentage"
-- (000 L147) is 2 points, in wlz.tariefregel and in wlz.klasse_gevolg alike.
UPDATE wlz.richttarief SET percentage = 97.3 WHERE sector = 'GZ' AND jaar = 2026;
SELECT is(pg_temp.t('menzis', kl => 'nieuw'), 95.3, 'Menzis RT% 97,3: nieuw 97,3 - 2 = 95,3 points, not 97,3 x 0,98 = 95,354 (000 L147)');
SELECT is((SELECT count(*) FROM wlz.klasse_gevolg
           WHERE meegeleverd AND zorgkantoor = 'menzis' AND onderwerp = 'tarief'
             AND klasse IN ('nieuw', 'bestaand-maar-nieuw') AND toelichting LIKE '%2 procentpunt%'
             AND toelichting NOT LIKE '%wijst eerder op 2% van het percentage%'),
          2::bigint,
    'Menzis: the klasse_gevolg rows of the same sentence (nieuw, bestaand-maar-nieuw) read it as 2 points too (000 L147)');
UPDATE wlz.richttarief SET percentage = 96.5 WHERE sector = 'GZ' AND jaar = 2026;

-- ---------------------------------------------------------------------------
-- The shipped rows: how many, what they cite, how they are named.
-- ---------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT zorgkantoor, count(*) FROM wlz.tariefregel
      WHERE meegeleverd AND sector = 'GZ' AND jaar = 2026 AND bron LIKE '000\_%'
      GROUP BY zorgkantoor ORDER BY zorgkantoor$$,
    $$VALUES ('dsw', 6::bigint), ('menzis', 8::bigint), ('salland', 3::bigint), ('vgz', 5::bigint),
             ('zilverenkruis', 12::bigint), ('zorgenzekerheid', 1::bigint)$$,
    'the VGN overview ships 35 rules: ZK 12, VGZ 5, Menzis 8, DSW 6, Z&Z 1, Salland 3 (000 L79-402, L487-488)');
SELECT is((SELECT count(*) FROM wlz.tariefregel
           WHERE meegeleverd AND zorgkantoor IN ('zilverenkruis', 'vgz', 'menzis', 'dsw', 'zorgenzekerheid', 'salland')
             AND jaar = 2026
             AND (bron IS NULL OR bron !~ '^000_5a856cd43381b77b\.txt L[0-9]+(-[0-9]+)?(, L[0-9]+(-[0-9]+)?)*$'
                  OR toelichting IS NULL OR sector IS DISTINCT FROM 'GZ')),
          0::bigint, 'every shipped VGN row is GZ and has bron "000_5a856cd43381b77b.txt L<from>-<to>" and a toelichting');
SELECT is((SELECT count(*) FROM wlz.tariefregel
           WHERE meegeleverd AND bron LIKE '000\_%' AND kenmerk !~ '^[a-z]+(-[a-z0-9]+)*$'),
          0::bigint, 'every kenmerk of the VGN rows is lower case and hyphenated');
SELECT set_eq(
    $$SELECT DISTINCT kenmerk FROM wlz.tariefregel WHERE meegeleverd AND bron LIKE '000\_%' AND kenmerk IS NOT NULL$$,
    ARRAY['historisch', 'logeren', 'crisis', 'arts-vg', 'toeslag-100', 'complexe-zorg', 'regulier',
          'good-practices', 'groei-vpt-mpt', 'module-complexe-zorg', 'module-eigen-netwerk', 'module-digitaal',
          'monitor-boven', 'monitor-onder', 'meerjarenafspraak', 'differentiatie-hoog', 'differentiatie-laag'],
    'the kenmerken of the VGN rows are the ones README lists');
SELECT is((SELECT count(*) FROM wlz.tariefregel a JOIN wlz.tariefregel b
             ON a.zorgkantoor = b.zorgkantoor AND a.jaar = b.jaar AND a.volgorde = b.volgorde AND a.id < b.id
           WHERE a.meegeleverd AND b.meegeleverd AND a.bron LIKE '000\_%'),
          0::bigint, 'no two VGN rows of one zorgkantoor share a volgorde (the order does not depend on ids)');

SELECT * FROM finish();
ROLLBACK;
