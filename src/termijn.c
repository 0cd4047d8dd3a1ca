/*
 * termijn.c
 *	  The wlz.termijn type (input, output, binary I/O, comparison and hash
 *	  support), date and timestamptz arithmetic in Europe/Amsterdam, and the
 *	  end of a term: wlz.einde_dag, wlz.lokaal, wlz.termijn_einde, wlz.tijdig
 *	  (SPEC sections 2.2 and 2.3).
 *
 * A term is a signed whole amount (at most 100000 either way) and a unit; its
 * C form, Term, is described in wlzcontract.h.  Nothing here depends on the
 * session: local times are Europe/Amsterdam, whatever TimeZone says, through
 * PostgreSQL's own time-zone code (pg_tzset, timestamp2tm,
 * DetermineTimeZoneOffset), the way timestamptz + interval works under
 * TimeZone = 'Europe/Amsterdam'.  So every function is IMMUTABLE, like
 * timezone(text, timestamptz).
 *
 * Infinite dates and timestamps pass through the arithmetic unchanged, as
 * they do in date + integer and timestamptz + interval.
 */
#include "wlzcontract.h"

#include "common/int.h"
#include "libpq/pqformat.h"
#include "parser/scansup.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/sortsupport.h"
#include "utils/timestamp.h"

#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#endif

PG_FUNCTION_INFO_V1(wlz_termijn_in);
PG_FUNCTION_INFO_V1(wlz_termijn_out);
PG_FUNCTION_INFO_V1(wlz_termijn_recv);
PG_FUNCTION_INFO_V1(wlz_termijn_send);
PG_FUNCTION_INFO_V1(wlz_termijn_eq);
PG_FUNCTION_INFO_V1(wlz_termijn_ne);
PG_FUNCTION_INFO_V1(wlz_termijn_lt);
PG_FUNCTION_INFO_V1(wlz_termijn_le);
PG_FUNCTION_INFO_V1(wlz_termijn_gt);
PG_FUNCTION_INFO_V1(wlz_termijn_ge);
PG_FUNCTION_INFO_V1(wlz_termijn_cmp);
PG_FUNCTION_INFO_V1(wlz_termijn_sortsupport);
PG_FUNCTION_INFO_V1(wlz_termijn_hash);
PG_FUNCTION_INFO_V1(wlz_termijn_hash_extended);
PG_FUNCTION_INFO_V1(wlz_termijn_tegengestelde);
PG_FUNCTION_INFO_V1(wlz_datum_plus_termijn);
PG_FUNCTION_INFO_V1(wlz_termijn_plus_datum);
PG_FUNCTION_INFO_V1(wlz_datum_min_termijn);
PG_FUNCTION_INFO_V1(wlz_tijdstip_plus_termijn);
PG_FUNCTION_INFO_V1(wlz_termijn_plus_tijdstip);
PG_FUNCTION_INFO_V1(wlz_tijdstip_min_termijn);
PG_FUNCTION_INFO_V1(wlz_einde_dag);
PG_FUNCTION_INFO_V1(wlz_lokaal);
PG_FUNCTION_INFO_V1(wlz_termijn_einde);
PG_FUNCTION_INFO_V1(wlz_termijn_einde_datum);
PG_FUNCTION_INFO_V1(wlz_tijdig);

/*
 * Input errors are soft on PostgreSQL 16 and later (pg_input_is_valid); on 15
 * they are ordinary errors.
 */
#if PG_VERSION_NUM >= 160000
#define term_input_error(escontext, ...) \
	ereturn(escontext, false, __VA_ARGS__)
#else
#define term_input_error(escontext, ...) \
	do { \
		(void) (escontext); \
		ereport(ERROR, __VA_ARGS__); \
		pg_unreachable(); \
	} while (0)
#endif

#define TERM_INPUT_HINT \
	errhint("Write a whole number and a unit, such as '20 kalenderdagen', '5 werkdagen' or '-24 uur'. " \
			"Units: kalenderdag(en), werkdag(en), week/weken, maand(en), jaar/jaren, uur/uren, " \
			"or in English day(s), working day(s), week(s), month(s), year(s), hour(s).")

/* The unit names input accepts, lower case with single spaces */
typedef struct UnitName
{
	const char *name;
	TermUnit	unit;
} UnitName;

static const UnitName unit_names[] = {
	{"kalenderdag", TERM_CALENDAR_DAYS},
	{"kalenderdagen", TERM_CALENDAR_DAYS},
	{"dag", TERM_CALENDAR_DAYS},
	{"dagen", TERM_CALENDAR_DAYS},
	{"day", TERM_CALENDAR_DAYS},
	{"days", TERM_CALENDAR_DAYS},
	{"calendar day", TERM_CALENDAR_DAYS},
	{"calendar days", TERM_CALENDAR_DAYS},
	{"werkdag", TERM_WORKING_DAYS},
	{"werkdagen", TERM_WORKING_DAYS},
	{"working day", TERM_WORKING_DAYS},
	{"working days", TERM_WORKING_DAYS},
	{"business day", TERM_WORKING_DAYS},
	{"business days", TERM_WORKING_DAYS},
	{"week", TERM_WEEKS},
	{"weken", TERM_WEEKS},
	{"weeks", TERM_WEEKS},
	{"maand", TERM_MONTHS},
	{"maanden", TERM_MONTHS},
	{"month", TERM_MONTHS},
	{"months", TERM_MONTHS},
	{"jaar", TERM_YEARS},
	{"jaren", TERM_YEARS},
	{"year", TERM_YEARS},
	{"years", TERM_YEARS},
	{"uur", TERM_HOURS},
	{"uren", TERM_HOURS},
	{"hour", TERM_HOURS},
	{"hours", TERM_HOURS},
};

/* Canonical output: singular for an amount of 1 or -1, else plural */
static const char *const unit_singular[TERM_N_UNITS] = {
	"kalenderdag", "werkdag", "week", "maand", "jaar", "uur"
};
static const char *const unit_plural[TERM_N_UNITS] = {
	"kalenderdagen", "werkdagen", "weken", "maanden", "jaar", "uur"
};

/*
 * Look up a unit written between start and end (exclusive), after trimming:
 * ASCII case folded, runs of white space read as one space.
 */
static bool
unit_lookup(const char *start, const char *end, TermUnit *unit)
{
	char		buf[32];
	int			len = 0;
	const char *p;
	int			i;

	for (p = start; p < end; p++)
	{
		char		c = *p;

		if (scanner_isspace(c))
		{
			if (len > 0 && buf[len - 1] == ' ')
				continue;
			c = ' ';
		}
		if (len >= (int) sizeof(buf) - 1)
			return false;
		buf[len++] = pg_ascii_tolower((unsigned char) c);
	}
	buf[len] = '\0';

	for (i = 0; i < lengthof(unit_names); i++)
	{
		if (strcmp(buf, unit_names[i].name) == 0)
		{
			*unit = unit_names[i].unit;
			return true;
		}
	}
	return false;
}

/*
 * Parse the text form: [sign] digits unit, with white space allowed around
 * each part.  Returns false after a soft error (PostgreSQL 16 and later).
 */
static bool
term_parse(const char *str, Term *result, Node *escontext)
{
	const char *p = str;
	const char *unit_start;
	const char *unit_end;
	bool		negative = false;
	int64		amount = 0;
	int			ndigits = 0;
	TermUnit	unit;

	while (scanner_isspace(*p))
		p++;
	if (*p == '+' || *p == '-')
	{
		negative = (*p == '-');
		p++;
		while (scanner_isspace(*p))
			p++;
	}
	for (; *p >= '0' && *p <= '9'; p++, ndigits++)
	{
		if (amount <= TERM_MAX_AMOUNT)
			amount = amount * 10 + (*p - '0');
	}

	if (ndigits == 0)
	{
		const char *end = p + strlen(p);

		while (end > p && scanner_isspace(end[-1]))
			end--;
		if (end == p)
			term_input_error(escontext,
							 (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							  errmsg("invalid input syntax for type wlz.termijn: \"%s\"", str),
							  errdetail("A term needs an amount and a unit."),
							  TERM_INPUT_HINT));
		else if (unit_lookup(p, end, &unit))
			term_input_error(escontext,
							 (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							  errmsg("invalid input syntax for type wlz.termijn: \"%s\"", str),
							  errdetail("The amount is missing."),
							  TERM_INPUT_HINT));
		else
			term_input_error(escontext,
							 (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							  errmsg("invalid input syntax for type wlz.termijn: \"%s\"", str),
							  errdetail("The amount must be a whole number written in digits."),
							  TERM_INPUT_HINT));
	}
	if (*p == '.' || *p == ',')
		term_input_error(escontext,
						 (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						  errmsg("invalid input syntax for type wlz.termijn: \"%s\"", str),
						  errdetail("The amount must be a whole number."),
						  TERM_INPUT_HINT));

	while (scanner_isspace(*p))
		p++;
	unit_start = p;
	unit_end = p + strlen(p);
	while (unit_end > unit_start && scanner_isspace(unit_end[-1]))
		unit_end--;

	if (unit_start == unit_end)
		term_input_error(escontext,
						 (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						  errmsg("invalid input syntax for type wlz.termijn: \"%s\"", str),
						  errdetail("The unit is missing."),
						  TERM_INPUT_HINT));
	if (!unit_lookup(unit_start, unit_end, &unit))
		term_input_error(escontext,
						 (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						  errmsg("invalid input syntax for type wlz.termijn: \"%s\"", str),
						  errdetail("\"%.*s\" is not a unit of a term.",
									(int) (unit_end - unit_start), unit_start),
						  TERM_INPUT_HINT));
	if (amount > TERM_MAX_AMOUNT)
		term_input_error(escontext,
						 (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						  errmsg("value \"%s\" is out of range for type wlz.termijn", str),
						  errdetail("The amount of a term lies between %d and %d.",
									-TERM_MAX_AMOUNT, TERM_MAX_AMOUNT),
						  errhint("Use a smaller amount, or a larger unit.")));

	*result = term_make(unit, (int32) (negative ? -amount : amount));
	return true;
}

Datum
wlz_termijn_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	Term		result;

	if (!term_parse(str, &result, fcinfo->context))
		PG_RETURN_NULL();
	PG_RETURN_TERM(result);
}

Datum
wlz_termijn_out(PG_FUNCTION_ARGS)
{
	Term		t = PG_GETARG_TERM(0);
	int32		amount = term_amount(t);
	TermUnit	unit = term_unit(t);

	PG_RETURN_CSTRING(psprintf("%d %s", amount,
							   (amount == 1 || amount == -1) ?
							   unit_singular[unit] : unit_plural[unit]));
}

/*
 * Binary form: a format version byte (1), the unit as a byte (TermUnit), the
 * amount as a signed 4-byte integer.  recv checks the length and all three,
 * so that bad data is a data exception (22P03), not a protocol violation.
 */
#define TERM_BINARY_VERSION 1
#define TERM_BINARY_LENGTH	6

Datum
wlz_termijn_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version;
	int			unit;
	int32		amount;

	if (buf->len - buf->cursor != TERM_BINARY_LENGTH)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type wlz.termijn"),
				 errdetail("The binary form of a term has %d bytes, not %d.",
						   TERM_BINARY_LENGTH, buf->len - buf->cursor)));
	version = pq_getmsgbyte(buf);
	if (version != TERM_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d for type wlz.termijn", version),
				 errdetail("This version of wlzcontract reads version %d.", TERM_BINARY_VERSION)));
	unit = pq_getmsgbyte(buf);
	amount = (int32) pq_getmsgint(buf, 4);
	if (unit >= TERM_N_UNITS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid unit %d in binary data for type wlz.termijn", unit),
				 errdetail("A unit is a number from 0 to %d.", TERM_N_UNITS - 1)));
	if (amount < -TERM_MAX_AMOUNT || amount > TERM_MAX_AMOUNT)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("amount %d is out of range for type wlz.termijn", amount),
				 errdetail("The amount of a term lies between %d and %d.",
						   -TERM_MAX_AMOUNT, TERM_MAX_AMOUNT)));

	PG_RETURN_TERM(term_make((TermUnit) unit, amount));
}

Datum
wlz_termijn_send(PG_FUNCTION_ARGS)
{
	Term		t = PG_GETARG_TERM(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint8(&buf, TERM_BINARY_VERSION);
	pq_sendint8(&buf, (uint8) term_unit(t));
	pq_sendint32(&buf, (uint32) term_amount(t));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * Comparison: the packed form orders by unit, then amount (wlzcontract.h).
 */
#define TERM_CMP_FUNCTION(name, op) \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_TERM(0) op PG_GETARG_TERM(1)); \
}

TERM_CMP_FUNCTION(wlz_termijn_eq, ==)
TERM_CMP_FUNCTION(wlz_termijn_ne, !=)
TERM_CMP_FUNCTION(wlz_termijn_lt, <)
TERM_CMP_FUNCTION(wlz_termijn_le, <=)
TERM_CMP_FUNCTION(wlz_termijn_gt, >)
TERM_CMP_FUNCTION(wlz_termijn_ge, >=)

Datum
wlz_termijn_cmp(PG_FUNCTION_ARGS)
{
	Term		a = PG_GETARG_TERM(0);
	Term		b = PG_GETARG_TERM(1);

	PG_RETURN_INT32((a > b) - (a < b));
}

Datum
wlz_termijn_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = ssup_datum_int32_cmp;
	PG_RETURN_VOID();
}

/*
 * The hash function.  It is part of the contract and never changes between
 * versions (hash partitions and hash-distributed tables depend on it), so it
 * is defined here on the value, not on the packed form or on PostgreSQL's
 * internal hash functions:
 *
 *	  key  = unit * 2^32 + (amount mod 2^32)		(64 bits, unsigned)
 *			 unit: 0 kalenderdagen, 1 werkdagen, 2 weken, 3 maanden, 4 jaren,
 *			 5 uren; amount as a 32-bit two's complement number
 *	  z    = key + (seed + 1) * 0x9E3779B97F4A7C15	(mod 2^64)
 *	  z    = (z xor (z >> 30)) * 0xBF58476D1CE4E5B9
 *	  z    = (z xor (z >> 27)) * 0x94D049BB133111EB
 *	  hash_extended(t, seed) = z xor (z >> 31)		(as a signed bigint)
 *	  hash(t) = the low 32 bits of hash_extended(t, 0)	(as a signed integer)
 *
 * That is one step of SplitMix64 (Steele, Lea and Flood, 2014) from state
 * key + seed * 0x9E3779B97F4A7C15.  With seed 0 the low 32 bits of the
 * extended hash equal the standard hash, as PostgreSQL requires of a hash
 * operator class.
 */
static uint64
term_hash64(Term t, uint64 seed)
{
	uint64		z;

	z = ((uint64) term_unit(t) << 32) | (uint64) (uint32) term_amount(t);
	z += (seed + 1) * UINT64CONST(0x9E3779B97F4A7C15);
	z = (z ^ (z >> 30)) * UINT64CONST(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64CONST(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

Datum
wlz_termijn_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_UINT32((uint32) term_hash64(PG_GETARG_TERM(0), 0));
}

Datum
wlz_termijn_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_UINT64(term_hash64(PG_GETARG_TERM(0), (uint64) PG_GETARG_INT64(1)));
}

/* -t: the same term counted the other way */
static inline Term
term_negate(Term t)
{
	return term_make(term_unit(t), -term_amount(t));
}

Datum
wlz_termijn_tegengestelde(PG_FUNCTION_ARGS)
{
	PG_RETURN_TERM(term_negate(PG_GETARG_TERM(0)));
}

/*
 * Date arithmetic
 */

static void
date_out_of_range(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("date out of range"),
			 errhint("PostgreSQL's dates run from 4714-11-24 BC to 5874897-12-31.")));
}

static void
timestamp_out_of_range(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("timestamp out of range"),
			 errhint("PostgreSQL's timestamps run from 4714-11-24 BC to 294276-12-31.")));
}

static void
hours_on_date_error(Term t)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cannot apply a term in hours to a date"),
			 errdetail("A date has no time of day, so \"%d uur\" from a date has no exact end.",
					   term_amount(t)),
			 errhint("Start from a timestamptz instead, e.g. wlz.lokaal(date '2025-06-13', '12:00').")));
}

/* d + n days, for finite d */
static DateADT
date_add_days(DateADT d, int64 n)
{
	int64		result = (int64) d + n;

	if (!IS_VALID_DATE(result))
		date_out_of_range();
	return (DateADT) result;
}

/*
 * d + n months as PostgreSQL counts them: the same day of the month, or the
 * last day of a shorter month (31 January + 1 month = 28/29 February).
 */
static DateADT
date_add_months(DateADT d, int64 n)
{
	int			y,
				m,
				day;
	int64		months;
	int64		y2;
	int			m2;
	int			jd;

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	months = (int64) y * MONTHS_PER_YEAR + (m - 1) + n;
	/* floor division: internal years before 1 AD are zero or negative */
	y2 = months / MONTHS_PER_YEAR;
	if (months % MONTHS_PER_YEAR < 0)
		y2--;
	m2 = (int) (months - y2 * MONTHS_PER_YEAR) + 1;
	if (y2 < JULIAN_MINYEAR || y2 > JULIAN_MAXYEAR)
		date_out_of_range();
	if (day > day_tab[isleap(y2)][m2 - 1])
		day = day_tab[isleap(y2)][m2 - 1];
	if (!IS_VALID_JULIAN((int) y2, m2, day))
		date_out_of_range();
	jd = date2j((int) y2, m2, day);
	if (!IS_VALID_DATE(jd - POSTGRES_EPOCH_JDATE))
		date_out_of_range();
	return jd - POSTGRES_EPOCH_JDATE;
}

/* d + t for a finite d and a day-based t */
static DateADT
date_add_term(DateADT d, Term t)
{
	int32		n = term_amount(t);

	switch (term_unit(t))
	{
		case TERM_CALENDAR_DAYS:
			return date_add_days(d, n);
		case TERM_WORKING_DAYS:
			return calendar_add_working_days(d, n);
		case TERM_WEEKS:
			return date_add_days(d, (int64) n * 7);
		case TERM_MONTHS:
			return date_add_months(d, n);
		case TERM_YEARS:
			return date_add_months(d, (int64) n * MONTHS_PER_YEAR);
		case TERM_HOURS:
			hours_on_date_error(t);
	}
	pg_unreachable();
}

static DateADT
date_plus_term(DateADT d, Term t)
{
	if (term_unit(t) == TERM_HOURS)
		hours_on_date_error(t);
	if (DATE_NOT_FINITE(d))
		return d;
	return date_add_term(d, t);
}

/*
 * The operators.  d + '5 werkdagen' is the common case on large tables: it
 * is answered inline from the calendar's tables (wlzcontract.h), without a
 * call or the switch over the units; everything else, and the errors, go
 * through date_plus_term.
 */
static inline DateADT
date_plus_term_fast(DateADT d, Term t)
{
	DateADT		result;

	if (term_unit(t) == TERM_WORKING_DAYS &&
		calendar_add_working_days_fast(d, term_amount(t), &result))
		return result;
	return date_plus_term(d, t);
}

Datum
wlz_datum_plus_termijn(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(date_plus_term_fast(PG_GETARG_DATEADT(0), PG_GETARG_TERM(1)));
}

Datum
wlz_termijn_plus_datum(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(date_plus_term_fast(PG_GETARG_DATEADT(1), PG_GETARG_TERM(0)));
}

Datum
wlz_datum_min_termijn(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(date_plus_term_fast(PG_GETARG_DATEADT(0),
										  term_negate(PG_GETARG_TERM(1))));
}

/*
 * Europe/Amsterdam
 */

/*
 * The zone, loaded once per process.  pg_tzset keeps every zone it loads for
 * the life of the process, so holding on to the pointer is safe.
 */
static pg_tz *
amsterdam(void)
{
	static pg_tz *tz = NULL;

	if (unlikely(tz == NULL))
	{
		pg_tz	   *found = pg_tzset("Europe/Amsterdam");

		if (found == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_CONFIG_FILE_ERROR),
					 errmsg("time zone \"Europe/Amsterdam\" is not available"),
					 errhint("Install the time zone database that this PostgreSQL server uses.")));
		tz = found;
	}
	return tz;
}

/* The local (Amsterdam) date and time of a finite timestamptz */
static void
amsterdam_tm(TimestampTz ts, struct pg_tm *tm, fsec_t *fsec)
{
	int			tzoff;

	if (timestamp2tm(ts, &tzoff, tm, fsec, NULL, amsterdam()) != 0)
		timestamp_out_of_range();
}

/*
 * The instant of a local date and time: a time that does not exist or occurs
 * twice resolves as PostgreSQL resolves it (DetermineTimeZoneOffset).
 */
static TimestampTz
amsterdam_instant(struct pg_tm *tm, fsec_t fsec)
{
	int			tzoff = DetermineTimeZoneOffset(tm, amsterdam());
	TimestampTz result;

	if (tm2timestamp(tm, fsec, &tzoff, &result) != 0 || !IS_VALID_TIMESTAMP(result))
		timestamp_out_of_range();
	return result;
}

static DateADT
tm_date(const struct pg_tm *tm)
{
	return date2j(tm->tm_year, tm->tm_mon, tm->tm_mday) - POSTGRES_EPOCH_JDATE;
}

static void
date_tm(DateADT d, struct pg_tm *tm)
{
	j2date(d + POSTGRES_EPOCH_JDATE, &tm->tm_year, &tm->tm_mon, &tm->tm_mday);
}

/* local date d at local time of day usec (0 .. USECS_PER_DAY inclusive) */
static TimestampTz
amsterdam_local(DateADT d, TimeADT usec)
{
	struct pg_tm tt,
			   *tm = &tt;
	fsec_t		fsec;
	TimestampTz result;

	if (DATE_IS_NOBEGIN(d))
	{
		TIMESTAMP_NOBEGIN(result);
		return result;
	}
	if (DATE_IS_NOEND(d))
	{
		TIMESTAMP_NOEND(result);
		return result;
	}
	if (usec >= USECS_PER_DAY)	/* 24:00 is midnight of the next day */
	{
		d = date_add_days(d, 1);
		usec -= USECS_PER_DAY;
	}
	memset(tm, 0, sizeof(*tm));
	date_tm(d, tm);
	dt2time(usec, &tm->tm_hour, &tm->tm_min, &tm->tm_sec, &fsec);
	return amsterdam_instant(tm, fsec);
}

/*
 * timestamptz + term.  Hours are elapsed time.  Every other unit moves the
 * Amsterdam date and keeps the wall-clock time, exactly as timestamptz +
 * interval 'n days' (or 'n months') does under TimeZone = 'Europe/Amsterdam'
 * (timestamptz_pl_interval in PostgreSQL's timestamp.c).
 */
static TimestampTz
timestamptz_plus_term(TimestampTz ts, Term t)
{
	struct pg_tm tt,
			   *tm = &tt;
	fsec_t		fsec;

	if (TIMESTAMP_NOT_FINITE(ts))
		return ts;

	if (term_unit(t) == TERM_HOURS)
	{
		TimestampTz result;

		if (pg_add_s64_overflow(ts, (int64) term_amount(t) * USECS_PER_HOUR, &result) ||
			!IS_VALID_TIMESTAMP(result))
			timestamp_out_of_range();
		return result;
	}

	amsterdam_tm(ts, tm, &fsec);
	date_tm(date_add_term(tm_date(tm), t), tm);
	return amsterdam_instant(tm, fsec);
}

Datum
wlz_tijdstip_plus_termijn(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(timestamptz_plus_term(PG_GETARG_TIMESTAMPTZ(0),
												PG_GETARG_TERM(1)));
}

Datum
wlz_termijn_plus_tijdstip(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(timestamptz_plus_term(PG_GETARG_TIMESTAMPTZ(1),
												PG_GETARG_TERM(0)));
}

Datum
wlz_tijdstip_min_termijn(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(timestamptz_plus_term(PG_GETARG_TIMESTAMPTZ(0),
												term_negate(PG_GETARG_TERM(1))));
}

/*
 * End of a day and local times
 */

/* 23:59:59.999999 local on day d */
static TimestampTz
end_of_day(DateADT d)
{
	return amsterdam_local(d, USECS_PER_DAY - 1);
}

/*
 * A one-entry cache of end_of_day in fn_extra, for the common case of one
 * deadline day against many rows.
 */
typedef struct EndOfDayCache
{
	DateADT		day;
	TimestampTz end;
} EndOfDayCache;

static TimestampTz
end_of_day_cached(FunctionCallInfo fcinfo, DateADT d)
{
	EndOfDayCache *cache;

	if (fcinfo->flinfo == NULL) /* DirectFunctionCall: nowhere to keep it */
		return end_of_day(d);
	cache = (EndOfDayCache *) fcinfo->flinfo->fn_extra;
	if (cache == NULL)
	{
		TimestampTz end = end_of_day(d);

		cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(EndOfDayCache));
		cache->day = d;
		cache->end = end;
		fcinfo->flinfo->fn_extra = cache;
	}
	else if (cache->day != d)
	{
		cache->end = end_of_day(d);
		cache->day = d;
	}
	return cache->end;
}

Datum
wlz_einde_dag(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(end_of_day_cached(fcinfo, PG_GETARG_DATEADT(0)));
}

Datum
wlz_lokaal(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(amsterdam_local(PG_GETARG_DATEADT(0), PG_GETARG_TIMEADT(1)));
}

Datum
wlz_tijdig(PG_FUNCTION_ARGS)
{
	TimestampTz ingediend = PG_GETARG_TIMESTAMPTZ(0);
	DateADT		uiterste_dag = PG_GETARG_DATEADT(1);

	PG_RETURN_BOOL(ingediend <= end_of_day_cached(fcinfo, uiterste_dag));
}

/*
 * The end of a term (SPEC 2.3)
 */

/*
 * Whether the Algemene termijnenwet extends a term, and whether art. 2 (at
 * least two days that are not a Saturday, Sunday or feestdag) applies.
 * Art. 4 excludes terms in hours, of more than 90 days, more than 12 weeks,
 * more than 3 months, and in years.  Werkdagen end on a werkdag anyway.
 * Backward terms (art. 1 lid 2) and terms of 0 are not extended.
 */
static bool
atw_extends(Term t, bool *art2)
{
	int32		n = term_amount(t);

	*art2 = false;
	if (n <= 0)
		return false;
	switch (term_unit(t))
	{
		case TERM_CALENDAR_DAYS:
			*art2 = (n >= 3);
			return n <= 90;
		case TERM_WEEKS:
			*art2 = true;
			return n <= 12;
		case TERM_MONTHS:
			*art2 = true;
			return n <= 3;
		case TERM_WORKING_DAYS:
		case TERM_YEARS:
		case TERM_HOURS:
			return false;
	}
	pg_unreachable();
}

/*
 * The last day of a day-based term from local day begin (which does not
 * count), with the ATW when atw is set.
 */
static DateADT
term_last_day(DateADT begin, Term t, bool atw)
{
	DateADT		last = date_add_term(begin, t);
	bool		art2;

	if (atw && atw_extends(t, &art2))
	{
		/* art. 2: at least two werkdagen after begin */
		if (art2 && calendar_working_days_between(begin, last) < 2)
			last = calendar_add_working_days(begin, 2);
		/* art. 1: a Saturday, Sunday or feestdag moves to the next werkdag */
		if (!calendar_is_working_day(last))
			last = calendar_add_working_days(last, 1);
	}
	return last;
}

TimestampTz
term_end_from_timestamptz(TimestampTz begin, Term t, bool atw)
{
	struct pg_tm tt,
			   *tm = &tt;
	fsec_t		fsec;

	if (TIMESTAMP_NOT_FINITE(begin))
		return begin;
	if (term_unit(t) == TERM_HOURS)
		return timestamptz_plus_term(begin, t);
	amsterdam_tm(begin, tm, &fsec);
	return end_of_day(term_last_day(tm_date(tm), t, atw));
}

TimestampTz
term_end_from_date(DateADT begin, Term t, bool atw)
{
	if (term_unit(t) == TERM_HOURS)
		hours_on_date_error(t);
	if (DATE_NOT_FINITE(begin))
		return amsterdam_local(begin, 0);	/* the infinity of the same sign */
	return end_of_day(term_last_day(begin, t, atw));
}

Datum
wlz_termijn_einde(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(term_end_from_timestamptz(PG_GETARG_TIMESTAMPTZ(0),
													PG_GETARG_TERM(1),
													PG_GETARG_BOOL(2)));
}

Datum
wlz_termijn_einde_datum(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(term_end_from_date(PG_GETARG_DATEADT(0),
											 PG_GETARG_TERM(1),
											 PG_GETARG_BOOL(2)));
}
