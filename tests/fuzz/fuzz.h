/* fuzz.h - what the fuzz targets under tests/fuzz/ share.
 *
 * Each fuzz_TARGET.c defines LLVMFuzzerTestOneInput() for libFuzzer (make
 * fuzz, clang) and is also linked with replay.c into a plain program that
 * feeds it files (make check replays tests/fuzz/regress/TARGET/ with gcc).
 * A target frees everything it allocates: a leak is a finding.
 *
 * The targets that need files on disk (topology, pipeline) write them into a
 * private folder made once per process and removed at exit; the pf target
 * names its buffer as a file of that folder, which holds nothing else, so
 * that an "include" reads nothing of the machine's.
 */
#ifndef FWLINT_FUZZ_H
#define FWLINT_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A line holding only this splits an input in two (topology: the topology,
 * then a ruleset; pipeline: the topology, then the firewall's file). */
#define FUZZ_SEPARATOR "%%"

/* The first part of data ends at *head_len (before the separator line), the
 * second starts at *tail_off.  False, with *head_len = size, when data has
 * no separator line. */
bool fuzz_split(const uint8_t *data, size_t size, size_t *head_len, size_t *tail_off);

/* The private folder, and a file name inside it (the caller frees). */
const char *fuzz_dir(void);
char *fuzz_path(const char *name);
/* Write buf whole to path, or remove path when buf is NULL.  Failing is a
 * fault of the harness, not a finding: it aborts with a message. */
void fuzz_write(const char *path, const void *buf, size_t len);

/* Load buf[0..len) as format ("iptables", "pf", "cisco", "asa", or NULL to
 * detect) the way fwlint loads a file, run the checks that need no topology
 * (unresolved, shadowed-rule), write the text report to /dev/null, free
 * everything. */
void fuzz_config(const char *path, const char *buf, size_t len, const char *format);

/* A stream on /dev/null for the report writers, opened once. */
void *fuzz_devnull(void);

#endif
