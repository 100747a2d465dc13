/* ipt_option.c - what an option of a line means.  The grammar hands over
 * each option with its arguments (ipt_option()); the getopt spellings
 * ("--opt=value", "-ptcp", "-s ! addr") are undone here, the core options
 * of iptables(8) interpreted, and the others given to the match modules
 * and the target (ipt_match.c).  Each fills the line state (ipt_int.h) or
 * a condition of the line's rule; the line's end (ipt_rule.c,
 * ipt_chain.c) makes the rules. */
#include "ipt_int.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xalloc.h"

void ipt_rule_counters(struct ipt_ctx *ctx, const char *counters, srcloc loc)
{
	ipt_line_begin(ctx, loc);
}

/* A lone "!" among the arguments (not first: take_inner_bang() took that
 * one) is reported. */
bool ipt_bang_in_args(struct ipt_ctx *ctx, const ipt_args *args)
{
	for (size_t i = 0; args && i < args->n; i++)
		if (args->v[i].bang) {
			ipt_error(ctx, args->v[i].loc, "'!' must come before the option it negates");
			return true;
		}
	return false;
}

bool ipt_check_nargs(struct ipt_ctx *ctx, const struct opt_def *od, const char *name,
		     srcloc loc, const ipt_args *args)
{
	size_t n = args ? args->n : 0;
	if (ipt_bang_in_args(ctx, args))
		return false;
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

/* ------------------------------------------------------------------ */
/* Core options (iptables(8))                                          */

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
	if (!L->failed && known && neg && tmp.n == 1 &&
	    ((tmp.r[0].lo == PSET_V4_LO && tmp.r[0].hi == PSET_V4_HI) ||
	     (tmp.r[0].lo == 0 && tmp.r[0].hi == U128_MAX))) {
		/* "! -s 0.0.0.0/0": iptables-nft (Debian 12's iptables, which
		 * fwlint follows) refuses it; iptables-legacy loads a rule
		 * that matches nothing */
		ipt_error(ctx, a->loc,
			  "'! %s %s' matches no address: iptables-nft refuses it (RULE_APPEND failed (Invalid argument))",
			  f == IR_SRC ? "-s" : "-d", a->s);
	} else if (!L->failed && known) {
		ipt_cond_ranges(L->r, f, neg, srcloc_span(loc, a->loc), tmp.r, tmp.n);
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
	/* a '+' inside the name is a character of it ("eth+0"); only a
	 * last '+' makes a prefix pattern (xtables_parse_interface()) */
	ir_cond *c = ir_rule_cond(ctx->L.r, f, neg, srcloc_span(loc, a->loc));
	ir_cond_ifname(c, a->s);
}

/* -A, -I, -D, -R, -C, -N, -X, -E, -F, -Z, -P: the command of the line and
 * its chain, rule number or second argument, for the line's end. */
static void command_option(struct ipt_ctx *ctx, const struct opt_def *od, const opt_use *o)
{
	line_state *L = &ctx->L;
	const char *name = o->name;
	srcloc loc = o->loc;
	const ipt_args *args = o->args;
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

/* -j / -g */
static void set_target(struct ipt_ctx *ctx, const struct opt_def *od, srcloc loc,
		       const ipt_arg *a)
{
	line_state *L = &ctx->L;
	if (L->target) {
		ipt_error(ctx, loc, "a rule has one target: '-j' or '-g' given twice");
		return;
	}
	L->target = xstrdup(a->s);
	L->target_loc = a->loc;
	L->is_goto = od->id == O_GOTO;
	L->tdef = ipt_target_find(a->s);
	ipt_mod_add(L, NULL, L->target, loc);
	L->target_mod = L->nmod - 1;
}

/* -4 / -6 */
static void set_family(struct ipt_ctx *ctx, const struct opt_def *od)
{
	line_state *L = &ctx->L;
	if (!ctx->family)
		L->r->family = od->id == O_IPV4 ? 4 : 6;
	else if ((od->id == O_IPV4) != (ctx->family == 4))
		L->skip = true; /* the other family's line */
}

/* -c PKTS BYTES, or -c PKTS,BYTES: checked, not kept */
static void check_counters(struct ipt_ctx *ctx, const opt_use *o)
{
	const ipt_args *args = o->args;
	const ipt_arg *a = &args->v[0];
	bool ok;
	if (args->n == 1) {
		const char *comma = strchr(a->s, ',');
		char *p0 = comma ? xstrndup(a->s, (size_t)(comma - a->s)) : NULL;
		ok = p0 && ipt_parse_counter(p0) && ipt_parse_counter(comma + 1);
		free(p0);
	} else {
		ok = ipt_parse_counter(args->v[0].s) && ipt_parse_counter(args->v[1].s);
	}
	if (!ok)
		ipt_error(ctx, a->loc, "bad counters after '%s', expected PACKETS BYTES", o->name);
}

/* Whether parameter od may be given here: once per line (but -m, -v, -n,
 * -x).  Records the first option that a chain command (-N, -X, ...) does
 * not take. */
static bool core_param_ok(struct ipt_ctx *ctx, const struct opt_def *od, const opt_use *o)
{
	line_state *L = &ctx->L;
	unsigned bit = (unsigned)od->id;
	if (od->id != O_MATCH && od->id != O_QUIET && ((L->core_seen >> bit) & 1)) {
		ipt_error(ctx, o->loc, "'%s' can be given only once", o->name);
		return false;
	}
	L->core_seen |= (uint64_t)1 << bit;
	if (od->id != O_IPV4 && od->id != O_IPV6 && od->id != O_QUIET &&
	    od->id != O_SETCOUNTERS && od->id != O_TABLE && !L->nonspec) {
		L->nonspec = true;
		L->nonspec_loc = o->loc;
		L->nonspec_name = od->name;
	}
	return true;
}

/* A core option (iptables(8)): a command, a parameter or -m. */
static void core_option(struct ipt_ctx *ctx, const struct opt_def *od, const opt_use *o)
{
	if (o->neg && !od->negatable) {
		ipt_error(ctx, o->negloc, "'!' cannot be used with '%s'", o->name);
		return;
	}
	if (!ipt_check_nargs(ctx, od, o->name, o->loc, o->args))
		return;
	if (OPT_CMD(od->id)) {
		command_option(ctx, od, o);
		return;
	}
	if (!core_param_ok(ctx, od, o))
		return;
	const ipt_arg *a = o->args && o->args->n ? &o->args->v[0] : NULL;
	switch (od->id) {
	case O_PROTO:
		set_proto(ctx, o->neg, opt_start(o), a);
		return;
	case O_SRC:
	case O_DST:
		set_addresses(ctx, od->id == O_SRC ? IR_SRC : IR_DST, o->neg, opt_start(o), a);
		return;
	case O_IN:
	case O_OUT:
		set_iface(ctx, od->id == O_IN ? IR_IIF : IR_OIF, o->neg, opt_start(o), a);
		return;
	case O_FRAG:
		if (ctx->family == 6) {
			ipt_error(ctx, o->loc, "unknown option '%s' (ip6tables has no '-f', use '-m frag')",
				  o->name);
			return;
		}
		ir_rule_unresolved(ctx->L.r, opt_start(o),
				   o->neg ? "! -f (not a later fragment)" : "-f (later fragments)");
		return;
	case O_JUMP:
	case O_GOTO:
		set_target(ctx, od, o->loc, a);
		return;
	case O_MATCH:
		ipt_load_module(ctx, a);
		return;
	case O_TABLE:
		/* iptables-restore: "The -t option cannot be used" */
		ipt_error(ctx, o->loc, "'%s' cannot be used in an iptables-restore file: the table is given by '*table'",
			  o->name);
		return;
	case O_IPV4:
	case O_IPV6:
		set_family(ctx, od);
		return;
	case O_SETCOUNTERS:
		check_counters(ctx, o);
		return;
	default: /* -v, -n, -x */
		return;
	}
}

/* ------------------------------------------------------------------ */
/* getopt spellings                                                    */

/* The arguments with value (a piece of the option's word, at loc) put
 * first: a new list in the line arena. */
static ipt_args *args_prepend(struct ipt_ctx *ctx, const char *value, srcloc loc,
			      const ipt_args *args)
{
	ipt_args *na = ipt_args_add(ctx, NULL, arena_strndup(&ctx->arena, value, strlen(value)),
				    loc, false);
	for (size_t i = 0; args && i < args->n; i++)
		ipt_args_add(ctx, na, args->v[i].s, args->v[i].loc, args->v[i].bang);
	return na;
}

/* getopt_long() also takes "--opt=value".  *owned: the name, to free. */
static void split_long_value(struct ipt_ctx *ctx, opt_use *o, char **owned)
{
	const char *eq;
	if (o->name[0] != '-' || o->name[1] != '-' || !(eq = strchr(o->name, '=')))
		return;
	srcloc vl = o->loc;
	vl.col += (int)(eq - o->name) + 1;
	o->args = args_prepend(ctx, eq + 1, vl, o->args);
	*owned = xstrndup(o->name, (size_t)(eq - o->name));
	o->name = *owned;
}

/* "-s ! addr": iptables 1.4 intrapositioned negation.  False after an
 * error. */
static bool take_inner_bang(struct ipt_ctx *ctx, opt_use *o)
{
	ipt_args *args = o->args;
	if (!args || args->n < 2 || !args->v[0].bang)
		return true;
	if (o->neg) {
		ipt_error(ctx, args->v[0].loc, "'!' given twice");
		return false;
	}
	o->neg = true;
	o->negloc = args->v[0].loc;
	memmove(&args->v[0], &args->v[1], (args->n - 1) * sizeof args->v[0]);
	args->n--;
	return true;
}

/* getopt: "-ptcp" is "-p tcp".  *owned: the name, to free. */
static void split_short_value(struct ipt_ctx *ctx, opt_use *o, char **owned)
{
	const char *name = o->name;
	if (name[0] != '-' || name[1] == '-' || !name[1] || !name[2])
		return;
	char shortname[3] = { '-', name[1], '\0' };
	const struct opt_def *sd = ipt_core_find(shortname);
	if (!sd || sd->amax == 0)
		return;
	srcloc vl = o->loc;
	vl.col += 2;
	o->args = args_prepend(ctx, name + 2, vl, o->args);
	free(*owned);
	*owned = xstrdup(shortname);
	o->name = *owned;
	o->loc.end_col = o->loc.col + 1;
}

void ipt_option(struct ipt_ctx *ctx, const char *name, srcloc loc,
		bool neg, srcloc negloc, ipt_args *args)
{
	ipt_line_begin(ctx, neg ? negloc : loc);
	line_state *L = &ctx->L;
	if (L->failed || L->skip || ctx->gave_up)
		return;

	opt_use o = { name, loc, neg, negloc, args };
	char *owned = NULL;
	split_long_value(ctx, &o, &owned);
	o.loc.end_col = o.loc.col + (int)strlen(o.name) - 1;
	if (take_inner_bang(ctx, &o)) {
		split_short_value(ctx, &o, &owned);
		const struct opt_def *od = ipt_core_find(o.name);
		if (od)
			core_option(ctx, od, &o);
		else
			ipt_extension_option(ctx, &o);
	}
	free(owned);
}
