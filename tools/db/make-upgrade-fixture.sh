#!/usr/bin/env bash
# Makes the database an earlier release left behind, for the upgrade test
# (apps/api/test/reliability/upgrade.int-spec.ts):
#   bash tools/db/make-upgrade-fixture.sh [commit]   (default c243c2c)
# Checks the commit out beside this one, lets ITS seed build the schema with its migrations
# and fill a small demo county, then backs that database up with today's `npm run backup`
# into apps/api/test/reliability/fixtures/<commit>.cgbackup.gz (commit the result).
set -euo pipefail
commit="${1:-c243c2c}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/cg-upgrade-fixture-XXXXXX)"
chmod 755 "$work"
trap 'git -C "$root" worktree remove --force "$work/src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$root" worktree add --detach "$work/src" "$commit" >/dev/null
ln -s "$root/node_modules" "$work/src/node_modules"
(cd "$work/src" && npm run --silent seed -- --orgs 12 --seed 14 --today 2026-06-01 --data-dir "$work/data")
mkdir -p "$root/apps/api/test/reliability/fixtures"
(cd "$root" && npm run --silent backup -- "apps/api/test/reliability/fixtures/$commit.cgbackup.gz" --data-dir "$work/data")
