/*
 * tarief.c
 *	  Amounts (wlz.tarief, SPEC 4.1) and the extrapolation of a year's
 *	  volume (wlz.extrapolatie, SPEC 5).
 *
 * All arithmetic is PostgreSQL's own numeric arithmetic: a product of
 * numerics is exact, and round(numeric, 2) rounds half away from zero, which
 * is the rounding the amounts need.  The tariff rule engine is in
 * tariefregel.c, the richttarief model aggregate in richttarief.c.
 */
#include "wlzcontract.h"

#include "datatype/timestamp.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

PG_FUNCTION_INFO_V1(wlz_tarief);
PG_FUNCTION_INFO_V1(wlz_tarief_componenten);
PG_FUNCTION_INFO_V1(wlz_extrapolatie);

/* Constants, made once per query in fn_extra. */
typedef struct Constanten
{
	Datum		nul;
	Datum		honderd;
	Datum		centiem;		/* 0.01 */
} Constanten;

static Constanten *
constanten(FunctionCallInfo fcinfo)
{
	Constanten *k = (Constanten *) fcinfo->flinfo->fn_extra;

	if (k == NULL)
	{
		MemoryContext oud = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		k = palloc(sizeof(Constanten));
		k->nul = NumericGetDatum(int64_to_numeric(0));
		k->honderd = NumericGetDatum(int64_to_numeric(100));
		k->centiem = NumericGetDatum(int64_div_fast_to_numeric(1, 2));
		MemoryContextSwitchTo(oud);
		fcinfo->flinfo->fn_extra = k;
	}
	return k;
}

/* An amount must be a finite number. */
static void
controleer_bedrag(Numeric n, const char *naam)
{
	if (numeric_is_nan(n) || numeric_is_inf(n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite amount, not %s", naam,
						DatumGetCString(DirectFunctionCall1(numeric_out,
															NumericGetDatum(n))))));
}

/*
 * percentage% of amount, rounded to cents.  percentage must lie in 0-100:
 * a tariff above the NZa maximum is not allowed.
 */
static Datum
deel_in_centen(FunctionCallInfo fcinfo, Numeric bedrag, Numeric percentage,
			   const char *naam)
{
	Constanten *k = constanten(fcinfo);
	Datum		product;

	controleer_bedrag(bedrag, naam);
	if (numeric_is_nan(percentage) ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(percentage),
										  k->nul)) < 0 ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(percentage),
										  k->honderd)) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tariff percentage %s is out of range",
						DatumGetCString(DirectFunctionCall1(numeric_out,
															NumericGetDatum(percentage)))),
				 errdetail("A tariff is a percentage from 0 to 100 of the NZa maximum tariff.")));

	/*
	 * bedrag * percentage * 0.01 is exact (a numeric product keeps every
	 * digit); only the final round() rounds, half away from zero.
	 */
	product = DirectFunctionCall2(numeric_mul, NumericGetDatum(bedrag),
								  NumericGetDatum(percentage));
	product = DirectFunctionCall2(numeric_mul, product, k->centiem);
	return DirectFunctionCall2(numeric_round, product, Int32GetDatum(2));
}

/* wlz.tarief(nza_tarief numeric, percentage numeric) */
Datum
wlz_tarief(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(deel_in_centen(fcinfo, PG_GETARG_NUMERIC(0),
								   PG_GETARG_NUMERIC(1), "nza_tarief"));
}

/*
 * wlz.tarief(zorg numeric, nhc numeric, nic numeric, percentage numeric):
 * the care component at the percentage, rounded to cents, plus NHC and NIC
 * at 100 % as given (100 % of an amount needs no rounding).
 */
Datum
wlz_tarief_componenten(PG_FUNCTION_ARGS)
{
	Numeric		nhc = PG_GETARG_NUMERIC(1);
	Numeric		nic = PG_GETARG_NUMERIC(2);
	Datum		zorg;

	controleer_bedrag(nhc, "nhc");
	controleer_bedrag(nic, "nic");
	zorg = deel_in_centen(fcinfo, PG_GETARG_NUMERIC(0), PG_GETARG_NUMERIC(3), "zorg");
	zorg = DirectFunctionCall2(numeric_add, zorg, NumericGetDatum(nhc));
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_add, zorg, NumericGetDatum(nic)));
}

/*
 * wlz.extrapolatie(realisatie, realisatie_laatste_maand, laatste_maand):
 * realisatie + realisatie_laatste_maand * days_left / days_in_month, where
 * laatste_maand is any day of the last month realised and days_left counts
 * the days after that month up to and including 31 December.  Multiplying
 * before dividing leaves a single rounding, at numeric division's precision
 * (at least 16 significant digits); the quotient loses trailing zeros, so an
 * exact result keeps the scale of realisatie.
 */
Datum
wlz_extrapolatie(PG_FUNCTION_ARGS)
{
	Numeric		realisatie = PG_GETARG_NUMERIC(0);
	Numeric		laatste = PG_GETARG_NUMERIC(1);
	DateADT		maand = PG_GETARG_DATEADT(2);
	int			jaar,
				mnd,
				dag;
	int			dagen_in_maand,
				dagen_over;
	Datum		rest;

	controleer_bedrag(realisatie, "realisatie");
	controleer_bedrag(laatste, "realisatie_laatste_maand");
	if (DATE_NOT_FINITE(maand))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("laatste_maand must be a finite date")));

	j2date(maand + POSTGRES_EPOCH_JDATE, &jaar, &mnd, &dag);
	dagen_in_maand = day_tab[isleap(jaar)][mnd - 1];
	dagen_over = date2j(jaar + 1, 1, 1) - date2j(jaar, mnd, 1) - dagen_in_maand;

	rest = DirectFunctionCall2(numeric_mul, NumericGetDatum(laatste),
							   NumericGetDatum(int64_to_numeric(dagen_over)));
	rest = DirectFunctionCall2(numeric_div, rest,
							   NumericGetDatum(int64_to_numeric(dagen_in_maand)));
	/* 600 * 184 / 30 is 3680, not 3680.0000000000000000 */
	rest = DirectFunctionCall1(numeric_trim_scale, rest);
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_add, NumericGetDatum(realisatie), rest));
}
