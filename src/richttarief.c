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
 * serialised form (for parallel aggregation) trivial; the final function
 * sorts a copy of the pairs and walks it once.  Numeric throughout: the
 * tests "at least 75 %" compare exact sums.
 */
#include "wlzcontract.h"

#include "lib/stringinfo.h"
#include "utils/builtins.h"
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

typedef struct Paar
{
	Numeric		k;
	Numeric		m;
} Paar;

static int
cmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a),
											 NumericGetDatum(b)));
}

static void
voeg_numeric_toe(StringInfo buf, Numeric n)
{
	appendBinaryStringInfo(buf, (const char *) n, VARSIZE(n));
	while (buf->len % sizeof(int32) != 0)
		appendStringInfoCharMacro(buf, '\0');
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
	if (cmp(t->norm, norm) != 0)
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
	MemoryContext oud;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "wlz_richttariefpercentage_stap called in non-aggregate context");

	if (PG_NARGS() > 3)
	{
		if (PG_ARGISNULL(3))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("norm of a richttariefpercentage must not be null"),
					 errhint("Leave it out for the norm of the documents, 0.75.")));
		norm = PG_GETARG_NUMERIC(3);
		controleer_eindig(norm, "norm");
		if (cmp(norm, int64_to_numeric(0)) <= 0 || cmp(norm, int64_to_numeric(1)) > 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("norm %s is out of range",
							DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(norm)))),
					 errdetail("The norm is a fraction greater than 0 and at most 1, such as 0.75.")));
	}
	else
		norm = int64_div_fast_to_numeric(75, 2);

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (t == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(t);
	}

	k = PG_GETARG_NUMERIC(1);
	m = PG_GETARG_NUMERIC(2);
	controleer_eindig(k, "kostenpercentage");
	controleer_eindig(m, "marktaandeel");
	if (cmp(m, int64_to_numeric(0)) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("marktaandeel %s is negative",
						DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(m)))),
				 errdetail("A market share is zero or more.")));

	if (t == NULL)
		t = nieuwe_toestand(aggcontext, norm);
	else
		zelfde_norm(t, norm);

	oud = MemoryContextSwitchTo(aggcontext);
	voeg_numeric_toe(&t->paren, k);
	voeg_numeric_toe(&t->paren, m);
	MemoryContextSwitchTo(oud);
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
	voeg_numeric_toe(&buf, t->norm);
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

static int
paar_cmp(const void *a, const void *b)
{
	return cmp(((const Paar *) a)->k, ((const Paar *) b)->k);
}

/* The smallest kostenpercentage that meets both tests; NULL for no rows. */
Datum
wlz_richttariefpercentage_uitkomst(PG_FUNCTION_ARGS)
{
	RtToestand *t = PG_ARGISNULL(0) ? NULL : (RtToestand *) PG_GETARG_POINTER(0);
	Paar	   *paren;
	char	   *p;
	Datum		totaal;
	Datum		nodig_aantal,
				nodig_aandeel,
				aandeel;
	int64		i,
				aantal;

	if (t == NULL || t->n == 0)
		PG_RETURN_NULL();

	/* the pairs, sorted by kostenpercentage; the state stays as it is */
	paren = palloc(sizeof(Paar) * t->n);
	p = t->paren.data;
	totaal = NumericGetDatum(int64_to_numeric(0));
	for (i = 0; i < t->n; i++)
	{
		paren[i].k = (Numeric) p;
		p += INTALIGN(VARSIZE(p));
		paren[i].m = (Numeric) p;
		p += INTALIGN(VARSIZE(p));
		totaal = DirectFunctionCall2(numeric_add, totaal, NumericGetDatum(paren[i].m));
	}
	qsort(paren, t->n, sizeof(Paar), paar_cmp);

	nodig_aantal = DirectFunctionCall2(numeric_mul, NumericGetDatum(t->norm),
									   NumericGetDatum(int64_to_numeric(t->n)));
	nodig_aandeel = DirectFunctionCall2(numeric_mul, NumericGetDatum(t->norm), totaal);

	/*
	 * Walk up through the distinct kostenpercentages; providers with the same
	 * kostenpercentage all count for it.  The last one always passes (norm <=
	 * 1), so the loop returns.
	 */
	aantal = 0;
	aandeel = NumericGetDatum(int64_to_numeric(0));
	i = 0;
	while (i < t->n)
	{
		int64		j = i;

		while (j < t->n && cmp(paren[j].k, paren[i].k) == 0)
		{
			aantal++;
			aandeel = DirectFunctionCall2(numeric_add, aandeel, NumericGetDatum(paren[j].m));
			j++;
		}
		if (cmp(int64_to_numeric(aantal), DatumGetNumeric(nodig_aantal)) >= 0 &&
			cmp(DatumGetNumeric(aandeel), DatumGetNumeric(nodig_aandeel)) >= 0)
			PG_RETURN_DATUM(datumCopy(NumericGetDatum(paren[i].k), false, -1));
		i = j;
	}
	elog(ERROR, "richttariefpercentage found no kostenpercentage");
	PG_RETURN_NULL();
}
