/* check.c - the check table (SPEC 4). */
#include "check.h"

#include <string.h>

const check_def check_table[] = {
	{ CHECK_PARSE_ERROR, DIAG_ERROR, false,
	  "a configuration file that the real firewall would reject" },
	{ CHECK_MISSING_OPENING, DIAG_ERROR, true,
	  "a required flow is dropped for all of its packets" },
	{ CHECK_PARTIAL_OPENING, DIAG_ERROR, true,
	  "a required flow is dropped for part of its packets" },
	{ CHECK_RETURN_BLOCKED, DIAG_ERROR, true,
	  "replies of a required flow are dropped on a stateless path" },
	{ CHECK_RFC1006_MISMATCH, DIAG_ERROR, true,
	  "MTAs joined by X.400 use different RFC1006 ports" },
	{ CHECK_VERSION_MISMATCH, DIAG_ERROR, true,
	  "the topology asks for a protocol or setting that its Exchange version lacks" },
	{ CHECK_OVER_PERMISSIVE, DIAG_WARNING, true,
	  "an accepting rule or policy lets through traffic that no requirement needs" },
	{ CHECK_DYNAMIC_RPC, DIAG_WARNING, true,
	  "a server lacks a static directory/store/MTA port, so 1024-65535 must be open" },
	{ CHECK_SHADOWED_RULE, DIAG_WARNING, false,
	  "a rule that no packet can ever reach" },
	{ CHECK_UNRESOLVED, DIAG_WARNING, false,
	  "a construct whose effect fwlint cannot know" },
};

const size_t check_count = sizeof check_table / sizeof check_table[0];

const check_def *check_find(const char *name)
{
	for (size_t i = 0; i < check_count; i++)
		if (strcmp(check_table[i].name, name) == 0)
			return &check_table[i];
	return NULL;
}
