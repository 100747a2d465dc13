/* Unit tests for the bump allocator (arena.h): zeroed, aligned memory, and
 * arena_reset() keeping one block for reuse. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>

#include <stdint.h>
#include <string.h>

#include "arena.h"

Test(arena, zeroed_and_aligned)
{
	struct arena_block *a = NULL;
	for (size_t n = 1; n < 100; n += 7) {
		unsigned char *p = arena_alloc(&a, n);
		cr_assert(eq(u64, (uintptr_t)p % 16, 0));
		for (size_t i = 0; i < n; i++)
			cr_assert(eq(u8, p[i], 0));
		memset(p, 0xAB, n);
	}
	char *s = arena_strndup(&a, "abcdef", 3);
	cr_assert(eq(str, s, "abc"));
	arena_release(&a);
	cr_assert(eq(ptr, a, NULL));
}

Test(arena, reset_reuses_a_block)
{
	struct arena_block *a = NULL;
	unsigned char *p = arena_alloc(&a, 100);
	memset(p, 0xAB, 100);
	/* enough to need a second block */
	for (int i = 0; i < 3; i++)
		arena_alloc(&a, 40000);
	arena_reset(&a);
	cr_assert(not(eq(ptr, a, NULL)));
	unsigned char *q = arena_alloc(&a, 100);
	for (size_t i = 0; i < 100; i++)
		cr_assert(eq(u8, q[i], 0));
	/* the kept block starts over: a small allocation fits in it */
	unsigned char *r = arena_alloc(&a, 100);
	cr_assert(eq(ptr, r, q + 112));
	arena_release(&a);
}

Test(arena, reset_drops_oversized_blocks)
{
	struct arena_block *a = NULL;
	arena_reset(&a);
	cr_assert(eq(ptr, a, NULL));
	arena_alloc(&a, (size_t)1 << 20);
	arena_reset(&a);
	cr_assert(eq(ptr, a, NULL)); /* only an oversized block: nothing kept */
	arena_alloc(&a, (size_t)1 << 20);
	arena_alloc(&a, 10);
	arena_reset(&a);
	cr_assert(not(eq(ptr, a, NULL)));
	arena_release(&a);
}
