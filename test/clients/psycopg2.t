#!/usr/bin/python3
# test/clients/psycopg2.t: README's three questions and every type of the
# extension through psycopg2 (python3-psycopg2), the driver of Python scripts
# and notebooks.  The session's TimeZone is Asia/Tokyo: answers must not
# depend on it.  Expected values come from gemeen.py, computed without the
# extension.
#
#   wlz.termijn      text (psycopg2 gives a type it does not know as str) and
#                    binary, through COPY ... (FORMAT binary) both ways
#   enums            str, and their arrays as lists once registered
#   numeric          Decimal with its scale
#   timestamptz      aware datetimes at the DST changes
#   arrays           wlz.termijn[] as a list with new_array_type
#   composite        wlz.klassificatie as text, and as a named tuple with
#                    psycopg2.extras.register_composite
#   cursor           a named (server-side) cursor over 10^6 declaration lines
#                    with wlz.tariefpercentage, fetched 10 000 at a time
#   errors           psycopg2.Error with the right pgcode (SQLSTATE)
#
# Runs inside the throw-away cluster of make test (test/run), prints TAP.
import datetime
import io
import os
import struct
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gemeen as g  # noqa: E402

import psycopg2  # noqa: E402
import psycopg2.errors  # noqa: E402
import psycopg2.extensions  # noqa: E402
import psycopg2.extras  # noqa: E402

DB = 'wlz_psycopg2'
COPY_HEADER = b'PGCOPY\n\xff\r\n\x00' + struct.pack('!ii', 0, 0)


def copy_out_binary(cur, query):
    """The values of a one-column query as COPY ... (FORMAT binary) sends them: a list of bytes."""
    buf = io.BytesIO()
    cur.copy_expert('COPY (%s) TO STDOUT (FORMAT binary)' % query, buf)
    data = buf.getvalue()
    assert data.startswith(b'PGCOPY\n\xff\r\n\x00'), data[:20]
    pos = 11 + 4
    (ext,) = struct.unpack_from('!i', data, pos)
    pos += 4 + ext
    values = []
    while True:
        (fields,) = struct.unpack_from('!h', data, pos)
        pos += 2
        if fields == -1:
            return values
        assert fields == 1, fields
        (length,) = struct.unpack_from('!i', data, pos)
        pos += 4
        values.append(data[pos:pos + length])
        pos += length


def copy_in_binary(cur, table, values):
    """COPY table FROM STDIN (FORMAT binary) with one column of raw values."""
    data = COPY_HEADER
    for v in values:
        data += struct.pack('!hi', 1, len(v)) + v
    data += struct.pack('!h', -1)
    cur.copy_expert('COPY %s FROM STDIN (FORMAT binary)' % table, io.BytesIO(data))


def pgcode(cur, sql, args=None):
    try:
        cur.execute(sql, args)
    except psycopg2.Error as e:
        return e.pgcode
    return 'none'


def main(t):
    g.make_db(DB)
    conn = psycopg2.connect(dbname=DB, options='-c TimeZone=Asia/Tokyo')
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute('SHOW TimeZone')
    t.is_(cur.fetchone()[0], 'Asia/Tokyo', "the session's TimeZone is Asia/Tokyo, not Amsterdam")

    # ----------------------------------------------------------------------
    # README's three questions
    cur.execute(g.VRAAG_TERMIJN)
    uiterst, zelf = cur.fetchone()
    want = g.einde_dag('2025-09-25')
    t.is_(uiterst, want, "question 1: wlz.uiterste('cz', 2026, 'bezwaar-richttarief') is 25 September 2025 "
          "23:59:59.999999 in Amsterdam")
    t.is_(zelf, want, "question 1: wlz.termijn_einde(date '2025-09-05', '20 kalenderdagen') is the same moment")
    t.is_(uiterst.utcoffset(), datetime.timedelta(hours=9),
          "question 1: psycopg2 gives it as an aware datetime in the session's time zone (+09:00)")
    cur.execute(g.VRAAG_TIJDIG)
    rows = cur.fetchall()
    t.is_([r[2] for r in rows], [True, False], "question 1: bezwaar 1 on time, bezwaar 2 late")
    t.ok(len(rows) == 2 and all(r[2] == (r[1] <= want) for r in rows),
         "question 1: wlz.tijdig agrees with Python on each ingediend_op")

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
         "question 3: each line equals the tariff computed with Decimal")

    # ----------------------------------------------------------------------
    # wlz.termijn in text
    cur.execute('SELECT s::wlz.termijn FROM unnest(%s::text[]) WITH ORDINALITY AS i(s, nr) ORDER BY nr',
                (g.TERMIJN_IN,))
    got = [r[0] for r in cur.fetchall()]
    t.is_(got, g.TERMIJN_UIT, 'wlz.termijn in text: str in the canonical Dutch form of each input spelling')
    cur.execute("SELECT 'wlz.termijn'::regtype::oid, t.typarray FROM pg_type t WHERE t.oid = 'wlz.termijn'::regtype")
    termijn_oid, termijn_array_oid = cur.fetchone()
    cur.execute("SELECT '1 week'::wlz.termijn")
    t.is_(cur.description[0].type_code, termijn_oid, "wlz.termijn: the column's type OID is the type's")
    cur.execute("SELECT %s::wlz.termijn OPERATOR(wlz.=) '1 week'::wlz.termijn, %s::wlz.termijn::text",
                ('7 kalenderdagen', '3 Werkdagen'))
    t.is_(cur.fetchone(), (False, '3 werkdagen'),
          "wlz.termijn as a parameter: '7 kalenderdagen' is not '1 week', '3 Werkdagen' reads back as 3 werkdagen")

    # wlz.termijn in binary, through COPY (FORMAT binary)
    raw = copy_out_binary(cur, 'SELECT s::wlz.termijn FROM unnest(%s) WITH ORDINALITY AS i(s, nr) ORDER BY nr'
                          % cur.mogrify('%s::text[]', ([s for s, _ in g.TERMIJN_BINAIR],)).decode())
    t.is_([(len(v), struct.unpack('!bbi', v) if len(v) == 6 else None) for v in raw],
          [(6, b) for _, b in g.TERMIJN_BINAIR],
          'wlz.termijn in binary: COPY TO (FORMAT binary) gives the send format (version 1, unit 0-5, '
          'signed 32-bit amount) of seven terms')
    cur.execute('CREATE TEMP TABLE binair (t wlz.termijn)')
    copy_in_binary(cur, 'binair', [struct.pack('!bbi', 1, 3, -6), struct.pack('!bbi', 1, 1, 5)])
    cur.execute('SELECT t::text FROM binair')
    t.is_([r[0] for r in cur.fetchall()], ['-6 maanden', '5 werkdagen'],
          'wlz.termijn in binary: COPY FROM (FORMAT binary) of (3, -6) and (1, 5) gives -6 maanden and 5 werkdagen')
    for what, value in (('unit 9', struct.pack('!bbi', 1, 9, 1)), ('3 bytes', b'\x01\x00\x00')):
        try:
            copy_in_binary(cur, 'binair', [value])
            state = 'none'
        except psycopg2.Error as e:
            state = e.pgcode
        t.is_(state, '22P03', 'error: a binary wlz.termijn with %s is 22P03 (invalid binary representation)' % what)

    # The enums
    for name, labels in g.ENUMS.items():
        cur.execute('SELECT enum_range(NULL::%s)' % name)
        t.is_(cur.fetchone()[0], '{%s}' % ','.join(labels),
              'enum %s: an array of it is a str until its array type is registered' % name)
    cur.execute("SELECT 'GGZ'::wlz.sector, 'vpt'::wlz.leveringsvorm, 'bestaand-maar-nieuw'::wlz.aanbiederklasse")
    t.is_(cur.fetchone(), ('GGZ', 'vpt', 'bestaand-maar-nieuw'), 'enum values are str')
    cur.execute('SELECT count(*) FROM declaratie WHERE sector = %s AND leveringsvorm = %s', ('GZ', 'vpt'))
    t.is_(cur.fetchone()[0], 2, 'enum parameters: two declaration lines of GZ via VPT')

    # Arrays of the extension's types, registered as psycopg2 documents it
    cur.execute("SELECT ARRAY['20 kalenderdagen', NULL, '5 werkdagen', '-24 uur']::wlz.termijn[]")
    t.is_(cur.fetchone()[0], '{"20 kalenderdagen",NULL,"5 werkdagen","-24 uur"}',
          'wlz.termijn[]: a str until its array type is registered')
    cur.execute("SELECT t.typarray FROM pg_type t WHERE t.oid = ANY (ARRAY['wlz.sector', 'wlz.leveringsvorm', "
                "'wlz.aanbiederklasse']::regtype[])")
    oids = (termijn_array_oid,) + tuple(r[0] for r in cur.fetchall())
    psycopg2.extensions.register_type(
        psycopg2.extensions.new_array_type(oids, 'WLZ_ARRAY', psycopg2.STRING), conn)
    cur.execute("SELECT ARRAY['20 kalenderdagen', NULL, '5 werkdagen', '-24 uur']::wlz.termijn[], "
                "ARRAY[]::wlz.termijn[]")
    t.is_(cur.fetchone(), (['20 kalenderdagen', None, '5 werkdagen', '-24 uur'], []),
          'wlz.termijn[] as a list once registered (new_array_type), a NULL among them; an empty one')
    for name, labels in g.ENUMS.items():
        cur.execute('SELECT enum_range(NULL::%s)' % name)
        t.is_(cur.fetchone()[0], labels, 'enum %s: its labels as a list once registered' % name)
    cur.execute('SELECT (%s::text[]::wlz.termijn[])[2]::text', (['1 jaar', '2 jaren'],))
    t.is_(cur.fetchone()[0], '2 jaar', 'wlz.termijn[] from a list parameter')

    # numeric with its scale
    args = [(g.Decimal('100.00'), g.Decimal('0')), (g.Decimal('10.01'), g.Decimal('50')),
            (g.Decimal('-10.01'), g.Decimal('50'))]
    cur.execute('SELECT wlz.tarief(%s, %s), wlz.tarief(%s, %s), wlz.tarief(%s, %s)', [x for a in args for x in a])
    want = [str((a * p / 100).quantize(g.Decimal('0.01'), rounding=g.decimal.ROUND_HALF_UP)) for a, p in args]
    t.is_([str(v) for v in cur.fetchone()], want,
          'numeric keeps its scale of 2: 0.00, 5.005 -> 5.01, -5.005 -> -5.01 (Decimal)')

    # timestamptz at the DST changes
    cur.execute(g.MOMENTEN_SQL)
    for got, (what, want) in zip(cur.fetchone(), g.MOMENTEN):
        t.is_(got, want, 'timestamptz: ' + what)

    # the composite wlz.klassificatie
    cur.execute(g.VRAAG_KLASSIFICATIE)
    rows = cur.fetchall()
    t.is_({a: g.composite(k) for a, k in rows}, g.KLASSIFICATIES,
          'composite wlz.klassificatie as text: klasse, contractvorm (NULL for nieuw), toelichting of five providers')
    psycopg2.extras.register_composite('wlz.klassificatie', conn)
    cur.execute(g.VRAAG_KLASSIFICATIE)
    rows = cur.fetchall()
    t.is_({a: [k.klasse, k.contractvorm, k.toelichting] for a, k in rows}, g.KLASSIFICATIES,
          'composite wlz.klassificatie as a named tuple (register_composite): the same fields')

    # ----------------------------------------------------------------------
    # A named (server-side) cursor over 10^6 lines, 10 000 at a time
    conn2 = psycopg2.connect(dbname=DB)
    named = conn2.cursor(name='regels')
    named.itersize = 10000
    t0 = g.time.monotonic()
    named.execute(g.REGELS)
    check = g.Regels()
    open_cursors = None
    for row in named:
        if check.rows == 0:
            with conn2.cursor() as look:
                look.execute("SELECT count(*) FROM pg_cursors WHERE name = 'regels'")
                open_cursors = look.fetchone()[0]
        check.check(row)
    conn2.commit()
    seconds = g.time.monotonic() - t0
    t.is_(check.rows, g.REGELS_AANTAL, 'cursor: 10^6 declaration lines through a named cursor, itersize 10 000')
    t.is_(open_cursors, 1, "cursor: while reading, the cursor 'regels' is open in the server (pg_cursors)")
    t.ok(check.wrong == 0, "cursor: every line's wlz.tariefpercentage and wlz.tarief equal the values computed "
         "with Decimal" + check.first_wrong)
    t.is_(check.sum, check.want_sum, 'cursor: the sum of the amounts, %s' % check.want_sum)
    t.diag('10^6 lines in %.1f s' % seconds)
    conn2.close()

    # ----------------------------------------------------------------------
    # Bad input: psycopg2.Error with the server's SQLSTATE
    for sql, state, what in g.FOUTEN:
        t.is_(pgcode(cur, sql), state, 'error: %s is %s' % (what, state))
    try:
        cur.execute('SELECT %s::wlz.termijn', ('20',))
        e = None
    except psycopg2.Error as err:
        e = err
    t.ok(isinstance(e, psycopg2.errors.InvalidTextRepresentation) and isinstance(e, psycopg2.DataError)
         and e.pgcode == '22P02',
         "error: '20' as a parameter is psycopg2.errors.InvalidTextRepresentation, a DataError, pgcode 22P02")
    t.ok(e is not None and 'werkdagen' in (e.diag.message_hint or ''),
         "error: the server's hint (the units) is in e.diag.message_hint")
    cur.execute("SELECT '1 week'::wlz.termijn")
    t.is_(cur.fetchone()[0], '1 week', 'the connection is usable after those errors')
    conn.close()

    # A BI session (README "A BI tool's session"): = and IN on wlz.termijn
    # need schema wlz on the path; libpq's options can put it there
    vraag = ("SELECT '7 dagen'::wlz.termijn = '1 week'::wlz.termijn, "
             "'7 dagen'::wlz.termijn IN ('5 werkdagen'::wlz.termijn, '7 kalenderdagen'::wlz.termijn)")
    with psycopg2.connect(dbname=DB) as kaal:
        t.is_(pgcode(kaal.cursor(), vraag), '42883', 'without wlz on the path = on wlz.termijn is 42883')
    kaal.close()
    with psycopg2.connect(dbname=DB, options='-c search_path="$user",public,wlz') as pad:
        c = pad.cursor()
        c.execute(vraag)
        t.is_(c.fetchone(), (False, True), "with options='-c search_path=\"$user\",public,wlz' = and IN work: "
              "7 dagen is not 1 week, and is 7 kalenderdagen")
    pad.close()


g.Tap().run('psycopg2.t', main)
