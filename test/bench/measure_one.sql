-- test/bench/measure_one.sql: measurement :i of bench.meting (measure.sql): the C
-- function under the server's settings in turns with baseline (a), the C function in
-- one process, baseline (b) and, where set, baseline (py) in one process, each the
-- best of :runs runs. The times go through psql variables, so that each measurement is a plain
-- SELECT of its own.
SELECT functie, c, a, b, b_rijen IS NOT NULL AS steekproef,
       coalesce(rijen::numeric / b_rijen, 1) AS factor,
       py IS NOT NULL AS heeft_py, coalesce(py, '') AS py,
       coalesce(rijen::numeric / py_rijen, 1) AS py_factor
FROM bench.meting WHERE nr = :i \gset meting_
\warn '==' :meting_functie
SELECT c_ms, c_workers, a_ms FROM bench.meet_paar(:'meting_c', :'meting_a', :runs) \gset
SELECT ms AS c1_ms FROM bench.meet(:'meting_c', :runs, 0) \gset
SELECT ms * :meting_factor AS b_ms FROM bench.meet(:'meting_b', :runs) \gset
\if :meting_heeft_py
SELECT ms * :meting_py_factor AS py_ms FROM bench.meet(:'meting_py', :runs, 0) \gset
\else
SELECT '' AS py_ms \gset
\endif
UPDATE bench.meting
SET c_ms = :c_ms, c_workers = :c_workers, c1_ms = :c1_ms, a_ms = :a_ms, b_ms = :b_ms,
    py_ms = nullif(:'py_ms', '')::numeric
WHERE nr = :i;
