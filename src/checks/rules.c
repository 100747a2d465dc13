/* rules.c - checks that need no topology: unresolved, shadowed-rule. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "lint.h"
#include "xalloc.h"

static enum diag_level level_of(const char *check)
{
	return check_find(check)->level;
}

void check_unresolved(const fwload *f, report *rep)
{
	const ir_ruleset *rs = f->rs;
	for (size_t t = 0; t < rs->n; t++)
		for (size_t c = 0; c < rs->table[t]->n; c++) {
			const ir_chain *ch = rs->table[t]->chain[c];
			for (size_t i = 0; i < ch->n; i++) {
				const ir_rule *r = ch->rule[i];
				for (size_t k = 0; k < r->nunres; k++) {
					const char *what = r->unres[k].what;
					bool target = strncmp(what, "-j ", 3) == 0 ||
						      strncmp(what, "-g ", 3) == 0;
					diag_add(&rep->diags, level_of(CHECK_UNRESOLVED),
						 CHECK_UNRESOLVED, r->unres[k].loc,
						 target ? "fwlint cannot know the verdict of %s: the packets this rule takes are taken to pass or be dropped"
							: "fwlint cannot resolve %s: the rule is taken to match some, all or none of its packets",
						 what);
				}
			}
		}
}

/* A rule ends the walk through its chain for the packets it matches when
 * it decides them or sends them away for good (-g, RETURN).  A -j to a user
 * chain does not: packets may come back. */
static bool ends_chain(const ir_rule *r)
{
	if (r->nunres)
		return false;
	switch (r->action) {
	case IR_ACCEPT:
	case IR_DROP:
	case IR_REJECT:
	case IR_RETURN:
	case IR_GOTO:
		return true;
	default:
		return false;
	}
}

static void shadowed_chain(const fwload *f, const ir_chain *ch, report *rep)
{
	for (size_t i = 0; i < ch->n; i++) {
		const ir_rule *r = ch->rule[i];
		const pset *m = eval_rule_match(f->ev, r);
		if (!m)
			continue;
		if (pset_is_empty(m)) {
			diag_add(&rep->diags, level_of(CHECK_SHADOWED_RULE), CHECK_SHADOWED_RULE,
				 r->loc, "this rule matches no packet: its conditions contradict each other");
			continue;
		}
		/* Witness first: take a packet that the rule matches and that
		 * no earlier rule has been seen to take; if no earlier rule
		 * takes it either, the rule is reachable and we are done.
		 * Otherwise subtract the rule that takes it and look again.
		 * Exact, and usually a step or two even among thousands of
		 * overlapping rules, where subtracting them all one by one
		 * would fragment the set (ALGEBRA.md, "Where the time goes"). */
		size_t *cand;
		size_t ncand = eval_candidates_unordered(f->ev, ch, m, i, &cand);
		pset rest = pset_clone(m);
		size_t by[3];
		size_t nby = 0, total = 0;
		bool reachable = false;
		while (!pset_is_empty(&rest) && !rest.overflow) {
			packet p;
			pset_example(&rest, &p);
			size_t taker = SIZE_MAX;
			for (size_t k = 0; k < ncand && taker == SIZE_MAX; k++) {
				const ir_rule *e = ch->rule[cand[k]];
				if (ends_chain(e) && pset_contains_packet(eval_rule_match(f->ev, e), &p))
					taker = cand[k];
			}
			if (taker == SIZE_MAX) {
				reachable = true;
				break;
			}
			pset t = pset_subtract(&rest, eval_rule_match(f->ev, ch->rule[taker]));
			pset_free(&rest);
			rest = t;
			if (nby < 3)
				by[nby++] = taker;
			total++;
		}
		bool shadowed = !reachable && pset_is_empty(&rest) && !rest.overflow && total > 0;
		pset_free(&rest);
		free(cand);
		if (!shadowed)
			continue;
		/* Name the takers in file order. */
		for (size_t x = 1; x < nby; x++)
			for (size_t y = x; y > 0 && by[y - 1] > by[y]; y--) {
				size_t tmp = by[y];
				by[y] = by[y - 1];
				by[y - 1] = tmp;
			}
		char lines[96] = "";
		size_t len = 0;
		for (size_t k = 0; k < nby; k++)
			len += (size_t)snprintf(lines + len, sizeof lines - len, "%s%d",
						k == 0 ? "" : k + 1 == nby && total == nby ? " and " : ", ",
						ch->rule[by[k]]->loc.line);
		if (total > nby)
			snprintf(lines + len, sizeof lines - len, " and %zu more", total - nby);
		diag_add(&rep->diags, level_of(CHECK_SHADOWED_RULE), CHECK_SHADOWED_RULE, r->loc,
			 "this rule is never reached: every packet it matches is taken earlier in chain %s by line%s %s",
			 ch->name, total > 1 ? "s" : "", lines);
	}
}

void check_shadowed(const fwload *f, report *rep)
{
	/* The filter table decides what passes; nat and mangle rules do not
	 * drop or accept, so shadowing there is not the question. */
	const ir_table *t = ir_table_find(f->rs, "filter");
	if (!t)
		return;
	for (size_t c = 0; c < t->n; c++)
		shadowed_chain(f, t->chain[c], rep);
}
