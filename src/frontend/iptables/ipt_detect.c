/* ipt_detect.c - recognising an iptables-save dump (iptables.h). */
#include "iptables.h"

#include <string.h>

#include "frontend.h"

/* iptables-save(8) output starts "*table", ":CHAIN POLICY", "[pkts:bytes]",
 * a command ("-A ...") or "COMMIT"; an empty file is an empty ruleset. */
const char *ipt_detect(const char *buf, size_t len)
{
	size_t i = frontend_first_statement(buf, len);
	if (i >= len)
		return "iptables";
	/* ":CHAIN POLICY" -- but ": Saved" opens an ASA's config */
	bool chain = buf[i] == ':' && len - i >= 2 && !strchr(" \t\r\n", buf[i + 1]);
	if (buf[i] == '*' || chain || buf[i] == '[' ||
	    (len - i >= 2 && buf[i] == '-' && strchr("AINFXP46", buf[i + 1]) != NULL) ||
	    (len - i >= 6 && memcmp(buf + i, "COMMIT", 6) == 0))
		return "iptables";
	return NULL;
}
