#!/usr/bin/env bash
# Builds a Linux app image and a .deb from target/lsot-explorer.jar (run `mvn -Pdist -DskipTests package` first).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/lsot-explorer.jar
[ -f "$jar" ] || { echo "error: $jar is missing; run: mvn -B -Pdist -DskipTests package" >&2; exit 2; }
rm -rf target/installer target/jpackage-input
mkdir -p target/installer target/jpackage-input
cp "$jar" target/jpackage-input/
common=(--name lsot-explorer --app-version 0.1.0 --input target/jpackage-input --main-jar lsot-explorer.jar
        --main-class org.lsotexplorer.Launcher --java-options "-Xmx4g -XX:+UseG1GC"
        --add-modules java.base,java.compiler,java.sql,jdk.jfr,jdk.management,jdk.unsupported,jdk.unsupported.desktop,java.desktop
        --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands")
jpackage --type app-image --dest target/installer "${common[@]}"
jpackage --type deb --dest target/installer --linux-package-deps libgtk-3-0 "${common[@]}"
ls -la target/installer
