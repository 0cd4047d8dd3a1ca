-- writer: a new pair of rules, inserted in two statements of one transaction
\set d random(1, 20)
BEGIN;
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, kenmerk, bewerking, waarde, toelichting)
VALUES ('gelijktijdig-a', 'GZ', 3000, 5, 'paar', 'opslag', :d, 'paar-extra'),
       ('gelijktijdig-b', 'GZ', 3000, 5, 'paar', 'opslag', :d, 'paar-extra');
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, kenmerk, bewerking, waarde, toelichting)
VALUES ('gelijktijdig-a', 'GZ', 3000, 6, 'paar', 'afslag', :d, 'paar-extra'),
       ('gelijktijdig-b', 'GZ', 3000, 6, 'paar', 'afslag', :d, 'paar-extra');
COMMIT;
