/* main.c - the command line (fwlint(1)). */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "cli_int.h"
#include "config.h"
#include "diffcmd.h"
#include "finish.h"
#include "fileio.h"
#include "frontend.h"
#include "lint.h"
#include "paths.h"
#include "report.h"
#include "spell.h"
#include "srccache.h"
#include "trace.h"
#include "xalloc.h"

#ifndef FWLINT_VERSION
#define FWLINT_VERSION "0.0.0"
#endif

static const char usage_text[] =
	"usage: fwlint [OPTIONS] [FILE...]\n"
	"       fwlint trace [-I FMT] [-t TOPO] FILE [--in IFACE] [--out IFACE]\n"
	"                    [--host in|out] [--acl NAME] [--state new|established]\n"
	"                    [--flags FLAGS] PROTO SRC[:SPORT] DST[:DPORT]\n"
	"                    (for icmp, DST:TYPE; default 8, echo request)\n"
	"       fwlint trace [-I FMT] [-t TOPO] FILE [--in IFACE] [--out IFACE]\n"
	"                    [--host in|out] [--acl NAME]\n"
	"                    --connect PROTO SRC[:SPORT] DST[:DPORT]\n"
	"                    (the whole connection: OPEN, CLOSED or MAYBE)\n"
	"       fwlint diff -t TOPO [-f FMT] [-o FILE] [--firewall NAME] OLD NEW\n"
	"       fwlint diff -t TOPO [-f FMT] [-o FILE] --rev REV\n"
	"                    (what a change does to the required flows)\n"
	"\n"
	"Check firewall configurations (iptables-save, pf.conf, Cisco IOS and ASA)\n"
	"against the needs of a Microsoft Exchange organisation described by a\n"
	"topology file.  FILE - is standard input.\n"
	"\n"
	"  -t, --topology FILE     the topology; without it, only parse-error,\n"
	"                          shadowed-rule and unresolved are checked\n"
	"  -f, --format FMT        text (default) | junit | sarif | json | codequality\n"
	"                          | dot (a Graphviz drawing of the flows)\n"
	"                          | diff (the fix-its as a unified diff)\n"
	"  -o, --output FILE       write the report to FILE, atomically\n"
	"      --fix[=inplace]     write each file with the fix-its applied to\n"
	"                          FILE.fixed (or over FILE with =inplace)\n"
	"  -I, --input-format FMT  iptables | pf | pf-freebsd | cisco | asa\n"
	"                          for every FILE\n"
	"                          (default: detect)\n"
	"      --scope SCOPE       servers (default) | all\n"
	"      --fail-on LEVEL     error (default) | warning | never\n"
	"      --disable CHECK     do not run CHECK (several: commas, or repeat)\n"
	"      --enable CHECK      run CHECK even if .fwlint disables it\n"
	"      --error CHECK       report CHECK's findings as errors\n"
	"      --warning CHECK     report CHECK's findings as warnings\n"
	"      --baseline FILE     report only findings FILE does not list; when\n"
	"                          FILE does not exist, write it with them\n"
	"      --max-findings N    report the first N findings, count the others\n"
	"      --color WHEN        auto (default) | always | never: colour and a\n"
	"                          caret under the column (text on a terminal)\n"
	"      --config FILE       read settings from FILE (default: the nearest\n"
	"                          .fwlint in this folder or above)\n"
	"      --no-config         read no .fwlint\n"
	"      --skip-unknown      skip a FILE of no known format, with a note\n"
	"                          (the pre-commit hooks pass every staged file)\n"
	"      --no-topology       check the FILEs alone, even if .fwlint names a\n"
	"                          topology\n"
	"      --allow-include-outside  let pf include and table files come from\n"
	"                          outside the including file's folder\n"
	"      --noflush           read iptables files as fragments, loaded with\n"
	"                          iptables-restore --noflush\n"
	"      --max-input-size N  read files of at most N bytes (K, M, G: 256M,\n"
	"                          the default)\n"
	"  -q, --quiet             print findings only, no summary\n"
	"      --list-checks       print every check with its level and description\n"
	"  -h, --help              this text\n"
	"  -V, --version           the version\n"
	"\n"
	"Exit status: 0 no finding reaches --fail-on; 1 one does; 2 usage, topology\n"
	"or I/O error.  FWLINT_RULESETS names the folder of rulesets; NO_COLOR\n"
	"turns colour off; FWLINT_JOBS says how many threads to use (default: one\n"
	"a processor).\n"
	"\n"
	"The manual: fwlint(1); the topology language and rulesets: fwlint-topology(5).\n";

enum out_format { OUT_TEXT, OUT_JUNIT, OUT_SARIF, OUT_JSON, OUT_CODEQUALITY, OUT_DOT, OUT_DIFF };

static const char *const format_names[] = {
	[OUT_TEXT] = "text", [OUT_JUNIT] = "junit", [OUT_SARIF] = "sarif",
	[OUT_JSON] = "json", [OUT_CODEQUALITY] = "codequality",
	[OUT_DOT] = "dot", [OUT_DIFF] = "diff",
};
#define NFORMATS (sizeof format_names / sizeof *format_names)

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
	case OUT_DOT: return report_write_dot(j->rep, out);
	case OUT_DIFF: return report_write_diff(j->rep, out);
	case OUT_TEXT: break;
	}
	return report_write_text(j->rep, out, j->quiet);
}

static void list_checks(void)
{
	for (size_t i = 0; i < CHECK_COUNT; i++)
		printf("%-18s %-8s %s%s\n", check_table[i].name,
		       diag_level_name(check_table[i].level), check_table[i].desc,
		       check_needs_topology(&check_table[i]) ? " (needs -t)" : "");
}

/* What the command line asked for. */
typedef struct cli {
	lint_opts lint;
	finish_opts fin;
	enum out_format format;
	const char *output;
	const char *topology;
	const char *baseline;
	const char *config;
	bool no_config;
	bool no_topology;
	int fail_on;          /* -1: not given */
	int scope;            /* -1: not given */
	size_t max_findings;  /* 0: not given */
	int color;            /* 0 auto, 1 always, 2 never */
	bool quiet;
	int fix;              /* --fix: 0 no, 1 next to each file, 2 in place */
	/* --disable/--enable/--error/--warning in their order, applied
	 * after the configuration file's lists. */
	struct { const char *how, *names; } *checks;
	size_t nchecks;
} cli;

enum { OPT_SCOPE = 256, OPT_FAIL_ON, OPT_LIST_CHECKS, OPT_ALLOW_INCLUDE, OPT_NOFLUSH,
       OPT_DISABLE, OPT_ENABLE, OPT_ERROR, OPT_WARNING, OPT_BASELINE, OPT_MAX_FINDINGS,
       OPT_COLOR, OPT_CONFIG, OPT_NO_CONFIG, OPT_SKIP_UNKNOWN, OPT_NO_TOPOLOGY,
       OPT_MAX_INPUT, OPT_FIX };

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
	{ "max-input-size", required_argument, NULL, OPT_MAX_INPUT },
	{ "disable", required_argument, NULL, OPT_DISABLE },
	{ "enable", required_argument, NULL, OPT_ENABLE },
	{ "error", required_argument, NULL, OPT_ERROR },
	{ "warning", required_argument, NULL, OPT_WARNING },
	{ "baseline", required_argument, NULL, OPT_BASELINE },
	{ "max-findings", required_argument, NULL, OPT_MAX_FINDINGS },
	{ "color", required_argument, NULL, OPT_COLOR },
	{ "colour", required_argument, NULL, OPT_COLOR },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "no-config", no_argument, NULL, OPT_NO_CONFIG },
	{ "skip-unknown", no_argument, NULL, OPT_SKIP_UNKNOWN },
	{ "no-topology", no_argument, NULL, OPT_NO_TOPOLOGY },
	{ "fix", optional_argument, NULL, OPT_FIX },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

/* Parse argv into c.  Returns NULL, or the first usage error (the caller
 * frees it); -o and -f are taken even after an error, so that the report
 * can say why.  *exit_now is set for --help, --version, --list-checks. */
static char *parse(cli *c, int argc, char **argv, bool *exit_now)
{
	char *err = NULL;
	int ch;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":t:f:o:I:qhV", longopts, NULL)) != -1) {
		char *e = NULL;
		int k;
		switch (ch) {
		case 't': c->topology = optarg; break;
		case 'f':
			k = cli_pick("report format", optarg, format_names, NFORMATS, &e);
			if (k >= 0)
				c->format = (enum out_format)k;
			break;
		case 'o': c->output = optarg; break;
		case 'I':
			if (!frontend_find(optarg)) {
				char names[128];
				e = xasprintf("unknown input format '%s' (%s)", optarg,
					      frontend_names(names, sizeof names));
			}
			c->lint.input_format = optarg;
			break;
		case OPT_ALLOW_INCLUDE: c->lint.allow_include_outside = true; break;
		case OPT_NOFLUSH: c->lint.noflush = true; break;
		case OPT_MAX_INPUT:
			if (fileio_parse_size(optarg, &c->lint.max_input) != 0)
				e = xasprintf("--max-input-size needs a size above 0 in bytes, or with K, M or G (256M), not '%s'",
					      optarg);
			break;
		case OPT_SKIP_UNKNOWN: c->lint.skip_unknown = true; break;
		case OPT_NO_TOPOLOGY: c->no_topology = true; break;
		case OPT_FIX:
			c->fix = 1;
			if (optarg && strcmp(optarg, "inplace") == 0)
				c->fix = 2;
			else if (optarg)
				e = xasprintf("--fix takes no value but 'inplace' (--fix=inplace), not '%s'",
					      optarg);
			break;
		case OPT_SCOPE: e = cli_scope(optarg, &c->scope); break;
		case OPT_FAIL_ON: e = cli_fail_on(optarg, &c->fail_on); break;
		case OPT_COLOR: {
			static const char *const whens[] = { "auto", "always", "never" };
			k = cli_pick("colour setting", optarg, whens, 3, &e);
			if (k >= 0)
				c->color = k;
			break;
		}
		case OPT_DISABLE: case OPT_ENABLE: case OPT_ERROR: case OPT_WARNING: {
			static const char *const hows[] = { "disable", "enable", "error", "warning" };
			c->checks = xrealloc(c->checks, (c->nchecks + 1) * sizeof *c->checks);
			c->checks[c->nchecks].how = hows[ch - OPT_DISABLE];
			c->checks[c->nchecks++].names = optarg;
			/* Checked now, so that the error comes in order. */
			finish_opts scratch;
			finish_opts_init(&scratch);
			e = config_apply_checks(&scratch, hows[ch - OPT_DISABLE], optarg);
			break;
		}
		case OPT_BASELINE: c->baseline = optarg; break;
		case OPT_MAX_FINDINGS: e = cli_count("--max-findings", optarg, &c->max_findings); break;
		case OPT_CONFIG: c->config = optarg; break;
		case OPT_NO_CONFIG: c->no_config = true; break;
		case 'q': c->quiet = true; break;
		case OPT_LIST_CHECKS:
			if (!err)
				list_checks();
			*exit_now = true;
			return err;
		case 'h':
			if (!err)
				fputs(usage_text, stdout);
			*exit_now = true;
			return err;
		case 'V':
			if (!err)
				printf("fwlint %s\n", FWLINT_VERSION);
			*exit_now = true;
			return err;
		default: e = cli_bad_option(argv, ch, longopts); break;
		}
		if (e && !err)
			err = e;
		else
			free(e);
	}
	return err;
}

static bool want_color(int setting, const char *output, enum out_format format)
{
	if (format != OUT_TEXT || setting == 2)
		return false;
	if (setting == 1)
		return true;
	/* https://no-color.org: a set, non-empty NO_COLOR turns it off. */
	const char *nc = getenv("NO_COLOR");
	const char *term = getenv("TERM");
	return !output && isatty(STDOUT_FILENO) && !(nc && *nc) && !(term && !strcmp(term, "dumb"));
}

/* Write rep where the command line says: -o FILE atomically, else standard
 * output.  Returns 0, or 2 after saying why on standard error; a report
 * that cannot be written never leaves an older one in its place. */
static int emit(const cli *c, const report *rep)
{
	write_job job = { rep, c->format, c->quiet };
	return cli_emit("fwlint", c->output, write_report, &job);
}

/* A run that stops before it checks anything (a usage error, a bad
 * configuration, a topology that does not load): the errors go to standard
 * error, and a report that says why to -o (CI publishes it; an old one
 * must not stay) or, for a machine format, to standard output. */
static int stop(const cli *c, report *rep, const char *usage)
{
	if (usage)
		fprintf(stderr, "fwlint: %s\nTry 'fwlint --help'.\n", usage);
	else
		report_write_text(rep, stderr, true);
	if (usage) {
		srcloc none = SRCLOC_NONE;
		diag_error(&rep->diags, none, "%s", usage);
	}
	rep->status = 2;
	if (c->output || c->format != OUT_TEXT)
		emit(c, rep);
	return 2;
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "trace") == 0)
		return trace_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "diff") == 0)
		return diff_main(argc - 1, argv + 1);

	cli c;
	memset(&c, 0, sizeof c);
	finish_opts_init(&c.fin);
	c.fail_on = -1;
	c.scope = -1;
	c.format = OUT_TEXT;
	report rep;
	report_init(&rep);
	bool exit_now = false;
	char *usage = parse(&c, argc, argv, &exit_now);
	char **files = argv + optind;
	size_t nfiles = (size_t)(argc - optind);
	int status = 0;

	/* The configuration file, then the command line over it. */
	fwconfig cfg = { 0 };
	cfg.fail_on = cfg.scope = -1;
	char *cfgpath = NULL;
	if (!usage && !exit_now && !c.no_config) {
		cfgpath = c.config ? xstrdup(c.config) : config_find();
		if (cfgpath && config_load(cfgpath, &cfg, &c.fin, &rep.diags) != 0)
			status = 2;
	}
	for (size_t i = 0; !usage && i < c.nchecks; i++)
		free(config_apply_checks(&c.fin, c.checks[i].how, c.checks[i].names));
	c.lint.topology = c.no_topology ? NULL : c.topology ? c.topology : cfg.topology;
	c.lint.scope = c.scope >= 0 ? (enum lint_scope)c.scope
		       : cfg.scope >= 0 ? (enum lint_scope)cfg.scope : SCOPE_SERVERS;
	c.fin.fail_on = c.fail_on >= 0 ? c.fail_on : cfg.fail_on >= 0 ? cfg.fail_on : DIAG_ERROR;
	c.fin.baseline = c.baseline ? c.baseline : cfg.baseline;
	c.fin.max_findings = c.max_findings ? c.max_findings : cfg.max_findings;
	c.fin.have_topology = c.lint.topology != NULL;
	c.fin.topology = c.lint.topology;
	c.fin.no_fingerprints = c.format == OUT_TEXT || c.format == OUT_JUNIT;
	c.lint.disabled = c.fin.disabled;
	rep.fail_on = c.fin.fail_on;
	rep.disabled = c.fin.disabled;
	rep.topology = c.lint.topology;

	/* The configuration file itself among the FILEs (a hook passes it when
	 * it is staged): what it changes is how everything is checked, so
	 * everything is, as for a staged topology. */
	char **kept = xcalloc(nfiles + 2, sizeof *kept);
	size_t nkept = 0;
	bool config_named = false;
	for (size_t i = 0; i < nfiles; i++) {
		if (cfgpath && strcmp(files[i], "-") && same_path(files[i], cfgpath))
			config_named = true;
		else
			kept[nkept++] = files[i];
	}
	if (config_named && c.lint.topology)
		kept[nkept++] = (char *)c.lint.topology;
	bool only_config = config_named && nkept == 0;
	files = kept;
	nfiles = nkept;

	size_t nstdin = 0;
	for (size_t i = 0; i < nfiles; i++)
		nstdin += !strcmp(files[i], "-");
	if (!usage && !exit_now && status == 0) {
		if (nstdin > 1)
			usage = xstrdup("standard input (-) can be read once only");
		else if (!c.lint.topology && nfiles == 0 && !only_config)
			usage = xstrdup(cfgpath ? "nothing to check: give a topology (-t, or 'topology' in the configuration) or files"
					: "nothing to check: give a topology (-t) or files");
	}
	free(cfgpath);
	if (exit_now && !usage) {
		free(kept);
		config_free(&cfg);
		free(c.checks);
		report_free(&rep);
		return 0;
	}
	if (usage || status == 2) {
		status = stop(&c, &rep, usage);
		free(usage);
		free(kept);
		config_free(&cfg);
		free(c.checks);
		report_free(&rep);
		return status;
	}

	srccache *src = srccache_new(c.lint.max_input);
	rep.src = src;
	char *stdin_buf = NULL;
	if (nstdin) {
		char err[160];
		if (read_whole_fd_max(STDIN_FILENO, c.lint.max_input ? c.lint.max_input : FILEIO_MAX_SIZE,
				      &stdin_buf, &c.lint.stdin_len, err, sizeof err) != 0) {
			srcloc at = { STDIN_NAME, 0, 0, 0, 0 };
			diag_error(&rep.diags, at, "cannot read: %s", err);
			status = stop(&c, &rep, NULL);
			goto out;
		}
		c.lint.stdin_buf = stdin_buf;
		srccache_put(src, STDIN_NAME, stdin_buf, c.lint.stdin_len);
	}

	/* Where "ruleset NAME;" looks (paths.h). */
	char *rulesets = find_rulesets_dir();
	c.lint.rulesets_dir = rulesets;
	status = lint_run(&c.lint, files, nfiles, &rep);
	free(rulesets);
	c.lint.rulesets_dir = NULL;

	if (status == 2 && c.lint.topology && rep.nsuite == 0) {
		/* The topology did not load: nothing was checked. */
		report_sort(&rep);
		status = stop(&c, &rep, NULL);
		goto out;
	}
	if (report_finish(&rep, src, &c.fin) != 0)
		status = 2;
	if (status != 2)
		status = rep.nfailing ? 1 : 0;
	rep.status = status;
	rep.color = want_color(c.color, c.output, c.format);
	rep.max_input = c.lint.max_input;
	if (emit(&c, &rep) != 0)
		status = 2;
	if (c.fix && report_apply_fixits(&rep, c.fix == 2, stderr) != 0)
		status = 2;
out:
	free(kept);
	free(stdin_buf);
	srccache_free(src);
	rep.src = NULL;
	config_free(&cfg);
	free(c.checks);
	report_free(&rep);
	return status;
}
