/* pf_lower.c - the pf rules, expanded, into the IR that include/pf.h
 * describes: table "filter", chains "in" and "out", last match lowered to
 * first match (terminal rules in file order, then the other pass/block
 * rules reversed), inline anchors flattened, "set skip" first, host-only
 * addresses unresolved; and table "nat", chains "in" and "out", for the
 * translations that later rules see.
 *
 * Interfaces (pf.conf(5) "on interface": "interface names ... or the name of
 * an interface group"): a name ending in a digit is one interface; any other
 * name is a group.  A driver group ("em": em0, em1, ...) becomes the IR name
 * pattern "em+", which is what it means on any host; every other group
 * (egress, or one an administrator made with ifconfig group) has members
 * that only the host knows, so its rule gets no interface condition and is
 * unresolved.  Driver groups are unresolved too: a host may add an em
 * interface to another group, but not take it out of "em", so "em+" is exact
 * as far as interface names go, and only the rule that names a non-driver
 * group is reported.
 *
 * Translations (pf_nat.c makes each one's ir_nat):
 *   - OpenBSD match rules: pf evaluates every rule in file order on the
 *     packet as the match rules before it translated it (sys/net/pf.c
 *     pf_test_rule() tests pd->nsaddr, pd->ndaddr, pd->nsport, pd->ndport,
 *     which pf_get_transaddr() rewrites for each matching match rule;
 *     pf.conf(5), Translation: "If specified on a match rule, subsequent
 *     rules will see packets as they look after any addresses and ports
 *     have been translated").  The packet path applies table nat's chain
 *     of a direction before the filter chain of that direction, so the
 *     translating match rules go there in file order, each IR_CONTINUE
 *     with its translation.  Evaluation ends at the first quick rule that
 *     matches (and when a quick anchor in which a rule matched is left):
 *     the match rules after it do not translate.  So the terminal rules
 *     are in table nat too, at their place in file order, as rules that
 *     end the step without a translation.  A filter rule that comes before
 *     a translating match rule sees the packet untranslated in pf but
 *     translated here: where it tests a field that translation rewrites,
 *     it is unresolved (naming the match rule), unless it is terminal and
 *     what the translation makes of the field cannot meet its condition
 *     (meets_translation()).  A match rule with "tagged" has the tag steps
 *     of its filter chain.
 *   - pass rules: pf applies the translation of the last matching rule
 *     (pf_test_rule(): "apply actions for last matching pass/block rule"),
 *     after every rule of the direction: the filter rule carries it and
 *     the stages after it see the translated packet.
 *   - binat-to: pfctl loads it as an out rule with nat-to and a generated
 *     in rule with rdr-to (binat_split()).
 *   - FreeBSD nat, rdr and binat rules: first match, before every filter
 *     rule, which then see the translated packet (FreeBSD pf.conf(5),
 *     TRANSLATION; sys/netpfil/pf/pf_lb.c pf_get_translation(): out
 *     packets meet the binat rules then the nat rules, in packets the rdr
 *     rules then the binat rules; "no nat", "no rdr" and "no binat" end
 *     the search untranslated).
 *   - af-to changes the address family, which fwlint does not model: the
 *     rules of "out" that test an address or a port are unresolved.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pf_int.h"
#include "xalloc.h"

/* An expanded rule with the anchors around it, outermost first. */
typedef struct entry {
	const pf_node **path;
	size_t n;
	bool terminal;
} entry;

typedef struct entries {
	entry *v;
	size_t n, cap;
} entries;

/* A rule of table nat. */
enum xkind {
	X_XLATE,    /* translates: OpenBSD match, FreeBSD nat/rdr/binat */
	X_NONAT,    /* FreeBSD no nat, no rdr, no binat */
	X_STOP,     /* a terminal rule: ends the match rules' translations */
	X_RUNTIME,  /* an anchor loaded at run time */
};

typedef struct xent {
	entry e;
	enum xkind kind;
	int chain;              /* 0: "in", 1: "out" */
	size_t key;             /* place in the chain */
	bool freebsd;
	int which;              /* X_XLATE: the rule's translation 0 or 1; -1: the
				   first, the second unresolved */
} xent;

typedef struct xents {
	xent *v;
	size_t n, cap;
} xents;

typedef struct lower {
	struct pf_ctx *ctx;
	entries T, N, M;        /* terminal, other pass/block, match rules */
	xents X;                /* table nat */
	bool afto_out;          /* an af-to rule: "out" sees another family */
	bool xlast;             /* make_rule(MK_XLATE): the rule's last copy */
	int afto_line;
	bool tagged;            /* a rule or anchor tests "tagged" */
	/* rule_new(): the text of the statement at text_loc */
	const char *text;
	size_t text_len;
	bool text_owned;
	srcloc text_loc;
	/* add_rule_conds(): tcpflags_match(flags_mask, flags_val) */
	unsigned flags_mask, flags_val;
	uint64_t flags_bits;
} lower;

static void entries_add(entries *e, entry x)
{
	e->v = xgrow(e->v, &e->cap, e->n + 1, sizeof *e->v);
	e->v[e->n++] = x;
}

static void xents_add(xents *x, xent v)
{
	x->v = xgrow(x->v, &x->cap, x->n + 1, sizeof *x->v);
	x->v[x->n++] = v;
}

static const pf_node **path_with(struct pf_ctx *ctx, const pf_node **prefix, size_t n,
				 const pf_node *leaf)
{
	const pf_node **p = pf_alloc(ctx, (n + 1) * sizeof *p);
	if (n)
		memcpy(p, prefix, n * sizeof *p);
	p[n] = leaf;
	return p;
}

/* The direction of a path: in, out, both, or neither (-1). */
static int path_dir(const pf_node *const *path, size_t n)
{
	int d = PF_DIR_BOTH;
	for (size_t i = 0; i < n; i++) {
		int e = pf_node_base(path[i])->dir;
		if (e == PF_DIR_BOTH)
			continue;
		if (d != PF_DIR_BOTH && d != e)
			return -1;
		d = e;
	}
	return d;
}

/* The last file order within an anchor (its own, or its last rule's). */
static size_t last_order(const pf_node *n)
{
	size_t o = n->order;
	if (n->children)
		for (size_t i = 0; i < n->children->n; i++) {
			size_t k = last_order(n->children->v[i]);
			o = k > o ? k : o;
		}
	return o;
}

/* Rule i of e's path: the anchors around a rule have rules of their own
 * (walk_node() makes them so); the rule itself is leaf (pf_node_rule()). */
static const pf_rule *path_rule(const entry *e, size_t i, const pf_rule *leaf)
{
	return i + 1 < e->n ? e->path[i]->own : leaf;
}

/* binat-to (OpenBSD parse.y, expand_rule()): a rule without a direction,
 * which pfctl loads as two.  The rule itself goes out, with nat-to to the
 * binat-to address and static-port; after it pfctl generates the inbound
 * rule: the same rule (interface, protocol, options, tags, received-on,
 * quick, log, state) with direction in, from the rule's destination
 * (address and ports) to the binat-to address (not negated) and the rule's
 * source ports, with rdr-to back to the rule's source address and the same
 * pool options.  out and in get copies of node; false when node is not a
 * binat-to filter rule. */
static bool binat_split(struct pf_ctx *ctx, const pf_node *node, pf_node **out, pf_node **in)
{
	const pf_rule *b = pf_node_base(node);
	if (b->action != PF_PASS && b->action != PF_BLOCK && b->action != PF_MATCH)
		return false;
	if (b->xlate != PF_XL_BINAT_TO)
		return false;
	pf_rule *outr, *inr;
	pf_node *o = pf_node_whole(ctx, node, &outr);
	pf_node *i = pf_node_whole(ctx, node, &inr);
	const pf_rule *r = outr; /* node's rule until the end */
	inr->dir = PF_DIR_IN;
	inr->xlate = PF_XL_RDR_TO;
	inr->src = r->dst;
	inr->sport = r->dport;
	inr->dst = r->xaddr;
	inr->dst.neg = false;
	inr->dport = r->sport;
	inr->xaddr = r->src;
	inr->xaddr.neg = false;
	inr->nxaddr = 1;
	inr->xp[0].hosts = NULL;
	inr->xp[0].n = 1;
	inr->xp[0].first = inr->xaddr;
	inr->xp[0].static_port = false;
	inr->xbinat = true;
	memset(&inr->xp[0].port, 0, sizeof inr->xp[0].port);
	outr->dir = PF_DIR_OUT;
	outr->xlate = PF_XL_NAT_TO;
	outr->xp[0].static_port = true;
	outr->xbinat = true;
	*out = o;
	*in = i;
	return true;
}

/* FreeBSD binat (pf_match_translation(), pf_get_translation()): out
 * packets from the rule's source to its destination get the source
 * mapped onto the "->" address; in packets from the rule's destination
 * (and its port, as their source port) to the "->" address get the
 * destination mapped back onto the rule's source.  Ports are kept. */
static void freebsd_binat_split(struct pf_ctx *ctx, const pf_node *node, pf_node **out,
				pf_node **in)
{
	pf_rule *outr, *inr;
	pf_node *o = pf_node_whole(ctx, node, &outr);
	pf_node *i = pf_node_whole(ctx, node, &inr);
	const pf_rule *r = outr; /* node's rule until the end */
	inr->xbinat = true;
	inr->xlate = r->action == PF_BINAT ? PF_XL_RDR_TO : PF_XL_NONE;
	inr->src = r->dst;
	inr->sport = r->dport;
	if (r->action == PF_BINAT) {
		inr->dst = r->xp[0].first;
		inr->dst.neg = false;
		inr->xp[0].hosts = NULL;
		inr->xp[0].n = 1;
		inr->xp[0].first = r->src;
		inr->xp[0].first.neg = false;
	} else {
		memset(&inr->dst, 0, sizeof inr->dst);
		inr->dst.prefix = -1;
	}
	memset(&inr->dport, 0, sizeof inr->dport);
	outr->xlate = r->action == PF_BINAT ? PF_XL_NAT_TO : PF_XL_NONE;
	outr->xbinat = true;
	*out = o;
	*in = i;
}

/* FreeBSD's translation groups, in the order pf_get_translation()
 * consults them. */
enum { G_RDR_IN, G_BINAT_IN, G_BINAT_OUT, G_NAT_OUT };

static void add_freebsd(lower *L, const pf_node **path, size_t n, const pf_node *leaf)
{
	const pf_rule *r = pf_node_base(leaf);
	xent x;
	memset(&x, 0, sizeof x);
	x.freebsd = true;
	x.e.n = n;
	bool runtime = r->action == PF_NATANCHOR || r->action == PF_RDRANCHOR ||
		       r->action == PF_BINATANCHOR;
	x.kind = runtime ? X_RUNTIME
		 : (r->action == PF_NONAT || r->action == PF_NORDR || r->action == PF_NOBINAT)
			 ? X_NONAT : X_XLATE;
	if (r->action == PF_BINAT || r->action == PF_NOBINAT || r->action == PF_BINATANCHOR) {
		pf_node *o, *i;
		freebsd_binat_split(L->ctx, leaf, &o, &i);
		x.e.path = path_with(L->ctx, path, n - 1, o);
		x.chain = 1;
		x.key = (size_t)G_BINAT_OUT << 40 | leaf->order;
		xents_add(&L->X, x);
		x.e.path = path_with(L->ctx, path, n - 1, i);
		x.chain = 0;
		x.key = (size_t)G_BINAT_IN << 40 | leaf->order;
		xents_add(&L->X, x);
		return;
	}
	bool rdr = r->action == PF_RDR || r->action == PF_NORDR || r->action == PF_RDRANCHOR;
	x.e.path = path_with(L->ctx, path, n - 1, leaf);
	x.chain = rdr ? 0 : 1;
	x.key = (size_t)(rdr ? G_RDR_IN : G_NAT_OUT) << 40 | leaf->order;
	xents_add(&L->X, x);
}

/* (every rule of path has its own: a translating match rule and the
 * anchors around it, walk_node()) */
static bool path_tests(const pf_node *const *path, size_t n, bool dst)
{
	for (size_t i = 0; i < n; i++) {
		const pf_rule *r = path[i]->own;
		const pf_addr *a = dst ? &r->dst : &r->src;
		const pf_port *p = dst ? &r->dport : &r->sport;
		if (a->kind != PF_ADDR_ANY || a->neg || p->op != PF_OP_NONE)
			return true;
	}
	return false;
}

/* An OpenBSD match rule that translates: into table nat at its place (key
 * 4 * order, its second translation 4 * order + 1, pf_get_transaddr()
 * applies both).  With nat-to and rdr-to the one whose fields the rule
 * does not test goes first: then the other sees the packets it matched,
 * and only those; when the rule tests both sides, the second is
 * unresolved (attach_nat()). */
static void add_match(lower *L, const pf_node **path, size_t n)
{
	const pf_rule *r = pf_node_base(path[n - 1]);
	int d = path_dir(path, n);
	if (d < 0 || (r->xlate != PF_XL_NAT_TO && r->xlate != PF_XL_RDR_TO))
		return;
	bool two = r->xlate2 == PF_XL_NAT_TO || r->xlate2 == PF_XL_RDR_TO;
	int first = -1;
	if (two) {
		int nat = r->xlate == PF_XL_NAT_TO ? 0 : 1;
		if (!path_tests(path, n, false))
			first = nat;
		else if (!path_tests(path, n, true))
			first = 1 - nat;
	}
	for (int c = 0; c < 2; c++) {
		if ((c == 0 && d == PF_DIR_OUT) || (c == 1 && d == PF_DIR_IN))
			continue;
		for (int k = 0; k < (first < 0 ? 1 : 2); k++) {
			xent x;
			memset(&x, 0, sizeof x);
			x.e.path = path;
			x.e.n = n;
			x.kind = X_XLATE;
			x.chain = c;
			x.which = first < 0 ? -1 : k == 0 ? first : 1 - first;
			x.key = 4 * path[n - 1]->order + (size_t)k;
			xents_add(&L->X, x);
		}
	}
}

static void walk(lower *L, const pf_list *list, const pf_node **prefix, size_t depth,
		 entries *T, entries *N);

static void walk_node(lower *L, const pf_node *node, const pf_node **prefix, size_t depth,
		      entries *T, entries *N)
{
	pf_node *bout, *bin;
	if (binat_split(L->ctx, node, &bout, &bin)) {
		walk_node(L, bout, prefix, depth, T, N);
		walk_node(L, bin, prefix, depth, T, N);
		return;
	}
	const pf_rule *r = pf_node_base(node);
	/* an anchor's rule is read for each rule inside it, a translating
	 * match rule's for each filter rule: rules of their own (pf_node) */
	if (!node->own && (node->children || (r->action == PF_MATCH && (r->xlate == PF_XL_NAT_TO ||
									   r->xlate == PF_XL_RDR_TO)))) {
		node = pf_node_whole(L->ctx, node, NULL);
		r = node->own;
	}
	L->tagged |= r->tagged != NULL;
	const pf_node **path = path_with(L->ctx, prefix, depth, node);
	entry e = { path, depth + 1, false };

	if (r->xlate == PF_XL_AF_TO && path_dir(path, depth + 1) >= 0 && !L->afto_out) {
		L->afto_out = true;
		L->afto_line = r->loc.line;
	}
	switch (r->action) {
	case PF_ANCHOR:
		if (node->children && r->quick) {
			entries T2 = { 0 }, N2 = { 0 };
			walk(L, node->children, path, depth + 1, &T2, &N2);
			for (size_t k = 0; k < T2.n; k++)
				entries_add(T, T2.v[k]);
			for (size_t k = N2.n; k-- > 0;) {
				N2.v[k].terminal = true;
				entries_add(T, N2.v[k]);
			}
			free(T2.v);
			free(N2.v);
		} else if (node->children) {
			walk(L, node->children, path, depth + 1, T, N);
		} else {
			e.terminal = true;
			entries_add(T, e);
		}
		break;
	case PF_PASS:
	case PF_BLOCK:
		e.terminal = r->quick;
		entries_add(r->quick ? T : N, e);
		break;
	case PF_MATCH:
		/* they decide nothing, but may tag (pf.h: Tags) and translate */
		if (r->tag)
			entries_add(&L->M, e);
		add_match(L, path, depth + 1);
		break;
	case PF_NAT:
	case PF_NONAT:
	case PF_RDR:
	case PF_NORDR:
	case PF_BINAT:
	case PF_NOBINAT:
	case PF_NATANCHOR:
	case PF_RDRANCHOR:
	case PF_BINATANCHOR:
		add_freebsd(L, path, depth + 1, node);
		break;
	default:
		break;
	}
}

static void walk(lower *L, const pf_list *list, const pf_node **prefix, size_t depth,
		 entries *T, entries *N)
{
	for (size_t i = 0; i < list->n; i++)
		walk_node(L, list->v[i], prefix, depth, T, N);
}

/* ------------------------------------------------------------ conditions */

static bool ends_in_digit(const char *s)
{
	size_t n = strlen(s);
	return n && s[n - 1] >= '0' && s[n - 1] <= '9';
}

/* Interface drivers of OpenBSD (share/man/man4), the groups an interface of
 * that driver is always in. */
static bool driver_group(const char *s)
{
	static const char *const drivers[] = {
		"aggr", "athn", "axe", "bge", "bnx", "bnxt", "bridge", "bwfm", "carp",
		"cdce", "dc", "em", "enc", "etherip", "fxp", "gif", "gre", "iavf",
		"igc", "ix", "ixl", "iwm", "iwn", "iwx", "lo", "mcx", "mpe", "mpw",
		"msk", "nfe", "pflog", "pflow", "pfsync", "ppp", "pppoe", "re", "rl",
		"sis", "sk", "tap", "tpmr", "trunk", "tun", "ure", "urndis", "veb",
		"vether", "vio", "vlan", "vmx", "vr", "vxlan", "wg", "xl", "igb", "ixgbe",
		"bce", "hvn", "ena", "ngbe", "rge", "ue", "epair", "lagg", "bxe", "cxl",
		"mlxen", "mce", "vtnet", "ovpnc", "ovpns", "ng", "gre", "stf",
	};
	for (size_t i = 0; i < sizeof drivers / sizeof drivers[0]; i++)
		if (strcmp(drivers[i], s) == 0)
			return true;
	return false;
}

static void cond_iface(ir_rule *ir, enum ir_field f, const char *name, bool neg, srcloc loc)
{
	char buf[300];
	if (strcmp(name, "any") == 0) {
		/* "on any" is every interface but the loopback ones
		 * (OpenBSD sys/net/pf_if.c, pfi_kif_match(): PFI_IFLAG_ANY
		 * and not IFF_LOOPBACK); loopback interfaces are lo0, lo1,
		 * ... */
		ir_cond_ifname(ir_rule_cond(ir, f, !neg, loc), "lo+");
		return;
	}
	if (ends_in_digit(name)) {
		ir_cond_ifname(ir_rule_cond(ir, f, neg, loc), name);
		return;
	}
	if (driver_group(name)) {
		if (!neg) {
			snprintf(buf, sizeof buf, "%s+", name);
			ir_cond_ifname(ir_rule_cond(ir, f, false, loc), buf);
			return;
		}
		snprintf(buf, sizeof buf, "%s+", name);
		ir_cond_ifname(ir_rule_cond(ir, f, true, loc), buf);
		return;
	}
	snprintf(buf, sizeof buf, "interface group '%.200s': its members are not known", name);
	ir_rule_unresolved(ir, loc, buf);
}

/* Ranges of the union of a table's entries, longest prefix first wins:
 * entries are applied from the widest to the narrowest. */
typedef struct span {
	u128 lo, hi;
} span;

typedef struct spans {
	span *v;
	size_t n, cap;
} spans;

static void spans_sub(spans *s, u128 lo, u128 hi)
{
	spans out = { 0 };
	for (size_t i = 0; i < s->n; i++) {
		span a = s->v[i];
		if (a.hi < lo || a.lo > hi) {
			out.v = xgrow(out.v, &out.cap, out.n + 1, sizeof *out.v);
			out.v[out.n++] = a;
			continue;
		}
		if (a.lo < lo) {
			out.v = xgrow(out.v, &out.cap, out.n + 1, sizeof *out.v);
			out.v[out.n++] = (span){ a.lo, lo - 1 };
		}
		if (a.hi > hi) {
			out.v = xgrow(out.v, &out.cap, out.n + 1, sizeof *out.v);
			out.v[out.n++] = (span){ hi + 1, a.hi };
		}
	}
	free(s->v);
	*s = out;
}

static void spans_add(spans *s, u128 lo, u128 hi)
{
	spans_sub(s, lo, hi);
	s->v = xgrow(s->v, &s->cap, s->n + 1, sizeof *s->v);
	s->v[s->n++] = (span){ lo, hi };
}

static int width_cmp(const void *a, const void *b)
{
	const pf_addr *x = *(const pf_addr *const *)a, *y = *(const pf_addr *const *)b;
	u128 wx = x->hi - x->lo, wy = y->hi - y->lo;
	return wx > wy ? -1 : wx < wy;
}

/* Add the address condition of a; false when a makes the rule unresolved
 * (the message is added). */
static void cond_addr(struct pf_ctx *ctx, ir_rule *ir, enum ir_field f, const pf_addr *a)
{
	char buf[300];
	switch (a->kind) {
	case PF_ADDR_ANY:
		if (a->neg) /* "! any" matches nothing */
			ir_cond_range(ir_rule_cond(ir, f, true, a->loc), 0, U128_MAX);
		return;
	case PF_ADDR_NET:
	case PF_ADDR_RANGE:
		ir_cond_range(ir_rule_cond(ir, f, a->neg, a->loc), a->lo, a->hi);
		return;
	case PF_ADDR_TABLE: {
		pf_table *t = pf_table_find(ctx, a->name);
		if (!t || !t->defined) {
			snprintf(buf, sizeof buf, "table <%.100s> is not defined in the file: it is "
				 "filled at run time", a->name);
			ir_rule_unresolved(ir, a->loc, buf);
			return;
		}
		if (t->file_failed) {
			snprintf(buf, sizeof buf, "table <%.100s>: its file '%.100s' is not read here (missing, unreadable, or outside the configuration's folder)",
				 a->name, t->file ? t->file : "");
			ir_rule_unresolved(ir, a->loc, buf);
			return;
		}
		size_t n = 0;
		for (pf_hnode *h = t->hosts; h; h = h->next)
			n += !h->bad && (h->a.kind == PF_ADDR_NET || h->a.kind == PF_ADDR_RANGE);
		bool other = false;
		for (pf_hnode *h = t->hosts; h; h = h->next)
			other |= !h->bad && h->a.kind != PF_ADDR_NET && h->a.kind != PF_ADDR_RANGE;
		if (other) {
			snprintf(buf, sizeof buf, "table <%.100s> holds addresses of the host: they "
				 "are known at run time", a->name);
			ir_rule_unresolved(ir, a->loc, buf);
			return;
		}
		if (n == 0 && !(t->is_const && !t->has_file)) {
			snprintf(buf, sizeof buf, "table <%.100s> is filled at run time", a->name);
			ir_rule_unresolved(ir, a->loc, buf);
			return;
		}
		if (n == 0) {
			/* "const" and no addresses: pfctl -t cannot add any
			 * (pf.conf(5) TABLES), the table stays empty */
			ir_cond *c = ir_rule_cond(ir, f, !a->neg, a->loc);
			ir_cond_range(c, 0, U128_MAX);
			return;
		}
		const pf_addr **v = xmalloc(n * sizeof *v);
		size_t k = 0;
		for (pf_hnode *h = t->hosts; h; h = h->next)
			if (!h->bad && (h->a.kind == PF_ADDR_NET || h->a.kind == PF_ADDR_RANGE))
				v[k++] = &h->a;
		qsort(v, n, sizeof *v, width_cmp);
		spans s = { 0 };
		for (size_t i = 0; i < n; i++) {
			if (v[i]->neg)
				spans_sub(&s, v[i]->lo, v[i]->hi);
			else
				spans_add(&s, v[i]->lo, v[i]->hi);
		}
		free(v);
		ir_cond *c = ir_rule_cond(ir, f, a->neg, a->loc);
		for (size_t i = 0; i < s.n; i++)
			ir_cond_range(c, s.v[i].lo, s.v[i].hi);
		if (s.n == 0) {
			/* an empty set: the rule matches nothing (or everything when negated) */
			c->neg = !a->neg;
			ir_cond_range(c, 0, U128_MAX);
		}
		free(s.v);
		return;
	}
	case PF_ADDR_DYNIF:
		snprintf(buf, sizeof buf, "address '(%.100s%s%.20s)': the interface's addresses are "
			 "known at run time", a->name, a->modifier ? ":" : "",
			 a->modifier ? a->modifier : "");
		break;
	case PF_ADDR_IFACE:
		snprintf(buf, sizeof buf, "address '%.100s%s%.20s': the interface's addresses are "
			 "not known", a->name, a->modifier ? ":" : "", a->modifier ? a->modifier : "");
		break;
	case PF_ADDR_SELF:
		snprintf(buf, sizeof buf, "address 'self': the firewall's own addresses are not known");
		break;
	case PF_ADDR_NOROUTE:
		if (a->name)
			snprintf(buf, sizeof buf, "address 'route %.100s': the routing table is not known",
				 a->name);
		else
			snprintf(buf, sizeof buf, "address 'no-route': the routing table is not known");
		break;
	case PF_ADDR_URPF:
		snprintf(buf, sizeof buf, "address 'urpf-failed': the routing table is not known");
		break;
	case PF_ADDR_HOSTNAME:
		snprintf(buf, sizeof buf, "host name '%.100s' is resolved when the rules are loaded",
			 a->name);
		break;
	}
	ir_rule_unresolved(ir, a->loc, buf);
}

static void cond_port(ir_rule *ir, enum ir_field f, const pf_port *p)
{
	u128 a = p->a, b = p->b;
	ir_cond *c;
	switch (p->op) {
	case PF_OP_NONE:
		return;
	case PF_OP_EQ: ir_cond_range(ir_rule_cond(ir, f, false, p->loc), a, a); return;
	case PF_OP_NE: ir_cond_range(ir_rule_cond(ir, f, true, p->loc), a, a); return;
	case PF_OP_LT:
		if (a == 0)
			ir_cond_range(ir_rule_cond(ir, f, true, p->loc), 0, 65535);
		else
			ir_cond_range(ir_rule_cond(ir, f, false, p->loc), 0, a - 1);
		return;
	case PF_OP_LE: ir_cond_range(ir_rule_cond(ir, f, false, p->loc), 0, a); return;
	case PF_OP_GT:
		if (a >= 65535)
			ir_cond_range(ir_rule_cond(ir, f, true, p->loc), 0, 65535);
		else
			ir_cond_range(ir_rule_cond(ir, f, false, p->loc), a + 1, 65535);
		return;
	case PF_OP_GE: ir_cond_range(ir_rule_cond(ir, f, false, p->loc), a, 65535); return;
	case PF_OP_RANGE:
		if (a > b)
			ir_cond_range(ir_rule_cond(ir, f, true, p->loc), 0, 65535);
		else
			ir_cond_range(ir_rule_cond(ir, f, false, p->loc), a, b);
		return;
	case PF_OP_XRANGE:
		if (a + 1 > b - 1 || b == 0)
			ir_cond_range(ir_rule_cond(ir, f, true, p->loc), 0, 65535);
		else
			ir_cond_range(ir_rule_cond(ir, f, false, p->loc), a + 1, b - 1);
		return;
	case PF_OP_IRANGE:
		/* pf_match_port(): p < a || p > b, every port when b < a */
		if (b < a) {
			ir_cond_range(ir_rule_cond(ir, f, false, p->loc), 0, 65535);
			return;
		}
		c = ir_rule_cond(ir, f, true, p->loc);
		ir_cond_range(c, a, b);
		return;
	}
}

/* Does a rule test its source (dst false) or destination fields? */
static bool tests(const pf_rule *r, bool dst)
{
	const pf_addr *a = dst ? &r->dst : &r->src;
	const pf_port *p = dst ? &r->dport : &r->sport;
	return a->kind != PF_ADDR_ANY || a->neg || p->op != PF_OP_NONE;
}

/* Does a rule test its source (dst false) or destination address, or
 * (with port) its port?  (nat-to rewrites the source port too, unless
 * static-port or binat-to; rdr-to the destination port when it names
 * one.) */
static bool tests_field(const pf_rule *r, bool dst, bool port)
{
	const pf_addr *a = dst ? &r->dst : &r->src;
	const pf_port *p = dst ? &r->dport : &r->sport;
	return a->kind != PF_ADDR_ANY || a->neg || (port && p->op != PF_OP_NONE);
}

/* Add the conditions of one rule of a path to ir; false when the path
 * cannot match in this chain. */
static bool add_rule_conds(lower *L, ir_rule *ir, const pf_rule *r, const pf_node *node,
			   bool in, int *family, bool tcp_half)
{
	struct pf_ctx *ctx = L->ctx;
	if ((r->dir == PF_DIR_IN && !in) || (r->dir == PF_DIR_OUT && in))
		return false;
	/* "fragment" (pf.conf(5)): only fragments of a packet, never the
	 * whole packets fwlint evaluates */
	if (r->fragment)
		return false;
	if (r->af) {
		if (*family && *family != r->af)
			return false;
		*family = r->af;
	}
	if (r->ifname)
		cond_iface(ir, in ? IR_IIF : IR_OIF, r->ifname, r->ifneg, r->ifloc);
	if (r->rcv_ifname)
		cond_iface(ir, IR_IIF, r->rcv_ifname, r->rcv_neg, r->rcvloc);
	if (r->proto >= 0)
		ir_cond_range(ir_rule_cond(ir, IR_PROTO, false, r->protoloc), (u128)r->proto,
			      (u128)r->proto);
	cond_addr(ctx, ir, IR_SRC, &r->src);
	cond_addr(ctx, ir, IR_DST, &r->dst);
	cond_port(ir, IR_SPORT, &r->sport);
	cond_port(ir, IR_DPORT, &r->dport);
	if (r->icmp_type >= 0 && (r->proto == 1 || r->proto == 58)) {
		u128 lo = (u128)r->icmp_type * 256, hi = lo + 255;
		if (r->icmp_code >= 0)
			lo = hi = lo + (u128)r->icmp_code;
		ir_cond_range(ir_rule_cond(ir, IR_DPORT, false, r->icmploc), lo, hi);
	}
	if ((r->proto == 6 || tcp_half) && !r->flags_any) {
		unsigned mask = 0, val = 0;
		if (r->flags_written) {
			mask = r->flagset & 0x3f;
			val = r->flags & 0x3f;
		} else if (r->action == PF_PASS && r->state != PF_STATE_NO) {
			/* pf.conf(5): stateful TCP rules default to flags S/SA */
			mask = PF_TH_SYN | PF_TH_ACK;
			val = PF_TH_SYN;
		}
		if (mask && (mask != L->flags_mask || val != L->flags_val)) {
			L->flags_mask = mask;
			L->flags_val = val;
			L->flags_bits = tcpflags_match(mask, val);
		}
		if (mask)
			ir_cond_bits(ir_rule_cond(ir, IR_TCPFLAGS, false, r->flagsloc),
				     L->flags_bits);
	}
	if (r->has_uid || r->has_gid)
		ir_rule_unresolved(ir, r->loc, "user/group: the owners of the host's sockets are "
				   "not known");
	if (node->st->unres_what)
		ir_rule_unresolved(ir, node->st->unres_loc, node->st->unres_what);
	return true;
}

/* pfctl gives every stateful pass rule "flags S/SA" (and a written
 * "flags" stays on the rule whatever its protocol); pf then applies them to
 * the TCP packets the rule matches.  A rule that names no protocol is
 * therefore two IR rules: its non-TCP packets without flags, its TCP
 * packets with them (a conjunction cannot say "not TCP or flags S/SA"). */
enum half { WHOLE, NOT_TCP, TCP_ONLY };

static bool needs_tcp_split(const entry *e, const pf_rule *r)
{
	for (size_t i = 0; i < e->n; i++)
		if (path_rule(e, i, r)->proto >= 0)
			return false;
	if (r->flags_any)
		return false;
	return r->flags_written || (r->action == PF_PASS && r->state != PF_STATE_NO);
}

/* A statement written over several lines (a '\\' line continuation, a
 * list broken across lines) as one line: each line end with the blanks
 * around it, and the backslash before it, becomes one blank. */
static char *one_line(const char *text, size_t len, size_t *out)
{
	char *v = xmalloc(len + 1);
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		if (text[i] != '\n') {
			v[n++] = text[i];
			continue;
		}
		while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\\' ||
				 v[n - 1] == '\r'))
			n--;
		while (i + 1 < len && (text[i + 1] == ' ' || text[i + 1] == '\t'))
			i++;
		v[n++] = ' ';
	}
	v[n] = '\0';
	*out = n;
	return v;
}

/* The text of the statement at loc for messages (*len bytes; *owned when
 * it is a copy to free).  One statement may expand to PF_MAX_EXPANSION
 * rules, each holding the text: past PF_MAX_RULE_TEXT bytes it is cut (at a
 * character boundary) and ends in "...", or a 10 MB line with a long list
 * would need a copy of the line per rule. */
static const char *rule_text(struct pf_ctx *ctx, srcloc loc, size_t *len, bool *owned)
{
	size_t tlen;
	const char *raw = pf_source_text(ctx, loc.file, loc.line, loc.end_line, &tlen);
	*owned = false;
	if (loc.end_line > loc.line && memchr(raw, '\n', tlen)) {
		char *flat = one_line(raw, tlen, &tlen);
		if (tlen > PF_MAX_RULE_TEXT) {
			tlen = PF_MAX_RULE_TEXT;
			while (tlen > 0 && ((unsigned char)flat[tlen] & 0xC0) == 0x80)
				tlen--;
			flat[tlen] = '\0';
			char *cut = xasprintf("%s ...", flat);
			free(flat);
			flat = cut;
			tlen = strlen(cut);
		}
		*owned = true;
		*len = tlen;
		return flat;
	}
	const char *text = raw;
	if (tlen <= PF_MAX_RULE_TEXT) {
		*len = tlen;
		return text;
	}
	tlen = PF_MAX_RULE_TEXT;
	while (tlen > 0 && ((unsigned char)text[tlen] & 0xC0) == 0x80)
		tlen--;
	char *cut = xasprintf("%.*s ...", (int)tlen, text);
	*owned = true;
	*len = strlen(cut);
	return cut;
}

/* A new IR rule for the statement at loc, with its text.  The expansions
 * of a statement come one after the other: the text of the last statement
 * is kept for the next rule. */
static ir_rule *rule_new(lower *L, srcloc loc)
{
	if (!L->text || loc.file != L->text_loc.file || loc.line != L->text_loc.line ||
	    loc.end_line != L->text_loc.end_line) {
		if (L->text_owned)
			free((char *)L->text);
		L->text = rule_text(L->ctx, loc, &L->text_len, &L->text_owned);
		L->text_loc = loc;
	}
	return ir_rule_new(loc, L->text, L->text_len);
}

static bool is_freebsd_xlate(const pf_rule *r)
{
	return r->action == PF_NAT || r->action == PF_RDR || r->action == PF_BINAT;
}

static const char *xlate_name(const pf_rule *r, enum pf_xlate x)
{
	if (x == PF_XL_AF_TO)
		return "af-to";
	if (is_freebsd_xlate(r))
		return r->xbinat ? "binat" : x == PF_XL_RDR_TO ? "rdr" : "nat";
	return r->xbinat ? "binat-to" : x == PF_XL_RDR_TO ? "rdr-to" : "nat-to";
}

/* The ir_nat of translation k (0: xlate, 1: xlate2) of r; false (and why)
 * when the rule is to be unresolved for it. */
static bool rule_nat(lower *L, const pf_rule *r, int k, ir_nat *n, char *why, size_t len)
{
	enum pf_xlate x = k ? r->xlate2 : r->xlate;
	pf_natspec s;
	memset(&s, 0, sizeof s);
	s.dst = x == PF_XL_RDR_TO;
	s.pool = &r->xp[k];
	s.field = s.dst ? &r->dst : &r->src;
	s.dport = &r->dport;
	s.binat = r->xbinat;
	s.poolmask = r->xbinat && is_freebsd_xlate(r);
	s.af = r->af ? r->af : r->xp[k].first.af;
	s.ifname = r->ifneg ? NULL : r->ifname;
	s.kind = xlate_name(r, x);
	return pf_nat_build(L->ctx, &s, n, why, len);
}

/* Attach r's translation to ir (a pass rule, a match rule, a FreeBSD
 * translation rule): translation `which` (0: xlate, 1: xlate2), or (-1)
 * the first, the second then unresolved: an ir_rule carries one. */
static void attach_nat(lower *L, ir_rule *ir, const pf_rule *r, int which)
{
	char why[300];
	ir_nat n;
	if (r->xlate == PF_XL_AF_TO) {
		/* the rule decides as written (modelled); what it makes of
		 * the packet is not: the rules of "out" that test an address
		 * are unresolved (filter_unresolved()) */
		ir_rule_unresolved_modelled(ir, r->xp[0].first.loc.line ? r->xp[0].first.loc : r->loc,
					    "af-to (a translation between address families)");
		return;
	}
	int k = which < 0 ? 0 : which;
	enum pf_xlate x = k ? r->xlate2 : r->xlate;
	if (x != PF_XL_NAT_TO && x != PF_XL_RDR_TO)
		return;
	if (!rule_nat(L, r, k, &n, why, sizeof why))
		ir_rule_unresolved(ir, r->xp[k].first.loc.line ? r->xp[k].first.loc : r->loc, why);
	ir_rule_nat(ir, &n);
	if (which < 0 && (r->xlate2 == PF_XL_NAT_TO || r->xlate2 == PF_XL_RDR_TO)) {
		snprintf(why, sizeof why, "%s with %s in one rule: fwlint applies the %s only",
			 xlate_name(r, r->xlate), xlate_name(r, r->xlate2), xlate_name(r, r->xlate));
		ir_rule_unresolved(ir, r->xp[1].first.loc.line ? r->xp[1].first.loc : r->loc, why);
	}
}

static bool iface_disjoint(const pf_rule *a, const pf_rule *b)
{
	if (a->proto >= 0 && b->proto >= 0 && a->proto != b->proto)
		return true;
	return a->ifname && b->ifname && !a->ifneg && !b->ifneg && ends_in_digit(a->ifname) &&
	       ends_in_digit(b->ifname) && strcmp(a->ifname, b->ifname) != 0;
}

/* May a value in lo..hi meet the condition of t (a scratch rule with one
 * field's condition)?  True when it is not known.  t is freed. */
static bool may_meet(ir_rule *t, u128 lo, u128 hi)
{
	bool may = t->nunres > 0 || t->ncond == 0;
	for (size_t i = 0; i < t->ncond && !may; i++) {
		const ir_cond *c = &t->cond[i];
		bool meets = false, covers = false;
		for (size_t k = 0; k < c->n; k++) {
			meets |= c->r[k].lo <= hi && c->r[k].hi >= lo;
			covers |= c->r[k].lo <= lo && c->r[k].hi >= hi;
		}
		may = c->neg ? !covers : meets;
	}
	ir_rule_free(t);
	return may;
}

static bool addr_may_meet(struct pf_ctx *ctx, const pf_addr *a, u128 lo, u128 hi)
{
	if (a->kind == PF_ADDR_TABLE) {
		/* a rule before each match rule: a large table is not
		 * worked out again for each (it may meet) */
		const pf_table *tb = pf_table_find(ctx, a->name);
		size_t n = 0;
		for (const pf_hnode *h = tb ? tb->hosts : NULL; h && n <= 256; h = h->next)
			n++;
		if (n > 256)
			return true;
	}
	ir_rule *t = ir_rule_new(SRCLOC_NONE, "", 0);
	cond_addr(ctx, t, IR_SRC, a);
	return may_meet(t, lo, hi);
}

static bool port_may_meet(const pf_port *p, u128 lo, u128 hi)
{
	ir_rule *t = ir_rule_new(SRCLOC_NONE, "", 0);
	cond_port(t, IR_SPORT, p);
	return may_meet(t, lo, hi);
}

/* Does rule r (one of a path) test a field that m's translation k may
 * have rewritten into a value r matches?  Where what m makes of the field
 * is known and r's condition excludes all of it, a terminal rule is exact:
 * it meets the packets it matches untranslated in table nat, which ends the
 * translations there, and cannot match the translated ones. */
static bool meets_translation(lower *L, const pf_rule *r, const pf_rule *m, int k, bool terminal)
{
	enum pf_xlate t = k ? m->xlate2 : m->xlate;
	if (t != PF_XL_NAT_TO && t != PF_XL_RDR_TO)
		return false;
	bool dst = t == PF_XL_RDR_TO;
	bool port = !dst ? !m->xp[k].static_port && !m->xbinat : m->xp[k].port.op != PF_OP_NONE;
	if (!tests_field(r, dst, port))
		return false;
	if (!terminal)
		return true;
	ir_nat n;
	char why[300];
	if (!rule_nat(L, m, k, &n, why, sizeof why) || n.to_local || n.to_egress ||
	    n.addr.kind == XL_KEEP)
		return true;
	const pf_addr *a = dst ? &r->dst : &r->src;
	const pf_port *p = dst ? &r->dport : &r->sport;
	if ((a->kind != PF_ADDR_ANY || a->neg) && addr_may_meet(L->ctx, a, n.addr.lo, n.addr.hi))
		return true;
	return port && p->op != PF_OP_NONE && n.port.kind != XL_KEEP &&
	       port_may_meet(p, n.port.lo, n.port.hi);
}

/* A filter rule of chain c (0 in, 1 out) meets translations fwlint applies
 * before the whole chain: those of match rules that come after it in the
 * file (pf tests it on the packet before them), af-to on "out", and a
 * "no state" pass rule, which pf does not translate by. */
static void filter_unresolved(lower *L, ir_rule *ir, const entry *e, const pf_rule *r, int c)
{
	const pf_node *leaf = e->path[e->n - 1];
	char buf[300];
	/* one message each, naming the first match rule (and how many more) */
	const pf_rule *nostate = NULL, *first = NULL;
	size_t more = 0;
	bool src = false, dst = false;
	for (size_t i = 0; i < L->X.n; i++) {
		const xent *x = &L->X.v[i];
		/* (the second copy of a rule with two translations: the
		 * first stands for both) */
		if (x->kind != X_XLATE || x->freebsd || x->chain != c || x->key % 4 == 1)
			continue;
		/* (a match rule that translates has its own, walk_node()) */
		const pf_rule *m = x->e.path[x->e.n - 1]->own;
		/* sys/net/pf.c pf_test_rule(): pf_translate() only when the
		 * deciding rule creates state */
		if (!nostate && r->action == PF_PASS && r->state == PF_STATE_NO && !iface_disjoint(r, m))
			nostate = m;
		if (x->e.path[x->e.n - 1]->order <= leaf->order)
			continue;
		bool s1 = false, d1 = false;
		for (int k = 0; k < 2; k++) {
			enum pf_xlate t = k ? m->xlate2 : m->xlate;
			for (size_t j = 0; j < e->n; j++) {
				bool meets = meets_translation(L, path_rule(e, j, r), m, k,
							       e->terminal);
				s1 |= meets && t == PF_XL_NAT_TO;
				d1 |= meets && t == PF_XL_RDR_TO;
			}
		}
		if (!s1 && !d1)
			continue;
		src |= s1;
		dst |= d1;
		if (first)
			more++;
		else
			first = m;
	}
	if (nostate) {
		snprintf(buf, sizeof buf, "no state: pf does not apply the %s of line %d to the "
			 "packets this rule passes", xlate_name(nostate, nostate->xlate), nostate->loc.line);
		ir_rule_unresolved(ir, r->loc, buf);
	}
	if (first) {
		char others[64] = "";
		if (more)
			snprintf(others, sizeof others, " (and %zu later ones)", more);
		snprintf(buf, sizeof buf, "%s of the match rule at line %d%s, after this one, which "
			 "rewrites the %s it tests (pf tests it before)", xlate_name(first, first->xlate),
			 first->loc.line, others,
			 src && dst ? "source and destination" : src ? "source" : "destination");
		ir_rule_unresolved(ir, r->loc, buf);
	}
	if (c == 1 && L->afto_out) {
		bool s2 = false, d2 = false;
		for (size_t j = 0; j < e->n; j++) {
			s2 |= tests(path_rule(e, j, r), false);
			d2 |= tests(path_rule(e, j, r), true);
		}
		if (s2 || d2) {
			snprintf(buf, sizeof buf, "af-to at line %d may have rewritten the %s this rule "
				 "matches", L->afto_line,
				 s2 && d2 ? "source and destination" : s2 ? "source" : "destination");
			ir_rule_unresolved(ir, r->loc, buf);
		}
	}
}

enum mode { MK_FILTER, MK_XLATE, MK_NONAT, MK_STOP, MK_RUNTIME };

/* Can the rules of e's path match in chain "in" (else "out")?  What
 * add_rule_conds() finds, before the rule is built or made whole (a
 * node's family is its own, the rest its statement's). */
static bool path_fits(const entry *e, bool in)
{
	int family = 0;
	for (size_t i = 0; i < e->n; i++) {
		const pf_node *n = e->path[i];
		const pf_rule *b = pf_node_base(n);
		int af = n->own ? n->own->af : n->af;
		if ((b->dir == PF_DIR_IN && !in) || (b->dir == PF_DIR_OUT && in) || b->fragment)
			return false;
		if (af) {
			if (family && family != af)
				return false;
			family = af;
		}
	}
	return true;
}

/* The IR rule of entry e (its rule r, pf_node_rule()) in chain "in" or
 * "out"; NULL when it cannot match there. */
static ir_rule *make_rule(lower *L, const entry *e, const pf_rule *r, bool in, enum half half,
			  enum mode mode, int which)
{
	struct pf_ctx *ctx = L->ctx;
	if (!path_fits(e, in))
		return NULL;
	ir_rule *ir = rule_new(L, r->loc);
	int family = 0;

	if (half != WHOLE)
		ir_cond_range(ir_rule_cond(ir, IR_PROTO, half == NOT_TCP, r->loc), 6, 6);
	for (size_t i = 0; i < e->n; i++)
		if (!add_rule_conds(L, ir, path_rule(e, i, r), e->path[i], in, &family,
				    half == TCP_ONLY && i == e->n - 1)) {
			ir_rule_free(ir);
			return NULL;
		}
	ir->family = family;
	ir->quick = e->terminal;
	char buf[300];
	switch (mode) {
	case MK_XLATE:
		/* a match rule goes on to the next (pf.conf(5): match
		 * "parameters are set every time a packet matches"), unless it
		 * is quick; FreeBSD's rules are first match */
		ir_rule_action(ir, is_freebsd_xlate(r) || (r->quick && L->xlast) ? IR_ACCEPT
										 : IR_CONTINUE,
			       xlate_name(r, which == 1 ? r->xlate2 : r->xlate), r->loc);
		attach_nat(L, ir, r, which);
		return ir;
	case MK_NONAT:
		ir_rule_action(ir, IR_ACCEPT, r->action == PF_NORDR ? "no rdr" :
			       r->action == PF_NONAT ? "no nat" : "no binat", r->loc);
		return ir;
	case MK_RUNTIME:
		snprintf(buf, sizeof buf, "%s \"%.200s\" is loaded at run time: its rules may translate",
			 r->action == PF_NATANCHOR ? "nat-anchor" : r->action == PF_RDRANCHOR ?
			 "rdr-anchor" : "binat-anchor", r->anchor ? r->anchor : "");
		ir_rule_unresolved(ir, r->loc, buf);
		ir_rule_action(ir, IR_ACCEPT, "anchor", r->loc);
		return ir;
	case MK_STOP:
		/* ends the translations of the match rules after it */
		if (r->action == PF_ANCHOR) {
			snprintf(buf, sizeof buf, "anchor \"%.200s\" is loaded at run time",
				 r->anchor ? r->anchor : "");
			ir_rule_unresolved(ir, r->loc, buf);
		}
		ir_rule_action(ir, IR_ACCEPT, "quick", r->loc);
		return ir;
	case MK_FILTER:
		break;
	}
	if (r->action == PF_ANCHOR) {
		snprintf(buf, sizeof buf, "anchor \"%.200s\" is loaded at run time",
			 r->anchor ? r->anchor : "");
		ir_rule_unresolved(ir, r->loc, buf);
		ir_rule_action(ir, IR_UNKNOWN, "anchor", r->loc);
	} else if (r->action == PF_PASS) {
		ir_rule_action(ir, IR_ACCEPT, "pass", r->loc);
		ir->keep_state = r->state != PF_STATE_NO;
		attach_nat(L, ir, r, -1);
	} else {
		bool ret = r->block == PF_BLOCK_RETURN || r->block == PF_BLOCK_RETURN_RST ||
			   r->block == PF_BLOCK_RETURN_ICMP ||
			   (r->block == PF_BLOCK_DEFAULT && ctx->block_return);
		ir_rule_action(ir, ret ? IR_REJECT : IR_DROP, "block", r->loc);
	}
	filter_unresolved(L, ir, e, r, in ? 0 : 1);
	return ir;
}

/* ------------------------------------------------------------ tags */

/* A rule that sets a tag, as the IR rules of one chain (two when the rule
 * is split by TCP flags). */
typedef struct tagev {
	size_t order;
	const char *tag;
	ir_rule *ir[2];
	double cost[2];         /* match sets built to evaluate it (tag_steps()) */
} tagev;

/* The most match sets one tagged rule may need built (steps of steps
 * included): past it the rule stays unresolved. */
#define PF_MAX_TAG_COST 20000.0

typedef struct tagevs {
	tagev *v;
	size_t n, cap;
} tagevs;

static int tagev_cmp(const void *a, const void *b)
{
	const tagev *x = a, *y = b;
	return x->order < y->order ? -1 : x->order > y->order;
}

static void tag_event(tagevs *ev, const entry *e, ir_rule *ir)
{
	const pf_node *leaf = e->path[e->n - 1];
	/* an anchor whose rules are loaded at run time may set any tag: a
	 * step that sets none, unresolved (tag_steps() says so) */
	const pf_rule *r = pf_node_base(leaf);
	bool runtime = r->action == PF_ANCHOR && !leaf->children;
	if ((!r->tag && !runtime) || !ir)
		return;
	if (ev->n && ev->v[ev->n - 1].order == leaf->order && !ev->v[ev->n - 1].ir[1]) {
		ev->v[ev->n - 1].ir[1] = ir;
		return;
	}
	ev->v = xgrow(ev->v, &ev->cap, ev->n + 1, sizeof *ev->v);
	ev->v[ev->n++] = (tagev){ leaf->order, runtime ? "" : r->tag, { ir, NULL }, { 1, 1 } };
}

static void add_steps(ir_rule *ir, const tagevs *ev, size_t upto, const char *tag, bool all,
		      size_t *cap, double *cost)
{
	for (size_t i = 0; i < ev->n && (all || ev->v[i].order < upto); i++)
		for (int h = 0; h < 2 && ev->v[i].ir[h]; h++) {
			ir->tagsteps = xgrow(ir->tagsteps, cap, ir->ntagsteps + 1, sizeof *ir->tagsteps);
			ir->tagsteps[ir->ntagsteps++] =
				(ir_tagstep){ ev->v[i].ir[h], strcmp(ev->v[i].tag, tag) == 0 };
			*cost += ev->v[i].cost[h];
		}
}

/* "tagged T" on rule ir (entry e): its tag steps, from the "in" events
 * (for a rule of "out": the tag a packet brings) and the earlier events of
 * its own chain. */
static void tag_steps(ir_rule *ir, const entry *e, const tagevs *in_ev, tagevs *ev)
{
	const pf_node *leaf = e->path[e->n - 1];
	const pf_rule *r = pf_node_base(leaf);
	for (size_t i = 0; i + 1 < e->n; i++)
		if (e->path[i]->own->tagged)
			ir_rule_unresolved(ir, e->path[i]->own->tagloc,
					   "tagged on an anchor: fwlint models it on rules only");
	if (!r->tagged)
		return;
	size_t cap = 0;
	double cost = 1;
	ir->has_tagged = true;
	ir->tagged_neg = r->tagged_neg;
	if (in_ev)
		add_steps(ir, in_ev, 0, r->tagged, true, &cap, &cost);
	add_steps(ir, ev, leaf->order, r->tagged, false, &cap, &cost);
	if (cost > PF_MAX_TAG_COST) {
		free(ir->tagsteps);
		ir->tagsteps = NULL;
		ir->ntagsteps = 0;
		ir->has_tagged = false;
		ir_rule_unresolved(ir, r->tagloc, "tagged: too many rules set tags for fwlint to "
				   "follow them");
		return;
	}
	/* a rule that also tags: later tagged rules build its set too */
	for (size_t i = 0; i < ev->n; i++)
		if (ev->v[i].order == leaf->order)
			for (int h = 0; h < 2; h++)
				if (ev->v[i].ir[h] == ir)
					ev->v[i].cost[h] = cost;
	for (size_t i = 0; i < ir->ntagsteps; i++) {
		const ir_rule *s = ir->tagsteps[i].rule;
		if (s->nunres) {
			char buf[300];
			snprintf(buf, sizeof buf, "tagged: whether the tag is '%.100s' depends on "
				 "line %d, which may or may not match", r->tagged, s->loc.line);
			ir_rule_unresolved(ir, r->tagloc, buf);
			break;
		}
	}
}

/* A made rule's place in file order (its leaf's), then in the made order. */
typedef struct byord {
	size_t order, i;
} byord;

static int byord_cmp(const void *a, const void *b)
{
	const byord *x = a, *y = b;
	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* ------------------------------------------------------------ table nat */

/* "set skip on IF": pf.conf(5), "Packets passing in or out on such
 * interfaces are passed as if pf was disabled": neither filtered nor
 * translated. */
static void add_skips(lower *L, ir_chain *c, bool in)
{
	struct pf_ctx *ctx = L->ctx;
	for (size_t i = 0; i < ctx->nskips; i++) {
		const pf_skip *s = &ctx->skips[i];
		ir_rule *ir = rule_new(L, s->loc);
		cond_iface(ir, in ? IR_IIF : IR_OIF, s->ifname, s->neg, s->loc);
		ir_rule_action(ir, IR_ACCEPT, "skip", s->loc);
		ir->quick = true;
		ir_chain_append(c, ir);
	}
}

/* Where a terminal rule ends pf's evaluation, as a key among the match
 * rules' (4 * order): at itself when it is quick or an anchor loaded at
 * run time (pf.conf(5), ANCHORS: "a quick rule inside an anchor ends all
 * evaluation"), else when the innermost quick anchor around it is left,
 * after the anchor's last rule. */
static size_t stop_key(const entry *e)
{
	const pf_node *leaf = e->path[e->n - 1];
	if (pf_node_base(leaf)->quick || pf_node_base(leaf)->action == PF_ANCHOR)
		return 4 * leaf->order + 3;
	for (size_t i = e->n - 1; i-- > 0;)
		if (e->path[i]->own->quick)
			return 4 * last_order(e->path[i]) + 3;
	return 4 * leaf->order + 3;
}

static int xent_cmp(const void *a, const void *b)
{
	const xent *x = a, *y = b;
	if (x->chain != y->chain)
		return x->chain < y->chain ? -1 : 1;
	return x->key < y->key ? -1 : x->key > y->key;
}

/* The addresses or ports that translation field f makes of a (the rule's
 * own condition on that field). */
static void image_addr(pf_addr *a, const xl_field *f, bool own)
{
	if (own) {
		memset(a, 0, sizeof *a);
		a->prefix = -1;
		return;
	}
	if (f->kind == XL_KEEP)
		return;
	u128 lo = f->lo, hi = f->hi;
	if (f->kind == XL_MAP && !a->neg && (a->kind == PF_ADDR_NET || a->kind == PF_ADDR_RANGE)) {
		lo = f->lo + (a->lo - f->base);
		hi = f->lo + (a->hi - f->base);
	}
	srcloc loc = a->loc;
	memset(a, 0, sizeof *a);
	a->kind = PF_ADDR_RANGE;
	a->prefix = -1;
	a->lo = lo;
	a->hi = hi;
	a->loc = loc;
}

static void image_port(pf_port *p, const xl_field *f)
{
	if (f->kind == XL_KEEP)
		return;
	u128 lo = f->lo, hi = f->hi;
	if (f->kind == XL_MAP && (p->op == PF_OP_EQ || p->op == PF_OP_RANGE)) {
		lo = f->lo + (p->a - f->base);
		hi = f->lo + ((p->op == PF_OP_EQ ? p->a : p->b) - f->base);
	}
	p->op = lo == hi ? PF_OP_EQ : PF_OP_RANGE;
	p->a = (unsigned)lo;
	p->b = (unsigned)hi;
}

/* FreeBSD "rdr pass" (and nat pass, binat pass): pf.conf(5), TRANSLATION:
 * "the packet is passed without inspecting the filter rules" of the
 * direction it is translated in (pf_test_rule(): natpass skips the
 * ruleset).  The filter chain cannot tell the packets the rule translated
 * from others that arrive with the same header, so the rule that passes
 * them, first in the chain, may or may not match. */
static ir_rule *pass_head(lower *L, const xent *x)
{
	const pf_node *leaf = x->e.path[x->e.n - 1];
	ir_nat n;
	char why[300];
	pf_rule *hr;
	pf_node *h = pf_node_whole(L->ctx, leaf, &hr);
	const pf_rule *lr = h->own; /* leaf's rule, until it is changed below */
	rule_nat(L, lr, 0, &n, why, sizeof why);
	snprintf(why, sizeof why, "%s pass: pf passes the packets it translates without the filter "
		 "rules, and fwlint cannot tell them from others with the same header",
		 xlate_name(lr, lr->xlate));
	srcloc at = lr->loc;
	hr->action = PF_PASS;
	hr->quick = true;
	hr->flags_any = true;
	hr->state = PF_STATE_DEFAULT;
	hr->xlate = hr->xlate2 = PF_XL_NONE;
	image_addr(n.dst ? &hr->dst : &hr->src, &n.addr, n.to_local || n.to_egress);
	image_port(n.dst ? &hr->dport : &hr->sport, &n.port);
	entry e = { path_with(L->ctx, x->e.path, x->e.n - 1, h), x->e.n, true };
	ir_rule *ir = make_rule(L, &e, hr, x->chain == 0, WHOLE, MK_FILTER, -1);
	if (!ir)
		return NULL;
	ir_rule_unresolved(ir, at, why);
	return ir;
}

/* Table nat: chain "in" and "out" of the translation rules, the terminal
 * rules that end the match rules' translations among them.  A rule there
 * that tests "tagged" has the tag steps of its filter chain (ev). */
static void lower_nat(lower *L, tagevs ev[2])
{
	struct pf_ctx *ctx = L->ctx;
	size_t last[2] = { 0, 0 };
	bool any[2] = { false, false }, openbsd[2] = { false, false };
	for (size_t i = 0; i < L->X.n; i++) {
		const xent *x = &L->X.v[i];
		if (x->kind != X_XLATE && x->kind != X_RUNTIME)
			continue;
		any[x->chain] = true;
		if (!x->freebsd) {
			openbsd[x->chain] = true;
			last[x->chain] = x->key > last[x->chain] ? x->key : last[x->chain];
		}
	}
	if (!any[0] && !any[1])
		return;
	for (int c = 0; c < 2; c++)
		for (size_t i = 0; openbsd[c] && i < L->T.n; i++) {
			xent x;
			memset(&x, 0, sizeof x);
			x.e = L->T.v[i];
			x.kind = X_STOP;
			x.chain = c;
			x.key = stop_key(&x.e);
			if (x.key < last[c])
				xents_add(&L->X, x);
		}
	qsort(L->X.v, L->X.n, sizeof *L->X.v, xent_cmp);
	ir_table *t = ir_table_get(ctx->rs, "nat", SRCLOC_NONE);
	for (int c = 0; c < 2; c++) {
		if (!any[c])
			continue;
		ir_chain *ch = ir_chain_new(t, c == 0 ? "in" : "out", true, SRCLOC_NONE);
		ir_chain_policy(ch, IR_ACCEPT, SRCLOC_NONE);
		add_skips(L, ch, c == 0);
		for (size_t i = 0; i < L->X.n; i++) {
			const xent *x = &L->X.v[i];
			if (x->chain != c)
				continue;
			enum mode m = x->kind == X_XLATE ? MK_XLATE : x->kind == X_NONAT ? MK_NONAT
				    : x->kind == X_STOP ? MK_STOP : MK_RUNTIME;
			pf_rule buf;
			const pf_node *leaf = x->e.path[x->e.n - 1];
			const pf_rule *lr = pf_node_rule(leaf, &buf);
			bool split = needs_tcp_split(&x->e, lr);
			/* a quick match rule ends the step with its last translation */
			L->xlast = !(i + 1 < L->X.n && L->X.v[i + 1].kind == X_XLATE &&
				     L->X.v[i + 1].e.path == x->e.path && L->X.v[i + 1].chain == c);
			for (int h = 0; h < 2; h++) {
				if (h == 1 && !split)
					break;
				ir_rule *ir = make_rule(L, &x->e, lr, c == 0,
							!split ? WHOLE : h == 0 ? NOT_TCP : TCP_ONLY, m,
							x->which);
				if (!ir)
					continue;
				if (x->freebsd && lr->tagged)
					/* FreeBSD's translation rules run before
					 * the filter rules that tag */
					ir_rule_unresolved(ir, lr->tagloc,
							   "tagged on a translation rule: fwlint "
							   "does not follow the tag there");
				else if (!x->freebsd)
					tag_steps(ir, &x->e, c == 1 ? &ev[0] : NULL, &ev[c]);
				ir_chain_append(ch, ir);
			}
		}
	}
}

void pf_lower(struct pf_ctx *ctx)
{
	lower L;
	memset(&L, 0, sizeof L);
	L.ctx = ctx;
	walk(&L, &ctx->top, NULL, 0, &L.T, &L.N);

	ir_table *t = ir_table_get(ctx->rs, "filter", SRCLOC_NONE);
	ir_chain *cin = ir_chain_new(t, "in", true, SRCLOC_NONE);
	ir_chain *cout = ir_chain_new(t, "out", true, SRCLOC_NONE);
	ir_chain_policy(cin, IR_ACCEPT, SRCLOC_NONE);
	ir_chain_policy(cout, IR_ACCEPT, SRCLOC_NONE);

	tagevs ev[2] = { { 0 }, { 0 } };
	size_t nall = L.T.n + L.N.n + L.M.n;
	ir_rule **made = xcalloc(nall ? 2 * nall : 1, sizeof *made);
	const entry **ents = xcalloc(nall ? nall : 1, sizeof *ents);
	byord *byorder = xcalloc(nall ? nall : 1, sizeof *byorder);
	for (int pass = 0; pass < 2; pass++) {
		ir_chain *c = pass == 0 ? cin : cout;
		add_skips(&L, c, pass == 0);
		for (size_t i = 0; i < L.X.n; i++) {
			const xent *x = &L.X.v[i];
			if (x->kind == X_XLATE && x->freebsd && x->chain == pass &&
			    pf_node_base(x->e.path[x->e.n - 1])->xpass) {
				ir_rule *ir = pass_head(&L, x);
				if (ir)
					ir_chain_append(c, ir);
			}
		}
		/* every rule of the chain first (T, N reversed, then the match
		 * rules), then the tag steps, which refer to them */
		for (size_t i = 0; i < nall; i++) {
			const entry *e = i < L.T.n ? &L.T.v[i]
					: i < L.T.n + L.N.n ? &L.N.v[L.N.n - 1 - (i - L.T.n)]
					: &L.M.v[i - L.T.n - L.N.n];
			ents[i] = e;
			made[2 * i] = made[2 * i + 1] = NULL;
			if (!path_fits(e, pass == 0))
				continue;
			pf_rule buf;
			const pf_rule *r = pf_node_rule(e->path[e->n - 1], &buf);
			bool split = needs_tcp_split(e, r);
			for (int h = 0; h < 2; h++) {
				made[2 * i + h] = NULL;
				if (h == 1 && !split)
					break;
				made[2 * i + h] = make_rule(&L, e, r, pass == 0,
							    !split ? WHOLE : h == 0 ? NOT_TCP : TCP_ONLY,
							    MK_FILTER, -1);
				tag_event(&ev[pass], e, made[2 * i + h]);
			}
		}
		if (ev[pass].n)
			qsort(ev[pass].v, ev[pass].n, sizeof *ev[pass].v, tagev_cmp);
		/* in file order, so that a rule's steps are known before a
		 * later tagged rule counts what they cost (no steps when no
		 * rule tests "tagged") */
		for (size_t i = 0; i < nall && L.tagged; i++)
			byorder[i] = (byord){ ents[i]->path[ents[i]->n - 1]->order, i };
		if (nall && L.tagged)
			qsort(byorder, nall, sizeof *byorder, byord_cmp);
		for (size_t k = 0; k < nall && L.tagged; k++)
			for (int h = 0; h < 2; h++)
				if (made[2 * byorder[k].i + h])
					tag_steps(made[2 * byorder[k].i + h], ents[byorder[k].i],
						  pass == 1 ? &ev[0] : NULL, &ev[pass]);
		for (size_t i = 0; i < nall; i++)
			for (int h = 0; h < 2; h++) {
				ir_rule *ir = made[2 * i + h];
				if (!ir)
					continue;
				if (i < L.T.n + L.N.n) {
					ir_chain_append(c, ir);
				} else {
					ctx->rs->aux = xgrow(ctx->rs->aux, &ctx->rs->capaux,
							     ctx->rs->naux + 1, sizeof *ctx->rs->aux);
					ctx->rs->aux[ctx->rs->naux++] = ir;
				}
			}
	}
	lower_nat(&L, ev);
	free(made);
	free(ents);
	free(byorder);
	free(ev[0].v);
	free(ev[1].v);
	ctx->rs->nsource = ctx->nsource;
	free(L.T.v);
	free(L.N.v);
	free(L.M.v);
	free(L.X.v);
	if (L.text_owned)
		free((char *)L.text);
}
