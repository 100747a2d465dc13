#!/bin/sh
# fixit-check: the acceptance test of fwlint's fix-its (make fixit-check).
#
# (a) For each broken sample -- samples/contoso/broken.topo (iptables
#     edge-broken.rules, pf wan-broken.conf, IOS lon-gw-broken.cfg) and
#     samples/contoso-asa/broken.topo (ASA fw-broken.cfg) -- in a copy of the
#     sample's folder:
#       1. lint it (-f json) and write the fix-its as a unified diff (-f diff);
#       2. apply every fix-it with --fix=inplace and lint again: no
#          missing-opening, partial-opening or return-blocked finding may be
#          left, no finding may be new (check, file and message compared,
#          with "FILE:LINE" and "line N" normalised since the inserted rules
#          move lines), and every flow finding of the first run must have had
#          fix-its (tests/fixit/lint.py);
#       3. `fwlint diff -t TOPO OLD NEW` of each firewall file (old: broken,
#          new: fixed) must report flows (or their replies) opened, exit 0,
#          and no flow-closed, replies-closed or excess-appeared: by fwlint's
#          own algebra the accepted set grew only by needed packets;
#       4. the -f diff output must apply with `patch -p1 --fuzz=0` (or
#          `git apply` without patch) to a fresh copy and give byte-identical files to --fix=inplace.
#     One summary line per sample.
# (b) The kernel oracle for iptables (root and `ip netns` only; otherwise
#     "fixit-check: kernel part skipped: WHY" and (a) decides): network
#     namespaces that mimic the firewall "edge" of samples/contoso/broken.topo,
#     edge-broken.rules and then its fixed version loaded with
#     iptables-restore, real TCP SYNs between the zones, each judged against
#     `fwlint trace` (tests/fixit/kernel.py says how).
#
# Environment: FWLINT (default build/fwlint), PYTHON (python3), TMPDIR,
# FIXIT_WAIT (seconds the kernel part waits for its probes, default 1),
# FIXIT_IPTABLES (iptables-nft or iptables-legacy; default: the first that
# loads the file).  Exit 0 all passed, 1 a check failed, 2 a setup error.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
FWLINT=${FWLINT:-$ROOT/build/fwlint}
case $FWLINT in /*) ;; *) FWLINT=$(pwd)/$FWLINT ;; esac
PY=${PYTHON:-python3}
LINT=$ROOT/tests/fixit/lint.py
[ -x "$FWLINT" ] || { echo "fixit-check: no $FWLINT (make first)" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fwlint-fixit.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
FAILED=0

fail() {
	echo "fixit-check: FAIL: $*"
	FAILED=$((FAILED + 1))
}

# sample NAME DIR TOPO: part (a) for one broken sample
sample() {
	name=$1 dir=$2 topo=$3
	w=$WORK/$name
	mkdir -p "$w/out"
	cp -R "$ROOT/$dir" "$w/orig"
	cp -R "$ROOT/$dir" "$w/fixed"
	cp -R "$ROOT/$dir" "$w/patched"
	lint() { # FOLDER FORMAT OUT
		st=0
		(cd "$1" && "$FWLINT" --no-config -t "$topo" -f "$2" -o "$3") || st=$?
		[ "$st" -le 1 ] || { fail "$name: fwlint -f $2 in $1 exited $st"; return 1; }
	}
	lint "$w/fixed" json "$w/out/before.json" || return 0
	lint "$w/fixed" diff "$w/out/fix.diff" || return 0
	files=$("$PY" -c 'import json,sys
for s in json.load(open(sys.argv[1]))["suites"]:
    print(s["file"])' "$w/out/before.json")
	[ -n "$files" ] || { fail "$name: no firewall file in the report"; return 0; }
	st=0
	(cd "$w/fixed" && "$FWLINT" --no-config -t "$topo" --fix=inplace -q >/dev/null 2>"$w/out/fix.err") || st=$?
	if [ "$st" -gt 1 ]; then
		fail "$name: (cd $dir && fwlint -t $topo --fix=inplace) exited $st: $(cat "$w/out/fix.err")"
		return 0
	fi
	lint "$w/fixed" json "$w/out/after.json" || return 0
	if ! "$PY" "$LINT" compare "$w/out/before.json" "$w/out/after.json" >"$w/out/compare"; then
		while IFS= read -r l; do fail "$name: $l"; done <"$w/out/compare"
		echo "  to see it: cp -R $dir /tmp/x && cd /tmp/x && fwlint -t $topo --fix=inplace && fwlint -t $topo" >&2
	fi
	verdict=$(cat "$w/out/compare")

	# fwlint diff, firewall by firewall
	diffs=
	for f in $files; do
		st=0
		(cd "$w/fixed" && "$FWLINT" diff -t "$topo" "$w/orig/$f" "$f") >"$w/out/diff.txt" 2>&1 || st=$?
		last=$(tail -n 1 "$w/out/diff.txt")
		# "0 flows closed, 9 opened, 0 decided by another rule; replies of
		# 0 closed, 0 opened; 0 excess appeared, 2 gone; ..."
		# shellcheck disable=SC2046 # six numbers, split on purpose
		set -- $(printf '%s\n' "$last" | sed -n 's/^\([0-9]*\) flows closed, \([0-9]*\) opened, .*; replies of \([0-9]*\) closed, \([0-9]*\) opened; \([0-9]*\) excess appeared, \([0-9]*\) gone;.*/\1 \2 \3 \4 \5 \6/p')
		if [ $# != 6 ] || [ "$st" != 0 ]; then
			fail "$name: fwlint diff -t $topo OLD/$f NEW/$f exited $st, summary: $last"
			continue
		fi
		bad=$(grep -E ': (error|warning|note): (flow-closed|replies-closed|excess-appeared):' "$w/out/diff.txt" || true)
		if [ "$1" != 0 ] || [ "$3" != 0 ] || [ "$5" != 0 ] || [ -n "$bad" ]; then
			fail "$name: fwlint diff of $f after the fix: $last"
			[ -z "$bad" ] || printf '%s\n' "$bad"
		fi
		if [ $(($2 + $4)) = 0 ] && grep -q "\"file\": \"$f\"" "$w/out/before.json" &&
			"$PY" -c 'import json,sys
sys.exit(not any(f["file"] == sys.argv[2] and f["check"] in ("missing-opening", "partial-opening", "return-blocked") for f in json.load(open(sys.argv[1]))["findings"]))' "$w/out/before.json" "$f"; then
			fail "$name: fwlint diff of $f after the fix opens nothing: $last"
		fi
		diffs="$diffs${diffs:+; }$f: $2 flows and $4 replies opened, $6 excess gone"
	done

	# -f diff == --fix=inplace
	# (patch(1), or git apply where Debian's patch is not installed)
	if command -v patch >/dev/null 2>&1; then
		apply="patch -p1 --fuzz=0 --no-backup-if-mismatch -s"
	else
		apply="git apply -p1"
	fi
	if ! (cd "$w/patched" && $apply <"$w/out/fix.diff") >"$w/out/patch" 2>&1; then
		fail "$name: the -f diff output does not apply with $apply: $(head -n 3 "$w/out/patch")"
	elif ! diff -r "$w/fixed" "$w/patched" >"$w/out/cmp" 2>&1; then
		fail "$name: -f diff applied with patch differs from --fix=inplace: $(head -n 5 "$w/out/cmp")"
	else
		verdict="$verdict; -f diff applies and equals --fix=inplace"
	fi
	echo "fixit-check: $name: $verdict; $diffs"
}

sample contoso samples/contoso broken.topo
sample contoso-asa samples/contoso-asa broken.topo

# (b) the kernel
if [ "$(id -u)" != 0 ]; then
	echo "fixit-check: kernel part skipped: not root"
elif ! command -v ip >/dev/null 2>&1 || ! ip netns add "fxk-try-$$" 2>/dev/null; then
	echo "fixit-check: kernel part skipped: no ip netns (cannot create a network namespace)"
else
	ip netns del "fxk-try-$$"
	st=0
	"$PY" "$ROOT/tests/fixit/kernel.py" "$FWLINT" "$WORK/contoso/orig" "$WORK/contoso/fixed" broken.topo edge || st=$?
	case $st in
	0) ;;
	1) FAILED=$((FAILED + 1)) ;;
	3) ;; # skipped, it said why
	*) echo "fixit-check: kernel part: setup error" >&2; exit 2 ;;
	esac
fi

if [ "$FAILED" != 0 ]; then
	echo "fixit-check: $FAILED failed"
	exit 1
fi
echo "fixit-check: passed"
