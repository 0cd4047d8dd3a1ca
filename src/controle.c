/*
 * controle.c
 *	  Declaration controls (SPEC 9): the policy value wlz.controlebeleid,
 *	  wlz.declaratiecontrole and wlz.declaratiecontrole_uitleg (one line),
 *	  and the aggregates wlz.combinatiecontrole and wlz.trajectcontrole (the
 *	  lines of one client).
 *
 * The policy as a value (SPEC 8).  wlz.controlebeleid(zorgkantoor, jaar)
 * (SQL, src/sql/shared/50-controle-declaratie.sql) reads the *_geldend views
 * once and builds a JSON object: the known prestaties with their zorgprofiel
 * and the rules of wlz.declaratieregel, wlz.combinatieregel and
 * wlz.trajectregel that apply.  The value of type wlz.controlebeleid is that
 * text behind a small header (a version and a 64-bit hash of the text); the
 * input and receive functions check every field.  A function that evaluates
 * rules decodes the value once into a Beleid (hash tables, sorted codes) and
 * keeps it in fn_extra, keyed by the hash, so that a row costs a pointer and
 * hash comparison, one hash probe for the prestatie and a walk over the few
 * rules that can apply to it.
 *
 * The table-reading forms (wlz.declaratiecontrole(zorgkantoor, ...)) build
 * the value through SQL once per (zorgkantoor, jaar) and query, and then do
 * exactly what the value forms do; their cache starts afresh when the active
 * snapshot changes, as in tariefregel.c.
 *
 * The aggregates collect (name, period[, uren]) per group; the name is the
 * prestatie (combinatie) or the soort (traject).  With a policy argument the
 * state carries the rules of its kind (a JSON subset of the policy, interned
 * per process) and keeps only rows that a rule can concern; without one the
 * final function reads the national rules, wlz.controlebeleid(), once per
 * query (STABLE).  States combine and serialise for parallel aggregation.
 *
 * Nothing here depends on the session: moments are compared as instants, the
 * end of a day is that of Europe/Amsterdam (termijn.c), the working days those
 * of the ATW calendar (kalender.c).
 */
#include "wlzcontract.h"

#include <limits.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "pgtime.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

PG_FUNCTION_INFO_V1(wlz_controlebeleid_in);
PG_FUNCTION_INFO_V1(wlz_controlebeleid_out);
PG_FUNCTION_INFO_V1(wlz_controlebeleid_recv);
PG_FUNCTION_INFO_V1(wlz_controlebeleid_send);
PG_FUNCTION_INFO_V1(wlz_declaratiecontrole);
PG_FUNCTION_INFO_V1(wlz_declaratiecontrole_beleid);
PG_FUNCTION_INFO_V1(wlz_declaratiecontrole_uitleg);
PG_FUNCTION_INFO_V1(wlz_declaratiecontrole_uitleg_beleid);
PG_FUNCTION_INFO_V1(wlz_combinatiecontrole_stap);
PG_FUNCTION_INFO_V1(wlz_combinatiecontrole_stap_beleid);
PG_FUNCTION_INFO_V1(wlz_trajectcontrole_stap);
PG_FUNCTION_INFO_V1(wlz_trajectcontrole_stap_beleid);
PG_FUNCTION_INFO_V1(wlz_controle_samenvoegen);
PG_FUNCTION_INFO_V1(wlz_controle_serialiseer);
PG_FUNCTION_INFO_V1(wlz_controle_deserialiseer);
PG_FUNCTION_INFO_V1(wlz_controle_uitkomst);
PG_FUNCTION_INFO_V1(wlz_controle_uitkomst_landelijk);

extern Datum wlz_termijn_in(PG_FUNCTION_ARGS);
extern Datum wlz_termijn_out(PG_FUNCTION_ARGS);

/* ------------------------------------------------------------------------
 * The value
 * ------------------------------------------------------------------------
 */

#define BELEID_VERSIE		1

typedef struct BeleidWaarde
{
	int32		vl_len_;
	uint32		versie;
	uint32		hash_hoog;
	uint32		hash_laag;
	char		tekst[FLEXIBLE_ARRAY_MEMBER];	/* JSON, not NUL-terminated */
} BeleidWaarde;

#define BELEID_KOP			offsetof(BeleidWaarde, tekst)
#define BELEID_TEKSTLEN(w)	(VARSIZE(w) - BELEID_KOP)

static inline uint64
waarde_hash(const BeleidWaarde *w)
{
	return ((uint64) w->hash_hoog << 32) | w->hash_laag;
}

/* ------------------------------------------------------------------------
 * The decoded policy
 * ------------------------------------------------------------------------
 */

typedef struct Tekst
{
	const char *s;				/* NULL: none */
	int			len;
} Tekst;

typedef enum Toets
{
	T_BEKEND, T_ZORGPROFIEL, T_VEREIST, T_NIET, T_TERMIJN, T_WERKDAG, T_BEDRAG
} Toets;

static const char *const toets_namen[] = {
	"bekend", "zorgprofiel", "vereist-kenmerk", "niet-declarabel", "termijn", "werkdag", "bedrag"
};

typedef enum TrajectToets
{
	TT_DUUR, TT_TOTAAL, TT_UREN, TT_PER_JAAR, TT_WACHTTIJD
} TrajectToets;

static const char *const trajecttoets_namen[] = {
	"duur", "totaal", "uren", "per-jaar", "wachttijd"
};

/* micro-hours per hour: hours are kept as int64 millionths */
#define UUR_EENHEID		INT64CONST(1000000)

/* One rule of wlz.declaratieregel. */
typedef struct DRegel
{
	int32		id;
	int			controle;		/* index into Beleid.codes */
	DateADT		van;			/* [van, tot), DATEVAL_NOBEGIN/NOEND open */
	DateADT		tot;
	int			nprestaties;	/* -1: every prestatie */
	Tekst	   *prestaties;
	Tekst		kenmerk;
	Toets		toets;
	int			nprofielen;
	int16	   *profielen;
	char	   *profielen_tekst;	/* for the explanation */
	Tekst		vereist;
	Term		termijn;
	int32		werkdag;
	int32		maanden;
	Datum		tolerantie;		/* numeric, or 0 */
	bool		tolerantie_nul;
	char	   *bron;

	/* the deadline of the last prestatiemaand seen */
	DateADT		cache_maand;
	DateADT		cache_dag;
	TimestampTz cache_uiterst;
} DRegel;

/* One rule of wlz.combinatieregel. */
typedef struct CRegel
{
	int32		id;
	int			controle;
	DateADT		van;
	DateADT		tot;
	int			na;
	Tekst	   *a;
	int			nb;
	Tekst	   *b;
} CRegel;

/* One rule of wlz.trajectregel. */
typedef struct TRegel
{
	int32		id;
	int			controle;
	DateADT		van;
	DateADT		tot;
	Tekst		soort;
	TrajectToets toets;
	Term		termijn;
	bool		heeft_verlenging;
	Term		verlenging;
	int64		aantal;			/* uren: micro-hours; per-jaar: a count */
} TRegel;

/* A prestatie code: known or not, and the rules that can apply to it. */
typedef struct PrestatieInfo
{
	Tekst		code;
	uint32		hash;
	bool		bekend;			/* in wlz.prestatie */
	int16		profiel;		/* -1: none */
	bool		combinatie;		/* named by a combinatieregel */
	int			nregels;
	int		   *regels;			/* indices into Beleid.dregels, in order */
} PrestatieInfo;

typedef struct PrestatieElement
{
	PrestatieInfo *sleutel;
	uint32		hash;
	char		status;
} PrestatieElement;

static inline bool
tekst_gelijk(const Tekst *a, const Tekst *b)
{
	return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
}

#define SH_PREFIX		prestatietabel
#define SH_ELEMENT_TYPE	PrestatieElement
#define SH_KEY_TYPE		PrestatieInfo *
#define SH_KEY			sleutel
#define SH_HASH_KEY(tb, key)	((key)->hash)
#define SH_EQUAL(tb, a, b)		tekst_gelijk(&(a)->code, &(b)->code)
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a)		((a)->hash)
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

typedef struct Beleid
{
	MemoryContext mcxt;			/* everything below lives here */
	char	   *zorgkantoor;	/* NULL: national rules only */
	bool		heeft_jaar;
	int32		jaar;

	int			ncodes;			/* the controls named, sorted */
	char	  **codes;
	Datum	   *code_teksten;	/* the same as text datums */
	bool	   *gefaald;		/* scratch, ncodes */

	prestatietabel_hash *prestaties;
	int			nalgemeen;		/* rules for every prestatie */
	int		   *algemeen;

	int			ndregels;
	DRegel	   *dregels;
	int			ncregels;
	CRegel	   *cregels;
	int			ntregels;
	TRegel	   *tregels;
} Beleid;

/* ------------------------------------------------------------------------
 * Small helpers: text, dates, terms
 * ------------------------------------------------------------------------
 */

static uint32
tekst_hash(const char *s, int len)
{
	return hash_bytes((const unsigned char *) s, len);
}

static Tekst
tekst_kopie(const char *s, int len, MemoryContext mcxt)
{
	Tekst		t;
	char	   *p = MemoryContextAlloc(mcxt, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	t.s = p;
	t.len = len;
	return t;
}

/* "2024-01-01", independent of DateStyle */
static char *
datum_tekst(DateADT d)
{
	int			y,
				m,
				dd;

	if (DATE_IS_NOBEGIN(d))
		return pstrdup("-infinity");
	if (DATE_IS_NOEND(d))
		return pstrdup("infinity");
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	if (y > 0)
		return psprintf("%04d-%02d-%02d", y, m, dd);
	return psprintf("%04d-%02d-%02d BC", -(y - 1), m, dd);
}

/* An instant as the clock in Amsterdam shows it, "2022-05-01 00:00:00". */
static char *
moment_tekst(TimestampTz t)
{
	struct pg_tm tt;
	fsec_t		fsec;
	int			tz;
	pg_tz	   *amsterdam = pg_tzset("Europe/Amsterdam");

	if (TIMESTAMP_IS_NOBEGIN(t))
		return pstrdup("-infinity");
	if (TIMESTAMP_IS_NOEND(t))
		return pstrdup("infinity");
	if (amsterdam == NULL || timestamp2tm(t, &tz, &tt, &fsec, NULL, amsterdam) != 0)
		return pstrdup("?");
	return psprintf("%04d-%02d-%02d %02d:%02d:%02d", tt.tm_year, tt.tm_mon, tt.tm_mday,
					tt.tm_hour, tt.tm_min, tt.tm_sec);
}

static char *
numeric_tekst(Datum n)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out, n));
}

static char *
termijn_tekst(Term t)
{
	return DatumGetCString(DirectFunctionCall1(wlz_termijn_out, TermGetDatum(t)));
}

static pg_attribute_noreturn() void
datum_buiten_bereik(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("date out of range")));
}

static DateADT
eerste_van_maand(DateADT d)
{
	int			y,
				m,
				dd;

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	return d - (dd - 1);
}

/* d plus n months, PostgreSQL's way: the day is clamped to the month's end */
static DateADT
maanden_erbij(DateADT d, int64 n)
{
	int			y,
				m,
				dd;
	int64		mm;
	int64		jaar;
	int			maand;
	DateADT		r;

	if (DATE_NOT_FINITE(d))
		return d;
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	mm = (int64) y * 12 + (m - 1) + n;
	jaar = mm >= 0 ? mm / 12 : -((-mm + 11) / 12);
	maand = (int) (mm - jaar * 12) + 1;
	if (jaar < -4713 || jaar > 5874897)
		datum_buiten_bereik();
	if (dd > day_tab[isleap((int) jaar)][maand - 1])
		dd = day_tab[isleap((int) jaar)][maand - 1];
	if (!IS_VALID_JULIAN((int) jaar, maand, dd))
		datum_buiten_bereik();
	r = date2j((int) jaar, maand, dd) - POSTGRES_EPOCH_JDATE;
	if (!IS_VALID_DATE(r))
		datum_buiten_bereik();
	return r;
}

static DateADT
dagen_erbij(DateADT d, int64 n)
{
	int64		r;

	if (DATE_NOT_FINITE(d))
		return d;
	r = (int64) d + n;
	if (r < INT_MIN || r > INT_MAX || !IS_VALID_DATE((DateADT) r))
		datum_buiten_bereik();
	return (DateADT) r;
}

/* d plus a day-based term (no hours; the rule tables refuse them) */
static DateADT
datum_plus(DateADT d, Term t)
{
	int32		n = term_amount(t);

	if (DATE_NOT_FINITE(d))
		return d;
	switch (term_unit(t))
	{
		case TERM_CALENDAR_DAYS:
			return dagen_erbij(d, n);
		case TERM_WEEKS:
			return dagen_erbij(d, (int64) n * 7);
		case TERM_WORKING_DAYS:
			return calendar_add_working_days(d, n);
		case TERM_MONTHS:
			return maanden_erbij(d, n);
		case TERM_YEARS:
			return maanden_erbij(d, (int64) n * 12);
		case TERM_HOURS:
			break;
	}
	elog(ERROR, "a term in hours cannot move a date");
	return d;					/* keep the compiler quiet */
}

/* d plus t plus v: one amount when the units are the same */
static DateADT
datum_plus_twee(DateADT d, Term t, bool heeft_v, Term v)
{
	if (!heeft_v)
		return datum_plus(d, t);
	if (term_unit(t) == term_unit(v))
	{
		int64		n = (int64) term_amount(t) + term_amount(v);

		switch (term_unit(t))
		{
			case TERM_CALENDAR_DAYS:
				return dagen_erbij(d, n);
			case TERM_WEEKS:
				return dagen_erbij(d, n * 7);
			case TERM_MONTHS:
				return maanden_erbij(d, n);
			case TERM_YEARS:
				return maanden_erbij(d, n * 12);
			default:
				break;
		}
	}
	return datum_plus(datum_plus(d, t), v);
}

static TimestampTz
einde_dag(DateADT d)
{
	return term_end_from_date(d, term_make(TERM_CALENDAR_DAYS, 0), false);
}

/* ------------------------------------------------------------------------
 * Reading the JSON form (input, receive, and every decode)
 * ------------------------------------------------------------------------
 */

static pg_attribute_noreturn() void
ongeldig(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type wlz.controlebeleid"),
			 errdetail("%s", detail),
			 errhint("Make the value with wlz.controlebeleid(zorgkantoor, jaar) and pass it on as it is; "
					 "its text form is a JSON object with zorgkantoor, jaar, prestaties, "
					 "declaratieregels, combinatieregels and trajectregels.")));
}

/* The value of key k in object c; false when absent or JSON null. */
static bool
json_sleutel(JsonbContainer *c, const char *k, JsonbValue *v)
{
	return getKeyJsonValueFromContainer(c, k, strlen(k), v) != NULL && v->type != jbvNull;
}

/* Every key of object c must be one of namen (NULL-terminated). */
static void
json_sleutels_bekend(JsonbContainer *c, const char *const *namen, const char *waar)
{
	JsonbIterator *it = JsonbIteratorInit(c);
	JsonbValue	v;
	JsonbIteratorToken tok;

	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		bool		gevonden = false;

		if (tok != WJB_KEY)
			continue;
		for (int i = 0; namen[i] != NULL && !gevonden; i++)
			gevonden = (strlen(namen[i]) == (size_t) v.val.string.len &&
						memcmp(namen[i], v.val.string.val, v.val.string.len) == 0);
		if (!gevonden)
			ongeldig(psprintf("%s has an unknown key \"%.*s\".", waar,
							  Min(v.val.string.len, 64), v.val.string.val));
	}
}

static JsonbContainer *
json_obj(JsonbValue *v, const char *waar)
{
	if (v->type != jbvBinary || !JsonContainerIsObject(v->val.binary.data))
		ongeldig(psprintf("%s must be a JSON object.", waar));
	return v->val.binary.data;
}

static JsonbContainer *
json_array(JsonbValue *v, const char *waar)
{
	if (v->type != jbvBinary || !JsonContainerIsArray(v->val.binary.data))
		ongeldig(psprintf("%s must be a JSON array.", waar));
	return v->val.binary.data;
}

static Tekst
json_tekst(JsonbValue *v, const char *waar, MemoryContext mcxt)
{
	if (v->type != jbvString || v->val.string.len == 0)
		ongeldig(psprintf("%s must be a non-empty string.", waar));
	if (memchr(v->val.string.val, '\0', v->val.string.len) != NULL)
		ongeldig(psprintf("%s must not contain a NUL character.", waar));
	return tekst_kopie(v->val.string.val, v->val.string.len, mcxt);
}

static int32
json_int(JsonbValue *v, const char *waar, int32 min, int32 max)
{
	int64		n;
	Numeric		num;

	if (v->type != jbvNumeric)
		ongeldig(psprintf("%s must be a number.", waar));
	num = v->val.numeric;
	if (numeric_is_nan(num) || numeric_is_inf(num) ||
		!DatumGetBool(DirectFunctionCall2(numeric_eq, NumericGetDatum(num),
										  DirectFunctionCall2(numeric_trunc, NumericGetDatum(num),
															  Int32GetDatum(0)))))
		ongeldig(psprintf("%s must be a whole number.", waar));
	if (DatumGetBool(DirectFunctionCall2(numeric_lt, NumericGetDatum(num),
										 NumericGetDatum(int64_to_numeric(min)))) ||
		DatumGetBool(DirectFunctionCall2(numeric_gt, NumericGetDatum(num),
										 NumericGetDatum(int64_to_numeric(max)))))
		ongeldig(psprintf("%s must lie between %d and %d.", waar, min, max));
	n = DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(num)));
	return (int32) n;
}

/* a non-negative finite number, as a numeric in mcxt */
static Datum
json_numeric(JsonbValue *v, const char *waar, MemoryContext mcxt)
{
	Numeric		num;
	MemoryContext oud;
	Datum		d;

	if (v->type != jbvNumeric)
		ongeldig(psprintf("%s must be a number.", waar));
	num = v->val.numeric;
	if (numeric_is_nan(num) || numeric_is_inf(num) ||
		DatumGetBool(DirectFunctionCall2(numeric_lt, NumericGetDatum(num),
										 NumericGetDatum(int64_to_numeric(0)))))
		ongeldig(psprintf("%s must be a finite number of at least 0.", waar));
	oud = MemoryContextSwitchTo(mcxt);
	d = NumericGetDatum(DatumGetNumericCopy(NumericGetDatum(num)));
	MemoryContextSwitchTo(oud);
	return d;
}

/* a day-based term of at least 0 */
static Term
json_termijn(JsonbValue *v, const char *waar)
{
	Tekst		t = json_tekst(v, waar, CurrentMemoryContext);
	Term		r = DatumGetTerm(DirectFunctionCall1(wlz_termijn_in, CStringGetDatum(t.s)));

	if (term_unit(r) == TERM_HOURS || term_amount(r) < 0)
		ongeldig(psprintf("%s must be a term of at least 0 days, weeks, months or years, not \"%s\".",
						  waar, t.s));
	return r;
}

static DateADT
json_datum(JsonbValue *v, const char *waar)
{
	Tekst		t = json_tekst(v, waar, CurrentMemoryContext);
	DateADT		d;

	/* only YYYY-MM-DD, whatever DateStyle says */
	if (t.len != 10 || t.s[4] != '-' || t.s[7] != '-' ||
		strspn(t.s, "0123456789-") != 10)
		ongeldig(psprintf("%s must be a date written as YYYY-MM-DD, not \"%s\".", waar, t.s));
	d = DatumGetDateADT(DirectFunctionCall1(date_in, CStringGetDatum(t.s)));
	return d;
}

/* [van, tot) of a rule from its keys "van" and "tot" (absent: open) */
static void
json_geldig(JsonbContainer *c, const char *waar, DateADT *van, DateADT *tot)
{
	JsonbValue	v;

	*van = DATEVAL_NOBEGIN;
	*tot = DATEVAL_NOEND;
	if (json_sleutel(c, "van", &v))
		*van = json_datum(&v, psprintf("van of %s", waar));
	if (json_sleutel(c, "tot", &v))
		*tot = json_datum(&v, psprintf("tot of %s", waar));
	if (*van >= *tot)
		ongeldig(psprintf("%s covers no day: van must lie before tot.", waar));
}

/* an array of non-empty strings, at least one */
static int
json_teksten(JsonbValue *v, const char *waar, Tekst **uit, MemoryContext mcxt)
{
	JsonbContainer *c = json_array(v, waar);
	int			n = JsonContainerSize(c);

	if (n == 0)
		ongeldig(psprintf("%s must not be empty.", waar));
	*uit = MemoryContextAlloc(mcxt, sizeof(Tekst) * n);
	for (int i = 0; i < n; i++)
	{
		JsonbValue *e = getIthJsonbValueFromContainer(c, i);

		(*uit)[i] = json_tekst(e, waar, mcxt);
	}
	return n;
}

/* The index of a control code; the codes are gathered first, then sorted. */
typedef struct Codes
{
	int			n;
	int			max;
	char	  **codes;
} Codes;

static void
code_toevoegen(Codes *c, const char *s)
{
	for (int i = 0; i < c->n; i++)
		if (strcmp(c->codes[i], s) == 0)
			return;
	if (c->n == c->max)
	{
		c->max = Max(16, c->max * 2);
		c->codes = c->codes ? repalloc(c->codes, sizeof(char *) * c->max)
			: palloc(sizeof(char *) * c->max);
	}
	c->codes[c->n++] = (char *) s;
}

static int
code_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static bool
code_geldig(const char *s, int len)
{
	/* ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ */
	if (len == 0 || s[0] < 'a' || s[0] > 'z' || s[len - 1] == '-')
		return false;
	for (int i = 0; i < len; i++)
	{
		char		ch = s[i];

		if (ch == '-')
		{
			if (s[i - 1] == '-')
				return false;
		}
		else if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')))
			return false;
	}
	return true;
}

static const char *
json_code(JsonbValue *v, const char *waar, MemoryContext mcxt)
{
	Tekst		t = json_tekst(v, waar, mcxt);

	if (!code_geldig(t.s, t.len))
		ongeldig(psprintf("%s \"%s\" is not a code of lower-case letters, digits and hyphens.",
						  waar, t.s));
	return t.s;
}

static PrestatieInfo *
prestatie_zoek(Beleid *b, const char *s, int len)
{
	PrestatieInfo sleutel;
	PrestatieElement *e;

	sleutel.code.s = s;
	sleutel.code.len = len;
	sleutel.hash = tekst_hash(s, len);
	e = prestatietabel_lookup(b->prestaties, &sleutel);
	return e ? e->sleutel : NULL;
}

static PrestatieInfo *
prestatie_erbij(Beleid *b, Tekst code)
{
	PrestatieInfo *p = prestatie_zoek(b, code.s, code.len);
	PrestatieElement *e;
	bool		gevonden;

	if (p != NULL)
		return p;
	p = MemoryContextAllocZero(b->mcxt, sizeof(PrestatieInfo));
	p->code = tekst_kopie(code.s, code.len, b->mcxt);
	p->hash = tekst_hash(code.s, code.len);
	p->profiel = -1;
	e = prestatietabel_insert(b->prestaties, p, &gevonden);
	e->sleutel = p;
	return p;
}

static const char *const beleid_sleutels[] = {
	"zorgkantoor", "jaar", "prestaties", "declaratieregels", "combinatieregels", "trajectregels", NULL
};
static const char *const dregel_sleutels[] = {
	"id", "controle", "van", "tot", "prestaties", "kenmerk", "toets", "zorgprofielen",
	"vereist_kenmerk", "termijn", "werkdag", "maanden", "tolerantie", "bron", NULL
};
static const char *const cregel_sleutels[] = {
	"id", "controle", "van", "tot", "prestaties", "niet_met", "bron", NULL
};
static const char *const tregel_sleutels[] = {
	"id", "controle", "van", "tot", "soort", "toets", "termijn", "verlenging", "aantal", "bron", NULL
};

static void
dregel_lezen(Beleid *b, JsonbContainer *c, int nr, DRegel *r, const char **code)
{
	MemoryContext mcxt = b->mcxt;
	char	   *waar = psprintf("declaratieregel %d", nr + 1);
	JsonbValue	v;
	Tekst		t;
	int			toets = -1;

	json_sleutels_bekend(c, dregel_sleutels, waar);
	r->id = json_sleutel(c, "id", &v) ? json_int(&v, psprintf("id of %s", waar), INT_MIN, INT_MAX) : 0;
	if (!json_sleutel(c, "controle", &v))
		ongeldig(psprintf("%s has no controle.", waar));
	*code = json_code(&v, psprintf("controle of %s", waar), mcxt);
	json_geldig(c, waar, &r->van, &r->tot);

	r->nprestaties = -1;
	if (json_sleutel(c, "prestaties", &v))
		r->nprestaties = json_teksten(&v, psprintf("prestaties of %s", waar), &r->prestaties, mcxt);
	if (json_sleutel(c, "kenmerk", &v))
		r->kenmerk = json_tekst(&v, psprintf("kenmerk of %s", waar), mcxt);

	if (!json_sleutel(c, "toets", &v))
		ongeldig(psprintf("%s has no toets.", waar));
	t = json_tekst(&v, psprintf("toets of %s", waar), CurrentMemoryContext);
	for (int i = 0; i < (int) lengthof(toets_namen); i++)
		if (strcmp(t.s, toets_namen[i]) == 0)
			toets = i;
	if (toets < 0)
		ongeldig(psprintf("toets of %s is \"%s\"; it must be one of bekend, zorgprofiel, "
						  "vereist-kenmerk, niet-declarabel, termijn, werkdag, bedrag.", waar, t.s));
	r->toets = (Toets) toets;

	if (json_sleutel(c, "zorgprofielen", &v))
	{
		Tekst	   *p;
		StringInfoData buf;

		r->nprofielen = json_teksten(&v, psprintf("zorgprofielen of %s", waar), &p, CurrentMemoryContext);
		r->profielen = MemoryContextAlloc(mcxt, sizeof(int16) * r->nprofielen);
		initStringInfo(&buf);
		for (int i = 0; i < r->nprofielen; i++)
		{
			r->profielen[i] = (int16) wlz_zorgprofiel_nummer(p[i].s, p[i].len);
			appendStringInfo(&buf, "%s%s", i > 0 ? ", " : "", p[i].s);
		}
		r->profielen_tekst = MemoryContextStrdup(mcxt, buf.data);
	}
	else if (r->toets == T_ZORGPROFIEL)
		ongeldig(psprintf("%s with toets zorgprofiel needs zorgprofielen.", waar));

	if (json_sleutel(c, "vereist_kenmerk", &v))
		r->vereist = json_tekst(&v, psprintf("vereist_kenmerk of %s", waar), mcxt);
	else if (r->toets == T_VEREIST)
		ongeldig(psprintf("%s with toets vereist-kenmerk needs vereist_kenmerk.", waar));

	if (json_sleutel(c, "termijn", &v))
		r->termijn = json_termijn(&v, psprintf("termijn of %s", waar));
	else if (r->toets == T_TERMIJN)
		ongeldig(psprintf("%s with toets termijn needs termijn.", waar));

	r->werkdag = 0;
	r->maanden = 0;
	if (json_sleutel(c, "werkdag", &v))
		r->werkdag = json_int(&v, psprintf("werkdag of %s", waar), 1, 17);
	else if (r->toets == T_WERKDAG)
		ongeldig(psprintf("%s with toets werkdag needs werkdag.", waar));
	if (json_sleutel(c, "maanden", &v))
		r->maanden = json_int(&v, psprintf("maanden of %s", waar), 0, 12);
	else if (r->toets == T_WERKDAG)
		ongeldig(psprintf("%s with toets werkdag needs maanden.", waar));

	r->tolerantie = (Datum) 0;
	r->tolerantie_nul = true;
	if (json_sleutel(c, "tolerantie", &v))
	{
		r->tolerantie = json_numeric(&v, psprintf("tolerantie of %s", waar), mcxt);
		r->tolerantie_nul = DatumGetBool(DirectFunctionCall2(numeric_eq, r->tolerantie,
															 NumericGetDatum(int64_to_numeric(0))));
	}
	else if (r->toets == T_BEDRAG)
		ongeldig(psprintf("%s with toets bedrag needs tolerantie.", waar));

	r->bron = NULL;
	if (json_sleutel(c, "bron", &v))
	{
		if (v.type != jbvString)
			ongeldig(psprintf("bron of %s must be a string.", waar));
		r->bron = unconstify(char *, tekst_kopie(v.val.string.val, v.val.string.len, mcxt).s);
	}
	r->cache_maand = DATEVAL_NOBEGIN;
}

static void
cregel_lezen(Beleid *b, JsonbContainer *c, int nr, CRegel *r, const char **code)
{
	char	   *waar = psprintf("combinatieregel %d", nr + 1);
	JsonbValue	v;

	json_sleutels_bekend(c, cregel_sleutels, waar);
	r->id = json_sleutel(c, "id", &v) ? json_int(&v, psprintf("id of %s", waar), INT_MIN, INT_MAX) : 0;
	if (!json_sleutel(c, "controle", &v))
		ongeldig(psprintf("%s has no controle.", waar));
	*code = json_code(&v, psprintf("controle of %s", waar), b->mcxt);
	json_geldig(c, waar, &r->van, &r->tot);
	if (!json_sleutel(c, "prestaties", &v))
		ongeldig(psprintf("%s has no prestaties.", waar));
	r->na = json_teksten(&v, psprintf("prestaties of %s", waar), &r->a, b->mcxt);
	if (!json_sleutel(c, "niet_met", &v))
		ongeldig(psprintf("%s has no niet_met.", waar));
	r->nb = json_teksten(&v, psprintf("niet_met of %s", waar), &r->b, b->mcxt);
	for (int i = 0; i < r->na; i++)
		for (int j = 0; j < r->nb; j++)
			if (tekst_gelijk(&r->a[i], &r->b[j]))
				ongeldig(psprintf("%s names prestatie \"%s\" on both sides.", waar, r->a[i].s));
	/* bron is not needed to evaluate, but it must be a string */
	if (json_sleutel(c, "bron", &v) && v.type != jbvString)
		ongeldig(psprintf("bron of %s must be a string.", waar));
}

static void
tregel_lezen(Beleid *b, JsonbContainer *c, int nr, TRegel *r, const char **code)
{
	char	   *waar = psprintf("trajectregel %d", nr + 1);
	JsonbValue	v;
	Tekst		t;
	int			toets = -1;

	json_sleutels_bekend(c, tregel_sleutels, waar);
	r->id = json_sleutel(c, "id", &v) ? json_int(&v, psprintf("id of %s", waar), INT_MIN, INT_MAX) : 0;
	if (!json_sleutel(c, "controle", &v))
		ongeldig(psprintf("%s has no controle.", waar));
	*code = json_code(&v, psprintf("controle of %s", waar), b->mcxt);
	json_geldig(c, waar, &r->van, &r->tot);
	if (!json_sleutel(c, "soort", &v))
		ongeldig(psprintf("%s has no soort.", waar));
	t = json_tekst(&v, psprintf("soort of %s", waar), b->mcxt);
	if (!code_geldig(t.s, t.len))
		ongeldig(psprintf("soort of %s \"%s\" is not a code of lower-case letters, digits and hyphens.",
						  waar, t.s));
	r->soort = t;

	if (!json_sleutel(c, "toets", &v))
		ongeldig(psprintf("%s has no toets.", waar));
	t = json_tekst(&v, psprintf("toets of %s", waar), CurrentMemoryContext);
	for (int i = 0; i < (int) lengthof(trajecttoets_namen); i++)
		if (strcmp(t.s, trajecttoets_namen[i]) == 0)
			toets = i;
	if (toets < 0)
		ongeldig(psprintf("toets of %s is \"%s\"; it must be one of duur, totaal, uren, per-jaar, wachttijd.",
						  waar, t.s));
	r->toets = (TrajectToets) toets;

	if (json_sleutel(c, "termijn", &v))
		r->termijn = json_termijn(&v, psprintf("termijn of %s", waar));
	else if (r->toets == TT_DUUR || r->toets == TT_TOTAAL || r->toets == TT_WACHTTIJD)
		ongeldig(psprintf("%s with toets %s needs termijn.", waar, trajecttoets_namen[toets]));
	r->heeft_verlenging = json_sleutel(c, "verlenging", &v);
	if (r->heeft_verlenging)
	{
		if (r->toets != TT_DUUR)
			ongeldig(psprintf("%s: only toets duur has a verlenging.", waar));
		r->verlenging = json_termijn(&v, psprintf("verlenging of %s", waar));
	}
	r->aantal = 0;
	if (json_sleutel(c, "aantal", &v))
	{
		Datum		n = json_numeric(&v, psprintf("aantal of %s", waar), CurrentMemoryContext);

		if (DatumGetBool(DirectFunctionCall2(numeric_ge, n, NumericGetDatum(int64_to_numeric(1000000000)))))
			ongeldig(psprintf("aantal of %s must be below 1000000000.", waar));
		if (r->toets == TT_PER_JAAR)
			r->aantal = json_int(&v, psprintf("aantal of %s", waar), 1, 1000000);
		else
			r->aantal = DatumGetInt64(DirectFunctionCall1(numeric_int8,
														  DirectFunctionCall2(numeric_mul, n,
																			  NumericGetDatum(int64_to_numeric(UUR_EENHEID)))));
	}
	else if (r->toets == TT_UREN || r->toets == TT_PER_JAAR)
		ongeldig(psprintf("%s with toets %s needs aantal.", waar, trajecttoets_namen[toets]));
	if (json_sleutel(c, "bron", &v) && v.type != jbvString)
		ongeldig(psprintf("bron of %s must be a string.", waar));
}

/*
 * Decode (and check) the JSON text of a policy into a Beleid in a new child
 * context of mcxt.  Every error is 22P02 (or that of wlz.zorgprofiel and
 * wlz.termijn for a bad profile or term).
 */
static Beleid *
beleid_lezen(const char *tekst, int len, MemoryContext ouder)
{
	MemoryContext mcxt = AllocSetContextCreate(ouder, "wlz controlebeleid", ALLOCSET_SMALL_SIZES);
	MemoryContext werk = AllocSetContextCreate(CurrentMemoryContext, "wlz controlebeleid lezen",
											   ALLOCSET_DEFAULT_SIZES);
	MemoryContext oud = MemoryContextSwitchTo(werk);
	Beleid	   *b = MemoryContextAllocZero(mcxt, sizeof(Beleid));
	char	   *s = pnstrdup(tekst, len);
	Jsonb	   *jb;
	JsonbContainer *root;
	JsonbValue	v;
	Codes		codes = {0, 0, NULL};
	const char **dcode = NULL,
			  **ccode = NULL,
			  **tcode = NULL;

	b->mcxt = mcxt;
	if (strlen(s) != (size_t) len)
		ongeldig("The text contains a NUL character.");
	/* not JSON at all: most likely wlz.controlebeleid('cz'), read as a cast */
	if (s[strspn(s, " \t\r\n")] != '{')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type wlz.controlebeleid: \"%s\"", pnstrdup(s, Min(len, 64))),
				 errdetail("The text form of a control policy is a JSON object."),
				 errhint("Build a policy with wlz.controlebeleid(zorgkantoor, jaar), such as "
						 "wlz.controlebeleid('cz', 2026); with one argument PostgreSQL reads the call as a cast.")));
	jb = DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(s)));
	root = &jb->root;
	if (!JsonContainerIsObject(root) || JsonContainerIsScalar(root))
		ongeldig("The value must be a JSON object.");
	json_sleutels_bekend(root, beleid_sleutels, "The policy");

	if (json_sleutel(root, "zorgkantoor", &v))
		b->zorgkantoor = unconstify(char *, json_tekst(&v, "zorgkantoor", mcxt).s);
	if (json_sleutel(root, "jaar", &v))
	{
		b->heeft_jaar = true;
		b->jaar = json_int(&v, "jaar", 1, 9998);
	}

	b->prestaties = prestatietabel_create(mcxt, 128, NULL);
	if (json_sleutel(root, "prestaties", &v))
	{
		JsonbContainer *c = json_obj(&v, "prestaties");
		JsonbIterator *it = JsonbIteratorInit(c);
		JsonbValue	k;
		JsonbIteratorToken tok;

		while ((tok = JsonbIteratorNext(&it, &k, true)) != WJB_DONE)
		{
			JsonbValue	w;
			PrestatieInfo *p;

			if (tok != WJB_KEY)
				continue;
			if (k.val.string.len == 0)
				ongeldig("A prestatie code in prestaties is empty.");
			p = prestatie_erbij(b, tekst_kopie(k.val.string.val, k.val.string.len, CurrentMemoryContext));
			p->bekend = true;
			tok = JsonbIteratorNext(&it, &w, true);
			Assert(tok == WJB_VALUE);
			if (w.type == jbvNull)
				p->profiel = -1;
			else if (w.type == jbvString)
				p->profiel = (int16) wlz_zorgprofiel_nummer(w.val.string.val, w.val.string.len);
			else
				ongeldig(psprintf("The zorgprofiel of prestatie \"%s\" must be a string or null.", p->code.s));
		}
	}

	if (json_sleutel(root, "declaratieregels", &v))
	{
		JsonbContainer *c = json_array(&v, "declaratieregels");

		b->ndregels = JsonContainerSize(c);
		b->dregels = MemoryContextAllocZero(mcxt, sizeof(DRegel) * Max(b->ndregels, 1));
		dcode = palloc(sizeof(char *) * Max(b->ndregels, 1));
		for (int i = 0; i < b->ndregels; i++)
		{
			JsonbValue *e = getIthJsonbValueFromContainer(c, i);

			dregel_lezen(b, json_obj(e, psprintf("declaratieregel %d", i + 1)), i,
						 &b->dregels[i], &dcode[i]);
			code_toevoegen(&codes, dcode[i]);
		}
	}
	if (json_sleutel(root, "combinatieregels", &v))
	{
		JsonbContainer *c = json_array(&v, "combinatieregels");

		b->ncregels = JsonContainerSize(c);
		b->cregels = MemoryContextAllocZero(mcxt, sizeof(CRegel) * Max(b->ncregels, 1));
		ccode = palloc(sizeof(char *) * Max(b->ncregels, 1));
		for (int i = 0; i < b->ncregels; i++)
		{
			JsonbValue *e = getIthJsonbValueFromContainer(c, i);

			cregel_lezen(b, json_obj(e, psprintf("combinatieregel %d", i + 1)), i,
						 &b->cregels[i], &ccode[i]);
			code_toevoegen(&codes, ccode[i]);
		}
	}
	if (json_sleutel(root, "trajectregels", &v))
	{
		JsonbContainer *c = json_array(&v, "trajectregels");

		b->ntregels = JsonContainerSize(c);
		b->tregels = MemoryContextAllocZero(mcxt, sizeof(TRegel) * Max(b->ntregels, 1));
		tcode = palloc(sizeof(char *) * Max(b->ntregels, 1));
		for (int i = 0; i < b->ntregels; i++)
		{
			JsonbValue *e = getIthJsonbValueFromContainer(c, i);

			tregel_lezen(b, json_obj(e, psprintf("trajectregel %d", i + 1)), i,
						 &b->tregels[i], &tcode[i]);
			code_toevoegen(&codes, tcode[i]);
		}
	}

	/* the controls, sorted: results list them in this order */
	if (codes.n > 0)
		qsort(codes.codes, codes.n, sizeof(char *), code_cmp);
	b->ncodes = codes.n;
	b->codes = MemoryContextAlloc(mcxt, sizeof(char *) * Max(codes.n, 1));
	b->code_teksten = MemoryContextAlloc(mcxt, sizeof(Datum) * Max(codes.n, 1));
	b->gefaald = MemoryContextAllocZero(mcxt, sizeof(bool) * Max(codes.n, 1));
	MemoryContextSwitchTo(mcxt);
	for (int i = 0; i < codes.n; i++)
	{
		b->codes[i] = pstrdup(codes.codes[i]);
		b->code_teksten[i] = CStringGetTextDatum(b->codes[i]);
	}
	MemoryContextSwitchTo(werk);

#define CODE_INDEX(code, uit) \
	do { \
		char *const *gev = bsearch(&(code), b->codes, b->ncodes, sizeof(char *), code_cmp); \
		Assert(gev != NULL); \
		(uit) = gev - b->codes; \
	} while (0)

	for (int i = 0; i < b->ndregels; i++)
		CODE_INDEX(dcode[i], b->dregels[i].controle);
	for (int i = 0; i < b->ncregels; i++)
		CODE_INDEX(ccode[i], b->cregels[i].controle);
	for (int i = 0; i < b->ntregels; i++)
		CODE_INDEX(tcode[i], b->tregels[i].controle);

	/*
	 * Which rules can apply to which prestatie: the rules without a
	 * prestatie scope apply to all; every code a rule names gets an entry
	 * (known or not), with the rules in their order.
	 */
	{
		PrestatieElement *e;
		prestatietabel_iterator iter;
		int			nalg = 0;

		for (int i = 0; i < b->ndregels; i++)
			if (b->dregels[i].nprestaties >= 0)
				for (int j = 0; j < b->dregels[i].nprestaties; j++)
					(void) prestatie_erbij(b, b->dregels[i].prestaties[j]);
		for (int i = 0; i < b->ncregels; i++)
		{
			for (int j = 0; j < b->cregels[i].na; j++)
				prestatie_erbij(b, b->cregels[i].a[j])->combinatie = true;
			for (int j = 0; j < b->cregels[i].nb; j++)
				prestatie_erbij(b, b->cregels[i].b[j])->combinatie = true;
		}

		b->algemeen = MemoryContextAlloc(mcxt, sizeof(int) * Max(b->ndregels, 1));
		for (int i = 0; i < b->ndregels; i++)
			if (b->dregels[i].nprestaties < 0)
				b->algemeen[nalg++] = i;
		b->nalgemeen = nalg;

		prestatietabel_start_iterate(b->prestaties, &iter);
		while ((e = prestatietabel_iterate(b->prestaties, &iter)) != NULL)
		{
			PrestatieInfo *p = e->sleutel;

			p->regels = MemoryContextAlloc(mcxt, sizeof(int) * Max(b->ndregels, 1));
			p->nregels = 0;
			for (int i = 0; i < b->ndregels; i++)
			{
				DRegel	   *r = &b->dregels[i];
				bool		past = r->nprestaties < 0;

				for (int j = 0; j < r->nprestaties && !past; j++)
					past = tekst_gelijk(&r->prestaties[j], &p->code);
				if (past)
					p->regels[p->nregels++] = i;
			}
		}
	}

	MemoryContextSwitchTo(oud);
	MemoryContextDelete(werk);
	return b;
}

/* ------------------------------------------------------------------------
 * The type's functions
 * ------------------------------------------------------------------------
 */

/* Check the JSON text and wrap it (normalised by jsonb) in a value. */
static BeleidWaarde *
waarde_maken(const char *tekst, int len)
{
	MemoryContext werk = AllocSetContextCreate(CurrentMemoryContext, "wlz controlebeleid invoer",
											   ALLOCSET_DEFAULT_SIZES);
	MemoryContext oud = MemoryContextSwitchTo(werk);
	Beleid	   *b;
	char	   *s;
	char	   *norm;
	int			nlen;
	BeleidWaarde *w;
	uint64		h;

	b = beleid_lezen(tekst, len, werk);
	(void) b;
	s = pnstrdup(tekst, len);
	norm = DatumGetCString(DirectFunctionCall1(jsonb_out, DirectFunctionCall1(jsonb_in, CStringGetDatum(s))));
	nlen = strlen(norm);
	MemoryContextSwitchTo(oud);

	w = palloc(BELEID_KOP + nlen);
	SET_VARSIZE(w, BELEID_KOP + nlen);
	w->versie = BELEID_VERSIE;
	memcpy(w->tekst, norm, nlen);
	h = hash_bytes_extended((const unsigned char *) w->tekst, nlen, 0);
	w->hash_hoog = (uint32) (h >> 32);
	w->hash_laag = (uint32) h;
	MemoryContextDelete(werk);
	return w;
}

static BeleidWaarde *
waarde_uit_datum(Datum d)
{
	BeleidWaarde *w = (BeleidWaarde *) PG_DETOAST_DATUM(d);

	if (VARSIZE(w) < BELEID_KOP || w->versie != BELEID_VERSIE)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("wlz.controlebeleid value has an unknown format version")));
	return w;
}

Datum
wlz_controlebeleid_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);

	PG_RETURN_POINTER(waarde_maken(s, strlen(s)));
}

Datum
wlz_controlebeleid_out(PG_FUNCTION_ARGS)
{
	BeleidWaarde *w = waarde_uit_datum(PG_GETARG_DATUM(0));

	PG_RETURN_CSTRING(pnstrdup(w->tekst, BELEID_TEKSTLEN(w)));
}

/* Binary form: a version byte (1) and the text, as jsonb_send does. */
Datum
wlz_controlebeleid_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			n;
	char	   *s = beleid_binair_lezen(buf, "wlz.controlebeleid", &n);

	PG_RETURN_POINTER(waarde_maken(s, n));
}

Datum
wlz_controlebeleid_send(PG_FUNCTION_ARGS)
{
	BeleidWaarde *w = waarde_uit_datum(PG_GETARG_DATUM(0));

	PG_RETURN_BYTEA_P(beleid_binair_schrijven(w->tekst, BELEID_TEKSTLEN(w)));
}

/* ------------------------------------------------------------------------
 * Decoded policies per call site
 * ------------------------------------------------------------------------
 */

#define CACHE_PLAATSEN	64

typedef struct BeleidPlaats
{
	uint64		hash;
	uint32		lengte;
	const void *ptr;			/* where the value was last seen */
	char	   *bytes;			/* a copy of the value */
	Beleid	   *beleid;
} BeleidPlaats;

/* What fn_extra holds for the per-row functions and the aggregates. */
typedef struct Cache
{
	MemoryContext mcxt;			/* child of fn_mcxt */

	/* policies by value (the value forms) */
	const void *laatste_ptr;
	uint64		laatste_hash;
	uint32		laatste_lengte;
	Beleid	   *laatste;
	int			nplaatsen;
	int			volgende;		/* the place to reuse next */
	BeleidPlaats plaatsen[CACHE_PLAATSEN];

	/* policies by (zorgkantoor, jaar) (the table forms), valid for a snapshot */
	MemoryContext tabel_mcxt;
	bool		geldig;
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	uint64		voltooid;
	CommandId	curcid;
	int			nsleutels;
	int			maxsleutels;
	char	  **sleutel_zk;
	int32	   *sleutel_jaar;
	Beleid	  **sleutel_beleid;
	int			laatste_sleutel;

	/* per call site, independent of data */
	TypeCacheEntry *range_tc;
	char		profiel_tekst[32];
	int			profiel_len;
	int			profiel;
} Cache;

static Cache *
cache_van(FunctionCallInfo fcinfo)
{
	Cache	   *c;

	if (fcinfo->flinfo == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("the declaration controls must be called through the function manager")));
	c = (Cache *) fcinfo->flinfo->fn_extra;
	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(Cache));
		c->mcxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "wlz declaratiecontrole",
										ALLOCSET_SMALL_SIZES);
		c->profiel_len = -1;
		fcinfo->flinfo->fn_extra = c;
	}
	return c;
}

/* The decoded policy of a value, decoded at most once per call site. */
static Beleid *
beleid_van_waarde(Cache *c, Datum d)
{
	BeleidWaarde *w = waarde_uit_datum(d);
	uint64		h = waarde_hash(w);
	uint32		lengte = VARSIZE(w);
	BeleidPlaats *p;

	if (c->laatste != NULL && (const void *) w == c->laatste_ptr &&
		h == c->laatste_hash && lengte == c->laatste_lengte)
		return c->laatste;

	/*
	 * A value at the pointer where a place saw it last, with its hash, is
	 * that value (a policy joined per row from a CTE sits at one place per
	 * policy); elsewhere the bytes decide.
	 */
	for (int i = 0; i < c->nplaatsen; i++)
	{
		p = &c->plaatsen[i];
		if (p->hash == h && p->lengte == lengte &&
			(p->ptr == (const void *) w || memcmp(p->bytes, w, lengte) == 0))
		{
			p->ptr = w;
			c->laatste_ptr = w;
			c->laatste_hash = h;
			c->laatste_lengte = lengte;
			c->laatste = p->beleid;
			return p->beleid;
		}
	}

	/* decode it; beyond CACHE_PLAATSEN values, reuse the oldest place */
	if (c->nplaatsen < CACHE_PLAATSEN)
		p = &c->plaatsen[c->nplaatsen++];
	else
	{
		p = &c->plaatsen[c->volgende];
		c->volgende = (c->volgende + 1) % CACHE_PLAATSEN;
		if (c->laatste == p->beleid)
			c->laatste = NULL;
		pfree(p->bytes);
		MemoryContextDelete(p->beleid->mcxt);
		p->beleid = NULL;
	}
	p->beleid = beleid_lezen(w->tekst, BELEID_TEKSTLEN(w), c->mcxt);
	p->bytes = MemoryContextAlloc(c->mcxt, lengte);
	memcpy(p->bytes, w, lengte);
	p->hash = h;
	p->lengte = lengte;
	p->ptr = w;
	c->laatste_ptr = w;
	c->laatste_hash = h;
	c->laatste_lengte = lengte;
	c->laatste = p->beleid;
	return p->beleid;
}

/* SPI around a read: connect, with a snapshot when none is active. */
static bool
spi_begin(void)
{
	bool		eigen_snapshot = !ActiveSnapshotSet();

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (eigen_snapshot)
		PushActiveSnapshot(GetTransactionSnapshot());
	return eigen_snapshot;
}

static void
spi_einde(bool eigen_snapshot)
{
	if (eigen_snapshot)
		PopActiveSnapshot();
	SPI_finish();
}

/* Forget the policies read from tables when the snapshot changed. */
static void
tabel_cache_bijwerken(Cache *c)
{
	Snapshot	snap;

	if (ActiveSnapshotSet())
	{
		snap = GetActiveSnapshot();
		if (c->geldig && snap->xmin == c->xmin && snap->xmax == c->xmax &&
			snap->xcnt == c->xcnt && snap->curcid == c->curcid &&
			snap->snapXactCompletionCount == c->voltooid)
			return;
	}
	else
		snap = NULL;

	if (c->tabel_mcxt != NULL)
		MemoryContextDelete(c->tabel_mcxt);
	c->tabel_mcxt = AllocSetContextCreate(c->mcxt, "wlz controlebeleid tabellen", ALLOCSET_SMALL_SIZES);
	c->nsleutels = 0;
	c->maxsleutels = 0;
	c->laatste_sleutel = -1;
	c->geldig = (snap != NULL);
	if (snap != NULL)
	{
		c->xmin = snap->xmin;
		c->xmax = snap->xmax;
		c->xcnt = snap->xcnt;
		c->curcid = snap->curcid;
		c->voltooid = snap->snapXactCompletionCount;
	}
}

/* The policy read through SQL: wlz.controlebeleid(zk, jaar) or (), cached. */
static Beleid *
beleid_van_tabel(Cache *c, const char *zk, int zklen, bool heeft_jaar, int32 jaar)
{
	int			i;
	bool		eigen_snapshot;
	int			ret;
	bool		isnull;
	Datum		d;
	Beleid	   *b;

	tabel_cache_bijwerken(c);

	i = c->laatste_sleutel;
	if (i >= 0 && c->sleutel_jaar[i] == (heeft_jaar ? jaar : INT_MIN) &&
		((zk == NULL && c->sleutel_zk[i] == NULL) ||
		 (zk != NULL && c->sleutel_zk[i] != NULL && (int) strlen(c->sleutel_zk[i]) == zklen &&
		  memcmp(c->sleutel_zk[i], zk, zklen) == 0)))
		return c->sleutel_beleid[i];
	for (i = 0; i < c->nsleutels; i++)
		if (c->sleutel_jaar[i] == (heeft_jaar ? jaar : INT_MIN) &&
			((zk == NULL && c->sleutel_zk[i] == NULL) ||
			 (zk != NULL && c->sleutel_zk[i] != NULL && (int) strlen(c->sleutel_zk[i]) == zklen &&
			  memcmp(c->sleutel_zk[i], zk, zklen) == 0)))
		{
			c->laatste_sleutel = i;
			return c->sleutel_beleid[i];
		}

	eigen_snapshot = spi_begin();
	if (zk == NULL)
		ret = SPI_execute("SELECT wlz.controlebeleid()", true, 1);
	else
	{
		Oid			typen[2] = {TEXTOID, INT4OID};
		Datum		waarden[2];

		waarden[0] = PointerGetDatum(cstring_to_text_with_len(zk, zklen));
		waarden[1] = Int32GetDatum(jaar);
		ret = SPI_execute_with_args("SELECT wlz.controlebeleid($1, $2)", 2, typen, waarden,
									NULL, true, 1);
	}
	if (ret != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "reading the control policy failed: %s", SPI_result_code_string(ret));
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	if (isnull)
		elog(ERROR, "wlz.controlebeleid returned NULL");
	{
		BeleidWaarde *w = waarde_uit_datum(d);

		b = beleid_lezen(w->tekst, BELEID_TEKSTLEN(w), c->tabel_mcxt);
	}
	spi_einde(eigen_snapshot);

	if (c->nsleutels == c->maxsleutels)
	{
		int			max = Max(8, c->maxsleutels * 2);

		if (c->maxsleutels == 0)
		{
			c->sleutel_zk = MemoryContextAlloc(c->tabel_mcxt, sizeof(char *) * max);
			c->sleutel_jaar = MemoryContextAlloc(c->tabel_mcxt, sizeof(int32) * max);
			c->sleutel_beleid = MemoryContextAlloc(c->tabel_mcxt, sizeof(Beleid *) * max);
		}
		else
		{
			c->sleutel_zk = repalloc(c->sleutel_zk, sizeof(char *) * max);
			c->sleutel_jaar = repalloc(c->sleutel_jaar, sizeof(int32) * max);
			c->sleutel_beleid = repalloc(c->sleutel_beleid, sizeof(Beleid *) * max);
		}
		c->maxsleutels = max;
	}
	i = c->nsleutels++;
	c->sleutel_zk[i] = zk ? MemoryContextStrdup(c->tabel_mcxt, pnstrdup(zk, zklen)) : NULL;
	c->sleutel_jaar[i] = heeft_jaar ? jaar : INT_MIN;
	c->sleutel_beleid[i] = b;
	c->laatste_sleutel = i;
	return b;
}

/* ------------------------------------------------------------------------
 * One declaration line
 * ------------------------------------------------------------------------
 */

typedef struct Invoer
{
	Tekst		prestatie;
	PrestatieInfo *info;		/* NULL: not named anywhere in the policy */
	DateADT		lo;				/* [lo, hi), finite */
	DateADT		hi;
	bool		heeft_ingediend;
	TimestampTz ingediend;
	int			profiel;		/* -1: unknown */
	const char *profiel_tekst;	/* as given, or the prestatie's */
	bool		profiel_gegeven;
	Datum		bedrag;			/* 0: NULL */
	Datum		verwacht;
	ArrayType  *kenmerken;		/* NULL: none */
	bool		kenmerken_gelezen;
	int			nkenmerken;
	Datum	   *kenmerk_waarden;
	bool	   *kenmerk_nulls;
} Invoer;

typedef struct Uitleg
{
	Tuplestorestate *store;
	TupleDesc	tupdesc;
} Uitleg;

static void
vereist_argument(FunctionCallInfo fcinfo, int n, const char *naam)
{
	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s of a declaration control must not be null", naam),
				 errdetail("A declaration line is checked for a %s, a prestatie and a periode.",
						   n == 0 && strcmp(naam, "beleid") == 0 ? "policy" : "zorgkantoor"),
				 errhint("Pass the line's prestatie and its period as daterange('2026-01-01', '2026-02-01').")));
}

static const char *
prestatie_tekst(Invoer *in)
{
	return pnstrdup(in->prestatie.s, Min(in->prestatie.len, 64));
}

/* The arguments from position 1 on (prestatie ... kenmerken). */
static void
invoer_lezen(FunctionCallInfo fcinfo, Cache *c, Invoer *in)
{
	text	   *p;
	RangeType  *r;
	RangeBound	lower,
				upper;
	bool		empty;

	memset(in, 0, sizeof(Invoer));
	vereist_argument(fcinfo, 1, "prestatie");
	vereist_argument(fcinfo, 2, "periode");

	p = PG_GETARG_TEXT_PP(1);
	in->prestatie.s = VARDATA_ANY(p);
	in->prestatie.len = VARSIZE_ANY_EXHDR(p);

	r = PG_GETARG_RANGE_P(2);
	if (c->range_tc == NULL || c->range_tc->type_id != RangeTypeGetOid(r))
		c->range_tc = lookup_type_cache(RangeTypeGetOid(r), TYPECACHE_RANGE_INFO);
	range_deserialize(c->range_tc, r, &lower, &upper, &empty);
	if (empty || lower.infinite || upper.infinite)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("periode of a declaration line must be a bounded, non-empty range of days"),
				 errdetail("The line covers %s.", empty ? "no day" : "an unbounded period"),
				 errhint("Pass the days of the line, such as daterange('2026-01-01', '2026-02-01') for January 2026.")));
	in->lo = DatumGetDateADT(lower.val);
	if (!lower.inclusive)
		in->lo++;
	in->hi = DatumGetDateADT(upper.val);
	if (upper.inclusive)
		in->hi++;
	if (DATE_NOT_FINITE(in->lo) || DATE_NOT_FINITE(in->hi) || in->lo >= in->hi)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("periode of a declaration line must be a bounded, non-empty range of days"),
				 errhint("Pass the days of the line, such as daterange('2026-01-01', '2026-02-01') for January 2026.")));

	if (!PG_ARGISNULL(3))
	{
		in->heeft_ingediend = true;
		in->ingediend = PG_GETARG_TIMESTAMPTZ(3);
	}

	in->profiel = -1;
	if (!PG_ARGISNULL(4))
	{
		text	   *t = PG_GETARG_TEXT_PP(4);
		int			len = VARSIZE_ANY_EXHDR(t);

		if (len == c->profiel_len && memcmp(VARDATA_ANY(t), c->profiel_tekst, len) == 0)
			in->profiel = c->profiel;
		else
		{
			in->profiel = wlz_zorgprofiel_nummer(VARDATA_ANY(t), len);
			if (len <= (int) sizeof(c->profiel_tekst))
			{
				memcpy(c->profiel_tekst, VARDATA_ANY(t), len);
				c->profiel_len = len;
				c->profiel = in->profiel;
			}
		}
		in->profiel_gegeven = true;
		in->profiel_tekst = NULL;	/* made when an explanation needs it */
	}

	if (!PG_ARGISNULL(5))
	{
		in->bedrag = NumericGetDatum(PG_GETARG_NUMERIC(5));
		if (numeric_is_nan(DatumGetNumeric(in->bedrag)) || numeric_is_inf(DatumGetNumeric(in->bedrag)))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("bedrag of a declaration line must be a finite amount")));
	}
	if (!PG_ARGISNULL(6))
	{
		in->verwacht = NumericGetDatum(PG_GETARG_NUMERIC(6));
		if (numeric_is_nan(DatumGetNumeric(in->verwacht)) || numeric_is_inf(DatumGetNumeric(in->verwacht)))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("verwacht_bedrag of a declaration line must be a finite amount")));
	}
	if (!PG_ARGISNULL(7))
	{
		ArrayType  *a = PG_GETARG_ARRAYTYPE_P(7);

		if (ARR_NDIM(a) > 0 && ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a)) > 0)
			in->kenmerken = a;
	}
}

static bool
heeft_kenmerk(Invoer *in, const Tekst *k)
{
	if (in->kenmerken == NULL)
		return false;
	if (!in->kenmerken_gelezen)
	{
		deconstruct_array(in->kenmerken, TEXTOID, -1, false, TYPALIGN_INT,
						  &in->kenmerk_waarden, &in->kenmerk_nulls, &in->nkenmerken);
		in->kenmerken_gelezen = true;
	}
	for (int i = 0; i < in->nkenmerken; i++)
	{
		text	   *t;

		if (in->kenmerk_nulls[i])
			continue;
		t = DatumGetTextPP(in->kenmerk_waarden[i]);
		if (VARSIZE_ANY_EXHDR(t) == k->len && memcmp(VARDATA_ANY(t), k->s, k->len) == 0)
			return true;
	}
	return false;
}

/* The last moment for a line of prestatiemaand m1 (first day) under rule r. */
static TimestampTz
uiterst_voor(DRegel *r, DateADT m1, DateADT *dag)
{
	DateADT		d;

	if (r->cache_maand == m1)
	{
		*dag = r->cache_dag;
		return r->cache_uiterst;
	}
	if (r->toets == T_WERKDAG)
	{
		DateADT		eerste = maanden_erbij(m1, r->maanden);

		d = calendar_add_working_days(eerste - 1, r->werkdag);
	}
	else
	{
		switch (term_unit(r->termijn))
		{
			case TERM_MONTHS:
				d = maanden_erbij(m1, 1 + (int64) term_amount(r->termijn)) - 1;
				break;
			case TERM_YEARS:
				d = maanden_erbij(m1, 1 + 12 * (int64) term_amount(r->termijn)) - 1;
				break;
			default:
				d = datum_plus(maanden_erbij(m1, 1) - 1, r->termijn);
				break;
		}
	}
	r->cache_maand = m1;
	r->cache_dag = d;
	r->cache_uiterst = einde_dag(d);
	*dag = d;
	return r->cache_uiterst;
}

static void
uitleg_rij(Uitleg *u, Beleid *b, DRegel *r, int voldaan, char *toelichting)
{
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	values[0] = b->code_teksten[r->controle];
	if (voldaan < 0)
		nulls[1] = true;
	else
		values[1] = BoolGetDatum(voldaan > 0);
	values[2] = CStringGetTextDatum(toelichting);
	if (r->bron != NULL)
		values[3] = CStringGetTextDatum(r->bron);
	else
		nulls[3] = true;
	tuplestore_putvalues(u->store, u->tupdesc, values, nulls);
}

static const char *
profiel_tekst(FunctionCallInfo fcinfo, Invoer *in)
{
	if (in->profiel_gegeven)
		return text_to_cstring(PG_GETARG_TEXT_PP(4));
	return NULL;
}

/*
 * Apply the rules of b to the line; returns the number of controls failed
 * (b->gefaald marks them); with u, writes a row per rule that applies.
 */
static int
regel_evalueren(FunctionCallInfo fcinfo, Beleid *b, Invoer *in, Uitleg *u)
{
	int			nregels;
	int		   *regels;
	int			ngefaald = 0;
	DateADT		laatste = in->hi - 1;
	DateADT		m1 = DATEVAL_NOBEGIN;

	/* no marks left over from a call that ended in an error */
	memset(b->gefaald, 0, sizeof(bool) * Max(b->ncodes, 1));

	if (b->heeft_jaar)
	{
		int			y,
					m,
					d;

		j2date(laatste + POSTGRES_EPOCH_JDATE, &y, &m, &d);
		if (y != b->jaar)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("a declaration line of %d cannot be checked against the policy of %d", y, b->jaar),
					 errdetail("The line ends on %s; a policy of one year holds the rules of that year.",
							   datum_tekst(laatste)),
					 errhint("Build the policy of the line's year, wlz.controlebeleid(zorgkantoor, %d), "
							 "or that of every year, wlz.controlebeleid(zorgkantoor, NULL).", y)));
	}

	in->info = prestatie_zoek(b, in->prestatie.s, in->prestatie.len);
	if (in->info != NULL)
	{
		nregels = in->info->nregels;
		regels = in->info->regels;
		if (in->profiel < 0 && in->info->bekend && in->info->profiel >= 0)
			in->profiel = in->info->profiel;
	}
	else
	{
		nregels = b->nalgemeen;
		regels = b->algemeen;
	}

	for (int k = 0; k < nregels; k++)
	{
		DRegel	   *r = &b->dregels[regels[k]];
		int			voldaan = 1;	/* 1 yes, 0 no, -1 cannot be judged */
		char	   *toel = NULL;

		/* a line belongs to the period of its last day, as to its year */
		if (laatste < r->van || laatste >= r->tot)
			continue;
		if (r->kenmerk.s != NULL && !heeft_kenmerk(in, &r->kenmerk))
			continue;

		switch (r->toets)
		{
			case T_BEKEND:
				voldaan = (in->info != NULL && in->info->bekend) ? 1 : 0;
				if (u)
					toel = voldaan
						? psprintf("prestatie %s staat in wlz.prestatie", prestatie_tekst(in))
						: psprintf("prestatie %s staat niet in wlz.prestatie (geen ingericht tarief)",
								   prestatie_tekst(in));
				break;

			case T_ZORGPROFIEL:
				if (in->profiel < 0)
				{
					voldaan = -1;
					if (u)
						toel = psprintf("zorgprofiel onbekend: niet te beoordelen (toegestaan: %s)",
										r->profielen_tekst);
				}
				else
				{
					voldaan = 0;
					for (int j = 0; j < r->nprofielen && !voldaan; j++)
						voldaan = (r->profielen[j] == in->profiel);
					if (u)
					{
						const char *pt = profiel_tekst(fcinfo, in);

						if (pt == NULL)
							pt = prestatie_tekst(in);
						toel = psprintf("zorgprofiel %s %s bij de toegestane zorgprofielen (%s)",
										pt, voldaan ? "hoort" : "hoort niet", r->profielen_tekst);
					}
				}
				break;

			case T_VEREIST:
				voldaan = heeft_kenmerk(in, &r->vereist) ? 1 : 0;
				if (u)
					toel = psprintf("kenmerk %s %s", r->vereist.s,
									voldaan ? "aanwezig" : "ontbreekt");
				break;

			case T_NIET:
				voldaan = 0;
				if (u)
					toel = r->kenmerk.s
						? psprintf("een regel met kenmerk %s is niet declarabel", r->kenmerk.s)
						: psprintf("prestatie %s is niet declarabel", prestatie_tekst(in));
				break;

			case T_TERMIJN:
			case T_WERKDAG:
				if (m1 == DATEVAL_NOBEGIN)
					m1 = eerste_van_maand(laatste);
				{
					DateADT		dag;
					TimestampTz uiterst = uiterst_voor(r, m1, &dag);

					if (!in->heeft_ingediend)
						voldaan = -1;
					else
						voldaan = (in->ingediend <= uiterst) ? 1 : 0;
					if (u)
					{
						char	   *wanneer = r->toets == T_WERKDAG
							? psprintf("de %de werkdag van %s", r->werkdag,
									   pnstrdup(datum_tekst(maanden_erbij(m1, r->maanden)), 7))
							: psprintf("%s na de prestatiemaand", termijn_tekst(r->termijn));

						toel = psprintf("prestatiemaand %s; uiterlijk %s: %s, einde van de dag (Nederlandse tijd); %s",
										pnstrdup(datum_tekst(m1), 7), wanneer, datum_tekst(dag),
										!in->heeft_ingediend
										? "niet ingediend opgegeven: niet te beoordelen"
										: psprintf("ingediend %s: %s", moment_tekst(in->ingediend),
												   voldaan ? "op tijd" : "te laat"));
					}
				}
				break;

			case T_BEDRAG:
				if (in->bedrag == (Datum) 0 || in->verwacht == (Datum) 0)
				{
					voldaan = -1;
					if (u)
						toel = pstrdup("bedrag of verwacht bedrag ontbreekt: niet te beoordelen");
				}
				else
				{
					if (r->tolerantie_nul)
						voldaan = DatumGetInt32(DirectFunctionCall2(numeric_cmp, in->bedrag, in->verwacht)) == 0;
					else
					{
						Datum		verschil = DirectFunctionCall1(numeric_abs,
																   DirectFunctionCall2(numeric_sub, in->bedrag, in->verwacht));

						voldaan = DatumGetInt32(DirectFunctionCall2(numeric_cmp, verschil, r->tolerantie)) <= 0;
					}
					if (u)
						toel = psprintf("bedrag %s, volgens het tarief %s: verschil %s (toegestaan %s)",
										numeric_tekst(in->bedrag), numeric_tekst(in->verwacht),
										numeric_tekst(DirectFunctionCall2(numeric_sub, in->bedrag, in->verwacht)),
										r->tolerantie_nul ? "0" : numeric_tekst(r->tolerantie));
				}
				break;
		}

		if (voldaan == 0 && !b->gefaald[r->controle])
		{
			b->gefaald[r->controle] = true;
			ngefaald++;
		}
		if (u)
			uitleg_rij(u, b, r, voldaan, toel);
	}
	return ngefaald;
}

/* The failed codes as text[], in code order; resets b->gefaald. */
static ArrayType *
gefaalde_codes(Beleid *b, int ngefaald)
{
	Datum	   *d;
	int			n = 0;

	if (ngefaald == 0)
		return construct_empty_array(TEXTOID);
	d = palloc(sizeof(Datum) * ngefaald);
	for (int i = 0; i < b->ncodes; i++)
		if (b->gefaald[i])
		{
			d[n++] = b->code_teksten[i];
			b->gefaald[i] = false;
		}
	return construct_array(d, n, TEXTOID, -1, false, TYPALIGN_INT);
}

/* The policy of the table forms: that of the zorgkantoor in the line's year. */
static Beleid *
beleid_voor_regel(FunctionCallInfo fcinfo, Cache *c, Invoer *in)
{
	text	   *zk;
	int			y,
				m,
				d;

	vereist_argument(fcinfo, 0, "zorgkantoor");
	zk = PG_GETARG_TEXT_PP(0);
	j2date(in->hi - 1 + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	return beleid_van_tabel(c, VARDATA_ANY(zk), VARSIZE_ANY_EXHDR(zk), true, y);
}

static Datum
declaratiecontrole(FunctionCallInfo fcinfo, bool met_beleid)
{
	Cache	   *c = cache_van(fcinfo);
	Invoer		in;
	Beleid	   *b;

	if (met_beleid)
		vereist_argument(fcinfo, 0, "beleid");
	invoer_lezen(fcinfo, c, &in);
	b = met_beleid ? beleid_van_waarde(c, PG_GETARG_DATUM(0)) : beleid_voor_regel(fcinfo, c, &in);
	PG_RETURN_ARRAYTYPE_P(gefaalde_codes(b, regel_evalueren(fcinfo, b, &in, NULL)));
}

static Datum
declaratiecontrole_uitleg(FunctionCallInfo fcinfo, bool met_beleid)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Cache	   *c = cache_van(fcinfo);
	Invoer		in;
	Beleid	   *b;
	Uitleg		u;

	if (met_beleid)
		vereist_argument(fcinfo, 0, "beleid");
	InitMaterializedSRF(fcinfo, 0);
	u.store = rsinfo->setResult;
	u.tupdesc = rsinfo->setDesc;
	invoer_lezen(fcinfo, c, &in);
	b = met_beleid ? beleid_van_waarde(c, PG_GETARG_DATUM(0)) : beleid_voor_regel(fcinfo, c, &in);
	(void) regel_evalueren(fcinfo, b, &in, &u);
	/* the marks are not needed here */
	memset(b->gefaald, 0, sizeof(bool) * Max(b->ncodes, 1));
	return (Datum) 0;
}

Datum
wlz_declaratiecontrole(PG_FUNCTION_ARGS)
{
	return declaratiecontrole(fcinfo, false);
}

Datum
wlz_declaratiecontrole_beleid(PG_FUNCTION_ARGS)
{
	return declaratiecontrole(fcinfo, true);
}

Datum
wlz_declaratiecontrole_uitleg(PG_FUNCTION_ARGS)
{
	return declaratiecontrole_uitleg(fcinfo, false);
}

Datum
wlz_declaratiecontrole_uitleg_beleid(PG_FUNCTION_ARGS)
{
	return declaratiecontrole_uitleg(fcinfo, true);
}

/* ------------------------------------------------------------------------
 * The lines of one client: the aggregates
 * ------------------------------------------------------------------------
 */

/* The rules a state with a policy carries: a JSON subset of the policy. */
typedef struct Regelset
{
	uint64		hash;
	int32		lengte;
	char	   *tekst;
	Beleid	   *beleid;			/* decoded, lazily */
	MemoryContext mcxt;			/* where beleid goes */
} Regelset;

static bool
regelset_gelijk(const Regelset *a, const Regelset *b)
{
	return a == b || (a->hash == b->hash && a->lengte == b->lengte &&
					  memcmp(a->tekst, b->tekst, a->lengte) == 0);
}

static Beleid *
regelset_beleid(Regelset *r)
{
	if (r->beleid == NULL)
		r->beleid = beleid_lezen(r->tekst, r->lengte, r->mcxt);
	return r->beleid;
}

/* A set of Regelsets per function, so that equal rules share one. */
typedef struct RegelsetCache
{
	MemoryContext mcxt;
	int			n;
	int			max;
	Regelset  **sets;
	/* the value forms: the last policy value and its two subsets */
	Cache	   *waarden;
	const void *laatste_ptr;
	uint64		laatste_hash;
	Regelset   *laatste[2];		/* combinatie, traject */
	char	   *laatste_bytes;	/* a copy of the last policy value */
	uint32		laatste_lengte;
	TypeCacheEntry *range_tc;	/* of the periode argument */
} RegelsetCache;

static RegelsetCache *
regelset_cache(FunctionCallInfo fcinfo)
{
	RegelsetCache *rc = (RegelsetCache *) fcinfo->flinfo->fn_extra;

	if (rc == NULL)
	{
		rc = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(RegelsetCache));
		rc->mcxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "wlz controleregels",
										 ALLOCSET_SMALL_SIZES);
		fcinfo->flinfo->fn_extra = rc;
	}
	return rc;
}

static Regelset *
regelset_intern(RegelsetCache *rc, const char *tekst, int32 lengte)
{
	uint64		h = hash_bytes_extended((const unsigned char *) tekst, lengte, 0);
	Regelset   *r;

	for (int i = 0; i < rc->n; i++)
		if (rc->sets[i]->hash == h && rc->sets[i]->lengte == lengte &&
			memcmp(rc->sets[i]->tekst, tekst, lengte) == 0)
			return rc->sets[i];
	r = MemoryContextAllocZero(rc->mcxt, sizeof(Regelset));
	r->hash = h;
	r->lengte = lengte;
	r->tekst = MemoryContextAlloc(rc->mcxt, lengte);
	memcpy(r->tekst, tekst, lengte);
	r->mcxt = rc->mcxt;
	if (rc->n == rc->max)
	{
		rc->max = Max(4, rc->max * 2);
		rc->sets = rc->sets ? repalloc(rc->sets, sizeof(Regelset *) * rc->max)
			: MemoryContextAlloc(rc->mcxt, sizeof(Regelset *) * rc->max);
	}
	rc->sets[rc->n++] = r;
	return r;
}

/*
 * The rules of one kind ("combinatieregels" or "trajectregels") of a policy
 * value, as the JSON text {"<kind>": [...]}, interned.
 */
static Regelset *
regelset_van_waarde(FunctionCallInfo fcinfo, RegelsetCache *rc, Datum d, int soort)
{
	BeleidWaarde *w = waarde_uit_datum(d);
	uint64		h = waarde_hash(w);
	const char *sleutel = soort == 0 ? "combinatieregels" : "trajectregels";

	if (rc->laatste[soort] != NULL && h == rc->laatste_hash && VARSIZE(w) == rc->laatste_lengte &&
		((const void *) w == rc->laatste_ptr || memcmp(w, rc->laatste_bytes, VARSIZE(w)) == 0))
	{
		rc->laatste_ptr = w;
		return rc->laatste[soort];
	}

	{
		MemoryContext werk = AllocSetContextCreate(CurrentMemoryContext, "wlz regelset",
												   ALLOCSET_DEFAULT_SIZES);
		MemoryContext oud = MemoryContextSwitchTo(werk);
		Jsonb	   *jb = DatumGetJsonbP(DirectFunctionCall1(jsonb_in,
															CStringGetDatum(pnstrdup(w->tekst, BELEID_TEKSTLEN(w)))));
		JsonbValue	v;
		StringInfoData buf;
		Regelset   *r;

		initStringInfo(&buf);
		appendStringInfo(&buf, "{\"%s\": ", sleutel);
		if (getKeyJsonValueFromContainer(&jb->root, sleutel, strlen(sleutel), &v) != NULL &&
			v.type == jbvBinary)
			(void) JsonbToCString(&buf, v.val.binary.data, v.val.binary.len);
		else
			appendStringInfoString(&buf, "[]");
		appendStringInfoChar(&buf, '}');
		MemoryContextSwitchTo(oud);
		r = regelset_intern(rc, buf.data, buf.len);
		MemoryContextDelete(werk);

		/* the policy is checked once, through its subset */
		(void) regelset_beleid(r);

		if (rc->laatste_bytes == NULL || rc->laatste_hash != h || rc->laatste_lengte != VARSIZE(w) ||
			memcmp(w, rc->laatste_bytes, VARSIZE(w)) != 0)
		{
			rc->laatste[0] = rc->laatste[1] = NULL;
			if (rc->laatste_bytes != NULL)
				pfree(rc->laatste_bytes);
			rc->laatste_bytes = MemoryContextAlloc(rc->mcxt, VARSIZE(w));
			memcpy(rc->laatste_bytes, w, VARSIZE(w));
			rc->laatste_lengte = VARSIZE(w);
			rc->laatste_hash = h;
		}
		rc->laatste_ptr = w;
		rc->laatste[soort] = r;
		return r;
	}
}

typedef struct Stuk
{
	int32		naam;
	DateADT		lo;
	DateADT		hi;
	bool		heeft_uren;
	int64		uren;
} Stuk;

typedef struct CState
{
	char		soort;			/* 'c' combinatie, 't' traject */
	bool		met_beleid;
	Regelset   *regels;			/* with a policy: its rules; else NULL */
	int32		nnamen;
	int32		maxnamen;
	Tekst	   *namen;
	uint32	   *naamhash;
	int32	   *slots;			/* open addressing over namen, from 9 names on */
	int32		nslots;
	int32		laatste;
	int32		nstukken;
	int32		maxstukken;
	Stuk	   *stukken;
} CState;

static CState *
state_nieuw(MemoryContext mcxt, char soort, bool met_beleid)
{
	CState	   *s = MemoryContextAllocZero(mcxt, sizeof(CState));

	s->soort = soort;
	s->met_beleid = met_beleid;
	s->laatste = -1;
	return s;
}

static void
slots_vullen(CState *s, MemoryContext mcxt)
{
	int32		n = 16;

	while (n < s->nnamen * 2)
		n *= 2;
	s->slots = s->slots ? repalloc(s->slots, sizeof(int32) * n) : MemoryContextAlloc(mcxt, sizeof(int32) * n);
	s->nslots = n;
	for (int i = 0; i < n; i++)
		s->slots[i] = -1;
	for (int i = 0; i < s->nnamen; i++)
	{
		uint32		j = s->naamhash[i] & (n - 1);

		while (s->slots[j] >= 0)
			j = (j + 1) & (n - 1);
		s->slots[j] = i;
	}
}

/* The index of a name in the state, added when new. */
static int32
naam_index(CState *s, MemoryContext mcxt, const char *naam, int len)
{
	uint32		h;

	if (s->laatste >= 0 && s->namen[s->laatste].len == len &&
		memcmp(s->namen[s->laatste].s, naam, len) == 0)
		return s->laatste;
	h = tekst_hash(naam, len);
	if (s->slots != NULL)
	{
		uint32		j = h & (s->nslots - 1);

		while (s->slots[j] >= 0)
		{
			int32		i = s->slots[j];

			if (s->naamhash[i] == h && s->namen[i].len == len && memcmp(s->namen[i].s, naam, len) == 0)
				return s->laatste = i;
			j = (j + 1) & (s->nslots - 1);
		}
	}
	else
		for (int32 i = 0; i < s->nnamen; i++)
			if (s->naamhash[i] == h && s->namen[i].len == len && memcmp(s->namen[i].s, naam, len) == 0)
				return s->laatste = i;

	if (s->nnamen == s->maxnamen)
	{
		s->maxnamen = Max(4, s->maxnamen * 2);
		s->namen = s->namen ? repalloc(s->namen, sizeof(Tekst) * s->maxnamen)
			: MemoryContextAlloc(mcxt, sizeof(Tekst) * s->maxnamen);
		s->naamhash = s->naamhash ? repalloc(s->naamhash, sizeof(uint32) * s->maxnamen)
			: MemoryContextAlloc(mcxt, sizeof(uint32) * s->maxnamen);
	}
	s->namen[s->nnamen] = tekst_kopie(naam, len, mcxt);
	s->naamhash[s->nnamen] = h;
	s->nnamen++;
	if (s->nnamen > 8)
	{
		if (s->slots == NULL || s->nnamen * 2 > s->nslots)
			slots_vullen(s, mcxt);
		else
		{
			uint32		j = h & (s->nslots - 1);

			while (s->slots[j] >= 0)
				j = (j + 1) & (s->nslots - 1);
			s->slots[j] = s->nnamen - 1;
		}
	}
	return s->laatste = s->nnamen - 1;
}

static void
stuk_erbij(CState *s, MemoryContext mcxt, int32 naam, DateADT lo, DateADT hi,
		   bool heeft_uren, int64 uren)
{
	Stuk	   *st;

	if (s->nstukken == s->maxstukken)
	{
		if (s->maxstukken > (int32) (MaxAllocSize / sizeof(Stuk) / 2))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many lines in one group of a declaration control aggregate")));
		s->maxstukken = Max(8, s->maxstukken * 2);
		s->stukken = s->stukken ? repalloc(s->stukken, sizeof(Stuk) * s->maxstukken)
			: MemoryContextAlloc(mcxt, sizeof(Stuk) * s->maxstukken);
	}
	st = &s->stukken[s->nstukken++];
	st->naam = naam;
	st->lo = lo;
	st->hi = hi;
	st->heeft_uren = heeft_uren;
	st->uren = uren;
}

/* [lo, hi) of a daterange argument; false when empty */
static bool
periode_van(FunctionCallInfo fcinfo, int n, DateADT *lo, DateADT *hi)
{
	RangeType  *r = PG_GETARG_RANGE_P(n);
	RegelsetCache *rc = regelset_cache(fcinfo);
	TypeCacheEntry *tc;
	RangeBound	lower,
				upper;
	bool		empty;

	/* not range_get_typcache: fn_extra holds the RegelsetCache */
	if (rc->range_tc == NULL || rc->range_tc->type_id != RangeTypeGetOid(r))
		rc->range_tc = lookup_type_cache(RangeTypeGetOid(r), TYPECACHE_RANGE_INFO);
	tc = rc->range_tc;
	range_deserialize(tc, r, &lower, &upper, &empty);
	if (empty)
		return false;
	*lo = lower.infinite ? DATEVAL_NOBEGIN : DatumGetDateADT(lower.val);
	if (!lower.infinite && !lower.inclusive && !DATE_NOT_FINITE(*lo))
		(*lo)++;
	*hi = upper.infinite ? DATEVAL_NOEND : DatumGetDateADT(upper.val);
	if (!upper.infinite && upper.inclusive && !DATE_NOT_FINITE(*hi))
		(*hi)++;
	return *lo < *hi;
}

static int64
uren_van(Datum n)
{
	Numeric		num = DatumGetNumeric(n);

	if (numeric_is_nan(num) || numeric_is_inf(num) ||
		DatumGetBool(DirectFunctionCall2(numeric_lt, n, NumericGetDatum(int64_to_numeric(0)))))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("uren of a traject line must be a finite number of at least 0"),
				 errhint("Pass the hours of the line, such as 4.5, or NULL when they are not known.")));
	return DatumGetInt64(DirectFunctionCall1(numeric_int8,
											 DirectFunctionCall2(numeric_mul, n,
																 NumericGetDatum(int64_to_numeric(UUR_EENHEID)))));
}

static pg_attribute_noreturn() void
soort_onbekend(const char *soort, int len, bool met_beleid)
{
	ereport(ERROR,
			(errcode(ERRCODE_NO_DATA_FOUND),
			 errmsg("no traject rules for soort \"%.*s\"", Min(len, 64), soort),
			 errdetail("%s", met_beleid ? "The policy has no rule of wlz.trajectregel for this soort."
					   : "wlz.trajectregel has no national rule for this soort."),
			 errhint("The shipped soorten are observatie, cca and lvg-indicatie; add rules of your own with "
					 "INSERT INTO wlz.trajectregel (controle, soort, toets, ...).")));
}

static bool
soort_heeft_regels(Beleid *b, const char *s, int len)
{
	Tekst		t;

	t.s = s;
	t.len = len;
	for (int i = 0; i < b->ntregels; i++)
		if (tekst_gelijk(&b->tregels[i].soort, &t))
			return true;
	return false;
}

/*
 * The transition functions: (state, [beleid,] naam, periode [, uren]).
 * Rows with a NULL naam or periode, or an empty periode, are left out.
 */
static Datum
stap(FunctionCallInfo fcinfo, char soort, bool met_beleid)
{
	MemoryContext aggcontext;
	CState	   *s = PG_ARGISNULL(0) ? NULL : (CState *) PG_GETARG_POINTER(0);
	int			a = met_beleid ? 2 : 1;	/* the naam argument */
	text	   *naam;
	DateADT		lo,
				hi;
	bool		heeft_uren = false;
	int64		uren = 0;
	Regelset   *regels = NULL;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "declaration control transition function called in non-aggregate context");

	if (s == NULL)
		s = state_nieuw(aggcontext, soort, met_beleid);

	if (met_beleid)
	{
		RegelsetCache *rc;

		if (PG_ARGISNULL(1))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("beleid of a declaration control aggregate must not be null"),
					 errhint("Pass the policy as a scalar subquery: (SELECT wlz.controlebeleid('cz', NULL)).")));
		rc = regelset_cache(fcinfo);
		regels = regelset_van_waarde(fcinfo, rc, PG_GETARG_DATUM(1), soort == 'c' ? 0 : 1);
		if (s->regels == NULL)
			s->regels = regels;
		else if (!regelset_gelijk(s->regels, regels))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("beleid differs between the rows of one group"),
					 errdetail("The rows of one client are checked against one policy."),
					 errhint("Pass the policy as a constant, a scalar subquery such as (SELECT wlz.controlebeleid('cz', NULL)).")));
	}

	if (PG_ARGISNULL(a) || PG_ARGISNULL(a + 1))
		PG_RETURN_POINTER(s);
	if (!periode_van(fcinfo, a + 1, &lo, &hi))
		PG_RETURN_POINTER(s);
	naam = PG_GETARG_TEXT_PP(a);
	if (soort == 't' && PG_NARGS() > a + 2 && !PG_ARGISNULL(a + 2))
	{
		heeft_uren = true;
		uren = uren_van(PG_GETARG_DATUM(a + 2));
	}

	if (regels != NULL)
	{
		Beleid	   *b = regelset_beleid(regels);

		if (soort == 'c')
		{
			PrestatieInfo *p = prestatie_zoek(b, VARDATA_ANY(naam), VARSIZE_ANY_EXHDR(naam));

			/* a prestatie that no combination names cannot take part */
			if (p == NULL || !p->combinatie)
				PG_RETURN_POINTER(s);
		}
		else if (!soort_heeft_regels(b, VARDATA_ANY(naam), VARSIZE_ANY_EXHDR(naam)))
			soort_onbekend(VARDATA_ANY(naam), VARSIZE_ANY_EXHDR(naam), true);
	}

	stuk_erbij(s, aggcontext,
			   naam_index(s, aggcontext, VARDATA_ANY(naam), VARSIZE_ANY_EXHDR(naam)),
			   lo, hi, heeft_uren, uren);
	PG_RETURN_POINTER(s);
}

Datum
wlz_combinatiecontrole_stap(PG_FUNCTION_ARGS)
{
	return stap(fcinfo, 'c', false);
}

Datum
wlz_combinatiecontrole_stap_beleid(PG_FUNCTION_ARGS)
{
	return stap(fcinfo, 'c', true);
}

Datum
wlz_trajectcontrole_stap(PG_FUNCTION_ARGS)
{
	return stap(fcinfo, 't', false);
}

Datum
wlz_trajectcontrole_stap_beleid(PG_FUNCTION_ARGS)
{
	return stap(fcinfo, 't', true);
}

/* Combine: the lines of s2 into s1 (a copy when s1 is NULL). */
Datum
wlz_controle_samenvoegen(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	CState	   *s1 = PG_ARGISNULL(0) ? NULL : (CState *) PG_GETARG_POINTER(0);
	CState	   *s2 = PG_ARGISNULL(1) ? NULL : (CState *) PG_GETARG_POINTER(1);
	int32	   *map;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "wlz_controle_samenvoegen called in non-aggregate context");
	if (s2 == NULL)
	{
		if (s1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s1);
	}
	if (s1 == NULL)
		s1 = state_nieuw(aggcontext, s2->soort, s2->met_beleid);
	if (s2->regels != NULL)
	{
		if (s1->regels == NULL)
			s1->regels = s2->regels;
		else if (!regelset_gelijk(s1->regels, s2->regels))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("beleid differs between the rows of one group"),
					 errdetail("The rows of one client are checked against one policy."),
					 errhint("Pass the policy as a constant, a scalar subquery such as (SELECT wlz.controlebeleid('cz', NULL)).")));
	}
	map = palloc(sizeof(int32) * Max(s2->nnamen, 1));
	for (int32 i = 0; i < s2->nnamen; i++)
		map[i] = naam_index(s1, aggcontext, s2->namen[i].s, s2->namen[i].len);
	for (int32 i = 0; i < s2->nstukken; i++)
	{
		Stuk	   *st = &s2->stukken[i];

		stuk_erbij(s1, aggcontext, map[st->naam], st->lo, st->hi, st->heeft_uren, st->uren);
	}
	pfree(map);
	PG_RETURN_POINTER(s1);
}

/*
 * Serialised form (network byte order, between processes of one query):
 * soort, flags (1: with a policy, 2: rules follow), the rules' text, the
 * names, then the lines as (name, lo, hi, has hours, hours).
 */
Datum
wlz_controle_serialiseer(PG_FUNCTION_ARGS)
{
	CState	   *s = (CState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "wlz_controle_serialiseer called in non-aggregate context");
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, s->soort);
	pq_sendbyte(&buf, (s->met_beleid ? 1 : 0) | (s->regels ? 2 : 0));
	if (s->regels)
	{
		pq_sendint32(&buf, s->regels->lengte);
		pq_sendbytes(&buf, s->regels->tekst, s->regels->lengte);
	}
	pq_sendint32(&buf, s->nnamen);
	for (int32 i = 0; i < s->nnamen; i++)
	{
		pq_sendint32(&buf, s->namen[i].len);
		pq_sendbytes(&buf, s->namen[i].s, s->namen[i].len);
	}
	pq_sendint32(&buf, s->nstukken);
	for (int32 i = 0; i < s->nstukken; i++)
	{
		Stuk	   *st = &s->stukken[i];

		pq_sendint32(&buf, st->naam);
		pq_sendint32(&buf, st->lo);
		pq_sendint32(&buf, st->hi);
		pq_sendbyte(&buf, st->heeft_uren ? 1 : 0);
		if (st->heeft_uren)
			pq_sendint64(&buf, st->uren);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
wlz_controle_deserialiseer(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	MemoryContext aggcontext;
	StringInfoData buf;
	CState	   *s;
	char		soort;
	int			vlaggen;
	int32		n;
	int32	   *map;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "wlz_controle_deserialiseer called in non-aggregate context");
	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	soort = pq_getmsgbyte(&buf);
	vlaggen = pq_getmsgbyte(&buf);
	s = state_nieuw(aggcontext, soort, (vlaggen & 1) != 0);
	if (vlaggen & 2)
	{
		int32		len = pq_getmsgint(&buf, 4);
		const char *t = pq_getmsgbytes(&buf, len);

		s->regels = regelset_intern(regelset_cache(fcinfo), t, len);
	}
	n = pq_getmsgint(&buf, 4);
	map = palloc(sizeof(int32) * Max(n, 1));
	for (int32 i = 0; i < n; i++)
	{
		int32		len = pq_getmsgint(&buf, 4);
		const char *t = pq_getmsgbytes(&buf, len);

		map[i] = naam_index(s, aggcontext, t, len);
	}
	n = pq_getmsgint(&buf, 4);
	for (int32 i = 0; i < n; i++)
	{
		int32		naam = pq_getmsgint(&buf, 4);
		DateADT		lo = pq_getmsgint(&buf, 4);
		DateADT		hi = pq_getmsgint(&buf, 4);
		bool		heeft_uren = pq_getmsgbyte(&buf) != 0;
		int64		uren = heeft_uren ? pq_getmsgint64(&buf) : 0;

		if (naam < 0 || naam >= s->nnamen)
			elog(ERROR, "corrupt serialised state of a declaration control aggregate");
		stuk_erbij(s, aggcontext, map[naam], lo, hi, heeft_uren, uren);
	}
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(s);
}

/* intervals [lo, hi) */
typedef struct Periode
{
	DateADT		lo;
	DateADT		hi;
	bool		heeft_uren;
	int64		uren;
} Periode;

static int
periode_cmp(const void *a, const void *b)
{
	const Periode *x = a;
	const Periode *y = b;

	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	if (x->hi != y->hi)
		return x->hi < y->hi ? -1 : 1;
	return 0;
}

/* Sort and merge intervals that overlap or touch; sums hours. */
static int
samenvoegen(Periode *iv, int n)
{
	int			m = 0;

	if (n == 0)
		return 0;
	qsort(iv, n, sizeof(Periode), periode_cmp);
	for (int i = 1; i < n; i++)
	{
		Periode   *cur = &iv[m];

		if (iv[i].lo <= cur->hi)
		{
			if (iv[i].hi > cur->hi)
				cur->hi = iv[i].hi;
			if (iv[i].heeft_uren)
			{
				if (pg_add_s64_overflow(cur->uren, iv[i].uren, &cur->uren))
					ereport(ERROR,
							(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
							 errmsg("the hours of one traject are out of range")));
				cur->heeft_uren = true;
			}
		}
		else
			iv[++m] = iv[i];
	}
	return m + 1;
}

static bool
in_lijst(const Tekst *t, const Tekst *lijst, int n)
{
	for (int i = 0; i < n; i++)
		if (tekst_gelijk(t, &lijst[i]))
			return true;
	return false;
}

static void
combinatie_evalueren(Beleid *b, CState *s)
{
	Periode   *a = palloc(sizeof(Periode) * Max(s->nstukken, 1));
	Periode   *bb = palloc(sizeof(Periode) * Max(s->nstukken, 1));
	bool	   *in_a = palloc(sizeof(bool) * Max(s->nnamen, 1));
	bool	   *in_b = palloc(sizeof(bool) * Max(s->nnamen, 1));

	for (int k = 0; k < b->ncregels; k++)
	{
		CRegel	   *r = &b->cregels[k];
		int			na = 0,
					nb = 0,
					i = 0,
					j = 0;

		if (b->gefaald[r->controle])
			continue;
		for (int32 x = 0; x < s->nnamen; x++)
		{
			in_a[x] = in_lijst(&s->namen[x], r->a, r->na);
			in_b[x] = in_lijst(&s->namen[x], r->b, r->nb);
		}
		for (int32 x = 0; x < s->nstukken; x++)
		{
			Stuk	   *st = &s->stukken[x];
			Periode	iv = {st->lo, st->hi, false, 0};

			if (in_a[st->naam])
				a[na++] = iv;
			else if (in_b[st->naam])
				bb[nb++] = iv;
		}
		if (na == 0 || nb == 0)
			continue;
		na = samenvoegen(a, na);
		nb = samenvoegen(bb, nb);
		while (i < na && j < nb)
		{
			DateADT		lo = Max(Max(a[i].lo, bb[j].lo), r->van);
			DateADT		hi = Min(Min(a[i].hi, bb[j].hi), r->tot);

			if (lo < hi)
			{
				b->gefaald[r->controle] = true;
				break;
			}
			if (a[i].hi < bb[j].hi)
				i++;
			else
				j++;
		}
	}
}

static int
jaar_van(DateADT d)
{
	int			y,
				m,
				dd;

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	return y;
}

static void
traject_evalueren(Beleid *b, CState *s, bool met_beleid)
{
	Periode   *iv = palloc(sizeof(Periode) * Max(s->nstukken, 1));

	for (int32 x = 0; x < s->nnamen; x++)
	{
		Tekst	   *soort = &s->namen[x];
		int			n = 0;

		if (!soort_heeft_regels(b, soort->s, soort->len))
			soort_onbekend(soort->s, soort->len, met_beleid);
		for (int32 y = 0; y < s->nstukken; y++)
			if (s->stukken[y].naam == x)
			{
				iv[n].lo = s->stukken[y].lo;
				iv[n].hi = s->stukken[y].hi;
				iv[n].heeft_uren = s->stukken[y].heeft_uren;
				iv[n].uren = s->stukken[y].uren;
				n++;
			}
		n = samenvoegen(iv, n);

		for (int k = 0; k < b->ntregels; k++)
		{
			TRegel	   *r = &b->tregels[k];
			bool		faalt = false;

			if (!tekst_gelijk(&r->soort, soort) || b->gefaald[r->controle])
				continue;
			switch (r->toets)
			{
				case TT_DUUR:
					for (int i = 0; i < n && !faalt; i++)
					{
						if (!(iv[i].lo < r->tot && r->van < iv[i].hi) ||
							DATE_NOT_FINITE(iv[i].lo) || DATE_NOT_FINITE(iv[i].hi))
							continue;
						faalt = iv[i].hi > datum_plus_twee(iv[i].lo, r->termijn,
														   r->heeft_verlenging, r->verlenging);
					}
					break;
				case TT_TOTAAL:
					{
						int64		dagen = 0;
						DateADT		eerste = DATEVAL_NOBEGIN;

						for (int i = 0; i < n; i++)
						{
							if (!(iv[i].lo < r->tot && r->van < iv[i].hi) ||
								DATE_NOT_FINITE(iv[i].lo) || DATE_NOT_FINITE(iv[i].hi))
								continue;
							if (eerste == DATEVAL_NOBEGIN)
								eerste = iv[i].lo;
							dagen += iv[i].hi - iv[i].lo;
						}
						if (eerste != DATEVAL_NOBEGIN)
							faalt = dagen > (int64) (datum_plus(eerste, r->termijn) - eerste);
					}
					break;
				case TT_UREN:
					for (int i = 0; i < n && !faalt; i++)
						faalt = iv[i].heeft_uren && (iv[i].lo < r->tot && r->van < iv[i].hi) &&
							iv[i].uren > r->aantal;
					break;
				case TT_PER_JAAR:
					{
						int			jaar = 0;
						int64		aantal = 0;

						for (int i = 0; i < n && !faalt; i++)
						{
							int			j;

							if (!(iv[i].lo < r->tot && r->van < iv[i].hi) || DATE_NOT_FINITE(iv[i].lo))
								continue;
							j = jaar_van(iv[i].lo);
							if (aantal == 0 || j != jaar)
							{
								jaar = j;
								aantal = 0;
							}
							faalt = ++aantal > r->aantal;
						}
					}
					break;
				case TT_WACHTTIJD:
					for (int i = 1; i < n && !faalt; i++)
					{
						if (!(iv[i].lo < r->tot && r->van < iv[i].hi) || DATE_NOT_FINITE(iv[i - 1].hi))
							continue;
						faalt = iv[i].lo < datum_plus(iv[i - 1].hi, r->termijn);
					}
					break;
			}
			if (faalt)
				b->gefaald[r->controle] = true;
		}
	}
}

static ArrayType *
state_uitkomst(Beleid *b, CState *s, bool met_beleid)
{
	int			n = 0;

	memset(b->gefaald, 0, sizeof(bool) * Max(b->ncodes, 1));
	if (s->soort == 'c')
		combinatie_evalueren(b, s);
	else
		traject_evalueren(b, s, met_beleid);
	for (int i = 0; i < b->ncodes; i++)
		n += b->gefaald[i];
	return gefaalde_codes(b, n);
}

Datum
wlz_controle_uitkomst(PG_FUNCTION_ARGS)
{
	CState	   *s = PG_ARGISNULL(0) ? NULL : (CState *) PG_GETARG_POINTER(0);

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "wlz_controle_uitkomst called in non-aggregate context");
	if (s == NULL || s->regels == NULL || s->nstukken == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	PG_RETURN_ARRAYTYPE_P(state_uitkomst(regelset_beleid(s->regels), s, true));
}

Datum
wlz_controle_uitkomst_landelijk(PG_FUNCTION_ARGS)
{
	CState	   *s = PG_ARGISNULL(0) ? NULL : (CState *) PG_GETARG_POINTER(0);
	Cache	   *c;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "wlz_controle_uitkomst_landelijk called in non-aggregate context");
	if (s == NULL || s->nstukken == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	c = cache_van(fcinfo);
	PG_RETURN_ARRAYTYPE_P(state_uitkomst(beleid_van_tabel(c, NULL, 0, false, 0), s, false));
}
