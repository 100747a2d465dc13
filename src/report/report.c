/* report.c - the report model: suites, test cases, diagnostics (report.h). */
#include "report.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "topo.h"
#include "xalloc.h"

void report_init(report *r)
{
	memset(r, 0, sizeof *r);
	diag_list_init(&r->diags);
	r->fail_on = DIAG_ERROR;
}

void report_free(report *r)
{
	for (size_t i = 0; i < r->nsuite; i++) {
		free(r->suite[i].name);
		free(r->suite[i].file);
	}
	for (size_t i = 0; i < r->ncase; i++) {
		free(r->tcase[i].classname);
		free(r->tcase[i].name);
	}
	free(r->suite);
	free(r->tcase);
	free(r->case_index);
	free(r->hidden);
	diag_list_free(&r->diags);
	if (r->flows) {
		flow_list_free(r->flows);
		free(r->flows);
	}
	topo_free(r->topo);
	memset(r, 0, sizeof *r);
}

int report_suite(report *r, const char *name, const char *file)
{
	if (r->nsuite >= INT_MAX)
		return -1;
	r->suite = xgrow(r->suite, &r->capsuite, r->nsuite + 1, sizeof *r->suite);
	rsuite *s = &r->suite[r->nsuite];
	s->name = xstrdup(name ? name : "");
	s->file = file ? xstrdup(file) : NULL;
	return (int)r->nsuite++;
}

/* FNV-1a over classname, a NUL, then name: the NUL keeps "a"+"bc" apart
 * from "ab"+"c". */
static size_t case_hash(const char *classname, const char *name)
{
	uint64_t h = fnv1a_str(fnv1a_byte(fnv1a_str(FNV1A_INIT, classname), 0), name);
	return (size_t)(h ^ (h >> 32));
}

/* The slot of classname+name in the index: where it is, or the empty slot
 * where it would go.  The index is never full (load <= 1/2). */
static size_t case_slot(const report *r, const char *classname, const char *name)
{
	size_t mask = r->case_index_cap - 1;
	size_t i = case_hash(classname, name) & mask;
	for (;;) {
		size_t v = r->case_index[i];
		if (v == 0)
			return i;
		const rcase *c = &r->tcase[v - 1];
		if (!strcmp(c->classname, classname) && !strcmp(c->name, name))
			return i;
		i = (i + 1) & mask;
	}
}

static void case_index_grow(report *r)
{
	size_t cap = r->case_index_cap ? r->case_index_cap * 2 : 64;
	free(r->case_index);
	r->case_index = xcalloc(cap, sizeof *r->case_index);
	r->case_index_cap = cap;
	for (size_t k = 0; k < r->ncase; k++) {
		size_t i = case_slot(r, r->tcase[k].classname, r->tcase[k].name);
		r->case_index[i] = k + 1;
	}
}

int report_find_case(const report *r, const char *classname, const char *name)
{
	if (!r->case_index_cap || !classname || !name)
		return -1;
	size_t v = r->case_index[case_slot(r, classname, name)];
	return v ? (int)(v - 1) : -1;
}

int report_case(report *r, int suite, const char *classname, const char *name)
{
	if (suite < 0 || (size_t)suite >= r->nsuite || r->ncase >= INT_MAX)
		return -1;
	if (!classname)
		classname = "";
	if (!name)
		name = "";
	int found = report_find_case(r, classname, name);
	if (found >= 0)
		return found;
	if ((r->ncase + 1) * 2 > r->case_index_cap)
		case_index_grow(r);
	r->tcase = xgrow(r->tcase, &r->capcase, r->ncase + 1, sizeof *r->tcase);
	rcase *c = &r->tcase[r->ncase];
	c->suite = suite;
	c->classname = xstrdup(classname);
	c->name = xstrdup(name);
	r->case_index[case_slot(r, classname, name)] = r->ncase + 1;
	return (int)r->ncase++;
}

/* A missing string sorts before every present one. */
static int cmp_opt_str(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int cmp_diag(const diag *a, const diag *b)
{
	int c = cmp_opt_str(a->file, b->file);
	if (c)
		return c;
	if (a->loc.line != b->loc.line)
		return a->loc.line < b->loc.line ? -1 : 1;
	if (a->loc.col != b->loc.col)
		return a->loc.col < b->loc.col ? -1 : 1;
	c = cmp_opt_str(a->check, b->check);
	if (c)
		return c;
	return cmp_opt_str(a->msg, b->msg);
}

/* Bottom-up merge sort of indexes: stable, O(n log n) and no qsort_r,
 * whose signature differs between glibc and the BSDs. */
static void sort_indexes(const diag *v, size_t *idx, size_t n)
{
	size_t *tmp = xmalloc(n * sizeof *tmp);
	size_t *src = idx, *dst = tmp;
	for (size_t w = 1; w < n; w *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * w) {
			size_t mid = lo + w < n ? lo + w : n;
			size_t hi = mid + w < n ? mid + w : n;
			size_t i = lo, j = mid, k = lo;
			while (i < mid && j < hi)
				dst[k++] = cmp_diag(&v[src[j]], &v[src[i]]) < 0 ?
					src[j++] : src[i++];
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
		}
		size_t *t = src;
		src = dst;
		dst = t;
		if (w > SIZE_MAX / 2)
			break;
	}
	if (src != idx)
		memcpy(idx, src, n * sizeof *idx);
	free(tmp);
}

void report_sort(report *r)
{
	size_t n = r->diags.n;
	if (n < 2)
		return;
	size_t *idx = xmalloc(n * sizeof *idx);
	for (size_t i = 0; i < n; i++)
		idx[i] = i;
	sort_indexes(r->diags.v, idx, n);

	/* Moving a record is safe: loc.file points at the record's own heap
	 * string, not into the record. */
	diag *v = xmalloc(r->diags.cap * sizeof *v);
	for (size_t i = 0; i < n; i++)
		v[i] = r->diags.v[idx[i]];
	free(r->diags.v);
	r->diags.v = v;
	free(idx);
}
