/* report_json.c - fwlint's own JSON report (fwlint(1), OUTPUT), described
 * by the JSON Schema docs/fwlint-report.schema.json.
 *
 *   { "version": 1,
 *     "tool": { "name": "fwlint", "version": "0.1.0" },
 *     "status": 1, "fail_on": "error",
 *     "summary": { "errors": 2, "warnings": 1, "notes": 0, "failing": 2,
 *                  "suppressed": 0, "baseline": 0 },
 *     "hidden": [ { "check": "over-permissive", "count": 3 } ],
 *     "suites": [ { "name": "firewall edge", "file": "edge.rules" } ],
 *     "findings": [ { "check": "missing-opening", "level": "error",
 *                     "fails": true, "file": "edge.rules", "line": 30,
 *                     "column": 1, "message": "...", "example": "...",
 *                     "excess": null, "related": [ { "file", "line",
 *                     "column", "message" } ], "fingerprint": "...",
 *                     "suite": "firewall edge" } ] }
 *
 * "version" is the version of this format: a field is only ever added
 * within a version; renaming, removing or changing the meaning of one makes
 * version 2.  Every key of a finding is always there (null when unknown: a
 * line of 0, no file, no example), in that order, so that a reader needs
 * no defaults.  Every diagnostic is a finding, in the order of the text
 * report: those of a check, the errors without one (check null: what made
 * the run exit 2) and the notes.  Deterministic: the same input gives the
 * same bytes.
 */
#include "report.h"

#include <string.h>

#include "report_int.h"

#ifndef FWLINT_VERSION
#define FWLINT_VERSION "0.0.0"
#endif

/* The format's version (see the top). */
#define FWLINT_JSON_VERSION 1

static json_t *opt_int(json_doc *j, int v)
{
	return v > 0 ? rj_int(j, v) : json_null();
}

static json_t *finding(json_doc *j, const report *r, const diag *d)
{
	json_t *f = rj_obj(j);
	rj_set(j, f, "check", rj_str(j, d->check));
	rj_set(j, f, "level", rj_str(j, diag_level_name(d->level)));
	rj_set(j, f, "fails", json_boolean(d->fails));
	rj_set(j, f, "file", rj_str(j, d->file));
	rj_set(j, f, "line", opt_int(j, d->loc.line));
	rj_set(j, f, "column", opt_int(j, d->loc.line > 0 ? d->loc.col : 0));
	rj_set(j, f, "message", rj_str(j, d->msg));
	rj_set(j, f, "example", rj_str(j, d->example));
	rj_set(j, f, "excess", rj_str(j, d->excess));
	json_t *rel = rj_arr(j);
	for (size_t i = 0; i < d->nrelated; i++) {
		const diag_related *p = &d->related[i];
		json_t *o = rj_obj(j);
		rj_set(j, o, "file", rj_str(j, p->file));
		rj_set(j, o, "line", opt_int(j, p->loc.line));
		rj_set(j, o, "column", opt_int(j, p->loc.line > 0 ? p->loc.col : 0));
		rj_set(j, o, "message", rj_str(j, p->msg));
		rj_push(j, rel, o);
	}
	rj_set(j, f, "related", rel);
	rj_set(j, f, "fingerprint", rj_str(j, d->fingerprint));
	int s = report_diag_suite(r, d);
	rj_set(j, f, "suite", s >= 0 ? rj_str(j, r->suite[s].name) : json_null());
	json_t *fx = rj_arr(j);
	for (size_t i = 0; i < d->fixes.n; i++) {
		const fixit *x = &d->fixes.v[i];
		json_t *o = rj_obj(j);
		rj_set(j, o, "file", rj_str(j, x->file));
		rj_set(j, o, "line", opt_int(j, x->line));
		rj_set(j, o, "text", rj_str(j, x->text));
		rj_set(j, o, "command", rj_str(j, x->command));
		rj_push(j, fx, o);
	}
	rj_set(j, f, "fixes", fx);
	rj_set(j, f, "nofix", rj_str(j, d->nofix));
	return f;
}

int report_write_json(const report *r, FILE *out)
{
	json_doc j = { false };
	json_t *doc = rj_obj(&j);
	rj_set(&j, doc, "version", rj_int(&j, FWLINT_JSON_VERSION));
	json_t *tool = rj_obj(&j);
	rj_set(&j, tool, "name", rj_str(&j, "fwlint"));
	rj_set(&j, tool, "version", rj_str(&j, FWLINT_VERSION));
	rj_set(&j, doc, "tool", tool);
	rj_set(&j, doc, "status", rj_int(&j, r->status));
	rj_set(&j, doc, "fail_on", rj_str(&j, report_fail_on_name(r->fail_on)));

	size_t n[3] = { 0, 0, 0 }, failing = 0;
	for (size_t i = 0; i < r->diags.n; i++) {
		n[r->diags.v[i].level]++;
		failing += r->diags.v[i].fails;
	}
	json_t *sum = rj_obj(&j);
	rj_set(&j, sum, "errors", rj_int(&j, (long long)n[DIAG_ERROR]));
	rj_set(&j, sum, "warnings", rj_int(&j, (long long)n[DIAG_WARNING]));
	rj_set(&j, sum, "notes", rj_int(&j, (long long)n[DIAG_NOTE]));
	rj_set(&j, sum, "failing", rj_int(&j, (long long)failing));
	rj_set(&j, sum, "suppressed", rj_int(&j, (long long)r->nsuppressed));
	rj_set(&j, sum, "baseline", rj_int(&j, (long long)r->nbaseline));
	rj_set(&j, doc, "summary", sum);

	json_t *hidden = rj_arr(&j);
	for (size_t i = 0; i < r->nhidden; i++) {
		json_t *h = rj_obj(&j);
		rj_set(&j, h, "check", rj_str(&j, r->hidden[i].check));
		rj_set(&j, h, "count", rj_int(&j, (long long)r->hidden[i].n));
		rj_push(&j, hidden, h);
	}
	rj_set(&j, doc, "hidden", hidden);

	json_t *suites = rj_arr(&j);
	for (size_t i = 0; i < r->nsuite; i++) {
		json_t *s = rj_obj(&j);
		rj_set(&j, s, "name", rj_str(&j, r->suite[i].name));
		rj_set(&j, s, "file", rj_str(&j, r->suite[i].file));
		rj_push(&j, suites, s);
	}
	rj_set(&j, doc, "suites", suites);

	json_t *findings = rj_arr(&j);
	for (size_t i = 0; i < r->diags.n; i++)
		rj_push(&j, findings, finding(&j, r, &r->diags.v[i]));
	rj_set(&j, doc, "findings", findings);

	int rc = rj_write(&j, doc, out);
	json_decref(doc);
	return rc;
}
