#!/bin/bash
# precommit.sh - `make precommit`: fwlint's hooks under Debian's real
# pre-commit, in a scratch repository of firewall configurations.
#
# A scratch hook repository holds this checkout's .pre-commit-hooks.yaml;
# a scratch repository of the sample organisation's configurations uses
# both of its hooks, with the topology named by its .fwlint.  Then, as a
# team would commit:
#   1. the first commit of the good configurations passes;
#   2. a commit that closes an Exchange opening is refused, with the finding;
#   3. a commit of the topology alone that asks for what the firewalls do
#      not open is refused: a staged topology checks every firewall;
#   4. an unrelated .conf (nginx's) is left alone;
#   5. a rule that opens too much is refused (fail-on = warning), and
#      passes once an inline directive accepts it;
#   6. a configuration that does not parse is refused by the syntax hook too.
#
# Environment: FWLINT (the binary; make exports it).
set -u
cd "$(dirname "$0")/.."
top=$PWD
FWLINT=${FWLINT:-$PWD/build/fwlint}
case $FWLINT in /*) ;; *) FWLINT=$top/$FWLINT ;; esac
for tool in pre-commit git; do
    if ! command -v $tool >/dev/null 2>&1; then
        echo "precommit: $tool not found (Debian: apt-get install pre-commit git)" >&2
        exit 2
    fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME=$tmp/cache HOME=$tmp/home
export GIT_AUTHOR_NAME=fwlint GIT_AUTHOR_EMAIL=fwlint@example.org
export GIT_COMMITTER_NAME=fwlint GIT_COMMITTER_EMAIL=fwlint@example.org
export GIT_CONFIG_NOSYSTEM=1
mkdir -p "$tmp/bin" "$tmp/home"
ln -s "$FWLINT" "$tmp/bin/fwlint"
export PATH=$tmp/bin:$PATH
git config --global init.defaultBranch main
git config --global commit.gpgsign false

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; sed 's/^/    /' "$tmp/out" | head -40; }

# The hook repository: this checkout's hooks file, committed.
mkdir "$tmp/hooks"
cp .pre-commit-hooks.yaml "$tmp/hooks/"
git -C "$tmp/hooks" init -q
git -C "$tmp/hooks" add .pre-commit-hooks.yaml
git -C "$tmp/hooks" commit -q -m hooks
rev=$(git -C "$tmp/hooks" rev-parse HEAD)

# The repository of configurations.
repo=$tmp/configs
mkdir "$repo"
cp samples/contoso/contoso.topo samples/contoso/edge.rules samples/contoso/wan.conf \
    samples/contoso/lon-gw.cfg "$repo/"
cat >"$repo/.fwlint" <<CFG
topology = contoso.topo
fail-on = warning
CFG
cat >"$repo/.pre-commit-config.yaml" <<CFG
repos:
  - repo: $tmp/hooks
    rev: $rev
    hooks:
      - id: fwlint
      - id: fwlint-syntax
CFG
cd "$repo" || exit 2
git init -q
pre-commit install >/dev/null || { echo "precommit: pre-commit install failed" >&2; exit 2; }

commit() { git commit -q -m "$1" >"$tmp/out" 2>&1; }

# 1. The good configurations.
git add -A
if commit "the configurations"; then ok "the good configurations are committed"
else bad "the good configurations are committed"; fi

# 2. The information store port of EXCH1 closed on edge.
sed -i 's/--dports 135,4000,4001 -j ACCEPT/--dports 135,4000 -j ACCEPT/' edge.rules
git add edge.rules
if commit "close 4001"; then bad "a commit that closes MAPI is refused"
elif grep -q "edge.rules:[0-9]*:[0-9]*: error: missing-opening: TCP corp 10.1.0.0/16 -> EXCH1 192.0.2.10:4001" "$tmp/out"
then ok "a commit that closes MAPI is refused, with the finding"
else bad "a commit that closes MAPI is refused, with the finding"; fi
git checkout -q HEAD -- edge.rules

# 3. The topology alone: EXCH1's store moves to 4003, which edge does not open.
sed -i '/server EXCH1/s/store-port 4001/store-port 4003/' contoso.topo
git add contoso.topo
if commit "move the store"; then bad "a staged topology checks the firewalls it names"
elif grep -q "edge.rules:[0-9]*:[0-9]*: error: missing-opening: .*EXCH1 192.0.2.10:4003" "$tmp/out"
then ok "a staged topology checks the firewalls it names"
else bad "a staged topology checks the firewalls it names"; fi
git checkout -q HEAD -- contoso.topo

# 4. Not a firewall: left alone.
printf 'server {\n    listen 80;\n    server_name example.org;\n}\n' >nginx.conf
git add nginx.conf
if commit "nginx"; then ok "an unrelated .conf is left alone"
else bad "an unrelated .conf is left alone"; fi

# 5. EXCH1 browsing the web: not required, so over-permissive.
sed -i 's|^-A EXCHANGE -m comment|-A EXCHANGE -s 192.0.2.10/32 -i eth1 -o eth0 -p tcp -m tcp --dport 80 -j ACCEPT\n&|' edge.rules
git add edge.rules
if commit "http"; then bad "an over-permissive rule is refused"
elif grep -q "edge.rules:[0-9]*:1: warning: over-permissive:" "$tmp/out"
then ok "an over-permissive rule is refused"
else bad "an over-permissive rule is refused"; fi
sed -i 's|^-A EXCHANGE -s 192.0.2.10/32 -i eth1 -o eth0 -p tcp -m tcp --dport 80 -j ACCEPT|# EXCH1 fetches updates over HTTP: accepted in change 4711\n# fwlint: disable=over-permissive\n&|' edge.rules
git add edge.rules
if commit "http, accepted"; then ok "a suppressed finding does not block"
else bad "a suppressed finding does not block"; fi

# 6. A port pfctl refuses.
sed -i '0,/port /s/port \([0-9]*\)/port 99999/' wan.conf
git add wan.conf
if commit "bad port"; then bad "a configuration that does not parse is refused"
elif [ "$(grep -c "wan.conf:[0-9]*:[0-9]*: error: parse-error:" "$tmp/out")" -ge 2 ]
then ok "a configuration that does not parse is refused, by both hooks"
else bad "a configuration that does not parse is refused, by both hooks"; fi

echo "precommit: $pass passed, $fail failed"
[ "$fail" = 0 ]
