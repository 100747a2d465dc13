/* xlate.c - translations on sets of packets (xlate.h). */
#include "xlate.h"

#include <string.h>

bool proto_has_ports(unsigned proto)
{
	/* TCP, UDP, DCCP, SCTP, UDP-Lite */
	return proto == 6 || proto == 17 || proto == 33 || proto == 132 || proto == 136;
}

xlate xlate_identity(void)
{
	xlate x;
	memset(&x, 0, sizeof x);
	for (int i = 0; i < XL_NFIELDS; i++)
		x.f[i].kind = XL_KEEP;
	return x;
}

static bool field_equal(const xl_field *a, const xl_field *b)
{
	if (a->kind != b->kind)
		return false;
	if (a->kind == XL_KEEP)
		return true;
	return a->lo == b->lo && a->hi == b->hi && (a->kind != XL_MAP || a->base == b->base);
}

bool xlate_is_identity(const xlate *x)
{
	for (int i = 0; i < XL_NFIELDS; i++)
		if (x->f[i].kind != XL_KEEP)
			return false;
	return true;
}

bool xlate_equal(const xlate *a, const xlate *b)
{
	for (int i = 0; i < XL_NFIELDS; i++)
		if (!field_equal(&a->f[i], &b->f[i]))
			return false;
	return true;
}

bool xlate_chooses(const xlate *x)
{
	for (int i = 0; i < XL_NFIELDS; i++)
		if (x->f[i].kind == XL_SET && x->f[i].lo != x->f[i].hi)
			return true;
	return false;
}

void xlate_then(xlate *x, int field, const xl_field *t)
{
	xl_field *f = &x->f[field];
	switch (t->kind) {
	case XL_KEEP:
		return;
	case XL_SET:
		*f = *t;
		return;
	case XL_MAP:
		if (f->kind == XL_KEEP) {
			*f = *t;
		} else if (f->kind == XL_SET) {
			f->lo = t->lo + (f->lo - t->base);
			f->hi = t->lo + (f->hi - t->base);
		} else {
			/* v -> f->lo + (v - f->base) -> t->lo + (that - t->base) */
			u128 lo = t->lo + (f->lo - t->base), hi = t->lo + (f->hi - t->base);
			f->lo = lo;
			f->hi = hi;
		}
		return;
	}
}

xl_field xl_invert(const xl_field *t, u128 lo, u128 hi)
{
	xl_field r = *t;
	switch (t->kind) {
	case XL_KEEP:
		break;
	case XL_SET:
		r.lo = lo;
		r.hi = hi;
		break;
	case XL_MAP:
		r.lo = t->base;
		r.hi = t->base + (t->hi - t->lo);
		r.base = t->lo;
		break;
	}
	return r;
}

/* The box's interval of field i. */
static void field_get(const pbox *b, int i, u128 *lo, u128 *hi)
{
	switch (i) {
	case XL_SRC: *lo = b->src_lo; *hi = b->src_hi; break;
	case XL_DST: *lo = b->dst_lo; *hi = b->dst_hi; break;
	case XL_SPORT: *lo = b->sport_lo; *hi = b->sport_hi; break;
	default: *lo = b->dport_lo; *hi = b->dport_hi; break;
	}
}

static void field_put(pbox *b, int i, u128 lo, u128 hi)
{
	switch (i) {
	case XL_SRC: b->src_lo = lo; b->src_hi = hi; break;
	case XL_DST: b->dst_lo = lo; b->dst_hi = hi; break;
	case XL_SPORT: b->sport_lo = (uint16_t)lo; b->sport_hi = (uint16_t)hi; break;
	default: b->dport_lo = (uint16_t)lo; b->dport_hi = (uint16_t)hi; break;
	}
}

/* The fields of mask that x rewrites, ports left out for a box whose
 * protocols have none. */
static unsigned active(const xlate *x, unsigned fields, bool ports)
{
	unsigned m = 0;
	for (int i = 0; i < XL_NFIELDS; i++)
		if ((fields >> i & 1) && x->f[i].kind != XL_KEEP &&
		    (ports || (i != XL_SPORT && i != XL_DPORT)))
			m |= 1u << i;
	return m;
}

/* Split b's protocol range into runs that all have ports or all have none;
 * calls fn for each. */
typedef void (*run_fn)(const pbox *b, bool ports, void *arg);
static void proto_runs(const pbox *b, run_fn fn, void *arg)
{
	unsigned lo = b->proto_lo;
	while (lo <= b->proto_hi) {
		bool ports = proto_has_ports(lo);
		unsigned hi = lo;
		while (hi < b->proto_hi && proto_has_ports(hi + 1) == ports)
			hi++;
		pbox part = *b;
		part.proto_lo = (uint8_t)lo;
		part.proto_hi = (uint8_t)hi;
		fn(&part, ports, arg);
		lo = hi + 1;
	}
}

typedef struct image_arg {
	const xlate *x;
	unsigned fields;
	pset *out;
} image_arg;

static void image_box(const pbox *b, bool ports, void *arg)
{
	const image_arg *a = arg;
	unsigned m = active(a->x, a->fields, ports);
	pbox r = *b;
	for (int i = 0; i < XL_NFIELDS; i++) {
		if (!(m >> i & 1))
			continue;
		const xl_field *t = &a->x->f[i];
		u128 lo, hi;
		field_get(b, i, &lo, &hi);
		if (t->kind == XL_SET)
			field_put(&r, i, t->lo, t->hi);
		else
			field_put(&r, i, t->lo + (lo - t->base), t->lo + (hi - t->base));
	}
	pset_add_box(a->out, &r);
}

pset xlate_image(const pset *s, const xlate *x, unsigned fields)
{
	if (!active(x, fields, true))
		return pset_clone(s);
	pset out = pset_empty();
	out.overflow = s->overflow;
	image_arg a = { x, fields, &out };
	for (size_t i = 0; i < s->n; i++) {
		if (active(x, fields, false) == active(x, fields, true))
			image_box(&s->box[i], false, &a);
		else
			proto_runs(&s->box[i], image_box, &a);
	}
	return out;
}

typedef struct pre_arg {
	const xlate *x;
	unsigned fields;
	const pset *img;
	pset *out;
	bool chose;
} pre_arg;

/* Narrow r (a box of `from`, one protocol run) to the packets whose image
 * lies in c; false when none does. */
static bool pre_one(pbox *r, const pbox *c, unsigned m, const xlate *x, bool *chose)
{
	pbox keep = *r;
	for (int i = 0; i < XL_NFIELDS; i++) {
		u128 olo, ohi, clo, chi;
		field_get(&keep, i, &olo, &ohi);
		field_get(c, i, &clo, &chi);
		const xl_field *t = &x->f[i];
		if (!(m >> i & 1) || t->kind == XL_KEEP) {
			u128 lo = olo > clo ? olo : clo, hi = ohi < chi ? ohi : chi;
			if (lo > hi)
				return false;
			field_put(r, i, lo, hi);
		} else if (t->kind == XL_SET) {
			if (chi < t->lo || clo > t->hi)
				return false;
			if (clo > t->lo || chi < t->hi)
				*chose = true;
		} else {
			/* the image of olo..ohi is ilo..ihi; meet it with c */
			u128 ilo = t->lo + (olo - t->base), ihi = t->lo + (ohi - t->base);
			u128 lo = ilo > clo ? ilo : clo, hi = ihi < chi ? ihi : chi;
			if (lo > hi)
				return false;
			field_put(r, i, t->base + (lo - t->lo), t->base + (hi - t->lo));
		}
	}
	/* the fields no chain changes: both; those a chain may set: c's */
	u128 lo = r->proto_lo > c->proto_lo ? r->proto_lo : c->proto_lo;
	u128 hi = r->proto_hi < c->proto_hi ? r->proto_hi : c->proto_hi;
	if (lo > hi)
		return false;
	r->proto_lo = (uint8_t)lo;
	r->proto_hi = (uint8_t)hi;
	uint16_t l16 = r->iif_lo > c->iif_lo ? r->iif_lo : c->iif_lo;
	uint16_t h16 = r->iif_hi < c->iif_hi ? r->iif_hi : c->iif_hi;
	if (l16 > h16)
		return false;
	r->iif_lo = l16;
	r->iif_hi = h16;
	l16 = r->oif_lo > c->oif_lo ? r->oif_lo : c->oif_lo;
	h16 = r->oif_hi < c->oif_hi ? r->oif_hi : c->oif_hi;
	if (l16 > h16)
		return false;
	r->oif_lo = l16;
	r->oif_hi = h16;
	r->flags &= c->flags;
	if (!r->flags)
		return false;
	r->mark_lo = c->mark_lo;
	r->mark_hi = c->mark_hi;
	r->state = c->state;
	r->dir = c->dir;
	return !pbox_is_empty(r);
}

static void pre_box(const pbox *o, bool ports, void *arg)
{
	pre_arg *a = arg;
	unsigned m = active(a->x, a->fields, ports);
	for (size_t j = 0; j < a->img->n; j++) {
		pbox r = *o;
		if (pre_one(&r, &a->img->box[j], m, a->x, &a->chose))
			pset_add_box(a->out, &r);
	}
}

pset xlate_preimage(const pset *from, const xlate *x, unsigned fields, const pset *img,
		    bool *chose)
{
	pset out = pset_empty();
	out.overflow = from->overflow || img->overflow;
	pre_arg a = { x, fields, img, &out, false };
	for (size_t i = 0; i < from->n; i++) {
		if (active(x, fields, false) == active(x, fields, true))
			pre_box(&from->box[i], false, &a);
		else
			proto_runs(&from->box[i], pre_box, &a);
	}
	if (chose)
		*chose = a.chose;
	return out;
}

void xlate_packet(const xlate *x, unsigned fields, packet *p)
{
	bool ports = proto_has_ports(p->proto);
	for (int i = 0; i < XL_NFIELDS; i++) {
		const xl_field *t = &x->f[i];
		if (!(fields >> i & 1) || t->kind == XL_KEEP ||
		    (!ports && (i == XL_SPORT || i == XL_DPORT)))
			continue;
		u128 *v = i == XL_SRC ? &p->src : i == XL_DST ? &p->dst : NULL;
		u128 old = v ? *v : i == XL_SPORT ? p->sport : p->dport;
		u128 nv = t->kind == XL_SET ? t->lo : t->lo + (old - t->base);
		if (v)
			*v = nv;
		else if (i == XL_SPORT)
			p->sport = (uint16_t)nv;
		else
			p->dport = (uint16_t)nv;
	}
}
