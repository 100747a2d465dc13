/* ipt_build.h - the builder that grammar/iptables.y and grammar/iptables.l
 * call.
 *
 * Nothing outside grammar/iptables.[ly] and src/frontend/iptables/ uses
 * what follows.  The grammar hands over a line as options with their
 * arguments, as the scanner split them; what they mean is decided in
 * src/frontend/iptables/.
 */
#ifndef FWLINT_IPT_BUILD_H
#define FWLINT_IPT_BUILD_H

#include <stdbool.h>
#include <stddef.h>

#include "iptables.h"
#include "srcloc.h"

struct ipt_ctx;

/* One argument of an option, as the scanner read it (quotes removed). */
typedef struct ipt_arg {
	char *s;
	srcloc loc;
	bool bang; /* a lone "!" (iptables 1.4 "-s ! addr" negation) */
} ipt_arg;

typedef struct ipt_args {
	ipt_arg *v;
	size_t n, cap;
} ipt_args;

/* A line of the input: offset and length in the buffer, without the line
 * end. */
typedef struct ipt_span {
	size_t off, len;
} ipt_span;

/* Strings and argument lists of the scanner and parser live in an arena
 * that is emptied when the scanner reads a word of the next line: by then
 * every value of the line before has been used (a line ends at NL and is
 * reduced without a lookahead).  So the grammar frees nothing.
 * ipt_strdup() is for the scanner only: it may empty the arena. */
char *ipt_strdup(struct ipt_ctx *ctx, const char *s, size_t n);
ipt_args *ipt_args_add(struct ipt_ctx *ctx, ipt_args *a, char *s, srcloc loc, bool bang);

/* The scanner tells where every line starts (line from 1). */
void ipt_line_offset(struct ipt_ctx *ctx, int line, size_t off);
/* Report an error found by the scanner or the parser. */
void ipt_syntax_error(struct ipt_ctx *ctx, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* True once IPT_MAX_ERRORS errors have been reported. */
bool ipt_gave_up(const struct ipt_ctx *ctx);

void ipt_table_begin(struct ipt_ctx *ctx, const char *name, srcloc loc);
void ipt_commit(struct ipt_ctx *ctx, srcloc loc);
/* ":NAME POLICY [pkts:bytes]"; policy and counters may be NULL. */
void ipt_chain_decl(struct ipt_ctx *ctx, const char *name, srcloc loc,
		    const char *policy, srcloc ploc,
		    const char *counters, srcloc cloc);
/* A rule line: an optional "[pkts:bytes]" prefix, then options. */
void ipt_rule_counters(struct ipt_ctx *ctx, const char *counters, srcloc loc);
/* Strings and args belong to the line arena. */
void ipt_option(struct ipt_ctx *ctx, const char *name, srcloc loc,
		bool neg, srcloc negloc, ipt_args *args);
void ipt_rule_end(struct ipt_ctx *ctx, srcloc loc, ipt_span line);
/* Forget a line that did not parse. */
void ipt_line_abort(struct ipt_ctx *ctx);
void ipt_end_of_input(struct ipt_ctx *ctx, srcloc loc);

/* Defined in grammar/iptables.l: scan and parse buf with ctx. */
void ipt_scan_and_parse(struct ipt_ctx *ctx, const char *file,
			const char *buf, size_t len);

#endif
