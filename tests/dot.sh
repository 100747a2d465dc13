#!/bin/bash
# fwlint -f dot renders (fwlint(1), OUTPUT): every picture that fwlint
# draws here goes through Graphviz's dot -Tpng, which must exit 0, write a
# PNG and print nothing on standard error (no warning, no "syntax error",
# no "Invalid UTF-8").  The pictures: the expected output of every e2e case
# dot-* (tests/e2e/cases/), and what the binary draws now for the samples
# (the broken organisation, the correct one, files without a topology).
# The escape case is also rendered as SVG, whose text must show its names
# as they are: a label escaped too little or too much shows otherwise.
#
# Needs dot (Debian's graphviz; tools/install-deps --test installs it).
set -u
cd "$(dirname "$0")/.."
FWLINT=${FWLINT:-$PWD/build/fwlint}
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL dot: $*"; fail=$((fail + 1)); }

if ! command -v dot >/dev/null; then
	echo "dot: Graphviz's dot is not installed (Debian: graphviz; tools/install-deps --test)" >&2
	exit 2
fi
if [ ! -x "$FWLINT" ]; then
	echo "dot: $FWLINT is not built" >&2
	exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# render NAME FILE: dot -Tpng FILE, silent and successful, a PNG out.
render() {
	local name=$1 file=$2
	if ! dot -Tpng "$file" -o "$tmp/out.png" 2>"$tmp/err"; then
		bad "$name: dot exits $?: $(head -c 500 "$tmp/err")"
	elif [ -s "$tmp/err" ]; then
		bad "$name: dot writes on standard error: $(head -c 500 "$tmp/err")"
	elif [ "$(head -c 8 "$tmp/out.png" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
		bad "$name: dot wrote no PNG"
	else
		ok
	fi
}

shopt -s nullglob
cases=(tests/e2e/cases/dot-*/)
[ ${#cases[@]} -gt 0 ] || bad "no e2e case tests/e2e/cases/dot-*"
for c in "${cases[@]}"; do
	render "${c%/}/stdout" "$c/stdout"
done

# draw NAME ARGS...: fwlint -f dot ARGS (exit 0 or 1: findings), rendered.
draw() {
	local name=$1
	shift
	"$FWLINT" -f dot "$@" >"$tmp/$name.dot" 2>"$tmp/err"
	local rc=$?
	if [ $rc -gt 1 ]; then
		bad "$name: fwlint exits $rc: $(head -c 500 "$tmp/err")"
		return
	fi
	render "$name" "$tmp/$name.dot"
}
draw broken -t samples/contoso/broken.topo
draw contoso -t samples/contoso/contoso.topo
draw files samples/contoso/edge-broken.rules samples/contoso/lon-gw-broken.cfg

# The escape case as SVG: the firewall's file name, the interface name and
# the rule's text come out as written (SVG writes '-' as &#45;, '"' as
# &quot;; the byte that is not UTF-8 is U+FFFD).
c=tests/e2e/cases/dot-escape/stdout
if dot -Tsvg "$c" -o "$tmp/escape.svg" 2>"$tmp/err" && [ ! -s "$tmp/err" ]; then
	sed 's/&#45;/-/g' "$tmp/escape.svg" >"$tmp/escape.txt"
	for want in '>iptables: we&quot;ird\fw-é.rules<' '>eth\é<' \
		    '--comment &quot;\&quot;no\&quot; \\ é�&quot;...<'; do
		if grep -qF -- "$want" "$tmp/escape.txt"; then
			ok
		else
			bad "$c: the SVG shows no text $want"
		fi
	done
else
	bad "$c: dot -Tsvg fails: $(head -c 500 "$tmp/err")"
fi

echo "dot: $pass passed, $fail failed"
[ $fail -eq 0 ]
