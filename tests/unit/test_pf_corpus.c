/* test_pf_corpus.c - the pf files of the shared corpus: every file the
 * manifest marks accept parses without a parse-error, every reject gets at
 * least one, and for an accepted pfctl regress input with its pfctl -nv
 * output beside it (pfN.in, pfN.ok) we count as many rules as pfctl
 * prints.
 *
 * The corpus is ../shared/corpus from the repository root (tests run from
 * there), or $FWLINT_CORPUS.  The thresholds are the pf front end's
 * acceptance: 97% of the accept rows and of the reject rows, rule counts
 * equal for 90% of the pairs.
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "corpus.h"
#include "fileio.h"
#include "pf.h"

/* Where fwlint deliberately disagrees with MANIFEST.tsv or with pfctl's
 * output, and why.  what: "accept"/"reject" replaces the manifest's
 * expectation; "count" leaves the file's rule count out of the comparison
 * (the file still has to parse). */
static const struct {
	const char *path, *what, *why;
} exceptions[] = {
	/* The corpus README: the regress harness resolves lo0 to the test
	 * host's loopback addresses (127.0.0.1, ::1, fe80::1), one rule per
	 * address; fwlint cannot know them and keeps one rule that may or may
	 * not match (pf.h: addresses only the host knows). */
	{ "pf/regress/openbsd/pf47.in", "count",
	  "'inet6 from lo0/8' (lines 18-20) is one rule per IPv6 address of the test "
	  "host's lo0 (::1 and fe80::1)" },
	{ "pf/regress/openbsd/pf49.in", "count",
	  "'from lo0:network' without a family (line 2) is one rule per network of the "
	  "test host's lo0 (127.0.0.0/8 and ::1)" },
};

static const char *exception(const char *path, const char *what)
{
	for (size_t i = 0; i < sizeof exceptions / sizeof exceptions[0]; i++)
		if (strcmp(exceptions[i].path, path) == 0 &&
		    (!what || strcmp(exceptions[i].what, what) == 0))
			return exceptions[i].why;
	return NULL;
}

/* A corpus file read as fwlint reads it without -I: FreeBSD's dialect when
 * a line holds a statement only FreeBSD's pfctl has (pf_detect(), fwlint(1)
 * pf dialects).  This reads every FreeBSD-origin file of the manifest that
 * needs it (freebsd/freebsd-src, cunnie/freebsd-firewall) as FreeBSD's. */
static ir_ruleset *parse_as_detected(const char *path, diag_list *d)
{
	char err[200];
	char *buf;
	size_t len;
	if (read_whole_file(path, &buf, &len, err, sizeof err) != 0)
		return NULL;
	const char *fmt = pf_detect(buf, len);
	pf_opts o = { .freebsd = fmt && strcmp(fmt, "pf-freebsd") == 0 };
	ir_ruleset *rs = pf_parse_opts(path, buf, len, &o, d);
	free(buf);
	return rs;
}

/* The rules pfctl -nv printed into the .ok beside an .in, or -1 when there
 * is none. */
static long ok_rule_count(const char *in_path)
{
	size_t n = strlen(in_path);
	if (n < 3 || strcmp(in_path + n - 3, ".in") != 0)
		return -1;
	char *ok = malloc(n + 1);
	cr_assert(ok != NULL);
	memcpy(ok, in_path, n - 3);
	strcpy(ok + n - 3, ".ok");
	FILE *f = fopen(ok, "r");
	free(ok);
	if (!f)
		return -1;
	long count = 0;
	char line[16384];
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\r\n")] = '\0';
		count += pf_count_rule_line(line);
	}
	fclose(f);
	return count;
}

Test(pf_corpus, manifest)
{
	char path[4096];
	FILE *m = corpus_manifest();
	if (!m)
		cr_skip_test("corpus not found at %s (set FWLINT_CORPUS)", corpus_dir());

	char line[8192];
	size_t acc = 0, acc_ok = 0, rej = 0, rej_ok = 0, cnt = 0, cnt_ok = 0;
	char *f[CORPUS_FIELDS];
	while (corpus_row(m, "pf/", line, sizeof line, f)) {
		const char *expect = f[5];
		for (size_t i = 0; i < sizeof exceptions / sizeof exceptions[0]; i++)
			if (strcmp(exceptions[i].path, f[0]) == 0 &&
			    strcmp(exceptions[i].what, "count") != 0) {
				cr_log_info("%s: expecting %s instead of %s: %s", f[0],
					    exceptions[i].what, expect, exceptions[i].why);
				expect = exceptions[i].what;
			}
		bool want_accept = strcmp(expect, "accept") == 0;
		if (!want_accept && strcmp(expect, "reject") != 0)
			continue;

		snprintf(path, sizeof path, "%s/%s", corpus_dir(), f[0]);
		diag_list d;
		diag_list_init(&d);
		ir_ruleset *rs = parse_as_detected(path, &d);
		size_t n = corpus_parse_errors(&d, NULL);
		cr_expect(rs != NULL, "%s: cannot read", path);
		if (want_accept) {
			acc++;
			acc_ok += n == 0;
			if (n)
				fprintf(stderr, "pf corpus: %s should parse: %d:%d: %s\n", f[0],
					d.v[0].loc.line, d.v[0].loc.col, d.v[0].msg);
			long pfctl = ok_rule_count(path);
			const char *why = exception(f[0], "count");
			if (pfctl >= 0 && rs && why) {
				cr_log_info("%s: rule count not compared: %s", f[0], why);
			} else if (pfctl >= 0 && rs) {
				cnt++;
				cnt_ok += rs->nsource == (size_t)pfctl;
				if (rs->nsource != (size_t)pfctl)
					fprintf(stderr,
						"pf corpus: %s: %zu rules, pfctl prints %ld\n",
						f[0], rs->nsource, pfctl);
			}
		} else {
			rej++;
			rej_ok += n > 0;
			if (!n)
				fprintf(stderr, "pf corpus: %s should be rejected\n", f[0]);
		}
		ir_ruleset_free(rs);
		diag_list_free(&d);
	}
	fclose(m);
	fprintf(stderr, "pf corpus: %zu/%zu accepted, %zu/%zu rejected\n", acc_ok, acc,
		rej_ok, rej);
	fprintf(stderr, "pf corpus: rule counts match for %zu/%zu\n", cnt_ok, cnt);
	cr_assert(gt(sz, acc, 0), "no pf accept rows in the manifest");
	cr_assert(gt(sz, rej, 0), "no pf reject rows in the manifest");
	cr_expect(ge(sz, acc_ok * 100, acc * 97), "accepted %zu/%zu, below 97%%", acc_ok, acc);
	cr_expect(ge(sz, rej_ok * 100, rej * 97), "rejected %zu/%zu, below 97%%", rej_ok, rej);
	cr_expect(ge(sz, cnt_ok * 100, cnt * 90), "rule counts match for %zu/%zu, below 90%%",
		  cnt_ok, cnt);
}
