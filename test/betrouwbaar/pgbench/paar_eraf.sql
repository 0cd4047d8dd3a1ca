-- writer: all extra pairs removed in one statement
DELETE FROM wlz.tariefregel WHERE toelichting = 'paar-extra';
