-- reader: PL/pgSQL, 20 calls in one transaction, each bracketed by the counter
SELECT lus(20);
