/* test_jobs.c - FWLINT_JOBS (fwlint(1), ENVIRONMENT). */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdlib.h>
#include <unistd.h>

#include "jobs.h"

Test(jobs, fwlint_jobs_or_the_processors)
{
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	size_t dflt = ncpu < 1 ? 1 : (size_t)ncpu;
	unsetenv("FWLINT_JOBS");
	cr_expect(eq(sz, jobs_count(), dflt));
	setenv("FWLINT_JOBS", "3", 1);
	cr_expect(eq(sz, jobs_count(), (size_t)3));
	setenv("FWLINT_JOBS", "1", 1);
	cr_expect(eq(sz, jobs_count(), (size_t)1));
	/* not a whole number above 0: the default */
	static const char *const bad[] = { "0", "", "-2", "2x", " 2", "x", "99999999999999999999999" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		setenv("FWLINT_JOBS", bad[i], 1);
		cr_expect(eq(sz, jobs_count(), dflt), "FWLINT_JOBS='%s'", bad[i]);
	}
	unsetenv("FWLINT_JOBS");
}
