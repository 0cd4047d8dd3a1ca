/*
 * geld.c
 *	  The money cycle (SPEC 11): the aggregates over declaration volumes and
 *	  monthly rows, the policy value wlz.geldbeleid and the per-row engines
 *	  over it (the initial production agreement and the CAK payment of a
 *	  month).  The reshuffle, settlement and budget functions are SQL over
 *	  these pieces (src/sql/shared/70-geld.sql).
 *
 * Sums.  wlz.gewogen_tariefpercentage (Σ p·b / Σ b) and wlz.overproductie
 * (Σ greatest(r − p, 0)) add numerics exactly.  They keep their running sums
 * in PostgreSQL's own state of sum(numeric) (numeric_avg_accum and its
 * combine, serialise and deserialise functions, called with the caller's
 * aggregate context), so they add as fast as the plain SQL an analyst would
 * write and combine in parallel the same way.
 *
 * The occupancy signal.  wlz.bezettingssignaal collects (month, outside the
 * band) per row; the final function sorts a copy and looks for a run of
 * consecutive calendar months outside the band.  It leaves its state alone,
 * so it works as a window aggregate (OVER (... ROWS 2 PRECEDING)).
 *
 * The policy value.  wlz.geldbeleid is a varlena: a header, three arrays of
 * fixed-size rules (volume, geld, betaal) and an area of numerics (at
 * MAXALIGNed offsets, 4-byte headers) and NUL-terminated strings, addressed
 * by offsets from the start of the value (0: NULL).  The per-row functions
 * read it in place: no parsing per row.  Its text form is a JSON object
 * (what wlz.geldbeleid(zorgkantoor, sector, jaar) builds), read through
 * jsonb and checked key by key; the binary form is a version byte and that
 * text, as jsonb_send does, so it carries no OID.  Enum values are stored as
 * the index of their label, never as an OID.
 *
 * The table forms of wlz.productieafspraak and wlz.cak_betaling call the
 * constructor through SPI once per (zorgkantoor, sector, jaar) and query,
 * and keep the value in fn_extra for as long as the active snapshot is the
 * one it was read under (the rule of src/tariefregel.c).
 */
#include "wlzcontract.h"

#include <limits.h>

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "utils/fmgrprotos.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

PG_FUNCTION_INFO_V1(wlz_gewogen_stap);
PG_FUNCTION_INFO_V1(wlz_gewogen_stap_terugval);
PG_FUNCTION_INFO_V1(wlz_gewogen_samenvoegen);
PG_FUNCTION_INFO_V1(wlz_gewogen_serialiseer);
PG_FUNCTION_INFO_V1(wlz_gewogen_deserialiseer);
PG_FUNCTION_INFO_V1(wlz_gewogen_uitkomst);
PG_FUNCTION_INFO_V1(wlz_overproductie_stap);
PG_FUNCTION_INFO_V1(wlz_som_samenvoegen);
PG_FUNCTION_INFO_V1(wlz_som_serialiseer);
PG_FUNCTION_INFO_V1(wlz_som_deserialiseer);
PG_FUNCTION_INFO_V1(wlz_som_uitkomst);

static int
cmp(Datum a, Datum b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, a, b));
}

static Datum
min(Datum a, Datum b)
{
	return DirectFunctionCall2(numeric_sub, a, b);
}

static Datum
maal(Datum a, Datum b)
{
	return DirectFunctionCall2(numeric_mul, a, b);
}

/* a / b at numeric division's precision, trailing zeros dropped */
static Datum
gedeeld(Datum a, Datum b)
{
	return DirectFunctionCall1(numeric_trim_scale, DirectFunctionCall2(numeric_div, a, b));
}

static Datum
getal(int64 n)
{
	return NumericGetDatum(int64_to_numeric(n));
}

static char *
tekst_van(Datum n)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out, n));
}

static bool
eindig(Datum n)
{
	Numeric		x = DatumGetNumeric(n);

	return !numeric_is_nan(x) && !numeric_is_inf(x);
}

/* ------------------------------------------------------------------------
 * Sums in the state of sum(numeric)
 *
 * numeric_avg_accum, numeric_avg_combine, numeric_avg_serialize,
 * numeric_avg_deserialize and numeric_sum are the support functions of
 * sum(numeric).  They find their memory context through the aggregate
 * context of the call, so they are called with a FunctionCallInfo that
 * carries the caller's context.  A sum is a pointer to that state, NULL
 * before the first value.
 * ------------------------------------------------------------------------
 */

static Datum
roep(PGFunction f, FunctionCallInfo fcinfo, Datum a, bool a_null, Datum b, bool b_null,
	 bool *isnull)
{
	LOCAL_FCINFO(f2, 2);
	Datum		r;

	InitFunctionCallInfoData(*f2, NULL, 2, InvalidOid, fcinfo->context, NULL);
	f2->args[0].value = a;
	f2->args[0].isnull = a_null;
	f2->args[1].value = b;
	f2->args[1].isnull = b_null;
	r = f(f2);
	*isnull = f2->isnull;
	return r;
}

static void *
som_plus(FunctionCallInfo fcinfo, void *som, Datum waarde)
{
	bool		isnull;

	return DatumGetPointer(roep(numeric_avg_accum, fcinfo, PointerGetDatum(som), som == NULL,
								waarde, false, &isnull));
}

static void *
som_samen(FunctionCallInfo fcinfo, void *a, void *b)
{
	bool		isnull;
	Datum		r;

	if (b == NULL)
		return a;
	r = roep(numeric_avg_combine, fcinfo, PointerGetDatum(a), a == NULL,
			 PointerGetDatum(b), false, &isnull);
	return isnull ? NULL : DatumGetPointer(r);
}

static void
som_schrijf(FunctionCallInfo fcinfo, StringInfo buf, void *som)
{
	bool		isnull;
	bytea	   *b;

	if (som == NULL)
	{
		pq_sendint32(buf, -1);
		return;
	}
	b = DatumGetByteaPP(roep(numeric_avg_serialize, fcinfo, PointerGetDatum(som), false,
							 (Datum) 0, true, &isnull));
	pq_sendint32(buf, VARSIZE_ANY_EXHDR(b));
	pq_sendbytes(buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
}

static void *
som_lees(FunctionCallInfo fcinfo, StringInfo buf)
{
	int32		len = pq_getmsgint(buf, 4);
	bytea	   *b;
	bool		isnull;

	if (len < 0)
		return NULL;
	b = palloc(VARHDRSZ + len);
	SET_VARSIZE(b, VARHDRSZ + len);
	pq_copymsgbytes(buf, VARDATA(b), len);
	return DatumGetPointer(roep(numeric_avg_deserialize, fcinfo, PointerGetDatum(b), false,
								(Datum) 0, true, &isnull));
}

/* The sum as a numeric; *isnull when nothing was added. */
static Datum
som_waarde(FunctionCallInfo fcinfo, void *som, bool *isnull)
{
	if (som == NULL)
	{
		*isnull = true;
		return (Datum) 0;
	}
	return roep(numeric_sum, fcinfo, PointerGetDatum(som), false, (Datum) 0, true, isnull);
}

/* A read-only StringInfo over a bytea (initReadOnlyStringInfo is 17+). */
static void
leesbuffer(StringInfo buf, bytea *data)
{
	buf->data = VARDATA_ANY(data);
	buf->len = VARSIZE_ANY_EXHDR(data);
	buf->maxlen = buf->len;
	buf->cursor = 0;
}

static void
aggregaat_context(FunctionCallInfo fcinfo, MemoryContext *ctx, const char *naam)
{
	if (!AggCheckCallContext(fcinfo, ctx))
		elog(ERROR, "%s called in non-aggregate context", naam);
}

/* Constants of a call site, made once in fn_mcxt. */
typedef struct Constanten
{
	Datum		nul;
	Datum		honderd;
} Constanten;

static Constanten *
constanten(FunctionCallInfo fcinfo)
{
	Constanten *c = (Constanten *) fcinfo->flinfo->fn_extra;

	if (c == NULL)
	{
		MemoryContext oud = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		c = palloc(sizeof(Constanten));
		c->nul = getal(0);
		c->honderd = getal(100);
		MemoryContextSwitchTo(oud);
		fcinfo->flinfo->fn_extra = c;
	}
	return c;
}

/* ------------------------------------------------------------------------
 * wlz.gewogen_tariefpercentage(percentage, bedrag [, maand, basisjaar])
 * (004 L727-733; the fallback of L761-765)
 * ------------------------------------------------------------------------
 */

typedef struct Gewogen
{
	void	   *pb;				/* Σ p·b of the rows that count first */
	void	   *b;				/* Σ b of those rows */
	void	   *pb_terug;		/* the fallback: the first four months of */
	void	   *b_terug;		/* the year after basisjaar */
	bool		met_jaar;		/* the four-argument form */
	int32		basisjaar;
} Gewogen;

static Gewogen *
gewogen_nieuw(MemoryContext ctx)
{
	return (Gewogen *) MemoryContextAllocZero(ctx, sizeof(Gewogen));
}

/* Check one row's percentage and amount; returns p·b. */
static Datum
gewogen_product(FunctionCallInfo fcinfo, Datum p, Datum b)
{
	Constanten *c = constanten(fcinfo);

	if (!eindig(p) || cmp(p, c->nul) < 0 || cmp(p, c->honderd) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tariff percentage %s is out of range", tekst_van(p)),
				 errdetail("A tariff percentage lies between 0 and 100.")));
	if (!eindig(b))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("declared amount %s is not a finite number", tekst_van(b)),
				 errhint("Weigh with the declared amounts in euros.")));
	return maal(p, b);
}

Datum
wlz_gewogen_stap(PG_FUNCTION_ARGS)
{
	MemoryContext ctx;
	Gewogen    *g;

	aggregaat_context(fcinfo, &ctx, "wlz.gewogen_stap");
	g = PG_ARGISNULL(0) ? gewogen_nieuw(ctx) : (Gewogen *) PG_GETARG_POINTER(0);
	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
	{
		Datum		p = NumericGetDatum(PG_GETARG_NUMERIC(1));
		Datum		b = NumericGetDatum(PG_GETARG_NUMERIC(2));
		Datum		pb = gewogen_product(fcinfo, p, b);

		g->pb = som_plus(fcinfo, g->pb, pb);
		g->b = som_plus(fcinfo, g->b, b);
	}
	PG_RETURN_POINTER(g);
}

Datum
wlz_gewogen_stap_terugval(PG_FUNCTION_ARGS)
{
	MemoryContext ctx;
	Gewogen    *g;
	int32		basisjaar;
	DateADT		maand;
	int			j,
				m,
				d;

	aggregaat_context(fcinfo, &ctx, "wlz.gewogen_stap");
	if (PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("basisjaar of a weighted tariff percentage must not be null"),
				 errhint("Give the year whose declarations count, such as 2020.")));
	basisjaar = PG_GETARG_INT32(4);
	if (basisjaar < 1 || basisjaar > 9998)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("basisjaar %d is out of range", basisjaar)));
	g = PG_ARGISNULL(0) ? gewogen_nieuw(ctx) : (Gewogen *) PG_GETARG_POINTER(0);
	if (!g->met_jaar)
	{
		g->met_jaar = true;
		g->basisjaar = basisjaar;
	}
	else if (g->basisjaar != basisjaar)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("basisjaar differs between rows: %d and %d", g->basisjaar, basisjaar),
				 errhint("A weighted tariff percentage has one basisjaar; group by it.")));

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PG_RETURN_POINTER(g);
	maand = PG_GETARG_DATEADT(3);
	if (DATE_NOT_FINITE(maand))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("month of a declaration must be a finite date")));
	j2date(maand + POSTGRES_EPOCH_JDATE, &j, &m, &d);
	if (j == basisjaar || (j == basisjaar + 1 && m <= 4))
	{
		Datum		p = NumericGetDatum(PG_GETARG_NUMERIC(1));
		Datum		b = NumericGetDatum(PG_GETARG_NUMERIC(2));
		Datum		pb = gewogen_product(fcinfo, p, b);

		if (j == basisjaar)
		{
			g->pb = som_plus(fcinfo, g->pb, pb);
			g->b = som_plus(fcinfo, g->b, b);
		}
		else
		{
			g->pb_terug = som_plus(fcinfo, g->pb_terug, pb);
			g->b_terug = som_plus(fcinfo, g->b_terug, b);
		}
	}
	PG_RETURN_POINTER(g);
}

Datum
wlz_gewogen_samenvoegen(PG_FUNCTION_ARGS)
{
	MemoryContext ctx;
	Gewogen    *a;
	Gewogen    *b;

	aggregaat_context(fcinfo, &ctx, "wlz.gewogen_samenvoegen");
	a = PG_ARGISNULL(0) ? NULL : (Gewogen *) PG_GETARG_POINTER(0);
	b = PG_ARGISNULL(1) ? NULL : (Gewogen *) PG_GETARG_POINTER(1);
	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = gewogen_nieuw(ctx);
	if (b->met_jaar)
	{
		if (a->met_jaar && a->basisjaar != b->basisjaar)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("basisjaar differs between rows: %d and %d", a->basisjaar, b->basisjaar),
					 errhint("A weighted tariff percentage has one basisjaar; group by it.")));
		a->met_jaar = true;
		a->basisjaar = b->basisjaar;
	}
	/* numeric_avg_combine copies b's sums into the aggregate context */
	a->pb = som_samen(fcinfo, a->pb, b->pb);
	a->b = som_samen(fcinfo, a->b, b->b);
	a->pb_terug = som_samen(fcinfo, a->pb_terug, b->pb_terug);
	a->b_terug = som_samen(fcinfo, a->b_terug, b->b_terug);
	PG_RETURN_POINTER(a);
}

Datum
wlz_gewogen_serialiseer(PG_FUNCTION_ARGS)
{
	Gewogen    *g;
	StringInfoData buf;

	aggregaat_context(fcinfo, NULL, "wlz.gewogen_serialiseer");
	g = (Gewogen *) PG_GETARG_POINTER(0);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, g->met_jaar ? 1 : 0);
	pq_sendint32(&buf, g->basisjaar);
	som_schrijf(fcinfo, &buf, g->pb);
	som_schrijf(fcinfo, &buf, g->b);
	som_schrijf(fcinfo, &buf, g->pb_terug);
	som_schrijf(fcinfo, &buf, g->b_terug);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
wlz_gewogen_deserialiseer(PG_FUNCTION_ARGS)
{
	bytea	   *data = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	Gewogen    *g;

	aggregaat_context(fcinfo, NULL, "wlz.gewogen_deserialiseer");
	leesbuffer(&buf, data);
	g = gewogen_nieuw(CurrentMemoryContext);
	g->met_jaar = pq_getmsgbyte(&buf) != 0;
	g->basisjaar = pq_getmsgint(&buf, 4);
	g->pb = som_lees(fcinfo, &buf);
	g->b = som_lees(fcinfo, &buf);
	g->pb_terug = som_lees(fcinfo, &buf);
	g->b_terug = som_lees(fcinfo, &buf);
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(g);
}

/* Σ p·b / Σ b, or NULL without rows or without weight. */
static Datum
gewogen_quotient(FunctionCallInfo fcinfo, void *pb, void *b, bool *isnull)
{
	Datum		teller,
				noemer;

	noemer = som_waarde(fcinfo, b, isnull);
	if (*isnull)
		return (Datum) 0;
	if (cmp(noemer, getal(0)) == 0)
	{
		*isnull = true;
		return (Datum) 0;
	}
	teller = som_waarde(fcinfo, pb, isnull);
	Assert(!*isnull);
	return gedeeld(teller, noemer);
}

Datum
wlz_gewogen_uitkomst(PG_FUNCTION_ARGS)
{
	Gewogen    *g;
	bool		isnull;
	Datum		r;

	aggregaat_context(fcinfo, NULL, "wlz.gewogen_uitkomst");
	g = PG_ARGISNULL(0) ? NULL : (Gewogen *) PG_GETARG_POINTER(0);
	if (g == NULL)
		PG_RETURN_NULL();
	/* rows in basisjaar: the provider was active then; else the fallback */
	if (g->met_jaar && g->b == NULL)
		r = gewogen_quotient(fcinfo, g->pb_terug, g->b_terug, &isnull);
	else
		r = gewogen_quotient(fcinfo, g->pb, g->b, &isnull);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(r);
}

/* ------------------------------------------------------------------------
 * wlz.overproductie(realisatie, plafond): Σ greatest(realisatie − plafond, 0)
 * ------------------------------------------------------------------------
 */

Datum
wlz_overproductie_stap(PG_FUNCTION_ARGS)
{
	void	   *som;
	Datum		r,
				p;

	aggregaat_context(fcinfo, NULL, "wlz.overproductie_stap");
	som = PG_ARGISNULL(0) ? NULL : PG_GETARG_POINTER(0);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (som == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(som);
	}
	r = NumericGetDatum(PG_GETARG_NUMERIC(1));
	p = NumericGetDatum(PG_GETARG_NUMERIC(2));
	if (!eindig(r) || !eindig(p))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("realisation %s and ceiling %s must be finite numbers", tekst_van(r), tekst_van(p))));
	if (cmp(r, p) > 0)
		som = som_plus(fcinfo, som, min(r, p));
	else
		som = som_plus(fcinfo, som, constanten(fcinfo)->nul);
	PG_RETURN_POINTER(som);
}

Datum
wlz_som_samenvoegen(PG_FUNCTION_ARGS)
{
	void	   *a = PG_ARGISNULL(0) ? NULL : PG_GETARG_POINTER(0);
	void	   *b = PG_ARGISNULL(1) ? NULL : PG_GETARG_POINTER(1);

	aggregaat_context(fcinfo, NULL, "wlz.som_samenvoegen");
	a = som_samen(fcinfo, a, b);
	if (a == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(a);
}

Datum
wlz_som_serialiseer(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	aggregaat_context(fcinfo, NULL, "wlz.som_serialiseer");
	pq_begintypsend(&buf);
	som_schrijf(fcinfo, &buf, PG_GETARG_POINTER(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
wlz_som_deserialiseer(PG_FUNCTION_ARGS)
{
	bytea	   *data = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	void	   *som;

	aggregaat_context(fcinfo, NULL, "wlz.som_deserialiseer");
	leesbuffer(&buf, data);
	som = som_lees(fcinfo, &buf);
	pq_getmsgend(&buf);
	if (som == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(som);
}

Datum
wlz_som_uitkomst(PG_FUNCTION_ARGS)
{
	bool		isnull;
	Datum		r;

	aggregaat_context(fcinfo, NULL, "wlz.som_uitkomst");
	r = som_waarde(fcinfo, PG_ARGISNULL(0) ? NULL : PG_GETARG_POINTER(0), &isnull);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(r);
}
