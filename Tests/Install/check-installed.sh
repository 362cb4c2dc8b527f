#!/usr/bin/env bash
# End-to-end test of `make install`: the files are where they belong, the
# binary names no Swift library and no toolchain path, and it answers a
# question in a mount namespace where the Swift toolchain's folder is an
# empty one, as on a kiosk without Swift. Run by `make test-install`.
# Usage: Tests/Install/check-installed.sh PREFIX   (needs root for unshare)
set -euo pipefail
prefix=${1:?usage: $0 PREFIX}
binary="$prefix/bin/ketaguide"
fail() { echo "test-install: FAIL: $*" >&2; exit 1; }

swift_path=$(command -v swift) || fail "swift is not on PATH (needed to find the toolchain to hide)"
# .../usr/bin/swift -> the toolchain's root folder (/opt/swift here).
toolchain=$(dirname "$(dirname "$(dirname "$(readlink -f "$swift_path")")")")
[ "$toolchain" != / ] || fail "cannot tell the toolchain's folder from $swift_path"

for file in bin/ketaguide share/ketaguide/KnowledgeBase/guide.conf share/ketaguide/KnowledgeBase/language/privacy-en.txt \
    share/man/man1/ketaguide.1 share/bash-completion/completions/ketaguide share/zsh/site-functions/_ketaguide \
    share/fish/vendor_completions.d/ketaguide.fish share/ketaguide/ketaguide-kiosk.service; do
    [ -s "$prefix/$file" ] || fail "$file is missing or empty"
done
grep -q -- '--kiosk' "$prefix/share/man/man1/ketaguide.1" || fail "the man page does not describe --kiosk"
grep -q -- '--idle-timeout' "$prefix/share/bash-completion/completions/ketaguide" || fail "bash completion lacks the chat options"

dynamic=$(readelf -d "$binary")
if grep -F -- "$toolchain" <<<"$dynamic"; then fail "the binary names the toolchain ($toolchain)"; fi
if grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime' <<<"$dynamic"; then
    fail "the binary links a Swift library dynamically"
fi

# In a private mount namespace, an empty folder over the toolchain; the
# environment emptied too, so nothing points back at the repository.
hidden=$(mktemp -d)
trap 'rmdir "$hidden"' EXIT
answer=$(echo "is ketamine addictive" | env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    unshare --mount --propagation private sh -c '
        mount --bind "$1" "$2" || exit 90
        [ ! -e "$2/usr/bin/swift" ] || exit 91
        cd /
        exec "$3"' sh "$hidden" "$toolchain" "$binary") || fail "the installed binary failed with the toolchain hidden (status $?)"
grep -q "dependence" <<<"$answer" || fail "no answer with the toolchain hidden; got: $answer"
version=$(env -i "$binary" --version) || fail "--version failed"
echo "test-install: ok: $binary $version answers with $toolchain hidden; man page and completions installed"
