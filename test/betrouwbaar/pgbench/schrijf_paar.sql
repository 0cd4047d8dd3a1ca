-- writer: both halves of the pair, in two statements of one transaction
\set d random(1, 50)
BEGIN;
UPDATE wlz.tariefregel SET waarde = :d WHERE toelichting = 'paar' AND bewerking = 'opslag';
UPDATE wlz.tariefregel SET waarde = :d WHERE toelichting = 'paar' AND bewerking = 'afslag';
COMMIT;
