/*
 * test/betrouwbaar/asan_init.c
 *	  Preloaded after the AddressSanitizer runtime into the (uninstrumented)
 *	  PostgreSQL server by "make sanitize".
 *
 * The ASan runtime initializes itself on the first malloc.  In the server
 * that first malloc comes from libgpg-error's constructor, inside glibc's
 * bindtextdomain() while it holds _nl_state_lock; ASan's initialization then
 * calls dlerror(), which takes the same lock again, and the next
 * bindtextdomain() (PostgreSQL's own) waits forever.  Linked with
 * -z initfirst, this library's constructor runs before every other one, so
 * the first malloc, and ASan's initialization, happen here, with no lock
 * held.
 */
#include <stdlib.h>

__attribute__((constructor))
static void
asan_init_first(void)
{
	free(malloc(1));
}
