/* trace_int.h - what the files of fwlint trace share (src/cli/trace*.c). */
#ifndef FWLINT_TRACE_INT_H
#define FWLINT_TRACE_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "eval.h"
#include "frontend.h"
#include "topo.h"

/* --local: the firewall's own addresses, each of an interface or none. */
typedef struct trace_local {
	u128 *addr;
	char **ifname; /* NULL: of no interface in particular */
	size_t n, cap;
} trace_local;

/* Add the addresses of s ("ADDR" or "IFACE=ADDR", comma-separated) to *l;
 * false when one is bad. */
bool trace_parse_local(const char *s, trace_local *l);
void trace_local_free(trace_local *l);
/* Give the addresses to f's evaluator (their interfaces must be in f's
 * interface table). */
void trace_local_apply(const trace_local *l, fwload *f);

/* The lines of the packet path before an outcome's verdict: NOTRACK,
 * the destination translation, the way to the firewall itself, the
 * source translation; p is the packet as it came. */
void trace_print_steps(const outcome *o, const fwload *f, const packet *p);

/* A loopback interface: Linux's "lo", BSD's "lo0", "lo1", ... */
bool trace_is_loopback(const char *ifname);

/* -t (trace_topo.c).  The firewall of t whose file is file, or -1. */
int trace_topo_firewall(const topo *t, const char *file);
/* The zone of t that holds a (the most specific), or -1. */
int trace_topo_zone(const topo *t, u128 a);

/* One end of a packet through a firewall of the topology. */
typedef struct trace_end {
	u128 addr;
	bool own;    /* one of the firewall's own addresses */
	int zone;    /* the zone it is in (a server's, for the address by
			which the other end's zone reaches it), or -1 */
	int server;  /* that server when so, else -1 */
	int iface;   /* the firewall's interface on its side, or -1: none
			(a host firewall, an unreachable zone, no zone) */
} trace_end;

typedef struct trace_route {
	trace_end src, dst;
	/* to the firewall itself (INPUT), from it (OUTPUT), or on */
	enum eval_hook hook;
} trace_route;

/* The ends of a packet from src to dst through firewall fwi of t: their
 * zones, the firewall's interfaces towards them (the hop of the shortest
 * paths between the zones at this firewall, as fwlint checks a flow; else
 * each end's own), and the hook. */
void trace_route_find(const topo *t, size_t fwi, u128 src, u128 dst, trace_route *r);
/* "from zone corp via eth2 to zone dmz via eth1": the line that says which
 * interfaces the trace takes (in, out: NULL for none). */
void trace_route_print(const topo *t, const trace_route *r, const char *in, const char *out);

/* The first rule that a packet at hook (EVAL_FORWARD, EVAL_INPUT or
 * EVAL_OUTPUT) may meet that tests an interface it has and is not given
 * (in, out: the names given, or NULL), unless a condition on a given one
 * or on the loopback rules the packet out; *which is the field (IR_IIF or
 * IR_OIF).  NULL when there is none. */
const ir_rule *trace_iface_rule(const ir_ruleset *rs, const iftab *tab, enum eval_hook hook,
				const char *in, const char *out, enum ir_field *which);

#endif
