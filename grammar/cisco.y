/* cisco.y - grammar of the Cisco IOS and ASA commands that decide what
 * passes (see grammar/cisco.l for what reaches it).
 *
 * The commands (IOS Security Command Reference "access-list (IP extended)",
 * "ip access-list", "ip access-group", "object-group network|service";
 * ASA Command Reference "access-list extended", "access-group",
 * "object network|service", "object-group", "nameif", "security-level",
 * "same-security-traffic"):
 *
 *   access-list NAME [line N] [extended|standard] permit|deny ELEMENTS
 *   access-list NAME remark TEXT
 *   ip access-list standard|extended NAME      and its lines:
 *       [SEQ] permit|deny ELEMENTS  |  [SEQ] remark TEXT  |  no SEQ
 *   ipv6 access-list [extended] NAME (IOS)     and its lines:
 *       [sequence N] permit|deny ELEMENTS  |  [sequence N] remark TEXT
 *   no access-list NAME  |  no ip access-list standard|extended NAME
 *   no ipv6 access-list NAME
 *   no access-list NAME [line N] [extended|standard] permit|deny ELEMENTS
 *   no access-list NAME [line N] remark TEXT
 *   clear configure access-list NAME
 *   object network|service NAME                and its lines
 *   object-group network|service|protocol|icmp-type NAME [tcp|udp|tcp-udp]
 *       and its lines: network-object, port-object, service-object,
 *       protocol-object, icmp-object, group-object, description, or (IOS)
 *       bare elements: "host A", "A M", "range A B", "tcp eq 80"
 *   interface NAME                             and its lines:
 *       ip access-group NAME in|out, ipv6 traffic-filter NAME in|out,
 *       nameif NAME, security-level N,
 *       ip inspect NAME in|out
 *   access-group NAME in|out interface NIF [control-plane]
 *   access-group NAME global
 *   same-security-traffic permit inter-interface|intra-interface
 *   hostname NAME
 *   name ADDR NAME [description TEXT]          (ASA, IPv4)
 *   nat WORDS [description TEXT]               (ASA, at the top: twice
 *       NAT; in an object network: object NAT; read by the builder)
 *   ip nat WORDS                               (IOS, at the top; read by
 *       the builder), and in an interface: ip address WORDS, ip nat WORDS
 *
 * The body of an ACL entry or a service is read as a list of elements
 * (addresses, port operators, object references, words) which the builder
 * interprets, with its knowledge of the protocol and of the object-groups'
 * types: on ASA "object-group X" after the source may be a port group or
 * the destination, which only the group's definition tells.
 *
 * Errors: a bad line is skipped to its end ("error NL") and parsing goes
 * on; after CISCO_MAX_ERRORS the scanner stops.
 */
/* Pure, with srcloc locations and custom syntax errors, like every grammar
 * here: BISONFLAGS in the GNUmakefile. */
%define api.prefix {ciscoy_}
%expect 0

%param {yyscan_t scanner}
%parse-param {struct cisco_ctx *ctx}

%code requires {
#include "cisco_build.h"
#include "grammar.h"
}

%code provides {
int ciscoy_lex(CISCOY_STYPE *yylval, srcloc *yylloc, yyscan_t scanner);
int cisco_scan_block(void *scanner);
/* The last word scanned on the line, for "expected more after X". */
const char *cisco_scan_last_word(void *scanner);
}

%code {
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *ciscoy_get_text(yyscan_t scanner);

#define BLOCK cisco_scan_block(scanner)
#define E(k, a, b, l) cisco_elem_new(ctx, (k), (a), (b), (l))

static void ciscoy_error(srcloc *loc, yyscan_t scanner, struct cisco_ctx *ctx, const char *msg)
{
	(void)scanner;
	cisco_error(ctx, *loc, "%s", msg);
}

/* A NUMBER's value; past LONG_MAX, LONG_MAX (strtol saturates), which
 * every range check refuses. */
static long num(const char *s)
{
	return strtol(s, NULL, 10);
}
}

%union {
	char *str;
	cisco_elem *elem;
	int num;
}

%token NL "end of line"
%token <str> WORD "word"
%token <str> NUMBER "number"
%token <str> ADDR "address"
%token <str> PREFIX "prefix"
%token LEXERR "invalid input"
%token SUB_ACL "access-list entry"
%token SUB_OG "object line"
%token SUB_IF "interface line"
%token NAT_LINE "nat"
%token SUB_NAT "object nat"
%token IPNAT_LINE "ip nat"

%token <str> ACCESS_GROUP "access-group" ACCESS_LIST "access-list" ANY "any" ANY4 "any4"
%token <str> ANY6 "any6" CLEAR "clear" CONFIGURE "configure" DENY "deny"
%token <str> DESCRIPTION "description" EQ "eq" EXTENDED "extended" FQDN "fqdn"
%token <str> GLOBAL "global" GROUP_OBJECT "group-object" GT "gt" HOST "host"
%token <str> HOSTNAME "hostname" ICMP_OBJECT "icmp-object" ICMP_TYPE "icmp-type"
%token <str> IN "in" INSPECT "inspect" INTER_IF "inter-interface" INTERFACE "interface"
%token <str> INTRA_IF "intra-interface" KW_IP "ip" LINE "line" LT "lt" NAMEIF "nameif"
%token <str> NEQ "neq" NETWORK "network" NETWORK_OBJECT "network-object" NO "no"
%token <str> OBJECT "object" OBJECT_GROUP "object-group" OUT "out" PERMIT "permit"
%token <str> PORT_OBJECT "port-object" PROTOCOL "protocol"
%token <str> PROTOCOL_OBJECT "protocol-object" RANGE "range" REMARK "remark"
%token <str> SAME_SECURITY "same-security-traffic" SECURITY_LEVEL "security-level"
%token <str> SERVICE "service" SERVICE_OBJECT "service-object" STANDARD "standard"
%token <str> SUBNET "subnet" KW_IPV6 "ipv6" TRAFFIC_FILTER "traffic-filter"

/* "A W" is one element: an address followed by another is its mask. */
%precedence LONE
%precedence ADDR

%type <str> word name val ogwhat
%type <elem> elem elems elems_opt nat_elem nat_elems
%type <num> action dir acl_type

%%

input
	: %empty
	| input line
	;

line
	: NL
	| cmd NL
	| error NL                      { yyerrok; }
	;

cmd
	: ACCESS_LIST name acl_type action elems
		{ cisco_acl_entry(ctx, $2, $3, 0, -1, @2, $4, $5, @$); }
	| ACCESS_LIST name LINE NUMBER acl_type action elems
		{ cisco_acl_line(ctx, num($4), @4); cisco_acl_entry(ctx, $2, $5, 0, -1, @2, $6, $7, @$); }
	| ACCESS_LIST name acl_type     { cisco_acl_begin(ctx, $2, $3, @$, BLOCK); }
	| ACCESS_LIST name REMARK       { cisco_acl_remark(ctx, $2, 0, @3); }
	| ACCESS_LIST name LINE NUMBER REMARK
		{ cisco_acl_line(ctx, num($4), @4); cisco_acl_remark(ctx, $2, 0, @5); }
	| NO ACCESS_LIST name           { cisco_acl_delete(ctx, $3, @3); }
	| NO ACCESS_LIST name acl_type action elems { cisco_acl_no_entry(ctx, $3, @$); }
	| NO ACCESS_LIST name LINE NUMBER acl_type action elems { cisco_acl_no_entry(ctx, $3, @$); }
	| NO ACCESS_LIST name REMARK    { cisco_acl_no_entry(ctx, $3, @$); }
	| NO ACCESS_LIST name LINE NUMBER REMARK { cisco_acl_no_entry(ctx, $3, @$); }
	| NO KW_IP ACCESS_LIST STANDARD name { cisco_acl_delete(ctx, $5, @5); }
	| NO KW_IP ACCESS_LIST EXTENDED name { cisco_acl_delete(ctx, $5, @5); }
	| CLEAR CONFIGURE ACCESS_LIST name { cisco_acl_delete(ctx, $4, @4); }
	| KW_IP ACCESS_LIST STANDARD name { cisco_acl_begin(ctx, $4, CACL_STANDARD, @$, BLOCK); }
	| KW_IP ACCESS_LIST EXTENDED name { cisco_acl_begin(ctx, $4, CACL_EXTENDED, @$, BLOCK); }
	| KW_IP ACCESS_LIST WORD        { cisco_acl_begin(ctx, $3, CACL_EXTENDED, @$, BLOCK); }
	| KW_IPV6 ACCESS_LIST name      { cisco_acl_begin(ctx, $3, CACL_IPV6, @$, BLOCK); }
	| KW_IPV6 ACCESS_LIST EXTENDED name { cisco_acl_begin(ctx, $4, CACL_IPV6, @$, BLOCK); }
	| NO KW_IPV6 ACCESS_LIST name   { cisco_acl_delete(ctx, $4, @4); }
	| SUB_ACL acl_sub
	| OBJECT NETWORK name           { cisco_og_begin(ctx, COG_OBJNET, $3, NULL, @$, BLOCK); }
	| OBJECT SERVICE name           { cisco_og_begin(ctx, COG_OBJSVC, $3, NULL, @$, BLOCK); }
	| OBJECT_GROUP NETWORK name     { cisco_og_begin(ctx, COG_NETWORK, $3, NULL, @$, BLOCK); }
	| OBJECT_GROUP SERVICE name     { cisco_og_begin(ctx, COG_SERVICE, $3, NULL, @$, BLOCK); }
	| OBJECT_GROUP SERVICE name word { cisco_og_begin(ctx, COG_SERVICE, $3, $4, @$, BLOCK); }
	| OBJECT_GROUP PROTOCOL name    { cisco_og_begin(ctx, COG_PROTOCOL, $3, NULL, @$, BLOCK); }
	| OBJECT_GROUP ICMP_TYPE name   { cisco_og_begin(ctx, COG_ICMP, $3, NULL, @$, BLOCK); }
	| OBJECT_GROUP KW_IP WORD name  { cisco_og_begin_nxos(ctx, $3, $4, @$, BLOCK); }
	| SUB_OG ogwhat elems_opt       { cisco_og_item(ctx, BLOCK, $2, $3, @$); }
	| SUB_OG elems                  { cisco_og_item(ctx, BLOCK, NULL, $2, @$); }
	| INTERFACE name                { cisco_if_begin(ctx, $2, NULL, @$, BLOCK); }
	| INTERFACE name elems          { cisco_if_begin(ctx, $2, $3, @$, BLOCK); }
	| SUB_IF KW_IP ACCESS_GROUP name dir { cisco_if_acl(ctx, BLOCK, $4, $5, @$); }
	| SUB_IF KW_IPV6 TRAFFIC_FILTER name dir { cisco_if_acl6(ctx, BLOCK, $4, $5, @$); }
	| SUB_IF KW_IP INSPECT name dir { cisco_if_inspect(ctx, BLOCK, $4, $5, @$); }
	| SUB_IF KW_IP WORD             { cisco_if_ip(ctx, BLOCK, $3, NULL, @$); }
	| SUB_IF KW_IP WORD nat_elems   { cisco_if_ip(ctx, BLOCK, $3, $4, @$); }
	| SUB_IF NAMEIF name            { cisco_if_nameif(ctx, BLOCK, $3, @3); }
	| SUB_IF SECURITY_LEVEL NUMBER  { cisco_if_level(ctx, BLOCK, $3, @$); }
	| ACCESS_GROUP name dir INTERFACE name { cisco_access_group(ctx, $2, $3, $5, @$); }
	| ACCESS_GROUP name dir INTERFACE name name { cisco_access_group_cp(ctx, $6, @6); }
	| ACCESS_GROUP name GLOBAL      { cisco_access_group_global(ctx, $2, @$); }
	| SAME_SECURITY PERMIT INTER_IF { cisco_same_security(ctx, false, @$); }
	| SAME_SECURITY PERMIT INTRA_IF { cisco_same_security(ctx, true, @$); }
	| HOSTNAME name
	| NAT_LINE WORD nat_elems       { cisco_nat(ctx, BLOCK, false, $3, false, @$); }
	| NAT_LINE WORD nat_elems DESCRIPTION { cisco_nat(ctx, BLOCK, false, $3, true, @$); }
	| SUB_NAT WORD nat_elems        { cisco_nat(ctx, BLOCK, true, $3, false, @$); }
	| SUB_NAT WORD nat_elems DESCRIPTION { cisco_nat(ctx, BLOCK, true, $3, true, @$); }
	| IPNAT_LINE KW_IP WORD         { cisco_ip_nat(ctx, NULL, @$); }
	| IPNAT_LINE KW_IP WORD nat_elems { cisco_ip_nat(ctx, $4, @$); }
	| WORD ADDR name                { cisco_name(ctx, $1, $2, $3, @$); }
	| WORD ADDR name DESCRIPTION    { cisco_name(ctx, $1, $2, $3, @$); }
	;

dir
	: IN                            { $$ = 0; }
	| OUT                           { $$ = 1; }
	;

acl_type
	: %empty                        { $$ = CACL_ANY; }
	| EXTENDED                      { $$ = CACL_EXTENDED; }
	| STANDARD                      { $$ = CACL_STANDARD; }
	;

/* A line of an "ip access-list" block. */
acl_sub
	: action elems                  { cisco_acl_entry(ctx, NULL, CACL_ANY, BLOCK, -1, @1, $1, $2, @$); }
	| NUMBER action elems           { cisco_acl_entry(ctx, NULL, CACL_ANY, BLOCK, num($1), @1, $2, $3, @$); }
	| REMARK                        { cisco_acl_remark(ctx, NULL, BLOCK, @1); }
	| NUMBER REMARK                 { cisco_acl_remark(ctx, NULL, BLOCK, @2); }
	| NO NUMBER                     { cisco_acl_no_seq(ctx, BLOCK, num($2), @2); }
	| WORD NUMBER action elems      { cisco_acl_seq_entry(ctx, BLOCK, $1, num($2), @2, $3, $4, @$); }
	| WORD NUMBER REMARK            { cisco_acl_seq_remark(ctx, BLOCK, $1, @1, @3); }
	| NO WORD NUMBER                { cisco_acl_seq_no(ctx, BLOCK, $2, num($3), @3); }
	| WORD name                     { cisco_acl_entry(ctx, NULL, CACL_ANY, BLOCK, -1, @1, true,
							  E(CE_WORD, $1, $2, @$), @$); }
	| NUMBER WORD name              { cisco_acl_entry(ctx, NULL, CACL_ANY, BLOCK, num($1), @1, true,
							  E(CE_WORD, $2, $3, @2), @$); }
	;

action
	: PERMIT                        { $$ = 1; }
	| DENY                          { $$ = 0; }
	;

ogwhat
	: NETWORK_OBJECT | PORT_OBJECT | SERVICE_OBJECT | PROTOCOL_OBJECT | ICMP_OBJECT
	| GROUP_OBJECT | SUBNET | FQDN | SERVICE | DESCRIPTION
	;

elems_opt
	: %empty                        { $$ = NULL; }
	| elems
	;

elems
	: elem
	| elems elem                    { $$ = cisco_elem_cat($1, $2); }
	;

elem
	: word                          { $$ = E(CE_WORD, $1, NULL, @1); }
	| ANY                           { $$ = E(CE_ANY, $1, NULL, @1); }
	| ANY4                          { $$ = E(CE_ANY4, $1, NULL, @1); }
	| ANY6                          { $$ = E(CE_ANY6, $1, NULL, @1); }
	| HOST val                      { $$ = E(CE_HOST, $2, NULL, @$); }
	| ADDR ADDR                     { $$ = E(CE_MASK, $1, $2, @$); }
	| ADDR %prec LONE               { $$ = E(CE_ADDR, $1, NULL, @1); }
	| PREFIX                        { $$ = E(CE_PREFIX, $1, NULL, @1); }
	| OBJECT name                   { $$ = E(CE_OBJECT, $2, NULL, @$); }
	| OBJECT_GROUP name             { $$ = E(CE_GROUP, $2, NULL, @$); }
	| INTERFACE name                { $$ = E(CE_IFACE, $2, NULL, @$); }
	| EQ val                        { $$ = E(CE_EQ, $2, NULL, @$); }
	| NEQ val                       { $$ = E(CE_NEQ, $2, NULL, @$); }
	| LT val                        { $$ = E(CE_LT, $2, NULL, @$); }
	| GT val                        { $$ = E(CE_GT, $2, NULL, @$); }
	| RANGE val val                 { $$ = E(CE_RANGE, $2, $3, @$); }
	;

/* The words of a nat command: the builder reads them (cisco_nat.c). */
nat_elems
	: nat_elem
	| nat_elems nat_elem            { $$ = cisco_elem_cat($1, $2); }
	;

nat_elem
	: name                          { $$ = E(CE_WORD, $1, NULL, @1); }
	| ADDR                          { $$ = E(CE_ADDR, $1, NULL, @1); }
	| PREFIX                        { $$ = E(CE_PREFIX, $1, NULL, @1); }
	;

val
	: word
	| ADDR
	;

/* Keywords that are plain words in an entry (a protocol, "ip", an option). */
word
	: WORD | NUMBER | KW_IP | IN | OUT | GLOBAL | NETWORK | PROTOCOL
	| STANDARD | EXTENDED | LINE | NO | CLEAR | CONFIGURE | HOSTNAME | NAMEIF | INSPECT
	| INTER_IF | INTRA_IF | ICMP_TYPE | SECURITY_LEVEL | SAME_SECURITY | KW_IPV6 | TRAFFIC_FILTER
	| ACCESS_LIST | ACCESS_GROUP | PERMIT | DENY
	;

/* A name: anything but an address. */
name
	: word | ANY | ANY4 | ANY6 | HOST | EQ | NEQ | LT | GT | RANGE | OBJECT | OBJECT_GROUP
	| INTERFACE | NETWORK_OBJECT | PORT_OBJECT | SERVICE_OBJECT | PROTOCOL_OBJECT
	| ICMP_OBJECT | GROUP_OBJECT | SERVICE | SUBNET | FQDN
	;

%%

/* "unexpected 'foo', expected ..." naming the token as written. */
static int yyreport_syntax_error(const yypcontext_t *yyctx, yyscan_t scanner,
				 struct cisco_ctx *ctx)
{
	enum { MAXEXP = 5 };
	yysymbol_kind_t exp[MAXEXP];
	yysymbol_kind_t tok = yypcontext_token(yyctx);
	int n = yypcontext_expected_tokens(yyctx, exp, MAXEXP);
	char what[200], buf[600];
	size_t len;

	if (tok == YYSYMBOL_LEXERR)
		return 0; /* the scanner has said what is wrong */
	if (tok == YYSYMBOL_YYEOF || tok == YYSYMBOL_NL)
		snprintf(what, sizeof what, "end of line");
	else if (tok == YYSYMBOL_SUB_ACL || tok == YYSYMBOL_SUB_OG || tok == YYSYMBOL_SUB_IF ||
		 tok == YYSYMBOL_SUB_NAT || tok == YYSYMBOL_NAT_LINE || tok == YYSYMBOL_IPNAT_LINE)
		snprintf(what, sizeof what, "indented line");
	else
		snprintf(what, sizeof what, "'%.60s'", ciscoy_get_text(scanner));
	len = (size_t)snprintf(buf, sizeof buf, "syntax error, unexpected %s", what);
	const char *names[MAXEXP];
	for (int i = 0; i < n; i++)
		names[i] = yysymbol_name(exp[i]);
	if (n > 0) {
		syntax_append_expected(buf, sizeof buf, len, "expected", names, n,
				       SYNTAX_LIST_COMMA_OR);
	} else if ((tok == YYSYMBOL_YYEOF || tok == YYSYMBOL_NL) && cisco_scan_last_word(scanner)[0]) {
		/* Too many to list (a name, an address, a port ...): the
		 * command stops short, the device's "% Incomplete command." */
		snprintf(buf, sizeof buf, "incomplete command: expected more after '%s'",
			 cisco_scan_last_word(scanner));
	}
	cisco_error(ctx, *yypcontext_location(yyctx), "%s", buf);
	return 0;
}
