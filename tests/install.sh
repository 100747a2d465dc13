#!/bin/bash
# install.sh - `make install-test`: an installed fwlint stands on its own.
#
#   1. Copies the checkout (its files, not its build folders) to a scratch
#      folder A and runs `make -C A install DESTDIR=T PREFIX=/usr` there.
#   2. Moves A away, so that nothing can read the copy any more, and runs
#      T/usr/bin/fwlint (FWLINT_RULESETS unset) on a copy of the sample
#      organisation: the right one exits 0, the broken one 1, each with
#      the same output as the build tree's fwlint (FWLINT).  The installed
#      rulesets and manual pages are the checkout's.
#      Also without /proc (root only): the installed binary and the copy's
#      build-tree binary still find their rulesets.
#   3. `make uninstall` with the same DESTDIR and PREFIX leaves no file
#      under T, and no fwlint data folder.
#
# The copy is built with the default settings: neither MAKEFLAGS nor the
# variables make exports from its command line (SANITIZE, FUZZ, B) reach
# it, so under `make check SANITIZE=1` the build tree's binary is
# sanitized, the installed one is not, and both must say the same.
set -u
cd "$(dirname "$0")/.."
FWLINT=${FWLINT:-$PWD/build/fwlint}
unset FWLINT_RULESETS
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL install: $*"; fail=$((fail + 1)); }

plain_make() { env -u SANITIZE -u FUZZ -u B MAKEFLAGS= make "$@"; }

if [ ! -x "$FWLINT" ]; then
    echo "install: $FWLINT is not built" >&2
    exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
A=$tmp/src
T=$tmp/dest
mkdir "$A" "$T"

# ---- 1. copy, build, install
# With git: the files a commit would hold (tracked or new, not ignored);
# without (no git, or a checkout git will not read as this user): all but
# .git and the build folders.
if git rev-parse --git-dir >/dev/null 2>&1; then
    git ls-files -z -co --exclude-standard |
        tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -C "$A" -xf -
else
    tar --exclude=./.git --exclude='./build*' -cf - . | tar -C "$A" -xf -
fi
if ! plain_make -C "$A" -j"$(nproc)" install DESTDIR="$T" PREFIX=/usr \
    >"$tmp/make.log" 2>&1; then
    echo "FAIL install: make install failed; the end of its output:"
    tail -n 20 "$tmp/make.log" | sed 's/^/    /'
    echo "install: $pass passed, 1 failed"
    exit 1
fi
mv "$A" "$A.moved"

# ---- 2. the installed binary, on its own
cp -r samples/contoso "$tmp/contoso"
for topo in contoso:0 broken:1; do
    name=${topo%:*}
    want=${topo#*:}
    "$FWLINT" -t "$tmp/contoso/$name.topo" >"$tmp/want.out" 2>"$tmp/want.err"
    "$T/usr/bin/fwlint" -t "$tmp/contoso/$name.topo" >"$tmp/got.out" 2>"$tmp/got.err"
    st=$?
    [ "$st" = "$want" ] && ok || bad "$name.topo: exit status $st, expected $want"
    cmp -s "$tmp/want.out" "$tmp/got.out" && ok ||
        bad "$name.topo: standard output differs from the build tree's fwlint's"
    cmp -s "$tmp/want.err" "$tmp/got.err" && ok ||
        bad "$name.topo: standard error differs: $(head -n 3 "$tmp/got.err")"
done
for f in rulesets/*.rules; do
    cmp -s "$f" "$T/usr/share/fwlint/$f" && ok || bad "$f: not installed as it is"
done
for f in man/*.[15]; do
    [ -e "$f" ] || continue
    cmp -s "$f" "$T/usr/share/man/man${f##*.}/${f#man/}" && ok || bad "$f: not installed"
done

# Without /proc (a chroot where nobody mounted it, as a quick start may be
# tried): the binary finds itself by the name it was started by, both the
# installed one and one in a build tree (the copy's build/fwlint, beside
# its rulesets/).  A private mount namespace needs root.
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
    "$FWLINT" -t "$tmp/contoso/contoso.topo" >"$tmp/want.out" 2>&1
    for bin in "$T/usr/bin/fwlint" "$A.moved/build/fwlint"; do
        unshare -m sh -c 'umount -l /proc && exec "$1" -t "$2"' sh "$bin" \
            "$tmp/contoso/contoso.topo" >"$tmp/got.out" 2>&1
        st=$?
        [ "$st" = 0 ] && cmp -s "$tmp/want.out" "$tmp/got.out" && ok ||
            bad "without /proc, $bin exits $st: $(head -n 2 "$tmp/got.out")"
    done
else
    echo "install: the runs without /proc skipped (they need root for a mount namespace)"
fi

# ---- 3. uninstall
if plain_make -C "$A.moved" uninstall DESTDIR="$T" PREFIX=/usr >"$tmp/make.log" 2>&1; then
    ok
else
    bad "make uninstall failed: $(tail -n 3 "$tmp/make.log")"
fi
left=$(cd "$T" && find . -type f)
[ -z "$left" ] && ok || bad "files left after make uninstall: $(echo $left)"
[ ! -e "$T/usr/share/fwlint" ] && ok || bad "usr/share/fwlint left after make uninstall"

echo "install: $pass passed, $fail failed"
[ "$fail" = 0 ]
