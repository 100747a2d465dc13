/* lint.c - the pipeline of one run (see lint.h). */
#include "lint.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "jobs.h"
#include "xalloc.h"

/* The checks of a file need no topology and only read the evaluator (and
 * the IR and interface table, frozen by then), so with one firewall at a
 * time they run on a second thread while this one checks the flows.
 * Their findings go to a report of their own, merged afterwards. */
typedef struct file_job {
	check_ctx cx;
	report rep;
} file_job;

static void *file_checks_thread(void *arg)
{
	file_job *j = arg;
	checks_run(CHECK_INPUT_FILE, &j->cx);
	return NULL;
}

/* fwlint-topology(5): with two equally short paths a flow must pass the
 * firewalls of both, and a note says so (once per pair of zones, at the
 * first flow). */
static void note_equal_paths(const topo *t, const flow_list *flows, report *rep)
{
	bool *seen = xcalloc(t->nzone * t->nzone + 1, sizeof *seen);
	for (size_t i = 0; i < flows->n; i++) {
		const flow *fl = &flows->v[i];
		if (fl->src_zone < 0 || fl->dst_zone < 0)
			continue;
		size_t key = (size_t)fl->src_zone * t->nzone + (size_t)fl->dst_zone;
		if (seen[key])
			continue;
		seen[key] = true;
		hop hops[64];
		size_t npaths = 0;
		topo_paths(t, fl->src_zone, fl->dst_zone, hops, 64, &npaths);
		if (npaths > 1)
			diag_note(&rep->diags, fl->loc,
				  "traffic from zone %s to zone %s has %zu equally short paths; each of its flows must pass the firewalls of all of them",
				  t->zone[fl->src_zone].name, t->zone[fl->dst_zone].name, npaths);
	}
	free(seen);
}

void lint_fwload_opts(const topo_firewall *fw, fwload_opts *fo)
{
	const char **ifn = xcalloc(fw->niface ? fw->niface : 1, sizeof *ifn);
	cisco_binding *bind = xcalloc(2 * fw->niface + 1, sizeof *bind);
	size_t nbind = 0;
	for (size_t k = 0; k < fw->niface; k++) {
		const topo_iface *ti = &fw->iface[k];
		ifn[k] = ti->name;
		if (ti->acl_in)
			bind[nbind++] = (cisco_binding){ ti->name, ti->acl_in, false, ti->loc };
		if (ti->acl_out)
			bind[nbind++] = (cisco_binding){ ti->name, ti->acl_out, true, ti->loc };
	}
	fo->ifnames = ifn;
	fo->nifnames = fw->niface;
	fo->bindings = bind;
	fo->nbindings = nbind;
}

void lint_fwload_opts_free(fwload_opts *fo)
{
	free((void *)fo->ifnames);
	free((void *)fo->bindings);
	fo->ifnames = NULL;
	fo->bindings = NULL;
	fo->nifnames = fo->nbindings = 0;
}

/* One firewall of the topology: read its file with what the topology says
 * of it, then run the checks of a firewall here and those of a file on a
 * second thread (file_thread) or here after them.  Returns false when the
 * file could not be read. */
static bool lint_firewall(const lint_opts *o, const check_ctx *base, size_t index, report *rep,
			  bool file_thread)
{
	const topo_firewall *fw = &base->t->fw[index];
	diag_list dl;
	diag_list_init(&dl);
	fwload f;
	fwload_opts fo = { .format = o->input_format ? o->input_format : fw->format,
			   .allow_include_outside = o->allow_include_outside,
			   .noflush = o->noflush, .max_input = o->max_input };
	lint_fwload_opts(fw, &fo);
	bool ok = fwload_open(&f, fw->file, &fo, &dl);
	lint_fwload_opts_free(&fo);
	char *sname = xasprintf("firewall %s", fw->name);
	f.suite = report_suite(rep, sname, fw->file);
	free(sname);
	diag_list_move(&rep->diags, &dl);
	if (!ok) {
		bool io_error = f.io_error;
		fwload_close(&f);
		return !io_error;
	}
	f.fw = fw;
	f.fwindex = (int)index;

	check_ctx cx = *base;
	cx.f = &f;
	cx.rep = rep;
	file_job job = { cx, { 0 } };
	report_init(&job.rep);
	job.cx.rep = &job.rep;
	pthread_t th;
	bool threaded = file_thread &&
			pthread_create(&th, NULL, file_checks_thread, &job) == 0;
	checks_run(CHECK_INPUT_FIREWALL, &cx);
	if (threaded)
		pthread_join(th, NULL);
	else
		checks_run(CHECK_INPUT_FILE, &job.cx);
	diag_list_move(&rep->diags, &job.rep.diags);
	report_free(&job.rep);
	fwload_close(&f);
	return true;
}

/* Firewalls are independent of each other: a few workers take them in
 * turn, each loading, checking and freeing one firewall at a time into a
 * report of its own (nothing they share is written: the topology, its
 * flows and the options are read-only by now).  The reports are merged in
 * the topology's order, so that the output is that of one firewall after
 * the other. */
typedef struct fw_job {
	size_t index; /* the firewall */
	report rep;
	bool ok;      /* lint_firewall's answer */
} fw_job;

typedef struct fw_pool {
	const lint_opts *o;
	const check_ctx *base;
	fw_job *job;
	size_t njob;
	pthread_mutex_t lock;
	size_t next; /* the next job to take, under lock */
} fw_pool;

static void *fw_worker(void *arg)
{
	fw_pool *p = arg;
	for (;;) {
		pthread_mutex_lock(&p->lock);
		size_t k = p->next;
		if (k < p->njob)
			p->next++;
		pthread_mutex_unlock(&p->lock);
		if (k >= p->njob)
			return NULL;
		fw_job *j = &p->job[k];
		/* Every core has a worker already: the checks of the file
		 * run after those of the firewall, on the same one. */
		j->ok = lint_firewall(p->o, p->base, j->index, &j->rep, false);
	}
}

/* Append what a worker's report holds to the run's: its suites, its test
 * cases (a case that an earlier firewall added is that one, as
 * report_case() finds it) and its findings, pointed at the merged cases. */
static void merge_report(report *to, report *from)
{
	int *suite = xcalloc(from->nsuite + 1, sizeof *suite);
	for (size_t i = 0; i < from->nsuite; i++)
		suite[i] = report_suite(to, from->suite[i].name, from->suite[i].file);
	int *tcase = xcalloc(from->ncase + 1, sizeof *tcase);
	for (size_t i = 0; i < from->ncase; i++) {
		const rcase *c = &from->tcase[i];
		tcase[i] = report_case(to, c->suite >= 0 ? suite[c->suite] : -1,
				       c->classname, c->name);
	}
	for (size_t i = 0; i < from->diags.n; i++) {
		diag *d = &from->diags.v[i];
		if (d->tcase >= 0 && (size_t)d->tcase < from->ncase)
			d->tcase = tcase[d->tcase];
	}
	diag_list_move(&to->diags, &from->diags);
	free(tcase);
	free(suite);
}

/* How many workers: jobs_count(), never more than there are firewalls. */
static size_t lint_workers(size_t njob)
{
	size_t n = jobs_count();
	return n < njob ? n : njob;
}

/* Lint the firewalls idx[0..n) into rep, in that order.  Returns false
 * when a file could not be read. */
static bool lint_firewalls(const lint_opts *o, const check_ctx *base, const size_t *idx,
			   size_t n, report *rep)
{
	bool ok = true;
	size_t nworker = lint_workers(n);
	if (nworker <= 1) {
		for (size_t k = 0; k < n; k++)
			if (!lint_firewall(o, base, idx[k], rep, true))
				ok = false;
		return ok;
	}
	fw_pool p = { .o = o, .base = base, .njob = n };
	p.job = xcalloc(n, sizeof *p.job);
	for (size_t k = 0; k < n; k++) {
		p.job[k].index = idx[k];
		report_init(&p.job[k].rep);
	}
	pthread_mutex_init(&p.lock, NULL);
	/* This thread is a worker too; a worker that cannot be started only
	 * leaves more to the others. */
	pthread_t *th = xcalloc(nworker - 1, sizeof *th);
	size_t nth = 0;
	for (size_t w = 0; w + 1 < nworker; w++)
		if (pthread_create(&th[nth], NULL, fw_worker, &p) == 0)
			nth++;
	fw_worker(&p);
	for (size_t w = 0; w < nth; w++)
		pthread_join(th[w], NULL);
	free(th);
	pthread_mutex_destroy(&p.lock);
	for (size_t k = 0; k < n; k++) {
		merge_report(rep, &p.job[k].rep);
		report_free(&p.job[k].rep);
		if (!p.job[k].ok)
			ok = false;
	}
	free(p.job);
	return ok;
}

/* A file that no firewall of the topology names: the checks of a file. */
static bool lint_file(const lint_opts *o, const char *path, report *rep)
{
	diag_list dl;
	diag_list_init(&dl);
	fwload f;
	fwload_opts fo = { .format = o->input_format,
			   .allow_include_outside = o->allow_include_outside,
			   .noflush = o->noflush, .max_input = o->max_input };
	bool from_stdin = !strcmp(path, "-");
	char *buf = NULL;
	size_t len = 0;
	char err[160];
	if (from_stdin) {
		path = STDIN_NAME;
	} else if (read_whole_file_max(path, o->max_input ? o->max_input : FILEIO_MAX_SIZE,
				       &buf, &len, err, sizeof err) != 0) {
		srcloc at = { path, 0, 0, 0, 0 };
		report_suite(rep, path, path);
		diag_error(&rep->diags, at, "cannot read: %s", err);
		return false;
	}
	const char *text = from_stdin ? o->stdin_buf : buf;
	size_t tlen = from_stdin ? o->stdin_len : len;
	if (o->skip_unknown && !o->input_format && !frontend_detect(text, tlen)) {
		srcloc at = { path, 0, 0, 0, 0 };
		diag_note(&rep->diags, at,
			  "skipped: not a firewall configuration fwlint recognises, and no firewall of the topology names it");
		free(buf);
		return true;
	}
	bool ok = fwload_open_buf(&f, path, text, tlen, &fo, &dl);
	free(buf);
	f.suite = report_suite(rep, path, path);
	diag_list_move(&rep->diags, &dl);
	if (ok) {
		check_ctx cx = { .f = &f, .scope = o->scope, .rep = rep, .disabled = o->disabled };
		checks_run(CHECK_INPUT_FILE, &cx);
	}
	bool io_error = f.io_error;
	fwload_close(&f);
	return !io_error;
}

int lint_run(const lint_opts *o, char **files, size_t nfiles, report *rep)
{
	int status = 0;
	topo *t = NULL;
	flow_list flows = { 0 };
	check_ctx base = { .scope = o->scope, .rep = rep, .disabled = o->disabled };

	if (o->topology) {
		t = topo_load(o->topology, o->rulesets_dir, &rep->diags);
		if (!t)
			return 2;
		topo_flows(t, &flows);
		base.t = t;
		base.flows = &flows;
		checks_run(CHECK_INPUT_TOPOLOGY, &base);
		note_equal_paths(t, &flows, rep);
	}

	bool *named = xcalloc(nfiles ? nfiles : 1, sizeof *named);
	bool every = nfiles == 0;
	for (size_t k = 0; t && k < nfiles; k++)
		if (strcmp(files[k], "-") && same_path(files[k], o->topology)) {
			named[k] = true;
			every = true;
		}
	size_t *fw = xcalloc(t ? t->nfw + 1 : 1, sizeof *fw);
	size_t nfw = 0;
	for (size_t i = 0; t && i < t->nfw; i++) {
		bool wanted = every;
		for (size_t k = 0; k < nfiles; k++)
			if (strcmp(files[k], "-") && same_path(files[k], t->fw[i].file)) {
				named[k] = true;
				wanted = true;
			}
		if (wanted)
			fw[nfw++] = i;
	}
	if (!lint_firewalls(o, &base, fw, nfw, rep))
		status = 2;
	free(fw);
	for (size_t k = 0; k < nfiles; k++)
		if (!named[k] && !lint_file(o, files[k], rep))
			status = 2;
	free(named);
	if (t && !rep->topo) {
		/* The report keeps them for the dot writer (report.h). */
		rep->topo = t;
		rep->flows = xmalloc(sizeof *rep->flows);
		*rep->flows = flows;
	} else {
		flow_list_free(&flows);
		topo_free(t);
	}
	return status;
}
