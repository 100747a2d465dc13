/* test_cisco_corpus.c - the Cisco files of the shared corpus: what
 * cisco_detect() says each one is, how many ACL entries and bindings
 * cisco_parse() understands in it, and how many parse-errors it reports.
 * Every file the manifest marks accept must parse without a parse-error
 * (issue 4, acceptance 1); the unknown rows are reported, not asserted.
 *
 * Each file is parsed as its folder says (cisco/ios/ as IR_FMT_CISCO,
 * cisco/asa/ as IR_FMT_ASA), as tests/corpus.sh runs fwlint -I, with no
 * bindings from outside.  The corpus is ../shared/corpus from the
 * repository root (tests run from there), or $FWLINT_CORPUS.
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "corpus.h"
#include "cisco.h"
#include "fileio.h"

/* Accept rows that the device itself would refuse, so that fwlint reports
 * a parse-error for them (the manifest follows Batfish, which parses them
 * with a warning), and why.  Each must get at least one parse-error.
 * tests/corpus.sh keeps the same list. */
static const struct {
	const char *path, *why;
} exceptions[] = {
	/* ciscoconfparse's fixtures, not device captures.  Not IOS syntax at
	 * all: "host" wants an address.  (A reference to an object or a
	 * group that does not exist, as in Batfish's ios-acl-object-group,
	 * is a warning: the device refuses that one line and keeps the rest,
	 * and fwlint leaves it out likewise.) */
	{ "cisco/ios/sample_01.ios", "line 348: 'permit esp host any any'" },
	{ "cisco/ios/sample_08.ios", "line 453: 'permit esp host any any'" },
	{ "cisco/ios/ios-inspect",
	  "line 24: destination 'ogn2' without 'object-group' is not an address" },
};

static const char *exception(const char *path)
{
	for (size_t i = 0; i < sizeof exceptions / sizeof exceptions[0]; i++)
		if (strcmp(exceptions[i].path, path) == 0)
			return exceptions[i].why;
	return NULL;
}

Test(cisco_corpus, manifest)
{
	char path[4096];
	FILE *m = corpus_manifest();
	if (!m)
		cr_skip_test("corpus not found at %s (set FWLINT_CORPUS)", corpus_dir());

	char line[8192];
	size_t files = 0, clean = 0, acc = 0, acc_clean = 0, unknown = 0, mismatch = 0;
	char *f[CORPUS_FIELDS];
	while (corpus_row(m, "cisco/", line, sizeof line, f)) {
		bool asa = strncmp(f[0], "cisco/asa/", 10) == 0;
		bool want_accept = strcmp(f[5], "accept") == 0;

		snprintf(path, sizeof path, "%s/%s", corpus_dir(), f[0]);
		char *buf = NULL, err[128];
		size_t len = 0;
		if (read_whole_file(path, &buf, &len, err, sizeof err) != 0) {
			cr_expect(false, "%s: %s", path, err);
			continue;
		}
		const char *detected = cisco_detect(buf, len);
		const char *folder = asa ? "asa" : "cisco";
		diag_list d;
		diag_list_init(&d);
		ir_ruleset *rs = cisco_parse(path, buf, len, asa ? IR_FMT_ASA : IR_FMT_CISCO,
					     NULL, 0, &d);
		cr_expect(rs != NULL, "%s: cisco_parse returned no ruleset", f[0]);
		size_t first = 0, n = corpus_parse_errors(&d, &first);

		fprintf(stderr, "cisco corpus: %s: %s, %zu ACL entries, %zu bindings, %zu parse-errors\n",
			f[0], detected ? detected : "not detected", rs ? rs->nsource : 0,
			rs ? rs->nbindings : 0, n);
		if (!detected || strcmp(detected, folder) != 0) {
			mismatch++;
			fprintf(stderr, "cisco corpus: %s: detected as %s, its folder says %s\n",
				f[0], detected ? detected : "neither", folder);
		}
		if (n)
			fprintf(stderr, "cisco corpus:     first at %d:%d: %s\n",
				d.v[first].loc.line, d.v[first].loc.col, d.v[first].msg);

		files++;
		clean += n == 0;
		if (want_accept) {
			const char *why = exception(f[0]);
			acc++;
			acc_clean += n == 0;
			if (why)
				cr_expect(gt(sz, n, 0), "%s: the device refuses it (%s), no parse-error",
					  f[0], why);
			else
				cr_expect(eq(sz, n, 0), "%s (accept) should parse: %d:%d: %s", f[0],
					  n ? d.v[first].loc.line : 0, n ? d.v[first].loc.col : 0,
					  n ? d.v[first].msg : "");
		} else {
			unknown++;
		}
		ir_ruleset_free(rs);
		diag_list_free(&d);
		free(buf);
	}
	fclose(m);
	fprintf(stderr,
		"cisco corpus: %zu/%zu files without parse-error (accept rows %zu/%zu, "
		"%zu of them refused as the device would; %zu unknown rows reported, not "
		"asserted; %zu detected otherwise than their folder)\n",
		clean, files, acc_clean, acc, sizeof exceptions / sizeof exceptions[0], unknown,
		mismatch);
	cr_assert(gt(sz, acc, 0), "no cisco accept rows in the manifest");
}
