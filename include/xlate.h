/* xlate.h - address and port translation (NAT) on sets of packets.
 *
 * A translation rewrites the header fields of a packet: source and
 * destination address and port.  fwlint keeps a set of packets in the terms
 * they had where they entered the firewall, with a translation that says
 * what they have become (xlate); a chain is then evaluated on the image of
 * the set (xlate_image) and what it decides is taken back to the packets
 * that entered (xlate_preimage).  Both are exact: a translation rewrites
 * each field on its own, so the image and the preimage of a box are boxes.
 *
 * Each field is kept, set, or mapped one to one:
 *   XL_KEEP  the packet's own value;
 *   XL_SET   a value in lo..hi: one value when lo == hi (DNAT to one
 *            address); of several, the firewall picks one by a rule that
 *            the file does not give (a pool, a hash): every one is possible;
 *   XL_MAP   lo + (value - base): a prefix or a port range onto another of
 *            the same size (NETMAP, binat-to, a port range to a range).
 * Ports are rewritten only for the protocols that have them (TCP, UDP,
 * UDP-Lite, SCTP, DCCP); ICMP keeps its type and code.
 */
#ifndef FWLINT_XLATE_H
#define FWLINT_XLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "pset.h"

enum xl_kind { XL_KEEP, XL_SET, XL_MAP };

typedef struct xl_field {
	enum xl_kind kind;
	u128 lo, hi, base;
} xl_field;

/* The header fields, in the order of xlate.f. */
enum { XL_SRC, XL_DST, XL_SPORT, XL_DPORT, XL_NFIELDS };
#define XL_DST_FIELDS ((1u << XL_DST) | (1u << XL_DPORT))
#define XL_SRC_FIELDS ((1u << XL_SRC) | (1u << XL_SPORT))
#define XL_ALL_FIELDS (XL_DST_FIELDS | XL_SRC_FIELDS)

typedef struct xlate {
	xl_field f[XL_NFIELDS];
} xlate;

/* Every field kept. */
xlate xlate_identity(void);
bool xlate_is_identity(const xlate *x);
bool xlate_equal(const xlate *a, const xlate *b);
/* A field set to one value of several: which one is not known. */
bool xlate_chooses(const xlate *x);

/* Rewrite field `field` of *x as t says, t being relative to the value the
 * field has after *x: what x then does is first x, then t. */
void xlate_then(xlate *x, int field, const xl_field *t);

/* The packets of s translated by x (fields outside `fields`, a mask of
 * 1 << XL_*, kept). */
pset xlate_image(const pset *s, const xlate *x, unsigned fields);
/* The packets of from whose image by x (on `fields`) has its header in
 * img: the header fields and the fields that no chain changes (protocol,
 * interfaces, TCP flags) from both; the mark, the connection state and
 * direction, which a chain may have set, from img.  *chose (may be NULL)
 * is set when some packet of the result has images outside img too (x
 * chooses a value of several). */
pset xlate_preimage(const pset *from, const xlate *x, unsigned fields, const pset *img,
		    bool *chose);

/* What undoes field t for the packets whose field was in lo..hi before
 * t: KEEP and MAP are undone exactly; a SET goes back to lo..hi. */
xl_field xl_invert(const xl_field *t, u128 lo, u128 hi);

/* Translate one packet (a SET field takes its lowest value). */
void xlate_packet(const xlate *x, unsigned fields, packet *p);

/* A protocol whose packets have ports. */
bool proto_has_ports(unsigned proto);

#endif
