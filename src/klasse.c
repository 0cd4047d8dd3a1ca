/*
 * klasse.c
 *	  Provider classification: the wlz.aanbiederklasse and wlz.klassificatie
 *	  aggregates over a provider's contracts (SPEC section 3).
 *
 * One row per overeenkomst of the provider: (ok_zorgkantoor, ok_looptijd,
 * zorgkantoor, peildatum, referentiejaar [, declareert_sinds]).  The state
 * collects the contracts as [lo, hi) pairs of dates, each with the index of
 * its zorgkantoor in a small name table; the final function sorts a copy and
 * decides:
 *
 *	 bestaand             a contract with this zorgkantoor is in force on the
 *	                      peildatum (seed 001 L1899-1901);
 *	 bestaand-maar-nieuw  otherwise, the contracts with one other zorgkantoor,
 *	                      taken together, cover without a gap the window from
 *	                      1 January of the referentiejaar (or the peildatum,
 *	                      if earlier) up to and including 31 December (or the
 *	                      peildatum, if later): "op het moment van inschrijven
 *	                      ... een overeenkomst ... voor minimaal het hele
 *	                      kalenderjaar" (seed 001 L1902-1905, seed 002
 *	                      L1347-1350); in the 6-argument form the provider has
 *	                      also declared since 1 January of that year;
 *	 nieuw                everything else (seed 001 L1907-1913).
 *
 * The contractvorm of a bestaand provider is judged on one calendar year:
 * in 0.1.0 (symbol wlz_klassificatie_uitkomst, kept for a database still on
 * 0.1.0's SQL) the referentiejaar; from 0.2.0 (wlz_klassificatie_uitkomst_
 * peiljaar) the year of the peildatum, because CZ GZ 2026 judges
 * bestaand-maar-nieuw against 2024 (002 L1347-1350) but the contract form
 * against "het aan 2026 voorafgaande jaar" (L1370-1375, L1408-1410).
 *
 * Contracts with two different zorgkantoren are never added up.  The
 * answer depends only on the set of rows, never on their order, so the
 * combine function may merge partial states in any order (parallel
 * aggregation); the states serialise to bytea for that.
 *
 * Speed (make bench groups 10^6 contracts by provider): a state is one
 * allocation with room for a few names and contracts; a row's zorgkantoren
 * are compared as bytes where they lie, without copies; a daterange stored
 * with a short header is read from a copy on the stack, not a detoasted
 * palloc'd one; and wlz.aanbiederklasse decides the class without composing
 * the Dutch toelichting that only wlz.klassificatie returns.
 */
#include "wlzcontract.h"

#include "access/htup_details.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "port/pg_bswap.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/rangetypes.h"
#include "utils/syscache.h"
#include "utils/typcache.h"

PG_FUNCTION_INFO_V1(wlz_klasse_stap);
PG_FUNCTION_INFO_V1(wlz_klasse_samenvoegen);
PG_FUNCTION_INFO_V1(wlz_klasse_serialiseer);
PG_FUNCTION_INFO_V1(wlz_klasse_deserialiseer);
PG_FUNCTION_INFO_V1(wlz_aanbiederklasse_uitkomst);
PG_FUNCTION_INFO_V1(wlz_klassificatie_uitkomst);
PG_FUNCTION_INFO_V1(wlz_klassificatie_uitkomst_peiljaar);

/* referentiejaar must leave room for 1 January of the year after it */
#define REFJAAR_MIN		1
#define REFJAAR_MAX		9999

/* a contract: the days [lo, hi); DATEVAL_NOBEGIN / DATEVAL_NOEND unbounded */
typedef struct Contract
{
	DateADT		lo;
	DateADT		hi;
	int32		naam;			/* index into KlasseState.namen */
} Contract;

/* a zorgkantoor in the state: NUL-terminated, with its length */
typedef struct Naam
{
	char	   *tekst;
	int32		len;
} Naam;

/* what a state holds without another allocation (most providers fit) */
#define VAST_NAMEN		4
#define VAST_CONTRACTEN	6
#define VAST_TEKST		64

typedef struct KlasseState
{
	char	   *zorgkantoor;	/* the zorgkantoor judged, NUL-terminated */
	int32		zorgkantoor_len;
	DateADT		peildatum;
	int32		referentiejaar;
	bool		met_declaratie; /* the 6-argument form */
	bool		declareert;		/* some row had a declareert_sinds */
	DateADT		declareert_sinds;	/* the earliest of them */
	int32		zelf;			/* index of zorgkantoor in namen, or -1 */
	int32		nnamen;
	int32		maxnamen;
	Naam	   *namen;			/* zorgkantoren of the contracts */
	int32		ncontracten;
	int32		maxcontracten;
	Contract   *contracten;
	int32		tekst_gebruikt; /* bytes of tekst_vast in use */
	Naam		namen_vast[VAST_NAMEN];
	Contract	contracten_vast[VAST_CONTRACTEN];
	char		tekst_vast[VAST_TEKST];
} KlasseState;

typedef enum Klasse
{
	KLASSE_BESTAAND = 0,
	KLASSE_BESTAAND_MAAR_NIEUW,
	KLASSE_NIEUW
} Klasse;

static const char *const klasse_labels[] = {
	"bestaand", "bestaand-maar-nieuw", "nieuw"
};

typedef struct Oordeel
{
	Klasse		klasse;
	const char *contractvorm;	/* NULL unless bestaand */
	char	   *toelichting;
} Oordeel;

/* ----------------------------------------------------------------------
 * The state
 * ----------------------------------------------------------------------
 */

/* A copy of len bytes at p, NUL-terminated, in the state's own room if it fits */
static char *
bewaar_tekst(KlasseState *s, MemoryContext mcxt, const char *p, int32 len)
{
	char	   *kopie;

	if (len < VAST_TEKST - s->tekst_gebruikt)
	{
		kopie = s->tekst_vast + s->tekst_gebruikt;
		s->tekst_gebruikt += len + 1;
	}
	else
		kopie = MemoryContextAlloc(mcxt, len + 1);
	memcpy(kopie, p, len);
	kopie[len] = '\0';
	return kopie;
}

static KlasseState *
nieuwe_state(MemoryContext mcxt, const char *zorgkantoor, int32 zorgkantoor_len,
			 DateADT peildatum, int32 referentiejaar, bool met_declaratie)
{
	KlasseState *s = MemoryContextAlloc(mcxt, sizeof(KlasseState));

	s->tekst_gebruikt = 0;
	s->zorgkantoor = bewaar_tekst(s, mcxt, zorgkantoor, zorgkantoor_len);
	s->zorgkantoor_len = zorgkantoor_len;
	s->peildatum = peildatum;
	s->referentiejaar = referentiejaar;
	s->met_declaratie = met_declaratie;
	s->declareert = false;
	s->declareert_sinds = 0;
	s->zelf = -1;
	s->nnamen = 0;
	s->maxnamen = VAST_NAMEN;
	s->namen = s->namen_vast;
	s->ncontracten = 0;
	s->maxcontracten = VAST_CONTRACTEN;
	s->contracten = s->contracten_vast;
	return s;
}

/*
 * The index of a zorgkantoor name (len bytes at naam, not necessarily
 * NUL-terminated) in the state's table, added if new.  The names are
 * compared here, once per row; whether a name is the zorgkantoor judged is
 * settled once, when it is added.
 */
static int32
naam_index(KlasseState *s, MemoryContext mcxt, const char *naam, int32 len)
{
	int32		i;

	for (i = s->nnamen - 1; i >= 0; i--)
		if (s->namen[i].len == len && memcmp(s->namen[i].tekst, naam, len) == 0)
			return i;
	if (s->nnamen == s->maxnamen)
	{
		if (s->namen == s->namen_vast)
		{
			s->namen = MemoryContextAlloc(mcxt, 2 * s->maxnamen * sizeof(Naam));
			memcpy(s->namen, s->namen_vast, s->nnamen * sizeof(Naam));
		}
		else
			s->namen = repalloc(s->namen, 2 * s->maxnamen * sizeof(Naam));
		s->maxnamen *= 2;
	}
	s->namen[s->nnamen].tekst = bewaar_tekst(s, mcxt, naam, len);
	s->namen[s->nnamen].len = len;
	if (len == s->zorgkantoor_len && memcmp(naam, s->zorgkantoor, len) == 0)
		s->zelf = s->nnamen;
	return s->nnamen++;
}

static void
voeg_contract_toe(KlasseState *s, MemoryContext mcxt, DateADT lo, DateADT hi, int32 naam)
{
	if (s->ncontracten == s->maxcontracten)
	{
		if (s->maxcontracten > (int32) (MaxAllocSize / sizeof(Contract) / 2))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many contracts in one group of wlz.aanbiederklasse")));
		if (s->contracten == s->contracten_vast)
		{
			s->contracten = MemoryContextAlloc(mcxt, 2 * s->maxcontracten * sizeof(Contract));
			memcpy(s->contracten, s->contracten_vast, s->ncontracten * sizeof(Contract));
		}
		else
			s->contracten = repalloc(s->contracten, 2 * s->maxcontracten * sizeof(Contract));
		s->maxcontracten *= 2;
	}
	s->contracten[s->ncontracten].lo = lo;
	s->contracten[s->ncontracten].hi = hi;
	s->contracten[s->ncontracten].naam = naam;
	s->ncontracten++;
}

/*
 * A copy of s in mcxt, for the combine function, whose second state lives
 * in memory that is reset after the call: one copy of the state itself,
 * with the pointers into its own room moved along, and copies of whatever
 * it keeps outside that room.
 */
static KlasseState *
kloon_state(MemoryContext mcxt, const KlasseState *bron)
{
	KlasseState *s = MemoryContextAlloc(mcxt, sizeof(KlasseState));
	const char *kamer = bron->tekst_vast;
	int32		i;

#define IN_KAMER(t) ((t) >= kamer && (t) < kamer + VAST_TEKST)
#define KOPIE_TEKST(t, len) \
	(IN_KAMER(t) ? s->tekst_vast + ((t) - kamer) : \
	 memcpy(MemoryContextAllocZero(mcxt, (len) + 1), (t), (len)))

	memcpy(s, bron, sizeof(KlasseState));
	s->zorgkantoor = KOPIE_TEKST(bron->zorgkantoor, bron->zorgkantoor_len);
	if (bron->namen != bron->namen_vast)
	{
		s->namen = MemoryContextAlloc(mcxt, bron->maxnamen * sizeof(Naam));
		memcpy(s->namen, bron->namen, bron->nnamen * sizeof(Naam));
	}
	else
		s->namen = s->namen_vast;
	for (i = 0; i < bron->nnamen; i++)
		s->namen[i].tekst = KOPIE_TEKST(bron->namen[i].tekst, bron->namen[i].len);
	if (bron->contracten != bron->contracten_vast)
	{
		s->contracten = MemoryContextAlloc(mcxt, bron->maxcontracten * sizeof(Contract));
		memcpy(s->contracten, bron->contracten, bron->ncontracten * sizeof(Contract));
	}
	else
		s->contracten = s->contracten_vast;
	return s;

#undef KOPIE_TEKST
#undef IN_KAMER
}

/* "2024-01-01", independent of DateStyle; infinities as PostgreSQL spells them */
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

static DateADT
eerste_januari(int32 jaar)
{
	return date2j(jaar, 1, 1) - POSTGRES_EPOCH_JDATE;
}

/* The rows of one group must agree on what is judged. */
static void
zelfde_vraag(KlasseState *s, const char *zorgkantoor, int32 zorgkantoor_len,
			 DateADT peildatum, int32 referentiejaar)
{
	if (s->zorgkantoor_len != zorgkantoor_len ||
		memcmp(s->zorgkantoor, zorgkantoor, zorgkantoor_len) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("zorgkantoor differs between the rows of one classification"),
				 errdetail("The rows have zorgkantoor \"%s\" and \"%s\".",
						   s->zorgkantoor, pnstrdup(zorgkantoor, zorgkantoor_len)),
				 errhint("Group by provider and zorgkantoor, or pass the zorgkantoor as a constant.")));
	if (s->peildatum != peildatum)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("peildatum differs between the rows of one classification"),
				 errdetail("The rows have peildatum %s and %s.",
						   datum_tekst(s->peildatum), datum_tekst(peildatum)),
				 errhint("Group by provider and peildatum, or pass the peildatum as a constant.")));
	if (s->referentiejaar != referentiejaar)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("referentiejaar differs between the rows of one classification"),
				 errdetail("The rows have referentiejaar %d and %d.",
						   s->referentiejaar, referentiejaar),
				 errhint("Pass the referentiejaar as a constant, normally the year before the inkoopjaar.")));
}

/*
 * The days [lo, hi) of a daterange argument; false for an empty one.
 *
 * A daterange read from a table has a short (1-byte) header, which
 * PG_GETARG_RANGE_P would turn into a palloc'd copy on every row before
 * range_deserialize reads it.  For a daterange (every value of the
 * argument's type is one; a domain's values too) the bytes are read where
 * they lie instead, in the layout range_deserialize reads: the range type's
 * OID, the lower bound unless it is infinite, the upper bound unless it is
 * infinite (4 bytes each: a date needs no padding), then the flag byte.
 * Anything else, and compressed or out-of-line values, which a daterange
 * never is in practice, go the general way.
 */
static bool
contract_dagen(FunctionCallInfo fcinfo, Datum waarde, DateADT *lo, DateADT *hi)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(waarde);
	RangeType  *r;
	TypeCacheEntry *tc;
	RangeBound	lower,
				upper;
	bool		empty;

	if ((!VARATT_IS_EXTENDED(v) || (VARATT_IS_SHORT(v) && !VARATT_IS_EXTERNAL(v))) &&
		VARSIZE_ANY_EXHDR(v) >= sizeof(Oid) + 1)
	{
		const char *inhoud = VARDATA_ANY(v);
		Size		len = VARSIZE_ANY_EXHDR(v);
		Oid			typid;
		char		vlaggen;
		Size		nodig;

		memcpy(&typid, inhoud, sizeof(Oid));
		vlaggen = inhoud[len - 1];
		nodig = sizeof(Oid) + 1 +
			(RANGE_HAS_LBOUND(vlaggen) ? sizeof(DateADT) : 0) +
			(RANGE_HAS_UBOUND(vlaggen) ? sizeof(DateADT) : 0);
		if (typid == DATERANGEOID && len == nodig)
		{
			const char *p = inhoud + sizeof(Oid);

			if (vlaggen & RANGE_EMPTY)
				return false;
			if (vlaggen & RANGE_LB_INF)
				*lo = DATEVAL_NOBEGIN;
			else
			{
				memcpy(lo, p, sizeof(DateADT));
				p += sizeof(DateADT);
				if (!(vlaggen & RANGE_LB_INC) && !DATE_NOT_FINITE(*lo))
					(*lo)++;
			}
			if (vlaggen & RANGE_UB_INF)
				*hi = DATEVAL_NOEND;
			else
			{
				memcpy(hi, p, sizeof(DateADT));
				if ((vlaggen & RANGE_UB_INC) && !DATE_NOT_FINITE(*hi))
					(*hi)++;
			}
			return true;
		}
	}

	r = DatumGetRangeTypeP(waarde);
	tc = range_get_typcache(fcinfo, RangeTypeGetOid(r));
	range_deserialize(tc, r, &lower, &upper, &empty);
	if (empty)
		return false;
	*lo = lower.infinite ? DATEVAL_NOBEGIN : DatumGetDateADT(lower.val);
	if (!lower.infinite && !lower.inclusive && !DATE_NOT_FINITE(*lo))
		(*lo)++;
	*hi = upper.infinite ? DATEVAL_NOEND : DatumGetDateADT(upper.val);
	if (!upper.infinite && upper.inclusive && !DATE_NOT_FINITE(*hi))
		(*hi)++;
	return true;
}

/*
 * A text argument without a copy: PG_GETARG_TEXT_PP's test, inline (most
 * rows' texts are short and plain, and need nothing).
 */
static inline text *
tekst_arg(Datum d)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(d);

	if (unlikely(VARATT_IS_COMPRESSED(v) || VARATT_IS_EXTERNAL(v)))
		return (text *) pg_detoast_datum_packed(v);
	return (text *) v;
}

/* ----------------------------------------------------------------------
 * Transition, combine, serialisation
 * ----------------------------------------------------------------------
 */

/*
 * (state, ok_zorgkantoor, ok_looptijd, zorgkantoor, peildatum,
 * referentiejaar [, declareert_sinds]).  A row whose contract columns are
 * both NULL is a provider without contracts (a LEFT JOIN); one of them NULL
 * is an error, since a contract without zorgkantoor or without term cannot
 * be judged.  An empty looptijd covers no day and is left out.
 */
Datum
wlz_klasse_stap(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	KlasseState *s = PG_ARGISNULL(0) ? NULL : (KlasseState *) PG_GETARG_POINTER(0);
	bool		met_declaratie = PG_NARGS() > 6;
	text	   *zk;
	const char *zorgkantoor;
	int32		zorgkantoor_len;
	DateADT		peildatum;
	int32		referentiejaar;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "wlz_klasse_stap called in non-aggregate context");

	if (PG_ARGISNULL(3) || PG_ARGISNULL(4) || PG_ARGISNULL(5))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s of a classification must not be null",
						PG_ARGISNULL(3) ? "zorgkantoor" :
						PG_ARGISNULL(4) ? "peildatum" : "referentiejaar"),
				 errdetail("A provider is classified for a zorgkantoor, on a peildatum, against a referentiejaar."),
				 errhint("For a provider without contracts put the constants in the select list: "
						 "wlz.aanbiederklasse(o.zorgkantoor, o.looptijd, 'cz', date '2025-07-01', 2024) "
						 "over a LEFT JOIN.")));

	zk = tekst_arg(PG_GETARG_DATUM(3));
	zorgkantoor = VARDATA_ANY(zk);
	zorgkantoor_len = VARSIZE_ANY_EXHDR(zk);
	peildatum = PG_GETARG_DATEADT(4);
	referentiejaar = PG_GETARG_INT32(5);

	if (DATE_NOT_FINITE(peildatum))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("peildatum of a classification must be a finite date"),
				 errhint("The peildatum is the day of inschrijving, such as date '2025-07-01'.")));
	if (referentiejaar < REFJAAR_MIN || referentiejaar > REFJAAR_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("referentiejaar %d is out of range", referentiejaar),
				 errhint("The referentiejaar is a calendar year from %d to %d, normally the year before the inkoopjaar.",
						 REFJAAR_MIN, REFJAAR_MAX)));

	if (s == NULL)
		s = nieuwe_state(aggcontext, zorgkantoor, zorgkantoor_len, peildatum,
						 referentiejaar, met_declaratie);
	else
		zelfde_vraag(s, zorgkantoor, zorgkantoor_len, peildatum, referentiejaar);

	if (met_declaratie && !PG_ARGISNULL(6))
	{
		DateADT		d = PG_GETARG_DATEADT(6);

		if (!s->declareert || d < s->declareert_sinds)
			s->declareert_sinds = d;
		s->declareert = true;
	}

	if (PG_ARGISNULL(1) != PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s of a contract must not be null",
						PG_ARGISNULL(1) ? "ok_zorgkantoor" : "ok_looptijd"),
				 errdetail("Only a row without any contract (both NULL, as a LEFT JOIN gives) may leave them out."),
				 errhint("Give each overeenkomst its zorgkantoor and looptijd, such as 'cz' and daterange('2024-01-01', '2025-01-01').")));

	if (!PG_ARGISNULL(1))
	{
		DateADT		lo,
					hi;

		if (contract_dagen(fcinfo, PG_GETARG_DATUM(2), &lo, &hi))
		{
			text	   *naam = tekst_arg(PG_GETARG_DATUM(1));

			voeg_contract_toe(s, aggcontext, lo, hi,
							  naam_index(s, aggcontext, VARDATA_ANY(naam),
										 VARSIZE_ANY_EXHDR(naam)));
		}
	}

	PG_RETURN_POINTER(s);
}

/* Combine: the contracts of s2 into s1, their names mapped to s1's table. */
Datum
wlz_klasse_samenvoegen(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	KlasseState *s1 = PG_ARGISNULL(0) ? NULL : (KlasseState *) PG_GETARG_POINTER(0);
	KlasseState *s2 = PG_ARGISNULL(1) ? NULL : (KlasseState *) PG_GETARG_POINTER(1);
	int32		map_vast[VAST_NAMEN];
	int32	   *map;
	int32		i;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "wlz_klasse_samenvoegen called in non-aggregate context");

	if (s2 == NULL)
	{
		if (s1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s1);
	}
	if (s1 == NULL)
		PG_RETURN_POINTER(kloon_state(aggcontext, s2));
	zelfde_vraag(s1, s2->zorgkantoor, s2->zorgkantoor_len, s2->peildatum,
				 s2->referentiejaar);

	if (s2->declareert &&
		(!s1->declareert || s2->declareert_sinds < s1->declareert_sinds))
		s1->declareert_sinds = s2->declareert_sinds;
	s1->declareert |= s2->declareert;

	map = s2->nnamen <= VAST_NAMEN ? map_vast : palloc(s2->nnamen * sizeof(int32));
	for (i = 0; i < s2->nnamen; i++)
		map[i] = naam_index(s1, aggcontext, s2->namen[i].tekst, s2->namen[i].len);
	for (i = 0; i < s2->ncontracten; i++)
		voeg_contract_toe(s1, aggcontext, s2->contracten[i].lo, s2->contracten[i].hi,
						  map[s2->contracten[i].naam]);
	if (map != map_vast)
		pfree(map);
	PG_RETURN_POINTER(s1);
}

/*
 * Serialised form (network byte order, for parallel workers only):
 * zorgkantoor, peildatum, referentiejaar, flags, declareert_sinds,
 * the names, then the contracts as (lo, hi, name index).  Texts are a
 * length and their bytes.  Written in one piece of the exact size.
 */
static inline char *
schrijf_int32(char *p, int32 v)
{
	uint32		n = pg_hton32((uint32) v);

	memcpy(p, &n, sizeof(n));
	return p + sizeof(n);
}

static inline char *
schrijf_tekst(char *p, const char *tekst, int32 len)
{
	p = schrijf_int32(p, len);
	memcpy(p, tekst, len);
	return p + len;
}

Datum
wlz_klasse_serialiseer(PG_FUNCTION_ARGS)
{
	KlasseState *s = (KlasseState *) PG_GETARG_POINTER(0);
	Size		grootte;
	bytea	   *b;
	char	   *p;
	int32		i;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "wlz_klasse_serialiseer called in non-aggregate context");

	grootte = VARHDRSZ + 4 + s->zorgkantoor_len + 4 + 4 + 1 + 4 + 4 + 4 +
		(Size) s->ncontracten * 12;
	for (i = 0; i < s->nnamen; i++)
		grootte += 4 + s->namen[i].len;

	b = palloc(grootte);
	SET_VARSIZE(b, grootte);
	p = VARDATA(b);
	p = schrijf_tekst(p, s->zorgkantoor, s->zorgkantoor_len);
	p = schrijf_int32(p, s->peildatum);
	p = schrijf_int32(p, s->referentiejaar);
	*p++ = (s->met_declaratie ? 1 : 0) | (s->declareert ? 2 : 0);
	p = schrijf_int32(p, s->declareert_sinds);
	p = schrijf_int32(p, s->nnamen);
	for (i = 0; i < s->nnamen; i++)
		p = schrijf_tekst(p, s->namen[i].tekst, s->namen[i].len);
	p = schrijf_int32(p, s->ncontracten);
	for (i = 0; i < s->ncontracten; i++)
	{
		p = schrijf_int32(p, s->contracten[i].lo);
		p = schrijf_int32(p, s->contracten[i].hi);
		p = schrijf_int32(p, s->contracten[i].naam);
	}
	Assert(p == (char *) b + grootte);
	PG_RETURN_BYTEA_P(b);
}

/* Reading the serialised form, with a bounds check on every read */
typedef struct Lezer
{
	const char *p;
	const char *eind;
} Lezer;

static pg_attribute_noreturn() void
corrupte_state(void)
{
	elog(ERROR, "corrupt wlz.aanbiederklasse state");
}

static inline int32
lees_int32(Lezer *l)
{
	uint32		n;

	if (l->eind - l->p < (ptrdiff_t) sizeof(n))
		corrupte_state();
	memcpy(&n, l->p, sizeof(n));
	l->p += sizeof(n);
	return (int32) pg_ntoh32(n);
}

/* a length and that many bytes; *len is set */
static inline const char *
lees_tekst(Lezer *l, int32 *len)
{
	const char *tekst;

	*len = lees_int32(l);
	if (*len < 0 || l->eind - l->p < *len)
		corrupte_state();
	tekst = l->p;
	l->p += *len;
	return tekst;
}

Datum
wlz_klasse_deserialiseer(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	Lezer		l;
	KlasseState *s;
	const char *zorgkantoor;
	int32		zorgkantoor_len;
	DateADT		peildatum;
	int32		referentiejaar;
	int			vlaggen;
	int32		n,
				i;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "wlz_klasse_deserialiseer called in non-aggregate context");

	l.p = VARDATA_ANY(b);
	l.eind = l.p + VARSIZE_ANY_EXHDR(b);

	zorgkantoor = lees_tekst(&l, &zorgkantoor_len);
	peildatum = lees_int32(&l);
	referentiejaar = lees_int32(&l);
	if (l.p >= l.eind)
		corrupte_state();
	vlaggen = (unsigned char) *l.p++;
	s = nieuwe_state(CurrentMemoryContext, zorgkantoor, zorgkantoor_len,
					 peildatum, referentiejaar, (vlaggen & 1) != 0);
	s->declareert = (vlaggen & 2) != 0;
	s->declareert_sinds = lees_int32(&l);
	n = lees_int32(&l);
	for (i = 0; i < n; i++)
	{
		int32		len;
		const char *naam = lees_tekst(&l, &len);

		if (naam_index(s, CurrentMemoryContext, naam, len) != i)
			corrupte_state();	/* the same name twice */
	}
	/* the contracts: reserve room for all, then read them straight in */
	n = lees_int32(&l);
	if (n < 0 || l.eind - l.p != (ptrdiff_t) n * 12)
		corrupte_state();
	if (n > s->maxcontracten)
	{
		s->maxcontracten = n;
		s->contracten = palloc(n * sizeof(Contract));
	}
	for (i = 0; i < n; i++)
	{
		Contract   *c = &s->contracten[i];

		c->lo = lees_int32(&l);
		c->hi = lees_int32(&l);
		c->naam = lees_int32(&l);
		if (c->naam < 0 || c->naam >= s->nnamen)
			corrupte_state();
	}
	s->ncontracten = n;
	PG_RETURN_POINTER(s);
}

/* ----------------------------------------------------------------------
 * The judgement
 * ----------------------------------------------------------------------
 */

static int
contract_cmp(const void *a, const void *b, void *arg)
{
	const Contract *x = a;
	const Contract *y = b;
	KlasseState *s = arg;
	int			c;

	if (x->naam != y->naam)
	{
		c = strcmp(s->namen[x->naam].tekst, s->namen[y->naam].tekst);
		if (c != 0)
			return c;
	}
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	if (x->hi != y->hi)
		return x->hi < y->hi ? -1 : 1;
	return 0;
}

/* "2024-01-01 t/m 2024-12-31", "vanaf 2024-01-01, doorlopend" */
static char *
periode_tekst(DateADT lo, DateADT hi)
{
	if (DATE_IS_NOEND(hi))
	{
		if (DATE_IS_NOBEGIN(lo))
			return pstrdup("onbepaald, doorlopend");
		return psprintf("vanaf %s, doorlopend", datum_tekst(lo));
	}
	if (DATE_IS_NOBEGIN(lo))
		return psprintf("t/m %s", datum_tekst(hi - 1));
	return psprintf("%s t/m %s", datum_tekst(lo), datum_tekst(hi - 1));
}

/* "op 2024-03-15" for one day, "van 2024-01-01 t/m 2024-01-31" for more */
static char *
gat_tekst(DateADT lo, DateADT hi)
{
	if (!DATE_NOT_FINITE(lo) && !DATE_NOT_FINITE(hi) && hi - lo == 1)
		return psprintf("op %s", datum_tekst(lo));
	return psprintf("van %s t/m %s", datum_tekst(lo), datum_tekst(hi - 1));
}

/*
 * Coverage of the window [wlo, whi) by the contracts c[0..n-1], sorted by
 * lo.  Contracts that overlap or meet (one's hi is the next one's lo) chain
 * into one stretch.  True when one stretch holds the whole window; it is
 * returned in *dek_lo, *dek_hi.  Otherwise *gat_lo, *gat_hi is the first
 * stretch of days in the window that no contract covers.
 */
static bool
dekt(const Contract *c, int32 n, DateADT wlo, DateADT whi,
	 DateADT *gat_lo, DateADT *gat_hi, DateADT *dek_lo, DateADT *dek_hi)
{
	int32		i = 0;

	while (i < n)
	{
		DateADT		a = c[i].lo;
		DateADT		b = c[i].hi;

		for (i++; i < n && c[i].lo <= b; i++)
			b = Max(b, c[i].hi);

		/* [a, b) is a stretch; the next one, if any, starts after b */
		if (b <= wlo)
			continue;
		if (a > wlo)
		{
			*gat_lo = wlo;
			*gat_hi = Min(a, whi);
			return false;
		}
		if (b >= whi)
		{
			*dek_lo = a;
			*dek_hi = b;
			return true;
		}
		*gat_lo = b;
		*gat_hi = i < n ? Min(c[i].lo, whi) : whi;
		return false;
	}
	*gat_lo = wlo;
	*gat_hi = whi;
	return false;
}

static void
bepaal(KlasseState *s, Oordeel *o, bool vorm_op_peiljaar)
{
	int32		n = s->ncontracten;
	Contract   *c = palloc(Max(n, 1) * sizeof(Contract));
	int32		zelf = s->zelf;
	DateADT		p = s->peildatum;
	int32		jaar = s->referentiejaar;
	DateADT		ref_lo = eerste_januari(jaar);
	DateADT		ref_hi = eerste_januari(jaar + 1);
	int32		vormjaar = jaar;	/* the year the contractvorm is judged on */
	DateADT		vorm_lo,
				vorm_hi;
	int32		i,
				j;
	int32		zelf_begin = -1,
				zelf_eind = -1; /* this zorgkantoor's contracts c[begin..eind) */
	int32		lopend = -1;	/* its contract in force on p, if any */
	int32		naast = -1;		/* else the one nearest to p */
	StringInfoData t;

	if (vorm_op_peiljaar)
	{
		int			m,
					d;

		j2date(p + POSTGRES_EPOCH_JDATE, &vormjaar, &m, &d);
	}
	vorm_lo = eerste_januari(vormjaar);
	vorm_hi = eerste_januari(vormjaar + 1);

	memcpy(c, s->contracten, n * sizeof(Contract));
	qsort_arg(c, n, sizeof(Contract), contract_cmp, s);

	for (i = 0; i < n; i++)
	{
		if (c[i].naam != zelf)
			continue;
		if (zelf_begin < 0)
			zelf_begin = i;
		zelf_eind = i + 1;
		if (c[i].lo <= p && p < c[i].hi)
		{
			/* the one running longest; among those the earliest */
			if (lopend < 0 || c[i].hi > c[lopend].hi)
				lopend = i;
		}
		else if (c[i].hi <= p)
		{
			/* ended: the most recent */
			if (naast < 0 || c[naast].lo > p || c[i].hi > c[naast].hi)
				naast = i;
		}
		else if (naast < 0 || (c[naast].lo > p && c[i].lo < c[naast].lo))
			naast = i;			/* starts later: the first of those */
	}

	initStringInfo(&t);

	if (lopend >= 0)
	{
		DateADT		gat_lo,
					gat_hi,
					dek_lo,
					dek_hi;

		o->klasse = KLASSE_BESTAAND;
		appendStringInfo(&t, "overeenkomst met %s (%s) loopt op de peildatum %s",
						 s->zorgkantoor, periode_tekst(c[lopend].lo, c[lopend].hi),
						 datum_tekst(p));
		if (c[lopend].hi > vorm_hi)
		{
			o->contractvorm = "meerjarig";
			appendStringInfo(&t, " en loopt door in %d: meerjarig", vormjaar + 1);
		}
		else if (dekt(c + zelf_begin, zelf_eind - zelf_begin, vorm_lo, vorm_hi,
					  &gat_lo, &gat_hi, &dek_lo, &dek_hi))
		{
			o->contractvorm = "heel-jaar";
			appendStringInfo(&t, "; de overeenkomsten met %s dekken heel %d: heel-jaar",
							 s->zorgkantoor, vormjaar);
		}
		else
		{
			o->contractvorm = "deel-jaar";
			appendStringInfo(&t, "; de overeenkomsten met %s dekken %d niet helemaal (geen overeenkomst %s): deel-jaar",
							 s->zorgkantoor, vormjaar, gat_tekst(gat_lo, gat_hi));
		}
		o->toelichting = t.data;
		return;
	}

	o->contractvorm = NULL;
	o->klasse = KLASSE_NIEUW;

	if (n == 0)
	{
		o->toelichting = pstrdup("geen enkele overeenkomst");
		return;
	}

	appendStringInfo(&t, "geen overeenkomst met %s op de peildatum %s",
					 s->zorgkantoor, datum_tekst(p));
	if (naast >= 0)
		appendStringInfo(&t, c[naast].hi <= p ? " (die van %s is afgelopen)" : " (die van %s begint later)",
						 periode_tekst(c[naast].lo, c[naast].hi));

	{
		/* every other zorgkantoor on its own; the best one decides */
		DateADT		wlo = Min(ref_lo, p);
		DateADT		whi = Max(ref_hi, p + 1);
		int32		beste = -1; /* first index of the best zorgkantoor */
		bool		beste_dekt = false;
		DateADT		beste_gat_lo = 0,
					beste_gat_hi = 0,
					beste_dek_lo = 0,
					beste_dek_hi = 0;

		for (i = 0; i < n; i = j)
		{
			DateADT		gat_lo,
						gat_hi,
						dek_lo,
						dek_hi;
			bool		ok;

			for (j = i + 1; j < n && c[j].naam == c[i].naam; j++)
				;
			if (c[i].naam == zelf)
				continue;
			ok = dekt(c + i, j - i, wlo, whi, &gat_lo, &gat_hi, &dek_lo, &dek_hi);
			if (ok)
			{
				if (!beste_dekt)
				{
					beste = i;
					beste_dekt = true;
					beste_dek_lo = dek_lo;
					beste_dek_hi = dek_hi;
				}
			}
			else if (!beste_dekt && (beste < 0 || gat_lo > beste_gat_lo))
			{
				beste = i;
				beste_gat_lo = gat_lo;
				beste_gat_hi = gat_hi;
			}
		}

		if (beste < 0)
		{
			appendStringInfoString(&t, "; geen overeenkomst met een ander zorgkantoor");
		}
		else if (!beste_dekt)
		{
			appendStringInfo(&t, "; de overeenkomsten met %s dekken %d en de peildatum niet zonder onderbreking: geen overeenkomst %s",
							 s->namen[c[beste].naam].tekst, jaar,
							 gat_tekst(beste_gat_lo, beste_gat_hi));
		}
		else
		{
			appendStringInfo(&t, "; de overeenkomsten met %s dekken %d en de peildatum zonder onderbreking (%s)",
							 s->namen[c[beste].naam].tekst, jaar,
							 periode_tekst(beste_dek_lo, beste_dek_hi));
			if (!s->met_declaratie)
				o->klasse = KLASSE_BESTAAND_MAAR_NIEUW;
			else if (!s->declareert)
				appendStringInfoString(&t, ", maar de aanbieder declareert geen Wlz-zorg");
			else if (s->declareert_sinds > ref_lo)
				appendStringInfo(&t, ", maar de aanbieder declareert pas sinds %s, na 1 januari %d",
								 datum_tekst(s->declareert_sinds), jaar);
			else
			{
				o->klasse = KLASSE_BESTAAND_MAAR_NIEUW;
				appendStringInfo(&t, "; declareert Wlz-zorg sinds %s",
								 datum_tekst(s->declareert_sinds));
			}
		}
	}
	o->toelichting = t.data;
}

/* contracts by zorgkantoor (index in the state), then lo, then hi */
static inline int
contract_index_cmp(const Contract *x, const Contract *y)
{
	if (x->naam != y->naam)
		return x->naam < y->naam ? -1 : 1;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	if (x->hi != y->hi)
		return x->hi < y->hi ? -1 : 1;
	return 0;
}

static int
contract_index_qsort_cmp(const void *a, const void *b)
{
	return contract_index_cmp(a, b);
}

/*
 * The class alone, for wlz.aanbiederklasse: the same decision as bepaal,
 * without the toelichting and the contractvorm, which only
 * wlz.klassificatie returns.  bepaal sorts by the zorgkantoren's names
 * because its toelichting names the first one that covers the window; for
 * the class it only matters whether one does, so the contracts are grouped
 * by the index of their zorgkantoor, with an insertion sort for the few
 * contracts a provider has.
 */
static Klasse
alleen_klasse(const KlasseState *s)
{
	const Contract *alle = s->contracten;
	int32		n = s->ncontracten;
	DateADT		p = s->peildatum;
	DateADT		ref_lo = eerste_januari(s->referentiejaar);
	DateADT		ref_hi = eerste_januari(s->referentiejaar + 1);
	DateADT		wlo = Min(ref_lo, p);
	DateADT		whi = Max(ref_hi, p + 1);
	Contract	vast[32];
	Contract   *c;
	int32		m = 0;
	int32		i,
				j;
	Klasse		klasse = KLASSE_NIEUW;

	/* bestaand: a contract with this zorgkantoor is in force on the peildatum */
	for (i = 0; i < n; i++)
		if (alle[i].naam == s->zelf && alle[i].lo <= p && p < alle[i].hi)
			return KLASSE_BESTAAND;

	/* in the 6-argument form bestaand-maar-nieuw also needs the declarations */
	if (s->met_declaratie && (!s->declareert || s->declareert_sinds > ref_lo))
		return KLASSE_NIEUW;

	/* the contracts with other zorgkantoren, grouped by zorgkantoor, by lo */
	c = (n <= lengthof(vast)) ? vast : palloc(n * sizeof(Contract));
	for (i = 0; i < n; i++)
		if (alle[i].naam != s->zelf)
			c[m++] = alle[i];
	if (m <= lengthof(vast))
	{
		for (i = 1; i < m; i++)
		{
			Contract	x = c[i];

			for (j = i; j > 0 && contract_index_cmp(&x, &c[j - 1]) < 0; j--)
				c[j] = c[j - 1];
			c[j] = x;
		}
	}
	else
		qsort(c, m, sizeof(Contract), contract_index_qsort_cmp);

	/* bestaand-maar-nieuw when one of them covers the window on its own */
	for (i = 0; i < m; i = j)
	{
		DateADT		gat_lo,
					gat_hi,
					dek_lo,
					dek_hi;

		for (j = i + 1; j < m && c[j].naam == c[i].naam; j++)
			;
		if (dekt(c + i, j - i, wlo, whi, &gat_lo, &gat_hi, &dek_lo, &dek_hi))
		{
			klasse = KLASSE_BESTAAND_MAAR_NIEUW;
			break;
		}
	}
	if (c != vast)
		pfree(c);
	return klasse;
}

/* ----------------------------------------------------------------------
 * Final functions
 * ----------------------------------------------------------------------
 */

/* The OIDs of the three labels of wlz.aanbiederklasse, per call site. */
typedef struct KlasseCache
{
	Oid			labels[3];
	TupleDesc	tupdesc;		/* wlz.klassificatie, for that aggregate */
} KlasseCache;

static void
zoek_labels(KlasseCache *k, Oid enumtype)
{
	int			i;

	for (i = 0; i < 3; i++)
	{
		HeapTuple	tup = SearchSysCache2(ENUMTYPOIDNAME,
										  ObjectIdGetDatum(enumtype),
										  CStringGetDatum(klasse_labels[i]));

		if (!HeapTupleIsValid(tup))
			elog(ERROR, "label \"%s\" of wlz.aanbiederklasse not found",
				 klasse_labels[i]);
		k->labels[i] = ((Form_pg_enum) GETSTRUCT(tup))->oid;
		ReleaseSysCache(tup);
	}
}

Datum
wlz_aanbiederklasse_uitkomst(PG_FUNCTION_ARGS)
{
	KlasseCache *k = fcinfo->flinfo->fn_extra;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();

	if (k == NULL)
	{
		k = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(KlasseCache));
		zoek_labels(k, get_func_rettype(fcinfo->flinfo->fn_oid));
		fcinfo->flinfo->fn_extra = k;
	}
	PG_RETURN_OID(k->labels[alleen_klasse((KlasseState *) PG_GETARG_POINTER(0))]);
}

/*
 * The final function of wlz.klassificatie; vorm_op_peiljaar false is 0.1.0's
 * behaviour (contractvorm on the referentiejaar), true 0.2.0's (on the
 * calendar year of the peildatum).
 */
static Datum
klassificatie_uitkomst(FunctionCallInfo fcinfo, bool vorm_op_peiljaar)
{
	KlasseCache *k = fcinfo->flinfo->fn_extra;
	Oordeel		o;
	Datum		waarden[3];
	bool		nulls[3] = {false, false, false};

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();

	if (k == NULL)
	{
		MemoryContext oud = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		TupleDesc	td;

		k = palloc0(sizeof(KlasseCache));
		if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "wlz.klassificatie must return a composite type");
		k->tupdesc = BlessTupleDesc(CreateTupleDescCopy(td));
		zoek_labels(k, TupleDescAttr(k->tupdesc, 0)->atttypid);
		fcinfo->flinfo->fn_extra = k;
		MemoryContextSwitchTo(oud);
	}

	bepaal((KlasseState *) PG_GETARG_POINTER(0), &o, vorm_op_peiljaar);
	waarden[0] = ObjectIdGetDatum(k->labels[o.klasse]);
	if (o.contractvorm)
		waarden[1] = CStringGetTextDatum(o.contractvorm);
	else
		nulls[1] = true;
	waarden[2] = CStringGetTextDatum(o.toelichting);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(k->tupdesc, waarden, nulls)));
}

/* 0.1.0's SQL: the contractvorm on the referentiejaar (SPEC 7: unchanged) */
Datum
wlz_klassificatie_uitkomst(PG_FUNCTION_ARGS)
{
	return klassificatie_uitkomst(fcinfo, false);
}

/* from 0.2.0: the contractvorm on the calendar year of the peildatum */
Datum
wlz_klassificatie_uitkomst_peiljaar(PG_FUNCTION_ARGS)
{
	return klassificatie_uitkomst(fcinfo, true);
}
