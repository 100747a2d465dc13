/* report_utf8.c - UTF-8 cleaning and the JSON helpers the writers share
 * (report_int.h). */
#include "report_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

size_t report_utf8_decode(const unsigned char *s, uint32_t *cp)
{
	unsigned char c = s[0];
	size_t len;
	uint32_t v, min;

	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		v = c & 0x1f;
		min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		v = c & 0x0f;
		min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		v = c & 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	/* The string ends in NUL, which is no continuation byte, so this
	 * never reads past it. */
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3f);
	}
	if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return 0;
	*cp = v;
	return len;
}

/* XML 1.0 section 2.2, Char. */
static bool xml_char_ok(uint32_t c)
{
	return c == 0x9 || c == 0xa || c == 0xd ||
	       (c >= 0x20 && c <= 0xd7ff) ||
	       (c >= 0xe000 && c <= 0xfffd) ||
	       (c >= 0x10000 && c <= 0x10ffff);
}

char *report_utf8_clean(const char *s, bool xml)
{
	static const char repl[] = "\xef\xbf\xbd";
	size_t n = strlen(s);
	/* Each input byte yields at most 3 output bytes. */
	char *out = xmalloc(n * 3 + 1), *o = out;
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		uint32_t cp;
		size_t len = report_utf8_decode(p, &cp);
		if (len && (!xml || xml_char_ok(cp))) {
			memcpy(o, p, len);
			o += len;
			p += len;
		} else {
			memcpy(o, repl, 3);
			o += 3;
			p += len ? len : 1;
		}
	}
	*o = '\0';
	return out;
}

/* ---------------------------------------------------------- JSON */

static json_t *mark(json_doc *j, json_t *v)
{
	if (!v)
		j->failed = true;
	return v;
}

json_t *rj_str(json_doc *j, const char *s)
{
	if (!s)
		return json_null();
	char *clean = report_utf8_clean(s, false);
	json_t *v = json_string(clean);
	free(clean);
	return mark(j, v);
}

json_t *rj_int(json_doc *j, long long n)
{
	return mark(j, json_integer(n));
}

json_t *rj_obj(json_doc *j)
{
	return mark(j, json_object());
}

json_t *rj_arr(json_doc *j)
{
	return mark(j, json_array());
}

void rj_set(json_doc *j, json_t *obj, const char *key, json_t *v)
{
	/* Both calls steal v, and free it when they fail. */
	if (!obj || !v || json_object_set_new(obj, key, v) != 0) {
		if (!obj)
			json_decref(v);
		j->failed = true;
	}
}

void rj_push(json_doc *j, json_t *arr, json_t *v)
{
	if (!arr || !v || json_array_append_new(arr, v) != 0) {
		if (!arr)
			json_decref(v);
		j->failed = true;
	}
}

int rj_write(json_doc *j, const json_t *doc, FILE *out)
{
	if (j->failed || !doc) {
		errno = ENOMEM;
		return -1;
	}
	/* The whole document in memory first: a failure leaves nothing
	 * half-written on the stream.  Jansson keeps the keys in the order
	 * they were set (JSON_PRESERVE_ORDER is its default since 2.8, named
	 * for older ones). */
	char *text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	if (!text) {
		errno = ENOMEM;
		return -1;
	}
	errno = 0;
	size_t len = strlen(text);
	int rc = 0;
	if (fwrite(text, 1, len, out) != len || fputc('\n', out) == EOF ||
	    fflush(out) == EOF || ferror(out)) {
		if (!errno)
			errno = EIO;
		rc = -1;
	}
	free(text);
	return rc;
}

/* ---------------------------------------------------------- findings */

int report_diag_suite(const report *r, const diag *d)
{
	if (d->tcase >= 0 && (size_t)d->tcase < r->ncase)
		return r->tcase[d->tcase].suite;
	if (d->file)
		for (size_t i = 0; i < r->nsuite; i++)
			if (r->suite[i].file && !strcmp(r->suite[i].file, d->file))
				return (int)i;
	return -1;
}

const char *report_fail_on_name(int fail_on)
{
	switch (fail_on) {
	case DIAG_NOTE: return "note";
	case DIAG_WARNING: return "warning";
	case DIAG_ERROR: return "error";
	}
	return "never";
}
