-- test/bench/measure-controle-een.sql: measurement :i of bench.controle_meting
-- (measure-controle.sql): the function and what it is measured against, under
-- the server's settings and in one process, each the best of :runs runs.
SELECT functie, c, a FROM bench.controle_meting WHERE nr = :i \gset meting_
\warn '==' :meting_functie
SELECT ms AS c_ms, gestart AS c_workers FROM bench.controle_meet(:'meting_c', :runs) \gset
SELECT ms AS c1_ms FROM bench.controle_meet(:'meting_c', :runs, 0) \gset
SELECT ms AS a_ms FROM bench.controle_meet(:'meting_a', :runs) \gset
SELECT ms AS a1_ms FROM bench.controle_meet(:'meting_a', :runs, 0) \gset
UPDATE bench.controle_meting
SET c_ms = :c_ms, c_workers = :c_workers, c1_ms = :c1_ms, a_ms = :a_ms, a1_ms = :a1_ms
WHERE nr = :i;
