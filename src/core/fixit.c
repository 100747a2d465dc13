/* fixit.c - the list of fix-its and what the format writers share
 * (fixit.h).  The writers themselves are the front ends' (frontend.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixit.h"
#include "xalloc.h"

void fixit_list_init(fixit_list *l)
{
	memset(l, 0, sizeof *l);
}

void fixit_list_free(fixit_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].file);
		free(l->v[i].text);
		free(l->v[i].command);
	}
	free(l->v);
	fixit_list_init(l);
}

fixit *fixit_add(fixit_list *l, const char *file, int line, const char *text,
		 const char *command)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	fixit *x = &l->v[l->n++];
	x->file = xstrdup(file);
	x->line = line;
	x->text = xstrdup(text);
	x->command = command ? xstrdup(command) : NULL;
	return x;
}

static bool same_fixit(const fixit *a, const fixit *b)
{
	return a->line == b->line && strcmp(a->file, b->file) == 0 &&
	       strcmp(a->text, b->text) == 0;
}

void fixit_list_move(fixit_list *to, fixit_list *from)
{
	to->v = xgrow(to->v, &to->cap, to->n + from->n, sizeof *to->v);
	for (size_t i = 0; i < from->n; i++) {
		bool dup = false;
		for (size_t k = 0; k < to->n && !dup; k++)
			dup = same_fixit(&to->v[k], &from->v[i]);
		if (!dup) {
			to->v[to->n++] = from->v[i];
			continue;
		}
		free(from->v[i].file);
		free(from->v[i].text);
		free(from->v[i].command);
	}
	free(from->v);
	fixit_list_init(from);
}

size_t fixit_cidrs(u128 lo, u128 hi, u128 *base, int *len, size_t cap)
{
	size_t n = 0;
	bool v4 = addr_is_v4(lo) && addr_is_v4(hi);
	for (;;) {
		/* The largest block that starts at lo and ends by hi. */
		int bits = 0;
		while (bits < 128) {
			u128 size = (u128)1 << bits; /* the next size up is 2 << bits */
			if (bits == 127 || (lo & ((size << 1) - 1)) != 0 ||
			    hi - lo < (size << 1) - 1)
				break;
			bits++;
		}
		if (bits == 127 && lo == 0 && hi == U128_MAX)
			bits = 128;
		if (n < cap) {
			base[n] = lo;
			len[n] = v4 ? 32 - bits : 128 - bits;
		}
		n++;
		if (bits == 128)
			break;
		u128 last = lo + (((u128)1 << bits) - 1);
		if (last >= hi)
			break;
		lo = last + 1;
	}
	return n;
}

char *fixit_cidr_list(const ivset *s, const char *sep, bool bare)
{
	size_t cap = 64, n = 0;
	char *out = xmalloc(cap);
	out[0] = '\0';
	for (size_t i = 0; i < s->n; i++) {
		size_t nb = fixit_cidrs(s->v[i].lo, s->v[i].hi, NULL, NULL, 0);
		u128 *base = xcalloc(nb, sizeof *base);
		int *len = xcalloc(nb, sizeof *len);
		fixit_cidrs(s->v[i].lo, s->v[i].hi, base, len, nb);
		bool v4 = addr_is_v4(s->v[i].lo);
		for (size_t k = 0; k < nb; k++) {
			char a[64];
			fmt_addr(base[k], a, 48);
			size_t need = n + strlen(sep) + strlen(a) + 8;
			if (need > cap) {
				cap = 2 * need;
				out = xrealloc(out, cap);
			}
			n += (size_t)sprintf(out + n, "%s%s", n ? sep : "", a);
			if (!bare || len[k] != (v4 ? 32 : 128))
				n += (size_t)sprintf(out + n, "/%d", len[k]);
		}
		free(base);
		free(len);
	}
	return out;
}

bool fixit_any_addr(const ivset *s, int family)
{
	if (family == 4)
		for (size_t i = 0; i < s->n; i++)
			if (s->v[i].lo <= PSET_V4_LO && s->v[i].hi >= PSET_V4_HI)
				return true;
	if (family == 6) {
		/* Every IPv6 address: the whole range but the IPv4-mapped block. */
		u128 need = 0;
		for (size_t i = 0; i < s->n; i++) {
			if (s->v[i].lo > need)
				return false;
			if (s->v[i].hi >= need)
				need = s->v[i].hi + 1;
			if (need == PSET_V4_LO)
				need = PSET_V4_HI + 1;
			if (s->v[i].hi == U128_MAX)
				return true;
		}
		return false;
	}
	return s->n == 1 && s->v[0].lo == 0 && s->v[0].hi == U128_MAX;
}

bool fixit_any_port(const ivset *s)
{
	return s->n == 1 && s->v[0].lo == 0 && s->v[0].hi == 65535;
}

bool fixit_any_proto(const ivset *s)
{
	return s->n == 1 && s->v[0].lo == 0 && s->v[0].hi == 255;
}

static int ivset_family(const ivset *s)
{
	bool v4 = false, v6 = false;
	for (size_t i = 0; i < s->n; i++) {
		if (s->v[i].lo < PSET_V4_LO || s->v[i].hi > PSET_V4_HI)
			v6 = true;
		if (s->v[i].hi >= PSET_V4_LO && s->v[i].lo <= PSET_V4_HI)
			v4 = true;
	}
	return v4 && v6 ? 0 : v4 ? 4 : 6;
}

int fixit_term_family(const pset_term *t)
{
	int a = ivset_family(&t->src), b = ivset_family(&t->dst);
	if (a == b)
		return a;
	return a == 0 ? b : b == 0 ? a : 0;
}

ivset fixit_family_part(const ivset *s, int family)
{
	ivset out = { xcalloc(s->n * 2 + 1, sizeof *out.v), 0 };
	for (size_t i = 0; i < s->n; i++) {
		u128 lo = s->v[i].lo, hi = s->v[i].hi;
		if (family == 0) {
			out.v[out.n++] = s->v[i];
		} else if (family == 4) {
			if (hi >= PSET_V4_LO && lo <= PSET_V4_HI)
				out.v[out.n++] = (ivl){ lo < PSET_V4_LO ? PSET_V4_LO : lo,
							hi > PSET_V4_HI ? PSET_V4_HI : hi };
		} else {
			if (lo < PSET_V4_LO)
				out.v[out.n++] = (ivl){ lo, hi < PSET_V4_LO ? hi : PSET_V4_LO - 1 };
			if (hi > PSET_V4_HI)
				out.v[out.n++] = (ivl){ lo > PSET_V4_HI ? lo : PSET_V4_HI + 1, hi };
		}
	}
	return out;
}
