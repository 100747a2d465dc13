#!/bin/sh
# docs.sh - `make docs-test`: the manual pages are clean and reachable, and
# nothing in the repository cites a document that is not in it.
#
#   1. man --warnings (groff's warnings) is silent on man/fwlint.1 and
#      man/fwlint-topology.5, and each renders to text.
#   2. fwlint --help names both pages.
#   3. No tracked file cites the design documents kept outside the
#      repository (the contract is fwlint(1), fwlint-topology(5) and
#      docs/design.md): no "SPEC 1".."SPEC 9", SPEC.md, STYLE.md or
#      ALGEBRA.md.
#
# Environment: FWLINT, the binary (make exports it).
set -u
cd "$(dirname "$0")/.."
FWLINT=${FWLINT:-$PWD/build/fwlint}
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL docs: $*"; fail=$((fail + 1)); }

if ! command -v man >/dev/null 2>&1; then
    echo "docs: man not installed (apt-get install man-db): pages not checked"
else
    for page in man/fwlint.1 man/fwlint-topology.5; do
        warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
        [ -z "$warnings" ] && ok || bad "$page: $(echo "$warnings" | head -n 3)"
        lines=$(MANWIDTH=80 man -l "$page" 2>/dev/null | wc -l)
        [ "$lines" -gt 100 ] && ok || bad "$page renders to $lines lines"
    done
fi

help=$("$FWLINT" --help)
for page in 'fwlint(1)' 'fwlint-topology(5)'; do
    case $help in
    *"$page"*) ok ;;
    *) bad "fwlint --help does not name $page" ;;
    esac
done

if git rev-parse --git-dir >/dev/null 2>&1; then
    cites=$(git grep -n -I -E 'SPEC [0-9]|SPEC\.md|STYLE\.md|ALGEBRA\.md|SPEC section' \
        -- . ':!tests/docs.sh' | head -n 5)
    [ -z "$cites" ] && ok || bad "cites a document outside the repository: $cites"
else
    echo "docs: not a git checkout: citations not checked"
fi

echo "docs: $pass passed, $fail failed"
[ "$fail" = 0 ]
