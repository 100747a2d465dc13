/* lint.h - one run of fwlint: load, evaluate, check, collect a report.
 *
 * Data flows one way (STYLE.md): files -> front ends -> IR -> evaluator ->
 * checks -> report.  lint_run() owns that pipeline; the checks under
 * src/checks/ see a loaded firewall (fwload) and the topology, never a
 * token.
 */
#ifndef FWLINT_LINT_H
#define FWLINT_LINT_H

#include <stdbool.h>

#include "cisco.h"
#include "eval.h"
#include "iftab.h"
#include "ir.h"
#include "report.h"
#include "topo.h"

enum lint_scope { SCOPE_SERVERS, SCOPE_ALL };

/* The TCP segment that opens a connection: SYN alone (RFC 793 3.4).  Both
 * the required flows and the audited packets of over-permissive use it, so
 * that what is needed and what is audited are the same kind of packet. */
#define OPENING_TCP_FLAGS tcpflags_match(0x3f, TCPF_SYN)

typedef struct lint_opts {
	const char *topology;     /* or NULL */
	const char *input_format; /* -I, or NULL: detect */
	enum lint_scope scope;
	const char *rulesets_dir;
	bool allow_include_outside; /* pf include/table files anywhere (SPEC 6) */
} lint_opts;

/* A configuration file, parsed and ready to evaluate. */
typedef struct fwload {
	char *path;
	ir_ruleset *rs;          /* NULL when the file could not be read */
	iftab tab;
	evaluator *ev;
	int suite;               /* its suite in the report */
	const topo_firewall *fw; /* the topology's firewall, or NULL */
	int fwindex;
	bool io_error;           /* unreadable, or a format fwlint lacks: exit 2 */
} fwload;

/* How to read one file; zero is the default everywhere. */
typedef struct fwload_opts {
	const char *format;             /* NULL: detect */
	const char *const *ifnames;     /* extra interface names (the topology's,
					   a trace's), added to the interface
					   table before it is frozen */
	size_t nifnames;
	const cisco_binding *bindings;  /* the topology's acl-in and acl-out:
					   they bind a bare Cisco ACL file */
	size_t nbindings;
	bool allow_include_outside;     /* pf: include and table files from
					   anywhere, not only the file's folder */
} fwload_opts;

/* Read and parse one file (o may be NULL: defaults).  Diagnostics go to
 * diags.  Returns false when there is no ruleset to check: an I/O error or
 * a format fwlint lacks (io_error set), or a file of no format it knows (a
 * parse-error finding). */
bool fwload_open(fwload *f, const char *path, const fwload_opts *o, diag_list *diags);
/* The same for a file already read into buf[0..len) (the fuzz targets
 * under tests/fuzz/); path names it in messages and is the folder that pf
 * includes are relative to. */
bool fwload_open_buf(fwload *f, const char *path, const char *buf, size_t len,
		     const fwload_opts *o, diag_list *diags);
void fwload_close(fwload *f);

/* Run everything.  Returns 0, or 2 when the topology is invalid or a file
 * could not be read (the diagnostics say why). */
int lint_run(const lint_opts *o, char **files, size_t nfiles, report *rep);

/* Checks (src/checks/) */
void check_unresolved(const fwload *f, report *rep);
void check_shadowed(const fwload *f, report *rep);
void check_flows(const topo *t, const flow_list *flows, fwload *f, report *rep);
void check_over_permissive(const topo *t, const flow_list *flows, fwload *f,
			   enum lint_scope scope, report *rep);

/* Shared by the checks: the packets of a flow through a hop. */
pset flow_packets(const flow *fl, const fwload *f, int in_if, int out_if);
/* A host firewall: the topology names no interface of the server, so
 * its packets may come and go on any interface but the loopback ("lo",
 * when the rules name it).  host_interfaces() removes the loopback;
 * forget_interfaces() widens a set to every interface, to ask whether a
 * packet passes on some interface (the one the server really has). */
pset host_interfaces(const pset *s, const fwload *f);
void forget_interfaces(pset *s);
/* The replies of a set of flow packets (addresses, ports and interfaces
 * swapped; ESTABLISHED; TCP with ACK). */
pset reply_packets(const pset *s);
/* "TCP corp 10.1.0.0/16 -> EXCH1 10.1.0.10:135 (mapi: RPC endpoint mapper)" */
char *flow_describe(const flow *fl);
/* The hops of this firewall on the flow's way: sets in_if/out_if (-1 for a
 * host firewall) and the hook; returns how many (0, 1 or 2 for a host
 * firewall on both ends). */
typedef struct fwhop {
	enum eval_hook hook;
	int in_if, out_if;
} fwhop;
size_t flow_hops(const topo *t, const flow *fl, const fwload *f, fwhop *out, size_t cap);

/* How messages name the end of a stage that no rule decided: "the FORWARD
 * policy", "the end of chain X", or for pf "pf's default pass (no rule
 * matches)"; and where it is (a policy line; for pf, the file). */
char *policy_describe(const fwload *f, const ir_chain *c);
srcloc policy_where(const fwload *f, const ir_chain *c);

/* The stages of a reply that the state kept by an opening's stages lets
 * through: stage k of the reply mirrors stage n-1-k of the opening
 * (forwarded: the reply comes in where the opening went out); on an ASA
 * or behind IOS CBAC, a connection's state lets its replies through every
 * stage. */
unsigned reply_by_state(const fwload *f, enum eval_hook opening, unsigned kept);

/* Read line `line` of a file (for trace and for messages); NULL if none. */
char *read_source_line(const char *path, int line);

#endif
