#!/usr/bin/env bash
# Assembles the root file system every Peerlend image runs on: a jlink'ed Java runtime and the shared libraries it
# links against, copied from this machine's Debian packages (recorded with their versions in
# /usr/share/peerlend/runtime-packages.txt), plus the few files a JVM expects (/etc/passwd with the non-root user
# 65532, /etc/hosts, /etc/nsswitch.conf, /tmp). These machines reach no container registry, so the images cannot start
# FROM a published JRE image; a production build may instead name one by digest (docs/deployment.md).
#
# usage: build-runtime.sh <output directory>      (skips the work when the output was made by the same script and JDK)
set -euo pipefail
out=$1
java_home=${PEERLEND_IMAGE_JDK:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
# java.se (every Java SE module) and the JDK modules the services reach at run time: elliptic-curve and PKCS#11
# crypto, Unsafe (Netty, Jackson), zip file systems (Spring Boot's nested jars), JMX for Actuator, DNS for
# JNDI lookups, locale data (zh and en), extra charsets, flight recorder for diagnosing a pod
modules=java.se,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.unsupported,jdk.zipfs,jdk.management,jdk.management.agent,jdk.naming.dns,jdk.localedata,jdk.charsets,jdk.jfr,jdk.httpserver
stamp="$(sha256sum "$0" | cut -c1-16)-$("$java_home/bin/java" -version 2>&1 | head -2 | tr -dc '[:alnum:].+-')"
if [ -f "$out/.stamp" ] && [ "$(cat "$out/.stamp")" = "$stamp" ]; then
  echo "[runtime] up to date: $out"
  exit 0
fi
rm -rf "$out"
# /proc: the mount point a container runtime (or the image test) mounts the process file system on; glibc needs
# it to find the runtime's own libraries ($ORIGIN)
mkdir -p "$out/opt" "$out/etc" "$out/tmp" "$out/proc" "$out/usr/share/peerlend" "$out/home/nonroot"

"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$out/opt/java"
# headless only: the X11 window toolkit and sound are never used and would pull in X and ALSA libraries
rm -f "$out/opt/java/lib/libawt_xawt.so" "$out/opt/java/lib/libjsound.so" "$out/opt/java/lib/libsplashscreen.so"

# the shared libraries the runtime's binaries need (the transitive closure, as the dynamic loader resolves it)
libs=$(find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
  | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }' | sort -u)
: > "$out/usr/share/peerlend/runtime-packages.txt"
for lib in $libs; do
  case "$lib" in "$out"/*) continue ;; esac
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
  owner=$(dpkg -S "$lib" 2>/dev/null || dpkg -S "/usr$lib" 2>/dev/null || echo "unknown:")
  package=${owner%%:*}
  version=$(dpkg-query -W -f '${Version}' "$package" 2>/dev/null || echo "?")
  echo "$package $version $lib" >> "$out/usr/share/peerlend/runtime-packages.txt"
done
echo "java $("$java_home/bin/java" -version 2>&1 | head -1)" >> "$out/usr/share/peerlend/runtime-packages.txt"

cat > "$out/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
nonroot:x:65532:65532:Peerlend service:/home/nonroot:/sbin/nologin
PASSWD
cat > "$out/etc/group" <<'GROUP'
root:x:0:
nonroot:x:65532:
GROUP
# Kubernetes mounts its own /etc/hosts and /etc/resolv.conf; these serve a run outside a cluster
cat > "$out/etc/hosts" <<'HOSTS'
127.0.0.1 localhost
::1 localhost ip6-localhost ip6-loopback
HOSTS
echo "hosts: files dns" > "$out/etc/nsswitch.conf"
echo "$stamp" > "$out/.stamp"
echo "[runtime] $(du -sh "$out" | cut -f1) in $out ($(echo "$libs" | wc -w) libraries)"
