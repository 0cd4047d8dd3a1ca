/*
 * tarief.c
 *	  Amounts (wlz.tarief), the tariff rule engine (wlz.tariefpercentage and
 *	  its explanation), the richttarief model aggregate and volume
 *	  extrapolation (SPEC sections 4 and 5).
 *
 * Filled in by the issue that implements this concern; the skeleton only
 * reserves the file so that the build layout is fixed.
 */
#include "wlzcontract.h"
