-- test/bench/baseline_python.sql: baseline (py) of make bench for the calendar rows,
-- what an analyst with Python would write: PL/Python (plpython3u) calling the
-- Netherlands calendar of workalendar (Debian's python3-workalendar), one call a row.
-- test/bench/run loads it only where plpython3u and workalendar are installed (test/run
-- bench installs postgresql-plpython3-15 and python3-workalendar; make test does not).
--
-- Not the same calendar as the ATW's, though close: workalendar 17.0.0 lists Good
-- Friday and Liberation Day (every year) as the ATW does, and also Easter Sunday and
-- Whit Sunday (Sundays anyway), but puts Koninginnedag on 29 April when 30 April is a
-- Sunday in every year before 2014, where the ATW has 1 May before 1980: 1 May 1967,
-- 1972 and 1978 are werkdagen to workalendar and not to wlz. It has no range either:
-- it answers before 1965 (the ATW is in force from 1965) and after 2199. The bench's
-- dates (2000-2031) avoid those differences, and measure.sql counts the rows of the
-- sample where the answers differ and prints that count (0 expected).
--
-- psql variable py_steekproef: the rows of bench.dag the Python runs on (a call into
-- Python takes microseconds a row; measure.sql extrapolates per row). They are copied
-- to a table of their own, so that the extrapolation scales the Python work only, not
-- a scan of the whole of bench.dag. measure.sql times (py) in one process, where the
-- interpreter and workalendar stay loaded between runs (importing them takes about
-- 0.1 s, which a parallel worker would pay afresh on every query and the per-row
-- extrapolation would multiply), and compares it with the C function in one process.

\if :{?py_steekproef}
\else
\set py_steekproef 100000
\endif

CREATE EXTENSION IF NOT EXISTS plpython3u;

CREATE TABLE bench.dag_py AS SELECT * FROM bench.dag WHERE id <= :py_steekproef;

-- The calendar object is made once per process and kept in GD, as an analyst would
-- after the first slow run. PL/Python passes a date as text (ISO, the bench's DateStyle)
-- and reads a returned datetime.date back through its text form.
CREATE FUNCTION bench.py_is_werkdag(d date) RETURNS boolean
LANGUAGE plpython3u IMMUTABLE STRICT PARALLEL SAFE
AS $$
cal = GD.get('wlz_bench_nl')
if cal is None:
    from workalendar.europe import Netherlands
    cal = GD['wlz_bench_nl'] = Netherlands()
from datetime import date
return cal.is_working_day(date.fromisoformat(d))
$$;

-- werkdagen after van up to and including tot (tot >= van in the bench, where
-- workalendar's count agrees with wlz.werkdagen; it swaps the dates otherwise)
CREATE FUNCTION bench.py_werkdagen(van date, tot date) RETURNS integer
LANGUAGE plpython3u IMMUTABLE STRICT PARALLEL SAFE
AS $$
cal = GD.get('wlz_bench_nl')
if cal is None:
    from workalendar.europe import Netherlands
    cal = GD['wlz_bench_nl'] = Netherlands()
from datetime import date
return cal.get_working_days_delta(date.fromisoformat(van), date.fromisoformat(tot))
$$;

-- the n-th werkdag after d (d itself does not count), as d + 'n werkdagen'
CREATE FUNCTION bench.py_plus_werkdagen(d date, n integer) RETURNS date
LANGUAGE plpython3u IMMUTABLE STRICT PARALLEL SAFE
AS $$
cal = GD.get('wlz_bench_nl')
if cal is None:
    from workalendar.europe import Netherlands
    cal = GD['wlz_bench_nl'] = Netherlands()
from datetime import date
return cal.add_working_days(date.fromisoformat(d), n)
$$;

CREATE FUNCTION bench.py_workalendar_versie() RETURNS text
LANGUAGE plpython3u
AS $$
import importlib.metadata
return importlib.metadata.version('workalendar')
$$;
