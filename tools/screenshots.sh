#!/bin/sh
# Regenerates docs/screenshots/*-en.png and *-zh_CN.png from the real application on a
# fresh demo ledger, under a virtual X server:  tools/screenshots.sh [BUILD_DIR]
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)
profile=$(mktemp -d)/demo
export SUYUAN_PASSPHRASE=screenshots TZ=Asia/Shanghai
"$build/bin/suyuan-cli" --profile "$profile" demo >/dev/null
for lang in en_US zh_CN; do
    LANG=$lang.UTF-8 LC_ALL=$lang.UTF-8 xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$build/bin/suyuan" --profile "$profile" --screenshots "$here/docs/screenshots"
done
rm -rf "$(dirname "$profile")"
ls "$here/docs/screenshots"
