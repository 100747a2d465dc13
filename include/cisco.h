/* cisco.h - the Cisco IOS and Cisco ASA front end.
 *
 * Reads what users hand fwlint: a whole "show running-config" or a bare ACL
 * file from a config repository.  Only the statements that decide what
 * passes are understood; every other command (banners, crypto, routing,
 * their indented sub-commands) is stepped over without error.  A line
 * inside an ACL, an object, an object-group or a binding that the device
 * would reject is a parse-error at its line and column.
 *
 *   grammar/cisco.l   scanner: line-oriented, context-aware (what block a
 *                     line belongs to), skips what it does not know
 *   grammar/cisco.y   parser: ACL entries, objects, bindings, interfaces,
 *                     through the builder in src/frontend/cisco/cisco.c, nothing else
 *   src/frontend/cisco/cisco.c       builder and lowering to the IR described below
 *   src/frontend/cisco/cisco_names.c Cisco's names for ports, protocols and ICMP types
 *                     (include/cisco_names.h)
 *
 * The IR of a Cisco ruleset (what eval.c relies on, as for pf):
 *   - format IR_FMT_CISCO (IOS) or IR_FMT_ASA, family 0;
 *   - one table "filter"; every ACL is a user chain named as the ACL
 *     (numbered ones by their number), its entries in order (first match),
 *     ending with one synthetic IR_DROP rule for the implicit deny, located
 *     at the ACL's first line, text "implicit deny at the end of
 *     access-list NAME";
 *   - two built-in chains "in" and "out", policy IR_ACCEPT: a binding
 *     "ip access-group ACL in" on interface X (IOS) or "access-group ACL in
 *     interface X" (ASA) is a rule "IIF X -> IR_GOTO ACL" in "in" (OIF and
 *     "out" for out), located at the binding line;
 *   - IOS is stateless: keep_state false everywhere; "established" matches
 *     TCP with ACK or RST set;
 *   - ASA is stateful: every permit has keep_state; an interface without
 *     an inbound ACL (and no global one) passes what goes to an interface of
 *     lower security-level and drops the rest: per interface X, "IIF X and
 *     OIF none of the interfaces X may send to -> DROP", then "IIF X ->
 *     ACCEPT", at X's security-level line (linear in the interfaces);
 *     before any binding, traffic between two interfaces of one level, and
 *     in and out of one interface, is dropped unless same-security-traffic
 *     permit inter-interface / intra-interface says otherwise;
 *     "access-group ACL global" applies to every interface inbound, after
 *     the interface's own ACL, and replaces the security-level rule: an ACL
 *     bound inbound then goes through its own chain "ACL (inbound)" in the
 *     table "inbound" (copies of its entries, then GOTO the global ACL),
 *     while the ACL's chain keeps its implicit deny for out bindings and
 *     trace --acl; ASA interfaces are named by their nameif; "name ADDR
 *     NAME" aliases are resolved wherever an address is written; remarks
 *     keep their place, so "line N" counts them as the ASA does;
 *   - NAT, in table "nat" (built-in chains of policy ACCEPT, made only
 *     when the file translates something; eval_path.c runs them: "in"
 *     before the in stage, "out" between the stages, "post" after the
 *     out stage), each rule first match, located at its nat line, text
 *     the line: IR_ACCEPT with an ir_nat translates and ends the chain,
 *     IR_ACCEPT without one leaves the packet untranslated (identity NAT),
 *     IR_CONTINUE translates and goes on (IOS outside statics);
 *   - ASA nat (src/frontend/cisco/cisco_nat.c): the NAT table's sections
 *     in order (twice NAT, object NAT in the ASA's order, after-auto twice
 *     NAT); the destination translation, mapped to real (static NAT's way
 *     in, twice NAT's destination), in "in", so that the ACLs see real
 *     addresses; the source translation, real to mapped, in "post";
 *     dynamic NAT and PAT only from the real side; the pre-8.3 static,
 *     global and nat (IF) ID unresolved rules (IR_UNKNOWN) in "in";
 *   - IOS ip nat (src/frontend/cisco/cisco_ipnat.c): in "out", between
 *     the input and the output access list (Cisco, "NAT Order of
 *     Operation"), from "ip nat outside" to "ip nat inside" interfaces
 *     and back: outside statics (IR_CONTINUE), inside statics, dynamic
 *     rules (a copy of the list's entries: a permit translates, a deny
 *     leaves untranslated), then IR_UNKNOWN rules for what is not
 *     modelled;
 *   - bindings given by the caller (the topology's acl-in / acl-out for a
 *     bare ACL file) are used for interfaces the file does not bind itself:
 *     bindings in the file win (fwlint-topology(5), "firewall");
 *   - ir_ruleset.nsource counts ACL entries understood (remarks excluded),
 *     ir_ruleset.nbindings the bindings in effect.
 */
#ifndef FWLINT_CISCO_H
#define FWLINT_CISCO_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "fixit.h"
#include "ir.h"
#include "srcloc.h"

/* An ACL bound to an interface from outside the file (the topology). */
typedef struct cisco_binding {
	const char *ifname;
	const char *acl;
	bool out;
	srcloc loc;       /* where the topology says so */
} cisco_binding;

/* "cisco" (IOS) or "asa" for a running-config or ACL file, NULL when it is
 * neither: "ASA Version", "nameif", "access-list NAME extended",
 * "access-group NAME in interface" say ASA; "ip access-list",
 * "access-list 1-199|1300-2699 permit|deny", "interface ...",
 * "version 12.4" say IOS.  Blank lines, "!" and RANCID-style headers are
 * skipped. */
const char *cisco_detect(const char *buf, size_t len);

/* Parse buf[0..len) as IR_FMT_CISCO or IR_FMT_ASA.  Every problem is a
 * parse-error in diags (at most CISCO_MAX_ERRORS).  A binding (from the
 * file or from `extra`) that names an ACL that does not exist is a
 * parse-error at the binding (the device refuses it for ASA; IOS permits
 * everything through a missing ACL: then an unresolved warning).  Always
 * returns a ruleset. */
ir_ruleset *cisco_parse(const char *path, const char *buf, size_t len, enum ir_format fmt,
			const cisco_binding *extra, size_t nextra, diag_list *diags);

/* The fix-its of the IOS and the ASA (fixit.h, fwlint(1) FIX-ITS;
 * src/frontend/cisco/cisco_fixit.c): access-list entries before the
 * deciding one, with a free sequence number (IOS) or "line N" (ASA), or a
 * new access-list bound where none filters.  They read the file again, to
 * place the entries among its lines. */
int ios_fixit(const fixit_req *rq, fixit_list *out, const char **why);
int asa_fixit(const fixit_req *rq, fixit_list *out, const char **why);

/* The target of the synthetic rule that ends every ACL: messages name it
 * ("the implicit deny at the end of access-list X"), not "this rule",
 * since its location is the ACL's first line. */
#define CISCO_IMPLICIT_DENY "implicit deny"
/* The target of the implicit ICMPv6 neighbour discovery permits before the
 * implicit deny of an IOS IPv6 access list. */
#define CISCO_IMPLICIT_PERMIT "implicit permit"

#define CISCO_MAX_ERRORS      50
#define CISCO_MAX_GROUP_DEPTH 16     /* nested object-groups */
#define CISCO_MAX_WILDCARD_RANGES 4096 /* a non-contiguous wildcard mask
					  beyond this many address ranges
					  is unresolved */

#endif
