/* fuzz_pf.c - libFuzzer target: the input is a pf.conf.
 *
 * The buffer is named as a file of the private folder (fuzz.h), which is
 * empty: include and table file statements find nothing there, and the
 * front end refuses paths outside it.  Then the evaluator's match sets,
 * the checks that need no topology and the text report, as for a file
 * named "-I pf". */
#include <stdlib.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *path;
	if (!path)
		path = fuzz_path("pf.conf");
	fuzz_config(path, (const char *)data, size, "pf");
	return 0;
}
