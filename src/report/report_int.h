/* report_int.h - what the report writers share (private to src/report/).
 *
 * Text from configuration files is hostile: bytes that are not UTF-8 reach
 * the messages, file names and test names.  libxml2 rejects them in XML and
 * Jansson rejects them in a JSON string (json_string returns NULL), so every
 * writer cleans its text here first.  The JSON writers (SARIF, JSON, Code
 * Quality) also share how a document is built and written.
 */
#ifndef FWLINT_REPORT_INT_H
#define FWLINT_REPORT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <jansson.h>

#include "report.h"

/* The length of the valid UTF-8 sequence at s (1-4), or 0 when it is not
 * one (RFC 3629: overlong forms, surrogates and code points above
 * U+10FFFF are invalid); *cp receives the code point.  s ends in NUL. */
size_t report_utf8_decode(const unsigned char *s, uint32_t *cp);

/* s with every byte that is not part of valid UTF-8 replaced by U+FFFD;
 * with xml, also every character that XML 1.0 forbids (section 2.2, Char:
 * control characters but tab and line ends, U+FFFE, U+FFFF).  The caller
 * frees the result. */
char *report_utf8_clean(const char *s, bool xml);

/* ---------------------------------------------------------- JSON */

/* Building a document with Jansson: a constructor returns NULL when memory
 * runs out, and json_object_set_new() fails on a NULL value.  A json_doc
 * remembers the first failure, so the builder code stays straight and the
 * writer checks once at the end. */
typedef struct json_doc {
	bool failed;
} json_doc;

/* s cleaned to UTF-8, as a JSON string; NULL s is JSON null. */
json_t *rj_str(json_doc *j, const char *s);
/* n as a JSON integer. */
json_t *rj_int(json_doc *j, long long n);
/* Set key of obj to v (stolen); a NULL v or a failure marks j failed. */
void rj_set(json_doc *j, json_t *obj, const char *key, json_t *v);
/* Append v (stolen) to arr, likewise. */
void rj_push(json_doc *j, json_t *arr, json_t *v);
/* A new object or array (NULL marks j failed). */
json_t *rj_obj(json_doc *j);
json_t *rj_arr(json_doc *j);

/* Write doc (not freed) to out in one go: 2-space indentation, keys in the
 * order they were set, a final newline.  Returns 0, or -1 with errno set
 * (ENOMEM when j failed or the dump failed). */
int rj_write(json_doc *j, const json_t *doc, FILE *out);

/* ---------------------------------------------------------- findings */

/* The suite a finding belongs to: its test case's, else the suite whose
 * configuration file is the finding's file, else -1. */
int report_diag_suite(const report *r, const diag *d);

/* "error", "warning" or "never" for r->fail_on. */
const char *report_fail_on_name(int fail_on);

#endif
