/* report_junit.c - the JUnit XML report, for CI (fwlint(1), OUTPUT).
 *
 * Valid against the Jenkins JUnit schema (junit-10.xsd of the Jenkins
 * xunit plugin; tests/junit-schema.sh validates with it):
 *
 *   <testsuites name="fwlint" tests= failures= errors=>
 *     <testsuite name= tests= failures= errors= skipped="0" id= file=?>
 *       <testcase classname= name=>                    a check that passed
 *       <testcase classname= name=>                    a finding that fails
 *         <failure message="FILE:LINE:COL: LEVEL: CHECK: MSG" type="CHECK">
 *           FILE:LINE:COL: e.g. EXAMPLE                (only the details)
 *           excess: EXCESS
 *           RELATED-FILE:LINE:COL: what the place is</failure>
 *       <testcase classname= name=>                    a finding below --fail-on
 *         <system-out>FILE:LINE:COL: warning: CHECK: MSG; e.g. ...</system-out>
 *       <testcase classname= name=>                    a read or topology error
 *         <error message="FILE:LINE:COL: error: MSG" type="read-error"/>
 *       <system-out>notes attached to no test case</system-out>
 *
 * Mapping:
 * - A report suite is a <testsuite>, file= its configuration's path (the
 *   schema has no file= on <testcase>).
 * - One <testcase> per finding: JUnit converters (junit-to-ctrf and
 *   others) keep only the first <failure> of a case.  A report case (a
 *   required flow through a firewall, an accepting rule audited) with no
 *   finding is one passing <testcase>; with findings, the first (in the
 *   report's order: file, line, column, check) takes the case's name, so a
 *   test keeps its name whether it passes or fails, and each further one
 *   the case's name and " [CHECK at LINE:COL]".
 * - A finding attached to no case goes to a test named after its check and
 *   its file (classname = the file, name = "CHECK: what it checks"), in the
 *   suite whose file= is that file, else in a suite of its own named after
 *   the file ("one per unmatched file"), without a file in a last suite
 *   "fwlint".  Further findings of the same check and file add " [at
 *   LINE:COL]".  The checks of a file (parse-error, shadowed-rule,
 *   unresolved) that found nothing in a suite's file are passing tests of
 *   the same names.
 * - <failure> only for a finding whose d->fails is set (it reaches
 *   --fail-on); any other finding's test passes and says it in
 *   <system-out>.  An error without a check (what makes the run exit 2) is
 *   an <error>: type "read-error" when its file is a configuration file of
 *   the report, "topology-error" when it is the topology, "usage-error"
 *   without a file (the command line), "read-error" for another file that
 *   cannot be read, else "configuration-error" (.fwlint, a baseline).  Notes are not findings: they go to
 *   the <system-out> of their case's first test, or of their suite.
 * - message= is one line that begins with FILE:LINE:COL: (an unknown line
 *   or column is written as 1), which GitHub's JUnit reporters parse; the
 *   element's text holds only what message= does not say (the example
 *   packet, the excess, the related places), so that viewers that show
 *   both do not show the message twice.  It is empty when there is nothing
 *   more.
 * - classname+name is unique in the document (GitLab merges test cases that
 *   share it): a name that is taken gets " #2", " #3"...  Names come from
 *   what is checked, never from a counter over the run, so they stay the
 *   same from one run to the next.
 * - tests = test cases, failures = those with a <failure>, errors = those
 *   with an <error>; <testsuites> holds the sums.  No timestamp, hostname
 *   or time: the same input gives the same bytes.
 *
 * Text from configuration files is hostile: bytes that are not UTF-8 and
 * characters that XML 1.0 forbids become U+FFFD before libxml2 sees them
 * (report_utf8.c).  The document is built in memory and written in one go
 * at the end, so the writer never leaves half an element on the stream.
 */
#include "report.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "check.h"
#include "hash.h"
#include "report_int.h"
#include "strbuf.h"
#include "xalloc.h"

/* ---------------------------------------------------------- layout */

enum jkind {
	J_PASS,    /* nothing found, or only notes */
	J_OUT,     /* a finding below --fail-on: <system-out> */
	J_FAILURE, /* a finding that fails the run */
	J_ERROR,   /* an error without a check */
};

typedef struct jcase {
	size_t suite;          /* output suite */
	const char *classname; /* borrowed from the report */
	char *name;            /* owned */
	enum jkind kind;
	const diag *d;         /* the finding, or NULL */
	/* Notes for <system-out>: notes[first..first+nnotes) of the layout. */
	size_t notes_first, nnotes;
} jcase;

/* Findings attached to no report case, grouped by suite, file and kind
 * (the check, "read-error" or "topology-error"). */
typedef struct jgroup {
	size_t suite;
	const char *file;
	const char *kind;
	size_t count;
} jgroup;

typedef struct jsuite {
	const char *name;
	const char *file;
	size_t tests, failures, errors;
} jsuite;

typedef struct layout {
	const report *r;
	jsuite *suite;
	size_t nsuite, capsuite;
	jcase *tc;
	size_t ntc, captc;
	jgroup *grp;
	size_t ngrp, capgrp;
	const diag **notes;       /* case notes, grouped per test case */
	size_t nnotes, capnotes;
	const diag **snotes;      /* notes of no case, with their suite */
	size_t *snotes_suite;
	size_t nsnotes, capsnotes, capsnotes_suite;
	/* Names given so far, for uniqueness: open addressing over tc
	 * indices + 1, load <= 1/2. */
	size_t *seen;
	size_t seen_cap;
} layout;

static bool same_opt(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

static uint64_t name_hash(const char *classname, const char *name)
{
	return fnv1a_str(fnv1a_byte(fnv1a_str(FNV1A_INIT, classname), 0), name);
}

static size_t *seen_slot(const layout *l, const char *classname, const char *name)
{
	size_t mask = l->seen_cap - 1;
	size_t i = (size_t)name_hash(classname, name) & mask;
	for (;;) {
		size_t v = l->seen[i];
		if (v == 0)
			return &l->seen[i];
		const jcase *c = &l->tc[v - 1];
		if (!strcmp(c->classname, classname) && !strcmp(c->name, name))
			return &l->seen[i];
		i = (i + 1) & mask;
	}
}

static bool name_taken(const layout *l, const char *classname, const char *name)
{
	return (l->seen_cap && *seen_slot(l, classname, name) != 0) ||
	       report_find_case(l->r, classname, name) >= 0;
}

static void seen_add(layout *l, size_t tc)
{
	if ((l->ntc + 1) * 2 > l->seen_cap) {
		size_t cap = l->seen_cap ? l->seen_cap * 2 : 64;
		free(l->seen);
		l->seen = xcalloc(cap, sizeof *l->seen);
		l->seen_cap = cap;
		for (size_t k = 0; k < tc; k++)
			*seen_slot(l, l->tc[k].classname, l->tc[k].name) = k + 1;
	}
	*seen_slot(l, l->tc[tc].classname, l->tc[tc].name) = tc + 1;
}

/* Add a test case.  name is taken over; own says it is the name of a report
 * case (unique already), else it is made unique with " #2", " #3"... */
static jcase *add_case(layout *l, size_t suite, const char *classname, char *name,
		       bool own)
{
	if (!own && name_taken(l, classname, name)) {
		char *base = name;
		name = NULL;
		for (unsigned k = 2; !name || name_taken(l, classname, name); k++) {
			free(name);
			name = xasprintf("%s #%u", base, k);
		}
		free(base);
	}
	l->tc = xgrow(l->tc, &l->captc, l->ntc + 1, sizeof *l->tc);
	jcase *c = &l->tc[l->ntc];
	*c = (jcase){ suite, classname, name, J_PASS, NULL, l->nnotes, 0 };
	seen_add(l, l->ntc);
	l->ntc++;
	return c;
}

static size_t add_suite(layout *l, const char *name, const char *file)
{
	l->suite = xgrow(l->suite, &l->capsuite, l->nsuite + 1, sizeof *l->suite);
	l->suite[l->nsuite] = (jsuite){ name, file, 0, 0, 0 };
	return l->nsuite++;
}

/* The output suite of a finding attached to no case. */
static size_t suite_for_file(layout *l, const char *file)
{
	const report *r = l->r;
	if (file)
		for (size_t i = 0; i < r->nsuite; i++)
			if (r->suite[i].file && !strcmp(r->suite[i].file, file))
				return i;
	for (size_t i = r->nsuite; i < l->nsuite; i++)
		if (same_opt(l->suite[i].file, file))
			return i;
	return add_suite(l, file ? file : "fwlint", file);
}

static bool is_config_file(const report *r, const char *file)
{
	if (file)
		for (size_t i = 0; i < r->nsuite; i++)
			if (r->suite[i].file && !strcmp(r->suite[i].file, file))
				return true;
	return false;
}

static const char *error_kind(const report *r, const diag *d)
{
	if (!d->file)
		return "usage-error";
	if (is_config_file(r, d->file))
		return "read-error";
	if (!r->topology || !strcmp(r->topology, d->file))
		return "topology-error";
	if (!strncmp(d->msg, "cannot read", 11))
		return "read-error";
	return "configuration-error";
}

/* The name of the test of kind in a file: what it checks. */
static char *group_name(const char *kind)
{
	static const struct {
		const char *kind, *what;
	} words[] = {
		{ "parse-error", "the firewall would load the file" },
		{ "shadowed-rule", "every rule can match a packet" },
		{ "unresolved", "fwlint knows what every construct does" },
		{ "unused-suppression", "every suppression covers a finding" },
		{ "dynamic-rpc", "every server has static RPC ports" },
		{ "rfc1006-mismatch", "joined MTAs use the same RFC1006 port" },
		{ "version-mismatch", "every setting exists in its Exchange version" },
		{ "read-error", "the file can be read" },
		{ "topology-error", "the topology loads" },
		{ "usage-error", "the command line is valid" },
		{ "configuration-error", "the configuration is valid" },
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (!strcmp(words[i].kind, kind))
			return xasprintf("%s: %s", kind, words[i].what);
	return xstrdup(kind);
}

static enum jkind finding_kind(const diag *d)
{
	if (!d->check && d->level == DIAG_ERROR)
		return J_ERROR;
	return d->fails ? J_FAILURE : J_OUT;
}

static char *at_suffix(const char *base, const char *check, const diag *d)
{
	if (d->loc.line > 0)
		return xasprintf("%s [%s%sat %d:%d]", base, check ? check : "",
				 check ? " " : "", d->loc.line, d->loc.col > 0 ? d->loc.col : 1);
	return xasprintf("%s [%s%sin %s]", base, check ? check : "", check ? " " : "",
			 d->file ? d->file : "fwlint");
}

static void push_note(layout *l, const diag *d)
{
	l->notes = xgrow(l->notes, &l->capnotes, l->nnotes + 1, sizeof *l->notes);
	l->notes[l->nnotes++] = d;
}

/* The test cases of report case k: diag indices idx[0..n). */
static void layout_case(layout *l, size_t k, const size_t *idx, size_t n)
{
	const report *r = l->r;
	const rcase *rc = &r->tcase[k];
	size_t suite = (size_t)rc->suite;
	bool first = true;
	size_t first_tc = l->ntc;

	for (size_t i = 0; i < n; i++) {
		const diag *d = &r->diags.v[idx[i]];
		if (d->level == DIAG_NOTE)
			continue;
		char *name = first ? xstrdup(rc->name)
				   : at_suffix(rc->name, d->check ? d->check : "error", d);
		jcase *c = add_case(l, suite, rc->classname, name, first);
		c->kind = finding_kind(d);
		c->d = d;
		c->notes_first = l->nnotes;
		first = false;
	}
	if (first)
		(void)add_case(l, suite, rc->classname, xstrdup(rc->name), true);
	/* The notes go to the first test of the case. */
	jcase *c = &l->tc[first_tc];
	c->notes_first = l->nnotes;
	for (size_t i = 0; i < n; i++) {
		const diag *d = &r->diags.v[idx[i]];
		if (d->level == DIAG_NOTE) {
			push_note(l, d);
			c->nnotes++;
		}
	}
}

static void layout_free(layout *l)
{
	for (size_t i = 0; i < l->ntc; i++)
		free(l->tc[i].name);
	free(l->tc);
	free(l->suite);
	free(l->grp);
	free(l->notes);
	free(l->snotes);
	free(l->snotes_suite);
	free(l->seen);
}

static void layout_build(layout *l, const report *r)
{
	memset(l, 0, sizeof *l);
	l->r = r;
	for (size_t i = 0; i < r->nsuite; i++)
		(void)add_suite(l, r->suite[i].name, r->suite[i].file);

	/* Counting sort of the diagnostics by report case: O(n), for
	 * reports of 100,000 rules, and their order kept inside a case. */
	size_t nd = r->diags.n, nc = r->ncase;
	size_t *first = xcalloc(nc + 2, sizeof *first);
	size_t *byc = xmalloc((nd ? nd : 1) * sizeof *byc);
	for (size_t i = 0; i < nd; i++) {
		int t = r->diags.v[i].tcase;
		if (t >= 0 && (size_t)t < nc)
			first[t + 1]++;
	}
	for (size_t k = 0; k < nc; k++)
		first[k + 1] += first[k];
	size_t *fill = xmalloc((nc + 1) * sizeof *fill);
	memcpy(fill, first, (nc + 1) * sizeof *fill);
	for (size_t i = 0; i < nd; i++) {
		int t = r->diags.v[i].tcase;
		if (t >= 0 && (size_t)t < nc)
			byc[fill[t]++] = i;
	}
	free(fill);
	for (size_t k = 0; k < nc; k++)
		layout_case(l, k, byc + first[k], first[k + 1] - first[k]);
	free(first);
	free(byc);

	/* Findings of no case. */
	for (size_t i = 0; i < nd; i++) {
		const diag *d = &r->diags.v[i];
		if (d->tcase >= 0 && (size_t)d->tcase < nc)
			continue;
		size_t suite = suite_for_file(l, d->file);
		if (d->level == DIAG_NOTE) {
			l->snotes = xgrow(l->snotes, &l->capsnotes, l->nsnotes + 1,
					  sizeof *l->snotes);
			l->snotes_suite = xgrow(l->snotes_suite, &l->capsnotes_suite,
						l->nsnotes + 1, sizeof *l->snotes_suite);
			l->snotes[l->nsnotes] = d;
			l->snotes_suite[l->nsnotes++] = suite;
			continue;
		}
		const char *kind = d->check ? d->check :
				   d->level == DIAG_ERROR ? error_kind(r, d) : "fwlint";
		jgroup *g = NULL;
		for (size_t k = 0; k < l->ngrp && !g; k++)
			if (l->grp[k].suite == suite && same_opt(l->grp[k].file, d->file) &&
			    !strcmp(l->grp[k].kind, kind))
				g = &l->grp[k];
		if (!g) {
			l->grp = xgrow(l->grp, &l->capgrp, l->ngrp + 1, sizeof *l->grp);
			g = &l->grp[l->ngrp++];
			*g = (jgroup){ suite, d->file, kind, 0 };
		}
		char *base = group_name(kind);
		char *name = base;
		if (g->count++ > 0) {
			name = at_suffix(base, NULL, d);
			free(base);
		}
		jcase *c = add_case(l, suite, d->file ? d->file : "fwlint", name, false);
		c->kind = finding_kind(d);
		c->d = d;
	}

	/* The checks of a file that found nothing there passed (unless the
	 * file could not be read: then they did not run). */
	for (size_t u = 0; u < r->nsuite; u++) {
		const char *file = r->suite[u].file;
		if (!file)
			continue;
		bool unread = false;
		for (size_t k = 0; k < l->ngrp; k++)
			if (l->grp[k].suite == u && same_opt(l->grp[k].file, file) &&
			    !strcmp(l->grp[k].kind, "read-error"))
				unread = true;
		if (unread)
			continue;
		for (size_t i = 0; i < CHECK_COUNT; i++) {
			const check_def *cd = &check_table[i];
			if ((cd->input != CHECK_INPUT_PARSE && cd->input != CHECK_INPUT_FILE) ||
			    (r->disabled && r->disabled[i]))
				continue;
			bool found = false;
			for (size_t k = 0; k < l->ngrp && !found; k++)
				found = l->grp[k].suite == u && same_opt(l->grp[k].file, file) &&
					!strcmp(l->grp[k].kind, cd->name);
			if (!found)
				(void)add_case(l, u, file, group_name(cd->name), false);
		}
	}

	for (size_t i = 0; i < l->ntc; i++) {
		jsuite *s = &l->suite[l->tc[i].suite];
		s->tests++;
		s->failures += l->tc[i].kind == J_FAILURE;
		s->errors += l->tc[i].kind == J_ERROR;
	}
}

/* ---------------------------------------------------------- text */

/* s on one line: line ends become spaces (other control characters become
 * U+FFFD when the text is cleaned for XML). */
static void sb_puts_line(strbuf *b, const char *s)
{
	char *t = xstrdup(s);
	for (char *p = t; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	strbuf_puts(b, t);
	free(t);
}

static void sb_loc(strbuf *b, const char *file, int line, int col)
{
	char num[64];
	sb_puts_line(b, file ? file : "fwlint");
	snprintf(num, sizeof num, ":%d:%d: ", line > 0 ? line : 1,
		 line > 0 && col > 0 ? col : 1);
	strbuf_puts(b, num);
}

/* What a failure's message= does not say: the example packet, the excess,
 * the related places; "" when there is nothing more. */
static char *details(const diag *d)
{
	strbuf b = { 0 };
	bool any = false;
	if (d->example || d->excess) {
		sb_loc(&b, d->file, d->loc.line, d->loc.col);
		if (d->example) {
			strbuf_puts(&b, "e.g. ");
			sb_puts_line(&b, d->example);
		}
		if (d->excess) {
			if (d->example)
				strbuf_puts(&b, "\n");
			strbuf_puts(&b, "excess: ");
			sb_puts_line(&b, d->excess);
		}
		any = true;
	}
	for (size_t i = 0; i < d->nrelated; i++) {
		const diag_related *p = &d->related[i];
		if (any)
			strbuf_puts(&b, "\n");
		sb_loc(&b, p->file, p->loc.line, p->loc.col);
		strbuf_puts(&b, "note: ");
		sb_puts_line(&b, p->msg);
		any = true;
	}
	return b.s ? b.s : xstrdup("");
}

/* ---------------------------------------------------------- writing */

/* libxml2 calls return < 0 on failure; every one goes through these, and
 * the first failure ends the document. */
static int attr(xmlTextWriterPtr w, const char *name, const char *value)
{
	char *v = report_utf8_clean(value, true);
	int rc = xmlTextWriterWriteAttribute(w, BAD_CAST name, BAD_CAST v);
	free(v);
	return rc < 0 ? -1 : 0;
}

static int attr_num(xmlTextWriterPtr w, const char *name, size_t value)
{
	char num[32];
	snprintf(num, sizeof num, "%zu", value);
	return attr(w, name, num);
}

static int text(xmlTextWriterPtr w, const char *s)
{
	char *v = report_utf8_clean(s, true);
	int rc = xmlTextWriterWriteString(w, BAD_CAST v);
	free(v);
	return rc < 0 ? -1 : 0;
}

static int start(xmlTextWriterPtr w, const char *name)
{
	return xmlTextWriterStartElement(w, BAD_CAST name) < 0 ? -1 : 0;
}

static int end(xmlTextWriterPtr w)
{
	return xmlTextWriterEndElement(w) < 0 ? -1 : 0;
}

/* <failure> or <error>. */
static int write_problem(xmlTextWriterPtr w, const report *r, const jcase *c)
{
	const diag *d = c->d;
	char *message = report_diag_line(d, REPORT_LINE_FULL_LOC);
	char *body = details(d);
	bool failure = c->kind == J_FAILURE;
	int rc = 0;

	if (start(w, failure ? "failure" : "error") || attr(w, "message", message) ||
	    attr(w, "type", failure ? d->check : error_kind(r, d)) ||
	    (*body && text(w, body)) || end(w))
		rc = -1;
	free(message);
	free(body);
	return rc;
}

/* One diagnostic in full for <system-out>: the text report's line, then its
 * related places. */
static void out_line(strbuf *b, const diag *d)
{
	char *line = report_diag_line(d, REPORT_LINE_EXTRA | REPORT_LINE_FULL_LOC);
	if (b->n)
		strbuf_puts(b, "\n");
	strbuf_puts(b, line);
	free(line);
	for (size_t i = 0; i < d->nrelated; i++) {
		const diag_related *p = &d->related[i];
		strbuf_puts(b, "\n");
		sb_loc(b, p->file, p->loc.line, p->loc.col);
		strbuf_puts(b, "note: ");
		sb_puts_line(b, p->msg);
	}
}

static int write_out(xmlTextWriterPtr w, strbuf *b)
{
	int rc = 0;
	if (b->n && (start(w, "system-out") || text(w, b->s) || end(w)))
		rc = -1;
	free(b->s);
	return rc;
}

static int write_case(xmlTextWriterPtr w, const layout *l, const jcase *c)
{
	if (start(w, "testcase") || attr(w, "classname", c->classname) ||
	    attr(w, "name", c->name))
		return -1;
	if ((c->kind == J_FAILURE || c->kind == J_ERROR) && write_problem(w, l->r, c))
		return -1;
	strbuf out = { 0 };
	if (c->kind == J_OUT)
		out_line(&out, c->d);
	for (size_t k = 0; k < c->nnotes; k++)
		out_line(&out, l->notes[c->notes_first + k]);
	if (write_out(w, &out))
		return -1;
	return end(w);
}

static int write_suite(xmlTextWriterPtr w, const layout *l, size_t u,
		       const size_t *order, size_t from, size_t to)
{
	const jsuite *s = &l->suite[u];
	if (start(w, "testsuite") || attr(w, "name", s->name) ||
	    attr_num(w, "tests", s->tests) || attr_num(w, "failures", s->failures) ||
	    attr_num(w, "errors", s->errors) || attr_num(w, "skipped", 0) ||
	    attr_num(w, "id", u) || (s->file && attr(w, "file", s->file)))
		return -1;
	for (size_t k = from; k < to; k++)
		if (write_case(w, l, &l->tc[order[k]]))
			return -1;
	strbuf out = { 0 };
	for (size_t k = 0; k < l->nsnotes; k++)
		if (l->snotes_suite[k] == u)
			out_line(&out, l->snotes[k]);
	if (write_out(w, &out))
		return -1;
	return end(w);
}

static int write_document(xmlTextWriterPtr w, const layout *l)
{
	size_t tests = 0, failures = 0, errors = 0;
	for (size_t u = 0; u < l->nsuite; u++) {
		tests += l->suite[u].tests;
		failures += l->suite[u].failures;
		errors += l->suite[u].errors;
	}
	/* The test cases by suite, in the order they were made. */
	size_t *first = xcalloc(l->nsuite + 1, sizeof *first);
	size_t *order = xmalloc((l->ntc ? l->ntc : 1) * sizeof *order);
	for (size_t i = 0; i < l->ntc; i++)
		first[l->tc[i].suite + 1]++;
	for (size_t u = 0; u + 1 < l->nsuite; u++)
		first[u + 1] += first[u];
	size_t *fill = xmalloc((l->nsuite + 1) * sizeof *fill);
	memcpy(fill, first, (l->nsuite + 1) * sizeof *fill);
	for (size_t i = 0; i < l->ntc; i++)
		order[fill[l->tc[i].suite]++] = i;
	free(fill);

	int rc = -1;
	if (xmlTextWriterSetIndent(w, 1) < 0 ||
	    xmlTextWriterSetIndentString(w, BAD_CAST "  ") < 0 ||
	    xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0)
		goto out;
	if (start(w, "testsuites") || attr(w, "name", "fwlint") ||
	    attr_num(w, "tests", tests) || attr_num(w, "failures", failures) ||
	    attr_num(w, "errors", errors))
		goto out;
	for (size_t u = 0; u < l->nsuite; u++)
		if (write_suite(w, l, u, order, first[u],
				first[u] + l->suite[u].tests))
			goto out;
	if (end(w) || xmlTextWriterEndDocument(w) < 0)
		goto out;
	rc = 0;
out:
	free(first);
	free(order);
	return rc;
}

int report_write_junit(const report *r, FILE *out)
{
	/* Fails loudly if the libxml2 found at run time is older than the
	 * headers we were built with. */
	LIBXML_TEST_VERSION

	layout l;
	layout_build(&l, r);

	int rc = -1;
	xmlBufferPtr buf = xmlBufferCreate();
	xmlTextWriterPtr w = buf ? xmlNewTextWriterMemory(buf, 0) : NULL;
	if (w) {
		rc = write_document(w, &l);
		/* Freeing the writer flushes what it still holds into buf. */
		xmlFreeTextWriter(w);
	}
	layout_free(&l);
	if (rc) {
		xmlBufferFree(buf);
		errno = ENOMEM;
		return -1;
	}

	errno = 0;
	size_t len = (size_t)xmlBufferLength(buf);
	size_t wrote = fwrite(xmlBufferContent(buf), 1, len, out);
	xmlBufferFree(buf);
	if (wrote != len || fflush(out) == EOF || ferror(out)) {
		if (!errno)
			errno = EIO;
		return -1;
	}
	return 0;
}
