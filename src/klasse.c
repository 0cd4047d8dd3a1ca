/*
 * klasse.c
 *	  Provider classification: the wlz.aanbiederklasse and wlz.klassificatie
 *	  aggregates over a provider's contracts (SPEC section 3).
 *
 * Filled in by the issue that implements this concern; the skeleton only
 * reserves the file so that the build layout is fixed.
 */
#include "wlzcontract.h"
