/* trace_int.h - what the files of fwlint trace share (src/cli/trace*.c). */
#ifndef FWLINT_TRACE_INT_H
#define FWLINT_TRACE_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "eval.h"
#include "frontend.h"

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

#endif
