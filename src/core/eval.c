/* eval.c - the evaluator (see eval.h): building and freeing it, outcome
 * lists, and a set of packets through one chain: first match, jumps and
 * gotos, RETURN, and rules that may or may not match.  The match sets are
 * built in eval_match.c, the candidate rules found in eval_index.c, and a
 * hook's stages chained in eval_hook.c. */
#include "eval_int.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

bool outcome_cut_short(const outcome *o)
{
	return o->verdict == IR_UNKNOWN && !o->rule && o->chain;
}

bool outcome_list_inexact(const outcome_list *l)
{
	return l->overflow || l->too_deep || l->too_complex;
}

bool verdict_drops(enum ir_action v)
{
	return v == IR_DROP || v == IR_REJECT;
}

/* Past this many marks the file's marks are not followed (-m mark stays
 * unresolved). */
#define EVAL_MAX_MARKS 4096

static bool marks_has(const eval_marks *k, uint32_t v)
{
	for (size_t i = 0; i < k->n; i++)
		if (k->v[i] == v)
			return true;
	return false;
}

static int u32_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* The marks the file can give a packet that enters with an unknown one (or
 * with mark 0, zero: from the wire in a complete dump):
 * a MARK that sets the whole mask gives its value; the others turn a
 * known mark into another (mark_apply): the closure.  false when there
 * are too many to follow. */
static bool mark_closure(const ir_ruleset *rs, eval_marks *k, bool zero)
{
	if (zero) {
		/* packets from the wire come with mark 0 */
		k->v = xgrow(k->v, &k->cap, 1, sizeof *k->v);
		k->v[k->n++] = 0;
	}
	for (bool first = true, grew = true; grew; first = false) {
		grew = false;
		for (size_t t = 0; t < rs->n; t++)
			for (size_t c = 0; c < rs->table[t]->n; c++) {
				const ir_chain *ch = rs->table[t]->chain[c];
				for (size_t i = 0; i < ch->n; i++) {
					const ir_rule *r = ch->rule[i];
					if (!r->mark_effect || first != (r->mark_mask == 0xffffffffu))
						continue;
					size_t n = first ? 1 : k->n;
					for (size_t j = 0; j < n; j++) {
						uint32_t nv = first ? r->mark_xor
								    : (k->v[j] & ~r->mark_mask) ^ r->mark_xor;
						if (marks_has(k, nv))
							continue;
						if (k->n >= EVAL_MAX_MARKS)
							return false;
						k->v = xgrow(k->v, &k->cap, k->n + 1, sizeof *k->v);
						k->v[k->n++] = nv;
						grew = true;
					}
				}
			}
		grew |= first;
	}
	if (k->n > 1) /* qsort(NULL, 0, ...) is undefined */
		qsort(k->v, k->n, sizeof *k->v, u32_cmp);
	return true;
}

/* Every built-in chain of an iptables dump has its policy: the dump is
 * complete (a fragment's are IR_UNKNOWN). */
static bool complete_dump(const ir_ruleset *rs)
{
	if (rs->format != IR_FMT_IPTABLES || rs->n == 0)
		return false;
	for (size_t t = 0; t < rs->n; t++)
		for (size_t c = 0; c < rs->table[t]->n; c++) {
			const ir_chain *ch = rs->table[t]->chain[c];
			if (ch->builtin && ch->policy == IR_UNKNOWN)
				return false;
		}
	return true;
}

/* The header field a --ctorig* condition tests, in the original tuple. */
static bool ctorig_field(enum ir_field f, int *xl)
{
	switch (f) {
	case IR_CTORIGSRC: *xl = XL_SRC; return true;
	case IR_CTORIGDST: *xl = XL_DST; return true;
	case IR_CTORIGSPORT: *xl = XL_SPORT; return true;
	case IR_CTORIGDPORT: *xl = XL_DPORT; return true;
	default: return false;
	}
}

/* Number the rules of cx with --ctorig* conditions and keep the original
 * tuples each accepts (evaluator.ctorig). */
static void number_ctorig(evaluator *ev, chain_ix *cx)
{
	const ir_chain *c = cx->chain;
	for (size_t i = 0; i < c->n; i++) {
		const ir_rule *r = c->rule[i];
		pset tuple = pset_full();
		bool any = false;
		for (size_t k = 0; k < r->ncond; k++) {
			const ir_cond *ci = &r->cond[k];
			int f;
			if (!ctorig_field(ci->field, &f))
				continue;
			any = true;
			pset cs = pset_empty();
			for (size_t j = 0; j < ci->n; j++) {
				pbox b = pbox_full();
				if (f == XL_SRC) {
					b.src_lo = ci->r[j].lo;
					b.src_hi = ci->r[j].hi;
				} else if (f == XL_DST) {
					b.dst_lo = ci->r[j].lo;
					b.dst_hi = ci->r[j].hi;
				} else if (f == XL_SPORT) {
					b.sport_lo = (uint16_t)ci->r[j].lo;
					b.sport_hi = (uint16_t)ci->r[j].hi;
				} else {
					b.dport_lo = (uint16_t)ci->r[j].lo;
					b.dport_hi = (uint16_t)ci->r[j].hi;
				}
				pset_add_box(&cs, &b);
			}
			pset t = ci->neg ? pset_subtract(&tuple, &cs) : pset_intersect(&tuple, &cs);
			pset_free(&cs);
			pset_free(&tuple);
			tuple = t;
		}
		if (!any) {
			pset_free(&tuple);
			continue;
		}
		if (!cx->ctorig) {
			cx->ctorig = xcalloc(c->n, sizeof *cx->ctorig);
			for (size_t j = 0; j < c->n; j++)
				cx->ctorig[j] = -1;
		}
		ev->ctorig = xrealloc(ev->ctorig, (ev->nctorig + 1) * sizeof *ev->ctorig);
		ev->ctorig[ev->nctorig] = (ctorig_rule){ r, tuple };
		cx->ctorig[i] = (int32_t)ev->nctorig++;
	}
}

evaluator *eval_new(const ir_ruleset *rs, const iftab *tab)
{
	evaluator *ev = xcalloc(1, sizeof *ev);
	ev->rs = rs;
	ev->tab = tab;
	ev->family = eval_family_universe(rs->family);
	ev->wire_mark_zero = complete_dump(rs);
	ev->nix = rs->nchains;
	ev->ix = xcalloc(ev->nix ? ev->nix : 1, sizeof *ev->ix);
	for (size_t t = 0; t < rs->n && !ev->marks; t++)
		for (size_t c = 0; c < rs->table[t]->n && !ev->marks; c++) {
			const ir_chain *ch = rs->table[t]->chain[c];
			for (size_t i = 0; i < ch->n && !ev->marks; i++)
				ev->marks = ch->rule[i]->mark_effect || ch->rule[i]->mark_restore;
		}
	if (ev->marks && !mark_closure(rs, &ev->known, ev->wire_mark_zero)) {
		ev->marks = false;
		free(ev->known.v);
		ev->known = (eval_marks){ 0 };
	}
	/* The packets that -m mark and --ctproto leave unsure (eval_int.h). */
	pbox um = pbox_full(), rel = pbox_full();
	um.mark_lo = um.mark_hi = MARK_UNKNOWN;
	rel.state = CT_RELATED;
	pbox tracked = pbox_full();
	tracked.state = CT_NEW | CT_ESTABLISHED | CT_RELATED;
	for (unsigned u = 1; u < EVAL_NREGIONS; u++) {
		if (u & (EVAL_UNSURE_MARK >> 1))
			pset_add_box(&ev->region[u], &um);
		if (u & (EVAL_UNSURE_CTREL >> 1)) {
			rel.proto_lo = rel.proto_hi = PROTO_ICMP;
			pset_add_box(&ev->region[u], &rel);
			rel.proto_lo = rel.proto_hi = PROTO_ICMPV6;
			pset_add_box(&ev->region[u], &rel);
		}
		if (u & (EVAL_UNSURE_CTORIG >> 1))
			pset_add_box(&ev->region[u], &tracked);
	}
	size_t jumps = 0;
	for (size_t t = 0; t < rs->n; t++)
		for (size_t c = 0; c < rs->table[t]->n; c++) {
			const ir_chain *ch = rs->table[t]->chain[c];
			if (ch->id < ev->nix) {
				chain_ix_build(&ev->ix[ch->id], ch, tab, ev->marks ? &ev->known : NULL);
				number_ctorig(ev, &ev->ix[ch->id]);
			}
			for (size_t i = 0; i < ch->n; i++)
				jumps += ch->rule[i]->jump != NULL;
		}
	ev->max_entries = EVAL_ENTRIES_BASE + EVAL_ENTRIES_PER_JUMP * jumps;
	return ev;
}

size_t eval_max_entries(const evaluator *ev)
{
	return ev->max_entries;
}

void eval_free(evaluator *ev)
{
	if (!ev)
		return;
	for (size_t i = 0; i < ev->nix; i++)
		chain_ix_free(&ev->ix[i]);
	free(ev->ix);
	pset_free(&ev->family);
	for (int u = 0; u < EVAL_NREGIONS; u++)
		pset_free(&ev->region[u]);
	for (size_t i = 0; i < ev->nctorig; i++)
		pset_free(&ev->ctorig[i].tuple);
	free(ev->ctorig);
	free(ev->known.v);
	free(ev->local);
	free(ev->local_if);
	pset_free(&ev->local_dst);
	free(ev);
}

const pset *eval_rule_match(const evaluator *ev, const ir_rule *r)
{
	const chain_ix *cx = r->chain ? chain_index(ev, r->chain) : NULL;
	if (!cx || r->index >= cx->chain->n || cx->chain->rule[r->index] != r)
		return NULL;
	return &cx->match[r->index];
}

void outcome_list_free(outcome_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		pset_free(&l->v[i].set);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Add an outcome (eval_int.h); takes ownership of *set. */
/* Two outcomes that say the same of their packets: one decision, one way
 * through the translations. */
static bool same_outcome(const outcome *a, const outcome *b)
{
	return a->rule == b->rule && a->chain == b->chain && a->verdict == b->verdict &&
	       a->maybe == b->maybe && a->kept == b->kept && a->local == b->local &&
	       a->dnat == b->dnat && a->snat == b->snat && a->notrack == b->notrack &&
	       xlate_equal(&a->xl, &b->xl);
}

void outcome_add(outcome_list *out, pset *set, const outcome *as)
{
	if (set->overflow)
		out->overflow = true;
	if (pset_is_empty(set)) {
		pset_free(set);
		return;
	}
	/* Merge with a recent outcome of the same decision (a rule reached
	 * through several jumps); a bounded look back keeps this O(1). */
	for (size_t i = out->n, seen = 0; i-- > 0 && seen < 16; seen++) {
		outcome *o = &out->v[i];
		if (same_outcome(o, as)) {
			pset_absorb(&o->set, set);
			pset_free(set);
			return;
		}
	}
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
	outcome *o = &out->v[out->n++];
	*o = *as;
	o->set = *set;
	*set = pset_empty();
}

void outcome_emit(outcome_list *out, pset *set, enum ir_action verdict, const ir_rule *rule,
		  const ir_chain *chain, bool maybe, unsigned kept)
{
	outcome as;
	memset(&as, 0, sizeof as);
	as.verdict = verdict;
	as.rule = rule;
	as.chain = chain;
	as.maybe = maybe;
	as.kept = kept;
	as.xl = xlate_identity();
	outcome_add(out, set, &as);
}

static void replace(pset *dst, pset src)
{
	pset_free(dst);
	*dst = src;
}

/* Emit hit with `maybe`, except the part an earlier unresolved rule may
 * already have taken: that part is only possibly decided here. */
static void emit_split(outcome_list *out, pset *hit, const pset *mayset, enum ir_action v,
		       const ir_rule *r, const ir_chain *c, bool maybe)
{
	/* A pass that keeps state (pf, ASA): stage 0 of a one-stage hook. */
	unsigned kept = v == IR_ACCEPT && r && r->keep_state;
	if (!maybe && pset_intersects(hit, mayset)) {
		pset unsure = pset_intersect(hit, mayset);
		pset sure = pset_subtract(hit, mayset);
		outcome_emit(out, &unsure, v, r, c, true, kept);
		outcome_emit(out, &sure, v, r, c, false, kept);
		pset_free(&unsure);
		pset_free(&sure);
		pset_free(hit);
		*hit = pset_empty();
		return;
	}
	outcome_emit(out, hit, v, r, c, maybe, kept);
}

/* Jump to r->jump with hit, keeping apart (as for emit_split) the part an
 * earlier unresolved rule may have taken. */
static void jump_split(evaluator *ev, const ir_rule *r, const ir_chain *c, const pset *hit,
		       const pset *mayset, outcome_list *out, pset *back, bool maybe, int depth)
{
	if (!r->jump) {
		pset p = pset_clone(hit);
		outcome_emit(out, &p, IR_UNKNOWN, r, c, true, 0);
		pset_free(&p);
		return;
	}
	if (!maybe && pset_intersects(hit, mayset)) {
		pset unsure = pset_intersect(hit, mayset);
		pset sure = pset_subtract(hit, mayset);
		chain_run(ev, r->jump, &unsure, out, back, true, depth + 1);
		chain_run(ev, r->jump, &sure, out, back, false, depth + 1);
		pset_free(&unsure);
		pset_free(&sure);
		return;
	}
	chain_run(ev, r->jump, hit, out, back, maybe, depth + 1);
}

/* The mark of the packets of s after r's MARK target, in place: exact
 * where the new mark is one value (a --set-mark / --set-xmark with the
 * whole mask, or a mark that was one known value); elsewhere the mark
 * becomes one that fwlint does not know (MARK_UNKNOWN), which -m mark
 * then leaves unsure. */
static void mark_apply(pset *s, const ir_rule *r)
{
	uint64_t mask = r->mark_mask, x = r->mark_xor;
	pset out = pset_empty();
	out.overflow = s->overflow;
	for (size_t i = 0; i < s->n; i++) {
		pbox b = s->box[i];
		if (r->mark_restore) {
			/* CONNMARK --restore-mark: the connection's mark,
			 * which fwlint does not follow */
			b.mark_lo = b.mark_hi = MARK_UNKNOWN;
			pset_add_disjoint(&out, &b);
			continue;
		}
		if (mask == 0xffffffffu) {
			b.mark_lo = b.mark_hi = x;
			pset_add_disjoint(&out, &b);
			continue;
		}
		if (b.mark_hi == MARK_UNKNOWN) {
			/* (unknown & ~mask) ^ xor: still unknown */
			pbox u = b;
			u.mark_lo = MARK_UNKNOWN;
			pset_add_disjoint(&out, &u);
			if (b.mark_lo == MARK_UNKNOWN)
				continue;
			b.mark_hi = MARK_UNKNOWN - 1;
		}
		if (b.mark_lo == b.mark_hi)
			b.mark_lo = b.mark_hi = (b.mark_lo & ~mask & 0xffffffffu) ^ x;
		else if (mask || x)
			b.mark_lo = b.mark_hi = MARK_UNKNOWN;
		pset_add_disjoint(&out, &b);
	}
	pset_free(s);
	pset_compact(&out);
	*s = out;
}

/* NOTRACK, CT --notrack (iptables-extensions(8), CT): the packets have no
 * connection from now on: -m conntrack sees them UNTRACKED. */
static void notrack_apply(pset *s)
{
	for (size_t i = 0; i < s->n; i++) {
		s->box[i].state = CT_UNTRACKED;
		s->box[i].dir = CTDIR_ALL;
	}
	pset_compact(s);
}

/* What one rule does with hit, the packets of rem it matches (all of them,
 * or for a rule that is unsure on part of its set, one of the two parts):
 * decided packets go to out, packets that leave c to *ret, and rem loses
 * what is decided.  unsure: the rule may or may not match hit.  sub: what
 * rem loses when the rule matches for sure (its match set, or hit). */
static void apply_rule(evaluator *ev, const ir_chain *c, const ir_rule *r, pset *hit,
		       const pset *sub, bool unsure, bool maybe, int depth, pset *rem,
		       pset *mayset, outcome_list *out, pset *ret)
{
	bool may = maybe || unsure;
	switch (r->action) {
	case IR_ACCEPT:
	case IR_DROP:
	case IR_REJECT:
	case IR_UNKNOWN:
		if (unsure)
			pset_add_set(mayset, hit);
		emit_split(out, hit, mayset, r->action, r, c, may);
		break;
	case IR_CONTINUE:
		if (((r->mark_effect || r->mark_restore) && ev->marks) || r->notrack) {
			/* The packets go on with their new mark (or untracked);
			 * those of an unsure rule also go on without it. */
			pset marked = pset_clone(hit);
			if (r->notrack)
				notrack_apply(&marked);
			else
				mark_apply(&marked, r);
			if (unsure) {
				pset_add_set(mayset, &marked);
				pset_absorb(rem, &marked);
				pset_free(hit);
				return;
			}
			pset rest = pset_subtract(rem, sub);
			pset_absorb(&rest, &marked);
			replace(rem, rest);
			pset_free(hit);
			return;
		}
		break;
	case IR_RETURN:
		if (unsure) {
			/* The packets may leave now or go on: both. */
			pset_add_set(ret, hit);
			pset_add_set(mayset, hit);
			pset_free(hit);
			return;
		}
		pset_absorb(ret, hit);
		break;
	case IR_JUMP:
	case IR_GOTO: {
		pset back = pset_empty();
		if (unsure)
			pset_add_set(mayset, hit);
		jump_split(ev, r, c, hit, mayset, out, &back, may, depth);
		if (r->action == IR_GOTO) {
			/* -g: a RETURN from the target returns to
			 * our caller, not to us (iptables(8)). */
			pset_absorb(ret, &back);
		} else if (!unsure) {
			/* The packets that came back go on after the
			 * jump: put them back in rem. */
			pset rest = pset_subtract(rem, sub);
			pset_absorb(&rest, &back);
			replace(rem, rest);
			pset_free(&back);
			pset_free(hit);
			return;
		} else if (ev->marks) {
			/* What came back may carry a mark set there. */
			pset_add_set(mayset, &back);
			pset_absorb(rem, &back);
		}
		pset_free(&back);
		break;
	}
	}
	pset_free(hit);
	if (!unsure && r->action != IR_CONTINUE) {
		pset rest = pset_subtract(rem, sub);
		replace(rem, rest);
	}
}

/* Run `in` through the rules of c before position upto.  Decided packets
 * go to out, packets that leave c (RETURN, a -g target's return) to *ret;
 * the packets still in c at position upto are returned. */
static pset run_rules(evaluator *ev, const ir_chain *c, const chain_ix *cx, const pset *in,
		      size_t upto, outcome_list *out, pset *ret, bool maybe, int depth,
		      pset *mayset_out)
{
	pset rem = pset_clone(in);
	/* Packets that an unresolved rule earlier in this chain may have
	 * taken: whatever later rules do with them is only possible. */
	pset mayset = pset_empty();
	size_t *cand;
	size_t ncand = eval_candidates(ev, c, in, upto, &cand);

	for (size_t k = 0; k < ncand && !pset_is_empty(&rem); k++) {
		const ir_rule *r = c->rule[cand[k]];
		const pset *m = &cx->match[cand[k]];
		if (!pset_intersects(&rem, m))
			continue;
		uint8_t u = cx->unsure[cand[k]];
		pset meff = pset_empty();
		if ((u & EVAL_UNSURE_CTORIG) && out->ctorig && cx->ctorig &&
		    cx->ctorig[cand[k]] >= 0 && out->ctorig[cx->ctorig[cand[k]]]) {
			/* the evaluation knows the connection's original
			 * tuple: the --ctorig* conditions are decided, and a
			 * false one leaves only the packets without a
			 * connection */
			u &= (uint8_t)~EVAL_UNSURE_CTORIG;
			if (out->ctorig[cx->ctorig[cand[k]]] == 2) {
				pbox tracked = pbox_full();
				tracked.state = CT_NEW | CT_ESTABLISHED | CT_RELATED;
				meff = pset_subtract_box(m, &tracked);
				m = &meff;
				if (!pset_intersects(&rem, m)) {
					pset_free(&meff);
					continue;
				}
			}
		}
		pset hit = pset_intersect(&rem, m);
		/* A rule with an unresolved construct may match any part of
		 * hit, or none: follow its target with maybe set, and let hit
		 * go on to the next rules as well. */
		const pset *region = &ev->region[(u & EVAL_UNSURE_PART) >> 1];
		if (!(u & EVAL_UNSURE_ALL) && (u & EVAL_UNSURE_PART) &&
		    pset_intersects(&hit, region)) {
			/* Sure on part of hit only (a mark the file set, the
			 * protocol of a connection): the two parts apart. */
			pset unsure_part = pset_intersect(&hit, region);
			pset sure_part = pset_subtract(&hit, region);
			pset_free(&hit);
			pset sub = pset_clone(&sure_part);
			apply_rule(ev, c, r, &sure_part, &sub, false, maybe, depth, &rem, &mayset, out,
				   ret);
			pset_free(&sub);
			apply_rule(ev, c, r, &unsure_part, m, true, maybe, depth, &rem, &mayset, out,
				   ret);
			pset_free(&meff);
			continue;
		}
		apply_rule(ev, c, r, &hit, m, (u & EVAL_UNSURE_ALL) != 0, maybe, depth, &rem,
			   &mayset, out, ret);
		pset_free(&meff);
	}
	free(cand);
	/* What is left may have been taken earlier: the chain's end decides
	 * that part only possibly (chain_run splits the policy with it). */
	if (mayset_out)
		*mayset_out = mayset;
	else
		pset_free(&mayset);
	return rem;
}

/* Evaluate `in` through chain c: run_rules, then the chain's end (see
 * eval_int.h). */
void chain_run(evaluator *ev, const ir_chain *c, const pset *in, outcome_list *out,
	       pset *caller_ret, bool maybe, int depth)
{
	const chain_ix *cx = chain_index(ev, c);
	bool spent = ++out->entries > ev->max_entries || (ev->spent && depth > 0);
	if (spent)
		ev->spent = true;
	if (depth > EVAL_MAX_DEPTH || !cx || spent) {
		/* Cut short: an UNKNOWN outcome without a rule (eval.h). */
		if (spent)
			out->too_complex = true;
		else
			out->too_deep = true;
		pset p = pset_clone(in);
		outcome_emit(out, &p, IR_UNKNOWN, NULL, c, true, 0);
		return;
	}
	/* What leaves c: RETURN, -g targets that return, falling off the end. */
	pset left = pset_empty(), mayset;
	pset rem = run_rules(ev, c, cx, in, SIZE_MAX, out, &left, maybe, depth, &mayset);

	/* The end of a built-in chain, or a RETURN from it, meets the
	 * chain's policy; a user chain gives its packets back (and with them
	 * the knowledge that some may have been taken: a limit of this
	 * evaluator, which then reports the caller's outcome as certain). */
	pset_absorb(&left, &rem);
	pset_free(&rem);
	if (c->builtin)
		emit_split(out, &left, &mayset, c->policy, NULL, c,
			   maybe || c->policy == IR_UNKNOWN);
	else
		pset_absorb(caller_ret, &left);
	pset_free(&left);
	pset_free(&mayset);
}

static bool marks_enter(const evaluator *ev, const pset *in, pset *entered, uint64_t mark)
{
	if (!ev->marks)
		return false;
	for (size_t i = 0; i < in->n; i++)
		if (in->box[i].mark_lo != 0 || in->box[i].mark_hi != MARK_UNKNOWN)
			return false;
	*entered = pset_clone(in);
	for (size_t i = 0; i < entered->n; i++)
		entered->box[i].mark_lo = entered->box[i].mark_hi = mark;
	return true;
}

bool eval_marks_enter(const evaluator *ev, const pset *in, pset *entered)
{
	return marks_enter(ev, in, entered, MARK_UNKNOWN);
}

bool eval_marks_enter_wire(const evaluator *ev, const pset *in, pset *entered)
{
	return marks_enter(ev, in, entered, ev->wire_mark_zero ? 0 : MARK_UNKNOWN);
}


void eval_marks_leave(pset *s)
{
	bool known = false;
	for (size_t i = 0; i < s->n; i++) {
		known |= s->box[i].mark_lo != MARK_UNKNOWN;
		s->box[i].mark_lo = 0;
		s->box[i].mark_hi = MARK_UNKNOWN;
	}
	if (known)
		pset_compact(s); /* the same packets under several marks: once */
}

void eval_marks_leave_list(outcome_list *out, size_t first)
{
	for (size_t i = first; i < out->n; i++)
		eval_marks_leave(&out->v[i].set);
}

pset eval_reach(evaluator *ev, const ir_chain *c, size_t upto, const pset *in)
{
	const chain_ix *cx = chain_index(ev, c);
	if (!cx)
		return pset_clone(in);
	outcome_list scratch = { 0 };
	pset left = pset_empty(), entered;
	bool marks = eval_marks_enter(ev, in, &entered);
	pset rem = run_rules(ev, c, cx, marks ? &entered : in, upto, &scratch, &left, false, 0, NULL);
	if (marks) {
		pset_free(&entered);
		eval_marks_leave(&rem);
	}
	if (outcome_list_inexact(&scratch) || left.overflow)
		rem.overflow = true;
	pset_free(&left);
	outcome_list_free(&scratch);
	return rem;
}

void eval_run_chain(evaluator *ev, const ir_chain *c, const pset *in, outcome_list *out)
{
	pset ret = pset_empty(), entered;
	size_t first = out->n;
	bool marks = eval_marks_enter(ev, in, &entered);
	chain_run(ev, c, marks ? &entered : in, out, &ret, false, 0);
	outcome_emit(out, &ret, IR_RETURN, NULL, c, false, 0);
	pset_free(&ret);
	if (marks) {
		pset_free(&entered);
		eval_marks_leave_list(out, first);
	}
}
