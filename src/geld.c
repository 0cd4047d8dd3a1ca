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
 * consecutive calendar months outside the band.  It leaves its state alone
 * and has an inverse transition, so it works as a window aggregate over a
 * sliding frame (OVER (... ROWS 2 PRECEDING)) without restarting each row.
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
PG_FUNCTION_INFO_V1(wlz_bezetting_stap);
PG_FUNCTION_INFO_V1(wlz_bezetting_stap_beleid);
PG_FUNCTION_INFO_V1(wlz_bezetting_terug);
PG_FUNCTION_INFO_V1(wlz_bezetting_terug_beleid);
PG_FUNCTION_INFO_V1(wlz_bezetting_samenvoegen);
PG_FUNCTION_INFO_V1(wlz_bezetting_serialiseer);
PG_FUNCTION_INFO_V1(wlz_bezetting_deserialiseer);
PG_FUNCTION_INFO_V1(wlz_bezetting_uitkomst);
PG_FUNCTION_INFO_V1(wlz_geldbeleid_in);
PG_FUNCTION_INFO_V1(wlz_geldbeleid_out);
PG_FUNCTION_INFO_V1(wlz_geldbeleid_recv);
PG_FUNCTION_INFO_V1(wlz_geldbeleid_send);
PG_FUNCTION_INFO_V1(wlz_geldbeleid_naam);
PG_FUNCTION_INFO_V1(wlz_geldbeleid_jaar);
PG_FUNCTION_INFO_V1(wlz_geldregels);
PG_FUNCTION_INFO_V1(wlz_productieafspraak);
PG_FUNCTION_INFO_V1(wlz_productieafspraak_beleid);
PG_FUNCTION_INFO_V1(wlz_productieafspraak_uitleg);
PG_FUNCTION_INFO_V1(wlz_productieafspraak_uitleg_beleid);
PG_FUNCTION_INFO_V1(wlz_cak_betaling);
PG_FUNCTION_INFO_V1(wlz_cak_betaling_beleid);
PG_FUNCTION_INFO_V1(wlz_cak_betaling_uitleg);
PG_FUNCTION_INFO_V1(wlz_cak_betaling_uitleg_beleid);

static int
cmp(Datum a, Datum b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, a, b));
}

static Datum
plus(Datum a, Datum b)
{
	return DirectFunctionCall2(numeric_add, a, b);
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

/* a / b at numeric division's precision */
static Datum
deel(Datum a, Datum b)
{
	return DirectFunctionCall2(numeric_div, a, b);
}

static Datum
kort(Datum a)
{
	return DirectFunctionCall1(numeric_trim_scale, a);
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

/* The same number: the same bytes (the usual case, a constant), or equal. */
static bool
zelfde_getal(Numeric a, Datum b)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(b);

	if (VARSIZE_ANY_EXHDR(v) == VARSIZE(a) - VARHDRSZ &&
		memcmp(VARDATA_ANY(v), VARDATA(a), VARSIZE(a) - VARHDRSZ) == 0)
		return true;
	return cmp(NumericGetDatum(a), b) == 0;
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
	/* the last percentage checked, as bytes: percentages repeat */
	int			laatste_len;
	char		laatste[32];
} Gewogen;

static Gewogen *
gewogen_nieuw(MemoryContext ctx)
{
	Gewogen    *g = (Gewogen *) MemoryContextAllocZero(ctx, sizeof(Gewogen));

	g->laatste_len = -1;
	return g;
}

/* Check one row's percentage and amount; returns p·b. */
static Datum
gewogen_product(FunctionCallInfo fcinfo, Gewogen *g, Datum p, Datum b)
{
	int			len = VARSIZE(DatumGetPointer(p)) - VARHDRSZ;

	if (len != g->laatste_len || memcmp(VARDATA(DatumGetPointer(p)), g->laatste, len) != 0)
	{
		Constanten *c = constanten(fcinfo);

		if (!eindig(p) || cmp(p, c->nul) < 0 || cmp(p, c->honderd) > 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("tariff percentage %s is out of range", tekst_van(p)),
					 errdetail("A tariff percentage lies between 0 and 100.")));
		if (len <= (int) sizeof(g->laatste))
		{
			memcpy(g->laatste, VARDATA(DatumGetPointer(p)), len);
			g->laatste_len = len;
		}
	}
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
		Datum		pb = gewogen_product(fcinfo, g, p, b);

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
		Datum		pb = gewogen_product(fcinfo, g, p, b);

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

/* ------------------------------------------------------------------------
 * The policy value wlz.geldbeleid
 * ------------------------------------------------------------------------
 */

#define GB_VERSIE		1
#define GB_ALLE			0xFF	/* a scope that matches anything (NULL) */

/* The labels of the enums, in the order of their CREATE TYPE. */
static const char *const sector_labels[] = {"VV", "GZ", "GGZ"};
static const char *const klasse_labels[] = {"bestaand", "bestaand-maar-nieuw", "nieuw"};
static const char *const vorm_labels[] = {"verblijf", "vpt", "mpt", "dtv"};
static const char *const bewerking_labels[] = {
	"grondslag", "aandeel", "vast", "maximum", "minimum", "niet-toegekend"
};
static const char *const soort_labels[] = {
	"herschikkingsmarge", "terughoudend-tot", "crisisbezetting-minimum",
	"bezetting-onder", "bezetting-boven", "bezetting-maanden",
	"voorrang-groei", "voorrang-herschikking", "plafond-per-leveringsvorm",
	"liquiditeitsmelding-werkdag", "gegarandeerd", "korting-uitgezonderd"
};
static const char *const methode_labels[] = {"pro-rata", "realisatie", "aw319"};
static const char *const plafond_labels[] = {"initieel", "actueel", "herschikt"};

typedef enum VolumeBewerking
{
	VB_GRONDSLAG, VB_AANDEEL, VB_VAST, VB_MAXIMUM, VB_MINIMUM, VB_NIET_TOEGEKEND
} VolumeBewerking;

typedef enum Soort
{
	S_HERSCHIKKINGSMARGE, S_TERUGHOUDEND_TOT, S_CRISISBEZETTING_MINIMUM,
	S_BEZETTING_ONDER, S_BEZETTING_BOVEN, S_BEZETTING_MAANDEN,
	S_VOORRANG_GROEI, S_VOORRANG_HERSCHIKKING, S_PLAFOND_PER_LEVERINGSVORM,
	S_LIQUIDITEITSMELDING_WERKDAG, S_GEGARANDEERD, S_KORTING_UITGEZONDERD
} Soort;

typedef enum Methode
{
	M_PRO_RATA, M_REALISATIE, M_AW319
} Methode;

typedef enum Plafond
{
	P_INITIEEL, P_ACTUEEL, P_HERSCHIKT
} Plafond;

/* Offsets are from the start of the value; 0 is NULL. */
typedef struct GbKop
{
	int32		vl_len_;
	int32		versie;
	int32		jaar;
	int32		sector;			/* index into sector_labels */
	int32		zorgkantoor;	/* string */
	int32		nvolume;
	int32		ngeld;
	int32		nbetaal;
	int32		volume;			/* GbVolume[nvolume] */
	int32		geld;			/* GbGeld[ngeld] */
	int32		betaal;			/* GbBetaal[nbetaal] */
	int32		pad;
} GbKop;

typedef struct GbVolume
{
	int32		id;				/* 0: none */
	uint8		bewerking;
	uint8		klassen;		/* bit per klasse, GB_ALLE: any */
	uint8		vormen;			/* bit per leveringsvorm, GB_ALLE: any */
	uint8		eindregel;
	int32		kenmerk;		/* string */
	int32		waarde;			/* numeric */
	int32		operand;		/* numeric: waarde / 100 for aandeel */
	int32		bron;
	int32		toelichting;
} GbVolume;

typedef struct GbGeld
{
	int32		id;
	uint8		soort;
	uint8		nvormen;		/* 0: NULL */
	uint8		vormen[4];		/* in order */
	uint8		pad[2];
	int32		waarde;
	int32		kenmerk;
	int32		bron;
	int32		toelichting;
} GbGeld;

typedef struct GbBetaal
{
	int32		id;
	int8		met_voorschot;	/* -1: both (NULL) */
	uint8		methode;
	int8		plafond;		/* -1: none */
	uint8		liquiditeitscorrectie;
	int32		van_maand;
	int32		tot_maand;
	int32		voorschotmaanden;
	int32		bron;
	int32		toelichting;
} GbBetaal;

#define GB_TEKST(kop, off)	((off) ? ((const char *) (kop)) + (off) : NULL)
#define GB_GETAL(kop, off)	NumericGetDatum((Numeric) (((char *) (kop)) + (off)))
#define GB_VOLUME(kop)		((const GbVolume *) (((const char *) (kop)) + (kop)->volume))
#define GB_GELD(kop)		((const GbGeld *) (((const char *) (kop)) + (kop)->geld))
#define GB_BETAAL(kop)		((const GbBetaal *) (((const char *) (kop)) + (kop)->betaal))

/* The value of an argument, detoasted; its version checked. */
static GbKop *
beleid_arg(FunctionCallInfo fcinfo, int n)
{
	GbKop	   *kop;

	if (PG_ARGISNULL(n))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("money policy must not be null"),
				 errhint("Make one with wlz.geldbeleid(zorgkantoor, sector, jaar).")));
	kop = (GbKop *) PG_DETOAST_DATUM(PG_GETARG_DATUM(n));
	if (kop->versie != GB_VERSIE)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("wlz.geldbeleid value of format version %d is not supported", kop->versie),
				 errhint("Make it again with wlz.geldbeleid(zorgkantoor, sector, jaar).")));
	return kop;
}

/* ---- reading the text form ---- */

static void pg_attribute_noreturn()
invoerfout(const char *fmt,...) pg_attribute_printf(1, 2);

static void
invoerfout(const char *fmt,...)
{
	va_list		args;
	char		detail[512];

	va_start(args, fmt);
	vsnprintf(detail, sizeof(detail), fmt, args);
	va_end(args);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type wlz.geldbeleid"),
			 errdetail("%s", detail),
			 errhint("Write a JSON object as the output of wlz.geldbeleid(zorgkantoor, sector, jaar) shows it: "
					 "{\"zorgkantoor\": \"cz\", \"sector\": \"GZ\", \"jaar\": 2026, "
					 "\"volumeregels\": [...], \"geldregels\": [...], \"betaalregels\": [...]}.")));
}

static int
label_index(const char *const *labels, int n, const char *s, int len)
{
	for (int i = 0; i < n; i++)
		if ((int) strlen(labels[i]) == len && memcmp(labels[i], s, len) == 0)
			return i;
	return -1;
}

/* Where in the input we are, for messages. */
typedef struct Plek
{
	const char *lijst;			/* "volumeregels" or NULL at the top */
	int			nr;				/* 1-based */
} Plek;

static const char *
plek(const Plek *p, const char *sleutel)
{
	if (p->lijst == NULL)
		return psprintf("key \"%s\"", sleutel);
	return psprintf("key \"%s\" of %s element %d", sleutel, p->lijst, p->nr);
}

static void
alleen_sleutels(JsonbContainer *obj, const char *const *sleutels, int n, const Plek *p)
{
	JsonbIterator *it = JsonbIteratorInit(obj);
	JsonbValue	v;
	JsonbIteratorToken t;

	while ((t = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
		if (t == WJB_KEY && label_index(sleutels, n, v.val.string.val, v.val.string.len) < 0)
		{
			char	   *k = pnstrdup(v.val.string.val, v.val.string.len);

			if (p->lijst == NULL)
				invoerfout("Unknown key \"%s\".", k);
			invoerfout("Unknown key \"%s\" in %s element %d.", k, p->lijst, p->nr);
		}
}

/* The value of a key; NULL when absent or JSON null. */
static JsonbValue *
waarde_van(JsonbContainer *obj, const char *sleutel)
{
	JsonbValue *v = getKeyJsonValueFromContainer(obj, sleutel, strlen(sleutel), NULL);

	if (v == NULL || v->type == jbvNull)
		return NULL;
	return v;
}

static char *
lees_tekst(JsonbContainer *obj, const char *sleutel, bool nodig, const Plek *p)
{
	JsonbValue *v = waarde_van(obj, sleutel);

	if (v == NULL)
	{
		if (nodig)
			invoerfout("The %s is missing.", plek(p, sleutel));
		return NULL;
	}
	if (v->type != jbvString)
		invoerfout("The %s must be a string.", plek(p, sleutel));
	return pnstrdup(v->val.string.val, v->val.string.len);
}

static int
lees_label(JsonbContainer *obj, const char *sleutel, const char *const *labels, int n,
		   bool nodig, const Plek *p)
{
	JsonbValue *v = waarde_van(obj, sleutel);
	int			i;

	if (v == NULL)
	{
		if (nodig)
			invoerfout("The %s is missing.", plek(p, sleutel));
		return -1;
	}
	if (v->type != jbvString)
		invoerfout("The %s must be a string.", plek(p, sleutel));
	i = label_index(labels, n, v->val.string.val, v->val.string.len);
	if (i < 0)
		invoerfout("The %s has an unknown value \"%s\".", plek(p, sleutel),
				   pnstrdup(v->val.string.val, v->val.string.len));
	return i;
}

static Numeric
lees_getal(JsonbContainer *obj, const char *sleutel, bool nodig, const Plek *p)
{
	JsonbValue *v = waarde_van(obj, sleutel);

	if (v == NULL)
	{
		if (nodig)
			invoerfout("The %s is missing.", plek(p, sleutel));
		return NULL;
	}
	if (v->type != jbvNumeric)
		invoerfout("The %s must be a number.", plek(p, sleutel));
	return v->val.numeric;
}

static int32
lees_geheel(JsonbContainer *obj, const char *sleutel, bool nodig, int32 standaard,
			int32 laagst, int32 hoogst, const Plek *p)
{
	Numeric		n = lees_getal(obj, sleutel, nodig, p);
	bool		fout = false;
	int32		i;

	if (n == NULL)
		return standaard;
	i = numeric_int4_opt_error(n, &fout);
	if (fout || cmp(NumericGetDatum(n), getal(i)) != 0 || i < laagst || i > hoogst)
		invoerfout("The %s must be a whole number from %d to %d.", plek(p, sleutel), laagst, hoogst);
	return i;
}

static int
lees_bool(JsonbContainer *obj, const char *sleutel, int standaard, const Plek *p)
{
	JsonbValue *v = waarde_van(obj, sleutel);

	if (v == NULL)
		return standaard;
	if (v->type != jbvBool)
		invoerfout("The %s must be true, false or null.", plek(p, sleutel));
	return v->val.boolean ? 1 : 0;
}

/* An array value (a container), or NULL when absent or null. */
static JsonbContainer *
lees_lijst(JsonbContainer *obj, const char *sleutel, const Plek *p)
{
	JsonbValue *v = waarde_van(obj, sleutel);

	if (v == NULL)
		return NULL;
	if (v->type != jbvBinary || !JsonContainerIsArray(v->val.binary.data) ||
		JsonContainerIsScalar(v->val.binary.data))
		invoerfout("The %s must be an array.", plek(p, sleutel));
	return v->val.binary.data;
}

/* A list of labels, in order; returns the count, -1 when NULL. */
static int
lees_labels(JsonbContainer *obj, const char *sleutel, const char *const *labels, int n,
			uint8 *uit, int max, const Plek *p)
{
	JsonbContainer *lijst = lees_lijst(obj, sleutel, p);
	int			aantal;

	if (lijst == NULL)
		return -1;
	aantal = JsonContainerSize(lijst);
	if (aantal == 0)
		invoerfout("The %s must not be empty (null means all).", plek(p, sleutel));
	if (aantal > max)
		invoerfout("The %s has more than %d elements.", plek(p, sleutel), max);
	for (int i = 0; i < aantal; i++)
	{
		JsonbValue *e = getIthJsonbValueFromContainer(lijst, i);
		int			l;

		if (e->type != jbvString)
			invoerfout("The %s must hold strings.", plek(p, sleutel));
		l = label_index(labels, n, e->val.string.val, e->val.string.len);
		if (l < 0)
			invoerfout("The %s has an unknown value \"%s\".", plek(p, sleutel),
					   pnstrdup(e->val.string.val, e->val.string.len));
		uit[i] = (uint8) l;
	}
	return aantal;
}

static uint8
als_masker(const uint8 *labels, int n)
{
	uint8		m = 0;

	if (n < 0)
		return GB_ALLE;
	for (int i = 0; i < n; i++)
		m |= (uint8) (1 << labels[i]);
	return m;
}

/* ---- building the value ---- */

typedef struct Bouw
{
	StringInfoData buf;			/* the variable area; starts after the arrays */
} Bouw;

static int32
bouw_tekst(Bouw *b, const char *s)
{
	int32		off;

	if (s == NULL)
		return 0;
	off = b->buf.len;
	appendBinaryStringInfo(&b->buf, s, strlen(s) + 1);
	return off;
}

static void
bouw_uitlijnen(Bouw *b)
{
	while (b->buf.len % MAXIMUM_ALIGNOF != 0)
		appendStringInfoChar(&b->buf, '\0');
}

/* A numeric with a 4-byte header at a MAXALIGNed offset. */
static int32
bouw_getal(Bouw *b, Datum d)
{
	struct varlena *v;
	int32		off,
				len;

	if (d == (Datum) 0)
		return 0;
	v = pg_detoast_datum_packed((struct varlena *) DatumGetPointer(d));
	len = VARSIZE_ANY_EXHDR(v);
	bouw_uitlijnen(b);
	off = b->buf.len;
	enlargeStringInfo(&b->buf, VARHDRSZ + len);
	SET_VARSIZE(b->buf.data + off, VARHDRSZ + len);
	memcpy(b->buf.data + off + VARHDRSZ, VARDATA_ANY(v), len);
	b->buf.len += VARHDRSZ + len;
	b->buf.data[b->buf.len] = '\0';
	return off;
}

static const char *const top_sleutels[] = {
	"zorgkantoor", "sector", "jaar", "volumeregels", "geldregels", "betaalregels"
};
static const char *const volume_sleutels[] = {
	"id", "klassen", "leveringsvormen", "kenmerk", "bewerking", "waarde", "eindregel",
	"bron", "toelichting"
};
static const char *const geld_sleutels[] = {
	"id", "soort", "waarde", "leveringsvormen", "kenmerk", "bron", "toelichting"
};
static const char *const betaal_sleutels[] = {
	"id", "met_voorschot", "van_maand", "tot_maand", "methode", "voorschotmaanden", "plafond",
	"liquiditeitscorrectie", "bron", "toelichting"
};

static int
lijst_lengte(JsonbContainer *lijst)
{
	return lijst == NULL ? 0 : JsonContainerSize(lijst);
}

static JsonbContainer *
element(JsonbContainer *lijst, int i, const Plek *p)
{
	JsonbValue *e = getIthJsonbValueFromContainer(lijst, i);

	if (e->type != jbvBinary || !JsonContainerIsObject(e->val.binary.data))
		invoerfout("%s element %d must be an object.", p->lijst, p->nr);
	return e->val.binary.data;
}

static bool
niet_negatief(Numeric n)
{
	return !numeric_is_nan(n) && cmp(NumericGetDatum(n), getal(0)) >= 0;
}

static bool
geheel_tussen(Numeric n, int laagst, int hoogst)
{
	Datum		d = NumericGetDatum(n);

	return cmp(d, getal(laagst)) >= 0 && cmp(d, getal(hoogst)) <= 0 &&
		cmp(d, DirectFunctionCall2(numeric_trunc, d, Int32GetDatum(0))) == 0;
}

/* The text form (JSON) to a value; every check of the tables' CHECKs. */
static GbKop *
geldbeleid_lees(char *str)
{
	Jsonb	   *j = DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(str)));
	JsonbContainer *top = &j->root;
	JsonbContainer *volume,
			   *geld,
			   *betaal;
	Plek		p = {NULL, 0};
	char	   *zorgkantoor;
	int			sector;
	int32		jaar;
	int			nvolume,
				ngeld,
				nbetaal;
	GbVolume   *vr;
	GbGeld	   *gr;
	GbBetaal   *br;
	Bouw		b;
	Size		vast;
	GbKop	   *kop;
	Datum		honderdste = NumericGetDatum(int64_div_fast_to_numeric(1, 2));

	if (!JsonContainerIsObject(top) || JsonContainerIsScalar(top))
		invoerfout("The value must be a JSON object.");
	alleen_sleutels(top, top_sleutels, lengthof(top_sleutels), &p);
	zorgkantoor = lees_tekst(top, "zorgkantoor", true, &p);
	if (zorgkantoor[0] == '\0')
		invoerfout("The key \"zorgkantoor\" must not be empty.");
	sector = lees_label(top, "sector", sector_labels, lengthof(sector_labels), true, &p);
	jaar = lees_geheel(top, "jaar", true, 0, 1, 9999, &p);
	volume = lees_lijst(top, "volumeregels", &p);
	geld = lees_lijst(top, "geldregels", &p);
	betaal = lees_lijst(top, "betaalregels", &p);
	nvolume = lijst_lengte(volume);
	ngeld = lijst_lengte(geld);
	nbetaal = lijst_lengte(betaal);
	if (nvolume > 10000 || ngeld > 10000 || nbetaal > 10000)
		invoerfout("A policy holds at most 10000 rules of each kind.");

	vr = palloc0(sizeof(GbVolume) * Max(nvolume, 1));
	gr = palloc0(sizeof(GbGeld) * Max(ngeld, 1));
	br = palloc0(sizeof(GbBetaal) * Max(nbetaal, 1));
	vast = MAXALIGN(sizeof(GbKop)) + MAXALIGN(sizeof(GbVolume) * nvolume) +
		MAXALIGN(sizeof(GbGeld) * ngeld) + MAXALIGN(sizeof(GbBetaal) * nbetaal);
	initStringInfo(&b.buf);
	enlargeStringInfo(&b.buf, vast);
	memset(b.buf.data, 0, vast);
	b.buf.len = vast;

	p.lijst = "volumeregels";
	for (int i = 0; i < nvolume; i++)
	{
		JsonbContainer *r;
		GbVolume   *v = &vr[i];
		uint8		l[8];
		int			n;
		Numeric		w;

		p.nr = i + 1;
		r = element(volume, i, &p);
		alleen_sleutels(r, volume_sleutels, lengthof(volume_sleutels), &p);
		v->id = lees_geheel(r, "id", false, 0, INT_MIN, INT_MAX, &p);
		n = lees_labels(r, "klassen", klasse_labels, lengthof(klasse_labels), l, 8, &p);
		v->klassen = als_masker(l, n);
		n = lees_labels(r, "leveringsvormen", vorm_labels, lengthof(vorm_labels), l, 8, &p);
		v->vormen = als_masker(l, n);
		v->kenmerk = bouw_tekst(&b, lees_tekst(r, "kenmerk", false, &p));
		if (v->kenmerk && b.buf.data[v->kenmerk] == '\0')
			invoerfout("The %s must not be empty.", plek(&p, "kenmerk"));
		v->bewerking = (uint8) lees_label(r, "bewerking", bewerking_labels,
										  lengthof(bewerking_labels), true, &p);
		w = lees_getal(r, "waarde", false, &p);
		if (w == NULL && v->bewerking != VB_GRONDSLAG && v->bewerking != VB_NIET_TOEGEKEND)
			invoerfout("The %s is missing: bewerking %s needs one.", plek(&p, "waarde"),
					   bewerking_labels[v->bewerking]);
		if (w != NULL && !niet_negatief(w))
			invoerfout("The %s must not be negative.", plek(&p, "waarde"));
		v->waarde = bouw_getal(&b, PointerGetDatum(w));
		if (w != NULL && v->bewerking == VB_AANDEEL)
			v->operand = bouw_getal(&b, maal(NumericGetDatum(w), honderdste));
		v->eindregel = (uint8) lees_bool(r, "eindregel", 0, &p);
		v->bron = bouw_tekst(&b, lees_tekst(r, "bron", false, &p));
		v->toelichting = bouw_tekst(&b, lees_tekst(r, "toelichting", false, &p));
	}

	p.lijst = "geldregels";
	for (int i = 0; i < ngeld; i++)
	{
		JsonbContainer *r;
		GbGeld	   *g = &gr[i];
		int			n;
		Numeric		w;
		char	   *kenmerk;
		bool		ok;

		p.nr = i + 1;
		r = element(geld, i, &p);
		alleen_sleutels(r, geld_sleutels, lengthof(geld_sleutels), &p);
		g->id = lees_geheel(r, "id", false, 0, INT_MIN, INT_MAX, &p);
		g->soort = (uint8) lees_label(r, "soort", soort_labels, lengthof(soort_labels), true, &p);
		w = lees_getal(r, "waarde", false, &p);
		if (w != NULL && !niet_negatief(w))
			invoerfout("The %s must not be negative.", plek(&p, "waarde"));
		n = lees_labels(r, "leveringsvormen", vorm_labels, lengthof(vorm_labels), g->vormen, 4, &p);
		g->nvormen = n < 0 ? 0 : n;
		for (int x = 0; x < g->nvormen; x++)
			for (int y = 0; y < x; y++)
				if (g->vormen[x] == g->vormen[y])
					invoerfout("The %s names %s twice.", plek(&p, "leveringsvormen"),
							   vorm_labels[g->vormen[x]]);
		kenmerk = lees_tekst(r, "kenmerk", false, &p);
		if (kenmerk != NULL && kenmerk[0] == '\0')
			invoerfout("The %s must not be empty.", plek(&p, "kenmerk"));
		switch ((Soort) g->soort)
		{
			case S_TERUGHOUDEND_TOT:
				ok = w != NULL && geheel_tussen(w, 1, 12);
				break;
			case S_BEZETTING_MAANDEN:
				ok = w != NULL && geheel_tussen(w, 1, 120);
				break;
			case S_LIQUIDITEITSMELDING_WERKDAG:
				ok = w != NULL && geheel_tussen(w, 1, 23);
				break;
			case S_VOORRANG_GROEI:
			case S_VOORRANG_HERSCHIKKING:
				ok = g->nvormen > 0;
				break;
			case S_PLAFOND_PER_LEVERINGSVORM:
				ok = true;
				break;
			case S_KORTING_UITGEZONDERD:
				ok = kenmerk != NULL;
				break;
			case S_GEGARANDEERD:
				ok = kenmerk != NULL && w != NULL;
				break;
			default:
				ok = w != NULL;
				break;
		}
		if (!ok)
			invoerfout("geldregels element %d: soort %s needs %s.", p.nr, soort_labels[g->soort],
					   g->soort == S_TERUGHOUDEND_TOT ? "a waarde, a month from 1 to 12" :
					   g->soort == S_BEZETTING_MAANDEN ? "a waarde, a whole number from 1 to 120" :
					   g->soort == S_LIQUIDITEITSMELDING_WERKDAG ? "a waarde, a werkdag from 1 to 23" :
					   (g->soort == S_VOORRANG_GROEI || g->soort == S_VOORRANG_HERSCHIKKING) ?
					   "leveringsvormen in order" :
					   g->soort == S_KORTING_UITGEZONDERD ? "a kenmerk" :
					   g->soort == S_GEGARANDEERD ? "a kenmerk and a waarde" : "a waarde");
		g->waarde = bouw_getal(&b, PointerGetDatum(w));
		g->kenmerk = bouw_tekst(&b, kenmerk);
		g->bron = bouw_tekst(&b, lees_tekst(r, "bron", false, &p));
		g->toelichting = bouw_tekst(&b, lees_tekst(r, "toelichting", false, &p));
	}

	p.lijst = "betaalregels";
	for (int i = 0; i < nbetaal; i++)
	{
		JsonbContainer *r;
		GbBetaal   *x = &br[i];

		p.nr = i + 1;
		r = element(betaal, i, &p);
		alleen_sleutels(r, betaal_sleutels, lengthof(betaal_sleutels), &p);
		x->id = lees_geheel(r, "id", false, 0, INT_MIN, INT_MAX, &p);
		x->met_voorschot = (int8) lees_bool(r, "met_voorschot", -1, &p);
		x->van_maand = lees_geheel(r, "van_maand", true, 0, 1, 36, &p);
		x->tot_maand = lees_geheel(r, "tot_maand", true, 0, 1, 36, &p);
		if (x->van_maand > x->tot_maand)
			invoerfout("betaalregels element %d: van_maand %d comes after tot_maand %d.",
					   p.nr, x->van_maand, x->tot_maand);
		x->methode = (uint8) lees_label(r, "methode", methode_labels, lengthof(methode_labels), true, &p);
		x->voorschotmaanden = lees_geheel(r, "voorschotmaanden", false, 0, 0, 12, &p);
		x->plafond = (int8) lees_label(r, "plafond", plafond_labels, lengthof(plafond_labels), false, &p);
		if (x->methode == M_PRO_RATA && x->plafond < 0)
			invoerfout("betaalregels element %d: methode pro-rata needs a plafond (the agreement it divides).", p.nr);
		x->liquiditeitscorrectie = (uint8) lees_bool(r, "liquiditeitscorrectie", 0, &p);
		x->bron = bouw_tekst(&b, lees_tekst(r, "bron", false, &p));
		x->toelichting = bouw_tekst(&b, lees_tekst(r, "toelichting", false, &p));
	}

	{
		int32		zk = bouw_tekst(&b, zorgkantoor);

		bouw_uitlijnen(&b);
		kop = (GbKop *) b.buf.data;
		SET_VARSIZE(kop, b.buf.len);
		kop->versie = GB_VERSIE;
		kop->jaar = jaar;
		kop->sector = sector;
		kop->zorgkantoor = zk;
		kop->nvolume = nvolume;
		kop->ngeld = ngeld;
		kop->nbetaal = nbetaal;
		kop->volume = MAXALIGN(sizeof(GbKop));
		kop->geld = kop->volume + MAXALIGN(sizeof(GbVolume) * nvolume);
		kop->betaal = kop->geld + MAXALIGN(sizeof(GbGeld) * ngeld);
		memcpy(b.buf.data + kop->volume, vr, sizeof(GbVolume) * nvolume);
		memcpy(b.buf.data + kop->geld, gr, sizeof(GbGeld) * ngeld);
		memcpy(b.buf.data + kop->betaal, br, sizeof(GbBetaal) * nbetaal);
	}
	return kop;
}

/* ---- writing the text form ---- */

static void
json_tekst(StringInfo buf, const char *s)
{
	if (s == NULL)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, s);
}

static void
json_getal(StringInfo buf, const GbKop *kop, int32 off)
{
	if (off == 0)
		appendStringInfoString(buf, "null");
	else
		appendStringInfoString(buf, tekst_van(GB_GETAL(kop, off)));
}

static void
json_masker(StringInfo buf, uint8 m, const char *const *labels, int n)
{
	bool		eerste = true;

	if (m == GB_ALLE)
	{
		appendStringInfoString(buf, "null");
		return;
	}
	appendStringInfoChar(buf, '[');
	for (int i = 0; i < n; i++)
		if (m & (1 << i))
		{
			if (!eerste)
				appendStringInfoString(buf, ", ");
			escape_json(buf, labels[i]);
			eerste = false;
		}
	appendStringInfoChar(buf, ']');
}

static void
json_id(StringInfo buf, int32 id)
{
	if (id == 0)
		appendStringInfoString(buf, "null");
	else
		appendStringInfo(buf, "%d", id);
}

static char *
geldbeleid_schrijf(const GbKop *kop)
{
	StringInfoData buf;
	const GbVolume *vr = GB_VOLUME(kop);
	const GbGeld *gr = GB_GELD(kop);
	const GbBetaal *br = GB_BETAAL(kop);

	initStringInfo(&buf);
	appendStringInfoString(&buf, "{\"zorgkantoor\": ");
	json_tekst(&buf, GB_TEKST(kop, kop->zorgkantoor));
	appendStringInfo(&buf, ", \"sector\": \"%s\", \"jaar\": %d, \"volumeregels\": [",
					 sector_labels[kop->sector], kop->jaar);
	for (int i = 0; i < kop->nvolume; i++)
	{
		const GbVolume *v = &vr[i];

		appendStringInfoString(&buf, i ? ", {\"id\": " : "{\"id\": ");
		json_id(&buf, v->id);
		appendStringInfoString(&buf, ", \"klassen\": ");
		json_masker(&buf, v->klassen, klasse_labels, lengthof(klasse_labels));
		appendStringInfoString(&buf, ", \"leveringsvormen\": ");
		json_masker(&buf, v->vormen, vorm_labels, lengthof(vorm_labels));
		appendStringInfoString(&buf, ", \"kenmerk\": ");
		json_tekst(&buf, GB_TEKST(kop, v->kenmerk));
		appendStringInfo(&buf, ", \"bewerking\": \"%s\", \"waarde\": ", bewerking_labels[v->bewerking]);
		json_getal(&buf, kop, v->waarde);
		appendStringInfo(&buf, ", \"eindregel\": %s, \"bron\": ", v->eindregel ? "true" : "false");
		json_tekst(&buf, GB_TEKST(kop, v->bron));
		appendStringInfoString(&buf, ", \"toelichting\": ");
		json_tekst(&buf, GB_TEKST(kop, v->toelichting));
		appendStringInfoChar(&buf, '}');
	}
	appendStringInfoString(&buf, "], \"geldregels\": [");
	for (int i = 0; i < kop->ngeld; i++)
	{
		const GbGeld *g = &gr[i];

		appendStringInfoString(&buf, i ? ", {\"id\": " : "{\"id\": ");
		json_id(&buf, g->id);
		appendStringInfo(&buf, ", \"soort\": \"%s\", \"waarde\": ", soort_labels[g->soort]);
		json_getal(&buf, kop, g->waarde);
		appendStringInfoString(&buf, ", \"leveringsvormen\": ");
		if (g->nvormen == 0)
			appendStringInfoString(&buf, "null");
		else
		{
			appendStringInfoChar(&buf, '[');
			for (int x = 0; x < g->nvormen; x++)
			{
				if (x)
					appendStringInfoString(&buf, ", ");
				escape_json(&buf, vorm_labels[g->vormen[x]]);
			}
			appendStringInfoChar(&buf, ']');
		}
		appendStringInfoString(&buf, ", \"kenmerk\": ");
		json_tekst(&buf, GB_TEKST(kop, g->kenmerk));
		appendStringInfoString(&buf, ", \"bron\": ");
		json_tekst(&buf, GB_TEKST(kop, g->bron));
		appendStringInfoString(&buf, ", \"toelichting\": ");
		json_tekst(&buf, GB_TEKST(kop, g->toelichting));
		appendStringInfoChar(&buf, '}');
	}
	appendStringInfoString(&buf, "], \"betaalregels\": [");
	for (int i = 0; i < kop->nbetaal; i++)
	{
		const GbBetaal *x = &br[i];

		appendStringInfoString(&buf, i ? ", {\"id\": " : "{\"id\": ");
		json_id(&buf, x->id);
		appendStringInfo(&buf, ", \"met_voorschot\": %s, \"van_maand\": %d, \"tot_maand\": %d, "
						 "\"methode\": \"%s\", \"voorschotmaanden\": %d, \"plafond\": ",
						 x->met_voorschot < 0 ? "null" : x->met_voorschot ? "true" : "false",
						 x->van_maand, x->tot_maand, methode_labels[x->methode], x->voorschotmaanden);
		if (x->plafond < 0)
			appendStringInfoString(&buf, "null");
		else
			escape_json(&buf, plafond_labels[x->plafond]);
		appendStringInfo(&buf, ", \"liquiditeitscorrectie\": %s, \"bron\": ",
						 x->liquiditeitscorrectie ? "true" : "false");
		json_tekst(&buf, GB_TEKST(kop, x->bron));
		appendStringInfoString(&buf, ", \"toelichting\": ");
		json_tekst(&buf, GB_TEKST(kop, x->toelichting));
		appendStringInfoChar(&buf, '}');
	}
	appendStringInfoString(&buf, "]}");
	return buf.data;
}

Datum
wlz_geldbeleid_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(geldbeleid_lees(PG_GETARG_CSTRING(0)));
}

Datum
wlz_geldbeleid_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(geldbeleid_schrijf(beleid_arg(fcinfo, 0)));
}

/* Binary: version byte 1, then the text form (as jsonb_send does). */
Datum
wlz_geldbeleid_send(PG_FUNCTION_ARGS)
{
	char	   *tekst = geldbeleid_schrijf(beleid_arg(fcinfo, 0));

	PG_RETURN_BYTEA_P(beleid_binair_schrijven(tekst, strlen(tekst)));
}

Datum
wlz_geldbeleid_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			n;
	char	   *tekst = beleid_binair_lezen(buf, "wlz.geldbeleid", &n);

	PG_RETURN_POINTER(geldbeleid_lees(tekst));
}

Datum
wlz_geldbeleid_naam(PG_FUNCTION_ARGS)
{
	GbKop	   *kop = beleid_arg(fcinfo, 0);

	PG_RETURN_TEXT_P(cstring_to_text(psprintf("%s %s %d", GB_TEKST(kop, kop->zorgkantoor),
											  sector_labels[kop->sector], kop->jaar)));
}

Datum
wlz_geldbeleid_jaar(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(beleid_arg(fcinfo, 0)->jaar);
}

/* ---- enum values of the extension's types ---- */

static Oid
wlz_type(const char *naam)
{
	Oid			ns = LookupExplicitNamespace("wlz", false);
	Oid			t = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid, CStringGetDatum(naam),
									ObjectIdGetDatum(ns));

	if (!OidIsValid(t))
		elog(ERROR, "type wlz.%s does not exist", naam);
	return t;
}

static void
enum_oids(Oid type, const char *const *labels, int n, Oid *uit)
{
	for (int i = 0; i < n; i++)
	{
		uit[i] = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid, ObjectIdGetDatum(type),
								 CStringGetDatum(labels[i]));
		if (!OidIsValid(uit[i]))
			elog(ERROR, "enum %s has no label \"%s\"", format_type_be(type), labels[i]);
	}
}

static int
enum_index(Oid o, const Oid *oids, int n)
{
	for (int i = 0; i < n; i++)
		if (oids[i] == o)
			return i;
	elog(ERROR, "unexpected enum value %u", o);
	return -1;
}

Datum
wlz_geldregels(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	GbKop	   *kop = beleid_arg(fcinfo, 0);
	const GbGeld *gr = GB_GELD(kop);
	Oid			vormtype = wlz_type("leveringsvorm");
	Oid			vormen[4];

	enum_oids(vormtype, vorm_labels, lengthof(vorm_labels), vormen);
	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; i < kop->ngeld; i++)
	{
		const GbGeld *g = &gr[i];
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};

		values[0] = Int32GetDatum(g->id);
		nulls[0] = g->id == 0;
		values[1] = CStringGetTextDatum(soort_labels[g->soort]);
		if (g->waarde)
			values[2] = GB_GETAL(kop, g->waarde);
		else
			nulls[2] = true;
		if (g->nvormen > 0)
		{
			Datum		e[4];

			for (int x = 0; x < g->nvormen; x++)
				e[x] = ObjectIdGetDatum(vormen[g->vormen[x]]);
			values[3] = PointerGetDatum(construct_array(e, g->nvormen, vormtype, sizeof(Oid), true,
														TYPALIGN_INT));
		}
		else
			nulls[3] = true;
		if (g->kenmerk)
			values[4] = CStringGetTextDatum(GB_TEKST(kop, g->kenmerk));
		else
			nulls[4] = true;
		if (g->bron)
			values[5] = CStringGetTextDatum(GB_TEKST(kop, g->bron));
		else
			nulls[5] = true;
		if (g->toelichting)
			values[6] = CStringGetTextDatum(GB_TEKST(kop, g->toelichting));
		else
			nulls[6] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* The first geldregel of a soort, or NULL. */
static const GbGeld *
geldregel(const GbKop *kop, Soort soort)
{
	const GbGeld *gr = GB_GELD(kop);

	for (int i = 0; i < kop->ngeld; i++)
		if (gr[i].soort == soort)
			return &gr[i];
	return NULL;
}

/* ------------------------------------------------------------------------
 * The engines' call-site memory (fn_extra)
 * ------------------------------------------------------------------------
 */

#define GEHEUGEN_BELEID		8

typedef struct Onthouden
{
	char	   *zorgkantoor;
	int			zklen;
	Oid			sector;
	int32		jaar;
	GbKop	   *kop;
} Onthouden;

typedef struct Geheugen
{
	Oid			klassen[3];		/* enum values, in label order */
	Oid			vormen[4];
	Oid			bewerkingen[6];
	bool		bewerkingen_geladen;
	Oid			sectortype;
	Datum		nul;
	Datum		honderd;
	Datum		twaalf;
	/* the table forms: policies read under one snapshot */
	MemoryContext mcxt;
	bool		geldig;
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	uint64		voltooid;
	CommandId	curcid;
	int			nbeleid;
	int			volgende;		/* the slot to reuse when all are taken */
	Onthouden	beleid[GEHEUGEN_BELEID];
} Geheugen;

static Geheugen *
geheugen(FunctionCallInfo fcinfo)
{
	Geheugen   *g;

	if (fcinfo->flinfo == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("the money-cycle functions must be called through the function manager"),
				 errhint("Call them with FunctionCall or OidFunctionCall, not DirectFunctionCall.")));
	g = (Geheugen *) fcinfo->flinfo->fn_extra;
	if (g == NULL)
	{
		MemoryContext oud = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		g = palloc0(sizeof(Geheugen));
		enum_oids(wlz_type("aanbiederklasse"), klasse_labels, lengthof(klasse_labels), g->klassen);
		enum_oids(wlz_type("leveringsvorm"), vorm_labels, lengthof(vorm_labels), g->vormen);
		g->sectortype = wlz_type("sector");
		g->nul = getal(0);
		g->honderd = getal(100);
		g->twaalf = getal(12);
		g->mcxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "wlz geldbeleid",
										ALLOCSET_SMALL_SIZES);
		MemoryContextSwitchTo(oud);
		fcinfo->flinfo->fn_extra = g;
	}
	return g;
}

/*
 * The policy of (zorgkantoor, sector, jaar) for a table form: from memory
 * when read under the active snapshot, else through wlz.geldbeleid (SPI).
 */
static GbKop *
beleid_uit_tabellen(FunctionCallInfo fcinfo, Geheugen *g)
{
	text	   *zk;
	Oid			sector;
	int32		jaar;
	Snapshot	snap;
	Onthouden  *o;
	bool		eigen_snapshot;
	Oid			typen[3];
	Datum		waarden[3];
	bool		isnull;
	Datum		d;
	int			ret;

	for (int i = 0; i < 3; i++)
		if (PG_ARGISNULL(i))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s of a money policy must not be null",
							i == 0 ? "zorgkantoor" : i == 1 ? "sector" : "jaar"),
					 errdetail("A money policy is defined for a zorgkantoor, a sector and a year.")));
	zk = PG_GETARG_TEXT_PP(0);
	sector = PG_GETARG_OID(1);
	jaar = PG_GETARG_INT32(2);

	/* forget what another snapshot read */
	if (!ActiveSnapshotSet())
	{
		MemoryContextReset(g->mcxt);
		g->nbeleid = 0;
		g->geldig = false;
	}
	else
	{
		snap = GetActiveSnapshot();
		if (!g->geldig || snap->xmin != g->xmin || snap->xmax != g->xmax ||
			snap->xcnt != g->xcnt || snap->curcid != g->curcid ||
			snap->snapXactCompletionCount != g->voltooid)
		{
			MemoryContextReset(g->mcxt);
			g->nbeleid = 0;
			g->volgende = 0;
			g->geldig = true;
			g->xmin = snap->xmin;
			g->xmax = snap->xmax;
			g->xcnt = snap->xcnt;
			g->curcid = snap->curcid;
			g->voltooid = snap->snapXactCompletionCount;
		}
		for (int i = 0; i < g->nbeleid; i++)
		{
			o = &g->beleid[i];
			if (o->sector == sector && o->jaar == jaar && o->zklen == (int) VARSIZE_ANY_EXHDR(zk) &&
				memcmp(o->zorgkantoor, VARDATA_ANY(zk), o->zklen) == 0)
				return o->kop;
		}
	}

	eigen_snapshot = !ActiveSnapshotSet();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (eigen_snapshot)
		PushActiveSnapshot(GetTransactionSnapshot());
	typen[0] = TEXTOID;
	typen[1] = g->sectortype;
	typen[2] = INT4OID;
	waarden[0] = PointerGetDatum(zk);
	waarden[1] = ObjectIdGetDatum(sector);
	waarden[2] = Int32GetDatum(jaar);
	ret = SPI_execute_with_args("SELECT wlz.geldbeleid($1, $2, $3)", 3, typen, waarden, NULL, true, 1);
	if (ret != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(ret));
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	Assert(!isnull);

	if (g->geldig)
	{
		MemoryContext oud = MemoryContextSwitchTo(g->mcxt);

		if (g->nbeleid < GEHEUGEN_BELEID)
			o = &g->beleid[g->nbeleid++];
		else
		{
			/* all slots taken: reuse the oldest (its memory stays until reset) */
			o = &g->beleid[g->volgende];
			g->volgende = (g->volgende + 1) % GEHEUGEN_BELEID;
		}
		o->zklen = VARSIZE_ANY_EXHDR(zk);
		o->zorgkantoor = palloc(Max(o->zklen, 1));
		memcpy(o->zorgkantoor, VARDATA_ANY(zk), o->zklen);
		o->sector = sector;
		o->jaar = jaar;
		o->kop = (GbKop *) PG_DETOAST_DATUM_COPY(d);
		MemoryContextSwitchTo(oud);
		d = PointerGetDatum(o->kop);
	}
	else
		/* no snapshot to tie it to: a copy for this call only */
		d = SPI_datumTransfer(d, false, -1);

	if (eigen_snapshot)
		PopActiveSnapshot();
	SPI_finish();
	return (GbKop *) DatumGetPointer(d);
}

/* Where an explanation goes (NULL for the plain functions). */
typedef struct Uitleg
{
	Tuplestorestate *store;
	TupleDesc	tupdesc;
} Uitleg;

static void
uitleg_begin(FunctionCallInfo fcinfo, Uitleg *u)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	u->store = rsinfo->setResult;
	u->tupdesc = rsinfo->setDesc;
}

static Datum
tekst_of_null(const char *s, bool *isnull)
{
	*isnull = (s == NULL);
	return s == NULL ? (Datum) 0 : CStringGetTextDatum(s);
}

/* ------------------------------------------------------------------------
 * wlz.productieafspraak and _uitleg (SPEC 11)
 *
 * From basisvolume, the volume rules of the policy that match the call, in
 * their order: grondslag (:= basisvolume), aandeel (x waarde / 100), vast
 * (:= waarde), maximum and minimum, niet-toegekend (no change; the
 * explanation shows basisvolume minus the agreement); stop after an
 * eindregel.  No matching rule is P0002: the policy says nothing about
 * this provider.
 * ------------------------------------------------------------------------
 */

static void
volume_uitleg_rij(Uitleg *u, Geheugen *g, int stap, const GbKop *kop, const GbVolume *r,
				  int bewerking, Datum waarde, bool waarde_null, Datum resultaat, const char *toelichting)
{
	Datum		values[7];
	bool		nulls[7] = {false, false, false, false, false, false, false};

	values[0] = Int32GetDatum(stap);
	values[1] = Int32GetDatum(r ? r->id : 0);
	nulls[1] = (r == NULL || r->id == 0);
	values[2] = ObjectIdGetDatum(g->bewerkingen[bewerking]);
	values[3] = waarde;
	nulls[3] = waarde_null;
	values[4] = resultaat;
	values[5] = tekst_of_null(r ? GB_TEKST(kop, r->bron) : NULL, &nulls[5]);
	values[6] = tekst_of_null(toelichting, &nulls[6]);
	tuplestore_putvalues(u->store, u->tupdesc, values, nulls);
}

static bool
kenmerk_in(const char *kenmerk, ArrayType *kenmerken)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			len = strlen(kenmerk);

	if (kenmerken == NULL)
		return false;
	deconstruct_array(kenmerken, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
		if (!nulls[i])
		{
			text	   *t = DatumGetTextPP(elems[i]);

			if ((int) VARSIZE_ANY_EXHDR(t) == len && memcmp(VARDATA_ANY(t), kenmerk, len) == 0)
				return true;
		}
	return false;
}

static char *
kenmerken_tekst(ArrayType *kenmerken)
{
	StringInfoData buf;
	Datum	   *elems;
	bool	   *nulls;
	int			n = 0;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	if (kenmerken != NULL)
		deconstruct_array(kenmerken, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		if (i)
			appendStringInfoChar(&buf, ',');
		appendStringInfoString(&buf, nulls[i] ? "NULL" : TextDatumGetCString(elems[i]));
	}
	appendStringInfoChar(&buf, '}');
	return buf.data;
}

/* Arguments eerste..eerste+3: basisvolume, klasse, leveringsvorm, kenmerken. */
static Datum
productieafspraak(FunctionCallInfo fcinfo, Geheugen *g, const GbKop *kop, int eerste, Uitleg *u,
				  bool *isnull)
{
	const GbVolume *vr = GB_VOLUME(kop);
	Datum		basis,
				v;
	int			klasse,
				vorm;
	ArrayType  *kenmerken = NULL;
	bool		toegepast = false;
	int			stap = 0;

	if (PG_ARGISNULL(eerste))
	{
		*isnull = true;
		return (Datum) 0;
	}
	basis = NumericGetDatum(PG_GETARG_NUMERIC(eerste));
	if (!eindig(basis) || cmp(basis, g->nul) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("basisvolume %s is out of range", tekst_van(basis)),
				 errhint("A basisvolume is a volume or an amount, 0 or more.")));
	klasse = PG_ARGISNULL(eerste + 1) ? -1 :
		enum_index(PG_GETARG_OID(eerste + 1), g->klassen, lengthof(g->klassen));
	vorm = PG_ARGISNULL(eerste + 2) ? -1 :
		enum_index(PG_GETARG_OID(eerste + 2), g->vormen, lengthof(g->vormen));
	if (!PG_ARGISNULL(eerste + 3))
		kenmerken = PG_GETARG_ARRAYTYPE_P(eerste + 3);

	v = basis;
	if (u != NULL)
		volume_uitleg_rij(u, g, stap++, kop, NULL, VB_GRONDSLAG, basis, false, basis,
						  "vertrekpunt: het basisvolume zoals meegegeven");
	for (int i = 0; i < kop->nvolume; i++)
	{
		const GbVolume *r = &vr[i];
		Datum		getoond = (Datum) 0;
		bool		getoond_null = false;

		if (r->klassen != GB_ALLE && (klasse < 0 || !(r->klassen & (1 << klasse))))
			continue;
		if (r->vormen != GB_ALLE && (vorm < 0 || !(r->vormen & (1 << vorm))))
			continue;
		if (r->kenmerk && !kenmerk_in(GB_TEKST(kop, r->kenmerk), kenmerken))
			continue;
		toegepast = true;
		switch ((VolumeBewerking) r->bewerking)
		{
			case VB_GRONDSLAG:
				v = basis;
				getoond = basis;
				break;
			case VB_AANDEEL:
				v = maal(v, GB_GETAL(kop, r->operand));
				getoond = GB_GETAL(kop, r->waarde);
				break;
			case VB_VAST:
				v = GB_GETAL(kop, r->waarde);
				getoond = v;
				break;
			case VB_MAXIMUM:
				getoond = GB_GETAL(kop, r->waarde);
				if (cmp(v, getoond) > 0)
					v = getoond;
				break;
			case VB_MINIMUM:
				getoond = GB_GETAL(kop, r->waarde);
				if (cmp(v, getoond) < 0)
					v = getoond;
				break;
			case VB_NIET_TOEGEKEND:
				if (u != NULL)
					getoond = min(basis, v);
				break;
		}
		if (u != NULL)
			volume_uitleg_rij(u, g, stap++, kop, r, r->bewerking, getoond, getoond_null, v,
							  GB_TEKST(kop, r->toelichting));
		if (r->eindregel)
			break;
	}
	if (!toegepast)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("no volume rule of %s %s %d applies", GB_TEKST(kop, kop->zorgkantoor),
						sector_labels[kop->sector], kop->jaar),
				 errdetail("The call has klasse %s, leveringsvorm %s and kenmerken %s.",
						   klasse < 0 ? "NULL" : klasse_labels[klasse],
						   vorm < 0 ? "NULL" : vorm_labels[vorm], kenmerken_tekst(kenmerken)),
				 errhint("The rules are in wlz.volumeregel; add one with INSERT INTO wlz.volumeregel "
						 "(zorgkantoor, sector, jaren, volgorde, bewerking, waarde, bron) VALUES (...).")));
	*isnull = false;
	/* never hand out a pointer into the policy value */
	if ((const char *) DatumGetPointer(v) >= (const char *) kop &&
		(const char *) DatumGetPointer(v) < (const char *) kop + VARSIZE(kop))
		return datumCopy(v, false, -1);
	return v;
}

static void
bewerkingen_laden(Geheugen *g, TupleDesc tupdesc)
{
	if (!g->bewerkingen_geladen)
	{
		enum_oids(TupleDescAttr(tupdesc, 2)->atttypid, bewerking_labels, lengthof(bewerking_labels),
				  g->bewerkingen);
		g->bewerkingen_geladen = true;
	}
}

Datum
wlz_productieafspraak_beleid(PG_FUNCTION_ARGS)
{
	Geheugen   *g = geheugen(fcinfo);
	bool		isnull;
	Datum		r = productieafspraak(fcinfo, g, beleid_arg(fcinfo, 0), 1, NULL, &isnull);

	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(r);
}

Datum
wlz_productieafspraak(PG_FUNCTION_ARGS)
{
	Geheugen   *g = geheugen(fcinfo);
	bool		isnull;
	Datum		r = productieafspraak(fcinfo, g, beleid_uit_tabellen(fcinfo, g), 3, NULL, &isnull);

	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(r);
}

Datum
wlz_productieafspraak_uitleg_beleid(PG_FUNCTION_ARGS)
{
	Geheugen   *g = geheugen(fcinfo);
	GbKop	   *kop = beleid_arg(fcinfo, 0);
	Uitleg		u;
	bool		isnull;

	uitleg_begin(fcinfo, &u);
	bewerkingen_laden(g, u.tupdesc);
	(void) productieafspraak(fcinfo, g, kop, 1, &u, &isnull);
	return (Datum) 0;
}

Datum
wlz_productieafspraak_uitleg(PG_FUNCTION_ARGS)
{
	Geheugen   *g = geheugen(fcinfo);
	GbKop	   *kop = beleid_uit_tabellen(fcinfo, g);
	Uitleg		u;
	bool		isnull;

	uitleg_begin(fcinfo, &u);
	bewerkingen_laden(g, u.tupdesc);
	(void) productieafspraak(fcinfo, g, kop, 3, &u, &isnull);
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * wlz.cak_betaling and _uitleg (002 Bijlage 1, L1923-2061; 004 L927-955)
 *
 * Month m of the boekjaar (1 = January, 13 = January of the year after)
 * picks the first betaalregel for m and for providers with or without an
 * advance.  Then:
 *	 pro-rata    (afspraak + volumekorting) x m / 12 x pct / 100
 *	 realisatie  least(realisatie + voorschotmaanden x maandvoorschot x pct
 *				 / 100, plafond); maandvoorschot defaults to plafond / 12
 *	 aw319       least((realisatie − crisis) x pct / 100 + crisis, plafond)
 *				 where the policy exempts crisis from the discount, else
 *				 realisatie x pct / 100
 * plus the liquiditeitscorrectie where the rule allows one, minus what the
 * CAK paid before, rounded to cents once (half away from zero).
 * ------------------------------------------------------------------------
 */

typedef struct CakInvoer
{
	DateADT		maand;
	int			m;				/* month of the boekjaar */
	bool		met_voorschot;
	bool		heeft_realisatie;
	Datum		realisatie;
	Datum		eerder;
	bool		heeft[3];		/* initieel, actueel, herschikt */
	Datum		afspraak[3];
	Datum		volumekorting;
	bool		heeft_maandvoorschot;
	Datum		maandvoorschot;
	Datum		liquiditeit;
	Datum		crisis;
	Datum		pct;
	/* the defaults, recognised once: no volumekorting, correction, crisis; 100 % */
	bool		geen_volumekorting;
	bool		geen_liquiditeit;
	bool		geen_crisis;
	bool		pct_100;
} CakInvoer;

static const char *const afspraak_namen[] = {
	"initiele_afspraak", "actuele_afspraak", "herschikte_afspraak"
};

/*
 * A numeric argument, checked; NULL gives standaard.  *is_standaard says
 * whether it is (NULL, or the same bytes as standaard: the usual DEFAULT),
 * which spares the checks and the arithmetic with it on every row.
 */
static Datum
cak_getal(FunctionCallInfo fcinfo, Geheugen *g, int n, const char *naam, Datum standaard,
		  bool negatief_mag, bool *gegeven, bool *is_standaard)
{
	Datum		d;

	if (PG_ARGISNULL(n))
	{
		if (gegeven)
			*gegeven = false;
		if (is_standaard)
			*is_standaard = true;
		return standaard;
	}
	if (gegeven)
		*gegeven = true;
	if (standaard != (Datum) 0 && zelfde_getal(DatumGetNumeric(standaard), PG_GETARG_DATUM(n)))
	{
		if (is_standaard)
			*is_standaard = true;
		return standaard;
	}
	if (is_standaard)
		*is_standaard = false;
	d = NumericGetDatum(PG_GETARG_NUMERIC(n));
	if (!eindig(d) || (!negatief_mag && cmp(d, g->nul) < 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s %s is out of range", naam, tekst_van(d)),
				 errhint("%s is an amount in euros%s.", naam, negatief_mag ? "" : ", 0 or more")));
	if (is_standaard && standaard != (Datum) 0 && cmp(d, standaard) == 0)
		*is_standaard = true;
	return d;
}

static void
cak_invoer(FunctionCallInfo fcinfo, Geheugen *g, const GbKop *kop, int e, CakInvoer *in)
{
	int			j,
				mo,
				d;

	memset(in, 0, sizeof(CakInvoer));
	if (PG_ARGISNULL(e))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("month of a CAK payment must not be null")));
	in->maand = PG_GETARG_DATEADT(e);
	if (DATE_NOT_FINITE(in->maand))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("month of a CAK payment must be a finite date")));
	j2date(in->maand + POSTGRES_EPOCH_JDATE, &j, &mo, &d);
	in->m = (j - kop->jaar) * 12 + mo;
	if (PG_ARGISNULL(e + 1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("met_voorschot of a CAK payment must not be null"),
				 errhint("true for a provider that receives an advance, false for one paid on realisation.")));
	in->met_voorschot = PG_GETARG_BOOL(e + 1);
	in->realisatie = cak_getal(fcinfo, g, e + 2, "realisatie", g->nul, false, &in->heeft_realisatie, NULL);
	if (PG_ARGISNULL(e + 3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("eerder_betaald of a CAK payment must not be null"),
				 errhint("Give the sum of the CAK payments of this boekjaar so far, 0 for the first.")));
	in->eerder = cak_getal(fcinfo, g, e + 3, "eerder_betaald", g->nul, true, NULL, NULL);
	for (int i = 0; i < 3; i++)
		in->afspraak[i] = cak_getal(fcinfo, g, e + 4 + i, afspraak_namen[i], (Datum) 0, false, &in->heeft[i], NULL);
	in->volumekorting = cak_getal(fcinfo, g, e + 7, "volumekorting", g->nul, false, NULL, &in->geen_volumekorting);
	in->maandvoorschot = cak_getal(fcinfo, g, e + 8, "maandvoorschot", (Datum) 0, false,
								   &in->heeft_maandvoorschot, NULL);
	in->liquiditeit = cak_getal(fcinfo, g, e + 9, "liquiditeitscorrectie", g->nul, false, NULL, &in->geen_liquiditeit);
	in->crisis = cak_getal(fcinfo, g, e + 10, "crisis_realisatie", g->nul, false, NULL, &in->geen_crisis);
	in->pct = cak_getal(fcinfo, g, e + 11, "bevoorschottingspercentage", g->honderd, false, NULL, &in->pct_100);
	if (!in->pct_100 && cmp(in->pct, g->honderd) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("bevoorschottingspercentage %s is out of range", tekst_van(in->pct)),
				 errhint("A bevoorschottingspercentage lies between 0 and 100.")));
	if (!in->geen_crisis && cmp(in->crisis, in->realisatie) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("crisis_realisatie %s exceeds realisatie %s", tekst_van(in->crisis),
						tekst_van(in->realisatie)),
				 errhint("crisis_realisatie is the part of realisatie for crisis places.")));
}

static void
cak_uitleg_rij_(Uitleg *u, int *stap, const GbKop *kop, int32 regel_id, int32 bron, const char *onderdeel,
			   Datum waarde, bool waarde_null, const char *toelichting)
{
	Datum		values[6];
	bool		nulls[6] = {false, false, false, false, false, false};

	values[0] = Int32GetDatum((*stap)++);
	values[1] = Int32GetDatum(regel_id);
	nulls[1] = regel_id == 0;
	values[2] = CStringGetTextDatum(onderdeel);
	values[3] = waarde;
	nulls[3] = waarde_null;
	values[4] = tekst_of_null(GB_TEKST(kop, bron), &nulls[4]);
	values[5] = tekst_of_null(toelichting, &nulls[5]);
	tuplestore_putvalues(u->store, u->tupdesc, values, nulls);
}

/* Only when explaining: the arguments (strings, numbers) are not built otherwise. */
#define cak_uitleg_rij(u, ...) \
	do { if ((u) != NULL) cak_uitleg_rij_((u), __VA_ARGS__); } while (0)

static const char *
maandnaam(int m)
{
	static const char *const namen[] = {
		"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
		"september", "oktober", "november", "december"
	};

	return namen[(m - 1) % 12];
}

static Datum
cak_betaling(FunctionCallInfo fcinfo, Geheugen *g, const GbKop *kop, int e, Uitleg *u)
{
	const GbBetaal *br = GB_BETAAL(kop);
	const GbBetaal *r = NULL;
	CakInvoer	in;
	Datum		grondslag;
	Datum		betaling;
	int			stap = 1;
	int			p;
	Datum		plafond = (Datum) 0;
	const char *plafondnaam = NULL;

	cak_invoer(fcinfo, g, kop, e, &in);
	for (int i = 0; i < kop->nbetaal && r == NULL; i++)
		if (br[i].van_maand <= in.m && in.m <= br[i].tot_maand &&
			(br[i].met_voorschot < 0 || (br[i].met_voorschot != 0) == in.met_voorschot))
			r = &br[i];
	if (r == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("no payment rule of %s %s %d for month %d of the boekjaar, %s",
						GB_TEKST(kop, kop->zorgkantoor), sector_labels[kop->sector], kop->jaar,
						in.m, in.met_voorschot ? "with an advance" : "without an advance"),
				 errdetail("Month 1 is January %d, month 13 January %d.", kop->jaar, kop->jaar + 1),
				 errhint("The payment rules are in wlz.betaalregel; add one for these months with "
						 "INSERT INTO wlz.betaalregel (...).")));
	cak_uitleg_rij(u, &stap, kop, r->id, r->bron, "betaalregel", getal(in.m), false,
				   psprintf("%s %d (maand %d van boekjaar %d), %s voorschot: %s",
							maandnaam(in.m), kop->jaar + (in.m - 1) / 12, in.m, kop->jaar,
							in.met_voorschot ? "met" : "zonder", GB_TEKST(kop, r->toelichting)));

	/* the agreement that is the ceiling (or, pro rata, the basis) */
	p = r->plafond;
	if (p >= 0)
	{
		int			welke = p;

		if (p == P_ACTUEEL && !in.heeft[P_ACTUEEL])
			welke = P_INITIEEL;
		if (!in.heeft[welke])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s is needed for month %d of boekjaar %d", afspraak_namen[p], in.m, kop->jaar),
					 errdetail("In this month the %s agreement is the %s.",
							   p == P_INITIEEL ? "initial" : p == P_ACTUEEL ? "actual" : "reshuffled",
							   r->methode == M_PRO_RATA ? "basis of the payment" : "ceiling"),
					 p == P_ACTUEEL ?
					 errhint("Give actuele_afspraak, or initiele_afspraak when it has not changed.") :
					 errhint("Give %s.", afspraak_namen[p])));
		plafond = in.afspraak[welke];
		plafondnaam = welke == P_INITIEEL ? "initiële productieafspraak" :
			welke == P_ACTUEEL ? "actuele productieafspraak" : "herschikte productieafspraak";
	}

	/*
	 * The arithmetic divides once per amount (12, 100, 1200) at numeric
	 * division's precision; the payment is rounded to cents at the end.  The
	 * defaults (100 %, no volumekorting, no crisis) cost nothing.
	 */
	switch ((Methode) r->methode)
	{
		case M_PRO_RATA:
			{
				Datum		afspraak = in.geen_volumekorting ? plafond : plus(plafond, in.volumekorting);
				Datum		teller = maal(afspraak, getal(in.m));

				cak_uitleg_rij(u, &stap, kop, r->id, r->bron, "afspraak", plafond, false, plafondnaam);
				if (!in.geen_volumekorting)
					cak_uitleg_rij(u, &stap, kop, r->id, r->bron, "volumekorting", in.volumekorting, false,
								   "waarde van de volumekorting die nog niet is teruggekocht, bij de afspraak opgeteld");
				grondslag = in.pct_100 ? deel(teller, g->twaalf) : deel(maal(teller, in.pct), getal(1200));
				cak_uitleg_rij(u, &stap, kop, r->id, r->bron, "pro rata", kort(grondslag), false,
							   psprintf("(%s) / 12 x %d%s", tekst_van(afspraak), in.m,
										in.pct_100 ? "" :
										psprintf(" x %s%% bevoorschottingspercentage", tekst_van(in.pct))));
				break;
			}
		case M_REALISATIE:
			{
				if (!in.heeft_realisatie)
					ereport(ERROR,
							(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
							 errmsg("realisatie is needed for month %d of boekjaar %d", in.m, kop->jaar),
							 errhint("Give the approved declared realisation of the boekjaar so far.")));
				cak_uitleg_rij(u, &stap, kop, r->id, r->bron, "realisatie", in.realisatie, false,
							   "gedeclareerde (goedgekeurde) realisatie van het boekjaar tot nu toe");
				grondslag = in.realisatie;
				if (r->voorschotmaanden > 0)
				{
					Datum		voorschot;

					if (in.heeft_maandvoorschot)
					{
						/* k x maandvoorschot (x pct / 100) */
						voorschot = maal(in.maandvoorschot, getal(r->voorschotmaanden));
						if (!in.pct_100)
							voorschot = deel(maal(voorschot, in.pct), g->honderd);
					}
					else
					{
						/* k x plafond / 12 (x pct / 100) */
						if (plafond == (Datum) 0)
							ereport(ERROR,
									(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
									 errmsg("maandvoorschot is needed for month %d of boekjaar %d", in.m, kop->jaar),
									 errdetail("The rule has no ceiling to take a twelfth of.")));
						voorschot = maal(plafond, getal(r->voorschotmaanden));
						voorschot = in.pct_100 ? deel(voorschot, g->twaalf) :
							deel(maal(voorschot, in.pct), getal(1200));
					}
					cak_uitleg_rij(u, &stap, kop, r->id, r->bron, "voorschot", kort(voorschot), false,
								   psprintf("%d maanden voorschot x %s%s%s", r->voorschotmaanden,
											tekst_van(in.heeft_maandvoorschot ? in.maandvoorschot :
													  gedeeld(plafond, g->twaalf)),
											in.heeft_maandvoorschot ? " (maandvoorschot)" :
											psprintf(" (een twaalfde van de %s)", plafondnaam),
											in.pct_100 ? "" :
											psprintf(" x %s%% bevoorschottingspercentage", tekst_van(in.pct))));
					grondslag = plus(grondslag, voorschot);
				}
				break;
			}
		case M_AW319:
			{
				const GbGeld *uit = geldregel(kop, S_KORTING_UITGEZONDERD);
				bool		crisis_apart = uit != NULL && !in.geen_crisis && cmp(in.crisis, g->nul) > 0;

				if (!in.heeft_realisatie)
					ereport(ERROR,
							(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
							 errmsg("realisatie is needed for month %d of boekjaar %d", in.m, kop->jaar),
							 errhint("Give the approved AW319 declarations of the boekjaar paid so far.")));
				cak_uitleg_rij(u, &stap, kop, r->id, r->bron, "realisatie", in.realisatie, false,
							   "goedgekeurde AW319-declaraties van het boekjaar tot en met twee maanden terug");
				if (in.pct_100)
					grondslag = in.realisatie;
				else if (crisis_apart)
					grondslag = plus(deel(maal(min(in.realisatie, in.crisis), in.pct), g->honderd), in.crisis);
				else
					grondslag = deel(maal(in.realisatie, in.pct), g->honderd);
				if (crisis_apart)
					cak_uitleg_rij(u, &stap, kop, uit->id, uit->bron, "crisis", in.crisis, false,
								   GB_TEKST(kop, uit->toelichting));
				if (!in.pct_100)
					cak_uitleg_rij(u, &stap, kop, r->id, r->bron, "bevoorschottingspercentage", in.pct, false,
								   psprintf("voorschot %s: %s%% van de AW319%s", tekst_van(kort(grondslag)),
											tekst_van(in.pct), crisis_apart ? ", crisis tegen 100%" : ""));
				break;
			}
		default:
			elog(ERROR, "unknown payment method %d", r->methode);
			grondslag = (Datum) 0;
	}

	if (plafond != (Datum) 0 && r->methode != M_PRO_RATA)
	{
		bool		begrensd = cmp(grondslag, plafond) > 0;

		cak_uitleg_rij(u, &stap, kop, r->id, r->bron, "plafond", plafond, false,
					   psprintf("%s: %s", plafondnaam,
								begrensd ? psprintf("begrenst %s tot het plafond", tekst_van(kort(grondslag))) :
								"niet bereikt"));
		if (begrensd)
			grondslag = plafond;
	}
	else if (plafond == (Datum) 0)
		cak_uitleg_rij(u, &stap, kop, r->id, r->bron, "plafond", (Datum) 0, true,
					   "deze betaalregel noemt geen plafond");

	if (!in.geen_liquiditeit && cmp(in.liquiditeit, g->nul) != 0)
	{
		const GbGeld *melding = geldregel(kop, S_LIQUIDITEITSMELDING_WERKDAG);

		if (!r->liquiditeitscorrectie)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("a liquiditeitscorrectie is not possible in month %d of boekjaar %d", in.m, kop->jaar),
					 errhint("wlz.betaalregel says in which months one is possible (liquiditeitscorrectie = true).")));
		cak_uitleg_rij(u, &stap, kop, melding ? melding->id : r->id,
					   melding ? melding->bron : r->bron, "liquiditeitscorrectie", in.liquiditeit, false,
					   melding ?
					   psprintf("voor één maand bij de betaling; gemeld uiterlijk de %se werkdag van de voorliggende maand (wlz.liquiditeitsmelding_uiterlijk)",
								tekst_van(GB_GETAL(kop, melding->waarde))) :
					   "voor één maand bij de betaling");
		grondslag = plus(grondslag, in.liquiditeit);
	}
	cak_uitleg_rij(u, &stap, kop, r->id, r->bron, "eerder betaald", DirectFunctionCall1(numeric_uminus, in.eerder),
				   false, "de eerdere CAK-betalingen van dit boekjaar gaan eraf");
	betaling = DirectFunctionCall2(numeric_round, min(grondslag, in.eerder), Int32GetDatum(2));
	cak_uitleg_rij(u, &stap, kop, r->id, r->bron, "betaling", betaling, false,
				   cmp(betaling, g->nul) < 0 ?
				   "eenmalige betaling via het CAK, afgerond op centen; negatief: er is te veel betaald, dat wordt verrekend" :
				   "eenmalige betaling via het CAK, afgerond op centen");
	return betaling;
}

Datum
wlz_cak_betaling_beleid(PG_FUNCTION_ARGS)
{
	Geheugen   *g = geheugen(fcinfo);

	PG_RETURN_DATUM(cak_betaling(fcinfo, g, beleid_arg(fcinfo, 0), 1, NULL));
}

Datum
wlz_cak_betaling(PG_FUNCTION_ARGS)
{
	Geheugen   *g = geheugen(fcinfo);

	PG_RETURN_DATUM(cak_betaling(fcinfo, g, beleid_uit_tabellen(fcinfo, g), 3, NULL));
}

Datum
wlz_cak_betaling_uitleg_beleid(PG_FUNCTION_ARGS)
{
	Geheugen   *g = geheugen(fcinfo);
	GbKop	   *kop = beleid_arg(fcinfo, 0);
	Uitleg		u;

	uitleg_begin(fcinfo, &u);
	(void) cak_betaling(fcinfo, g, kop, 1, &u);
	return (Datum) 0;
}

Datum
wlz_cak_betaling_uitleg(PG_FUNCTION_ARGS)
{
	Geheugen   *g = geheugen(fcinfo);
	GbKop	   *kop = beleid_uit_tabellen(fcinfo, g);
	Uitleg		u;

	uitleg_begin(fcinfo, &u);
	(void) cak_betaling(fcinfo, g, kop, 3, &u);
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * wlz.bezettingssignaal(maand, bezetting, onder, boven, maanden) and
 * wlz.bezettingssignaal(beleid, maand, bezetting) (004 L1066-1071)
 *
 * The state holds the thresholds of the first row (every row must have the
 * same) and one int32 per row: the month (year x 12 + month − 1) times two,
 * plus one when the occupancy lies outside the band (strictly below onder
 * or strictly above boven).  The answer: do the rows hold `maanden`
 * consecutive calendar months, each outside the band?
 * ------------------------------------------------------------------------
 */

typedef struct Bezetting
{
	bool		drempels;		/* the thresholds are set */
	Numeric		onder;
	Numeric		boven;
	int32		maanden;
	int32		n;
	int32		max;
	int32	   *rijen;
} Bezetting;

static Bezetting *
bezetting_nieuw(MemoryContext ctx)
{
	Bezetting  *b = MemoryContextAllocZero(ctx, sizeof(Bezetting));

	b->max = 16;
	b->rijen = MemoryContextAlloc(ctx, sizeof(int32) * b->max);
	return b;
}

static void
bezetting_drempels(Bezetting *b, MemoryContext ctx, Datum onder, Datum boven, int32 maanden)
{
	if (!b->drempels)
	{
		MemoryContext oud = MemoryContextSwitchTo(ctx);

		if (!eindig(onder) || !eindig(boven) || cmp(onder, boven) > 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("occupancy band %s to %s is not a band", tekst_van(onder), tekst_van(boven)),
					 errhint("Give the lower bound first, such as 40 and 60 (percent).")));
		if (maanden < 1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%d months cannot make a signal", maanden),
					 errhint("Give the number of consecutive months, such as 3.")));
		b->onder = DatumGetNumericCopy(onder);
		b->boven = DatumGetNumericCopy(boven);
		b->maanden = maanden;
		b->drempels = true;
		MemoryContextSwitchTo(oud);
	}
	else if (!zelfde_getal(b->onder, onder) || !zelfde_getal(b->boven, boven) || b->maanden != maanden)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the occupancy thresholds differ between rows"),
				 errhint("One signal has one band and one number of months.")));
}

/* A row: its month times two, plus one when outside the band. */
static int32
bezetting_code(const Bezetting *b, DateADT maand, Datum bezetting)
{
	int			j,
				m,
				d;
	bool		buiten;

	j2date(maand + POSTGRES_EPOCH_JDATE, &j, &m, &d);
	buiten = cmp(bezetting, NumericGetDatum(b->onder)) < 0 || cmp(bezetting, NumericGetDatum(b->boven)) > 0;
	return (j * 12 + m - 1) * 2 + (buiten ? 1 : 0);
}

static void
bezetting_rij(Bezetting *b, DateADT maand, Datum bezetting, Datum nul)
{

	if (DATE_NOT_FINITE(maand))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("month of an occupancy must be a finite date")));
	if (!eindig(bezetting) || cmp(bezetting, nul) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("occupancy %s is out of range", tekst_van(bezetting)),
				 errhint("An occupancy is a percentage, 0 or more.")));
	if (b->n == b->max)
	{
		b->max *= 2;
		b->rijen = repalloc(b->rijen, sizeof(int32) * b->max);
	}
	b->rijen[b->n++] = bezetting_code(b, maand, bezetting);
}

/*
 * The inverse transition (moving-aggregate mode: a window frame that slides
 * drops its oldest row): take the row out again.  NULL when it is not there,
 * which makes the executor start the frame afresh.
 */
static Bezetting *
bezetting_terug(Bezetting *b, DateADT maand, Datum bezetting)
{
	int32		code = bezetting_code(b, maand, bezetting);

	for (int i = 0; i < b->n; i++)
		if (b->rijen[i] == code)
		{
			memmove(b->rijen + i, b->rijen + i + 1, sizeof(int32) * (b->n - i - 1));
			b->n--;
			return b;
		}
	return NULL;
}

Datum
wlz_bezetting_stap(PG_FUNCTION_ARGS)
{
	MemoryContext ctx;
	Bezetting  *b;

	aggregaat_context(fcinfo, &ctx, "wlz.bezetting_stap");
	b = PG_ARGISNULL(0) ? bezetting_nieuw(ctx) : (Bezetting *) PG_GETARG_POINTER(0);
	if (PG_ARGISNULL(3) || PG_ARGISNULL(4) || PG_ARGISNULL(5))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the thresholds of an occupancy signal must not be null"),
				 errhint("Give onder, boven and maanden, such as 40, 60 and 3.")));
	bezetting_drempels(b, ctx, NumericGetDatum(PG_GETARG_NUMERIC(3)), NumericGetDatum(PG_GETARG_NUMERIC(4)),
					   PG_GETARG_INT32(5));
	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
		bezetting_rij(b, PG_GETARG_DATEADT(1), NumericGetDatum(PG_GETARG_NUMERIC(2)), constanten(fcinfo)->nul);
	PG_RETURN_POINTER(b);
}

Datum
wlz_bezetting_stap_beleid(PG_FUNCTION_ARGS)
{
	MemoryContext ctx;
	Bezetting  *b;

	aggregaat_context(fcinfo, &ctx, "wlz.bezetting_stap");
	b = PG_ARGISNULL(0) ? bezetting_nieuw(ctx) : (Bezetting *) PG_GETARG_POINTER(0);
	if (!b->drempels)
	{
		GbKop	   *kop = beleid_arg(fcinfo, 1);
		const GbGeld *onder = geldregel(kop, S_BEZETTING_ONDER);
		const GbGeld *boven = geldregel(kop, S_BEZETTING_BOVEN);
		const GbGeld *maanden = geldregel(kop, S_BEZETTING_MAANDEN);

		if (onder == NULL || boven == NULL || maanden == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_NO_DATA_FOUND),
					 errmsg("the money policy of %s %s %d has no occupancy band",
							GB_TEKST(kop, kop->zorgkantoor), sector_labels[kop->sector], kop->jaar),
					 errhint("It needs geldregels bezetting-onder, bezetting-boven and bezetting-maanden; "
							 "or give them: wlz.bezettingssignaal(maand, bezetting, onder, boven, maanden).")));
		bezetting_drempels(b, ctx, GB_GETAL(kop, onder->waarde), GB_GETAL(kop, boven->waarde),
						   DatumGetInt32(DirectFunctionCall1(numeric_int4, GB_GETAL(kop, maanden->waarde))));
	}
	if (!PG_ARGISNULL(2) && !PG_ARGISNULL(3))
		bezetting_rij(b, PG_GETARG_DATEADT(2), NumericGetDatum(PG_GETARG_NUMERIC(3)), constanten(fcinfo)->nul);
	PG_RETURN_POINTER(b);
}

Datum
wlz_bezetting_terug(PG_FUNCTION_ARGS)
{
	Bezetting  *b;

	aggregaat_context(fcinfo, NULL, "wlz.bezetting_terug");
	b = PG_ARGISNULL(0) ? NULL : (Bezetting *) PG_GETARG_POINTER(0);
	if (b == NULL || !b->drempels)
		PG_RETURN_NULL();
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(b);	/* the row did not count */
	b = bezetting_terug(b, PG_GETARG_DATEADT(1), NumericGetDatum(PG_GETARG_NUMERIC(2)));
	if (b == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(b);
}

Datum
wlz_bezetting_terug_beleid(PG_FUNCTION_ARGS)
{
	Bezetting  *b;

	aggregaat_context(fcinfo, NULL, "wlz.bezetting_terug");
	b = PG_ARGISNULL(0) ? NULL : (Bezetting *) PG_GETARG_POINTER(0);
	if (b == NULL || !b->drempels)
		PG_RETURN_NULL();
	if (PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PG_RETURN_POINTER(b);
	b = bezetting_terug(b, PG_GETARG_DATEADT(2), NumericGetDatum(PG_GETARG_NUMERIC(3)));
	if (b == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(b);
}

Datum
wlz_bezetting_samenvoegen(PG_FUNCTION_ARGS)
{
	MemoryContext ctx;
	Bezetting  *a;
	Bezetting  *b;

	aggregaat_context(fcinfo, &ctx, "wlz.bezetting_samenvoegen");
	a = PG_ARGISNULL(0) ? NULL : (Bezetting *) PG_GETARG_POINTER(0);
	b = PG_ARGISNULL(1) ? NULL : (Bezetting *) PG_GETARG_POINTER(1);
	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = bezetting_nieuw(ctx);
	if (b->drempels)
		bezetting_drempels(a, ctx, NumericGetDatum(b->onder), NumericGetDatum(b->boven), b->maanden);
	if (a->n + b->n > a->max)
	{
		MemoryContext oud = MemoryContextSwitchTo(ctx);

		a->max = a->n + b->n;
		a->rijen = repalloc(a->rijen, sizeof(int32) * a->max);
		MemoryContextSwitchTo(oud);
	}
	memcpy(a->rijen + a->n, b->rijen, sizeof(int32) * b->n);
	a->n += b->n;
	PG_RETURN_POINTER(a);
}

Datum
wlz_bezetting_serialiseer(PG_FUNCTION_ARGS)
{
	Bezetting  *b;
	StringInfoData buf;

	aggregaat_context(fcinfo, NULL, "wlz.bezetting_serialiseer");
	b = (Bezetting *) PG_GETARG_POINTER(0);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, b->drempels ? 1 : 0);
	if (b->drempels)
	{
		pq_sendstring(&buf, tekst_van(NumericGetDatum(b->onder)));
		pq_sendstring(&buf, tekst_van(NumericGetDatum(b->boven)));
		pq_sendint32(&buf, b->maanden);
	}
	pq_sendint32(&buf, b->n);
	for (int i = 0; i < b->n; i++)
		pq_sendint32(&buf, b->rijen[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
wlz_bezetting_deserialiseer(PG_FUNCTION_ARGS)
{
	bytea	   *data = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	Bezetting  *b;
	int32		n;

	aggregaat_context(fcinfo, NULL, "wlz.bezetting_deserialiseer");
	leesbuffer(&buf, data);
	b = bezetting_nieuw(CurrentMemoryContext);
	if (pq_getmsgbyte(&buf))
	{
		const char *onder = pq_getmsgstring(&buf);
		const char *boven = pq_getmsgstring(&buf);

		b->onder = DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(onder),
													   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
		b->boven = DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(boven),
													   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
		b->maanden = pq_getmsgint(&buf, 4);
		b->drempels = true;
	}
	n = pq_getmsgint(&buf, 4);
	if (n > b->max)
	{
		b->max = n;
		b->rijen = repalloc(b->rijen, sizeof(int32) * n);
	}
	for (int i = 0; i < n; i++)
		b->rijen[i] = pq_getmsgint(&buf, 4);
	b->n = n;
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(b);
}

static int
int32_cmp(const void *a, const void *b)
{
	int32		x = *(const int32 *) a;
	int32		y = *(const int32 *) b;

	return x < y ? -1 : x > y;
}

Datum
wlz_bezetting_uitkomst(PG_FUNCTION_ARGS)
{
	Bezetting  *b;
	int32		klein[64];
	int32	   *rijen;
	int32		reeks = 0;

	aggregaat_context(fcinfo, NULL, "wlz.bezetting_uitkomst");
	b = PG_ARGISNULL(0) ? NULL : (Bezetting *) PG_GETARG_POINTER(0);
	if (b == NULL || b->n == 0)
		PG_RETURN_NULL();
	/*
	 * Sort a copy: a window aggregate calls this again on the same state.  A
	 * sliding frame holds a few rows: insertion sort on the stack.
	 */
	if (b->n <= (int) lengthof(klein))
	{
		rijen = klein;
		for (int i = 0; i < b->n; i++)
		{
			int32		x = b->rijen[i];
			int			j = i;

			while (j > 0 && rijen[j - 1] > x)
			{
				rijen[j] = rijen[j - 1];
				j--;
			}
			rijen[j] = x;
		}
	}
	else
	{
		rijen = palloc(sizeof(int32) * b->n);
		memcpy(rijen, b->rijen, sizeof(int32) * b->n);
		qsort(rijen, b->n, sizeof(int32), int32_cmp);
	}
	for (int i = 0; i < b->n; i++)
	{
		int32		maand = rijen[i] >> 1;

		if (i > 0 && (rijen[i - 1] >> 1) == maand)
		{
			int			j = maand / 12;

			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("month %04d-%02d appears more than once in an occupancy signal", j, maand % 12 + 1),
					 errhint("Give one row per month, or group the days of a month first.")));
		}
		if (!(rijen[i] & 1))
			reeks = 0;
		else if (i > 0 && (rijen[i - 1] & 1) && (rijen[i - 1] >> 1) == maand - 1)
			reeks++;
		else
			reeks = 1;
		if (reeks >= b->maanden)
			break;
	}
	if (rijen != klein)
		pfree(rijen);
	PG_RETURN_BOOL(reeks >= b->maanden);
}
