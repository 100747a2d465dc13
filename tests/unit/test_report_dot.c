/* test_report_dot.c - the dot writer's escaping and its picture without a
 * topology (report_dot.c); pictures of a topology are e2e cases dot-*. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

static void expect_escape(const char *in, const char *want)
{
	char *got = report_dot_escape(in);
	cr_expect(eq(str, got, (char *)want), "escape of %s", in);
	free(got);
}

Test(report_dot, escape_quotes_and_backslashes)
{
	expect_escape("", "");
	expect_escape("plain eth0", "plain eth0");
	expect_escape("say \"hi\"", "say \\\"hi\\\"");
	/* A backslash is doubled, so that \n, \l, \N in a name are not
	 * label escapes, and a final one does not eat the closing quote. */
	expect_escape("a\\nb", "a\\\\nb");
	expect_escape("end\\", "end\\\\");
	expect_escape("\\\"", "\\\\\\\"");
}

Test(report_dot, escape_controls_and_utf8)
{
	expect_escape("two\nlines\ttab\x7f", "two?lines?tab?");
	/* UTF-8 as it is; a byte that is not UTF-8 is U+FFFD (dot would
	 * warn and read the label as Latin-1). */
	expect_escape("Z\xc3\xbcrich", "Z\xc3\xbcrich");
	expect_escape("caf\xe9", "caf\xef\xbf\xbd");
	expect_escape(NULL, "");
}

static char *write_dot(const report *r)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	cr_assert(not(eq(ptr, f, NULL)));
	cr_expect(eq(int, report_write_dot(r, f), 0));
	fclose(f);
	return buf;
}

Test(report_dot, files_alone)
{
	report r;
	report_init(&r);
	report_suite(&r, "a\"b.rules", "a\"b.rules");
	srcloc at = { "a\"b.rules", 3, 1, 3, 1 };
	diag_add(&r.diags, DIAG_WARNING, "shadowed-rule", at, "never reached");
	diag_add(&r.diags, DIAG_ERROR, "parse-error", at, "bad");
	diag_add(&r.diags, DIAG_ERROR, "parse-error", at, "worse");
	char *out = write_dot(&r);
	cr_expect(not(eq(ptr, strstr(out, "digraph fwlint {\n"), NULL)));
	cr_expect(not(eq(ptr, strstr(out, "No topology (-t)"), NULL)));
	cr_expect(not(eq(ptr, strstr(out, "c0 [label=\"file a\\\"b.rules\\n2 errors, 1 warning\", shape=note];"), NULL)),
		  "%s", out);
	cr_expect(eq(str, out + strlen(out) - 2, "}\n"));
	/* Deterministic: the same report, the same bytes. */
	char *again = write_dot(&r);
	cr_expect(eq(str, again, out));
	free(again);
	free(out);
	report_free(&r);
}

Test(report_dot, write_error)
{
	FILE *f = fopen("/dev/full", "w");
	if (!f)
		cr_skip_test("no /dev/full");
	report r;
	report_init(&r);
	cr_expect(eq(int, report_write_dot(&r, f), -1));
	cr_expect(eq(int, errno, ENOSPC));
	fclose(f);
	report_free(&r);
}
