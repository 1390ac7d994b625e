#!/usr/bin/env bash
# scripts/site-digests.sh <out-folder> [products]: builds the sample mesh's catalog and a generated mesh's
# catalog (default 1000 products) with the installed plugin and writes, into <out-folder>, one manifest per site
# (sha256 and path of every file) and, for the generated mesh, the files a no-change build and a build after
# one contract changed wrote. Two runs of this script on two commits compare with `diff -r`: a restructuring
# that keeps behaviour gives no difference.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
products="${2:-1000}"
work="$repo/target/site-digests"
mvn=("$repo/mvnw" -B -q -o -ntp)

manifest() {
  (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
}

# Files whose content or modification time changed between two listings of a site.
written_since() {
  (cd "$1" && find . -type f -newer "$2" | sort)
}

rm -rf "$work" && mkdir -p "$work"
cp -r "$repo/sample-mesh" "$work/sample"
rm -rf "$work/sample/target"
# The sample's POM inherits from the reactor; build it from its place in a copy of the reactor.
(cd "$work/sample" && "${mvn[@]}" -f pom.xml -Dmesh.incremental=false package -DskipTests) >/dev/null
manifest "$work/sample/target/mesh-site" > "$out/sample-site.sha256"

"$repo/bench/generate" "$products" "$work/mesh" >/dev/null
"${mvn[@]}" -f "$work/mesh/pom.xml" mesh:site >/dev/null
site="$work/mesh/target/mesh-site"
manifest "$site" > "$out/generated-site.sha256"

touch "$work/marker" && sleep 1.1
"${mvn[@]}" -f "$work/mesh/pom.xml" mesh:site -Dmesh.incremental=false >/dev/null
written_since "$site" "$work/marker" > "$out/generated-no-change-written.txt"

contract="$(find "$work/mesh/domains" -name '*.odcs.yaml' | sort | sed -n 1p)"
sed -i '0,/description: The published rows./s//description: The published rows, changed./' "$contract"
touch "$work/marker" && sleep 1.1
"${mvn[@]}" -f "$work/mesh/pom.xml" mesh:site >/dev/null
written_since "$site" "$work/marker" > "$out/generated-one-contract-written.txt"
manifest "$site" > "$out/generated-site-after-change.sha256"

for file in "$out"/*; do
  printf '%-40s %s\n' "$(basename "$file")" "$(sha256sum < "$file" | cut -c1-16) ($(wc -l < "$file") lines)"
done
