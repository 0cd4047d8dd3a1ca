/*
 * kalender.c
 *	  ATW public holidays (Algemene termijnenwet art. 3) and working days:
 *	  wlz.feestdagen, wlz.is_feestdag, wlz.is_werkdag, wlz.werkdagen and
 *	  wlz.werkdag_van_maand (SPEC section 2.1).
 *
 * Filled in by the issue that implements this concern; the skeleton only
 * reserves the file so that the build layout is fixed.
 */
#include "wlzcontract.h"
