/* test_report.c - the report model, its writers and atomic output. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>

#include "check.h"
#include "report.h"
#include "xalloc.h"

/* ---------------------------------------------------------- helpers */

static srcloc at(const char *file, int line, int col)
{
	return (srcloc){ file, line, col, line, col };
}

typedef int (*writer_fn)(const report *r, FILE *out, bool quiet);

static int junit_writer(const report *r, FILE *out, bool quiet)
{
	(void)quiet;
	return report_write_junit(r, out);
}

/* What a writer prints, as a string the caller frees. */
static char *capture(const report *r, writer_fn fn, bool quiet)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	cr_assert(f != NULL);
	cr_assert(eq(int, fn(r, f, quiet), 0));
	cr_assert(eq(int, fclose(f), 0));
	return buf;
}

static void add_example(diag *d, const char *example, const char *excess)
{
	packet p;
	memset(&p, 0, sizeof p);
	if (example)
		diag_set_example(d, &p, example);
	if (excess)
		diag_set_excess(d, excess);
}

static xmlDocPtr parse_xml(const char *s)
{
	xmlDocPtr doc = xmlReadMemory(s, (int)strlen(s), "report.xml", NULL,
				      XML_PARSE_NONET);
	cr_assert(doc != NULL, "not well-formed XML:\n%s", s);
	return doc;
}

static double xpath_num(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
	xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST expr, ctx);
	cr_assert(o != NULL, "bad xpath %s", expr);
	double v = xmlXPathCastToNumber(o);
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(ctx);
	return v;
}

static char *xpath_str(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
	xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST expr, ctx);
	cr_assert(o != NULL, "bad xpath %s", expr);
	xmlChar *v = xmlXPathCastToString(o);
	char *s = xstrdup((const char *)v);
	xmlFree(v);
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(ctx);
	return s;
}

/* FILE:LINE:COL: with LINE and COL numbers. */
static bool has_loc_prefix(const char *s)
{
	const char *p = strchr(s, ':');
	if (!p || p == s)
		return false;
	for (int field = 0; field < 2; field++) {
		const char *q = ++p;
		while (*p >= '0' && *p <= '9')
			p++;
		if (p == q || *p != ':')
			return false;
	}
	return true;
}

/* Every structural promise of fwlint(1), OUTPUT, about the JUnit report. */
static void check_junit_structure(xmlDocPtr doc)
{
	cr_assert(eq(dbl, xpath_num(doc, "sum(/testsuites/testsuite/@tests)"),
		     xpath_num(doc, "number(/testsuites/@tests)")));
	cr_assert(eq(dbl, xpath_num(doc, "sum(/testsuites/testsuite/@failures)"),
		     xpath_num(doc, "number(/testsuites/@failures)")));
	cr_assert(eq(dbl, xpath_num(doc, "sum(/testsuites/testsuite/@errors)"),
		     xpath_num(doc, "number(/testsuites/@errors)")));
	cr_assert(eq(dbl, xpath_num(doc, "count(//testcase)"),
		     xpath_num(doc, "number(/testsuites/@tests)")));
	cr_assert(eq(dbl, xpath_num(doc, "count(//testcase[failure])"),
		     xpath_num(doc, "number(/testsuites/@failures)")));
	cr_assert(eq(dbl, xpath_num(doc, "count(//testcase[error])"),
		     xpath_num(doc, "number(/testsuites/@errors)")));
	/* One finding a test case: converters keep only the first. */
	cr_assert(eq(dbl, xpath_num(doc, "count(//testcase[count(failure) + count(error) > 1])"), 0));

	int nsuite = (int)xpath_num(doc, "count(/testsuites/testsuite)");
	for (int i = 1; i <= nsuite; i++) {
		char expr[320];
		snprintf(expr, sizeof expr,
			 "count(/testsuites/testsuite[%d]/testcase) = "
			 "number(/testsuites/testsuite[%d]/@tests) and "
			 "count(/testsuites/testsuite[%d]/testcase[failure]) = "
			 "number(/testsuites/testsuite[%d]/@failures)", i, i, i, i);
		cr_assert(eq(dbl, xpath_num(doc, expr), 1.0), "suite %d counts", i);
	}

	int ncase = (int)xpath_num(doc, "count(//testcase)");
	char **key = xcalloc((size_t)ncase + 1, sizeof *key);
	for (int i = 1; i <= ncase; i++) {
		char expr[80];
		snprintf(expr, sizeof expr, "string((//testcase)[%d]/@classname)", i);
		char *cn = xpath_str(doc, expr);
		snprintf(expr, sizeof expr, "string((//testcase)[%d]/@name)", i);
		char *nm = xpath_str(doc, expr);
		/* A separator no XML text can hold. */
		key[i - 1] = xasprintf("%s\x1f%s", cn, nm);
		free(cn);
		free(nm);
		for (int j = 0; j < i - 1; j++)
			cr_assert(strcmp(key[j], key[i - 1]) != 0,
				  "duplicate classname+name %s", key[j]);
	}
	for (int i = 0; i < ncase; i++)
		free(key[i]);
	free(key);

	/* A finding without any file (no check's finding lacks one) can only
	 * say "fwlint:"; it lives under classname "fwlint". */
	int nfail = (int)xpath_num(doc, "count(//failure[not(../@classname = 'fwlint')])");
	for (int i = 1; i <= nfail; i++) {
		char expr[120];
		snprintf(expr, sizeof expr,
			 "string((//failure[not(../@classname = 'fwlint')])[%d]/@message)", i);
		char *m = xpath_str(doc, expr);
		cr_assert(has_loc_prefix(m), "message without FILE:LINE:COL: %s", m);
		free(m);
		/* The text holds only the details, and begins with the
		 * place too when there are any. */
		snprintf(expr, sizeof expr,
			 "string((//failure[not(../@classname = 'fwlint')])[%d])", i);
		m = xpath_str(doc, expr);
		cr_assert(m[0] == '\0' || has_loc_prefix(m), "text without FILE:LINE:COL: %s", m);
		free(m);
		snprintf(expr, sizeof expr, "string((//failure)[%d]/@type)", i);
		m = xpath_str(doc, expr);
		cr_assert(m[0] != '\0', "failure without a type");
		free(m);
	}
}

static const char *corpus_dir(void)
{
	const char *env = getenv("FWLINT_CORPUS");
	return env && *env ? env : "../shared/corpus";
}

/* The Jenkins schema's path; skips the test when the corpus is absent. */
static void schema_path(char *path, size_t n)
{
	snprintf(path, n, "%s/schemas/junit-10.xsd", corpus_dir());
	if (access(path, R_OK) != 0)
		cr_skip_test("no JUnit schema at %s (set FWLINT_CORPUS to the corpus)",
			     path);
}

static void validate_junit(xmlDocPtr doc, const char *path)
{
	xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(path);
	cr_assert(pc != NULL);
	xmlSchemaPtr schema = xmlSchemaParse(pc);
	cr_assert(schema != NULL, "cannot parse %s", path);
	xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
	int rc = xmlSchemaValidateDoc(vc, doc);
	xmlSchemaFreeValidCtxt(vc);
	xmlSchemaFree(schema);
	xmlSchemaFreeParserCtxt(pc);
	cr_assert(eq(int, rc, 0), "report does not validate against %s", path);
}

/* A report like a run with topology: two firewalls, flows and rules as
 * cases, findings on some, findings attached to none. */
/* What main sets before a writer runs (report.h): a finding of a check at
 * fail_on or above fails the run. */
static void set_fails(report *r, int fail_on)
{
	r->fail_on = fail_on;
	r->status = 0;
	for (size_t i = 0; i < r->diags.n; i++) {
		diag *d = &r->diags.v[i];
		d->fails = d->check && d->level != DIAG_NOTE && (int)d->level >= fail_on;
		if (d->fails)
			r->status = 1;
		if (!d->check && d->level == DIAG_ERROR)
			r->status = 2;
	}
}

static void sample_report(report *r)
{
	report_init(r);
	int edge = report_suite(r, "firewall edge", "edge.rules");
	int wan = report_suite(r, "firewall wan", "wan-acl.cfg");
	int c0 = report_case(r, edge, "edge.rules",
			     "TCP corp 10.1.0.0/16 -> EXCH1 10.1.0.10:135 (mapi)");
	int c1 = report_case(r, edge, "edge.rules", "rule at line 9");
	int c2 = report_case(r, wan, "wan-acl.cfg", "TCP corp -> LON1:25 (smtp)");
	(void)report_case(r, wan, "wan-acl.cfg", "passes");

	diag *d = diag_add(&r->diags, DIAG_ERROR, check_name(CHECK_MISSING_OPENING),
			   at("edge.rules", 17, 1), "%s is dropped by this rule",
			   "TCP corp 10.1.0.0/16 -> EXCH1 10.1.0.10:135 (mapi: RPC endpoint mapper)");
	d->tcase = c0;
	d = diag_add(&r->diags, DIAG_WARNING, check_name(CHECK_OVER_PERMISSIVE),
		     at("edge.rules", 9, 1), "this rule lets through more than needed");
	add_example(d, "TCP 198.51.100.7:1024 -> 10.1.0.10:22", "ports 1-24, 26-65535");
	d->tcase = c1;
	d = diag_add(&r->diags, DIAG_NOTE, NULL, at("edge.rules", 17, 1),
		     "two equally short paths: the flow must pass both");
	d->tcase = c0;
	d = diag_add(&r->diags, DIAG_ERROR, check_name(CHECK_RETURN_BLOCKED),
		     at("wan-acl.cfg", 4, 3), "replies are dropped");
	d->tcase = c2;
	/* Not attached: a second shadowed rule in edge.rules joins the first
	 * in one synthetic case; a topology error gets its own suite. */
	diag_add(&r->diags, DIAG_WARNING, check_name(CHECK_SHADOWED_RULE),
		 at("edge.rules", 30, 1), "no packet reaches this rule");
	diag_add(&r->diags, DIAG_WARNING, check_name(CHECK_SHADOWED_RULE),
		 at("edge.rules", 31, 1), "no packet reaches this rule");
	diag_add(&r->diags, DIAG_ERROR, NULL, at("site.topo", 3, 8),
		 "unknown server EXCH9");
	diag_add(&r->diags, DIAG_ERROR, check_name(CHECK_PARSE_ERROR), at("extra.rules", 0, 0),
		 "empty file");
	set_fails(r, DIAG_ERROR);
}

/* ---------------------------------------------------------- model */

Test(report_model, case_dedup_keeps_order)
{
	report r;
	report_init(&r);
	int s = report_suite(&r, "firewall edge", "edge.rules");
	int t = report_suite(&r, "firewall wan", NULL);
	cr_assert(eq(int, s, 0));
	cr_assert(eq(int, t, 1));
	cr_assert(eq(int, report_case(&r, s, "a", "x"), 0));
	cr_assert(eq(int, report_case(&r, s, "a", "y"), 1));
	/* The same pair in another suite is the same case: unique per report. */
	cr_assert(eq(int, report_case(&r, t, "a", "x"), 0));
	/* "a"+"bc" is not "ab"+"c". */
	cr_assert(eq(int, report_case(&r, s, "ab", "c"), 2));
	cr_assert(eq(int, report_case(&r, s, "a", "bc"), 3));
	cr_assert(eq(int, report_find_case(&r, "ab", "c"), 2));
	cr_assert(eq(int, report_find_case(&r, "a", "z"), -1));
	cr_assert(eq(int, report_case(&r, 7, "a", "q"), -1));
	cr_assert(eq(int, report_case(&r, -1, "a", "q"), -1));
	cr_assert(eq(sz, r.ncase, 4));
	cr_assert(eq(str, r.tcase[1].name, "y"));
	report_free(&r);
}

Test(report_model, many_cases)
{
	report r;
	report_init(&r);
	int s = report_suite(&r, "f", "f");
	for (int i = 0; i < 20000; i++) {
		char name[32];
		snprintf(name, sizeof name, "rule %d", i);
		cr_assert(eq(int, report_case(&r, s, "f", name), i));
	}
	for (int i = 0; i < 20000; i += 997) {
		char name[32];
		snprintf(name, sizeof name, "rule %d", i);
		cr_assert(eq(int, report_case(&r, s, "f", name), i));
	}
	cr_assert(eq(sz, r.ncase, 20000));
	report_free(&r);
}

Test(report_model, sort_is_stable_and_ordered)
{
	report r;
	report_init(&r);
	diag_add(&r.diags, DIAG_ERROR, "b", at("z.rules", 2, 1), "first");
	diag_add(&r.diags, DIAG_ERROR, "b", at("a.rules", 10, 1), "m");
	diag_add(&r.diags, DIAG_ERROR, "b", at("a.rules", 2, 5), "m");
	diag_add(&r.diags, DIAG_ERROR, "b", at("a.rules", 2, 1), "m");
	diag_add(&r.diags, DIAG_ERROR, "a", at("a.rules", 2, 1), "m");
	diag_add(&r.diags, DIAG_ERROR, NULL, at("a.rules", 2, 1), "m");
	diag_add(&r.diags, DIAG_ERROR, NULL, SRCLOC_NONE, "no file");
	diag *d = diag_add(&r.diags, DIAG_ERROR, "b", at("z.rules", 2, 1), "first");
	d->tcase = 42; /* a twin of the first: must stay after it */
	diag_add(&r.diags, DIAG_ERROR, "b", at("a.rules", 2, 1), "a message");

	report_sort(&r);
	const char *want[] = {
		"(null) 0 0 (null) no file",
		"a.rules 2 1 (null) m",
		"a.rules 2 1 a m",
		"a.rules 2 1 b a message",
		"a.rules 2 1 b m",
		"a.rules 2 5 b m",
		"a.rules 10 1 b m",
		"z.rules 2 1 b first",
		"z.rules 2 1 b first",
	};
	cr_assert(eq(sz, r.diags.n, sizeof want / sizeof *want));
	for (size_t i = 0; i < r.diags.n; i++) {
		const diag *e = &r.diags.v[i];
		char *got = xasprintf("%s %d %d %s %s", e->file ? e->file : "(null)",
				      e->loc.line, e->loc.col,
				      e->check ? e->check : "(null)", e->msg);
		cr_assert(eq(str, got, (char *)want[i]));
		free(got);
		/* The location still names the record's own file string. */
		cr_assert(e->loc.file == e->file);
	}
	cr_assert(eq(int, r.diags.v[7].tcase, -1));
	cr_assert(eq(int, r.diags.v[8].tcase, 42));
	report_free(&r);
}

/* ---------------------------------------------------------- text */

Test(report_text, exact_output)
{
	report r;
	sample_report(&r);
	diag_add(&r.diags, DIAG_WARNING, NULL, SRCLOC_NONE, "no firewall in %s",
		 "site.topo");
	diag_add(&r.diags, DIAG_NOTE, check_name(CHECK_UNRESOLVED), at("pf.conf", 12, 0),
		 "note without a column");
	char *got = capture(&r, report_write_text, false);
	cr_assert(eq(str, got,
		"edge.rules:17:1: error: missing-opening: TCP corp 10.1.0.0/16 -> EXCH1 10.1.0.10:135 (mapi: RPC endpoint mapper) is dropped by this rule\n"
		"edge.rules:9:1: warning: over-permissive: this rule lets through more than needed; e.g. TCP 198.51.100.7:1024 -> 10.1.0.10:22; excess: ports 1-24, 26-65535\n"
		"edge.rules:17:1: note: two equally short paths: the flow must pass both\n"
		"wan-acl.cfg:4:3: error: return-blocked: replies are dropped\n"
		"edge.rules:30:1: warning: shadowed-rule: no packet reaches this rule\n"
		"edge.rules:31:1: warning: shadowed-rule: no packet reaches this rule\n"
		"site.topo:3:8: error: unknown server EXCH9\n"
		"extra.rules: error: parse-error: empty file\n"
		"fwlint: warning: no firewall in site.topo\n"
		"pf.conf:12: note: unresolved: note without a column\n"
		"4 errors, 4 warnings\n"));
	free(got);

	got = capture(&r, report_write_text, true);
	cr_assert(strstr(got, "errors") == NULL);
	cr_assert(eq(int, (int)strlen(got) > 0 && got[strlen(got) - 1] == '\n', 1));
	free(got);
	report_free(&r);
}

Test(report_text, singular_and_empty)
{
	report r;
	report_init(&r);
	char *got = capture(&r, report_write_text, false);
	cr_assert(eq(str, got, "0 errors, 0 warnings\n"));
	free(got);
	got = capture(&r, report_write_text, true);
	cr_assert(eq(str, got, ""));
	free(got);

	diag_add(&r.diags, DIAG_ERROR, check_name(CHECK_PARSE_ERROR), at("a", 1, 2), "x");
	diag_add(&r.diags, DIAG_WARNING, check_name(CHECK_UNRESOLVED), at("a", 3, 4), "y");
	diag_add(&r.diags, DIAG_NOTE, NULL, at("a", 5, 6), "z");
	got = capture(&r, report_write_text, false);
	cr_assert(eq(str, got,
		     "a:1:2: error: parse-error: x\n"
		     "a:3:4: warning: unresolved: y\n"
		     "a:5:6: note: z\n"
		     "1 error, 1 warning\n"));
	free(got);
	report_free(&r);
}

Test(report_text, one_finding_one_line)
{
	report r;
	report_init(&r);
	diag *d = diag_add(&r.diags, DIAG_ERROR, check_name(CHECK_PARSE_ERROR),
			   at("evil\nname.rules", 2, 1),
			   "unexpected \"-A\r\nFORWARD\"\x1b[31m red\ttab \xff\xfe");
	add_example(d, "line\none", "a\rb");
	char *got = capture(&r, report_write_text, true);
	cr_assert(eq(str, got,
		     "evil name.rules:2:1: error: parse-error: unexpected \"-A  FORWARD\"?[31m red\ttab \xff\xfe; e.g. line one; excess: a b\n"));
	free(got);
	report_free(&r);
}

Test(report_text, write_error_is_reported)
{
	report r;
	sample_report(&r);
	FILE *f = fopen("/dev/full", "w");
	if (!f)
		cr_skip_test("no /dev/full");
	errno = 0;
	cr_assert(eq(int, report_write_text(&r, f, false), -1));
	cr_assert(eq(int, errno, ENOSPC));
	fclose(f);
	report_free(&r);
}

Test(report_text, line_helper_flags)
{
	report r;
	report_init(&r);
	diag *d = diag_add(&r.diags, DIAG_ERROR, check_name(CHECK_PARSE_ERROR),
			   at("f.rules", 0, 0), "empty file");
	add_example(d, "TCP a -> b", "x");
	char *s = report_diag_line(d, REPORT_LINE_FULL_LOC);
	cr_assert(eq(str, s, "f.rules:1:1: error: parse-error: empty file"));
	free(s);
	s = report_diag_line(d, REPORT_LINE_FULL_LOC | REPORT_LINE_EXTRA |
			     REPORT_LINE_SPLIT);
	cr_assert(eq(str, s, "f.rules:1:1: error: parse-error: empty file\n"
		     "e.g. TCP a -> b\nexcess: x"));
	free(s);
	d->loc.line = 7;
	s = report_diag_line(d, REPORT_LINE_FULL_LOC);
	cr_assert(eq(str, s, "f.rules:7:1: error: parse-error: empty file"));
	free(s);
	report_free(&r);
}

/* ---------------------------------------------------------- JUnit */

Test(report_junit, structure_and_mapping)
{
	report r;
	sample_report(&r);
	char *xml = capture(&r, junit_writer, false);
	xmlDocPtr doc = parse_xml(xml);

	check_junit_structure(doc);
	/* edge: the flow, the rule, two shadowed rules, parse-error,
	 * unresolved and unused-suppression passed; wan: the flow, "passes"
	 * and its four file checks; site.topo: the topology error;
	 * extra.rules: parse-error. */
	cr_assert(eq(dbl, xpath_num(doc, "number(/testsuites/@tests)"), 15));
	cr_assert(eq(dbl, xpath_num(doc, "number(/testsuites/@failures)"), 3));
	cr_assert(eq(dbl, xpath_num(doc, "number(/testsuites/@errors)"), 1));
	cr_assert(eq(dbl, xpath_num(doc, "count(/testsuites/testsuite)"), 4));
	char *s = xpath_str(doc, "string(/testsuites/@name)");
	cr_assert(eq(str, s, "fwlint"));
	free(s);

	s = xpath_str(doc, "string(/testsuites/testsuite[1]/@file)");
	cr_assert(eq(str, s, "edge.rules"));
	free(s);
	cr_assert(eq(dbl, xpath_num(doc, "number(/testsuites/testsuite[1]/@tests)"), 7));
	/* One test per shadowed rule, both warnings below --fail-on: they
	 * pass and say it in <system-out>. */
	cr_assert(eq(dbl, xpath_num(doc,
		"count(/testsuites/testsuite[1]/testcase[@classname='edge.rules' and "
		"@name='shadowed-rule: every rule can match a packet']/system-out)"), 1));
	s = xpath_str(doc, "string(//testcase[@name='shadowed-rule: every rule can match a packet [at 31:1]']/system-out)");
	cr_assert(eq(str, s, "edge.rules:31:1: warning: shadowed-rule: no packet reaches this rule"));
	free(s);
	cr_assert(eq(dbl, xpath_num(doc, "count(//testcase[starts-with(@name, 'shadowed-rule')]/failure)"), 0));
	/* The note is output, not a failure. */
	s = xpath_str(doc, "string(/testsuites/testsuite[1]/testcase[1]/system-out)");
	cr_assert(eq(str, s, "edge.rules:17:1: note: two equally short paths: the flow must pass both"));
	free(s);
	cr_assert(eq(dbl, xpath_num(doc, "count(/testsuites/testsuite[1]/testcase[1]/failure)"), 1));
	/* The message once: in message=, and the text empty without details. */
	s = xpath_str(doc, "string(/testsuites/testsuite[1]/testcase[1]/failure/@message)");
	cr_assert(eq(str, s, "edge.rules:17:1: error: missing-opening: TCP corp 10.1.0.0/16 -> EXCH1 10.1.0.10:135 (mapi: RPC endpoint mapper) is dropped by this rule"));
	free(s);
	s = xpath_str(doc, "string(/testsuites/testsuite[1]/testcase[1]/failure)");
	cr_assert(eq(str, s, ""));
	free(s);

	/* A warning below --fail-on is no failure. */
	cr_assert(eq(dbl, xpath_num(doc, "count(//testcase[@name='rule at line 9']/failure)"), 0));
	s = xpath_str(doc, "string(//testcase[@name='rule at line 9']/system-out)");
	cr_assert(eq(str, s, "edge.rules:9:1: warning: over-permissive: this rule lets through more than needed; e.g. TCP 198.51.100.7:1024 -> 10.1.0.10:22; excess: ports 1-24, 26-65535"));
	free(s);

	/* Passing file checks of a suite's file. */
	cr_assert(eq(dbl, xpath_num(doc,
		"count(//testsuite[1]/testcase[@classname='edge.rules' and "
		"@name='parse-error: the firewall would load the file' and not(*)])"), 1));
	cr_assert(eq(dbl, xpath_num(doc,
		"count(//testsuite[2]/testcase[@classname='wan-acl.cfg' and not(*)])"), 5));

	/* Unmatched files get suites of their own, with file=; a topology
	 * error is an <error>. */
	s = xpath_str(doc, "string(/testsuites/testsuite[3]/@name)");
	cr_assert(eq(str, s, "site.topo"));
	free(s);
	s = xpath_str(doc, "string(/testsuites/testsuite[3]/testcase/error/@type)");
	cr_assert(eq(str, s, "topology-error"));
	free(s);
	s = xpath_str(doc, "string(/testsuites/testsuite[3]/testcase/error/@message)");
	cr_assert(eq(str, s, "site.topo:3:8: error: unknown server EXCH9"));
	free(s);
	cr_assert(eq(dbl, xpath_num(doc, "number(/testsuites/testsuite[3]/@errors)"), 1));
	s = xpath_str(doc, "string(/testsuites/testsuite[4]/testcase/failure/@message)");
	cr_assert(eq(str, s, "extra.rules:1:1: error: parse-error: empty file"));
	free(s);

	/* The passing case is there, without a failure. */
	cr_assert(eq(dbl, xpath_num(doc, "count(//testcase[@name='passes']/*)"), 0));

	xmlFreeDoc(doc);
	free(xml);
	report_free(&r);
}

Test(report_junit, fail_on_decides_failures)
{
	report r;
	sample_report(&r);
	set_fails(&r, DIAG_WARNING);
	char *xml = capture(&r, junit_writer, false);
	xmlDocPtr doc = parse_xml(xml);
	check_junit_structure(doc);
	/* The rule and both shadowed rules fail too now. */
	cr_assert(eq(dbl, xpath_num(doc, "number(/testsuites/@failures)"), 6));
	char *s = xpath_str(doc, "string(//testcase[@name='rule at line 9']/failure)");
	cr_assert(eq(str, s, "edge.rules:9:1: e.g. TCP 198.51.100.7:1024 -> 10.1.0.10:22\n"
		     "excess: ports 1-24, 26-65535"));
	free(s);
	xmlFreeDoc(doc);
	free(xml);

	set_fails(&r, REPORT_FAIL_NEVER);
	xml = capture(&r, junit_writer, false);
	doc = parse_xml(xml);
	check_junit_structure(doc);
	cr_assert(eq(dbl, xpath_num(doc, "number(/testsuites/@failures)"), 0));
	/* The topology error is still an error: it is no finding. */
	cr_assert(eq(dbl, xpath_num(doc, "number(/testsuites/@errors)"), 1));
	cr_assert(eq(dbl, xpath_num(doc, "count(//testcase/system-out)"), 6));
	xmlFreeDoc(doc);
	free(xml);
	report_free(&r);
}

Test(report_junit, exact_small_document)
{
	report r;
	report_init(&r);
	int s = report_suite(&r, "firewall edge", "edge.rules");
	int c = report_case(&r, s, "edge.flows", "flow is open");
	diag *d = diag_add(&r.diags, DIAG_ERROR, check_name(CHECK_MISSING_OPENING),
			   at("edge.rules", 3, 1), "dropped");
	add_example(d, "TCP a -> b", NULL);
	diag_add_related(d, at("org.topo", 7, 2), "the flow is required here");
	d->tcase = c;
	d = diag_add(&r.diags, DIAG_ERROR, check_name(CHECK_RETURN_BLOCKED),
		     at("edge.rules", 4, 1), "replies dropped");
	d->tcase = c;
	set_fails(&r, DIAG_ERROR);
	char *xml = capture(&r, junit_writer, false);
	cr_assert(eq(str, xml,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<testsuites name=\"fwlint\" tests=\"6\" failures=\"2\" errors=\"0\">\n"
		"  <testsuite name=\"firewall edge\" tests=\"6\" failures=\"2\" errors=\"0\" skipped=\"0\" id=\"0\" file=\"edge.rules\">\n"
		"    <testcase classname=\"edge.flows\" name=\"flow is open\">\n"
		"      <failure message=\"edge.rules:3:1: error: missing-opening: dropped\" type=\"missing-opening\">edge.rules:3:1: e.g. TCP a -&gt; b\n"
		"org.topo:7:2: note: the flow is required here</failure>\n"
		"    </testcase>\n"
		"    <testcase classname=\"edge.flows\" name=\"flow is open [return-blocked at 4:1]\">\n"
		"      <failure message=\"edge.rules:4:1: error: return-blocked: replies dropped\" type=\"return-blocked\"/>\n"
		"    </testcase>\n"
		"    <testcase classname=\"edge.rules\" name=\"parse-error: the firewall would load the file\"/>\n"
		"    <testcase classname=\"edge.rules\" name=\"shadowed-rule: every rule can match a packet\"/>\n"
		"    <testcase classname=\"edge.rules\" name=\"unresolved: fwlint knows what every construct does\"/>\n"
		"    <testcase classname=\"edge.rules\" name=\"unused-suppression: every suppression covers a finding\"/>\n"
		"  </testsuite>\n"
		"</testsuites>\n"));
	free(xml);
	report_free(&r);
}

Test(report_junit, empty_report_validates)
{
	report r;
	report_init(&r);
	char *xml = capture(&r, junit_writer, false);
	xmlDocPtr doc = parse_xml(xml);
	check_junit_structure(doc);
	cr_assert(eq(dbl, xpath_num(doc, "number(/testsuites/@tests)"), 0));
	xmlFreeDoc(doc);
	free(xml);
	report_free(&r);
}

/* A run that exits 2 because its topology does not load: errors without a
 * check, no suite. */
static void exit2_report(report *rp)
{
	report_init(rp);
	diag_error(&rp->diags, at("org.topo", 4, 6), "duplicate name 'dmz'");
	diag_error(&rp->diags, at("org.topo", 8, 19), "unknown zone 'corp'");
	diag_error(&rp->diags, SRCLOC_NONE, "no topology at all");
	set_fails(rp, DIAG_ERROR);
}

Test(report_junit, exit2_report_says_why)
{
	report r;
	exit2_report(&r);
	char *xml = capture(&r, junit_writer, false);
	xmlDocPtr doc = parse_xml(xml);
	check_junit_structure(doc);
	cr_assert(eq(dbl, xpath_num(doc, "number(/testsuites/@errors)"), 3));
	cr_assert(eq(dbl, xpath_num(doc, "number(/testsuites/@failures)"), 0));
	char *s = xpath_str(doc, "string(//testcase[@classname='org.topo' and "
			    "@name='topology-error: the topology loads [at 8:19]']/error/@message)");
	cr_assert(eq(str, s, "org.topo:8:19: error: unknown zone 'corp'"));
	free(s);
	s = xpath_str(doc, "string(//testsuite[@name='fwlint']/testcase/error/@message)");
	cr_assert(eq(str, s, "fwlint: error: no topology at all"));
	free(s);
	xmlFreeDoc(doc);
	free(xml);
	report_free(&r);
}

static void synthetic_report(report *rp)
{
	report_init(rp);
	int s = report_suite(rp, "firewall edge", "edge.rules");
	/* Real cases that happen to look like synthetic ones. */
	int c = report_case(rp, s, "edge.rules", "shadowed-rule: every rule can match a packet");
	(void)report_case(rp, s, "edge.rules",
			  "shadowed-rule: every rule can match a packet [at 30:1]");
	(void)report_case(rp, s, "fwlint", "usage-error: the command line is valid");
	diag *d = diag_add(&rp->diags, DIAG_ERROR, check_name(CHECK_MISSING_OPENING),
			   at("edge.rules", 3, 1), "dropped");
	d->tcase = c;
	diag_add(&rp->diags, DIAG_WARNING, check_name(CHECK_SHADOWED_RULE),
		 at("edge.rules", 30, 1), "unreachable");
	diag_add(&rp->diags, DIAG_WARNING, check_name(CHECK_SHADOWED_RULE),
		 at("edge.rules", 30, 1), "unreachable");
	diag_add(&rp->diags, DIAG_ERROR, NULL, SRCLOC_NONE, "no file at all");
	diag_add(&rp->diags, DIAG_ERROR, NULL, SRCLOC_NONE, "again");
	/* Out of range: treated as attached to nothing. */
	d = diag_add(&rp->diags, DIAG_ERROR, check_name(CHECK_PARSE_ERROR), at("edge.rules", 1, 1), "x");
	d->tcase = 99;
	set_fails(rp, DIAG_ERROR);
}

Test(report_junit, synthetic_names_stay_unique)
{
	report r;
	synthetic_report(&r);
	char *xml = capture(&r, junit_writer, false);
	xmlDocPtr doc = parse_xml(xml);
	check_junit_structure(doc);
	cr_assert(eq(dbl, xpath_num(doc,
		"count(//testcase[@classname='edge.rules' and "
		"@name='shadowed-rule: every rule can match a packet #2']/system-out)"), 1));
	cr_assert(eq(dbl, xpath_num(doc,
		"count(//testcase[@classname='edge.rules' and "
		"@name='shadowed-rule: every rule can match a packet [at 30:1] #2']/system-out)"), 1));
	cr_assert(eq(dbl, xpath_num(doc,
		"count(//testsuite[@name='fwlint' and not(@file)]/testcase[@classname='fwlint' and "
		"@name='usage-error: the command line is valid #2']/error)"), 1));
	cr_assert(eq(dbl, xpath_num(doc,
		"count(//testcase[@classname='fwlint' and "
		"@name='usage-error: the command line is valid [in fwlint]']/error)"), 1));
	cr_assert(eq(dbl, xpath_num(doc,
		"count(//testcase[@classname='edge.rules' and "
		"@name='parse-error: the firewall would load the file']/failure)"), 1));
	xmlFreeDoc(doc);
	free(xml);
	report_free(&r);
}

static void hostile_report(report *rp)
{
	report_init(rp);
	int s = report_suite(rp, "firewall \x01<evil>&\"'", "dir/\xff\xfe.rules");
	int c = report_case(rp, s, "dir/\xff\xfe.rules", "]]> <!-- \x7f \xc0\xaf");
	static const char hostile[] =
		"ctl \x01\x02\x08\x0b\x0c\x1b[0m nl\nend cr\r "
		"bad \xff \xc3 \xe2\x82 \xed\xa0\x80 \xf4\x90\x80\x80 \xc0\x80 "
		"nonchar \xef\xbf\xbe \xef\xbf\xbf "
		"ok \xc3\xa9 \xe2\x82\xac \xf0\x9f\x94\xa5 "
		"xml <a href=\"x\">&amp;</a> ]]> <![CDATA[ x ]]>";
	diag *d = diag_add(&rp->diags, DIAG_ERROR, check_name(CHECK_PARSE_ERROR),
			   at("dir/\xff\xfe.rules", 1, 1), "%s", hostile);
	add_example(d, hostile, hostile);
	diag_add_related(d, at("dir/\xff\xfe.rules", 2, 2), "%s", hostile);
	d->tcase = c;
	d = diag_add(&rp->diags, DIAG_NOTE, NULL, at("dir/\xff\xfe.rules", 1, 1),
		     "%s", hostile);
	d->tcase = c;
	diag_add(&rp->diags, DIAG_WARNING, check_name(CHECK_UNRESOLVED),
		 at("other\x01\xff.rules", 2, 2), "%s", hostile);
	diag_add(&rp->diags, DIAG_NOTE, NULL, at("other\x01\xff.rules", 2, 2), "%s", hostile);
	diag_error(&rp->diags, at("top \xff.topo", 1, 1), "%s", hostile);
	set_fails(rp, DIAG_WARNING);
}

Test(report_junit, hostile_text)
{
	report r;
	hostile_report(&r);
	char *xml = capture(&r, junit_writer, false);
	xmlDocPtr doc = parse_xml(xml);
	check_junit_structure(doc);
	char *m = xpath_str(doc, "string(//failure/@message)");
	/* One line, valid text kept, the rest replaced. */
	cr_assert(strchr(m, '\n') == NULL);
	cr_assert(strstr(m, "ok \xc3\xa9 \xe2\x82\xac \xf0\x9f\x94\xa5") != NULL);
	cr_assert(strstr(m, "bad \xef\xbf\xbd ") != NULL);
	cr_assert(strstr(m, "<a href=\"x\">&amp;</a> ]]>") != NULL);
	free(m);
	/* The details: three lines, each of one line of the input. */
	m = xpath_str(doc, "string(//failure)");
	size_t lines = 0;
	for (char *p = m; *p; p++)
		lines += *p == '\n';
	cr_assert(eq(sz, lines, 2));
	free(m);
	xmlFreeDoc(doc);
	free(xml);
	report_free(&r);
}

Test(report_junit, write_error_is_reported)
{
	report r;
	sample_report(&r);
	FILE *f = fopen("/dev/full", "w");
	if (!f)
		cr_skip_test("no /dev/full");
	errno = 0;
	cr_assert(eq(int, report_write_junit(&r, f), -1));
	cr_assert(eq(int, errno, ENOSPC));
	fclose(f);
	report_free(&r);
}

/* Validation against the Jenkins schema, apart from the structure tests so
 * that a missing corpus skips only these. */
static void empty_report(report *r)
{
	report_init(r);
}

static void validate_report(void (*build)(report *))
{
	char path[4096];
	schema_path(path, sizeof path);
	report r;
	build(&r);
	char *xml = capture(&r, junit_writer, false);
	xmlDocPtr doc = parse_xml(xml);
	validate_junit(doc, path);
	xmlFreeDoc(doc);
	free(xml);
	report_free(&r);
}

Test(junit_schema, sample)
{
	validate_report(sample_report);
}

Test(junit_schema, empty)
{
	validate_report(empty_report);
}

Test(junit_schema, synthetic)
{
	validate_report(synthetic_report);
}

Test(junit_schema, hostile)
{
	validate_report(hostile_report);
}

Test(junit_schema, exit2)
{
	validate_report(exit2_report);
}

/* ---------------------------------------------------------- atomic */

typedef struct wr_arg {
	const char *text;
	size_t repeat;
	int fail;     /* return this after writing */
	int fail_errno;
	bool careless; /* ignore fputs' result, as careless writers do */
} wr_arg;

static int write_text(FILE *out, void *p)
{
	const wr_arg *a = p;
	for (size_t i = 0; i < a->repeat; i++)
		if (fputs(a->text, out) == EOF && !a->careless)
			return -1;
	if (a->fail) {
		errno = a->fail_errno;
		return a->fail;
	}
	return 0;
}

static char *make_tmpdir(void)
{
	char *dir = xstrdup("/tmp/fwlint-test-XXXXXX");
	cr_assert(mkdtemp(dir) != NULL);
	return dir;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	cr_assert(f != NULL, "cannot open %s", path);
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	int c;
	while ((c = getc(f)) != EOF)
		putc(c, m);
	fclose(f);
	fclose(m);
	return buf;
}

static void write_plain(const char *path, const char *text, mode_t mode)
{
	FILE *f = fopen(path, "w");
	cr_assert(f != NULL);
	fputs(text, f);
	cr_assert(eq(int, fclose(f), 0));
	cr_assert(eq(int, chmod(path, mode), 0));
}

/* Entries in dir other than . and .. */
static int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	cr_assert(d != NULL);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

static void remove_tree(char *dir)
{
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *e;
		while ((e = readdir(d))) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			char *p = xasprintf("%s/%s", dir, e->d_name);
			unlink(p);
			free(p);
		}
		closedir(d);
	}
	rmdir(dir);
	free(dir);
}

Test(atomic, writes_and_sets_mode)
{
	umask(022);
	char *dir = make_tmpdir();
	char *path = xasprintf("%s/report.xml", dir);
	wr_arg a = { .text = "hello\n", .repeat = 2 };
	cr_assert(eq(int, write_file_atomically(path, write_text, &a), 0));
	char *got = slurp(path);
	cr_assert(eq(str, got, "hello\nhello\n"));
	free(got);
	struct stat st;
	cr_assert(eq(int, stat(path, &st), 0));
	cr_assert(eq(int, (int)(st.st_mode & 07777), 0644));
	cr_assert(eq(int, count_entries(dir), 1));

	/* Replacing keeps the old file's mode. */
	cr_assert(eq(int, chmod(path, 0640), 0));
	a.text = "new\n";
	a.repeat = 1;
	cr_assert(eq(int, write_file_atomically(path, write_text, &a), 0));
	got = slurp(path);
	cr_assert(eq(str, got, "new\n"));
	free(got);
	cr_assert(eq(int, stat(path, &st), 0));
	cr_assert(eq(int, (int)(st.st_mode & 07777), 0640));
	cr_assert(eq(int, count_entries(dir), 1));
	free(path);
	remove_tree(dir);
}

Test(atomic, relative_path)
{
	char *dir = make_tmpdir();
	char *cwd = getcwd(NULL, 0);
	cr_assert(eq(int, chdir(dir), 0));
	wr_arg a = { .text = "x", .repeat = 1 };
	cr_assert(eq(int, write_file_atomically("out.txt", write_text, &a), 0));
	char *got = slurp("out.txt");
	cr_assert(eq(str, got, "x"));
	free(got);
	cr_assert(eq(int, chdir(cwd), 0));
	free(cwd);
	cr_assert(eq(int, count_entries(dir), 1));
	remove_tree(dir);
}

Test(atomic, callback_failure_keeps_old_file)
{
	char *dir = make_tmpdir();
	char *path = xasprintf("%s/report.txt", dir);
	write_plain(path, "old\n", 0644);
	wr_arg a = { .text = "partial new content\n", .repeat = 100,
		      .fail = -1, .fail_errno = EPIPE };
	errno = 0;
	cr_assert(eq(int, write_file_atomically(path, write_text, &a), -1));
	cr_assert(eq(int, errno, EPIPE));
	char *got = slurp(path);
	cr_assert(eq(str, got, "old\n"));
	free(got);
	cr_assert(eq(int, count_entries(dir), 1));
	free(path);
	remove_tree(dir);
}

Test(atomic, no_folder)
{
	char *dir = make_tmpdir();
	char *path = xasprintf("%s/missing/report.txt", dir);
	wr_arg a = { .text = "x", .repeat = 1 };
	errno = 0;
	cr_assert(eq(int, write_file_atomically(path, write_text, &a), -1));
	cr_assert(eq(int, errno, ENOENT));
	cr_assert(eq(int, count_entries(dir), 0));
	free(path);
	remove_tree(dir);
}

Test(atomic, read_only_folder)
{
	if (geteuid() == 0)
		cr_skip_test("root writes into read-only folders");
	char *dir = make_tmpdir();
	char *path = xasprintf("%s/report.txt", dir);
	write_plain(path, "old\n", 0644);
	cr_assert(eq(int, chmod(dir, 0555), 0));
	wr_arg a = { .text = "x", .repeat = 1000 };
	errno = 0;
	cr_assert(eq(int, write_file_atomically(path, write_text, &a), -1));
	cr_assert(eq(int, errno, EACCES));
	cr_assert(eq(int, chmod(dir, 0755), 0));
	char *got = slurp(path);
	cr_assert(eq(str, got, "old\n"));
	free(got);
	cr_assert(eq(int, count_entries(dir), 1));
	free(path);
	remove_tree(dir);
}

Test(atomic, stream_error_keeps_old_file)
{
	char *dir = make_tmpdir();
	char *path = xasprintf("%s/report.txt", dir);
	write_plain(path, "old\n", 0644);
	/* A file size limit makes write(2) fail with EFBIG, as a full disk
	 * would with ENOSPC.  Criterion runs each test in its own process,
	 * so the limit ends with the test. */
	signal(SIGXFSZ, SIG_IGN);
	struct rlimit rl = { 4096, 4096 };
	cr_assert(eq(int, setrlimit(RLIMIT_FSIZE, &rl), 0));
	/* Whether the callback notices or not: a careless one is caught by
	 * the ferror/fflush after it. */
	for (int careless = 0; careless < 2; careless++) {
		wr_arg a = { .text = "0123456789abcdef", .repeat = 1024,
			      .careless = careless };
		errno = 0;
		cr_assert(eq(int, write_file_atomically(path, write_text, &a), -1));
		cr_assert(eq(int, errno, EFBIG));
	}
	char *got = slurp(path);
	cr_assert(eq(str, got, "old\n"));
	free(got);
	cr_assert(eq(int, count_entries(dir), 1));
	free(path);
	remove_tree(dir);
}

static int write_junit_cb(FILE *out, void *arg)
{
	return report_write_junit(arg, out);
}

Test(atomic, junit_report_round_trip)
{
	report r;
	sample_report(&r);
	char *dir = make_tmpdir();
	char *path = xasprintf("%s/report.xml", dir);
	cr_assert(eq(int, write_file_atomically(path, write_junit_cb, &r), 0));
	xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
	cr_assert(doc != NULL);
	check_junit_structure(doc);
	xmlFreeDoc(doc);
	free(path);
	remove_tree(dir);
	report_free(&r);
}

static void ignore_xml_error(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	(void)err;
}

/* The validation above can fail: a suite without its required counts. */
Test(junit_schema, rejects_invalid)
{
	char path[4096];
	schema_path(path, sizeof path);
	xmlDocPtr doc = parse_xml("<testsuites><testsuite name=\"x\"/></testsuites>");
	xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(path);
	xmlSchemaPtr schema = xmlSchemaParse(pc);
	xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
	/* Keep the expected complaint off the test log. */
	xmlSchemaSetValidStructuredErrors(vc, ignore_xml_error, NULL);
	cr_assert(xmlSchemaValidateDoc(vc, doc) != 0);
	xmlSchemaFreeValidCtxt(vc);
	xmlSchemaFree(schema);
	xmlSchemaFreeParserCtxt(pc);
	xmlFreeDoc(doc);
}
