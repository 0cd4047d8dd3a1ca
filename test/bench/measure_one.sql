-- test/bench/measure_one.sql: measurement :i of bench.meting (measure.sql): the C
-- function under the server's settings in turns with baseline (a), the C function in
-- one process and baseline (b), each the best of :runs runs. The times go through
-- psql variables, so that each measurement is a plain SELECT of its own.
SELECT functie, c, a, b, b_rijen IS NOT NULL AS steekproef,
       coalesce(rijen::numeric / b_rijen, 1) AS factor
FROM bench.meting WHERE nr = :i \gset meting_
\warn '==' :meting_functie
SELECT c_ms, c_workers, a_ms FROM bench.meet_paar(:'meting_c', :'meting_a', :runs) \gset
SELECT ms AS c1_ms FROM bench.meet(:'meting_c', :runs, 0) \gset
SELECT ms * :meting_factor AS b_ms FROM bench.meet(:'meting_b', :runs) \gset
UPDATE bench.meting
SET c_ms = :c_ms, c_workers = :c_workers, c1_ms = :c1_ms, a_ms = :a_ms, b_ms = :b_ms
WHERE nr = :i;
