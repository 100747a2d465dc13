#!/bin/bash
# Reports that lose nothing (fwlint(1), -o): `-o` replaces a report
# atomically, and a write error is detected and exits 2.
#
#   1. A full file system: a JUnit report is written with -o into a small
#      tmpfs that has no room left.  fwlint must exit 2 and say why, never
#      leave half a report, and remove the earlier one (CI would publish it
#      as this run's), and no temporary file may be left behind.  Needs root and a private mount namespace
#      (unshare -m): otherwise that part is skipped, saying why.
#   2. A device: -o FULL (a /dev/full node) writes into the device (ENOSPC,
#      exit 2) and leaves it a device; fwlint used to rename a file over it.
#   3. Standard output on a full device: exit 2 with the reason.
#   4. A symbolic link: its target is replaced, the link stays a link.
#   5. A directory: exit 2, "Is a directory", nothing created.
set -u
cd "$(dirname "$0")/.."
FWLINT=${FWLINT:-$PWD/build/fwlint}
TOPO_OLD=samples/contoso/contoso.topo     # 0 findings: a small report
TOPO_NEW=samples/contoso/broken.topo      # findings: a much larger one
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL report-io: $*"; fail=$((fail + 1)); }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---- 1. a full tmpfs
if [ "$(id -u)" != 0 ]; then
	echo "report-io: skipped the full-file-system test: not root (it mounts a tmpfs)"
elif ! unshare -m true 2>/dev/null; then
	echo "report-io: skipped the full-file-system test: no private mount namespace here (unshare -m)"
else
	# Inside a private mount namespace: the tmpfs disappears with it,
	# whatever happens to this script.
	out=$(FWLINT=$FWLINT TOPO_OLD=$TOPO_OLD TOPO_NEW=$TOPO_NEW T=$tmp unshare -m bash -c '
		set -u
		mnt=$T/mnt
		mkdir "$mnt"
		mount -t tmpfs -o size=64k,nr_inodes=64 fwlint-test "$mnt" || { echo "SKIP cannot mount a tmpfs"; exit 0; }
		"$FWLINT" -t "$TOPO_OLD" -f junit -o "$mnt/report.xml" || { echo "BAD the first report failed"; exit 0; }
		# Fill what is left (dd stops at ENOSPC).
		dd if=/dev/zero of="$mnt/fill" bs=1k 2>/dev/null
		"$FWLINT" -t "$TOPO_NEW" -f junit -o "$mnt/report.xml" 2>"$T/err"
		echo "STATUS $?"
		echo "STDERR $(cat "$T/err")"
		[ -e "$mnt/report.xml" ] && echo "GONE no" || echo "GONE yes"
		echo "FILES $(cd "$mnt" && ls -A | tr "\n" " ")"
	' 2>&1)
	case $out in
	SKIP*) echo "report-io: skipped the full-file-system test: ${out#SKIP }" ;;
	BAD*) bad "${out#BAD }" ;;
	*)
		status=$(sed -n 's/^STATUS //p' <<<"$out")
		stderr=$(sed -n 's/^STDERR //p' <<<"$out")
		gone=$(sed -n 's/^GONE //p' <<<"$out")
		files=$(sed -n 's/^FILES //p' <<<"$out")
		[ "$status" = 2 ] && ok || bad "full tmpfs: exit status $status, expected 2"
		want="fwlint: cannot write the report to $tmp/mnt/report.xml: No space left on device"
		[ "$stderr" = "$want" ] && ok || bad "full tmpfs: stderr '$stderr', expected '$want'"
		[ "$gone" = yes ] && ok || bad "full tmpfs: the earlier report is still there, to be published as new"
		[ "$files" = "fill " ] && ok || bad "full tmpfs: files left: '$files' (a temporary file?)"
		;;
	esac
fi

# ---- 2. a device: as root, a node of our own (an fwlint with the old bug
# would otherwise replace the machine's /dev/full); otherwise /dev/full,
# which an unprivileged fwlint could not replace anyway.
full=/dev/full
if [ "$(id -u)" = 0 ]; then
	full=$tmp/full
	mknod -m 666 "$full" c 1 7 2>/dev/null || full=/nonexistent
fi
if [ -c "$full" ]; then
	err=$("$FWLINT" -t $TOPO_NEW -f junit -o "$full" 2>&1 >/dev/null)
	st=$?
	[ $st = 2 ] && ok || bad "-o $full: exit status $st, expected 2"
	[ "$err" = "fwlint: cannot write the report to $full: No space left on device" ] && ok ||
		bad "-o $full: stderr '$err'"
	[ -c "$full" ] && ok || bad "-o $full replaced the device with a file"

	# ---- 3. standard output on a full device
	err=$("$FWLINT" -t $TOPO_NEW 2>&1 >"$full")
	st=$?
	[ $st = 2 ] && ok || bad ">$full: exit status $st, expected 2"
	[ "$err" = "fwlint: cannot write the report to standard output: No space left on device" ] && ok ||
		bad ">$full: stderr '$err'"
else
	echo "report-io: skipped the device tests: cannot make a full device here"
fi

# ---- 4. a symbolic link
echo old >"$tmp/real.xml"
ln -s real.xml "$tmp/link.xml"
"$FWLINT" -t $TOPO_OLD -f junit -o "$tmp/link.xml"
st=$?
[ $st = 0 ] && ok || bad "-o link: exit status $st, expected 0"
[ -L "$tmp/link.xml" ] && ok || bad "-o link: the link was replaced by a file"
grep -q '<testsuites' "$tmp/real.xml" && ok || bad "-o link: the link's target does not hold the report"

# ---- 5. a directory
mkdir "$tmp/dir"
err=$("$FWLINT" -t $TOPO_OLD -o "$tmp/dir" 2>&1)
st=$?
[ $st = 2 ] && ok || bad "-o DIR: exit status $st, expected 2"
[ "$err" = "fwlint: cannot write the report to $tmp/dir: Is a directory" ] && ok || bad "-o DIR: stderr '$err'"
[ -z "$(ls -A "$tmp/dir")" ] && ok || bad "-o DIR: files were created in it"

echo "report-io: $pass passed, $fail failed"
[ "$fail" = 0 ]
