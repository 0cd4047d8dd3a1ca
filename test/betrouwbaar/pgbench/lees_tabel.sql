-- reader: the whole table in one statement must match the counter of that
-- statement's snapshot (a mismatch divides by zero and aborts the client)
SELECT 1 / (count(*) FILTER (WHERE wlz.tariefpercentage(d.zorgkantoor, d.sector, d.jaar,
                                                         kenmerken => d.kenmerken)
                                   <> (t.n_rt + t.n_regel) * 0.0001) = 0)::integer AS klopt,
       count(*)
FROM declaratie d, teller t;
