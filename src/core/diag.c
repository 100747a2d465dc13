/* diag.c - diagnostic records (see diag.h). */
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void diag_list_init(diag_list *l)
{
	memset(l, 0, sizeof *l);
}

void diag_list_free(diag_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		diag_free(&l->v[i]);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

diag *diag_addv(diag_list *l, enum diag_level level, const char *check,
		srcloc loc, const char *fmt, va_list ap)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	diag *d = &l->v[l->n++];
	memset(d, 0, sizeof *d);
	d->level = level;
	d->check = check;
	d->file = loc.file ? xstrdup(loc.file) : NULL;
	d->loc = loc;
	d->loc.file = d->file;
	d->tcase = -1;

	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	d->msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	vsnprintf(d->msg, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
	if (n > DIAG_MAX_MSG) {
		/* A message quotes what was written, and a word can be 10 MB
		 * long: one finding line stays readable.  Cut at a UTF-8
		 * character boundary, and say so. */
		size_t k = DIAG_MAX_MSG;
		while (k > 0 && ((unsigned char)d->msg[k] & 0xC0) == 0x80)
			k--;
		memcpy(d->msg + k, "...", 4);
	}

	if (level == DIAG_ERROR)
		l->nerror++;
	else if (level == DIAG_WARNING)
		l->nwarning++;
	return d;
}

diag *diag_add(diag_list *l, enum diag_level level, const char *check,
	       srcloc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag *d = diag_addv(l, level, check, loc, fmt, ap);
	va_end(ap);
	return d;
}

diag *diag_error(diag_list *l, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag *d = diag_addv(l, DIAG_ERROR, NULL, loc, fmt, ap);
	va_end(ap);
	return d;
}

diag *diag_note(diag_list *l, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag *d = diag_addv(l, DIAG_NOTE, NULL, loc, fmt, ap);
	va_end(ap);
	return d;
}

void diag_set_example(diag *d, const packet *p, const char *formatted)
{
	d->has_packet = true;
	d->pkt = *p;
	free(d->example);
	d->example = xstrdup(formatted);
}

void diag_set_excess(diag *d, const char *summary)
{
	free(d->excess);
	d->excess = xstrdup(summary);
}

void diag_add_related(diag *d, srcloc loc, const char *fmt, ...)
{
	if (!loc.file)
		return;
	d->related = xrealloc(d->related, (d->nrelated + 1) * sizeof *d->related);
	diag_related *r = &d->related[d->nrelated++];
	r->file = xstrdup(loc.file);
	r->loc = loc;
	r->loc.file = r->file;
	va_list ap;
	va_start(ap, fmt);
	r->msg = xvasprintf(fmt, ap);
	va_end(ap);
}

void diag_free(diag *d)
{
	free(d->file);
	free(d->msg);
	free(d->example);
	free(d->excess);
	for (size_t i = 0; i < d->nrelated; i++) {
		free(d->related[i].file);
		free(d->related[i].msg);
	}
	free(d->related);
	free(d->fingerprint);
	fixit_list_free(&d->fixes);
	memset(d, 0, sizeof *d);
}

const char *diag_level_name(enum diag_level l)
{
	switch (l) {
	case DIAG_NOTE: return "note";
	case DIAG_WARNING: return "warning";
	case DIAG_ERROR: return "error";
	}
	return "?";
}

void diag_list_move(diag_list *to, diag_list *from)
{
	if (from->n == 0) {
		diag_list_free(from);
		return;
	}
	/* Exactly what is needed: the lists moved are a file's findings,
	 * hundreds of thousands in a large dump, and the last ones. */
	if (to->cap < to->n + from->n) {
		to->v = xrealloc(to->v, (to->n + from->n) * sizeof *to->v);
		to->cap = to->n + from->n;
	}
	memcpy(to->v + to->n, from->v, from->n * sizeof *from->v);
	to->n += from->n;
	to->nerror += from->nerror;
	to->nwarning += from->nwarning;
	free(from->v);
	memset(from, 0, sizeof *from);
}
