/* report_codequality.c - the GitLab Code Quality report (fwlint(1),
 * OUTPUT): the subset of the Code Climate issue format that GitLab's merge
 * request widget reads (GitLab documentation, "Code Quality", section
 * "Code Quality report format"), described by docs/codequality.schema.json.
 *
 *   [ { "description": "FILE:LINE:COL: missing-opening: ...",
 *       "check_name": "missing-opening",
 *       "fingerprint": "0123456789abcdef",
 *       "severity": "critical",
 *       "location": { "path": "edge.rules", "lines": { "begin": 30 } } } ]
 *
 * - Every diagnostic that names a file is an issue: a finding of a check,
 *   an error without one (check_name "fwlint-error": a file that cannot be
 *   read, a topology that does not load) and a note.  GitLab needs a path,
 *   so a diagnostic without a file is left out (fwlint(1) says so).
 * - severity: an error that fails the run (--fail-on) is "critical", one
 *   that does not "major"; an error without a check "blocker"; a warning
 *   that fails "major", else "minor"; a note "info".
 * - fingerprint: the finding's own (stable across runs, see fwlint(1)),
 *   else 16 hex digits of FNV-1a over the check, file, line, column, level
 *   and message.  GitLab shows only one issue per fingerprint, so one that
 *   an earlier issue of the report has already is hashed again with "#2",
 *   "#3"... until it is new.
 * - lines.begin is the line, or 1 when it is unknown (GitLab requires it).
 */
#include "report.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>

#include "hash.h"
#include "report_int.h"
#include "xalloc.h"

static const char *severity(const diag *d)
{
	switch (d->level) {
	case DIAG_ERROR:
		if (!d->check)
			return "blocker";
		return d->fails ? "critical" : "major";
	case DIAG_WARNING:
		return d->fails ? "major" : "minor";
	case DIAG_NOTE:
		return "info";
	}
	return "info";
}

static uint64_t hash_field(uint64_t h, const char *s)
{
	/* A NUL after each field keeps "a"+"bc" apart from "ab"+"c". */
	return fnv1a_byte(fnv1a_str(h, s ? s : ""), 0);
}

/* The fingerprint of a finding that has none of its own. */
static char *fallback_fingerprint(const diag *d)
{
	char num[64];
	uint64_t h = FNV1A_INIT;
	h = hash_field(h, d->check ? d->check : "");
	h = hash_field(h, d->file);
	snprintf(num, sizeof num, "%d:%d", d->loc.line, d->loc.col);
	h = hash_field(h, num);
	h = hash_field(h, diag_level_name(d->level));
	h = hash_field(h, d->msg);
	return xasprintf("%016" PRIx64, h);
}

/* The fingerprints given so far: open addressing over their hashes,
 * load <= 1/2; slot 0 means empty, so a hash of 0 is stored as 1. */
typedef struct fpset {
	uint64_t *slot;
	size_t cap, n;
} fpset;

static uint64_t fp_key(const char *fp)
{
	uint64_t h = fnv1a_str(FNV1A_INIT, fp);
	return h ? h : 1;
}

static uint64_t *fp_slot(const fpset *s, const char *fp)
{
	uint64_t k = fp_key(fp);
	size_t i = (size_t)k & (s->cap - 1);
	while (s->slot[i] && s->slot[i] != k)
		i = (i + 1) & (s->cap - 1);
	return &s->slot[i];
}

/* Whether fp was new; it is added. */
static bool fp_add(fpset *s, const char *fp)
{
	if ((s->n + 1) * 2 > s->cap) {
		fpset t = { xcalloc(s->cap ? s->cap * 2 : 64, sizeof *t.slot),
			    s->cap ? s->cap * 2 : 64, s->n };
		for (size_t i = 0; i < s->cap; i++)
			if (s->slot[i]) {
				size_t k = (size_t)s->slot[i] & (t.cap - 1);
				while (t.slot[k])
					k = (k + 1) & (t.cap - 1);
				t.slot[k] = s->slot[i];
			}
		free(s->slot);
		*s = t;
	}
	uint64_t *p = fp_slot(s, fp);
	if (*p)
		return false;
	*p = fp_key(fp);
	s->n++;
	return true;
}

/* A fingerprint no earlier issue has (up to a collision of 64-bit hashes,
 * which only makes GitLab show one issue less). */
static char *unique_fingerprint(fpset *seen, const diag *d)
{
	char *fp = d->fingerprint ? xstrdup(d->fingerprint) : fallback_fingerprint(d);
	for (unsigned k = 2; !fp_add(seen, fp); k++) {
		char *again = xasprintf("%s#%u", fp, k);
		free(fp);
		fp = xasprintf("%016" PRIx64, fnv1a_str(FNV1A_INIT, again));
		free(again);
	}
	return fp;
}

static json_t *issue(json_doc *j, fpset *seen, const diag *d)
{
	json_t *o = rj_obj(j);
	char *line = report_diag_line(d, REPORT_LINE_EXTRA);
	rj_set(j, o, "description", rj_str(j, line));
	free(line);
	rj_set(j, o, "check_name", rj_str(j, d->check ? d->check : "fwlint-error"));
	char *fp = unique_fingerprint(seen, d);
	rj_set(j, o, "fingerprint", rj_str(j, fp));
	free(fp);
	rj_set(j, o, "severity", rj_str(j, severity(d)));
	json_t *loc = rj_obj(j);
	rj_set(j, loc, "path", rj_str(j, d->file));
	json_t *lines = rj_obj(j);
	rj_set(j, lines, "begin", rj_int(j, d->loc.line > 0 ? d->loc.line : 1));
	rj_set(j, loc, "lines", lines);
	rj_set(j, o, "location", loc);
	return o;
}

int report_write_codequality(const report *r, FILE *out)
{
	json_doc j = { false };
	json_t *doc = rj_arr(&j);
	fpset seen = { NULL, 0, 0 };
	for (size_t i = 0; i < r->diags.n; i++)
		if (r->diags.v[i].file)
			rj_push(&j, doc, issue(&j, &seen, &r->diags.v[i]));
	free(seen.slot);
	int rc = rj_write(&j, doc, out);
	json_decref(doc);
	return rc;
}
