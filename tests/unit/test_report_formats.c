/* test_report_formats.c - the SARIF, JSON and Code Quality writers
 * (report_sarif.c, report_json.c, report_codequality.c) on reports built by
 * hand: their fields, hostile text, an empty report and a run that exits 2.
 * The documents are read back with Jansson, which rejects invalid UTF-8
 * and invalid JSON, so a document that parses is well-formed. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "check.h"
#include "report.h"
#include "xalloc.h"

typedef int (*writer_fn)(const report *r, FILE *out);

static srcloc at(const char *file, int line, int col)
{
	return (srcloc){ file, line, col, line, col };
}

/* Jansson's json_is_* are macros that Criterion's cr_assert() cannot take
 * as its first token: functions instead. */
static bool is_true(const json_t *v) { return json_is_true(v); }
static bool is_false(const json_t *v) { return json_is_false(v); }
static bool is_null(const json_t *v) { return json_is_null(v); }
static bool is_int(const json_t *v) { return json_is_integer(v); }
static bool missing(const json_t *obj, const char *key) { return json_object_get(obj, key) == NULL; }

static char *capture(const report *r, writer_fn fn)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	cr_assert(f != NULL);
	cr_assert(eq(int, fn(r, f), 0));
	cr_assert(eq(int, fclose(f), 0));
	return buf;
}

static json_t *parse(const char *text)
{
	json_error_t err;
	json_t *v = json_loads(text, JSON_REJECT_DUPLICATES, &err);
	cr_assert(v != NULL, "not JSON (%s, line %d):\n%s", err.text, err.line, text);
	return v;
}

/* The string at a JSON pointer-like path of keys and indices, "" when it
 * is not a string. */
static const char *str_at(json_t *v, const char *path)
{
	char *p = xstrdup(path), *save = NULL;
	for (char *k = strtok_r(p, "/", &save); k && v; k = strtok_r(NULL, "/", &save)) {
		if (json_is_array(v))
			v = json_array_get(v, strtoul(k, NULL, 10));
		else
			v = json_object_get(v, k);
	}
	free(p);
	return json_is_string(v) ? json_string_value(v) : "";
}

static json_t *at_path(json_t *v, const char *path)
{
	char *p = xstrdup(path), *save = NULL;
	for (char *k = strtok_r(p, "/", &save); k && v; k = strtok_r(NULL, "/", &save)) {
		if (json_is_array(v))
			v = json_array_get(v, strtoul(k, NULL, 10));
		else
			v = json_object_get(v, k);
	}
	free(p);
	return v;
}

static long long int_at(json_t *v, const char *path)
{
	json_t *x = at_path(v, path);
	cr_assert(is_int(x), "%s is not an integer", path);
	return json_integer_value(x);
}

static void set_fails(report *r, int fail_on)
{
	r->fail_on = fail_on;
	r->status = 0;
	for (size_t i = 0; i < r->diags.n; i++) {
		diag *d = &r->diags.v[i];
		d->fails = d->check && d->level != DIAG_NOTE && (int)d->level >= fail_on;
		if (d->fails && r->status == 0)
			r->status = 1;
		if (!d->check && d->level == DIAG_ERROR)
			r->status = 2;
	}
}

static void sample_report(report *r)
{
	report_init(r);
	int edge = report_suite(r, "firewall edge", "edge.rules");
	int c0 = report_case(r, edge, "edge.flows", "TCP corp -> EXCH1:135 (mapi) is open");
	diag *d = diag_add(&r->diags, DIAG_ERROR, check_name(CHECK_MISSING_OPENING),
			   at("edge.rules", 17, 3), "TCP corp -> EXCH1:135 is dropped by this rule");
	packet p;
	memset(&p, 0, sizeof p);
	diag_set_example(d, &p, "TCP 10.1.0.0:1024 -> 10.1.0.10:135");
	diag_add_related(d, at("org.topo", 12, 5), "the flow is required here");
	d->fingerprint = xstrdup("0123456789abcdef");
	d->tcase = c0;
	d = diag_add(&r->diags, DIAG_WARNING, check_name(CHECK_OVER_PERMISSIVE),
		     at("edge.rules", 23, 1), "this rule lets through more than needed");
	diag_set_excess(d, "ports 1-24");
	diag_add(&r->diags, DIAG_WARNING, check_name(CHECK_SHADOWED_RULE),
		 at("edge.rules", 30, 0), "no packet reaches this rule");
	diag_note(&r->diags, at("edge.rules", 17, 3), "two equally short paths");
	r->hidden = xcalloc(1, sizeof *r->hidden);
	r->hidden[0] = (report_hidden){ check_name(CHECK_SHADOWED_RULE), DIAG_WARNING, 4 };
	r->nhidden = 1;
	set_fails(r, DIAG_ERROR);
}

/* The run that exits 2: the topology does not load (errors without a
 * check, no suite). */
static void exit2_report(report *r)
{
	report_init(r);
	diag_error(&r->diags, at("org.topo", 4, 6), "duplicate name 'dmz'");
	diag_error(&r->diags, SRCLOC_NONE, "cannot find the rulesets");
	set_fails(r, DIAG_ERROR);
}

static const char hostile[] =
	"ctl \x01\x1b[0m nl\n\"quoted\" \\ bad \xff \xc3 \xed\xa0\x80 ok \xc3\xa9";

static void hostile_report(report *r)
{
	report_init(r);
	int s = report_suite(r, "firewall \"x\"\xff", "dir/a b:c\xff.rules");
	int c = report_case(r, s, "x", "y");
	diag *d = diag_add(&r->diags, DIAG_ERROR, check_name(CHECK_PARSE_ERROR),
			   at("dir/a b:c\xff.rules", 2, 4), "%s", hostile);
	packet p;
	memset(&p, 0, sizeof p);
	diag_set_example(d, &p, hostile);
	diag_set_excess(d, hostile);
	diag_add_related(d, at("/abs/t\xff.topo", 1, 1), "%s", hostile);
	d->tcase = c;
	diag_note(&r->diags, at("dir/a b:c\xff.rules", 2, 4), "%s", hostile);
	set_fails(r, DIAG_ERROR);
}

/* ---------------------------------------------------------- SARIF */

Test(report_sarif, fields)
{
	report r;
	sample_report(&r);
	char *text = capture(&r, report_write_sarif);
	json_t *doc = parse(text);

	cr_assert(eq(str, (char *)str_at(doc, "version"), "2.1.0"));
	json_t *run = at_path(doc, "runs/0");
	cr_assert(eq(sz, json_array_size(json_object_get(doc, "runs")), 1));
	cr_assert(eq(str, (char *)str_at(run, "tool/driver/name"), "fwlint"));
	cr_assert(eq(str, (char *)str_at(run, "tool/driver/version"), FWLINT_VERSION));
	json_t *rules = at_path(run, "tool/driver/rules");
	cr_assert(eq(str, (char *)str_at(rules, "1/name"), "MissingOpening"));
	cr_assert(eq(str, (char *)str_at(rules, "4/name"), "Rfc1006Mismatch"));
	cr_assert(eq(sz, json_array_size(rules), CHECK_COUNT));
	for (size_t i = 0; i < CHECK_COUNT; i++) {
		json_t *rule = json_array_get(rules, i);
		cr_assert(eq(str, (char *)str_at(rule, "id"), (char *)check_table[i].name));
		cr_assert(eq(str, (char *)str_at(rule, "shortDescription/text"),
			     (char *)check_table[i].desc));
		cr_assert(eq(str, (char *)str_at(rule, "defaultConfiguration/level"),
			     (char *)diag_level_name(check_table[i].level)));
	}

	json_t *results = json_object_get(run, "results");
	cr_assert(eq(sz, json_array_size(results), 3));
	json_t *res = json_array_get(results, 0);
	cr_assert(eq(str, (char *)str_at(res, "ruleId"), "missing-opening"));
	cr_assert(eq(int, (int)int_at(res, "ruleIndex"), CHECK_MISSING_OPENING));
	cr_assert(eq(str, (char *)str_at(res, "level"), "error"));
	cr_assert(eq(str, (char *)str_at(res, "message/text"),
		     "TCP corp -> EXCH1:135 is dropped by this rule; e.g. TCP 10.1.0.0:1024 -> 10.1.0.10:135"));
	cr_assert(eq(str, (char *)str_at(res, "locations/0/physicalLocation/artifactLocation/uri"),
		     "edge.rules"));
	cr_assert(eq(int, (int)int_at(res, "locations/0/physicalLocation/region/startLine"), 17));
	cr_assert(eq(int, (int)int_at(res, "locations/0/physicalLocation/region/startColumn"), 3));
	cr_assert(eq(str, (char *)json_string_value(json_object_get(
			json_object_get(res, "partialFingerprints"), "fwlint/v1")),
		     "0123456789abcdef"));
	cr_assert(eq(int, (int)int_at(res, "relatedLocations/0/id"), 1));
	cr_assert(eq(str, (char *)str_at(res, "relatedLocations/0/physicalLocation/artifactLocation/uri"),
		     "org.topo"));
	cr_assert(eq(str, (char *)str_at(res, "relatedLocations/0/message/text"),
		     "the flow is required here"));

	res = json_array_get(results, 1);
	cr_assert(eq(str, (char *)str_at(res, "level"), "warning"));
	cr_assert(eq(str, (char *)str_at(res, "message/text"),
		     "this rule lets through more than needed; excess: ports 1-24"));
	cr_assert(missing(res, "partialFingerprints"));
	cr_assert(missing(res, "relatedLocations"));
	/* An unknown column is left out, not written as 0. */
	res = json_array_get(results, 2);
	cr_assert(json_object_get(at_path(res, "locations/0/physicalLocation/region"),
				  "startColumn") == NULL);

	json_t *inv = at_path(run, "invocations/0");
	cr_assert(is_true(json_object_get(inv, "executionSuccessful")));
	cr_assert(eq(int, (int)int_at(inv, "exitCode"), 1));
	/* The note is a notification, not a result; so is what
	 * --max-findings left out. */
	cr_assert(eq(sz, json_array_size(json_object_get(inv, "toolExecutionNotifications")), 2));
	cr_assert(eq(str, (char *)str_at(inv, "toolExecutionNotifications/0/level"), "note"));
	cr_assert(eq(str, (char *)str_at(inv, "toolExecutionNotifications/1/message/text"),
		     "4 more findings of shadowed-rule left out (--max-findings)"));
	cr_assert(eq(str, (char *)str_at(inv, "toolExecutionNotifications/1/associatedRule/id"),
		     "shadowed-rule"));

	json_decref(doc);
	free(text);
	report_free(&r);
}

Test(report_sarif, exit2_says_why)
{
	report r;
	exit2_report(&r);
	char *text = capture(&r, report_write_sarif);
	json_t *doc = parse(text);
	json_t *inv = at_path(doc, "runs/0/invocations/0");
	cr_assert(is_false(json_object_get(inv, "executionSuccessful")));
	cr_assert(eq(int, (int)int_at(inv, "exitCode"), 2));
	cr_assert(eq(sz, json_array_size(json_object_get(inv, "toolExecutionNotifications")), 2));
	cr_assert(eq(str, (char *)str_at(inv, "toolExecutionNotifications/0/message/text"),
		     "duplicate name 'dmz'"));
	cr_assert(eq(str, (char *)str_at(inv, "toolExecutionNotifications/0/level"), "error"));
	cr_assert(eq(int, (int)int_at(inv,
		"toolExecutionNotifications/0/locations/0/physicalLocation/region/startLine"), 4));
	/* Without a file, no location at all. */
	cr_assert(missing(at_path(inv, "toolExecutionNotifications/1"), "locations"));
	cr_assert(eq(sz, json_array_size(at_path(doc, "runs/0/results")), 0));
	json_decref(doc);
	free(text);
	report_free(&r);
}

Test(report_sarif, hostile_text_and_uris)
{
	report r;
	hostile_report(&r);
	char *text = capture(&r, report_write_sarif);
	json_t *doc = parse(text);
	json_t *res = at_path(doc, "runs/0/results/0");
	/* Percent-encoded byte by byte: space, colon and the bad byte. */
	cr_assert(eq(str, (char *)str_at(res, "locations/0/physicalLocation/artifactLocation/uri"),
		     "dir/a%20b%3Ac%FF.rules"));
	cr_assert(eq(str, (char *)str_at(res, "relatedLocations/0/physicalLocation/artifactLocation/uri"),
		     "file:///abs/t%FF.topo"));
	const char *m = str_at(res, "message/text");
	cr_assert(strstr(m, "ctl \x01\x1b[0m nl\n\"quoted\" \\ bad \xef\xbf\xbd \xef\xbf\xbd ") != NULL, "%s", m);
	cr_assert(strstr(m, "ok \xc3\xa9") != NULL);
	/* Control characters are escaped in the text, never raw. */
	cr_assert(strchr(text, '\x01') == NULL);
	cr_assert(strchr(text, '\x1b') == NULL);
	json_decref(doc);
	free(text);
	report_free(&r);
}

/* ---------------------------------------------------------- JSON */

Test(report_json, fields)
{
	report r;
	sample_report(&r);
	char *text = capture(&r, report_write_json);
	json_t *doc = parse(text);
	cr_assert(eq(int, (int)int_at(doc, "version"), 1));
	cr_assert(eq(str, (char *)str_at(doc, "tool/name"), "fwlint"));
	cr_assert(eq(str, (char *)str_at(doc, "tool/version"), FWLINT_VERSION));
	cr_assert(eq(int, (int)int_at(doc, "status"), 1));
	cr_assert(eq(str, (char *)str_at(doc, "fail_on"), "error"));
	cr_assert(eq(int, (int)int_at(doc, "summary/errors"), 1));
	cr_assert(eq(int, (int)int_at(doc, "summary/warnings"), 2));
	cr_assert(eq(int, (int)int_at(doc, "summary/notes"), 1));
	cr_assert(eq(int, (int)int_at(doc, "summary/failing"), 1));
	cr_assert(eq(str, (char *)str_at(doc, "hidden/0/check"), "shadowed-rule"));
	cr_assert(eq(int, (int)int_at(doc, "hidden/0/count"), 4));
	cr_assert(eq(str, (char *)str_at(doc, "suites/0/name"), "firewall edge"));

	json_t *f = at_path(doc, "findings/0");
	static const char *const keys[] = { "check", "level", "fails", "file", "line",
		"column", "message", "example", "excess", "related", "fingerprint", "suite",
		"fixes", "nofix" };
	/* Every key, in this order. */
	const char *key;
	json_t *v;
	size_t k = 0;
	json_object_foreach(f, key, v) {
		cr_assert(k < sizeof keys / sizeof keys[0]);
		cr_assert(eq(str, (char *)key, (char *)keys[k]));
		k++;
	}
	cr_assert(eq(sz, k, sizeof keys / sizeof keys[0]));
	cr_assert(eq(str, (char *)str_at(f, "check"), "missing-opening"));
	cr_assert(is_true(json_object_get(f, "fails")));
	cr_assert(eq(int, (int)int_at(f, "line"), 17));
	cr_assert(eq(int, (int)int_at(f, "column"), 3));
	cr_assert(eq(str, (char *)str_at(f, "example"), "TCP 10.1.0.0:1024 -> 10.1.0.10:135"));
	cr_assert(is_null(json_object_get(f, "excess")));
	cr_assert(eq(str, (char *)str_at(f, "related/0/file"), "org.topo"));
	cr_assert(eq(int, (int)int_at(f, "related/0/line"), 12));
	cr_assert(eq(str, (char *)str_at(f, "fingerprint"), "0123456789abcdef"));
	cr_assert(eq(str, (char *)str_at(f, "suite"), "firewall edge"));
	/* A warning below --fail-on does not fail; the shadowed rule has no
	 * case but its file is the suite's. */
	cr_assert(is_false(at_path(doc, "findings/1/fails")));
	cr_assert(eq(str, (char *)str_at(doc, "findings/2/suite"), "firewall edge"));
	cr_assert(is_null(at_path(doc, "findings/2/column")));
	/* The note: no check. */
	cr_assert(is_null(at_path(doc, "findings/3/check")));
	cr_assert(eq(str, (char *)str_at(doc, "findings/3/level"), "note"));
	json_decref(doc);
	free(text);
	report_free(&r);
}

Test(report_json, exit2_and_empty)
{
	report r;
	exit2_report(&r);
	char *text = capture(&r, report_write_json);
	json_t *doc = parse(text);
	cr_assert(eq(int, (int)int_at(doc, "status"), 2));
	cr_assert(eq(int, (int)int_at(doc, "summary/errors"), 2));
	cr_assert(eq(int, (int)int_at(doc, "summary/failing"), 0));
	cr_assert(is_null(at_path(doc, "findings/0/check")));
	cr_assert(is_null(at_path(doc, "findings/1/file")));
	cr_assert(is_null(at_path(doc, "findings/1/suite")));
	cr_assert(eq(sz, json_array_size(json_object_get(doc, "suites")), 0));
	json_decref(doc);
	free(text);
	report_free(&r);

	report_init(&r);
	text = capture(&r, report_write_json);
	doc = parse(text);
	cr_assert(eq(sz, json_array_size(json_object_get(doc, "findings")), 0));
	cr_assert(eq(int, (int)int_at(doc, "status"), 0));
	json_decref(doc);
	free(text);
	report_free(&r);
}

Test(report_json, hostile_text)
{
	report r;
	hostile_report(&r);
	char *text = capture(&r, report_write_json);
	json_t *doc = parse(text);
	cr_assert(eq(str, (char *)str_at(doc, "findings/0/file"), "dir/a b:c\xef\xbf\xbd.rules"));
	const char *m = str_at(doc, "findings/0/message");
	cr_assert(strstr(m, "nl\n\"quoted\" \\ bad \xef\xbf\xbd") != NULL);
	cr_assert(strstr(str_at(doc, "findings/0/example"), "ok \xc3\xa9") != NULL);
	cr_assert(strstr(str_at(doc, "findings/0/related/0/message"), "ok \xc3\xa9") != NULL);
	cr_assert(eq(str, (char *)str_at(doc, "suites/0/name"), "firewall \"x\"\xef\xbf\xbd"));
	json_decref(doc);
	free(text);
	report_free(&r);
}

/* ---------------------------------------------------------- Code Quality */

Test(report_codequality, fields)
{
	report r;
	sample_report(&r);
	char *text = capture(&r, report_write_codequality);
	json_t *doc = parse(text);
	cr_assert(eq(sz, json_array_size(doc), 4));
	json_t *i0 = json_array_get(doc, 0);
	cr_assert(eq(str, (char *)str_at(i0, "check_name"), "missing-opening"));
	cr_assert(eq(str, (char *)str_at(i0, "fingerprint"), "0123456789abcdef"));
	cr_assert(eq(str, (char *)str_at(i0, "severity"), "critical"));
	cr_assert(eq(str, (char *)str_at(i0, "location/path"), "edge.rules"));
	cr_assert(eq(int, (int)int_at(i0, "location/lines/begin"), 17));
	cr_assert(eq(str, (char *)str_at(i0, "description"),
		     "edge.rules:17:3: error: missing-opening: TCP corp -> EXCH1:135 is dropped by this rule; e.g. TCP 10.1.0.0:1024 -> 10.1.0.10:135"));
	cr_assert(eq(str, (char *)str_at(doc, "1/severity"), "minor"));
	cr_assert(eq(str, (char *)str_at(doc, "3/severity"), "info"));
	/* Without a fingerprint of its own: 16 hex digits, distinct. */
	const char *f1 = str_at(doc, "1/fingerprint"), *f2 = str_at(doc, "2/fingerprint");
	cr_assert(eq(sz, strlen(f1), 16));
	cr_assert(eq(sz, strspn(f1, "0123456789abcdef"), 16));
	cr_assert(strcmp(f1, f2) != 0);
	json_decref(doc);
	free(text);

	/* --fail-on warning: the warning fails, so it ranks higher. */
	set_fails(&r, DIAG_WARNING);
	text = capture(&r, report_write_codequality);
	doc = parse(text);
	cr_assert(eq(str, (char *)str_at(doc, "1/severity"), "major"));
	json_decref(doc);
	free(text);
	report_free(&r);
}

Test(report_codequality, fingerprints_are_unique)
{
	report r;
	report_init(&r);
	/* Two findings alike in everything, and two that share the
	 * fingerprint given to them. */
	for (int i = 0; i < 2; i++)
		diag_add(&r.diags, DIAG_WARNING, check_name(CHECK_SHADOWED_RULE),
			 at("a.rules", 3, 1), "same");
	for (int i = 0; i < 2; i++) {
		diag *d = diag_add(&r.diags, DIAG_ERROR, check_name(CHECK_PARSE_ERROR),
				   at("a.rules", 4 + i, 1), "x");
		d->fingerprint = xstrdup("00000000000000aa");
	}
	set_fails(&r, DIAG_ERROR);
	char *text = capture(&r, report_write_codequality);
	json_t *doc = parse(text);
	cr_assert(eq(sz, json_array_size(doc), 4));
	for (size_t i = 0; i < 4; i++)
		for (size_t k = 0; k < i; k++)
			cr_assert(strcmp(str_at(json_array_get(doc, i), "fingerprint"),
					 str_at(json_array_get(doc, k), "fingerprint")) != 0,
				  "issues %zu and %zu share a fingerprint", k, i);
	/* The first keeps its own. */
	cr_assert(eq(str, (char *)str_at(doc, "2/fingerprint"), "00000000000000aa"));
	json_decref(doc);
	free(text);
	report_free(&r);
}

Test(report_codequality, exit2_and_empty)
{
	report r;
	exit2_report(&r);
	char *text = capture(&r, report_write_codequality);
	json_t *doc = parse(text);
	/* The error without a file cannot be placed: GitLab needs a path. */
	cr_assert(eq(sz, json_array_size(doc), 1));
	cr_assert(eq(str, (char *)str_at(doc, "0/check_name"), "fwlint-error"));
	cr_assert(eq(str, (char *)str_at(doc, "0/severity"), "blocker"));
	json_decref(doc);
	free(text);
	report_free(&r);

	report_init(&r);
	text = capture(&r, report_write_codequality);
	cr_assert(eq(str, text, "[]\n"));
	free(text);
	report_free(&r);
}

Test(report_codequality, hostile_text)
{
	report r;
	hostile_report(&r);
	char *text = capture(&r, report_write_codequality);
	json_t *doc = parse(text);
	cr_assert(eq(str, (char *)str_at(doc, "0/location/path"), "dir/a b:c\xef\xbf\xbd.rules"));
	/* The description is the text report's line: one line. */
	cr_assert(strchr(str_at(doc, "0/description"), '\n') == NULL);
	json_decref(doc);
	free(text);
	report_free(&r);
}

/* ---------------------------------------------------------- all three */

static const struct {
	const char *name;
	writer_fn fn;
} writers[] = {
	{ "sarif", report_write_sarif },
	{ "json", report_write_json },
	{ "codequality", report_write_codequality },
};

Test(report_formats, same_bytes_twice)
{
	report r;
	sample_report(&r);
	for (size_t i = 0; i < sizeof writers / sizeof writers[0]; i++) {
		char *a = capture(&r, writers[i].fn);
		char *b = capture(&r, writers[i].fn);
		cr_assert(eq(str, a, b), "%s", writers[i].name);
		/* Indented by 2, a final newline. */
		cr_assert(a[strlen(a) - 1] == '\n');
		free(a);
		free(b);
	}
	report_free(&r);
}

Test(report_formats, write_error_is_reported)
{
	report r;
	sample_report(&r);
	for (size_t i = 0; i < sizeof writers / sizeof writers[0]; i++) {
		FILE *f = fopen("/dev/full", "w");
		if (!f)
			cr_skip_test("no /dev/full");
		errno = 0;
		cr_assert(eq(int, writers[i].fn(&r, f), -1), "%s", writers[i].name);
		cr_assert(eq(int, errno, ENOSPC), "%s", writers[i].name);
		fclose(f);
	}
	report_free(&r);
}
