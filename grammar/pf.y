/* pf.y - grammar of pf.conf(5), OpenBSD 7.x and the FreeBSD dialect.
 *
 * Written after pf.conf(5) and pfctl's parse.y (which it does not copy):
 * the same statements and the same fixed order of the leading parts of a
 * rule -- action, direction, log/quick, "on", address family, "proto",
 * from/to -- followed by options in any order.  Also the canonical form
 * that "pfctl -nv" prints, which is valid input (inline anchors printed as
 * 'anchor "x" all {' ... '}', "@N" rule numbers of old pfctl).
 *
 * Every action is one call into the builder (src/frontend/pf/pf.c, pf_build.h); the
 * values the grammar passes are the builder's arena strings and lists, so
 * nothing is freed here, in recovery either.
 *
 * Errors: a bad statement is skipped up to its end ("error NL") and parsing
 * goes on; after PF_MAX_ERRORS errors the scanner stops.
 */
/* Pure, with srcloc locations and custom syntax errors, like every grammar
 * here: BISONFLAGS in the GNUmakefile. */
%define api.prefix {pfy_}
%expect 0

%param {yyscan_t scanner}
%parse-param {struct pf_ctx *ctx}

%code requires {
#include "grammar.h"
#include "pf_build.h"
}

%code provides {
int pfy_lex(PFY_STYPE *yylval, srcloc *yylloc, yyscan_t scanner);
}

%code {
#include <stdio.h>
#include <string.h>

char *pfy_get_text(yyscan_t scanner);

static void pfy_error(srcloc *loc, yyscan_t scanner, struct pf_ctx *ctx, const char *msg)
{
	(void)scanner;
	pf_error(ctx, *loc, "%s", msg);
}
}

%union {
	char *str;
	long long num;
	pf_item *item;
	pf_hnode *host;
	pf_pnode *port;
}

%token NL "end of line"
%token <str> STRING "word"
%token <num> NUMBER "number"
%token <num> PORTBINARY "'><' or '<>'"
%token ARROW "'->'"
%token LEXERR "invalid input"

%token AFTO ALL ALLOWOPTS ALTQ ANCHOR ANTISPOOF ANY BANDWIDTH BINAT BINATANCHOR
%token BINATTO BITMASK BLOCK BLOCKPOLICY BURST CBQ CODE CONST COUNTERS DEBUG
%token DEFAULT DELAY DIVERTPACKET DIVERTREPLY DIVERTTO DROP DUPTO FAIRQ FASTROUTE
%token FILENAME FINGERPRINTS FLAGS FLOATING FLOWS FLUSH FOR FRAGMENT FROM GLOBAL
%token GROUP HFSC HOSTID ICMPTYPE ICMP6TYPE IFBOUND IN INCLUDE INET INET6 KEEP
%token LABEL LEASTSTATES LIMIT LOAD LOG LOGINTERFACE MATCH MATCHES MAXIMUM MAXMSS
%token MAXPKTRATE MAXSRCCONN MAXSRCCONNRATE MAXSRCNODES MAXSRCSTATES MINIMUM
%token MINTTL MODULATE NAT NATANCHOR NATTO NO NODF NOROUTE NOSYNC ON OPTIMIZATION
%token OS OUT OVERLOAD PARENT PASS PERSIST PFLOW PORT PRIO PRIORITY PRIQ
%token PROBABILITY PROTO QLIMIT QUANTUM QUEUE QUICK RANDOM RANDOMID RDOMAIN RDR
%token RDRANCHOR RDRTO REASSEMBLE RECEIVEDON REPLYTO REQUIREORDER RETURN
%token RETURNICMP RETURNICMP6 RETURNRST ROUNDROBIN ROUTETO RTABLE RULE
%token RULESETOPTIMIZATION SCRUB SET SETTOS SKIP SLOPPY SOURCEHASH SOURCETRACK
%token STATE STATEDEFAULTS STATEPOLICY STATICPORT STICKYADDRESS SYNCOOKIES
%token SYNPROXY TABLE TAG TAGGED TBRSIZE TIMEOUT TO TOS TTL URPFFAILED USER ONCE ROUTE
%token NE "'!='" LE "'<='" GE "'>='"
/* FreeBSD's rule identifier (ridentifier) and pfSense's (tracker) */
%token RIDENTIFIER TRACKER
%token WEIGHT

/* FreeBSD writes route-to before the address family, OpenBSD among the
 * options after from/to: "pass on em0 route-to X" reads the same either way,
 * so the conflict is settled for the earlier place. */
%precedence LOWPREC
%precedence ROUTETO REPLYTO DUPTO

%type <str> string anchorname kw_macro_name
%type <item> word words word_list word_item if_item if_list if_spec proto_item
%type <item> proto_list icmp_item icmp_list value value_list
%type <item> codes antispoof_if antispoof_list antispoof_item arg_words sched_args sched_words sched_word bw
%type <port> port_opt
%type <host> host xhost host_list host_spec pool table_host_list table_spec
%type <port> port_item port_list port_spec id_item id_list id_spec
%type <num> unaryop

%%

input
	: %empty
	| input line
	;

line
	: NL
	| stmt NL                       { pf_stmt_end(ctx); }
	| error NL                      { pf_stmt_abort(ctx); yyerrok; }
	;

stmt
	: STRING '=' words              { pf_macro_set(ctx, $1, $3, @1); }
	| kw_macro_name '=' words       { pf_keyword_macro(ctx, $1, $3, @1); }
	| include
	| table
	| set
	| queue
	| altq
	| LOAD ANCHOR anchorname FROM string { pf_load_anchor(ctx, $3, $5, @$); }
	| LOAD ANCHOR FROM string       { pf_load_anchor(ctx, NULL, $4, @$); }
	| antispoof
	| rule
	| '@' NUMBER rule
	;

/* Words that are keywords of FreeBSD's pfctl only: a macro name in
 * OpenBSD's. */
kw_macro_name
	: NAT                           { $$ = "nat"; }
	| RDR                           { $$ = "rdr"; }
	| BINAT                         { $$ = "binat"; }
	| NATANCHOR                     { $$ = "nat-anchor"; }
	| RDRANCHOR                     { $$ = "rdr-anchor"; }
	| BINATANCHOR                   { $$ = "binat-anchor"; }
	| ALTQ                          { $$ = "altq"; }
	;

include
	: INCLUDE string                { pf_include(ctx, $2, @2); }
	;

words
	: word
	| words word                    { $$ = pf_item_cat($1, $2); }
	;

word
	: STRING                        { $$ = pf_item_str(ctx, $1, @1); }
	| NUMBER                        { $$ = pf_item_num(ctx, $1, @1); }
	;

string
	: STRING
	| string STRING                 { $$ = $1; (void)$2; }
	;


comma
	: %empty
	| ','
	;

/* Inside braces (pfctl parse.y, every list: '{' optnl list '}' and
 * "list comma item optnl"): items are separated by blanks or one comma,
 * line ends may follow the '{' and an item; "{ a,, b }", "{ a, }" and
 * "{ , a }" are syntax errors. */
lsep
	: %empty
	| lsep NL
	;

/* ------------------------------------------------------------ tables */

table
	: TABLE '<' STRING '>'          { pf_table_begin(ctx, $3, @3); }
	  table_opts                    { pf_table_end(ctx, @$); }
	;

table_opts
	: %empty
	| table_opts table_opt
	;

table_opt
	: PERSIST                       { pf_table_opt(ctx, "persist", @1); }
	| CONST                         { pf_table_opt(ctx, "const", @1); }
	| COUNTERS                      { pf_table_opt(ctx, "counters", @1); }
	| STRING                        { pf_table_opt(ctx, $1, @1); }
	| FILENAME STRING               { pf_table_file(ctx, $2, @2); }
	| '{' lsep '}'
	| '{' lsep table_host_list '}'  { pf_table_hosts(ctx, $3); }
	;

/* ------------------------------------------------------------ set */

set
	: SET TIMEOUT value             { pf_set_option(ctx, "timeout", $3, @$); }
	| SET TIMEOUT '{' lsep value_list '}' { pf_set_option(ctx, "timeout", $5, @$); }
	| SET LIMIT value               { pf_set_option(ctx, "limit", $3, @$); }
	| SET LIMIT '{' lsep value_list '}' { pf_set_option(ctx, "limit", $5, @$); }
	| SET OPTIMIZATION STRING       { pf_set_option(ctx, "optimization", pf_item_str(ctx, $3, @3), @$); }
	| SET RULESETOPTIMIZATION STRING { pf_set_option(ctx, "ruleset-optimization", pf_item_str(ctx, $3, @3), @$); }
	| SET BLOCKPOLICY DROP          { pf_set_option(ctx, "block-policy", pf_item_str(ctx, "drop", @3), @$); }
	| SET BLOCKPOLICY RETURN        { pf_set_option(ctx, "block-policy", pf_item_str(ctx, "return", @3), @$); }
	| SET STATEPOLICY IFBOUND       { pf_set_option(ctx, "state-policy", NULL, @$); }
	| SET STATEPOLICY FLOATING      { pf_set_option(ctx, "state-policy", NULL, @$); }
	| SET FINGERPRINTS string       { pf_set_option(ctx, "fingerprints", NULL, @$); }
	| SET SKIP ON if_spec           { pf_set_skip(ctx, $4, @$); }
	| SET DEBUG STRING              { pf_set_option(ctx, "debug", pf_item_str(ctx, $3, @3), @$); }
	| SET DEBUG DEBUG               { pf_set_option(ctx, "debug", pf_item_str(ctx, "debug", @3), @$); }
	| SET HOSTID NUMBER             { pf_set_option(ctx, "hostid", pf_item_num(ctx, $3, @3), @3); }
	| SET HOSTID STRING             { pf_set_option(ctx, "hostid", pf_item_str(ctx, $3, @3), @3); }
	| SET REASSEMBLE STRING         { pf_set_option(ctx, "reassemble", pf_item_str(ctx, $3, @3), @$); }
	| SET REASSEMBLE STRING NODF    { pf_set_option(ctx, "reassemble", pf_item_str(ctx, $3, @3), @$); }
	| SET REASSEMBLE NO             { pf_set_option(ctx, "reassemble", pf_item_str(ctx, "no", @3), @$); }
	| SET REASSEMBLE NO NODF        { pf_set_option(ctx, "reassemble", pf_item_str(ctx, "no", @3), @$); }
	| SET LOGINTERFACE STRING       { pf_set_option(ctx, "loginterface", NULL, @$); }
	| SET SYNCOOKIES STRING         { pf_set_option(ctx, "syncookies", pf_item_str(ctx, $3, @3), @$); }
	| SET SYNCOOKIES STRING '(' arg_words ')' { pf_set_option(ctx, "syncookies", pf_item_str(ctx, $3, @3), @$); }
	| SET STATEDEFAULTS state_opt_list { pf_set_option(ctx, "state-defaults", NULL, @$); }
	| SET REQUIREORDER STRING       { pf_set_option(ctx, "require-order", pf_item_str(ctx, $3, @3), @$); }
	| SET PRIO NUMBER               { pf_set_option(ctx, "prio", NULL, @$); }
	;

value
	: STRING NUMBER                 { $$ = pf_item_str(ctx, $1, @1); $$->n = $2; $$->has_num = true; }
	;

value_list
	: value lsep
	| value_list comma value lsep { $$ = pf_item_cat($1, $3); }
	;

/* Free words of options fwlint does not interpret: "(start 25%, end 12%)" */
arg_words
	: word
	| arg_words comma word          { $$ = pf_item_cat($1, $3); }
	;

/* ------------------------------------------------------------ queues */

queue
	: QUEUE STRING                  { pf_queue_begin(ctx, $2, @2); }
	  queue_opts                    { pf_queue_end(ctx, @$); }
	;

queue_opts
	: %empty
	| queue_opts queue_opt
	;

queue_opt
	: ON if_item                    { pf_queue_opt(ctx, "on", $2, @$); }
	| PARENT STRING                 { pf_queue_opt(ctx, "parent", pf_item_str(ctx, $2, @2), @$); }
	| BANDWIDTH bw queue_burst      { pf_queue_opt(ctx, "bandwidth", $2, @$); }
	| MINIMUM bw queue_burst        { pf_queue_opt(ctx, "min", $2, @$); }
	| MAXIMUM bw queue_burst        { pf_queue_opt(ctx, "max", $2, @$); }
	| FLOWS NUMBER                  { pf_queue_opt(ctx, "flows", pf_item_num(ctx, $2, @2), @$); }
	| QUANTUM NUMBER                { pf_queue_opt(ctx, "quantum", pf_item_num(ctx, $2, @2), @$); }
	| QLIMIT NUMBER                 { pf_queue_opt(ctx, "qlimit", pf_item_num(ctx, $2, @2), @$); }
	| DEFAULT                       { pf_queue_opt(ctx, "default", NULL, @$); }
	| PRIORITY NUMBER               { pf_queue_opt(ctx, "priority", NULL, @$); }
	| TBRSIZE NUMBER                { pf_queue_opt(ctx, "tbrsize", NULL, @$); }
	| scheduler
	| '{' lsep word_list '}' { pf_queue_opt(ctx, "children", $3, @$); }
	;

queue_burst
	: %empty
	| BURST bw FOR STRING
	| BURST bw FOR NUMBER
	;

bw
	: STRING                        { $$ = pf_item_str(ctx, $1, @1); }
	| NUMBER                        { $$ = pf_item_num(ctx, $1, @1); }
	;

scheduler
	: CBQ sched_args                { pf_queue_opt(ctx, "cbq", $2, @$); }
	| PRIQ sched_args               { pf_queue_opt(ctx, "priq", $2, @$); }
	| HFSC sched_args               { pf_queue_opt(ctx, "hfsc", $2, @$); }
	| FAIRQ sched_args              { pf_queue_opt(ctx, "fairq", $2, @$); }
	;

sched_args
	: %empty                        { $$ = NULL; }
	| '(' sched_words ')'           { $$ = $2; }
	;

sched_words
	: %empty                        { $$ = NULL; }
	| sched_words comma sched_word  { $$ = pf_item_cat($1, $3); }
	;

sched_word
	: word
	| DEFAULT                       { $$ = pf_item_str(ctx, "default", @1); }
	| '(' arg_words ')'             { $$ = NULL; (void)$2; }
	;

altq
	: ALTQ                          { if (!pf_freebsd_stmt(ctx, "altq on", @1)) YYERROR; }
	  ON if_item                    { pf_queue_begin(ctx, NULL, @1); }
	  queue_opts altq_queue         { pf_queue_end(ctx, @$); }
	;

altq_queue
	: %empty
	| QUEUE STRING
	| QUEUE '{' lsep word_list '}'
	;

/* ------------------------------------------------------------ lists */

word_list
	: word_item lsep
	| word_list comma word_item lsep { $$ = pf_item_cat($1, $3); }
	;

word_item
	: STRING                        { $$ = pf_item_str(ctx, $1, @1); }
	;

if_spec
	: if_item
	| '{' lsep if_list '}'   { $$ = $3; }
	;

if_list
	: if_item lsep
	| if_list comma if_item lsep { $$ = pf_item_cat($1, $3); }
	;

if_item
	: STRING                        { $$ = pf_item_str(ctx, $1, @1); }
	| '!' STRING                    { $$ = pf_item_neg(pf_item_str(ctx, $2, @2), @1); }
	| RDOMAIN NUMBER                { $$ = pf_item_num(ctx, $2, @$); $$->s2 = "rdomain"; }
	| ANY                           { $$ = pf_item_str(ctx, "any", @1); }
	;

host_spec
	: ANY                           { $$ = pf_host_kind(ctx, PF_ADDR_ANY, @1); }
	| xhost
	| '{' lsep host_list '}' { $$ = $3; }
	;

/* pfctl parse.y host_list: a list of ipspec, so "any" and nested lists
 * are items too; pf_host_list_cat() says what "any" does to the list. */
host_list
	: host_spec lsep                { $$ = pf_host_list_cat(ctx, NULL, $1); }
	| host_list comma host_spec lsep { $$ = pf_host_list_cat(ctx, $1, $3); }
	| host_list WEIGHT NUMBER lsep  { $$ = pf_host_weight(ctx, $1, $3, @2); }
	;

/* pfctl parse.y table_host_list: addresses and nested lists, not "any" */
table_host_list
	: table_spec lsep
	| table_host_list comma table_spec lsep { $$ = pf_host_cat($1, $3); }
	| table_host_list WEIGHT NUMBER lsep { $$ = pf_host_weight(ctx, $1, $3, @2); }
	;

table_spec
	: xhost
	| '{' lsep table_host_list '}'  { $$ = $3; }
	;

xhost
	: host
	| '!' host                      { $$ = pf_host_neg($2, @1); }
	| NOROUTE                       { $$ = pf_host_kind(ctx, PF_ADDR_NOROUTE, @1); }
	| '!' NOROUTE                   { $$ = pf_host_neg(pf_host_kind(ctx, PF_ADDR_NOROUTE, @2), @1); }
	| URPFFAILED                    { $$ = pf_host_kind(ctx, PF_ADDR_URPF, @1); }
	| ROUTE STRING                  { $$ = pf_host_kind(ctx, PF_ADDR_NOROUTE, @$); $$->a.name = $2; }
	| '!' ROUTE STRING              { $$ = pf_host_kind(ctx, PF_ADDR_NOROUTE, @2); $$->a.name = $3;
					  $$ = pf_host_neg($$, @1); }
	| '!' URPFFAILED                { $$ = pf_host_neg(pf_host_kind(ctx, PF_ADDR_URPF, @2), @1); }
	;

host
	: STRING                        { $$ = pf_host_str(ctx, $1, @1); }
	| STRING '/' NUMBER             { $$ = pf_host_mask(ctx, $1, $3, @$); }
	| NUMBER '/' NUMBER             { char b[24]; snprintf(b, sizeof b, "%lld", $1);
					  $$ = pf_host_mask(ctx, b, $3, @$); }
	| STRING '-' STRING             { $$ = pf_host_range(ctx, $1, $3, @$); }
	| '<' STRING '>'                { $$ = pf_host_table(ctx, $2, @$); }
	| '(' STRING ')'                { $$ = pf_host_dyn(ctx, $2, -1, @$); }
	| '(' STRING ')' '/' NUMBER     { $$ = pf_host_dyn(ctx, $2, $5, @$); }
	| '(' STRING host ')'           { $$ = pf_host_route(ctx, $2, $3, @$); }
	;

port_spec
	: port_item
	| '{' lsep port_list '}' { $$ = $3; }
	;

port_list
	: port_item lsep
	| port_list comma port_item lsep { $$ = pf_port_cat($1, $3); }
	;

port_item
	: word                          { $$ = pf_port_item(ctx, PF_OP_NONE, $1, NULL, @$); }
	| unaryop word                  { $$ = pf_port_item(ctx, (int)$1, $2, NULL, @$); }
	| word PORTBINARY word          { $$ = pf_port_item(ctx, (int)$2, $1, $3, @$); }
	;

/* pfctl's lexer makes NE, LE and GE of "!=", "<=" and ">=" written
 * together: "! =" is two tokens and a syntax error. */
unaryop
	: '='                           { $$ = PF_OP_EQ; }
	| NE                            { $$ = PF_OP_NE; }
	| LE                            { $$ = PF_OP_LE; }
	| '<'                           { $$ = PF_OP_LT; }
	| GE                            { $$ = PF_OP_GE; }
	| '>'                           { $$ = PF_OP_GT; }
	;

id_spec
	: id_item
	| '{' lsep id_list '}'   { $$ = $3; }
	;

id_list
	: id_item lsep
	| id_list comma id_item lsep { $$ = pf_port_cat($1, $3); }
	;

id_item
	: word                          { $$ = pf_id_item(ctx, PF_OP_NONE, $1, NULL, @$); }
	| unaryop word                  { $$ = pf_id_item(ctx, (int)$1, $2, NULL, @$); }
	| word PORTBINARY word          { $$ = pf_id_item(ctx, (int)$2, $1, $3, @$); }
	;

proto_list
	: proto_item lsep
	| proto_list comma proto_item lsep { $$ = pf_item_cat($1, $3); }
	;

proto_item
	: word
	;

icmp_list
	: icmp_item lsep
	| icmp_list comma icmp_item lsep { $$ = pf_item_cat($1, $3); }
	;

icmp_item
	: word
	| word CODE word                { $$ = $1; $$->s2 = $3->s; $$->n2 = $3->n; $$->has_code = true; }
	;


/* ------------------------------------------------------------ rules */

rule
	: action rule_head fromto rule_opts { pf_rule_end(ctx, @$); }
	| ANCHOR                        { pf_rule_begin(ctx, PF_ANCHOR, @1); }
	  anchorname_opt rule_head fromto rule_opts anchor_body
	| SCRUB                         { if (!pf_freebsd_stmt(ctx, "scrub", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_SCRUB, @1); }
	  rule_head fromto scrub_plain  { pf_rule_end(ctx, @$); }
	| NO SCRUB                      { if (!pf_freebsd_stmt(ctx, "no scrub", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_NOSCRUB, @1); }
	  rule_head fromto rule_opts    { pf_rule_end(ctx, @$); }
	| xlate_action rule_head fromto rule_opts arrow_opt { pf_rule_end(ctx, @$); }
	| xanchor_action anchorname     { pf_rule_anchor_name(ctx, $2, @2); }
	  rule_head fromto rule_opts    { pf_rule_end(ctx, @$); }
	;

xlate_action
	: NAT                           { if (!pf_freebsd_stmt(ctx, "nat ... ->", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_NAT, @1); }
	| NAT PASS                      { if (!pf_freebsd_stmt(ctx, "nat pass ... ->", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_NAT, @1);
					  pf_rule_xlate_pass(ctx); }
	| NO NAT                        { if (!pf_freebsd_stmt(ctx, "no nat", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_NONAT, @1); }
	| RDR                           { if (!pf_freebsd_stmt(ctx, "rdr ... ->", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_RDR, @1); }
	| RDR PASS                      { if (!pf_freebsd_stmt(ctx, "rdr pass ... ->", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_RDR, @1);
					  pf_rule_xlate_pass(ctx); }
	| NO RDR                        { if (!pf_freebsd_stmt(ctx, "no rdr", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_NORDR, @1); }
	| BINAT                         { if (!pf_freebsd_stmt(ctx, "binat ... ->", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_BINAT, @1); }
	| BINAT PASS                    { if (!pf_freebsd_stmt(ctx, "binat pass ... ->", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_BINAT, @1);
					  pf_rule_xlate_pass(ctx); }
	| NO BINAT                      { if (!pf_freebsd_stmt(ctx, "no binat", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_NOBINAT, @1); }
	;

xanchor_action
	: NATANCHOR                     { if (!pf_freebsd_stmt(ctx, "nat-anchor", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_NATANCHOR, @1); }
	| RDRANCHOR                     { if (!pf_freebsd_stmt(ctx, "rdr-anchor", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_RDRANCHOR, @1); }
	| BINATANCHOR                   { if (!pf_freebsd_stmt(ctx, "binat-anchor", @1)) YYERROR;
					  pf_rule_begin(ctx, PF_BINATANCHOR, @1); }
	;

arrow_opt
	: %empty
	| ARROW pool port_opt pool_opts { pf_rule_arrow(ctx, $2, $3, @$); }
	;

anchorname_opt
	: %empty
	| anchorname                    { pf_rule_anchor_name(ctx, $1, @1); }
	;

anchorname
	: STRING
	;

anchor_body
	: %empty                        { pf_rule_end(ctx, @$); }
	| '{'                           { pf_anchor_open(ctx, @1); }
	  NL anchor_lines '}'           { pf_anchor_close(ctx, @5); }
	;

anchor_lines
	: %empty
	| anchor_lines NL
	| anchor_lines anchor_stmt NL   { pf_stmt_end(ctx); }
	| anchor_lines error NL         { pf_stmt_abort(ctx); yyerrok; }
	;

/* OpenBSD's parse.y (pfa_anchorlist) allows tables and include in an
 * inline anchor as well as rules.  fwlint keeps one table namespace: an
 * anchor's table is visible to the rules after it, as in the anchor. */
anchor_stmt
	: rule
	| include
	| table
	| '@' NUMBER rule
	;

action
	: PASS                          { pf_rule_begin(ctx, PF_PASS, @1); }
	| MATCH                         { pf_rule_begin(ctx, PF_MATCH, @1); }
	| BLOCK                         { pf_rule_begin(ctx, PF_BLOCK, @1); }
	  block_kind
	;

block_kind
	: %empty
	| DROP                          { pf_rule_block(ctx, PF_BLOCK_DROP, NULL, @1); }
	| RETURN                        { pf_rule_block(ctx, PF_BLOCK_RETURN, NULL, @1); }
	| RETURNRST                     { pf_rule_block(ctx, PF_BLOCK_RETURN_RST, NULL, @1); }
	| RETURNRST '(' TTL NUMBER ')'  { pf_rule_block(ctx, PF_BLOCK_RETURN_RST, pf_item_num(ctx, $4, @4), @1); }
	| RETURNICMP                    { pf_rule_block(ctx, PF_BLOCK_RETURN_ICMP, NULL, @1); }
	| RETURNICMP '(' codes ')'      { pf_rule_block(ctx, PF_BLOCK_RETURN_ICMP, $3, @1); }
	| RETURNICMP6                   { pf_rule_block(ctx, PF_BLOCK_RETURN_ICMP, NULL, @1); }
	| RETURNICMP6 '(' codes ')'     { pf_rule_block(ctx, PF_BLOCK_RETURN_ICMP, $3, @1); }
	;

codes
	: word
	| word comma word               { $$ = pf_item_cat($1, $3); }
	;

rule_head
	: dir logquick on route af proto
	;

dir
	: %empty
	| IN                            { pf_rule_dir(ctx, PF_DIR_IN); }
	| OUT                           { pf_rule_dir(ctx, PF_DIR_OUT); }
	;

logquick
	: %empty
	| log
	| QUICK                         { pf_rule_quick(ctx, @1); }
	| log QUICK                     { pf_rule_quick(ctx, @2); }
	| QUICK log                     { pf_rule_quick(ctx, @1); }
	;

log
	: LOG                           { pf_rule_log(ctx, @1); }
	| LOG '(' log_opts ')'          { pf_rule_log(ctx, @1); }
	;

log_opts
	: log_opt
	| log_opts comma log_opt
	;

log_opt
	: ALL
	| MATCHES
	| USER
	| TO STRING                     { pf_rule_opt(ctx, "log-to", pf_item_str(ctx, $2, @2), @2); }
	;

on
	: %empty
	| ON if_item                    { pf_rule_on(ctx, $2); }
	| ON '{' lsep if_list '}' { pf_rule_on(ctx, $4); }
	;

/* FreeBSD writes route-to and friends before the address family. */
route
	: %empty %prec LOWPREC
	| FASTROUTE                     { pf_rule_opt(ctx, "fastroute", NULL, @1); }
	| ROUTETO pool pool_opts { pf_rule_route(ctx, PF_RT_ROUTE_TO, $2, @1); }
	| REPLYTO pool pool_opts { pf_rule_route(ctx, PF_RT_REPLY_TO, $2, @1); }
	| DUPTO pool pool_opts { pf_rule_route(ctx, PF_RT_DUP_TO, $2, @1); }
	;

af
	: %empty
	| INET                          { pf_rule_af(ctx, 4, @1); }
	| INET6                         { pf_rule_af(ctx, 6, @1); }
	;

proto
	: %empty
	| PROTO proto_item              { pf_rule_proto(ctx, $2); }
	| PROTO '{' lsep proto_list '}' { pf_rule_proto(ctx, $4); }
	;

fromto
	: ALL
	| from os to
	;

from
	: %empty
	| FROM host_spec                { pf_rule_from(ctx, $2, NULL); }
	| FROM host_spec PORT port_spec { pf_rule_from(ctx, $2, $4); }
	| FROM PORT port_spec           { pf_rule_from(ctx, NULL, $3); }
	;

os
	: %empty
	| OS string                     { pf_rule_opt(ctx, "os", NULL, @1); }
	| OS '{' lsep word_list '}' { pf_rule_opt(ctx, "os", NULL, @1); }
	;

to
	: %empty
	| TO host_spec                  { pf_rule_to(ctx, $2, NULL); }
	| TO host_spec PORT port_spec   { pf_rule_to(ctx, $2, $4); }
	| TO PORT port_spec             { pf_rule_to(ctx, NULL, $3); }
	;

rule_opts
	: %empty
	| rule_opts rule_opt
	;

rule_opt
	: USER id_spec                  { pf_rule_ids(ctx, false, $2); }
	| GROUP id_spec                 { pf_rule_ids(ctx, true, $2); }
	| FLAGS STRING '/' STRING       { pf_rule_flags(ctx, $2, $4, false, @$); }
	| FLAGS '/' STRING              { pf_rule_flags(ctx, "", $3, false, @$); }
	| FLAGS ANY                     { pf_rule_flags(ctx, NULL, NULL, true, @$); }
	| ICMPTYPE icmp_item            { pf_rule_icmp(ctx, 4, $2); }
	| ICMPTYPE '{' lsep icmp_list '}' { pf_rule_icmp(ctx, 4, $4); }
	| ICMP6TYPE icmp_item           { pf_rule_icmp(ctx, 6, $2); }
	| ICMP6TYPE '{' lsep icmp_list '}' { pf_rule_icmp(ctx, 6, $4); }
	| TOS word                      { pf_rule_opt(ctx, "tos", $2, @$); }
	| NO STATE                      { pf_rule_state(ctx, PF_STATE_NO, @$); }
	| KEEP STATE state_opt_spec     { pf_rule_state(ctx, PF_STATE_KEEP, @$); }
	| MODULATE STATE state_opt_spec { pf_rule_state(ctx, PF_STATE_MODULATE, @$); }
	| SYNPROXY STATE state_opt_spec { pf_rule_state(ctx, PF_STATE_SYNPROXY, @$); }
	| FRAGMENT                      { pf_rule_opt(ctx, "fragment", NULL, @$); }
	| ALLOWOPTS                     { pf_rule_opt(ctx, "allow-opts", NULL, @$); }
	| LABEL string                  { pf_rule_opt(ctx, "label", pf_item_str(ctx, $2, @2), @$); }
	| QUEUE STRING                  { pf_rule_opt(ctx, "queue", pf_item_str(ctx, $2, @2), @$); }
	| QUEUE '(' STRING ')'          { pf_rule_opt(ctx, "queue", pf_item_str(ctx, $3, @3), @$); }
	| QUEUE '(' STRING comma STRING ')' { pf_rule_opt(ctx, "queue", pf_item_cat(pf_item_str(ctx, $3, @3), pf_item_str(ctx, $5, @5)), @$); }
	| TAG STRING                    { pf_rule_opt(ctx, "tag", pf_item_str(ctx, $2, @2), @$); }
	| TAGGED STRING                 { pf_rule_opt(ctx, "tagged", pf_item_str(ctx, $2, @2), @$); }
	| '!' TAGGED STRING             { pf_rule_opt(ctx, "tagged", pf_item_neg(pf_item_str(ctx, $3, @3), @1), @$); }
	| PROBABILITY word              { pf_rule_opt(ctx, "probability", $2, @$); }
	| RTABLE NUMBER                 { pf_rule_opt(ctx, "rtable", pf_item_num(ctx, $2, @2), @$); }
	| RDOMAIN NUMBER                { pf_rule_opt(ctx, "rdomain", pf_item_num(ctx, $2, @2), @$); }
	| PRIO NUMBER                   { pf_rule_opt(ctx, "prio", pf_item_num(ctx, $2, @2), @$); }
	| SET set_opt
	| SET '(' set_opt_list ')'
	| MAXPKTRATE NUMBER '/' NUMBER  { pf_rule_opt(ctx, "max-pkt-rate", NULL, @$); }
	| RECEIVEDON if_item            { pf_rule_opt(ctx, "received-on", $2, @$); }
	| '!' RECEIVEDON if_item        { pf_rule_opt(ctx, "received-on", pf_item_neg($3, @1), @$); }
	| SCRUB '(' scrub_opts ')'      { pf_rule_opt(ctx, "scrub", NULL, @$); }
	| ONCE                          { pf_rule_opt(ctx, "once", NULL, @$); }
	| RIDENTIFIER NUMBER
	| TRACKER NUMBER
	| NATTO pool port_opt pool_opts { pf_rule_xlate(ctx, PF_XL_NAT_TO, $2, $3, @1); }
	| RDRTO pool port_opt pool_opts { pf_rule_xlate(ctx, PF_XL_RDR_TO, $2, $3, @1); }
	| BINATTO pool port_opt pool_opts { pf_rule_xlate(ctx, PF_XL_BINAT_TO, $2, $3, @1); }
	| AFTO INET FROM pool pool_opts { pf_rule_afto(ctx, 4, $4, NULL, @1); }
	| AFTO INET FROM pool pool_opts TO pool pool_opts { pf_rule_afto(ctx, 4, $4, $7, @1); }
	| AFTO INET6 FROM pool pool_opts { pf_rule_afto(ctx, 6, $4, NULL, @1); }
	| AFTO INET6 FROM pool pool_opts TO pool pool_opts { pf_rule_afto(ctx, 6, $4, $7, @1); }
	| AFTO FROM pool pool_opts      { pf_rule_afto(ctx, 0, $3, NULL, @1); }
	| AFTO FROM pool pool_opts TO pool pool_opts { pf_rule_afto(ctx, 0, $3, $6, @1); }
	| ROUTETO pool pool_opts { pf_rule_route(ctx, PF_RT_ROUTE_TO, $2, @1); }
	| REPLYTO pool pool_opts { pf_rule_route(ctx, PF_RT_REPLY_TO, $2, @1); }
	| DUPTO pool pool_opts { pf_rule_route(ctx, PF_RT_DUP_TO, $2, @1); }
	| DIVERTTO host PORT port_item  { pf_rule_divert(ctx, "divert-to", $2, $4, @1); }
	| DIVERTREPLY                   { pf_rule_divert(ctx, "divert-reply", NULL, NULL, @1); }
	| DIVERTPACKET PORT port_item   { pf_rule_divert(ctx, "divert-packet", NULL, $3, @1); }
	;


set_opt_list
	: set_opt
	| set_opt_list comma set_opt
	;

set_opt
	: PRIO NUMBER                   { pf_rule_opt(ctx, "set-prio", pf_item_num(ctx, $2, @2), @$); }
	| PRIO '(' NUMBER comma NUMBER ')' { pf_rule_opt(ctx, "set-prio", pf_item_cat(pf_item_num(ctx, $3, @3), pf_item_num(ctx, $5, @5)), @$); }
	| QUEUE STRING                  { pf_rule_opt(ctx, "queue", pf_item_str(ctx, $2, @2), @$); }
	| QUEUE '(' STRING comma STRING ')' { pf_rule_opt(ctx, "queue", pf_item_cat(pf_item_str(ctx, $3, @3), pf_item_str(ctx, $5, @5)), @$); }
	| TOS word                      { pf_rule_opt(ctx, "set-tos", $2, @$); }
	| DELAY NUMBER                  { pf_rule_opt(ctx, "delay", pf_item_num(ctx, $2, @2), @$); }
	;

pool
	: host_spec
	;

port_opt
	: %empty                        { $$ = NULL; }
	| PORT port_item                { $$ = $2; }
	;

pool_opts
	: %empty
	| pool_opts pool_opt
	;

pool_opt
	: BITMASK                       { pf_rule_opt(ctx, "pool", pf_item_str(ctx, "bitmask", @1), @1); }
	| RANDOM                        { pf_rule_opt(ctx, "pool", pf_item_str(ctx, "random", @1), @1); }
	| SOURCEHASH                    { pf_rule_opt(ctx, "pool", pf_item_str(ctx, "source-hash", @1), @1); }
	| SOURCEHASH STRING             { pf_rule_opt(ctx, "pool", pf_item_cat(pf_item_str(ctx, "source-hash", @1), pf_item_str(ctx, $2, @2)), @1); }
	| ROUNDROBIN                    { pf_rule_opt(ctx, "pool", pf_item_str(ctx, "round-robin", @1), @1); }
	| LEASTSTATES                   { pf_rule_opt(ctx, "pool", pf_item_str(ctx, "least-states", @1), @1); }
	| STATICPORT                    { pf_rule_opt(ctx, "static-port", NULL, @1); }
	| STICKYADDRESS                 { pf_rule_opt(ctx, "sticky-address", NULL, @1); }
	;

state_opt_spec
	: %empty
	| '(' state_opt_list ')'        { pf_rule_opt(ctx, "state-opts", NULL, @$); }
	;

state_opt_list
	: state_opt
	| state_opt_list comma state_opt
	;

state_opt
	: MAXIMUM NUMBER                { pf_rule_opt(ctx, "max", pf_item_num(ctx, $2, @2), @$); }
	| NOSYNC                        { pf_rule_opt(ctx, "no-sync", NULL, @$); }
	| MAXSRCSTATES NUMBER           { pf_rule_opt(ctx, "max-src-states", pf_item_num(ctx, $2, @2), @$); }
	| MAXSRCCONN NUMBER             { pf_rule_opt(ctx, "max-src-conn", pf_item_num(ctx, $2, @2), @$); }
	| MAXSRCCONNRATE NUMBER '/' NUMBER { pf_rule_opt(ctx, "max-src-conn-rate", pf_item_cat(pf_item_num(ctx, $2, @2), pf_item_num(ctx, $4, @4)), @$); }
	| OVERLOAD '<' STRING '>'       { pf_rule_opt(ctx, "overload", pf_item_str(ctx, $3, @3), @$); }
	| OVERLOAD '<' STRING '>' FLUSH { pf_rule_opt(ctx, "overload", pf_item_str(ctx, $3, @3), @$); }
	| OVERLOAD '<' STRING '>' FLUSH GLOBAL { pf_rule_opt(ctx, "overload", pf_item_str(ctx, $3, @3), @$); }
	| MAXSRCNODES NUMBER            { pf_rule_opt(ctx, "max-src-nodes", NULL, @$); }
	| SOURCETRACK                   { pf_rule_opt(ctx, "source-track", NULL, @$); }
	| SOURCETRACK RULE              { pf_rule_opt(ctx, "source-track", NULL, @$); }
	| SOURCETRACK GLOBAL            { pf_rule_opt(ctx, "source-track-global", NULL, @$); }
	| IFBOUND                       { pf_rule_opt(ctx, "statelock", NULL, @$); }
	| FLOATING                      { pf_rule_opt(ctx, "statelock", NULL, @$); }
	| SLOPPY                        { pf_rule_opt(ctx, "sloppy", NULL, @$); }
	| PFLOW                         { pf_rule_opt(ctx, "pflow", NULL, @$); }
	| STRING NUMBER                 { pf_rule_opt(ctx, "timeout", pf_item_str(ctx, $1, @1), @$); }
	;

scrub_opts
	: %empty
	| scrub_opts comma scrub_opt
	;

scrub_opt
	: NODF                          { pf_rule_opt(ctx, "no-df", NULL, @$); }
	| MINTTL NUMBER                 { pf_rule_opt(ctx, "min-ttl", pf_item_num(ctx, $2, @2), @$); }
	| MAXMSS NUMBER                 { pf_rule_opt(ctx, "max-mss", pf_item_num(ctx, $2, @2), @$); }
	| SETTOS word                   { pf_rule_opt(ctx, "set-tos", $2, @$); }
	| REASSEMBLE STRING             { pf_rule_opt(ctx, "reassemble", pf_item_str(ctx, $2, @2), @$); }
	| RANDOMID                      { pf_rule_opt(ctx, "random-id", NULL, @$); }
	| FRAGMENT REASSEMBLE           { pf_rule_opt(ctx, "fragment-reassemble", NULL, @$); }
	| FRAGMENT STRING               { pf_rule_opt(ctx, "fragment-x", NULL, @$); }
	;

/* FreeBSD "scrub in all fragment reassemble no-df": options without parentheses */
scrub_plain
	: %empty
	| scrub_plain scrub_opt
	;

antispoof
	: ANTISPOOF                     { pf_rule_begin(ctx, PF_BLOCK, @1); pf_rule_opt(ctx, "antispoof", NULL, @1); }
	  antispoof_opts FOR antispoof_if { pf_rule_antispoof(ctx, $5); }
	  af antispoof_tail             { pf_rule_end(ctx, @$); }
	;

/* pfctl parse.y antispoof_ifspc: one interface or a list, each IF or (IF) */
antispoof_if
	: antispoof_item
	| '{' lsep antispoof_list '}'   { $$ = $3; }
	;

antispoof_list
	: antispoof_item lsep
	| antispoof_list comma antispoof_item lsep { $$ = pf_item_cat($1, $3); }
	;

antispoof_item
	: STRING                        { $$ = pf_item_str(ctx, $1, @1); }
	| '(' STRING ')'                { $$ = pf_item_str(ctx, $2, @2); $$->dynif = true; }
	;

antispoof_opts
	: %empty
	| log
	| QUICK                         { pf_rule_quick(ctx, @1); }
	| log QUICK                     { pf_rule_quick(ctx, @2); }
	;

antispoof_tail
	: %empty
	| antispoof_tail LABEL string   { pf_rule_opt(ctx, "label", pf_item_str(ctx, $3, @3), @2); }
	| antispoof_tail TAG STRING
	| antispoof_tail RIDENTIFIER NUMBER
	| antispoof_tail TRACKER NUMBER
	;


%%

/* "unexpected 'foo', expected ..." naming the token as written. */
static int yyreport_syntax_error(const yypcontext_t *yyctx, yyscan_t scanner,
				 struct pf_ctx *ctx)
{
	enum { MAXEXP = 5 };
	yysymbol_kind_t exp[MAXEXP];
	yysymbol_kind_t tok = yypcontext_token(yyctx);
	int n = yypcontext_expected_tokens(yyctx, exp, MAXEXP);
	char what[200], buf[600];
	size_t len;

	if (tok == YYSYMBOL_LEXERR)
		return 0; /* the scanner has said what is wrong */
	const char *text = pfy_get_text(scanner);
	if (tok == YYSYMBOL_YYEOF)
		snprintf(what, sizeof what, "end of file");
	else if (tok == YYSYMBOL_NL)
		snprintf(what, sizeof what, "end of line");
	else if (text[0] && !text[1] && ((unsigned char)text[0] < 0x20 || (unsigned char)text[0] > 0x7e))
		snprintf(what, sizeof what, "byte 0x%02x", (unsigned char)text[0]);
	else
		snprintf(what, sizeof what, "'%.60s'", text);
	len = (size_t)snprintf(buf, sizeof buf, "syntax error, unexpected %s", what);
	/* a keyword as it is written, in quotes */
	char quoted[MAXEXP][64];
	const char *names[MAXEXP];
	for (int i = 0; i < n; i++) {
		const char *kw = pf_keyword_spelling(yysymbol_name(exp[i]));
		names[i] = yysymbol_name(exp[i]);
		if (kw) {
			snprintf(quoted[i], sizeof quoted[i], "'%s'", kw);
			names[i] = quoted[i];
		}
	}
	len = syntax_append_expected(buf, sizeof buf, len, "expected", names, n,
				     SYNTAX_LIST_COMMA_OR);
	srcloc open;
	const srcloc *at = yypcontext_location(yyctx);
	if (len >= sizeof buf)
		;
	else if (tok == YYSYMBOL_YYEOF && pf_scan_open_brace(scanner, 0, &open))
		/* at the end of the file every '{' still open is the fault,
		 * an anchor's too */
		snprintf(buf + len, sizeof buf - len, " (the '{' at %d:%d is never closed)",
			 open.line, open.col);
	else if (n == 0 && tok == YYSYMBOL_NL && pf_scan_last_word(scanner)[0])
		/* too many to list (a port, an address, ...): say where */
		snprintf(buf + len, sizeof buf - len, ", expected more after '%s'",
			 pf_scan_last_word(scanner));
	else if (strcmp(yysymbol_name(tok), "'}'") == 0 && pf_scan_stray_close(scanner))
		snprintf(buf + len, sizeof buf - len, " (no '{' is open)");
	else if (pf_scan_open_brace(scanner, pf_anchor_depth(ctx), &open) && open.line < at->line)
		snprintf(buf + len, sizeof buf - len, " (the '{' at %d:%d is still open)",
			 open.line, open.col);
	pf_error(ctx, *at, "%s", buf);
	return 0;
}
