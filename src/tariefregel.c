/*
 * tariefregel.c
 *	  The tariff rule engine: wlz.tariefpercentage and
 *	  wlz.tariefpercentage_uitleg (SPEC 4.2-4.3).
 *
 * Evaluation starts at the richttariefpercentage (RT%) of the sector and
 * year, applies the matching rules of wlz.tariefregel for the zorgkantoor,
 * sector (or all sectors) and year in (volgorde, id) order, honours groep
 * (of matching rules with one groep only the first applies) and eindregel
 * (stop after this rule), and keeps the result within 0-100.
 *
 * Since 0.2.0 a rule holds for the years jaar to tot_en_met, a maximum or
 * minimum may take its bound from a basis (the RT%, the historical
 * percentage, or the regular answer: the same call evaluated without a
 * historical percentage), and a zorgkantoor, sector and year without any
 * rule is an error rather than the bare RT% (issue 15).  The symbols of
 * 0.1.0 keep their behaviour: one year per rule, no basis, no such error.
 *
 * Two halves: loading (SPI, into a Beleid: the RT% and the rules, every
 * operand that does not depend on the call resolved) and evaluation (a pure
 * walk over a Beleid for one call, which never reads a table).
 *
 * Per-query cache.  The rules and RT% of one (zorgkantoor, sector, jaar) are
 * read with SPI once, into a hash table hung off fn_extra, in a child of
 * fn_mcxt; wlz.prestatie is read once, when a prestatie is first given.  A
 * row then costs a key comparison (or a hash probe when the key changed), a
 * walk over a small array of rules and a few numeric operations.
 *
 * The cache must never outlive what it describes.  fn_extra normally lives
 * for one query, but PL/pgSQL keeps the expression state of a "simple
 * expression" for the whole transaction, so a loop in a function could
 * otherwise see rules that an UPDATE in the same loop has changed.  The cache
 * therefore remembers the snapshot it was filled under (xmin, xmax, the
 * number of running transactions, the completion counter and the command id)
 * and starts afresh when the active snapshot differs: within one statement
 * nothing changes, a new statement that can see other data reloads.
 */
#include "wlzcontract.h"

#include "access/htup_details.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/fmgrprotos.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

PG_FUNCTION_INFO_V1(wlz_tariefpercentage);
PG_FUNCTION_INFO_V1(wlz_tariefpercentage_uitleg);
PG_FUNCTION_INFO_V1(wlz_tariefpercentage_0_2);
PG_FUNCTION_INFO_V1(wlz_tariefpercentage_uitleg_0_2);
PG_FUNCTION_INFO_V1(wlz_tariefbeleid);
PG_FUNCTION_INFO_V1(wlz_tariefpercentage_beleid);
PG_FUNCTION_INFO_V1(wlz_tariefpercentage_uitleg_beleid);

/*
 * Where the policy is read.  The SQL of a version calls the C symbols of that
 * version, and a database keeps running its old SQL against a new library
 * until ALTER EXTENSION ... UPDATE (SPEC 7), so each symbol keeps the queries
 * of the version that introduced it.  0.1.0 read the tables; 0.2.0 reads the
 * rows that apply (the views *_geldend: a user's row in place of the shipped
 * row it replaces, switched-off rows left out).
 */
typedef struct Bronnen
{
	const char *zorgkantoor;	/* $1 code */
	const char *richttarief;	/* $1 sector, $2 jaar */
	const char *regels;			/* REGEL_KOLOMMEN and basis; $1 zorgkantoor,
								 * $2 sector, $3 jaar */
	const char *prestaties;
	const char *jaren;			/* NULL: no rules is the bare RT% (0.1.0);
								 * else no rules is an error, and this lists
								 * the (sector, jaar, tot en met) a
								 * zorgkantoor ($1) does have, for its hint */
} Bronnen;

/* The columns of a rule, in the order regels_laden reads them; basis last. */
#define REGEL_KOLOMMEN \
	"id, bewerking::pg_catalog.text, bewerking, waarde, eindregel, klassen, " \
	"leveringsvormen, zorgprofielen, prestaties, kenmerk, groep, bron, toelichting"

static const Bronnen bronnen_0_1 = {
	"SELECT 1 FROM wlz.zorgkantoor WHERE code OPERATOR(pg_catalog.=) $1",
	"SELECT percentage, bron FROM wlz.richttarief "
	"WHERE sector OPERATOR(pg_catalog.=) $1 AND jaar OPERATOR(pg_catalog.=) $2",
	"SELECT " REGEL_KOLOMMEN ", NULL::pg_catalog.text AS basis FROM wlz.tariefregel "
	"WHERE zorgkantoor OPERATOR(pg_catalog.=) $1 "
	"AND jaar OPERATOR(pg_catalog.=) $3 "
	"AND (sector IS NULL OR sector OPERATOR(pg_catalog.=) $2) "
	"ORDER BY volgorde, id",
	"SELECT code, zorgprofiel, leveringsvorm FROM wlz.prestatie",
	NULL
};

/* Which rules of tariefregel_geldend apply to $1 zorgkantoor, $2 sector, $3 jaar. */
#define REGELS_WAAR_0_2 \
	"WHERE zorgkantoor OPERATOR(pg_catalog.=) $1 " \
	"AND jaar OPERATOR(pg_catalog.<=) $3 " \
	"AND coalesce(tot_en_met, jaar) OPERATOR(pg_catalog.>=) $3 " \
	"AND (sector IS NULL OR sector OPERATOR(pg_catalog.=) $2) "

static const Bronnen bronnen_0_2 = {
	"SELECT 1 FROM wlz.zorgkantoor_geldend WHERE code OPERATOR(pg_catalog.=) $1",
	"SELECT percentage, bron FROM wlz.richttarief_geldend "
	"WHERE sector OPERATOR(pg_catalog.=) $1 AND jaar OPERATOR(pg_catalog.=) $2",
	"SELECT " REGEL_KOLOMMEN ", basis FROM wlz.tariefregel_geldend "
	REGELS_WAAR_0_2 "ORDER BY volgorde, id",
	"SELECT code, zorgprofiel, leveringsvorm FROM wlz.prestatie_geldend",
	"SELECT DISTINCT sector, sector::pg_catalog.text, jaar, coalesce(tot_en_met, jaar) "
	"FROM wlz.tariefregel_geldend WHERE zorgkantoor OPERATOR(pg_catalog.=) $1 "
	"ORDER BY 1 NULLS LAST, 3, 4"
};

/* wlz.bewerking, in the order of its labels */
typedef enum Bewerking
{
	B_RICHTTARIEF, B_VAST, B_HISTORISCH, B_OPSLAG, B_AFSLAG, B_FACTOR,
	B_MAXIMUM, B_MINIMUM
} Bewerking;

static const char *const bewerking_labels[] = {
	"richttarief", "vast", "historisch", "opslag", "afslag", "factor",
	"maximum", "minimum"
};

/* wlz.tariefregel.basis: where the bound of a maximum or minimum comes from */
typedef enum Basis
{
	BASIS_GEEN,					/* waarde, or the RT% when waarde is NULL */
	BASIS_RICHTTARIEF,			/* RT% + waarde */
	BASIS_HISTORISCH,			/* the historical percentage + waarde */
	BASIS_REGULIER				/* the regular answer + waarde */
} Basis;

/* A string in cache memory (not NUL-terminated as far as users go). */
typedef struct Tekst
{
	const char *s;
	int			len;
} Tekst;

/* One row of wlz.tariefregel, ready to match and apply. */
typedef struct Regel
{
	int32		id;
	Bewerking	bewerking;
	Oid			bewerking_oid;	/* the enum value, for the explanation */
	bool		eindregel;
	Basis		basis;
	Datum		operand;		/* numeric the step computes with; for basis
								 * historisch and regulier: the amount added
								 * to the basis, the bound is per call */
	Datum		getoond;		/* numeric the explanation shows as waarde
								 * (per call where the operand is) */
	int			nklassen;		/* -1: any (NULL scope) */
	Oid		   *klassen;
	int			nvormen;
	Oid		   *vormen;
	int			nprofielen;
	int16	   *profielen;
	int			nprestaties;
	Tekst	   *prestaties;
	Tekst		kenmerk;		/* s == NULL: any */
	int			groep;			/* index into the groups, -1: none */
	char	   *bron;
	char	   *toelichting;
} Regel;

/* The policy of one (zorgkantoor, sector, jaar): RT% and ordered rules. */
typedef struct Beleid
{
	/* key */
	char	   *zorgkantoor;
	int			zklen;
	Oid			sector;
	int32		jaar;
	uint32		hash;
	/* value */
	char	   *sectornaam;
	Datum		richttarief;	/* numeric */
	char	   *rt_bron;
	int			nregels;
	Regel	   *regels;
	int			ngroepen;
	struct prestatietabel_hash *prestaties; /* a value's own; NULL: the
											 * cache's, from wlz.prestatie */
	Datum		waarde;			/* wlz.tariefbeleid() of this key, once made
								 * ((Datum) 0: not yet) */
} Beleid;

typedef struct BeleidElement
{
	Beleid	   *sleutel;		/* the key lives in the Beleid */
	uint32		hash;
	char		status;
} BeleidElement;

static inline bool
beleid_zelfde(const Beleid *a, const Beleid *b)
{
	return a->sector == b->sector && a->jaar == b->jaar && a->zklen == b->zklen &&
		memcmp(a->zorgkantoor, b->zorgkantoor, a->zklen) == 0;
}

#define SH_PREFIX		beleidtabel
#define SH_ELEMENT_TYPE	BeleidElement
#define SH_KEY_TYPE		Beleid *
#define SH_KEY			sleutel
#define SH_HASH_KEY(tb, key)	((key)->hash)
#define SH_EQUAL(tb, a, b)		beleid_zelfde(a, b)
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a)		((a)->hash)
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

/* One row of wlz.prestatie: what a prestatie fills in. */
typedef struct Prestatie
{
	Tekst		code;
	uint32		hash;
	int16		profiel;		/* -1: none */
	Oid			vorm;			/* InvalidOid: none */
} Prestatie;

typedef struct PrestatieElement
{
	Prestatie  *sleutel;
	uint32		hash;
	char		status;
} PrestatieElement;

static inline bool
prestatie_zelfde(const Prestatie *a, const Prestatie *b)
{
	return a->code.len == b->code.len && memcmp(a->code.s, b->code.s, a->code.len) == 0;
}

#define SH_PREFIX		prestatietabel
#define SH_ELEMENT_TYPE	PrestatieElement
#define SH_KEY_TYPE		Prestatie *
#define SH_KEY			sleutel
#define SH_HASH_KEY(tb, key)	((key)->hash)
#define SH_EQUAL(tb, a, b)		prestatie_zelfde(a, b)
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a)		((a)->hash)
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

/* What fn_extra holds. */
typedef struct Cache
{
	const Bronnen *bronnen;		/* the queries of the calling symbol */
	MemoryContext mcxt;			/* the data below; reset on a new snapshot */
	bool		geldig;			/* filled under the snapshot below */
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	uint64		voltooid;		/* snapXactCompletionCount */
	CommandId	curcid;
	beleidtabel_hash *beleid;
	Beleid	   *laatste;		/* the last policy used */
	prestatietabel_hash *prestaties;	/* NULL until a prestatie is given */

	/* the last zorgprofiel argument and its number; independent of data */
	char		profiel_tekst[32];
	int			profiel_len;	/* -1: none yet */
	int			profiel;

	/* constants, in fn_mcxt */
	Datum		nul;
	Datum		honderd;
	Datum		centiem;

	/*
	 * Policies decoded from wlz.tariefbeleid values, by the values'
	 * fingerprints.  They depend on the value alone, so no snapshot resets
	 * them; a call site that sees more than WAARDEN_MAX values starts over.
	 */
#define WAARDEN_MAX 16
	MemoryContext waarden_mcxt;
	int			nwaarden;
	uint64		vingerafdrukken[WAARDEN_MAX];
	Beleid	   *waarden[WAARDEN_MAX];

	/* wlz.bewerking values for the explanation, looked up once per query */
	Oid			oid_richttarief;
	Oid			oid_maximum;
	Oid			oid_minimum;
} Cache;

/* The arguments of one call. */
typedef struct Invoer
{
	text	   *zorgkantoor;
	Oid			sector;
	int32		jaar;
	text	   *prestatie;		/* NULL: not given */
	int			profiel;		/* -1: not given */
	Oid			vorm;			/* InvalidOid: not given */
	Oid			klasse;			/* InvalidOid: NULL */
	bool		heeft_historisch;
	Datum		historisch;
	ArrayType  *kenmerken;		/* NULL: none */
	bool		kenmerken_gelezen;
	int			nkenmerken;
	Datum	   *kenmerk_waarden;
	bool	   *kenmerk_nulls;
	bool		regulier;		/* evaluating the regular path: no historical
								 * percentage, no kenmerk 'historisch', no
								 * rule with basis regulier */
} Invoer;

/* Where the explanation goes (NULL for wlz.tariefpercentage). */
typedef struct Uitleg
{
	Tuplestorestate *store;
	TupleDesc	tupdesc;
} Uitleg;


/* ------------------------------------------------------------------------
 * The cache
 * ------------------------------------------------------------------------
 */

static void
cache_legen(Cache *c)
{
	MemoryContextReset(c->mcxt);
	c->beleid = beleidtabel_create(c->mcxt, 8, NULL);
	c->laatste = NULL;
	c->prestaties = NULL;
}

/* A new cache in mcxt (a call site's fn_mcxt). */
static Cache *
cache_maken(MemoryContext mcxt, const Bronnen *bronnen)
{
	MemoryContext oud = MemoryContextSwitchTo(mcxt);
	Cache	   *c = palloc0(sizeof(Cache));

	c->mcxt = AllocSetContextCreate(mcxt, "wlz tariefbeleid", ALLOCSET_SMALL_SIZES);
	c->waarden_mcxt = AllocSetContextCreate(mcxt, "wlz tariefbeleid waarden",
											ALLOCSET_SMALL_SIZES);
	c->bronnen = bronnen;
	c->profiel_len = -1;
	c->nul = NumericGetDatum(int64_to_numeric(0));
	c->honderd = NumericGetDatum(int64_to_numeric(100));
	c->centiem = NumericGetDatum(int64_div_fast_to_numeric(1, 2));
	MemoryContextSwitchTo(oud);
	cache_legen(c);
	return c;
}

/* The cache of this call site (fn_extra), made on first use. */
static Cache *
cache_van_aanroep(FunctionCallInfo fcinfo, const Bronnen *bronnen)
{
	/* A C caller through DirectFunctionCall has no FmgrInfo to cache in. */
	if (fcinfo->flinfo == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("wlz.tariefpercentage must be called through the function manager"),
				 errhint("Call it with FunctionCall or OidFunctionCall, not DirectFunctionCall.")));
	if (fcinfo->flinfo->fn_extra == NULL)
		fcinfo->flinfo->fn_extra = cache_maken(fcinfo->flinfo->fn_mcxt, bronnen);
	return (Cache *) fcinfo->flinfo->fn_extra;
}

/* The cache of this call site, valid for the active snapshot. */
static Cache *
cache_ophalen(FunctionCallInfo fcinfo, const Bronnen *bronnen)
{
	Cache	   *c;
	Snapshot	snap;

	c = cache_van_aanroep(fcinfo, bronnen);

	if (!ActiveSnapshotSet())
	{
		/* nothing to compare with: never reuse what we read */
		if (c->geldig || c->laatste != NULL || c->prestaties != NULL)
			cache_legen(c);
		c->geldig = false;
		return c;
	}

	snap = GetActiveSnapshot();
	if (c->geldig && snap->xmin == c->xmin && snap->xmax == c->xmax &&
		snap->xcnt == c->xcnt && snap->curcid == c->curcid &&
		snap->snapXactCompletionCount == c->voltooid)
		return c;

	cache_legen(c);
	c->geldig = true;
	c->xmin = snap->xmin;
	c->xmax = snap->xmax;
	c->xcnt = snap->xcnt;
	c->curcid = snap->curcid;
	c->voltooid = snap->snapXactCompletionCount;
	return c;
}

/*
 * SPI around a loader: connect, and make sure a snapshot is active (there is
 * one whenever a query calls us; a bare fmgr call might have none).
 */
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

static void
spi_lees(const char *sql, int nargs, Oid *typen, Datum *waarden)
{
	int			ret = SPI_execute_with_args(sql, nargs, typen, waarden, NULL, true, 0);

	if (ret != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(ret));
}

/*
 * Rows that did not come from SPI: the rules and prestaties a wlz.tariefbeleid
 * value carries, decoded into the Datums the SPI queries would have given,
 * so that one loader reads both.
 */
typedef struct Rijen
{
	int			n;				/* rows */
	int			ncol;			/* columns */
	Datum	   *waarden;		/* n * ncol */
	bool	   *nulls;
} Rijen;

/* Column n (1-based) of row i of rijen, or of the last SPI result (NULL). */
static Datum
kolom(const Rijen *rijen, int i, int n, bool *isnull)
{
	if (rijen != NULL)
	{
		*isnull = rijen->nulls[i * rijen->ncol + n - 1];
		return rijen->waarden[i * rijen->ncol + n - 1];
	}
	return SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, n, isnull);
}

static int
aantal_rijen(const Rijen *rijen)
{
	return rijen != NULL ? rijen->n : (int) SPI_processed;
}

static char *
kolom_tekst(const Rijen *rijen, int i, int n, MemoryContext mcxt)
{
	bool		isnull;
	Datum		d = kolom(rijen, i, n, &isnull);
	char	   *s;
	MemoryContext oud;

	if (isnull)
		return NULL;
	oud = MemoryContextSwitchTo(mcxt);
	s = TextDatumGetCString(d);
	MemoryContextSwitchTo(oud);
	return s;
}

/* The elements of an array of enum values (NULL elements are left out). */
static int
lees_oids(Datum d, Oid **uit, MemoryContext mcxt)
{
	ArrayType  *a = DatumGetArrayTypeP(d);
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				m = 0;

	deconstruct_array(a, ARR_ELEMTYPE(a), sizeof(Oid), true, TYPALIGN_INT,
					  &elems, &nulls, &n);
	*uit = MemoryContextAlloc(mcxt, sizeof(Oid) * Max(n, 1));
	for (int i = 0; i < n; i++)
		if (!nulls[i])
			(*uit)[m++] = DatumGetObjectId(elems[i]);
	return m;
}

/* The elements of a text[] as Tekst (NULL elements are left out). */
static int
lees_teksten(Datum d, Tekst **uit, MemoryContext mcxt)
{
	ArrayType  *a = DatumGetArrayTypeP(d);
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				m = 0;

	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	*uit = MemoryContextAlloc(mcxt, sizeof(Tekst) * Max(n, 1));
	for (int i = 0; i < n; i++)
	{
		text	   *t;

		if (nulls[i])
			continue;
		t = DatumGetTextPP(elems[i]);
		(*uit)[m].len = VARSIZE_ANY_EXHDR(t);
		(*uit)[m].s = MemoryContextAlloc(mcxt, Max((*uit)[m].len, 1));
		memcpy((char *) (*uit)[m].s, VARDATA_ANY(t), (*uit)[m].len);
		m++;
	}
	return m;
}

/* Error context while a row of a policy table is read. */
static void
regel_context(void *arg)
{
	errcontext("%s", (const char *) arg);
}

static Bewerking
bewerking_van(const char *label)
{
	for (int b = 0; b < (int) lengthof(bewerking_labels); b++)
		if (strcmp(label, bewerking_labels[b]) == 0)
			return (Bewerking) b;
	elog(ERROR, "unknown wlz.bewerking \"%s\"", label);
	return B_RICHTTARIEF;		/* keep the compiler quiet */
}

static Basis
basis_van(const char *label)
{
	if (label == NULL)
		return BASIS_GEEN;
	if (strcmp(label, "richttarief") == 0)
		return BASIS_RICHTTARIEF;
	if (strcmp(label, "historisch") == 0)
		return BASIS_HISTORISCH;
	if (strcmp(label, "regulier") == 0)
		return BASIS_REGULIER;
	elog(ERROR, "unknown basis \"%s\"", label);
	return BASIS_GEEN;			/* keep the compiler quiet */
}

/* Query the rules of b's key with SPI (we are connected); regels_laden reads them. */
static void
regels_lezen(Cache *c, Beleid *b, Oid sectortype)
{
	Oid			typen[3] = {TEXTOID, sectortype, INT4OID};
	Datum		waarden[3];

	waarden[0] = PointerGetDatum(cstring_to_text_with_len(b->zorgkantoor, b->zklen));
	waarden[1] = ObjectIdGetDatum(b->sector);
	waarden[2] = Int32GetDatum(b->jaar);
	spi_lees(c->bronnen->regels, 3, typen, waarden);
}

/* The rows of regels_lezen into b (key and RT% filled in). */
static void
regels_laden(Cache *c, Beleid *b, const Rijen *rijen, MemoryContext mcxt)
{
	char	   *groepen[64];
	char	  **groepnamen = groepen;
	int			maxgroepen = lengthof(groepen);
	ErrorContextCallback errcb;
	char		context[64];

	b->nregels = aantal_rijen(rijen);
	b->regels = MemoryContextAllocZero(mcxt, sizeof(Regel) * Max(b->nregels, 1));
	b->ngroepen = 0;

	errcb.callback = regel_context;
	errcb.arg = context;
	errcb.previous = error_context_stack;
	error_context_stack = &errcb;

	for (int i = 0; i < b->nregels; i++)
	{
		Regel	   *r = &b->regels[i];
		bool		isnull;
		Datum		d;
		Datum		waarde;
		bool		waarde_null;
		char	   *label;

		r->id = DatumGetInt32(kolom(rijen, i, 1, &isnull));
		snprintf(context, sizeof(context), "wlz.tariefregel with id %d", r->id);
		label = kolom_tekst(rijen, i, 2, CurrentMemoryContext);
		r->bewerking = bewerking_van(label);
		r->bewerking_oid = DatumGetObjectId(kolom(rijen, i, 3, &isnull));
		d = kolom(rijen, i, 4, &waarde_null);
		waarde = (Datum) 0;
		if (!waarde_null)
		{
			/* a plain (4-byte header) copy in cache memory */
			MemoryContext oud = MemoryContextSwitchTo(mcxt);

			waarde = NumericGetDatum(DatumGetNumericCopy(d));
			MemoryContextSwitchTo(oud);
		}
		r->eindregel = DatumGetBool(kolom(rijen, i, 5, &isnull));
		r->basis = basis_van(kolom_tekst(rijen, i, 14, CurrentMemoryContext));
		if (r->basis != BASIS_GEEN && r->bewerking != B_MAXIMUM && r->bewerking != B_MINIMUM)
			ereport(ERROR,
					(errcode(ERRCODE_CHECK_VIOLATION),
					 errmsg("only a maximum or minimum can have a basis")));

		switch (r->bewerking)
		{
			case B_RICHTTARIEF:
				r->operand = r->getoond = b->richttarief;
				break;
			case B_HISTORISCH:
				r->operand = r->getoond = (Datum) 0;	/* per call */
				break;
			case B_VAST:
			case B_OPSLAG:
			case B_AFSLAG:
				r->operand = r->getoond = waarde;
				break;
			case B_FACTOR:
				{
					MemoryContext oud = MemoryContextSwitchTo(mcxt);

					/* x * waarde / 100 as x * (waarde * 0.01): exact */
					r->operand = DirectFunctionCall2(numeric_mul, waarde, c->centiem);
					r->getoond = waarde;
					MemoryContextSwitchTo(oud);
				}
				break;
			case B_MAXIMUM:
			case B_MINIMUM:
				switch (r->basis)
				{
					case BASIS_GEEN:
						r->operand = r->getoond = waarde_null ? b->richttarief : waarde;
						break;
					case BASIS_RICHTTARIEF:
						{
							MemoryContext oud = MemoryContextSwitchTo(mcxt);

							r->operand = r->getoond = waarde_null ? b->richttarief :
								DirectFunctionCall2(numeric_add, b->richttarief, waarde);
							MemoryContextSwitchTo(oud);
						}
						break;
					case BASIS_HISTORISCH:
					case BASIS_REGULIER:
						/* the bound is basis + this, per call */
						r->operand = waarde_null ? c->nul : waarde;
						r->getoond = (Datum) 0;
						break;
				}
				break;
		}

		/* the CHECK constraints keep these from being NULL; be safe anyway */
		if (waarde_null && (r->bewerking == B_VAST || r->bewerking == B_OPSLAG ||
							r->bewerking == B_AFSLAG || r->bewerking == B_FACTOR))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("bewerking \"%s\" needs a waarde", label)));

		d = kolom(rijen, i, 6, &isnull);
		r->nklassen = isnull ? -1 : lees_oids(d, &r->klassen, mcxt);
		d = kolom(rijen, i, 7, &isnull);
		r->nvormen = isnull ? -1 : lees_oids(d, &r->vormen, mcxt);
		d = kolom(rijen, i, 8, &isnull);
		if (isnull)
			r->nprofielen = -1;
		else
		{
			Tekst	   *t;
			int			n = lees_teksten(d, &t, CurrentMemoryContext);

			r->profielen = MemoryContextAlloc(mcxt, sizeof(int16) * Max(n, 1));
			for (int j = 0; j < n; j++)
				r->profielen[j] = (int16) wlz_zorgprofiel_nummer(t[j].s, t[j].len);
			r->nprofielen = n;
		}
		d = kolom(rijen, i, 9, &isnull);
		r->nprestaties = isnull ? -1 : lees_teksten(d, &r->prestaties, mcxt);
		d = kolom(rijen, i, 10, &isnull);
		if (!isnull)
		{
			text	   *t = DatumGetTextPP(d);

			r->kenmerk.len = VARSIZE_ANY_EXHDR(t);
			r->kenmerk.s = MemoryContextAlloc(mcxt, Max(r->kenmerk.len, 1));
			memcpy((char *) r->kenmerk.s, VARDATA_ANY(t), r->kenmerk.len);
		}

		/* groep: a small index, so that a call can mark groups as used */
		r->groep = -1;
		label = kolom_tekst(rijen, i, 11, CurrentMemoryContext);
		if (label != NULL)
		{
			for (int g = 0; g < b->ngroepen; g++)
				if (strcmp(groepnamen[g], label) == 0)
					r->groep = g;
			if (r->groep < 0)
			{
				if (b->ngroepen == maxgroepen)
				{
					char	  **meer = palloc(sizeof(char *) * maxgroepen * 2);

					memcpy(meer, groepnamen, sizeof(char *) * maxgroepen);
					groepnamen = meer;
					maxgroepen *= 2;
				}
				groepnamen[b->ngroepen] = label;
				r->groep = b->ngroepen++;
			}
		}

		r->bron = kolom_tekst(rijen, i, 12, mcxt);
		r->toelichting = kolom_tekst(rijen, i, 13, mcxt);
	}

	error_context_stack = errcb.previous;
}

/*
 * The zorgkantoor has no rule for this sector (or all sectors) and year:
 * raise P0002, with the years and sectors it does have.  Without this the
 * answer would be the bare RT%, as if the zorgkantoor had no policy at all.
 */
static void
geen_beleid(Cache *c, Beleid *b)
{
	const Rijen *rijen = NULL;	/* SPI */
	char	   *zk = pnstrdup(b->zorgkantoor, b->zklen);
	Oid			typen[1] = {TEXTOID};
	Datum		waarden[1];
	StringInfoData wel;
	Oid			vorige_sector = InvalidOid;
	bool		eerste = true;
	int32		van = 0,
				tot = 0;
	bool		open = false;

	waarden[0] = PointerGetDatum(cstring_to_text_with_len(b->zorgkantoor, b->zklen));
	spi_lees(c->bronnen->jaren, 1, typen, waarden);

	/* "GGZ 2024-2026, GZ 2026, all sectors 2022": spans per sector, merged */
	initStringInfo(&wel);
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		bool		isnull;
		Datum		d = kolom(rijen, i, 1, &isnull);
		Oid			sector = isnull ? InvalidOid : DatumGetObjectId(d);
		char	   *naam = kolom_tekst(rijen, i, 2, CurrentMemoryContext);
		int32		j = DatumGetInt32(kolom(rijen, i, 3, &isnull));
		int32		t = DatumGetInt32(kolom(rijen, i, 4, &isnull));

		if (open && sector == vorige_sector && (int64) j <= (int64) tot + 1)
		{
			tot = Max(tot, t);
			continue;
		}
		if (open)
			appendStringInfo(&wel, van == tot ? "%d" : "%d-%d", van, tot);
		if (!open || sector != vorige_sector)
		{
			appendStringInfo(&wel, "%s%s ", eerste ? "" : ", ",
							 naam != NULL ? naam : "all sectors");
			eerste = false;
		}
		else
			appendStringInfoString(&wel, ", ");
		vorige_sector = sector;
		van = j;
		tot = t;
		open = true;
	}
	if (open)
		appendStringInfo(&wel, van == tot ? "%d" : "%d-%d", van, tot);

	ereport(ERROR,
			(errcode(ERRCODE_NO_DATA_FOUND),
			 errmsg("no tariff policy for zorgkantoor \"%s\", sector %s in %d",
					zk, b->sectornaam, b->jaar),
			 errdetail("wlz.tariefregel has no rule of this zorgkantoor for sector %s "
					   "(or all sectors) in %d; the answer would be the bare "
					   "richttariefpercentage, which is no zorgkantoor's policy.",
					   b->sectornaam, b->jaar),
			 open ?
			 errhint("Its rules cover %s. Add the policy of %s %d as rules, e.g. "
					 "INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, tot_en_met, volgorde, bewerking) "
					 "VALUES (%s, '%s', %d, NULL, 10, 'richttarief'); for the RT%% as it is.",
					 wel.data, b->sectornaam, b->jaar, quote_literal_cstr(zk),
					 b->sectornaam, b->jaar) :
			 errhint("It has no rules at all. Add its policy of %s %d as rules, e.g. "
					 "INSERT INTO wlz.tariefregel (zorgkantoor, sector, jaar, tot_en_met, volgorde, bewerking) "
					 "VALUES (%s, '%s', %d, NULL, 10, 'richttarief'); for the RT%% as it is.",
					 b->sectornaam, b->jaar, quote_literal_cstr(zk),
					 b->sectornaam, b->jaar)));
}

/* Read the policy of (zorgkantoor, sector, jaar) into the cache. */
static Beleid *
beleid_laden(Cache *c, Beleid *sleutel)
{
	MemoryContext mcxt = c->mcxt;
	Beleid	   *b;
	HeapTuple	tup;
	Oid			sectortype;
	Oid			typen[2];
	Datum		waarden[2];
	bool		isnull;
	bool		eigen_snapshot;
	bool		gevonden;
	bool		heeft_richttarief;
	BeleidElement *e;
	const Rijen *rijen = NULL;	/* SPI */

	b = MemoryContextAllocZero(mcxt, sizeof(Beleid));
	b->zorgkantoor = MemoryContextAlloc(mcxt, Max(sleutel->zklen, 1));
	memcpy(b->zorgkantoor, sleutel->zorgkantoor, sleutel->zklen);
	b->zklen = sleutel->zklen;
	b->sector = sleutel->sector;
	b->jaar = sleutel->jaar;
	b->hash = sleutel->hash;

	/* the sector's label (for messages) and its type (for the SPI query) */
	tup = SearchSysCache1(ENUMOID, ObjectIdGetDatum(b->sector));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for enum value %u", b->sector);
	sectortype = ((Form_pg_enum) GETSTRUCT(tup))->enumtypid;
	b->sectornaam = MemoryContextStrdup(mcxt, NameStr(((Form_pg_enum) GETSTRUCT(tup))->enumlabel));
	ReleaseSysCache(tup);

	eigen_snapshot = spi_begin();

	typen[0] = TEXTOID;
	waarden[0] = PointerGetDatum(cstring_to_text_with_len(b->zorgkantoor, b->zklen));
	spi_lees(c->bronnen->zorgkantoor, 1, typen, waarden);
	if (SPI_processed == 0)
	{
		char	   *zk = pnstrdup(b->zorgkantoor, b->zklen);

		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("zorgkantoor \"%s\" does not exist", zk),
				 errdetail("Zorgkantoren are identified by their code in wlz.zorgkantoor, "
						   "such as 'cz' or 'zilverenkruis'."),
				 errhint("Add it with INSERT INTO wlz.zorgkantoor (code, naam) VALUES (%s, '...');",
						 quote_literal_cstr(zk))));
	}

	typen[0] = sectortype;
	typen[1] = INT4OID;
	waarden[0] = ObjectIdGetDatum(b->sector);
	waarden[1] = Int32GetDatum(b->jaar);
	spi_lees(c->bronnen->richttarief, 2, typen, waarden);
	heeft_richttarief = (SPI_processed > 0);
	if (heeft_richttarief)
	{
		MemoryContext oud = MemoryContextSwitchTo(mcxt);

		b->richttarief = NumericGetDatum(DatumGetNumericCopy(kolom(rijen, 0, 1, &isnull)));
		MemoryContextSwitchTo(oud);
		b->rt_bron = kolom_tekst(rijen, 0, 2, mcxt);
	}

	/* no policy at all comes before a missing RT%: rules are needed anyway */
	regels_lezen(c, b, sectortype);
	if (SPI_processed == 0 && c->bronnen->jaren != NULL)
		geen_beleid(c, b);

	if (!heeft_richttarief)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("no richttariefpercentage for sector %s in %d",
						b->sectornaam, b->jaar),
				 errdetail("A tariff percentage starts from the national richttariefpercentage "
						   "of the sector and year in wlz.richttarief."),
				 errhint("Add it once it is published: INSERT INTO wlz.richttarief "
						 "(sector, jaar, percentage, bekendgemaakt, bron) "
						 "VALUES ('%s', %d, <percentage>, <date>, '<source>');",
						 b->sectornaam, b->jaar)));

	regels_laden(c, b, NULL, c->mcxt);

	spi_einde(eigen_snapshot);

	e = beleidtabel_insert(c->beleid, b, &gevonden);
	Assert(!gevonden);
	e->sleutel = b;
	return b;
}

/* The rows (code, zorgprofiel, leveringsvorm) into a new table in mcxt. */
static prestatietabel_hash *
prestaties_lezen(MemoryContext mcxt, const Rijen *rijen)
{
	int			n = aantal_rijen(rijen);
	prestatietabel_hash *tabel = prestatietabel_create(mcxt, Max(n, 16), NULL);
	ErrorContextCallback errcb;
	char		context[128];

	errcb.callback = regel_context;
	errcb.arg = context;
	errcb.previous = error_context_stack;
	error_context_stack = &errcb;

	for (int i = 0; i < n; i++)
	{
		Prestatie  *p = MemoryContextAllocZero(mcxt, sizeof(Prestatie));
		bool		isnull;
		text	   *t = DatumGetTextPP(kolom(rijen, i, 1, &isnull));
		Datum		d;
		PrestatieElement *e;
		bool		gevonden;

		p->code.len = VARSIZE_ANY_EXHDR(t);
		p->code.s = MemoryContextAlloc(mcxt, Max(p->code.len, 1));
		memcpy((char *) p->code.s, VARDATA_ANY(t), p->code.len);
		p->hash = hash_bytes((const unsigned char *) p->code.s, p->code.len);
		snprintf(context, sizeof(context), "wlz.prestatie with code \"%.*s\"",
				 Min(p->code.len, 64), p->code.s);

		d = kolom(rijen, i, 2, &isnull);
		if (isnull)
			p->profiel = -1;
		else
		{
			text	   *zp = DatumGetTextPP(d);

			p->profiel = (int16) wlz_zorgprofiel_nummer(VARDATA_ANY(zp), VARSIZE_ANY_EXHDR(zp));
		}
		d = kolom(rijen, i, 3, &isnull);
		p->vorm = isnull ? InvalidOid : DatumGetObjectId(d);

		e = prestatietabel_insert(tabel, p, &gevonden);
		e->sleutel = p;
	}

	error_context_stack = errcb.previous;
	return tabel;
}

/* Read wlz.prestatie into the cache. */
static void
prestaties_laden(Cache *c)
{
	bool		eigen_snapshot = spi_begin();

	spi_lees(c->bronnen->prestaties, 0, NULL, NULL);
	c->prestaties = prestaties_lezen(c->mcxt, NULL);
	spi_einde(eigen_snapshot);
}

/* The policy for the call's key: the last one, or from the table, or read. */
static Beleid *
beleid_ophalen(Cache *c, Invoer *in)
{
	Beleid		sleutel;
	Beleid	   *b = c->laatste;
	BeleidElement *e;

	sleutel.zorgkantoor = VARDATA_ANY(in->zorgkantoor);
	sleutel.zklen = VARSIZE_ANY_EXHDR(in->zorgkantoor);
	sleutel.sector = in->sector;
	sleutel.jaar = in->jaar;

	if (b != NULL && beleid_zelfde(b, &sleutel))
		return b;

	sleutel.hash = hash_combine(hash_combine(hash_bytes((const unsigned char *) sleutel.zorgkantoor,
														sleutel.zklen),
											 (uint32) sleutel.sector),
								(uint32) sleutel.jaar);
	e = beleidtabel_lookup(c->beleid, &sleutel);
	b = e ? e->sleutel : beleid_laden(c, &sleutel);
	c->laatste = b;
	return b;
}

/* ------------------------------------------------------------------------
 * Arguments and evaluation
 * ------------------------------------------------------------------------
 */

static void
vereist(FunctionCallInfo fcinfo, int n, const char *naam)
{
	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s of a tariff percentage must not be null", naam),
				 errdetail("A tariff percentage is defined for a zorgkantoor, a sector and a year.")));
}

/*
 * The arguments of a call.  The table form starts with zorgkantoor, sector
 * and jaar, the form over a wlz.tariefbeleid with the value; from the
 * prestatie (argument eerste) on they are the same.
 */
static void
lees_invoer(FunctionCallInfo fcinfo, Cache *c, Invoer *in, int eerste)
{
	memset(in, 0, sizeof(Invoer));
	if (eerste == 3)
	{
		vereist(fcinfo, 0, "zorgkantoor");
		vereist(fcinfo, 1, "sector");
		vereist(fcinfo, 2, "jaar");
		in->zorgkantoor = PG_GETARG_TEXT_PP(0);
		in->sector = PG_GETARG_OID(1);
		in->jaar = PG_GETARG_INT32(2);
	}
	in->prestatie = PG_ARGISNULL(eerste) ? NULL : PG_GETARG_TEXT_PP(eerste);

	in->profiel = -1;
	if (!PG_ARGISNULL(eerste + 1))
	{
		text	   *t = PG_GETARG_TEXT_PP(eerste + 1);
		int			len = VARSIZE_ANY_EXHDR(t);

		/* the same spelling as last time is the same profile */
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
	}

	in->vorm = PG_ARGISNULL(eerste + 2) ? InvalidOid : PG_GETARG_OID(eerste + 2);
	in->klasse = PG_ARGISNULL(eerste + 3) ? InvalidOid : PG_GETARG_OID(eerste + 3);

	if (!PG_ARGISNULL(eerste + 4))
	{
		Datum		h = NumericGetDatum(PG_GETARG_NUMERIC(eerste + 4));

		if (numeric_is_nan(DatumGetNumeric(h)) ||
			DatumGetInt32(DirectFunctionCall2(numeric_cmp, h, c->nul)) < 0 ||
			DatumGetInt32(DirectFunctionCall2(numeric_cmp, h, c->honderd)) > 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("historical tariff percentage %s is out of range",
							DatumGetCString(DirectFunctionCall1(numeric_out, h))),
					 errdetail("A tariff percentage lies between 0 and 100.")));
		in->heeft_historisch = true;
		in->historisch = h;
	}

	if (!PG_ARGISNULL(eerste + 5))
	{
		ArrayType  *a = PG_GETARG_ARRAYTYPE_P(eerste + 5);

		if (ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a)) > 0)
			in->kenmerken = a;
	}
}

/*
 * A known prestatie fills in the zorgprofiel and leveringsvorm not given:
 * from the policy value's own prestaties, or (NULL) from wlz.prestatie.
 */
static void
vul_uit_prestatie(Cache *c, Invoer *in, prestatietabel_hash *tabel)
{
	if (in->prestatie != NULL && (in->profiel < 0 || in->vorm == InvalidOid))
	{
		Prestatie	sleutel;
		PrestatieElement *e;

		if (tabel == NULL)
		{
			if (c->prestaties == NULL)
				prestaties_laden(c);
			tabel = c->prestaties;
		}
		sleutel.code.s = VARDATA_ANY(in->prestatie);
		sleutel.code.len = VARSIZE_ANY_EXHDR(in->prestatie);
		sleutel.hash = hash_bytes((const unsigned char *) sleutel.code.s, sleutel.code.len);
		e = prestatietabel_lookup(tabel, &sleutel);
		if (e != NULL)
		{
			if (in->profiel < 0)
				in->profiel = e->sleutel->profiel;
			if (in->vorm == InvalidOid)
				in->vorm = e->sleutel->vorm;
		}
	}
}

static inline bool
oid_in(Oid o, const Oid *lijst, int n)
{
	for (int i = 0; i < n; i++)
		if (lijst[i] == o)
			return true;
	return false;
}

static bool
heeft_kenmerk(Invoer *in, const Tekst *k)
{
	if (k->len == 10 && memcmp(k->s, "historisch", 10) == 0)
	{
		if (in->regulier)
			return false;
		if (in->heeft_historisch)
			return true;
	}
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

/* Does rule r apply to this call?  NULL scopes match anything. */
static bool
regel_past(const Regel *r, Invoer *in)
{
	if (r->nklassen >= 0 && !oid_in(in->klasse, r->klassen, r->nklassen))
		return false;			/* InvalidOid (NULL) is in no list */
	if (r->nvormen >= 0 && !oid_in(in->vorm, r->vormen, r->nvormen))
		return false;
	if (r->nprofielen >= 0)
	{
		bool		gevonden = false;

		for (int i = 0; i < r->nprofielen && !gevonden; i++)
			gevonden = (r->profielen[i] == in->profiel);
		if (!gevonden)
			return false;
	}
	if (r->nprestaties >= 0)
	{
		const char *p;
		int			len;
		bool		gevonden = false;

		if (in->prestatie == NULL)
			return false;
		p = VARDATA_ANY(in->prestatie);
		len = VARSIZE_ANY_EXHDR(in->prestatie);
		for (int i = 0; i < r->nprestaties && !gevonden; i++)
			gevonden = (r->prestaties[i].len == len &&
						memcmp(r->prestaties[i].s, p, len) == 0);
		if (!gevonden)
			return false;
	}
	if (r->kenmerk.s != NULL && !heeft_kenmerk(in, &r->kenmerk))
		return false;
	return true;
}

static Oid
bewerking_oid(TupleDesc tupdesc, const char *label)
{
	Oid			typ = TupleDescAttr(tupdesc, 2)->atttypid;
	Oid			o = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
									ObjectIdGetDatum(typ), CStringGetDatum(label));

	if (!OidIsValid(o))
		elog(ERROR, "wlz.bewerking has no label \"%s\"", label);
	return o;
}

static void
uitleg_rij(Uitleg *u, int stap, const Regel *r, Oid bewerking, Datum waarde,
		   Datum resultaat, const char *bron, const char *toelichting)
{
	Datum		values[7];
	bool		nulls[7] = {false, false, false, false, false, false, false};

	values[0] = Int32GetDatum(stap);
	if (r != NULL)
		values[1] = Int32GetDatum(r->id);
	else
		nulls[1] = true;
	values[2] = ObjectIdGetDatum(bewerking);
	values[3] = waarde;
	values[4] = resultaat;
	if (bron != NULL)
		values[5] = CStringGetTextDatum(bron);
	else
		nulls[5] = true;
	if (toelichting != NULL)
		values[6] = CStringGetTextDatum(toelichting);
	else
		nulls[6] = true;
	tuplestore_putvalues(u->store, u->tupdesc, values, nulls);
}

static Datum evalueer(Cache *c, Beleid *b, Invoer *in, Uitleg *u);

/*
 * The regular answer for the call in: the same call without a historical
 * percentage (so without the kenmerk 'historisch' and the rules that need
 * it), and without the rules whose bound is this answer.  The bound of a
 * rule with basis regulier: "at most what the same care gets otherwise".
 */
static Datum
regulier_antwoord(Cache *c, Beleid *b, Invoer *in)
{
	Invoer		zonder = *in;

	zonder.heeft_historisch = false;
	zonder.historisch = (Datum) 0;
	zonder.regulier = true;
	return evalueer(c, b, &zonder, NULL);
}

/*
 * Apply the policy b to the call in.  Returns the percentage, allocated in
 * the caller's memory context; with u, also writes the explanation.  Reads
 * nothing but b, in and the constants of c: no table.
 */
static Datum
evalueer(Cache *c, Beleid *b, Invoer *in, Uitleg *u)
{
	Datum		v = b->richttarief;
	bool		gebruikt_vast[32];
	bool	   *gebruikt = gebruikt_vast;
	int			stap = 0;
	bool		heeft_regulier = false;
	Datum		regulier = (Datum) 0;

	if (b->ngroepen > (int) lengthof(gebruikt_vast))
		gebruikt = palloc(sizeof(bool) * b->ngroepen);
	memset(gebruikt, 0, sizeof(bool) * b->ngroepen);

	if (u != NULL)
		uitleg_rij(u, stap++, NULL, c->oid_richttarief, v, v, b->rt_bron,
				   psprintf("vertrekpunt: landelijk richttariefpercentage %s %d",
							b->sectornaam, b->jaar));

	for (int i = 0; i < b->nregels; i++)
	{
		const Regel *r = &b->regels[i];
		Datum		operand = r->operand;

		if (!regel_past(r, in))
			continue;
		/* "the provider's historical percentage, when given" */
		if (r->bewerking == B_HISTORISCH || r->basis == BASIS_HISTORISCH)
		{
			if (!in->heeft_historisch || in->regulier)
				continue;
			operand = r->bewerking == B_HISTORISCH ? in->historisch :
				DirectFunctionCall2(numeric_add, in->historisch, r->operand);
		}
		else if (r->basis == BASIS_REGULIER)
		{
			/* on the regular path itself such a bound bounds nothing */
			if (in->regulier)
				continue;
			if (!heeft_regulier)
			{
				regulier = regulier_antwoord(c, b, in);
				heeft_regulier = true;
			}
			operand = DirectFunctionCall2(numeric_add, regulier, r->operand);
		}
		if (r->groep >= 0)
		{
			if (gebruikt[r->groep])
				continue;
			gebruikt[r->groep] = true;
		}

		switch (r->bewerking)
		{
			case B_RICHTTARIEF:
			case B_VAST:
			case B_HISTORISCH:
				v = operand;
				break;
			case B_OPSLAG:
				v = DirectFunctionCall2(numeric_add, v, operand);
				break;
			case B_AFSLAG:
				v = DirectFunctionCall2(numeric_sub, v, operand);
				break;
			case B_FACTOR:
				v = DirectFunctionCall2(numeric_mul, v, operand);
				break;
			case B_MAXIMUM:
				if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, v, operand)) > 0)
					v = operand;
				break;
			case B_MINIMUM:
				if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, v, operand)) < 0)
					v = operand;
				break;
		}

		if (u != NULL)
			uitleg_rij(u, stap++, r, r->bewerking_oid,
					   (r->bewerking == B_HISTORISCH || r->basis == BASIS_HISTORISCH ||
						r->basis == BASIS_REGULIER) ? operand : r->getoond,
					   v, r->bron, r->toelichting);
		if (r->eindregel)
			break;
	}

	/* a tariff percentage lies within 0-100 */
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, v, c->honderd)) > 0)
	{
		v = c->honderd;
		if (u != NULL)
			uitleg_rij(u, stap++, NULL, c->oid_maximum, v, v, NULL,
					   "begrensd: een tariefpercentage is ten hoogste 100");
	}
	else if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, v, c->nul)) < 0)
	{
		v = c->nul;
		if (u != NULL)
			uitleg_rij(u, stap++, NULL, c->oid_minimum, v, v, NULL,
					   "begrensd: een tariefpercentage is ten minste 0");
	}

	if (gebruikt != gebruikt_vast)
		pfree(gebruikt);
	/* never hand out a pointer into the cache */
	return datumCopy(v, false, -1);
}

/*
 * wlz.tariefpercentage(zorgkantoor, sector, jaar, prestatie, zorgprofiel,
 *						 leveringsvorm, klasse, historisch, kenmerken)
 */
static Datum
tariefpercentage(FunctionCallInfo fcinfo, const Bronnen *bronnen)
{
	Cache	   *c = cache_ophalen(fcinfo, bronnen);
	Invoer		in;
	Beleid	   *b;

	lees_invoer(fcinfo, c, &in, 3);
	vul_uit_prestatie(c, &in, NULL);
	b = beleid_ophalen(c, &in);
	PG_RETURN_DATUM(evalueer(c, b, &in, NULL));
}

/* wlz.tariefpercentage_uitleg(same arguments) */
static Datum
tariefpercentage_uitleg(FunctionCallInfo fcinfo, const Bronnen *bronnen)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Cache	   *c = cache_ophalen(fcinfo, bronnen);
	Invoer		in;
	Beleid	   *b;
	Uitleg		u;

	InitMaterializedSRF(fcinfo, 0);
	u.store = rsinfo->setResult;
	u.tupdesc = rsinfo->setDesc;
	if (!OidIsValid(c->oid_richttarief))
	{
		c->oid_richttarief = bewerking_oid(u.tupdesc, "richttarief");
		c->oid_maximum = bewerking_oid(u.tupdesc, "maximum");
		c->oid_minimum = bewerking_oid(u.tupdesc, "minimum");
	}

	lees_invoer(fcinfo, c, &in, 3);
	vul_uit_prestatie(c, &in, NULL);
	b = beleid_ophalen(c, &in);
	(void) evalueer(c, b, &in, &u);
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * Policies as values: wlz.tariefbeleid (SPEC 8)
 *
 * wlz.tariefbeleid(zorgkantoor, sector, jaar) loads a policy as the table
 * form does (same queries, same errors) and writes what it read as JSON: the
 * RT%, the rules that apply in the columns the loader reads, and the rows of
 * wlz.prestatie_geldend.  wlz.tariefpercentage(wlz.tariefbeleid, ...) turns
 * that JSON back into the rows the loader reads, so both forms evaluate the
 * same Beleid, and reads no table.  Enum labels are looked up in the schema of
 * the type, so a value is portable between servers whose OIDs differ.
 * ------------------------------------------------------------------------
 */

/* A value that cannot be read as a policy. */
static void
pg_attribute_noreturn()
ongeldig(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type wlz.tariefbeleid"),
			 errdetail("%s", detail),
			 errhint("Make a value with wlz.tariefbeleid(zorgkantoor, sector, jaar); "
					 "its text is the JSON it prints.")));
}

/* Key sleutel of an object, of the JSON type soort (NULL when null_mag and null). */
static JsonbValue *
veld(JsonbContainer *obj, const char *sleutel, enum jbvType soort, bool null_mag)
{
	JsonbValue *v = getKeyJsonValueFromContainer(obj, sleutel, strlen(sleutel), NULL);

	if (v == NULL)
		ongeldig(psprintf("Key \"%s\" is missing.", sleutel));
	if (v->type == jbvNull && null_mag)
		return NULL;
	if (v->type != soort)
		ongeldig(psprintf("Key \"%s\" has a value of the wrong kind.", sleutel));
	return v;
}

static char *
json_tekst(const JsonbValue *v)
{
	return pnstrdup(v->val.string.val, v->val.string.len);
}

/* The elements of a JSON array (a jbvBinary); *n of them. */
static JsonbValue *
elementen(const JsonbValue *v, const char *wat, int *n)
{
	JsonbIterator *it;
	JsonbValue	e;
	JsonbIteratorToken tok;
	int			max = 16;
	JsonbValue *uit = palloc(sizeof(JsonbValue) * max);

	if (v->type != jbvBinary || !JsonContainerIsArray(v->val.binary.data))
		ongeldig(psprintf("%s must be an array.", wat));
	*n = 0;
	it = JsonbIteratorInit(v->val.binary.data);
	while ((tok = JsonbIteratorNext(&it, &e, true)) != WJB_DONE)
	{
		if (tok != WJB_ELEM)
			continue;
		if (*n == max)
		{
			max *= 2;
			uit = repalloc(uit, sizeof(JsonbValue) * max);
		}
		uit[(*n)++] = e;
	}
	return uit;
}

static Oid
type_in_schema(Oid nsp, const char *naam)
{
	Oid			typ = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
									  CStringGetDatum(naam), ObjectIdGetDatum(nsp));

	if (!OidIsValid(typ))
		elog(ERROR, "type %s not found in the schema of wlz.tariefbeleid", naam);
	return typ;
}

/* The enum value with the label of v (a string) in type typ. */
static Oid
enumwaarde(Oid typ, const JsonbValue *v, const char *wat)
{
	char	   *label;
	Oid			o;

	if (v->type != jbvString)
		ongeldig(psprintf("%s must be a string.", wat));
	label = json_tekst(v);
	o = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
						ObjectIdGetDatum(typ), CStringGetDatum(label));
	if (!OidIsValid(o))
		ongeldig(psprintf("%s \"%s\" is not a label of %s.", wat, label, format_type_be(typ)));
	return o;
}

/* A JSON array of labels (or null) as an array of enum typ, as SPI gives it. */
static Datum
enumlijst(const JsonbValue *v, Oid typ, const char *wat, bool *isnull)
{
	int			n;
	JsonbValue *e;
	Datum	   *d;

	*isnull = (v == NULL);
	if (v == NULL)
		return (Datum) 0;
	e = elementen(v, wat, &n);
	d = palloc(sizeof(Datum) * Max(n, 1));
	for (int i = 0; i < n; i++)
		d[i] = ObjectIdGetDatum(enumwaarde(typ, &e[i], wat));
	return PointerGetDatum(construct_array(d, n, typ, sizeof(Oid), true, TYPALIGN_INT));
}

/* A JSON array of strings (or null) as a text[]. */
static Datum
tekstlijst(const JsonbValue *v, const char *wat, bool *isnull)
{
	int			n;
	JsonbValue *e;
	Datum	   *d;

	*isnull = (v == NULL);
	if (v == NULL)
		return (Datum) 0;
	e = elementen(v, wat, &n);
	d = palloc(sizeof(Datum) * Max(n, 1));
	for (int i = 0; i < n; i++)
	{
		if (e[i].type != jbvString)
			ongeldig(psprintf("%s must hold strings.", wat));
		d[i] = PointerGetDatum(cstring_to_text_with_len(e[i].val.string.val, e[i].val.string.len));
	}
	return PointerGetDatum(construct_array(d, n, TEXTOID, -1, false, TYPALIGN_INT));
}

static Datum
tekst_of_null(JsonbContainer *obj, const char *sleutel, bool *isnull)
{
	JsonbValue *v = veld(obj, sleutel, jbvString, true);

	*isnull = (v == NULL);
	return v == NULL ? (Datum) 0 :
		PointerGetDatum(cstring_to_text_with_len(v->val.string.val, v->val.string.len));
}

/* The number in v as an int4 (ids, years). */
static int32
geheel(const JsonbValue *v, const char *wat)
{
	bool		fout = false;
	int32		i = numeric_int4_opt_error(v->val.numeric, &fout);

	if (fout || !DatumGetBool(DirectFunctionCall2(numeric_eq, NumericGetDatum(v->val.numeric),
												  DirectFunctionCall1(int4_numeric, Int32GetDatum(i)))))
		ongeldig(psprintf("%s must be a whole number.", wat));
	return i;
}

/*
 * Decode the JSON of a value (jb) into a Beleid in mcxt: the rows of its rules
 * and prestaties go through the loader of the table form.
 */
static Beleid *
beleid_uit_json(Cache *c, Jsonb *jb, Oid nsp, MemoryContext mcxt)
{
	JsonbContainer *root = &jb->root;
	Oid			sectortype = type_in_schema(nsp, "sector");
	Oid			klassetype = type_in_schema(nsp, "aanbiederklasse");
	Oid			vormtype = type_in_schema(nsp, "leveringsvorm");
	Oid			bewerkingtype = type_in_schema(nsp, "bewerking");
	JsonbValue *v;
	JsonbValue *rt;
	JsonbValue *e;
	int			n;
	Beleid	   *b;
	Rijen		regels;
	Rijen		prestaties;
	char	   *zk;
	MemoryContext oud;

	if (!JsonContainerIsObject(root))
		ongeldig("A tariff policy is a JSON object.");
	v = veld(root, "versie", jbvNumeric, false);
	if (geheel(v, "versie") != 1)
		ongeldig("Only versie 1 is known.");

	b = MemoryContextAllocZero(mcxt, sizeof(Beleid));
	zk = json_tekst(veld(root, "zorgkantoor", jbvString, false));
	b->zklen = strlen(zk);
	b->zorgkantoor = MemoryContextStrdup(mcxt, zk);
	v = veld(root, "sector", jbvString, false);
	b->sector = enumwaarde(sectortype, v, "sector");
	b->sectornaam = MemoryContextStrdup(mcxt, json_tekst(v));
	b->jaar = geheel(veld(root, "jaar", jbvNumeric, false), "jaar");

	rt = veld(root, "richttarief", jbvBinary, false);
	if (!JsonContainerIsObject(rt->val.binary.data))
		ongeldig("richttarief must be an object.");
	v = veld(rt->val.binary.data, "percentage", jbvNumeric, false);
	oud = MemoryContextSwitchTo(mcxt);
	b->richttarief = NumericGetDatum(DatumGetNumericCopy(NumericGetDatum(v->val.numeric)));
	MemoryContextSwitchTo(oud);
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, b->richttarief, c->nul)) < 0 ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, b->richttarief, c->honderd)) > 0)
		ongeldig("richttarief.percentage lies between 0 and 100.");
	v = veld(rt->val.binary.data, "bron", jbvString, true);
	b->rt_bron = v == NULL ? NULL : MemoryContextStrdup(mcxt, json_tekst(v));

	/* the rules, in the columns of REGEL_KOLOMMEN and basis */
	e = elementen(veld(root, "regels", jbvBinary, false), "regels", &n);
	regels.n = n;
	regels.ncol = 14;
	regels.waarden = palloc0(sizeof(Datum) * n * regels.ncol + 1);
	regels.nulls = palloc0(sizeof(bool) * n * regels.ncol + 1);
	for (int i = 0; i < n; i++)
	{
		JsonbContainer *r;
		Datum	   *w = &regels.waarden[i * regels.ncol];
		bool	   *z = &regels.nulls[i * regels.ncol];
		JsonbValue *x;

		if (e[i].type != jbvBinary || !JsonContainerIsObject(e[i].val.binary.data))
			ongeldig("Every rule is a JSON object.");
		r = e[i].val.binary.data;
		w[0] = Int32GetDatum(geheel(veld(r, "id", jbvNumeric, false), "id"));
		x = veld(r, "bewerking", jbvString, false);
		w[2] = ObjectIdGetDatum(enumwaarde(bewerkingtype, x, "bewerking"));
		w[1] = PointerGetDatum(cstring_to_text_with_len(x->val.string.val, x->val.string.len));
		x = veld(r, "waarde", jbvNumeric, true);
		z[3] = (x == NULL);
		w[3] = x == NULL ? (Datum) 0 : NumericGetDatum(x->val.numeric);
		w[4] = BoolGetDatum(veld(r, "eindregel", jbvBool, false)->val.boolean);
		w[5] = enumlijst(veld(r, "klassen", jbvBinary, true), klassetype, "klassen", &z[5]);
		w[6] = enumlijst(veld(r, "leveringsvormen", jbvBinary, true), vormtype, "leveringsvormen", &z[6]);
		w[7] = tekstlijst(veld(r, "zorgprofielen", jbvBinary, true), "zorgprofielen", &z[7]);
		w[8] = tekstlijst(veld(r, "prestaties", jbvBinary, true), "prestaties", &z[8]);
		w[9] = tekst_of_null(r, "kenmerk", &z[9]);
		w[10] = tekst_of_null(r, "groep", &z[10]);
		w[11] = tekst_of_null(r, "bron", &z[11]);
		w[12] = tekst_of_null(r, "toelichting", &z[12]);
		w[13] = tekst_of_null(r, "basis", &z[13]);
	}
	regels_laden(c, b, &regels, mcxt);

	/* the prestaties: [code, zorgprofiel, leveringsvorm] */
	e = elementen(veld(root, "prestaties", jbvBinary, false), "prestaties", &n);
	prestaties.n = n;
	prestaties.ncol = 3;
	prestaties.waarden = palloc0(sizeof(Datum) * n * 3 + 1);
	prestaties.nulls = palloc0(sizeof(bool) * n * 3 + 1);
	for (int i = 0; i < n; i++)
	{
		int			m;
		JsonbValue *p = elementen(&e[i], "A prestatie", &m);

		if (m != 3 || p[0].type != jbvString ||
			(p[1].type != jbvString && p[1].type != jbvNull) ||
			(p[2].type != jbvString && p[2].type != jbvNull))
			ongeldig("A prestatie is [code, zorgprofiel or null, leveringsvorm or null].");
		prestaties.waarden[i * 3] =
			PointerGetDatum(cstring_to_text_with_len(p[0].val.string.val, p[0].val.string.len));
		prestaties.nulls[i * 3 + 1] = (p[1].type == jbvNull);
		if (p[1].type == jbvString)
			prestaties.waarden[i * 3 + 1] =
				PointerGetDatum(cstring_to_text_with_len(p[1].val.string.val, p[1].val.string.len));
		prestaties.nulls[i * 3 + 2] = (p[2].type == jbvNull);
		if (p[2].type == jbvString)
			prestaties.waarden[i * 3 + 2] = ObjectIdGetDatum(enumwaarde(vormtype, &p[2], "leveringsvorm"));
	}
	b->prestaties = prestaties_lezen(mcxt, &prestaties);
	return b;
}

/* Input and receive of wlz.tariefbeleid: can the engine read this value? */
void
tariefbeleid_controleren(Datum jsonb, Oid nsp)
{
	MemoryContext tijdelijk = AllocSetContextCreate(CurrentMemoryContext,
													"wlz tariefbeleid controle",
													ALLOCSET_SMALL_SIZES);
	MemoryContext oud = MemoryContextSwitchTo(tijdelijk);
	Cache	   *c = cache_maken(tijdelijk, &bronnen_0_2);

	(void) beleid_uit_json(c, DatumGetJsonbP(jsonb), nsp, tijdelijk);
	MemoryContextSwitchTo(oud);
	MemoryContextDelete(tijdelijk);
}

/* The policy of argument 0 (a wlz.tariefbeleid), decoded once per value. */
static Beleid *
beleid_uit_argument(FunctionCallInfo fcinfo, Cache *c)
{
	Datum		d;
	uint64		vingerafdruk;
	Beleid	   *b;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("tariefbeleid of a tariff percentage must not be null"),
				 errhint("Make it with wlz.tariefbeleid(zorgkantoor, sector, jaar).")));
	d = PG_GETARG_DATUM(0);
	vingerafdruk = tariefbeleid_vingerafdruk(d);
	for (int i = 0; i < c->nwaarden; i++)
		if (c->vingerafdrukken[i] == vingerafdruk)
			return c->waarden[i];

	if (c->nwaarden == WAARDEN_MAX)
	{
		MemoryContextReset(c->waarden_mcxt);
		c->nwaarden = 0;
	}
	b = beleid_uit_json(c, DatumGetJsonbP(DirectFunctionCall1(jsonb_in,
															  CStringGetDatum(tariefbeleid_tekst(d)))),
						get_func_namespace(fcinfo->flinfo->fn_oid), c->waarden_mcxt);
	c->vingerafdrukken[c->nwaarden] = vingerafdruk;
	c->waarden[c->nwaarden++] = b;
	return b;
}

/* The JSON text of the last SPI result's one value, copied into mcxt. */
static char *
spi_json(MemoryContext mcxt)
{
	bool		isnull;
	Datum		d = kolom(NULL, 0, 1, &isnull);

	return MemoryContextStrdup(mcxt, isnull ? "[]" : TextDatumGetCString(d));
}

/* wlz.tariefbeleid(zorgkantoor, sector, jaar): the policy as a value. */
Datum
wlz_tariefbeleid(PG_FUNCTION_ARGS)
{
	Cache	   *c = cache_ophalen(fcinfo, &bronnen_0_2);
	Invoer		in;
	Beleid	   *b;
	Oid			typen[3] = {TEXTOID, get_fn_expr_argtype(fcinfo->flinfo, 1), INT4OID};
	Datum		waarden[3];
	StringInfoData json;
	bool		eigen_snapshot;
	char	   *regels;
	char	   *prestaties;
	MemoryContext hier = CurrentMemoryContext;

	memset(&in, 0, sizeof(in));
	vereist(fcinfo, 0, "zorgkantoor");
	vereist(fcinfo, 1, "sector");
	vereist(fcinfo, 2, "jaar");
	in.zorgkantoor = PG_GETARG_TEXT_PP(0);
	in.sector = PG_GETARG_OID(1);
	in.jaar = PG_GETARG_INT32(2);
	/* what the table form reads, with its errors: no zorgkantoor, policy, RT% */
	b = beleid_ophalen(c, &in);
	/*
	 * Made once per call site and snapshot: a CTE used once is folded into
	 * the query, and then this runs for every row.
	 */
	if (b->waarde != (Datum) 0)
		PG_RETURN_DATUM(datumCopy(b->waarde, false, -1));

	waarden[0] = PointerGetDatum(in.zorgkantoor);
	waarden[1] = ObjectIdGetDatum(in.sector);
	waarden[2] = Int32GetDatum(in.jaar);
	eigen_snapshot = spi_begin();
	spi_lees("SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object("
			 "'id', id, 'bewerking', bewerking, 'waarde', waarde, 'eindregel', eindregel, "
			 "'klassen', klassen, 'leveringsvormen', leveringsvormen, "
			 "'zorgprofielen', zorgprofielen, 'prestaties', prestaties, 'kenmerk', kenmerk, "
			 "'groep', groep, 'bron', bron, 'toelichting', toelichting, 'basis', basis) "
			 "ORDER BY volgorde, id)::pg_catalog.text "
			 "FROM wlz.tariefregel_geldend " REGELS_WAAR_0_2,
			 3, typen, waarden);
	regels = spi_json(hier);
	spi_lees("SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(code, zorgprofiel, leveringsvorm) "
			 "ORDER BY code)::pg_catalog.text FROM wlz.prestatie_geldend",
			 0, NULL, NULL);
	prestaties = spi_json(hier);
	spi_einde(eigen_snapshot);

	initStringInfo(&json);
	appendStringInfoString(&json, "{\"versie\": 1, \"zorgkantoor\": ");
	escape_json(&json, pnstrdup(b->zorgkantoor, b->zklen));	/* not NUL-terminated */
	appendStringInfoString(&json, ", \"sector\": ");
	escape_json(&json, b->sectornaam);
	appendStringInfo(&json, ", \"jaar\": %d, \"richttarief\": {\"percentage\": %s, \"bron\": ",
					 b->jaar, DatumGetCString(DirectFunctionCall1(numeric_out, b->richttarief)));
	if (b->rt_bron != NULL)
		escape_json(&json, b->rt_bron);
	else
		appendStringInfoString(&json, "null");
	appendStringInfo(&json, "}, \"regels\": %s, \"prestaties\": %s}", regels, prestaties);

	{
		Datum		w = tariefbeleid_maak(json.data, get_func_namespace(fcinfo->flinfo->fn_oid));
		MemoryContext oud = MemoryContextSwitchTo(c->mcxt);

		b->waarde = datumCopy(w, false, -1);
		MemoryContextSwitchTo(oud);
		PG_RETURN_DATUM(w);
	}
}

/*
 * wlz.tariefpercentage(beleid, prestatie, zorgprofiel, leveringsvorm, klasse,
 *						 historisch, kenmerken) and its _uitleg: IMMUTABLE,
 * they read nothing but the value.
 */
Datum
wlz_tariefpercentage_beleid(PG_FUNCTION_ARGS)
{
	Cache	   *c = cache_van_aanroep(fcinfo, &bronnen_0_2); /* no snapshot matters */
	Beleid	   *b = beleid_uit_argument(fcinfo, c);
	Invoer		in;

	lees_invoer(fcinfo, c, &in, 1);
	vul_uit_prestatie(c, &in, b->prestaties);
	PG_RETURN_DATUM(evalueer(c, b, &in, NULL));
}

Datum
wlz_tariefpercentage_uitleg_beleid(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Cache	   *c = cache_van_aanroep(fcinfo, &bronnen_0_2); /* no snapshot matters */
	Beleid	   *b = beleid_uit_argument(fcinfo, c);
	Invoer		in;
	Uitleg		u;

	InitMaterializedSRF(fcinfo, 0);
	u.store = rsinfo->setResult;
	u.tupdesc = rsinfo->setDesc;
	if (!OidIsValid(c->oid_richttarief))
	{
		c->oid_richttarief = bewerking_oid(u.tupdesc, "richttarief");
		c->oid_maximum = bewerking_oid(u.tupdesc, "maximum");
		c->oid_minimum = bewerking_oid(u.tupdesc, "minimum");
	}
	lees_invoer(fcinfo, c, &in, 1);
	vul_uit_prestatie(c, &in, b->prestaties);
	(void) evalueer(c, b, &in, &u);
	return (Datum) 0;
}

/* The symbols of 0.1.0 (tables) and of 0.2.0 (the rows that apply). */
Datum
wlz_tariefpercentage(PG_FUNCTION_ARGS)
{
	return tariefpercentage(fcinfo, &bronnen_0_1);
}

Datum
wlz_tariefpercentage_uitleg(PG_FUNCTION_ARGS)
{
	return tariefpercentage_uitleg(fcinfo, &bronnen_0_1);
}

Datum
wlz_tariefpercentage_0_2(PG_FUNCTION_ARGS)
{
	return tariefpercentage(fcinfo, &bronnen_0_2);
}

Datum
wlz_tariefpercentage_uitleg_0_2(PG_FUNCTION_ARGS)
{
	return tariefpercentage_uitleg(fcinfo, &bronnen_0_2);
}
