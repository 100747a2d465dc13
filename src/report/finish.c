/* finish.c - what the run decides about its findings (finish.h). */
#include "finish.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fileio.h"
#include "hash.h"
#include "suppress.h"
#include "xalloc.h"

void finish_opts_init(finish_opts *o)
{
	memset(o, 0, sizeof *o);
	for (size_t i = 0; i < CHECK_COUNT; i++)
		o->level[i] = FINISH_LEVEL_DEFAULT;
	o->fail_on = DIAG_ERROR;
}

static enum check_id check_of(const diag *d)
{
	const check_def *c = d->check ? check_find(d->check) : NULL;
	return c ? (enum check_id)(c - check_table) : CHECK_COUNT;
}

/* Keep the records for which keep[i]; free the others; recount. */
static void compact(diag_list *l, const bool *keep)
{
	size_t k = 0;
	l->nerror = l->nwarning = 0;
	for (size_t i = 0; i < l->n; i++) {
		if (!keep[i]) {
			diag_free(&l->v[i]);
			continue;
		}
		l->v[k] = l->v[i];
		if (l->v[k].level == DIAG_ERROR)
			l->nerror++;
		else if (l->v[k].level == DIAG_WARNING)
			l->nwarning++;
		k++;
	}
	l->n = k;
}

/* ------------------------------------------------------------ fingerprints */

static uint64_t hash_blanks_collapsed(uint64_t h, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && isspace((unsigned char)s[i]))
		i++;
	bool blank = false;
	for (; i < n; i++) {
		if (isspace((unsigned char)s[i])) {
			blank = true;
			continue;
		}
		if (blank)
			h = fnv1a_byte(h, ' ');
		blank = false;
		h = fnv1a_byte(h, (unsigned char)s[i]);
	}
	return h;
}

/* Whether the word s[b..e) names a file rather than an address: it has a
 * character that no IPv4 or IPv6 address, prefix or port has. */
static bool names_file(const char *s, size_t b, size_t e)
{
	for (size_t i = b; i < e; i++)
		if (!isxdigit((unsigned char)s[i]) && !strchr(":.[]/", s[i]))
			return true;
	return false;
}

/* The message without the line (and column) numbers of the places it
 * names: "by edge.rules:7" and "by line 24" hash as "by edge.rules:#"
 * and "by line #".  Ports after an address stay. */
static uint64_t hash_message(uint64_t h, const char *m)
{
	size_t n = strlen(m), word = 0;
	for (size_t i = 0; i < n;) {
		char c = m[i];
		if (c == ' ' || c == '(' || c == ',')
			word = i + 1;
		bool file_num = c == ':' && i + 1 < n && isdigit((unsigned char)m[i + 1]) &&
				names_file(m, word, i);
		bool line_num = i >= 5 && !strncmp(m + i - 5, "line ", 5) &&
				isdigit((unsigned char)c);
		if (file_num || line_num) {
			h = fnv1a_byte(h, (unsigned char)(file_num ? ':' : ' '));
			h = fnv1a_byte(h, '#');
			i += file_num ? 1 : 0;
			/* The line, and ":COL" after it. */
			while (i < n && (isdigit((unsigned char)m[i]) ||
					 (m[i] == ':' && i + 1 < n && isdigit((unsigned char)m[i + 1]))))
				i++;
			continue;
		}
		h = fnv1a_byte(h, (unsigned char)c);
		i++;
	}
	return h;
}

static uint64_t fingerprint_base(const diag *d, srccache *src)
{
	uint64_t h = fnv1a_byte(fnv1a_str(FNV1A_INIT, d->check ? d->check : ""), 0);
	h = fnv1a_byte(fnv1a_str(h, d->file ? d->file : ""), 0);
	size_t len;
	const char *line = d->file && d->loc.line > 0 ?
		srccache_line(src, d->file, d->loc.line, &len) : NULL;
	if (line)
		h = hash_blanks_collapsed(h, line, len);
	else
		h = fnv1a_byte(fnv1a_byte(h, '@'), (unsigned char)(d->loc.line > 0));
	h = fnv1a_byte(h, 0);
	return hash_message(h, d->msg ? d->msg : "");
}

void report_fingerprint(report *rep, srccache *src)
{
	size_t n = rep->diags.n;
	uint64_t *base = xmalloc((n ? n : 1) * sizeof *base);
	for (size_t i = 0; i < n; i++)
		base[i] = fingerprint_base(&rep->diags.v[i], src);
	/* Equal ones are told apart by their rank: an open-addressing count
	 * of each base value seen so far. */
	size_t cap = 16;
	while (cap < 2 * n)
		cap *= 2;
	uint64_t *key = xcalloc(cap, sizeof *key);
	size_t *cnt = xcalloc(cap, sizeof *cnt);
	for (size_t i = 0; i < n; i++) {
		diag *d = &rep->diags.v[i];
		free(d->fingerprint);
		d->fingerprint = NULL;
		if (!d->check)
			continue;
		size_t s = (size_t)(base[i] ^ (base[i] >> 29)) & (cap - 1);
		while (cnt[s] && key[s] != base[i])
			s = (s + 1) & (cap - 1);
		key[s] = base[i];
		uint64_t h = base[i];
		for (size_t r = cnt[s]++; r; r >>= 8)
			h = fnv1a_byte(h, (unsigned char)r);
		d->fingerprint = xasprintf("%016llx", (unsigned long long)h);
	}
	free(key);
	free(cnt);
	free(base);
}

/* ------------------------------------------------------------ suppression */

/* Whether the check of a directive ran on file: a check that needs the
 * topology runs on the topology and on the files of its firewalls only. */
static bool check_ran_on(const report *rep, const finish_opts *o, const char *check,
			 const char *file)
{
	if (!strcmp(check, "all"))
		return true;
	const check_def *c = check_find(check);
	if (!c || o->disabled[c - check_table])
		return false;
	if (!check_needs_topology(c))
		return true;
	if (!o->have_topology)
		return false;
	if (o->topology && same_path(file, o->topology))
		return true;
	for (size_t i = 0; i < rep->nsuite; i++)
		if (rep->suite[i].file && !strcmp(rep->suite[i].file, file) &&
		    !strncmp(rep->suite[i].name, "firewall ", 9))
			return true;
	return false;
}

static void apply_suppressions(report *rep, srccache *src, const finish_opts *o)
{
	suppress_list sl = { 0 };
	diag_list bad;
	diag_list_init(&bad);
	/* Every file a finding names, every file checked, and the topology. */
	const char **files = NULL;
	size_t nfiles = 0, cap = 0;
	for (size_t i = 0; i <= rep->diags.n + rep->nsuite; i++) {
		const char *f = i < rep->diags.n ? rep->diags.v[i].file :
				i < rep->diags.n + rep->nsuite ? rep->suite[i - rep->diags.n].file :
				o->topology;
		if (!f)
			continue;
		bool seen = false;
		for (size_t k = 0; k < nfiles && !seen; k++)
			seen = !strcmp(files[k], f);
		if (seen)
			continue;
		files = xgrow(files, &cap, nfiles + 1, sizeof *files);
		files[nfiles++] = f;
	}
	for (size_t k = 0; k < nfiles; k++)
		suppress_scan(&sl, src, files[k], &bad);
	free(files);

	if (sl.n) {
		bool *keep = xmalloc(rep->diags.n * sizeof *keep);
		for (size_t i = 0; i < rep->diags.n; i++) {
			keep[i] = !suppress_covers(&sl, &rep->diags.v[i]);
			rep->nsuppressed += !keep[i];
		}
		compact(&rep->diags, keep);
		free(keep);
	}
	for (size_t i = 0; i < sl.n; i++) {
		const suppression *s = &sl.v[i];
		if (s->used || !check_ran_on(rep, o, s->check, s->file))
			continue;
		srcloc at = { s->file, s->line, s->col, s->line, s->col + (int)strlen(s->check) - 1 };
		if (s->target < 0)
			diag_check(&bad, CHECK_UNUSED_SUPPRESSION, at,
				   "this suppression of %s covers nothing: no rule follows it", s->check);
		else if (s->target == 0)
			diag_check(&bad, CHECK_UNUSED_SUPPRESSION, at,
				   "this suppression of %s matches no finding in this file", s->check);
		else
			diag_check(&bad, CHECK_UNUSED_SUPPRESSION, at,
				   "this suppression of %s matches no finding on line %d", s->check,
				   s->target);
	}
	suppress_list_free(&sl);
	/* A disabled unused-suppression, or one overridden, like any check. */
	for (size_t i = 0; i < bad.n; i++)
		if (o->level[CHECK_UNUSED_SUPPRESSION] != FINISH_LEVEL_DEFAULT)
			bad.v[i].level = (enum diag_level)o->level[CHECK_UNUSED_SUPPRESSION];
	if (o->disabled[CHECK_UNUSED_SUPPRESSION])
		diag_list_free(&bad);
	else
		diag_list_move(&rep->diags, &bad);
}

/* ------------------------------------------------------------ baseline */

/* The baseline: a line per finding, "FINGERPRINT CHECK FILE:LINE:COL",
 * and comments.  Only the fingerprint is read back. */
static int write_baseline(FILE *out, void *arg)
{
	const report *rep = arg;
	if (fprintf(out, "# fwlint baseline: findings accepted when it was written.\n"
			 "# fwlint --baseline FILE reports only findings not listed here.\n"
			 "# FINGERPRINT     CHECK FILE:LINE:COL\n") < 0)
		return -1;
	for (size_t i = 0; i < rep->diags.n; i++) {
		const diag *d = &rep->diags.v[i];
		if (!d->fingerprint)
			continue;
		if (fprintf(out, "%s %s %s:%d:%d\n", d->fingerprint, d->check,
			    d->file ? d->file : "-", d->loc.line, d->loc.col) < 0)
			return -1;
	}
	return fflush(out) == EOF || ferror(out) ? -1 : 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int apply_baseline(report *rep, const finish_opts *o)
{
	srcloc at = { o->baseline, 0, 0, 0, 0 };
	char *buf;
	size_t len;
	char err[160];
	if (access(o->baseline, F_OK) != 0 && errno == ENOENT) {
		if (write_file_atomically(o->baseline, write_baseline, rep) != 0) {
			diag_error(&rep->diags, at, "cannot write the baseline: %s", strerror(errno));
			return -1;
		}
		size_t n = 0;
		bool *keep = xmalloc((rep->diags.n ? rep->diags.n : 1) * sizeof *keep);
		for (size_t i = 0; i < rep->diags.n; i++) {
			keep[i] = !rep->diags.v[i].fingerprint;
			n += !keep[i];
		}
		compact(&rep->diags, keep);
		free(keep);
		rep->nbaseline = n;
		diag_note(&rep->diags, at, "wrote the baseline with %zu finding%s; later runs report only new ones",
			  n, n == 1 ? "" : "s");
		return 0;
	}
	if (read_whole_file(o->baseline, &buf, &len, err, sizeof err) != 0) {
		diag_error(&rep->diags, at, "cannot read the baseline: %s", err);
		return -1;
	}
	char **fp = NULL;
	size_t nfp = 0, cap = 0;
	int line = 0;
	for (char *p = buf, *next; p < buf + len; p = next) {
		line++;
		next = memchr(p, '\n', (size_t)(buf + len - p));
		next = next ? next + 1 : buf + len;
		if (*p == '#' || *p == '\n')
			continue;
		size_t k = 0;
		while (k < 16 && p + k < next && isxdigit((unsigned char)p[k]))
			k++;
		if (k != 16 || (p + k < next && !isspace((unsigned char)p[k]))) {
			srcloc bad = { o->baseline, line, 1, line, 1 };
			diag_error(&rep->diags, bad,
				   "not a baseline line: expected a fingerprint of 16 hex digits (fwlint --baseline writes them)");
			for (size_t i = 0; i < nfp; i++)
				free(fp[i]);
			free(fp);
			free(buf);
			return -1;
		}
		fp = xgrow(fp, &cap, nfp + 1, sizeof *fp);
		fp[nfp++] = xstrndup(p, 16);
	}
	free(buf);
	qsort(fp, nfp, sizeof *fp, cmp_str);
	bool *keep = xmalloc((rep->diags.n ? rep->diags.n : 1) * sizeof *keep);
	for (size_t i = 0; i < rep->diags.n; i++) {
		const char *f = rep->diags.v[i].fingerprint;
		keep[i] = !f || !bsearch(&f, fp, nfp, sizeof *fp, cmp_str);
		rep->nbaseline += !keep[i];
	}
	compact(&rep->diags, keep);
	free(keep);
	for (size_t i = 0; i < nfp; i++)
		free(fp[i]);
	free(fp);
	return 0;
}

/* ------------------------------------------------------------ the limit */

static void apply_limit(report *rep, size_t max)
{
	size_t kept = 0;
	bool *keep = xmalloc((rep->diags.n ? rep->diags.n : 1) * sizeof *keep);
	size_t hidden[CHECK_COUNT] = { 0 };
	enum diag_level level[CHECK_COUNT] = { 0 };
	for (size_t i = 0; i < rep->diags.n; i++) {
		const diag *d = &rep->diags.v[i];
		enum check_id id = check_of(d);
		keep[i] = id == CHECK_COUNT || kept < max;
		if (id == CHECK_COUNT)
			continue;
		if (keep[i]) {
			kept++;
		} else {
			hidden[id]++;
			level[id] = d->level;
		}
	}
	compact(&rep->diags, keep);
	free(keep);
	for (size_t i = 0; i < CHECK_COUNT; i++) {
		if (!hidden[i])
			continue;
		rep->hidden = xrealloc(rep->hidden, (rep->nhidden + 1) * sizeof *rep->hidden);
		rep->hidden[rep->nhidden++] = (report_hidden){ check_table[i].name, level[i],
								       hidden[i] };
	}
}

int report_finish(report *rep, srccache *src, const finish_opts *o)
{
	diag_list *l = &rep->diags;
	bool *keep = xmalloc((l->n ? l->n : 1) * sizeof *keep);
	for (size_t i = 0; i < l->n; i++) {
		enum check_id id = check_of(&l->v[i]);
		keep[i] = id == CHECK_COUNT || !o->disabled[id];
		if (keep[i] && id != CHECK_COUNT && o->level[id] != FINISH_LEVEL_DEFAULT &&
		    l->v[i].level != DIAG_NOTE)
			l->v[i].level = (enum diag_level)o->level[id];
	}
	compact(l, keep);
	free(keep);

	apply_suppressions(rep, src, o);
	report_sort(rep);
	if (!o->no_fingerprints || o->baseline)
		report_fingerprint(rep, src);
	int rc = 0;
	if (o->baseline) {
		rc = apply_baseline(rep, o);
		report_sort(rep);
	}

	rep->fail_on = o->fail_on;
	rep->nfailing = 0;
	for (size_t i = 0; i < l->n; i++) {
		diag *d = &l->v[i];
		d->fails = d->check && d->level != DIAG_NOTE && (int)d->level >= o->fail_on;
		rep->nfailing += d->fails;
	}
	if (o->max_findings)
		apply_limit(rep, o->max_findings);
	return rc;
}
