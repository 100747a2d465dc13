/* excess.c - over-permissive: accepting rules that let through more than
 * the topology needs.
 *
 * What is audited (fwlint(1), CHECKS): packets that open a connection (conntrack NEW;
 * for TCP a SYN without ACK, RST or FIN), as routing delivers them: a
 * packet that enters a router firewall on an interface comes from a zone
 * behind that interface and leaves toward a zone behind another.  With
 * --scope servers (the default) only packets to or from an Exchange server
 * are audited; with --scope all, every packet.
 *
 * What is needed: the packets of every required flow through this firewall,
 * from any source port (a rule that does not pin client source ports to
 * 1024-65535 is not for that reason too open; the missing-opening check on
 * the other hand requires ephemeral ports to pass).
 *
 * How it stays fast: for each accepting rule, the candidate excess is its
 * own match set within the audited packets minus what is needed, usually a
 * few boxes; only that is evaluated through the firewall, from the start,
 * so the rules before it decide exactly which of it the rule really
 * accepts.  A policy that accepts is audited the same way with the whole
 * audited set.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "jobs.h"
#include "xalloc.h"

/* Zones whose traffic reaches firewall fw through interface i: the zone of
 * i and every zone reachable from it without crossing fw. */
static pset behind(const topo *t, int fw, int i)
{
	pset s = pset_empty();
	int zi = t->fw[fw].iface[i].zone;
	for (size_t z = 0; z < t->nzone; z++) {
		hop hops[64];
		size_t npaths = 0;
		size_t n = topo_paths(t, (int)z, zi, hops, 64, &npaths);
		if (npaths == 0)
			continue;
		bool crosses = false;
		for (size_t k = 0; k < n; k++)
			if (hops[k].fw == fw)
				crosses = true;
		if (crosses)
			continue;
		pset_add_set(&s, &t->zone[z].space);
	}
	return s;
}

/* Add the opening packets from src addresses to dst addresses (boxes with
 * only the address fields set) with the given interfaces. */
static void add_opening(pset *u, const pset *src, const pset *dst,
			uint16_t iif_lo, uint16_t iif_hi, uint16_t oif_lo, uint16_t oif_hi)
{
	pset fam = eval_family_universe(4);
	pset f6 = eval_family_universe(6);
	pset_absorb(&fam, &f6);
	pset_free(&f6);
	for (size_t i = 0; i < src->n; i++)
		for (size_t j = 0; j < dst->n; j++) {
			pbox b = pbox_full();
			b.src_lo = src->box[i].src_lo;
			b.src_hi = src->box[i].src_hi;
			b.dst_lo = dst->box[j].dst_lo;
			b.dst_hi = dst->box[j].dst_hi;
			b.iif_lo = iif_lo;
			b.iif_hi = iif_hi;
			b.oif_lo = oif_lo;
			b.oif_hi = oif_hi;
			b.state = CT_NEW;
			for (size_t k = 0; k < fam.n; k++) {
				pbox c;
				if (!pbox_intersect(&b, &fam.box[k], &c))
					continue;
				pbox tcp = c, lo = c, hi = c;
				tcp.proto_lo = tcp.proto_hi = PROTO_TCP;
				tcp.flags = OPENING_TCP_FLAGS;
				lo.proto_hi = PROTO_TCP - 1;
				hi.proto_lo = PROTO_TCP + 1;
				pset_add_box(u, &tcp);
				pset_add_box(u, &lo);
				pset_add_box(u, &hi);
			}
		}
	pset_free(&fam);
}

/* Every server address, as a sorted array. */
static int u128_cmp(const void *a, const void *b)
{
	u128 x = *(const u128 *)a, y = *(const u128 *)b;
	return x < y ? -1 : x > y;
}

/* One required flow's packets through a hop of this firewall. */
typedef struct need {
	pset pk;
	const flow *fl;
} need;

typedef struct audit {
	enum eval_hook hook;
	pset universe; /* the audited opening packets */
	/* Every opening packet that the topology can send through the hook
	 * (the universe of --scope all): what a narrowing must not touch but
	 * for the excess (fixit_narrow). */
	pset plausible;
	pset needed;
	need *need;    /* the flows that make up needed */
	size_t nneed;
} audit;

/* The packets that clients send to servers' public addresses
 * (fwlint-topology(5), "address"): from the zones that use each, to it. */
static pset to_public_addresses(const topo *t)
{
	pset s = pset_empty();
	for (size_t v = 0; v < t->nserver; v++)
		for (size_t k = 0; k < t->server[v].npub; k++) {
			const topo_pubaddr *pa = &t->server[v].pub[k];
			for (size_t z = 0; z < pa->nzone; z++) {
				const pset *sp = &t->zone[pa->zone[z]].space;
				for (size_t i = 0; i < sp->n; i++) {
					pbox b = pbox_full();
					b.src_lo = sp->box[i].src_lo;
					b.src_hi = sp->box[i].src_hi;
					b.dst_lo = b.dst_hi = pa->addr;
					pset_add_box(&s, &b);
				}
			}
		}
	return s;
}

static pset restrict_to_servers(const topo *t, const pset *u)
{
	pset out = pset_empty();
	for (size_t s = 0; s < t->nserver; s++) {
		for (int side = 0; side < 2; side++) {
			pbox b = pbox_full();
			if (side == 0)
				b.src_lo = b.src_hi = t->server[s].addr;
			else
				b.dst_lo = b.dst_hi = t->server[s].addr;
			pset part = pset_intersect_box(u, &b);
			pset_absorb(&out, &part);
		}
	}
	/* and the addresses their clients use */
	pset pub = to_public_addresses(t);
	pset part = pset_intersect(u, &pub);
	pset_absorb(&out, &part);
	pset_free(&pub);
	return out;
}

/* Servers reached at other addresses (fwlint-topology(5), "address"): the
 * clients of those zones send to that address, which comes in on an
 * interface and is routed, once translated, out of the interface behind
 * which the server is; they do not send to the server's own address. */
static void add_public(const topo *t, const fwload *f, const pset *beh, pset *u)
{
	const topo_firewall *fw = f->fw;
	for (size_t s = 0; s < t->nserver; s++) {
		const topo_server *sv = &t->server[s];
		int o = -1;
		for (size_t i = 0; i < fw->niface && o < 0; i++) {
			pbox b = pbox_full();
			b.dst_lo = b.dst_hi = sv->addr;
			pset hit = pset_intersect_box(&beh[i], &b);
			if (!pset_is_empty(&hit))
				o = (int)i;
			pset_free(&hit);
		}
		for (size_t k = 0; k < sv->npub && o >= 0; k++) {
			pset from = pset_empty();
			for (size_t z = 0; z < sv->pub[k].nzone; z++)
				pset_add_set(&from, &t->zone[sv->pub[k].zone[z]].space);
			/* no packet of theirs to the server's own address */
			for (size_t b = 0; b < from.n; b++) {
				pbox x = pbox_full();
				x.src_lo = from.box[b].src_lo;
				x.src_hi = from.box[b].src_hi;
				x.dst_lo = x.dst_hi = sv->addr;
				pset t2 = pset_subtract_box(u, &x);
				pset_free(u);
				*u = t2;
			}
			pset to = pset_empty();
			pbox pb = pbox_full();
			pb.dst_lo = pb.dst_hi = sv->pub[k].addr;
			pset_add_box(&to, &pb);
			uint16_t oo = iftab_id(&f->tab, fw->iface[o].name);
			for (size_t i = 0; i < fw->niface; i++) {
				if ((int)i == o)
					continue;
				pset src = pset_intersect(&beh[i], &from);
				uint16_t ii = iftab_id(&f->tab, fw->iface[i].name);
				add_opening(u, &src, &to, ii, ii, oo, oo);
				pset_free(&src);
			}
			pset_free(&to);
			pset_free(&from);
		}
	}
}

pset topo_openings(const topo *t, const fwload *f, enum eval_hook hook)
{
	const topo_firewall *fw = f->fw;
	pset u = pset_empty();
	if (fw->host >= 0) {
		pset any = pset_full();
		pset self = pset_empty();
		pbox b = pbox_full();
		b.src_lo = b.src_hi = b.dst_lo = b.dst_hi = t->server[fw->host].addr;
		pset_add_box(&self, &b);
		pset others = pset_subtract(&any, &self);
		if (hook == EVAL_OUTPUT)
			add_opening(&u, &self, &others, 0, IFTAB_MAX, 0, IFTAB_MAX);
		else
			add_opening(&u, &others, &self, 0, IFTAB_MAX, 0, IFTAB_MAX);
		pset_free(&self);
		pset_free(&others);
		pset_free(&any);
		pset nolo = host_interfaces(&u, f);
		pset_free(&u);
		u = nolo;
	} else {
		pset *beh = xcalloc(fw->niface ? fw->niface : 1, sizeof *beh);
		for (size_t i = 0; i < fw->niface; i++)
			beh[i] = behind(t, f->fwindex, (int)i);
		for (size_t i = 0; i < fw->niface; i++)
			for (size_t o = 0; o < fw->niface; o++) {
				if (i == o)
					continue;
				uint16_t ii = iftab_id(&f->tab, fw->iface[i].name);
				uint16_t oo = iftab_id(&f->tab, fw->iface[o].name);
				add_opening(&u, &beh[i], &beh[o], ii, ii, oo, oo);
			}
		add_public(t, f, beh, &u);
		for (size_t i = 0; i < fw->niface; i++)
			pset_free(&beh[i]);
		free(beh);
	}
	pset_compact(&u);
	return u;
}

static size_t build_audits(const topo *t, const flow_list *flows, const fwload *f,
			   enum lint_scope scope, audit *a)
{
	const topo_firewall *fw = f->fw;
	size_t na = 0;
	if (fw->host >= 0) {
		a[0].hook = EVAL_INPUT;
		a[1].hook = EVAL_OUTPUT;
		na = 2;
	} else {
		a[0].hook = EVAL_FORWARD;
		na = 1;
	}
	for (size_t k = 0; k < na; k++) {
		a[k].universe = topo_openings(t, f, a[k].hook);
		a[k].plausible = pset_clone(&a[k].universe);
		if (scope == SCOPE_SERVERS && fw->host < 0) {
			pset r = restrict_to_servers(t, &a[k].universe);
			pset_free(&a[k].universe);
			a[k].universe = r;
		}
	}
	for (size_t k = 0; k < na; k++)
		pset_compact(&a[k].universe);

	for (size_t k = 0; k < na; k++) {
		a[k].needed = pset_empty();
		a[k].need = NULL;
		a[k].nneed = 0;
		for (size_t i = 0; i < flows->n; i++) {
			fwhop hops[4];
			size_t n = flow_hops(t, &flows->v[i], f, hops, 4);
			for (size_t h = 0; h < n; h++) {
				if (hops[h].hook != a[k].hook)
					continue;
				pset s = flow_packets(&flows->v[i], f, &hops[h]);
				/* Any source port: see the top of this file. */
				for (size_t b = 0; b < s.n; b++) {
					s.box[b].sport_lo = 0;
					s.box[b].sport_hi = 65535;
				}
				pset_add_set(&a[k].needed, &s);
				a[k].need = xrealloc(a[k].need, (a[k].nneed + 1) * sizeof *a[k].need);
				a[k].need[a[k].nneed++] = (need){s, &flows->v[i]};
			}
		}
		pset_compact(&a[k].needed);
	}
	return na;
}

/* Chains in an order where every chain comes after the chains that jump to
 * it (reverse post-order of a depth-first walk from the hook).  The kernel
 * refuses jump loops; state 1 (on the walk) keeps an unloaded file's loop
 * from recursing forever. */
static void topo_order(const ir_chain *c, uint8_t *state, const ir_chain **order, size_t *n,
		       size_t nchains, int depth)
{
	if (!c || c->id >= nchains || state[c->id] || depth > EVAL_MAX_DEPTH)
		return;
	state[c->id] = 1;
	for (size_t i = c->n; i-- > 0;)
		if (c->rule[i]->jump)
			topo_order(c->rule[i]->jump, state, order, n, nchains, depth + 1);
	state[c->id] = 2;
	order[(*n)++] = c;
}

/* ------------------------------------------------------------------
 * The excess in the topology's words (fwlint(1), CHECKS, over-permissive).
 */

/* What findings of one audit are written with. */
typedef struct words {
	enum lint_scope scope;
	const addr_names *names;
	const audit *a;
	uint16_t *ports; /* the ports the flows need, for the example */
	size_t nports;
} words;

/* The names of a topology: its zones (their addresses), its servers
 * ("EXCH1 192.0.2.10") and the addresses clients reach them at ("EXCH1
 * 192.0.2.10 at 203.0.113.10", as flows name them). */
typedef struct namebook {
	addr_name *v;
	ivl *iv;       /* the intervals the names point into */
	char **text;
	size_t n;
} namebook;

static void namebook_build(const topo *t, namebook *nb)
{
	size_t nn = t->nzone, niv = 0;
	for (size_t z = 0; z < t->nzone; z++)
		niv += t->zone[z].niv;
	for (size_t v = 0; v < t->nserver; v++)
		nn += 1 + t->server[v].npub;
	niv += nn - t->nzone;
	nb->v = xcalloc(nn ? nn : 1, sizeof *nb->v);
	nb->text = xcalloc(nn ? nn : 1, sizeof *nb->text);
	nb->iv = xcalloc(niv ? niv : 1, sizeof *nb->iv);
	nb->n = 0;
	size_t at = 0;
	for (size_t z = 0; z < t->nzone; z++) {
		const topo_zone *zn = &t->zone[z];
		for (size_t i = 0; i < zn->niv; i++)
			nb->iv[at + i] = (ivl){zn->iv[i].lo, zn->iv[i].hi};
		nb->text[nb->n] = xstrdup(zn->name);
		nb->v[nb->n] = (addr_name){nb->text[nb->n], &nb->iv[at], zn->niv, true};
		nb->n++;
		at += zn->niv;
	}
	for (size_t v = 0; v < t->nserver; v++) {
		const topo_server *sv = &t->server[v];
		char a[48], p[48];
		fmt_addr(sv->addr, a, sizeof a);
		nb->iv[at] = (ivl){sv->addr, sv->addr};
		nb->text[nb->n] = xasprintf("%s %s", sv->name, a);
		nb->v[nb->n] = (addr_name){nb->text[nb->n], &nb->iv[at++], 1, false};
		nb->n++;
		for (size_t k = 0; k < sv->npub; k++) {
			fmt_addr(sv->pub[k].addr, p, sizeof p);
			nb->iv[at] = (ivl){sv->pub[k].addr, sv->pub[k].addr};
			nb->text[nb->n] = xasprintf("%s %s at %s", sv->name, a, p);
			nb->v[nb->n] = (addr_name){nb->text[nb->n], &nb->iv[at++], 1, false};
			nb->n++;
		}
	}
}

static void namebook_free(namebook *nb)
{
	for (size_t i = 0; i < nb->n; i++)
		free(nb->text[i]);
	free(nb->text);
	free(nb->iv);
	free(nb->v);
}

static int u16_cmp(const void *x, const void *y)
{
	return (int)*(const uint16_t *)x - (int)*(const uint16_t *)y;
}

/* The destination ports the example shows after the common ones (22,
 * 80, ...: then plainly not needed): the single ports the flows of the
 * audit need, ascending (one of them from where it is not needed). */
static void need_ports(const audit *a, words *w)
{
	w->ports = xcalloc(a->nneed ? a->nneed : 1, sizeof *w->ports);
	w->nports = 0;
	for (size_t i = 0; i < a->nneed; i++)
		if (a->need[i].fl->dport_lo == a->need[i].fl->dport_hi)
			w->ports[w->nports++] = (uint16_t)a->need[i].fl->dport_lo;
	qsort(w->ports, w->nports, sizeof *w->ports, u16_cmp);
	size_t u = 0;
	for (size_t i = 0; i < w->nports; i++)
		if (!u || w->ports[u - 1] != w->ports[i])
			w->ports[u++] = w->ports[i];
	w->nports = u;
}

static bool ivs_meets(const ivset *s, u128 lo, u128 hi)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i].lo <= hi && lo <= s->v[i].hi)
			return true;
	return false;
}

typedef struct need_word {
	int lo, hi;
	char *scen;
} need_word;

static int need_word_cmp(const void *x, const void *y)
{
	const need_word *a = x, *b = y;
	if (a->lo != b->lo)
		return a->lo - b->lo;
	if (a->hi != b->hi)
		return a->hi - b->hi;
	return strcmp(a->scen, b->scen);
}

/* Items of the needed list spelled out. */
#define NEED_ITEMS 8

/* " (needed: 25 imap4/pop3/smtp in, 993 imap4, 995 pop3)": the ports that
 * flows need between the term's protocols, sources and destinations, each
 * with the scenarios that need it; "" when none.  The caller frees it. */
static char *needed_note(const pset_term *t, const audit *a)
{
	need_word *v = xcalloc(a->nneed ? a->nneed : 1, sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < a->nneed; i++) {
		const pset *pk = &a->need[i].pk;
		bool meets = false;
		for (size_t b = 0; b < pk->n && !meets; b++)
			meets = ivs_meets(&t->proto, pk->box[b].proto_lo, pk->box[b].proto_hi) &&
				ivs_meets(&t->src, pk->box[b].src_lo, pk->box[b].src_hi) &&
				ivs_meets(&t->dst, pk->box[b].dst_lo, pk->box[b].dst_hi);
		if (!meets)
			continue;
		const flow *fl = a->need[i].fl;
		const char *colon = strstr(fl->label, ": ");
		int len = colon ? (int)(colon - fl->label) : (int)strlen(fl->label);
		v[n++] = (need_word){fl->dport_lo, fl->dport_hi, xasprintf("%.*s", len, fl->label)};
	}
	qsort(v, n, sizeof *v, need_word_cmp);
	/* one item per port range, its scenarios joined by "/" */
	char *out = xstrdup("");
	size_t shown = 0, u = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		while (j < n && v[j].lo == v[i].lo && v[j].hi == v[i].hi)
			j++;
		u++;
		if (shown < NEED_ITEMS) {
			char port[16];
			if (v[i].lo == v[i].hi)
				snprintf(port, sizeof port, "%d", v[i].lo);
			else
				snprintf(port, sizeof port, "%d-%d", v[i].lo, v[i].hi);
			char *o = xasprintf("%s%s%s ", out, shown ? ", " : " (needed: ", port);
			free(out);
			out = o;
			for (size_t k = i; k < j; k++) {
				if (k > i && !strcmp(v[k].scen, v[k - 1].scen))
					continue;
				o = xasprintf("%s%s%s", out, k > i ? "/" : "", v[k].scen);
				free(out);
				out = o;
			}
			shown++;
		}
		i = j;
	}
	if (shown) {
		char *o = u > shown ? xasprintf("%s and %zu more)", out, u - shown)
				    : xasprintf("%s)", out);
		free(out);
		out = o;
	}
	for (size_t i = 0; i < n; i++)
		free(v[i].scen);
	free(v);
	return out;
}

/* Terms spelled out in one excess. */
#define EXCESS_TERMS 6

/* The excess in words: its terms (pset_terms_of) joined by "; ", each
 * with the ports needed between its ends; "(too complex to list in
 * full)" first when a list was cut short.  The caller frees it. */
static char *excess_text(const fwload *f, const pset *e, const words *w)
{
	pset_terms terms;
	if (!pset_terms_of(e, &terms)) {
		char sum[512];
		pset_summary(e, &f->tab, sum, sizeof sum);
		return xasprintf("(too complex to put in names) %s", sum);
	}
	bool elided = terms.n > EXCESS_TERMS;
	char *out = xstrdup("");
	char buf[1024];
	for (size_t i = 0; i < terms.n && i < EXCESS_TERMS; i++) {
		fmt_term(&terms.v[i], w->names, buf, sizeof buf, &elided);
		char *note = w->a ? needed_note(&terms.v[i], w->a) : xstrdup("");
		char *o = xasprintf("%s%s%s%s", out, i ? "; " : "", buf, note);
		free(note);
		free(out);
		out = o;
	}
	if (terms.n > EXCESS_TERMS) {
		char *o = xasprintf("%s; and %zu more", out, terms.n - EXCESS_TERMS);
		free(out);
		out = o;
	}
	if (elided) {
		char *o = xasprintf("(too complex to list in full) %s", out);
		free(out);
		out = o;
	}
	if (!terms.n) {
		free(out);
		out = xstrdup("nothing");
	}
	pset_terms_free(&terms);
	return out;
}

/* What report_excess adds to a finding: an example packet and the excess
 * in words.  Reads only e, w and f's frozen interface table, so several
 * are worded at once (excess_batch). */
typedef struct excess_words {
	bool has_packet;
	packet p;
	char example[256];
	char *sum;
	fixit_list fixes; /* the narrowing (fixit_narrow) */
	const char *nofix;
} excess_words;

/* r: the rule that lets e through (its fix-its stop e before it), or NULL
 * for a policy; seen: e as r sees it when it was translated on the way,
 * or NULL (fixit_narrow). */
static void word_excess(const fwload *f, const pset *e, const words *w, const ir_rule *r,
			const xlate *xl, const pset *seen, excess_words *out)
{
	example_prefs pref = {w->ports, w->nports, true};
	out->has_packet = pset_example_pref(e, &pref, &out->p);
	if (out->has_packet)
		fmt_packet(&out->p, &f->tab, out->example, sizeof out->example);
	out->sum = excess_text(f, e, w);
	fixit_list_init(&out->fixes);
	out->nofix = NULL;
	fixit_narrow(&out->fixes, &out->nofix, f, r, e, xl, seen, &w->a->needed, &w->a->plausible);
}

static void set_excess_words(diag *d, excess_words *x)
{
	if (x->has_packet)
		diag_set_example(d, &x->p, x->example);
	diag_set_excess(d, x->sum);
	free(x->sum);
	x->sum = NULL;
	fixit_list_move(&d->fixes, &x->fixes);
	d->nofix = x->nofix;
}

static void report_excess(const fwload *f, report *rep, int tc, srcloc loc,
			  const char *who, const pset *e, bool maybe, const words *w,
			  const char *via, const ir_rule *r, const xlate *xl, const pset *seen);

/* The finding of over-permissive, without its example and excess. */
static diag *excess_finding(report *rep, int tc, srcloc loc, const char *who, bool maybe,
			    const words *w, const char *via)
{
	diag *d = diag_check(&rep->diags, CHECK_OVER_PERMISSIVE, loc,
			     "%s %s through traffic %sthat no requirement needs%s",
			     who, maybe ? "may let" : "lets",
			     w->scope == SCOPE_SERVERS ? "to or from an Exchange server " : "",
			     via ? via : "");
	d->tcase = tc;
	return d;
}

/* Findings of the accepting rules of one audit, worded together: the
 * finding is added when the rule is met (the order of findings is the
 * order of rules), its example and excess in words once a batch is full,
 * on the machine's cores.  Wording is most of what over-permissive costs
 * on a large file with many findings; the sets are what a rule lets
 * through, so a batch holds little. */
#define EXCESS_BATCH 1024
#define EXCESS_THREADS 4

typedef struct excess_job {
	size_t diag;   /* index in rep->diags */
	const ir_rule *r;
	pset e;        /* owned */
	excess_words x;
} excess_job;

typedef struct excess_batch {
	const fwload *f;
	const words *w;
	report *rep;
	excess_job *v;
	size_t n;
	int nthreads;
} excess_batch;

typedef struct excess_part {
	excess_batch *b;
	size_t k, stride; /* this part words jobs k, k + stride, ... */
} excess_part;

static void *word_part(void *arg)
{
	const excess_part *pt = arg;
	excess_batch *b = pt->b;
	for (size_t i = pt->k; i < b->n; i += pt->stride)
		word_excess(b->f, &b->v[i].e, b->w, b->v[i].r, NULL, NULL, &b->v[i].x);
	return NULL;
}

static void batch_flush(excess_batch *b)
{
	pthread_t th[EXCESS_THREADS];
	excess_part part[EXCESS_THREADS] = { { 0 } };
	int started = 0;
	/* A few findings are not worth a thread. */
	int nt = b->n < 64 || b->nthreads < 1 ? 1 : b->nthreads;
	for (int k = 0; k < nt; k++)
		part[k] = (excess_part){b, (size_t)k, (size_t)nt};
	for (int k = 1; k < nt; k++) {
		if (pthread_create(&th[k], NULL, word_part, &part[k]) != 0)
			break;
		started = k;
	}
	/* Parts whose thread did not start are worded here. */
	word_part(&part[0]);
	for (int k = started + 1; k < nt; k++)
		word_part(&part[k]);
	for (int k = 1; k <= started; k++)
		pthread_join(th[k], NULL);
	for (size_t i = 0; i < b->n; i++) {
		set_excess_words(&b->rep->diags.v[b->v[i].diag], &b->v[i].x);
		pset_free(&b->v[i].e);
	}
	b->n = 0;
}

static void batch_init(excess_batch *b, const fwload *f, const words *w, report *rep)
{
	size_t jobs = jobs_count();
	*b = (excess_batch){.f = f, .w = w, .rep = rep,
			    .nthreads = jobs > EXCESS_THREADS ? EXCESS_THREADS : (int)jobs};
	b->v = xcalloc(EXCESS_BATCH, sizeof *b->v);
}

/* As report_excess; e is taken (moved from). */
static void batch_excess(excess_batch *b, int tc, srcloc loc, const char *who, pset *e,
			 bool maybe, const ir_rule *r)
{
	if (e->overflow) {
		report_excess(b->f, b->rep, tc, loc, who, e, maybe, b->w, NULL, r, NULL, NULL);
		pset_free(e);
		return;
	}
	excess_finding(b->rep, tc, loc, who, maybe, b->w, NULL);
	b->v[b->n].diag = b->rep->diags.n - 1;
	b->v[b->n].r = r;
	b->v[b->n].e = *e;
	*e = pset_empty();
	if (++b->n == EXCESS_BATCH)
		batch_flush(b);
}

static void batch_free(excess_batch *b)
{
	batch_flush(b);
	free(b->v);
}

static void report_excess(const fwload *f, report *rep, int tc, srcloc loc,
			  const char *who, const pset *e, bool maybe, const words *w,
			  const char *via, const ir_rule *r, const xlate *xl, const pset *seen)
{
	if (e->overflow) {
		/* An inexact set must not pose as an answer (pset.h). */
		diag_check(&rep->diags, CHECK_UNRESOLVED, loc,
			   "what %s lets through is too complex to compute exactly (more than %zu boxes, or more than %zu chain entries); over-permissive is not checked here",
			   who, (size_t)PSET_MAX_BOXES, eval_max_entries(f->ev))->tcase = tc;
		return;
	}
	diag *d = excess_finding(rep, tc, loc, who, maybe, w, via);
	excess_words x;
	word_excess(f, e, w, r, xl, seen, &x);
	set_excess_words(d, &x);
}

/* The part of `in` that the firewall accepts by rule r (NULL: the policy of
 * chain c). */
static pset accepted_by(fwload *f, enum eval_hook hook, const pset *in,
			const ir_rule *r, const ir_chain *c, bool *maybe)
{
	outcome_list out = { 0 };
	eval_run(f->ev, hook, in, &out);
	pset acc = pset_empty();
	/* Cut short: not an answer (report_excess says so). */
	acc.overflow = outcome_list_inexact(&out);
	*maybe = false;
	for (size_t i = 0; i < out.n; i++) {
		outcome *o = &out.v[i];
		if (o->verdict != IR_ACCEPT || o->rule != r || (!r && o->chain != c))
			continue;
		if (o->maybe)
			*maybe = true;
		pset_absorb(&acc, &o->set);
	}
	outcome_list_free(&out);
	return acc;
}

static bool same_loc(srcloc x, srcloc y)
{
	return x.line == y.line && x.col == y.col && x.file == y.file;
}

static bool addr_hits(const u128 *addrs, size_t n, u128 lo, u128 hi)
{
	size_t a = 0, b = n;
	while (a < b) {
		size_t m = a + (b - a) / 2;
		if (addrs[m] < lo)
			a = m + 1;
		else
			b = m;
	}
	return a < n && addrs[a] <= hi;
}

/* A hook of several stages (pf forwarding: in, then out): what passes is
 * what every stage passes, so evaluate the candidate excess through them
 * all and blame each accepted part on the rule (or default) that the
 * outcome names, the first stage's rule when both stages have one.  The
 * two IR copies of a pf rule without direction share a location: they
 * are one rule here. */
static void audit_stages(fwload *f, audit *a, const char *cls, const words *w,
			 const pset *pubdst, report *rep)
{
	pset cand = pset_subtract(&a->universe, &a->needed);
	outcome_list out = { 0 };
	eval_run(f->ev, a->hook, &cand, &out);
	pset_free(&cand);
	/* A client's packet to a server's public address that the firewall
	 * does not translate goes on to that address, not to the server. */
	for (size_t i = 0; i < out.n && pubdst->n; i++) {
		outcome *o = &out.v[i];
		if (o->verdict != IR_ACCEPT || o->xl.f[XL_DST].kind != XL_KEEP)
			continue;
		pset t = pset_subtract(&o->set, pubdst);
		pset_free(&o->set);
		o->set = t;
	}
	bool *done = xcalloc(out.n ? out.n : 1, sizeof *done);
	for (size_t i = 0; i < out.n; i++) {
		const outcome *o = &out.v[i];
		if (done[i] || o->verdict != IR_ACCEPT || pset_is_empty(&o->set) || !o->chain)
			continue;
		srcloc at = o->rule ? o->rule->loc : policy_where(f, o->chain);
		pset e = pset_empty();
		pset seen = pset_empty(); /* e as the rule sees it */
		bool translated = false;
		const xlate *one_xl = &o->xl; /* the translation they all had, or NULL */
		bool maybe = true;
		/* what the translation rules exposed: the one that did, or
		 * several */
		const ir_rule *via = NULL;
		bool several = false;
		for (size_t j = i; j < out.n; j++) {
			const outcome *x = &out.v[j];
			if (done[j] || x->verdict != IR_ACCEPT || !x->chain)
				continue;
			srcloc xat = x->rule ? x->rule->loc : policy_where(f, x->chain);
			if (xat.line != at.line || xat.col != at.col || (!x->rule) != (!o->rule))
				continue;
			done[j] = true;
			maybe = maybe && (x->maybe || (x->rule && x->rule->nunres > 0));
			pset_add_set(&e, &x->set);
			if (one_xl && !xlate_equal(one_xl, &x->xl))
				one_xl = NULL;
			if (xlate_is_identity(&x->xl)) {
				pset_add_set(&seen, &x->set);
			} else {
				pset in = eval_reply_inside(&x->set, &x->xl);
				pset_absorb(&seen, &in);
				pset_free(&in);
				translated = true;
			}
			if (x->dnat && via && (x->dnat->loc.line != via->loc.line ||
					       x->dnat->loc.file != via->loc.file))
				several = true; /* not one rule of the file (pf halves) */
			if (x->dnat)
				via = x->dnat;
		}
		e.overflow |= outcome_list_inexact(&out);
		char *who = o->rule ? xstrdup("this rule") : policy_describe(f, o->chain);
		char *name = o->rule ? xasprintf("over-permissive: %s:%d accepts only what is needed",
						 at.file, at.line)
				     : xasprintf("over-permissive: %s accepts only what is needed", who);
		int tc = report_case(rep, f->suite, cls, name);
		char *vt = several ? xstrdup(" (translated by several rules)")
			   : via ? xasprintf(" (translated by %s:%d)", via->loc.file, via->loc.line)
				 : NULL;
		/* A source translation after the filter leaves what it sees as
		 * it came. */
		if (translated && pset_equal(&seen, &e))
			translated = false;
		report_excess(f, rep, tc, at, who, &e, maybe, w, vt, o->rule,
			      translated ? one_xl : NULL, translated ? &seen : NULL);
		pset_free(&seen);
		free(vt);
		free(name);
		free(who);
		pset_free(&e);
	}
	free(done);
	outcome_list_free(&out);
}

static void audit_free(audit *a, words *w)
{
	pset_free(&a->universe);
	pset_free(&a->plausible);
	pset_free(&a->needed);
	for (size_t i = 0; i < a->nneed; i++)
		pset_free(&a->need[i].pk);
	free(a->need);
	free(w->ports);
}

void check_over_permissive(const check_ctx *cx)
{
	const topo *t = cx->t;
	const flow_list *flows = cx->flows;
	fwload *f = cx->f;
	enum lint_scope scope = cx->scope;
	report *rep = cx->rep;
	audit a[2];
	size_t na = build_audits(t, flows, f, scope, a);
	char *cls = xasprintf("%s.rules", f->fw->name);

	u128 *addrs = xcalloc(t->nserver ? t->nserver : 1, sizeof *addrs);
	for (size_t s = 0; s < t->nserver; s++)
		addrs[s] = t->server[s].addr;
	qsort(addrs, t->nserver, sizeof *addrs, u128_cmp);
	bool server_only = scope == SCOPE_SERVERS || f->fw->host >= 0;
	pset pubdst = to_public_addresses(t);

	namebook nb;
	namebook_build(t, &nb);
	addr_names names = {nb.v, nb.n};
	for (size_t k = 0; k < na; k++) {
		words w = {.scope = scope, .names = &names, .a = &a[k]};
		need_ports(&a[k], &w);
		const ir_chain *stages[EVAL_MAX_STAGES];
		if (eval_hook_stages(f->ev, a[k].hook, stages) > 1 ||
		    !eval_path_plain(f->ev, a[k].hook)) {
			audit_stages(f, &a[k], cls, &w, &pubdst, rep);
			audit_free(&a[k], &w);
			continue;
		}
		const ir_chain *hook = eval_hook_chain(f->ev, a[k].hook);
		size_t nch = f->rs->nchains;
		uint8_t *state = xcalloc(nch ? nch : 1, 1);
		const ir_chain **order = xcalloc(nch ? nch : 1, sizeof *order);
		pset *entry = xcalloc(nch ? nch : 1, sizeof *entry);
		excess_batch batch;
		batch_init(&batch, f, &w, rep);
		size_t norder = 0;
		topo_order(hook, state, order, &norder, nch, 0);
		if (hook)
			entry[hook->id] = pset_clone(&a[k].universe);

		/* Walk the chains callers first: what enters a chain is what
		 * reaches each jump to it.  Then each accepting rule lets
		 * through what of its candidate excess reaches it. */
		for (size_t oi = norder; oi-- > 0;) {
			const ir_chain *ch = order[oi];
			const pset *in = &entry[ch->id];
			if (pset_is_empty(in))
				continue;
			for (size_t i = 0; i < ch->n; i++) {
				const ir_rule *r = ch->rule[i];
				const pset *m = eval_rule_match(f->ev, r);
				if (r->jump && r->jump->id < nch && pset_intersects(in, m)) {
					pset q = pset_intersect(m, in);
					pset reach = eval_reach(f->ev, ch, i, &q);
					pset_absorb(&entry[r->jump->id], &reach);
					pset_free(&reach);
					pset_free(&q);
					continue;
				}
				if (r->action != IR_ACCEPT)
					continue;
				/* Rules with one location are one rule of the file
				 * (iptables --ports, pf's TCP and non-TCP halves):
				 * one test case, one finding. */
				size_t last = i;
				while (last + 1 < ch->n && ch->rule[last + 1]->action == IR_ACCEPT &&
				       same_loc(ch->rule[last + 1]->loc, r->loc))
					last++;
				pset e = pset_empty();
				bool any = false;
				for (size_t x = i; x <= last; x++) {
					const ir_rule *rk = ch->rule[x];
					const pset *mk = eval_rule_match(f->ev, rk);
					/* Cheap test first: does the rule name a
					 * server address at all? */
					bool near = !server_only;
					for (size_t b = 0; mk && b < mk->n && !near; b++)
						near = addr_hits(addrs, t->nserver, mk->box[b].src_lo, mk->box[b].src_hi) ||
						       addr_hits(addrs, t->nserver, mk->box[b].dst_lo, mk->box[b].dst_hi);
					if (!near || !pset_intersects(mk, in))
						continue;
					any = true;
					pset q = pset_intersect(mk, in);
					pset cand = pset_subtract(&q, &a[k].needed);
					pset_free(&q);
					if (!pset_is_empty(&cand)) {
						pset ek = eval_reach(f->ev, ch, x, &cand);
						pset_absorb(&e, &ek);
						pset_free(&ek);
					}
					pset_free(&cand);
				}
				if (any) {
					char *name = xasprintf("over-permissive: %s:%d accepts only what is needed",
							       r->loc.file, r->loc.line);
					int tc = report_case(rep, f->suite, cls, name);
					free(name);
					if (!pset_is_empty(&e) || e.overflow)
						batch_excess(&batch, tc, r->loc, "this rule", &e,
							     r->nunres > 0, r);
				}
				pset_free(&e);
				i = last;
			}
		}
		batch_free(&batch);
		for (size_t c = 0; c < nch; c++)
			pset_free(&entry[c]);
		free(entry);
		free(order);
		free(state);

		if (hook && hook->builtin && hook->policy == IR_ACCEPT) {
			srcloc where = policy_where(f, hook);
			char *name = xasprintf("over-permissive: policy %s %s:%d accepts only what is needed",
					       hook->name, where.file, where.line);
			int tc = report_case(rep, f->suite, cls, name);
			free(name);
			pset cand = pset_subtract(&a[k].universe, &a[k].needed);
			bool maybe;
			pset e = accepted_by(f, a[k].hook, &cand, NULL, hook, &maybe);
			if (!pset_is_empty(&e) || e.overflow) {
				char *who = policy_describe(f, hook);
				report_excess(f, rep, tc, where, who, &e, maybe, &w, NULL, NULL, NULL, NULL);
				free(who);
			}
			pset_free(&e);
			pset_free(&cand);
		} else if (!hook && f->fw->host < 0) {
			/* No FORWARD chain at all: the kernel forwards everything. */
			pset cand = pset_subtract(&a[k].universe, &a[k].needed);
			if (!pset_is_empty(&cand)) {
				srcloc at = { f->rs->path, 0, 0, 0, 0 };
				int tc = report_case(rep, f->suite, cls,
						     "over-permissive: a file without filter rules forwards only what is needed");
				report_excess(f, rep, tc, at, "this file has no FORWARD chain and", &cand, false,
					      &w, NULL, NULL, NULL, NULL);
			}
			pset_free(&cand);
		}
		audit_free(&a[k], &w);
	}
	namebook_free(&nb);
	pset_free(&pubdst);
	free(addrs);
	free(cls);
}

/* ------------------------------------------------------------------
 * The excess as packet sets, for fwlint diff (checks.h, excess_sets).
 */

struct excess_words_ctx {
	audit a[2];
	words w[2];
	namebook nb;
	addr_names names;
	const topo_firewall *fw;
};

/* Interfaces as the topology numbers them: a router's packets enter and
 * leave on one interface each, topology interface k being id k + 1; a
 * host's may use any (forget_interfaces).  Two versions of a file number
 * their interfaces each in its own table (iftab.h). */
static uint16_t to_topo_if(const fwload *f, uint16_t id)
{
	const char *name = iftab_name(&f->tab, id);
	for (size_t k = 0; k < f->fw->niface; k++)
		if (!strcmp(f->fw->iface[k].name, name))
			return (uint16_t)(k + 1);
	return 0;
}

static pset canon_ifaces(const fwload *f, enum eval_hook hook, const pset *s)
{
	pset out = pset_empty();
	for (size_t i = 0; i < s->n; i++) {
		pbox b = s->box[i];
		if (hook != EVAL_FORWARD || b.iif_lo != b.iif_hi || b.oif_lo != b.oif_hi) {
			b.iif_lo = b.oif_lo = 0;
			b.iif_hi = b.oif_hi = IFTAB_MAX;
		} else {
			b.iif_lo = b.iif_hi = to_topo_if(f, b.iif_lo);
			b.oif_lo = b.oif_hi = to_topo_if(f, b.oif_lo);
		}
		pset_add_box(&out, &b);
	}
	out.overflow = s->overflow;
	return out;
}

/* The reverse of canon_ifaces, in f's own table. */
static pset own_ifaces(const fwload *f, const pset *s)
{
	pset out = pset_empty();
	for (size_t i = 0; i < s->n; i++) {
		pbox b = s->box[i];
		if (b.iif_lo == b.iif_hi && b.iif_lo > 0 && b.iif_lo <= f->fw->niface)
			b.iif_lo = b.iif_hi = iftab_id(&f->tab, f->fw->iface[b.iif_lo - 1].name);
		if (b.oif_lo == b.oif_hi && b.oif_lo > 0 && b.oif_lo <= f->fw->niface)
			b.oif_lo = b.oif_hi = iftab_id(&f->tab, f->fw->iface[b.oif_lo - 1].name);
		pset_add_box(&out, &b);
	}
	return out;
}

/* The audit of each hook (build_audits), evaluated whole from the start
 * of the hook as audit_stages does: what of the audited packets that no
 * requirement needs each accepting rule or policy lets through. */
void excess_sets_build(const topo *t, const flow_list *flows, fwload *f, enum lint_scope scope,
		       excess_sets *out)
{
	memset(out, 0, sizeof *out);
	struct excess_words_ctx *cx = xcalloc(1, sizeof *cx);
	out->priv = cx;
	cx->fw = f->fw;
	out->n = build_audits(t, flows, f, scope, cx->a);
	namebook_build(t, &cx->nb);
	cx->names = (addr_names){cx->nb.v, cx->nb.n};
	pset pubdst = to_public_addresses(t);
	for (size_t k = 0; k < out->n; k++) {
		audit *a = &cx->a[k];
		cx->w[k] = (words){.scope = scope, .names = &cx->names, .a = a};
		need_ports(a, &cx->w[k]);
		excess_hook *h = &out->h[k];
		h->hook = a->hook;
		pset cand = pset_subtract(&a->universe, &a->needed);
		outcome_list res = { 0 };
		eval_run(f->ev, a->hook, &cand, &res);
		pset_free(&cand);
		h->inexact = outcome_list_inexact(&res);
		for (size_t i = 0; i < res.n; i++) {
			outcome *o = &res.v[i];
			if (o->verdict != IR_ACCEPT || pset_is_empty(&o->set))
				continue;
			/* As audit_stages: a client's packet to a public
			 * address that is not translated does not reach the
			 * server. */
			if (o->xl.f[XL_DST].kind == XL_KEEP && pubdst.n) {
				pset x = pset_subtract(&o->set, &pubdst);
				pset_free(&o->set);
				o->set = x;
				if (pset_is_empty(&o->set))
					continue;
			}
			srcloc at = o->rule ? o->rule->loc
				    : o->chain ? policy_where(f, o->chain)
					       : (srcloc){ f->rs->path, 0, 0, 0, 0 };
			/* Rules with one location are one rule of the file
			 * (iptables --ports, pf's halves). */
			size_t p = 0;
			while (p < h->n && !((!h->v[p].rule) == (!o->rule) && h->v[p].chain == o->chain &&
					     h->v[p].at.line == at.line && h->v[p].at.col == at.col &&
					     h->v[p].at.file == at.file))
				p++;
			if (p == h->n) {
				h->v = xrealloc(h->v, (h->n + 1) * sizeof *h->v);
				h->v[h->n++] = (excess_share){ o->rule, o->chain, at, pset_empty(), true };
			}
			excess_share *ep = &h->v[p];
			ep->maybe = ep->maybe && (o->maybe || (o->rule && o->rule->nunres > 0));
			pset c = canon_ifaces(f, a->hook, &o->set);
			pset_absorb(&ep->set, &c);
			pset_free(&c);
		}
		outcome_list_free(&res);
		for (size_t p = 0; p < h->n; p++)
			pset_compact(&h->v[p].set);
	}
	pset_free(&pubdst);
}

void excess_sets_words(const excess_sets *x, size_t k, const fwload *f, const pset *s,
		       excess_desc *out)
{
	const struct excess_words_ctx *cx = x->priv;
	pset own = own_ifaces(f, s);
	example_prefs pref = {cx->w[k].ports, cx->w[k].nports, true};
	out->has_packet = pset_example_pref(&own, &pref, &out->p);
	if (out->has_packet)
		fmt_packet(&out->p, &f->tab, out->example, sizeof out->example);
	out->sum = excess_text(f, &own, &cx->w[k]);
	pset_free(&own);
}

void excess_sets_free(excess_sets *x)
{
	struct excess_words_ctx *cx = x->priv;
	for (size_t k = 0; k < x->n; k++) {
		for (size_t p = 0; p < x->h[k].n; p++)
			pset_free(&x->h[k].v[p].set);
		free(x->h[k].v);
		if (cx)
			audit_free(&cx->a[k], &cx->w[k]);
	}
	if (cx)
		namebook_free(&cx->nb);
	free(cx);
	memset(x, 0, sizeof *x);
}
