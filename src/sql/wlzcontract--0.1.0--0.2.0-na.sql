-- ---------------------------------------------------------------------------
-- Upgrade from 0.1.0, after the load: a shipped row that the user had deleted
-- stays off, switched off by a row of theirs (actief = false).
-- ---------------------------------------------------------------------------

INSERT INTO wlz.zorgkantoor (code, actief)
SELECT w.code, false FROM pg_temp.meegeleverd_0_1_0_weg w WHERE w.tabel = 'zorgkantoor';
INSERT INTO wlz.richttarief (sector, jaar, actief)
SELECT w.sector, w.jaar, false FROM pg_temp.meegeleverd_0_1_0_weg w WHERE w.tabel = 'richttarief';
INSERT INTO wlz.prestatie (code, actief)
SELECT w.code, false FROM pg_temp.meegeleverd_0_1_0_weg w WHERE w.tabel = 'prestatie';
INSERT INTO wlz.termijnkalender (zorgkantoor, sector, inkoopjaar, stap, actief)
SELECT w.code, w.sector, w.jaar, w.stap, false
  FROM pg_temp.meegeleverd_0_1_0_weg w WHERE w.tabel = 'termijnkalender';
INSERT INTO wlz.klasse_gevolg (vervangt, actief)
SELECT -w.id, false FROM pg_temp.meegeleverd_0_1_0_weg w WHERE w.tabel = 'klasse_gevolg';
INSERT INTO wlz.tariefregel (vervangt, actief)
SELECT -w.id, false FROM pg_temp.meegeleverd_0_1_0_weg w WHERE w.tabel = 'tariefregel';

-- The identity sequences go on after the user's largest id (0.1.0's shipped
-- rows had taken ids from them), as in a fresh install with the same rows.
SELECT pg_catalog.setval('wlz.termijnkalender_id_seq', coalesce(max(id), 1), max(id) IS NOT NULL)
  FROM wlz.termijnkalender WHERE id > 0;
SELECT pg_catalog.setval('wlz.klasse_gevolg_id_seq', coalesce(max(id), 1), max(id) IS NOT NULL)
  FROM wlz.klasse_gevolg WHERE id > 0;
SELECT pg_catalog.setval('wlz.tariefregel_id_seq', coalesce(max(id), 1), max(id) IS NOT NULL)
  FROM wlz.tariefregel WHERE id > 0;

DROP TABLE pg_temp.meegeleverd_0_1_0_zorgkantoor, pg_temp.meegeleverd_0_1_0_richttarief,
           pg_temp.meegeleverd_0_1_0_prestatie, pg_temp.meegeleverd_0_1_0_termijnkalender,
           pg_temp.meegeleverd_0_1_0_klasse_gevolg, pg_temp.meegeleverd_0_1_0_tariefregel,
           pg_temp.meegeleverd_0_1_0_weg, pg_temp.meegeleverd_0_1_0_eigen;
