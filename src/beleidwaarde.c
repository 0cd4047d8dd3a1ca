/*
 * beleidwaarde.c
 *	  What the policy values (SPEC 8: wlz.tariefbeleid, wlz.controlebeleid,
 *	  wlz.geldbeleid) share: their binary form.
 *
 * A policy value's text form is JSON, and its binary form is the one jsonb
 * uses (jsonb_send, and so wlz.toetsbeleid): a version byte, 1, and that
 * text.  It carries no OIDs, so a value travels between servers; the type's
 * receive function checks the text as its input function does.
 */
#include "wlzcontract.h"

#include "libpq/pqformat.h"

#define BELEID_BINAIR_VERSIE	1

/* The binary form of a value whose text form is tekst (len bytes). */
bytea *
beleid_binair_schrijven(const char *tekst, int len)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint8(&buf, BELEID_BINAIR_VERSIE);
	pq_sendtext(&buf, tekst, len);
	return pq_endtypsend(&buf);
}

/* The text form in a binary message of type typnaam; *len its length. */
char *
beleid_binair_lezen(StringInfo buf, const char *typnaam, int *len)
{
	int			versie;

	if (buf->cursor >= buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type %s", typnaam),
				 errdetail("The binary form is a version byte (%d) and the text form.",
						   BELEID_BINAIR_VERSIE),
				 errhint("Version %d is a byte %d followed by the text form.",
						 BELEID_BINAIR_VERSIE, BELEID_BINAIR_VERSIE)));
	versie = pq_getmsgint(buf, 1);
	if (versie != BELEID_BINAIR_VERSIE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported %s binary version %d", typnaam, versie),
				 errdetail("The binary form of %s is version %d.", typnaam, BELEID_BINAIR_VERSIE),
				 errhint("Version %d is a byte %d followed by the text form.",
						 BELEID_BINAIR_VERSIE, BELEID_BINAIR_VERSIE)));
	return pq_getmsgtext(buf, buf->len - buf->cursor, len);
}
