/* fuzz_iptables.c - libFuzzer target: the input is an iptables-save dump.
 *
 * Loaded as fwlint loads a file named "-I iptables" (ipt_parse with the
 * family detected, the jump-loop check, the evaluator's match sets), then
 * the checks that need no topology and the text report. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_config("fuzz.rules", (const char *)data, size, "iptables");
	return 0;
}
