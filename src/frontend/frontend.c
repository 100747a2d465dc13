/* frontend.c - the table of front ends and a file read through it
 * (frontend.h). */
#include "frontend.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fileio.h"
#include "iptables.h"
#include "pf.h"
#include "xalloc.h"

/* Adapters from the table's one signature to each front end's own. */

static ir_ruleset *parse_iptables(const char *path, const char *buf, size_t len,
				  const fwload_opts *o, diag_list *diags)
{
	ipt_opts io = { .family = 0, .noflush = o->noflush };
	ir_ruleset *rs = ipt_parse_opts(path, buf, len, &io, diags);
	ipt_cut_jump_loops(rs, diags);
	return rs;
}

static ir_ruleset *parse_pf(const char *path, const char *buf, size_t len,
			    const fwload_opts *o, diag_list *diags)
{
	pf_opts po = { .allow_include_outside = o->allow_include_outside,
		       .max_input = o->max_input };
	return pf_parse_opts(path, buf, len, &po, diags);
}

/* FreeBSD's pfctl (fwlint(1), -I pf-freebsd): pfSense and OPNsense */
static ir_ruleset *parse_pf_freebsd(const char *path, const char *buf, size_t len,
				    const fwload_opts *o, diag_list *diags)
{
	pf_opts po = { .allow_include_outside = o->allow_include_outside, .freebsd = true,
		       .max_input = o->max_input };
	return pf_parse_opts(path, buf, len, &po, diags);
}

static ir_ruleset *parse_cisco_as(enum ir_format fmt, const char *path, const char *buf,
				  size_t len, const fwload_opts *o, diag_list *diags)
{
	return cisco_parse(path, buf, len, fmt, o->bindings, o->nbindings, diags);
}

static ir_ruleset *parse_ios(const char *path, const char *buf, size_t len,
			     const fwload_opts *o, diag_list *diags)
{
	return parse_cisco_as(IR_FMT_CISCO, path, buf, len, o, diags);
}

static ir_ruleset *parse_asa(const char *path, const char *buf, size_t len,
			     const fwload_opts *o, diag_list *diags)
{
	return parse_cisco_as(IR_FMT_ASA, path, buf, len, o, diags);
}

/* Detection asks the rows in this order: an empty file is an empty
 * iptables ruleset, and a Cisco configuration is recognised by commands
 * that can appear anywhere in it, so it comes last. */
const frontend frontend_table[] = {
	{ "iptables", ipt_detect, parse_iptables, false, ipt_fixit, false },
	{ "pf", pf_detect, parse_pf, false, pf_fixit, true },
	{ "pf-freebsd", NULL, parse_pf_freebsd, false, pf_fixit, true },
	{ "cisco", cisco_detect, parse_ios, true, ios_fixit, true },
	{ "asa", NULL, parse_asa, true, asa_fixit, true },
};

const size_t frontend_count = sizeof frontend_table / sizeof frontend_table[0];

/* Whether the ruleset lets replies through by their conntrack state: an
 * accepting rule that matches ESTABLISHED packets and not NEW ones
 * ("-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT"). */
static bool accepts_by_state(const ir_ruleset *rs)
{
	for (size_t t = 0; t < rs->n; t++)
		for (size_t c = 0; c < rs->table[t]->n; c++) {
			const ir_chain *ch = rs->table[t]->chain[c];
			for (size_t i = 0; i < ch->n; i++) {
				const ir_rule *r = ch->rule[i];
				if (r->action != IR_ACCEPT)
					continue;
				for (size_t k = 0; k < r->ncond; k++) {
					const ir_cond *cd = &r->cond[k];
					uint64_t m = cd->neg ? ~cd->bits & CT_ALL : cd->bits;
					if (cd->field == IR_STATE && (m & CT_ESTABLISHED) && !(m & CT_NEW))
						return true;
				}
			}
		}
	return false;
}

/* Keep the text and where its lines start, so that thousands of fix-its
 * do not read and cut the file thousands of times. */
static void keep_text(fwload *f, const char *buf, size_t len)
{
	f->text = xmalloc(len + 1);
	memcpy(f->text, buf, len);
	f->text[len] = '\0';
	f->text_len = len;
	size_t n = 0;
	for (const char *p = buf; (p = memchr(p, '\n', len - (size_t)(p - buf))); p++)
		n++;
	f->text_line = xcalloc(n + 2, sizeof *f->text_line);
	size_t i = len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	while (i < len) {
		f->text_line[f->text_nlines++] = i;
		const char *nl = memchr(buf + i, '\n', len - i);
		if (!nl)
			break;
		i = (size_t)(nl - buf) + 1;
	}
	f->text_line[f->text_nlines] = len;
}

const frontend *frontend_find(const char *name)
{
	for (size_t i = 0; i < frontend_count; i++)
		if (strcmp(frontend_table[i].name, name) == 0)
			return &frontend_table[i];
	return NULL;
}

const char *frontend_names(char *buf, size_t size)
{
	size_t len = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < frontend_count && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
					i == 0 ? "" : i + 1 == frontend_count ? " or " : ", ",
					frontend_table[i].name);
	return buf;
}

size_t frontend_first_statement(const char *buf, size_t len)
{
	size_t i = 0;
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < len) {
		while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'))
			i++;
		if (i >= len || buf[i] != '#')
			break;
		while (i < len && buf[i] != '\n')
			i++;
	}
	return i < len ? i : len;
}

const frontend *frontend_detect(const char *buf, size_t len)
{
	for (size_t i = 0; i < frontend_count; i++) {
		const char *name = frontend_table[i].detect ? frontend_table[i].detect(buf, len)
							    : NULL;
		if (name)
			return frontend_find(name);
	}
	return NULL;
}

static void fwload_init(fwload *f, const char *path)
{
	memset(f, 0, sizeof *f);
	f->path = xstrdup(path);
	f->suite = -1;
	f->fwindex = -1;
	iftab_init(&f->tab);
}

bool fwload_open(fwload *f, const char *path, const fwload_opts *o, diag_list *diags)
{
	char *buf;
	size_t len;
	char err[160];
	srcloc at = { path, 0, 0, 0, 0 };
	size_t max = o && o->max_input ? o->max_input : FILEIO_MAX_SIZE;
	if (read_whole_file_max(path, max, &buf, &len, err, sizeof err) != 0) {
		fwload_init(f, path);
		diag_error(diags, at, "cannot read: %s", err);
		f->io_error = true;
		return false;
	}
	bool ok = fwload_open_buf(f, path, buf, len, o, diags);
	free(buf);
	return ok;
}

bool fwload_open_buf(fwload *f, const char *path, const char *buf, size_t len,
		     const fwload_opts *o, diag_list *diags)
{
	static const fwload_opts defaults;
	if (!o)
		o = &defaults;
	fwload_init(f, path);
	srcloc at = { path, 0, 0, 0, 0 };
	int cr = lone_cr_column(buf, len);
	if (cr > 0) {
		srcloc first = { path, 1, cr, 1, cr };
		diag_check(diags, CHECK_PARSE_ERROR, first,
			   "the line ends with a carriage return alone (classic Mac OS line ends); iptables-restore and pfctl read such a file as one line: convert it to LF line ends");
		return false;
	}
	const frontend *fe = o->format ? frontend_find(o->format) : frontend_detect(buf, len);
	if (!fe && !o->format) {
		/* Not a file any front end reads: as far as fwlint can tell,
		 * no firewall would load it (fwlint(1): a finding, exit 1). */
		srcloc first = { path, 1, 1, 1, 1 };
		diag_check(diags, CHECK_PARSE_ERROR, first,
			   "not a format fwlint recognises (neither an iptables-save dump, a pf.conf nor a Cisco IOS or ASA configuration); name the format with -I or 'format' in the topology");
		return false;
	}
	if (!fe) {
		diag_error(diags, at, "the %s front end is not available in this version of fwlint",
			   o->format);
		f->io_error = true;
		return false;
	}
	fwload_opts taken = *o;
	if (!fe->takes_acl_bindings) {
		taken.bindings = NULL;
		taken.nbindings = 0;
	}
	f->rs = fe->parse(path, buf, len, &taken, diags);
	f->fe = fe;
	f->by_state = accepts_by_state(f->rs);
	if (fe->fixit_text)
		keep_text(f, buf, len);

	ir_collect_ifnames(f->rs, &f->tab);
	for (size_t i = 0; i < o->nifnames; i++)
		iftab_add(&f->tab, o->ifnames[i]);
	iftab_freeze(&f->tab);
	f->ev = eval_new(f->rs, &f->tab);
	return true;
}

void fwload_close(fwload *f)
{
	eval_free(f->ev);
	ir_ruleset_free(f->rs);
	iftab_free(&f->tab);
	free(f->text);
	free(f->text_line);
	free(f->path);
	memset(f, 0, sizeof *f);
}
