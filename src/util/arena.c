/* arena.c - bump allocation (arena.h). */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

enum { ARENA_BLOCK = 65536 };

struct arena_block {
	struct arena_block *next;
	size_t used, cap;
	_Alignas(16) unsigned char data[];
};

void *arena_alloc(struct arena_block **arena, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	struct arena_block *b = *arena;
	if (!b || b->cap - b->used < n) {
		size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
		b = xmalloc(sizeof *b + cap);
		b->used = 0;
		b->cap = cap;
		b->next = *arena;
		*arena = b;
	}
	void *p = b->data + b->used;
	b->used += n;
	memset(p, 0, n);
	return p;
}

char *arena_strndup(struct arena_block **arena, const char *s, size_t n)
{
	char *p = arena_alloc(arena, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void arena_release(struct arena_block **arena)
{
	while (*arena) {
		struct arena_block *next = (*arena)->next;
		free(*arena);
		*arena = next;
	}
}

void arena_reset(struct arena_block **arena)
{
	struct arena_block *keep = NULL;
	while (*arena) {
		struct arena_block *b = *arena;
		*arena = b->next;
		/* an oversized block (one large allocation) is not worth
		 * keeping: the next step is unlikely to need it */
		if (!keep && b->cap == ARENA_BLOCK)
			keep = b;
		else
			free(b);
	}
	if (keep) {
		keep->used = 0;
		keep->next = NULL;
		*arena = keep;
	}
}
