#!/bin/sh
# Differential testing of fwlint across Capirca's five renderings of one
# policy (tests/difftest/README.md).
#
#   tests/difftest/difftest.sh run     make difftest: DIFFTEST_N random
#                                      policies of seed DIFFTEST_SEED, made
#                                      and rendered (gen.py, needs aclgen),
#                                      compared (run.py), and with root the
#                                      iptables renderings checked against
#                                      the kernel (run.py --kernel)
#   tests/difftest/difftest.sh check   make difftest-check: the committed
#                                      cases (cases/), no aclgen, no root;
#                                      then a mutated copy of one case must
#                                      fail, so that the check can fail
#
# FWLINT names the binary (default build/fwlint of this tree).  Skips (exit
# 0, "difftest: skipped: ...") without aclgen; without root, run skips the
# kernel part and says so.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
FWLINT=${FWLINT:-$HERE/../../build/fwlint}
case $FWLINT in /*) ;; *) FWLINT=$(pwd)/$FWLINT ;; esac
export FWLINT
PY=${PYTHON:-python3}

case ${1:-} in
run)
	if ! command -v aclgen >/dev/null 2>&1; then
		echo "difftest: skipped: aclgen not found (apt-get install python3-capirca)"
		exit 0
	fi
	N=${DIFFTEST_N:-200}
	SEED=${DIFFTEST_SEED:-1}
	OUT=${DIFFTEST_OUT:-}
	keep=1
	if [ -z "$OUT" ]; then
		OUT=$(mktemp -d "${TMPDIR:-/tmp}/fwlint-difftest.XXXXXX") || exit 2
		keep=0
	fi
	start=$(date +%s)
	"$PY" "$HERE/gen.py" "$SEED" "$N" "$OUT" || exit 2
	kernel=
	if [ "$(id -u)" = 0 ] && command -v iptables-nft-restore >/dev/null 2>&1; then
		kernel=--kernel
	else
		echo "difftest: kernel part skipped: needs root and iptables-nft-restore"
	fi
	"$PY" "$HERE/run.py" $kernel "$OUT"
	rc=$?
	echo "difftest: seed $SEED, $N policies, made and checked in $(($(date +%s) - start))s"
	if [ $rc -ne 0 ] || [ $keep = 1 ]; then
		echo "difftest: the policies are in $OUT"
	else
		rm -rf "$OUT"
	fi
	exit $rc
	;;
check)
	"$PY" "$HERE/run.py" --expect "$HERE/cases" || exit 1
	# The check must be able to fail: one committed rendering with one
	# port changed (an IOS entry's eq 25 made eq 26) must change the
	# expected findings and break the agreement of the formats.
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/fwlint-difftest-check.XXXXXX") || exit 2
	trap 'rm -rf "$tmp"' EXIT
	case1=$(ls "$HERE/cases" | head -1)
	cp -R "$HERE/cases/$case1" "$tmp/"
	acl=$(ls "$tmp/$case1/out/"*.acl | grep -v asaeq)
	sed 's/ eq 25$/ eq 26/' "$acl" >"$acl.new" && mv "$acl.new" "$acl"
	if "$PY" "$HERE/run.py" --expect "$tmp/$case1" >"$tmp/log" 2>&1; then
		echo "difftest-check: FAIL: a case whose IOS rendering lost port 25 still passes"
		exit 1
	fi
	if ! grep -q '^CHANGED' "$tmp/log" || ! grep -q '^DISAGREE' "$tmp/log"; then
		echo "difftest-check: FAIL: the mutated case did not fail both ways:"
		cat "$tmp/log"
		exit 1
	fi
	echo "difftest-check: a mutated case fails as it must ($(grep -c '^CHANGED' "$tmp/log") changed, $(grep -c '^DISAGREE' "$tmp/log") disagreements)"
	;;
*)
	echo "usage: difftest.sh run | check" >&2
	exit 2
	;;
esac
