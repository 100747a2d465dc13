/* pf_rule.c - pf rules: the statement's options, checked one by one, and
 * the expansion of its lists into rules, as pfctl's expand_rule() does.
 *
 * A statement with lists is the cross product of its lists: interfaces x
 * protocols x source hosts x source ports x destination hosts x destination
 * ports x uids x gids x icmp types (pfctl parse.y, expand_rule()).  A
 * combination whose hosts disagree with each other or with the rule's "inet"
 * / "inet6" is skipped silently, as pfctl does; each other combination is
 * one pf_rule that pf_check_rule() (src/frontend/pf/pf_check.c) may refuse.  A statement
 * none of whose combinations is kept is "rule expands to no valid
 * combination".
 *
 * Value checks with pfctl's messages: "tag too long, max 63 chars" (tags
 * are PF_TAG_NAME_SIZE = 64 bytes with the NUL), "prio must be 0 - 7",
 * "no-df cannot be respecified" and the like for scrub options, "illegal
 * min-ttl value N", "more than one divert option".
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"
#include "pf_int.h"
#include "xalloc.h"

/* Options pfctl's parse.y takes once in a rule (filter_opts markers and
 * the like): a second one is "X cannot be redefined" or respecified. */
enum {
	SEEN_FLAGS = 1u << 0, SEEN_ICMP = 1u << 1, SEEN_TOS = 1u << 2, SEEN_KEEP = 1u << 3,
	SEEN_LABEL = 1u << 4, SEEN_PRIO = 1u << 5, SEEN_SETPRIO = 1u << 6,
	SEEN_DELAY = 1u << 7, SEEN_PKTRATE = 1u << 8, SEEN_RCV = 1u << 9,
	SEEN_ROUTE = 1u << 10, SEEN_NAT = 1u << 11, SEEN_RDR = 1u << 12,
	SEEN_MAX = 1u << 13, SEEN_STATELOCK = 1u << 14, SEEN_FRAGMENT = 1u << 15,
	SEEN_ALLOWOPTS = 1u << 16, SEEN_ONCE = 1u << 17, SEEN_QUEUE = 1u << 18,
	SEEN_SETTOS = 1u << 19,
};

/* Is the option seen before?  Marks it seen. */
static bool seen(struct pf_ctx *ctx, unsigned bit)
{
	bool was = (ctx->cur.seen & bit) != 0;
	ctx->cur.seen |= bit;
	return was;
}

/* pfctl_parser.c pf_timeouts; FreeBSD's adds the SCTP states (FreeBSD
 * pf.conf(5), set timeout: sctp.first ... sctp.closed). */
bool pf_timeout_name(const char *name, bool freebsd, bool *state)
{
	static const char *const names[] = {
		"tcp.first", "tcp.opening", "tcp.established", "tcp.closing", "tcp.finwait",
		"tcp.closed", "tcp.tsdiff", "udp.first", "udp.single", "udp.multiple",
		"icmp.first", "icmp.error", "other.first", "other.single", "other.multiple",
		"frag", "interval", "adaptive.start", "adaptive.end", "src.track",
	};
	static const char *const sctp[] = {
		"sctp.first", "sctp.opening", "sctp.established", "sctp.closing", "sctp.closed",
	};
	*state = strchr(name, '.') != NULL;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(name, names[i]) == 0)
			return true;
	for (size_t i = 0; freebsd && i < sizeof sctp / sizeof sctp[0]; i++)
		if (strcmp(name, sctp[i]) == 0)
			return true;
	return false;
}

/* pfctl parse.y if_item: IFNAMSIZ is 16 with the NUL; rdomain ids are
 * 0 - RT_TABLEID_MAX (255) */
static void check_ifs(struct pf_ctx *ctx, const pf_item *ifs)
{
	for (const pf_item *i = ifs; i; i = i->next) {
		if (i->s && strlen(i->s) >= 16)
			pf_error(ctx, i->loc, "interface name too long");
		else if (!i->s && i->s2 && (i->n < 0 || i->n > 255))
			pf_error(ctx, i->loc, "rdomain %lld outside range", i->n);
	}
}

void pf_rule_reset(struct pf_ctx *ctx)
{
	memset(&ctx->cur, 0, sizeof ctx->cur);
}

static pf_rule *B(struct pf_ctx *ctx)
{
	return &ctx->cur.base;
}

void pf_rule_begin(struct pf_ctx *ctx, enum pf_action a, srcloc loc)
{
	pf_rule_reset(ctx);
	pf_rule *r = B(ctx);
	ctx->cur.active = true;
	r->action = a;
	r->loc = loc;
	r->proto = -1;
	r->icmp_type = r->icmp_code = -1;
	r->prio[0] = r->prio[1] = -1;
	r->src.prefix = r->dst.prefix = -1;
	r->xaddr.prefix = r->rtaddr.prefix = -1;
}

void pf_rule_block(struct pf_ctx *ctx, enum pf_block_kind k, const pf_item *codes, srcloc loc)
{
	B(ctx)->block = k;
	if (k == PF_BLOCK_RETURN_RST) {
		/* pfctl parse.y blockspec: return-rst (ttl N) */
		if (codes && (codes->n < 0 || codes->n > 255))
			pf_error(ctx, codes->loc, "illegal ttl value %lld", codes->n);
		return;
	}
	for (const pf_item *c = codes; c; c = c->next) {
		if (c->s && pf_icmp_code_lookup(4, c->s) < 0 && pf_icmp_code_lookup(6, c->s) < 0)
			pf_error(ctx, c->loc, "unknown icmp code %s", c->s);
		else if (!c->s && (c->n < 0 || c->n > 255))
			pf_error(ctx, c->loc, "invalid icmp code %lld", c->n);
	}
	(void)loc;
}

void pf_rule_dir(struct pf_ctx *ctx, enum pf_dir d) { B(ctx)->dir = d; }
void pf_rule_log(struct pf_ctx *ctx, srcloc loc) { (void)loc; B(ctx)->log = true; }
void pf_rule_quick(struct pf_ctx *ctx, srcloc loc) { (void)loc; B(ctx)->quick = true; }
void pf_rule_on(struct pf_ctx *ctx, pf_item *ifs)
{
	check_ifs(ctx, ifs);
	ctx->cur.ifs = ifs;
}
void pf_rule_antispoof(struct pf_ctx *ctx, pf_item *ifs) { ctx->cur.aifs = ifs; }

void pf_rule_af(struct pf_ctx *ctx, int af, srcloc loc)
{
	(void)loc;
	B(ctx)->af = af;
}

void pf_rule_proto(struct pf_ctx *ctx, pf_item *protos)
{
	for (pf_item *p = protos; p; p = p->next) {
		if (p->s) {
			int n = pf_proto_lookup(p->s);
			if (n < 0) {
				pf_error(ctx, p->loc, "unknown protocol %s", p->s);
				continue;
			}
			p->n = n;
		} else if (p->n < 0 || p->n > 255) {
			pf_error(ctx, p->loc, "protocol outside range");
		}
		if (p->n == 0)
			/* pfctl parse.y proto_item */
			pf_error(ctx, p->loc, "proto 0 cannot be used");
	}
	ctx->cur.protos = protos;
}

/* pfctl parse.y: "weight" is a word of tables and pools, not of from/to */
static void no_weight(struct pf_ctx *ctx, pf_hnode *h)
{
	for (; h; h = h->next)
		if (h->weighted) {
			pf_error(ctx, h->a.loc, "syntax error, unexpected 'weight' after a source "
				 "or destination address");
			h->bad = true;
		}
}

static void no_routehost(struct pf_ctx *ctx, pf_hnode *h)
{
	for (; h; h = h->next)
		if (h->routehost)
			pf_error(ctx, h->a.loc, "could not parse host specification");
}

/* pfctl parse.y portrange: "N:*" is rdr-to's (portstar) only */
static void no_star(struct pf_ctx *ctx, pf_pnode *p)
{
	for (; p; p = p->next)
		if (p->star) {
			pf_error(ctx, p->p.loc, "unknown port *");
			p->bad = true;
		}
}

/* pfctl parse.y port_item, validate_range(): in a filter rule "2000:1000"
 * and "2000 <> 1000" are refused, and so are "1000 >< 1000" and
 * "2000 >< 1000" (translation ports are not checked: "nat-to X port
 * 5000:1000" loads). */
static void port_ranges(struct pf_ctx *ctx, pf_pnode *p)
{
	for (; p; p = p->next)
		if (!p->bad && ((p->p.op == PF_OP_RANGE && p->p.a > p->p.b) ||
				(p->p.op == PF_OP_XRANGE && p->p.a >= p->p.b) ||
				(p->p.op == PF_OP_IRANGE && p->p.a > p->p.b))) {
			pf_error(ctx, p->p.loc, "invalid port range");
			p->bad = true;
		}
}

void pf_rule_from(struct pf_ctx *ctx, pf_hnode *h, pf_pnode *p)
{
	no_star(ctx, p);
	no_weight(ctx, h);
	port_ranges(ctx, p);
	no_routehost(ctx, h);
	ctx->cur.src = h;
	ctx->cur.sport = p;
}

void pf_rule_to(struct pf_ctx *ctx, pf_hnode *h, pf_pnode *p)
{
	no_star(ctx, p);
	no_weight(ctx, h);
	port_ranges(ctx, p);
	no_routehost(ctx, h);
	for (pf_hnode *x = h; x; x = x->next)
		if (x->a.kind == PF_ADDR_URPF) {
			/* pfctl parse.y to: disallow_urpf_failed() */
			pf_error(ctx, x->a.loc, "\"urpf-failed\" is not permitted in a destination "
				 "address");
			x->bad = true;
			break;
		}
	ctx->cur.dst = h;
	ctx->cur.dport = p;
}

void pf_rule_ids(struct pf_ctx *ctx, bool gid, pf_pnode *ids)
{
	/* pfctl parse.y uid_item, gid_item: "unknown" compares with = or !=
	 * only */
	for (pf_pnode *p = ids; p; p = p->next)
		if (p->unknown && p->p.op != PF_OP_EQ && p->p.op != PF_OP_NE) {
			pf_error(ctx, p->p.loc, "%s unknown requires operator = or !=",
				 gid ? "group" : "user");
			p->bad = true;
		}
	/* "user root user bin": repeated options add to the list (pfctl) */
	if (gid)
		ctx->cur.gids = pf_port_cat(ctx->cur.gids, ids);
	else
		ctx->cur.uids = pf_port_cat(ctx->cur.uids, ids);
}

/* "FSRPAUEW" letters into flag bits; -1 on a letter that is not one */
static int flag_bits(const char *s)
{
	static const char letters[] = "FSRPAUEW";
	int v = 0;
	for (; *s; s++) {
		const char *p = strchr(letters, *s);
		if (!p)
			return -1;
		v |= 1 << (p - letters);
	}
	return v;
}

void pf_rule_flags(struct pf_ctx *ctx, const char *f, const char *mask, bool any, srcloc loc)
{
	pf_rule *r = B(ctx);
	if (seen(ctx, SEEN_FLAGS)) {
		pf_error(ctx, loc, "flags cannot be redefined");
		return;
	}
	r->flags_written = true;
	r->flagsloc = loc;
	if (any) {
		r->flags_any = true;
		return;
	}
	int a = flag_bits(f), m = flag_bits(mask);
	if (a < 0 || m < 0) {
		/* pfctl parse.y flag: each word on its own */
		pf_error(ctx, loc, "bad flags %s", a < 0 ? f : mask);
		return;
	}
	r->flags = (uint8_t)a;
	r->flagset = (uint8_t)m;
}

void pf_rule_icmp(struct pf_ctx *ctx, int af, pf_item *types)
{
	if (types && seen(ctx, SEEN_ICMP)) {
		pf_error(ctx, types->loc, "icmp-type cannot be redefined");
		return;
	}
	for (pf_item *t = types; t; t = t->next) {
		if (t->s) {
			int n = pf_icmp_type_lookup(af, t->s);
			if (n < 0)
				pf_error(ctx, t->loc, "unknown icmp%s-type %s", af == 6 ? "6" : "", t->s);
			t->n = n;
		} else if (t->n < 0 || t->n > 255) {
			pf_error(ctx, t->loc, "illegal icmp-type %lld", t->n);
		}
		if (t->has_code && t->s2) {
			int c = pf_icmp_code_lookup(af, t->s2);
			if (c < 0)
				pf_error(ctx, t->loc, "unknown icmp-code %s", t->s2);
			t->n2 = c;
		} else if (t->has_code && (t->n2 < 0 || t->n2 > 255)) {
			pf_error(ctx, t->loc, "illegal icmp-code %lld", t->n2);
		}
	}
	ctx->cur.icmp = types;
	B(ctx)->icmp_af = af;
	if (types)
		B(ctx)->icmploc = types->loc;
}

void pf_rule_state(struct pf_ctx *ctx, enum pf_state_kind k, srcloc loc)
{
	if (seen(ctx, SEEN_KEEP)) {
		pf_error(ctx, loc, "modulate or keep cannot be redefined");
		return;
	}
	B(ctx)->state = k;
}

static void unresolved_opt(struct pf_ctx *ctx, const char *what, srcloc loc)
{
	if (!ctx->cur.unres_what) {
		ctx->cur.unres_what = what;
		ctx->cur.unres_loc = loc;
	}
}

/* pfctl parse.y map_tos: DiffServ code points and the old TOS names, any
 * case; or a hex number 0x00-0xff */
static bool tos_word(const char *s)
{
	static const char *const names[] = {
		"af11", "af12", "af13", "af21", "af22", "af23", "af31", "af32", "af33",
		"af41", "af42", "af43", "critical", "cs0", "cs1", "cs2", "cs3", "cs4",
		"cs5", "cs6", "cs7", "ef", "inetcontrol", "lowdelay", "netcontrol",
		"reliability", "throughput",
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcasecmp(s, names[i]) == 0)
			return true;
	if (s[0] == '0' && s[1] == 'x') {
		char *end;
		errno = 0;
		unsigned long v = strtoul(s, &end, 16);
		return errno == 0 && *end == '\0' && v <= 255;
	}
	return false;
}

/* Scrub options that may be given once (pfctl: "X cannot be respecified") */
static void scrub_once(struct pf_ctx *ctx, unsigned bit, const char *name, srcloc loc)
{
	if (ctx->cur.scrub_seen & bit)
		pf_error(ctx, loc, "%s cannot be respecified", name);
	ctx->cur.scrub_seen |= bit;
}

/* pf_rule_opt(): tag, tagged, prio, queue and the scrub options; false
 * for another option. */
static bool opt_marking(struct pf_ctx *ctx, pf_rule *r, const char *opt, const pf_item *args,
			srcloc loc)
{
	if (strcmp(opt, "tag") == 0 || strcmp(opt, "tagged") == 0) {
		if (strlen(args->s) > 63) {
			pf_error(ctx, args->loc, "tag too long, max 63 chars");
			return true;
		}
		if (opt[3] == '\0') {
			r->tag = args->s;
		} else {
			r->tagged = args->s;
			r->tagged_neg = args->neg;
		}
		r->tagloc = loc;
	} else if (strcmp(opt, "prio") == 0 || strcmp(opt, "set-prio") == 0) {
		int i = 0;
		if (seen(ctx, opt[0] == 'p' ? SEEN_PRIO : SEEN_SETPRIO)) {
			pf_error(ctx, loc, "prio cannot be redefined");
			return true;
		}
		for (const pf_item *a = args; a && i < 2; a = a->next, i++) {
			if (a->n < 0 || a->n > 7) {
				pf_error(ctx, a->loc, "prio must be 0 - 7");
				return true;
			}
			if (opt[0] == 's')
				r->prio[i] = (int)a->n;
		}
		if (opt[0] == 'p')
			unresolved_opt(ctx, "prio: packet priorities are not known", loc);
	} else if (strcmp(opt, "queue") == 0) {
		if (seen(ctx, SEEN_QUEUE)) {
			pf_error(ctx, loc, "queue cannot be redefined");
			return true;
		}
		r->queue[0] = args->s;
		r->queue[1] = args->next ? args->next->s : NULL;
		r->queueloc = loc;
	} else if (strcmp(opt, "no-df") == 0) {
		scrub_once(ctx, 1u << 0, "no-df", loc);
	} else if (strcmp(opt, "min-ttl") == 0) {
		scrub_once(ctx, 1u << 1, "min-ttl", loc);
		if (args->n < 0 || args->n > 255)
			pf_error(ctx, args->loc, "illegal min-ttl value %lld", args->n);
	} else if (strcmp(opt, "max-mss") == 0) {
		scrub_once(ctx, 1u << 2, "max-mss", loc);
		if (args->n < 0 || args->n > 65535)
			pf_error(ctx, args->loc, "illegal max-mss value %lld", args->n);
	} else if (strcmp(opt, "set-tos") == 0 && ctx->cur.scrub_seen != ~0u) {
		scrub_once(ctx, 1u << 3, "set-tos", loc);
	} else if (strcmp(opt, "random-id") == 0) {
		scrub_once(ctx, 1u << 4, "random-id", loc);
	} else if (strcmp(opt, "reassemble") == 0) {
		if (strcasecmp(args->s, "tcp") != 0) {
			pf_error(ctx, args->loc, "scrub reassemble supports only tcp, not '%s'",
				 args->s);
			return true;
		}
		scrub_once(ctx, 1u << 5, "reassemble tcp", loc);
	} else if (strcmp(opt, "fragment-reassemble") == 0 || strcmp(opt, "fragment-x") == 0) {
		scrub_once(ctx, 1u << 6, "fragment reassemble", loc);
	} else {
		return false;
	}
	return true;
}

/* pf_rule_opt(): the state options (pf.conf(5), STATEFUL TRACKING
 * OPTIONS), label, delay, once and the translation pool; false for another
 * option. */
static bool opt_state(struct pf_ctx *ctx, pf_rule *r, const char *opt, const pf_item *args,
		      srcloc loc)
{
	if (strcmp(opt, "max") == 0) {
		/* pfctl parse.y state_opt_item: past UINT_MAX the count
		 * does not fit the kernel's u_int32 */
		if (args->n < 0 || args->n > (long long)UINT_MAX)
			pf_error(ctx, args->loc, "only positive values permitted");
		else if (ctx->cur.active && seen(ctx, SEEN_MAX))
			pf_error(ctx, loc, "state option 'max' multiple definitions");
	} else if (strcmp(opt, "max-src-states") == 0 || strcmp(opt, "max-src-conn") == 0 ||
		   strcmp(opt, "max-src-conn-rate") == 0) {
		/* pfctl parse.y state_opt_item and pfrule */
		for (const pf_item *a = args; a; a = a->next)
			if (a->n < 0 || a->n > (long long)UINT_MAX) {
				pf_error(ctx, a->loc, "only positive values permitted");
				return true;
			}
		if (strcmp(opt, "max-src-states") != 0)
			r->max_src_conn = true;
		bool zero = args->n == 0 || (args->next && args->next->n == 0);
		if (ctx->cur.active && zero)
			pf_error(ctx, loc, "'%s' %s > 0", opt,
				 args->next ? "values must be" : "must be");
	} else if (strcmp(opt, "statelock") == 0) {
		if (ctx->cur.active && seen(ctx, SEEN_STATELOCK))
			pf_error(ctx, loc, "state locking option: multiple definitions");
	} else if (strcmp(opt, "sloppy") == 0) {
		if (ctx->cur.active && ctx->cur.sloppy)
			pf_error(ctx, loc, "state sloppy option: multiple definitions");
		ctx->cur.sloppy = true;
		ctx->cur.sloppy_loc = loc;
	} else if (strcmp(opt, "timeout") == 0) {
		bool state = false;
		if (!pf_timeout_name(args->s, ctx->freebsd, &state))
			pf_error(ctx, args->loc, "illegal timeout name %s", args->s);
		else if (!state)
			pf_error(ctx, args->loc, "illegal state timeout %s", args->s);
	} else if (strcmp(opt, "label") == 0) {
		if (seen(ctx, SEEN_LABEL))
			pf_error(ctx, loc, "label cannot be redefined");
		else if (args && strlen(args->s) >= 64)
			/* PF_RULE_LABEL_SIZE is 64 with the NUL */
			pf_error(ctx, args->loc, "rule label too long (max 63 chars)");
	} else if (strcmp(opt, "delay") == 0) {
		if (seen(ctx, SEEN_DELAY))
			pf_error(ctx, loc, "delay cannot be respecified");
		else if (args->n < 0 || args->n > 0xffff)
			pf_error(ctx, args->loc, "illegal delay value %lld (0-65535)", args->n);
	} else if (strcmp(opt, "once") == 0) {
		/* pfctl parse.y filteropts_to_rule */
		if (r->action != PF_PASS && r->action != PF_BLOCK)
			pf_error(ctx, loc, "'once' only applies to pass/block rules");
	} else if (strcmp(opt, "pool") == 0) {
		/* pfctl parse.y pool_opt and hashkey */
		if (ctx->cur.pool_type) {
			pf_error(ctx, loc, "pool type cannot be redefined");
			return true;
		}
		ctx->cur.pool_type = args->s;
		ctx->cur.pool_loc = loc;
		const pf_item *key = args->next;
		if (key && key->s && strncmp(key->s, "0x", 2) == 0) {
			unsigned k[4];
			if (strlen(key->s) != 34)
				pf_error(ctx, key->loc, "hex key must be 128 bits (32 hex digits) long");
			else if (sscanf(key->s, "0x%8x%8x%8x%8x", &k[0], &k[1], &k[2], &k[3]) != 4)
				pf_error(ctx, key->loc, "invalid hex key");
		}
	} else if (strcmp(opt, "static-port") == 0) {
		if (ctx->cur.pool_static)
			pf_error(ctx, loc, "static-port cannot be redefined");
		ctx->cur.pool_static = true;
		ctx->cur.static_loc = loc;
	} else if (strcmp(opt, "sticky-address") == 0) {
		if (ctx->cur.pool_sticky)
			pf_error(ctx, loc, "sticky-address cannot be redefined");
		ctx->cur.pool_sticky = true;
	} else if (strcmp(opt, "rtable") == 0) {
		/* pfctl checks against the running kernel's
		 * rt_tableid_max(); RT_TABLEID_MAX (sys/socket.h) is 255 */
		if (args->n < 0 || args->n > 255)
			pf_error(ctx, args->loc, "invalid rtable id");
	} else {
		return false;
	}
	return true;
}

/* pf_rule_opt(): the other options of a rule; false for one it does not
 * know. */
static bool opt_other(struct pf_ctx *ctx, pf_rule *r, const char *opt, const pf_item *args,
		      srcloc loc)
{
	if (strcmp(opt, "state-opts") == 0) {
		r->state_opts = true;
	} else if (strcmp(opt, "max-src-nodes") == 0) {
		r->max_src_nodes = true;
	} else if (strcmp(opt, "source-track-global") == 0) {
		r->source_track_global = true;
	} else if (strcmp(opt, "probability") == 0) {
		/* pfctl parse.y probability: a fraction, "N%", or the
		 * number 0 or 1 */
		double p = (double)args->n;
		if (args->s) {
			char *e;
			p = strtod(args->s, &e);
			if (*e == '%') {
				p *= 0.01;
				e++;
			}
			if (*e) {
				pf_error(ctx, args->loc, "invalid probability: %s", args->s);
				return true;
			}
		}
		if (!(p >= 0.0 && p * 4294967295.0 + 0.5 < 4294967296.0)) {
			pf_error(ctx, args->loc, "invalid probability: %g%%", p * 100);
			return true;
		}
		unresolved_opt(ctx, "probability: the rule matches some packets at random", loc);
	} else if (strcmp(opt, "tos") == 0) {
		/* pfctl parse.y tos: a number 0-255, a name, or 0x.. */
		if (seen(ctx, SEEN_TOS)) {
			pf_error(ctx, loc, "tos cannot be redefined");
			return true;
		}
		if (!args->s && (args->n < 0 || args->n > 255)) {
			pf_error(ctx, args->loc, "illegal tos value %lld", args->n);
			return true;
		}
		if (args->s && !tos_word(args->s)) {
			pf_error(ctx, args->loc, "illegal tos value %s", args->s);
			return true;
		}
		unresolved_opt(ctx, "tos: the packets' type of service is not modelled", loc);
	} else if (strcmp(opt, "allow-opts") == 0) {
		r->allow_opts = true;
	} else if (strcmp(opt, "overload") == 0) {
		r->overload = true;
	} else if (strcmp(opt, "log-to") == 0) {
		/* pfctl parse.y logopt: "log (to pflogN)" */
		if (strncmp(args->s, "pflog", 5) != 0) {
			pf_error(ctx, args->loc, "%s: should be a pflog interface", args->s);
		} else {
			char *end;
			long n = strtol(args->s + 5, &end, 10);
			/* strtonum(3)'s words */
			if (args->s[5] == '\0' || *end)
				pf_error(ctx, args->loc, "%s: invalid", args->s);
			else if (n < 0 || n > 255)
				pf_error(ctx, args->loc, "%s: too %s", args->s, n < 0 ? "small" : "large");
		}
	} else if (strcmp(opt, "os") == 0) {
		r->os = true;
		unresolved_opt(ctx, "os: the remote system's fingerprint is not known", loc);
	} else if (strcmp(opt, "received-on") == 0) {
		/* pf.conf(5) received-on: the interface the packet came in
		 * on, in either direction: the packet's ingress interface */
		if (r->rcv_ifname) {
			pf_error(ctx, loc, "cannot respecify received-on");
		} else if (!args->s) {
			unresolved_opt(ctx, "received-on rdomain: routing domains are not modelled",
				       loc);
		} else {
			r->rcv_ifname = args->s;
			r->rcv_neg = args->neg;
			r->rcvloc = args->loc;
		}
	} else if (strcmp(opt, "max-pkt-rate") == 0) {
		if (seen(ctx, SEEN_PKTRATE)) {
			pf_error(ctx, loc, "cannot respecify max-pkt-rate");
			return true;
		}
		unresolved_opt(ctx, "max-pkt-rate: the rule matches only above a packet rate", loc);
	} else if (strcmp(opt, "fragment") == 0) {
		/* a rule on fragments never matches a whole packet, which is
		 * what fwlint traces (pf_lower.c) */
		seen(ctx, SEEN_FRAGMENT);
		ctx->cur.frag_loc = loc;
		r->fragment = true;
	} else if (strcmp(opt, "rdomain") == 0) {
		unresolved_opt(ctx, "rdomain: routing domains are not modelled", loc);
	} else {
		return false;
	}
	return true;
}

void pf_rule_opt(struct pf_ctx *ctx, const char *opt, const pf_item *args, srcloc loc)
{
	pf_rule *r = B(ctx);
	if (!opt_marking(ctx, r, opt, args, loc) && !opt_state(ctx, r, opt, args, loc))
		opt_other(ctx, r, opt, args, loc);
}

static void pool_first(const pf_hnode *pool, pf_addr *a, size_t *n)
{
	*n = 0;
	for (const pf_hnode *h = pool; h; h = h->next)
		(*n)++;
	if (pool)
		*a = pool->a;
}

/* The pool options read since the last pool, checked against that pool
 * (pfctl parse.y collapse_redirspec and apply_redirspec); kind is 'n'
 * (nat-to), 'r' (rdr-to), 'b' (binat-to) or 't' (route-to and friends). */
static void pool_done(struct pf_ctx *ctx, const pf_hnode *pool, const pf_pnode *port, int kind)
{
	pf_tmpl *t = &ctx->cur;
	size_t n = 0;
	for (const pf_hnode *h = pool; h; h = h->next)
		n++;
	if (n > 1 && t->pool_type && strcmp(t->pool_type, "bitmask") == 0)
		pf_error(ctx, t->pool_loc, "pool type is not valid for multiple translation or "
			 "routing addresses");
	if (kind == 'r' && port && !port->bad && !port->star && port->p.op == PF_OP_RANGE &&
	    port->p.a > port->p.b)
		pf_error(ctx, port->p.loc, "invalid rdr-to port range");
	if (t->pool_static && (kind == 'r' || kind == 't')) {
		pf_error(ctx, t->static_loc, "the 'static-port' option is only valid with nat rules");
	} else if (t->pool_static && kind == 'n' && port && !port->bad) {
		/* PF_NAT_PROXY_PORT_LOW and _HIGH: 50001 and 65535 */
		unsigned lo = port->p.a, hi = port->p.op == PF_OP_RANGE ? port->p.b : lo;
		if (lo != 50001 && hi != 65535)
			pf_error(ctx, t->static_loc, "the 'static-port' option can't be used when "
				 "specifying a port range");
	}
	t->pool_type = NULL;
	t->pool_static = t->pool_sticky = false;
}

/* The pool of a translation with the pool options read since the last
 * pool (before pool_done() forgets them). */
static void xpool_set(struct pf_ctx *ctx, pf_xpool *xp, const pf_hnode *pool, const pf_pnode *port)
{
	memset(xp, 0, sizeof *xp);
	xp->hosts = pool;
	pool_first(pool, &xp->first, &xp->n);
	if (port && !port->bad) {
		xp->port = port->p;
		xp->star = port->star;
	}
	xp->type = ctx->cur.pool_type;
	xp->static_port = ctx->cur.pool_static;
}

void pf_rule_xlate(struct pf_ctx *ctx, enum pf_xlate x, pf_hnode *pool, pf_pnode *port, srcloc loc)
{
	pf_rule *r = B(ctx);
	pf_xpool xp;
	no_routehost(ctx, pool);
	xpool_set(ctx, &xp, pool, port);
	pool_done(ctx, pool, port, x == PF_XL_NAT_TO ? 'n' : x == PF_XL_RDR_TO ? 'r' : 'b');
	if (seen(ctx, x == PF_XL_RDR_TO ? SEEN_RDR : SEEN_NAT)) {
		pf_error(ctx, loc, x == PF_XL_RDR_TO ? "cannot respecify rdr-to" :
			 "cannot respecify nat-to/binat-to");
		return;
	}
	if (r->xlate != PF_XL_NONE && r->xlate != x) {
		r->xlate2 = x; /* "rdr-to X nat-to Y" in one rule */
		r->xp[1] = xp;
		return;
	}
	r->xlate = x;
	r->xp[0] = xp;
	ctx->cur.xpool = pool;
	pool_first(pool, &r->xaddr, &r->nxaddr);
	if (port)
		r->xport = port->p;
	ctx->cur.failed |= port && port->bad;
}

void pf_rule_afto(struct pf_ctx *ctx, int af, pf_hnode *from, const pf_hnode *to, srcloc loc)
{
	pf_rule *r = B(ctx);
	pool_done(ctx, from, NULL, 'a');
	if (seen(ctx, SEEN_NAT)) {
		pf_error(ctx, loc, "cannot respecify af-to");
		return;
	}
	if (af == 0) {
		/* pfctl parse.y filter_opt AFTO af FROM ... */
		pf_error(ctx, loc, to ? "no address family specified" :
			 "no target address family specified");
		return;
	}
	r->xlate = PF_XL_AF_TO;
	r->xaf = af;
	ctx->cur.xpool = from;
	pool_first(from, &r->xaddr, &r->nxaddr);
}

void pf_rule_route(struct pf_ctx *ctx, enum pf_route rt, pf_hnode *pool, srcloc loc)
{
	pf_rule *r = B(ctx);
	size_t n;
	pool_done(ctx, pool, NULL, 't');
	if (seen(ctx, SEEN_ROUTE)) {
		pf_error(ctx, loc, "cannot respecify route-to/reply-to/dup-to");
		return;
	}
	for (const pf_hnode *h = pool; h; h = h->next)
		if (!h->bad && !h->routehost && h->a.kind == PF_ADDR_DYNIF &&
		    !(h->a.modifier && strcmp(h->a.modifier, "peer") == 0)) {
			/* pfctl parse.y collapse_redirspec, routing */
			pf_error(ctx, h->a.loc, "route spec requires :peer with dynamic interface "
				 "addresses");
			break;
		}
	r->route = rt;
	ctx->cur.rtpool = pool;
	pool_first(pool, &r->rtaddr, &n);
}

void pf_rule_divert(struct pf_ctx *ctx, const char *kind, pf_hnode *h, pf_pnode *port, srcloc loc)
{
	pf_rule *r = B(ctx);
	if (++r->ndivert > 1)
		pf_error(ctx, loc, "more than one divert option");
	else if (port && !port->bad && port->p.a == 0)
		/* pfctl parse.y filter_opt divert-to, divert-packet */
		pf_error(ctx, port->p.loc, "invalid divert port: 0");
	if (strcmp(kind, "divert-to") == 0) {
		r->divert_to = true;
		/* A host name takes the rule's family (pfctl resolves it
		 * within the rule's af, pf104's "divert-to localhost"). */
		r->divert_to_af6 = h && (h->a.kind == PF_ADDR_HOSTNAME ? r->af == 6 : h->a.af == 6);
	} else if (strcmp(kind, "divert-reply") == 0) {
		r->divert_reply = true;
	} else {
		r->divert_packet = true;
	}
	ctx->cur.failed |= port && port->bad;
}

void pf_rule_anchor_name(struct pf_ctx *ctx, const char *name, srcloc loc)
{
	/* pfctl parse.y anchorname */
	if (name[0] == '\0')
		pf_error(ctx, loc, "anchor name must not be empty");
	else if (name[0] == '_' || strstr(name, "/_") != NULL)
		pf_error(ctx, loc, "anchor names beginning with '_' are reserved for internal use");
	B(ctx)->anchor = (char *)name;
}

void pf_rule_arrow(struct pf_ctx *ctx, pf_hnode *pool, pf_pnode *port, srcloc loc)
{
	pf_rule *r = B(ctx);
	no_routehost(ctx, pool);
	xpool_set(ctx, &r->xp[0], pool, port);
	ctx->cur.pool_type = NULL;
	ctx->cur.pool_static = ctx->cur.pool_sticky = false;
	switch (r->action) {
	case PF_NAT: r->xlate = PF_XL_NAT_TO; break;
	case PF_RDR: r->xlate = PF_XL_RDR_TO; break;
	case PF_BINAT: r->xlate = PF_XL_BINAT_TO; break;
	default:
		pf_error(ctx, loc, "'->' is only for nat, rdr and binat rules");
		break;
	}
	ctx->cur.xpool = pool;
	pool_first(pool, &r->xaddr, &r->nxaddr);
	if (port)
		r->xport = port->p;
}

void pf_rule_xlate_pass(struct pf_ctx *ctx)
{
	B(ctx)->xpass = true;
}

/* ------------------------------------------------------------ expansion */

static pf_list *cur_list(struct pf_ctx *ctx)
{
	return ctx->nanchors ? ctx->anchors[ctx->nanchors - 1].list : &ctx->top;
}

static size_t count_h(const pf_hnode *h) { size_t n = 0; for (; h; h = h->next) n++; return n ? n : 1; }
static size_t count_p(const pf_pnode *p) { size_t n = 0; for (; p; p = p->next) n++; return n ? n : 1; }
static size_t count_i(const pf_item *i) { size_t n = 0; for (; i; i = i->next) n++; return n ? n : 1; }

static bool any_bad_h(const pf_hnode *h) { for (; h; h = h->next) if (h->bad) return true; return false; }
static bool any_bad_p(const pf_pnode *p) { for (; p; p = p->next) if (p->bad) return true; return false; }

/* The list items of one combination (pf_node). */
typedef struct combo {
	const pf_item *ifv, *pv, *iv;
	const pf_hnode *sv, *dv;
	const pf_pnode *spv, *dpv;
	bool noflags;
} combo;

const pf_rule *pf_node_rule(const pf_node *n, pf_rule *buf)
{
	if (n->own)
		return n->own;
	/* what expand() sets for a combination, in the same way */
	*buf = n->st->r;
	if (n->ifv) {
		buf->ifname = n->ifv->s;
		buf->ifneg = n->ifv->neg;
		buf->ifloc = n->ifv->loc;
	}
	buf->proto = n->pv ? (int)n->pv->n : -1;
	if (n->pv)
		buf->protoloc = n->pv->loc;
	if (n->noflags) {
		buf->flags_written = buf->flags_any = false;
		buf->flags = buf->flagset = 0;
	}
	if (n->sv)
		buf->src = n->sv->a;
	if (n->spv)
		buf->sport = n->spv->p;
	if (n->dv)
		buf->dst = n->dv->a;
	buf->af = n->af;
	if (n->dpv)
		buf->dport = n->dpv->p;
	if (n->iv) {
		buf->icmp_type = (int)n->iv->n;
		buf->icmp_code = n->iv->has_code ? (int)n->iv->n2 : -1;
	}
	return buf;
}

pf_node *pf_node_whole(struct pf_ctx *ctx, const pf_node *n, pf_rule **rule)
{
	pf_node *w = pf_alloc(ctx, sizeof *w);
	pf_rule *r = pf_alloc(ctx, sizeof *r);
	*w = *n;
	const pf_rule *whole = pf_node_rule(n, r);
	if (whole != r)
		*r = *whole;
	w->own = r;
	if (rule)
		*rule = r;
	return w;
}

/* Keep one combination: check it and add it to the current list.  *st is
 * what the statement's expansions share; a new one when an option met in
 * the expansion made the rule unresolved. */
static bool keep(struct pf_ctx *ctx, const pf_rule *r, const combo *c, pf_stmt **st,
		 pf_list *into)
{
	diag_list tmp;
	diag_list_init(&tmp);
	bool ok = pf_check_rule(r, &tmp);
	for (size_t i = 0; i < tmp.n; i++) {
		if (tmp.v[i].level == DIAG_ERROR)
			pf_error(ctx, tmp.v[i].loc, "%s", tmp.v[i].msg);
		else
			diag_add(ctx->diags, tmp.v[i].level, tmp.v[i].check, tmp.v[i].loc, "%s",
				 tmp.v[i].msg);
	}
	diag_list_free(&tmp);
	if (!ok)
		return false;
	if ((*st)->unres_what != ctx->cur.unres_what) {
		pf_stmt *s2 = pf_alloc(ctx, sizeof *s2);
		s2->r = (*st)->r;
		s2->unres_what = ctx->cur.unres_what;
		s2->unres_loc = ctx->cur.unres_loc;
		*st = s2;
	}
	pf_node *n = pf_alloc(ctx, sizeof *n);
	n->st = *st;
	n->ifv = c->ifv;
	n->pv = c->pv;
	n->iv = c->iv;
	n->sv = c->sv;
	n->dv = c->dv;
	n->spv = c->spv;
	n->dpv = c->dpv;
	n->noflags = c->noflags;
	n->af = r->af;
	n->order = ctx->order++;
	pf_list_add(ctx, into, n);
	/* pfctl -nv prints a binat-to rule as a nat-to rule and an rdr-to rule */
	ctx->nsource += r->xlate == PF_XL_BINAT_TO && r->action != PF_BINAT ? 2 : 1;
	return true;
}

/* Expand the statement into `into`; returns how many rules were kept. */
static size_t expand(struct pf_ctx *ctx, srcloc loc, pf_list *into)
{
	pf_tmpl *t = &ctx->cur;
	pf_rule r = t->base;
	r.end = loc;
	r.loc.end_line = loc.end_line;
	r.loc.end_col = loc.end_col;

	if (any_bad_h(t->src) || any_bad_h(t->dst) || any_bad_p(t->sport) ||
	    any_bad_p(t->dport) || any_bad_h(t->xpool) || any_bad_h(t->rtpool))
		t->failed = true;
	if (t->failed)
		return 0;

	pf_item *ifs = t->antispoof ? t->aifs : t->ifs;
	double total = (double)count_i(ifs) * (double)count_i(t->protos) *
		       (double)count_h(t->src) * (double)count_p(t->sport) *
		       (double)count_h(t->dst) * (double)count_p(t->dport) *
		       (double)count_p(t->uids) * (double)count_p(t->gids) *
		       (double)count_i(t->icmp);
	if (total > PF_MAX_EXPANSION) {
		pf_error(ctx, r.loc, "rule expands to %.0f rules, more than the %d fwlint "
			 "handles", total, PF_MAX_EXPANSION);
		return 0;
	}
	/* A few lines of lists can expand to millions of rules in all (40
	 * rules of 250 x 250 took 5 GB): the whole ruleset is bounded too,
	 * once, and nothing more is expanded after that. */
	if (ctx->rules_full)
		return 0;
	if ((double)ctx->order + total > PF_MAX_RULES) {
		pf_error(ctx, r.loc, "the ruleset expands to more than %d rules with this one "
			 "(%zu before it, %.0f here): fwlint reads no more rules", PF_MAX_RULES,
			 ctx->order, total);
		ctx->rules_full = true;
		return 0;
	}

	/* pfctl's expand_rule(): with a protocol list that holds tcp, the
	 * flags go to the tcp combinations only (pf3: "proto { tcp udp }
	 * flags S/SA"). */
	bool list_has_tcp = false;
	for (pf_item *pv = t->protos; pv; pv = pv->next)
		list_has_tcp |= pv->n == 6;
	/* what every combination shares: r as it is now, with the uids and
	 * gids it has (the loops below set has_uid and has_gid so) */
	pf_stmt *st = pf_alloc(ctx, sizeof *st);
	st->r = r;
	st->r.has_uid = t->uids != NULL;
	st->r.has_gid = t->gids != NULL;
	st->unres_what = ctx->cur.unres_what;
	st->unres_loc = ctx->cur.unres_loc;
	size_t kept = 0;
	pf_item *ifv = ifs;
	do {
		if (ifv) {
			r.ifname = ifv->s;
			r.ifneg = ifv->neg;
			r.ifloc = ifv->loc;
			if (!ifv->s)
				unresolved_opt(ctx, "on rdomain: routing domains are not modelled", ifv->loc);
		}
		pf_item *pv = t->protos;
		do {
			r.proto = pv ? (int)pv->n : -1;
			if (pv)
				r.protoloc = pv->loc;
			r.flags_written = t->base.flags_written;
			r.flags_any = t->base.flags_any;
			r.flags = t->base.flags;
			r.flagset = t->base.flagset;
			if (list_has_tcp && pv && pv->n != 6) {
				r.flags_written = r.flags_any = false;
				r.flags = r.flagset = 0;
			}
			pf_hnode *sv = t->src;
			do {
				if (sv)
					r.src = sv->a;
				pf_pnode *spv = t->sport;
				do {
					if (spv)
						r.sport = spv->p;
					pf_hnode *dv = t->dst;
					do {
						if (dv)
							r.dst = dv->a;
						int af = t->base.af;
						if (sv && sv->a.af) {
							if (af && af != sv->a.af)
								goto next_dst;
							af = sv->a.af;
						}
						if (dv && dv->a.af) {
							if (af && af != dv->a.af)
								goto next_dst;
							af = dv->a.af;
						}
						r.af = af;
						pf_pnode *dpv = t->dport;
						do {
							if (dpv)
								r.dport = dpv->p;
							pf_pnode *uv = t->uids;
							do {
								r.has_uid = uv != NULL;
								pf_pnode *gv = t->gids;
								do {
									r.has_gid = gv != NULL;
									pf_item *iv = t->icmp;
									do {
										if (iv) {
											r.icmp_type = (int)iv->n;
											r.icmp_code = iv->has_code ? (int)iv->n2 : -1;
										}
										combo c = { ifv, pv, iv, sv, dv, spv, dpv,
											    list_has_tcp && pv && pv->n != 6 };
										kept += keep(ctx, &r, &c, &st, into);
										iv = iv ? iv->next : NULL;
									} while (iv);
									gv = gv ? gv->next : NULL;
								} while (gv);
								uv = uv ? uv->next : NULL;
							} while (uv);
							dpv = dpv ? dpv->next : NULL;
						} while (dpv);
					next_dst:
						dv = dv ? dv->next : NULL;
					} while (dv);
					spv = spv ? spv->next : NULL;
				} while (spv);
				sv = sv ? sv->next : NULL;
			} while (sv);
			pv = pv ? pv->next : NULL;
		} while (pv);
		ifv = ifv ? ifv->next : NULL;
	} while (ifv);

	if (kept == 0)
		pf_error(ctx, r.loc, "rule expands to no valid combination");
	return kept;
}

/* Old pfctl (the pfail24 era) refused parts of rdr-anchor and binat-anchor
 * rules it could not pass on to the anchor's rules. */
static void xanchor_limits(struct pf_ctx *ctx)
{
	pf_tmpl *t = &ctx->cur;
	srcloc at = t->base.loc;
	if (t->base.action == PF_RDRANCHOR) {
		if (t->sport)
			pf_error(ctx, at, "source port parameter not supported in rdr-anchor");
		else if (t->dport && t->dport->next)
			pf_error(ctx, at, "destination port list expansion not supported in rdr-anchor");
		else if (t->dport && t->dport->p.op != PF_OP_EQ)
			pf_error(ctx, at, "destination port operators not supported in rdr-anchor");
	} else if (t->base.action == PF_BINATANCHOR) {
		if (t->protos && t->protos->next)
			pf_error(ctx, at, "proto list expansion not supported in binat-anchor");
		else if (t->src || t->dst || t->sport || t->dport)
			pf_error(ctx, at, "fromto parameter not supported in binat-anchor");
	}
}

/* Could the rule have TCP combinations (no proto, or tcp in the list)? */
static bool may_be_tcp(const pf_item *protos)
{
	if (!protos)
		return true;
	for (; protos; protos = protos->next)
		if (protos->n == 6)
			return true;
	return false;
}

/* pfctl parse.y decide_address_family: the family all hosts share, or 0 */
static int hosts_af(const pf_hnode *h)
{
	int af = h ? h->a.af : 0;
	for (; h; h = h->next)
		if (h->a.af != af)
			return 0;
	return af;
}

static void mixed_pool(struct pf_ctx *ctx, const pf_hnode *pool, const char *what)
{
	bool v4 = false, v6 = false;
	for (const pf_hnode *h = pool; h; h = h->next) {
		v4 |= h->a.af == 4;
		v6 |= h->a.af == 6;
	}
	if (v4 && v6)
		pf_error(ctx, pool->a.loc, "%s spec contains addresses with different address "
			 "families", what);
}

/* pfctl parse.y rule_consistent and collapse_redirspec: what needs the
 * whole statement */
static void rule_end_checks(struct pf_ctx *ctx)
{
	pf_tmpl *t = &ctx->cur;
	const pf_rule *r = &t->base;
	bool tcp = may_be_tcp(t->protos);
	if ((t->seen & SEEN_FRAGMENT) &&
	    (t->sport || t->dport || t->icmp ||
	     (r->flags_written && !r->flags_any && r->flagset && tcp)))
		pf_error(ctx, t->frag_loc, "fragments can be filtered only on IP header fields");
	if (t->sloppy && tcp && (r->state == PF_STATE_MODULATE || r->state == PF_STATE_SYNPROXY))
		pf_error(ctx, t->sloppy_loc, "sloppy state matching cannot be used with synproxy "
			 "state or modulate state");
	if (r->action != PF_SCRUB && r->af == 6 && (t->scrub_seen & (1u << 0 | 1u << 4)))
		pf_error(ctx, r->loc, "address family inet6 does not support scrub options "
			 "no-df, random-id");
	int af = r->af ? r->af : hosts_af(t->src) ? hosts_af(t->src) : hosts_af(t->dst);
	if (!af && r->xlate != PF_XL_AF_TO)
		mixed_pool(ctx, t->xpool, "translation");
	if (!af)
		mixed_pool(ctx, t->rtpool, "routing");
}

/* The source of antispoof's rule for interface i: a copy of h with its
 * name. */
static pf_hnode *antispoof_src(struct pf_ctx *ctx, const pf_hnode *h, const pf_item *i)
{
	pf_hnode *c = pf_alloc(ctx, sizeof *c);
	*c = *h;
	c->a.name = i->s;
	c->a.kind = i->dynif ? PF_ADDR_DYNIF : PF_ADDR_IFACE;
	return c;
}

void pf_rule_end(struct pf_ctx *ctx, srcloc loc)
{
	if (!ctx->cur.active)
		return;
	rule_end_checks(ctx);
	ctx->pending = true;
	ctx->ck_list = cur_list(ctx);
	ctx->ck_n = ctx->ck_list->n;
	ctx->ck_nsource = ctx->nsource;
	xanchor_limits(ctx);
	if (ctx->cur.base.action == PF_ANCHOR && !ctx->cur.base.anchor_inline &&
	    !ctx->cur.base.anchor) {
		/* pfctl parse.y anchorrule: said at the statement's end, as
		 * pfctl's action runs only once the whole rule is read (a
		 * syntax error later in it is the only message then) */
		ctx->noname = true;
		ctx->noname_loc = ctx->cur.base.loc;
	}
	if (ctx->cur.base.os && ctx->cur.protos) {
		bool tcp = false;
		for (const pf_item *pv = ctx->cur.protos; pv; pv = pv->next)
			tcp |= pv->n == 6;
		if (!tcp)
			/* pfctl parse.y pfrule */
			pf_error(ctx, ctx->cur.base.loc, "OS fingerprinting only apply to tcp");
	}
	if (ctx->cur.base.action == PF_BLOCK && ctx->cur.aifs) {
		/* antispoof for IF: pfctl adds "block in on ! IF from IF:network"
		 * (and "block in from IF" for each address of IF, which it
		 * knows from the host) */
		ctx->cur.antispoof = true;
		pf_tmpl *t = &ctx->cur;
		t->base.dir = PF_DIR_IN;
		for (pf_item *i = t->aifs; i; i = i->next)
			i->neg = true;
		pf_hnode *h = pf_alloc(ctx, sizeof *h);
		h->a.kind = PF_ADDR_IFACE;
		h->a.prefix = -1;
		h->a.modifier = "network";
		h->a.loc = t->aifs ? t->aifs->loc : loc;
		/* one source per interface: the name is taken from the interface */
		t->src = h;
	}
	if (ctx->cur.antispoof) {
		pf_tmpl *t = &ctx->cur;
		pf_item *all = t->aifs;
		int af = t->base.af;
		/* each expansion gets an interface item and a source of its
		 * own: its rules keep them (pf_node) */
		for (pf_item *i = all; i; i = i->next) {
			pf_item *one = pf_alloc(ctx, sizeof *one);
			*one = *i;
			one->next = NULL;
			one->last = NULL;
			t->aifs = one;
			t->src = antispoof_src(ctx, t->src, i);
			if (i->dynif) { /* (IF): one rule, from (IF:network) */
				expand(ctx, loc, cur_list(ctx));
				t->aifs = all;
				continue;
			}
			/* pfctl writes one rule per address of the interface, which
			 * only the host knows; an interface with addresses of both
			 * families is the usual case: one rule per family */
			for (int k = 0; k < 2; k++) {
				t->base.af = af ? af : k == 0 ? 4 : 6;
				if (k == 1 && af)
					break;
				expand(ctx, loc, cur_list(ctx));
			}
			t->aifs = all;
		}
		t->base.af = af;
		/* The second rule of pfctl's antispoof (parse.y): "block in
		 * from IF" on every interface, from the interface's own
		 * addresses (for (IF), as they change), unless IF is a
		 * loopback one.  Only the host knows them: the rule is
		 * unresolved, so a packet whose source may be one of them
		 * may be dropped. */
		pf_item *none = NULL;
		for (pf_item *i = all; i; i = i->next) {
			if (!i->s || strncmp(i->s, "lo", 2) == 0)
				continue;
			t->antispoof = true;
			t->aifs = none;
			t->src = antispoof_src(ctx, t->src, i);
			t->src->a.modifier = NULL;
			expand(ctx, loc, cur_list(ctx));
		}
		t->aifs = all;
	} else {
		expand(ctx, loc, cur_list(ctx));
	}
	pf_rule_reset(ctx);
}

void pf_anchor_open(struct pf_ctx *ctx, srcloc loc)
{
	if (ctx->cur.active && ctx->cur.base.anchor && strchr(ctx->cur.base.anchor, '/'))
		/* pfctl parse.y anchorrule */
		pf_error(ctx, ctx->cur.base.loc, "anchor paths containing '/' cannot be used for "
			 "inline anchors.");
	pf_list *children = pf_alloc(ctx, sizeof *children);
	pf_list heads = { 0 };
	if (ctx->nanchors >= PF_MAX_ANCHOR_DEPTH) {
		/* once, at the first anchor too deep; deeper ones are inside it */
		if (ctx->nanchors == PF_MAX_ANCHOR_DEPTH)
			pf_error(ctx, loc, "inline anchors nested more than %d deep",
				 PF_MAX_ANCHOR_DEPTH);
	} else {
		ctx->cur.base.anchor_inline = true;
		expand(ctx, loc, &heads);
	}
	pf_list *parent = cur_list(ctx);
	for (size_t i = 0; i < heads.n; i++) {
		heads.v[i]->children = children;
		pf_list_add(ctx, parent, heads.v[i]);
	}
	ctx->anchors = xgrow(ctx->anchors, &ctx->capanchors, ctx->nanchors + 1, sizeof *ctx->anchors);
	ctx->anchors[ctx->nanchors].list = children;
	ctx->anchors[ctx->nanchors].parent = parent;
	ctx->anchors[ctx->nanchors].nheads = heads.n;
	ctx->anchors[ctx->nanchors].loaded = NULL;
	ctx->nanchors++;
	ctx->pending = false;
	pf_rule_reset(ctx);
}

void pf_anchor_close(struct pf_ctx *ctx, srcloc loc)
{
	if (ctx->nanchors) {
		/* pfctl parse.y anchorrule: an inline anchor whose name an
		 * earlier inline anchor with rules has in the same ruleset */
		const pf_anchor_frame *f = &ctx->anchors[ctx->nanchors - 1];
		const pf_list *p = f->parent;
		const char *name = f->nheads && p->n >= f->nheads ?
			pf_node_base(p->v[p->n - f->nheads])->anchor : NULL;
		for (size_t i = 0; name && i + f->nheads < p->n; i++) {
			const pf_node *o = p->v[i];
			const pf_rule *or = pf_node_base(o);
			if (or->anchor_inline && or->anchor && strcmp(or->anchor, name) == 0 &&
			    o->children && o->children->n > 0) {
				pf_error(ctx, loc, "inline anchor '%s' already exists", name);
				break;
			}
		}
		ctx->nanchors--;
	}
	pf_rule_reset(ctx);
}
