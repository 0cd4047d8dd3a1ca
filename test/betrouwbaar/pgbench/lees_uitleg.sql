-- reader: the explanation ends at the same percentage
SELECT 1 / ((SELECT u.resultaat FROM wlz.tariefpercentage_uitleg('gelijktijdig-b', 'GZ', 3000,
                                                                 kenmerken => '{paar}') u
             ORDER BY u.stap DESC LIMIT 1)
            = (t.n_rt + t.n_regel) * 0.0001)::integer AS klopt
FROM teller t;
