/* jobs.c - how many threads fwlint may keep busy (jobs.h). */
#include "jobs.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

size_t jobs_count(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	const char *env = getenv("FWLINT_JOBS");
	if (env && isdigit((unsigned char)env[0])) {
		char *end;
		errno = 0;
		unsigned long v = strtoul(env, &end, 10);
		if (errno == 0 && *end == '\0' && v > 0)
			n = v < (unsigned long)LONG_MAX ? (long)v : LONG_MAX;
	}
	return n < 1 ? 1 : (size_t)n;
}
