/* cli_int.h - what the commands of src/cli share. */
#ifndef FWLINT_CLI_INT_H
#define FWLINT_CLI_INT_H

#include <getopt.h>
#include <stddef.h>
#include <stdio.h>

/* The message for the option getopt_long() refused (it returned c, '?' or
 * ':', with opterr 0 and ':' leading the short options, so that it printed
 * nothing itself) at argv[optind - 1]: "unknown option '--fial-on' (did
 * you mean '--fail-on'?)", "option '--in' needs an argument".  The caller
 * frees it. */
char *cli_bad_option(char **argv, int c, const struct option *longopts);

/* The index of word in the closed list words[0..n), or -1 with a message
 * in *msg (the caller frees) that names the list or, for a typo, the
 * nearest word: "unknown scope 'al' (did you mean 'all'?)". */
int cli_pick(const char *what, const char *word, const char *const *words, size_t n,
	     char **msg);

/* The values of --fail-on and --scope (and of .fwlint's fail-on and
 * scope): NULL with *out set, or the message of cli_pick.  *out is a
 * diag_level or REPORT_FAIL_NEVER, an enum lint_scope. */
char *cli_fail_on(const char *word, int *out);
char *cli_scope(const char *word, int *out);
/* A whole number above 0 (--max-findings, max-findings =): NULL with *out
 * set, or "NAME needs a whole number above 0, not 'S'". */
char *cli_count(const char *name, const char *s, size_t *out);

/* Write a report with write(out, arg) to the file output (atomically: a
 * failed write removes it, so that CI never publishes an older report) or,
 * for NULL or "-", to standard output.  Returns 0, or 2 after a message
 * "PROG: cannot write the report to ...". */
int cli_emit(const char *prog, const char *output, int (*write)(FILE *out, void *arg), void *arg);

#endif
