/* A property test of the packet-set algebra against a brute-force model on
 * a shrunken domain. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>

#include "pset.h"
#include "test_pset.h"

#include <stdlib.h>
#include <string.h>

/* --------------------------------------------------- property testing */

/* A brute-force model on a shrunken domain.  Random boxes take their bounds
 * from a small table per field (which holds the field's extremes and the
 * interesting boundaries: 1023/1024, 65535, the IPv4-mapped range, the top
 * of the 128-bit space).  Between two consecutive bounds every value
 * behaves alike under every operation, because results only ever have
 * bounds b, b - 1 or b + 1; so one representative per bound and per gap
 * between bounds makes an exhaustive enumeration exact over the whole real
 * packet space, not just over the sample.  Bit fields do the same with
 * classes of bits that random sets never split.  Each trial activates a few
 * fields (the others stay whole) so that the domain stays small. */

enum {
	MF_PROTO,
	MF_SRC,
	MF_DST,
	MF_SPORT,
	MF_DPORT,
	MF_IIF,
	MF_OIF,
	MF_MARK,
	MF_STATE,
	MF_FLAGS,
	MF_DIR,
	MF_COUNT
};
#define MODEL_MAX_PACKETS 4096
#define MAX_VALUES	  8

typedef struct model_field {
	int nbounds;
	u128 bound[MAX_VALUES];
} model_field;

static const model_field interval_fields[MF_STATE] = {
    [MF_PROTO] = {4, {0, 6, 17, 255}},
    [MF_SRC] = {4, {0, 5, PSET_V4_HI, ~(u128)0}},
    [MF_DST] = {4, {0, 1, PSET_V4_LO + 10, ~(u128)0}},
    [MF_SPORT] = {4, {0, 1023, 1024, 65535}},
    [MF_DPORT] = {4, {0, 135, 65534, 65535}},
    [MF_IIF] = {3, {0, 1, 65535}},
    [MF_OIF] = {3, {0, 2, 65535}},
    [MF_MARK] = {4, {0, 1, 0xffffffffu, MARK_UNKNOWN}},
};
/* Bit classes that random sets never split, and one member of each. */
static const uint8_t state_class[3] = {CT_NEW, CT_ESTABLISHED | CT_RELATED,
				       CT_INVALID | CT_UNTRACKED};
static const uint8_t state_rep[3] = {CT_NEW, CT_ESTABLISHED, CT_INVALID};
#define FLAGS_C0 ((uint64_t)1 << TCPF_SYN)
#define FLAGS_C1                                                               \
	((uint64_t)1 << TCPF_ACK | (uint64_t)1 << (TCPF_SYN | TCPF_ACK))
static const uint64_t flags_class[3] = {FLAGS_C0, FLAGS_C1,
					~(FLAGS_C0 | FLAGS_C1)};
static const uint8_t flags_rep[3] = {TCPF_SYN, TCPF_ACK, 0};
static const uint8_t dir_class[2] = {CTDIR_ORIGINAL, CTDIR_REPLY};

/* How many classes a bit field has. */
static int nclasses(int f)
{
	return f == MF_DIR ? 2 : 3;
}

typedef struct model {
	bool active[MF_COUNT];
	int nvals[MF_COUNT];
	u128 val[MF_COUNT][2 * MAX_VALUES]; /* representatives, ascending */
	size_t npackets;
	packet *pkt;
} model;

typedef struct bits {
	uint64_t w[MODEL_MAX_PACKETS / 64];
} bits;

static uint64_t xorshift(uint64_t *state)
{
	uint64_t x = *state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *state = x;
}

static unsigned rnd(uint64_t *st, unsigned n)
{
	return (unsigned)(xorshift(st) % n);
}

static void model_init(model *m, uint64_t *st)
{
	memset(m, 0, sizeof(*m));
	size_t size = 1;
	/* Activate fields in random order while the domain stays small. */
	for (int tries = 0; tries < 12; tries++) {
		int f = (int)rnd(st, MF_COUNT);
		if (m->active[f])
			continue;
		size_t n;
		if (f >= MF_STATE) {
			n = (size_t)nclasses(f);
		} else {
			const model_field *mf = &interval_fields[f];
			n = 0;
			for (int i = 0; i < mf->nbounds; i++) {
				n++;
				if (i + 1 < mf->nbounds &&
				    mf->bound[i] + 1 < mf->bound[i + 1])
					n++;
			}
		}
		if (size * n > 1500)
			continue;
		size *= n;
		m->active[f] = true;
	}
	for (int f = 0; f < MF_COUNT; f++) {
		int n = 0;
		if (f >= MF_STATE) {
			for (int i = 0; i < (m->active[f] ? nclasses(f) : 1); i++)
				m->val[f][n++] = f == MF_STATE ? state_rep[i]
						 : f == MF_DIR ? (u128)i
								: flags_rep[i];
		} else if (!m->active[f]) {
			m->val[f][n++] = 0;
		} else {
			const model_field *mf = &interval_fields[f];
			for (int i = 0; i < mf->nbounds; i++) {
				m->val[f][n++] = mf->bound[i];
				if (i + 1 < mf->nbounds &&
				    mf->bound[i] + 1 < mf->bound[i + 1])
					m->val[f][n++] = mf->bound[i] + 1;
			}
		}
		m->nvals[f] = n;
	}
	m->npackets = size;
	m->pkt = malloc(size * sizeof(*m->pkt));
	for (size_t idx = 0; idx < size; idx++) {
		size_t rest = idx;
		u128 v[MF_COUNT];
		for (int f = 0; f < MF_COUNT; f++) {
			v[f] = m->val[f][rest % (size_t)m->nvals[f]];
			rest /= (size_t)m->nvals[f];
		}
		m->pkt[idx] = (packet){
		    .proto = (uint8_t)v[MF_PROTO],
		    .src = v[MF_SRC],
		    .dst = v[MF_DST],
		    .sport = (uint16_t)v[MF_SPORT],
		    .dport = (uint16_t)v[MF_DPORT],
		    .iif = (uint16_t)v[MF_IIF],
		    .oif = (uint16_t)v[MF_OIF],
		    .state = (uint8_t)v[MF_STATE],
		    .flags = (uint8_t)v[MF_FLAGS],
		    .reply = v[MF_DIR] != 0,
		    .mark_known = v[MF_MARK] < MARK_UNKNOWN,
		    .mark = (uint32_t)v[MF_MARK],
		};
	}
}

static void random_interval(const model *m, int f, uint64_t *st, u128 *lo,
			    u128 *hi)
{
	const model_field *mf = &interval_fields[f];
	*lo = mf->bound[0];
	*hi = mf->bound[mf->nbounds - 1];
	if (!m->active[f] || rnd(st, 3) == 0)
		return;
	unsigned i = rnd(st, (unsigned)mf->nbounds),
		 j = rnd(st, (unsigned)mf->nbounds);
	if (i > j) {
		unsigned t = i;
		i = j;
		j = t;
	}
	*lo = mf->bound[i];
	*hi = mf->bound[j];
}

static uint64_t random_classes(const model *m, int f, uint64_t *st)
{
	uint64_t set = 0;
	if (!m->active[f] || rnd(st, 3) == 0)
		return f == MF_STATE ? CT_ALL : f == MF_DIR ? CTDIR_ALL : TCPFLAGS_ALL;
	while (!set)
		for (int i = 0; i < nclasses(f); i++)
			if (rnd(st, 2))
				set |= f == MF_STATE ? state_class[i]
				       : f == MF_DIR ? dir_class[i]
						     : flags_class[i];
	return set;
}

static pbox random_box(const model *m, uint64_t *st)
{
	pbox b;
	u128 lo, hi;
	random_interval(m, MF_PROTO, st, &lo, &hi);
	b.proto_lo = (uint8_t)lo, b.proto_hi = (uint8_t)hi;
	random_interval(m, MF_SRC, st, &b.src_lo, &b.src_hi);
	random_interval(m, MF_DST, st, &b.dst_lo, &b.dst_hi);
	random_interval(m, MF_SPORT, st, &lo, &hi);
	b.sport_lo = (uint16_t)lo, b.sport_hi = (uint16_t)hi;
	random_interval(m, MF_DPORT, st, &lo, &hi);
	b.dport_lo = (uint16_t)lo, b.dport_hi = (uint16_t)hi;
	random_interval(m, MF_IIF, st, &lo, &hi);
	b.iif_lo = (uint16_t)lo, b.iif_hi = (uint16_t)hi;
	random_interval(m, MF_OIF, st, &lo, &hi);
	b.oif_lo = (uint16_t)lo, b.oif_hi = (uint16_t)hi;
	b.state = (uint8_t)random_classes(m, MF_STATE, st);
	b.flags = random_classes(m, MF_FLAGS, st);
	random_interval(m, MF_MARK, st, &lo, &hi);
	b.mark_lo = (uint64_t)lo, b.mark_hi = (uint64_t)hi;
	b.dir = (uint8_t)random_classes(m, MF_DIR, st);
	return b;
}

/* The test's own membership, independent of pbox_contains_packet. */
static bool model_in_box(const pbox *b, const packet *p)
{
	return p->proto >= b->proto_lo && p->proto <= b->proto_hi &&
	       p->src >= b->src_lo && p->src <= b->src_hi &&
	       p->dst >= b->dst_lo && p->dst <= b->dst_hi &&
	       p->sport >= b->sport_lo && p->sport <= b->sport_hi &&
	       p->dport >= b->dport_lo && p->dport <= b->dport_hi &&
	       p->iif >= b->iif_lo && p->iif <= b->iif_hi &&
	       p->oif >= b->oif_lo && p->oif <= b->oif_hi &&
	       (b->state & p->state) && (b->flags >> p->flags & 1) &&
	       packet_mark(p) >= b->mark_lo && packet_mark(p) <= b->mark_hi &&
	       (b->dir >> p->reply & 1);
}

static bits model_of_boxes(const model *m, const pbox *box, size_t n)
{
	bits r = {{0}};
	for (size_t i = 0; i < m->npackets; i++)
		for (size_t k = 0; k < n; k++)
			if (model_in_box(&box[k], &m->pkt[i])) {
				r.w[i / 64] |= (uint64_t)1 << (i % 64);
				break;
			}
	return r;
}

static bits model_of(const model *m, const pset *s)
{
	cr_assert(not(s->overflow));
	for (size_t k = 0; k < s->n; k++)
		cr_assert(not(pbox_is_empty(&s->box[k])));
	return model_of_boxes(m, s->box, s->n);
}

static bits bits_op(const model *m, const bits *a, const bits *b, char op)
{
	bits r = {{0}};
	for (size_t i = 0; i < (m->npackets + 63) / 64; i++) {
		uint64_t x = a->w[i], y = b ? b->w[i] : 0;
		r.w[i] = op == '|'   ? x | y
			 : op == '&' ? x & y
			 : op == '-' ? x & ~y
				     : ~x;
	}
	if (m->npackets % 64)
		r.w[m->npackets / 64] &=
		    ((uint64_t)1 << (m->npackets % 64)) - 1;
	return r;
}

static bool bits_eq(const bits *a, const bits *b)
{
	return memcmp(a, b, sizeof(*a)) == 0;
}

static bool bits_empty(const bits *a)
{
	bits zero = {{0}};
	return bits_eq(a, &zero);
}

/* The representative cell of an arbitrary packet (the largest
 * representative <= each value; bit fields by class). */
static size_t model_index(const model *m, const packet *p)
{
	u128 v[MF_COUNT] = {p->proto, p->src, p->dst, p->sport,
			    p->dport, p->iif, p->oif, packet_mark(p)};
	size_t idx = 0, mul = 1;
	for (int f = 0; f < MF_COUNT; f++) {
		int k = 0;
		if (f >= MF_STATE) {
			if (m->active[f])
				for (k = 0; k < nclasses(f); k++)
					if (f == MF_STATE
						? (state_class[k] & p->state)
					    : f == MF_DIR
						? (dir_class[k] >> p->reply & 1)
						: (flags_class[k] >> p->flags &
						   1))
						break;
		} else {
			while (k + 1 < m->nvals[f] && m->val[f][k + 1] <= v[f])
				k++;
		}
		idx += (size_t)k * mul;
		mul *= (size_t)m->nvals[f];
	}
	return idx;
}

static pset random_set(const model *m, uint64_t *st, pbox *boxes, size_t *n)
{
	pset s = pset_empty();
	*n = 1 + rnd(st, 4);
	for (size_t i = 0; i < *n; i++) {
		boxes[i] = random_box(m, st);
		pset_add_box(&s, &boxes[i]);
	}
	return s;
}

/* The same boxes in the same order (field by field: padding bytes are
 * not part of a box). */
static bool same_boxes(const pset *x, const pset *y)
{
	if (x->n != y->n)
		return false;
	for (size_t k = 0; k < x->n; k++)
		if (!pbox_contains(&x->box[k], &y->box[k]) ||
		    !pbox_contains(&y->box[k], &x->box[k]))
			return false;
	return true;
}

static void check_one_example(const model *m, const pset *s, const bits *ms,
			      int how)
{
	static const uint16_t ports[] = {65534, 135, 1023};
	example_prefs pref = {ports, NELEM(ports), how == 3};
	packet p;
	bool has = how == 0   ? pset_example(s, &p)
		   : how == 2 ? pset_example_lowest(s, &p)
			      : pset_example_pref(s, &pref, &p);
	cr_assert(eq(int, has, !bits_empty(ms)));
	if (!has)
		return;
	cr_assert(pset_contains_packet(s, &p), "example %d", how);
	size_t i = model_index(m, &p);
	cr_assert(ms->w[i / 64] >> (i % 64) & 1, "example %d", how);
}

/* Every example (plausible, with preferred ports before or after the
 * common ones, lowest) is a member. */
static void check_example(const model *m, const pset *s, const bits *ms)
{
	for (int how = 0; how < 4; how++)
		check_one_example(m, s, ms, how);
}

/* The terms of s are exactly its projection on protocol, addresses and
 * ports: the union of their products is the set with every other field
 * made whole. */
static void check_terms(const pset *s, int trial)
{
	pset_terms t;
	cr_assert(pset_terms_of(s, &t), "trial %d: terms", trial);
	pset back = pset_empty();
	for (size_t k = 0; k < t.n; k++) {
		const pset_term *x = &t.v[k];
		for (size_t a = 0; a < x->proto.n; a++)
		for (size_t b = 0; b < x->src.n; b++)
		for (size_t c = 0; c < x->dst.n; c++)
		for (size_t d = 0; d < x->sport.n; d++)
		for (size_t e = 0; e < x->dport.n; e++) {
			pbox bx = pbox_full();
			bx.proto_lo = (uint8_t)x->proto.v[a].lo;
			bx.proto_hi = (uint8_t)x->proto.v[a].hi;
			bx.src_lo = x->src.v[b].lo;
			bx.src_hi = x->src.v[b].hi;
			bx.dst_lo = x->dst.v[c].lo;
			bx.dst_hi = x->dst.v[c].hi;
			bx.sport_lo = (uint16_t)x->sport.v[d].lo;
			bx.sport_hi = (uint16_t)x->sport.v[d].hi;
			bx.dport_lo = (uint16_t)x->dport.v[e].lo;
			bx.dport_hi = (uint16_t)x->dport.v[e].hi;
			pset_add_box(&back, &bx);
		}
	}
	pset proj = pset_empty();
	for (size_t k = 0; k < s->n; k++) {
		pbox bx = pbox_full();
		bx.proto_lo = s->box[k].proto_lo;
		bx.proto_hi = s->box[k].proto_hi;
		bx.src_lo = s->box[k].src_lo;
		bx.src_hi = s->box[k].src_hi;
		bx.dst_lo = s->box[k].dst_lo;
		bx.dst_hi = s->box[k].dst_hi;
		bx.sport_lo = s->box[k].sport_lo;
		bx.sport_hi = s->box[k].sport_hi;
		bx.dport_lo = s->box[k].dport_lo;
		bx.dport_hi = s->box[k].dport_hi;
		pset_add_box(&proj, &bx);
	}
	cr_assert(pset_equal(&back, &proj), "trial %d: terms are the set", trial);
	/* canonical: the same packets in other boxes give the same terms */
	pset c = pset_clone(s);
	pset_compact(&c);
	pset_terms t2;
	cr_assert(pset_terms_of(&c, &t2));
	cr_assert(eq(sz, t.n, t2.n), "trial %d: canonical", trial);
	for (size_t k = 0; k < t.n; k++) {
		const ivset *x[] = {&t.v[k].proto, &t.v[k].src, &t.v[k].dst,
				    &t.v[k].sport, &t.v[k].dport};
		const ivset *y[] = {&t2.v[k].proto, &t2.v[k].src, &t2.v[k].dst,
				    &t2.v[k].sport, &t2.v[k].dport};
		for (size_t f = 0; f < 5; f++) {
			cr_assert(eq(sz, x[f]->n, y[f]->n), "trial %d: canonical", trial);
			for (size_t i = 0; i < x[f]->n; i++)
				cr_assert(x[f]->v[i].lo == y[f]->v[i].lo &&
					  x[f]->v[i].hi == y[f]->v[i].hi,
					  "trial %d: canonical", trial);
		}
	}
	pset_terms_free(&t2);
	pset_free(&c);
	pset_free(&back);
	pset_free(&proj);
	pset_terms_free(&t);
}

Test(property, algebra_matches_brute_force_model)
{
	uint64_t st = 0x9e3779b97f4a7c15ull;
	for (int trial = 0; trial < 1500; trial++) {
		model m;
		model_init(&m, &st);
		pbox abox[4], bbox[4];
		size_t na, nb;
		pset a = random_set(&m, &st, abox, &na);
		pset b = random_set(&m, &st, bbox, &nb);
		pset a_saved = pset_clone(&a), b_saved = pset_clone(&b);
		bits ma = model_of_boxes(&m, abox, na),
		     mb = model_of_boxes(&m, bbox, nb);
		bits got = model_of(&m, &a);
		cr_assert(bits_eq(&got, &ma), "trial %d: add_box", trial);

		pset u = pset_union(&a, &b), i = pset_intersect(&a, &b);
		pset d = pset_subtract(&a, &b), c = pset_complement(&a);
		pset db = pset_subtract_box(&a, &bbox[0]),
		     ib = pset_intersect_box(&a, &bbox[0]);
		bits mu = bits_op(&m, &ma, &mb, '|'),
		     mi = bits_op(&m, &ma, &mb, '&');
		bits md = bits_op(&m, &ma, &mb, '-'),
		     mc = bits_op(&m, &ma, NULL, '~');
		bits mbox = model_of_boxes(&m, &bbox[0], 1);
		bits mdb = bits_op(&m, &ma, &mbox, '-'),
		     mib = bits_op(&m, &ma, &mbox, '&');
		got = model_of(&m, &u);
		cr_assert(bits_eq(&got, &mu), "trial %d: union", trial);
		got = model_of(&m, &i);
		cr_assert(bits_eq(&got, &mi), "trial %d: intersect", trial);
		got = model_of(&m, &d);
		cr_assert(bits_eq(&got, &md), "trial %d: subtract", trial);
		got = model_of(&m, &c);
		cr_assert(bits_eq(&got, &mc), "trial %d: complement", trial);
		got = model_of(&m, &db);
		cr_assert(bits_eq(&got, &mdb), "trial %d: subtract_box", trial);
		got = model_of(&m, &ib);
		cr_assert(bits_eq(&got, &mib), "trial %d: intersect_box",
			  trial);

		cr_assert(eq(int, pset_subset(&a, &b), bits_empty(&md)),
			  "trial %d: subset", trial);
		cr_assert(eq(int, pset_equal(&a, &b), bits_eq(&ma, &mb)),
			  "trial %d: equal", trial);
		cr_assert(eq(int, pset_intersects(&a, &b), !bits_empty(&mi)),
			  "trial %d: intersects", trial);
		cr_assert(eq(int, pset_is_empty(&d), bits_empty(&md)),
			  "trial %d: is_empty", trial);
		cr_assert(pset_subset(&i, &a) && pset_subset(&a, &u) &&
			  pset_subset(&d, &a));

		/* The library's own membership agrees with the model. */
		for (size_t k = 0; k < m.npackets; k++)
			cr_assert(eq(int, pset_contains_packet(&a, &m.pkt[k]),
				     (int)(ma.w[k / 64] >> (k % 64) & 1)));

		check_example(&m, &a, &ma);
		check_example(&m, &d, &md);
		check_example(&m, &c, &mc);
		check_terms(&a, trial);
		check_terms(&d, trial);
		check_terms(&c, trial);

		/* absorb and compact keep the set. */
		pset x = pset_clone(&a), y = pset_clone(&b);
		pset_absorb(&x, &y);
		got = model_of(&m, &x);
		cr_assert(bits_eq(&got, &mu), "trial %d: absorb", trial);
		pset_compact(&x);
		got = model_of(&m, &x);
		cr_assert(bits_eq(&got, &mu), "trial %d: compact", trial);
		cr_assert(x.n <= u.n + b.n);

		/* The inputs are values. */
		cr_assert(same_boxes(&a, &a_saved), "trial %d: a changed",
			  trial);
		cr_assert(same_boxes(&b, &b_saved), "trial %d: b changed",
			  trial);

		pset *all[] = {&a, &b, &a_saved, &b_saved, &u, &i,
			       &d, &c, &db,	 &ib,	   &x, &y};
		for (size_t k = 0; k < NELEM(all); k++)
			pset_free(all[k]);
		free(m.pkt);
	}
}
