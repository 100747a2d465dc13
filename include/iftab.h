/* iftab.h - interface names as small integers, so that an interface is an
 * interval field of a packet box.
 *
 * Names are sorted, so that every name with a given prefix forms one
 * contiguous block: an iptables wildcard "eth+" (iptables(8): "If the
 * interface name ends in a '+', then any interface which begins with this
 * name will match") is then one interval.  For every wildcard prefix p the
 * table holds a synthetic member standing for "an interface whose name
 * starts with p and that no rule or topology names"; id 0 stands for "an
 * interface that nothing names" (and for "no interface", as on INPUT's
 * egress).  Every id therefore stands for a non-empty class of real names,
 * which is what keeps the algebra exact.
 */
#ifndef FWLINT_IFTAB_H
#define FWLINT_IFTAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct iftab {
	char **name;   /* name[id]; a synthetic prefix member is "p+", id 0 is "" */
	bool *synthetic;
	size_t n, cap;
	bool frozen;
} iftab;

void iftab_init(iftab *t);
void iftab_free(iftab *t);
/* Collect a name or a pattern (ending in '+') before freezing; adding after
 * freezing is a programming error (asserted). */
void iftab_add(iftab *t, const char *name_or_pattern);
/* Sort, deduplicate, add the synthetic members; ids are stable afterwards. */
void iftab_freeze(iftab *t);
/* The id of an exact name (0 if unknown). */
uint16_t iftab_id(const iftab *t, const char *name);
/* The interval of ids a name or pattern matches; false if none.  An exact
 * name gives its own id, and false when the table lacks it (add every name
 * before freezing: an unknown name is not "id 0").  "p+" gives the block of
 * names beginning with p, its synthetic member included (exact only if "p+"
 * was added before freezing); "+" gives every id, 0 included. */
bool iftab_range(const iftab *t, const char *pattern, uint16_t *lo, uint16_t *hi);
/* A printable name for an id ("other" for 0, "eth+" for a synthetic one). */
const char *iftab_name(const iftab *t, uint16_t id);
#define IFTAB_MAX 65535

#endif
