/* fuzz_mutate.c - libFuzzer target, structure-aware: rulesets that its
 * own mutator changes rule by rule, and properties checked on every input,
 * not just survival.  Three formats, each with a model of its own in
 * model.c that shares no code with fwlint: an iptables-save filter table,
 * a pf.conf of filter rules, an IOS configuration of extended ACLs bound
 * to interfaces.
 *
 * The mutator (LLVMFuzzerCustomMutator) edits the ruleset as an engineer
 * would: a rule inserted, removed, duplicated or moved, a match negated,
 * added or dropped, a port, prefix, wildcard or address changed, a target,
 * action, policy, port operator, direction or binding changed, quick or
 * established added or taken away, a user chain or an ACL added.  Its
 * edits keep the ruleset in the part of its format that the model reads,
 * so that most inputs are checked:
 *
 * 1. fwlint loads every ruleset the model reads (and so the device takes)
 *    without an error;
 * 2. for packets made to hit each rule (inside its match, outside a
 *    negated one, at the edges of its ranges), on the hooks or interfaces
 *    that reach it, fwlint's verdict and deciding rule, for the one packet
 *    (as fwlint trace asks) and as the part of the whole packet space that
 *    contains it (as the checks ask), equal the model's scan (first match
 *    for iptables and IOS, last match with quick for pf);
 * 3. shadowed-rule never names a rule that the scan reached and matched
 *    (pf: that decided a packet);
 * 4. the JSON and SARIF reports parse as JSON (jansson) and the JUnit
 *    report as XML (libxml2); with FUZZ_MUTATE_DUMP=DIR the reports of the
 *    first FUZZ_MUTATE_DUMP_MAX (default 40) inputs that have findings
 *    are written to DIR, where tests/fuzz/mutate-check.sh validates them
 *    against their schemas.
 *
 * A property that fails aborts with the packet and both answers.  The
 * standalone driver mutate_run.c runs the same mutator without libFuzzer
 * (make check, a few seconds). */
#include <jansson.h>
#include <libxml/parser.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "eval.h"
#include "frontend.h"
#include "fuzz.h"
#include "model.h"
#include "mutate.h"
#include "report.h"
#include "xalloc.h"

/* ---------------------------------------------------------------- random */

typedef struct rng { uint64_t s; } rng;

static uint32_t rnd(rng *g, uint32_t n)
{
	/* xorshift64* */
	g->s ^= g->s >> 12;
	g->s ^= g->s << 25;
	g->s ^= g->s >> 27;
	uint64_t v = g->s * 0x2545F4914F6CDD1DULL;
	return n ? (uint32_t)((v >> 32) % n) : 0;
}

/* 32 random bits. */
static uint32_t bits32(rng *g)
{
	rnd(g, 1); /* the next state */
	return (uint32_t)((g->s * 0x2545F4914F6CDD1DULL) >> 32);
}

static const char *pick(rng *g, const char *const *v, size_t n)
{
	return v[rnd(g, (uint32_t)n)];
}
#define PICK(g, arr) pick((g), (arr), sizeof(arr) / sizeof *(arr))

/* The values rules and packets are made of: few, so that rules overlap. */
static const char *const addrs[] = {
	"10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "10.1.2.3", "10.1.2.128/25",
	"192.0.2.0/24", "192.0.2.10", "192.0.2.11", "198.51.100.0/25", "0.0.0.0/0",
	"10.1.0.0/15", "203.0.113.7/32", "172.16.0.0/12",
};
static const char *const ifaces[] = { "eth0", "eth1", "eth+", "lo", "ppp0", "wg+" };
/* The names packets use: every one is known to fwlint (fwload_opts). */
static const char *const packet_ifaces[] = { "eth0", "eth1", "eth9", "lo", "ppp0", "wg0",
					     "wg1" };
#define N_PACKET_IFACES (sizeof packet_ifaces / sizeof *packet_ifaces)
static const unsigned ports[] = { 22, 25, 80, 102, 110, 119, 135, 143, 389, 443, 636,
				  993, 995, 1024, 3268, 6001, 65535, 0, 1, 1023 };
static const char *const states[] = { "NEW", "ESTABLISHED", "RELATED", "INVALID",
				      "UNTRACKED", "NEW,ESTABLISHED", "ESTABLISHED,RELATED",
				      "RELATED,ESTABLISHED,NEW" };

/* a.b.c.d[/len] of the pool. */
static bool read_cidr(const char *s, uint32_t *addr, uint32_t *mask)
{
	unsigned a, b, c, d, len = 32;
	int n = sscanf(s, "%u.%u.%u.%u/%u", &a, &b, &c, &d, &len);
	if (n < 4 || a > 255 || b > 255 || c > 255 || d > 255 || len > 32)
		return false;
	*mask = len ? ~(uint32_t)0 << (32 - len) : 0;
	*addr = (a << 24 | b << 16 | c << 8 | d) & *mask;
	return true;
}

/* ---------------------------------------------------------------- text */

enum { MAX_LINES = 320, LINE_MAX_LEN = 480 };

typedef struct text {
	char *line[MAX_LINES];
	int n;
} text;

static void text_read(text *t, const uint8_t *data, size_t size)
{
	t->n = 0;
	size_t pos = 0;
	while (pos < size && t->n < MAX_LINES) {
		size_t end = pos;
		while (end < size && data[end] != '\n')
			end++;
		size_t len = end - pos < LINE_MAX_LEN ? end - pos : LINE_MAX_LEN;
		char *l = xmalloc(len + 1);
		memcpy(l, data + pos, len);
		l[len] = '\0';
		t->line[t->n++] = l;
		pos = end + 1;
	}
}

static void text_free(text *t)
{
	for (int i = 0; i < t->n; i++)
		free(t->line[i]);
	t->n = 0;
}

/* Write t to out[0..max); returns the size, or 0 when it does not fit. */
static size_t text_write(const text *t, uint8_t *out, size_t max)
{
	size_t pos = 0;
	for (int i = 0; i < t->n; i++) {
		size_t len = strlen(t->line[i]);
		if (pos + len + 1 > max)
			return 0;
		memcpy(out + pos, t->line[i], len);
		pos += len;
		out[pos++] = '\n';
	}
	return pos;
}

static void text_insert(text *t, int at, char *line)
{
	if (t->n == MAX_LINES) {
		free(line);
		return;
	}
	memmove(&t->line[at + 1], &t->line[at], (size_t)(t->n - at) * sizeof *t->line);
	t->line[at] = line;
	t->n++;
}

static void text_remove(text *t, int at)
{
	free(t->line[at]);
	memmove(&t->line[at], &t->line[at + 1], (size_t)(t->n - at - 1) * sizeof *t->line);
	t->n--;
}

static bool is_rule(const char *l)
{
	return strncmp(l, "-A ", 3) == 0;
}

/* Where a new declaration goes (after the last ":" line), and where
 * COMMIT is; -1 when absent. */
static int last_decl(const text *t)
{
	int at = -1;
	for (int i = 0; i < t->n; i++)
		if (t->line[i][0] == ':' || strcmp(t->line[i], "*filter") == 0)
			at = i;
	return at;
}

static int commit_line(const text *t)
{
	for (int i = t->n - 1; i >= 0; i--)
		if (strcmp(t->line[i], "COMMIT") == 0)
			return i;
	return -1;
}

/* The chain names declared, built-in first. */
static int chains(const text *t, char names[][MODEL_NAME], int max)
{
	int n = 0;
	for (int i = 0; i < t->n && n < max; i++) {
		const char *l = t->line[i];
		if (l[0] != ':')
			continue;
		size_t len = strcspn(l + 1, " ");
		if (len == 0 || len >= MODEL_NAME)
			continue;
		memcpy(names[n], l + 1, len);
		names[n][len] = '\0';
		n++;
	}
	return n;
}

static bool builtin(const char *c)
{
	return strcmp(c, "INPUT") == 0 || strcmp(c, "FORWARD") == 0 || strcmp(c, "OUTPUT") == 0;
}

typedef struct sbuf { char s[LINE_MAX_LEN]; size_t n; } sbuf;

static void sb_add(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_add(sbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(b->s + b->n, sizeof b->s - b->n, fmt, ap);
	va_end(ap);
	if (k > 0)
		b->n = b->n + (size_t)k < sizeof b->s ? b->n + (size_t)k : sizeof b->s - 1;
}

static void add_ports(sbuf *b, rng *g, const char *opt)
{
	unsigned lo = ports[rnd(g, sizeof ports / sizeof *ports)];
	if (rnd(g, 3) == 0) {
		unsigned hi = lo + rnd(g, 2000);
		sb_add(b, " %s %u:%u", opt, lo, hi > 65535 ? 65535 : hi);
	} else {
		sb_add(b, " %s %u", opt, lo);
	}
}

static const char *neg(rng *g, unsigned one_in)
{
	return rnd(g, one_in) == 0 ? " !" : "";
}

/* A new rule line for chain c. */
static char *gen_rule(rng *g, const char *c, char names[][MODEL_NAME], int nchain)
{
	sbuf b = { .n = 0 };
	sb_add(&b, "-A %s", c);
	if (rnd(g, 2) == 0)
		sb_add(&b, "%s -s %s", neg(g, 5), PICK(g, addrs));
	if (rnd(g, 2) == 0)
		sb_add(&b, "%s -d %s", neg(g, 5), PICK(g, addrs));
	if (strcmp(c, "OUTPUT") != 0 && rnd(g, 4) == 0)
		sb_add(&b, "%s -i %s", neg(g, 4), PICK(g, ifaces));
	if (strcmp(c, "INPUT") != 0 && rnd(g, 4) == 0)
		sb_add(&b, "%s -o %s", neg(g, 4), PICK(g, ifaces));
	unsigned p = rnd(g, 6);
	if (p < 4) {
		static const char *const protos[] = { "tcp", "tcp", "udp", "icmp" };
		const char *proto = protos[p];
		bool negp = rnd(g, 8) == 0;
		sb_add(&b, "%s -p %s", negp ? " !" : "", proto);
		if (!negp && p < 3) {
			unsigned k = rnd(g, 5);
			if (k == 0 || k == 1) {
				if (rnd(g, 2))
					sb_add(&b, " -m %s", proto);
				if (k == 0 || rnd(g, 3) == 0) {
					sb_add(&b, "%s", neg(g, 6));
					add_ports(&b, g, "--dport");
				}
				if (k == 1) {
					sb_add(&b, "%s", neg(g, 6));
					add_ports(&b, g, "--sport");
				}
			} else if (k == 2) {
				sb_add(&b, " -m multiport%s --%s ", neg(g, 6),
				       rnd(g, 4) ? "dports" : "sports");
				unsigned n = 1 + rnd(g, 5);
				for (unsigned i = 0; i < n; i++)
					sb_add(&b, "%s%u", i ? "," : "",
					       ports[rnd(g, sizeof ports / sizeof *ports)]);
			}
		}
	}
	if (rnd(g, 4) == 0) {
		bool ct = rnd(g, 2);
		sb_add(&b, " -m %s%s --%s %s", ct ? "conntrack" : "state", neg(g, 5),
		       ct ? "ctstate" : "state", PICK(g, states));
	}
	unsigned t = rnd(g, 10);
	static const char *const verdicts[] = { "ACCEPT", "ACCEPT", "DROP", "DROP", "REJECT",
						"RETURN", "LOG" };
	if (t < 7 || nchain <= 3) {
		sb_add(&b, " -j %s", verdicts[t % 7]);
	} else {
		/* A jump to a user chain other than this one. */
		int u = 3 + (int)rnd(g, (uint32_t)(nchain - 3));
		if (strcmp(names[u], c) != 0)
			sb_add(&b, " -%c %s", rnd(g, 4) ? 'j' : 'g', names[u]);
		else
			sb_add(&b, " -j DROP");
	}
	return xstrdup(b.s);
}

static const char base[] = "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD DROP [0:0]\n"
			   ":OUTPUT ACCEPT [0:0]\nCOMMIT\n";

/* Words of a line, for the edits inside a rule. */
typedef struct words { char *w[80]; int n; char buf[LINE_MAX_LEN + 1]; } words;

static void words_of(words *ws, const char *l)
{
	snprintf(ws->buf, sizeof ws->buf, "%s", l);
	ws->n = 0;
	char *save = NULL;
	for (char *p = strtok_r(ws->buf, " ", &save); p && ws->n < 80; p = strtok_r(NULL, " ", &save))
		ws->w[ws->n++] = p;
}

static char *words_join(const words *ws, int skip_from, int skip_n, const char *insert_at_skip)
{
	sbuf b = { .n = 0 };
	for (int i = 0; i < ws->n; i++) {
		if (i == skip_from && insert_at_skip)
			sb_add(&b, "%s%s", b.n ? " " : "", insert_at_skip);
		if (i >= skip_from && i < skip_from + skip_n)
			continue;
		sb_add(&b, "%s%s", b.n ? " " : "", ws->w[i]);
	}
	if (skip_from >= ws->n && insert_at_skip)
		sb_add(&b, "%s%s", b.n ? " " : "", insert_at_skip);
	return xstrdup(b.s);
}

static bool negatable(const char *o)
{
	static const char *const v[] = { "-s", "-d", "-i", "-o", "-p", "--sport", "--dport",
					 "--sports", "--dports", "--ctstate", "--state" };
	for (size_t i = 0; i < sizeof v / sizeof *v; i++)
		if (strcmp(o, v[i]) == 0)
			return true;
	return false;
}

/* Change one number in word w: a port, a prefix length, an octet. */
static char *change_number(rng *g, const char *w)
{
	char out[LINE_MAX_LEN];
	size_t n = strlen(w), digits = 0;
	for (size_t i = 0; i < n; i++)
		digits += w[i] >= '0' && w[i] <= '9' && (i == 0 || w[i - 1] < '0' || w[i - 1] > '9');
	if (!digits || n >= sizeof out)
		return xstrdup(w);
	size_t target = rnd(g, (uint32_t)digits), k = 0, o = 0;
	for (size_t i = 0; i < n;) {
		bool start = w[i] >= '0' && w[i] <= '9';
		if (start && k++ == target) {
			unsigned long v = strtoul(w + i, NULL, 10);
			while (i < n && w[i] >= '0' && w[i] <= '9')
				i++;
			unsigned long nv;
			switch (rnd(g, 4)) {
			case 0: nv = v + 1; break;
			case 1: nv = v ? v - 1 : 0; break;
			case 2: nv = ports[rnd(g, sizeof ports / sizeof *ports)]; break;
			default: nv = rnd(g, 33); break;
			}
			o += (size_t)snprintf(out + o, sizeof out - o, "%lu", nv);
			continue;
		}
		out[o++] = w[i++];
		if (o >= sizeof out - 24)
			break;
	}
	out[o] = '\0';
	return xstrdup(out);
}

/* One edit of t. */
static void mutate_once(text *t, rng *g)
{
	char names[MODEL_MAX_CHAINS][MODEL_NAME];
	int nchain = chains(t, names, MODEL_MAX_CHAINS);
	int rules[MAX_LINES], nr = 0;
	for (int i = 0; i < t->n; i++)
		if (is_rule(t->line[i]))
			rules[nr++] = i;
	int commit = commit_line(t);
	if (nchain < 3 || commit < 0 || last_decl(t) < 0) {
		/* Not a filter table of ours: start again from the base. */
		text_free(t);
		text_read(t, (const uint8_t *)base, sizeof base - 1);
		return;
	}
	int r = nr ? rules[rnd(g, (uint32_t)nr)] : -1;
	switch (rnd(g, nr ? 12 : 2)) {
	case 0:
	case 1: { /* insert a rule */
		const char *c = names[rnd(g, (uint32_t)nchain)];
		int at = nr ? rules[rnd(g, (uint32_t)nr)] + (int)rnd(g, 2) : commit;
		if (at > commit_line(t))
			at = commit_line(t);
		text_insert(t, at, gen_rule(g, c, names, nchain));
		break;
	}
	case 2: /* remove a rule */
		text_remove(t, r);
		break;
	case 3: { /* duplicate a rule somewhere after (a shadowed copy) */
		int at = r + 1 + (int)rnd(g, (uint32_t)(commit - r));
		text_insert(t, at, xstrdup(t->line[r]));
		break;
	}
	case 4: { /* swap two rules */
		int s = rules[rnd(g, (uint32_t)nr)];
		char *tmp = t->line[r];
		t->line[r] = t->line[s];
		t->line[s] = tmp;
		break;
	}
	case 5:
	case 6: { /* negate a match, or take the negation away */
		words ws;
		words_of(&ws, t->line[r]);
		int opts[80], no = 0;
		for (int i = 2; i < ws.n; i++)
			if (negatable(ws.w[i]))
				opts[no++] = i;
		if (!no)
			break;
		int i = opts[rnd(g, (uint32_t)no)];
		char *nl = i > 0 && strcmp(ws.w[i - 1], "!") == 0 ? words_join(&ws, i - 1, 1, NULL)
								  : words_join(&ws, i, 0, "!");
		free(t->line[r]);
		t->line[r] = nl;
		break;
	}
	case 7:
	case 8: { /* change a number: a port, a prefix, an address */
		words ws;
		words_of(&ws, t->line[r]);
		int nums[80], nn = 0;
		for (int i = 2; i < ws.n; i++)
			if (strpbrk(ws.w[i], "0123456789"))
				nums[nn++] = i;
		if (!nn)
			break;
		int i = nums[rnd(g, (uint32_t)nn)];
		char *nw = change_number(g, ws.w[i]);
		char *nl = words_join(&ws, i, 1, nw);
		free(nw);
		free(t->line[r]);
		t->line[r] = nl;
		break;
	}
	case 9: { /* another target */
		words ws;
		words_of(&ws, t->line[r]);
		for (int i = 2; i + 1 < ws.n; i++) {
			if (strcmp(ws.w[i], "-j") != 0 && strcmp(ws.w[i], "-g") != 0)
				continue;
			static const char *const v[] = { "ACCEPT", "DROP", "REJECT", "RETURN", "LOG" };
			char tgt[MODEL_NAME + 4];
			if (nchain > 3 && rnd(g, 3) == 0)
				snprintf(tgt, sizeof tgt, "-j %s", names[3 + rnd(g, (uint32_t)(nchain - 3))]);
			else
				snprintf(tgt, sizeof tgt, "-j %s", PICK(g, v));
			char *nl = words_join(&ws, i, 2, tgt);
			free(t->line[r]);
			t->line[r] = nl;
			break;
		}
		break;
	}
	case 10: { /* a policy */
		int b = (int)rnd(g, 3);
		for (int i = 0; i < t->n; i++)
			if (t->line[i][0] == ':' && strncmp(t->line[i] + 1, names[b], strlen(names[b])) == 0 &&
			    builtin(names[b])) {
				free(t->line[i]);
				t->line[i] = xasprintf(":%s %s [0:0]", names[b], rnd(g, 2) ? "ACCEPT" : "DROP");
				break;
			}
		break;
	}
	default: { /* a user chain, a jump to it and a rule in it */
		if (nchain >= 8)
			break;
		char name[MODEL_NAME];
		snprintf(name, sizeof name, "U%d", nchain);
		text_insert(t, last_decl(t) + 1, xasprintf(":%s - [0:0]", name));
		snprintf(names[nchain++], MODEL_NAME, "%s", name);
		commit = commit_line(t);
		text_insert(t, commit, gen_rule(g, name, names, nchain - 1));
		const char *from = names[rnd(g, 3)];
		char *j = gen_rule(g, from, names, nchain - 1);
		char *at = strstr(j, " -j ");
		if (!at)
			at = strstr(j, " -g ");
		if (at) {
			*at = '\0';
			char *nl = xasprintf("%s -j %s", j, name);
			free(j);
			j = nl;
		}
		text_insert(t, commit_line(t), j);
		break;
	}
	}
}

/* ---------------------------------------------------------------- pf */

static const char *const pf_ifaces[] = { "em0", "em1", "em2", "em3" };
static const char *const pf_ops[] = { "=", "!=", "<", "<=", ">", ">=", ":", "><", "<>" };

/* A pf.conf is what has no "*filter" line. */
static bool is_pf(const text *t)
{
	for (int i = 0; i < t->n; i++)
		if (t->line[i][0] == '*' || t->line[i][0] == ':' || is_rule(t->line[i]))
			return false;
	return true;
}

static void pf_port(sbuf *b, rng *g)
{
	const char *op = PICK(g, pf_ops);
	unsigned a = ports[rnd(g, sizeof ports / sizeof *ports)];
	unsigned c = a + rnd(g, 3000);
	if (c > 65535)
		c = 65535;
	if (op[0] == ':')
		sb_add(b, " port %u:%u", a, c);
	else if (strcmp(op, "><") == 0 || strcmp(op, "<>") == 0)
		sb_add(b, " port %u %s %u", a, op, c);
	else if (rnd(g, 3) == 0 && op[0] == '=')
		sb_add(b, " port %u", a);
	else
		sb_add(b, " port %s %u", op, a);
}

static char *gen_pf_rule(rng *g)
{
	sbuf b = { .n = 0 };
	static const char *const actions[] = { "pass", "pass", "block", "block drop", "block return" };
	const char *action = PICK(g, actions);
	sb_add(&b, "%s", action);
	unsigned d = rnd(g, 3);
	if (d)
		sb_add(&b, " %s", d == 1 ? "in" : "out");
	if (rnd(g, 2))
		sb_add(&b, " quick");
	if (rnd(g, 5) < 2)
		sb_add(&b, " on%s %s", neg(g, 6), PICK(g, pf_ifaces));
	unsigned p = rnd(g, 5);
	bool ports_ok = p < 3;
	if (p < 4)
		sb_add(&b, " proto %s", (const char *[]){ "tcp", "tcp", "udp", "icmp" }[p]);
	if (rnd(g, 5) == 0) {
		sb_add(&b, " all");
	} else {
		for (int side = 0; side < 2; side++) {
			sb_add(&b, " %s", side ? "to" : "from");
			if (rnd(g, 3) == 0)
				sb_add(&b, " any");
			else
				sb_add(&b, "%s %s", neg(g, 6), PICK(g, addrs));
			if (ports_ok && rnd(g, 5) < (uint32_t)(2 + side))
				pf_port(&b, g);
		}
	}
	if (rnd(g, 8) == 0)
		sb_add(&b, " flags %s", rnd(g, 2) ? "S/SA" : "any");
	if (action[0] == 'p' && rnd(g, 5) == 0)
		sb_add(&b, " %s state", rnd(g, 2) ? "keep" : "no");
	/* "! 0.0.0.0/0": pfctl takes it, but it is not worth a rule. */
	char *z = strstr(b.s, "! 0.0.0.0/0");
	if (z)
		memcpy(z, "  ", 2);
	return xstrdup(b.s);
}

static void pf_mutate_once(text *t, rng *g)
{
	int rules[MAX_LINES], nr = 0;
	for (int i = 0; i < t->n; i++)
		if (!strncmp(t->line[i], "pass", 4) || !strncmp(t->line[i], "block", 5))
			rules[nr++] = i;
	int r = nr ? rules[rnd(g, (uint32_t)nr)] : -1;
	words ws;
	switch (rnd(g, nr ? 11 : 1)) {
	case 0: /* insert a rule */
		text_insert(t, nr ? rules[rnd(g, (uint32_t)nr)] + (int)rnd(g, 2) : t->n, gen_pf_rule(g));
		return;
	case 1:
		text_remove(t, r);
		return;
	case 2:
		text_insert(t, r + 1 + (int)rnd(g, (uint32_t)(t->n - r)), xstrdup(t->line[r]));
		return;
	case 3: {
		int o = rules[rnd(g, (uint32_t)nr)];
		char *tmp = t->line[r];
		t->line[r] = t->line[o];
		t->line[o] = tmp;
		return;
	}
	default:
		break;
	}
	words_of(&ws, t->line[r]);
	char *nl = NULL;
	int k = (int)rnd(g, (uint32_t)ws.n);
	switch (rnd(g, 6)) {
	case 0: { /* quick, or not */
		int q = -1;
		for (int i = 0; i < ws.n; i++)
			if (strcmp(ws.w[i], "quick") == 0)
				q = i;
		int at = 1;
		while (at < ws.n && (strcmp(ws.w[at], "drop") == 0 || strcmp(ws.w[at], "return") == 0 ||
				     strcmp(ws.w[at], "in") == 0 || strcmp(ws.w[at], "out") == 0))
			at++;
		nl = q >= 0 ? words_join(&ws, q, 1, NULL) : words_join(&ws, at, 0, "quick");
		break;
	}
	case 1: /* "!" before an address or an interface, or not */
		if (k > 0 && strcmp(ws.w[k - 1], "!") == 0)
			nl = words_join(&ws, k - 1, 1, NULL);
		else if (k > 0 && strchr(ws.w[k], '.') && strcmp(ws.w[k - 1], "port") != 0)
			nl = words_join(&ws, k, 0, "!");
		break;
	case 2: /* a number */
		if (strpbrk(ws.w[k], "0123456789")) {
			char *nw = change_number(g, ws.w[k]);
			nl = words_join(&ws, k, 1, nw);
			free(nw);
		}
		break;
	case 3: { /* the action */
		static const char *const a[] = { "pass", "block", "block drop", "block return" };
		int skip = ws.n > 1 && (strcmp(ws.w[1], "drop") == 0 || strcmp(ws.w[1], "return") == 0);
		nl = words_join(&ws, 0, 1 + skip, PICK(g, a));
		break;
	}
	case 4: /* a port operator, for one of the same arity */
		for (int i = 0; i < ws.n; i++) {
			const char *o = ws.w[i];
			if (strcmp(o, "><") == 0 || strcmp(o, "<>") == 0) {
				nl = words_join(&ws, i, 1, o[0] == '>' ? "<>" : "><");
				break;
			}
			if (strchr("=!<>", o[0]) && strcmp(o, "!") != 0) {
				nl = words_join(&ws, i, 1, pf_ops[rnd(g, 6)]);
				break;
			}
		}
		break;
	default: /* the direction */
		if (ws.n > 1 && (strcmp(ws.w[1], "in") == 0 || strcmp(ws.w[1], "out") == 0))
			nl = words_join(&ws, 1, 1, rnd(g, 2) ? NULL : ws.w[1][0] == 'i' ? "out" : "in");
		else
			nl = words_join(&ws, 1, 0, rnd(g, 2) ? "in" : "out");
		break;
	}
	if (nl) {
		free(t->line[r]);
		t->line[r] = nl;
	}
}

/* ---------------------------------------------------------------- Cisco IOS */

static const char *const cm_packet_ifaces[] = { "GigabitEthernet0/0", "GigabitEthernet0/1",
						"GigabitEthernet0/2", "GigabitEthernet0/3" };

static bool is_cisco(const text *t)
{
	for (int i = 0; i < t->n; i++)
		if (strncmp(t->line[i], "ip access-list ", 15) == 0 ||
		    strncmp(t->line[i], "interface ", 10) == 0)
			return true;
	return false;
}

static const char cm_base[] = "ip access-list extended A\n deny ip any any\n!\n"
			      "interface GigabitEthernet0/0\n ip access-group A in\n";

/* An address of the pool as IOS writes it. */
static void cm_addr_text(sbuf *b, rng *g)
{
	if (rnd(g, 4) == 0) {
		sb_add(b, " any");
		return;
	}
	if (rnd(g, 10) == 0) {
		/* a wildcard that is no prefix */
		sb_add(b, " 10.%u.0.%u 0.%u.0.255", rnd(g, 3), rnd(g, 4) * 64, (unsigned[]){ 254, 1, 255 }[rnd(g, 3)]);
		return;
	}
	uint32_t a, mask;
	const char *cidr = PICK(g, addrs);
	if (!read_cidr(cidr, &a, &mask))
		return;
	if (mask == UINT32_MAX) {
		sb_add(b, " host %u.%u.%u.%u", a >> 24, a >> 16 & 255, a >> 8 & 255, a & 255);
		return;
	}
	uint32_t w = ~mask;
	sb_add(b, " %u.%u.%u.%u %u.%u.%u.%u", a >> 24, a >> 16 & 255, a >> 8 & 255, a & 255,
	       w >> 24, w >> 16 & 255, w >> 8 & 255, w & 255);
}

static void cm_ports_text(sbuf *b, rng *g, bool list)
{
	unsigned p = ports[rnd(g, sizeof ports / sizeof *ports)];
	switch (rnd(g, 6)) {
	case 0: sb_add(b, " neq %u", p); break;
	case 1: sb_add(b, " lt %u", p ? p : 1); break;
	case 2: sb_add(b, " gt %u", p < 65535 ? p : 1024); break;
	case 3: sb_add(b, " range %u %u", p, p + rnd(g, 2000) > 65535 ? 65535 : p + rnd(g, 2000)); break;
	case 4:
		if (list) {
			sb_add(b, " eq %u %u", p, ports[rnd(g, sizeof ports / sizeof *ports)]);
			break;
		}
		/* fall through */
	default: sb_add(b, " eq %u", p); break;
	}
}

static char *gen_cm_entry(rng *g)
{
	sbuf b = { .n = 0 };
	static const char *const protos[] = { "ip", "tcp", "tcp", "udp", "icmp" };
	const char *proto = PICK(g, protos);
	bool ports_ok = proto[0] == 't' || proto[0] == 'u';
	sb_add(&b, " %s %s", rnd(g, 3) ? "permit" : "deny", proto);
	cm_addr_text(&b, g);
	if (ports_ok && rnd(g, 5) == 0)
		cm_ports_text(&b, g, false);
	cm_addr_text(&b, g);
	if (ports_ok && rnd(g, 2))
		cm_ports_text(&b, g, true);
	if (proto[0] == 't' && rnd(g, 6) == 0)
		sb_add(&b, " established");
	if (rnd(g, 10) == 0)
		sb_add(&b, " log");
	return xstrdup(b.s);
}

static bool cm_is_entry(const char *l)
{
	return strncmp(l, " permit ", 8) == 0 || strncmp(l, " deny ", 6) == 0;
}

static void cm_mutate_once(text *t, rng *g)
{
	int entries[MAX_LINES], ne = 0, heads[MAX_LINES], nh = 0, binds[MAX_LINES], nb = 0;
	char acls[CM_MAX_ACLS][MODEL_NAME];
	int nacl = 0;
	for (int i = 0; i < t->n; i++) {
		const char *l = t->line[i];
		if (cm_is_entry(l))
			entries[ne++] = i;
		else if (strncmp(l, "ip access-list extended ", 24) == 0) {
			heads[nh++] = i;
			if (nacl < CM_MAX_ACLS)
				snprintf(acls[nacl++], MODEL_NAME, "%s", l + 24);
		} else if (strncmp(l, " ip access-group ", 17) == 0)
			binds[nb++] = i;
	}
	if (!nh) {
		text_free(t);
		text_read(t, (const uint8_t *)cm_base, sizeof cm_base - 1);
		return;
	}
	int r = ne ? entries[rnd(g, (uint32_t)ne)] : -1;
	words ws;
	char *nl = NULL;
	switch (rnd(g, ne ? 12 : 2)) {
	case 0:
	case 1: { /* an entry, after an ACL's header or one of its entries */
		int at = rnd(g, 2) || !ne ? heads[rnd(g, (uint32_t)nh)] : r;
		text_insert(t, at + 1, gen_cm_entry(g));
		return;
	}
	case 2:
		text_remove(t, r);
		return;
	case 3:
		text_insert(t, r + 1, xstrdup(t->line[r]));
		return;
	case 4: {
		int o = entries[rnd(g, (uint32_t)ne)];
		char *tmp = t->line[r];
		t->line[r] = t->line[o];
		t->line[o] = tmp;
		return;
	}
	case 5: /* permit or deny */
		words_of(&ws, t->line[r]);
		nl = words_join(&ws, 0, 1, ws.w[0][0] == 'p' ? "deny" : "permit");
		break;
	case 6:
	case 7: { /* a number */
		words_of(&ws, t->line[r]);
		int k = (int)rnd(g, (uint32_t)ws.n);
		if (strpbrk(ws.w[k], "0123456789")) {
			char *nw = change_number(g, ws.w[k]);
			nl = words_join(&ws, k, 1, nw);
			free(nw);
		}
		break;
	}
	case 8: { /* established, or not */
		words_of(&ws, t->line[r]);
		int e = -1;
		for (int i = 0; i < ws.n; i++)
			if (strcmp(ws.w[i], "established") == 0)
				e = i;
		nl = e >= 0 ? words_join(&ws, e, 1, NULL) : words_join(&ws, ws.n, 0, "established");
		break;
	}
	case 9: { /* a port operator of one port for another */
		words_of(&ws, t->line[r]);
		static const char *const ops[] = { "eq", "neq", "lt", "gt" };
		for (int i = 0; i + 1 < ws.n; i++)
			if (strcmp(ws.w[i], "eq") == 0 || strcmp(ws.w[i], "neq") == 0 ||
			    strcmp(ws.w[i], "lt") == 0 || strcmp(ws.w[i], "gt") == 0) {
				nl = words_join(&ws, i, 1, PICK(g, ops));
				break;
			}
		break;
	}
	case 10: { /* a binding: changed, removed or added */
		if (nb && rnd(g, 3)) {
			int b = binds[rnd(g, (uint32_t)nb)];
			if (rnd(g, 3) == 0) {
				text_remove(t, b);
				return;
			}
			free(t->line[b]);
			t->line[b] = xasprintf(" ip access-group %s %s", acls[rnd(g, (uint32_t)nacl)],
					       rnd(g, 2) ? "in" : "out");
			return;
		}
		text_insert(t, t->n, xasprintf("interface %s", cm_ifaces[rnd(g, CM_IFACES)]));
		text_insert(t, t->n, xasprintf(" ip access-group %s %s", acls[rnd(g, (uint32_t)nacl)],
					       rnd(g, 2) ? "in" : "out"));
		return;
	}
	default: /* another ACL */
		if (nacl >= CM_MAX_ACLS)
			return;
		text_insert(t, heads[0], xstrdup("!"));
		text_insert(t, heads[0], gen_cm_entry(g));
		text_insert(t, heads[0], xasprintf("ip access-list extended %c", 'A' + nacl));
		return;
	}
	if (nl) {
		free(t->line[r]);
		t->line[r] = nl;
	}
}

enum fmt { FMT_IPT, FMT_PF, FMT_CISCO };

static enum fmt fmt_of(const text *t)
{
	return is_cisco(t) ? FMT_CISCO : is_pf(t) && t->n > 0 ? FMT_PF : FMT_IPT;
}

/* Does the model of fmt read data? */
static bool modelled_as(enum fmt fmt, const uint8_t *data, size_t size)
{
	static model m;
	static pf_model pm;
	static cisco_model cm;
	switch (fmt) {
	case FMT_PF: return pfm_read(&pm, (const char *)data, size);
	case FMT_CISCO: return cm_read(&cm, (const char *)data, size);
	default: return model_read(&m, (const char *)data, size);
	}
}

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed)
{
	rng g = { .s = (uint64_t)seed * 0x9E3779B97F4A7C15ULL + 1 };
	/* Most edits keep the ruleset one that its loader (iptables-restore,
	 * pfctl, IOS) takes and the model reads, so that the properties are
	 * checked: an edit that leaves it (a port past 65535, a loop of
	 * jumps) is tried again, up to 8 times; one in 8 is kept anyway, for
	 * fwlint's refusals. */
	bool keep_any = rnd(&g, 8) == 0;
	text t0;
	text_read(&t0, data, size);
	enum fmt fmt = fmt_of(&t0);
	text_free(&t0);
	/* An input the model does not read (a seed of another kind, an edit
	 * kept anyway) leads to more of its kind: half the time, start again
	 * from the smallest ruleset of a format. */
	bool restart = !keep_any && !modelled_as(fmt, data, size) && rnd(&g, 2) == 0;
	if (restart)
		fmt = (enum fmt)rnd(&g, 3);
	size_t n = 0;
	for (int attempt = 0; attempt < 8; attempt++) {
		text t;
		if (restart && fmt == FMT_PF)
			t.n = 0;
		else if (restart && fmt == FMT_CISCO)
			text_read(&t, (const uint8_t *)cm_base, sizeof cm_base - 1);
		else if (restart)
			text_read(&t, (const uint8_t *)base, sizeof base - 1);
		else
			text_read(&t, data, size);
		unsigned edits = 1 + rnd(&g, 3);
		for (unsigned i = 0; i < edits; i++) {
			if (fmt == FMT_PF)
				pf_mutate_once(&t, &g);
			else if (fmt == FMT_CISCO)
				cm_mutate_once(&t, &g);
			else
				mutate_once(&t, &g);
		}
		uint8_t *out = xmalloc(max_size ? max_size : 1);
		n = text_write(&t, out, max_size);
		text_free(&t);
		if (n && (keep_any || attempt == 7 || modelled_as(fmt, out, n))) {
			memcpy(data, out, n);
			free(out);
			return n;
		}
		free(out);
	}
	return size;
}

/* ---------------------------------------------------------------- properties */

static mutate_stats stats;

const mutate_stats *mutate_get_stats(void)
{
	return &stats;
}

static enum eval_hook eval_hook_of(enum model_hook h)
{
	return h == MH_INPUT ? EVAL_INPUT : h == MH_OUTPUT ? EVAL_OUTPUT : EVAL_FORWARD;
}

static const char *verdict_name(int v)
{
	static const char *const n[] = { "ACCEPT", "DROP", "REJECT", "RETURN", "JUMP", "GOTO",
					 "CONTINUE" };
	return v >= 0 && v <= MV_CONTINUE ? n[v] : "?";
}

static enum model_verdict of_ir(enum ir_action a)
{
	return a == IR_ACCEPT ? MV_ACCEPT : a == IR_DROP ? MV_DROP : a == IR_REJECT ? MV_REJECT
										  : MV_CONTINUE;
}

static const char *hook_name(enum model_hook h)
{
	return h == MH_INPUT ? "INPUT" : h == MH_OUTPUT ? "OUTPUT" : "FORWARD";
}

static void fail(const model_packet *p, enum model_hook h, const char *what, const char *fmt, ...)
	__attribute__((format(printf, 4, 5), noreturn));
static void fail(const model_packet *p, enum model_hook h, const char *what, const char *fmt, ...)
{
	fprintf(stderr, "mutate: property failed: %s\n", what);
	if (p)
		fprintf(stderr, "mutate: packet %s proto %u %u.%u.%u.%u:%u -> %u.%u.%u.%u:%u in %s out %s state 0x%x\n",
			hook_name(h), p->proto, p->src >> 24, p->src >> 16 & 255, p->src >> 8 & 255,
			p->src & 255, p->sport, p->dst >> 24, p->dst >> 16 & 255, p->dst >> 8 & 255,
			p->dst & 255, p->dport, p->in ? p->in : "-", p->out ? p->out : "-", p->state);
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "mutate: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	abort();
}

static packet to_packet(const fwload *f, const model_packet *p)
{
	packet q = { 0 };
	q.src = addr_v4(p->src);
	q.dst = addr_v4(p->dst);
	q.proto = p->proto;
	q.sport = p->sport;
	q.dport = p->proto == 1 ? 8 << 8 : p->dport;
	q.iif = p->in ? iftab_id(&f->tab, p->in) : 0;
	q.oif = p->out ? iftab_id(&f->tab, p->out) : 0;
	q.state = (uint8_t)p->state;
	q.flags = p->proto == 6 ? (p->state == CT_NEW ? TCPF_SYN : TCPF_ACK) : 0;
	return q;
}

static pset packet_set(const packet *p)
{
	pbox b = pbox_of_packet(p);
	return pset_from_box(&b);
}

/* An address inside (or, negated, outside) addr/mask. */
static uint32_t addr_for(rng *g, bool has, bool negated, uint32_t addr, uint32_t mask)
{
	uint32_t r = bits32(g);
	if (!has)
		return rnd(g, 2) ? 0x0a010203u + rnd(g, 4) : 0xc000020au + rnd(g, 2);
	uint32_t in = addr | (r & ~mask);
	if (!negated)
		return in;
	if (mask == 0)
		return in; /* ! 0/0 matches nothing: any address */
	/* flip one bit inside the prefix */
	unsigned len = 32 - (unsigned)__builtin_ctz(mask);
	return in ^ (1u << (32 - 1 - rnd(g, len)));
}

static uint16_t port_for(rng *g, bool has, bool negated, model_range r)
{
	if (!has)
		return (uint16_t)ports[rnd(g, sizeof ports / sizeof *ports)];
	if (!negated) {
		switch (rnd(g, 3)) {
		case 0: return (uint16_t)r.lo;
		case 1: return (uint16_t)r.hi;
		default: return (uint16_t)(r.lo + rnd(g, r.hi - r.lo + 1));
		}
	}
	if (r.lo > 0 && (rnd(g, 2) || r.hi == 65535))
		return (uint16_t)(r.lo - 1);
	return (uint16_t)(r.hi < 65535 ? r.hi + 1 : 0);
}

static const char *iface_for(rng *g, bool has, bool negated, const char *pat, bool wild)
{
	for (int tries = 0; tries < 8; tries++) {
		const char *n = packet_ifaces[rnd(g, N_PACKET_IFACES)];
		if (!has)
			return n;
		bool m = wild ? strncmp(n, pat, strlen(pat)) == 0 : strcmp(n, pat) == 0;
		if (m != negated)
			return n;
	}
	return packet_ifaces[rnd(g, N_PACKET_IFACES)];
}

/* A packet that matches rule r (as far as random picks get it). */
static model_packet packet_for(rng *g, const model_rule *r, enum model_hook h)
{
	model_packet p = { 0 };
	p.src = addr_for(g, r->has_src, r->not_src, r->src, r->src_mask);
	p.dst = addr_for(g, r->has_dst, r->not_dst, r->dst, r->dst_mask);
	if (r->has_proto && !r->not_proto)
		p.proto = r->proto;
	else
		p.proto = (uint8_t[]){ 6, 17, 1 }[rnd(g, 3)];
	if (r->has_proto && r->not_proto && p.proto == r->proto)
		p.proto = r->proto == 6 ? 17 : 6;
	p.sport = port_for(g, r->has_sport, r->not_sport, r->sport);
	p.dport = port_for(g, r->has_dport, r->not_dport, r->dport);
	if (r->has_mport && r->nmport) {
		model_range pr = r->mport[rnd(g, (uint32_t)r->nmport)];
		uint16_t v = port_for(g, true, r->not_mport, pr);
		if (r->mport_src)
			p.sport = v;
		else
			p.dport = v;
	}
	if (h != MH_OUTPUT)
		p.in = iface_for(g, r->has_in, r->not_in, r->in, r->in_wild);
	if (h != MH_INPUT)
		p.out = iface_for(g, r->has_out, r->not_out, r->out, r->out_wild);
	unsigned s = r->has_state ? (r->not_state ? ~r->states : r->states) & 0x1f : 0x1f;
	if (!s)
		s = 1;
	do
		p.state = 1u << rnd(g, 5);
	while (!(p.state & s));
	return p;
}

static bool has_error(const diag_list *dl, const diag **first)
{
	for (size_t i = 0; i < dl->n; i++)
		if (dl->v[i].level == DIAG_ERROR) {
			*first = &dl->v[i];
			return true;
		}
	return false;
}

/* The reports to memory: each must parse; with FUZZ_MUTATE_DUMP, kept. */
static void check_reports(report *rep, const uint8_t *data, size_t size)
{
	static const char *const names[] = { "json", "sarif", "xml" };
	static int dumped;
	const char *dump = getenv("FUZZ_MUTATE_DUMP");
	const char *dmax = getenv("FUZZ_MUTATE_DUMP_MAX");
	int max = dmax && *dmax ? atoi(dmax) : 40;
	bool keep = dump && *dump && dumped < max && rep->diags.n > 0;
	for (int k = 0; k < 3; k++) {
		char *buf = NULL;
		size_t len = 0;
		FILE *out = open_memstream(&buf, &len);
		if (!out)
			abort();
		if (k == 0)
			report_write_json(rep, out);
		else if (k == 1)
			report_write_sarif(rep, out);
		else
			report_write_junit(rep, out);
		fclose(out);
		if (k < 2) {
			json_error_t err;
			json_t *j = json_loadb(buf, len, 0, &err);
			if (!j || !json_is_object(j))
				fail(NULL, MH_INPUT, "the report parses", "%s report: line %d: %s",
				     names[k], err.line, err.text);
			json_decref(j);
		} else {
			xmlDocPtr doc = xmlReadMemory(buf, (int)len, "junit.xml", NULL,
						      XML_PARSE_NONET | XML_PARSE_NOERROR |
							  XML_PARSE_NOWARNING);
			if (!doc)
				fail(NULL, MH_INPUT, "the report parses", "JUnit report is not XML");
			xmlFreeDoc(doc);
		}
		if (keep) {
			char *path = xasprintf("%s/%03d.%s", dump, dumped, names[k]);
			FILE *f = fopen(path, "w");
			if (f) {
				fwrite(buf, 1, len, f);
				fclose(f);
			}
			free(path);
		}
		free(buf);
	}
	if (keep) {
		char *path = xasprintf("%s/%03d.rules", dump, dumped);
		FILE *f = fopen(path, "w");
		if (f) {
			fwrite(data, 1, size, f);
			fclose(f);
		}
		free(path);
		dumped++;
	}
}

/* The reference: the model's verdict for p at hook h, its deciding rule's
 * line, and marks[i] for each rule i the property of shadowed-rule must
 * not contradict (iptables: reached and matched; pf: decided a stage).
 * MV_CONTINUE: no verdict known. */
typedef enum model_verdict scan_fn(const void *m, enum model_hook h, const model_packet *p,
				   int *line, bool *marks);

static enum model_verdict scan_ipt(const void *m, enum model_hook h, const model_packet *p,
				   int *line, bool *marks)
{
	return model_scan(m, h, p, line, marks);
}

static enum model_verdict scan_pf(const void *m, enum model_hook h, const model_packet *p,
				  int *line, bool *marks)
{
	(void)h;
	return pfm_scan(m, p, line, marks);
}

/* Every packet: the one-packet evaluation and the partition of the whole
 * space against the model's scan. */
static void compare(fwload *f, scan_fn *scan, const void *m, enum model_hook h,
		    const model_packet *ps, size_t np, bool *marks, bool partition)
{
	enum eval_hook eh = eval_hook_of(h);
	/* The whole IPv4 space the hook sees: no output interface on INPUT,
	 * no input interface on OUTPUT. */
	pbox u = pbox_full();
	u.src_lo = addr_v4(0);
	u.src_hi = addr_v4(UINT32_MAX);
	u.dst_lo = addr_v4(0);
	u.dst_hi = addr_v4(UINT32_MAX);
	u.dir = CTDIR_ORIGINAL;
	if (h == MH_INPUT)
		u.oif_lo = u.oif_hi = 0;
	if (h == MH_OUTPUT)
		u.iif_lo = u.iif_hi = 0;
	pset all = pset_from_box(&u);
	outcome_list part = { 0 };
	if (partition)
		eval_run_path(f->ev, eh, &all, 0, NULL, &part);
	pset_free(&all);
	bool part_exact = partition && !outcome_list_inexact(&part);

	for (size_t i = 0; i < np; i++) {
		const model_packet *p = &ps[i];
		int line;
		enum model_verdict want = scan(m, h, p, &line, marks);
		if (want == MV_CONTINUE)
			continue; /* the scan's budget ran out */
		packet q = to_packet(f, p);
		pset s = packet_set(&q);
		outcome_list res = { 0 };
		eval_run_path(f->ev, eh, &s, 0, NULL, &res);
		pset_free(&s);
		/* A rule fwlint cannot resolve (fwlint(1), unresolved: a
		 * wildcard of more than 4096 ranges) may or may not match:
		 * its outcomes are "maybe", and nothing is compared. */
		bool maybe = false;
		for (size_t k = 0; k < res.n; k++)
			maybe = maybe || res.v[k].maybe;
		if (maybe)
			stats.maybe++;
		if (!outcome_list_inexact(&res) && !maybe) {
			if (res.n != 1)
				fail(p, h, "one packet, one outcome", "fwlint gave %zu outcomes", res.n);
			const outcome *o = &res.v[0];
			int got_line = o->rule ? o->rule->loc.line : 0;
			if (of_ir(o->verdict) != want || got_line != line)
				fail(p, h, "fwlint's verdict is the model's",
				     "model %s at line %d, fwlint %s at line %d%s", verdict_name(want),
				     line, verdict_name(of_ir(o->verdict)), got_line,
				     o->maybe ? " (maybe)" : "");
			stats.packets++;
		}
		outcome_list_free(&res);
		if (!part_exact || maybe)
			continue;
		const outcome *hit = NULL;
		for (size_t k = 0; k < part.n; k++) {
			if (!pset_contains_packet(&part.v[k].set, &q))
				continue;
			if (hit)
				fail(p, h, "the outcomes partition the space",
				     "the packet is in two outcomes (lines %d and %d)",
				     hit->rule ? hit->rule->loc.line : 0,
				     part.v[k].rule ? part.v[k].rule->loc.line : 0);
			hit = &part.v[k];
		}
		if (!hit)
			fail(p, h, "the outcomes partition the space", "the packet is in no outcome");
		int got_line = hit->rule ? hit->rule->loc.line : 0;
		if (of_ir(hit->verdict) != want || got_line != line)
			fail(p, h, "fwlint's verdict for the space is the model's",
			     "model %s at line %d, fwlint %s at line %d", verdict_name(want), line,
			     verdict_name(of_ir(hit->verdict)), got_line);
		stats.space_packets++;
	}
	outcome_list_free(&part);
}

/* A port near the bounds of a pf port spec: on either side of each. */
static uint16_t pf_port_for(rng *g, const pfm_port *pp)
{
	if (pp->op == PO_NONE)
		return (uint16_t)ports[rnd(g, sizeof ports / sizeof *ports)];
	long c[6] = { (long)pp->a - 1, pp->a, (long)pp->a + 1, (long)pp->b - 1, pp->b,
		      (long)pp->b + 1 };
	bool two = pp->op == PO_RANGE || pp->op == PO_IN || pp->op == PO_OUT;
	long v = c[rnd(g, two ? 6 : 3)];
	if (rnd(g, 8) == 0 && two)
		v = (long)pp->a + (long)rnd(g, pp->b - pp->a + 1);
	return (uint16_t)(v < 0 ? 0 : v > 65535 ? 65535 : v);
}

static model_packet pf_packet_for(rng *g, const pfm_rule *r)
{
	model_packet p = { 0 };
	p.src = addr_for(g, r->has_src, r->not_src, r->src, r->src_mask);
	p.dst = addr_for(g, r->has_dst, r->not_dst, r->dst, r->dst_mask);
	p.proto = r->has_proto ? r->proto : (uint8_t[]){ 6, 17, 1 }[rnd(g, 3)];
	p.sport = pf_port_for(g, &r->sport);
	p.dport = pf_port_for(g, &r->dport);
	p.in = PICK(g, pf_ifaces);
	p.out = PICK(g, pf_ifaces);
	if (r->has_on) {
		const char *on = r->on;
		if (r->not_on)
			on = strcmp(r->on, "em0") == 0 ? "em1" : "em0";
		int side = r->dir ? r->dir : 1 + (int)rnd(g, 2);
		*(side == 1 ? &p.in : &p.out) = strcmp(on, "em0") == 0 ? "em0"
					      : strcmp(on, "em1") == 0 ? "em1"
					      : strcmp(on, "em2") == 0 ? "em2" : "em3";
	}
	p.state = rnd(g, 4) ? CT_NEW : CT_ESTABLISHED;
	return p;
}

static uint64_t hash(const uint8_t *data, size_t size)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < size; i++)
		h = (h ^ data[i]) * 1099511628211ULL;
	return h | 1;
}

/* shadowed-rule must not name a rule that marks says a packet reached. */
static void prop_shadowed(const report *rep, const bool *marks, const int *lines, int n)
{
	for (size_t i = 0; i < rep->diags.n; i++) {
		const diag *d = &rep->diags.v[i];
		/* A note of the check is no finding: "too complex to compare
		 * exactly ... not checked for it". */
		if (!d->check || strcmp(d->check, "shadowed-rule") != 0 || d->level == DIAG_NOTE)
			continue;
		stats.shadowed++;
		for (int k = 0; k < n; k++)
			if (marks[k] && lines[k] == d->loc.line)
				fail(NULL, MH_INPUT, "shadowed-rule names no rule a packet reaches",
				     "line %d is reported shadowed (%s), and the model's scan says a packet reached it",
				     d->loc.line, d->msg);
	}
}

enum { PER_RULE = 3, EXTRA = 8 };

static void ipt_properties(fwload *f, const model *m, const report *rep, rng *g)
{
	static model_packet ps[MH_N][MODEL_MAX_RULES * PER_RULE + EXTRA];
	size_t np[MH_N] = { 0 };
	for (int i = 0; i < m->nrule; i++) {
		const model_rule *r = &m->rule[i];
		for (int k = 0; k < PER_RULE; k++) {
			enum model_hook hk = (enum model_hook)rnd(g, MH_N);
			for (int b = 0; b < MH_N; b++)
				if (m->hook_chain[b] == r->chain)
					hk = (enum model_hook)b;
			ps[hk][np[hk]++] = packet_for(g, r, hk);
		}
	}
	static const model_rule any = { 0 };
	for (int hk = 0; hk < MH_N; hk++)
		for (int k = 0; k < EXTRA; k++)
			ps[hk][np[hk]++] = packet_for(g, &any, (enum model_hook)hk);
	static bool marks[MODEL_MAX_RULES];
	static int lines[MODEL_MAX_RULES];
	memset(marks, 0, sizeof marks);
	for (int hk = 0; hk < MH_N; hk++)
		compare(f, scan_ipt, m, (enum model_hook)hk, ps[hk], np[hk], marks, true);
	for (int i = 0; i < m->nrule; i++)
		lines[i] = m->rule[i].line;
	prop_shadowed(rep, marks, lines, m->nrule);
}

static enum model_verdict scan_cm(const void *m, enum model_hook h, const model_packet *p,
				  int *line, bool *marks)
{
	(void)h;
	return cm_scan(m, p, line, marks);
}

static model_packet cm_packet_for(rng *g, const cisco_model *m, const cm_rule *r)
{
	model_packet p = { 0 };
	uint32_t noise = bits32(g);
	p.src = r ? r->src | (noise & r->swild) : 0x0a010203u + rnd(g, 4);
	noise = bits32(g);
	p.dst = r ? r->dst | (noise & r->dwild) : 0xc000020au + rnd(g, 2);
	p.proto = r && r->proto ? r->proto : (uint8_t[]){ 6, 17, 1 }[rnd(g, 3)];
	for (int side = 0; side < 2; side++) {
		const cm_port *pp = r ? (side ? &r->dport : &r->sport) : NULL;
		uint16_t v = (uint16_t)ports[rnd(g, sizeof ports / sizeof *ports)];
		if (pp && pp->op) {
			long at = pp->v[rnd(g, (uint32_t)pp->n)];
			long c = at - 1 + (long)rnd(g, 3);
			v = (uint16_t)(c < 0 ? 0 : c > 65535 ? 65535 : c);
		}
		*(side ? &p.dport : &p.sport) = v;
	}
	p.in = PICK(g, cm_packet_ifaces);
	p.out = PICK(g, cm_packet_ifaces);
	/* Through an interface where the entry's ACL is bound. */
	if (r) {
		int k0 = (int)rnd(g, CM_IFACES);
		for (int k = 0; k < CM_IFACES; k++) {
			int i = (k0 + k) % CM_IFACES;
			int d = m->bind[i][0] == r->acl ? 0 : m->bind[i][1] == r->acl ? 1 : -1;
			if (d >= 0) {
				*(d ? &p.out : &p.in) = cm_ifaces[i];
				break;
			}
		}
	}
	p.state = rnd(g, 4) ? CT_NEW : CT_ESTABLISHED;
	return p;
}

static void cm_properties(fwload *f, const cisco_model *m, const report *rep, rng *g)
{
	static model_packet ps[MODEL_MAX_RULES * PER_RULE + EXTRA];
	size_t np = 0;
	for (int i = 0; i < m->nrule; i++)
		for (int k = 0; k < PER_RULE; k++)
			ps[np++] = cm_packet_for(g, m, &m->rule[i]);
	for (int k = 0; k < EXTRA; k++)
		ps[np++] = cm_packet_for(g, m, NULL);
	/* A wildcard that is no prefix (0.255.0.255) is up to 65536 ranges:
	 * two of them in an entry make the whole space millions of boxes,
	 * seconds of work for a property that the packets check one by one
	 * as well. */
	bool partition = true;
	for (int i = 0; i < m->nrule; i++) {
		uint32_t sw = m->rule[i].swild, dw = m->rule[i].dwild;
		if ((sw & (sw + 1)) != 0 || (dw & (dw + 1)) != 0)
			partition = false;
	}
	static bool marks[MODEL_MAX_RULES];
	static int lines[MODEL_MAX_RULES];
	memset(marks, 0, sizeof marks);
	compare(f, scan_cm, m, MH_FORWARD, ps, np, marks, partition);
	for (int i = 0; i < m->nrule; i++)
		lines[i] = m->rule[i].line;
	prop_shadowed(rep, marks, lines, m->nrule);
}

static void pf_properties(fwload *f, const pf_model *m, const report *rep, rng *g)
{
	static model_packet ps[MODEL_MAX_RULES * PER_RULE + EXTRA];
	size_t np = 0;
	for (int i = 0; i < m->nrule; i++)
		for (int k = 0; k < PER_RULE; k++)
			ps[np++] = pf_packet_for(g, &m->rule[i]);
	static const pfm_rule any = { 0 };
	for (int k = 0; k < EXTRA; k++)
		ps[np++] = pf_packet_for(g, &any);
	static bool marks[MODEL_MAX_RULES];
	static int lines[MODEL_MAX_RULES];
	memset(marks, 0, sizeof marks);
	compare(f, scan_pf, m, MH_FORWARD, ps, np, marks, true);
	for (int i = 0; i < m->nrule; i++)
		lines[i] = m->rule[i].line;
	prop_shadowed(rep, marks, lines, m->nrule);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static model m;     /* large: not on the stack */
	static pf_model pm;
	static cisco_model cm;
	static char *pf_path;
	if (!pf_path)
		pf_path = fuzz_path("pf.conf"); /* include finds nothing there */
	stats.inputs++;
	text t;
	text_read(&t, data, size);
	enum fmt fmt = fmt_of(&t);
	text_free(&t);
	bool modelled = fmt == FMT_PF      ? pfm_read(&pm, (const char *)data, size)
			: fmt == FMT_CISCO ? cm_read(&cm, (const char *)data, size)
					   : model_read(&m, (const char *)data, size);

	static const char *const loader[] = { "iptables-restore", "pfctl", "IOS" };
	static const char *const format[] = { "iptables", "pf", "cisco" };
	const char *path = fmt == FMT_PF ? pf_path : fmt == FMT_CISCO ? "mutate.cfg" : "mutate.rules";
	report rep;
	report_init(&rep);
	diag_list dl;
	diag_list_init(&dl);
	fwload f;
	fwload_opts fo = { .format = format[fmt] };
	fo.ifnames = fmt == FMT_PF ? pf_ifaces : fmt == FMT_CISCO ? cm_packet_ifaces : packet_ifaces;
	fo.nifnames = fmt == FMT_PF      ? sizeof pf_ifaces / sizeof *pf_ifaces
		      : fmt == FMT_CISCO ? sizeof cm_packet_ifaces / sizeof *cm_packet_ifaces
					 : N_PACKET_IFACES;
	bool ok = fwload_open_buf(&f, path, (const char *)data, size, &fo, &dl);
	const diag *err = NULL;
	if (modelled && (!ok || has_error(&dl, &err)))
		fail(NULL, MH_INPUT, "fwlint loads what the device loads", "%s takes it; line %d: %s",
		     loader[fmt], err ? err->loc.line : 0, err ? err->msg : "not loaded");
	f.suite = report_suite(&rep, path, path);
	diag_list_move(&rep.diags, &dl);
	if (ok) {
		check_ctx cx = { .f = &f, .rep = &rep };
		checks_run(CHECK_INPUT_FILE, &cx);
	}
	report_sort(&rep);

	if (ok && modelled && f.ev) {
		rng g = { .s = hash(data, size) };
		if (fmt == FMT_PF) {
			stats.pf_modelled++;
			pf_properties(&f, &pm, &rep, &g);
		} else if (fmt == FMT_CISCO) {
			stats.cisco_modelled++;
			cm_properties(&f, &cm, &rep, &g);
		} else {
			stats.modelled++;
			ipt_properties(&f, &m, &rep, &g);
		}
	}
	check_reports(&rep, data, size);
	fwload_close(&f);
	report_free(&rep);
	return 0;
}
