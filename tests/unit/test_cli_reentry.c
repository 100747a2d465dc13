/* The commands run more than once in a process (the fuzz targets call
 * trace_main() for every input): what getopt_long() keeps between calls
 * must not carry one command line into the next. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <criterion/redirect.h>

#include "diffcmd.h"
#include "trace.h"

static void quiet(void)
{
	cr_redirect_stdout();
	cr_redirect_stderr();
}

/* "-hq": getopt_long() returns 'h' and keeps its place at "q"; the command
 * stops there (it printed its help).  A next call that only reset optind
 * to 1 went on at that "q" (glibc resumes inside a word unless optind is
 * 0), refused it as an unknown option, and never saw its own --help. */
Test(cli_reentry, trace_starts_afresh, .init = quiet)
{
	char w[] = "-hq";
	char *first[] = { "trace", w, NULL };
	cr_assert(eq(int, trace_main(2, first), 0));
	char *second[] = { "trace", "--help", NULL };
	cr_assert(eq(int, trace_main(2, second), 0));
}

Test(cli_reentry, diff_starts_afresh, .init = quiet)
{
	char w[] = "-hq";
	char *first[] = { "diff", w, NULL };
	cr_assert(eq(int, diff_main(2, first), 0));
	char *second[] = { "diff", "--help", NULL };
	cr_assert(eq(int, diff_main(2, second), 0));
}
