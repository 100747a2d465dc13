/* test_iptables_corpus.c - every iptables file of the shared corpus that
 * the manifest marks accept parses without a parse-error, every reject
 * gets at least one.
 *
 * The corpus is ../shared/corpus from the repository root (tests run from
 * there), or $FWLINT_CORPUS.
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "corpus.h"
#include "iptables.h"

/* Where fwlint deliberately disagrees with MANIFEST.tsv, and why. */
static const struct {
	const char *path, *expect, *why;
} exceptions[] = {
	/* The manifest row says accept; the corpus README says reject, and so
	 * does the kernel: xt_tcpudp registers "tcp" with .proto = IPPROTO_TCP,
	 * so xt_check_match() refuses "-m tcp" without "-p tcp" when the rule
	 * is loaded ("only valid for protocol 6"); iptables 1.8.10 rejects it
	 * in userspace too.  iptables-restore --test of 1.8.9 never reaches
	 * the kernel, which is why it passed there. */
	{ "iptables/real/batfish-grammar__unsupported_rule_spec_options", "reject",
	  "-m tcp without -p tcp (kernel xt_check_match rejects it)" },
};

Test(iptables_corpus, manifest)
{
	char path[4096];
	FILE *m = corpus_manifest();
	if (!m)
		cr_skip_test("corpus not found at %s (set FWLINT_CORPUS)", corpus_dir());

	char line[8192];
	size_t acc = 0, acc_ok = 0, rej = 0, rej_ok = 0;
	char *f[CORPUS_FIELDS];
	while (corpus_row(m, "iptables/", line, sizeof line, f)) {
		const char *expect = f[5];
		for (size_t i = 0; i < sizeof exceptions / sizeof exceptions[0]; i++)
			if (strcmp(exceptions[i].path, f[0]) == 0) {
				cr_log_info("%s: expecting %s instead of %s: %s", f[0],
					    exceptions[i].expect, expect, exceptions[i].why);
				expect = exceptions[i].expect;
			}
		bool want_accept = strcmp(expect, "accept") == 0;
		if (!want_accept && strcmp(expect, "reject") != 0)
			continue;

		snprintf(path, sizeof path, "%s/%s", corpus_dir(), f[0]);
		diag_list d;
		diag_list_init(&d);
		ir_ruleset *rs = ipt_parse_file(path, 0, &d);
		size_t n = corpus_parse_errors(&d, NULL);
		cr_expect(rs != NULL, "%s: cannot read", path);
		if (want_accept) {
			acc++;
			acc_ok += n == 0;
			cr_expect(eq(sz, n, 0), "%s should parse: %s at %d:%d", f[0],
				  d.n ? d.v[0].msg : "", d.n ? d.v[0].loc.line : 0,
				  d.n ? d.v[0].loc.col : 0);
		} else {
			rej++;
			rej_ok += n > 0;
			cr_expect(gt(sz, n, 0), "%s should be rejected", f[0]);
		}
		ir_ruleset_free(rs);
		diag_list_free(&d);
	}
	fclose(m);
	fprintf(stderr, "iptables corpus: %zu/%zu accepted, %zu/%zu rejected\n",
		acc_ok, acc, rej_ok, rej);
	cr_expect(gt(sz, acc + rej, 0), "no iptables rows in the manifest");
}

/* ufw's before.rules and firewalld's restore input declare no built-in
 * chain: they are fragments, loaded with iptables-restore --noflush next to
 * chains made elsewhere, so what they jump to or append to without
 * declaring it is unresolved, never a parse-error (fwlint(1), IPTABLES). */
Test(iptables_corpus, ufw_and_firewalld_are_fragments)
{
	static const char *const files[] = {
		"iptables/real/ufw/before.rules",
		"iptables/netfilter-tests/restore-inputs/firewalld-restore__0001-firewalld_0__L106.rules",
	};
	FILE *m = corpus_manifest();
	if (!m)
		cr_skip_test("corpus not found at %s (set FWLINT_CORPUS)", corpus_dir());
	fclose(m);
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", corpus_dir(), files[i]);
		diag_list d;
		diag_list_init(&d);
		ir_ruleset *rs = ipt_parse_file(path, 0, &d);
		size_t unres = 0;
		for (size_t k = 0; k < d.n; k++)
			unres += strcmp(d.v[k].check, check_name(CHECK_UNRESOLVED)) == 0;
		cr_expect(eq(sz, d.nerror, 0), "%s", files[i]);
		cr_expect(gt(sz, unres, 0), "%s: no unresolved chain", files[i]);
		ir_ruleset_free(rs);
		diag_list_free(&d);
	}
}
