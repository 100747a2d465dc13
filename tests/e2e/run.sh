#!/bin/bash
# End-to-end tests: run the built binary on files under tests/e2e/cases/ and
# compare its exact output and exit status.
#
# A case is a folder holding:
#   cmd      the arguments to fwlint, one shell-quoted line, run from the folder
#   stdout   the exact expected standard output
#   stderr   the exact expected standard error (absent: must be empty)
#   status   the expected exit status
# and optionally:
#   setup    a bash script run in the case's folder before fwlint, to make
#            what cannot be committed (a 10 MB line, a FIFO, an unreadable
#            file, an empty folder); it must exit 0
#   timeout  the time bound in seconds (default 5); a case that runs longer
#            is killed and fails
#   stdin    what fwlint reads on standard input (absent: /dev/null)
#   cwd      the folder, relative to the case's, to run fwlint from (a
#            configuration file found upward)
#   after    a bash script run in the case's folder after fwlint, whose
#            standard output is compared too, after fwlint's (the file -o
#            wrote, a baseline); it must exit 0
#   user     a user name (e.g. nobody): when the tests run as root, fwlint
#            runs as that user (setpriv), so that a mode-000 file is
#            unreadable as it is for anyone but root; not as root, fwlint
#            runs as the one running the tests
#
# Every case runs in a private copy of its folder, at the same depth below a
# scratch folder whose other top-level entries (samples/, rulesets/, ...) are
# links to this tree's: a setup may change the copy freely, and a cmd may
# name ../../../../samples as before.
#
# UPDATE=1 tests/e2e/run.sh [CASE...] rewrites the expectations from what the
# binary does now: review the diff before committing it.
#
# E2E_JOBS runs that many cases at a time (default: one per processor);
# the messages come out in the order of the cases.
#
# E2E_WRAPPER runs the binary under a tool, e.g. "valgrind -q --leak-check=full
# --error-exitcode=99" (make check-valgrind): any report changes the exit status
# or the output, and the case fails.  Under a wrapper the time bound of every
# case is multiplied by E2E_TIMEOUT_FACTOR (default 10: valgrind runs fwlint
# some 10 to 50 times slower).
set -u
cd "$(dirname "$0")/../.."
top=$PWD
FWLINT=${FWLINT:-$PWD/build/fwlint}
if [ ! -x "$FWLINT" ]; then
    echo "e2e: $FWLINT is not built" >&2
    exit 2
fi
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then
    cases=()
    for c in "$@"; do cases+=("tests/e2e/cases/${c%/}/"); done
else
    cases=(tests/e2e/cases/*/)
fi

factor=1
[ -n "${E2E_WRAPPER:-}" ] && factor=${E2E_TIMEOUT_FACTOR:-10}

# The scratch tree: $tmp/root/tests/e2e/cases/CASE is the copy; every other
# top-level entry of the source tree is a link.
root=$tmp/root
mkdir -p "$root/tests/e2e/cases"
for e in "$top"/*; do
    [ "$(basename "$e")" = tests ] || ln -s "$e" "$root/$(basename "$e")"
done

# run_case DIR: one case, its messages on standard output; returns 0 when
# it passed.  Its scratch files are its own ($t.*), so that cases can run
# side by side.
run_case() {
    local dir=$1 name args work t bound u input got_status want_status want_err ok
    name=$(basename "$dir")
    t=$tmp/case-$name
    if [ ! -f "$dir/cmd" ]; then
        echo "FAIL $name: no such case (no $dir/cmd)"
        return 1
    fi
    args=$(cat "$dir/cmd")
    work=$root/tests/e2e/cases/$name
    rm -rf "$work"
    cp -a "$dir" "$work"
    bound=$(cat "$dir/timeout" 2>/dev/null || echo 5)
    bound=$((bound * factor))
    # Run as another user only as root: anyone else cannot change user,
    # and for them a mode-000 file is unreadable already.
    local asuser=() bin=$FWLINT
    if [ -f "$dir/user" ] && [ "$(id -u)" = 0 ]; then
        u=$(cat "$dir/user")
        asuser=(setpriv --reuid="$(id -u "$u")" --regid="$(id -g "$u")" --clear-groups
                env FWLINT_RULESETS="$tmp/user/rulesets")
        # The user reaches the copy, and the binary and the rulesets
        # that the runner copied for it before the cases began.
        bin=$tmp/user/fwlint
        chmod a+rx "$tmp" "$root" "$root/tests" "$root/tests/e2e" \
            "$root/tests/e2e/cases" "$work"
    fi
    ok=1
    if [ -f "$dir/setup" ] &&
        ! (cd "$work" && bash ./setup) >"$t.setup-out" 2>&1; then
        echo "FAIL $name: setup failed"
        sed 's/^/    /' "$t.setup-out" | head -20
        return 1
    fi
    input=/dev/null
    [ -f "$dir/stdin" ] && input=$work/stdin
    (
        cd "$work/$(cat "$dir/cwd" 2>/dev/null || echo .)" || exit 99
        eval "set -- $args"
        # shellcheck disable=SC2086
        timeout -k 5 "$bound" "${asuser[@]}" ${E2E_WRAPPER:-} "$bin" "$@" \
            <"$input" >"$t.out" 2>"$t.err"
        echo $? >"$t.status"
    )
    if [ -f "$dir/after" ] && ! (cd "$work" && bash ./after) >>"$t.out" 2>"$t.setup-out"; then
        echo "FAIL $name: after failed"
        sed 's/^/    /' "$t.setup-out" | head -20
        return 1
    fi
    got_status=$(cat "$t.status")
    if [ "$got_status" = 124 ] || [ "$got_status" = 137 ]; then
        # timeout(1): 124 when the bound passed, 137 when it had to KILL.
        echo "FAIL $name: timed out: still running after ${bound}s (the bound is $(cat "$dir/timeout" 2>/dev/null || echo 5)s x $factor)"
        return 1
    fi
    if [ "${UPDATE:-}" = 1 ]; then
        cp "$t.out" "$dir/stdout"
        echo "$got_status" >"$dir/status"
        if [ -s "$t.err" ]; then cp "$t.err" "$dir/stderr"; else rm -f "$dir/stderr"; fi
    fi
    want_status=$(cat "$dir/status" 2>/dev/null || echo missing)
    if [ "$got_status" != "$want_status" ]; then
        echo "FAIL $name: exit status $got_status, expected $want_status"
        ok=0
    fi
    if ! diff -u "$dir/stdout" "$t.out" >"$t.diff"; then
        echo "FAIL $name: standard output differs"
        sed 's/^/    /' "$t.diff" | head -40
        ok=0
    fi
    want_err=/dev/null
    [ -f "$dir/stderr" ] && want_err="$dir/stderr"
    if ! diff -u "$want_err" "$t.err" >"$t.diff"; then
        echo "FAIL $name: standard error differs"
        sed 's/^/    /' "$t.diff" | head -40
        ok=0
    fi
    chmod -R u+rwx "$work" 2>/dev/null
    rm -rf "$work"
    [ $ok = 1 ]
}

# The user files (root only): cases with a user file reach the binary and
# the rulesets through a copy every user can read (mktemp made $tmp
# private, and the checkout may be under /root, 0700).
if [ "$(id -u)" = 0 ]; then
    for d in "${cases[@]}"; do
        if [ -f "$d/user" ]; then
            mkdir -p "$tmp/user"
            cp "$FWLINT" "$tmp/user/fwlint"
            cp -r "$top/rulesets" "$tmp/user/rulesets"
            chmod -R a+rX "$tmp/user"
            break
        fi
    done
fi

# E2E_JOBS cases at a time (default: one per processor); the messages come
# out in the order of the cases whatever order they end in.
jobs=${E2E_JOBS:-$(nproc 2>/dev/null || echo 1)}
pass=0
fail=0
running=0
i=0
for dir in "${cases[@]}"; do
    i=$((i + 1))
    if [ "$jobs" -le 1 ]; then
        if run_case "$dir"; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
        continue
    fi
    { run_case "$dir" >"$tmp/log-$i" 2>&1; echo $? >"$tmp/rc-$i"; } &
    running=$((running + 1))
    if [ $running -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait
if [ "$jobs" -gt 1 ]; then
    for k in $(seq 1 $i); do
        cat "$tmp/log-$k"
        if [ "$(cat "$tmp/rc-$k" 2>/dev/null)" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
    done
fi
echo "e2e: $pass passed, $fail failed"
[ "$fail" = 0 ]
