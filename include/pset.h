/* pset.h - the packet-set algebra: exact unions of boxes.
 *
 * A packet here is: protocol, source and destination address, source and
 * destination port, ingress and egress interface, connection-tracking state
 * and TCP flags.  A box (pbox) is one interval per ordered field and one bit
 * set per enumerated field; a set (pset) is a finite union of boxes.  The
 * design, its trade-offs and the bound that keeps it from running away are
 * described at the top of src/core/pset.c (and in docs/design.md).
 *
 * Addresses are 128-bit.  IPv4 addresses live in the IPv4-mapped range
 * ::ffff:0.0.0.0/96 (RFC 4291 2.5.5.2), so one interval type serves both
 * families; use addr_v4() to build one and PSET_V4_LO/HI for the family.
 *
 * Ports are meaningful for TCP, UDP, UDP-Lite, SCTP and DCCP.  For ICMP and
 * ICMPv6 the destination-port field carries type * 256 + code (so a match on
 * an ICMP type is an interval) and the source port is 0.  For every other
 * protocol both port fields are left whole.  TCP flags are meaningful for
 * TCP only; other protocols leave the field whole.
 *
 * Interfaces are small integers handed out by an iftab (see iftab.h); 0 is
 * "no interface / any interface the tables do not name".
 *
 * The packet mark (iptables MARK, -m mark) is 0..2^32-1 when the file has
 * set it on the packet's way (or it came from the wire into a complete
 * dump: 0), and MARK_UNKNOWN when it has not: the mark a packet comes with
 * is not in the file otherwise.  The conntrack direction (dir) is
 * ORIGINAL or REPLY for a tracked packet (iptables-extensions(8),
 * conntrack --ctdir); a NEW packet is always ORIGINAL, and for INVALID and
 * UNTRACKED packets the field means nothing.
 *
 * Ownership.  A pset owns its array of boxes.  The functions below come in
 * three groups, by what they do to their arguments:
 *   - values: the box functions, the predicates and the functions that
 *     return a pset never change their arguments; a returned pset is new
 *     and the caller frees it with pset_free();
 *   - in place: pset_add_box, pset_add_disjoint, pset_remove_box,
 *     pset_add_set, pset_absorb, pset_compact and pset_free change the set
 *     their first argument points to (pset_absorb also takes the boxes of
 *     its second and leaves it empty);
 *   - output parameters: pbox_intersect, pset_example and the fmt_*,
 *     pset_summary functions write only to *out or buf.
 * The design, and the implementation files, are described at the top of
 * src/core/pset.c.
 */
#ifndef FWLINT_PSET_H
#define FWLINT_PSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

__extension__ typedef unsigned __int128 u128;

#define U128_MAX (~(u128)0)
#define PSET_V4_LO (((u128)0xffff) << 32)
#define PSET_V4_HI (PSET_V4_LO | 0xffffffffu)

static inline u128 addr_v4(uint32_t a)
{
	return PSET_V4_LO | a;
}

static inline bool addr_is_v4(u128 a)
{
	return a >= PSET_V4_LO && a <= PSET_V4_HI;
}

/* Connection-tracking states (a bit set in pbox.state). */
enum {
	CT_NEW = 1u << 0,
	CT_ESTABLISHED = 1u << 1,
	CT_RELATED = 1u << 2,
	CT_INVALID = 1u << 3,
	CT_UNTRACKED = 1u << 4,
	CT_ALL = 0x1f,
};

/* TCP flag bits, as in the TCP header. */
enum {
	TCPF_FIN = 0x01,
	TCPF_SYN = 0x02,
	TCPF_RST = 0x04,
	TCPF_PSH = 0x08,
	TCPF_ACK = 0x10,
	TCPF_URG = 0x20,
};
/* pbox.flags is a set of flag combinations: bit c is set when the
 * combination c (a 6-bit value of the TCPF_* bits) is in the set. */
#define TCPFLAGS_ALL (~(uint64_t)0)
/* The set of combinations c with (c & mask) == comp. */
uint64_t tcpflags_match(unsigned mask, unsigned comp);

/* The mark a packet has when nothing in the file set it. */
#define MARK_UNKNOWN ((uint64_t)1 << 32)

/* Conntrack directions (a bit set in pbox.dir). */
enum {
	CTDIR_ORIGINAL = 1u << 0,
	CTDIR_REPLY = 1u << 1,
	CTDIR_ALL = 0x3,
};

#define PROTO_ICMP 1
#define PROTO_TCP 6
#define PROTO_UDP 17
#define PROTO_ICMPV6 58

typedef struct pbox {
	u128 src_lo, src_hi, dst_lo, dst_hi;
	uint64_t flags;               /* set of TCP flag combinations */
	uint64_t mark_lo, mark_hi;    /* 0..MARK_UNKNOWN */
	uint16_t sport_lo, sport_hi, dport_lo, dport_hi;
	uint16_t iif_lo, iif_hi, oif_lo, oif_hi;
	uint8_t proto_lo, proto_hi;
	uint8_t state;                /* set of CT_* */
	uint8_t dir;                  /* set of CTDIR_* */
} pbox;

typedef struct pset {
	pbox *box;
	size_t n, cap;
	/* Set when an operation would have needed more than PSET_MAX_BOXES
	 * boxes: the set is then no longer exact and every check that sees it
	 * must say "too complex" instead of giving an answer. */
	bool overflow;
} pset;

#define PSET_MAX_BOXES ((size_t)1 << 20)

/* One concrete packet. */
typedef struct packet {
	u128 src, dst;
	uint16_t sport, dport, iif, oif;
	uint8_t proto, state, flags;  /* state: one CT_* bit; flags: TCPF_* */
	bool reply;                   /* conntrack direction REPLY (else ORIGINAL) */
	bool mark_known;              /* mark: set by the file (else MARK_UNKNOWN) */
	uint32_t mark;
} packet;

/* The mark field's value for p: its mark, or MARK_UNKNOWN. */
static inline uint64_t packet_mark(const packet *p)
{
	return p->mark_known ? p->mark : MARK_UNKNOWN;
}

/* Boxes: values, none changes its arguments. */
pbox pbox_full(void);
bool pbox_is_empty(const pbox *b);
bool pbox_intersects(const pbox *a, const pbox *b);
bool pbox_contains(const pbox *outer, const pbox *inner);
/* *out = a & b; returns false (and leaves *out unspecified) when empty.
 * out may be a or b (narrowing a box in place). */
bool pbox_intersect(const pbox *a, const pbox *b, pbox *out);
bool pbox_contains_packet(const pbox *b, const packet *p);
/* The box of one packet: its fields, its state, for TCP its flags, its
 * conntrack direction, and its mark or, unless it states one, the mark
 * the file does not know (MARK_UNKNOWN). */
pbox pbox_of_packet(const packet *p);

/* Sets: new sets.  Each returns a set the caller frees with pset_free();
 * none changes its arguments. */
pset pset_empty(void);
pset pset_full(void);
pset pset_from_box(const pbox *b);
pset pset_clone(const pset *s);
pset pset_union(const pset *a, const pset *b);
pset pset_intersect(const pset *a, const pset *b);
pset pset_intersect_box(const pset *a, const pbox *b);
pset pset_subtract(const pset *a, const pset *b);
pset pset_subtract_box(const pset *a, const pbox *b);
pset pset_complement(const pset *a);

/* Sets: predicates; none changes its arguments. */
bool pset_is_empty(const pset *s);
bool pset_intersects(const pset *a, const pset *b);
bool pset_subset(const pset *a, const pset *b); /* a <= b */
bool pset_equal(const pset *a, const pset *b);
/* The same boxes in the same order (a cheap test that implies pset_equal;
 * field by field: a pbox has padding, memcmp would read it). */
bool pset_same_boxes(const pset *a, const pset *b);
bool pset_contains_packet(const pset *s, const packet *p);

/* Sets: in place.  Each changes the set its first argument points to (the
 * cheap way to grow or shrink one set step by step); the second argument
 * is only read, except that pset_absorb frees it. */
/* Free the boxes of s and leave it empty (a valid empty set). */
void pset_free(pset *s);
/* s |= b; merges b with an adjacent box when it can. */
void pset_add_box(pset *s, const pbox *b);
/* s |= b for a b that the caller knows is disjoint from every box of s and
 * cannot merge with one (the sorted, separated ranges of one condition):
 * no scan, constant time.  Past PSET_MAX_BOXES it sets overflow. */
void pset_add_disjoint(pset *s, const pbox *b);
/* s -= b: pset_subtract_box without the copy, for a "not yet matched" set
 * that rule after rule is taken from. */
void pset_remove_box(pset *s, const pbox *b);
/* to |= from: adds every box of from. */
void pset_add_set(pset *to, const pset *from);
/* to |= from, then frees from (left empty): for a set that is done with. */
void pset_absorb(pset *to, pset *from);
/* The same packets in fewer boxes: merges adjacent and contained boxes and
 * sorts them in a canonical order. */
void pset_compact(pset *s);

/* *out = one packet of s, chosen to be plausible: in each box, the
 * protocol TCP, then UDP, then ICMP; the state NEW; a TCP packet a plain
 * SYN (or ACK when SYN is not in the set); both addresses of one family
 * (IPv4 when it can), each a documentation address (198.51.100.7,
 * 203.0.113.7, 192.0.2.7, 2001:db8::7) when the box holds one, else the
 * lowest host address that does not end in .0 or .255 (nor lies in
 * 0.0.0.0/8 or 127.0.0.0/8) when the box holds one, the destination
 * another than the source; a source port 49152, else 50000, else the
 * lowest >= 1024, else the highest (for a reply, in the conntrack REPLY
 * direction, the other way round); a destination port one of 22, 23, 53,
 * 80, 443, 445, 3389 for TCP, 53, 123, 137, 161, 500 for the others (in
 * that order) when the range reaches below 1024, else the lowest but 0;
 * an ICMP or ICMPv6 echo request when it can; other fields
 * their lowest value.  Of the boxes' packets, the one that ranks first by
 * protocol, flags, state, destination port, source port, addresses, then
 * values.  The example is always a member of s.  Returns false (and
 * leaves *out alone) when s is empty. */
bool pset_example(const pset *s, packet *out);
/* Preferences for pset_example_pref: destination ports to show, best
 * first (the ports a requirement names), before the common ones, or after
 * them when after_common is set. */
typedef struct example_prefs {
	const uint16_t *dports;
	size_t ndports;
	bool after_common;
} example_prefs;
/* pset_example with preferences; pref may be NULL (pset_example). */
bool pset_example_pref(const pset *s, const example_prefs *pref, packet *out);
/* The packet pset_example gave before it chose plausible ones, for a
 * caller that walks a set by probing it (shadowed-rule): in each box the
 * lowest value of every field, except that the protocol prefers TCP, then
 * UDP, then ICMP, the state NEW, a TCP packet a plain SYN (or ACK) and the
 * source port an ephemeral one (>= 1024) when the box allows it; of the
 * boxes' packets, the one that ranks first in that order, then by the
 * lowest values.  A member of s; false when s is empty. */
bool pset_example_lowest(const pset *s, packet *out);

/* Formatting.  Addresses print as dotted quads for the IPv4-mapped range and
 * in RFC 5952 form otherwise; intervals print as a prefix when they are one,
 * "a-b" otherwise, "any" when whole. */
struct iftab;
void fmt_addr(u128 a, char *buf, size_t n);       /* n >= 48 */
void fmt_addr_range(u128 lo, u128 hi, char *buf, size_t n); /* n >= 100 */
/* "TCP 198.51.100.7:40000 -> 10.1.0.10:135 in eth0 out eth2 NEW SYN";
 * tab may be NULL (interfaces then print as #id). */
void fmt_packet(const packet *p, const struct iftab *tab, char *buf, size_t n);
/* A readable summary of the set: its projection on protocol, addresses and
 * ports (interfaces, states and flags are left out), one group per protocol,
 * source, destination and source-port range, listing destination ports:
 * "TCP from any to 10.1.0.10 ports 1-134,136-65535; UDP from any to
 * 10.1.0.10 port 53".  ICMP lists types ("ICMP from any to any type 8").
 * Writes at most n bytes (always NUL-terminated, "..." when cut); at most
 * 6 groups and 8 ranges per group are spelled out, the rest as "and N more".
 * Deterministic: the same set prints the same whatever its box order.
 * An empty set is "nothing"; an overflowed one starts "(too complex,
 * incomplete)".  tab is unused for now (reserved for interfaces). */
void pset_summary(const pset *s, const struct iftab *tab, char *buf, size_t n);

/* ------------------------------------------------------------------
 * Sets in the words of a topology (src/core/pset_fmt.c).
 */

/* Intervals of one field, sorted, disjoint and not adjacent. */
typedef struct ivl {
	u128 lo, hi;
} ivl;
typedef struct ivset {
	ivl *v;
	size_t n;
} ivset;

/* Every packet whose protocol, source, destination, source port and
 * destination port are in these sets (the other fields whole). */
typedef struct pset_term {
	ivset proto, src, dst, sport, dport;
} pset_term;
typedef struct pset_terms {
	pset_term *v;
	size_t n;
} pset_terms;

/* The projection of s on protocol, addresses and ports as a union of
 * terms, in a canonical form: the protocols, then the sources, then the
 * destinations, then the source ports are cut into classes of values that
 * lead to the same rest of the set, so that two sets with the same
 * packets give the same terms in the same order whatever their boxes;
 * then terms that differ only in their sources are joined.  Exact: the
 * union of the terms is the projection.  Returns false (and *out empty)
 * when that takes more work than a fixed bound (a set too complex to put
 * in words).  The caller frees *out with pset_terms_free(). */
bool pset_terms_of(const pset *s, pset_terms *out);
void pset_terms_free(pset_terms *t);

/* A name for addresses: a zone (its addresses) or a host ("EXCH1
 * 192.0.2.10": its address, or any set of addresses it stands for). */
typedef struct addr_name {
	const char *text;
	const ivl *iv; /* sorted, disjoint, not adjacent */
	size_t niv;
	bool zone;
} addr_name;
typedef struct addr_names {
	const addr_name *v;
	size_t n;
} addr_names;

/* One term in words: "TCP from internet to EXCH1 192.0.2.10 on every
 * port but 25, 993, 995".  An address set is a list of: the zones whose
 * addresses of the set's family (or families) it holds whole, by name,
 * with their block when that is one ("corp 10.1.0.0/16"); a zone that it
 * holds but for at most four hosts or blocks (blocks that may reach past
 * the zone: what the zone does not hold is not said), when that is
 * shorter, as "internet except EXCH1 192.0.2.10" or "internet except
 * 10.0.0.0/8"; the hosts that it holds, by their text; and what is left
 * as CIDR blocks or, when that is shorter, as the smallest block that
 * holds it but up to four hosts or blocks ("10.2.135.0/24 except
 * 10.2.135.115"); sorted by their lowest address.  The set of every
 * address is "any".  A zone named for one family's addresses on a line
 * whose addresses are all names says which ("TCP over IPv4 from internet
 * to dmz").  A port list is written as it is or as its complement,
 * whichever has fewer ranges ("ports 80, 443", "every port but 25"); a
 * source port list that is not every port follows the source.  At most
 * 8 items of a list are spelled out ("and N more"): then, or when buf is
 * too small (cut with "..."), *elided is set (it is never cleared).
 * names may be NULL: addresses are then CIDR blocks. */
void fmt_term(const pset_term *t, const addr_names *names, char *buf, size_t n,
	      bool *elided);

#endif
