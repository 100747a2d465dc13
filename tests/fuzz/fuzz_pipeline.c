/* fuzz_pipeline.c - libFuzzer target: the whole of fwlint -t.
 *
 * The input is a topology, a line "%%", then a firewall's file: they are
 * written to the private folder (fuzz.h) as org.topo and fw, so the
 * topology names the file as 'file "fw"' (with or without "format": the
 * front end is detected as fwlint detects it).  Without the separator the
 * whole input is the topology and fw is absent.  lint_run() then loads
 * the topology and its ruleset (rulesets/exchange.rules of the source
 * tree), every firewall, runs every check (with --scope all for an input
 * of odd length, servers for one of even length: both ways, and each input
 * always the same way), report_finish() applies the inline directives of
 * both files (a topology or firewall that holds "fwlint: disable=" gets
 * them applied; pipeline.dict has the words) and fingerprints the
 * findings, and every report writer renders the result to /dev/null. */
#include <stdlib.h>

#include "finish.h"
#include "fuzz.h"
#include "lint.h"
#include "report.h"
#include "srccache.h"

#ifndef FWLINT_RULESETS_DIR
#define FWLINT_RULESETS_DIR "rulesets"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *topo_path, *fw_path;
	if (!topo_path) {
		topo_path = fuzz_path("org.topo");
		fw_path = fuzz_path("fw");
	}
	size_t head, tail;
	bool has_fw = fuzz_split(data, size, &head, &tail);
	fuzz_write(topo_path, data, head);
	fuzz_write(fw_path, has_fw ? data + tail : NULL, size - tail);

	lint_opts o = { 0 };
	o.topology = topo_path;
	o.scope = size % 2 ? SCOPE_ALL : SCOPE_SERVERS;
	o.rulesets_dir = FWLINT_RULESETS_DIR;
	report rep;
	report_init(&rep);
	int status = lint_run(&o, NULL, 0, &rep);
	srccache *src = srccache_new(0);
	rep.src = src;
	finish_opts fo;
	finish_opts_init(&fo);
	fo.have_topology = true;
	fo.topology = topo_path;
	fo.max_findings = size % 3 ? 0 : 5;
	report_finish(&rep, src, &fo);
	rep.status = status;
	rep.color = size % 5 == 0;
	report_write_text(&rep, fuzz_devnull(), false);
	report_write_junit(&rep, fuzz_devnull());
	report_write_sarif(&rep, fuzz_devnull());
	report_write_json(&rep, fuzz_devnull());
	report_write_codequality(&rep, fuzz_devnull());
	rep.src = NULL;
	srccache_free(src);
	report_free(&rep);
	return 0;
}
