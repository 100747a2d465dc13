/* test_finish.c - what a run decides about its findings (finish.h):
 * suppressions, fingerprints, baselines, limits; the source cache and the
 * .fwlint configuration file. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "checks.h"
#include "config.h"
#include "fileio.h"
#include "finish.h"
#include "report.h"
#include "srccache.h"
#include "suppress.h"
#include "xalloc.h"

static srcloc at(const char *file, int line, int col)
{
	return (srcloc){ file, line, col, line, col };
}

/* ---------------------------------------------------------- srccache */

Test(srccache, lines_without_their_ends)
{
	srccache *c = srccache_new(0);
	static const char text[] = "\xef\xbb\xbf" "one\r\ntwo\n\nfour";
	srccache_put(c, "f", text, sizeof text - 1);
	size_t len;
	const char *l = srccache_line(c, "f", 1, &len);
	/* The BOM and the CR are no text of the line. */
	cr_expect(eq(sz, len, 3));
	cr_expect(eq(int, strncmp(l, "one", 3), 0));
	l = srccache_line(c, "f", 2, &len);
	cr_expect(eq(sz, len, 3));
	l = srccache_line(c, "f", 3, &len);
	cr_expect(eq(sz, len, 0));
	l = srccache_line(c, "f", 4, &len);
	cr_expect(eq(sz, len, 4));
	cr_expect(eq(int, srccache_nlines(c, "f"), 4));
	cr_expect(eq(ptr, (void *)srccache_line(c, "f", 5, &len), NULL));
	cr_expect(eq(ptr, (void *)srccache_line(c, "f", 0, &len), NULL));
	cr_expect(eq(ptr, (void *)srccache_line(c, "/nonexistent/x", 1, &len), NULL));
	srccache_free(c);
}

/* ---------------------------------------------------------- suppress */

static size_t scan(const char *text, suppress_list *l, diag_list *bad)
{
	srccache *c = srccache_new(0);
	srccache_put(c, "f", text, strlen(text));
	suppress_scan(l, c, "f", bad);
	srccache_free(c);
	return l->n;
}

Test(suppress, a_comment_line_covers_the_next_rule)
{
	suppress_list l = { 0 };
	diag_list bad;
	diag_list_init(&bad);
	cr_assert(eq(sz, scan("# fwlint: disable=shadowed-rule,over-permissive\n\n# why\n-A INPUT -j ACCEPT\n",
			      &l, &bad), 2));
	cr_expect(eq(int, l.v[0].target, 4));
	cr_expect(eq(str, l.v[0].check, "shadowed-rule"));
	cr_expect(eq(str, l.v[1].check, "over-permissive"));
	cr_expect(eq(int, l.v[1].col, 33));
	cr_expect(eq(sz, bad.n, 0));

	diag_list dl;
	diag_list_init(&dl);
	diag *d = diag_check(&dl, CHECK_SHADOWED_RULE, at("f", 4, 1), "x");
	cr_expect(suppress_covers(&l, d));
	cr_expect(l.v[0].used);
	cr_expect(not(l.v[1].used));
	d = diag_check(&dl, CHECK_SHADOWED_RULE, at("f", 3, 1), "x");
	cr_expect(not(suppress_covers(&l, d)));
	d = diag_check(&dl, CHECK_SHADOWED_RULE, at("g", 4, 1), "x");
	cr_expect(not(suppress_covers(&l, d)));
	diag_list_free(&dl);
	suppress_list_free(&l);
	diag_list_free(&bad);
}

Test(suppress, a_trailing_comment_covers_its_line)
{
	suppress_list l = { 0 };
	diag_list bad;
	diag_list_init(&bad);
	cr_assert(eq(sz, scan("pass in quick proto tcp to port 22  # fwlint: disable=all\n", &l, &bad), 1));
	cr_expect(eq(int, l.v[0].target, 1));
	suppress_list_free(&l);
	diag_list_free(&bad);
}

Test(suppress, cisco_remarks_and_file_scope)
{
	suppress_list l = { 0 };
	diag_list bad;
	diag_list_init(&bad);
	cr_assert(eq(sz, scan("access-list 101 remark fwlint: disable=unresolved\n"
			      "access-list 101 permit ip any any\n"
			      "ip access-list extended X\n"
			      " remark fwlint: disable=shadowed-rule\n"
			      " remark another remark\n"
			      " permit tcp any any eq 80\n"
			      "access-list OUT line 3 remark fwlint: disable=over-permissive\n"
			      "access-list OUT line 3 extended permit ip any any\n"
			      "! fwlint: disable-file=dynamic-rpc\n", &l, &bad), 4));
	cr_expect(eq(int, l.v[0].target, 2));
	cr_expect(eq(int, l.v[1].target, 6));
	cr_expect(eq(int, l.v[2].target, 8));
	cr_expect(eq(int, l.v[3].target, 0));
	suppress_list_free(&l);
	diag_list_free(&bad);
}

Test(suppress, a_name_that_is_no_check)
{
	suppress_list l = { 0 };
	diag_list bad;
	diag_list_init(&bad);
	cr_expect(eq(sz, scan("# fwlint: disable=over-permisive\n-A INPUT -j ACCEPT\n", &l, &bad), 0));
	cr_assert(eq(sz, bad.n, 1));
	cr_expect(eq(str, (char *)bad.v[0].check, "unused-suppression"));
	cr_expect(eq(int, bad.v[0].loc.col, 19));
	cr_expect(eq(str, bad.v[0].msg,
		     "'over-permisive' is no check (did you mean 'over-permissive'?); this directive suppresses nothing"));
	/* Text that only mentions fwlint, or another tool's directive. */
	cr_expect(eq(sz, scan("# run fwlint: it is good\n# shellcheck disable=SC2086\n", &l, &bad), 0));
	suppress_list_free(&l);
	diag_list_free(&bad);
}

/* ---------------------------------------------------------- fingerprints */

static char *fingerprint_of(const char *text, int line, const char *msg)
{
	report r;
	report_init(&r);
	srccache *c = srccache_new(0);
	srccache_put(c, "fw.rules", text, strlen(text));
	diag_check(&r.diags, CHECK_SHADOWED_RULE, at("fw.rules", line, 1), "%s", msg);
	report_fingerprint(&r, c);
	char *fp = xstrdup(r.diags.v[0].fingerprint);
	srccache_free(c);
	report_free(&r);
	return fp;
}

Test(fingerprint, survives_a_move_and_changes_with_the_rule)
{
	char *a = fingerprint_of("*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\n", 2,
				 "taken earlier by line 1 (fw.rules:1)");
	char *b = fingerprint_of("*filter\n# new\n\n-A  INPUT -p tcp --dport 22 -j ACCEPT\n", 4,
				 "taken earlier by line 3 (fw.rules:3)");
	char *c = fingerprint_of("*filter\n-A INPUT -p tcp --dport 23 -j ACCEPT\n", 2,
				 "taken earlier by line 1 (fw.rules:1)");
	/* A port after an address is no line number. */
	char *d = fingerprint_of("*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\n", 2,
				 "TCP 10.0.0.1:135 is dropped");
	char *e = fingerprint_of("*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\n", 2,
				 "TCP 10.0.0.1:136 is dropped");
	cr_expect(eq(sz, strlen(a), 16));
	cr_expect(eq(str, a, b));
	cr_expect(ne(str, a, c));
	cr_expect(ne(str, d, e));
	free(a);
	free(b);
	free(c);
	free(d);
	free(e);
}

Test(fingerprint, equal_findings_are_told_apart)
{
	report r;
	report_init(&r);
	srccache *c = srccache_new(0);
	diag_check(&r.diags, CHECK_UNRESOLVED, at("x", 0, 0), "same");
	diag_check(&r.diags, CHECK_UNRESOLVED, at("x", 0, 0), "same");
	diag_error(&r.diags, at("x", 0, 0), "no check, no fingerprint");
	report_fingerprint(&r, c);
	cr_expect(ne(str, r.diags.v[0].fingerprint, r.diags.v[1].fingerprint));
	cr_expect(eq(ptr, r.diags.v[2].fingerprint, NULL));
	srccache_free(c);
	report_free(&r);
}

/* ---------------------------------------------------------- report_finish */

Test(finish, levels_disabled_checks_fails_and_the_limit)
{
	report r;
	report_init(&r);
	srccache *c = srccache_new(0);
	for (int i = 1; i <= 5; i++)
		diag_check(&r.diags, CHECK_SHADOWED_RULE, at("nofile", i, 1), "s%d", i);
	diag_check(&r.diags, CHECK_UNRESOLVED, at("nofile", 9, 1), "u");
	diag_check(&r.diags, CHECK_MISSING_OPENING, at("nofile", 10, 1), "m");
	finish_opts o;
	finish_opts_init(&o);
	o.disabled[CHECK_UNRESOLVED] = true;
	o.level[CHECK_SHADOWED_RULE] = DIAG_ERROR;
	o.level[CHECK_MISSING_OPENING] = DIAG_WARNING;
	o.max_findings = 2;
	cr_assert(eq(int, report_finish(&r, c, &o), 0));
	cr_expect(eq(sz, r.diags.n, 2));
	cr_expect(eq(int, r.diags.v[0].level, DIAG_ERROR));
	cr_expect(r.diags.v[0].fails);
	cr_expect(eq(sz, r.nfailing, 5)); /* the hidden ones fail the run too */
	cr_assert(eq(sz, r.nhidden, 2));
	cr_expect(eq(str, (char *)r.hidden[0].check, "missing-opening"));
	cr_expect(eq(int, r.hidden[0].level, DIAG_WARNING));
	cr_expect(eq(sz, r.hidden[1].n, 3));
	srccache_free(c);
	report_free(&r);
}

Test(finish, an_unused_suppression_of_a_check_that_ran)
{
	report r;
	report_init(&r);
	srccache *c = srccache_new(0);
	static const char text[] = "# fwlint: disable=shadowed-rule\n-A INPUT -j ACCEPT\n"
				   "# fwlint: disable=over-permissive\n-A INPUT -j ACCEPT\n";
	srccache_put(c, "fw", text, sizeof text - 1);
	report_suite(&r, "fw", "fw");
	finish_opts o;
	finish_opts_init(&o);
	cr_assert(eq(int, report_finish(&r, c, &o), 0));
	/* over-permissive needs a topology, and there was none. */
	cr_assert(eq(sz, r.diags.n, 1));
	cr_expect(eq(str, r.diags.v[0].msg,
		     "this suppression of shadowed-rule matches no finding on line 2"));
	srccache_free(c);
	report_free(&r);
}

/* ---------------------------------------------------------- config */

static char *write_tmp(const char *dir, const char *name, const char *text)
{
	char *p = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	cr_assert(ne(ptr, f, NULL));
	fputs(text, f);
	fclose(f);
	return p;
}

Test(config, keys_lists_and_paths_beside_the_file)
{
	char dir[] = "/tmp/fwlint-cfg-XXXXXX";
	cr_assert(ne(ptr, mkdtemp(dir), NULL));
	char *p = write_tmp(dir, ".fwlint",
			    "# comment\n"
			    "topology = org.topo  # the organisation\n"
			    "disable = shadowed-rule , unresolved\n"
			    "enable = unresolved\n"
			    "warning = missing-opening\n"
			    "fail-on = warning\n"
			    "scope = all\n"
			    "max-findings = 50\n"
			    "baseline = /abs/bl\n");
	fwconfig cfg;
	finish_opts fo;
	finish_opts_init(&fo);
	diag_list errs;
	diag_list_init(&errs);
	cr_assert(eq(int, config_load(p, &cfg, &fo, &errs), 0));
	char *want = xasprintf("%s/org.topo", dir);
	cr_expect(eq(str, cfg.topology, want));
	cr_expect(eq(str, cfg.baseline, "/abs/bl"));
	cr_expect(fo.disabled[CHECK_SHADOWED_RULE]);
	cr_expect(not(fo.disabled[CHECK_UNRESOLVED]));
	cr_expect(eq(int, fo.level[CHECK_MISSING_OPENING], DIAG_WARNING));
	cr_expect(eq(int, cfg.fail_on, DIAG_WARNING));
	cr_expect(eq(int, cfg.scope, SCOPE_ALL));
	cr_expect(eq(sz, cfg.max_findings, 50));
	cr_expect(eq(sz, errs.n, 0));
	config_free(&cfg);
	free(want);
	unlink(p);
	free(p);
	rmdir(dir);
	diag_list_free(&errs);
}

Test(config, errors_point_at_the_line)
{
	static const struct { const char *text, *msg; int line, col; } cases[] = {
		{ "\n  topolgy = x\n", "unknown key 'topolgy' (did you mean 'topology'?)", 2, 3 },
		{ "scope servers\n", "expected 'KEY = VALUE', found 'scope servers'", 1, 1 },
		{ "fail-on = always\n", "unknown level 'always' (error, warning or never)", 1, 11 },
		{ "max-findings = -3\n", "max-findings needs a whole number above 0, not '-3'", 1, 16 },
		{ "error = shadowed-rul\n", "unknown check 'shadowed-rul' (did you mean 'shadowed-rule'?)", 1, 9 },
		{ "topology =\n", "'topology' needs a value", 1, 11 },
	};
	char dir[] = "/tmp/fwlint-cfg-XXXXXX";
	cr_assert(ne(ptr, mkdtemp(dir), NULL));
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *p = write_tmp(dir, "c", cases[i].text);
		fwconfig cfg;
		finish_opts fo;
		finish_opts_init(&fo);
		diag_list errs;
		diag_list_init(&errs);
		cr_expect(eq(int, config_load(p, &cfg, &fo, &errs), -1), "case %zu", i);
		cr_assert(eq(sz, errs.n, 1), "case %zu", i);
		cr_expect(eq(str, errs.v[0].msg, (char *)cases[i].msg), "case %zu", i);
		cr_expect(eq(int, errs.v[0].loc.line, cases[i].line), "case %zu", i);
		cr_expect(eq(int, errs.v[0].loc.col, cases[i].col), "case %zu", i);
		config_free(&cfg);
		diag_list_free(&errs);
		unlink(p);
		free(p);
	}
	rmdir(dir);
}

Test(config, found_upward_and_named_relative)
{
	char dir[] = "/tmp/fwlint-cfg-XXXXXX";
	cr_assert(ne(ptr, mkdtemp(dir), NULL));
	char *sub = xasprintf("%s/a/b", dir), *a = xasprintf("%s/a", dir);
	cr_assert(eq(int, mkdir(a, 0700), 0));
	cr_assert(eq(int, mkdir(sub, 0700), 0));
	char *p = write_tmp(dir, ".fwlint", "scope = all\n");
	char *old = getcwd(NULL, 0);
	cr_assert(eq(int, chdir(sub), 0));
	char *found = config_find();
	cr_expect(eq(str, found, "../../.fwlint"));
	free(found);
	cr_assert(eq(int, chdir(dir), 0));
	found = config_find();
	cr_expect(eq(str, found, ".fwlint"));
	free(found);
	cr_assert(eq(int, chdir(old), 0));
	unlink(p);
	rmdir(sub);
	rmdir(a);
	rmdir(dir);
	free(p);
	free(sub);
	free(a);
	free(old);
}

/* ---------------------------------------------------------- fileio */

/* Standard input (the FILE "-") is read with the limit of every input: a
 * stream of one byte more than the limit is refused, not taken up to the
 * next doubling of the buffer. */
Test(fileio, read_whole_fd_keeps_the_limit)
{
	const size_t max = (size_t)1 << 20;
	char path[] = "/tmp/fwlint-fd-XXXXXX";
	int fd = mkstemp(path);
	cr_assert(ge(int, fd, 0));
	unlink(path);
	cr_assert(eq(int, ftruncate(fd, (off_t)max + 1), 0));
	char *buf, err[80];
	size_t len;
	cr_expect(eq(int, read_whole_fd_max(fd, max, &buf, &len, err, sizeof err), -1));
	cr_expect(eq(str, err, "larger than 1 MiB"));
	cr_assert(eq(int, ftruncate(fd, (off_t)max), 0));
	cr_assert(eq(int, (int)lseek(fd, 0, SEEK_SET), 0));
	cr_assert(eq(int, read_whole_fd_max(fd, max, &buf, &len, err, sizeof err), 0));
	cr_expect(eq(sz, len, max));
	free(buf);
	close(fd);
}

/* A regular file of exactly the limit is read whole; one byte more is
 * refused with the limit in the reason (--max-input-size). */
Test(fileio, read_whole_file_max_is_exact)
{
	char path[] = "/tmp/fwlint-max-XXXXXX";
	int fd = mkstemp(path);
	cr_assert(ge(int, fd, 0));
	cr_assert(eq(int, ftruncate(fd, 1500 * 1024), 0));
	close(fd);
	char *buf, err[80];
	size_t len;
	cr_expect(eq(int, read_whole_file_max(path, 1500 * 1024, &buf, &len, err, sizeof err), 0));
	cr_expect(eq(sz, len, (size_t)1500 * 1024));
	free(buf);
	cr_expect(eq(int, read_whole_file_max(path, 1500 * 1024 - 1, &buf, &len, err, sizeof err), -1));
	cr_expect(eq(str, err, "larger than 1535999 bytes"));
	unlink(path);
}

Test(fileio, sizes_in_words_and_back)
{
	char t[32];
	fileio_size_text(FILEIO_MAX_SIZE, t, sizeof t);
	cr_expect(eq(str, t, "256 MiB"));
	fileio_size_text(1500 * 1024, t, sizeof t);
	cr_expect(eq(str, t, "1500 KiB"));
	fileio_size_text(1000, t, sizeof t);
	cr_expect(eq(str, t, "1000 bytes"));
	size_t n = 0;
	cr_expect(eq(int, fileio_parse_size("256M", &n), 0));
	cr_expect(eq(sz, n, (size_t)256 << 20));
	cr_expect(eq(int, fileio_parse_size("1GiB", &n), 0));
	cr_expect(eq(sz, n, (size_t)1 << 30));
	cr_expect(eq(int, fileio_parse_size("4kb", &n), 0));
	cr_expect(eq(sz, n, (size_t)4096));
	cr_expect(eq(int, fileio_parse_size("123", &n), 0));
	cr_expect(eq(sz, n, (size_t)123));
	cr_expect(eq(int, fileio_parse_size("0", &n), -1));
	cr_expect(eq(int, fileio_parse_size("-1M", &n), -1));
	cr_expect(eq(int, fileio_parse_size("12X", &n), -1));
	cr_expect(eq(int, fileio_parse_size("1MX", &n), -1));
	cr_expect(eq(int, fileio_parse_size("99999999999999999999", &n), -1));
	cr_expect(eq(int, fileio_parse_size("17179869184G", &n), -1));
}

/* The search that lets a file without directives skip the scan of its
 * lines: anywhere in the text, across lines, and not past its end. */
Test(srccache, contains_finds_bytes_anywhere)
{
	srccache *c = srccache_new(0);
	srccache_put(c, "f", "-A X -j ACCEPT\n# fwlint: disable=x\n", 36);
	cr_expect(srccache_contains(c, "f", "fwlint:", 7));
	cr_expect(srccache_contains(c, "f", "ACCEPT\n#", 8));
	cr_expect(not(srccache_contains(c, "f", "fwlint:x", 8)));
	cr_expect(not(srccache_contains(c, "f", "x\n\n", 3)));
	cr_expect(srccache_contains(c, "f", "=x\n", 3));
	cr_expect(not(srccache_contains(c, "missing-file-for-the-test", "a", 1)));
	srccache_free(c);
}
