/* iftab.c - interface names as small integers (see iftab.h).
 *
 * Before freezing, t->name collects names and patterns as given.  Freezing
 * turns every pattern "p+" into a synthetic member of the same spelling,
 * adds "" (id 0), sorts bytewise and drops duplicates.  Every string that
 * begins with p sorts into one contiguous block, and "p+" begins with p, so
 * the synthetic member lands inside the block it belongs to; nested
 * prefixes ("eth+", "eth1+") nest their blocks the same way.
 *
 * The pattern "+" (iptables: any interface) needs no synthetic member: id 0
 * already stands for every interface that nothing names, and its block is
 * the whole table.
 */
#include "iftab.h"

#include "xalloc.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

void iftab_init(iftab *t)
{
	*t = (iftab){0};
}

void iftab_free(iftab *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->name[i]);
	free(t->name);
	free(t->synthetic);
	*t = (iftab){0};
}

static bool is_pattern(const char *s)
{
	size_t len = strlen(s);
	return len && s[len - 1] == '+';
}

void iftab_add(iftab *t, const char *name_or_pattern)
{
	/* Ids are handed out at freeze time and must stay stable after. */
	assert(!t->frozen);
	if (t->frozen || strcmp(name_or_pattern, "+") == 0)
		return;
	t->name = xgrow(t->name, &t->cap, t->n + 1, sizeof(*t->name));
	t->name[t->n++] = xstrdup(name_or_pattern);
}

static int cmp_name(const void *a, const void *b)
{
	/* strcmp compares as unsigned char: a bytewise order, which is what
	 * makes prefix blocks contiguous. */
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void iftab_freeze(iftab *t)
{
	if (t->frozen)
		return;
	t->name = xgrow(t->name, &t->cap, t->n + 1, sizeof(*t->name));
	t->name[t->n++] = xstrdup("");
	qsort(t->name, t->n, sizeof(*t->name), cmp_name);
	size_t w = 0;
	for (size_t i = 0; i < t->n; i++) {
		if (w && strcmp(t->name[w - 1], t->name[i]) == 0) {
			free(t->name[i]);
			continue;
		}
		t->name[w++] = t->name[i];
	}
	/* Ids are 16 bits.  A table that needs more is not a real device;
	 * the names past the limit become "other" (id 0). */
	while (w > (size_t)IFTAB_MAX + 1)
		free(t->name[--w]);
	t->n = w;
	t->synthetic = xcalloc(t->n ? t->n : 1, sizeof(*t->synthetic));
	for (size_t i = 0; i < t->n; i++)
		t->synthetic[i] = is_pattern(t->name[i]);
	t->frozen = true;
}

/* The first id whose name is >= key. */
static size_t lower_bound(const iftab *t, const char *key)
{
	size_t lo = 0, hi = t->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(t->name[mid], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

uint16_t iftab_id(const iftab *t, const char *name)
{
	if (!t->frozen)
		return 0;
	size_t i = lower_bound(t, name);
	return i < t->n && strcmp(t->name[i], name) == 0 ? (uint16_t)i : 0;
}

/* An exact name: its id, or false when the table does not have it (every
 * name a rule or the topology uses must be added before freezing, so an
 * unknown one is a caller's mistake, not "id 0").  "p+": the block of names
 * beginning with p, its synthetic member included.  "+": every id. */
bool iftab_range(const iftab *t, const char *pattern, uint16_t *lo,
		 uint16_t *hi)
{
	if (!t->frozen || t->n == 0)
		return false;
	size_t len = strlen(pattern);
	if (len == 0) /* "" is id 0's spelling, not a name anything uses */
		return false;
	if (!is_pattern(pattern)) {
		size_t i = lower_bound(t, pattern);
		if (i >= t->n || strcmp(t->name[i], pattern) != 0 ||
		    t->synthetic[i])
			return false;
		*lo = *hi = (uint16_t)i;
		return true;
	}
	size_t plen = len - 1;
	if (plen == 0) {
		*lo = 0;
		*hi = (uint16_t)(t->n - 1);
		return true;
	}
	size_t first = 0, i = 0;
	/* The block starts at the first name >= p; it holds every name that
	 * begins with p, and ends before the first that does not. */
	char *prefix = xstrndup(pattern, plen);
	first = lower_bound(t, prefix);
	free(prefix);
	for (i = first; i < t->n && strncmp(t->name[i], pattern, plen) == 0;)
		i++;
	if (i == first)
		return false;
	*lo = (uint16_t)first;
	*hi = (uint16_t)(i - 1);
	return true;
}

const char *iftab_name(const iftab *t, uint16_t id)
{
	if (id == 0 || id >= t->n)
		return "other";
	return t->name[id];
}
