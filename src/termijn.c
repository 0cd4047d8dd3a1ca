/*
 * termijn.c
 *	  The wlz.termijn type (input, output, binary I/O, comparison and hash
 *	  support), date and timestamptz arithmetic in Europe/Amsterdam, and the
 *	  end of a term: wlz.einde_dag, wlz.lokaal, wlz.termijn_einde, wlz.tijdig
 *	  (SPEC sections 2.2 and 2.3).
 *
 * Filled in by the issue that implements this concern; the skeleton only
 * reserves the file so that the build layout is fixed.
 */
#include "wlzcontract.h"
