-- writer: the 'teller' rule of both zorgkantoren
BEGIN;
UPDATE teller SET n_regel = n_regel + 1 RETURNING n_regel \gset
UPDATE wlz.tariefregel SET waarde = :n_regel * 0.0001 WHERE toelichting = 'teller';
COMMIT;
