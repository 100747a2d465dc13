/* fuzz_trace.c - libFuzzer target: fwlint trace, one packet or a whole
 * connection, through any front end, NAT included.
 *
 * The input is a command line, a line "%%", a firewall's file, and
 * optionally a second "%%" and a topology:
 *
 *     -I iptables --connect --in eth0 --out eth1 tcp 10.0.0.1:1234 192.0.2.10:25
 *     %%
 *     *nat
 *     ...
 *
 * The command line is split at blanks into at most MAX_ARGS words, and
 * fwlint trace runs as "trace FILE WORD..." (fwlint(1): options may follow
 * FILE), with the file written to the private folder (fuzz.h) as "fw"; a
 * word "TOPO" stands for the topology, written there as org.topo, so that
 * "-t TOPO" traces through it (its firewall names 'file "fw"').  The
 * rulesets are those of the source tree.  What trace prints goes to
 * /dev/null; its messages to stderr stay, as fwlint writes them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "trace.h"
#include "xalloc.h"

#ifndef FWLINT_RULESETS_DIR
#define FWLINT_RULESETS_DIR "rulesets"
#endif

enum { MAX_ARGS = 32 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *fw_path, *topo_path;
	if (!fw_path) {
		fw_path = fuzz_path("fw");
		topo_path = fuzz_path("org.topo");
		setenv("FWLINT_RULESETS", FWLINT_RULESETS_DIR, 1);
	}
	size_t head, tail;
	if (!fuzz_split(data, size, &head, &tail))
		return 0; /* no file: nothing to trace */
	size_t file_len, topo_off;
	bool has_topo = fuzz_split(data + tail, size - tail, &file_len, &topo_off);
	fuzz_write(fw_path, data + tail, file_len);
	fuzz_write(topo_path, has_topo ? data + tail + topo_off : NULL,
		   size - tail - topo_off);

	char *line = xmalloc(head + 1);
	memcpy(line, data, head);
	line[head] = '\0';
	char *argv[MAX_ARGS + 3];
	int argc = 0;
	argv[argc++] = "trace";
	argv[argc++] = fw_path;
	char *save = NULL;
	for (char *w = strtok_r(line, " \t\r\n", &save); w && argc < MAX_ARGS + 2;
	     w = strtok_r(NULL, " \t\r\n", &save))
		argv[argc++] = strcmp(w, "TOPO") == 0 ? topo_path : w;
	argv[argc] = NULL;
	/* stdout to /dev/null for the call only: the replay program prints
	 * its count there. */
	fflush(stdout);
	int saved = dup(STDOUT_FILENO);
	if (saved < 0 || dup2(fileno(fuzz_devnull()), STDOUT_FILENO) < 0)
		abort();
	trace_main(argc, argv);
	fflush(stdout);
	if (dup2(saved, STDOUT_FILENO) < 0)
		abort();
	close(saved);
	free(line);
	return 0;
}
