/* topology.y - grammar of topology files and rulesets (fwlint-topology(5)).
 *
 * One grammar reads both: a topology and a ruleset are lists of statements
 * of the same shape, and the builder says which statements belong where.
 * Every action is one call into the builder (topo_build.h); names are
 * resolved after the whole file has been read.
 *
 * Errors: one mistake gives one message (see the comment above "stmt"),
 * parsing goes on, and one run reports every error, up to TOPO_MAX_ERRORS
 * per file.  tb_syntax_report() words the message.
 */
/* Pure, with srcloc locations and custom syntax errors, like every grammar
 * here: BISONFLAGS in the GNUmakefile. */
%define api.prefix {topology_}
%define lr.default-reduction consistent
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

%type <str> opt_variant scenario port_ref
%type <list> addr_list addr ep_list site_pair host_list
%type <num> version proto
%type <flag> opt_reverse

%destructor { free($$); } <str>
%destructor { tb_list_free($$); } <list>

%%

file
	: %empty
	| file stmt
	;

/* Error recovery (fwlint-topology(5), DIAGNOSTICS): one mistake, one
 * message.  A statement whose ';' is missing ends where the error is found
 * ("end: error") and is kept; a block whose '{' or '}' is missing is
 * opened or closed there ("open", "close").  Anything else skips to the
 * next ';', over a whole '{ ... }' block, or to the next statement
 * keyword.  Reductions happen only on a lookahead that fits
 * (lr.default-reduction consistent), so that a stray word inside a block
 * is skipped within the block instead of closing it.  Bison reports no
 * new error until three tokens have been read after one; yyerrok where a
 * ';' or '}' proves that the statement structure is back. */
stmt
	: EXCHANGE VERNUM end		{ tb_exchange(b, tb_version(b, $2, NULL, &@2), &@2); }
	| EXCHANGE VERNUM NAME end	{ tb_exchange_sp(b, $2, &@2, $3, &@3); }
	| RULESET STRING end		{ tb_ruleset(b, $2, &@2); }
	| ZONE NAME addr_list end	{ tb_zone(b, $2, &@2, $3, &@$); }
	| site_head site_body close	{ tb_site_end(b); }
	| CLIENTS NAME opt_variant FROM ep_list TO ep_list end
					{ tb_clients(b, $2, &@2, $3, &@3, $5, $7, &@$); }
	| SMTP NAME FROM ep_list TO ep_list end
					{ tb_smtp(b, $2, &@2, $4, $6, &@$); }
	| CONNECTOR NAME site_pair end	{ tb_connector(b, $2, &@2, $3, NULL, &@$); }
	| CONNECTOR NAME site_pair VIA site_pair end
					{ tb_connector(b, $2, &@2, $3, $5, &@$); }
	| fw_head fw_body close		{ tb_fw_end(b); }
	| NEED scenario opt_variant opt_reverse proto port_ref STRING end
					{ tb_need(b, $2, &@2, $3, &@3, $4, $5, $6, &@6, $7, 0, &@$); }
	| NEED scenario opt_variant opt_reverse proto port_ref STRING SINCE version end
					{ tb_need(b, $2, &@2, $3, &@3, $4, $5, $6, &@6, $7, $9, &@$); }
	| port_head port_attrs end	{ tb_port_end(b); }
	| error ';'			{ yyerrok; if (tb_recover(b)) YYABORT; }
	| error '}'			{ yyerrok; if (tb_recover(b)) YYABORT; }
	| error block			{ yyerrok; if (tb_recover(b)) YYABORT; }
	| error				{ if (tb_recover(b)) YYABORT; }
	;

/* The ';' that ends a statement; a missing one was reported, and the
 * statement ends here. */
end
	: ';'
	| error				{ if (b->gave_up) YYABORT; }
	;

/* The '{' and '}' of a block, the same way. */
open
	: '{'
	| error				{ if (b->gave_up) YYABORT; }
	;

close
	: '}'
	| error				{ if (b->gave_up) YYABORT; }
	;

/* A block skipped whole after an error: "sight Redmond { ... }". */
block
	: '{' skip '}'
	;

skip
	: %empty
	| skip skip_token
	| skip block
	;

skip_token
	: EXCHANGE | RULESET | ZONE | SITE | SERVER | CLIENTS | SMTP | CONNECTOR
	| VIA | FROM | TO | ANY | FIREWALL | FILE_ | FORMAT | HOST | INTERFACE
	| ACL_IN | ACL_OUT | NEED | PORT | SINCE | KB | REGISTRY | DYNAMIC
	| DEFAULT | REVERSE | TCP | UDP | ';' | ','
	| NAME { free($1); } | STRING { free($1); } | NUM { free($1); }
	| VERNUM { free($1); } | ADDR { free($1); } | RAWNAME { free($1); }
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
	: SITE NAME open		{ tb_site_begin(b, $2, &@2); }
	;

site_body
	: %empty
	| site_body server
	| site_body error ';'		{ yyerrok; if (tb_recover(b)) YYABORT; }
	| site_body error block		{ yyerrok; if (tb_recover(b)) YYABORT; }
	;

server
	: server_head end
	| server_head '{' server_body close
	;

server_head
	: SERVER NAME ADDR		{ tb_server(b, $2, &@2, $3, &@3); }
	;

server_body
	: %empty
	| server_body NAME NUM end	{ tb_server_port(b, $2, &@2, $3, &@3); }
	| server_body NAME ADDR FROM ep_list end
					{ tb_server_addr(b, $2, &@2, $3, &@3, $5); }
	| server_body error ';'		{ yyerrok; if (tb_recover(b)) YYABORT; }
	;

/* firewall NAME { file "F" [format FMT]; interface IF zone Z [acl-in A]
 * [acl-out A] [address ADDR, ...]; host SERVER; } */
fw_head
	: FIREWALL NAME open		{ tb_fw_begin(b, $2, &@2); }
	;

fw_body
	: %empty
	| fw_body fw_item
	;

fw_item
	: FILE_ STRING end		{ tb_fw_file(b, $2, &@2, NULL, NULL); }
	| FILE_ STRING FORMAT NAME end	{ tb_fw_file(b, $2, &@2, $4, &@4); }
	| iface_head iface_opts end
	| HOST NAME end			{ tb_fw_host(b, $2, &@2); }
	| error ';'			{ yyerrok; if (tb_recover(b)) YYABORT; }
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

/* Hands what the parser knows to the builder, which words the message
 * (tb_syntax_report): the expected tokens by name, and which of them are
 * reserved words (EXCHANGE .. UDP, in the order of their %token lines). */
static int yyreport_syntax_error(const yypcontext_t *yyctx, yyscan_t scanner, topo_build *b)
{
	(void)scanner;
	yysymbol_kind_t exp[YYNTOKENS];
	int n = yypcontext_expected_tokens(yyctx, exp, YYNTOKENS);
	const char *names[YYNTOKENS], *keywords[YYNTOKENS];
	size_t nk = 0;
	bool stmt = false;
	for (int i = 0; i < n; i++) {
		names[i] = yysymbol_name(exp[i]);
		if (exp[i] >= YYSYMBOL_EXCHANGE && exp[i] <= YYSYMBOL_UDP)
			keywords[nk++] = names[i];
		stmt |= exp[i] == YYSYMBOL_EXCHANGE || exp[i] == YYSYMBOL_NEED;
	}
	yysymbol_kind_t tok = yypcontext_token(yyctx);
	tb_syntax s = {
		.loc = yypcontext_location(yyctx),
		.eof = tok == YYSYMBOL_YYEOF,
		.keyword = tok >= YYSYMBOL_EXCHANGE && tok <= YYSYMBOL_UDP,
		.name = tok == YYSYMBOL_NAME,
		.stmt_start = stmt,
		.expected = names,
		.nexpected = n > 0 ? (size_t)n : 0,
		.keywords = keywords,
		.nkeywords = nk,
	};
	tb_syntax_report(b, &s);
	return 0;
}
