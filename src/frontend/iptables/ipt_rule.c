/* ipt_rule.c - the end of a line: the rule commands -A, -I, -R, -D and
 * -C, the rules a line becomes, and the rule numbers iptables gives them. */
#include "ipt_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* A copy of r made through the builder, with its location and text. */
static ir_rule *rule_clone(const ir_rule *r, srcloc loc, const char *text, size_t tlen)
{
	ir_rule *c = ir_rule_new(loc, text, tlen);
	for (size_t i = 0; i < r->ncond; i++) {
		const ir_cond *s = &r->cond[i];
		ir_cond *d = ipt_cond_ranges(c, s->field, s->neg, s->loc, s->r, s->n);
		if (s->ifname)
			ir_cond_ifname(d, s->ifname);
		ir_cond_bits(d, s->bits);
	}
	for (size_t i = 0; i < r->nunres; i++)
		if (r->unres[i].modelled)
			ir_rule_unresolved_modelled(c, r->unres[i].loc, r->unres[i].what);
		else
			ir_rule_unresolved(c, r->unres[i].loc, r->unres[i].what);
	ir_rule_action(c, r->action, r->target, r->target_loc);
	if (r->mark_effect)
		ir_rule_mark_effect(c, r->mark_mask, r->mark_xor);
	if (r->nat)
		ir_rule_nat(c, r->nat);
	c->notrack = r->notrack;
	c->mark_restore = r->mark_restore;
	c->jump = r->jump;
	c->family = r->family;
	return c;
}

/* The IR rules of one line: 2^k of them for k "--ports" lists.
 * Alternative bit j set: sport not in P_j and dport in P_j; clear: sport
 * in P_j.  Negated: one rule with both ports outside P_j. */
static size_t expand_rules(line_state *L, srcloc loc, const char *text, size_t tlen,
			   ir_rule ***out)
{
	size_t npos = 0;
	for (size_t j = 0; j < L->nalt; j++)
		npos += !L->alt[j].neg;
	size_t n = (size_t)1 << npos;
	ir_rule **v = xcalloc(n, sizeof *v);
	for (size_t k = 0; k < n; k++) {
		ir_rule *r = k + 1 == n ? L->r : rule_clone(L->r, loc, text, tlen);
		size_t bit = 0;
		for (size_t j = 0; j < L->nalt; j++) {
			const ports_alt *a = &L->alt[j];
			if (a->neg) {
				ipt_cond_ranges(r, IR_SPORT, true, a->loc, a->r, a->n);
				ipt_cond_ranges(r, IR_DPORT, true, a->loc, a->r, a->n);
				continue;
			}
			bool second = (k >> bit++) & 1;
			ipt_cond_ranges(r, IR_SPORT, second, a->loc, a->r, a->n);
			if (second)
				ipt_cond_ranges(r, IR_DPORT, false, a->loc, a->r, a->n);
		}
		v[k] = r;
	}
	L->r = NULL;
	*out = v;
	return n;
}

/* Whether w is one of the NULL-ended words. */
static bool word_in(const char *w, const char *const *words)
{
	for (; *words; words++)
		if (strcmp(w, *words) == 0)
			return true;
	return false;
}

/* The words of a rule spec, for -D/-C by specification: the line without
 * its counters, its command and chain, "-c N N", "-4"/"-6", with quotes
 * removed, each word ended by \x1f.  iptables compares the compiled rules;
 * two spellings of one rule ("--dport 80" and "--dport http") are not seen
 * as equal here, which only makes a -D find nothing (a warning). */
static char *spec_key(const char *s, size_t len)
{
	static const char *const cmd[] = { "-A", "--append", "-D", "--delete", "-C", "--check",
					   NULL };
	static const char *const cmd_num[] = { "-I", "--insert", "-R", "--replace", NULL };
	static const char *const counters[] = { "-c", "--set-counters", NULL };
	static const char *const family[] = { "-4", "-6", "--ipv4", "--ipv6", NULL };
	/* the words are no longer than the line, and each kept one is
	 * followed by a blank there: the key fits in len + 2 bytes */
	char *out = xmalloc(len + 2), *o = out;
	const char *p = s, *end = s + len;
	int skip = 0;
	bool first = true, skipnum = false;
	while ((p = ipt_next_word(p, end, o, (size_t)(out + len + 2 - o)))) {
		const char *w = o;
		if (first && w[0] == '[') { /* [pkts:bytes] */
			first = false;
			continue;
		}
		first = false;
		if (skip) {
			skip--;
			continue;
		}
		if (word_in(w, cmd)) {
			skip = 1; /* the chain */
			continue;
		}
		if (word_in(w, cmd_num)) {
			skip = 1;
			skipnum = true; /* the rule number after the chain */
			continue;
		}
		if (skipnum) {
			skipnum = false;
			if (strspn(w, "0123456789") == strlen(w))
				continue;
		}
		if (word_in(w, counters)) {
			skip = 2;
			continue;
		}
		if (word_in(w, family))
			continue;
		o += strlen(w);
		*o++ = '\x1f';
	}
	*o = '\0';
	return out;
}

/* The IR position of iptables rule number num (from 1) of e, and the
 * group it starts.  Returns false when num falls inside a group (a rule
 * that iptables expanded from address lists). */
static bool group_at(const chain_ent *e, long num, size_t *gi, size_t *pos, bool *past)
{
	uint64_t k = 0, m = 0;
	*past = false;
	for (size_t i = 0; i < e->ng; i++) {
		if ((uint64_t)num - 1 == k) {
			*gi = i;
			*pos = (size_t)m;
			return true;
		}
		if ((uint64_t)num - 1 < k + e->g[i].k) {
			*gi = i;
			*pos = (size_t)m;
			return false;
		}
		k += e->g[i].k;
		m += e->g[i].m;
	}
	*gi = e->ng;
	*pos = (size_t)m;
	*past = (uint64_t)num - 1 > k;
	return (uint64_t)num - 1 == k;
}

static size_t group_pos(const chain_ent *e, size_t gi)
{
	size_t m = 0;
	for (size_t i = 0; i < gi; i++)
		m += e->g[i].m;
	return m;
}

static void group_insert(chain_ent *e, size_t gi, uint32_t k, uint32_t m)
{
	e->g = xgrow(e->g, &e->capg, e->ng + 1, sizeof *e->g);
	memmove(&e->g[gi + 1], &e->g[gi], (e->ng - gi) * sizeof *e->g);
	e->g[gi].k = k;
	e->g[gi].m = m;
	e->ng++;
}

static void group_delete(chain_ent *e, size_t gi)
{
	size_t pos = group_pos(e, gi);
	ir_chain_remove(e->chain, pos, e->g[gi].m);
	memmove(&e->g[gi], &e->g[gi + 1], (e->ng - gi - 1) * sizeof *e->g);
	e->ng--;
}

/* The group whose rule spec equals key, or e->ng. */
static size_t group_find_spec(const chain_ent *e, const char *key)
{
	size_t pos = 0;
	for (size_t i = 0; i < e->ng; i++) {
		const char *t = e->chain->rule[pos]->text;
		char *k = spec_key(t, strlen(t));
		bool eq = strcmp(k, key) == 0;
		free(k);
		if (eq)
			return i;
		pos += e->g[i].m;
	}
	return e->ng;
}

/* Decide the rule's action from its target (iptables resolves -j first
 * as a chain of the table, then as a target extension). */
static bool set_action(struct ipt_ctx *ctx, ir_rule *r)
{
	line_state *L = &ctx->L;
	if (!L->target)
		return true; /* no target: counts and goes on */
	if (ipt_is_builtin(ctx->tdef, L->target)) {
		/* the kernel refuses a jump to a base chain; iptables-nft
		 * says "RULE_APPEND failed (Operation not supported)",
		 * iptables-legacy "line N failed" */
		ipt_error(ctx, L->target_loc,
			  "'%s %s': a rule cannot jump to built-in chain '%s' (iptables-restore: RULE_APPEND failed (Operation not supported))",
			  L->is_goto ? "-g" : "-j", L->target, L->target);
		return false;
	}
	chain_ent *e = ipt_chain_lookup(ctx->table, L->target);
	if (e && !e->deleted) {
		ir_rule_action(r, L->is_goto ? IR_GOTO : IR_JUMP, L->target, L->target_loc);
		r->jump = e->chain;
		return true;
	}
	const struct target_def *t = L->tdef;
	if (L->is_goto && t) {
		ipt_error(ctx, L->target_loc, "'-g' needs a user-defined chain, '%s' is a target", L->target);
		return false;
	}
	if (t) {
		if (t->tables && !(t->tables & ctx->tdef->bit)) {
			char list[80];
			ipt_table_names(t->tables, list, sizeof list);
			ipt_error(ctx, L->target_loc, "target '%s' is only valid in table %s, not '%s'",
				  t->name, list, ctx->table->name);
			return false;
		}
		ir_rule_action(r, t->action, t->name, L->target_loc);
		if (!ipt_nat_finish(ctx, r))
			return false;
		if (t->action == IR_UNKNOWN) {
			char *w = xasprintf("-j %s (%s)", t->name, t->why);
			ir_rule_unresolved(r, L->target_loc, w);
			free(w);
		}
		if (strcmp(t->name, "REJECT") == 0 && L->reject_with &&
		    (!strcmp(L->reject_with, "tcp-reset") || !strcmp(L->reject_with, "tcp-rst")) &&
		    (L->proto != PROTO_TCP || L->proto_neg)) {
			/* ipt_REJECT checkentry: "TCP_RESET invalid for non-tcp" */
			/* the kernel's REJECT checkentry refuses it */
			ipt_error(ctx, L->reject_loc, "RULE_APPEND failed (Invalid argument): '--reject-with tcp-reset' needs '-p tcp'");
			return false;
		}
		return true;
	}
	/* Neither a chain here nor a target fwlint knows: in a complete
	 * table, iptables-restore refuses it (iptables-nft: "Chain 'X' does
	 * not exist", iptables-legacy: "Couldn't load target `X'" or, for
	 * -g, "goto 'X' is not a chain"). */
	char hint[600];
	if (ipt_complete_table(ctx, hint, sizeof hint)) {
		ipt_error(ctx, L->target_loc,
			  "Chain '%s' does not exist: '%s %s' names neither a target nor a chain of this table; %s",
			  L->target, L->is_goto ? "-g" : "-j", L->target, hint);
		return false;
	}
	/* Otherwise an extension target (upper case by convention) or a
	 * chain that another file creates (ufw's before.rules jumps to
	 * chains of ufw-init). */
	ir_rule_action(r, IR_UNKNOWN, L->target, L->target_loc);
	bool upper = !L->is_goto;
	for (const char *p = L->target; *p; p++)
		upper &= !islower((unsigned char)*p);
	char *w = upper ? xasprintf("unknown target '%s'", L->target)
			: xasprintf("chain '%s' is not declared in table '%s' of this file",
				    L->target, ctx->table->name);
	ir_rule_unresolved(r, L->target_loc, w);
	free(w);
	return true;
}

/* Module checks that need the whole line (the kernel's xt_check_match():
 * "only valid for protocol N"). */
static bool check_modules(struct ipt_ctx *ctx)
{
	line_state *L = &ctx->L;
	for (size_t i = 0; i < L->nmod; i++) {
		const mod_inst *m = &L->mod[i];
		if (!m->def)
			continue;
		if (m->def->proto == 0)
			continue;
		bool multiport = m->def->proto < 0; /* struct module_def: -1 */
		bool proto_ok = !L->proto_neg;
		if (!multiport)
			proto_ok &= L->proto == m->def->proto;
		else
			proto_ok &= L->proto == PROTO_TCP || L->proto == PROTO_UDP ||
				    L->proto == PROTO_UDPLITE || L->proto == PROTO_SCTP ||
				    L->proto == PROTO_DCCP;
		/* iptables-nft (Debian 12's iptables) loads "! -p tcp -m tcp"
		 * and "! -p udp -m udp": it compares the bytes of the
		 * transport header whatever the protocol (iptables-legacy
		 * refuses them).  See ipt_nft_negated_proto(). */
		if (!multiport && L->proto_neg && L->proto == m->def->proto &&
		    (L->proto == PROTO_TCP || L->proto == PROTO_UDP))
			proto_ok = true;
		if (!proto_ok) {
			if (multiport)
				ipt_error(ctx, m->loc, "multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
			else if (L->proto_neg && L->proto == m->def->proto)
				ipt_error(ctx, m->loc, "'! -p %s -m %s': iptables-nft refuses it (RULE_APPEND failed (Invalid argument))",
					  ipt_proto_name(L->proto), m->name);
			else if (m->def->proto == PROTO_TCP || m->def->proto == PROTO_UDP)
				/* iptables-nft's words */
				ipt_error(ctx, m->loc, "%s match requires '-p %s' ('-m %s')",
					  m->def->proto == PROTO_TCP ? "TCP" : "UDP",
					  ipt_proto_name(m->def->proto), m->name);
			else
				ipt_error(ctx, m->loc, "'-m %s' needs '-p %s'", m->name,
					  ipt_proto_name(m->def->proto));
			return false;
		}
	}
	return true;
}

/* Modules that refuse to load without one of their options
 * (libxt_comment.c, libxt_state.c, libxt_conntrack.c, libxt_iprange.c,
 * libxt_multiport.c final_check). */
static bool check_required(struct ipt_ctx *ctx)
{
	line_state *L = &ctx->L;
	for (size_t i = 0; i < L->nmod; i++) {
		const mod_inst *m = &L->mod[i];
		const char *need = NULL;
		if (!m->def || m->seen)
			continue;
		if (!strcmp(m->name, "comment") || !strcmp(m->name, "state") ||
		    !strcmp(m->name, "mark")) {
			/* libxt_comment.c, libxt_state.c, libxt_mark.c:
			 * XTOPT_MAND */
			ipt_error(ctx, m->loc, "%s: option \"--%s\" must be specified", m->name,
				  m->name);
			return false;
		}
		else if (!strcmp(m->name, "conntrack"))
			need = "at least one option";
		else if (!strcmp(m->name, "iprange"))
			need = "'--src-range' or '--dst-range'";
		else if (!strcmp(m->name, "multiport"))
			need = "'--sports', '--dports' or '--ports'";
		else if (!strcmp(m->name, "icmp") || !strcmp(m->name, "icmp6")) {
			/* libipt_icmp.c, libip6t_icmp6.c: XTOPT_MAND */
			ipt_error(ctx, m->loc, "%s: option \"%s\" must be specified", m->name,
				  m->name[4] ? "--icmpv6-type" : "--icmp-type");
			return false;
		}
		if (need && !m->unresolved) {
			ipt_error(ctx, m->loc, "'-m %s' needs %s", m->name, need);
			return false;
		}
	}
	/* libxt_MARK.c mark_tg_check(): a MARK target that sets nothing */
	if (L->target && !strcmp(L->target, "MARK") && !L->target_opts) {
		ipt_error(ctx, L->target_loc,
			  "MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required");
		return false;
	}
	return true;
}

static void add_unresolved_modules(line_state *L, ir_rule *r)
{
	for (size_t i = 0; i < L->nmod; i++)
		if (L->mod[i].def && L->mod[i].unresolved)
			ir_rule_unresolved(r, L->mod[i].loc, L->mod[i].text);
}

/* iptables(8): -i is not allowed in OUTPUT and POSTROUTING, -o not in
 * INPUT and PREROUTING (the packet has no such interface there). */
static bool check_iface_chain(struct ipt_ctx *ctx, const char *chain)
{
	line_state *L = &ctx->L;
	for (size_t i = 0; i < L->r->ncond; i++) {
		const ir_cond *c = &L->r->cond[i];
		if (c->field == IR_IIF && (!strcmp(chain, "OUTPUT") || !strcmp(chain, "POSTROUTING"))) {
			ipt_error(ctx, c->loc, "'-i' cannot be used in chain '%s'", chain);
			return false;
		}
		if (c->field == IR_OIF && (!strcmp(chain, "INPUT") || !strcmp(chain, "PREROUTING"))) {
			ipt_error(ctx, c->loc, "'-o' cannot be used in chain '%s'", chain);
			return false;
		}
	}
	return true;
}

/* The text of the line, without blanks around it. */
static const char *span_text(const struct ipt_ctx *ctx, ipt_span span, size_t *len)
{
	const char *text = ctx->buf + span.off;
	size_t tlen = span.len;
	while (tlen && (text[tlen - 1] == ' ' || text[tlen - 1] == '\t' || text[tlen - 1] == '\r'))
		tlen--;
	while (tlen && (*text == ' ' || *text == '\t')) {
		text++;
		tlen--;
	}
	*len = tlen;
	return text;
}

/* In a dump that names no family, a line marked -4 or -6 is for one
 * family only, but fwlint has one ruleset for both. */
static void warn_one_family(struct ipt_ctx *ctx, const chain_ent *e, srcloc loc)
{
	const line_state *L = &ctx->L;
	if (ctx->family)
		return;
	if (L->r->family && L->cmd != O_APPEND && L->cmd != O_INSERT)
		ipt_warn(ctx, loc, "'%s' marked -%d changes the rules of one family only, in a file that names no family; fwlint applies it to both",
			 L->cmd_name, L->r->family);
	else if (L->num && e->one_family)
		ipt_warn(ctx, L->num_loc, "'%s %s %ld': the rule numbers of chain '%s' differ between iptables and ip6tables (lines marked -4 or -6); fwlint counts every line",
			 L->cmd_name, L->chain, L->num, L->chain);
}

/* -D / -C, by rule number or by rule spec. */
static void delete_rule(struct ipt_ctx *ctx, chain_ent *e, srcloc loc, const char *text,
			size_t tlen)
{
	const line_state *L = &ctx->L;
	size_t gi, pos;
	bool past, exact = true;
	if (L->num) {
		if (L->nonspec) {
			ipt_error(ctx, L->nonspec_loc, "'%s' cannot be used with '%s CHAIN NUMBER'",
				  L->nonspec_name, L->cmd_name);
			return;
		}
		exact = group_at(e, L->num, &gi, &pos, &past);
		if (gi == e->ng) {
			ipt_warn(ctx, L->num_loc,
				 "'%s %s %ld': chain '%s' has no rule %ld in this file (is the file loaded with --noflush?)",
				 L->cmd_name, L->chain, L->num, L->chain, L->num);
			return;
		}
	} else {
		char *key = spec_key(text, tlen);
		gi = group_find_spec(e, key);
		free(key);
		if (gi == e->ng) {
			ipt_warn(ctx, loc,
				 "'%s': no such rule in chain '%s' in this file (is the file loaded with --noflush?)",
				 L->cmd_name, L->chain);
			return;
		}
	}
	if (!exact || e->g[gi].k != 1) {
		ipt_warn(ctx, loc, "'%s' removes one of the rules that iptables made from an address list; fwlint keeps them all",
			 L->cmd_name);
		return;
	}
	if (L->cmd == O_DELETE)
		group_delete(e, gi);
}

/* Where -I or -R puts the line's rules: group *gi, IR position *pos.  -R
 * removes the rule it replaces. */
static void insert_place(struct ipt_ctx *ctx, chain_ent *e, size_t *gi, size_t *pos)
{
	const line_state *L = &ctx->L;
	long num = L->num ? L->num : 1;
	bool past, exact = group_at(e, num, gi, pos, &past);
	if (L->cmd == O_REPLACE) {
		if (*gi == e->ng)
			ipt_warn(ctx, L->num_loc,
				 "'-R %s %ld': chain '%s' has no rule %ld in this file; the rule is appended",
				 L->chain, num, L->chain, num);
		else if (!exact || e->g[*gi].k != 1)
			ipt_warn(ctx, L->num_loc, "'-R' replaces one of the rules that iptables made from an address list; fwlint inserts the new rule before them");
		else
			group_delete(e, *gi);
	} else if (past) {
		ipt_warn(ctx, L->num_loc,
			 "'-I %s %ld': chain '%s' has fewer rules in this file; the rule is appended (is the file loaded with --noflush?)",
			 L->chain, num, L->chain);
	} else if (!exact) {
		ipt_warn(ctx, L->num_loc, "'-I' inserts between the rules that iptables made from an address list; fwlint inserts before them");
	}
}

/* -A / -I / -R: the line's rules go into e, as one group. */
static void add_rule(struct ipt_ctx *ctx, chain_ent *e, srcloc loc, const char *text,
		     size_t tlen)
{
	line_state *L = &ctx->L;
	ir_rule *base = L->r;
	if (!set_action(ctx, base))
		return;
	add_unresolved_modules(L, base);
	int family = base->family;

	ir_rule **v;
	size_t n = expand_rules(L, loc, text, tlen, &v);
	/* iptables made one rule per address pair */
	uint32_t k = (uint32_t)((L->nsrc ? L->nsrc : 1) * (L->ndst ? L->ndst : 1));
	size_t gi = e->ng, pos = e->chain->n;
	if (L->cmd == O_INSERT || L->cmd == O_REPLACE)
		insert_place(ctx, e, &gi, &pos);
	for (size_t i = 0; i < n; i++)
		ir_chain_insert(e->chain, pos + i, v[i]);
	free(v);
	group_insert(e, gi, k, (uint32_t)n);
	e->one_family |= family != 0;
}

/* -A, -I, -R, -D, -C at the end of their line. */
static void rule_command(struct ipt_ctx *ctx, srcloc loc, ipt_span span)
{
	line_state *L = &ctx->L;
	chain_ent *e = ipt_need_chain(ctx, L->chain, L->chain_loc);
	if (!e)
		return;
	if (!check_modules(ctx) || !check_required(ctx) || !check_iface_chain(ctx, L->chain))
		return;
	size_t tlen;
	const char *text = span_text(ctx, span, &tlen);
	warn_one_family(ctx, e, loc);
	if (L->cmd == O_DELETE || L->cmd == O_CHECK)
		delete_rule(ctx, e, loc, text, tlen);
	else
		add_rule(ctx, e, loc, text, tlen);
}

void ipt_rule_end(struct ipt_ctx *ctx, srcloc loc, ipt_span span)
{
	line_state *L = &ctx->L;
	ipt_line_begin(ctx, loc);
	if (L->failed || L->skip || ctx->gave_up)
		goto out;
	if (!ipt_need_table(ctx, loc))
		goto out;
	if (!L->cmd) {
		ipt_error(ctx, loc, "no command, expected '-A CHAIN' (or -I, -D, -R, -N, -X, -F, -Z, -P, -E) on this line");
		goto out;
	}
	if (L->chain && L->cmd != O_NEWCHAIN && L->cmd != O_RENAME &&
	    strlen(L->chain) > 28) {
		ipt_error(ctx, L->chain_loc, "chain name '%s' is longer than 28 characters", L->chain);
		goto out;
	}
	switch (L->cmd) {
	case O_APPEND:
	case O_INSERT:
	case O_REPLACE:
	case O_DELETE:
	case O_CHECK:
		rule_command(ctx, loc, span);
		break;
	default:
		ipt_chain_command(ctx, loc);
		break;
	}
out:
	ipt_line_reset(L);
}
