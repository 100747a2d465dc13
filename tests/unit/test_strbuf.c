/* Unit tests for the growing string (strbuf.h): pieces of any length,
 * printf past the spare room, and taking the result. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>

#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

Test(strbuf, empty_takes_an_empty_string)
{
	strbuf b = { 0 };
	char *s = strbuf_take(&b);
	cr_assert(eq(str, s, ""));
	cr_assert(eq(ptr, b.s, NULL));
	free(s);
}

Test(strbuf, pieces_and_printf)
{
	strbuf b = { 0 };
	strbuf_puts(&b, "-A FORWARD");
	strbuf_putc(&b, ' ');
	strbuf_put(&b, "-p tcpXXX", 6);
	strbuf_printf(&b, " --dport %u%s", 25u, "");
	cr_assert(eq(str, b.s, "-A FORWARD -p tcp --dport 25"));
	cr_assert(eq(sz, b.n, strlen(b.s)));
	strbuf_free(&b);
	cr_assert(eq(ptr, b.s, NULL));
}

Test(strbuf, printf_longer_than_the_room)
{
	/* More than the 64 bytes strbuf_vprintf makes room for first, and
	 * more than what is left after earlier pieces. */
	char big[1000];
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	strbuf b = { 0 };
	for (int i = 0; i < 5; i++)
		strbuf_printf(&b, "%d%s", i, big);
	cr_assert(eq(sz, b.n, 5 * 1000));
	cr_assert(eq(chr, b.s[1000], '1'));
	cr_assert(eq(chr, b.s[b.n - 1], 'a'));
	cr_assert(eq(chr, b.s[b.n], '\0'));
	char *s = strbuf_take(&b);
	cr_assert(eq(sz, strlen(s), 5000));
	free(s);
}

Test(strbuf, simple_and_general_conversions)
{
	/* The fast path (%s %.*s %u %d %zu %%) and vsnprintf() agree. */
	strbuf b = { 0 };
	strbuf_printf(&b, "%s|%.*s|%u|%d|%d|%zu|100%%", "a", 2, "bcd", 4294967295u, -2147483647 - 1,
		      0, (size_t)18446744073709551615ULL);
	cr_assert(eq(str, b.s, "a|bc|4294967295|-2147483648|0|18446744073709551615|100%"));
	strbuf_printf(&b, "|%x|%5s|%02d", 255u, "x", 7);
	cr_assert(eq(str, b.s,
		     "a|bc|4294967295|-2147483648|0|18446744073709551615|100%|ff|    x|07"));
	strbuf_free(&b);
}
