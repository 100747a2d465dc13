/* cisco_bind.c - the "in" and "out" chains of a Cisco ruleset: ACL
 * bindings, ASA's global ACL and security levels, IOS inspection.
 *
 *   - A binding is "IIF X -> GOTO ACL" in "in" (OIF and "out" for out).
 *     The file's bindings win over the caller's (the topology's acl-in /
 *     acl-out) for the same interface and direction.  On IOS the binding
 *     rule matches IPv4 only: "ip access-group" filters IPv4; "ipv6
 *     traffic-filter NAME in|out" binds an IPv6 access list the same way
 *     for IPv6 (IOS IPv6 Command Reference "ipv6 traffic-filter"), and a
 *     topology binding of an IPv6 access list is an IPv6 one.  A family
 *     without a binding on an interface passes.  The wrong command for
 *     the list's family is an error.
 *   - A binding to an ACL that does not exist: ASA refuses it (a
 *     warning, and the binding is left out); IOS accepts it and passes everything ("if the ACL is
 *     not defined, all packets are permitted", IOS Security Configuration
 *     Guide, "Applying the Access List to an Interface"): an unresolved
 *     warning and no rule.
 *   - ASA "access-group ACL global": the global ACL follows every
 *     interface's inbound ACL, and the implicit deny is at its end only
 *     (ASA Configuration Guide, "Access Rules": "interface access rules
 *     are processed before global access rules ... the implicit deny at
 *     the end of the global rules"), so an inbound binding goes to a
 *     chain "ACL (inbound)" (table "inbound"): copies of the ACL's entries (their own
 *     locations), then "GOTO global" instead of the implicit deny; the
 *     ACL's own chain keeps its implicit deny for its outbound bindings
 *     and for --acl (global rules apply to inbound traffic only).  The
 *     last rule of "in" sends every interface to the global ACL.
 *   - ASA same-security-traffic: first in "in", "IIF X, OIF Y -> DROP"
 *     for X != Y of the same level unless "permit inter-interface", and
 *     "IIF X, OIF X -> DROP" unless "permit intra-interface", whatever the
 *     ACLs say; at X's security-level line.
 *   - ASA without an inbound ACL (and no global one): traffic passes to an
 *     interface of lower security-level (equal too with
 *     "same-security-traffic permit inter-interface"): "IIF X, OIF not Y1,
 *     ..., not Yk -> DROP" for the lower Yi, then "IIF X -> ACCEPT" (two
 *     rules per interface, not one per pair); located at X's
 *     security-level line (its nameif line when the level is implied).
 *   - IOS "ip inspect NAME in|out" (CBAC, IOS Security Configuration Guide
 *     "Configuring Context-Based Access Control"): inspected traffic opens
 *     a way back for its replies.  When no ACL filters that interface and
 *     direction, a rule "IIF|OIF X -> ACCEPT, keep state" at the inspect
 *     line; when an ACL does and every binding of that ACL is inspected,
 *     its permits keep state; otherwise the binding is marked unresolved.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cisco_int.h"
#include "xalloc.h"

void cisco_lower_bindings(struct cisco_ctx *ctx, ir_chain *in, ir_chain *out,
			  const cisco_binding *extra, size_t nextra);

static ir_rule *if_rule(ir_chain *c, bool out, const char *ifname, srcloc loc, const char *text)
{
	ir_rule *r = ir_rule_new(loc, text, strlen(text));
	if (ifname)
		ir_cond_ifname(ir_rule_cond(r, out ? IR_OIF : IR_IIF, false, loc), ifname);
	return r;
}

static const cisco_if *if_by_nameif(const struct cisco_ctx *ctx, const char *nif)
{
	for (size_t i = 0; i < ctx->nifs; i++)
		if (ctx->ifs[i].nameif && strcmp(ctx->ifs[i].nameif, nif) == 0)
			return &ctx->ifs[i];
	return NULL;
}

static const cisco_if *if_by_name(const struct cisco_ctx *ctx, const char *name)
{
	for (size_t i = 0; i < ctx->nifs; i++)
		if (strcmp(ctx->ifs[i].name, name) == 0)
			return &ctx->ifs[i];
	return NULL;
}

static bool has_nameifs(const struct cisco_ctx *ctx)
{
	for (size_t i = 0; i < ctx->nifs; i++)
		if (ctx->ifs[i].nameif)
			return true;
	return false;
}

static int security_level(const cisco_if *f)
{
	if (f->has_level)
		return f->level;
	return strcmp(f->nameif, "inside") == 0 ? 100 : 0;
}

/* ASA security levels for the interfaces without an inbound ACL: two rules
 * per interface X, "IIF X, OIF not Y1, ..., not Yk -> DROP" for the
 * interfaces Yi it may send to, then "IIF X -> ACCEPT": one rule for each
 * pair would be O(n^2) rules, slow to evaluate with hundreds of VLANs. */
static void levels(struct cisco_ctx *ctx, ir_chain *in, const bool *bound_in)
{
	for (size_t i = 0; i < ctx->nifs; i++) {
		const cisco_if *x = &ctx->ifs[i];
		if (!x->nameif || bound_in[i])
			continue;
		int lx = security_level(x);
		srcloc at = x->has_level ? x->level_loc : x->nameif_loc;
		char *text = xasprintf("security-level %d on %s: traffic to a higher level is denied", lx,
				       x->nameif);
		ir_rule *drop = if_rule(in, false, x->nameif, at, text);
		free(text);
		size_t nlower = 0;
		for (size_t j = 0; j < ctx->nifs; j++) {
			const cisco_if *y = &ctx->ifs[j];
			if ((j == i && !ctx->same_security_intra) || !y->nameif)
				continue;
			int ly = security_level(y);
			if (j == i)
				ly = lx; /* in and out of X: allowed by intra-interface */
			if (ly > lx || (ly == lx && j != i && !ctx->same_security))
				continue;
			ir_cond_ifname(ir_rule_cond(drop, IR_OIF, true, at), y->nameif);
			nlower++;
		}
		ir_rule_action(drop, IR_DROP, "deny", at);
		ir_chain_append(in, drop);
		if (!nlower)
			continue;
		text = xasprintf("security-level %d on %s: traffic to a lower level passes", lx,
				 x->nameif);
		ir_rule *r = if_rule(in, false, x->nameif, at, text);
		free(text);
		ir_rule_action(r, IR_ACCEPT, "permit", at);
		r->keep_state = true;
		ir_chain_append(in, r);
	}
}

static ir_rule *rule_copy(const ir_rule *o)
{
	ir_rule *r = ir_rule_new(o->loc, o->text, strlen(o->text));
	for (size_t i = 0; i < o->ncond; i++) {
		const ir_cond *oc = &o->cond[i];
		ir_cond *c = ir_rule_cond(r, oc->field, oc->neg, oc->loc);
		for (size_t k = 0; k < oc->n; k++)
			ir_cond_range(c, oc->r[k].lo, oc->r[k].hi);
		if (oc->ifname)
			ir_cond_ifname(c, oc->ifname);
		c->bits = oc->bits;
	}
	for (size_t i = 0; i < o->nunres; i++)
		ir_rule_unresolved(r, o->unres[i].loc, o->unres[i].what);
	ir_rule_action(r, o->action, o->target, o->target_loc);
	r->jump = o->jump;
	r->family = o->family;
	r->quick = o->quick;
	r->keep_state = o->keep_state;
	return r;
}

/* The inbound use of ACL a when a global ACL exists: a chain "A (inbound)"
 * in table "inbound" with copies of a's entries (same locations and text), then "GOTO
 * global" where a has its implicit deny.  The global rules apply to
 * inbound traffic only (ASA Configuration Guide, "Access Rules"). */
static ir_chain *inbound_chain(struct cisco_ctx *ctx, cisco_acl *a, cisco_acl *global)
{
	if (a->in_chain)
		return a->in_chain;
	char *name = xasprintf("%s (inbound)", a->name);
	/* a table of its own: the checks that read the ACL chains (shadowed
	 * rules) read "filter" only, so the copies do not repeat findings */
	srcloc top = { ctx->file, 1, 1, 1, 1 };
	ir_chain *c = ir_chain_new(ir_table_get(ctx->rs, "inbound", top), name, false, a->loc);
	free(name);
	const ir_chain *o = a->chain;
	size_t n = o->n;
	if (n && o->rule[n - 1]->action == IR_DROP && o->rule[n - 1]->target &&
	    strcmp(o->rule[n - 1]->target, CISCO_IMPLICIT_DENY) == 0)
		n--;
	for (size_t i = 0; i < n; i++)
		ir_chain_append(c, rule_copy(o->rule[i]));
	char *t = xasprintf("end of access-list %s: the global access-list %s follows", a->name,
			    global->name);
	ir_rule *r = ir_rule_new(ctx->global_loc, t, strlen(t));
	free(t);
	ir_rule_action(r, IR_GOTO, global->name, ctx->global_loc);
	r->jump = global->chain;
	ir_chain_append(c, r);
	a->in_chain = c;
	return c;
}

/* ASA: traffic between two interfaces of the same security level, and in
 * and out of one interface, is denied unless same-security-traffic permits
 * it -- whatever the ACLs say (ASA Configuration Guide, "Allow Same
 * Security Level Communication").  Rules first in "in", at X's
 * security-level line. */
static void same_security(struct cisco_ctx *ctx, ir_chain *in)
{
	for (size_t i = 0; i < ctx->nifs; i++) {
		const cisco_if *x = &ctx->ifs[i];
		if (!x->nameif)
			continue;
		int lx = security_level(x);
		srcloc at = x->has_level ? x->level_loc : x->nameif_loc;
		for (size_t j = 0; j < ctx->nifs; j++) {
			const cisco_if *y = &ctx->ifs[j];
			if (!y->nameif || security_level(y) != lx)
				continue;
			char *text;
			if (j == i) {
				if (ctx->same_security_intra)
					continue;
				text = xasprintf("security-level %d on %s: traffic in and out of the same "
						 "interface is denied (no same-security-traffic permit "
						 "intra-interface)", lx, x->nameif);
			} else {
				if (ctx->same_security || strcmp(x->nameif, y->nameif) == 0)
					continue;
				text = xasprintf("security-level %d on %s and %s: traffic between interfaces "
						 "of the same security level is denied (no "
						 "same-security-traffic permit inter-interface)", lx,
						 x->nameif, y->nameif);
			}
			ir_rule *r = if_rule(in, false, x->nameif, at, text);
			free(text);
			ir_cond_ifname(ir_rule_cond(r, IR_OIF, false, at), y->nameif);
			ir_rule_action(r, IR_DROP, "deny", at);
			ir_chain_append(in, r);
		}
	}
}

static bool bound(const cisco_bind *b, size_t n, const char *ifname, bool out, bool v6)
{
	for (size_t i = 0; i < n; i++)
		if (b[i].out == out && b[i].v6 == v6 && strcmp(b[i].ifname, ifname) == 0)
			return true;
	return false;
}

void cisco_lower_bindings(struct cisco_ctx *ctx, ir_chain *in, ir_chain *out,
			  const cisco_binding *extra, size_t nextra)
{
	/* every binding in effect: the file's, then the caller's for the rest */
	size_t nb = ctx->nbind, capb = 0;
	cisco_bind *b = xgrow(NULL, &capb, nb + nextra + 1, sizeof *b);
	if (nb)
		memcpy(b, ctx->bind, nb * sizeof *b);
	for (size_t i = 0; i < nextra; i++) {
		const cisco_binding *x = &extra[i];
		const cisco_acl *xa = cisco_acl_find(ctx, x->acl);
		bool v6 = xa && xa->type == CACL_IPV6;
		if (bound(ctx->bind, ctx->nbind, x->ifname, x->out, v6))
			continue;
		char *t = xasprintf("%s %s %s (bound by the topology)", x->out ? "acl-out" : "acl-in",
				    x->ifname, x->acl);
		b[nb++] = (cisco_bind){ x->ifname, x->acl, x->out, x->loc,
					cisco_strdup(ctx, t, strlen(t)), false, v6 };
		free(t);
	}

	cisco_acl *global = NULL;
	if (ctx->global) {
		global = cisco_acl_find(ctx, ctx->global);
		if (!global || !global->chain)
			cisco_warn(ctx, ctx->global_loc, "access-group: access-list %s is not defined: "
				   "the ASA refuses this binding, so fwlint leaves it out", ctx->global);
	}

	if (ctx->asa)
		same_security(ctx, in);

	bool *bound_in = xcalloc(ctx->nifs + 1, sizeof *bound_in);
	bool check_nif = ctx->asa && has_nameifs(ctx);
	for (size_t i = 0; i < nb; i++) {
		cisco_bind *x = &b[i];
		cisco_acl *a = cisco_acl_find(ctx, x->acl);
		if (a && !ctx->asa && (a->type == CACL_IPV6) != x->v6) {
			/* "If you use the wrong command to attach an ACL (for
			 * example, an IPv4 command to attach an IPv6 ACL), you
			 * receive an error message" (Catalyst 3560 Software
			 * Configuration Guide, "Configuring IPv6 ACLs") */
			cisco_error(ctx, x->loc, "access-list %s is an IPv%d access list: it is bound with %s",
				    x->acl, x->v6 ? 4 : 6, x->v6 ? "ip access-group" : "ipv6 traffic-filter");
			continue;
		}
		const cisco_if *f = ctx->asa ? if_by_nameif(ctx, x->ifname) : if_by_name(ctx, x->ifname);
		if (check_nif && !f) {
			cisco_error(ctx, x->loc, "access-group: no interface has nameif %s", x->ifname);
			continue;
		}
		if ((!a || !a->chain) && x->v6) {
			cisco_warn(ctx, x->loc,
				   "ipv6 access-list %s is not defined: IOS passes every IPv6 packet through %s %s",
				   x->acl, x->ifname, x->out ? "out" : "in");
			continue;
		}
		if (!a || !a->chain) {
			if (ctx->asa)
				cisco_warn(ctx, x->loc, "access-group: access-list %s is not defined: "
					   "the ASA refuses this binding, so fwlint leaves it out", x->acl);
			else
				cisco_warn(ctx, x->loc,
					   "access-list %s is not defined: IOS passes every packet through %s %s",
					   x->acl, x->ifname, x->out ? "out" : "in");
			continue;
		}
		if (!x->out && f)
			bound_in[f - ctx->ifs] = true;
		if (!ctx->asa && f && f->has_insp[x->out] && !x->v6)
			x->inspected = true;
		ir_chain *c = x->out ? out : in;
		ir_rule *r = if_rule(c, x->out, x->ifname, x->loc, x->text);
		ir_rule_action(r, IR_GOTO, a->name, x->loc);
		r->jump = a->chain;
		if (!ctx->asa)
			r->family = x->v6 ? 6 : 4;
		if (global && !x->out && a != global) {
			/* inbound, the global ACL follows instead of the
			 * implicit deny: its own chain, the ACL's stays as it is
			 * for its other uses (out, --acl) */
			r->jump = inbound_chain(ctx, a, global);
			free(r->target);
			r->target = xstrdup(r->jump->name);
		}
		ir_chain_append(c, r);
		ctx->rs->nbindings++;
	}

	/* IOS inspection */
	for (size_t k = 0; !ctx->asa && k < ctx->nifs; k++) {
		const cisco_if *f = &ctx->ifs[k];
		for (int d = 0; d < 2; d++) {
			if (!f->has_insp[d])
				continue;
			const cisco_inspect *ins = &f->insp[d];
			cisco_bind *x = NULL;
			for (size_t i = 0; i < nb; i++)
				if (b[i].inspected && b[i].out == d && strcmp(b[i].ifname, f->name) == 0)
					x = &b[i];
			cisco_acl *a = x ? cisco_acl_find(ctx, x->acl) : NULL;
			ir_chain *c = d ? out : in;
			if (!a || !a->chain) {
				char *t = xasprintf("ip inspect %s %s on %s: inspected traffic passes, its replies too",
						    ins->name, d ? "out" : "in", f->name);
				ir_rule *r = if_rule(c, d, f->name, ins->loc, t);
				free(t);
				ir_rule_action(r, IR_ACCEPT, "inspect", ins->loc);
				r->keep_state = true;
				r->family = 4;
				ir_chain_append(c, r);
				continue;
			}
			bool all = true;
			for (size_t i = 0; i < nb; i++)
				if (strcmp(b[i].acl, a->name) == 0 && !b[i].inspected)
					all = false;
			if (all) {
				for (size_t i = 0; i < a->chain->n; i++)
					if (a->chain->rule[i]->action == IR_ACCEPT)
						a->chain->rule[i]->keep_state = true;
			} else {
				for (size_t i = 0; i < c->n; i++)
					if (c->rule[i]->loc.line == x->loc.line && c->rule[i]->jump == a->chain)
						ir_rule_unresolved(c->rule[i], ins->loc,
								   "ip inspect on an access-list also bound without it");
			}
		}
	}

	if (ctx->asa) {
		if (global && global->chain) {
			size_t tl;
			const char *t = cisco_line_text(ctx, ctx->global_loc, &tl);
			char *text = xstrndup(t, tl);
			ir_rule *r = if_rule(in, false, NULL, ctx->global_loc, text);
			free(text);
			ir_rule_action(r, IR_GOTO, global->name, ctx->global_loc);
			r->jump = global->chain;
			ir_chain_append(in, r);
			ctx->rs->nbindings++;
		} else {
			levels(ctx, in, bound_in);
		}
	}
	free(bound_in);
	free(b);
}
