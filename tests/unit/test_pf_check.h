/* test_pf_check.h - what the tests of pfctl's consistency checks
 * (test_pf_check*.c) share: the hand-built rule they start from, the places
 * of its words, and the shape of a case. */
#ifndef FWLINT_TEST_PF_CHECK_H
#define FWLINT_TEST_PF_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "check.h"
#include "pf.h"

#define FILE_ "t.conf"

/* Columns of the words of the hand-built rules below: NAME_ initializes,
 * NAME is the value. */
#define LOC(l, c, e) { FILE_, (l), (c), (l), (e) }
#define STMT_ LOC(1, 1, 60)
#define PROTO_ LOC(1, 10, 18)
#define SRC_ LOC(1, 20, 28)
#define SPORT_ LOC(1, 30, 33)
#define DST_ LOC(1, 35, 42)
#define DPORT_ LOC(1, 44, 47)
#define FLAGS_ LOC(1, 49, 56)
#define ICMP_ LOC(1, 58, 70)
#define XADDR_ LOC(1, 72, 80)
#define ROUTE_ LOC(1, 82, 90)
#define QUEUE_ LOC(1, 92, 99)
#define STMT ((srcloc)STMT_)
#define PROTO ((srcloc)PROTO_)
#define SRC ((srcloc)SRC_)
#define SPORT ((srcloc)SPORT_)
#define DST ((srcloc)DST_)
#define DPORT ((srcloc)DPORT_)
#define FLAGS ((srcloc)FLAGS_)
#define ICMP ((srcloc)ICMP_)
#define XADDR ((srcloc)XADDR_)
#define ROUTE ((srcloc)ROUTE_)
#define QUEUE ((srcloc)QUEUE_)

static inline pf_addr addr_any(srcloc l)
{
	pf_addr a;
	memset(&a, 0, sizeof a);
	a.kind = PF_ADDR_ANY;
	a.prefix = -1;
	a.loc = l;
	return a;
}

static inline pf_addr net4(srcloc l, uint32_t v, int prefix)
{
	pf_addr a = addr_any(l);
	a.kind = PF_ADDR_NET;
	a.af = 4;
	a.lo = a.hi = PSET_V4_LO | v;
	a.prefix = prefix;
	return a;
}

static inline pf_addr net6(srcloc l, unsigned last)
{
	pf_addr a = addr_any(l);
	a.kind = PF_ADDR_NET;
	a.af = 6;
	a.lo = a.hi = last;
	return a;
}

static inline pf_addr addr_named(srcloc l, enum pf_addr_kind k, char *name, char *modifier)
{
	pf_addr a = addr_any(l);
	a.kind = k;
	a.name = name;
	a.modifier = modifier;
	return a;
}

/* "pass all": what the builder hands over for a statement with nothing
 * written. */
static inline pf_rule base(void)
{
	pf_rule r;
	memset(&r, 0, sizeof r);
	r.action = PF_PASS;
	r.proto = -1;
	r.protoloc = PROTO;
	r.src = addr_any(SRC);
	r.dst = addr_any(DST);
	r.sport.loc = SPORT;
	r.dport.loc = DPORT;
	r.flagsloc = FLAGS;
	r.icmp_type = r.icmp_code = -1;
	r.icmploc = ICMP;
	r.prio[0] = r.prio[1] = -1;
	r.xaddr = addr_any(XADDR);
	r.xport.loc = XADDR;
	r.rtaddr = addr_any(ROUTE);
	r.queueloc = QUEUE;
	r.loc = STMT;
	r.end = STMT;
	return r;
}

/* One case: how to build the rule, and the messages it must give (empty
 * for a near miss, which must also pass). */
struct want {
	const char *msg;
	srcloc loc;
};

struct rule_case {
	const char *name;
	void (*make)(pf_rule *r);
	bool ok;
	struct want w[4];
};

#define W(m, l) { (m), l##_ }

/* The rule cases of test_pf_check_action.c (routing, divert, af-to, state
 * options, translation, FreeBSD anchors); test_pf_check.c runs them after
 * its own. */
extern const struct rule_case pf_check_action_cases[];
extern const size_t pf_check_action_ncases;

#endif
