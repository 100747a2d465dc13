/* check.c - the registry of checks (check.h; fwlint(1), CHECKS). */
#include "check.h"

#include <string.h>

#include "checks.h"

const check_def check_table[CHECK_COUNT] = {
	[CHECK_PARSE_ERROR] = {
		"parse-error", DIAG_ERROR, CHECK_INPUT_PARSE, NULL, CHECK_PARSE_ERROR,
		"a configuration file that the real firewall would reject" },
	[CHECK_MISSING_OPENING] = {
		"missing-opening", DIAG_ERROR, CHECK_INPUT_FIREWALL, check_flows,
		CHECK_MISSING_OPENING,
		"a required flow is dropped for all of its packets" },
	[CHECK_PARTIAL_OPENING] = {
		"partial-opening", DIAG_ERROR, CHECK_INPUT_FIREWALL, NULL, CHECK_MISSING_OPENING,
		"a required flow is dropped for part of its packets" },
	[CHECK_RETURN_BLOCKED] = {
		"return-blocked", DIAG_ERROR, CHECK_INPUT_FIREWALL, NULL, CHECK_MISSING_OPENING,
		"replies of a required flow are dropped on a stateless path" },
	[CHECK_RFC1006_MISMATCH] = {
		"rfc1006-mismatch", DIAG_ERROR, CHECK_INPUT_TOPOLOGY, check_rfc1006,
		CHECK_RFC1006_MISMATCH,
		"MTAs joined by X.400 use different RFC1006 ports" },
	[CHECK_VERSION_MISMATCH] = {
		"version-mismatch", DIAG_ERROR, CHECK_INPUT_TOPOLOGY, check_versions,
		CHECK_VERSION_MISMATCH,
		"the topology asks for a protocol or setting that its Exchange version lacks" },
	[CHECK_OVER_PERMISSIVE] = {
		"over-permissive", DIAG_WARNING, CHECK_INPUT_FIREWALL, check_over_permissive,
		CHECK_OVER_PERMISSIVE,
		"an accepting rule or policy lets through traffic that no requirement needs" },
	[CHECK_DYNAMIC_RPC] = {
		"dynamic-rpc", DIAG_WARNING, CHECK_INPUT_TOPOLOGY, check_dynamic_rpc,
		CHECK_DYNAMIC_RPC,
		"a server lacks a static directory/store/MTA port, so 1024-65535 must be open" },
	[CHECK_SHADOWED_RULE] = {
		"shadowed-rule", DIAG_WARNING, CHECK_INPUT_FILE, check_shadowed, CHECK_SHADOWED_RULE,
		"a rule that no packet can ever reach" },
	[CHECK_UNRESOLVED] = {
		"unresolved", DIAG_WARNING, CHECK_INPUT_FILE, check_unresolved, CHECK_UNRESOLVED,
		"a construct whose effect fwlint cannot know" },
};

const check_def *check_find(const char *name)
{
	for (size_t i = 0; i < CHECK_COUNT; i++)
		if (strcmp(check_table[i].name, name) == 0)
			return &check_table[i];
	return NULL;
}

const char *check_name(enum check_id id)
{
	return check_table[id].name;
}

bool check_needs_topology(const check_def *c)
{
	return c->input == CHECK_INPUT_TOPOLOGY || c->input == CHECK_INPUT_FIREWALL;
}

diag *diag_checkv(diag_list *l, enum check_id id, srcloc loc, const char *fmt, va_list ap)
{
	return diag_addv(l, check_table[id].level, check_table[id].name, loc, fmt, ap);
}

diag *diag_check(diag_list *l, enum check_id id, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag *d = diag_checkv(l, id, loc, fmt, ap);
	va_end(ap);
	return d;
}

diag *diag_check_note(diag_list *l, enum check_id id, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag *d = diag_addv(l, DIAG_NOTE, check_table[id].name, loc, fmt, ap);
	va_end(ap);
	return d;
}

bool diag_parse_errorv(diag_list *l, int *nerrors, bool *gave_up, int max, srcloc loc,
		       const char *fmt, va_list ap)
{
	if (*gave_up)
		return false;
	if (*nerrors >= max) {
		diag_check(l, CHECK_PARSE_ERROR, loc, "too many errors, giving up after %d", max);
		*gave_up = true;
		return false;
	}
	++*nerrors;
	diag_checkv(l, CHECK_PARSE_ERROR, loc, fmt, ap);
	return true;
}
