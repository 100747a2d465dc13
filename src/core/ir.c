/* ir.c - the rule IR builder (see ir.h). */
#include "ir.h"

#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "xalloc.h"

ir_ruleset *ir_ruleset_new(const char *path, enum ir_format format, int family)
{
	ir_ruleset *rs = xcalloc(1, sizeof *rs);
	rs->path = xstrdup(path);
	rs->format = format;
	rs->family = family;
	return rs;
}

static void ir_cond_free(ir_cond *c)
{
	free(c->r);
	free(c->ifname);
}

void ir_rule_free(ir_rule *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->ncond; i++)
		ir_cond_free(&r->cond[i]);
	free(r->cond);
	for (size_t i = 0; i < r->nunres; i++)
		free(r->unres[i].what);
	free(r->unres);
	free(r->text);
	free(r->target);
	free(r->tagsteps);
	free(r->nat);
	free(r);
}

static void ir_chain_free(ir_chain *c)
{
	ir_chain_flush(c);
	free(c->rule);
	free(c->name);
	free(c);
}

static void ir_table_free(ir_table *t)
{
	for (size_t i = 0; i < t->n; i++)
		ir_chain_free(t->chain[i]);
	free(t->chain);
	free(t->index);
	free(t->name);
	free(t);
}

void ir_ruleset_free(ir_ruleset *rs)
{
	if (!rs)
		return;
	for (size_t i = 0; i < rs->n; i++)
		ir_table_free(rs->table[i]);
	free(rs->table);
	free(rs->path);
	for (size_t i = 0; i < rs->nfiles; i++)
		free(rs->files[i]);
	free(rs->files);
	for (size_t i = 0; i < rs->naux; i++)
		ir_rule_free(rs->aux[i]);
	free(rs->aux);
	free(rs);
}

const char *ir_ruleset_add_file(ir_ruleset *rs, const char *name)
{
	if (strcmp(rs->path, name) == 0)
		return rs->path;
	for (size_t i = 0; i < rs->nfiles; i++)
		if (strcmp(rs->files[i], name) == 0)
			return rs->files[i];
	rs->files = xgrow(rs->files, &rs->capfiles, rs->nfiles + 1, sizeof *rs->files);
	rs->files[rs->nfiles] = xstrdup(name);
	return rs->files[rs->nfiles++];
}

ir_table *ir_table_find(const ir_ruleset *rs, const char *name)
{
	for (size_t i = 0; i < rs->n; i++)
		if (strcmp(rs->table[i]->name, name) == 0)
			return rs->table[i];
	return NULL;
}

ir_table *ir_table_get(ir_ruleset *rs, const char *name, srcloc loc)
{
	ir_table *t = ir_table_find(rs, name);
	if (t)
		return t;
	t = xcalloc(1, sizeof *t);
	t->name = xstrdup(name);
	t->loc = loc;
	rs->table = xgrow(rs->table, &rs->cap, rs->n + 1, sizeof *rs->table);
	rs->table[rs->n++] = t;
	return t;
}

static ir_chain **index_bucket(const ir_table *t, const char *name)
{
	return &t->index[(size_t)fnv1a_str(FNV1A_INIT, name) & (t->nindex - 1)];
}

static void index_add(ir_table *t, ir_chain *c)
{
	ir_chain **b = index_bucket(t, c->name);
	c->hash_next = *b;
	*b = c;
}

static void index_remove(ir_table *t, const ir_chain *c)
{
	ir_chain **p = index_bucket(t, c->name);
	while (*p != c)
		p = &(*p)->hash_next;
	*p = c->hash_next;
}

/* Room for one more chain: at most one chain per bucket on average. */
static void index_reserve(ir_table *t)
{
	if (t->n + 1 <= t->nindex)
		return;
	free(t->index);
	t->nindex = t->nindex ? 2 * t->nindex : 16;
	t->index = xcalloc(t->nindex, sizeof *t->index);
	for (size_t i = 0; i < t->n; i++)
		index_add(t, t->chain[i]);
}

ir_chain *ir_chain_find(const ir_table *t, const char *name)
{
	if (!t->nindex)
		return NULL;
	for (ir_chain *c = *index_bucket(t, name); c; c = c->hash_next)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

ir_chain *ir_chain_new(ir_table *t, const char *name, bool builtin, srcloc loc)
{
	if (ir_chain_find(t, name))
		return NULL;
	ir_chain *c = xcalloc(1, sizeof *c);
	c->name = xstrdup(name);
	c->loc = loc;
	c->builtin = builtin;
	c->policy = IR_ACCEPT;
	c->policy_loc = loc;
	c->order = IR_FIRST_MATCH;
	c->table = t;
	index_reserve(t);
	t->chain = xgrow(t->chain, &t->cap, t->n + 1, sizeof *t->chain);
	t->chain[t->n++] = c;
	index_add(t, c);
	return c;
}

bool ir_chain_rename(ir_chain *c, const char *name)
{
	if (ir_chain_find(c->table, name))
		return false;
	index_remove(c->table, c);
	free(c->name);
	c->name = xstrdup(name);
	index_add(c->table, c);
	return true;
}

void ir_chain_policy(ir_chain *c, enum ir_action policy, srcloc loc)
{
	c->policy = policy;
	c->policy_loc = loc;
}

ir_rule *ir_rule_new(srcloc loc, const char *text, size_t textlen)
{
	ir_rule *r = xcalloc(1, sizeof *r);
	r->loc = loc;
	r->text = text ? xstrndup(text, textlen) : xstrdup("");
	r->action = IR_CONTINUE;
	return r;
}

ir_cond *ir_rule_cond(ir_rule *r, enum ir_field field, bool neg, srcloc loc)
{
	r->cond = xgrow(r->cond, &r->capcond, r->ncond + 1, sizeof *r->cond);
	ir_cond *c = &r->cond[r->ncond++];
	memset(c, 0, sizeof *c);
	c->field = field;
	c->neg = neg;
	c->loc = loc;
	return c;
}

void ir_cond_range(ir_cond *c, u128 lo, u128 hi)
{
	c->r = xgrow(c->r, &c->cap, c->n + 1, sizeof *c->r);
	c->r[c->n].lo = lo;
	c->r[c->n].hi = hi;
	c->n++;
}

void ir_cond_ifname(ir_cond *c, const char *name)
{
	free(c->ifname);
	c->ifname = xstrdup(name);
}

void ir_cond_bits(ir_cond *c, uint64_t bits)
{
	c->bits |= bits;
}

void ir_rule_unresolved(ir_rule *r, srcloc loc, const char *what)
{
	r->unres = xgrow(r->unres, &r->capunres, r->nunres + 1, sizeof *r->unres);
	r->unres[r->nunres].loc = loc;
	r->unres[r->nunres].what = xstrdup(what);
	r->unres[r->nunres].modelled = false;
	r->nunres++;
}

void ir_rule_unresolved_modelled(ir_rule *r, srcloc loc, const char *what)
{
	ir_rule_unresolved(r, loc, what);
	r->unres[r->nunres - 1].modelled = true;
}

void ir_rule_mark_effect(ir_rule *r, uint32_t mask, uint32_t xor_)
{
	r->mark_effect = true;
	r->mark_mask = mask;
	r->mark_xor = xor_;
}

void ir_rule_nat(ir_rule *r, const ir_nat *nat)
{
	if (!r->nat)
		r->nat = xmalloc(sizeof *r->nat);
	*r->nat = *nat;
}

void ir_rule_action(ir_rule *r, enum ir_action a, const char *target, srcloc loc)
{
	r->action = a;
	free(r->target);
	r->target = target ? xstrdup(target) : NULL;
	r->target_loc = loc;
}

void ir_chain_append(ir_chain *c, ir_rule *r)
{
	ir_chain_insert(c, c->n, r);
}

void ir_chain_insert(ir_chain *c, size_t pos, ir_rule *r)
{
	if (pos > c->n)
		pos = c->n;
	c->rule = xgrow(c->rule, &c->cap, c->n + 1, sizeof *c->rule);
	memmove(&c->rule[pos + 1], &c->rule[pos], (c->n - pos) * sizeof *c->rule);
	c->rule[pos] = r;
	c->n++;
}

void ir_chain_remove(ir_chain *c, size_t pos, size_t n)
{
	for (size_t i = pos; i < pos + n; i++)
		ir_rule_free(c->rule[i]);
	memmove(&c->rule[pos], &c->rule[pos + n], (c->n - pos - n) * sizeof *c->rule);
	c->n -= n;
}

void ir_chain_flush(ir_chain *c)
{
	for (size_t i = 0; i < c->n; i++)
		ir_rule_free(c->rule[i]);
	c->n = 0;
}

void ir_ruleset_finish(ir_ruleset *rs)
{
	rs->nrules = 0;
	rs->nchains = 0;
	for (size_t t = 0; t < rs->n; t++)
		for (size_t c = 0; c < rs->table[t]->n; c++) {
			ir_chain *ch = rs->table[t]->chain[c];
			ch->id = rs->nchains++;
			for (size_t i = 0; i < ch->n; i++) {
				ir_rule *r = ch->rule[i];
				r->index = i;
				r->chain = ch;
				/* Built by doubling; a 100,000-rule ruleset
				 * keeps them for its whole life: fit them. */
				if (r->capcond > r->ncond && r->ncond) {
					r->cond = xrealloc(r->cond, r->ncond * sizeof *r->cond);
					r->capcond = r->ncond;
				}
				for (size_t k = 0; k < r->ncond; k++) {
					ir_cond *cd = &r->cond[k];
					if (cd->cap > cd->n && cd->n) {
						cd->r = xrealloc(cd->r, cd->n * sizeof *cd->r);
						cd->cap = cd->n;
					}
				}
			}
			rs->nrules += ch->n;
		}
}

const ir_cond *ir_rule_find_cond(const ir_rule *r, enum ir_field f)
{
	for (size_t i = 0; i < r->ncond; i++)
		if (r->cond[i].field == f)
			return &r->cond[i];
	return NULL;
}

const char *ir_action_name(enum ir_action a)
{
	switch (a) {
	case IR_ACCEPT: return "ACCEPT";
	case IR_DROP: return "DROP";
	case IR_REJECT: return "REJECT";
	case IR_JUMP: return "JUMP";
	case IR_GOTO: return "GOTO";
	case IR_RETURN: return "RETURN";
	case IR_CONTINUE: return "CONTINUE";
	case IR_UNKNOWN: return "UNKNOWN";
	}
	return "?";
}

const char *ir_format_name(enum ir_format f)
{
	switch (f) {
	case IR_FMT_IPTABLES: return "iptables";
	case IR_FMT_PF: return "pf";
	case IR_FMT_CISCO: return "cisco";
	case IR_FMT_ASA: return "asa";
	}
	return "?";
}
