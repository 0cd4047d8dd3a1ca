/*
 * wlzcontract.h
 *	  Declarations shared by the C files of the wlzcontract extension.
 *
 * Each .c file owns one concern:
 *	  wlzcontract.c  module magic and the library version
 *	  kalender.c     ATW public holidays and working days
 *	  termijn.c      the wlz.termijn type, its arithmetic and term ends
 *	  klasse.c       provider classification aggregates
 *	  tarief.c       amounts (wlz.tarief) and volume extrapolation
 *	  tariefregel.c  the tariff rule engine (wlz.tariefpercentage, _uitleg,
 *	                 wlz.tariefbeleid)
 *	  tariefbeleid.c the type wlz.tariefbeleid: a policy as a value (SPEC 8)
 *	  beleidwaarde.c the binary form the policy values share
 *	  richttarief.c  the richttarief model aggregate
 *	  zorgprofiel.c  zorgprofielen: COD163 labels and the normaliser
 *	  toets.c        provider checks: the value wlz.toetsbeleid and the checks over it
 *	  geld.c         the money cycle: wlz.geldbeleid, production agreements,
 *	                 CAK payments and the aggregates over volumes
 *	  controle.c     declaration controls: wlz.controlebeleid, wlz.declaratiecontrole,
 *	                 wlz.combinatiecontrole, wlz.trajectcontrole
 *
 * Everything here is free of session state: no GUCs, no static caches that
 * outlive a query, no dependence on the session's TimeZone.
 */
#ifndef WLZCONTRACT_H
#define WLZCONTRACT_H

#include "postgres.h"
#include "fmgr.h"
#include "lib/stringinfo.h"

#ifndef WLZ_VERSION
#error "WLZ_VERSION must be defined by the Makefile (from wlzcontract.control)"
#endif

#include "datatype/timestamp.h"
#include "utils/date.h"

/*
 * kalender.c: the ATW calendar (SPEC 2.1), defined for 1965-01-01 to
 * 2199-12-31.  Each function raises 22008 for a date outside that range
 * (infinities included).
 */
#define CALENDAR_FIRST_YEAR		1965
#define CALENDAR_LAST_YEAR		2199

extern bool calendar_is_working_day(DateADT d);
extern int32 calendar_working_days_between(DateADT van, DateADT tot);
extern DateADT calendar_add_working_days(DateADT d, int32 n);

/*
 * The hot path of d + 'n werkdagen', inline so that termijn.c's operator pays
 * no call per row: two look-ups in kalender.c's tables (what they hold is
 * described there).  Not exported from the library.
 */
#if defined(__GNUC__)
#define WLZ_INTERN __attribute__((visibility("hidden")))
#else
#define WLZ_INTERN
#endif

#define CALENDAR_FIRST_DATE		(-12783)	/* 1965-01-01 as a DateADT */
#define CALENDAR_DAYS			(235 * 365 + 57)	/* to 2199-12-31 */

extern WLZ_INTERN bool calendar_ready;
extern WLZ_INTERN int32 calendar_n_werkdagen;
extern WLZ_INTERN uint16 calendar_werkdagen_voor[];
extern WLZ_INTERN uint16 calendar_vrij_voor[];

/*
 * d + n werkdagen into *result, when the calendar is filled and both d and
 * the answer lie in it; false otherwise, and then calendar_add_working_days
 * gives the answer or the error.
 */
static inline bool
calendar_add_working_days_fast(DateADT d, int32 n, DateADT *result)
{
	/* unsigned: dates before the calendar, and -infinity, wrap to large */
	uint32		off = (uint32) d - (uint32) CALENDAR_FIRST_DATE;
	int64		j;

	if (unlikely(!calendar_ready) || unlikely(off >= (uint32) CALENDAR_DAYS))
		return false;
	/*
	 * n > 0: the werkdag with index (werkdagen up to and including d) + n - 1;
	 * n < 0: the one with index (werkdagen before d) + n.
	 */
	if (n > 0)
		j = (int64) calendar_werkdagen_voor[off + 1] - 1 + n;
	else if (n < 0)
		j = (int64) calendar_werkdagen_voor[off] + n;
	else
	{
		*result = d;
		return true;
	}
	if (unlikely((uint64) j >= (uint64) calendar_n_werkdagen))
		return false;
	*result = CALENDAR_FIRST_DATE + (int32) j + calendar_vrij_voor[j];
	return true;
}

/*
 * termijn.c: the type wlz.termijn (SPEC 2.2).
 *
 * A Term is passed by value as an int32: the unit in bits 24-26 and the
 * amount plus 2^23 in bits 0-23, so that comparing the int32s orders terms by
 * unit (in TermUnit order) and then by amount.  This is the on-disk format:
 * it never changes.
 */
typedef enum TermUnit
{
	TERM_CALENDAR_DAYS = 0,		/* kalenderdagen */
	TERM_WORKING_DAYS = 1,		/* werkdagen */
	TERM_WEEKS = 2,				/* weken */
	TERM_MONTHS = 3,			/* maanden */
	TERM_YEARS = 4,				/* jaren */
	TERM_HOURS = 5				/* uren */
} TermUnit;

#define TERM_N_UNITS		6
#define TERM_MAX_AMOUNT		100000	/* |amount| <= this */
#define TERM_AMOUNT_BIAS	0x800000

typedef int32 Term;

static inline Term
term_make(TermUnit unit, int32 amount)
{
	return (Term) (((int32) unit << 24) | (amount + TERM_AMOUNT_BIAS));
}

static inline TermUnit
term_unit(Term t)
{
	return (TermUnit) (t >> 24);
}

static inline int32
term_amount(Term t)
{
	return (t & 0xFFFFFF) - TERM_AMOUNT_BIAS;
}

#define DatumGetTerm(X)		((Term) DatumGetInt32(X))
#define TermGetDatum(X)		Int32GetDatum(X)
#define PG_GETARG_TERM(n)	DatumGetTerm(PG_GETARG_DATUM(n))
#define PG_RETURN_TERM(x)	return TermGetDatum(x)

/* wlz.termijn_einde (SPEC 2.3) for C callers */
extern TimestampTz term_end_from_timestamptz(TimestampTz begin, Term t, bool atw);
extern TimestampTz term_end_from_date(DateADT begin, Term t, bool atw);

/*
 * zorgprofiel.c: the number of the zorgprofiel a spelling names (an index
 * into its list of COD163 labels), or an error (22P02)
 */
extern int	wlz_zorgprofiel_nummer(const char *s, int len);

/*
 * tariefbeleid.c: the type wlz.tariefbeleid.  A value is JSON that the tariff
 * engine (tariefregel.c) writes and reads; tariefbeleid_maak normalises and
 * fingerprints it, and has tariefbeleid_controleren (tariefregel.c) decode it
 * once, so that every stored value can be evaluated.  nsp is the schema of
 * the type, where its enums live.
 */
extern Datum tariefbeleid_maak(const char *json, Oid nsp);
extern uint64 tariefbeleid_vingerafdruk(Datum value);
extern const char *tariefbeleid_tekst(Datum value);
extern void tariefbeleid_controleren(Datum jsonb, Oid nsp);

/*
 * beleidwaarde.c: the binary form every policy value shares (a version byte
 * and the JSON text, as jsonb_send writes it).
 */
extern bytea *beleid_binair_schrijven(const char *tekst, int len);
extern char *beleid_binair_lezen(StringInfo buf, const char *typnaam, int *len);

#endif							/* WLZCONTRACT_H */
