/* report_junit.c - the JUnit XML report, for CI (fwlint(1), OUTPUT).
 *
 * Valid against the Jenkins JUnit schema (junit-10.xsd of the Jenkins
 * xunit plugin; tests/junit-schema.sh validates with it):
 *
 *   <testsuites name="fwlint" tests= failures= errors=>
 *     <testsuite name= tests= failures= errors="0" skipped="0" id= file=?>
 *       <testcase classname= name=>
 *         <failure message="FILE:LINE:COL: LEVEL: CHECK: MSG..." type="CHECK">
 *           FILE:LINE:COL: LEVEL: CHECK: MSG
 *           e.g. EXAMPLE
 *           excess: EXCESS</failure>
 *         <system-out>notes, one a line</system-out>
 *
 * Mapping:
 * - A report suite is a <testsuite>, file= its configuration's path (the
 *   schema has no file= on <testcase>).  A report case is a <testcase> of
 *   its suite; every error or warning attached to it is a <failure> whose
 *   type is the check name ("topology" when it has none).  Notes are not
 *   findings: they go to the case's <system-out> and do not fail it.
 * - A diagnostic attached to no case goes to a synthetic case, one per
 *   (file, check): classname = the file, name = the check.  The case lives
 *   in the suite whose file= is that file, else in a suite of its own named
 *   after the file ("one per unmatched file"); without a file, in a last
 *   suite "fwlint" (classname "fwlint").  A synthetic name that some other
 *   case already uses gets " (2)", " (3)"... so that classname+name stays
 *   unique in the document: GitLab merges cases that share it.
 * - tests = cases; failures = cases with at least one <failure>; errors = 0
 *   (JUnit keeps errors for tests that crashed).  <testsuites> holds the
 *   sums.  No timestamp, hostname or time: the same input gives the same
 *   bytes, which golden tests and diffs of CI artefacts rely on.
 * - message= and the text begin with FILE:LINE:COL: (an unknown line or
 *   column is written as 1), which GitHub's JUnit reporters parse.
 *
 * Text from configuration files is hostile: bytes that are not UTF-8 and
 * characters that XML 1.0 forbids become U+FFFD before libxml2 sees them.
 * The document is built in memory and written in one go at the end, so the
 * writer never leaves half an element on the stream.
 */
#include "report.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "xalloc.h"

/* ---------------------------------------------------------- UTF-8 */

/* The length of the valid UTF-8 sequence at s (1-4), or 0 when it is not
 * one: overlong forms, surrogates and code points above U+10FFFF are
 * invalid (RFC 3629).  *cp receives the code point. */
static size_t utf8_decode(const unsigned char *s, uint32_t *cp)
{
	unsigned char c = s[0];
	size_t len;
	uint32_t v, min;

	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		v = c & 0x1f;
		min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		v = c & 0x0f;
		min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		v = c & 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	/* The string ends in NUL, which is no continuation byte, so this
	 * never reads past it. */
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3f);
	}
	if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return 0;
	*cp = v;
	return len;
}

/* XML 1.0 section 2.2, Char. */
static bool xml_char_ok(uint32_t c)
{
	return c == 0x9 || c == 0xa || c == 0xd ||
	       (c >= 0x20 && c <= 0xd7ff) ||
	       (c >= 0xe000 && c <= 0xfffd) ||
	       (c >= 0x10000 && c <= 0x10ffff);
}

/* s as UTF-8 that XML accepts: every invalid byte and every forbidden
 * character becomes U+FFFD.  The caller frees. */
static char *xml_clean(const char *s)
{
	static const char repl[] = "\xef\xbf\xbd";
	size_t n = strlen(s);
	/* Each input byte yields at most 3 output bytes. */
	char *out = xmalloc(n * 3 + 1), *o = out;
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		uint32_t cp;
		size_t len = utf8_decode(p, &cp);
		if (len && xml_char_ok(cp)) {
			memcpy(o, p, len);
			o += len;
			p += len;
		} else {
			memcpy(o, repl, 3);
			o += 3;
			p += len ? len : 1;
		}
	}
	*o = '\0';
	return out;
}

/* ---------------------------------------------------------- layout */

/* Where every diagnostic goes.  A slot is a <testcase>: slots 0..ncase-1
 * are the report's cases, the rest are synthetic (see the top). */
typedef struct synth_case {
	size_t suite;      /* output suite */
	const char *file;  /* the diagnostics' file, or NULL */
	const char *check; /* their check, or NULL */
	char *name;        /* made unique */
} synth_case;

typedef struct layout {
	const report *r;
	size_t nsuite;            /* r->nsuite + synthetic suites */
	const char **xfile;       /* synthetic suites' files (NULL: "fwlint") */
	size_t nxfile, capxfile;
	synth_case *syn;
	size_t nsyn, capsyn;
	size_t nslot;
	size_t *diag_slot;        /* per diagnostic */
	size_t *slot_first;       /* slot_diag[slot_first[s]..slot_first[s+1]) */
	size_t *slot_diag;
	bool *slot_fails;
	size_t *suite_first;      /* suite_slot[suite_first[u]..suite_first[u+1]) */
	size_t *suite_slot;
} layout;

static bool same_opt(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

static const char *synth_classname(const synth_case *c)
{
	return c->file ? c->file : "fwlint";
}

static size_t output_suite_for(layout *l, const char *file)
{
	const report *r = l->r;
	if (file) {
		for (size_t i = 0; i < r->nsuite; i++)
			if (r->suite[i].file && !strcmp(r->suite[i].file, file))
				return i;
	}
	for (size_t i = 0; i < l->nxfile; i++)
		if (same_opt(l->xfile[i], file))
			return r->nsuite + i;
	l->xfile = xgrow(l->xfile, &l->capxfile, l->nxfile + 1, sizeof *l->xfile);
	l->xfile[l->nxfile] = file;
	return r->nsuite + l->nxfile++;
}

static bool name_taken(const layout *l, const char *classname, const char *name)
{
	if (report_find_case(l->r, classname, name) >= 0)
		return true;
	for (size_t i = 0; i < l->nsyn; i++)
		if (!strcmp(synth_classname(&l->syn[i]), classname) &&
		    !strcmp(l->syn[i].name, name))
			return true;
	return false;
}

static size_t synth_slot(layout *l, const diag *d)
{
	size_t suite = output_suite_for(l, d->file);
	for (size_t i = 0; i < l->nsyn; i++) {
		const synth_case *c = &l->syn[i];
		if (c->suite == suite && same_opt(c->file, d->file) &&
		    same_opt(c->check, d->check))
			return l->r->ncase + i;
	}
	const char *base = d->check ? d->check : "topology";
	const char *classname = d->file ? d->file : "fwlint";
	char *name = xstrdup(base);
	for (unsigned k = 2; name_taken(l, classname, name); k++) {
		free(name);
		name = xasprintf("%s (%u)", base, k);
	}
	l->syn = xgrow(l->syn, &l->capsyn, l->nsyn + 1, sizeof *l->syn);
	l->syn[l->nsyn] = (synth_case){ suite, d->file, d->check, name };
	return l->r->ncase + l->nsyn++;
}

static void layout_free(layout *l)
{
	for (size_t i = 0; i < l->nsyn; i++)
		free(l->syn[i].name);
	free(l->syn);
	free(l->xfile);
	free(l->diag_slot);
	free(l->slot_first);
	free(l->slot_diag);
	free(l->slot_fails);
	free(l->suite_first);
	free(l->suite_slot);
}

static size_t slot_suite(const layout *l, size_t s)
{
	if (s < l->r->ncase)
		return (size_t)l->r->tcase[s].suite;
	return l->syn[s - l->r->ncase].suite;
}

static void layout_build(layout *l, const report *r)
{
	memset(l, 0, sizeof *l);
	l->r = r;
	size_t nd = r->diags.n;

	l->diag_slot = xmalloc((nd ? nd : 1) * sizeof *l->diag_slot);
	for (size_t i = 0; i < nd; i++) {
		const diag *d = &r->diags.v[i];
		if (d->tcase >= 0 && (size_t)d->tcase < r->ncase)
			l->diag_slot[i] = (size_t)d->tcase;
		else
			l->diag_slot[i] = synth_slot(l, d);
	}
	l->nslot = r->ncase + l->nsyn;
	l->nsuite = r->nsuite + l->nxfile;

	/* Counting sort of diagnostics by slot: keeps their order inside a
	 * slot and costs O(n), for reports of 100,000 rules. */
	l->slot_first = xcalloc(l->nslot + 1, sizeof *l->slot_first);
	l->slot_diag = xmalloc((nd ? nd : 1) * sizeof *l->slot_diag);
	l->slot_fails = xcalloc(l->nslot + 1, sizeof *l->slot_fails);
	for (size_t i = 0; i < nd; i++) {
		l->slot_first[l->diag_slot[i] + 1]++;
		if (r->diags.v[i].level != DIAG_NOTE)
			l->slot_fails[l->diag_slot[i]] = true;
	}
	for (size_t s = 0; s < l->nslot; s++)
		l->slot_first[s + 1] += l->slot_first[s];
	size_t *fill = xmalloc((l->nslot + 1) * sizeof *fill);
	memcpy(fill, l->slot_first, (l->nslot + 1) * sizeof *fill);
	for (size_t i = 0; i < nd; i++)
		l->slot_diag[fill[l->diag_slot[i]]++] = i;

	/* The same for slots by suite: the report's cases first, in their
	 * order, then the synthetic ones. */
	l->suite_first = xcalloc(l->nsuite + 1, sizeof *l->suite_first);
	l->suite_slot = xmalloc((l->nslot ? l->nslot : 1) * sizeof *l->suite_slot);
	for (size_t s = 0; s < l->nslot; s++)
		l->suite_first[slot_suite(l, s) + 1]++;
	for (size_t u = 0; u < l->nsuite; u++)
		l->suite_first[u + 1] += l->suite_first[u];
	free(fill);
	fill = xmalloc((l->nsuite + 1) * sizeof *fill);
	memcpy(fill, l->suite_first, (l->nsuite + 1) * sizeof *fill);
	for (size_t s = 0; s < l->nslot; s++)
		l->suite_slot[fill[slot_suite(l, s)]++] = s;
	free(fill);
}

/* ---------------------------------------------------------- writing */

/* libxml2 calls return < 0 on failure; every one goes through these, and
 * the first failure ends the document. */
static int attr(xmlTextWriterPtr w, const char *name, const char *value)
{
	char *v = xml_clean(value);
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
	char *v = xml_clean(s);
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

static int write_failure(xmlTextWriterPtr w, const diag *d)
{
	int rc = 0;
	char *message = report_diag_line(d, REPORT_LINE_EXTRA | REPORT_LINE_FULL_LOC);
	char *body = report_diag_line(d, REPORT_LINE_EXTRA | REPORT_LINE_SPLIT |
					 REPORT_LINE_FULL_LOC);

	if (start(w, "failure") || attr(w, "message", message) ||
	    attr(w, "type", d->check ? d->check : "topology") ||
	    text(w, body))
		rc = -1;
	if (!rc)
		rc = end(w);
	free(message);
	free(body);
	return rc;
}

static int write_case(xmlTextWriterPtr w, const layout *l, size_t s)
{
	const report *r = l->r;
	const char *classname, *name;

	if (s < r->ncase) {
		classname = r->tcase[s].classname;
		name = r->tcase[s].name;
	} else {
		classname = synth_classname(&l->syn[s - r->ncase]);
		name = l->syn[s - r->ncase].name;
	}
	if (start(w, "testcase") || attr(w, "classname", classname) ||
	    attr(w, "name", name))
		return -1;

	bool notes = false;
	for (size_t k = l->slot_first[s]; k < l->slot_first[s + 1]; k++) {
		const diag *d = &r->diags.v[l->slot_diag[k]];
		if (d->level == DIAG_NOTE)
			notes = true;
		else if (write_failure(w, d))
			return -1;
	}
	if (notes) {
		if (start(w, "system-out"))
			return -1;
		bool first = true;
		for (size_t k = l->slot_first[s]; k < l->slot_first[s + 1]; k++) {
			const diag *d = &r->diags.v[l->slot_diag[k]];
			if (d->level != DIAG_NOTE)
				continue;
			char *line = report_diag_line(d, REPORT_LINE_EXTRA |
						      REPORT_LINE_FULL_LOC);
			int rc = (first ? 0 : text(w, "\n")) || text(w, line);
			free(line);
			if (rc)
				return -1;
			first = false;
		}
		if (end(w))
			return -1;
	}
	return end(w);
}

static int write_suite(xmlTextWriterPtr w, const layout *l, size_t u)
{
	const report *r = l->r;
	const char *name, *file;
	size_t tests = 0, failures = 0;

	if (u < r->nsuite) {
		name = r->suite[u].name;
		file = r->suite[u].file;
	} else {
		file = l->xfile[u - r->nsuite];
		name = file ? file : "fwlint";
	}
	for (size_t k = l->suite_first[u]; k < l->suite_first[u + 1]; k++) {
		tests++;
		failures += l->slot_fails[l->suite_slot[k]];
	}
	if (start(w, "testsuite") || attr(w, "name", name) ||
	    attr_num(w, "tests", tests) || attr_num(w, "failures", failures) ||
	    attr_num(w, "errors", 0) || attr_num(w, "skipped", 0) ||
	    attr_num(w, "id", u) || (file && attr(w, "file", file)))
		return -1;
	for (size_t k = l->suite_first[u]; k < l->suite_first[u + 1]; k++)
		if (write_case(w, l, l->suite_slot[k]))
			return -1;
	return end(w);
}

static int write_document(xmlTextWriterPtr w, const layout *l)
{
	size_t failures = 0;
	for (size_t s = 0; s < l->nslot; s++)
		failures += l->slot_fails[s];

	if (xmlTextWriterSetIndent(w, 1) < 0 ||
	    xmlTextWriterSetIndentString(w, BAD_CAST "  ") < 0 ||
	    xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0)
		return -1;
	if (start(w, "testsuites") || attr(w, "name", "fwlint") ||
	    attr_num(w, "tests", l->nslot) || attr_num(w, "failures", failures) ||
	    attr_num(w, "errors", 0))
		return -1;
	for (size_t u = 0; u < l->nsuite; u++)
		if (write_suite(w, l, u))
			return -1;
	if (end(w) || xmlTextWriterEndDocument(w) < 0)
		return -1;
	return 0;
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
