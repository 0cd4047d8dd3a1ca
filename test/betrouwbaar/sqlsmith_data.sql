-- test/betrouwbaar/sqlsmith_data.sql: a small data set for sqlsmith, used
-- until test/demo/data.sql exists.  Tables whose columns have the
-- extension's types, so that sqlsmith's random queries pass them to the
-- extension's functions and operators; a tariff policy so that
-- wlz.tariefpercentage has something to compute.  Fixed seed.
SELECT setseed(0.20250701);

-- A policy for the tariff functions (user rows).
INSERT INTO wlz.richttarief (sector, jaar, percentage, bekendgemaakt)
SELECT s, j, 95 + (j - 2024) * 0.5 + (s = 'GGZ')::integer, make_date(j - 1, 9, 5)
FROM unnest(enum_range(NULL::wlz.sector)) AS s, generate_series(2024, 2027) AS j
ON CONFLICT DO NOTHING;
INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, volgorde, klassen, leveringsvormen,
                             zorgprofielen, kenmerk, groep, bewerking, waarde, eindregel)
SELECT z.code, s, j, v.volgorde, v.klassen::wlz.aanbiederklasse[], v.vormen::wlz.leveringsvorm[],
       v.profielen::text[], v.kenmerk, v.groep, v.bewerking::wlz.bewerking, v.waarde, v.eind
FROM wlz.zorgkantoor z, unnest(enum_range(NULL::wlz.sector)) AS s, generate_series(2024, 2027) AS j,
     (VALUES (1, NULL, NULL, NULL, NULL, NULL, 'richttarief', NULL, false),
             (2, '{nieuw,bestaand-maar-nieuw}', NULL, NULL, NULL, 'nieuw', 'afslag', 2.5, false),
             (3, NULL, '{vpt,mpt}', NULL, NULL, NULL, 'opslag', 1, false),
             (4, NULL, NULL, '{VG4,W5,9bVV}', NULL, NULL, 'factor', 99, false),
             (5, NULL, NULL, NULL, 'good-practices', 'kwaliteit', 'opslag', 0.75, false),
             (6, NULL, NULL, NULL, 'historisch', NULL, 'historisch', NULL, false),
             (7, NULL, NULL, NULL, NULL, NULL, 'maximum', NULL, false),
             (8, NULL, NULL, NULL, NULL, NULL, 'minimum', 80, true))
     AS v(volgorde, klassen, vormen, profielen, kenmerk, groep, bewerking, waarde, eind);

CREATE SCHEMA betrouwbaar;

CREATE TABLE betrouwbaar.aanbieder (
    id          integer PRIMARY KEY,
    naam        text NOT NULL,
    kenmerken   text[] NOT NULL DEFAULT '{}',
    historisch  numeric
);
INSERT INTO betrouwbaar.aanbieder
SELECT i, 'aanbieder ' || i,
       CASE WHEN i % 5 = 0 THEN '{good-practices}' WHEN i % 7 = 0 THEN '{good-practices,module}' ELSE '{}' END::text[],
       CASE WHEN i % 9 = 0 THEN 90 + i % 10 END
FROM generate_series(1, 200) AS i;

CREATE TABLE betrouwbaar.overeenkomst (
    aanbieder_id integer NOT NULL REFERENCES betrouwbaar.aanbieder,
    zorgkantoor  text NOT NULL REFERENCES wlz.zorgkantoor,
    sector       wlz.sector NOT NULL,
    looptijd     daterange NOT NULL
);
INSERT INTO betrouwbaar.overeenkomst
SELECT 1 + (random() * 199)::integer, z.code, (enum_range(NULL::wlz.sector))[1 + i % 3],
       daterange(d, CASE WHEN i % 4 = 0 THEN NULL ELSE d + (180 + (random() * 900)::integer) END)
FROM generate_series(1, 400) AS i
CROSS JOIN LATERAL (SELECT code FROM wlz.zorgkantoor ORDER BY code OFFSET i % 7 LIMIT 1) z
CROSS JOIN LATERAL (SELECT date '2020-01-01' + (random() * 2000)::integer AS d) x;

CREATE TABLE betrouwbaar.declaratie (
    id           bigint PRIMARY KEY,
    aanbieder_id integer NOT NULL REFERENCES betrouwbaar.aanbieder,
    zorgkantoor  text NOT NULL,
    sector       wlz.sector NOT NULL,
    jaar         integer NOT NULL,
    prestatie    text,
    zorgprofiel  text,
    leveringsvorm wlz.leveringsvorm,
    klasse       wlz.aanbiederklasse,
    nza_tarief   numeric(10, 2),
    nhc          numeric(10, 2),
    nic          numeric(10, 2),
    datum        date
);
INSERT INTO betrouwbaar.declaratie
SELECT i, 1 + i % 200, (SELECT code FROM wlz.zorgkantoor ORDER BY code OFFSET i % 7 LIMIT 1),
       (enum_range(NULL::wlz.sector))[1 + i % 3], 2024 + i % 4,
       (ARRAY['4VG', 'VG7+', '5GGZ W', '9VV B', 'Z472', 'Z1007', NULL])[1 + i % 7],
       (ARRAY['VG4', 'W5', NULL, '9bVV', '806', 'ggz w 5'])[1 + i % 6],
       (enum_range(NULL::wlz.leveringsvorm))[1 + i % 4],
       (enum_range(NULL::wlz.aanbiederklasse))[1 + i % 3],
       round((100 + random() * 300)::numeric, 2), round((random() * 40)::numeric, 2),
       round((random() * 20)::numeric, 2), date '2024-01-01' + i % 1400
FROM generate_series(1, 2000) AS i;

CREATE TABLE betrouwbaar.termijn (
    id      integer PRIMARY KEY,
    t       wlz.termijn NOT NULL,
    begin   timestamptz NOT NULL,
    dag     date NOT NULL,
    atw     boolean NOT NULL
);
INSERT INTO betrouwbaar.termijn
SELECT i, ((ARRAY[1, 5, 20, -3, 0, 2, 6, 24, -24, 90])[1 + i % 10] || ' ' ||
           (ARRAY['kalenderdagen', 'werkdagen', 'weken', 'maanden', 'jaren', 'uur'])[1 + i % 6])::wlz.termijn,
       timestamptz '2024-01-01 00:00+01' + (i * interval '37 hours 13 minutes'),
       date '2024-01-01' + (i * 3) % 1000, i % 2 = 0
FROM generate_series(1, 300) AS i;
CREATE INDEX ON betrouwbaar.termijn (t);

CREATE TABLE betrouwbaar.inschrijving (
    aanbieder_id integer NOT NULL REFERENCES betrouwbaar.aanbieder,
    zorgkantoor  text NOT NULL,
    inkoopjaar   integer NOT NULL,
    stap         text NOT NULL,
    ingediend    timestamptz NOT NULL,
    uiterste_dag date
);
INSERT INTO betrouwbaar.inschrijving
SELECT 1 + i % 200, t.zorgkantoor, t.inkoopjaar, t.stap,
       coalesce(t.uiterst, timestamptz '2025-06-01 12:00+02') - interval '3 days' + (i % 100) * interval '2 hours',
       (coalesce(t.uiterst, timestamptz '2025-06-01 12:00+02') AT TIME ZONE 'Europe/Amsterdam')::date
FROM generate_series(1, 500) AS i
CROSS JOIN LATERAL (SELECT * FROM wlz.termijnkalender WHERE zorgkantoor IS NOT NULL
                    ORDER BY id OFFSET i % 60 LIMIT 1) t;

ANALYZE;
