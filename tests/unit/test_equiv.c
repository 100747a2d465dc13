/* test_equiv.c - one policy, rendered for iptables, pf, Cisco IOS and
 * Cisco ASA, checked against one topology, gives the same findings, rule
 * locations aside (issue 3, acceptance 3; issue 4, acceptance 2).
 *
 * A finding is compared by its check, level, message, example packet and
 * excess summary.  What names a rule differently in the two languages is
 * taken out first: the location, and the words for what decided ("this
 * rule" / "the FORWARD policy" / "pf's default pass"), and the hint that
 * ends a return-blocked message.  Everything else must be equal, finding
 * for finding: the same flows, the same dropped and excess packets.
 * The same holds for an edge with public addresses and the same
 * translation mistakes in five renderings (issue 12, acceptance 2). */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "lint.h"
#include "xalloc.h"

#define DATA "tests/unit/data/equiv/"
#define NAT "tests/unit/data/equiv-nat/"

/* A copy of s with room for cut() to make it longer (at most doubled). */
static char *roomy(const char *s)
{
	size_t n = strlen(s);
	char *r = xcalloc(2 * n + 64, 1);
	memcpy(r, s, n);
	return r;
}

/* Replace every word by with, in place: s must have room (roomy()). */
static void cut(char *s, const char *word, const char *with)
{
	char *p;
	while ((p = strstr(s, word)) != NULL) {
		size_t wl = strlen(word), nl = strlen(with);
		memmove(p + nl, p + wl, strlen(p + wl) + 1);
		memcpy(p, with, nl);
	}
}

/* "by FILE:LINE" names a rule of one rendering: "by RULE", in place. */
static void cut_rule_refs(char *s)
{
	for (char *p = strstr(s, " by "); p; p = strstr(p + 1, " by ")) {
		char *w = p + 4;
		size_t n = strcspn(w, " ,;)");
		const char *colon = memchr(w, ':', n);
		if (!colon || colon == w + n - 1 || w[n - 1] < '0' || w[n - 1] > '9')
			continue;
		memmove(w + 4, w + n, strlen(w + n) + 1);
		memcpy(w, "RULE", 4);
	}
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Interface names differ between the renderings (eth0, GigabitEthernet0/0,
 * outside): map them to the iptables ones where a packet is printed. */
typedef struct ifmap {
	const char *from, *to;
} ifmap;

static void map_ifaces(char *s, const ifmap *m)
{
	for (; m && m->from; m++)
		for (int dir = 0; dir < 2; dir++) {
			char a[64], b[64];
			snprintf(a, sizeof a, dir ? " out %s" : " in %s", m->from);
			snprintf(b, sizeof b, dir ? " out %s" : " in %s", m->to);
			cut(s, a, b);
		}
}

/* The findings of a topology, normalised and sorted, one per line. */
static char *findings(const char *topology, const ifmap *m, size_t *count)
{
	lint_opts o = { 0 };
	o.topology = topology;
	o.rulesets_dir = "rulesets";
	report rep;
	report_init(&rep);
	cr_assert(eq(int, lint_run(&o, NULL, 0, &rep), 0));
	char **lines = xcalloc(rep.diags.n + 1, sizeof *lines);
	size_t n = 0, total = 1;
	for (size_t i = 0; i < rep.diags.n; i++) {
		const diag *d = &rep.diags.v[i];
		if (d->level == DIAG_NOTE)
			continue;
		char *msg = roomy(d->msg);
		char *hint = strstr(msg, "; pf lets replies");
		if (!hint)
			hint = strstr(msg, "; a stateless path");
		if (hint)
			*hint = '\0';
		cut(msg, "pf's default pass (no rule matches)", "DECIDER");
		char *imp;
		while ((imp = strstr(msg, "the implicit deny at the end of access-list ")) != NULL) {
			char *end = imp + strlen("the implicit deny at the end of access-list ");
			end += strcspn(end, " ");
			memmove(imp + 7, end, strlen(end) + 1);
			memcpy(imp, "DECIDER", 7);
		}
		map_ifaces(msg, m);
		char *ex = roomy(d->example ? d->example : "");
		map_ifaces(ex, m);
		char *xs = roomy(d->excess ? d->excess : "");
		map_ifaces(xs, m);
		cut_rule_refs(msg);
		cut(msg, "the FORWARD policy", "DECIDER");
		cut(msg, "this rule", "DECIDER");
		lines[n] = xasprintf("%s %s: %s [%s] [%s]", diag_level_name(d->level),
				     d->check ? d->check : "-", msg, ex, xs);
		free(ex);
		free(xs);
		total += strlen(lines[n]) + 1;
		n++;
		free(msg);
	}
	qsort(lines, n, sizeof *lines, str_cmp);
	char *all = xcalloc(total, 1);
	for (size_t i = 0; i < n; i++) {
		strcat(all, lines[i]);
		strcat(all, "\n");
		free(lines[i]);
	}
	free(lines);
	report_free(&rep);
	*count = n;
	return all;
}

static bool has_check(const char *all, const char *check)
{
	char key[64];
	snprintf(key, sizeof key, " %s: ", check);
	return strstr(all, key) != NULL;
}

static const ifmap ios_names[] = {
	{ "GigabitEthernet0/0", "eth0" }, { "GigabitEthernet0/1", "eth1" },
	{ "GigabitEthernet0/2", "eth2" }, { NULL, NULL },
};
static const ifmap asa_names[] = {
	{ "outside", "eth0" }, { "dmz", "eth1" }, { "inside", "eth2" }, { NULL, NULL },
};

static const ifmap pf_names[] = {
	{ "em0", "eth0" }, { "em1", "eth1" }, { NULL, NULL },
};

/* The edge with public addresses (data/equiv-nat): the same translation
 * mistakes in every rendering give the same findings (issue 12,
 * acceptance 2). */
static void agree_nat(const char *topology, const ifmap *m)
{
	size_t ni, nx;
	char *ipt = findings(NAT "iptables.topo", NULL, &ni);
	char *other = findings(topology, m, &nx);
	cr_expect(eq(str, other, ipt), "%s findings:\n%s\niptables findings:\n%s", topology, other,
		  ipt);
	cr_expect(eq(sz, nx, ni));
	/* each mistake is there */
	cr_expect(strstr(ipt, "is not translated: it goes to 203.0.113.10") != NULL, "%s", ipt);
	cr_expect(strstr(ipt, "is translated to 192.0.2.12:993 by RULE") != NULL, "%s", ipt);
	cr_expect(strstr(ipt, "is translated to 192.0.2.10:2525 by RULE") != NULL, "%s", ipt);
	cr_expect(strstr(ipt, "over-permissive: DECIDER lets through traffic to or from an Exchange server that no requirement needs (translated by RULE)") != NULL,
		  "%s", ipt);
	free(ipt);
	free(other);
}

Test(equiv, nat_iptables_and_pf_agree)
{
	agree_nat(NAT "pf.topo", pf_names);
}

Test(equiv, nat_iptables_and_pf_freebsd_agree)
{
	agree_nat(NAT "pf-freebsd.topo", pf_names);
}

Test(equiv, nat_iptables_and_cisco_ios_agree)
{
	agree_nat(NAT "ios.topo", ios_names);
}

Test(equiv, nat_iptables_and_cisco_asa_agree)
{
	agree_nat(NAT "asa.topo", asa_names);
}

static void agree(const char *topology, const ifmap *m)
{
	size_t ni, nx;
	char *ipt = findings(DATA "iptables.topo", NULL, &ni);
	char *other = findings(topology, m, &nx);
	cr_expect(eq(str, other, ipt), "%s findings:\n%s\niptables findings:\n%s", topology, other,
		  ipt);
	cr_expect(eq(sz, nx, ni));
	/* The policy is built to show each of these. */
	const enum check_id want[] = { CHECK_MISSING_OPENING, CHECK_PARTIAL_OPENING,
				       CHECK_OVER_PERMISSIVE, CHECK_DYNAMIC_RPC };
	for (size_t i = 0; i < sizeof want / sizeof *want; i++)
		cr_expect(has_check(ipt, check_name(want[i])), "no %s finding in:\n%s",
			  check_name(want[i]), ipt);
	free(ipt);
	free(other);
}

Test(equiv, iptables_and_pf_agree)
{
	agree(DATA "pf.topo", NULL);
}

Test(equiv, iptables_and_cisco_ios_agree)
{
	agree(DATA "ios.topo", ios_names);
}

Test(equiv, iptables_and_cisco_asa_agree)
{
	agree(DATA "asa.topo", asa_names);
}
