/*
 * wlzcontract.c
 *	  Module magic and the version of the loaded library.
 *
 * wlz.versie() reports the version the shared library was built as, so that
 * a library that does not match the installed SQL objects (a forgotten
 * "make install", an upgrade without ALTER EXTENSION ... UPDATE) can be seen:
 *	  SELECT wlz.versie() = extversion FROM pg_extension
 *	  WHERE extname = 'wlzcontract';
 */
#include "wlzcontract.h"

#include "utils/builtins.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(wlz_versie);

Datum
wlz_versie(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(WLZ_VERSION));
}
