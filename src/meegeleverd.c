/*
 * meegeleverd.c
 *	  Shipped rows are read-only (SPEC 7): the trigger wlz.meegeleverd_bewaken.
 *
 * Every table with shipped policy rows has a column "meegeleverd".  Its rows
 * with meegeleverd = true come with the extension: the loader
 * (wlz.meegeleverd_laden) replaces them in CREATE EXTENSION and in every
 * ALTER EXTENSION ... UPDATE, and pg_dump leaves them out.  So they must
 * change nowhere else: outside the extension's own scripts this trigger
 * refuses to insert, update or delete a shipped row, to set meegeleverd on
 * a row of the user's, or to truncate the table.
 *
 * "The extension's own scripts" is decided without any session state: the
 * server is running a CREATE or ALTER EXTENSION script of wlzcontract
 * (creating_extension and CurrentExtensionObject).  A user cannot get there
 * except through CREATE or ALTER EXTENSION, which runs our scripts only.
 *
 * The trigger's first argument says how a user replaces a shipped row, for
 * the hint: the key columns of the table ("sector, jaar"), or "vervangt"
 * for a table whose rows have a generated id (a user's row then names the
 * id of the shipped row it replaces).  A second argument names a column that
 * must hold a code of wlz.zorgkantoor: a foreign key cannot say so, since a
 * user's row may share its code with a shipped one.  Unlike a foreign key,
 * this check gives pg_dump no order to restore the tables in, so, like the
 * validation of function bodies, it is skipped while check_function_bodies
 * is off, as pg_dump's output and pg_restore set it.
 */
#include "wlzcontract.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

PG_FUNCTION_INFO_V1(wlz_meegeleverd_bewaken);

/* Is a script of this extension running (CREATE or ALTER EXTENSION)? */
static bool
eigen_script(void)
{
	return creating_extension &&
		CurrentExtensionObject == get_extension_oid("wlzcontract", true);
}

/* The boolean column "meegeleverd" of a row (false when NULL). */
static bool
is_meegeleverd(Relation rel, HeapTuple tuple)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			n = SPI_fnumber(desc, "meegeleverd");
	bool		isnull;
	Datum		d;

	if (n <= 0)
		elog(ERROR, "table \"%s\" has no column \"meegeleverd\"",
			 RelationGetRelationName(rel));
	d = heap_getattr(tuple, n, desc, &isnull);
	return !isnull && DatumGetBool(d);
}

static char *
tabelnaam(Relation rel)
{
	return quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
									  RelationGetRelationName(rel));
}

/* The zorgkantoor a user's row names in column kolom must exist (23503). */
static void
zorgkantoor_bestaat(Relation rel, HeapTuple tuple, const char *kolom)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			n = SPI_fnumber(desc, kolom);
	bool		isnull;
	Datum		code;
	Oid			type = TEXTOID;
	int			ret;
	bool		gevonden;

	if (n <= 0)
		elog(ERROR, "table \"%s\" has no column \"%s\"", RelationGetRelationName(rel), kolom);
	code = heap_getattr(tuple, n, desc, &isnull);
	if (isnull || !check_function_bodies)
		return;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	ret = SPI_execute_with_args("SELECT 1 FROM wlz.zorgkantoor WHERE code OPERATOR(pg_catalog.=) $1",
								1, &type, &code, NULL, true, 1);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(ret));
	gevonden = SPI_processed > 0;
	SPI_finish();

	if (!gevonden)
		ereport(ERROR,
				(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				 errmsg("zorgkantoor \"%s\" does not exist", TextDatumGetCString(code)),
				 errdetail("Column %s of %s holds a code of wlz.zorgkantoor.",
						   kolom, tabelnaam(rel)),
				 errhint("Use a code from wlz.zorgkantoor, or add yours first: "
						 "INSERT INTO wlz.zorgkantoor (code, naam) VALUES (%s, '...');",
						 quote_literal_cstr(TextDatumGetCString(code)))));
}

/* How a user replaces or switches off this shipped row, as a hint. */
static char *
vervang_hint(Relation rel, HeapTuple tuple, const char *sleutel)
{
	if (strcmp(sleutel, "vervangt") == 0)
	{
		char	   *id = SPI_getvalue(tuple, RelationGetDescr(rel),
									  SPI_fnumber(RelationGetDescr(rel), "id"));

		return psprintf("Insert a row of your own with vervangt = %s: it takes the place of "
						"the shipped row. To switch the shipped row off: "
						"INSERT INTO %s (vervangt, actief) VALUES (%s, false).",
						id, tabelnaam(rel), id);
	}
	return psprintf("Insert a row of your own with the same key (%s): it takes the place of the "
					"shipped row. With actief = false it switches the shipped row off.",
					sleutel);
}

Datum
wlz_meegeleverd_bewaken(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	Relation	rel;
	const char *sleutel;
	TriggerEvent ev;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("wlz.meegeleverd_bewaken() was not called by a trigger")));
	if (td->tg_trigger->tgnargs < 1 || td->tg_trigger->tgnargs > 2)
		elog(ERROR, "wlz.meegeleverd_bewaken() needs the key of the table and optionally a zorgkantoor column");

	rel = td->tg_relation;
	sleutel = td->tg_trigger->tgargs[0];
	ev = td->tg_event;

	if (!TRIGGER_FIRED_BEFORE(ev))
		elog(ERROR, "wlz.meegeleverd_bewaken() must be fired BEFORE");

	if (TRIGGER_FIRED_BY_TRUNCATE(ev))
	{
		if (!eigen_script())
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("cannot truncate %s", tabelnaam(rel)),
					 errdetail("The table holds the rows that come with the extension."),
					 errhint("DELETE FROM %s WHERE NOT meegeleverd removes your own rows.",
							 tabelnaam(rel))));
		return PointerGetDatum(NULL);
	}

	if (!TRIGGER_FIRED_FOR_ROW(ev))
		elog(ERROR, "wlz.meegeleverd_bewaken() must be fired FOR EACH ROW or on TRUNCATE");

	if (eigen_script())
		return PointerGetDatum(TRIGGER_FIRED_BY_DELETE(ev) ? td->tg_trigtuple :
							   TRIGGER_FIRED_BY_UPDATE(ev) ? td->tg_newtuple :
							   td->tg_trigtuple);

	if (TRIGGER_FIRED_BY_INSERT(ev))
	{
		if (is_meegeleverd(rel, td->tg_trigtuple))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("cannot insert a row with meegeleverd = true into %s", tabelnaam(rel)),
					 errdetail("Only the extension's own scripts (CREATE EXTENSION, ALTER EXTENSION ... UPDATE) add shipped rows."),
					 errhint("Leave meegeleverd out: a row of your own has false, and pg_dump keeps it.")));
		if (td->tg_trigger->tgnargs == 2)
			zorgkantoor_bestaat(rel, td->tg_trigtuple, td->tg_trigger->tgargs[1]);
		return PointerGetDatum(td->tg_trigtuple);
	}

	if (TRIGGER_FIRED_BY_UPDATE(ev))
	{
		if (is_meegeleverd(rel, td->tg_trigtuple))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("cannot update a shipped row of %s", tabelnaam(rel)),
					 errdetail("Rows with meegeleverd = true come with the extension; each version replaces them."),
					 errhint("%s", vervang_hint(rel, td->tg_trigtuple, sleutel))));
		if (is_meegeleverd(rel, td->tg_newtuple))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("cannot set meegeleverd = true on a row of %s", tabelnaam(rel)),
					 errdetail("Only the extension's own scripts (CREATE EXTENSION, ALTER EXTENSION ... UPDATE) add shipped rows."),
					 errhint("Leave meegeleverd false: pg_dump keeps rows of your own.")));
		if (td->tg_trigger->tgnargs == 2)
			zorgkantoor_bestaat(rel, td->tg_newtuple, td->tg_trigger->tgargs[1]);
		return PointerGetDatum(td->tg_newtuple);
	}

	/* DELETE */
	if (is_meegeleverd(rel, td->tg_trigtuple))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("cannot delete a shipped row of %s", tabelnaam(rel)),
				 errdetail("Rows with meegeleverd = true come with the extension; each version replaces them."),
				 errhint("%s", vervang_hint(rel, td->tg_trigtuple, sleutel))));
	return PointerGetDatum(td->tg_trigtuple);
}
