/* config.c - the .fwlint configuration file (config.h). */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "checks.h"
#include "cli_int.h"
#include "fileio.h"
#include "spell.h"
#include "xalloc.h"

#define CONFIG_NAME ".fwlint"

char *config_find(void)
{
	/* Named relative to the working folder ("../.fwlint"), so that the
	 * paths it gives, and the findings in files it names, read as the
	 * user would write them. */
	char *dir = getcwd(NULL, 0);
	if (!dir)
		return NULL;
	char *up = xstrdup("");
	char *found = NULL;
	for (;;) {
		char *p = xasprintf("%s%s", up, CONFIG_NAME);
		if (access(p, F_OK) == 0) {
			found = p;
			break;
		}
		free(p);
		char *slash = strrchr(dir, '/');
		if (!slash || !strcmp(dir, "/"))
			break;
		slash[slash == dir] = '\0';
		char *next = xasprintf("%s../", up);
		free(up);
		up = next;
	}
	free(up);
	free(dir);
	return found;
}

void config_free(fwconfig *cfg)
{
	free(cfg->topology);
	free(cfg->baseline);
	memset(cfg, 0, sizeof *cfg);
}


char *config_apply_checks(finish_opts *fo, const char *how, const char *names)
{
	const char *p = names;
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		const char *w = p;
		while (*p && *p != ',' && *p != ' ' && *p != '\t')
			p++;
		char *name = xstrndup(w, (size_t)(p - w));
		while (*p == ' ' || *p == '\t')
			p++;
		const check_def *c = check_find(name);
		if (!c) {
			const char *cand[CHECK_COUNT];
			for (size_t i = 0; i < CHECK_COUNT; i++)
				cand[i] = check_table[i].name;
			const char *best = *name ? spell_suggest(name, cand, CHECK_COUNT) : NULL;
			char *msg = !*name ? xasprintf("--%s needs a check name (fwlint --list-checks names them)", how)
				: best ? xasprintf("unknown check '%s' (did you mean '%s'?)", name, best)
				: xasprintf("unknown check '%s' (fwlint --list-checks names them)", name);
			free(name);
			return msg;
		}
		free(name);
		size_t id = (size_t)(c - check_table);
		if (!strcmp(how, "disable"))
			fo->disabled[id] = true;
		else if (!strcmp(how, "enable"))
			fo->disabled[id] = false;
		else if (!strcmp(how, "error"))
			fo->level[id] = DIAG_ERROR;
		else
			fo->level[id] = DIAG_WARNING;
		if (*p != ',')
			break;
		p++;
	}
	if (*p)
		return xasprintf("expected ',' between check names, found '%c'", *p);
	return NULL;
}

/* path resolved against the folder of the config file at cfgpath. */
static char *beside(const char *cfgpath, const char *path)
{
	if (path[0] == '/')
		return xstrdup(path);
	const char *slash = strrchr(cfgpath, '/');
	if (!slash)
		return xstrdup(path);
	return xasprintf("%.*s/%s", (int)(slash - cfgpath), cfgpath, path);
}

static const char *const keys[] = {
	"topology", "baseline", "disable", "enable", "error", "warning",
	"fail-on", "scope", "max-findings",
};

int config_load(const char *path, fwconfig *cfg, finish_opts *fo, diag_list *errs)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->fail_on = -1;
	cfg->scope = -1;
	char *buf;
	size_t len;
	char err[160];
	srcloc at = { path, 0, 0, 0, 0 };
	if (read_whole_file(path, &buf, &len, err, sizeof err) != 0) {
		diag_error(errs, at, "cannot read the configuration: %s", err);
		return -1;
	}
	int rc = 0, line = 0;
	for (char *p = buf, *next; p < buf + len && rc == 0; p = next) {
		line++;
		char *nl = memchr(p, '\n', (size_t)(buf + len - p));
		next = nl ? nl + 1 : buf + len;
		char *end = nl ? nl : buf + len;
		/* A comment runs from '#' to the end of the line. */
		char *hash = memchr(p, '#', (size_t)(end - p));
		if (hash)
			end = hash;
		while (end > p && isspace((unsigned char)end[-1]))
			end--;
		char *k = p;
		while (k < end && isspace((unsigned char)*k))
			k++;
		if (k == end)
			continue;
		srcloc here = { path, line, (int)(k - p) + 1, line, (int)(k - p) + 1 };
		if (memchr(k, '\0', (size_t)(end - k))) {
			diag_error(errs, here, "a NUL byte in the configuration");
			rc = -1;
			break;
		}
		char *eq = memchr(k, '=', (size_t)(end - k));
		char *ke = eq ? eq : end;
		while (ke > k && isspace((unsigned char)ke[-1]))
			ke--;
		char *key = xstrndup(k, (size_t)(ke - k));
		if (!eq) {
			diag_error(errs, here, "expected 'KEY = VALUE', found '%s'", key);
			free(key);
			rc = -1;
			break;
		}
		char *v = eq + 1;
		while (v < end && isspace((unsigned char)*v))
			v++;
		char *val = xstrndup(v, (size_t)(end - v));
		srcloc vat = { path, line, (int)(v - p) + 1, line, (int)(end - p) };
		bool known = false;
		for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
			known |= !strcmp(key, keys[i]);
		if (!known) {
			const char *best = spell_suggest(key, keys, sizeof keys / sizeof *keys);
			if (best)
				diag_error(errs, here, "unknown key '%s' (did you mean '%s'?)", key, best);
			else
				diag_error(errs, here, "unknown key '%s' (topology, baseline, disable, enable, error, warning, fail-on, scope or max-findings)", key);
			rc = -1;
		} else if (!*val) {
			diag_error(errs, vat, "'%s' needs a value", key);
			rc = -1;
		} else if (!strcmp(key, "topology")) {
			free(cfg->topology);
			cfg->topology = beside(path, val);
		} else if (!strcmp(key, "baseline")) {
			free(cfg->baseline);
			cfg->baseline = beside(path, val);
		} else {
			char *msg = !strcmp(key, "fail-on") ? cli_fail_on(val, &cfg->fail_on)
				    : !strcmp(key, "scope") ? cli_scope(val, &cfg->scope)
				    : !strcmp(key, "max-findings") ?
					cli_count("max-findings", val, &cfg->max_findings)
				    : config_apply_checks(fo, key, val);
			if (msg) {
				diag_error(errs, vat, "%s", msg);
				free(msg);
				rc = -1;
			}
		}
		free(key);
		free(val);
	}
	free(buf);
	return rc;
}
