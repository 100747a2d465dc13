/* Unit tests for pf's fix-its (pf_fixit, src/frontend/pf/pf_fixit.c): the
 * exact rules and their place, then the proof: the fix-it applied to the
 * file, the file parsed again (pfctl's checks, pf_check.c) and evaluated,
 * the required packets pass (or stop) and nothing else changes. */
#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixit.h"
#include "frontend.h"
#include "pf.h"
#include "xalloc.h"

#define WAN_BROKEN "samples/contoso/wan-broken.conf"

/* The interfaces of the tests, numbered 1.. in the sets that compare two
 * files (each file numbers them its own way, iftab.h). */
static const char *const IFN[] = { "em0", "em1", "em2" };
#define NIF 3

typedef struct scratch {
	char dir[64];
	char path[2][96]; /* the file, and the file with the fix-its */
} scratch;

static void write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");
	cr_assert(fp != NULL);
	fputs(text, fp);
	fclose(fp);
}

static char *read_file(const char *path)
{
	FILE *fp = fopen(path, "r");
	cr_assert(fp != NULL, "%s", path);
	char *buf = xmalloc(1 << 16);
	size_t n = fread(buf, 1, (1 << 16) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

static void scratch_init(scratch *s, const char *text)
{
	memset(s, 0, sizeof *s);
	strcpy(s->dir, "/tmp/fwlint-pffix-XXXXXX");
	cr_assert(mkdtemp(s->dir) != NULL);
	snprintf(s->path[0], sizeof s->path[0], "%s/pf.conf", s->dir);
	snprintf(s->path[1], sizeof s->path[1], "%s/fixed.conf", s->dir);
	write_file(s->path[0], text);
}

static void scratch_fini(scratch *s)
{
	unlink(s->path[0]);
	unlink(s->path[1]);
	rmdir(s->dir);
}

/* Load a pf.conf: pfctl would load it (no parse error). */
static void load(fwload *f, const char *path)
{
	diag_list d;
	diag_list_init(&d);
	fwload_opts o = { .format = "pf", .ifnames = IFN, .nifnames = NIF };
	cr_assert(fwload_open(f, path, &o, &d));
	cr_assert(eq(sz, d.nerror, 0), "%s: %s", path, d.n ? d.v[0].msg : "");
	diag_list_free(&d);
}

/* An address or block ("10.1.0.11", "10.2.0.0/16", "2001:db8::/32",
 * "any") into b's source (src) or destination. */
static void set_addr(pbox *b, bool src, const char *text)
{
	u128 lo = 0, hi = U128_MAX;
	if (strcmp(text, "any4") == 0) {
		lo = PSET_V4_LO;
		hi = PSET_V4_HI;
	} else if (strcmp(text, "any") != 0) {
		char a[64];
		int len = -1;
		snprintf(a, sizeof a, "%s", text);
		char *slash = strchr(a, '/');
		if (slash) {
			*slash = '\0';
			len = atoi(slash + 1);
		}
		unsigned char raw[16];
		if (inet_pton(AF_INET, a, raw) == 1) {
			lo = addr_v4((uint32_t)raw[0] << 24 | (uint32_t)raw[1] << 16 |
				     (uint32_t)raw[2] << 8 | raw[3]);
			len = len < 0 ? 128 : len + 96;
		} else {
			cr_assert(inet_pton(AF_INET6, a, raw) == 1, "%s", text);
			for (int i = 0; i < 16; i++)
				lo = lo << 8 | raw[i];
			len = len < 0 ? 128 : len;
		}
		u128 host = len == 128 ? 0 : (((u128)1 << (128 - len)) - 1);
		lo &= ~host;
		hi = lo | host;
	}
	if (src) {
		b->src_lo = lo;
		b->src_hi = hi;
	} else {
		b->dst_lo = lo;
		b->dst_hi = hi;
	}
}

/* Packets: protocol, addresses, ports; the other fields whole. */
static pbox tuple(int proto, const char *src, unsigned sp_lo, unsigned sp_hi, const char *dst,
		  unsigned dp_lo, unsigned dp_hi)
{
	pbox b = pbox_full();
	if (proto >= 0)
		b.proto_lo = b.proto_hi = (uint8_t)proto;
	set_addr(&b, true, src);
	set_addr(&b, false, dst);
	b.sport_lo = (uint16_t)sp_lo;
	b.sport_hi = (uint16_t)sp_hi;
	b.dport_lo = (uint16_t)dp_lo;
	b.dport_hi = (uint16_t)dp_hi;
	return b;
}

/* The same packets coming in on interface number in, going out on out
 * (1..NIF; 0: any), in state state (TCP: a SYN when NEW, else an ACK
 * without RST, as checks/common.c reply_packets()), with f's interface
 * ids, or the tests' numbers when f is NULL. */
static pbox on(const fwload *f, pbox b, int in, int out, uint8_t state)
{
	if (in) {
		b.iif_lo = b.iif_hi = f ? iftab_id(&f->tab, IFN[in - 1]) : (uint16_t)in;
		cr_assert(b.iif_lo != 0);
	}
	if (out) {
		b.oif_lo = b.oif_hi = f ? iftab_id(&f->tab, IFN[out - 1]) : (uint16_t)out;
		cr_assert(b.oif_lo != 0);
	}
	b.state = state;
	if (b.proto_lo == PROTO_TCP && b.proto_hi == PROTO_TCP)
		b.flags = state == CT_NEW ? tcpflags_match(0x3f, TCPF_SYN)
					  : tcpflags_match(TCPF_ACK | TCPF_RST, TCPF_ACK);
	return b;
}

static pset set_of(const pbox *v, size_t n)
{
	pset s = pset_empty();
	for (size_t i = 0; i < n; i++)
		pset_add_box(&s, &v[i]);
	return s;
}

/* The rule of stage that decides every packet of s (NULL: pf's default);
 * every packet is decided by the same one. */
static const ir_rule *decider(fwload *f, const char *stage, const pset *s)
{
	const ir_chain *c = ir_chain_find(ir_table_find(f->rs, "filter"), stage);
	cr_assert(c != NULL);
	outcome_list out = { 0 };
	eval_run_chain(f->ev, c, s, &out);
	const ir_rule *r = NULL;
	size_t n = 0;
	for (size_t i = 0; i < out.n; i++)
		if (!pset_is_empty(&out.v[i].set)) {
			cr_assert(n == 0 || out.v[i].rule == r, "decided by two rules: %d, %d",
				  r ? r->loc.line : 0, out.v[i].rule ? out.v[i].rule->loc.line : 0);
			r = out.v[i].rule;
			n++;
		}
	cr_assert(n > 0);
	outcome_list_free(&out);
	return r;
}

/* Ask pf_fixit for the packets boxes[0..n) (protocol, addresses, ports)
 * coming in on in and going out on out at stage, decided today by the rule
 * at line at_line (0: none). */
static int ask(fwload *f, const char *stage, const pbox *boxes, size_t n, int in, int out,
	       uint8_t state, enum ir_action action, int at_line, fixit_list *l, const char **why)
{
	pbox *v = xcalloc(n, sizeof *v);
	for (size_t i = 0; i < n; i++)
		v[i] = on(f, boxes[i], in, out, state);
	pset s = set_of(v, n);
	free(v);
	const ir_rule *at = decider(f, stage, &s);
	cr_assert(eq(int, at ? at->loc.line : 0, at_line));
	pset_terms terms;
	cr_assert(pset_terms_of(&s, &terms));
	fixit_req rq = {
		.f = f,
		.chain = ir_chain_find(ir_table_find(f->rs, "filter"), stage),
		.at = at,
		.terms = &terms,
		.iif = in ? IFN[in - 1] : NULL,
		.oif = out ? IFN[out - 1] : NULL,
		.state = state,
		.action = action,
	};
	int rc = f->fe->fixit(&rq, l, why);
	pset_terms_free(&terms);
	pset_free(&s);
	return rc;
}

/* The text of path with the fix-its of l put in: before line k those of
 * line k, in their order; at the end those of line 0. */
static void apply(const char *path, const fixit_list *l, const char *to)
{
	char *text = read_file(path);
	FILE *fp = fopen(to, "w");
	cr_assert(fp != NULL);
	int line = 1;
	const char *p = text;
	while (*p) {
		for (size_t i = 0; i < l->n; i++)
			if (l->v[i].line == line)
				fputs(l->v[i].text, fp);
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) + 1 : strlen(p);
		fwrite(p, 1, len, fp);
		if (!nl)
			fputc('\n', fp);
		p += len;
		line++;
	}
	for (size_t i = 0; i < l->n; i++) {
		cr_assert(l->v[i].line == 0 || l->v[i].line < line, "line %d past the end",
			  l->v[i].line);
		if (l->v[i].line == 0)
			fputs(l->v[i].text, fp);
	}
	fclose(fp);
	free(text);
}

/* Every forwarded packet that f accepts, its interfaces numbered as the
 * tests do. */
static pset accepted(fwload *f)
{
	pset acc = pset_empty();
	for (int i = 1; i <= NIF; i++)
		for (int j = 1; j <= NIF; j++) {
			pbox b = pbox_full();
			b.iif_lo = b.iif_hi = iftab_id(&f->tab, IFN[i - 1]);
			b.oif_lo = b.oif_hi = iftab_id(&f->tab, IFN[j - 1]);
			pset in = pset_from_box(&b);
			outcome_list out = { 0 };
			eval_run(f->ev, EVAL_FORWARD, &in, &out);
			cr_assert(not(outcome_list_inexact(&out)));
			for (size_t k = 0; k < out.n; k++) {
				if (out.v[k].verdict != IR_ACCEPT)
					continue;
				cr_assert(not(out.v[k].maybe));
				for (size_t m = 0; m < out.v[k].set.n; m++) {
					pbox c = out.v[k].set.box[m];
					c.iif_lo = c.iif_hi = (uint16_t)i;
					c.oif_lo = c.oif_hi = (uint16_t)j;
					pset_add_box(&acc, &c);
				}
			}
			outcome_list_free(&out);
			pset_free(&in);
		}
	return acc;
}

/* The proof: the file with the fix-its of l loads without an error; the
 * packets must (IR_ACCEPT: all of them pass) or must not (IR_DROP: none
 * passes); and the packets whose fate changed are all within tuples
 * (protocol, addresses, ports: the terms the fix-it was asked for). */
static void prove_loaded(const char *before_path, const char *after_path, const pset *must,
			 enum ir_action action, const pset *tuples)
{
	fwload b, a;
	load(&b, before_path);
	load(&a, after_path);
	pset acc_b = accepted(&b), acc_a = accepted(&a);
	pset gained = pset_subtract(&acc_a, &acc_b), lost = pset_subtract(&acc_b, &acc_a);
	if (action == IR_ACCEPT) {
		cr_expect(pset_subset(must, &acc_a), "the packets do not all pass");
		cr_expect(pset_is_empty(&lost), "some packets no longer pass");
		cr_expect(pset_subset(&gained, tuples), "other packets pass now");
	} else {
		cr_expect(not(pset_intersects(must, &acc_a)), "some of the packets still pass");
		cr_expect(pset_is_empty(&gained), "other packets pass now");
		cr_expect(pset_subset(&lost, tuples), "other packets no longer pass");
	}
	pset_free(&gained);
	pset_free(&lost);
	pset_free(&acc_a);
	pset_free(&acc_b);
	fwload_close(&a);
	fwload_close(&b);
}

static void prove(const char *before_path, const char *after_path, const fixit_list *l,
		  const pset *must, enum ir_action action, const pset *tuples)
{
	apply(before_path, l, after_path);
	prove_loaded(before_path, after_path, must, action, tuples);
}

static pset tuples_of(const pbox *v, size_t n)
{
	return set_of(v, n);
}

/* Forwarded packets in on in, out on out, in the tests' numbering. */
static pset forwarded(const pbox *v, size_t n, int in, int out, uint8_t state)
{
	pset s = pset_empty();
	for (size_t i = 0; i < n; i++) {
		pbox b = on(NULL, v[i], in, out, state);
		pset_add_box(&s, &b);
	}
	return s;
}

/* samples/contoso/wan-broken.conf: "block all" (line 11, not quick) drops
 * the MTA connection from LON1 to EXCH2 on both stages; a plain pass rule
 * after it is the last match. */
Test(pf_fixit, wan_broken_missing_opening)
{
	scratch s;
	char *text = read_file(WAN_BROKEN);
	scratch_init(&s, text);
	free(text);
	fwload f;
	load(&f, s.path[0]);
	pbox mta = tuple(PROTO_TCP, "10.2.0.10", 1024, 65535, "10.1.0.11", 4002, 4002);
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	/* LON1 is behind em1, EXCH2 behind em0 */
	cr_assert(eq(int, ask(&f, "in", &mta, 1, 2, 1, CT_NEW, IR_ACCEPT, 11, &l, &why), 0));
	cr_assert(eq(int, ask(&f, "out", &mta, 1, 2, 1, CT_NEW, IR_ACCEPT, 11, &l, &why), 0));
	cr_assert(eq(sz, l.n, 2));
	cr_expect(eq(str, l.v[0].file, s.path[0]));
	cr_expect(eq(int, l.v[0].line, 12));
	cr_expect(eq(str, l.v[0].text,
		     "pass in on em1 inet proto tcp from 10.2.0.10 port 1024:65535 to 10.1.0.11 port 4002\n"));
	cr_expect(eq(ptr, l.v[0].command, NULL));
	cr_expect(eq(int, l.v[1].line, 12));
	cr_expect(eq(str, l.v[1].text,
		     "pass out on em0 inet proto tcp from 10.2.0.10 port 1024:65535 to 10.1.0.11 port 4002\n"));
	fwload_close(&f);
	pset must = forwarded(&mta, 1, 2, 1, CT_NEW);
	pset tup = tuples_of(&mta, 1);
	prove(s.path[0], s.path[1], &l, &must, IR_ACCEPT, &tup);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	scratch_fini(&s);
}

/* The site connector's openings pass with "no state" (lines 13, 14): pf
 * keeps no state, so "block all" drops the replies.  A stateless pass of
 * the replies, "flags A/A" (a packet without ACK opens nothing), with a
 * list for two ports. */
Test(pf_fixit, wan_broken_replies_after_no_state)
{
	scratch s;
	char *text = read_file(WAN_BROKEN);
	scratch_init(&s, text);
	free(text);
	fwload f;
	load(&f, s.path[0]);
	pbox rep[2] = {
		tuple(PROTO_TCP, "10.2.0.10", 135, 135, "10.1.0.11", 1024, 65535),
		tuple(PROTO_TCP, "10.2.0.10", 4002, 4002, "10.1.0.11", 1024, 65535),
	};
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_assert(eq(int, ask(&f, "in", rep, 2, 2, 1, CT_ESTABLISHED, IR_ACCEPT, 11, &l, &why), 0));
	cr_assert(eq(int, ask(&f, "out", rep, 2, 2, 1, CT_ESTABLISHED, IR_ACCEPT, 11, &l, &why), 0));
	cr_assert(eq(sz, l.n, 2));
	cr_expect(eq(int, l.v[0].line, 12));
	cr_expect(eq(str, l.v[0].text,
		     "pass in on em1 inet proto tcp from 10.2.0.10 port { 135 4002 } to 10.1.0.11 port 1024:65535 flags A/A no state\n"));
	cr_expect(eq(str, l.v[1].text,
		     "pass out on em0 inet proto tcp from 10.2.0.10 port { 135 4002 } to 10.1.0.11 port 1024:65535 flags A/A no state\n"));
	fwload_close(&f);
	pset must = forwarded(rep, 2, 2, 1, CT_ESTABLISHED);
	pset tup = tuples_of(rep, 2);
	prove(s.path[0], s.path[1], &l, &must, IR_ACCEPT, &tup);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	scratch_fini(&s);
}

/* A quick block decides: a later rule cannot override it, so the pass is
 * quick and goes before it. */
Test(pf_fixit, quick_block)
{
	scratch s;
	scratch_init(&s, "# lan\n"
			 "pass all\n"
			 "block in quick on em0 proto tcp to 10.1.0.0/16\n"
			 "pass in on em0 proto tcp to 10.1.0.10 port 25\n");
	fwload f;
	load(&f, s.path[0]);
	pbox https = tuple(PROTO_TCP, "any4", 1024, 65535, "10.1.0.10", 443, 443);
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_assert(eq(int, ask(&f, "in", &https, 1, 1, 2, CT_NEW, IR_ACCEPT, 3, &l, &why), 0));
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 3));
	cr_expect(eq(str, l.v[0].text,
		     "pass in quick on em0 inet proto tcp from any port 1024:65535 to 10.1.0.10 port 443\n"));
	fwload_close(&f);
	pset must = forwarded(&https, 1, 1, 2, CT_NEW);
	pset tup = tuples_of(&https, 1);
	prove(s.path[0], s.path[1], &l, &must, IR_ACCEPT, &tup);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	scratch_fini(&s);
}

/* Rules in anchors: the new rule goes next to the deciding one, inside its
 * braces, indented as it is; in a quick anchor the inner rules are
 * terminal, so the new one is quick and goes before. */
Test(pf_fixit, anchors)
{
	scratch s;
	scratch_init(&s, "block in all\n"
			 "anchor \"lan\" in on em0 {\n"
			 "\tblock in proto tcp\n"
			 "\tpass in proto tcp to 10.1.0.10 port 22\n"
			 "}\n"
			 "anchor \"dmz\" in quick on em2 {\n"
			 "  block in proto udp\n"
			 "  pass in proto udp to 10.3.0.10 port 123\n"
			 "}\n"
			 "pass in on em1\n");
	fwload f;
	load(&f, s.path[0]);
	pbox https = tuple(PROTO_TCP, "any4", 1024, 65535, "10.1.0.10", 443, 443);
	pbox dns = tuple(PROTO_UDP, "any4", 1024, 65535, "10.3.0.10", 53, 53);
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_assert(eq(int, ask(&f, "in", &https, 1, 1, 2, CT_NEW, IR_ACCEPT, 3, &l, &why), 0));
	cr_assert(eq(int, ask(&f, "in", &dns, 1, 3, 2, CT_NEW, IR_ACCEPT, 7, &l, &why), 0));
	cr_assert(eq(sz, l.n, 2));
	cr_expect(eq(int, l.v[0].line, 4));
	cr_expect(eq(str, l.v[0].text,
		     "\tpass in on em0 inet proto tcp from any port 1024:65535 to 10.1.0.10 port 443\n"));
	cr_expect(eq(int, l.v[1].line, 7));
	cr_expect(eq(str, l.v[1].text,
		     "  pass in quick on em2 inet proto udp from any port 1024:65535 to 10.3.0.10 port 53\n"));
	fwload_close(&f);
	pbox both[2] = { https, dns };
	pset must = forwarded(&https, 1, 1, 2, CT_NEW);
	pset m2 = forwarded(&dns, 1, 3, 2, CT_NEW);
	pset_add_set(&must, &m2);
	pset tup = tuples_of(both, 2);
	prove(s.path[0], s.path[1], &l, &must, IR_ACCEPT, &tup);
	pset_free(&m2);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	scratch_fini(&s);
}

/* A rule continued over several lines with backslashes (one of them in a
 * comment: pfctl joins those too): after its last line, not inside it; a
 * quick one: before its first. */
Test(pf_fixit, multi_line_rule)
{
	scratch s;
	scratch_init(&s, "pass all\n"
			 "block in on em0 proto tcp \\\n"
			 "\tfrom any \\\n"
			 "\tto 10.1.0.0/16 # the LAN \\\n"
			 "\tand its servers\n"
			 "block in quick on em1 proto tcp \\\n"
			 "\tto 10.2.0.0/16\n");
	fwload f;
	load(&f, s.path[0]);
	pbox https = tuple(PROTO_TCP, "any4", 1024, 65535, "10.1.0.10", 443, 443);
	pbox smtp = tuple(PROTO_TCP, "any4", 1024, 65535, "10.2.0.25", 25, 25);
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_assert(eq(int, ask(&f, "in", &https, 1, 1, 2, CT_NEW, IR_ACCEPT, 2, &l, &why), 0));
	cr_assert(eq(int, ask(&f, "in", &smtp, 1, 2, 1, CT_NEW, IR_ACCEPT, 6, &l, &why), 0));
	cr_assert(eq(sz, l.n, 2));
	cr_expect(eq(int, l.v[0].line, 6));
	cr_expect(eq(str, l.v[0].text,
		     "pass in on em0 inet proto tcp from any port 1024:65535 to 10.1.0.10 port 443\n"));
	cr_expect(eq(int, l.v[1].line, 6));
	cr_expect(eq(str, l.v[1].text,
		     "pass in quick on em1 inet proto tcp from any port 1024:65535 to 10.2.0.25 port 25\n"));
	fwload_close(&f);
	pbox both[2] = { https, smtp };
	pset must = forwarded(&https, 1, 1, 2, CT_NEW);
	pset m2 = forwarded(&smtp, 1, 2, 1, CT_NEW);
	pset_add_set(&must, &m2);
	pset tup = tuples_of(both, 2);
	prove(s.path[0], s.path[1], &l, &must, IR_ACCEPT, &tup);
	pset_free(&m2);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	scratch_fini(&s);
}

/* The last line of the file decides: the fix-it goes after the last line
 * (line 0). */
Test(pf_fixit, after_the_last_line)
{
	scratch s;
	scratch_init(&s, "pass all\nblock in on em0 to 10.1.0.0/16");
	fwload f;
	load(&f, s.path[0]);
	pbox https = tuple(PROTO_TCP, "any4", 1024, 65535, "10.1.0.10", 443, 443);
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_assert(eq(int, ask(&f, "in", &https, 1, 1, 2, CT_NEW, IR_ACCEPT, 2, &l, &why), 0));
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 0));
	/* asked again (packets that differ where pf does not look): the
	 * same rule is not written twice */
	cr_assert(eq(int, ask(&f, "in", &https, 1, 1, 2, CT_NEW, IR_ACCEPT, 2, &l, &why), 0));
	cr_expect(eq(sz, l.n, 1));
	fwload_close(&f);
	pset must = forwarded(&https, 1, 1, 2, CT_NEW);
	pset tup = tuples_of(&https, 1);
	prove(s.path[0], s.path[1], &l, &must, IR_ACCEPT, &tup);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	scratch_fini(&s);
}

/* Narrowing: the excess of an over-permissive pass rule is blocked, after
 * it when it is the last match, before it (quick) when it is quick. */
Test(pf_fixit, narrowing)
{
	scratch s;
	scratch_init(&s, "block all\n"
			 "pass in on em0 proto tcp from any to 10.1.0.10\n"
			 "pass in quick on em1 proto tcp from 10.2.0.0/16 to 10.1.0.11\n"
			 "pass out\n");
	fwload f;
	load(&f, s.path[0]);
	pbox ex1[2] = {
		tuple(PROTO_TCP, "any4", 0, 65535, "10.1.0.10", 0, 442),
		tuple(PROTO_TCP, "any4", 0, 65535, "10.1.0.10", 444, 65535),
	};
	pbox ex2[2] = {
		tuple(PROTO_TCP, "10.2.0.0/16", 0, 65535, "10.1.0.11", 0, 134),
		tuple(PROTO_TCP, "10.2.0.0/16", 0, 65535, "10.1.0.11", 136, 65535),
	};
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_assert(eq(int, ask(&f, "in", ex1, 2, 1, 2, CT_NEW, IR_DROP, 2, &l, &why), 0));
	cr_assert(eq(int, ask(&f, "in", ex2, 2, 2, 1, CT_NEW, IR_DROP, 3, &l, &why), 0));
	cr_assert(eq(sz, l.n, 2));
	cr_expect(eq(int, l.v[0].line, 3));
	cr_expect(eq(str, l.v[0].text,
		     "block in on em0 inet proto tcp from any to 10.1.0.10 port { 0:442 444:65535 }\n"));
	cr_expect(eq(int, l.v[1].line, 3));
	cr_expect(eq(str, l.v[1].text,
		     "block in quick on em1 inet proto tcp from 10.2.0.0/16 to 10.1.0.11 port { 0:134 136:65535 }\n"));
	fwload_close(&f);
	pset must = forwarded(ex1, 2, 1, 2, CT_NEW);
	pset m2 = forwarded(ex2, 2, 2, 1, CT_NEW);
	pset_add_set(&must, &m2);
	pbox all[4] = { ex1[0], ex1[1], ex2[0], ex2[1] };
	pset tup = tuples_of(all, 4);
	prove(s.path[0], s.path[1], &l, &must, IR_DROP, &tup);
	pset_free(&m2);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	scratch_fini(&s);
}

/* No rule decides (pf passes what no rule matches): a block after the
 * last line. */
Test(pf_fixit, narrowing_the_default_pass)
{
	scratch s;
	scratch_init(&s, "pass in on em0 proto tcp to 10.1.0.10 port 443\n");
	fwload f;
	load(&f, s.path[0]);
	pbox smb = tuple(PROTO_TCP, "any4", 0, 65535, "10.1.0.11", 445, 445);
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_assert(eq(int, ask(&f, "in", &smb, 1, 1, 2, CT_NEW, IR_DROP, 0, &l, &why), 0));
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 0));
	cr_expect(eq(str, l.v[0].text,
		     "block in on em0 inet proto tcp from any to 10.1.0.11 port 445\n"));
	fwload_close(&f);
	pset must = forwarded(&smb, 1, 1, 2, CT_NEW);
	pset tup = tuples_of(&smb, 1);
	prove(s.path[0], s.path[1], &l, &must, IR_DROP, &tup);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	scratch_fini(&s);
}

/* IPv6: inet6, and addresses in RFC 5952 form. */
Test(pf_fixit, inet6)
{
	scratch s;
	scratch_init(&s, "block in all\npass out all\n");
	fwload f;
	load(&f, s.path[0]);
	pbox https = tuple(PROTO_TCP, "2001:db8:1::/48", 1024, 65535, "2001:db8::10", 443, 443);
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_assert(eq(int, ask(&f, "in", &https, 1, 1, 2, CT_NEW, IR_ACCEPT, 1, &l, &why), 0));
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 2));
	cr_expect(eq(str, l.v[0].text,
		     "pass in on em0 inet6 proto tcp from 2001:db8:1::/48 port 1024:65535 to 2001:db8::10 port 443\n"));
	fwload_close(&f);
	pset must = forwarded(&https, 1, 1, 2, CT_NEW);
	pset tup = tuples_of(&https, 1);
	prove(s.path[0], s.path[1], &l, &must, IR_ACCEPT, &tup);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	scratch_fini(&s);
}

/* Sets that need lists: two blocks of sources, TCP and UDP with the same
 * ports in one rule, ICMP types, IPv6; and one rule for "any to any port
 * 3389" although the terms of the set cut its sources by what else they
 * reach (pset_terms_of). */
Test(pf_fixit, lists)
{
	scratch s;
	scratch_init(&s, "block in all\npass out all\n");
	fwload f;
	load(&f, s.path[0]);
	pbox v[8] = {
		tuple(PROTO_TCP, "10.1.0.0/17", 1024, 65535, "10.2.0.10", 53, 53),
		tuple(PROTO_TCP, "10.1.128.0/18", 1024, 65535, "10.2.0.10", 53, 53),
		tuple(PROTO_UDP, "10.1.0.0/17", 1024, 65535, "10.2.0.10", 53, 53),
		tuple(PROTO_UDP, "10.1.128.0/18", 1024, 65535, "10.2.0.10", 53, 53),
		tuple(PROTO_TCP, "any4", 1024, 65535, "10.3.0.25", 25, 25),
		tuple(PROTO_TCP, "2001:db8:2::/48", 1024, 65535, "2001:db8::25", 25, 25),
		tuple(PROTO_ICMP, "any4", 0, 65535, "10.3.0.25", 8 * 256, 8 * 256 + 255),
		tuple(PROTO_TCP, "any", 1024, 65535, "any", 3389, 3389),
	};
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_assert(eq(int, ask(&f, "in", v, 8, 1, 2, CT_NEW, IR_ACCEPT, 1, &l, &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 2));
	cr_expect(eq(str, l.v[0].text,
		     "pass in on em0 inet proto icmp from any to 10.3.0.25 icmp-type 8\n"
		     "pass in on em0 inet proto tcp from any port 1024:65535 to 10.3.0.25 port 25\n"
		     "pass in on em0 inet proto { tcp udp } from { 10.1.0.0/17 10.1.128.0/18 } port 1024:65535 to 10.2.0.10 port 53\n"
		     "pass in on em0 proto tcp from any port 1024:65535 to any port 3389\n"
		     "pass in on em0 inet6 proto tcp from 2001:db8:2::/48 port 1024:65535 to 2001:db8::25 port 25\n"));
	fwload_close(&f);
	pset must = forwarded(v, 8, 1, 2, CT_NEW);
	pset tup = tuples_of(v, 8);
	prove(s.path[0], s.path[1], &l, &must, IR_ACCEPT, &tup);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	scratch_fini(&s);
}

/* What pf cannot say in a few rules: more than 16 of them, a range of
 * protocols. */
Test(pf_fixit, bounds)
{
	scratch s;
	scratch_init(&s, "block in all\n");
	fwload f;
	load(&f, s.path[0]);
	pbox v[17];
	for (int i = 0; i < 17; i++) {
		char dst[32];
		snprintf(dst, sizeof dst, "10.2.0.%d", i + 1);
		v[i] = tuple(PROTO_TCP, "any4", 1024, 65535, dst, 1000 + (unsigned)i,
			     1000 + (unsigned)i);
	}
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_expect(eq(int, ask(&f, "in", v, 16, 1, 2, CT_NEW, IR_ACCEPT, 1, &l, &why), 0));
	cr_expect(eq(sz, l.n, 1));
	cr_expect(eq(int, ask(&f, "in", v, 17, 1, 2, CT_NEW, IR_ACCEPT, 1, &l, &why), -1));
	cr_expect(eq(str, (char *)why, "pf would need more than 16 rules for these packets"));
	pbox others = tuple(-1, "any4", 0, 65535, "10.2.0.1", 0, 65535);
	others.proto_lo = 0;
	others.proto_hi = 5;
	why = NULL;
	cr_expect(eq(int, ask(&f, "in", &others, 1, 1, 2, CT_NEW, IR_ACCEPT, 1, &l, &why), -1));
	cr_expect(why != NULL);
	cr_expect(eq(sz, l.n, 1));
	fixit_list_free(&l);
	fwload_close(&f);
	scratch_fini(&s);
}

/* The deciding rule is in an included file: the fix-it is for that file. */
Test(pf_fixit, included_file)
{
	scratch s;
	scratch_init(&s, "include \"sub.conf\"\npass out all\n");
	char sub[2][128], main2[128];
	snprintf(sub[0], sizeof sub[0], "%s/sub.conf", s.dir);
	snprintf(sub[1], sizeof sub[1], "%s/sub2.conf", s.dir);
	snprintf(main2, sizeof main2, "%s/main2.conf", s.dir);
	write_file(sub[0], "block in on em0 proto tcp to 10.1.0.0/16\r\n"
			   "pass in on em1\r\n");
	write_file(main2, "include \"sub2.conf\"\npass out all\n");
	fwload f;
	load(&f, s.path[0]);
	pbox https = tuple(PROTO_TCP, "any4", 1024, 65535, "10.1.0.10", 443, 443);
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_assert(eq(int, ask(&f, "in", &https, 1, 1, 2, CT_NEW, IR_ACCEPT, 1, &l, &why), 0));
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(str, l.v[0].file, sub[0]));
	cr_expect(eq(int, l.v[0].line, 2));
	/* the file's own line ends */
	cr_expect(eq(str, l.v[0].text,
		     "pass in on em0 inet proto tcp from any port 1024:65535 to 10.1.0.10 port 443\r\n"));
	fwload_close(&f);
	apply(sub[0], &l, sub[1]);
	pset must = forwarded(&https, 1, 1, 2, CT_NEW);
	pset tup = tuples_of(&https, 1);
	prove_loaded(s.path[0], main2, &must, IR_ACCEPT, &tup);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	unlink(sub[0]);
	unlink(sub[1]);
	unlink(main2);
	scratch_fini(&s);
}

/* ICMP: an echo request and its replies after a stateless pass (no
 * flags: they are TCP's). */
Test(pf_fixit, icmp_replies)
{
	scratch s;
	scratch_init(&s, "block all\n"
			 "pass in on em0 inet proto icmp to 10.1.0.10 icmp-type 8 no state\n"
			 "pass out on em1 inet proto icmp to 10.1.0.10 icmp-type 8 no state\n");
	fwload f;
	load(&f, s.path[0]);
	pbox echorep = tuple(PROTO_ICMP, "10.1.0.10", 0, 65535, "10.2.0.0/16", 0, 255);
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_assert(eq(int, ask(&f, "in", &echorep, 1, 2, 1, CT_ESTABLISHED, IR_ACCEPT, 1, &l, &why), 0));
	cr_assert(eq(int, ask(&f, "out", &echorep, 1, 2, 1, CT_ESTABLISHED, IR_ACCEPT, 1, &l, &why), 0));
	cr_assert(eq(sz, l.n, 2));
	cr_expect(eq(int, l.v[0].line, 2));
	cr_expect(eq(str, l.v[0].text,
		     "pass in on em1 inet proto icmp from 10.1.0.10 to 10.2.0.0/16 icmp-type 0 no state\n"));
	cr_expect(eq(str, l.v[1].text,
		     "pass out on em0 inet proto icmp from 10.1.0.10 to 10.2.0.0/16 icmp-type 0 no state\n"));
	fwload_close(&f);
	pset must = forwarded(&echorep, 1, 2, 1, CT_ESTABLISHED);
	pset tup = tuples_of(&echorep, 1);
	prove(s.path[0], s.path[1], &l, &must, IR_ACCEPT, &tup);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	scratch_fini(&s);
}

/* What pf cannot do: filter on an interface "set skip" names, block what
 * every protocol but TCP is (it names no range of protocols). */
Test(pf_fixit, refusals)
{
	scratch s;
	scratch_init(&s, "set skip on em2\n"
			 "pass in on em0 to 10.1.0.10\n");
	fwload f;
	load(&f, s.path[0]);
	pbox any = tuple(PROTO_TCP, "any4", 0, 65535, "10.1.0.10", 0, 65535);
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_expect(eq(int, ask(&f, "in", &any, 1, 3, 1, CT_NEW, IR_DROP, 1, &l, &why), -1));
	cr_expect(eq(str, (char *)why, "pf does not filter on an interface that \"set skip\" names"));
	pbox notcp[2] = { tuple(-1, "any4", 0, 65535, "10.1.0.10", 0, 65535),
			  tuple(-1, "any4", 0, 65535, "10.1.0.10", 0, 65535) };
	notcp[0].proto_lo = 0;
	notcp[0].proto_hi = PROTO_TCP - 1;
	notcp[1].proto_lo = PROTO_TCP + 1;
	notcp[1].proto_hi = 255;
	why = NULL;
	cr_expect(eq(int, ask(&f, "in", notcp, 2, 1, 2, CT_NEW, IR_DROP, 2, &l, &why), -1));
	cr_expect(eq(str, (char *)why, "pf names neither a range of protocols nor protocol 0 (pfctl: \"proto 0 cannot be used\"), and these packets need them: name the rule's protocols"));
	cr_expect(eq(sz, l.n, 0));
	fixit_list_free(&l);
	fwload_close(&f);
	scratch_fini(&s);
}

/* Both rows of pf (frontend.h) write fix-its. */
Test(pf_fixit, rows)
{
	cr_expect(frontend_find("pf")->fixit == pf_fixit);
	cr_expect(frontend_find("pf-freebsd")->fixit == pf_fixit);
}

/* Every address but one block (the internet of a topology whose other
 * zone is 192.0.2.0/24): "! block", not a list of 24 blocks. */
Test(pf_fixit, negation)
{
	scratch s;
	scratch_init(&s, "block in all\npass out all\n");
	fwload f;
	load(&f, s.path[0]);
	pbox v[2] = {
		tuple(PROTO_TCP, "any4", 1024, 65535, "192.0.2.10", 993, 993),
		tuple(PROTO_TCP, "any4", 1024, 65535, "192.0.2.10", 993, 993),
	};
	v[0].src_hi = addr_v4(0xc00001ffu); /* 192.0.1.255 */
	v[1].src_lo = addr_v4(0xc0000300u); /* 192.0.3.0 */
	fixit_list l;
	fixit_list_init(&l);
	const char *why = NULL;
	cr_assert(eq(int, ask(&f, "in", v, 2, 1, 2, CT_NEW, IR_ACCEPT, 1, &l, &why), 0));
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(str, l.v[0].text,
		     "pass in on em0 inet proto tcp from ! 192.0.2.0/24 port 1024:65535 to 192.0.2.10 port 993\n"));
	fwload_close(&f);
	pset must = forwarded(v, 2, 1, 2, CT_NEW);
	pset tup = tuples_of(v, 2);
	prove(s.path[0], s.path[1], &l, &must, IR_ACCEPT, &tup);
	pset_free(&must);
	pset_free(&tup);
	fixit_list_free(&l);
	scratch_fini(&s);
}
