/* pf_check.c - pfctl's consistency checks on one expanded pf rule and on a
 * ruleset's queues (see pf.h), and what a line of `pfctl -nv` output is.
 *
 * Every message is pfctl's own text (OpenBSD sbin/pfctl/parse.y and
 * pfctl.c, FreeBSD's parse.y for the "->" rules), typos included, so that
 * a pf.conf author can search for it.  Each is a parse-error located at
 * the word it is about when the rule knows where that word is, else at the
 * start of the statement.
 *
 * pf_check_rule() runs the checks in pfctl's order:
 *   1. what pfctl checks once per statement, before expand_rule(): the
 *      pfrule and anchorrule actions, filteropts_to_rule(),
 *      expand_divertspec().  pfctl stops at the first of these (YYERROR),
 *      and so do we;
 *   2. what expand_rule() checks per combination: the address families of
 *      the translation and routing pools (collapse_redirspec()), the
 *      combinations it drops without a word because their families
 *      disagree, "icmp-type mismatch", the binat-to requirements;
 *   3. rule_consistent() (FreeBSD: rdr_consistent() for the "->" rdr
 *      rules; its nat_consistent() has nothing to say).
 * A rule that trips any of them is one pfctl skips: we return false.
 *
 * The builder hands us every combination of a statement in turn; a message
 * that pfctl would print once per combination but about the same word (the
 * port of "proto { udp icmp } port 80") is recorded once.
 *
 * Nothing here keeps state between calls.
 */
#include "pf.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "xalloc.h"

#define PROTO_TCP_ 6
#define PROTO_UDP_ 17
#define PROTO_ICMP_ 1
#define PROTO_ICMP6_ 58

static bool has_loc(srcloc l)
{
	return l.line > 0;
}

static srcloc loc_or(srcloc l, const pf_rule *r)
{
	return has_loc(l) ? l : r->loc;
}

static bool same_file(const char *a, const char *b)
{
	if (a == b)
		return true;
	return a && b && strcmp(a, b) == 0;
}

static bool same_loc(srcloc a, srcloc b)
{
	return a.line == b.line && a.col == b.col && a.end_line == b.end_line &&
	       a.end_col == b.end_col && same_file(a.file, b.file);
}

/* Record a parse-error at `at`, unless the same message about the same
 * word is already there for this statement (an earlier combination said
 * it).  Only the diagnostics of this statement are looked at: the search
 * stops at the first one from another file or an earlier line. */
static void say(diag_list *d, const pf_rule *r, srcloc at, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void say(diag_list *d, const pf_rule *r, srcloc at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	va_start(ap, fmt);
	vsnprintf(msg, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
	va_end(ap);

	for (size_t i = d->n; i-- > 0;) {
		const diag *p = &d->v[i];
		if (!same_file(p->loc.file, at.file) || p->loc.line < r->loc.line)
			break;
		if (p->check && strcmp(p->check, check_name(CHECK_PARSE_ERROR)) == 0 &&
		    same_loc(p->loc, at) && strcmp(p->msg, msg) == 0) {
			free(msg);
			return;
		}
	}
	diag_check(d, CHECK_PARSE_ERROR, at, "%s", msg);
	free(msg);
}

static bool is_filter(enum pf_action a)
{
	return a == PF_PASS || a == PF_BLOCK || a == PF_MATCH;
}

static bool tcp_or_udp(int proto)
{
	return proto == PROTO_TCP_ || proto == PROTO_UDP_;
}

/* pfctl's keep_state: a pass rule keeps state unless "no state" is
 * written; any other rule only if state is written (which is an error in
 * itself, below). */
static bool keeps_state(const pf_rule *r)
{
	if (r->action == PF_PASS)
		return r->state != PF_STATE_NO;
	return r->state == PF_STATE_KEEP || r->state == PF_STATE_MODULATE ||
	       r->state == PF_STATE_SYNPROXY;
}

static const char *af_name(int af)
{
	return af == 6 ? "inet6" : "inet";
}

/* pfctl's DYNIF_MULTIADDR(): (IF) stands for every address of IF, unless
 * it is written (IF:0) and IF ends in a digit -- an interface group such
 * as egress never does, so (egress:0) may still be many addresses.  self
 * is the dynamic address (self). */
static bool dynif_multi(const pf_addr *a)
{
	if (a->kind == PF_ADDR_SELF)
		return true;
	if (a->kind != PF_ADDR_DYNIF)
		return false;
	bool noalias = a->modifier && strcmp(a->modifier, "0") == 0;
	size_t n = a->name ? strlen(a->name) : 0;
	return !noalias || n == 0 || !isdigit((unsigned char)a->name[n - 1]);
}

static const char *dynif_name(const pf_addr *a)
{
	return a->kind == PF_ADDR_SELF || !a->name ? "self" : a->name;
}

/* binat-to wants an address with a mask (pfctl's PF_ADDR_ADDRMASK, which
 * "any", a host name and an interface's addresses are) or a dynamic
 * interface address. */
static bool binat_addr_ok(const pf_addr *a)
{
	switch (a->kind) {
	case PF_ADDR_ANY:
	case PF_ADDR_NET:
	case PF_ADDR_DYNIF:
	case PF_ADDR_IFACE:
	case PF_ADDR_SELF:
	case PF_ADDR_HOSTNAME:
		return true;
	default:
		return false;
	}
}

/* An address whose mask pfctl holds as all zeroes: "any", a /0, and the
 * kinds that have no mask at all. */
static bool zero_mask(const pf_addr *a)
{
	switch (a->kind) {
	case PF_ADDR_ANY:
	case PF_ADDR_TABLE:
	case PF_ADDR_NOROUTE:
	case PF_ADDR_URPF:
		return true;
	case PF_ADDR_NET:
		return a->prefix == 0;
	default:
		return false;
	}
}

/* 1. Once per statement: pfctl's pfrule/anchorrule actions,
 * filteropts_to_rule() and expand_divertspec().  The first problem ends
 * the statement. */
static bool check_statement(const pf_rule *r, diag_list *d)
{
	srcloc at;

	/* FreeBSD's rdr-anchor and binat-anchor take few parameters (the
	 * anchorrule action of its parse.y).  A port list reaches us as one
	 * combination per port, so "destination port list expansion not
	 * supported" cannot be told from one "port = N", which is allowed. */
	if (r->action == PF_RDRANCHOR) {
		if (r->sport.op != PF_OP_NONE) {
			say(d, r, loc_or(r->sport.loc, r),
			    "source port parameter not supported in rdr-anchor");
			return false;
		}
		if (r->dport.op != PF_OP_NONE && r->dport.op != PF_OP_EQ) {
			say(d, r, loc_or(r->dport.loc, r),
			    "destination port operators not supported in rdr-anchor");
			return false;
		}
	}
	if (r->action == PF_BINATANCHOR &&
	    (r->src.kind != PF_ADDR_ANY || r->dst.kind != PF_ADDR_ANY ||
	     r->sport.op != PF_OP_NONE || r->dport.op != PF_OP_NONE)) {
		at = r->src.kind != PF_ADDR_ANY ? r->src.loc : r->dst.loc;
		say(d, r, loc_or(at, r), "fromto parameter not supported in binat-anchor");
		return false;
	}

	if (!is_filter(r->action) && r->action != PF_ANCHOR)
		return true;

	at = loc_or(r->xaddr.loc, r);
	if (r->xlate == PF_XL_AF_TO && r->dir != PF_DIR_IN) {
		say(d, r, at, "af-to can only be used with direction in");
		return false;
	}
	if (r->xlate == PF_XL_AF_TO && r->route != PF_RT_NONE) {
		say(d, r, at, "af-to cannot be used together with route-to, reply-to, dup-to");
		return false;
	}

	/* filteropts_to_rule(): a flag that must be set but is not examined
	 * ("flags S/AFR") can never match.  "flags any" is 0/0. */
	at = loc_or(r->flagsloc, r);
	if (r->flags_written && !r->flags_any && (r->flags & r->flagset) != r->flags) {
		say(d, r, at, "flags always false");
		return false;
	}
	/* pfctl refuses flags only when no protocol of the statement's list
	 * is tcp; for "proto { tcp udp } flags S/SA" it clears the flags of
	 * the udp rule (expand_rule()).  The builder does the same, so a
	 * combination that still has flags and a protocol other than tcp
	 * comes from a list without tcp. */
	if (r->flags_written && !r->flags_any && (r->flags || r->flagset) &&
	    r->proto >= 0 && r->proto != PROTO_TCP_) {
		say(d, r, at, "flags only apply to tcp");
		return false;
	}

	/* pfctl parse.y rule_consistent() */
	if (r->os && r->proto != PROTO_TCP_) {
		say(d, r, r->loc, "os only applies to tcp");
		return false;
	}
	if (r->overload && !r->max_src_conn) {
		say(d, r, r->loc, "'overload' requires 'max-src-conn' or 'max-src-conn-rate'");
		return false;
	}
	if (r->allow_opts && r->action != PF_PASS && r->action != PF_ANCHOR) {
		say(d, r, r->loc, "allow-opts can only be specified for pass rules");
		return false;
	}

	if (r->action == PF_ANCHOR) {
		if (r->state != PF_STATE_DEFAULT) {
			say(d, r, r->loc, "cannot specify state handling on anchors");
			return false;
		}
		if (r->route != PF_RT_NONE) {
			say(d, r, loc_or(r->rtaddr.loc, r),
			    "cannot specify route handling on anchors");
			return false;
		}
		return true;
	}

	if (r->source_track_global && r->max_src_nodes) {
		say(d, r, r->loc, "'max-src-nodes' is incompatible with 'source-track global'");
		return false;
	}
	if (r->route != PF_RT_NONE && r->route != PF_RT_DUP_TO && r->dir == PF_DIR_BOTH) {
		say(d, r, loc_or(r->rtaddr.loc, r),
		    "direction must be explicit with rules that specify routing");
		return false;
	}

	/* expand_divertspec() */
	if (r->divert_to) {
		if (r->dir == PF_DIR_OUT) {
			say(d, r, r->loc, "divert-to used with outgoing rule");
			return false;
		}
		if (r->af && (r->af == 6) != r->divert_to_af6) {
			say(d, r, r->loc, "divert-to address family mismatch");
			return false;
		}
	}
	if (r->divert_reply && r->dir == PF_DIR_IN) {
		say(d, r, r->loc, "divert-reply used with incoming rule");
		return false;
	}
	return true;
}

/* 2b. expand_rule()'s binat-to requirements.  xaf_bad: the translation
 * pool had no address of the rule's family, so pfctl left the redirect
 * address zeroed (an "any"), which is why a family mismatch also reads as
 * a mask mismatch. */
static bool check_binat(const pf_rule *r, bool xaf_bad, diag_list *d)
{
	const pf_addr *s = &r->src, *x = &r->xaddr;
	srcloc sat = loc_or(s->loc, r), xat = loc_or(x->loc, r);
	/* a pool of several addresses becomes a table (<__automatic_N>) */
	bool x_table = !xaf_bad && (x->kind == PF_ADDR_TABLE || r->nxaddr > 1);
	bool x_ok = xaf_bad || (!x_table && binat_addr_ok(x));
	bool ok = true;

	if (s->kind == PF_ADDR_TABLE) {
		say(d, r, sat, "invalid use of table <%s> as the source address of a binat-to rule",
		    s->name ? s->name : "");
		ok = false;
	} else if (dynif_multi(s)) {
		say(d, r, sat,
		    "invalid use of interface (%s) as the source address of a binat-to rule",
		    dynif_name(s));
		ok = false;
	} else if (!binat_addr_ok(s) || !x_ok) {
		say(d, r, binat_addr_ok(s) ? xat : sat,
		    "binat-to requires a specified source and redirect address");
		ok = false;
	}
	if (dynif_multi(s) || (!xaf_bad && dynif_multi(x))) {
		say(d, r, dynif_multi(s) ? sat : xat,
		    "dynamic interfaces must be used with :0 in a binat-to rule");
		ok = false;
	}
	/* pfctl compares the masks only when the statement has a family
	 * (PF_AZERO() with af 0 is false). */
	if (r->af && (zero_mask(s) || xaf_bad || x_table || zero_mask(x))) {
		say(d, r, zero_mask(s) ? sat : xat,
		    "source and redir addresess must have a matching network mask in binat-rule");
		ok = false;
	}
	if (x_table) {
		say(d, r, xat, "tables cannot be used as the redirect address of a binat-to rule");
		ok = false;
	}
	if (r->dir != PF_DIR_BOTH) {
		say(d, r, xat, "binat-to cannot be specified with a direction");
		ok = false;
	}
	return ok;
}

/* 3. FreeBSD's rdr_consistent() for "rdr ... -> ..." rules. */
static bool check_rdr(const pf_rule *r, diag_list *d)
{
	bool ok = true;
	if (!tcp_or_udp(r->proto)) {
		if (r->sport.op != PF_OP_NONE) {
			say(d, r, loc_or(r->sport.loc, r), "src port only applies to tcp/udp");
			ok = false;
		}
		if (r->dport.op != PF_OP_NONE) {
			say(d, r, loc_or(r->dport.loc, r), "dst port only applies to tcp/udp");
			ok = false;
		}
		if (r->xport.op != PF_OP_NONE) {
			say(d, r, loc_or(r->xport.loc, r), "rpool port only applies to tcp/udp");
			ok = false;
		}
	}
	if (r->dport.op != PF_OP_NONE && r->dport.op != PF_OP_EQ &&
	    r->dport.op != PF_OP_RANGE) {
		say(d, r, loc_or(r->dport.loc, r),
		    "invalid port operator for rdr destination port");
		ok = false;
	}
	return ok;
}

/* 3. rule_consistent(), in pfctl's order. */
static bool check_consistent(const pf_rule *r, diag_list *d)
{
	bool ok = true;
	bool filter = is_filter(r->action);

	if (!tcp_or_udp(r->proto) &&
	    (r->sport.op != PF_OP_NONE || r->dport.op != PF_OP_NONE)) {
		srcloc at = r->sport.op != PF_OP_NONE ? r->sport.loc : r->dport.loc;
		say(d, r, loc_or(at, r), "port only applies to tcp/udp");
		ok = false;
	}
	if (!tcp_or_udp(r->proto) && r->has_uid) {
		say(d, r, r->loc, "user only applies to tcp/udp");
		ok = false;
	}
	if (!tcp_or_udp(r->proto) && r->has_gid) {
		say(d, r, r->loc, "group only applies to tcp/udp");
		ok = false;
	}
	if (r->icmp_af && r->proto != PROTO_ICMP_ && r->proto != PROTO_ICMP6_) {
		say(d, r, loc_or(r->icmploc, r), "icmp-type/code only applies to icmp");
		ok = false;
	}
	if (r->icmp_af && !r->af) {
		say(d, r, loc_or(r->icmploc, r),
		    "must indicate address family with icmp-type/code");
		ok = false;
	}
	if (r->xlate == PF_XL_AF_TO && r->af == r->xaf) {
		say(d, r, loc_or(r->xaddr.loc, r),
		    "must indicate different address family with af-to");
		ok = false;
	}
	if ((r->proto == PROTO_ICMP_ && r->af == 6) ||
	    (r->proto == PROTO_ICMP6_ && r->af == 4)) {
		say(d, r, loc_or(r->protoloc, r), "proto %s doesn't match address family %s",
		    r->proto == PROTO_ICMP_ ? "icmp" : "icmp6", af_name(r->af));
		ok = false;
	}
	if (r->action == PF_BLOCK && r->block == PF_BLOCK_RETURN_RST &&
	    r->proto != PROTO_TCP_) {
		say(d, r, r->loc, "return-rst can only be applied to TCP rules");
		ok = false;
	}
	if (!filter)
		return ok;

	if (r->action != PF_PASS && keeps_state(r)) {
		say(d, r, r->loc, "keep state is great, but only for pass rules");
		ok = false;
	}
	if (r->route != PF_RT_NONE && !keeps_state(r)) {
		say(d, r, loc_or(r->rtaddr.loc, r),
		    "route-to, reply-to and dup-to require keep state");
		ok = false;
	}
	if (r->xlate != PF_XL_NONE && r->action != PF_MATCH && !keeps_state(r)) {
		say(d, r, loc_or(r->xaddr.loc, r), "nat-to and rdr-to require keep state");
		ok = false;
	}
	/* binat-to is given a direction by expand_rule() (out, plus the
	 * generated rdr-to rule in), af-to has to be "in" (above). */
	if (r->dir == PF_DIR_BOTH &&
	    (r->xlate == PF_XL_NAT_TO || r->xlate == PF_XL_RDR_TO)) {
		say(d, r, loc_or(r->xaddr.loc, r), "nat-to and rdr-to require a direction");
		ok = false;
	}
	if (r->action == PF_MATCH) {
		if (r->ndivert > 0 || r->divert_to || r->divert_reply || r->divert_packet) {
			say(d, r, r->loc, "divert is not supported on match rules");
			ok = false;
		}
		if (r->route != PF_RT_NONE) {
			say(d, r, loc_or(r->rtaddr.loc, r),
			    "route-to, reply-to and dup-to are not supported on match rules");
			ok = false;
		}
		if (r->xlate == PF_XL_AF_TO) {
			say(d, r, loc_or(r->xaddr.loc, r), "af-to is not supported on match rules");
			ok = false;
		}
	}
	if (r->action == PF_BLOCK && r->route != PF_RT_NONE) {
		say(d, r, loc_or(r->rtaddr.loc, r),
		    "route-to, reply-to and dup-to are not supported on block rules");
		ok = false;
	}
	return ok;
}

bool pf_check_rule(const pf_rule *r, diag_list *diags)
{
	if (!check_statement(r, diags))
		return false;

	bool ok = true;
	bool xaf_bad = false;

	/* collapse_redirspec(): a nat-to/rdr-to/binat-to pool with no
	 * address of the rule's family.  Only the first address of a pool is
	 * known here, so a pool of several is given the benefit of the
	 * doubt. */
	if ((r->xlate == PF_XL_NAT_TO || r->xlate == PF_XL_RDR_TO ||
	     r->xlate == PF_XL_BINAT_TO) &&
	    r->af && r->xaddr.af && r->xaddr.af != r->af && r->nxaddr <= 1) {
		say(diags, r, loc_or(r->xaddr.loc, r), "af mismatch in translation spec");
		xaf_bad = true;
		ok = false;
	}
	if (r->xlate == PF_XL_AF_TO && r->xaf && r->xaddr.af && r->xaddr.af != r->xaf) {
		say(diags, r, loc_or(r->xaddr.loc, r),
		    "translation spec contains addresses that don't match target address family");
		ok = false;
	}
	if (r->route != PF_RT_NONE && r->af && r->rtaddr.af && r->rtaddr.af != r->af) {
		say(diags, r, loc_or(r->rtaddr.loc, r), "af mismatch in routing spec");
		ok = false;
	}

	/* expand_rule() drops, without a word, a combination whose source,
	 * destination and rule families disagree ("inet6 from 10.0.0.1");
	 * the builder says so if no combination is left. */
	int sa = r->src.af, da = r->dst.af;
	if ((r->af && sa && sa != r->af) || (r->af && da && da != r->af) ||
	    (sa && da && sa != da))
		return false;

	if (r->icmp_af) {
		int want = r->icmp_af == 6 ? PROTO_ICMP6_ : PROTO_ICMP_;
		if (r->proto != want) {
			say(diags, r, loc_or(r->icmploc, r), "icmp-type mismatch");
			ok = false;
		}
	}
	if (r->xlate == PF_XL_BINAT_TO && is_filter(r->action))
		ok = check_binat(r, xaf_bad, diags) && ok;

	if (r->action == PF_RDR || r->action == PF_NORDR || r->action == PF_RDRANCHOR)
		ok = check_rdr(r, diags) && ok;
	else if (is_filter(r->action) || r->action == PF_ANCHOR ||
		 r->action == PF_SCRUB || r->action == PF_NOSCRUB)
		ok = check_consistent(r, diags) && ok;
	return ok;
}

/* ------------------------------------------------------------------ */

static const pf_queue *find_queue(const pf_queue *q, size_t nq, const char *name)
{
	for (size_t i = 0; i < nq; i++)
		if (q[i].name && strcmp(q[i].name, name) == 0)
			return &q[i];
	return NULL;
}

static srcloc qloc(const pf_queue *q)
{
	return q->loc;
}

static const char *qname(const pf_queue *q)
{
	return q->name ? q->name : "";
}

/* The root of q's tree, or NULL when a parent is missing or the parents
 * loop. */
static const pf_queue *queue_root(const pf_queue *qs, size_t nq, const pf_queue *q)
{
	for (size_t steps = 0; q && steps <= nq; steps++) {
		if (!q->parent)
			return q;
		q = find_queue(qs, nq, q->parent);
	}
	return NULL;
}

static bool has_children(const pf_queue *qs, size_t nq, const pf_queue *q)
{
	for (size_t i = 0; i < nq; i++)
		if (qs[i].parent && q->name && strcmp(qs[i].parent, q->name) == 0)
			return true;
	return false;
}

void pf_check_ruleset(const pf_queue *q, size_t nq, const pf_rule *const *rules,
		      size_t nrules, diag_list *diags)
{
	/* The queue a rule assigns must exist (pfctl's qname rule looks it
	 * up when it reads the rule). */
	for (size_t i = 0; i < nrules; i++) {
		const pf_rule *r = rules[i];
		for (int k = 0; k < 2; k++)
			if (r->queue[k] && !find_queue(q, nq, r->queue[k]))
				say(diags, r, loc_or(r->queueloc, r), "queue %s is not defined",
				    r->queue[k]);
	}

	/* FreeBSD's ALTQ queues ("altq on em0 cbq ... queue { a b }",
	 * "queue a priority 1") name neither an interface nor a parent: their
	 * tree is the altq statement's, and the checks below are OpenBSD's
	 * (pfctl.c, pfctl_check_queues and friends), so leave such a file
	 * alone. */
	for (size_t i = 0; i < nq; i++)
		if (!q[i].parent && !q[i].ifname)
			return;

	for (size_t i = 0; i < nq; i++) {
		const pf_queue *x = &q[i];
		bool kids = has_children(q, nq, x);
		if (!x->bandwidth && !x->flows) {
			/* expand_queue(), when the statement is read */
			diag_check(diags, CHECK_PARSE_ERROR, qloc(x),
				   "no bandwidth or flow specification");
			continue;
		}
		if (!x->bandwidth && x->parent)
			diag_check(diags, CHECK_PARSE_ERROR, qloc(x),
				   "queue %s: no bandwidth was specified", qname(x));
		if (x->is_default && kids)
			diag_check(diags, CHECK_PARSE_ERROR, qloc(x),
				   "default queue %s is not a leaf queue", qname(x));
		else if (x->flows && kids)
			diag_check(diags, CHECK_PARSE_ERROR, qloc(x),
				   "flow queue %s is not a leaf queue", qname(x));
	}

	/* Every queue tree (one per interface) needs a default queue; pfctl
	 * says so without a line number, we say it at the root queue. */
	for (size_t i = 0; i < nq; i++) {
		if (q[i].parent)
			continue;
		bool found = false;
		for (size_t j = 0; j < nq && !found; j++)
			found = q[j].is_default && queue_root(q, nq, &q[j]) == &q[i];
		if (!found)
			diag_check(diags, CHECK_PARSE_ERROR, qloc(&q[i]),
				   "no default queue specified");
	}
}

/* ------------------------------------------------------------------ */

/* What `pfctl -nv` prints for a rule, one line each (the kinds that
 * ir_ruleset.nsource counts):
 *   pass, block, match          OpenBSD and FreeBSD filter rules (antispoof
 *                               is printed as block rules, binat-to as a
 *                               nat-to and an rdr-to match/pass rule);
 *   anchor                      an anchor rule, a reference or inline: an
 *                               inline one ends in "{", its rules follow
 *                               indented by two spaces each level (they
 *                               count too), and its closing "}" does not;
 *   scrub, no scrub             FreeBSD scrub rules;
 *   nat, no nat, rdr, no rdr, binat, no binat
 *                               FreeBSD translation rules;
 *   nat-anchor, rdr-anchor, binat-anchor
 *                               FreeBSD anchor references.
 * Old pfctl numbers its rules: "@3 block in ...".  Not rules: table, set,
 * queue, altq, "name = "value"" macro lines, load anchor, the "}" of an
 * inline anchor, and error lines ("stdin:3: ...", "pfctl: ...", "no IP
 * address found for ...", "netmask ..."). */
bool pf_count_rule_line(const char *line)
{
	static const char *const kinds[] = {
		"pass",   "block", "match",      "anchor",     "scrub",        "nat",
		"rdr",    "binat", "nat-anchor", "rdr-anchor", "binat-anchor",
	};
	static const char *const negatable[] = { "nat", "rdr", "binat", "scrub" };
	const char *p = line;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '@') {
		p++;
		if (!isdigit((unsigned char)*p))
			return false;
		while (isdigit((unsigned char)*p))
			p++;
		if (*p != ' ' && *p != '\t')
			return false;
		while (*p == ' ' || *p == '\t')
			p++;
	}

	const char *w = p;
	while (*p && !isspace((unsigned char)*p))
		p++;
	size_t n = (size_t)(p - w);
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '=')
		return false; /* a macro named like a keyword */

	if (n == 2 && strncmp(w, "no", 2) == 0) {
		const char *v = p;
		while (*p && !isspace((unsigned char)*p))
			p++;
		size_t m = (size_t)(p - v);
		for (size_t i = 0; i < sizeof negatable / sizeof negatable[0]; i++)
			if (strlen(negatable[i]) == m && strncmp(v, negatable[i], m) == 0)
				return true;
		return false;
	}
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strlen(kinds[i]) == n && strncmp(w, kinds[i], n) == 0)
			return true;
	return false;
}
