/* check.c - the registry of checks: check_table, built from the rows of
 * check_list.h, and the findings that take their level from it (check.h). */
#include "check.h"

#include <string.h>

#include "checks.h"

const check_def check_table[CHECK_COUNT] = {
#define CHECK(id, name, level, input, run, by, desc) \
	[CHECK_##id] = { name, level, input, run, CHECK_##by, desc },
#include "check_list.h"
#undef CHECK
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

/* Whether the function of row i finds a check that is not disabled. */
static bool wanted(size_t i, const bool *disabled)
{
	if (!disabled)
		return true;
	for (size_t k = 0; k < CHECK_COUNT; k++)
		if ((size_t)check_table[k].by == i && !disabled[k])
			return true;
	return false;
}

void checks_run(enum check_input input, const check_ctx *cx)
{
	for (size_t i = 0; i < CHECK_COUNT; i++)
		if (check_table[i].input == input && check_table[i].run &&
		    wanted(i, cx->disabled))
			check_table[i].run(cx);
}
