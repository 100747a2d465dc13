/* ipt_option.c - what an option of a line means.  iptables options are
 * getopt options whose meaning depends on the match modules loaded before
 * them (iptables-extensions(8)): an option goes to the last loaded module
 * that knows it, else to the protocol's implicit module, else to the
 * target.  Each fills the line state (ipt_int.h) or a condition of its
 * rule; the line's end (ipt_rule.c) makes the rules. */
#include "ipt_int.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xalloc.h"

static void mod_text(mod_inst *m, const char *s)
{
	size_t n = strlen(s);
	m->text = xgrow(m->text, &m->textcap, m->textlen + n + 2, 1);
	if (m->textlen)
		m->text[m->textlen++] = ' ';
	memcpy(m->text + m->textlen, s, n + 1);
	m->textlen += n;
}

/* Words as iptables shows them: quoted when they hold blanks. */
static void mod_word(mod_inst *m, const char *s)
{
	if (*s && !strpbrk(s, " \t\"")) {
		mod_text(m, s);
		return;
	}
	char *q = xasprintf("\"%s\"", s);
	mod_text(m, q);
	free(q);
}

/* Start the unresolved note of m: "-m NAME". Only modules fwlint cannot
 * interpret (or options of them it cannot) need one; building it for
 * every -m comment would cost a string per rule. */
static void mod_note(mod_inst *m)
{
	if (m->textlen || !m->def)
		return;
	mod_text(m, "-m");
	mod_text(m, m->def->name);
}

static mod_inst *mod_add(line_state *L, const struct module_def *def,
			 const char *name, srcloc loc)
{
	L->mod = xgrow(L->mod, &L->capmod, L->nmod + 1, sizeof *L->mod);
	mod_inst *m = &L->mod[L->nmod++];
	memset(m, 0, sizeof *m);
	m->def = def;
	m->name = def ? def->name : name;
	m->loc = loc;
	return m;
}

void ipt_rule_counters(struct ipt_ctx *ctx, const char *counters, srcloc loc)
{
	ipt_line_begin(ctx, loc);
}

/* Whether the target may have options fwlint does not interpret: not the
 * standard targets, not a chain. */
static bool target_takes_options(struct ipt_ctx *ctx)
{
	line_state *L = &ctx->L;
	if (L->tdef) {
		const char *n = L->tdef->name;
		return strcmp(n, "ACCEPT") && strcmp(n, "DROP") && strcmp(n, "RETURN") &&
		       !ipt_target_opts(n);
	}
	if (ctx->table) {
		chain_ent *e = ipt_chain_lookup(ctx->table, L->target);
		if (e && !e->deleted)
			return false;
	}
	return true;
}

/* The module that takes option name: a module fwlint interprets that
 * knows it (the last loaded first), then the protocol's implicit module,
 * then the target's options, then the last loaded module or target fwlint
 * does not interpret. */
static mod_inst *option_owner(struct ipt_ctx *ctx, const char *name,
			      const struct opt_def **od)
{
	line_state *L = &ctx->L;
	for (size_t i = L->nmod; i-- > 0;) {
		mod_inst *m = &L->mod[i];
		if (m->def && m->def->opts && (*od = ipt_opts_find(m->def->opts, name)))
			return m;
	}
	if (L->proto > 0 && !L->proto_neg) {
		const struct module_def *im = ipt_implicit_module(L->proto, ctx->family);
		if (im && im->opts && (*od = ipt_opts_find(im->opts, name))) {
			/* load it, as iptables does */
			return mod_add(L, im, NULL, L->proto_loc);
		}
		if (im && !im->opts) {
			bool loaded = false;
			for (size_t i = 0; i < L->nmod; i++)
				loaded |= L->mod[i].def == im;
			if (!loaded) {
				mod_inst *m = mod_add(L, im, NULL, L->proto_loc);
				mod_note(m);
				m->unresolved = true;
			}
		}
	}
	*od = NULL;
	for (size_t i = L->nmod; i-- > 0;) {
		mod_inst *m = &L->mod[i];
		if (!m->def && L->tdef && (*od = ipt_opts_find(ipt_target_opts(L->tdef->name), name)))
			return m;
	}
	for (size_t i = L->nmod; i-- > 0;) {
		mod_inst *m = &L->mod[i];
		if (m->def && !m->def->opts)
			return m;
		if (!m->def && target_takes_options(ctx))
			return m;
	}
	return NULL;
}

/* The message for an option that nothing loaded knows. */
static void unknown_option(struct ipt_ctx *ctx, const char *name, srcloc loc)
{
	static const struct { const char *opt, *need; } hint[] = {
		{ "--dport", "'-p tcp' or '-p udp'" }, { "--sport", "'-p tcp' or '-p udp'" },
		{ "--destination-port", "'-p tcp' or '-p udp'" },
		{ "--source-port", "'-p tcp' or '-p udp'" },
		{ "--tcp-flags", "'-p tcp'" }, { "--syn", "'-p tcp'" }, { "--tcp-option", "'-p tcp'" },
		{ "--icmp-type", "'-p icmp'" }, { "--icmpv6-type", "'-p icmpv6'" },
		{ "--dports", "'-m multiport'" }, { "--sports", "'-m multiport'" },
		{ "--ports", "'-m multiport'" }, { "--src-range", "'-m iprange'" },
		{ "--dst-range", "'-m iprange'" }, { "--state", "'-m state'" },
		{ "--ctstate", "'-m conntrack'" }, { "--comment", "'-m comment'" },
		{ "--match-set", "'-m set'" }, { "--limit", "'-m limit'" },
		{ "--reject-with", "'-j REJECT'" }, { "--log-prefix", "'-j LOG'" },
	};
	for (size_t i = 0; i < sizeof hint / sizeof hint[0]; i++)
		if (strcmp(hint[i].opt, name) == 0) {
			ipt_error(ctx, loc, "'%s' needs %s", name, hint[i].need);
			return;
		}
	ipt_error(ctx, loc, "unknown option '%s'", name);
}

static bool check_nargs(struct ipt_ctx *ctx, const struct opt_def *od, const char *name,
			srcloc loc, ipt_args *args)
{
	size_t n = args ? args->n : 0;
	for (size_t i = 0; i < n; i++)
		if (args->v[i].bang) {
			ipt_error(ctx, args->v[i].loc, "'!' must come before the option it negates");
			return false;
		}
	if ((int)n < od->amin) {
		if (od->amin == 1)
			ipt_error(ctx, loc, "'%s' needs an argument", name);
		else
			ipt_error(ctx, loc, "'%s' needs %d arguments", name, od->amin);
		return false;
	}
	if ((int)n > od->amax) {
		ipt_error(ctx, args->v[od->amax].loc, "unexpected argument '%s' after '%s'",
			  args->v[od->amax].s, name);
		return false;
	}
	return true;
}

static void set_proto(struct ipt_ctx *ctx, bool neg, srcloc loc, const ipt_arg *a)
{
	line_state *L = &ctx->L;
	int p = ipt_proto_lookup(a->s);
	if (p < 0) {
		ipt_error(ctx, a->loc, "unknown protocol '%s'", a->s);
		return;
	}
	if (p == 0 && neg) {
		/* iptables: "rule would never match protocol" */
		ipt_error(ctx, a->loc, "'! -p %s' would never match", a->s);
		return;
	}
	L->proto = p;
	L->proto_neg = neg;
	L->proto_loc = a->loc;
	if (p != 0) { /* "all" (0) is no condition */
		ir_cond *c = ir_rule_cond(L->r, IR_PROTO, neg, srcloc_span(loc, a->loc));
		ir_cond_range(c, (u128)p, (u128)p);
	}
}

/* -s / -d: a comma list is one condition (iptables adds one rule per
 * address, which selects the same packets).  When one address cannot be
 * known the whole condition is left out and the rule is unresolved: a
 * narrower condition would claim the rule matches less than it does. */
static void set_addresses(struct ipt_ctx *ctx, enum ir_field f, bool neg, srcloc loc,
			  const ipt_arg *a)
{
	line_state *L = &ctx->L;
	size_t n = 1;
	for (const char *p = a->s; *p; p++)
		n += *p == ',';
	if (neg && n > 1) {
		/* iptables: "! not allowed with multiple source or
		 * destination IP addresses" */
		ipt_error(ctx, a->loc, "'!' cannot be used with a list of addresses");
		return;
	}
	/* nor with a list on the other side: iptables refuses any '!' on -s
	 * or -d once one of them is a list (xshared.c) */
	size_t other = f == IR_SRC ? L->ndst : L->nsrc;
	bool other_neg = f == IR_SRC ? L->dst_neg : L->src_neg;
	if ((neg && other > 1) || (n > 1 && other_neg)) {
		ipt_error(ctx, a->loc, "'!' cannot be used with '-s' or '-d' when the other is a list of addresses");
		return;
	}
	if (f == IR_SRC)
		L->src_neg = neg;
	else
		L->dst_neg = neg;
	if (!*a->s || a->s[strlen(a->s) - 1] == ',' || *a->s == ',' || strstr(a->s, ",,")) {
		ipt_error(ctx, a->loc, "empty address in list '%s'", a->s);
		return;
	}
	if (f == IR_SRC)
		L->nsrc = n;
	else
		L->ndst = n;
	ir_cond tmp;
	memset(&tmp, 0, sizeof tmp);
	char *copy = xstrdup(a->s), *save = NULL, *why = NULL;
	bool known = true;
	for (char *tok = strtok_r(copy, ",", &save); tok && !L->failed;
	     tok = strtok_r(NULL, ",", &save)) {
		char *w = NULL;
		if (!ipt_add_address(ctx, &tmp, tok, a->loc, &w) && w) {
			known = false;
			if (!why)
				why = w;
			else
				free(w);
		}
	}
	free(copy);
	if (!L->failed && known) {
		ir_cond *c = ir_rule_cond(L->r, f, neg, srcloc_span(loc, a->loc));
		for (size_t i = 0; i < tmp.n; i++)
			ir_cond_range(c, tmp.r[i].lo, tmp.r[i].hi);
	} else if (!L->failed) {
		char *w = xasprintf("%s%s %s: %s", neg ? "! " : "", f == IR_SRC ? "-s" : "-d",
				    a->s, why);
		ir_rule_unresolved(L->r, srcloc_span(loc, a->loc), w);
		free(w);
	}
	free(why);
	free(tmp.r);
}

static void set_iface(struct ipt_ctx *ctx, enum ir_field f, bool neg, srcloc loc,
		      const ipt_arg *a)
{
	/* xtables_parse_interface(): at most IFNAMSIZ - 1 bytes, '+' only
	 * at the end */
	size_t n = strlen(a->s);
	if (n == 0 || n > 15) {
		ipt_error(ctx, a->loc, "interface name '%s' must be 1 to 15 characters", a->s);
		return;
	}
	const char *plus = strchr(a->s, '+');
	if (plus && plus[1]) {
		ipt_error(ctx, a->loc, "'+' may only end an interface name, in '%s'", a->s);
		return;
	}
	ir_cond *c = ir_rule_cond(ctx->L.r, f, neg, srcloc_span(loc, a->loc));
	ir_cond_ifname(c, a->s);
}

static void command_option(struct ipt_ctx *ctx, const struct opt_def *od, const char *name,
			   srcloc loc, ipt_args *args)
{
	line_state *L = &ctx->L;
	if (L->cmd) {
		ipt_error(ctx, loc, "'%s' cannot be used with '%s': one command per line", name, L->cmd_name);
		return;
	}
	if (od->id == O_LIST) {
		ipt_error(ctx, loc, "'%s' cannot be used in an iptables-restore file", name);
		return;
	}
	L->cmd = od->id;
	L->cmd_name = od->name;
	L->cmd_loc = loc;
	size_t n = args ? args->n : 0;
	if (n >= 1) {
		L->chain = xstrdup(args->v[0].s);
		L->chain_loc = args->v[0].loc;
	}
	if (n >= 2) {
		const ipt_arg *a = &args->v[1];
		unsigned long num;
		if (od->id == O_POLICY || od->id == O_RENAME) {
			L->arg2 = xstrdup(a->s);
			L->arg2_loc = a->loc;
		} else if (!ipt_parse_uint(a->s, INT_MAX, &num) || num == 0) {
			ipt_error(ctx, a->loc, "bad rule number '%s', expected a number from 1", a->s);
		} else {
			L->num = (long)num;
			L->num_loc = a->loc;
		}
	}
	if (od->id == O_REPLACE && n < 2)
		ipt_error(ctx, loc, "'%s' needs a chain and a rule number", name);
}

static void module_option(struct ipt_ctx *ctx, mod_inst *m, const struct opt_def *od,
			  const char *name, srcloc loc, bool neg, srcloc negloc, ipt_args *args)
{
	line_state *L = &ctx->L;
	ir_rule *r = L->r;
	const ipt_arg *a = args && args->n ? &args->v[0] : NULL;
	srcloc span = srcloc_span(neg ? negloc : loc, a ? args->v[args->n - 1].loc : loc);

	if (neg && !od->negatable) {
		ipt_error(ctx, negloc, "'!' cannot be used with '%s'", name);
		return;
	}
	if (od->id < 64 && (m->seen >> od->id) & 1) {
		ipt_error(ctx, loc, "'%s' can be given only once per '%s %s'", name, m->def ? "-m" : "-j", m->name);
		return;
	}
	if (od->id < 64)
		m->seen |= (uint64_t)1 << od->id;
	if (!check_nargs(ctx, od, name, loc, args))
		return;

	switch (od->id) {
	case M_SPORT:
	case M_DPORT: {
		unsigned lo, hi;
		if (!ipt_port_range(ctx, a->s, a->loc, &lo, &hi))
			return;
		ir_cond *c = ir_rule_cond(r, od->id == M_SPORT ? IR_SPORT : IR_DPORT, neg, span);
		ir_cond_range(c, lo, hi);
		return;
	}
	case M_SPORTS:
	case M_DPORTS:
	case M_PORTS: {
		ir_range *rr;
		size_t n;
		if (!ipt_multiport_list(ctx, a->s, a->loc, &rr, &n))
			return;
		if (od->id == M_PORTS) {
			L->alt = xgrow(L->alt, &L->capalt, L->nalt + 1, sizeof *L->alt);
			L->alt[L->nalt++] = (ports_alt){ rr, n, neg, span };
			return;
		}
		ir_cond *c = ir_rule_cond(r, od->id == M_SPORTS ? IR_SPORT : IR_DPORT, neg, span);
		for (size_t i = 0; i < n; i++)
			ir_cond_range(c, rr[i].lo, rr[i].hi);
		free(rr);
		return;
	}
	case M_TCPFLAGS:
	case M_SYN: {
		unsigned mask, comp;
		if (od->id == M_SYN) {
			/* iptables-extensions(8): --syn is
			 * --tcp-flags SYN,RST,ACK,FIN SYN */
			mask = TCPF_FIN | TCPF_SYN | TCPF_RST | TCPF_ACK;
			comp = TCPF_SYN;
		} else if (!ipt_tcp_flags(ctx, args->v[0].s, args->v[0].loc, &mask) ||
			   !ipt_tcp_flags(ctx, args->v[1].s, args->v[1].loc, &comp)) {
			return;
		}
		ir_cond *c = ir_rule_cond(r, IR_TCPFLAGS, neg, span);
		ir_cond_bits(c, tcpflags_match(mask, comp));
		return;
	}
	case M_SRCRANGE:
	case M_DSTRANGE: {
		ir_cond *c = ir_rule_cond(r, od->id == M_SRCRANGE ? IR_SRC : IR_DST, neg, span);
		ipt_add_iprange(ctx, c, a->s, a->loc);
		return;
	}
	case M_STATE:
	case M_CTSTATE: {
		unsigned bits;
		bool virt;
		if (!ipt_ct_states(ctx, a->s, a->loc, od->id == M_CTSTATE, &bits, &virt))
			return;
		if (virt) {
			/* "--ctstate DNAT" asks how the connection was
			 * translated: not a state fwlint follows */
			m->unresolved = true;
			mod_note(m);
			mod_text(m, neg ? "! --ctstate" : "--ctstate");
			mod_word(m, a->s);
			return;
		}
		ir_cond *c = ir_rule_cond(r, IR_STATE, neg, span);
		ir_cond_bits(c, bits);
		return;
	}
	case M_ICMPTYPE:
	case M_ICMP6TYPE: {
		unsigned lo, hi;
		if (!ipt_icmp_type(ctx, a->s, a->loc, od->id == M_ICMP6TYPE, &lo, &hi))
			return;
		ir_cond *c = ir_rule_cond(r, IR_DPORT, neg, span);
		ir_cond_range(c, lo, hi);
		return;
	}
	case M_COMMENT:
		/* xt_comment.h: XT_MAX_COMMENT_LEN 256, with the NUL */
		if (strlen(a->s) > 255)
			ipt_error(ctx, a->loc, "comment is longer than 255 characters");
		return;
	case T_REJECTWITH:
		if (!ipt_reject_with_ok(a->s, ctx->family)) {
			ipt_error(ctx, a->loc, "unknown reject type '%s'", a->s);
			return;
		}
		free(L->reject_with);
		L->reject_with = xstrdup(a->s);
		L->reject_loc = a->loc;
		return;
	case T_LOGLEVEL:
		if (!ipt_log_level_ok(a->s))
			ipt_error(ctx, a->loc, "unknown log level '%s', expected 0-7, emerg, alert, crit, error, warning, notice, info, debug or panic",
				  a->s);
		return;
	case T_LOGPREFIX:
		if (!*a->s)
			ipt_error(ctx, a->loc, "'--log-prefix' needs a text of at least one character");
		return;
	case T_LOGTCPSEQ:
	case T_LOGTCPOPT:
	case T_LOGIPOPT:
	case T_LOGUID:
	case T_LOGMAC:
		return;
	case M_TCPOPT:
	case M_CTOTHER:
	case M_OTHER:
	default:
		m->unresolved = true;
		mod_note(m);
		if (neg)
			mod_text(m, "!");
		mod_text(m, name);
		for (size_t i = 0; args && i < args->n; i++)
			mod_word(m, args->v[i].s);
		return;
	}
}

void ipt_option(struct ipt_ctx *ctx, const char *name, srcloc loc,
		bool neg, srcloc negloc, ipt_args *args)
{
	char *eq = NULL, *nm = NULL;
	ipt_line_begin(ctx, neg ? negloc : loc);
	line_state *L = &ctx->L;
	if (L->failed || L->skip || ctx->gave_up)
		goto out;

	/* getopt_long() also takes "--opt=value" */
	if (name[0] == '-' && name[1] == '-' && (eq = strchr(name, '='))) {
		nm = xstrndup(name, (size_t)(eq - name));
		srcloc vl = loc;
		vl.col += (int)(eq - name) + 1;
		ipt_args *na = ipt_args_add(ctx, NULL, arena_strndup(&ctx->arena, eq + 1, strlen(eq + 1)), vl, false);
		for (size_t i = 0; args && i < args->n; i++)
			ipt_args_add(ctx, na, args->v[i].s, args->v[i].loc, args->v[i].bang);
		args = na;
		name = nm;
	}
	loc.end_col = loc.col + (int)strlen(name) - 1;

	for (size_t i = 0; args && i < args->n; i++)
		if (args->v[i].bang && i == 0 && args->n > 1) {
			/* "-s ! addr": iptables 1.4 intrapositioned negation */
			if (neg) {
				ipt_error(ctx, args->v[i].loc, "'!' given twice");
				goto out;
			}
			neg = true;
			negloc = args->v[i].loc;
			memmove(&args->v[0], &args->v[1], (args->n - 1) * sizeof args->v[0]);
			args->n--;
			break;
		}

	/* getopt: "-ptcp" is "-p tcp" */
	if (name[0] == '-' && name[1] != '-' && name[1] && name[2]) {
		char shortname[3] = { '-', name[1], '\0' };
		const struct opt_def *sd = ipt_core_find(shortname);
		if (sd && sd->amax > 0) {
			srcloc vl = loc;
			vl.col += 2;
			ipt_args *na = ipt_args_add(ctx, NULL, arena_strndup(&ctx->arena, name + 2, strlen(name + 2)),
						    vl, false);
			for (size_t i = 0; args && i < args->n; i++)
				ipt_args_add(ctx, na, args->v[i].s, args->v[i].loc, args->v[i].bang);
			args = na;
			free(nm);
			nm = xstrdup(shortname);
			name = nm;
			loc.end_col = loc.col + 1;
		}
	}

	const struct opt_def *od = ipt_core_find(name);
	if (od) {
		if (neg && !od->negatable) {
			ipt_error(ctx, negloc, "'!' cannot be used with '%s'", name);
			goto out;
		}
		if (!check_nargs(ctx, od, name, loc, args))
			goto out;
		if (OPT_CMD(od->id)) {
			command_option(ctx, od, name, loc, args);
			goto out;
		}
		unsigned bit = (unsigned)od->id;
		if (od->id != O_MATCH && od->id != O_QUIET && ((L->core_seen >> bit) & 1)) {
			ipt_error(ctx, loc, "'%s' can be given only once", name);
			goto out;
		}
		L->core_seen |= (uint64_t)1 << bit;
		if (od->id != O_IPV4 && od->id != O_IPV6 && od->id != O_QUIET &&
		    od->id != O_SETCOUNTERS && od->id != O_TABLE && !L->nonspec) {
			L->nonspec = true;
			L->nonspec_loc = loc;
			L->nonspec_name = od->name;
		}
		const ipt_arg *a = args && args->n ? &args->v[0] : NULL;
		switch (od->id) {
		case O_PROTO:
			set_proto(ctx, neg, neg ? negloc : loc, a);
			break;
		case O_SRC:
		case O_DST:
			set_addresses(ctx, od->id == O_SRC ? IR_SRC : IR_DST, neg,
				      neg ? negloc : loc, a);
			break;
		case O_IN:
		case O_OUT:
			set_iface(ctx, od->id == O_IN ? IR_IIF : IR_OIF, neg, neg ? negloc : loc, a);
			break;
		case O_FRAG:
			if (ctx->family == 6) {
				ipt_error(ctx, loc, "unknown option '%s' (ip6tables has no '-f', use '-m frag')", name);
				break;
			}
			ir_rule_unresolved(L->r, neg ? negloc : loc,
					   neg ? "! -f (not a later fragment)" : "-f (later fragments)");
			break;
		case O_JUMP:
		case O_GOTO: {
			if (L->target) {
				ipt_error(ctx, loc, "a rule has one target: '-j' or '-g' given twice");
				break;
			}
			L->target = xstrdup(a->s);
			L->target_loc = a->loc;
			L->is_goto = od->id == O_GOTO;
			L->tdef = ipt_target_find(a->s);
			mod_add(L, NULL, L->target, loc);
			L->target_mod = L->nmod - 1;
			break;
		}
		case O_MATCH: {
			const struct module_def *md = ipt_module_find(a->s);
			if (!md) {
				ipt_error(ctx, a->loc, "unknown match module '%s'", a->s);
				break;
			}
			if (md->family && ctx->family && md->family != ctx->family) {
				ipt_error(ctx, a->loc, "'-m %s' is not available in %s", a->s,
					  ctx->family == 6 ? "ip6tables" : "iptables (IPv4)");
				break;
			}
			mod_inst *m = mod_add(L, md, NULL, a->loc);
			m->unresolved = md->opts == NULL;
			if (m->unresolved)
				mod_note(m);
			break;
		}
		case O_TABLE:
			/* iptables-restore: "The -t option cannot be used" */
			ipt_error(ctx, loc, "'%s' cannot be used in an iptables-restore file: the table is given by '*table'",
				  name);
			break;
		case O_IPV4:
		case O_IPV6:
			if (!ctx->family)
				L->r->family = od->id == O_IPV4 ? 4 : 6;
			else if ((od->id == O_IPV4) != (ctx->family == 4))
				L->skip = true; /* the other family's line */
			break;
		case O_SETCOUNTERS: {
			/* "-c PKTS BYTES" or "-c PKTS,BYTES" */
			bool ok = true;
			if (args->n == 1) {
				const char *comma = strchr(a->s, ',');
				char *p0 = comma ? xstrndup(a->s, (size_t)(comma - a->s)) : NULL;
				ok = p0 && ipt_parse_counter(p0) && ipt_parse_counter(comma + 1);
				free(p0);
			} else {
				ok = ipt_parse_counter(args->v[0].s) && ipt_parse_counter(args->v[1].s);
			}
			if (!ok)
				ipt_error(ctx, a->loc, "bad counters after '%s', expected PACKETS BYTES", name);
			break;
		}
		default:
			break;
		}
		goto out;
	}

	mod_inst *m = option_owner(ctx, name, &od);
	if (!m) {
		unknown_option(ctx, name, loc);
		goto out;
	}
	if (!L->nonspec) {
		L->nonspec = true;
		L->nonspec_loc = loc;
		L->nonspec_name = name;
	}
	if (od) {
		module_option(ctx, m, od, name, loc, neg, negloc, args);
	} else {
		/* a module or target fwlint does not interpret: keep the
		 * words for the unresolved note */
		for (size_t i = 0; args && i < args->n; i++)
			if (args->v[i].bang) {
				ipt_error(ctx, args->v[i].loc, "'!' must come before the option it negates");
				goto out;
			}
		if (m->def) { /* a target's options do not change its verdict */
			if (neg)
				mod_text(m, "!");
			mod_text(m, name);
			for (size_t i = 0; args && i < args->n; i++)
				mod_word(m, args->v[i].s);
		}
	}
out:
	free(nm);
}
