/* diff.c - fwlint diff: what a change to firewall files does to the flows
 * a topology requires (fwlint(1), "fwlint diff").
 *
 * Two versions of each firewall's file are loaded against the same
 * topology.  Each required flow is evaluated through both (flowstate.h)
 * and compared packet set by packet set: what one version accepted and the
 * other drops, and where both agree, whether the rule that decides is
 * written the same (its text and chain, not its line: moving a rule is no
 * change); a flow accepted but translated elsewhere is not open, as for
 * missing-opening.  Excess is compared as packet sets (excess_sets): what
 * the new version lets through beyond what is needed and the old one did
 * not, and the reverse.  The lint's own shadowed-rule and return-blocked
 * checks run on both versions, and their findings are matched by what
 * survives a line move: the rule's text, the flow.  The differences are findings of diff's own checks (diff_checks),
 * written by the lint's report writers.
 */
#include "diffcmd.h"
#include "cli_int.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "checks.h"
#include "fileio.h"
#include "flowstate.h"
#include "lint.h"
#include "paths.h"
#include "report.h"
#include "srccache.h"
#include "topo.h"
#include "xalloc.h"

#define USAGE \
	"usage: fwlint diff -t TOPO [-f FMT] [-o FILE] [--firewall NAME] OLD NEW\n" \
	"       fwlint diff -t TOPO [-f FMT] [-o FILE] --rev REV\n" \
	"OLD and NEW: two versions of one firewall's file, or two folders that\n" \
	"hold the topology's firewall files; --rev: each firewall file of the\n" \
	"topology at commit REV against the work tree.  FMT: text | junit | sarif.\n"

/* The checks of a diff, one row each as in check_list.h (the SARIF
 * writer describes them from here: report.checks). */
enum diff_check {
	DC_FLOW_CLOSED,
	DC_REPLIES_CLOSED,
	DC_EXCESS_APPEARED,
	DC_RULE_SHADOWED,
	DC_FLOW_OPENED,
	DC_REPLIES_OPENED,
	DC_DECIDER_CHANGED,
	DC_EXCESS_GONE,
	DC_RULE_REACHABLE,
	DC_COUNT
};

static const check_def diff_checks[DC_COUNT] = {
	[DC_FLOW_CLOSED] = { "flow-closed", DIAG_ERROR, CHECK_INPUT_FIREWALL, NULL, CHECK_COUNT,
			     "a required flow that passed is now dropped, wholly or in part" },
	[DC_REPLIES_CLOSED] = { "replies-closed", DIAG_ERROR, CHECK_INPUT_FIREWALL, NULL,
				CHECK_COUNT,
				"the replies of a required flow that passed are now dropped" },
	[DC_EXCESS_APPEARED] = { "excess-appeared", DIAG_WARNING, CHECK_INPUT_FIREWALL, NULL,
				 CHECK_COUNT,
				 "an accepting rule or policy now lets through traffic that no requirement needs" },
	[DC_RULE_SHADOWED] = { "rule-shadowed", DIAG_WARNING, CHECK_INPUT_FILE, NULL, CHECK_COUNT,
			       "a rule that packets reached is now never reached" },
	[DC_FLOW_OPENED] = { "flow-opened", DIAG_NOTE, CHECK_INPUT_FIREWALL, NULL, CHECK_COUNT,
			     "a required flow that was dropped, wholly or in part, now passes" },
	[DC_REPLIES_OPENED] = { "replies-opened", DIAG_NOTE, CHECK_INPUT_FIREWALL, NULL,
				CHECK_COUNT, "the replies of a required flow now pass" },
	[DC_DECIDER_CHANGED] = { "decider-changed", DIAG_NOTE, CHECK_INPUT_FIREWALL, NULL,
				 CHECK_COUNT,
				 "another rule, written differently, now decides a required flow the same way" },
	[DC_EXCESS_GONE] = { "excess-gone", DIAG_NOTE, CHECK_INPUT_FIREWALL, NULL, CHECK_COUNT,
			     "traffic that no requirement needs no longer passes" },
	[DC_RULE_REACHABLE] = { "rule-reachable", DIAG_NOTE, CHECK_INPUT_FILE, NULL, CHECK_COUNT,
				"a rule that no packet reached is reached again" },
};

/* The changes that fail the run (fwlint(1), "fwlint diff"): a required
 * flow or its replies closed, and new excess, at whatever level. */
static bool diff_fails(const char *check)
{
	return !strcmp(check, diff_checks[DC_FLOW_CLOSED].name) ||
	       !strcmp(check, diff_checks[DC_REPLIES_CLOSED].name) ||
	       !strcmp(check, diff_checks[DC_EXCESS_APPEARED].name);
}

enum diff_format { DF_TEXT, DF_JUNIT, DF_SARIF };

typedef struct diff_opts {
	const char *topology;
	const char *rev;
	const char *firewall;
	const char *output;
	enum diff_format format;
	int scope;
	bool quiet;
} diff_opts;

/* One version of one firewall's file. */
typedef struct version {
	char *name;       /* its path, or "REV:PATH" for a commit's */
	char *buf;        /* the text diff read itself (git show), or NULL */
	size_t len;
	fwload f;
	bool opened;      /* f holds a ruleset */
	flowstate_list fs;
	report lint;      /* the lint checks' findings on it */
	int lint_suite;   /* its suite in lint */
} version;

typedef struct diffrun {
	const diff_opts *o;
	const topo *t;
	flow_list flows;
	report *rep;
	srccache *src;
	size_t closed, opened, changed; /* flows (through a firewall) */
	size_t nfind[DC_COUNT];
} diffrun;

static diag *add(diffrun *r, enum diff_check k, srcloc at, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static diag *add(diffrun *r, enum diff_check k, srcloc at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag *d = diag_addv(&r->rep->diags, diff_checks[k].level, diff_checks[k].name, at, fmt, ap);
	va_end(ap);
	r->nfind[k]++;
	return d;
}

/* ------------------------------------------------------------------
 * Reading a file as it was at a commit: git show REV:./PATH, run from the
 * file's folder (git-show(1); "./" makes the path relative to there,
 * gitrevisions(7) "<rev>:<path>").  No shell: fork and exec.
 */

/* Read fd into *b (at most max bytes kept; *big set past that); false at
 * its end or on an error. */
static bool drain(int fd, char **b, size_t *len, size_t *cap, size_t max, bool *big)
{
	char chunk[65536];
	ssize_t n = read(fd, chunk, sizeof chunk);
	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return true;
	if (n <= 0)
		return false;
	if (*len + (size_t)n > max) {
		*big = true;
		return true;
	}
	*b = xgrow(*b, cap, *len + (size_t)n + 1, 1);
	memcpy(*b + *len, chunk, (size_t)n);
	*len += (size_t)n;
	(*b)[*len] = '\0';
	return true;
}

/* 0 with the file's text in *buf, or -1 with the reason in *err (the
 * caller frees both). */
static int git_show(const char *rev, const char *path, char **buf, size_t *len, char **err)
{
	*buf = NULL;
	*len = 0;
	*err = NULL;
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	const char *base = path;
	if (slash) {
		base = path + (slash - dir) + 1;
		slash[slash == dir ? 1 : 0] = '\0';
	} else {
		strcpy(dir, ".");
	}
	char *spec = xasprintf("%s:./%s", rev, base);
	char *const argv[] = { "git", "-C", dir, "show", spec, NULL };
	int out[2], errp[2];
	if (pipe(out) != 0) {
		*err = xasprintf("cannot run git: %s", strerror(errno));
		free(spec);
		free(dir);
		return -1;
	}
	if (pipe(errp) != 0) {
		*err = xasprintf("cannot run git: %s", strerror(errno));
		close(out[0]);
		close(out[1]);
		free(spec);
		free(dir);
		return -1;
	}
	pid_t pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDONLY);
		if (null >= 0)
			dup2(null, STDIN_FILENO);
		dup2(out[1], STDOUT_FILENO);
		dup2(errp[1], STDERR_FILENO);
		close(out[0]);
		close(out[1]);
		close(errp[0]);
		close(errp[1]);
		execvp("git", argv);
		_exit(127);
	}
	close(out[1]);
	close(errp[1]);
	free(spec);
	free(dir);
	if (pid < 0) {
		*err = xasprintf("cannot run git: %s", strerror(errno));
		close(out[0]);
		close(errp[0]);
		return -1;
	}
	char *eb = NULL;
	size_t elen = 0, ecap = 0, cap = 0;
	bool big = false, ebig = false;
	struct pollfd p[2] = { { out[0], POLLIN, 0 }, { errp[0], POLLIN, 0 } };
	int open_fds = 2;
	while (open_fds > 0) {
		if (poll(p, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (int k = 0; k < 2; k++) {
			if (p[k].fd < 0 || !(p[k].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			bool more = k == 0 ? drain(p[k].fd, buf, len, &cap, FILEIO_MAX_SIZE, &big)
					   : drain(p[k].fd, &eb, &elen, &ecap, 4096, &ebig);
			if (!more) {
				close(p[k].fd);
				p[k].fd = -1;
				open_fds--;
			}
		}
	}
	for (int k = 0; k < 2; k++)
		if (p[k].fd >= 0)
			close(p[k].fd);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	int rc = 0;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		if (WIFEXITED(status) && WEXITSTATUS(status) == 127 && !elen) {
			*err = xstrdup("cannot run git");
		} else {
			/* git's own first line says why ("fatal: not a git
			 * repository", "fatal: path ... exists on disk, but
			 * not in ..."). */
			size_t n = eb ? strcspn(eb, "\n") : 0;
			*err = n ? xasprintf("git show: %.*s", (int)n, eb)
				 : xasprintf("git show failed (status %d)",
					     WIFEXITED(status) ? WEXITSTATUS(status) : -1);
		}
		rc = -1;
	} else if (big) {
		char sz[32];
		fileio_size_text(FILEIO_MAX_SIZE, sz, sizeof sz);
		*err = xasprintf("larger than %s", sz);
		rc = -1;
	}
	free(eb);
	if (rc != 0) {
		free(*buf);
		*buf = NULL;
		*len = 0;
	} else if (!*buf) {
		*buf = xstrdup("");
	}
	return rc;
}

/* ------------------------------------------------------------------
 * Loading and checking one version.
 */

static bool load_version(diffrun *r, size_t fwi, version *v)
{
	const topo_firewall *fw = &r->t->fw[fwi];
	fwload_opts fo = { .format = fw->format };
	lint_fwload_opts(fw, &fo);
	diag_list dl;
	diag_list_init(&dl);
	v->opened = v->buf ? fwload_open_buf(&v->f, v->name, v->buf, v->len, &fo, &dl)
			   : fwload_open(&v->f, v->name, &fo, &dl);
	lint_fwload_opts_free(&fo);
	/* What the lint reports about the file itself is the lint's: diff
	 * keeps what stops it (a file it cannot read or parse) and the
	 * parse errors, which make the comparison one of what fwlint
	 * understood of the file. */
	for (size_t i = 0; i < dl.n; i++) {
		diag *d = &dl.v[i];
		if (!d->check || !v->opened || !strcmp(d->check, check_name(CHECK_PARSE_ERROR))) {
			diag *c = diag_add(&r->rep->diags, d->level, d->check, d->loc, "%s", d->msg);
			c->tcase = -1;
		}
	}
	diag_list_free(&dl);
	if (!v->opened)
		return false;
	if (v->buf)
		srccache_put(r->src, v->name, v->buf, v->len);
	v->f.fw = fw;
	v->f.fwindex = (int)fwi;
	flowstate_eval(r->t, &r->flows, &v->f, &v->fs);

	/* The lint checks whose findings diff compares (over-permissive
	 * only when its sets cannot be compared: compare_excess). */
	report_init(&v->lint);
	v->lint_suite = report_suite(&v->lint, fw->name, v->name);
	v->f.suite = v->lint_suite;
	bool off[CHECK_COUNT];
	for (size_t i = 0; i < CHECK_COUNT; i++)
		off[i] = i != CHECK_SHADOWED_RULE && i != CHECK_RETURN_BLOCKED;
	check_ctx cx = { .t = r->t, .flows = &r->flows, .f = &v->f,
			 .scope = (enum lint_scope)r->o->scope, .rep = &v->lint, .disabled = off };
	checks_run(CHECK_INPUT_FIREWALL, &cx);
	checks_run(CHECK_INPUT_FILE, &cx);
	return true;
}

static void free_version(version *v)
{
	if (v->opened) {
		flowstate_list_free(&v->fs);
		report_free(&v->lint);
	}
	fwload_close(&v->f);
	free(v->buf);
	free(v->name);
	memset(v, 0, sizeof *v);
}

/* ------------------------------------------------------------------
 * Words.
 */

static srcloc outcome_loc(const version *v, const outcome *o)
{
	if (o->rule)
		return o->rule->loc;
	if (o->chain)
		return policy_where(&v->f, o->chain);
	return (srcloc){ v->name, 0, 0, 0, 0 };
}

/* "edge.rules:12 `-A EXCHANGE ... -j ACCEPT`", "the FORWARD policy
 * (edge.rules:13)" */
static char *decider_words(const version *v, const outcome *o)
{
	if (o->rule && o->rule->target && !strcmp(o->rule->target, CISCO_IMPLICIT_DENY))
		return xasprintf("the %s (%s:%d)", o->rule->text, o->rule->loc.file,
				 o->rule->loc.line);
	if (o->rule)
		return xasprintf("%s:%d `%s`", o->rule->loc.file, o->rule->loc.line,
				 o->rule->text ? o->rule->text : "");
	if (o->chain) {
		char *p = policy_describe(&v->f, o->chain);
		srcloc at = policy_where(&v->f, o->chain);
		if (at.line <= 0)
			return p;
		char *w = xasprintf("%s (%s:%d)", p, at.file, at.line);
		free(p);
		return w;
	}
	return xasprintf("%s, which does not filter it", v->name);
}

static char *summary(const pset *s, const fwload *f)
{
	char buf[512];
	pset_summary(s, &f->tab, buf, sizeof buf);
	return xstrdup(buf);
}

/* An example packet of s, with the interfaces it crosses in f (the sets
 * compared have none: flowstate.h), taken from the flow's packets pk. */
static void attach_example(diag *d, const pset *s, const pset *pk, const fwload *f)
{
	packet p;
	pset in = pset_intersect(s, pk);
	bool got = pset_example(&in, &p) || pset_example(s, &p);
	pset_free(&in);
	if (!got)
		return;
	char buf[256];
	fmt_packet(&p, &f->tab, buf, sizeof buf);
	diag_set_example(d, &p, buf);
}

/* Outcome i of s in v in words: its decider, and for one that sends the
 * flow elsewhere, where ("... `-j ACCEPT` but is translated to
 * 192.0.2.20:25 by edge.rules:7, not to EXCH1 192.0.2.10 port 25"). */
static char *state_words(const version *v, const flowstate *s, size_t i)
{
	char *w = decider_words(v, &s->out.v[i]);
	if (!s->wrong[i])
		return w;
	char *x = xasprintf("%s but %s", w, s->wrong[i]);
	free(w);
	return x;
}

/* Where outcome i of s is best pointed at: the translating rule of one
 * that sends the flow elsewhere (as missing-opening does), else its
 * decider. */
static srcloc state_loc(const version *v, const flowstate *s, size_t i)
{
	return s->wrong[i] ? s->wrong_at[i] : outcome_loc(v, &s->out.v[i]);
}

/* Whether outcome i of s is of the class `opens` (else: closes). */
static bool of_class(const flowstate *s, size_t i, bool opens)
{
	return opens ? flowstate_opens(s, i) : flowstate_closes(s, i);
}

/* The deciders of old's outcomes of class `opens` (else: closes) that
 * meet x: the first in words, and how many other rules; *wrong_first set
 * when the first accepted the flow but sent it elsewhere. */
static char *old_deciders(const version *ov, const flowstate *os, const pset *x, bool opens,
			  srcloc *first_at, bool *wrong_first)
{
	char *first = NULL;
	size_t others = 0;
	char **seen = NULL;
	size_t nseen = 0, capseen = 0;
	*wrong_first = false;
	for (size_t i = 0; i < os->out.n; i++) {
		const outcome *o = &os->out.v[i];
		if (!of_class(os, i, opens) || !pset_intersects(&o->set, x))
			continue;
		char *key = flowstate_key(os, i);
		bool dup = false;
		for (size_t k = 0; k < nseen && !dup; k++)
			dup = !strcmp(seen[k], key);
		if (dup) {
			free(key);
			continue;
		}
		seen = xgrow(seen, &capseen, nseen + 1, sizeof *seen);
		seen[nseen++] = key;
		if (!first) {
			first = state_words(ov, os, i);
			*first_at = state_loc(ov, os, i);
			*wrong_first = os->wrong[i] != NULL;
		} else {
			others++;
		}
	}
	for (size_t k = 0; k < nseen; k++)
		free(seen[k]);
	free(seen);
	if (!first)
		return xstrdup("nothing");
	if (!others)
		return first;
	char *w = xasprintf("%s and %zu other rule%s", first, others, others == 1 ? "" : "s");
	free(first);
	return w;
}

/* ------------------------------------------------------------------
 * The flows.
 */

static void compare_flow(diffrun *r, const version *ov, const flowstate *os,
			 const version *nv, const flowstate *ns)
{
	const flow *fl = &r->flows.v[ns->flow];
	const char *fwname = nv->f.fw->name;
	char *what = flow_describe(fl);
	char *cls = xasprintf("%s.diff", fwname);
	char *tname = xasprintf("%s did not close", what);
	int tc = report_case(r->rep, nv->f.suite, cls, tname);
	free(tname);
	free(cls);
	bool closed = false, opened = false, changed = false;
	pset pk = flow_packets(fl, &nv->f, &ns->hop);
	bool now_none = pset_is_empty(&ns->accepted);
	bool was_none = pset_is_empty(&os->accepted);

	for (size_t j = 0; j < ns->out.n; j++) {
		const outcome *o = &ns->out.v[j];
		/* drops: the lint would call the flow missing here (dropped,
		 * or accepted but sent elsewhere: flowstate.h). */
		bool drops = flowstate_closes(ns, j), accepts = flowstate_opens(ns, j);
		if (!drops && !accepts)
			continue;
		/* One line can be several rules of the same text (pf expands
		 * lists): the first speaks for all, with their packets. */
		char *nkey = flowstate_key(ns, j);
		bool later = false;
		for (size_t q = 0; q < j && !later; q++) {
			if (!of_class(ns, q, accepts))
				continue;
			char *kq = flowstate_key(ns, q);
			later = !strcmp(kq, nkey);
			free(kq);
		}
		if (later) {
			free(nkey);
			continue;
		}
		pset mine = pset_clone(&o->set);
		for (size_t q = j + 1; q < ns->out.n; q++) {
			const outcome *oq = &ns->out.v[q];
			if (!of_class(ns, q, accepts))
				continue;
			char *kq = flowstate_key(ns, q);
			if (!strcmp(kq, nkey))
				pset_add_set(&mine, &oq->set);
			free(kq);
		}
		/* Closed: accepted before, dropped now; opened: the reverse. */
		pset x = pset_intersect(&mine, drops ? &os->accepted : &os->dropped);
		if (!pset_is_empty(&x)) {
			srcloc old_at = SRCLOC_NONE;
			bool was_wrong;
			char *was = old_deciders(ov, os, &x, drops, &old_at, &was_wrong);
			char *now = state_words(nv, ns, j);
			bool whole = drops ? now_none : was_none;
			char *part = NULL;
			if (!whole) {
				char *sum = summary(&x, &nv->f);
				part = xasprintf(" for part of its packets (%s)", sum);
				free(sum);
			}
			/* Sent elsewhere: accepted, and the words say where. */
			diag *d = add(r, drops ? DC_FLOW_CLOSED : DC_FLOW_OPENED, state_loc(nv, ns, j),
				      "%s through %s is now %s%s by %s; it was %s by %s", what, fwname,
				      drops && !ns->wrong[j] ? "dropped" : "accepted",
				      part ? part : "", now,
				      drops || was_wrong ? "accepted" : "dropped", was);
			d->tcase = tc;
			diag_add_related(d, old_at, "it was %s here",
					 drops ? "accepted" : was_wrong ? "sent elsewhere" : "dropped");
			if (ns->wrong[j])
				diag_add_related(d, outcome_loc(nv, o), "it is accepted here");
			diag_add_related(d, fl->loc, "the topology requires this flow here");
			attach_example(d, &x, &pk, &nv->f);
			free(part);
			free(now);
			free(was);
			if (drops)
				closed = true;
			else
				opened = true;
		}
		pset_free(&x);

		/* Decided the same way, by a rule written differently. */
		for (size_t i = 0; i < os->out.n; i++) {
			const outcome *p = &os->out.v[i];
			if (!of_class(os, i, accepts))
				continue;
			pset y = pset_intersect(&mine, &p->set);
			char *okey = flowstate_key(os, i);
			bool differ = !pset_is_empty(&y) && strcmp(okey, nkey) != 0;
			/* Once per pair of deciders (pf expands one line into
			 * several rules of the same text). */
			for (size_t q = 0; differ && q < i; q++) {
				const outcome *pq = &os->out.v[q];
				if (!of_class(os, q, accepts) || !pset_intersects(&mine, &pq->set))
					continue;
				char *kq = flowstate_key(os, q);
				differ = strcmp(kq, okey) != 0;
				free(kq);
			}
			if (differ) {
				char *was = state_words(ov, os, i);
				char *now = state_words(nv, ns, j);
				char *sum = summary(&y, &nv->f);
				diag *d = add(r, DC_DECIDER_CHANGED, state_loc(nv, ns, j),
					      "%s through %s is still %s (%s), now by %s; it was by %s",
					      what, fwname, accepts ? "accepted" : ns->wrong[j] ? "not open" : "dropped", sum, now, was);
				d->tcase = tc;
				diag_add_related(d, state_loc(ov, os, i), "it was decided here");
				attach_example(d, &y, &pk, &nv->f);
				free(sum);
				free(now);
				free(was);
				changed = true;
			}
			free(okey);
			pset_free(&y);
		}
		free(nkey);
		pset_free(&mine);
	}
	r->closed += closed;
	r->opened += opened;
	r->changed += changed && !closed && !opened;
	pset_free(&pk);
	free(what);
}

/* ------------------------------------------------------------------
 * The lint's findings, matched across versions.
 */

typedef struct found {
	char *key;
	const diag *d;
} found;

static int found_cmp(const void *a, const void *b)
{
	const found *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	return (x->d > y->d) - (x->d < y->d);
}

/* s with every run of blanks one space, none at the ends. */
static char *collapse(const char *s, size_t n)
{
	char *out = xmalloc(n + 1), *p = out;
	bool blank = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			blank = p != out;
			continue;
		}
		if (blank)
			*p++ = ' ';
		blank = false;
		*p++ = c;
	}
	*p = '\0';
	return out;
}

/* The text of the line d points at, blanks collapsed ("" when unknown). */
static char *line_text(diffrun *r, const char *file, int line)
{
	size_t n = 0;
	const char *s = line > 0 && file ? srccache_line(r->src, file, line, &n) : NULL;
	return s ? collapse(s, n) : xstrdup("");
}

/* msg without its numbers (the line numbers it names). */
static char *without_digits(const char *msg)
{
	char *out = xstrdup(msg), *p = out;
	for (const char *s = msg; *s; s++)
		if (*s < '0' || *s > '9')
			*p++ = *s;
	*p = '\0';
	return out;
}

/* The findings of check in v's lint report, each with the identity that
 * survives a line move: the rule's text and the excess (over-permissive),
 * the rule's text (shadowed-rule), the flow (return-blocked: one per flow,
 * whichever rule drops its replies). */
static found *collect(diffrun *r, const version *v, enum check_id id, size_t *n)
{
	const char *check = check_name(id);
	found *out = NULL;
	size_t cap = 0;
	*n = 0;
	for (size_t i = 0; i < v->lint.diags.n; i++) {
		const diag *d = &v->lint.diags.v[i];
		if (!d->check || strcmp(d->check, check) || d->level == DIAG_NOTE)
			continue;
		char *key;
		if (id == CHECK_RETURN_BLOCKED) {
			const char *cname = d->tcase >= 0 ? v->lint.tcase[d->tcase].name : d->msg;
			bool dup = false;
			for (size_t k = 0; k < *n && !dup; k++)
				dup = !strcmp(out[k].key, cname);
			if (dup)
				continue;
			key = xstrdup(cname);
		} else {
			char *text = line_text(r, d->file, d->loc.line);
			char *rest = id == CHECK_OVER_PERMISSIVE
				     ? (d->excess ? xstrdup(d->excess) : without_digits(d->msg))
				     : xstrdup("");
			key = xasprintf("%s\n%s", text, rest);
			free(rest);
			free(text);
		}
		out = xgrow(out, &cap, *n + 1, sizeof *out);
		out[(*n)++] = (found){ key, d };
	}
	if (*n)
		qsort(out, *n, sizeof *out, found_cmp);
	return out;
}

static void free_found(found *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].key);
	free(v);
}

/* The line of v's file written as text (blanks collapsed), or 0. */
static int find_line(diffrun *r, const version *v, const char *text)
{
	if (!*text)
		return 0;
	int n = srccache_nlines(r->src, v->name);
	for (int line = 1; line <= n; line++) {
		char *t = line_text(r, v->name, line);
		bool same = !strcmp(t, text);
		free(t);
		if (same)
			return line;
	}
	return 0;
}

static void copy_extra(diag *to, const diag *from)
{
	if (from->has_packet)
		diag_set_example(to, &from->pkt, from->example);
	if (from->excess)
		diag_set_excess(to, from->excess);
}

/* The test case of the flow whose replies return-blocked finding d of
 * version v is about: the flow's case of the diff ("... did not close";
 * the lint names it "... is open"), or -1. */
static int replies_case(diffrun *r, const version *v, const version *nv, const diag *d)
{
	if (d->tcase < 0)
		return -1;
	const char *name = v->lint.tcase[d->tcase].name;
	size_t n = strlen(name), sfx = strlen(" is open");
	if (n < sfx || strcmp(name + n - sfx, " is open"))
		return -1;
	char *cls = xasprintf("%s.diff", nv->f.fw->name);
	char *tname = xasprintf("%.*s did not close", (int)(n - sfx), name);
	int tc = report_case(r->rep, nv->f.suite, cls, tname);
	free(tname);
	free(cls);
	return tc;
}

static void compare_check(diffrun *r, const version *ov, const version *nv, enum check_id id)
{
	size_t no, nn;
	found *o = collect(r, ov, id, &no);
	found *n = collect(r, nv, id, &nn);
	size_t i = 0, j = 0;
	while (i < no || j < nn) {
		int c = i >= no ? 1 : j >= nn ? -1 : strcmp(o[i].key, n[j].key);
		if (c == 0) {
			i++;
			j++;
			continue;
		}
		if (c > 0) {
			/* Only in the new version. */
			const diag *d = n[j++].d;
			diag *nd;
			if (id == CHECK_OVER_PERMISSIVE)
				nd = add(r, DC_EXCESS_APPEARED, d->loc, "%s; %s had no such excess", d->msg, ov->name);
			else if (id == CHECK_SHADOWED_RULE)
				nd = add(r, DC_RULE_SHADOWED, d->loc, "%s; it was reached in %s", d->msg,
					 ov->name);
			else
				nd = add(r, DC_REPLIES_CLOSED, d->loc, "%s; they passed in %s", d->msg,
					 ov->name);
			copy_extra(nd, d);
			nd->tcase = id == CHECK_RETURN_BLOCKED ? replies_case(r, nv, nv, d) : -1;
			continue;
		}
		/* Only in the old version: at the same rule in the new one if
		 * it is still there, else at the old line. */
		const diag *d = o[i++].d;
		char *text = line_text(r, d->file, d->loc.line);
		int line = find_line(r, nv, text);
		free(text);
		srcloc at = d->loc;
		if (line > 0)
			at = (srcloc){ nv->f.path, line, 1, line, 1 };
		diag *nd = NULL;
		if (id == CHECK_OVER_PERMISSIVE)
			nd = add(r, DC_EXCESS_GONE, at, "excess gone (%s:%d: %s)", d->file, d->loc.line,
				 d->msg);
		else if (id == CHECK_SHADOWED_RULE && line > 0)
			nd = add(r, DC_RULE_REACHABLE, at, "this rule is reached again (%s:%d: %s)",
				 d->file, d->loc.line, d->msg);
		else if (id == CHECK_RETURN_BLOCKED)
			nd = add(r, DC_REPLIES_OPENED, at, "replies pass again (%s:%d: %s)", d->file,
				 d->loc.line, d->msg);
		if (nd) {
			copy_extra(nd, d);
			nd->tcase = id == CHECK_RETURN_BLOCKED ? replies_case(r, ov, nv, d) : -1;
			if (line > 0)
				diag_add_related(nd, d->loc, "it was here");
		}
	}
	free_found(o, no);
	free_found(n, nn);
}

/* ------------------------------------------------------------------
 * Excess, as packet sets (excess_sets): what the new version lets through
 * beyond what is needed and the old one did not, and the reverse, hook by
 * hook.  A rule narrowed in place, or whose excess an earlier rule now
 * takes, gives only what really changed.
 */

/* "this rule", "the FORWARD policy", "this file" */
static char *share_who(const version *v, const excess_share *p)
{
	if (p->rule)
		return xstrdup("this rule");
	if (p->chain)
		return policy_describe(&v->f, p->chain);
	return xstrdup("this file, which has no filter rules,");
}

/* "edge.rules:25 `-A EXCHANGE ... -j ACCEPT`", "the FORWARD policy
 * (edge.rules:13)" */
static char *share_words(const version *v, const excess_share *p)
{
	outcome o = { 0 };
	o.rule = p->rule;
	o.chain = p->chain;
	return decider_words(v, &o);
}

static void set_desc(diag *d, excess_desc *x)
{
	if (x->has_packet)
		diag_set_example(d, &x->p, x->example);
	diag_set_excess(d, x->sum);
	free(x->sum);
	x->sum = NULL;
}

/* Each share of `of` (version v) that meets x: one finding of k with the
 * part of x it lets through. */
static void excess_findings(diffrun *r, enum diff_check k, const excess_sets *xs, size_t h,
			    const version *v, const version *other, const pset *x)
{
	const char *scope = r->o->scope == SCOPE_SERVERS ? "to or from an Exchange server " : "";
	const excess_hook *eh = &xs->h[h];
	for (size_t i = 0; i < eh->n; i++) {
		const excess_share *p = &eh->v[i];
		pset part = pset_intersect(&p->set, x);
		if (pset_is_empty(&part)) {
			pset_free(&part);
			continue;
		}
		excess_desc desc;
		excess_sets_words(xs, h, &v->f, &part, &desc);
		diag *d;
		if (k == DC_EXCESS_APPEARED) {
			char *who = share_who(v, p);
			d = add(r, k, p->at,
				"%s %s through traffic %sthat no requirement needs and that %s did not let through",
				who, p->maybe ? "may let" : "lets", scope, other->name);
			free(who);
		} else {
			/* At the same rule in the new file if it is still
			 * there, else at the old line. */
			char *text = p->rule ? line_text(r, p->at.file, p->at.line) : xstrdup("");
			int line = find_line(r, other, text);
			free(text);
			srcloc at = p->at;
			if (line > 0)
				at = (srcloc){ other->f.path, line, 1, line, 1 };
			char *was = share_words(v, p);
			d = add(r, k, at,
				"traffic %sthat no requirement needs, which %s let through, no longer passes in %s",
				scope, was, other->name);
			free(was);
			if (line > 0)
				diag_add_related(d, p->at, "it passed here");
		}
		d->tcase = -1;
		set_desc(d, &desc);
		pset_free(&part);
	}
}

static pset share_union(const excess_hook *h)
{
	pset u = pset_empty();
	for (size_t i = 0; i < h->n; i++)
		pset_add_set(&u, &h->v[i].set);
	return u;
}

/* The lint's over-permissive findings on v, for compare_check. */
static void lint_excess(diffrun *r, version *v)
{
	bool off[CHECK_COUNT];
	for (size_t i = 0; i < CHECK_COUNT; i++)
		off[i] = i != CHECK_OVER_PERMISSIVE;
	int suite = v->f.suite;
	v->f.suite = v->lint_suite;
	check_ctx cx = { .t = r->t, .flows = &r->flows, .f = &v->f,
			 .scope = (enum lint_scope)r->o->scope, .rep = &v->lint, .disabled = off };
	checks_run(CHECK_INPUT_FIREWALL, &cx);
	v->f.suite = suite;
}

/* false when either version's excess is not exact (a bound cut an
 * evaluation short): then the lint's findings are matched instead. */
static bool compare_excess(diffrun *r, version *ov, version *nv)
{
	excess_sets xo, xn;
	enum lint_scope scope = (enum lint_scope)r->o->scope;
	excess_sets_build(r->t, &r->flows, &ov->f, scope, &xo);
	excess_sets_build(r->t, &r->flows, &nv->f, scope, &xn);
	bool exact = xo.n == xn.n;
	for (size_t h = 0; h < xo.n && exact; h++)
		exact = !xo.h[h].inexact && !xn.h[h].inexact && xo.h[h].hook == xn.h[h].hook;
	for (size_t h = 0; h < xn.n && exact; h++) {
		pset was = share_union(&xo.h[h]), now = share_union(&xn.h[h]);
		pset appeared = pset_subtract(&now, &was);
		pset gone = pset_subtract(&was, &now);
		excess_findings(r, DC_EXCESS_APPEARED, &xn, h, nv, ov, &appeared);
		excess_findings(r, DC_EXCESS_GONE, &xo, h, ov, nv, &gone);
		pset_free(&appeared);
		pset_free(&gone);
		pset_free(&was);
		pset_free(&now);
	}
	excess_sets_free(&xo);
	excess_sets_free(&xn);
	return exact;
}

/* ------------------------------------------------------------------
 * One firewall, two versions.
 */

/* Compare old with new (both of firewall fwi); false when either cannot
 * be read or parsed (exit 2). */
static bool diff_firewall(diffrun *r, size_t fwi, version *ov, version *nv)
{
	char *sname = xasprintf("firewall %s", r->t->fw[fwi].name);
	int suite = report_suite(r->rep, sname, nv->name);
	free(sname);
	bool ok_old = load_version(r, fwi, ov);
	bool ok_new = load_version(r, fwi, nv);
	if (!ok_old || !ok_new)
		return false;
	nv->f.suite = suite;
	/* The same topology gives both versions the same flows and hops,
	 * in the same order. */
	for (size_t k = 0; k < nv->fs.n && k < ov->fs.n; k++)
		compare_flow(r, ov, &ov->fs.v[k], nv, &nv->fs.v[k]);
	if (!compare_excess(r, ov, nv)) {
		srcloc at = { nv->f.path, 0, 0, 0, 0 };
		diag_note(&r->rep->diags, at,
			  "what %s or %s lets through is too complex to compute exactly: their over-permissive findings are matched by the rule's text and excess instead",
			  ov->name, nv->name)->tcase = -1;
		lint_excess(r, ov);
		lint_excess(r, nv);
		compare_check(r, ov, nv, CHECK_OVER_PERMISSIVE);
	}
	compare_check(r, ov, nv, CHECK_SHADOWED_RULE);
	compare_check(r, ov, nv, CHECK_RETURN_BLOCKED);
	return true;
}

/* ------------------------------------------------------------------
 * The command line.
 */

enum { OPT_REV = 256, OPT_FIREWALL, OPT_SCOPE, OPT_LIST_CHECKS };

static const struct option longopts[] = {
	{ "topology", required_argument, NULL, 't' },
	{ "format", required_argument, NULL, 'f' },
	{ "output", required_argument, NULL, 'o' },
	{ "rev", required_argument, NULL, OPT_REV },
	{ "firewall", required_argument, NULL, OPT_FIREWALL },
	{ "scope", required_argument, NULL, OPT_SCOPE },
	{ "quiet", no_argument, NULL, 'q' },
	{ "list-checks", no_argument, NULL, OPT_LIST_CHECKS },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

typedef struct write_job {
	const diffrun *r;
	const report *rep;
	enum diff_format format;
	bool quiet;
} write_job;

static int write_summary(const diffrun *r, FILE *out)
{
	const size_t *f = r->nfind;
	if (fprintf(out,
		    "%zu flow%s closed, %zu opened, %zu decided by another rule; "
		    "replies of %zu closed, %zu opened; "
		    "%zu excess appeared, %zu gone; "
		    "%zu rule%s newly shadowed, %zu reached again\n",
		    r->closed, r->closed == 1 ? "" : "s", r->opened, r->changed,
		    f[DC_REPLIES_CLOSED], f[DC_REPLIES_OPENED], f[DC_EXCESS_APPEARED],
		    f[DC_EXCESS_GONE], f[DC_RULE_SHADOWED], f[DC_RULE_SHADOWED] == 1 ? "" : "s",
		    f[DC_RULE_REACHABLE]) < 0 ||
	    fflush(out) == EOF || ferror(out))
		return -1;
	return 0;
}

static int write_report(FILE *out, void *arg)
{
	const write_job *j = arg;
	switch (j->format) {
	case DF_JUNIT: return report_write_junit(j->rep, out);
	case DF_SARIF: return report_write_sarif(j->rep, out);
	case DF_TEXT: break;
	}
	if (report_write_text(j->rep, out, true) != 0)
		return -1;
	return j->quiet || !j->r ? 0 : write_summary(j->r, out);
}

static int emit(const diff_opts *o, const diffrun *r, const report *rep)
{
	write_job job = { r, rep, o->format, o->quiet };
	return cli_emit("fwlint diff", o->output, write_report, &job);
}

/* Exit 2: the errors on standard error, and a report that says why to -o
 * or, for a machine format, to standard output (as the lint does). */
static int stop(const diff_opts *o, report *rep, const char *usage)
{
	if (usage) {
		fprintf(stderr, "fwlint diff: %s\n%s", usage, USAGE);
		diag_error(&rep->diags, SRCLOC_NONE, "%s", usage);
	} else {
		report_write_text(rep, stderr, true);
	}
	rep->status = 2;
	if (o->output || o->format != DF_TEXT)
		emit(o, NULL, rep);
	return 2;
}

static char *parse(diff_opts *o, int argc, char **argv, bool *exit_now)
{
	static const char *const formats[] = { "text", "junit", "sarif" };
	char *err = NULL;
	int ch;
	opterr = 0;
	/* 0, not 1: glibc then forgets where a previous scan stopped
	 * inside a word ("-hq" of an earlier call in this process). */
	optind = 0;
	while ((ch = getopt_long(argc, argv, ":t:f:o:qh", longopts, NULL)) != -1) {
		char *e = NULL;
		int k;
		switch (ch) {
		case 't': o->topology = optarg; break;
		case 'f':
			k = cli_pick("report format", optarg, formats, 3, &e);
			if (k >= 0)
				o->format = (enum diff_format)k;
			break;
		case 'o': o->output = optarg; break;
		case OPT_REV:
			o->rev = optarg;
			/* git would take "-x:./file" for an option. */
			if (!*optarg || *optarg == '-')
				e = xasprintf("--rev needs a commit, not '%s'", optarg);
			break;
		case OPT_FIREWALL: o->firewall = optarg; break;
		case OPT_SCOPE: e = cli_scope(optarg, &o->scope); break;
		case 'q': o->quiet = true; break;
		case OPT_LIST_CHECKS:
			if (!err)
				for (size_t i = 0; i < DC_COUNT; i++)
					printf("%-18s %-8s %s%s\n", diff_checks[i].name,
					       diag_level_name(diff_checks[i].level), diff_checks[i].desc,
					       diff_fails(diff_checks[i].name) ? " (exit 1)" : "");
			*exit_now = true;
			return err;
		case 'h':
			if (!err)
				fputs(USAGE, stdout);
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

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Where a folder holds firewall fw's file: the path as the topology
 * writes it when that is relative and stays inside, else its base name. */
static char *in_folder(const char *dir, const topo_firewall *fw)
{
	const char *rel = fw->file_as_written;
	if (!rel || rel[0] == '/' || strstr(rel, "..")) {
		const char *s = strrchr(fw->file, '/');
		rel = s ? s + 1 : fw->file;
	}
	size_t n = strlen(dir);
	return xasprintf("%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", rel);
}

static bool exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* Run the comparisons the command line asks for; returns false on an
 * error (already in the report). */
static bool diff_all(diffrun *r, char **files, size_t nfiles)
{
	const diff_opts *o = r->o;
	const topo *t = r->t;
	bool ok = true;
	if (o->rev) {
		for (size_t i = 0; i < t->nfw; i++) {
			version ov = { 0 }, nv = { 0 };
			char *err;
			if (git_show(o->rev, t->fw[i].file, &ov.buf, &ov.len, &err) != 0) {
				srcloc at = { t->fw[i].file, 0, 0, 0, 0 };
				diag_error(&r->rep->diags, at, "cannot read it as it is at %s: %s",
					   o->rev, err);
				free(err);
				ok = false;
				continue;
			}
			ov.name = xasprintf("%s:%s", o->rev, t->fw[i].file);
			nv.name = xstrdup(t->fw[i].file);
			if (!diff_firewall(r, i, &ov, &nv))
				ok = false;
			free_version(&ov);
			free_version(&nv);
		}
		return ok;
	}
	const char *old = files[0], *new = files[1];
	if (is_dir(old) && is_dir(new)) {
		for (size_t i = 0; i < t->nfw; i++) {
			version ov = { 0 }, nv = { 0 };
			ov.name = in_folder(old, &t->fw[i]);
			nv.name = in_folder(new, &t->fw[i]);
			if (!exists(ov.name) && !exists(nv.name)) {
				srcloc at = { t->fw[i].loc.file, t->fw[i].loc.line, t->fw[i].loc.col, 0, 0 };
				diag_note(&r->rep->diags, at,
					  "firewall %s: neither %s nor %s exists; not compared", t->fw[i].name,
					  ov.name, nv.name);
			} else if (!diff_firewall(r, i, &ov, &nv)) {
				ok = false;
			}
			free_version(&ov);
			free_version(&nv);
		}
		return ok;
	}
	size_t fwi = t->nfw;
	for (size_t i = 0; i < t->nfw && fwi == t->nfw; i++)
		if (o->firewall ? !strcmp(o->firewall, t->fw[i].name)
				: same_path(new, t->fw[i].file) || same_path(old, t->fw[i].file))
			fwi = i;
	if (fwi == t->nfw) {
		srcloc at = { o->topology, 0, 0, 0, 0 };
		if (o->firewall)
			diag_error(&r->rep->diags, at, "no firewall is named %s", o->firewall);
		else
			diag_error(&r->rep->diags, at,
				   "neither %s nor %s is the file of a firewall of the topology: name the firewall with --firewall",
				   old, new);
		return false;
	}
	version ov = { 0 }, nv = { 0 };
	ov.name = xstrdup(old);
	nv.name = xstrdup(new);
	ok = diff_firewall(r, fwi, &ov, &nv);
	free_version(&ov);
	free_version(&nv);
	return ok;
}

int diff_main(int argc, char **argv)
{
	diff_opts o = { .scope = SCOPE_SERVERS, .format = DF_TEXT };
	report rep;
	report_init(&rep);
	rep.checks = diff_checks;
	rep.nchecks = DC_COUNT;
	/* None of the lint's checks runs as such: JUnit lists no passed
	 * parse-error or shadowed-rule for the files. */
	bool all_off[CHECK_COUNT];
	for (size_t i = 0; i < CHECK_COUNT; i++)
		all_off[i] = true;
	rep.disabled = all_off;
	bool exit_now = false;
	char *usage = parse(&o, argc, argv, &exit_now);
	char **files = argv + optind;
	size_t nfiles = (size_t)(argc - optind);
	if (exit_now && !usage) {
		report_free(&rep);
		return 0;
	}
	if (!usage) {
		if (!o.topology)
			usage = xstrdup("a topology is needed (-t TOPO)");
		else if (o.rev && nfiles)
			usage = xstrdup("--rev compares every firewall file of the topology: give no OLD or NEW");
		else if (!o.rev && nfiles != 2)
			usage = xasprintf("give two versions, OLD and NEW (or --rev REV), not %zu file%s",
					  nfiles, nfiles == 1 ? "" : "s");
		else if (!o.rev && is_dir(files[0]) != is_dir(files[1]))
			usage = xstrdup("OLD and NEW must both be files or both be folders");
		else if (o.firewall && o.rev)
			usage = xstrdup("--firewall names the firewall of two files, not of --rev");
	}
	rep.topology = o.topology;
	if (usage) {
		int st = stop(&o, &rep, usage);
		free(usage);
		report_free(&rep);
		return st;
	}

	srccache *src = srccache_new(0);
	rep.src = src;
	diffrun r = { .o = &o, .rep = &rep, .src = src };
	char *rulesets = find_rulesets_dir();
	topo *t = topo_load(o.topology, rulesets, &rep.diags);
	free(rulesets);
	int status;
	if (!t) {
		report_sort(&rep);
		status = stop(&o, &rep, NULL);
		goto out;
	}
	r.t = t;
	topo_flows(t, &r.flows);
	bool ok = diff_all(&r, files, nfiles);
	report_sort(&rep);
	if (!ok) {
		status = stop(&o, &rep, NULL);
		goto out;
	}
	status = 0;
	for (size_t i = 0; i < rep.diags.n; i++) {
		diag *d = &rep.diags.v[i];
		d->fails = d->check && diff_fails(d->check);
		if (d->fails)
			status = 1;
	}
	rep.status = status;
	if (emit(&o, &r, &rep) != 0)
		status = 2;
out:
	flow_list_free(&r.flows);
	topo_free(t);
	srccache_free(src);
	rep.src = NULL;
	report_free(&rep);
	return status;
}
