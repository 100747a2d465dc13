/* Unit tests for the checks: run the pipeline (lint_run) on the inputs of
 * the end-to-end cases and assert exactly which checks fire where.  The
 * end-to-end tests compare the full text; these pin the records. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <string.h>

#include "lint.h"

#define CASES "tests/e2e/cases/"

/* "check@file:line:col" for every diagnostic, in report order, joined by
 * spaces; file is the base name. */
static char *run(const char *topology, const char *file, enum lint_scope scope, int *status)
{
	lint_opts o = { 0 };
	o.topology = topology;
	o.scope = scope;
	o.rulesets_dir = "rulesets";
	char *files[1] = { (char *)file };
	report rep;
	report_init(&rep);
	*status = lint_run(&o, files, file ? 1 : 0, &rep);
	report_sort(&rep);
	static char buf[4096];
	size_t len = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < rep.diags.n; i++) {
		const diag *d = &rep.diags.v[i];
		const char *base = d->file ? strrchr(d->file, '/') : NULL;
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s@%s:%d:%d",
					i ? " " : "", d->check ? d->check : "-",
					base ? base + 1 : d->file ? d->file : "", d->loc.line, d->loc.col);
	}
	report_free(&rep);
	return buf;
}

typedef struct check_case {
	char dir[40];
	char args[8]; /* "t": -t org.topo; "ta": and --scope all; "f": fw.rules alone;
			 "p": fw.conf (pf) alone */
	char want[400];
} check_case;

ParameterizedTestParameters(checks, fire_and_stay_silent)
{
	static check_case cases[] = {
		{ "missing-opening", "t", "missing-opening@fw.rules:3:10" },
		{ "missing-opening-near", "t", "" },
		{ "partial-opening", "t",
		  "partial-opening@fw.rules:3:10 partial-opening@fw.rules:3:10 "
		  "partial-opening@fw.rules:3:10 over-permissive@fw.rules:7:1" },
		{ "return-blocked", "t",
		  "return-blocked@fw.rules:3:10 return-blocked@fw.rules:3:10 return-blocked@fw.rules:3:10" },
		{ "return-blocked-near", "t", "" },
		{ "over-permissive", "t", "over-permissive@fw.rules:6:1" },
		{ "over-permissive-scope-all", "ta",
		  "over-permissive@fw.rules:6:1 over-permissive@fw.rules:7:1" },
		{ "over-permissive-policy", "t",
		  "over-permissive@fw.rules:2:10 return-blocked@fw.rules:4:1 "
		  "return-blocked@fw.rules:4:1 return-blocked@fw.rules:4:1" },
		{ "dynamic-rpc", "t",
		  "partial-opening@fw.rules:3:10 partial-opening@fw.rules:3:10 "
		  "dynamic-rpc@org.topo:5:17 dynamic-rpc@org.topo:5:17" },
		{ "rfc1006-mismatch", "t",
		  "rfc1006-mismatch@org.topo:6:1 missing-opening@wan.rules:2:10 "
		  "over-permissive@wan.rules:4:1" },
		{ "rfc1006-mismatch-near", "t", "" },
		{ "version-mismatch", "t", "version-mismatch@org.topo:5:1" },
		{ "version-mismatch-near", "t", "" },
		{ "shadowed-rule", "f",
		  "shadowed-rule@fw.rules:7:1 shadowed-rule@fw.rules:11:1 shadowed-rule@fw.rules:12:1" },
		{ "shadowed-rule-near", "f", "" },
		{ "pf-shadowed-rule", "p",
		  "shadowed-rule@fw.conf:1:1 shadowed-rule@fw.conf:6:1" },
		{ "pf-host-firewall", "t",
		  "missing-opening@exch1.conf:3:1 missing-opening@exch1.conf:3:1 "
		  "missing-opening@exch1.conf:3:1 over-permissive@exch1.conf:4:1 "
		  "over-permissive@exch1.conf:5:1" },
		{ "unresolved", "f",
		  "unresolved@fw.rules:3:38 unresolved@fw.rules:4:21 unresolved@fw.rules:5:13" },
	};
	return cr_make_param_array(check_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(check_case *c, checks, fire_and_stay_silent)
{
	char tpath[128], file[128];
	snprintf(tpath, sizeof tpath, CASES "%s/org.topo", c->dir);
	snprintf(file, sizeof file, CASES "%s/%s", c->dir,
		 c->args[0] == 'p' ? "fw.conf" : "fw.rules");
	int status;
	const char *got = c->args[0] == 't'
		? run(tpath, NULL, c->args[1] == 'a' ? SCOPE_ALL : SCOPE_SERVERS, &status)
		: run(NULL, file, SCOPE_SERVERS, &status);
	cr_expect(eq(int, status, 0));
	cr_expect(eq(str, (char *)got, c->want), "%s", c->dir);
}

Test(checks, topology_errors_stop_the_run)
{
	int status;
	const char *got = run(CASES "topology-errors/org.topo", NULL, SCOPE_SERVERS, &status);
	cr_expect(eq(int, status, 2));
	cr_expect(eq(str, (char *)got,
		     "-@org.topo:4:6 -@org.topo:6:45 -@org.topo:8:19 -@org.topo:8:31 "
		     "-@org.topo:10:10 -@org.topo:12:25"));
}

Test(checks, a_broken_file_is_a_finding_and_the_run_goes_on)
{
	lint_opts o = { 0 };
	o.rulesets_dir = "rulesets";
	char *files[2] = { CASES "parse-error/broken.rules", CASES "parse-error/good.rules" };
	report rep;
	report_init(&rep);
	cr_expect(eq(int, lint_run(&o, files, 2, &rep), 0));
	size_t parse = 0, shadow = 0;
	for (size_t i = 0; i < rep.diags.n; i++) {
		const char *ck = rep.diags.v[i].check ? rep.diags.v[i].check : "";
		parse += strcmp(ck, "parse-error") == 0;
		shadow += strcmp(ck, "shadowed-rule") == 0 &&
			  strstr(rep.diags.v[i].file, "good.rules") != NULL;
	}
	/* broken.rules declares INPUT: its rule on an undeclared chain is
	 * a parse-error too (a complete table, fwlint(1)) */
	cr_expect(eq(sz, parse, 5));
	cr_expect(eq(sz, shadow, 1));
	cr_expect(eq(sz, rep.nsuite, 2));
	report_free(&rep);
}

Test(checks, over_permissive_names_an_example_inside_the_excess)
{
	lint_opts o = { 0 };
	o.topology = CASES "over-permissive/org.topo";
	o.rulesets_dir = "rulesets";
	report rep;
	report_init(&rep);
	cr_assert(eq(int, lint_run(&o, NULL, 0, &rep), 0));
	cr_assert(eq(sz, rep.diags.n, 1));
	const diag *d = &rep.diags.v[0];
	cr_assert(d->has_packet);
	/* The example is TCP to EX on a port no flow needs. */
	cr_expect(eq(u8, d->pkt.proto, PROTO_TCP));
	cr_expect(d->pkt.dst == addr_v4(0xc000020a));
	cr_expect(d->pkt.dport != 135 && d->pkt.dport != 4000 && d->pkt.dport != 4001);
	cr_expect(d->excess != NULL);
	report_free(&rep);
}
