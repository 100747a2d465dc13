/* topo_build.h - the builder that grammar/topology.y calls (private to the
 * topology module: only the grammar and src/topology/ include it).
 *
 * Like jq's gen_* functions: every grammar action is one call here.  The
 * builder records what the file says (names as written, with locations)
 * and checks what one statement alone can tell (a port out of range, an
 * unknown format word); names are resolved later, in topo.c, once every
 * statement has been read, so that they may be used before they are
 * declared.  Every function takes ownership of the strings and lists it
 * is given.
 */
#ifndef FWLINT_TOPO_BUILD_H
#define FWLINT_TOPO_BUILD_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "srcloc.h"
#include "topo.h"

/* A topology file stops being read after this many errors: past it, later
 * errors are mostly echoes of the first ones. */
#define TOPO_MAX_ERRORS 20

/* A list of names or addresses as written. */
typedef struct tb_item {
	char *s;
	srcloc loc;
} tb_item;

typedef struct tb_list {
	tb_item *v;
	size_t n, cap;
} tb_list;

tb_list *tb_list_new(char *s, const srcloc *loc);
tb_list *tb_list_push(tb_list *l, char *s, const srcloc *loc);
void tb_list_free(tb_list *l);

/* What the builder keeps beside the topology until names are resolved
 * (parallel to the topology's arrays). */
typedef struct tb_raw_clients {
	tb_list *from, *to;
	srcloc scenario_loc;
} tb_raw_clients;

typedef struct tb_raw_conn {
	tb_list *sites, *via;
	srcloc kind_loc;
} tb_raw_conn;

/* The zone names of one "address" statement of a server. */
typedef struct tb_raw_pub {
	int server;
	size_t pub;         /* index into the server's pub */
	tb_list *zones;
} tb_raw_pub;

typedef struct tb_raw_fw {
	tb_item host;       /* s == NULL: no host line */
	tb_list ifzone;     /* the zone name of each interface */
	bool has_file;
} tb_raw_fw;

/* An unknown name met while names are resolved: one error for each name,
 * at its first use, that lists the others (topo.c). */
typedef struct tb_unknown {
	char *name;
	char *msg;          /* for the first use */
	srcloc loc;
	srcloc *also;       /* the later uses */
	size_t nalso;
} tb_unknown;

typedef struct topo_build {
	topo *t;
	diag_list *diags;
	const char *file;   /* the file being read (owned by t->files) */
	int line, col;      /* the scanner's position */
	/* The last two tokens scanned (white space and comments are not
	 * tokens): at a syntax error the last is the parser's lookahead and
	 * the one before it ends where a missing ';' belongs.  prev2_loc is
	 * what prev_loc was, for tb_lex_rewind. */
	srcloc tok_loc, prev_loc, prev2_loc;
	char tok_text[48];  /* the last token as written, cut to fit */
	char prev_text[48], prev2_text[48];
	bool after_cr;      /* the last byte scanned was a CR (see tb_lex_step) */
	bool is_ruleset;
	int nerrors;        /* in this file */
	int nsyntax;        /* scanner and parser errors, in every file */
	int nerrors_total;
	bool gave_up;

	int cur_site, cur_fw, cur_iface, cur_port;
	bool seen_exchange, seen_ruleset;
	srcloc exchange_loc;

	tb_raw_clients *rclients;  size_t capr_clients;
	tb_raw_conn *rconn;        size_t capr_conn;
	tb_raw_fw *rfw;            size_t capr_fw;
	bool *addr_ok;             size_t capr_srv;
	tb_raw_pub *rpub;          size_t nrpub, capr_pub;
	tb_unknown *unknown;       size_t nunknown, capunknown;
} topo_build;

void tb_init(topo_build *b, topo *t, diag_list *diags);
void tb_fini(topo_build *b);
/* Read one file (a topology, or a ruleset when is_ruleset) from memory. */
void tb_parse(topo_build *b, const char *file, const char *data, size_t len,
	      bool is_ruleset);

/* Scanner support. */
srcloc tb_start_loc(const topo_build *b);
void tb_lex_step(topo_build *b, srcloc *loc, const char *text, size_t n);
void tb_lex_rewind(topo_build *b, const srcloc *loc);
/* A flex fatal error: a bug, reported and aborted on. */
_Noreturn void tb_lex_fatal(const char *msg);
/* Report an error; returns true once the error cap is reached. */
bool tb_error(topo_build *b, const srcloc *loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The same, for an error that leaves the statement structure unknown (the
 * scanner's and the parser's): names are then not resolved, to avoid a
 * cascade of "unknown name" errors. */
bool tb_lex_error(topo_build *b, const srcloc *loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void tb_syntax_error(topo_build *b, const srcloc *loc, const char *msg);

/* What the parser knows at a syntax error, for tb_syntax_report() to word
 * it (fwlint-topology(5), DIAGNOSTICS). */
typedef struct tb_syntax {
	const srcloc *loc;      /* the unexpected token's */
	bool eof;               /* it is the end of the file */
	bool keyword;           /* it is a reserved word */
	bool name;              /* it is a name (a possibly misspelt word) */
	bool stmt_start;        /* a statement may begin here */
	const char *const *expected; /* what fits, as the grammar names it:
				      * "';'", "name", "zone" */
	size_t nexpected;
	const char *const *keywords; /* the reserved words among expected */
	size_t nkeywords;
} tb_syntax;
/* "expected ';' before 'zone'" just after the previous token when a ';'
 * (or '{', '}') is what is missing; "unknown statement 'zon' (did you
 * mean 'zone'?)"; else "unexpected X, expected A, B or C", with a "did
 * you mean" for a name that is near an expected keyword. */
void tb_syntax_report(topo_build *b, const tb_syntax *s);
/* After error recovery: forget the half-read statement.  Returns true when
 * the parse should stop (the error cap). */
bool tb_recover(topo_build *b);
/* A quoted string token: the text without quotes, \\ and \" unescaped. */
char *tb_unquote(const char *text, size_t n);

/* Topology statements. */
int tb_version(topo_build *b, char *num, char *sp, const srcloc *loc);
void tb_exchange(topo_build *b, int version, const srcloc *loc);
/* "exchange 4.0 sp4": the version spans the number and the service pack. */
void tb_exchange_sp(topo_build *b, char *num, const srcloc *nloc, char *sp,
		    const srcloc *sploc);
void tb_ruleset(topo_build *b, char *name, const srcloc *loc);
void tb_zone(topo_build *b, char *name, const srcloc *nloc, tb_list *addrs,
	     const srcloc *loc);
void tb_site_begin(topo_build *b, char *name, const srcloc *loc);
void tb_site_end(topo_build *b);
void tb_server(topo_build *b, char *name, const srcloc *nloc, char *addr,
	       const srcloc *aloc);
void tb_server_port(topo_build *b, char *kind, const srcloc *kloc, char *num,
		    const srcloc *numloc);
void tb_server_addr(topo_build *b, char *kind, const srcloc *kloc, char *addr,
		    const srcloc *aloc, tb_list *zones);
void tb_clients(topo_build *b, char *scenario, const srcloc *sloc,
		char *variant, const srcloc *vloc, tb_list *from, tb_list *to,
		const srcloc *loc);
void tb_smtp(topo_build *b, char *dir, const srcloc *dloc, tb_list *from,
	     tb_list *to, const srcloc *loc);
void tb_connector(topo_build *b, char *kind, const srcloc *kloc, tb_list *sites,
		  tb_list *via, const srcloc *loc);
void tb_fw_begin(topo_build *b, char *name, const srcloc *loc);
void tb_fw_end(topo_build *b);
void tb_fw_file(topo_build *b, char *file, const srcloc *floc, char *format,
		const srcloc *fmtloc);
void tb_iface(topo_build *b, char *name, const srcloc *nloc, char *zone,
	      const srcloc *zloc);
void tb_iface_acl(topo_build *b, bool out, char *acl, const srcloc *loc);
void tb_iface_addr(topo_build *b, char *kind, const srcloc *kloc,
		   tb_list *addrs);
void tb_fw_host(topo_build *b, char *server, const srcloc *loc);

/* Ruleset statements. */
char *tb_scenario(topo_build *b, const char *prefix, char *word);
void tb_need(topo_build *b, char *scenario, const srcloc *sloc, char *variant,
	     const srcloc *vloc, bool reverse, int proto, char *port,
	     const srcloc *ploc, char *label, int since, const srcloc *loc);
void tb_port_begin(topo_build *b, char *name, const srcloc *loc);
void tb_port_dynamic(topo_build *b, const srcloc *loc);
void tb_port_default(topo_build *b, char *num, const srcloc *loc);
void tb_port_since(topo_build *b, int version, const srcloc *loc);
void tb_port_kb(topo_build *b, char *kb, const srcloc *loc);
void tb_port_registry(topo_build *b, char *key, char *value, const srcloc *loc);
void tb_port_end(topo_build *b);

#endif
