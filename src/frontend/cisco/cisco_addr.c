/* cisco_addr.c - addresses, ports, ICMP types, objects and object-groups of
 * the Cisco front end, lowered to ranges.
 *
 *   - IOS ACL entries take a wildcard mask ("A W": the bits set in W are
 *     "don't care"), which need not be contiguous (IOS Security
 *     Configuration Guide, "IP Access List Overview", "Wildcard mask":
 *     0.0.255.0 is valid): the matched set is { (A & ~W) | x : x & ~W = 0 },
 *     lowered exactly into 2^k ranges where k is the number of wildcard bits
 *     above the lowest run of ones; beyond CISCO_MAX_WILDCARD_RANGES ranges
 *     the address is unresolved.  The device ignores address bits that the
 *     wildcard covers.
 *   - ASA ACL entries, ASA objects and IOS object-groups take a netmask
 *     ("A M"), which must be contiguous; ASA refuses "A M" with host bits
 *     set outside M ("ERROR: IP address,mask doesn't pair").
 *   - "any" is every IPv4 address on IOS (an "ip access-group" filters IPv4
 *     only) and every address on ASA 9 ("any" matches IPv4 and IPv6,
 *     "any4" and "any6" one family; ASA Command Reference "access-list
 *     extended").
 *   - Object-groups nest ("group-object"): at most CISCO_MAX_GROUP_DEPTH
 *     deep, and a cycle is an error naming it, not a hang.  A group is
 *     lowered once and kept.
 */
#include <arpa/inet.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cisco_int.h"
#include "cisco_names.h"
#include "xalloc.h"

bool cisco_v4(const char *s, uint32_t *a)
{
	unsigned p[4];
	char c;
	if (!s || sscanf(s, "%u.%u.%u.%u%c", &p[0], &p[1], &p[2], &p[3], &c) != 4)
		return false;
	for (int i = 0; i < 4; i++)
		if (p[i] > 255)
			return false;
	*a = (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
	return true;
}

void cisco_aset_add(struct cisco_ctx *ctx, cisco_aset *s, u128 lo, u128 hi)
{
	if (s->n == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 4;
		ir_range *r = cisco_alloc(ctx, cap * sizeof *r);
		if (s->n)
			memcpy(r, s->r, s->n * sizeof *r);
		s->r = r;
		s->cap = cap;
	}
	s->r[s->n++] = (ir_range){ lo, hi };
}

static void aset_union(struct cisco_ctx *ctx, cisco_aset *to, const cisco_aset *from)
{
	if (from->all)
		to->all = true;
	for (size_t i = 0; i < from->n; i++)
		cisco_aset_add(ctx, to, from->r[i].lo, from->r[i].hi);
	if (from->unres && !to->unres) {
		to->unres = from->unres;
		to->unres_loc = from->unres_loc;
	}
}

static bool contiguous(uint32_t netmask)
{
	uint32_t inv = ~netmask;
	return (inv & (inv + 1)) == 0;
}

/* A wildcard mask: 2^k ranges, see the top comment. */
static bool wildcard(struct cisco_ctx *ctx, uint32_t a, uint32_t w, srcloc loc, cisco_aset *out)
{
	uint32_t low = w & ~(w + 1); /* the lowest run of ones, from bit 0 */
	uint32_t high = w & ~low;
	int k = __builtin_popcount(high);
	if (((size_t)1 << k) > CISCO_MAX_WILDCARD_RANGES) {
		out->unres = "a wildcard mask of more than " "4096" " address ranges";
		out->unres_loc = loc;
		return true;
	}
	uint32_t base = a & ~w;
	uint32_t sub = 0;
	do {
		uint32_t lo = base | sub;
		cisco_aset_add(ctx, out, addr_v4(lo), addr_v4(lo | low));
		sub = (sub - high) & high; /* next subset of high */
	} while (sub != 0);
	return true;
}

static void any_of(struct cisco_ctx *ctx, enum cisco_ek k, cisco_aset *out)
{
	if (k == CE_ANY4 || (k == CE_ANY && !ctx->asa)) {
		cisco_aset_add(ctx, out, PSET_V4_LO, PSET_V4_HI);
	} else if (k == CE_ANY6) {
		cisco_aset_add(ctx, out, 0, PSET_V4_LO - 1);
		cisco_aset_add(ctx, out, PSET_V4_HI + 1, U128_MAX);
	} else {
		out->all = true;
	}
}

static void unres(cisco_aset *out, const char *what, srcloc loc)
{
	if (!out->unres) {
		out->unres = what;
		out->unres_loc = loc;
	}
}

const cisco_elem *cisco_name_mask(const struct cisco_ctx *ctx, const cisco_elem *e,
				  cisco_elem *tmp)
{
	if (!ctx->asa || !e || e->kind != CE_WORD || e->b || !e->next || e->next->kind != CE_ADDR)
		return e;
	const char *v = cisco_name_addr(ctx, e->a);
	*tmp = *e;
	tmp->kind = CE_MASK;
	tmp->a = (char *)(v ? v : e->a);
	tmp->b = e->next->a;
	tmp->loc.end_line = e->next->loc.end_line;
	tmp->loc.end_col = e->next->loc.end_col;
	tmp->next = e->next->next;
	return tmp;
}

/* An IPv6 address, or an address with "/LEN" when len is not NULL. */
static bool parse_v6(const char *s, u128 *a, int *len)
{
	char buf[64];
	const char *sl = strchr(s, '/');
	size_t n = sl ? (size_t)(sl - s) : strlen(s);
	if ((sl != NULL) != (len != NULL) || n == 0 || n >= sizeof buf || !strchr(s, ':'))
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	unsigned char b[16];
	if (inet_pton(AF_INET6, buf, b) != 1)
		return false;
	*a = 0;
	for (int i = 0; i < 16; i++)
		*a = *a << 8 | b[i];
	if (len) {
		const char *d = sl + 1;
		if (!*d || strlen(d) > 3 || strspn(d, "0123456789") != strlen(d) || atoi(d) > 128)
			return false;
		*len = atoi(d);
	}
	return true;
}

/* An address of an IOS IPv6 access list (IOS IPv6 Command Reference
 * "permit (IPv6)"): "any", "host ADDRESS", "PREFIX/LENGTH".  Every
 * address: no condition (the rule's family says IPv6). */
static bool addr6_elem(struct cisco_ctx *ctx, const cisco_elem *e, cisco_aset *out)
{
	u128 a;
	int len;
	switch (e->kind) {
	case CE_ANY:
		out->all = true;
		return true;
	case CE_HOST:
		if (!parse_v6(e->a, &a, NULL))
			break;
		cisco_aset_add(ctx, out, a, a);
		return true;
	case CE_WORD:
		if (e->b || !parse_v6(e->a, &a, &len))
			break;
		{
			u128 host = len == 128 ? 0 : (len == 0 ? U128_MAX : (((u128)1 << (128 - len)) - 1));
			if (a & host) {
				/* IOS keeps the prefix: the host bits do not count */
				a &= ~host;
			}
			cisco_aset_add(ctx, out, a, a | host);
		}
		return true;
	default:
		break;
	}
	const char *w = e->kind == CE_HOST ? e->a : e->a ? e->a : "?";
	cisco_error(ctx, e->loc, "'%s' is not an IPv6 address: expected any, host ADDRESS or "
		    "PREFIX/LENGTH", w);
	return false;
}

bool cisco_addr_elem(struct cisco_ctx *ctx, const cisco_elem *e, bool netmask, cisco_aset *out,
		     int depth)
{
	uint32_t a, m;
	if (ctx->v6 && depth == 0)
		return addr6_elem(ctx, e, out);
	switch (e->kind) {
	case CE_ANY:
	case CE_ANY4:
	case CE_ANY6:
		any_of(ctx, e->kind, out);
		return true;
	case CE_HOST:
	case CE_ADDR:
		if (cisco_v4(e->a, &a) ||
		    (ctx->asa && cisco_name_addr(ctx, e->a) && cisco_v4(cisco_name_addr(ctx, e->a), &a))) {
			cisco_aset_add(ctx, out, addr_v4(a), addr_v4(a));
		} else {
			/* an IPv6 host or an ASA "name": not known here */
			unres(out, cisco_strdup(ctx, e->a, strlen(e->a)), e->loc);
		}
		return true;
	case CE_MASK:
		if (ctx->asa && !cisco_v4(e->a, &a) && cisco_v4(e->b, &m) && !strchr(e->a, ':')) {
			/* "NAME MASK" with NAME not defined (cisco_name_mask) */
			const char *v = cisco_name_addr(ctx, e->a);
			if (!v) {
				unres(out, cisco_strdup(ctx, e->a, strlen(e->a)), e->loc);
				return true;
			}
			cisco_v4(v, &a);
		} else if (!cisco_v4(e->a, &a) || !cisco_v4(e->b, &m)) {
			cisco_error(ctx, e->loc, "bad address '%s %s'", e->a, e->b);
			return false;
		}
		if (!netmask)
			return wildcard(ctx, a, m, e->loc, out);
		if (!contiguous(m)) {
			cisco_error(ctx, e->loc, "'%s' is not a valid netmask", e->b);
			return false;
		}
		cisco_aset_add(ctx, out, addr_v4(a & m), addr_v4((a & m) | ~m));
		return true;
	case CE_PREFIX: {
		char buf[32];
		const char *sl = strchr(e->a, '/');
		snprintf(buf, sizeof buf, "%.*s", (int)(sl - e->a), e->a);
		int len = atoi(sl + 1);
		if (!cisco_v4(buf, &a))
			return false;
		m = len ? ~(uint32_t)0 << (32 - len) : 0;
		cisco_aset_add(ctx, out, addr_v4(a & m), addr_v4((a & m) | ~m));
		return true;
	}
	case CE_OBJECT:
	case CE_GROUP: {
		cisco_og *g = cisco_og_lower(ctx, e->a, e->loc, depth);
		if (!g)
			return false;
		if (g->kind != COG_NETWORK && g->kind != COG_OBJNET) {
			cisco_error(ctx, e->loc, "'%s' is not a network object or object-group", e->a);
			return false;
		}
		if (e->kind == CE_OBJECT && g->kind != COG_OBJNET) {
			cisco_error(ctx, e->loc, "'%s' is an object-group, not an object", e->a);
			return false;
		}
		aset_union(ctx, out, &g->addr);
		return true;
	}
	case CE_IFACE:
		unres(out, "the address of an ASA interface", e->loc);
		return true;
	default:
		cisco_error(ctx, e->loc, "unexpected '%s', expected an address", e->a);
		return false;
	}
}

/* ------------------------------------------------------------ ports */

static bool port_value(struct cisco_ctx *ctx, const char *s, int proto, srcloc loc, unsigned *p)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*s && !*end) {
		if (v < 0 || v > 65535) {
			cisco_error(ctx, loc, "port %s out of range 0-65535", s);
			return false;
		}
		*p = (unsigned)v;
		return true;
	}
	if (cisco_port_name(s, proto, ctx->asa, p))
		return true;
	cisco_error(ctx, loc, "unknown port name '%s' for %s", s,
		    proto == 6 ? "tcp" : proto == 17 ? "udp" : "tcp and udp");
	return false;
}

bool cisco_port_elem(struct cisco_ctx *ctx, const cisco_elem *e, int proto, ir_range **r,
		     size_t *n)
{
	unsigned a, b = 0;
	if (!port_value(ctx, e->a, proto, e->loc, &a))
		return false;
	if (e->kind == CE_RANGE && !port_value(ctx, e->b, proto, e->loc, &b))
		return false;
	ir_range v[2];
	size_t k = 0;
	switch (e->kind) {
	case CE_EQ:
		v[k++] = (ir_range){ a, a };
		break;
	case CE_NEQ:
		if (a > 0)
			v[k++] = (ir_range){ 0, a - 1 };
		if (a < 65535)
			v[k++] = (ir_range){ a + 1, 65535 };
		break;
	case CE_LT:
		if (a == 0) {
			cisco_error(ctx, e->loc, "'lt 0' matches no port");
			return false;
		}
		v[k++] = (ir_range){ 0, a - 1 };
		break;
	case CE_GT:
		if (a == 65535) {
			cisco_error(ctx, e->loc, "'gt 65535' matches no port");
			return false;
		}
		v[k++] = (ir_range){ a + 1, 65535 };
		break;
	case CE_RANGE:
		if (b < a) {
			cisco_error(ctx, e->loc, "port range %u-%u is empty", a, b);
			return false;
		}
		v[k++] = (ir_range){ a, b };
		break;
	default:
		return false;
	}
	ir_range *nr = cisco_alloc(ctx, (*n + k) * sizeof *nr);
	if (*n)
		memcpy(nr, *r, *n * sizeof *nr);
	memcpy(nr + *n, v, k * sizeof *nr);
	*r = nr;
	*n += k;
	return true;
}

bool cisco_icmp_value(struct cisco_ctx *ctx, const cisco_elem *e, const cisco_elem *code,
		      bool *used_code, ir_range *r)
{
	int type, c = -1;
	char *end;
	*used_code = false;
	long v = strtol(e->a, &end, 10);
	if (e->kind != CE_WORD)
		return false;
	if (*e->a && !*end) {
		if (v < 0 || v > 255) {
			cisco_error(ctx, e->loc, "icmp type %s out of range 0-255", e->a);
			return false;
		}
		type = (int)v;
		if (code && code->kind == CE_WORD) {
			long cv = strtol(code->a, &end, 10);
			if (*code->a && !*end && cv >= 0 && cv <= 255) {
				c = (int)cv;
				*used_code = true;
			}
		}
	} else if (ctx->v6 ? !cisco_icmp6_name(e->a, &type, &c)
			   : !cisco_icmp_name(e->a, ctx->asa, &type, &c)) {
		return false;
	}
	r->lo = (u128)type * 256 + (c < 0 ? 0 : (unsigned)c);
	r->hi = (u128)type * 256 + (c < 0 ? 255 : (unsigned)c);
	return true;
}

/* ------------------------------------------------------------ groups */

static void svc_add(struct cisco_ctx *ctx, cisco_og *g, const cisco_svc *s)
{
	cisco_svc *n = cisco_alloc(ctx, sizeof *n);
	*n = *s;
	n->next = g->svc;
	g->svc = n;
}

static void ports_add(struct cisco_ctx *ctx, cisco_og *g, const ir_range *r, size_t n)
{
	ir_range *nr = cisco_alloc(ctx, (g->nports + n) * sizeof *nr);
	if (g->nports)
		memcpy(nr, g->ports, g->nports * sizeof *nr);
	if (n)
		memcpy(nr + g->nports, r, n * sizeof *nr);
	g->ports = nr;
	g->nports += n;
}

/* Parse a service: PROTO [source OP] [[destination] OP] [ICMP-TYPE [CODE]]
 * (ASA service-object, object service, IOS object-group service lines). */
bool cisco_service(struct cisco_ctx *ctx, const cisco_elem *e, srcloc loc, cisco_svc *s);

bool cisco_service(struct cisco_ctx *ctx, const cisco_elem *e, srcloc loc, cisco_svc *s)
{
	memset(s, 0, sizeof *s);
	int proto;
	if (!e || e->kind != CE_WORD) {
		cisco_error(ctx, e ? e->loc : loc, "expected a protocol");
		return false;
	}
	bool tcpudp = strcasecmp(e->a, "tcp-udp") == 0;
	if (tcpudp) {
		s->plo = 6;
		s->phi = 17;
		proto = 0;
	} else if (ctx->v6 && strcasecmp(e->a, "ipv6") == 0) {
		/* IOS IPv6 Command Reference "permit (IPv6)": "ipv6" matches
		 * every IPv6 packet, "icmp" is ICMPv6 */
		proto = -1;
		s->plo = 0;
		s->phi = 255;
	} else if (ctx->v6 && strcasecmp(e->a, "icmp") == 0) {
		proto = 58;
		s->plo = s->phi = 58;
	} else if (ctx->v6 && strcasecmp(e->a, "ip") == 0) {
		cisco_error(ctx, e->loc, "unknown protocol 'ip': an IPv6 access list says ipv6");
		return false;
	} else if (cisco_proto_name(e->a, ctx->asa, &proto)) {
		s->plo = proto < 0 ? 0 : proto;
		s->phi = proto < 0 ? 255 : proto;
	} else {
		cisco_error(ctx, e->loc, "unknown protocol '%s'", e->a);
		return false;
	}
	bool ports = tcpudp || proto == 6 || proto == 17;
	bool dst = true;
	for (e = e->next; e; e = e->next) {
		if (e->kind == CE_WORD && strcasecmp(e->a, "source") == 0) {
			dst = false;
			continue;
		}
		if (e->kind == CE_WORD && strcasecmp(e->a, "destination") == 0) {
			dst = true;
			continue;
		}
		if (ports && e->kind >= CE_EQ && e->kind <= CE_RANGE) {
			if (dst ? !cisco_port_elem(ctx, e, proto, &s->dp, &s->ndp)
				: !cisco_port_elem(ctx, e, proto, &s->sp, &s->nsp))
				return false;
			if (dst)
				s->has_dp = true;
			else
				s->has_sp = true;
			continue;
		}
		if (ports && e->kind == CE_WORD && !s->has_dp) {
			/* IOS object-group service "tcp 65000": the destination port */
			cisco_elem eq = *e;
			eq.kind = CE_EQ;
			if (!cisco_port_elem(ctx, &eq, proto, &s->dp, &s->ndp))
				return false;
			s->has_dp = true;
			continue;
		}
		if ((proto == 1 || proto == 58) && e->kind == CE_WORD && !s->has_dp) {
			ir_range r;
			bool used;
			if (cisco_icmp_value(ctx, e, e->next, &used, &r)) {
				s->dp = cisco_alloc(ctx, sizeof *s->dp);
				s->dp[0] = r;
				s->ndp = 1;
				s->has_dp = true;
				if (used)
					e = e->next;
				continue;
			}
		}
		cisco_error(ctx, e->loc, "unexpected '%s' in a service", e->a ? e->a : "?");
		return false;
	}
	return true;
}

static bool lower_item(struct cisco_ctx *ctx, cisco_og *g, const cisco_ogitem *it, int depth)
{
	const char *w = it->what;
	const cisco_elem *e = it->e;
	if (w && strcasecmp(w, "group-object") == 0) {
		if (!e || e->kind != CE_WORD || e->next) {
			cisco_error(ctx, it->loc, "group-object takes one object-group name");
			return false;
		}
		cisco_og *sub = cisco_og_lower(ctx, e->a, e->loc, depth + 1);
		if (!sub)
			return false;
		if (sub->kind != g->kind) {
			cisco_error(ctx, e->loc, "object-group %s is not of the same type as %s", e->a, g->name);
			return false;
		}
		aset_union(ctx, &g->addr, &sub->addr);
		for (const cisco_svc *s = sub->svc; s; s = s->next)
			svc_add(ctx, g, s);
		ports_add(ctx, g, sub->ports, sub->nports);
		return true;
	}
	/* An ASA object holds one value: "host", "subnet", "range" or "fqdn"
	 * again in it (or in a second "object network" block of the same
	 * name) replaces the first (ASA CLI configuration guide, "Objects
	 * for Access Control": "A network object contains a single IP
	 * address/mask pair"); so does "service" in an object service. */
	bool value = !w || strcasecmp(w, "description") != 0;
	if (g->kind == COG_OBJNET && value)
		g->addr = (cisco_aset){ 0 };
	if (g->kind == COG_OBJSVC && value)
		g->svc = NULL;
	if (w && strcasecmp(w, "fqdn") == 0) {
		unres(&g->addr, "an fqdn object", it->loc);
		return true;
	}
	if (!e) {
		cisco_error(ctx, it->loc, "%s needs a value", w ? w : "object line");
		return false;
	}
	switch (g->kind) {
	case COG_NETWORK:
	case COG_OBJNET:
		if (w && strcasecmp(w, "network-object") != 0 && strcasecmp(w, "subnet") != 0)
			break;
		cisco_elem tmp;
		e = cisco_name_mask(ctx, e, &tmp);
		if (e->kind == CE_RANGE) {
			uint32_t a, b;
			const char *ra = e->a, *rb = e->b;
			if (ctx->asa && cisco_name_addr(ctx, ra))
				ra = cisco_name_addr(ctx, ra);
			if (ctx->asa && cisco_name_addr(ctx, rb))
				rb = cisco_name_addr(ctx, rb);
			if (!cisco_v4(ra, &a) || !cisco_v4(rb, &b) || b < a) {
				if (strchr(e->a, ':')) {
					unres(&g->addr, "an IPv6 range", e->loc);
					return true;
				}
				cisco_error(ctx, e->loc, "bad address range '%s %s'", e->a, e->b);
				return false;
			}
			cisco_aset_add(ctx, &g->addr, addr_v4(a), addr_v4(b));
			return true;
		}
		if (e->next) {
			cisco_error(ctx, e->next->loc, "unexpected '%s'", e->next->a ? e->next->a : "?");
			return false;
		}
		if (e->kind == CE_WORD && strchr(e->a, ':')) {
			unres(&g->addr, "an IPv6 address", e->loc);
			return true;
		}
		if (e->kind == CE_ADDR) {
			/* "subnet 10.0.0.0" cut before its mask was a host:
			 * both devices want "host A" or "A MASK" here */
			cisco_error(ctx, e->loc, "address %s needs a netmask", e->a);
			return false;
		}
		return cisco_addr_elem(ctx, e, true, &g->addr, depth + 1);
	case COG_SERVICE:
	case COG_OBJSVC: {
		if (g->proto) {
			/* a port group: port-object eq|range */
			if (w && strcasecmp(w, "port-object") != 0)
				break;
			int p = strcasecmp(g->proto, "tcp") == 0 ? 6 : strcasecmp(g->proto, "udp") == 0 ? 17 : 0;
			ir_range *r = NULL;
			size_t n = 0;
			if (e->next || !cisco_port_elem(ctx, e, p, &r, &n)) {
				if (e->next)
					cisco_error(ctx, e->next->loc, "unexpected '%s'", e->next->a);
				return false;
			}
			ports_add(ctx, g, r, n);
			return true;
		}
		if (w && strcasecmp(w, "service-object") != 0 && strcasecmp(w, "service") != 0)
			break;
		if (e->kind == CE_OBJECT) {
			cisco_og *sub = cisco_og_lower(ctx, e->a, e->loc, depth + 1);
			if (!sub)
				return false;
			if (sub->kind != COG_OBJSVC) {
				cisco_error(ctx, e->loc, "'%s' is not a service object", e->a);
				return false;
			}
			for (const cisco_svc *s = sub->svc; s; s = s->next)
				svc_add(ctx, g, s);
			return true;
		}
		cisco_svc s;
		if (!cisco_service(ctx, e, it->loc, &s))
			return false;
		svc_add(ctx, g, &s);
		return true;
	}
	case COG_PROTOCOL: {
		if (w && strcasecmp(w, "protocol-object") != 0)
			break;
		cisco_svc s;
		memset(&s, 0, sizeof s);
		int p;
		if (e->kind != CE_WORD || e->next || !cisco_proto_name(e->a, ctx->asa, &p)) {
			cisco_error(ctx, e->loc, "unknown protocol '%s'", e->a ? e->a : "?");
			return false;
		}
		s.plo = p < 0 ? 0 : p;
		s.phi = p < 0 ? 255 : p;
		svc_add(ctx, g, &s);
		return true;
	}
	case COG_ICMP: {
		if (w && strcasecmp(w, "icmp-object") != 0)
			break;
		cisco_svc s;
		memset(&s, 0, sizeof s);
		ir_range r;
		bool used;
		if (!cisco_icmp_value(ctx, e, NULL, &used, &r)) {
			cisco_error(ctx, e->loc, "unknown icmp type '%s'", e->a ? e->a : "?");
			return false;
		}
		s.plo = s.phi = 1;
		s.dp = cisco_alloc(ctx, sizeof *s.dp);
		s.dp[0] = r;
		s.ndp = 1;
		s.has_dp = true;
		svc_add(ctx, g, &s);
		return true;
	}
	}
	cisco_error(ctx, it->loc, "unexpected '%s' in object%s %s", w ? w : e->a ? e->a : "?",
		    g->kind == COG_OBJNET || g->kind == COG_OBJSVC ? "" : "-group", g->name);
	return false;
}

cisco_og *cisco_og_lower(struct cisco_ctx *ctx, const char *name, srcloc ref, int depth)
{
	cisco_og *g = cisco_og_find(ctx, name);
	if (!g) {
		/* The device refuses the line that names it (IOS "% object-group
		 * does not exist", ASA "ERROR: ... not found"), and keeps the
		 * rest: a warning, and the line is left out, as there. */
		cisco_warn(ctx, ref, "object or object-group '%s' is not defined: the device refuses "
			   "the line that names it, so fwlint leaves that line out", name);
		return NULL;
	}
	if (g->mark == 2)
		return g->bad ? NULL : g;
	if (g->mark == 1) {
		/* name the cycle: from the group's first place on the stack */
		char buf[512];
		size_t len = 0;
		int from = 0;
		while (from < ctx->ogn && strcmp(ctx->ogstack[from], name) != 0)
			from++;
		for (int i = from; i < ctx->ogn && len < sizeof buf; i++)
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s -> ", ctx->ogstack[i]);
		if (len < sizeof buf)
			snprintf(buf + len, sizeof buf - len, "%s", name);
		cisco_error(ctx, ref, "object-group %s contains itself: %s", name, buf);
		g->bad = true;
		return NULL;
	}
	if (depth > CISCO_MAX_GROUP_DEPTH || ctx->ogn > CISCO_MAX_GROUP_DEPTH) {
		cisco_error(ctx, ref, "object-groups nested more than %d deep at %s",
			    CISCO_MAX_GROUP_DEPTH, name);
		return NULL;
	}
	g->mark = 1;
	ctx->ogstack[ctx->ogn++] = g->name;
	for (size_t i = 0; i < g->n; i++)
		if (!lower_item(ctx, g, &g->v[i], depth))
			g->bad = true;
	ctx->ogn--;
	g->mark = 2;
	return g->bad ? NULL : g;
}
