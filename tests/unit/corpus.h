/* corpus.h - reading the shared corpus from the unit tests.
 *
 * The corpus is ../shared/corpus from the repository root (tests run from
 * there), or $FWLINT_CORPUS.  MANIFEST.tsv has one row per file:
 * local_path, repo, path_in_repo, commit, license, expect.
 */
#ifndef FWLINT_TEST_CORPUS_H
#define FWLINT_TEST_CORPUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "diag.h"

enum { CORPUS_FIELDS = 6 };

const char *corpus_dir(void);
/* MANIFEST.tsv opened for reading, or NULL when the corpus is absent. */
FILE *corpus_manifest(void);
/* The next row whose path starts with prefix, split into f[] (pointers
 * into line); false at the end of the manifest. */
bool corpus_row(FILE *m, const char *prefix, char *line, size_t cap,
		char *f[CORPUS_FIELDS]);
/* How many parse-error diagnostics d holds; *first (if not NULL) is the
 * index of the first of them. */
size_t corpus_parse_errors(const diag_list *d, size_t *first);

#endif
