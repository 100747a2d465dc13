/* ipt_chain.c - table blocks ("*table" ... COMMIT), chain declarations
 * (":NAME POLICY") and the chain commands -N, -X, -E, -F, -Z and -P. */
#include "ipt_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* ------------------------------------------------------------------ */
/* Chain records                                                       */

/* The chain of that name in t, deleted (-X) or not, or NULL. */
chain_ent *ipt_chain_lookup(const ir_table *t, const char *name)
{
	ir_chain *c = ir_chain_find(t, name);
	return c ? c->builder : NULL;
}

/* A new chain; callers have looked its name up first. */
static chain_ent *chain_add(ir_table *t, const char *name, bool builtin, srcloc loc)
{
	chain_ent *e = xcalloc(1, sizeof *e);
	e->chain = ir_chain_new(t, name, builtin, loc);
	e->chain->builder = e;
	return e;
}

/* Forget the builder records; the IR chains stay, each rule with the
 * number the kernel gives it (ir_rule.number): a group of m IR rules is k
 * kernel rules (one a pair of addresses), the first numbered after the
 * k's of the groups before it. */
void ipt_chains_free(ir_ruleset *rs)
{
	for (size_t t = 0; t < rs->n; t++)
		for (size_t c = 0; c < rs->table[t]->n; c++) {
			ir_chain *ch = rs->table[t]->chain[c];
			chain_ent *e = ch->builder;
			uint32_t num = 1;
			size_t pos = 0;
			for (size_t g = 0; g < e->ng; g++) {
				for (size_t i = 0; i < e->g[g].m && pos < ch->n; i++)
					ch->rule[pos++]->number = num;
				num += e->g[g].k;
			}
			free(e->g);
			free(e);
			ch->builder = NULL;
		}
}

/* A built-in chain of the open table, created when first named. */
static chain_ent *builtin_get(struct ipt_ctx *ctx, const char *name, srcloc loc)
{
	chain_ent *e = ipt_chain_lookup(ctx->table, name);
	if (!e)
		e = chain_add(ctx->table, name, true, loc);
	return e;
}

/* A user chain of the open table that is not there: e, deleted by -X, is
 * back (the same IR chain: rules that jumped to it still do), or a new
 * chain. */
static chain_ent *user_chain_define(struct ipt_ctx *ctx, chain_ent *e, const char *name,
				    srcloc loc)
{
	if (!e)
		return chain_add(ctx->table, name, false, loc);
	e->deleted = false;
	return e;
}

static void ent_flush(chain_ent *e)
{
	ir_chain_flush(e->chain);
	e->ng = 0;
}

/* -X: the chain stays in the IR, empty (see struct chain_ent). */
static void ent_delete(chain_ent *e)
{
	ent_flush(e);
	e->deleted = true;
}

/* The policy of a built-in chain: ACCEPT or DROP. */
static bool parse_policy(const char *s, enum ir_action *a)
{
	if (strcmp(s, "ACCEPT") == 0)
		*a = IR_ACCEPT;
	else if (strcmp(s, "DROP") == 0)
		*a = IR_DROP;
	else
		return false;
	return true;
}

/* xtables: chain names are at most XT_EXTENSION_MAXNAMELEN - 1 = 28 bytes
 * and may not start with '-' or '!' (they would read as options). */
static bool chain_name_ok(struct ipt_ctx *ctx, const char *name, srcloc loc)
{
	if (!*name) {
		ipt_error(ctx, loc, "expected a chain name");
		return false;
	}
	if (strlen(name) > 28) {
		ipt_error(ctx, loc, "chain name '%s' is longer than 28 characters", name);
		return false;
	}
	if (*name == '-' || *name == '!') {
		ipt_error(ctx, loc, "chain name '%s' may not start with '%c'", name, *name);
		return false;
	}
	if (ipt_target_find(name)) {
		ipt_error(ctx, loc, "chain name '%s' is the name of a target", name);
		return false;
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* Table blocks                                                        */

/* At the end of a table block: its built-in chains exist.  In a fragment
 * (a block that declares no built-in chain, loaded with --noflush), one
 * whose policy the block does not set keeps the policy the box has, which
 * the file does not say: IR_UNKNOWN.  A complete block without --noflush
 * is another matter: iptables-nft-restore, which fwlint follows, flushes
 * the whole table, and a built-in chain the block does not declare comes
 * back with policy ACCEPT (iptables-legacy-restore would keep the old
 * one) (fwlint(1), "iptables"). */
static void create_missing_builtins(struct ipt_ctx *ctx)
{
	if (!ctx->table)
		return;
	for (size_t i = 0; i < 6 && ctx->tdef->builtin[i]; i++) {
		chain_ent *e = builtin_get(ctx, ctx->tdef->builtin[i], ctx->table_loc);
		if (!ctx->complete && !e->policy_given)
			ir_chain_policy(e->chain, IR_UNKNOWN, ctx->table_loc);
	}
}

void ipt_table_begin(struct ipt_ctx *ctx, const char *name, srcloc loc)
{
	loc.end_col = loc.col + (int)strlen(name);
	if (ctx->commands) {
		ipt_error(ctx, loc, "'*%s' in a list of iptables commands: a file is iptables-save output (a table block first) or commands, not both", name);
		ctx->L.failed = false;
		return;
	}
	if (ctx->in_table) {
		ipt_error(ctx, loc, "expected 'COMMIT' before '*%s'", name);
		ctx->L.failed = false;
		create_missing_builtins(ctx);
	}
	ctx->in_table = true;
	ctx->complete = false;
	ctx->table = NULL;
	ctx->tdef = ipt_table_def_find(name);
	ctx->table_loc = loc;
	if (!*name) {
		ipt_error(ctx, loc, "expected a table name after '*'");
		ctx->L.failed = false;
		return;
	}
	if (!ctx->tdef) {
		ipt_error(ctx, loc, "unknown table '%s', expected filter, nat, mangle, raw or security", name);
		ctx->L.failed = false;
		return;
	}
	bool again = ir_table_find(ctx->rs, name) != NULL;
	ctx->table = ir_table_get(ctx->rs, name, loc);
	if (again) {
		/* iptables-restore flushes the table and deletes its user
		 * chains before it runs the block (unless --noflush). */
		for (size_t i = 0; i < ctx->table->n; i++) {
			chain_ent *e = ctx->table->chain[i]->builder;
			if (e->chain->builtin)
				ent_flush(e);
			else
				ent_delete(e);
		}
	}
}

void ipt_commit(struct ipt_ctx *ctx, srcloc loc)
{
	if (ctx->commands) {
		ipt_error(ctx, loc, "'COMMIT' in a list of iptables commands: a file is iptables-save output (a table block first) or commands, not both");
		ctx->L.failed = false;
		return;
	}
	if (!ctx->in_table) {
		ipt_error(ctx, loc, "'COMMIT' outside a table, expected '*filter' (or another table) before it");
		ctx->L.failed = false;
		return;
	}
	create_missing_builtins(ctx);
	ctx->in_table = false;
	ctx->complete = false;
	ctx->table = NULL;
}

void ipt_end_of_input(struct ipt_ctx *ctx, srcloc loc)
{
	ipt_line_reset(&ctx->L);
	if (ctx->commands) {
		create_missing_builtins(ctx);
	} else if (ctx->in_table && !ctx->gave_up) {
		/* iptables-restore: "COMMIT expected at line N" */
		ipt_error(ctx, loc, "expected 'COMMIT' before end of file");
		create_missing_builtins(ctx);
	}
	ctx->in_table = false;
}

bool ipt_need_table(struct ipt_ctx *ctx, srcloc loc)
{
	if (!ctx->in_table && ctx->rs->n == 0) {
		/* A file of iptables commands, one per line, as `iptables`
		 * runs them on the live box (Capirca's iptables generator
		 * writes them): the filter table, read as a fragment, with
		 * no COMMIT (fwlint(1), "iptables"). */
		ipt_table_begin(ctx, "filter", loc);
		ctx->commands = true;
		return ctx->table != NULL;
	}
	if (!ctx->in_table) {
		ipt_error(ctx, loc, "expected '*filter' (or another table) before this line");
		return false;
	}
	return ctx->table != NULL; /* a bad table header has been reported */
}

/* ------------------------------------------------------------------ */
/* Chain declarations                                                  */

/* ":INPUT ACCEPT": a built-in chain takes a policy, or "-" to keep it. */
static void declare_builtin(struct ipt_ctx *ctx, const char *name, srcloc loc,
			    const char *policy, srcloc ploc, srcloc end)
{
	if (!ctx->complete && !ctx->noflush) {
		ctx->complete = true;
		ctx->complete_loc = loc;
		for (size_t i = 0; i < 6 && ctx->tdef->builtin[i]; i++)
			if (strcmp(ctx->tdef->builtin[i], name) == 0)
				ctx->complete_chain = ctx->tdef->builtin[i];
	}
	if (!policy) {
		ipt_error(ctx, end, "expected a policy (ACCEPT or DROP) for built-in chain '%s'",
			  name);
		return;
	}
	if (strcmp(policy, "-") == 0) {
		/* "-": keep the policy (iptables-restore skips it) */
		builtin_get(ctx, name, loc);
		return;
	}
	enum ir_action a;
	if (!parse_policy(policy, &a)) {
		ipt_error(ctx, ploc, "bad policy '%s' for built-in chain '%s', expected ACCEPT or DROP",
			  policy, name);
		return;
	}
	chain_ent *e = builtin_get(ctx, name, loc);
	ir_chain_policy(e->chain, a, ploc);
	e->policy_given = true;
}

/* ":mine -": a user chain, declared once per block. */
static void declare_user(struct ipt_ctx *ctx, const char *name, srcloc loc,
			 const char *policy, srcloc ploc, srcloc end)
{
	chain_ent *e = ipt_chain_lookup(ctx->table, name);
	if (e && !e->deleted) {
		ipt_error(ctx, loc, "chain '%s' is already declared in table '%s'", name,
			  ctx->table->name);
		return;
	}
	/* A policy on a user chain: iptables-legacy-restore refuses it
	 * ("Can't set policy"), iptables-nft-restore, which fwlint follows
	 * (fwlint(1)), loads the chain and ignores it.  "-" means none. */
	if (!policy) {
		ipt_error(ctx, end, "expected '-' (no policy) for user-defined chain '%s'", name);
		return;
	}
	user_chain_define(ctx, e, name, loc);
}

void ipt_chain_decl(struct ipt_ctx *ctx, const char *name, srcloc loc,
		    const char *policy, srcloc ploc,
		    const char *counters, srcloc cloc)
{
	loc.end_col = loc.col + (int)strlen(name);
	/* where a missing policy is reported: after what the line has */
	srcloc end = counters ? cloc : loc;
	if (ipt_need_table(ctx, loc) && chain_name_ok(ctx, name, loc)) {
		if (ipt_is_builtin(ctx->tdef, name))
			declare_builtin(ctx, name, loc, policy, ploc, end);
		else
			declare_user(ctx, name, loc, policy, ploc, end);
	}
	ctx->L.failed = false;
}

/* ------------------------------------------------------------------ */
/* Chain commands                                                      */

bool ipt_complete_table(const struct ipt_ctx *ctx, char *hint, size_t size)
{
	if (!ctx->complete || !ctx->table)
		return false;
	snprintf(hint, size,
		 "table '%s' declares built-in chain '%s' (line %d), so fwlint reads it as a complete table, which iptables-restore loads after deleting the table's chains (without --noflush); declare the chain in this table, or give fwlint --noflush if the file is loaded with iptables-restore --noflush",
		 ctx->table->name, ctx->complete_chain, ctx->complete_loc.line);
	return true;
}

/* The chain a command works on.  A user chain the file never declares
 * must exist already when iptables-restore runs the line: the file is
 * meant for --noflush next to other rules (firewalld, ufw, the netfilter
 * restore tests do this).  fwlint cannot see those rules, so it says so
 * once per chain and goes on with what the file adds.  In a complete
 * table (struct ipt_ctx) there are no such rules: iptables-restore says
 * "No chain/target/match by that name". */
chain_ent *ipt_need_chain(struct ipt_ctx *ctx, const char *name, srcloc loc)
{
	chain_ent *e = ipt_chain_lookup(ctx->table, name);
	if (e && !e->deleted)
		return e;
	if (ipt_is_builtin(ctx->tdef, name))
		return builtin_get(ctx, name, ctx->table_loc);
	if (!chain_name_ok(ctx, name, loc))
		return NULL;
	char hint[600];
	if (ipt_complete_table(ctx, hint, sizeof hint)) {
		ipt_error(ctx, loc, "chain '%s' does not exist (iptables-restore: No chain/target/match by that name): %s",
			  name, hint);
		return NULL;
	}
	ipt_warn(ctx, loc, "chain '%s' is not declared in table '%s' of this file; its other rules are not known (is the file loaded with --noflush?)",
		 name, ctx->table->name);
	return user_chain_define(ctx, e, name, loc);
}

/* -N CHAIN */
static void new_chain(struct ipt_ctx *ctx, srcloc loc)
{
	const line_state *L = &ctx->L;
	if (!chain_name_ok(ctx, L->chain, L->chain_loc))
		return;
	if (ipt_is_builtin(ctx->tdef, L->chain)) {
		ipt_error(ctx, L->chain_loc, "chain '%s' is a built-in chain of table '%s'",
			  L->chain, ctx->table->name);
		return;
	}
	chain_ent *e = ipt_chain_lookup(ctx->table, L->chain);
	if (e && !e->deleted) {
		ipt_error(ctx, L->chain_loc, "chain '%s' already exists in table '%s'", L->chain,
			  ctx->table->name);
		return;
	}
	user_chain_define(ctx, e, L->chain, loc);
}

/* -F, -Z, -X with a chain name.  Counters (-Z) are not followed. */
static void clear_chain(struct ipt_ctx *ctx)
{
	const line_state *L = &ctx->L;
	chain_ent *e = ipt_need_chain(ctx, L->chain, L->chain_loc);
	if (!e || L->cmd == O_ZERO)
		return;
	if (L->cmd == O_FLUSH) {
		ent_flush(e);
		return;
	}
	if (e->chain->builtin) {
		ipt_error(ctx, L->chain_loc, "built-in chain '%s' cannot be deleted", L->chain);
		return;
	}
	ent_delete(e);
}

/* -F or -X without one: every chain of the table, or every user chain. */
static void clear_table(struct ipt_ctx *ctx)
{
	const line_state *L = &ctx->L;
	for (size_t i = 0; i < ctx->table->n; i++) {
		chain_ent *e = ctx->table->chain[i]->builder;
		if (e->deleted)
			continue;
		if (L->cmd == O_FLUSH)
			ent_flush(e);
		else if (!e->chain->builtin)
			ent_delete(e);
	}
}

/* -P CHAIN POLICY */
static void set_policy(struct ipt_ctx *ctx, srcloc loc)
{
	const line_state *L = &ctx->L;
	if (!ipt_is_builtin(ctx->tdef, L->chain)) {
		chain_ent *e = ipt_chain_lookup(ctx->table, L->chain);
		if (e && !e->deleted)
			ipt_error(ctx, L->chain_loc, "only built-in chains have a policy, '%s' is a user-defined chain",
				  L->chain);
		else
			ipt_error(ctx, L->chain_loc, "chain '%s' is not declared in table '%s'",
				  L->chain, ctx->table->name);
		return;
	}
	enum ir_action a;
	if (!parse_policy(L->arg2, &a)) {
		ipt_error(ctx, L->arg2_loc, "bad policy '%s', expected ACCEPT or DROP", L->arg2);
		return;
	}
	chain_ent *e = builtin_get(ctx, L->chain, ctx->table_loc);
	ir_chain_policy(e->chain, a, srcloc_span(loc, L->arg2_loc));
	e->policy_given = true;
}

/* -E OLD NEW */
static void rename_chain(struct ipt_ctx *ctx)
{
	const line_state *L = &ctx->L;
	chain_ent *e = ipt_need_chain(ctx, L->chain, L->chain_loc);
	if (!e)
		return;
	if (e->chain->builtin) {
		ipt_error(ctx, L->chain_loc, "built-in chain '%s' cannot be renamed", L->chain);
		return;
	}
	if (!chain_name_ok(ctx, L->arg2, L->arg2_loc))
		return;
	chain_ent *t = ipt_chain_lookup(ctx->table, L->arg2);
	if ((t && !t->deleted) || ipt_is_builtin(ctx->tdef, L->arg2)) {
		ipt_error(ctx, L->arg2_loc, "chain '%s' already exists in table '%s'", L->arg2,
			  ctx->table->name);
		return;
	}
	if (t) {
		ipt_warn(ctx, L->arg2_loc, "'-E' onto the name of deleted chain '%s' is not followed by fwlint",
			 L->arg2);
		return;
	}
	/* rules that jump here keep pointing at the same chain, as in the
	 * kernel; the new name is free (looked up above) */
	ir_chain_rename(e->chain, L->arg2);
}

void ipt_chain_command(struct ipt_ctx *ctx, srcloc loc)
{
	const line_state *L = &ctx->L;
	if (L->nonspec) {
		ipt_error(ctx, L->nonspec_loc, "'%s' cannot be used with '%s'", L->nonspec_name, L->cmd_name);
		return;
	}
	if (L->num && L->cmd != O_ZERO) {
		ipt_error(ctx, L->num_loc, "unexpected rule number after '%s'", L->cmd_name);
		return;
	}
	if (!ctx->family && L->r && L->r->family)
		ipt_warn(ctx, loc, "'%s' marked -%d changes the chains of one family only, in a file that names no family; fwlint applies it to both",
			 L->cmd_name, L->r->family);
	switch (L->cmd) {
	case O_NEWCHAIN:
		new_chain(ctx, loc);
		return;
	case O_FLUSH:
	case O_ZERO:
	case O_DELCHAIN:
		if (L->chain)
			clear_chain(ctx);
		else if (L->cmd != O_ZERO)
			clear_table(ctx);
		return;
	case O_POLICY:
		set_policy(ctx, loc);
		return;
	case O_RENAME:
		rename_chain(ctx);
		return;
	default:
		return;
	}
}
