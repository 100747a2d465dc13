/* rules.c - checks that need no topology: unresolved, shadowed-rule. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "xalloc.h"

typedef struct unres_ref {
	const ir_unresolved *u;
	size_t order;
} unres_ref;

static int unres_cmp(const void *a, const void *b)
{
	const unres_ref *x = a, *y = b;
	if (x->u->loc.line != y->u->loc.line)
		return x->u->loc.line < y->u->loc.line ? -1 : 1;
	if (x->u->loc.col != y->u->loc.col)
		return x->u->loc.col < y->u->loc.col ? -1 : 1;
	int c = strcmp(x->u->what, y->u->what);
	if (c)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int order_cmp(const void *a, const void *b)
{
	const unres_ref *x = a, *y = b;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* One warning per construct: a front end may put one rule into several IR
 * rules (pf: "in" and "out"; iptables: --ports), each with the construct. */
void check_unresolved(const check_ctx *cx)
{
	const fwload *f = cx->f;
	report *rep = cx->rep;
	const ir_ruleset *rs = f->rs;
	unres_ref *v = NULL;
	size_t n = 0, cap = 0;
	for (size_t t = 0; t < rs->n; t++)
		for (size_t c = 0; c < rs->table[t]->n; c++) {
			const ir_chain *ch = rs->table[t]->chain[c];
			for (size_t i = 0; i < ch->n; i++)
				for (size_t k = 0; k < ch->rule[i]->nunres; k++) {
					v = xgrow(v, &cap, n + 1, sizeof *v);
					v[n] = (unres_ref){ &ch->rule[i]->unres[k], n };
					n++;
				}
		}
	if (n > 1) {
		qsort(v, n, sizeof *v, unres_cmp);
		size_t m = 1;
		for (size_t i = 1; i < n; i++)
			if (unres_cmp(&(unres_ref){ v[i].u, 0 }, &(unres_ref){ v[m - 1].u, 0 }) != 0)
				v[m++] = v[i];
		n = m;
		qsort(v, n, sizeof *v, order_cmp);
	}
	for (size_t i = 0; i < n; i++) {
		const char *what = v[i].u->what;
		bool target = strncmp(what, "-j ", 3) == 0 || strncmp(what, "-g ", 3) == 0;
		diag_check(&rep->diags, CHECK_UNRESOLVED, v[i].u->loc,
			   target ? "fwlint cannot know the verdict of %s: the packets this rule takes are taken to pass or be dropped"
				  : "fwlint cannot resolve %s: the rule is taken to match some, all or none of its packets",
			   what);
	}
	free(v);
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

static bool same_place(srcloc a, srcloc b)
{
	return a.line == b.line && a.col == b.col &&
	       (a.file == b.file || (a.file && b.file && strcmp(a.file, b.file) == 0));
}

/* The witness loop below subtracts whole rules from what is left of a
 * rule.  Rules that are many boxes along different fields cut each other
 * into a product of pieces: a Cisco entry whose wildcard mask is 4096
 * destination addresses, minus one with 256 source addresses, is a million
 * boxes and seconds of work (fuzz_cisco found it: ASA netmasks read as IOS
 * wildcards; tests/fuzz/regress/cisco/wildcards-across-fields).  So the
 * work, counted as boxes visited by the subtractions, is bounded: a rule
 * that needs more than SHADOWED_RULE_WORK is not judged, and after
 * SHADOWED_MAX_WORK for the file no rule is; a note says so (as for a set
 * that overflows, nothing is guessed). */
#define SHADOWED_RULE_WORK ((size_t)1 << 22)
#define SHADOWED_MAX_WORK  ((size_t)1 << 26)

/* rest -= b in place, adding the work to *work; false once *work passes
 * SHADOWED_RULE_WORK (rest is then part done). */
static bool subtract_within(pset *rest, const pset *b, size_t *work)
{
	rest->overflow |= b->overflow;
	for (size_t j = 0; j < b->n && rest->n; j++) {
		/* A subtraction visits every box, and each new piece is
		 * merged against up to a window of boxes (pset.c). */
		size_t before = rest->n;
		pset_remove_box(rest, &b->box[j]);
		*work += before + (rest->n > before ? 64 * (rest->n - before) : 0);
		if (*work > SHADOWED_RULE_WORK)
			return false;
	}
	return true;
}

static void note_complex(diag_list *notes, srcloc loc, const char *msg)
{
	/* pf: a rule's two copies (in and out) get one note */
	if (notes->n && notes->v[notes->n - 1].level == DIAG_NOTE &&
	    same_place(notes->v[notes->n - 1].loc, loc))
		return;
	diag_check_note(notes, CHECK_SHADOWED_RULE, loc, "%s", msg);
}

/* What shadowed_chain() found for one dead IR rule: it matches no packet
 * (nlines 0), or the rules on these lines take all it matches. */
typedef struct dead_rule {
	const ir_rule *r;
	const ir_chain *ch;
	int *lines; /* the takers' lines, sorted, each once */
	size_t nlines, cap;
} dead_rule;

typedef struct dead_list {
	dead_rule *v;
	size_t n, cap;
} dead_list;

static void lines_add(dead_rule *d, int line)
{
	size_t i = 0;
	while (i < d->nlines && d->lines[i] < line)
		i++;
	if (i < d->nlines && d->lines[i] == line)
		return;
	d->lines = xgrow(d->lines, &d->cap, d->nlines + 1, sizeof *d->lines);
	memmove(&d->lines[i + 1], &d->lines[i], (d->nlines - i) * sizeof *d->lines);
	d->lines[i] = line;
	d->nlines++;
}

static dead_rule *dead_add(dead_list *dl, const ir_rule *r, const ir_chain *ch)
{
	dl->v = xgrow(dl->v, &dl->cap, dl->n + 1, sizeof *dl->v);
	dead_rule *d = &dl->v[dl->n++];
	memset(d, 0, sizeof *d);
	d->r = r;
	d->ch = ch;
	return d;
}

/* The dead rules of ch go to dead, notes about the work bound to notes.
 * Returns false when the file's work bound stopped the check. */
static bool shadowed_chain(const fwload *f, const ir_chain *ch, dead_list *dead,
			   diag_list *notes, size_t *work)
{
	for (size_t i = 0; i < ch->n; i++) {
		const ir_rule *r = ch->rule[i];
		const pset *m = eval_rule_match(f->ev, r);
		if (!m)
			continue;
		/* A Cisco ACL's implicit deny is not a rule anyone wrote: that
		 * an explicit "deny ip any any" leaves it nothing is fine. */
		if (r->target && (strcmp(r->target, CISCO_IMPLICIT_DENY) == 0 ||
				  strcmp(r->target, CISCO_IMPLICIT_PERMIT) == 0))
			continue;
		if (pset_is_empty(m)) {
			dead_add(dead, r, ch);
			continue;
		}
		/* Witness first: take a packet that the rule matches and that
		 * no earlier rule has been seen to take; if no earlier rule
		 * takes it either, the rule is reachable and we are done.
		 * Otherwise subtract the rule that takes it and look again.
		 * Exact, and usually a step or two even among thousands of
		 * overlapping rules, where subtracting them all one by one
		 * would fragment the set (docs/design.md, "The packet-set algebra"). */
		size_t *cand;
		size_t ncand = eval_candidates_unordered(f->ev, ch, m, i, &cand);
		pset rest = pset_clone(m);
		dead_rule taken = { 0 };
		size_t rule_work = 0;
		bool reachable = false, complex = false;
		while (!pset_is_empty(&rest) && !rest.overflow) {
			packet p;
			pset_example_lowest(&rest, &p);
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
			if (!subtract_within(&rest, eval_rule_match(f->ev, ch->rule[taker]),
					     &rule_work)) {
				complex = true;
				break;
			}
			lines_add(&taken, ch->rule[taker]->loc.line);
		}
		bool shadowed = !reachable && !complex && pset_is_empty(&rest) && !rest.overflow &&
				taken.nlines > 0;
		pset_free(&rest);
		free(cand);
		*work += rule_work;
		if (shadowed) {
			dead_rule *d = dead_add(dead, r, ch);
			d->lines = taken.lines;
			d->nlines = taken.nlines;
			d->cap = taken.cap;
		} else {
			free(taken.lines);
		}
		if (complex)
			note_complex(notes, r->loc,
				     "this rule is too complex to compare exactly with the rules before it: shadowed-rule is not checked for it");
		if (*work > SHADOWED_MAX_WORK && i + 1 < ch->n) {
			note_complex(notes, ch->rule[i + 1]->loc,
				     "the rules are too complex to compare exactly: shadowed-rule is not checked from this rule on");
			return false;
		}
	}
	return true;
}

/* Order of dead rules by where they are written, then by when they were
 * found: the copies of one written rule become neighbours. */
static int loc_cmp(srcloc a, srcloc b)
{
	if (a.file != b.file) {
		int c = strcmp(a.file ? a.file : "", b.file ? b.file : "");
		if (c)
			return c;
	}
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	return a.col < b.col ? -1 : a.col > b.col;
}

typedef struct dead_group {
	srcloc loc;
	size_t first;        /* index in dead of the first copy found */
	size_t *member;      /* indexes in dead, ascending */
	size_t nmember;
	size_t copies;       /* IR rules of the table written there */
} dead_group;

typedef struct dead_ref {
	srcloc loc;
	size_t ix; /* in the dead list */
} dead_ref;

static int dead_ref_cmp(const void *a, const void *b)
{
	const dead_ref *x = a, *y = b;
	int c = loc_cmp(x->loc, y->loc);
	if (c)
		return c;
	return x->ix < y->ix ? -1 : x->ix > y->ix;
}

static int group_loc_cmp(const void *key, const void *elem)
{
	return loc_cmp(*(const srcloc *)key, ((const dead_group *)elem)->loc);
}

static int group_first_cmp(const void *a, const void *b)
{
	const dead_group *x = a, *y = b;
	return x->first < y->first ? -1 : x->first > y->first;
}

/* One finding for the rule written at g->loc, whose IR copies are all
 * dead: the union of what took them. */
static void report_dead(const fwload *f, const dead_list *dead, const dead_group *g, diag_list *dl)
{
	const dead_rule *d = &dead->v[g->first];
	dead_rule all = { 0 };
	for (size_t j = 0; j < g->nmember; j++)
		for (size_t k = 0; k < dead->v[g->member[j]].nlines; k++)
			lines_add(&all, dead->v[g->member[j]].lines[k]);
	size_t nlines = all.nlines;
	if (nlines == 0) {
		diag_check(dl, CHECK_SHADOWED_RULE, d->r->loc, "this rule matches no packet: its conditions contradict each other");
		return;
	}
	/* cppcheck 2.10 takes nlines for 0 here, past the return above, and
	 * calls the three conditions below constant: they are not. */
	const size_t shown = 3; /* lines named; the rest are counted */
	size_t nby = nlines > shown ? shown : nlines;
	char lines[96] = "";
	size_t len = 0;
	/* cppcheck-suppress knownConditionTrueFalse */
	for (size_t k = 0; k < nby; k++)
		len += (size_t)snprintf(lines + len, sizeof lines - len, "%s%d",
					/* cppcheck-suppress knownConditionTrueFalse */
					k == 0 ? "" : k + 1 == nby && nlines == nby ? " and " : ", ",
					all.lines[k]);
	/* cppcheck-suppress knownConditionTrueFalse */
	if (nlines > nby)
		snprintf(lines + len, sizeof lines - len, " and %zu more", nlines - nby);
	if (f->rs->format == IR_FMT_PF)
		/* The lowered order (pf.h): quick rules anywhere and
		 * later rules win over this one. */
		diag_check(dl, CHECK_SHADOWED_RULE, d->r->loc,
			   "this rule never decides a packet: pf gives every packet it matches to line%s %s (a quick rule, or a later matching rule)",
			   nlines > 1 ? "s" : "", lines);
	else
		diag_check(dl, CHECK_SHADOWED_RULE, d->r->loc,
			   "this rule is never reached: every packet it matches is taken earlier in chain %s by line%s %s",
			   d->ch->name, nlines > 1 ? "s" : "", lines);
	free(all.lines);
}

void check_shadowed(const check_ctx *cx)
{
	const fwload *f = cx->f;
	report *rep = cx->rep;
	/* The filter table decides what passes; nat and mangle rules do not
	 * drop or accept, so shadowing there is not the question. */
	const ir_table *t = ir_table_find(f->rs, "filter");
	if (!t)
		return;
	size_t work = 0;
	/* A front end may make one written rule several IR rules with its
	 * location: pf a rule without a direction (one per chain, at
	 * different places of the lowered order), iptables "-m multiport
	 * --ports" (one per alternative, next to each other).  The written
	 * rule is dead only if each of its copies is, and is named once. */
	dead_list dead = { 0 };
	for (size_t c = 0; c < t->n; c++)
		if (!shadowed_chain(f, t->chain[c], &dead, &rep->diags, &work))
			break;
	/* Group the dead IR rules by where they are written (sorting, not
	 * comparing each with each: 100k rules have tens of thousands of dead
	 * ones), count the table's IR rules written at each group's place,
	 * and report a group whose copies are all dead, in the order found. */
	dead_ref *ref = xmalloc((dead.n ? dead.n : 1) * sizeof *ref);
	size_t *member = xmalloc((dead.n ? dead.n : 1) * sizeof *member);
	dead_group *g = xmalloc((dead.n ? dead.n : 1) * sizeof *g);
	size_t ng = 0;
	for (size_t i = 0; i < dead.n; i++)
		ref[i] = (dead_ref){ dead.v[i].r->loc, i };
	qsort(ref, dead.n, sizeof *ref, dead_ref_cmp);
	for (size_t i = 0; i < dead.n; i++) {
		member[i] = ref[i].ix;
		if (i == 0 || loc_cmp(ref[i].loc, ref[i - 1].loc) != 0)
			g[ng++] = (dead_group){ ref[i].loc, ref[i].ix, &member[i], 0, 0 };
		g[ng - 1].nmember++;
	}
	for (size_t c = 0; c < t->n && ng; c++)
		for (size_t k = 0; k < t->chain[c]->n; k++) {
			dead_group *hit = bsearch(&t->chain[c]->rule[k]->loc, g, ng, sizeof *g,
						  group_loc_cmp);
			if (hit)
				hit->copies++;
		}
	qsort(g, ng, sizeof *g, group_first_cmp);
	for (size_t i = 0; i < ng; i++)
		if (g[i].nmember >= g[i].copies)
			report_dead(f, &dead, &g[i], &rep->diags);
	free(g);
	free(member);
	free(ref);
	for (size_t i = 0; i < dead.n; i++)
		free(dead.v[i].lines);
	free(dead.v);
}
