/* Unit tests for the Cisco IOS and ASA fix-its (src/frontend/cisco/cisco_fixit.c):
 * each builds a request by hand, checks the exact lines, place and
 * commands, then applies the file's fix to its text, parses it again and
 * evaluates it: the packets asked for now pass (or stop) and the set of
 * accepted packets changed by exactly them. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cisco.h"
#include "fileio.h"
#include "fixit.h"
#include "frontend.h"
#include "xalloc.h"

#define LON_GW "samples/contoso/lon-gw-broken.cfg"

static const char *const ifnames[] = { "GigabitEthernet0/0", "GigabitEthernet0/1", "Gi0/0", "Gi0/1",
				       "outside", "inside", "dmz" };

typedef struct fx {
	fwload f;
	diag_list d;
	char *path; /* a temporary file, or NULL */
	char *text;
} fx;

static void fx_load(fx *x, const char *path, const char *text, const char *format)
{
	fwload_opts o = { .format = format, .ifnames = ifnames,
			  .nifnames = sizeof ifnames / sizeof ifnames[0] };
	diag_list_init(&x->d);
	cr_assert(fwload_open_buf(&x->f, path, text, strlen(text), &o, &x->d));
	for (size_t i = 0; i < x->d.n; i++)
		fprintf(stderr, "%d: %s\n", x->d.v[i].loc.line, x->d.v[i].msg);
	cr_assert(eq(sz, x->d.n, 0));
}

/* text as a file of its own (the writers read the file again) */
static void fx_open(fx *x, const char *text, const char *format)
{
	memset(x, 0, sizeof *x);
	char tmpl[] = "/tmp/fwlint-fixit-XXXXXX";
	int fd = mkstemp(tmpl);
	cr_assert(fd >= 0);
	size_t len = strlen(text);
	cr_assert(eq(sz, (size_t)write(fd, text, len), len));
	close(fd);
	x->path = xstrdup(tmpl);
	x->text = xstrdup(text);
	fx_load(x, x->path, text, format);
}

static void fx_open_file(fx *x, const char *path, const char *format)
{
	memset(x, 0, sizeof *x);
	char *buf, err[160];
	size_t len;
	cr_assert(eq(int, read_whole_file(path, &buf, &len, err, sizeof err), 0));
	x->text = xstrndup(buf, len);
	free(buf);
	fx_load(x, path, x->text, format);
}

static void fx_close(fx *x)
{
	fwload_close(&x->f);
	diag_list_free(&x->d);
	if (x->path)
		unlink(x->path);
	free(x->path);
	free(x->text);
}

static const ir_chain *chain(const fx *x, const char *name)
{
	const ir_chain *c = ir_chain_find(ir_table_find(x->f.rs, "filter"), name);
	cr_assert(not(eq(ptr, (void *)c, NULL)), "no chain %s", name);
	return c;
}

static const ir_rule *rule_at(const ir_chain *c, int line)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->rule[i]->loc.line == line)
			return c->rule[i];
	cr_assert(false, "no rule at line %d", line);
	return NULL;
}

static const ir_rule *implicit_deny(const ir_chain *c)
{
	const ir_rule *r = c->rule[c->n - 1];
	cr_assert(eq(str, r->target, CISCO_IMPLICIT_DENY));
	return r;
}

static u128 v4(const char *s)
{
	unsigned a, b, c, d;
	cr_assert(eq(int, sscanf(s, "%u.%u.%u.%u", &a, &b, &c, &d), 4));
	return addr_v4(a << 24 | b << 16 | c << 8 | d);
}

/* Every IPv4 packet (a packet of one IPv4 and one IPv6 address is
 * nobody's). */
static pbox v4full(void)
{
	pbox b = pbox_full();
	b.src_lo = b.dst_lo = PSET_V4_LO;
	b.src_hi = b.dst_hi = PSET_V4_HI;
	return b;
}

/* A box of packets (IPv4): protocol, source block, destination block, ports. */
static pbox box(int proto, const char *src, int slen, const char *dst, int dlen, unsigned splo,
		unsigned sphi, unsigned dplo, unsigned dphi)
{
	pbox b = v4full();
	if (proto >= 0)
		b.proto_lo = b.proto_hi = (uint8_t)proto;
	if (src) {
		b.src_lo = v4(src);
		b.src_hi = b.src_lo | (((u128)1 << (32 - slen)) - 1);
	}
	if (dst) {
		b.dst_lo = v4(dst);
		b.dst_hi = b.dst_lo | (((u128)1 << (32 - dlen)) - 1);
	}
	b.sport_lo = (uint16_t)splo;
	b.sport_hi = (uint16_t)sphi;
	b.dport_lo = (uint16_t)dplo;
	b.dport_hi = (uint16_t)dphi;
	return b;
}

/* Call the writer for packets s (their iif, oif, state), at rule at of
 * chain c; returns its answer, the fix-its in *out. */
static int write_fix(fx *x, const pset *s, const char *iif, const char *oif, uint8_t state,
		     enum ir_action a, const ir_chain *c, const ir_rule *at, fixit_list *out,
		     const char **why)
{
	pset_terms t;
	cr_assert(pset_terms_of(s, &t));
	fixit_req rq = { .f = &x->f, .chain = c, .at = at, .terms = &t, .iif = iif, .oif = oif,
			 .state = state, .action = a };
	fixit_list_init(out);
	*why = NULL;
	int rc = x->f.fe->fixit(&rq, out, why);
	pset_terms_free(&t);
	return rc;
}

/* The text with every fix-it inserted (lines of the original text). */
static char *apply(const char *text, const fixit_list *l)
{
	size_t nlines = 0;
	for (const char *p = text; *p; p++)
		nlines += *p == '\n';
	size_t cap = strlen(text) + 1;
	for (size_t i = 0; i < l->n; i++)
		cap += strlen(l->v[i].text);
	char *out = xmalloc(cap);
	size_t n = 0;
	const char *p = text;
	for (size_t line = 1; line <= nlines + 1; line++) {
		for (size_t i = 0; i < l->n; i++)
			if ((size_t)l->v[i].line == line || (l->v[i].line == 0 && line == nlines + 1)) {
				size_t k = strlen(l->v[i].text);
				memcpy(out + n, l->v[i].text, k);
				n += k;
			}
		const char *e = strchr(p, '\n');
		size_t k = e ? (size_t)(e - p) + 1 : strlen(p);
		memcpy(out + n, p, k);
		n += k;
		p += k;
	}
	out[n] = '\0';
	return out;
}

/* The packets of universe u that the firewall accepts for sure. */
static pset accepted(fx *x, const pbox *u)
{
	pset in = pset_from_box(u), acc = pset_empty();
	outcome_list o = { 0 };
	eval_run(x->f.ev, EVAL_FORWARD, &in, &o);
	for (size_t i = 0; i < o.n; i++)
		if (o.v[i].verdict == IR_ACCEPT && !o.v[i].maybe)
			pset_add_set(&acc, &o.v[i].set);
	outcome_list_free(&o);
	pset_free(&in);
	pset_compact(&acc);
	return acc;
}

/* Interface ids of a box from the names of x's table (NULL: any). */
static void on_ifs(const fx *x, pbox *b, const char *iif, const char *oif)
{
	if (iif)
		b->iif_lo = b->iif_hi = iftab_id(&x->f.tab, iif);
	if (oif)
		b->oif_lo = b->oif_hi = iftab_id(&x->f.tab, oif);
}

/* Apply l to x's file and check that of universe u the accepted packets
 * are what they were, plus (IR_ACCEPT) or minus (IR_DROP) want. */
static void check_applied(fx *x, const fixit_list *l, const char *format, const pbox *u,
			  const pset *want, enum ir_action a)
{
	char *fixed = apply(x->text, l);
	fx y;
	memset(&y, 0, sizeof y);
	y.text = fixed;
	fx_load(&y, x->f.path, fixed, format);
	pset before = accepted(x, u), after = accepted(&y, u);
	pset w = pset_intersect_box(want, u);
	pset expect = a == IR_ACCEPT ? pset_union(&before, &w) : pset_subtract(&before, &w);
	cr_expect(pset_equal(&after, &expect), "fixed file:\n%s", fixed);
	cr_expect(not(pset_equal(&after, &before)));
	pset_free(&before);
	pset_free(&after);
	pset_free(&w);
	pset_free(&expect);
	fx_close(&y);
}

/* ------------------------------------------------------------ IOS */

/* lon-gw-broken.cfg: the store port 4001 is missing from USERS_IN, which
 * ends in its implicit deny: a permit after its last entry. */
Test(ios_fixit, implicit_deny_of_the_sample)
{
	fx x;
	fx_open_file(&x, LON_GW, "cisco");
	const ir_chain *c = chain(&x, "USERS_IN");
	pbox b = box(PROTO_TCP, "10.2.64.0", 18, "10.2.0.10", 32, 0, 65535, 4001, 4001);
	on_ifs(&x, &b, "GigabitEthernet0/1", "GigabitEthernet0/0");
	b.state = CT_NEW;
	pset s = pset_from_box(&b);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "GigabitEthernet0/1", "GigabitEthernet0/0", CT_NEW,
				    IR_ACCEPT, c, implicit_deny(c), &l, &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(str, l.v[0].file, LON_GW));
	cr_expect(eq(int, l.v[0].line, 18));
	cr_expect(eq(str, l.v[0].text, " permit tcp 10.2.64.0 0.0.63.255 host 10.2.0.10 eq 4001\n"));
	cr_expect(eq(str, l.v[0].command, "ip access-list extended USERS_IN\n"
					  " permit tcp 10.2.64.0 0.0.63.255 host 10.2.0.10 eq 4001"));
	/* every packet that enters on the users' side: only these change */
	pbox u = v4full();
	on_ifs(&x, &u, "GigabitEthernet0/1", NULL);
	u.state = CT_NEW;
	b.oif_lo = 0;
	b.oif_hi = pbox_full().oif_hi;
	pset want = pset_from_box(&b);
	check_applied(&x, &l, "cisco", &u, &want, IR_ACCEPT);
	pset_free(&want);
	pset_free(&s);
	fixit_list_free(&l);
	fx_close(&x);
}

/* lon-gw-broken.cfg lost the "established" entry of SERVERS_IN: the
 * replies of the MAPI connections (ports 135, 4000-4001) come back
 * through "established" permits, one per source port range. */
Test(ios_fixit, replies_established)
{
	fx x;
	fx_open_file(&x, LON_GW, "cisco");
	const ir_chain *c = chain(&x, "SERVERS_IN");
	pbox a = box(PROTO_TCP, "10.2.0.10", 32, "10.2.64.0", 18, 135, 135, 1024, 65535);
	pbox b = box(PROTO_TCP, "10.2.0.10", 32, "10.2.64.0", 18, 4000, 4001, 1024, 65535);
	on_ifs(&x, &a, "GigabitEthernet0/0", NULL);
	on_ifs(&x, &b, "GigabitEthernet0/0", NULL);
	a.state = b.state = CT_ESTABLISHED;
	pset s = pset_from_box(&a);
	pset_add_box(&s, &b);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "GigabitEthernet0/0", "GigabitEthernet0/1",
				    CT_ESTABLISHED, IR_ACCEPT, c, implicit_deny(c), &l, &why), 0),
		  "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 20));
	cr_expect(eq(str, l.v[0].text,
		     " permit tcp host 10.2.0.10 eq 135 10.2.64.0 0.0.63.255 gt 1023 established\n"
		     " permit tcp host 10.2.0.10 range 4000 4001 10.2.64.0 0.0.63.255 gt 1023 established\n"));
	cr_expect(eq(str, l.v[0].command,
		     "ip access-list extended SERVERS_IN\n"
		     " permit tcp host 10.2.0.10 eq 135 10.2.64.0 0.0.63.255 gt 1023 established\n"
		     " permit tcp host 10.2.0.10 range 4000 4001 10.2.64.0 0.0.63.255 gt 1023 established"));
	/* IOS keeps no state: the replies (ACK or RST set) pass, a SYN from
	 * the server does not */
	pbox u = v4full();
	on_ifs(&x, &u, "GigabitEthernet0/0", NULL);
	u.state = CT_ESTABLISHED;
	pset want = pset_empty();
	uint64_t est = tcpflags_match(TCPF_ACK, TCPF_ACK) | tcpflags_match(TCPF_RST, TCPF_RST);
	a.flags = b.flags = est;
	a.oif_lo = b.oif_lo = 0;
	a.oif_hi = b.oif_hi = pbox_full().oif_hi;
	pset_add_box(&want, &a);
	pset_add_box(&want, &b);
	check_applied(&x, &l, "cisco", &u, &want, IR_ACCEPT);
	pset_free(&want);
	pset_free(&s);
	fixit_list_free(&l);
	fx_close(&x);
}

static const char mid_acl[] =
	"hostname r1\n"
	"interface Gi0/0\n"
	" ip access-group EDGE in\n"
	"!\n"
	"ip access-list extended EDGE\n"
	" 10 permit tcp any host 10.0.0.5 eq 443\n"
	" 20 deny tcp any host 10.0.0.10\n"
	" 30 permit ip any any\n"
	"end\n";

/* An explicit deny in the middle of a list with sequence numbers: a
 * number between 10 and 20, on the line before the deny. */
Test(ios_fixit, explicit_deny_mid_acl)
{
	fx x;
	fx_open(&x, mid_acl, "cisco");
	const ir_chain *c = chain(&x, "EDGE");
	pbox b = box(PROTO_TCP, NULL, 0, "10.0.0.10", 32, 0, 65535, 25, 25);
	on_ifs(&x, &b, "Gi0/0", NULL);
	pset s = pset_from_box(&b);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "Gi0/0", NULL, CT_NEW, IR_ACCEPT, c, rule_at(c, 7), &l,
				    &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 7));
	cr_expect(eq(str, l.v[0].text, " 15 permit tcp any host 10.0.0.10 eq 25\n"));
	cr_expect(eq(str, l.v[0].command,
		     "ip access-list extended EDGE\n 15 permit tcp any host 10.0.0.10 eq 25"));
	pbox u = v4full();
	on_ifs(&x, &u, "Gi0/0", NULL);
	check_applied(&x, &l, "cisco", &u, &s, IR_ACCEPT);
	pset_free(&s);
	fixit_list_free(&l);
	fx_close(&x);
}

/* Two blocks that are not one prefix, in a list without numbers: two
 * entries, numbered 13 and 16 on the box (between 10 and 20), without
 * numbers in the file. */
Test(ios_fixit, two_blocks_implicit_numbers)
{
	static const char text[] = "interface Gi0/1\n"
				   " ip access-group IN in\n"
				   "ip access-list extended IN\n"
				   " permit tcp any host 10.0.0.5 eq 443\n"
				   " deny ip 10.1.0.0 0.0.255.255 any\n"
				   " permit ip any any\n";
	fx x;
	fx_open(&x, text, "cisco");
	const ir_chain *c = chain(&x, "IN");
	pbox a = box(PROTO_UDP, "10.1.0.0", 24, "10.0.0.53", 32, 0, 65535, 53, 53);
	pbox b = box(PROTO_UDP, "10.1.2.0", 24, "10.0.0.53", 32, 0, 65535, 53, 53);
	on_ifs(&x, &a, "Gi0/1", NULL);
	on_ifs(&x, &b, "Gi0/1", NULL);
	pset s = pset_from_box(&a);
	pset_add_box(&s, &b);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "Gi0/1", NULL, CT_NEW, IR_ACCEPT, c, rule_at(c, 5), &l,
				    &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 5));
	cr_expect(eq(str, l.v[0].text, " permit udp 10.1.0.0 0.0.0.255 host 10.0.0.53 eq 53\n"
				       " permit udp 10.1.2.0 0.0.0.255 host 10.0.0.53 eq 53\n"));
	cr_expect(eq(str, l.v[0].command,
		     "ip access-list extended IN\n"
		     " 13 permit udp 10.1.0.0 0.0.0.255 host 10.0.0.53 eq 53\n"
		     " 16 permit udp 10.1.2.0 0.0.0.255 host 10.0.0.53 eq 53"));
	pbox u = v4full();
	on_ifs(&x, &u, "Gi0/1", NULL);
	check_applied(&x, &l, "cisco", &u, &s, IR_ACCEPT);
	pset_free(&s);
	fixit_list_free(&l);
	fx_close(&x);
}

/* Numbers written one after the other: no room, and the file's numbers
 * would have to change too. */
Test(ios_fixit, no_free_sequence_number)
{
	static const char text[] = "interface Gi0/1\n"
				   " ip access-group IN in\n"
				   "ip access-list extended IN\n"
				   " 10 permit tcp any host 10.0.0.5 eq 443\n"
				   " 11 deny ip any any\n";
	fx x;
	fx_open(&x, text, "cisco");
	const ir_chain *c = chain(&x, "IN");
	pbox b = box(PROTO_TCP, NULL, 0, "10.0.0.5", 32, 0, 65535, 80, 80);
	pset s = pset_from_box(&b);
	fixit_list l;
	const char *why;
	cr_expect(eq(int, write_fix(&x, &s, "Gi0/1", NULL, CT_NEW, IR_ACCEPT, c, rule_at(c, 5), &l,
				    &why), -1));
	cr_expect(eq(sz, l.n, 0));
	cr_expect(not(eq(ptr, strstr(why, "ip access-list resequence"), NULL)), "%s", why);
	pset_free(&s);
	fixit_list_free(&l);
	fx_close(&x);
}

static const char numbered[] = "interface Gi0/1\n"
			       " ip access-group 101 in\n"
			       "!\n"
			       "access-list 101 permit tcp any host 10.0.0.5 eq 80\n"
			       "access-list 101 deny ip any host 10.0.0.5\n"
			       "access-list 101 permit tcp any host 10.0.0.6 eq 22\n"
			       "end\n";

/* A numbered list: "access-list 101 ..." lines in the file, the named
 * list mode (which edits numbered lists too) on the box; at its end,
 * "access-list 101 ..." appends. */
Test(ios_fixit, numbered_acl)
{
	fx x;
	fx_open(&x, numbered, "cisco");
	const ir_chain *c = chain(&x, "101");
	pbox b = box(PROTO_TCP, NULL, 0, "10.0.0.5", 32, 0, 65535, 443, 443);
	on_ifs(&x, &b, "Gi0/1", NULL);
	pset s = pset_from_box(&b);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "Gi0/1", NULL, CT_NEW, IR_ACCEPT, c, rule_at(c, 5), &l,
				    &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 5));
	cr_expect(eq(str, l.v[0].text, "access-list 101 permit tcp any host 10.0.0.5 eq 443\n"));
	cr_expect(eq(str, l.v[0].command,
		     "ip access-list extended 101\n 15 permit tcp any host 10.0.0.5 eq 443"));
	pbox u = v4full();
	on_ifs(&x, &u, "Gi0/1", NULL);
	check_applied(&x, &l, "cisco", &u, &s, IR_ACCEPT);
	fixit_list_free(&l);
	pset_free(&s);

	/* at the implicit deny */
	pbox d = box(PROTO_UDP, "192.0.2.0", 24, "10.0.0.7", 32, 0, 65535, 123, 123);
	on_ifs(&x, &d, "Gi0/1", NULL);
	s = pset_from_box(&d);
	cr_assert(eq(int, write_fix(&x, &s, "Gi0/1", NULL, CT_NEW, IR_ACCEPT, c, implicit_deny(c),
				    &l, &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 7));
	cr_expect(eq(str, l.v[0].text, "access-list 101 permit udp 192.0.2.0 0.0.0.255 host 10.0.0.7 eq 123\n"));
	cr_expect(eq(str, l.v[0].command, "access-list 101 permit udp 192.0.2.0 0.0.0.255 host 10.0.0.7 eq 123"));
	check_applied(&x, &l, "cisco", &u, &s, IR_ACCEPT);
	fixit_list_free(&l);
	pset_free(&s);
	fx_close(&x);
}

/* Narrowing: "permit tcp any host 10.0.0.5" where only 443 is required:
 * denies of the rest before it. */
Test(ios_fixit, narrowing)
{
	static const char text[] = "interface Gi0/1\n"
				   " ip access-group IN in\n"
				   "ip access-list extended IN\n"
				   " permit tcp any host 10.0.0.5\n"
				   " permit udp any any eq 53\n";
	fx x;
	fx_open(&x, text, "cisco");
	const ir_chain *c = chain(&x, "IN");
	pbox a = box(PROTO_TCP, NULL, 0, "10.0.0.5", 32, 0, 65535, 0, 442);
	pbox b = box(PROTO_TCP, NULL, 0, "10.0.0.5", 32, 0, 65535, 444, 65535);
	on_ifs(&x, &a, "Gi0/1", NULL);
	on_ifs(&x, &b, "Gi0/1", NULL);
	pset s = pset_from_box(&a);
	pset_add_box(&s, &b);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "Gi0/1", NULL, CT_NEW, IR_DROP, c, rule_at(c, 4), &l,
				    &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 4));
	cr_expect(eq(str, l.v[0].text, " deny tcp any host 10.0.0.5 lt 443\n"
				       " deny tcp any host 10.0.0.5 gt 443\n"));
	cr_expect(eq(str, l.v[0].command, "ip access-list extended IN\n"
					  " 3 deny tcp any host 10.0.0.5 lt 443\n"
					  " 6 deny tcp any host 10.0.0.5 gt 443"));
	pbox u = v4full();
	on_ifs(&x, &u, "Gi0/1", NULL);
	check_applied(&x, &l, "cisco", &u, &s, IR_DROP);
	pset_free(&s);
	fixit_list_free(&l);
	fx_close(&x);
}

/* An interface that no list filters passes everything: narrowing it is a
 * new list (denies, then permit ip any any) bound to it. */
Test(ios_fixit, narrowing_unfiltered_interface)
{
	static const char text[] = "interface Gi0/0\n"
				   " description servers\n"
				   "interface Gi0/1\n"
				   " ip access-group IN in\n"
				   "ip access-list extended IN\n"
				   " permit ip any any\n"
				   "end\n";
	fx x;
	fx_open(&x, text, "cisco");
	const ir_chain *in = chain(&x, "in");
	pbox a = box(PROTO_TCP, NULL, 0, "10.0.0.5", 32, 0, 65535, 23, 23);
	on_ifs(&x, &a, "Gi0/0", NULL);
	pset s = pset_from_box(&a);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "Gi0/0", "Gi0/1", CT_NEW, IR_DROP, in, NULL, &l, &why), 0),
		  "%s", why);
	cr_assert(eq(sz, l.n, 2));
	cr_expect(eq(int, l.v[0].line, 5));
	cr_expect(eq(str, l.v[0].text, "ip access-list extended FWLINT_Gi0_0_IN\n"
				       " deny tcp any host 10.0.0.5 eq 23\n"
				       " permit ip any any\n"));
	cr_expect(eq(str, l.v[0].command, "ip access-list extended FWLINT_Gi0_0_IN\n"
					  " deny tcp any host 10.0.0.5 eq 23\n"
					  " permit ip any any\n"
					  "interface Gi0/0\n"
					  " ip access-group FWLINT_Gi0_0_IN in"));
	cr_expect(eq(int, l.v[1].line, 2));
	cr_expect(eq(str, l.v[1].text, " ip access-group FWLINT_Gi0_0_IN in\n"));
	pbox u = v4full();
	on_ifs(&x, &u, "Gi0/0", NULL);
	check_applied(&x, &l, "cisco", &u, &s, IR_DROP);
	fixit_list_free(&l);
	pset_free(&s);
	fx_close(&x);
}

/* More entries than anyone should paste: declined, with the reason. */
Test(ios_fixit, too_many_entries)
{
	fx x;
	fx_open(&x, mid_acl, "cisco");
	const ir_chain *c = chain(&x, "EDGE");
	pset s = pset_empty();
	for (unsigned i = 0; i < 17; i++) {
		pbox b = box(PROTO_TCP, NULL, 0, "10.0.0.10", 32, 0, 65535, 1000 + 2 * i, 1000 + 2 * i);
		pset_add_box(&s, &b);
	}
	fixit_list l;
	const char *why;
	cr_expect(eq(int, write_fix(&x, &s, "Gi0/0", NULL, CT_NEW, IR_ACCEPT, c, rule_at(c, 7), &l,
				    &why), -1));
	cr_expect(eq(sz, l.n, 0));
	cr_expect(not(eq(ptr, strstr(why, "more than 16"), NULL)), "%s", why);
	pset_free(&s);
	fixit_list_free(&l);
	fx_close(&x);
}

/* ------------------------------------------------------------ ASA */

static const char asa_remarks[] =
	"ASA Version 9.8(1)\n"
	"interface GigabitEthernet0/0\n"
	" nameif outside\n"
	" security-level 0\n"
	"interface GigabitEthernet0/1\n"
	" nameif inside\n"
	" security-level 100\n"
	"access-list OUTSIDE_IN remark web\n"
	"access-list OUTSIDE_IN extended permit tcp any host 10.0.0.10 eq 443\n"
	"access-list OUTSIDE_IN remark nothing else to the web server\n"
	"access-list OUTSIDE_IN extended deny tcp any host 10.0.0.10\n"
	"access-list OUTSIDE_IN extended permit tcp any 10.0.1.0 255.255.255.0 eq 22\n"
	"access-group OUTSIDE_IN in interface outside\n";

static const char asa_remarks_groups[] =
	"interface GigabitEthernet0/0\n"
	" nameif outside\n"
	" security-level 0\n"
	"interface GigabitEthernet0/1\n"
	" nameif inside\n"
	" security-level 100\n"
	"object-group network WEB\n"
	" network-object host 10.0.0.10\n"
	"!\n"
	"access-list OUTSIDE_IN remark web\n"
	"access-list OUTSIDE_IN extended permit tcp any object-group WEB eq 443\n"
	"access-list OUTSIDE_IN extended deny tcp any object-group WEB\n"
	"access-group OUTSIDE_IN in interface outside\n";

/* "line N" counts the remarks: the deny is line 4 of the list. */
Test(asa_fixit, line_numbers_count_remarks)
{
	fx x;
	fx_open(&x, asa_remarks, "asa");
	const ir_chain *c = chain(&x, "OUTSIDE_IN");
	pbox b = box(PROTO_TCP, NULL, 0, "10.0.0.10", 32, 0, 65535, 25, 25);
	on_ifs(&x, &b, "outside", NULL);
	b.state = CT_NEW;
	pset s = pset_from_box(&b);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "outside", "inside", CT_NEW, IR_ACCEPT, c, rule_at(c, 11),
				    &l, &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 11));
	cr_expect(eq(str, l.v[0].text,
		     "access-list OUTSIDE_IN extended permit tcp any host 10.0.0.10 eq 25\n"));
	cr_expect(eq(str, l.v[0].command,
		     "access-list OUTSIDE_IN line 4 extended permit tcp any host 10.0.0.10 eq 25"));
	pbox u = v4full();
	on_ifs(&x, &u, "outside", "inside");
	u.state = CT_NEW;
	b.oif_lo = b.oif_hi = u.oif_lo;
	pset want = pset_from_box(&b);
	check_applied(&x, &l, "asa", &u, &want, IR_ACCEPT);
	pset_free(&want);
	fixit_list_free(&l);
	pset_free(&s);

	/* two entries before line 2 (no remark counted twice); netmasks */
	pbox d = box(PROTO_UDP, "192.0.2.0", 25, "10.0.1.0", 24, 0, 65535, 53, 53);
	pbox e = box(PROTO_UDP, "192.0.2.128", 26, "10.0.1.0", 24, 0, 65535, 53, 53);
	on_ifs(&x, &d, "outside", "inside");
	on_ifs(&x, &e, "outside", "inside");
	d.state = e.state = CT_NEW;
	s = pset_from_box(&d);
	pset_add_box(&s, &e);
	cr_assert(eq(int, write_fix(&x, &s, "outside", "inside", CT_NEW, IR_ACCEPT, c, rule_at(c, 9),
				    &l, &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 9));
	cr_expect(eq(str, l.v[0].command,
		     "access-list OUTSIDE_IN line 2 extended permit udp 192.0.2.0 255.255.255.128 10.0.1.0 255.255.255.0 eq 53\n"
		     "access-list OUTSIDE_IN line 3 extended permit udp 192.0.2.128 255.255.255.192 10.0.1.0 255.255.255.0 eq 53"));
	check_applied(&x, &l, "asa", &u, &s, IR_ACCEPT);
	fixit_list_free(&l);
	pset_free(&s);
	fx_close(&x);
}

/* Replies pass the ASA by its connection table: no entry for them. */
Test(asa_fixit, replies_are_not_for_an_entry)
{
	fx x;
	fx_open(&x, asa_remarks, "asa");
	const ir_chain *c = chain(&x, "OUTSIDE_IN");
	pbox b = box(PROTO_TCP, NULL, 0, "10.0.0.10", 32, 25, 25, 1024, 65535);
	pset s = pset_from_box(&b);
	fixit_list l;
	const char *why;
	cr_expect(eq(int, write_fix(&x, &s, "outside", "inside", CT_ESTABLISHED, IR_ACCEPT, c,
				    implicit_deny(c), &l, &why), -1));
	cr_expect(not(eq(ptr, strstr(why, "state"), NULL)), "%s", why);
	pset_free(&s);
	fixit_list_free(&l);
	fx_close(&x);
}

static const char asa_levels_cfg[] =
	"ASA Version 9.8(1)\n"
	"interface GigabitEthernet0/0\n"
	" nameif outside\n"
	" security-level 0\n"
	"interface GigabitEthernet0/1\n"
	" nameif inside\n"
	" security-level 100\n"
	"interface GigabitEthernet0/2\n"
	" nameif dmz\n"
	" security-level 50\n"
	"access-list DMZ_IN extended permit udp any any eq 53\n"
	"access-group DMZ_IN in interface dmz\n"
	": end\n";

/* outside, the lowest level, has no list: its level lets nothing in, so
 * a new list of the permits keeps everything else as it was. */
Test(asa_fixit, security_level_lowest)
{
	fx x;
	fx_open(&x, asa_levels_cfg, "asa");
	const ir_chain *in = chain(&x, "in");
	pbox b = box(PROTO_TCP, NULL, 0, "10.0.1.10", 32, 0, 65535, 443, 443);
	on_ifs(&x, &b, "outside", NULL);
	b.state = CT_NEW;
	pset s = pset_from_box(&b);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "outside", "dmz", CT_NEW, IR_ACCEPT, in, NULL, &l, &why), 0),
		  "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 12));
	cr_expect(eq(str, l.v[0].text,
		     "access-list outside_access_in extended permit tcp any host 10.0.1.10 eq 443\n"
		     "access-group outside_access_in in interface outside\n"));
	cr_expect(eq(str, l.v[0].command,
		     "access-list outside_access_in extended permit tcp any host 10.0.1.10 eq 443\n"
		     "access-group outside_access_in in interface outside"));
	/* every packet from outside to dmz (in and out of one interface
	 * stays denied by same-security-traffic, whatever the lists say) */
	pbox u = v4full();
	on_ifs(&x, &u, "outside", "dmz");
	u.state = CT_NEW;
	check_applied(&x, &l, "asa", &u, &s, IR_ACCEPT);
	fixit_list_free(&l);
	pset_free(&s);

	/* dmz (50) has a list, inside (100) lets everything to lower levels:
	 * narrowing inside is denies, then permit ip any any */
	pbox d = box(PROTO_TCP, NULL, 0, NULL, 0, 0, 65535, 23, 23);
	on_ifs(&x, &d, "inside", NULL);
	d.state = CT_NEW;
	s = pset_from_box(&d);
	cr_assert(eq(int, write_fix(&x, &s, "inside", "outside", CT_NEW, IR_DROP, in, NULL, &l, &why), 0),
		  "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(str, l.v[0].text, "access-list inside_access_in extended deny tcp any4 any4 eq 23\n"
				       "access-list inside_access_in extended permit ip any any\n"
				       "access-group inside_access_in in interface inside\n"));
	pbox v = v4full();
	on_ifs(&x, &v, "inside", "outside");
	v.state = CT_NEW;
	check_applied(&x, &l, "asa", &v, &s, IR_DROP);
	fixit_list_free(&l);
	pset_free(&s);
	fx_close(&x);
}

/* An interface in the middle: its level lets traffic to lower levels
 * through, which an access-list cannot say by interface: declined. */
Test(asa_fixit, security_level_middle_declined)
{
	static const char text[] = "interface GigabitEthernet0/0\n"
				   " nameif outside\n"
				   " security-level 0\n"
				   "interface GigabitEthernet0/1\n"
				   " nameif inside\n"
				   " security-level 100\n"
				   "interface GigabitEthernet0/2\n"
				   " nameif dmz\n"
				   " security-level 50\n";
	fx x;
	fx_open(&x, text, "asa");
	const ir_chain *in = chain(&x, "in");
	pbox b = box(PROTO_TCP, NULL, 0, "10.0.0.5", 32, 0, 65535, 1433, 1433);
	pset s = pset_from_box(&b);
	fixit_list l;
	const char *why;
	cr_expect(eq(int, write_fix(&x, &s, "dmz", "inside", CT_NEW, IR_ACCEPT, in, NULL, &l, &why), -1));
	cr_expect(eq(sz, l.n, 0));
	cr_expect(not(eq(ptr, strstr(why, "security level"), NULL)), "%s", why);
	pset_free(&s);
	fixit_list_free(&l);
	fx_close(&x);
}

#define ASA_BROKEN "samples/contoso-asa/fw-broken.cfg"

/* The mistakes of samples/contoso-asa/fw-broken.cfg, as the checks ask:
 * IMAP4 over SSL (993) denied by "deny ip any any log" (line 4 of
 * OUTSIDE_IN, remarks counted), the MAPI ports from the half of corp that
 * INSIDE_IN forgot (its implicit deny), and the excess of "permit tcp
 * host EXCH1 host EXCH2".  Every fix applied at once: the accepted
 * packets are those of before, plus the openings, minus the excess. */
Test(asa_fixit, the_broken_sample)
{
	fx x;
	fx_open_file(&x, ASA_BROKEN, "asa");
	fixit_list all, l;
	fixit_list_init(&all);
	const char *why;
	pset plus = pset_empty(), minus = pset_empty();

	pbox imap = box(PROTO_TCP, NULL, 0, "192.0.2.10", 32, 1024, 65535, 993, 993);
	on_ifs(&x, &imap, "outside", NULL);
	pset s = pset_from_box(&imap);
	const ir_chain *c = chain(&x, "OUTSIDE_IN");
	cr_assert(eq(int, write_fix(&x, &s, "outside", "dmz", CT_NEW, IR_ACCEPT, c, rule_at(c, 49),
				    &l, &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 49));
	cr_expect(eq(str, l.v[0].command, "access-list OUTSIDE_IN line 4 extended permit tcp any gt 1023 host 192.0.2.10 eq 993"));
	pset_add_set(&plus, &s);
	pset_free(&s);
	fixit_list_move(&all, &l);

	c = chain(&x, "INSIDE_IN");
	static const unsigned mapi[] = { 135, 4000, 4001 };
	for (size_t i = 0; i < 3; i++) {
		pbox b = box(PROTO_TCP, "10.1.128.0", 17, "192.0.2.10", 32, 1024, 65535, mapi[i], mapi[i]);
		on_ifs(&x, &b, "inside", NULL);
		s = pset_from_box(&b);
		cr_assert(eq(int, write_fix(&x, &s, "inside", "dmz", CT_NEW, IR_ACCEPT, c,
					    implicit_deny(c), &l, &why), 0), "%s", why);
		cr_assert(eq(sz, l.n, 1));
		cr_expect(eq(int, l.v[0].line, 59));
		cr_expect(eq(str, l.v[0].command, i == 0
			? "access-list INSIDE_IN extended permit tcp 10.1.128.0 255.255.128.0 gt 1023 host 192.0.2.10 eq 135"
			: i == 1 ? "access-list INSIDE_IN extended permit tcp 10.1.128.0 255.255.128.0 gt 1023 host 192.0.2.10 eq 4000"
				 : "access-list INSIDE_IN extended permit tcp 10.1.128.0 255.255.128.0 gt 1023 host 192.0.2.10 eq 4001"));
		pset_add_set(&plus, &s);
		pset_free(&s);
		fixit_list_move(&all, &l);
	}

	c = chain(&x, "DMZ_IN");
	s = pset_empty();
	static const unsigned ex[][2] = { { 0, 134 }, { 136, 3999 }, { 4001, 4001 }, { 4003, 65535 } };
	for (size_t i = 0; i < 4; i++) {
		pbox b = box(PROTO_TCP, "192.0.2.10", 32, "10.1.0.11", 32, 0, 65535, ex[i][0], ex[i][1]);
		on_ifs(&x, &b, "dmz", NULL);
		pset_add_box(&s, &b);
	}
	cr_assert(eq(int, write_fix(&x, &s, "dmz", "inside", CT_NEW, IR_DROP, c, rule_at(c, 51), &l,
				    &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 51));
	cr_expect(eq(str, l.v[0].command,
		     "access-list DMZ_IN line 2 extended deny tcp host 192.0.2.10 host 10.1.0.11 lt 135\n"
		     "access-list DMZ_IN line 3 extended deny tcp host 192.0.2.10 host 10.1.0.11 range 136 3999\n"
		     "access-list DMZ_IN line 4 extended deny tcp host 192.0.2.10 host 10.1.0.11 eq 4001\n"
		     "access-list DMZ_IN line 5 extended deny tcp host 192.0.2.10 host 10.1.0.11 gt 4002"));
	pset_add_set(&minus, &s);
	pset_free(&s);
	fixit_list_move(&all, &l);

	char *fixed = apply(x.text, &all);
	fx y;
	memset(&y, 0, sizeof y);
	y.text = fixed;
	fx_load(&y, ASA_BROKEN, fixed, "asa");
	pbox u = v4full();
	u.state = CT_NEW;
	pset before = accepted(&x, &u), after = accepted(&y, &u);
	pset pu = pset_intersect_box(&plus, &u);
	pset a = pset_union(&before, &pu);
	pset expect = pset_subtract(&a, &minus);
	pset_free(&pu);
	/* in and out of one interface stays denied (same-security-traffic) */
	static const char *const nifs[] = { "outside", "dmz", "inside" };
	for (size_t i = 0; i < 3; i++) {
		pbox same = pbox_full();
		on_ifs(&x, &same, nifs[i], nifs[i]);
		pset t = pset_subtract_box(&expect, &same);
		pset_free(&expect);
		expect = t;
	}
	pset d1 = pset_subtract(&after, &expect), d2 = pset_subtract(&expect, &after);
	char b1[400], b2[400];
	pset_summary(&d1, NULL, b1, sizeof b1);
	pset_summary(&d2, NULL, b2, sizeof b2);
	cr_expect(pset_is_empty(&d1), "accepted, not expected: %s", b1);
	cr_expect(pset_is_empty(&d2), "expected, not accepted: %s", b2);
	pset_free(&d1);
	pset_free(&d2);
	pset_free(&a);
	pset_free(&expect);
	pset_free(&before);
	pset_free(&after);
	pset_free(&plus);
	pset_free(&minus);
	fixit_list_free(&all);
	fx_close(&y);
	fx_close(&x);
}

/* With a global access-list, an interface's inbound list is a copy of its
 * entries (table "inbound"): the fix goes to the list itself. */
Test(asa_fixit, inbound_copy_before_a_global_list)
{
	static const char text[] = "interface GigabitEthernet0/0\n"
				   " nameif outside\n"
				   " security-level 0\n"
				   "interface GigabitEthernet0/1\n"
				   " nameif inside\n"
				   " security-level 100\n"
				   "access-list OUT_IN extended permit tcp any host 10.0.0.5 eq 80\n"
				   "access-list OUT_IN extended deny tcp any host 10.0.0.6\n"
				   "access-list GLOBAL extended permit udp any any eq 53\n"
				   "access-group OUT_IN in interface outside\n"
				   "access-group GLOBAL global\n";
	fx x;
	fx_open(&x, text, "asa");
	const ir_chain *c = ir_chain_find(ir_table_find(x.f.rs, "inbound"), "OUT_IN (inbound)");
	cr_assert(not(eq(ptr, (void *)c, NULL)));
	pbox b = box(PROTO_TCP, NULL, 0, "10.0.0.6", 32, 0, 65535, 443, 443);
	on_ifs(&x, &b, "outside", "inside");
	b.state = CT_NEW;
	pset s = pset_from_box(&b);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "outside", "inside", CT_NEW, IR_ACCEPT, c, rule_at(c, 8),
				    &l, &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 8));
	cr_expect(eq(str, l.v[0].command,
		     "access-list OUT_IN line 2 extended permit tcp any host 10.0.0.6 eq 443"));
	pbox u = v4full();
	on_ifs(&x, &u, "outside", "inside");
	u.state = CT_NEW;
	check_applied(&x, &l, "asa", &u, &s, IR_ACCEPT);
	fixit_list_free(&l);
	pset_free(&s);
	fx_close(&x);
}

/* An IOS IPv6 access list: its number is the "sequence N" option. */
Test(ios_fixit, ipv6_access_list)
{
	static const char text[] = "interface Gi0/0\n"
				   " ipv6 traffic-filter V6IN in\n"
				   "ipv6 access-list V6IN\n"
				   " permit tcp any host 2001:db8::5 eq 443 sequence 10\n"
				   " deny ipv6 any host 2001:db8::5 sequence 20\n"
				   " permit ipv6 any any sequence 30\n";
	fx x;
	fx_open(&x, text, "cisco");
	const ir_chain *c = chain(&x, "V6IN");
	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = PROTO_TCP;
	b.src_lo = 0;
	b.src_hi = PSET_V4_LO - 1;
	b.dst_lo = b.dst_hi = ((u128)0x20010db8 << 96) | 5;
	b.dport_lo = b.dport_hi = 25;
	on_ifs(&x, &b, "Gi0/0", NULL);
	pset s = pset_from_box(&b);
	pbox hi = b;
	hi.src_lo = PSET_V4_HI + 1;
	hi.src_hi = U128_MAX;
	pset_add_box(&s, &hi);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "Gi0/0", NULL, CT_NEW, IR_ACCEPT, c, rule_at(c, 5), &l,
				    &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 1));
	cr_expect(eq(int, l.v[0].line, 5));
	cr_expect(eq(str, l.v[0].text, " permit tcp any host 2001:db8::5 eq 25 sequence 15\n"));
	cr_expect(eq(str, l.v[0].command,
		     "ipv6 access-list V6IN\n permit tcp any host 2001:db8::5 eq 25 sequence 15"));
	pbox u = pbox_full();
	u.src_lo = u.dst_lo = PSET_V4_HI + 1;
	on_ifs(&x, &u, "Gi0/0", NULL);
	check_applied(&x, &l, "cisco", &u, &s, IR_ACCEPT);
	fixit_list_free(&l);
	pset_free(&s);
	fx_close(&x);
}

/* A file that writes object-group network: several blocks are one group
 * (named by a hash of its blocks), defined before the list, and one
 * entry. */
Test(asa_fixit, object_group_for_several_blocks)
{
	fx x;
	fx_open(&x, asa_remarks_groups, "asa");
	const ir_chain *c = chain(&x, "OUTSIDE_IN");
	pbox a = box(PROTO_TCP, "198.51.100.0", 24, "10.0.0.10", 32, 0, 65535, 25, 25);
	pbox b = box(PROTO_TCP, "203.0.113.0", 25, "10.0.0.10", 32, 0, 65535, 25, 25);
	on_ifs(&x, &a, "outside", NULL);
	on_ifs(&x, &b, "outside", NULL);
	a.state = b.state = CT_NEW;
	pset s = pset_from_box(&a);
	pset_add_box(&s, &b);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "outside", "inside", CT_NEW, IR_ACCEPT, c, rule_at(c, 12),
				    &l, &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 2));
	cr_expect(eq(int, l.v[0].line, 10));
	cr_expect(eq(str, l.v[0].text, "object-group network FWLINT_NET_0C07C0FD\n"
				       " network-object 198.51.100.0 255.255.255.0\n"
				       " network-object 203.0.113.0 255.255.255.128\n"));
	cr_expect(eq(str, l.v[0].command, "object-group network FWLINT_NET_0C07C0FD\n"
					  " network-object 198.51.100.0 255.255.255.0\n"
					  " network-object 203.0.113.0 255.255.255.128"));
	cr_expect(eq(int, l.v[1].line, 12));
	cr_expect(eq(str, l.v[1].command, "access-list OUTSIDE_IN line 3 extended permit tcp "
					  "object-group FWLINT_NET_0C07C0FD host 10.0.0.10 eq 25"));
	pbox u = v4full();
	on_ifs(&x, &u, "outside", "inside");
	u.state = CT_NEW;
	check_applied(&x, &l, "asa", &u, &s, IR_ACCEPT);
	fixit_list_free(&l);
	pset_free(&s);
	fx_close(&x);
}

/* IOS writes the blocks of an object-group network with netmasks (IOS
 * Security Command Reference, "object-group network"). */
Test(ios_fixit, object_group_for_several_blocks)
{
	static const char text[] = "object-group network DNS\n"
				   " host 10.0.0.53\n"
				   "interface Gi0/1\n"
				   " ip access-group IN in\n"
				   "ip access-list extended IN\n"
				   " permit tcp any host 10.0.0.5 eq 443\n";
	fx x;
	fx_open(&x, text, "cisco");
	const ir_chain *c = chain(&x, "IN");
	pbox a = box(PROTO_UDP, "10.1.0.0", 24, "10.0.0.53", 32, 0, 65535, 53, 53);
	pbox b = box(PROTO_UDP, "10.1.2.0", 24, "10.0.0.53", 32, 0, 65535, 53, 53);
	on_ifs(&x, &a, "Gi0/1", NULL);
	on_ifs(&x, &b, "Gi0/1", NULL);
	pset s = pset_from_box(&a);
	pset_add_box(&s, &b);
	fixit_list l;
	const char *why;
	cr_assert(eq(int, write_fix(&x, &s, "Gi0/1", NULL, CT_NEW, IR_ACCEPT, c, implicit_deny(c), &l,
				    &why), 0), "%s", why);
	cr_assert(eq(sz, l.n, 2));
	cr_expect(eq(int, l.v[0].line, 5));
	cr_expect(eq(str, l.v[0].text, "object-group network FWLINT_NET_2253EE5B\n"
				       " 10.1.0.0 255.255.255.0\n"
				       " 10.1.2.0 255.255.255.0\n"));
	cr_expect(eq(int, l.v[1].line, 0));
	cr_expect(eq(str, l.v[1].text, " permit udp object-group FWLINT_NET_2253EE5B host 10.0.0.53 eq 53\n"));
	pbox u = v4full();
	on_ifs(&x, &u, "Gi0/1", NULL);
	check_applied(&x, &l, "cisco", &u, &s, IR_ACCEPT);
	pset_free(&s);
	fixit_list_free(&l);
	fx_close(&x);
}
