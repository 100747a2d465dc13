/* cisco_fixture.h - a Cisco configuration parsed for a unit test, with its
 * interface table and evaluator, and what the tests ask of its
 * diagnostics (test_cisco.c, test_cisco_nat.c). */
#ifndef FWLINT_TEST_CISCO_FIXTURE_H
#define FWLINT_TEST_CISCO_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "cisco.h"
#include "eval.h"

typedef struct parsed {
	ir_ruleset *rs;
	diag_list d;
	iftab tab;
	evaluator *ev;
} parsed;

/* text as file "t.cfg" of format f, with the caller's bindings extra[0..n);
 * the interfaces outside, inside, dmz and Gi0/0-2 are known. */
parsed cisco_fx_parse(const char *text, enum ir_format f, const cisco_binding *extra, size_t n);
void cisco_fx_done(parsed *p);
/* How many diagnostics of level l. */
size_t cisco_fx_count(const parsed *p, enum diag_level l);
/* Whether a diagnostic, written "LINE:COL: MESSAGE", contains want. */
bool cisco_fx_has_diag(const parsed *p, const char *want);
/* Every diagnostic on stderr, to explain a failure. */
void cisco_fx_dump(const parsed *p);

#endif
