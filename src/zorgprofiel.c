/*
 * zorgprofiel.c
 *	  The zorgprofielen (zorgzwaartepakketten) of the Wlz: their iWlz COD163
 *	  labels and codes, and wlz.zorgprofiel(), which maps the spellings the
 *	  documents use ("VG4", "W5", "GGZ-W5", "9bVV", "GGZWonen1", "ZZP 7 VG",
 *	  "806") to one canonical label ("4VG", "5GGZ W", "9VV B", "1GGZ W", ...).
 *
 * The list is compiled in, not read from a table, so that the normaliser is
 * IMMUTABLE (usable in CHECK constraints, indexes and per row).  The tariff
 * engine (tariefregel.c) uses the profile numbers directly.
 *
 * Grammar: the input is read as tokens, ignoring white space, '-', '_' and
 * '.' and the case of letters: exactly one number, the letters around it and
 * at most one '+'.  The letters, taken together and after an optional
 * leading "ZZP"/"ZZZP", name the group:
 *	  VV; VVA or AVV, VVB or BVV (only 9: "9VV A", "9VV B"); VG (with '+' and
 *	  7: "VG7+"); LVG; SGLVG (also without a number: "1SGLVG"); LG; ZGVIS;
 *	  ZGAUD; GGZB, BGGZ or B; GGZC, CGGZ or C; GGZW, WGGZ, W or GGZWONEN.
 * A number of three digits with no letters is a COD163 code.
 */
#include "wlzcontract.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

typedef enum ProfielGroep
{
	G_VV, G_VV_A, G_VV_B, G_VG, G_VG_PLUS, G_LVG, G_SGLVG, G_LG,
	G_ZGVIS, G_ZGAUD, G_GGZ_B, G_GGZ_C, G_GGZ_W
} ProfielGroep;

typedef struct Zorgprofiel
{
	const char *label;			/* COD163 label, or "VG7+" */
	int16		cod163;			/* COD163 code, 0 if it has none */
	int8		groep;			/* ProfielGroep */
	int8		nummer;			/* number within the group */
} Zorgprofiel;

/* Indexes into this array are the profile numbers of wlzcontract.h. */
static const Zorgprofiel profielen[] = {
	{"1VV", 750, G_VV, 1}, {"2VV", 751, G_VV, 2}, {"3VV", 752, G_VV, 3},
	{"4VV", 753, G_VV, 4}, {"5VV", 754, G_VV, 5}, {"6VV", 755, G_VV, 6},
	{"7VV", 756, G_VV, 7}, {"8VV", 757, G_VV, 8}, {"9VV", 758, G_VV, 9},
	{"10VV", 759, G_VV, 10}, {"9VV A", 190, G_VV_A, 9}, {"9VV B", 191, G_VV_B, 9},
	{"1VG", 800, G_VG, 1}, {"2VG", 802, G_VG, 2}, {"3VG", 804, G_VG, 3},
	{"4VG", 806, G_VG, 4}, {"5VG", 808, G_VG, 5}, {"6VG", 810, G_VG, 6},
	{"7VG", 812, G_VG, 7}, {"8VG", 814, G_VG, 8}, {"VG7+", 0, G_VG_PLUS, 7},
	{"1LVG", 780, G_LVG, 1}, {"2LVG", 781, G_LVG, 2}, {"3LVG", 782, G_LVG, 3},
	{"4LVG", 783, G_LVG, 4}, {"5LVG", 784, G_LVG, 5},
	{"1SGLVG", 790, G_SGLVG, 1},
	{"1LG", 820, G_LG, 1}, {"2LG", 822, G_LG, 2}, {"3LG", 824, G_LG, 3},
	{"4LG", 826, G_LG, 4}, {"5LG", 828, G_LG, 5}, {"6LG", 830, G_LG, 6},
	{"7LG", 832, G_LG, 7},
	{"1ZGvis", 840, G_ZGVIS, 1}, {"2ZGvis", 842, G_ZGVIS, 2},
	{"3ZGvis", 844, G_ZGVIS, 3}, {"4ZGvis", 846, G_ZGVIS, 4},
	{"5ZGvis", 848, G_ZGVIS, 5},
	{"1ZGaud", 850, G_ZGAUD, 1}, {"2ZGaud", 852, G_ZGAUD, 2},
	{"3ZGaud", 854, G_ZGAUD, 3}, {"4ZGaud", 856, G_ZGAUD, 4},
	{"1GGZ B", 860, G_GGZ_B, 1}, {"2GGZ B", 862, G_GGZ_B, 2},
	{"3GGZ B", 864, G_GGZ_B, 3}, {"4GGZ B", 766, G_GGZ_B, 4},
	{"5GGZ B", 768, G_GGZ_B, 5}, {"6GGZ B", 770, G_GGZ_B, 6},
	{"7GGZ B", 772, G_GGZ_B, 7},
	{"1GGZ C", 760, G_GGZ_C, 1}, {"2GGZ C", 762, G_GGZ_C, 2},
	{"3GGZ C", 764, G_GGZ_C, 3}, {"4GGZ C", 866, G_GGZ_C, 4},
	{"5GGZ C", 868, G_GGZ_C, 5}, {"6GGZ C", 870, G_GGZ_C, 6},
	{"1GGZ W", 880, G_GGZ_W, 1}, {"2GGZ W", 882, G_GGZ_W, 2},
	{"3GGZ W", 884, G_GGZ_W, 3}, {"4GGZ W", 886, G_GGZ_W, 4},
	{"5GGZ W", 888, G_GGZ_W, 5},
};

#define AANTAL_PROFIELEN ((int) lengthof(profielen))

/* The letter groups, as the tokens spell them (upper case, no separators). */
static const struct
{
	const char *letters;
	ProfielGroep groep;
}			spellingen[] = {
	{"VV", G_VV}, {"VVA", G_VV_A}, {"AVV", G_VV_A}, {"VVB", G_VV_B}, {"BVV", G_VV_B},
	{"VG", G_VG}, {"LVG", G_LVG}, {"SGLVG", G_SGLVG}, {"LG", G_LG},
	{"ZGVIS", G_ZGVIS}, {"ZGAUD", G_ZGAUD},
	{"GGZB", G_GGZ_B}, {"BGGZ", G_GGZ_B}, {"B", G_GGZ_B},
	{"GGZC", G_GGZ_C}, {"CGGZ", G_GGZ_C}, {"C", G_GGZ_C},
	{"GGZW", G_GGZ_W}, {"WGGZ", G_GGZ_W}, {"W", G_GGZ_W}, {"GGZWONEN", G_GGZ_W},
};

/* The range of each group, for the detail of an error. */
static const char *const groep_bereik[] = {
	[G_VV] = "The VV profiles run from 1VV to 10VV, with \"9VV A\" and \"9VV B\".",
	[G_VV_A] = "Only 9VV has the variants \"9VV A\" and \"9VV B\".",
	[G_VV_B] = "Only 9VV has the variants \"9VV A\" and \"9VV B\".",
	[G_VG] = "The VG profiles run from 1VG to 8VG; \"VG7+\" is the only one with a \"+\".",
	[G_VG_PLUS] = "The VG profiles run from 1VG to 8VG; \"VG7+\" is the only one with a \"+\".",
	[G_LVG] = "The LVG profiles run from 1LVG to 5LVG.",
	[G_SGLVG] = "There is one SGLVG profile, 1SGLVG.",
	[G_LG] = "The LG profiles run from 1LG to 7LG.",
	[G_ZGVIS] = "The ZGvis profiles run from 1ZGvis to 5ZGvis.",
	[G_ZGAUD] = "The ZGaud profiles run from 1ZGaud to 4ZGaud.",
	[G_GGZ_B] = "The GGZ B profiles run from \"1GGZ B\" to \"7GGZ B\".",
	[G_GGZ_C] = "The GGZ C profiles run from \"1GGZ C\" to \"6GGZ C\".",
	[G_GGZ_W] = "The GGZ W profiles run from \"1GGZ W\" to \"5GGZ W\".",
};

static int
profiel_van(ProfielGroep groep, int nummer)
{
	for (int i = 0; i < AANTAL_PROFIELEN; i++)
		if (profielen[i].groep == groep && profielen[i].nummer == nummer)
			return i;
	return -1;
}

/*
 * Parse a spelling of a zorgprofiel.  Returns the profile number, or -1 with
 * *detail set to a sentence for the error (NULL when the text simply does not
 * look like a zorgprofiel).
 */
static int
zorgprofiel_zoek(const char *s, int len, const char **detail)
{
	char		letters[16];
	int			nletters = 0;
	int			nummer = 0;
	int			ncijfers = 0;
	int			nreeksen = 0;	/* runs of digits */
	int			nplus = 0;
	bool		in_cijfers = false;
	const char *l;
	int			groep = -1;
	int			p;

	*detail = NULL;
	for (int i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c >= '0' && c <= '9')
		{
			if (!in_cijfers)
				nreeksen++;
			in_cijfers = true;
			if (++ncijfers > 3)
				return -1;
			nummer = nummer * 10 + (c - '0');
			continue;
		}
		in_cijfers = false;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
		{
			if (nletters >= (int) sizeof(letters) - 1)
				return -1;
			letters[nletters++] = (c >= 'a') ? c - ('a' - 'A') : c;
		}
		else if (c == '+')
			nplus++;
		else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' &&
				 c != '-' && c != '_' && c != '.')
			return -1;
	}
	letters[nletters] = '\0';

	if (nreeksen > 1 || nplus > 1)
		return -1;

	/* A bare COD163 code. */
	if (nletters == 0)
	{
		if (ncijfers != 3 || nplus > 0)
			return -1;
		/* 0 marks "no code" (VG7+), so it never matches: "000" is no code */
		for (int i = 0; i < AANTAL_PROFIELEN; i++)
			if (profielen[i].cod163 != 0 && profielen[i].cod163 == nummer)
				return i;
		*detail = "This is not a COD163 code of a zorgprofiel.";
		return -1;
	}

	l = letters;
	if (strncmp(l, "ZZZP", 4) == 0 && l[4] != '\0')
		l += 4;
	else if (strncmp(l, "ZZP", 3) == 0 && l[3] != '\0')
		l += 3;
	for (int i = 0; i < (int) lengthof(spellingen); i++)
		if (strcmp(l, spellingen[i].letters) == 0)
			groep = spellingen[i].groep;
	if (groep < 0)
		return -1;
	if (l != letters && l[1] == '\0')
	{
		/* "ZZP 9b": a ZZP with only a letter names no sector */
		*detail = "\"ZZP\" with a single letter names no sector; write for instance \"9VV B\" or \"7GGZ B\".";
		return -1;
	}

	if (ncijfers == 0)
	{
		/* SGLVG has one profile; the documents write it without a number. */
		if (groep == G_SGLVG && nplus == 0)
			return profiel_van(G_SGLVG, 1);
		return -1;
	}
	if (ncijfers > 2 || (ncijfers == 2 && nummer < 10))
		return -1;				/* "04VG": no leading zeros */
	if (nplus > 0)
	{
		if (groep != G_VG || nummer != 7)
		{
			*detail = groep_bereik[G_VG_PLUS];
			return -1;
		}
		groep = G_VG_PLUS;
	}

	p = profiel_van(groep, nummer);
	if (p < 0)
		*detail = groep_bereik[groep];
	return p;
}

/* The profile number of a spelling, or an error (22P02). */
int
wlz_zorgprofiel_nummer(const char *s, int len)
{
	const char *detail;
	int			p = zorgprofiel_zoek(s, len, &detail);

	if (p < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for zorgprofiel: \"%s\"",
						pnstrdup(s, len)),
				 detail ? errdetail_internal("%s", detail) : 0,
				 errhint("Write one zorgprofiel as an iWlz COD163 label such as \"4VG\", \"10VV\", "
						 "\"9VV B\", \"1SGLVG\", \"3ZGaud\" or \"5GGZ W\", as \"VG7+\", as a spelling "
						 "such as \"VG4\", \"GGZ-W5\" or \"9bVV\", or as a COD163 code such as \"806\".")));
	return p;
}

PG_FUNCTION_INFO_V1(wlz_zorgprofiel);
PG_FUNCTION_INFO_V1(wlz_zorgprofiel_array);

Datum
wlz_zorgprofiel(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int			p = wlz_zorgprofiel_nummer(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));

	PG_RETURN_TEXT_P(cstring_to_text(profielen[p].label));
}

/*
 * wlz.zorgprofiel(text[]): every element normalised (NULL elements stay
 * NULL).  CHECK constraints on wlz.tariefregel use it to reject a spelling
 * that is not a zorgprofiel when the row is written, not when it is used.
 */
Datum
wlz_zorgprofiel_array(PG_FUNCTION_ARGS)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("a list of zorgprofielen must be one-dimensional")));
	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		text	   *t;

		if (nulls[i])
			continue;
		t = DatumGetTextPP(elems[i]);
		elems[i] = PointerGetDatum(cstring_to_text(
			profielen[wlz_zorgprofiel_nummer(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))].label));
	}
	if (n == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	PG_RETURN_ARRAYTYPE_P(construct_md_array(elems, nulls, 1, &n, ARR_LBOUND(a),
											 TEXTOID, -1, false, TYPALIGN_INT));
}
