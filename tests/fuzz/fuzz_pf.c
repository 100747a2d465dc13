/* fuzz_pf.c - libFuzzer target: the input is a pf.conf.
 *
 * The buffer is named as a file of the private folder (fuzz.h), which is
 * empty: include and table file statements find nothing there, and the
 * front end refuses paths outside it.  Then the evaluator's match sets,
 * the checks that need no topology and the text report, as for a file
 * named "-I pf", or "-I pf-freebsd" when detection says it is FreeBSD's
 * (a line starts a statement only FreeBSD's pfctl has: fwlint(1), pf
 * dialects), so that both dialects are fuzzed. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "pf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *path;
	if (!path)
		path = fuzz_path("pf.conf");
	const char *fmt = pf_detect((const char *)data, size);
	fuzz_config(path, (const char *)data, size,
		    fmt && strcmp(fmt, "pf-freebsd") == 0 ? fmt : "pf");
	return 0;
}
