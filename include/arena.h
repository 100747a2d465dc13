/* arena.h - bump allocation for a front end's parse-time data.
 *
 * A front end allocates many small nodes (list items, hosts, ports, ACL
 * elements) that all live until its parse ends: an arena hands them out
 * from 64 KiB blocks, zeroed, 16-byte aligned, and frees them at once.
 * An arena is a pointer to its newest block; NULL is an empty arena.
 */
#ifndef FWLINT_ARENA_H
#define FWLINT_ARENA_H

#include <stddef.h>

struct arena_block;

/* n zeroed bytes that live until arena_release(). */
void *arena_alloc(struct arena_block **arena, size_t n);
/* s[0..n) and a terminating NUL. */
char *arena_strndup(struct arena_block **arena, const char *s, size_t n);
/* Free every block; the arena is empty again. */
void arena_release(struct arena_block **arena);
/* Empty the arena but keep one of its 64 KiB blocks for what comes next:
 * for data that lives one step of a parse (a line) and is dropped before
 * the next, without a malloc per step.  Every pointer it handed out is
 * invalid afterwards. */
void arena_reset(struct arena_block **arena);

#endif
