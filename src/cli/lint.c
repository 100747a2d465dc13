/* lint.c - the pipeline of one run (see lint.h). */
#include "lint.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "checks.h"
#include "fileio.h"
#include "iptables.h"
#include "pf.h"
#include "xalloc.h"

/* ------------------------------------------------------------------ */
/* Loading configuration files */

/* pf.conf(5) statements start with one of these words, or are a macro
 * definition "name = value". */
static bool pf_first_word(const char *w, size_t n, const char *rest, size_t restlen)
{
	static const char *const words[] = {
		"pass", "block", "match", "set", "table", "anchor", "antispoof", "scrub",
		"nat", "rdr", "binat", "no", "queue", "altq", "include", "load",
		"nat-anchor", "rdr-anchor", "binat-anchor",
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0)
			return true;
	size_t j = 0;
	while (j < restlen && (rest[j] == ' ' || rest[j] == '\t'))
		j++;
	return j < restlen && rest[j] == '=';
}

/* The first line that is not blank or a comment tells the format:
 * iptables-save output starts "*table", ":CHAIN POLICY", "-A ..." or
 * "COMMIT" (iptables-save(8)); a pf.conf a statement keyword or a macro. */
static const char *detect_format(const char *buf, size_t len)
{
	size_t i = 0;
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < len) {
		while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'))
			i++;
		if (i >= len)
			break;
		if (buf[i] == '#') {
			while (i < len && buf[i] != '\n')
				i++;
			continue;
		}
		/* ":CHAIN POLICY" -- but ": Saved" opens an ASA's config */
		bool chain = buf[i] == ':' && len - i >= 2 && !strchr(" \t\r\n", buf[i + 1]);
		if (buf[i] == '*' || chain || buf[i] == '[' ||
		    (len - i >= 2 && buf[i] == '-' &&
		     strchr("AINFXP46", buf[i + 1]) != NULL) ||
		    (len - i >= 6 && memcmp(buf + i, "COMMIT", 6) == 0))
			return "iptables";
		size_t n = 0;
		while (i + n < len && (isalnum((unsigned char)buf[i + n]) || buf[i + n] == '_' ||
				       buf[i + n] == '-'))
			n++;
		if (n && pf_first_word(buf + i, n, buf + i + n, len - i - n))
			return "pf";
		return NULL;
	}
	return "iptables"; /* an empty file is an empty ruleset */
}

/* Jumps between chains must not loop: the kernel refuses such a table
 * (iptables-restore: "RULE_APPEND failed (Too many links)", ELOOP from
 * the loop check of net/netfilter/x_tables.c).  Each jump that closes a
 * loop is a parse-error; it is cut from the IR so that evaluation stays
 * finite, its verdict unknown. */
static void find_loops(ir_chain *c, uint8_t *state, size_t nchains, diag_list *diags, int depth)
{
	if (c->id >= nchains || depth > EVAL_MAX_DEPTH)
		return;
	state[c->id] = 1;
	for (size_t i = 0; i < c->n; i++) {
		ir_rule *r = c->rule[i];
		if (!r->jump || r->jump->id >= nchains)
			continue;
		if (state[r->jump->id] == 1) {
			diag_add(diags, check_find(CHECK_PARSE_ERROR)->level, CHECK_PARSE_ERROR,
				 r->target_loc.line ? r->target_loc : r->loc,
				 "jump to chain '%s' closes a loop (from chain '%s'); the kernel refuses a ruleset whose jumps loop",
				 r->jump->name, c->name);
			r->jump = NULL;
			r->action = IR_UNKNOWN;
		} else if (state[r->jump->id] == 0) {
			find_loops(r->jump, state, nchains, diags, depth + 1);
		}
	}
	state[c->id] = 2;
}

static void check_jump_loops(ir_ruleset *rs, diag_list *diags)
{
	uint8_t *state = xcalloc(rs->nchains ? rs->nchains : 1, 1);
	for (size_t t = 0; t < rs->n; t++)
		for (size_t c = 0; c < rs->table[t]->n; c++)
			if (state[rs->table[t]->chain[c]->id] == 0)
				find_loops(rs->table[t]->chain[c], state, rs->nchains, diags, 0);
	free(state);
}

char *policy_describe(const fwload *f, const ir_chain *c)
{
	if (f->rs && f->rs->format == IR_FMT_PF)
		return xstrdup("pf's default pass (no rule matches)");
	if (f->rs && (f->rs->format == IR_FMT_CISCO || f->rs->format == IR_FMT_ASA))
		return xasprintf("the absence of an ACL %s (the device permits)",
				 strcmp(c->name, "out") == 0 ? "bound outbound" : "bound inbound");
	if (c->builtin)
		return xasprintf("the %s policy", c->name);
	return xasprintf("the end of chain %s", c->name);
}

srcloc policy_where(const fwload *f, const ir_chain *c)
{
	if (c->builtin && c->policy_loc.line > 0)
		return c->policy_loc;
	if (!c->builtin && c->loc.line > 0)
		return c->loc;
	return (srcloc){ f->rs ? f->rs->path : f->path, 0, 0, 0, 0 };
}

unsigned reply_by_state(const fwload *f, enum eval_hook opening, unsigned kept)
{
	const ir_chain *st[EVAL_MAX_STAGES];
	size_t n = eval_hook_stages(f->ev, opening, st);
	if ((f->rs->format == IR_FMT_ASA || f->rs->format == IR_FMT_CISCO) && kept)
		/* An ASA connection is one entry in one table: its replies
		 * pass every interface (ASA guide, "Stateful Inspection");
		 * IOS CBAC ("ip inspect") opens the ACLs of the return path
		 * for them (IOS Security Configuration Guide, "Configuring
		 * Context-Based Access Control"). */
		return (1u << n) - 1;
	unsigned r = 0;
	for (size_t k = 0; k < n; k++)
		if (kept & (1u << k))
			r |= 1u << (n - 1 - k);
	return r;
}

static void fwload_init(fwload *f, const char *path)
{
	memset(f, 0, sizeof *f);
	f->path = xstrdup(path);
	f->suite = -1;
	f->fwindex = -1;
	iftab_init(&f->tab);
}

bool fwload_open(fwload *f, const char *path, const fwload_opts *o, diag_list *diags)
{
	char *buf;
	size_t len;
	char err[160];
	srcloc at = { path, 0, 0, 0, 0 };
	if (read_whole_file(path, &buf, &len, err, sizeof err) != 0) {
		fwload_init(f, path);
		diag_add(diags, DIAG_ERROR, NULL, at, "cannot read: %s", err);
		f->io_error = true;
		return false;
	}
	bool ok = fwload_open_buf(f, path, buf, len, o, diags);
	free(buf);
	return ok;
}

bool fwload_open_buf(fwload *f, const char *path, const char *buf, size_t len,
		     const fwload_opts *o, diag_list *diags)
{
	static const fwload_opts defaults;
	if (!o)
		o = &defaults;
	const char *format = o->format;
	fwload_init(f, path);
	srcloc at = { path, 0, 0, 0, 0 };
	int cr = lone_cr_column(buf, len);
	if (cr > 0) {
		srcloc first = { path, 1, cr, 1, cr };
		diag_add(diags, check_find(CHECK_PARSE_ERROR)->level, CHECK_PARSE_ERROR, first,
			 "the line ends with a carriage return alone (classic Mac OS line ends); iptables-restore and pfctl read such a file as one line: convert it to LF line ends");
		return false;
	}
	if (!format)
		format = detect_format(buf, len);
	if (!format)
		format = cisco_detect(buf, len);
	if (!format) {
		/* Not a file any front end reads: as far as fwlint can tell,
		 * no firewall would load it (SPEC 5: a finding, exit 1). */
		srcloc first = { path, 1, 1, 1, 1 };
		diag_add(diags, check_find(CHECK_PARSE_ERROR)->level, CHECK_PARSE_ERROR, first,
			 "not a format fwlint recognises (neither an iptables-save dump, a pf.conf nor a Cisco IOS or ASA configuration); name the format with -I or 'format' in the topology");
		return false;
	}
	if (strcmp(format, "iptables") == 0) {
		f->rs = ipt_parse(path, buf, len, 0, diags);
		check_jump_loops(f->rs, diags);
	} else if (strcmp(format, "pf") == 0) {
		pf_opts po = { .allow_include_outside = o->allow_include_outside };
		f->rs = pf_parse_opts(path, buf, len, &po, diags);
	} else if (strcmp(format, "cisco") == 0 || strcmp(format, "asa") == 0) {
		f->rs = cisco_parse(path, buf, len, format[0] == 'a' ? IR_FMT_ASA : IR_FMT_CISCO,
				    o->bindings, o->nbindings, diags);
	} else {
		diag_add(diags, DIAG_ERROR, NULL, at,
			 "the %s front end is not available in this version of fwlint", format);
		f->io_error = true;
		return false;
	}

	ir_collect_ifnames(f->rs, &f->tab);
	for (size_t i = 0; i < o->nifnames; i++)
		iftab_add(&f->tab, o->ifnames[i]);
	iftab_freeze(&f->tab);
	f->ev = eval_new(f->rs, &f->tab);
	return true;
}

void fwload_close(fwload *f)
{
	eval_free(f->ev);
	ir_ruleset_free(f->rs);
	iftab_free(&f->tab);
	free(f->path);
	memset(f, 0, sizeof *f);
}

/* ------------------------------------------------------------------ */
/* Flows through a firewall */

pset flow_packets(const flow *fl, const fwload *f, int in_if, int out_if)
{
	pset s = pset_empty();
	const topo_firewall *fw = f->fw;
	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = (uint8_t)fl->proto;
	/* A client's source port is ephemeral (SPEC 1). */
	b.sport_lo = 1024;
	b.sport_hi = 65535;
	b.dport_lo = (uint16_t)fl->dport_lo;
	b.dport_hi = (uint16_t)fl->dport_hi;
	b.state = CT_NEW;
	if (fl->proto == PROTO_TCP)
		b.flags = OPENING_TCP_FLAGS;
	if (fw && in_if >= 0) {
		b.iif_lo = b.iif_hi = iftab_id(&f->tab, fw->iface[in_if].name);
	}
	if (fw && out_if >= 0) {
		b.oif_lo = b.oif_hi = iftab_id(&f->tab, fw->iface[out_if].name);
	}
	for (size_t i = 0; i < fl->src.n; i++)
		for (size_t j = 0; j < fl->dst.n; j++) {
			pbox c = b;
			c.src_lo = fl->src.box[i].src_lo;
			c.src_hi = fl->src.box[i].src_hi;
			c.dst_lo = fl->dst.box[j].dst_lo;
			c.dst_hi = fl->dst.box[j].dst_hi;
			/* One packet has one address family. */
			bool v4s = addr_is_v4(c.src_lo) && addr_is_v4(c.src_hi);
			bool v4d = addr_is_v4(c.dst_lo) && addr_is_v4(c.dst_hi);
			if (v4s && !v4d) {
				if (c.dst_lo > PSET_V4_HI || c.dst_hi < PSET_V4_LO)
					continue;
				c.dst_lo = c.dst_lo > PSET_V4_LO ? c.dst_lo : PSET_V4_LO;
				c.dst_hi = c.dst_hi < PSET_V4_HI ? c.dst_hi : PSET_V4_HI;
			} else if (v4d && !v4s) {
				if (c.src_lo > PSET_V4_HI || c.src_hi < PSET_V4_LO)
					continue;
				c.src_lo = c.src_lo > PSET_V4_LO ? c.src_lo : PSET_V4_LO;
				c.src_hi = c.src_hi < PSET_V4_HI ? c.src_hi : PSET_V4_HI;
			}
			pset_add_box(&s, &c);
		}
	if (fw && fw->host >= 0) {
		pset t = host_interfaces(&s, f);
		pset_free(&s);
		s = t;
	}
	return s;
}

pset host_interfaces(const pset *s, const fwload *f)
{
	/* Packets on the loopback interface stay inside the host: Linux
	 * calls it lo, OpenBSD lo0 (pf.conf(5) examples: "set skip on lo"). */
	static const char *const loopbacks[] = { "lo", "lo0" };
	pset t = pset_clone(s);
	for (size_t k = 0; k < sizeof loopbacks / sizeof *loopbacks; k++) {
		uint16_t lo, hi;
		if (!iftab_range(&f->tab, loopbacks[k], &lo, &hi))
			continue;
		for (int side = 0; side < 2; side++) {
			pbox b = pbox_full();
			if (side == 0) {
				b.iif_lo = lo;
				b.iif_hi = hi;
			} else {
				b.oif_lo = lo;
				b.oif_hi = hi;
			}
			pset u = pset_subtract_box(&t, &b);
			pset_free(&t);
			t = u;
		}
	}
	return t;
}

void forget_interfaces(pset *s)
{
	for (size_t i = 0; i < s->n; i++) {
		s->box[i].iif_lo = s->box[i].oif_lo = 0;
		s->box[i].iif_hi = s->box[i].oif_hi = IFTAB_MAX;
	}
}

pset reply_packets(const pset *s)
{
	pset r = pset_empty();
	for (size_t i = 0; i < s->n; i++) {
		const pbox *a = &s->box[i];
		pbox b = *a;
		b.src_lo = a->dst_lo;
		b.src_hi = a->dst_hi;
		b.dst_lo = a->src_lo;
		b.dst_hi = a->src_hi;
		b.sport_lo = a->dport_lo;
		b.sport_hi = a->dport_hi;
		b.dport_lo = a->sport_lo;
		b.dport_hi = a->sport_hi;
		b.iif_lo = a->oif_lo;
		b.iif_hi = a->oif_hi;
		b.oif_lo = a->iif_lo;
		b.oif_hi = a->iif_hi;
		b.state = CT_ESTABLISHED;
		if (a->proto_lo <= PROTO_TCP && a->proto_hi >= PROTO_TCP) {
			/* The SYN+ACK and every later segment carry ACK and
			 * no RST (RFC 793). */
			b.flags = tcpflags_match(TCPF_ACK | TCPF_RST, TCPF_ACK);
		}
		pset_add_box(&r, &b);
	}
	return r;
}

char *flow_describe(const flow *fl)
{
	char port[16];
	if (fl->dport_lo == fl->dport_hi)
		snprintf(port, sizeof port, "%d", fl->dport_lo);
	else
		snprintf(port, sizeof port, "%d-%d", fl->dport_lo, fl->dport_hi);
	const char *proto = fl->proto == PROTO_TCP ? "TCP" : fl->proto == PROTO_UDP ? "UDP" : "IP";
	return xasprintf("%s %s -> %s:%s (%s)", proto, fl->src_name, fl->dst_name, port, fl->label);
}

size_t flow_hops(const topo *t, const flow *fl, const fwload *f, fwhop *out, size_t cap)
{
	size_t n = 0;
	const topo_firewall *fw = f->fw;
	if (!fw || cap == 0)
		return 0;
	if (fw->host >= 0) {
		/* A host firewall sees the flows of its own server (SPEC 2):
		 * OUTPUT when the server opens, INPUT when it answers. */
		if (fl->src_server == fw->host && n < cap)
			out[n++] = (fwhop){ EVAL_OUTPUT, -1, -1 };
		if (fl->dst_server == fw->host && n < cap)
			out[n++] = (fwhop){ EVAL_INPUT, -1, -1 };
		return n;
	}
	hop hops[64];
	size_t npaths = 0;
	size_t nh = topo_paths(t, fl->src_zone, fl->dst_zone, hops, 64, &npaths);
	for (size_t i = 0; i < nh && n < cap; i++)
		if (hops[i].fw == f->fwindex)
			out[n++] = (fwhop){ EVAL_FORWARD, hops[i].in_if, hops[i].out_if };
	return n;
}

char *read_source_line(const char *path, int line)
{
	FILE *fp = fopen(path, "rb");
	if (!fp || line < 1) {
		if (fp)
			fclose(fp);
		return NULL;
	}
	char *l = NULL;
	size_t cap = 0;
	ssize_t got = -1;
	for (int i = 0; i < line; i++) {
		got = getline(&l, &cap, fp);
		if (got < 0)
			break;
	}
	fclose(fp);
	if (got < 0) {
		free(l);
		return NULL;
	}
	while (got > 0 && (l[got - 1] == '\n' || l[got - 1] == '\r'))
		l[--got] = '\0';
	return l;
}

/* ------------------------------------------------------------------ */

static bool path_equal(const char *a, const char *b)
{
	if (strcmp(a, b) == 0)
		return true;
	char *ra = realpath(a, NULL), *rb = realpath(b, NULL);
	bool same = ra && rb && strcmp(ra, rb) == 0;
	free(ra);
	free(rb);
	return same;
}

/* Move the diagnostics of a file into the report. */
static void take_diags(report *rep, diag_list *from)
{
	diag_list_move(&rep->diags, from);
}

static void run_file_checks(fwload *f, report *rep)
{
	check_unresolved(f, rep);
	check_shadowed(f, rep);
}

/* The checks of a file need no topology and only read the evaluator (and
 * the IR and interface table, frozen by then), so they run on a second
 * thread while this one checks the flows.  Their findings go to a report
 * of their own, merged afterwards. */
typedef struct file_job {
	fwload *f;
	report rep;
} file_job;

static void *file_checks_thread(void *arg)
{
	file_job *j = arg;
	run_file_checks(j->f, &j->rep);
	return NULL;
}

/* SPEC 2: with two equally short paths a flow must pass the firewalls of
 * both, and a note says so (once per pair of zones, at the first flow). */
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
			diag_add(&rep->diags, DIAG_NOTE, NULL, fl->loc,
				 "traffic from zone %s to zone %s has %zu equally short paths; each of its flows must pass the firewalls of all of them",
				 t->zone[fl->src_zone].name, t->zone[fl->dst_zone].name, npaths);
	}
	free(seen);
}

int lint_run(const lint_opts *o, char **files, size_t nfiles, report *rep)
{
	int status = 0;
	topo *t = NULL;
	flow_list flows = { 0 };

	if (o->topology) {
		t = topo_load(o->topology, o->rulesets_dir, &rep->diags);
		if (!t)
			return 2;
		check_topology(t, &rep->diags);
		topo_flows(t, &flows);
		note_equal_paths(t, &flows, rep);
	}

	bool *named = xcalloc(nfiles ? nfiles : 1, sizeof *named);
	if (t) {
		for (size_t i = 0; i < t->nfw; i++) {
			const topo_firewall *fw = &t->fw[i];
			bool wanted = nfiles == 0;
			for (size_t k = 0; k < nfiles; k++)
				if (path_equal(files[k], fw->file)) {
					named[k] = true;
					wanted = true;
				}
			if (!wanted)
				continue;

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
			const char *format = o->input_format ? o->input_format : fw->format;
			diag_list dl;
			diag_list_init(&dl);
			fwload f;
			fwload_opts fo = { .format = format, .ifnames = ifn, .nifnames = fw->niface,
					   .bindings = bind, .nbindings = nbind,
					   .allow_include_outside = o->allow_include_outside };
			bool ok = fwload_open(&f, fw->file, &fo, &dl);
			free(bind);
			free(ifn);
			char *sname = xasprintf("firewall %s", fw->name);
			f.suite = report_suite(rep, sname, fw->file);
			free(sname);
			take_diags(rep, &dl);
			if (!ok) {
				if (f.io_error)
					status = 2;
				fwload_close(&f);
				continue;
			}
			f.fw = fw;
			f.fwindex = (int)i;
			file_job job = { &f, { 0 } };
			report_init(&job.rep);
			pthread_t th;
			bool threaded = pthread_create(&th, NULL, file_checks_thread, &job) == 0;
			if (!threaded)
				run_file_checks(&f, &job.rep);
			check_flows(t, &flows, &f, rep);
			check_over_permissive(t, &flows, &f, o->scope, rep);
			if (threaded)
				pthread_join(th, NULL);
			take_diags(rep, &job.rep.diags);
			report_free(&job.rep);
			fwload_close(&f);
		}
	}

	for (size_t k = 0; k < nfiles; k++) {
		if (named[k])
			continue;
		diag_list dl;
		diag_list_init(&dl);
		fwload f;
		fwload_opts fo = { .format = o->input_format,
				   .allow_include_outside = o->allow_include_outside };
		bool ok = fwload_open(&f, files[k], &fo, &dl);
		f.suite = report_suite(rep, files[k], files[k]);
		take_diags(rep, &dl);
		if (ok)
			run_file_checks(&f, rep);
		else if (f.io_error)
			status = 2;
		fwload_close(&f);
	}
	free(named);
	flow_list_free(&flows);
	topo_free(t);
	return status;
}
