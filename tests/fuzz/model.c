/* model.c - the brute-force reading of iptables-save (model.h).
 *
 * Written from iptables(8), iptables-extensions(8) and iptables-restore(8),
 * and from the kernel's first-match walk, not from fwlint's front end: a
 * disagreement between the two is a finding of the fuzz target. */
#include "model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_WORDS = 64, MAX_LINE = 512 };

/* The next line of text[*pos..len) into line, NUL-terminated, and *pos
 * past it.  False at the end of the text, and for a line too long or
 * holding a NUL (*bad set: the models read no such text). */
static bool next_line(const char *text, size_t len, size_t *pos, char line[MAX_LINE], bool *bad)
{
	if (*pos >= len)
		return false;
	size_t end = *pos;
	while (end < len && text[end] != '\n')
		end++;
	if (end - *pos >= MAX_LINE || memchr(text + *pos, '\0', end - *pos)) {
		*bad = true;
		return false;
	}
	memcpy(line, text + *pos, end - *pos);
	line[end - *pos] = '\0';
	*pos = end + 1;
	return true;
}

/* The words of line (split in place at the characters of sep) into
 * w[0..MAX_WORDS); how many, or -1 for more. */
static int split_words(char *line, const char *sep, char **w)
{
	int n = 0;
	char *save = NULL;
	for (char *p = strtok_r(line, sep, &save); p; p = strtok_r(NULL, sep, &save)) {
		if (n == MAX_WORDS)
			return -1;
		w[n++] = p;
	}
	return n;
}

/* tcp, udp, icmp (and with ip_all, IOS's "ip": 0, every protocol) as
 * their numbers; -1 for another word. */
static int proto_of(const char *w, bool ip_all)
{
	if (strcmp(w, "tcp") == 0)
		return 6;
	if (strcmp(w, "udp") == 0)
		return 17;
	if (strcmp(w, "icmp") == 0)
		return 1;
	return ip_all && strcmp(w, "ip") == 0 ? 0 : -1;
}

static bool read_u32(const char *s, uint32_t max, uint32_t *out)
{
	if (!*s || strlen(s) > 10)
		return false;
	uint64_t v = 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return false;
		v = v * 10 + (uint64_t)(*s - '0');
	}
	if (v > max)
		return false;
	*out = (uint32_t)v;
	return true;
}

/* a.b.c.d or a.b.c.d/len (iptables(8): the mask may be a plain number);
 * the address is masked, as iptables-restore stores it. */
static bool read_addr(const char *s, uint32_t *addr, uint32_t *mask)
{
	char buf[40];
	if (strlen(s) >= sizeof buf)
		return false;
	strcpy(buf, s);
	uint32_t len = 32;
	char *slash = strchr(buf, '/');
	if (slash) {
		*slash = '\0';
		if (!read_u32(slash + 1, 32, &len))
			return false;
	}
	uint32_t a = 0;
	char *p = buf;
	for (int i = 0; i < 4; i++) {
		char *dot = strchr(p, '.');
		if ((i < 3) != (dot != NULL))
			return false;
		if (dot)
			*dot = '\0';
		uint32_t o;
		if (!read_u32(p, 255, &o))
			return false;
		a = a << 8 | o;
		p = dot ? dot + 1 : p;
	}
	*mask = len ? ~(uint32_t)0 << (32 - len) : 0;
	*addr = a & *mask;
	return true;
}

/* An interface name (at most 15 characters); a final '+' matches every
 * name that starts with the rest (iptables(8), -i). */
static bool read_iface(const char *s, char *out, bool *wild)
{
	size_t n = strlen(s);
	if (n == 0 || n > 15)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			  (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' ||
			  (c == '+' && i == n - 1);
		if (!ok)
			return false;
	}
	*wild = s[n - 1] == '+';
	memcpy(out, s, *wild ? n - 1 : n);
	out[*wild ? n - 1 : n] = '\0';
	return true;
}

static bool read_port(const char *s, model_range *r)
{
	char buf[16];
	if (strlen(s) >= sizeof buf)
		return false;
	strcpy(buf, s);
	char *colon = strchr(buf, ':');
	if (colon)
		*colon = '\0';
	if (!read_u32(buf, 65535, &r->lo))
		return false;
	r->hi = r->lo;
	if (colon && !read_u32(colon + 1, 65535, &r->hi))
		return false;
	return r->lo <= r->hi;
}

static bool read_states(const char *s, unsigned *out)
{
	static const char *const names[] = { "NEW", "ESTABLISHED", "RELATED", "INVALID",
					     "UNTRACKED" };
	char buf[80];
	if (strlen(s) >= sizeof buf)
		return false;
	strcpy(buf, s);
	*out = 0;
	char *save = NULL;
	for (char *w = strtok_r(buf, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		size_t i = 0;
		while (i < 5 && strcmp(w, names[i]) != 0)
			i++;
		if (i == 5)
			return false;
		*out |= 1u << i;
	}
	return *out != 0;
}

static int find_chain(const model *m, const char *name)
{
	for (int i = 0; i < m->nchain; i++)
		if (strcmp(m->chain[i].name, name) == 0)
			return i;
	return -1;
}

static bool valid_chain_name(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n >= MODEL_NAME || s[0] == '-' || s[0] == '!')
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '_' || s[i] == '-'))
			return false;
	return true;
}

/* One "-A" line's words (after "-A CHAIN") into r. */
static bool read_rule(model *m, model_rule *r, char **w, int n)
{
	bool neg = false, loaded_proto_match = false, seen_j = false;
	bool mod_mport = false, mod_state = false;
	for (int i = 0; i < n; i++) {
		const char *o = w[i];
		if (strcmp(o, "!") == 0) {
			if (neg)
				return false;
			neg = true;
			continue;
		}
		const char *arg = i + 1 < n ? w[i + 1] : NULL;
		bool was_neg = neg;
		neg = false;
		if (strcmp(o, "-s") == 0 || strcmp(o, "-d") == 0) {
			bool src = o[1] == 's';
			bool *has = src ? &r->has_src : &r->has_dst;
			if (!arg || *has)
				return false;
			if (!read_addr(arg, src ? &r->src : &r->dst, src ? &r->src_mask : &r->dst_mask))
				return false;
			/* "! -s 0.0.0.0/0" matches nothing; iptables-nft refuses
			 * to load it (fwlint(1) follows iptables-nft). */
			if (was_neg && (src ? r->src_mask : r->dst_mask) == 0)
				return false;
			*has = true;
			*(src ? &r->not_src : &r->not_dst) = was_neg;
			i++;
		} else if (strcmp(o, "-i") == 0 || strcmp(o, "-o") == 0) {
			bool in = o[1] == 'i';
			bool *has = in ? &r->has_in : &r->has_out;
			if (!arg || *has)
				return false;
			if (!read_iface(arg, in ? r->in : r->out, in ? &r->in_wild : &r->out_wild))
				return false;
			*has = true;
			*(in ? &r->not_in : &r->not_out) = was_neg;
			i++;
		} else if (strcmp(o, "-p") == 0) {
			if (!arg || r->has_proto)
				return false;
			int proto = proto_of(arg, false);
			if (proto < 0)
				return false;
			r->proto = (uint8_t)proto;
			r->has_proto = true;
			r->not_proto = was_neg;
			i++;
		} else if (strcmp(o, "-m") == 0) {
			if (!arg || was_neg)
				return false;
			if (strcmp(arg, "tcp") == 0 || strcmp(arg, "udp") == 0) {
				/* The tcp and udp matches need -p of their protocol
				 * (iptables-extensions(8)). */
				if (!r->has_proto || r->not_proto || r->proto != (arg[0] == 't' ? 6 : 17))
					return false;
				loaded_proto_match = true;
			} else if (strcmp(arg, "multiport") == 0) {
				if (!r->has_proto || r->not_proto || r->proto == 1 || mod_mport)
					return false;
				mod_mport = true;
			} else if (strcmp(arg, "conntrack") == 0 || strcmp(arg, "state") == 0) {
				if (mod_state)
					return false;
				mod_state = true;
			} else {
				return false;
			}
			i++;
		} else if (strcmp(o, "--sport") == 0 || strcmp(o, "--dport") == 0) {
			/* -p tcp or udp loads its match by itself (iptables(8)). */
			(void)loaded_proto_match;
			if (!arg || !r->has_proto || r->not_proto || r->proto == 1)
				return false;
			bool src = o[2] == 's';
			bool *has = src ? &r->has_sport : &r->has_dport;
			if (*has || !read_port(arg, src ? &r->sport : &r->dport))
				return false;
			*has = true;
			*(src ? &r->not_sport : &r->not_dport) = was_neg;
			i++;
		} else if (strcmp(o, "--sports") == 0 || strcmp(o, "--dports") == 0) {
			if (!arg || !mod_mport || r->has_mport)
				return false;
			char buf[MAX_LINE];
			if (strlen(arg) >= sizeof buf)
				return false;
			strcpy(buf, arg);
			int slots = 0;
			char *save = NULL;
			for (char *p = strtok_r(buf, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
				if (r->nmport == MODEL_MAX_PORTS || !read_port(p, &r->mport[r->nmport]))
					return false;
				/* A range takes two of multiport's 15 slots. */
				slots += r->mport[r->nmport].lo == r->mport[r->nmport].hi ? 1 : 2;
				r->nmport++;
			}
			if (r->nmport == 0 || slots > MODEL_MAX_PORTS)
				return false;
			r->has_mport = true;
			r->not_mport = was_neg;
			r->mport_src = o[2] == 's';
			i++;
		} else if (strcmp(o, "--ctstate") == 0 || strcmp(o, "--state") == 0) {
			if (!arg || !mod_state || r->has_state || !read_states(arg, &r->states))
				return false;
			r->has_state = true;
			r->not_state = was_neg;
			i++;
		} else if (strcmp(o, "-j") == 0 || strcmp(o, "-g") == 0) {
			if (!arg || was_neg || seen_j)
				return false;
			seen_j = true;
			bool go = o[1] == 'g';
			if (go) {
				r->verdict = MV_GOTO;
			} else if (strcmp(arg, "ACCEPT") == 0) {
				r->verdict = MV_ACCEPT;
			} else if (strcmp(arg, "DROP") == 0) {
				r->verdict = MV_DROP;
			} else if (strcmp(arg, "REJECT") == 0) {
				r->verdict = MV_REJECT;
			} else if (strcmp(arg, "RETURN") == 0) {
				r->verdict = MV_RETURN;
			} else if (strcmp(arg, "LOG") == 0) {
				r->verdict = MV_CONTINUE;
			} else {
				r->verdict = MV_JUMP;
			}
			if (r->verdict == MV_JUMP || r->verdict == MV_GOTO) {
				r->target = find_chain(m, arg);
				if (r->target < 0 || m->chain[r->target].builtin)
					return false;
			}
			i++;
		} else {
			return false;
		}
	}
	/* A rule without -j counts packets and goes on. */
	if (!seen_j)
		r->verdict = MV_CONTINUE;
	return !neg && (!mod_mport || r->has_mport) && (!mod_state || r->has_state);
}

/* Depth-first: is a loop of jumps reachable from chain c?  color: 0 not
 * seen, 1 on the current path, 2 done. */
static bool loops(const model *m, int c, unsigned char *color)
{
	color[c] = 1;
	for (int i = m->chain[c].first; i >= 0; i = m->rule[i].next) {
		const model_rule *r = &m->rule[i];
		if (r->verdict != MV_JUMP && r->verdict != MV_GOTO)
			continue;
		if (color[r->target] == 1 || (color[r->target] == 0 && loops(m, r->target, color)))
			return true;
	}
	color[c] = 2;
	return false;
}

bool model_read(model *m, const char *text, size_t len)
{
	memset(m, 0, sizeof *m);
	for (int h = 0; h < MH_N; h++)
		m->hook_chain[h] = -1;
	bool in_table = false, committed = false;
	size_t pos = 0;
	int lineno = 0;
	char line[MAX_LINE];
	bool bad = false;
	while (next_line(text, len, &pos, line, &bad)) {
		lineno++;
		if (strchr(line, '"') || strchr(line, '\'') || strchr(line, '\r'))
			return false;
		char *w[MAX_WORDS];
		int n = split_words(line, " \t", w);
		if (n < 0)
			return false;
		if (n == 0 || w[0][0] == '#')
			continue;
		if (committed)
			return false;
		if (!in_table) {
			if (n != 1 || strcmp(w[0], "*filter") != 0)
				return false;
			in_table = true;
		} else if (w[0][0] == ':') {
			/* Chains are declared before the rules, as iptables-save
			 * writes them. */
			if (m->nrule || m->nchain == MODEL_MAX_CHAINS || n < 2 || n > 3)
				return false;
			const char *name = w[0] + 1;
			if (!valid_chain_name(name) || find_chain(m, name) >= 0)
				return false;
			model_chain *c = &m->chain[m->nchain];
			strcpy(c->name, name);
			c->first = c->last = -1;
			static const char *const hooks[MH_N] = { "INPUT", "FORWARD", "OUTPUT" };
			for (int h = 0; h < MH_N; h++)
				if (strcmp(name, hooks[h]) == 0) {
					c->builtin = true;
					m->hook_chain[h] = m->nchain;
				}
			if (c->builtin && strcmp(w[1], "ACCEPT") == 0)
				c->policy = MV_ACCEPT;
			else if (c->builtin && strcmp(w[1], "DROP") == 0)
				c->policy = MV_DROP;
			else if (c->builtin || strcmp(w[1], "-") != 0)
				return false;
			if (n == 3 && strcmp(w[2], "[0:0]") != 0)
				return false;
			m->nchain++;
		} else if (strcmp(w[0], "-A") == 0) {
			if (n < 2 || m->nrule == MODEL_MAX_RULES)
				return false;
			int c = find_chain(m, w[1]);
			if (c < 0)
				return false;
			model_rule *r = &m->rule[m->nrule];
			memset(r, 0, sizeof *r);
			r->line = lineno;
			r->chain = c;
			if (!read_rule(m, r, w + 2, n - 2))
				return false;
			/* iptables refuses -i in OUTPUT and -o in INPUT (iptables(8),
			 * "Can't use -i with OUTPUT"); a user chain may have them. */
			if ((c == m->hook_chain[MH_OUTPUT] && r->has_in) ||
			    (c == m->hook_chain[MH_INPUT] && r->has_out))
				return false;
			r->next = -1;
			if (m->chain[c].last >= 0)
				m->rule[m->chain[c].last].next = m->nrule;
			else
				m->chain[c].first = m->nrule;
			m->chain[c].last = m->nrule;
			m->nrule++;
		} else if (n == 1 && strcmp(w[0], "COMMIT") == 0) {
			committed = true;
		} else {
			return false;
		}
	}
	if (bad || !committed)
		return false;
	for (int h = 0; h < MH_N; h++)
		if (m->hook_chain[h] < 0)
			return false;
	/* The kernel refuses a ruleset with a loop of jumps. */
	unsigned char color[MODEL_MAX_CHAINS] = { 0 };
	for (int c = 0; c < m->nchain; c++)
		if (color[c] == 0 && loops(m, c, color))
			return false;
	return true;
}

static bool in_range(uint32_t v, model_range r)
{
	return v >= r.lo && v <= r.hi;
}

static bool iface_match(const char *pat, bool wild, const char *name)
{
	/* The kernel compares names with a mask (ip_packet_match()): a packet
	 * with no such interface has the empty name. */
	const char *have = name ? name : "";
	return wild ? strncmp(have, pat, strlen(pat)) == 0 : strcmp(have, pat) == 0;
}

bool model_match(const model_rule *r, const model_packet *p)
{
	if (r->has_src && ((p->src & r->src_mask) == r->src) == r->not_src)
		return false;
	if (r->has_dst && ((p->dst & r->dst_mask) == r->dst) == r->not_dst)
		return false;
	if (r->has_in && iface_match(r->in, r->in_wild, p->in) == r->not_in)
		return false;
	if (r->has_out && iface_match(r->out, r->out_wild, p->out) == r->not_out)
		return false;
	if (r->has_proto && (p->proto == r->proto) == r->not_proto)
		return false;
	if (r->has_sport && in_range(p->sport, r->sport) == r->not_sport)
		return false;
	if (r->has_dport && in_range(p->dport, r->dport) == r->not_dport)
		return false;
	if (r->has_mport) {
		bool any = false;
		for (int i = 0; i < r->nmport && !any; i++)
			any = in_range(r->mport_src ? p->sport : p->dport, r->mport[i]);
		if (any == r->not_mport)
			return false;
	}
	if (r->has_state && ((p->state & r->states) != 0) == r->not_state)
		return false;
	return true;
}

/* Walk chain c: MV_ACCEPT/DROP/REJECT decide; MV_RETURN: c returned (its
 * end, or RETURN); *line the deciding rule. */
static enum model_verdict walk(const model *m, int c, const model_packet *p, int *line,
			       bool *matched, long *budget)
{
	for (int i = m->chain[c].first; i >= 0; i = m->rule[i].next) {
		const model_rule *r = &m->rule[i];
		if (--*budget < 0)
			return MV_RETURN;
		if (!model_match(r, p))
			continue;
		if (matched)
			matched[i] = true;
		switch (r->verdict) {
		case MV_ACCEPT:
		case MV_DROP:
		case MV_REJECT:
			*line = r->line;
			return r->verdict;
		case MV_RETURN:
			return MV_RETURN;
		case MV_CONTINUE:
			break;
		case MV_JUMP:
		case MV_GOTO: {
			enum model_verdict v = walk(m, r->target, p, line, matched, budget);
			if (v != MV_RETURN)
				return v;
			/* After -g the target's return is this chain's
			 * (iptables(8), --goto); after -j the walk goes on
			 * here. */
			if (r->verdict == MV_GOTO)
				return MV_RETURN;
			break;
		}
		}
	}
	return MV_RETURN;
}

enum model_verdict model_scan(const model *m, enum model_hook hook, const model_packet *p,
			      int *line, bool *matched)
{
	int c = m->hook_chain[hook];
	*line = 0;
	long budget = MODEL_MAX_STEPS;
	enum model_verdict v = walk(m, c, p, line, matched, &budget);
	if (budget < 0)
		return MV_CONTINUE;
	if (v == MV_RETURN) {
		*line = 0;
		return m->chain[c].policy;
	}
	return v;
}

/* ---------------------------------------------------------------- pf */

static bool pf_port_spec(char **w, int n, int *i, pfm_port *pp)
{
	/* "port" already read; w[*i] is the first word of the spec. */
	static const struct { const char *op; enum pfm_op v; } unary[] = {
		{ "=", PO_EQ }, { "!=", PO_NE }, { "<", PO_LT }, { "<=", PO_LE },
		{ ">", PO_GT }, { ">=", PO_GE },
	};
	if (*i >= n)
		return false;
	for (size_t k = 0; k < sizeof unary / sizeof *unary; k++)
		if (strcmp(w[*i], unary[k].op) == 0) {
			if (*i + 1 >= n || !read_u32(w[*i + 1], 65535, &pp->a))
				return false;
			pp->op = unary[k].v;
			*i += 2;
			return true;
		}
	char *colon = strchr(w[*i], ':');
	if (colon) {
		*colon = '\0';
		bool ok = read_u32(w[*i], 65535, &pp->a) && read_u32(colon + 1, 65535, &pp->b);
		*colon = ':';
		if (!ok || pp->a > pp->b)
			return false;
		pp->op = PO_RANGE;
		*i += 1;
		return true;
	}
	if (!read_u32(w[*i], 65535, &pp->a))
		return false;
	if (*i + 2 < n && (strcmp(w[*i + 1], "><") == 0 || strcmp(w[*i + 1], "<>") == 0)) {
		if (!read_u32(w[*i + 2], 65535, &pp->b))
			return false;
		pp->op = w[*i + 1][0] == '>' ? PO_IN : PO_OUT;
		/* parse.y validate_range(): "34><12" and "34><34" (none) and
		 * "34<>22" (all) are refused. */
		if (pp->op == PO_IN ? pp->a >= pp->b : pp->a > pp->b)
			return false;
		*i += 3;
		return true;
	}
	pp->op = PO_EQ;
	*i += 1;
	return true;
}

/* [!] any | a.b.c.d[/len], then [port SPEC]. */
static bool pf_host(char **w, int n, int *i, bool *has, bool *not, uint32_t *addr, uint32_t *mask,
		    pfm_port *pp)
{
	if (*i < n && strcmp(w[*i], "!") == 0) {
		*not = true;
		(*i)++;
	}
	if (*i >= n)
		return false;
	if (strcmp(w[*i], "any") == 0) {
		if (*not)
			return false;
		*has = false;
	} else if (read_addr(w[*i], addr, mask)) {
		*has = true;
	} else {
		return false;
	}
	(*i)++;
	if (*i < n && strcmp(w[*i], "port") == 0) {
		(*i)++;
		return pf_port_spec(w, n, i, pp);
	}
	return true;
}

static bool pf_flags(const char *s, uint8_t *bits)
{
	static const char letters[] = "FSRPAUEW";
	*bits = 0;
	for (; *s; s++) {
		const char *k = strchr(letters, *s);
		if (!k)
			return false;
		*bits |= (uint8_t)(1u << (k - letters));
	}
	return true;
}

static bool pf_rule(pfm_rule *r, char **w, int n)
{
	int i = 0;
	r->pass = strcmp(w[i], "pass") == 0;
	i++;
	if (!r->pass && i < n && (strcmp(w[i], "drop") == 0 || strcmp(w[i], "return") == 0))
		r->ret = w[i++][0] == 'r';
	if (i < n && (strcmp(w[i], "in") == 0 || strcmp(w[i], "out") == 0))
		r->dir = w[i++][0] == 'i' ? 1 : 2;
	if (i < n && strcmp(w[i], "quick") == 0) {
		r->quick = true;
		i++;
	}
	if (i < n && strcmp(w[i], "on") == 0) {
		i++;
		if (i < n && strcmp(w[i], "!") == 0) {
			r->not_on = true;
			i++;
		}
		bool wild;
		if (i >= n || !read_iface(w[i], r->on, &wild) || wild)
			return false;
		r->has_on = true;
		i++;
	}
	if (i < n && strcmp(w[i], "inet") == 0)
		i++;
	if (i < n && strcmp(w[i], "proto") == 0) {
		i++;
		int proto = i < n ? proto_of(w[i], false) : -1;
		if (proto < 0)
			return false;
		r->proto = (uint8_t)proto;
		r->has_proto = true;
		i++;
	}
	if (i < n && strcmp(w[i], "all") == 0) {
		i++;
	} else {
		if (i >= n || strcmp(w[i], "from") != 0)
			return false;
		i++;
		if (!pf_host(w, n, &i, &r->has_src, &r->not_src, &r->src, &r->src_mask, &r->sport))
			return false;
		if (i >= n || strcmp(w[i], "to") != 0)
			return false;
		i++;
		if (!pf_host(w, n, &i, &r->has_dst, &r->not_dst, &r->dst, &r->dst_mask, &r->dport))
			return false;
	}
	/* pfctl: "port only applies to tcp/udp" (parse.y). */
	if ((r->sport.op || r->dport.op) && (!r->has_proto || r->proto == 1))
		return false;
	bool flags_given = false, state_given = false, keep = r->pass;
	if (i < n && strcmp(w[i], "flags") == 0) {
		i++;
		if (i >= n)
			return false;
		if (strcmp(w[i], "any") == 0) {
			r->flags = r->flags_mask = 0;
		} else {
			char *slash = strchr(w[i], '/');
			if (!slash)
				return false;
			*slash = '\0';
			bool ok = pf_flags(w[i], &r->flags) && pf_flags(slash + 1, &r->flags_mask);
			*slash = '/';
			if (!ok || !r->flags_mask || (r->flags & ~r->flags_mask))
				return false;
		}
		/* parse.y: "flags only apply to tcp" when a protocol other
		 * than tcp is named ("flags any" sets none). */
		if (r->flags_mask && r->has_proto && r->proto != 6)
			return false;
		flags_given = true;
		i++;
	}
	if (i + 1 < n && (strcmp(w[i], "keep") == 0 || strcmp(w[i], "no") == 0) &&
	    strcmp(w[i + 1], "state") == 0) {
		keep = w[i][0] == 'k';
		state_given = true;
		i += 2;
	}
	if (i != n || (state_given && !r->pass))
		return false;
	/* pf.conf(5): stateful rules get flags S/SA by default. */
	if (!flags_given && keep && r->pass) {
		r->flags = 0x02;
		r->flags_mask = 0x12;
	}
	return true;
}

bool pfm_read(pf_model *m, const char *text, size_t len)
{
	memset(m, 0, sizeof *m);
	size_t pos = 0;
	int lineno = 0;
	char line[MAX_LINE];
	bool bad = false;
	while (next_line(text, len, &pos, line, &bad)) {
		lineno++;
		/* Comments, and no continued lines, macros, lists or tables. */
		char *hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		if (strpbrk(line, "\\${}\"\r"))
			return false;
		char *w[MAX_WORDS];
		int n = split_words(line, " \t", w);
		if (n < 0)
			return false;
		if (n == 0)
			continue;
		if ((strcmp(w[0], "pass") != 0 && strcmp(w[0], "block") != 0) ||
		    m->nrule == MODEL_MAX_RULES)
			return false;
		pfm_rule *r = &m->rule[m->nrule];
		memset(r, 0, sizeof *r);
		r->line = lineno;
		if (!pf_rule(r, w, n))
			return false;
		m->nrule++;
	}
	return !bad;
}

static bool pf_port_match(const pfm_port *pp, uint32_t v)
{
	switch (pp->op) {
	case PO_NONE: return true;
	case PO_EQ: return v == pp->a;
	case PO_NE: return v != pp->a;
	case PO_LT: return v < pp->a;
	case PO_LE: return v <= pp->a;
	case PO_GT: return v > pp->a;
	case PO_GE: return v >= pp->a;
	case PO_RANGE: return v >= pp->a && v <= pp->b;
	case PO_IN: return v > pp->a && v < pp->b;
	case PO_OUT: return v < pp->a || v > pp->b;
	}
	return false;
}

bool pfm_match(const pfm_rule *r, int dir, const char *iface, const model_packet *p)
{
	if (r->dir && r->dir != dir)
		return false;
	if (r->has_on && (strcmp(r->on, iface) == 0) == r->not_on)
		return false;
	if (r->has_proto && p->proto != r->proto)
		return false;
	if (r->has_src && ((p->src & r->src_mask) == r->src) == r->not_src)
		return false;
	if (r->has_dst && ((p->dst & r->dst_mask) == r->dst) == r->not_dst)
		return false;
	if (r->sport.op && !pf_port_match(&r->sport, p->sport))
		return false;
	if (r->dport.op && !pf_port_match(&r->dport, p->dport))
		return false;
	/* Flags are tested on TCP packets only (pf.c, pf_test_rule). */
	if (p->proto == 6 && r->flags_mask) {
		uint8_t f = p->state == 1 ? 0x02 : 0x10;
		if ((f & r->flags_mask) != r->flags)
			return false;
	}
	return true;
}

/* One stage: the last matching rule, or the first quick one; -1: none. */
static int pf_stage(const pf_model *m, int dir, const char *iface, const model_packet *p)
{
	int last = -1;
	for (int i = 0; i < m->nrule; i++) {
		if (!pfm_match(&m->rule[i], dir, iface, p))
			continue;
		last = i;
		if (m->rule[i].quick)
			break;
	}
	return last;
}

enum model_verdict pfm_scan(const pf_model *m, const model_packet *p, int *line, bool *decided)
{
	int in = pf_stage(m, 1, p->in, p);
	int out = -1;
	*line = 0;
	if (in >= 0 && decided)
		decided[in] = true;
	if (in >= 0 && !m->rule[in].pass) {
		*line = m->rule[in].line;
		return m->rule[in].ret ? MV_REJECT : MV_DROP;
	}
	out = pf_stage(m, 2, p->out, p);
	if (out >= 0 && decided)
		decided[out] = true;
	if (out >= 0 && !m->rule[out].pass) {
		*line = m->rule[out].line;
		return m->rule[out].ret ? MV_REJECT : MV_DROP;
	}
	*line = in >= 0 ? m->rule[in].line : out >= 0 ? m->rule[out].line : 0;
	return MV_ACCEPT;
}

/* ---------------------------------------------------------------- Cisco IOS */

const char *const cm_ifaces[CM_IFACES] = { "GigabitEthernet0/0", "GigabitEthernet0/1",
					   "GigabitEthernet0/2" };

/* any | host A | A WILDCARD */
static bool cm_addr(char **w, int n, int *i, uint32_t *addr, uint32_t *wild)
{
	uint32_t mask;
	if (*i >= n)
		return false;
	if (strcmp(w[*i], "any") == 0) {
		*addr = 0;
		*wild = ~(uint32_t)0;
		(*i)++;
		return true;
	}
	if (strcmp(w[*i], "host") == 0) {
		if (*i + 1 >= n || strchr(w[*i + 1], '/') || !read_addr(w[*i + 1], addr, &mask))
			return false;
		*wild = 0;
		*i += 2;
		return true;
	}
	if (*i + 1 >= n || strchr(w[*i], '/') || strchr(w[*i + 1], '/') ||
	    !read_addr(w[*i], addr, &mask) || !read_addr(w[*i + 1], wild, &mask))
		return false;
	/* IOS keeps the address with the wildcard's bits cleared. */
	*addr &= ~*wild;
	*i += 2;
	return true;
}

/* list: eq may take up to ten ports (IOS "Named ACL Support for
 * Noncontiguous Ports"), which the model, as fwlint(1), allows after the
 * destination only. */
static bool cm_ports(char **w, int n, int *i, cm_port *pp, bool list)
{
	if (*i >= n)
		return true;
	static const struct { const char *w; enum cm_op op; } ops[] = {
		{ "eq", CO_EQ }, { "neq", CO_NEQ }, { "lt", CO_LT }, { "gt", CO_GT },
		{ "range", CO_RANGE },
	};
	size_t k = 0;
	while (k < sizeof ops / sizeof *ops && strcmp(w[*i], ops[k].w) != 0)
		k++;
	if (k == sizeof ops / sizeof *ops)
		return true;
	pp->op = ops[k].op;
	(*i)++;
	int want = pp->op == CO_RANGE ? 2 : 1;
	while (*i < n && pp->n < CM_MAX_EQ && read_u32(w[*i], 65535, &pp->v[pp->n])) {
		pp->n++;
		(*i)++;
		if ((pp->op != CO_EQ || !list) && pp->n == want)
			break;
	}
	if (pp->n < want)
		return false;
	/* "% Invalid range" for range 30 20 (IOS); lt 0 and gt 65535 match
	 * nothing: the model leaves them out. */
	if ((pp->op == CO_RANGE && pp->v[0] > pp->v[1]) || (pp->op == CO_LT && pp->v[0] == 0) ||
	    (pp->op == CO_GT && pp->v[0] == 65535))
		return false;
	return true;
}

static bool cm_entry(cm_rule *r, char **w, int n)
{
	int i = 0;
	r->permit = strcmp(w[i++], "permit") == 0;
	int proto = i < n ? proto_of(w[i], true) : -1;
	if (proto < 0)
		return false;
	r->proto = (uint8_t)proto;
	i++;
	bool ports = r->proto == 6 || r->proto == 17;
	if (!cm_addr(w, n, &i, &r->src, &r->swild))
		return false;
	if (ports && !cm_ports(w, n, &i, &r->sport, false))
		return false;
	if (!cm_addr(w, n, &i, &r->dst, &r->dwild))
		return false;
	if (ports && !cm_ports(w, n, &i, &r->dport, true))
		return false;
	if (i < n && strcmp(w[i], "established") == 0) {
		if (r->proto != 6)
			return false;
		r->established = true;
		i++;
	}
	if (i < n && strcmp(w[i], "log") == 0)
		i++;
	return i == n;
}

bool cm_read(cisco_model *m, const char *text, size_t len)
{
	memset(m, 0, sizeof *m);
	for (int k = 0; k < CM_IFACES; k++)
		m->bind[k][0] = m->bind[k][1] = -1;
	int acl = -1, iface = -1, lineno = 0;
	int entries[CM_MAX_ACLS] = { 0 };
	size_t pos = 0;
	char line[MAX_LINE];
	bool bad = false;
	while (next_line(text, len, &pos, line, &bad)) {
		lineno++;
		if (strpbrk(line, "\r\t\""))
			return false;
		bool indented = line[0] == ' ';
		char *w[MAX_WORDS];
		int n = split_words(line, " ", w);
		if (n < 0)
			return false;
		if (n == 0)
			continue;
		if (!indented) {
			acl = iface = -1;
			if (strcmp(w[0], "!") == 0 && n == 1)
				continue;
			if (n == 4 && strcmp(w[0], "ip") == 0 && strcmp(w[1], "access-list") == 0 &&
			    strcmp(w[2], "extended") == 0) {
				bool ok = valid_chain_name(w[3]);
				for (int k = 0; k < m->nacl; k++)
					ok = ok && strcmp(m->acl[k], w[3]) != 0;
				if (!ok || m->nacl == CM_MAX_ACLS)
					return false;
				strcpy(m->acl[m->nacl], w[3]);
				m->acl_line[m->nacl] = lineno;
				acl = m->nacl++;
				continue;
			}
			if (n == 2 && strcmp(w[0], "interface") == 0) {
				for (int k = 0; k < CM_IFACES; k++)
					if (strcmp(w[1], cm_ifaces[k]) == 0)
						iface = k;
				if (iface < 0)
					return false;
				continue;
			}
			return false;
		}
		if (acl >= 0) {
			if (strcmp(w[0], "remark") == 0)
				continue;
			if ((strcmp(w[0], "permit") != 0 && strcmp(w[0], "deny") != 0) ||
			    m->nrule == MODEL_MAX_RULES)
				return false;
			cm_rule *r = &m->rule[m->nrule];
			memset(r, 0, sizeof *r);
			r->line = lineno;
			r->acl = acl;
			if (!cm_entry(r, w, n))
				return false;
			entries[acl]++;
			m->nrule++;
		} else if (iface >= 0) {
			if (n != 4 || strcmp(w[0], "ip") != 0 || strcmp(w[1], "access-group") != 0)
				return false;
			int dir = strcmp(w[3], "in") == 0 ? 0 : strcmp(w[3], "out") == 0 ? 1 : -1;
			int a = -1;
			for (int k = 0; k < m->nacl; k++)
				if (strcmp(m->acl[k], w[2]) == 0)
					a = k;
			/* One ACL a direction; an ACL defined before it is bound
			 * (an undefined or empty one permits all on IOS: left
			 * out of the model). */
			if (dir < 0 || a < 0 || m->bind[iface][dir] >= 0)
				return false;
			m->bind[iface][dir] = a;
		} else {
			return false;
		}
	}
	if (bad)
		return false;
	for (int k = 0; k < CM_IFACES; k++)
		for (int d = 0; d < 2; d++)
			if (m->bind[k][d] >= 0 && entries[m->bind[k][d]] == 0)
				return false;
	return true;
}

static bool cm_port_match(const cm_port *pp, uint32_t v)
{
	switch (pp->op) {
	case CO_NONE: return true;
	case CO_EQ:
		for (int i = 0; i < pp->n; i++)
			if (v == pp->v[i])
				return true;
		return false;
	case CO_NEQ: return v != pp->v[0];
	case CO_LT: return v < pp->v[0];
	case CO_GT: return v > pp->v[0];
	case CO_RANGE: return v >= pp->v[0] && v <= pp->v[1];
	}
	return false;
}

static bool cm_match(const cm_rule *r, const model_packet *p)
{
	if (r->proto && r->proto != p->proto)
		return false;
	if ((p->src & ~r->swild) != r->src || (p->dst & ~r->dwild) != r->dst)
		return false;
	if (!cm_port_match(&r->sport, p->sport) || !cm_port_match(&r->dport, p->dport))
		return false;
	/* established: ACK or RST set (IOS command reference). */
	if (r->established && p->state == 1)
		return false;
	return true;
}

/* One ACL: the index of the first entry that matches, or -1 (the
 * implicit deny). */
static int cm_acl(const cisco_model *m, int acl, const model_packet *p)
{
	for (int i = 0; i < m->nrule; i++)
		if (m->rule[i].acl == acl && cm_match(&m->rule[i], p))
			return i;
	return -1;
}

static int cm_iface(const char *name)
{
	for (int k = 0; k < CM_IFACES; k++)
		if (name && strcmp(name, cm_ifaces[k]) == 0)
			return k;
	return -1;
}

enum model_verdict cm_scan(const cisco_model *m, const model_packet *p, int *line, bool *decided)
{
	int stage_rule[2] = { -1, -1 };
	const char *names[2] = { p->in, p->out };
	*line = 0;
	for (int s = 0; s < 2; s++) {
		int k = cm_iface(names[s]);
		int acl = k >= 0 ? m->bind[k][s] : -1;
		if (acl < 0)
			continue;
		int r = cm_acl(m, acl, p);
		if (r >= 0 && decided)
			decided[r] = true;
		if (r < 0 || !m->rule[r].permit) {
			*line = r >= 0 ? m->rule[r].line : m->acl_line[acl];
			return MV_DROP;
		}
		stage_rule[s] = r;
	}
	int r = stage_rule[0] >= 0 ? stage_rule[0] : stage_rule[1];
	*line = r >= 0 ? m->rule[r].line : 0;
	return MV_ACCEPT;
}
