/*
 * test/betrouwbaar/fuzz.c
 *	  A fuzzer for the parsers of wlzcontract, driven through a live server
 *	  with libpq: the text input of wlz.termijn, its binary receive function,
 *	  and wlz.zorgprofiel (text and text[]).
 *
 * Every input is one query, so the real input paths run: the type input
 * function as the executor calls it, recv as the Bind message calls it.
 * Queries are pipelined (libpq pipeline mode, one Sync per query so that a
 * rejected input does not abort the next one).
 *
 * Inputs come from three sources, mixed at random from a seed:
 *	  - a generator that builds valid inputs from a value (sign, amount, unit
 *		spelling, case, white space; zorgprofiel group spellings, numbers,
 *		separators) and knows the value they must parse to;
 *	  - a generator of near misses whose rejection (and SQLSTATE) it knows;
 *	  - mutations (byte flips, insertions of ASCII and multibyte characters,
 *		deletions, duplications, splices, huge numbers, long repeats) of a
 *		corpus that starts from examples and grows with accepted inputs,
 *		plus plain random bytes.
 *
 * Checks, per parser, printed as TAP:
 *	  1. no backend crash: the connection survives every input (and the
 *		 runner also reads the server log);
 *	  2. every rejection has a SQLSTATE of class 22 (data exception);
 *	  3. every accepted value round-trips: text output -> input gives the
 *		 same value and the same text; binary send -> recv gives the same
 *		 value (wlz.termijn); a label normalises to itself (zorgprofiel);
 *	  4. the generators' oracle: a generated valid input parses to the value
 *		 it was built from, a generated invalid one is rejected (with the
 *		 SQLSTATE the oracle names, where it names one); every binary input
 *		 is judged exactly (6 bytes: version 1, unit 0-5, |amount| <= 100000).
 *
 * Usage: fuzz [-n inputs-per-parser] [-s seed] [-p termijn,recv,zorgprofiel]
 *		  [-v] [connection string]
 * Connection parameters default to the PG* environment variables.
 * Exit status 0 when every check passed.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>

#define BATCH			128		/* queries per pipeline round */
#define MAX_INPUT		65536	/* longest input generated */
#define MAX_REPORTS		10		/* failures shown per check */
#define TEXTOID			25

/* ------------------------------------------------------------------------
 * Random numbers: xorshift64*, seeded, so that a run can be repeated.
 * ------------------------------------------------------------------------
 */
static uint64_t rng = 88172645463325252ULL;

static uint64_t
rnd(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ULL;
}

static int
below(int n)
{
	return (int) (rnd() % (uint64_t) n);
}

static bool
chance(int percent)
{
	return below(100) < percent;
}

/* ------------------------------------------------------------------------
 * Inputs
 * ------------------------------------------------------------------------
 */
typedef enum
{
	ORACLE_NONE,				/* mutated or random: only the generic checks */
	ORACLE_VALID,				/* must be accepted as expected */
	ORACLE_INVALID				/* must be rejected (with state, if set) */
} OracleKind;

typedef struct Input
{
	char	   *data;			/* NUL-terminated for text parsers */
	int			len;
	OracleKind	oracle;
	char		expected[64];	/* canonical output for ORACLE_VALID */
	const char *state;			/* SQLSTATE for ORACLE_INVALID, or NULL */
	const char *origin;			/* which generator made it */
} Input;

static void
input_set(Input *in, const char *data, int len)
{
	free(in->data);
	in->data = malloc(len + 1);
	memcpy(in->data, data, len);
	in->data[len] = '\0';
	in->len = len;
}

/* A growing byte string */
typedef struct Str
{
	char	   *s;
	int			len;
	int			cap;
} Str;

static void
str_putn(Str *b, const char *s, int n)
{
	if (b->len + n + 1 > b->cap)
	{
		b->cap = (b->len + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void
str_puts(Str *b, const char *s)
{
	str_putn(b, s, (int) strlen(s));
}

static void
str_printf(Str *b, const char *fmt,...)
{
	char		tmp[256];
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	str_putn(b, tmp, n < (int) sizeof(tmp) ? n : (int) sizeof(tmp) - 1);
}

/* White space as PostgreSQL's scanner_isspace knows it */
static const char *const spaces[] = {" ", " ", " ", "\t", "\n", "\r", "\f"};

static void
put_space(Str *b, int min, int max)
{
	int			n = min + below(max - min + 1);

	for (int i = 0; i < n; i++)
		str_puts(b, spaces[below(7)]);
}

/* Copy s with random case; inner single spaces become runs of white space */
static void
put_word(Str *b, const char *s)
{
	for (; *s; s++)
	{
		if (*s == ' ')
			put_space(b, 1, 3);
		else
		{
			char		c = chance(50) ? (char) toupper((unsigned char) *s) : *s;

			str_putn(b, &c, 1);
		}
	}
}

/* ------------------------------------------------------------------------
 * wlz.termijn: the model of its text form (SPEC 2.2, src/termijn.c)
 * ------------------------------------------------------------------------
 */
static const struct
{
	const char *name;
	int			unit;
}			term_units[] = {
	{"kalenderdag", 0}, {"kalenderdagen", 0}, {"dag", 0}, {"dagen", 0},
	{"day", 0}, {"days", 0}, {"calendar day", 0}, {"calendar days", 0},
	{"werkdag", 1}, {"werkdagen", 1}, {"working day", 1}, {"working days", 1},
	{"business day", 1}, {"business days", 1},
	{"week", 2}, {"weken", 2}, {"weeks", 2},
	{"maand", 3}, {"maanden", 3}, {"month", 3}, {"months", 3},
	{"jaar", 4}, {"jaren", 4}, {"year", 4}, {"years", 4},
	{"uur", 5}, {"uren", 5}, {"hour", 5}, {"hours", 5},
};
#define N_TERM_UNITS ((int) (sizeof(term_units) / sizeof(term_units[0])))

static const char *const term_singular[] = {
	"kalenderdag", "werkdag", "week", "maand", "jaar", "uur"
};
static const char *const term_plural[] = {
	"kalenderdagen", "werkdagen", "weken", "maanden", "jaar", "uur"
};

#define TERM_MAX 100000

static void
term_canonical(char *out, int unit, long amount)
{
	snprintf(out, 64, "%ld %s", amount,
			 (amount == 1 || amount == -1) ? term_singular[unit] : term_plural[unit]);
}

static long
random_amount(long max)
{
	switch (below(4))
	{
		case 0:
			return below(10);
		case 1:
			return below(100);
		case 2:
			return max - below(3);
		default:
			return (long) (rnd() % (uint64_t) (max + 1));
	}
}

/* A valid text form of a random term, and the value it must give */
static void
term_valid(Input *in)
{
	Str			b = {0};
	int			u = below(N_TERM_UNITS);
	long		amount = random_amount(TERM_MAX);
	int			sign = below(3);	/* none, +, - */
	int			zeros = chance(10) ? 1 + below(5) : 0;

	put_space(&b, 0, chance(20) ? 3 : 0);
	if (sign)
	{
		str_puts(&b, sign == 1 ? "+" : "-");
		put_space(&b, 0, chance(20) ? 2 : 0);
	}
	for (int i = 0; i < zeros; i++)
		str_puts(&b, "0");
	str_printf(&b, "%ld", amount);
	put_space(&b, chance(10) ? 0 : 1, chance(20) ? 3 : 1);
	put_word(&b, term_units[u].name);
	put_space(&b, 0, chance(20) ? 3 : 0);

	input_set(in, b.s, b.len);
	in->oracle = ORACLE_VALID;
	term_canonical(in->expected, term_units[u].unit, sign == 2 ? -amount : amount);
	in->origin = "generated valid";
	free(b.s);
}

/* A near miss the parser must reject */
static void
term_invalid(Input *in)
{
	static const char *const bad_units[] = {
		"lichtjaren", "dagen extra", "kalender dagen", "werk dagen", "uurs", "minuten",
		"seconds", "d", "wk", "kwartaal", "dagen.", "dagen,", "jaar 3 uur", "dagen-",
		"werkdagen werkdagen", "\xc3\xa9\xc3\xa9n dag"
	};
	Str			b = {0};
	const char *state = "22P02";
	int			u = below(N_TERM_UNITS);

	switch (below(8))
	{
		case 0:					/* amount out of range, valid unit */
			str_printf(&b, "%s%ld ", chance(50) ? "-" : "",
					   TERM_MAX + 1 + (long) (rnd() % 1000000000000ULL));
			put_word(&b, term_units[u].name);
			state = "22003";
			break;
		case 1:					/* a huge number of digits */
			{
				int			n = 20 + below(2000);

				str_puts(&b, "9");
				for (int i = 0; i < n; i++)
					str_putn(&b, "0123456789" + below(10), 1);
				str_puts(&b, " ");
				put_word(&b, term_units[u].name);
				state = "22003";
			}
			break;
		case 2:					/* no unit */
			str_printf(&b, "%ld", random_amount(TERM_MAX));
			put_space(&b, 0, 2);
			break;
		case 3:					/* no amount */
			put_space(&b, 0, 2);
			if (chance(30))
				str_puts(&b, chance(50) ? "-" : "+");
			put_word(&b, term_units[u].name);
			break;
		case 4:					/* unknown unit */
			str_printf(&b, "%ld ", random_amount(TERM_MAX));
			put_word(&b, bad_units[below(sizeof(bad_units) / sizeof(bad_units[0]))]);
			break;
		case 5:					/* a fraction */
			str_printf(&b, "%ld%s%d ", random_amount(1000), chance(50) ? "." : ",", below(100));
			put_word(&b, term_units[u].name);
			break;
		case 6:					/* two signs, or a sign after the number */
			str_printf(&b, "%s%ld%s ", chance(50) ? "--" : "+-", random_amount(TERM_MAX),
					   chance(50) ? "" : "-");
			put_word(&b, term_units[u].name);
			break;
		default:				/* empty or only white space */
			put_space(&b, 0, 4);
			break;
	}
	input_set(in, b.s ? b.s : "", b.len);
	in->oracle = ORACLE_INVALID;
	in->state = state;
	in->origin = "generated invalid";
	free(b.s);
}

static const char *const term_seeds[] = {
	"20 kalenderdagen", "1 kalenderdag", "5 werkdagen", "24 uur", "2 weken",
	"6 maanden", "1 jaar", "2 jaar", "-24 uur", "+5 werkdagen", "- 24 uur",
	"  3 Calendar   Days ", "17 working days", "3 business days", "0 dagen", "-0 uur",
	"007 dagen", "100000 dagen", "-100000 werkdagen", "20kalenderdagen",
	"\t5\n Working\t\tDays\r\n", "20", "twintig dagen", "dagen", "5 lichtjaren", "",
	"1.5 uur", "100001 dagen", "99999999999999999999999 dagen", "5 dagen 3 uur",
};

/* ------------------------------------------------------------------------
 * wlz.zorgprofiel: the model of its grammar (src/zorgprofiel.c, README)
 * ------------------------------------------------------------------------
 */
typedef struct Profiel
{
	const char *label;
	int			cod163;			/* 0: none */
	int			groep;
	int			nummer;
} Profiel;

enum
{
	G_VV, G_VV_A, G_VV_B, G_VG, G_VG_PLUS, G_LVG, G_SGLVG, G_LG, G_ZGVIS, G_ZGAUD,
	G_GGZ_B, G_GGZ_C, G_GGZ_W, N_GROEPEN
};

/* The 61 labels of COD163 (iWlz 2.4) and VG7+ */
static const Profiel profielen[] = {
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
#define N_PROFIELEN ((int) (sizeof(profielen) / sizeof(profielen[0])))

/* How the documents spell the letters of each group (README) */
static const char *const spellingen[N_GROEPEN][5] = {
	[G_VV] = {"VV"},
	[G_VV_A] = {"VVA", "AVV"},
	[G_VV_B] = {"VVB", "BVV"},
	[G_VG] = {"VG"},
	[G_VG_PLUS] = {"VG"},
	[G_LVG] = {"LVG"},
	[G_SGLVG] = {"SGLVG"},
	[G_LG] = {"LG"},
	[G_ZGVIS] = {"ZGVIS", "ZGvis"},
	[G_ZGAUD] = {"ZGAUD", "ZGaud"},
	[G_GGZ_B] = {"GGZB", "BGGZ", "B", "GGZ B"},
	[G_GGZ_C] = {"GGZC", "CGGZ", "C", "GGZ C"},
	[G_GGZ_W] = {"GGZW", "WGGZ", "W", "GGZWONEN", "GGZ Wonen"},
};

static int
n_spellingen(int g)
{
	int			n = 0;

	while (n < 5 && spellingen[g][n])
		n++;
	return n;
}

static bool
is_label(const char *s)
{
	for (int i = 0; i < N_PROFIELEN; i++)
		if (strcmp(s, profielen[i].label) == 0)
			return true;
	return false;
}

/* Separators the grammar ignores */
static void
put_separator(Str *b)
{
	static const char *const seps[] = {" ", "-", "_", ".", "  ", "\t", " - "};

	str_puts(b, seps[below(sizeof(seps) / sizeof(seps[0]))]);
}

/*
 * A valid spelling of a random profile: the letters of one of its group's
 * spellings (perhaps after "ZZP"/"ZZZP"), the number somewhere between them,
 * separators anywhere but inside the number, letters in any case.
 */
static void
zorgprofiel_valid(Input *in)
{
	const Profiel *p = &profielen[below(N_PROFIELEN)];
	Str			b = {0};

	if (p->cod163 && chance(15))
	{
		if (chance(20))
			put_separator(&b);
		str_printf(&b, "%d", p->cod163);
		if (chance(20))
			put_separator(&b);
	}
	else
	{
		const char *sp = spellingen[p->groep][below(n_spellingen(p->groep))];
		char		letters[32];
		char		nummer[8];
		int			nl;
		int			pos;
		bool		zonder_nummer = (p->groep == G_SGLVG && chance(30));
		bool		plus = (p->groep == G_VG_PLUS);
		int			pluspos;

		/* "ZZP" + a single letter names no sector: only before longer ones */
		if (strlen(sp) > 1 && chance(15))
			snprintf(letters, sizeof(letters), "%s%s", chance(70) ? "ZZP" : "ZZZP", sp);
		else
			snprintf(letters, sizeof(letters), "%s", sp);
		nl = (int) strlen(letters);
		snprintf(nummer, sizeof(nummer), "%d", p->nummer);
		pos = chance(50) ? 0 : chance(60) ? nl : below(nl + 1);
		pluspos = below(nl + 2);

		for (int i = 0; i <= nl; i++)
		{
			if (i == pos && !zonder_nummer)
			{
				if (b.len > 0 && chance(30))
					put_separator(&b);
				str_puts(&b, nummer);
				if (chance(30))
					put_separator(&b);
			}
			if (plus && i == pluspos)
				str_puts(&b, "+");
			if (i == nl)
				break;
			if (letters[i] == ' ')
				put_separator(&b);
			else
			{
				char		c = chance(50) ? (char) tolower((unsigned char) letters[i])
					: (char) toupper((unsigned char) letters[i]);

				str_putn(&b, &c, 1);
				if (chance(5))
					put_separator(&b);
			}
		}
		if (plus && pluspos == nl + 1)
			str_puts(&b, "+");
	}
	input_set(in, b.s ? b.s : "", b.len);
	in->oracle = ORACLE_VALID;
	snprintf(in->expected, sizeof(in->expected), "%s", p->label);
	in->origin = "generated valid";
	free(b.s);
}

/* A near miss: a number a group does not have, two numbers, a range, ... */
static void
zorgprofiel_invalid(Input *in)
{
	static const int maxnr[N_GROEPEN] = {
		[G_VV] = 10, [G_VV_A] = 9, [G_VV_B] = 9, [G_VG] = 8, [G_VG_PLUS] = 8, [G_LVG] = 5,
		[G_SGLVG] = 1, [G_LG] = 7, [G_ZGVIS] = 5, [G_ZGAUD] = 4, [G_GGZ_B] = 7,
		[G_GGZ_C] = 6, [G_GGZ_W] = 5
	};
	Str			b = {0};
	int			g = below(N_GROEPEN);
	const char *sp = spellingen[g][below(n_spellingen(g))];

	switch (below(7))
	{
		case 0:					/* a number beyond the group */
			str_printf(&b, "%s%d", sp, maxnr[g] + 1 + below(90));
			break;
		case 1:					/* the number 0, or a leading zero */
			if (chance(50))
				str_printf(&b, "%s0", sp);
			else
				str_printf(&b, "0%d%s", 1 + below(9), sp);
			break;
		case 2:					/* two numbers, or a range */
			str_printf(&b, "%s%d%s%d", sp, 1 + below(5), chance(50) ? "/" : "-", 1 + below(5));
			break;
		case 3:					/* "+" where it does not belong */
			if (g == G_VG || g == G_VG_PLUS)
				str_printf(&b, "VG%d+", chance(50) ? 1 + below(6) : 8);
			else
				str_printf(&b, "%d%s+", 1 + below(maxnr[g]), sp);
			break;
		case 4:					/* "ZZP" with a single letter */
			str_printf(&b, "ZZP %d%c", 1 + below(9), "abcw"[below(4)]);
			break;
		case 5:					/* a three-digit number that is no code */
			{
				int			n;

				do
					n = 100 + below(900);
				while (n == 190 || n == 191 || (n >= 750 && n <= 890));
				str_printf(&b, "%d", n);
			}
			break;
		default:				/* unknown letters */
			str_printf(&b, "%d%s", 1 + below(9),
					   (const char *[]) {"XX", "VVV", "GGZ", "GGZX", "ZG", "", "ZZP", "VVC"}[below(8)]);
			break;
	}
	input_set(in, b.s, b.len);
	in->oracle = ORACLE_INVALID;
	in->state = "22P02";
	in->origin = "generated invalid";
	free(b.s);
}

static const char *const zorgprofiel_seeds[] = {
	"4VG", "VG4", "4 VG", "ZZP 4 VG", "806", "W5", "GGZ-W5", "ggz w 5", "GGZWonen5", "B7",
	"7bGGZ", "9bVV", "vv-9b", "191", "10VV", "SGLVG", "ZZZP ZGvis 1", "3ZGaud", "VG7+",
	"vg 7+", "VV4-9b", "W5/B7", "VG9", "W6", "ZZP 9b", "", "04VG", "9VV A",
};

/* ------------------------------------------------------------------------
 * wlz.termijn binary form: version byte 1, unit byte 0-5, int32 amount
 * ------------------------------------------------------------------------
 */
static void
recv_set(Input *in, int version, int unit, uint32_t amount, int len)
{
	char		b[16];

	b[0] = (char) version;
	b[1] = (char) unit;
	b[2] = (char) (amount >> 24);
	b[3] = (char) (amount >> 16);
	b[4] = (char) (amount >> 8);
	b[5] = (char) amount;
	for (int i = 6; i < len; i++)
		b[i] = (char) rnd();
	input_set(in, b, len);
}

/* Judge a byte string exactly */
static void
recv_oracle(Input *in)
{
	const unsigned char *b = (const unsigned char *) in->data;

	if (in->len == 6 && b[0] == 1 && b[1] < 6)
	{
		int32_t		amount = (int32_t) (((uint32_t) b[2] << 24) | ((uint32_t) b[3] << 16) |
										((uint32_t) b[4] << 8) | b[5]);

		if (amount >= -TERM_MAX && amount <= TERM_MAX)
		{
			in->oracle = ORACLE_VALID;
			term_canonical(in->expected, b[1], amount);
			return;
		}
		in->oracle = ORACLE_INVALID;
		in->state = "22003";
		return;
	}
	in->oracle = ORACLE_INVALID;
	in->state = "22P03";
}

static void
recv_generate(Input *in)
{
	int			r = below(100);

	if (r < 35)
	{
		long		a = random_amount(TERM_MAX);

		recv_set(in, 1, below(6), (uint32_t) (chance(50) ? -a : a), 6);
		in->origin = "generated valid";
	}
	else if (r < 60)
	{
		switch (below(4))
		{
			case 0:
				recv_set(in, below(256), below(6), (uint32_t) below(100), 6);
				break;
			case 1:
				recv_set(in, 1, 6 + below(250), (uint32_t) below(100), 6);
				break;
			case 2:
				recv_set(in, 1, below(6), (uint32_t) (chance(50) ? 1 : -1) *
						 (uint32_t) (TERM_MAX + 1 + below(1 << 30)), 6);
				break;
			default:
				recv_set(in, 1, below(6), (uint32_t) rnd(), 6);
				break;
		}
		in->origin = "generated invalid";
	}
	else if (r < 85)
	{
		/* a valid value, cut short or lengthened */
		recv_set(in, 1, below(6), (uint32_t) below(1000), chance(50) ? below(6) : 7 + below(6));
		in->origin = "wrong length";
	}
	else
	{
		char		b[16];
		int			n = below(13);

		for (int i = 0; i < n; i++)
			b[i] = (char) rnd();
		input_set(in, b, n);
		in->origin = "random bytes";
	}
	recv_oracle(in);
}

/* ------------------------------------------------------------------------
 * Mutations of a corpus (text parsers)
 * ------------------------------------------------------------------------
 */
#define CORPUS_MAX 4096

typedef struct Corpus
{
	char	   *items[CORPUS_MAX];
	int			n;
} Corpus;

static void
corpus_add(Corpus *c, const char *s)
{
	if (strlen(s) > 200)
		return;
	if (c->n < CORPUS_MAX)
		c->items[c->n++] = strdup(s);
	else
	{
		int			i = below(CORPUS_MAX);

		free(c->items[i]);
		c->items[i] = strdup(s);
	}
}

static const char *const inserts[] = {
	" ", "\t", "\n", "\r", "\f", "\v", "+", "-", ".", ",", "0", "9", "e", "E", "x", "'", "\"",
	"\\", "%", "%s", "%n", "(", ")", "{", "}", "1e5", "0x10", "NaN", "Infinity",
	"\xc2\xa0",					/* no-break space */
	"\xe2\x80\x83",				/* em space */
	"\xc3\xa9",					/* e acute */
	"\xef\xbc\x95",				/* fullwidth digit 5 */
	"\xd9\xa5",					/* Arabic-Indic digit 5 */
	"\xe2\x88\x92",				/* minus sign */
	"\xf0\x9f\x98\x80",			/* emoji */
	"\xff", "\xc3", "\xe2\x80", "\x80",	/* invalid UTF-8 */
	"\x01", "\x7f", "\x1b[0m",
	"dag", "dagen", "werk", "uur", "jaar", "VG", "VV", "GGZ", "ZZP", "W", "B", "C", "+",
	"99999999999999999999", "2147483647", "2147483648", "-2147483648", "4294967296",
	"100000", "100001", "0000000000000000000000000001",
};
#define N_INSERTS ((int) (sizeof(inserts) / sizeof(inserts[0])))

static void
mutate(Str *b)
{
	int			pos = b->len ? below(b->len + 1) : 0;

	switch (below(9))
	{
		case 0:					/* replace a byte with any byte but NUL */
			if (b->len)
				b->s[below(b->len)] = (char) (1 + below(255));
			break;
		case 1:					/* flip a bit */
			if (b->len)
			{
				int			i = below(b->len);
				char		c = (char) (b->s[i] ^ (1 << below(8)));

				if (c)
					b->s[i] = c;
			}
			break;
		case 2:					/* delete a range */
			if (b->len)
			{
				int			n = 1 + below(b->len - pos + (pos == b->len));

				if (pos + n > b->len)
					n = b->len - pos;
				memmove(b->s + pos, b->s + pos + n, b->len - pos - n + 1);
				b->len -= n;
			}
			break;
		case 3:					/* duplicate a range */
			if (b->len && b->len < 4096)
			{
				int			start = below(b->len);
				int			n = 1 + below(b->len - start);
				char	   *copy = malloc(n);
				Str			t = {0};

				memcpy(copy, b->s + start, n);
				str_putn(&t, b->s, pos);
				str_putn(&t, copy, n);
				str_putn(&t, b->s + pos, b->len - pos);
				free(copy);
				free(b->s);
				*b = t;
			}
			break;
		case 4:					/* repeat a character many times */
			{
				Str			t = {0};
				char		c = b->len ? b->s[below(b->len)] : ' ';
				int			n = chance(10) ? 1000 + below(MAX_INPUT / 2) : 1 + below(64);

				str_putn(&t, b->s ? b->s : "", pos);
				for (int i = 0; i < n; i++)
					str_putn(&t, &c, 1);
				str_putn(&t, b->s ? b->s + pos : "", b->len - pos);
				free(b->s);
				*b = t;
			}
			break;
		case 5:					/* swap the case of a letter */
			if (b->len)
			{
				int			i = below(b->len);

				if (isalpha((unsigned char) b->s[i]))
					b->s[i] ^= 0x20;
			}
			break;
		default:				/* insert something interesting */
			{
				Str			t = {0};

				str_putn(&t, b->s ? b->s : "", pos);
				str_puts(&t, inserts[below(N_INSERTS)]);
				str_putn(&t, b->s ? b->s + pos : "", b->len - pos);
				free(b->s);
				*b = t;
			}
			break;
	}
}

static void
text_mutated(Input *in, Corpus *c)
{
	Str			b = {0};
	int			n = 1 + below(4);

	str_puts(&b, c->items[below(c->n)]);
	if (chance(15))
	{
		/* splice with another corpus item */
		const char *o = c->items[below(c->n)];
		int			cut = b.len ? below(b.len + 1) : 0;
		int			ocut = *o ? below((int) strlen(o) + 1) : 0;

		b.len = cut;
		str_puts(&b, o + ocut);
	}
	for (int i = 0; i < n; i++)
		mutate(&b);
	if (b.len > MAX_INPUT)
		b.len = MAX_INPUT;
	input_set(in, b.s ? b.s : "", b.len);
	/* an inner NUL would end the C string early; the parser sees that */
	in->len = (int) strlen(in->data);
	in->oracle = ORACLE_NONE;
	in->origin = "mutated";
	free(b.s);
}

static void
text_random(Input *in)
{
	char		b[64];
	int			n = below(40);
	bool		printable = chance(70);

	for (int i = 0; i < n; i++)
		b[i] = printable ? (char) (32 + below(95)) : (char) (1 + below(255));
	input_set(in, b, n);
	in->oracle = ORACLE_NONE;
	in->origin = "random";
}

/* ------------------------------------------------------------------------
 * Results and reports
 * ------------------------------------------------------------------------
 */
typedef struct Check
{
	const char *name;
	long		failures;
} Check;

enum
{
	CHECK_CRASH, CHECK_CLASS22, CHECK_ROUNDTRIP, CHECK_ORACLE, N_CHECKS
};

typedef struct Stats
{
	long		inputs;
	long		accepted;
	long		rejected;
	char		states[16][6];
	long		state_count[16];
	int			nstates;
	Check		checks[N_CHECKS];
} Stats;

static bool verbose = false;

/* Print s as a C-like literal, shortened */
static void
print_escaped(FILE *f, const char *s, int len)
{
	int			shown = len > 120 ? 100 : len;

	fputc('"', f);
	for (int i = 0; i < shown; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c >= 32 && c < 127)
			fputc(c, f);
		else
			fprintf(f, "\\x%02x", c);
	}
	fputc('"', f);
	if (shown < len)
		fprintf(f, "... (%d bytes)", len);
}

static void
fail(Stats *st, int check, const Input *in, const char *fmt,...)
{
	va_list		ap;
	char		message[1024];

	if (st->checks[check].failures++ >= MAX_REPORTS)
		return;
	printf("# FAIL %s: input ", st->checks[check].name);
	print_escaped(stdout, in->data, in->len);
	printf(" (%s): ", in->origin);
	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	/* one line: server messages end in (and may hold) newlines */
	for (char *c = message; *c; c++)
		if (*c == '\n')
			*c = c[1] ? ' ' : '\0';
	printf("%s\n", message);
}

static void
count_state(Stats *st, const char *state)
{
	for (int i = 0; i < st->nstates; i++)
		if (strcmp(st->states[i], state) == 0)
		{
			st->state_count[i]++;
			return;
		}
	if (st->nstates < 16)
	{
		snprintf(st->states[st->nstates], 6, "%s", state);
		st->state_count[st->nstates++] = 1;
	}
}

/* ------------------------------------------------------------------------
 * The connection
 * ------------------------------------------------------------------------
 */
static const char *conninfo = "";
static PGconn *conn;
static unsigned int termijn_oid;

static void
die(const char *fmt,...)
{
	va_list		ap;

	printf("Bail out! ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	exit(2);
}

static void
prepare(const char *name, const char *sql, int nparams, const unsigned int *types)
{
	PGresult   *r = PQprepare(conn, name, sql, nparams, types);

	if (PQresultStatus(r) != PGRES_COMMAND_OK)
		die("cannot prepare %s: %s", name, PQerrorMessage(conn));
	PQclear(r);
}

static void
connect_db(void)
{
	PGresult   *r;

	/* after a crash the server needs a moment to recover */
	for (int attempt = 0;; attempt++)
	{
		if (conn)
			PQfinish(conn);
		conn = PQconnectdb(conninfo);
		if (PQstatus(conn) == CONNECTION_OK)
			break;
		if (attempt >= 60)
			die("cannot connect: %s", PQerrorMessage(conn));
		sleep(1);
	}
	/* keep the server log for what matters (superusers only; else ignored) */
	PQclear(PQexec(conn, "SET log_min_messages = fatal"));
	r = PQexec(conn, "SET client_min_messages = warning; "
			   "SELECT 'wlz.termijn'::pg_catalog.regtype::pg_catalog.oid");
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		die("wlzcontract is not installed: %s", PQerrorMessage(conn));
	termijn_oid = (unsigned int) strtoul(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);

	{
		unsigned int text1[] = {TEXTOID};
		unsigned int term1[] = {termijn_oid};

		/* text input, output, input again; send */
		prepare("termijn",
				"SELECT o, o::wlz.termijn OPERATOR(wlz.=) t, o::wlz.termijn::pg_catalog.text = o, "
				"wlz.termijn_send(t) "
				"FROM (SELECT $1::wlz.termijn AS t) s, LATERAL (SELECT t::pg_catalog.text AS o) x",
				1, text1);
		/* binary input (recv, at Bind), then output and input again */
		prepare("recv",
				"SELECT o, o::wlz.termijn OPERATOR(wlz.=) $1 "
				"FROM (SELECT $1::pg_catalog.text AS o) s",
				1, term1);
		/* the label, normalised again; the array form */
		prepare("zorgprofiel",
				"SELECT p, wlz.zorgprofiel(p) OPERATOR(pg_catalog.=) p, "
				"wlz.zorgprofiel(ARRAY[$1, p]) OPERATOR(pg_catalog.=) ARRAY[p, p] "
				"FROM (SELECT wlz.zorgprofiel($1) AS p) s",
				1, text1);
	}
	if (PQenterPipelineMode(conn) != 1)
		die("cannot enter pipeline mode: %s", PQerrorMessage(conn));
}

/* ------------------------------------------------------------------------
 * Running a batch
 * ------------------------------------------------------------------------
 */
typedef enum
{
	P_TERMIJN, P_RECV, P_ZORGPROFIEL, N_PARSERS
} Parser;

static const char *const parser_names[N_PARSERS] = {"termijn", "recv", "zorgprofiel"};
static const char *const parser_titles[N_PARSERS] = {
	"wlz.termijn text input", "wlz.termijn binary recv", "wlz.zorgprofiel"
};

static void
send_one(Parser p, const Input *in)
{
	const char *values[1] = {in->data};
	int			lengths[1] = {in->len};
	int			formats[1] = {p == P_RECV ? 1 : 0};

	if (!PQsendQueryPrepared(conn, parser_names[p], 1, values, lengths, formats, 0) ||
		!PQpipelineSync(conn))
	{
		/* the connection is gone; the reader finds out */
	}
}

static bool
is_true(const PGresult *r, int col)
{
	return !PQgetisnull(r, 0, col) && strcmp(PQgetvalue(r, 0, col), "t") == 0;
}

/* Decode PostgreSQL's bytea hex output "\x0100..." */
static int
unhex(const char *s, char *out, int max)
{
	int			n = 0;

	if (s[0] != '\\' || s[1] != 'x')
		return -1;
	for (s += 2; s[0] && s[1] && n < max; s += 2)
	{
		unsigned int v;

		if (sscanf(s, "%2x", &v) != 1)
			return -1;
		out[n++] = (char) v;
	}
	return n;
}

/* Check one result; returns false when the connection is lost */
static bool
check_result(Parser p, Input *in, PGresult *r, Stats *st, Corpus *corpus,
			 Input *followup, bool *has_followup)
{
	ExecStatusType s = PQresultStatus(r);

	*has_followup = false;
	st->inputs++;
	if (s == PGRES_FATAL_ERROR)
	{
		const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);

		if (PQstatus(conn) != CONNECTION_OK || state == NULL)
			return false;
		st->rejected++;
		count_state(st, state);
		if (strncmp(state, "22", 2) != 0)
			fail(st, CHECK_CLASS22, in, "SQLSTATE %s: %s", state, PQresultErrorMessage(r));
		if (in->oracle == ORACLE_VALID)
			fail(st, CHECK_ORACLE, in, "rejected (%s), expected %s: %s", state, in->expected,
				 PQresultErrorMessage(r));
		else if (in->oracle == ORACLE_INVALID && in->state && strcmp(in->state, state) != 0)
			fail(st, CHECK_ORACLE, in, "rejected with %s, expected %s: %s", state, in->state,
				 PQresultErrorMessage(r));
		return true;
	}
	if (s != PGRES_TUPLES_OK || PQntuples(r) != 1)
	{
		fail(st, CHECK_CRASH, in, "unexpected result status %s", PQresStatus(s));
		return PQstatus(conn) == CONNECTION_OK;
	}

	st->accepted++;
	{
		const char *out = PQgetvalue(r, 0, 0);

		if (in->oracle == ORACLE_INVALID)
			fail(st, CHECK_ORACLE, in, "accepted as \"%s\", expected a rejection", out);
		else if (in->oracle == ORACLE_VALID && strcmp(out, in->expected) != 0)
			fail(st, CHECK_ORACLE, in, "parsed as \"%s\", expected \"%s\"", out, in->expected);

		switch (p)
		{
			case P_TERMIJN:
				if (!is_true(r, 1) || !is_true(r, 2))
					fail(st, CHECK_ROUNDTRIP, in, "output \"%s\" does not read back as the same value", out);
				else
				{
					/* send -> recv: the bytes go back in as a binary parameter */
					char		bytes[16];
					int			n = unhex(PQgetvalue(r, 0, 3), bytes, sizeof(bytes));

					if (n < 0)
						fail(st, CHECK_ROUNDTRIP, in, "send gave \"%s\"", PQgetvalue(r, 0, 3));
					else
					{
						input_set(followup, bytes, n);
						followup->oracle = ORACLE_VALID;
						snprintf(followup->expected, sizeof(followup->expected), "%s", out);
						followup->origin = "send of an accepted input";
						*has_followup = true;
					}
				}
				if (in->oracle == ORACLE_NONE && chance(10))
					corpus_add(corpus, in->data);
				break;
			case P_RECV:
				if (!is_true(r, 1))
					fail(st, CHECK_ROUNDTRIP, in, "output \"%s\" does not read back as the same value", out);
				break;
			case P_ZORGPROFIEL:
				if (!is_label(out))
					fail(st, CHECK_ROUNDTRIP, in, "\"%s\" is not a COD163 label or VG7+", out);
				if (!is_true(r, 1) || !is_true(r, 2))
					fail(st, CHECK_ROUNDTRIP, in, "label \"%s\" does not normalise to itself", out);
				if (in->oracle == ORACLE_NONE && chance(10))
					corpus_add(corpus, in->data);
				break;
			default:
				break;
		}
	}
	return true;
}

/*
 * Send a batch pipelined and check the results.  Returns false when the
 * connection broke; *done tells how many results were checked.
 */
static bool
run_batch(Parser p, Input *batch, int n, Stats *st, Corpus *corpus,
		  Input *followups, int *nfollowups, int *done)
{
	*done = 0;
	*nfollowups = 0;
	for (int i = 0; i < n; i++)
		send_one(p, &batch[i]);
	for (int i = 0; i < n; i++)
	{
		PGresult   *r = PQgetResult(conn);
		PGresult   *extra;
		bool		has_followup;

		if (r == NULL)
			return false;
		if (!check_result(p, &batch[i], r, st, corpus, &followups[*nfollowups], &has_followup))
		{
			PQclear(r);
			return false;
		}
		PQclear(r);
		if (has_followup)
			(*nfollowups)++;
		/* the NULL that ends the query's results, then the Sync */
		while ((extra = PQgetResult(conn)) != NULL)
			PQclear(extra);
		extra = PQgetResult(conn);
		if (extra == NULL || PQresultStatus(extra) != PGRES_PIPELINE_SYNC)
		{
			if (extra)
				PQclear(extra);
			return false;
		}
		PQclear(extra);
		(*done)++;
	}
	return true;
}

static void
generate(Parser p, Input *in, Corpus *corpus)
{
	int			r = below(100);

	in->state = NULL;
	in->expected[0] = '\0';
	switch (p)
	{
		case P_TERMIJN:
			if (r < 40)
				term_valid(in);
			else if (r < 55)
				term_invalid(in);
			else if (r < 92)
				text_mutated(in, corpus);
			else
				text_random(in);
			break;
		case P_ZORGPROFIEL:
			if (r < 40)
				zorgprofiel_valid(in);
			else if (r < 55)
				zorgprofiel_invalid(in);
			else if (r < 92)
				text_mutated(in, corpus);
			else
				text_random(in);
			break;
		case P_RECV:
			recv_generate(in);
			break;
		default:
			break;
	}
}

/*
 * After a broken connection: replay the unchecked inputs one at a time on a
 * new connection to name the one that crashed the backend.
 */
static void
find_crasher(Parser p, Input *batch, int from, int n, Stats *st)
{
	for (int i = from; i < n; i++)
	{
		connect_db();
		send_one(p, &batch[i]);
		{
			PGresult   *r = PQgetResult(conn);

			if (r == NULL || PQstatus(conn) != CONNECTION_OK ||
				(PQresultStatus(r) == PGRES_FATAL_ERROR &&
				 PQresultErrorField(r, PG_DIAG_SQLSTATE) == NULL))
			{
				fail(st, CHECK_CRASH, &batch[i], "the connection was lost: %s",
					 PQerrorMessage(conn));
				if (r)
					PQclear(r);
				connect_db();
				return;
			}
			PQclear(r);
			while ((r = PQgetResult(conn)) != NULL)
				PQclear(r);
			r = PQgetResult(conn);	/* Sync */
			if (r)
				PQclear(r);
		}
	}
	fail(st, CHECK_CRASH, &batch[from], "the connection was lost, but no single input of the batch reproduces it");
	connect_db();
}

static int test_number = 0;

static bool
tap(bool ok, const char *fmt,...)
{
	va_list		ap;

	printf("%sok %d - ", ok ? "" : "not ", ++test_number);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	return ok;
}

static bool
run_parser(Parser p, long ninputs)
{
	Stats		st = {0};
	Corpus		corpus = {0};
	Input		batch[BATCH] = {0};
	Input		followups[BATCH] = {0};
	Stats		fst = {0};
	time_t		start = time(NULL);
	bool		all_ok = true;

	st.checks[CHECK_CRASH].name = "no crash";
	st.checks[CHECK_CLASS22].name = "class 22";
	st.checks[CHECK_ROUNDTRIP].name = "round trip";
	st.checks[CHECK_ORACLE].name = "oracle";
	fst = st;

	if (p == P_TERMIJN)
		for (int i = 0; i < (int) (sizeof(term_seeds) / sizeof(term_seeds[0])); i++)
			corpus_add(&corpus, term_seeds[i]);
	else
		for (int i = 0; i < (int) (sizeof(zorgprofiel_seeds) / sizeof(zorgprofiel_seeds[0])); i++)
			corpus_add(&corpus, zorgprofiel_seeds[i]);

	for (long sent = 0; sent < ninputs;)
	{
		int			n = (int) (ninputs - sent < BATCH ? ninputs - sent : BATCH);
		int			nf,
					done;

		for (int i = 0; i < n; i++)
			generate(p, &batch[i], &corpus);
		if (!run_batch(p, batch, n, &st, &corpus, followups, &nf, &done))
		{
			find_crasher(p, batch, done, n, &st);
			nf = 0;
		}
		/* the binary round trip of what the text input accepted */
		if (nf > 0)
		{
			Corpus		none = {0};
			Input		unused[BATCH] = {0};
			int			nu;

			if (!run_batch(P_RECV, followups, nf, &fst, &none, unused, &nu, &done))
			{
				find_crasher(P_RECV, followups, done, nf, &st);
			}
			for (int i = 0; i < BATCH; i++)
				free(unused[i].data);
		}
		sent += n;
		if (verbose && sent % 100000 < BATCH)
			fprintf(stderr, "%s: %ld inputs, %lds\n", parser_names[p], sent, (long) (time(NULL) - start));
	}

	/* failures of the binary round trip count as round-trip failures */
	st.checks[CHECK_ROUNDTRIP].failures += fst.checks[CHECK_ROUNDTRIP].failures +
		fst.checks[CHECK_ORACLE].failures + fst.checks[CHECK_CLASS22].failures;
	st.checks[CHECK_CRASH].failures += fst.checks[CHECK_CRASH].failures;

	printf("# %s: %ld inputs in %lds, %ld accepted, %ld rejected (", parser_titles[p],
		   st.inputs, (long) (time(NULL) - start), st.accepted, st.rejected);
	for (int i = 0; i < st.nstates; i++)
		printf("%s%s %ld", i ? ", " : "", st.states[i], st.state_count[i]);
	printf(")%s\n", p == P_TERMIJN ? "; each accepted value also went through send and recv" : "");

	all_ok &= tap(st.checks[CHECK_CRASH].failures == 0, "%s: no backend crash", parser_titles[p]);
	all_ok &= tap(st.checks[CHECK_CLASS22].failures == 0,
				  "%s: every rejection has a SQLSTATE of class 22", parser_titles[p]);
	all_ok &= tap(st.checks[CHECK_ROUNDTRIP].failures == 0,
				  "%s: every accepted value round-trips", parser_titles[p]);
	all_ok &= tap(st.checks[CHECK_ORACLE].failures == 0,
				  "%s: generated inputs parse to the value they were built from, near misses are rejected",
				  parser_titles[p]);
	all_ok &= tap(st.accepted > 0 && st.rejected > 0,
				  "%s: the run had both accepted and rejected inputs", parser_titles[p]);

	for (int i = 0; i < BATCH; i++)
	{
		free(batch[i].data);
		free(followups[i].data);
	}
	for (int i = 0; i < corpus.n; i++)
		free(corpus.items[i]);
	return all_ok;
}

int
main(int argc, char **argv)
{
	long		ninputs = 10000;
	uint64_t	seed = 20250701;
	bool		use[N_PARSERS] = {true, true, true};
	int			nuse = N_PARSERS;
	bool		ok = true;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
			ninputs = atol(argv[++i]);
		else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc)
			seed = strtoull(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "-p") == 0 && i + 1 < argc)
		{
			const char *list = argv[++i];

			nuse = 0;
			for (int p = 0; p < N_PARSERS; p++)
			{
				use[p] = strstr(list, parser_names[p]) != NULL;
				nuse += use[p];
			}
		}
		else if (strcmp(argv[i], "-v") == 0)
			verbose = true;
		else if (argv[i][0] != '-')
			conninfo = argv[i];
		else
		{
			fprintf(stderr, "usage: %s [-n inputs-per-parser] [-s seed] "
					"[-p termijn,recv,zorgprofiel] [-v] [conninfo]\n", argv[0]);
			return 2;
		}
	}
	rng = seed * 2654435761ULL + 1;
	if (rng == 0)
		rng = 1;

	connect_db();
	printf("1..%d\n", nuse * 5);
	printf("# seed %llu, %ld inputs per parser\n", (unsigned long long) seed, ninputs);
	for (int p = 0; p < N_PARSERS; p++)
		if (use[p])
			ok &= run_parser((Parser) p, ninputs);
	PQfinish(conn);
	return ok ? 0 : 1;
}
