-- test/geld_betaling.sql: the CAK payment of a month (SPEC 11), CZ's two
-- tables for boekjaar 2026 (002 Bijlage 1, L1923-2061) and Zorg en
-- Zekerheid's AW319 advance (004 L927-955), month by month over one provider's
-- year, with the amounts worked out by hand in the comments; the deadline of a
-- liquidity request (the 17th werkdag of the month before).
--
-- The provider: an initial agreement of 1 200 000 (one twelfth is 100 000),
-- raised to 1 320 000 in March, reshuffled to 1 080 000 (a twelfth 90 000).
BEGIN;
SELECT plan(54);

CREATE TEMP TABLE cz AS SELECT wlz.geldbeleid('cz', 'GZ', 2026) AS b;
CREATE TEMP TABLE zz AS SELECT wlz.geldbeleid('zorgenzekerheid', 'VV', 2022) AS b;

-- ---------------------------------------------------------------------------
-- With an advance (L1936-2005)
-- ---------------------------------------------------------------------------

-- L1943-1949: January and February, the initial agreement / 12 x the months passed.
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-01-15', true, 0, 0, initiele_afspraak => 1200000),
          100000.00, '002 L1946-1947: January, 1 200 000 / 12 x 1 = 100 000');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-02-01', true, 0, 100000, initiele_afspraak => 1200000),
          100000.00, '002 L1946-1948: February, 1 200 000 / 12 x 2 = 200 000, minus the 100 000 paid before');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-02-01', true, 0, 100000, initiele_afspraak => 1200000,
                           volumekorting => 60000),
          110000.00, '002 L1944-1946: a volumekorting not yet bought back counts: (1 200 000 + 60 000) / 12 x 2 - 100 000');
-- one twelfth of 1 000 000 is 83 333,33...: rounded once, to cents, half away from zero
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-01-01', true, 0, 0, initiele_afspraak => 1000000),
          83333.33, 'January of 1 000 000: 83 333,33');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-02-01', true, 0, 83333.33, initiele_afspraak => 1000000),
          83333.34, 'February: 166 666,666... - 83 333,33 = 83 333,336... -> 83 333,34: together exactly two twelfths');
-- L1955-1959: March, the realisation over January plus two months of advance.
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-03-01', true, 95000, 210000, initiele_afspraak => 1200000),
          85000.00, '002 L1955-1956: March, 95 000 realised + 2 x 100 000 = 295 000, minus 210 000 paid');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-03-01', true, 95000, 210000, initiele_afspraak => 1200000,
                           maandvoorschot => 80000),
          45000.00, 'a month of advance is not defined: the caller''s maandvoorschot 80 000 gives 95 000 + 160 000 - 210 000');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-03-01', true, 95000, 210000, initiele_afspraak => 1200000,
                           bevoorschottingspercentage => 90),
          65000.00, '002 L2078-2079: a lower level of advance: 95 000 + 200 000 x 90 % - 210 000');
-- L1967-1968: April-October, realisation + two months, the actual agreement the maximum.
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-04-01', true, 190000, 295000, 1200000, 1320000),
          115000.00, '002 L1967-1968: April, raised to 1 320 000: 190 000 + 2 x 110 000 - 295 000');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-10-01', true, 1150000, 1100000, 1200000),
          100000.00, '002 L1968 "met als maximum de actuele productieafspraak": 1 150 000 + 200 000 capped at 1 200 000, minus 1 100 000');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-10-01', true, 1000000, 1100000, 1200000),
          100000.00, 'exactly at the ceiling: 1 000 000 + 200 000 = 1 200 000');
-- L1969-1974: a liquidity correction for one month; the month after it is in
-- "de eerdere CAK-betalingen" and so comes off again.
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-05-01', true, 300000, 410000, 1200000,
                           liquiditeitscorrectie => 50000),
          140000.00, '002 L1971-1973: May, 300 000 + 200 000 + a correction of 50 000 - 410 000');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-06-01', true, 400000, 550000, 1200000),
          50000.00, '"voor één maand": June, 400 000 + 200 000 - 550 000 = 50 000, the 50 000 of May back');
-- L1979-1984: November and December, the reshuffled agreement the maximum.
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-11-01', true, 850000, 1000000, 1200000, 1200000, 1080000),
          30000.00, '002 L1981-1982: November, 850 000 + 2 x 90 000 (a twelfth of the reshuffled 1 080 000) - 1 000 000');
SELECT throws_ok($$SELECT wlz.cak_betaling('cz', 'GZ', 2026, date '2026-11-01', true, 850000, 1000000, 1200000)$$,
                 '22004', 'herschikte_afspraak is needed for month 11 of boekjaar 2026',
                 'November without the reshuffled agreement: 22004');
SELECT throws_ok($$SELECT wlz.cak_betaling('cz', 'GZ', 2026, date '2026-11-01', true, 850000, 1000000, 1200000, 1200000, 1080000,
                                           liquiditeitscorrectie => 1)$$,
                 '22023', 'a liquiditeitscorrectie is not possible in month 11 of boekjaar 2026',
                 '002 L1979-1984: no liquidity correction from November: 22023');
-- L1986-1997: January 2027 one month of advance, February and March none.
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2027-01-01', true, 990000, 1050000, 1200000, 1200000, 1080000),
          30000.00, '002 L1986-1987: January 2027, 990 000 + 1 x 90 000 = 1 080 000 (the ceiling exactly) - 1 050 000');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2027-02-01', true, 1100000, 1080000, 1200000, 1200000, 1080000),
          0.00, '002 L1994-1995: February 2027, the realisation 1 100 000 capped at 1 080 000, all paid already');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2027-03-31', true, 1000000, 1050000, 1200000, 1200000, 1080000),
          -50000.00, 'March 2027: 50 000 more was paid than realised: a negative payment, to be settled');
SELECT throws_ok($$SELECT wlz.cak_betaling('cz', 'GZ', 2026, date '2027-04-01', true, 1, 1, 1, 1, 1)$$, 'P0002',
                 'no payment rule of cz GZ 2026 for month 16 of the boekjaar, with an advance',
                 '002 L1999-2005: after March 2027 the nacalculatie settles, no monthly rule (P0002)');
SELECT throws_ok($$SELECT wlz.cak_betaling('cz', 'GZ', 2026, date '2025-12-01', true, 1, 1, 1)$$, 'P0002', NULL,
                 'December 2025 is not in boekjaar 2026');

-- ---------------------------------------------------------------------------
-- Without an advance (L2007-2061)
-- ---------------------------------------------------------------------------

SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-01-01', false, 0, 0, 1200000), 0.00,
          '002 L2010-2011: "niet vooruit betaald": January pays the realisation, nothing yet');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-03-01', false, 95000, 0, 1200000), 95000.00,
          '002 L2021-2022: March, the realisation with the actual agreement as the maximum');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-04-01', false, 190000, 95000, 1200000,
                           liquiditeitscorrectie => 20000),
          115000.00, '002 L2037-2041: April, 190 000 + a correction of 20 000 - 95 000');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2026-11-01', false, 1200000, 1000000, 1200000, 1200000, 1080000),
          80000.00, '002 L2049-2051: from November the reshuffled agreement: 1 200 000 capped at 1 080 000 - 1 000 000');
SELECT is(wlz.cak_betaling('cz', 'GZ', 2026, date '2027-03-01', false, 1080000, 1080000, 1200000, 1200000, 1080000),
          0.00, '002 L2045-2051: "November 2026 t/m maart 2027"');
SELECT throws_ok($$SELECT wlz.cak_betaling('cz', 'GZ', 2026, date '2027-04-01', false, 1, 1, 1, 1, 1)$$, 'P0002',
                 'no payment rule of cz GZ 2026 for month 16 of the boekjaar, without an advance',
                 'and April 2027 not');

-- ---------------------------------------------------------------------------
-- Zorg en Zekerheid 2022: the AW319 with two months' delay (004 L927-955)
-- ---------------------------------------------------------------------------

SELECT is(wlz.cak_betaling(b, date '2022-05-01', true, 500000, 300000), 200000.00,
          '004 L927-937: May pays the approved AW319 through March: 500 000 - 300 000') FROM zz;
SELECT is(wlz.cak_betaling(b, date '2022-05-01', true, 500000, 300000, bevoorschottingspercentage => 90), 150000.00,
          '004 L939-945: a lower bevoorschottingspercentage, 90 %: 450 000 - 300 000') FROM zz;
SELECT is(wlz.cak_betaling(b, date '2022-05-01', true, 500000, 300000, crisis_realisatie => 100000,
                           bevoorschottingspercentage => 90), 160000.00,
          '004 L945-947: "niet doorgevoerd op afspraken rondom crisisplekken": 400 000 x 90 % + 100 000 - 300 000') FROM zz;
SELECT is(wlz.cak_betaling(b, date '2022-05-01', false, 500000, 300000), 200000.00,
          '004 L927: every provider gets the advance, with or without') FROM zz;
SELECT is(wlz.cak_betaling(b, date '2023-02-01', true, 6000000, 5500000), 500000.00,
          '004 L931-937: February 2023 pays the care of December 2022') FROM zz;
SELECT throws_ok($$SELECT wlz.cak_betaling(b, date '2023-03-01', true, 1, 1) FROM zz$$, 'P0002', NULL,
                 '004 L949-955: then the year is settled on the nacalculatie');

-- ---------------------------------------------------------------------------
-- _uitleg: every step with its lines
-- ---------------------------------------------------------------------------

SELECT results_eq(
    $$SELECT onderdeel, regel_id, waarde, bron
      FROM wlz.cak_betaling_uitleg('cz', 'GZ', 2026, date '2026-03-01', true, 95000, 210000, 1200000) ORDER BY stap$$,
    $$VALUES ('betaalregel', -2, 3::numeric, '002_f8c218839efa0959.txt L1951-1959'),
             ('realisatie', -2, 95000, '002_f8c218839efa0959.txt L1951-1959'),
             ('voorschot', -2, 200000, '002_f8c218839efa0959.txt L1951-1959'),
             ('plafond', -2, 1200000, '002_f8c218839efa0959.txt L1951-1959'),
             ('eerder betaald', -2, -210000, '002_f8c218839efa0959.txt L1951-1959'),
             ('betaling', -2, 85000.00, '002_f8c218839efa0959.txt L1951-1959')$$,
    '_uitleg of March: the rule, the realisation, two months of advance, the ceiling, what was paid and the payment');
SELECT results_eq(
    $$SELECT onderdeel, regel_id, waarde, bron
      FROM wlz.cak_betaling_uitleg('cz', 'GZ', 2026, date '2026-05-01', true, 300000, 410000, 1200000,
                                   liquiditeitscorrectie => 50000) WHERE onderdeel = 'liquiditeitscorrectie'$$,
    $$VALUES ('liquiditeitscorrectie', -22, 50000::numeric,
              '002_f8c218839efa0959.txt L1967-1974, L2020-2028, L2035-2043')$$,
    'the liquidity correction cites the rule of the 17th werkdag');
SELECT results_eq(
    $$SELECT onderdeel, waarde FROM wlz.cak_betaling_uitleg('cz', 'GZ', 2026, date '2026-02-01', true, 0, 100000,
                                                            1200000, volumekorting => 60000) ORDER BY stap$$,
    $$VALUES ('betaalregel', 2::numeric), ('afspraak', 1200000), ('volumekorting', 60000), ('pro rata', 210000),
             ('eerder betaald', -100000), ('betaling', 110000.00)$$,
    '_uitleg of February: the agreement, the volumekorting, the pro-rata amount');
SELECT results_eq(
    $$SELECT onderdeel, regel_id FROM zz, wlz.cak_betaling_uitleg(zz.b, date '2022-05-01', true, 500000, 300000,
                                                                  crisis_realisatie => 100000, bevoorschottingspercentage => 90)
      ORDER BY stap$$,
    $$VALUES ('betaalregel', -21), ('realisatie', -21), ('crisis', -16), ('bevoorschottingspercentage', -21),
             ('plafond', -21), ('eerder betaald', -21), ('betaling', -21)$$,
    '_uitleg of Zorg en Zekerheid: the crisis exemption cites its geldregel (004 L939-947)');
SELECT is((SELECT waarde FROM wlz.cak_betaling_uitleg('cz', 'GZ', 2026, date '2026-10-01', true, 1150000, 1100000, 1200000)
           WHERE onderdeel = 'betaling'),
          wlz.cak_betaling('cz', 'GZ', 2026, date '2026-10-01', true, 1150000, 1100000, 1200000),
          'the last row of _uitleg is wlz.cak_betaling');

-- ---------------------------------------------------------------------------
-- The deadline of a liquidity request (L1969-1971): the 17th werkdag of the
-- month before. March 2026 starts on a Sunday: 2-6, 9-13, 16-20 are 15
-- werkdagen, the 17th is Tuesday 24 March. April 2026 loses Goede Vrijdag (3),
-- Tweede Paasdag (6) and Koningsdag (Monday 27): the 17th is Tuesday 28 April.
-- ---------------------------------------------------------------------------

SELECT is(wlz.liquiditeitsmelding_uiterlijk(b, date '2026-04-01'), wlz.einde_dag('2026-03-24'),
          '002 L1969-1971: for the April payment, the end of 24 March 2026') FROM cz;
SELECT is(wlz.liquiditeitsmelding_uiterlijk(b, date '2026-04-30'), wlz.einde_dag(wlz.werkdag_van_maand('2026-03-01', 17)),
          'any day of the payment month, from wlz.werkdag_van_maand') FROM cz;
SELECT is(wlz.liquiditeitsmelding_uiterlijk(b, date '2026-05-01'), wlz.einde_dag('2026-04-28'),
          'for May: 28 April, past Goede Vrijdag, Tweede Paasdag and Koningsdag') FROM cz;
SELECT ok(wlz.lokaal('2026-03-24', '23:59:59') <= wlz.liquiditeitsmelding_uiterlijk(b, date '2026-04-01'),
          'a request at 23:59:59 on 24 March is on time') FROM cz;
SELECT ok(wlz.lokaal('2026-03-25', '00:00') > wlz.liquiditeitsmelding_uiterlijk(b, date '2026-04-01'),
          'one at midnight is late') FROM cz;
SELECT is(wlz.liquiditeitsmelding_uiterlijk(b, date '2027-01-04'), wlz.einde_dag('2026-12-23'),
          'for January 2027: Wednesday 23 December 2026') FROM cz;
SELECT throws_ok($$SELECT wlz.liquiditeitsmelding_uiterlijk(b, date '2022-05-01') FROM zz$$, 'P0002', NULL,
                 'Zorg en Zekerheid 2022 names no liquidity request: P0002');

-- ---------------------------------------------------------------------------
-- Bad input, and the value against the table form
-- ---------------------------------------------------------------------------

SELECT throws_ok($$SELECT wlz.cak_betaling('cz', 'GZ', 2026, NULL, true, 1, 1, 1)$$, '22004',
                 'month of a CAK payment must not be null', 'no month: 22004');
SELECT throws_ok($$SELECT wlz.cak_betaling('cz', 'GZ', 2026, date '2026-03-01', NULL, 1, 1, 1)$$, '22004', NULL,
                 'with or without an advance must be said: 22004');
SELECT throws_ok($$SELECT wlz.cak_betaling('cz', 'GZ', 2026, date '2026-03-01', true, 1, NULL, 1)$$, '22004', NULL,
                 'what was paid before must be given (0 the first time): 22004');
SELECT throws_ok($$SELECT wlz.cak_betaling('cz', 'GZ', 2026, date '2026-03-01', true, NULL, 0, 1)$$, '22004',
                 'realisatie is needed for month 3 of boekjaar 2026', 'March without a realisation: 22004');
SELECT throws_ok($$SELECT wlz.cak_betaling('cz', 'GZ', 2026, date '2026-03-01', true, -1, 0, 1)$$, '22023',
                 'realisatie -1 is out of range', 'a negative realisation: 22023');
SELECT throws_ok($$SELECT wlz.cak_betaling(b, date '2022-05-01', true, 1, 0, bevoorschottingspercentage => 100.5) FROM zz$$,
                 '22023', 'bevoorschottingspercentage 100.5 is out of range', 'a percentage above 100: 22023');
SELECT throws_ok($$SELECT wlz.cak_betaling(b, date '2022-05-01', true, 1, 0, crisis_realisatie => 2) FROM zz$$,
                 '22023', 'crisis_realisatie 2 exceeds realisatie 1', 'more crisis than realisation: 22023');
SELECT throws_ok($$SELECT wlz.cak_betaling('cz', 'GZ', 2026, 'infinity', true, 1, 0, 1)$$, '22008', NULL,
                 'an infinite month: 22008');
SELECT is_empty(
    $$SELECT m, v FROM generate_series(date '2026-01-01', date '2027-03-01', interval '1 month') m,
                       unnest(ARRAY[true, false]) v
      WHERE wlz.cak_betaling('cz', 'GZ', 2026, m::date, v, 700000, 600000, 1200000, 1260000, 1080000, 12000)
            IS DISTINCT FROM wlz.cak_betaling((SELECT b FROM cz), m::date, v, 700000, 600000, 1200000, 1260000, 1080000, 12000)$$,
    'SPEC 8: over the value as in the table form, every month of the boekjaar, with and without an advance');

SELECT * FROM finish();
ROLLBACK;
