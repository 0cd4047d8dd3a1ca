/*
 * wlzcontract.h
 *	  Declarations shared by the C files of the wlzcontract extension.
 *
 * Each .c file owns one concern:
 *	  wlzcontract.c  module magic and the library version
 *	  kalender.c     ATW public holidays and working days
 *	  termijn.c      the wlz.termijn type, its arithmetic and term ends
 *	  klasse.c       provider classification aggregates
 *	  tarief.c       amounts (wlz.tarief) and volume extrapolation
 *	  tariefregel.c  the tariff rule engine (wlz.tariefpercentage, _uitleg)
 *	  richttarief.c  the richttarief model aggregate
 *	  zorgprofiel.c  zorgprofielen: COD163 labels and the normaliser
 *
 * Everything here is free of session state: no GUCs, no static caches that
 * outlive a query, no dependence on the session's TimeZone.
 */
#ifndef WLZCONTRACT_H
#define WLZCONTRACT_H

#include "postgres.h"
#include "fmgr.h"

#ifndef WLZ_VERSION
#error "WLZ_VERSION must be defined by the Makefile (from wlzcontract.control)"
#endif

/*
 * zorgprofiel.c: the number of the zorgprofiel a spelling names (an index
 * into its list of COD163 labels), or an error (22P02)
 */
extern int	wlz_zorgprofiel_nummer(const char *s, int len);

#endif							/* WLZCONTRACT_H */
