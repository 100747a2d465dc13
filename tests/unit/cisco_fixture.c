/* cisco_fixture.c - see cisco_fixture.h. */
#include "cisco_fixture.h"

#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdio.h>
#include <string.h>

parsed cisco_fx_parse(const char *text, enum ir_format f, const cisco_binding *extra, size_t n)
{
	parsed p;
	memset(&p, 0, sizeof p);
	diag_list_init(&p.d);
	p.rs = cisco_parse("t.cfg", text, strlen(text), f, extra, n, &p.d);
	cr_assert(not(eq(ptr, p.rs, NULL)));
	iftab_init(&p.tab);
	ir_collect_ifnames(p.rs, &p.tab);
	static const char *const names[] = { "outside", "inside", "dmz", "Gi0/0", "Gi0/1", "Gi0/2" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		iftab_add(&p.tab, names[i]);
	iftab_freeze(&p.tab);
	p.ev = eval_new(p.rs, &p.tab);
	return p;
}

void cisco_fx_done(parsed *p)
{
	eval_free(p->ev);
	iftab_free(&p->tab);
	ir_ruleset_free(p->rs);
	diag_list_free(&p->d);
}

size_t cisco_fx_count(const parsed *p, enum diag_level l)
{
	size_t n = 0;
	for (size_t i = 0; i < p->d.n; i++)
		n += p->d.v[i].level == l;
	return n;
}

bool cisco_fx_has_diag(const parsed *p, const char *want)
{
	char buf[800];
	for (size_t i = 0; i < p->d.n; i++) {
		snprintf(buf, sizeof buf, "%d:%d: %s", p->d.v[i].loc.line, p->d.v[i].loc.col,
			 p->d.v[i].msg);
		if (strstr(buf, want))
			return true;
	}
	return false;
}

void cisco_fx_dump(const parsed *p)
{
	for (size_t i = 0; i < p->d.n; i++)
		fprintf(stderr, "  %d:%d: %s\n", p->d.v[i].loc.line, p->d.v[i].loc.col, p->d.v[i].msg);
}
