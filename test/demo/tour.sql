-- A short tour of wlzcontract: what CREATE EXTENSION brings.
\pset footer off
CREATE EXTENSION wlzcontract;

\echo
\echo '== wlzcontract'
SELECT extname AS extensie, extversion AS versie, wlz.versie() AS bibliotheek,
       n.nspname AS schema
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE extname = 'wlzcontract';

\echo '== de zorgkantoren (wlz.zorgkantoor)'
SELECT code, naam, coalesce(array_length(regios, 1), 0) AS regios, bron
FROM wlz.zorgkantoor ORDER BY code;

\echo '== typen'
\dT+ wlz.*
\echo '== functies'
\df+ wlz.*
