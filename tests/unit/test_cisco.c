/* Unit tests for the Cisco IOS and ASA front end: detection, what the
 * scanner steps over, each ACL form, errors at their line and column, and
 * packets evaluated through the IR: wildcards that are not prefixes,
 * established, nested object-groups, ASA security levels and global ACLs,
 * sequence numbers, named ports, bindings from the caller. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cisco.h"
#include "cisco_fixture.h"
#include "eval.h"
#include "fileio.h"
#include "xalloc.h"

#define DATA "tests/unit/data/cisco/"

static parsed parse(const char *text, enum ir_format f)
{
	return cisco_fx_parse(text, f, NULL, 0);
}

static parsed parse_file(const char *path, enum ir_format f)
{
	char *buf;
	size_t len;
	char err[160];
	cr_assert(eq(int, read_whole_file(path, &buf, &len, err, sizeof err), 0));
	char *text = xstrndup(buf, len);
	free(buf);
	parsed p = parse(text, f);
	free(text);
	return p;
}

/* The verdict for one packet forwarded from iif to oif; *line is the line
 * of the rule that decided (0: a policy). */
static enum ir_action fwd(parsed *p, int proto, const char *src, uint16_t sport, const char *dst,
			  uint16_t dport, const char *iif, const char *oif, unsigned flags, int *line)
{
	unsigned a[4], b[4];
	cr_assert(eq(int, sscanf(src, "%u.%u.%u.%u", &a[0], &a[1], &a[2], &a[3]), 4));
	cr_assert(eq(int, sscanf(dst, "%u.%u.%u.%u", &b[0], &b[1], &b[2], &b[3]), 4));
	pbox x = pbox_full();
	x.proto_lo = x.proto_hi = (uint8_t)proto;
	x.src_lo = x.src_hi = addr_v4(a[0] << 24 | a[1] << 16 | a[2] << 8 | a[3]);
	x.dst_lo = x.dst_hi = addr_v4(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]);
	x.sport_lo = x.sport_hi = sport;
	x.dport_lo = x.dport_hi = dport;
	x.iif_lo = x.iif_hi = iftab_id(&p->tab, iif);
	x.oif_lo = x.oif_hi = iftab_id(&p->tab, oif);
	if (proto == PROTO_TCP)
		x.flags = (uint64_t)1 << flags;
	x.state = CT_NEW;
	pset s = pset_from_box(&x);
	outcome_list out = { 0 };
	eval_run(p->ev, EVAL_FORWARD, &s, &out);
	cr_assert(eq(sz, out.n, 1), "%zu outcomes", out.n);
	enum ir_action v = out.v[0].verdict;
	*line = out.v[0].rule ? out.v[0].rule->loc.line : 0;
	outcome_list_free(&out);
	pset_free(&s);
	return v;
}

#define SYN TCPF_SYN

/* ------------------------------------------------------------ detection */

Test(cisco_detect, ios_asa_and_neither)
{
	const char *ios = "!\nversion 15.2\nhostname r\ninterface Gi0/0\n ip access-group 101 in\n";
	const char *ios2 = "access-list 10 permit 10.0.0.0 0.0.0.255\n";
	const char *asa = ": Saved\nASA Version 9.8(2)\nhostname fw\n";
	const char *asa2 = "access-list OUT extended permit tcp any host 10.0.0.1 eq 80\n"
			   "access-group OUT in interface outside\n";
	const char *pf = "pass in on em0 proto tcp to port 22\n";
	/* an IOS config with no ACL or interface at all (it filters nothing,
	 * but it is IOS, not "a format fwlint does not know") */
	const char *bare = "!\nhostname r1\n!\nlogging 192.0.2.1\n";
	cr_expect(eq(str, (char *)cisco_detect(bare, strlen(bare)), "cisco"));
	cr_expect(eq(str, (char *)cisco_detect(ios, strlen(ios)), "cisco"));
	cr_expect(eq(str, (char *)cisco_detect(ios2, strlen(ios2)), "cisco"));
	cr_expect(eq(str, (char *)cisco_detect(asa, strlen(asa)), "asa"));
	cr_expect(eq(str, (char *)cisco_detect(asa2, strlen(asa2)), "asa"));
	cr_expect(eq(ptr, (void *)cisco_detect(pf, strlen(pf)), NULL));
}

/* ------------------------------------------------------------ skipping */

Test(cisco_scan, steps_over_banners_certificates_pager_crlf)
{
	parsed p = parse_file(DATA "skip.cfg", IR_FMT_CISCO);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(sz, p.rs->nsource, 2));   /* access-list 101, not 5 or 6 */
	cr_expect(eq(sz, p.rs->nbindings, 1)); /* Gi0/1, not Foo in the banner */
	const ir_table *t = ir_table_find(p.rs, "filter");
	cr_expect(eq(ptr, ir_chain_find(t, "5"), NULL));
	cr_expect(not(eq(ptr, ir_chain_find(t, "101"), NULL)));
	int line;
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.2.3.4", 40000, "10.0.0.1", 80, "GigabitEthernet0/1",
			      "Gi0/2", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 15));
	cisco_fx_done(&p);
}

/* ------------------------------------------------------------ entries */

Test(cisco_acl, forms_and_counts)
{
	parsed p = parse("access-list 10 permit host 10.0.0.1\n"
			 "access-list 10 remark the servers\n"
			 "access-list 10 deny 10.0.0.0 0.0.0.255 log\n"
			 "access-list 10 permit any\n"
			 "ip access-list extended EXT\n"
			 " remark web\n"
			 " permit tcp 10.0.0.0 0.0.0.255 range 1024 65535 host 192.0.2.1 eq 443\n"
			 " permit udp any any eq domain\n"
			 " permit icmp any any echo-reply\n"
			 " deny ip any any log-input\n"
			 "ip access-list standard STD\n"
			 " 10 permit 192.0.2.0 0.0.0.255\n",
			 IR_FMT_CISCO);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(sz, p.rs->nsource, 8));
	const ir_chain *c = ir_chain_find(ir_table_find(p.rs, "filter"), "10");
	cr_assert(not(eq(ptr, (void *)c, NULL)));
	cr_expect(eq(sz, c->n, 4)); /* three entries and the implicit deny */
	cr_expect(eq(int, c->rule[3]->action, IR_DROP));
	cr_expect(eq(str, c->rule[3]->text, "implicit deny at the end of access-list 10"));
	cr_expect(eq(int, c->rule[3]->loc.line, 1));
	const ir_chain *e = ir_chain_find(ir_table_find(p.rs, "filter"), "EXT");
	const ir_cond *sp = ir_rule_find_cond(e->rule[0], IR_SPORT);
	cr_assert(not(eq(ptr, (void *)sp, NULL)));
	cr_expect(eq(u64, (uint64_t)sp->r[0].lo, 1024));
	const ir_cond *ic = ir_rule_find_cond(e->rule[2], IR_DPORT);
	cr_expect(eq(u64, (uint64_t)ic->r[0].lo, 0));
	cr_expect(eq(u64, (uint64_t)ic->r[0].hi, 255));
	cr_expect(not(e->rule[0]->keep_state)); /* IOS: stateless */
	cisco_fx_done(&p);
}

Test(cisco_acl, errors_at_line_and_column)
{
	parsed p = parse("ip access-list extended A\n"
			 " permit tcp any any eq\n"
			 " permit tcp any any eq 80\n"
			 " frobnicate here\n"
			 " permit tcp any host 10.0.0.1 eq nosuchport\n"
			 "access-list 101 permit ip 10.0.0.1 any\n"
			 "ip access-list extended R\n evaluate REFL\n",
			 IR_FMT_CISCO);
	const ir_chain *r = ir_chain_find(ir_table_find(p.rs, "filter"), "R");
	cr_expect(eq(sz, r->rule[0]->nunres, 1));
	cr_expect(eq(int, r->rule[0]->action, IR_ACCEPT));
	cr_expect(cisco_fx_has_diag(&p, "2:23: incomplete command: expected more after 'eq'"), "got:");
	cr_expect(cisco_fx_has_diag(&p, "4:2: unexpected 'frobnicate', expected permit, deny or remark"));
	cr_expect(cisco_fx_has_diag(&p, "5:31: unknown port name 'nosuchport'"));
	cr_expect(cisco_fx_has_diag(&p, "6:27: address 10.0.0.1 needs a wildcard"));
	cr_expect(eq(sz, p.rs->nsource, 2));
	cisco_fx_done(&p);
}

Test(cisco_acl, wildcard_not_a_prefix)
{
	parsed p = parse("access-list 101 permit tcp any 10.0.0.5 0.0.255.0 eq 22\n"
			 "interface Gi0/0\n ip access-group 101 in\n",
			 IR_FMT_CISCO);
	const ir_chain *c = ir_chain_find(ir_table_find(p.rs, "filter"), "101");
	const ir_cond *d = ir_rule_find_cond(c->rule[0], IR_DST);
	cr_assert(not(eq(ptr, (void *)d, NULL)));
	cr_expect(eq(sz, d->n, 256)); /* 10.0.X.5 for every X */
	int line;
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "10.0.77.5", 22, "Gi0/0", "Gi0/1", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "10.0.77.6", 22, "Gi0/0", "Gi0/1", SYN, &line), IR_DROP));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "10.1.77.5", 22, "Gi0/0", "Gi0/1", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 1)); /* the implicit deny */
	cisco_fx_done(&p);
}

Test(cisco_acl, established_is_ack_or_rst)
{
	parsed p = parse("access-list 102 permit tcp any eq 80 10.0.0.0 0.0.255.255 established\n"
			 "interface Gi0/0\n ip access-group 102 in\n",
			 IR_FMT_CISCO);
	int line;
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 80, "10.0.1.1", 5000, "Gi0/0", "Gi0/1", TCPF_ACK, &line), IR_ACCEPT));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 80, "10.0.1.1", 5000, "Gi0/0", "Gi0/1", TCPF_RST, &line), IR_ACCEPT));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 80, "10.0.1.1", 5000, "Gi0/0", "Gi0/1", SYN, &line), IR_DROP));
	cisco_fx_done(&p);
}

Test(cisco_acl, sequence_numbers_out_of_order)
{
	parsed p = parse("ip access-list extended S\n"
			 " 20 deny tcp any host 10.0.0.1 eq 22\n"
			 " 10 permit tcp any host 10.0.0.1\n"
			 " 30 permit tcp any host 10.0.0.2\n"
			 " 5 deny tcp any host 10.0.0.2\n"
			 " no 5\n"
			 " deny ip any any\n"
			 "interface Gi0/0\n ip access-group S in\n",
			 IR_FMT_CISCO);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	const ir_chain *c = ir_chain_find(ir_table_find(p.rs, "filter"), "S");
	cr_assert(eq(sz, c->n, 5));
	cr_expect(eq(int, c->rule[0]->loc.line, 3));
	cr_expect(eq(int, c->rule[1]->loc.line, 2));
	cr_expect(eq(int, c->rule[2]->loc.line, 4));
	cr_expect(eq(int, c->rule[3]->loc.line, 7)); /* 40: after the last */
	int line;
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "10.0.0.1", 22, "Gi0/0", "Gi0/1", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 3));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "10.0.0.2", 22, "Gi0/0", "Gi0/1", SYN, &line), IR_ACCEPT));
	cisco_fx_done(&p);
}

/* IOS Security Configuration Guide, "IP Access List Entry Sequence
 * Numbering": the device's own words for a number used twice and for an
 * entry whose generated number would pass 2147483647. */
Test(cisco_acl, sequence_number_refusals_in_the_device_words)
{
	parsed p = parse("ip access-list extended S\n"
			 " 10 permit ip any any\n"
			 " 10 deny ip any any\n"
			 " 2147483647 permit tcp any any\n"
			 " deny ip any any\n",
			 IR_FMT_CISCO);
	cisco_fx_dump(&p);
	cr_expect(cisco_fx_has_diag(&p, "3:2: Duplicate sequence number: 10 is already in access-list S"));
	cr_expect(cisco_fx_has_diag(&p, "5:2: Exceeded maximum sequence number"));
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 2));
	const ir_chain *c = ir_chain_find(ir_table_find(p.rs, "filter"), "S");
	cr_expect(eq(sz, c->n, 3)); /* two entries and the implicit deny */
	cisco_fx_done(&p);
}

Test(cisco_acl, named_ports)
{
	static const struct { const char *n; unsigned p; } v[] = {
		{ "www", 80 }, { "pop3", 110 }, { "ldap", 389 }, { "nntp", 119 },
		{ "smtp", 25 }, { "ldaps", 636 }, { "imap4", 143 },
	};
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		char text[200];
		snprintf(text, sizeof text, "access-list 101 permit tcp any any eq %s\n", v[i].n);
		parsed p = parse(text, IR_FMT_CISCO);
		const ir_chain *c = ir_chain_find(ir_table_find(p.rs, "filter"), "101");
		const ir_cond *d = ir_rule_find_cond(c->rule[0], IR_DPORT);
		cr_assert(not(eq(ptr, (void *)d, NULL)), "%s", v[i].n);
		cr_expect(eq(u64, (uint64_t)d->r[0].lo, v[i].p), "%s", v[i].n);
		cisco_fx_done(&p);
	}
}

/* ------------------------------------------------------------ object-groups */

Test(cisco_og, nested_two_deep)
{
	parsed p = parse("object-group network INNER\n host 10.0.0.7\n"
			 "object-group network MID\n group-object INNER\n 10.0.1.0 255.255.255.0\n"
			 "object-group network OUTER\n group-object MID\n"
			 "object-group service SVC\n tcp eq 22\n udp range 500 501\n"
			 "ip access-list extended A\n"
			 " permit object-group SVC any object-group OUTER\n"
			 "interface Gi0/0\n ip access-group A in\n",
			 IR_FMT_CISCO);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	int line;
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "10.0.0.7", 22, "Gi0/0", "Gi0/1", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, fwd(&p, PROTO_UDP, "1.1.1.1", 4000, "10.0.1.9", 501, "Gi0/0", "Gi0/1", 0, &line), IR_ACCEPT));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "10.0.0.8", 22, "Gi0/0", "Gi0/1", SYN, &line), IR_DROP));
	cr_expect(eq(int, fwd(&p, PROTO_UDP, "1.1.1.1", 4000, "10.0.1.9", 22, "Gi0/0", "Gi0/1", 0, &line), IR_DROP));
	cisco_fx_done(&p);
}

Test(cisco_og, cycle_is_an_error, .timeout = 5)
{
	parsed p = parse("object-group network A\n group-object B\n"
			 "object-group network B\n group-object A\n"
			 "access-list X extended permit ip object-group A any\n",
			 IR_FMT_ASA);
	cr_expect(cisco_fx_has_diag(&p, "object-group A contains itself: A -> B -> A"));
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 1));
	cisco_fx_done(&p);
}

Test(cisco_og, undefined_is_an_error_at_the_reference)
{
	parsed p = parse("access-list X extended permit tcp any object-group NOPE eq 80\n", IR_FMT_ASA);
	cr_expect(cisco_fx_has_diag(&p, "1:39: object or object-group 'NOPE' is not defined"));
	cisco_fx_done(&p);
}

/* ------------------------------------------------------------ ASA */

Test(cisco_asa, security_levels_with_and_without_acl)
{
	parsed p = parse_file(DATA "asa_levels.cfg", IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(sz, p.rs->nsource, 2));
	cr_expect(eq(sz, p.rs->nbindings, 1));
	int line;
	/* outside has an ACL: it decides, whatever the levels */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "192.0.2.10", 443, "outside", "dmz", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 23));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "192.0.2.10", 22, "outside", "dmz", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 24));
	/* inside (100, from its nameif) to dmz (50) and outside (0) passes */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "10.1.0.5", 4000, "192.0.2.10", 22, "inside", "dmz", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "10.1.0.5", 4000, "8.8.8.8", 22, "inside", "outside", SYN, &line), IR_ACCEPT));
	/* dmz (50) to inside (100) is denied, at dmz's security-level line */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "192.0.2.10", 4000, "10.1.0.5", 22, "dmz", "inside", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 16));
	const ir_chain *c = ir_chain_find(ir_table_find(p.rs, "filter"), "OUT_IN");
	cr_expect(c->rule[0]->keep_state);
	cisco_fx_done(&p);
}

Test(cisco_asa, same_security_traffic)
{
	const char *cfg = "interface Gi0/0\n nameif a\n security-level 50\n"
			  "interface Gi0/1\n nameif b\n security-level 50\n";
	char buf[400];
	parsed p = parse(cfg, IR_FMT_ASA);
	int line;
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 22, "a", "b", SYN, &line), IR_DROP));
	cisco_fx_done(&p);
	snprintf(buf, sizeof buf, "%ssame-security-traffic permit inter-interface\n", cfg);
	p = parse(buf, IR_FMT_ASA);
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 22, "a", "b", SYN, &line), IR_ACCEPT));
	cisco_fx_done(&p);
}

/* Same level, or in and out of one interface: denied even when an ACL
 * permits it, unless same-security-traffic says otherwise. */
Test(cisco_asa, same_security_traffic_with_an_acl)
{
	parsed p = parse_file(DATA "asa_same_security.cfg", IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	int line;
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "10.0.0.1", 4000, "10.0.0.2", 443, "a", "b", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 4));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "10.0.0.1", 4000, "10.0.0.2", 443, "a", "a", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 4));
	/* b has no ACL: b to b is denied too */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "10.0.0.1", 4000, "10.0.0.2", 443, "b", "b", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 7));
	cisco_fx_done(&p);

	const char *cfg = "interface Gi0/0\n nameif a\n security-level 50\n"
			  "interface Gi0/1\n nameif b\n security-level 50\n"
			  "access-list A extended permit ip any any\n"
			  "access-group A in interface a\n";
	char buf[600];
	snprintf(buf, sizeof buf, "%ssame-security-traffic permit inter-interface\n", cfg);
	p = parse(buf, IR_FMT_ASA);
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 22, "a", "b", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 7));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 22, "a", "a", SYN, &line), IR_DROP));
	cisco_fx_done(&p);
	snprintf(buf, sizeof buf, "%ssame-security-traffic permit intra-interface\n", cfg);
	p = parse(buf, IR_FMT_ASA);
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 22, "a", "b", SYN, &line), IR_DROP));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 22, "a", "a", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 7));
	/* b has no ACL: in and out of b passes by its level */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 22, "b", "b", SYN, &line), IR_ACCEPT));
	cisco_fx_done(&p);
}

Test(cisco_asa, access_group_global)
{
	parsed p = parse_file(DATA "asa_global.cfg", IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(sz, p.rs->nbindings, 2));
	int line;
	/* outside's own ACL first */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "10.1.0.10", 80, "outside", "inside", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 9));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "10.1.0.10", 8080, "outside", "inside", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 10));
	/* then the global one, not outside's implicit deny */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "10.1.0.10", 25, "outside", "inside", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 8));
	/* inside has no ACL: the global one replaces the security levels */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "10.1.0.5", 4000, "8.8.8.8", 22, "inside", "outside", SYN, &line), IR_DROP));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "10.1.0.5", 4000, "10.1.0.10", 25, "inside", "outside", SYN, &line), IR_ACCEPT));
	cisco_fx_done(&p);
}

/* The global ACL follows an ACL's inbound use only: bound out (or traced
 * alone) the same ACL still ends in its implicit deny. */
Test(cisco_asa, access_group_global_is_inbound_only)
{
	parsed p = parse_file(DATA "asa_global_out.cfg", IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	int line;
	/* inside has no ACL in: GLOBAL permits 443; SHARED out on dmz denies it */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "10.0.0.1", 4000, "192.0.2.20", 443, "inside", "dmz", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 11));
	/* outside: SHARED in (no match), GLOBAL, then SHARED out on dmz */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "10.0.0.1", 4000, "192.0.2.20", 443, "outside", "dmz", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 11));
	/* outside to inside: SHARED in, then GLOBAL */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "10.0.0.1", 4000, "192.0.2.20", 443, "outside", "inside", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 12));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "10.0.0.1", 4000, "192.0.2.10", 25, "outside", "inside", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 11));
	/* the ACL's own chain still ends in its implicit deny */
	const ir_chain *c = ir_chain_find(ir_table_find(p.rs, "filter"), "SHARED");
	cr_assert(not(eq(ptr, (void *)c, NULL)));
	cr_expect(eq(int, c->rule[c->n - 1]->action, IR_DROP));
	cr_expect(eq(str, c->rule[c->n - 1]->target, CISCO_IMPLICIT_DENY));
	cisco_fx_done(&p);
}

/* ASA "name": host NAME, NAME MASK, in objects and groups, defined before
 * or after its use; an unknown name is unresolved, not an error. */
Test(cisco_asa, names)
{
	parsed p = parse_file(DATA "asa_names.cfg", IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	int line;
	struct { const char *dst; uint16_t port; int want, line; } c[] = {
		{ "192.0.2.10", 80, IR_ACCEPT, 10 },   /* host webserver */
		{ "192.0.2.11", 80, IR_DROP, 10 },
		{ "198.51.100.7", 25, IR_ACCEPT, 27 }, /* object: host mailhost */
		{ "198.51.100.8", 25, IR_DROP, 10 },
		{ "198.51.100.23", 110, IR_ACCEPT, 28 }, /* subnet lo16 /29 */
		{ "198.51.100.24", 110, IR_DROP, 10 },
		{ "198.51.100.20", 143, IR_ACCEPT, 29 }, /* range lo16 hi20 */
		{ "198.51.100.21", 143, IR_DROP, 10 },
		{ "198.51.100.7", 993, IR_ACCEPT, 30 },  /* group: host mailhost */
		{ "198.51.100.19", 993, IR_ACCEPT, 30 }, /* group: lo16 /30 */
		{ "198.51.100.20", 993, IR_DROP, 10 },
	};
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, c[i].dst, c[i].port, "outside", "inside", SYN, &line), c[i].want), "%s %u", c[i].dst, c[i].port);
		cr_expect(eq(int, line, c[i].line), "%s %u", c[i].dst, c[i].port);
	}
	/* inside-net is defined after the entry that uses it */
	cr_expect(eq(int, fwd(&p, PROTO_UDP, "10.1.2.3", 4000, "8.8.8.8", 53, "outside", "inside", 0, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 14));
	cr_expect(eq(int, fwd(&p, PROTO_UDP, "10.2.2.3", 4000, "8.8.8.8", 53, "outside", "inside", 0, &line), IR_DROP));
	/* an unknown name: no destination condition, the rule unresolved */
	const ir_chain *ch = ir_chain_find(ir_table_find(p.rs, "filter"), "OUT");
	size_t seen = 0;
	for (size_t i = 0; i < ch->n; i++)
		if (ch->rule[i]->loc.line == 31 || ch->rule[i]->loc.line == 32) {
			seen++;
			cr_expect(eq(sz, ch->rule[i]->nunres, 1));
			cr_expect(eq(ptr, (void *)ir_rule_find_cond(ch->rule[i], IR_DST), NULL));
		}
	cr_expect(eq(sz, seen, 2));
	cisco_fx_done(&p);
}

/* ASA "line N" counts remarks: each has a line number too. */
Test(cisco_asa, line_numbers_count_remarks)
{
	parsed p = parse_file(DATA "asa_line_remark.cfg", IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(sz, p.rs->nsource, 2)); /* remarks are not counted */
	int line;
	/* line 2 is after the remark, before the permit */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "8.8.8.8", 80, "outside", "inside", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 7));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.2", 4000, "8.8.8.8", 80, "outside", "inside", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 6));
	cisco_fx_done(&p);

	/* "line N remark" takes a line too */
	p = parse("access-list A extended permit tcp any any eq 80\n"
		  "access-list A line 1 remark first\n"
		  "access-list A line 2 extended deny tcp any any eq 80\n"
		  "access-group A in interface outside\n", IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "8.8.8.8", 80, "outside", "inside", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 3));
	cisco_fx_done(&p);
}

/* "no access-list NAME <entry>": ASA deletes that entry; IOS the ACL. */
Test(cisco_acl, no_access_list_entry)
{
	parsed p = parse_file(DATA "asa_no_entry.cfg", IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	/* OLD's one entry is gone, and with it OLD; CP is control-plane:
	 * IN stays bound to outside */
	cr_expect(eq(ptr, (void *)ir_chain_find(ir_table_find(p.rs, "filter"), "OLD"), NULL));
	cr_expect(eq(sz, p.rs->nbindings, 1));
	int line;
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "8.8.8.8", 22, "outside", "inside", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 9));
	cisco_fx_done(&p);

	p = parse("access-list A extended permit tcp any any eq 80\n"
		  "access-list A extended permit tcp any any eq 22\n"
		  "access-list A remark keep this\n"
		  "access-list A extended permit tcp any any eq 25\n"
		  "no access-list A  extended PERMIT tcp any any eq 22\n"
		  "no access-list A remark keep this\n"
		  "access-list A line 2 extended deny tcp any any eq 25\n"
		  "no access-list A extended permit tcp any any eq 23\n"
		  "access-group A in interface outside\n", IR_FMT_ASA);
	cr_expect(cisco_fx_has_diag(&p, "8:1: no access-list A: no such entry"));
	cr_expect(eq(sz, p.d.n, 1));
	cr_expect(eq(sz, p.rs->nsource, 3));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "8.8.8.8", 22, "outside", "inside", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 1));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "8.8.8.8", 80, "outside", "inside", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 1));
	/* line 2 is after eq 80 now that the remark is gone too */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "8.8.8.8", 25, "outside", "inside", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 7));
	cisco_fx_done(&p);

	p = parse_file(DATA "ios_no_entry.cfg", IR_FMT_CISCO);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(sz, p.rs->nsource, 1));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "8.8.8.8", 80, "Gi0/0", "Gi0/1", SYN, &line), IR_DROP));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "8.8.8.8", 22, "Gi0/0", "Gi0/1", SYN, &line), IR_DROP));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "8.8.8.8", 25, "Gi0/0", "Gi0/1", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 7));
	cisco_fx_done(&p);
}

/* Security levels cost two rules per interface, not one per pair: 300
 * VLANs took 15 s with O(n^2) rules.  Same verdicts. */
Test(cisco_asa, security_levels_are_linear)
{
	enum { N = 40 };
	char *cfg = xmalloc(N * 80 + 1);
	size_t len = 0;
	for (int i = 0; i < N; i++)
		len += (size_t)sprintf(cfg + len, "interface Gi0/1.%d\n nameif v%d\n security-level %d\n",
				       i + 1, i, i * 2);
	parsed p = parse(cfg, IR_FMT_ASA);
	free(cfg);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	const ir_chain *in = ir_chain_find(ir_table_find(p.rs, "filter"), "in");
	/* two per interface, and same-security-traffic's "in and out of X" */
	cr_expect(le(sz, in->n, 3 * N), "%zu rules", in->n);
	int line;
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 80, "v7", "v6", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 7 * 3 + 3));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 80, "v7", "v0", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 80, "v7", "v8", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 7 * 3 + 3));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 80, "v7", "v7", SYN, &line), IR_DROP));
	/* an interface that is no nameif: denied, as before */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 80, "v7", "dmz", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 7 * 3 + 3));
	/* the lowest has nowhere to go: one rule */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 80, "v0", "v1", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 3));
	cisco_fx_done(&p);
}

Test(cisco_asa, undefined_acl_is_an_error)
{
	parsed p = parse("access-group NOPE in interface outside\n", IR_FMT_ASA);
	cr_expect(cisco_fx_has_diag(&p, "1:1: access-group: access-list NOPE is not defined"));
	cisco_fx_done(&p);
}

/* ------------------------------------------------------------ IOS bindings */

Test(cisco_bind, standard_acl_on_an_interface)
{
	parsed p = parse("access-list 10 permit 10.0.0.0 0.0.0.255\n"
			 "interface Gi0/1\n ip access-group 10 out\n",
			 IR_FMT_CISCO);
	int line;
	cr_expect(eq(int, fwd(&p, PROTO_UDP, "10.0.0.9", 53, "8.8.8.8", 53, "Gi0/0", "Gi0/1", 0, &line), IR_ACCEPT));
	cr_expect(eq(int, fwd(&p, PROTO_UDP, "10.0.1.9", 53, "8.8.8.8", 53, "Gi0/0", "Gi0/1", 0, &line), IR_DROP));
	cr_expect(eq(int, fwd(&p, PROTO_UDP, "10.0.1.9", 53, "8.8.8.8", 53, "Gi0/1", "Gi0/0", 0, &line), IR_ACCEPT));
	const ir_chain *out = ir_chain_find(ir_table_find(p.rs, "filter"), "out");
	cr_expect(eq(sz, out->n, 1));
	cr_expect(eq(int, out->rule[0]->action, IR_GOTO));
	cr_expect(eq(int, out->rule[0]->loc.line, 3));
	cisco_fx_done(&p);
}

Test(cisco_bind, undefined_acl_on_ios_passes_with_a_warning)
{
	parsed p = parse("interface Gi0/0\n ip access-group 150 in\n", IR_FMT_CISCO);
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_WARNING), 1));
	cr_expect(eq(sz, p.rs->nbindings, 0));
	int line;
	cr_expect(eq(int, fwd(&p, PROTO_UDP, "10.0.1.9", 53, "8.8.8.8", 53, "Gi0/0", "Gi0/1", 0, &line), IR_ACCEPT));
	cisco_fx_done(&p);
}

Test(cisco_bind, extra_bindings_and_the_file_wins)
{
	const char *acl = "access-list 110 deny tcp any any eq 23\n"
			  "access-list 110 permit ip any any\n"
			  "access-list 120 deny ip any any\n"
			  "interface Gi0/0\n ip access-group 120 in\n";
	cisco_binding extra[] = {
		{ "Gi0/0", "110", false, { "topo", 3, 1, 3, 1 } },
		{ "Gi0/1", "110", false, { "topo", 4, 1, 4, 1 } },
	};
	parsed p = cisco_fx_parse(acl, IR_FMT_CISCO, extra, 2);
	cr_expect(eq(sz, p.rs->nbindings, 2));
	int line;
	/* Gi0/0: the file binds 120 */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 80, "Gi0/0", "Gi0/2", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 3));
	/* Gi0/1: the topology binds 110 */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 80, "Gi0/1", "Gi0/2", SYN, &line), IR_ACCEPT));
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "1.1.1.1", 4000, "2.2.2.2", 23, "Gi0/1", "Gi0/2", SYN, &line), IR_DROP));
	cr_expect(eq(int, line, 1));
	const ir_chain *in = ir_chain_find(ir_table_find(p.rs, "filter"), "in");
	cr_expect(eq(str, (char *)in->rule[1]->loc.file, "topo"));
	cisco_fx_done(&p);
}

Test(cisco_bind, ip_inspect_keeps_state)
{
	parsed p = parse("access-list 101 permit tcp 10.0.0.0 0.0.0.255 any\n"
			 "interface Gi0/1\n ip access-group 101 in\n ip inspect FW in\n"
			 "interface Gi0/0\n ip inspect FW out\n",
			 IR_FMT_CISCO);
	const ir_chain *c = ir_chain_find(ir_table_find(p.rs, "filter"), "101");
	cr_expect(c->rule[0]->keep_state);
	const ir_chain *out = ir_chain_find(ir_table_find(p.rs, "filter"), "out");
	cr_assert(eq(sz, out->n, 1));
	cr_expect(out->rule[0]->keep_state);
	cr_expect(eq(int, out->rule[0]->loc.line, 6));
	cisco_fx_done(&p);
}

Test(cisco_bind, empty_ios_acl_passes_and_unread_filters_warn)
{
	parsed p = parse("ip access-list extended EMPTY\n"
			 "interface Gi0/0\n ip access-group EMPTY in\n ipv6 traffic-filter V6 in\n"
			 "access-list 700 permit 0000.0000.0000 ffff.ffff.ffff\n"
			 "access-list OUT ethertype permit bpdu\n",
			 IR_FMT_CISCO);
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(cisco_fx_has_diag(&p, "4:2: ipv6 access-list V6 is not defined: IOS passes every IPv6 packet"));
	int line;
	cr_expect(eq(int, fwd(&p, PROTO_UDP, "10.0.1.9", 53, "8.8.8.8", 53, "Gi0/0", "Gi0/1", 0, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 0));
	cisco_fx_done(&p);
}

/* ------------------------------------------------------------ IPv6 */

static u128 v6(const char *s)
{
	unsigned char b[16];
	cr_assert(eq(int, inet_pton(AF_INET6, s, b), 1), "%s", s);
	u128 a = 0;
	for (int i = 0; i < 16; i++)
		a = a << 8 | b[i];
	return a;
}

/* fwd() for an IPv6 packet; icmp: dport is type * 256 + code. */
static enum ir_action fwd6(parsed *p, int proto, const char *src, uint16_t sport, const char *dst,
			   uint16_t dport, const char *iif, const char *oif, int *line)
{
	pbox x = pbox_full();
	x.proto_lo = x.proto_hi = (uint8_t)proto;
	x.src_lo = x.src_hi = v6(src);
	x.dst_lo = x.dst_hi = v6(dst);
	x.sport_lo = x.sport_hi = sport;
	x.dport_lo = x.dport_hi = dport;
	x.iif_lo = x.iif_hi = iftab_id(&p->tab, iif);
	x.oif_lo = x.oif_hi = iftab_id(&p->tab, oif);
	if (proto == PROTO_TCP)
		x.flags = (uint64_t)1 << 0;
	x.state = CT_NEW;
	pset s = pset_from_box(&x);
	outcome_list out = { 0 };
	eval_run(p->ev, EVAL_FORWARD, &s, &out);
	cr_assert(eq(sz, out.n, 1), "%zu outcomes", out.n);
	enum ir_action v = out.v[0].verdict;
	*line = out.v[0].rule ? out.v[0].rule->loc.line : 0;
	outcome_list_free(&out);
	pset_free(&s);
	return v;
}

Test(cisco_ipv6, traffic_filter_binds_an_ipv6_list_for_ipv6_only)
{
	parsed p = parse("interface Gi0/0\n"
			 " ip access-group V4 in\n"
			 " ipv6 traffic-filter V6 in\n"
			 "ip access-list extended V4\n"
			 " deny ip any any\n"
			 "ipv6 access-list V6\n"
			 " permit tcp any host 2001:db8::10 eq 443\n"
			 " deny ipv6 2001:db8:1::/48 any\n",
			 IR_FMT_CISCO);
	cisco_fx_dump(&p);
	cr_assert(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(sz, p.rs->nbindings, 2));
	int line;
	cr_expect(eq(int, fwd6(&p, PROTO_TCP, "2001:db8:2::5", 40000, "2001:db8::10", 443, "Gi0/0", "Gi0/1", &line), IR_ACCEPT));
	cr_expect(eq(int, line, 7));
	cr_expect(eq(int, fwd6(&p, PROTO_TCP, "2001:db8:1::5", 40000, "2001:db8::11", 443, "Gi0/0", "Gi0/1", &line), IR_DROP));
	cr_expect(eq(int, line, 8));
	/* the implicit deny, at the list's first line */
	cr_expect(eq(int, fwd6(&p, PROTO_TCP, "2001:db8:2::5", 40000, "2001:db8::10", 22, "Gi0/0", "Gi0/1", &line), IR_DROP));
	cr_expect(eq(int, line, 6));
	/* IPv4 meets the IPv4 list, IPv6 elsewhere passes */
	cr_expect(eq(int, fwd(&p, PROTO_TCP, "10.0.0.1", 1, "10.0.0.2", 443, "Gi0/0", "Gi0/1", 0, &line), IR_DROP));
	cr_expect(eq(int, line, 5));
	cr_expect(eq(int, fwd6(&p, PROTO_TCP, "2001:db8:2::5", 40000, "2001:db8::10", 22, "Gi0/1", "Gi0/0", &line), IR_ACCEPT));
	cisco_fx_done(&p);
}

Test(cisco_ipv6, implicit_neighbour_discovery_then_deny)
{
	parsed p = parse("ipv6 access-list V6\n permit tcp any any eq 22\n"
			 "interface Gi0/0\n ipv6 traffic-filter V6 out\n",
			 IR_FMT_CISCO);
	cr_assert(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	const ir_chain *c = ir_chain_find(ir_table_find(p.rs, "filter"), "V6");
	cr_assert(not(eq(ptr, (void *)c, NULL)));
	cr_assert(eq(sz, c->n, 4));
	for (size_t i = 0; i < c->n; i++)
		cr_expect(eq(int, c->rule[i]->family, 6));
	cr_expect(eq(str, c->rule[1]->target, CISCO_IMPLICIT_PERMIT));
	cr_expect(eq(str, c->rule[3]->target, CISCO_IMPLICIT_DENY));
	int line;
	cr_expect(eq(int, fwd6(&p, 58, "fe80::1", 0, "fe80::2", 135 * 256, "Gi0/1", "Gi0/0", &line), IR_ACCEPT));
	cr_expect(eq(int, fwd6(&p, 58, "fe80::1", 0, "fe80::2", 136 * 256, "Gi0/1", "Gi0/0", &line), IR_ACCEPT));
	cr_expect(eq(int, fwd6(&p, 58, "fe80::1", 0, "fe80::2", 128 * 256, "Gi0/1", "Gi0/0", &line), IR_DROP));
	cisco_fx_done(&p);

	/* an explicit deny before them wins; a list with no entry has none */
	p = parse("ipv6 access-list V6\n deny ipv6 any any\nipv6 access-list E\n remark x\n"
		  "interface Gi0/0\n ipv6 traffic-filter V6 out\n ipv6 traffic-filter E in\n",
		  IR_FMT_CISCO);
	cr_expect(eq(int, fwd6(&p, 58, "fe80::1", 0, "fe80::2", 135 * 256, "Gi0/1", "Gi0/0", &line), IR_DROP));
	cr_expect(eq(int, line, 2));
	cr_expect(eq(int, fwd6(&p, PROTO_TCP, "fe80::1", 1, "fe80::2", 22, "Gi0/0", "Gi0/1", &line), IR_ACCEPT));
	cr_expect(eq(int, line, 0));
	cisco_fx_done(&p);
}

Test(cisco_ipv6, sequence_before_and_after_an_entry)
{
	parsed p = parse("ipv6 access-list V6\n"
			 " permit tcp any any eq www\n"
			 " deny tcp any any\n"
			 " sequence 5 deny tcp host 2001:db8::66 any eq www\n"
			 " permit tcp any any eq smtp sequence 1\n"
			 " no sequence 20\n",
			 IR_FMT_CISCO);
	cisco_fx_dump(&p);
	cr_assert(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	const ir_chain *c = ir_chain_find(ir_table_find(p.rs, "filter"), "V6");
	cr_assert(eq(sz, c->n, 3 + 3));
	cr_expect(eq(int, c->rule[0]->loc.line, 5));
	cr_expect(eq(int, c->rule[1]->loc.line, 4));
	cr_expect(eq(int, c->rule[2]->loc.line, 2));
	cisco_fx_done(&p);
}

Test(cisco_ipv6, errors_at_line_and_column)
{
	parsed p = parse("ipv6 access-list V6\n"
			 " permit ipv6 10.0.0.0 0.0.0.255 any\n"
			 " permit ip any any\n"
			 " deny ipv6 2001:db8::/129 any\n"
			 " permit icmp any any echo\n"
			 " permit tcp any any eq 22 sequence 7 sequence 8\n"
			 "ip access-list extended V4\n"
			 " sequence 5 permit tcp any any\n"
			 "ipv6 access-list V4\n",
			 IR_FMT_CISCO);
	cisco_fx_dump(&p);
	cr_expect(cisco_fx_has_diag(&p, "2:14: '10.0.0.0 0.0.0.255' is not an IPv6 address") ||
		  cisco_fx_has_diag(&p, "2:14: '10.0.0.0' is not an IPv6 address"));
	cr_expect(cisco_fx_has_diag(&p, "3:9: unknown protocol 'ip'"));
	cr_expect(cisco_fx_has_diag(&p, "4:12: '2001:db8::/129' is not an IPv6 address"));
	cr_expect(cisco_fx_has_diag(&p, "5:22: unexpected 'echo'"));
	cr_expect(cisco_fx_has_diag(&p, "6:38: the sequence number is given twice"));
	cr_expect(cisco_fx_has_diag(&p, "8:2: unexpected 'sequence', expected permit, deny or remark"));
	cr_expect(cisco_fx_has_diag(&p, "9:1: access-list V4 is extended, not ipv6"));
	cisco_fx_done(&p);
}

Test(cisco_ipv6, the_other_familys_bind_command_is_an_error)
{
	parsed p = parse("ipv6 access-list V6\n permit ipv6 any any\n"
			 "ip access-list extended V4\n permit ip any any\n"
			 "interface Gi0/0\n ip access-group V6 in\n ipv6 traffic-filter V4 out\n",
			 IR_FMT_CISCO);
	cr_expect(cisco_fx_has_diag(&p, "6:2: access-list V6 is an IPv6 access list: it is bound with ipv6 traffic-filter"));
	cr_expect(cisco_fx_has_diag(&p, "7:2: access-list V4 is an IPv4 access list: it is bound with ip access-group"));
	cr_expect(eq(sz, p.rs->nbindings, 0));
	cisco_fx_done(&p);
}
