/* topology.y - grammar of topology files and rulesets (fwlint-topology(5)).
 *
 * One grammar reads both: a topology and a ruleset are lists of statements
 * of the same shape, and the builder says which statements belong where.
 * Every action is one call into the builder (topo_build.h); names are
 * resolved after the whole file has been read.
 *
 * Errors: a syntax error skips to the next ';' or '}' and parsing goes on,
 * so that one run reports every error, up to TOPO_MAX_ERRORS per file.
 */
/* Pure, with srcloc locations and custom syntax errors, like every grammar
 * here: BISONFLAGS in the GNUmakefile. */
%define api.prefix {topology_}
%expect 0

%param {yyscan_t scanner}
%parse-param {topo_build *b}

%code requires {
#include <stdbool.h>

#include "grammar.h"
#include "topo_build.h"
}

%code {
#include <stdlib.h>

#include "topology.lex.h"

static void topology_error(const srcloc *loc, yyscan_t scanner,
			   topo_build *b, const char *msg)
{
	(void)scanner;
	tb_syntax_error(b, loc, msg);
}
}


%initial-action { @$ = tb_start_loc(b); }

%union {
	char *str;
	tb_list *list;
	int num;
	bool flag;
}

%token EXCHANGE "exchange" RULESET "ruleset" ZONE "zone" SITE "site"
%token SERVER "server" CLIENTS "clients" SMTP "smtp" CONNECTOR "connector"
%token VIA "via" FROM "from" TO "to" ANY "any" FIREWALL "firewall"
%token FILE_ "file" FORMAT "format" HOST "host" INTERFACE "interface"
%token ACL_IN "acl-in" ACL_OUT "acl-out" NEED "need" PORT "port"
%token SINCE "since" KB "kb" REGISTRY "registry" DYNAMIC "dynamic"
%token DEFAULT "default" REVERSE "reverse" TCP "tcp" UDP "udp"
%token <str> NAME "name" STRING "string" NUM "number" VERNUM "version"
%token <str> ADDR "address" RAWNAME "interface name"

%type <str> opt_variant opt_format scenario port_ref
%type <list> addr_list addr ep_list site_pair host_list
%type <num> version opt_since proto
%type <flag> opt_reverse

%destructor { free($$); } <str>
%destructor { tb_list_free($$); } <list>

%%

file
	: %empty
	| file stmt
	;

stmt
	: EXCHANGE version ';'		{ tb_exchange(b, $2, &@2); }
	| RULESET STRING ';'		{ tb_ruleset(b, $2, &@2); }
	| ZONE NAME addr_list ';'	{ tb_zone(b, $2, &@2, $3, &@$); }
	| site_head site_body '}'	{ tb_site_end(b); }
	| CLIENTS NAME opt_variant FROM ep_list TO ep_list ';'
					{ tb_clients(b, $2, &@2, $3, &@3, $5, $7, &@$); }
	| SMTP NAME FROM ep_list TO ep_list ';'
					{ tb_smtp(b, $2, &@2, $4, $6, &@$); }
	| CONNECTOR NAME site_pair ';'	{ tb_connector(b, $2, &@2, $3, NULL, &@$); }
	| CONNECTOR NAME site_pair VIA site_pair ';'
					{ tb_connector(b, $2, &@2, $3, $5, &@$); }
	| fw_head fw_body '}'		{ tb_fw_end(b); }
	| NEED scenario opt_variant opt_reverse proto port_ref STRING opt_since ';'
					{ tb_need(b, $2, &@2, $3, &@3, $4, $5, $6, &@6, $7, $8, &@$); }
	| port_head port_attrs ';'	{ tb_port_end(b); }
	| error ';'			{ yyerrok; if (tb_recover(b)) YYABORT; }
	| error '}'			{ yyerrok; if (tb_recover(b)) YYABORT; }
	;

version
	: VERNUM			{ $$ = tb_version(b, $1, NULL, &@$); }
	| VERNUM NAME			{ $$ = tb_version(b, $1, $2, &@$); }
	;

addr_list
	: addr				{ $$ = $1; }
	| addr_list ',' ADDR		{ $$ = tb_list_push($1, $3, &@3); }
	| addr_list ',' ANY		{ $$ = tb_list_push($1, NULL, &@3); }
	;

addr
	: ADDR				{ $$ = tb_list_new($1, &@1); }
	| ANY				{ $$ = tb_list_new(NULL, &@1); }
	;

ep_list
	: NAME				{ $$ = tb_list_new($1, &@1); }
	| ep_list ',' NAME		{ $$ = tb_list_push($1, $3, &@3); }
	;

site_pair
	: NAME NAME			{ $$ = tb_list_push(tb_list_new($1, &@1), $2, &@2); }
	;

opt_variant
	: %empty			{ $$ = NULL; }
	| NAME				{ $$ = $1; }
	;

/* site NAME { server NAME ADDR [{ PORT-KIND NUMBER; ... address ADDR from
 * ZONE, ...; ... }] ... }.  "address" is a word of the server block, as the
 * port kinds are, not a keyword: a zone named "address" stays valid. */
site_head
	: SITE NAME '{'			{ tb_site_begin(b, $2, &@2); }
	;

site_body
	: %empty
	| site_body server
	| site_body error ';'		{ yyerrok; if (tb_recover(b)) YYABORT; }
	;

server
	: server_head ';'
	| server_head '{' server_body '}'
	;

server_head
	: SERVER NAME ADDR		{ tb_server(b, $2, &@2, $3, &@3); }
	;

server_body
	: %empty
	| server_body NAME NUM ';'	{ tb_server_port(b, $2, &@2, $3, &@3); }
	| server_body NAME ADDR FROM ep_list ';'
					{ tb_server_addr(b, $2, &@2, $3, &@3, $5); }
	| server_body error ';'		{ yyerrok; if (tb_recover(b)) YYABORT; }
	;

/* firewall NAME { file "F" [format FMT]; interface IF zone Z [acl-in A]
 * [acl-out A] [address ADDR, ...]; host SERVER; } */
fw_head
	: FIREWALL NAME '{'		{ tb_fw_begin(b, $2, &@2); }
	;

fw_body
	: %empty
	| fw_body fw_item
	;

fw_item
	: FILE_ STRING opt_format ';'	{ tb_fw_file(b, $2, &@2, $3, &@3); }
	| iface_head iface_opts ';'
	| HOST NAME ';'			{ tb_fw_host(b, $2, &@2); }
	| error ';'			{ yyerrok; if (tb_recover(b)) YYABORT; }
	;

opt_format
	: %empty			{ $$ = NULL; }
	| FORMAT NAME			{ $$ = $2; @$ = @2; }
	;

iface_head
	: INTERFACE RAWNAME ZONE NAME	{ tb_iface(b, $2, &@2, $4, &@4); }
	;

iface_opts
	: %empty
	| iface_opts ACL_IN RAWNAME	{ tb_iface_acl(b, false, $3, &@3); }
	| iface_opts ACL_OUT RAWNAME	{ tb_iface_acl(b, true, $3, &@3); }
	| iface_opts NAME host_list	{ tb_iface_addr(b, $2, &@2, $3); }
	;

host_list
	: ADDR				{ $$ = tb_list_new($1, &@1); }
	| host_list ',' ADDR		{ $$ = tb_list_push($1, $3, &@3); }
	;

/* Rulesets: need SCENARIO [VARIANT] [reverse] PROTO PORT "LABEL" [since V];
 * where SCENARIO is "clients WORD", "smtp in|out", "connector WORD" or one
 * word ("intrasite"), and PORT a number or a server port kind. */
scenario
	: CLIENTS NAME			{ $$ = $2; }
	| SMTP NAME			{ $$ = tb_scenario(b, "smtp-", $2); }
	| CONNECTOR NAME		{ $$ = tb_scenario(b, "connector-", $2); }
	| NAME				{ $$ = $1; }
	;

opt_reverse
	: %empty			{ $$ = false; }
	| REVERSE			{ $$ = true; }
	;

proto
	: TCP				{ $$ = 6; }
	| UDP				{ $$ = 17; }
	;

port_ref
	: NUM				{ $$ = $1; }
	| NAME				{ $$ = $1; }
	;

opt_since
	: %empty			{ $$ = 0; }
	| SINCE version			{ $$ = $2; }
	;

/* port KIND (dynamic | default N) [since V] [kb Q] [registry "KEY" "VALUE"]; */
port_head
	: PORT NAME			{ tb_port_begin(b, $2, &@2); }
	;

port_attrs
	: %empty
	| port_attrs DYNAMIC		{ tb_port_dynamic(b, &@2); }
	| port_attrs DEFAULT NUM	{ tb_port_default(b, $3, &@3); }
	| port_attrs SINCE version	{ tb_port_since(b, $3, &@3); }
	| port_attrs KB NAME		{ tb_port_kb(b, $3, &@3); }
	| port_attrs REGISTRY STRING STRING
					{ tb_port_registry(b, $3, $4, &@3); }
	;

%%

/* bison's "detailed" message ("syntax error, unexpected X, expecting A or
 * B"), and where it would list nothing because more than four tokens fit,
 * what fits: at the start of a statement "a statement", else every token. */
static int yyreport_syntax_error(const yypcontext_t *yyctx, yyscan_t scanner, topo_build *b)
{
	(void)scanner;
	yysymbol_kind_t exp[YYNTOKENS];
	int n = yypcontext_expected_tokens(yyctx, exp, YYNTOKENS);
	char buf[800];
	size_t len = (size_t)snprintf(buf, sizeof buf, "syntax error, unexpected %s",
				      yysymbol_name(yypcontext_token(yyctx)));
	bool stmt = false;
	for (int i = 0; i < n; i++)
		stmt |= exp[i] == YYSYMBOL_EXCHANGE || exp[i] == YYSYMBOL_NEED;
	if (stmt)
		snprintf(buf + len, sizeof buf - len, ", expecting a statement (%s)",
			 b->is_ruleset ? "need or port"
				       : "exchange, ruleset, zone, site, clients, smtp, connector or firewall");
	else {
		const char *names[YYNTOKENS];
		for (int i = 0; i < n; i++)
			names[i] = yysymbol_name(exp[i]);
		syntax_append_expected(buf, sizeof buf, len, "expecting", names, n, SYNTAX_LIST_OR);
	}
	tb_syntax_error(b, yypcontext_location(yyctx), buf);
	return 0;
}
