/* lint.c - the pipeline of one run (see lint.h). */
#include "lint.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "xalloc.h"

/* The checks of a file need no topology and only read the evaluator (and
 * the IR and interface table, frozen by then), so they run on a second
 * thread while this one checks the flows.  Their findings go to a report
 * of their own, merged afterwards. */
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

/* One firewall of the topology: read its file with what the topology says
 * of it, then run the checks of a firewall here and those of a file on a
 * second thread.  Returns false when the file could not be read. */
static bool lint_firewall(const lint_opts *o, const check_ctx *base, size_t index, report *rep)
{
	const topo_firewall *fw = &base->t->fw[index];
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
	diag_list dl;
	diag_list_init(&dl);
	fwload f;
	fwload_opts fo = { .format = o->input_format ? o->input_format : fw->format,
			   .ifnames = ifn, .nifnames = fw->niface,
			   .bindings = bind, .nbindings = nbind,
			   .allow_include_outside = o->allow_include_outside,
			   .noflush = o->noflush, .max_input = o->max_input };
	bool ok = fwload_open(&f, fw->file, &fo, &dl);
	free(bind);
	free(ifn);
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
	bool threaded = pthread_create(&th, NULL, file_checks_thread, &job) == 0;
	if (!threaded)
		checks_run(CHECK_INPUT_FILE, &job.cx);
	checks_run(CHECK_INPUT_FIREWALL, &cx);
	if (threaded)
		pthread_join(th, NULL);
	diag_list_move(&rep->diags, &job.rep.diags);
	report_free(&job.rep);
	fwload_close(&f);
	return true;
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
	for (size_t i = 0; t && i < t->nfw; i++) {
		bool wanted = every;
		for (size_t k = 0; k < nfiles; k++)
			if (strcmp(files[k], "-") && same_path(files[k], t->fw[i].file)) {
				named[k] = true;
				wanted = true;
			}
		if (wanted && !lint_firewall(o, &base, i, rep))
			status = 2;
	}
	for (size_t k = 0; k < nfiles; k++)
		if (!named[k] && !lint_file(o, files[k], rep))
			status = 2;
	free(named);
	flow_list_free(&flows);
	topo_free(t);
	return status;
}
