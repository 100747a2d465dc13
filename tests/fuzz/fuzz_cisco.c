/* fuzz_cisco.c - libFuzzer target: the input is a Cisco IOS or ASA
 * configuration.
 *
 * Every input is read twice, as IOS and as ASA (the two dialects share the
 * scanner and the parser and differ in the builder), whatever
 * cisco_detect() says of it, so that the fuzzer need not learn the
 * detection's keywords to reach either; cisco_detect() itself runs too.
 * Each read goes on to the evaluator's match sets, the checks that need no
 * topology and the text report. */
#include "cisco.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	(void)cisco_detect(buf, size);
	fuzz_config("fuzz.cfg", buf, size, "cisco");
	fuzz_config("fuzz.asa", buf, size, "asa");
	return 0;
}
