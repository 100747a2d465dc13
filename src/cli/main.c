/* main.c - the command line (fwlint(1)). */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "frontend.h"
#include "lint.h"
#include "paths.h"
#include "report.h"
#include "trace.h"

#ifndef FWLINT_VERSION
#define FWLINT_VERSION "0.0.0"
#endif

static const char usage_text[] =
	"usage: fwlint [OPTIONS] [FILE...]\n"
	"       fwlint trace [-I FMT] FILE [--in IFACE] [--out IFACE] [--host in|out]\n"
	"                    [--acl NAME] [--state new|established] [--flags FLAGS]\n"
	"                    PROTO SRC[:SPORT] DST[:DPORT]\n"
	"                    (for icmp, DST:TYPE; default 8, echo request)\n"
	"       fwlint trace [-I FMT] FILE [--in IFACE] [--out IFACE] [--host in|out]\n"
	"                    [--acl NAME] --connect PROTO SRC[:SPORT] DST[:DPORT]\n"
	"                    (the whole connection: OPEN, CLOSED or MAYBE)\n"
	"\n"
	"Check firewall configurations (iptables-save, pf.conf, Cisco IOS and ASA)\n"
	"against the needs of a Microsoft Exchange organisation described by a\n"
	"topology file.\n"
	"\n"
	"  -t, --topology FILE     the topology; without it, only parse-error,\n"
	"                          shadowed-rule and unresolved are checked\n"
	"  -f, --format FMT        text (default) | junit | sarif | json | codequality\n"
	"  -o, --output FILE       write the report to FILE, atomically\n"
	"  -I, --input-format FMT  iptables | pf | pf-freebsd | cisco | asa\n"
	"                          for every FILE\n"
	"                          (default: detect)\n"
	"      --scope SCOPE       servers (default) | all\n"
	"      --fail-on LEVEL     error (default) | warning | never\n"
	"      --allow-include-outside  let pf include and table files come from\n"
	"                          outside the including file's folder\n"
	"      --noflush           read iptables files as fragments, loaded with\n"
	"                          iptables-restore --noflush\n"
	"  -q, --quiet             print findings only, no summary\n"
	"      --list-checks       print every check with its level and description\n"
	"  -h, --help              this text\n"
	"  -V, --version           the version\n"
	"\n"
	"Exit status: 0 no finding reaches --fail-on; 1 one does; 2 usage, topology\n"
	"or I/O error.  FWLINT_RULESETS names the folder of rulesets.\n"
	"\n"
	"The manual: fwlint(1); the topology language and rulesets: fwlint-topology(5).\n";

enum out_format { OUT_TEXT, OUT_JUNIT, OUT_SARIF, OUT_JSON, OUT_CODEQUALITY };

typedef struct write_job {
	const report *rep;
	enum out_format format;
	bool quiet;
} write_job;

static int write_report(FILE *out, void *arg)
{
	const write_job *j = arg;
	switch (j->format) {
	case OUT_JUNIT: return report_write_junit(j->rep, out);
	case OUT_SARIF: return report_write_sarif(j->rep, out);
	case OUT_JSON: return report_write_json(j->rep, out);
	case OUT_CODEQUALITY: return report_write_codequality(j->rep, out);
	case OUT_TEXT: break;
	}
	return report_write_text(j->rep, out, j->quiet);
}

__attribute__((format(printf, 1, 2)))
static int usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "fwlint: ");
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'fwlint --help'.\n");
	return 2;
}

static void list_checks(void)
{
	for (size_t i = 0; i < CHECK_COUNT; i++)
		printf("%-17s %-8s %s%s\n", check_table[i].name,
		       diag_level_name(check_table[i].level), check_table[i].desc,
		       check_needs_topology(&check_table[i]) ? " (needs -t)" : "");
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "trace") == 0)
		return trace_main(argc - 1, argv + 1);

	enum { OPT_SCOPE = 256, OPT_FAIL_ON, OPT_LIST_CHECKS, OPT_ALLOW_INCLUDE,
	       OPT_NOFLUSH };
	static const struct option longopts[] = {
		{ "topology", required_argument, NULL, 't' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "input-format", required_argument, NULL, 'I' },
		{ "scope", required_argument, NULL, OPT_SCOPE },
		{ "fail-on", required_argument, NULL, OPT_FAIL_ON },
		{ "quiet", no_argument, NULL, 'q' },
		{ "list-checks", no_argument, NULL, OPT_LIST_CHECKS },
		{ "allow-include-outside", no_argument, NULL, OPT_ALLOW_INCLUDE },
		{ "noflush", no_argument, NULL, OPT_NOFLUSH },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	lint_opts o = { 0 };
	o.scope = SCOPE_SERVERS;
	enum out_format format = OUT_TEXT;
	const char *output = NULL;
	/* A finding at this level or above fails the run; --fail-on never
	 * sets it above every level. */
	enum { FAIL_NEVER = DIAG_ERROR + 1 };
	int fail_on = DIAG_ERROR;
	bool quiet = false;
	int c;
	while ((c = getopt_long(argc, argv, "t:f:o:I:qhV", longopts, NULL)) != -1) {
		switch (c) {
		case 't': o.topology = optarg; break;
		case 'f':
			if (strcmp(optarg, "text") == 0)
				format = OUT_TEXT;
			else if (strcmp(optarg, "junit") == 0)
				format = OUT_JUNIT;
			else if (strcmp(optarg, "sarif") == 0)
				format = OUT_SARIF;
			else if (strcmp(optarg, "json") == 0)
				format = OUT_JSON;
			else if (strcmp(optarg, "codequality") == 0)
				format = OUT_CODEQUALITY;
			else
				return usage_error("unknown report format '%s' (text, junit, sarif, json or codequality)", optarg);
			break;
		case 'o': output = optarg; break;
		case 'I':
			if (!frontend_find(optarg)) {
				char names[128];
				return usage_error("unknown input format '%s' (%s)", optarg,
						   frontend_names(names, sizeof names));
			}
			o.input_format = optarg;
			break;
		case OPT_ALLOW_INCLUDE: o.allow_include_outside = true; break;
		case OPT_NOFLUSH: o.noflush = true; break;
		case OPT_SCOPE:
			if (strcmp(optarg, "servers") == 0)
				o.scope = SCOPE_SERVERS;
			else if (strcmp(optarg, "all") == 0)
				o.scope = SCOPE_ALL;
			else
				return usage_error("unknown scope '%s' (servers or all)", optarg);
			break;
		case OPT_FAIL_ON:
			if (strcmp(optarg, "error") == 0)
				fail_on = DIAG_ERROR;
			else if (strcmp(optarg, "warning") == 0)
				fail_on = DIAG_WARNING;
			else if (strcmp(optarg, "never") == 0)
				fail_on = FAIL_NEVER;
			else
				return usage_error("unknown level '%s' (error, warning or never)", optarg);
			break;
		case 'q': quiet = true; break;
		case OPT_LIST_CHECKS: list_checks(); return 0;
		case 'h': fputs(usage_text, stdout); return 0;
		case 'V': printf("fwlint %s\n", FWLINT_VERSION); return 0;
		default: return usage_error("%s", "bad option");
		}
	}
	char **files = argv + optind;
	size_t nfiles = (size_t)(argc - optind);
	if (!o.topology && nfiles == 0)
		return usage_error("%s", "nothing to check: give a topology (-t) or files");

	/* Where "ruleset NAME;" looks (paths.h). */
	char *rulesets = find_rulesets_dir();
	o.rulesets_dir = rulesets;
	report rep;
	report_init(&rep);
	int status = lint_run(&o, files, nfiles, &rep);
	free(rulesets);
	o.rulesets_dir = NULL;
	report_sort(&rep);

	if (status == 2 && o.topology && rep.suite == NULL && rep.nsuite == 0) {
		/* The topology did not load: its errors go to stderr, and no
		 * report is written (an old one is left as it is). */
		report_write_text(&rep, stderr, true);
		report_free(&rep);
		return 2;
	}

	/* What the writers read (report.h), until report_finish() sets it:
	 * which findings fail the run, and the exit status. */
	rep.fail_on = fail_on;
	bool any_fails = false;
	for (size_t i = 0; i < rep.diags.n; i++) {
		diag *d = &rep.diags.v[i];
		d->fails = d->check && d->level != DIAG_NOTE && (int)d->level >= fail_on;
		any_fails |= d->fails;
	}
	rep.status = status == 2 ? 2 : any_fails ? 1 : 0;

	write_job job = { &rep, format, quiet };
	int wr;
	if (output)
		wr = write_file_atomically(output, write_report, &job);
	else {
		wr = write_report(stdout, &job);
		if (fflush(stdout) != 0 || ferror(stdout))
			wr = -1;
	}
	if (wr != 0) {
		fprintf(stderr, "fwlint: cannot write the report to %s: %s\n",
			output ? output : "standard output", strerror(errno));
		report_free(&rep);
		return 2;
	}

	if (status != 2) {
		bool fail = false;
		for (size_t i = 0; i < rep.diags.n; i++)
			if ((int)rep.diags.v[i].level >= fail_on && rep.diags.v[i].level != DIAG_NOTE)
				fail = true;
		status = fail ? 1 : 0;
	}
	report_free(&rep);
	return status;
}
