/*
 * tariefbeleid.c
 *	  The type wlz.tariefbeleid: a zorgkantoor's tariff policy of one sector
 *	  and year as a value (SPEC 8), its storage and its text and binary I/O.
 *
 * A value carries everything the rule engine needs: the RT%, the rules that
 * apply and the prestaties, so that wlz.tariefpercentage(wlz.tariefbeleid,
 * ...) reads no table and runs where no table can be read (a Citus worker, a
 * postgres_fdw shard).  tariefregel.c makes values (wlz.tariefbeleid()) and
 * reads them; this file only stores them.
 *
 * Text form: JSON, as jsonb prints it (keys in jsonb's order):
 *	  {"jaar": 2026, "regels": [{"id": -7, "bewerking": "afslag", ...}, ...],
 *	   "sector": "GZ", "versie": 1, "prestaties": [["4VG", "4VG", null], ...],
 *	   "richttarief": {"bron": "...", "percentage": 96.5}, "zorgkantoor": "cz"}
 * Input and receive parse it, check it as the engine would read it (every
 * label, profile and number), and store it normalised; so a value that
 * exists can be evaluated.  The binary form is a version byte and that text
 * (beleidwaarde.c).
 *
 * Storage: a varlena with a format version, a 64-bit fingerprint of the text
 * (the engine keys what it decoded by it, so that a row costs a comparison
 * even where every row carries its own copy of the value) and the text.
 */
#include "wlzcontract.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "common/jsonapi.h"
#include "mb/pg_wchar.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

PG_FUNCTION_INFO_V1(wlz_tariefbeleid_in);
PG_FUNCTION_INFO_V1(wlz_tariefbeleid_out);
PG_FUNCTION_INFO_V1(wlz_tariefbeleid_recv);
PG_FUNCTION_INFO_V1(wlz_tariefbeleid_send);

#define TARIEFBELEID_FORMAAT	1	/* storage format */

typedef struct Tariefbeleid
{
	int32		vl_len_;		/* varlena header */
	int32		formaat;
	uint64		vingerafdruk;	/* of tekst */
	char		tekst[FLEXIBLE_ARRAY_MEMBER];	/* JSON, NUL-terminated */
} Tariefbeleid;

#define TARIEFBELEID_KOP	offsetof(Tariefbeleid, tekst)

/* A value from JSON text: normalised, checked, fingerprinted. */
Datum
tariefbeleid_maak(const char *json, Oid nsp)
{
	JsonLexContext *lex = makeJsonLexContextCstringLen(pstrdup(json), strlen(json),
													   GetDatabaseEncoding(), true);
	JsonParseErrorType fout = pg_parse_json(lex, &nullSemAction);
	Jsonb	   *jb;
	char	   *tekst;
	size_t		len;
	Tariefbeleid *t;

	/* not JSON at all: say so in the type's own words */
	if (fout != JSON_SUCCESS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type wlz.tariefbeleid"),
				 errdetail("The text is not JSON: %s", json_errdetail(fout, lex)),
				 errhint("Make a value with wlz.tariefbeleid(zorgkantoor, sector, jaar); its text is the JSON it prints.")));
	jb = DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(json)));
	tekst = JsonbToCString(NULL, &jb->root, VARSIZE(jb));
	len = strlen(tekst);

	if (!JB_ROOT_IS_OBJECT(jb))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type wlz.tariefbeleid"),
				 errdetail("A tariff policy is a JSON object."),
				 errhint("Make one with wlz.tariefbeleid(zorgkantoor, sector, jaar); its text is the JSON it prints.")));
	tariefbeleid_controleren(PointerGetDatum(jb), nsp);

	t = palloc(TARIEFBELEID_KOP + len + 1);
	SET_VARSIZE(t, TARIEFBELEID_KOP + len + 1);
	t->formaat = TARIEFBELEID_FORMAAT;
	t->vingerafdruk = hash_bytes_extended((const unsigned char *) tekst, (int) len, 0);
	memcpy(t->tekst, tekst, len + 1);
	return PointerGetDatum(t);
}

/* The fingerprint of a value, without detoasting all of it. */
uint64
tariefbeleid_vingerafdruk(Datum d)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(d);
	uint64		vingerafdruk;

	if (VARATT_IS_EXTENDED(v))
		v = PG_DETOAST_DATUM_SLICE(d, 0, TARIEFBELEID_KOP - VARHDRSZ);
	/* memcpy: a value on disk is aligned for int4 only */
	memcpy(&vingerafdruk, (char *) v + offsetof(Tariefbeleid, vingerafdruk), sizeof(uint64));
	return vingerafdruk;
}

/* The JSON text of a value (detoasted). */
const char *
tariefbeleid_tekst(Datum d)
{
	Tariefbeleid *t = (Tariefbeleid *) PG_DETOAST_DATUM(d);

	if (t->formaat != TARIEFBELEID_FORMAAT)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("wlz.tariefbeleid value has unknown format %d", t->formaat)));
	return t->tekst;
}

/* The schema of the type (typioparam): where its enums live. */
static Oid
schema_van(Oid typ)
{
	HeapTuple	tup = SearchSysCache1(TYPEOID, ObjectIdGetDatum(typ));
	Oid			nsp;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for type %u", typ);
	nsp = ((Form_pg_type) GETSTRUCT(tup))->typnamespace;
	ReleaseSysCache(tup);
	return nsp;
}

Datum
wlz_tariefbeleid_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	Oid			typ = PG_GETARG_OID(1);

	PG_RETURN_DATUM(tariefbeleid_maak(s, schema_van(typ)));
}

Datum
wlz_tariefbeleid_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(pstrdup(tariefbeleid_tekst(PG_GETARG_DATUM(0))));
}

/* Binary: the form every policy value has (beleidwaarde.c), checked like input. */
Datum
wlz_tariefbeleid_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	Oid			typ = PG_GETARG_OID(1);
	int			n;
	char	   *s = beleid_binair_lezen(buf, "wlz.tariefbeleid", &n);

	PG_RETURN_DATUM(tariefbeleid_maak(s, schema_van(typ)));
}

Datum
wlz_tariefbeleid_send(PG_FUNCTION_ARGS)
{
	const char *tekst = tariefbeleid_tekst(PG_GETARG_DATUM(0));

	PG_RETURN_BYTEA_P(beleid_binair_schrijven(tekst, strlen(tekst)));
}
