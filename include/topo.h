/* topo.h - the topology of an Exchange organisation, the ruleset of what
 * Exchange needs (rulesets/NAME.rules) and the flows they imply
 * (fwlint-topology(5)).
 *
 * topo_load() parses a topology file (grammar/topology.y), loads the ruleset
 * it names, resolves every name, computes each zone's address space (its
 * prefixes minus those of every more specific zone: longest prefix wins) and
 * the zone graph.  topo_flows() expands the scenarios into concrete flows;
 * topo_paths() finds the firewalls a flow crosses.  No check runs here: the
 * topology-only checks live in src/checks/.
 */
#ifndef FWLINT_TOPO_H
#define FWLINT_TOPO_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "ir.h"
#include "pset.h"
#include "srcloc.h"

/* Exchange versions, ordered. */
enum exver { EX_40 = 40, EX_40SP4 = 41, EX_50 = 50, EX_55 = 55 };

typedef struct topo_zone {
	char *name;
	srcloc loc;
	ir_range *prefix;  /* as declared ("any" is the whole 128-bit range) */
	srcloc *prefix_loc;
	size_t nprefix;
	/* Prefixes minus every more specific zone's: a prefix of another zone
	 * that lies strictly inside one of ours is not ours (longest prefix
	 * wins).  The same set twice: as sorted, disjoint, non-adjacent
	 * intervals, and as a pset whose boxes carry each interval in both
	 * src_lo..src_hi and dst_lo..dst_hi (every other field whole). */
	ir_range *iv;
	size_t niv;
	pset space;
} topo_zone;

/* "address A from ZONE, ...;" in a server's block: clients in those zones,
 * and servers in them, reach the server at A, which a firewall on the way
 * translates to the server's own address (fwlint-topology(5), "site and
 * server").  A is a host address of the server's family; no zone is named
 * twice for one server, and never the server's own zone. */
typedef struct topo_pubaddr {
	u128 addr;
	srcloc loc;          /* the statement, from "address" to the last zone */
	srcloc addr_loc;
	int *zone;           /* indices into zones */
	srcloc *zone_loc;
	size_t nzone;
} topo_pubaddr;

/* A server port that the ruleset refers to by name. */
enum srv_port { SP_DIRECTORY, SP_STORE, SP_MTA, SP_RFC1006, SP_COUNT };

typedef struct topo_server {
	char *name;
	srcloc loc;
	u128 addr;
	srcloc addr_loc;
	int site;            /* index into sites */
	int zone;            /* the zone whose space holds addr */
	int port[SP_COUNT];  /* 0: not set statically */
	srcloc port_loc[SP_COUNT];
	topo_pubaddr *pub;   /* its "address" statements, in file order */
	size_t npub;
} topo_server;

typedef struct topo_site {
	char *name;
	srcloc loc;
	int *server;         /* indices into servers */
	size_t nserver;
} topo_site;

/* An endpoint as written: a zone, a site (all its servers) or a server. */
enum ep_kind { EP_ZONE, EP_SITE, EP_SERVER };
typedef struct topo_ep {
	enum ep_kind kind;
	int index;
	srcloc loc;
} topo_ep;

/* clients SCENARIO [ssl|plain|both] from EPS to EPS;  smtp in|out from .. to ..; */
typedef struct topo_clients {
	char *scenario;      /* "mapi", "pop3", "imap4", "ldap", "nntp", "smtp-in", "smtp-out" */
	char *variant;       /* "ssl", "plain" or "both" */
	topo_ep *from, *to;
	size_t nfrom, nto;
	srcloc loc;
} topo_clients;

typedef struct topo_connector {
	char *kind;          /* "rpc" or "x400" */
	int site[2];
	int via[2];          /* bridgehead servers, or -1: every server of the site */
	srcloc loc;
} topo_connector;

typedef struct topo_iface {
	char *name;
	int zone;
	char *acl_in, *acl_out;
	srcloc loc;
	/* The firewall's own addresses on this interface ("address A, ...":
	 * where a packet to the firewall itself goes, and what REDIRECT,
	 * MASQUERADE or pf's "nat-to (if)" translate to), as written; each a
	 * host address in the interface's zone, none twice on one firewall.
	 * naddr 0: none given. */
	u128 *addr;
	srcloc *addr_loc;
	size_t naddr;
} topo_iface;

typedef struct topo_firewall {
	char *name;
	srcloc loc;
	char *file;          /* resolved against the topology's folder */
	char *file_as_written;
	srcloc file_loc;
	char *format;        /* "iptables", "pf", "cisco", "asa" or NULL: detect */
	topo_iface *iface;
	size_t niface;
	int host;            /* a host firewall: the server index, else -1 */
} topo_firewall;

/* One line of the ruleset: what a scenario needs. */
typedef struct rs_need {
	char *scenario;      /* as in topo_clients, or "intrasite", "connector-rpc", "connector-x400" */
	char *variant;       /* "ssl", "plain" or NULL: always */
	bool reverse;        /* the "to" side initiates ("reverse" in a ruleset;
			      * exchange.rules has none: smtp out is written
			      * "from SERVER to ZONE", so from initiates) */
	int proto;
	int port;            /* a fixed port, or 0 when server_port is used */
	int server_port;     /* enum srv_port, or -1 */
	int default_port;    /* for SP_RFC1006: 102; others 0 = dynamic */
	char *label;         /* "RPC endpoint mapper" */
	enum exver since;
	srcloc loc;
} rs_need;

/* A setting that needs a version: static MTA port, non-default RFC1006 port. */
typedef struct rs_setting {
	int server_port;
	int default_port;    /* a value that needs no version, or 0 */
	enum exver since;
	bool dynamic;        /* unset, the port comes from 1024-65535 */
	char *kb;            /* "Q161931" */
	char *registry;      /* the registry key that holds the value */
	char *registry_value; /* the value's name: "TCP/IP port" */
	srcloc loc;
} rs_setting;

/* "directory-port", "store-port", "mta-port", "rfc1006-port"; -1 / NULL
 * when unknown. */
const char *srv_port_name(int sp);
int srv_port_parse(const char *name);

typedef struct topo {
	char *path;
	char *dir;
	enum exver version;
	srcloc version_loc;
	char *ruleset_name;
	char *ruleset_path;
	srcloc ruleset_loc;

	topo_zone *zone;         size_t nzone, capzone;
	topo_server *server;     size_t nserver, capserver;
	topo_site *site;         size_t nsite, capsite;
	topo_clients *clients;   size_t nclients, capclients;
	topo_connector *conn;    size_t nconn, capconn;
	topo_firewall *fw;       size_t nfw, capfw;
	rs_need *need;           size_t nneed, capneed;
	rs_setting *setting;     size_t nsetting, capsetting;
	/* Strings (file names) that srclocs point into. */
	char **files;            size_t nfiles, capfiles;
	/* The shortest paths of every pair of zones (topo_paths()), found
	 * by topo_load(); nothing changes a loaded topology, so threads may
	 * share it. */
	struct topo_paths *paths;
} topo;

/* Load and resolve a topology.  On error, adds diagnostics (check NULL,
 * level error, FILE:LINE:COL) to diags and returns NULL.  rulesets_dir is
 * where "ruleset NAME;" looks (NAME.rules); a name with a '/' is a path
 * relative to the topology's folder. */
topo *topo_load(const char *path, const char *rulesets_dir, diag_list *diags);
void topo_free(topo *t);
int topo_find_zone(const topo *t, const char *name);
int topo_find_server(const topo *t, const char *name);
int topo_find_site(const topo *t, const char *name);
const char *exver_name(enum exver v);
/* A scenario in words, for messages and flow labels: "mapi", "smtp in",
 * "x400 connector", "intrasite".  The caller frees it. */
char *topo_scenario_text(const char *scenario);
/* The ruleset's "port" line for a server port kind, or NULL. */
const rs_setting *topo_setting(const topo *t, int server_port);
/* The port a server listens on for a kind: its static port, else the
 * ruleset's default (rfc1006-port: 102), else 0 (dynamic). */
int topo_server_port(const topo *t, int server, int server_port);
/* The "address" statement by which clients in zone reach server, or NULL:
 * they reach it at its own address. */
const topo_pubaddr *topo_server_pubaddr(const topo *t, int server, int zone);

/* A concrete flow: new TCP connections from src (in one zone) to dst (in
 * one zone) on dport_lo..dport_hi, from ephemeral source ports.
 *
 * A flow to a server that has an "address A from Z" for the flow's source
 * zone is translated: dst is A, the address the client uses, and a firewall
 * on the way must translate it to real_addr, the server's own.  dst_zone
 * stays the server's zone: after translation the packet is routed to the
 * server, so the path is the same.  The source side is never translated
 * (a server talks out from its own address; source NAT is the firewall's
 * business, not the topology's). */
typedef struct flow {
	char *label;        /* "mapi: RPC endpoint mapper" */
	char *src_name;     /* "corp 10.1.0.0/16", "EXCH1 10.1.0.10" */
	/* as src_name; translated: "EXCH1 192.0.2.10 at 203.0.113.10" */
	char *dst_name;
	int src_zone, dst_zone;
	int src_server, dst_server;  /* indices, or -1 for a zone */
	pset src, dst;      /* address sets (only src_lo..hi / dst_lo..hi are used) */
	int proto;
	int dport_lo, dport_hi;
	bool dynamic;       /* the port range comes from a missing static port */
	bool translated;    /* dst is a server's translated address */
	u128 real_addr;     /* dst_server >= 0: the server's own address
			     * (equal to dst's when not translated) */
	const topo_pubaddr *pub;  /* translated: the "address" statement */
	const rs_need *need;
	srcloc loc;         /* the topology statement that asks for it */
} flow;

typedef struct flow_list {
	flow *v;
	size_t n, cap;
} flow_list;

/* Every flow the topology needs, in a stable order.  Flows whose scenario
 * the version lacks are still listed (the version check reports them). */
void topo_flows(const topo *t, flow_list *out);
void flow_list_free(flow_list *l);

/* One firewall crossing on a path: ingress interface and egress interface
 * (indices into the firewall's iface), or -1 for a host firewall. */
typedef struct hop {
	int fw;
	int in_if, out_if;
} hop;

/* The router firewalls a flow from zone a to zone b crosses: every hop of
 * every shortest path (deduplicated).  *npaths is the number of shortest
 * paths (0 if b cannot be reached, 1 normally; > 1: the flow must pass all,
 * and the caller notes it).  Host firewalls are not included.  Returns the
 * number of hops written to out (at most cap).  Looked up: topo_load()
 * found them. */
size_t topo_paths(const topo *t, int a, int b, hop *out, size_t cap, size_t *npaths);

#endif
