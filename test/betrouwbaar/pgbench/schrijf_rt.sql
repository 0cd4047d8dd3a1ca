-- writer: the RT% of GZ 3000
BEGIN;
UPDATE teller SET n_rt = n_rt + 1 RETURNING n_rt \gset
UPDATE wlz.richttarief SET percentage = :n_rt * 0.0001 WHERE sector = 'GZ' AND jaar = 3000;
COMMIT;
