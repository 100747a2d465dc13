/* test_topo.c - the topology language, the Exchange ruleset, zone spaces,
 * flows, paths, and the topology-only checks. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "checks.h"
#include "topo.h"
#include "topo_build.h"
#include "xalloc.h"

#define EXAMPLE "tests/unit/data/topo/example.topo"

/* ------------------------------------------------------------ helpers */

/* A scratch folder with a topology file and the firewall files it names. */
typedef struct scratch {
	char dir[64];
	char *files[8];
	size_t nfiles;
} scratch;

static void scratch_bytes(scratch *s, const char *name, const char *text,
			  size_t len)
{
	char *path = xasprintf("%s/%s", s->dir, name);
	FILE *f = fopen(path, "wb");
	cr_assert(f != NULL);
	fwrite(text, 1, len, f);
	fclose(f);
	s->files[s->nfiles++] = path;
}

static void scratch_file(scratch *s, const char *name, const char *text)
{
	scratch_bytes(s, name, text, strlen(text));
}

static void scratch_init(scratch *s)
{
	memset(s, 0, sizeof *s);
	strcpy(s->dir, "/tmp/fwlint-topo-XXXXXX");
	cr_assert(mkdtemp(s->dir) != NULL);
	scratch_file(s, "fw.rules", "*filter\nCOMMIT\n");
}

static void scratch_fini(scratch *s)
{
	for (size_t i = 0; i < s->nfiles; i++) {
		unlink(s->files[i]);
		free(s->files[i]);
	}
	rmdir(s->dir);
}

/* Load text as "t.topo" in a scratch folder; *msgs gets every diagnostic
 * as "t.topo:LINE:COL: MESSAGE" (the folder left out), one a line. */
static topo *load_bytes(const char *text, size_t len, char **msgs)
{
	scratch s;
	scratch_init(&s);
	scratch_bytes(&s, "t.topo", text, len);
	char *path = xasprintf("%s/t.topo", s.dir);
	diag_list d;
	diag_list_init(&d);
	topo *t = topo_load(path, NULL, &d);
	char *all = xstrdup("");
	for (size_t i = 0; i < d.n; i++) {
		char *n = xasprintf("%s%s:%d:%d: %s%s\n", all,
				    d.v[i].file ? d.v[i].file : "?",
				    d.v[i].loc.line, d.v[i].loc.col,
				    d.v[i].level == DIAG_NOTE ? "note: " : "",
				    d.v[i].msg);
		free(all);
		all = n;
	}
	/* Leave the scratch folder out, wherever it is named. */
	char *prefix = xasprintf("%s/", s.dir);
	size_t pl = strlen(prefix), j = 0;
	for (size_t i = 0; all[i];) {
		if (strncmp(all + i, prefix, pl) == 0) {
			i += pl;
			continue;
		}
		all[j++] = all[i++];
	}
	all[j] = '\0';
	free(prefix);
	cr_assert(t ? d.nerror == 0 : d.nerror > 0);
	diag_list_free(&d);
	free(path);
	scratch_fini(&s);
	*msgs = all;
	return t;
}

static topo *load_text(const char *text, char **msgs)
{
	return load_bytes(text, strlen(text), msgs);
}

/* Expect the text to be rejected with exactly these messages. */
static void expect_errors(const char *text, const char *want)
{
	char *msgs;
	topo *t = load_text(text, &msgs);
	cr_expect(t == NULL);
	cr_expect(eq(str, msgs, (char *)want));
	topo_free(t);
	free(msgs);
}

static topo *load_ok(const char *text)
{
	char *msgs;
	topo *t = load_text(text, &msgs);
	cr_assert(eq(str, msgs, ""));
	cr_assert(t != NULL);
	free(msgs);
	return t;
}

static topo *load_example(void)
{
	diag_list d;
	diag_list_init(&d);
	topo *t = topo_load(EXAMPLE, NULL, &d);
	for (size_t i = 0; i < d.n; i++)
		cr_log_error("%s:%d:%d: %s", d.v[i].file, d.v[i].loc.line,
			     d.v[i].loc.col, d.v[i].msg);
	cr_assert(t != NULL);
	cr_assert(eq(sz, d.n, 0));
	diag_list_free(&d);
	return t;
}

/* The findings of the checks of a topology, "LINE:COL: level: check:
 * message", each followed by its related places. */
static char *run_checks(const topo *t)
{
	report rep;
	report_init(&rep);
	flow_list flows = { 0 };
	topo_flows(t, &flows);
	check_ctx cx = { .t = t, .flows = &flows, .rep = &rep };
	check_versions(&cx);
	check_rfc1006(&cx);
	check_dynamic_rpc(&cx);
	check_port_clash(&cx);
	flow_list_free(&flows);
	diag_list d = rep.diags;
	diag_list_init(&rep.diags);
	report_free(&rep);
	char *all = xstrdup("");
	for (size_t i = 0; i < d.n; i++) {
		char *n = xasprintf("%s%d:%d: %s: %s: %s\n", all,
				    d.v[i].loc.line, d.v[i].loc.col,
				    diag_level_name(d.v[i].level),
				    d.v[i].check, d.v[i].msg);
		free(all);
		all = n;
		/* related places: "  FILE:LINE:COL: what", the file's folder
		 * left out */
		for (size_t k = 0; k < d.v[i].nrelated; k++) {
			const diag_related *r = &d.v[i].related[k];
			const char *base = strrchr(r->file, '/');
			n = xasprintf("%s  %s:%d:%d: %s\n", all, base ? base + 1 : r->file,
				      r->loc.line, r->loc.col, r->msg);
			free(all);
			all = n;
		}
	}
	diag_list_free(&d);
	return all;
}

static void expect_checks(const char *text, const char *want)
{
	topo *t = load_ok(text);
	char *got = run_checks(t);
	cr_expect(eq(str, got, (char *)want));
	free(got);
	topo_free(t);
}

static char *zone_space(const topo *t, const char *name)
{
	int z = topo_find_zone(t, name);
	cr_assert(z >= 0);
	char *s = xstrdup("");
	for (size_t i = 0; i < t->zone[z].niv; i++) {
		char lo[48], hi[48];
		fmt_addr(t->zone[z].iv[i].lo, lo, sizeof lo);
		fmt_addr(t->zone[z].iv[i].hi, hi, sizeof hi);
		char *n = xasprintf("%s%s%s-%s", s, i ? " " : "", lo, hi);
		free(s);
		s = n;
	}
	return s;
}

static void expect_space(const topo *t, const char *zone, const char *want)
{
	char *got = zone_space(t, zone);
	cr_expect(eq(str, got, (char *)want), "zone %s", zone);
	free(got);
}

/* "SRC -> DST:LO-HI (LABEL)[ dynamic]" */
static char *flow_str(const flow *f)
{
	return xasprintf("%s -> %s:%d-%d (%s)%s", f->src_name, f->dst_name,
			 f->dport_lo, f->dport_hi, f->label,
			 f->dynamic ? " dynamic" : "");
}

static bool has_flow(const flow_list *fl, const char *want)
{
	for (size_t i = 0; i < fl->n; i++) {
		char *s = flow_str(&fl->v[i]);
		bool eqs = strcmp(s, want) == 0;
		free(s);
		if (eqs)
			return true;
	}
	return false;
}

#define HEAD "zone inside 10.0.0.0/8;\n"

/* ------------------------------------------------------------ parsing */

Test(topo_parse, spec_example)
{
	topo *t = load_example();
	cr_expect(eq(int, t->version, EX_55));
	cr_expect(eq(str, t->ruleset_name, "exchange"));
	cr_expect(eq(sz, t->nzone, 4));
	cr_expect(eq(sz, t->nsite, 2));
	cr_expect(eq(sz, t->nserver, 3));
	cr_expect(eq(sz, t->nclients, 7));
	cr_expect(eq(sz, t->nconn, 2));
	cr_expect(eq(sz, t->nfw, 3));

	int e1 = topo_find_server(t, "EXCH1");
	cr_assert(e1 >= 0);
	const topo_server *s = &t->server[e1];
	cr_expect(eq(int, s->port[SP_DIRECTORY], 4000));
	cr_expect(eq(int, s->port[SP_STORE], 4001));
	cr_expect(eq(int, s->port[SP_MTA], 4002));
	cr_expect(eq(int, s->port[SP_RFC1006], 102));
	cr_expect(eq(int, s->port_loc[SP_MTA].line, 13));
	cr_expect(eq(int, s->port_loc[SP_MTA].col, 9));
	cr_expect(eq(int, s->loc.line, 10));
	cr_expect(eq(int, s->loc.col, 12));
	cr_expect(s->addr == addr_v4(0x0a01000a));
	cr_expect(eq(int, s->zone, topo_find_zone(t, "corp")));
	cr_expect(eq(int, s->site, topo_find_site(t, "Redmond")));

	const topo_clients *c = &t->clients[1];
	cr_expect(eq(str, c->scenario, "pop3"));
	cr_expect(eq(str, c->variant, "ssl"));
	cr_expect(eq(int, c->from[0].kind, EP_ZONE));
	cr_expect(eq(int, c->to[0].kind, EP_SERVER));
	cr_expect(eq(int, c->loc.line, 23));
	cr_expect(eq(str, t->clients[0].variant, "both"));
	cr_expect(eq(int, t->clients[0].to[0].kind, EP_SITE));
	cr_expect(eq(str, t->clients[5].scenario, "smtp-in"));
	cr_expect(eq(str, t->clients[6].scenario, "smtp-out"));
	cr_expect(eq(sz, t->clients[3].nto, 2));

	cr_expect(eq(str, t->conn[1].kind, "x400"));
	cr_expect(eq(int, t->conn[1].via[0], e1));
	cr_expect(eq(int, t->conn[1].via[1], topo_find_server(t, "LON1")));

	const topo_firewall *wan = &t->fw[1];
	cr_expect(eq(str, wan->name, "wan"));
	cr_expect(eq(str, wan->format, "cisco"));
	cr_expect(eq(str, wan->file_as_written, "wan-acl.cfg"));
	cr_expect(eq(str, wan->file, "tests/unit/data/topo/wan-acl.cfg"));
	cr_expect(eq(sz, wan->niface, 2));
	cr_expect(eq(str, wan->iface[0].name, "GigabitEthernet0/0"));
	cr_expect(eq(str, wan->iface[1].acl_in, "LON_IN"));
	cr_expect(wan->iface[1].acl_out == NULL);
	cr_expect(eq(int, wan->iface[1].zone, topo_find_zone(t, "london")));
	cr_expect(eq(int, wan->host, -1));
	cr_expect(eq(int, t->fw[2].host, e1));
	cr_expect(eq(sz, t->fw[2].niface, 0));
	topo_free(t);
}

Test(topo_parse, ruleset_as_data)
{
	topo *t = load_example();
	cr_expect(eq(sz, t->nsetting, 4));
	const rs_setting *mta = topo_setting(t, SP_MTA);
	cr_assert(mta != NULL);
	cr_expect(eq(int, mta->since, EX_40SP4));
	cr_expect(mta->dynamic);
	cr_expect(eq(str, mta->kb, "Q161931"));
	cr_expect(eq(str, mta->registry,
		     "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\MSExchangeMTA\\Parameters"));
	cr_expect(eq(str, mta->registry_value, "TCP/IP port for RPC listens"));
	const rs_setting *r = topo_setting(t, SP_RFC1006);
	cr_expect(eq(int, r->default_port, 102));
	cr_expect(r->dynamic == false);
	cr_expect(eq(str, topo_setting(t, SP_STORE)->registry,
		     "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\MSExchangeIS\\ParametersSystem"));

	size_t imap = 0;
	for (size_t i = 0; i < t->nneed; i++) {
		const rs_need *n = &t->need[i];
		if (strcmp(n->scenario, "imap4") == 0) {
			imap++;
			cr_expect(eq(int, n->since, EX_55));
		}
		if (strcmp(n->scenario, "connector-x400") == 0) {
			cr_expect(eq(int, n->server_port, SP_RFC1006));
			cr_expect(eq(int, n->default_port, 102));
		}
	}
	cr_expect(eq(sz, imap, 3));
	topo_free(t);
}

Test(topo_parse, crlf_bom_comments_names_before_use)
{
	topo *t = load_ok("\xef\xbb\xbf# leading comment\r\n"
			  "clients mapi from corp to S;\r\n"
			  "site A { server S 10.1.0.1; }\r\n"
			  "zone corp 10.1.0.0/16;   # trailing\r\n"
			  "exchange 4.0 sp4;");
	cr_expect(eq(int, t->version, EX_40SP4));
	cr_expect(eq(int, t->clients[0].loc.line, 2));
	cr_expect(eq(int, t->clients[0].loc.col, 1));
	cr_expect(eq(int, t->server[0].loc.line, 3));
	cr_expect(eq(int, t->server[0].loc.col, 17));
	cr_expect(eq(int, t->server[0].port[SP_MTA], 0));
	topo_free(t);
}

Test(topo_parse, addresses)
{
	topo *t = load_ok("zone a 10.0.0.1-10.0.0.9, 10.1.0.0/16;\n"
			  "zone b 2001:db8::/32, fe80::1;\n"
			  "zone c 2001:db8::1-2001:db8::ff;\n"
			  "zone d any;\n");
	expect_space(t, "a", "10.0.0.1-10.0.0.9 10.1.0.0-10.1.255.255");
	expect_space(t, "b", "2001:db8::-2001:db8:: 2001:db8::100-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff fe80::1-fe80::1");
	/* any minus 10.0.0.1-10.0.0.9, 10.1.0.0/16, 2001:db8::/32 (c lies
	 * inside it) and fe80::1. */
	cr_expect(eq(sz, t->zone[3].niv, 5));
	topo_free(t);
}

Test(topo_parse, firewall_spellings)
{
	scratch s;
	scratch_init(&s);
	scratch_file(&s, "t.topo",
		     "zone a any; zone b 2001:db8::/32;\n"
		     "site S { server X 2001:db8::5 { mta-port 4; } }\n"
		     "firewall f { file \"fw.rules\";\n"
		     "  interface Serial0/0/0:1.100 zone a acl-in 101 acl-out 102;\n"
		     "  interface\tGi0/1\tzone b acl-out OUT-v6_b;\n"
		     "}\n");
	char *path = xasprintf("%s/t.topo", s.dir);
	diag_list d;
	diag_list_init(&d);
	topo *t = topo_load(path, NULL, &d);
	cr_assert(t != NULL);
	const topo_firewall *f = &t->fw[0];
	cr_assert(eq(sz, f->niface, 2));
	cr_expect(eq(str, f->iface[0].name, "Serial0/0/0:1.100"));
	cr_expect(eq(str, f->iface[0].acl_in, "101"));
	cr_expect(eq(str, f->iface[0].acl_out, "102"));
	cr_expect(eq(str, f->iface[1].name, "Gi0/1"));
	cr_expect(eq(int, f->iface[1].loc.col, 13));
	cr_expect(eq(str, f->iface[1].acl_out, "OUT-v6_b"));
	cr_expect(eq(int, t->server[0].zone, 1));
	cr_expect(eq(int, t->server[0].port[SP_MTA], 4));
	topo_free(t);
	diag_list_free(&d);
	free(path);
	scratch_fini(&s);
}

Test(topo_parse, empty_file)
{
	topo *t = load_ok("# nothing but a comment, no final newline");
	cr_expect(eq(sz, t->nzone, 0));
	cr_expect(eq(int, t->version, EX_55));
	cr_expect(t->nneed > 0);
	topo_free(t);
}

/* ------------------------------------------------------------ zones */

Test(topo_zones, longest_prefix_wins)
{
	topo *t = load_ok("zone world any;\n"
			  "zone corp 10.0.0.0/8;\n"
			  "zone lab 10.1.0.0/16;\n"
			  "zone rack 10.1.2.0/24;\n"
			  "zone rack2 10.1.2.128/25, 10.9.0.0/16;\n");
	expect_space(t, "corp", "10.0.0.0-10.0.255.255 10.2.0.0-10.8.255.255 10.10.0.0-10.255.255.255");
	expect_space(t, "lab", "10.1.0.0-10.1.1.255 10.1.3.0-10.1.255.255");
	expect_space(t, "rack", "10.1.2.0-10.1.2.127");
	expect_space(t, "rack2", "10.1.2.128-10.1.2.255 10.9.0.0-10.9.255.255");
	/* any minus the /8 (the nested ones lie inside it already). */
	int w = topo_find_zone(t, "world");
	cr_expect(eq(sz, t->zone[w].niv, 2));
	cr_expect(t->zone[w].iv[0].lo == 0);
	cr_expect(t->zone[w].iv[0].hi == addr_v4(0x09ffffff));
	cr_expect(t->zone[w].iv[1].lo == addr_v4(0x0b000000));
	cr_expect(t->zone[w].iv[1].hi == U128_MAX);
	/* The pset carries the same intervals. */
	cr_expect(eq(sz, t->zone[w].space.n, 2));
	topo_free(t);
}

Test(topo_zones, nested_back_into_outer_zone)
{
	/* A prefix of the outer zone inside the inner zone's prefix is the
	 * outer zone's again: longest prefix wins, whoever owns it. */
	topo *t = load_ok("zone a 10.0.0.0/8, 10.1.1.0/24;\n"
			  "zone b 10.1.0.0/16;\n"
			  "site S { server X 10.1.1.5; server Y 10.1.2.5; }\n");
	expect_space(t, "a", "10.0.0.0-10.0.255.255 10.1.1.0-10.1.1.255 10.2.0.0-10.255.255.255");
	expect_space(t, "b", "10.1.0.0-10.1.0.255 10.1.2.0-10.1.255.255");
	cr_expect(eq(int, t->server[0].zone, 0));
	cr_expect(eq(int, t->server[1].zone, 1));
	topo_free(t);
}

/* ------------------------------------------------------------ flows */

Test(topo_flows, example)
{
	topo *t = load_example();
	flow_list fl = { 0 };
	topo_flows(t, &fl);
	/* intrasite 2x3, mapi 2x3, pop3 ssl 2, imap4 ssl 2, ldap plain 2,
	 * nntp 1, smtp in 1, smtp out 1, rpc connector 2x2, x400 2. */
	cr_expect(eq(sz, fl.n, 27));

	char *first = flow_str(&fl.v[0]);
	cr_expect(eq(str, first, "EXCH1 10.1.0.10 -> EXCH2 10.1.0.11:135-135 (intrasite: RPC endpoint mapper)"));
	free(first);
	char *mapi = flow_str(&fl.v[6]);
	cr_expect(eq(str, mapi, "corp 10.1.0.0/16, 10.3.0.0/16 -> EXCH1 10.1.0.10:135-135 (mapi: RPC endpoint mapper)"));
	free(mapi);
	cr_expect(eq(int, fl.v[6].src_server, -1));
	cr_expect(eq(int, fl.v[6].src_zone, topo_find_zone(t, "corp")));
	cr_expect(eq(int, fl.v[6].loc.line, 22));
	cr_expect(eq(int, fl.v[6].proto, 6));

	cr_expect(has_flow(&fl, "corp 10.1.0.0/16, 10.3.0.0/16 -> EXCH2 10.1.0.11:4001-4001 (mapi: information store)"));
	cr_expect(has_flow(&fl, "internet any -> EXCH1 10.1.0.10:995-995 (pop3: POP3 over SSL)"));
	cr_expect(has_flow(&fl, "internet any -> EXCH1 10.1.0.10:110-110 (pop3: POP3)") == false);
	cr_expect(has_flow(&fl, "internet any -> EXCH1 10.1.0.10:25-25 (imap4: SMTP)"));
	cr_expect(has_flow(&fl, "corp 10.1.0.0/16, 10.3.0.0/16 -> EXCH1 10.1.0.10:636-636 (ldap: LDAP over SSL)") == false);
	cr_expect(has_flow(&fl, "LON1 10.2.0.10 -> EXCH2 10.1.0.11:4002-4002 (rpc connector: MTA)"));
	cr_expect(has_flow(&fl, "EXCH1 10.1.0.10 -> LON1 10.2.0.10:102-102 (x400 connector: X.400 over RFC1006)"));
	cr_expect(has_flow(&fl, "LON1 10.2.0.10 -> EXCH1 10.1.0.10:102-102 (x400 connector: X.400 over RFC1006)"));

	/* smtp out: the server initiates, the zone responds. */
	const flow *out = NULL;
	for (size_t i = 0; i < fl.n; i++)
		if (strcmp(fl.v[i].label, "smtp out: SMTP") == 0)
			out = &fl.v[i];
	cr_assert(out != NULL);
	cr_expect(eq(str, out->src_name, "EXCH1 10.1.0.10"));
	cr_expect(eq(str, out->dst_name, "internet any"));
	cr_expect(eq(int, out->dst_server, -1));
	cr_expect(eq(int, out->dst_zone, topo_find_zone(t, "internet")));
	cr_expect(eq(sz, out->dst.n, 3));
	cr_expect(out->src.n == 1 && out->src.box[0].src_lo == addr_v4(0x0a01000a));
	flow_list_free(&fl);
	topo_free(t);
}

Test(topo_flows, dynamic_ports_and_x400_default)
{
	topo *t = load_ok(HEAD
			  "site A { server A1 10.0.0.1; server A2 10.0.0.2 { mta-port 4002; } }\n"
			  "site B { server B1 10.0.1.1 { rfc1006-port 1006; } }\n"
			  "clients mapi plain from inside to A1;\n"
			  "connector x400 A B;\n");
	flow_list fl = { 0 };
	topo_flows(t, &fl);
	/* intrasite 2x3, mapi 3, x400 2x2 */
	cr_expect(eq(sz, fl.n, 13));
	cr_expect(has_flow(&fl, "A2 10.0.0.2 -> A1 10.0.0.1:1024-65535 (intrasite: MTA) dynamic"));
	cr_expect(has_flow(&fl, "A1 10.0.0.1 -> A2 10.0.0.2:4002-4002 (intrasite: MTA)"));
	cr_expect(has_flow(&fl, "inside 10.0.0.0/8 -> A1 10.0.0.1:1024-65535 (mapi: directory) dynamic"));
	cr_expect(has_flow(&fl, "B1 10.0.1.1 -> A2 10.0.0.2:102-102 (x400 connector: X.400 over RFC1006)"));
	cr_expect(has_flow(&fl, "A1 10.0.0.1 -> B1 10.0.1.1:1006-1006 (x400 connector: X.400 over RFC1006)"));
	/* Order: the site statement first, then mapi (line 4), then x400. */
	cr_expect(eq(str, fl.v[6].label, "mapi: RPC endpoint mapper"));
	cr_expect(eq(str, fl.v[9].label, "x400 connector: X.400 over RFC1006"));
	cr_expect(eq(str, fl.v[9].src_name, "A1 10.0.0.1"));
	cr_expect(eq(str, fl.v[10].src_name, "B1 10.0.1.1"));
	flow_list_free(&fl);
	topo_free(t);
}

/* ------------------------------------------------------------ paths */

static void expect_hop(const topo *t, const hop *h, const char *fw,
		       const char *in, const char *out)
{
	cr_expect(eq(str, t->fw[h->fw].name, (char *)fw));
	cr_expect(eq(str, t->fw[h->fw].iface[h->in_if].name, (char *)in));
	cr_expect(eq(str, t->fw[h->fw].iface[h->out_if].name, (char *)out));
}

Test(topo_paths, example)
{
	topo *t = load_example();
	int inet = topo_find_zone(t, "internet"), dmz = topo_find_zone(t, "dmz");
	int corp = topo_find_zone(t, "corp"), lon = topo_find_zone(t, "london");
	hop h[8];
	size_t np;

	size_t n = topo_paths(t, inet, corp, h, 8, &np);
	cr_assert(eq(sz, n, 1));
	cr_expect(eq(sz, np, 1));
	expect_hop(t, &h[0], "edge", "eth0", "eth2");

	n = topo_paths(t, lon, corp, h, 8, &np);
	cr_assert(eq(sz, n, 1));
	expect_hop(t, &h[0], "wan", "GigabitEthernet0/1", "GigabitEthernet0/0");

	n = topo_paths(t, dmz, lon, h, 8, &np);
	cr_assert(eq(sz, n, 2));
	cr_expect(eq(sz, np, 1));
	expect_hop(t, &h[0], "edge", "eth1", "eth2");
	expect_hop(t, &h[1], "wan", "GigabitEthernet0/0", "GigabitEthernet0/1");

	/* At most cap hops are written. */
	n = topo_paths(t, dmz, lon, h, 1, &np);
	cr_expect(eq(sz, n, 1));

	n = topo_paths(t, corp, corp, h, 8, &np);
	cr_expect(eq(sz, n, 0));
	cr_expect(eq(sz, np, 1));
	topo_free(t);
}

Test(topo_paths, two_equal_paths_and_unreachable)
{
	scratch s;
	scratch_init(&s);
	const char *text =
		"zone a 10.1.0.0/16; zone b 10.2.0.0/16; zone c 10.3.0.0/16;\n"
		"zone m1 10.4.0.0/16; zone m2 10.5.0.0/16; zone island 10.9.0.0/16;\n"
		"firewall f1 { file \"fw.rules\"; interface e0 zone a; interface e1 zone m1; }\n"
		"firewall f2 { file \"fw.rules\"; interface e0 zone a; interface e1 zone m2; }\n"
		"firewall g1 { file \"fw.rules\"; interface e0 zone m1; interface e1 zone b; }\n"
		"firewall g2 { file \"fw.rules\"; interface e0 zone m2; interface e1 zone b; }\n"
		"firewall h { file \"fw.rules\"; interface x zone b; interface y zone c; interface z zone a; }\n"
		"site S { server X 10.9.0.1; }\n"
		"firewall hostfw { file \"fw.rules\"; host X; }\n";
	scratch_file(&s, "t.topo", text);
	char *path = xasprintf("%s/t.topo", s.dir);
	diag_list d;
	diag_list_init(&d);
	topo *t = topo_load(path, NULL, &d);
	cr_assert(t != NULL);
	hop hv[8];
	size_t np;

	/* a -> b: through h directly (1 hop), not the two 2-hop paths. */
	size_t n = topo_paths(t, 0, 1, hv, 8, &np);
	cr_expect(eq(sz, n, 1));
	cr_expect(eq(sz, np, 1));
	expect_hop(t, &hv[0], "h", "z", "x");

	/* m1 -> m2: m1-a-m2 (f1, f2) and m1-b-m2 (g1, g2): two paths. */
	n = topo_paths(t, 3, 4, hv, 8, &np);
	cr_expect(eq(sz, np, 2));
	cr_assert(eq(sz, n, 4));
	expect_hop(t, &hv[0], "f1", "e1", "e0");
	expect_hop(t, &hv[1], "g1", "e0", "e1");
	expect_hop(t, &hv[2], "f2", "e0", "e1");
	expect_hop(t, &hv[3], "g2", "e1", "e0");

	n = topo_paths(t, 0, 5, hv, 8, &np);
	cr_expect(eq(sz, n, 0));
	cr_expect(eq(sz, np, 0));
	topo_free(t);
	diag_list_free(&d);
	free(path);
	scratch_fini(&s);
}

/* ------------------------------------------------------------ errors */

Test(topo_errors, unknown_names)
{
	expect_errors(HEAD
		      "site S { server X 10.0.0.1; }\n"
		      "clients mapi from inside, nowhere to X, Y;\n"
		      "connector rpc S T via X Z;\n"
		      "firewall f { file \"fw.rules\"; interface eth0 zone dmz; }\n"
		      "firewall g { file \"fw.rules\"; host EXCH9; }\n",
		      "t.topo:3:27: unknown zone, site or server 'nowhere'\n"
		      "t.topo:3:41: unknown zone, site or server 'Y'\n"
		      "t.topo:4:17: unknown site 'T'\n"
		      "t.topo:4:25: unknown server 'Z'\n"
		      "t.topo:5:51: unknown zone 'dmz'\n"
		      "t.topo:6:36: unknown server 'EXCH9'\n");
}

Test(topo_errors, duplicate_names)
{
	expect_errors(HEAD
		      "zone inside 10.1.0.0/16;\n"
		      "site inside { server A 10.0.0.1; server A 10.0.0.2; }\n"
		      "firewall f { file \"fw.rules\"; }\n"
		      "firewall f { file \"fw.rules\"; }\n",
		      "t.topo:2:6: duplicate name 'inside' (first declared at t.topo:1:6)\n"
		      "t.topo:3:6: duplicate name 'inside' (first declared at t.topo:1:6)\n"
		      "t.topo:3:41: duplicate name 'A' (first declared at t.topo:3:22)\n"
		      "t.topo:5:10: duplicate name 'f' (first declared at t.topo:4:10)\n");
}

Test(topo_errors, duplicate_on_one_line)
{
	char *msgs;
	topo *t = load_text("zone a any; zone a any;", &msgs);
	cr_expect(t == NULL);
	cr_expect(eq(str, msgs, "t.topo:1:18: duplicate name 'a' (first declared at t.topo:1:6)\n"));
	free(msgs);
}

Test(topo_errors, address_outside_every_zone)
{
	expect_errors(HEAD "site S { server X 192.168.1.1; }\n",
		      "t.topo:2:19: address 192.168.1.1 of server 'X' is outside every zone\n");
}

Test(topo_errors, ports_out_of_range)
{
	expect_errors(HEAD
		      "site S { server X 10.0.0.1 { directory-port 0; store-port 65536;\n"
		      "  mta-port 65535; rfc1006-port 99999999999999999999; foo-port 1; } }\n",
		      "t.topo:2:45: port 0 is out of range 1-65535\n"
		      "t.topo:2:59: port 65536 is out of range 1-65535\n"
		      "t.topo:3:32: port 99999999999999999999 is out of range 1-65535\n"
		      "t.topo:3:54: unknown server setting 'foo-port'; expected directory-port, store-port, mta-port or rfc1006-port\n");
}

Test(topo_errors, firewall_files)
{
	expect_errors("firewall f { file \"missing.rules\" format pf; }\n"
		      "firewall g { file \".\"; }\n"
		      "firewall h { interface e0 zone z; }\n"
		      "zone z any;\n",
		      "t.topo:1:19: cannot open 'missing.rules': no such file or directory\n"
		      "t.topo:2:19: cannot open '.': is a directory\n"
		      "t.topo:3:10: firewall 'h' has no file\n");
}

Test(topo_errors, zone_where_server_needed)
{
	expect_errors(HEAD
		      "site S { server X 10.0.0.1; }\n"
		      "clients pop3 from inside to inside;\n"
		      "smtp in from inside to inside;\n"
		      "smtp out from inside to inside;\n"
		      "smtp out from X to inside;\n"
		      "connector rpc inside X;\n",
		      "t.topo:3:29: 'inside' is a zone; a site or server is needed here\n"
		      "t.topo:4:24: 'inside' is a zone; a site or server is needed here\n"
		      "t.topo:5:15: 'inside' is a zone; a site or server is needed here\n"
		      "t.topo:7:15: 'inside' is a zone; a connector joins sites\n"
		      "t.topo:7:22: 'X' is a server; a connector joins sites\n");
}

Test(topo_errors, words_the_ruleset_does_not_know)
{
	expect_errors(HEAD
		      "site S { server X 10.0.0.1; }\n"
		      "site T { server Y 10.0.0.2; }\n"
		      "clients gopher from inside to X;\n"
		      "clients pop3 tls from inside to X;\n"
		      "smtp sideways from inside to X;\n"
		      "connector smoke S T via Y X;\n"
		      "firewall f { file \"fw.rules\" format nft; }\n"
		      "exchange 6.0;\n",
		      "t.topo:4:9: unknown client scenario 'gopher'; the ruleset knows mapi, pop3, imap4, ldap, nntp\n"
		      "t.topo:5:14: unknown variant 'tls'; expected ssl, plain or both\n"
		      "t.topo:6:6: unknown smtp direction 'sideways'; expected in or out\n"
		      "t.topo:7:11: unknown connector kind 'smoke'; the ruleset knows rpc, x400\n"
		      "t.topo:7:25: bridgehead 'Y' is not in site 'S'\n"
		      "t.topo:7:27: bridgehead 'X' is not in site 'T'\n"
		      "t.topo:8:37: unknown format 'nft'; expected iptables, pf, pf-freebsd, cisco or asa\n"
		      "t.topo:9:10: unknown exchange version '6.0'; expected 4.0, 4.0 sp4, 5.0 or 5.5\n");
}

Test(topo_errors, addresses)
{
	expect_errors("zone a 10.0.0.300;\n"
		      "zone b 10.0.0.1/16;\n"
		      "zone c 10.0.0.0/33;\n"
		      "zone d 10.0.0.9-10.0.0.1;\n"
		      "zone e 10.0.0.0/8;\n"
		      "zone f 10.0.0.0/8;\n"
		      "zone g 10.0.0.0-10.0.1.255, 10.0.1.0-10.0.2.0;\n"
		      "zone h 10.0.1.128-10.0.3.0;\n"
		      "site S { server X 10.0.0.0/24; }\n",
		      "t.topo:1:8: invalid address '10.0.0.300'\n"
		      "t.topo:2:8: '10.0.0.1/16' has host bits set after the prefix\n"
		      "t.topo:3:8: invalid prefix length /33 in '10.0.0.0/33'\n"
		      "t.topo:4:8: range '10.0.0.9-10.0.0.1' is empty or mixes IPv4 and IPv6\n"
		      "t.topo:6:8: 10.0.0.0/8 is in zone 'f' and in zone 'e' (t.topo:5:8)\n"
		      "t.topo:8:8: 10.0.1.128-10.0.3.0 of zone 'h' overlaps 10.0.0.0/23 of zone 'g' (t.topo:7:8) without either holding the other\n"
		      "t.topo:8:8: 10.0.1.128-10.0.3.0 of zone 'h' overlaps 10.0.1.0-10.0.2.0 of zone 'g' (t.topo:7:29) without either holding the other\n"
		      "t.topo:9:19: a server has one host address, not '10.0.0.0/24'\n");
}

Test(topo_errors, syntax_recovers_and_skips_resolution)
{
	/* Two syntax errors, both reported; the unknown zone 'q' is not
	 * (names are not resolved after a syntax error). */
	expect_errors("zone a 10.0.0.0/8\n"
		      "zone b 11.0.0.0/8;\n"
		      "site S { server X; server Y 10.0.0.2; }\n"
		      "clients mapi from q to Y;\n"
		      "firewall f { file fw.rules; }\n",
		      "t.topo:1:18: expected ';' before 'zone'\n"
		      "t.topo:3:18: unexpected ';', expected address\n"
		      "t.topo:5:19: unexpected 'fw.rules', expected string\n");
}

Test(topo_errors, scanner)
{
	expect_errors("zone a any; $ zone b 10.0.0.0/8;\n"
		      "ruleset \"exch\n"
		      "zone c \x01;\n",
		      "t.topo:1:13: stray '$'\n"
		      "t.topo:2:9: unterminated string\n"
		      "t.topo:2:14: expected ';' before 'zone'\n"
		      "t.topo:3:8: stray byte 0x01\n");
}

Test(topo_errors, scanner_odd_bytes)
{
	static const char text[] =
		"zone a any;\nsite S { server \xc3\xa9t\xc3\xa9 10.0.0.1; }\nzone b \0;\n";
	char *msgs;
	topo *t = load_bytes(text, sizeof text - 1, &msgs);
	cr_expect(t == NULL);
	cr_expect(eq(str, msgs,
		     "t.topo:2:17: name '\xc3\xa9t\xc3\xa9' is not ASCII; names are letters, digits, '_', '.' and '-'\n"
		     "t.topo:3:8: stray byte 0x00\n"
		     "t.topo:3:9: unexpected ';', expected any or address\n"));
	free(msgs);
}

Test(topo_errors, end_of_file_inside_a_block)
{
	expect_errors("site S {\n  server X 10.0.0.1;\n",
		      "t.topo:2:21: expected '}' at end of file\n");
}

Test(topo_errors, statements_that_contradict)
{
	expect_errors("zone a any;\n"
		      "site S { server X 10.0.0.1; }\n"
		      "site T { server Y 10.0.0.2 { mta-port 1; mta-port 2; } }\n"
		      "firewall h { file \"fw.rules\"; host X; interface e0 zone a; }\n"
		      "firewall g { file \"fw.rules\"; file \"fw.rules\"; host X; host Y;\n"
		      "  interface e0 zone a acl-in A acl-in B; interface e0 zone a; }\n"
		      "connector rpc S S;\n"
		      "exchange 5.5; exchange 5.0;\n"
		      "ruleset \"exchange\"; ruleset \"exchange\";\n",
		      "t.topo:3:42: mta-port given twice (first at t.topo:3:30)\n"
		      "t.topo:4:49: host firewall 'h' cannot have interfaces: it filters one server's own traffic\n"
		      "t.topo:5:36: file given twice (first at t.topo:5:19)\n"
		      "t.topo:5:61: host given twice (first at t.topo:5:53)\n"
		      "t.topo:6:13: host firewall 'g' cannot have interfaces: it filters one server's own traffic\n"
		      "t.topo:6:39: acl-in given twice\n"
		      "t.topo:6:52: duplicate interface 'e0' (first declared at t.topo:6:13)\n"
		      "t.topo:7:17: a connector joins site 'S' to itself\n"
		      "t.topo:8:24: exchange version given twice (first at t.topo:8:10)\n"
		      "t.topo:9:29: ruleset given twice (first at t.topo:9:9)\n");
}

Test(topo_errors, error_cap)
{
	char *text = xstrdup("");
	for (int i = 0; i < 40; i++) {
		char *n = xasprintf("%szone ;\n", text);
		free(text);
		text = n;
	}
	char *msgs;
	topo *t = load_text(text, &msgs);
	cr_expect(t == NULL);
	size_t lines = 0;
	for (const char *p = msgs; *p; p++)
		lines += *p == '\n';
	cr_expect(eq(sz, lines, TOPO_MAX_ERRORS + 1));
	cr_expect(strstr(msgs, "t.topo:20:6: note: too many errors in ") != NULL);
	free(text);
	free(msgs);
}

Test(topo_errors, unreadable_topology)
{
	diag_list d;
	diag_list_init(&d);
	topo *t = topo_load("/nonexistent/fwlint/t.topo", NULL, &d);
	cr_expect(t == NULL);
	cr_assert(eq(sz, d.n, 1));
	cr_expect(eq(str, d.v[0].file, "/nonexistent/fwlint/t.topo"));
	cr_expect(eq(int, d.v[0].level, DIAG_ERROR));
	cr_expect(d.v[0].check == NULL);
	cr_expect(eq(str, d.v[0].msg,
		     "cannot read '/nonexistent/fwlint/t.topo': no such file or directory"));
	diag_list_free(&d);
}

Test(topo_errors, rulesets)
{
	expect_errors("ruleset \"nosuch\";\n",
		      "t.topo:1:9: cannot read ruleset '" FWLINT_RULESETS_DIR
		      "/nosuch.rules': no such file or directory\n");
	expect_errors("ruleset \"./own.rules\";\n",
		      "t.topo:1:9: cannot read ruleset './own.rules': no such file or directory\n");
	/* a near name in the rulesets folder is suggested; not for a path */
	expect_errors("ruleset \"exchnage\";\n",
		      "t.topo:1:9: cannot read ruleset '" FWLINT_RULESETS_DIR
		      "/exchnage.rules': no such file or directory (did you mean 'exchange'?)\n");
	expect_errors("ruleset \"./exchnage.rules\";\n",
		      "t.topo:1:9: cannot read ruleset './exchnage.rules': no such file or directory\n");
}

Test(topo_errors, statements_in_the_wrong_file)
{
	expect_errors("need clients mapi tcp 135 \"x\";\nport mta-port dynamic;\n",
		      "t.topo:1:1: 'need' belongs in a ruleset, not in a topology\n"
		      "t.topo:2:6: 'port' belongs in a ruleset, not in a topology\n");
}

/* A ruleset of our own, by path, relative to the topology's folder. */
Test(topo_ruleset, own_ruleset_by_path)
{
	scratch s;
	scratch_init(&s);
	scratch_file(&s, "mini.rules",
		     "port directory-port default 4000 kb Q1 registry \"K\" \"V\";\n"
		     "need clients web tcp 443 \"HTTPS\" since 5.5;\n"
		     "need clients web reverse udp directory-port \"callback\";\n"
		     "zone nope any;\n");
	scratch_file(&s, "t.topo",
		     "ruleset \"./mini.rules\";\n"
		     "zone z any;\n"
		     "site S { server X 10.0.0.1; }\n"
		     "clients web from z to X;\n");
	char *path = xasprintf("%s/t.topo", s.dir);
	diag_list d;
	diag_list_init(&d);
	topo *t = topo_load(path, "/nonexistent", &d);
	cr_expect(t == NULL);
	cr_assert(eq(sz, d.n, 1));
	cr_expect(eq(int, d.v[0].loc.line, 4));
	cr_expect(strstr(d.v[0].file, "/mini.rules") != NULL);
	cr_expect(eq(str, d.v[0].msg,
		     "'zone' belongs in a topology, not in a ruleset"));
	diag_list_free(&d);

	scratch_file(&s, "mini.rules",
		     "port directory-port default 4000 kb Q1 registry \"K\" \"V\";\n"
		     "need clients web tcp 443 \"HTTPS\" since 5.5;\n"
		     "need clients web reverse udp directory-port \"callback\";\n");
	diag_list_init(&d);
	t = topo_load(path, "/nonexistent", &d);
	cr_assert(t != NULL);
	flow_list fl = { 0 };
	topo_flows(t, &fl);
	cr_assert(eq(sz, fl.n, 2));
	char *a = flow_str(&fl.v[0]), *b = flow_str(&fl.v[1]);
	cr_expect(eq(str, a, "z any -> X 10.0.0.1:443-443 (web: HTTPS)"));
	cr_expect(eq(str, b, "X 10.0.0.1 -> z any:4000-4000 (web: callback)"));
	cr_expect(eq(int, fl.v[1].proto, 17));
	free(a);
	free(b);
	flow_list_free(&fl);
	topo_free(t);
	diag_list_free(&d);
	free(path);
	scratch_fini(&s);
}

/* ------------------------------------------------------------ translation */

/* EXCH1 in the DMZ is reached from the internet and the partner network at
 * 203.0.113.10, which edge translates; EXCH2 on the LAN is reached from
 * the DMZ at 192.0.2.50; LON1 and everyone else use own addresses. */
#define NAT_TOPO                                                              \
	"zone internet any;\n"                                                \
	"zone dmz 192.0.2.0/24;\n"                                            \
	"zone corp 10.1.0.0/16;\n"                                            \
	"zone partner 198.51.100.0/24;\n"                                     \
	"site Redmond {\n"                                                    \
	"  server EXCH1 192.0.2.10 { directory-port 4000; mta-port 4002;\n"   \
	"    address 203.0.113.10 from internet, partner; }\n"                \
	"  server EXCH2 10.1.0.11 { address 192.0.2.50 from dmz;\n"           \
	"    directory-port 4000; mta-port 4002; }\n"                         \
	"}\n"                                                                 \
	"site London { server LON1 198.51.100.20 { mta-port 4002; } }\n"      \
	"smtp in from internet to EXCH1;\n"                                   \
	"smtp out from EXCH1 to internet;\n"                                  \
	"clients mapi plain from corp to EXCH1;\n"                            \
	"connector rpc Redmond London via EXCH1 LON1;\n"                      \
	"firewall edge { file \"fw.rules\";\n"                                \
	"  interface eth0 zone internet address 203.0.113.1, 203.0.113.10;\n" \
	"  interface eth1 zone dmz acl-in IN address 192.0.2.1 acl-out OUT;\n"\
	"  interface eth2 zone corp address 10.1.0.1;\n"                      \
	"  interface eth3 zone partner;\n"                                    \
	"}\n"

static void expect_loc(srcloc l, int line, int col, int end_line, int end_col)
{
	cr_expect(eq(int, l.line, line));
	cr_expect(eq(int, l.col, col));
	cr_expect(eq(int, l.end_line, end_line));
	cr_expect(eq(int, l.end_col, end_col));
}

Test(topo_nat, parse)
{
	topo *t = load_ok(NAT_TOPO);
	int e1 = topo_find_server(t, "EXCH1"), e2 = topo_find_server(t, "EXCH2");
	int inet = topo_find_zone(t, "internet"), dmz = topo_find_zone(t, "dmz");
	int corp = topo_find_zone(t, "corp"), partner = topo_find_zone(t, "partner");
	const topo_server *s = &t->server[e1];
	cr_assert(eq(sz, s->npub, 1));
	const topo_pubaddr *p = &s->pub[0];
	cr_expect(p->addr == addr_v4(0xcb00710a));
	cr_assert(eq(sz, p->nzone, 2));
	cr_expect(eq(int, p->zone[0], inet));
	cr_expect(eq(int, p->zone[1], partner));
	/* "address" to the last zone; the address; each zone. */
	expect_loc(p->loc, 7, 5, 7, 47);
	expect_loc(p->addr_loc, 7, 13, 7, 24);
	expect_loc(p->zone_loc[1], 7, 41, 7, 47);
	/* The statements around it are still read. */
	cr_expect(eq(int, s->port[SP_DIRECTORY], 4000));
	cr_expect(eq(int, s->port[SP_MTA], 4002));
	cr_expect(eq(int, t->server[e2].port[SP_MTA], 4002));
	cr_assert(eq(sz, t->server[e2].npub, 1));
	cr_expect(eq(int, t->server[e2].pub[0].zone[0], dmz));

	cr_expect(topo_server_pubaddr(t, e1, inet) == p);
	cr_expect(topo_server_pubaddr(t, e1, partner) == p);
	cr_expect(topo_server_pubaddr(t, e1, corp) == NULL);
	cr_expect(topo_server_pubaddr(t, e1, dmz) == NULL);
	cr_expect(topo_server_pubaddr(t, e1, -1) == NULL);
	cr_expect(topo_server_pubaddr(t, -1, inet) == NULL);
	cr_expect(topo_server_pubaddr(t, e2, dmz) == &t->server[e2].pub[0]);
	cr_expect(eq(sz, t->server[topo_find_server(t, "LON1")].npub, 0));

	const topo_firewall *f = &t->fw[0];
	cr_assert(eq(sz, f->niface, 4));
	cr_assert(eq(sz, f->iface[0].naddr, 2));
	cr_expect(f->iface[0].addr[0] == addr_v4(0xcb007101));
	cr_expect(f->iface[0].addr[1] == addr_v4(0xcb00710a));
	expect_loc(f->iface[0].addr_loc[1], 17, 53, 17, 64);
	cr_assert(eq(sz, f->iface[1].naddr, 1));
	cr_expect(f->iface[1].addr[0] == addr_v4(0xc0000201));
	cr_expect(eq(str, f->iface[1].acl_in, "IN"));
	cr_expect(eq(str, f->iface[1].acl_out, "OUT"));
	cr_expect(eq(sz, f->iface[2].naddr, 1));
	cr_expect(eq(sz, f->iface[3].naddr, 0));
	cr_expect(f->iface[3].addr == NULL);
	topo_free(t);
}

Test(topo_nat, ipv6_and_the_word_is_not_reserved)
{
	/* "address" is a word of the server and interface blocks, not a
	 * keyword: a zone may still be called so. */
	topo *t = load_ok("zone address any;\n"
			  "zone v6 2001:db8:1::/48;\n"
			  "site S { server W 2001:db8:1::10 {\n"
			  "  address 2001:db8:ffff::10 from address; } }\n"
			  "firewall f { file \"fw.rules\";\n"
			  "  interface e0 zone address address 2001:db8:ffff::1;\n"
			  "  interface e1 zone v6 address 2001:db8:1::1; }\n"
			  "clients mapi from address to W;\n");
	const topo_pubaddr *p = topo_server_pubaddr(t, 0, 0);
	cr_assert(p != NULL);
	cr_expect(p->addr == (((u128)0x20010db8ffff0000ULL << 64) | 0x10));
	cr_expect(eq(sz, t->fw[0].iface[0].naddr, 1));
	flow_list fl = { 0 };
	topo_flows(t, &fl);
	cr_assert(fl.n > 0);
	for (size_t i = 0; i < fl.n; i++) {
		cr_expect(fl.v[i].translated);
		cr_expect(eq(str, fl.v[i].dst_name, "W 2001:db8:1::10 at 2001:db8:ffff::10"));
		cr_expect(fl.v[i].dst.box[0].dst_lo == p->addr);
	}
	flow_list_free(&fl);
	topo_free(t);
}

static const flow *find_flow(const flow_list *fl, const char *want)
{
	for (size_t i = 0; i < fl->n; i++) {
		char *s = flow_str(&fl->v[i]);
		bool eqs = strcmp(s, want) == 0;
		free(s);
		if (eqs)
			return &fl->v[i];
	}
	cr_log_error("no flow %s", want);
	return NULL;
}

/* A flow's destination set is exactly one address. */
static void expect_dst(const flow *f, u128 a)
{
	cr_assert(eq(sz, f->dst.n, 1));
	cr_expect(f->dst.box[0].dst_lo == a && f->dst.box[0].dst_hi == a);
}

Test(topo_nat, flows)
{
	topo *t = load_ok(NAT_TOPO);
	int e1 = topo_find_server(t, "EXCH1");
	int lon = topo_find_server(t, "LON1");
	int inet = topo_find_zone(t, "internet"), dmz = topo_find_zone(t, "dmz");
	int corp = topo_find_zone(t, "corp"), partner = topo_find_zone(t, "partner");
	const u128 e1_pub = addr_v4(0xcb00710a), e1_own = addr_v4(0xc000020a);
	const u128 e2_pub = addr_v4(0xc0000232), e2_own = addr_v4(0x0a01000b);
	flow_list fl = { 0 };
	topo_flows(t, &fl);
	/* intrasite 2x3, smtp in 1, smtp out 1, mapi plain 3, rpc 2x2 */
	cr_expect(eq(sz, fl.n, 15));

	/* From the internet: to the public address, on the path to the
	 * server's own zone. */
	const flow *in = find_flow(&fl, "internet any -> EXCH1 192.0.2.10 at 203.0.113.10:25-25 (smtp in: SMTP)");
	cr_assert(in != NULL);
	cr_expect(in->translated);
	cr_expect(in->real_addr == e1_own);
	cr_expect(in->pub == &t->server[e1].pub[0]);
	cr_expect(eq(int, in->src_zone, inet));
	cr_expect(eq(int, in->dst_zone, dmz));
	cr_expect(eq(int, in->dst_server, e1));
	expect_dst(in, e1_pub);
	cr_expect(eq(int, in->loc.line, 12));

	/* The server talking out keeps its own address, and a zone
	 * responder has none to translate to. */
	const flow *out = find_flow(&fl, "EXCH1 192.0.2.10 -> internet any:25-25 (smtp out: SMTP)");
	cr_assert(out != NULL);
	cr_expect(out->translated == false);
	cr_expect(out->pub == NULL);
	cr_expect(out->real_addr == 0);
	cr_expect(out->src.n == 1 && out->src.box[0].src_lo == e1_own);

	/* corp has no address statement: EXCH1's own address. */
	const flow *mapi = find_flow(&fl, "corp 10.1.0.0/16 -> EXCH1 192.0.2.10:4000-4000 (mapi: directory)");
	cr_assert(mapi != NULL);
	cr_expect(mapi->translated == false);
	cr_expect(mapi->real_addr == e1_own);
	cr_expect(eq(int, mapi->src_zone, corp));
	expect_dst(mapi, e1_own);

	/* A server in a zone with an address statement is a client like
	 * any other: EXCH1 (dmz) reaches EXCH2 at 192.0.2.50, EXCH2 (corp)
	 * reaches EXCH1 at its own address. */
	const flow *a = find_flow(&fl, "EXCH1 192.0.2.10 -> EXCH2 10.1.0.11 at 192.0.2.50:4002-4002 (intrasite: MTA)");
	cr_assert(a != NULL);
	cr_expect(a->translated);
	cr_expect(a->real_addr == e2_own);
	cr_expect(eq(int, a->dst_zone, corp));
	expect_dst(a, e2_pub);
	const flow *b = find_flow(&fl, "EXCH2 10.1.0.11 -> EXCH1 192.0.2.10:4002-4002 (intrasite: MTA)");
	cr_assert(b != NULL);
	cr_expect(b->translated == false);
	expect_dst(b, e1_own);

	/* The connector: LON1 in partner reaches EXCH1 translated, EXCH1
	 * reaches LON1 (no statement) at its own address. */
	const flow *c = find_flow(&fl, "LON1 198.51.100.20 -> EXCH1 192.0.2.10 at 203.0.113.10:135-135 (rpc connector: RPC endpoint mapper)");
	cr_assert(c != NULL);
	cr_expect(c->translated);
	cr_expect(eq(int, c->src_zone, partner));
	cr_expect(eq(int, c->src_server, lon));
	cr_expect(eq(int, c->dst_zone, dmz));
	expect_dst(c, e1_pub);
	const flow *d = find_flow(&fl, "EXCH1 192.0.2.10 -> LON1 198.51.100.20:4002-4002 (rpc connector: MTA)");
	cr_assert(d != NULL);
	cr_expect(d->translated == false);
	cr_expect(d->real_addr == t->server[lon].addr);

	size_t translated = 0;
	for (size_t i = 0; i < fl.n; i++)
		translated += fl.v[i].translated;
	/* intrasite EXCH1->EXCH2 x3, smtp in, LON1->EXCH1 x2 */
	cr_expect(eq(sz, translated, 6));

	/* The path of a translated flow is the one to the server's zone. */
	hop h[4];
	size_t np;
	cr_assert(eq(sz, topo_paths(t, in->src_zone, in->dst_zone, h, 4, &np), 1));
	expect_hop(t, &h[0], "edge", "eth0", "eth1");
	flow_list_free(&fl);
	topo_free(t);
}

Test(topo_nat, no_statement_no_translation)
{
	topo *t = load_example();
	flow_list fl = { 0 };
	topo_flows(t, &fl);
	for (size_t i = 0; i < fl.n; i++) {
		const flow *f = &fl.v[i];
		cr_expect(f->translated == false);
		cr_expect(f->pub == NULL);
		if (f->dst_server >= 0) {
			cr_expect(f->real_addr == t->server[f->dst_server].addr);
			expect_dst(f, f->real_addr);
		}
	}
	for (size_t i = 0; i < t->nfw; i++)
		for (size_t k = 0; k < t->fw[i].niface; k++)
			cr_expect(eq(sz, t->fw[i].iface[k].naddr, 0));
	flow_list_free(&fl);
	topo_free(t);
}

Test(topo_errors, translated_addresses)
{
	expect_errors("zone internet any;\n"
		      "zone dmz 192.0.2.0/24;\n"
		      "zone corp 10.1.0.0/16;\n"
		      "site S {\n"
		      "  server A 192.0.2.10 { address 203.0.113.10 from internet, nowhere, S, B;\n"
		      "    address 203.0.113.11 from corp, internet, dmz, corp;\n"
		      "    address 2001:db8::10 from corp;\n"
		      "    address 203.0.113.0/24 from corp;\n"
		      "    address 203.0.113.1-203.0.113.2 from corp;\n"
		      "    address 192.0.2.10 from corp;\n"
		      "    adress 203.0.113.12 from corp; }\n"
		      "  server B 10.1.0.11 { address 192.0.2.10 from dmz;\n"
		      "    address 10.1.0.300 from dmz; address 10.0.0.1/33 from dmz; }\n"
		      "  server C 2001:db8::1 { address 203.0.113.30 from internet; }\n"
		      "}\n"
		      "zone v6 2001:db8::/64;\n",
		      "t.topo:5:61: unknown zone 'nowhere'\n"
		      "t.topo:5:70: 'S' is a site; 'address ... from' takes zones\n"
		      "t.topo:5:73: 'B' is a server; 'address ... from' takes zones\n"
		      "t.topo:6:37: zone 'internet' given twice for server 'A' (first at t.topo:5:51)\n"
		      "t.topo:6:47: 'dmz' is the zone of server 'A' itself: clients there reach it directly, with no firewall to translate\n"
		      "t.topo:6:52: zone 'corp' given twice for server 'A' (first at t.topo:6:31)\n"
		      "t.topo:7:13: translated address 2001:db8::10 of server 'A' is IPv6, its own address 192.0.2.10 is IPv4\n"
		      "t.topo:8:13: a translated address is one host address, not '203.0.113.0/24'\n"
		      "t.topo:9:13: a translated address is one host address, not '203.0.113.1-203.0.113.2'\n"
		      "t.topo:10:13: translated address 192.0.2.10 of server 'A' is its own address\n"
		      "t.topo:10:29: zone 'corp' given twice for server 'A' (first at t.topo:6:31)\n"
		      "t.topo:11:5: unknown server setting 'adress' (did you mean 'address'?); expected address\n"
		      "t.topo:12:32: translated address 192.0.2.10 of server 'B' is the address of server 'A'\n"
		      "t.topo:13:13: invalid address '10.1.0.300'\n"
		      "t.topo:13:42: invalid prefix length /33 in '10.0.0.1/33'\n"
		      "t.topo:14:34: translated address 203.0.113.30 of server 'C' is IPv4, its own address 2001:db8::1 is IPv6\n");
}

Test(topo_errors, translated_address_syntax)
{
	/* The statement needs "from" and at least one zone; a bad one is
	 * skipped to its ';' and the block goes on. */
	expect_errors("zone z any;\n"
		      "site S { server A 10.0.0.1 { address 10.9.0.1;\n"
		      "  address 10.9.0.1 from;\n"
		      "  address from z;\n"
		      "  address 10.9.0.1 from z,; mta-port 4002; } }\n",
		      "t.topo:2:46: unexpected ';', expected from\n"
		      "t.topo:3:24: unexpected ';', expected name\n"
		      "t.topo:4:11: unexpected 'from', expected number or address\n"
		      "t.topo:5:27: unexpected ';', expected name\n");
}

Test(topo_errors, interface_addresses)
{
	expect_errors("zone internet any;\n"
		      "zone dmz 192.0.2.0/24;\n"
		      "zone corp 10.1.0.0/16;\n"
		      "site S { server A 192.0.2.10; }\n"
		      "firewall f { file \"fw.rules\";\n"
		      "  interface eth0 zone internet address 203.0.113.1, 10.1.0.1, 10.0.0.0/8\n"
		      "    address 203.0.113.2;\n"
		      "  interface eth1 zone dmz address 192.0.2.1, 203.0.113.1, 192.0.2.10 adres 1.2.3.4;\n"
		      "  interface eth2 zone corp address 2001:db8::1, 10.1.0.1;\n"
		      "  interface eth3 zone nowhere address 10.1.0.2;\n"
		      "}\n"
		      "firewall g { file \"fw.rules\"; interface e0 zone dmz address 192.0.2.1; }\n",
		      "t.topo:6:53: address 10.1.0.1 of interface 'eth0' is in zone 'corp', not in the interface's zone 'internet'\n"
		      "t.topo:6:63: an interface address is one host address, not '10.0.0.0/8'\n"
		      "t.topo:7:5: address given twice\n"
		      "t.topo:8:46: address 203.0.113.1 given twice on firewall 'f' (first at t.topo:6:40)\n"
		      "t.topo:8:59: address 192.0.2.10 of interface 'eth1' is the address of server 'A'\n"
		      "t.topo:8:70: unknown interface setting 'adres'; expected acl-in, acl-out or address\n"
		      "t.topo:9:36: address 2001:db8::1 of interface 'eth2' is in zone 'internet', not in the interface's zone 'corp'\n"
		      "t.topo:9:49: address 10.1.0.1 given twice on firewall 'f' (first at t.topo:6:53)\n"
		      "t.topo:10:23: unknown zone 'nowhere'\n");
}

Test(topo_errors, interface_address_outside_every_zone)
{
	/* No zone "any": an address no zone holds. */
	expect_errors("zone corp 10.1.0.0/16;\n"
		      "firewall f { file \"fw.rules\"; interface e0 zone corp address 172.16.0.1; }\n",
		      "t.topo:2:62: address 172.16.0.1 of interface 'e0' is outside every zone\n");
}

/* ------------------------------------------------------------ checks */

Test(topo_checks, example_is_clean)
{
	topo *t = load_example();
	char *got = run_checks(t);
	cr_expect(eq(str, got, ""));
	free(got);
	topo_free(t);
}

Test(topo_checks, version_mismatch_scenarios)
{
	expect_checks("exchange 5.0;\n" HEAD
		      "site S { server X 10.0.0.1 { directory-port 1; store-port 2; mta-port 3; } }\n"
		      "clients imap4 ssl from inside to X;\n"
		      "clients pop3 from inside to X;\n"
		      "clients ldap from inside to X;\n",
		      "4:1: error: version-mismatch: imap4 needs exchange 5.5 or later; this organisation runs exchange 5.0\n"
		      "  t.topo:1:10: the exchange version is set here\n");
	expect_checks("exchange 4.0 sp4;\n" HEAD
		      "site S { server X 10.0.0.1 { directory-port 1; store-port 2; mta-port 3; } }\n"
		      "clients mapi from inside to X;\n"
		      "clients nntp from inside to X;\n"
		      "smtp in from inside to X;\n",
		      "5:1: error: version-mismatch: nntp needs exchange 5.0 or later; this organisation runs exchange 4.0 sp4\n"
		      "  t.topo:1:10: the exchange version is set here\n");
	/* Near miss: everything the version has. */
	expect_checks("exchange 5.5;\n" HEAD
		      "site S { server X 10.0.0.1 { directory-port 1; store-port 2; mta-port 3; } }\n"
		      "clients imap4 from inside to X;\n",
		      "");
}

Test(topo_checks, version_mismatch_settings)
{
	expect_checks("exchange 4.0;\n" HEAD
		      "site S {\n"
		      "  server X 10.0.0.1 { directory-port 1; store-port 2; mta-port 3; rfc1006-port 1006; }\n"
		      "  server Y 10.0.0.2 { directory-port 1; store-port 2; rfc1006-port 102; }\n"
		      "}\n",
		      "4:55: error: version-mismatch: a static mta-port on X needs exchange 4.0 sp4 or later (Q161931); this organisation runs exchange 4.0\n"
		      "  t.topo:1:10: the exchange version is set here\n"
		      "4:67: error: version-mismatch: rfc1006-port 1006 on X differs from the default 102, which needs exchange 4.0 sp4 or later (Q161931); this organisation runs exchange 4.0\n"
		      "  t.topo:1:10: the exchange version is set here\n"
		      "5:10: warning: dynamic-rpc: Y has no static MTA port: other servers of its site need TCP 1024-65535 to it; set \"TCP/IP port for RPC listens\" in HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\MSExchangeMTA\\Parameters (Q161931)\n");
	/* Near miss: 4.0 SP4 has both settings. */
	expect_checks("exchange 4.0 sp4;\n" HEAD
		      "site S { server X 10.0.0.1 { mta-port 3; rfc1006-port 1006; } }\n",
		      "");
}

Test(topo_checks, rfc1006_mismatch)
{
	const char *sites =
		HEAD
		"site A { server A1 10.0.0.1 { directory-port 1; mta-port 3; rfc1006-port 1006; }\n"
		"         server A2 10.0.0.2 { directory-port 1; mta-port 3; } }\n"
		"site B { server B1 10.0.1.1 { mta-port 3; } }\n";
	char *fires = xasprintf("%sconnector x400 A B via A1 B1;\n", sites);
	expect_checks(fires,
		      "5:1: error: rfc1006-mismatch: A1 uses RFC1006 port 1006 but B1 uses 102; MTAs joined by X.400 must use the same port\n"
		      "  t.topo:2:61: A1's RFC1006 port is set here\n"
		      "  exchange.rules:52:6: B1 keeps the default RFC1006 port, set here\n");
	/* Without bridgeheads every pair counts: A1-B1 differ, A2-B1 agree. */
	char *all = xasprintf("%sconnector x400 A B;\n", sites);
	expect_checks(all,
		      "5:1: error: rfc1006-mismatch: A1 uses RFC1006 port 1006 but B1 uses 102; MTAs joined by X.400 must use the same port\n"
		      "  t.topo:2:61: A1's RFC1006 port is set here\n"
		      "  exchange.rules:52:6: B1 keeps the default RFC1006 port, set here\n");
	/* Near misses: bridgeheads that agree; an RPC connector. */
	char *agree = xasprintf("%sconnector x400 A B via A2 B1;\nconnector rpc A B via A1 B1;\n", sites);
	expect_checks(agree, "");
	free(fires);
	free(all);
	free(agree);
}

Test(topo_checks, dynamic_rpc)
{
	expect_checks(HEAD
		      "site S { server EXCH3 10.0.0.3; }\n"
		      "clients mapi from inside to EXCH3;\n",
		      "2:17: warning: dynamic-rpc: EXCH3 has no static directory port: mapi clients need TCP 1024-65535 to it; set \"TCP/IP port\" in HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\MSExchangeDS\\Parameters (Q155831)\n"
		      "2:17: warning: dynamic-rpc: EXCH3 has no static information store port: mapi clients need TCP 1024-65535 to it; set \"TCP/IP port\" in HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\MSExchangeIS\\ParametersSystem (Q155831)\n");
	expect_checks(HEAD
		      "site S { server A 10.0.0.1; server B 10.0.0.2 { directory-port 1; mta-port 2; } }\n"
		      "site T { server C 10.0.0.9 { mta-port 2; } }\n"
		      "clients ldap from inside to A;\n"
		      "connector rpc S T via A C;\n",
		      "2:17: warning: dynamic-rpc: A has no static directory port: other servers of its site need TCP 1024-65535 to it; set \"TCP/IP port\" in HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\MSExchangeDS\\Parameters (Q155831)\n"
		      "2:17: warning: dynamic-rpc: A has no static MTA port: other servers of its site and rpc connector peers need TCP 1024-65535 to it; set \"TCP/IP port for RPC listens\" in HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\MSExchangeMTA\\Parameters (Q161931)\n");
	/* Near miss: static ports everywhere something needs them. */
	expect_checks(HEAD
		      "site S { server A 10.0.0.1 { directory-port 1; store-port 2; } }\n"
		      "clients mapi from inside to A;\n"
		      "clients pop3 from inside to A;\n",
		      "");
}

Test(topo_checks, levels_come_from_the_table)
{
	cr_expect(eq(int, check_find(check_name(CHECK_DYNAMIC_RPC))->level, DIAG_WARNING));
	cr_expect(eq(int, check_find(check_name(CHECK_RFC1006_MISMATCH))->level, DIAG_ERROR));
}

/* ------------------------------------------------------------ one mistake, one message */

/* A small organisation, each test changes one thing in it. */
#define ORG_HEAD "exchange 5.5;\n"                                        /* 1 */ \
		 "zone internet any;\n"                                   /* 2 */ \
		 "zone corp 10.1.0.0/16;\n"                               /* 3 */
#define ORG_SITE "site Redmond {\n"                                       /* 4 */ \
		 "  server EXCH1 10.1.0.10 { directory-port 4000; store-port 4001; }\n" \
		 "  server EXCH2 10.1.0.11;\n"                            /* 6 */ \
		 "}\n"                                                    /* 7 */
#define ORG_TAIL "clients mapi from corp to Redmond;\n"                   /* 8 */ \
		 "firewall fw {\n"                                        /* 9 */ \
		 "  file \"fw.rules\";\n"                                 /* 10 */ \
		 "  interface eth0 zone internet;\n"                      /* 11 */ \
		 "  interface eth1 zone corp;\n"                          /* 12 */ \
		 "}\n"                                                    /* 13 */

Test(topo_syntax, the_organisation_is_clean)
{
	topo *t = load_ok(ORG_HEAD ORG_SITE ORG_TAIL);
	topo_free(t);
}

Test(topo_syntax, missing_semicolon_before_a_statement)
{
	/* 11 errors before: every token of the next statements. */
	expect_errors("exchange 5.5;\nzone internet any;\nzone corp 10.1.0.0/16\n"
		      ORG_SITE ORG_TAIL,
		      "t.topo:3:22: expected ';' before 'site'\n");
	expect_errors("exchange 5.5\nzone internet any;\nzone corp 10.1.0.0/16;\n"
		      ORG_SITE ORG_TAIL,
		      "t.topo:1:13: expected ';' before 'zone'\n");
	expect_errors(ORG_HEAD ORG_SITE "clients mapi from corp to Redmond\n"
		      "firewall fw { file \"fw.rules\"; interface eth0 zone internet; interface eth1 zone corp; }\n",
		      "t.topo:8:34: expected ';' before 'firewall'\n");
}

Test(topo_syntax, missing_semicolon_inside_blocks)
{
	expect_errors(ORG_HEAD "site Redmond {\n"
		      "  server EXCH1 10.1.0.10 { directory-port 4000 store-port 4001; }\n"
		      "  server EXCH2 10.1.0.11;\n}\n" ORG_TAIL,
		      "t.topo:5:47: expected ';' before 'store-port'\n");
	expect_errors(ORG_HEAD "site Redmond {\n"
		      "  server EXCH1 10.1.0.10 { directory-port 4000; store-port 4001; }\n"
		      "  server EXCH2 10.1.0.11\n}\n" ORG_TAIL,
		      "t.topo:6:25: expected ';' before '}'\n");
	expect_errors(ORG_HEAD ORG_SITE "clients mapi from corp to Redmond;\n"
		      "firewall fw {\n  file \"fw.rules\"\n  interface eth0 zone internet;\n"
		      "  interface eth1 zone corp\n}\n",
		      "t.topo:10:18: expected ';' before 'interface'\n"
		      "t.topo:12:27: expected ';' before '}'\n");
}

Test(topo_syntax, missing_braces)
{
	expect_errors(ORG_HEAD "site Redmond\n"
		      "  server EXCH1 10.1.0.10 { directory-port 4000; store-port 4001; }\n"
		      "  server EXCH2 10.1.0.11;\n}\n" ORG_TAIL,
		      "t.topo:4:13: expected '{' before 'server'\n");
	expect_errors(ORG_HEAD "site Redmond {\n"
		      "  server EXCH1 10.1.0.10 { directory-port 4000; store-port 4001; }\n"
		      "  server EXCH2 10.1.0.11;\n" ORG_TAIL,
		      "t.topo:6:26: expected '}' before 'clients'\n");
	expect_errors(ORG_HEAD "site Redmond {\n"
		      "  server EXCH1 10.1.0.10 { directory-port 4000; store-port 4001;\n"
		      "  server EXCH2 10.1.0.11;\n}\n" ORG_TAIL,
		      "t.topo:5:65: expected '}' before 'server'\n");
}

Test(topo_syntax, misspelt_keywords)
{
	expect_errors(ORG_HEAD ORG_SITE ORG_TAIL "zon london 10.2.0.0/16;\n",
		      "t.topo:14:1: unknown statement 'zon' (did you mean 'zone'?)\n");
	/* a misspelt block statement is skipped whole, block and all */
	expect_errors(ORG_HEAD "sit Redmond {\n"
		      "  server EXCH1 10.1.0.10 { directory-port 4000; store-port 4001; }\n"
		      "  server EXCH2 10.1.0.11;\n}\n" ORG_TAIL,
		      "t.topo:4:1: unknown statement 'sit' (did you mean 'site'?)\n");
	expect_errors(ORG_HEAD "site Redmond {\n"
		      "  servr EXCH1 10.1.0.10 { directory-port 4000; store-port 4001; }\n"
		      "  server EXCH2 10.1.0.11;\n}\n" ORG_TAIL,
		      "t.topo:5:3: unexpected 'servr', expected server or '}' (did you mean 'server'?)\n");
	expect_errors(ORG_HEAD ORG_SITE "clients mapi frrom corp to Redmond;\n",
		      "t.topo:8:14: unknown word 'frrom' (did you mean 'from'?)\n");
	expect_errors(ORG_HEAD ORG_SITE "clients mapi from corp to Redmond;\n"
		      "firewall fw {\n  fiel \"fw.rules\";\n  interface eth0 zone internet;\n}\n",
		      "t.topo:10:3: unexpected 'fiel', expected file, host, interface or '}' (did you mean 'file'?)\n");
	/* nothing near: the statements are listed */
	expect_errors("paris 10.2.0.0/16;\n",
		      "t.topo:1:1: unexpected 'paris', expected a statement (exchange, ruleset, zone, site, clients, smtp, connector or firewall)\n");
}

Test(topo_syntax, bad_values)
{
	expect_errors(ORG_HEAD "site Redmond {\n"
		      "  server EXCH1 10.1.0.10 { directory-port 4000; store-port four; }\n"
		      "  server EXCH2 10.1.0.11;\n}\n" ORG_TAIL,
		      "t.topo:5:60: unexpected 'four', expected number or address\n");
	expect_errors(ORG_HEAD "zone dmz 192.0.2.0/24 192.0.3.0/24;\n" ORG_SITE ORG_TAIL,
		      "t.topo:4:23: unexpected '192.0.3.0/24', expected ';' or ','\n");
	expect_errors("exchange five;\n" "zone internet any;\n",
		      "t.topo:1:10: unexpected 'five', expected version\n");
}

Test(topo_syntax, error_cap_still_holds)
{
	/* 30 misspelt statements: 20 errors and the note. */
	char *text = xstrdup("");
	for (int i = 0; i < 30; i++) {
		char *n = xasprintf("%szon z%d any;\n", text, i);
		free(text);
		text = n;
	}
	char *msgs;
	topo *t = load_text(text, &msgs);
	cr_expect(t == NULL);
	size_t lines = 0;
	for (const char *p = msgs; *p; p++)
		lines += *p == '\n';
	cr_expect(eq(sz, lines, 21));
	cr_expect(not(eq(ptr, strstr(msgs, "note: too many errors"), NULL)));
	free(text);
	free(msgs);
}

Test(topo_syntax, did_you_mean_names)
{
	expect_errors(ORG_HEAD "zone london 10.2.0.0/16;\n"
		      "site Redmond { server EXCH1 10.1.0.10 { address 10.2.0.99 from londn; } }\n"
		      "site London { server LON1 10.2.0.10; }\n"
		      "clients mapi from corpp to Redmond;\n"
		      "clients mapi from corp to EXCH;\n"
		      "connector rpc Redmond Londn via EXCH1 LON;\n"
		      "firewall fw { file \"fw.rules\"; interface eth0 zone interne; }\n"
		      "firewall h { file \"fw.rules\"; host exch1; }\n",
		      "t.topo:5:64: unknown zone 'londn' (did you mean 'london'?)\n"
		      "t.topo:7:19: unknown zone, site or server 'corpp' (did you mean 'corp'?)\n"
		      /* four letters: one edit at most, and not to a zone */
		      "t.topo:8:27: unknown zone, site or server 'EXCH' (did you mean 'EXCH1'?)\n"
		      "t.topo:9:23: unknown site 'Londn' (did you mean 'London'?)\n"
		      "t.topo:9:39: unknown server 'LON' (did you mean 'LON1'?)\n"
		      "t.topo:10:52: unknown zone 'interne' (did you mean 'internet'?)\n"
		      /* a difference of case is the nearest of all */
		      "t.topo:11:36: unknown server 'exch1' (did you mean 'EXCH1'?)\n");
}

Test(topo_syntax, did_you_mean_words)
{
	expect_errors(ORG_HEAD "site Redmond { server EXCH1 10.1.0.10 { directry-port 4000; adres 10.9.9.9 from internet; } }\n"
		      "clients mapii from corp to Redmond;\n"
		      "clients pop3 sll from internet to EXCH1;\n"
		      "smtp ni from internet to EXCH1;\n"
		      "connector x40 Redmond Redmond;\n"
		      "firewall fw { file \"fw.rules\" format iptable; interface eth0 zone internet adress 10.0.0.1; }\n",
		      "t.topo:4:41: unknown server setting 'directry-port' (did you mean 'directory-port'?); expected directory-port, store-port, mta-port or rfc1006-port\n"
		      /* two edits in five letters: too far to guess */
		      "t.topo:4:61: unknown server setting 'adres'; expected address\n"
		      "t.topo:5:9: unknown client scenario 'mapii' (did you mean 'mapi'?); the ruleset knows mapi, pop3, imap4, ldap, nntp\n"
		      "t.topo:6:14: unknown variant 'sll' (did you mean 'ssl'?); expected ssl, plain or both\n"
		      "t.topo:7:6: unknown smtp direction 'ni' (did you mean 'in'?); expected in or out\n"
		      "t.topo:8:11: unknown connector kind 'x40' (did you mean 'x400'?); the ruleset knows rpc, x400\n"
		      "t.topo:8:23: a connector joins site 'Redmond' to itself\n"
		      "t.topo:9:38: unknown format 'iptable' (did you mean 'iptables'?); expected iptables, pf, pf-freebsd, cisco or asa\n"
		      "t.topo:9:76: unknown interface setting 'adress' (did you mean 'address'?); expected acl-in, acl-out or address\n");
}

/* ------------------------------------------------------------ port-clash */

Test(topo_checks, port_clash_between_static_ports)
{
	expect_checks("exchange 5.5;\n" HEAD
		      "site S { server X 10.0.0.1 { directory-port 4000; store-port 4001;\n"
		      "                             mta-port 4000; rfc1006-port 4001; } }\n",
		      "4:30: error: port-clash: X's MTA port 4000 is also its directory port (line 3)\n"
		      "  t.topo:3:30: the directory port is set here\n"
		      "4:45: error: port-clash: X's RFC1006 port 4001 is also its information store port (line 3)\n"
		      "  t.topo:3:51: the information store port is set here\n");
	/* all three the same: each later one names the first */
	expect_checks("exchange 5.5;\n" HEAD
		      "site S { server X 10.0.0.1 { store-port 4000; directory-port 4000; mta-port 4000; } }\n",
		      "3:47: error: port-clash: X's directory port 4000 is also its information store port (line 3)\n"
		      "  t.topo:3:30: the information store port is set here\n"
		      "3:68: error: port-clash: X's MTA port 4000 is also its information store port (line 3)\n"
		      "  t.topo:3:30: the information store port is set here\n");
}

Test(topo_checks, port_clash_with_exchange_ports)
{
	expect_checks("exchange 5.5;\n" HEAD
		      "site S { server X 10.0.0.1 { store-port 25; directory-port 135; mta-port 102; } }\n"
		      "site T { server Y 10.0.1.1 { directory-port 993; } }\n",
		      "3:30: error: port-clash: X's information store port 25 is also Exchange's SMTP port\n"
		      "  exchange.rules:68:1: the ruleset needs SMTP on port 25 here\n"
		      "3:45: error: port-clash: X's directory port 135 is also Exchange's RPC endpoint mapper port\n"
		      "  exchange.rules:60:1: the ruleset needs RPC endpoint mapper on port 135 here\n"
		      "3:65: error: port-clash: X's MTA port 102 is also its RFC1006 port (the default)\n"
		      "  exchange.rules:52:6: the default RFC1006 port is set here\n"
		      "4:30: error: port-clash: Y's directory port 993 is also Exchange's IMAP4 over SSL port\n"
		      "  exchange.rules:70:1: the ruleset needs IMAP4 over SSL on port 993 here\n");
}

Test(topo_checks, port_clash_near_misses)
{
	/* The same ports on two servers; a port equal to another server's;
	 * an MTA port of 102 when the RFC1006 port is moved away from it;
	 * IMAP4's 993 on Exchange 5.0, which has no IMAP4 (Q176466). */
	expect_checks("exchange 5.0;\n" HEAD
		      "site S { server X 10.0.0.1 { directory-port 4000; store-port 4001; mta-port 102; rfc1006-port 4102; }\n"
		      "         server Y 10.0.0.2 { directory-port 4000; store-port 4001; mta-port 4001; } }\n"
		      "site T { server Z 10.0.1.1 { directory-port 993; store-port 4000; } }\n",
		      "4:68: error: port-clash: Y's MTA port 4001 is also its information store port (line 4)\n"
		      "  t.topo:4:51: the information store port is set here\n");
	/* the Contoso example has none */
	topo *t = load_example();
	char *got = run_checks(t);
	cr_expect(eq(ptr, strstr(got, "port-clash"), NULL));
	free(got);
	topo_free(t);
}

Test(topo_errors, error_cap_counts_unknown_names)
{
	/* 25 unknown names, found when names are resolved: 20 and the note. */
	char *text = xstrdup(HEAD "site S { server X 10.0.0.1; }\n");
	for (int i = 0; i < 25; i++) {
		char *n = xasprintf("%sclients mapi from nowhere%d to X;\n", text, i);
		free(text);
		text = n;
	}
	char *msgs;
	topo *t = load_text(text, &msgs);
	cr_expect(t == NULL);
	size_t lines = 0;
	for (const char *p = msgs; *p; p++)
		lines += *p == '\n';
	cr_expect(eq(sz, lines, 21));
	cr_expect(not(eq(ptr, strstr(msgs, "t.topo:22:19: note: too many errors in t.topo, stopping after 20\n"), NULL)));
	cr_expect(eq(ptr, strstr(msgs, "nowhere20"), NULL));
	free(text);
	free(msgs);
}

Test(topo_syntax, misspelt_declaration_is_one_error)
{
	/* "corp" declared as "crop": its four uses are one error, at the
	 * first, that names the others. */
	expect_errors("exchange 5.5;\nzone internet any;\nzone crop 10.1.0.0/16;\n" ORG_SITE
		      "clients mapi from corp to Redmond;\n"
		      "clients ldap plain from corp to EXCH1;\n"
		      "firewall fw {\n  file \"fw.rules\";\n  interface eth0 zone internet;\n"
		      "  interface eth1 zone corp;\n}\n"
		      "firewall gw {\n  file \"fw.rules\";\n  interface eth0 zone corp;\n}\n",
		      "t.topo:8:19: unknown zone, site or server 'corp' (did you mean 'crop'?); also used on lines 9, 13 and 17\n");
}
