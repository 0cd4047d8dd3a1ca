# test/clients/gemeen.py: shared by the Python driver tests (odbc.t, psycopg2.t).
#
# TAP output, the test database, and the expected values, computed here
# independently of the extension: the tariff with Decimal from README's rules
# for CZ GZ 2026 and the RT% 96.5 of opzet.sql, moments with zoneinfo in
# Europe/Amsterdam, README's answers to its three questions.
#
# The tests run with Debian's /usr/bin/python3, where python3-psycopg2 and
# python3-pyodbc are installed (not a python3 that PATH may find first).
import datetime
import decimal
import os
import subprocess
import sys
import time
import traceback
from decimal import Decimal
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
AMS = ZoneInfo('Europe/Amsterdam')
RT = Decimal('96.5')


class Tap:
    """TAP lines; the plan comes at the end, so a test that dies early fails."""

    def __init__(self):
        self.n = 0
        self.failed = 0
        self.t0 = time.monotonic()

    def ok(self, good, what):
        self.n += 1
        if not good:
            self.failed += 1
        print('%s %d - %s' % ('ok' if good else 'not ok', self.n, what), flush=True)
        return good

    def is_(self, got, want, what):
        if not self.ok(got == want, what):
            self.diag('     got: %r\nexpected: %r' % (got, want))

    def diag(self, text):
        for line in str(text).split('\n'):
            print('# ' + line, flush=True)

    def run(self, name, body):
        """Run body(tap); an exception is a failing test; then the plan."""
        try:
            body(self)
        except Exception:
            self.ok(False, name + ' ran to the end')
            self.diag(traceback.format_exc())
        self.diag('%s ran in %.1f s' % (name, time.monotonic() - self.t0))
        print('1..%d' % self.n, flush=True)
        sys.exit(1 if self.failed else 0)


def make_db(name):
    """A fresh database with opzet.sql: the extension, README's tables, the RT% GZ 2026."""
    subprocess.run(['dropdb', '--if-exists', name], check=True, capture_output=True)
    subprocess.run(['createdb', name], check=True, capture_output=True)
    subprocess.run(['psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', name, '-f',
                    os.path.join(HERE, 'opzet.sql')], check=True, capture_output=True)


# --------------------------------------------------------------------------
# Expected values

def pct(leveringsvorm, klasse):
    """CZ GZ 2026 (README "Shipped tariff policy", seed 002 §5.1), no kenmerken or history:
    a provider new to CZ gets the RT% - 2 points; VPT and DTV 100 %; everything else the RT%."""
    if klasse != 'bestaand':
        return RT - 2
    if leveringsvorm in ('vpt', 'dtv'):
        return Decimal('100')
    return RT


def tarief(zorg, nhc, nic, percentage):
    """The care component at the percentage, rounded half away from zero to cents, plus NHC and NIC."""
    zorgdeel = (Decimal(zorg) * percentage / 100).quantize(Decimal('0.01'), rounding=decimal.ROUND_HALF_UP)
    return zorgdeel + Decimal(nhc) + Decimal(nic)


def einde_dag(day):
    """The end of an Amsterdam day, 23:59:59.999999 local, as an aware datetime."""
    return datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(23, 59, 59, 999999), AMS)


def composite(text):
    '''The fields of a composite's text form, (a,b,"c ""d"""); an empty unquoted field is None.'''
    assert text.startswith('(') and text.endswith(')'), text
    s, i, end, out = text, 1, len(text) - 1, []
    while True:
        field, any_ = [], False
        while i < end and s[i] != ',':
            if s[i] == '"':
                any_ = True
                i += 1
                while True:
                    if s[i] == '\\':
                        field.append(s[i + 1])
                        i += 2
                    elif s[i] == '"' and s[i + 1] == '"':
                        field.append('"')
                        i += 2
                    elif s[i] == '"':
                        i += 1
                        break
                    else:
                        field.append(s[i])
                        i += 1
            else:
                field.append(s[i])
                any_ = True
                i += 1
        out.append(''.join(field) if any_ else None)
        if i >= end:
            return out
        i += 1


# README "Three questions in psql", as README writes them.
VRAAG_TERMIJN = """SELECT wlz.uiterste('cz', 2026, 'bezwaar-richttarief') AS uiterst,
       wlz.termijn_einde(date '2025-09-05', '20 kalenderdagen') AS zelf_gerekend"""
VRAAG_TIJDIG = """SELECT id, ingediend_op, wlz.tijdig(ingediend_op, date '2025-09-25') AS tijdig
FROM bezwaar ORDER BY id"""
VRAAG_KLASSE = """SELECT a.agb, a.naam,
       wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024,
                           a.declareert_sinds) AS klasse
FROM aanbieder a LEFT JOIN overeenkomst o USING (agb)
GROUP BY a.agb, a.naam
ORDER BY a.agb"""
VRAAG_TARIEF = """SELECT d.agb, d.prestatie, d.leveringsvorm, d.klasse, p.pct,
       wlz.tarief(d.zorg, d.nhc, d.nic, p.pct) AS bedrag, d.id
FROM declaratie d
CROSS JOIN LATERAL (SELECT wlz.tariefpercentage(d.zorgkantoor, d.sector, d.jaar,
                                                prestatie => d.prestatie,
                                                leveringsvorm => d.leveringsvorm,
                                                klasse => d.klasse) AS pct) p
ORDER BY d.id"""
DECLARATIES = "SELECT id, leveringsvorm, klasse, zorg, nhc, nic FROM declaratie ORDER BY id"

KLASSEN = [('01', 'bestaand'), ('02', 'bestaand'), ('03', 'bestaand'), ('04', 'bestaand-maar-nieuw'),
           ('05', 'nieuw'), ('06', 'nieuw'), ('07', 'nieuw'), ('08', 'nieuw')]
TARIEVEN = [('01', '96.5', '276.77'), ('04', '94.5', '292.95'), ('04', '94.5', '292.95'), ('06', '94.5', '297.45')]

# README "Provider classes": wlz.klassificatie, the composite, of five providers.
VRAAG_KLASSIFICATIE = """SELECT a.agb, wlz.klassificatie(o.zorgkantoor, o.looptijd, 'cz', date '2024-07-31', 2024) AS k
FROM aanbieder a LEFT JOIN overeenkomst o USING (agb)
WHERE a.agb IN ('01', '03', '05', '07', '08')
GROUP BY a.agb
ORDER BY a.agb"""
KLASSIFICATIES = {
    '01': ['bestaand', 'meerjarig', 'overeenkomst met cz (2024-01-01 t/m 2026-12-31) loopt op de peildatum '
           '2024-07-31 en loopt door in 2025: meerjarig'],
    '03': ['bestaand', 'deel-jaar', 'overeenkomst met cz (2024-03-01 t/m 2024-12-31) loopt op de peildatum '
           '2024-07-31; de overeenkomsten met cz dekken 2024 niet helemaal (geen overeenkomst van 2024-01-01 '
           't/m 2024-02-29): deel-jaar'],
    '05': ['nieuw', None, 'geen overeenkomst met cz op de peildatum 2024-07-31; de overeenkomsten met vgz dekken '
           '2024 en de peildatum niet zonder onderbreking: geen overeenkomst op 2024-10-01'],
    '07': ['nieuw', None, 'geen overeenkomst met cz op de peildatum 2024-07-31; de overeenkomsten met vgz dekken '
           '2024 en de peildatum niet zonder onderbreking: geen overeenkomst van 2024-07-01 t/m 2024-12-31'],
    '08': ['nieuw', None, 'geen enkele overeenkomst'],
}

# wlz.termijn: input spellings and the canonical output; the binary form
# (format version, unit 0-5, amount) of some terms (README "The type wlz.termijn").
TERMIJN_IN = ['20 kalenderdagen', '1 dag', '5 working days', '+2 WEKEN', '6 maanden', '1 jaar', '-24 uur']
TERMIJN_UIT = ['20 kalenderdagen', '1 kalenderdag', '5 werkdagen', '2 weken', '6 maanden', '1 jaar', '-24 uur']
TERMIJN_BINAIR = [('20 kalenderdagen', (1, 0, 20)), ('5 werkdagen', (1, 1, 5)), ('2 weken', (1, 2, 2)),
                  ('6 maanden', (1, 3, 6)), ('1 jaar', (1, 4, 1)), ('-24 uur', (1, 5, -24)),
                  ('-100000 dagen', (1, 0, -100000))]

ENUMS = {'wlz.sector': ['VV', 'GZ', 'GGZ'],
         'wlz.leveringsvorm': ['verblijf', 'vpt', 'mpt', 'dtv'],
         'wlz.aanbiederklasse': ['bestaand', 'bestaand-maar-nieuw', 'nieuw']}

# Moments at the DST changes of 2025 (30 March, 26 October).
MOMENTEN_SQL = """SELECT wlz.einde_dag('2025-03-29'), wlz.einde_dag('2025-03-30'),
       wlz.einde_dag('2025-10-26'), wlz.einde_dag('2025-10-27'),
       timestamptz '2025-03-29 12:00+01' OPERATOR(wlz.+) '1 dag'::wlz.termijn,
       timestamptz '2025-03-29 12:00+01' OPERATOR(wlz.+) '24 uur'::wlz.termijn,
       wlz.lokaal('2025-10-26', '12:00')"""
_middag = datetime.datetime(2025, 3, 29, 12, 0, tzinfo=AMS)
MOMENTEN = [
    ("wlz.einde_dag('2025-03-29') is 23:59:59.999999+01 in Amsterdam", einde_dag('2025-03-29')),
    ("wlz.einde_dag('2025-03-30') is 23:59:59.999999+02 (summer time began that night)", einde_dag('2025-03-30')),
    ("wlz.einde_dag('2025-10-26') is 23:59:59.999999+01 (winter time began that night)", einde_dag('2025-10-26')),
    ("wlz.einde_dag('2025-10-27') is 23:59:59.999999+01", einde_dag('2025-10-27')),
    ("29 March 12:00+01 + '1 dag' keeps the wall clock across the change: 30 March 12:00+02",
     datetime.datetime(2025, 3, 30, 12, 0, tzinfo=AMS)),
    ("29 March 12:00+01 + '24 uur' is 24 elapsed hours: 30 March 13:00+02",
     (_middag.astimezone(datetime.timezone.utc) + datetime.timedelta(hours=24)).astimezone(AMS)),
    ("wlz.lokaal('2025-10-26', '12:00') is noon in Amsterdam on the day winter time starts",
     datetime.datetime(2025, 10, 26, 12, 0, tzinfo=AMS)),
]

# Bad input and its SQLSTATE.
FOUTEN = [
    ("SELECT '20'::wlz.termijn", '22P02', "'20'::wlz.termijn"),
    ("SELECT '5 lichtjaren'::wlz.termijn", '22P02', "'5 lichtjaren'::wlz.termijn"),
    ("SELECT '100001 dagen'::wlz.termijn", '22003', "an amount beyond 100 000"),
    ("SELECT 'XX'::wlz.sector", '22P02', "a label that is not in enum wlz.sector"),
    ("SELECT wlz.tariefpercentage('cz', 'GZ', 2031)", 'P0002', "no RT% for GZ 2031"),
    ("SELECT wlz.tarief(100, 101)", '22023', "a percentage above 100"),
    ("SELECT wlz.is_werkdag('1900-01-01')", '22008', "a date outside the calendar"),
]

# 10^6 generated declaration lines with their tariff, for a cursor.
# Each line's leveringsvorm, klasse and zorg follow from its id; the cursor
# returns the id, the percentage and the amount.
REGELS = """SELECT g AS id, p.pct, wlz.tarief(x.zorg, 30.12, 5.40, p.pct) AS bedrag
FROM generate_series(1, 1000000) AS g
CROSS JOIN LATERAL (SELECT (CASE g % 4 WHEN 0 THEN 'verblijf' WHEN 1 THEN 'vpt' WHEN 2 THEN 'mpt' ELSE 'dtv' END)::wlz.leveringsvorm AS leveringsvorm,
                           (CASE g / 4 % 3 WHEN 0 THEN 'bestaand' WHEN 1 THEN 'bestaand-maar-nieuw' ELSE 'nieuw' END)::wlz.aanbiederklasse AS klasse,
                           200.25 + g % 97 AS zorg) x
CROSS JOIN LATERAL (SELECT wlz.tariefpercentage('cz', 'GZ', 2026, leveringsvorm => x.leveringsvorm,
                                                klasse => x.klasse) AS pct) p
ORDER BY g"""
REGELS_AANTAL = 1000000
_LV = ['verblijf', 'vpt', 'mpt', 'dtv']
_KL = ['bestaand', 'bestaand-maar-nieuw', 'nieuw']
# line g depends on g % 4, g / 4 % 3 and g % 97: 1164 combinations, computed once
_REGEL = {}
for _a in range(4):
    for _b in range(3):
        for _c in range(97):
            _p = pct(_LV[_a], _KL[_b])
            _REGEL[(_a, _b, _c)] = (_LV[_a], _KL[_b], _p,
                                    str(tarief(Decimal('200.25') + _c, Decimal('30.12'), Decimal('5.40'), _p)))


class Regels:
    """Checks the lines of REGELS as they arrive."""

    def __init__(self):
        self.rows = 0
        self.wrong = 0
        self.first_wrong = ''
        self.sum = Decimal(0)
        self.want_sum = Decimal(0)

    def check(self, row):
        g, p, bedrag = row
        self.rows += 1
        w = _REGEL[(g % 4, g // 4 % 3, g % 97)]
        if g != self.rows or p != w[2] or str(bedrag) != w[3]:
            if not self.wrong:
                self.first_wrong = ' (first: %r, expected %r)' % (row, w)
            self.wrong += 1
        self.sum += bedrag
        self.want_sum += Decimal(w[3])


def array(text):
    '''The elements of an array's text form, {a,"b c",NULL}; NULL (unquoted) is None.  One dimension.'''
    assert text.startswith('{') and text.endswith('}'), text
    s, i, end, out = text, 1, len(text) - 1, []
    if end == 1:
        return out
    while True:
        field, quoted = [], False
        while i < end and s[i] != ',':
            if s[i] == '"':
                quoted = True
                i += 1
                while s[i] != '"':
                    if s[i] == '\\':
                        i += 1
                    field.append(s[i])
                    i += 1
                i += 1
            else:
                field.append(s[i])
                i += 1
        value = ''.join(field)
        out.append(None if not quoted and value == 'NULL' else value)
        if i >= end:
            return out
        i += 1
