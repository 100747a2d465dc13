/* ipt_match.c - the options of match modules and targets.  iptables
 * options are getopt options whose meaning depends on the modules loaded
 * before them (iptables-extensions(8)): an option goes to the last loaded
 * module that knows it, else to the protocol's implicit module, else to
 * the target (option_owner()).  Modules fwlint does not interpret keep
 * their words for the rule's unresolved note. */
#include "ipt_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
void ipt_mod_note(mod_inst *m)
{
	if (m->textlen || !m->def)
		return;
	mod_text(m, "-m");
	mod_text(m, m->def->name);
}

mod_inst *ipt_mod_add(line_state *L, const struct module_def *def,
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
			return ipt_mod_add(L, im, NULL, L->proto_loc);
		}
		if (im && !im->opts) {
			bool loaded = false;
			for (size_t i = 0; i < L->nmod; i++)
				loaded |= L->mod[i].def == im;
			if (!loaded) {
				mod_inst *m = ipt_mod_add(L, im, NULL, L->proto_loc);
				ipt_mod_note(m);
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
			/* iptables' words, then what would load it */
			ipt_error(ctx, loc, "unknown option \"%s\": it needs %s", name, hint[i].need);
			return;
		}
	ipt_error(ctx, loc, "unknown option \"%s\"", name);
}

/* The words of an option fwlint does not interpret, for the unresolved
 * note of its module. */
static void mod_note_option(mod_inst *m, const opt_use *o)
{
	ipt_mod_note(m);
	if (o->neg)
		mod_text(m, "!");
	mod_text(m, o->name);
	for (size_t i = 0; o->args && i < o->args->n; i++)
		mod_word(m, o->args->v[i].s);
}

/* --sport / --dport (tcp, udp, sctp, dccp) */
static void port_option(struct ipt_ctx *ctx, const struct opt_def *od, const opt_use *o,
			srcloc span)
{
	const ipt_arg *a = &o->args->v[0];
	unsigned lo, hi;
	if (!ipt_port_range(ctx, a->s, a->loc, &lo, &hi))
		return;
	ir_cond *c = ir_rule_cond(ctx->L.r, od->id == M_SPORT ? IR_SPORT : IR_DPORT, o->neg, span);
	ir_cond_range(c, lo, hi);
}

/* --sports / --dports / --ports (multiport); --ports waits for the line's
 * end, which splits the rule on it (see iptables.c). */
static void multiport_option(struct ipt_ctx *ctx, const mod_inst *m, const struct opt_def *od,
			     const opt_use *o, srcloc span)
{
	line_state *L = &ctx->L;
	const ipt_arg *a = &o->args->v[0];
	ir_range *rr;
	size_t n;
	/* libxt_multiport.c: one of the three per match, named by their
	 * long names in the order of its option table */
	static const struct { enum opt_id id; const char *name; } mp[] = {
		{ M_SPORTS, "--source-ports" }, { M_DPORTS, "--destination-ports" },
		{ M_PORTS, "--ports" },
	};
	for (size_t i = 0; i < 3; i++)
		for (size_t j = i + 1; j < 3; j++)
			if (((m->seen >> mp[i].id) & 1) && ((m->seen >> mp[j].id) & 1)) {
				ipt_error(ctx, o->loc,
					  "multiport: option \"%s\" cannot be used together with \"%s\".",
					  mp[i].name, mp[j].name);
				return;
			}
	/* check_proto(): the protocol is that of the "-p" given before */
	if (L->proto_neg || (L->proto > 0 && L->proto != PROTO_TCP && L->proto != PROTO_UDP &&
			     L->proto != PROTO_UDPLITE && L->proto != PROTO_SCTP &&
			     L->proto != PROTO_DCCP)) {
		ipt_error(ctx, o->loc, "multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
		return;
	}
	if (L->proto <= 0) {
		ipt_error(ctx, o->loc,
			  "multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp' before '%s'",
			  o->name);
		return;
	}
	if (!ipt_multiport_list(ctx, a->s, a->loc, &rr, &n))
		return;
	if (od->id == M_PORTS) {
		L->alt = xgrow(L->alt, &L->capalt, L->nalt + 1, sizeof *L->alt);
		L->alt[L->nalt++] = (ports_alt){ rr, n, o->neg, span };
		return;
	}
	ipt_cond_ranges(L->r, od->id == M_SPORTS ? IR_SPORT : IR_DPORT, o->neg, span, rr, n);
	free(rr);
}

/* --tcp-flags MASK COMP / --syn */
static void tcp_flags_option(struct ipt_ctx *ctx, const struct opt_def *od, const opt_use *o,
			     srcloc span)
{
	unsigned mask, comp;
	if (od->id == M_SYN) {
		/* iptables-extensions(8): --syn is
		 * --tcp-flags SYN,RST,ACK,FIN SYN */
		mask = TCPF_FIN | TCPF_SYN | TCPF_RST | TCPF_ACK;
		comp = TCPF_SYN;
	} else if (!ipt_tcp_flags(ctx, o->args->v[0].s, o->args->v[0].loc, &mask) ||
		   !ipt_tcp_flags(ctx, o->args->v[1].s, o->args->v[1].loc, &comp)) {
		return;
	}
	if (ctx->L.proto_neg) {
		/* "! -p tcp -m tcp --syn": iptables-nft compares byte 13 of
		 * the transport header of a packet that is not TCP */
		ir_rule_unresolved(ctx->L.r, span,
				   "TCP flags of a packet that is not TCP ('! -p tcp': iptables-nft reads byte 13 of its transport header)");
		return;
	}
	ir_cond *c = ir_rule_cond(ctx->L.r, IR_TCPFLAGS, o->neg, span);
	ir_cond_bits(c, tcpflags_match(mask, comp));
}

/* A conntrack match with --ctstate lets the packets that have no
 * connection (INVALID, UNTRACKED) through its other options: its state
 * test has passed them (xt_conntrack.c conntrack_mt: "if (ct == NULL)
 * return info->match_flags & XT_CONNTRACK_STATE").  So the --ctproto and
 * --ctdir conditions of m (those after m's "-m") take them. */
static void ct_let_ctless(struct ipt_ctx *ctx, const mod_inst *m)
{
	ir_rule *r = ctx->L.r;
	const unsigned ctless = CT_INVALID | CT_UNTRACKED;
	for (size_t i = 0; i < r->ncond; i++) {
		ir_cond *c = &r->cond[i];
		bool after = c->loc.line > m->loc.line ||
			     (c->loc.line == m->loc.line && c->loc.col > m->loc.col);
		if (!after)
			continue;
		if (c->field == IR_CTPROTO || c->field == IR_CTORIGSRC || c->field == IR_CTORIGDST ||
		    c->field == IR_CTORIGSPORT || c->field == IR_CTORIGDPORT)
			c->bits |= ctless;
		else if (c->field == IR_CTDIR)
			c->bits |= (uint64_t)ctless << 8;
	}
}

/* The words "-m NAME [!] OPTION ARGS" of an option the evaluator models
 * where the file determines it (ir_unresolved.modelled): the checks that
 * judge the rule as a whole still take it as unresolved. */
static void modelled_note(struct ipt_ctx *ctx, const mod_inst *m, const opt_use *o)
{
	mod_inst w = { .def = m->def, .name = m->name, .loc = m->loc };
	mod_note_option(&w, o);
	ir_rule_unresolved_modelled(ctx->L.r, m->loc, w.text);
	free(w.text);
}

/* --ctproto P (conntrack): the protocol of the packet's connection */
static void ctproto_option(struct ipt_ctx *ctx, mod_inst *m, const opt_use *o, srcloc span)
{
	const ipt_arg *a = &o->args->v[0];
	int p = ipt_proto_lookup(a->s);
	if (p < 0) {
		ipt_error(ctx, a->loc, "unknown protocol '%s'", a->s);
		return;
	}
	ir_cond *c = ir_rule_cond(ctx->L.r, IR_CTPROTO, o->neg, span);
	ir_cond_range(c, (u128)p, (u128)p);
	if ((m->seen >> M_CTSTATE) & 1)
		c->bits = CT_INVALID | CT_UNTRACKED;
	modelled_note(ctx, m, o);
}

/* --ctorigsrc, --ctorigdst ADDR[/MASK] and --ctorigsrcport,
 * --ctorigdstport PORT[:PORT] (conntrack): the connection's original
 * tuple, which the packet path knows (IR_CTORIGSRC). */
static void ctorig_option(struct ipt_ctx *ctx, mod_inst *m, const struct opt_def *od,
			  const opt_use *o, srcloc span)
{
	const ipt_arg *a = &o->args->v[0];
	ir_rule *r = ctx->L.r;
	enum ir_field f = od->id == M_CTORIGSRC ? IR_CTORIGSRC
			  : od->id == M_CTORIGDST ? IR_CTORIGDST
			  : od->id == M_CTORIGSRCPORT ? IR_CTORIGSPORT : IR_CTORIGDPORT;
	ir_cond *c = ir_rule_cond(r, f, o->neg, span);
	bool ok;
	char *why = NULL;
	if (f == IR_CTORIGSRC || f == IR_CTORIGDST) {
		ok = ipt_add_address(ctx, c, a->s, a->loc, &why);
	} else {
		unsigned lo, hi;
		ok = ipt_port_range(ctx, a->s, a->loc, &lo, &hi);
		if (ok)
			ir_cond_range(c, lo, hi);
	}
	if (!ok) {
		/* not a condition after all: a host name, or an error */
		free(c->r);
		free(c->ifname);
		r->ncond--;
		if (why) {
			m->unresolved = true;
			mod_note_option(m, o);
			free(why);
		}
		return;
	}
	if ((m->seen >> M_CTSTATE) & 1)
		c->bits = CT_INVALID | CT_UNTRACKED;
	modelled_note(ctx, m, o);
}

/* --ctdir ORIGINAL|REPLY (conntrack; any case, libxt_conntrack.c) */
static void ctdir_option(struct ipt_ctx *ctx, mod_inst *m, const opt_use *o, srcloc span)
{
	const ipt_arg *a = &o->args->v[0];
	unsigned dir;
	if (strcasecmp(a->s, "ORIGINAL") == 0)
		dir = CTDIR_ORIGINAL;
	else if (strcasecmp(a->s, "REPLY") == 0)
		dir = CTDIR_REPLY;
	else {
		ipt_error(ctx, a->loc, "conntrack: Bad value for \"--ctdir\" option: \"%s\"; expected ORIGINAL or REPLY", a->s);
		return;
	}
	ir_cond *c = ir_rule_cond(ctx->L.r, IR_CTDIR, false, span);
	c->bits = dir;
	if ((m->seen >> M_CTSTATE) & 1)
		c->bits |= (uint64_t)(CT_INVALID | CT_UNTRACKED) << 8;
	modelled_note(ctx, m, o);
}

/* [!] --mark VALUE[/MASK] (mark): the marks x with (x & MASK) == VALUE
 * (xt_mark.c mark_mt). */
static void mark_option(struct ipt_ctx *ctx, mod_inst *m, const opt_use *o, srcloc span)
{
	const ipt_arg *a = &o->args->v[0];
	uint32_t v, mask;
	if (!ipt_mark_mask(ctx, o->name, a->s, a->loc, true, &v, &mask))
		return;
	ir_cond *c = ir_rule_cond(ctx->L.r, IR_MARK, o->neg, span);
	ir_cond_bits(c, (uint64_t)mask << 32 | v);
	modelled_note(ctx, m, o);
}

/* The options of -j MARK (libxt_MARK.c mark_tg_parse, revision 2), as
 * the kernel's (mark & ~mask) ^ xor (xt_mark.c mark_tg). */
static void mark_target_option(struct ipt_ctx *ctx, const opt_use *o)
{
	const ipt_arg *a = &o->args->v[0];
	bool with_mask = !strcmp(o->name, "--set-xmark") || !strcmp(o->name, "--set-mark");
	uint32_t v, m, mask, x;
	if (!ipt_mark_mask(ctx, o->name, a->s, a->loc, with_mask, &v, &m))
		return;
	if (!strcmp(o->name, "--set-xmark"))
		mask = m, x = v;
	else if (!strcmp(o->name, "--set-mark"))
		mask = v | m, x = v;
	else if (!strcmp(o->name, "--and-mark"))
		mask = ~v, x = 0;
	else if (!strcmp(o->name, "--or-mark"))
		mask = v, x = v;
	else /* --xor-mark */
		mask = 0, x = v;
	ir_rule_mark_effect(ctx->L.r, mask, x);
}

/* --state (state) / --ctstate (conntrack) */
static void state_option(struct ipt_ctx *ctx, mod_inst *m, const struct opt_def *od,
			 const opt_use *o, srcloc span)
{
	const ipt_arg *a = &o->args->v[0];
	unsigned bits;
	bool virt;
	if (!ipt_ct_states(ctx, a->s, a->loc, od->id == M_CTSTATE, &bits, &virt))
		return;
	if (virt) {
		/* "--ctstate DNAT" asks how the connection was translated:
		 * not a state fwlint follows */
		m->unresolved = true;
		mod_note_option(m, o);
		return;
	}
	ir_cond *c = ir_rule_cond(ctx->L.r, IR_STATE, o->neg, span);
	ir_cond_bits(c, bits);
	if (od->id == M_CTSTATE)
		ct_let_ctless(ctx, m);
}

/* --icmp-type (icmp) / --icmpv6-type (icmp6): type * 256 + code, in the
 * destination port field */
static void icmp_option(struct ipt_ctx *ctx, const struct opt_def *od, const opt_use *o,
			srcloc span)
{
	const ipt_arg *a = &o->args->v[0];
	unsigned lo, hi;
	if (!ipt_icmp_type(ctx, a->s, a->loc, od->id == M_ICMP6TYPE, &lo, &hi))
		return;
	ir_cond *c = ir_rule_cond(ctx->L.r, IR_DPORT, o->neg, span);
	ir_cond_range(c, lo, hi);
}

/* The options of -j REJECT and -j LOG: only --reject-with matters to the
 * verdict (ipt_rule.c checks it against the protocol); the others are
 * checked as iptables-restore checks them. */
static void target_option(struct ipt_ctx *ctx, const struct opt_def *od, const ipt_arg *a)
{
	line_state *L = &ctx->L;
	switch (od->id) {
	case T_REJECTWITH:
		if (!ipt_reject_with_ok(a->s, ctx->family)) {
			ipt_error(ctx, a->loc, "unknown reject type \"%s\"", a->s);
			return;
		}
		free(L->reject_with);
		L->reject_with = xstrdup(a->s);
		L->reject_loc = a->loc;
		return;
	case T_LOGLEVEL:
		if (!ipt_log_level_ok(a->s))
			ipt_error(ctx, a->loc, "log level \"%s\" unknown; expected 0-7, emerg, alert, crit, error, warning, notice, info, debug or panic",
				  a->s);
		return;
	case T_LOGPREFIX:
		if (!*a->s)
			ipt_error(ctx, a->loc, "'--log-prefix' needs a text of at least one character");
		return;
	default: /* the flags: --log-uid, --log-tcp-sequence, ... */
		return;
	}
}

/* Whether the option may be given here: negated only if it can be, once
 * per module, with the right number of arguments. */
static bool module_option_ok(struct ipt_ctx *ctx, mod_inst *m, const struct opt_def *od,
			     const opt_use *o)
{
	if (o->neg && !od->negatable) {
		ipt_error(ctx, o->negloc, "'!' cannot be used with '%s'", o->name);
		return false;
	}
	if (od->id == T_MARK && (m->seen >> od->id) & 1) {
		/* libxt_MARK.c: each option excludes the others */
		ipt_error(ctx, o->loc, "MARK: option '%s' cannot be used together with another of '--set-xmark', '--set-mark', '--and-mark', '--or-mark' and '--xor-mark'",
			  o->name);
		return false;
	}
	/* T_CTOTHER: options that do not bear on what passes, several under
	 * one id (CT --zone --helper, CONNMARK --nfmask --ctmask) */
	if (od->id < 128 && od->id != T_CTOTHER && (m->seen >> od->id) & 1) {
		/* xtables' own words (xtables.c, xtables_option_parse) */
		ipt_error(ctx, o->loc, "%s: option \"%s\" can only be used once", m->name, o->name);
		return false;
	}
	if (od->id < 128)
		m->seen |= (u128)1 << od->id;
	return ipt_check_nargs(ctx, od, o->name, o->loc, o->args);
}

/* An option od, known to fwlint, of module (or target) m. */
static void module_option(struct ipt_ctx *ctx, mod_inst *m, const struct opt_def *od,
			  const opt_use *o)
{
	if (!module_option_ok(ctx, m, od, o))
		return;
	const ipt_arg *a = o->args && o->args->n ? &o->args->v[0] : NULL;
	srcloc span = srcloc_span(opt_start(o), a ? o->args->v[o->args->n - 1].loc : o->loc);

	switch (od->id) {
	case M_SPORT:
	case M_DPORT:
		port_option(ctx, od, o, span);
		return;
	case M_SPORTS:
	case M_DPORTS:
	case M_PORTS:
		multiport_option(ctx, m, od, o, span);
		return;
	case M_TCPFLAGS:
	case M_SYN:
		if (((m->seen >> M_TCPFLAGS) & 1) && ((m->seen >> M_SYN) & 1)) {
			/* libxt_tcp.c, with its two blanks */
			ipt_error(ctx, o->loc, "Only one of `--syn' or `--tcp-flags'  allowed");
			return;
		}
		tcp_flags_option(ctx, od, o, span);
		return;
	case M_SRCRANGE:
	case M_DSTRANGE: {
		ir_cond *c = ir_rule_cond(ctx->L.r, od->id == M_SRCRANGE ? IR_SRC : IR_DST, o->neg,
					  span);
		ipt_add_iprange(ctx, c, od->name, a->s, a->loc);
		return;
	}
	case M_STATE:
	case M_CTSTATE:
		state_option(ctx, m, od, o, span);
		return;
	case M_ICMPTYPE:
	case M_ICMP6TYPE:
		icmp_option(ctx, od, o, span);
		return;
	case M_COMMENT:
		/* xt_comment.h: XT_MAX_COMMENT_LEN 256, with the NUL */
		if (strlen(a->s) > 255)
			ipt_error(ctx, a->loc, "comment is longer than 255 characters");
		return;
	case M_CTPROTO:
		ctproto_option(ctx, m, o, span);
		return;
	case M_CTDIR:
		ctdir_option(ctx, m, o, span);
		return;
	case M_MARK:
		mark_option(ctx, m, o, span);
		return;
	case T_MARK:
		mark_target_option(ctx, o);
		return;
	case T_REJECTWITH:
	case T_LOGLEVEL:
	case T_LOGPREFIX:
	case T_LOGTCPSEQ:
	case T_LOGTCPOPT:
	case T_LOGIPOPT:
	case T_LOGUID:
	case T_LOGMAC:
		target_option(ctx, od, a);
		return;
	case T_TODEST:
	case T_TOSRC:
	case T_TOPORTS:
	case T_TONET:
	case T_NATFLAG:
	case T_NOTRACK:
	case T_CTOTHER:
	case T_RESTOREMARK:
		ipt_nat_option(ctx, od, a ? a->s : NULL, a ? a->loc : o->loc);
		return;
	case M_CTORIGSRC:
	case M_CTORIGDST:
	case M_CTORIGSRCPORT:
	case M_CTORIGDSTPORT:
		ctorig_option(ctx, m, od, o, span);
		return;
	case M_TCPOPT:
	case M_OTHER:
	/* conntrack options whose answer depends on the connection's reply
	 * tuple, status or timeout, which fwlint does not follow */
	case M_CTREPLSRC:
	case M_CTREPLDST:
	case M_CTREPLSRCPORT:
	case M_CTREPLDSTPORT:
	case M_CTSTATUS:
	case M_CTEXPIRE:
	default:
		m->unresolved = true;
		mod_note_option(m, o);
		return;
	}
}

/* An option that is not a core option: it belongs to a loaded module or
 * to the target (option_owner()). */
void ipt_extension_option(struct ipt_ctx *ctx, const opt_use *o)
{
	line_state *L = &ctx->L;
	const struct opt_def *od;
	mod_inst *m = option_owner(ctx, o->name, &od);
	if (!m) {
		unknown_option(ctx, o->name, o->loc);
		return;
	}
	if (!L->nonspec) {
		L->nonspec = true;
		L->nonspec_loc = o->loc;
		L->nonspec_name = o->name;
	}
	if (!m->def)
		L->target_opts = true;
	if (od) {
		module_option(ctx, m, od, o);
		return;
	}
	/* a module or target fwlint does not interpret: keep the words for
	 * the unresolved note */
	if (ipt_bang_in_args(ctx, o->args))
		return;
	if (m->def) /* a target's options do not change its verdict */
		mod_note_option(m, o);
}

/* -m */
void ipt_load_module(struct ipt_ctx *ctx, const ipt_arg *a)
{
	const struct module_def *md = ipt_module_find(a->s);
	if (!md) {
		ipt_error(ctx, a->loc, "unknown match module '%s'", a->s);
		return;
	}
	if (md->family && ctx->family && md->family != ctx->family) {
		ipt_error(ctx, a->loc, "'-m %s' is not available in %s", a->s,
			  ctx->family == 6 ? "ip6tables" : "iptables (IPv4)");
		return;
	}
	mod_inst *m = ipt_mod_add(&ctx->L, md, NULL, a->loc);
	m->unresolved = md->opts == NULL;
	if (m->unresolved)
		ipt_mod_note(m);
}
