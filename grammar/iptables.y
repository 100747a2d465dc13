/* iptables.y - grammar of iptables-save / iptables-restore input.
 *
 * The grammar only says what a line is: a table header, a chain
 * declaration, COMMIT, or a command made of options and their arguments.
 * iptables options are getopt options whose meaning depends on the match
 * modules loaded before them (iptables-extensions(8)), so the builder
 * (ipt_build.h, src/frontend/iptables/) interprets them; every action here
 * is one call into it.
 *
 * Errors: a bad line is skipped up to its end ("error NL") and parsing goes
 * on; after IPT_MAX_ERRORS errors the scanner stops.
 */
/* Pure, with srcloc locations and custom syntax errors, like every grammar
 * here: BISONFLAGS in the GNUmakefile. */
%define api.prefix {ipty_}
%expect 0

%param {yyscan_t scanner}
%parse-param {struct ipt_ctx *ctx}

%code requires {
#include "grammar.h"
#include "ipt_build.h"
}

%code provides {
int ipty_lex(IPTY_STYPE *yylval, srcloc *yylloc, yyscan_t scanner);
}

%code {
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* flex's accessor for the text of the last token (the lookahead when an
 * error is found); declared here because the scanner header needs ours. */
char *ipty_get_text(yyscan_t scanner);

static void ipty_error(srcloc *loc, yyscan_t scanner, struct ipt_ctx *ctx, const char *msg)
{
	(void)scanner;
	ipt_syntax_error(ctx, *loc, "%s", msg);
}
}

%union {
	char *str;
	ipt_args *args;
	ipt_span span;
}

%token <span> NL        "end of line"
%token <str>  TABLE     "table"
%token <str>  CHAIN     "chain declaration"
%token        COMMIT    "'COMMIT'"
%token <str>  COUNTERS  "'[packets:bytes]'"
%token <str>  OPTION    "option"
%token        NOT       "'!' before an option"
%token        BANG      "'!'"
%token <str>  WORD      "argument"
%token        LEXERR    "invalid input"

%type <args> args

/* <str> and <args> values live in the builder's line arena
 * (ipt_strdup): nothing to free, in actions or in error recovery. */

%%

input
	: %empty
	| input line
	;

line
	: NL
	| TABLE NL                      { ipt_table_begin(ctx, $1, @1); }
	| CHAIN NL                      { ipt_chain_decl(ctx, $1, @1, NULL, @1, NULL, @1); }
	| CHAIN WORD NL                 { ipt_chain_decl(ctx, $1, @1, $2, @2, NULL, @2); }
	| CHAIN COUNTERS NL             { ipt_chain_decl(ctx, $1, @1, NULL, @1, $2, @2); }
	| CHAIN WORD COUNTERS NL        { ipt_chain_decl(ctx, $1, @1, $2, @2, $3, @3); }
	| COMMIT NL                     { ipt_commit(ctx, @1); }
	| options NL                    { ipt_rule_end(ctx, @1, $2); }
	| counters options NL           { ipt_rule_end(ctx, @1, $3); }
	| error NL                      { ipt_line_abort(ctx); yyerrok; }
	;

counters
	: COUNTERS                      { ipt_rule_counters(ctx, $1, @1); }
	;

options
	: option
	| options option
	;

option
	: OPTION args                   { ipt_option(ctx, $1, @1, false, @1, $2); }
	| NOT OPTION args               { ipt_option(ctx, $2, @2, true, @1, $3); }
	;

args
	: %empty                        { $$ = NULL; }
	| args WORD                     { $$ = ipt_args_add(ctx, $1, $2, @2, false); }
	| args COUNTERS                 { $$ = ipt_args_add(ctx, $1, $2, @2, false); }
	| args BANG                     { $$ = ipt_args_add(ctx, $1, NULL, @2, true); }
	;

%%

/* "unexpected 'foo', expected an option or end of line": name the token as
 * written when it has text, else by its kind. */
static int yyreport_syntax_error(const yypcontext_t *yyctx, yyscan_t scanner,
				 struct ipt_ctx *ctx)
{
	enum { MAXEXP = 4 };
	yysymbol_kind_t exp[MAXEXP];
	yysymbol_kind_t tok = yypcontext_token(yyctx);
	int n = yypcontext_expected_tokens(yyctx, exp, MAXEXP);
	char what[200], buf[600];
	size_t len;

	if (tok == YYSYMBOL_LEXERR)
		return 0; /* the scanner has said what is wrong */
	if (tok == YYSYMBOL_YYEOF)
		snprintf(what, sizeof what, "end of file");
	else if (tok == YYSYMBOL_NL)
		snprintf(what, sizeof what, "end of line");
	else
		snprintf(what, sizeof what, "'%.60s'", ipty_get_text(scanner));
	len = (size_t)snprintf(buf, sizeof buf, "unexpected %s", what);
	if (n == 0) /* too many to list: at the start of a line */
		snprintf(buf + len, sizeof buf - len,
			 ", expected a command such as '-A CHAIN', '*table', ':CHAIN POLICY' or 'COMMIT'");
	const char *names[MAXEXP];
	for (int i = 0; i < n; i++)
		names[i] = exp[i] == YYSYMBOL_YYEOF ? "end of file" : yysymbol_name(exp[i]);
	syntax_append_expected(buf, sizeof buf, len, "expected", names, n, SYNTAX_LIST_COMMA_OR);
	ipt_syntax_error(ctx, *yypcontext_location(yyctx), "%s", buf);
	return 0;
}
