/* cli_int.h - what the commands of src/cli share. */
#ifndef FWLINT_CLI_INT_H
#define FWLINT_CLI_INT_H

#include <getopt.h>

/* The message for the option getopt_long() refused (it returned c, '?' or
 * ':', with opterr 0 and ':' leading the short options, so that it printed
 * nothing itself) at argv[optind - 1]: "unknown option '--fial-on' (did
 * you mean '--fail-on'?)", "option '--in' needs an argument".  The caller
 * frees it. */
char *cli_bad_option(char **argv, int c, const struct option *longopts);

#endif
