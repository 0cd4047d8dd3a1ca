/*
 * richttarief.c
 *	  The national richttarief model as an aggregate (SPEC 4.3):
 *	  wlz.richttariefpercentage(kostenpercentage, marktaandeel [, norm]) is
 *	  the smallest of the given kostenpercentages p such that at least norm
 *	  of the providers by count and at least norm by market share have a
 *	  kostenpercentage <= p (seed 000 L42-46; norm 0,75).
 *
 * The answer needs every row, so the state collects the (kostenpercentage,
 * marktaandeel) pairs as numerics packed one after another in a buffer.
 * Packed states concatenate, which makes the combine function and the
 * serialised form (for parallel aggregation) trivial.  The final function
 * groups the pairs by kostenpercentage in a hash table (hash_numeric, so
 * 97.5 and 97.50 are one group), sorts the few distinct kostenpercentages
 * and walks them once with running sums: one numeric addition per pair and
 * no comparison sort of all rows.  Numeric throughout: the tests "at least
 * 75 %" compare exact sums.
 */
#include "wlzcontract.h"

#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/datum.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

PG_FUNCTION_INFO_V1(wlz_richttariefpercentage_stap);
PG_FUNCTION_INFO_V1(wlz_richttariefpercentage_samenvoegen);
PG_FUNCTION_INFO_V1(wlz_richttariefpercentage_serialiseer);
PG_FUNCTION_INFO_V1(wlz_richttariefpercentage_deserialiseer);
PG_FUNCTION_INFO_V1(wlz_richttariefpercentage_uitkomst);

typedef struct RtToestand
{
	Numeric		norm;			/* the norm of every row */
	int64		n;				/* number of pairs */
	StringInfoData paren;		/* k1 m1 k2 m2 ..., each numeric at an
								 * int-aligned offset */
} RtToestand;

/* One distinct kostenpercentage in the final function. */
typedef struct Groep
{
	Numeric		k;				/* hash key: points into the state */
	int64		aantal;			/* providers with this kostenpercentage */
	Numeric		aandeel;		/* their market share */
} Groep;

/* Constants of a call site, made once (fn_extra). */
typedef struct RtConstanten
{
	Numeric		nul;
	Numeric		standaardnorm;	/* 0.75 */
} RtConstanten;

static int
cmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a),
											 NumericGetDatum(b)));
}

static RtConstanten *
rt_constanten(FunctionCallInfo fcinfo)
{
	RtConstanten *c = (RtConstanten *) fcinfo->flinfo->fn_extra;

	if (c == NULL)
	{
		MemoryContext oud = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		c = palloc(sizeof(RtConstanten));
		c->nul = int64_to_numeric(0);
		c->standaardnorm = int64_div_fast_to_numeric(75, 2);
		MemoryContextSwitchTo(oud);
		fcinfo->flinfo->fn_extra = c;
	}
	return c;
}

/* Equal numerics, with a byte comparison first: the norm of every row. */
static bool
zelfde_waarde(Numeric a, Numeric b)
{
	if (VARSIZE(a) == VARSIZE(b) && memcmp(a, b, VARSIZE(a)) == 0)
		return true;
	return cmp(a, b) == 0;
}

/*
 * Append a numeric as a plain numeric (4-byte header) at an int-aligned
 * offset, pad the buffer to the next one and return the offset; the buffer's
 * length must be int-aligned already, which every append here keeps.  A value
 * from a tuple usually has a 1-byte header: copying it here once saves the
 * detoasting copy PG_GETARG_NUMERIC makes.
 */
static int
voeg_numeric_toe(StringInfo buf, Datum d)
{
	struct varlena *v = pg_detoast_datum_packed((struct varlena *) DatumGetPointer(d));
	int			lengte = VARSIZE_ANY_EXHDR(v);
	int			positie = buf->len;

	Assert(positie % sizeof(int32) == 0);
	enlargeStringInfo(buf, VARHDRSZ + lengte + sizeof(int32));
	SET_VARSIZE(buf->data + positie, VARHDRSZ + lengte);
	memcpy(buf->data + positie + VARHDRSZ, VARDATA_ANY(v), lengte);
	buf->len = positie + INTALIGN(VARHDRSZ + lengte);
	memset(buf->data + positie + VARHDRSZ + lengte, 0, buf->len - positie - VARHDRSZ - lengte);
	buf->data[buf->len] = '\0';
	if ((Pointer) v != DatumGetPointer(d))
		pfree(v);
	return positie;
}

static RtToestand *
nieuwe_toestand(MemoryContext mcxt, Numeric norm)
{
	MemoryContext oud = MemoryContextSwitchTo(mcxt);
	RtToestand *t = palloc(sizeof(RtToestand));

	t->norm = DatumGetNumericCopy(NumericGetDatum(norm));
	t->n = 0;
	initStringInfo(&t->paren);
	MemoryContextSwitchTo(oud);
	return t;
}

static void
zelfde_norm(RtToestand *t, Numeric norm)
{
	if (!zelfde_waarde(t->norm, norm))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("norm differs between the rows of one richttariefpercentage"),
				 errdetail("The rows have norms %s and %s.",
						   DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(t->norm))),
						   DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(norm))))));
}

static void
controleer_eindig(Numeric n, const char *naam)
{
	if (numeric_is_nan(n) || numeric_is_inf(n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number", naam)));
}

/*
 * Transition: (state, kostenpercentage, marktaandeel [, norm]).  Rows with a
 * NULL kostenpercentage or marktaandeel are skipped, as aggregates skip NULL;
 * a NULL norm is an error.
 */
Datum
wlz_richttariefpercentage_stap(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	RtToestand *t = PG_ARGISNULL(0) ? NULL : (RtToestand *) PG_GETARG_POINTER(0);
	Numeric		norm;
	Numeric		k,
				m;
	int			kpos,
				mpos;
	MemoryContext oud;
	RtConstanten *c;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "wlz_richttariefpercentage_stap called in non-aggregate context");
	c = rt_constanten(fcinfo);

	if (PG_NARGS() > 3)
	{
		if (PG_ARGISNULL(3))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("norm of a richttariefpercentage must not be null"),
					 errhint("Leave it out for the norm of the documents, 0.75.")));
		norm = PG_GETARG_NUMERIC(3);
		controleer_eindig(norm, "norm");
		if ((t == NULL || !zelfde_waarde(t->norm, norm)) &&
			(cmp(norm, c->nul) <= 0 || cmp(norm, int64_to_numeric(1)) > 0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("norm %s is out of range",
							DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(norm)))),
					 errdetail("The norm is a fraction greater than 0 and at most 1, such as 0.75.")));
	}
	else
		norm = c->standaardnorm;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (t == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(t);
	}

	if (t == NULL)
		t = nieuwe_toestand(aggcontext, norm);
	else
		zelfde_norm(t, norm);

	/* the pair goes into the state first; an error below ends the query */
	oud = MemoryContextSwitchTo(aggcontext);
	kpos = voeg_numeric_toe(&t->paren, PG_GETARG_DATUM(1));
	mpos = voeg_numeric_toe(&t->paren, PG_GETARG_DATUM(2));
	MemoryContextSwitchTo(oud);
	k = (Numeric) (t->paren.data + kpos);
	m = (Numeric) (t->paren.data + mpos);
	controleer_eindig(k, "kostenpercentage");
	controleer_eindig(m, "marktaandeel");
	if (cmp(m, c->nul) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("marktaandeel %s is negative",
						DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(m)))),
				 errdetail("A market share is zero or more.")));
	t->n++;
	PG_RETURN_POINTER(t);
}

/* Combine: the pairs of both states, in one state in the aggregate context. */
Datum
wlz_richttariefpercentage_samenvoegen(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	RtToestand *t1 = PG_ARGISNULL(0) ? NULL : (RtToestand *) PG_GETARG_POINTER(0);
	RtToestand *t2 = PG_ARGISNULL(1) ? NULL : (RtToestand *) PG_GETARG_POINTER(1);
	MemoryContext oud;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "wlz_richttariefpercentage_samenvoegen called in non-aggregate context");

	if (t2 == NULL)
	{
		if (t1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(t1);
	}
	if (t1 == NULL)
		t1 = nieuwe_toestand(aggcontext, t2->norm);
	else
		zelfde_norm(t1, t2->norm);

	/* both buffers keep their numerics at int-aligned offsets */
	oud = MemoryContextSwitchTo(aggcontext);
	appendBinaryStringInfo(&t1->paren, t2->paren.data, t2->paren.len);
	MemoryContextSwitchTo(oud);
	t1->n += t2->n;
	PG_RETURN_POINTER(t1);
}

/* Serialised form: int64 n, the norm (int-aligned), the packed pairs. */
Datum
wlz_richttariefpercentage_serialiseer(PG_FUNCTION_ARGS)
{
	RtToestand *t = (RtToestand *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	bytea	   *b;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "wlz_richttariefpercentage_serialiseer called in non-aggregate context");

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, (const char *) &t->n, sizeof(int64));
	voeg_numeric_toe(&buf, NumericGetDatum(t->norm));
	appendBinaryStringInfo(&buf, t->paren.data, t->paren.len);

	b = palloc(VARHDRSZ + buf.len);
	SET_VARSIZE(b, VARHDRSZ + buf.len);
	memcpy(VARDATA(b), buf.data, buf.len);
	PG_RETURN_BYTEA_P(b);
}

Datum
wlz_richttariefpercentage_deserialiseer(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_P(0);
	const char *p = VARDATA(b);
	int			len = VARSIZE(b) - VARHDRSZ;
	RtToestand *t;
	int			normlen;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "wlz_richttariefpercentage_deserialiseer called in non-aggregate context");

	/* the data of a plain bytea is int-aligned; copy what needs more */
	t = palloc(sizeof(RtToestand));
	memcpy(&t->n, p, sizeof(int64));
	t->norm = DatumGetNumericCopy(PointerGetDatum(p + sizeof(int64)));
	normlen = INTALIGN(VARSIZE(t->norm));
	initStringInfo(&t->paren);
	appendBinaryStringInfo(&t->paren, p + sizeof(int64) + normlen,
						   len - sizeof(int64) - normlen);
	PG_RETURN_POINTER(t);
}

static uint32
groep_hash(const void *key, Size keysize)
{
	return DatumGetUInt32(DirectFunctionCall1(hash_numeric,
											  NumericGetDatum(*(const Numeric *) key)));
}

static int
groep_gelijk(const void *key1, const void *key2, Size keysize)
{
	return cmp(*(const Numeric *) key1, *(const Numeric *) key2) == 0 ? 0 : 1;
}

static int
groep_cmp(const void *a, const void *b)
{
	return cmp((*(Groep *const *) a)->k, (*(Groep *const *) b)->k);
}

/* The smallest kostenpercentage that meets both tests; NULL for no rows. */
Datum
wlz_richttariefpercentage_uitkomst(PG_FUNCTION_ARGS)
{
	RtToestand *t = PG_ARGISNULL(0) ? NULL : (RtToestand *) PG_GETARG_POINTER(0);
	HASHCTL		ctl;
	HTAB	   *groepen;
	HASH_SEQ_STATUS seq;
	Groep	   *g,
			  **rij;
	char	   *p;
	Numeric		totaal,
				aandeel,
				nodig_aantal,
				nodig_aandeel;
	int64		i,
				aantal;
	long		n_groepen;

	if (t == NULL || t->n == 0)
		PG_RETURN_NULL();

	/* the pairs grouped by kostenpercentage; the state stays as it is */
	ctl.keysize = sizeof(Numeric);
	ctl.entrysize = sizeof(Groep);
	ctl.hash = groep_hash;
	ctl.match = groep_gelijk;
	ctl.hcxt = CurrentMemoryContext;
	groepen = hash_create("wlz richttariefpercentage", 256, &ctl,
						  HASH_ELEM | HASH_FUNCTION | HASH_COMPARE | HASH_CONTEXT);
	p = t->paren.data;
	for (i = 0; i < t->n; i++)
	{
		Numeric		k = (Numeric) p;
		Numeric		m;
		bool		gevonden;

		p += INTALIGN(VARSIZE(p));
		m = (Numeric) p;
		p += INTALIGN(VARSIZE(p));
		g = (Groep *) hash_search(groepen, &k, HASH_ENTER, &gevonden);
		if (gevonden)
		{
			g->aantal++;
			g->aandeel = numeric_add_opt_error(g->aandeel, m, NULL);
		}
		else
		{
			g->aantal = 1;
			g->aandeel = m;
		}
	}

	/* the distinct kostenpercentages in order, and the total market share */
	n_groepen = hash_get_num_entries(groepen);
	rij = palloc(sizeof(Groep *) * n_groepen);
	totaal = NULL;
	i = 0;
	hash_seq_init(&seq, groepen);
	while ((g = (Groep *) hash_seq_search(&seq)) != NULL)
	{
		rij[i++] = g;
		totaal = totaal == NULL ? g->aandeel : numeric_add_opt_error(totaal, g->aandeel, NULL);
	}
	qsort(rij, n_groepen, sizeof(Groep *), groep_cmp);

	nodig_aantal = numeric_mul_opt_error(t->norm, int64_to_numeric(t->n), NULL);
	nodig_aandeel = numeric_mul_opt_error(t->norm, totaal, NULL);

	/*
	 * Walk up through the distinct kostenpercentages; providers with the same
	 * kostenpercentage all count for it.  The last one always passes (norm <=
	 * 1), so the loop returns.
	 */
	aantal = 0;
	aandeel = NULL;
	for (i = 0; i < n_groepen; i++)
	{
		g = rij[i];
		aantal += g->aantal;
		aandeel = aandeel == NULL ? g->aandeel : numeric_add_opt_error(aandeel, g->aandeel, NULL);
		if (cmp(int64_to_numeric(aantal), nodig_aantal) >= 0 &&
			cmp(aandeel, nodig_aandeel) >= 0)
			PG_RETURN_DATUM(datumCopy(NumericGetDatum(g->k), false, -1));
	}
	elog(ERROR, "richttariefpercentage found no kostenpercentage");
	PG_RETURN_NULL();
}
