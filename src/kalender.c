/*
 * kalender.c
 *	  ATW public holidays (Algemene termijnenwet art. 3) and working days:
 *	  wlz.feestdagen, wlz.is_feestdag, wlz.is_werkdag, wlz.werkdagen and
 *	  wlz.werkdag_van_maand (SPEC section 2.1), and the working-day
 *	  arithmetic that termijn.c builds on.
 *
 * The calendar covers 1965-01-01 (the ATW is in force since 1 April 1965)
 * to 2199-12-31.  It is a pure function of this code: two bitmaps over every
 * day of that range (feestdag, werkdag) and two tables of 16-bit counts, the
 * werkdagen before each day and, for each werkdag in turn, the days that are
 * not werkdagen before it.  They are filled once per process, on first use,
 * from the rules below (Easter by the Gregorian computus), about 300 kB; no
 * setting, table or time zone takes part, so every function here is
 * IMMUTABLE.  With them, for offsets counted from 1965-01-01:
 *
 *	  is_werkdag(d)				one bit test;
 *	  rank(d)					werkdagen before d: one table look-up;
 *	  werkdagen(van, tot)		rank(tot + 1) - rank(van + 1);
 *	  the k-th werkdag			(k - 1) + the days off before it: one look-up,
 *
 * so d + n werkdagen is two look-ups whatever n is, without a search, a
 * loop or a branch that depends on the data.
 *
 * None of these allocate memory.  Days the government adds by besluit (art. 3
 * lid 3) come with a new version of this file.
 */
#include "wlzcontract.h"

#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/datetime.h"

PG_FUNCTION_INFO_V1(wlz_feestdagen);
PG_FUNCTION_INFO_V1(wlz_is_feestdag);
PG_FUNCTION_INFO_V1(wlz_is_werkdag);
PG_FUNCTION_INFO_V1(wlz_werkdagen);
PG_FUNCTION_INFO_V1(wlz_werkdag_van_maand);

/*
 * 1965-01-01 to 2199-12-31: 235 years, 57 of them leap years; the first day
 * as a DateADT (days since 2000-01-01; checked in calendar_fill).  Both are
 * in wlzcontract.h, for the inline path of d + 'n werkdagen'.
 */
#define CAL_DAYS		CALENDAR_DAYS
#define CAL_FIRST		CALENDAR_FIRST_DATE
#define CAL_WORDS		((CAL_DAYS + 63) / 64)
/* at most five werkdagen in any seven days: an upper bound of their number */
#define CAL_MAX_WERKDAGEN	((CAL_DAYS / 7 + 1) * 5)

/* The nine days of ATW art. 3, in the order the SRF breaks ties in */
typedef enum Holiday
{
	NIEUWJAARSDAG,
	GOEDE_VRIJDAG,
	TWEEDE_PAASDAG,
	KONINGSDAG,					/* Koninginnedag before 2014 */
	BEVRIJDINGSDAG,
	HEMELVAARTSDAG,
	TWEEDE_PINKSTERDAG,
	EERSTE_KERSTDAG,
	TWEEDE_KERSTDAG,
	N_HOLIDAYS
} Holiday;

static const char *const holiday_names[N_HOLIDAYS] = {
	"Nieuwjaarsdag",
	"Goede Vrijdag",
	"Tweede Paasdag",
	"Koningsdag",
	"Bevrijdingsdag",
	"Hemelvaartsdag",
	"Tweede Pinksterdag",
	"Eerste Kerstdag",
	"Tweede Kerstdag",
};

/*
 * The calendar.  Offsets count days from 1965-01-01 (offset 0).
 *
 * calendar_werkdagen_voor[off] is the number of werkdagen at offsets below
 * off, for 0 <= off <= CAL_DAYS (so calendar_werkdagen_voor[CAL_DAYS] is the
 * number in the whole range).  calendar_vrij_voor[j] is the number of days
 * that are not werkdagen before the werkdag with index j (0-based: the first
 * werkdag has index 0), so that werkdag j lies at offset
 * j + calendar_vrij_voor[j].  Both fit in 16 bits: fewer than 65536 days of
 * the range are werkdagen (CAL_MAX_WERKDAGEN) and fewer than 65536 are not.
 * These four are not static: wlzcontract.h reads them in the inline
 * calendar_add_working_days_fast.  The bitmaps answer is_feestdag and
 * is_werkdag with one bit test each.
 */
static uint64 feestdag_bits[CAL_WORDS];
static uint64 werkdag_bits[CAL_WORDS];
uint16		calendar_werkdagen_voor[CAL_DAYS + 1];
uint16		calendar_vrij_voor[CAL_MAX_WERKDAGEN];
int32		calendar_n_werkdagen;	/* werkdagen in the whole range */
bool		calendar_ready = false;

/*
 * Easter Sunday of a Gregorian year as a Julian day number: the anonymous
 * Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8).
 */
static int
easter_jd(int year)
{
	int			a = year % 19;
	int			b = year / 100;
	int			c = year % 100;
	int			d = b / 4;
	int			e = b % 4;
	int			f = (b + 8) / 25;
	int			g = (b - f + 1) / 3;
	int			h = (19 * a + b - d - g + 15) % 30;
	int			i = c / 4;
	int			k = c % 4;
	int			l = (32 + 2 * e + 2 * i - h - k) % 7;
	int			m = (a + 11 * h + 22 * l) / 451;
	int			month = (h + l - 7 * m + 114) / 31;
	int			day = (h + l - 7 * m + 114) % 31 + 1;

	return date2j(year, month, day);
}

/*
 * The holidays of one year as Julian day numbers, indexed by Holiday.
 *
 * The King's or Queen's birthday (art. 3 lid 1, "de dag waarop de verjaardag
 * van de Koning wordt gevierd"): since 2014 Koningsdag on 27 April, or 26
 * April when the 27th is a Sunday; before that Koninginnedag on 30 April, or
 * when the 30th is a Sunday the 29th (1980-2013) or 1 May (before 1980).
 */
static void
holidays_of_year(int year, int jd[N_HOLIDAYS])
{
	int			easter = easter_jd(year);
	int			birthday;

	jd[NIEUWJAARSDAG] = date2j(year, 1, 1);
	jd[GOEDE_VRIJDAG] = easter - 2;
	jd[TWEEDE_PAASDAG] = easter + 1;
	if (year >= 2014)
	{
		birthday = date2j(year, 4, 27);
		if (j2day(birthday) == 0)
			birthday--;
	}
	else
	{
		birthday = date2j(year, 4, 30);
		if (j2day(birthday) == 0)
			birthday += (year >= 1980) ? -1 : 1;
	}
	jd[KONINGSDAG] = birthday;
	jd[BEVRIJDINGSDAG] = date2j(year, 5, 5);
	jd[HEMELVAARTSDAG] = easter + 39;
	jd[TWEEDE_PINKSTERDAG] = easter + 50;
	jd[EERSTE_KERSTDAG] = date2j(year, 12, 25);
	jd[TWEEDE_KERSTDAG] = date2j(year, 12, 26);
}

/*
 * Fill the calendar.  Pure computation that cannot fail, so an error can never
 * leave it half done; calendar_ready is set last.
 */
static void
calendar_fill(void)
{
	int			first_jd = date2j(CALENDAR_FIRST_YEAR, 1, 1);
	int			year;
	int			off;
	int			dow;			/* j2day: 0 = Sunday ... 6 = Saturday */
	int32		werk = 0;

	StaticAssertStmt(CAL_DAYS == (CALENDAR_LAST_YEAR + 1 - CALENDAR_FIRST_YEAR) * 365 + 57,
					 "CAL_DAYS does not match the supported years");
	/* weekend days plus nine feestdagen a year bound the other days */
	StaticAssertStmt(CAL_MAX_WERKDAGEN <= PG_UINT16_MAX &&
					 (CAL_DAYS / 7 + 1) * 2 + N_HOLIDAYS * (CALENDAR_LAST_YEAR + 1 - CALENDAR_FIRST_YEAR) <= PG_UINT16_MAX,
					 "the werkdagen and the other days of the calendar must each fit in 16 bits");
	Assert(first_jd - POSTGRES_EPOCH_JDATE == CAL_FIRST);

	memset(feestdag_bits, 0, sizeof(feestdag_bits));
	memset(werkdag_bits, 0, sizeof(werkdag_bits));

	for (year = CALENDAR_FIRST_YEAR; year <= CALENDAR_LAST_YEAR; year++)
	{
		int			jd[N_HOLIDAYS];
		int			h;

		holidays_of_year(year, jd);
		for (h = 0; h < N_HOLIDAYS; h++)
		{
			off = jd[h] - first_jd;
			feestdag_bits[off / 64] |= UINT64CONST(1) << (off % 64);
		}
	}

	/*
	 * Every process fills this on first use, each parallel worker too, so the
	 * weekday is counted along rather than computed per day.
	 */
	dow = j2day(first_jd);
	for (off = 0; off < CAL_DAYS; off++)
	{
		bool		feestdag = (feestdag_bits[off / 64] >> (off % 64)) & 1;

		calendar_werkdagen_voor[off] = (uint16) werk;
		if (!feestdag && dow != 0 && dow != 6)
		{
			werkdag_bits[off / 64] |= UINT64CONST(1) << (off % 64);
			calendar_vrij_voor[werk] = (uint16) (off - werk);
			werk++;
		}
		if (++dow == 7)
			dow = 0;
	}
	calendar_werkdagen_voor[CAL_DAYS] = (uint16) werk;
	calendar_n_werkdagen = werk;

	calendar_ready = true;
}

static inline void
calendar_ensure(void)
{
	if (unlikely(!calendar_ready))
		calendar_fill();
}

/*
 * Format a date as ISO 8601 for messages, whatever DateStyle says.
 */
static void
date_iso(DateADT d, char *buf, size_t len)
{
	int			y,
				m,
				dd;

	if (DATE_IS_NOBEGIN(d))
		snprintf(buf, len, "-infinity");
	else if (DATE_IS_NOEND(d))
		snprintf(buf, len, "infinity");
	else
	{
		j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
		if (y > 0)
			snprintf(buf, len, "%04d-%02d-%02d", y, m, dd);
		else
			snprintf(buf, len, "%04d-%02d-%02d BC", -(y - 1), m, dd);
	}
}

static pg_attribute_noreturn() void
calendar_date_out_of_range(DateADT d)
{
	char		buf[MAXDATELEN + 1];

	date_iso(d, buf, sizeof(buf));
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("date %s is outside the holiday calendar", buf),
			 errdetail("The calendar of the Algemene termijnenwet covers the years %d to %d.",
					   CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR),
			 errhint("Use a date from %d-01-01 to %d-12-31.",
					 CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR)));
}

static pg_attribute_noreturn() void
calendar_result_out_of_range(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("working day out of range of the holiday calendar"),
			 errdetail("The calendar of the Algemene termijnenwet covers the years %d to %d.",
					   CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR),
			 errhint("Count fewer working days, or start from a date further from the edge of that range.")));
}

/* The offset of a date in the calendar; errors out outside it. */
static inline int
calendar_offset(DateADT d)
{
	/* unsigned: dates before the calendar, and -infinity, wrap to large */
	uint32		off = (uint32) d - (uint32) CAL_FIRST;

	calendar_ensure();
	if (unlikely(off >= (uint32) CAL_DAYS))
		calendar_date_out_of_range(d);
	return (int) off;
}

static inline bool
bit_at(const uint64 *bits, int off)
{
	return (bits[off / 64] >> (off % 64)) & 1;
}

/* werkdagen at offsets 0 .. off (inclusive), for -1 <= off < CAL_DAYS */
static inline int32
rank_at(int off)
{
	return calendar_werkdagen_voor[off + 1];
}

/* The date of the werkdag with index j, 0 <= j < calendar_n_werkdagen */
static inline DateADT
werkdag_date(int32 j)
{
	Assert(j >= 0 && j < calendar_n_werkdagen);
	return CAL_FIRST + j + calendar_vrij_voor[j];
}

/*
 * The working-day arithmetic termijn.c uses (declared in wlzcontract.h).
 * Each raises 22008 for a date outside the calendar, infinities included.
 */

bool
calendar_is_working_day(DateADT d)
{
	return bit_at(werkdag_bits, calendar_offset(d));
}

/* werkdagen d with van < d <= tot; negative when tot < van */
int32
calendar_working_days_between(DateADT van, DateADT tot)
{
	int			van_off = calendar_offset(van);
	int			tot_off = calendar_offset(tot);

	return rank_at(tot_off) - rank_at(van_off);
}

/*
 * The n-th werkdag after d (n > 0) or before it (n < 0); d itself never
 * counts, and n = 0 gives d.  The inline calendar_add_working_days_fast
 * (wlzcontract.h) answers whenever it can; what is left here is the first
 * use in a process and the errors.
 */
DateADT
calendar_add_working_days(DateADT d, int32 n)
{
	DateADT		result;

	if (likely(calendar_add_working_days_fast(d, n, &result)))
		return result;
	(void) calendar_offset(d);	/* fills the calendar; errors outside it */
	if (!calendar_add_working_days_fast(d, n, &result))
		calendar_result_out_of_range();
	return result;
}

/*
 * SQL functions
 */

Datum
wlz_is_feestdag(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);

	PG_RETURN_BOOL(bit_at(feestdag_bits, calendar_offset(d)));
}

Datum
wlz_is_werkdag(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);

	PG_RETURN_BOOL(bit_at(werkdag_bits, calendar_offset(d)));
}

Datum
wlz_werkdagen(PG_FUNCTION_ARGS)
{
	DateADT		van = PG_GETARG_DATEADT(0);
	DateADT		tot = PG_GETARG_DATEADT(1);

	PG_RETURN_INT32(calendar_working_days_between(van, tot));
}

Datum
wlz_werkdag_van_maand(PG_FUNCTION_ARGS)
{
	DateADT		maand = PG_GETARG_DATEADT(0);
	int32		n = PG_GETARG_INT32(1);
	int			off = calendar_offset(maand);
	int			y,
				m,
				d;
	int			first_off;
	int32		before,
				count;

	j2date(maand + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	first_off = off - (d - 1);
	before = rank_at(first_off - 1);
	count = rank_at(first_off + day_tab[isleap(y)][m - 1] - 1) - before;

	if (n < 1 || n > count)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("working day %d does not exist in %04d-%02d", n, y, m),
				 errdetail("%04d-%02d has %d working days.", y, m, count),
				 errhint("Use a number from 1 to %d.", count)));

	PG_RETURN_DATEADT(werkdag_date(before + n - 1));
}

/* wlz.feestdagen(jaar): the nine days of one year, in date order */
typedef struct HolidayList
{
	int			n;
	int			next;
	int			jd[N_HOLIDAYS];
	Holiday		which[N_HOLIDAYS];
} HolidayList;

Datum
wlz_feestdagen(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	HolidayList *list;

	if (SRF_IS_FIRSTCALL())
	{
		int32		year = PG_GETARG_INT32(0);
		MemoryContext oldcontext;
		TupleDesc	tupdesc;
		int			jd[N_HOLIDAYS];
		int			h;

		if (year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR)
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("year %d is outside the holiday calendar", year),
					 errdetail("The calendar of the Algemene termijnenwet covers the years %d to %d.",
							   CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR),
					 errhint("Use a year from %d to %d.",
							 CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR)));

		funcctx = SRF_FIRSTCALL_INIT();
		oldcontext = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);

		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);

		/* insertion sort by date; equal dates keep the order of Holiday */
		list = palloc(sizeof(HolidayList));
		list->n = 0;
		list->next = 0;
		holidays_of_year(year, jd);
		for (h = 0; h < N_HOLIDAYS; h++)
		{
			int			i = list->n++;

			while (i > 0 && list->jd[i - 1] > jd[h])
			{
				list->jd[i] = list->jd[i - 1];
				list->which[i] = list->which[i - 1];
				i--;
			}
			list->jd[i] = jd[h];
			list->which[i] = (Holiday) h;
		}
		funcctx->user_fctx = list;
		MemoryContextSwitchTo(oldcontext);
	}

	funcctx = SRF_PERCALL_SETUP();
	list = (HolidayList *) funcctx->user_fctx;

	if (list->next < list->n)
	{
		int			i = list->next++;
		Datum		values[2];
		bool		nulls[2] = {false, false};
		const char *name = holiday_names[list->which[i]];
		int			y,
					m,
					d;

		j2date(list->jd[i], &y, &m, &d);
		if (list->which[i] == KONINGSDAG && y < 2014)
			name = "Koninginnedag";
		values[0] = DateADTGetDatum(list->jd[i] - POSTGRES_EPOCH_JDATE);
		values[1] = CStringGetTextDatum(name);
		SRF_RETURN_NEXT(funcctx,
						HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc,
														  values, nulls)));
	}

	SRF_RETURN_DONE(funcctx);
}
