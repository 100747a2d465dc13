/* hash.h - FNV-1a, the one string hash of fwlint's hash tables.
 *
 * Fowler, Noll and Vo's 64-bit FNV-1a (draft-eastlake-fnv): small, fast on
 * short keys such as names and good enough for open addressing with a
 * load of at most one half.
 */
#ifndef FWLINT_HASH_H
#define FWLINT_HASH_H

#include <stdint.h>

#define FNV1A_INIT UINT64_C(14695981039346656037)
#define FNV1A_PRIME UINT64_C(1099511628211)

static inline uint64_t fnv1a_byte(uint64_t h, unsigned char c)
{
	return (h ^ c) * FNV1A_PRIME;
}

static inline uint64_t fnv1a_str(uint64_t h, const char *s)
{
	for (; *s; s++)
		h = fnv1a_byte(h, (unsigned char)*s);
	return h;
}

#endif
