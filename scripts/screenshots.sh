#!/usr/bin/env bash
# Builds the app and saves a PNG of each of its main views (live MCTS, inspector, replay phases,
# answers, beam search, run dialog, Chinese and dark; model server and model run dialogs, import chooser,
# Long CoT) into docs/screenshots/, or the folder given. Views of shared data (ToT logs, thought-anchors)
# are skipped when ../shared (or -Dshared.dir) is absent.
# Needs xvfb-run (a virtual display) and, for the Chinese views, fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
./mvnw -B -ntp -q -DskipTests package
shots="$(mktemp -d)"
home="$(mktemp -d)"   # fresh settings, so the tour starts in English with the light theme
trap 'rm -rf "$shots" "$home"' EXIT
xvfb-run -a -s "-screen 0 1600x1000x24" \
    java -Drx.home="$home" -Drx.screenshots="$shots" -jar target/reasoning-explorer.jar --screenshots "$shots"
mkdir -p "$out"
cp "$shots"/*.png "$out"/
for f in "$out"/*.png; do
    size=$(stat -c %s "$f")
    if [ "$size" -gt 307200 ]; then
        echo "warning: $f is $((size / 1024)) KB (keep screenshots under 300 KB)" >&2
    fi
done
ls -l "$out"
