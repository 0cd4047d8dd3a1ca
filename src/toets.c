/*
 * toets.c
 *	  Provider checks (SPEC 10): the policy value wlz.toetsbeleid and the
 *	  checks over it.
 *
 * The value.  wlz.toetsbeleid(zorgkantoor, sector, jaar) (STABLE; the SQL
 * function wlz.toetsbeleid_lezen of src/sql/shared/60-toets.sql builds it,
 * and it is cached per call site and snapshot), reads the rows that apply from
 * wlz.norm_geldend, wlz.documenteis_geldend, wlz.lvhc_geldend,
 * wlz.controle_geldend and the deadlines these checks need from
 * wlz.termijnkalender, and returns them as a jsonb document cast to the type
 * wlz.toetsbeleid.  The type is stored exactly as jsonb (text output, binary
 * send and receive are jsonb's), but its input, receive and cast check the
 * document against the shape below, so that every value of the type is one
 * the checks can read.  A per-row function gets the value, parses it into C
 * structs once per call site (cached in fn_extra and reused while the bytes
 * stay the same) and never reads a table: it is IMMUTABLE, and runs on a
 * Citus worker or through postgres_fdw.
 *
 * The checks, each an IMMUTABLE function over the value and a STABLE form
 * with (zorgkantoor, sector, jaar) in front that builds the value itself
 * (once per call site, snapshot and key, as src/tariefregel.c does):
 *	  wlz.toets               a value against the norms of a code (and
 *	                          wlz.voldoet, the same as one boolean)
 *	  wlz.documenttoets       the documents a class hands in
 *	  wlz.onderaannemingstoets own delivery and subcontracting
 *	  wlz.leveringsvormtoets  mpt before vpt for new clients from 2027
 *	  wlz.vg7plus_toets       the VG7+ purchasing conditions
 *	  wlz.lvhc_toets          a production agreement against a recognition
 *	  wlz.regiobudgettoets    the HLO regiobudget application checklist
 * and the plain functions wlz.geclusterd, wlz.begeleiders_nodig,
 * wlz.lvhc_plafond and the aggregates wlz.eigen_levering and
 * wlz.mpt_aandeel.  Every result row cites its bron.
 */
#include "wlzcontract.h"

#include <ctype.h>

#include "access/htup_details.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

PG_FUNCTION_INFO_V1(wlz_toetsbeleid_in);
PG_FUNCTION_INFO_V1(wlz_toetsbeleid_out);
PG_FUNCTION_INFO_V1(wlz_toetsbeleid_recv);
PG_FUNCTION_INFO_V1(wlz_toetsbeleid_send);
PG_FUNCTION_INFO_V1(wlz_toetsbeleid_uit_jsonb);
PG_FUNCTION_INFO_V1(wlz_toetsbeleid);
PG_FUNCTION_INFO_V1(wlz_toets);
PG_FUNCTION_INFO_V1(wlz_toets_tabel);
PG_FUNCTION_INFO_V1(wlz_voldoet);
PG_FUNCTION_INFO_V1(wlz_documenttoets);
PG_FUNCTION_INFO_V1(wlz_documenttoets_tabel);
PG_FUNCTION_INFO_V1(wlz_onderaannemingstoets);
PG_FUNCTION_INFO_V1(wlz_onderaannemingstoets_tabel);
PG_FUNCTION_INFO_V1(wlz_leveringsvormtoets);
PG_FUNCTION_INFO_V1(wlz_leveringsvormtoets_tabel);
PG_FUNCTION_INFO_V1(wlz_vg7plus_toets);
PG_FUNCTION_INFO_V1(wlz_vg7plus_toets_tabel);
PG_FUNCTION_INFO_V1(wlz_lvhc_toets);
PG_FUNCTION_INFO_V1(wlz_lvhc_toets_tabel);
PG_FUNCTION_INFO_V1(wlz_regiobudgettoets);
PG_FUNCTION_INFO_V1(wlz_regiobudgettoets_tabel);
PG_FUNCTION_INFO_V1(wlz_geclusterd);
PG_FUNCTION_INFO_V1(wlz_begeleiders_nodig);
PG_FUNCTION_INFO_V1(wlz_lvhc_plafond);
PG_FUNCTION_INFO_V1(wlz_eigen_levering_stap);
PG_FUNCTION_INFO_V1(wlz_eigen_levering_samenvoegen);
PG_FUNCTION_INFO_V1(wlz_eigen_levering_serialiseer);
PG_FUNCTION_INFO_V1(wlz_eigen_levering_deserialiseer);
PG_FUNCTION_INFO_V1(wlz_eigen_levering_uitkomst);
PG_FUNCTION_INFO_V1(wlz_mpt_aandeel_stap);
PG_FUNCTION_INFO_V1(wlz_mpt_aandeel_samenvoegen);
PG_FUNCTION_INFO_V1(wlz_mpt_aandeel_serialiseer);
PG_FUNCTION_INFO_V1(wlz_mpt_aandeel_deserialiseer);
PG_FUNCTION_INFO_V1(wlz_mpt_aandeel_uitkomst);

/* date +/- wlz.termijn, from termijn.c */
extern Datum wlz_termijn_in(PG_FUNCTION_ARGS);
extern Datum wlz_termijn_out(PG_FUNCTION_ARGS);
extern Datum wlz_datum_plus_termijn(PG_FUNCTION_ARGS);
extern Datum wlz_datum_min_termijn(PG_FUNCTION_ARGS);

/* ------------------------------------------------------------------------
 * The policy in C
 * ------------------------------------------------------------------------
 */

/* wlz.aanbiederklasse as bits; 0 in a row means "every class" */
#define KLASSE_BESTAAND			0x01
#define KLASSE_BMN				0x02
#define KLASSE_NIEUW			0x04

static const char *const klasse_labels[] = {"bestaand", "bestaand-maar-nieuw", "nieuw"};
static const char *const contractvorm_labels[] = {"meerjarig", "heel-jaar", "deel-jaar"};
static const char *const sector_labels[] = {"VV", "GZ", "GGZ"};

typedef enum Vergelijking
{
	VGL_LT, VGL_LE, VGL_EQ, VGL_GE, VGL_GT
} Vergelijking;

static const char *const vergelijking_labels[] = {"<", "<=", "=", ">=", ">"};

typedef enum Moment
{
	MOMENT_INSCHRIJVING, MOMENT_ZORGLEVERING, MOMENT_NA_INGANG
} Moment;

static const char *const moment_labels[] = {"inschrijving", "zorglevering", "na-ingang"};

typedef struct Norm
{
	int32		id;
	char	   *code;
	Vergelijking vgl;
	Numeric		waarde;
	Numeric		noemer;			/* NULL: 1 */
	char	   *eenheid;
	uint8		klassen;
	int32		vanaf;			/* first year the row holds */
	char	   *gevolg;
	char	   *bron;
} Norm;

typedef struct Documenteis
{
	int32		id;
	char	   *code;
	char	   *omschrijving;
	uint8		klassen;
	uint8		contractvormen; /* bits in contractvorm_labels order; 0: any */
	Moment		moment;
	bool		heeft_termijn;
	Term		termijn;
	bool		heeft_leeftijd;
	Term		max_leeftijd;
	Numeric		min_bedrag;		/* NULL: none */
	bool		zelfde_entiteit;
	bool		ingaan_bij_start;
	char	   *bron;
} Documenteis;

typedef struct Controle
{
	char	   *code;
	char	   *soort;
	char	   *omschrijving;
	char	   *bron;
} Controle;

typedef struct Doelgroep
{
	char	   *code;
	char	   *naam;
	DateADT		van;
	bool		tot_open;
	DateADT		tot;			/* exclusive */
	char	   *bron;
} Doelgroep;

typedef struct Termijn
{
	char	   *stap;
	TimestampTz uiterst;
} Termijn;

typedef struct Beleid
{
	char	   *zorgkantoor;	/* NULL: national */
	char	   *sector;			/* NULL: all sectors */
	int32		jaar;
	int			nnormen;
	Norm	   *normen;
	int			ndocumenten;
	Documenteis *documenten;
	int			ncontroles;
	Controle   *controles;
	int			ndoelgroepen;
	Doelgroep  *doelgroepen;
	int			ntermijnen;
	Termijn    *termijnen;
} Beleid;

/* ------------------------------------------------------------------------
 * Reading and checking the jsonb document
 * ------------------------------------------------------------------------
 */

static void ongeldig(const char *waar, const char *wat) pg_attribute_noreturn();

static void
ongeldig(const char *waar, const char *wat)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type wlz.toetsbeleid: %s %s", waar, wat),
			 errhint("A wlz.toetsbeleid is made by wlz.toetsbeleid(zorgkantoor, sector, jaar); "
					 "its text form is a JSON object with the keys zorgkantoor, sector, jaar, "
					 "normen, documenten, controles, lvhc and termijnen.")));
}

/* What a key may hold: s string, n number, b boolean, a array, o object. */
typedef struct Veld
{
	const char *naam;
	char		soort;
	bool		verplicht;
} Veld;

/*
 * The values of the keys of an object, in the order of velden; a key that is
 * missing or JSON null comes back as jbvNull (an error if it is verplicht).
 * An unknown key, or a value of the wrong kind, is an error.
 */
static void
object_lezen(JsonbContainer *c, const Veld *velden, int n, JsonbValue *uit, const char *waar)
{
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken tok;
	int			huidig = -1;

	if (!JsonContainerIsObject(c))
		ongeldig(waar, "is not an object");
	for (int i = 0; i < n; i++)
		uit[i].type = jbvNull;

	it = JsonbIteratorInit(c);
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		if (tok == WJB_KEY)
		{
			huidig = -1;
			for (int i = 0; i < n; i++)
				if (strlen(velden[i].naam) == (size_t) v.val.string.len &&
					memcmp(velden[i].naam, v.val.string.val, v.val.string.len) == 0)
					huidig = i;
			if (huidig < 0)
				ongeldig(waar, psprintf("has an unknown key \"%.*s\"",
										Min(v.val.string.len, 64), v.val.string.val));
		}
		else if (tok == WJB_VALUE)
		{
			bool		goed;

			Assert(huidig >= 0);
			if (v.type == jbvNull)
			{
				uit[huidig] = v;
				continue;
			}
			switch (velden[huidig].soort)
			{
				case 's':
					goed = v.type == jbvString;
					break;
				case 'n':
					goed = v.type == jbvNumeric;
					break;
				case 'b':
					goed = v.type == jbvBool;
					break;
				case 'a':
					goed = v.type == jbvBinary && JsonContainerIsArray(v.val.binary.data);
					break;
				case 'o':
					goed = v.type == jbvBinary && JsonContainerIsObject(v.val.binary.data);
					break;
				default:
					goed = false;
			}
			if (!goed)
				ongeldig(waar, psprintf("has a value of the wrong kind for \"%s\"", velden[huidig].naam));
			uit[huidig] = v;
		}
	}
	for (int i = 0; i < n; i++)
		if (velden[i].verplicht && uit[i].type == jbvNull)
			ongeldig(waar, psprintf("has no \"%s\"", velden[i].naam));
}

/* The elements of an array (objects, as jbvBinary). */
static JsonbValue *
array_lezen(JsonbValue *a, int *n, const char *waar)
{
	JsonbContainer *c;
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken tok;
	JsonbValue *uit;
	int			m = 0;

	if (a->type == jbvNull)
	{
		*n = 0;
		return NULL;
	}
	c = a->val.binary.data;
	uit = palloc(sizeof(JsonbValue) * Max(JsonContainerSize(c), 1));
	it = JsonbIteratorInit(c);
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
		if (tok == WJB_ELEM)
			uit[m++] = v;
	*n = m;
	return uit;
}

static char *
tekst(JsonbValue *v)
{
	if (v->type == jbvNull)
		return NULL;
	return pnstrdup(v->val.string.val, v->val.string.len);
}

/* A code: lower case letters and digits in words joined by hyphens. */
static bool
is_code(const char *s)
{
	bool		begin = true;

	if (!s || !(*s >= 'a' && *s <= 'z'))
		return false;
	for (; *s; s++)
	{
		if ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))
			begin = false;
		else if (*s == '-' && !begin)
			begin = true;
		else
			return false;
	}
	return !begin;
}

static int
label_index(const char *s, const char *const *labels, int n)
{
	for (int i = 0; i < n; i++)
		if (strcmp(s, labels[i]) == 0)
			return i;
	return -1;
}

static Numeric
getal(JsonbValue *v, const char *waar)
{
	Numeric		num;

	if (v->type == jbvNull)
		return NULL;
	if (numeric_is_nan(v->val.numeric) || numeric_is_inf(v->val.numeric))
		ongeldig(waar, "has a number that is not finite");
	num = DatumGetNumericCopy(NumericGetDatum(v->val.numeric));
	return num;
}

static int32
heel_getal(JsonbValue *v, const char *waar)
{
	Numeric		num = getal(v, waar);
	int32		i;

	i = DatumGetInt32(DirectFunctionCall1(numeric_int4, NumericGetDatum(num)));
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(num),
										  NumericGetDatum(int64_to_numeric(i)))) != 0)
		ongeldig(waar, "has a year that is not a whole number");
	return i;
}

/* A bit set of labels from a JSON array of strings (NULL: 0, any). */
static uint8
labels_lezen(JsonbValue *a, const char *const *labels, int nlabels, const char *waar)
{
	int			n;
	JsonbValue *el = array_lezen(a, &n, waar);
	uint8		bits = 0;

	if (a->type != jbvNull && n == 0)
		ongeldig(waar, "has an empty list of classes or contract forms");
	for (int i = 0; i < n; i++)
	{
		int			k;

		if (el[i].type != jbvString)
			ongeldig(waar, "has a list with an element that is not a string");
		k = label_index(tekst(&el[i]), labels, nlabels);
		if (k < 0)
			ongeldig(waar, psprintf("has an unknown label \"%.*s\"",
									Min(el[i].val.string.len, 64), el[i].val.string.val));
		bits |= (uint8) (1 << k);
	}
	return bits;
}

static Term
termijn_lezen(JsonbValue *v, const char *waar)
{
	Term		t = DatumGetTerm(DirectFunctionCall1(wlz_termijn_in, CStringGetDatum(tekst(v))));

	if (term_unit(t) == TERM_HOURS || term_amount(t) <= 0)
		ongeldig(waar, "has a term that is not a positive number of days, weeks, months or years");
	return t;
}

/* An ISO date YYYY-MM-DD, read without the session's DateStyle. */
static DateADT
datum_lezen(const char *s, const char *waar)
{
	int			j,
				m,
				d;
	char		rest;

	if (s == NULL || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &j, &m, &d, &rest) != 3 ||
		s[4] != '-' || s[7] != '-' || m < 1 || m > 12 || d < 1 || d > day_tab[isleap(j)][m - 1] ||
		j < 1 || !IS_VALID_JULIAN(j, m, d))
		ongeldig(waar, "has a date that is not of the form YYYY-MM-DD");
	return date2j(j, m, d) - POSTGRES_EPOCH_JDATE;
}

/*
 * A moment with an explicit offset ("2026-07-01T23:59:59.999999+02:00"), so
 * that it means the same instant under every TimeZone.
 */
static TimestampTz
moment_lezen(const char *s, const char *waar)
{
	size_t		len = s ? strlen(s) : 0;
	const char *p;

	if (len < 11)
		ongeldig(waar, "has a moment that is not a timestamp with an offset");
	p = s + len;
	if (p[-1] != 'Z')
	{
		/* ...+HH, +HH:MM or +HH:MM:SS at the end */
		const char *q = p;
		int			cijfers = 0;

		while (q > s && (isdigit((unsigned char) q[-1]) || q[-1] == ':'))
		{
			if (isdigit((unsigned char) q[-1]))
				cijfers++;
			q--;
		}
		if (q == s || (q[-1] != '+' && q[-1] != '-') || cijfers < 2 || q - s < 11)
			ongeldig(waar, "has a moment without an explicit offset");
	}
	return DatumGetTimestampTz(DirectFunctionCall3(timestamptz_in, CStringGetDatum(s),
												   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
}

static void
normen_lezen(Beleid *b, JsonbValue *a)
{
	static const Veld velden[] = {
		{"id", 'n', false}, {"code", 's', true}, {"vergelijking", 's', true},
		{"waarde", 'n', true}, {"noemer", 'n', false}, {"eenheid", 's', false},
		{"klassen", 'a', false}, {"vanaf", 'n', true}, {"gevolg", 's', false},
		{"bron", 's', false}
	};
	int			n;
	JsonbValue *el = array_lezen(a, &n, "normen");

	b->normen = palloc0(sizeof(Norm) * Max(n, 1));
	b->nnormen = n;
	for (int i = 0; i < n; i++)
	{
		JsonbValue	v[lengthof(velden)];
		Norm	   *r = &b->normen[i];
		char	   *waar = psprintf("normen[%d]", i);
		int			k;

		if (el[i].type != jbvBinary)
			ongeldig(waar, "is not an object");
		object_lezen(el[i].val.binary.data, velden, lengthof(velden), v, waar);
		r->id = v[0].type == jbvNull ? 0 : heel_getal(&v[0], waar);
		r->code = tekst(&v[1]);
		if (!is_code(r->code))
			ongeldig(waar, "has a code that is not lower-case words joined by hyphens");
		k = label_index(tekst(&v[2]), vergelijking_labels, lengthof(vergelijking_labels));
		if (k < 0)
			ongeldig(waar, "has a comparison other than <, <=, =, >= or >");
		r->vgl = (Vergelijking) k;
		r->waarde = getal(&v[3], waar);
		r->noemer = getal(&v[4], waar);
		if (r->noemer &&
			DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(r->noemer),
											  NumericGetDatum(int64_to_numeric(0)))) <= 0)
			ongeldig(waar, "has a denominator that is not positive");
		r->eenheid = tekst(&v[5]);
		r->klassen = labels_lezen(&v[6], klasse_labels, lengthof(klasse_labels), waar);
		r->vanaf = heel_getal(&v[7], waar);
		r->gevolg = tekst(&v[8]);
		r->bron = tekst(&v[9]);
	}
}

static void
documenten_lezen(Beleid *b, JsonbValue *a)
{
	static const Veld velden[] = {
		{"id", 'n', false}, {"code", 's', true}, {"omschrijving", 's', false},
		{"klassen", 'a', true}, {"contractvormen", 'a', false}, {"moment", 's', true},
		{"termijn", 's', false}, {"max_leeftijd", 's', false}, {"min_bedrag", 'n', false},
		{"zelfde_entiteit", 'b', false}, {"ingaan_bij_start", 'b', false}, {"bron", 's', false}
	};
	int			n;
	JsonbValue *el = array_lezen(a, &n, "documenten");

	b->documenten = palloc0(sizeof(Documenteis) * Max(n, 1));
	b->ndocumenten = n;
	for (int i = 0; i < n; i++)
	{
		JsonbValue	v[lengthof(velden)];
		Documenteis *r = &b->documenten[i];
		char	   *waar = psprintf("documenten[%d]", i);
		int			k;

		if (el[i].type != jbvBinary)
			ongeldig(waar, "is not an object");
		object_lezen(el[i].val.binary.data, velden, lengthof(velden), v, waar);
		r->id = v[0].type == jbvNull ? 0 : heel_getal(&v[0], waar);
		r->code = tekst(&v[1]);
		if (!is_code(r->code))
			ongeldig(waar, "has a code that is not lower-case words joined by hyphens");
		r->omschrijving = tekst(&v[2]);
		r->klassen = labels_lezen(&v[3], klasse_labels, lengthof(klasse_labels), waar);
		r->contractvormen = labels_lezen(&v[4], contractvorm_labels, lengthof(contractvorm_labels), waar);
		k = label_index(tekst(&v[5]), moment_labels, lengthof(moment_labels));
		if (k < 0)
			ongeldig(waar, "has a moment other than inschrijving, zorglevering or na-ingang");
		r->moment = (Moment) k;
		r->heeft_termijn = v[6].type != jbvNull;
		if (r->heeft_termijn)
			r->termijn = termijn_lezen(&v[6], waar);
		if (r->heeft_termijn != (r->moment == MOMENT_NA_INGANG))
			ongeldig(waar, "has a term without moment na-ingang, or na-ingang without a term");
		r->heeft_leeftijd = v[7].type != jbvNull;
		if (r->heeft_leeftijd)
		{
			r->max_leeftijd = termijn_lezen(&v[7], waar);
			if (r->moment != MOMENT_INSCHRIJVING)
				ongeldig(waar, "has a maximum age for a document not due at inschrijving");
		}
		r->min_bedrag = getal(&v[8], waar);
		r->zelfde_entiteit = v[9].type == jbvBool && v[9].val.boolean;
		r->ingaan_bij_start = v[10].type == jbvBool && v[10].val.boolean;
		r->bron = tekst(&v[11]);
	}
}

static void
controles_lezen(Beleid *b, JsonbValue *a)
{
	static const Veld velden[] = {
		{"code", 's', true}, {"soort", 's', true}, {"omschrijving", 's', false}, {"bron", 's', false}
	};
	int			n;
	JsonbValue *el = array_lezen(a, &n, "controles");

	b->controles = palloc0(sizeof(Controle) * Max(n, 1));
	b->ncontroles = n;
	for (int i = 0; i < n; i++)
	{
		JsonbValue	v[lengthof(velden)];
		Controle   *r = &b->controles[i];
		char	   *waar = psprintf("controles[%d]", i);

		if (el[i].type != jbvBinary)
			ongeldig(waar, "is not an object");
		object_lezen(el[i].val.binary.data, velden, lengthof(velden), v, waar);
		r->code = tekst(&v[0]);
		r->soort = tekst(&v[1]);
		if (!is_code(r->code) || !is_code(r->soort))
			ongeldig(waar, "has a code or soort that is not lower-case words joined by hyphens");
		r->omschrijving = tekst(&v[2]);
		r->bron = tekst(&v[3]);
	}
}

static void
doelgroepen_lezen(Beleid *b, JsonbValue *a)
{
	static const Veld velden[] = {
		{"code", 's', true}, {"naam", 's', false}, {"van", 's', true}, {"tot", 's', false},
		{"bron", 's', false}
	};
	int			n;
	JsonbValue *el = array_lezen(a, &n, "lvhc");

	b->doelgroepen = palloc0(sizeof(Doelgroep) * Max(n, 1));
	b->ndoelgroepen = n;
	for (int i = 0; i < n; i++)
	{
		JsonbValue	v[lengthof(velden)];
		Doelgroep  *r = &b->doelgroepen[i];
		char	   *waar = psprintf("lvhc[%d]", i);

		if (el[i].type != jbvBinary)
			ongeldig(waar, "is not an object");
		object_lezen(el[i].val.binary.data, velden, lengthof(velden), v, waar);
		r->code = tekst(&v[0]);
		if (!is_code(r->code))
			ongeldig(waar, "has a code that is not lower-case words joined by hyphens");
		r->naam = tekst(&v[1]);
		r->van = datum_lezen(tekst(&v[2]), waar);
		r->tot_open = v[3].type == jbvNull;
		if (!r->tot_open)
		{
			r->tot = datum_lezen(tekst(&v[3]), waar);
			if (r->tot <= r->van)
				ongeldig(waar, "has a period that ends before it starts");
		}
		r->bron = tekst(&v[4]);
	}
}

static void
termijnen_lezen(Beleid *b, JsonbValue *o)
{
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken tok;
	char	   *stap = NULL;

	if (o->type == jbvNull)
		return;
	b->termijnen = palloc0(sizeof(Termijn) * Max(JsonContainerSize(o->val.binary.data), 1));
	it = JsonbIteratorInit(o->val.binary.data);
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		if (tok == WJB_KEY)
			stap = tekst(&v);
		else if (tok == WJB_VALUE)
		{
			char	   *waar = psprintf("termijnen.%s", stap);

			if (!is_code(stap))
				ongeldig("termijnen", "has a step that is not lower-case words joined by hyphens");
			if (v.type != jbvString)
				ongeldig(waar, "is not a timestamp string");
			b->termijnen[b->ntermijnen].stap = stap;
			b->termijnen[b->ntermijnen].uiterst = moment_lezen(tekst(&v), waar);
			b->ntermijnen++;
		}
	}
}

/* Parse and check a document; everything is allocated in CurrentMemoryContext. */
static Beleid *
beleid_lezen(Jsonb *jb)
{
	static const Veld velden[] = {
		{"zorgkantoor", 's', false}, {"sector", 's', false}, {"jaar", 'n', true},
		{"normen", 'a', false}, {"documenten", 'a', false}, {"controles", 'a', false},
		{"lvhc", 'a', false}, {"termijnen", 'o', false}
	};
	JsonbValue	v[lengthof(velden)];
	Beleid	   *b = palloc0(sizeof(Beleid));

	if (!JB_ROOT_IS_OBJECT(jb))
		ongeldig("the value", "is not a JSON object");
	object_lezen(&jb->root, velden, lengthof(velden), v, "the value");
	b->zorgkantoor = tekst(&v[0]);
	if (b->zorgkantoor && (strlen(b->zorgkantoor) == 0 || strlen(b->zorgkantoor) > 200))
		ongeldig("the value", "has an empty or overlong zorgkantoor");
	b->sector = tekst(&v[1]);
	if (b->sector && label_index(b->sector, sector_labels, lengthof(sector_labels)) < 0)
		ongeldig("the value", "has a sector other than VV, GZ or GGZ");
	b->jaar = heel_getal(&v[2], "the value");
	normen_lezen(b, &v[3]);
	documenten_lezen(b, &v[4]);
	controles_lezen(b, &v[5]);
	doelgroepen_lezen(b, &v[6]);
	termijnen_lezen(b, &v[7]);
	return b;
}

/* ------------------------------------------------------------------------
 * The type: jsonb on disk and on the wire, checked on the way in
 * ------------------------------------------------------------------------
 */

static void
controleren(Jsonb *jb)
{
	MemoryContext tmp = AllocSetContextCreate(CurrentMemoryContext, "wlz toetsbeleid check",
											  ALLOCSET_SMALL_SIZES);
	MemoryContext oud = MemoryContextSwitchTo(tmp);

	(void) beleid_lezen(jb);
	MemoryContextSwitchTo(oud);
	MemoryContextDelete(tmp);
}

Datum
wlz_toetsbeleid_in(PG_FUNCTION_ARGS)
{
	Datum		d = DirectFunctionCall1(jsonb_in, PG_GETARG_DATUM(0));

	controleren(DatumGetJsonbP(d));
	PG_RETURN_DATUM(d);
}

Datum
wlz_toetsbeleid_out(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall1(jsonb_out, PG_GETARG_DATUM(0));
}

Datum
wlz_toetsbeleid_recv(PG_FUNCTION_ARGS)
{
	Datum		d = DirectFunctionCall1(jsonb_recv, PG_GETARG_DATUM(0));

	controleren(DatumGetJsonbP(d));
	PG_RETURN_DATUM(d);
}

Datum
wlz_toetsbeleid_send(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall1(jsonb_send, PG_GETARG_DATUM(0));
}

/* The cast jsonb -> wlz.toetsbeleid: the same bytes, once checked. */
Datum
wlz_toetsbeleid_uit_jsonb(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P_COPY(0);

	controleren(jb);
	PG_RETURN_JSONB_P(jb);
}

/* ------------------------------------------------------------------------
 * Getting the policy in a call: from the argument, or from the tables
 * ------------------------------------------------------------------------
 */

/* The parsed value of the last call at this call site. */
typedef struct WaardeCache
{
	MemoryContext mcxt;
	Size		len;
	char	   *bytes;
	Beleid	   *beleid;
} WaardeCache;

static Beleid *
beleid_uit_waarde(FunctionCallInfo fcinfo, int arg)
{
	Jsonb	   *jb;
	Size		len;
	WaardeCache *c;
	MemoryContext oud;

	if (PG_ARGISNULL(arg))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the toetsbeleid must not be null"),
				 errhint("Make one with wlz.toetsbeleid(zorgkantoor, sector, jaar).")));
	jb = PG_GETARG_JSONB_P(arg);
	len = VARSIZE(jb);

	if (fcinfo->flinfo == NULL)
		return beleid_lezen(jb);

	c = (WaardeCache *) fcinfo->flinfo->fn_extra;
	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(WaardeCache));
		c->mcxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "wlz toetsbeleid",
										ALLOCSET_SMALL_SIZES);
		fcinfo->flinfo->fn_extra = c;
	}
	else if (c->beleid != NULL && c->len == len && memcmp(c->bytes, jb, len) == 0)
		return c->beleid;

	MemoryContextReset(c->mcxt);
	c->beleid = NULL;
	oud = MemoryContextSwitchTo(c->mcxt);
	c->bytes = palloc(len);
	memcpy(c->bytes, jb, len);
	c->len = len;
	c->beleid = beleid_lezen((Jsonb *) c->bytes);
	MemoryContextSwitchTo(oud);
	return c->beleid;
}

/*
 * The constructor and the table forms: the policy of (zorgkantoor, sector,
 * jaar), built by the SQL function wlz.toetsbeleid_lezen once per key at a
 * call site, kept for the active snapshot (a PL/pgSQL loop keeps expression
 * state for the whole transaction, see src/tariefregel.c).  The constructor
 * caches too: a CTE referenced once is inlined into the query, and a
 * STABLE constructor there is called for every row.
 */
#define TABEL_CACHE_MAX 16

typedef struct TabelSleutel
{
	char	   *zorgkantoor;	/* NULL: national */
	Oid			sector;			/* InvalidOid: NULL */
	int32		jaar;
	Jsonb	   *waarde;			/* the value as built */
	Beleid	   *beleid;			/* parsed when a check needs it */
} TabelSleutel;

typedef struct TabelCache
{
	MemoryContext mcxt;
	bool		geldig;
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	CommandId	curcid;
	uint64		voltooid;
	int			n;
	TabelSleutel sleutels[TABEL_CACHE_MAX];
} TabelCache;

static void
tabelcache_legen(TabelCache *c)
{
	MemoryContextReset(c->mcxt);
	c->n = 0;
}

/* The value of (zorgkantoor, sector, jaar), read with SPI, copied into mcxt. */
static Jsonb *
waarde_lezen(const char *zk, Oid sectortype, Oid sector, int32 jaar, MemoryContext mcxt)
{
	Oid			typen[3] = {TEXTOID, sectortype, INT4OID};
	Datum		waarden[3];
	char		nulls[3] = {' ', ' ', ' '};
	bool		eigen_snapshot = !ActiveSnapshotSet();
	bool		isnull;
	Datum		d;
	int			ret;
	Jsonb	   *jb;
	MemoryContext oud;

	waarden[0] = zk ? CStringGetTextDatum(zk) : (Datum) 0;
	if (!zk)
		nulls[0] = 'n';
	waarden[1] = ObjectIdGetDatum(sector);
	if (!OidIsValid(sector))
		nulls[1] = 'n';
	waarden[2] = Int32GetDatum(jaar);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (eigen_snapshot)
		PushActiveSnapshot(GetTransactionSnapshot());
	ret = SPI_execute_with_args("SELECT wlz.toetsbeleid_lezen($1, $2, $3)::pg_catalog.jsonb",
								3, typen, waarden, nulls, true, 1);
	if (ret != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(ret));
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	if (isnull)
		elog(ERROR, "wlz.toetsbeleid_lezen returned null");
	oud = MemoryContextSwitchTo(mcxt);
	jb = DatumGetJsonbPCopy(d);
	MemoryContextSwitchTo(oud);
	if (eigen_snapshot)
		PopActiveSnapshot();
	SPI_finish();
	return jb;
}

/* The cache entry of the call's (zorgkantoor, sector, jaar): found or read. */
static TabelSleutel *
tabel_sleutel(FunctionCallInfo fcinfo)
{
	TabelCache *c;
	char	   *zk;
	Oid			sector;
	Oid			sectortype;
	int32		jaar;
	Oid		   *argtypen;
	int			nargs;
	TabelSleutel *s;

	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("jaar must not be null"),
				 errhint("Pass the inkoopjaar whose norms and documents apply, e.g. 2026.")));
	if (fcinfo->flinfo == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("wlz.toetsbeleid and the table forms of the provider checks must be called through the function manager")));

	zk = PG_ARGISNULL(0) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(0));
	sector = PG_ARGISNULL(1) ? InvalidOid : PG_GETARG_OID(1);
	jaar = PG_GETARG_INT32(2);

	c = (TabelCache *) fcinfo->flinfo->fn_extra;
	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(TabelCache));
		c->mcxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "wlz toetsbeleid uit tabellen",
										ALLOCSET_SMALL_SIZES);
		fcinfo->flinfo->fn_extra = c;
	}

	if (!ActiveSnapshotSet())
	{
		tabelcache_legen(c);
		c->geldig = false;
	}
	else
	{
		Snapshot	snap = GetActiveSnapshot();

		if (!(c->geldig && snap->xmin == c->xmin && snap->xmax == c->xmax &&
			  snap->xcnt == c->xcnt && snap->curcid == c->curcid &&
			  snap->snapXactCompletionCount == c->voltooid))
		{
			tabelcache_legen(c);
			c->geldig = true;
			c->xmin = snap->xmin;
			c->xmax = snap->xmax;
			c->xcnt = snap->xcnt;
			c->curcid = snap->curcid;
			c->voltooid = snap->snapXactCompletionCount;
		}
	}

	for (int i = 0; i < c->n; i++)
	{
		s = &c->sleutels[i];
		if (s->jaar == jaar && s->sector == sector &&
			((s->zorgkantoor == NULL && zk == NULL) ||
			 (s->zorgkantoor != NULL && zk != NULL && strcmp(s->zorgkantoor, zk) == 0)))
			return s;
	}

	get_func_signature(fcinfo->flinfo->fn_oid, &argtypen, &nargs);
	sectortype = argtypen[1];

	/* full: start over (the memory of the old entries goes with it) */
	if (c->n >= TABEL_CACHE_MAX)
		tabelcache_legen(c);

	/*
	 * The slot counts only once the value is read: an error in between (an
	 * unknown zorgkantoor, caught by a PL/pgSQL exception block that keeps
	 * this call site) must not leave a key without a value behind.
	 */
	s = &c->sleutels[c->n];
	s->zorgkantoor = zk ? MemoryContextStrdup(c->mcxt, zk) : NULL;
	s->sector = sector;
	s->jaar = jaar;
	s->beleid = NULL;
	s->waarde = waarde_lezen(zk, sectortype, sector, jaar, c->mcxt);
	if (c->geldig)
		c->n++;					/* else: no snapshot to compare with, never reuse */
	return s;
}

static Beleid *
beleid_uit_tabel(FunctionCallInfo fcinfo)
{
	TabelSleutel *s = tabel_sleutel(fcinfo);

	if (s->beleid == NULL)
	{
		TabelCache *c = (TabelCache *) fcinfo->flinfo->fn_extra;
		MemoryContext oud = MemoryContextSwitchTo(c->mcxt);

		s->beleid = beleid_lezen(s->waarde);
		MemoryContextSwitchTo(oud);
	}
	return s->beleid;
}

/* wlz.toetsbeleid(zorgkantoor, sector, jaar): the value, a copy per call. */
Datum
wlz_toetsbeleid(PG_FUNCTION_ARGS)
{
	TabelSleutel *s = tabel_sleutel(fcinfo);
	Jsonb	   *kopie = palloc(VARSIZE(s->waarde));

	memcpy(kopie, s->waarde, VARSIZE(s->waarde));
	PG_RETURN_JSONB_P(kopie);
}

/* ------------------------------------------------------------------------
 * Helpers for the checks
 * ------------------------------------------------------------------------
 */

static int
numcmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a), NumericGetDatum(b)));
}

static Numeric
nummul(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_mul, NumericGetDatum(a), NumericGetDatum(b)));
}

static Numeric
numdiv(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_div, NumericGetDatum(a), NumericGetDatum(b)));
}

static char *
numtekst(Numeric n)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
}

/* n with trailing zeros after the decimal point dropped */
static Numeric
numkort(Numeric n)
{
	return DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale, NumericGetDatum(n)));
}

static bool
vergelijk(int cmp, Vergelijking vgl)
{
	switch (vgl)
	{
		case VGL_LT:
			return cmp < 0;
		case VGL_LE:
			return cmp <= 0;
		case VGL_EQ:
			return cmp == 0;
		case VGL_GE:
			return cmp >= 0;
		case VGL_GT:
			return cmp > 0;
	}
	pg_unreachable();
}

/*
 * Does teller/noemer_in satisfy the norm?  Exact: compares
 * teller * noemer(norm) with waarde(norm) * noemer_in.
 */
static bool
norm_voldaan(const Norm *n, Numeric teller, Numeric noemer_in)
{
	Numeric		links = n->noemer ? nummul(teller, n->noemer) : teller;
	Numeric		rechts = noemer_in ? nummul(n->waarde, noemer_in) : n->waarde;

	return vergelijk(numcmp(links, rechts), n->vgl);
}

/* The norm as a number (waarde / noemer). */
static Numeric
norm_getal(const Norm *n)
{
	return n->noemer ? numdiv(n->waarde, n->noemer) : n->waarde;
}

/* The norm in words: ">= 2/3", "<= 100 fte". */
static char *
norm_tekst(const Norm *n)
{
	StringInfoData s;

	initStringInfo(&s);
	appendStringInfo(&s, "%s %s", vergelijking_labels[n->vgl], numtekst(n->waarde));
	if (n->noemer)
		appendStringInfo(&s, "/%s", numtekst(n->noemer));
	if (n->eenheid)
		appendStringInfo(&s, " %s", n->eenheid);
	return s.data;
}

static const Norm *
norm_zoeken(const Beleid *b, const char *code)
{
	for (int i = 0; i < b->nnormen; i++)
		if (strcmp(b->normen[i].code, code) == 0)
			return &b->normen[i];
	return NULL;
}

static const Controle *
controle_zoeken(const Beleid *b, const char *code)
{
	for (int i = 0; i < b->ncontroles; i++)
		if (strcmp(b->controles[i].code, code) == 0)
			return &b->controles[i];
	return NULL;
}

static const char *
controle_bron(const Beleid *b, const char *code)
{
	const Controle *c = controle_zoeken(b, code);

	return c ? c->bron : NULL;
}

/* The policy in words, for messages: "cz, sector GZ, 2026". */
static char *
beleid_naam(const Beleid *b)
{
	return psprintf("%s, %s, %d",
					b->zorgkantoor ? b->zorgkantoor : "landelijk",
					b->sector ? psprintf("sector %s", b->sector) : "alle sectoren",
					b->jaar);
}

static int
klasse_bit(Oid klasse)
{
	HeapTuple	tup = SearchSysCache1(ENUMOID, ObjectIdGetDatum(klasse));
	int			k;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for enum value %u", klasse);
	k = label_index(NameStr(((Form_pg_enum) GETSTRUCT(tup))->enumlabel),
					klasse_labels, lengthof(klasse_labels));
	ReleaseSysCache(tup);
	if (k < 0)
		elog(ERROR, "unknown wlz.aanbiederklasse value %u", klasse);
	return 1 << k;
}

static Oid
enum_oid(Oid enumtype, const char *label)
{
	HeapTuple	tup = SearchSysCache2(ENUMTYPOIDNAME, ObjectIdGetDatum(enumtype),
									  CStringGetDatum(label));
	Oid			oid;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "enum label \"%s\" not found", label);
	oid = ((Form_pg_enum) GETSTRUCT(tup))->oid;
	ReleaseSysCache(tup);
	return oid;
}

/*
 * Dates and moments in words, the same under every DateStyle and TimeZone
 * (the checks are IMMUTABLE): ISO dates, moments on the Amsterdam clock.
 */
static char *
datumtekst(DateADT d)
{
	int			j,
				m,
				dag;

	if (DATE_NOT_FINITE(d))
		return pstrdup(DATE_IS_NOBEGIN(d) ? "-infinity" : "infinity");
	j2date(d + POSTGRES_EPOCH_JDATE, &j, &m, &dag);
	return psprintf("%04d-%02d-%02d", j, m, dag);
}

static char *
momenttekst(TimestampTz t)
{
	static pg_tz *amsterdam = NULL;
	struct pg_tm tm;
	fsec_t		fsec;
	int			tz;
	const char *tzn;
	char		buf[MAXDATELEN + 1];

	if (amsterdam == NULL)
		amsterdam = pg_tzset("Europe/Amsterdam");
	if (amsterdam == NULL)
		elog(ERROR, "time zone Europe/Amsterdam is not available");
	if (TIMESTAMP_NOT_FINITE(t) || timestamp2tm(t, &tz, &tm, &fsec, &tzn, amsterdam) != 0)
		return pstrdup(TIMESTAMP_IS_NOBEGIN(t) ? "-infinity" : "infinity");
	EncodeDateTime(&tm, fsec, true, tz, tzn, USE_ISO_DATES, buf);
	return pstrdup(buf);
}

/* Rows of a materialised result. */
typedef struct Uitvoer
{
	Tuplestorestate *store;
	TupleDesc	tupdesc;
} Uitvoer;

static Uitvoer
uitvoer_begin(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Uitvoer		u;

	InitMaterializedSRF(fcinfo, 0);
	u.store = rsinfo->setResult;
	u.tupdesc = rsinfo->setDesc;
	return u;
}

/* voldaan: 1 true, 0 false, -1 NULL */
#define ONBEKEND (-1)

/* A row (code, voldaan, toelichting, bron) of a checklist. */
static void
controlerij(Uitvoer *u, const char *code, int voldaan, const char *toelichting, const char *bron)
{
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	values[0] = CStringGetTextDatum(code);
	if (voldaan == ONBEKEND)
		nulls[1] = true;
	else
		values[1] = BoolGetDatum(voldaan != 0);
	if (toelichting)
		values[2] = CStringGetTextDatum(toelichting);
	else
		nulls[2] = true;
	if (bron)
		values[3] = CStringGetTextDatum(bron);
	else
		nulls[3] = true;
	tuplestore_putvalues(u->store, u->tupdesc, values, nulls);
}

#define ARG_NULL(i)		PG_ARGISNULL(i)

static Numeric
arg_numeric(FunctionCallInfo fcinfo, int i, const char *naam, bool positief_of_nul)
{
	Numeric		n;

	if (PG_ARGISNULL(i))
		return NULL;
	n = PG_GETARG_NUMERIC(i);
	if (numeric_is_nan(n) || numeric_is_inf(n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number", naam)));
	if (positief_of_nul && numcmp(n, int64_to_numeric(0)) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be negative", naam),
				 errdetail("%s is %s.", naam, numtekst(n))));
	return n;
}

static void
niet_null(FunctionCallInfo fcinfo, int i, const char *naam, const char *hint)
{
	if (PG_ARGISNULL(i))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be null", naam),
				 hint ? errhint("%s", hint) : 0));
}

/* ------------------------------------------------------------------------
 * wlz.toets: a value against the norms of a code
 * ------------------------------------------------------------------------
 */

static void
toets_uitvoeren(FunctionCallInfo fcinfo, Beleid *b, int a)
{
	char	   *code;
	Numeric		waarde;
	int			klasse = 0;
	bool		bekend = false;
	Uitvoer		u;

	niet_null(fcinfo, a, "code",
			  "Pass the code of a norm, e.g. 'eigen-levering'; SELECT DISTINCT code FROM wlz.norm lists them.");
	code = text_to_cstring(PG_GETARG_TEXT_PP(a));
	waarde = arg_numeric(fcinfo, a + 1, "waarde", false);
	if (!PG_ARGISNULL(a + 2))
		klasse = klasse_bit(PG_GETARG_OID(a + 2));

	for (int i = 0; i < b->nnormen; i++)
		if (strcmp(b->normen[i].code, code) == 0)
			bekend = true;
	if (!bekend)
	{
		StringInfoData codes;

		initStringInfo(&codes);
		for (int i = 0; i < b->nnormen; i++)
			if (i == 0 || strcmp(b->normen[i].code, b->normen[i - 1].code) != 0)
				appendStringInfo(&codes, "%s%s", codes.len ? ", " : "", b->normen[i].code);
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("no norm \"%s\" applies to %s", code, beleid_naam(b)),
				 codes.len ? errhint("The norms of this zorgkantoor, sector and year: %s.", codes.data)
				 : errhint("No norm applies to this zorgkantoor, sector and year; wlz.norm lists the norms with their years.")));
	}

	u = uitvoer_begin(fcinfo);
	for (int i = 0; i < b->nnormen; i++)
	{
		const Norm *n = &b->normen[i];
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		if (strcmp(n->code, code) != 0)
			continue;
		if (klasse != 0 && n->klassen != 0 && (n->klassen & klasse) == 0)
			continue;
		if (waarde == NULL)
			nulls[0] = true;
		else
			values[0] = BoolGetDatum(norm_voldaan(n, waarde, NULL));
		values[1] = NumericGetDatum(norm_getal(n));
		values[2] = CStringGetTextDatum(vergelijking_labels[n->vgl]);
		if (n->gevolg)
			values[3] = CStringGetTextDatum(n->gevolg);
		else
			nulls[3] = true;
		if (n->bron)
			values[4] = CStringGetTextDatum(n->bron);
		else
			nulls[4] = true;
		tuplestore_putvalues(u.store, u.tupdesc, values, nulls);
	}
}

/*
 * wlz.voldoet: the same as a scalar, for a WHERE clause or a select list
 * that postgres_fdw ships (it never ships a set-returning function): true
 * when the value satisfies every norm of the code that applies to the class,
 * NULL when waarde is NULL.
 */
Datum
wlz_voldoet(PG_FUNCTION_ARGS)
{
	Beleid	   *b = beleid_uit_waarde(fcinfo, 0);
	char	   *code;
	Numeric		waarde;
	int			klasse = 0;
	bool		bekend = false;
	bool		alle = true;

	niet_null(fcinfo, 1, "code",
			  "Pass the code of a norm, e.g. 'eigen-levering'; SELECT DISTINCT code FROM wlz.norm lists them.");
	code = text_to_cstring(PG_GETARG_TEXT_PP(1));
	waarde = arg_numeric(fcinfo, 2, "waarde", false);
	if (!PG_ARGISNULL(3))
		klasse = klasse_bit(PG_GETARG_OID(3));
	for (int i = 0; i < b->nnormen; i++)
	{
		const Norm *n = &b->normen[i];

		if (strcmp(n->code, code) != 0)
			continue;
		bekend = true;
		if (klasse != 0 && n->klassen != 0 && (n->klassen & klasse) == 0)
			continue;
		if (waarde != NULL && !norm_voldaan(n, waarde, NULL))
			alle = false;
	}
	if (!bekend)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("no norm \"%s\" applies to %s", code, beleid_naam(b)),
				 errhint("wlz.toets lists the norms of a code; wlz.norm lists the norms with their years.")));
	if (waarde == NULL)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(alle);
}

Datum
wlz_toets(PG_FUNCTION_ARGS)
{
	toets_uitvoeren(fcinfo, beleid_uit_waarde(fcinfo, 0), 1);
	return (Datum) 0;
}

Datum
wlz_toets_tabel(PG_FUNCTION_ARGS)
{
	toets_uitvoeren(fcinfo, beleid_uit_tabel(fcinfo), 3);
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * wlz.documenttoets: the documents a class hands in
 * ------------------------------------------------------------------------
 */

/* One element of the wlz.document[] argument. */
typedef struct Document
{
	char	   *code;
	bool		heeft_datum;
	DateADT		datum;
	Numeric		bedrag;
	char	   *entiteit;
	bool		heeft_ingang;
	DateADT		ingang;
} Document;

/* Status of a handed-in copy, least to most severe. */
typedef enum Status
{
	ST_OK, ST_ONBEKEND, ST_TE_LAAT, ST_ANDERE_ENTITEIT, ST_TE_LAAG, ST_TE_OUD
} Status;

static const char *const status_labels[] = {
	"ok", "onbekend", "te laat", "andere entiteit", "te laag", "te oud"
};

static Document *
documenten_uit_array(FunctionCallInfo fcinfo, int arg, int *n)
{
	ArrayType  *arr;
	Datum	   *elems;
	bool	   *nulls;
	int			m = 0;
	Document   *uit;

	*n = 0;
	if (PG_ARGISNULL(arg))
		return NULL;
	arr = PG_GETARG_ARRAYTYPE_P(arg);
	deconstruct_array(arr, ARR_ELEMTYPE(arr), -1, false, TYPALIGN_DOUBLE, &elems, &nulls, &m);
	uit = palloc0(sizeof(Document) * Max(m, 1));
	for (int i = 0; i < m; i++)
	{
		HeapTupleHeader t;
		bool		isnull;
		Datum		d;
		Document   *doc = &uit[*n];

		if (nulls[i])
			continue;
		t = DatumGetHeapTupleHeader(elems[i]);
		d = GetAttributeByNum(t, 1, &isnull);
		if (isnull)
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("document %d has no code", i + 1),
					 errhint("Every wlz.document names its document, e.g. ROW('kvk-uittreksel', date '2025-03-01', NULL, 'Zorg BV', NULL)::wlz.document.")));
		doc->code = TextDatumGetCString(d);
		d = GetAttributeByNum(t, 2, &isnull);
		doc->heeft_datum = !isnull;
		if (!isnull)
			doc->datum = DatumGetDateADT(d);
		d = GetAttributeByNum(t, 3, &isnull);
		doc->bedrag = isnull ? NULL : DatumGetNumeric(d);
		if (doc->bedrag && (numeric_is_nan(doc->bedrag) || numeric_is_inf(doc->bedrag)))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the amount of document \"%s\" must be a finite number", doc->code)));
		d = GetAttributeByNum(t, 4, &isnull);
		doc->entiteit = isnull ? NULL : TextDatumGetCString(d);
		d = GetAttributeByNum(t, 5, &isnull);
		doc->heeft_ingang = !isnull;
		if (!isnull)
			doc->ingang = DatumGetDateADT(d);
		if ((doc->heeft_datum && DATE_NOT_FINITE(doc->datum)) ||
			(doc->heeft_ingang && DATE_NOT_FINITE(doc->ingang)))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the dates of document \"%s\" must be finite", doc->code)));
		(*n)++;
	}
	return uit;
}

/*
 * An entity name compared without case (ASCII), extra white space, points
 * and commas: "Zorg B.V." is "zorg bv".
 */
static char *
entiteit_norm(const char *s)
{
	StringInfoData o;
	bool		spatie = false;

	initStringInfo(&o);
	for (; *s; s++)
	{
		if (*s == '.' || *s == ',')
			continue;
		if (isspace((unsigned char) *s))
		{
			spatie = o.len > 0;
			continue;
		}
		if (spatie)
			appendStringInfoChar(&o, ' ');
		spatie = false;
		appendStringInfoChar(&o, pg_ascii_tolower((unsigned char) *s));
	}
	return o.data;
}

static DateADT
datum_plus(DateADT d, Term t)
{
	return DatumGetDateADT(DirectFunctionCall2(wlz_datum_plus_termijn, DateADTGetDatum(d), TermGetDatum(t)));
}

static DateADT
datum_min(DateADT d, Term t)
{
	return DatumGetDateADT(DirectFunctionCall2(wlz_datum_min_termijn, DateADTGetDatum(d), TermGetDatum(t)));
}

static char *
termijntekst(Term t)
{
	return DatumGetCString(DirectFunctionCall1(wlz_termijn_out, TermGetDatum(t)));
}

/* Judge one handed-in copy; the problems go into toel. */
static Status
exemplaar_toetsen(const Documenteis *r, const Document *d, DateADT ingediend, DateADT ingang,
				  DateADT uiterlijk, const char *inschrijver, StringInfo toel)
{
	Status		st = ST_OK;

#define PROBLEEM(s, ...) \
	do { \
		if ((s) > st) st = (s); \
		appendStringInfo(toel, "; " __VA_ARGS__); \
	} while (0)

	appendStringInfoString(toel, "aangeleverd");
	if (d->heeft_datum)
		appendStringInfo(toel, " (gedateerd %s)", datumtekst(d->datum));

	if (d->heeft_datum && d->datum > uiterlijk)
	{
		if (r->moment == MOMENT_INSCHRIJVING)
			PROBLEEM(ST_TE_LAAT, "gedateerd na de inschrijving van %s", datumtekst(ingediend));
		else
			PROBLEEM(ST_TE_LAAT, "pas op %s, uiterlijk %s", datumtekst(d->datum), datumtekst(uiterlijk));
	}
	if (r->heeft_leeftijd)
	{
		DateADT		oudste = datum_min(ingediend, r->max_leeftijd);

		if (!d->heeft_datum)
			PROBLEEM(ST_ONBEKEND, "geen datum: de leeftijd (niet ouder dan %s) is niet te toetsen",
					 termijntekst(r->max_leeftijd));
		else if (d->datum < oudste)
			PROBLEEM(ST_TE_OUD, "ouder dan %s op de dag van inschrijving %s: afgegeven op of na %s vereist",
					 termijntekst(r->max_leeftijd), datumtekst(ingediend), datumtekst(oudste));
		else
			appendStringInfo(toel, "; niet ouder dan %s (op of na %s)", termijntekst(r->max_leeftijd),
							 datumtekst(oudste));
	}
	if (r->min_bedrag)
	{
		if (d->bedrag == NULL)
			PROBLEEM(ST_ONBEKEND, "geen bedrag: het minimum van %s is niet te toetsen", numtekst(r->min_bedrag));
		else if (numcmp(d->bedrag, r->min_bedrag) < 0)
			PROBLEEM(ST_TE_LAAG, "bedrag %s, minimaal %s", numtekst(d->bedrag), numtekst(r->min_bedrag));
		else
			appendStringInfo(toel, "; bedrag %s, minimaal %s", numtekst(d->bedrag), numtekst(r->min_bedrag));
	}
	if (r->zelfde_entiteit && inschrijver)
	{
		if (d->entiteit == NULL)
			PROBLEEM(ST_ONBEKEND, "geen entiteit opgegeven: niet te toetsen of het dezelfde is als de inschrijver");
		else if (strcmp(entiteit_norm(d->entiteit), entiteit_norm(inschrijver)) != 0)
			PROBLEEM(ST_ANDERE_ENTITEIT, "op naam van \"%s\", de inschrijver is \"%s\"", d->entiteit, inschrijver);
	}
	if (r->ingaan_bij_start)
	{
		if (!d->heeft_ingang)
			PROBLEEM(ST_ONBEKEND, "geen ingangsdatum: niet te toetsen of het uiterlijk %s ingaat", datumtekst(ingang));
		else if (d->ingang > ingang)
			PROBLEEM(ST_TE_LAAT, "gaat in op %s, na de ingangsdatum van de overeenkomst %s",
					 datumtekst(d->ingang), datumtekst(ingang));
	}
#undef PROBLEEM
	return st;
}

static void
documenttoets_uitvoeren(FunctionCallInfo fcinfo, Beleid *b, int a)
{
	int			klasse;
	int			cv = -1;
	DateADT		ingediend,
				ingang,
				peildatum,
				zorgstart;
	char	   *inschrijver = NULL;
	Document   *docs;
	int			ndocs;
	Uitvoer		u;

	niet_null(fcinfo, a, "klasse", "Pass the provider's class, from wlz.klassificatie.");
	niet_null(fcinfo, a + 1, "ingediend",
			  "Pass the day of inschrijving: the ages of the documents count from it.");
	niet_null(fcinfo, a + 2, "ingang",
			  "Pass the start of the contract (ingangsdatum van de overeenkomst), e.g. the first of January of the inkoopjaar.");
	klasse = klasse_bit(PG_GETARG_OID(a));
	ingediend = PG_GETARG_DATEADT(a + 1);
	ingang = PG_GETARG_DATEADT(a + 2);
	if (DATE_NOT_FINITE(ingediend) || DATE_NOT_FINITE(ingang))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ingediend and ingang must be finite dates")));
	docs = documenten_uit_array(fcinfo, a + 3, &ndocs);
	if (!PG_ARGISNULL(a + 4))
	{
		char	   *s = text_to_cstring(PG_GETARG_TEXT_PP(a + 4));

		cv = label_index(s, contractvorm_labels, lengthof(contractvorm_labels));
		if (cv < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid contractvorm \"%s\"", s),
					 errhint("A contractvorm is 'meerjarig', 'heel-jaar' or 'deel-jaar', as wlz.klassificatie gives it.")));
	}
	peildatum = PG_ARGISNULL(a + 5) ? ingediend : PG_GETARG_DATEADT(a + 5);
	if (!PG_ARGISNULL(a + 6))
		inschrijver = text_to_cstring(PG_GETARG_TEXT_PP(a + 6));
	zorgstart = PG_ARGISNULL(a + 7) ? ingang : PG_GETARG_DATEADT(a + 7);
	if (DATE_NOT_FINITE(peildatum) || DATE_NOT_FINITE(zorgstart))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("peildatum and zorgstart must be finite dates")));

	/* a bestaand provider's documents depend on its contractvorm */
	if (cv < 0 && klasse == KLASSE_BESTAAND)
		for (int i = 0; i < b->ndocumenten; i++)
			if ((b->documenten[i].klassen & klasse) && b->documenten[i].contractvormen != 0)
				ereport(ERROR,
						(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
						 errmsg("contractvorm must not be null for a bestaand provider"),
						 errdetail("The documents of %s for bestaand depend on the contractvorm.", beleid_naam(b)),
						 errhint("Pass the contractvorm of wlz.klassificatie: 'meerjarig', 'heel-jaar' or 'deel-jaar'.")));

	/* every handed-in document is one the policy knows */
	for (int j = 0; j < ndocs; j++)
	{
		bool		bekend = false;

		for (int i = 0; i < b->ndocumenten && !bekend; i++)
			bekend = strcmp(b->documenten[i].code, docs[j].code) == 0;
		if (!bekend)
		{
			StringInfoData codes;

			initStringInfo(&codes);
			for (int i = 0; i < b->ndocumenten; i++)
			{
				bool		eerder = false;

				for (int k = 0; k < i && !eerder; k++)
					eerder = strcmp(b->documenten[k].code, b->documenten[i].code) == 0;
				if (!eerder)
					appendStringInfo(&codes, "%s%s", codes.len ? ", " : "", b->documenten[i].code);
			}
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("document \"%s\" is not a documenteis of %s", docs[j].code, beleid_naam(b)),
					 codes.len ? errhint("The documents of this zorgkantoor, sector and year: %s.", codes.data)
					 : errhint("No document requirements apply to this zorgkantoor, sector and year.")));
		}
	}

	u = uitvoer_begin(fcinfo);
	for (int i = 0; i < b->ndocumenten; i++)
	{
		const Documenteis *r = &b->documenten[i];
		DateADT		uiterlijk;
		const char *status;
		int			voldaan;
		StringInfoData toel;
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};
		bool		gevonden = false;
		Status		beste = ST_TE_OUD;
		char	   *beste_toel = NULL;

		if ((r->klassen & klasse) == 0)
			continue;
		if (r->contractvormen != 0 && (cv < 0 || (r->contractvormen & (1 << cv)) == 0))
			continue;

		switch (r->moment)
		{
			case MOMENT_INSCHRIJVING:
				uiterlijk = ingediend;
				break;
			case MOMENT_ZORGLEVERING:
				uiterlijk = zorgstart;
				break;
			case MOMENT_NA_INGANG:
			default:
				uiterlijk = datum_plus(ingang, r->termijn);
				break;
		}

		for (int j = 0; j < ndocs; j++)
		{
			StringInfoData t;
			Status		st;

			if (strcmp(docs[j].code, r->code) != 0)
				continue;
			initStringInfo(&t);
			st = exemplaar_toetsen(r, &docs[j], ingediend, ingang, uiterlijk, inschrijver, &t);
			if (!gevonden || st < beste)
			{
				beste = st;
				beste_toel = t.data;
			}
			gevonden = true;
		}

		initStringInfo(&toel);
		if (gevonden)
		{
			status = status_labels[beste];
			voldaan = beste == ST_OK ? 1 : beste == ST_ONBEKEND ? ONBEKEND : 0;
			appendStringInfoString(&toel, beste_toel);
		}
		else if (r->moment == MOMENT_INSCHRIJVING)
		{
			status = "ontbreekt";
			voldaan = 0;
			appendStringInfo(&toel, "niet aangeleverd bij de inschrijving van %s", datumtekst(ingediend));
		}
		else if (peildatum <= uiterlijk)
		{
			status = "later";
			voldaan = ONBEKEND;
			appendStringInfo(&toel, "nog niet nodig: uiterlijk %s (%s)", datumtekst(uiterlijk),
							 r->moment == MOMENT_ZORGLEVERING ? "bij de zorglevering"
							 : psprintf("%s na de ingangsdatum %s", termijntekst(r->termijn), datumtekst(ingang)));
		}
		else
		{
			status = "ontbreekt";
			voldaan = 0;
			appendStringInfo(&toel, "niet aangeleverd, uiterlijk %s (%s)", datumtekst(uiterlijk),
							 r->moment == MOMENT_ZORGLEVERING ? "bij de zorglevering"
							 : psprintf("%s na de ingangsdatum %s", termijntekst(r->termijn), datumtekst(ingang)));
		}
		if (r->omschrijving)
			appendStringInfo(&toel, " - %s", r->omschrijving);

		values[0] = CStringGetTextDatum(r->code);
		values[1] = CStringGetTextDatum(status);
		if (voldaan == ONBEKEND)
			nulls[2] = true;
		else
			values[2] = BoolGetDatum(voldaan != 0);
		values[3] = DateADTGetDatum(uiterlijk);
		values[4] = CStringGetTextDatum(toel.data);
		if (r->bron)
			values[5] = CStringGetTextDatum(r->bron);
		else
			nulls[5] = true;
		tuplestore_putvalues(u.store, u.tupdesc, values, nulls);
	}
}

Datum
wlz_documenttoets(PG_FUNCTION_ARGS)
{
	documenttoets_uitvoeren(fcinfo, beleid_uit_waarde(fcinfo, 0), 1);
	return (Datum) 0;
}

Datum
wlz_documenttoets_tabel(PG_FUNCTION_ARGS)
{
	documenttoets_uitvoeren(fcinfo, beleid_uit_tabel(fcinfo), 3);
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * wlz.onderaannemingstoets: own delivery and subcontracting
 * ------------------------------------------------------------------------
 */

/* A row for a yes/no input: NULL unknown. */
static void
janee_rij(Uitvoer *u, const Beleid *b, const char *code, FunctionCallInfo fcinfo, int arg,
		  const char *ja, const char *nee)
{
	if (PG_ARGISNULL(arg))
		controlerij(u, code, ONBEKEND, "niet opgegeven", controle_bron(b, code));
	else if (PG_GETARG_BOOL(arg))
		controlerij(u, code, 1, ja, controle_bron(b, code));
	else
		controlerij(u, code, 0, nee, controle_bron(b, code));
}

/* Rows for every norm of a code, or one row saying there is none. */
static void
normrijen(Uitvoer *u, const Beleid *b, const char *code, Numeric waarde, const char *wat)
{
	bool		gevonden = false;

	for (int i = 0; i < b->nnormen; i++)
	{
		const Norm *n = &b->normen[i];

		if (strcmp(n->code, code) != 0)
			continue;
		gevonden = true;
		if (waarde == NULL)
			controlerij(u, code, ONBEKEND, psprintf("%s niet opgegeven (norm %s)", wat, norm_tekst(n)), n->bron);
		else
		{
			bool		ok = norm_voldaan(n, waarde, NULL);

			controlerij(u, code, ok,
						psprintf("%s %s, norm %s%s%s", wat, numtekst(numkort(DatumGetNumeric(
										DirectFunctionCall2(numeric_round, NumericGetDatum(waarde),
															Int32GetDatum(4))))),
								 norm_tekst(n),
								 ok || !n->gevolg ? "" : ": ", ok || !n->gevolg ? "" : n->gevolg),
						n->bron);
		}
	}
	if (!gevonden)
		controlerij(u, code, ONBEKEND,
					psprintf("geen norm %s in het toetsbeleid van %s", code, beleid_naam(b)),
					controle_bron(b, code));
}

static void
onderaanneming_uitvoeren(FunctionCallInfo fcinfo, Beleid *b, int a)
{
	Numeric		aandeel = arg_numeric(fcinfo, a, "eigen_aandeel", true);
	Uitvoer		u = uitvoer_begin(fcinfo);

	normrijen(&u, b, "eigen-levering", aandeel, "zelf geleverd aandeel");

	if (PG_ARGISNULL(a + 1))
		controlerij(&u, "onderaanneming-volledig-pakket", ONBEKEND, "niet opgegeven",
					controle_bron(b, "onderaanneming-volledig-pakket"));
	else if (!PG_GETARG_BOOL(a + 1))
		controlerij(&u, "onderaanneming-volledig-pakket", 1,
					"geen ZZP- of VPT-pakket volledig door een onderaannemer",
					controle_bron(b, "onderaanneming-volledig-pakket"));
	else if (!PG_ARGISNULL(a + 2) && PG_GETARG_BOOL(a + 2))
		controlerij(&u, "onderaanneming-volledig-pakket", 1,
					"een pakket volledig door een onderaannemer, met toestemming van het zorgkantoor",
					controle_bron(b, "onderaanneming-volledig-pakket"));
	else
		controlerij(&u, "onderaanneming-volledig-pakket", 0,
					"een ZZP- of VPT-pakket volledig door een onderaannemer, zonder toestemming van het zorgkantoor",
					controle_bron(b, "onderaanneming-volledig-pakket"));

	janee_rij(&u, b, "onderaanneming-melding", fcinfo, a + 3,
			  "de onderaannemers zijn gemeld",
			  "niet alle onderaannemers zijn (vooraf) gemeld");
}

Datum
wlz_onderaannemingstoets(PG_FUNCTION_ARGS)
{
	onderaanneming_uitvoeren(fcinfo, beleid_uit_waarde(fcinfo, 0), 1);
	return (Datum) 0;
}

Datum
wlz_onderaannemingstoets_tabel(PG_FUNCTION_ARGS)
{
	onderaanneming_uitvoeren(fcinfo, beleid_uit_tabel(fcinfo), 3);
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * wlz.geclusterd and wlz.leveringsvormtoets: mpt before vpt (003 L493-553)
 * ------------------------------------------------------------------------
 */

/* "geclusterde zorg als drie of meer mensen met dezelfde postcode (PC6 niveau)" */
#define GECLUSTERD_VANAF 3

static void
clienten_controleren(int32 n)
{
	if (n < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the number of clients must not be negative"),
				 errdetail("clienten_op_pc6 is %d.", n)));
}

Datum
wlz_geclusterd(PG_FUNCTION_ARGS)
{
	int32		n = PG_GETARG_INT32(0);

	clienten_controleren(n);
	PG_RETURN_BOOL(n >= GECLUSTERD_VANAF);
}

static void
leveringsvormrij(Uitvoer *u, Oid vorm, const char *code, const char *toelichting, const char *bron)
{
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	if (OidIsValid(vorm))
		values[0] = ObjectIdGetDatum(vorm);
	else
		nulls[0] = true;
	values[1] = CStringGetTextDatum(code);
	values[2] = CStringGetTextDatum(toelichting);
	if (bron)
		values[3] = CStringGetTextDatum(bron);
	else
		nulls[3] = true;
	tuplestore_putvalues(u->store, u->tupdesc, values, nulls);
}

static void
leveringsvorm_uitvoeren(FunctionCallInfo fcinfo, Beleid *b, int a)
{
	DateADT		start;
	int32		pc6;
	Numeric		kosten,
				inkomsten;
	int			criteria[4];
	int			ncriteria = 0;
	const Norm *kostennorm,
			   *clusternorm;
	Uitvoer		u;
	Oid			vormtype;
	DateADT		vanaf;
	StringInfoData t;
	char	   *kostentekst = NULL;

	niet_null(fcinfo, a, "start",
			  "Pass the day the client's Wlz care at home starts: the test applies to new clients from 1 January 2027.");
	niet_null(fcinfo, a + 1, "clienten_op_pc6",
			  "Pass the number of clients who receive care on the client's PC6 postcode, the client included.");
	start = PG_GETARG_DATEADT(a);
	if (DATE_NOT_FINITE(start))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("start must be a finite date")));
	pc6 = PG_GETARG_INT32(a + 1);
	clienten_controleren(pc6);
	kosten = arg_numeric(fcinfo, a + 2, "kosten", true);
	inkomsten = arg_numeric(fcinfo, a + 3, "vpt_inkomsten", true);
	if (inkomsten && numcmp(inkomsten, int64_to_numeric(0)) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("vpt_inkomsten must be positive"),
				 errhint("Pass the income of this client with vpt, or NULL when unknown.")));
	if (!PG_ARGISNULL(a + 4))
	{
		ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(a + 4);
		Datum	   *elems;
		bool	   *nulls;
		int			n;

		deconstruct_array(arr, INT4OID, sizeof(int32), true, TYPALIGN_INT, &elems, &nulls, &n);
		for (int i = 0; i < n; i++)
		{
			int32		c;
			bool		dubbel = false;

			if (nulls[i])
				continue;
			c = DatumGetInt32(elems[i]);
			if (c < 1 || c > 4)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("criterion %d does not exist", c),
						 errhint("The criteria that can make vpt fit are 1 to 4 (003 L501-539).")));
			for (int k = 0; k < ncriteria; k++)
				dubbel |= criteria[k] == c;
			if (!dubbel)
				criteria[ncriteria++] = c;
		}
	}

	u = uitvoer_begin(fcinfo);
	vormtype = TupleDescAttr(u.tupdesc, 0)->atttypid;

	kostennorm = norm_zoeken(b, "vpt-kosten-inkomsten");
	clusternorm = norm_zoeken(b, "geclusterd-pc6");
	if (kostennorm == NULL || clusternorm == NULL)
	{
		leveringsvormrij(&u, InvalidOid, "mpt-voor-vpt-niet-nieuw",
						 psprintf("het toetsingskader mpt voorliggend aan vpt staat niet in het toetsbeleid van %s (het geldt voor V&V vanaf 2027)",
								  beleid_naam(b)),
						 controle_bron(b, "mpt-voor-vpt-niet-nieuw"));
		return;
	}

	vanaf = date2j(kostennorm->vanaf, 1, 1) - POSTGRES_EPOCH_JDATE;
	if (start < vanaf)
	{
		leveringsvormrij(&u, InvalidOid, "mpt-voor-vpt-niet-nieuw",
						 psprintf("zorg thuis sinds %s, vóór %s: geen nieuwe cliënt voor het toetsingskader",
								  datumtekst(start), datumtekst(vanaf)),
						 controle_bron(b, "mpt-voor-vpt-niet-nieuw"));
		return;
	}
	if (norm_voldaan(clusternorm, int64_to_numeric(pc6), NULL))
	{
		leveringsvormrij(&u, InvalidOid, "mpt-voor-vpt-geclusterd",
						 psprintf("%d cliënten op de PC6 (norm %s): geclusterde zorg, het toetsingskader geldt niet",
								  pc6, norm_tekst(clusternorm)),
						 clusternorm->bron);
		return;
	}

	/* the general condition: costs below 80 % of the income with vpt */
	if (kosten && inkomsten)
	{
		/* kosten * 100 / inkomsten compared exactly: kosten * 100 against norm * inkomsten */
		Numeric		procent = numdiv(nummul(kosten, int64_to_numeric(100)), inkomsten);

		kostentekst = psprintf("kosten %s van vpt-inkomsten %s: %s %%", numtekst(kosten), numtekst(inkomsten),
							   numtekst(numkort(DatumGetNumeric(DirectFunctionCall2(numeric_round,
																				  NumericGetDatum(procent),
																				  Int32GetDatum(2))))));
		if (!norm_voldaan(kostennorm, nummul(kosten, int64_to_numeric(100)), inkomsten))
		{
			leveringsvormrij(&u, enum_oid(vormtype, "mpt"), "mpt-voor-vpt-kosten",
							 psprintf("%s, onder de norm %s: %s", kostentekst, norm_tekst(kostennorm),
									  kostennorm->gevolg ? kostennorm->gevolg : "mpt"),
							 kostennorm->bron);
			return;
		}
	}

	initStringInfo(&t);
	appendStringInfo(&t, "ongeclusterd (%d cliënten op de PC6), nieuwe cliënt sinds %s", pc6, datumtekst(start));
	if (kostentekst)
		appendStringInfo(&t, "; %s, niet onder %s", kostentekst, norm_tekst(kostennorm));
	else
		appendStringInfoString(&t, "; kosten en vpt-inkomsten niet opgegeven: de algemene voorwaarde is niet getoetst");

	if (ncriteria > 0)
	{
		char	   *code = psprintf("mpt-voor-vpt-criterium-%d", criteria[0]);
		StringInfoData bron;

		initStringInfo(&bron);
		appendStringInfoString(&t, "; vpt passend op grond van");
		for (int k = 0; k < ncriteria; k++)
		{
			const Controle *c = controle_zoeken(b, psprintf("mpt-voor-vpt-criterium-%d", criteria[k]));

			appendStringInfo(&t, "%s criterium %d", k ? "," : "", criteria[k]);
			if (c && c->omschrijving)
				appendStringInfo(&t, " (%s)", c->omschrijving);
			if (c && c->bron && strstr(bron.data, c->bron) == NULL)
				appendStringInfo(&bron, "%s%s", bron.len ? "; " : "", c->bron);
		}
		leveringsvormrij(&u, enum_oid(vormtype, "vpt"), code, t.data, bron.len ? bron.data : NULL);
		return;
	}
	appendStringInfoString(&t, "; geen criterium maakt vpt passender: in principe mpt");
	leveringsvormrij(&u, enum_oid(vormtype, "mpt"), "mpt-voor-vpt-uitgangspunt", t.data,
					 controle_bron(b, "mpt-voor-vpt-uitgangspunt"));
}

Datum
wlz_leveringsvormtoets(PG_FUNCTION_ARGS)
{
	leveringsvorm_uitvoeren(fcinfo, beleid_uit_waarde(fcinfo, 0), 1);
	return (Datum) 0;
}

Datum
wlz_leveringsvormtoets_tabel(PG_FUNCTION_ARGS)
{
	leveringsvorm_uitvoeren(fcinfo, beleid_uit_tabel(fcinfo), 3);
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * wlz.begeleiders_nodig and wlz.vg7plus_toets (003 L1009-1037)
 * ------------------------------------------------------------------------
 */

/*
 * 2 begeleiders per 6 clients: groepsgrootte / 3, rounded up to hundredths so
 * that it never understates (a group of 9 needs 3; of 8, 2.67, where the
 * text says "2,5 tot 3"; it does not round to whole persons).
 */
Datum
wlz_begeleiders_nodig(PG_FUNCTION_ARGS)
{
	int32		n = PG_GETARG_INT32(0);
	int64		honderdsten;

	if (n < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("groepsgrootte must not be negative"),
				 errdetail("groepsgrootte is %d.", n)));
	honderdsten = ((int64) n * 200 + 5) / 6;
	PG_RETURN_NUMERIC(numkort(int64_div_fast_to_numeric(honderdsten, 2)));
}

/*
 * Begeleiders a group needs under a norm per client (waarde / noemer), up to
 * the hundredth: ceil(waarde * groep * 100 / noemer) / 100, dividing last so
 * that a whole answer stays whole.
 */
static Numeric
begeleiders_voor(const Norm *n, int32 groep)
{
	Numeric		x = nummul(nummul(n->waarde, int64_to_numeric(groep)), int64_to_numeric(100));

	if (n->noemer)
		x = numdiv(x, n->noemer);
	x = DatumGetNumeric(DirectFunctionCall1(numeric_ceil, NumericGetDatum(x)));
	return numkort(numdiv(x, int64_to_numeric(100)));
}

static void
vg7plus_uitvoeren(FunctionCallInfo fcinfo, Beleid *b, int a)
{
	Uitvoer		u;
	const Norm *n;
	int32		groep = 0;
	Numeric		begeleiders;
	bool		heeft_groep = !PG_ARGISNULL(a + 3);

	if (heeft_groep)
	{
		groep = PG_GETARG_INT32(a + 3);
		if (groep <= 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("groepsgrootte must be positive"),
					 errdetail("groepsgrootte is %d.", groep)));
	}
	begeleiders = arg_numeric(fcinfo, a + 4, "begeleiders", true);
	u = uitvoer_begin(fcinfo);

	/* VG7 zorgaanbod */
	janee_rij(&u, b, "vg7plus-vg7-aanbod", fcinfo, a,
			  "de aanbieder heeft VG7-zorgaanbod",
			  "geen VG7-zorgaanbod: de aanbieder komt niet in aanmerking voor VG7+");

	/* toestemming vooraf */
	if (PG_ARGISNULL(a + 1))
		controlerij(&u, "vg7plus-toestemming", 0, "geen toestemming van het zorgkantoor bekend",
					controle_bron(b, "vg7plus-toestemming"));
	else if (PG_ARGISNULL(a + 2))
		controlerij(&u, "vg7plus-toestemming", 1,
					psprintf("toestemming van %s", datumtekst(PG_GETARG_DATEADT(a + 1))),
					controle_bron(b, "vg7plus-toestemming"));
	else
	{
		DateADT		toestemming = PG_GETARG_DATEADT(a + 1);
		DateADT		start = PG_GETARG_DATEADT(a + 2);

		controlerij(&u, "vg7plus-toestemming", toestemming <= start,
					psprintf("toestemming van %s, levering vanaf %s%s", datumtekst(toestemming), datumtekst(start),
							 toestemming <= start ? "" : ": de toestemming kwam niet vooraf"),
					controle_bron(b, "vg7plus-toestemming"));
	}

	/* begeleidingsintensiteit 2 op 6 */
	n = norm_zoeken(b, "vg7plus-begeleiding");
	if (n == NULL)
		controlerij(&u, "vg7plus-begeleiding", ONBEKEND,
					psprintf("geen norm vg7plus-begeleiding in het toetsbeleid van %s", beleid_naam(b)),
					controle_bron(b, "vg7plus-begeleiding"));
	else if (!heeft_groep || begeleiders == NULL)
		controlerij(&u, "vg7plus-begeleiding", ONBEKEND,
					psprintf("groepsgrootte of begeleiders niet opgegeven (norm %s)", norm_tekst(n)), n->bron);
	else
	{
		/* begeleiders / groep against waarde / noemer, exactly */
		bool		ok = norm_voldaan(n, begeleiders, int64_to_numeric(groep));
		Numeric		nodig = begeleiders_voor(n, groep);

		controlerij(&u, "vg7plus-begeleiding", ok,
					psprintf("%s begeleiders bij een groep van %d, nodig %s (norm %s)%s%s",
							 numtekst(begeleiders), groep, numtekst(nodig), norm_tekst(n),
							 ok || !n->gevolg ? "" : ": ", ok || !n->gevolg ? "" : n->gevolg),
					n->bron);
	}

	/* groepsgrootte */
	n = norm_zoeken(b, "vg7plus-groepsgrootte");
	if (n == NULL)
		controlerij(&u, "vg7plus-groepsgrootte", ONBEKEND,
					psprintf("geen norm vg7plus-groepsgrootte in het toetsbeleid van %s", beleid_naam(b)),
					controle_bron(b, "vg7plus-groepsgrootte"));
	else if (!heeft_groep)
		controlerij(&u, "vg7plus-groepsgrootte", ONBEKEND, "groepsgrootte niet opgegeven", n->bron);
	else if (norm_voldaan(n, int64_to_numeric(groep), NULL))
		controlerij(&u, "vg7plus-groepsgrootte", 1,
					psprintf("groep van %d (norm %s)", groep, norm_tekst(n)), n->bron);
	else
		/* larger is allowed with the staffing: a talk, not a rejection */
		controlerij(&u, "vg7plus-groepsgrootte", ONBEKEND,
					psprintf("groep van %d, niet %s: %s", groep, norm_tekst(n),
							 n->gevolg ? n->gevolg : "ter beoordeling"),
					n->bron);

	/* meerzorgwaardigheid of a new client */
	n = norm_zoeken(b, "vg7plus-meerzorgwaardig");
	if (!PG_ARGISNULL(a + 5))
	{
		DateADT		instroom = PG_GETARG_DATEADT(a + 5);

		if (n == NULL)
			controlerij(&u, "vg7plus-meerzorgwaardig", ONBEKEND,
						psprintf("geen norm vg7plus-meerzorgwaardig in het toetsbeleid van %s", beleid_naam(b)),
						controle_bron(b, "vg7plus-meerzorgwaardig"));
		else
		{
			DateADT		vanaf = date2j(n->vanaf, 1, 1) - POSTGRES_EPOCH_JDATE;

			if (instroom < vanaf)
				controlerij(&u, "vg7plus-meerzorgwaardig", 1,
							psprintf("instroom %s, vóór %s: onderbouwing niet vereist", datumtekst(instroom),
									 datumtekst(vanaf)),
							n->bron);
			else if (PG_ARGISNULL(a + 6))
				controlerij(&u, "vg7plus-meerzorgwaardig", ONBEKEND,
							psprintf("instroom %s: niet opgegeven of de meerzorgwaardigheid onderbouwd is",
									 datumtekst(instroom)),
							n->bron);
			else
			{
				bool		ok = norm_voldaan(n, int64_to_numeric(PG_GETARG_BOOL(a + 6) ? 1 : 0), NULL);

				controlerij(&u, "vg7plus-meerzorgwaardig", ok,
							psprintf("instroom %s: meerzorgwaardigheid %saantoonbaar onderbouwd%s%s",
									 datumtekst(instroom), ok ? "" : "niet ",
									 ok || !n->gevolg ? "" : ": ", ok || !n->gevolg ? "" : n->gevolg),
							n->bron);
			}
		}
	}

	/* meerzorg on top of VG7+ */
	if (PG_ARGISNULL(a + 7) || !PG_GETARG_BOOL(a + 7))
		controlerij(&u, "vg7plus-meerzorg", 1, "geen meerzorg bovenop VG7+",
					controle_bron(b, "vg7plus-meerzorg"));
	else
		controlerij(&u, "vg7plus-meerzorg", ONBEKEND,
					"meerzorg bovenop VG7+: alleen in uitzonderlijke situaties, als maatwerkaanvraag ter beoordeling",
					controle_bron(b, "vg7plus-meerzorg"));
}

Datum
wlz_vg7plus_toets(PG_FUNCTION_ARGS)
{
	vg7plus_uitvoeren(fcinfo, beleid_uit_waarde(fcinfo, 0), 1);
	return (Datum) 0;
}

Datum
wlz_vg7plus_toets_tabel(PG_FUNCTION_ARGS)
{
	vg7plus_uitvoeren(fcinfo, beleid_uit_tabel(fcinfo), 3);
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * wlz.lvhc_plafond and wlz.lvhc_toets (003 L236-273)
 * ------------------------------------------------------------------------
 */

/* A daterange as half-open bounds; open ends for infinite ones. */
typedef struct Periode
{
	bool		leeg;
	bool		van_open;
	DateADT		van;
	bool		tot_open;
	DateADT		tot;			/* exclusive */
} Periode;

static Periode
periode_lezen(FunctionCallInfo fcinfo, int arg)
{
	RangeType  *r = PG_GETARG_RANGE_P(arg);
	TypeCacheEntry *tc = lookup_type_cache(RangeTypeGetOid(r), TYPECACHE_RANGE_INFO);
	RangeBound	lo,
				hi;
	bool		leeg;
	Periode		p;

	range_deserialize(tc, r, &lo, &hi, &leeg);
	p.leeg = leeg;
	p.van_open = leeg || lo.infinite || DATE_IS_NOBEGIN(DatumGetDateADT(lo.val));
	p.van = p.van_open ? 0 : DatumGetDateADT(lo.val) + (lo.inclusive ? 0 : 1);
	p.tot_open = leeg || hi.infinite || DATE_IS_NOEND(DatumGetDateADT(hi.val));
	p.tot = p.tot_open ? 0 : DatumGetDateADT(hi.val) + (hi.inclusive ? 1 : 0);
	return p;
}

static bool
periode_binnen(const Periode *p, const Periode *in)
{
	return (in->van_open || (!p->van_open && p->van >= in->van)) &&
		(in->tot_open || (!p->tot_open && p->tot <= in->tot));
}

static char *
periodetekst(const Periode *p)
{
	return psprintf("[%s,%s)", p->van_open ? "" : datumtekst(p->van), p->tot_open ? "" : datumtekst(p->tot));
}

static int
dagen_in_jaar(int32 jaar)
{
	return isleap(jaar) ? 366 : 365;
}

static void
jaar_controleren(int32 jaar)
{
	if (jaar < 1 || jaar > 9999)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("year %d is out of range", jaar),
				 errhint("Pass an inkoopjaar from 1 to 9999.")));
}

/* plaatsen x ligdagen; ligdagen NULL: every day of the year */
static Numeric
plafond(int32 plaatsen, int32 jaar, Numeric ligdagen)
{
	if (plaatsen < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("plaatsen must not be negative"),
				 errdetail("plaatsen is %d.", plaatsen)));
	jaar_controleren(jaar);
	if (ligdagen == NULL)
		ligdagen = int64_to_numeric(dagen_in_jaar(jaar));
	else if (numeric_is_nan(ligdagen) || numeric_is_inf(ligdagen) ||
			 numcmp(ligdagen, int64_to_numeric(0)) < 0 ||
			 numcmp(ligdagen, int64_to_numeric(dagen_in_jaar(jaar))) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ligdagen must be between 0 and the %d days of %d", dagen_in_jaar(jaar), jaar),
				 errdetail("ligdagen is %s.", numtekst(ligdagen)),
				 errhint("Pass the expected ligdagen per place in the year, or NULL for every day of the year.")));
	return nummul(int64_to_numeric(plaatsen), ligdagen);
}

Datum
wlz_lvhc_plafond(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(plafond(PG_GETARG_INT32(0), PG_GETARG_INT32(1),
							  PG_ARGISNULL(2) ? NULL : PG_GETARG_NUMERIC(2)));
}

static void
lvhc_uitvoeren(FunctionCallInfo fcinfo, Beleid *b, int a)
{
	Uitvoer		u;
	int32		plaatsen;
	Periode		erkend,
				periode = {0};
	Numeric		afspraak,
				ligdagen;
	bool		heeft_periode = !PG_ARGISNULL(a + 4);
	Periode		jaar;

	niet_null(fcinfo, a + 1, "plaatsen",
			  "Pass the places of the REC or DEC named in the deskundigenadvies or visitatierapport.");
	niet_null(fcinfo, a + 2, "erkend",
			  "Pass the period of the deskundigenadvies or visitatierapport as a daterange.");
	plaatsen = PG_GETARG_INT32(a + 1);
	if (plaatsen < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("plaatsen must not be negative"),
				 errdetail("plaatsen is %d.", plaatsen)));
	erkend = periode_lezen(fcinfo, a + 2);
	if (erkend.leeg)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the recognised period must not be empty")));
	afspraak = arg_numeric(fcinfo, a + 3, "afspraak", true);
	if (heeft_periode)
	{
		periode = periode_lezen(fcinfo, a + 4);
		if (periode.leeg)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the period of the production agreement must not be empty")));
	}
	ligdagen = arg_numeric(fcinfo, a + 5, "ligdagen", true);
	jaar_controleren(b->jaar);
	jaar.leeg = false;
	jaar.van_open = jaar.tot_open = false;
	jaar.van = date2j(b->jaar, 1, 1) - POSTGRES_EPOCH_JDATE;
	jaar.tot = date2j(b->jaar + 1, 1, 1) - POSTGRES_EPOCH_JDATE;

	u = uitvoer_begin(fcinfo);

	/* the target group */
	if (PG_ARGISNULL(a))
		controlerij(&u, "lvhc-doelgroep", ONBEKEND, "doelgroep niet opgegeven", controle_bron(b, "lvhc-doelgroep"));
	else
	{
		char	   *code = text_to_cstring(PG_GETARG_TEXT_PP(a));
		const Doelgroep *d = NULL;

		for (int i = 0; i < b->ndoelgroepen; i++)
			if (strcmp(b->doelgroepen[i].code, code) == 0)
				d = &b->doelgroepen[i];
		if (d == NULL)
		{
			StringInfoData codes;

			initStringInfo(&codes);
			for (int i = 0; i < b->ndoelgroepen; i++)
				appendStringInfo(&codes, "%s%s", i ? ", " : "", b->doelgroepen[i].code);
			controlerij(&u, "lvhc-doelgroep", 0,
						psprintf("\"%s\" is geen LVHC-doelgroep (%s)", code, codes.data),
						controle_bron(b, "lvhc-doelgroep"));
		}
		else
		{
			Periode		dp;
			bool		ok;

			dp.leeg = false;
			dp.van_open = false;
			dp.van = d->van;
			dp.tot_open = d->tot_open;
			dp.tot = d->tot;
			ok = !heeft_periode || periode_binnen(&periode, &dp);
			controlerij(&u, "lvhc-doelgroep", ok,
						psprintf("%s, ingekocht in %s%s", d->naam ? d->naam : d->code, periodetekst(&dp),
								 ok ? "" : psprintf(": de afspraak %s valt erbuiten", periodetekst(&periode))),
						d->bron);
		}
	}

	/* the places cannot be raised */
	if (PG_ARGISNULL(a + 6))
		controlerij(&u, "lvhc-plaatsen", ONBEKEND, "afgesproken plaatsen niet opgegeven",
					controle_bron(b, "lvhc-plaatsen"));
	else
	{
		int32		afgesproken = PG_GETARG_INT32(a + 6);

		controlerij(&u, "lvhc-plaatsen", afgesproken <= plaatsen,
					psprintf("%d plaatsen afgesproken, %d erkend%s", afgesproken, plaatsen,
							 afgesproken <= plaatsen ? "" : ": het aantal plaatsen kan niet worden verhoogd"),
					controle_bron(b, "lvhc-plaatsen"));
	}

	/* places x expected ligdagen of the year */
	if (afspraak == NULL)
		controlerij(&u, "lvhc-plafond", ONBEKEND, "productieafspraak niet opgegeven", controle_bron(b, "lvhc-plafond"));
	else
	{
		Numeric		dagen = ligdagen;
		Numeric		max;
		char	   *uitleg;

		if (dagen == NULL)
		{
			/* the days of the year within the recognition (L270) */
			DateADT		van = erkend.van_open ? jaar.van : Max(erkend.van, jaar.van);
			DateADT		tot = erkend.tot_open ? jaar.tot : Min(erkend.tot, jaar.tot);

			dagen = int64_to_numeric(Max(tot - van, 0));
			uitleg = psprintf("%s dagen van %d binnen de erkenning", numtekst(dagen), b->jaar);
		}
		else
			uitleg = psprintf("%s verwachte ligdagen", numtekst(dagen));
		max = plafond(plaatsen, b->jaar, dagen);
		controlerij(&u, "lvhc-plafond", numcmp(afspraak, max) <= 0,
					psprintf("afspraak %s, plafond %d plaatsen x %s = %s%s", numtekst(afspraak), plaatsen, uitleg,
							 numtekst(max), numcmp(afspraak, max) <= 0 ? "" : ": hoger dan het plafond"),
					controle_bron(b, "lvhc-plafond"));
	}

	/* within the recognition */
	if (!heeft_periode)
		controlerij(&u, "lvhc-looptijd", ONBEKEND, "periode van de afspraak niet opgegeven",
					controle_bron(b, "lvhc-looptijd"));
	else
		controlerij(&u, "lvhc-looptijd", periode_binnen(&periode, &erkend),
					psprintf("afspraak %s, erkenning %s%s", periodetekst(&periode), periodetekst(&erkend),
							 periode_binnen(&periode, &erkend) ? "" : ": buiten de duur van de erkenning"),
					controle_bron(b, "lvhc-looptijd"));

	/* declared from the start date of the recognition */
	if (PG_ARGISNULL(a + 7))
		controlerij(&u, "lvhc-declaratie", ONBEKEND, "eerste declaratie niet opgegeven",
					controle_bron(b, "lvhc-declaratie"));
	else
	{
		DateADT		eerste = PG_GETARG_DATEADT(a + 7);
		bool		ok = erkend.van_open || eerste >= erkend.van;

		controlerij(&u, "lvhc-declaratie", ok,
					psprintf("eerste declaratie %s, erkend vanaf %s%s", datumtekst(eerste),
							 erkend.van_open ? "(open)" : datumtekst(erkend.van),
							 ok ? "" : ": gedeclareerd vóór de ingangsdatum"),
					controle_bron(b, "lvhc-declaratie"));
	}
}

Datum
wlz_lvhc_toets(PG_FUNCTION_ARGS)
{
	lvhc_uitvoeren(fcinfo, beleid_uit_waarde(fcinfo, 0), 1);
	return (Datum) 0;
}

Datum
wlz_lvhc_toets_tabel(PG_FUNCTION_ARGS)
{
	lvhc_uitvoeren(fcinfo, beleid_uit_tabel(fcinfo), 3);
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * wlz.regiobudgettoets: the HLO regiobudget checklist (003 L559-724)
 * ------------------------------------------------------------------------
 */

typedef struct Telling
{
	int			ja;
	int			nee;
	int			onbekend;
} Telling;

static void
tel(Telling *t, int voldaan)
{
	if (voldaan == ONBEKEND)
		t->onbekend++;
	else if (voldaan)
		t->ja++;
	else
		t->nee++;
}

static void
regiobudget_uitvoeren(FunctionCallInfo fcinfo, Beleid *b, int a)
{
	Uitvoer		u;
	Telling		t = {0, 0, 0};
	int			vragen = 0;
	const Norm *n1,
			   *n2;

	if (!PG_ARGISNULL(a + 3) && PG_GETARG_INT32(a + 3) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("zorgorganisaties must not be negative")));
	if (!PG_ARGISNULL(a + 4) && PG_GETARG_INT32(a + 4) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("andere_partijen must not be negative")));
	(void) arg_numeric(fcinfo, a + 5, "certificeringskosten", true);
	u = uitvoer_begin(fcinfo);

	/* on time */
	{
		const Termijn *tm = NULL;
		int			v;

		for (int i = 0; i < b->ntermijnen; i++)
			if (strcmp(b->termijnen[i].stap, "regiobudget-aanvraag") == 0)
				tm = &b->termijnen[i];
		if (PG_ARGISNULL(a))
		{
			v = ONBEKEND;
			controlerij(&u, "regiobudget-tijdig", v, "moment van indienen niet opgegeven",
						controle_bron(b, "regiobudget-tijdig"));
		}
		else if (tm == NULL)
		{
			v = ONBEKEND;
			controlerij(&u, "regiobudget-tijdig", v,
						psprintf("geen stap regiobudget-aanvraag in wlz.termijnkalender voor %s", beleid_naam(b)),
						controle_bron(b, "regiobudget-tijdig"));
		}
		else
		{
			TimestampTz ingediend = PG_GETARG_TIMESTAMPTZ(a);

			v = ingediend <= tm->uiterst;
			controlerij(&u, "regiobudget-tijdig", v,
						psprintf("ingediend %s, uiterlijk %s (stap regiobudget-aanvraag)",
								 momenttekst(ingediend), momenttekst(tm->uiterst)),
						controle_bron(b, "regiobudget-tijdig"));
		}
		tel(&t, v);
	}

	/* one zorgorganisatie with two other regional parties */
	{
		int			v;
		StringInfoData bron;

		n1 = norm_zoeken(b, "regiobudget-zorgorganisaties");
		n2 = norm_zoeken(b, "regiobudget-andere-partijen");
		initStringInfo(&bron);
		if (n1 && n1->bron)
			appendStringInfoString(&bron, n1->bron);
		if (n2 && n2->bron && strstr(bron.data, n2->bron) == NULL)
			appendStringInfo(&bron, "%s%s", bron.len ? "; " : "", n2->bron);
		if (n1 == NULL || n2 == NULL)
		{
			v = ONBEKEND;
			controlerij(&u, "regiobudget-partijen", v,
						psprintf("de normen regiobudget-zorgorganisaties en regiobudget-andere-partijen staan niet in het toetsbeleid van %s",
								 beleid_naam(b)),
						controle_bron(b, "regiobudget-partijen"));
		}
		else if (PG_ARGISNULL(a + 3) || PG_ARGISNULL(a + 4))
		{
			v = ONBEKEND;
			controlerij(&u, "regiobudget-partijen", v, "aantallen partijen niet opgegeven", bron.data);
		}
		else
		{
			int32		zo = PG_GETARG_INT32(a + 3);
			int32		ander = PG_GETARG_INT32(a + 4);

			v = norm_voldaan(n1, int64_to_numeric(zo), NULL) && norm_voldaan(n2, int64_to_numeric(ander), NULL);
			controlerij(&u, "regiobudget-partijen", v,
						psprintf("%d zorgorganisatie(s) (norm %s) en %d andere regionale partij(en) (norm %s)",
								 zo, norm_tekst(n1), ander, norm_tekst(n2)),
						bron.data);
		}
		tel(&t, v);
	}

	/* within 2027-2029 */
	{
		int			v;
		StringInfoData bron;

		n1 = norm_zoeken(b, "regiobudget-eerste-jaar");
		n2 = norm_zoeken(b, "regiobudget-laatste-jaar");
		initStringInfo(&bron);
		if (n1 && n1->bron)
			appendStringInfoString(&bron, n1->bron);
		if (n2 && n2->bron && strstr(bron.data, n2->bron) == NULL)
			appendStringInfo(&bron, "%s%s", bron.len ? "; " : "", n2->bron);
		if (n1 == NULL || n2 == NULL)
		{
			v = ONBEKEND;
			controlerij(&u, "regiobudget-looptijd", v,
						psprintf("de normen regiobudget-eerste-jaar en regiobudget-laatste-jaar staan niet in het toetsbeleid van %s",
								 beleid_naam(b)),
						controle_bron(b, "regiobudget-looptijd"));
		}
		else if (PG_ARGISNULL(a + 1))
		{
			v = ONBEKEND;
			controlerij(&u, "regiobudget-looptijd", v, "looptijd niet opgegeven", bron.data);
		}
		else
		{
			Periode		p = periode_lezen(fcinfo, a + 1);
			int			j1,
						m1,
						d1,
						j2,
						m2,
						d2;

			if (p.leeg || p.van_open || p.tot_open)
			{
				v = 0;
				controlerij(&u, "regiobudget-looptijd", v,
							psprintf("looptijd %s: een aanvraag heeft een begin en een einde binnen %s tot en met %s",
									 p.leeg ? "leeg" : periodetekst(&p), numtekst(n1->waarde), numtekst(n2->waarde)),
							bron.data);
			}
			else
			{
				j2date(p.van + POSTGRES_EPOCH_JDATE, &j1, &m1, &d1);
				j2date(p.tot - 1 + POSTGRES_EPOCH_JDATE, &j2, &m2, &d2);
				v = norm_voldaan(n1, int64_to_numeric(j1), NULL) && norm_voldaan(n2, int64_to_numeric(j2), NULL);
				controlerij(&u, "regiobudget-looptijd", v,
							psprintf("looptijd %s: van %d tot en met %d (normen %s en %s)", periodetekst(&p), j1, j2,
									 norm_tekst(n1), norm_tekst(n2)),
							bron.data);
			}
		}
		tel(&t, v);
	}

	/* one of the five themes */
	{
		int			v;
		StringInfoData toel;

		initStringInfo(&toel);
		if (PG_ARGISNULL(a + 2))
		{
			v = ONBEKEND;
			appendStringInfoString(&toel, "thema's niet opgegeven");
		}
		else
		{
			ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(a + 2);
			Datum	   *elems;
			bool	   *nulls;
			int			n,
						goed = 0,
						fout = 0;

			deconstruct_array(arr, INT4OID, sizeof(int32), true, TYPALIGN_INT, &elems, &nulls, &n);
			for (int i = 0; i < n; i++)
			{
				const Controle *c;

				if (nulls[i])
					continue;
				c = controle_zoeken(b, psprintf("regiobudget-thema-%d", DatumGetInt32(elems[i])));
				if (c && strcmp(c->soort, "regiobudget-thema") == 0)
				{
					goed++;
					appendStringInfo(&toel, "%sthema %d (%s)", toel.len ? ", " : "", DatumGetInt32(elems[i]),
									 c->omschrijving ? c->omschrijving : "");
				}
				else
				{
					fout++;
					appendStringInfo(&toel, "%sthema %d bestaat niet", toel.len ? ", " : "", DatumGetInt32(elems[i]));
				}
			}
			v = goed > 0 && fout == 0;
			if (goed + fout == 0)
				appendStringInfoString(&toel, "geen thema");
		}
		controlerij(&u, "regiobudget-thema", v, toel.data, controle_bron(b, "regiobudget-thema"));
		tel(&t, v);
	}

	/* no Milieuthermometer certification */
	{
		int			v;

		if (PG_ARGISNULL(a + 5))
		{
			v = ONBEKEND;
			controlerij(&u, "regiobudget-certificering", v, "kosten voor certificering niet opgegeven",
						controle_bron(b, "regiobudget-certificering"));
		}
		else
		{
			Numeric		k = PG_GETARG_NUMERIC(a + 5);

			v = numcmp(k, int64_to_numeric(0)) == 0;
			controlerij(&u, "regiobudget-certificering", v,
						v ? "geen kosten voor (her)certificering"
						: psprintf("%s voor (her)certificering van de Milieuthermometer Zorg: daarvoor is het regiobudget niet", numtekst(k)),
						controle_bron(b, "regiobudget-certificering"));
		}
		tel(&t, v);
	}

	/* a transition plan with a budget */
	{
		int			v = PG_ARGISNULL(a + 6) ? ONBEKEND : PG_GETARG_BOOL(a + 6);

		controlerij(&u, "regiobudget-transitieplan", v,
					v == ONBEKEND ? "niet opgegeven" : v ? "transitieplan met begroting aanwezig"
					: "geen transitieplan met begroting",
					controle_bron(b, "regiobudget-transitieplan"));
		tel(&t, v);
	}

	/* the questions for a person */
	for (int i = 0; i < b->ncontroles; i++)
	{
		const Controle *c = &b->controles[i];

		if (strcmp(c->soort, "regiobudget-vraag") != 0)
			continue;
		vragen++;
		controlerij(&u, c->code, ONBEKEND,
					psprintf("vraag voor de beoordelaar: %s", c->omschrijving ? c->omschrijving : c->code),
					c->bron);
	}

	/* advice, not a decision (L724) */
	controlerij(&u, "regiobudget-advies",
				t.nee > 0 ? 0 : t.onbekend > 0 ? ONBEKEND : 1,
				psprintf("telbare vragen: %d ja, %d nee, %d onbekend; %d vragen voor de beoordelaar. "
						 "Een nee leidt niet automatisch tot afwijzing: het zorgkantoor gaat met de regio in gesprek over bijstelling.",
						 t.ja, t.nee, t.onbekend, vragen),
				controle_bron(b, "regiobudget-advies"));
}

Datum
wlz_regiobudgettoets(PG_FUNCTION_ARGS)
{
	regiobudget_uitvoeren(fcinfo, beleid_uit_waarde(fcinfo, 0), 1);
	return (Datum) 0;
}

Datum
wlz_regiobudgettoets_tabel(PG_FUNCTION_ARGS)
{
	regiobudget_uitvoeren(fcinfo, beleid_uit_tabel(fcinfo), 3);
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * Aggregate wlz.eigen_levering(volume, door_onderaannemer): the share the
 * provider delivers itself (001 L1986-1989, 002 L1299-1311)
 * ------------------------------------------------------------------------
 */

typedef struct EigenState
{
	Numeric		eigen;
	Numeric		totaal;
} EigenState;

static EigenState *
eigen_nieuw(MemoryContext mcxt)
{
	EigenState *s = MemoryContextAlloc(mcxt, sizeof(EigenState));
	MemoryContext oud = MemoryContextSwitchTo(mcxt);

	s->eigen = int64_to_numeric(0);
	s->totaal = int64_to_numeric(0);
	MemoryContextSwitchTo(oud);
	return s;
}

/* *doel += erbij, in mcxt, freeing the old value */
static void
optellen(Numeric *doel, Numeric erbij, MemoryContext mcxt)
{
	MemoryContext oud = MemoryContextSwitchTo(mcxt);
	Numeric		som = DatumGetNumeric(DirectFunctionCall2(numeric_add, NumericGetDatum(*doel),
														  NumericGetDatum(erbij)));

	MemoryContextSwitchTo(oud);
	pfree(*doel);
	*doel = som;
}

Datum
wlz_eigen_levering_stap(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	EigenState *s;
	Numeric		volume;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "wlz_eigen_levering_stap called in non-aggregate context");
	s = PG_ARGISNULL(0) ? eigen_nieuw(aggcontext) : (EigenState *) PG_GETARG_POINTER(0);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(s);
	volume = PG_GETARG_NUMERIC(1);
	if (numeric_is_nan(volume) || numeric_is_inf(volume))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("volume must be a finite number")));
	optellen(&s->totaal, volume, aggcontext);
	if (!PG_GETARG_BOOL(2))
		optellen(&s->eigen, volume, aggcontext);
	PG_RETURN_POINTER(s);
}

Datum
wlz_eigen_levering_samenvoegen(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	EigenState *s1,
			   *s2;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "wlz_eigen_levering_samenvoegen called in non-aggregate context");
	s1 = PG_ARGISNULL(0) ? NULL : (EigenState *) PG_GETARG_POINTER(0);
	s2 = PG_ARGISNULL(1) ? NULL : (EigenState *) PG_GETARG_POINTER(1);
	if (s2 == NULL)
	{
		if (s1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s1);
	}
	if (s1 == NULL)
		s1 = eigen_nieuw(aggcontext);
	optellen(&s1->eigen, s2->eigen, aggcontext);
	optellen(&s1->totaal, s2->totaal, aggcontext);
	PG_RETURN_POINTER(s1);
}

static void
numeric_schrijven(StringInfo buf, Numeric n)
{
	bytea	   *b = DatumGetByteaPP(DirectFunctionCall1(numeric_send, NumericGetDatum(n)));

	pq_sendint32(buf, VARSIZE_ANY_EXHDR(b));
	pq_sendbytes(buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
}

static Numeric
numeric_lezen(StringInfo buf)
{
	int32		len = pq_getmsgint(buf, 4);
	StringInfoData deel;

	if (len < 0 || len > buf->len - buf->cursor)
		elog(ERROR, "invalid wlz.eigen_levering state");
	deel.data = &buf->data[buf->cursor];
	deel.len = len;
	deel.maxlen = len;
	deel.cursor = 0;
	buf->cursor += len;
	return DatumGetNumeric(DirectFunctionCall3(numeric_recv, PointerGetDatum(&deel),
											   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
}

Datum
wlz_eigen_levering_serialiseer(PG_FUNCTION_ARGS)
{
	EigenState *s = (EigenState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "wlz_eigen_levering_serialiseer called in non-aggregate context");
	pq_begintypsend(&buf);
	numeric_schrijven(&buf, s->eigen);
	numeric_schrijven(&buf, s->totaal);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
wlz_eigen_levering_deserialiseer(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	EigenState *s;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "wlz_eigen_levering_deserialiseer called in non-aggregate context");
	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	s = palloc(sizeof(EigenState));
	s->eigen = numeric_lezen(&buf);
	s->totaal = numeric_lezen(&buf);
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(s);
}

Datum
wlz_eigen_levering_uitkomst(PG_FUNCTION_ARGS)
{
	EigenState *s;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (EigenState *) PG_GETARG_POINTER(0);
	if (numcmp(s->totaal, int64_to_numeric(0)) == 0)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(numdiv(s->eigen, s->totaal));
}

/* ------------------------------------------------------------------------
 * Aggregate wlz.mpt_aandeel(leveringsvorm, geclusterd): the share of mpt
 * among a provider's clients with unclustered care at home (003 L551-553)
 * ------------------------------------------------------------------------
 */

typedef struct MptState
{
	int64		mpt;
	int64		totaal;
} MptState;

typedef struct MptVormen
{
	Oid			mpt;
	Oid			vpt;
} MptVormen;

Datum
wlz_mpt_aandeel_stap(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	MptState   *s;
	MptVormen  *v;
	Oid			vorm;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "wlz_mpt_aandeel_stap called in non-aggregate context");
	if (PG_ARGISNULL(0))
		s = MemoryContextAllocZero(aggcontext, sizeof(MptState));
	else
		s = (MptState *) PG_GETARG_POINTER(0);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_GETARG_BOOL(2))
		PG_RETURN_POINTER(s);

	v = (MptVormen *) fcinfo->flinfo->fn_extra;
	if (v == NULL)
	{
		Oid			vormtype = get_fn_expr_argtype(fcinfo->flinfo, 1);

		if (!OidIsValid(vormtype))
			elog(ERROR, "could not determine the type of leveringsvorm");
		v = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(MptVormen));
		v->mpt = enum_oid(vormtype, "mpt");
		v->vpt = enum_oid(vormtype, "vpt");
		fcinfo->flinfo->fn_extra = v;
	}
	vorm = PG_GETARG_OID(1);
	if (vorm == v->mpt)
	{
		s->mpt++;
		s->totaal++;
	}
	else if (vorm == v->vpt)
		s->totaal++;
	PG_RETURN_POINTER(s);
}

Datum
wlz_mpt_aandeel_samenvoegen(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	MptState   *s1,
			   *s2;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "wlz_mpt_aandeel_samenvoegen called in non-aggregate context");
	s1 = PG_ARGISNULL(0) ? NULL : (MptState *) PG_GETARG_POINTER(0);
	s2 = PG_ARGISNULL(1) ? NULL : (MptState *) PG_GETARG_POINTER(1);
	if (s2 == NULL)
	{
		if (s1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s1);
	}
	if (s1 == NULL)
		s1 = MemoryContextAllocZero(aggcontext, sizeof(MptState));
	s1->mpt += s2->mpt;
	s1->totaal += s2->totaal;
	PG_RETURN_POINTER(s1);
}

Datum
wlz_mpt_aandeel_serialiseer(PG_FUNCTION_ARGS)
{
	MptState   *s = (MptState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "wlz_mpt_aandeel_serialiseer called in non-aggregate context");
	pq_begintypsend(&buf);
	pq_sendint64(&buf, s->mpt);
	pq_sendint64(&buf, s->totaal);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
wlz_mpt_aandeel_deserialiseer(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	MptState   *s;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "wlz_mpt_aandeel_deserialiseer called in non-aggregate context");
	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	s = palloc(sizeof(MptState));
	s->mpt = pq_getmsgint64(&buf);
	s->totaal = pq_getmsgint64(&buf);
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(s);
}

Datum
wlz_mpt_aandeel_uitkomst(PG_FUNCTION_ARGS)
{
	MptState   *s;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (MptState *) PG_GETARG_POINTER(0);
	if (s->totaal == 0)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(numdiv(int64_to_numeric(s->mpt), int64_to_numeric(s->totaal)));
}
