/* corpus.c - reading the shared corpus from the unit tests (corpus.h). */
#include "corpus.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"

const char *corpus_dir(void)
{
	const char *d = getenv("FWLINT_CORPUS");
	return d && *d ? d : "../shared/corpus";
}

FILE *corpus_manifest(void)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/MANIFEST.tsv", corpus_dir());
	return fopen(path, "r");
}

bool corpus_row(FILE *m, const char *prefix, char *line, size_t cap,
		char *f[CORPUS_FIELDS])
{
	while (fgets(line, (int)cap, m)) {
		char *save = NULL, *p = line;
		line[strcspn(line, "\r\n")] = '\0';
		for (int i = 0; i < CORPUS_FIELDS; i++, p = NULL)
			f[i] = strtok_r(p, "\t", &save);
		if (f[CORPUS_FIELDS - 1] && strncmp(f[0], prefix, strlen(prefix)) == 0)
			return true;
	}
	return false;
}

size_t corpus_parse_errors(const diag_list *d, size_t *first)
{
	size_t n = 0;
	for (size_t i = d->n; i-- > 0;)
		if (d->v[i].check && strcmp(d->v[i].check, check_name(CHECK_PARSE_ERROR)) == 0) {
			n++;
			if (first)
				*first = i;
		}
	return n;
}
