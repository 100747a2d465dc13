/* srcloc.h - one source location type shared by every grammar and IR node.
 *
 * Modelled on dtc's srcpos.h: a file name, the first line and column and the
 * last line and column of a construct.  Lines and columns count from 1.  The
 * file name is not owned by the location; it belongs to the object that read
 * the file (an ir_ruleset or a topology) and lives as long as it does.
 */
#ifndef FWLINT_SRCLOC_H
#define FWLINT_SRCLOC_H

typedef struct srcloc {
	const char *file;
	int line, col;         /* first character */
	int end_line, end_col; /* last character (inclusive) */
} srcloc;

#define SRCLOC_NONE ((srcloc){ 0, 0, 0, 0, 0 })

static inline srcloc srcloc_span(srcloc a, srcloc b)
{
	srcloc r = a;
	r.end_line = b.end_line;
	r.end_col = b.end_col;
	return r;
}

#endif
