#!/usr/bin/python3
# test/clients/odbc.t: README's three questions and every type of the
# extension through ODBC, the way Excel, Power BI's ODBC connector and other
# BI tools reach PostgreSQL: psqlODBC (odbc-postgresql, the "PostgreSQL
# Unicode" driver) under the unixODBC driver manager, called from Python with
# pyodbc (python3-pyodbc).  The session's TimeZone is Asia/Tokyo (the
# driver's ConnSettings): answers must not depend on it.  Expected values come
# from gemeen.py, computed without the extension.
#
#   wlz.termijn, the enums, arrays, the composite
#                    SQL_WVARCHAR: str in PostgreSQL's text form, which the
#                    test parses (psqlODBC reads results in text, so there is
#                    no binary path for the extension's types)
#   numeric          Decimal with its scale
#   timestamptz      SQL_TYPE_TIMESTAMP: psqlODBC gives the wall clock of the
#                    session's TimeZone without the offset
#   boolean          BoolsAsChar=0, else psqlODBC gives '1' and '0'
#   cursor           UseDeclareFetch=1, Fetch=10000: psqlODBC declares a
#                    cursor and fetches 10 000 rows at a time
#   errors           pyodbc.Error whose first argument is the SQLSTATE
#
# Runs inside the throw-away cluster of make test (test/run), prints TAP.
import datetime
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gemeen as g  # noqa: E402

import pyodbc  # noqa: E402

DB = 'wlz_odbc'
TOKYO = g.ZoneInfo('Asia/Tokyo')


def connect(**extra):
    settings = {'DRIVER': '{PostgreSQL Unicode}', 'SERVER': os.environ['PGHOST'], 'PORT': os.environ['PGPORT'],
                'DATABASE': DB, 'UID': os.environ['PGUSER'], 'PWD': os.environ['PGPASSWORD'],
                'ConnSettings': "SET TimeZone = 'Asia/Tokyo'",
                # booleans as SQL_BIT (Python bool) rather than psqlODBC's default of '1' and '0'
                'BoolsAsChar': '0'}
    settings.update(extra)
    return pyodbc.connect(';'.join('%s=%s' % kv for kv in settings.items()), autocommit=True)


def sqlstate(cur, sql, *args):
    try:
        cur.execute(sql, *args)
    except pyodbc.Error as e:
        return e.args[0]
    return 'none'


def tokyo(naive):
    """psqlODBC's timestamp: the wall clock of the session's TimeZone."""
    return naive.replace(tzinfo=TOKYO)


def main(t):
    g.make_db(DB)
    conn = connect()
    cur = conn.cursor()
    cur.execute('SHOW TimeZone')
    t.is_(cur.fetchone()[0], 'Asia/Tokyo', "the session's TimeZone is Asia/Tokyo (ConnSettings), not Amsterdam")
    t.ok('psqlodbc' in conn.getinfo(pyodbc.SQL_DRIVER_NAME).lower(),
         'the driver is psqlODBC (%s %s)' % (conn.getinfo(pyodbc.SQL_DRIVER_NAME), conn.getinfo(pyodbc.SQL_DRIVER_VER)))

    # ----------------------------------------------------------------------
    # README's three questions
    cur.execute(g.VRAAG_TERMIJN)
    uiterst, zelf = cur.fetchone()
    want = g.einde_dag('2025-09-25')
    t.is_(uiterst, datetime.datetime(2025, 9, 26, 6, 59, 59, 999999),
          "question 1: wlz.uiterste('cz', 2026, 'bezwaar-richttarief') comes as Tokyo's wall clock, "
          "2025-09-26 06:59:59.999999")
    t.is_(tokyo(uiterst), want, 'question 1: that is 25 September 2025 23:59:59.999999 in Amsterdam')
    t.is_(tokyo(zelf), want, "question 1: wlz.termijn_einde(date '2025-09-05', '20 kalenderdagen') is the same moment")
    cur.execute(g.VRAAG_TIJDIG)
    rows = cur.fetchall()
    t.is_([r[2] for r in rows], [True, False], 'question 1: bezwaar 1 on time, bezwaar 2 late')
    t.ok(len(rows) == 2 and all(r[2] == (tokyo(r[1]) <= want) for r in rows),
         'question 1: wlz.tijdig agrees with Python on each ingediend_op')

    cur.execute(g.VRAAG_KLASSE)
    t.is_([(r[0], r[2]) for r in cur.fetchall()], g.KLASSEN,
          "question 2: the classes of README's eight providers (enum as str)")

    cur.execute(g.DECLARATIES)
    want_tarief = {}
    for id_, lv, kl, zorg, nhc, nic in cur.fetchall():
        p = g.pct(lv, kl)
        want_tarief[id_] = (p, g.tarief(zorg, nhc, nic, p))
    cur.execute(g.VRAAG_TARIEF)
    rows = cur.fetchall()
    t.is_([(r[0], str(r[4]), str(r[5])) for r in rows], g.TARIEVEN,
          "question 3: percentage and amount of README's four lines (250.00 x 96.5 % = 241.25 + 30.12 + 5.40)")
    t.ok(len(rows) == 4 and all((r[4], str(r[5])) == (want_tarief[r[6]][0], str(want_tarief[r[6]][1]))
                                for r in rows),
         'question 3: each line equals the tariff computed with Decimal')

    # ----------------------------------------------------------------------
    # wlz.termijn
    cur.execute('SELECT s::wlz.termijn FROM unnest(?::text[]) WITH ORDINALITY AS i(s, nr) ORDER BY nr',
                '{%s}' % ','.join('"%s"' % s for s in g.TERMIJN_IN))
    t.is_([r[0] for r in cur.fetchall()], g.TERMIJN_UIT,
          'wlz.termijn: str in the canonical Dutch form of each input spelling')
    t.is_((cur.description[0][0], cur.description[0][1]), ('s', str), 'wlz.termijn: a text column to ODBC')
    cur.execute("SELECT ?::wlz.termijn OPERATOR(wlz.=) '1 week'::wlz.termijn, ?::wlz.termijn::text",
                '7 kalenderdagen', '3 Werkdagen')
    t.is_(tuple(cur.fetchone()), (False, '3 werkdagen'),
          "wlz.termijn as a parameter: '7 kalenderdagen' is not '1 week', '3 Werkdagen' reads back as 3 werkdagen")

    # The enums
    for name, labels in g.ENUMS.items():
        cur.execute('SELECT enum_range(NULL::%s)' % name)
        t.is_(g.array(cur.fetchone()[0]), labels, 'enum %s: its labels' % name)
    cur.execute("SELECT 'GGZ'::wlz.sector, 'vpt'::wlz.leveringsvorm, 'bestaand-maar-nieuw'::wlz.aanbiederklasse")
    t.is_(tuple(cur.fetchone()), ('GGZ', 'vpt', 'bestaand-maar-nieuw'), 'enum values are str')
    cur.execute('SELECT count(*) FROM declaratie WHERE sector = ?::wlz.sector AND leveringsvorm = ?::wlz.leveringsvorm',
                'GZ', 'vpt')
    t.is_(cur.fetchone()[0], 2, 'enum parameters: two declaration lines of GZ via VPT')

    # arrays of the extension's types
    cur.execute("SELECT ARRAY['20 kalenderdagen', NULL, '5 werkdagen', '-24 uur']::wlz.termijn[], "
                "ARRAY[]::wlz.termijn[], ARRAY['vpt', 'dtv']::wlz.leveringsvorm[]")
    r = cur.fetchone()
    t.is_([g.array(v) for v in r], [['20 kalenderdagen', None, '5 werkdagen', '-24 uur'], [], ['vpt', 'dtv']],
          'wlz.termijn[] (a NULL among them), an empty one, wlz.leveringsvorm[]: the elements of the text form')
    cur.execute('SELECT (?::text[]::wlz.termijn[])[2]::text', '{"1 jaar","2 jaren"}')
    t.is_(cur.fetchone()[0], '2 jaar', 'wlz.termijn[] from an array parameter')

    # numeric with its scale
    args = [(g.Decimal('100.00'), g.Decimal('0')), (g.Decimal('10.01'), g.Decimal('50')),
            (g.Decimal('-10.01'), g.Decimal('50'))]
    cur.execute('SELECT wlz.tarief(?, ?), wlz.tarief(?, ?), wlz.tarief(?, ?)', *[x for a in args for x in a])
    want_n = [str((a * p / 100).quantize(g.Decimal('0.01'), rounding=g.decimal.ROUND_HALF_UP)) for a, p in args]
    t.is_([str(v) for v in cur.fetchone()], want_n,
          'numeric keeps its scale of 2: 0.00, 5.005 -> 5.01, -5.005 -> -5.01 (Decimal)')

    # timestamptz at the DST changes
    cur.execute(g.MOMENTEN_SQL)
    for got, (what, want_m) in zip(cur.fetchone(), g.MOMENTEN):
        t.is_(tokyo(got), want_m, 'timestamptz: ' + what)

    # the composite wlz.klassificatie
    cur.execute(g.VRAAG_KLASSIFICATIE)
    t.is_({a: g.composite(k) for a, k in cur.fetchall()}, g.KLASSIFICATIES,
          'composite wlz.klassificatie: klasse, contractvorm (NULL for nieuw), toelichting of five providers')
    conn.close()

    # ----------------------------------------------------------------------
    # A cursor over 10^6 lines: UseDeclareFetch=1 makes psqlODBC declare a
    # cursor and fetch Fetch=10000 rows at a time
    conn = connect(UseDeclareFetch='1', Fetch='10000')
    cur = conn.cursor()
    t0 = g.time.monotonic()
    cur.execute(g.REGELS)
    check = g.Regels()
    open_cursors = None
    while True:
        rows = cur.fetchmany(10000)
        if not rows:
            break
        if open_cursors is None:
            look = conn.cursor()
            # (psqlODBC declares a cursor for this look-up too: leave it out)
            look.execute("SELECT count(*) FROM pg_cursors WHERE statement LIKE '%declare%generate_series(1, 1000000)%' "
                         "AND statement NOT LIKE '%pg_cursors%'")
            open_cursors = look.fetchone()[0]
            look.close()
        for row in rows:
            check.check(tuple(row))
    seconds = g.time.monotonic() - t0
    t.is_(check.rows, g.REGELS_AANTAL, 'cursor: 10^6 declaration lines, UseDeclareFetch=1, Fetch=10000')
    t.is_(open_cursors, 1, "cursor: while reading, psqlODBC's cursor is open in the server (pg_cursors)")
    t.ok(check.wrong == 0, "cursor: every line's wlz.tariefpercentage and wlz.tarief equal the values computed "
         "with Decimal" + check.first_wrong)
    t.is_(check.sum, check.want_sum, 'cursor: the sum of the amounts, %s' % check.want_sum)
    t.diag('10^6 lines in %.1f s' % seconds)

    # ----------------------------------------------------------------------
    # Bad input: pyodbc.Error with the server's SQLSTATE
    for sql, state, what in g.FOUTEN:
        t.is_(sqlstate(cur, sql), state, 'error: %s is %s' % (what, state))
    try:
        cur.execute('SELECT ?::wlz.termijn', '20')
        e = None
    except pyodbc.Error as err:
        e = err
    t.ok(isinstance(e, pyodbc.DataError) and e.args[0] == '22P02',
         "error: '20' as a parameter is a pyodbc.DataError with SQLSTATE 22P02")
    cur.execute("SELECT '1 week'::wlz.termijn")
    t.is_(cur.fetchone()[0], '1 week', 'the connection is usable after those errors')
    conn.close()

    # A BI session (README "A BI tool's session"): = and IN on wlz.termijn
    # need schema wlz on the path; psqlODBC's ConnSettings can put it there
    vraag = ("SELECT '7 dagen'::wlz.termijn = '1 week'::wlz.termijn, "
             "'7 dagen'::wlz.termijn IN ('5 werkdagen'::wlz.termijn, '7 kalenderdagen'::wlz.termijn)")
    conn = connect(ConnSettings='SET search_path = "$user", public, wlz')
    cur = conn.cursor()
    cur.execute('SHOW search_path')
    t.is_(cur.fetchone()[0], '"$user", public, wlz', 'ConnSettings=SET search_path = "$user", public, wlz sets the path')
    cur.execute(vraag)
    t.is_(tuple(cur.fetchone()), (False, True),
          'with it = and IN on wlz.termijn work: 7 dagen is not 1 week, and is 7 kalenderdagen')
    conn.close()
    conn = connect()
    t.is_(sqlstate(conn.cursor(), vraag), '42883', 'without it = on wlz.termijn is 42883')
    conn.close()


g.Tap().run('odbc.t', main)
