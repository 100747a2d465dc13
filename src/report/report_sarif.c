/* report_sarif.c - the SARIF 2.1.0 report (fwlint(1), OUTPUT), for GitHub
 * code scanning and the other consumers of the OASIS Static Analysis
 * Results Interchange Format (SARIF v2.1.0, OASIS Standard, 2020).
 *
 *   { "$schema": ..., "version": "2.1.0",
 *     "runs": [ { "tool": { "driver": { "name": "fwlint", "version", ...,
 *                                      "rules": [ one per check ] } },
 *                 "invocations": [ { "executionSuccessful", "exitCode",
 *                                    "toolExecutionNotifications" } ],
 *                 "results": [ one per finding of a check ] } ] }
 *
 * Mapping (SARIF section numbers in brackets):
 * - A check is a reportingDescriptor in tool.driver.rules [3.49], in the
 *   order of fwlint --list-checks; its id is the check name, its name the
 *   check name in Pascal case, its defaultConfiguration.level [3.50.3] the
 *   check's level.
 * - A finding of a check (error or warning) is a result [3.27]: ruleId and
 *   ruleIndex, level, message.text (the message, then "; e.g. EXAMPLE" and
 *   "; excess: EXCESS" when it has them), one location (the file as given,
 *   as a relative URI reference, percent-encoded [3.4.3]; an absolute path
 *   as a file: URI; region startLine/startColumn only when known),
 *   relatedLocations for the places that explain it, and
 *   partialFingerprints {"fwlint/v1": FINGERPRINT} [3.27.17] when it has one.
 * - What is not a finding goes to invocations[0].toolExecutionNotifications
 *   [3.20.21]: the errors without a check that made the run exit 2 (a file
 *   that cannot be read, a topology that does not load) and every note (a
 *   note of a check names it as associatedRule), then one note for each
 *   check whose findings --max-findings cut ("N more findings of CHECK left
 *   out").  executionSuccessful is
 *   false exactly when the run exits 2; exitCode is the exit status.
 * - Deterministic: keys in a fixed order, no time stamps, no absolute paths
 *   of our own, the same input gives the same bytes.
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "report_int.h"
#include "xalloc.h"

#ifndef FWLINT_VERSION
#define FWLINT_VERSION "0.0.0"
#endif

#define SARIF_SCHEMA \
	"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

/* Where fwlint's documentation is: its manual page, as a man: URI (the form
 * systemd's Documentation= uses, systemd.unit(5)). */
#define FWLINT_INFO_URI "man:fwlint(1)"

static const char *sarif_level(enum diag_level l)
{
	switch (l) {
	case DIAG_ERROR: return "error";
	case DIAG_WARNING: return "warning";
	case DIAG_NOTE: return "note";
	}
	return "none";
}

/* RFC 3986 section 2.3: what a URI path may hold unescaped.  Everything
 * else, ':' too (a relative reference whose first segment holds ':' would
 * read as a scheme), is percent-encoded byte by byte, so bytes that are not
 * UTF-8 survive as %XX. */
static bool uri_plain(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
	       c == '~' || c == '/';
}

static char *file_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	bool absolute = path[0] == '/';
	size_t n = strlen(path);
	char *out = xmalloc(n * 3 + sizeof "file://"), *o = out;

	if (absolute) {
		memcpy(o, "file://", 7);
		o += 7;
	}
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (uri_plain(*p)) {
			*o++ = (char)*p;
		} else {
			*o++ = '%';
			*o++ = hex[*p >> 4];
			*o++ = hex[*p & 15];
		}
	}
	*o = '\0';
	return out;
}

/* A physicalLocation [3.29] for file, line and column; NULL without a
 * file. */
static json_t *physical(json_doc *j, const char *file, int line, int col)
{
	if (!file)
		return NULL;
	json_t *phys = rj_obj(j);
	json_t *art = rj_obj(j);
	char *uri = file_uri(file);
	rj_set(j, art, "uri", rj_str(j, uri));
	free(uri);
	rj_set(j, phys, "artifactLocation", art);
	if (line > 0) {
		json_t *region = rj_obj(j);
		rj_set(j, region, "startLine", rj_int(j, line));
		if (col > 0)
			rj_set(j, region, "startColumn", rj_int(j, col));
		rj_set(j, phys, "region", region);
	}
	return phys;
}

static json_t *message(json_doc *j, const char *text)
{
	json_t *m = rj_obj(j);
	rj_set(j, m, "text", rj_str(j, text));
	return m;
}

/* The message, the example packet and the excess, one line (the text
 * report's wording). */
static char *result_text(const diag *d)
{
	return xasprintf("%s%s%s%s%s", d->msg,
			 d->example ? "; e.g. " : "", d->example ? d->example : "",
			 d->excess ? "; excess: " : "", d->excess ? d->excess : "");
}

/* A rule's friendly name [3.49.7]: the check's name in Pascal case
 * ("missing-opening" -> "MissingOpening"), as SARIF recommends. */
static char *friendly_name(const char *check)
{
	char *out = xmalloc(strlen(check) + 1), *o = out;
	bool up = true;
	for (const char *p = check; *p; p++) {
		if (*p == '-') {
			up = true;
			continue;
		}
		*o++ = up && *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p;
		up = false;
	}
	*o = '\0';
	return out;
}

/* The checks of the run: r->checks (fwlint diff's), or check_table. */
static const check_def *run_checks(const report *r, size_t *n)
{
	*n = r->checks ? r->nchecks : CHECK_COUNT;
	return r->checks ? r->checks : check_table;
}

static const check_def *run_check_find(const report *r, const char *name)
{
	size_t n;
	const check_def *t = run_checks(r, &n);
	for (size_t i = 0; name && i < n; i++)
		if (!strcmp(t[i].name, name))
			return &t[i];
	return NULL;
}

static json_t *driver(json_doc *j, const report *r)
{
	json_t *drv = rj_obj(j);
	rj_set(j, drv, "name", rj_str(j, "fwlint"));
	rj_set(j, drv, "version", rj_str(j, FWLINT_VERSION));
	rj_set(j, drv, "semanticVersion", rj_str(j, FWLINT_VERSION));
	rj_set(j, drv, "informationUri", rj_str(j, FWLINT_INFO_URI));
	json_t *rules = rj_arr(j);
	size_t nchecks;
	const check_def *table = run_checks(r, &nchecks);
	for (size_t i = 0; i < nchecks; i++) {
		const check_def *c = &table[i];
		json_t *rule = rj_obj(j);
		rj_set(j, rule, "id", rj_str(j, c->name));
		char *name = friendly_name(c->name);
		rj_set(j, rule, "name", rj_str(j, name));
		free(name);
		rj_set(j, rule, "shortDescription", message(j, c->desc));
		char *full = xasprintf("%s: %s%s.", c->name, c->desc,
				       check_needs_topology(c) ?
				       " (checked with a topology, -t)" : "");
		rj_set(j, rule, "fullDescription", message(j, full));
		free(full);
		char *help = xasprintf("See fwlint(1), section CHECKS, %s.", c->name);
		rj_set(j, rule, "help", message(j, help));
		free(help);
		json_t *conf = rj_obj(j);
		rj_set(j, conf, "level", rj_str(j, sarif_level(c->level)));
		rj_set(j, rule, "defaultConfiguration", conf);
		rj_push(j, rules, rule);
	}
	rj_set(j, drv, "rules", rules);
	return drv;
}

static json_t *result(json_doc *j, const diag *d, const check_def *c, size_t index)
{
	json_t *res = rj_obj(j);
	rj_set(j, res, "ruleId", rj_str(j, c->name));
	rj_set(j, res, "ruleIndex", rj_int(j, (long long)index));
	rj_set(j, res, "level", rj_str(j, sarif_level(d->level)));
	char *text = result_text(d);
	rj_set(j, res, "message", message(j, text));
	free(text);
	json_t *phys = physical(j, d->file, d->loc.line, d->loc.col);
	json_t *locs = rj_arr(j);
	if (phys) {
		json_t *loc = rj_obj(j);
		rj_set(j, loc, "physicalLocation", phys);
		rj_push(j, locs, loc);
	}
	rj_set(j, res, "locations", locs);
	if (d->fingerprint) {
		json_t *fp = rj_obj(j);
		rj_set(j, fp, "fwlint/v1", rj_str(j, d->fingerprint));
		rj_set(j, res, "partialFingerprints", fp);
	}
	if (d->nrelated) {
		json_t *rel = rj_arr(j);
		for (size_t i = 0; i < d->nrelated; i++) {
			const diag_related *p = &d->related[i];
			json_t *loc = rj_obj(j);
			rj_set(j, loc, "id", rj_int(j, (long long)i + 1));
			rj_set(j, loc, "physicalLocation",
			       physical(j, p->file, p->loc.line, p->loc.col));
			rj_set(j, loc, "message", message(j, p->msg));
			rj_push(j, rel, loc);
		}
		rj_set(j, res, "relatedLocations", rel);
	}
	return res;
}

static json_t *notification(json_doc *j, const diag *d, const check_def *c, size_t index)
{
	json_t *n = rj_obj(j);
	rj_set(j, n, "level", rj_str(j, sarif_level(d->level)));
	char *text = result_text(d);
	rj_set(j, n, "message", message(j, text));
	free(text);
	json_t *phys = physical(j, d->file, d->loc.line, d->loc.col);
	if (phys) {
		json_t *locs = rj_arr(j);
		json_t *loc = rj_obj(j);
		rj_set(j, loc, "physicalLocation", phys);
		rj_push(j, locs, loc);
		rj_set(j, n, "locations", locs);
	}
	if (c) {
		json_t *rule = rj_obj(j);
		rj_set(j, rule, "id", rj_str(j, c->name));
		rj_set(j, rule, "index", rj_int(j, (long long)index));
		rj_set(j, n, "associatedRule", rule);
	}
	return n;
}

int report_write_sarif(const report *r, FILE *out)
{
	json_doc j = { false };
	json_t *doc = rj_obj(&j);
	rj_set(&j, doc, "$schema", rj_str(&j, SARIF_SCHEMA));
	rj_set(&j, doc, "version", rj_str(&j, "2.1.0"));

	json_t *run = rj_obj(&j);
	json_t *tool = rj_obj(&j);
	rj_set(&j, tool, "driver", driver(&j, r));
	rj_set(&j, run, "tool", tool);

	json_t *notes = rj_arr(&j);
	json_t *results = rj_arr(&j);
	for (size_t i = 0; i < r->diags.n; i++) {
		const diag *d = &r->diags.v[i];
		const check_def *c = run_check_find(r, d->check);
		size_t ntab;
		size_t index = c ? (size_t)(c - run_checks(r, &ntab)) : 0;
		/* A note is a notification about a check's work, unless notes
		 * are what the check reports (fwlint diff's flow-opened). */
		if (c && (d->level != DIAG_NOTE || c->level == DIAG_NOTE))
			rj_push(&j, results, result(&j, d, c, index));
		else
			rj_push(&j, notes, notification(&j, d, c, index));
	}

	/* What --max-findings left out is said, so that no count is lost
	 * without a word. */
	for (size_t i = 0; i < r->nhidden; i++) {
		const check_def *c = run_check_find(r, r->hidden[i].check);
		size_t ntab;
		size_t index = c ? (size_t)(c - run_checks(r, &ntab)) : 0;
		json_t *n = rj_obj(&j);
		rj_set(&j, n, "level", rj_str(&j, "note"));
		char *text = xasprintf("%zu more finding%s of %s left out (--max-findings)",
				       r->hidden[i].n, r->hidden[i].n == 1 ? "" : "s",
				       r->hidden[i].check);
		rj_set(&j, n, "message", message(&j, text));
		free(text);
		if (c) {
			json_t *rule = rj_obj(&j);
			rj_set(&j, rule, "id", rj_str(&j, c->name));
			rj_set(&j, rule, "index", rj_int(&j, (long long)index));
			rj_set(&j, n, "associatedRule", rule);
		}
		rj_push(&j, notes, n);
	}

	json_t *inv = rj_obj(&j);
	rj_set(&j, inv, "executionSuccessful", json_boolean(r->status != 2));
	rj_set(&j, inv, "exitCode", rj_int(&j, r->status));
	rj_set(&j, inv, "toolExecutionNotifications", notes);
	json_t *invs = rj_arr(&j);
	rj_push(&j, invs, inv);
	rj_set(&j, run, "invocations", invs);
	rj_set(&j, run, "results", results);

	json_t *runs = rj_arr(&j);
	rj_push(&j, runs, run);
	rj_set(&j, doc, "runs", runs);

	int rc = rj_write(&j, doc, out);
	json_decref(doc);
	return rc;
}
