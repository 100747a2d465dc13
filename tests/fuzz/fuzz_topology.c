/* fuzz_topology.c - libFuzzer target: the input is a topology, optionally
 * followed by a line "%%" and a ruleset.
 *
 * Both are written to the private folder (fuzz.h): topo_load() reads
 * files.  Without a ruleset part the topology's "ruleset NAME" is looked up
 * in the source tree's rulesets/ (exchange.rules); with one, the ruleset
 * part is NAME.rules in the private folder, for the default name
 * "exchange".  A topology that loads goes on as in lint_run(): the
 * topology checks, the flows and the paths of every flow; then every
 * diagnostic through the text report. */
#include <stdlib.h>

#include "checks.h"
#include "fuzz.h"
#include "report.h"
#include "topo.h"

#ifndef FWLINT_RULESETS_DIR
#define FWLINT_RULESETS_DIR "rulesets"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *topo_path, *rules_path;
	if (!topo_path) {
		topo_path = fuzz_path("org.topo");
		rules_path = fuzz_path("exchange.rules");
	}
	size_t head, tail;
	bool has_rules = fuzz_split(data, size, &head, &tail);
	fuzz_write(topo_path, data, head);
	/* No stale ruleset from an earlier input: each run depends on its
	 * input alone. */
	fuzz_write(rules_path, has_rules ? data + tail : NULL, size - tail);

	report rep;
	report_init(&rep);
	topo *t = topo_load(topo_path, has_rules ? fuzz_dir() : FWLINT_RULESETS_DIR,
			    &rep.diags);
	if (t) {
		flow_list flows = { 0 };
		topo_flows(t, &flows);
		check_ctx cx = { .t = t, .flows = &flows, .rep = &rep };
		checks_run(CHECK_INPUT_TOPOLOGY, &cx);
		for (size_t i = 0; i < flows.n; i++) {
			hop hops[64];
			size_t npaths = 0;
			topo_paths(t, flows.v[i].src_zone, flows.v[i].dst_zone, hops, 64, &npaths);
		}
		flow_list_free(&flows);
		topo_free(t);
	}
	report_sort(&rep);
	report_write_text(&rep, fuzz_devnull(), false);
	report_free(&rep);
	return 0;
}
